<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop_inbox/ui/dialogs/about.py" line="+34" />
        <source>About %1</source>
        <translation>关于 %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Answer every customer personally — fast, with their whole story in view, online or offline. Mentions and direct messages land in one inbox; everything is kept on this computer.</source>
        <translation>亲自回复每一位客户——又快又能看到和他们的全部往来，在线离线都行。提及和私信都进同一个收件箱，所有内容都保存在这台电脑上。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Free software under the &lt;a href="%1"&gt;GNU General Public License&lt;/a&gt;, version 3 or later (%2). It comes with no warranty.</source>
        <comment>keep the link's markup; %1: its address, %2: the licence's code</comment>
        <translation>自由软件，依据 &lt;a href="%1"&gt;GNU 通用公共许可证&lt;/a&gt;第 3 版或更高版本（%2）发布，不提供任何担保。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 (demo workspace: deleted when you quit)</source>
        <translation>%1（演示用的临时文件夹，退出时删除）</translation>
    </message>
    <message>
        <location line="+4" />
        <source>kept in memory, for the demo's own server (nothing is stored in your keyring)</source>
        <translation>只保存在内存中，用于演示自带的服务器（不会写入系统钥匙串）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the system keyring, service “%1”</source>
        <translation>系统钥匙串，服务名“%1”</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sign-ins</source>
        <translation>登录信息</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Open data folder</source>
        <translation>打开数据文件夹</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Copy version</source>
        <translation>复制版本信息</translation>
    </message>
</context>
<context>
    <name>AcceptRequestButton</name>
    <message>
        <location filename="../../desktop_inbox/ui/conversation/request_button.py" line="+33" />
        <source>Accept request</source>
        <translation>接受请求</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Accept this chat request on Bluesky without answering yet (answering accepts it too)</source>
        <translation>在 Bluesky 上接受这个聊天请求，先不回复（回复也会自动接受）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Accept message request</source>
        <translation>接受消息请求</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Request accepted: the chat is now among your Bluesky conversations.</source>
        <translation>已接受请求：这个聊天已移到你的 Bluesky 对话中。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Could not accept the request (%1).</source>
        <translation>无法接受请求（%1）。</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../../desktop_inbox/ui/dialogs/accounts.py" line="+45" />
        <source>%1 or %2</source>
        <comment>a list of platforms: 'Mastodon, X, Bluesky' or 'Messenger'</comment>
        <translation>%1 或 %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>, </source>
        <comment>between the platforms of a list</comment>
        <translation>、</translation>
    </message>
    <message>
        <location line="+17" />
        <location line="+3" />
        <source>Accounts</source>
        <translation>账号</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location line="+0" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Last sync</source>
        <translation>上次同步</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add account…</source>
        <translation>添加账号…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Listening…</source>
        <translation>倾听…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Words, phrases and #hashtags to hear when people name you without @</source>
        <translation>别人不带 @ 提到你时，要倾听的词、短语和 #话题标签</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sign in again…</source>
        <translation>重新登录…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Remove…</source>
        <translation>移除…</translation>
    </message>
    <message>
        <location line="+33" />
        <source>%1 — %2</source>
        <comment>an account's state, then what part of it cannot be reached</comment>
        <translation>%1——%2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location line="+46" />
        <source>Remove account?</source>
        <translation>移除账号？</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove %1 from Desktop Inbox?</source>
        <translation>要从 Desktop Inbox 移除 %1 吗？</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Remove account</source>
        <translation>移除账号</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Its cached history — %1 and %2 — will be deleted from this computer, and its sign-in removed from the keyring. Nothing is deleted on %3; you can add the account again later.</source>
        <comment>%1: 'n conversations', %2: 'n messages', %3: the platform</comment>
        <translation>它在本地缓存的记录（%1，%2）会从这台电脑上删除，登录信息也会从钥匙串中移除。%3 上的内容不会被删除；以后可以再次添加这个账号。</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%Ln conversation(s)</source>
        <translation><numerusform>%Ln 个对话</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%Ln message(s)</source>
        <translation><numerusform>%Ln 条消息</numerusform></translation>
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <location filename="../../desktop_inbox/ui/signin/dialog.py" line="+61" />
        <source>‹ Back</source>
        <translation>‹ 返回</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose another platform</source>
        <translation>选择其他平台</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Add an account</source>
        <translation>添加账号</translation>
    </message>
</context>
<context>
    <name>AnswerVia</name>
    <message>
        <location filename="../../desktop_inbox/ui/conversation/followthrough.py" line="+87" />
        <source>Answer via</source>
        <translation>回复渠道</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Answer where the customer is: another of their accounts, or e-mail</source>
        <translation>在客户常用的地方回复：他们的其他账号，或电子邮件</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Answer here</source>
        <translation>在此回复</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Answer via e-mail to %1</source>
        <translation>发邮件回复 %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Answer via %1 public reply to %2</source>
        <comment>%1: the platform, %2: the customer's handle</comment>
        <translation>通过 %1 公开回复 %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Answer via %1 direct message to %2 (new)</source>
        <comment>a conversation started by this reply</comment>
        <translation>通过 %1 私信回复 %2（新对话）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Answer via %1 direct message to %2</source>
        <comment>%1: the platform, %2: the customer's handle</comment>
        <translation>通过 %1 私信回复 %2</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../desktop_inbox/ui/application.py" line="+264" />
        <source>%1 is already open on %2, but does not answer.</source>
        <translation>%1 已经在 %2 上打开，但没有响应。</translation>
    </message>
    <message>
        <location line="+227" />
        <source>A command-line sync is running on this data folder; this window syncs when it ends.</source>
        <translation>命令行正在同步这个数据文件夹；它结束后，这个窗口再同步。</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../../desktop_inbox/ui/backup_actions.py" line="+47" />
        <source>Back up the cache</source>
        <translation>备份本地缓存</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Desktop Inbox backups (*.sqlite3);;All files (*)</source>
        <comment>keep the patterns in brackets and the ;;</comment>
        <translation>Desktop Inbox 备份 (*.sqlite3);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Writing the backup…</source>
        <translation>正在写入备份…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Backup written: %1. Sign-ins are not in it.</source>
        <translation>备份已写入：%1。其中不含登录信息。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Checking the backup…</source>
        <translation>正在检查备份…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Replace the cache with this backup?</source>
        <translation>用这个备份替换本地缓存吗？</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1

The backup was checked and is sound. %2 restarts with it; the current cache is kept in the backups folder. Every account asks you to sign in again, and replies waiting to go out are checked with the platform before they are sent.</source>
        <comment>%1: the backup (when, how many messages), %2: Desktop Inbox</comment>
        <translation>%1

备份已检查，完好无损。%2 会用它重新启动；当前的本地缓存保存在备份文件夹中。每个账号都需要重新登录；发件箱里待发的回复会先和平台核对，再发送。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Restore and restart</source>
        <translation>恢复并重启</translation>
    </message>
</context>
<context>
    <name>BlueskyPage</name>
    <message>
        <location filename="../../desktop_inbox/ui/signin/bluesky.py" line="+32" />
        <source>Bluesky handle</source>
        <translation>Bluesky 用户名</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+5" />
        <source>App password</source>
        <translation>应用专用密码</translation>
    </message>
    <message>
        <location line="-3" />
        <source>Found from your handle (needed only if that fails)</source>
        <translation>根据用户名自动查找（仅在查找失败时填写）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Bluesky server address</source>
        <translation>Bluesky 服务器地址</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Handle</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Enter your Bluesky handle, e.g. shop.bsky.social.</source>
        <translation>请输入你的 Bluesky 用户名，例如 shop.bsky.social。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Enter an app password (Settings → Privacy and security → App passwords).</source>
        <translation>请输入应用专用密码（在 Bluesky 中：Settings → Privacy and security → App passwords）。</translation>
    </message>
</context>
<context>
    <name>ConnectionLabel</name>
    <message>
        <location filename="../../desktop_inbox/ui/statusbar/connection.py" line="+16" />
        <source>Connection</source>
        <translation>连接</translation>
    </message>
</context>
<context>
    <name>DashboardDialog</name>
    <message>
        <location filename="../../desktop_inbox/ui/dialogs/dashboard.py" line="+203" />
        <source>Response times</source>
        <translation>响应时间</translation>
    </message>
    <message>
        <location line="+4" />
        <source>conversations waiting now</source>
        <translation>个对话正在等待</translation>
    </message>
    <message>
        <location line="+1" />
        <source>customer messages answered</source>
        <translation>条客户消息已回复</translation>
    </message>
    <message>
        <location line="+1" />
        <source>median time to answer</source>
        <translation>回复时间中位数</translation>
    </message>
    <message>
        <location line="+1" />
        <source>9 in 10 answered within</source>
        <translation>九成在此时间内回复</translation>
    </message>
    <message>
        <location line="+1" />
        <source>answered within the target</source>
        <translation>在目标时间内回复</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Waiting</source>
        <translation>已等待</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Where</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location line="+0" />
        <source>They wrote</source>
        <translation>客户写道</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Customers waiting now</source>
        <translation>正在等待的客户</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Click a customer to open the conversation</source>
        <translation>点击客户即可打开对话</translation>
    </message>
    <message>
        <location line="+10" />
        <source> min</source>
        <comment>after a number of minutes in a box</comment>
        <translation> 分钟</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Response time target</source>
        <translation>响应时间目标</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The reference teams (Zappos, JetBlue) answered in about 3 minutes.</source>
        <translation>作为参照的团队（Zappos、JetBlue）大约 3 分钟内回复。</translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>Last %Ln day(s)</source>
        <translation><numerusform>最近 %Ln 天</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+88" />
        <source>%Ln customer message(s) of the last %1 days not answered yet.</source>
        <translation><numerusform>最近 %1 天里还有 %Ln 条客户消息没有回复。</numerusform></translation>
    </message>
    <message>
        <location line="-83" />
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&lt;b&gt;Waiting now&lt;/b&gt; — click a customer to open the conversation</source>
        <translation>&lt;b&gt;正在等待&lt;/b&gt;——点击客户即可打开对话</translation>
    </message>
    <message>
        <location line="+17" />
        <source>median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <location line="+0" />
        <source>90th percentile</source>
        <translation>第 90 百分位</translation>
    </message>
    <message>
        <location line="+0" />
        <source>target</source>
        <translation>目标</translation>
    </message>
    <message numerus="yes">
        <location line="+45" />
        <source>conversation(s) waiting now</source>
        <translation><numerusform>个对话正在等待</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>customer message(s) answered in %1 days</source>
        <comment>%1: 30 or 90</comment>
        <translation><numerusform>条客户消息在 %1 天内已回复</numerusform></translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1%</source>
        <comment>a percentage</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <location line="+1" />
        <source>answered within %1</source>
        <translation>%1内回复</translation>
    </message>
    <message>
        <location line="+15" />
        <source>%1 DM</source>
        <comment>a platform's direct messages</comment>
        <translation>%1 私信</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Nobody is waiting.</source>
        <translation>没有人在等待。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Export response times</source>
        <translation>导出响应时间</translation>
    </message>
    <message>
        <location line="+0" />
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <location filename="../../desktop_inbox/ui/style.py" line="+42" />
        <source>%1 s</source>
        <comment>seconds</comment>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 min</source>
        <comment>minutes</comment>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 h %2 min</source>
        <comment>hours and minutes</comment>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+6" />
        <source>%1 h</source>
        <comment>hours</comment>
        <translation>%1 小时</translation>
    </message>
    <message>
        <location line="-5" />
        <source>%1 d</source>
        <comment>days</comment>
        <translation>%1 天</translation>
    </message>
</context>
<context>
    <name>EmailPage</name>
    <message>
        <location filename="../../desktop_inbox/ui/signin/email.py" line="+89" />
        <source>E-mail address</source>
        <translation>电子邮件地址</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+32" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location line="-31" />
        <source>Password or app password</source>
        <translation>密码或应用专用密码</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Your name or your shop's, as customers see it</source>
        <translation>你或店铺的名字，客户会看到它</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+29" />
        <source>Your name</source>
        <translation>你的名字</translation>
    </message>
    <message>
        <location line="-26" />
        <source>Provider note</source>
        <translation>服务商提示</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The same as the address</source>
        <translation>与地址相同</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+12" />
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location line="-5" />
        <source>Servers</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Incoming (IMAP)</source>
        <translation>收信（IMAP）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Outgoing (SMTP)</source>
        <translation>发信（SMTP）</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Added under every reply (optional)</source>
        <translation>附在每条回复末尾（可选）</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+7" />
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <location line="-5" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Connection test</source>
        <translation>连接测试</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sign in to both servers without adding anything or sending mail</source>
        <translation>登录两台服务器试试，不添加账号也不发信</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add account</source>
        <translation>添加账号</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location line="+56" />
        <source>Enter your e-mail address.</source>
        <translation>请输入电子邮件地址。</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Enter the password (or app password) of this mailbox.</source>
        <translation>请输入这个邮箱的密码（或应用专用密码）。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Both servers accept this sign-in.</source>
        <translation>两台服务器都接受这次登录。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The connection test failed; see above.</source>
        <translation>连接测试失败，详见上方。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Signing in to both servers…</source>
        <translation>正在登录两台服务器…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop_inbox/ui/dialogs/export.py" line="+30" />
        <source>Web page, readable and printable (*.html)</source>
        <translation>网页，可阅读和打印 (*.html)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>JSON, for other programs (*.json)</source>
        <translation>JSON，供其他程序使用 (*.json)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CSV, one row per message (*.csv)</source>
        <translation>CSV，每条消息一行 (*.csv)</translation>
    </message>
    <message>
        <location line="+92" />
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
</context>
<context>
    <name>ExportWords</name>
    <message numerus="yes">
        <location line="-39" />
        <source>Exported %Ln message(s) to %1.</source>
        <comment>%1: the file</comment>
        <translation><numerusform>已导出 %Ln 条消息到 %1。</numerusform></translation>
    </message>
    <message>
        <location line="+13" />
        <source>Conversation with %1</source>
        <translation>与 %1 的对话</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1: the whole history</source>
        <translation>%1：全部往来记录</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Search: %1</source>
        <translation>搜索：%1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 in %2 · exported %3 by %4</source>
        <comment>%1: 'n messages', %2: 'n conversations', %3: when, %4: Desktop Inbox</comment>
        <translation>%2，共 %1 · 由 %4 于 %3 导出</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%Ln message(s)</source>
        <translation><numerusform>%Ln 条消息</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%Ln conversation(s)</source>
        <translation><numerusform>%Ln 个对话</numerusform></translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 · direct messages on %2 with %3</source>
        <comment>%1: the customer, %2: the platform, %3: our account</comment>
        <translation>%1 · 在 %2 上与 %3 的私信</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 · public thread on %2 with %3</source>
        <comment>%1: the customer, %2: the platform, %3: our account</comment>
        <translation>%1 · 在 %2 上与 %3 的公开对话</translation>
    </message>
</context>
<context>
    <name>FollowUpMenu</name>
    <message>
        <location filename="../../desktop_inbox/ui/followup.py" line="+20" />
        <source>Remind me if no answer</source>
        <translation>未回复时提醒我</translation>
    </message>
    <message numerus="yes">
        <location line="+9" />
        <source>In %n day(s)  (%1)</source>
        <translation>
            <numerusform>%n 天后（%1）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>On a date…</source>
        <translation>指定日期…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No reminder</source>
        <translation>不提醒</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Remind me if no answer by</source>
        <translation>到时仍未回复就提醒我</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <location filename="../../desktop_inbox/ui/dialogs/image_viewer.py" line="+33" />
        <location line="+5" />
        <source>Picture</source>
        <translation>图片</translation>
    </message>
    <message>
        <location line="-5" />
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Animation</source>
        <translation>动图</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Sound</source>
        <translation>音频</translation>
    </message>
    <message>
        <location line="+10" />
        <source>This picture cannot be shown (it is not on this computer, or it is damaged).</source>
        <translation>无法显示这张图片（它不在这台电脑上，或已损坏）。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1: %2. Open it with the system's player.</source>
        <comment>%1: video, sound…; %2: the file's name</comment>
        <translation>%1：%2。请用系统的播放器打开。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1. Open it with the system's player.</source>
        <comment>%1: video, sound…</comment>
        <translation>%1。请用系统的播放器打开。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Alt text</source>
        <translation>替代文字</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Alt text: %1</source>
        <translation>替代文字：%1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>No alt text was given for this picture.</source>
        <translation>这张图片没有替代文字。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Open with…</source>
        <translation>打开方式…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open the local file with the system's own viewer or player</source>
        <translation>用系统自带的查看器或播放器打开本地文件</translation>
    </message>
</context>
<context>
    <name>InstagramPage</name>
    <message>
        <location filename="../../desktop_inbox/ui/signin/meta.py" line="+108" />
        <source>From “API setup with Instagram business login” → Generate token</source>
        <translation>在“API setup with Instagram business login”中点 Generate token</translation>
    </message>
</context>
<context>
    <name>ListeningDialog</name>
    <message>
        <location filename="../../desktop_inbox/ui/dialogs/listening.py" line="+42" />
        <source>a word, "a phrase" or #hashtag</source>
        <translation>一个词、"一个短语"或 #话题标签</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Listening — %1</source>
        <translation>倾听——%1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>What listening hears here</source>
        <translation>这里能倾听到什么</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Listen for</source>
        <translation>倾听词</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Term</source>
        <translation>倾听词</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+8" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="-8" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Listening terms</source>
        <translation>倾听词</translation>
    </message>
    <message>
        <location line="+3" />
        <source>New term</source>
        <translation>新倾听词</translation>
    </message>
    <message>
        <location line="+3" />
        <source>any language</source>
        <translation>任何语言</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Only posts in this language: two letters such as en, de, fr</source>
        <translation>只看这种语言的帖子：两个字母，如 zh、en、de</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stop listening for it; the posts it brought stay</source>
        <translation>不再倾听这个词；它带来的帖子会保留</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Never hear</source>
        <translation>永不倾听</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Muted words and authors</source>
        <translation>已屏蔽的词和作者</translation>
    </message>
    <message>
        <location line="+2" />
        <source>a word, or @someone</source>
        <translation>一个词，或 @某人</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Word or author to mute</source>
        <translation>要屏蔽的词或作者</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Mute</source>
        <translation>屏蔽</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Unmute</source>
        <translation>取消屏蔽</translation>
    </message>
    <message>
        <location line="+25" />
        <source>listening, last asked %1</source>
        <translation>倾听中，上次查询 %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>not asked yet</source>
        <translation>尚未查询</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1. %2</source>
        <comment>the term's state, then the service's note</comment>
        <translation>%1。%2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>any</source>
        <comment>any language</comment>
        <translation>任何</translation>
    </message>
</context>
<context>
    <name>LogEventDialog</name>
    <message>
        <location filename="../../desktop_inbox/ui/dialogs/log_event.py" line="+29" />
        <source>Phone call</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Meeting</source>
        <translation>见面</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Log a call or meeting with %1</source>
        <translation>记录与 %1 的电话或见面</translation>
    </message>
    <message>
        <location line="+4" />
        <source>What it was</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+11" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="-9" />
        <source>What was said, what was promised…</source>
        <translation>说了什么，答应了什么…</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+9" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="-2" />
        <source>What</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Say in a few words what it was about.</source>
        <translation>用几句话写下谈了什么。</translation>
    </message>
</context>
<context>
    <name>MastodonPage</name>
    <message>
        <location filename="../../desktop_inbox/ui/signin/mastodon.py" line="+28" />
        <source>Your browser opens your server's sign-in page. Desktop Inbox asks to read your mentions and direct messages and to post replies. Your password never reaches this app, and the access key is kept in your system keyring.</source>
        <translation>浏览器会打开你所在服务器的登录页面。Desktop Inbox 会申请读取你的提及和私信、发布回复的权限。你的密码不会经过本应用，访问密钥保存在系统钥匙串中。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Mastodon server address</source>
        <translation>Mastodon 服务器地址</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Paste the code from the browser here</source>
        <translation>在此粘贴浏览器中显示的授权码</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Authorisation code</source>
        <translation>授权码</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+55" />
        <source>Sign in with browser</source>
        <translation>用浏览器登录</translation>
    </message>
    <message>
        <location line="-53" />
        <source>Use a code instead</source>
        <translation>改用授权码</translation>
    </message>
    <message>
        <location line="+1" />
        <source>If the browser cannot come back to the app, the server can show a code to paste.</source>
        <translation>如果浏览器无法跳回本应用，服务器可以显示一个授权码，由你粘贴过来。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Enter your Mastodon server's address, e.g. mastodon.social.</source>
        <translation>请输入你的 Mastodon 服务器地址，例如 mastodon.social。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>“%1” is not a server address; it looks like mastodon.social.</source>
        <translation>“%1”不是服务器地址；服务器地址形如 mastodon.social。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Contacting the server…</source>
        <translation>正在连接服务器…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Paste the code the server showed in the browser.</source>
        <translation>请粘贴服务器在浏览器中显示的授权码。</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Finish sign-in</source>
        <translation>完成登录</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Approve Desktop Inbox in the browser, then paste the code it shows here.</source>
        <translation>请在浏览器中授权 Desktop Inbox，然后把显示的授权码粘贴到这里。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Waiting for you to approve Desktop Inbox in the browser… &lt;a href="%1"&gt;Open the page again&lt;/a&gt;</source>
        <translation>正在等待你在浏览器中授权 Desktop Inbox… &lt;a href="%1"&gt;重新打开页面&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../desktop_inbox/ui/dialogs/merge.py" line="+42" />
        <source>Last wrote %1: “%2”</source>
        <translation>最近一次留言 %1：“%2”</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Same person as %1?</source>
        <translation>与 %1 是同一人？</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Merge another customer into &lt;b&gt;%1&lt;/b&gt; when they are the same person writing from another platform or account. Their conversations, notes and tags come along; you can undo it.</source>
        <translation>如果另一位客户其实是 &lt;b&gt;%1&lt;/b&gt; 本人、只是换了平台或账号来留言，就把他合并过来。他的对话、备注和标签会一起带过来；合并可以撤销。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Suggested matches</source>
        <translation>建议的匹配</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Find a customer by name or handle…</source>
        <translation>按名字或用户名查找客户…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Find a customer</source>
        <translation>查找客户</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Customers found</source>
        <translation>找到的客户</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Merge into this customer</source>
        <translation>合并到这位客户</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Earlier merges</source>
        <translation>以前的合并</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Undo merge</source>
        <translation>撤销合并</translation>
    </message>
    <message>
        <location line="+11" />
        <source>&lt;b&gt;Suggestions&lt;/b&gt;</source>
        <translation>&lt;b&gt;建议&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&lt;b&gt;Merged earlier&lt;/b&gt;</source>
        <translation>&lt;b&gt;以前合并的&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+41" />
        <source>No suggestions.</source>
        <translation>没有建议。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 — merged %2</source>
        <translation>%1——%2 合并</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Choose a suggestion or a customer first.</source>
        <translation>请先选择一条建议或一位客户。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Merged.</source>
        <translation>已合并。</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Merge undone.</source>
        <translation>已撤销合并。</translation>
    </message>
</context>
<context>
    <name>MessengerPage</name>
    <message>
        <location filename="../../desktop_inbox/ui/signin/meta.py" line="+17" />
        <source>From Messenger API Settings → Generate token next to your Page</source>
        <translation>在 Messenger API Settings 中，点你的公共主页旁边的 Generate token</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Your Facebook Page's ID</source>
        <translation>你的 Facebook 公共主页编号</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Facebook Page ID</source>
        <translation>Facebook 公共主页编号</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Page ID</source>
        <translation>主页编号</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Enter your Facebook Page's ID (on the Page: About → Page transparency).</source>
        <translation>请输入你的 Facebook 公共主页编号（在主页上：About → Page transparency）。</translation>
    </message>
</context>
<context>
    <name>MetaPage</name>
    <message>
        <location line="-99" />
        <source>Desktop Inbox works through your own Meta app — here is why and how:</source>
        <translation>Desktop Inbox 通过你自己的 Meta 应用工作——原因和步骤如下：</translation>
    </message>
    <message>
        <location line="+5" />
        <source>How to get a token</source>
        <translation>如何获取访问令牌</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The number at the top of your app's page</source>
        <translation>应用页面顶部的那串数字</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Meta app ID</source>
        <translation>Meta 应用编号</translation>
    </message>
    <message>
        <location line="+1" />
        <source>App ID</source>
        <translation>应用编号</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Access token</source>
        <translation>访问令牌</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Token</source>
        <translation>令牌</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Meta approved the Human Agent feature for my app</source>
        <translation>Meta 已为我的应用批准 Human Agent（人工客服）功能</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A person may then answer for 7 days after the customer's last message, not 24 hours.</source>
        <translation>批准后，真人客服可以在客户最后一条消息后的 7 天内回复，而不只是 24 小时。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Check and add</source>
        <translation>检查并添加</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Enter your Meta app's ID (developers.facebook.com/apps).</source>
        <translation>请输入你的 Meta 应用编号（developers.facebook.com/apps）。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Paste the token generated in your app's dashboard.</source>
        <translation>请粘贴在应用控制面板中生成的访问令牌。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Checking the token with Meta…</source>
        <translation>正在向 Meta 验证令牌…</translation>
    </message>
    <message>
        <location line="+15" />
        <source>%1: %2</source>
        <comment>an account, then what works for it</comment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>NoticeWords</name>
    <message numerus="yes">
        <location filename="../../desktop_inbox/ui/notifications.py" line="+75" />
        <source>%1 and %Ln other customer(s)</source>
        <comment>%1: the customer who wrote last</comment>
        <translation><numerusform>%1 和另外 %Ln 位客户</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%1  (%Ln new message(s))</source>
        <comment>%1: what the customer wrote</comment>
        <translation><numerusform>%1（%Ln 条新消息）</numerusform></translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location line="+30" />
        <source>Open the conversation</source>
        <translation>打开对话</translation>
    </message>
</context>
<context>
    <name>OutboxCount</name>
    <message>
        <location filename="../../desktop_inbox/ui/statusbar/outbox.py" line="+11" />
        <source>Replies waiting to go out</source>
        <translation>待发送的回复</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n reply(s) waiting to go out</source>
        <translation>
            <numerusform>%n 条回复待发送</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0" />
        <source>Outbox empty</source>
        <translation>发件箱为空</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <location filename="../../desktop_inbox/ui/dialogs/outbox.py" line="+46" />
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sending (checking)</source>
        <translation>正在发送（核对中）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Not sent</source>
        <translation>未发送</translation>
    </message>
    <message>
        <location line="+1" />
        <source>May have been sent</source>
        <translation>可能已发送</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Queued</source>
        <translation>加入时间</translation>
    </message>
    <message>
        <location line="+0" />
        <source>To</source>
        <translation>收件人</translation>
    </message>
    <message>
        <location line="+0" />
        <source>As</source>
        <translation>方式</translation>
    </message>
    <message>
        <location line="+1" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+169" />
        <source>Send at</source>
        <translation>定时发送</translation>
    </message>
    <message>
        <location line="-155" />
        <source>Outbox</source>
        <translation>发件箱</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Replies waiting to go out</source>
        <translation>待发送的回复</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Edit the reply</source>
        <translation>编辑回复</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Nothing is waiting: every reply has gone out.</source>
        <translation>没有待发的回复：全部已发出。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save changes</source>
        <translation>保存修改</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Retry now</source>
        <translation>立即重试</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cancel reply</source>
        <translation>取消回复</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Move…</source>
        <translation>改时间…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Send it at another time</source>
        <translation>改到其他时间发送</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Resend</source>
        <translation>重新发送</translation>
    </message>
    <message>
        <location line="+1" />
        <source>It did not arrive: send it again</source>
        <translation>没有送达：再发一次</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Mark as sent</source>
        <translation>标记为已发送</translation>
    </message>
    <message>
        <location line="+1" />
        <source>It arrived: keep it as sent, never send it again</source>
        <translation>已送达：记为已发送，不再重发</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The server did not confirm this reply, and it will not be sent again by itself. Check whether the customer got it (your Sent folder, or ask), then resend it or mark it as sent.</source>
        <translation>服务器没有确认这条回复，它也不会自动重发。请先确认客户是否收到（看“已发送”文件夹，或问问客户），再选择重新发送或标记为已发送。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Open conversation</source>
        <translation>打开对话</translation>
    </message>
    <message>
        <location line="+47" />
        <source>at once</source>
        <translation>立即</translation>
    </message>
    <message>
        <location line="+4" />
        <source>direct message</source>
        <translation>私信</translation>
    </message>
    <message>
        <location line="+0" />
        <source>public</source>
        <translation>公开</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 — late</source>
        <translation>%1——已延误</translation>
    </message>
    <message>
        <location line="+44" />
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Sending again…</source>
        <translation>正在重新发送…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Marked as sent.</source>
        <translation>已标记为已发送。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Moved.</source>
        <translation>已改时间。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
</context>
<context>
    <name>PlainIcons</name>
    <message>
        <location filename="../../desktop_inbox/ui/files.py" line="+54" />
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 file</source>
        <comment>%1: PDF, HTML…</comment>
        <translation>%1 文件</translation>
    </message>
    <message>
        <location line="+1" />
        <source>File</source>
        <translation>文件</translation>
    </message>
</context>
<context>
    <name>PlatformChooser</name>
    <message>
        <location filename="../../desktop_inbox/ui/signin/chooser.py" line="+22" />
        <source>Signing in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Replies</source>
        <translation>回复</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Listening</source>
        <translation>倾听</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Choose a platform</source>
        <translation>选择平台</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Where do your customers write to you?</source>
        <translation>你的客户在哪里给你留言？</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Sign-ins are kept in your system keyring, never in a file. Adding an account imports its past conversations in the background, as far back as you choose; you can read and answer them offline.</source>
        <translation>登录信息保存在系统钥匙串里，绝不写入文件。添加账号后，会在后台导入它以前的对话，导入多久以前的由你决定；离线时也能阅读和回复。</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../desktop_inbox/ui/dialogs/preferences.py" line="+40" />
        <source>Preferences</source>
        <translation>偏好设置</translation>
    </message>
    <message>
        <location line="+2" />
        <source>e.g. Tony</source>
        <translation>例如：小王</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fills {my_name} in saved replies</source>
        <comment>keep {my_name} as it is</comment>
        <translation>用于填写常用回复中的 {my_name}（你的名字）</translation>
    </message>
    <message>
        <location line="+3" />
        <source> s</source>
        <comment>after a number of seconds in a box</comment>
        <translation> 秒</translation>
    </message>
    <message>
        <location line="+3" />
        <source> min</source>
        <comment>after a number of minutes in a box</comment>
        <translation> 分钟</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Public note when moving to direct messages</source>
        <translation>转到私信时的公开说明</translation>
    </message>
    <message>
        <location line="+2" />
        <source>What the public reply says when you take a conversation to direct messages ({first_name} is filled in)</source>
        <comment>keep {first_name} as it is</comment>
        <translation>把对话转到私信时，公开回复里说的话（会填入 {first_name}，即客户的名字）</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Show a desktop notification for new customer messages</source>
        <translation>有新的客户消息时显示桌面通知</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show how many customers are waiting in the tray (where the desktop has one)</source>
        <translation>在系统托盘显示等待中的客户数（如果桌面有托盘）</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Your name</source>
        <translation>你的名字</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Undo a sent reply for</source>
        <translation>发送后可撤销时长</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Response time target</source>
        <translation>响应时间目标</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Moving to DMs,
say in public</source>
        <translation>转到私信时
公开说明</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+15" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="-14" />
        <source>&lt;b&gt;Sign-off per account&lt;/b&gt; (e.g. “— Tony”; added or not per reply)</source>
        <translation>&lt;b&gt;各账号的署名&lt;/b&gt;（如“——小王”；每条回复可选是否加上）</translation>
    </message>
    <message>
        <location line="+16" />
        <source>System language</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Applies after a restart of Desktop Inbox.</source>
        <translation>重启 Desktop Inbox 后生效。</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Work on %1</source>
        <translation>%1 营业</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Working day starts</source>
        <translation>营业开始时间</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Working day ends</source>
        <translation>营业结束时间</translation>
    </message>
    <message>
        <location line="+5" />
        <source>to</source>
        <comment>from one time to another</comment>
        <translation>至</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+8" />
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location line="-7" />
        <source>System (%1)</source>
        <translation>跟随系统（%1）</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Working days</source>
        <translation>营业日</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Working hours</source>
        <translation>营业时间</translation>
    </message>
    <message>
        <location line="+39" />
        <source>— Your name</source>
        <translation>——你的名字</translation>
    </message>
</context>
<context>
    <name>ProgressLabel</name>
    <message>
        <location filename="../../desktop_inbox/ui/statusbar/progress.py" line="+16" />
        <source>History import</source>
        <translation>导入历史记录</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Importing history… back to %1</source>
        <translation>正在导入历史记录…已到 %1</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message numerus="yes">
        <location filename="../../desktop_inbox/ui/recovery.py" line="+42" />
        <source>%1

Restore the latest automatic backup, from %2 (%n message(s))? Messages that arrived since then are fetched again from the platforms; accounts ask you to sign in again. The damaged file is kept in the backups folder.</source>
        <comment>%1: what is damaged, %2: when the backup was taken</comment>
        <translation>
            <numerusform>%1

要恢复最近一次自动备份吗？这份备份创建于 %2，共 %n 条消息。之后收到的消息会从各平台重新获取；各账号需要重新登录。损坏的文件会保留在备份文件夹中。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+46" />
        <source>Start with an empty cache</source>
        <translation>从空缓存开始</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The cache of your conversations is damaged.</source>
        <translation>你的对话本地缓存已损坏。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Restore the backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The cache of your conversations is damaged, and there is no automatic backup yet.</source>
        <translation>你的对话本地缓存已损坏，而且还没有自动备份。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1

Start with an empty cache? The damaged file is kept in the backups folder; add your accounts again and their history is fetched again.</source>
        <comment>%1: what is damaged</comment>
        <translation>%1

要从空缓存开始吗？损坏的文件会保留在备份文件夹中；重新添加你的账号后，会重新获取它们的历史记录。</translation>
    </message>
</context>
<context>
    <name>ReminderOffer</name>
    <message numerus="yes">
        <location filename="../../desktop_inbox/ui/conversation/followthrough.py" line="+19" />
        <source>Remind me in %n day(s)</source>
        <translation>
            <numerusform>%n 天后提醒我</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26" />
        <source>This reply promises &lt;b&gt;“%1”&lt;/b&gt;. Bring the conversation back if the customer has not written by then?</source>
        <translation>这条回复承诺了&lt;b&gt;“%1”&lt;/b&gt;。如果到时客户还没有回音，要把这段对话重新提出来吗？</translation>
    </message>
</context>
<context>
    <name>ResponseChart</name>
    <message>
        <location filename="../../desktop_inbox/ui/dialogs/dashboard.py" line="-290" />
        <source>Response time chart</source>
        <translation>响应时间图表</translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>%Ln day(s); highest 90th percentile %1; target %2</source>
        <translation><numerusform>%Ln 天；第 90 百分位最高 %1；目标 %2</numerusform></translation>
    </message>
</context>
<context>
    <name>SendAtButton</name>
    <message>
        <location filename="../../desktop_inbox/ui/conversation/followthrough.py" line="-126" />
        <source>Tomorrow %1</source>
        <translation>明天 %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Next working morning (%1)</source>
        <translation>下个工作日上午（%1）</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Send at…</source>
        <translation>定时发送…</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+23" />
        <source>Send at</source>
        <translation>定时发送</translation>
    </message>
    <message>
        <location line="-21" />
        <source>Send this reply later: it waits in the outbox, and goes even if the app is closed then (at the next sync)</source>
        <translation>稍后发送这条回复：它在发件箱里等到设定的时间；如果那时应用没有打开，会在下次同步时发出</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Pick a time…</source>
        <translation>选择时间…</translation>
    </message>
</context>
<context>
    <name>ServerRow</name>
    <message>
        <location filename="../../desktop_inbox/ui/signin/email.py" line="-202" />
        <source>%1 server</source>
        <comment>%1: IMAP or SMTP</comment>
        <translation>%1 服务器</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 port</source>
        <comment>%1: IMAP or SMTP</comment>
        <translation>%1 端口</translation>
    </message>
    <message>
        <location line="+2" />
        <source>None (this computer only)</source>
        <translation>无（仅限本机）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 security</source>
        <comment>%1: IMAP or SMTP</comment>
        <translation>%1 加密方式</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Enter the %1 server (your provider's help pages name it).</source>
        <translation>请输入 %1 服务器（邮箱服务商的帮助页面会写明）。</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../../desktop_inbox/ui/signin/common.py" line="+50" />
        <source>The last 3 months</source>
        <translation>最近 3 个月</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The last year</source>
        <translation>最近一年</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="+75" />
        <source>Sign in to %1</source>
        <translation>登录 %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>How much history to import</source>
        <translation>导入多少历史记录</translation>
    </message>
    <message>
        <location line="+1" />
        <source>How far back Desktop Inbox fetches earlier conversations of this account.</source>
        <translation>Desktop Inbox 获取这个账号以前的对话，最早到什么时候。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Sign-in status</source>
        <translation>登录状态</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Sign in to %1 again</source>
        <translation>重新登录 %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Signed in as %1, which was added as another account.</source>
        <translation>已登录为 %1，它作为另一个账号添加了。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Signed in as %1.</source>
        <translation>已登录为 %1。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The sign-in failed (%1); details are in the log.</source>
        <translation>登录失败（%1）；详情见日志。</translation>
    </message>
</context>
<context>
    <name>SnippetsDialog</name>
    <message>
        <location filename="../../desktop_inbox/ui/dialogs/snippets.py" line="+31" />
        <location line="+3" />
        <source>Saved replies</source>
        <translation>常用回复</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Name, e.g. Shipping delay</source>
        <translation>名称，例如：发货延迟</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Hi {first_name}, …</source>
        <comment>keep {first_name} as it is: the customer's first name goes there</comment>
        <translation>{first_name}，你好！…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Placeholders are filled for each customer: &lt;b&gt;{first_name}&lt;/b&gt;, &lt;b&gt;{name}&lt;/b&gt;, &lt;b&gt;{handle}&lt;/b&gt; and &lt;b&gt;{my_name}&lt;/b&gt; (your name, in Preferences). Any other &lt;b&gt;{word}&lt;/b&gt; is a field you fill in before sending — a reply with an unfilled placeholder cannot be sent.</source>
        <translation>以下待填项会按每位客户自动填入：&lt;b&gt;{first_name}&lt;/b&gt;（名字）、&lt;b&gt;{name}&lt;/b&gt;（全名）、&lt;b&gt;{handle}&lt;/b&gt;（用户名）和 &lt;b&gt;{my_name}&lt;/b&gt;（你的名字，在“偏好设置”中填写）。其他任何 &lt;b&gt;{word}&lt;/b&gt; 都是发送前要你自己填写的待填项——还有待填项没填的回复无法发送。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+52" />
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>SnoozeMenu</name>
    <message numerus="yes">
        <location filename="../../desktop_inbox/ui/snooze.py" line="+21" />
        <location line="+1" />
        <source>In %n hour(s)</source>
        <translation>
            <numerusform>%n 小时后</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tomorrow morning</source>
        <translation>明天上午</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Next Monday</source>
        <translation>下周一</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Snooze</source>
        <translation>暂缓</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1  (%2)</source>
        <comment>a choice and the time it means</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Pick a time…</source>
        <translation>选择时间…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Snooze until</source>
        <translation>暂缓至</translation>
    </message>
</context>
<context>
    <name>StorageDialog</name>
    <message>
        <location filename="../../desktop_inbox/ui/dialogs/storage.py" line="+34" />
        <source>%1 MB</source>
        <comment>megabytes</comment>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Storage</source>
        <translation>存储空间</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Back to</source>
        <translation>最早到</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Imports</source>
        <translation>导入范围</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Pictures kept</source>
        <translation>保存的图片</translation>
    </message>
    <message>
        <location line="+6" />
        <source>History per account</source>
        <translation>各账号的记录</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Forget history older than</source>
        <translation>清除早于此日期的记录</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Forget older history…</source>
        <translation>清除旧记录…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Forget everything written before</source>
        <translation>清除此日期之前的全部内容</translation>
    </message>
    <message>
        <location line="+21" />
        <source>The cache takes &lt;b&gt;%1&lt;/b&gt; for %2 in %3 with %4, and &lt;b&gt;%5&lt;/b&gt; of customers' pictures (%6). Everything stays readable and searchable offline. Untick an account to keep no pictures of it (what it keeps is removed); each keeps at most its cap, the oldest pictures going first.</source>
        <comment>%1, %5: sizes; %2: 'n messages', %3: 'n conversations', %4: 'n customers', %6: 'n files'</comment>
        <translation>本地缓存占用 &lt;b&gt;%1&lt;/b&gt;：与 %4的 %3，共 %2；客户图片另占 &lt;b&gt;%5&lt;/b&gt;（%6）。所有内容离线时都能阅读和搜索。取消勾选某个账号就不再保存它的图片（已保存的会删除）；每个账号最多保存到其上限，超出时先删最旧的图片。</translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>%Ln message(s)</source>
        <translation><numerusform>%Ln 条消息</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%Ln conversation(s)</source>
        <translation><numerusform>%Ln 个对话</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%Ln customer(s)</source>
        <translation><numerusform>%Ln 位客户</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%Ln file(s)</source>
        <translation><numerusform>%Ln 个文件</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+58" />
        <source>Forgot %Ln message(s).</source>
        <translation><numerusform>已删除 %Ln 条消息。</numerusform></translation>
    </message>
    <message>
        <location line="-49" />
        <source>since %1</source>
        <translation>自 %1 起</translation>
    </message>
    <message>
        <location line="+0" />
        <source>everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>not kept</source>
        <translation>不保存</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Keep this account's customer pictures for offline reading</source>
        <translation>保存这个账号的客户图片，方便离线查看</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Forget older history?</source>
        <translation>清除旧记录？</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove every message written before %1 from this computer?</source>
        <translation>要从这台电脑上删除 %1 之前的所有消息吗？</translation>
    </message>
    <message>
        <location line="+5" />
        <source>They stay on the platforms, but you will no longer read or search them offline. Replies waiting in the outbox are kept. This cannot be undone here — a backup first is a good idea.</source>
        <translation>它们仍保留在各平台上，只是离线时无法再阅读或搜索。发件箱里待发的回复会保留。此操作在这里无法撤销——最好先做个备份。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Forget</source>
        <translation>清除</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Removing…</source>
        <translation>正在删除…</translation>
    </message>
</context>
<context>
    <name>SyncTimeLabel</name>
    <message>
        <location filename="../../desktop_inbox/ui/statusbar/synctime.py" line="+15" />
        <source>Last sync</source>
        <translation>上次同步</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Synced %1</source>
        <translation>%1 已同步</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../../desktop_inbox/ui/tasks.py" line="+100" />
        <source>Something went wrong (%1); details are in the log.</source>
        <translation>出错了（%1）；详情见日志。</translation>
    </message>
</context>
<context>
    <name>ThreadView</name>
    <message>
        <location filename="../../desktop_inbox/ui/conversation/thread_view.py" line="+188" />
        <source>Conversation thread</source>
        <translation>对话消息</translation>
    </message>
    <message>
        <location line="+183" />
        <source>Copy text</source>
        <translation>复制文本</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Copy link</source>
        <translation>复制链接</translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message>
        <location filename="../../desktop_inbox/ui/style.py" line="+32" />
        <location filename="../../desktop_inbox/ui/timepick.py" line="+30" />
        <source>HH:mm</source>
        <comment>a time today (Qt date format)</comment>
        <translation>HH:mm</translation>
    </message>
    <message>
        <location line="+2" />
        <source>dd MMM HH:mm</source>
        <comment>a time this year (Qt date format)</comment>
        <translation>M月d日 HH:mm</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+7" />
        <source>dd MMM yyyy</source>
        <comment>a day in another year (Qt date format)</comment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/ui/timepick.py" line="+5" />
        <source>ddd HH:mm</source>
        <comment>a weekday and time (Qt date format)</comment>
        <translation>ddd HH:mm</translation>
    </message>
    <message>
        <location line="+5" />
        <source>ddd dd MMM HH:mm</source>
        <comment>a weekday, day, month and time (Qt date format)</comment>
        <translation>M月d日 ddd HH:mm</translation>
    </message>
    <message>
        <location line="+6" />
        <source>dddd dd MMMM yyyy, HH:mm</source>
        <comment>a date and time in full (Qt date format)</comment>
        <translation>yyyy年M月d日 dddd HH:mm</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/ui/dialogs/dashboard.py" line="-18" />
        <source>dd MMM</source>
        <comment>a day on a chart's axis (Qt date format)</comment>
        <translation>M月d日</translation>
    </message>
</context>
<context>
    <name>TimelineDialog</name>
    <message>
        <location filename="../../desktop_inbox/ui/dialogs/timeline.py" line="+86" />
        <source>%1 — the whole story</source>
        <translation>%1 — 全部往来记录</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Jump to a month</source>
        <translation>跳到某个月</translation>
    </message>
    <message>
        <location line="+26" />
        <source>%1 (%2)</source>
        <comment>a month's name and how many messages it holds</comment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location line="-84" />
        <source>Customer timeline</source>
        <translation>客户往来记录</translation>
    </message>
    <message>
        <location line="+15" />
        <source>%1 %2</source>
        <comment>a month's heading: the month's name, the year</comment>
        <translation>%2年%1</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Phone call</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Meeting</source>
        <translation>会面</translation>
    </message>
    <message>
        <location line="+1" />
        <source>logged</source>
        <comment>a call or meeting the user wrote down</comment>
        <translation>已记录</translation>
    </message>
    <message>
        <location line="+7" />
        <source>You</source>
        <translation>我</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 DM</source>
        <comment>a platform's direct messages</comment>
        <translation>%1 私信</translation>
    </message>
    <message>
        <location line="+1" />
        <source>open</source>
        <comment>a link: open the conversation</comment>
        <translation>打开</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../desktop_inbox/ui/tray.py" line="+49" />
        <source>Show Desktop Inbox</source>
        <translation>显示 Desktop Inbox</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message numerus="yes">
        <location line="+22" />
        <source>%1: %Ln customer(s) waiting for an answer</source>
        <translation><numerusform>%1：%Ln 位客户在等回复</numerusform></translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1: nobody waiting</source>
        <translation>%1：没有人在等待</translation>
    </message>
</context>
<context>
    <name>XPage</name>
    <message>
        <location filename="../../desktop_inbox/ui/signin/x.py" line="+30" />
        <source>Desktop Inbox signs in to X with your own X developer app — here is why and how:</source>
        <translation>Desktop Inbox 通过你自己的 X 开发者应用登录 X——原因和步骤如下：</translation>
    </message>
    <message>
        <location line="+2" />
        <source>How to get a client ID</source>
        <translation>如何获取 Client ID</translation>
    </message>
    <message>
        <location line="+3" />
        <source>OAuth 2.0 Client ID from developer.x.com</source>
        <translation>developer.x.com 上的 OAuth 2.0 Client ID</translation>
    </message>
    <message>
        <location line="+1" />
        <source>X client ID</source>
        <translation>X 的 Client ID</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Client ID</source>
        <translation>Client ID</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sign in with browser</source>
        <translation>用浏览器登录</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Paste your X app's OAuth 2.0 Client ID (developer.x.com → your app → Keys and tokens).</source>
        <translation>请粘贴你的 X 应用的 OAuth 2.0 Client ID（developer.x.com → 你的应用 → Keys and tokens）。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Preparing the sign-in…</source>
        <translation>正在准备登录…</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Waiting for you to authorise your app on X in the browser… &lt;a href="%1"&gt;Open the page again&lt;/a&gt;</source>
        <translation>正在等待你在浏览器中为 X 授权你的应用… &lt;a href="%1"&gt;重新打开页面&lt;/a&gt;</translation>
    </message>
</context>
</TS>

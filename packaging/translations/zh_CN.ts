<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
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
    <name>AssignButton</name>
    <message>
        <location filename="../../desktop_inbox/ui/conversation/team.py" line="+62" />
        <source>Assign this conversation to a member of the team</source>
        <translation>将此对话分配给团队成员</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Assigned to %1</source>
        <translation>已分配给 %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Assign</source>
        <translation>分配</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Nobody</source>
        <translation>不分配给任何人</translation>
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
    <name>InstagramPage</name>
    <message>
        <location filename="../../desktop_inbox/ui/signin/meta.py" line="+108" />
        <source>From “API setup with Instagram business login” → Generate token</source>
        <translation>在“API setup with Instagram business login”中点 Generate token</translation>
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
    <name>PresenceLine</name>
    <message>
        <location filename="../../desktop_inbox/ui/conversation/team.py" line="-40" />
        <source>Who else is replying</source>
        <translation>还有谁在回复</translation>
    </message>
    <message>
        <location line="+9" />
        <source>✎ %1 is replying to this conversation…</source>
        <translation>✎ %1 正在回复此对话…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>✎ %1 and %2 are replying to this conversation…</source>
        <translation>✎ %1 和 %2 正在回复此对话…</translation>
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
    <name>SendAtButton</name>
    <message>
        <location line="-126" />
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
    <name>Sidebar</name>
    <message>
        <location filename="../../desktop_inbox/ui/sidebar.py" line="+55" />
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Mine: assigned to me</source>
        <translation>我的：分配给我的</translation>
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
    <name>TeamSupport</name>
    <message>
        <location filename="../../desktop_inbox/ui/conversation/team.py" line="+92" />
        <source>%1 is replying to this customer now.</source>
        <translation>%1 正在回复这位客户。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 replied to this customer just now.</source>
        <translation>%1 刚刚回复了这位客户。</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%1 replied to this customer %n minute(s) ago.</source>
        <translation><numerusform>%1 在 %n 分钟前回复了这位客户。</numerusform></translation>
    </message>
    <message>
        <location line="+1" />
        <source>The customer may get two answers.</source>
        <translation>这位客户可能会收到两条回复。</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Someone else is answering</source>
        <translation>其他人正在回复</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Send your reply too?</source>
        <translation>也发送您的回复吗？</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Send anyway</source>
        <translation>仍然发送</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keep editing</source>
        <translation>继续编辑</translation>
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
        <location filename="../../desktop_inbox/ui/style.py" line="+60" />
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
</context>
<context>
    <name>TimelineDialog</name>
    <message>
        <location filename="../../desktop_inbox/ui/dialogs/timeline.py" line="+112" />
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
        <location line="-109" />
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
        <location line="+7" />
        <source>marked it done</source>
        <translation>将其标记为已完成</translation>
    </message>
    <message>
        <location line="+2" />
        <source>snoozed it</source>
        <translation>将其暂缓</translation>
    </message>
    <message>
        <location line="+3" />
        <source>took the assignment back</source>
        <translation>取消了分配</translation>
    </message>
    <message>
        <location line="+1" />
        <source>assigned it to %1</source>
        <translation>将其分配给 %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>added a note: %1</source>
        <translation>添加了备注：%1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>tagged the customer %1</source>
        <translation>为客户添加了标签 %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>removed the tag %1</source>
        <translation>移除了标签 %1</translation>
    </message>
    <message>
        <location line="+17" />
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
        <location line="+5" />
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

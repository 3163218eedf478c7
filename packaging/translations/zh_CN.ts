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
        <source>Free software under the &lt;a href=&quot;%1&quot;&gt;GNU General Public License&lt;/a&gt;, version 3 or later (%2). It comes with no warranty.</source>
        <comment>keep the link&apos;s markup; %1: its address, %2: the licence&apos;s code</comment>
        <translation>自由软件，依据 &lt;a href=&quot;%1&quot;&gt;GNU 通用公共许可证&lt;/a&gt;第 3 版或更高版本（%2）发布，不提供任何担保。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 (demo workspace: deleted when you quit)</source>
        <translation>%1（演示用的临时文件夹，退出时删除）</translation>
    </message>
    <message>
        <location line="+4" />
        <source>kept in memory, for the demo&apos;s own server (nothing is stored in your keyring)</source>
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
        <location filename="../../desktop_inbox/ui/conversation/request_button.py" line="+34" />
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
        <comment>a list of platforms: &apos;Mastodon, X, Bluesky&apos; or &apos;Messenger&apos;</comment>
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
        <comment>an account&apos;s state, then what part of it cannot be reached</comment>
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
        <comment>%1: &apos;n conversations&apos;, %2: &apos;n messages&apos;, %3: the platform</comment>
        <translation>它在本地缓存的记录（%1，%2）会从这台电脑上删除，登录信息也会从钥匙串中移除。%3 上的内容不会被删除；以后可以再次添加这个账号。</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%Ln conversation(s)</source>
        <translation>
            <numerusform>%Ln 个对话</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln 条消息</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../desktop_inbox/ui/mainwindow/actions.py" line="+68" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Conversation</source>
        <translation>对话(&amp;C)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <location line="+11" />
        <source>&amp;Add account…</source>
        <translation>添加账号(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A&amp;ccounts…</source>
        <translation>账号(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Saved &amp;replies…</source>
        <translation>常用回复(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Preferences…</source>
        <translation>偏好设置(&amp;P)…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Sync now</source>
        <translation>立即同步(&amp;S)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Outbox…</source>
        <translation>发件箱(&amp;O)…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>replies waiting to go out</source>
        <translation>待发送的回复</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This &amp;conversation…</source>
        <translation>当前对话(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This customer&apos;s &amp;history…</source>
        <translation>该客户的全部往来(&amp;H)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>These &amp;search results…</source>
        <translation>当前搜索结果(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>S&amp;torage…</source>
        <translation>存储空间(&amp;T)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Back up…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Restore from a bac&amp;kup…</source>
        <translation>从备份恢复(&amp;K)…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>undo typing</source>
        <translation>撤销输入</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>redo typing</source>
        <translation>重做输入</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Select &amp;all</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Find in all messages…</source>
        <translation>在所有消息中查找(&amp;F)…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>search all messages</source>
        <translation>搜索所有消息</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Next</source>
        <translation>下一个(&amp;N)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>next conversation (or ↓)</source>
        <translation>下一个对话（或 ↓）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Previous</source>
        <translation>上一个(&amp;P)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>previous conversation (or ↑)</source>
        <translation>上一个对话（或 ↑）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>open the conversation</source>
        <translation>打开对话</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Reply</source>
        <translation>回复(&amp;R)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Send reply</source>
        <translation>发送回复</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Undo sending</source>
        <translation>撤销发送(&amp;U)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>take back the reply just sent (while “Sending in…” shows)</source>
        <translation>收回刚发出的回复（在显示“…秒后发送”期间）</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Start from a saved reply</source>
        <translation>从常用回复开始</translation>
    </message>
    <message>
        <location line="+1" />
        <source>start from a saved reply (in the composer)</source>
        <translation>从常用回复开始（在回复框中）</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Attach a picture…</source>
        <translation>添加图片…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>attach a picture to the reply (in the composer)</source>
        <translation>为回复添加图片（在回复框中）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Mark &amp;done</source>
        <translation>标为已完成(&amp;D)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Re&amp;open</source>
        <translation>重新打开(&amp;O)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Snooze for an hour</source>
        <translation>暂缓一小时</translation>
    </message>
    <message>
        <location line="+2" />
        <source>D&amp;ismiss heard post</source>
        <translation>忽略听到的帖子(&amp;I)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>dismiss a post heard by listening</source>
        <translation>忽略倾听到的帖子</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Dismiss and &amp;mute its author</source>
        <translation>忽略并屏蔽作者(&amp;M)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>dismiss a heard post and never hear its author again</source>
        <translation>忽略听到的帖子，并不再倾听其作者</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Customer &amp;timeline</source>
        <translation>客户往来记录(&amp;T)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Same &amp;person as…</source>
        <translation>与…是同一人(&amp;P)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Back to the &amp;list</source>
        <translation>返回列表(&amp;L)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>leave the composer, back to the list</source>
        <translation>离开回复框，返回列表</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Needs reply</source>
        <translation>待回复</translation>
    </message>
    <message>
        <location line="+0" />
        <source>conversations that need a reply</source>
        <translation>需要回复的对话</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Waiting on customer</source>
        <translation>等待客户</translation>
    </message>
    <message>
        <location line="+0" />
        <source>conversations waiting on the customer</source>
        <translation>等待客户回音的对话</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+0" />
        <source>conversations marked done</source>
        <translation>已标为完成的对话</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="+0" />
        <source>all conversations</source>
        <translation>所有对话</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Heard</source>
        <translation>听到的</translation>
    </message>
    <message>
        <location line="+0" />
        <source>posts heard by listening</source>
        <translation>倾听到的帖子</translation>
    </message>
    <message>
        <location line="+3" />
        <source>S&amp;idebar</source>
        <translation>侧边栏(&amp;I)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>show or hide the sidebar</source>
        <translation>显示或隐藏侧边栏</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Customer &amp;panel</source>
        <translation>客户面板(&amp;P)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>show or hide the customer panel</source>
        <translation>显示或隐藏客户面板</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Response times…</source>
        <translation>响应时间(&amp;R)…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Desktop &amp;notifications</source>
        <translation>桌面通知(&amp;N)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;About %1</source>
        <translation>关于 %1(&amp;A)</translation>
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
        <location filename="../../desktop_inbox/ui/conversation/followthrough.py" line="+94" />
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
        <comment>%1: the platform, %2: the customer&apos;s handle</comment>
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
        <comment>%1: the platform, %2: the customer&apos;s handle</comment>
        <translation>通过 %1 私信回复 %2</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../desktop_inbox/ui/application.py" line="+341" />
        <source>%1 is already open on %2, but does not answer.</source>
        <translation>%1 已经在 %2 上打开，但没有响应。</translation>
    </message>
    <message>
        <location line="+298" />
        <source>A command-line sync is running on this data folder; this window syncs when it ends.</source>
        <translation>命令行正在同步这个数据文件夹；它结束后，这个窗口再同步。</translation>
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
    <name>AttachmentBar</name>
    <message>
        <location filename="../../desktop_inbox/ui/conversation/attachments.py" line="+111" />
        <source>Pictures</source>
        <translation>图片</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Attach picture…</source>
        <translation>添加图片…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Attach a picture (or drop one here, or paste it); describe it before sending</source>
        <translation>添加图片（也可以拖到这里或粘贴）；发送前请为它写上描述</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Attach picture</source>
        <translation>添加图片</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Picture problem</source>
        <translation>图片问题</translation>
    </message>
    <message>
        <location line="+23" />
        <source>No pictures on this platform.</source>
        <translation>此平台不支持图片。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>A picture is still being checked.</source>
        <translation>还有图片正在检查。</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Attach pictures</source>
        <translation>添加图片</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Pictures (%1)</source>
        <translation>图片 (%1)</translation>
    </message>
    <message>
        <location line="+42" />
        <source>The picture could not be attached.</source>
        <translation>无法添加这张图片。</translation>
    </message>
    <message>
        <location line="+59" />
        <source>Only picture files from this computer can be attached, not web addresses.</source>
        <translation>只能添加本机上的图片文件，不能添加网址。</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../../desktop_inbox/ui/backup_actions.py" line="+53" />
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
        <location line="+5" />
        <source>Backup written: %1. Sign-ins are not in it.</source>
        <translation>备份已写入：%1。其中不含登录信息。</translation>
    </message>
    <message>
        <location line="+10" />
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
    <name>Banner</name>
    <message>
        <location filename="../../desktop_inbox/ui/conversation/banner.py" line="+36" />
        <source>info:</source>
        <translation>提示：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>warning:</source>
        <translation>注意：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>alert:</source>
        <translation>警告：</translation>
    </message>
</context>
<context>
    <name>BlueskyPage</name>
    <message>
        <location filename="../../desktop_inbox/ui/signin/bluesky.py" line="+33" />
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
    <name>Composer</name>
    <message>
        <location filename="../../desktop_inbox/ui/conversation/composer.py" line="+100" />
        <source>Write a personal reply…  (Ctrl+Enter sends, Esc goes back to the list)</source>
        <translation>写一条用心的回复…（Ctrl+Enter 发送，Esc 返回列表）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <location line="+9" />
        <location line="+4" />
        <source>Saved replies</source>
        <translation>常用回复</translation>
    </message>
    <message>
        <location line="-2" />
        <source>Start from a saved reply; it is filled in for this customer (Ctrl+Shift+S). Tab goes to the next {field} to fill.</source>
        <translation>从常用回复开始，会自动按这位客户填好（Ctrl+Shift+S）。按 Tab 跳到下一个待填项 {field}。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Add sign-off</source>
        <translation>添加署名</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Cannot send yet</source>
        <translation>暂时无法发送</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sounds canned</source>
        <translation>听起来像套话</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Personal data in public</source>
        <translation>公开回复中含个人信息</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Answer by DM</source>
        <translation>改用私信回复</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Make this reply a direct message</source>
        <translation>把这条回复改为私信</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Public note + DM</source>
        <translation>公开留言 + 私信</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Say in public that you are writing directly, and send this reply by direct message</source>
        <translation>公开说一声已私信对方，并把这条回复以私信发出</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Reminder offer</source>
        <translation>提醒建议</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sending</source>
        <translation>正在发送</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Characters used</source>
        <translation>已用字数</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Public reply</source>
        <translation>公开回复</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Direct message</source>
        <translation>私信</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reply visibility</source>
        <translation>回复可见范围</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Private matters — order numbers, addresses — belong in a direct message.</source>
        <translation>私人信息（订单号、地址等）请用私信发送。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Send reply</source>
        <translation>发送回复</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Composer status</source>
        <translation>回复状态</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Time left to answer</source>
        <translation>剩余回复时间</translation>
    </message>
    <message>
        <location line="+71" />
        <source>Sign off with “%1”</source>
        <translation>署名“%1”</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Draft restored.</source>
        <translation>草稿已恢复。</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Manage saved replies…</source>
        <translation>管理常用回复…</translation>
    </message>
    <message numerus="yes">
        <location line="+100" />
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n 个字符</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>No length limit.</source>
        <translation>没有长度限制。</translation>
    </message>
    <message>
        <location line="+19" />
        <source>{my_name} is your name, and it is empty: set it once in &lt;a href=&apos;preferences&apos;&gt;Preferences ▸ Your name&lt;/a&gt;, or type it here.</source>
        <translation>{my_name}（你的名字）还是空的：在&lt;a href=&apos;preferences&apos;&gt;偏好设置 ▸ 你的名字&lt;/a&gt;中设置一次，或直接在这里输入。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Fill in %1 first: &lt;a href=&apos;next&apos;&gt;go to it&lt;/a&gt; (Tab).</source>
        <translation>请先填写 %1：&lt;a href=&apos;next&apos;&gt;跳过去&lt;/a&gt;（Tab）。</translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>This reads almost like replies already sent to &lt;b&gt;%n&lt;/b&gt; other customer(s). A line written for this person makes all the difference.</source>
        <translation>
            <numerusform>这和已发给另外 &lt;b&gt;%n&lt;/b&gt; 位客户的回复几乎一样。加一句专门写给这位客户的话，效果大不相同。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10" />
        <source>Private details in a public reply: &lt;b&gt;%1&lt;/b&gt;. Take this to direct messages?</source>
        <translation>公开回复中含有私人信息：&lt;b&gt;%1&lt;/b&gt;。改用私信吗？</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The customer shared private details in public: &lt;b&gt;%1&lt;/b&gt;. Answer by direct message?</source>
        <translation>顾客在公开场合提到了私人信息：&lt;b&gt;%1&lt;/b&gt;。用私信回复吗？</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Fill in the placeholders first.</source>
        <translation>请先填写待填项。</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Too long for this platform.</source>
        <translation>超出此平台的长度限制。</translation>
    </message>
    <message>
        <location line="+26" />
        <source>&lt;b style=&apos;color:%1&apos;&gt;Cannot be answered here now:&lt;/b&gt; %2</source>
        <translation>&lt;b style=&apos;color:%1&apos;&gt;现在无法在此回复：&lt;/b&gt;%2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The time to answer here is over.</source>
        <translation>此处的回复时限已过。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Answerable for %1 more (until %2)</source>
        <translation>还可回复 %1（截至 %2）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The platform takes replies for a limited time after the customer&apos;s last message.</source>
        <translation>平台只在客户最后一条消息后的一段时间内接受回复。</translation>
    </message>
    <message>
        <location line="+55" />
        <source>Thanks {first_name}! I&apos;ve sent you a direct message.</source>
        <comment>sent to the customer</comment>
        <translation>谢谢 {first_name}！已私信你。</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Scheduled for %1 — it waits in the outbox (File ▸ Outbox: edit, move or cancel it until then).</source>
        <translation>已定于 %1 发送 — 在发件箱中等候（文件 ▸ 发件箱：在此之前可以编辑、改时间或取消）。</translation>
    </message>
    <message numerus="yes">
        <location line="+19" />
        <source>Sending in %n s…</source>
        <translation>
            <numerusform>%n 秒后发送…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9" />
        <source>Not sent — the reply is back in the editor.</source>
        <translation>未发送 — 回复已放回编辑框。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Sent at %1.</source>
        <translation>已于 %1 发送。</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Sent.</source>
        <translation>已发送。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Send (Ctrl+Enter). The reply waits in the outbox while you are offline.</source>
        <translation>发送（Ctrl+Enter）。离线时回复会在发件箱中等候。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Reply queued — it goes out as soon as the account is online.</source>
        <translation>回复已排队 — 账号一上线就会发出。</translation>
    </message>
</context>
<context>
    <name>ConnectionLabel</name>
    <message>
        <location filename="../../desktop_inbox/ui/statusbar/connection.py" line="+17" />
        <source>Connection</source>
        <translation>连接</translation>
    </message>
</context>
<context>
    <name>ConversationHeader</name>
    <message>
        <location filename="../../desktop_inbox/ui/conversation/header.py" line="+32" />
        <source>Conversation</source>
        <translation>对话</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+89" />
        <source>Mark done</source>
        <translation>标为已完成</translation>
    </message>
    <message>
        <location line="-88" />
        <source>Mark done (E) — a new message from the customer reopens it</source>
        <translation>标为已完成（E）— 客户发来新消息时会重新打开</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Dismiss</source>
        <translation>忽略</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Put this heard post away for good (X)</source>
        <translation>永久忽略这条听到的帖子（X）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Dismiss &amp;&amp; mute author</source>
        <translation>忽略并屏蔽作者</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dismiss it and never hear its author again on this account (Shift+X)</source>
        <translation>忽略它，并在此账号上不再倾听这位作者（Shift+X）</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+2" />
        <source>Follow up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location line="-1" />
        <source>Bring this conversation back if the customer has not written by then</source>
        <translation>如果到时客户还没有回音，就把这个对话重新提出来</translation>
    </message>
    <message>
        <location line="+30" />
        <source>The team server is unreachable: this waits until it is back (replies still go out then).</source>
        <translation>团队服务器无法连接：此操作要等它恢复后才能进行（回复也会在那时发出）。</translation>
    </message>
    <message>
        <location line="+21" />
        <source>direct messages on %1 with %2</source>
        <translation>%1 私信，账号 %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>public thread on %1 with %2</source>
        <translation>%1 公开帖子，账号 %2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&lt;b style=&apos;color:%1&apos;&gt;needs a reply&lt;/b&gt; · waiting %2</source>
        <translation>&lt;b style=&apos;color:%1&apos;&gt;待回复&lt;/b&gt; · 已等待 %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>waiting on the customer</source>
        <translation>等待客户</translation>
    </message>
    <message>
        <location line="+1" />
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+1" />
        <source>snoozed until %1</source>
        <translation>暂缓至 %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>snoozed</source>
        <translation>已暂缓</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&lt;b style=&apos;color:%1&apos;&gt;heard&lt;/b&gt; by listening — not addressed to you; answer in public or dismiss it</source>
        <translation>&lt;b style=&apos;color:%1&apos;&gt;倾听到的&lt;/b&gt;帖子 — 并非发给你；可以公开回复，或忽略它</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 (X may refuse: self-serve apps may reply only to posts that mention you)</source>
        <translation>%1（X 可能拒绝：自助开发者应用只能回复提及你的帖子）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>began as a heard post</source>
        <translation>始于一条听到的帖子</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&lt;b style=&apos;color:%1&apos;&gt;follow-up&lt;/b&gt;: no answer by %2</source>
        <translation>&lt;b style=&apos;color:%1&apos;&gt;跟进提醒&lt;/b&gt;：到 %2 仍未回复</translation>
    </message>
    <message>
        <location line="+2" />
        <source>back on %1 if no answer</source>
        <translation>如未回复，%1 重新提出</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message>
        <location filename="../../desktop_inbox/ui/conversation_list.py" line="+527" />
        <source>DM</source>
        <translation>私信</translation>
    </message>
    <message>
        <location line="+1" />
        <source>heard</source>
        <comment>a post heard by listening</comment>
        <translation>听到的</translation>
    </message>
    <message>
        <location line="+1" />
        <source>public</source>
        <translation>公开</translation>
    </message>
    <message>
        <location line="+7" />
        <source>↻ follow-up</source>
        <translation>↻ 跟进</translation>
    </message>
    <message>
        <location line="+53" />
        <source>wakes %1</source>
        <comment>a snoozed conversation comes back at a time</comment>
        <translation>%1 回来</translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <location line="-477" />
        <source>needs a reply</source>
        <translation>待回复</translation>
    </message>
    <message>
        <location line="+0" />
        <source>waiting on the customer</source>
        <translation>等待客户</translation>
    </message>
    <message>
        <location line="+1" />
        <source>heard by listening</source>
        <translation>倾听到的</translation>
    </message>
    <message>
        <location line="+0" />
        <source>snoozed</source>
        <translation>已暂缓</translation>
    </message>
    <message>
        <location line="+0" />
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1, waiting %2</source>
        <translation>%1，已等待 %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1, a follow-up: no answer since</source>
        <translation>%1，跟进提醒：之后一直没有回音</translation>
    </message>
    <message>
        <location line="+1" />
        <source>direct message</source>
        <translation>私信</translation>
    </message>
    <message>
        <location line="+0" />
        <source>public</source>
        <translation>公开</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 on %2, %3, %4: %5</source>
        <translation>%2 上的 %1，%3，%4：%5</translation>
    </message>
</context>
<context>
    <name>ConversationListView</name>
    <message>
        <location line="+499" />
        <source>Conversations</source>
        <translation>对话</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Customers waiting for a reply come first, the longest waiting on top.</source>
        <translation>等待回复的客户排在前面，等得最久的在最上面。</translation>
    </message>
</context>
<context>
    <name>ConversationPane</name>
    <message>
        <location filename="../../desktop_inbox/ui/conversation/pane.py" line="+341" />
        <source>Sent through the customer&apos;s other channel: it is in that conversation.</source>
        <translation>已通过客户的另一个渠道发送，可在那个对话中找到。</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Too late to undo: %1</source>
        <translation>来不及撤销：%1</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Conversation updated.</source>
        <translation>对话已更新。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Only a post heard by listening, not yet answered, can be dismissed.</source>
        <translation>只有倾听到且尚未回复的帖子才能忽略。</translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>Dismissed %n heard post(s); %1 is muted.</source>
        <translation>
            <numerusform>已忽略 %n 条听到的帖子；已屏蔽 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Dismissed %n heard post(s).</source>
        <translation>
            <numerusform>已忽略 %n 条听到的帖子。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28" />
        <source>No reminder on this conversation.</source>
        <translation>此对话没有跟进提醒。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>It comes back on %1 if the customer has not written by then.</source>
        <translation>如果到时客户还没有回音，它会在 %1 重新提出。</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Snoozed until %1.</source>
        <translation>已暂缓至 %1。</translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <location filename="../../desktop_inbox/ui/customer_panel.py" line="+51" />
        <source>☎ Call</source>
        <translation>☎ 电话</translation>
    </message>
    <message>
        <location line="+0" />
        <source>◉ Meeting</source>
        <translation>◉ 会面</translation>
    </message>
    <message>
        <location line="+2" />
        <source>needs reply</source>
        <translation>待回复</translation>
    </message>
    <message>
        <location line="+1" />
        <source>waiting</source>
        <translation>等待客户</translation>
    </message>
    <message>
        <location line="+1" />
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+1" />
        <source>snoozed</source>
        <translation>已暂缓</translation>
    </message>
    <message>
        <location line="+1" />
        <source>heard</source>
        <translation>听到的</translation>
    </message>
    <message>
        <location line="+9" />
        <source>DM</source>
        <translation>私信</translation>
    </message>
    <message>
        <location line="+0" />
        <source>public</source>
        <translation>公开</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Identities</source>
        <translation>客户的账号</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+50" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="-48" />
        <source>Add a tag…</source>
        <translation>添加标签…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add a tag</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Earlier conversations</source>
        <translation>以往对话</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Add a note about this customer…</source>
        <translation>为该客户添加备注…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add a note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Timeline</source>
        <translation>往来记录</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Everything this customer ever wrote, on every platform (T)</source>
        <translation>该客户在所有平台上写过的全部内容（T）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Same person as…</source>
        <translation>与…是同一人</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Merge identities of one person across platforms</source>
        <translation>合并同一个人在不同平台上的身份</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Log call…</source>
        <translation>记录电话…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Log a phone call or a meeting on this customer&apos;s timeline</source>
        <translation>在该客户的往来记录中记下一次电话或会面</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Conversations</source>
        <translation>对话</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Notes, calls and meetings</source>
        <translation>备注、电话和会面</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Select a conversation to see the customer&apos;s story.</source>
        <translation>选择一个对话，查看这位客户的来龙去脉。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>First contact %1 · %2 · %3</source>
        <translation>首次联系 %1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <location line="+0" />
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n 个对话</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0" />
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n 条消息</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8" />
        <source>Remove tag</source>
        <translation>移除标签</translation>
    </message>
    <message>
        <location line="+0" />
        <source>No tags yet</source>
        <translation>还没有标签</translation>
    </message>
    <message>
        <location line="+65" />
        <source>%1 %2, %3, %4: %5</source>
        <translation>%1 %2，%3，%4：%5</translation>
    </message>
    <message>
        <location line="-54" />
        <source>%1 %2 — %3</source>
        <translation>%1 %2 — %3</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+96" />
        <source>%1 · %2 · viewing</source>
        <translation>%1 · %2 · 正在查看</translation>
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
        <translation>
            <numerusform>最近 %Ln 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+88" />
        <source>%Ln customer message(s) of the last %1 days not answered yet.</source>
        <translation>
            <numerusform>最近 %1 天里还有 %Ln 条客户消息没有回复。</numerusform>
        </translation>
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
        <translation>
            <numerusform>个对话正在等待</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>customer message(s) answered in %1 days</source>
        <comment>%1: 30 or 90</comment>
        <translation>
            <numerusform>条客户消息在 %1 天内已回复</numerusform>
        </translation>
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
        <comment>a platform&apos;s direct messages</comment>
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
        <location filename="../../desktop_inbox/ui/style.py" line="+46" />
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
        <source>Your name or your shop&apos;s, as customers see it</source>
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
    <name>Errors</name>
    <message>
        <location filename="../../desktop_inbox/connectors/bluesky/chat.py" line="+69" />
        <location line="+175" />
        <source>Bluesky chat sent a conversation we cannot read.</source>
        <translation>Bluesky 私信发来了一段无法读取的对话。</translation>
    </message>
    <message>
        <location line="-161" />
        <source>not a one-to-one conversation</source>
        <translation>不是一对一的对话</translation>
    </message>
    <message>
        <location line="+14" />
        <source>message is not an object</source>
        <translation>消息不是一个对象</translation>
    </message>
    <message>
        <location line="+9" />
        <location filename="../../desktop_inbox/connectors/meta/parse.py" line="+137" />
        <source>unreadable message: {exc}</source>
        <translation>无法读取的消息：{exc}</translation>
    </message>
    <message>
        <location line="+49" />
        <source>Bluesky chat sent a log that is not a list.</source>
        <translation>Bluesky 私信发来的日志不是列表。</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Bluesky chat sent conversations that are not a list.</source>
        <translation>Bluesky 私信发来的对话不是列表。</translation>
    </message>
    <message>
        <location line="+75" />
        <source>Bluesky chat accepted the message but sent back something we cannot read.</source>
        <translation>Bluesky 私信已接受消息，但返回的内容无法读取。</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/connectors/bluesky/connector.py" line="+141" />
        <source>Bluesky server (PDS) address</source>
        <translation>Bluesky 服务器（PDS）地址</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Bluesky chat service address</source>
        <translation>Bluesky 私信服务地址</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Bluesky sent a session without a DID.</source>
        <translation>Bluesky 发来的会话没有 DID。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Bluesky sent a profile we cannot read ({exc}).</source>
        <translation>Bluesky 发来的个人资料无法读取（{exc}）。</translation>
    </message>
    <message>
        <location line="+46" />
        <location filename="../../desktop_inbox/connectors/x/parse.py" line="+210" />
        <source>unreadable post: {exc}</source>
        <translation>无法读取的帖子：{exc}</translation>
    </message>
    <message>
        <location line="+54" />
        <source>post view is not an object</source>
        <translation>帖子视图不是一个对象</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Bluesky sent notifications that are not a list.</source>
        <translation>Bluesky 发来的通知不是列表。</translation>
    </message>
    <message>
        <location line="+110" />
        <source>Bluesky direct messages cannot carry pictures; send the reply without them.</source>
        <translation>Bluesky 私信不能附带图片；请去掉图片后发送回复。</translation>
    </message>
    <message>
        <location line="+21" />
        <source>This reply has no record key; please queue it again.</source>
        <translation>此回复没有记录键；请重新加入待发送。</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Bluesky accepted the reply but sent back something we cannot read.</source>
        <translation>Bluesky 已接受回复，但返回的内容无法读取。</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The post you answer no longer exists on Bluesky.</source>
        <translation>你要回复的帖子在 Bluesky 上已不存在。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Bluesky sent a post without a CID.</source>
        <translation>Bluesky 发来的帖子没有 CID。</translation>
    </message>
    <message>
        <location line="+47" />
        <source>The Bluesky sign-in is missing from the keyring. Please sign in again.</source>
        <translation>钥匙串中缺少 Bluesky 登录信息。请重新登录。</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/connectors/bluesky/listening.py" line="+73" />
        <source>Not heard: Bluesky&apos;s search refused {term} ({why}).</source>
        <translation>无法倾听：Bluesky 的搜索拒绝了 {term}（{why}）。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Bluesky sent search results without a list of posts.</source>
        <translation>Bluesky 发来的搜索结果没有帖子列表。</translation>
    </message>
    <message>
        <location line="+14" />
        <source>a search result has no record</source>
        <translation>某个搜索结果没有记录</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/connectors/bluesky/media.py" line="+35" />
        <source>This Bluesky attachment names no blob.</source>
        <translation>此 Bluesky 附件未指明 blob。</translation>
    </message>
    <message>
        <location line="+20" />
        <location filename="../../desktop_inbox/connectors/email/media.py" line="+30" />
        <source>The file is too big to keep.</source>
        <translation>文件太大，无法保存。</translation>
    </message>
    <message>
        <location line="+15" />
        <location filename="../../desktop_inbox/connectors/mastodon/media.py" line="+94" />
        <location filename="../../desktop_inbox/connectors/x/media.py" line="+72" />
        <source>A picture of this reply was not uploaded.</source>
        <translation>此回复中有一张图片未上传。</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/connectors/bluesky/xrpc.py" line="+72" />
        <source>Please sign in to Bluesky again with an app password.</source>
        <translation>请用应用专用密码重新登录 Bluesky。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This app password cannot read direct messages. In Bluesky, open Settings → Privacy and security → App passwords, create one with “Allow access to your direct messages”, and sign in with it.</source>
        <translation>此应用专用密码无法读取私信。请在 Bluesky 中打开 Settings → Privacy and security → App passwords，创建一个勾选“Allow access to your direct messages”的密码，并用它登录。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Bluesky has suspended this account.</source>
        <translation>Bluesky 已封停此账号。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This Bluesky account is deactivated.</source>
        <translation>此 Bluesky 账号已停用。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This account asks for an e-mail code; sign in with an app password instead.</source>
        <translation>此账号要求输入邮件验证码；请改用应用专用密码登录。</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+1" />
        <source>The post no longer exists on Bluesky.</source>
        <translation>这条帖子在 Bluesky 上已不存在。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Bluesky&apos;s copy of the account changed meanwhile; the reply will be tried again.</source>
        <translation>Bluesky 上的账号数据在此期间有变化；这条回复会再试一次。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This conversation is locked on Bluesky; no more messages can be sent to it.</source>
        <translation>此对话在 Bluesky 上已锁定；无法再发送消息。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Bluesky no longer knows this conversation (left or deleted).</source>
        <translation>Bluesky 上已没有这个对话（已退出或已删除）。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This person does not accept direct messages on Bluesky.</source>
        <translation>此人在 Bluesky 上不接受私信。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This person accepts direct messages only from accounts they follow.</source>
        <translation>此人只接受其关注的账号发来的私信。</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+1" />
        <source>This person has blocked the account, or the account blocks them.</source>
        <translation>此人屏蔽了这个账号，或这个账号屏蔽了此人。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This person is no longer on Bluesky.</source>
        <translation>此人已不在 Bluesky 上。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The message answered no longer exists.</source>
        <translation>所回复的消息已不存在。</translation>
    </message>
    <message>
        <location line="+102" />
        <source>The Bluesky sign-in in the keyring is incomplete. {sign_in_again}</source>
        <translation>钥匙串中的 Bluesky 登录信息不完整。{sign_in_again}</translation>
    </message>
    <message>
        <location line="+20" />
        <location line="+105" />
        <source>Not signed in to Bluesky. {sign_in_again}</source>
        <translation>尚未登录 Bluesky。{sign_in_again}</translation>
    </message>
    <message>
        <location line="-78" />
        <source>Bluesky sent a blob that is not a file.</source>
        <translation>Bluesky 发来的 blob 不是文件。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Bluesky took a picture but sent back no blob reference.</source>
        <translation>Bluesky 收下了图片，但没有返回 blob 引用。</translation>
    </message>
    <message>
        <location line="+21" />
        <source>{what} asked us to slow down; next try at {astimezone:%H:%M:%S}.</source>
        <translation>{what} 要求我们放慢速度；下次尝试时间 {astimezone:%H:%M:%S}。</translation>
    </message>
    <message>
        <location line="+37" />
        <location line="+59" />
        <location filename="../../desktop_inbox/connectors/http.py" line="+414" />
        <source>Cannot reach {host}: {explain}.</source>
        <translation>无法连接 {host}：{explain}。</translation>
    </message>
    <message>
        <location line="-54" />
        <location line="+63" />
        <source>The connection to {host} broke ({first_line}).</source>
        <translation>与 {host} 的连接中断（{first_line}）。</translation>
    </message>
    <message>
        <location line="-51" />
        <source>Bluesky sent an answer we cannot read ({nsid}: {exc}).</source>
        <translation>Bluesky 的响应无法读取（{nsid}：{exc}）。</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Bluesky sent an answer that is not JSON ({nsid}).</source>
        <translation>Bluesky 的响应不是 JSON（{nsid}）。</translation>
    </message>
    <message>
        <location line="+34" />
        <source>{host} did not answer in time.</source>
        <translation>{host} 未及时响应。</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Bluesky no longer accepts this sign-in ({said}). {sign_in_again}</source>
        <translation>Bluesky 不再接受此登录（{said}）。{sign_in_again}</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Bluesky asked us to slow down until {astimezone:%H:%M:%S} ({said}).</source>
        <translation>Bluesky 要求我们放慢速度，直到 {astimezone:%H:%M:%S}（{said}）。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Bluesky had a server error ({status}: {said}).</source>
        <translation>Bluesky 服务器出错（{status}：{said}）。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Bluesky refused the request ({status}: {said}).</source>
        <translation>Bluesky 拒绝了请求（{status}：{said}）。</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/connectors/email/config.py" line="+85" />
        <source>The e-mail account&apos;s settings are incomplete ({exc}); please add it again.</source>
        <translation>邮箱账号的设置不完整（{exc}）；请重新添加。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The user name is empty.</source>
        <translation>用户名为空。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{address!r} is not an e-mail address.</source>
        <translation>{address!r} 不是邮箱地址。</translation>
    </message>
    <message>
        <location line="+7" />
        <location filename="../../desktop_inbox/services/signin/email.py" line="+111" />
        <source>The {what} security is one of {join}, not {security!r}.</source>
        <translation>{what} 的安全方式应为 {join} 之一，而不是 {security!r}。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{host!r} is not a valid {what} server name.</source>
        <translation>{host!r} 不是有效的 {what} 服务器名。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The {what} port must be between 1 and 65535, not {port}.</source>
        <translation>{what} 端口必须在 1 到 65535 之间，而不是 {port}。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Security &apos;none&apos; would send the password to {host} in clear text; it is only allowed for this computer (127.0.0.1, localhost). Use tls or starttls.</source>
        <translation>安全方式 &apos;none&apos; 会把密码以明文发给 {host}；只允许用于本机（127.0.0.1、localhost）。请使用 tls 或 starttls。</translation>
    </message>
    <message>
        <location line="+158" />
        <source>Security is one of {join}, not {security!r}.</source>
        <translation>安全方式应为 {join} 之一，而不是 {security!r}。</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/connectors/email/connector.py" line="+139" />
        <source>The password for {address} is missing. Please sign in again.</source>
        <translation>缺少 {address} 的密码。请重新登录。</translation>
    </message>
    <message>
        <location line="+325" />
        <source>The message {message_id} is no longer on the server.</source>
        <translation>邮件 {message_id} 已不在服务器上。</translation>
    </message>
    <message>
        <location line="+39" />
        <source>This reply has no Message-ID yet; it must be prepared before sending.</source>
        <translation>此回复还没有 Message-ID；发送前需要先准备好。</translation>
    </message>
    <message>
        <location line="+67" />
        <source>The reply was sent but cannot be read back.</source>
        <translation>回复已发送，但无法回读。</translation>
    </message>
    <message>
        <location line="+25" />
        <source>The e-mail password is missing from the keyring. Please sign in again.</source>
        <translation>钥匙串中缺少邮箱密码。请重新登录。</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/connectors/email/idle.py" line="+25" />
        <source>The mail server ended the IDLE connection.</source>
        <translation>邮件服务器结束了 IDLE 连接。</translation>
    </message>
    <message>
        <location line="+17" />
        <source>The mail server {host} cannot push new mail (no IDLE).</source>
        <translation>邮件服务器 {host} 无法推送新邮件（不支持 IDLE）。</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The IDLE connection to the mail server was lost.</source>
        <translation>与邮件服务器的 IDLE 连接已断开。</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/connectors/email/imap.py" line="+88" />
        <source>The mail server {host} did not accept the user name or password.</source>
        <translation>邮件服务器 {host} 不接受该用户名或密码。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Cannot reach the mail server {what}.</source>
        <translation>无法连接邮件服务器 {what}。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The mail server {what} did not answer in time.</source>
        <translation>邮件服务器 {what} 未及时响应。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The connection to the mail server {what} was lost.</source>
        <translation>与邮件服务器 {what} 的连接已断开。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The mail server {host} lacks a feature we need: {exc}</source>
        <translation>邮件服务器 {host} 缺少所需的功能：{exc}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The mail server {host} refused a command: {exc}</source>
        <translation>邮件服务器 {host} 拒绝了一条命令：{exc}</translation>
    </message>
    <message>
        <location line="+18" />
        <source>The mail server {host} does not offer STARTTLS on port {port}; try security tls (port 993).</source>
        <translation>邮件服务器 {host} 在端口 {port} 上不提供 STARTTLS；请尝试安全方式 tls（端口 993）。</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/connectors/email/media.py" line="-3" />
        <source>This attachment names no part of the message.</source>
        <translation>此附件未对应邮件的任何部分。</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/connectors/email/smtp.py" line="+61" />
        <source>The mail server {host} did not accept the user name or password for sending.</source>
        <translation>邮件服务器 {host} 不接受用于发信的用户名或密码。</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Cannot reach the mail server {label}.</source>
        <translation>无法连接邮件服务器 {label}。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The mail server {label} cannot do this: {message}</source>
        <translation>邮件服务器 {label} 无法执行此操作：{message}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The mail server {label} did not answer in time.</source>
        <translation>邮件服务器 {label} 未及时响应。</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+60" />
        <source>The connection to the mail server {label} was lost.</source>
        <translation>与邮件服务器 {label} 的连接已断开。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The mail server {label} did not confirm the message; it may have been sent.</source>
        <translation>邮件服务器 {label} 没有确认该邮件；它可能已经发出。</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/connectors/http.py" line="-374" />
        <source>server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <location line="+23" />
        <location filename="../../desktop_inbox/text/listening.py" line="+34" />
        <source>The {what} is empty.</source>
        <translation>“{what}”为空。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The {what} must be a web address starting with https://, not {group}:.</source>
        <translation>“{what}”必须是以 https:// 开头的网址，而不是 {group}:。</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The {what} must start with https:// (got {scheme}://).</source>
        <translation>“{what}”必须以 https:// 开头（收到的是 {scheme}://）。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{raw!r} is not a valid {what}.</source>
        <translation>{raw!r} 不是有效的“{what}”。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The {what} must use https://; plain http:// is only allowed for this computer (127.0.0.1).</source>
        <translation>“{what}”必须使用 https://；普通 http:// 只允许用于本机（127.0.0.1）。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The {what} must not contain a user name or password.</source>
        <translation>“{what}”不能包含用户名或密码。</translation>
    </message>
    <message>
        <location line="+168" />
        <source>{platform_name} asked us to slow down; next try at {astimezone:%H:%M:%S}.</source>
        <translation>{platform_name} 要求我们放慢速度；下次尝试时间 {astimezone:%H:%M:%S}。</translation>
    </message>
    <message>
        <location line="+135" />
        <source>{host} did not answer in time ({reason}).</source>
        <translation>{host} 未及时响应（{reason}）。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The connection to {host} broke ({reason}).</source>
        <translation>与 {host} 的连接中断（{reason}）。</translation>
    </message>
    <message>
        <location line="-86" />
        <source>{platform_name} sent a response that is not valid JSON ({method} {path}).</source>
        <translation>{platform_name} 的响应不是有效的 JSON（{method} {path}）。</translation>
    </message>
    <message>
        <location line="+34" />
        <source>{name} no longer accepts this sign-in ({reason}). Please sign in again.</source>
        <translation>{name} 不再接受此登录（{reason}）。请重新登录。</translation>
    </message>
    <message>
        <location line="+15" />
        <source>{name} asked us to slow down ({reason}).</source>
        <translation>{name} 要求我们放慢速度（{reason}）。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{name} had a server error ({status}: {reason}).</source>
        <translation>{name} 服务器出错（{status}：{reason}）。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>{name} redirected the request elsewhere ({status}); is the server address right?</source>
        <translation>{name} 把请求重定向到了别处（{status}）；服务器地址正确吗？</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{name} refused the request ({status}: {reason}).</source>
        <translation>{name} 拒绝了请求（{status}：{reason}）。</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/connectors/instagram/connector.py" line="+53" />
        <source>Instagram API address</source>
        <translation>Instagram API 地址</translation>
    </message>
    <message>
        <location line="+45" />
        <source>Instagram sent an account we cannot read ({exc}).</source>
        <translation>Instagram 发来的账号信息无法读取（{exc}）。</translation>
    </message>
    <message>
        <location line="+97" />
        <source>Instagram cannot answer a post you were tagged in privately; answer it publicly.</source>
        <translation>Instagram 不允许私下回复你被标记的帖子；请公开回复。</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/connectors/instagram/media.py" line="+92" />
        <source>unreadable tagged post: {exc}</source>
        <translation>无法读取的标记帖子：{exc}</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/connectors/mastodon/auth.py" line="+31" />
        <location filename="../../desktop_inbox/connectors/mastodon/connector.py" line="+154" />
        <location filename="../../desktop_inbox/services/signin/mastodon.py" line="+15" />
        <source>Mastodon server address</source>
        <translation>Mastodon 服务器地址</translation>
    </message>
    <message>
        <location line="+25" />
        <source>{base_url} does not look like a Mastodon server (registering the app failed: {exc}).</source>
        <translation>{base_url} 看起来不是 Mastodon 服务器（注册应用失败：{exc}）。</translation>
    </message>
    <message>
        <location line="+42" />
        <source>Mastodon did not accept the sign-in code ({exc}).</source>
        <translation>Mastodon 不接受该登录码（{exc}）。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Mastodon sent no access token.</source>
        <translation>Mastodon 没有发来访问令牌。</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/connectors/mastodon/connector.py" line="+21" />
        <source>Mastodon sent an unexpected answer to verify_credentials.</source>
        <translation>Mastodon 对 verify_credentials 的响应出乎意料。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Mastodon sent an account we cannot read ({exc}).</source>
        <translation>Mastodon 发来的账号信息无法读取（{exc}）。</translation>
    </message>
    <message>
        <location line="+87" />
        <source>status is not an object</source>
        <translation>帖子不是一个对象</translation>
    </message>
    <message>
        <location line="+8" />
        <source>unreadable status: {exc}</source>
        <translation>无法读取的帖子：{exc}</translation>
    </message>
    <message>
        <location line="+154" />
        <source>Mastodon sent notifications that are not a list.</source>
        <translation>Mastodon 发来的通知不是列表。</translation>
    </message>
    <message>
        <location line="+68" />
        <source>Mastodon sent statuses that are not a list.</source>
        <translation>Mastodon 发来的帖子不是列表。</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Mastodon sent conversations that are not a list.</source>
        <translation>Mastodon 发来的对话不是列表。</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Mastodon sent a thread that is not an object.</source>
        <translation>Mastodon 发来的会话串不是一个对象。</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Mastodon accepted the reply but sent back something we cannot read.</source>
        <translation>Mastodon 已接受回复，但返回的内容无法读取。</translation>
    </message>
    <message>
        <location line="+142" />
        <source>The Mastodon sign-in is missing from the keyring. Please sign in again.</source>
        <translation>钥匙串中缺少 Mastodon 登录信息。请重新登录。</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/connectors/mastodon/listening.py" line="+85" />
        <source>Not heard: {host} does not let this account read its hashtag timelines ({why}).</source>
        <translation>无法倾听：{host} 不允许此账号读取话题标签时间线（{why}）。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Mastodon sent a hashtag timeline that is not a list.</source>
        <translation>Mastodon 发来的话题标签时间线不是列表。</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Mastodon sent search results without a list of statuses.</source>
        <translation>Mastodon 发来的搜索结果没有帖子列表。</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Not heard: {host} offers no full-text search of posts, so words and phrases cannot be heard there (most Mastodon servers don&apos;t). Listen for #hashtags instead.</source>
        <translation>无法倾听：{host} 不提供帖子全文搜索，因此在那里无法倾听词语和短语（大多数 Mastodon 服务器都不提供）。请改为倾听 #话题标签。</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/connectors/mastodon/media.py" line="-23" />
        <source>Mastodon accepted a picture but sent back something we cannot read.</source>
        <translation>Mastodon 已接受图片，但返回的内容无法读取。</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Mastodon is still processing the picture; the reply goes out once it is ready.</source>
        <translation>Mastodon 仍在处理图片；图片就绪后回复就会发出。</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/connectors/media.py" line="+46" />
        <source>The media address is not valid.</source>
        <translation>媒体地址无效。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Media is fetched over https only (not {value}).</source>
        <translation>媒体只通过 https 获取（不接受 {value}）。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A media address with a user name is refused.</source>
        <translation>带用户名的媒体地址会被拒绝。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{host} is not one of the platform&apos;s media hosts; the file was not fetched.</source>
        <translation>{host} 不是该平台的媒体主机；未获取该文件。</translation>
    </message>
    <message>
        <location line="+32" />
        <source>The file is too big to keep ({n} MB).</source>
        <translation>文件太大，无法保存（{n} MB）。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The file is too big to keep (over {n} MB).</source>
        <translation>文件太大，无法保存（超过 {n} MB）。</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+8" />
        <source>Cannot reach {host} for a media file.</source>
        <translation>无法连接 {host} 获取媒体文件。</translation>
    </message>
    <message>
        <location line="-5" />
        <source>Fetching a media file from {host} failed ({name}).</source>
        <translation>从 {host} 获取媒体文件失败（{name}）。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The media host redirected too many times.</source>
        <translation>媒体主机重定向次数过多。</translation>
    </message>
    <message>
        <location line="+15" />
        <source>{host} asked us to slow down fetching media.</source>
        <translation>{host} 要求我们放慢获取媒体的速度。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{host} had a server error ({status}) sending a media file.</source>
        <translation>{host} 发送媒体文件时服务器出错（{status}）。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{host} refused the media file ({status}).</source>
        <translation>{host} 拒绝提供该媒体文件（{status}）。</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/connectors/messenger/connector.py" line="+46" />
        <source>Facebook Graph API address</source>
        <translation>Facebook Graph API 地址</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The Page ID is a number: find it on your Page under About &gt; Page transparency, or in the Messenger settings of your Meta app.</source>
        <translation>主页编号是一个数字：可以在你的主页 About &gt; Page transparency 中找到，或在你的 Meta 应用的 Messenger 设置中找到。</translation>
    </message>
    <message>
        <location line="+50" />
        <source>Facebook sent a Page we cannot read ({exc}).</source>
        <translation>Facebook 发来的主页信息无法读取（{exc}）。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>This token belongs to {value} ({page_id}), not to Page {page_id2}. Generate a Page access token for the right Page in your Meta app&apos;s Messenger settings.</source>
        <translation>此令牌属于 {value}（{page_id}），不属于主页 {page_id2}。请在你的 Meta 应用的 Messenger 设置中为正确的主页生成访问令牌。</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/connectors/meta/comments.py" line="+66" />
        <source>unreadable comment: {exc}</source>
        <translation>无法读取的评论：{exc}</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/connectors/meta/connector.py" line="+219" />
        <source>Pictures cannot be attached to {name} replies yet; send the reply without them.</source>
        <translation>暂时还不能在 {name} 回复中附加图片；请去掉图片后发送。</translation>
    </message>
    <message>
        <location line="+26" />
        <source>The reply waited too long: {name} takes answers only within {value} of the customer&apos;s last message, and that time has passed. It was not sent.</source>
        <translation>回复等得太久了：{name} 只接受客户最后一条消息后 {value} 内的回复，这段时间已过。回复未发送。</translation>
    </message>
    <message>
        <location line="+44" />
        <source>{name} accepted the reply but sent back no id.</source>
        <translation>{name} 已接受回复，但没有返回编号。</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/connectors/meta/errors.py" line="+108" />
        <source>{name} no longer accepts the token ({why}). Generate a new token in your Meta app&apos;s dashboard and add the account again (desktop-inbox accounts add {platform} …).</source>
        <translation>{name} 不再接受该令牌（{why}）。请在你的 Meta 应用控制台生成新令牌，然后重新添加账号（desktop-inbox accounts add {platform} …）。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Meta limits how often your app may call {name} ({reason}); Desktop Inbox waits until {astimezone:%H:%M} before it tries again.</source>
        <translation>Meta 限制了你的应用调用 {name} 的频率（{reason}）；Desktop Inbox 会等到 {astimezone:%H:%M} 再试。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>{name} refused the message: it is outside the time Meta allows for answers (24 hours after the customer&apos;s last message; 7 days with the Human Agent feature). Wait until they write again.</source>
        <translation>{name} 拒绝了这条消息：已超出 Meta 允许的回复时间（客户最后一条消息后 24 小时；开通 Human Agent 功能为 7 天）。请等客户再次来信。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>{name} says this person isn&apos;t available right now (they may have blocked the account or closed theirs).</source>
        <translation>{name} 表示此人目前无法联系（对方可能屏蔽了该账号，或注销了自己的账号）。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>{name} had a temporary problem ({reason}).</source>
        <translation>{name} 出现了临时问题（{reason}）。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{name} knows no such person ({reason}).</source>
        <translation>{name} 找不到此人（{reason}）。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{name} refused the request ({reason}).</source>
        <translation>{name} 拒绝了请求（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/connectors/meta/graph.py" line="+124" />
        <source>Your Meta app has used {percent:.0f}% of what Meta allows; Desktop Inbox waits until {astimezone:%H:%M} before it calls {platform_name} again.</source>
        <translation>你的 Meta 应用已用掉 Meta 允许额度的 {percent:.0f}%；Desktop Inbox 会等到 {astimezone:%H:%M} 再调用 {platform_name}。</translation>
    </message>
    <message>
        <location line="+19" />
        <source>{platform_name} sent an answer that is not a JSON object.</source>
        <translation>{platform_name} 的响应不是 JSON 对象。</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/connectors/meta/tokens.py" line="+70" />
        <source>The {what} sign-in in the keyring is incomplete. Please add the account again.</source>
        <translation>钥匙串中的 {what} 登录信息不完整。请重新添加账号。</translation>
    </message>
    <message>
        <location line="+56" />
        <source>The Instagram token expired and could not be renewed ({exc}). Generate a new token in your Meta app&apos;s dashboard and add the account again.</source>
        <translation>Instagram 令牌已过期且无法续期（{exc}）。请在你的 Meta 应用控制台生成新令牌，然后重新添加账号。</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Instagram renewed the token but sent none back.</source>
        <translation>Instagram 续期了令牌，但没有返回新令牌。</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/connectors/oauth.py" line="+86" />
        <source>The sign-in was not finished in the browser in time.</source>
        <translation>未能及时在浏览器中完成登录。</translation>
    </message>
    <message>
        <location line="+57" />
        <source>The sign-in was refused: {error}</source>
        <translation>登录被拒绝：{error}</translation>
    </message>
    <message>
        <location line="+25" />
        <source>No authorisation code was given.</source>
        <translation>未提供授权码。</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/connectors/x/api.py" line="+137" />
        <source>X&apos;s limit for this kind of request is used up; next try at {astimezone:%H:%M:%S}.</source>
        <translation>X 对这类请求的限额已用完；下次尝试时间 {astimezone:%H:%M:%S}。</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Your X API usage cap is reached ({detail}). Add credits or raise the cap for your app in the X developer portal ({developer_portal}); Desktop Inbox tries again at {astimezone:%H:%M}.</source>
        <translation>你的 X API 用量已达上限（{detail}）。请在 X 开发者门户（{developer_portal}）为应用充值或提高上限；Desktop Inbox 会在 {astimezone:%H:%M} 再试。</translation>
    </message>
    <message>
        <location line="+18" />
        <source>X refused your developer app: {why} ({detail}). In the X developer portal ({developer_portal}) put the app inside a Project and make sure the account has API access (pay-per-use credits or a Basic/Pro plan), then sync again.</source>
        <translation>X 拒绝了你的开发者应用：{why}（{detail}）。请在 X 开发者门户（{developer_portal}）把应用放进一个 Project，并确认账号有 API 权限（按量付费额度或 Basic/Pro 套餐），然后重新同步。</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/connectors/x/auth.py" line="+41" />
        <source>X API address</source>
        <translation>X API 地址</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The X client ID is missing or malformed: copy it from your app&apos;s &apos;Keys and tokens&apos; page.</source>
        <translation>X 的 Client ID 缺失或格式不对：请从应用的 &apos;Keys and tokens&apos; 页面复制。</translation>
    </message>
    <message>
        <location line="+28" />
        <source>The X sign-in in the keyring is incomplete. Please sign in again.</source>
        <translation>钥匙串中的 X 登录信息不完整。请重新登录。</translation>
    </message>
    <message>
        <location line="+17" />
        <source>X sent a token answer we cannot read.</source>
        <translation>X 返回的令牌响应无法读取。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>X sent no access token.</source>
        <translation>X 没有发来访问令牌。</translation>
    </message>
    <message>
        <location line="+57" />
        <source>X no longer accepts this sign-in (the access token expired). Please sign in again.</source>
        <translation>X 不再接受此登录（访问令牌已过期）。请重新登录。</translation>
    </message>
    <message>
        <location line="+17" />
        <source>X no longer accepts this sign-in ({exc}). Please sign in again.</source>
        <translation>X 不再接受此登录（{exc}）。请重新登录。</translation>
    </message>
    <message>
        <location line="+61" />
        <source>X did not accept the sign-in ({exc}). Check the client ID, and that your X app is of type &apos;Native App&apos; with the callback URL {redirect_uri} exactly.</source>
        <translation>X 不接受此登录（{exc}）。请检查 Client ID，并确认你的 X 应用类型为 &apos;Native App&apos;，回调地址完全是 {redirect_uri}。</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/connectors/x/connector.py" line="+180" />
        <source>X sent an answer that is not a JSON object ({method} {split}).</source>
        <translation>X 的响应不是 JSON 对象（{method} {split}）。</translation>
    </message>
    <message>
        <location line="+38" />
        <source>X allows only a few direct-message reads per 15 minutes; next check at {astimezone:%H:%M:%S}.</source>
        <translation>X 每 15 分钟只允许读取几次私信；下次检查时间 {astimezone:%H:%M:%S}。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>X sent an account we cannot read ({exc}).</source>
        <translation>X 发来的账号信息无法读取（{exc}）。</translation>
    </message>
    <message>
        <location line="+228" />
        <source>The reply is {weighted} characters the way X counts them (links 23, emoji and CJK 2); X allows {limit}. Shorten it and send again.</source>
        <translation>按 X 的计数方式（链接算 23，表情和中日韩文字算 2），这条回复有 {weighted} 个字符；X 最多允许 {limit} 个。请缩短后重新发送。</translation>
    </message>
    <message>
        <location line="+13" />
        <source>X refused the reply because the same text was posted recently. Change the wording and send again.</source>
        <translation>X 拒绝了这条回复，因为最近发过相同的文字。请换个说法后重新发送。</translation>
    </message>
    <message>
        <location line="+60" />
        <source>X refused the reply ({detail}).</source>
        <translation>X 拒绝了这条回复（{detail}）。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>X accepted the reply but sent back something we cannot read.</source>
        <translation>X 已接受回复，但返回的内容无法读取。</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/connectors/x/media.py" line="-10" />
        <source>X took a picture but sent back no media id.</source>
        <translation>X 收下了图片，但没有返回媒体编号。</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/connectors/x/parse.py" line="-6" />
        <source>post is not an object</source>
        <translation>帖子不是一个对象</translation>
    </message>
    <message>
        <location line="+87" />
        <source>direct message is not an object</source>
        <translation>私信不是一个对象</translation>
    </message>
    <message>
        <location line="+33" />
        <source>unreadable direct message: {exc}</source>
        <translation>无法读取的私信：{exc}</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/paths.py" line="+34" />
        <source>{path} is a file, not a folder: the data folder must be a folder.</source>
        <translation>{path} 是文件而不是文件夹：数据文件夹必须是文件夹。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>{path} cannot be used as the data folder ({value}).</source>
        <translation>{path} 不能用作数据文件夹（{value}）。</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/secrets.py" line="+110" />
        <source>No secure keyring is available, so the sign-in cannot be stored. On Linux, install and unlock a Secret Service keyring (GNOME Keyring or KWallet); on macOS and Windows the system keychain is used. Desktop Inbox never stores tokens in plain text.</source>
        <translation>没有可用的安全钥匙串，无法保存登录信息。在 Linux 上，请安装并解锁一个 Secret Service 钥匙串（GNOME Keyring 或 KWallet）；在 macOS 和 Windows 上会使用系统钥匙串。Desktop Inbox 从不以明文保存令牌。</translation>
    </message>
    <message>
        <location line="+61" />
        <source>The keyring refused to store the sign-in ({name}).</source>
        <translation>钥匙串拒绝保存登录信息（{name}）。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The keyring could not be read ({name}).</source>
        <translation>无法读取钥匙串（{name}）。</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/services/accounts.py" line="+41" />
        <source>History depth is one of {join}, not {choice!r}.</source>
        <translation>历史深度应为 {join} 之一，而不是 {choice!r}。</translation>
    </message>
    <message>
        <location line="+85" />
        <source>No access token was given.</source>
        <translation>未提供访问令牌。</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/services/attachments.py" line="+51" />
        <location filename="../../desktop_inbox/sync/media.py" line="+85" />
        <source>This attachment cannot be fetched (it was listed by an older version).</source>
        <translation>无法获取此附件（它是由旧版本记录的）。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Only e-mail attachments are fetched on request.</source>
        <translation>只有邮件附件可以按需获取。</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/services/backup.py" line="+63" />
        <source>This inbox is the team&apos;s database: back it up on its server (pg_dump); backup copies a local cache.</source>
        <translation>这个收件箱是团队的数据库：请在它的服务器上备份（pg_dump）；备份功能只复制本地缓存。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <location line="+73" />
        <source>Desktop Inbox is open on this data folder: quit it first, then {what}.</source>
        <translation>Desktop Inbox 正在使用这个数据文件夹：请先退出它，然后再{what}。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>A sync is running on this data folder: stop it first, then {what}.</source>
        <translation>这个数据文件夹正在同步：请先停止同步，然后再{what}。</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/services/checks.py" line="+62" />
        <source>Fill in {fields} first.</source>
        <translation>请先填写 {fields}。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The reply is {length} characters as {name} counts them; {name} takes {limit} here.</source>
        <translation>按 {name} 的计数方式，这条回复有 {length} 个字符；{name} 在这里最多接受 {limit} 个。</translation>
    </message>
    <message>
        <location line="+14" />
        <source>This public reply shows personal data — {found}: answer by direct message, or send it publicly anyway.</source>
        <translation>这条公开回复含有个人信息 — {found}：请改用私信回复，或坚持公开发送。</translation>
    </message>
    <message>
        <location line="+27" />
        <source>e-mail address</source>
        <translation>邮箱地址</translation>
    </message>
    <message>
        <location line="+1" />
        <source>phone number</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <location line="+1" />
        <source>order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location line="+1" />
        <source>card number</source>
        <translation>卡号</translation>
    </message>
    <message>
        <location line="+1" />
        <source>street address</source>
        <translation>街道地址</translation>
    </message>
    <message>
        <location line="+92" />
        <source>{platform} replies cannot carry pictures.</source>
        <translation>{platform} 回复不能附带图片。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{platform} takes one picture per reply here.</source>
        <translation>{platform} 在这里每条回复只接受一张图片。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{platform} takes at most {n} pictures per reply here.</source>
        <translation>{platform} 在这里每条回复最多接受 {n} 张图片。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{picture}: {platform} takes {kinds} pictures only.</source>
        <translation>{picture}：{platform} 只接受 {kinds} 图片。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{picture} is {size}; {platform} takes pictures up to {limit}.</source>
        <translation>{picture} 大小为 {size}；{platform} 接受的图片最大为 {limit}。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Describe {picture} before sending (alt text): customers who cannot see it read it.</source>
        <translation>发送前请描述 {picture}（替代文字）：看不到图片的客户会读到它。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The description of {picture} is {length} characters; {platform} takes {limit}.</source>
        <translation>{picture} 的描述有 {length} 个字符；{platform} 最多接受 {limit} 个。</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/services/destination.py" line="+25" />
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+13" />
        <source>{path} cannot be used as a file name ({exc}).</source>
        <translation>{path} 不能用作文件名（{exc}）。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{dest} is inside the data folder ({folder}), where the cache, its backups and logs live; choose a place outside it for the {what}.</source>
        <translation>{dest} 位于数据文件夹（{folder}）内，那里存放着本地缓存、备份和日志；请为{what}选择该文件夹以外的位置。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>{dest} is a folder; give a file name for the {what}.</source>
        <translation>{dest} 是文件夹；请为{what}指定一个文件名。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{dest} is not a regular file (a device, pipe or socket); give a file name for the {what}.</source>
        <translation>{dest} 不是普通文件（而是设备、管道或套接字）；请为{what}指定一个文件名。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The folder {parent} does not exist; create it first or choose another place.</source>
        <translation>文件夹 {parent} 不存在；请先创建它，或选择其他位置。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{parent} is a file, not a folder; choose another place for the {what}.</source>
        <translation>{parent} 是文件而不是文件夹；请为{what}选择其他位置。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{dest} already exists; choose another name, or replace it (--force).</source>
        <translation>{dest} 已存在；请换个名字，或替换它（--force）。</translation>
    </message>
    <message>
        <location line="+26" />
        <source>The disk is full: {dest} was not written (nothing was changed there).</source>
        <translation>磁盘已满：{dest} 未写入（那里没有任何改动）。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{dest} could not be written: {reason}. Nothing was changed there.</source>
        <translation>无法写入 {dest}：{reason}。那里没有任何改动。</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/services/encryption.py" line="+105" />
        <source>The converted cache failed its check ({problem}); the cache was not changed.</source>
        <translation>转换后的本地缓存未通过检查（{problem}）；本地缓存未被修改。</translation>
    </message>
    <message>
        <location line="+15" />
        <source>There is no cache in this data folder yet.</source>
        <translation>这个数据文件夹里还没有本地缓存。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The converted cache does not match ({before} vs {after}); the cache was not changed.</source>
        <translation>转换后的本地缓存不一致（{before} 对 {after}）；本地缓存未被修改。</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Encryption needs SQLCipher: pip install sqlcipher3 (or &apos;desktop-inbox[encryption]&apos;).</source>
        <translation>加密需要 SQLCipher：pip install sqlcipher3（或 &apos;desktop-inbox[encryption]&apos;）。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The cache is already encrypted.</source>
        <translation>本地缓存已经加密。</translation>
    </message>
    <message>
        <location line="+17" />
        <source>The cache is not encrypted.</source>
        <translation>本地缓存未加密。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The cache key is not in this keyring, so the cache cannot be decrypted.</source>
        <translation>这个钥匙串里没有本地缓存的密钥，因此无法解密。</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/services/export.py" line="+81" />
        <source>The search is empty.</source>
        <translation>搜索内容为空。</translation>
    </message>
    <message>
        <location line="+54" />
        <source>This is not a Desktop Inbox export.</source>
        <translation>这不是 Desktop Inbox 的导出文件。</translation>
    </message>
    <message>
        <location line="+167" />
        <source>The format is one of {join}, not {fmt!r}.</source>
        <translation>格式应为 {join} 之一，而不是 {fmt!r}。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>PDF export is not available here; choose html, json or csv.</source>
        <translation>这里无法导出 PDF；请选择 html、json 或 csv。</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+23" />
        <source>export</source>
        <translation>导出文件</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Export one thing: a customer, a conversation or a search.</source>
        <translation>每次只导出一项：一位客户、一个对话或一次搜索。</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/services/listening.py" line="+59" />
        <source>No account can listen: add a Mastodon, Bluesky or X account first.</source>
        <translation>没有可以倾听的账号：请先添加 Mastodon、Bluesky 或 X 账号。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Several accounts can listen; say which with --account ID: {choices}.</source>
        <translation>有多个账号可以倾听；请用 --account ID 指定：{choices}。</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/services/media.py" line="+77" />
        <source>There is no file {source}.</source>
        <translation>没有文件 {source}。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{name} is {n} MB: far too big for a picture in a reply.</source>
        <translation>{name} 有 {n} MB：作为回复中的图片太大了。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>{name} cannot be read ({value}).</source>
        <translation>无法读取 {name}（{value}）。</translation>
    </message>
    <message>
        <location line="+14" />
        <source>{name} is far too big for a picture in a reply.</source>
        <translation>{name} 作为回复中的图片太大了。</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/services/message_requests.py" line="+36" />
        <source>This conversation is not a message request (any more).</source>
        <translation>这个对话（已）不是消息请求。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Only Bluesky chat requests can be accepted.</source>
        <translation>只有 Bluesky 私信请求可以接受。</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/services/replies.py" line="+228" />
        <location filename="../../desktop_inbox/store/outbox.py" line="+194" />
        <source>Send at a time in the future, not {astimezone:%Y-%m-%d %H:%M}.</source>
        <translation>请选择将来的发送时间，而不是 {astimezone:%Y-%m-%d %H:%M}。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>A public hand-off goes with a reply in the same conversation, not through another channel.</source>
        <translation>公开转交要随同一对话中的回复一起发出，不能走其他渠道。</translation>
    </message>
    <message>
        <location line="+108" />
        <source>Identity {identity_id} is not one through which this customer can be reached (see: contacts show {contact_id} --json).</source>
        <translation>身份 {identity_id} 无法用来联系这位客户（参见：contacts show {contact_id} --json）。</translation>
    </message>
    <message>
        <location line="+15" />
        <source>{platform_name} cannot start a direct message with {handle}.</source>
        <translation>{platform_name} 无法向 {handle} 发起私信。</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/services/schedule.py" line="+46" />
        <source>There is no time zone called {name!r} (e.g. Europe/Athens, America/New_York).</source>
        <translation>没有名为 {name!r} 的时区（例如 Europe/Athens、America/New_York）。</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Working days are one or more days of the week.</source>
        <translation>工作日须为一周中的一天或几天。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The working day ends after it starts.</source>
        <translation>工作日的结束时间须晚于开始时间。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Working hours are times like 09:00, not {start!r} to {end!r}.</source>
        <translation>营业时间应为 09:00 这样的时间，而不是 {start!r} 到 {end!r}。</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/services/signin/bluesky.py" line="+42" />
        <source>{strip!r} is not a Bluesky handle (like shop.bsky.social).</source>
        <translation>{strip!r} 不是 Bluesky 用户名（例如 shop.bsky.social）。</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Could not look up {handle} ({name}). Check the network, or give the server address.</source>
        <translation>无法查找 {handle}（{name}）。请检查网络，或填写服务器地址。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Bluesky does not know the handle {handle}. Check its spelling, or give the server address.</source>
        <translation>Bluesky 找不到用户名 {handle}。请检查拼写，或填写服务器地址。</translation>
    </message>
    <message>
        <location line="+40" />
        <source>No app password was given.</source>
        <translation>未提供应用专用密码。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Bluesky server address</source>
        <translation>Bluesky 服务器地址</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Bluesky did not accept this handle and app password for {identifier}. Check both; an app password looks like xxxx-xxxx-xxxx-xxxx.</source>
        <translation>Bluesky 不接受 {identifier} 的这个用户名和应用专用密码。请检查两者；应用专用密码形如 xxxx-xxxx-xxxx-xxxx。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>This is the account password (it asks for an e-mail code). {help}</source>
        <translation>这是账号密码（它要求输入邮件验证码）。{help}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>That is the account&apos;s main password; for safety it is not used. {help}</source>
        <translation>这是账号的主密码；为了安全不会使用它。{help}</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/services/signin/email.py" line="-3" />
        <source>The {what} server is empty.</source>
        <translation>{what} 服务器为空。</translation>
    </message>
    <message>
        <location line="+29" />
        <location line="+30" />
        <source>The password is empty.</source>
        <translation>密码为空。</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/services/signin/meta.py" line="+48" />
        <source>The app ID is the number at the top of your app&apos;s page in the Meta App Dashboard (developers.facebook.com/apps).</source>
        <translation>应用编号是 Meta App Dashboard（developers.facebook.com/apps）中你的应用页面顶部的数字。</translation>
    </message>
    <message>
        <location line="+13" />
        <source>No token was given: paste the token generated in your Meta app&apos;s dashboard.</source>
        <translation>未提供令牌：请粘贴在你的 Meta 应用控制台中生成的令牌。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Expected the token, or JSON like {&quot;access_token&quot;: &quot;…&quot;, &quot;expires_in&quot;: 5184000}.</source>
        <translation>应为令牌本身，或类似 {&quot;access_token&quot;: &quot;…&quot;, &quot;expires_in&quot;: 5184000} 的 JSON。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The JSON needs an &quot;access_token&quot;.</source>
        <translation>JSON 中需要 &quot;access_token&quot;。</translation>
    </message>
    <message>
        <location line="+4" />
        <location filename="../../desktop_inbox/services/signin/x.py" line="+97" />
        <source>&quot;expires_in&quot; must be a positive number of seconds.</source>
        <translation>&quot;expires_in&quot; 必须是正的秒数。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>That does not look like a Meta access token: copy it again from your app&apos;s dashboard.</source>
        <translation>这看起来不像 Meta 访问令牌：请从应用控制台重新复制。</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/services/signin/x.py" line="-41" />
        <source>Cannot listen on {callback_url} for X&apos;s answer ({value}); is another sign-in still open?</source>
        <translation>无法在 {callback_url} 等待 X 的回应（{value}）；是否还有另一个登录没有结束？</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Expected a JSON object like {&quot;access_token&quot;: &quot;…&quot;, &quot;refresh_token&quot;: &quot;…&quot;, &quot;expires_in&quot;: 7200}.</source>
        <translation>应为类似 {&quot;access_token&quot;: &quot;…&quot;, &quot;refresh_token&quot;: &quot;…&quot;, &quot;expires_in&quot;: 7200} 的 JSON 对象。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The JSON needs an &quot;access_token&quot; (and optionally &quot;refresh_token&quot; and &quot;expires_in&quot;).</source>
        <translation>JSON 中需要 &quot;access_token&quot;（&quot;refresh_token&quot; 和 &quot;expires_in&quot; 可选）。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>&quot;refresh_token&quot; must be a string.</source>
        <translation>&quot;refresh_token&quot; 必须是字符串。</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/services/sync.py" line="+161" />
        <source>Desktop Inbox is already syncing this data folder (the app or another sync command).</source>
        <translation>Desktop Inbox 已在同步这个数据文件夹（应用或另一个同步命令）。</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/services/team.py" line="+83" />
        <source>A member&apos;s name is 1 to 80 characters, e.g. --name Anna.</source>
        <translation>成员名称为 1 到 80 个字符，例如 --name Anna。</translation>
    </message>
    <message>
        <location line="+17" />
        <source>{path} is damaged: fix or remove it (desktop-inbox team leave).</source>
        <translation>{path} 已损坏：请修复或删除它（desktop-inbox team leave）。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{path} names no team database: fix or remove it.</source>
        <translation>{path} 没有指明团队数据库：请修复或删除它。</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/services/root.py" line="+110" />
        <location filename="../../desktop_inbox/services/team.py" line="+21" />
        <location filename="../../desktop_inbox/store/pg/cache.py" line="+92" />
        <location line="+19" />
        <location filename="../../desktop_inbox/store/pg/leadership.py" line="+79" />
        <source>Team server unreachable ({where}): {reason}</source>
        <translation>无法连接团队服务器（{where}）：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/services/team.py" line="+51" />
        <source>This data folder is in a team already: desktop-inbox team leave, then create another.</source>
        <translation>这个数据文件夹已属于一个团队：先 desktop-inbox team leave，再创建新的。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>move the cache into a team</source>
        <translation>把本地缓存移入团队</translation>
    </message>
    <message>
        <location line="+28" />
        <source>This data folder is in a team already: desktop-inbox team leave first.</source>
        <translation>这个数据文件夹已属于一个团队：请先 desktop-inbox team leave。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>join a team</source>
        <translation>加入团队</translation>
    </message>
    <message>
        <location line="+74" />
        <source>This data folder is not in a team.</source>
        <translation>这个数据文件夹不属于任何团队。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>leave the team</source>
        <translation>退出团队</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/store/accounts.py" line="+161" />
        <source>{handle} on {base_url} is already added.</source>
        <translation>{base_url} 上的 {handle} 已经添加过了。</translation>
    </message>
    <message>
        <location line="+52" />
        <location filename="../../desktop_inbox/store/media.py" line="+94" />
        <source>There is no account {account_id}.</source>
        <translation>没有账号 {account_id}。</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/store/attachments.py" line="+28" />
        <source>There is no message {message_id}.</source>
        <translation>没有消息 {message_id}。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Message {message_id} has no attachment {n}.</source>
        <translation>消息 {message_id} 没有附件 {n}。</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/store/backup.py" line="+170" />
        <source>There is no cache to back up yet.</source>
        <translation>还没有可备份的本地缓存。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The folder {parent} does not exist.</source>
        <translation>文件夹 {parent} 不存在。</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The cache is damaged ({problem}); the backup was not kept.</source>
        <translation>本地缓存已损坏（{problem}）；未保留此备份。</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The backup could not be written to {dest} ({value}).</source>
        <translation>无法把备份写入 {dest}（{value}）。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The cache is damaged ({exc}); the backup was not kept.</source>
        <translation>本地缓存已损坏（{exc}）；未保留此备份。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The backup could not be written to {dest} ({exc}).</source>
        <translation>无法把备份写入 {dest}（{exc}）。</translation>
    </message>
    <message>
        <location line="+51" />
        <source>No backup file at {path}.</source>
        <translation>{path} 处没有备份文件。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{name} is not a Desktop Inbox backup, or it is encrypted with a key this keyring does not have.</source>
        <translation>{name} 不是 Desktop Inbox 的备份，或者是用这个钥匙串中没有的密钥加密的。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>{name} is not a Desktop Inbox backup (not an SQLite database).</source>
        <translation>{name} 不是 Desktop Inbox 的备份（不是 SQLite 数据库）。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{name} cannot be opened ({exc}).</source>
        <translation>无法打开 {name}（{exc}）。</translation>
    </message>
    <message>
        <location line="+20" />
        <source>The backup {name} is damaged ({problems}).</source>
        <translation>备份 {name} 已损坏（{problems}）。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>{name} is encrypted with another key, or it is not a database.</source>
        <translation>{name} 是用另一个密钥加密的，或者不是数据库。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The backup {name} is damaged ({why}).</source>
        <translation>备份 {name} 已损坏（{why}）。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{name} is an SQLite database, but not a Desktop Inbox cache.</source>
        <translation>{name} 是 SQLite 数据库，但不是 Desktop Inbox 的本地缓存。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{name} was made by a newer Desktop Inbox (schema {version}; this version knows {latest}). Update the app to restore it.</source>
        <translation>{name} 由更新版本的 Desktop Inbox 生成（数据结构 {version}；本版本只支持到 {latest}）。请先更新应用再恢复。</translation>
    </message>
    <message>
        <location line="+58" />
        <source>The backup could not be restored ({value}); the cache was not changed.</source>
        <translation>无法恢复备份（{value}）；本地缓存未被修改。</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/store/channels.py" line="+113" />
        <source>There is no customer identity {identity_id}.</source>
        <translation>没有客户身份 {identity_id}。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Identity {identity_id} cannot be reached from account {account_id}.</source>
        <translation>无法从账号 {account_id} 联系身份 {identity_id}。</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/store/cipher.py" line="+34" />
        <source>The cache is encrypted, but SQLCipher support is not installed (pip install &apos;desktop-inbox[encryption]&apos;, which brings sqlcipher3).</source>
        <translation>本地缓存已加密，但没有安装 SQLCipher 支持（pip install &apos;desktop-inbox[encryption]&apos;，它会带上 sqlcipher3）。</translation>
    </message>
    <message>
        <location line="+37" />
        <source>The cache key in the keyring is not valid.</source>
        <translation>钥匙串中的本地缓存密钥无效。</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/store/contacts.py" line="+87" />
        <location line="+53" />
        <source>There is no customer {contact_id}.</source>
        <translation>没有客户 {contact_id}。</translation>
    </message>
    <message>
        <location line="-7" />
        <source>Say in a few words what the call or meeting was about.</source>
        <translation>用几句话说明这次通话或会面的内容。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Log a call or a meeting, not {kind!r}.</source>
        <translation>请记录通话或会面，而不是 {kind!r}。</translation>
    </message>
    <message>
        <location line="+26" />
        <source>The note is empty.</source>
        <translation>备注为空。</translation>
    </message>
    <message>
        <location line="+26" />
        <source>The tag is empty.</source>
        <translation>标签为空。</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/store/conversations.py" line="+261" />
        <location line="+197" />
        <location filename="../../desktop_inbox/store/followups.py" line="+37" />
        <location line="+14" />
        <location filename="../../desktop_inbox/store/listening.py" line="+297" />
        <location filename="../../desktop_inbox/store/outbox.py" line="-40" />
        <location filename="../../desktop_inbox/store/reply_facts.py" line="+22" />
        <location filename="../../desktop_inbox/store/teamwork.py" line="+72" />
        <source>There is no conversation {conversation_id}.</source>
        <translation>没有对话 {conversation_id}。</translation>
    </message>
    <message>
        <location line="-160" />
        <source>There is no message {around} in conversation {conversation_id}.</source>
        <translation>对话 {conversation_id} 中没有消息 {around}。</translation>
    </message>
    <message>
        <location line="+193" />
        <source>Snooze until a time in the future.</source>
        <translation>请暂缓到将来的某个时间。</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/store/db.py" line="+102" />
        <source>The disk is full: the cache could not be written. Free some space; nothing already saved was lost.</source>
        <translation>磁盘已满：无法写入本地缓存。请腾出一些空间；已保存的内容都没有丢失。</translation>
    </message>
    <message>
        <location line="+6" />
        <location filename="../../desktop_inbox/store/health.py" line="+87" />
        <source>The cache file is damaged ({exc}).</source>
        <translation>本地缓存文件已损坏（{exc}）。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The cache could not be written (disk I/O error): the disk may be full or failing. Nothing already saved was lost; syncing resumes once it can write again.</source>
        <translation>无法写入本地缓存（磁盘读写错误）：磁盘可能已满或出现故障。已保存的内容都没有丢失；一旦可以写入，同步就会继续。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The cache could not be written ({exc}).</source>
        <translation>无法写入本地缓存（{exc}）。</translation>
    </message>
    <message>
        <location line="+37" />
        <source>{path} is a folder, not the cache file; move it out of the data folder.</source>
        <translation>{path} 是文件夹而不是本地缓存文件；请把它移出数据文件夹。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The cache was found damaged while in use ({noted}).</source>
        <translation>使用中发现本地缓存已损坏（{noted}）。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The cache file cannot be read: it is damaged, or encrypted with a key that is not in this keyring.</source>
        <translation>无法读取本地缓存文件：它已损坏，或是用这个钥匙串中没有的密钥加密的。</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/store/followups.py" line="-24" />
        <source>Remind at a time in the future, not {astimezone:%Y-%m-%d %H:%M}.</source>
        <translation>请设置将来的提醒时间，而不是 {astimezone:%Y-%m-%d %H:%M}。</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/store/health.py" line="-38" />
        <source>The cache file is damaged: its header is not a database header.</source>
        <translation>本地缓存文件已损坏：文件头不是数据库文件头。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The cache file is damaged: it is cut off in the middle of a page.</source>
        <translation>本地缓存文件已损坏：它在某一页中间被截断了。</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The cache file is damaged: it is shorter than its header says (cut off).</source>
        <translation>本地缓存文件已损坏：它比文件头所说的短（被截断了）。</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/store/images.py" line="+66" />
        <source>SVG drawings are not accepted (they can be of any size and hold scripts); use a PNG or JPEG.</source>
        <translation>不接受 SVG 图形（它们可以是任意尺寸，还可能含有脚本）；请使用 PNG 或 JPEG。</translation>
    </message>
    <message>
        <location line="+12" />
        <source>{value} pictures are not accepted; use JPEG, PNG, GIF or WebP.</source>
        <translation>不接受 {value} 图片；请使用 JPEG、PNG、GIF 或 WebP。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The picture is far too large in pixels to open safely.</source>
        <translation>这张图片像素太多，无法安全打开。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The file is not a picture that can be read (JPEG, PNG, GIF or WebP).</source>
        <translation>该文件不是可读取的图片（JPEG、PNG、GIF 或 WebP）。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The picture is damaged or incomplete ({short}).</source>
        <translation>图片已损坏或不完整（{short}）。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The picture has no pixels.</source>
        <translation>这张图片没有像素。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The picture is {width} × {height} pixels: too large to open safely (at most {n} megapixels).</source>
        <translation>图片为 {width} × {height} 像素：太大，无法安全打开（最多 {n} 百万像素）。</translation>
    </message>
    <message>
        <location line="+79" />
        <source>The picture cannot be made smaller ({short}).</source>
        <translation>无法缩小这张图片（{short}）。</translation>
    </message>
    <message>
        <location line="-18" />
        <source>The picture cannot be made small enough for this platform.</source>
        <translation>图片无法缩小到这个平台接受的大小。</translation>
    </message>
    <message>
        <location line="-22" />
        <source>An animated picture cannot be made smaller here.</source>
        <translation>动图无法在这里缩小。</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/store/listening.py" line="-240" />
        <source>There is no listening term {term_id}.</source>
        <translation>没有倾听词 {term_id}。</translation>
    </message>
    <message>
        <location line="+12" />
        <source>This account already listens for that (term {same}).</source>
        <translation>这个账号已经在倾听这个词了（倾听词 {same}）。</translation>
    </message>
    <message>
        <location line="+234" />
        <source>Conversation {conversation_id} was not heard by listening; mark it done instead.</source>
        <translation>对话 {conversation_id} 不是通过倾听找到的；请改为标记完成。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>You answered conversation {conversation_id}: it is a conversation like any other now; mark it done instead.</source>
        <translation>你已回复对话 {conversation_id}：它现在和其他对话一样；请改为标记完成。</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/store/media.py" line="+18" />
        <source>The media cap is at least {n} MB.</source>
        <translation>媒体上限至少为 {n} MB。</translation>
    </message>
    <message>
        <location line="+156" />
        <source>There is no kept picture {media_id}.</source>
        <translation>没有保存的图片 {media_id}。</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/store/media_files.py" line="+34" />
        <source>A media path points outside the media folder.</source>
        <translation>某个媒体路径指向了媒体文件夹之外。</translation>
    </message>
    <message>
        <location line="+33" />
        <source>The disk is full: a picture could not be kept.</source>
        <translation>磁盘已满：无法保存一张图片。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A picture could not be written ({value}).</source>
        <translation>无法写入一张图片（{value}）。</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/store/merges.py" line="+44" />
        <source>A customer cannot be merged with themselves.</source>
        <translation>不能把客户与其本人合并。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>One of the customers to merge no longer exists.</source>
        <translation>要合并的客户中有一位已不存在。</translation>
    </message>
    <message>
        <location line="+42" />
        <source>This merge was already undone.</source>
        <translation>这次合并已经撤销过了。</translation>
    </message>
    <message>
        <location line="+34" />
        <source>There is no merge {merge_id}.</source>
        <translation>没有合并记录 {merge_id}。</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/store/migrations.py" line="+551" />
        <source>This cache was written by a newer Desktop Inbox (schema {start}, this version knows {latest}). Please update the app.</source>
        <translation>这个本地缓存由更新版本的 Desktop Inbox 写入（数据结构 {start}，本版本只支持到 {latest}）。请更新应用。</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/store/outbox.py" line="-34" />
        <source>There is no outbox item {item_id}.</source>
        <translation>发件箱中没有第 {item_id} 项。</translation>
    </message>
    <message>
        <location line="+26" />
        <location line="+339" />
        <source>The reply is empty.</source>
        <translation>回复为空。</translation>
    </message>
    <message>
        <location line="-323" />
        <source>This conversation is private; a reply to it cannot be public.</source>
        <translation>这是私密对话；对它的回复不能公开。</translation>
    </message>
    <message>
        <location line="+45" />
        <source>Reply {item_id} is {state} and can no longer be moved.</source>
        <translation>回复 {item_id} 的状态为 {state}，已无法改期。</translation>
    </message>
    <message>
        <location line="+179" />
        <source>Reply {item_id} is {state}; only a reply that may have been sent can be resent.</source>
        <translation>回复 {item_id} 的状态为 {state}；只有可能已发出的回复才能重新发送。</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Reply {item_id} is {state}; only a reply that may have been sent can be marked as sent.</source>
        <translation>回复 {item_id} 的状态为 {state}；只有可能已发出的回复才能标记为已发送。</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Reply {item_id} is {state}; only a failed or queued reply can be retried.</source>
        <translation>回复 {item_id} 的状态为 {state}；只有失败或排队中的回复才能重试。</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Reply {item_id} is {state} and can no longer be cancelled.</source>
        <translation>回复 {item_id} 的状态为 {state}，已无法取消。</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Reply {item_id} is {state} and can no longer be edited.</source>
        <translation>回复 {item_id} 的状态为 {state}，已无法编辑。</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Conversation {conversation_id} has no customer to reply to.</source>
        <translation>对话 {conversation_id} 没有可以回复的客户。</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/store/pg/migrations.py" line="+333" />
        <source>This team database was written by a newer Desktop Inbox (schema {start}, this version knows {latest}). Please update the app.</source>
        <translation>这个团队数据库由更新版本的 Desktop Inbox 写入（数据结构 {start}，本版本只支持到 {latest}）。请更新应用。</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/store/pg/team.py" line="+63" />
        <source>A team database is a postgresql:// URL: postgresql://USER@HOST/DATABASE</source>
        <translation>团队数据库是一个 postgresql:// 地址：postgresql://USER@HOST/DATABASE</translation>
    </message>
    <message>
        <location line="+10" />
        <source>That URL cannot be read ({said}).</source>
        <translation>无法识别这个地址（{said}）。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The URL names no database: postgresql://USER@HOST/DATABASE</source>
        <translation>地址中没有指明数据库：postgresql://USER@HOST/DATABASE</translation>
    </message>
    <message>
        <location line="+5" />
        <source>That URL cannot be read (the port {port!r} is not a number).</source>
        <translation>无法识别这个地址（端口 {port!r} 不是数字）。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{host} is not this machine: the connection must be encrypted and the server checked. Add ?sslmode=verify-full to the URL (with the server&apos;s CA in ~/.postgresql/root.crt or sslrootcert=).</source>
        <translation>{host} 不是本机：连接必须加密，并且要验证服务器。请在地址后加上 ?sslmode=verify-full（服务器的 CA 放在 ~/.postgresql/root.crt，或用 sslrootcert= 指定）。</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Could not open the team database at {where}: {reason}</source>
        <translation>无法打开位于 {where} 的团队数据库：{reason}</translation>
    </message>
    <message>
        <location line="+35" />
        <source>That database is not empty: a team starts in an empty database (CREATE DATABASE ...).</source>
        <translation>这个数据库不是空的：团队要从一个空数据库开始（CREATE DATABASE ...）。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The local cache is at schema {version}, not {latest}: open it once first.</source>
        <translation>本地缓存的数据结构是 {version}，不是 {latest}：请先打开它一次。</translation>
    </message>
    <message>
        <location line="+20" />
        <source>The copy does not match the local cache ({expected} vs {found}); nothing was moved.</source>
        <translation>复制结果与本地缓存不一致（{expected} 对 {found}）；没有移动任何内容。</translation>
    </message>
    <message>
        <location line="+54" />
        <source>That database holds no team inbox: the first member makes it with team create.</source>
        <translation>这个数据库里没有团队收件箱：第一位成员要用 team create 创建它。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>That team database is at schema {version}, {newer} one than this app&apos;s ({latest}): update the app.</source>
        <translation>这个团队数据库的数据结构是 {version}，与本应用（{latest}）相比是{newer}：请更新应用。</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/store/saved_searches.py" line="+31" />
        <source>A saved search needs a name and a query.</source>
        <translation>保存的搜索需要名称和搜索内容。</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/store/search.py" line="+141" />
        <source>{name}: wants a date like 2025-03-31, not {value!r}.</source>
        <translation>{name}: 需要 2025-03-31 这样的日期，而不是 {value!r}。</translation>
    </message>
    <message>
        <location line="+65" />
        <source>platform: is one of {join}, not {value!r}.</source>
        <translation>platform: 应为 {join} 之一，而不是 {value!r}。</translation>
    </message>
    <message>
        <location line="+16" />
        <source>is: takes direct, public, mention or heard, not {value!r}.</source>
        <translation>is: 只能是 direct、public、mention 或 heard，而不是 {value!r}。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>state: is one of {join}, not {value!r}.</source>
        <translation>state: 应为 {join} 之一，而不是 {value!r}。</translation>
    </message>
    <message>
        <location line="+16" />
        <source>{name}: takes a number, not {value!r}.</source>
        <translation>{name}: 需要数字，而不是 {value!r}。</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/store/snippets.py" line="+31" />
        <source>There is no saved reply {snippet_id}.</source>
        <translation>没有常用回复 {snippet_id}。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>There is no saved reply named {name!r}.</source>
        <translation>没有名为 {name!r} 的常用回复。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>A saved reply needs a name and a text.</source>
        <translation>常用回复需要名称和内容。</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/sync/engine.py" line="+151" />
        <source>The sign-in for {handle} is not in the keyring. Please sign in again.</source>
        <translation>钥匙串中没有 {handle} 的登录信息。请重新登录。</translation>
    </message>
    <message>
        <location line="+155" />
        <source>The sync stopped on an unexpected error ({name}); details are in the log.</source>
        <translation>同步因意外错误（{name}）而停止；详情见日志。</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/sync/media.py" line="+53" />
        <source>An SVG drawing sent as a video or sound is not kept.</source>
        <translation>伪装成视频或音频发来的 SVG 图形不会保存。</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/sync/uploads.py" line="+37" />
        <source>This platform cannot take pictures from Desktop Inbox; send the reply without them.</source>
        <translation>这个平台不接受来自 Desktop Inbox 的图片；请去掉图片后发送回复。</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/text/listening.py" line="-9" />
        <source>listening term</source>
        <translation>倾听词</translation>
    </message>
    <message>
        <location line="+1" />
        <source>muted word or author</source>
        <translation>屏蔽的词或作者</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The {what} has control characters in it.</source>
        <translation>“{what}”中含有控制字符。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The {what} is longer than {term_max} characters.</source>
        <translation>“{what}”超过了 {term_max} 个字符。</translation>
    </message>
    <message>
        <location line="+15" />
        <source>{text!r} is not a hashtag: after # come letters, digits or _ only, no spaces.</source>
        <translation>{text!r} 不是话题标签：# 后面只能是字母、数字或 _，不能有空格。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>A listening term is a word, a &quot;quoted phrase&quot; or a #hashtag; quotes go around the whole phrase.</source>
        <translation>倾听词可以是一个词、一个&quot;加引号的短语&quot;或一个 #话题标签；引号要括住整个短语。</translation>
    </message>
    <message>
        <location line="+13" />
        <source>{raw!r} is not a language code: use two letters such as en, de or fr.</source>
        <translation>{raw!r} 不是语言代码：请用两个字母，例如 en、de 或 fr。</translation>
    </message>
    <message>
        <location line="+18" />
        <source>{text!r} is not an author: give their handle, like @someone@their.server.</source>
        <translation>{text!r} 不是作者：请填写对方的用户名，例如 @someone@their.server。</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/services/assignment.py" line="+57" />
        <source>There is no member {member}.</source>
        <translation>没有成员 {member}。</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/store/pg/local_copy.py" line="+117" />
        <source>The team server is unreachable: {reason}</source>
        <translation>无法连接团队服务器：{reason}</translation>
    </message>
    <message>
        <location line="+197" />
        <source>The team server is unreachable: this computer&apos;s copy of the team&apos;s inbox is for reading (and writing replies, which go out once it is back). Try this again then.</source>
        <translation>无法连接团队服务器：本机上的团队收件箱副本只能阅读（以及写回复，服务器恢复后回复就会发出）。请到时再试。</translation>
    </message>
    <message>
        <location line="-10" />
        <source>The team server is unreachable: a new conversation with this customer can be started once it is back. Answer in a conversation you already have with them, or try again then.</source>
        <translation>无法连接团队服务器：服务器恢复后才能与这位客户开始新的对话。请在您与其已有的对话中回复，或到时再试。</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/store/teamwork.py" line="-19" />
        <source>This inbox has no members: assigning is for a team (desktop-inbox team create URL).</source>
        <translation>这个收件箱没有成员：分配只用于团队（desktop-inbox team create URL）。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>There is no member called {join!r}; the members are: {known}.</source>
        <translation>没有名为 {join!r} 的成员；成员有：{known}。</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/connectors/x/listening.py" line="+34" />
        <source>Listening on X needs search (GET /2/tweets/search/recent): a developer app inside a Project, with pay-per-use credits or a Basic/Pro plan.</source>
        <translation>在 X 上倾听需要搜索权限（GET /2/tweets/search/recent）：Project 中的开发者应用，并有按量付费额度或 Basic/Pro 套餐。</translation>
    </message>
    <message>
        <location line="+61" />
        <source>Not heard: {why} {how}</source>
        <translation>无法倾听：{why} {how}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Not heard for now: {why}</source>
        <translation>暂时无法倾听：{why}</translation>
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
        <translation>
            <numerusform>已导出 %Ln 条消息到 %1。</numerusform>
        </translation>
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
        <comment>%1: &apos;n messages&apos;, %2: &apos;n conversations&apos;, %3: when, %4: Desktop Inbox</comment>
        <translation>%2，共 %1 · 由 %4 于 %3 导出</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln 条消息</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%Ln conversation(s)</source>
        <translation>
            <numerusform>%Ln 个对话</numerusform>
        </translation>
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
        <source>%1: %2. Open it with the system&apos;s player.</source>
        <comment>%1: video, sound…; %2: the file&apos;s name</comment>
        <translation>%1：%2。请用系统的播放器打开。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1. Open it with the system&apos;s player.</source>
        <comment>%1: video, sound…</comment>
        <translation>%1。请用系统的播放器打开。</translation>
    </message>
    <message>
        <location line="+11" />
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
        <source>Open the local file with the system&apos;s own viewer or player</source>
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
    <name>ListPane</name>
    <message>
        <location filename="../../desktop_inbox/ui/mainwindow/listpane.py" line="+26" />
        <source>Nobody is waiting for an answer. Well done!</source>
        <translation>没有人在等回复。干得好！</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No conversation is waiting on a customer.</source>
        <translation>没有在等待客户回音的对话。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nothing is snoozed.
Snooze a conversation (H, or Conversation ▸ Snooze) to have it come back later.</source>
        <translation>没有暂缓的对话。
暂缓一个对话（按 H，或 对话 ▸ 暂缓），它会在稍后回来。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Nothing is marked done yet.</source>
        <translation>还没有标为已完成的对话。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nothing heard yet.
Listen for words, phrases or #hashtags that name your shop: File ▸ Accounts…, choose an account, Listening….</source>
        <translation>还没有听到的帖子。
倾听提到你店铺的词语、短语或 #话题：文件 ▸ 账号…，选择一个账号，倾听…。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>No conversations in this view.</source>
        <translation>此视图中没有对话。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No account yet.
Add one with File ▸ Add account… to answer your customers here.</source>
        <translation>还没有账号。
通过 文件 ▸ 添加账号… 添加一个，就能在这里回复客户。</translation>
    </message>
    <message>
        <location line="+212" />
        <source>No message matches “%1”.</source>
        <translation>没有与“%1”匹配的消息。</translation>
    </message>
</context>
<context>
    <name>ListeningDialog</name>
    <message>
        <location filename="../../desktop_inbox/ui/dialogs/listening.py" line="+42" />
        <source>a word, &quot;a phrase&quot; or #hashtag</source>
        <translation>一个词、&quot;一个短语&quot;或 #话题标签</translation>
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
        <location line="+3" />
        <source>%1. %2</source>
        <comment>the term&apos;s state, then the service&apos;s note</comment>
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
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_inbox/ui/mainwindow/window.py" line="+110" />
        <source>Demo workspace — %1</source>
        <translation>演示工作区 — %1</translation>
    </message>
    <message>
        <location line="+399" />
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <location line="+45" />
        <source>The automatic backup failed: %1</source>
        <translation>自动备份失败：%1</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Your local copy of the team&apos;s inbox, as of %1: replies wait until the team server is back.</source>
        <translation>团队收件箱的本地副本（截至 %1）：回复会等到团队服务器恢复后再发出。</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Team server back: the team&apos;s inbox is live again; replies written meanwhile go out now.</source>
        <translation>团队服务器已恢复：团队收件箱重新实时更新；期间写的回复现在发出。</translation>
    </message>
    <message>
        <location line="-16" />
        <source>earlier</source>
        <translation>之前</translation>
    </message>
</context>
<context>
    <name>MastodonPage</name>
    <message>
        <location filename="../../desktop_inbox/ui/signin/mastodon.py" line="+28" />
        <source>Your browser opens your server&apos;s sign-in page. Desktop Inbox asks to read your mentions and direct messages and to post replies. Your password never reaches this app, and the access key is kept in your system keyring.</source>
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
        <source>Enter your Mastodon server&apos;s address, e.g. mastodon.social.</source>
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
        <source>Waiting for you to approve Desktop Inbox in the browser… &lt;a href=&quot;%1&quot;&gt;Open the page again&lt;/a&gt;</source>
        <translation>正在等待你在浏览器中授权 Desktop Inbox… &lt;a href=&quot;%1&quot;&gt;重新打开页面&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../desktop_inbox/ui/dialogs/merge.py" line="+41" />
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
        <source>Your Facebook Page&apos;s ID</source>
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
        <source>Enter your Facebook Page&apos;s ID (on the Page: About → Page transparency).</source>
        <translation>请输入你的 Facebook 公共主页编号（在主页上：About → Page transparency）。</translation>
    </message>
</context>
<context>
    <name>MetaPage</name>
    <message>
        <location line="-98" />
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
        <source>The number at the top of your app&apos;s page</source>
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
        <source>A person may then answer for 7 days after the customer&apos;s last message, not 24 hours.</source>
        <translation>批准后，真人客服可以在客户最后一条消息后的 7 天内回复，而不只是 24 小时。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Check and add</source>
        <translation>检查并添加</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Enter your Meta app&apos;s ID (developers.facebook.com/apps).</source>
        <translation>请输入你的 Meta 应用编号（developers.facebook.com/apps）。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Paste the token generated in your app&apos;s dashboard.</source>
        <translation>请粘贴在应用控制面板中生成的访问令牌。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Checking the token with Meta…</source>
        <translation>正在向 Meta 验证令牌…</translation>
    </message>
    <message>
        <location line="+14" />
        <source>%1: %2</source>
        <comment>an account, then what works for it</comment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>NoticeWords</name>
    <message numerus="yes">
        <location filename="../../desktop_inbox/ui/notifications.py" line="+73" />
        <source>%1 and %Ln other customer(s)</source>
        <comment>%1: the customer who wrote last</comment>
        <translation>
            <numerusform>%1 和另外 %Ln 位客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%1  (%Ln new message(s))</source>
        <comment>%1: what the customer wrote</comment>
        <translation>
            <numerusform>%1（%Ln 条新消息）</numerusform>
        </translation>
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
    <name>Opening</name>
    <message>
        <location filename="../../desktop_inbox/ui/opening.py" line="+53" />
        <source>Opening your conversations…</source>
        <translation>正在打开您的对话…</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Updating your conversations for this version…</source>
        <translation>正在为此版本更新您的对话…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This happens once, and with many messages it can take a minute.</source>
        <translation>只需进行一次；消息很多时可能需要一分钟。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Step %1 of %2.</source>
        <comment>%1: this step, %2: the number of steps</comment>
        <translation>第 %1 步，共 %2 步。</translation>
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
    <name>PersonBriefWidget</name>
    <message>
        <location filename="../../desktop_inbox/ui/conversation/person_brief.py" line="+26" />
        <source>About this customer</source>
        <translation>关于这位客户</translation>
    </message>
    <message>
        <location line="+24" />
        <source>&lt;i&gt;Who you are answering appears here.&lt;/i&gt;</source>
        <translation>&lt;i&gt;这里会显示你正在回复的人。&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&lt;b&gt;%1&lt;/b&gt; — call them &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — 称呼：&lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n 个对话</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>MMM yyyy</source>
        <comment>a month (Qt date format)</comment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Customer since %1 · %2</source>
        <translation>自 %1 起成为客户 · %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Customer since today · %1</source>
        <translation>今天成为客户 · %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&lt;b&gt;Not answered yet&lt;/b&gt;</source>
        <translation>&lt;b&gt;尚未回复&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&lt;b&gt;Earlier they wrote&lt;/b&gt;</source>
        <translation>&lt;b&gt;之前写过&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&lt;b&gt;Notes&lt;/b&gt;</source>
        <translation>&lt;b&gt;备注&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>PictureChip</name>
    <message>
        <location filename="../../desktop_inbox/ui/conversation/attachments.py" line="-211" />
        <source>Describe the picture (required)</source>
        <translation>描述这张图片（必填）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Alt text for %1</source>
        <translation>%1 的替代文字</translation>
    </message>
    <message>
        <location line="+18" />
        <source>The platform takes smaller pictures: a copy made to fit is sent; your file is unchanged.</source>
        <translation>该平台只接受较小的图片：会发送一份调整后的副本，您的原文件保持不变。</translation>
    </message>
    <message>
        <location line="-3" />
        <source>%1 — sent smaller (%2 → %3)</source>
        <comment>%1: the file&apos;s name, %2 and %3: sizes</comment>
        <translation>%1 — 将以较小尺寸发送（%2 → %3）</translation>
    </message>
    <message>
        <location line="-9" />
        <source>Remove %1</source>
        <translation>移除 %1</translation>
    </message>
</context>
<context>
    <name>PlainIcons</name>
    <message>
        <location filename="../../desktop_inbox/ui/files.py" line="+36" />
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
    <name>Platforms</name>
    <message>
        <location filename="../../desktop_inbox/connectors/bluesky/descriptor.py" line="+8" />
        <source>Sign in with your Bluesky handle (e.g. shop.bsky.social) and an app password, not your main password. Create one in the Bluesky app under Settings → Privacy and security → App passwords, and tick “Allow access to your direct messages”: customers often write privately, and without that permission Bluesky does not let any app read or answer direct messages. The app password is used once to sign in; Desktop Inbox then keeps only the session Bluesky gives it, in your system keyring, and you can revoke it at any time by deleting the app password.</source>
        <translation>请用你的 Bluesky 用户名（例如 shop.bsky.social）和应用专用密码登录，不要用主密码。在 Bluesky 应用的 Settings → Privacy and security → App passwords 中创建一个，并勾选“Allow access to your direct messages”：客户常常私下来信，没有这项权限，Bluesky 不允许任何应用读取或回复私信。应用专用密码只在登录时用一次；之后 Desktop Inbox 只把 Bluesky 给它的会话保存在系统钥匙串里，你随时可以删除该应用专用密码来撤销它。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>App password (looks like xxxx-xxxx-xxxx-xxxx)</source>
        <translation>应用专用密码（形如 xxxx-xxxx-xxxx-xxxx）</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Counted as Bluesky does: letters as you see them, links as written.</source>
        <translation>按 Bluesky 的方式计数：字符按你看到的算，链接按原样算。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Add a Bluesky account</source>
        <translation>添加 Bluesky 账号</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mentions, replies, quotes and chats on Bluesky, with an app password.</source>
        <translation>Bluesky 上的提及、回复、引用和私信，用应用专用密码登录。</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Bluesky direct messages cannot carry pictures.</source>
        <translation>Bluesky 私信不能附带图片。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Hears words, phrases and #hashtags in public Bluesky posts through Bluesky&apos;s search (app.bsky.feed.searchPosts), asked gently every few minutes.</source>
        <translation>通过 Bluesky 的搜索（app.bsky.feed.searchPosts）在公开的 Bluesky 帖子中倾听词语、短语和 #话题标签，每隔几分钟温和地查询一次。</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/connectors/email/descriptor.py" line="+11" />
        <source>Enter your e-mail address and password; Desktop Inbox fills in the usual servers for your provider, which you can change. Many providers (Gmail, Yahoo, iCloud, Fastmail) want an app password instead of your normal one: create it in your provider&apos;s security settings. &quot;Test connection&quot; signs in to both servers without sending anything.</source>
        <translation>输入你的邮箱地址和密码；Desktop Inbox 会填好你的邮件服务商常用的服务器，你也可以修改。很多服务商（Gmail、Yahoo、iCloud、Fastmail）要求使用应用专用密码而不是普通密码：请在服务商的安全设置中创建。“测试连接”会登录两台服务器，但不发送任何内容。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Security: &quot;tls&quot; (ports 993 and 465) or &quot;starttls&quot; (ports 143 and 587) always check the server&apos;s certificate. &quot;none&quot; sends your password unencrypted and is only allowed for a server on this computer (such as a mail bridge).</source>
        <translation>安全方式：&quot;tls&quot;（端口 993 和 465）或 &quot;starttls&quot;（端口 143 和 587）都会验证服务器证书。&quot;none&quot; 会以不加密的方式发送密码，只允许用于本机上的服务器（例如邮件桥接程序）。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The password is kept in your system&apos;s keyring, never in Desktop Inbox&apos;s files. New mail arrives within seconds (IMAP IDLE); replies are sent with your signature and filed in your Sent folder.</source>
        <translation>密码保存在系统钥匙串中，绝不写入 Desktop Inbox 的文件。新邮件几秒内就会到达（IMAP IDLE）；回复会带上你的署名发送，并存入“已发送”文件夹。</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Add an e-mail account</source>
        <translation>添加邮箱账号</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Any mailbox with IMAP and SMTP: Gmail, Outlook, your own domain…</source>
        <translation>任何支持 IMAP 和 SMTP 的邮箱：Gmail、Outlook、你自己的域名…</translation>
    </message>
    <message>
        <location line="+8" />
        <source>E-mail has no listening: there is nothing public to search, mail reaches you only when it is sent to you. Listen on a Mastodon, Bluesky or X account instead.</source>
        <translation>邮件没有倾听功能：没有可搜索的公开内容，只有发给你的邮件才会到达。请改用 Mastodon、Bluesky 或 X 账号倾听。</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/connectors/instagram/descriptor.py" line="+11" />
        <source>Desktop Inbox talks to Instagram through your own Meta app, so that your
business keeps its own access and rate budget, and no one else&apos;s app sits
between you and your customers.</source>
        <translation>Desktop Inbox 通过你自己的 Meta 应用与 Instagram 通信，这样你的商家保有自己的访问权限和调用额度，你和客户之间也不会夹着别人的应用。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>1. At developers.facebook.com/apps create an app of type &quot;Business&quot; and add
   the use case &quot;Manage messaging &amp; content on Instagram&quot;.
2. Your Instagram account must be a professional (Business or Creator)
   account. Under &quot;API setup with Instagram business login&quot;, add it and accept
   the tester invitation in Instagram (Settings &gt; Website permissions &gt; Apps
   and websites), then press &quot;Generate token&quot; next to it and log in.
3. Copy the token and paste it here. The app ID is the number at the top of
   the app&apos;s page.</source>
        <translation>1. 在 developers.facebook.com/apps 创建一个 &quot;Business&quot; 类型的应用，并添加用例 &quot;Manage messaging &amp; content on Instagram&quot;。
2. 你的 Instagram 账号必须是专业账号（Business 或 Creator）。在 &quot;API setup with Instagram business login&quot; 下添加它，并在 Instagram 中接受测试者邀请（Settings &gt; Website permissions &gt; Apps and websites），然后点击旁边的 &quot;Generate token&quot; 并登录。
3. 复制令牌并粘贴到这里。应用编号是应用页面顶部的数字。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The token lives 60 days; Desktop Inbox renews it while it syncs (no app
secret needed, and it never asks for one). Direct messages can be answered
within 24 hours of the customer&apos;s last message (7 days for a person answering,
if Meta approved the Human Agent feature for your app: add --human-agent),
comments at any time, and a comment privately once, within 7 days.
Instagram reports @mentions of your account only to webhook servers: Desktop
Inbox shows the posts you are tagged in instead.</source>
        <translation>令牌有效期 60 天；Desktop Inbox 在同步时会自动续期（不需要 app secret，也从不索要）。私信可以在客户最后一条消息后 24 小时内回复（如果 Meta 为你的应用批准了 Human Agent 功能，由真人回复可延长到 7 天：加上 --human-agent），评论随时可以回复，对一条评论可以在 7 天内私下回复一次。Instagram 只把对你账号的 @提及 推送给 webhook 服务器：Desktop Inbox 改为显示你被标记的帖子。</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Counted as Instagram does: a direct message in bytes (letters outside A-Z weigh 2 to 4), a comment in characters.</source>
        <translation>按 Instagram 的方式计数：私信按字节算（A-Z 以外的字符算 2 到 4 个），评论按字符算。</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Add an Instagram account</source>
        <translation>添加 Instagram 账号</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Direct messages and comments on your Instagram business account, through your own Meta app.</source>
        <translation>通过你自己的 Meta 应用，处理 Instagram 商家账号的私信和评论。</translation>
    </message>
    <message>
        <location line="+8" />
        <location filename="../../desktop_inbox/connectors/messenger/descriptor.py" line="+71" />
        <source>Pictures cannot be attached to replies on this platform yet.</source>
        <translation>这个平台暂时还不能在回复中附加图片。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Not available on Instagram: its hashtag search (ig_hashtag_search) belongs to the Instagram API with Facebook Login, needs the instagram_basic permission and the Instagram Public Content Access feature through Meta&apos;s App Review, allows 30 hashtags a week, and gives neither the authors nor a way to comment. Instagram Login, which Desktop Inbox uses, offers no search.</source>
        <translation>Instagram 上不可用：它的话题标签搜索（ig_hashtag_search）属于 Instagram API with Facebook Login，需要 instagram_basic 权限，以及通过 Meta 的 App Review 获得 Instagram Public Content Access 功能，每周只能查 30 个话题标签，而且既不给出作者，也无法评论。Desktop Inbox 使用的 Instagram Login 不提供搜索。</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/connectors/mastodon/descriptor.py" line="+19" />
        <source>Counted as Mastodon does: every link as {url} characters, @name@server as @name.</source>
        <translation>按 Mastodon 的方式计数：每个链接算 {url} 个字符，@name@server 按 @name 算。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Add a Mastodon account</source>
        <translation>添加 Mastodon 账号</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mentions and direct messages on any Mastodon server. You sign in in your browser.</source>
        <translation>任何 Mastodon 服务器上的提及和私信。在浏览器中登录。</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Hears #hashtags on your server&apos;s hashtag timelines (its own posts and those federated to it). Words and phrases only where your server offers full-text search: most Mastodon servers don&apos;t, and those that do find only public posts whose authors opted in to search.</source>
        <translation>在你所在服务器的话题标签时间线上倾听 #话题标签（本站的帖子和联邦过来的帖子）。词语和短语只在服务器提供全文搜索时可用：大多数 Mastodon 服务器不提供，提供的也只能找到作者选择允许被搜索的公开帖子。</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/connectors/messenger/descriptor.py" line="-60" />
        <source>Desktop Inbox talks to Messenger through your own Meta app, with a Page
access token, so that your business keeps its own access and rate budget.</source>
        <translation>Desktop Inbox 通过你自己的 Meta 应用，用主页访问令牌与 Messenger 通信，这样你的商家保有自己的访问权限和调用额度。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>1. At developers.facebook.com/apps create an app of type &quot;Business&quot; and add
   the Messenger product (use case &quot;Engage with customers on Messenger&quot;).
2. In Messenger &gt; Messenger API Settings, connect your Facebook Page and
   press &quot;Generate token&quot; next to it (you need the MESSAGING or MODERATE task
   on the Page; MODERATE also shows who wrote each comment).
3. Paste the token here. The Page ID is on the Page (About &gt; Page
   transparency) and next to the token; the app ID is at the top of the
   app&apos;s page.</source>
        <translation>1. 在 developers.facebook.com/apps 创建一个 &quot;Business&quot; 类型的应用，并添加 Messenger 产品（用例 &quot;Engage with customers on Messenger&quot;）。
2. 在 Messenger &gt; Messenger API Settings 中连接你的 Facebook 主页，并点击旁边的 &quot;Generate token&quot;（你需要在主页上拥有 MESSAGING 或 MODERATE 任务权限；MODERATE 还能看到每条评论的作者）。
3. 把令牌粘贴到这里。主页编号在主页上（About &gt; Page transparency），令牌旁边也有；应用编号在应用页面顶部。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Page tokens generated this way do not expire. Messages can be answered within
24 hours of the customer&apos;s last message (7 days for a person answering, if
Meta approved the Human Agent feature for your app: add --human-agent),
comments on the Page&apos;s posts at any time, and a comment privately once, within
7 days.</source>
        <translation>这样生成的主页令牌不会过期。消息可以在客户最后一条消息后 24 小时内回复（如果 Meta 为你的应用批准了 Human Agent 功能，由真人回复可延长到 7 天：加上 --human-agent），主页帖子下的评论随时可以回复，对一条评论可以在 7 天内私下回复一次。</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Counted in characters: 2,000 for a Messenger message, 8,000 for a Facebook comment.</source>
        <translation>按字符计数：Messenger 消息 2,000 个，Facebook 评论 8,000 个。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Add a Facebook Page&apos;s Messenger</source>
        <translation>添加 Facebook 主页的 Messenger</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Your Facebook Page&apos;s Messenger and comments, through your own Meta app.</source>
        <translation>通过你自己的 Meta 应用，处理 Facebook 主页的 Messenger 消息和评论。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Not available on Facebook: Meta offers apps no search of people&apos;s public posts (Page Public Content Access reads other Pages, not people); only what is sent to your Page reaches you.</source>
        <translation>Facebook 上不可用：Meta 不向应用提供搜索个人公开帖子的功能（Page Public Content Access 只能读取其他主页，不能读取个人）；只有发给你主页的内容才会到达。</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/connectors/meta/access.py" line="+23" />
        <source>To get Advanced Access (needed to answer customers who have no role on your app):
  1. In the App Dashboard (developers.facebook.com/apps), open your app and
     complete Business Verification for your business (Settings &gt; Basic &gt;
     Verification).
  2. Go to App Review &gt; Permissions and Features and request Advanced Access
     for the permissions listed above; describe that a person at your business
     reads and answers customers&apos; messages in Desktop Inbox.
  3. Switch the app to Live mode once the review is approved, then generate a
     new token and add the account again.</source>
        <translation>获取 Advanced Access（回复在你的应用中没有角色的客户时需要）：
  1. 在 App Dashboard（developers.facebook.com/apps）中打开你的应用，为你的商家完成 Business Verification（Settings &gt; Basic &gt; Verification）。
  2. 前往 App Review &gt; Permissions and Features，为上面列出的权限申请 Advanced Access；说明是你商家里的真人在 Desktop Inbox 中阅读并回复客户消息。
  3. 审核通过后把应用切换到 Live mode，然后生成新令牌并重新添加账号。</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Access levels of your Meta app for Instagram:
  - Standard Access (the default, no App Review): the app works for the
    Instagram professional account you own and added to the app. Meta&apos;s
    documentation does not say whether direct messages with customers who have
    no role on the app work on Standard Access; if Instagram refuses them,
    your app needs Advanced Access.
  - Advanced Access (App Review and Business Verification): needed for
    accounts you do not own, and wherever Meta asks for it.</source>
        <translation>你的 Meta 应用在 Instagram 上的访问级别：
  - Standard Access（默认，无需 App Review）：应用可用于你拥有并已添加到应用中的 Instagram 专业账号。Meta 的文档没有说明与在应用中没有角色的客户的私信能否在 Standard Access 下使用；如果 Instagram 拒绝，你的应用就需要 Advanced Access。
  - Advanced Access（需要 App Review 和 Business Verification）：用于不属于你的账号，以及 Meta 要求的场合。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Permissions Desktop Inbox uses: instagram_business_basic,
instagram_business_manage_messages, instagram_business_manage_comments.</source>
        <translation>Desktop Inbox 使用的权限：instagram_business_basic、instagram_business_manage_messages、instagram_business_manage_comments。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Access levels of your Meta app for Messenger:
  - Standard Access (the default, no App Review): the app can only read and
    answer conversations with people who have a role on the app or the Page
    (admins, developers, testers). Ordinary customers are refused with
    &quot;(#200) … does not have Advanced Access&quot;.
  - Advanced Access (App Review and Business Verification): needed to read
    and answer conversations with your customers.</source>
        <translation>你的 Meta 应用在 Messenger 上的访问级别：
  - Standard Access（默认，无需 App Review）：应用只能读取和回复与在应用或主页中有角色的人（管理员、开发者、测试者）的对话。普通客户会被拒绝，提示 &quot;(#200) … does not have Advanced Access&quot;。
  - Advanced Access（需要 App Review 和 Business Verification）：读取和回复与客户的对话时需要。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Permissions Desktop Inbox uses: pages_messaging, pages_read_engagement,
pages_manage_metadata (and pages_read_user_engagement, pages_manage_engagement
for comments on the Page&apos;s posts).</source>
        <translation>Desktop Inbox 使用的权限：pages_messaging、pages_read_engagement、pages_manage_metadata（主页帖子的评论还需要 pages_read_user_engagement、pages_manage_engagement）。</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/connectors/x/descriptor.py" line="+12" />
        <source>Desktop Inbox talks to X with your own X developer app, so that X bills the
API use to you directly and nobody else can cut your access.</source>
        <translation>Desktop Inbox 通过你自己的 X 开发者应用与 X 通信，这样 X 直接向你收取 API 费用，别人也无法切断你的访问。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>1. Sign in at developer.x.com with the X account you answer customers from
   (or one that may manage it) and create a Project with an App in it.
2. In the app&apos;s &quot;User authentication settings&quot; choose OAuth 2.0, type
   &quot;Native App&quot;, permissions &quot;Read and write and Direct message&quot;, and the
   callback URL http://127.0.0.1:17863/callback
3. Copy the app&apos;s OAuth 2.0 Client ID (not the API key) and paste it here.</source>
        <translation>1. 用你回复客户的 X 账号（或能管理它的账号）登录 developer.x.com，创建一个 Project，并在其中创建一个 App。
2. 在应用的 &quot;User authentication settings&quot; 中选择 OAuth 2.0，类型 &quot;Native App&quot;，权限 &quot;Read and write and Direct message&quot;，回调地址 http://127.0.0.1:17863/callback
3. 复制应用的 OAuth 2.0 Client ID（不是 API key），粘贴到这里。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>What it costs: X&apos;s self-serve API is pay-per-use (credits bought in the
developer portal). Reading your mentions is an &quot;owned read&quot; when you own the
app; each direct-message read, post and direct message sent is charged, and a
post with a link costs more. A Basic or Pro plan works as well. Without
credits or a plan, X refuses the requests (&quot;client-forbidden&quot; or &quot;usage
capped&quot;) and Desktop Inbox tells you so.</source>
        <translation>费用：X 的自助 API 按量付费（在开发者门户购买额度）。如果应用是你自己的，读取你的提及属于 &quot;owned read&quot;；每次读取私信、发帖和发送私信都要收费，带链接的帖子更贵。Basic 或 Pro 套餐同样可用。没有额度或套餐时，X 会拒绝请求（&quot;client-forbidden&quot; 或 &quot;usage capped&quot;），Desktop Inbox 会告诉你。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>What access the account needs: the scopes tweet.read, tweet.write,
users.read, dm.read, dm.write and offline.access (so Desktop Inbox can stay
signed in; the sign-in is renewed every two hours and kept in your keyring).
X lets an app reply only to posts that mention or quote your account, and
keeps direct messages for 30 days and your 800 newest mentions.</source>
        <translation>账号需要的权限：scope 为 tweet.read、tweet.write、users.read、dm.read、dm.write 和 offline.access（这样 Desktop Inbox 可以保持登录；登录每两小时续期一次，保存在你的钥匙串中）。X 只允许应用回复提及或引用你账号的帖子，私信只保留 30 天，提及只保留最新的 800 条。</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Counted as X does: emoji and Chinese, Japanese or Korean characters weigh 2, every link 23.</source>
        <translation>按 X 的方式计数：表情以及中文、日文、韩文字符算 2，每个链接算 23。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Add an X account</source>
        <translation>添加 X 账号</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mentions and direct messages on X, through your own X developer app (X charges for API use).</source>
        <translation>通过你自己的 X 开发者应用处理 X 上的提及和私信（X 对 API 使用收费）。</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Hears words, phrases and #hashtags in posts of the last 7 days (GET /2/tweets/search/recent) if your X developer access includes search: an app in a Project with pay-per-use credits or a Basic/Pro plan; each post read is billed. X lets self-serve apps reply only to posts that mention or quote you, so X may refuse a public reply to a heard post.</source>
        <translation>如果你的 X 开发者权限包含搜索（Project 中的应用，有按量付费额度或 Basic/Pro 套餐），就能在最近 7 天的帖子中倾听词语、短语和 #话题标签（GET /2/tweets/search/recent）；每读取一条帖子都会计费。X 只允许自助应用回复提及或引用你的帖子，因此 X 可能拒绝对倾听到的帖子的公开回复。</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/connectors/email/config.py" line="-134" />
        <source>Gmail needs an app password (Google Account → Security → App passwords) and IMAP enabled in Gmail&apos;s settings.</source>
        <translation>Gmail 需要应用专用密码（Google Account → Security → App passwords），并在 Gmail 设置中启用 IMAP。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Microsoft has turned off password sign-in for most Outlook and Microsoft 365 accounts; an app password works only where your administrator allows it.</source>
        <translation>Microsoft 已对大多数 Outlook 和 Microsoft 365 账号关闭密码登录；只有在管理员允许的情况下，应用专用密码才能使用。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Yahoo needs an app password (Account security → Generate app password).</source>
        <translation>Yahoo 需要应用专用密码（Account security → Generate app password）。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>iCloud needs an app-specific password (appleid.apple.com); the user name is your iCloud address.</source>
        <translation>iCloud 需要应用专用密码（appleid.apple.com）；用户名是你的 iCloud 地址。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Fastmail needs an app password (Settings → Privacy &amp; Security).</source>
        <translation>Fastmail 需要应用专用密码（Settings → Privacy &amp; Security）。</translation>
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
    <name>PublicAnyway</name>
    <message>
        <location filename="../../desktop_inbox/ui/conversation/public_anyway.py" line="+17" />
        <source>Send in public anyway</source>
        <translation>仍然公开发送</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Send as a direct message</source>
        <translation>以私信发送</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keep editing</source>
        <translation>继续编辑</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Personal data in public</source>
        <translation>公开回复中含个人信息</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Send this in public?</source>
        <translation>要公开发送吗？</translation>
    </message>
    <message>
        <location line="+3" />
        <source>It shows %1, and everyone can read a public reply. Send it as a direct message instead?</source>
        <translation>其中包含%1，而公开回复人人都能看到。改用私信发送吗？</translation>
    </message>
    <message>
        <location line="+2" />
        <source>It shows %1, and everyone can read a public reply.</source>
        <translation>其中包含%1，而公开回复人人都能看到。</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message numerus="yes">
        <location filename="../../desktop_inbox/ui/recovery.py" line="+43" />
        <source>%1

Restore the latest automatic backup, from %2 (%n message(s))? Messages that arrived since then are fetched again from the platforms; accounts ask you to sign in again. The damaged file is kept in the backups folder.</source>
        <comment>%1: what is damaged, %2: when the backup was taken</comment>
        <translation>
            <numerusform>%1

要恢复最近一次自动备份吗？这份备份创建于 %2，共 %n 条消息。之后收到的消息会从各平台重新获取；各账号需要重新登录。损坏的文件会保留在备份文件夹中。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+45" />
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
        <location filename="../../desktop_inbox/ui/conversation/followthrough.py" line="+23" />
        <source>Remind me in %n day(s)</source>
        <translation>
            <numerusform>%n 天后提醒我</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28" />
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
        <translation>
            <numerusform>%Ln 天；第 90 百分位最高 %1；目标 %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <location filename="../../desktop_inbox/ui/search/bar.py" line="+24" />
        <source>Search all messages  ( / )</source>
        <translation>搜索所有消息  ( / )</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Words in any order, &quot;exact phrases&quot;, from:, platform:, is:direct, is:mention, is:heard, state:, tag:, before:, after:</source>
        <comment>the search words (from:, is:direct…) stay in English: the search understands only these</comment>
        <translation>任意顺序的词语，&quot;完整短语&quot;，from:、platform:、is:direct、is:mention、is:heard、state:、tag:、before:、after:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Newest first</source>
        <translation>最新优先</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Best match</source>
        <translation>最佳匹配</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Order of search results</source>
        <translation>搜索结果排序</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keep this search in the sidebar, with a live count</source>
        <translation>把这个搜索保存到侧边栏，并实时显示数量</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Search results found</source>
        <translation>搜索到的结果</translation>
    </message>
    <message numerus="yes">
        <location line="+56" />
        <source>More than %Ln message(s) found</source>
        <translation>
            <numerusform>找到超过 %Ln 条消息</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%Ln message(s) found</source>
        <translation>
            <numerusform>找到 %Ln 条消息</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchHitDelegate</name>
    <message>
        <location filename="../../desktop_inbox/ui/search/results.py" line="+192" />
        <source>%1 · DM</source>
        <comment>a platform&apos;s direct messages</comment>
        <translation>%1 · 私信</translation>
    </message>
</context>
<context>
    <name>SearchResultsView</name>
    <message>
        <location line="+37" />
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
</context>
<context>
    <name>SendAtButton</name>
    <message>
        <location filename="../../desktop_inbox/ui/conversation/followthrough.py" line="-134" />
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
        <location line="+25" />
        <source>Send at</source>
        <translation>定时发送</translation>
    </message>
    <message>
        <location line="-23" />
        <source>Send this reply later: it waits in the outbox, and goes even if the app is closed then (at the next sync)</source>
        <translation>稍后发送这条回复：它在发件箱里等到设定的时间；如果那时应用没有打开，会在下次同步时发出</translation>
    </message>
    <message>
        <location line="+17" />
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
        <source>Enter the %1 server (your provider&apos;s help pages name it).</source>
        <translation>请输入 %1 服务器（邮箱服务商的帮助页面会写明）。</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../desktop_inbox/ui/sidebar.py" line="+24" />
        <source>Needs reply</source>
        <translation>待回复</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Waiting on customer</source>
        <translation>等待客户</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Snoozed</source>
        <translation>已暂缓</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Heard</source>
        <translation>听到的</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Views</source>
        <translation>视图</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Accounts</source>
        <translation>账号</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Inbox</source>
        <translation>收件箱</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Mine: assigned to me</source>
        <translation>我的：分配给我的</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Saved searches</source>
        <translation>已保存的搜索</translation>
    </message>
    <message>
        <location line="+93" />
        <source>Sign in again</source>
        <translation>重新登录</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sign in to %1 again</source>
        <translation>重新登录 %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 on %2 needs sign-in</source>
        <translation>%2 上的 %1 需要登录</translation>
    </message>
    <message>
        <location line="+8" />
        <source>last synced %1</source>
        <translation>上次同步：%1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>not synced yet</source>
        <translation>尚未同步</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1: %2</source>
        <comment>a platform: the account&apos;s state</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1. %2</source>
        <comment>the account&apos;s state. what cannot be reached</comment>
        <translation>%1。%2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 on %2. %3</source>
        <translation>%2 上的 %1。%3</translation>
    </message>
    <message>
        <location line="+1" />
        <source>＋ Add account…</source>
        <translation>＋ 添加账号…</translation>
    </message>
    <message>
        <location line="+51" />
        <source>Saved search %1, %2 conversations</source>
        <translation>已保存的搜索 %1，%2 个对话</translation>
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
        <location filename="../../desktop_inbox/ui/dialogs/snippets.py" line="+32" />
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
        <comment>keep {first_name} as it is: the customer&apos;s first name goes there</comment>
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
    <name>Status</name>
    <message>
        <location filename="../../desktop_inbox/services/signin/meta.py" line="+64" />
        <source>Added {handle} (account {account_id}).</source>
        <translation>已添加 {handle}（账号 {account_id}）。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>  {what}: works</source>
        <translation>  {what}：可用</translation>
    </message>
    <message>
        <location line="+2" />
        <source>  {what}: {how}</source>
        <translation>  {what}：{how}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The token is valid until about {when}; Desktop Inbox renews it before then while it syncs (at least once every 50 days). If it lapses, generate a new one and add the account again.</source>
        <translation>令牌大约在 {when} 前有效；Desktop Inbox 在同步时会提前续期（至少每 50 天一次）。如果过期了，请生成新令牌并重新添加账号。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>This token expires on {when}: generate a Page token that does not expire in your app&apos;s Messenger settings, and add the account again before then.</source>
        <translation>此令牌将于 {when} 过期：请在应用的 Messenger 设置中生成一个不会过期的主页令牌，并在此之前重新添加账号。</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/services/status.py" line="+27" />
        <source>Not synced yet</source>
        <translation>尚未同步</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Team server unreachable</source>
        <translation>无法连接团队服务器</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Trouble</source>
        <translation>有问题</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keyring locked</source>
        <translation>钥匙串已锁定</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Needs sign-in</source>
        <translation>需要登录</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Error</source>
        <translation>出错</translation>
    </message>
    <message>
        <location line="+4" />
        <source>not synced yet</source>
        <translation>尚未同步</translation>
    </message>
    <message>
        <location line="+1" />
        <source>connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+9" />
        <source>offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location line="-8" />
        <source>team server unreachable</source>
        <translation>无法连接团队服务器</translation>
    </message>
    <message>
        <location line="+1" />
        <source>trouble</source>
        <translation>有问题</translation>
    </message>
    <message>
        <location line="+1" />
        <source>keyring locked</source>
        <translation>钥匙串已锁定</translation>
    </message>
    <message>
        <location line="+1" />
        <source>needs sign-in</source>
        <translation>需要登录</translation>
    </message>
    <message>
        <location line="+1" />
        <source>error</source>
        <translation>出错</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the team server is unreachable</source>
        <translation>团队服务器无法连接</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the keyring is locked</source>
        <translation>钥匙串已锁定</translation>
    </message>
    <message>
        <location line="+1" />
        <source>account needs sign-in</source>
        <translation>账号需要登录</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The account needs you to sign in again.</source>
        <translation>此账号需要你重新登录。</translation>
    </message>
    <message>
        <location line="+24" />
        <source>{state}: {reason} (next try at {time:%H:%M})</source>
        <translation>{state}：{reason}（下次尝试 {time:%H:%M}）</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{state}: {reason}</source>
        <translation>{state}：{reason}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{state} (next try at {time:%H:%M})</source>
        <translation>{state}（下次尝试 {time:%H:%M}）</translation>
    </message>
    <message>
        <location line="+12" />
        <source>No accounts yet</source>
        <translation>还没有账号</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>● Online</source>
        <translation>● 在线</translation>
    </message>
    <message>
        <location line="+5" />
        <source>◐ Online — {failing} of {total} accounts cannot sync: {why}</source>
        <translation>◐ 在线 — {total} 个账号中有 {failing} 个无法同步：{why}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>◐ Online — one account cannot sync: {why}</source>
        <translation>◐ 在线 — 有一个账号无法同步：{why}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>⚠ Team server unreachable — replies wait in the outbox</source>
        <translation>⚠ 无法连接团队服务器 — 回复在发件箱中等待</translation>
    </message>
    <message>
        <location line="-21" />
        <source>⚠ Team server unreachable — reading your local copy</source>
        <translation>⚠ 无法连接团队服务器 — 正在阅读您的本地副本</translation>
    </message>
    <message>
        <location line="+23" />
        <source>○ Offline — replies wait in the outbox</source>
        <translation>○ 离线 — 回复在发件箱中等待</translation>
    </message>
    <message>
        <location line="+1" />
        <source>⚠ No account can sync ({why}) — replies wait in the outbox</source>
        <translation>⚠ 所有账号都无法同步（{why}）— 回复在发件箱中等待</translation>
    </message>
    <message>
        <location line="+16" />
        <source>late: it was to go at {time:%a %d %b %H:%M}; it goes with the next sync ({why})</source>
        <translation>已延迟：原定 {time:%m月%d日 %H:%M} 发送；将随下次同步发出（{why}）</translation>
    </message>
    <message>
        <location line="+4" />
        <source>late: it was to go at {time:%a %d %b %H:%M}; it goes with the next sync</source>
        <translation>已延迟：原定 {time:%m月%d日 %H:%M} 发送；将随下次同步发出</translation>
    </message>
    <message>
        <location line="+3" />
        <source>scheduled for {time:%a %d %b %H:%M}</source>
        <translation>定于 {time:%m月%d日 %H:%M} 发送</translation>
    </message>
    <message>
        <location line="+2" />
        <source>not sent yet: {why}</source>
        <translation>尚未发送：{why}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>not sent yet: can be undone until {time:%H:%M:%S}</source>
        <translation>尚未发送：{time:%H:%M:%S} 前可以撤销</translation>
    </message>
    <message>
        <location line="+2" />
        <source>not sent yet: waiting for the next sync</source>
        <translation>尚未发送：等待下次同步</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/connectors/mastodon/listening.py" line="-28" />
        <source>Mastodon finds words only in public posts whose authors opted in to search; {host} searches its own and federated posts.</source>
        <translation>Mastodon 只能在作者允许被搜索的公开帖子中找到词语；{host} 会搜索本站和联邦的帖子。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Nothing found yet. {host} may offer no full-text search of posts (most Mastodon servers don&apos;t), and where it does, only posts whose authors opted in are found. #hashtags are heard everywhere.</source>
        <translation>还没有找到。{host} 可能不提供帖子全文搜索（大多数 Mastodon 服务器都不提供）；即使提供，也只能找到作者允许被搜索的帖子。#话题标签在哪里都能倾听。</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/services/signin/email.py" line="-22" />
        <source>signed in to {server}; Sent folder: {folder}</source>
        <translation>已登录 {server}；已发送文件夹：{folder}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>signed in to {server}; no Sent folder found</source>
        <translation>已登录 {server}；未找到已发送文件夹</translation>
    </message>
    <message>
        <location line="+10" />
        <source>signed in to {server}</source>
        <translation>已登录 {server}</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/store/accounts.py" line="-185" />
        <source>{part} unavailable: {why}</source>
        <translation>{part}暂不可用：{why}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>direct messages</source>
        <translation>私信</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/store/backup.py" line="-313" />
        <source>, with {files} media files ({size:.1f} MB)</source>
        <translation>，含 {files} 个媒体文件（{size:.1f} MB）</translation>
    </message>
    <message>
        <location line="+3" />
        <source>, without the {files} media files kept (the sync fetches them again)</source>
        <translation>，不含已保存的 {files} 个媒体文件（同步时会重新获取）</translation>
    </message>
    <message>
        <location line="+3" />
        <source>, no media</source>
        <translation>，不含媒体文件</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{file} ({when}, {messages} messages in {conversations} conversations, {accounts} account(s), {waiting} repl(y/ies) waiting, {size:.1f} MB{media}{encrypted})</source>
        <translation>{file}（{when}，{conversations} 个对话中的 {messages} 条消息，{accounts} 个账号，{waiting} 条回复待发送，{size:.1f} MB{media}{encrypted}）</translation>
    </message>
    <message>
        <location line="+14" />
        <source>, encrypted</source>
        <translation>，已加密</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/store/merges.py" line="+71" />
        <source>one profile links to the other ({link})</source>
        <translation>一个资料页链接到另一个（{link}）</translation>
    </message>
    <message>
        <location line="+3" />
        <source>same user name ({name})</source>
        <translation>用户名相同（{name}）</translation>
    </message>
    <message>
        <location line="+3" />
        <source>same name ({name})</source>
        <translation>同名（{name}）</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/sync/status.py" line="+26" />
        <source>The keyring did not answer in time (is it locked?).</source>
        <translation>钥匙串没有及时响应（是否已锁定？）。</translation>
    </message>
</context>
<context>
    <name>StorageDialog</name>
    <message>
        <location filename="../../desktop_inbox/ui/style.py" line="+10" />
        <source>%1 MB</source>
        <comment>megabytes</comment>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/ui/dialogs/storage.py" line="+35" />
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
        <source>The cache takes &lt;b&gt;%1&lt;/b&gt; for %2 in %3 with %4, and &lt;b&gt;%5&lt;/b&gt; of customers&apos; pictures (%6). Everything stays readable and searchable offline. Untick an account to keep no pictures of it (what it keeps is removed); each keeps at most its cap, the oldest pictures going first.</source>
        <comment>%1, %5: sizes; %2: &apos;n messages&apos;, %3: &apos;n conversations&apos;, %4: &apos;n customers&apos;, %6: &apos;n files&apos;</comment>
        <translation>本地缓存占用 &lt;b&gt;%1&lt;/b&gt;：与 %4的 %3，共 %2；客户图片另占 &lt;b&gt;%5&lt;/b&gt;（%6）。所有内容离线时都能阅读和搜索。取消勾选某个账号就不再保存它的图片（已保存的会删除）；每个账号最多保存到其上限，超出时先删最旧的图片。</translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln 条消息</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%Ln conversation(s)</source>
        <translation>
            <numerusform>%Ln 个对话</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln 位客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln 个文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+58" />
        <source>Forgot %Ln message(s).</source>
        <translation>
            <numerusform>已删除 %Ln 条消息。</numerusform>
        </translation>
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
        <source>Keep this account&apos;s customer pictures for offline reading</source>
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
        <translation>
            <numerusform>%1 在 %n 分钟前回复了这位客户。</numerusform>
        </translation>
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
        <location filename="../../desktop_inbox/ui/conversation/thread_view.py" line="+195" />
        <source>Conversation thread</source>
        <translation>对话消息</translation>
    </message>
    <message>
        <location line="+201" />
        <source>Copy text</source>
        <translation>复制文本</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Copy link</source>
        <translation>复制链接</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/ui/conversation/media_html.py" line="+27" />
        <source>picture</source>
        <translation>图片</translation>
    </message>
    <message>
        <location line="+1" />
        <source>animation</source>
        <translation>动图</translation>
    </message>
    <message>
        <location line="+1" />
        <source>video</source>
        <translation>视频</translation>
    </message>
    <message>
        <location line="+1" />
        <source>sound</source>
        <translation>音频</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 not downloaded yet</source>
        <translation>%1尚未下载</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 not kept (over this account&apos;s space for pictures)</source>
        <translation>%1未保留（超出此账号的图片空间）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 not shown: the file is not a picture that can be opened safely</source>
        <translation>%1未显示：该文件不是可以安全打开的图片</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 could not be downloaded</source>
        <translation>%1无法下载</translation>
    </message>
    <message>
        <location line="+30" />
        <source>%1: %2</source>
        <comment>an attachment&apos;s kind: its description</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+13" />
        <source>open</source>
        <comment>a link: open the attachment</comment>
        <translation>打开</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 not downloaded</source>
        <translation>%1未下载</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/ui/conversation/thread_render.py" line="+27" />
        <source>public</source>
        <translation>公开</translation>
    </message>
    <message>
        <location line="+1" />
        <source>unlisted</source>
        <translation>不公开列出</translation>
    </message>
    <message>
        <location line="+1" />
        <source>followers only</source>
        <translation>仅关注者</translation>
    </message>
    <message>
        <location line="+1" />
        <source>direct message</source>
        <translation>私信</translation>
    </message>
    <message>
        <location line="+61" />
        <source>The platform refused this reply.</source>
        <translation>平台拒绝了这条回复。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Retry</source>
        <comment>a link: send a refused reply again</comment>
        <translation>重试</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Not sent: %1 %2 · %3</source>
        <comment>why; the links Retry and Cancel</comment>
        <translation>未发送：%1 %2 · %3</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The server did not confirm it.</source>
        <translation>服务器没有确认。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>May have been sent: %1 It will not be sent again by itself; open the outbox to resend it or mark it as sent.</source>
        <translation>可能已发送：%1 它不会自动重发；请打开发件箱重新发送，或标为已发送。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Waiting to be sent</source>
        <translation>等待发送</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Scheduled for %1</source>
        <translation>定于 %1 发送</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last try: %1 — it will be sent again automatically.</source>
        <translation>上次尝试：%1 — 会自动重新发送。</translation>
    </message>
    <message>
        <location line="+15" />
        <source>file</source>
        <comment>an attachment</comment>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+25" />
        <source>open in browser</source>
        <translation>在浏览器中打开</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Cancel</source>
        <comment>a link: take back a reply waiting to go out</comment>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message>
        <location filename="../../desktop_inbox/ui/style.py" line="+27" />
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
        <comment>a day on a chart&apos;s axis (Qt date format)</comment>
        <translation>M月d日</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/ui/conversation/thread_render.py" line="-9" />
        <source>dd MMM yyyy, HH:mm</source>
        <comment>a day in another year and its time (Qt date format)</comment>
        <translation>yyyy年M月d日 HH:mm</translation>
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
        <comment>a month&apos;s name and how many messages it holds</comment>
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
        <comment>a month&apos;s heading: the month&apos;s name, the year</comment>
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
        <comment>a platform&apos;s direct messages</comment>
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
        <location filename="../../desktop_inbox/ui/tray.py" line="+50" />
        <source>Show Desktop Inbox</source>
        <translation>显示 Desktop Inbox</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message numerus="yes">
        <location line="+25" />
        <source>%1: %Ln customer(s) waiting for an answer</source>
        <translation>
            <numerusform>%1：%Ln 位客户在等回复</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1: nobody waiting</source>
        <translation>%1：没有人在等待</translation>
    </message>
</context>
<context>
    <name>WindowDialogs</name>
    <message>
        <location filename="../../desktop_inbox/ui/mainwindow/dialogs.py" line="+211" />
        <source>Search for something first; then export the results.</source>
        <translation>请先搜索，再导出结果。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Open a conversation first.</source>
        <translation>请先打开一个对话。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Type a search first.</source>
        <translation>请先输入搜索内容。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Save search</source>
        <translation>保存搜索</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Name for “%1”:</source>
        <translation>为“%1”命名：</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The cache of your conversations is damaged.</source>
        <translation>你的对话本地缓存已损坏。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1

The earlier backups were kept. Quit and start %2 again: it offers to restore the latest good one.</source>
        <translation>%1

之前的备份都还在。请退出并重新启动 %2，它会提示你恢复最近一份完好的备份。</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
</context>
<context>
    <name>XPage</name>
    <message>
        <location filename="../../desktop_inbox/ui/signin/x.py" line="+31" />
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
        <source>Paste your X app&apos;s OAuth 2.0 Client ID (developer.x.com → your app → Keys and tokens).</source>
        <translation>请粘贴你的 X 应用的 OAuth 2.0 Client ID（developer.x.com → 你的应用 → Keys and tokens）。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Preparing the sign-in…</source>
        <translation>正在准备登录…</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Waiting for you to authorise your app on X in the browser… &lt;a href=&quot;%1&quot;&gt;Open the page again&lt;/a&gt;</source>
        <translation>正在等待你在浏览器中为 X 授权你的应用… &lt;a href=&quot;%1&quot;&gt;重新打开页面&lt;/a&gt;</translation>
    </message>
</context>
</TS>

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
    <name>Actions</name>
    <message>
        <location filename="../../desktop_inbox/ui/mainwindow/actions.py" line="+73" />
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
        <source>This customer's &amp;history…</source>
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
    <name>AttachmentBar</name>
    <message>
        <location filename="../../desktop_inbox/ui/conversation/attachments.py" line="+101" />
        <source>Pictures</source>
        <translation>图片</translation>
    </message>
    <message>
        <location line="+10" />
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
        <location line="+23" />
        <source>Attach pictures</source>
        <translation>添加图片</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Pictures (%1)</source>
        <translation>图片 (%1)</translation>
    </message>
    <message>
        <location line="+37" />
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
    <name>Composer</name>
    <message>
        <location filename="../../desktop_inbox/ui/conversation/composer.py" line="+98" />
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
        <location line="+69" />
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
        <location line="+88" />
        <source>%n character(s)</source>
        <translation><numerusform>%n 个字符</numerusform></translation>
    </message>
    <message>
        <location line="+2" />
        <source>No length limit.</source>
        <translation>没有长度限制。</translation>
    </message>
    <message>
        <location line="+17" />
        <source>{my_name} is your name, and it is empty: set it once in &lt;a href='preferences'&gt;Preferences ▸ Your name&lt;/a&gt;, or type it here.</source>
        <translation>{my_name}（你的名字）还是空的：在&lt;a href='preferences'&gt;偏好设置 ▸ 你的名字&lt;/a&gt;中设置一次，或直接在这里输入。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Fill in %1 first: &lt;a href='next'&gt;go to it&lt;/a&gt; (Tab).</source>
        <translation>请先填写 %1：&lt;a href='next'&gt;跳过去&lt;/a&gt;（Tab）。</translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>This reads almost like replies already sent to &lt;b&gt;%n&lt;/b&gt; other customer(s). A line written for this person makes all the difference.</source>
        <translation><numerusform>这和已发给另外 &lt;b&gt;%n&lt;/b&gt; 位客户的回复几乎一样。加一句专门写给这位客户的话，效果大不相同。</numerusform></translation>
    </message>
    <message>
        <location line="+10" />
        <source>Private details in a public reply: &lt;b&gt;%1&lt;/b&gt;. Take this to direct messages?</source>
        <translation>公开回复中含有私人信息：&lt;b&gt;%1&lt;/b&gt;。改用私信吗？</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Fill in the placeholders first.</source>
        <translation>请先填写待填项。</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Too long for this platform.</source>
        <translation>超出此平台的长度限制。</translation>
    </message>
    <message>
        <location line="+24" />
        <source>&lt;b style='color:%1'&gt;Cannot be answered here now:&lt;/b&gt; %2</source>
        <translation>&lt;b style='color:%1'&gt;现在无法在此回复：&lt;/b&gt;%2</translation>
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
        <source>The platform takes replies for a limited time after the customer's last message.</source>
        <translation>平台只在客户最后一条消息后的一段时间内接受回复。</translation>
    </message>
    <message>
        <location line="+55" />
        <source>Thanks {first_name}! I've sent you a direct message.</source>
        <comment>sent to the customer</comment>
        <translation>谢谢 {first_name}！已私信你。</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Scheduled for %1 — it waits in the outbox (File ▸ Outbox: edit, move or cancel it until then).</source>
        <translation>已定于 %1 发送 — 在发件箱中等候（文件 ▸ 发件箱：在此之前可以编辑、改时间或取消）。</translation>
    </message>
    <message numerus="yes">
        <location line="+18" />
        <source>Sending in %n s…</source>
        <translation><numerusform>%n 秒后发送…</numerusform></translation>
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
        <location filename="../../desktop_inbox/ui/statusbar/connection.py" line="+16" />
        <source>Connection</source>
        <translation>连接</translation>
    </message>
</context>
<context>
    <name>ConversationHeader</name>
    <message>
        <location filename="../../desktop_inbox/ui/conversation/header.py" line="+33" />
        <source>Conversation</source>
        <translation>对话</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+62" />
        <source>Mark done</source>
        <translation>标为已完成</translation>
    </message>
    <message>
        <location line="-61" />
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
        <location line="+24" />
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
        <source>&lt;b style='color:%1'&gt;needs a reply&lt;/b&gt; · waiting %2</source>
        <translation>&lt;b style='color:%1'&gt;待回复&lt;/b&gt; · 已等待 %2</translation>
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
        <source>&lt;b style='color:%1'&gt;heard&lt;/b&gt; by listening — not addressed to you; answer in public or dismiss it</source>
        <translation>&lt;b style='color:%1'&gt;倾听到的&lt;/b&gt;帖子 — 并非发给你；可以公开回复，或忽略它</translation>
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
        <source>&lt;b style='color:%1'&gt;follow-up&lt;/b&gt;: no answer by %2</source>
        <translation>&lt;b style='color:%1'&gt;跟进提醒&lt;/b&gt;：到 %2 仍未回复</translation>
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
        <location filename="../../desktop_inbox/ui/conversation_list.py" line="+293" />
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
        <location line="+44" />
        <source>wakes %1</source>
        <comment>a snoozed conversation comes back at a time</comment>
        <translation>%1 回来</translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <location line="-260" />
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
        <location line="+282" />
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
        <location filename="../../desktop_inbox/ui/conversation/pane.py" line="+286" />
        <source>Sent through the customer's other channel: it is in that conversation.</source>
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
        <translation><numerusform>已忽略 %n 条听到的帖子；已屏蔽 %1。</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Dismissed %n heard post(s).</source>
        <translation><numerusform>已忽略 %n 条听到的帖子。</numerusform></translation>
    </message>
    <message>
        <location line="+27" />
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
        <location filename="../../desktop_inbox/ui/customer_panel.py" line="+37" />
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
        <location line="+45" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="-43" />
        <source>Add a tag…</source>
        <translation>添加标签…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add a tag</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Earlier conversations</source>
        <translation>以往对话</translation>
    </message>
    <message>
        <location line="+8" />
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
        <source>Log a phone call or a meeting on this customer's timeline</source>
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
        <source>Select a conversation to see the customer's story.</source>
        <translation>选择一个对话，查看这位客户的来龙去脉。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>First contact %1 · %2 · %3</source>
        <translation>首次联系 %1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <location line="+0" />
        <source>%n conversation(s)</source>
        <translation><numerusform>%n 个对话</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+0" />
        <source>%n message(s)</source>
        <translation><numerusform>%n 条消息</numerusform></translation>
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
        <location line="+12" />
        <source>%1 %2, %3, %4: %5</source>
        <translation>%1 %2，%3，%4：%5</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 %2 — %3</source>
        <translation>%1 %2 — %3</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+59" />
        <source>%1 · %2 · viewing</source>
        <translation>%1 · %2 · 正在查看</translation>
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
        <location line="+173" />
        <source>No message matches “%1”.</source>
        <translation>没有与“%1”匹配的消息。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_inbox/ui/mainwindow/window.py" line="+105" />
        <source>Demo workspace — %1</source>
        <translation>演示工作区 — %1</translation>
    </message>
    <message>
        <location line="+355" />
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <location line="+45" />
        <source>The automatic backup failed: %1</source>
        <translation>自动备份失败：%1</translation>
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
    <name>PersonBriefWidget</name>
    <message>
        <location filename="../../desktop_inbox/ui/conversation/person_brief.py" line="+19" />
        <source>About this customer</source>
        <translation>关于这位客户</translation>
    </message>
    <message>
        <location line="+24" />
        <source>&lt;i&gt;Who you are answering appears here.&lt;/i&gt;</source>
        <translation>&lt;i&gt;这里会显示你正在回复的人。&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&lt;b&gt;%1&lt;/b&gt; — call them &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — 称呼：&lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>%n conversation(s)</source>
        <translation><numerusform>%n 个对话</numerusform></translation>
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
        <location filename="../../desktop_inbox/ui/conversation/attachments.py" line="-195" />
        <source>Describe the picture (required)</source>
        <translation>描述这张图片（必填）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Alt text for %1</source>
        <translation>%1 的替代文字</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Remove %1</source>
        <translation>移除 %1</translation>
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
        <source>Words in any order, "exact phrases", from:, platform:, is:direct, is:mention, is:heard, state:, tag:, before:, after:</source>
        <comment>the search words (from:, is:direct…) stay in English: the search understands only these</comment>
        <translation>任意顺序的词语，"完整短语"，from:、platform:、is:direct、is:mention、is:heard、state:、tag:、before:、after:</translation>
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
        <location line="+48" />
        <source>More than %Ln message(s) found</source>
        <translation><numerusform>找到超过 %Ln 条消息</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%Ln message(s) found</source>
        <translation><numerusform>找到 %Ln 条消息</numerusform></translation>
    </message>
</context>
<context>
    <name>SearchHitDelegate</name>
    <message>
        <location filename="../../desktop_inbox/ui/search/results.py" line="+191" />
        <source>%1 · DM</source>
        <comment>a platform's direct messages</comment>
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
        <location line="+17" />
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
        <location line="+7" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Saved searches</source>
        <translation>已保存的搜索</translation>
    </message>
    <message>
        <location line="+82" />
        <source>This account needs you to sign in again.</source>
        <translation>此账号需要重新登录。</translation>
    </message>
    <message>
        <location line="+1" />
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
        <comment>a platform: the account's state</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1. %2</source>
        <comment>the account's state. what cannot be reached</comment>
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
        <location line="+48" />
        <source>Saved search %1, %2 conversations</source>
        <translation>已保存的搜索 %1，%2 个对话</translation>
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
    <message>
        <location filename="../../desktop_inbox/ui/conversation/media_html.py" line="+28" />
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
        <source>%1 not kept (over this account's space for pictures)</source>
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
        <location line="+28" />
        <source>%1: %2</source>
        <comment>an attachment's kind: its description</comment>
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
        <location line="+14" />
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

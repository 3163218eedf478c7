<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AddAccountDialog</name>
    <message>
        <location filename="../../desktop_inbox/ui/signin/dialog.py" line="+61"/>
        <source>‹ Back</source>
        <translation>‹ 返回</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another platform</source>
        <translation>选择其他平台</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Add an account</source>
        <translation>添加账号</translation>
    </message>
</context>
<context>
    <name>BlueskyPage</name>
    <message>
        <location filename="../../desktop_inbox/ui/signin/bluesky.py" line="+32"/>
        <source>Bluesky handle</source>
        <translation>Bluesky 用户名</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>App password</source>
        <translation>应用专用密码</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Found from your handle (needed only if that fails)</source>
        <translation>根据用户名自动查找（仅在查找失败时填写）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bluesky server address</source>
        <translation>Bluesky 服务器地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handle</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enter your Bluesky handle, e.g. shop.bsky.social.</source>
        <translation>请输入你的 Bluesky 用户名，例如 shop.bsky.social。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter an app password (Settings → Privacy and security → App passwords).</source>
        <translation>请输入应用专用密码（在 Bluesky 中：Settings → Privacy and security → App passwords）。</translation>
    </message>
</context>
<context>
    <name>ConnectionLabel</name>
    <message>
        <location filename="../../desktop_inbox/ui/statusbar/connection.py" line="+16"/>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
</context>
<context>
    <name>InstagramPage</name>
    <message>
        <location filename="../../desktop_inbox/ui/signin/meta.py" line="+108"/>
        <source>From “API setup with Instagram business login” → Generate token</source>
        <translation>在“API setup with Instagram business login”中点 Generate token</translation>
    </message>
</context>
<context>
    <name>MastodonPage</name>
    <message>
        <location filename="../../desktop_inbox/ui/signin/mastodon.py" line="+28"/>
        <source>Your browser opens your server&apos;s sign-in page. Desktop Inbox asks to read your mentions and direct messages and to post replies. Your password never reaches this app, and the access key is kept in your system keyring.</source>
        <translation>浏览器会打开你所在服务器的登录页面。Desktop Inbox 会申请读取你的提及和私信、发布回复的权限。你的密码不会经过本应用，访问密钥保存在系统钥匙串中。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mastodon server address</source>
        <translation>Mastodon 服务器地址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste the code from the browser here</source>
        <translation>在此粘贴浏览器中显示的授权码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authorisation code</source>
        <translation>授权码</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+55"/>
        <source>Sign in with browser</source>
        <translation>用浏览器登录</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Use a code instead</source>
        <translation>改用授权码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the browser cannot come back to the app, the server can show a code to paste.</source>
        <translation>如果浏览器无法跳回本应用，服务器可以显示一个授权码，由你粘贴过来。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter your Mastodon server&apos;s address, e.g. mastodon.social.</source>
        <translation>请输入你的 Mastodon 服务器地址，例如 mastodon.social。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not a server address; it looks like mastodon.social.</source>
        <translation>“%1”不是服务器地址；服务器地址形如 mastodon.social。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contacting the server…</source>
        <translation>正在连接服务器…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paste the code the server showed in the browser.</source>
        <translation>请粘贴服务器在浏览器中显示的授权码。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Finish sign-in</source>
        <translation>完成登录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve Desktop Inbox in the browser, then paste the code it shows here.</source>
        <translation>请在浏览器中授权 Desktop Inbox，然后把显示的授权码粘贴到这里。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting for you to approve Desktop Inbox in the browser… &lt;a href=&quot;%1&quot;&gt;Open the page again&lt;/a&gt;</source>
        <translation>正在等待你在浏览器中授权 Desktop Inbox… &lt;a href=&quot;%1&quot;&gt;重新打开页面&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>MessengerPage</name>
    <message>
        <location filename="../../desktop_inbox/ui/signin/meta.py" line="+17"/>
        <source>From Messenger API Settings → Generate token next to your Page</source>
        <translation>在 Messenger API Settings 中，点你的公共主页旁边的 Generate token</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your Facebook Page&apos;s ID</source>
        <translation>你的 Facebook 公共主页编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facebook Page ID</source>
        <translation>Facebook 公共主页编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page ID</source>
        <translation>主页编号</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter your Facebook Page&apos;s ID (on the Page: About → Page transparency).</source>
        <translation>请输入你的 Facebook 公共主页编号（在主页上：About → Page transparency）。</translation>
    </message>
</context>
<context>
    <name>MetaPage</name>
    <message>
        <location line="-99"/>
        <source>Desktop Inbox works through your own Meta app — here is why and how:</source>
        <translation>Desktop Inbox 通过你自己的 Meta 应用工作——原因和步骤如下：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How to get a token</source>
        <translation>如何获取访问令牌</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The number at the top of your app&apos;s page</source>
        <translation>应用页面顶部的那串数字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meta app ID</source>
        <translation>Meta 应用编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>App ID</source>
        <translation>应用编号</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Access token</source>
        <translation>访问令牌</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token</source>
        <translation>令牌</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meta approved the Human Agent feature for my app</source>
        <translation>Meta 已为我的应用批准 Human Agent（人工客服）功能</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A person may then answer for 7 days after the customer&apos;s last message, not 24 hours.</source>
        <translation>批准后，真人客服可以在客户最后一条消息后的 7 天内回复，而不只是 24 小时。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check and add</source>
        <translation>检查并添加</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Enter your Meta app&apos;s ID (developers.facebook.com/apps).</source>
        <translation>请输入你的 Meta 应用编号（developers.facebook.com/apps）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste the token generated in your app&apos;s dashboard.</source>
        <translation>请粘贴在应用控制面板中生成的访问令牌。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checking the token with Meta…</source>
        <translation>正在向 Meta 验证令牌…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: %2</source>
        <comment>an account, then what works for it</comment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>OutboxCount</name>
    <message>
        <location filename="../../desktop_inbox/ui/statusbar/outbox.py" line="+11"/>
        <source>Replies waiting to go out</source>
        <translation>待发送的回复</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n reply(s) waiting to go out</source>
        <translation>
            <numerusform>%n 条回复待发送</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outbox empty</source>
        <translation>发件箱为空</translation>
    </message>
</context>
<context>
    <name>ProgressLabel</name>
    <message>
        <location filename="../../desktop_inbox/ui/statusbar/progress.py" line="+16"/>
        <source>History import</source>
        <translation>导入历史记录</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Importing history… back to %1</source>
        <translation>正在导入历史记录…已到 %1</translation>
    </message>
</context>
<context>
    <name>SyncTimeLabel</name>
    <message>
        <location filename="../../desktop_inbox/ui/statusbar/synctime.py" line="+15"/>
        <source>Last sync</source>
        <translation>上次同步</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Synced %1</source>
        <translation>%1 已同步</translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message>
        <location filename="../../desktop_inbox/ui/style.py" line="+60"/>
        <source>HH:mm</source>
        <comment>a time today (Qt date format)</comment>
        <translation>HH:mm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dd MMM HH:mm</source>
        <comment>a time this year (Qt date format)</comment>
        <translation>M月d日 HH:mm</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>dd MMM yyyy</source>
        <comment>a day in another year (Qt date format)</comment>
        <translation>yyyy年M月d日</translation>
    </message>
</context>
<context>
    <name>XPage</name>
    <message>
        <location filename="../../desktop_inbox/ui/signin/x.py" line="+30"/>
        <source>Desktop Inbox signs in to X with your own X developer app — here is why and how:</source>
        <translation>Desktop Inbox 通过你自己的 X 开发者应用登录 X——原因和步骤如下：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How to get a client ID</source>
        <translation>如何获取 Client ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OAuth 2.0 Client ID from developer.x.com</source>
        <translation>developer.x.com 上的 OAuth 2.0 Client ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X client ID</source>
        <translation>X 的 Client ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client ID</source>
        <translation>Client ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in with browser</source>
        <translation>用浏览器登录</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Paste your X app&apos;s OAuth 2.0 Client ID (developer.x.com → your app → Keys and tokens).</source>
        <translation>请粘贴你的 X 应用的 OAuth 2.0 Client ID（developer.x.com → 你的应用 → Keys and tokens）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Preparing the sign-in…</source>
        <translation>正在准备登录…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Waiting for you to authorise your app on X in the browser… &lt;a href=&quot;%1&quot;&gt;Open the page again&lt;/a&gt;</source>
        <translation>正在等待你在浏览器中为 X 授权你的应用… &lt;a href=&quot;%1&quot;&gt;重新打开页面&lt;/a&gt;</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccountsDialog</name>
    <message numerus="yes">
        <location filename="../../desktop_inbox/ui/dialogs/accounts.py" line="+186" />
        <source>%Ln conversation(s)</source>
        <translation>
            <numerusform>%Ln conversation</numerusform>
            <numerusform>%Ln conversations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln message</numerusform>
            <numerusform>%Ln messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message numerus="yes">
        <location filename="../../desktop_inbox/ui/conversation/composer.py" line="+393" />
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+30" />
        <source>This reads almost like replies already sent to &lt;b&gt;%n&lt;/b&gt; other customer(s). A line written for this person makes all the difference.</source>
        <translation>
            <numerusform>This reads almost like replies already sent to &lt;b&gt;%n&lt;/b&gt; other customer. A line written for this person makes all the difference.</numerusform>
            <numerusform>This reads almost like replies already sent to &lt;b&gt;%n&lt;/b&gt; other customers. A line written for this person makes all the difference.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+184" />
        <source>Sending in %n s…</source>
        <translation>
            <numerusform>Sending in %n s…</numerusform>
            <numerusform>Sending in %n s…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConversationPane</name>
    <message numerus="yes">
        <location filename="../../desktop_inbox/ui/conversation/pane.py" line="+406" />
        <source>Dismissed %n heard post(s); %1 is muted.</source>
        <translation>
            <numerusform>Dismissed %n heard post; %1 is muted.</numerusform>
            <numerusform>Dismissed %n heard posts; %1 is muted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Dismissed %n heard post(s).</source>
        <translation>
            <numerusform>Dismissed %n heard post.</numerusform>
            <numerusform>Dismissed %n heard posts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message numerus="yes">
        <location filename="../../desktop_inbox/ui/customer_panel.py" line="+191" />
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversation</numerusform>
            <numerusform>%n conversations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0" />
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardDialog</name>
    <message numerus="yes">
        <location filename="../../desktop_inbox/ui/dialogs/dashboard.py" line="+241" />
        <source>Last %Ln day(s)</source>
        <translation>
            <numerusform>Last %Ln day</numerusform>
            <numerusform>Last %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+78" />
        <source>conversation(s) waiting now</source>
        <translation>
            <numerusform>conversation waiting now</numerusform>
            <numerusform>conversations waiting now</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>customer message(s) answered in %1 days</source>
        <comment>%1: 30 or 90</comment>
        <translation>
            <numerusform>customer message answered in %1 days</numerusform>
            <numerusform>customer messages answered in %1 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>%Ln customer message(s) of the last %1 days not answered yet.</source>
        <translation>
            <numerusform>%Ln customer message of the last %1 days is not answered yet.</numerusform>
            <numerusform>%Ln customer messages of the last %1 days are not answered yet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportWords</name>
    <message numerus="yes">
        <location filename="../../desktop_inbox/ui/dialogs/export.py" line="+86" />
        <source>Exported %Ln message(s) to %1.</source>
        <comment>%1: the file</comment>
        <translation>
            <numerusform>Exported %Ln message to %1.</numerusform>
            <numerusform>Exported %Ln messages to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+21" />
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln message</numerusform>
            <numerusform>%Ln messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%Ln conversation(s)</source>
        <translation>
            <numerusform>%Ln conversation</numerusform>
            <numerusform>%Ln conversations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpMenu</name>
    <message numerus="yes">
        <location filename="../../desktop_inbox/ui/followup.py" line="+29" />
        <source>In %n day(s)  (%1)</source>
        <translation>
            <numerusform>In %n day  (%1)</numerusform>
            <numerusform>In %n days  (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoticeWords</name>
    <message numerus="yes">
        <location filename="../../desktop_inbox/ui/notifications.py" line="+73" />
        <source>%1 and %Ln other customer(s)</source>
        <comment>%1: the customer who wrote last</comment>
        <translation>
            <numerusform>%1 and %Ln other customer</numerusform>
            <numerusform>%1 and %Ln other customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%1  (%Ln new message(s))</source>
        <comment>%1: what the customer wrote</comment>
        <translation>
            <numerusform>%1  (%Ln new message)</numerusform>
            <numerusform>%1  (%Ln new messages)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxCount</name>
    <message numerus="yes">
        <location filename="../../desktop_inbox/ui/statusbar/outbox.py" line="+14" />
        <source>%n reply(s) waiting to go out</source>
        <translation>
            <numerusform>%n reply waiting to go out</numerusform>
            <numerusform>%n replies waiting to go out</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonBriefWidget</name>
    <message numerus="yes">
        <location filename="../../desktop_inbox/ui/conversation/person_brief.py" line="+61" />
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversation</numerusform>
            <numerusform>%n conversations</numerusform>
        </translation>
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

Restore the latest automatic backup, from %2 (%n message)? Messages that arrived since then are fetched again from the platforms; accounts ask you to sign in again. The damaged file is kept in the backups folder.</numerusform>
            <numerusform>%1

Restore the latest automatic backup, from %2 (%n messages)? Messages that arrived since then are fetched again from the platforms; accounts ask you to sign in again. The damaged file is kept in the backups folder.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderOffer</name>
    <message numerus="yes">
        <location filename="../../desktop_inbox/ui/conversation/followthrough.py" line="+148" />
        <source>Remind me in %n day(s)</source>
        <translation>
            <numerusform>Remind me in %n day</numerusform>
            <numerusform>Remind me in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResponseChart</name>
    <message numerus="yes">
        <location filename="../../desktop_inbox/ui/dialogs/dashboard.py" line="-247" />
        <source>%Ln day(s); highest 90th percentile %1; target %2</source>
        <translation>
            <numerusform>%Ln day; highest 90th percentile %1; target %2</numerusform>
            <numerusform>%Ln days; highest 90th percentile %1; target %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message numerus="yes">
        <location filename="../../desktop_inbox/ui/search/bar.py" line="+97" />
        <source>More than %Ln message(s) found</source>
        <translation>
            <numerusform>More than %Ln message found</numerusform>
            <numerusform>More than %Ln messages found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%Ln message(s) found</source>
        <translation>
            <numerusform>%Ln message found</numerusform>
            <numerusform>%Ln messages found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SnoozeMenu</name>
    <message numerus="yes">
        <location filename="../../desktop_inbox/ui/snooze.py" line="+21" />
        <location line="+1" />
        <source>In %n hour(s)</source>
        <translation>
            <numerusform>In %n hour</numerusform>
            <numerusform>In %n hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StorageDialog</name>
    <message numerus="yes">
        <location filename="../../desktop_inbox/ui/dialogs/storage.py" line="+84" />
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln message</numerusform>
            <numerusform>%Ln messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%Ln conversation(s)</source>
        <translation>
            <numerusform>%Ln conversation</numerusform>
            <numerusform>%Ln conversations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln file</numerusform>
            <numerusform>%Ln files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+58" />
        <source>Forgot %Ln message(s).</source>
        <translation>
            <numerusform>Forgot %Ln message.</numerusform>
            <numerusform>Forgot %Ln messages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamSupport</name>
    <message numerus="yes">
        <location filename="../../desktop_inbox/ui/conversation/team.py" line="+146" />
        <source>%1 replied to this customer %n minute(s) ago.</source>
        <translation>
            <numerusform>%1 replied to this customer %n minute ago.</numerusform>
            <numerusform>%1 replied to this customer %n minutes ago.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message numerus="yes">
        <location filename="../../desktop_inbox/ui/tray.py" line="+77" />
        <source>%1: %Ln customer(s) waiting for an answer</source>
        <translation>
            <numerusform>%1: %Ln customer waiting for an answer</numerusform>
            <numerusform>%1: %Ln customers waiting for an answer</numerusform>
        </translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Composer</name>
    <message numerus="yes">
        <location filename="../../desktop_inbox/ui/conversation/composer.py" line="+377" />
        <source>%n character(s)</source>
        <translation><numerusform>%n character</numerusform><numerusform>%n characters</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+28" />
        <source>This reads almost like replies already sent to &lt;b&gt;%n&lt;/b&gt; other customer(s). A line written for this person makes all the difference.</source>
        <translation><numerusform>This reads almost like replies already sent to &lt;b&gt;%n&lt;/b&gt; other customer. A line written for this person makes all the difference.</numerusform><numerusform>This reads almost like replies already sent to &lt;b&gt;%n&lt;/b&gt; other customers. A line written for this person makes all the difference.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+169" />
        <source>Sending in %n s…</source>
        <translation><numerusform>Sending in %n s…</numerusform><numerusform>Sending in %n s…</numerusform></translation>
    </message>
</context>
<context>
    <name>ConversationPane</name>
    <message numerus="yes">
        <location filename="../../desktop_inbox/ui/conversation/pane.py" line="+351" />
        <source>Dismissed %n heard post(s); %1 is muted.</source>
        <translation><numerusform>Dismissed %n heard post; %1 is muted.</numerusform><numerusform>Dismissed %n heard posts; %1 is muted.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Dismissed %n heard post(s).</source>
        <translation><numerusform>Dismissed %n heard post.</numerusform><numerusform>Dismissed %n heard posts.</numerusform></translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message numerus="yes">
        <location filename="../../desktop_inbox/ui/customer_panel.py" line="+170" />
        <source>%n conversation(s)</source>
        <translation><numerusform>%n conversation</numerusform><numerusform>%n conversations</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+0" />
        <source>%n message(s)</source>
        <translation><numerusform>%n message</numerusform><numerusform>%n messages</numerusform></translation>
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
        <location filename="../../desktop_inbox/ui/conversation/person_brief.py" line="+52" />
        <source>%n conversation(s)</source>
        <translation><numerusform>%n conversation</numerusform><numerusform>%n conversations</numerusform></translation>
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

Restore the latest automatic backup, from %2 (%n message)? Messages that arrived since then are fetched again from the platforms; accounts ask you to sign in again. The damaged file is kept in the backups folder.</numerusform>
            <numerusform>%1

Restore the latest automatic backup, from %2 (%n messages)? Messages that arrived since then are fetched again from the platforms; accounts ask you to sign in again. The damaged file is kept in the backups folder.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderOffer</name>
    <message numerus="yes">
        <location filename="../../desktop_inbox/ui/conversation/followthrough.py" line="+137" />
        <source>Remind me in %n day(s)</source>
        <translation>
            <numerusform>Remind me in %n day</numerusform>
            <numerusform>Remind me in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message numerus="yes">
        <location filename="../../desktop_inbox/ui/search/bar.py" line="+89" />
        <source>More than %Ln message(s) found</source>
        <translation><numerusform>More than %Ln message found</numerusform><numerusform>More than %Ln messages found</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%Ln message(s) found</source>
        <translation><numerusform>%Ln message found</numerusform><numerusform>%Ln messages found</numerusform></translation>
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
</TS>

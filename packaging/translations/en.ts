<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
    <name>TeamSupport</name>
    <message numerus="yes">
        <location filename="../../desktop_inbox/ui/conversation/team.py" line="+146" />
        <source>%1 replied to this customer %n minute(s) ago.</source>
        <translation><numerusform>%1 replied to this customer %n minute ago.</numerusform><numerusform>%1 replied to this customer %n minutes ago.</numerusform></translation>
    </message>
</context>
</TS>

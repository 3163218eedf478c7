<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>OutboxCount</name>
    <message numerus="yes">
        <location filename="../../desktop_inbox/ui/statusbar/outbox.py" line="+14"/>
        <source>%n reply(s) waiting to go out</source>
        <translation>
            <numerusform>%n reply waiting to go out</numerusform>
            <numerusform>%n replies waiting to go out</numerusform>
        </translation>
    </message>
</context>
</TS>

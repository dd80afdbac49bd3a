<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name></name>
    <message numerus="yes">
        <source>%n seconds</source>
        <comment>duration</comment>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <comment>duration</comment>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>...and %n more (the log file lists them all).</source>
        <comment>problems not shown</comment>
        <translation>
            <numerusform>...and %n more (the log file lists them all).</numerusform>
            <numerusform>...and %n more (the log file lists them all).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n things to look at; Companion still runs without them.</source>
        <comment>problems found</comment>
        <translation>
            <numerusform>%n thing to look at; Companion still runs without it.</numerusform>
            <numerusform>%n things to look at; Companion still runs without them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n glasses</source>
        <comment>water</comment>
        <translation>
            <numerusform>%n glass</numerusform>
            <numerusform>%n glasses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breaks</source>
        <comment>stretch breaks</comment>
        <translation>
            <numerusform>%n break</numerusform>
            <numerusform>%n breaks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n damaged entries in your history could not be read and are left out; your file is left as it is.</source>
        <comment>damaged history entries</comment>
        <translation>
            <numerusform>%n damaged entry in your history could not be read and is left out; your file is left as it is.</numerusform>
            <numerusform>%n damaged entries in your history could not be read and are left out; your file is left as it is.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <comment>history entries</comment>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <comment>history days</comment>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Snooze %n minutes</source>
        <comment>snooze length</comment>
        <translation>
            <numerusform>Snooze %n minute</numerusform>
            <numerusform>Snooze %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n entries older than {age}.</source>
        <comment>history entries removed</comment>
        <translation>
            <numerusform>Removed %n entry older than {age}.</numerusform>
            <numerusform>Removed %n entries older than {age}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{glasses} of %n glasses</source>
        <comment>water against the goal</comment>
        <translation>
            <numerusform>{glasses} of %n glass</numerusform>
            <numerusform>{glasses} of %n glasses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breaks today</source>
        <comment>stretch breaks</comment>
        <translation>
            <numerusform>%n break today</numerusform>
            <numerusform>%n breaks today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sessions today</source>
        <comment>breathing sessions</comment>
        <translation>
            <numerusform>%n session today</numerusform>
            <numerusform>%n sessions today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <comment>pause length</comment>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <comment>pause length</comment>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
</context>
</TS>

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
        <comment>breaks</comment>
        <translation>
            <numerusform>%n break</numerusform>
            <numerusform>%n breaks</numerusform>
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
        <source>%n entries in your history could not be read and are not in it.</source>
        <comment>unreadable entries</comment>
        <translation>
            <numerusform>%n entry in your history could not be read and is not in it.</numerusform>
            <numerusform>%n entries in your history could not be read and are not in it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries were already there.</source>
        <comment>entries already there</comment>
        <translation>
            <numerusform>%n entry was already there.</numerusform>
            <numerusform>%n entries were already there.</numerusform>
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
    <message numerus="yes">
        <source>Postpone the break %n minutes</source>
        <comment>postponing a break screen</comment>
        <translation>
            <numerusform>Postpone the break %n minute</numerusform>
            <numerusform>Postpone the break %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breaths</source>
        <comment>length of a breathing session</comment>
        <translation>
            <numerusform>%n breath</numerusform>
            <numerusform>%n breaths</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>length of a breathing session in minutes</comment>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries, newest first.</source>
        <comment>diary</comment>
        <translation>
            <numerusform>%n entry, newest first.</numerusform>
            <numerusform>%n entries, newest first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n glasses</source>
        <comment>glasses of water in the statistics</comment>
        <translation>
            <numerusform>%n glass</numerusform>
            <numerusform>%n glasses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <comment>days of a month in the statistics</comment>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n natural breaks</source>
        <comment>breaks in the statistics</comment>
        <translation>
            <numerusform>%n natural break</numerusform>
            <numerusform>%n natural breaks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n episodes</source>
        <comment>twitch episodes in the statistics</comment>
        <translation>
            <numerusform>%n episode</numerusform>
            <numerusform>%n episodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seconds left</source>
        <comment>countdown of a stretch</comment>
        <translation>
            <numerusform>%n second left</numerusform>
            <numerusform>%n seconds left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n steps</source>
        <comment>steps of a stretch routine</comment>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have postponed this break %n times today, the most you chose, so it cannot be postponed again until tomorrow.</source>
        <comment>postpones</comment>
        <translation>
            <numerusform>You have postponed this break %n time today, the most you chose, so it cannot be postponed again until tomorrow.</numerusform>
            <numerusform>You have postponed this break %n times today, the most you chose, so it cannot be postponed again until tomorrow.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have skipped this break %n times today, the most you chose, so it cannot be skipped again until tomorrow.</source>
        <comment>skips</comment>
        <translation>
            <numerusform>You have skipped this break %n time today, the most you chose, so it cannot be skipped again until tomorrow.</numerusform>
            <numerusform>You have skipped this break %n times today, the most you chose, so it cannot be skipped again until tomorrow.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n steps</source>
        <comment>steps</comment>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n steps</source>
        <comment>steps, after on/of/after</comment>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breaths</source>
        <comment>breaths</comment>
        <translation>
            <numerusform>%n breath</numerusform>
            <numerusform>%n breaths</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries in your history could not be read and are left out; your file is left as it is.</source>
        <comment>unreadable entries</comment>
        <translation>
            <numerusform>%n entry in your history could not be read and is left out; your file is left as it is.</numerusform>
            <numerusform>%n entries in your history could not be read and are left out; your file is left as it is.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breaths</source>
        <comment>breaths, after on/of/after</comment>
        <translation>
            <numerusform>%n breath</numerusform>
            <numerusform>%n breaths</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stretch breaks</source>
        <comment>history summary</comment>
        <translation>
            <numerusform>%n stretch break</numerusform>
            <numerusform>%n stretch breaks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n natural breaks</source>
        <comment>history summary</comment>
        <translation>
            <numerusform>%n natural break</numerusform>
            <numerusform>%n natural breaks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breathing sessions</source>
        <comment>history summary</comment>
        <translation>
            <numerusform>%n breathing session</numerusform>
            <numerusform>%n breathing sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n twitches logged</source>
        <comment>history summary</comment>
        <translation>
            <numerusform>%n twitch logged</numerusform>
            <numerusform>%n twitches logged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n symptoms checked</source>
        <comment>history summary</comment>
        <translation>
            <numerusform>%n symptom checked</numerusform>
            <numerusform>%n symptoms checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missed reminders</source>
        <comment>history summary</comment>
        <translation>
            <numerusform>%n missed reminder</numerusform>
            <numerusform>%n missed reminders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n episodes</source>
        <comment>twitch episodes</comment>
        <translation>
            <numerusform>%n episode</numerusform>
            <numerusform>%n episodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <comment>days, after on/of/after</comment>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <comment>days</comment>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n things to look at; Companion still runs without them.</source>
        <comment>diagnosis</comment>
        <translation>
            <numerusform>%n thing to look at; Companion still runs without it.</numerusform>
            <numerusform>%n things to look at; Companion still runs without them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n voices</source>
        <comment>speech engine</comment>
        <translation>
            <numerusform>%n voice</numerusform>
            <numerusform>%n voices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outputs</source>
        <comment>sound</comment>
        <translation>
            <numerusform>%n output</numerusform>
            <numerusform>%n outputs</numerusform>
        </translation>
    </message>
</context>
</TS>

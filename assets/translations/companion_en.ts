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
        <source>%n entries in your history could not be read and are left out; your file is left as it is.</source>
        <comment>unreadable entries</comment>
        <translation>
            <numerusform>%n entry in your history could not be read and is left out; your file is left as it is.</numerusform>
            <numerusform>%n entries in your history could not be read and are left out; your file is left as it is.</numerusform>
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

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name></name>
    <message numerus="yes">
        <source>%n seconds</source>
        <comment>duration</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <comment>duration</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Breathing patterns</name>
    <message>
        <source>Breathe in</source>
        <translation>Tarik napas</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Tahan</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Embuskan napas</translation>
    </message>
</context>
<context>
    <name>Routines</name>
    <message>
        <source>Left hand</source>
        <translation>Tangan kiri</translation>
    </message>
    <message>
        <source>Right hand</source>
        <translation>Tangan kanan</translation>
    </message>
    <message>
        <source>Both hands</source>
        <translation>Kedua tangan</translation>
    </message>
    <message>
        <source>Switch hands.</source>
        <translation>Ganti tangan.</translation>
    </message>
    <message>
        <source>Left leg</source>
        <translation>Kaki kiri</translation>
    </message>
    <message>
        <source>Right leg</source>
        <translation>Kaki kanan</translation>
    </message>
    <message>
        <source>Both legs</source>
        <translation>Kedua kaki</translation>
    </message>
    <message>
        <source>Switch legs.</source>
        <translation>Ganti kaki.</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Sisi kiri</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Sisi kanan</translation>
    </message>
    <message>
        <source>Switch sides.</source>
        <translation>Ganti sisi.</translation>
    </message>
</context>
</TS>

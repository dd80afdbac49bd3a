<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name></name>
    <message numerus="yes">
        <source>%n seconds</source>
        <comment>duration</comment>
        <translation>
            <numerusform>%n detik</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <comment>duration</comment>
        <translation>
            <numerusform>%n menit</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Home</name>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;Keep running</source>
        <translation>&amp;Tetap berjalan</translation>
    </message>
</context>
<context>
    <name>Qt date format</name>
    <message>
        <source>ddd d MMM yyyy, HH:mm</source>
        <translation>ddd, d MMM yyyy, HH.mm</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>d MMM yyyy</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>&amp;Remove</source>
        <extracomment>Each export: its button, the file name it suggests, and the file dialog&apos;s filter.</extracomment>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Biarkan</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Follow the desktop ({language})</source>
        <translation>Ikuti desktop ({language})</translation>
    </message>
    <message>
        <source>Windows already open change when you open them again.</source>
        <translation>Jendela yang sudah terbuka berganti bahasa saat Anda membukanya lagi.</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Bahasa</translation>
    </message>
</context>
<context>
    <name>Twitch diary</name>
    <message>
        <source>&amp;Delete</source>
        <extracomment>The water goal the report&apos;s charts draw (the app hands in the setting&apos;s).</extracomment>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Biarkan</translation>
    </message>
</context>
<context>
    <name>wording</name>
    <message>
        <source>{day} {month}</source>
        <translation>{day} {month}</translation>
    </message>
    <message>
        <source>{date} {year}</source>
        <translation>{date} {year}</translation>
    </message>
    <message>
        <source>{weekday} {date}</source>
        <translation>{weekday}, {date}</translation>
    </message>
    <message>
        <source>{date}, {time}</source>
        <translation>{date}, {time}</translation>
    </message>
    <message>
        <source>off</source>
        <translation>mati</translation>
    </message>
    <message>
        <source>tomorrow {time}</source>
        <translation>besok {time}</translation>
    </message>
    <message>
        <source>{weekday} {time}</source>
        <translation>{weekday} {time}</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} mnt</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} j</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} j {minutes} mnt</translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} mnt {seconds} dtk</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} dtk</translation>
    </message>
</context>
</TS>

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
    <name>Sync</name>
    <message>
        <source>Companion cannot share your history: its data folder cannot be written ({error}).</source>
        <translation>Companion tidak dapat membagikan riwayat Anda: folder datanya tidak dapat ditulisi ({error}).</translation>
    </message>
    <message>
        <source>The shared folder {folder} cannot be reached (is its drive connected?). Companion keeps recording on this computer and shares it when the folder is back.</source>
        <translation>Folder bersama {folder} tidak dapat dijangkau (apakah drive-nya terpasang?). Companion tetap mencatat di komputer ini dan membagikannya saat folder itu kembali.</translation>
    </message>
    <message>
        <source>Companion could not write to the shared folder ({error}). It keeps recording on this computer and tries again with the next entry.</source>
        <translation>Companion tidak dapat menulis ke folder bersama ({error}). Companion tetap mencatat di komputer ini dan mencoba lagi pada catatan berikutnya.</translation>
    </message>
    <message>
        <source>Another computer uses this computer&apos;s place in the shared folder (its Companion data was probably copied from this one). This computer now writes to a place of its own; nothing is lost or doubled.</source>
        <translation>Komputer lain memakai tempat komputer ini di folder bersama (data Companion-nya mungkin disalin dari komputer ini). Komputer ini sekarang menulis ke tempatnya sendiri; tidak ada yang hilang atau tercatat ganda.</translation>
    </message>
    <message>
        <source>The sync tool made a conflict copy in the shared folder ({name}). Companion never reads it: every entry is in the original files, so nothing is lost or doubled. You may delete the copy.</source>
        <translation>Alat sinkronisasi membuat salinan konflik di folder bersama ({name}). Companion tidak pernah membacanya: setiap catatan ada di berkas aslinya, jadi tidak ada yang hilang atau tercatat ganda. Anda boleh menghapus salinan itu.</translation>
    </message>
    <message>
        <source>The clock of {machine} seems to be about {hours} h ahead of this computer&apos;s. Its entries are kept with the times it gave them; please check the time on both computers.</source>
        <translation>Jam {machine} tampaknya sekitar {hours} jam lebih cepat daripada jam komputer ini. Catatannya disimpan dengan waktu yang diberikannya; silakan periksa jam di kedua komputer.</translation>
    </message>
    <message>
        <source>Some entries from {machine} in the shared folder are damaged and were left out ({file}). Everything else was added.</source>
        <translation>Beberapa catatan dari {machine} di folder bersama rusak dan dilewati ({file}). Semua yang lain sudah ditambahkan.</translation>
    </message>
    <message>
        <source>{machine} uses a newer Companion. Some of its entries will show here once Companion is updated on this computer.</source>
        <translation>{machine} memakai Companion yang lebih baru. Sebagian catatannya akan tampil di sini setelah Companion diperbarui di komputer ini.</translation>
    </message>
    <message>
        <source>{entry} (on {machine})</source>
        <translation>{entry} (di {machine})</translation>
    </message>
    <message>
        <source>Keep one history on all your computers: choose a folder that a sync tool (such as Syncthing or Nextcloud) or a network share keeps the same on each. Companion only writes its own files there and sends nothing anywhere itself.</source>
        <translation>Satu riwayat di semua komputer Anda: pilih folder yang dijaga tetap sama di setiap komputer oleh alat sinkronisasi (seperti Syncthing atau Nextcloud) atau berbagi jaringan. Companion hanya menulis berkasnya sendiri di sana dan tidak mengirim apa pun ke mana pun.</translation>
    </message>
    <message>
        <source>Not shared</source>
        <translation>Tidak dibagikan</translation>
    </message>
    <message>
        <source>Shared folder</source>
        <translation>Folder bersama</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Pilih…</translation>
    </message>
    <message>
        <source>&amp;Stop sharing</source>
        <translation>&amp;Berhenti membagikan</translation>
    </message>
    <message>
        <source>Shared &amp;folder</source>
        <translation>&amp;Folder bersama</translation>
    </message>
    <message>
        <source>This computer&apos;s name</source>
        <translation>Nama komputer ini</translation>
    </message>
    <message>
        <source>This computer&apos;s &amp;name</source>
        <translation>&amp;Nama komputer ini</translation>
    </message>
    <message>
        <source>Share &amp;settings too (the latest change wins)</source>
        <translation>Bagikan juga &amp;pengaturan (perubahan terbaru yang berlaku)</translation>
    </message>
    <message>
        <source>Your history stays on this computer only.</source>
        <translation>Riwayat Anda hanya tersimpan di komputer ini.</translation>
    </message>
    <message>
        <source>Choose the shared folder</source>
        <translation>Pilih folder bersama</translation>
    </message>
    <message>
        <source>Share history: the folder {folder} does not exist.</source>
        <translation>Bagikan riwayat: folder {folder} tidak ada.</translation>
    </message>
    <message>
        <source>Not read yet.</source>
        <translation>Belum dibaca.</translation>
    </message>
    <message>
        <source>Last read at {time}.</source>
        <translation>Terakhir dibaca pukul {time}.</translation>
    </message>
    <message>
        <source>Other computers seen: {names}.</source>
        <translation>Komputer lain yang terlihat: {names}.</translation>
    </message>
    <message>
        <source>No other computer has written to this folder yet.</source>
        <translation>Belum ada komputer lain yang menulis ke folder ini.</translation>
    </message>
</context>
</TS>

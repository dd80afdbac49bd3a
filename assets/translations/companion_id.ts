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
    <message numerus="yes">
        <source>You have postponed this break %n times today, the most you chose, so it cannot be postponed again until tomorrow.</source>
        <comment>postpones</comment>
        <translation>
            <numerusform>Anda sudah menunda jeda ini %n kali hari ini, sebanyak yang Anda pilih, jadi jeda ini tidak bisa ditunda lagi sampai besok.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have skipped this break %n times today, the most you chose, so it cannot be skipped again until tomorrow.</source>
        <comment>skips</comment>
        <translation>
            <numerusform>Anda sudah melewati jeda ini %n kali hari ini, sebanyak yang Anda pilih, jadi jeda ini tidak bisa dilewati lagi sampai besok.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n steps</source>
        <comment>steps</comment>
        <translation>
            <numerusform>%n langkah</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n steps</source>
        <comment>steps, after on/of/after</comment>
        <translation>
            <numerusform>%n langkah</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breaths</source>
        <comment>breaths</comment>
        <translation>
            <numerusform>%n tarikan napas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <comment>history entries</comment>
        <translation>
            <numerusform>%n entri</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries in your history could not be read and are not in it.</source>
        <comment>unreadable entries</comment>
        <translation>
            <numerusform>%n entri dalam riwayat Anda tidak dapat dibaca dan tidak ikut di dalamnya.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries were already there.</source>
        <comment>entries already there</comment>
        <translation>
            <numerusform>%n entri sudah ada sebelumnya.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries in your history could not be read and are left out; your file is left as it is.</source>
        <comment>unreadable entries</comment>
        <translation>
            <numerusform>%n entri dalam riwayat Anda tidak dapat dibaca dan dilewati; berkas Anda dibiarkan apa adanya.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n glasses</source>
        <comment>water</comment>
        <translation>
            <numerusform>%n gelas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breaks</source>
        <comment>breaks</comment>
        <translation>
            <numerusform>%n jeda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breaths</source>
        <comment>breaths, after on/of/after</comment>
        <translation>
            <numerusform>%n tarikan napas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stretch breaks</source>
        <comment>history summary</comment>
        <translation>
            <numerusform>%n jeda peregangan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n natural breaks</source>
        <comment>history summary</comment>
        <translation>
            <numerusform>%n jeda alami</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breathing sessions</source>
        <comment>history summary</comment>
        <translation>
            <numerusform>%n latihan pernapasan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n twitches logged</source>
        <comment>history summary</comment>
        <translation>
            <numerusform>%n kedutan dicatat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n symptoms checked</source>
        <comment>history summary</comment>
        <translation>
            <numerusform>%n gejala diperiksa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missed reminders</source>
        <comment>history summary</comment>
        <translation>
            <numerusform>%n pengingat terlewat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n episodes</source>
        <comment>twitch episodes</comment>
        <translation>
            <numerusform>%n episode</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <comment>days, after on/of/after</comment>
        <translation>
            <numerusform>%n hari</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <comment>days</comment>
        <translation>
            <numerusform>%n hari</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n things to look at; Companion still runs without them.</source>
        <comment>diagnosis</comment>
        <translation>
            <numerusform>%n hal perlu diperiksa; Companion tetap berjalan tanpanya.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n voices</source>
        <comment>speech engine</comment>
        <translation>
            <numerusform>%n suara</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outputs</source>
        <comment>sound</comment>
        <translation>
            <numerusform>%n keluaran</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Activity</source>
        <translation>Aktivitas</translation>
    </message>
    <message>
        <source>What you did, and the reminders you snoozed, skipped or missed</source>
        <translation>Yang Anda lakukan, dan pengingat yang Anda tunda, lewati, atau lewatkan</translation>
    </message>
    <message>
        <source>Nothing recorded</source>
        <translation>Belum ada catatan</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Air</translation>
    </message>
    <message>
        <source>Glasses of water and water reminders</source>
        <translation>Gelas air dan pengingat minum air</translation>
    </message>
    <message>
        <source>No water recorded</source>
        <translation>Belum ada air yang dicatat</translation>
    </message>
    <message>
        <source>Stretch breaks</source>
        <translation>Jeda peregangan</translation>
    </message>
    <message>
        <source>Stretch sessions, natural breaks and stretch reminders</source>
        <translation>Sesi peregangan, jeda alami, dan pengingat peregangan</translation>
    </message>
    <message>
        <source>No stretch breaks recorded</source>
        <translation>Belum ada jeda peregangan yang dicatat</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>Pernapasan</translation>
    </message>
    <message>
        <source>Breathing sessions and breathing reminders</source>
        <translation>Latihan pernapasan dan pengingat pernapasan</translation>
    </message>
    <message>
        <source>No breathing recorded</source>
        <translation>Belum ada latihan pernapasan yang dicatat</translation>
    </message>
    <message>
        <source>Diary and checks</source>
        <translation>Catatan dan pemeriksaan</translation>
    </message>
    <message>
        <source>Twitch diary entries and saved checks of a symptom</source>
        <translation>Entri catatan kedutan dan pemeriksaan gejala yang disimpan</translation>
    </message>
    <message>
        <source>No diary entries or saved checks</source>
        <translation>Belum ada entri catatan atau pemeriksaan yang disimpan</translation>
    </message>
    <message>
        <source>Held or missed</source>
        <translation>Ditahan atau terlewat</translation>
    </message>
    <message>
        <source>Reminders held while you were away or busy, and missed ones</source>
        <translation>Pengingat yang ditahan saat Anda pergi atau sibuk, dan yang terlewat</translation>
    </message>
    <message>
        <source>No held or missed reminders</source>
        <translation>Tidak ada pengingat yang ditahan atau terlewat</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Semuanya</translation>
    </message>
    <message>
        <source>All of it, with every reminder shown and answered</source>
        <translation>Semuanya, termasuk setiap pengingat yang ditampilkan dan dijawab</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 hari terakhir</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 hari terakhir</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Sepanjang waktu</translation>
    </message>
    <message>
        <source>{nothing} in the last 7 days.</source>
        <translation>{nothing} dalam 7 hari terakhir.</translation>
    </message>
    <message>
        <source>{nothing} in the last 30 days.</source>
        <translation>{nothing} dalam 30 hari terakhir.</translation>
    </message>
    <message>
        <source>{nothing} yet.</source>
        <translation>{nothing} sejauh ini.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <source>{glasses}, {breaks}</source>
        <translation>{glasses}, {breaks}</translation>
    </message>
    <message>
        <source>Water reminder</source>
        <translation>Pengingat minum air</translation>
    </message>
    <message>
        <source>Stretch reminder</source>
        <translation>Pengingat peregangan</translation>
    </message>
    <message>
        <source>Breathing reminder</source>
        <translation>Pengingat pernapasan</translation>
    </message>
    <message>
        <source>get help now</source>
        <translation>segera cari bantuan</translation>
    </message>
    <message>
        <source>see a doctor soon</source>
        <translation>segera temui dokter</translation>
    </message>
    <message>
        <source>self-care</source>
        <translation>perawatan mandiri</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Kemarin</translation>
    </message>
    <message>
        <source>Reminder ({name})</source>
        <translation>Pengingat ({name})</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Pengingat</translation>
    </message>
    <message>
        <source>Drank a glass of water, later taken back</source>
        <extracomment>Routine and breathing pattern ids to the names the user knows them by. Ids of glasses the user took back, and each logged glass&apos;s time (for the undo).</extracomment>
        <translation>Minum segelas air, kemudian dibatalkan</translation>
    </message>
    <message>
        <source>Drank a glass of water</source>
        <translation>Minum segelas air</translation>
    </message>
    <message>
        <source>Drank a glass of water ({ml} ml), later taken back</source>
        <translation>Minum segelas air ({ml} ml), kemudian dibatalkan</translation>
    </message>
    <message>
        <source>Drank a glass of water ({ml} ml)</source>
        <translation>Minum segelas air ({ml} ml)</translation>
    </message>
    <message>
        <source>Took back a glass of water</source>
        <translation>Membatalkan segelas air</translation>
    </message>
    <message>
        <source>Took back the glass of water logged at {time}</source>
        <translation>Membatalkan segelas air yang dicatat pukul {time}</translation>
    </message>
    <message>
        <source>Stretch break: {routine}</source>
        <translation>Jeda peregangan: {routine}</translation>
    </message>
    <message>
        <source>Stretch break</source>
        <translation>Jeda peregangan</translation>
    </message>
    <message>
        <source>{what}, finished{took}</source>
        <translation>{what}, selesai{took}</translation>
    </message>
    <message>
        <source>{what}, stopped before the first step</source>
        <translation>{what}, dihentikan sebelum langkah pertama</translation>
    </message>
    <message>
        <source>{what}, stopped after {done} of {steps}{took}</source>
        <translation>{what}, dihentikan setelah {done} dari {steps}{took}</translation>
    </message>
    <message>
        <source>{what}, stopped after {steps}{took}</source>
        <translation>{what}, dihentikan setelah {steps}{took}</translation>
    </message>
    <message>
        <source>{what}, stopped{took}</source>
        <translation>{what}, dihentikan{took}</translation>
    </message>
    <message>
        <source>Breathing: {pattern}</source>
        <translation>Pernapasan: {pattern}</translation>
    </message>
    <message>
        <source>Breathing session</source>
        <translation>Latihan pernapasan</translation>
    </message>
    <message>
        <source>{what}, stopped before the first breath</source>
        <translation>{what}, dihentikan sebelum tarikan napas pertama</translation>
    </message>
    <message>
        <source>{what}, stopped after {breaths}{took}</source>
        <translation>{what}, dihentikan setelah {breaths}{took}</translation>
    </message>
    <message>
        <source>nothing ticked</source>
        <translation>tidak ada yang dicentang</translation>
    </message>
    <message>
        <source>Checked a symptom, result: {result}</source>
        <translation>Memeriksa gejala, hasil: {result}</translation>
    </message>
    <message>
        <source>Checked a symptom</source>
        <translation>Memeriksa gejala</translation>
    </message>
    <message>
        <source>Twitch logged in the diary: {details}</source>
        <translation>Kedutan dicatat di catatan: {details}</translation>
    </message>
    <message>
        <source>Twitch logged in the diary</source>
        <translation>Kedutan dicatat di catatan</translation>
    </message>
    <message>
        <source> (it happened at {time})</source>
        <translation> (terjadi pukul {time})</translation>
    </message>
    <message>
        <source> (it happened {day} at {time})</source>
        <translation> (terjadi {day} pukul {time})</translation>
    </message>
    <message>
        <source>. Note: “{note}”</source>
        <translation>. Catatan: “{note}”</translation>
    </message>
    <message>
        <source>Changed a twitch diary entry ({fields})</source>
        <translation>Mengubah entri catatan kedutan ({fields})</translation>
    </message>
    <message>
        <source>Changed a twitch diary entry</source>
        <translation>Mengubah entri catatan kedutan</translation>
    </message>
    <message>
        <source>area</source>
        <translation>area</translation>
    </message>
    <message>
        <source>side</source>
        <translation>sisi</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>durasi</translation>
    </message>
    <message>
        <source>strength</source>
        <translation>kekuatan</translation>
    </message>
    <message>
        <source>triggers</source>
        <translation>pemicu</translation>
    </message>
    <message>
        <source>note</source>
        <translation>catatan</translation>
    </message>
    <message>
        <source>time</source>
        <translation>waktu</translation>
    </message>
    <message>
        <source>Reminders paused until you resume them</source>
        <translation>Pengingat dijeda sampai Anda melanjutkannya</translation>
    </message>
    <message>
        <source>Reminders paused until the call ends ({time} at the latest)</source>
        <translation>Pengingat dijeda sampai panggilan selesai (paling lambat {time})</translation>
    </message>
    <message>
        <source>Reminders paused until {time}</source>
        <translation>Pengingat dijeda sampai {time}</translation>
    </message>
    <message>
        <source>Reminders paused until tomorrow at {time}</source>
        <translation>Pengingat dijeda sampai besok pukul {time}</translation>
    </message>
    <message>
        <source>Reminders paused until {day} at {time}</source>
        <translation>Pengingat dijeda sampai {day} pukul {time}</translation>
    </message>
    <message>
        <source>{reminder} shown after being held</source>
        <translation>{reminder} ditampilkan setelah ditahan</translation>
    </message>
    <message>
        <source>{reminder} shown</source>
        <translation>{reminder} ditampilkan</translation>
    </message>
    <message>
        <source>{reminder} snoozed</source>
        <translation>{reminder} ditunda</translation>
    </message>
    <message>
        <source>{reminder} snoozed for {time}</source>
        <translation>{reminder} ditunda selama {time}</translation>
    </message>
    <message>
        <source>{reminder} missed</source>
        <translation>{reminder} terlewat</translation>
    </message>
    <message>
        <source>{reminder} missed: {reason}</source>
        <translation>{reminder} terlewat: {reason}</translation>
    </message>
    <message>
        <source>{reminder} withdrawn</source>
        <translation>{reminder} ditarik</translation>
    </message>
    <message>
        <source>{reminder} withdrawn: {reason}</source>
        <translation>{reminder} ditarik: {reason}</translation>
    </message>
    <message>
        <source>{reminder} held</source>
        <translation>{reminder} ditahan</translation>
    </message>
    <message>
        <source>{reminder} held: {reason}</source>
        <translation>{reminder} ditahan: {reason}</translation>
    </message>
    <message>
        <source>Natural break, {time} ({reason}), counted as a stretch break</source>
        <translation>Jeda alami, {time} ({reason}), dihitung sebagai jeda peregangan</translation>
    </message>
    <message>
        <source>Natural break, {time}, counted as a stretch break</source>
        <translation>Jeda alami, {time}, dihitung sebagai jeda peregangan</translation>
    </message>
    <message>
        <source>The desktop&apos;s movement break, {time}, counted as a stretch break</source>
        <translation>Jeda gerak dari desktop, {time}, dihitung sebagai jeda peregangan</translation>
    </message>
    <message>
        <source>{desktop}&apos;s movement break, {time}, counted as a stretch break</source>
        <translation>Jeda gerak dari {desktop}, {time}, dihitung sebagai jeda peregangan</translation>
    </message>
    <message>
        <source>At the computer until {end}, {time}</source>
        <translation>Di depan komputer sampai {end}, {time}</translation>
    </message>
    <message>
        <source>Daily computer time reached: {time} so far</source>
        <translation>Batas waktu komputer harian tercapai: sejauh ini {time}</translation>
    </message>
    <message>
        <source>Removed a twitch diary entry</source>
        <translation>Menghapus entri catatan kedutan</translation>
    </message>
    <message>
        <source>Reminders resumed</source>
        <translation>Pengingat dilanjutkan</translation>
    </message>
    <message>
        <source>{reminder} answered</source>
        <translation>{reminder} dijawab</translation>
    </message>
    <message>
        <source>{reminder} skipped</source>
        <translation>{reminder} dilewati</translation>
    </message>
    <message>
        <source>{reminder} covered by a natural break</source>
        <translation>{reminder} tercakup oleh jeda alami</translation>
    </message>
    <message>
        <source>Something was recorded</source>
        <translation>Ada sesuatu yang dicatat</translation>
    </message>
    <message>
        <source>No glasses</source>
        <translation>Belum ada gelas</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>away</source>
        <extracomment>The reminders whose prompts count as breaks (water has a chart of its own).</extracomment>
        <translation>pergi</translation>
    </message>
    <message>
        <source>in a call</source>
        <translation>sedang panggilan</translation>
    </message>
    <message>
        <source>fullscreen</source>
        <translation>layar penuh</translation>
    </message>
    <message>
        <source>do not disturb</source>
        <translation>jangan ganggu</translation>
    </message>
    <message>
        <source>{first} – {last}</source>
        <translation>{first} – {last}</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation>{month} {year}</translation>
    </message>
    <message>
        <source>These are counts of what you logged, not medical advice. If you are worried about a symptom, talk to a doctor.</source>
        <translation>Ini adalah hitungan dari yang Anda catat, bukan nasihat medis. Jika Anda khawatir tentang suatu gejala, bicarakan dengan dokter.</translation>
    </message>
    <message>
        <source>Goal of {glasses} met on {met} of {days} · current streak: {streak}</source>
        <translation>Target {glasses} tercapai pada {met} dari {days} · rangkaian saat ini: {streak}</translation>
    </message>
    <message>
        <source>yes</source>
        <comment>Lowercase a label such as &apos;Caffeine&apos; inside a sentence? Answer yes or no (German: no)</comment>
        <translation>yes</translation>
    </message>
    <message>
        <source>No twitching was logged in this period.</source>
        <translation>Tidak ada kedutan yang dicatat dalam periode ini.</translation>
    </message>
    <message>
        <source>Twitching was logged on {days} ({episodes}); on {low} of them fewer than half of your glasses were logged.</source>
        <translation>Kedutan dicatat pada {days} ({episodes}); pada {low} di antaranya, gelas yang dicatat kurang dari separuh target Anda.</translation>
    </message>
    <message>
        <source>Twitching was logged on {days} ({episodes}).</source>
        <translation>Kedutan dicatat pada {days} ({episodes}).</translation>
    </message>
    <message>
        <source>On {count} of the {days} with twitching, no break was recorded.</source>
        <translation>Pada {count} dari {days} dengan kedutan, tidak ada jeda yang dicatat.</translation>
    </message>
    <message>
        <source>Where: {areas}.</source>
        <translation>Di mana: {areas}.</translation>
    </message>
    <message>
        <source>{what} {count}</source>
        <translation>{what} {count}</translation>
    </message>
    <message>
        <source>Triggers you logged: {triggers}.</source>
        <translation>Pemicu yang Anda catat: {triggers}.</translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message>
        <source>That is over a litre in the last hour. Sipping through the day is better than a lot at once: drinking very large amounts quickly can be harmful. If you get a headache, feel sick or confused after drinking a lot, get medical help now.</source>
        <translation>Itu lebih dari satu liter dalam satu jam terakhir. Minum sedikit-sedikit sepanjang hari lebih baik daripada banyak sekaligus: minum dalam jumlah sangat banyak dengan cepat bisa berbahaya. Jika Anda sakit kepala, mual, atau bingung setelah minum banyak, segera cari bantuan medis.</translation>
    </message>
    <message>
        <source>At the computer today: {time}</source>
        <translation>Di depan komputer hari ini: {time}</translation>
    </message>
    <message>
        <source>Natural breaks: {count} ({time})</source>
        <translation>Jeda alami: {count} ({time})</translation>
    </message>
    <message>
        <source>GNOME&apos;s movement breaks remind you</source>
        <translation>Jeda gerak GNOME yang mengingatkan Anda</translation>
    </message>
    <message>
        <source>held: {reason}</source>
        <translation>ditahan: {reason}</translation>
    </message>
    <message>
        <source> until the call ends ({time} at the latest)</source>
        <translation> sampai panggilan selesai (paling lambat {time})</translation>
    </message>
    <message>
        <source> until {time}</source>
        <translation> sampai {time}</translation>
    </message>
    <message>
        <source>Companion — {glasses}/{goal} glasses today</source>
        <translation>Companion — {glasses}/{goal} gelas hari ini</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Dijeda</translation>
    </message>
    <message>
        <source>{reminder}: {next}</source>
        <translation>{reminder}: {next}</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>{problem}. Companion keeps today&apos;s entries in memory only until this is fixed and Companion is restarted.</source>
        <translation>{problem}. Companion menyimpan entri hari ini hanya di memori sampai masalah ini diperbaiki dan Companion dimulai ulang.</translation>
    </message>
    <message>
        <source>Your history file was damaged, so it was moved aside to {file} (nothing in it was deleted) and a new one was started.</source>
        <translation>Berkas riwayat Anda rusak, jadi berkas itu dipindahkan ke {file} (tidak ada isinya yang dihapus) dan berkas baru dimulai.</translation>
    </message>
    <message>
        <source>A break from GNOME</source>
        <translation>Jeda dari GNOME</translation>
    </message>
    <message>
        <source>Companion&apos;s guided hand and wrist stretch fits this break.</source>
        <translation>Peregangan tangan dan pergelangan tangan terpandu dari Companion cocok untuk jeda ini.</translation>
    </message>
    <message>
        <source>Stretch with Companion</source>
        <translation>Peregangan dengan Companion</translation>
    </message>
    <message>
        <source>Companion cannot see calls on this computer (no camera or microphone it can watch), so reminders stay paused until {time} or until you resume them.</source>
        <translation>Companion tidak dapat melihat panggilan di komputer ini (tidak ada kamera atau mikrofon yang bisa dipantau), jadi pengingat tetap dijeda sampai {time} atau sampai Anda melanjutkannya.</translation>
    </message>
    <message>
        <source>{reminder} in {seconds}</source>
        <translation>{reminder} dalam {seconds}</translation>
    </message>
    <message>
        <source>Your break screen comes up then. Time to finish what you are writing.</source>
        <translation>Layar istirahat Anda akan muncul saat itu. Saatnya menyelesaikan yang sedang Anda tulis.</translation>
    </message>
    <message>
        <source>Postpone {minutes} min</source>
        <translation>Tunda {minutes} mnt</translation>
    </message>
</context>
<context>
    <name>away</name>
    <message>
        <source>Companion was closed</source>
        <translation>Companion ditutup</translation>
    </message>
    <message>
        <source>just back</source>
        <translation>baru kembali</translation>
    </message>
    <message>
        <source>asleep</source>
        <translation>dalam mode tidur</translation>
    </message>
    <message>
        <source>screen locked</source>
        <translation>layar terkunci</translation>
    </message>
    <message>
        <source>away</source>
        <translation>pergi</translation>
    </message>
    <message>
        <source>in a call</source>
        <translation>sedang dalam panggilan</translation>
    </message>
    <message>
        <source>do not disturb is on</source>
        <translation>mode jangan ganggu aktif</translation>
    </message>
    <message>
        <source>showing something fullscreen</source>
        <translation>menampilkan sesuatu di layar penuh</translation>
    </message>
    <message>
        <source>another program is keeping the screen awake</source>
        <translation>program lain membuat layar tetap menyala</translation>
    </message>
    <message>
        <source>outside active hours</source>
        <translation>di luar jam kerja</translation>
    </message>
</context>
<context>
    <name>breaks</name>
    <message>
        <source>You chose strict breaks, so this break cannot be put off.</source>
        <extracomment>The reminders a break screen can stand in for (water is a glass, not a break). ``via`` on an answer given on the break screen, or on the warning before it. How long Esc must be held to leave a break screen at once (strict mode or not). The routine a stretch break screen leads (the same the stretch prompt starts).</extracomment>
        <translation>Anda memilih jeda ketat, jadi jeda ini tidak bisa ditunda.</translation>
    </message>
    <message>
        <source>You chose not to have breaks postponed.</source>
        <translation>Anda memilih agar jeda tidak bisa ditunda.</translation>
    </message>
    <message>
        <source>You chose not to have breaks skipped.</source>
        <translation>Anda memilih agar jeda tidak bisa dilewati.</translation>
    </message>
</context>
<context>
    <name>checks</name>
    <message>
        <source>seconds</source>
        <translation>detik</translation>
    </message>
    <message>
        <source>is missing</source>
        <extracomment>None when the value is fine, else the words on what is wrong with it.</extracomment>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>kosong</translation>
    </message>
    <message>
        <source>a very large number</source>
        <translation>angka yang sangat besar</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>sebuah daftar</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>sebuah tabel</translation>
    </message>
    <message>
        <source>a {type}</source>
        <translation>sebuah {type}</translation>
    </message>
    <message>
        <source>should be a whole number of {low} or more, not {value}</source>
        <translation>seharusnya bilangan bulat {low} atau lebih, bukan {value}</translation>
    </message>
    <message>
        <source>should be a whole number from {low} to {high}, not {value}</source>
        <translation>seharusnya bilangan bulat dari {low} sampai {high}, bukan {value}</translation>
    </message>
    <message>
        <source>should be a number of {unit} of {low} or more, not {value}</source>
        <translation>seharusnya angka {unit} {low} atau lebih, bukan {value}</translation>
    </message>
    <message>
        <source>should be a number of {unit} from {low} to {high}, not {value}</source>
        <translation>seharusnya angka {unit} dari {low} sampai {high}, bukan {value}</translation>
    </message>
    <message>
        <source>should be a number of {low} or more, not {value}</source>
        <translation>seharusnya angka {low} atau lebih, bukan {value}</translation>
    </message>
    <message>
        <source>should be a number from {low} to {high}, not {value}</source>
        <translation>seharusnya angka dari {low} sampai {high}, bukan {value}</translation>
    </message>
    <message>
        <source>should be true or false, not {value}</source>
        <translation>seharusnya true atau false, bukan {value}</translation>
    </message>
    <message>
        <source>should be non-empty text, not {value}</source>
        <translation>seharusnya teks yang tidak kosong, bukan {value}</translation>
    </message>
    <message>
        <source>should be text, not {value}</source>
        <translation>seharusnya teks, bukan {value}</translation>
    </message>
    <message>
        <source>should be non-empty text</source>
        <translation>seharusnya teks yang tidak kosong</translation>
    </message>
    <message>
        <source>should be at most {longest} characters long (it has {length})</source>
        <translation>seharusnya paling banyak {longest} karakter (panjangnya {length})</translation>
    </message>
    <message>
        <source>should be a list of text, not {value}</source>
        <translation>seharusnya daftar teks, bukan {value}</translation>
    </message>
    <message>
        <source>should be one of {choices}, not {value}</source>
        <translation>seharusnya salah satu dari {choices}, bukan {value}</translation>
    </message>
    <message>
        <source>should be a date and time, not {value}</source>
        <translation>seharusnya tanggal dan waktu, bukan {value}</translation>
    </message>
    <message>
        <source>should be a time with its UTC offset</source>
        <translation>seharusnya waktu dengan selisih UTC-nya</translation>
    </message>
    <message>
        <source>should be a time like 09:30, not {value}</source>
        <translation>seharusnya waktu seperti 09:30, bukan {value}</translation>
    </message>
    <message>
        <source>should be a time like 09:30, without a time zone</source>
        <translation>seharusnya waktu seperti 09:30, tanpa zona waktu</translation>
    </message>
    <message>
        <source>should be {what}, not {value}</source>
        <translation>seharusnya {what}, bukan {value}</translation>
    </message>
    <message>
        <source>should be {what} ({value} is not one)</source>
        <translation>seharusnya {what} ({value} tidak termasuk)</translation>
    </message>
    <message>
        <source>a list of times like 11:00</source>
        <extracomment>Per field: its check, and how a value that passed becomes the setting.</extracomment>
        <translation>daftar waktu seperti 11:00</translation>
    </message>
    <message>
        <source>a list of weekday numbers 0 (Monday) to 6 (Sunday)</source>
        <translation>daftar nomor hari 0 (Senin) sampai 6 (Minggu)</translation>
    </message>
    <message>
        <source>a list of up to {count} ranges like 08:30-12:00</source>
        <translation>daftar hingga {count} rentang seperti 08:30-12:00</translation>
    </message>
    <message>
        <source>should be a range like 08:30-12:00, not {value}</source>
        <translation>seharusnya rentang seperti 08:30-12:00, bukan {value}</translation>
    </message>
    <message>
        <source>should be {what}, not {count} of them</source>
        <translation>seharusnya {what}, bukan {count} rentang</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>Companion is closing, so nothing was done</source>
        <extracomment>The actions that open a window (the host&apos;s ``navigate`` opens it).</extracomment>
        <translation>Companion sedang ditutup, jadi tidak ada yang dilakukan</translation>
    </message>
    <message>
        <source>Companion cannot do {requests}, so nothing was done</source>
        <extracomment>Carries out a request&apos;s actions: None once all are done and saved, else why not. The same, given the actions as Requests (``commands.Commands.run_all``).</extracomment>
        <translation>Companion tidak dapat menjalankan {requests}, jadi tidak ada yang dilakukan</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Data Anda</translation>
    </message>
    <message>
        <source>Easy does it</source>
        <translation>Pelan-pelan saja</translation>
    </message>
    <message>
        <source>Companion is busy with other launches, so nothing was done; try again</source>
        <translation>Companion sedang sibuk dengan peluncuran lain, jadi tidak ada yang dilakukan; coba lagi</translation>
    </message>
    <message>
        <source>Companion is still starting, so nothing was done; try again</source>
        <translation>Companion masih dimulai, jadi tidak ada yang dilakukan; coba lagi</translation>
    </message>
</context>
<context>
    <name>computer time</name>
    <message>
        <source>Your time at the computer</source>
        <translation>Waktu Anda di depan komputer</translation>
    </message>
    <message>
        <source>You have been at the computer for {time} today; the limit you set is {limit}. Maybe time to call it a day?</source>
        <translation>Anda sudah di depan komputer selama {time} hari ini; batas yang Anda tetapkan adalah {limit}. Mungkin sudah waktunya berhenti untuk hari ini?</translation>
    </message>
</context>
<context>
    <name>diagnose</name>
    <message>
        <source>System tray</source>
        <translation>Baki sistem</translation>
    </message>
    <message>
        <source>found: StatusNotifierItem host on D-Bus</source>
        <translation>ditemukan: host StatusNotifierItem di D-Bus</translation>
    </message>
    <message>
        <source>found: X11 system tray (XEmbed)</source>
        <translation>ditemukan: baki sistem X11 (XEmbed)</translation>
    </message>
    <message>
        <source>no X11 tray and no {watcher} on the session bus</source>
        <translation>tidak ada baki X11 dan tidak ada {watcher} di bus sesi</translation>
    </message>
    <message>
        <source>no X display, and no {watcher} on the session bus</source>
        <translation>tidak ada tampilan X, dan tidak ada {watcher} di bus sesi</translation>
    </message>
    <message>
        <source>Companion lives in its window instead. On GNOME install the &apos;AppIndicator and KStatusNotifierItem Support&apos; extension (gnome-shell-extension-appindicator); other desktops need a tray or panel applet (e.g. trayer, stalonetray, or the panel&apos;s system tray widget).</source>
        <translation>Companion tetap berada di jendelanya. Di GNOME, pasang ekstensi &apos;AppIndicator and KStatusNotifierItem Support&apos; (gnome-shell-extension-appindicator); desktop lain memerlukan baki atau applet panel (mis. trayer, stalonetray, atau widget baki sistem di panel).</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifikasi</translation>
    </message>
    <message>
        <source>Without it Companion shows its own small reminder windows. Install and run a notification daemon (e.g. dunst, mako, xfce4-notifyd); desktops like GNOME and KDE have one built in.</source>
        <translation>Tanpanya Companion menampilkan jendela pengingat kecilnya sendiri. Pasang dan jalankan layanan notifikasi (mis. dunst, mako, xfce4-notifyd); desktop seperti GNOME dan KDE sudah memilikinya.</translation>
    </message>
    <message>
        <source>no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is not set)</source>
        <translation>tidak ada bus sesi D-Bus (DBUS_SESSION_BUS_ADDRESS tidak diatur)</translation>
    </message>
    <message>
        <source>Start Companion from a desktop session, or install dbus-x11. {advice}</source>
        <translation>Jalankan Companion dari sesi desktop, atau pasang dbus-x11. {advice}</translation>
    </message>
    <message>
        <source>no notification server answered ({problem})</source>
        <translation>tidak ada server notifikasi yang menjawab ({problem})</translation>
    </message>
    <message>
        <source>{server}, with buttons (actions)</source>
        <translation>{server}, dengan tombol (actions)</translation>
    </message>
    <message>
        <source>{server}, but it cannot show buttons</source>
        <translation>{server}, tetapi tidak dapat menampilkan tombol</translation>
    </message>
    <message>
        <source>Reminders appear as Companion&apos;s own windows so Snooze and Skip still work; a server with actions (dunst, mako, GNOME, KDE) shows them natively.</source>
        <translation>Pengingat muncul sebagai jendela Companion sendiri agar Tunda dan Lewati tetap berfungsi; server dengan actions (dunst, mako, GNOME, KDE) menampilkannya secara langsung.</translation>
    </message>
    <message>
        <source>Sleep and resume</source>
        <translation>Tidur dan bangun kembali</translation>
    </message>
    <message>
        <source>system bus not reachable ({problem})</source>
        <translation>bus sistem tidak dapat dijangkau ({problem})</translation>
    </message>
    <message>
        <source>Companion still catches up after sleep from the clock; with systemd-logind running (install systemd and dbus) it notices at once.</source>
        <translation>Companion tetap menyusul setelah mode tidur berdasarkan jam; dengan systemd-logind berjalan (pasang systemd dan dbus), Companion langsung mengetahuinya.</translation>
    </message>
    <message>
        <source>systemd-logind is on the system bus</source>
        <translation>systemd-logind ada di bus sistem</translation>
    </message>
    <message>
        <source>{service} is not on the system bus</source>
        <translation>{service} tidak ada di bus sistem</translation>
    </message>
    <message>
        <source>Companion still catches up after sleep from the clock; install or start systemd-logind (or elogind) to be told at once.</source>
        <translation>Companion tetap menyusul setelah mode tidur berdasarkan jam; pasang atau jalankan systemd-logind (atau elogind) agar langsung diberi tahu.</translation>
    </message>
    <message>
        <source>the check itself failed: {problem}</source>
        <translation>pemeriksaannya sendiri gagal: {problem}</translation>
    </message>
    <message>
        <source>Companion {version}: what works on this desktop</source>
        <translation>Companion {version}: yang berfungsi di desktop ini</translation>
    </message>
    <message>
        <source>Everything works.</source>
        <translation>Semuanya berfungsi.</translation>
    </message>
    <message>
        <source>text console</source>
        <translation>konsol teks</translation>
    </message>
    <message>
        <source>not named (XDG_CURRENT_DESKTOP is unset)</source>
        <translation>tanpa nama (XDG_CURRENT_DESKTOP tidak diatur)</translation>
    </message>
    <message>
        <source>X11 programs through XWayland</source>
        <translation>program X11 melalui XWayland</translation>
    </message>
    <message>
        <source>{session} session, desktop {desktop}; </source>
        <translation>sesi {session}, desktop {desktop}; </translation>
    </message>
    <message>
        <source>windows through Qt&apos;s {platform} platform; </source>
        <translation>jendela melalui platform {platform} milik Qt; </translation>
    </message>
    <message>
        <source>no display</source>
        <translation>tidak ada tampilan</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Tampilan</translation>
    </message>
    <message>
        <source>Start Companion inside a desktop session.</source>
        <translation>Jalankan Companion di dalam sesi desktop.</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Mulai saat masuk</translation>
    </message>
    <message>
        <source>on ({file})</source>
        <translation>aktif ({file})</translation>
    </message>
    <message>
        <source>off (no active entry at {file})</source>
        <translation>nonaktif (tidak ada entri aktif di {file})</translation>
    </message>
    <message>
        <source>Turn on &apos;Start Companion when I log in&apos; in Settings.</source>
        <translation>Aktifkan &apos;Mulai Companion saat saya masuk&apos; di Pengaturan.</translation>
    </message>
    <message>
        <source>{folder} (not created yet; made private on first start)</source>
        <translation>{folder} (belum dibuat; dibuat privat saat pertama kali dijalankan)</translation>
    </message>
    <message>
        <source>Check the folder&apos;s permissions.</source>
        <translation>Periksa izin folder tersebut.</translation>
    </message>
    <message>
        <source>{folder}, not writable</source>
        <translation>{folder}, tidak dapat ditulisi</translation>
    </message>
    <message>
        <source>Make it yours and writable: {command}</source>
        <translation>Jadikan milik Anda dan dapat ditulisi: {command}</translation>
    </message>
    <message>
        <source>{folder}, others can read it</source>
        <translation>{folder}, orang lain dapat membacanya</translation>
    </message>
    <message>
        <source>Make it private: {command}</source>
        <translation>Jadikan privat: {command}</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>cannot be found ({problem})</source>
        <translation>tidak dapat ditemukan ({problem})</translation>
    </message>
    <message>
        <source>Config folder</source>
        <translation>Folder konfigurasi</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Folder data</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versi</translation>
    </message>
    <message>
        <source>Reinstall Companion: {command}</source>
        <translation>Pasang ulang Companion: {command}</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>Suara ucapan</translation>
    </message>
    <message>
        <source>Install speech-dispatcher and espeak-ng (Debian/Ubuntu: sudo apt install speech-dispatcher espeak-ng), then restart Companion.</source>
        <translation>Pasang speech-dispatcher dan espeak-ng (Debian/Ubuntu: sudo apt install speech-dispatcher espeak-ng), lalu mulai ulang Companion.</translation>
    </message>
    <message>
        <source>Qt&apos;s speech module cannot load ({problem})</source>
        <translation>modul ucapan Qt tidak dapat dimuat ({problem})</translation>
    </message>
    <message>
        <source>no speech engine plugin for Qt</source>
        <translation>tidak ada plugin mesin ucapan untuk Qt</translation>
    </message>
    <message>
        <source>error</source>
        <translation>galat</translation>
    </message>
    <message>
        <source>{engine}: no voices</source>
        <translation>{engine}: tidak ada suara</translation>
    </message>
    <message>
        <source>{engine} engine, {voices}</source>
        <translation>mesin {engine}, {voices}</translation>
    </message>
    <message>
        <source>{detail}. {advice}</source>
        <translation>{detail}. {advice}</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Bunyi</translation>
    </message>
    <message>
        <source>Install PipeWire (pipewire-pulse) or PulseAudio and check a sound device is connected; sessions work silently without one.</source>
        <translation>Pasang PipeWire (pipewire-pulse) atau PulseAudio dan pastikan perangkat suara terhubung; tanpa itu sesi berjalan tanpa bunyi.</translation>
    </message>
    <message>
        <source>Qt&apos;s multimedia module cannot load ({problem})</source>
        <translation>modul multimedia Qt tidak dapat dimuat ({problem})</translation>
    </message>
    <message>
        <source>no audio output device</source>
        <translation>tidak ada perangkat keluaran audio</translation>
    </message>
    <message>
        <source>{outputs}; default: {device}</source>
        <translation>{outputs}; bawaan: {device}</translation>
    </message>
    <message>
        <source>Companion keeps to the clock for this: reminders are not held for it.</source>
        <translation>Companion berpegang pada jam untuk hal ini: pengingat tidak ditahan karenanya.</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>diam</translation>
    </message>
    <message>
        <source>screen lock</source>
        <translation>kunci layar</translation>
    </message>
    <message>
        <source>sleep</source>
        <translation>mode tidur</translation>
    </message>
    <message>
        <source>do not disturb</source>
        <translation>jangan ganggu</translation>
    </message>
    <message>
        <source>camera</source>
        <translation>kamera</translation>
    </message>
    <message>
        <source>microphone</source>
        <translation>mikrofon</translation>
    </message>
    <message>
        <source>fullscreen</source>
        <translation>layar penuh</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Kehadiran</translation>
    </message>
    <message>
        <source>not started yet; check again in a moment</source>
        <translation>belum dimulai; periksa lagi sebentar lagi</translation>
    </message>
    <message>
        <source>Presence: {what}</source>
        <translation>Kehadiran: {what}</translation>
    </message>
    <message>
        <source>Desktop break reminders</source>
        <translation>Pengingat jeda dari desktop</translation>
    </message>
    <message>
        <source>none followed ({why}); Companion reminds you itself</source>
        <translation>tidak ada yang diikuti ({why}); Companion mengingatkan Anda sendiri</translation>
    </message>
</context>
<context>
    <name>diary</name>
    <message>
        <source>Palm</source>
        <translation>Telapak tangan</translation>
    </message>
    <message>
        <source>Thumb</source>
        <translation>Ibu jari</translation>
    </message>
    <message>
        <source>Fingers</source>
        <translation>Jari</translation>
    </message>
    <message>
        <source>Wrist or forearm</source>
        <translation>Pergelangan tangan atau lengan bawah</translation>
    </message>
    <message>
        <source>Upper arm</source>
        <translation>Lengan atas</translation>
    </message>
    <message>
        <source>Eyelid</source>
        <translation>Kelopak mata</translation>
    </message>
    <message>
        <source>Face</source>
        <translation>Wajah</translation>
    </message>
    <message>
        <source>Neck or shoulder</source>
        <translation>Leher atau bahu</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Punggung</translation>
    </message>
    <message>
        <source>Thigh</source>
        <translation>Paha</translation>
    </message>
    <message>
        <source>Calf</source>
        <translation>Betis</translation>
    </message>
    <message>
        <source>Foot</source>
        <translation>Kaki</translation>
    </message>
    <message>
        <source>Somewhere else</source>
        <translation>Bagian lain</translation>
    </message>
    <message>
        <source>left</source>
        <translation>kiri</translation>
    </message>
    <message>
        <source>right</source>
        <translation>kanan</translation>
    </message>
    <message>
        <source>both sides</source>
        <translation>kedua sisi</translation>
    </message>
    <message>
        <source>centre</source>
        <translation>tengah</translation>
    </message>
    <message>
        <source>A few seconds</source>
        <translation>Beberapa detik</translation>
    </message>
    <message>
        <source>Up to a minute</source>
        <translation>Hingga satu menit</translation>
    </message>
    <message>
        <source>Several minutes</source>
        <translation>Beberapa menit</translation>
    </message>
    <message>
        <source>On and off for hours</source>
        <translation>Hilang timbul selama berjam-jam</translation>
    </message>
    <message>
        <source>Faint (felt more than seen)</source>
        <translation>Lemah (lebih terasa daripada terlihat)</translation>
    </message>
    <message>
        <source>Visible</source>
        <translation>Terlihat</translation>
    </message>
    <message>
        <source>Strong (moves a finger or joint)</source>
        <translation>Kuat (menggerakkan jari atau sendi)</translation>
    </message>
    <message>
        <source>{area}, {side}</source>
        <translation>{area}, {side}</translation>
    </message>
    <message>
        <source>{how_long}, {strength}.</source>
        <translation>{how_long}, {strength}.</translation>
    </message>
    <message>
        <source> Suspected triggers: {triggers}.</source>
        <translation> Dugaan pemicu: {triggers}.</translation>
    </message>
    <message>
        <source>{day}, {time} — {where}</source>
        <translation>{day}, {time} — {where}</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Catatan: {note}</translation>
    </message>
    <message>
        <source>Your diary shows twitching on days spread over {days} days. Twitching that goes on for more than two weeks is worth showing to a doctor.</source>
        <translation>Catatan Anda menunjukkan kedutan pada hari-hari yang tersebar selama {days} hari. Kedutan yang berlangsung lebih dari dua minggu sebaiknya diperiksakan ke dokter.</translation>
    </message>
</context>
<context>
    <name>diary, in a sentence</name>
    <message>
        <source>palm</source>
        <translation>telapak tangan</translation>
    </message>
    <message>
        <source>thumb</source>
        <translation>ibu jari</translation>
    </message>
    <message>
        <source>fingers</source>
        <translation>jari</translation>
    </message>
    <message>
        <source>wrist or forearm</source>
        <translation>pergelangan tangan atau lengan bawah</translation>
    </message>
    <message>
        <source>upper arm</source>
        <translation>lengan atas</translation>
    </message>
    <message>
        <source>eyelid</source>
        <translation>kelopak mata</translation>
    </message>
    <message>
        <source>face</source>
        <translation>wajah</translation>
    </message>
    <message>
        <source>neck or shoulder</source>
        <translation>leher atau bahu</translation>
    </message>
    <message>
        <source>back</source>
        <translation>punggung</translation>
    </message>
    <message>
        <source>thigh</source>
        <translation>paha</translation>
    </message>
    <message>
        <source>calf</source>
        <translation>betis</translation>
    </message>
    <message>
        <source>foot</source>
        <translation>kaki</translation>
    </message>
    <message>
        <source>somewhere else</source>
        <translation>bagian lain</translation>
    </message>
    <message>
        <source>a few seconds</source>
        <translation>beberapa detik</translation>
    </message>
    <message>
        <source>up to a minute</source>
        <translation>hingga satu menit</translation>
    </message>
    <message>
        <source>several minutes</source>
        <translation>beberapa menit</translation>
    </message>
    <message>
        <source>on and off for hours</source>
        <translation>hilang timbul selama berjam-jam</translation>
    </message>
    <message>
        <source>faint</source>
        <translation>lemah</translation>
    </message>
    <message>
        <source>visible</source>
        <translation>terlihat</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>kuat</translation>
    </message>
</context>
<context>
    <name>endings</name>
    <message>
        <source>{headline}. {detail}</source>
        <translation>{headline}. {detail}</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>Bagus sekali</translation>
    </message>
    <message>
        <source>{routine}: all {steps} in {time}. That counts as your stretch break.</source>
        <translation>{routine}: semua {steps} dalam {time}. Itu dihitung sebagai jeda peregangan Anda.</translation>
    </message>
    <message>
        <source>Another time, then</source>
        <translation>Lain kali saja</translation>
    </message>
    <message>
        <source>{routine} is here whenever you want it.</source>
        <translation>{routine} tersedia kapan pun Anda mau.</translation>
    </message>
    <message>
        <source>{time} of stretching</source>
        <translation>{time} peregangan</translation>
    </message>
    <message>
        <source>You made a start on {routine}. Every bit of movement helps.</source>
        <translation>Anda sudah mulai {routine}. Setiap gerakan membantu.</translation>
    </message>
    <message>
        <source>{done} of {steps} of {routine}. That counts as your stretch break.</source>
        <translation>{done} dari {steps} {routine}. Itu dihitung sebagai jeda peregangan Anda.</translation>
    </message>
    <message>
        <source>{breaths} in {time}. Notice how you feel now.</source>
        <translation>{breaths} dalam {time}. Rasakan bagaimana perasaan Anda sekarang.</translation>
    </message>
    <message>
        <source>Ready when you are</source>
        <translation>Siap kapan pun Anda siap</translation>
    </message>
    <message>
        <source>Start again whenever you like.</source>
        <translation>Mulai lagi kapan pun Anda mau.</translation>
    </message>
    <message>
        <source>{time} of calm breathing</source>
        <translation>{time} bernapas dengan tenang</translation>
    </message>
    <message>
        <source>{breaths} in {time}. Every breath counts.</source>
        <translation>{breaths} dalam {time}. Setiap tarikan napas berarti.</translation>
    </message>
</context>
<context>
    <name>exchange</name>
    <message>
        <source>This CSV file was not exported by Companion with one row per event (its first line is not the column names Companion writes).</source>
        <translation>Berkas CSV ini tidak diekspor oleh Companion dengan satu baris per kejadian (baris pertamanya bukan nama kolom yang ditulis Companion).</translation>
    </message>
    <message>
        <source>Line {line} of the file is damaged (it has {count} values, not {wanted}).</source>
        <translation>Baris {line} dalam berkas rusak (berisi {count} nilai, bukan {wanted}).</translation>
    </message>
    <message>
        <source>Line {line} of the file is damaged (its details cannot be read).</source>
        <translation>Baris {line} dalam berkas rusak (rinciannya tidak dapat dibaca).</translation>
    </message>
    <message>
        <source>Line {line}</source>
        <translation>Baris {line}</translation>
    </message>
    <message>
        <source>This file is not a Companion backup (it is not text).</source>
        <translation>Berkas ini bukan cadangan Companion (bukan teks).</translation>
    </message>
    <message>
        <source>This file is damaged or is not a Companion backup (it is not complete JSON).</source>
        <translation>Berkas ini rusak atau bukan cadangan Companion (bukan JSON yang lengkap).</translation>
    </message>
    <message>
        <source>This file is not a Companion backup.</source>
        <translation>Berkas ini bukan cadangan Companion.</translation>
    </message>
    <message>
        <source>This Companion backup is damaged (its version is missing).</source>
        <translation>Cadangan Companion ini rusak (versinya tidak ada).</translation>
    </message>
    <message>
        <source>This backup was made by a newer Companion; update Companion to import it.</source>
        <translation>Cadangan ini dibuat oleh Companion yang lebih baru; perbarui Companion untuk mengimpornya.</translation>
    </message>
    <message>
        <source>This Companion backup is damaged (its list of entries is missing).</source>
        <translation>Cadangan Companion ini rusak (daftar entrinya tidak ada).</translation>
    </message>
    <message>
        <source>Entry {entry} of the backup is damaged.</source>
        <translation>Entri {entry} dalam cadangan rusak.</translation>
    </message>
    <message>
        <source>Entry {entry} of the backup</source>
        <translation>Entri {entry} dalam cadangan</translation>
    </message>
    <message>
        <source>{where} is damaged (it has no id).</source>
        <translation>{where} rusak (tidak memiliki id).</translation>
    </message>
    <message>
        <source>{where} is damaged (it does not say what it records).</source>
        <translation>{where} rusak (tidak menyebutkan apa yang dicatat).</translation>
    </message>
    <message>
        <source>{where} is damaged (its time cannot be read).</source>
        <translation>{where} rusak (waktunya tidak dapat dibaca).</translation>
    </message>
    <message>
        <source>{where} is damaged ({problem}).</source>
        <translation>{where} rusak ({problem}).</translation>
    </message>
    <message>
        <source>{file} could not be written ({problem}); nothing was exported.</source>
        <translation>{file} tidak dapat ditulis ({problem}); tidak ada yang diekspor.</translation>
    </message>
    <message>
        <source>Exported one row per day to {file}.</source>
        <translation>Satu baris per hari diekspor ke {file}.</translation>
    </message>
    <message>
        <source>Exported {entries} to {file}.</source>
        <translation>{entries} diekspor ke {file}.</translation>
    </message>
    <message>
        <source>{file} was not found; nothing was imported.</source>
        <translation>{file} tidak ditemukan; tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>{file} cannot be read ({problem}); nothing was imported.</source>
        <translation>{file} tidak dapat dibaca ({problem}); tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>This file holds a summary per day, which cannot be imported; import a backup (.json) or a CSV with one row per event.</source>
        <translation>Berkas ini berisi ringkasan per hari, yang tidak dapat diimpor; impor cadangan (.json) atau CSV dengan satu baris per kejadian.</translation>
    </message>
    <message>
        <source>This is not a Companion backup.</source>
        <translation>Ini bukan cadangan Companion.</translation>
    </message>
    <message>
        <source>{file} is not a Companion backup; nothing was imported.</source>
        <translation>{file} bukan cadangan Companion; tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>{file}: {problem} Nothing was imported.</source>
        <translation>{file}: {problem} Tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>{file} could not be added to your history ({problem}); nothing was imported.</source>
        <translation>{file} tidak dapat ditambahkan ke riwayat Anda ({problem}); tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>Nothing new: every entry in {file} is already in your history.</source>
        <translation>Tidak ada yang baru: setiap entri dalam {file} sudah ada di riwayat Anda.</translation>
    </message>
    <message>
        <source>Imported {entries} from {file}.</source>
        <translation>{entries} diimpor dari {file}.</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <source>a Companion content file</source>
        <translation>berkas konten Companion</translation>
    </message>
    <message>
        <source>a Companion backup</source>
        <translation>cadangan Companion</translation>
    </message>
    <message>
        <source>{name} is not a regular file (it is {kind})</source>
        <translation>{name} bukan berkas biasa (melainkan {kind})</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>folder</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>pipa bernama (FIFO)</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>soket</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>perangkat</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>sesuatu yang lain</translation>
    </message>
    <message>
        <source>{name} is larger than {size}, far too large for {what}</source>
        <translation>{name} lebih besar dari {size}, terlalu besar untuk {what}</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>sebuah berkas</translation>
    </message>
    <message>
        <source>{count} MB</source>
        <translation>{count} MB</translation>
    </message>
    <message>
        <source>{count} kB</source>
        <translation>{count} kB</translation>
    </message>
    <message>
        <source>a settings file</source>
        <extracomment>What is at the settings path: its bytes, None if nothing, else (kind, inode, size, time).</extracomment>
        <translation>berkas pengaturan</translation>
    </message>
</context>
<context>
    <name>first run</name>
    <message>
        <source>Companion could not add itself to the application menu ({problem}).</source>
        <extracomment>How long a start at login waits for a tray before it shows the window instead.</extracomment>
        <translation>Companion tidak dapat menambahkan dirinya ke menu aplikasi ({problem}).</translation>
    </message>
    <message>
        <source>Could not change start at login ({problem}).</source>
        <translation>Tidak dapat mengubah mulai saat masuk ({problem}).</translation>
    </message>
</context>
<context>
    <name>history file</name>
    <message>
        <source>Your history could not be read ({problem}), so some of it may be missing here. Your file is left as it is.</source>
        <translation>Riwayat Anda tidak dapat dibaca ({problem}), jadi sebagian mungkin tidak tampil di sini. Berkas Anda dibiarkan apa adanya.</translation>
    </message>
    <message>
        <source>History file {file} cannot be opened: {problem}</source>
        <extracomment>Set when a damaged file was moved aside at open: where it went.</extracomment>
        <translation>Berkas riwayat {file} tidak dapat dibuka: {problem}</translation>
    </message>
    <message>
        <source>History file {file} is damaged and could not be moved aside: {problem}</source>
        <translation>Berkas riwayat {file} rusak dan tidak dapat dipindahkan: {problem}</translation>
    </message>
    <message>
        <source>History file {file} was written by a newer Companion (schema {version}, this one knows {known})</source>
        <translation>Berkas riwayat {file} ditulis oleh Companion yang lebih baru (skema {version}, versi ini mengenal {known})</translation>
    </message>
    <message>
        <source>Could not save to your history ({problem}). New entries are kept in memory and will be saved when writing works again.</source>
        <translation>Tidak dapat menyimpan ke riwayat Anda ({problem}). Entri baru disimpan di memori dan akan disimpan saat penulisan berfungsi lagi.</translation>
    </message>
    <message>
        <source>Your history is being saved again.</source>
        <translation>Riwayat Anda kembali disimpan.</translation>
    </message>
</context>
<context>
    <name>presence</name>
    <message>
        <source>the desktop cannot be asked: no session bus</source>
        <translation>desktop tidak dapat ditanya: tidak ada bus sesi</translation>
    </message>
    <message>
        <source>this desktop has no break reminders of its own (GNOME 48&apos;s Wellbeing)</source>
        <translation>desktop ini tidak punya pengingat jeda sendiri (Wellbeing GNOME 48)</translation>
    </message>
    <message>
        <source>GNOME&apos;s movement breaks are off</source>
        <translation>jeda gerak GNOME nonaktif</translation>
    </message>
    <message>
        <source>GNOME&apos;s movement breaks are on (org.gnome.Shell.ScreenTime)</source>
        <translation>jeda gerak GNOME aktif (org.gnome.Shell.ScreenTime)</translation>
    </message>
    <message>
        <source>logind PrepareForSleep</source>
        <extracomment>What ``start`` found, for sleep and for the screen lock (presence describes them).</extracomment>
        <translation>logind PrepareForSleep</translation>
    </message>
    <message>
        <source>cannot listen to logind</source>
        <translation>tidak dapat mendengarkan logind</translation>
    </message>
    <message>
        <source>not inside a logind session</source>
        <translation>tidak di dalam sesi logind</translation>
    </message>
    <message>
        <source>logind session LockedHint</source>
        <translation>LockedHint sesi logind</translation>
    </message>
    <message>
        <source>cannot listen to the logind session</source>
        <translation>tidak dapat mendengarkan sesi logind</translation>
    </message>
    <message>
        <source>off in settings</source>
        <translation>nonaktif di pengaturan</translation>
    </message>
    <message>
        <source>no camera found</source>
        <translation>tidak ada kamera yang ditemukan</translation>
    </message>
    <message>
        <source>ALSA capture state, checked when a reminder is due</source>
        <translation>status perekaman ALSA, diperiksa saat pengingat jatuh tempo</translation>
    </message>
    <message>
        <source>no audio capture device found (ALSA)</source>
        <translation>tidak ada perangkat perekam audio yang ditemukan (ALSA)</translation>
    </message>
    <message>
        <source>dunst&apos;s paused state</source>
        <translation>status jeda dunst</translation>
    </message>
    <message>
        <source>Plasma&apos;s Inhibited property</source>
        <translation>properti Inhibited milik Plasma</translation>
    </message>
    <message>
        <source>no notification server on the session bus</source>
        <translation>tidak ada server notifikasi di bus sesi</translation>
    </message>
    <message>
        <source>cannot be seen on Wayland: no program may look at another&apos;s windows</source>
        <translation>tidak terlihat di Wayland: tidak ada program yang boleh melihat jendela program lain</translation>
    </message>
    <message>
        <source>no X11 display</source>
        <translation>tidak ada tampilan X11</translation>
    </message>
    <message>
        <source>no EWMH window manager on the X11 display</source>
        <translation>tidak ada pengelola jendela EWMH di tampilan X11</translation>
    </message>
    <message>
        <source>X11 programs only (XWayland&apos;s active window); Wayland windows cannot be seen</source>
        <translation>hanya program X11 (jendela aktif XWayland); jendela Wayland tidak terlihat</translation>
    </message>
    <message>
        <source>X11 active window&apos;s _NET_WM_STATE</source>
        <translation>_NET_WM_STATE jendela aktif X11</translation>
    </message>
    <message>
        <source>no session bus</source>
        <translation>tidak ada bus sesi</translation>
    </message>
    <message>
        <source>cannot listen to the desktop portal</source>
        <translation>tidak dapat mendengarkan portal desktop</translation>
    </message>
    <message>
        <source>GNOME&apos;s show-banners setting, through the desktop portal</source>
        <translation>pengaturan show-banners GNOME, melalui portal desktop</translation>
    </message>
    <message>
        <source>no GNOME idle monitor on the session bus</source>
        <translation>tidak ada pemantau diam GNOME di bus sesi</translation>
    </message>
    <message>
        <source>cannot listen to GNOME&apos;s idle monitor</source>
        <translation>tidak dapat mendengarkan pemantau diam GNOME</translation>
    </message>
    <message>
        <source>GNOME idle monitor (Mutter idle watches)</source>
        <translation>pemantau diam GNOME (Mutter idle watches)</translation>
    </message>
    <message>
        <source>no GNOME session manager on the session bus</source>
        <translation>tidak ada pengelola sesi GNOME di bus sesi</translation>
    </message>
    <message>
        <source>cannot listen to the GNOME session manager</source>
        <translation>tidak dapat mendengarkan pengelola sesi GNOME</translation>
    </message>
    <message>
        <source>GNOME says when a program keeps the screen awake (a film, a game, a call)</source>
        <translation>GNOME memberi tahu saat program membuat layar tetap menyala (film, gim, panggilan)</translation>
    </message>
    <message>
        <source>time away from the keyboard is not noticed here; stretch reminders keep wall-clock times</source>
        <translation>waktu jauh dari papan ketik tidak terdeteksi di sini; pengingat peregangan tetap mengikuti jam</translation>
    </message>
    <message>
        <source>{screen_saver}; {logind}: a locked screen counts only once input stops</source>
        <translation>{screen_saver}; {logind}: layar terkunci baru dihitung setelah tidak ada masukan</translation>
    </message>
    <message>
        <source>no screen saver on the session bus</source>
        <translation>tidak ada screensaver di bus sesi</translation>
    </message>
    <message>
        <source>the Wayland client library is not installed</source>
        <translation>pustaka klien Wayland tidak terpasang</translation>
    </message>
    <message>
        <source>not a Wayland session</source>
        <translation>bukan sesi Wayland</translation>
    </message>
    <message>
        <source>could not reach the Wayland compositor</source>
        <translation>tidak dapat menjangkau compositor Wayland</translation>
    </message>
    <message>
        <source>this Wayland compositor does not tell when input stops (no ext-idle-notify-v1)</source>
        <translation>compositor Wayland ini tidak memberi tahu saat masukan berhenti (tidak ada ext-idle-notify-v1)</translation>
    </message>
    <message>
        <source>Wayland idle notifications (ext-idle-notify-v1)</source>
        <translation>notifikasi diam Wayland (ext-idle-notify-v1)</translation>
    </message>
    <message>
        <source>the X server has no SYNC extension</source>
        <translation>server X tidak punya ekstensi SYNC</translation>
    </message>
    <message>
        <source>the X server has no IDLETIME counter</source>
        <translation>server X tidak punya penghitung IDLETIME</translation>
    </message>
    <message>
        <source>X11 idle alarms (XSync IDLETIME)</source>
        <translation>alarm diam X11 (XSync IDLETIME)</translation>
    </message>
</context>
<context>
    <name>prompts</name>
    <message>
        <source>Time for some water</source>
        <translation>Waktunya minum air</translation>
    </message>
    <message>
        <source>A glass of water now keeps you going.</source>
        <translation>Segelas air sekarang membuat Anda tetap segar.</translation>
    </message>
    <message>
        <source>Drank a glass</source>
        <translation>Sudah minum segelas</translation>
    </message>
    <message>
        <source>Open Today</source>
        <translation>Buka Hari ini</translation>
    </message>
    <message>
        <source>Stretch break</source>
        <translation>Jeda peregangan</translation>
    </message>
    <message>
        <source>Your hands have been busy. A one-minute stretch eases them.</source>
        <translation>Tangan Anda sudah banyak bekerja. Peregangan satu menit akan melemaskannya.</translation>
    </message>
    <message>
        <source>Start stretches</source>
        <translation>Mulai peregangan</translation>
    </message>
    <message>
        <source>Open the stretches</source>
        <translation>Buka peregangan</translation>
    </message>
    <message>
        <source>A moment to breathe</source>
        <translation>Sejenak untuk bernapas</translation>
    </message>
    <message>
        <source>A few slow breaths help you reset. Ready when you are.</source>
        <translation>Beberapa tarikan napas pelan membantu Anda menyegarkan diri. Silakan kapan pun Anda siap.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>Open the breathing exercise</source>
        <translation>Buka latihan pernapasan</translation>
    </message>
    <message>
        <source>Water</source>
        <extracomment>Each reminder&apos;s name, as a heading or a label (&quot;Water&quot;, &quot;Stretch break&quot;).</extracomment>
        <translation>Air</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>Pernapasan</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>When</source>
        <translation>Kapan</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Di mana</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>Berapa lama</translation>
    </message>
    <message>
        <source>How strong</source>
        <translation>Seberapa kuat</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Pemicu</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>{side} {count}</source>
        <translation>{side} {count}</translation>
    </message>
    <message>
        <source>Week {week}, {year}</source>
        <translation>Minggu {week}, {year}</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} sampai {last}</translation>
    </message>
    <message>
        <source>{episodes} on {days}.</source>
        <translation>{episodes} pada {days}.</translation>
    </message>
    <message>
        <source>Twitch diary</source>
        <translation>Catatan kedutan</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nama:</translation>
    </message>
    <message>
        <source>{first} to {last}.</source>
        <translation>{first} sampai {last}.</translation>
    </message>
    <message>
        <source>Prepared on {day} with Companion from the user&apos;s own notes.</source>
        <translation>Disiapkan pada {day} dengan Companion dari catatan pengguna sendiri.</translation>
    </message>
    <message>
        <source>By body area</source>
        <translation>Menurut area tubuh</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation>Episode</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Sisi</translation>
    </message>
    <message>
        <source>No episodes in this period.</source>
        <translation>Tidak ada episode dalam periode ini.</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>Menurut minggu</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Minggu</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>No weeks.</source>
        <translation>Tidak ada minggu.</translation>
    </message>
    <message>
        <source>Recent checks (Check a symptom)</source>
        <translation>Pemeriksaan terakhir (Periksa gejala)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Because of</source>
        <translation>Karena</translation>
    </message>
    <message>
        <source>No check was saved in this period.</source>
        <translation>Tidak ada pemeriksaan yang disimpan dalam periode ini.</translation>
    </message>
    <message>
        <source>Beside water and breaks</source>
        <translation>Dibandingkan dengan air dan jeda</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Tidak diketahui</translation>
    </message>
</context>
<context>
    <name>retention</name>
    <message>
        <source>Keep everything</source>
        <extracomment>What the settings offer, in days (a settings file may hold any age in the range).</extracomment>
        <translation>Simpan semuanya</translation>
    </message>
    <message>
        <source>5 years</source>
        <translation>5 tahun</translation>
    </message>
    <message>
        <source>2 years</source>
        <translation>2 tahun</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 tahun</translation>
    </message>
    <message>
        <source>6 months</source>
        <translation>6 bulan</translation>
    </message>
    <message>
        <source>3 months</source>
        <translation>3 bulan</translation>
    </message>
    <message>
        <source>Companion will keep {age} of history. Nothing is older than {day} yet, so nothing is removed now; older entries will be removed from then on.</source>
        <translation>Companion akan menyimpan riwayat selama {age}. Belum ada yang lebih lama dari {day}, jadi tidak ada yang dihapus sekarang; entri yang lebih lama akan dihapus sejak saat itu.</translation>
    </message>
    <message>
        <source>This removes {entries} from before {day} for good, and from then on entries older than {age}. Export a backup first if you may want them later.</source>
        <translation>Ini menghapus {entries} dari sebelum {day} secara permanen, dan sejak itu entri yang lebih lama dari {age}. Ekspor cadangan dulu jika Anda mungkin memerlukannya nanti.</translation>
    </message>
</context>
<context>
    <name>settings file</name>
    <message>
        <source>using the defaults</source>
        <translation>menggunakan pengaturan bawaan</translation>
    </message>
    <message>
        <source>your settings stay as they were</source>
        <translation>pengaturan Anda tetap seperti sebelumnya</translation>
    </message>
    <message>
        <source>{problem}; {instead}. It is left as it is: rename or remove it so your settings can be saved.</source>
        <translation>{problem}; {instead}. Berkas itu dibiarkan apa adanya: ganti nama atau hapus agar pengaturan Anda dapat disimpan.</translation>
    </message>
    <message>
        <source>{file} could not be read ({problem})</source>
        <translation>{file} tidak dapat dibaca ({problem})</translation>
    </message>
    <message>
        <source>{problem}; {instead}. {kept}</source>
        <translation>{problem}; {instead}. {kept}</translation>
    </message>
    <message>
        <source>{file} could not be read ({problem}); {instead}. {kept}</source>
        <translation>{file} tidak dapat dibaca ({problem}); {instead}. {kept}</translation>
    </message>
    <message>
        <source>Your file could not be copied ({problem}); it is left as it is.</source>
        <translation>Berkas Anda tidak dapat disalin ({problem}); berkas itu dibiarkan apa adanya.</translation>
    </message>
    <message>
        <source>Your file is kept as {file}.</source>
        <translation>Berkas Anda disimpan sebagai {file}.</translation>
    </message>
    <message>
        <source>Your file could not be moved aside ({problem}); it is left as it is and not saved over.</source>
        <translation>Berkas Anda tidak dapat dipindahkan ({problem}); berkas itu dibiarkan apa adanya dan tidak ditimpa.</translation>
    </message>
    <message>
        <source>{file} cannot be checked: {problem}</source>
        <translation>{file} tidak dapat diperiksa: {problem}</translation>
    </message>
    <message>
        <source>{file} is not a regular file</source>
        <translation>{file} bukan berkas biasa</translation>
    </message>
    <message>
        <source>{file} cannot be read ({problem}), so it is not replaced</source>
        <translation>{file} tidak dapat dibaca ({problem}), jadi tidak diganti</translation>
    </message>
    <message>
        <source>Some settings could not be used and were reset:</source>
        <extracomment>What was wrong with the file at start-up, for the user, or None.</extracomment>
        <translation>Beberapa pengaturan tidak dapat digunakan dan dikembalikan ke bawaan:</translation>
    </message>
    <message>
        <source>{file} was changed outside Companion; not all of it could be used:</source>
        <translation>{file} diubah di luar Companion; tidak semuanya dapat digunakan:</translation>
    </message>
    <message>
        <source>Could not save your settings ({problem}); they apply until Companion quits.</source>
        <translation>Pengaturan Anda tidak dapat disimpan ({problem}); pengaturan itu berlaku sampai Companion ditutup.</translation>
    </message>
    <message>
        <source>{field} {problem}; using the default</source>
        <extracomment>Version 3&apos;s one range of hours per plan, read only to carry it into a week.</extracomment>
        <translation>{field} {problem}; menggunakan nilai bawaan</translation>
    </message>
    <message>
        <source>{field} {problem}; left as it was</source>
        <translation>{field} {problem}; dibiarkan seperti sebelumnya</translation>
    </message>
    <message>
        <source>{field}: should be a table of settings; using the defaults</source>
        <translation>{field}: seharusnya tabel pengaturan; menggunakan pengaturan bawaan</translation>
    </message>
    <message>
        <source>{field}: should be a table of settings; left as it was</source>
        <translation>{field}: seharusnya tabel pengaturan; dibiarkan seperti sebelumnya</translation>
    </message>
    <message>
        <source>{name} is not a setting Companion knows; ignored</source>
        <translation>{name} bukan pengaturan yang dikenal Companion; diabaikan</translation>
    </message>
    <message>
        <source>{count} unknown settings ignored: {names}</source>
        <translation>{count} pengaturan tak dikenal diabaikan: {names}</translation>
    </message>
    <message>
        <source>water_goal_ml (from an older version) should be a whole number of millilitres up to {high} glasses of {glass} ml; using the default of {goal} glasses</source>
        <translation>water_goal_ml (dari versi lama) seharusnya bilangan bulat mililiter hingga {high} gelas {glass} ml; menggunakan nilai bawaan {goal} gelas</translation>
    </message>
    <message>
        <source>{field}: active hours must end after they start; using 09:00-18:00</source>
        <translation>{field}: jam kerja harus berakhir setelah dimulai; menggunakan 09:00-18:00</translation>
    </message>
    <message>
        <source>left as it was</source>
        <translation>dibiarkan seperti sebelumnya</translation>
    </message>
    <message>
        <source>using the default</source>
        <translation>menggunakan nilai bawaan</translation>
    </message>
    <message>
        <source>{field} should be a table of weekdays (mon to sun), not {value}; {instead}</source>
        <translation>{field} seharusnya tabel hari (mon sampai sun), bukan {value}; {instead}</translation>
    </message>
    <message>
        <source>{field} has days Companion does not know ({days}); ignored</source>
        <translation>{field} berisi hari yang tidak dikenal Companion ({days}); diabaikan</translation>
    </message>
    <message>
        <source>{field} should be a table like {example}, not {value}; {instead}</source>
        <translation>{field} seharusnya tabel seperti {example}, bukan {value}; {instead}</translation>
    </message>
    <message>
        <source>{field} {problem}; {instead}</source>
        <translation>{field} {problem}; {instead}</translation>
    </message>
</context>
<context>
    <name>start</name>
    <message>
        <source>Companion cannot listen for later launches ({problem}), so starting it again would open a second copy.</source>
        <translation>Companion tidak dapat mendengarkan peluncuran berikutnya ({problem}), jadi menjalankannya lagi akan membuka salinan kedua.</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <source>Reminders paused</source>
        <translation>Pengingat dijeda</translation>
    </message>
    <message>
        <source>Reminders on · none planned</source>
        <translation>Pengingat aktif · tidak ada yang dijadwalkan</translation>
    </message>
    <message>
        <source>Reminders on · water waits: {reason}</source>
        <translation>Pengingat aktif · air menunggu: {reason}</translation>
    </message>
    <message>
        <source>Reminders on · stretch break waits: {reason}</source>
        <translation>Pengingat aktif · jeda peregangan menunggu: {reason}</translation>
    </message>
    <message>
        <source>Reminders on · breathing waits: {reason}</source>
        <translation>Pengingat aktif · pernapasan menunggu: {reason}</translation>
    </message>
    <message>
        <source>Reminders on · next: water at {time}</source>
        <translation>Pengingat aktif · berikutnya: air pukul {time}</translation>
    </message>
    <message>
        <source>Reminders on · next: stretch break at {time}</source>
        <translation>Pengingat aktif · berikutnya: jeda peregangan pukul {time}</translation>
    </message>
    <message>
        <source>Reminders on · next: breathing at {time}</source>
        <translation>Pengingat aktif · berikutnya: pernapasan pukul {time}</translation>
    </message>
    <message>
        <source>Reminders on · next: water {time}</source>
        <translation>Pengingat aktif · berikutnya: air {time}</translation>
    </message>
    <message>
        <source>Reminders on · next: stretch break {time}</source>
        <translation>Pengingat aktif · berikutnya: jeda peregangan {time}</translation>
    </message>
    <message>
        <source>Reminders on · next: breathing {time}</source>
        <translation>Pengingat aktif · berikutnya: pernapasan {time}</translation>
    </message>
</context>
</TS>

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
        <source>...and %n more (the log file lists them all).</source>
        <comment>problems not shown</comment>
        <translation>
            <numerusform>...dan %n lagi (berkas log mencantumkan semuanya).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n things to look at; Companion still runs without them.</source>
        <comment>problems found</comment>
        <translation>
            <numerusform>%n hal perlu diperiksa; Companion tetap berjalan tanpanya.</numerusform>
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
        <comment>stretch breaks</comment>
        <translation>
            <numerusform>%n jeda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n damaged entries in your history could not be read and are left out; your file is left as it is.</source>
        <comment>damaged history entries</comment>
        <translation>
            <numerusform>%n entri rusak di riwayat Anda tidak dapat dibaca dan dilewati; berkas Anda dibiarkan apa adanya.</numerusform>
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
        <source>%n days</source>
        <comment>history days</comment>
        <translation>
            <numerusform>%n hari</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Snooze %n minutes</source>
        <comment>snooze length</comment>
        <translation>
            <numerusform>Tunda %n menit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n entries older than {age}.</source>
        <comment>history entries removed</comment>
        <translation>
            <numerusform>%n entri yang lebih lama dari {age} telah dihapus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{glasses} of %n glasses</source>
        <comment>water against the goal</comment>
        <translation>
            <numerusform>{glasses} dari %n gelas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breaks today</source>
        <comment>stretch breaks</comment>
        <translation>
            <numerusform>%n jeda hari ini</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sessions today</source>
        <comment>breathing sessions</comment>
        <translation>
            <numerusform>%n sesi hari ini</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <comment>pause length</comment>
        <translation>
            <numerusform>%n menit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <comment>pause length</comment>
        <translation>
            <numerusform>%n jam</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>About</name>
    <message>
        <source>About this system</source>
        <translation>Tentang sistem ini</translation>
    </message>
    <message>
        <source>What works on this desktop and what does not. When you report a problem, Copy puts all of this on the clipboard.</source>
        <translation>Apa yang berfungsi di desktop ini dan apa yang tidak. Saat Anda melaporkan masalah, Salin menaruh semua ini di papan klip.</translation>
    </message>
    <message>
        <source>Checks on this system</source>
        <translation>Pemeriksaan di sistem ini</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Periksa &amp;lagi</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Sedang memeriksa…</translation>
    </message>
    <message>
        <source>✓ works</source>
        <translation>✓ berfungsi</translation>
    </message>
    <message>
        <source>✗ not working</source>
        <translation>✗ tidak berfungsi</translation>
    </message>
    <message>
        <source>What to do: {advice}</source>
        <translation>Yang dapat Anda lakukan: {advice}</translation>
    </message>
    <message>
        <source>Everything works.</source>
        <translation>Semuanya berfungsi.</translation>
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
    <name>Features</name>
    <message>
        <source>Everything else works as usual. Your own files are in {folder}.</source>
        <translation>Semua yang lain berjalan seperti biasa. Berkas Anda sendiri ada di {folder}.</translation>
    </message>
    <message>
        <source>Could not open this part of Companion: {why}</source>
        <translation>Bagian Companion ini tidak dapat dibuka: {why}</translation>
    </message>
    <message>
        <source>Some stretch routines were skipped:</source>
        <translation>Beberapa rangkaian peregangan dilewati:</translation>
    </message>
    <message>
        <source>no breathing pattern could be loaded:</source>
        <translation>tidak ada pola pernapasan yang dapat dimuat:</translation>
    </message>
    <message>
        <source>Some breathing patterns were skipped:</source>
        <translation>Beberapa pola pernapasan dilewati:</translation>
    </message>
    <message>
        <source>{problem}. This file comes with Companion, so reinstalling Companion should put it right.</source>
        <translation>{problem}. Berkas ini bawaan Companion, jadi memasang ulang Companion seharusnya memperbaikinya.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Your week</source>
        <translation>Minggu Anda</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tampilkan</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Tampilkan:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>Show &amp;everything</source>
        <translation>Tampilkan &amp;semua</translation>
    </message>
    <message>
        <source>Also every reminder shown and answered, pauses, and sessions stopped before they began</source>
        <translation>Juga setiap pengingat yang tampil dan dijawab, jeda, serta sesi yang dihentikan sebelum dimulai</translation>
    </message>
    <message>
        <source>Entries left out</source>
        <translation>Entri yang dilewati</translation>
    </message>
    <message>
        <source>History by day, newest first</source>
        <translation>Riwayat per hari, terbaru dulu</translation>
    </message>
    <message>
        <source>Why the list is empty</source>
        <translation>Mengapa daftar ini kosong</translation>
    </message>
    <message>
        <source>Day by day</source>
        <translation>Hari demi hari</translation>
    </message>
    <message>
        <source>{what}, {period}, newest first</source>
        <translation>{what}, {period}, terbaru dulu</translation>
    </message>
    <message>
        <source>{what}, {period}: {entries} on {days}</source>
        <translation>{what}, {period}: {entries} dalam {days}</translation>
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
    <name>Reminder</name>
    <message>
        <source>Reminder: {title}</source>
        <translation>Pengingat: {title}</translation>
    </message>
    <message>
        <source>Snoo&amp;ze</source>
        <translation>T&amp;unda</translation>
    </message>
    <message>
        <source>Snooze for</source>
        <translation>Tunda selama</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} mnt</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>Le&amp;wati</translation>
    </message>
    <message>
        <source>Skip this reminder</source>
        <translation>Lewati pengingat ini</translation>
    </message>
    <message>
        <source>Snooze {minutes} min</source>
        <translation>Tunda {minutes} mnt</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Lewati</translation>
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
<context>
    <name>Settings</name>
    <message>
        <source>Notice when I am away from the &amp;keyboard and mouse</source>
        <translation>Ketahui saat saya jauh dari &amp;keyboard dan mouse</translation>
    </message>
    <message>
        <source>Notice a &amp;locked screen or a sleeping computer</source>
        <translation>Ketahui layar &amp;terkunci atau komputer yang tidur</translation>
    </message>
    <message>
        <source>Hold reminders while I am in a call (ca&amp;mera or microphone in use)</source>
        <translation>Tahan pengingat saat panggilan (ka&amp;mera atau mikrofon aktif)</translation>
    </message>
    <message>
        <source>Hold reminders while another program is &amp;fullscreen</source>
        <translation>Tahan pengingat saat program lain dalam layar &amp;penuh</translation>
    </message>
    <message>
        <source>Hold reminders while &amp;do not disturb is on</source>
        <translation>Tahan pengingat saat mode &amp;jangan ganggu aktif</translation>
    </message>
    <message>
        <source>keyboard and mouse</source>
        <translation>keyboard dan mouse</translation>
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
        <source>do not disturb</source>
        <translation>jangan ganggu</translation>
    </message>
    <message>
        <source>Not checked yet: Companion is still starting.</source>
        <translation>Belum diperiksa: Companion masih dimulai.</translation>
    </message>
    <message>
        <source>Not watched now. Turn it on and Companion checks this computer.</source>
        <translation>Sedang tidak dipantau. Nyalakan, lalu Companion memeriksa komputer ini.</translation>
    </message>
    <message>
        <source>This computer can tell.</source>
        <translation>Komputer ini dapat mengetahuinya.</translation>
    </message>
    <message>
        <source>This computer can tell for the {works}, not for the {missing}.</source>
        <translation>Komputer ini dapat mengetahuinya untuk {works}, tetapi tidak untuk {missing}.</translation>
    </message>
    <message>
        <source>This computer cannot tell, so Companion keeps to the clock for this.</source>
        <translation>Komputer ini tidak dapat mengetahuinya, jadi untuk ini Companion berpegang pada jam.</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} dan {second}</translation>
    </message>
    <message>
        <source>Away after no input for</source>
        <translation>Dianggap pergi setelah tanpa input selama</translation>
    </message>
    <message>
        <source>Time away that counts as a stretch break</source>
        <translation>Waktu pergi yang dihitung sebagai jeda peregangan</translation>
    </message>
    <message>
        <source>Show held reminders this long after I am back</source>
        <translation>Tampilkan pengingat yang tertahan selama ini setelah saya kembali</translation>
    </message>
    <message>
        <source>Give up on a reminder held while busy after</source>
        <translation>Batalkan pengingat yang tertahan saat sibuk setelah</translation>
    </message>
    <message>
        <source>&amp;Away after no input for</source>
        <translation>&amp;Dianggap pergi setelah tanpa input</translation>
    </message>
    <message>
        <source>&amp;Time away that counts as a break</source>
        <translation>&amp;Waktu pergi yang dihitung jeda</translation>
    </message>
    <message>
        <source>Show &amp;held reminders after I am back by</source>
        <translation>Tampilkan pengingat tertahan setelah kem&amp;bali</translation>
    </message>
    <message>
        <source>&amp;Count a reminder as missed if busy for</source>
        <translation>&amp;Anggap terlewat jika sibuk selama</translation>
    </message>
    <message>
        <source>Time away</source>
        <translation>Waktu pergi</translation>
    </message>
    <message>
        <source>What counts as away or busy</source>
        <translation>Yang dihitung sebagai pergi atau sibuk</translation>
    </message>
    <message>
        <source>A reminder that falls due while you are away or busy waits until you are back.</source>
        <translation>Pengingat yang jatuh tempo saat Anda pergi atau sibuk menunggu sampai Anda kembali.</translation>
    </message>
    <message>
        <source>{switch}: {words}</source>
        <translation>{switch}: {words}</translation>
    </message>
    <message>
        <source> min</source>
        <translation> mnt</translation>
    </message>
    <message>
        <source>Strict breaks cannot be postponed or skipped. If you really must leave one, hold Esc for 3 seconds. It still waits while you are in a call, presenting or have do not disturb on.</source>
        <translation>Jeda ketat tidak dapat ditunda atau dilewati. Jika Anda benar-benar harus meninggalkannya, tahan Esc selama 3 detik. Jeda tetap menunggu saat Anda dalam panggilan, sedang presentasi, atau mode jangan ganggu aktif.</translation>
    </message>
    <message>
        <source>Instead of a notification, a calm screen covers every monitor when the break is due, and leads you through it.</source>
        <translation>Alih-alih notifikasi, layar yang tenang menutup setiap monitor saat jeda tiba, dan memandu Anda melaluinya.</translation>
    </message>
    <message>
        <source>Stretch breaks &amp;cover the screen</source>
        <translation>Jeda peregangan &amp;menutup layar</translation>
    </message>
    <message>
        <source>Breathing breaks co&amp;ver the screen</source>
        <translation>Jeda pernapasan men&amp;utup layar</translation>
    </message>
    <message>
        <source> a day</source>
        <translation> per hari</translation>
    </message>
    <message>
        <source>Postpone for</source>
        <translation>Tunda selama</translation>
    </message>
    <message>
        <source>Postpones allowed a day</source>
        <translation>Penundaan yang diizinkan per hari</translation>
    </message>
    <message>
        <source>Skips allowed a day</source>
        <translation>Lewati yang diizinkan per hari</translation>
    </message>
    <message>
        <source>Strict &amp;breaks: no postponing or skipping</source>
        <translation>Jeda &amp;ketat: tanpa menunda atau melewati</translation>
    </message>
    <message>
        <source>&amp;Warn me shortly before</source>
        <translation>&amp;Peringatkan saya sesaat sebelumnya</translation>
    </message>
    <message>
        <source> s</source>
        <translation> dtk</translation>
    </message>
    <message>
        <source>Warn this long before</source>
        <translation>Peringatkan selama ini sebelumnya</translation>
    </message>
    <message>
        <source>Postpone &amp;for</source>
        <translation>&amp;Tunda selama</translation>
    </message>
    <message>
        <source>Postpones &amp;allowed</source>
        <translation>Penundaan &amp;diizinkan</translation>
    </message>
    <message>
        <source>S&amp;kips allowed</source>
        <translation>&amp;Lewati diizinkan</translation>
    </message>
    <message>
        <source>Warn t&amp;his long before</source>
        <translation>Peringatkan &amp;selama ini sebelumnya</translation>
    </message>
    <message>
        <source>Export &amp;events (CSV)…</source>
        <extracomment>Each export: its button, the file name it suggests, and the file dialog&apos;s filter (the words marked here, translated where shown; context &quot;Settings&quot;).</extracomment>
        <translation>Ekspor &amp;peristiwa (CSV)…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export &amp;days (CSV)…</source>
        <translation>Ekspor &amp;hari (CSV)…</translation>
    </message>
    <message>
        <source>Export a &amp;full backup (JSON)…</source>
        <translation>Ekspor cadangan &amp;lengkap (JSON)…</translation>
    </message>
    <message>
        <source>Companion backups (*.json)</source>
        <translation>Cadangan Companion (*.json)</translation>
    </message>
    <message>
        <source>Companion backups (*.json);;CSV with one row per event (*.csv)</source>
        <translation>Cadangan Companion (*.json);;CSV dengan satu baris per peristiwa (*.csv)</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Data Anda</translation>
    </message>
    <message>
        <source>Keep less history</source>
        <translation>Simpan riwayat lebih sedikit</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Biarkan</translation>
    </message>
    <message>
        <source>Everything Companion records stays on this computer. Take a copy for a spreadsheet or another computer, or bring in a backup: entries you already have are not added twice.</source>
        <translation>Semua yang dicatat Companion tetap di komputer ini. Ambil salinan untuk spreadsheet atau komputer lain, atau masukkan cadangan: entri yang sudah Anda miliki tidak ditambahkan dua kali.</translation>
    </message>
    <message>
        <source>&amp;Import a backup…</source>
        <translation>&amp;Impor cadangan…</translation>
    </message>
    <message>
        <source>What the last export or import did</source>
        <translation>Hasil ekspor atau impor terakhir</translation>
    </message>
    <message>
        <source>Keep history</source>
        <translation>Simpan riwayat</translation>
    </message>
    <message>
        <source>Keep &amp;history:</source>
        <translation>Simpan &amp;riwayat:</translation>
    </message>
    <message>
        <source>Nothing is deleted unless you choose a shorter time here; you are asked first, with the number of entries that would go.</source>
        <translation>Tidak ada yang dihapus kecuali Anda memilih waktu yang lebih singkat di sini; Anda ditanya dulu, beserta jumlah entri yang akan hilang.</translation>
    </message>
    <message>
        <source>Import a backup</source>
        <translation>Impor cadangan</translation>
    </message>
    <message>
        <source>Companion now keeps {age} of history.</source>
        <translation>Companion kini menyimpan riwayat selama {age}.</translation>
    </message>
    <message>
        <source>Companion now keeps all of your history.</source>
        <translation>Companion kini menyimpan seluruh riwayat Anda.</translation>
    </message>
    <message>
        <source>Remind me: &amp;water</source>
        <translation>Ingatkan saya: &amp;air</translation>
    </message>
    <message>
        <source>Remind me: &amp;stretch break</source>
        <translation>Ingatkan saya: jeda &amp;peregangan</translation>
    </message>
    <message>
        <source>Remind me: &amp;breathing</source>
        <translation>Ingatkan saya: per&amp;napasan</translation>
    </message>
    <message>
        <source>Own hours for water reminders</source>
        <translation>Jam sendiri untuk pengingat air</translation>
    </message>
    <message>
        <source>Own hours for stretch break reminders</source>
        <translation>Jam sendiri untuk pengingat jeda peregangan</translation>
    </message>
    <message>
        <source>Own hours for breathing reminders</source>
        <translation>Jam sendiri untuk pengingat pernapasan</translation>
    </message>
    <message>
        <source>Remind me: {name}</source>
        <translation>Ingatkan saya: {name}</translation>
    </message>
    <message>
        <source>Every few minutes</source>
        <translation>Setiap beberapa menit</translation>
    </message>
    <message>
        <source>At set times</source>
        <translation>Pada waktu tertentu</translation>
    </message>
    <message>
        <source>{name} interval</source>
        <translation>{name}: selang waktu</translation>
    </message>
    <message>
        <source>e.g. 11:00, 15:30</source>
        <translation>mis. 11:00, 15:30</translation>
    </message>
    <message>
        <source>{name} times</source>
        <translation>{name}: waktu</translation>
    </message>
    <message>
        <source>{name} mode</source>
        <translation>{name}: cara</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cara</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Setiap</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Pada</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a time like 15:30.</source>
        <translation>&quot;{text}&quot; bukan waktu seperti 15:30.</translation>
    </message>
    <message>
        <source>Give at least one time, like 11:00.</source>
        <translation>Isi setidaknya satu waktu, misalnya 11:00.</translation>
    </message>
    <message>
        <source>{name}: {problem}</source>
        <translation>{name}: {problem}</translation>
    </message>
    <message>
        <source>Working hours: {problem}</source>
        <translation>Jam kerja: {problem}</translation>
    </message>
    <message>
        <source> glasses</source>
        <translation> gelas</translation>
    </message>
    <message>
        <source>Daily water goal</source>
        <translation>Target air harian</translation>
    </message>
    <message>
        <source>Glass size</source>
        <translation>Ukuran gelas</translation>
    </message>
    <message>
        <source>Snooze for</source>
        <translation>Tunda selama</translation>
    </message>
    <message>
        <source>Reminder stays up for</source>
        <translation>Pengingat tampil selama</translation>
    </message>
    <message>
        <source>Soft s&amp;ound at each step</source>
        <translation>&amp;Suara lembut di setiap langkah</translation>
    </message>
    <message>
        <source>Read steps &amp;aloud</source>
        <translation>&amp;Bacakan langkah</translation>
    </message>
    <message>
        <source>Always reduce &amp;motion</source>
        <translation>Selalu kurangi &amp;gerakan</translation>
    </message>
    <message>
        <source>Motion is also reduced whenever your desktop&apos;s animations are off.</source>
        <translation>Gerakan juga dikurangi setiap kali animasi desktop Anda mati.</translation>
    </message>
    <message>
        <source>Start Companion when I log &amp;in</source>
        <translation>Jalankan Companion saat saya &amp;masuk</translation>
    </message>
    <message>
        <source>Reading aloud does not work here: {why}</source>
        <translation>Membacakan tidak berfungsi di sini: {why}</translation>
    </message>
    <message>
        <source>&amp;Daily water goal</source>
        <translation>Target air &amp;harian</translation>
    </message>
    <message>
        <source>G&amp;lass size</source>
        <translation>&amp;Ukuran gelas</translation>
    </message>
    <message>
        <source>Snoo&amp;ze for</source>
        <translation>&amp;Tunda selama</translation>
    </message>
    <message>
        <source>&amp;Reminder stays up for</source>
        <translation>&amp;Pengingat tampil selama</translation>
    </message>
    <message>
        <source>Water and reminders</source>
        <translation>Air dan pengingat</translation>
    </message>
    <message>
        <source>Stretch and breathing sessions</source>
        <translation>Sesi peregangan dan pernapasan</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Komputer ini</translation>
    </message>
    <message>
        <source>About this s&amp;ystem…</source>
        <translation>Tentang s&amp;istem ini…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Pengingat</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Jam kerja</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Umum</translation>
    </message>
    <message>
        <source>When you are away</source>
        <translation>Saat Anda pergi</translation>
    </message>
    <message>
        <source>Wellbeing</source>
        <translation>Kesejahteraan</translation>
    </message>
    <message>
        <source>Break screen</source>
        <translation>Layar istirahat</translation>
    </message>
    <message>
        <source>Share history</source>
        <translation>Bagikan riwayat</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Halaman pengaturan</translation>
    </message>
    <message>
        <source>In charge now: Companion.</source>
        <translation>Yang bertugas sekarang: Companion.</translation>
    </message>
    <message>
        <source>In charge now: Companion. {why}.</source>
        <translation>Yang bertugas sekarang: Companion. {why}.</translation>
    </message>
    <message>
        <source>In charge now: GNOME&apos;s movement breaks. Companion does not remind you a second time; when GNOME&apos;s break begins it offers its guided hand and wrist stretch, and each GNOME break counts as a stretch break.</source>
        <translation>Yang bertugas sekarang: jeda gerak GNOME. Companion tidak mengingatkan Anda untuk kedua kalinya; saat jeda GNOME dimulai, Companion menawarkan peregangan tangan dan pergelangan yang dipandu, dan setiap jeda GNOME dihitung sebagai jeda peregangan.</translation>
    </message>
    <message>
        <source>In charge now: Companion. GNOME&apos;s movement breaks are on as well, so you may be reminded by both; a GNOME break still counts as a stretch break.</source>
        <translation>Yang bertugas sekarang: Companion. Jeda gerak GNOME juga aktif, jadi Anda mungkin diingatkan oleh keduanya; jeda GNOME tetap dihitung sebagai jeda peregangan.</translation>
    </message>
    <message>
        <source>Stretch reminders where the desktop has its own</source>
        <translation>Pengingat peregangan jika desktop punya sendiri</translation>
    </message>
    <message>
        <source>Let GNOME&apos;s movement breaks remind me, when they are &amp;on</source>
        <translation>Biarkan jeda gerak GNOME mengingatkan saya, jika &amp;aktif</translation>
    </message>
    <message>
        <source>&amp;Companion reminds me</source>
        <translation>&amp;Companion yang mengingatkan saya</translation>
    </message>
    <message>
        <source>Daily computer time</source>
        <translation>Waktu harian di depan komputer</translation>
    </message>
    <message>
        <source>&amp;Tell me when I have been at the computer for</source>
        <translation>&amp;Beri tahu saya jika sudah di depan komputer selama</translation>
    </message>
    <message>
        <source>Daily computer time limit</source>
        <translation>Batas waktu harian di depan komputer</translation>
    </message>
    <message>
        <source>Only time at the computer counts, not time away, with the screen locked or with the computer asleep. You are told when you reach it, and again after each further hour.</source>
        <translation>Hanya waktu di depan komputer yang dihitung, bukan saat Anda pergi, layar terkunci, atau komputer tidur. Anda diberi tahu saat mencapainya, dan lagi setelah setiap jam berikutnya.</translation>
    </message>
    <message>
        <source>An end of 00:00 means midnight, the end of the day.</source>
        <translation>Akhir pukul 00:00 berarti tengah malam, akhir hari.</translation>
    </message>
    <message>
        <source>Reminders come only inside these hours. A reminder can have hours of its own on its page.</source>
        <translation>Pengingat hanya datang dalam jam-jam ini. Sebuah pengingat dapat punya jam sendiri di halamannya.</translation>
    </message>
    <message>
        <source>No day is on: reminders that keep to these hours will not come.</source>
        <translation>Tidak ada hari yang aktif: pengingat yang mengikuti jam ini tidak akan datang.</translation>
    </message>
    <message>
        <source>{prefix}{day} on</source>
        <translation>{prefix}{day} aktif</translation>
    </message>
    <message>
        <source>Add hours</source>
        <translation>Tambah jam</translation>
    </message>
    <message>
        <source>{prefix}Add hours on {day}</source>
        <translation>{prefix}Tambah jam pada {day}</translation>
    </message>
    <message>
        <source>Copy to…</source>
        <translation>Salin ke…</translation>
    </message>
    <message>
        <source>{prefix}Copy {day} to other days</source>
        <translation>{prefix}Salin {day} ke hari lain</translation>
    </message>
    <message>
        <source>All weekdays</source>
        <translation>Semua hari kerja</translation>
    </message>
    <message>
        <source>Every other day</source>
        <translation>Semua hari lainnya</translation>
    </message>
    <message>
        <source>On {day}, hours from {start} must end after they start.</source>
        <translation>Pada {day}, jam mulai {start} harus berakhir setelah dimulai.</translation>
    </message>
    <message>
        <source>{day} is on but has no hours: add hours or turn it off.</source>
        <translation>{day} aktif tetapi tidak punya jam: tambahkan jam atau matikan.</translation>
    </message>
    <message>
        <source>{prefix}{day} hours {n} from</source>
        <translation>{prefix}{day} jam {n} dari</translation>
    </message>
    <message>
        <source>{prefix}{day} hours {n} until</source>
        <translation>{prefix}{day} jam {n} sampai</translation>
    </message>
    <message>
        <source>{prefix}Remove {day} hours {n}</source>
        <translation>{prefix}Hapus {day} jam {n}</translation>
    </message>
    <message>
        <source>to</source>
        <comment>from 08:30 to 12:00</comment>
        <translation>sampai</translation>
    </message>
    <message>
        <source>Own hours for {name} reminders</source>
        <translation>Jam sendiri untuk pengingat {name}</translation>
    </message>
    <message>
        <source>Keeps to the working hours: {week}.</source>
        <translation>Mengikuti jam kerja: {week}.</translation>
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
<context>
    <name>Today</name>
    <message>
        <source>Quit Companion?</source>
        <translation>Keluar dari Companion?</translation>
    </message>
    <message>
        <source>There is no system tray here, so closing this window stops your reminders. Quit Companion?</source>
        <translation>Tidak ada baki sistem di sini, jadi menutup jendela ini menghentikan pengingat Anda. Keluar dari Companion?</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <source>Companion, today</source>
        <translation>Companion, hari ini</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Pause reminders for</source>
        <translation>Jeda pengingat selama</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Jeda</translation>
    </message>
    <message>
        <source>Pause reminders</source>
        <translation>Jeda pengingat</translation>
    </message>
    <message>
        <source>&amp;Resume now</source>
        <translation>&amp;Lanjutkan sekarang</translation>
    </message>
    <message>
        <source>Pause &amp;for</source>
        <translation>Jeda &amp;selama</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>Berikutnya</translation>
    </message>
    <message>
        <source>&amp;Check a symptom</source>
        <translation>&amp;Periksa gejala</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Riwayat</translation>
    </message>
    <message>
        <source>St&amp;atistics</source>
        <translation>S&amp;tatistik</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>Pe&amp;ngaturan</translation>
    </message>
    <message>
        <source>Glasses of water against today&apos;s goal</source>
        <translation>Gelas air dibanding target hari ini</translation>
    </message>
    <message>
        <source>&amp;Log a glass</source>
        <translation>&amp;Catat segelas</translation>
    </message>
    <message>
        <source>Log a glass</source>
        <translation>Catat segelas air</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>Undo the last glass</source>
        <translation>Urungkan gelas terakhir</translation>
    </message>
    <message>
        <source>Start &amp;stretches</source>
        <translation>&amp;Mulai peregangan</translation>
    </message>
    <message>
        <source>&amp;Breathe</source>
        <translation>&amp;Bernapas</translation>
    </message>
    <message>
        <source>{ml} ml ({oz} fl oz)</source>
        <translation>{ml} ml ({oz} fl oz)</translation>
    </message>
    <message>
        <source>{amount} · goal reached</source>
        <translation>{amount} · target tercapai</translation>
    </message>
    <message>
        <source>No glass yet</source>
        <translation>Belum ada gelas</translation>
    </message>
    <message>
        <source>A glass now is a good start. Goal: {goal}.</source>
        <translation>Segelas air sekarang adalah awal yang baik. Target: {goal}.</translation>
    </message>
    <message>
        <source>None yet today</source>
        <translation>Belum ada hari ini</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Companion is still here</source>
        <translation>Companion masih di sini</translation>
    </message>
    <message>
        <source>Companion keeps running in the tray. Use Quit in its menu to close it.</source>
        <translation>Companion tetap berjalan di baki sistem. Gunakan Keluar di menunya untuk menutupnya.</translation>
    </message>
    <message>
        <source>Until this call ends</source>
        <translation>Sampai panggilan ini selesai</translation>
    </message>
    <message>
        <source>Until the next active day</source>
        <translation>Sampai hari aktif berikutnya</translation>
    </message>
    <message>
        <source>Until I resume</source>
        <translation>Sampai saya lanjutkan</translation>
    </message>
    <message>
        <source>Companion menu</source>
        <translation>Menu Companion</translation>
    </message>
    <message>
        <source>Reminders on</source>
        <translation>Pengingat aktif</translation>
    </message>
    <message>
        <source>Open Companion</source>
        <translation>Buka Companion</translation>
    </message>
    <message>
        <source>Log a glass of water</source>
        <translation>Catat segelas air</translation>
    </message>
    <message>
        <source>Undo last glass</source>
        <translation>Urungkan gelas terakhir</translation>
    </message>
    <message>
        <source>Stretch session…</source>
        <translation>Sesi peregangan…</translation>
    </message>
    <message>
        <source>Breathing exercise…</source>
        <translation>Latihan pernapasan…</translation>
    </message>
    <message>
        <source>Check a symptom…</source>
        <translation>Periksa gejala…</translation>
    </message>
    <message>
        <source>Statistics…</source>
        <translation>Statistik…</translation>
    </message>
    <message>
        <source>Pause reminders</source>
        <translation>Jeda pengingat</translation>
    </message>
    <message>
        <source>Resume reminders</source>
        <translation>Lanjutkan pengingat</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Pengaturan…</translation>
    </message>
    <message>
        <source>Quit Companion</source>
        <translation>Keluar dari Companion</translation>
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
    <name>Welcome</name>
    <message>
        <source>Drink &amp;water</source>
        <translation>Minum &amp;air</translation>
    </message>
    <message>
        <source>Stretch &amp;break</source>
        <translation>Jeda &amp;peregangan</translation>
    </message>
    <message>
        <source>Breathing e&amp;xercise</source>
        <translation>Latihan pe&amp;rnapasan</translation>
    </message>
    <message>
        <source>Companion is not medical advice and does not diagnose anything. If you are worried about a symptom, talk to a doctor; in an emergency, call your local emergency number.</source>
        <translation>Companion bukan nasihat medis dan tidak mendiagnosis apa pun. Jika Anda khawatir tentang suatu gejala, bicarakan dengan dokter; dalam keadaan darurat, hubungi nomor darurat setempat Anda.</translation>
    </message>
    <message>
        <source>Companion lives in your system tray: look for its icon near the clock. Closing a window keeps it running there; use Quit in its menu to stop it.</source>
        <translation>Companion tinggal di baki sistem Anda: cari ikonnya di dekat jam. Menutup jendela membuatnya tetap berjalan di sana; gunakan Keluar di menunya untuk menghentikannya.</translation>
    </message>
    <message>
        <source>There is no system tray on this desktop, so Companion lives in its Today window. Closing that window asks before Companion quits.</source>
        <translation>Desktop ini tidak punya baki sistem, jadi Companion tinggal di jendela Hari ini. Menutup jendela itu akan bertanya dulu sebelum Companion keluar.</translation>
    </message>
    <message>
        <source>Welcome to Companion</source>
        <extracomment>The settings to use from now on (welcome_done is set, whichever button was used).</extracomment>
        <translation>Selamat datang di Companion</translation>
    </message>
    <message>
        <source>Companion reminds you to drink water, take a stretch break and breathe slowly for a minute, only inside the hours and days you choose. It guides you through short stretches and breathing, and everything stays on your computer.</source>
        <translation>Companion mengingatkan Anda untuk minum air, mengambil jeda peregangan, dan bernapas perlahan selama satu menit, hanya pada jam dan hari yang Anda pilih. Companion memandu Anda melalui peregangan singkat dan latihan pernapasan, dan semuanya tetap di komputer Anda.</translation>
    </message>
    <message>
        <source>When may Companion remind you?</source>
        <translation>Kapan Companion boleh mengingatkan Anda?</translation>
    </message>
    <message>
        <source>Active from</source>
        <translation>Aktif dari</translation>
    </message>
    <message>
        <source>Active until</source>
        <translation>Aktif sampai</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Dari</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;sampai</translation>
    </message>
    <message>
        <source>Remind on {day}</source>
        <translation>Ingatkan pada {day}</translation>
    </message>
    <message>
        <source>Which reminders?</source>
        <translation>Pengingat yang mana?</translation>
    </message>
    <message>
        <source>Start Companion when I &amp;log in</source>
        <translation>Jalankan Companion saat saya &amp;masuk</translation>
    </message>
    <message>
        <source>You can change all of this later in Settings.</source>
        <translation>Anda dapat mengubah semua ini nanti di Pengaturan.</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>Le&amp;wati</translation>
    </message>
    <message>
        <source>Skip the welcome and keep the defaults</source>
        <translation>Lewati sambutan dan pakai pengaturan bawaan</translation>
    </message>
    <message>
        <source>&amp;Start using Companion</source>
        <translation>Mu&amp;lai menggunakan Companion</translation>
    </message>
    <message>
        <source>The active hours must end after they start.</source>
        <translation>Jam aktif harus berakhir setelah dimulai.</translation>
    </message>
    <message>
        <source>Choose at least one day.</source>
        <translation>Pilih setidaknya satu hari.</translation>
    </message>
</context>
<context>
    <name>Window title</name>
    <message>
        <source>{feature} — Companion</source>
        <translation>{feature} — Companion</translation>
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

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
    <message numerus="yes">
        <source>Postpone the break %n minutes</source>
        <comment>postponing a break screen</comment>
        <translation>
            <numerusform>Tunda istirahat %n menit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breaths</source>
        <comment>length of a breathing session</comment>
        <translation>
            <numerusform>%n napas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>length of a breathing session in minutes</comment>
        <translation>
            <numerusform>%n mnt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries, newest first.</source>
        <comment>diary</comment>
        <translation>
            <numerusform>%n entri, terbaru di atas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n glasses</source>
        <comment>glasses of water in the statistics</comment>
        <translation>
            <numerusform>%n gelas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <comment>days of a month in the statistics</comment>
        <translation>
            <numerusform>%n hari</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n natural breaks</source>
        <comment>breaks in the statistics</comment>
        <translation>
            <numerusform>%n jeda alami</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n episodes</source>
        <comment>twitch episodes in the statistics</comment>
        <translation>
            <numerusform>%n episode</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seconds left</source>
        <comment>countdown of a stretch</comment>
        <translation>
            <numerusform>sisa %n detik</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n steps</source>
        <comment>steps of a stretch routine</comment>
        <translation>
            <numerusform>%n langkah</numerusform>
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
    <name>Break screen</name>
    <message>
        <source>about {minutes}</source>
        <translation>sekitar {minutes}</translation>
    </message>
    <message>
        <source>Stretch break</source>
        <translation>Jeda peregangan</translation>
    </message>
    <message>
        <source>Stand up, loosen your hands and look into the distance.</source>
        <translation>Berdirilah, lemaskan tangan Anda, dan pandanglah ke kejauhan.</translation>
    </message>
    <message>
        <source>Slow breathing</source>
        <translation>Napas pelan</translation>
    </message>
    <message>
        <source>Breathe in slowly through your nose, and out a little longer.</source>
        <translation>Tarik napas perlahan lewat hidung, lalu embuskan sedikit lebih lama.</translation>
    </message>
    <message>
        <source>Follow the circle: in as it grows, out as it shrinks.</source>
        <translation>Ikuti lingkarannya: tarik napas saat membesar, embuskan saat mengecil.</translation>
    </message>
    <message>
        <source>To leave at once, hold Esc for 3 seconds.</source>
        <translation>Untuk langsung keluar, tahan Esc selama 3 detik.</translation>
    </message>
    <message>
        <source>Keep holding Esc…</source>
        <translation>Terus tahan Esc…</translation>
    </message>
    <message>
        <source>Your break is under way. Press Done when you have finished.</source>
        <translation>Istirahat Anda sedang berjalan. Tekan Selesai jika sudah selesai.</translation>
    </message>
    <message>
        <source>Companion: {title}</source>
        <translation>Companion: {title}</translation>
    </message>
    <message>
        <source>Time for a break. It is waiting on your main screen.</source>
        <translation>Waktunya istirahat. Istirahat menunggu di layar utama Anda.</translation>
    </message>
    <message>
        <source>{name}, {length}.</source>
        <translation>{name}, {length}.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Mulai</translation>
    </message>
    <message>
        <source>Start the break, {length}</source>
        <translation>Mulai istirahat, {length}</translation>
    </message>
    <message>
        <source>&amp;Postpone {minutes} min</source>
        <translation>&amp;Tunda {minutes} mnt</translation>
    </message>
    <message>
        <source>S&amp;kip this break</source>
        <translation>&amp;Lewati istirahat ini</translation>
    </message>
    <message>
        <source>Skip this break</source>
        <translation>Lewati istirahat ini</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Selesai</translation>
    </message>
    <message>
        <source>Done, end the break</source>
        <translation>Selesai, akhiri istirahat</translation>
    </message>
    <message>
        <source>First: {step}.</source>
        <translation>Pertama: {step}.</translation>
    </message>
    <message>
        <source>Press Enter to start.</source>
        <translation>Tekan Enter untuk mulai.</translation>
    </message>
</context>
<context>
    <name>Breathing</name>
    <message>
        <source>Breathe</source>
        <translation>Bernapas</translation>
    </message>
    <message>
        <source>Window heading</source>
        <translation>Judul jendela</translation>
    </message>
    <message>
        <source>Breathing pattern</source>
        <translation>Pola napas</translation>
    </message>
    <message>
        <source>Session length</source>
        <translation>Lama sesi</translation>
    </message>
    <message>
        <source>&amp;Pattern</source>
        <translation>&amp;Pola</translation>
    </message>
    <message>
        <source>&amp;Length</source>
        <translation>&amp;Durasi</translation>
    </message>
    <message>
        <source>About this pattern</source>
        <translation>Tentang pola ini</translation>
    </message>
    <message>
        <source>Caution for this pattern</source>
        <translation>Perhatian untuk pola ini</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>Yang perlu dilakukan sekarang</translation>
    </message>
    <message>
        <source>Seconds left in this step</source>
        <translation>Sisa detik langkah ini</translation>
    </message>
    <message>
        <source>Session progress</source>
        <translation>Kemajuan sesi</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Mulai</translation>
    </message>
    <message>
        <source>Start breathing session</source>
        <translation>Mulai latihan pernapasan</translation>
    </message>
    <message>
        <source>Pa&amp;use</source>
        <translation>&amp;Jeda</translation>
    </message>
    <message>
        <source>Pause or resume</source>
        <translation>Jeda atau lanjutkan</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Berhenti</translation>
    </message>
    <message>
        <source>Stop breathing session</source>
        <translation>Hentikan latihan pernapasan</translation>
    </message>
    <message>
        <source>Safety notes</source>
        <translation>Catatan keselamatan</translation>
    </message>
    <message>
        <source>{phase} {seconds} s</source>
        <translation>{phase} {seconds} dtk</translation>
    </message>
    <message>
        <source>Ready when you are</source>
        <translation>Mulailah kapan pun Anda siap</translation>
    </message>
    <message>
        <source>{steps} — about {pace} breaths a minute</source>
        <translation>{steps} — sekitar {pace} napas per menit</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Lanjutkan</translation>
    </message>
    <message>
        <source>Breathing guide</source>
        <translation>Panduan napas</translation>
    </message>
    <message>
        <source>A circle that grows as you breathe in and shrinks as you breathe out</source>
        <translation>Lingkaran yang membesar saat Anda menarik napas dan mengecil saat Anda mengembuskan napas</translation>
    </message>
    <message>
        <source>Well done. That&apos;s the end of the session.</source>
        <translation>Bagus sekali. Latihan pernapasan sudah selesai.</translation>
    </message>
    <message>
        <source>{progress} · Paused</source>
        <translation>{progress} · Dijeda</translation>
    </message>
    <message>
        <source>Breath {number} of {total}</source>
        <translation>Napas {number} dari {total}</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>sisa {time}</translation>
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
    <name>Check</name>
    <message>
        <source>These signs need help straight away, so they come first. If none of them applies, the next questions are about the twitch itself, and what fits you shows here as you answer.</source>
        <translation>Tanda-tanda ini perlu segera ditangani, jadi ditanyakan lebih dulu. Jika tidak ada yang sesuai, pertanyaan berikutnya membahas kedutan itu sendiri, dan hal yang cocok untuk Anda muncul di sini saat Anda menjawab.</translation>
    </message>
    <message>
        <source>Urgent signs</source>
        <translation>Tanda bahaya</translation>
    </message>
    <message>
        <source>Questions about the twitch</source>
        <translation>Pertanyaan tentang kedutan</translation>
    </message>
    <message>
        <source>Why these come first</source>
        <translation>Mengapa ini ditanyakan lebih dulu</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>&amp;Save this check</source>
        <translation>&amp;Simpan pemeriksaan ini</translation>
    </message>
    <message>
        <source>Save this check to your history</source>
        <translation>Simpan pemeriksaan ini ke riwayat Anda</translation>
    </message>
    <message>
        <source>&amp;Add to the diary…</source>
        <translation>T&amp;ambahkan ke catatan…</translation>
    </message>
    <message>
        <source>Add this check to the twitch diary</source>
        <translation>Tambahkan pemeriksaan ini ke catatan kedutan</translation>
    </message>
    <message>
        <source>Log a twitch in the diary, with the triggers you ticked</source>
        <translation>Catat kedutan di catatan, dengan pemicu yang Anda centang</translation>
    </message>
    <message>
        <source>Start &amp;over</source>
        <translation>&amp;Mulai ulang</translation>
    </message>
    <message>
        <source>Clear all answers and start over</source>
        <translation>Hapus semua jawaban dan mulai ulang</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Status penyimpanan</translation>
    </message>
    <message>
        <source>First, one question.</source>
        <translation>Pertama, satu pertanyaan.</translation>
    </message>
    <message>
        <source>Step one of two</source>
        <translation>Langkah satu dari dua</translation>
    </message>
    <message>
        <source>&amp;None of these</source>
        <translation>&amp;Tidak ada</translation>
    </message>
    <message>
        <source>None of these: go on to the questions about the twitch</source>
        <translation>Tidak ada: lanjut ke pertanyaan tentang kedutan</translation>
    </message>
    <message>
        <source>Go on to the &amp;twitch questions</source>
        <translation>Lanjut ke pertanyaan &amp;kedutan</translation>
    </message>
    <message>
        <source>Go on to the questions about the twitch</source>
        <translation>Lanjut ke pertanyaan tentang kedutan</translation>
    </message>
    <message>
        <source>&amp;Back to the urgent signs</source>
        <translation>Kem&amp;bali ke tanda bahaya</translation>
    </message>
    <message>
        <source>How this works</source>
        <translation>Cara kerjanya</translation>
    </message>
    <message>
        <source>Show or hide: {title}</source>
        <translation>Tampilkan atau sembunyikan: {title}</translation>
    </message>
    <message>
        <source>Result: {result}</source>
        <translation>Hasil: {result}</translation>
    </message>
    <message>
        <source>Saved at {time}.</source>
        <translation>Disimpan pukul {time}.</translation>
    </message>
    <message>
        <source>Checked: {result}</source>
        <translation>Diperiksa: {result}</translation>
    </message>
    <message>
        <source>Result level</source>
        <translation>Tingkat hasil</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Yang perlu dilakukan</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Alasannya</translation>
    </message>
    <message>
        <source>What may help</source>
        <translation>Yang mungkin membantu</translation>
    </message>
    <message>
        <source>When to get help</source>
        <translation>Kapan mencari bantuan</translation>
    </message>
    <message>
        <source>Not medical advice</source>
        <translation>Bukan nasihat medis</translation>
    </message>
    <message>
        <source>Not medical advice. {note}</source>
        <translation>Bukan nasihat medis. {note}</translation>
    </message>
    <message>
        <source>Tip</source>
        <translation>Saran</translation>
    </message>
    <message>
        <source>Past checks</source>
        <translation>Pemeriksaan lalu</translation>
    </message>
    <message>
        <source>Checks you saved, newest first. The report in the Diary tab includes the recent ones.</source>
        <translation>Pemeriksaan yang Anda simpan, terbaru di atas. Laporan di tab Catatan memuat pemeriksaan terbaru.</translation>
    </message>
    <message>
        <source>No saved checks yet. Use &apos;Save this check&apos; on the Check tab.</source>
        <translation>Belum ada pemeriksaan yang disimpan. Gunakan &apos;Simpan pemeriksaan ini&apos; di tab Periksa.</translation>
    </message>
    <message>
        <source>{when}: {result}</source>
        <translation>{when}: {result}</translation>
    </message>
    <message>
        <source>Check a symptom</source>
        <translation>Periksa gejala</translation>
    </message>
    <message>
        <source>Check a symptom: sections</source>
        <translation>Periksa gejala: bagian</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Periksa</translation>
    </message>
    <message>
        <source>&amp;Past checks</source>
        <translation>Pemeriksaan &amp;lalu</translation>
    </message>
    <message>
        <source>&amp;Diary</source>
        <translation>&amp;Catatan</translation>
    </message>
</context>
<context>
    <name>Diary</name>
    <message>
        <source>Twitch diary</source>
        <extracomment>The water goal the report&apos;s charts draw (the app hands in the setting&apos;s).</extracomment>
        <translation>Catatan kedutan</translation>
    </message>
    <message>
        <source>Export twitch diary</source>
        <translation>Ekspor catatan kedutan</translation>
    </message>
    <message>
        <source>twitch-diary.pdf</source>
        <translation>catatan-kedutan.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Log a twitch, and the report for a doctor</source>
        <translation>Catat kedutan, dan laporan untuk dokter</translation>
    </message>
    <message>
        <source>Diary alert</source>
        <translation>Peringatan dari catatan</translation>
    </message>
    <message>
        <source>Diary entries</source>
        <translation>Entri catatan</translation>
    </message>
    <message>
        <source>Ed&amp;it</source>
        <translation>&amp;Ubah</translation>
    </message>
    <message>
        <source>Edit the selected entry</source>
        <translation>Ubah entri yang dipilih</translation>
    </message>
    <message>
        <source>Dele&amp;te</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>Delete the selected entry</source>
        <translation>Hapus entri yang dipilih</translation>
    </message>
    <message>
        <source>Report for a doctor&apos;s visit</source>
        <translation>Laporan untuk kunjungan ke dokter</translation>
    </message>
    <message>
        <source>Report from</source>
        <translation>Laporan dari</translation>
    </message>
    <message>
        <source>Report to</source>
        <translation>Laporan sampai</translation>
    </message>
    <message>
        <source>Optional: so the doctor knows whose it is</source>
        <translation>Opsional: agar dokter tahu laporan ini milik siapa</translation>
    </message>
    <message>
        <source>Name on the report (optional)</source>
        <translation>Nama di laporan (opsional)</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>Na&amp;ma</translation>
    </message>
    <message>
        <source>E&amp;xport PDF…</source>
        <translation>Ek&amp;spor PDF…</translation>
    </message>
    <message>
        <source>Export the diary as a PDF</source>
        <translation>Ekspor catatan sebagai PDF</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>Dar&amp;i</translation>
    </message>
    <message>
        <source>to</source>
        <translation>sampai</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Status ekspor</translation>
    </message>
    <message>
        <source>Open the &amp;report</source>
        <translation>Buka lap&amp;oran</translation>
    </message>
    <message>
        <source>Open the saved report</source>
        <translation>Buka laporan yang disimpan</translation>
    </message>
    <message>
        <source>S&amp;how in folder</source>
        <translation>Tampilkan di &amp;folder</translation>
    </message>
    <message>
        <source>Show the folder of the saved report</source>
        <translation>Tampilkan folder laporan yang disimpan</translation>
    </message>
    <message>
        <source>Changes saved.</source>
        <translation>Perubahan disimpan.</translation>
    </message>
    <message>
        <source>Logged: {area} at {time}.</source>
        <translation>Dicatat: {area} pukul {time}.</translation>
    </message>
    <message>
        <source>Select an entry to edit.</source>
        <translation>Pilih entri yang ingin diubah.</translation>
    </message>
    <message>
        <source>Delete this diary entry?</source>
        <translation>Hapus entri catatan ini?</translation>
    </message>
    <message>
        <source>No twitches logged yet. Entries you log show here.</source>
        <translation>Belum ada kedutan yang dicatat. Entri yang Anda catat muncul di sini.</translation>
    </message>
    <message>
        <source>&lt;b&gt;See a doctor soon.&lt;/b&gt; {alert}</source>
        <translation>&lt;b&gt;Periksa ke dokter dalam waktu dekat.&lt;/b&gt; {alert}</translation>
    </message>
    <message>
        <source>Could not save the PDF: {error}</source>
        <translation>PDF tidak dapat disimpan: {error}</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Disimpan ke {path}</translation>
    </message>
    <message>
        <source>Log a twitch</source>
        <translation>Catat kedutan</translation>
    </message>
    <message>
        <source>Where: body area</source>
        <translation>Di mana: bagian tubuh</translation>
    </message>
    <message>
        <source>Which side</source>
        <translation>Sisi mana</translation>
    </message>
    <message>
        <source>&amp;Where</source>
        <translation>&amp;Di mana</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>Berapa lama</translation>
    </message>
    <message>
        <source>How &amp;long</source>
        <translation>Be&amp;rapa lama</translation>
    </message>
    <message>
        <source>How strong</source>
        <translation>Seberapa kuat</translation>
    </message>
    <message>
        <source>How &amp;strong</source>
        <translation>S&amp;eberapa kuat</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>Kapan terjadinya</translation>
    </message>
    <message>
        <source>Whe&amp;n</source>
        <translation>&amp;Kapan</translation>
    </message>
    <message>
        <source>Suspected trigger: {trigger}</source>
        <translation>Dugaan pemicu: {trigger}</translation>
    </message>
    <message>
        <source>Suspected triggers (optional)</source>
        <translation>Dugaan pemicu (opsional)</translation>
    </message>
    <message>
        <source>Optional note</source>
        <translation>Keterangan (opsional)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>Ke&amp;terangan</translation>
    </message>
    <message>
        <source>Lo&amp;g twitch</source>
        <translation>C&amp;atat kedutan</translation>
    </message>
    <message>
        <source>Log twitch</source>
        <translation>Catat kedutan</translation>
    </message>
    <message>
        <source>Cancel &amp;editing</source>
        <translation>&amp;Batal mengubah</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Batal mengubah</translation>
    </message>
    <message>
        <source>Diary status</source>
        <translation>Status catatan</translation>
    </message>
    <message>
        <source>From your check: say where and how it was, then log it.</source>
        <translation>Dari pemeriksaan Anda: isi di mana dan seperti apa rasanya, lalu catat.</translation>
    </message>
    <message>
        <source>Sa&amp;ve changes</source>
        <translation>Simpan perubaha&amp;n</translation>
    </message>
    <message>
        <source>Editing the selected entry.</source>
        <translation>Mengubah entri yang dipilih.</translation>
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
    <name>Report</name>
    <message>
        <source>Twitch diary</source>
        <translation>Catatan kedutan</translation>
    </message>
    <message>
        <source>{heading} (solid: taken when prompted; hatched: natural)</source>
        <translation>{heading} (penuh: diambil saat diingatkan; arsir: alami)</translation>
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
    <name>Statistics</name>
    <message>
        <source>goal {goal}</source>
        <extracomment>The charts the report shows, by section key; the PDF names each picture so.</extracomment>
        <translation>target {goal}</translation>
    </message>
    <message>
        <source>on average {average} glasses a day ({glasses}); goal met on {met} of {days}</source>
        <translation>rata-rata {average} gelas sehari ({glasses}); target tercapai pada {met} dari {days}</translation>
    </message>
    <message>
        <source>{glasses} ({ml} ml); goal met</source>
        <translation>{glasses} ({ml} ml); target tercapai</translation>
    </message>
    <message>
        <source>{glasses} ({ml} ml); goal of {goal} not met</source>
        <translation>{glasses} ({ml} ml); target {goal} belum tercapai</translation>
    </message>
    <message>
        <source>{reason} {count}</source>
        <translation>{reason} {count}</translation>
    </message>
    <message>
        <source>{breaks} ({minutes})</source>
        <translation>{breaks} ({minutes})</translation>
    </message>
    <message>
        <source>{taken} taken when prompted, {natural}; {snoozed} snoozed, {skipped} skipped, {missed} missed</source>
        <translation>{taken} diambil saat diingatkan, {natural}; {snoozed} ditunda, {skipped} dilewati, {missed} terlewat</translation>
    </message>
    <message>
        <source>; {count} held ({reasons})</source>
        <translation>; {count} ditahan ({reasons})</translation>
    </message>
    <message>
        <source>stretching {stretching}, breathing {breathing}</source>
        <translation>peregangan {stretching}, pernapasan {breathing}</translation>
    </message>
    <message>
        <source>no twitching logged</source>
        <translation>tidak ada kedutan yang dicatat</translation>
    </message>
    <message>
        <source>{episodes}: {where}</source>
        <translation>{episodes}: {where}</translation>
    </message>
    <message>
        <source>; triggers logged: {triggers}</source>
        <translation>; pemicu yang dicatat: {triggers}</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Air</translation>
    </message>
    <message>
        <source>glasses</source>
        <translation>gelas</translation>
    </message>
    <message>
        <source>Water per day</source>
        <translation>Air per hari</translation>
    </message>
    <message>
        <source>Water per month</source>
        <translation>Air per bulan</translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation>Jeda</translation>
    </message>
    <message>
        <source>taken when prompted</source>
        <translation>diambil saat diingatkan</translation>
    </message>
    <message>
        <source>natural breaks</source>
        <translation>jeda alami</translation>
    </message>
    <message>
        <source>Breaks per day</source>
        <translation>Jeda per hari</translation>
    </message>
    <message>
        <source>Breaks per month</source>
        <translation>Jeda per bulan</translation>
    </message>
    <message>
        <source>Stretching and breathing</source>
        <translation>Peregangan dan pernapasan</translation>
    </message>
    <message>
        <source>stretching minutes</source>
        <translation>menit peregangan</translation>
    </message>
    <message>
        <source>breathing minutes</source>
        <translation>menit pernapasan</translation>
    </message>
    <message>
        <source>Stretching and breathing per day</source>
        <translation>Peregangan dan pernapasan per hari</translation>
    </message>
    <message>
        <source>Stretching and breathing per month</source>
        <translation>Peregangan dan pernapasan per bulan</translation>
    </message>
    <message>
        <source>Twitch diary</source>
        <translation>Catatan kedutan</translation>
    </message>
    <message>
        <source>episodes</source>
        <translation>episode</translation>
    </message>
    <message>
        <source>Twitch diary per day</source>
        <translation>Catatan kedutan per hari</translation>
    </message>
    <message>
        <source>Twitch diary per month</source>
        <translation>Catatan kedutan per bulan</translation>
    </message>
    <message>
        <source>still to come</source>
        <translation>belum tiba</translation>
    </message>
    <message>
        <source>{goal_line} · {glasses} ({litres} l) in all</source>
        <translation>{goal_line} · total {glasses} ({litres} l)</translation>
    </message>
    <message>
        <source>Taken when prompted {taken} · natural breaks {natural} ({minutes}) · snoozed {snoozed} · skipped {skipped} · missed {missed} · held {held}{reasons}</source>
        <translation>Diambil saat diingatkan {taken} · jeda alami {natural} ({minutes}) · ditunda {snoozed} · dilewati {skipped} · terlewat {missed} · ditahan {held}{reasons}</translation>
    </message>
    <message>
        <source>time at the computer: {minutes}</source>
        <translation>waktu di depan komputer: {minutes}</translation>
    </message>
    <message>
        <source>time at the computer: not recorded (Companion counts it only while it can tell when you are away)</source>
        <translation>waktu di depan komputer: tidak dicatat (Companion hanya menghitungnya selama dapat mengetahui kapan Anda pergi)</translation>
    </message>
    <message>
        <source>Stretching {stretching} · breathing {breathing} · {active}</source>
        <translation>Peregangan {stretching} · pernapasan {breathing} · {active}</translation>
    </message>
    <message>
        <source>Day</source>
        <extracomment>The table&apos;s column headings (a long one on two lines, so the columns stay even).</extracomment>
        <translation>Hari</translation>
    </message>
    <message>
        <source>Stretching and
breathing</source>
        <translation>Peregangan dan
pernapasan</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Minggu</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Bulan</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Tahun</translation>
    </message>
    <message>
        <source>Show a whole week</source>
        <translation>Tampilkan satu minggu penuh</translation>
    </message>
    <message>
        <source>Show a whole month</source>
        <translation>Tampilkan satu bulan penuh</translation>
    </message>
    <message>
        <source>Show a whole year</source>
        <translation>Tampilkan satu tahun penuh</translation>
    </message>
    <message>
        <source>Nothing was recorded in this week yet. Water, breaks and the twitch diary show here as you log them.</source>
        <translation>Belum ada yang dicatat pada minggu ini. Air, jeda, dan catatan kedutan muncul di sini saat Anda mencatatnya.</translation>
    </message>
    <message>
        <source>Nothing was recorded in this month yet. Water, breaks and the twitch diary show here as you log them.</source>
        <translation>Belum ada yang dicatat pada bulan ini. Air, jeda, dan catatan kedutan muncul di sini saat Anda mencatatnya.</translation>
    </message>
    <message>
        <source>Nothing was recorded in this year yet. Water, breaks and the twitch diary show here as you log them.</source>
        <translation>Belum ada yang dicatat pada tahun ini. Air, jeda, dan catatan kedutan muncul di sini saat Anda mencatatnya.</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Sebelumnya</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Sebelumnya</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>Berikut&amp;nya</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Berikutnya</translation>
    </message>
    <message>
        <source>Show as &amp;table</source>
        <translation>Tampilkan sebagai t&amp;abel</translation>
    </message>
    <message>
        <source>Why the charts are empty</source>
        <translation>Mengapa grafik kosong</translation>
    </message>
    <message>
        <source>{heading} in figures</source>
        <translation>{heading} dalam angka</translation>
    </message>
    <message>
        <source>Twitch diary beside water and breaks</source>
        <translation>Catatan kedutan dibandingkan dengan air dan jeda</translation>
    </message>
    <message>
        <source>Statistics as a table</source>
        <translation>Statistik sebagai tabel</translation>
    </message>
    <message>
        <source>{span}: {figures}</source>
        <translation>{span}: {figures}</translation>
    </message>
</context>
<context>
    <name>Stretch</name>
    <message>
        <source>Paused</source>
        <comment>the countdown ring&apos;s caption: short</comment>
        <translation>Dijeda</translation>
    </message>
    <message>
        <source>Get ready</source>
        <comment>the countdown ring&apos;s caption: short</comment>
        <translation>Bersiap</translation>
    </message>
    <message>
        <source>Time left in this step</source>
        <translation>Sisa waktu langkah ini</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Selesai</translation>
    </message>
    <message>
        <source>Do it &amp;again</source>
        <translation>&amp;Ulangi</translation>
    </message>
    <message>
        <source>&amp;Other routines</source>
        <translation>&amp;Rutinitas lain</translation>
    </message>
    <message>
        <source>Done, close the window</source>
        <translation>Selesai, tutup jendela</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>{done} of {total} steps done</source>
        <translation>{done} dari {total} langkah selesai</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} mnt</translation>
    </message>
    <message>
        <source>Stretch break</source>
        <translation>Jeda peregangan</translation>
    </message>
    <message>
        <source>Choose a routine</source>
        <translation>Pilih rutinitas</translation>
    </message>
    <message>
        <source>Pick a routine and follow along. Each step shows you what to do.</source>
        <translation>Pilih rutinitas dan ikuti gerakannya. Setiap langkah menunjukkan apa yang perlu Anda lakukan.</translation>
    </message>
    <message>
        <source>No stretch routines could be loaded.</source>
        <translation>Rutinitas peregangan tidak dapat dimuat.</translation>
    </message>
    <message>
        <source>Stretch safely: read the safety &amp;note</source>
        <translation>Peregangan yang aman: baca &amp;catatan keselamatan</translation>
    </message>
    <message>
        <source>Read the stretch safety note</source>
        <translation>Baca catatan keselamatan peregangan</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>Start {routine}, {length}, {steps}</source>
        <translation>Mulai {routine}, {length}, {steps}</translation>
    </message>
    <message>
        <source>Stretch safety note</source>
        <translation>Catatan keselamatan peregangan</translation>
    </message>
    <message>
        <source>&amp;Got it, let&apos;s start</source>
        <translation>&amp;Mengerti, ayo mulai</translation>
    </message>
    <message>
        <source>I understand, start the session</source>
        <translation>Saya mengerti, mulai sesi</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Kembali</translation>
    </message>
    <message>
        <source>Back to the routines</source>
        <translation>Kembali ke daftar rutinitas</translation>
    </message>
    <message>
        <source>Picture of this stretch</source>
        <translation>Gambar peregangan ini</translation>
    </message>
    <message>
        <source>Back to the previous step (Left arrow)</source>
        <translation>Kembali ke langkah sebelumnya (panah kiri)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Jeda</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Jeda (Spasi)</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>&amp;Lewati</translation>
    </message>
    <message>
        <source>Skip to the next step (Right arrow)</source>
        <translation>Lewati ke langkah berikutnya (panah kanan)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Berhenti</translation>
    </message>
    <message>
        <source>Stop the session (Esc)</source>
        <translation>Hentikan sesi (Esc)</translation>
    </message>
    <message>
        <source>Step {number} of {count} · {left} left</source>
        <translation>Langkah {number} dari {count} · sisa {left}</translation>
    </message>
    <message>
        <source>Round {rep} of {reps}</source>
        <translation>Putaran {rep} dari {reps}</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Tahan</translation>
    </message>
    <message>
        <source>{switch}: {step}</source>
        <translation>{switch}: {step}</translation>
    </message>
    <message>
        <source>Get ready: {step}</source>
        <translation>Bersiap: {step}</translation>
    </message>
    <message>
        <source>Next: {step}</source>
        <translation>Berikutnya: {step}</translation>
    </message>
    <message>
        <source>Take care: {caution}</source>
        <translation>Hati-hati: {caution}</translation>
    </message>
    <message>
        <source>Then: {step}</source>
        <translation>Lalu: {step}</translation>
    </message>
    <message>
        <source>Then: {step}, {side}</source>
        <translation>Lalu: {step}, {side}</translation>
    </message>
    <message>
        <source>Last step</source>
        <translation>Langkah terakhir</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>Lan&amp;jutkan</translation>
    </message>
    <message>
        <source>Resume (Space)</source>
        <translation>Lanjutkan (Spasi)</translation>
    </message>
    <message>
        <source>Stretch only to a mild pull, never to pain. Stop if you feel tingling or numbness. This is for comfort, not treatment, and not medical advice.</source>
        <translation>Regangkan hanya sampai terasa sedikit tertarik, jangan sampai sakit. Berhentilah jika Anda merasa kesemutan atau mati rasa. Ini untuk kenyamanan, bukan pengobatan, dan bukan nasihat medis.</translation>
    </message>
    <message>
        <source>{switch} {side}.</source>
        <translation>{switch} {side}.</translation>
    </message>
    <message>
        <source>Get ready. {step}. {side}</source>
        <translation>Bersiap. {step}. {side}</translation>
    </message>
    <message>
        <source>Next: {step}. {side}</source>
        <translation>Berikutnya: {step}. {side}</translation>
    </message>
    <message>
        <source>Well done. That&apos;s the end of the session.</source>
        <translation>Bagus sekali. Sesi peregangan sudah selesai.</translation>
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

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
        <translation>Buka lapo&amp;ran</translation>
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
        <translation>&lt;b&gt;Periksakan ke dokter dalam waktu dekat.&lt;/b&gt; {alert}</translation>
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
        <translation>Berapa &amp;lama</translation>
    </message>
    <message>
        <source>How strong</source>
        <translation>Seberapa kuat</translation>
    </message>
    <message>
        <source>How &amp;strong</source>
        <translation>Seberapa &amp;kuat</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>Kapan terjadinya</translation>
    </message>
    <message>
        <source>Whe&amp;n</source>
        <translation>Ka&amp;pan</translation>
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
</TS>

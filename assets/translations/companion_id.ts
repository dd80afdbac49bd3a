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
        <comment>breaks</comment>
        <translation>
            <numerusform>%n jeda</numerusform>
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
        <source>%n entries in your history could not be read and are left out; your file is left as it is.</source>
        <comment>unreadable entries</comment>
        <translation>
            <numerusform>%n entri dalam riwayat Anda tidak dapat dibaca dan dilewati; berkas Anda dibiarkan apa adanya.</numerusform>
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
        <source>Drank a glass of water ({amount}), later taken back</source>
        <translation>Minum segelas air ({amount}), kemudian dibatalkan</translation>
    </message>
    <message>
        <source>Drank a glass of water ({amount})</source>
        <translation>Minum segelas air ({amount})</translation>
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
        <source>Follow the desktop ({unit})</source>
        <translation>Ikuti desktop ({unit})</translation>
    </message>
    <message>
        <source>Millilitres (ml)</source>
        <translation>Mililiter (ml)</translation>
    </message>
    <message>
        <source>US fluid ounces (fl oz)</source>
        <translation>Ons cairan AS (fl oz)</translation>
    </message>
    <message>
        <source>Water unit</source>
        <translation>Satuan air</translation>
    </message>
    <message>
        <source>Glass size</source>
        <translation>Ukuran gelas</translation>
    </message>
    <message>
        <source> fl oz</source>
        <translation> fl oz</translation>
    </message>
    <message>
        <source> ml</source>
        <translation> ml</translation>
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
        <translation>Target air ha&amp;rian</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>S&amp;atuan</translation>
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
        <translation>Ba&amp;hasa</translation>
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
        <source>{glasses} ({amount}); goal met</source>
        <translation>{glasses} ({amount}); target tercapai</translation>
    </message>
    <message>
        <source>{glasses} ({amount}); goal of {goal} not met</source>
        <translation>{glasses} ({amount}); target {goal} belum tercapai</translation>
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
        <source>{goal_line} · {glasses} ({amount}) in all</source>
        <translation>{goal_line} · total {glasses} ({amount})</translation>
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
        <source>S&amp;top sharing</source>
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
        <translation>Bagikan juga penga&amp;turan (perubahan terbaru yang berlaku)</translation>
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
        <source>should be &quot;&quot; (the desktop&apos;s language) or one of {languages}, not {value}</source>
        <translation>seharusnya &quot;&quot; (bahasa desktop) atau salah satu dari {languages}, bukan {value}</translation>
    </message>
    <message>
        <source>should be &quot;&quot; (the region&apos;s unit) or one of {units}, not {value}</source>
        <translation>seharusnya &quot;&quot; (satuan wilayah) atau salah satu dari {units}, bukan {value}</translation>
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
        <extracomment>Set when a damaged file was moved aside at open: where it went. Called after new events were stored (recorded here or merged in): the shared folder&apos;s journal writes this machine&apos;s new ones out.</extracomment>
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
    <message>
        <source>{amount} fl oz</source>
        <translation>{amount} fl oz</translation>
    </message>
    <message>
        <source>{amount} ml</source>
        <translation>{amount} ml</translation>
    </message>
    <message>
        <source>{amount} l</source>
        <translation>{amount} l</translation>
    </message>
</context>
</TS>

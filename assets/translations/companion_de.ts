<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name></name>
    <message numerus="yes">
        <source>%n seconds</source>
        <comment>duration</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <comment>duration</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Postpone the break %n minutes</source>
        <comment>postponing a break screen</comment>
        <translation>
            <numerusform>Pause um %n Minute verschieben</numerusform>
            <numerusform>Pause um %n Minuten verschieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breaths</source>
        <comment>length of a breathing session</comment>
        <translation>
            <numerusform>%n Atemzug</numerusform>
            <numerusform>%n Atemzüge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>length of a breathing session in minutes</comment>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries, newest first.</source>
        <comment>diary</comment>
        <translation>
            <numerusform>%n Eintrag, neueste zuerst.</numerusform>
            <numerusform>%n Einträge, neueste zuerst.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n glasses</source>
        <comment>glasses of water in the statistics</comment>
        <translation>
            <numerusform>%n Glas</numerusform>
            <numerusform>%n Gläser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <comment>days of a month in the statistics</comment>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n natural breaks</source>
        <comment>breaks in the statistics</comment>
        <translation>
            <numerusform>%n natürliche Pause</numerusform>
            <numerusform>%n natürliche Pausen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n episodes</source>
        <comment>twitch episodes in the statistics</comment>
        <translation>
            <numerusform>%n Episode</numerusform>
            <numerusform>%n Episoden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seconds left</source>
        <comment>countdown of a stretch</comment>
        <translation>
            <numerusform>noch %n Sekunde</numerusform>
            <numerusform>noch %n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n steps</source>
        <comment>steps of a stretch routine</comment>
        <translation>
            <numerusform>%n Schritt</numerusform>
            <numerusform>%n Schritte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Break screen</name>
    <message>
        <source>about {minutes}</source>
        <translation>etwa {minutes}</translation>
    </message>
    <message>
        <source>Stretch break</source>
        <translation>Dehnpause</translation>
    </message>
    <message>
        <source>Stand up, loosen your hands and look into the distance.</source>
        <translation>Stehen Sie auf, lockern Sie Ihre Hände und schauen Sie in die Ferne.</translation>
    </message>
    <message>
        <source>Slow breathing</source>
        <translation>Langsames Atmen</translation>
    </message>
    <message>
        <source>Breathe in slowly through your nose, and out a little longer.</source>
        <translation>Atmen Sie langsam durch die Nase ein und etwas länger aus.</translation>
    </message>
    <message>
        <source>Follow the circle: in as it grows, out as it shrinks.</source>
        <translation>Folgen Sie dem Kreis: einatmen, wenn er wächst, ausatmen, wenn er schrumpft.</translation>
    </message>
    <message>
        <source>To leave at once, hold Esc for 3 seconds.</source>
        <translation>Um sofort zu gehen, halten Sie Esc 3 Sekunden lang gedrückt.</translation>
    </message>
    <message>
        <source>Keep holding Esc…</source>
        <translation>Halten Sie Esc weiter gedrückt…</translation>
    </message>
    <message>
        <source>Your break is under way. Press Done when you have finished.</source>
        <translation>Ihre Pause läuft. Drücken Sie auf „Fertig“, wenn Sie fertig sind.</translation>
    </message>
    <message>
        <source>Companion: {title}</source>
        <translation>Companion: {title}</translation>
    </message>
    <message>
        <source>Time for a break. It is waiting on your main screen.</source>
        <translation>Zeit für eine Pause. Sie wartet auf Ihrem Hauptbildschirm.</translation>
    </message>
    <message>
        <source>{name}, {length}.</source>
        <translation>{name}, {length}.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Start the break, {length}</source>
        <translation>Pause starten, {length}</translation>
    </message>
    <message>
        <source>&amp;Postpone {minutes} min</source>
        <translation>Um {minutes} Min. &amp;verschieben</translation>
    </message>
    <message>
        <source>S&amp;kip this break</source>
        <translation>Diese Pause ü&amp;berspringen</translation>
    </message>
    <message>
        <source>Skip this break</source>
        <translation>Diese Pause überspringen</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <source>Done, end the break</source>
        <translation>Fertig, Pause beenden</translation>
    </message>
    <message>
        <source>First: {step}.</source>
        <translation>Zuerst: {step}.</translation>
    </message>
    <message>
        <source>Press Enter to start.</source>
        <translation>Drücken Sie die Eingabetaste, um zu beginnen.</translation>
    </message>
</context>
<context>
    <name>Breathing</name>
    <message>
        <source>Breathe</source>
        <translation>Atmen</translation>
    </message>
    <message>
        <source>Window heading</source>
        <translation>Fensterüberschrift</translation>
    </message>
    <message>
        <source>Breathing pattern</source>
        <translation>Atemmuster</translation>
    </message>
    <message>
        <source>Session length</source>
        <translation>Dauer der Übung</translation>
    </message>
    <message>
        <source>&amp;Pattern</source>
        <translation>&amp;Muster</translation>
    </message>
    <message>
        <source>&amp;Length</source>
        <translation>&amp;Dauer</translation>
    </message>
    <message>
        <source>About this pattern</source>
        <translation>Über dieses Muster</translation>
    </message>
    <message>
        <source>Caution for this pattern</source>
        <translation>Hinweis zu diesem Muster</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>Was jetzt zu tun ist</translation>
    </message>
    <message>
        <source>Seconds left in this step</source>
        <translation>Verbleibende Sekunden in diesem Schritt</translation>
    </message>
    <message>
        <source>Session progress</source>
        <translation>Fortschritt der Übung</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Start breathing session</source>
        <translation>Atemübung starten</translation>
    </message>
    <message>
        <source>Pa&amp;use</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Pause or resume</source>
        <translation>Pausieren oder fortsetzen</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;topp</translation>
    </message>
    <message>
        <source>Stop breathing session</source>
        <translation>Atemübung beenden</translation>
    </message>
    <message>
        <source>Safety notes</source>
        <translation>Sicherheitshinweise</translation>
    </message>
    <message>
        <source>{phase} {seconds} s</source>
        <translation>{phase} {seconds} s</translation>
    </message>
    <message>
        <source>Ready when you are</source>
        <translation>Bereit, wenn Sie es sind</translation>
    </message>
    <message>
        <source>{steps} — about {pace} breaths a minute</source>
        <translation>{steps} — etwa {pace} Atemzüge pro Minute</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Breathing guide</source>
        <translation>Atemhilfe</translation>
    </message>
    <message>
        <source>A circle that grows as you breathe in and shrinks as you breathe out</source>
        <translation>Ein Kreis, der beim Einatmen wächst und beim Ausatmen schrumpft</translation>
    </message>
    <message>
        <source>Well done. That&apos;s the end of the session.</source>
        <translation>Gut gemacht. Die Atemübung ist zu Ende.</translation>
    </message>
    <message>
        <source>{progress} · Paused</source>
        <translation>{progress} · Pausiert</translation>
    </message>
    <message>
        <source>Breath {number} of {total}</source>
        <translation>Atemzug {number} von {total}</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>noch {time}</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <source>These signs need help straight away, so they come first. If none of them applies, the next questions are about the twitch itself, and what fits you shows here as you answer.</source>
        <translation>Bei diesen Zeichen braucht es sofort Hilfe, deshalb kommen sie zuerst. Trifft keines davon zu, geht es in den nächsten Fragen um das Zucken selbst, und was zu Ihnen passt, erscheint hier, während Sie antworten.</translation>
    </message>
    <message>
        <source>Urgent signs</source>
        <translation>Warnzeichen</translation>
    </message>
    <message>
        <source>Questions about the twitch</source>
        <translation>Fragen zum Zucken</translation>
    </message>
    <message>
        <source>Why these come first</source>
        <translation>Warum diese zuerst kommen</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>&amp;Save this check</source>
        <translation>Prüfung &amp;speichern</translation>
    </message>
    <message>
        <source>Save this check to your history</source>
        <translation>Diese Prüfung in Ihrem Verlauf speichern</translation>
    </message>
    <message>
        <source>&amp;Add to the diary…</source>
        <translation>Ins Tage&amp;buch eintragen…</translation>
    </message>
    <message>
        <source>Add this check to the twitch diary</source>
        <translation>Diese Prüfung ins Zuckungstagebuch eintragen</translation>
    </message>
    <message>
        <source>Log a twitch in the diary, with the triggers you ticked</source>
        <translation>Ein Zucken im Tagebuch eintragen, mit den angekreuzten Auslösern</translation>
    </message>
    <message>
        <source>Start &amp;over</source>
        <translation>Von &amp;vorn beginnen</translation>
    </message>
    <message>
        <source>Clear all answers and start over</source>
        <translation>Alle Antworten löschen und von vorn beginnen</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Speicherstatus</translation>
    </message>
    <message>
        <source>First, one question.</source>
        <translation>Zuerst eine Frage.</translation>
    </message>
    <message>
        <source>Step one of two</source>
        <translation>Schritt eins von zwei</translation>
    </message>
    <message>
        <source>&amp;None of these</source>
        <translation>&amp;Nichts davon</translation>
    </message>
    <message>
        <source>None of these: go on to the questions about the twitch</source>
        <translation>Nichts davon: weiter zu den Fragen zum Zucken</translation>
    </message>
    <message>
        <source>Go on to the &amp;twitch questions</source>
        <translation>Weiter zu den Fragen zum &amp;Zucken</translation>
    </message>
    <message>
        <source>Go on to the questions about the twitch</source>
        <translation>Weiter zu den Fragen zum Zucken</translation>
    </message>
    <message>
        <source>&amp;Back to the urgent signs</source>
        <translation>&amp;Zurück zu den Warnzeichen</translation>
    </message>
    <message>
        <source>How this works</source>
        <translation>So funktioniert es</translation>
    </message>
    <message>
        <source>Show or hide: {title}</source>
        <translation>Ein- oder ausblenden: {title}</translation>
    </message>
    <message>
        <source>Result: {result}</source>
        <translation>Ergebnis: {result}</translation>
    </message>
    <message>
        <source>Saved at {time}.</source>
        <translation>Um {time} gespeichert.</translation>
    </message>
    <message>
        <source>Checked: {result}</source>
        <translation>Geprüft: {result}</translation>
    </message>
    <message>
        <source>Result level</source>
        <translation>Stufe des Ergebnisses</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>What may help</source>
        <translation>Was helfen kann</translation>
    </message>
    <message>
        <source>When to get help</source>
        <translation>Wann Sie Hilfe holen sollten</translation>
    </message>
    <message>
        <source>Not medical advice</source>
        <translation>Keine ärztliche Beratung</translation>
    </message>
    <message>
        <source>Not medical advice. {note}</source>
        <translation>Keine ärztliche Beratung. {note}</translation>
    </message>
    <message>
        <source>Tip</source>
        <translation>Tipp</translation>
    </message>
    <message>
        <source>Past checks</source>
        <translation>Frühere Prüfungen</translation>
    </message>
    <message>
        <source>Checks you saved, newest first. The report in the Diary tab includes the recent ones.</source>
        <translation>Ihre gespeicherten Prüfungen, die neueste zuerst. Der Bericht im Tab „Tagebuch“ enthält die letzten davon.</translation>
    </message>
    <message>
        <source>No saved checks yet. Use &apos;Save this check&apos; on the Check tab.</source>
        <translation>Noch keine gespeicherten Prüfungen. Nutzen Sie „Prüfung speichern“ im Tab „Prüfen“.</translation>
    </message>
    <message>
        <source>{when}: {result}</source>
        <translation>{when}: {result}</translation>
    </message>
    <message>
        <source>Check a symptom</source>
        <translation>Symptom prüfen</translation>
    </message>
    <message>
        <source>Check a symptom: sections</source>
        <translation>Symptom prüfen: Bereiche</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>&amp;Past checks</source>
        <translation>&amp;Frühere Prüfungen</translation>
    </message>
    <message>
        <source>&amp;Diary</source>
        <translation>&amp;Tagebuch</translation>
    </message>
</context>
<context>
    <name>Diary</name>
    <message>
        <source>Twitch diary</source>
        <extracomment>The water goal the report&apos;s charts draw (the app hands in the setting&apos;s).</extracomment>
        <translation>Zuckungstagebuch</translation>
    </message>
    <message>
        <source>Export twitch diary</source>
        <translation>Zuckungstagebuch exportieren</translation>
    </message>
    <message>
        <source>twitch-diary.pdf</source>
        <translation>zuckungstagebuch.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Log a twitch, and the report for a doctor</source>
        <translation>Zucken eintragen, und der Bericht für den Arztbesuch</translation>
    </message>
    <message>
        <source>Diary alert</source>
        <translation>Hinweis aus dem Tagebuch</translation>
    </message>
    <message>
        <source>Diary entries</source>
        <translation>Tagebucheinträge</translation>
    </message>
    <message>
        <source>Ed&amp;it</source>
        <translation>Bearbe&amp;iten</translation>
    </message>
    <message>
        <source>Edit the selected entry</source>
        <translation>Ausgewählten Eintrag bearbeiten</translation>
    </message>
    <message>
        <source>Dele&amp;te</source>
        <translation>Lösc&amp;hen</translation>
    </message>
    <message>
        <source>Delete the selected entry</source>
        <translation>Ausgewählten Eintrag löschen</translation>
    </message>
    <message>
        <source>Report for a doctor&apos;s visit</source>
        <translation>Bericht für den Arztbesuch</translation>
    </message>
    <message>
        <source>Report from</source>
        <translation>Bericht ab</translation>
    </message>
    <message>
        <source>Report to</source>
        <translation>Bericht bis</translation>
    </message>
    <message>
        <source>Optional: so the doctor knows whose it is</source>
        <translation>Optional: damit die Praxis weiß, von wem er ist</translation>
    </message>
    <message>
        <source>Name on the report (optional)</source>
        <translation>Name auf dem Bericht (optional)</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <source>E&amp;xport PDF…</source>
        <translation>PDF e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export the diary as a PDF</source>
        <translation>Tagebuch als PDF exportieren</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Exportstatus</translation>
    </message>
    <message>
        <source>Open the &amp;report</source>
        <translation>Bericht ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the saved report</source>
        <translation>Gespeicherten Bericht öffnen</translation>
    </message>
    <message>
        <source>S&amp;how in folder</source>
        <translation>Im Ordner &amp;zeigen</translation>
    </message>
    <message>
        <source>Show the folder of the saved report</source>
        <translation>Ordner des gespeicherten Berichts zeigen</translation>
    </message>
    <message>
        <source>Changes saved.</source>
        <translation>Änderungen gespeichert.</translation>
    </message>
    <message>
        <source>Logged: {area} at {time}.</source>
        <translation>Eingetragen: {area} um {time}.</translation>
    </message>
    <message>
        <source>Select an entry to edit.</source>
        <translation>Wählen Sie einen Eintrag zum Bearbeiten aus.</translation>
    </message>
    <message>
        <source>Delete this diary entry?</source>
        <translation>Diesen Tagebucheintrag löschen?</translation>
    </message>
    <message>
        <source>No twitches logged yet. Entries you log show here.</source>
        <translation>Noch kein Zucken eingetragen. Ihre Einträge erscheinen hier.</translation>
    </message>
    <message>
        <source>&lt;b&gt;See a doctor soon.&lt;/b&gt; {alert}</source>
        <translation>&lt;b&gt;Bald ärztlich abklären lassen.&lt;/b&gt; {alert}</translation>
    </message>
    <message>
        <source>Could not save the PDF: {error}</source>
        <translation>Das PDF konnte nicht gespeichert werden: {error}</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Gespeichert unter {path}</translation>
    </message>
    <message>
        <source>Log a twitch</source>
        <translation>Zucken eintragen</translation>
    </message>
    <message>
        <source>Where: body area</source>
        <translation>Wo: Körperstelle</translation>
    </message>
    <message>
        <source>Which side</source>
        <translation>Welche Seite</translation>
    </message>
    <message>
        <source>&amp;Where</source>
        <translation>&amp;Wo</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>Wie lange</translation>
    </message>
    <message>
        <source>How &amp;long</source>
        <translation>Wie &amp;lange</translation>
    </message>
    <message>
        <source>How strong</source>
        <translation>Wie stark</translation>
    </message>
    <message>
        <source>How &amp;strong</source>
        <translation>Wie &amp;stark</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>Wann es passiert ist</translation>
    </message>
    <message>
        <source>Whe&amp;n</source>
        <translation>Wan&amp;n</translation>
    </message>
    <message>
        <source>Suspected trigger: {trigger}</source>
        <translation>Vermuteter Auslöser: {trigger}</translation>
    </message>
    <message>
        <source>Suspected triggers (optional)</source>
        <translation>Vermutete Auslöser (optional)</translation>
    </message>
    <message>
        <source>Optional note</source>
        <translation>Optionale Notiz</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>N&amp;otiz</translation>
    </message>
    <message>
        <source>Lo&amp;g twitch</source>
        <translation>Zucken &amp;eintragen</translation>
    </message>
    <message>
        <source>Log twitch</source>
        <translation>Zucken eintragen</translation>
    </message>
    <message>
        <source>Cancel &amp;editing</source>
        <translation>Bearbeiten a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Bearbeiten abbrechen</translation>
    </message>
    <message>
        <source>Diary status</source>
        <translation>Tagebuchstatus</translation>
    </message>
    <message>
        <source>From your check: say where and how it was, then log it.</source>
        <translation>Aus Ihrer Prüfung: Geben Sie an, wo und wie es war, und tragen Sie es dann ein.</translation>
    </message>
    <message>
        <source>Sa&amp;ve changes</source>
        <translation>Änderungen spei&amp;chern</translation>
    </message>
    <message>
        <source>Editing the selected entry.</source>
        <translation>Sie bearbeiten den ausgewählten Eintrag.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Twitch diary</source>
        <translation>Zuckungstagebuch</translation>
    </message>
    <message>
        <source>{heading} (solid: taken when prompted; hatched: natural)</source>
        <translation>{heading} (voll: nach Erinnerung genommen; schraffiert: natürlich)</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>goal {goal}</source>
        <extracomment>The charts the report shows, by section key; the PDF names each picture so.</extracomment>
        <translation>Ziel {goal}</translation>
    </message>
    <message>
        <source>on average {average} glasses a day ({glasses}); goal met on {met} of {days}</source>
        <translation>im Schnitt {average} Gläser am Tag ({glasses}); Ziel an {met} von {days} erreicht</translation>
    </message>
    <message>
        <source>{glasses} ({ml} ml); goal met</source>
        <translation>{glasses} ({ml} ml); Ziel erreicht</translation>
    </message>
    <message>
        <source>{glasses} ({ml} ml); goal of {goal} not met</source>
        <translation>{glasses} ({ml} ml); Ziel von {goal} nicht erreicht</translation>
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
        <translation>{taken} nach Erinnerung genommen, {natural}; {snoozed} auf später verschoben, {skipped} übersprungen, {missed} verpasst</translation>
    </message>
    <message>
        <source>; {count} held ({reasons})</source>
        <translation>; {count} zurückgehalten ({reasons})</translation>
    </message>
    <message>
        <source>stretching {stretching}, breathing {breathing}</source>
        <translation>Dehnen {stretching}, Atmen {breathing}</translation>
    </message>
    <message>
        <source>no twitching logged</source>
        <translation>kein Zucken eingetragen</translation>
    </message>
    <message>
        <source>{episodes}: {where}</source>
        <translation>{episodes}: {where}</translation>
    </message>
    <message>
        <source>; triggers logged: {triggers}</source>
        <translation>; eingetragene Auslöser: {triggers}</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Wasser</translation>
    </message>
    <message>
        <source>glasses</source>
        <translation>Gläser</translation>
    </message>
    <message>
        <source>Water per day</source>
        <translation>Wasser pro Tag</translation>
    </message>
    <message>
        <source>Water per month</source>
        <translation>Wasser pro Monat</translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation>Pausen</translation>
    </message>
    <message>
        <source>taken when prompted</source>
        <translation>nach Erinnerung genommen</translation>
    </message>
    <message>
        <source>natural breaks</source>
        <translation>natürliche Pausen</translation>
    </message>
    <message>
        <source>Breaks per day</source>
        <translation>Pausen pro Tag</translation>
    </message>
    <message>
        <source>Breaks per month</source>
        <translation>Pausen pro Monat</translation>
    </message>
    <message>
        <source>Stretching and breathing</source>
        <translation>Dehnen und Atmen</translation>
    </message>
    <message>
        <source>stretching minutes</source>
        <translation>Minuten Dehnen</translation>
    </message>
    <message>
        <source>breathing minutes</source>
        <translation>Minuten Atmen</translation>
    </message>
    <message>
        <source>Stretching and breathing per day</source>
        <translation>Dehnen und Atmen pro Tag</translation>
    </message>
    <message>
        <source>Stretching and breathing per month</source>
        <translation>Dehnen und Atmen pro Monat</translation>
    </message>
    <message>
        <source>Twitch diary</source>
        <translation>Zuckungstagebuch</translation>
    </message>
    <message>
        <source>episodes</source>
        <translation>Episoden</translation>
    </message>
    <message>
        <source>Twitch diary per day</source>
        <translation>Zuckungstagebuch pro Tag</translation>
    </message>
    <message>
        <source>Twitch diary per month</source>
        <translation>Zuckungstagebuch pro Monat</translation>
    </message>
    <message>
        <source>still to come</source>
        <translation>kommt noch</translation>
    </message>
    <message>
        <source>{goal_line} · {glasses} ({litres} l) in all</source>
        <translation>{goal_line} · insgesamt {glasses} ({litres} l)</translation>
    </message>
    <message>
        <source>Taken when prompted {taken} · natural breaks {natural} ({minutes}) · snoozed {snoozed} · skipped {skipped} · missed {missed} · held {held}{reasons}</source>
        <translation>Nach Erinnerung genommen {taken} · natürliche Pausen {natural} ({minutes}) · verschoben {snoozed} · übersprungen {skipped} · verpasst {missed} · zurückgehalten {held}{reasons}</translation>
    </message>
    <message>
        <source>time at the computer: {minutes}</source>
        <translation>Zeit am Computer: {minutes}</translation>
    </message>
    <message>
        <source>time at the computer: not recorded (Companion counts it only while it can tell when you are away)</source>
        <translation>Zeit am Computer: nicht erfasst (Companion zählt sie nur, solange es erkennen kann, wann Sie weg sind)</translation>
    </message>
    <message>
        <source>Stretching {stretching} · breathing {breathing} · {active}</source>
        <translation>Dehnen {stretching} · Atmen {breathing} · {active}</translation>
    </message>
    <message>
        <source>Day</source>
        <extracomment>The table&apos;s column headings (a long one on two lines, so the columns stay even).</extracomment>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Stretching and
breathing</source>
        <translation>Dehnen und
Atmen</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Woche</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Monat</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Jahr</translation>
    </message>
    <message>
        <source>Show a whole week</source>
        <translation>Eine ganze Woche zeigen</translation>
    </message>
    <message>
        <source>Show a whole month</source>
        <translation>Einen ganzen Monat zeigen</translation>
    </message>
    <message>
        <source>Show a whole year</source>
        <translation>Ein ganzes Jahr zeigen</translation>
    </message>
    <message>
        <source>Nothing was recorded in this week yet. Water, breaks and the twitch diary show here as you log them.</source>
        <translation>In dieser Woche wurde noch nichts erfasst. Wasser, Pausen und das Zuckungstagebuch erscheinen hier, sobald Sie etwas eintragen.</translation>
    </message>
    <message>
        <source>Nothing was recorded in this month yet. Water, breaks and the twitch diary show here as you log them.</source>
        <translation>In diesem Monat wurde noch nichts erfasst. Wasser, Pausen und das Zuckungstagebuch erscheinen hier, sobald Sie etwas eintragen.</translation>
    </message>
    <message>
        <source>Nothing was recorded in this year yet. Water, breaks and the twitch diary show here as you log them.</source>
        <translation>In diesem Jahr wurde noch nichts erfasst. Wasser, Pausen und das Zuckungstagebuch erscheinen hier, sobald Sie etwas eintragen.</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Vorherige</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Vorherige</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Nächste</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nächste</translation>
    </message>
    <message>
        <source>Show as &amp;table</source>
        <translation>Als &amp;Tabelle zeigen</translation>
    </message>
    <message>
        <source>Why the charts are empty</source>
        <translation>Warum die Diagramme leer sind</translation>
    </message>
    <message>
        <source>{heading} in figures</source>
        <translation>{heading} in Zahlen</translation>
    </message>
    <message>
        <source>Twitch diary beside water and breaks</source>
        <translation>Zuckungstagebuch neben Wasser und Pausen</translation>
    </message>
    <message>
        <source>Statistics as a table</source>
        <translation>Statistik als Tabelle</translation>
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
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Get ready</source>
        <comment>the countdown ring&apos;s caption: short</comment>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Time left in this step</source>
        <translation>Verbleibende Zeit in diesem Schritt</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <source>Do it &amp;again</source>
        <translation>&amp;Noch einmal</translation>
    </message>
    <message>
        <source>&amp;Other routines</source>
        <translation>&amp;Andere Routinen</translation>
    </message>
    <message>
        <source>Done, close the window</source>
        <translation>Fertig, Fenster schließen</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>{done} of {total} steps done</source>
        <translation>{done} von {total} Schritten erledigt</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} Min.</translation>
    </message>
    <message>
        <source>Stretch break</source>
        <translation>Dehnpause</translation>
    </message>
    <message>
        <source>Choose a routine</source>
        <translation>Wählen Sie eine Routine</translation>
    </message>
    <message>
        <source>Pick a routine and follow along. Each step shows you what to do.</source>
        <translation>Wählen Sie eine Routine und machen Sie mit. Jeder Schritt zeigt Ihnen, was zu tun ist.</translation>
    </message>
    <message>
        <source>No stretch routines could be loaded.</source>
        <translation>Es konnten keine Dehnroutinen geladen werden.</translation>
    </message>
    <message>
        <source>Stretch safely: read the safety &amp;note</source>
        <translation>Sicher dehnen: &amp;Sicherheitshinweis lesen</translation>
    </message>
    <message>
        <source>Read the stretch safety note</source>
        <translation>Sicherheitshinweis zum Dehnen lesen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Start {routine}, {length}, {steps}</source>
        <translation>{routine} starten, {length}, {steps}</translation>
    </message>
    <message>
        <source>Stretch safety note</source>
        <translation>Sicherheitshinweis zum Dehnen</translation>
    </message>
    <message>
        <source>&amp;Got it, let&apos;s start</source>
        <translation>&amp;Verstanden, los geht&apos;s</translation>
    </message>
    <message>
        <source>I understand, start the session</source>
        <translation>Verstanden, Dehnübungen starten</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Back to the routines</source>
        <translation>Zurück zu den Routinen</translation>
    </message>
    <message>
        <source>Picture of this stretch</source>
        <translation>Bild dieser Dehnübung</translation>
    </message>
    <message>
        <source>Back to the previous step (Left arrow)</source>
        <translation>Zurück zum vorigen Schritt (Pfeil nach links)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Pause (Leertaste)</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>Ü&amp;berspringen</translation>
    </message>
    <message>
        <source>Skip to the next step (Right arrow)</source>
        <translation>Zum nächsten Schritt springen (Pfeil nach rechts)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Stopp</translation>
    </message>
    <message>
        <source>Stop the session (Esc)</source>
        <translation>Dehnübungen beenden (Esc)</translation>
    </message>
    <message>
        <source>Step {number} of {count} · {left} left</source>
        <translation>Schritt {number} von {count} · noch {left}</translation>
    </message>
    <message>
        <source>Round {rep} of {reps}</source>
        <translation>Runde {rep} von {reps}</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>{switch}: {step}</source>
        <translation>{switch}: {step}</translation>
    </message>
    <message>
        <source>Get ready: {step}</source>
        <translation>Bereit machen: {step}</translation>
    </message>
    <message>
        <source>Next: {step}</source>
        <translation>Als Nächstes: {step}</translation>
    </message>
    <message>
        <source>Take care: {caution}</source>
        <translation>Vorsicht: {caution}</translation>
    </message>
    <message>
        <source>Then: {step}</source>
        <translation>Danach: {step}</translation>
    </message>
    <message>
        <source>Then: {step}, {side}</source>
        <translation>Danach: {step}, {side}</translation>
    </message>
    <message>
        <source>Last step</source>
        <translation>Letzter Schritt</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Resume (Space)</source>
        <translation>Fortsetzen (Leertaste)</translation>
    </message>
    <message>
        <source>Stretch only to a mild pull, never to pain. Stop if you feel tingling or numbness. This is for comfort, not treatment, and not medical advice.</source>
        <translation>Dehnen Sie nur bis zu einem leichten Ziehen, nie bis zum Schmerz. Hören Sie auf, wenn Sie Kribbeln oder Taubheit spüren. Das dient dem Wohlbefinden, ist keine Behandlung und keine ärztliche Beratung.</translation>
    </message>
    <message>
        <source>{switch} {side}.</source>
        <translation>{switch} {side}.</translation>
    </message>
    <message>
        <source>Get ready. {step}. {side}</source>
        <translation>Bereit machen. {step}. {side}</translation>
    </message>
    <message>
        <source>Next: {step}. {side}</source>
        <translation>Als Nächstes: {step}. {side}</translation>
    </message>
    <message>
        <source>Well done. That&apos;s the end of the session.</source>
        <translation>Gut gemacht. Damit sind die Dehnübungen zu Ende.</translation>
    </message>
</context>
</TS>

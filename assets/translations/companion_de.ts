<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name></name>
    <message numerus="yes">
        <source>%n seconds</source>
        <comment>duration</comment>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <comment>duration</comment>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>...and %n more (the log file lists them all).</source>
        <comment>problems not shown</comment>
        <translation>
            <numerusform>...und %n weiteres (die Protokolldatei nennt alle).</numerusform>
            <numerusform>...und %n weitere (die Protokolldatei nennt alle).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n things to look at; Companion still runs without them.</source>
        <comment>problems found</comment>
        <translation>
            <numerusform>%n Punkt zum Ansehen; Companion läuft auch ohne ihn weiter.</numerusform>
            <numerusform>%n Punkte zum Ansehen; Companion läuft auch ohne sie weiter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n glasses</source>
        <comment>water</comment>
        <translation>
            <numerusform>%n Glas</numerusform>
            <numerusform>%n Gläser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breaks</source>
        <comment>breaks</comment>
        <translation>
            <numerusform>%n Pause</numerusform>
            <numerusform>%n Pausen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breaks</source>
        <comment>stretch breaks</comment>
        <translation>
            <numerusform>%n Pause</numerusform>
            <numerusform>%n Pausen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n damaged entries in your history could not be read and are left out; your file is left as it is.</source>
        <comment>damaged history entries</comment>
        <translation>
            <numerusform>%n beschädigter Eintrag in Ihrem Verlauf konnte nicht gelesen werden und wird ausgelassen; Ihre Datei bleibt, wie sie ist.</numerusform>
            <numerusform>%n beschädigte Einträge in Ihrem Verlauf konnten nicht gelesen werden und werden ausgelassen; Ihre Datei bleibt, wie sie ist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <comment>history entries</comment>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries in your history could not be read and are not in it.</source>
        <comment>unreadable entries</comment>
        <translation>
            <numerusform>%n Eintrag in Ihrem Verlauf konnte nicht gelesen werden und fehlt darin.</numerusform>
            <numerusform>%n Einträge in Ihrem Verlauf konnten nicht gelesen werden und fehlen darin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries were already there.</source>
        <comment>entries already there</comment>
        <translation>
            <numerusform>%n Eintrag war schon vorhanden.</numerusform>
            <numerusform>%n Einträge waren schon vorhanden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <comment>history days</comment>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Snooze %n minutes</source>
        <comment>snooze length</comment>
        <translation>
            <numerusform>%n Minute später</numerusform>
            <numerusform>%n Minuten später</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n entries older than {age}.</source>
        <comment>history entries removed</comment>
        <translation>
            <numerusform>%n Eintrag, älter als {age}, wurde entfernt.</numerusform>
            <numerusform>%n Einträge, älter als {age}, wurden entfernt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{glasses} of %n glasses</source>
        <comment>water against the goal</comment>
        <translation>
            <numerusform>{glasses} von %n Glas</numerusform>
            <numerusform>{glasses} von %n Gläsern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breaks today</source>
        <comment>stretch breaks</comment>
        <translation>
            <numerusform>Heute %n Pause</numerusform>
            <numerusform>Heute %n Pausen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sessions today</source>
        <comment>breathing sessions</comment>
        <translation>
            <numerusform>Heute %n Übung</numerusform>
            <numerusform>Heute %n Übungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <comment>pause length</comment>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <comment>pause length</comment>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
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
    <message numerus="yes">
        <source>You have postponed this break %n times today, the most you chose, so it cannot be postponed again until tomorrow.</source>
        <comment>postpones</comment>
        <translation>
            <numerusform>Sie haben diese Pause heute %n-mal verschoben, so oft wie gewählt. Bis morgen lässt sie sich nicht mehr verschieben.</numerusform>
            <numerusform>Sie haben diese Pause heute %n-mal verschoben, so oft wie gewählt. Bis morgen lässt sie sich nicht mehr verschieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have skipped this break %n times today, the most you chose, so it cannot be skipped again until tomorrow.</source>
        <comment>skips</comment>
        <translation>
            <numerusform>Sie haben diese Pause heute %n-mal übersprungen, so oft wie gewählt. Bis morgen lässt sie sich nicht mehr überspringen.</numerusform>
            <numerusform>Sie haben diese Pause heute %n-mal übersprungen, so oft wie gewählt. Bis morgen lässt sie sich nicht mehr überspringen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n steps</source>
        <comment>steps</comment>
        <translation>
            <numerusform>%n Schritt</numerusform>
            <numerusform>%n Schritte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n steps</source>
        <comment>steps, after on/of/after</comment>
        <translation>
            <numerusform>%n Schritt</numerusform>
            <numerusform>%n Schritten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breaths</source>
        <comment>breaths</comment>
        <translation>
            <numerusform>%n Atemzug</numerusform>
            <numerusform>%n Atemzüge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries in your history could not be read and are left out; your file is left as it is.</source>
        <comment>unreadable entries</comment>
        <translation>
            <numerusform>%n Eintrag in Ihrem Verlauf konnte nicht gelesen werden und wird ausgelassen; Ihre Datei bleibt, wie sie ist.</numerusform>
            <numerusform>%n Einträge in Ihrem Verlauf konnten nicht gelesen werden und werden ausgelassen; Ihre Datei bleibt, wie sie ist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breaths</source>
        <comment>breaths, after on/of/after</comment>
        <translation>
            <numerusform>%n Atemzug</numerusform>
            <numerusform>%n Atemzügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stretch breaks</source>
        <comment>history summary</comment>
        <translation>
            <numerusform>%n Dehnpause</numerusform>
            <numerusform>%n Dehnpausen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n natural breaks</source>
        <comment>history summary</comment>
        <translation>
            <numerusform>%n natürliche Pause</numerusform>
            <numerusform>%n natürliche Pausen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breathing sessions</source>
        <comment>history summary</comment>
        <translation>
            <numerusform>%n Atemübung</numerusform>
            <numerusform>%n Atemübungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n twitches logged</source>
        <comment>history summary</comment>
        <translation>
            <numerusform>%n Zuckung eingetragen</numerusform>
            <numerusform>%n Zuckungen eingetragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n symptoms checked</source>
        <comment>history summary</comment>
        <translation>
            <numerusform>%n Symptom geprüft</numerusform>
            <numerusform>%n Symptome geprüft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missed reminders</source>
        <comment>history summary</comment>
        <translation>
            <numerusform>%n verpasste Erinnerung</numerusform>
            <numerusform>%n verpasste Erinnerungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n episodes</source>
        <comment>twitch episodes</comment>
        <translation>
            <numerusform>%n Episode</numerusform>
            <numerusform>%n Episoden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <comment>days, after on/of/after</comment>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <comment>days</comment>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n things to look at; Companion still runs without them.</source>
        <comment>diagnosis</comment>
        <translation>
            <numerusform>%n Punkt zum Ansehen; Companion läuft auch ohne ihn.</numerusform>
            <numerusform>%n Punkte zum Ansehen; Companion läuft auch ohne sie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n voices</source>
        <comment>speech engine</comment>
        <translation>
            <numerusform>%n Stimme</numerusform>
            <numerusform>%n Stimmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outputs</source>
        <comment>sound</comment>
        <translation>
            <numerusform>%n Ausgabe</numerusform>
            <numerusform>%n Ausgaben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>About</name>
    <message>
        <source>About this system</source>
        <translation>Über dieses System</translation>
    </message>
    <message>
        <source>What works on this desktop and what does not. When you report a problem, Copy puts all of this on the clipboard.</source>
        <translation>Was auf diesem Desktop funktioniert und was nicht. Wenn Sie ein Problem melden, legt „Kopieren“ all das in die Zwischenablage.</translation>
    </message>
    <message>
        <source>Checks on this system</source>
        <translation>Prüfungen auf diesem System</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>✓ works</source>
        <translation>✓ funktioniert</translation>
    </message>
    <message>
        <source>✗ not working</source>
        <translation>✗ funktioniert nicht</translation>
    </message>
    <message>
        <source>What to do: {advice}</source>
        <translation>Was Sie tun können: {advice}</translation>
    </message>
    <message>
        <source>Everything works.</source>
        <translation>Alles funktioniert.</translation>
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
    <name>Breathing patterns</name>
    <message>
        <source>Breathe in</source>
        <translation>Einatmen</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Ausatmen</translation>
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
        <translation>&lt;b&gt;Bald zur Ärztin oder zum Arzt.&lt;/b&gt; {alert}</translation>
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
    <name>Features</name>
    <message>
        <source>Everything else works as usual. Your own files are in {folder}.</source>
        <translation>Alles andere funktioniert wie gewohnt. Ihre eigenen Dateien liegen in {folder}.</translation>
    </message>
    <message>
        <source>Could not open this part of Companion: {why}</source>
        <translation>Dieser Teil von Companion ließ sich nicht öffnen: {why}</translation>
    </message>
    <message>
        <source>Some stretch routines were skipped:</source>
        <translation>Einige Dehnübungen wurden übersprungen:</translation>
    </message>
    <message>
        <source>no breathing pattern could be loaded:</source>
        <translation>kein Atemmuster ließ sich laden:</translation>
    </message>
    <message>
        <source>Some breathing patterns were skipped:</source>
        <translation>Einige Atemmuster wurden übersprungen:</translation>
    </message>
    <message>
        <source>{problem}. This file comes with Companion, so reinstalling Companion should put it right.</source>
        <translation>{problem}. Diese Datei gehört zu Companion; eine Neuinstallation von Companion sollte das beheben.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Your week</source>
        <translation>Ihre Woche</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>Zeit&amp;raum:</translation>
    </message>
    <message>
        <source>Show &amp;everything</source>
        <translation>&amp;Alles zeigen</translation>
    </message>
    <message>
        <source>Also every reminder shown and answered, pauses, and sessions stopped before they began</source>
        <translation>Auch jede gezeigte und beantwortete Erinnerung, Pausen und Übungen, die vor ihrem Beginn beendet wurden</translation>
    </message>
    <message>
        <source>Entries left out</source>
        <translation>Ausgelassene Einträge</translation>
    </message>
    <message>
        <source>History by day, newest first</source>
        <translation>Verlauf nach Tagen, neueste zuerst</translation>
    </message>
    <message>
        <source>Why the list is empty</source>
        <translation>Warum die Liste leer ist</translation>
    </message>
    <message>
        <source>Day by day</source>
        <translation>Tag für Tag</translation>
    </message>
    <message>
        <source>{what}, {period}, newest first</source>
        <translation>{what}, {period}, neueste zuerst</translation>
    </message>
    <message>
        <source>{what}, {period}: {entries} on {days}</source>
        <translation>{what}, {period}: {entries} an {days}</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>What you did, and the reminders you snoozed, skipped or missed</source>
        <translation>Was Sie getan haben, und die Erinnerungen, die Sie verschoben, übersprungen oder verpasst haben</translation>
    </message>
    <message>
        <source>Nothing recorded</source>
        <translation>Nichts aufgezeichnet</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Wasser</translation>
    </message>
    <message>
        <source>Glasses of water and water reminders</source>
        <translation>Gläser Wasser und Wasser-Erinnerungen</translation>
    </message>
    <message>
        <source>No water recorded</source>
        <translation>Kein Wasser aufgezeichnet</translation>
    </message>
    <message>
        <source>Stretch breaks</source>
        <translation>Dehnpausen</translation>
    </message>
    <message>
        <source>Stretch sessions, natural breaks and stretch reminders</source>
        <translation>Dehnübungen, natürliche Pausen und Dehn-Erinnerungen</translation>
    </message>
    <message>
        <source>No stretch breaks recorded</source>
        <translation>Keine Dehnpausen aufgezeichnet</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>Atmen</translation>
    </message>
    <message>
        <source>Breathing sessions and breathing reminders</source>
        <translation>Atemübungen und Atem-Erinnerungen</translation>
    </message>
    <message>
        <source>No breathing recorded</source>
        <translation>Keine Atemübungen aufgezeichnet</translation>
    </message>
    <message>
        <source>Diary and checks</source>
        <translation>Tagebuch und Prüfungen</translation>
    </message>
    <message>
        <source>Twitch diary entries and saved checks of a symptom</source>
        <translation>Einträge im Zuckungstagebuch und gespeicherte Symptomprüfungen</translation>
    </message>
    <message>
        <source>No diary entries or saved checks</source>
        <translation>Keine Tagebucheinträge oder gespeicherten Prüfungen</translation>
    </message>
    <message>
        <source>Held or missed</source>
        <translation>Zurückgehalten oder verpasst</translation>
    </message>
    <message>
        <source>Reminders held while you were away or busy, and missed ones</source>
        <translation>Erinnerungen, die zurückgehalten wurden, während Sie weg oder beschäftigt waren, und verpasste</translation>
    </message>
    <message>
        <source>No held or missed reminders</source>
        <translation>Keine zurückgehaltenen oder verpassten Erinnerungen</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>All of it, with every reminder shown and answered</source>
        <translation>Alles, mit jeder gezeigten und beantworteten Erinnerung</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamte Zeit</translation>
    </message>
    <message>
        <source>{nothing} in the last 7 days.</source>
        <translation>{nothing} in den letzten 7 Tagen.</translation>
    </message>
    <message>
        <source>{nothing} in the last 30 days.</source>
        <translation>{nothing} in den letzten 30 Tagen.</translation>
    </message>
    <message>
        <source>{nothing} yet.</source>
        <translation>{nothing} bisher.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>{glasses}, {breaks}</source>
        <translation>{glasses}, {breaks}</translation>
    </message>
    <message>
        <source>Water reminder</source>
        <translation>Wasser-Erinnerung</translation>
    </message>
    <message>
        <source>Stretch reminder</source>
        <translation>Dehn-Erinnerung</translation>
    </message>
    <message>
        <source>Breathing reminder</source>
        <translation>Atem-Erinnerung</translation>
    </message>
    <message>
        <source>get help now</source>
        <translation>jetzt Hilfe holen</translation>
    </message>
    <message>
        <source>see a doctor soon</source>
        <translation>bald zum Arzt gehen</translation>
    </message>
    <message>
        <source>self-care</source>
        <translation>selbst versorgen</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>Reminder ({name})</source>
        <translation>Erinnerung ({name})</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <source>Drank a glass of water, later taken back</source>
        <extracomment>Routine and breathing pattern ids to the names the user knows them by. Ids of glasses the user took back, and each logged glass&apos;s time (for the undo).</extracomment>
        <translation>Ein Glas Wasser getrunken, später zurückgenommen</translation>
    </message>
    <message>
        <source>Drank a glass of water</source>
        <translation>Ein Glas Wasser getrunken</translation>
    </message>
    <message>
        <source>Drank a glass of water ({amount}), later taken back</source>
        <translation>Ein Glas Wasser getrunken ({amount}), später zurückgenommen</translation>
    </message>
    <message>
        <source>Drank a glass of water ({amount})</source>
        <translation>Ein Glas Wasser getrunken ({amount})</translation>
    </message>
    <message>
        <source>Took back a glass of water</source>
        <translation>Ein Glas Wasser zurückgenommen</translation>
    </message>
    <message>
        <source>Took back the glass of water logged at {time}</source>
        <translation>Das um {time} eingetragene Glas Wasser zurückgenommen</translation>
    </message>
    <message>
        <source>Stretch break: {routine}</source>
        <translation>Dehnpause: {routine}</translation>
    </message>
    <message>
        <source>Stretch break</source>
        <translation>Dehnpause</translation>
    </message>
    <message>
        <source>{what}, finished{took}</source>
        <translation>{what}, abgeschlossen{took}</translation>
    </message>
    <message>
        <source>{what}, stopped before the first step</source>
        <translation>{what}, vor dem ersten Schritt beendet</translation>
    </message>
    <message>
        <source>{what}, stopped after {done} of {steps}{took}</source>
        <translation>{what}, beendet nach {done} von {steps}{took}</translation>
    </message>
    <message>
        <source>{what}, stopped after {steps}{took}</source>
        <translation>{what}, beendet nach {steps}{took}</translation>
    </message>
    <message>
        <source>{what}, stopped{took}</source>
        <translation>{what}, beendet{took}</translation>
    </message>
    <message>
        <source>Breathing: {pattern}</source>
        <translation>Atemübung: {pattern}</translation>
    </message>
    <message>
        <source>Breathing session</source>
        <translation>Atemübung</translation>
    </message>
    <message>
        <source>{what}, stopped before the first breath</source>
        <translation>{what}, vor dem ersten Atemzug beendet</translation>
    </message>
    <message>
        <source>{what}, stopped after {breaths}{took}</source>
        <translation>{what}, beendet nach {breaths}{took}</translation>
    </message>
    <message>
        <source>nothing ticked</source>
        <translation>nichts angekreuzt</translation>
    </message>
    <message>
        <source>Checked a symptom, result: {result}</source>
        <translation>Symptom geprüft, Ergebnis: {result}</translation>
    </message>
    <message>
        <source>Checked a symptom</source>
        <translation>Symptom geprüft</translation>
    </message>
    <message>
        <source>Twitch logged in the diary: {details}</source>
        <translation>Zuckung im Tagebuch eingetragen: {details}</translation>
    </message>
    <message>
        <source>Twitch logged in the diary</source>
        <translation>Zuckung im Tagebuch eingetragen</translation>
    </message>
    <message>
        <source> (it happened at {time})</source>
        <translation> (geschehen um {time})</translation>
    </message>
    <message>
        <source> (it happened {day} at {time})</source>
        <translation> (geschehen am {day} um {time})</translation>
    </message>
    <message>
        <source>. Note: “{note}”</source>
        <translation>. Notiz: „{note}“</translation>
    </message>
    <message>
        <source>Changed a twitch diary entry ({fields})</source>
        <translation>Eintrag im Zuckungstagebuch geändert ({fields})</translation>
    </message>
    <message>
        <source>Changed a twitch diary entry</source>
        <translation>Eintrag im Zuckungstagebuch geändert</translation>
    </message>
    <message>
        <source>area</source>
        <translation>Körperstelle</translation>
    </message>
    <message>
        <source>side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>strength</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <source>triggers</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Reminders paused until you resume them</source>
        <translation>Erinnerungen pausiert, bis Sie sie fortsetzen</translation>
    </message>
    <message>
        <source>Reminders paused until the call ends ({time} at the latest)</source>
        <translation>Erinnerungen pausiert bis zum Ende des Anrufs (spätestens {time})</translation>
    </message>
    <message>
        <source>Reminders paused until {time}</source>
        <translation>Erinnerungen pausiert bis {time}</translation>
    </message>
    <message>
        <source>Reminders paused until tomorrow at {time}</source>
        <translation>Erinnerungen pausiert bis morgen um {time}</translation>
    </message>
    <message>
        <source>Reminders paused until {day} at {time}</source>
        <translation>Erinnerungen pausiert bis {day} um {time}</translation>
    </message>
    <message>
        <source>{reminder} shown after being held</source>
        <translation>{reminder} gezeigt, nachdem sie zurückgehalten wurde</translation>
    </message>
    <message>
        <source>{reminder} shown</source>
        <translation>{reminder} gezeigt</translation>
    </message>
    <message>
        <source>{reminder} snoozed</source>
        <translation>{reminder} verschoben</translation>
    </message>
    <message>
        <source>{reminder} snoozed for {time}</source>
        <translation>{reminder} um {time} verschoben</translation>
    </message>
    <message>
        <source>{reminder} missed</source>
        <translation>{reminder} verpasst</translation>
    </message>
    <message>
        <source>{reminder} missed: {reason}</source>
        <translation>{reminder} verpasst: {reason}</translation>
    </message>
    <message>
        <source>{reminder} withdrawn</source>
        <translation>{reminder} zurückgezogen</translation>
    </message>
    <message>
        <source>{reminder} withdrawn: {reason}</source>
        <translation>{reminder} zurückgezogen: {reason}</translation>
    </message>
    <message>
        <source>{reminder} held</source>
        <translation>{reminder} zurückgehalten</translation>
    </message>
    <message>
        <source>{reminder} held: {reason}</source>
        <translation>{reminder} zurückgehalten: {reason}</translation>
    </message>
    <message>
        <source>Natural break, {time} ({reason}), counted as a stretch break</source>
        <translation>Natürliche Pause, {time} ({reason}), als Dehnpause gezählt</translation>
    </message>
    <message>
        <source>Natural break, {time}, counted as a stretch break</source>
        <translation>Natürliche Pause, {time}, als Dehnpause gezählt</translation>
    </message>
    <message>
        <source>The desktop&apos;s movement break, {time}, counted as a stretch break</source>
        <translation>Bewegungspause des Desktops, {time}, als Dehnpause gezählt</translation>
    </message>
    <message>
        <source>{desktop}&apos;s movement break, {time}, counted as a stretch break</source>
        <translation>Bewegungspause von {desktop}, {time}, als Dehnpause gezählt</translation>
    </message>
    <message>
        <source>At the computer until {end}, {time}</source>
        <translation>Am Computer bis {end}, {time}</translation>
    </message>
    <message>
        <source>Daily computer time reached: {time} so far</source>
        <translation>Tägliche Computerzeit erreicht: bisher {time}</translation>
    </message>
    <message>
        <source>Removed a twitch diary entry</source>
        <translation>Eintrag im Zuckungstagebuch entfernt</translation>
    </message>
    <message>
        <source>Reminders resumed</source>
        <translation>Erinnerungen fortgesetzt</translation>
    </message>
    <message>
        <source>{reminder} answered</source>
        <translation>{reminder} beantwortet</translation>
    </message>
    <message>
        <source>{reminder} skipped</source>
        <translation>{reminder} übersprungen</translation>
    </message>
    <message>
        <source>{reminder} covered by a natural break</source>
        <translation>{reminder} durch eine natürliche Pause abgedeckt</translation>
    </message>
    <message>
        <source>Something was recorded</source>
        <translation>Etwas wurde aufgezeichnet</translation>
    </message>
    <message>
        <source>No glasses</source>
        <translation>Keine Gläser</translation>
    </message>
</context>
<context>
    <name>Home</name>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Keep running</source>
        <translation>&amp;Weiterlaufen lassen</translation>
    </message>
</context>
<context>
    <name>Qt date format</name>
    <message>
        <source>ddd d MMM yyyy, HH:mm</source>
        <translation>ddd, d. MMM yyyy, HH:mm</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>d. MMM yyyy</translation>
    </message>
</context>
<context>
    <name>Reminder</name>
    <message>
        <source>Reminder: {title}</source>
        <translation>Erinnerung: {title}</translation>
    </message>
    <message>
        <source>Snoo&amp;ze</source>
        <translation>Spä&amp;ter</translation>
    </message>
    <message>
        <source>Snooze for</source>
        <translation>Später erinnern nach</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} Min.</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>Übe&amp;rspringen</translation>
    </message>
    <message>
        <source>Skip this reminder</source>
        <translation>Diese Erinnerung überspringen</translation>
    </message>
    <message>
        <source>Snooze {minutes} min</source>
        <translation>{minutes} Min. später</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
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
    <name>Routines</name>
    <message>
        <source>Left hand</source>
        <translation>Linke Hand</translation>
    </message>
    <message>
        <source>Right hand</source>
        <translation>Rechte Hand</translation>
    </message>
    <message>
        <source>Both hands</source>
        <translation>Beide Hände</translation>
    </message>
    <message>
        <source>Switch hands.</source>
        <translation>Hand wechseln.</translation>
    </message>
    <message>
        <source>Left leg</source>
        <translation>Linkes Bein</translation>
    </message>
    <message>
        <source>Right leg</source>
        <translation>Rechtes Bein</translation>
    </message>
    <message>
        <source>Both legs</source>
        <translation>Beide Beine</translation>
    </message>
    <message>
        <source>Switch legs.</source>
        <translation>Bein wechseln.</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Linke Seite</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Rechte Seite</translation>
    </message>
    <message>
        <source>Switch sides.</source>
        <translation>Seite wechseln.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Notice when I am away from the &amp;keyboard and mouse</source>
        <translation>Bemerken, wenn ich nicht an &amp;Tastatur und Maus bin</translation>
    </message>
    <message>
        <source>Notice a &amp;locked screen or a sleeping computer</source>
        <translation>&amp;Gesperrten Bildschirm oder Ruhezustand bemerken</translation>
    </message>
    <message>
        <source>Hold reminders while I am in a call (ca&amp;mera or microphone in use)</source>
        <translation>In Anrufen Erinnerungen zurückhalten (&amp;Kamera oder Mikrofon an)</translation>
    </message>
    <message>
        <source>Hold reminders while another program is &amp;fullscreen</source>
        <translation>Bei &amp;Vollbild anderer Programme Erinnerungen zurückhalten</translation>
    </message>
    <message>
        <source>Hold reminders while &amp;do not disturb is on</source>
        <translation>Bei „&amp;Nicht stören“ Erinnerungen zurückhalten</translation>
    </message>
    <message>
        <source>keyboard and mouse</source>
        <translation>Tastatur und Maus</translation>
    </message>
    <message>
        <source>screen lock</source>
        <translation>Bildschirmsperre</translation>
    </message>
    <message>
        <source>sleep</source>
        <translation>Ruhezustand</translation>
    </message>
    <message>
        <source>camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>microphone</source>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <source>fullscreen</source>
        <translation>Vollbild</translation>
    </message>
    <message>
        <source>do not disturb</source>
        <translation>Nicht stören</translation>
    </message>
    <message>
        <source>Not checked yet: Companion is still starting.</source>
        <translation>Noch nicht geprüft: Companion startet noch.</translation>
    </message>
    <message>
        <source>Not watched now. Turn it on and Companion checks this computer.</source>
        <translation>Wird gerade nicht beachtet. Schalten Sie es ein, dann prüft Companion diesen Computer.</translation>
    </message>
    <message>
        <source>This computer can tell.</source>
        <translation>Dieser Computer kann es erkennen.</translation>
    </message>
    <message>
        <source>This computer can tell for the {works}, not for the {missing}.</source>
        <translation>Dieser Computer kann es erkennen bei: {works}; nicht bei: {missing}.</translation>
    </message>
    <message>
        <source>This computer cannot tell, so Companion keeps to the clock for this.</source>
        <translation>Dieser Computer kann es nicht erkennen; Companion hält sich hierfür an die Uhr.</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} und {second}</translation>
    </message>
    <message>
        <source>Away after no input for</source>
        <translation>Abwesend nach Untätigkeit von</translation>
    </message>
    <message>
        <source>Time away that counts as a stretch break</source>
        <translation>Abwesenheit, die als Dehnpause zählt</translation>
    </message>
    <message>
        <source>Show held reminders this long after I am back</source>
        <translation>Zurückgehaltene Erinnerungen so lange nach meiner Rückkehr zeigen</translation>
    </message>
    <message>
        <source>Give up on a reminder held while busy after</source>
        <translation>Eine zurückgehaltene Erinnerung aufgeben, wenn ich so lange beschäftigt bin</translation>
    </message>
    <message>
        <source>&amp;Away after no input for</source>
        <translation>&amp;Abwesend nach Untätigkeit von</translation>
    </message>
    <message>
        <source>&amp;Time away that counts as a break</source>
        <translation>Ab&amp;wesenheit, die als Pause zählt</translation>
    </message>
    <message>
        <source>Show &amp;held reminders after I am back by</source>
        <translation>&amp;Erinnerungen nach Rückkehr zeigen nach</translation>
    </message>
    <message>
        <source>&amp;Count a reminder as missed if busy for</source>
        <translation>Als verpasst &amp;zählen, wenn beschäftigt für</translation>
    </message>
    <message>
        <source>Time away</source>
        <translation>Abwesenheit</translation>
    </message>
    <message>
        <source>What counts as away or busy</source>
        <translation>Was als abwesend oder beschäftigt zählt</translation>
    </message>
    <message>
        <source>A reminder that falls due while you are away or busy waits until you are back.</source>
        <translation>Eine Erinnerung, die fällig wird, während Sie abwesend oder beschäftigt sind, wartet, bis Sie zurück sind.</translation>
    </message>
    <message>
        <source>{switch}: {words}</source>
        <translation>{switch}: {words}</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Strict breaks cannot be postponed or skipped. If you really must leave one, hold Esc for 3 seconds. It still waits while you are in a call, presenting or have do not disturb on.</source>
        <translation>Strenge Pausen lassen sich nicht verschieben oder überspringen. Wenn Sie eine wirklich verlassen müssen, halten Sie Esc 3 Sekunden lang gedrückt. Sie wartet weiterhin, solange Sie in einem Anruf sind, präsentieren oder „Nicht stören“ an ist.</translation>
    </message>
    <message>
        <source>Instead of a notification, a calm screen covers every monitor when the break is due, and leads you through it.</source>
        <translation>Statt einer Benachrichtigung bedeckt ein ruhiger Bildschirm jeden Monitor, wenn die Pause fällig ist, und führt Sie hindurch.</translation>
    </message>
    <message>
        <source>Stretch breaks &amp;cover the screen</source>
        <translation>&amp;Dehnpausen füllen den Bildschirm</translation>
    </message>
    <message>
        <source>Breathing breaks co&amp;ver the screen</source>
        <translation>A&amp;tempausen füllen den Bildschirm</translation>
    </message>
    <message>
        <source> a day</source>
        <translation> pro Tag</translation>
    </message>
    <message>
        <source>Postpone for</source>
        <translation>Verschieben um</translation>
    </message>
    <message>
        <source>Postpones allowed a day</source>
        <translation>Erlaubtes Verschieben pro Tag</translation>
    </message>
    <message>
        <source>Skips allowed a day</source>
        <translation>Erlaubtes Überspringen pro Tag</translation>
    </message>
    <message>
        <source>Strict &amp;breaks: no postponing or skipping</source>
        <translation>&amp;Strenge Pausen: kein Verschieben oder Überspringen</translation>
    </message>
    <message>
        <source>&amp;Warn me shortly before</source>
        <translation>Kurz vorher &amp;warnen</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Warn this long before</source>
        <translation>So lange vorher warnen</translation>
    </message>
    <message>
        <source>Postpone &amp;for</source>
        <translation>&amp;Verschieben um</translation>
    </message>
    <message>
        <source>Postpones &amp;allowed</source>
        <translation>Verschieben &amp;erlaubt</translation>
    </message>
    <message>
        <source>S&amp;kips allowed</source>
        <translation>Überspringen e&amp;rlaubt</translation>
    </message>
    <message>
        <source>Warn t&amp;his long before</source>
        <translation>So lange vor&amp;her warnen</translation>
    </message>
    <message>
        <source>Export &amp;events (CSV)…</source>
        <extracomment>Each export: its button, the file name it suggests, and the file dialog&apos;s filter (the words marked here, translated where shown; context &quot;Settings&quot;).</extracomment>
        <translation>&amp;Ereignisse exportieren (CSV)…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export &amp;days (CSV)…</source>
        <translation>&amp;Tage exportieren (CSV)…</translation>
    </message>
    <message>
        <source>Export a &amp;full backup (JSON)…</source>
        <translation>&amp;Vollständige Sicherung exportieren (JSON)…</translation>
    </message>
    <message>
        <source>Companion backups (*.json)</source>
        <translation>Companion-Sicherungen (*.json)</translation>
    </message>
    <message>
        <source>Companion backups (*.json);;CSV with one row per event (*.csv)</source>
        <translation>Companion-Sicherungen (*.json);;CSV mit einer Zeile pro Ereignis (*.csv)</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Ihre Daten</translation>
    </message>
    <message>
        <source>Keep less history</source>
        <translation>Weniger Verlauf behalten</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Behalten</translation>
    </message>
    <message>
        <source>Everything Companion records stays on this computer. Take a copy for a spreadsheet or another computer, or bring in a backup: entries you already have are not added twice.</source>
        <translation>Alles, was Companion aufzeichnet, bleibt auf diesem Computer. Nehmen Sie eine Kopie für eine Tabellenkalkulation oder einen anderen Computer mit, oder spielen Sie eine Sicherung ein: Einträge, die Sie schon haben, kommen nicht doppelt hinzu.</translation>
    </message>
    <message>
        <source>&amp;Import a backup…</source>
        <translation>Sicherung &amp;importieren…</translation>
    </message>
    <message>
        <source>What the last export or import did</source>
        <translation>Was der letzte Export oder Import bewirkt hat</translation>
    </message>
    <message>
        <source>Keep history</source>
        <translation>Verlauf behalten</translation>
    </message>
    <message>
        <source>Keep &amp;history:</source>
        <translation>Verlauf &amp;behalten:</translation>
    </message>
    <message>
        <source>Nothing is deleted unless you choose a shorter time here; you are asked first, with the number of entries that would go.</source>
        <translation>Nichts wird gelöscht, außer Sie wählen hier eine kürzere Zeit; vorher werden Sie gefragt und sehen, wie viele Einträge wegfallen würden.</translation>
    </message>
    <message>
        <source>Import a backup</source>
        <translation>Sicherung importieren</translation>
    </message>
    <message>
        <source>Companion now keeps {age} of history.</source>
        <translation>Companion behält den Verlauf jetzt {age} lang.</translation>
    </message>
    <message>
        <source>Companion now keeps all of your history.</source>
        <translation>Companion behält jetzt Ihren gesamten Verlauf.</translation>
    </message>
    <message>
        <source>Remind me: &amp;water</source>
        <translation>Erinnern an: &amp;Wasser</translation>
    </message>
    <message>
        <source>Remind me: &amp;stretch break</source>
        <translation>Erinnern an: &amp;Dehnpause</translation>
    </message>
    <message>
        <source>Remind me: &amp;breathing</source>
        <translation>Erinnern an: &amp;Atemübung</translation>
    </message>
    <message>
        <source>Own hours for water reminders</source>
        <translation>Eigene Zeiten für Wasser-Erinnerungen</translation>
    </message>
    <message>
        <source>Own hours for stretch break reminders</source>
        <translation>Eigene Zeiten für Dehnpausen-Erinnerungen</translation>
    </message>
    <message>
        <source>Own hours for breathing reminders</source>
        <translation>Eigene Zeiten für Atemübungs-Erinnerungen</translation>
    </message>
    <message>
        <source>Remind me: {name}</source>
        <translation>Erinnern an: {name}</translation>
    </message>
    <message>
        <source>Every few minutes</source>
        <translation>Alle paar Minuten</translation>
    </message>
    <message>
        <source>At set times</source>
        <translation>Zu festen Zeiten</translation>
    </message>
    <message>
        <source>{name} interval</source>
        <translation>{name}: Abstand</translation>
    </message>
    <message>
        <source>e.g. 11:00, 15:30</source>
        <translation>z. B. 11:00, 15:30</translation>
    </message>
    <message>
        <source>{name} times</source>
        <translation>{name}: Zeiten</translation>
    </message>
    <message>
        <source>{name} mode</source>
        <translation>{name}: Art</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Um</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a time like 15:30.</source>
        <translation>„{text}“ ist keine Uhrzeit wie 15:30.</translation>
    </message>
    <message>
        <source>Give at least one time, like 11:00.</source>
        <translation>Geben Sie mindestens eine Uhrzeit an, etwa 11:00.</translation>
    </message>
    <message>
        <source>{name}: {problem}</source>
        <translation>{name}: {problem}</translation>
    </message>
    <message>
        <source>Working hours: {problem}</source>
        <translation>Arbeitszeiten: {problem}</translation>
    </message>
    <message>
        <source> glasses</source>
        <translation> Gläser</translation>
    </message>
    <message>
        <source>Daily water goal</source>
        <translation>Tägliches Trinkziel</translation>
    </message>
    <message>
        <source>Follow the desktop ({unit})</source>
        <translation>Wie der Desktop ({unit})</translation>
    </message>
    <message>
        <source>Millilitres (ml)</source>
        <translation>Milliliter (ml)</translation>
    </message>
    <message>
        <source>US fluid ounces (fl oz)</source>
        <translation>US-Flüssigunzen (fl oz)</translation>
    </message>
    <message>
        <source>Water unit</source>
        <translation>Einheit für Wasser</translation>
    </message>
    <message>
        <source>Glass size</source>
        <translation>Glasgröße</translation>
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
        <translation>Später erinnern nach</translation>
    </message>
    <message>
        <source>Reminder stays up for</source>
        <translation>Erinnerung bleibt sichtbar für</translation>
    </message>
    <message>
        <source>Soft s&amp;ound at each step</source>
        <translation>Sanfter &amp;Klang bei jedem Schritt</translation>
    </message>
    <message>
        <source>Read steps &amp;aloud</source>
        <translation>Schritte &amp;vorlesen</translation>
    </message>
    <message>
        <source>Always reduce &amp;motion</source>
        <translation>Bewegung immer &amp;reduzieren</translation>
    </message>
    <message>
        <source>Motion is also reduced whenever your desktop&apos;s animations are off.</source>
        <translation>Bewegung wird auch reduziert, wann immer die Animationen Ihres Desktops aus sind.</translation>
    </message>
    <message>
        <source>Start Companion when I log &amp;in</source>
        <translation>Companion beim &amp;Anmelden starten</translation>
    </message>
    <message>
        <source>Reading aloud does not work here: {why}</source>
        <translation>Vorlesen funktioniert hier nicht: {why}</translation>
    </message>
    <message>
        <source>&amp;Daily water goal</source>
        <translation>&amp;Tägliches Trinkziel</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>Ei&amp;nheit</translation>
    </message>
    <message>
        <source>G&amp;lass size</source>
        <translation>&amp;Glasgröße</translation>
    </message>
    <message>
        <source>Snoo&amp;ze for</source>
        <translation>&amp;Später erinnern nach</translation>
    </message>
    <message>
        <source>&amp;Reminder stays up for</source>
        <translation>&amp;Erinnerung bleibt sichtbar für</translation>
    </message>
    <message>
        <source>Water and reminders</source>
        <translation>Wasser und Erinnerungen</translation>
    </message>
    <message>
        <source>Stretch and breathing sessions</source>
        <translation>Dehn- und Atemübungen</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <source>About this s&amp;ystem…</source>
        <translation>&amp;Über dieses System…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Arbeitszeiten</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>When you are away</source>
        <translation>Wenn Sie weg sind</translation>
    </message>
    <message>
        <source>Wellbeing</source>
        <translation>Wohlbefinden</translation>
    </message>
    <message>
        <source>Break screen</source>
        <translation>Pausenbildschirm</translation>
    </message>
    <message>
        <source>Share history</source>
        <translation>Verlauf teilen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Seiten der Einstellungen</translation>
    </message>
    <message>
        <source>In charge now: Companion.</source>
        <translation>Zuständig ist jetzt: Companion.</translation>
    </message>
    <message>
        <source>In charge now: Companion. {why}.</source>
        <translation>Zuständig ist jetzt: Companion. {why}.</translation>
    </message>
    <message>
        <source>In charge now: GNOME&apos;s movement breaks. Companion does not remind you a second time; when GNOME&apos;s break begins it offers its guided hand and wrist stretch, and each GNOME break counts as a stretch break.</source>
        <translation>Zuständig sind jetzt: die Bewegungspausen von GNOME. Companion erinnert Sie nicht ein zweites Mal; wenn die GNOME-Pause beginnt, bietet es seine angeleitete Dehnung für Hand und Handgelenk an, und jede GNOME-Pause zählt als Dehnpause.</translation>
    </message>
    <message>
        <source>In charge now: Companion. GNOME&apos;s movement breaks are on as well, so you may be reminded by both; a GNOME break still counts as a stretch break.</source>
        <translation>Zuständig ist jetzt: Companion. Die Bewegungspausen von GNOME sind ebenfalls an, daher erinnern Sie womöglich beide; eine GNOME-Pause zählt trotzdem als Dehnpause.</translation>
    </message>
    <message>
        <source>Stretch reminders where the desktop has its own</source>
        <translation>Dehn-Erinnerungen, wo der Desktop eigene hat</translation>
    </message>
    <message>
        <source>Let GNOME&apos;s movement breaks remind me, when they are &amp;on</source>
        <translation>GNOMEs Bewegungspausen erinnern lassen, wenn sie &amp;an sind</translation>
    </message>
    <message>
        <source>&amp;Companion reminds me</source>
        <translation>&amp;Companion erinnert mich</translation>
    </message>
    <message>
        <source>Daily computer time</source>
        <translation>Tägliche Zeit am Computer</translation>
    </message>
    <message>
        <source>&amp;Tell me when I have been at the computer for</source>
        <translation>&amp;Mir sagen, wenn ich so lange am Computer war:</translation>
    </message>
    <message>
        <source>Daily computer time limit</source>
        <translation>Grenze für die tägliche Zeit am Computer</translation>
    </message>
    <message>
        <source>Only time at the computer counts, not time away, with the screen locked or with the computer asleep. You are told when you reach it, and again after each further hour.</source>
        <translation>Es zählt nur die Zeit am Computer, nicht die Zeit, in der Sie weg sind, der Bildschirm gesperrt ist oder der Computer schläft. Sie erfahren es, wenn Sie die Grenze erreichen, und erneut nach jeder weiteren Stunde.</translation>
    </message>
    <message>
        <source>An end of 00:00 means midnight, the end of the day.</source>
        <translation>Ein Ende um 00:00 bedeutet Mitternacht, das Ende des Tages.</translation>
    </message>
    <message>
        <source>Reminders come only inside these hours. A reminder can have hours of its own on its page.</source>
        <translation>Erinnerungen kommen nur innerhalb dieser Zeiten. Eine Erinnerung kann auf ihrer Seite eigene Zeiten haben.</translation>
    </message>
    <message>
        <source>No day is on: reminders that keep to these hours will not come.</source>
        <translation>Kein Tag ist an: Erinnerungen, die sich an diese Zeiten halten, kommen nicht.</translation>
    </message>
    <message>
        <source>{prefix}{day} on</source>
        <translation>{prefix}{day} an</translation>
    </message>
    <message>
        <source>Add hours</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>{prefix}Add hours on {day}</source>
        <translation>{prefix}Zeiten am {day} hinzufügen</translation>
    </message>
    <message>
        <source>Copy to…</source>
        <translation>Kopieren…</translation>
    </message>
    <message>
        <source>{prefix}Copy {day} to other days</source>
        <translation>{prefix}{day} auf andere Tage kopieren</translation>
    </message>
    <message>
        <source>All weekdays</source>
        <translation>Alle Werktage</translation>
    </message>
    <message>
        <source>Every other day</source>
        <translation>Alle anderen Tage</translation>
    </message>
    <message>
        <source>On {day}, hours from {start} must end after they start.</source>
        <translation>Am {day} müssen die Zeiten ab {start} enden, nachdem sie beginnen.</translation>
    </message>
    <message>
        <source>{day} is on but has no hours: add hours or turn it off.</source>
        <translation>{day} ist an, hat aber keine Zeiten: Fügen Sie Zeiten hinzu oder schalten Sie den Tag aus.</translation>
    </message>
    <message>
        <source>{prefix}{day} hours {n} from</source>
        <translation>{prefix}{day} Zeiten {n} von</translation>
    </message>
    <message>
        <source>{prefix}{day} hours {n} until</source>
        <translation>{prefix}{day} Zeiten {n} bis</translation>
    </message>
    <message>
        <source>{prefix}Remove {day} hours {n}</source>
        <translation>{prefix}{day} Zeiten {n} entfernen</translation>
    </message>
    <message>
        <source>to</source>
        <comment>from 08:30 to 12:00</comment>
        <translation>bis</translation>
    </message>
    <message>
        <source>Own hours for {name} reminders</source>
        <translation>Eigene Zeiten für Erinnerungen: {name}</translation>
    </message>
    <message>
        <source>Keeps to the working hours: {week}.</source>
        <translation>Hält sich an die Arbeitszeiten: {week}.</translation>
    </message>
    <message>
        <source>Follow the desktop ({language})</source>
        <translation>Wie der Desktop ({language})</translation>
    </message>
    <message>
        <source>Windows already open change when you open them again.</source>
        <translation>Bereits offene Fenster wechseln die Sprache, wenn Sie sie erneut öffnen.</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>S&amp;prache</translation>
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
        <source>{glasses} ({amount}); goal met</source>
        <translation>{glasses} ({amount}); Ziel erreicht</translation>
    </message>
    <message>
        <source>{glasses} ({amount}); goal of {goal} not met</source>
        <translation>{glasses} ({amount}); Ziel von {goal} nicht erreicht</translation>
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
        <source>{goal_line} · {glasses} ({amount}) in all</source>
        <translation>{goal_line} · insgesamt {glasses} ({amount})</translation>
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
    <message>
        <source>away</source>
        <extracomment>The reminders whose prompts count as breaks (water has a chart of its own).</extracomment>
        <translation>weg</translation>
    </message>
    <message>
        <source>in a call</source>
        <translation>im Anruf</translation>
    </message>
    <message>
        <source>fullscreen</source>
        <translation>Vollbild</translation>
    </message>
    <message>
        <source>do not disturb</source>
        <translation>nicht stören</translation>
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
        <translation>Das sind Zählungen dessen, was Sie eingetragen haben, keine ärztliche Beratung. Wenn Sie sich wegen eines Symptoms Sorgen machen, sprechen Sie mit einer Ärztin oder einem Arzt.</translation>
    </message>
    <message>
        <source>Goal of {glasses} met on {met} of {days} · current streak: {streak}</source>
        <translation>Ziel ({glasses}) erreicht an {met} von {days} · aktuelle Serie: {streak}</translation>
    </message>
    <message>
        <source>yes</source>
        <comment>Lowercase a label such as &apos;Caffeine&apos; inside a sentence? Answer yes or no (German: no)</comment>
        <translation>no</translation>
    </message>
    <message>
        <source>No twitching was logged in this period.</source>
        <translation>In diesem Zeitraum wurde kein Muskelzucken eingetragen.</translation>
    </message>
    <message>
        <source>Twitching was logged on {days} ({episodes}); on {low} of them fewer than half of your glasses were logged.</source>
        <translation>Muskelzucken wurde an {days} eingetragen ({episodes}); an {low} davon wurde weniger als die Hälfte Ihrer Gläser eingetragen.</translation>
    </message>
    <message>
        <source>Twitching was logged on {days} ({episodes}).</source>
        <translation>Muskelzucken wurde an {days} eingetragen ({episodes}).</translation>
    </message>
    <message>
        <source>On {count} of the {days} with twitching, no break was recorded.</source>
        <translation>An {count} der {days} mit Muskelzucken wurde keine Pause aufgezeichnet.</translation>
    </message>
    <message>
        <source>Where: {areas}.</source>
        <translation>Wo: {areas}.</translation>
    </message>
    <message>
        <source>{what} {count}</source>
        <translation>{what} {count}</translation>
    </message>
    <message>
        <source>Triggers you logged: {triggers}.</source>
        <translation>Eingetragene Auslöser: {triggers}.</translation>
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
<context>
    <name>Sync</name>
    <message>
        <source>Companion cannot share your history: its data folder cannot be written ({error}).</source>
        <translation>Companion kann Ihren Verlauf nicht teilen: Sein Datenordner lässt sich nicht beschreiben ({error}).</translation>
    </message>
    <message>
        <source>The shared folder {folder} cannot be reached (is its drive connected?). Companion keeps recording on this computer and shares it when the folder is back.</source>
        <translation>Der geteilte Ordner {folder} ist nicht erreichbar (ist sein Laufwerk angeschlossen?). Companion zeichnet auf diesem Computer weiter auf und teilt es, sobald der Ordner wieder da ist.</translation>
    </message>
    <message>
        <source>Companion could not write to the shared folder ({error}). It keeps recording on this computer and tries again with the next entry.</source>
        <translation>Companion konnte nicht in den geteilten Ordner schreiben ({error}). Es zeichnet auf diesem Computer weiter auf und versucht es beim nächsten Eintrag erneut.</translation>
    </message>
    <message>
        <source>Another computer uses this computer&apos;s place in the shared folder (its Companion data was probably copied from this one). This computer now writes to a place of its own; nothing is lost or doubled.</source>
        <translation>Ein anderer Computer verwendet den Platz dieses Computers im geteilten Ordner (seine Companion-Daten wurden wohl von diesem kopiert). Dieser Computer schreibt jetzt an einen eigenen Platz; nichts geht verloren und nichts wird doppelt gezählt.</translation>
    </message>
    <message>
        <source>The sync tool made a conflict copy in the shared folder ({name}). Companion never reads it: every entry is in the original files, so nothing is lost or doubled. You may delete the copy.</source>
        <translation>Das Synchronisierungsprogramm hat im geteilten Ordner eine Konfliktkopie angelegt ({name}). Companion liest sie nie: Jeder Eintrag steht in den ursprünglichen Dateien, es geht also nichts verloren und nichts wird doppelt gezählt. Sie können die Kopie löschen.</translation>
    </message>
    <message>
        <source>The clock of {machine} seems to be about {hours} h ahead of this computer&apos;s. Its entries are kept with the times it gave them; please check the time on both computers.</source>
        <translation>Die Uhr von {machine} scheint etwa {hours} Std. vor der dieses Computers zu gehen. Seine Einträge behalten die Zeiten, die er ihnen gab; bitte prüfen Sie die Uhrzeit auf beiden Computern.</translation>
    </message>
    <message>
        <source>Some entries from {machine} in the shared folder are damaged and were left out ({file}). Everything else was added.</source>
        <translation>Einige Einträge von {machine} im geteilten Ordner sind beschädigt und wurden ausgelassen ({file}). Alles andere wurde übernommen.</translation>
    </message>
    <message>
        <source>{machine} uses a newer Companion. Some of its entries will show here once Companion is updated on this computer.</source>
        <translation>{machine} verwendet ein neueres Companion. Einige seiner Einträge erscheinen hier, sobald Companion auf diesem Computer aktualisiert ist.</translation>
    </message>
    <message>
        <source>{entry} (on {machine})</source>
        <translation>{entry} (auf {machine})</translation>
    </message>
    <message>
        <source>Keep one history on all your computers: choose a folder that a sync tool (such as Syncthing or Nextcloud) or a network share keeps the same on each. Companion only writes its own files there and sends nothing anywhere itself.</source>
        <translation>Ein Verlauf auf all Ihren Computern: Wählen Sie einen Ordner, den ein Synchronisierungsprogramm (etwa Syncthing oder Nextcloud) oder eine Netzwerkfreigabe auf allen gleich hält. Companion schreibt dort nur seine eigenen Dateien und sendet selbst nichts irgendwohin.</translation>
    </message>
    <message>
        <source>Not shared</source>
        <translation>Nicht geteilt</translation>
    </message>
    <message>
        <source>Shared folder</source>
        <translation>Geteilter Ordner</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Auswählen…</translation>
    </message>
    <message>
        <source>S&amp;top sharing</source>
        <translation>Teilen &amp;beenden</translation>
    </message>
    <message>
        <source>Shared &amp;folder</source>
        <translation>Geteilter &amp;Ordner</translation>
    </message>
    <message>
        <source>This computer&apos;s name</source>
        <translation>Name dieses Computers</translation>
    </message>
    <message>
        <source>This computer&apos;s &amp;name</source>
        <translation>&amp;Name dieses Computers</translation>
    </message>
    <message>
        <source>Share &amp;settings too (the latest change wins)</source>
        <translation>&amp;Einstellungen auch teilen (die neueste Änderung gilt)</translation>
    </message>
    <message>
        <source>Your history stays on this computer only.</source>
        <translation>Ihr Verlauf bleibt nur auf diesem Computer.</translation>
    </message>
    <message>
        <source>Choose the shared folder</source>
        <translation>Geteilten Ordner auswählen</translation>
    </message>
    <message>
        <source>Share history: the folder {folder} does not exist.</source>
        <translation>Verlauf teilen: Den Ordner {folder} gibt es nicht.</translation>
    </message>
    <message>
        <source>Not read yet.</source>
        <translation>Noch nicht gelesen.</translation>
    </message>
    <message>
        <source>Last read at {time}.</source>
        <translation>Zuletzt gelesen um {time}.</translation>
    </message>
    <message>
        <source>Other computers seen: {names}.</source>
        <translation>Andere Computer: {names}.</translation>
    </message>
    <message>
        <source>No other computer has written to this folder yet.</source>
        <translation>Noch kein anderer Computer hat in diesen Ordner geschrieben.</translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message>
        <source>Quit Companion?</source>
        <translation>Companion beenden?</translation>
    </message>
    <message>
        <source>There is no system tray here, so closing this window stops your reminders. Quit Companion?</source>
        <translation>Hier gibt es keinen Infobereich, daher beendet das Schließen dieses Fensters Ihre Erinnerungen. Companion beenden?</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Companion, today</source>
        <translation>Companion, heute</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Pause reminders for</source>
        <translation>Erinnerungen pausieren für</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>Pause reminders</source>
        <translation>Erinnerungen pausieren</translation>
    </message>
    <message>
        <source>&amp;Resume now</source>
        <translation>Jetzt f&amp;ortsetzen</translation>
    </message>
    <message>
        <source>Pause &amp;for</source>
        <translation>Pausieren &amp;für</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>Als Nächstes</translation>
    </message>
    <message>
        <source>&amp;Check a symptom</source>
        <translation>&amp;Symptom prüfen</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>St&amp;atistics</source>
        <translation>S&amp;tatistik</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>Ei&amp;nstellungen</translation>
    </message>
    <message>
        <source>Glasses of water against today&apos;s goal</source>
        <translation>Gläser Wasser gemessen am heutigen Ziel</translation>
    </message>
    <message>
        <source>&amp;Log a glass</source>
        <translation>&amp;Eintragen</translation>
    </message>
    <message>
        <source>Log a glass</source>
        <translation>Ein Glas eintragen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Undo the last glass</source>
        <translation>Das letzte Glas zurücknehmen</translation>
    </message>
    <message>
        <source>Start &amp;stretches</source>
        <translation>&amp;Dehnübungen starten</translation>
    </message>
    <message>
        <source>&amp;Breathe</source>
        <translation>&amp;Atmen</translation>
    </message>
    <message>
        <source>{amount} · goal reached</source>
        <translation>{amount} · Ziel erreicht</translation>
    </message>
    <message>
        <source>No glass yet</source>
        <translation>Noch kein Glas</translation>
    </message>
    <message>
        <source>A glass now is a good start. Goal: {goal}.</source>
        <translation>Ein Glas jetzt ist ein guter Anfang. Ziel: {goal}.</translation>
    </message>
    <message>
        <source>None yet today</source>
        <translation>Heute noch keine</translation>
    </message>
    <message>
        <source>That is over a litre in the last hour. Sipping through the day is better than a lot at once: drinking very large amounts quickly can be harmful. If you get a headache, feel sick or confused after drinking a lot, get medical help now.</source>
        <translation>Das ist mehr als ein Liter in der letzten Stunde. Über den Tag verteilt zu trinken ist besser als viel auf einmal: Sehr große Mengen schnell zu trinken kann schaden. Wenn Sie nach viel Trinken Kopfschmerzen bekommen, sich übel oder verwirrt fühlen, holen Sie jetzt ärztliche Hilfe.</translation>
    </message>
    <message>
        <source>At the computer today: {time}</source>
        <translation>Heute am Computer: {time}</translation>
    </message>
    <message>
        <source>Natural breaks: {count} ({time})</source>
        <translation>Natürliche Pausen: {count} ({time})</translation>
    </message>
    <message>
        <source>GNOME&apos;s movement breaks remind you</source>
        <translation>GNOMEs Bewegungspausen erinnern Sie</translation>
    </message>
    <message>
        <source>held: {reason}</source>
        <translation>zurückgehalten: {reason}</translation>
    </message>
    <message>
        <source> until the call ends ({time} at the latest)</source>
        <translation> bis zum Ende des Anrufs (spätestens {time})</translation>
    </message>
    <message>
        <source> until {time}</source>
        <translation> bis {time}</translation>
    </message>
    <message>
        <source>Companion — {glasses}/{goal} glasses today</source>
        <translation>Companion — heute {glasses}/{goal} Gläser</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
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
        <translation>Companion ist noch da</translation>
    </message>
    <message>
        <source>Companion keeps running in the tray. Use Quit in its menu to close it.</source>
        <translation>Companion läuft im Infobereich weiter. Zum Schließen wählen Sie „Beenden“ in seinem Menü.</translation>
    </message>
    <message>
        <source>Until this call ends</source>
        <translation>Bis dieser Anruf endet</translation>
    </message>
    <message>
        <source>Until the next active day</source>
        <translation>Bis zum nächsten aktiven Tag</translation>
    </message>
    <message>
        <source>Until I resume</source>
        <translation>Bis ich fortsetze</translation>
    </message>
    <message>
        <source>Companion menu</source>
        <translation>Companion-Menü</translation>
    </message>
    <message>
        <source>Reminders on</source>
        <translation>Erinnerungen an</translation>
    </message>
    <message>
        <source>Open Companion</source>
        <translation>Companion öffnen</translation>
    </message>
    <message>
        <source>Log a glass of water</source>
        <translation>Ein Glas Wasser eintragen</translation>
    </message>
    <message>
        <source>Undo last glass</source>
        <translation>Letztes Glas zurücknehmen</translation>
    </message>
    <message>
        <source>Stretch session…</source>
        <translation>Dehnübungen…</translation>
    </message>
    <message>
        <source>Breathing exercise…</source>
        <translation>Atemübung…</translation>
    </message>
    <message>
        <source>Check a symptom…</source>
        <translation>Symptom prüfen…</translation>
    </message>
    <message>
        <source>Statistics…</source>
        <translation>Statistik…</translation>
    </message>
    <message>
        <source>Pause reminders</source>
        <translation>Erinnerungen pausieren</translation>
    </message>
    <message>
        <source>Resume reminders</source>
        <translation>Erinnerungen fortsetzen</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>Quit Companion</source>
        <translation>Companion beenden</translation>
    </message>
</context>
<context>
    <name>Twitch diary</name>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Behalten</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Drink &amp;water</source>
        <translation>&amp;Wasser trinken</translation>
    </message>
    <message>
        <source>Stretch &amp;break</source>
        <translation>&amp;Dehnpause</translation>
    </message>
    <message>
        <source>Breathing e&amp;xercise</source>
        <translation>&amp;Atemübung</translation>
    </message>
    <message>
        <source>Companion is not medical advice and does not diagnose anything. If you are worried about a symptom, talk to a doctor; in an emergency, call your local emergency number.</source>
        <translation>Companion ist keine ärztliche Beratung und stellt keine Diagnosen. Wenn Sie wegen eines Symptoms besorgt sind, sprechen Sie mit einer Ärztin oder einem Arzt; im Notfall rufen Sie Ihre örtliche Notrufnummer an.</translation>
    </message>
    <message>
        <source>Companion lives in your system tray: look for its icon near the clock. Closing a window keeps it running there; use Quit in its menu to stop it.</source>
        <translation>Companion wohnt in Ihrem Infobereich: Suchen Sie sein Symbol nahe der Uhr. Wenn Sie ein Fenster schließen, läuft es dort weiter; zum Beenden wählen Sie „Beenden“ in seinem Menü.</translation>
    </message>
    <message>
        <source>There is no system tray on this desktop, so Companion lives in its Today window. Closing that window asks before Companion quits.</source>
        <translation>Dieser Desktop hat keinen Infobereich, daher wohnt Companion in seinem Fenster „Heute“. Wenn Sie dieses Fenster schließen, fragt Companion, bevor es sich beendet.</translation>
    </message>
    <message>
        <source>Welcome to Companion</source>
        <extracomment>The settings to use from now on (welcome_done is set, whichever button was used).</extracomment>
        <translation>Willkommen bei Companion</translation>
    </message>
    <message>
        <source>Companion reminds you to drink water, take a stretch break and breathe slowly for a minute, only inside the hours and days you choose. It guides you through short stretches and breathing, and everything stays on your computer.</source>
        <translation>Companion erinnert Sie daran, Wasser zu trinken, eine Dehnpause zu machen und eine Minute lang langsam zu atmen – nur zu den Zeiten und an den Tagen, die Sie wählen. Es führt Sie durch kurze Dehnübungen und Atemübungen, und alles bleibt auf Ihrem Computer.</translation>
    </message>
    <message>
        <source>When may Companion remind you?</source>
        <translation>Wann darf Companion Sie erinnern?</translation>
    </message>
    <message>
        <source>Active from</source>
        <translation>Aktiv ab</translation>
    </message>
    <message>
        <source>Active until</source>
        <translation>Aktiv bis</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;bis</translation>
    </message>
    <message>
        <source>Remind on {day}</source>
        <translation>Am {day} erinnern</translation>
    </message>
    <message>
        <source>Which reminders?</source>
        <translation>Welche Erinnerungen?</translation>
    </message>
    <message>
        <source>Start Companion when I &amp;log in</source>
        <translation>Companion beim A&amp;nmelden starten</translation>
    </message>
    <message>
        <source>You can change all of this later in Settings.</source>
        <translation>All das können Sie später in den Einstellungen ändern.</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>Übe&amp;rspringen</translation>
    </message>
    <message>
        <source>Skip the welcome and keep the defaults</source>
        <translation>Begrüßung überspringen und die Voreinstellungen behalten</translation>
    </message>
    <message>
        <source>&amp;Start using Companion</source>
        <translation>&amp;Loslegen</translation>
    </message>
    <message>
        <source>The active hours must end after they start.</source>
        <translation>Die aktiven Zeiten müssen enden, nachdem sie beginnen.</translation>
    </message>
    <message>
        <source>Choose at least one day.</source>
        <translation>Wählen Sie mindestens einen Tag.</translation>
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
        <translation>{problem}. Companion behält die heutigen Einträge nur im Arbeitsspeicher, bis das behoben ist und Companion neu gestartet wird.</translation>
    </message>
    <message>
        <source>Your history file was damaged, so it was moved aside to {file} (nothing in it was deleted) and a new one was started.</source>
        <translation>Ihre Verlaufsdatei war beschädigt. Sie wurde daher nach {file} verschoben (nichts darin wurde gelöscht) und eine neue wurde begonnen.</translation>
    </message>
    <message>
        <source>A break from GNOME</source>
        <translation>Eine Pause von GNOME</translation>
    </message>
    <message>
        <source>Companion&apos;s guided hand and wrist stretch fits this break.</source>
        <translation>Die angeleiteten Hand- und Handgelenk-Dehnübungen von Companion passen zu dieser Pause.</translation>
    </message>
    <message>
        <source>Stretch with Companion</source>
        <translation>Mit Companion dehnen</translation>
    </message>
    <message>
        <source>Companion cannot see calls on this computer (no camera or microphone it can watch), so reminders stay paused until {time} or until you resume them.</source>
        <translation>Companion kann auf diesem Computer keine Anrufe erkennen (keine Kamera und kein Mikrofon, die es beobachten kann). Die Erinnerungen bleiben daher bis {time} pausiert oder bis Sie sie fortsetzen.</translation>
    </message>
    <message>
        <source>{reminder} in {seconds}</source>
        <translation>{reminder} in {seconds}</translation>
    </message>
    <message>
        <source>Your break screen comes up then. Time to finish what you are writing.</source>
        <translation>Dann erscheint Ihr Pausenbildschirm. Zeit, das Geschriebene abzuschließen.</translation>
    </message>
    <message>
        <source>Postpone {minutes} min</source>
        <translation>{minutes} Min. verschieben</translation>
    </message>
</context>
<context>
    <name>away</name>
    <message>
        <source>Companion was closed</source>
        <translation>Companion wurde geschlossen</translation>
    </message>
    <message>
        <source>just back</source>
        <translation>gerade zurück</translation>
    </message>
    <message>
        <source>asleep</source>
        <translation>im Ruhezustand</translation>
    </message>
    <message>
        <source>screen locked</source>
        <translation>Bildschirm gesperrt</translation>
    </message>
    <message>
        <source>away</source>
        <translation>weg</translation>
    </message>
    <message>
        <source>in a call</source>
        <translation>im Anruf</translation>
    </message>
    <message>
        <source>do not disturb is on</source>
        <translation>„Nicht stören“ ist an</translation>
    </message>
    <message>
        <source>showing something fullscreen</source>
        <translation>zeigt etwas im Vollbild</translation>
    </message>
    <message>
        <source>another program is keeping the screen awake</source>
        <translation>ein anderes Programm hält den Bildschirm wach</translation>
    </message>
    <message>
        <source>outside active hours</source>
        <translation>außerhalb der Arbeitszeiten</translation>
    </message>
</context>
<context>
    <name>breaks</name>
    <message>
        <source>You chose strict breaks, so this break cannot be put off.</source>
        <extracomment>The reminders a break screen can stand in for (water is a glass, not a break). ``via`` on an answer given on the break screen, or on the warning before it. How long Esc must be held to leave a break screen at once (strict mode or not). The routine a stretch break screen leads (the same the stretch prompt starts).</extracomment>
        <translation>Sie haben strikte Pausen gewählt, daher lässt sich diese Pause nicht aufschieben.</translation>
    </message>
    <message>
        <source>You chose not to have breaks postponed.</source>
        <translation>Sie haben gewählt, dass Pausen nicht verschoben werden.</translation>
    </message>
    <message>
        <source>You chose not to have breaks skipped.</source>
        <translation>Sie haben gewählt, dass Pausen nicht übersprungen werden.</translation>
    </message>
</context>
<context>
    <name>checks</name>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>is missing</source>
        <extracomment>None when the value is fine, else the words on what is wrong with it.</extracomment>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>a very large number</source>
        <translation>eine sehr große Zahl</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>eine Tabelle</translation>
    </message>
    <message>
        <source>a {type}</source>
        <translation>ein {type}</translation>
    </message>
    <message>
        <source>should be a whole number of {low} or more, not {value}</source>
        <translation>sollte eine ganze Zahl ab {low} sein, nicht {value}</translation>
    </message>
    <message>
        <source>should be a whole number from {low} to {high}, not {value}</source>
        <translation>sollte eine ganze Zahl von {low} bis {high} sein, nicht {value}</translation>
    </message>
    <message>
        <source>should be a number of {unit} of {low} or more, not {value}</source>
        <translation>sollte eine Zahl von {unit} ab {low} sein, nicht {value}</translation>
    </message>
    <message>
        <source>should be a number of {unit} from {low} to {high}, not {value}</source>
        <translation>sollte eine Zahl von {unit} von {low} bis {high} sein, nicht {value}</translation>
    </message>
    <message>
        <source>should be a number of {low} or more, not {value}</source>
        <translation>sollte eine Zahl ab {low} sein, nicht {value}</translation>
    </message>
    <message>
        <source>should be a number from {low} to {high}, not {value}</source>
        <translation>sollte eine Zahl von {low} bis {high} sein, nicht {value}</translation>
    </message>
    <message>
        <source>should be true or false, not {value}</source>
        <translation>sollte true oder false sein, nicht {value}</translation>
    </message>
    <message>
        <source>should be non-empty text, not {value}</source>
        <translation>sollte ein nicht leerer Text sein, nicht {value}</translation>
    </message>
    <message>
        <source>should be text, not {value}</source>
        <translation>sollte Text sein, nicht {value}</translation>
    </message>
    <message>
        <source>should be non-empty text</source>
        <translation>sollte ein nicht leerer Text sein</translation>
    </message>
    <message>
        <source>should be at most {longest} characters long (it has {length})</source>
        <translation>sollte höchstens {longest} Zeichen lang sein (es sind {length})</translation>
    </message>
    <message>
        <source>should be a list of text, not {value}</source>
        <translation>sollte eine Liste von Texten sein, nicht {value}</translation>
    </message>
    <message>
        <source>should be one of {choices}, not {value}</source>
        <translation>sollte eines von {choices} sein, nicht {value}</translation>
    </message>
    <message>
        <source>should be a date and time, not {value}</source>
        <translation>sollte ein Datum mit Uhrzeit sein, nicht {value}</translation>
    </message>
    <message>
        <source>should be a time with its UTC offset</source>
        <translation>sollte eine Zeit mit ihrem UTC-Versatz sein</translation>
    </message>
    <message>
        <source>should be a time like 09:30, not {value}</source>
        <translation>sollte eine Uhrzeit wie 09:30 sein, nicht {value}</translation>
    </message>
    <message>
        <source>should be a time like 09:30, without a time zone</source>
        <translation>sollte eine Uhrzeit wie 09:30 sein, ohne Zeitzone</translation>
    </message>
    <message>
        <source>should be {what}, not {value}</source>
        <translation>sollte {what} sein, nicht {value}</translation>
    </message>
    <message>
        <source>should be {what} ({value} is not one)</source>
        <translation>sollte {what} sein ({value} gehört nicht dazu)</translation>
    </message>
    <message>
        <source>should be &quot;&quot; (the desktop&apos;s language) or one of {languages}, not {value}</source>
        <translation>sollte &quot;&quot; (die Sprache des Desktops) oder eine von {languages} sein, nicht {value}</translation>
    </message>
    <message>
        <source>should be &quot;&quot; (the region&apos;s unit) or one of {units}, not {value}</source>
        <translation>sollte &quot;&quot; (die Einheit der Region) oder eine von {units} sein, nicht {value}</translation>
    </message>
    <message>
        <source>a list of times like 11:00</source>
        <extracomment>Per field: its check, and how a value that passed becomes the setting.</extracomment>
        <translation>eine Liste von Uhrzeiten wie 11:00</translation>
    </message>
    <message>
        <source>a list of weekday numbers 0 (Monday) to 6 (Sunday)</source>
        <translation>eine Liste von Wochentagsnummern 0 (Montag) bis 6 (Sonntag)</translation>
    </message>
    <message>
        <source>a list of up to {count} ranges like 08:30-12:00</source>
        <translation>eine Liste von bis zu {count} Zeitspannen wie 08:30-12:00</translation>
    </message>
    <message>
        <source>should be a range like 08:30-12:00, not {value}</source>
        <translation>sollte eine Zeitspanne wie 08:30-12:00 sein, nicht {value}</translation>
    </message>
    <message>
        <source>should be {what}, not {count} of them</source>
        <translation>sollte {what} sein, nicht {count} davon</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>Companion is closing, so nothing was done</source>
        <extracomment>The actions that open a window (the host&apos;s ``navigate`` opens it).</extracomment>
        <translation>Companion wird beendet, daher wurde nichts getan</translation>
    </message>
    <message>
        <source>Companion cannot do {requests}, so nothing was done</source>
        <extracomment>Carries out a request&apos;s actions: None once all are done and saved, else why not. The same, given the actions as Requests (``commands.Commands.run_all``).</extracomment>
        <translation>Companion kann {requests} nicht ausführen, daher wurde nichts getan</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Ihre Daten</translation>
    </message>
    <message>
        <source>Easy does it</source>
        <translation>Immer langsam</translation>
    </message>
    <message>
        <source>Companion is busy with other launches, so nothing was done; try again</source>
        <translation>Companion ist mit anderen Starts beschäftigt, daher wurde nichts getan; versuchen Sie es noch einmal</translation>
    </message>
    <message>
        <source>Companion is still starting, so nothing was done; try again</source>
        <translation>Companion startet noch, daher wurde nichts getan; versuchen Sie es noch einmal</translation>
    </message>
</context>
<context>
    <name>computer time</name>
    <message>
        <source>Your time at the computer</source>
        <translation>Ihre Zeit am Computer</translation>
    </message>
    <message>
        <source>You have been at the computer for {time} today; the limit you set is {limit}. Maybe time to call it a day?</source>
        <translation>Sie waren heute {time} am Computer; Ihr gewähltes Limit ist {limit}. Vielleicht Zeit für Feierabend?</translation>
    </message>
</context>
<context>
    <name>diagnose</name>
    <message>
        <source>System tray</source>
        <translation>Systemabschnitt der Kontrollleiste</translation>
    </message>
    <message>
        <source>found: StatusNotifierItem host on D-Bus</source>
        <translation>gefunden: StatusNotifierItem-Host auf D-Bus</translation>
    </message>
    <message>
        <source>found: X11 system tray (XEmbed)</source>
        <translation>gefunden: X11-Systemabschnitt (XEmbed)</translation>
    </message>
    <message>
        <source>no X11 tray and no {watcher} on the session bus</source>
        <translation>kein X11-Systemabschnitt und kein {watcher} auf dem Sitzungsbus</translation>
    </message>
    <message>
        <source>no X display, and no {watcher} on the session bus</source>
        <translation>keine X-Anzeige und kein {watcher} auf dem Sitzungsbus</translation>
    </message>
    <message>
        <source>Companion lives in its window instead. On GNOME install the &apos;AppIndicator and KStatusNotifierItem Support&apos; extension (gnome-shell-extension-appindicator); other desktops need a tray or panel applet (e.g. trayer, stalonetray, or the panel&apos;s system tray widget).</source>
        <translation>Companion bleibt stattdessen in seinem Fenster. Installieren Sie unter GNOME die Erweiterung &apos;AppIndicator and KStatusNotifierItem Support&apos; (gnome-shell-extension-appindicator); andere Desktops brauchen einen Systemabschnitt oder ein Panel-Applet (z. B. trayer, stalonetray oder das Systemabschnitt-Widget des Panels).</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Without it Companion shows its own small reminder windows. Install and run a notification daemon (e.g. dunst, mako, xfce4-notifyd); desktops like GNOME and KDE have one built in.</source>
        <translation>Ohne ihn zeigt Companion eigene kleine Erinnerungsfenster. Installieren und starten Sie einen Benachrichtigungsdienst (z. B. dunst, mako, xfce4-notifyd); Desktops wie GNOME und KDE haben einen eingebaut.</translation>
    </message>
    <message>
        <source>no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is not set)</source>
        <translation>kein D-Bus-Sitzungsbus (DBUS_SESSION_BUS_ADDRESS ist nicht gesetzt)</translation>
    </message>
    <message>
        <source>Start Companion from a desktop session, or install dbus-x11. {advice}</source>
        <translation>Starten Sie Companion aus einer Desktop-Sitzung oder installieren Sie dbus-x11. {advice}</translation>
    </message>
    <message>
        <source>no notification server answered ({problem})</source>
        <translation>kein Benachrichtigungsdienst hat geantwortet ({problem})</translation>
    </message>
    <message>
        <source>{server}, with buttons (actions)</source>
        <translation>{server}, mit Schaltflächen (actions)</translation>
    </message>
    <message>
        <source>{server}, but it cannot show buttons</source>
        <translation>{server}, kann aber keine Schaltflächen zeigen</translation>
    </message>
    <message>
        <source>Reminders appear as Companion&apos;s own windows so Snooze and Skip still work; a server with actions (dunst, mako, GNOME, KDE) shows them natively.</source>
        <translation>Erinnerungen erscheinen als eigene Fenster von Companion, damit Später und Überspringen weiter funktionieren; ein Dienst mit Aktionen (dunst, mako, GNOME, KDE) zeigt sie direkt an.</translation>
    </message>
    <message>
        <source>Sleep and resume</source>
        <translation>Ruhezustand und Aufwachen</translation>
    </message>
    <message>
        <source>system bus not reachable ({problem})</source>
        <translation>Systembus nicht erreichbar ({problem})</translation>
    </message>
    <message>
        <source>Companion still catches up after sleep from the clock; with systemd-logind running (install systemd and dbus) it notices at once.</source>
        <translation>Companion holt nach dem Ruhezustand trotzdem anhand der Uhr auf; läuft systemd-logind (systemd und dbus installieren), bemerkt es das sofort.</translation>
    </message>
    <message>
        <source>systemd-logind is on the system bus</source>
        <translation>systemd-logind ist auf dem Systembus</translation>
    </message>
    <message>
        <source>{service} is not on the system bus</source>
        <translation>{service} ist nicht auf dem Systembus</translation>
    </message>
    <message>
        <source>Companion still catches up after sleep from the clock; install or start systemd-logind (or elogind) to be told at once.</source>
        <translation>Companion holt nach dem Ruhezustand trotzdem anhand der Uhr auf; installieren oder starten Sie systemd-logind (oder elogind), damit es sofort Bescheid bekommt.</translation>
    </message>
    <message>
        <source>the check itself failed: {problem}</source>
        <translation>die Prüfung selbst ist fehlgeschlagen: {problem}</translation>
    </message>
    <message>
        <source>Companion {version}: what works on this desktop</source>
        <translation>Companion {version}: was auf diesem Desktop funktioniert</translation>
    </message>
    <message>
        <source>Everything works.</source>
        <translation>Alles funktioniert.</translation>
    </message>
    <message>
        <source>text console</source>
        <translation>Textkonsole</translation>
    </message>
    <message>
        <source>not named (XDG_CURRENT_DESKTOP is unset)</source>
        <translation>ohne Namen (XDG_CURRENT_DESKTOP ist nicht gesetzt)</translation>
    </message>
    <message>
        <source>X11 programs through XWayland</source>
        <translation>X11-Programme über XWayland</translation>
    </message>
    <message>
        <source>{session} session, desktop {desktop}; </source>
        <translation>{session}-Sitzung, Desktop {desktop}; </translation>
    </message>
    <message>
        <source>windows through Qt&apos;s {platform} platform; </source>
        <translation>Fenster über Qts Plattform {platform}; </translation>
    </message>
    <message>
        <source>no display</source>
        <translation>keine Anzeige</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Anzeige</translation>
    </message>
    <message>
        <source>Start Companion inside a desktop session.</source>
        <translation>Starten Sie Companion in einer Desktop-Sitzung.</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Start bei der Anmeldung</translation>
    </message>
    <message>
        <source>on ({file})</source>
        <translation>an ({file})</translation>
    </message>
    <message>
        <source>off (no active entry at {file})</source>
        <translation>aus (kein aktiver Eintrag unter {file})</translation>
    </message>
    <message>
        <source>Turn on &apos;Start Companion when I log in&apos; in Settings.</source>
        <translation>Schalten Sie in den Einstellungen &apos;Companion bei der Anmeldung starten&apos; ein.</translation>
    </message>
    <message>
        <source>{folder} (not created yet; made private on first start)</source>
        <translation>{folder} (noch nicht angelegt; wird beim ersten Start privat angelegt)</translation>
    </message>
    <message>
        <source>Check the folder&apos;s permissions.</source>
        <translation>Prüfen Sie die Berechtigungen des Ordners.</translation>
    </message>
    <message>
        <source>{folder}, not writable</source>
        <translation>{folder}, nicht beschreibbar</translation>
    </message>
    <message>
        <source>Make it yours and writable: {command}</source>
        <translation>Machen Sie ihn zu Ihrem und beschreibbar: {command}</translation>
    </message>
    <message>
        <source>{folder}, others can read it</source>
        <translation>{folder}, andere können ihn lesen</translation>
    </message>
    <message>
        <source>Make it private: {command}</source>
        <translation>Machen Sie ihn privat: {command}</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>cannot be found ({problem})</source>
        <translation>nicht zu finden ({problem})</translation>
    </message>
    <message>
        <source>Config folder</source>
        <translation>Konfigurationsordner</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Reinstall Companion: {command}</source>
        <translation>Installieren Sie Companion neu: {command}</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>Sprachausgabe</translation>
    </message>
    <message>
        <source>Install speech-dispatcher and espeak-ng (Debian/Ubuntu: sudo apt install speech-dispatcher espeak-ng), then restart Companion.</source>
        <translation>Installieren Sie speech-dispatcher und espeak-ng (Debian/Ubuntu: sudo apt install speech-dispatcher espeak-ng) und starten Sie Companion dann neu.</translation>
    </message>
    <message>
        <source>Qt&apos;s speech module cannot load ({problem})</source>
        <translation>Qts Sprachmodul lässt sich nicht laden ({problem})</translation>
    </message>
    <message>
        <source>no speech engine plugin for Qt</source>
        <translation>kein Sprach-Plugin für Qt</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>{engine}: no voices</source>
        <translation>{engine}: keine Stimmen</translation>
    </message>
    <message>
        <source>{engine} engine, {voices}</source>
        <translation>Sprachausgabe {engine}, {voices}</translation>
    </message>
    <message>
        <source>{detail}. {advice}</source>
        <translation>{detail}. {advice}</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Ton</translation>
    </message>
    <message>
        <source>Install PipeWire (pipewire-pulse) or PulseAudio and check a sound device is connected; sessions work silently without one.</source>
        <translation>Installieren Sie PipeWire (pipewire-pulse) oder PulseAudio und prüfen Sie, ob ein Audiogerät angeschlossen ist; ohne eines laufen die Übungen lautlos.</translation>
    </message>
    <message>
        <source>Qt&apos;s multimedia module cannot load ({problem})</source>
        <translation>Qts Multimedia-Modul lässt sich nicht laden ({problem})</translation>
    </message>
    <message>
        <source>no audio output device</source>
        <translation>kein Audio-Ausgabegerät</translation>
    </message>
    <message>
        <source>{outputs}; default: {device}</source>
        <translation>{outputs}; Standard: {device}</translation>
    </message>
    <message>
        <source>Companion keeps to the clock for this: reminders are not held for it.</source>
        <translation>Companion richtet sich hierbei nach der Uhr: Erinnerungen werden dafür nicht zurückgehalten.</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>Abwesenheit</translation>
    </message>
    <message>
        <source>screen lock</source>
        <translation>Bildschirmsperre</translation>
    </message>
    <message>
        <source>sleep</source>
        <translation>Ruhezustand</translation>
    </message>
    <message>
        <source>do not disturb</source>
        <translation>Nicht stören</translation>
    </message>
    <message>
        <source>camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>microphone</source>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <source>fullscreen</source>
        <translation>Vollbild</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Anwesenheit</translation>
    </message>
    <message>
        <source>not started yet; check again in a moment</source>
        <translation>noch nicht gestartet; prüfen Sie gleich noch einmal</translation>
    </message>
    <message>
        <source>Presence: {what}</source>
        <translation>Anwesenheit: {what}</translation>
    </message>
    <message>
        <source>Desktop break reminders</source>
        <translation>Pausen-Erinnerungen des Desktops</translation>
    </message>
    <message>
        <source>none followed ({why}); Companion reminds you itself</source>
        <translation>keine genutzt ({why}); Companion erinnert Sie selbst</translation>
    </message>
</context>
<context>
    <name>diary</name>
    <message>
        <source>Palm</source>
        <translation>Handfläche</translation>
    </message>
    <message>
        <source>Thumb</source>
        <translation>Daumen</translation>
    </message>
    <message>
        <source>Fingers</source>
        <translation>Finger</translation>
    </message>
    <message>
        <source>Wrist or forearm</source>
        <translation>Handgelenk oder Unterarm</translation>
    </message>
    <message>
        <source>Upper arm</source>
        <translation>Oberarm</translation>
    </message>
    <message>
        <source>Eyelid</source>
        <translation>Augenlid</translation>
    </message>
    <message>
        <source>Face</source>
        <translation>Gesicht</translation>
    </message>
    <message>
        <source>Neck or shoulder</source>
        <translation>Nacken oder Schulter</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Rücken</translation>
    </message>
    <message>
        <source>Thigh</source>
        <translation>Oberschenkel</translation>
    </message>
    <message>
        <source>Calf</source>
        <translation>Wade</translation>
    </message>
    <message>
        <source>Foot</source>
        <translation>Fuß</translation>
    </message>
    <message>
        <source>Somewhere else</source>
        <translation>Anderswo</translation>
    </message>
    <message>
        <source>left</source>
        <translation>links</translation>
    </message>
    <message>
        <source>right</source>
        <translation>rechts</translation>
    </message>
    <message>
        <source>both sides</source>
        <translation>beide Seiten</translation>
    </message>
    <message>
        <source>centre</source>
        <translation>Mitte</translation>
    </message>
    <message>
        <source>A few seconds</source>
        <translation>Ein paar Sekunden</translation>
    </message>
    <message>
        <source>Up to a minute</source>
        <translation>Bis zu einer Minute</translation>
    </message>
    <message>
        <source>Several minutes</source>
        <translation>Mehrere Minuten</translation>
    </message>
    <message>
        <source>On and off for hours</source>
        <translation>Stundenlang immer wieder</translation>
    </message>
    <message>
        <source>Faint (felt more than seen)</source>
        <translation>Schwach (eher zu spüren als zu sehen)</translation>
    </message>
    <message>
        <source>Visible</source>
        <translation>Sichtbar</translation>
    </message>
    <message>
        <source>Strong (moves a finger or joint)</source>
        <translation>Stark (bewegt einen Finger oder ein Gelenk)</translation>
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
        <translation> Vermutete Auslöser: {triggers}.</translation>
    </message>
    <message>
        <source>{day}, {time} — {where}</source>
        <translation>{day}, {time} — {where}</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Notiz: {note}</translation>
    </message>
    <message>
        <source>Your diary shows twitching on days spread over {days} days. Twitching that goes on for more than two weeks is worth showing to a doctor.</source>
        <translation>Ihr Tagebuch zeigt Muskelzucken an Tagen, die sich über {days} Tage verteilen. Muskelzucken, das länger als zwei Wochen anhält, sollten Sie einer Ärztin oder einem Arzt zeigen.</translation>
    </message>
</context>
<context>
    <name>diary, in a sentence</name>
    <message>
        <source>palm</source>
        <translation>Handfläche</translation>
    </message>
    <message>
        <source>thumb</source>
        <translation>Daumen</translation>
    </message>
    <message>
        <source>fingers</source>
        <translation>Finger</translation>
    </message>
    <message>
        <source>wrist or forearm</source>
        <translation>Handgelenk oder Unterarm</translation>
    </message>
    <message>
        <source>upper arm</source>
        <translation>Oberarm</translation>
    </message>
    <message>
        <source>eyelid</source>
        <translation>Augenlid</translation>
    </message>
    <message>
        <source>face</source>
        <translation>Gesicht</translation>
    </message>
    <message>
        <source>neck or shoulder</source>
        <translation>Nacken oder Schulter</translation>
    </message>
    <message>
        <source>back</source>
        <translation>Rücken</translation>
    </message>
    <message>
        <source>thigh</source>
        <translation>Oberschenkel</translation>
    </message>
    <message>
        <source>calf</source>
        <translation>Wade</translation>
    </message>
    <message>
        <source>foot</source>
        <translation>Fuß</translation>
    </message>
    <message>
        <source>somewhere else</source>
        <translation>anderswo</translation>
    </message>
    <message>
        <source>a few seconds</source>
        <translation>ein paar Sekunden</translation>
    </message>
    <message>
        <source>up to a minute</source>
        <translation>bis zu einer Minute</translation>
    </message>
    <message>
        <source>several minutes</source>
        <translation>mehrere Minuten</translation>
    </message>
    <message>
        <source>on and off for hours</source>
        <translation>stundenlang immer wieder</translation>
    </message>
    <message>
        <source>faint</source>
        <translation>schwach</translation>
    </message>
    <message>
        <source>visible</source>
        <translation>sichtbar</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>stark</translation>
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
        <translation>Gut gemacht</translation>
    </message>
    <message>
        <source>{routine}: all {steps} in {time}. That counts as your stretch break.</source>
        <translation>{routine}: alle {steps} in {time}. Das zählt als Ihre Dehnpause.</translation>
    </message>
    <message>
        <source>Another time, then</source>
        <translation>Dann ein andermal</translation>
    </message>
    <message>
        <source>{routine} is here whenever you want it.</source>
        <translation>{routine} ist da, wann immer Sie möchten.</translation>
    </message>
    <message>
        <source>{time} of stretching</source>
        <translation>{time} Dehnen</translation>
    </message>
    <message>
        <source>You made a start on {routine}. Every bit of movement helps.</source>
        <translation>Sie haben mit {routine} angefangen. Jede Bewegung hilft.</translation>
    </message>
    <message>
        <source>{done} of {steps} of {routine}. That counts as your stretch break.</source>
        <translation>{done} von {steps} aus {routine}. Das zählt als Ihre Dehnpause.</translation>
    </message>
    <message>
        <source>{breaths} in {time}. Notice how you feel now.</source>
        <translation>{breaths} in {time}. Spüren Sie, wie es Ihnen jetzt geht.</translation>
    </message>
    <message>
        <source>Ready when you are</source>
        <translation>Bereit, wann immer Sie es sind</translation>
    </message>
    <message>
        <source>Start again whenever you like.</source>
        <translation>Fangen Sie wieder an, wann immer Sie möchten.</translation>
    </message>
    <message>
        <source>{time} of calm breathing</source>
        <translation>{time} ruhiges Atmen</translation>
    </message>
    <message>
        <source>{breaths} in {time}. Every breath counts.</source>
        <translation>{breaths} in {time}. Jeder Atemzug zählt.</translation>
    </message>
</context>
<context>
    <name>exchange</name>
    <message>
        <source>This CSV file was not exported by Companion with one row per event (its first line is not the column names Companion writes).</source>
        <translation>Diese CSV-Datei wurde nicht von Companion mit einer Zeile pro Ereignis exportiert (ihre erste Zeile enthält nicht die Spaltennamen, die Companion schreibt).</translation>
    </message>
    <message>
        <source>Line {line} of the file is damaged (it has {count} values, not {wanted}).</source>
        <translation>Zeile {line} der Datei ist beschädigt (sie hat {count} Werte, nicht {wanted}).</translation>
    </message>
    <message>
        <source>Line {line} of the file is damaged (its details cannot be read).</source>
        <translation>Zeile {line} der Datei ist beschädigt (ihre Angaben lassen sich nicht lesen).</translation>
    </message>
    <message>
        <source>Line {line}</source>
        <translation>Zeile {line}</translation>
    </message>
    <message>
        <source>This file is not a Companion backup (it is not text).</source>
        <translation>Diese Datei ist keine Companion-Sicherung (sie ist kein Text).</translation>
    </message>
    <message>
        <source>This file is damaged or is not a Companion backup (it is not complete JSON).</source>
        <translation>Diese Datei ist beschädigt oder keine Companion-Sicherung (sie ist kein vollständiges JSON).</translation>
    </message>
    <message>
        <source>This file is not a Companion backup.</source>
        <translation>Diese Datei ist keine Companion-Sicherung.</translation>
    </message>
    <message>
        <source>This Companion backup is damaged (its version is missing).</source>
        <translation>Diese Companion-Sicherung ist beschädigt (ihre Version fehlt).</translation>
    </message>
    <message>
        <source>This backup was made by a newer Companion; update Companion to import it.</source>
        <translation>Diese Sicherung stammt von einem neueren Companion; aktualisieren Sie Companion, um sie zu importieren.</translation>
    </message>
    <message>
        <source>This Companion backup is damaged (its list of entries is missing).</source>
        <translation>Diese Companion-Sicherung ist beschädigt (ihre Liste der Einträge fehlt).</translation>
    </message>
    <message>
        <source>Entry {entry} of the backup is damaged.</source>
        <translation>Eintrag {entry} der Sicherung ist beschädigt.</translation>
    </message>
    <message>
        <source>Entry {entry} of the backup</source>
        <translation>Eintrag {entry} der Sicherung</translation>
    </message>
    <message>
        <source>{where} is damaged (it has no id).</source>
        <translation>{where} ist beschädigt (keine Kennung).</translation>
    </message>
    <message>
        <source>{where} is damaged (it does not say what it records).</source>
        <translation>{where} ist beschädigt (es fehlt, was aufgezeichnet wurde).</translation>
    </message>
    <message>
        <source>{where} is damaged (its time cannot be read).</source>
        <translation>{where} ist beschädigt (die Zeit lässt sich nicht lesen).</translation>
    </message>
    <message>
        <source>{where} is damaged ({problem}).</source>
        <translation>{where} ist beschädigt ({problem}).</translation>
    </message>
    <message>
        <source>{file} could not be written ({problem}); nothing was exported.</source>
        <translation>{file} konnte nicht geschrieben werden ({problem}); nichts wurde exportiert.</translation>
    </message>
    <message>
        <source>Exported one row per day to {file}.</source>
        <translation>Eine Zeile pro Tag nach {file} exportiert.</translation>
    </message>
    <message>
        <source>Exported {entries} to {file}.</source>
        <translation>{entries} nach {file} exportiert.</translation>
    </message>
    <message>
        <source>{file} was not found; nothing was imported.</source>
        <translation>{file} wurde nicht gefunden; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>{file} cannot be read ({problem}); nothing was imported.</source>
        <translation>{file} lässt sich nicht lesen ({problem}); nichts wurde importiert.</translation>
    </message>
    <message>
        <source>This file holds a summary per day, which cannot be imported; import a backup (.json) or a CSV with one row per event.</source>
        <translation>Diese Datei enthält eine Zusammenfassung pro Tag, die sich nicht importieren lässt; importieren Sie eine Sicherung (.json) oder eine CSV-Datei mit einer Zeile pro Ereignis.</translation>
    </message>
    <message>
        <source>This is not a Companion backup.</source>
        <translation>Das ist keine Companion-Sicherung.</translation>
    </message>
    <message>
        <source>{file} is not a Companion backup; nothing was imported.</source>
        <translation>{file} ist keine Companion-Sicherung; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>{file}: {problem} Nothing was imported.</source>
        <translation>{file}: {problem} Nichts wurde importiert.</translation>
    </message>
    <message>
        <source>{file} could not be added to your history ({problem}); nothing was imported.</source>
        <translation>{file} konnte Ihrem Verlauf nicht hinzugefügt werden ({problem}); nichts wurde importiert.</translation>
    </message>
    <message>
        <source>Nothing new: every entry in {file} is already in your history.</source>
        <translation>Nichts Neues: Jeder Eintrag aus {file} ist schon in Ihrem Verlauf.</translation>
    </message>
    <message>
        <source>Imported {entries} from {file}.</source>
        <translation>{entries} aus {file} importiert.</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <source>a Companion content file</source>
        <translation>eine Companion-Inhaltsdatei</translation>
    </message>
    <message>
        <source>a Companion backup</source>
        <translation>eine Companion-Sicherung</translation>
    </message>
    <message>
        <source>{name} is not a regular file (it is {kind})</source>
        <translation>{name} ist keine normale Datei (es ist {kind})</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>ein Ordner</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>eine benannte Pipe (FIFO)</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>ein Gerät</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>etwas anderes</translation>
    </message>
    <message>
        <source>{name} is larger than {size}, far too large for {what}</source>
        <translation>{name} ist größer als {size}, viel zu groß für {what}</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>eine Datei</translation>
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
        <translation>eine Einstellungsdatei</translation>
    </message>
</context>
<context>
    <name>first run</name>
    <message>
        <source>Companion could not add itself to the application menu ({problem}).</source>
        <extracomment>How long a start at login waits for a tray before it shows the window instead.</extracomment>
        <translation>Companion konnte sich nicht ins Anwendungsmenü eintragen ({problem}).</translation>
    </message>
    <message>
        <source>Could not change start at login ({problem}).</source>
        <translation>Der Start bei der Anmeldung ließ sich nicht ändern ({problem}).</translation>
    </message>
</context>
<context>
    <name>history file</name>
    <message>
        <source>Your history could not be read ({problem}), so some of it may be missing here. Your file is left as it is.</source>
        <translation>Ihr Verlauf konnte nicht gelesen werden ({problem}), daher fehlt hier vielleicht ein Teil davon. Ihre Datei bleibt, wie sie ist.</translation>
    </message>
    <message>
        <source>History file {file} cannot be opened: {problem}</source>
        <extracomment>Set when a damaged file was moved aside at open: where it went. Called after new events were stored (recorded here or merged in): the shared folder&apos;s journal writes this machine&apos;s new ones out.</extracomment>
        <translation>Die Verlaufsdatei {file} lässt sich nicht öffnen: {problem}</translation>
    </message>
    <message>
        <source>History file {file} is damaged and could not be moved aside: {problem}</source>
        <translation>Die Verlaufsdatei {file} ist beschädigt und konnte nicht beiseitegelegt werden: {problem}</translation>
    </message>
    <message>
        <source>History file {file} was written by a newer Companion (schema {version}, this one knows {known})</source>
        <translation>Die Verlaufsdatei {file} wurde von einem neueren Companion geschrieben (Schema {version}, dieses kennt {known})</translation>
    </message>
    <message>
        <source>Could not save to your history ({problem}). New entries are kept in memory and will be saved when writing works again.</source>
        <translation>Speichern in Ihren Verlauf war nicht möglich ({problem}). Neue Einträge bleiben im Arbeitsspeicher und werden gespeichert, sobald das Schreiben wieder klappt.</translation>
    </message>
    <message>
        <source>Your history is being saved again.</source>
        <translation>Ihr Verlauf wird wieder gespeichert.</translation>
    </message>
</context>
<context>
    <name>presence</name>
    <message>
        <source>the desktop cannot be asked: no session bus</source>
        <translation>der Desktop lässt sich nicht fragen: kein Sitzungsbus</translation>
    </message>
    <message>
        <source>this desktop has no break reminders of its own (GNOME 48&apos;s Wellbeing)</source>
        <translation>dieser Desktop hat keine eigenen Pausen-Erinnerungen (Wellbeing von GNOME 48)</translation>
    </message>
    <message>
        <source>GNOME&apos;s movement breaks are off</source>
        <translation>GNOMEs Bewegungspausen sind aus</translation>
    </message>
    <message>
        <source>GNOME&apos;s movement breaks are on (org.gnome.Shell.ScreenTime)</source>
        <translation>GNOMEs Bewegungspausen sind an (org.gnome.Shell.ScreenTime)</translation>
    </message>
    <message>
        <source>logind PrepareForSleep</source>
        <extracomment>What ``start`` found, for sleep and for the screen lock (presence describes them).</extracomment>
        <translation>logind PrepareForSleep</translation>
    </message>
    <message>
        <source>cannot listen to logind</source>
        <translation>logind kann nicht abgehört werden</translation>
    </message>
    <message>
        <source>not inside a logind session</source>
        <translation>nicht in einer logind-Sitzung</translation>
    </message>
    <message>
        <source>logind session LockedHint</source>
        <translation>logind-Sitzung LockedHint</translation>
    </message>
    <message>
        <source>cannot listen to the logind session</source>
        <translation>die logind-Sitzung kann nicht abgehört werden</translation>
    </message>
    <message>
        <source>off in settings</source>
        <translation>in den Einstellungen aus</translation>
    </message>
    <message>
        <source>no camera found</source>
        <translation>keine Kamera gefunden</translation>
    </message>
    <message>
        <source>ALSA capture state, checked when a reminder is due</source>
        <translation>ALSA-Aufnahmestatus, geprüft, wenn eine Erinnerung fällig ist</translation>
    </message>
    <message>
        <source>no audio capture device found (ALSA)</source>
        <translation>kein Audio-Aufnahmegerät gefunden (ALSA)</translation>
    </message>
    <message>
        <source>dunst&apos;s paused state</source>
        <translation>Pausenzustand von dunst</translation>
    </message>
    <message>
        <source>Plasma&apos;s Inhibited property</source>
        <translation>Plasmas Eigenschaft Inhibited</translation>
    </message>
    <message>
        <source>no notification server on the session bus</source>
        <translation>kein Benachrichtigungsdienst auf dem Sitzungsbus</translation>
    </message>
    <message>
        <source>cannot be seen on Wayland: no program may look at another&apos;s windows</source>
        <translation>unter Wayland nicht sichtbar: kein Programm darf die Fenster eines anderen ansehen</translation>
    </message>
    <message>
        <source>no X11 display</source>
        <translation>keine X11-Anzeige</translation>
    </message>
    <message>
        <source>no EWMH window manager on the X11 display</source>
        <translation>kein EWMH-Fenstermanager auf der X11-Anzeige</translation>
    </message>
    <message>
        <source>X11 programs only (XWayland&apos;s active window); Wayland windows cannot be seen</source>
        <translation>nur X11-Programme (aktives Fenster von XWayland); Wayland-Fenster sind nicht sichtbar</translation>
    </message>
    <message>
        <source>X11 active window&apos;s _NET_WM_STATE</source>
        <translation>_NET_WM_STATE des aktiven X11-Fensters</translation>
    </message>
    <message>
        <source>no session bus</source>
        <translation>kein Sitzungsbus</translation>
    </message>
    <message>
        <source>cannot listen to the desktop portal</source>
        <translation>das Desktop-Portal kann nicht abgehört werden</translation>
    </message>
    <message>
        <source>GNOME&apos;s show-banners setting, through the desktop portal</source>
        <translation>GNOMEs Einstellung show-banners, über das Desktop-Portal</translation>
    </message>
    <message>
        <source>no GNOME idle monitor on the session bus</source>
        <translation>kein GNOME-Leerlaufmonitor auf dem Sitzungsbus</translation>
    </message>
    <message>
        <source>cannot listen to GNOME&apos;s idle monitor</source>
        <translation>GNOMEs Leerlaufmonitor kann nicht abgehört werden</translation>
    </message>
    <message>
        <source>GNOME idle monitor (Mutter idle watches)</source>
        <translation>GNOME-Leerlaufmonitor (Mutter idle watches)</translation>
    </message>
    <message>
        <source>no GNOME session manager on the session bus</source>
        <translation>keine GNOME-Sitzungsverwaltung auf dem Sitzungsbus</translation>
    </message>
    <message>
        <source>cannot listen to the GNOME session manager</source>
        <translation>die GNOME-Sitzungsverwaltung kann nicht abgehört werden</translation>
    </message>
    <message>
        <source>GNOME says when a program keeps the screen awake (a film, a game, a call)</source>
        <translation>GNOME meldet, wenn ein Programm den Bildschirm wach hält (ein Film, ein Spiel, ein Anruf)</translation>
    </message>
    <message>
        <source>time away from the keyboard is not noticed here; stretch reminders keep wall-clock times</source>
        <translation>Zeit weg von der Tastatur wird hier nicht bemerkt; Dehn-Erinnerungen richten sich nach der Uhr</translation>
    </message>
    <message>
        <source>{screen_saver}; {logind}: a locked screen counts only once input stops</source>
        <translation>{screen_saver}; {logind}: ein gesperrter Bildschirm zählt erst, wenn keine Eingaben mehr kommen</translation>
    </message>
    <message>
        <source>no screen saver on the session bus</source>
        <translation>kein Bildschirmschoner auf dem Sitzungsbus</translation>
    </message>
    <message>
        <source>the Wayland client library is not installed</source>
        <translation>die Wayland-Client-Bibliothek ist nicht installiert</translation>
    </message>
    <message>
        <source>not a Wayland session</source>
        <translation>keine Wayland-Sitzung</translation>
    </message>
    <message>
        <source>could not reach the Wayland compositor</source>
        <translation>der Wayland-Compositor war nicht erreichbar</translation>
    </message>
    <message>
        <source>this Wayland compositor does not tell when input stops (no ext-idle-notify-v1)</source>
        <translation>dieser Wayland-Compositor meldet nicht, wenn Eingaben aufhören (kein ext-idle-notify-v1)</translation>
    </message>
    <message>
        <source>Wayland idle notifications (ext-idle-notify-v1)</source>
        <translation>Wayland-Leerlaufmeldungen (ext-idle-notify-v1)</translation>
    </message>
    <message>
        <source>the X server has no SYNC extension</source>
        <translation>der X-Server hat keine SYNC-Erweiterung</translation>
    </message>
    <message>
        <source>the X server has no IDLETIME counter</source>
        <translation>der X-Server hat keinen IDLETIME-Zähler</translation>
    </message>
    <message>
        <source>X11 idle alarms (XSync IDLETIME)</source>
        <translation>X11-Leerlaufalarme (XSync IDLETIME)</translation>
    </message>
</context>
<context>
    <name>prompts</name>
    <message>
        <source>Time for some water</source>
        <translation>Zeit für etwas Wasser</translation>
    </message>
    <message>
        <source>A glass of water now keeps you going.</source>
        <translation>Ein Glas Wasser jetzt hält Sie in Schwung.</translation>
    </message>
    <message>
        <source>Drank a glass</source>
        <translation>Ein Glas getrunken</translation>
    </message>
    <message>
        <source>Open Today</source>
        <translation>Heute öffnen</translation>
    </message>
    <message>
        <source>Stretch break</source>
        <translation>Dehnpause</translation>
    </message>
    <message>
        <source>Your hands have been busy. A one-minute stretch eases them.</source>
        <translation>Ihre Hände waren fleißig. Eine Minute Dehnen entspannt sie.</translation>
    </message>
    <message>
        <source>Start stretches</source>
        <translation>Dehnübungen starten</translation>
    </message>
    <message>
        <source>Open the stretches</source>
        <translation>Dehnübungen öffnen</translation>
    </message>
    <message>
        <source>A moment to breathe</source>
        <translation>Ein Moment zum Atmen</translation>
    </message>
    <message>
        <source>A few slow breaths help you reset. Ready when you are.</source>
        <translation>Ein paar langsame Atemzüge helfen Ihnen, neu anzufangen. Wann immer Sie bereit sind.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Open the breathing exercise</source>
        <translation>Atemübung öffnen</translation>
    </message>
    <message>
        <source>Water</source>
        <extracomment>Each reminder&apos;s name, as a heading or a label (&quot;Water&quot;, &quot;Stretch break&quot;).</extracomment>
        <translation>Wasser</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>Atmen</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>Wie lange</translation>
    </message>
    <message>
        <source>How strong</source>
        <translation>Wie stark</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>{side} {count}</source>
        <translation>{side} {count}</translation>
    </message>
    <message>
        <source>Week {week}, {year}</source>
        <translation>Woche {week}, {year}</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} bis {last}</translation>
    </message>
    <message>
        <source>{episodes} on {days}.</source>
        <translation>{episodes} an {days}.</translation>
    </message>
    <message>
        <source>Twitch diary</source>
        <translation>Zuckungstagebuch</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>{first} to {last}.</source>
        <translation>{first} bis {last}.</translation>
    </message>
    <message>
        <source>Prepared on {day} with Companion from the user&apos;s own notes.</source>
        <translation>Erstellt am {day} mit Companion aus den eigenen Notizen der Person.</translation>
    </message>
    <message>
        <source>By body area</source>
        <translation>Nach Körperstelle</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Körperstelle</translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation>Episoden</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>No episodes in this period.</source>
        <translation>Keine Episoden in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>Nach Woche</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>No weeks.</source>
        <translation>Keine Wochen.</translation>
    </message>
    <message>
        <source>Recent checks (Check a symptom)</source>
        <translation>Letzte Prüfungen (Symptom prüfen)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Because of</source>
        <translation>Wegen</translation>
    </message>
    <message>
        <source>No check was saved in this period.</source>
        <translation>In diesem Zeitraum wurde keine Prüfung gespeichert.</translation>
    </message>
    <message>
        <source>Beside water and breaks</source>
        <translation>Neben Wasser und Pausen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>retention</name>
    <message>
        <source>Keep everything</source>
        <extracomment>What the settings offer, in days (a settings file may hold any age in the range).</extracomment>
        <translation>Alles behalten</translation>
    </message>
    <message>
        <source>5 years</source>
        <translation>5 Jahre</translation>
    </message>
    <message>
        <source>2 years</source>
        <translation>2 Jahre</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 Jahr</translation>
    </message>
    <message>
        <source>6 months</source>
        <translation>6 Monate</translation>
    </message>
    <message>
        <source>3 months</source>
        <translation>3 Monate</translation>
    </message>
    <message>
        <source>Companion will keep {age} of history. Nothing is older than {day} yet, so nothing is removed now; older entries will be removed from then on.</source>
        <translation>Companion behält den Verlauf von {age}. Noch ist nichts älter als {day}, daher wird jetzt nichts entfernt; ältere Einträge werden ab dann entfernt.</translation>
    </message>
    <message>
        <source>This removes {entries} from before {day} for good, and from then on entries older than {age}. Export a backup first if you may want them later.</source>
        <translation>Damit werden {entries} von vor dem {day} endgültig entfernt und ab dann Einträge, die älter als {age} sind. Exportieren Sie zuerst eine Sicherung, falls Sie sie später noch brauchen.</translation>
    </message>
</context>
<context>
    <name>settings file</name>
    <message>
        <source>using the defaults</source>
        <translation>es gelten die Standardwerte</translation>
    </message>
    <message>
        <source>your settings stay as they were</source>
        <translation>Ihre Einstellungen bleiben, wie sie waren</translation>
    </message>
    <message>
        <source>{problem}; {instead}. It is left as it is: rename or remove it so your settings can be saved.</source>
        <translation>{problem}; {instead}. Sie bleibt, wie sie ist: Benennen Sie sie um oder entfernen Sie sie, damit Ihre Einstellungen gespeichert werden können.</translation>
    </message>
    <message>
        <source>{file} could not be read ({problem})</source>
        <translation>{file} konnte nicht gelesen werden ({problem})</translation>
    </message>
    <message>
        <source>{problem}; {instead}. {kept}</source>
        <translation>{problem}; {instead}. {kept}</translation>
    </message>
    <message>
        <source>{file} could not be read ({problem}); {instead}. {kept}</source>
        <translation>{file} konnte nicht gelesen werden ({problem}); {instead}. {kept}</translation>
    </message>
    <message>
        <source>Your file could not be copied ({problem}); it is left as it is.</source>
        <translation>Ihre Datei konnte nicht kopiert werden ({problem}); sie bleibt, wie sie ist.</translation>
    </message>
    <message>
        <source>Your file is kept as {file}.</source>
        <translation>Ihre Datei ist als {file} aufbewahrt.</translation>
    </message>
    <message>
        <source>Your file could not be moved aside ({problem}); it is left as it is and not saved over.</source>
        <translation>Ihre Datei konnte nicht beiseitegelegt werden ({problem}); sie bleibt, wie sie ist, und wird nicht überschrieben.</translation>
    </message>
    <message>
        <source>{file} cannot be checked: {problem}</source>
        <translation>{file} lässt sich nicht prüfen: {problem}</translation>
    </message>
    <message>
        <source>{file} is not a regular file</source>
        <translation>{file} ist keine normale Datei</translation>
    </message>
    <message>
        <source>{file} cannot be read ({problem}), so it is not replaced</source>
        <translation>{file} lässt sich nicht lesen ({problem}), daher wird sie nicht ersetzt</translation>
    </message>
    <message>
        <source>{field} {problem}; using the default</source>
        <extracomment>Version 3&apos;s one range of hours per plan, read only to carry it into a week.</extracomment>
        <translation>{field} {problem}; es gilt der Standardwert</translation>
    </message>
    <message>
        <source>{field} {problem}; left as it was</source>
        <translation>{field} {problem}; bleibt, wie es war</translation>
    </message>
    <message>
        <source>{field}: should be a table of settings; using the defaults</source>
        <translation>{field}: sollte eine Tabelle von Einstellungen sein; es gelten die Standardwerte</translation>
    </message>
    <message>
        <source>{field}: should be a table of settings; left as it was</source>
        <translation>{field}: sollte eine Tabelle von Einstellungen sein; bleibt, wie es war</translation>
    </message>
    <message>
        <source>{name} is not a setting Companion knows; ignored</source>
        <translation>{name} ist keine Einstellung, die Companion kennt; ignoriert</translation>
    </message>
    <message>
        <source>{count} unknown settings ignored: {names}</source>
        <translation>{count} unbekannte Einstellungen ignoriert: {names}</translation>
    </message>
    <message>
        <source>water_goal_ml (from an older version) should be a whole number of millilitres up to {high} glasses of {glass} ml; using the default of {goal} glasses</source>
        <translation>water_goal_ml (aus einer älteren Version) sollte eine ganze Zahl von Millilitern bis zu {high} Gläsern zu {glass} ml sein; es gilt der Standardwert von {goal} Gläsern</translation>
    </message>
    <message>
        <source>{field}: active hours must end after they start; using 09:00-18:00</source>
        <translation>{field}: die Arbeitszeiten müssen nach ihrem Beginn enden; es gilt 09:00-18:00</translation>
    </message>
    <message>
        <source>left as it was</source>
        <translation>bleibt, wie es war</translation>
    </message>
    <message>
        <source>using the default</source>
        <translation>es gilt der Standardwert</translation>
    </message>
    <message>
        <source>{field} should be a table of weekdays (mon to sun), not {value}; {instead}</source>
        <translation>{field} sollte eine Tabelle von Wochentagen sein (mon bis sun), nicht {value}; {instead}</translation>
    </message>
    <message>
        <source>{field} has days Companion does not know ({days}); ignored</source>
        <translation>{field} enthält Tage, die Companion nicht kennt ({days}); ignoriert</translation>
    </message>
    <message>
        <source>{field} should be a table like {example}, not {value}; {instead}</source>
        <translation>{field} sollte eine Tabelle wie {example} sein, nicht {value}; {instead}</translation>
    </message>
    <message>
        <source>{field} {problem}; {instead}</source>
        <translation>{field} {problem}; {instead}</translation>
    </message>
    <message>
        <source>Some settings could not be used and were reset:</source>
        <extracomment>What was wrong with the file at start-up, for the user, or None.</extracomment>
        <translation>Einige Einstellungen waren nicht verwendbar und wurden zurückgesetzt:</translation>
    </message>
    <message>
        <source>{file} was changed outside Companion; not all of it could be used:</source>
        <translation>{file} wurde außerhalb von Companion geändert; nicht alles davon war verwendbar:</translation>
    </message>
    <message>
        <source>Could not save your settings ({problem}); they apply until Companion quits.</source>
        <translation>Ihre Einstellungen konnten nicht gespeichert werden ({problem}); sie gelten, bis Companion beendet wird.</translation>
    </message>
</context>
<context>
    <name>start</name>
    <message>
        <source>Companion cannot listen for later launches ({problem}), so starting it again would open a second copy.</source>
        <translation>Companion kann nicht auf spätere Starts hören ({problem}); ein erneuter Start würde daher eine zweite Kopie öffnen.</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <source>Reminders paused</source>
        <translation>Erinnerungen pausiert</translation>
    </message>
    <message>
        <source>Reminders on · none planned</source>
        <translation>Erinnerungen an · keine geplant</translation>
    </message>
    <message>
        <source>Reminders on · water waits: {reason}</source>
        <translation>Erinnerungen an · Wasser wartet: {reason}</translation>
    </message>
    <message>
        <source>Reminders on · stretch break waits: {reason}</source>
        <translation>Erinnerungen an · Dehnpause wartet: {reason}</translation>
    </message>
    <message>
        <source>Reminders on · breathing waits: {reason}</source>
        <translation>Erinnerungen an · Atemübung wartet: {reason}</translation>
    </message>
    <message>
        <source>Reminders on · next: water at {time}</source>
        <translation>Erinnerungen an · als Nächstes: Wasser um {time}</translation>
    </message>
    <message>
        <source>Reminders on · next: stretch break at {time}</source>
        <translation>Erinnerungen an · als Nächstes: Dehnpause um {time}</translation>
    </message>
    <message>
        <source>Reminders on · next: breathing at {time}</source>
        <translation>Erinnerungen an · als Nächstes: Atemübung um {time}</translation>
    </message>
    <message>
        <source>Reminders on · next: water {time}</source>
        <translation>Erinnerungen an · als Nächstes: Wasser {time}</translation>
    </message>
    <message>
        <source>Reminders on · next: stretch break {time}</source>
        <translation>Erinnerungen an · als Nächstes: Dehnpause {time}</translation>
    </message>
    <message>
        <source>Reminders on · next: breathing {time}</source>
        <translation>Erinnerungen an · als Nächstes: Atemübung {time}</translation>
    </message>
</context>
<context>
    <name>wording</name>
    <message>
        <source>{day} {month}</source>
        <translation>{day}. {month}</translation>
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
        <translation>aus</translation>
    </message>
    <message>
        <source>tomorrow {time}</source>
        <translation>morgen {time}</translation>
    </message>
    <message>
        <source>{weekday} {time}</source>
        <translation>{weekday} {time}</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} Min.</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} Std.</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} Std. {minutes} Min.</translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} Min. {seconds} Sek.</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} Sek.</translation>
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

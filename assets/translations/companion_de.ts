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
        <source>%n entries in your history could not be read and are left out; your file is left as it is.</source>
        <comment>unreadable entries</comment>
        <translation>
            <numerusform>%n Eintrag in Ihrem Verlauf konnte nicht gelesen werden und wird ausgelassen; Ihre Datei bleibt, wie sie ist.</numerusform>
            <numerusform>%n Einträge in Ihrem Verlauf konnten nicht gelesen werden und werden ausgelassen; Ihre Datei bleibt, wie sie ist.</numerusform>
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
    <name>History</name>
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
        <source>Drank a glass of water ({ml} ml), later taken back</source>
        <translation>Ein Glas Wasser getrunken ({ml} ml), später zurückgenommen</translation>
    </message>
    <message>
        <source>Drank a glass of water ({ml} ml)</source>
        <translation>Ein Glas Wasser getrunken ({ml} ml)</translation>
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
    <name>Statistics</name>
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
    <name>Today</name>
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
        <extracomment>Set when a damaged file was moved aside at open: where it went.</extracomment>
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
</TS>

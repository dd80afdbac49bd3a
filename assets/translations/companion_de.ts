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
        <source>&amp;Stop sharing</source>
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
</TS>

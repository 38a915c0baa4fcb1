<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Tarmac</name>
    <message>
        <source>&apos;values&apos; is %1; expected a mapping of names to values</source>
        <translation>„values“ ist %1; erwartet wird eine Zuordnung von Namen zu Werten</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2; expected a list of glob patterns</source>
        <translation>„%1“ ist %2; erwartet wird eine Liste von Glob-Mustern</translation>
    </message>
    <message>
        <source>copyWithoutRender and copyWithoutTemplating cannot be used at the same time</source>
        <translation>copyWithoutRender und copyWithoutTemplating können nicht gleichzeitig verwendet werden</translation>
    </message>
    <message>
        <source>&apos;templateFileExtension&apos; is %1; expected true, false or an extension such as .njk</source>
        <translation>„templateFileExtension“ ist %1; erwartet wird true, false oder eine Endung wie .njk</translation>
    </message>
    <message>
        <source>templateFileExtension cannot be combined with copyWithoutRender, copyWithoutTemplating or cookiecutterCompat</source>
        <translation>templateFileExtension lässt sich nicht mit copyWithoutRender, copyWithoutTemplating oder cookiecutterCompat kombinieren</translation>
    </message>
    <message>
        <source>&apos;cookiecutterCompat&apos; is %1; expected true or false</source>
        <translation>„cookiecutterCompat“ ist %1; erwartet wird true oder false</translation>
    </message>
    <message>
        <source>In Backstage this is a %1; here, type the value.</source>
        <translation>In Backstage ist dies ein %1; hier den Wert eintippen.</translation>
    </message>
    <message>
        <source>metadata.name is missing; the API server requires it</source>
        <translation>metadata.name fehlt; der API-Server verlangt es</translation>
    </message>
    <message>
        <source>metadata.name &apos;%1&apos; is not a DNS-1123 name (lower-case letters, digits, &apos;-&apos;)</source>
        <translation>metadata.name „%1“ ist kein DNS-1123-Name (Kleinbuchstaben, Ziffern, „-“)</translation>
    </message>
    <message>
        <source>spec.selector and spec.template are required</source>
        <translation>spec.selector und spec.template sind erforderlich</translation>
    </message>
    <message>
        <source>spec.selector.matchLabels and spec.template.metadata.labels are required</source>
        <translation>spec.selector.matchLabels und spec.template.metadata.labels sind erforderlich</translation>
    </message>
    <message>
        <source>the selector label &apos;%1&apos; is not on the pod template</source>
        <translation>das Selektor-Label „%1“ fehlt in der Pod-Vorlage</translation>
    </message>
    <message>
        <source>spec.template.spec.containers must list at least one container</source>
        <translation>spec.template.spec.containers muss mindestens einen Container enthalten</translation>
    </message>
    <message>
        <source>every container needs a name and an image</source>
        <translation>jeder Container braucht einen Namen und ein Image</translation>
    </message>
    <message>
        <source>container without liveness and readiness probes</source>
        <translation>Container ohne Liveness- und Readiness-Probes</translation>
    </message>
    <message>
        <source>container without resource requests</source>
        <translation>Container ohne Ressourcenanforderungen</translation>
    </message>
    <message>
        <source>spec.ports must list at least one port</source>
        <translation>spec.ports muss mindestens einen Port enthalten</translation>
    </message>
    <message>
        <source>every port needs a port number</source>
        <translation>jeder Port braucht eine Portnummer</translation>
    </message>
    <message>
        <source>spec.podSelector is required</source>
        <translation>spec.podSelector ist erforderlich</translation>
    </message>
    <message>
        <source>spec.parentRefs is required</source>
        <translation>spec.parentRefs ist erforderlich</translation>
    </message>
</context>
<context>
    <name>Tarmac::AboutDialog</name>
    <message>
        <source>Tarmac %1</source>
        <translation>Tarmac %1</translation>
    </message>
    <message>
        <source>Qt %1 (built against %2)</source>
        <translation>Qt %1 (kompiliert gegen %2)</translation>
    </message>
    <message>
        <source>KDE Frameworks: KSyntaxHighlighting %1</source>
        <translation>KDE Frameworks: KSyntaxHighlighting %1</translation>
    </message>
    <message>
        <source>System: %1 (%2)</source>
        <translation>System: %1 (%2)</translation>
    </message>
    <message>
        <source>About Tarmac</source>
        <translation>Über Tarmac</translation>
    </message>
    <message>
        <source>A workbench for internal developer platforms: compose services from golden-path templates, deploy them, see what that did to delivery, and assess platform maturity with a group.</source>
        <translation>Eine Werkbank für interne Entwicklerplattformen: Dienste aus Golden-Path-Vorlagen zusammenstellen, bereitstellen, sehen, was das für die Auslieferung bewirkt hat, und den Reifegrad der Plattform gemeinsam in der Gruppe bewerten.</translation>
    </message>
    <message>
        <source>&amp;Copy Versions</source>
        <translation>Versionen &amp;kopieren</translation>
    </message>
</context>
<context>
    <name>Tarmac::ActionModel</name>
    <message>
        <source>not agreed in both rounds</source>
        <translation>nicht in beiden Runden vereinbart</translation>
    </message>
    <message>
        <source>%1 → %2, no change</source>
        <translation>%1 → %2, unverändert</translation>
    </message>
    <message>
        <source>%1 → %2, up</source>
        <translation>%1 → %2, gestiegen</translation>
    </message>
    <message>
        <source>%1 → %2, down</source>
        <translation>%1 → %2, gesunken</translation>
    </message>
    <message>
        <source>Change an action&apos;s status</source>
        <translation>Status einer Maßnahme ändern</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Capability</source>
        <translation>Fähigkeit</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Capability since</source>
        <translation>Fähigkeit seitdem</translation>
    </message>
</context>
<context>
    <name>Tarmac::Assessment</name>
    <message>
        <source>Platform team</source>
        <translation>Plattformteam</translation>
    </message>
    <message>
        <source>App team</source>
        <translation>App-Team</translation>
    </message>
    <message>
        <source>Leadership</source>
        <translation>Führungsebene</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Verworfen</translation>
    </message>
</context>
<context>
    <name>Tarmac::AssessmentDocument</name>
    <message>
        <source>Record a vote</source>
        <translation>Stimme erfassen</translation>
    </message>
    <message>
        <source>Clear a vote</source>
        <translation>Stimme löschen</translation>
    </message>
    <message>
        <source>Reveal votes</source>
        <translation>Stimmen aufdecken</translation>
    </message>
    <message>
        <source>Hide votes</source>
        <translation>Stimmen verbergen</translation>
    </message>
    <message>
        <source>Record the agreed level</source>
        <translation>Vereinbarte Stufe erfassen</translation>
    </message>
    <message>
        <source>Edit notes</source>
        <translation>Notizen bearbeiten</translation>
    </message>
    <message>
        <source>Add a participant</source>
        <translation>Teilnehmende hinzufügen</translation>
    </message>
    <message>
        <source>Add an action</source>
        <translation>Maßnahme hinzufügen</translation>
    </message>
</context>
<context>
    <name>Tarmac::AssessmentPage</name>
    <message>
        <source>Characteristics</source>
        <translation>Merkmale</translation>
    </message>
    <message>
        <source>Consequences</source>
        <translation>Folgen</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indikatoren</translation>
    </message>
    <message>
        <source>The maturity model for a new session</source>
        <translation>Das Reifegradmodell für eine neue Sitzung</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Neue Sitzung</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <source>Open a session</source>
        <translation>Sitzung öffnen</translation>
    </message>
    <message>
        <source>Assessment sessions (*.tarmac-assessment.yaml)</source>
        <translation>Bewertungssitzungen (*.tarmac-assessment.yaml)</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>Save the session</source>
        <translation>Sitzung speichern</translation>
    </message>
    <message>
        <source>Load model…</source>
        <translation>Modell laden…</translation>
    </message>
    <message>
        <source>Load a maturity model</source>
        <translation>Reifegradmodell laden</translation>
    </message>
    <message>
        <source>Maturity models (*.yaml *.yml)</source>
        <translation>Reifegradmodelle (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Compare with…</source>
        <translation>Vergleichen mit…</translation>
    </message>
    <message>
        <source>Open the previous round</source>
        <translation>Vorherige Runde öffnen</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF exportieren…</translation>
    </message>
    <message>
        <source>Export PDF report</source>
        <translation>PDF-Bericht exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Presenter mode</source>
        <translation>Präsentationsmodus</translation>
    </message>
    <message>
        <source>Session title</source>
        <translation>Titel der Sitzung</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Which organisation, unit or team</source>
        <translation>Organisation, Bereich oder Team</translation>
    </message>
    <message>
        <source>Edit the session details</source>
        <translation>Angaben zur Sitzung bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Workshop</source>
        <translation>&amp;Workshop</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>&amp;Ergebnisse</translation>
    </message>
    <message>
        <source>A&amp;ctions</source>
        <translation>&amp;Maßnahmen</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <source>Previous capability (Alt+Left)</source>
        <translation>Vorherige Fähigkeit (Alt+Links)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Weiter ▶</translation>
    </message>
    <message>
        <source>Next capability (Alt+Right)</source>
        <translation>Nächste Fähigkeit (Alt+Rechts)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Timebox per capability</source>
        <translation>Zeitbudget pro Fähigkeit</translation>
    </message>
    <message>
        <source>Timebox:</source>
        <translation>Zeitbudget:</translation>
    </message>
    <message>
        <source>%1:%2 left</source>
        <translation>noch %1:%2</translation>
    </message>
    <message>
        <source>Time is up: agree or park it</source>
        <translation>Zeit ist um: einigen oder zurückstellen</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Stimmen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected participant and their votes</source>
        <translation>Ausgewählte Person und ihre Stimmen entfernen</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>Weiß nicht</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Nicht zutreffend</translation>
    </message>
    <message>
        <source>Confidence: not given</source>
        <translation>Sicherheit: keine Angabe</translation>
    </message>
    <message>
        <source>Confidence: low</source>
        <translation>Sicherheit: gering</translation>
    </message>
    <message>
        <source>Confidence: medium</source>
        <translation>Sicherheit: mittel</translation>
    </message>
    <message>
        <source>Confidence: high</source>
        <translation>Sicherheit: hoch</translation>
    </message>
    <message>
        <source>&amp;Reveal votes</source>
        <translation>Stimmen &amp;aufdecken</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Streuung</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Einigung</translation>
    </message>
    <message>
        <source>Who disagrees, and why</source>
        <translation>Wer widerspricht und warum</translation>
    </message>
    <message>
        <source>&amp;Agreed level:</source>
        <translation>Vereinbarte &amp;Stufe:</translation>
    </message>
    <message>
        <source>&amp;Target level:</source>
        <translation>&amp;Zielstufe:</translation>
    </message>
    <message>
        <source>&amp;Dissent:</source>
        <translation>&amp;Dissens:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Only you see these; they are never exported</source>
        <translation>Nur für Sie sichtbar; werden nie exportiert</translation>
    </message>
    <message>
        <source>Go into the report</source>
        <translation>Kommen in den Bericht</translation>
    </message>
    <message>
        <source>Private:</source>
        <translation>Privat:</translation>
    </message>
    <message>
        <source>Shared:</source>
        <translation>Geteilt:</translation>
    </message>
    <message>
        <source>What supports the level: a fact or a link</source>
        <translation>Was die Stufe stützt: ein Fakt oder ein Link</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Belege:</translation>
    </message>
    <message>
        <source>Action for the current capability</source>
        <translation>Maßnahme für die aktuelle Fähigkeit</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Maßnahme hinzufügen</translation>
    </message>
    <message>
        <source>Last round&apos;s actions</source>
        <translation>Maßnahmen der letzten Runde</translation>
    </message>
    <message>
        <source>%1 was not opened: the session on the Assess page has unsaved changes</source>
        <translation>%1 wurde nicht geöffnet: Die Sitzung auf der Seite „Bewerten“ hat ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The model cannot be used:
%1</source>
        <translation>Das Modell ist nicht verwendbar:
%1</translation>
    </message>
    <message>
        <source>%1 was not opened; the file is unchanged:
%2</source>
        <translation>%1 wurde nicht geöffnet; die Datei ist unverändert:
%2</translation>
    </message>
    <message>
        <source>This session was run with %1 version %2; the model here is version %3 and has changed since. Results are shown against the current text.</source>
        <translation>Diese Sitzung lief mit %1 Version %2; das Modell hier ist Version %3 und hat sich seitdem geändert. Die Ergebnisse werden mit dem aktuellen Text angezeigt.</translation>
    </message>
    <message>
        <source>%1 uses the model &apos;%2&apos;, which is not installed. Put its file in %3.</source>
        <translation>%1 verwendet das Modell „%2“, das nicht installiert ist. Legen Sie seine Datei in %3 ab.</translation>
    </message>
    <message>
        <source>Not saved: %1. Your work is still here and in the autosave.</source>
        <translation>Nicht gespeichert: %1. Ihre Arbeit ist noch hier und in der automatischen Sicherung.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>The previous round was not loaded:
%1</source>
        <translation>Die vorherige Runde wurde nicht geladen:
%1</translation>
    </message>
    <message>
        <source>%1 was run with another model (%2); rounds can only be compared on the same model.</source>
        <translation>%1 lief mit einem anderen Modell (%2); Runden lassen sich nur mit demselben Modell vergleichen.</translation>
    </message>
    <message>
        <source>Compare with the previous round</source>
        <translation>Mit der vorherigen Runde vergleichen</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <source>Unsaved session</source>
        <translation>Ungespeicherte Sitzung</translation>
    </message>
    <message>
        <source>This session has changes that are not saved. Discard them?</source>
        <translation>Diese Sitzung hat ungespeicherte Änderungen. Verwerfen?</translation>
    </message>
    <message>
        <source>An autosaved session could not be read and was left in %1:
%2</source>
        <translation>Eine automatisch gesicherte Sitzung war nicht lesbar und wurde in %1 belassen:
%2</translation>
    </message>
    <message>
        <source>Recovered the unsaved session “%1” from %2. Save it to keep it.</source>
        <translation>Die ungespeicherte Sitzung „%1“ wurde aus %2 wiederhergestellt. Speichern Sie sie, um sie zu behalten.</translation>
    </message>
    <message>
        <source>Read as %1 — %2</source>
        <translation>Gelesen als %1 — %2</translation>
    </message>
    <message>
        <source>%1:00 left</source>
        <translation>noch %1:00</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Not agreed yet</source>
        <translation>Noch nicht vereinbart</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>Kein Ziel</translation>
    </message>
    <message>
        <source>&amp;Hide votes</source>
        <translation>Stimmen &amp;verbergen</translation>
    </message>
    <message>
        <source>Add the participants first.</source>
        <translation>Fügen Sie zuerst die Teilnehmenden hinzu.</translation>
    </message>
    <message>
        <source>Votes are revealed. Hide them to change a vote.</source>
        <translation>Die Stimmen sind aufgedeckt. Verbergen Sie sie, um eine Stimme zu ändern.</translation>
    </message>
    <message>
        <source>%1 with a level, %2 don&apos;t know, %3 not applicable.</source>
        <translation>%1 mit Stufe, %2 weiß nicht, %3 nicht zutreffend.</translation>
    </message>
    <message>
        <source>Median %1, interquartile range %2–%3.</source>
        <translation>Median %1, Interquartilsabstand %2–%3.</translation>
    </message>
    <message>
        <source>%1: median %2 (%3)</source>
        <translation>%1: Median %2 (%3)</translation>
    </message>
    <message>
        <source>Select the participant who is voting.</source>
        <translation>Wählen Sie die Person, die abstimmt.</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Beleg hinzufügen</translation>
    </message>
    <message>
        <source>Remove a participant</source>
        <translation>Teilnehmende entfernen</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n participant(s) voted. Select a participant, then their answer; votes stay hidden until you reveal them.</source>
        <translation>
            <numerusform>Stimmen abgegeben: %1 von %n Teilnehmenden. Wählen Sie eine Person und dann ihre Antwort; die Stimmen bleiben verdeckt, bis Sie sie aufdecken.</numerusform>
            <numerusform>Stimmen abgegeben: %1 von %n Teilnehmenden. Wählen Sie eine Person und dann ihre Antwort; die Stimmen bleiben verdeckt, bis Sie sie aufdecken.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n response(s): </source>
        <translation>
            <numerusform>%n Antwort: </numerusform>
            <numerusform>%n Antworten: </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tarmac::AssessmentReport</name>
    <message>
        <source>Model: %1 %2. Scope: %3. Date: %4. Participants: %5.</source>
        <translation>Modell: %1 %2. Umfang: %3. Datum: %4. Teilnehmende: %5.</translation>
    </message>
    <message>
        <source>Capability</source>
        <translation>Fähigkeit</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>IQR</source>
        <translation>IQA</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Vereinbart</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Dissent</source>
        <translation>Dissens</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>moves %1</source>
        <translation>wirkt auf %1</translation>
    </message>
    <message>
        <source>Last round&apos;s actions</source>
        <translation>Maßnahmen der letzten Runde</translation>
    </message>
    <message>
        <source>its capability was not agreed in both rounds</source>
        <translation>ihre Fähigkeit wurde nicht in beiden Runden vereinbart</translation>
    </message>
    <message>
        <source>%1 went from %2 to %3</source>
        <translation>%1 ging von %2 auf %3</translation>
    </message>
    <message>
        <source>Model: %1 %2&lt;br&gt;Scope: %3&lt;br&gt;Date: %4&lt;br&gt;Participants: %5</source>
        <translation>Modell: %1 %2&lt;br&gt;Umfang: %3&lt;br&gt;Datum: %4&lt;br&gt;Teilnehmende: %5</translation>
    </message>
    <message>
        <source>Responses: %1 (levels %2, don&apos;t know %3, not applicable %4)</source>
        <translation>Antworten: %1 (Stufen %2, weiß nicht %3, nicht zutreffend %4)</translation>
    </message>
    <message>
        <source>Median %1, interquartile range %2 to %3</source>
        <translation>Median %1, Interquartilsabstand %2 bis %3</translation>
    </message>
    <message>
        <source>Votes per level:</source>
        <translation>Stimmen pro Stufe:</translation>
    </message>
    <message>
        <source>Votes were not revealed.</source>
        <translation>Die Stimmen wurden nicht aufgedeckt.</translation>
    </message>
    <message>
        <source>Agreed: %1</source>
        <translation>Vereinbart: %1</translation>
    </message>
    <message>
        <source>not agreed</source>
        <translation>nicht vereinbart</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Ziel: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message>
        <source>Previous round: %1 %2</source>
        <translation>Vorherige Runde: %1 %2</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Previous round</source>
        <translation>Vorherige Runde</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n response(s), median %2</source>
        <translation>
            <numerusform>%1: %n Antwort, Median %2</numerusform>
            <numerusform>%1: %n Antworten, Median %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tarmac::AssessmentSessionFile</name>
    <message>
        <source>&apos;format&apos; must be %1%2, not &apos;%3&apos;</source>
        <translation>„format“ muss %1%2 sein, nicht „%3“</translation>
    </message>
    <message>
        <source>this session was written by a newer Tarmac (%1; this version reads up to %2%3); open it there, the file was left as it is</source>
        <translation>diese Sitzung wurde von einem neueren Tarmac geschrieben (%1; diese Version liest bis %2%3); öffnen Sie sie dort, die Datei blieb unverändert</translation>
    </message>
    <message>
        <source>&apos;date&apos; must be a date like 2026-03-31, not &apos;%1&apos;</source>
        <translation>„date“ muss ein Datum wie 2026-03-31 sein, nicht „%1“</translation>
    </message>
    <message>
        <source>scope &apos;kind&apos; must be organisation, unit or team, not &apos;%1&apos;</source>
        <translation>„kind“ des Umfangs muss organisation, unit oder team sein, nicht „%1“</translation>
    </message>
    <message>
        <source>every participant must be a mapping with &apos;id&apos; and &apos;name&apos;</source>
        <translation>jede teilnehmende Person muss eine Zuordnung mit „id“ und „name“ sein</translation>
    </message>
    <message>
        <source>participant id &apos;%1&apos; appears twice</source>
        <translation>die Teilnehmer-ID „%1“ kommt doppelt vor</translation>
    </message>
    <message>
        <source>every capability must be a mapping with &apos;id&apos;</source>
        <translation>jede Fähigkeit muss eine Zuordnung mit „id“ sein</translation>
    </message>
    <message>
        <source>every vote must be a mapping with &apos;participant&apos;</source>
        <translation>jede Stimme muss eine Zuordnung mit „participant“ sein</translation>
    </message>
    <message>
        <source>vote from &apos;%1&apos;, who is not among the participants</source>
        <translation>Stimme von „%1“, die nicht zu den Teilnehmenden gehört</translation>
    </message>
    <message>
        <source>&apos;answer&apos; must be dont-know or not-applicable, not &apos;%1&apos;</source>
        <translation>„answer“ muss dont-know oder not-applicable sein, nicht „%1“</translation>
    </message>
    <message>
        <source>&apos;confidence&apos; must be low, medium or high, not &apos;%1&apos;</source>
        <translation>„confidence“ muss low, medium oder high sein, nicht „%1“</translation>
    </message>
    <message>
        <source>every evidence entry must be a mapping with &apos;text&apos;</source>
        <translation>jeder Beleg muss eine Zuordnung mit „text“ sein</translation>
    </message>
    <message>
        <source>every action must be a mapping with &apos;title&apos;</source>
        <translation>jede Maßnahme muss eine Zuordnung mit „title“ sein</translation>
    </message>
    <message>
        <source>&apos;due&apos; must be a date like 2026-03-31, not &apos;%1&apos;</source>
        <translation>„due“ muss ein Datum wie 2026-03-31 sein, nicht „%1“</translation>
    </message>
    <message>
        <source>&apos;status&apos; must be open, in-progress, done or dropped, not &apos;%1&apos;</source>
        <translation>„status“ muss open, in-progress, done oder dropped sein, nicht „%1“</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Tarmac::CapabilityResultsModel</name>
    <message>
        <source>hidden</source>
        <translation>verborgen</translation>
    </message>
    <message>
        <source>same</source>
        <translation>gleich</translation>
    </message>
    <message>
        <source>up %1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>down %1</source>
        <translation>−%1</translation>
    </message>
    <message>
        <source>Capability</source>
        <translation>Fähigkeit</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>IQR</source>
        <translation>IQA</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Vereinbart</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Previous round</source>
        <translation>Vorherige Runde</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
</context>
<context>
    <name>Tarmac::Checker</name>
    <message>
        <source>&apos;%1&apos; is missing; expected a string</source>
        <translation>„%1“ fehlt; erwartet wird eine Zeichenkette</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2; expected a string</source>
        <translation>„%1“ ist %2; erwartet wird eine Zeichenkette</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is empty; expected a non-empty string</source>
        <translation>„%1“ ist leer; erwartet wird eine nicht leere Zeichenkette</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2; expected a list of strings</source>
        <translation>„%1“ ist %2; erwartet wird eine Liste von Zeichenketten</translation>
    </message>
    <message>
        <source>entry %1 of &apos;%2&apos; is %3; expected a string</source>
        <translation>Eintrag %1 von „%2“ ist %3; erwartet wird eine Zeichenkette</translation>
    </message>
</context>
<context>
    <name>Tarmac::ComposePage</name>
    <message>
        <source>Search templates, tags, owners…</source>
        <translation>Vorlagen, Tags, Teams…</translation>
    </message>
    <message>
        <source>Choose a template</source>
        <translation>Vorlage auswählen</translation>
    </message>
    <message>
        <source>&amp;Generate…</source>
        <translation>&amp;Generieren…</translation>
    </message>
    <message>
        <source>The files this template generates appear here as you fill in the form; pick one above to read it.</source>
        <translation>Die Dateien, die diese Vorlage erzeugt, erscheinen hier, während Sie das Formular ausfüllen; wählen Sie oben eine aus, um sie zu lesen.</translation>
    </message>
    <message>
        <source>%1 · version %2 · owner %3
%4</source>
        <translation>%1 · Version %2 · verantwortlich %3
%4</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>&lt;b&gt;Attach resources&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ressourcen anhängen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The preview appears when the form is complete:
%1</source>
        <translation>Die Vorschau erscheint, sobald das Formular vollständig ist:
%1</translation>
    </message>
    <message>
        <source>Step %1 (%2) skipped: %3</source>
        <translation>Schritt %1 (%2) übersprungen: %3</translation>
    </message>
    <message numerus="yes">
        <source>(binary file, %n byte(s))</source>
        <translation>
            <numerusform>(Binärdatei, %n Byte)</numerusform>
            <numerusform>(Binärdatei, %n Byte)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was written:
%1</source>
        <translation>Nichts wurde geschrieben:
%1</translation>
    </message>
    <message>
        <source>Wrote the files to %1</source>
        <translation>Dateien nach %1 geschrieben</translation>
    </message>
    <message>
        <source>Generate into folder</source>
        <translation>In Ordner generieren</translation>
    </message>
    <message>
        <source>%1 is not empty; choose an empty folder</source>
        <translation>%1 ist nicht leer; wählen Sie einen leeren Ordner</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1 skipped, rendered in %2 ms</source>
        <translation>
            <numerusform>%n Datei, %1 übersprungen, gerendert in %2 ms</numerusform>
            <numerusform>%n Dateien, %1 übersprungen, gerendert in %2 ms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tarmac::Converter</name>
    <message>
        <source>the document nests deeper than 64 levels</source>
        <translation>das Dokument ist tiefer als 64 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>duplicate key &apos;%1&apos;; expected each key once in a mapping</source>
        <translation>doppelter Schlüssel „%1“; jeder Schlüssel darf in einer Zuordnung nur einmal vorkommen</translation>
    </message>
</context>
<context>
    <name>Tarmac::Crosswalk</name>
    <message>
        <source>&apos;schema&apos; must be tarmac-maturity-crosswalk/1, not &apos;%1&apos;</source>
        <translation>„schema“ muss tarmac-maturity-crosswalk/1 sein, nicht „%1“</translation>
    </message>
    <message>
        <source>every mapping must have &apos;from&apos; and &apos;to&apos;</source>
        <translation>jede Zuordnung muss „from“ und „to“ haben</translation>
    </message>
    <message>
        <source>&apos;to&apos; must map capability ids to whole-number levels</source>
        <translation>„to“ muss Fähigkeits-IDs auf ganzzahlige Stufen abbilden</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 (read as %2)</source>
        <translation>%1 (gelesen als %2)</translation>
    </message>
    <message>
        <source>Derived from the %1 results through the crosswalk %2.</source>
        <translation>Abgeleitet aus den Ergebnissen von %1 über die Entsprechungstabelle %2.</translation>
    </message>
    <message>
        <source>crosswalk is from &apos;%1&apos;, not &apos;%2&apos;</source>
        <translation>die Entsprechungstabelle geht von „%1“ aus, nicht von „%2“</translation>
    </message>
    <message>
        <source>crosswalk is to &apos;%1&apos;, not &apos;%2&apos;</source>
        <translation>die Entsprechungstabelle führt zu „%1“, nicht zu „%2“</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no capability &apos;%2&apos;</source>
        <translation>„%1“ hat keine Fähigkeit „%2“</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no level %2</source>
        <translation>„%1“ hat keine Stufe %2</translation>
    </message>
</context>
<context>
    <name>Tarmac::LocalPlatformProcess</name>
    <message numerus="yes">
        <source>tarmacd did not start listening within %n second(s)</source>
        <translation>
            <numerusform>tarmacd war nach %n Sekunde noch nicht empfangsbereit</numerusform>
            <numerusform>tarmacd war nach %n Sekunden noch nicht empfangsbereit</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot create the data folder %1</source>
        <translation>Datenordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>tarmacd reported an address that is not a URL: %1</source>
        <translation>tarmacd hat eine Adresse gemeldet, die keine URL ist: %1</translation>
    </message>
    <message>
        <source>tarmacd crashed</source>
        <translation>tarmacd ist abgestürzt</translation>
    </message>
    <message>
        <source>tarmacd exited with code %1</source>
        <translation>tarmacd wurde mit Code %1 beendet</translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation>%1 kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>%1 not found</source>
        <translation>%1 nicht gefunden</translation>
    </message>
</context>
<context>
    <name>Tarmac::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Show &amp;Sidebar</source>
        <translation>&amp;Seitenleiste anzeigen</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Erscheinungsbild</translation>
    </message>
    <message>
        <source>Follow &amp;System</source>
        <translation>Wie das &amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>&amp;Platform</source>
        <translation>&amp;Plattform</translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation>&amp;Neu verbinden</translation>
    </message>
    <message>
        <source>&amp;Copy API Address</source>
        <translation>API-Adresse &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Tarmac</source>
        <translation>&amp;Über Tarmac</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>%1 — Tarmac</source>
        <translation>%1 — Tarmac</translation>
    </message>
    <message>
        <source>%1 is not a Tarmac composition (*.tarmac.yaml) or assessment (*.tarmac-assessment.yaml)</source>
        <translation>%1 ist keine Tarmac-Zusammenstellung (*.tarmac.yaml) und keine Bewertung (*.tarmac-assessment.yaml)</translation>
    </message>
    <message>
        <source>%1: the %2 page cannot open files yet</source>
        <translation>%1: Die Seite „%2“ kann noch keine Dateien öffnen</translation>
    </message>
    <message>
        <source>Cannot Open</source>
        <translation>Öffnen nicht möglich</translation>
    </message>
    <message>
        <source>Tarmac could not open everything it was asked to:</source>
        <translation>Tarmac konnte nicht alles öffnen, worum es gebeten wurde:</translation>
    </message>
</context>
<context>
    <name>Tarmac::ManifestLoader</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>no template here: expected a template folder holding template.yaml, or the path of a template.yaml</source>
        <translation>hier ist keine Vorlage: erwartet wird ein Vorlagenordner mit template.yaml oder der Pfad einer template.yaml</translation>
    </message>
    <message>
        <source>not valid YAML: %1</source>
        <translation>kein gültiges YAML: %1</translation>
    </message>
    <message>
        <source>the document is %1; expected a Backstage Template (a mapping with apiVersion, kind, metadata and spec)</source>
        <translation>das Dokument ist %1; erwartet wird ein Backstage-Template (eine Zuordnung mit apiVersion, kind, metadata und spec)</translation>
    </message>
    <message>
        <source>apiVersion is &apos;%1&apos;; expected scaffolder.backstage.io/v1beta3</source>
        <translation>apiVersion ist „%1“; erwartet wird scaffolder.backstage.io/v1beta3</translation>
    </message>
    <message>
        <source>kind is &apos;%1&apos;; expected Template</source>
        <translation>kind ist „%1“; erwartet wird Template</translation>
    </message>
    <message>
        <source>&apos;metadata&apos; is %1; expected a mapping with at least a name</source>
        <translation>„metadata“ ist %1; erwartet wird eine Zuordnung mit mindestens einem Namen</translation>
    </message>
    <message>
        <source>name &apos;%1&apos; is not a valid entity name; expected 1-63 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;, starting and ending with a letter or digit</source>
        <translation>der Name „%1“ ist kein gültiger Entitätsname; erwartet werden 1–63 Buchstaben, Ziffern, „-“, „_“ oder „.“, am Anfang und Ende ein Buchstabe oder eine Ziffer</translation>
    </message>
    <message>
        <source>&apos;tarmac&apos; is %1; expected a mapping</source>
        <translation>„tarmac“ ist %1; erwartet wird eine Zuordnung</translation>
    </message>
    <message>
        <source>version is a number; expected a semantic version in quotes such as &quot;1.2.0&quot;</source>
        <translation>version ist eine Zahl; erwartet wird eine semantische Version in Anführungszeichen wie &quot;1.2.0&quot;</translation>
    </message>
    <message>
        <source>version &apos;%1&apos; is not a semantic version; expected MAJOR.MINOR.PATCH such as 1.2.0</source>
        <translation>Version „%1“ ist keine semantische Version; erwartet wird MAJOR.MINOR.PATCH wie 1.2.0</translation>
    </message>
    <message>
        <source>kind &apos;%1&apos; is unknown; expected service or resource</source>
        <translation>kind „%1“ ist unbekannt; erwartet wird service oder resource</translation>
    </message>
    <message>
        <source>&apos;contributes&apos; is %1; expected a mapping (env, egress, score, compose)</source>
        <translation>„contributes“ ist %1; erwartet wird eine Zuordnung (env, egress, score, compose)</translation>
    </message>
    <message>
        <source>&apos;spec&apos; is %1; expected a mapping with type, parameters and steps</source>
        <translation>„spec“ ist %1; erwartet wird eine Zuordnung mit type, parameters und steps</translation>
    </message>
    <message>
        <source>&apos;parameters&apos; is %1; expected a list of pages, each a JSON-Schema object</source>
        <translation>„parameters“ ist %1; erwartet wird eine Liste von Seiten, jede ein JSON-Schema-Objekt</translation>
    </message>
    <message>
        <source>parameter page %1 is %2; expected a mapping with properties</source>
        <translation>Parameterseite %1 ist %2; erwartet wird eine Zuordnung mit properties</translation>
    </message>
    <message>
        <source>&apos;steps&apos; is %1; expected a list of steps, each with an action</source>
        <translation>„steps“ ist %1; erwartet wird eine Liste von Schritten, jeder mit einer action</translation>
    </message>
    <message>
        <source>step %1 is %2; expected a mapping with id, action and input</source>
        <translation>Schritt %1 ist %2; erwartet wird eine Zuordnung mit id, action und input</translation>
    </message>
    <message>
        <source>step id &apos;%1&apos; is used twice; expected unique step ids</source>
        <translation>die Schritt-ID „%1“ wird doppelt verwendet; Schritt-IDs müssen eindeutig sein</translation>
    </message>
    <message>
        <source>&apos;input&apos; is %1; expected a mapping</source>
        <translation>„input“ ist %1; erwartet wird eine Zuordnung</translation>
    </message>
    <message>
        <source>&apos;each&apos; is not supported by Tarmac yet; the step runs once</source>
        <translation>„each“ wird von Tarmac noch nicht unterstützt; der Schritt läuft einmal</translation>
    </message>
</context>
<context>
    <name>Tarmac::MaturityModelLoader</name>
    <message>
        <source>&apos;schema&apos; must be %1%2, not &apos;%3&apos;</source>
        <translation>„schema“ muss %1%2 sein, nicht „%3“</translation>
    </message>
    <message>
        <source>this file needs a newer Tarmac (it is %1; this version reads up to %2%3)</source>
        <translation>diese Datei braucht ein neueres Tarmac (sie ist %1; diese Version liest bis %2%3)</translation>
    </message>
    <message>
        <source>&apos;kind&apos; must be &apos;levels&apos; or &apos;checklist&apos;, not &apos;%1&apos;</source>
        <translation>„kind“ muss „levels“ oder „checklist“ sein, nicht „%1“</translation>
    </message>
    <message>
        <source>every level must be a mapping with &apos;value&apos; and &apos;name&apos;</source>
        <translation>jede Stufe muss eine Zuordnung mit „value“ und „name“ sein</translation>
    </message>
    <message>
        <source>level value %1 appears twice</source>
        <translation>der Stufenwert %1 kommt doppelt vor</translation>
    </message>
    <message>
        <source>levels must be listed from lowest to highest value</source>
        <translation>die Stufen müssen vom niedrigsten zum höchsten Wert aufgeführt sein</translation>
    </message>
    <message>
        <source>level values must not be negative</source>
        <translation>Stufenwerte dürfen nicht negativ sein</translation>
    </message>
    <message>
        <source>a model needs at least one level</source>
        <translation>ein Modell braucht mindestens eine Stufe</translation>
    </message>
    <message>
        <source>every capability must be a mapping with &apos;id&apos; and &apos;name&apos;</source>
        <translation>jede Fähigkeit muss eine Zuordnung mit „id“ und „name“ sein</translation>
    </message>
    <message>
        <source>capability id &apos;%1&apos; appears twice</source>
        <translation>die Fähigkeits-ID „%1“ kommt doppelt vor</translation>
    </message>
    <message>
        <source>every entry of &apos;levels&apos; must be a mapping with &apos;level&apos;</source>
        <translation>jeder Eintrag von „levels“ muss eine Zuordnung mit „level“ sein</translation>
    </message>
    <message>
        <source>level %1 is not one of the model&apos;s levels</source>
        <translation>Stufe %1 gehört nicht zu den Stufen des Modells</translation>
    </message>
    <message>
        <source>level %1 is described twice for &apos;%2&apos;</source>
        <translation>Stufe %1 ist für „%2“ doppelt beschrieben</translation>
    </message>
    <message>
        <source>a model needs at least one capability</source>
        <translation>ein Modell braucht mindestens eine Fähigkeit</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>Tarmac::NavigationSidebar</name>
    <message>
        <source>Work areas</source>
        <translation>Arbeitsbereiche</translation>
    </message>
</context>
<context>
    <name>Tarmac::ParameterForm</name>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>durch Kommas getrennt</translation>
    </message>
</context>
<context>
    <name>Tarmac::ParameterSchema</name>
    <message>
        <source>%1 is required</source>
        <translation>%1 ist erforderlich</translation>
    </message>
    <message>
        <source>%1 must be of type %2</source>
        <translation>%1 muss vom Typ %2 sein</translation>
    </message>
    <message>
        <source>%1 must be one of: %2</source>
        <translation>%1 muss einer dieser Werte sein: %2</translation>
    </message>
    <message>
        <source>%1 must be at least %2 characters long</source>
        <translation>%1 muss mindestens %2 Zeichen lang sein</translation>
    </message>
    <message>
        <source>%1 must be at most %2 characters long</source>
        <translation>%1 darf höchstens %2 Zeichen lang sein</translation>
    </message>
    <message>
        <source>%1 must match the pattern %2</source>
        <translation>%1 muss dem Muster %2 entsprechen</translation>
    </message>
    <message>
        <source>%1 must be at least %2</source>
        <translation>%1 muss mindestens %2 sein</translation>
    </message>
    <message>
        <source>%1 must be at most %2</source>
        <translation>%1 darf höchstens %2 sein</translation>
    </message>
    <message>
        <source>&apos;properties&apos; must be a mapping of field names to schemas</source>
        <translation>„properties“ muss eine Zuordnung von Feldnamen zu Schemas sein</translation>
    </message>
    <message>
        <source>required field &apos;%1&apos; is not among the page&apos;s properties; expected one of: %2</source>
        <translation>das Pflichtfeld „%1“ gehört nicht zu den properties der Seite; erwartet wird eines von: %2</translation>
    </message>
    <message>
        <source>&apos;required&apos; must be a list of field names</source>
        <translation>„required“ muss eine Liste von Feldnamen sein</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; must be a mapping (a JSON Schema)</source>
        <translation>das Feld „%1“ muss eine Zuordnung sein (ein JSON-Schema)</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; has type &apos;%2&apos;; expected one of: %3</source>
        <translation>das Feld „%1“ hat den Typ „%2“; erwartet wird einer von: %3</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; has a pattern that is not a valid regular expression: %2</source>
        <translation>das Feld „%1“ hat ein Muster, das kein gültiger regulärer Ausdruck ist: %2</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; has an enum that is not a list</source>
        <translation>das Feld „%1“ hat ein enum, das keine Liste ist</translation>
    </message>
    <message>
        <source>field &apos;%1&apos;: &apos;%2&apos; must be a number</source>
        <translation>Feld „%1“: „%2“ muss eine Zahl sein</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; has a default that is not of type %2</source>
        <translation>das Feld „%1“ hat einen Standardwert, der nicht vom Typ %2 ist</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; has a default that is not one of its enum values</source>
        <translation>das Feld „%1“ hat einen Standardwert, der nicht zu seinen enum-Werten gehört</translation>
    </message>
</context>
<context>
    <name>Tarmac::ParticipantModel</name>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>voted</source>
        <translation>abgestimmt</translation>
    </message>
    <message>
        <source>don&apos;t know</source>
        <translation>weiß nicht</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>nicht zutreffend</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Stimme</translation>
    </message>
</context>
<context>
    <name>Tarmac::PathGuard</name>
    <message>
        <source>the path contains a NUL character</source>
        <translation>der Pfad enthält ein NUL-Zeichen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an absolute path; expected a path inside the output folder</source>
        <translation>„%1“ ist ein absoluter Pfad; erwartet wird ein Pfad innerhalb des Ausgabeordners</translation>
    </message>
    <message>
        <source>&apos;%1&apos; contains a backslash; expected &apos;/&apos; between folder names</source>
        <translation>„%1“ enthält einen Backslash; erwartet wird „/“ zwischen Ordnernamen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; starts with a drive letter; expected a path inside the output folder</source>
        <translation>„%1“ beginnt mit einem Laufwerksbuchstaben; erwartet wird ein Pfad innerhalb des Ausgabeordners</translation>
    </message>
    <message>
        <source>&apos;%1&apos; leads outside the output folder</source>
        <translation>„%1“ führt aus dem Ausgabeordner hinaus</translation>
    </message>
</context>
<context>
    <name>Tarmac::PlatformConnection</name>
    <message>
        <source>Local platform</source>
        <translation>Lokale Plattform</translation>
    </message>
    <message>
        <source>Platform %1</source>
        <translation>Plattform %1</translation>
    </message>
    <message>
        <source>%1: not started</source>
        <translation>%1: nicht gestartet</translation>
    </message>
    <message>
        <source>%1: starting</source>
        <translation>%1: startet</translation>
    </message>
    <message>
        <source>%1: connected</source>
        <translation>%1: verbunden</translation>
    </message>
    <message>
        <source>%1: failed (%2)</source>
        <translation>%1: fehlgeschlagen (%2)</translation>
    </message>
    <message>
        <source>the health check did not answer with JSON (%1)</source>
        <translation>die Zustandsprüfung hat nicht mit JSON geantwortet (%1)</translation>
    </message>
    <message>
        <source>the platform reports status &quot;%1&quot;</source>
        <translation>die Plattform meldet den Status „%1“</translation>
    </message>
</context>
<context>
    <name>Tarmac::PlatformStatusWidget</name>
    <message>
        <source>%1
API: %2</source>
        <translation>%1
API: %2</translation>
    </message>
</context>
<context>
    <name>Tarmac::RadarChartView</name>
    <message>
        <source>Agreed</source>
        <translation>Vereinbart</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Previous round</source>
        <translation>Vorherige Runde</translation>
    </message>
</context>
<context>
    <name>Tarmac::RenderedFilesModel</name>
    <message>
        <source>skipped: %1</source>
        <translation>übersprungen: %1</translation>
    </message>
    <message>
        <source>copied as is</source>
        <translation>unverändert kopiert</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>Tarmac::SpreadChartView</name>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
</context>
<context>
    <name>Tarmac::TemplateCatalogModel</name>
    <message>
        <source>resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
</context>
<context>
    <name>Tarmac::TemplateLinter</name>
    <message>
        <source>this looks like %1; generated files must hold references to secrets, never their values</source>
        <translation>das sieht nach %1 aus; erzeugte Dateien dürfen nur Verweise auf Geheimnisse enthalten, nie deren Werte</translation>
    </message>
    <message>
        <source>not valid YAML: %1</source>
        <translation>kein gültiges YAML: %1</translation>
    </message>
    <message>
        <source>GitHub Actions expression &apos;%1&apos; would be rendered by nunjucks (to an empty string); wrap it in {% raw %}...{% endraw %} or list %2 in copyWithoutTemplating</source>
        <translation>der GitHub-Actions-Ausdruck „%1“ würde von nunjucks gerendert (zu einer leeren Zeichenkette); setzen Sie ihn in {% raw %}...{% endraw %} oder tragen Sie %2 in copyWithoutTemplating ein</translation>
    </message>
    <message>
        <source>unknown filter &apos;%1&apos;; Backstage and nunjucks have no such filter</source>
        <translation>unbekannter Filter „%1“; weder Backstage noch nunjucks haben diesen Filter</translation>
    </message>
    <message>
        <source>when rendered with sample values, %1: %2</source>
        <translation>mit Beispielwerten gerendert: %1: %2</translation>
    </message>
</context>
<context>
    <name>Tarmac::TemplateRenderer</name>
    <message>
        <source>cannot render &apos;%1&apos;: %2</source>
        <translation>„%1“ kann nicht gerendert werden: %2</translation>
    </message>
    <message>
        <source>the template engine did not load: %1</source>
        <translation>die Template-Engine wurde nicht geladen: %1</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos;: %2</source>
        <translation>Parameter „%1“: %2</translation>
    </message>
    <message>
        <source>resource kind &apos;%1&apos; cannot attach to %2; expected one of: %3</source>
        <translation>die Ressourcenart „%1“ kann nicht an %2 angehängt werden; erwartet wird eine von: %3</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>no template for resource kind &apos;%1&apos;</source>
        <translation>keine Vorlage für die Ressourcenart „%1“</translation>
    </message>
    <message>
        <source>resource name &apos;%1&apos; is not valid; expected lower-case letters, digits and &apos;-&apos;</source>
        <translation>der Ressourcenname „%1“ ist ungültig; erwartet werden Kleinbuchstaben, Ziffern und „-“</translation>
    </message>
    <message>
        <source>resource name &apos;%1&apos; is used twice</source>
        <translation>der Ressourcenname „%1“ wird doppelt verwendet</translation>
    </message>
    <message>
        <source>the value of secret parameter &apos;%1&apos; appears in this file</source>
        <translation>der Wert des geheimen Parameters „%1“ steht in dieser Datei</translation>
    </message>
    <message>
        <source>its condition (if) is false</source>
        <translation>seine Bedingung (if) ist falsch</translation>
    </message>
    <message>
        <source>publishes to a remote repository; Tarmac writes the files to the output folder instead</source>
        <translation>veröffentlicht in ein entferntes Repository; Tarmac schreibt die Dateien stattdessen in den Ausgabeordner</translation>
    </message>
    <message>
        <source>registers the component in a Backstage catalog, which needs a Backstage backend</source>
        <translation>registriert die Komponente in einem Backstage-Katalog, was ein Backstage-Backend erfordert</translation>
    </message>
    <message>
        <source>changes a remote code host</source>
        <translation>ändert einen entfernten Code-Host</translation>
    </message>
    <message>
        <source>only writes to the scaffolder&apos;s log</source>
        <translation>schreibt nur in das Protokoll des Scaffolders</translation>
    </message>
    <message>
        <source>Tarmac&apos;s local renderer does not run the action &apos;%1&apos;</source>
        <translation>Tarmacs lokaler Renderer führt die Aktion „%1“ nicht aus</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a remote location; Tarmac renders template folders it has locally</source>
        <translation>„%1“ ist ein entfernter Ort; Tarmac rendert nur lokal vorhandene Vorlagenordner</translation>
    </message>
    <message>
        <source>&apos;%1&apos; leads outside the template&apos;s folder</source>
        <translation>„%1“ führt aus dem Ordner der Vorlage hinaus</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a folder next to the template</source>
        <translation>„%1“ ist kein Ordner neben der Vorlage</translation>
    </message>
    <message>
        <source>step &apos;%1&apos;: %2</source>
        <translation>Schritt „%1“: %2</translation>
    </message>
    <message>
        <source>step &apos;%1&apos;: targetPath %2</source>
        <translation>Schritt „%1“: targetPath %2</translation>
    </message>
    <message>
        <source>cannot render the file name: %1</source>
        <translation>der Dateiname kann nicht gerendert werden: %1</translation>
    </message>
    <message>
        <source>the name renders to &apos;%1&apos;, an absolute path; expected a path inside the output folder</source>
        <translation>der Name wird zu „%1“ gerendert, einem absoluten Pfad; erwartet wird ein Pfad innerhalb des Ausgabeordners</translation>
    </message>
    <message>
        <source>a folder or file name in its path rendered empty</source>
        <translation>ein Ordner- oder Dateiname in seinem Pfad wurde leer gerendert</translation>
    </message>
    <message>
        <source>the name renders to a path that is not allowed: %1</source>
        <translation>der Name wird zu einem unzulässigen Pfad gerendert: %1</translation>
    </message>
    <message>
        <source>an earlier entry already wrote %1</source>
        <translation>ein früherer Eintrag hat %1 bereits geschrieben</translation>
    </message>
</context>
<context>
    <name>Tarmac::TemplateWriter</name>
    <message>
        <source>the render has errors; nothing was written</source>
        <translation>das Rendern hat Fehler ergeben; nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>the path is empty</source>
        <translation>der Pfad ist leer</translation>
    </message>
    <message>
        <source>cannot create the output folder</source>
        <translation>der Ausgabeordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot create the folder inside %1</source>
        <translation>der Ordner in %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write the file: %1</source>
        <translation>die Datei kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>Tarmac::WorkAreaModel</name>
    <message>
        <source>Compose</source>
        <translation>Zusammenstellen</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>Bereitstellen</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Assess</source>
        <translation>Bewerten</translation>
    </message>
    <message>
        <source>Compose services from golden-path templates and edit every generated file.</source>
        <translation>Dienste aus Golden-Path-Vorlagen zusammenstellen und jede erzeugte Datei bearbeiten.</translation>
    </message>
    <message>
        <source>Deploy services to the platform and watch them land.</source>
        <translation>Dienste auf der Plattform bereitstellen und verfolgen, wie sie ankommen.</translation>
    </message>
    <message>
        <source>DORA and adoption metrics from the platform, with every number explained.</source>
        <translation>DORA- und Nutzungskennzahlen der Plattform, jede Zahl mit Erklärung.</translation>
    </message>
    <message>
        <source>Run platform engineering maturity assessments with a group.</source>
        <translation>Reifegradbewertungen des Platform Engineering gemeinsam mit einer Gruppe durchführen.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Tarmac::WorkAreaPage</name>
    <message>
        <source>This page will hold:</source>
        <translation>Diese Seite wird enthalten:</translation>
    </message>
    <message>
        <source>the golden-path template gallery, with a validated form for each template&apos;s parameters</source>
        <translation>die Galerie der Golden-Path-Vorlagen, mit einem geprüften Formular für die Parameter jeder Vorlage</translation>
    </message>
    <message>
        <source>a canvas to compose services and attach databases, caches, queues and routes by dragging</source>
        <translation>eine Arbeitsfläche, auf der Dienste zusammengestellt und Datenbanken, Caches, Warteschlangen und Routen per Ziehen angebunden werden</translation>
    </message>
    <message>
        <source>every generated file in an editor with syntax highlighting and validation as you type</source>
        <translation>jede erzeugte Datei in einem Editor mit Syntaxhervorhebung und Prüfung während der Eingabe</translation>
    </message>
    <message>
        <source>the services registered with the platform and their environments</source>
        <translation>die auf der Plattform registrierten Dienste und ihre Umgebungen</translation>
    </message>
    <message>
        <source>the difference between what is about to be deployed and what runs now</source>
        <translation>den Unterschied zwischen dem, was gleich bereitgestellt wird, und dem, was jetzt läuft</translation>
    </message>
    <message>
        <source>live progress and logs of each deployment, with cancel and one-step rollback</source>
        <translation>Fortschritt und Protokolle jeder Bereitstellung live, mit Abbrechen und Zurücksetzen in einem Schritt</translation>
    </message>
    <message>
        <source>deployment frequency, lead time for changes, change failure rate and recovery time, with their bands</source>
        <translation>Bereitstellungshäufigkeit, Vorlaufzeit für Änderungen, Änderungsfehlerrate und Wiederherstellungszeit, mit ihren Leistungsstufen</translation>
    </message>
    <message>
        <source>adoption: golden-path share, template usage and version lag, time to first deploy</source>
        <translation>Nutzung: Anteil auf dem Golden Path, Vorlagennutzung und Versionsrückstand, Zeit bis zur ersten Bereitstellung</translation>
    </message>
    <message>
        <source>for any number, the deployments, changes and incidents behind it</source>
        <translation>zu jeder Zahl die Bereitstellungen, Änderungen und Vorfälle dahinter</translation>
    </message>
    <message>
        <source>maturity models: the platform engineering model, the CNCF model and the minimum viable platform checklist</source>
        <translation>Reifegradmodelle: das Platform-Engineering-Modell, das CNCF-Modell und die Checkliste für die minimal nutzbare Plattform</translation>
    </message>
    <message>
        <source>a workshop flow: hidden votes, reveal the spread, agree a level and a target</source>
        <translation>einen Workshop-Ablauf: verdeckte Stimmabgabe, Streuung aufdecken, Stufe und Ziel vereinbaren</translation>
    </message>
    <message>
        <source>evidence, actions, comparison with earlier rounds, and PDF and CSV reports</source>
        <translation>Belege, Maßnahmen, Vergleich mit früheren Runden sowie Berichte als PDF und CSV</translation>
    </message>
</context>
<context>
    <name>Tarmac::YamlReader</name>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>the top level must be a mapping of keys to values</source>
        <translation>die oberste Ebene muss eine Zuordnung von Schlüsseln zu Werten sein</translation>
    </message>
    <message>
        <source>not valid YAML: %1</source>
        <translation>kein gültiges YAML: %1</translation>
    </message>
    <message>
        <source>missing required key &apos;%1&apos;</source>
        <translation>erforderlicher Schlüssel „%1“ fehlt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be text</source>
        <translation>„%1“ muss Text sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a whole number</source>
        <translation>„%1“ muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be true or false</source>
        <translation>„%1“ muss true oder false sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list</source>
        <translation>„%1“ muss eine Liste sein</translation>
    </message>
    <message>
        <source>every entry of &apos;%1&apos; must be text</source>
        <translation>jeder Eintrag von „%1“ muss Text sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a mapping of keys to values</source>
        <translation>„%1“ muss eine Zuordnung von Schlüsseln zu Werten sein</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Tarmac, the workbench for internal developer platforms.

With no platform URL it starts a local platform (tarmacd) of its own.</source>
        <translation>Tarmac, die Werkbank für interne Entwicklerplattformen.

Ohne Plattform-URL startet Tarmac eine eigene lokale Plattform (tarmacd).</translation>
    </message>
    <message>
        <source>Open on page NAME: %1.</source>
        <translation>Auf Seite NAME öffnen: %1.</translation>
    </message>
    <message>
        <source>Use the platform API at URL instead of starting a local one.</source>
        <translation>Die Plattform-API unter URL verwenden, statt eine lokale zu starten.</translation>
    </message>
    <message>
        <source>Save a PNG of the window once it is shown, then quit.</source>
        <translation>Ein PNG des Fensters speichern, sobald es angezeigt wird, dann beenden.</translation>
    </message>
    <message>
        <source>With --screenshot: wait until the platform has connected or failed.</source>
        <translation>Mit --screenshot: warten, bis die Plattform verbunden oder gescheitert ist.</translation>
    </message>
    <message>
        <source>Compositions (*.tarmac.yaml) and assessments (*.tarmac-assessment.yaml) to open.</source>
        <translation>Zusammenstellungen (*.tarmac.yaml) und Bewertungen (*.tarmac-assessment.yaml), die geöffnet werden sollen.</translation>
    </message>
</context>
</TS>

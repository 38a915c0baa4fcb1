<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ApiError</name>
    <message>
        <source>bad request</source>
        <translation>ungültige Anfrage</translation>
    </message>
    <message>
        <source>not authenticated</source>
        <translation>nicht authentifiziert</translation>
    </message>
    <message>
        <source>forbidden</source>
        <translation>verboten</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>request too large</source>
        <translation>Anfrage zu groß</translation>
    </message>
    <message>
        <source>invalid request</source>
        <translation>ungültige Anfrage</translation>
    </message>
    <message>
        <source>too many requests</source>
        <translation>zu viele Anfragen</translation>
    </message>
    <message>
        <source>server error</source>
        <translation>Serverfehler</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>HTTP %1, %2</source>
        <translation>HTTP %1, %2</translation>
    </message>
    <message>
        <source>Cannot reach the platform (%1: %2). Check that it is running and that its address is right, then retry.</source>
        <translation>Die Plattform ist nicht erreichbar (%1: %2). Prüfen Sie, ob sie läuft und ihre Adresse stimmt, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The platform did not answer in time (%1). It may be overloaded or unreachable; retry in a moment.</source>
        <translation>Die Plattform hat nicht rechtzeitig geantwortet (%1). Sie ist möglicherweise überlastet oder nicht erreichbar; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The platform&apos;s certificate is not trusted (%1: %2). Check the address, or add the platform&apos;s CA certificate to the connection.</source>
        <translation>Dem Zertifikat der Plattform wird nicht vertraut (%1: %2). Prüfen Sie die Adresse oder fügen Sie der Verbindung das CA-Zertifikat der Plattform hinzu.</translation>
    </message>
    <message>
        <source>The platform did not accept the token (%1: %2). Set a valid token for this platform.</source>
        <translation>Die Plattform hat das Token nicht akzeptiert (%1: %2). Legen Sie ein gültiges Token für diese Plattform fest.</translation>
    </message>
    <message>
        <source>The token may not do this (%1: %2). Ask the platform&apos;s administrators for a token with the right role or team.</source>
        <translation>Das Token ist dafür nicht berechtigt (%1: %2). Bitten Sie die Administratoren der Plattform um ein Token mit der richtigen Rolle oder dem richtigen Team.</translation>
    </message>
    <message>
        <source>The platform failed (%1: %2). Retry in a moment; if it keeps failing, tell its operators.</source>
        <translation>Die Plattform ist auf einen Fehler gestoßen (%1: %2). Versuchen Sie es gleich noch einmal; wenn der Fehler bleibt, informieren Sie die Betreiber der Plattform.</translation>
    </message>
    <message>
        <source>The platform refused the request (%1: %2). Correct it and try again.</source>
        <translation>Die Plattform hat die Anfrage abgelehnt (%1: %2). Korrigieren Sie sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The platform&apos;s answer is not the JSON the API promises (%1: %2). The address may not be a Tarmac platform, or a proxy changed the answer.</source>
        <translation>Die Antwort der Plattform ist nicht das JSON, das die API zusagt (%1: %2). Die Adresse ist möglicherweise keine Tarmac-Plattform, oder ein Proxy hat die Antwort verändert.</translation>
    </message>
    <message>
        <source>The request was cancelled (%1).</source>
        <translation>Die Anfrage wurde abgebrochen (%1).</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>keine Antwort innerhalb der Frist</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>the bundle folder %1 does not exist</source>
        <translation>der Bundle-Ordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 is larger than 2 MiB; a bundle carries configuration and source text only</source>
        <translation>%1 ist größer als 2 MiB; ein Bundle enthält nur Konfiguration und Quelltext</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text; a bundle carries text files only</source>
        <translation>%1 ist kein UTF-8-Text; ein Bundle enthält nur Textdateien</translation>
    </message>
</context>
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
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>the alias refers to an anchor that is not defined: %1</source>
        <translation>der Alias verweist auf einen nicht definierten Anker: %1</translation>
    </message>
    <message>
        <source>unknown escape in a double-quoted string: \%1; write &apos;\\&apos; for a backslash or use single quotes</source>
        <translation>unbekannte Escape-Sequenz in einer Zeichenkette in doppelten Anführungszeichen: \%1; schreiben Sie „\\“ für einen Backslash oder verwenden Sie einfache Anführungszeichen</translation>
    </message>
    <message>
        <source>nothing measured in the range</source>
        <translation>im Zeitraum nichts gemessen</translation>
    </message>
    <message>
        <source>median %1 deploy days a week, %2 deployments</source>
        <translation>Median %1 Tage mit Bereitstellung pro Woche, %2 Bereitstellungen</translation>
    </message>
    <message>
        <source>Golden-path share</source>
        <translation>Golden-Path-Anteil</translation>
    </message>
    <message>
        <source>%1% of %2 services</source>
        <translation>%1 % von %2 Diensten</translation>
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
    <name>Tarmac::ApiReply</name>
    <message>
        <source>%1 at byte %2 of %3</source>
        <translation>%1 bei Byte %2 von %3</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
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
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
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
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>PDF report…</source>
        <translation>PDF-Bericht…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>&amp;Publish this session</source>
        <translation>Diese Sitzung &amp;veröffentlichen</translation>
    </message>
    <message>
        <source>&amp;Open a stored session…</source>
        <translation>&amp;Gespeicherte Sitzung öffnen…</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Publish sessions to the platform, or open one stored there</source>
        <translation>Sitzungen auf der Plattform veröffentlichen oder eine dort gespeicherte öffnen</translation>
    </message>
    <message>
        <source>No platform is configured</source>
        <translation>Keine Plattform konfiguriert</translation>
    </message>
    <message>
        <source>Published again to %1: the stored copy (%2) now has this state of the session. Private notes stay on this machine.</source>
        <translation>Erneut auf %1 veröffentlicht: Die gespeicherte Kopie (%2) hat jetzt diesen Stand der Sitzung. Private Notizen bleiben auf diesem Rechner.</translation>
    </message>
    <message>
        <source>Published to %1 as %2. Private notes stay on this machine.</source>
        <translation>Auf %1 als %2 veröffentlicht. Private Notizen bleiben auf diesem Rechner.</translation>
    </message>
    <message>
        <source>The session was not published; it is unchanged here. %1</source>
        <translation>Die Sitzung wurde nicht veröffentlicht; hier ist sie unverändert. %1</translation>
    </message>
    <message>
        <source>No platform is configured to publish to.</source>
        <translation>Es ist keine Plattform konfiguriert, auf der veröffentlicht werden kann.</translation>
    </message>
    <message>
        <source>Publishing to %1…</source>
        <translation>Wird auf %1 veröffentlicht…</translation>
    </message>
    <message>
        <source>No platform is configured to open sessions from.</source>
        <translation>Es ist keine Plattform konfiguriert, von der Sitzungen geöffnet werden können.</translation>
    </message>
    <message>
        <source>The session %1 from the platform</source>
        <translation>Die Sitzung %1 von der Plattform</translation>
    </message>
    <message>
        <source>%1 was not opened:
%2</source>
        <translation>%1 wurde nicht geöffnet:
%2</translation>
    </message>
    <message>
        <source>Opened %1 (%2, %3). Save it to keep a copy in a file.</source>
        <translation>Sitzung %1 geöffnet (%2, %3). Speichern Sie sie, um eine Kopie in einer Datei zu behalten.</translation>
    </message>
    <message>
        <source>Session actions</source>
        <translation>Sitzungsaktionen</translation>
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
    <message>
        <source>(%1, measured %2)</source>
        <translation>(%1, gemessen %2)</translation>
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
    <message>
        <source>&apos;at&apos; must be a time like 2026-03-31T09:30:00Z, not &apos;%1&apos;</source>
        <translation>„at“ muss eine Zeitangabe wie 2026-03-31T09:30:00Z sein, nicht „%1“</translation>
    </message>
</context>
<context>
    <name>Tarmac::BundleBuilder</name>
    <message>
        <source>service &apos;%1&apos;: the id must be lower-case letters, digits and &apos;-&apos;, starting with a letter</source>
        <translation>Dienst „%1“: Die ID darf nur Kleinbuchstaben, Ziffern und „-“ enthalten und muss mit einem Buchstaben beginnen</translation>
    </message>
    <message>
        <source>service &apos;%1&apos;: the id is used twice</source>
        <translation>Dienst „%1“: Die ID wird doppelt verwendet</translation>
    </message>
    <message>
        <source>resource &apos;%1&apos;: the id must be lower-case letters, digits and &apos;-&apos;, starting with a letter</source>
        <translation>Ressource „%1“: Die ID darf nur Kleinbuchstaben, Ziffern und „-“ enthalten und muss mit einem Buchstaben beginnen</translation>
    </message>
    <message>
        <source>resource &apos;%1&apos;: the id is used twice</source>
        <translation>Ressource „%1“: Die ID wird doppelt verwendet</translation>
    </message>
    <message>
        <source>connection &apos;%1&apos;: &apos;%2&apos; is not a service</source>
        <translation>Verbindung „%1“: „%2“ ist kein Dienst</translation>
    </message>
    <message>
        <source>connection &apos;%1&apos;: &apos;%2&apos; is not a resource</source>
        <translation>Verbindung „%1“: „%2“ ist keine Ressource</translation>
    </message>
    <message>
        <source>connection &apos;%1&apos;: &apos;%2&apos; is not another service</source>
        <translation>Verbindung „%1“: „%2“ ist kein anderer Dienst</translation>
    </message>
    <message>
        <source>service &apos;%1&apos;: no template named &apos;%2&apos;</source>
        <translation>Dienst „%1“: keine Vorlage namens „%2“</translation>
    </message>
    <message>
        <source>service &apos;%1&apos;: composed with %2 version %3, which is not available; rendered with version %4</source>
        <translation>Dienst „%1“: mit %2 Version %3 komponiert, die nicht verfügbar ist; mit Version %4 gerendert</translation>
    </message>
    <message>
        <source>service &apos;%1&apos;: %2 is a resource template</source>
        <translation>Dienst „%1“: %2 ist eine Ressourcenvorlage</translation>
    </message>
    <message>
        <source>resource &apos;%1&apos; (used by service &apos;%2&apos;): no resource template for &apos;%3&apos;</source>
        <translation>Ressource „%1“ (verwendet von Dienst „%2“): keine Ressourcenvorlage für „%3“</translation>
    </message>
    <message>
        <source>service &apos;%1&apos;: %2</source>
        <translation>Dienst „%1“: %2</translation>
    </message>
    <message>
        <source>resource &apos;%1&apos;: cannot render its compose fragment: %2</source>
        <translation>Ressource „%1“: ihr Compose-Fragment kann nicht gerendert werden: %2</translation>
    </message>
</context>
<context>
    <name>Tarmac::BundleWriter</name>
    <message>
        <source>%1: cannot tell hand edits from generated files: %2</source>
        <translation>%1: Handänderungen lassen sich nicht von erzeugten Dateien unterscheiden: %2</translation>
    </message>
    <message>
        <source>%1 was edited by hand and is not an override; keep the edit with `tarmacctl drift %2 --record %3`, or undo it</source>
        <translation>%1 wurde von Hand bearbeitet und ist keine Überschreibung; behalten Sie die Änderung mit `tarmacctl drift %2 --record %3` oder machen Sie sie rückgängig</translation>
    </message>
    <message>
        <source>%1 still holds conflict markers; resolve them first</source>
        <translation>%1 enthält noch Konfliktmarkierungen; lösen Sie diese zuerst auf</translation>
    </message>
    <message>
        <source>the bundle has errors; nothing was written</source>
        <translation>das Bundle enthält Fehler; nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>%1 was edited by hand (or not written by Tarmac); move the edit away first</source>
        <translation>%1 wurde von Hand bearbeitet (oder nicht von Tarmac geschrieben); verschieben Sie die Änderung zuerst an einen anderen Ort</translation>
    </message>
    <message>
        <source>%1 exists and was not generated by Tarmac; move it away first</source>
        <translation>%1 existiert und wurde nicht von Tarmac erzeugt; verschieben Sie die Datei zuerst an einen anderen Ort</translation>
    </message>
    <message>
        <source>%1 was edited in the folder after it was generated, and the composition edits it too: move the folder&apos;s edit into the composition, or undo it</source>
        <translation>%1 wurde nach dem Generieren im Ordner bearbeitet, und die Komposition bearbeitet die Datei ebenfalls: Übernehmen Sie die Änderung aus dem Ordner in die Komposition oder machen Sie sie rückgängig</translation>
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
    <name>Tarmac::ChartPanel</name>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Image (PNG)…</source>
        <translation>Bild (PNG)…</translation>
    </message>
    <message>
        <source>Vector image (SVG)…</source>
        <translation>Vektorgrafik (SVG)…</translation>
    </message>
    <message>
        <source>Data (CSV)…</source>
        <translation>Daten (CSV)…</translation>
    </message>
    <message>
        <source>%1
%2 (from %3)</source>
        <translation>%1
%2 (aus %3)</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>%1 band</source>
        <translation>Leistungsstufe %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Nothing to show in this range.</source>
        <translation>In diesem Zeitraum gibt es nichts anzuzeigen.</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG-Bild (*.svg)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV-Datei (*.csv)</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
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
    <message>
        <source>apiVersion is missing; the API server requires it</source>
        <translation>apiVersion fehlt; der API-Server verlangt es</translation>
    </message>
    <message>
        <source>kind is missing; the API server requires it</source>
        <translation>kind fehlt; der API-Server verlangt es</translation>
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
        <source>spec.podSelector is required</source>
        <translation>spec.podSelector ist erforderlich</translation>
    </message>
    <message>
        <source>spec.parentRefs is required</source>
        <translation>spec.parentRefs ist erforderlich</translation>
    </message>
    <message>
        <source>targetPort %1 matches no container port of %2, which this Service selects (its ports: %3)</source>
        <translation>targetPort %1 passt zu keinem Container-Port von %2, den dieser Service auswählt (seine Ports: %3)</translation>
    </message>
    <message>
        <source>none declared</source>
        <translation>keine deklariert</translation>
    </message>
    <message>
        <source>spec.selector and spec.template are required</source>
        <translation>spec.selector und spec.template sind erforderlich</translation>
    </message>
    <message>
        <source>spec.selector.matchLabels is required</source>
        <translation>spec.selector.matchLabels ist erforderlich</translation>
    </message>
    <message>
        <source>spec.template.metadata.labels is required to match the selector</source>
        <translation>spec.template.metadata.labels ist erforderlich, damit der Selektor passt</translation>
    </message>
    <message>
        <source>the selector label &apos;%1&apos; is not on the pod template</source>
        <translation>das Selektor-Label „%1“ fehlt in der Pod-Vorlage</translation>
    </message>
    <message>
        <source>the selector wants %1=%2 but the pod template has %1=%3</source>
        <translation>der Selektor verlangt %1=%2, aber die Pod-Vorlage hat %1=%3</translation>
    </message>
    <message>
        <source>spec.ports must list at least one port</source>
        <translation>spec.ports muss mindestens einen Port aufführen</translation>
    </message>
    <message>
        <source>every port needs a port number</source>
        <translation>jeder Port braucht eine Portnummer</translation>
    </message>
    <message>
        <source>the pod template must list at least one container</source>
        <translation>die Pod-Vorlage muss mindestens einen Container aufführen</translation>
    </message>
    <message>
        <source>every container needs a name and an image</source>
        <translation>jeder Container braucht einen Namen und ein Image</translation>
    </message>
    <message>
        <source>container &apos;%1&apos; has no livenessProbe; a hung process is never restarted</source>
        <translation>Container „%1“ hat keine livenessProbe; ein hängender Prozess wird nie neu gestartet</translation>
    </message>
    <message>
        <source>container &apos;%1&apos; has no readinessProbe; traffic can reach it before it is ready</source>
        <translation>Container „%1“ hat keine readinessProbe; Datenverkehr kann ihn erreichen, bevor er bereit ist</translation>
    </message>
    <message>
        <source>container &apos;%1&apos; sets no resources.requests; the scheduler cannot place it reliably</source>
        <translation>Container „%1“ setzt keine resources.requests; der Scheduler kann ihn nicht zuverlässig platzieren</translation>
    </message>
</context>
<context>
    <name>Tarmac::CodeEditor</name>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
</context>
<context>
    <name>Tarmac::CodeEditorGutter</name>
    <message>
        <source>Line numbers</source>
        <translation>Zeilennummern</translation>
    </message>
</context>
<context>
    <name>Tarmac::ComposePage</name>
    <message>
        <source>Search templates, tags, owners…</source>
        <translation>Vorlagen, Tags, Teams…</translation>
    </message>
    <message>
        <source>&amp;Generate…</source>
        <translation>&amp;Generieren…</translation>
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
    <message numerus="yes">
        <source>%n file(s), %1 skipped, rendered in %2 ms</source>
        <translation>
            <numerusform>%n Datei, %1 übersprungen, gerendert in %2 ms</numerusform>
            <numerusform>%n Dateien, %1 übersprungen, gerendert in %2 ms</numerusform>
        </translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), rendered in %1 ms</source>
        <translation>
            <numerusform>%n Datei, gerendert in %1 ms</numerusform>
            <numerusform>%n Dateien, gerendert in %1 ms</numerusform>
        </translation>
    </message>
    <message>
        <source>Template palette</source>
        <translation>Vorlagenpalette</translation>
    </message>
    <message>
        <source>Drag a template onto the canvas, or press Enter to add it</source>
        <translation>Ziehen Sie eine Vorlage auf die Arbeitsfläche oder drücken Sie die Eingabetaste, um sie hinzuzufügen</translation>
    </message>
    <message>
        <source>&amp;Nodes</source>
        <translation>&amp;Knoten</translation>
    </message>
    <message>
        <source>Services and resources in the composition</source>
        <translation>Dienste und Ressourcen in der Komposition</translation>
    </message>
    <message>
        <source>Write the whole composition into a folder: each service with its record, a local compose file and a kustomization</source>
        <translation>Die ganze Komposition in einen Ordner schreiben: jeden Dienst mit seinem Datensatz, eine lokale Compose-Datei und eine Kustomization</translation>
    </message>
    <message>
        <source>Selected node</source>
        <translation>Ausgewählter Knoten</translation>
    </message>
    <message>
        <source>Files of the whole composition</source>
        <translation>Dateien der ganzen Komposition</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Bundle</translation>
    </message>
    <message>
        <source>Add a service to see the files the composition generates.</source>
        <translation>Fügen Sie einen Dienst hinzu, um die Dateien zu sehen, die die Komposition erzeugt.</translation>
    </message>
    <message>
        <source>Unsaved composition</source>
        <translation>Ungespeicherte Komposition</translation>
    </message>
    <message>
        <source>%1 (modified)</source>
        <translation>%1 (geändert)</translation>
    </message>
    <message>
        <source>Select a service or resource</source>
        <translation>Wählen Sie einen Dienst oder eine Ressource</translation>
    </message>
    <message>
        <source>Its parameters and the files it generates appear here.</source>
        <translation>Seine Parameter und die Dateien, die er erzeugt, erscheinen hier.</translation>
    </message>
    <message>
        <source>The template &apos;%1&apos; is not in the catalog: add it to a template folder to edit and render %2.</source>
        <translation>Die Vorlage „%1“ ist nicht im Katalog: Fügen Sie sie einem Vorlagenordner hinzu, um %2 zu bearbeiten und zu rendern.</translation>
    </message>
    <message>
        <source>%1 · %2 version %3%4
%5</source>
        <translation>%1 · %2 Version %3%4
%5</translation>
    </message>
    <message>
        <source> (the catalog has %1)</source>
        <translation> (der Katalog hat %1)</translation>
    </message>
    <message>
        <source>Generating the composition into %1…</source>
        <translation>Die Komposition wird in %1 erzeugt…</translation>
    </message>
    <message>
        <source>Nothing was written to %1:
%2</source>
        <translation>Nach %1 wurde nichts geschrieben:
%2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s) to %1</source>
        <translation>
            <numerusform>%n Datei nach %1 geschrieben</numerusform>
            <numerusform>%n Dateien nach %1 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Generate the composition into a folder</source>
        <translation>Die Komposition in einen Ordner erzeugen</translation>
    </message>
    <message>
        <source>%1 was not opened: the composition on the Compose page has unsaved changes</source>
        <translation>%1 wurde nicht geöffnet: Die Komposition auf der Seite „Zusammenstellen“ hat ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>unbenannt</translation>
    </message>
    <message>
        <source>%1 was not opened; the file is unchanged:
%2</source>
        <translation>%1 wurde nicht geöffnet; die Datei ist unverändert:
%2</translation>
    </message>
    <message>
        <source>Some connections break the templates&apos; rules:
%1</source>
        <translation>Einige Verbindungen verletzen die Regeln der Vorlagen:
%1</translation>
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
        <source>Save Composition</source>
        <translation>Komposition speichern</translation>
    </message>
    <message>
        <source>Tarmac compositions (*.tarmac.yaml)</source>
        <translation>Tarmac-Kompositionen (*.tarmac.yaml)</translation>
    </message>
    <message>
        <source>Open Composition</source>
        <translation>Komposition öffnen</translation>
    </message>
    <message>
        <source>This composition has changes that are not saved. Discard them?</source>
        <translation>Diese Komposition hat ungespeicherte Änderungen. Verwerfen?</translation>
    </message>
    <message>
        <source>An autosaved composition could not be read and was left in %1:
%2</source>
        <translation>Eine automatisch gesicherte Komposition war nicht lesbar und wurde in %1 belassen:
%2</translation>
    </message>
    <message>
        <source>Recovered the unsaved composition “%1” from %2. Save it to keep it.</source>
        <translation>Die ungespeicherte Komposition „%1“ wurde aus %2 wiederhergestellt. Speichern Sie sie, um sie zu behalten.</translation>
    </message>
    <message numerus="yes">
        <source>edited, %n conflict(s)</source>
        <translation>
            <numerusform>bearbeitet, %n Konflikt</numerusform>
            <numerusform>bearbeitet, %n Konflikte</numerusform>
        </translation>
    </message>
    <message>
        <source>edited, no longer generated</source>
        <translation>bearbeitet, wird nicht mehr erzeugt</translation>
    </message>
    <message>
        <source>edited, cannot merge</source>
        <translation>bearbeitet, Zusammenführen nicht möglich</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>bearbeitet</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n conflict(s) between the hand edit and the new render; resolve them on the service&apos;s files</source>
        <translation>
            <numerusform>%1: %n Konflikt zwischen der Handänderung und dem neuen Rendering; lösen Sie ihn in den Dateien des Dienstes auf</numerusform>
            <numerusform>%1: %n Konflikte zwischen der Handänderung und dem neuen Rendering; lösen Sie sie in den Dateien des Dienstes auf</numerusform>
        </translation>
    </message>
    <message>
        <source>Make a Git &amp;Repository</source>
        <translation>Git-&amp;Repository anlegen</translation>
    </message>
    <message>
        <source>Generate first; then make the generated folder a git repository and commit everything in it (author from your git config)</source>
        <translation>Zuerst generieren; dann den erzeugten Ordner zu einem Git-Repository machen und alles darin committen (Autor aus Ihrer Git-Konfiguration)</translation>
    </message>
    <message>
        <source>Remote URL (optional)</source>
        <translation>Remote-URL (optional)</translation>
    </message>
    <message>
        <source>Remote URL for the repository</source>
        <translation>Remote-URL für das Repository</translation>
    </message>
    <message>
        <source>Added as the repository&apos;s origin; nothing is pushed</source>
        <translation>Wird als origin des Repositorys hinzugefügt; es wird nichts gepusht</translation>
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <translation>&amp;Meine Zeilen behalten</translation>
    </message>
    <message>
        <source>Resolve the first conflict with your lines</source>
        <translation>Den ersten Konflikt mit Ihren Zeilen lösen</translation>
    </message>
    <message>
        <source>Take &amp;Template&apos;s</source>
        <translation>Zeilen der &amp;Vorlage übernehmen</translation>
    </message>
    <message>
        <source>Resolve the first conflict with the new render&apos;s lines</source>
        <translation>Den ersten Konflikt mit den Zeilen des neuen Renderings lösen</translation>
    </message>
    <message>
        <source>&amp;Revert to Generated</source>
        <translation>Auf erzeugten Text &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Drop your edit of this file and use the generated text again</source>
        <translation>Ihre Änderung an dieser Datei verwerfen und wieder den erzeugten Text verwenden</translation>
    </message>
    <message>
        <source>The files the selected node generates appear here as you fill in its form; pick one above to read it, or to edit it (a service&apos;s files only).</source>
        <translation>Die Dateien, die der ausgewählte Knoten erzeugt, erscheinen hier, während Sie sein Formular ausfüllen; wählen Sie oben eine aus, um sie zu lesen oder zu bearbeiten (nur Dateien eines Dienstes).</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) with the new render, the first at line %1</source>
        <translation>
            <numerusform>%n Konflikt mit dem neuen Rendering, in Zeile %1</numerusform>
            <numerusform>%n Konflikte mit dem neuen Rendering, der erste in Zeile %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No longer generated; your edit is kept</source>
        <translation>Wird nicht mehr erzeugt; Ihre Änderung bleibt erhalten</translation>
    </message>
    <message>
        <source>Edited: merged into every new render</source>
        <translation>Bearbeitet: wird mit jedem neuen Rendering zusammengeführt</translation>
    </message>
    <message>
        <source>Your edit is kept as an override of the generated file and merged into every new render.</source>
        <translation>Ihre Änderung wird als Überschreibung der erzeugten Datei behalten und mit jedem neuen Rendering zusammengeführt.</translation>
    </message>
    <message>
        <source>Your edit and the new render change the same lines. Keep your lines or take the template&apos;s, one conflict at a time, or edit the text between the markers.</source>
        <translation>Ihre Änderung und das neue Rendering ändern dieselben Zeilen. Behalten Sie Ihre Zeilen oder übernehmen Sie die der Vorlage, einen Konflikt nach dem anderen, oder bearbeiten Sie den Text zwischen den Markierungen.</translation>
    </message>
    <message>
        <source>Resolve a conflict in %1 of %2</source>
        <translation>Konflikt in %1 von %2 lösen</translation>
    </message>
    <message>
        <source>Revert %1 of %2 to the generated text</source>
        <translation>%1 von %2 auf den erzeugten Text zurücksetzen</translation>
    </message>
    <message>
        <source>Make %1 a git repository and commit everything in it (author from your git config)</source>
        <translation>%1 zu einem Git-Repository machen und alles darin committen (Autor aus Ihrer Git-Konfiguration)</translation>
    </message>
    <message>
        <source>Making %1 a git repository…</source>
        <translation>%1 wird zu einem Git-Repository gemacht…</translation>
    </message>
    <message>
        <source>%1 is now a git repository: first commit %2 on main</source>
        <translation>%1 ist jetzt ein Git-Repository: erster Commit %2 auf main</translation>
    </message>
    <message>
        <source>%1 is now a git repository: first commit %2 on main, origin %3</source>
        <translation>%1 ist jetzt ein Git-Repository: erster Commit %2 auf main, origin %3</translation>
    </message>
    <message>
        <source>No git repository was made: %1</source>
        <translation>Es wurde kein Git-Repository angelegt: %1</translation>
    </message>
    <message>
        <source>Reload Templates</source>
        <translation>Vorlagen neu laden</translation>
    </message>
    <message>
        <source>Load the templates again: built-in, your folders and the platform&apos;s (%1)</source>
        <translation>Vorlagen erneut laden: eingebaute, Ihre Ordner und die der Plattform (%1)</translation>
    </message>
</context>
<context>
    <name>Tarmac::CompositionCanvas</name>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Remove the selected nodes with their connections, or the selected connections</source>
        <translation>Die ausgewählten Knoten samt ihren Verbindungen oder die ausgewählten Verbindungen entfernen</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Change the id of the selected node</source>
        <translation>Die ID des ausgewählten Knotens ändern</translation>
    </message>
    <message>
        <source>Connect…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <source>Connect the selected node to another: the nodes it cannot connect to say why</source>
        <translation>Den ausgewählten Knoten mit einem anderen verbinden: Knoten, mit denen er nicht verbunden werden kann, nennen den Grund</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Alles auswählen</translation>
    </message>
    <message>
        <source>Select every node</source>
        <translation>Alle Knoten auswählen</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Show the whole composition</source>
        <translation>Die ganze Komposition anzeigen</translation>
    </message>
    <message>
        <source>Arrange</source>
        <translation>Anordnen</translation>
    </message>
    <message>
        <source>Lay the composition out automatically (Graphviz dot); undoable</source>
        <translation>Die Komposition automatisch anordnen (Graphviz dot); rückgängig machbar</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>There is no template &apos;%1&apos; in the catalog</source>
        <translation>Im Katalog gibt es keine Vorlage „%1“</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>Nicht hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Added resource %1; drag from a service&apos;s port to it to connect them</source>
        <translation>Ressource %1 hinzugefügt; ziehen Sie vom Anschluss eines Dienstes zu ihr, um beide zu verbinden</translation>
    </message>
    <message>
        <source>Added service %1; press F2 to rename it</source>
        <translation>Dienst %1 hinzugefügt; drücken Sie F2, um ihn umzubenennen</translation>
    </message>
    <message>
        <source>Delete the selection</source>
        <translation>Auswahl löschen</translation>
    </message>
    <message>
        <source>Deleted; Undo brings it back</source>
        <translation>Gelöscht; „Rückgängig“ stellt es wieder her</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Connect %1 and %2</source>
        <translation>%1 und %2 verbinden</translation>
    </message>
    <message>
        <source>Connected %1 and %2</source>
        <translation>%1 und %2 verbunden</translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>Verbinden nicht möglich: %1</translation>
    </message>
    <message>
        <source>Nothing to connect to yet</source>
        <translation>Noch nichts zum Verbinden vorhanden</translation>
    </message>
    <message>
        <source>Arranging…</source>
        <translation>Wird angeordnet…</translation>
    </message>
    <message>
        <source>Arrange automatically</source>
        <translation>Automatisch anordnen</translation>
    </message>
    <message>
        <source>Arranged; Undo puts the nodes back</source>
        <translation>Angeordnet; „Rückgängig“ setzt die Knoten zurück</translation>
    </message>
    <message>
        <source>Canvas actions</source>
        <translation>Aktionen der Arbeitsfläche</translation>
    </message>
</context>
<context>
    <name>Tarmac::CompositionDocument</name>
    <message>
        <source>&apos;%1&apos; is already in the composition</source>
        <translation>„%1“ ist bereits in der Komposition</translation>
    </message>
    <message>
        <source>Add service %1</source>
        <translation>Dienst %1 hinzufügen</translation>
    </message>
    <message>
        <source>Add resource %1</source>
        <translation>Ressource %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n node(s)</source>
        <translation>
            <numerusform>%n Knoten entfernen</numerusform>
            <numerusform>%n Knoten entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>Connect %1 to call %2</source>
        <translation>%1 verbinden, um %2 aufzurufen</translation>
    </message>
    <message>
        <source>Connect %1 to use %2</source>
        <translation>%1 verbinden, um %2 zu verwenden</translation>
    </message>
    <message>
        <source>Disconnect %1 from %2</source>
        <translation>%1 von %2 trennen</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>%1 verschieben</translation>
    </message>
    <message numerus="yes">
        <source>Move %n node(s)</source>
        <translation>
            <numerusform>%n Knoten verschieben</numerusform>
            <numerusform>%n Knoten verschieben</numerusform>
        </translation>
    </message>
    <message>
        <source>there is no node &apos;%1&apos;</source>
        <translation>es gibt keinen Knoten „%1“</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>%1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>Edit the parameters of %1</source>
        <translation>Parameter von %1 bearbeiten</translation>
    </message>
    <message>
        <source>Edit %1 of %2</source>
        <translation>%1 von %2 bearbeiten</translation>
    </message>
</context>
<context>
    <name>Tarmac::CompositionFile</name>
    <message>
        <source>parameters nest deeper than 32 levels</source>
        <translation>Parameter sind tiefer als 32 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>duplicate key &apos;%1&apos;</source>
        <translation>doppelter Schlüssel „%1“</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in %2; expected one of: %3</source>
        <translation>unbekannter Schlüssel „%1“ in %2; erwartet wird einer von: %3</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>this composition was written by a newer Tarmac (apiVersion %1); this version reads %2 only. Update Tarmac to open it.</source>
        <translation>diese Komposition wurde von einem neueren Tarmac geschrieben (apiVersion %1); diese Version liest nur %2. Aktualisieren Sie Tarmac, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>apiVersion &apos;%1&apos; is not a Tarmac composition version; expected %2</source>
        <translation>apiVersion „%1“ ist keine Tarmac-Kompositionsversion; erwartet wird %2</translation>
    </message>
    <message>
        <source>kind &apos;%1&apos; is not a composition; expected %2</source>
        <translation>kind „%1“ ist keine Komposition; erwartet wird %2</translation>
    </message>
    <message>
        <source>the composition</source>
        <translation>die Komposition</translation>
    </message>
    <message>
        <source>metadata</source>
        <translation>metadata</translation>
    </message>
    <message>
        <source>the id &apos;%1&apos; is used twice; every service and resource needs its own</source>
        <translation>die ID „%1“ wird doppelt verwendet; jeder Dienst und jede Ressource braucht eine eigene</translation>
    </message>
    <message>
        <source>a service must be a mapping with id, template, version and parameters</source>
        <translation>ein Dienst muss eine Zuordnung mit id, template, version und parameters sein</translation>
    </message>
    <message>
        <source>a service</source>
        <translation>ein Dienst</translation>
    </message>
    <message>
        <source>a resource must be a mapping with id, kind, template, version and parameters</source>
        <translation>eine Ressource muss eine Zuordnung mit id, kind, template, version und parameters sein</translation>
    </message>
    <message>
        <source>a resource</source>
        <translation>eine Ressource</translation>
    </message>
    <message>
        <source>a connection must be a mapping with from, to and kind</source>
        <translation>eine Verbindung muss eine Zuordnung mit from, to und kind sein</translation>
    </message>
    <message>
        <source>a connection</source>
        <translation>eine Verbindung</translation>
    </message>
    <message>
        <source>connection kind &apos;%1&apos; is unknown; expected uses or calls</source>
        <translation>die Verbindungsart „%1“ ist unbekannt; erwartet wird uses oder calls</translation>
    </message>
    <message>
        <source>connection %1 -&gt; %2: %3</source>
        <translation>Verbindung %1 -&gt; %2: %3</translation>
    </message>
    <message>
        <source>the layout places &apos;%1&apos;, which is not a service or resource</source>
        <translation>das Layout platziert „%1“, das weder ein Dienst noch eine Ressource ist</translation>
    </message>
    <message>
        <source>the position of &apos;%1&apos; must be {x: number, y: number}</source>
        <translation>die Position von „%1“ muss {x: number, y: number} sein</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>an id cannot be empty</source>
        <translation>eine ID darf nicht leer sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid id: use lower-case letters, digits and dashes, starting with a letter and not ending with a dash (at most 63)</source>
        <translation>„%1“ ist keine gültige ID: Verwenden Sie Kleinbuchstaben, Ziffern und Bindestriche, beginnend mit einem Buchstaben und nicht auf einen Bindestrich endend (höchstens 63)</translation>
    </message>
    <message>
        <source>an override must be a mapping with path, base and edited</source>
        <translation>eine Überschreibung muss eine Zuordnung mit path, base und edited sein</translation>
    </message>
    <message>
        <source>an override</source>
        <translation>eine Überschreibung</translation>
    </message>
    <message>
        <source>the override of &apos;%1&apos; needs its base text</source>
        <translation>die Überschreibung von „%1“ braucht ihren Basistext</translation>
    </message>
    <message>
        <source>the override of &apos;%1&apos; needs its edited text</source>
        <translation>die Überschreibung von „%1“ braucht ihren bearbeiteten Text</translation>
    </message>
    <message>
        <source>override path &apos;%1&apos; is not a plain path inside the service folder%2</source>
        <translation>der Überschreibungspfad „%1“ ist kein einfacher Pfad innerhalb des Dienstordners%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is overridden twice</source>
        <translation>„%1“ wird doppelt überschrieben</translation>
    </message>
</context>
<context>
    <name>Tarmac::CompositionNodeModel</name>
    <message>
        <source>%1 (service, %2)</source>
        <translation>%1 (Dienst, %2)</translation>
    </message>
    <message>
        <source>%1 (%2 resource)</source>
        <translation>%1 (Ressource %2)</translation>
    </message>
    <message>
        <source>calls %1</source>
        <translation>ruft %1 auf</translation>
    </message>
    <message>
        <source>uses %1</source>
        <translation>verwendet %1</translation>
    </message>
    <message>
        <source>called by %1</source>
        <translation>aufgerufen von %1</translation>
    </message>
    <message>
        <source>used by %1</source>
        <translation>verwendet von %1</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
</context>
<context>
    <name>Tarmac::CompositionScene</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Connecting %1: release over a service or resource</source>
        <translation>%1 wird verbunden: über einem Dienst oder einer Ressource loslassen</translation>
    </message>
    <message>
        <source>Release to connect %1 to %2</source>
        <translation>Loslassen, um %1 mit %2 zu verbinden</translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>Verbinden nicht möglich: %1</translation>
    </message>
    <message>
        <source>No connection made</source>
        <translation>Keine Verbindung hergestellt</translation>
    </message>
    <message>
        <source>Connected %1 and %2</source>
        <translation>%1 und %2 verbunden</translation>
    </message>
</context>
<context>
    <name>Tarmac::CompositionView</name>
    <message>
        <source>Composition canvas</source>
        <translation>Kompositions-Arbeitsfläche</translation>
    </message>
    <message>
        <source>Move with the keyboard</source>
        <translation>Mit der Tastatur verschieben</translation>
    </message>
    <message>
        <source>Select one service or resource to rename</source>
        <translation>Wählen Sie genau einen Dienst oder eine Ressource zum Umbenennen</translation>
    </message>
    <message>
        <source>New id</source>
        <translation>Neue ID</translation>
    </message>
    <message>
        <source>Type the new id of %1; Enter renames, Escape cancels</source>
        <translation>Geben Sie die neue ID von %1 ein; Eingabetaste benennt um, Esc bricht ab</translation>
    </message>
    <message>
        <source>Not renamed: %1</source>
        <translation>Nicht umbenannt: %1</translation>
    </message>
    <message>
        <source>Renamed %1 to %2</source>
        <translation>%1 in %2 umbenannt</translation>
    </message>
    <message>
        <source>Drag a template from the palette here to add a service or resource,
or select one and press Enter.</source>
        <translation>Ziehen Sie eine Vorlage aus der Palette hierher, um einen Dienst oder eine Ressource hinzuzufügen,
oder wählen Sie eine aus und drücken Sie die Eingabetaste.</translation>
    </message>
</context>
<context>
    <name>Tarmac::ConfigEditor</name>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Problems summary</source>
        <translation>Problemübersicht</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Editor for %1</source>
        <translation>Editor für %1</translation>
    </message>
    <message>
        <source>Problems in %1</source>
        <translation>Probleme in %1</translation>
    </message>
    <message>
        <source>No problems found</source>
        <translation>Keine Probleme gefunden</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (checking…)</source>
        <translation>%1 (wird geprüft…)</translation>
    </message>
</context>
<context>
    <name>Tarmac::ConnectionEditor</name>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>Add Platform Connection</source>
        <translation>Plattformverbindung hinzufügen</translation>
    </message>
    <message>
        <source>Edit Platform Connection</source>
        <translation>Plattformverbindung bearbeiten</translation>
    </message>
    <message>
        <source>for example: staging</source>
        <translation>zum Beispiel: staging</translation>
    </message>
    <message>
        <source>https://platform.example.org</source>
        <translation>https://platform.example.org</translation>
    </message>
    <message>
        <source>optional: a PEM file, for a platform with a private CA</source>
        <translation>optional: eine PEM-Datei, für eine Plattform mit privater CA</translation>
    </message>
    <message>
        <source>from tarmacd token create, or your platform team</source>
        <translation>von tarmacd token create oder Ihrem Plattform-Team</translation>
    </message>
    <message>
        <source>leave empty to keep the stored token</source>
        <translation>leer lassen, um das gespeicherte Token zu behalten</translation>
    </message>
    <message>
        <source>Kept in your system&apos;s keychain, never in a file</source>
        <translation>Im Schlüsselbund Ihres Systems aufbewahrt, nie in einer Datei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>&amp;CA-Zertifikat:</translation>
    </message>
    <message>
        <source>T&amp;oken:</source>
        <translation>T&amp;oken:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>%1 wird abgefragt…</translation>
    </message>
</context>
<context>
    <name>Tarmac::ConnectionsDialog</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>&amp;Use This Platform</source>
        <translation>Diese Plattform &amp;verwenden</translation>
    </message>
    <message>
        <source>Platform Connections</source>
        <translation>Plattformverbindungen</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>The token for %1 is kept in your keychain.</source>
        <translation>Das Token für %1 wird in Ihrem Schlüsselbund aufbewahrt.</translation>
    </message>
    <message>
        <source>No keychain is available here (%1), so the token for %2 is kept for this session only; you will be asked for it again next time.</source>
        <translation>Hier ist kein Schlüsselbund verfügbar (%1), daher wird das Token für %2 nur für diese Sitzung aufbewahrt; beim nächsten Mal werden Sie erneut danach gefragt.</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;.</source>
        <translation>Verbindung „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot; and its token.</source>
        <translation>„%1“ und das zugehörige Token wurden entfernt.</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>%1 wird abgefragt…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Now using &quot;%1&quot;.</source>
        <translation>Jetzt wird „%1“ verwendet.</translation>
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
    <name>Tarmac::Ctl</name>
    <message>
        <source>What to do (list).</source>
        <translation>Was zu tun ist (list).</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>JSON statt einer Tabelle ausgeben.</translation>
    </message>
    <message>
        <source>Render a template (a built-in name, a template folder or a template.yaml) into a folder, as Backstage&apos;s fetch:template would. Steps that need a remote system are listed as skipped.</source>
        <translation>Eine Vorlage (einen eingebauten Namen, einen Vorlagenordner oder eine template.yaml) in einen Ordner rendern, wie es fetch:template von Backstage täte. Schritte, die ein entferntes System brauchen, werden als übersprungen aufgeführt.</translation>
    </message>
    <message>
        <source>Template name, folder or template.yaml.</source>
        <translation>Vorlagenname, -ordner oder template.yaml.</translation>
    </message>
    <message>
        <source>A parameter value (repeatable).</source>
        <translation>Ein Parameterwert (wiederholbar).</translation>
    </message>
    <message>
        <source>Attach a resource (repeatable), e.g. postgres or postgres:orders-db.</source>
        <translation>Eine Ressource anhängen (wiederholbar), z. B. postgres oder postgres:orders-db.</translation>
    </message>
    <message>
        <source>Output folder.</source>
        <translation>Ausgabeordner.</translation>
    </message>
    <message>
        <source>Write into a folder that is not empty.</source>
        <translation>In einen nicht leeren Ordner schreiben.</translation>
    </message>
    <message>
        <source>Render and report, write nothing.</source>
        <translation>Rendern und berichten, nichts schreiben.</translation>
    </message>
    <message>
        <source>usage: tarmacctl render TEMPLATE --set KEY=VALUE ... [--resource KIND[:NAME]] ... -o DIR</source>
        <translation>Aufruf: tarmacctl render TEMPLATE --set KEY=VALUE ... [--resource KIND[:NAME]] ... -o DIR</translation>
    </message>
    <message>
        <source>tarmacctl render: no template &apos;%1&apos; (see tarmacctl templates list)</source>
        <translation>tarmacctl render: keine Vorlage „%1“ (siehe tarmacctl templates list)</translation>
    </message>
    <message>
        <source>tarmacctl render: --set expects KEY=VALUE, got &apos;%1&apos;</source>
        <translation>tarmacctl render: --set erwartet KEY=VALUE, erhalten: „%1“</translation>
    </message>
    <message>
        <source>tarmacctl render: &apos;%1&apos; is not a parameter of %2; expected one of: %3</source>
        <translation>tarmacctl render: „%1“ ist kein Parameter von %2; erwartet wird einer von: %3</translation>
    </message>
    <message>
        <source>tarmacctl render: %1 error(s); nothing was written</source>
        <translation>tarmacctl render: %1 Fehler; nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>skipped %1: %2</source>
        <translation>%1 übersprungen: %2</translation>
    </message>
    <message>
        <source>step %1 (%2) skipped: %3</source>
        <translation>Schritt %1 (%2) übersprungen: %3</translation>
    </message>
    <message>
        <source>tarmacctl render: %1 is not empty; use --force to write into it anyway</source>
        <translation>tarmacctl render: %1 ist nicht leer; verwenden Sie --force, um trotzdem hineinzuschreiben</translation>
    </message>
    <message>
        <source>wrote %1 files to %2 in %3 ms</source>
        <translation>%1 Dateien in %3 ms nach %2 geschrieben</translation>
    </message>
    <message>
        <source>Check a template (its manifest, GitHub Actions expressions nunjucks would eat, unknown filters, secrets, paths) or generated files (YAML, Kubernetes objects, secrets). Prints file:line:col: severity: message; exits 1 when there are errors.</source>
        <translation>Eine Vorlage (ihr Manifest, GitHub-Actions-Ausdrücke, die nunjucks verschlucken würde, unbekannte Filter, Geheimnisse, Pfade) oder erzeugte Dateien (YAML, Kubernetes-Objekte, Geheimnisse) prüfen. Gibt Datei:Zeile:Spalte: Schweregrad: Meldung aus; Exit-Code 1 bei Fehlern.</translation>
    </message>
    <message>
        <source>A template folder or template.yaml, or generated files.</source>
        <translation>Ein Vorlagenordner oder eine template.yaml oder erzeugte Dateien.</translation>
    </message>
    <message>
        <source>usage: tarmacctl validate PATH</source>
        <translation>Aufruf: tarmacctl validate PATH</translation>
    </message>
    <message>
        <source>tarmacctl validate: %1 does not exist</source>
        <translation>tarmacctl validate: %1 existiert nicht</translation>
    </message>
    <message>
        <source>tarmacctl validate: cannot read %1</source>
        <translation>tarmacctl validate: %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1: %2 error(s), %3 warning(s)</source>
        <translation>%1: %2 Fehler, %3 Warnung(en)</translation>
    </message>
    <message>
        <source>DORA or adoption metrics of a platform, per bucket, for scripts (definitions: tarmacd&apos;s API).</source>
        <translation>DORA- oder Adoptionskennzahlen einer Plattform, je Intervall, für Skripte (Definitionen: API von tarmacd).</translation>
    </message>
    <message>
        <source>dora or adoption</source>
        <translation>dora oder adoption</translation>
    </message>
    <message>
        <source>Start of the range: a date (UTC) or an RFC 3339 time (default: 90 days before --to).</source>
        <translation>Beginn des Zeitraums: ein Datum (UTC) oder eine RFC-3339-Zeit (Standard: 90 Tage vor --to).</translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation>WANN</translation>
    </message>
    <message>
        <source>End of the range, exclusive (default: tomorrow, 00:00 UTC).</source>
        <translation>Ende des Zeitraums, exklusiv (Standard: morgen, 00:00 UTC).</translation>
    </message>
    <message>
        <source>day, week or month (default: week).</source>
        <translation>day, week oder month (Standard: week).</translation>
    </message>
    <message>
        <source>BUCKET</source>
        <translation>INTERVALL</translation>
    </message>
    <message>
        <source>all, team:NAME, service:NAME, environment:NAME, path:golden or path:other (default: all).</source>
        <translation>all, team:NAME, service:NAME, environment:NAME, path:golden oder path:other (Standard: all).</translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation>UMFANG</translation>
    </message>
    <message>
        <source>dora: the report year of the bands (default: the platform&apos;s).</source>
        <translation>dora: das Berichtsjahr der Leistungsstufen (Standard: das der Plattform).</translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation>JAHR</translation>
    </message>
    <message>
        <source>Print the platform&apos;s JSON answer.</source>
        <translation>Die JSON-Antwort der Plattform ausgeben.</translation>
    </message>
    <message>
        <source>Print CSV, one line per bucket, in the API&apos;s units.</source>
        <translation>CSV ausgeben, eine Zeile je Intervall, in den Einheiten der API.</translation>
    </message>
    <message>
        <source>tarmacctl metrics: expected dora or adoption (tarmacctl metrics dora --from 2026-01-01)</source>
        <translation>tarmacctl metrics: erwartet wird dora oder adoption (tarmacctl metrics dora --from 2026-01-01)</translation>
    </message>
    <message>
        <source>tarmacctl metrics: --json and --csv exclude each other</source>
        <translation>tarmacctl metrics: --json und --csv schließen einander aus</translation>
    </message>
    <message>
        <source>tarmacctl metrics: --to: &apos;%1&apos; is neither a date (2026-01-31) nor an RFC 3339 time</source>
        <translation>tarmacctl metrics: --to: „%1“ ist weder ein Datum (2026-01-31) noch eine RFC-3339-Zeit</translation>
    </message>
    <message>
        <source>tarmacctl metrics: --from: &apos;%1&apos; is neither a date (2026-01-31) nor an RFC 3339 time</source>
        <translation>tarmacctl metrics: --from: „%1“ ist weder ein Datum (2026-01-31) noch eine RFC-3339-Zeit</translation>
    </message>
    <message>
        <source>tarmacctl metrics: --bucket must be day, week or month</source>
        <translation>tarmacctl metrics: --bucket muss day, week oder month sein</translation>
    </message>
    <message>
        <source>tarmacctl metrics: %1</source>
        <translation>tarmacctl metrics: %1</translation>
    </message>
    <message>
        <source>tarmacctl metrics: the platform did not answer; these figures were cached %1</source>
        <translation>tarmacctl metrics: die Plattform hat nicht geantwortet; diese Zahlen wurden %1 zwischengespeichert</translation>
    </message>
    <message>
        <source>tarmacctl metrics: the platform&apos;s answer is malformed: %1</source>
        <translation>tarmacctl metrics: die Antwort der Plattform ist fehlerhaft: %1</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>VON</translation>
    </message>
    <message>
        <source>DEPLOYS</source>
        <translation>BEREITSTELLUNGEN</translation>
    </message>
    <message>
        <source>LEAD MEDIAN</source>
        <translation>VORLAUF MEDIAN</translation>
    </message>
    <message>
        <source>LEAD P90</source>
        <translation>VORLAUF P90</translation>
    </message>
    <message>
        <source>CFR</source>
        <translation>CFR</translation>
    </message>
    <message>
        <source>RECOVERY</source>
        <translation>WIEDERHERSTELLUNG</translation>
    </message>
    <message>
        <source>REWORK</source>
        <translation>NACHARBEIT</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>services %1, from templates %2, behind newest template version %3, teams onboarded %4</source>
        <translation>Dienste %1, aus Vorlagen %2, hinter der neuesten Vorlagenversion %3, eingebundene Teams %4</translation>
    </message>
    <message>
        <source>TARMAC</source>
        <translation>TARMAC</translation>
    </message>
    <message>
        <source>OTHER</source>
        <translation>ANDERE</translation>
    </message>
    <message>
        <source>DEPLOYERS</source>
        <translation>BEREITSTELLENDE</translation>
    </message>
    <message>
        <source>GOLDEN PATH</source>
        <translation>GOLDEN PATH</translation>
    </message>
    <message>
        <source>Render a composition (*.tarmac.yaml) into a folder: each service under services/&lt;id&gt;/ with its record, compose.yaml and deploy/kustomization.yaml. Generating again merges the services&apos; overrides and refuses to overwrite hand edits that are not overrides.</source>
        <translation>Eine Komposition (*.tarmac.yaml) in einen Ordner rendern: jeden Dienst unter services/&lt;id&gt;/ mit seinem Datensatz, compose.yaml und deploy/kustomization.yaml. Erneutes Generieren führt die Überschreibungen der Dienste zusammen und weigert sich, Handänderungen zu überschreiben, die keine Überschreibungen sind.</translation>
    </message>
    <message>
        <source>The composition file.</source>
        <translation>Die Kompositionsdatei.</translation>
    </message>
    <message>
        <source>Render and list the files, write nothing.</source>
        <translation>Rendern und die Dateien auflisten, nichts schreiben.</translation>
    </message>
    <message>
        <source>usage: tarmacctl compose FILE.tarmac.yaml -o DIR</source>
        <translation>Aufruf: tarmacctl compose FILE.tarmac.yaml -o DIR</translation>
    </message>
    <message>
        <source>tarmacctl compose: %1 cannot be read; nothing was written</source>
        <translation>tarmacctl compose: %1 kann nicht gelesen werden; nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>tarmacctl compose: nothing was written</source>
        <translation>tarmacctl compose: nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>removed %1: the new render no longer produces it</source>
        <translation>%1 entfernt: das neue Rendering erzeugt es nicht mehr</translation>
    </message>
    <message>
        <source>merged your override of %1 with the new render</source>
        <translation>Ihre Überschreibung von %1 mit dem neuen Rendering zusammengeführt</translation>
    </message>
    <message>
        <source>%1:%2: conflict between your override and the new render; both sides are in the file</source>
        <translation>%1:%2: Konflikt zwischen Ihrer Überschreibung und dem neuen Rendering; beide Seiten stehen in der Datei</translation>
    </message>
    <message>
        <source>%1: the template no longer produces this file; your override is kept</source>
        <translation>%1: die Vorlage erzeugt diese Datei nicht mehr; Ihre Überschreibung bleibt erhalten</translation>
    </message>
    <message>
        <source>wrote %1 files for %2 services to %3 in %4 ms</source>
        <translation>%1 Dateien für %2 Dienste in %4 ms nach %3 geschrieben</translation>
    </message>
    <message>
        <source>Compare generated services with a fresh render of their template version, parameters and overrides. DIR is a service folder or a bundle (its services/*). Exits 0 when clean, 1 with a unified diff on stdout when not, 2 when the check cannot run.</source>
        <translation>Erzeugte Dienste mit einem frischen Rendering ihrer Vorlagenversion, Parameter und Überschreibungen vergleichen. DIR ist ein Dienstordner oder ein Bundle (dessen services/*). Exit-Code 0, wenn alles übereinstimmt, 1 mit einem Unified Diff auf stdout, wenn nicht, 2, wenn die Prüfung nicht laufen kann.</translation>
    </message>
    <message>
        <source>A generated service folder, or a bundle folder.</source>
        <translation>Ein erzeugter Dienstordner oder ein Bundle-Ordner.</translation>
    </message>
    <message>
        <source>Keep the hand edit of FILE (relative to the service folder) as an override first (repeatable).</source>
        <translation>Die Handänderung an FILE (relativ zum Dienstordner) zuerst als Überschreibung behalten (wiederholbar).</translation>
    </message>
    <message>
        <source>usage: tarmacctl drift DIR [--record FILE]...</source>
        <translation>Aufruf: tarmacctl drift DIR [--record FILE]...</translation>
    </message>
    <message>
        <source>tarmacctl drift: %1 does not exist</source>
        <translation>tarmacctl drift: %1 existiert nicht</translation>
    </message>
    <message>
        <source>tarmacctl drift: %1 has no service record (%2) and no services/*/%2; was it generated by Tarmac?</source>
        <translation>tarmacctl drift: %1 hat keinen Dienstdatensatz (%2) und kein services/*/%2; wurde es von Tarmac erzeugt?</translation>
    </message>
    <message>
        <source>tarmacctl drift: --record needs a service folder, not a bundle</source>
        <translation>tarmacctl drift: --record braucht einen Dienstordner, kein Bundle</translation>
    </message>
    <message>
        <source>tarmacctl drift: %1</source>
        <translation>tarmacctl drift: %1</translation>
    </message>
    <message>
        <source>%1: kept your edit of %2 as an override</source>
        <translation>%1: Ihre Änderung an %2 als Überschreibung behalten</translation>
    </message>
    <message numerus="yes">
        <source>no drift: %n service(s) match their templates</source>
        <translation>
            <numerusform>keine Abweichung: %n Dienst entspricht seiner Vorlage</numerusform>
            <numerusform>keine Abweichung: %n Dienste entsprechen ihren Vorlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>deployment %1: %2</source>
        <translation>Bereitstellung %1: %2</translation>
    </message>
    <message>
        <source>deployment %1: %2 (%3)</source>
        <translation>Bereitstellung %1: %2 (%3)</translation>
    </message>
    <message>
        <source>event stream interrupted (%1); resuming, attempt %2</source>
        <translation>Ereignisstrom unterbrochen (%1); wird fortgesetzt, Versuch %2</translation>
    </message>
    <message>
        <source>tarmacctl deploy: cannot follow deployment %1: %2</source>
        <translation>tarmacctl deploy: Bereitstellung %1 kann nicht verfolgt werden: %2</translation>
    </message>
    <message>
        <source>Deploy a service to an environment of the platform, and with --follow print its log until it finishes (exit 0 on success, 1 on failure).</source>
        <translation>Einen Dienst in einer Umgebung der Plattform bereitstellen und mit --follow sein Protokoll bis zum Ende ausgeben (Exit-Code 0 bei Erfolg, 1 bei Fehlschlag).</translation>
    </message>
    <message>
        <source>The service&apos;s name or id.</source>
        <translation>Name oder ID des Dienstes.</translation>
    </message>
    <message>
        <source>The environment&apos;s name or id.</source>
        <translation>Name oder ID der Umgebung.</translation>
    </message>
    <message>
        <source>Print the deployment&apos;s log until it finishes.</source>
        <translation>Das Protokoll der Bereitstellung bis zu ihrem Ende ausgeben.</translation>
    </message>
    <message>
        <source>planned (default), hotfix or rollback.</source>
        <translation>planned (Standard), hotfix oder rollback.</translation>
    </message>
    <message>
        <source>The version being deployed (default: a time stamp).</source>
        <translation>Die bereitgestellte Version (Standard: ein Zeitstempel).</translation>
    </message>
    <message>
        <source>The commit being deployed.</source>
        <translation>Der bereitgestellte Commit.</translation>
    </message>
    <message>
        <source>A folder of files the deployer writes out and runs.</source>
        <translation>Ein Ordner mit Dateien, die der Bereitsteller ausschreibt und ausführt.</translation>
    </message>
    <message>
        <source>usage: tarmacctl deploy SERVICE --env ENV [--follow] [--intent planned|hotfix|rollback]</source>
        <translation>Aufruf: tarmacctl deploy SERVICE --env ENV [--follow] [--intent planned|hotfix|rollback]</translation>
    </message>
    <message>
        <source>tarmacctl deploy: --intent must be planned, hotfix or rollback, not &apos;%1&apos;</source>
        <translation>tarmacctl deploy: --intent muss planned, hotfix oder rollback sein, nicht „%1“</translation>
    </message>
    <message>
        <source>deployment %1 of %2 to %3: %4</source>
        <translation>Bereitstellung %1 von %2 in %3: %4</translation>
    </message>
    <message>
        <source>List a platform&apos;s deployments, newest first.</source>
        <translation>Die Bereitstellungen einer Plattform auflisten, neueste zuerst.</translation>
    </message>
    <message>
        <source>Only this service&apos;s.</source>
        <translation>Nur die dieses Dienstes.</translation>
    </message>
    <message>
        <source>Only this environment&apos;s.</source>
        <translation>Nur die dieser Umgebung.</translation>
    </message>
    <message>
        <source>Only queued, running, succeeded, failed or cancelled ones.</source>
        <translation>Nur die in der Warteschlange, laufenden, erfolgreichen, fehlgeschlagenen oder abgebrochenen.</translation>
    </message>
    <message>
        <source>At most this many (default 50).</source>
        <translation>Höchstens so viele (Standard 50).</translation>
    </message>
    <message>
        <source>usage: tarmacctl deployments list [--service S] [--env E] [--status S] [--json]</source>
        <translation>Aufruf: tarmacctl deployments list [--service S] [--env E] [--status S] [--json]</translation>
    </message>
    <message>
        <source>tarmacctl deployments: --limit must be a positive number</source>
        <translation>tarmacctl deployments: --limit muss eine positive Zahl sein</translation>
    </message>
    <message>
        <source>Who renders, as the templates&apos; user.ref (default: TARMAC_USER, or your login name).</source>
        <translation>Wer rendert, als user.ref der Vorlagen (Standard: TARMAC_USER oder Ihr Anmeldename).</translation>
    </message>
    <message>
        <source>Store a workshop session on the platform (without the facilitator&apos;s private notes); a session stored before is replaced.</source>
        <translation>Eine Workshop-Sitzung auf der Plattform speichern (ohne die privaten Notizen der Moderation); eine zuvor gespeicherte Sitzung wird ersetzt.</translation>
    </message>
    <message>
        <source>The *.tarmac-assessment.yaml file.</source>
        <translation>Die Datei *.tarmac-assessment.yaml.</translation>
    </message>
    <message>
        <source>usage: tarmacctl assessment publish SESSION.tarmac-assessment.yaml [--platform URL]</source>
        <translation>Aufruf: tarmacctl assessment publish SESSION.tarmac-assessment.yaml [--platform URL]</translation>
    </message>
    <message>
        <source>%1: the session has no date; set one before publishing (the platform lists sessions by date)</source>
        <translation>%1: die Sitzung hat kein Datum; legen Sie eines fest, bevor Sie sie veröffentlichen (die Plattform listet Sitzungen nach Datum auf)</translation>
    </message>
    <message>
        <source>%1: replaced the copy stored as %2 (%3, %4)</source>
        <translation>%1: die als %2 gespeicherte Kopie wurde ersetzt (%3, %4)</translation>
    </message>
    <message>
        <source>%1: stored as %2 (%3, %4)</source>
        <translation>%1: als %2 gespeichert (%3, %4)</translation>
    </message>
    <message>
        <source>List the workshop sessions the platform stores, newest first.</source>
        <translation>Die Workshop-Sitzungen auflisten, die die Plattform speichert, neueste zuerst.</translation>
    </message>
    <message>
        <source>Only this scope: organisation, unit or team, optionally with :NAME.</source>
        <translation>Nur dieser Umfang: organisation, unit oder team, optional mit :NAME.</translation>
    </message>
    <message>
        <source>Only sessions run with this model id.</source>
        <translation>Nur Sitzungen, die mit dieser Modell-ID durchgeführt wurden.</translation>
    </message>
    <message>
        <source>usage: tarmacctl assessment list [--scope KIND[:NAME]] [--model ID] [--limit N] [--json]</source>
        <translation>Aufruf: tarmacctl assessment list [--scope KIND[:NAME]] [--model ID] [--limit N] [--json]</translation>
    </message>
    <message>
        <source>tarmacctl assessment list: --limit must be a positive number</source>
        <translation>tarmacctl assessment list: --limit muss eine positive Zahl sein</translation>
    </message>
    <message>
        <source>Publish a template folder (template.yaml and its skeleton) to the platform as the version its metadata.tarmac.version names. Versions never change: the same version with other files is refused.</source>
        <translation>Einen Vorlagenordner (template.yaml und sein Gerüst) als die Version auf der Plattform veröffentlichen, die metadata.tarmac.version nennt. Versionen ändern sich nie: dieselbe Version mit anderen Dateien wird abgelehnt.</translation>
    </message>
    <message>
        <source>The template folder, holding template.yaml.</source>
        <translation>Der Vorlagenordner mit template.yaml.</translation>
    </message>
    <message>
        <source>usage: tarmacctl templates publish FOLDER [--platform URL]</source>
        <translation>Aufruf: tarmacctl templates publish ORDNER [--platform URL]</translation>
    </message>
    <message>
        <source>tarmacctl templates publish: %1 %2 to %3: %4</source>
        <translation>tarmacctl templates publish: %1 %2 an %3: %4</translation>
    </message>
    <message numerus="yes">
        <source>%1: published %2 %3 (%n file(s)) as %4</source>
        <translation>
            <numerusform>%1: %2 %3 veröffentlicht (%n Datei) als %4</numerusform>
            <numerusform>%1: %2 %3 veröffentlicht (%n Dateien) als %4</numerusform>
        </translation>
    </message>
    <message>
        <source>List the templates tarmacctl knows: built-in, then your folders; with --platform, the latest version of each template the platform has. &apos;templates publish FOLDER&apos; publishes one.</source>
        <translation>Die Vorlagen auflisten, die tarmacctl kennt: eingebaute, dann Ihre Ordner; mit --platform die neueste Version jeder Vorlage der Plattform. &apos;templates publish ORDNER&apos; veröffentlicht eine.</translation>
    </message>
    <message>
        <source>What to do (list, or publish FOLDER).</source>
        <translation>Was zu tun ist (list oder publish ORDNER).</translation>
    </message>
    <message>
        <source>tarmacctl templates: expected &apos;list&apos; or &apos;publish FOLDER&apos; (tarmacctl templates list [--platform URL] [--json])</source>
        <translation>tarmacctl templates: &apos;list&apos; oder &apos;publish ORDNER&apos; erwartet (tarmacctl templates list [--platform URL] [--json])</translation>
    </message>
    <message>
        <source>Usage:
  tarmacctl assessment models
      list the maturity models (built in, then your own)
  tarmacctl assessment validate FILE...
      check model or crosswalk files; errors say file:line:column
  tarmacctl assessment export SESSION [--format csv|md|pdf] [-o FILE]
                          [--csv FILE] [--md FILE] [--pdf FILE] [--previous SESSION]
                          [--model MODELFILE] [--as MODEL-ID]
      write the report of a *.tarmac-assessment.yaml session; CSV and Markdown go
      to standard output without -o; --as reads the results in another model
      through a crosswalk (platform-engineering &lt;-&gt; cncf-platform-engineering)
  tarmacctl assessment publish SESSION [--platform URL]
      store the session on the platform without its private notes (a session
      stored before is replaced); prints the stored id
  tarmacctl assessment list [--scope KIND[:NAME]] [--model ID] [--limit N] [--json]
      the sessions the platform stores, newest first</source>
        <translation>Aufruf:
  tarmacctl assessment models
      die Reifegradmodelle auflisten (eingebaute, dann Ihre eigenen)
  tarmacctl assessment validate DATEI...
      Modell- oder Crosswalk-Dateien prüfen; Fehler nennen Datei:Zeile:Spalte
  tarmacctl assessment export SITZUNG [--format csv|md|pdf] [-o DATEI]
                          [--csv DATEI] [--md DATEI] [--pdf DATEI] [--previous SITZUNG]
                          [--model MODELLDATEI] [--as MODELL-ID]
      den Bericht einer *.tarmac-assessment.yaml-Sitzung schreiben; CSV und Markdown
      gehen ohne -o auf die Standardausgabe; --as liest die Ergebnisse über einen
      Crosswalk in einem anderen Modell (platform-engineering &lt;-&gt; cncf-platform-engineering)
  tarmacctl assessment publish SITZUNG [--platform URL]
      die Sitzung ohne ihre privaten Notizen auf der Plattform speichern (eine früher
      gespeicherte Sitzung wird ersetzt); gibt die gespeicherte ID aus
  tarmacctl assessment list [--scope ART[:NAME]] [--model ID] [--limit N] [--json]
      die Sitzungen, die die Plattform speichert, neueste zuerst</translation>
    </message>
    <message>
        <source>%1 capabilities x %2 levels</source>
        <translation>%1 Fähigkeiten x %2 Stufen</translation>
    </message>
    <message>
        <source>%1: ok</source>
        <translation>%1: ok</translation>
    </message>
    <message>
        <source>tarmacctl: cannot write %1: %2</source>
        <translation>tarmacctl: %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Write the report of a *.tarmac-assessment.yaml session.</source>
        <translation>Den Bericht einer *.tarmac-assessment.yaml-Sitzung schreiben.</translation>
    </message>
    <message>
        <source>csv, md or pdf</source>
        <translation>csv, md oder pdf</translation>
    </message>
    <message>
        <source>Where to write the report.</source>
        <translation>Wohin der Bericht geschrieben wird.</translation>
    </message>
    <message>
        <source>Also write CSV to FILE.</source>
        <translation>Zusätzlich CSV in DATEI schreiben.</translation>
    </message>
    <message>
        <source>Also write Markdown to FILE.</source>
        <translation>Zusätzlich Markdown in DATEI schreiben.</translation>
    </message>
    <message>
        <source>Also write the PDF report to FILE.</source>
        <translation>Zusätzlich den PDF-Bericht in DATEI schreiben.</translation>
    </message>
    <message>
        <source>The previous round&apos;s session, for comparison.</source>
        <translation>Die Sitzung der vorigen Runde, zum Vergleich.</translation>
    </message>
    <message>
        <source>The model file, when it is not installed.</source>
        <translation>Die Modelldatei, wenn sie nicht installiert ist.</translation>
    </message>
    <message>
        <source>Report in another model, through a crosswalk.</source>
        <translation>In einem anderen Modell berichten, über einen Crosswalk.</translation>
    </message>
    <message>
        <source>tarmacctl: %1 uses the model &apos;%2&apos;, which is not installed (give it with --model)</source>
        <translation>tarmacctl: %1 verwendet das Modell &apos;%2&apos;, das nicht installiert ist (mit --model angeben)</translation>
    </message>
    <message>
        <source>tarmacctl: note: the model &apos;%1&apos; has changed since this session was run (%2 then, %3 now)</source>
        <translation>tarmacctl: Hinweis: das Modell &apos;%1&apos; hat sich seit dieser Sitzung geändert (damals %2, jetzt %3)</translation>
    </message>
    <message>
        <source>tarmacctl: no model &apos;%1&apos; is installed</source>
        <translation>tarmacctl: kein Modell &apos;%1&apos; ist installiert</translation>
    </message>
    <message>
        <source>tarmacctl: no crosswalk joins &apos;%1&apos; and &apos;%2&apos;</source>
        <translation>tarmacctl: kein Crosswalk verbindet &apos;%1&apos; und &apos;%2&apos;</translation>
    </message>
    <message>
        <source>tarmacctl: a PDF needs a file: -o FILE or --pdf FILE</source>
        <translation>tarmacctl: ein PDF braucht eine Datei: -o DATEI oder --pdf DATEI</translation>
    </message>
    <message>
        <source>tarmacctl: PDF export needs a GUI application object</source>
        <translation>tarmacctl: der PDF-Export braucht ein GUI-Anwendungsobjekt</translation>
    </message>
    <message>
        <source>tarmacctl: unknown format &apos;%1&apos; (csv, md or pdf)</source>
        <translation>tarmacctl: unbekanntes Format &apos;%1&apos; (csv, md oder pdf)</translation>
    </message>
    <message>
        <source>tarmacctl: cannot find %1 beside %2 or in %3; the installation is incomplete</source>
        <translation>tarmacctl: %1 ist weder neben %2 noch in %3 zu finden; die Installation ist unvollständig</translation>
    </message>
    <message>
        <source>tarmacctl: cannot run %1: %2</source>
        <translation>tarmacctl: %1 kann nicht ausgeführt werden: %2</translation>
    </message>
</context>
<context>
    <name>Tarmac::Ctl::PlatformOptions</name>
    <message>
        <source>The platform&apos;s URL (default: $TARMAC_PLATFORM).</source>
        <translation>Die URL der Plattform (Standard: $TARMAC_PLATFORM).</translation>
    </message>
    <message>
        <source>Trust this PEM CA certificate too (for a platform with a private CA).</source>
        <translation>Auch diesem PEM-CA-Zertifikat vertrauen (für eine Plattform mit privater CA).</translation>
    </message>
    <message>
        <source>no platform: pass --platform URL or set TARMAC_PLATFORM</source>
        <translation>keine Plattform: Übergeben Sie --platform URL oder setzen Sie TARMAC_PLATFORM</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http or https URL</source>
        <translation>„%1“ ist keine http- oder https-URL</translation>
    </message>
    <message>
        <source>cannot read the CA certificate %1: %2</source>
        <translation>das CA-Zertifikat %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <source>the keychain</source>
        <translation>der Schlüsselbund</translation>
    </message>
    <message>
        <source>none (the keychain has no token for %1)</source>
        <translation>keines (der Schlüsselbund hat kein Token für %1)</translation>
    </message>
    <message>
        <source>none (keychain: %1)</source>
        <translation>keines (Schlüsselbund: %1)</translation>
    </message>
</context>
<context>
    <name>Tarmac::DeployPage</name>
    <message>
        <source>&amp;Register service…</source>
        <translation>Dienst &amp;registrieren…</translation>
    </message>
    <message>
        <source>a time stamp when empty</source>
        <translation>ein Zeitstempel, wenn leer</translation>
    </message>
    <message>
        <source>optional: the generated service&apos;s folder</source>
        <translation>optional: der Ordner des erzeugten Dienstes</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Deploy…</source>
        <translation>&amp;Bereitstellen…</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Dienst:</translation>
    </message>
    <message>
        <source>B&amp;undle:</source>
        <translation>B&amp;undle:</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>Bereitstellen</translation>
    </message>
    <message>
        <source>No deployment followed yet.</source>
        <translation>Noch keine Bereitstellung verfolgt.</translation>
    </message>
    <message>
        <source>&amp;Cancel deployment</source>
        <translation>Bereitstellung &amp;abbrechen</translation>
    </message>
    <message>
        <source>The log of the deployment you follow appears here.</source>
        <translation>Das Protokoll der verfolgten Bereitstellung erscheint hier.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Alle Dienste</translation>
    </message>
    <message>
        <source>All environments</source>
        <translation>Alle Umgebungen</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Roll &amp;back to this…</source>
        <translation>Hierauf &amp;zurücksetzen (Rollback)…</translation>
    </message>
    <message>
        <source>Deploy again the last successful release before the selected deployment</source>
        <translation>Die letzte erfolgreiche Version vor der ausgewählten Bereitstellung erneut bereitstellen</translation>
    </message>
    <message>
        <source>Mark &amp;incident…</source>
        <translation>&amp;Vorfall melden…</translation>
    </message>
    <message>
        <source>Re&amp;solve incidents</source>
        <translation>Vorfälle &amp;beheben</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Bundle folder</source>
        <translation>Bundle-Ordner</translation>
    </message>
    <message>
        <source>The platform does not answer: showing cached data, from %1.</source>
        <translation>Die Plattform antwortet nicht: Angezeigt werden zwischengespeicherte Daten vom %1.</translation>
    </message>
    <message>
        <source>The platform does not answer; what you see is cached, from %1. Check the platform, then retry.</source>
        <translation>Die Plattform antwortet nicht; was Sie sehen, ist zwischengespeichert, vom %1. Prüfen Sie die Plattform und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Deploy %1 version %2 to %3.</source>
        <translation>%1 Version %2 in %3 bereitstellen.</translation>
    </message>
    <message>
        <source>No bundle: the deployer runs the service&apos;s registered run command.</source>
        <translation>Kein Bundle: Der Bereitsteller führt den registrierten Startbefehl des Dienstes aus.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) from %1; nothing deployed from this workbench to compare with.</source>
        <translation>
            <numerusform>%n Datei aus %1; von dieser Werkbank wurde nichts zum Vergleichen bereitgestellt.</numerusform>
            <numerusform>%n Dateien aus %1; von dieser Werkbank wurde nichts zum Vergleichen bereitgestellt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) differ from the bundle last deployed there:</source>
        <translation>
            <numerusform>%n Datei weicht vom zuletzt dort bereitgestellten Bundle ab:</numerusform>
            <numerusform>%n Dateien weichen vom zuletzt dort bereitgestellten Bundle ab:</numerusform>
        </translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>Cannot read the bundle: %1. Choose another folder, or none.</source>
        <translation>Das Bundle kann nicht gelesen werden: %1. Wählen Sie einen anderen Ordner oder keinen.</translation>
    </message>
    <message>
        <source>Deploy %1?</source>
        <translation>%1 bereitstellen?</translation>
    </message>
    <message>
        <source>&amp;Deploy</source>
        <translation>&amp;Bereitstellen</translation>
    </message>
    <message>
        <source>Asking the platform to deploy %1…</source>
        <translation>Die Plattform wird gebeten, %1 bereitzustellen…</translation>
    </message>
    <message>
        <source>Not deployed.</source>
        <translation>Nicht bereitgestellt.</translation>
    </message>
    <message>
        <source>Deployment %1: queued</source>
        <translation>Bereitstellung %1: in der Warteschlange</translation>
    </message>
    <message>
        <source>Deployment %1: %2</source>
        <translation>Bereitstellung %1: %2</translation>
    </message>
    <message>
        <source>Deployment %1: %2 (%3)</source>
        <translation>Bereitstellung %1: %2 (%3)</translation>
    </message>
    <message>
        <source>-- the event stream was interrupted (%1); resuming, attempt %2</source>
        <translation>-- der Ereignisstrom wurde unterbrochen (%1); wird fortgesetzt, Versuch %2</translation>
    </message>
    <message>
        <source>Lost the progress of deployment %1: %2</source>
        <translation>Der Fortschritt von Bereitstellung %1 ging verloren: %2</translation>
    </message>
    <message>
        <source>-- cancellation requested</source>
        <translation>-- Abbruch angefordert</translation>
    </message>
    <message>
        <source>Roll back?</source>
        <translation>Zurücksetzen (Rollback)?</translation>
    </message>
    <message>
        <source>Roll %1 in %2 back to the last successful release before %3?</source>
        <translation>%1 in %2 auf die letzte erfolgreiche Version vor %3 zurücksetzen?</translation>
    </message>
    <message>
        <source>&amp;Roll back</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Mark incident</source>
        <translation>Vorfall melden</translation>
    </message>
    <message>
        <source>What went wrong after deployment %1?</source>
        <translation>Was ist nach Bereitstellung %1 schiefgelaufen?</translation>
    </message>
    <message>
        <source>Incident &quot;%1&quot; opened and attributed to deployment %2.</source>
        <translation>Vorfall „%1“ eröffnet und Bereitstellung %2 zugeordnet.</translation>
    </message>
    <message>
        <source>Deployment %1 has no open incident.</source>
        <translation>Bereitstellung %1 hat keinen offenen Vorfall.</translation>
    </message>
    <message>
        <source>The incidents of deployment %1 are resolved.</source>
        <translation>Die Vorfälle von Bereitstellung %1 sind behoben.</translation>
    </message>
    <message>
        <source>Register a service</source>
        <translation>Dienst registrieren</translation>
    </message>
    <message>
        <source>the golden-path template it was generated from</source>
        <translation>die Golden-Path-Vorlage, aus der er erzeugt wurde</translation>
    </message>
    <message>
        <source>how the local deployer starts it, e.g. ./run.sh</source>
        <translation>wie der lokale Bereitsteller ihn startet, z. B. ./run.sh</translation>
    </message>
    <message>
        <source>optional, e.g. http://127.0.0.1:8080/healthz</source>
        <translation>optional, z. B. http://127.0.0.1:8080/healthz</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <source>T&amp;emplate:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>&amp;Run command:</source>
        <translation>&amp;Startbefehl:</translation>
    </message>
    <message>
        <source>&amp;Health URL:</source>
        <translation>&amp;Health-URL:</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Registrieren</translation>
    </message>
    <message>
        <source>%1 to %2: %3</source>
        <translation>%1 in %2: %3</translation>
    </message>
    <message>
        <source>Cannot tell which commit was last deployed to %1: %2</source>
        <translation>Es lässt sich nicht feststellen, welcher Commit zuletzt in %1 bereitgestellt wurde: %2</translation>
    </message>
    <message>
        <source>Changes:</source>
        <translation>Änderungen:</translation>
    </message>
    <message>
        <source>Deployed %1 to %2</source>
        <translation>%1 in %2 bereitgestellt</translation>
    </message>
    <message>
        <source>Deployment of %1 to %2 cancelled</source>
        <translation>Bereitstellung von %1 in %2 abgebrochen</translation>
    </message>
    <message>
        <source>Deployment of %1 to %2 failed</source>
        <translation>Bereitstellung von %1 in %2 fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>Tarmac::DeploymentChanges</name>
    <message>
        <source>The folder is not a git repository: no changes are sent, so lead time cannot be measured for this deployment.</source>
        <translation>Der Ordner ist kein Git-Repository: Es werden keine Änderungen übermittelt, daher kann die Vorlaufzeit für diese Bereitstellung nicht gemessen werden.</translation>
    </message>
    <message>
        <source>The git repository cannot be read (%1): no changes are sent.</source>
        <translation>Das Git-Repository kann nicht gelesen werden (%1): Es werden keine Änderungen übermittelt.</translation>
    </message>
    <message numerus="yes">
        <source>%n commit(s) (first deployment here):</source>
        <translation>
            <numerusform>%n Commit (erste Bereitstellung hier):</numerusform>
            <numerusform>%n Commits (erste Bereitstellung hier):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n commit(s); the commit last deployed here (%1) is not in this repository, so they are counted as for a first deployment:</source>
        <translation>
            <numerusform>%n Commit; der zuletzt hier bereitgestellte Commit (%1) ist nicht in diesem Repository, daher wird er wie bei einer ersten Bereitstellung gezählt:</numerusform>
            <numerusform>%n Commits; der zuletzt hier bereitgestellte Commit (%1) ist nicht in diesem Repository, daher werden sie wie bei einer ersten Bereitstellung gezählt:</numerusform>
        </translation>
    </message>
    <message>
        <source>No new commits since %1, which is already deployed here.</source>
        <translation>Keine neuen Commits seit %1, der hier bereits bereitgestellt ist.</translation>
    </message>
    <message numerus="yes">
        <source>%n commit(s) since %1, last deployed here:</source>
        <translation>
            <numerusform>%n Commit seit %1, dem zuletzt hier bereitgestellten:</numerusform>
            <numerusform>%n Commits seit %1, dem zuletzt hier bereitgestellten:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and older ones, left out (at most %n are sent).</source>
        <translation>
            <numerusform>… und ältere, ausgelassen (höchstens %n wird übermittelt).</numerusform>
            <numerusform>… und ältere, ausgelassen (höchstens %n werden übermittelt).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tarmac::DeploymentStream</name>
    <message>
        <source>the event stream ended before the deployment finished</source>
        <translation>der Ereignisstrom endete, bevor die Bereitstellung abgeschlossen war</translation>
    </message>
</context>
<context>
    <name>Tarmac::DeploymentTray</name>
    <message>
        <source>&amp;Show Tarmac</source>
        <translation>Tarmac &amp;anzeigen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>No deployment running</source>
        <translation>Keine laufende Bereitstellung</translation>
    </message>
    <message>
        <source>Tarmac</source>
        <translation>Tarmac</translation>
    </message>
    <message numerus="yes">
        <source>Tarmac: %n deployment(s) running</source>
        <translation>
            <numerusform>Tarmac: %n laufende Bereitstellung</numerusform>
            <numerusform>Tarmac: %n laufende Bereitstellungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tarmac::DeploymentsModel</name>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Intent</source>
        <translation>Absicht</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>Tarmac::DiagnosticsModel</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error at line %1, column %2: %3</source>
        <translation>Fehler in Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>Warning at line %1, column %2: %3</source>
        <translation>Warnung in Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Line:Col</source>
        <translation>Zeile:Spalte</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>Tarmac::DiffView</name>
    <message>
        <source>Differences</source>
        <translation>Unterschiede</translation>
    </message>
    <message>
        <source>Unified</source>
        <translation>Vereinheitlicht</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Nebeneinander</translation>
    </message>
    <message>
        <source>Diff layout</source>
        <translation>Diff-Layout</translation>
    </message>
    <message>
        <source>Unified diff</source>
        <translation>Unified Diff</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Erzeugt</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Bearbeitet</translation>
    </message>
    <message>
        <source>%1 → %2: %3 added, %4 removed</source>
        <translation>%1 → %2: %3 hinzugefügt, %4 entfernt</translation>
    </message>
</context>
<context>
    <name>Tarmac::DockerfileChecker</name>
    <message>
        <source>base image &apos;%1&apos; has no tag, so every build may get a different image; pin a version (name:1.2.3) or a digest (name@sha256:...)</source>
        <translation>das Basis-Image „%1“ hat kein Tag, daher kann jeder Build ein anderes Image erhalten; fixieren Sie eine Version (name:1.2.3) oder einen Digest (name@sha256:...)</translation>
    </message>
    <message>
        <source>base image &apos;%1&apos; uses the &apos;latest&apos; tag, so every build may get a different image; pin a version or a digest</source>
        <translation>das Basis-Image „%1“ verwendet das Tag „latest“, daher kann jeder Build ein anderes Image erhalten; fixieren Sie eine Version oder einen Digest</translation>
    </message>
    <message>
        <source>the final stage sets no USER, so the container runs as root; add a USER with a non-root user after the last FROM</source>
        <translation>die letzte Stage setzt kein USER, daher läuft der Container als root; fügen Sie nach dem letzten FROM ein USER mit einem Nicht-root-Benutzer hinzu</translation>
    </message>
    <message>
        <source>the container runs as root (USER %1); the final USER must be a non-root user</source>
        <translation>der Container läuft als root (USER %1); das letzte USER muss ein Nicht-root-Benutzer sein</translation>
    </message>
</context>
<context>
    <name>Tarmac::Drift</name>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: Schreiben nicht möglich: %2</translation>
    </message>
    <message>
        <source>changed: %1 (an override made on an older render; generate again to merge it)</source>
        <translation>geändert: %1 (eine Überschreibung auf einem älteren Rendering; generieren Sie erneut, um sie zusammenzuführen)</translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation>geändert: %1</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>fehlt: %1</translation>
    </message>
    <message>
        <source>added: %1</source>
        <translation>hinzugefügt: %1</translation>
    </message>
    <message>
        <source>conflict: %1 still holds conflict markers</source>
        <translation>Konflikt: %1 enthält noch Konfliktmarkierungen</translation>
    </message>
    <message>
        <source>orphaned override: %1 is no longer produced by the template; the edit is kept</source>
        <translation>verwaiste Überschreibung: %1 wird von der Vorlage nicht mehr erzeugt; die Änderung bleibt erhalten</translation>
    </message>
    <message>
        <source>%1: no such folder</source>
        <translation>%1: kein solcher Ordner</translation>
    </message>
    <message>
        <source>%1: cannot render the service again:
%2</source>
        <translation>%1: der Dienst kann nicht erneut gerendert werden:
%2</translation>
    </message>
    <message>
        <source>%1: override &apos;%2&apos; is not a path inside the folder</source>
        <translation>%1: die Überschreibung „%2“ ist kein Pfad innerhalb des Ordners</translation>
    </message>
    <message>
        <source>%1: cannot render the service again</source>
        <translation>%1: der Dienst kann nicht erneut gerendert werden</translation>
    </message>
    <message>
        <source>%1: %2 is not a file the template generates; only generated files have overrides</source>
        <translation>%1: %2 ist keine Datei, die die Vorlage erzeugt; nur erzeugte Dateien haben Überschreibungen</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: Lesen nicht möglich: %2</translation>
    </message>
</context>
<context>
    <name>Tarmac::EdgeItem</name>
    <message>
        <source>%1 calls %2</source>
        <translation>%1 ruft %2 auf</translation>
    </message>
    <message>
        <source>%1 uses %2</source>
        <translation>%1 verwendet %2</translation>
    </message>
</context>
<context>
    <name>Tarmac::EnvironmentsModel</name>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>Deployer</source>
        <translation>Bereitsteller</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>Tarmac::ExplainPanel</name>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1

This number covers %2.</source>
        <translation>%1

Diese Zahl umfasst %2.</translation>
    </message>
    <message>
        <source>Loading the records behind this number…</source>
        <translation>Die Datensätze hinter dieser Zahl werden geladen…</translation>
    </message>
    <message>
        <source>The records behind this number could not be loaded: %1</source>
        <translation>Die Datensätze hinter dieser Zahl konnten nicht geladen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) behind this number:</source>
        <translation>
            <numerusform>%n Datensatz hinter dieser Zahl:</numerusform>
            <numerusform>%n Datensätze hinter dieser Zahl:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tarmac::FindReplaceBar</name>
    <message>
        <source>Find and replace</source>
        <translation>Suchen und ersetzen</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Vorheriges</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nächstes</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>Whole words</source>
        <translation>Ganze Wörter</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Regulärer Ausdruck</translation>
    </message>
    <message>
        <source>Search result</source>
        <translation>Suchergebnis</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>Close find and replace</source>
        <translation>Suchen und ersetzen schließen</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>Alle ersetzen</translation>
    </message>
    <message>
        <source>Invalid expression: %1</source>
        <translation>Ungültiger Ausdruck: %1</translation>
    </message>
    <message>
        <source>Continued from the end</source>
        <translation>Vom Ende aus fortgesetzt</translation>
    </message>
    <message>
        <source>Continued from the top</source>
        <translation>Vom Anfang aus fortgesetzt</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n ersetzt</numerusform>
            <numerusform>%n ersetzt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tarmac::GoToLineBar</name>
    <message>
        <source>Go to line</source>
        <translation>Gehe zu Zeile</translation>
    </message>
    <message>
        <source>Go to line:</source>
        <translation>Gehe zu Zeile:</translation>
    </message>
    <message>
        <source>Line and column</source>
        <translation>Zeile und Spalte</translation>
    </message>
    <message>
        <source>line or line:column</source>
        <translation>Zeile oder Zeile:Spalte</translation>
    </message>
    <message>
        <source>Go to line hint</source>
        <translation>Hinweis zu „Gehe zu Zeile“</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>Close go to line</source>
        <translation>„Gehe zu Zeile“ schließen</translation>
    </message>
    <message>
        <source>1 to %1</source>
        <translation>1 bis %1</translation>
    </message>
    <message>
        <source>Type a line from 1 to %1, optionally with :column</source>
        <translation>Geben Sie eine Zeile von 1 bis %1 ein, optional mit :Spalte</translation>
    </message>
</context>
<context>
    <name>Tarmac::GraphLayout</name>
    <message>
        <source>Graphviz could not lay out the composition (is its dot layout plugin installed?)</source>
        <translation>Graphviz konnte die Komposition nicht anordnen (ist sein dot-Layout-Plugin installiert?)</translation>
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
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
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
    <message>
        <source>La&amp;nguage</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Tarmac will follow the system&apos;s language from its next start.</source>
        <translation>Tarmac folgt ab dem nächsten Start der Sprache des Systems.</translation>
    </message>
    <message>
        <source>Tarmac will be in %1 from its next start.</source>
        <translation>Tarmac wird ab dem nächsten Start auf %1 angezeigt.</translation>
    </message>
    <message>
        <source>The token for %1 is kept in your keychain.</source>
        <translation>Das Token für %1 wird in Ihrem Schlüsselbund aufbewahrt.</translation>
    </message>
    <message>
        <source>The token for %1 is kept for this session only.</source>
        <translation>Das Token für %1 wird nur für diese Sitzung aufbewahrt.</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>C&amp;onnections…</source>
        <translation>&amp;Verbindungen…</translation>
    </message>
    <message>
        <source>Set &amp;Token…</source>
        <translation>&amp;Token festlegen…</translation>
    </message>
    <message>
        <source>&amp;Welcome</source>
        <translation>&amp;Willkommen</translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation>%1 (nicht gefunden)</translation>
    </message>
    <message>
        <source>%1 no longer exists</source>
        <translation>%1 existiert nicht mehr</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>Menü &amp;leeren</translation>
    </message>
    <message>
        <source>Platform Token</source>
        <translation>Plattform-Token</translation>
    </message>
    <message>
        <source>The API token for %1 (from tarmacd token create, or your platform team). It is kept in your system&apos;s keychain:</source>
        <translation>Das API-Token für %1 (von tarmacd token create oder Ihrem Plattform-Team). Es wird im Schlüsselbund Ihres Systems aufbewahrt:</translation>
    </message>
    <message>
        <source>No keychain is available here (%1), so a token cannot be stored. Enter the API token for %2 to use it for this session only; it is never written to a file:</source>
        <translation>Hier ist kein Schlüsselbund verfügbar (%1), daher kann kein Token gespeichert werden. Geben Sie das API-Token für %2 ein, um es nur für diese Sitzung zu verwenden; es wird nie in eine Datei geschrieben:</translation>
    </message>
    <message>
        <source>no Secret Service</source>
        <translation>kein Secret Service</translation>
    </message>
    <message>
        <source>Tarmac is still watching</source>
        <translation>Tarmac beobachtet weiter</translation>
    </message>
    <message numerus="yes">
        <source>%n deployment(s) running; you will be told when they end. Quit from this icon&apos;s menu.</source>
        <translation>
            <numerusform>%n Bereitstellung läuft; Sie werden benachrichtigt, wenn sie endet. Beenden Sie Tarmac über das Menü dieses Symbols.</numerusform>
            <numerusform>%n Bereitstellungen laufen; Sie werden benachrichtigt, wenn sie enden. Beenden Sie Tarmac über das Menü dieses Symbols.</numerusform>
        </translation>
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
        <source>&apos;each&apos; is %1; expected a list, a mapping or an expression giving one</source>
        <translation>„each“ ist %1; erwartet wird eine Liste, eine Zuordnung oder ein Ausdruck, der eine davon liefert</translation>
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
    <message>
        <source>&apos;platform-evidence&apos; of &apos;%1&apos; names &apos;%2&apos;; the platform measures %3</source>
        <translation>„platform-evidence“ von „%1“ nennt „%2“; die Plattform misst %3</translation>
    </message>
</context>
<context>
    <name>Tarmac::MessageBar</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Verwerfen</translation>
    </message>
</context>
<context>
    <name>Tarmac::Metrics</name>
    <message>
        <source>Golden-path share</source>
        <translation>Golden-Path-Anteil</translation>
    </message>
    <message>
        <source>Deployments from Tarmac</source>
        <translation>Bereitstellungen aus Tarmac</translation>
    </message>
    <message>
        <source>Deployments from other systems</source>
        <translation>Bereitstellungen aus anderen Systemen</translation>
    </message>
    <message>
        <source>Active deployers</source>
        <translation>Aktive Bereitstellende</translation>
    </message>
    <message>
        <source>Services created</source>
        <translation>Erstellte Dienste</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>(no template)</source>
        <translation>(keine Vorlage)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>up to 1 day</source>
        <translation>bis 1 Tag</translation>
    </message>
    <message>
        <source>1-3 days</source>
        <translation>1–3 Tage</translation>
    </message>
    <message>
        <source>3-7 days</source>
        <translation>3–7 Tage</translation>
    </message>
    <message>
        <source>1-2 weeks</source>
        <translation>1–2 Wochen</translation>
    </message>
    <message>
        <source>2-4 weeks</source>
        <translation>2–4 Wochen</translation>
    </message>
    <message>
        <source>over 30 days</source>
        <translation>über 30 Tage</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <source>Deployment frequency</source>
        <translation>Bereitstellungshäufigkeit</translation>
    </message>
    <message>
        <source>Lead time for changes (median)</source>
        <translation>Vorlaufzeit für Änderungen (Median)</translation>
    </message>
    <message>
        <source>Lead time for changes (p90)</source>
        <translation>Vorlaufzeit für Änderungen (p90)</translation>
    </message>
    <message>
        <source>Change failure rate</source>
        <translation>Änderungsfehlerrate</translation>
    </message>
    <message>
        <source>Failed deployment recovery time</source>
        <translation>Wiederherstellungszeit nach fehlgeschlagener Bereitstellung</translation>
    </message>
    <message>
        <source>Time to restore service</source>
        <translation>Zeit bis zur Wiederherstellung des Dienstes</translation>
    </message>
    <message>
        <source>Deployment rework rate</source>
        <translation>Nacharbeitsrate der Bereitstellungen</translation>
    </message>
    <message>
        <source>deployments</source>
        <translation>Bereitstellungen</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Successful deployments to a production environment, counted in the bucket of their finish time. Its band comes from the median, over the weeks of the range, of the number of distinct days with a deployment in that week.</source>
        <translation>Erfolgreiche Bereitstellungen in eine Produktionsumgebung, gezählt im Intervall ihres Endzeitpunkts. Ihre Leistungsstufe ergibt sich aus dem Median, über die Wochen des Zeitraums, der Anzahl verschiedener Tage mit einer Bereitstellung in der jeweiligen Woche.</translation>
    </message>
    <message>
        <source>For each change: the finish time of the first successful production deployment that contains it, minus the change&apos;s commit time, in the bucket of that deployment. The median is the middle value (or the mean of the two middle values); p90 is the nearest rank, the ceil(0.9 n)-th smallest. Non-positive lead times are left out and reported as a data-quality warning.</source>
        <translation>Für jede Änderung: der Endzeitpunkt der ersten erfolgreichen Produktionsbereitstellung, die sie enthält, minus der Commit-Zeit der Änderung, im Intervall dieser Bereitstellung. Der Median ist der mittlere Wert (oder der Mittelwert der beiden mittleren Werte); p90 ist der nächste Rang, der ceil(0.9 n)-kleinste Wert. Nicht positive Vorlaufzeiten werden ausgelassen und als Datenqualitätswarnung gemeldet.</translation>
    </message>
    <message>
        <source>Failed deployments divided by deployments, in the bucket of the deployment&apos;s finish time. A deployment failed when an incident is attributed to it, or when the next deployment of the same service and environment is a rollback or a hotfix. An incident without an explicit attribution goes to the service&apos;s latest deployment before it opened, within the attribution window; otherwise it stays unattributed.</source>
        <translation>Fehlgeschlagene Bereitstellungen geteilt durch Bereitstellungen, im Intervall des Endzeitpunkts der Bereitstellung. Eine Bereitstellung ist fehlgeschlagen, wenn ihr ein Vorfall zugeordnet ist oder wenn die nächste Bereitstellung desselben Dienstes und derselben Umgebung ein Rollback oder ein Hotfix ist. Ein Vorfall ohne ausdrückliche Zuordnung geht an die letzte Bereitstellung des Dienstes vor seiner Eröffnung, innerhalb des Zuordnungsfensters; andernfalls bleibt er nicht zugeordnet.</translation>
    </message>
    <message>
        <source>For each failed deployment: the latest resolution of its attributed incidents, or else the finish of its remediating deployment, minus its finish time; the median per bucket. Failures not yet recovered are counted as open, not timed.</source>
        <translation>Für jede fehlgeschlagene Bereitstellung: die späteste Behebung der ihr zugeordneten Vorfälle, ersatzweise das Ende ihrer behebenden Bereitstellung, minus ihres Endzeitpunkts; der Median je Intervall. Noch nicht behobene Fehlschläge werden als offen gezählt, nicht gemessen.</translation>
    </message>
    <message>
        <source>For each incident: resolved minus opened, in the bucket of its opening time; the median per bucket. Unresolved incidents are counted, not timed.</source>
        <translation>Für jeden Vorfall: Behebung minus Eröffnung, im Intervall seiner Eröffnungszeit; der Median je Intervall. Nicht behobene Vorfälle werden gezählt, nicht gemessen.</translation>
    </message>
    <message>
        <source>Deployments with the intent hotfix or rollback divided by all deployments, per bucket.</source>
        <translation>Bereitstellungen mit der Absicht hotfix oder rollback geteilt durch alle Bereitstellungen, je Intervall.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
</context>
<context>
    <name>Tarmac::Metrics::BandTableModel</name>
    <message>
        <source>&lt; %1</source>
        <translation>&lt; %1</translation>
    </message>
    <message>
        <source>&gt;= %1</source>
        <translation>&gt;= %1</translation>
    </message>
    <message>
        <source>Deployment frequency (median deploy-days)</source>
        <translation>Bereitstellungshäufigkeit (Median der Tage mit Bereitstellung)</translation>
    </message>
    <message>
        <source>&gt;= %1 per week</source>
        <translation>&gt;= %1 pro Woche</translation>
    </message>
    <message>
        <source>&gt;= %1 per month</source>
        <translation>&gt;= %1 pro Monat</translation>
    </message>
    <message>
        <source>less</source>
        <translation>weniger</translation>
    </message>
    <message>
        <source>Lead time (median)</source>
        <translation>Vorlaufzeit (Median)</translation>
    </message>
    <message>
        <source>Change failure rate</source>
        <translation>Änderungsfehlerrate</translation>
    </message>
    <message>
        <source>&lt;= %1</source>
        <translation>&lt;= %1</translation>
    </message>
    <message>
        <source>&gt; %1</source>
        <translation>&gt; %1</translation>
    </message>
    <message>
        <source>Failed deployment recovery time (median)</source>
        <translation>Wiederherstellungszeit nach fehlgeschlagener Bereitstellung (Median)</translation>
    </message>
    <message>
        <source>Metric (%1 report)</source>
        <translation>Kennzahl (Bericht %1)</translation>
    </message>
    <message>
        <source>Elite</source>
        <translation>Elite</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
</context>
<context>
    <name>Tarmac::Metrics::CategoryCountModel</name>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
</context>
<context>
    <name>Tarmac::Metrics::DrillDownModel</name>
    <message>
        <source>failed, not recovered yet</source>
        <translation>fehlgeschlagen, noch nicht wiederhergestellt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>hotfix or rollback</source>
        <translation>Hotfix oder Rollback</translation>
    </message>
    <message>
        <source>not recovered yet: counted, not timed</source>
        <translation>noch nicht wiederhergestellt: gezählt, nicht gemessen</translation>
    </message>
    <message>
        <source>left out: shipped at or before its commit time</source>
        <translation>ausgelassen: zu oder vor seiner Commit-Zeit ausgeliefert</translation>
    </message>
    <message>
        <source>unattributed: no deployment within the attribution window</source>
        <translation>nicht zugeordnet: keine Bereitstellung innerhalb des Zuordnungsfensters</translation>
    </message>
    <message>
        <source>unattributed: fails no deployment</source>
        <translation>nicht zugeordnet: lässt keine Bereitstellung fehlschlagen</translation>
    </message>
    <message>
        <source>opened in this period</source>
        <translation>in diesem Zeitraum eröffnet</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) shipped at or before their commit time were left out.</source>
        <translation>
            <numerusform>%n Änderung, die zu oder vor ihrer Commit-Zeit ausgeliefert wurde, wurde ausgelassen.</numerusform>
            <numerusform>%n Änderungen, die zu oder vor ihrer Commit-Zeit ausgeliefert wurden, wurden ausgelassen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) had no deployment within the attribution window: they fail no deployment.</source>
        <translation>
            <numerusform>%n Vorfall hatte keine Bereitstellung innerhalb des Zuordnungsfensters: Er lässt keine Bereitstellung fehlschlagen.</numerusform>
            <numerusform>%n Vorfälle hatten keine Bereitstellung innerhalb des Zuordnungsfensters: Sie lassen keine Bereitstellung fehlschlagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed deployment(s) have not recovered yet: counted, not timed.</source>
        <translation>
            <numerusform>%n fehlgeschlagene Bereitstellung ist noch nicht wiederhergestellt: gezählt, nicht gemessen.</numerusform>
            <numerusform>%n fehlgeschlagene Bereitstellungen sind noch nicht wiederhergestellt: gezählt, nicht gemessen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Bereitstellung</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Vorfall</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>shipped no change</source>
        <translation>keine Änderung ausgeliefert</translation>
    </message>
    <message numerus="yes">
        <source>%n deployment(s) shipped no change: they count as deployments but add nothing to lead time.</source>
        <translation>
            <numerusform>%n Bereitstellung hat keine Änderung ausgeliefert: Sie zählt als Bereitstellung, trägt aber nichts zur Vorlaufzeit bei.</numerusform>
            <numerusform>%n Bereitstellungen haben keine Änderung ausgeliefert: Sie zählen als Bereitstellungen, tragen aber nichts zur Vorlaufzeit bei.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tarmac::Metrics::MetricSummaryModel</name>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>%1 per day</source>
        <translation>%1 pro Tag</translation>
    </message>
    <message>
        <source>better than the previous period</source>
        <translation>besser als im vorherigen Zeitraum</translation>
    </message>
    <message>
        <source>worse than the previous period</source>
        <translation>schlechter als im vorherigen Zeitraum</translation>
    </message>
    <message>
        <source>about the same as the previous period</source>
        <translation>etwa wie im vorherigen Zeitraum</translation>
    </message>
    <message>
        <source>no previous period to compare</source>
        <translation>kein vorheriger Zeitraum zum Vergleich</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Leistungsstufe</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Vorheriger Zeitraum</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
</context>
<context>
    <name>Tarmac::Metrics::MetricsFetcher</name>
    <message>
        <source>The platform&apos;s DORA metrics are malformed: %1</source>
        <translation>Die DORA-Kennzahlen der Plattform sind fehlerhaft: %1</translation>
    </message>
    <message>
        <source>The platform&apos;s adoption metrics are malformed: %1</source>
        <translation>Die Adoptionskennzahlen der Plattform sind fehlerhaft: %1</translation>
    </message>
</context>
<context>
    <name>Tarmac::Metrics::QuickCheckModel</name>
    <message>
        <source>Lead time for changes (median)</source>
        <translation>Vorlaufzeit für Änderungen (Median)</translation>
    </message>
    <message>
        <source>Deployment frequency (average time between deployments)</source>
        <translation>Bereitstellungshäufigkeit (mittlere Zeit zwischen Bereitstellungen)</translation>
    </message>
    <message>
        <source>Failed deployment recovery time (median)</source>
        <translation>Wiederherstellungszeit nach fehlgeschlagener Bereitstellung (Median)</translation>
    </message>
    <message>
        <source>Change fail rate</source>
        <translation>Änderungsfehlerrate</translation>
    </message>
    <message>
        <source>Deployment rework rate</source>
        <translation>Nacharbeitsrate der Bereitstellungen</translation>
    </message>
    <message>
        <source>nothing to measure</source>
        <translation>nichts zu messen</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 ± %2</source>
        <translation>%1 ± %2</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Gemessen</translation>
    </message>
    <message>
        <source>Quick Check answer</source>
        <translation>Antwort im Quick Check</translation>
    </message>
    <message>
        <source>Score (0-10)</source>
        <translation>Punktzahl (0–10)</translation>
    </message>
    <message>
        <source>Benchmark %1, all industries (mean ± sd)</source>
        <translation>Vergleichswert %1, alle Branchen (Mittelwert ± Standardabweichung)</translation>
    </message>
</context>
<context>
    <name>Tarmac::Metrics::TimeValueModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>Tarmac::MetricsPage</name>
    <message>
        <source>Elite</source>
        <translation>Elite</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>DORA</source>
        <translation>DORA</translation>
    </message>
    <message>
        <source>Adoption</source>
        <translation>Adoption</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Umfang:</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Last 6 months</source>
        <translation>Letzte 6 Monate</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>&amp;Bucket:</source>
        <translation>&amp;Intervall:</translation>
    </message>
    <message>
        <source>Report &amp;year:</source>
        <translation>Berichts&amp;jahr:</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Bericht exportieren…</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>metrics-report.pdf</source>
        <translation>metrics-report.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Explain this number</source>
        <translation>Diese Zahl erklären</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>Golden-path share</source>
        <translation>Golden-Path-Anteil</translation>
    </message>
    <message>
        <source>% of services</source>
        <translation>% der Dienste</translation>
    </message>
    <message>
        <source>Services per template and version</source>
        <translation>Dienste je Vorlage und Version</translation>
    </message>
    <message>
        <source>services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <source>Time to first deploy</source>
        <translation>Zeit bis zur ersten Bereitstellung</translation>
    </message>
    <message>
        <source>Active deployers (a count, never names)</source>
        <translation>Aktive Bereitstellende (eine Anzahl, nie Namen)</translation>
    </message>
    <message>
        <source>deployers</source>
        <translation>Bereitstellende</translation>
    </message>
    <message>
        <source>Where deployments come from</source>
        <translation>Woher Bereitstellungen kommen</translation>
    </message>
    <message>
        <source>deployments</source>
        <translation>Bereitstellungen</translation>
    </message>
    <message>
        <source>Template usage over time</source>
        <translation>Vorlagennutzung im Zeitverlauf</translation>
    </message>
    <message>
        <source>DORA for golden-path services and the rest</source>
        <translation>DORA für Golden-Path-Dienste und den Rest</translation>
    </message>
    <message>
        <source>Golden path</source>
        <translation>Golden Path</translation>
    </message>
    <message>
        <source>The rest</source>
        <translation>Der Rest</translation>
    </message>
    <message>
        <source>The range ends before it starts: pick a later end date.</source>
        <translation>Der Zeitraum endet, bevor er beginnt: Wählen Sie ein späteres Enddatum.</translation>
    </message>
    <message>
        <source>Offline: showing figures cached %1</source>
        <translation>Offline: Angezeigt werden Zahlen, zwischengespeichert %1</translation>
    </message>
    <message>
        <source>No deployments or incidents in this range for this scope.</source>
        <translation>Keine Bereitstellungen oder Vorfälle in diesem Zeitraum für diesen Umfang.</translation>
    </message>
    <message>
        <source>better</source>
        <translation>besser</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>schlechter</translation>
    </message>
    <message>
        <source>steady</source>
        <translation>gleichbleibend</translation>
    </message>
    <message>
        <source>%1
Previous period: %2
Click to explain this number.</source>
        <translation>%1
Vorheriger Zeitraum: %2
Klicken Sie, um diese Zahl zu erklären.</translation>
    </message>
    <message>
        <source>%1 teams onboarded · %2 services, %3 from templates · %4 behind their template&apos;s newest version · golden-path share %5 · median time to first deploy %6</source>
        <translation>%1 Teams eingebunden · %2 Dienste, %3 aus Vorlagen · %4 hinter der neuesten Version ihrer Vorlage · Golden-Path-Anteil %5 · Median der Zeit bis zur ersten Bereitstellung %6</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>No services in this scope yet.</source>
        <translation>In diesem Umfang gibt es noch keine Dienste.</translation>
    </message>
    <message>
        <source>Could not load: see the message above.</source>
        <translation>Laden nicht möglich: siehe die Meldung oben.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Tarmac metrics report</source>
        <translation>Tarmac-Kennzahlenbericht</translation>
    </message>
    <message>
        <source>Delivery metrics: %1, %2 to %3, by %4</source>
        <translation>Auslieferungskennzahlen: %1, %2 bis %3, je %4</translation>
    </message>
    <message>
        <source>DORA Quick Check</source>
        <translation>DORA Quick Check</translation>
    </message>
    <message>
        <source>The measured figures of the whole range placed in the answers of the DORA Quick Check (%1 edition) and scored as it scores them: an answer from 0 (worst) to 10, a percentage p as (100 - p) / 10; throughput is the mean of lead time, deployment frequency and recovery time, stability of change fail and rework rates. Deployment frequency is read as the average time between deployments, and the limits between answers from the answers&apos; own words. Benchmark: the Quick Check&apos;s published figures for all industries. Source: %2</source>
        <translation>Die gemessenen Werte des ganzen Zeitraums, den Antworten des DORA Quick Check (Ausgabe %1) zugeordnet und so bewertet wie dort: eine Antwort von 0 (am schlechtesten) bis 10, ein Prozentsatz p als (100 - p) / 10; der Durchsatz ist der Mittelwert aus Vorlaufzeit, Bereitstellungshäufigkeit und Wiederherstellungszeit, die Stabilität aus Änderungsfehlerrate und Nacharbeitsrate. Die Bereitstellungshäufigkeit wird als mittlere Zeit zwischen Bereitstellungen gelesen, die Grenzen zwischen den Antworten aus deren eigenem Wortlaut. Vergleichswerte: die veröffentlichten Zahlen des Quick Check für alle Branchen. Quelle: %2</translation>
    </message>
    <message>
        <source>not enough data</source>
        <translation>nicht genug Daten</translation>
    </message>
    <message>
        <source>Software delivery throughput: %1 of 10 · stability: %2 of 10</source>
        <translation>Durchsatz der Softwareauslieferung: %1 von 10 · Stabilität: %2 von 10</translation>
    </message>
    <message>
        <source>No figures: %1</source>
        <translation>Keine Kennzahlen: %1</translation>
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
    <name>Tarmac::NodeItem</name>
    <message>
        <source>Service %1, %2</source>
        <translation>Dienst %1, %2</translation>
    </message>
    <message>
        <source>Resource %1, %2</source>
        <translation>Ressource %1, %2</translation>
    </message>
</context>
<context>
    <name>Tarmac::Overrides</name>
    <message>
        <source>%1: cannot merge the edit with the new render: %2</source>
        <translation>%1: die Änderung kann nicht mit dem neuen Rendering zusammengeführt werden: %2</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>%1: the override&apos;s base (%2) cannot be read: %3</source>
        <translation>%1: die Basis der Überschreibung (%2) kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>%1: the overridden file cannot be read: %2</source>
        <translation>%1: die überschriebene Datei kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: Schreiben nicht möglich: %2</translation>
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
    <message>
        <source>%1 at %2</source>
        <translation>%1 unter %2</translation>
    </message>
</context>
<context>
    <name>Tarmac::PlatformConnectionsModel</name>
    <message>
        <source>Local platform</source>
        <translation>Lokale Plattform</translation>
    </message>
    <message>
        <source>Name: give the connection a name.</source>
        <translation>Name: Geben Sie der Verbindung einen Namen.</translation>
    </message>
    <message>
        <source>Address: enter the platform&apos;s URL, for example https://platform.example.org.</source>
        <translation>Adresse: Geben Sie die URL der Plattform ein, zum Beispiel https://platform.example.org.</translation>
    </message>
    <message>
        <source>Address: &quot;%1&quot; is not a URL (%2).</source>
        <translation>Adresse: „%1“ ist keine URL (%2).</translation>
    </message>
    <message>
        <source>Address: &quot;%1&quot; must start with https:// (or http:// on this machine).</source>
        <translation>Adresse: „%1“ muss mit https:// beginnen (oder mit http:// auf diesem Rechner).</translation>
    </message>
    <message>
        <source>Address: &quot;%1&quot; has no host name.</source>
        <translation>Adresse: „%1“ hat keinen Hostnamen.</translation>
    </message>
    <message>
        <source>Address: plain http:// would send the token unencrypted to %1; use https://, or http:// only for this machine (127.0.0.1, localhost).</source>
        <translation>Adresse: Einfaches http:// würde das Token unverschlüsselt an %1 senden; verwenden Sie https:// oder http:// nur für diesen Rechner (127.0.0.1, localhost).</translation>
    </message>
    <message>
        <source>CA certificate: the file %1 does not exist.</source>
        <translation>CA-Zertifikat: Die Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Name: another connection is already called &quot;%1&quot;.</source>
        <translation>Name: Eine andere Verbindung heißt bereits „%1“.</translation>
    </message>
    <message>
        <source>Address: the connection &quot;%1&quot; already uses %2.</source>
        <translation>Adresse: Die Verbindung „%1“ verwendet bereits %2.</translation>
    </message>
    <message>
        <source>%1 (in use)</source>
        <translation>%1 (in Verwendung)</translation>
    </message>
    <message>
        <source>started by the workbench</source>
        <translation>von der Werkbank gestartet</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
</context>
<context>
    <name>Tarmac::PlatformEvidencePanel</name>
    <message>
        <source>Platform evidence</source>
        <translation>Belege der Plattform</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Measure again on the platform</source>
        <translation>Erneut auf der Plattform messen</translation>
    </message>
    <message>
        <source>No platform is connected: connect one to see what it measures here.</source>
        <translation>Keine Plattform verbunden: Verbinden Sie eine, um hier zu sehen, was sie misst.</translation>
    </message>
    <message>
        <source>The platform measures the whole organisation and teams; name the team (or choose the organisation) to see its figures.</source>
        <translation>Die Plattform misst die ganze Organisation und die Teams; geben Sie das Team an (oder wählen Sie die Organisation), um seine Zahlen zu sehen.</translation>
    </message>
    <message>
        <source>%1, %2, %3 to %4</source>
        <translation>%1, %2, %3 bis %4</translation>
    </message>
    <message>
        <source>Measuring %1 on the platform…</source>
        <translation>%1 wird auf der Plattform gemessen…</translation>
    </message>
    <message>
        <source>The platform could not be asked: %1</source>
        <translation>Die Plattform konnte nicht abgefragt werden: %1</translation>
    </message>
    <message>
        <source>The platform does not answer: these are its figures as cached at %1, for %2 over the last %3 days.</source>
        <translation>Die Plattform antwortet nicht: Dies sind ihre zwischengespeicherten Zahlen vom %1, für %2 über die letzten %3 Tage.</translation>
    </message>
    <message>
        <source>Measured at %1 for %2 over the last %3 days.</source>
        <translation>Gemessen am %1 für %2 über die letzten %3 Tage.</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>Angehängt</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>Anhängen</translation>
    </message>
    <message>
        <source>Keep this figure in the session as evidence, with its source and time</source>
        <translation>Diese Zahl mit Quelle und Zeitpunkt als Beleg in der Sitzung festhalten</translation>
    </message>
    <message>
        <source>%1 (offline cache)</source>
        <translation>%1 (Offline-Cache)</translation>
    </message>
    <message>
        <source>Attach platform evidence</source>
        <translation>Plattformbeleg anhängen</translation>
    </message>
</context>
<context>
    <name>Tarmac::PlatformFigure</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
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
    <name>Tarmac::PlatformSwitcher</name>
    <message>
        <source>cannot read the CA certificate file %1: %2</source>
        <translation>die CA-Zertifikatsdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the CA certificate file %1 holds no PEM certificate</source>
        <translation>die CA-Zertifikatsdatei %1 enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <source>The platform answers: status %1, version %2.</source>
        <translation>Die Plattform antwortet: Status %1, Version %2.</translation>
    </message>
    <message>
        <source>There is no token for it yet: enter one.</source>
        <translation>Für sie gibt es noch kein Token: Geben Sie eines ein.</translation>
    </message>
    <message>
        <source>The token is accepted.</source>
        <translation>Das Token wird akzeptiert.</translation>
    </message>
</context>
<context>
    <name>Tarmac::PlatformTemplateSource</name>
    <message>
        <source>local</source>
        <translation>lokal</translation>
    </message>
    <message>
        <source>platform: %1</source>
        <translation>Plattform: %1</translation>
    </message>
    <message>
        <source>%1: fetching templates…</source>
        <translation>%1: Vorlagen werden abgerufen…</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n template(s)</source>
        <translation>
            <numerusform>%1: %n Vorlage</numerusform>
            <numerusform>%1: %n Vorlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: cannot fetch templates: %2 Templates fetched before are still shown.</source>
        <translation>%1: Vorlagen können nicht abgerufen werden: %2 Früher abgerufene Vorlagen werden weiter angezeigt.</translation>
    </message>
    <message>
        <source>the platform sent a template named &apos;%1&apos;, which cannot be a folder name</source>
        <translation>die Plattform hat eine Vorlage namens &apos;%1&apos; gesendet, die kein Ordnername sein kann</translation>
    </message>
    <message>
        <source>cannot write the templates to %1: %2</source>
        <translation>die Vorlagen können nicht nach %1 geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Tarmac::PortRules</name>
    <message>
        <source>there is no node &apos;%1&apos;</source>
        <translation>es gibt keinen Knoten „%1“</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot connect to itself</source>
        <translation>„%1“ kann nicht mit sich selbst verbunden werden</translation>
    </message>
    <message>
        <source>two resources (&apos;%1&apos; and &apos;%2&apos;) cannot be connected; connect each to a service</source>
        <translation>zwei Ressourcen („%1“ und „%2“) können nicht verbunden werden; verbinden Sie jede mit einem Dienst</translation>
    </message>
    <message>
        <source>a connection starts at a service, not at the resource &apos;%1&apos;</source>
        <translation>eine Verbindung beginnt bei einem Dienst, nicht bei der Ressource „%1“</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a service: a service calls another service, it does not use it</source>
        <translation>„%1“ ist ein Dienst: Ein Dienst ruft einen anderen Dienst auf, er verwendet ihn nicht</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a resource: a service uses a resource, it does not call it</source>
        <translation>„%1“ ist eine Ressource: Ein Dienst verwendet eine Ressource, er ruft sie nicht auf</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already connected to &apos;%2&apos;</source>
        <translation>„%1“ ist bereits mit „%2“ verbunden</translation>
    </message>
    <message>
        <source>the template &apos;%1&apos; of &apos;%2&apos; is not in the catalog, so the resources it takes are unknown</source>
        <translation>die Vorlage „%1“ von „%2“ ist nicht im Katalog, daher sind die Ressourcen, die sie annimmt, unbekannt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; (%2) takes no resources</source>
        <translation>„%1“ (%2) nimmt keine Ressourcen an</translation>
    </message>
    <message>
        <source>&apos;%1&apos; (%2) takes %3, not %4</source>
        <translation>„%1“ (%2) nimmt %3 an, nicht %4</translation>
    </message>
    <message>
        <source>%1 -&gt; %2: %3</source>
        <translation>%1 -&gt; %2: %3</translation>
    </message>
</context>
<context>
    <name>Tarmac::PresenterView</name>
    <message>
        <source>Tarmac: presenter view</source>
        <translation>Tarmac: Präsentationsansicht</translation>
    </message>
    <message>
        <source>→ next   ← previous   R reveal   Esc leave</source>
        <translation>→ weiter   ← zurück   R aufdecken   Esc beenden</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 have voted</source>
        <translation>
            <numerusform>%n von %1 hat abgestimmt</numerusform>
            <numerusform>%n von %1 haben abgestimmt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n Antwort</numerusform>
            <numerusform>%n Antworten</numerusform>
        </translation>
    </message>
    <message>
        <source>median %1 (%2), interquartile range %3</source>
        <translation>Median %1 (%2), Interquartilsabstand %3</translation>
    </message>
    <message numerus="yes">
        <source>%n don&apos;t know</source>
        <translation>
            <numerusform>%n weiß nicht</numerusform>
            <numerusform>%n wissen nicht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not applicable</source>
        <translation>
            <numerusform>%n nicht zutreffend</numerusform>
            <numerusform>%n nicht zutreffend</numerusform>
        </translation>
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
    <name>Tarmac::ServiceRecord</name>
    <message>
        <source>%1: expected a service record (a YAML mapping)</source>
        <translation>%1: erwartet wird ein Dienstdatensatz (eine YAML-Zuordnung)</translation>
    </message>
    <message>
        <source>not valid YAML: %1</source>
        <translation>kein gültiges YAML: %1</translation>
    </message>
    <message>
        <source>%1: expected apiVersion %2 and kind %3</source>
        <translation>%1: erwartet werden apiVersion %2 und kind %3</translation>
    </message>
    <message>
        <source>%1: id, template.name and template.version are required</source>
        <translation>%1: id, template.name und template.version sind erforderlich</translation>
    </message>
    <message>
        <source>%1: no service record; the folder was not generated by Tarmac, or its record was removed</source>
        <translation>%1: kein Dienstdatensatz; der Ordner wurde nicht von Tarmac erzeugt, oder sein Datensatz wurde entfernt</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: Lesen nicht möglich: %2</translation>
    </message>
    <message>
        <source>template %1 version %2 is not available (the catalog has version %3)</source>
        <translation>Vorlage %1 Version %2 ist nicht verfügbar (der Katalog hat Version %3)</translation>
    </message>
    <message>
        <source>no template named &apos;%1&apos;</source>
        <translation>keine Vorlage namens „%1“</translation>
    </message>
    <message>
        <source>service &apos;%1&apos;: %2</source>
        <translation>Dienst „%1“: %2</translation>
    </message>
    <message>
        <source>service &apos;%1&apos;, resource &apos;%2&apos;: %3</source>
        <translation>Dienst „%1“, Ressource „%2“: %3</translation>
    </message>
    <message>
        <source>template %1 is not a resource template</source>
        <translation>Vorlage %1 ist keine Ressourcenvorlage</translation>
    </message>
</context>
<context>
    <name>Tarmac::ServiceRepository</name>
    <message>
        <source>unknown libgit2 error</source>
        <translation>unbekannter libgit2-Fehler</translation>
    </message>
    <message>
        <source>the author &apos;%1 &lt;%2&gt;&apos; is not valid: %3</source>
        <translation>der Autor „%1 &lt;%2&gt;“ ist ungültig: %3</translation>
    </message>
    <message>
        <source>no author: set user.name and user.email in git config, or give a name and e-mail address</source>
        <translation>kein Autor: Setzen Sie user.name und user.email in der Git-Konfiguration oder geben Sie einen Namen und eine E-Mail-Adresse an</translation>
    </message>
    <message>
        <source>cannot stage the files: %1</source>
        <translation>die Dateien können nicht vorgemerkt werden: %1</translation>
    </message>
    <message>
        <source>cannot commit: %1</source>
        <translation>Commit nicht möglich: %1</translation>
    </message>
    <message>
        <source>%1 is not a git repository: %2</source>
        <translation>%1 ist kein Git-Repository: %2</translation>
    </message>
    <message>
        <source>%1 is already a git repository</source>
        <translation>%1 ist bereits ein Git-Repository</translation>
    </message>
    <message>
        <source>cannot create a git repository in %1: %2</source>
        <translation>in %1 kann kein Git-Repository angelegt werden: %2</translation>
    </message>
    <message>
        <source>cannot add the remote &apos;%1&apos;: %2</source>
        <translation>das Remote „%1“ kann nicht hinzugefügt werden: %2</translation>
    </message>
    <message>
        <source>Generated by Tarmac</source>
        <translation>Von Tarmac erzeugt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 has no commits: %2</source>
        <translation>%1 hat keine Commits: %2</translation>
    </message>
    <message>
        <source>commit %1 is not in the repository %2</source>
        <translation>Commit %1 ist nicht im Repository %2</translation>
    </message>
    <message>
        <source>commit %1: %2</source>
        <translation>Commit %1: %2</translation>
    </message>
    <message>
        <source>%1: no permission to write there, so it cannot become a git repository</source>
        <translation>%1: keine Schreibberechtigung, daher kann es kein Git-Repository werden</translation>
    </message>
</context>
<context>
    <name>Tarmac::ServicesModel</name>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
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
    <name>Tarmac::StoredAssessment</name>
    <message>
        <source>the assessment&apos;s &apos;%1&apos; is missing or not what the API promises</source>
        <translation>„%1“ der Bewertung fehlt oder entspricht nicht dem, was die API zusagt</translation>
    </message>
</context>
<context>
    <name>Tarmac::StoredAssessmentsModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Vereinbart</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>%1 version %2</source>
        <translation>%1 Version %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>Tarmac::StoredSessionsDialog</name>
    <message>
        <source>Open a session from the platform</source>
        <translation>Sitzung von der Plattform öffnen</translation>
    </message>
    <message>
        <source>Sessions stored on %1, newest first.</source>
        <translation>Auf %1 gespeicherte Sitzungen, neueste zuerst.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Loading the platform&apos;s sessions…</source>
        <translation>Die Sitzungen der Plattform werden geladen…</translation>
    </message>
    <message>
        <source>The platform stores no sessions yet. Publish one from the Assess page, or with tarmacctl assessment publish.</source>
        <translation>Die Plattform speichert noch keine Sitzungen. Veröffentlichen Sie eine auf der Seite „Bewerten“ oder mit tarmacctl assessment publish.</translation>
    </message>
    <message>
        <source>The sessions could not be loaded. %1</source>
        <translation>Die Sitzungen konnten nicht geladen werden. %1</translation>
    </message>
    <message>
        <source>Fetching the session…</source>
        <translation>Die Sitzung wird abgerufen…</translation>
    </message>
    <message>
        <source>The session could not be fetched. %1</source>
        <translation>Die Sitzung konnte nicht abgerufen werden. %1</translation>
    </message>
    <message>
        <source>The platform&apos;s answer is not a stored session: %1</source>
        <translation>Die Antwort der Plattform ist keine gespeicherte Sitzung: %1</translation>
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
    <message>
        <source>%1
Version %2, from %3</source>
        <translation>%1
Version %2, aus %3</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
</context>
<context>
    <name>Tarmac::TemplateFolder</name>
    <message>
        <source>is not a folder</source>
        <translation>ist kein Ordner</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>is not UTF-8 text; the platform stores templates as text files only</source>
        <translation>ist kein UTF-8-Text; die Plattform speichert Vorlagen nur als Textdateien</translation>
    </message>
    <message>
        <source>cannot move the new files into place</source>
        <translation>die neuen Dateien können nicht an ihren Platz verschoben werden</translation>
    </message>
</context>
<context>
    <name>Tarmac::TemplateLinter</name>
    <message>
        <source>this looks like %1; generated files must hold references to secrets, never their values</source>
        <translation>das sieht nach %1 aus; erzeugte Dateien dürfen nur Verweise auf Geheimnisse enthalten, nie deren Werte</translation>
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
    <message>
        <source>resource &apos;%1&apos;: parameter &apos;%2&apos;: %3</source>
        <translation>Ressource „%1“: Parameter „%2“: %3</translation>
    </message>
    <message>
        <source>step &apos;%1&apos;: &apos;each&apos; gave nothing; expected a list or a mapping</source>
        <translation>Schritt „%1“: „each“ hat nichts geliefert; erwartet wird eine Liste oder eine Zuordnung</translation>
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
    <name>Tarmac::WelcomeDialog</name>
    <message>
        <source>Welcome to Tarmac</source>
        <translation>Willkommen bei Tarmac</translation>
    </message>
    <message>
        <source>Compose services from golden-path templates, deploy them and watch them land, follow DORA and adoption metrics, and run maturity assessments with a group. There are two ways to start:</source>
        <translation>Stellen Sie Dienste aus Golden-Path-Vorlagen zusammen, stellen Sie sie bereit und verfolgen Sie, wie sie ankommen, behalten Sie DORA- und Adoptionskennzahlen im Blick und führen Sie Reifegradbewertungen in der Gruppe durch. Es gibt zwei Möglichkeiten, zu beginnen:</translation>
    </message>
    <message>
        <source>Use the local platform</source>
        <translation>Die lokale Plattform verwenden</translation>
    </message>
    <message>
        <source>Tarmac runs a platform of its own on this computer: only this computer can reach it, and its data stay in your user folder. Deployments, history and metrics work with it now, with nothing to set up.</source>
        <translation>Tarmac betreibt eine eigene Plattform auf diesem Rechner: Nur dieser Rechner kann sie erreichen, und ihre Daten bleiben in Ihrem Benutzerordner. Bereitstellungen, Verlauf und Kennzahlen funktionieren damit sofort, ohne dass etwas eingerichtet werden muss.</translation>
    </message>
    <message>
        <source>Use the &amp;Local Platform</source>
        <translation>&amp;Lokale Plattform verwenden</translation>
    </message>
    <message>
        <source>Connect to your team&apos;s platform</source>
        <translation>Mit der Plattform Ihres Teams verbinden</translation>
    </message>
    <message>
        <source>If your organisation runs a Tarmac platform (tarmacd, or another server with its API), connect to it with its address. Your token is kept in the system keychain, never in a file.</source>
        <translation>Wenn Ihre Organisation eine Tarmac-Plattform betreibt (tarmacd oder einen anderen Server mit deren API), verbinden Sie sich über ihre Adresse damit. Ihr Token wird im Schlüsselbund des Systems aufbewahrt, nie in einer Datei.</translation>
    </message>
    <message>
        <source>&amp;Connect to a Platform…</source>
        <translation>Mit einer Plattform &amp;verbinden…</translation>
    </message>
    <message>
        <source>The example composition is not installed with this copy of Tarmac.</source>
        <translation>Die Beispielkomposition ist in dieser Tarmac-Installation nicht enthalten.</translation>
    </message>
    <message>
        <source>New to compositions? Open the example: a small shop with a web front, an API, a worker, PostgreSQL, Redis, a queue and a public route. Save it under a name of your own to keep your changes.</source>
        <translation>Neu bei Kompositionen? Öffnen Sie das Beispiel: ein kleiner Shop mit Web-Frontend, einer API, einem Worker, PostgreSQL, Redis, einer Warteschlange und einer öffentlichen Route. Speichern Sie es unter einem eigenen Namen, um Ihre Änderungen zu behalten.</translation>
    </message>
    <message>
        <source>Open the &amp;Example</source>
        <translation>&amp;Beispiel öffnen</translation>
    </message>
    <message>
        <source>Help ▸ Welcome shows this again.</source>
        <translation>Über Hilfe ▸ Willkommen wird dies erneut angezeigt.</translation>
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
    <name>Tarmac::YamlChecker</name>
    <message>
        <source>the &apos;[&apos; list that starts here is not closed with &apos;]&apos;</source>
        <translation>die hier beginnende „[“-Liste wird nicht mit „]“ geschlossen</translation>
    </message>
    <message>
        <source>the &apos;{&apos; mapping that starts here is not closed with &apos;}&apos;</source>
        <translation>die hier beginnende „{“-Zuordnung wird nicht mit „}“ geschlossen</translation>
    </message>
    <message>
        <source>this does not fit the mapping around it; check its indentation, or quote the whole value</source>
        <translation>dies passt nicht zur umgebenden Zuordnung; prüfen Sie die Einrückung oder setzen Sie den ganzen Wert in Anführungszeichen</translation>
    </message>
    <message>
        <source>this does not fit the list around it; check its indentation</source>
        <translation>dies passt nicht zur umgebenden Liste; prüfen Sie die Einrückung</translation>
    </message>
    <message>
        <source>a tab in the indentation; YAML indents with spaces only</source>
        <translation>ein Tabulator in der Einrückung; YAML rückt nur mit Leerzeichen ein</translation>
    </message>
    <message>
        <source>a &apos;:&apos; where no value can start; quote a value that contains &apos;: &apos;, or fix the indentation</source>
        <translation>ein „:“, wo kein Wert beginnen kann; setzen Sie einen Wert, der „: “ enthält, in Anführungszeichen, oder korrigieren Sie die Einrückung</translation>
    </message>
    <message>
        <source>a &apos;]&apos; or &apos;}&apos; that closes nothing</source>
        <translation>ein „]“ oder „}“, das nichts schließt</translation>
    </message>
    <message>
        <source>a quoted string is not closed before the end of the document</source>
        <translation>eine Zeichenkette in Anführungszeichen wird vor dem Ende des Dokuments nicht geschlossen</translation>
    </message>
    <message>
        <source>a quoted string is not closed before the next document</source>
        <translation>eine Zeichenkette in Anführungszeichen wird vor dem nächsten Dokument nicht geschlossen</translation>
    </message>
    <message>
        <source>not valid YAML: %1</source>
        <translation>kein gültiges YAML: %1</translation>
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

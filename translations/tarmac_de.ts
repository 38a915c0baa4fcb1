<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
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
    </context>
    <context>
        <name>Tarmac::NavigationSidebar</name>
        <message>
            <source>Work areas</source>
            <translation>Arbeitsbereiche</translation>
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
            <source>the platform reports status "%1"</source>
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
            <source>the golden-path template gallery, with a validated form for each template's parameters</source>
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
    </context>
</TS>

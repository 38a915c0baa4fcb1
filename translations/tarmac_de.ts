<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Tarmac::AboutDialog</name>
    <message>
        <source>Tarmac %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt %1 (built against %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KDE Frameworks: KSyntaxHighlighting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Tarmac</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workbench for internal developer platforms: compose services from golden-path templates, deploy them, see what that did to delivery, and assess platform maturity with a group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Versions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tarmac::LocalPlatformProcess</name>
    <message numerus="yes">
        <source>tarmacd did not start listening within %n second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>cannot create the data folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tarmacd reported an address that is not a URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tarmacd crashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tarmacd exited with code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tarmac::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Sidebar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow &amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy API Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Tarmac</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Tarmac</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tarmac::NavigationSidebar</name>
    <message>
        <source>Work areas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tarmac::PlatformConnection</name>
    <message>
        <source>Local platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: failed (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the health check did not answer with JSON (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the platform reports status &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tarmac::PlatformStatusWidget</name>
    <message>
        <source>%1
API: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tarmac::WorkAreaModel</name>
    <message>
        <source>Compose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose services from golden-path templates and edit every generated file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy services to the platform and watch them land.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DORA and adoption metrics from the platform, with every number explained.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run platform engineering maturity assessments with a group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tarmac::WorkAreaPage</name>
    <message>
        <source>This page will hold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the golden-path template gallery, with a validated form for each template&apos;s parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a canvas to compose services and attach databases, caches, queues and routes by dragging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every generated file in an editor with syntax highlighting and validation as you type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the services registered with the platform and their environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the difference between what is about to be deployed and what runs now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live progress and logs of each deployment, with cancel and one-step rollback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deployment frequency, lead time for changes, change failure rate and recovery time, with their bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adoption: golden-path share, template usage and version lag, time to first deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for any number, the deployments, changes and incidents behind it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maturity models: the platform engineering model, the CNCF model and the minimum viable platform checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a workshop flow: hidden votes, reveal the spread, agree a level and a target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence, actions, comparison with earlier rounds, and PDF and CSV reports</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Tarmac, the workbench for internal developer platforms.

With no platform URL it starts a local platform (tarmacd) of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open on page NAME: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the platform API at URL instead of starting a local one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a PNG of the window once it is shown, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --screenshot: wait until the platform has connected or failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

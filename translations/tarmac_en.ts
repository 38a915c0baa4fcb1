<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Tarmac::AssessmentPage</name>
    <message numerus="yes">
        <source>%1 of %n participant(s) voted. Select a participant, then their answer; votes stay hidden until you reveal them.</source>
        <translation>
            <numerusform>%1 of %n participant voted. Select a participant, then their answer; votes stay hidden until you reveal them.</numerusform>
            <numerusform>%1 of %n participants voted. Select a participant, then their answer; votes stay hidden until you reveal them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n response(s): </source>
        <translation>
            <numerusform>%n response: </numerusform>
            <numerusform>%n responses: </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tarmac::AssessmentReport</name>
    <message numerus="yes">
        <source>%1: %n response(s), median %2</source>
        <translation>
            <numerusform>%1: %n response, median %2</numerusform>
            <numerusform>%1: %n responses, median %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tarmac::ComposePage</name>
    <message numerus="yes">
        <source>%n file(s), %1 skipped, rendered in %2 ms</source>
        <translation>
            <numerusform>%n file, %1 skipped, rendered in %2 ms</numerusform>
            <numerusform>%n files, %1 skipped, rendered in %2 ms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(binary file, %n byte(s))</source>
        <translation>
            <numerusform>(binary file, %n byte)</numerusform>
            <numerusform>(binary file, %n bytes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), rendered in %1 ms</source>
        <translation>
            <numerusform>%n file, rendered in %1 ms</numerusform>
            <numerusform>%n files, rendered in %1 ms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s) to %1</source>
        <translation>
            <numerusform>Wrote %n file to %1</numerusform>
            <numerusform>Wrote %n files to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>edited, %n conflict(s)</source>
        <translation>
            <numerusform>edited, %n conflict</numerusform>
            <numerusform>edited, %n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n conflict(s) between the hand edit and the new render; resolve them on the service&apos;s files</source>
        <translation>
            <numerusform>%1: %n conflict between the hand edit and the new render; resolve it on the service&apos;s files</numerusform>
            <numerusform>%1: %n conflicts between the hand edit and the new render; resolve them on the service&apos;s files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) with the new render, the first at line %1</source>
        <translation>
            <numerusform>%n conflict with the new render, at line %1</numerusform>
            <numerusform>%n conflicts with the new render, the first at line %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tarmac::CompositionDocument</name>
    <message numerus="yes">
        <source>Remove %n node(s)</source>
        <translation>
            <numerusform>Remove %n node</numerusform>
            <numerusform>Remove %n nodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n node(s)</source>
        <translation>
            <numerusform>Move %n node</numerusform>
            <numerusform>Move %n nodes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tarmac::ConfigEditor</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tarmac::Ctl</name>
    <message numerus="yes">
        <source>%1: published %2 %3 (%n file(s)) as %4</source>
        <translation>
            <numerusform>%1: published %2 %3 (%n file) as %4</numerusform>
            <numerusform>%1: published %2 %3 (%n files) as %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no drift: %n service(s) match their templates</source>
        <translation>
            <numerusform>no drift: %n service matches its template</numerusform>
            <numerusform>no drift: %n services match their templates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tarmac::DeployPage</name>
    <message numerus="yes">
        <source>%n file(s) from %1; nothing deployed from this workbench to compare with.</source>
        <translation>
            <numerusform>%n file from %1; nothing deployed from this workbench to compare with.</numerusform>
            <numerusform>%n files from %1; nothing deployed from this workbench to compare with.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) differ from the bundle last deployed there:</source>
        <translation>
            <numerusform>%n file differs from the bundle last deployed there:</numerusform>
            <numerusform>%n files differ from the bundle last deployed there:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tarmac::DeploymentChanges</name>
    <message numerus="yes">
        <source>%n commit(s) (first deployment here):</source>
        <translation>
            <numerusform>%n commit (first deployment here):</numerusform>
            <numerusform>%n commits (first deployment here):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n commit(s); the commit last deployed here (%1) is not in this repository, so they are counted as for a first deployment:</source>
        <translation>
            <numerusform>%n commit; the commit last deployed here (%1) is not in this repository, so it is counted as for a first deployment:</numerusform>
            <numerusform>%n commits; the commit last deployed here (%1) is not in this repository, so they are counted as for a first deployment:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n commit(s) since %1, last deployed here:</source>
        <translation>
            <numerusform>%n commit since %1, last deployed here:</numerusform>
            <numerusform>%n commits since %1, last deployed here:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and older ones, left out (at most %n are sent).</source>
        <translation>
            <numerusform>… and older ones, left out (at most %n is sent).</numerusform>
            <numerusform>… and older ones, left out (at most %n are sent).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tarmac::DeploymentTray</name>
    <message numerus="yes">
        <source>Tarmac: %n deployment(s) running</source>
        <translation>
            <numerusform>Tarmac: %n deployment running</numerusform>
            <numerusform>Tarmac: %n deployments running</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tarmac::ExplainPanel</name>
    <message numerus="yes">
        <source>%n record(s) behind this number:</source>
        <translation>
            <numerusform>%n record behind this number:</numerusform>
            <numerusform>%n records behind this number:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tarmac::FindReplaceBar</name>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n replaced</numerusform>
            <numerusform>%n replaced</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tarmac::LocalPlatformProcess</name>
    <message numerus="yes">
        <source>tarmacd did not start listening within %n second(s)</source>
        <translation>
            <numerusform>tarmacd did not start listening within %n second</numerusform>
            <numerusform>tarmacd did not start listening within %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tarmac::MainWindow</name>
    <message numerus="yes">
        <source>%n deployment(s) running; you will be told when they end. Quit from this icon&apos;s menu.</source>
        <translation>
            <numerusform>%n deployment running; you will be told when it ends. Quit from this icon&apos;s menu.</numerusform>
            <numerusform>%n deployments running; you will be told when they end. Quit from this icon&apos;s menu.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tarmac::Metrics::DrillDownModel</name>
    <message numerus="yes">
        <source>%n change(s) shipped at or before their commit time were left out.</source>
        <translation>
            <numerusform>%n change shipped at or before its commit time was left out.</numerusform>
            <numerusform>%n changes shipped at or before their commit time were left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) had no deployment within the attribution window: they fail no deployment.</source>
        <translation>
            <numerusform>%n incident had no deployment within the attribution window: it fails no deployment.</numerusform>
            <numerusform>%n incidents had no deployment within the attribution window: they fail no deployment.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed deployment(s) have not recovered yet: counted, not timed.</source>
        <translation>
            <numerusform>%n failed deployment has not recovered yet: counted, not timed.</numerusform>
            <numerusform>%n failed deployments have not recovered yet: counted, not timed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deployment(s) shipped no change: they count as deployments but add nothing to lead time.</source>
        <translation>
            <numerusform>%n deployment shipped no change: it counts as a deployment but adds nothing to lead time.</numerusform>
            <numerusform>%n deployments shipped no change: they count as deployments but add nothing to lead time.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tarmac::PlatformTemplateSource</name>
    <message numerus="yes">
        <source>%1: %n template(s)</source>
        <translation>
            <numerusform>%1: %n template</numerusform>
            <numerusform>%1: %n templates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tarmac::PresenterView</name>
    <message numerus="yes">
        <source>%n of %1 have voted</source>
        <translation>
            <numerusform>%n of %1 has voted</numerusform>
            <numerusform>%n of %1 have voted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n answer</numerusform>
            <numerusform>%n answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n don&apos;t know</source>
        <translation>
            <numerusform>%n don&apos;t know</numerusform>
            <numerusform>%n don&apos;t know</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not applicable</source>
        <translation>
            <numerusform>%n not applicable</numerusform>
            <numerusform>%n not applicable</numerusform>
        </translation>
    </message>
</context>
</TS>

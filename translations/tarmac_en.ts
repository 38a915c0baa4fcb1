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
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>Report</name>
    <message numerus="yes">
        <location filename="../../reciprocity_desktop/reports/text.py" line="151" />
        <source>and %n more contact(s)</source>
        <translation>
            <numerusform>and %n more contact</numerusform>
            <numerusform>and %n more contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reciprocity_desktop/reports/text.py" line="130" />
        <source>+%n day(s)</source>
        <translation>
            <numerusform>+%n day</numerusform>
            <numerusform>+%n days</numerusform>
        </translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>FollowUpsView</name>
    <message numerus="yes">
        <location filename="../../reciprocity_desktop/ui/followups/models.py" line="+65"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GiftsView</name>
    <message numerus="yes">
        <location filename="../../reciprocity_desktop/ui/gifts/stock_pane.py" line="+116"/>
        <source>%n item(s) running low</source>
        <translation>
            <numerusform>%n item running low</numerusform>
            <numerusform>%n items running low</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reciprocity_desktop/ui/gifts/view.py" line="+210"/>
        <source>%n gift(s), total cost {cost}</source>
        <translation>
            <numerusform>%n gift, total cost {cost}</numerusform>
            <numerusform>%n gifts, total cost {cost}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../reciprocity_desktop/ui/main_window.py" line="+284"/>
        <source>%n row(s) cannot be imported:</source>
        <translation>
            <numerusform>%n row cannot be imported:</numerusform>
            <numerusform>%n rows cannot be imported:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintDayDialog</name>
    <message numerus="yes">
        <location filename="../../reciprocity_desktop/ui/planner/print_dialog.py" line="+107"/>
        <source>%n stop(s) on the route.</source>
        <translation>
            <numerusform>%n stop on the route.</numerusform>
            <numerusform>%n stops on the route.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProspectsView</name>
    <message numerus="yes">
        <location filename="../../reciprocity_desktop/ui/prospects/view.py" line="+152"/>
        <source>%n prospect(s)</source>
        <translation>
            <numerusform>%n prospect</numerusform>
            <numerusform>%n prospects</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message numerus="yes">
        <location filename="../../reciprocity_desktop/reports/text.py" line="+132"/>
        <source>+%n day(s)</source>
        <extracomment>A clock time past midnight, as the route writes it: &quot;01:10 (+1)&quot;.</extracomment>
        <translation>
            <numerusform>+%n day</numerusform>
            <numerusform>+%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>and %n more contact(s)</source>
        <translation>
            <numerusform>and %n more contact</numerusform>
            <numerusform>and %n more contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RouteInfo</name>
    <message numerus="yes">
        <location filename="../../reciprocity_desktop/ui/planner/route_info.py" line="+61"/>
        <source>%n leg(s) of unknown length.</source>
        <translation>
            <numerusform>%n leg of unknown length.</numerusform>
            <numerusform>%n legs of unknown length.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n stop(s) flagged ⚠: their tooltips say why.</source>
        <translation>
            <numerusform>%n stop flagged ⚠: their tooltips say why.</numerusform>
            <numerusform>%n stops flagged ⚠: their tooltips say why.</numerusform>
        </translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>CLI</name>
    <message numerus="yes">
        <location filename="../../reciprocity_desktop/cli/csv.py" line="+36"/>
        <source>reciprocity-desktop: %n row(s) of {file} cannot be imported, so nothing was imported (correct the file, or use --skip-bad).</source>
        <translation>
            <numerusform>reciprocity-desktop: %n row of {file} cannot be imported, so nothing was imported (correct the file, or use --skip-bad).</numerusform>
            <numerusform>reciprocity-desktop: %n rows of {file} cannot be imported, so nothing was imported (correct the file, or use --skip-bad).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Exported %n prospect(s) to {file}.</source>
        <translation>
            <numerusform>Exported %n prospect to {file}.</numerusform>
            <numerusform>Exported %n prospects to {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reciprocity_desktop/cli/gift_register.py" line="+91"/>
        <source>Wrote %n gift(s) of {year} to {file}.</source>
        <translation>
            <numerusform>Wrote %n gift of {year} to {file}.</numerusform>
            <numerusform>Wrote %n gifts of {year} to {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reciprocity_desktop/cli/demo.py" line="+33"/>
        <source>%n prospect(s)</source>
        <translation>
            <numerusform>%n prospect</numerusform>
            <numerusform>%n prospects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n gift(s)</source>
        <translation>
            <numerusform>%n gift</numerusform>
            <numerusform>%n gifts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n follow-up</numerusform>
            <numerusform>%n follow-ups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n outcome(s)</source>
        <translation>
            <numerusform>%n outcome</numerusform>
            <numerusform>%n outcomes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visit</numerusform>
            <numerusform>%n visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reciprocity_desktop/cli/report.py" line="+247"/>
        <source>Reciprocity report: {period}; an outcome within %n day(s) of a gift reciprocates it.</source>
        <translation>
            <numerusform>Reciprocity report: {period}; an outcome within %n day of a gift reciprocates it.</numerusform>
            <numerusform>Reciprocity report: {period}; an outcome within %n days of a gift reciprocates it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reciprocity_desktop/cli/visits.py" line="+145"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reciprocity_desktop/cli/visits_route.py" line="+82"/>
        <source>Ordered %n stop(s) of {date} {how}{start}.</source>
        <translation>
            <numerusform>Ordered %n stop of {date} {how}{start}.</numerusform>
            <numerusform>Ordered %n stops of {date} {how}{start}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>, %n leg(s) unknown</source>
        <translation>
            <numerusform>, %n leg unknown</numerusform>
            <numerusform>, %n legs unknown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reciprocity_desktop/cli/sync.py" line="+123"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n deletion(s)</source>
        <translation>
            <numerusform>%n deletion</numerusform>
            <numerusform>%n deletions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>held back: %n record(s) with change times in the future (the sending laptop&apos;s clock is probably wrong); they are applied once that time has come</source>
        <translation>
            <numerusform>held back: %n record with change times in the future (the sending laptop&apos;s clock is probably wrong); they are applied once that time has come</numerusform>
            <numerusform>held back: %n records with change times in the future (the sending laptop&apos;s clock is probably wrong); they are applied once that time has come</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reciprocity_desktop/cli/contacts.py" line="+98"/>
        <source>Their data is erased from the store&apos;s backups too (%n backup file(s) held it).</source>
        <translation>
            <numerusform>Their data is erased from the store&apos;s backups too (%n backup file held it).</numerusform>
            <numerusform>Their data is erased from the store&apos;s backups too (%n backup files held it).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message numerus="yes">
        <location filename="../../reciprocity_desktop/ui/csv_import/dialog.py" line="+87"/>
        <source>Import %Ln new prospect(s)?</source>
        <translation>
            <numerusform>Import %Ln new prospect?</numerusform>
            <numerusform>Import %Ln new prospects?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>%Ln new prospect(s)</source>
        <translation>
            <numerusform>%Ln new prospect</numerusform>
            <numerusform>%Ln new prospects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, with %Ln contact person(s)</source>
        <translation>
            <numerusform>, with %Ln contact person</numerusform>
            <numerusform>, with %Ln contact persons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln already in the store (left unchanged)</source>
        <translation>
            <numerusform>%Ln already in the store (left unchanged)</numerusform>
            <numerusform>%Ln already in the store (left unchanged)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln row(s) repeating an earlier one (a new contact person joins that prospect)</source>
        <translation>
            <numerusform>%Ln row repeating an earlier one (a new contact person joins that prospect)</numerusform>
            <numerusform>%Ln rows repeating an earlier one (a new contact person joins that prospect)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln line(s) with errors (skipped, see below)</source>
        <translation>
            <numerusform>%Ln line with errors (skipped, see below)</numerusform>
            <numerusform>%Ln lines with errors (skipped, see below)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%Ln row(s) read from %1 (%2, separated by %3).</source>
        <translation>
            <numerusform>%Ln row read from %1 (%2, separated by %3).</numerusform>
            <numerusform>%Ln rows read from %1 (%2, separated by %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+51"/>
        <source>The first %Ln row(s) of the file, as the import takes them:</source>
        <translation>
            <numerusform>The first %Ln row of the file, as the import takes them:</numerusform>
            <numerusform>The first %Ln rows of the file, as the import takes them:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The row(s) of the file, as the import takes them:</source>
        <translation>
            <numerusform>The row of the file, as the import takes them:</numerusform>
            <numerusform>The rows of the file, as the import takes them:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%Ln line(s) cannot be imported and will be skipped:</source>
        <translation>
            <numerusform>%Ln line cannot be imported and will be skipped:</numerusform>
            <numerusform>%Ln lines cannot be imported and will be skipped:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvImporter</name>
    <message numerus="yes">
        <location filename="../../reciprocity_desktop/ui/csv_import/flow.py" line="+96"/>
        <source>Imported %Ln prospect(s) from %1.</source>
        <translation>
            <numerusform>Imported %Ln prospect from %1.</numerusform>
            <numerusform>Imported %Ln prospects from %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpsView</name>
    <message numerus="yes">
        <location filename="../../reciprocity_desktop/ui/followups/models.py" line="+85"/>
        <location line="+20"/>
        <source>%n day(s) overdue</source>
        <extracomment>The room a cell gives its text beside it (the delegate&apos;s margins, and a little air). Dates whose text is the widest of their format (two-digit days and months). The most days a status is wide enough for (&quot;9999 days overdue&quot;: an office store holds follow-ups left open for years, &quot;1094 Tage überfällig&quot; was cut at 999).</extracomment>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-19"/>
        <location line="+21"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GiftRegisterView</name>
    <message numerus="yes">
        <location filename="../../reciprocity_desktop/ui/insights/register_view.py" line="+294"/>
        <source>{year}: %n recipient(s), {total} in gifts</source>
        <translation>
            <numerusform>{year}: %n recipient, {total} in gifts</numerusform>
            <numerusform>{year}: %n recipients, {total} in gifts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>Wrote %n gift(s) of {year} to {path}.</source>
        <translation>
            <numerusform>Wrote %n gift of {year} to {path}.</numerusform>
            <numerusform>Wrote %n gifts of {year} to {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GiftsView</name>
    <message numerus="yes">
        <location filename="../../reciprocity_desktop/ui/gifts/stock_pane.py" line="+137"/>
        <source>%n item(s) out of stock</source>
        <translation>
            <numerusform>%n item out of stock</numerusform>
            <numerusform>%n items out of stock</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n item(s) running low</source>
        <translation>
            <numerusform>%n item running low</numerusform>
            <numerusform>%n items running low</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reciprocity_desktop/ui/gifts/view.py" line="+268"/>
        <source>More than %n gift(s), counting…</source>
        <extracomment>What the description keeps at least when the other columns share the width. The totals while the gifts are being counted (%n: the gifts shown so far, a page).</extracomment>
        <translation>
            <numerusform>More than %n gift, counting…</numerusform>
            <numerusform>More than %n gifts, counting…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln gift(s), total cost {cost}</source>
        <translation>
            <numerusform>%Ln gift, total cost {cost}</numerusform>
            <numerusform>%Ln gifts, total cost {cost}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reciprocity_desktop/ui/gifts/models.py" line="+151"/>
        <source>%n item(s) over-drawn ({items}): two reps drew the last ones before their laptops synced. Restock them, or correct their counts (Edit item).</source>
        <translation>
            <numerusform>%n item over-drawn ({items}): two reps drew the last ones before their laptops synced. Restock them, or correct their counts (Edit item).</numerusform>
            <numerusform>%n items over-drawn ({items}): two reps drew the last ones before their laptops synced. Restock them, or correct their counts (Edit item).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message numerus="yes">
        <location filename="../../reciprocity_desktop/ui/sync/importer.py" line="+109"/>
        <source>%Ln record(s) were changed here and in the other store since you last exchanged files. The later change wins; the other version is kept in the conflict log, where you can restore it.</source>
        <translation>
            <numerusform>%Ln record was changed here and in the other store since you last exchanged files. The later change wins; the other version is kept in the conflict log, where you can restore it.</numerusform>
            <numerusform>%Ln records were changed here and in the other store since you last exchanged files. The later change wins; the other version is kept in the conflict log, where you can restore it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln record(s) carry a time in the future (a laptop with a wrong clock?) and are held back:</source>
        <translation>
            <numerusform>%Ln record carries a time in the future (a laptop with a wrong clock?) and is held back:</numerusform>
            <numerusform>%Ln records carry a time in the future (a laptop with a wrong clock?) and are held back:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InsightsView</name>
    <message numerus="yes">
        <location filename="../../reciprocity_desktop/ui/insights/figures.py" line="+62"/>
        <source>to %n prospect(s) · {rate} reciprocated</source>
        <translation>
            <numerusform>to %n prospect · {rate} reciprocated</numerusform>
            <numerusform>to %n prospects · {rate} reciprocated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reciprocity_desktop/ui/insights/lists.py" line="+135"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reciprocity_desktop/ui/insights/texts.py" line="+126"/>
        <source>Gifts from {start} to {end}; outcomes within %n day(s) count</source>
        <translation>
            <numerusform>Gifts from {start} to {end}; outcomes within %n day count</numerusform>
            <numerusform>Gifts from {start} to {end}; outcomes within %n days count</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Gifts since {start}; outcomes within %n day(s) count</source>
        <translation>
            <numerusform>Gifts since {start}; outcomes within %n day count</numerusform>
            <numerusform>Gifts since {start}; outcomes within %n days count</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Gifts until {end}; outcomes within %n day(s) count</source>
        <translation>
            <numerusform>Gifts until {end}; outcomes within %n day count</numerusform>
            <numerusform>Gifts until {end}; outcomes within %n days count</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>All gifts; outcomes within %n day(s) count</source>
        <translation>
            <numerusform>All gifts; outcomes within %n day count</numerusform>
            <numerusform>All gifts; outcomes within %n days count</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../reciprocity_desktop/ui/main_window.py" line="+390"/>
        <source>Exported %Ln prospect(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln prospect to %1.</numerusform>
            <numerusform>Exported %Ln prospects to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MovementsDialog</name>
    <message numerus="yes">
        <location filename="../../reciprocity_desktop/ui/gifts/movements_dialog.py" line="+130"/>
        <source>%n movement(s) of “{item}”; on hand now: {quantity}</source>
        <translation>
            <numerusform>%n movement of “{item}”; on hand now: {quantity}</numerusform>
            <numerusform>%n movements of “{item}”; on hand now: {quantity}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintDayDialog</name>
    <message numerus="yes">
        <location filename="../../reciprocity_desktop/ui/planner/print_dialog.py" line="+104"/>
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
        <location filename="../../reciprocity_desktop/ui/prospects/view.py" line="+138"/>
        <location line="+66"/>
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
        <location filename="../../reciprocity_desktop/reports/text.py" line="+147"/>
        <source>+%n day(s)</source>
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
<context>
    <name>Section</name>
    <message numerus="yes">
        <location filename="../../reciprocity_desktop/ui/today/section.py" line="+189"/>
        <source>… and %n more</source>
        <extracomment>The rows a column is sized to (a screenful): Qt would otherwise measure every row, each time rows change. The rows a list shows until its page has measured how many fit. The room a cell&apos;s text needs beside it (the cell&apos;s margins), and a header&apos;s (its margins, a sort arrow). A row&apos;s height beyond the font&apos;s line.</extracomment>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message numerus="yes">
        <location filename="../../reciprocity_desktop/ui/sync/export.py" line="+147"/>
        <source>%Ln record(s) written to %1.</source>
        <translation>
            <numerusform>%Ln record written to %1.</numerusform>
            <numerusform>%Ln records written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>This includes %Ln deletion(s).</source>
        <translation>
            <numerusform>This includes %Ln deletion.</numerusform>
            <numerusform>This includes %Ln deletions.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message numerus="yes">
        <location filename="../../reciprocity_desktop/ui/today/view.py" line="+266"/>
        <source>No visits today; next route on %1 with %n stop(s)</source>
        <translation>
            <numerusform>No visits today; next route on %1 with %n stop</numerusform>
            <numerusform>No visits today; next route on %1 with %n stops</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n visit(s) today</source>
        <translation>
            <numerusform>%n visit today</numerusform>
            <numerusform>%n visits today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%Ln follow-up(s) overdue</source>
        <translation>
            <numerusform>%Ln follow-up overdue</numerusform>
            <numerusform>%Ln follow-ups overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln follow-up(s) due today</source>
        <translation>
            <numerusform>%Ln follow-up due today</numerusform>
            <numerusform>%Ln follow-ups due today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n item(s) low in stock</source>
        <translation>
            <numerusform>%n item low in stock</numerusform>
            <numerusform>%n items low in stock</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>services</name>
    <message numerus="yes">
        <location filename="../../reciprocity_desktop/services/csv_io/report.py" line="+115"/>
        <source>%n row(s) cannot be imported, so nothing was imported: {errors} Correct the file, or skip the bad rows.</source>
        <translation>
            <numerusform>%n row cannot be imported, so nothing was imported: {errors} Correct the file, or skip the bad rows.</numerusform>
            <numerusform>%n rows cannot be imported, so nothing was imported: {errors} Correct the file, or skip the bad rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n row(s) cannot be imported, so nothing was imported: {errors} {more} Correct the file, or skip the bad rows.</source>
        <translation>
            <numerusform>%n row cannot be imported, so nothing was imported: {errors} {more} Correct the file, or skip the bad rows.</numerusform>
            <numerusform>%n rows cannot be imported, so nothing was imported: {errors} {more} Correct the file, or skip the bad rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n more row(s) have errors too.</source>
        <translation>
            <numerusform>%n more row has errors too.</numerusform>
            <numerusform>%n more rows have errors too.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reciprocity_desktop/services/day_sheet.py" line="+207"/>
        <source>There are no visits to print for {date}: the %n visit(s) of the day are cancelled.</source>
        <translation>
            <numerusform>There are no visits to print for {date}: the %n visit of the day is cancelled.</numerusform>
            <numerusform>There are no visits to print for {date}: the %n visits of the day are cancelled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reciprocity_desktop/services/followups.py" line="+62"/>
        <source>{name} received a gift on {gift_date}. Asking for an order only %n day(s) after it can spoil it: reciprocity works when nothing is asked in return. Consider asking how the gift was received first.</source>
        <translation>
            <numerusform>{name} received a gift on {gift_date}. Asking for an order only %n day after it can spoil it: reciprocity works when nothing is asked in return. Consider asking how the gift was received first.</numerusform>
            <numerusform>{name} received a gift on {gift_date}. Asking for an order only %n days after it can spoil it: reciprocity works when nothing is asked in return. Consider asking how the gift was received first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reciprocity_desktop/sync/container.py" line="+249"/>
        <source>{member} holds %n record(s), the manifest says {expected}</source>
        <translation>
            <numerusform>{member} holds %n record, the manifest says {expected}</numerusform>
            <numerusform>{member} holds %n records, the manifest says {expected}</numerusform>
        </translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sl_SI">
<context>
    <name>App</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/app.py" line="+40"/>
        <source>Cannot open the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/ui/messages.py" line="+31"/>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong that the program did not expect. Your data is safe: every change is saved in one piece or not at all. The details below help the developers fix it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/tasks.py" line="+69"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/messages.py" line="-17"/>
        <source>Cannot do that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/ui/operations.py" line="+59"/>
        <source>Cannot redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompleteFollowUpDialog</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/followups/dialogs.py" line="+75"/>
        <source>Complete follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Result:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened, what was said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Done on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How was the gift received? ({gift})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re&amp;action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reaction &amp;note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What they thought of it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictLogDialog</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/sync/conflicts.py" line="+38"/>
        <source>Conflict log</source>
        <extracomment>The columns that sort in SQL (by their key in :data:`sync.conflicts.SORT_KEYS`); the others keep the log&apos;s order.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show &amp;restored ones too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>this store&apos;s change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the file&apos;s change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost change by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Differs in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>R&amp;estore this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No conflicts: every import so far merged without two changes to the same record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Field: lost version → current version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/prospects/dialogs.py" line="+166"/>
        <source>New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. Owner, Purchasing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Decision maker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Add contact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit contact %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/csv_import/dialog.py" line="+85"/>
        <source>Import %1</source>
        <extracomment>The size the dialog asks for, at most (it stays within the screen&apos;s free area). The colour of a count that needs attention (the lines with errors).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Import %Ln new prospect(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is nothing new to import: every prospect in the file is in the store already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%Ln new prospect(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, with %Ln contact person(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln already in the store (left unchanged)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln row(s) repeating an earlier one (a new contact person joins that prospect)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln line(s) with errors (skipped, see below)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>semicolons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>vertical bars</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln row(s) read from %1 (%2, separated by %3).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Columns not imported: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the store already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeats an earlier row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+28"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-27"/>
        <source>What happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>The first %Ln row(s) of the file, as the import takes them:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The row(s) of the file, as the import takes them:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%Ln line(s) cannot be imported and will be skipped:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvImporter</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/csv_import/flow.py" line="+44"/>
        <source>Import prospects from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Imported %Ln prospect(s) from %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DebriefModel</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/debrief/model.py" line="+70"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gift handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+70"/>
        <source>(none planned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Debriefed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Still to come</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DebriefView</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/debrief/view.py" line="+78"/>
        <source>Keys in the table: D done · N nobody there · C cancelled · G gift handed over · R reaction to the earlier gift · 0 no outcome, 1 conversation, 2 referral, 3 meeting, 4 order, 5 other · F follow-up · T note · Backspace forget the row · Ctrl+Enter save the row and go to the next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Visits: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>debriefed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No visits on this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>edited, not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>still to come: %1 (debriefed from their day on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unsaved on other days: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+101"/>
        <source>That visit is not on a day&apos;s route.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/labels.py" line="+26"/>
        <source>Suspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content (e-book, article)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tailored analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not liked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask for feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask for an order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting with the decision maker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upcoming</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditGiftDialog</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/gifts/dialogs.py" line="+89"/>
        <source>Edit gift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Given to {prospect}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;ate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cost:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Personal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unexpected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Meaningful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Qualities:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/sync/export.py" line="+39"/>
        <location line="+65"/>
        <source>Export for sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-61"/>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only &amp;changes since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Encrypt with a passphrase (recommended: the file holds personal data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sync files (*%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose where to write the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a passphrase, or untick encryption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../reciprocity_desktop/cli/gift_register.py" line="+43"/>
        <source>year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/cli/report.py" line="+48"/>
        <location line="+4"/>
        <location filename="../../reciprocity_desktop/services/insights/figures.py" line="+205"/>
        <location line="+6"/>
        <source>window days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/cli/visits_route.py" line="+99"/>
        <location filename="../../reciprocity_desktop/reports/day.py" line="+148"/>
        <location filename="../../reciprocity_desktop/services/day_route.py" line="+116"/>
        <location filename="../../reciprocity_desktop/services/day_sheet.py" line="+196"/>
        <location line="+5"/>
        <location line="+146"/>
        <location filename="../../reciprocity_desktop/services/debrief.py" line="+142"/>
        <location filename="../../reciprocity_desktop/services/followups.py" line="+276"/>
        <location filename="../../reciprocity_desktop/services/gifts.py" line="+105"/>
        <location line="+76"/>
        <location line="+37"/>
        <location filename="../../reciprocity_desktop/services/listing.py" line="+137"/>
        <location filename="../../reciprocity_desktop/services/ops/visits.py" line="+48"/>
        <location line="+30"/>
        <location line="+27"/>
        <location line="+18"/>
        <location filename="../../reciprocity_desktop/services/validate.py" line="+41"/>
        <location filename="../../reciprocity_desktop/services/visits.py" line="+40"/>
        <location line="+12"/>
        <location line="+29"/>
        <location line="+23"/>
        <location line="+101"/>
        <location line="+21"/>
        <location line="+21"/>
        <source>date</source>
        <extracomment>Rows fetched from the cursor at a time.
----------
Undo helpers of the route&apos;s times (see :mod:`~reciprocity_desktop.services.day_route`).
----------
What the QR code on a printed visit sheet holds before the visit id.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="-67"/>
        <source>paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+9"/>
        <source>output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/contacts.py" line="+16"/>
        <location filename="../../reciprocity_desktop/ui/prospects/dialogs.py" line="-41"/>
        <source>contact name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../reciprocity_desktop/services/prospects.py" line="+70"/>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../reciprocity_desktop/services/gifts.py" line="+82"/>
        <location filename="../../reciprocity_desktop/services/prospects.py" line="+6"/>
        <location filename="../../reciprocity_desktop/services/visits.py" line="-89"/>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/csv_io/decoding.py" line="+55"/>
        <location line="+2"/>
        <location line="+3"/>
        <location line="+4"/>
        <location line="+7"/>
        <location line="+64"/>
        <location line="+15"/>
        <location filename="../../reciprocity_desktop/services/csv_io/exporting.py" line="+46"/>
        <location filename="../../reciprocity_desktop/services/csv_io/reading.py" line="+227"/>
        <location line="+45"/>
        <location line="+24"/>
        <location filename="../../reciprocity_desktop/services/csv_io/report.py" line="+102"/>
        <location filename="../../reciprocity_desktop/services/errors.py" line="+80"/>
        <location filename="../../reciprocity_desktop/sync/exporter.py" line="+116"/>
        <location line="+2"/>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/debrief.py" line="-23"/>
        <source>order value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <location filename="../../reciprocity_desktop/services/visits.py" line="+69"/>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+35"/>
        <location line="+3"/>
        <location line="+11"/>
        <location filename="../../reciprocity_desktop/services/debrief_check.py" line="+126"/>
        <location filename="../../reciprocity_desktop/services/followups.py" line="-190"/>
        <source>gift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-44"/>
        <location filename="../../reciprocity_desktop/services/followups.py" line="+6"/>
        <location line="+86"/>
        <location line="+101"/>
        <location filename="../../reciprocity_desktop/ui/followups/dialogs.py" line="+89"/>
        <location line="+49"/>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+63"/>
        <location line="+3"/>
        <location line="+5"/>
        <location filename="../../reciprocity_desktop/services/followups.py" line="+53"/>
        <location filename="../../reciprocity_desktop/services/gift_reactions.py" line="+51"/>
        <location filename="../../reciprocity_desktop/services/gifts.py" line="-110"/>
        <source>reaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../reciprocity_desktop/services/followups.py" line="-251"/>
        <location line="+26"/>
        <location line="+163"/>
        <location filename="../../reciprocity_desktop/services/gifts.py" line="-82"/>
        <location line="+108"/>
        <location line="+78"/>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/debrief_check.py" line="-4"/>
        <source>gift description</source>
        <extracomment>An order without a value and not said to be not known: the form asks, saving waits.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/followups.py" line="-188"/>
        <location line="+26"/>
        <location line="+43"/>
        <location line="+2"/>
        <source>due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-29"/>
        <location filename="../../reciprocity_desktop/services/gift_reactions.py" line="+29"/>
        <source>done date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../reciprocity_desktop/ui/followups/dialogs.py" line="-165"/>
        <source>result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+69"/>
        <location filename="../../reciprocity_desktop/services/gifts.py" line="+81"/>
        <location filename="../../reciprocity_desktop/services/records.py" line="+35"/>
        <location filename="../../reciprocity_desktop/services/visits.py" line="-31"/>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+84"/>
        <location filename="../../reciprocity_desktop/ui/prospects/dialogs.py" line="+58"/>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/geo.py" line="+86"/>
        <location filename="../../reciprocity_desktop/services/prospects.py" line="+1"/>
        <source>latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../reciprocity_desktop/services/prospects.py" line="+1"/>
        <source>longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/gifts.py" line="-300"/>
        <location line="+31"/>
        <location line="+190"/>
        <source>quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-185"/>
        <location line="+102"/>
        <location filename="../../reciprocity_desktop/ui/gifts/dialogs.py" line="-16"/>
        <location filename="../../reciprocity_desktop/ui/gifts/log_gift_dialog.py" line="+83"/>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-97"/>
        <location line="+64"/>
        <location line="+40"/>
        <location filename="../../reciprocity_desktop/ui/gifts/dialogs.py" line="+7"/>
        <location filename="../../reciprocity_desktop/ui/gifts/log_gift_dialog.py" line="+12"/>
        <source>cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-96"/>
        <source>contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+72"/>
        <location filename="../../reciprocity_desktop/ui/followups/dialogs.py" line="+28"/>
        <source>reaction note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+97"/>
        <location filename="../../reciprocity_desktop/services/prospects.py" line="-13"/>
        <location filename="../../reciprocity_desktop/ui/gifts/dialogs.py" line="+44"/>
        <location filename="../../reciprocity_desktop/ui/prospects/dialogs.py" line="-182"/>
        <source>name</source>
        <extracomment>Fields a user edits, with their validators: (value, field label) -&gt; clean value.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../reciprocity_desktop/ui/gifts/dialogs.py" line="+9"/>
        <source>unit cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>low stock level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>quantity added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>quantity removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/insights/figures.py" line="+7"/>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/prospects.py" line="+1"/>
        <source>street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/settings_keys.py" line="+224"/>
        <location line="+4"/>
        <source>setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+4"/>
        <source>gift_limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/validate.py" line="+21"/>
        <source>amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+84"/>
        <source>country</source>
        <extracomment>Two-letter territories CLDR (Babel) lists that are not ISO 3166-1 country codes: groupings (EU, EZ, UN, QO), pseudo-locales (XA, XB), &quot;unknown region&quot; (ZZ) and the &quot;exceptionally reserved&quot; codes whose places belong to an assigned country (AC, TA → SH; CP → FR; DG → IO; EA, IC → ES; CQ → GB). XK (Kosovo) stays: it is user-assigned but used by everyone.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>planned time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/visits.py" line="-142"/>
        <source>prospects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+69"/>
        <source>gift to bring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>visit minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+106"/>
        <source>visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/sync/crypto.py" line="+195"/>
        <location line="+4"/>
        <source>passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/sync/exporter.py" line="-44"/>
        <source>since</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpsView</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/followups/details.py" line="+38"/>
        <source>reaction not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gift: {description} — {kind}, {date}; {reaction}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Select a follow-up to see the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Done on {date}: {result}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/ui/followups/dialogs.py" line="-66"/>
        <source>{prospect} — {kind}, due {due}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/ui/followups/models.py" line="+47"/>
        <source>Ask how the gift was received</source>
        <extracomment>The background of an open row by its bucket: overdue red, due today yellow. The follow-up list&apos;s sort key of each column (``FollowUpsView.COL_…``; see :mod:`services.followup_list`).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reaction not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n day(s) overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>in %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Double-click to open the prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linked gift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Done on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/ui/followups/view.py" line="+115"/>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Prospect, note, gift…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;New follow-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Complete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reschedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>+1 &amp;day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>+1 &amp;week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ed&amp;it note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move the due date one day later (an overdue one to tomorrow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move the due date one week later (an overdue one to a week from today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+66"/>
        <source>&amp;All open ({n})</source>
        <extracomment>The share of the table&apos;s width (within limits, px) of prospect, linked gift, result; the note takes the rest.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Overdue ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due &amp;today ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Upcoming ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Don&amp;e ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>No follow-up here matches the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing done yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to do here. Log a gift, or schedule a follow-up with “New follow-up”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+69"/>
        <source>New follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Complete follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reopen follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+9"/>
        <source>Reschedule follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit follow-up note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete follow-up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/widgets/amounts.py" line="+46"/>
        <source>e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GiftDelegate</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/planner/delegates.py" line="+55"/>
        <source>(no gift from stock)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2 in stock)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GiftLimitTable</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/settings/limits.py" line="+35"/>
        <source>Country</source>
        <extracomment>The example under an empty limit, in cents.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GiftRegisterView</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/insights/register_view.py" line="+128"/>
        <source>&amp;Year:</source>
        <extracomment>Emitted each time the page shows freshly loaded rows.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter recipients…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every gift of the year with its recipient, for the accountant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Over the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Near the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No limit is set for {country}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{amount} over the deductible limit of {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{amount} left below the deductible limit of {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Gift register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading the gift register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>No gifts recorded in {year}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{year}: {recipients} recipients, {total} in gifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{over} over the limit, {near} near it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Deductible limit per recipient and year: {limits}. Amber: {percent} % of the limit or more; red: over the limit. The recipient is the contact the gift was given to, or the organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>gift-register-{year}.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the gift register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The register could not be written to {path}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wrote {count} gifts of {year} to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GiftsView</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/gifts/models.py" line="+46"/>
        <source>Reaction not known yet — double-click to set it</source>
        <extracomment>The gift list&apos;s sort key of each column (``GiftsView.COL_…``; see :mod:`services.gift_list`).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Double-click to open the prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+26"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Personal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unexpected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meaningful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unit cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>On hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Running low: restock before planning the next tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Low-stock level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/ui/gifts/stock_pane.py" line="+59"/>
        <source>Gift stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edi&amp;t item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rest&amp;ock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete ite&amp;m</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>%n item(s) running low</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stock is fine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>New stock item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Edit stock item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete stock item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/ui/gifts/view.py" line="+108"/>
        <source>Gifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Prospect, recipient, description…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Log gift…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set &amp;reaction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit gift…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Delete gift</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+71"/>
        <source>%n gift(s), total cost {cost}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No gift matches the search or kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No gifts yet. Give first: log a gift with “Log gift…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Gift logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set gift reaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit gift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete gift</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/sync/importer.py" line="+58"/>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From the store “%1”, written %2 by Reciprocity Desktop %3%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New: %1 · updated: %2 · deleted: %3 · unchanged: %4 · conflicts: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 record(s) were changed here and in the other store since you last exchanged files. The later change wins; the other version is kept in the conflict log, where you can restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 record(s) carry a time in the future (a laptop with a wrong clock?) and are held back:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InsightsView</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/insights/act.py" line="+37"/>
        <source>No follow-up yet ({n})</source>
        <extracomment>Per list, the sort key of each column (see insights_lists_sql.LIST_SORTS; None: the column does not sort). The most width the lists ask for, to show their tabs&apos; titles whole (px). The filter applies this long after the last keystroke.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reaction overdue ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next steps ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Filter the lists…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To act on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Double-click a row to open the prospect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gifted prospects nobody has followed up since their latest gift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gifts whose reaction is still unknown after asking was due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prospects who gave something back, with a suggested next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/ui/insights/charts.py" line="+191"/>
        <source>Gifts reciprocated, by kind</source>
        <extracomment>The least size of a chart (px); a bar chart is taller when it has more bars (:meth:`ChartView.need_rows`). A chart&apos;s width when three stand side by side (their titles fit); narrower, they stand two by two. What a horizontal bar chart needs besides its bars&apos; labels: title, value axis, its title, margins (px). Room between two category labels of a horizontal bar chart (px). The most of a bar chart&apos;s width its category labels may take (Qt cuts a wider label to &quot;...&quot;). The months chart&apos;s width besides its bars (the outcomes axis, margins), and the room a month&apos;s label needs beside its text on one line, beside the longer of month and year on two, and so when the year stands under the first month and each January only (px, found by trying: with less, Qt writes &quot;...&quot;). The colour of the second bar, when it differs (QtCharts colours single bars through &quot;selection&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median days to outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>no gifts in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reciprocated (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../reciprocity_desktop/ui/insights/lists.py" line="+87"/>
        <source>Median days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Gifted ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not gifted ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Gave something back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gave something back (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prospects (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Outcomes per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../reciprocity_desktop/ui/insights/lists.py" line="+114"/>
        <source>Outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/ui/insights/figures.py" line="+59"/>
        <source>Gifts given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to {prospects} prospects · {rate} reciprocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gifted prospects who gave something back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} of {total} · median {days} days after the gift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prospects without a gift who gave something</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} of {total} had an outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Orders after gifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>for gifts that cost {cost}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/ui/insights/help.py" line="+17"/>
        <source>&lt;h3&gt;What the figures mean&lt;/h3&gt;&lt;p&gt;A gift is &lt;b&gt;reciprocated&lt;/b&gt; when its prospect has an outcome of any kind (conversation, referral, meeting, order, other) dated on or after the gift&apos;s date and at most the &lt;b&gt;window&lt;/b&gt; (default 90 days) after it. An outcome &lt;i&gt;reciprocates&lt;/i&gt; the gifts it follows in that way.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Rate&lt;/b&gt; = reciprocated gifts ÷ gifts (shown as – when there are no gifts).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Median days&lt;/b&gt;: over the reciprocated gifts, the days from the gift to the first outcome on or after it.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Cost&lt;/b&gt;: what the gifts cost. &lt;b&gt;Order value&lt;/b&gt;: the value of the orders that reciprocate at least one gift of the group, each order counted once per group.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Gifted&lt;/b&gt;: prospects with at least one gift in the period, and how many of them have a reciprocated gift. &lt;b&gt;Not gifted&lt;/b&gt;: prospects who never got a gift, and how many of them have any outcome in the period.&lt;/li&gt;&lt;li&gt;&lt;b&gt;From/To&lt;/b&gt; choose the gifts by gift date; their outcomes may come after &lt;i&gt;To&lt;/i&gt;, within the window. Outcomes counted on their own (not gifted, per outcome kind, balance) are those from &lt;i&gt;From&lt;/i&gt; to &lt;i&gt;To&lt;/i&gt; plus the window.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Balance&lt;/b&gt; per prospect: order value minus gift cost.&lt;/li&gt;&lt;li&gt;Deleted records never count.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;The lists to act on&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;No follow-up yet&lt;/b&gt;: gifted prospects for whom, since their latest gift, no follow-up was done, no reaction recorded and no outcome recorded.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Reaction overdue&lt;/b&gt;: gifts without a recorded reaction after their feedback follow-up was due (or, without one, the feedback delay after the gift).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Next steps&lt;/b&gt;: prospects with a reciprocated gift. The step follows their latest outcome: an order → thank them, ask how it works and whom else it could help; a referral → thank them and report back; a meeting → send what you promised, then ask for the order; a conversation → ask for a meeting with the decision maker (or find out who decides); anything else → thank them and send useful information.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Remember: give first and do not ask for an immediate return.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/ui/insights/lists.py" line="-158"/>
        <source>not {quality}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+124"/>
        <source>Gifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-122"/>
        <source>Prospects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reciprocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+113"/>
        <source>Order value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-105"/>
        <location line="+23"/>
        <location line="+35"/>
        <location line="+42"/>
        <source>Prospect</source>
        <extracomment>The balance table&apos;s sort key of each column (see services.insights.report.BALANCE_SORTS).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-97"/>
        <source>Latest gift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Days since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Gift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asked, but the reaction was not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not asked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name}, {city} · {outcomes} outcomes, orders {orders}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Latest outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Suggested next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Gift kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Gifts that were…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Outcome kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After a gift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median days from gift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value after a gift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Gift cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/ui/insights/texts.py" line="+21"/>
        <source>Sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Personal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unexpected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meaningful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Thank them for the order; ask how it works and whom else it could help.</source>
        <extracomment>The next steps of services.insights.NEXT_STEPS, in the page&apos;s words.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thank them for the referral; report back how it went.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send what you promised at the meeting, then ask for the order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask for a meeting with {name}, the decision maker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find out who decides and ask for a meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thank them; send useful information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>gifts from {start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>gifts since {start}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gifts until {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all gifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{period}; outcomes within {days} days count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/ui/insights/view.py" line="+120"/>
        <source>Overview</source>
        <extracomment>Emitted each time the page shows freshly computed figures. Emitted when computing failed (the message is also shown on the page).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An outcome up to this many days after a gift counts as reciprocating it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reciprocity &amp;window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gifts &amp;from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/ui/insights/help.py" line="+45"/>
        <location filename="../../reciprocity_desktop/ui/insights/view.py" line="+10"/>
        <source>What the figures mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/ui/insights/view.py" line="+1"/>
        <source>Help on the figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+84"/>
        <source>By gift kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With and without each quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By outcome kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance per prospect (order value − gift cost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The start date is after the end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The figures could not be computed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KitPane</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/planner/kit_pane.py" line="+52"/>
        <source>Gift kit for the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Red: not enough in stock. Yellow: stock runs low after this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Stock item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 missing for this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 left after this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: need %2, have %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not enough in stock — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gifts from stock to load: %1 — all in stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No gifts from stock planned for this day yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogGiftDialog</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/gifts/log_gift_dialog.py" line="-51"/>
        <location line="+120"/>
        <source>Log a gift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-95"/>
        <source>&amp;Prospect:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pick from the gift stock or describe the gift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2 in stock)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;What:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Given to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cost:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quantity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pe&amp;rsonal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unexpected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Meaningful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qualities:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only %1 left in stock.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/main_window.py" line="+44"/>
        <source>Reciprocity Desktop — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+75"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Reciprocity Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Print day…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export for &amp;sync…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import s&amp;ync file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Conflict log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;New prospect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Log gift…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Gift logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Export prospects as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/ui/backup.py" line="+50"/>
        <location filename="../../reciprocity_desktop/ui/main_window.py" line="+0"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/ui/main_window.py" line="+3"/>
        <source>Exported %1 prospect(s) to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/ui/backup.py" line="-12"/>
        <source>Back up the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Store files (*.sqlite3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backup written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/ui/main_window.py" line="+36"/>
        <source>About Reciprocity Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2

Give first, record it, follow up: an offline tool for field sellers.

Store: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Postal-code coordinates: GeoNames (https://www.geonames.org/), licensed under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/ui/page_registry.py" line="+35"/>
        <source>&amp;Today</source>
        <extracomment>The pages, in the order of their tabs (and of View → Ctrl+1 … Ctrl+8). Each is built as Class(ctx, parent).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Prospects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gift &amp;register</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MinutesDelegate</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/planner/delegates.py" line="+23"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewFollowUpDialog</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/followups/dialogs.py" line="+134"/>
        <source>New follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Prospect:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to do, what to ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No prospect matches “{text}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick a prospect.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location line="+31"/>
        <source>Follow-up note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/prospects/dialogs.py" line="+174"/>
        <location line="+25"/>
        <source>Record an outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-21"/>
        <source>&amp;What came back:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order &amp;value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PickPane</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/planner/pick_pane.py" line="+69"/>
        <source>Add prospects</source>
        <extracomment>How many search results the list shows at most.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Name, city, postal code or contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sear&amp;ch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add to t&amp;he day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the selected prospects (Enter or double-click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>e.g. 803</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal code &amp;starts with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+65"/>
        <source>Add a&amp;ll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Everyone in a postal-code area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No prospect matches that is not on this day already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first 200 matches; type more to narrow down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Matches not on this day yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Type the start of a postal code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postal code %1…, not on this day yet: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a&amp;ll %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlannerView</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/planner/view.py" line="+109"/>
        <source>Da&amp;y:</source>
        <extracomment>The share of the page&apos;s width the pick pane and the kit pane start with (the route takes the rest), and their widest; until the user drags a splitter handle, a resize keeps these shares. The route&apos;s columns of a fixed width; the name and the gift share the rest (see _fit_gift_column). The gift column&apos;s narrowest: &quot;Printed e-book: 10 ideas / for your shop window&quot; on two lines. settings: the home base, the day&apos;s start, the visit length and the speed give the route its times</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>◀ Previ&amp;ous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous day (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne&amp;xt ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next day (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To&amp;morrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Order &amp;automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order the stops by distance from home and back (the home base in the settings) and compute their times from the day&apos;s start, the visit length and the travel speed; fixed appointments keep their times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pri&amp;nt day…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected stop up (Ctrl+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected stop down (Ctrl+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;emove stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the selected stop from the day (Del); Undo brings it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drag stops or press Ctrl+Up/Ctrl+Down to reorder: the times after follow. Double-click or F2 edits the time (HH:MM, a fixed appointment), the minutes and the gift to bring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Stops: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Add stops to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Reorder the route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Order the route automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Remove stop %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set the planned time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set the visit&apos;s length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the gift to bring</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintDayDialog</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/planner/print_dialog.py" line="+50"/>
        <source>Print day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Print to PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <source>&amp;Save to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n stop(s) on the route.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No visits planned for this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save the day&apos;s PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProspectDetail</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/prospects/detail.py" line="+113"/>
        <source>&amp;Edit…</source>
        <extracomment>The timeline shows this many newest entries, and this many more per &quot;Show more&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Log gift…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record &amp;outcome…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add &amp;contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+143"/>
        <source>Delete contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-141"/>
        <source>Erases the person&apos;s data here and, through sync, everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export person&apos;s data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Select a prospect to see its contacts and history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Timeline: visits, gifts, follow-ups and outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Tags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Show more (%1 older)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Gift logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Delete %1? Their personal data is erased from this store and, through sync, from the stores of colleagues. You can undo this until you close the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete contact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export person&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProspectDialog</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/prospects/dialogs.py" line="-200"/>
        <source>New prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company, practice or shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Street:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Postal code, city:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;ountry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Filled from the postal code when empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Coor&amp;dinates (lat, lon):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Website:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Industry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;tage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>T&amp;ags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comma-separated, e.g. key account, Bavaria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Add prospect %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit prospect %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProspectPicker</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/widgets/prospect_picker.py" line="+25"/>
        <source>Type a name, city or postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+68"/>
        <source>No prospect matches “{text}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick a prospect.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProspectTableModel</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/prospects/model.py" line="+25"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProspectsView</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/prospects/view.py" line="+55"/>
        <source>Search name, city, postal code or contact (Ctrl+F)</source>
        <extracomment>The widths of the list&apos;s columns, by column number (the last one stretches).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Gifted, no follow-up yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;New prospect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>All cities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n prospect(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/qt_words.py" line="+17"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes to &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;o to All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReactionDialog</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/gifts/dialogs.py" line="-96"/>
        <source>Gift reaction</source>
        <extracomment>The examples of a gift&apos;s cost and a stock item&apos;s unit cost, in cents.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re&amp;action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What they thought of it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="-32"/>
        <location filename="../../reciprocity_desktop/reports/overview.py" line="+38"/>
        <location filename="../../reciprocity_desktop/reports/pages.py" line="+74"/>
        <source>Route overview</source>
        <translation>Pregled poti</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/pages.py" line="+3"/>
        <location filename="../../reciprocity_desktop/reports/visit_sheet.py" line="+60"/>
        <source>Stop {number} of {count}</source>
        <extracomment>A cell&apos;s small grey second line (a gift&apos;s recipient, a reaction&apos;s note).</extracomment>
        <translation>Obisk {number} od {count}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>continued</source>
        <translation>nadaljevanje</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/overview.py" line="+6"/>
        <location filename="../../reciprocity_desktop/reports/pages.py" line="+20"/>
        <source>Seller</source>
        <translation>Prodajalec</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/pages.py" line="+3"/>
        <source>Page {page} of {pages}</source>
        <translation>Stran {page} od {pages}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>continued on the next page</source>
        <translation>nadaljevanje na naslednji strani</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/overview.py" line="+1"/>
        <source>Stops: {count}</source>
        <translation>Število obiskov: {count}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled visits (not shown): {count}</source>
        <translation>Odpovedani obiski (niso prikazani): {count}</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Time</source>
        <translation>Ura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company and address</source>
        <translation>Podjetje in naslov</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact and phone</source>
        <translation>Kontakt in telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../reciprocity_desktop/reports/visit_sheet.py" line="+57"/>
        <source>Gift to bring</source>
        <translation>Darilo za obisk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Izid</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../reciprocity_desktop/reports/text.py" line="+81"/>
        <source>done</source>
        <translation>opravljeno</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../reciprocity_desktop/reports/text.py" line="+1"/>
        <location filename="../../reciprocity_desktop/reports/visit_sheet.py" line="+146"/>
        <source>nobody there</source>
        <translation>nikogar ni</translation>
    </message>
    <message>
        <location line="-68"/>
        <location filename="../../reciprocity_desktop/reports/visit_sheet.py" line="-87"/>
        <source>decision maker</source>
        <translation>odločevalec</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Route: {km} by road (estimated: {factor} × the straight line)</source>
        <translation>Pot: {km} po cesti (ocena: {factor} × zračna razdalja)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Legs of unknown length: {count}</source>
        <translation>Odseki neznane dolžine: {count}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From home ({home}) at {time}</source>
        <translation>Odhod od doma ({home}) ob {time}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Back home at {time}</source>
        <translation>Vrnitev domov ob {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last visit ends at {time}</source>
        <translation>Zadnji obisk se konča ob {time}</translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../../reciprocity_desktop/reports/visit_sheet.py" line="-113"/>
        <source>fixed time</source>
        <translation>dogovorjen termin</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Back home</source>
        <translation>Vrnitev domov</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Gift kit – load into the car</source>
        <translation>Darila – naložite v avto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No gifts to bring today.</source>
        <translation>Danes ne potrebujete daril.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not enough in stock for today</source>
        <translation>Za danes ni dovolj zaloge</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../reciprocity_desktop/reports/visit_sheet.py" line="+127"/>
        <source>Kind</source>
        <translation>Vrsta</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+25"/>
        <source>Needed</source>
        <translation>Potrebno</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>In stock</source>
        <translation>Na zalogi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Stanje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loaded</source>
        <translation>Naloženo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Missing: {count}</source>
        <translation>Manjka: {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left after today: {count}</source>
        <translation>Ostane: {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>low</source>
        <translation>nizko</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Also bring (not from stock)</source>
        <translation>Vzemite še s seboj (ne iz zaloge)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>For stops</source>
        <translation>Za obiske</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stop {number}</source>
        <translation>Obisk {number}</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/visit_sheet.py" line="-114"/>
        <source>Stage</source>
        <translation>Faza</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Industry</source>
        <translation>Panoga</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scan for the debrief</source>
        <translation>Skenirajte za vnos izida</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>none chosen for this visit</source>
        <translation>za ta obisk ni izbrano</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suggested opening</source>
        <translation>Predlog za začetek pogovora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give first: ask for nothing in return today.</source>
        <translation>Najprej dajte: danes ne prosite ničesar v zameno.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Name</source>
        <translation>Ime</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Funkcija</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-pošta</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Contacts</source>
        <translation>Kontaktne osebe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No contacts yet – ask who decides.</source>
        <translation>Še ni kontaktnih oseb – vprašajte, kdo odloča.</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+27"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/overview.py" line="-5"/>
        <location filename="../../reciprocity_desktop/reports/visit_sheet.py" line="-25"/>
        <source>Gift</source>
        <translation>Darilo</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/visit_sheet.py" line="+1"/>
        <source>Reaction</source>
        <translation>Odziv</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>for {name}</source>
        <translation>prejemnik: {name}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not known yet – ask</source>
        <translation>še neznano – vprašajte</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Earlier gifts</source>
        <translation>Prejšnja darila</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None yet – this is the first gift.</source>
        <translation>Še nobenega – to je prvo darilo.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>What came back</source>
        <translation>Kaj se je vrnilo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Vrednost</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <source>Note</source>
        <translation>Opomba</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Earlier outcomes</source>
        <translation>Prejšnji izidi</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Due</source>
        <translation>Rok</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To do</source>
        <translation>Naloga</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>overdue</source>
        <translation>rok je potekel</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Open follow-ups</source>
        <translation>Odprta opravila</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>About the prospect</source>
        <translation>O potencialni stranki</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last visit ({date})</source>
        <translation>Zadnji obisk ({date})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For this visit</source>
        <translation>Za ta obisk</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Notes so far</source>
        <translation>Dosedanje opombe</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>talked</source>
        <translation>pogovor opravljen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gift handed over</source>
        <translation>darilo izročeno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>meeting agreed</source>
        <translation>sestanek dogovorjen</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="-7"/>
        <location filename="../../reciprocity_desktop/reports/visit_sheet.py" line="+1"/>
        <source>referral</source>
        <translation>priporočilo</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../reciprocity_desktop/reports/visit_sheet.py" line="+1"/>
        <source>order</source>
        <translation>naročilo</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/visit_sheet.py" line="+4"/>
        <source>Outcome of the visit</source>
        <translation>Izid obiska</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes and next step</source>
        <translation>Opombe in naslednji korak</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="-28"/>
        <source>sample</source>
        <extracomment>Babel locale used for dates and amounts in each language. Typographic quotes around a gift&apos;s name inside a sentence.</extracomment>
        <translation>vzorec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>free trial</source>
        <translation>brezplačen preizkus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>content (e-book, article)</source>
        <translation>vsebina (e-knjiga, članek)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>analysis / advice</source>
        <translation>analiza / nasvet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>event invitation</source>
        <translation>vabilo na dogodek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>personal present</source>
        <translation>osebno darilo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+23"/>
        <source>other</source>
        <translation>drugo</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>liked it</source>
        <translation>je bilo všeč</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>neutral</source>
        <translation>nevtralno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>did not like it</source>
        <translation>ni bilo všeč</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>declined it</source>
        <translation>zavrnjeno</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Suspect</source>
        <translation>Ciljna stranka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prospect</source>
        <translation>Potencialna stranka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Stranka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost</source>
        <translation>Izgubljena</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ask for feedback on the gift</source>
        <translation>povprašati za mnenje o darilu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>call</source>
        <translation>poklicati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>send information</source>
        <translation>poslati informacije</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>visit</source>
        <translation>obiskati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ask for an order</source>
        <translation>povprašati za naročilo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>conversation</source>
        <translation>pogovor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>meeting with the decision maker</source>
        <translation>sestanek z odločevalcem</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>planned</source>
        <translation>načrtovano</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cancelled</source>
        <translation>odpovedano</translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>+%n day(s)</source>
        <extracomment>A clock time past midnight, as the route writes it: &quot;01:10 (+1)&quot;.</extracomment>
        <translation>
            <numerusform>+%n dan</numerusform>
            <numerusform>+%n dneva</numerusform>
            <numerusform>+%n dnevi</numerusform>
            <numerusform>+%n dni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>and %n more contact(s)</source>
        <translation>
            <numerusform>in še %n kontakt</numerusform>
            <numerusform>in še %n kontakta</numerusform>
            <numerusform>in še %n kontakti</numerusform>
            <numerusform>in še %n kontaktov</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In {country}, while most stops are in {main}: far from the others.</source>
        <translation>V državi {country}, večina postankov pa je v {main}: daleč od ostalih.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{km} from the day&apos;s centre: far from the others.</source>
        <translation>{km} od središča dnevne poti: daleč od ostalih.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No coordinates: placed by postal code near {neighbour}.</source>
        <translation>Ni koordinat: po poštni številki umeščeno blizu {neighbour}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No coordinates: the travel to this stop is not counted.</source>
        <translation>Ni koordinat: vožnja do tega postanka ni upoštevana.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The route reaches this appointment at {arrival}, {minutes} min late.</source>
        <translation>Pot doseže ta termin ob {arrival}, {minutes} min prepozno.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The route does not reach this stop before midnight.</source>
        <translation>Pot tega postanka ne doseže pred polnočjo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The home base&apos;s postal code is not known ({home}): the route starts at the first stop.</source>
        <translation>Poštna številka domače lokacije ni znana ({home}): pot se začne pri prvem postanku.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No home base in the settings: the route starts at the first stop.</source>
        <translation>V nastavitvah ni domače lokacije: pot se začne pri prvem postanku.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>I heard that {gift} was well received – thank you! What did you like most about it?</source>
        <translation>Veseli me, da vam je bilo darilo {gift} všeč – hvala! Kaj vam je bilo pri njem najbolj všeč?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On {date} I left you {gift}. Was it of any use? What would be more useful to you next time?</source>
        <translation>Dne {date} ste od mene prejeli darilo {gift}. Vam je koristilo? Kaj bi vam naslednjič bolj koristilo?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last time {gift} was not quite right for you – thank you for being honest. What would really help you in your work?</source>
        <translation>Darilo {gift} zadnjič ni bilo povsem pravo za vas – hvala za iskrenost. Kaj bi vam pri delu zares pomagalo?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>On {date} I left you {gift}. How was it received – did you have a chance to try it?</source>
        <translation>Dne {date} ste od mene prejeli darilo {gift}. Kako je bilo sprejeto – ste ga že utegnili preizkusiti?</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+13"/>
        <source>Today I brought you {gift} – simply as a gift.</source>
        <translation>Danes imam za vas {gift} – kar tako, kot darilo.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Good to see you again. How have things been at {company} since we spoke on {date}?</source>
        <translation>Lepo vas je spet videti. Kako gre v podjetju {company} od našega pogovora dne {date}?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Good day, my name is {seller}.</source>
        <translation>Dober dan, moje ime je {seller}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Good day, let me introduce myself.</source>
        <translation>Dober dan, naj se najprej predstavim.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I brought something for {company}: {gift}. It is a gift – nothing is expected in return.</source>
        <translation>Za podjetje {company} imam majhno pozornost: {gift}. Gre za darilo – v zameno ne pričakujem ničesar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I would simply like to get to know {company} and hear what matters to you.</source>
        <translation>Želim si spoznati podjetje {company} in slišati, kaj vam je pomembno.</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/followups/dialogs.py" line="-114"/>
        <source>Reschedule follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>+1 &amp;day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+1 &amp;week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;New due date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reschedule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestockDialog</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/gifts/dialogs.py" line="+112"/>
        <source>Restock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On hand after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Restock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{before} + {added} = {after}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouteInfo</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/planner/route_info.py" line="+32"/>
        <source>Ordered by country and postal code (no stop has coordinates); times computed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ordered by distance from home and back; times computed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ordered by distance from the first stop; times computed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Route: %1 km by road (estimated: %2 × the straight line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n leg(s) of unknown length.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From home at %1, back home at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The last visit ends at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n stop(s) flagged ⚠: their tooltips say why.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RouteModel</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/planner/route_model.py" line="+98"/>
        <source>#</source>
        <extracomment>The codes of why a stop is flagged (:func:`day_route.stop_flags`), for the tests.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Min.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gift to bring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>How long the visit takes, in minutes (bold: this visit&apos;s own length)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+70"/>
        <source>%1 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not enough of this item in stock for the day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A fixed appointment (typed in): the other times are computed around it. Clear it to let the route give this stop its time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Computed from the day&apos;s start, the visits before and the drive (Settings). Type a time to fix an appointment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 km by road from the stop before (estimated).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/today/section.py" line="+189"/>
        <source>… and %1 more</source>
        <extracomment>The rows a column is sized to (a screenful): Qt would otherwise measure every row, each time rows change. The rows a list shows until its page has measured how many fit. The room a cell&apos;s text needs beside it (the cell&apos;s margins), and a header&apos;s (its margins, a sort arrow). A row&apos;s height beyond the font&apos;s line.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/settings/__init__.py" line="+18"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/settings/dialog.py" line="+44"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Seller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Printed on the visit sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Default country of new prospects:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A prospect added without a country gets this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The computer&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The window, the printed day and the command line speak it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lan&amp;guage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language applies after a restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Home base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;treet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Postal code, city:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>C&amp;ountry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day &amp;starts at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HH:MM, e.g. 08:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Minutes per visit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long a stop takes unless the visit says otherwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tra&amp;vel speed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source> km/h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The average speed between stops, for the planned times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask about a gift a&amp;fter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-5"/>
        <source>When the follow-up asking how a gift was received is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No asking for business &amp;within:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An order follow-up this soon after a gift gets a warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;urrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. EUR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New stoc&amp;k items run low at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The low-stock level a new stock item gets unless one is given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Add country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Yearly gift &amp;limit per recipient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Change settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settings saved. The new language applies after a restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StockItemDialog</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/gifts/dialogs.py" line="-60"/>
        <source>New stock item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit stock item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Coffee sample box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Unit cost:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;On hand:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The item shows as running low at or below this quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Low-stock level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No&amp;tes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/sync/export.py" line="+26"/>
        <source>%1 record(s) written to %2 (%3 deletion(s) included).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Writing the sync file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/ui/sync/importer.py" line="+26"/>
        <source>Import sync file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync files (*%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is encrypted. Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New: %1 · updated: %2 · deleted: %3 · unchanged: %4 · conflicts: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A colleague already gave a gift to prospects you plan to visit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Consider asking how it was received instead of bringing another gift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gifts from colleagues</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeDelegate</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/planner/delegates.py" line="-49"/>
        <source>HH:MM</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/prospects/detail.py" line="-279"/>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/today/view.py" line="+85"/>
        <location line="+140"/>
        <source>Today&apos;s visits</source>
        <extracomment>The rows each row of lists shows at least (the route, the follow-ups, the waiting and the stock). The most rows a list shows at once (more scroll inside it).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-137"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <location line="+32"/>
        <source>Prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+50"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gift to bring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No visits planned for today or later. Plan a day under Visits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow-ups overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Follow-ups due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No follow-ups due today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Low gift stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reorder at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The gift stock is fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gifted, no follow-up yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Latest gift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every gifted prospect has been followed up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Gift: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Today, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next route: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No visits today; next route on %1 with %2 stop(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 visit(s) today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 follow-up(s) overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 item(s) low in stock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/welcome.py" line="+17"/>
        <source>Welcome to Reciprocity Desktop</source>
        <extracomment>The subtitle&apos;s width (px): lines easy to read; the window (at least 1024 px wide) centres it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give first, record it, follow up. Your store is empty: load the demo tour of German businesses to look around, import your prospects from a spreadsheet (CSV), or add the first one by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Load &amp;demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New prospect…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/planner/print_dialog.py" line="+18"/>
        <location line="+27"/>
        <source>Cannot print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Printed %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PDF not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The day is printed: the PDF is written at
%1

It could not be opened because no program to show PDF files answered. Open the file from its folder, or set up a PDF viewer as the default for PDF files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Writing the visit sheets…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services</name>
    <message>
        <location filename="../../reciprocity_desktop/cli/gift_register.py" line="+0"/>
        <source>--year &apos;{value}&apos; is not a year like 2025.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/cli/report.py" line="-12"/>
        <source>--window-days &apos;{value}&apos; is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--window-days must be 0 or more (got {value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/cli/sync.py" line="+81"/>
        <source>The passphrase file {file} is empty (its first line is the passphrase).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="-25"/>
        <location filename="../../reciprocity_desktop/services/validate.py" line="-47"/>
        <source>{field} &apos;{value}&apos; is not one of: {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <location filename="../../reciprocity_desktop/sync/exporter.py" line="+44"/>
        <source>The folder {folder} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../reciprocity_desktop/services/errors.py" line="-1"/>
        <source>The file {path} cannot be written: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/fonts.py" line="+41"/>
        <source>The font {file} is missing from the installation; reinstall Reciprocity Desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/csv_io/decoding.py" line="-95"/>
        <source>The file {path} does not exist.</source>
        <extracomment>Bytes read at a time. The five bytes Windows-1252 leaves undefined.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is a folder, not a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file {path} cannot be read (no permission).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file {path} cannot be read: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} is not a text (CSV) file. Save the list from your spreadsheet as CSV and import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+64"/>
        <source>{path} says it is UTF-8 but is not (bad byte at position {position}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{path} is neither UTF-8 nor Windows-1252 text (byte 0x{byte:02X} at position {position}). Save it as &apos;CSV UTF-8&apos; and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/csv_io/exporting.py" line="+0"/>
        <source>{path} is a folder; choose a file name to export to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/csv_io/reading.py" line="-69"/>
        <source>{path} is empty; there is nothing to import.</source>
        <extracomment>The head the delimiter and header are sniffed from: at least this many characters and lines. our field -&gt; index of its column</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>{path} has no column for the company name (looked for headers like Name, Company, Firma, Bedrijfsnaam, Naziv podjetja). Its first row is: {headers}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{path} cannot be read after line {line}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/csv_io/report.py" line="-32"/>
        <source>{rows} rows read: {created} prospects {verb}, {present} already present, {duplicates} repeated rows, {failed} rows with errors.</source>
        <extracomment>How many failing rows the error message lists. What a row of the file does (:attr:`PreviewRow.status`). a new prospect a prospect the store has already (never changed by an import) a prospect of an earlier row of the file (its contact person joins it) CREATED, PRESENT or REPEATED the prospect&apos;s clean fields the contact person&apos;s name, if the row names one data rows in the file (blank rows not counted) rows repeating a prospect of an earlier row of the same file the first good rows (as many as the import was asked to keep: none unless it was)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The import was cancelled; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>1 row cannot be imported, so nothing was imported: {errors}{more} Correct the file, or skip the bad rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} rows cannot be imported, so nothing was imported: {errors}{more} Correct the file, or skip the bad rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/csv_io/rows.py" line="+59"/>
        <source>{field} &apos;{value}&apos; is not a country name or ISO code (e.g. Deutschland, Nederland, Slovenija, DE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+141"/>
        <source>the row has {cells} cells but the header has {width} (a delimiter inside a field without quotes?).</source>
        <extracomment>A good row: its line, its key (:func:`prospect_key`), the prospect&apos;s clean fields (in the order of PROSPECT_COLUMNS) and its contact person&apos;s (in the order of CONTACT_FIELDS), or None when it names none. A contact person&apos;s fields in a row (the contacts table&apos;s column names). Fields whose few distinct values repeat from row to row: checked once per value and import. the fields whose cells a row needs, in this order: direct, repeating, contact, street and number the fields the file has no column for, with their clean (empty or default) values the same for a contact person&apos;s fields (by contact column)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/day_route.py" line="+36"/>
        <source>in {country}, while most stops are in {main}: far from the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{km} km from the day&apos;s centre: far from the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no coordinates: placed by postal code near {neighbour}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no coordinates and no stop with a postal code nearby: the travel to it is not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the route reaches this appointment at {arrival}, {minutes} min late.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the route does not reach this stop before midnight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no home base in the settings: the route starts at the first stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the home base&apos;s postal code is not known ({home}): the route starts at the first stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/day_sheet.py" line="-152"/>
        <source>There are no visits to print for {date}: all {count} are cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There are no visits planned for {date}; nothing to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/debrief.py" line="-130"/>
        <source>Give the order&apos;s value, or say that it is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the order&apos;s value or say that it is not known, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{field} must be more than 0; when it is not known, say so instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The visit to {name} is on {date}, still to come: it can be debriefed from that day on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The gift for this visit was already recorded; edit it under Gifts instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>A gift can only be handed over at a visit that took place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say which gift was handed over: from stock or described, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../../reciprocity_desktop/services/debrief_check.py" line="+4"/>
        <source>Say which gift was handed over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Say how the gift was received, or leave the reaction&apos;s note empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A reaction can only be heard at a visit that took place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} received no gift before this visit, so there is no reaction to record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/debrief_check.py" line="-72"/>
        <source>{field} &apos;{value}&apos; is not an amount (e.g. {example}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/demo.py" line="+68"/>
        <source>The number of prospects must be at least 1.</source>
        <extracomment>Letters spelled out rather than stripped of their accents (after casefold(): ß is already ss).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The store already holds data; demo data is only loaded into an empty store (use --force to add it anyway).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/followups.py" line="-216"/>
        <source>{name} received a gift on {gift_date}. Asking for an order only {days} day(s) after it can spoil it: reciprocity works when nothing is asked in return. Consider asking how the gift was received first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>That gift was not given to {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+65"/>
        <source>That follow-up is already done; schedule a new one instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No follow-up with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+138"/>
        <source>That follow-up is not about a gift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/geo.py" line="-18"/>
        <source>postal code {postal_code} is not known in {country}: it gives the prospect no coordinates.</source>
        <extracomment>The bulk name of :func:`lookup` (one call per CSV row: a few microseconds, nothing loaded whole). :func:`lookup` of a chunk of (country, postal code) pairs at once: pair -&gt; (latitude, longitude), unknown pairs left out (a few queries per chunk instead of one per row).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{field} is needed too: enter both coordinates, or neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/gift_reactions.py" line="-29"/>
        <location filename="../../reciprocity_desktop/services/validate.py" line="-5"/>
        <source>{field} is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/gift_register.py" line="+92"/>
        <source>With this gift, {name} has received {total} in {year}: over the deductible limit of {limit} per recipient and year in {country}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>With this gift, {name} has received {total} in {year}: close to the deductible limit of {limit} per recipient and year in {country}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/gifts.py" line="-308"/>
        <source>Only {available} of &apos;{item}&apos; left in stock; cannot give {wanted}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>That contact does not belong to {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Only {left} of &apos;{item}&apos; left in stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+212"/>
        <source>No stock item with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/insights/figures.py" line="-14"/>
        <source>window days must be a whole number of at least 0 (got {value}).</source>
        <extracomment>All considered gifts together (order value counted once overall). Not in the JSON.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>window days must be at most {limit} (got {value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The start date {start} is after the end date {end}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/records.py" line="+0"/>
        <source>No {label} with id {id}.</source>
        <extracomment>field -&gt; validator of the raw value (it raises ValidationError or returns the clean value).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/settings_keys.py" line="-214"/>
        <source>The setting {key} is too long ({length} characters, at most {limit}).</source>
        <extracomment>The row holding every country&apos;s gift limit, in cents: ``{&quot;DE&quot;: 5000}``. &quot;Near the limit&quot; from this share of it on (not a user setting). Earlier names of settings, as stored by older releases or used by older code.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The setting {key} must be a two-letter country code (e.g. DE, AT, SI), not &apos;{value}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The setting {key} must be a three-letter currency code (e.g. EUR, CHF), not &apos;{value}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The setting {key} must be a time of day as HH:MM (e.g. 08:30), not &apos;{value}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The setting {key} must be one of {choices}, not &apos;{value}&apos;.</source>
        <extracomment>The values of the ``language`` setting: a language, or the system&apos;s.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The setting {key} must be a whole number from {low} to {high}, not &apos;{value}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The setting {key} must be an amount of 0 or more (e.g. 50 or 35.50), or empty for no limit, not &apos;{value}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+77"/>
        <source>&apos;{key}&apos; is not a setting: gift limits are gift_limit.XX with a two-letter country code (e.g. gift_limit.DE).</source>
        <extracomment>The settings in the order ``settings list`` shows them (the gift limits follow, by country). Every setting&apos;s default (and, for code that reads them, the gift limits and the warning ratio).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;{key}&apos; is not a setting (settings list shows them all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Gift limit row {row} has no country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gift limit row {row}: {country} already has a limit above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/validate.py" line="-84"/>
        <location filename="../../reciprocity_desktop/ui/gifts/log_gift_dialog.py" line="-120"/>
        <source>{field} must not be empty.</source>
        <extracomment>Fields longer than this are free text (notes, descriptions) whose line breaks are kept.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{field} is too long ({length} characters, at most {limit}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{field} is missing (use YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{field} &apos;{value}&apos; is not a date in the form YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+9"/>
        <source>{field} &apos;{value}&apos; is not an amount (e.g. 12.50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-3"/>
        <source>{field} &apos;{value}&apos; has more than two decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{field} must not be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field} &apos;{value}&apos; is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{field} &apos;{value}&apos; is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field} must be at least {minimum}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>{field} &apos;{value}&apos; is not an ISO 3166 two-letter country code (e.g. DE, NL, SI).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{field} &apos;{value}&apos; is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{field} &apos;{value}&apos; is not a time like 09:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{field} &apos;{value}&apos; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field} must be between -{limit} and {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/visits.py" line="-224"/>
        <source>Pick at least one prospect to visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The new order must list every visit of {day} once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+84"/>
        <source>The visit&apos;s length must be a whole number of minutes from {low} to {high}, not &apos;{value}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No visit with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+81"/>
        <source>&apos;{value}&apos; is not a visit code (reciprocity:visit:… from a visit sheet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/sync/batch.py" line="+31"/>
        <source>The import was cancelled; nothing was changed.</source>
        <extracomment>Records checked, looked up in the store, merged and written together (a pass&apos;s chunk).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/sync/chunks.py" line="+91"/>
        <source>The file {file} holds an invalid record ({member} line {line}: {problem}); nothing was imported.</source>
        <extracomment>(line number, checked record) of the lines of a chunk, in file order the lines passed the full check in an earlier pass: check their shape only the ids of the file read so far (None: the pass does not look for repeated ids)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/sync/conflicts.py" line="+185"/>
        <source>There is no conflict {id} in the conflict log.</source>
        <extracomment>Fields that differ between any two versions and say nothing about their content. A short name of the record (prospect or contact name, gift description, ...). &quot;local&quot;: this store&apos;s version lost to the file&apos;s; &quot;incoming&quot;: the file&apos;s version lost. The store (name, or replica id when unknown) that made the losing change. The store whose file was being imported when the conflict was found. The losing version, field by field, in the sync file&apos;s form (dates as ISO text). The record as it is now in this store (same form), or None if it is gone. The fields whose values differ between the losing and the current version. The log&apos;s columns that sort in SQL (the others keep the log&apos;s own order: newest first).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conflict {id} was already restored on {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The record of conflict {id} is no longer in this store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The saved version of conflict {id} cannot be read ({problem}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/sync/container.py" line="+126"/>
        <source>The file {file} does not exist.</source>
        <extracomment>Far more than any team&apos;s records (400,000 records take about 200 MB): a larger claim is a ZIP bomb. What a broken ZIP can raise from the standard library while being read.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is a folder, not a sync file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file {file} cannot be read: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file {file} is empty; it is not a Reciprocity sync file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/sync/crypto.py" line="-149"/>
        <source>The passphrase is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+93"/>
        <source>The file {file} was written by a newer version of Reciprocity Desktop (encryption version {found}; this version reads version {supported}). Update the app to import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The file {file} is encrypted: give its passphrase to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wrong passphrase for {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/sync/errors.py" line="+42"/>
        <source>The file {file} is damaged ({detail}); nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file {file} is not a Reciprocity Desktop sync file ({detail}); nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/sync/exporter.py" line="-2"/>
        <source>{file} is a folder; give a file name for the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The file {file} could not be written: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+13"/>
        <location line="+25"/>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/sync/importer.py" line="+136"/>
        <source>The store could not be backed up before the import ({reason}); nothing was imported.</source>
        <extracomment>Above this many rows to write, the import checks foreign keys once at the end (PRAGMA foreign_key_check) instead of on every row, and gives SQLite a larger page cache. (SQLite&apos;s sorter, which builds set-aside indexes again, may use as much again: 64 MB were no faster.) A table that gets at least this many rows, and at least as many as it held, has its indexes built again after the writes instead of growing them row by row (see sync/indexes.py).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+101"/>
        <source>The import would leave {table} record {rowid} pointing at a missing {parent} record; nothing was imported.</source>
        <extracomment>tables most of which are written (their indexes are rebuilt afterwards)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/sync/manifest.py" line="+89"/>
        <source>The file {file} was written by a newer version of Reciprocity Desktop (sync format {found}; this version reads format {supported}). Update the app to import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/sync/merge.py" line="+331"/>
        <source>The file {file} refers to a record that is neither in the file nor in this store ({member} line {line}: {field} {ref} is not a known {parent} record); nothing was imported.</source>
        <extracomment>A change stamp more than this far ahead of the local clock is from a laptop with a wrong clock. How often (in records read) the progress callback is called. table -&gt; line numbers that change something (found by the checking pass) tables most of which this pass writes: their indexes are rebuilt after the writes The ids of the members read so far, for references and repeated ids. The writing pass needs none: the checking pass checked both, and the parents it wrote are in the store. table -&gt; ids of new records held back (children of them are held back too) parent table -&gt; the references of the current chunk found in the file or the store tables that got rows written (for the foreign key check of a bulk import) the live gifts this pass adds or changes (not needed by an import&apos;s checking pass)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

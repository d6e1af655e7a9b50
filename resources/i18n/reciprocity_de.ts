<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <location filename="../../reciprocity_desktop/ui/hub_window.py" line="+47"/>
        <source>An office hub is backed up on its server (pg_dump), not by the app.</source>
        <translation>Ein Büro-Hub wird auf seinem Server gesichert (pg_dump), nicht von der App.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/app.py" line="+46"/>
        <location line="+76"/>
        <source>Cannot open the store</source>
        <extracomment>Set (to anything) it makes the window quit once its first page has painted: the smoke test of a built bundle starts the real program offscreen with it (tests/packaging/test_bundle.py). The installed desktop entry&apos;s name without &quot;.desktop&quot; (packaging/linux/), the AppStream id. Where damage met outside the window&apos;s triage goes (a page&apos;s first read in its showEvent, say): the window&apos;s damaged-store offer, not the unexpected-error box (set while a window runs).
----------
The exit code of the window asking to be started again on its store (after restoring a backup).</extracomment>
        <translation>Der Datenbestand kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/ui/messages.py" line="+31"/>
        <source>Unexpected error</source>
        <translation>Unerwarteter Fehler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong that the program did not expect. Your data is safe: every change is saved in one piece or not at all. The details below help the developers fix it.</source>
        <translation>Etwas ist schiefgegangen, womit das Programm nicht gerechnet hat. Ihre Daten sind sicher: Jede Änderung wird ganz oder gar nicht gespeichert. Die Details unten helfen den Entwicklern bei der Fehlerbehebung.</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/tasks.py" line="+41"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/backups.py" line="+48"/>
        <source>Backups</source>
        <translation>Datensicherungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backups are made on the first start of a day, before a migration, a sync import and a restore. A backup that fails its integrity check is not sound and cannot be restored.</source>
        <translation>Datensicherungen entstehen beim ersten Start eines Tages, vor einer Migration, einem Import einer Abgleichsdatei und einer Wiederherstellung. Eine Datensicherung, die ihre Integritätsprüfung nicht besteht, ist nicht intakt und kann nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sound</source>
        <translation>Intakt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>daily</source>
        <translation>täglich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>made by hand</source>
        <translation>von Hand erstellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before a sync import</source>
        <translation>vor einem Abgleich-Import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before a restore</source>
        <translation>vor einer Wiederherstellung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>before a migration</source>
        <translation>vor einer Migration</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no (damaged)</source>
        <translation>nein (beschädigt)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Restore backup</source>
        <translation>Datensicherung wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the backup of %1? The store as it is now is kept aside as a backup first; changes made since the backup are then no longer in the store.</source>
        <translation>Die Datensicherung vom %1 wiederherstellen? Der Datenbestand, wie er jetzt ist, wird zuerst als Datensicherung beiseitegelegt; Änderungen seit der Datensicherung sind danach nicht mehr im Datenbestand.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Restored the backup of %1.</source>
        <translation>Datensicherung vom %1 wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The store as it was is kept as %1.</source>
        <translation>Der bisherige Datenbestand ist als %1 aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <location filename="../../reciprocity_desktop/cli/csv.py" line="+15"/>
        <source>import prospects from a spreadsheet CSV</source>
        <translation>Interessenten aus einer CSV-Tabelle importieren</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/cli/backups.py" line="+18"/>
        <source>copy the store (checked) into its backups folder or to a file</source>
        <translation>den Datenbestand (geprüft) in seinen Sicherungsordner oder in eine Datei kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+13"/>
        <location line="+32"/>
        <location filename="../../reciprocity_desktop/cli/csv.py" line="+2"/>
        <location line="+6"/>
        <location filename="../../reciprocity_desktop/cli/sync.py" line="+33"/>
        <location line="+23"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>write the copy to FILE</source>
        <translation>die Kopie in DATEI schreiben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list the store&apos;s backups</source>
        <translation>die Datensicherungen des Datenbestands auflisten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list the backups, newest first (--json: path created reason bytes sound)</source>
        <translation>die Datensicherungen auflisten, neueste zuerst (--json: path created reason bytes sound)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>put a backup in the store&apos;s place (the current store is kept aside as a backup first)</source>
        <translation>eine Datensicherung an die Stelle des Datenbestands setzen (der jetzige Datenbestand wird zuerst als Datensicherung beiseitegelegt)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backup written to {path} (integrity check ok).</source>
        <translation>Datensicherung nach {path} geschrieben (Integritätsprüfung in Ordnung).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>NO</source>
        <translation>NEIN</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No backups of {path} yet.</source>
        <translation>Noch keine Datensicherungen von {path}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>CREATED</source>
        <translation>ERSTELLT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>REASON</source>
        <translation>ANLASS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SIZE</source>
        <translation>GRÖSSE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SOUND</source>
        <translation>INTAKT</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Restored {backup} into {store}.</source>
        <translation>{backup} in {store} wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The store as it was is kept as {path}.</source>
        <translation>Der bisherige Datenbestand ist als {path} aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/cli/csv.py" line="-5"/>
        <source>check and report; import nothing</source>
        <translation>prüfen und berichten; nichts importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import the good rows even when some fail</source>
        <translation>die fehlerfreien Zeilen importieren, auch wenn einige fehlschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>export prospects as CSV (UTF-8 with BOM)</source>
        <translation>Interessenten als CSV exportieren (UTF-8 mit BOM)</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>reciprocity-desktop: %n row(s) of {file} cannot be imported, so nothing was imported (correct the file, or use --skip-bad).</source>
        <translation>
            <numerusform>reciprocity-desktop: %n Zeile von {file} kann nicht importiert werden, daher wurde nichts importiert (korrigieren Sie die Datei oder verwenden Sie --skip-bad).</numerusform>
            <numerusform>reciprocity-desktop: %n Zeilen von {file} können nicht importiert werden, daher wurde nichts importiert (korrigieren Sie die Datei oder verwenden Sie --skip-bad).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Dry run: nothing was written.</source>
        <translation>Probelauf: Es wurde nichts geschrieben.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Exported %n prospect(s) to {file}.</source>
        <translation>
            <numerusform>%n Interessent nach {file} exportiert.</numerusform>
            <numerusform>%n Interessenten nach {file} exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/cli/gift_register.py" line="+25"/>
        <source>the gift register: each recipient&apos;s gifts of a year against the country&apos;s limit</source>
        <translation>das Geschenkeverzeichnis: die Geschenke eines Jahres je Empfänger, verglichen mit der Freigrenze des Landes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the calendar year (default: this year)</source>
        <translation>das Kalenderjahr (Standard: dieses Jahr)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>print a JSON array (money as decimal amounts)</source>
        <translation>ein JSON-Array ausgeben (Beträge als Dezimalzahlen)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>FILE.csv</source>
        <translation>DATEI.csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write every gift of the year with its recipient&apos;s total as CSV (for the accountant)</source>
        <translation>jedes Geschenk des Jahres mit der Summe seines Empfängers als CSV schreiben (für die Buchhaltung)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>near limit</source>
        <translation>nahe der Freigrenze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OVER LIMIT</source>
        <translation>ÜBER DER FREIGRENZE</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Wrote %n gift(s) of {year} to {file}.</source>
        <translation>
            <numerusform>%n Geschenk aus {year} in {file} geschrieben.</numerusform>
            <numerusform>%n Geschenke aus {year} in {file} geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>RECIPIENT</source>
        <translation>EMPFÄNGER</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ORGANISATION</source>
        <translation>ORGANISATION</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../reciprocity_desktop/cli/prospects.py" line="+97"/>
        <source>CC</source>
        <translation>LAND</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GIFTS</source>
        <translation>GESCHENKE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TOTAL</source>
        <translation>SUMME</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LIMIT</source>
        <translation>FREIGRENZE</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../reciprocity_desktop/cli/visits.py" line="+84"/>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/cli/base.py" line="+57"/>
        <source>warning: {message}</source>
        <translation>Warnung: {message}</translation>
    </message>
    <message>
        <location line="+371"/>
        <source>{prog}: {message} (see {prog} --help)</source>
        <extracomment>The table&apos;s header line, or a function giving it in the run&apos;s language (``lambda: [cli.tr(&quot;ID&quot;)]``).</extracomment>
        <translation>{prog}: {message} (siehe {prog} --help)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>ACTION</source>
        <translation>AKTION</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;{command}&apos; needs a command</source>
        <translation>„{command}“ braucht einen Befehl</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Reciprocity Desktop: give first, record it, follow up. With no command, opens the window.</source>
        <translation>Reciprocity Desktop: zuerst geben, festhalten, nachfassen. Ohne Befehl öffnet sich das Fenster.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reciprocity-desktop [--db PATH] FILE.rcsync opens the window with that sync file&apos;s import (passphrase, preview, import).</source>
        <translation>reciprocity-desktop [--db PFAD] DATEI.rcsync öffnet das Fenster mit dem Import dieser Abgleichsdatei (Passphrase, Vorschau, Import).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the store file (default: $RECIPROCITY_DB or {path})</source>
        <translation>die Datei des Datenbestands (Standard: $RECIPROCITY_DB oder {path})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>show program&apos;s version number and exit</source>
        <translation>Versionsnummer des Programms anzeigen und beenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>COMMAND</source>
        <translation>BEFEHL</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>reciprocity-desktop: the window cannot start: {error}</source>
        <translation>reciprocity-desktop: Das Fenster kann nicht starten: {error}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The folder {folder} does not exist, so the store {store} cannot be opened (create the folder first)</source>
        <translation>Der Ordner {folder} existiert nicht, daher kann der Datenbestand {store} nicht geöffnet werden (legen Sie zuerst den Ordner an)</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/cli/contacts.py" line="+16"/>
        <source>contacts (people) of a prospect</source>
        <extracomment>The options of ``contacts add`` and ``contacts update``, named as add_contact&apos;s keywords.</extracomment>
        <translation>Ansprechpartner (Personen) eines Interessenten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add a contact person; prints its id</source>
        <translation>einen Ansprechpartner hinzufügen; gibt seine ID aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <location filename="../../reciprocity_desktop/cli/followups.py" line="+29"/>
        <location filename="../../reciprocity_desktop/cli/gifts.py" line="+24"/>
        <location filename="../../reciprocity_desktop/cli/outcomes.py" line="+15"/>
        <location filename="../../reciprocity_desktop/cli/visits.py" line="-66"/>
        <source>PROSPECT_ID</source>
        <translation>INTERESSENT_ID</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>list a prospect&apos;s contacts, decision makers first</source>
        <translation>die Ansprechpartner eines Interessenten auflisten, Entscheider zuerst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>change the given fields of a contact person</source>
        <translation>die angegebenen Felder eines Ansprechpartners ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <location line="+2"/>
        <location line="+30"/>
        <location filename="../../reciprocity_desktop/cli/followups.py" line="-3"/>
        <location line="+7"/>
        <location line="+44"/>
        <location filename="../../reciprocity_desktop/cli/gifts.py" line="+11"/>
        <location line="+4"/>
        <location line="+43"/>
        <location filename="../../reciprocity_desktop/cli/outcomes.py" line="+36"/>
        <location filename="../../reciprocity_desktop/cli/prospects.py" line="-25"/>
        <location line="+4"/>
        <location line="+21"/>
        <location filename="../../reciprocity_desktop/cli/stock.py" line="+33"/>
        <location line="+9"/>
        <location line="+34"/>
        <location filename="../../reciprocity_desktop/cli/sync.py" line="+23"/>
        <location filename="../../reciprocity_desktop/cli/visits.py" line="+66"/>
        <source>ID</source>
        <extracomment>Prospect.tag_list for a row too (it reads only ``.tags``). The JSON fields (listing_json.PROSPECT_FIELDS: the one list of them, which SQLite writes too).</extracomment>
        <translation>ID</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>print everything held about one person as JSON</source>
        <translation>alles, was über eine Person gespeichert ist, als JSON ausgeben</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../../reciprocity_desktop/cli/followups.py" line="-50"/>
        <location line="+5"/>
        <location filename="../../reciprocity_desktop/cli/gifts.py" line="-56"/>
        <location line="+28"/>
        <location filename="../../reciprocity_desktop/cli/outcomes.py" line="-30"/>
        <location filename="../../reciprocity_desktop/cli/prospects.py" line="-33"/>
        <location filename="../../reciprocity_desktop/cli/stock.py" line="-41"/>
        <location filename="../../reciprocity_desktop/cli/visits_debrief.py" line="+59"/>
        <location line="+12"/>
        <location line="+7"/>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/cli/backups.py" line="-40"/>
        <location filename="../../reciprocity_desktop/cli/contacts.py" line="+16"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/cli/contacts.py" line="-32"/>
        <source>really delete a person (erases their personal data, in the backups too)</source>
        <translation>eine Person endgültig löschen (löscht ihre personenbezogenen Daten, auch in den Datensicherungen)</translation>
    </message>
    <message>
        <location line="+35"/>
        <location filename="../../reciprocity_desktop/cli/print_day.py" line="+43"/>
        <location filename="../../reciprocity_desktop/cli/prospects.py" line="-30"/>
        <location line="+63"/>
        <location filename="../../reciprocity_desktop/cli/stock.py" line="+42"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ROLE</source>
        <translation>FUNKTION</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../reciprocity_desktop/cli/prospects.py" line="-58"/>
        <source>PHONE</source>
        <translation>TELEFON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-MAIL</source>
        <translation>E-MAIL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DECIDES</source>
        <translation>ENTSCHEIDET</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&apos;contacts update&apos; needs something to change: --name, --role, --phone, --email, --decision-maker/--no-decision-maker or --notes</source>
        <translation>„contacts update“ braucht etwas zu ändern: --name, --role, --phone, --email, --decision-maker/--no-decision-maker oder --notes</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Contact {id} deleted; their personal data is erased.</source>
        <translation>Ansprechpartner {id} gelöscht; seine personenbezogenen Daten sind gelöscht.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Their data is erased from the store&apos;s backups too (%n backup file(s) held it).</source>
        <translation>
            <numerusform>Ihre Daten sind auch aus den Datensicherungen des Datenbestands gelöscht (%n Sicherungsdatei enthielt sie).</numerusform>
            <numerusform>Ihre Daten sind auch aus den Datensicherungen des Datenbestands gelöscht (%n Sicherungsdateien enthielten sie).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/cli/demo.py" line="+14"/>
        <source>load the demo data (a German door-to-door tour)</source>
        <translation>die Demodaten laden (eine Tour von Tür zu Tür in Deutschland)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>load even when the store is not empty (adds to it)</source>
        <translation>auch laden, wenn der Datenbestand nicht leer ist (ergänzt ihn)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an office-sized store instead of the tour: N prospects with contacts, gifts, follow-ups, visits and outcomes over three years</source>
        <translation>ein Datenbestand in Bürogröße statt der Tour: N Interessenten mit Ansprechpartnern, Geschenken, Wiedervorlagen, Besuchen und Ergebnissen über drei Jahre</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n prospect(s)</source>
        <translation>
            <numerusform>%n Interessent</numerusform>
            <numerusform>%n Interessenten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n gift(s)</source>
        <translation>
            <numerusform>%n Geschenk</numerusform>
            <numerusform>%n Geschenke</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n Wiedervorlage</numerusform>
            <numerusform>%n Wiedervorlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n outcome(s)</source>
        <translation>
            <numerusform>%n Ergebnis</numerusform>
            <numerusform>%n Ergebnisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n Besuch</numerusform>
            <numerusform>%n Besuche</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo data loaded: {counts}.</source>
        <translation>Demodaten geladen: {counts}.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/cli/followups.py" line="-10"/>
        <source>list and complete follow-ups</source>
        <translation>Wiedervorlagen auflisten und erledigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list follow-ups (open ones by due date, then done ones)</source>
        <translation>Wiedervorlagen auflisten (offene nach Fälligkeit, dann erledigte)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mark a follow-up done</source>
        <translation>eine Wiedervorlage als erledigt markieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the result</source>
        <translation>das Ergebnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>schedule a follow-up; prints its id</source>
        <translation>eine Wiedervorlage planen; gibt ihre ID aus</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due today</source>
        <translation>heute fällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>upcoming</source>
        <translation>demnächst</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>DUE</source>
        <translation>FÄLLIG</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../reciprocity_desktop/cli/gifts.py" line="+30"/>
        <location filename="../../reciprocity_desktop/cli/outcomes.py" line="+32"/>
        <location filename="../../reciprocity_desktop/cli/visits.py" line="+0"/>
        <location filename="../../reciprocity_desktop/cli/visits_route.py" line="+123"/>
        <source>PROSPECT</source>
        <translation>INTERESSENT</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../reciprocity_desktop/cli/gifts.py" line="+1"/>
        <location filename="../../reciprocity_desktop/cli/outcomes.py" line="+1"/>
        <location filename="../../reciprocity_desktop/cli/stock.py" line="+1"/>
        <location line="+72"/>
        <location filename="../../reciprocity_desktop/cli/visits_debrief.py" line="-5"/>
        <location line="+9"/>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STATE</source>
        <translation>STAND</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../reciprocity_desktop/cli/outcomes.py" line="+2"/>
        <location filename="../../reciprocity_desktop/cli/visits_route.py" line="+0"/>
        <source>NOTE</source>
        <translation>NOTIZ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Follow-up {id} done on {date}.</source>
        <translation>Wiedervorlage {id} am {date} erledigt.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/cli/gifts.py" line="-65"/>
        <source>log and list gifts</source>
        <extracomment>The options of ``gifts add``, named as log_gift&apos;s keywords.</extracomment>
        <translation>Geschenke erfassen und auflisten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>log a gift; schedules the ask_feedback follow-up; prints its id</source>
        <translation>ein Geschenk erfassen; plant die Wiedervorlage ask_feedback; gibt seine ID aus</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../reciprocity_desktop/cli/outcomes.py" line="-39"/>
        <source>default: today</source>
        <translation>Standard: heute</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../reciprocity_desktop/cli/outcomes.py" line="+2"/>
        <location filename="../../reciprocity_desktop/cli/stock.py" line="-129"/>
        <location filename="../../reciprocity_desktop/cli/visits_debrief.py" line="-7"/>
        <source>AMOUNT</source>
        <translation>BETRAG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>default: the stock item&apos;s unit cost, else 0</source>
        <translation>Standard: der Stückpreis des Lagerartikels, sonst 0</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>take it out of the gift stock</source>
        <translation>aus dem Geschenkelager entnehmen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the person it was given to</source>
        <translation>die Person, der es überreicht wurde</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>list gifts, newest first</source>
        <translation>Geschenke auflisten, neueste zuerst</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>record how a gift was received; completes its ask_feedback follow-up</source>
        <translation>festhalten, wie ein Geschenk ankam; erledigt seine Wiedervorlage ask_feedback</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GIFT_ID</source>
        <translation>GESCHENK_ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>what was said about it</source>
        <translation>was dazu gesagt wurde</translation>
    </message>
    <message>
        <location line="+29"/>
        <location filename="../../reciprocity_desktop/cli/outcomes.py" line="+33"/>
        <location filename="../../reciprocity_desktop/cli/print_day.py" line="-21"/>
        <location filename="../../reciprocity_desktop/cli/report.py" line="+45"/>
        <location line="+6"/>
        <location filename="../../reciprocity_desktop/cli/sync.py" line="-39"/>
        <location filename="../../reciprocity_desktop/cli/visits.py" line="-67"/>
        <location line="+3"/>
        <location filename="../../reciprocity_desktop/cli/visits_debrief.py" line="+9"/>
        <location filename="../../reciprocity_desktop/cli/visits_route.py" line="-93"/>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DESCRIPTION</source>
        <translation>BESCHREIBUNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../reciprocity_desktop/cli/stock.py" line="+58"/>
        <source>COST</source>
        <translation>KOSTEN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>REACTION</source>
        <translation>REAKTION</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../../reciprocity_desktop/cli/visits_debrief.py" line="+68"/>
        <source>Follow-up ask_feedback scheduled for {due} ({id}).</source>
        <translation>Wiedervorlage ask_feedback für {due} geplant ({id}).</translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../../reciprocity_desktop/cli/visits_debrief.py" line="+4"/>
        <source>Reaction to the gift of {date} ({description}): {reaction} ({id}).</source>
        <translation>Reaktion auf das Geschenk vom {date} ({description}): {reaction} ({id}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../reciprocity_desktop/cli/visits_debrief.py" line="+10"/>
        <source>Follow-up ask_feedback {id} done.</source>
        <translation>Wiedervorlage ask_feedback {id} erledigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No open ask_feedback follow-up for this gift.</source>
        <translation>Keine offene Wiedervorlage ask_feedback zu diesem Geschenk.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/cli/outcomes.py" line="-39"/>
        <source>record what came back</source>
        <translation>festhalten, was zurückkam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record an outcome; prints its id</source>
        <translation>ein Ergebnis festhalten; gibt seine ID aus</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>order amount (an order without one: value unknown)</source>
        <translation>Auftragswert (ein Auftrag ohne: Wert unbekannt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>list outcomes, newest first</source>
        <translation>Ergebnisse auflisten, neueste zuerst</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../../reciprocity_desktop/cli/settings.py" line="+27"/>
        <location line="+26"/>
        <source>VALUE</source>
        <translation>WERT</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/cli/print_day.py" line="-2"/>
        <source>Print a day as PDF: the route overview with the gift kit, and one visit sheet per stop.</source>
        <translation>Einen Tag als PDF drucken: die Routenübersicht mit den Geschenken für den Tag und ein Besuchsblatt je Besuch.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the day to print (YYYY-MM-DD)</source>
        <translation>der zu druckende Tag (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>FILE.pdf</source>
        <translation>DATEI.pdf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the PDF to write</source>
        <translation>die zu schreibende PDF-Datei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>paper size (default: a4)</source>
        <translation>Papierformat (Standard: a4)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>language on paper (default: $RECIPROCITY_LANG, else the language setting, else the system&apos;s)</source>
        <translation>Sprache auf dem Papier (Standard: $RECIPROCITY_LANG, sonst die Einstellung language, sonst die des Systems)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the seller&apos;s name on the paper (default: the seller_name setting)</source>
        <translation>der Name des Außendiensts auf dem Papier (Standard: die Einstellung seller_name)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Wrote {file} (pages: {pages}, stops: {stops}).</source>
        <translation>{file} geschrieben (Seiten: {pages}, Besuche: {stops}).</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/cli/prospects.py" line="-4"/>
        <source>STREET</source>
        <translation>STRASSE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>POSTAL_CODE</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+60"/>
        <location filename="../../reciprocity_desktop/cli/visits.py" line="+64"/>
        <location filename="../../reciprocity_desktop/cli/visits_route.py" line="+93"/>
        <source>CITY</source>
        <translation>ORT</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>COUNTRY</source>
        <translation>LAND</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EMAIL</source>
        <translation>E_MAIL</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+56"/>
        <source>STAGE</source>
        <translation>PHASE</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>WEBSITE</source>
        <translation>WEBSITE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>INDUSTRY</source>
        <translation>BRANCHE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TAGS</source>
        <translation>SCHLAGWÖRTER</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NOTES</source>
        <translation>NOTIZEN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LATITUDE</source>
        <translation>BREITENGRAD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LONGITUDE</source>
        <translation>LÄNGENGRAD</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>typed coordinates (-90..90, with --longitude); empty: from the postal code again</source>
        <translation>eingegebene Koordinaten (-90..90, mit --longitude); leer: wieder aus der Postleitzahl</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>typed coordinates (-180..180, with --latitude)</source>
        <translation>eingegebene Koordinaten (-180..180, mit --latitude)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>list, add, update and delete prospects</source>
        <translation>Interessenten auflisten, hinzufügen, ändern und löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list prospects, ordered by name</source>
        <translation>Interessenten auflisten, nach Name sortiert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>name, city, postal code or contact name contains TEXT</source>
        <translation>Name, Ort, Postleitzahl oder Name eines Ansprechpartners enthält TEXT</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../reciprocity_desktop/cli/stock.py" line="-36"/>
        <location filename="../../reciprocity_desktop/cli/sync.py" line="+36"/>
        <source>print a JSON array</source>
        <translation>ein JSON-Array ausgeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add a prospect; prints its id</source>
        <translation>einen Interessenten hinzufügen; gibt seine ID aus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>change the given fields of a prospect</source>
        <translation>die angegebenen Felder eines Interessenten ändern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>delete a prospect (kept as a tombstone for sync)</source>
        <translation>einen Interessenten löschen (als Löschvermerk für den Abgleich behalten)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>POSTAL</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Deleted {name} ({id}).</source>
        <translation>{name} gelöscht ({id}).</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/cli/report.py" line="-24"/>
        <source>Reciprocity figures: which gifts lead to what, how fast, at what cost, against prospects who got nothing.</source>
        <translation>Kennzahlen zur Gegenseitigkeit: welche Geschenke wozu führen, wie schnell, zu welchen Kosten, verglichen mit Interessenten ohne Geschenk.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>print one JSON object (money as decimal amounts)</source>
        <translation>ein JSON-Objekt ausgeben (Beträge als Dezimalzahlen)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an outcome up to N days after a gift reciprocates it (default {days})</source>
        <translation>ein Ergebnis bis zu N Tage nach einem Geschenk gilt als Gegenleistung (Standard {days})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>only gifts given on or after DATE (YYYY-MM-DD)</source>
        <translation>nur Geschenke am oder nach DATUM (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>only gifts given on or before DATE (YYYY-MM-DD)</source>
        <translation>nur Geschenke am oder vor DATUM (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>all gifts</source>
        <translation>alle Geschenke</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>gifts from {start} to {end}</source>
        <translation>Geschenke vom {start} bis {end}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(no gifts)</source>
        <translation>(keine Geschenke)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+55"/>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+29"/>
        <location line="+57"/>
        <source>gifts</source>
        <translation>Geschenke</translation>
    </message>
    <message>
        <location line="-85"/>
        <location line="+16"/>
        <source>prospects</source>
        <translation>Interessenten</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+29"/>
        <source>reciprocated</source>
        <translation>erwidert</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+14"/>
        <location line="+15"/>
        <source>rate</source>
        <translation>Quote</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+29"/>
        <source>median days</source>
        <translation>Median Tage</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+29"/>
        <source>cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+29"/>
        <location line="+54"/>
        <source>order value</source>
        <translation>Auftragswert</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>gifted</source>
        <translation>beschenkt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not gifted</source>
        <translation>nicht beschenkt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>got something back</source>
        <translation>etwas zurückbekommen</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>with {quality}</source>
        <extracomment>The gifts with and without a quality, in the words of the window&apos;s insights page (not English runs).</extracomment>
        <translation>mit {quality}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>without {quality}</source>
        <translation>ohne {quality}</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(no outcomes)</source>
        <translation>(keine Ergebnisse)</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+33"/>
        <source>outcomes</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>after a gift</source>
        <translation>nach einem Geschenk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>median days from gift</source>
        <translation>Median Tage ab Geschenk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>value after a gift</source>
        <translation>Wert nach einem Geschenk</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(no prospect with gifts or outcomes)</source>
        <extracomment>Lines of the balance table written at a time (it has a line per prospect: 96,881 on an office store).</extracomment>
        <translation>(kein Interessent mit Geschenken oder Ergebnissen)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>prospect</source>
        <translation>Interessent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gift cost</source>
        <translation>Geschenkkosten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>net</source>
        <translation>Saldo</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Reciprocity report: {period}; an outcome within %n day(s) of a gift reciprocates it.</source>
        <translation>
            <numerusform>Bericht zur Gegenseitigkeit: {period}; ein Ergebnis innerhalb von %n Tag nach einem Geschenk gilt als Gegenleistung.</numerusform>
            <numerusform>Bericht zur Gegenseitigkeit: {period}; ein Ergebnis innerhalb von %n Tagen nach einem Geschenk gilt als Gegenleistung.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>By gift kind</source>
        <translation>Nach Geschenkart</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gifted vs not gifted</source>
        <translation>Beschenkt und nicht beschenkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By quality of the gift</source>
        <translation>Nach Eigenschaft des Geschenks</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By outcome kind</source>
        <translation>Nach Ergebnisart</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balance per prospect (order value minus gift cost)</source>
        <translation>Saldo je Interessent (Auftragswert minus Geschenkkosten)</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/cli/settings.py" line="-39"/>
        <source>show and change the settings (seller, home base, gift limits …)</source>
        <translation>die Einstellungen anzeigen und ändern (Außendienst, Heimatort, Freigrenzen …)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list every setting and its value (--json: one object)</source>
        <translation>jede Einstellung mit ihrem Wert auflisten (--json: ein Objekt)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>change one setting</source>
        <translation>eine Einstellung ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>settings:</source>
        <translation>Einstellungen:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+27"/>
        <source>KEY</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{line} (unchanged)</source>
        <translation>{line} (unverändert)</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/cli/stock.py" line="-26"/>
        <source>the gift stock: add items, list them, restock</source>
        <translation>das Geschenkelager: Artikel hinzufügen, auflisten, nachfüllen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add a stock item; prints its id</source>
        <translation>einen Lagerartikel hinzufügen; gibt seine ID aus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>how many are on hand</source>
        <translation>wie viele auf Lager sind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the unit cost (default 0)</source>
        <translation>der Stückpreis (Standard 0)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sample trial content analysis event personal other (default: sample)</source>
        <translation>sample trial content analysis event personal other (Standard: sample)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>runs low at or below this quantity (default: the low_stock_default setting)</source>
        <translation>wird knapp bei dieser Menge oder darunter (Standard: die Einstellung low_stock_default)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list the stock items by name</source>
        <translation>die Lagerartikel nach Name auflisten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add to a stock item&apos;s quantity on hand</source>
        <translation>den Bestand eines Lagerartikels nachfüllen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>how many to add</source>
        <translation>wie viele hinzukommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kept with the restock movement</source>
        <translation>wird mit der Nachfüllung gespeichert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>list a stock item&apos;s movements (opening, restocks, draws, corrections), oldest first</source>
        <translation>die Bewegungen eines Lagerartikels auflisten (Anfangsbestand, Nachfüllungen, Entnahmen, Korrekturen), älteste zuerst</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>out</source>
        <translation>leer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>low</source>
        <translation>knapp</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+70"/>
        <source>ON HAND</source>
        <translation>BESTAND</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>REORDER AT</source>
        <translation>MELDEBESTAND</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LEVEL</source>
        <translation>STAND</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Restocked {name}: {quantity} on hand.</source>
        <translation>{name} nachgefüllt: {quantity} auf Lager.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>opening</source>
        <translation>Anfangsbestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restock</source>
        <translation>Nachfüllung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>draw</source>
        <translation>Entnahme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>correction</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{name} has no stock movements yet.</source>
        <translation>{name} hat noch keine Lagerbewegungen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>WHEN</source>
        <translation>WANN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CHANGE</source>
        <translation>ÄNDERUNG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>GIFT</source>
        <translation>GESCHENK</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: {quantity} on hand.</source>
        <translation>{name}: {quantity} auf Lager.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/cli/sync.py" line="-50"/>
        <source>write the store&apos;s records (deletions included) to one sync file for a colleague or the office</source>
        <translation>die Datensätze des Datenbestands (mit Löschungen) in eine Abgleichsdatei für einen Kollegen oder das Büro schreiben</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the sync file to write</source>
        <translation>die zu schreibende Abgleichsdatei</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>only records changed on or after DATE (YYYY-MM-DD), and what they refer to</source>
        <translation>nur Datensätze, die am oder nach DATUM (JJJJ-MM-TT) geändert wurden, und worauf sie verweisen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>encrypt the file with the passphrase on the first line of F</source>
        <translation>die Datei mit der Passphrase aus der ersten Zeile von F verschlüsseln</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>merge a colleague&apos;s sync file into the store; prints what changed</source>
        <translation>die Abgleichsdatei eines Kollegen mit dem Datenbestand zusammenführen; gibt aus, was sich geändert hat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the sync file to import</source>
        <translation>die zu importierende Abgleichsdatei</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>check the file and say what would change; write nothing</source>
        <translation>die Datei prüfen und sagen, was sich ändern würde; nichts schreiben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file&apos;s passphrase is the first line of F</source>
        <translation>die Passphrase der Datei ist die erste Zeile von F</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>list the versions that lost a sync conflict, or restore one</source>
        <translation>die Versionen auflisten, die einen Abgleichskonflikt verloren haben, oder eine wiederherstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>include conflicts already restored</source>
        <translation>auch bereits wiederhergestellte Konflikte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>make the losing version of conflict ID current again</source>
        <translation>die unterlegene Version von Konflikt ID wieder aktuell machen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The passphrase file {file} does not exist.</source>
        <translation>Die Passphrase-Datei {file} existiert nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The passphrase file {file} cannot be read: {error}.</source>
        <translation>Die Passphrase-Datei {file} kann nicht gelesen werden: {error}.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source> changed since {date}</source>
        <translation> geändert seit {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exported: {records}{scope} ({deletions}) to {path} ({size}{encrypted})</source>
        <translation>exportiert: {records}{scope} ({deletions}) nach {path} ({size}{encrypted})</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n Datensatz</numerusform>
            <numerusform>%n Datensätze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n deletion(s)</source>
        <translation>
            <numerusform>%n Löschung</numerusform>
            <numerusform>%n Löschungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, encrypted</source>
        <translation>, verschlüsselt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>future timestamp: {table} {record}{name} changed at {when} by {store}: held back</source>
        <translation>Zeitstempel in der Zukunft: {table} {record}{name} geändert am {when} von {store}: zurückgehalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>held back: {table} {record}{name} needs a record held back for its future timestamp</source>
        <translation>zurückgehalten: {table} {record}{name} braucht einen Datensatz, der wegen seines Zeitstempels in der Zukunft zurückgehalten wird</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>new: {new}, updated: {updated}, deleted: {deleted}, unchanged: {unchanged}, conflicts: {conflicts}</source>
        <translation>neu: {new}, geändert: {updated}, gelöscht: {deleted}, unverändert: {unchanged}, Konflikte: {conflicts}</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>held back: %n record(s) with change times in the future (the sending laptop&apos;s clock is probably wrong); they are applied once that time has come</source>
        <translation>
            <numerusform>zurückgehalten: %n Datensatz mit einer Änderungszeit in der Zukunft (die Uhr des sendenden Laptops geht wahrscheinlich falsch); er wird übernommen, sobald diese Zeit gekommen ist</numerusform>
            <numerusform>zurückgehalten: %n Datensätze mit Änderungszeiten in der Zukunft (die Uhr des sendenden Laptops geht wahrscheinlich falsch); sie werden übernommen, sobald diese Zeit gekommen ist</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>dry run: nothing was written</source>
        <translation>Probelauf: Es wurde nichts geschrieben</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>colleague gift: {name} (visit planned {visit_date}) got {kind} &quot;{description}&quot; on {date} from {colleague}</source>
        <translation>Geschenk eines Kollegen: {name} (Besuch geplant am {visit_date}) erhielt {kind} „{description}“ am {date} von {colleague}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>this store&apos;s version</source>
        <translation>die Version dieses Datenbestands</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the file&apos;s version</source>
        <translation>die Version der Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deletion</source>
        <translation>Löschung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no field differs</source>
        <translation>kein Feld weicht ab</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, restored {date}</source>
        <translation>, wiederhergestellt am {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{id}: {when} {table} {record} &quot;{label}&quot;: {side} (by {colleague}) lost; differs in: {what}</source>
        <translation>{id}: {when} {table} {record} „{label}“: {side} (von {colleague}) unterlegen; weicht ab in: {what}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>conflict {id} restored: the losing version is current again</source>
        <translation>Konflikt {id} wiederhergestellt: Die unterlegene Version ist wieder aktuell</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no conflicts</source>
        <translation>keine Konflikte</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/cli/visits.py" line="-69"/>
        <source>plan and list a day&apos;s visits</source>
        <translation>die Besuche eines Tages planen und auflisten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add prospects to a day&apos;s route (in the order given)</source>
        <translation>Interessenten zur Route eines Tages hinzufügen (in der angegebenen Reihenfolge)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>list a day&apos;s visits in route order</source>
        <translation>die Besuche eines Tages in Routenreihenfolge auflisten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the whole team&apos;s visits of the day, not only your own</source>
        <translation>die Besuche des ganzen Teams an dem Tag, nicht nur Ihre eigenen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>take a visit off its day&apos;s route</source>
        <translation>einen Besuch von der Route seines Tages nehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <location filename="../../reciprocity_desktop/cli/visits_debrief.py" line="-122"/>
        <source>VISIT_ID</source>
        <translation>BESUCH_ID</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>set a visit&apos;s fixed appointment time or its length</source>
        <translation>die feste Terminzeit eines Besuchs oder seine Dauer festlegen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a fixed appointment: the route&apos;s times go around it</source>
        <translation>ein fester Termin: Die Zeiten der Route richten sich danach</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no fixed time: the route gives the stop its time</source>
        <translation>keine feste Zeit: Die Route gibt dem Besuch seine Zeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>how long this visit takes (default: the setting)</source>
        <translation>wie lange dieser Besuch dauert (Standard: die Einstellung)</translation>
    </message>
    <message>
        <location line="+45"/>
        <location filename="../../reciprocity_desktop/cli/visits_route.py" line="+0"/>
        <source>TIME</source>
        <translation>ZEIT</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SELLER</source>
        <extracomment>``--all``: the team&apos;s visits, each with its seller.</extracomment>
        <translation>VERKÄUFER</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(unknown seller)</source>
        <translation>(unbekannter Verkäufer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Removed the visit to {name} on {date} ({id}).</source>
        <translation>Besuch bei {name} am {date} entfernt ({id}).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Give --time HH:MM, --no-fixed-time or --minutes N.</source>
        <extracomment>The service&apos;s name of a field -&gt; the option that gave it (a refusal names the option).</extracomment>
        <translation>Geben Sie --time HH:MM, --no-fixed-time oder --minutes N an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--time: give a time like 09:30 (or --no-fixed-time for none).</source>
        <translation>--time: Geben Sie eine Uhrzeit wie 09:30 an (oder --no-fixed-time für keine).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>at {time} (fixed)</source>
        <translation>um {time} (fest)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>without a fixed time</source>
        <translation>ohne feste Zeit</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the usual length</source>
        <translation>die übliche Dauer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit {id} on {date}: {when}, {length}.</source>
        <translation>Besuch {id} am {date}: {when}, {length}.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/cli/visits_debrief.py" line="-5"/>
        <source>record what happened at a visit: the gift handed over, how the earlier gift was received, what came back and the next follow-up</source>
        <extracomment>The service&apos;s field, and the option that gave it.</extracomment>
        <translation>festhalten, was bei einem Besuch geschah: das überreichte Geschenk, wie das frühere Geschenk ankam, was zurückkam und die nächste Wiedervorlage</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a gift was handed over (the planned one unless named)</source>
        <translation>ein Geschenk wurde überreicht (das geplante, wenn kein anderes genannt ist)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>STOCK_ID</source>
        <translation>ARTIKEL_ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the gift handed over, taken from this stock item</source>
        <translation>das überreichte Geschenk, aus diesem Lagerartikel entnommen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the gift handed over, not from stock</source>
        <translation>das überreichte Geschenk, nicht aus dem Lager</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>how the latest gift given to the prospect before the visit was received (completes its ask_feedback follow-up)</source>
        <translation>wie das letzte Geschenk vor dem Besuch beim Interessenten ankam (erledigt seine Wiedervorlage ask_feedback)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the order&apos;s value; without it: value not known</source>
        <translation>der Auftragswert; ohne: Wert nicht bekannt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>what was said (the visit&apos;s note)</source>
        <translation>was gesagt wurde (die Notiz des Besuchs)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the follow-up&apos;s due date (YYYY-MM-DD)</source>
        <translation>das Fälligkeitsdatum der Wiedervorlage (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--value: only an order has a value (give --outcome order)</source>
        <translation>--value: Nur ein Auftrag hat einen Wert (geben Sie --outcome order an)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--reaction-note: say how the gift was received with --reaction</source>
        <translation>--reaction-note: Geben Sie mit --reaction an, wie das Geschenk ankam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--followup: give its due date with --due DATE</source>
        <translation>--followup: Geben Sie das Fälligkeitsdatum mit --due DATUM an</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--due: give the kind of follow-up with --followup KIND</source>
        <translation>--due: Geben Sie die Art der Wiedervorlage mit --followup ART an</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Debriefed the visit on {date}: {status} ({id}).</source>
        <translation>Besuch am {date} nachbereitet: {status} ({id}).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Gift handed over: {description} ({id}).</source>
        <translation>Geschenk überreicht: {description} ({id}).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>not known</source>
        <translation>nicht bekannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome order, value {value} ({id}).</source>
        <translation>Ergebnis Auftrag, Wert {value} ({id}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outcome {kind} ({id}).</source>
        <translation>Ergebnis {kind} ({id}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Follow-up {kind} due {due} ({id}).</source>
        <translation>Wiedervorlage {kind} fällig am {due} ({id}).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>First order: to move the prospect to customer, run `{command}`.</source>
        <translation>Erster Auftrag: Um den Interessenten zum Kunden zu machen, führen Sie `{command}` aus.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/cli/visits_route.py" line="-98"/>
        <source>order a day&apos;s route by distance from home and back, and compute its times (day_start, visit_minutes, travel_speed_kmh; fixed appointments keep theirs)</source>
        <translation>die Route eines Tages nach Entfernung vom Heimatort und zurück ordnen und ihre Zeiten berechnen (day_start, visit_minutes, travel_speed_kmh; feste Termine behalten ihre)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>by distance</source>
        <translation>nach Entfernung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>by country and postal code (no stop has coordinates)</source>
        <translation>nach Land und Postleitzahl (kein Besuch hat Koordinaten)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> from home ({home}) and back</source>
        <translation> vom Heimatort ({home}) und zurück</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Ordered %n stop(s) of {date} {how}{start}.</source>
        <translation>
            <numerusform>%n Besuch am {date} {how}{start} geordnet.</numerusform>
            <numerusform>%n Besuche am {date} {how}{start} geordnet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Total {km} km by road ({factor} × the straight line)</source>
        <translation>Insgesamt {km} km auf der Straße ({factor} × die Luftlinie)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>, %n leg(s) unknown</source>
        <translation>
            <numerusform>, %n Teilstrecke unbekannt</numerusform>
            <numerusform>, %n Teilstrecken unbekannt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>back home at {time}</source>
        <translation>zurück am Heimatort um {time}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the last visit ends at {time}</source>
        <translation>der letzte Besuch endet um {time}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> (fixed)</source>
        <translation> (fest)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No visits on the route of {date}: nothing to order.</source>
        <translation>Keine Besuche auf der Route vom {date}: nichts zu ordnen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>KM</source>
        <translation>KM</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Home: {km} km</source>
        <translation>Heimatort: {km} km</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/cli/addresses.py" line="+55"/>
        <source>&apos;{command}&apos; works on store files only, so nothing was opened: back an office hub up on its server with pg_dump</source>
        <translation>&apos;{command}&apos; funktioniert nur mit Speicherdateien, daher wurde nichts geöffnet: sichern Sie einen Büro-Hub auf seinem Server mit pg_dump</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{source} names an office hub on PostgreSQL, whose driver is not installed, so nothing was opened (install it: pip install &quot;.[hub]&quot;)</source>
        <translation>{source} nennt einen Büro-Hub auf PostgreSQL, dessen Treiber nicht installiert ist, daher wurde nichts geöffnet (installieren Sie ihn: pip install &quot;.[hub]&quot;)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{source} names a {scheme}:// address: an office hub on PostgreSQL is not supported by this version, so nothing was opened (give the path of a store file)</source>
        <translation>{source} nennt eine {scheme}://-Adresse: Ein Büro-Hub auf PostgreSQL wird von dieser Version nicht unterstützt, daher wurde nichts geöffnet (geben Sie den Pfad der Datei eines Datenbestands an)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{source} names a {scheme}:// address, which is not supported, so nothing was opened (give the path of a store file)</source>
        <translation>{source} nennt eine {scheme}://-Adresse, die nicht unterstützt wird, daher wurde nichts geöffnet (geben Sie den Pfad der Datei eines Datenbestands an)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The word &apos;{word}&apos; of the command line holds bytes that are not UTF-8 text, so nothing was done (type it again in UTF-8)</source>
        <translation>Das Wort &apos;{word}&apos; der Befehlszeile enthält Bytes, die kein UTF-8-Text sind, daher wurde nichts getan (geben Sie es erneut in UTF-8 ein)</translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/messages.py" line="-17"/>
        <location filename="../../reciprocity_desktop/ui/operations.py" line="+169"/>
        <source>Cannot do that</source>
        <translation>Das ist nicht möglich</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/ui/operations.py" line="-108"/>
        <source>Cannot redo</source>
        <translation>Wiederherstellen nicht möglich</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot undo</source>
        <translation>Rückgängigmachen nicht möglich</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>Abgebrochen; nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>CompleteFollowUpDialog</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/followups/dialogs.py" line="+76"/>
        <source>Complete follow-up</source>
        <translation>Wiedervorlage abschließen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Result:</source>
        <translation>&amp;Vermerk:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened, what was said</source>
        <translation>Was geschah, was gesagt wurde</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Done on:</source>
        <translation>Erl&amp;edigt am:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Complete</source>
        <translation>&amp;Abschließen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How was the gift received? ({gift})</source>
        <translation>Wie ist das Geschenk angekommen? ({gift})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re&amp;action:</source>
        <translation>&amp;Reaktion:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not known yet</source>
        <translation>Noch unbekannt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reaction &amp;note:</source>
        <translation>Notiz zur Reaktio&amp;n:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What they thought of it</source>
        <translation>Was sie davon hielten</translation>
    </message>
</context>
<context>
    <name>ConflictLogDialog</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/sync/conflicts.py" line="+39"/>
        <source>Conflict log</source>
        <extracomment>Each column&apos;s sort key in :data:`sync.conflicts.SORT_KEYS` (None: it keeps the log&apos;s order).</extracomment>
        <translation>Konfliktprotokoll</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show &amp;restored ones too</source>
        <translation>&amp;Wiederhergestellte auch anzeigen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Found</source>
        <translation>Gefunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>this store&apos;s change</source>
        <translation>Änderung in diesem Datenbestand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the file&apos;s change</source>
        <translation>Änderung aus der Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost change by</source>
        <translation>Verlorene Änderung von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Differs in</source>
        <translation>Abweichend in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored</source>
        <translation>Wiederhergestellt</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>R&amp;estore this version</source>
        <translation>Diese Version wieder&amp;herstellen</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>No conflicts: nothing has been imported into this store yet.</source>
        <translation>Keine Konflikte: In diesen Datenbestand wurde noch nichts importiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No conflicts left to look at: every one found so far was restored.</source>
        <translation>Keine offenen Konflikte: Alle bisher gefundenen wurden wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No conflicts: every import so far merged without two changes to the same record.</source>
        <translation>Keine Konflikte: Jeder bisherige Import wurde zusammengeführt, ohne dass derselbe Datensatz auf beiden Seiten geändert war.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Field: lost version → current version</source>
        <translation>Feld: verlorene Version → aktuelle Version</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/prospects/dialogs.py" line="+166"/>
        <source>New contact</source>
        <translation>Neuer Ansprechpartner</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit contact</source>
        <translation>Ansprechpartner bearbeiten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Role:</source>
        <translation>&amp;Funktion:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. Owner, Purchasing</source>
        <translation>z.&#xa0;B. Inhaber, Einkauf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>P&amp;hone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Decision maker</source>
        <translation>Ent&amp;scheider</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Add contact %1</source>
        <translation>Ansprechpartner %1 hinzufügen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit contact %1</source>
        <translation>Ansprechpartner %1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/csv_import/dialog.py" line="+85"/>
        <source>Import %1</source>
        <extracomment>The size the dialog asks for, at most (it stays within the screen&apos;s free area). The colour of a count that needs attention (the lines with errors).</extracomment>
        <translation>%1 importieren</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Import %Ln new prospect(s)?</source>
        <translation>
            <numerusform>%Ln neuen Interessenten importieren?</numerusform>
            <numerusform>%Ln neue Interessenten importieren?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is nothing new to import: every prospect in the file is in the store already.</source>
        <translation>Es gibt nichts Neues zu importieren: Jeder Interessent aus der Datei ist bereits im Datenbestand.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%Ln new prospect(s)</source>
        <translation>
            <numerusform>%Ln neuer Interessent</numerusform>
            <numerusform>%Ln neue Interessenten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, with %Ln contact person(s)</source>
        <translation>
            <numerusform>, mit %Ln Ansprechpartner</numerusform>
            <numerusform>, mit %Ln Ansprechpartnern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln already in the store (left unchanged)</source>
        <translation>
            <numerusform>%Ln bereits im Datenbestand (bleibt unverändert)</numerusform>
            <numerusform>%Ln bereits im Datenbestand (bleiben unverändert)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln row(s) repeating an earlier one (a new contact person joins that prospect)</source>
        <translation>
            <numerusform>%Ln Zeile wiederholt eine frühere (ein neuer Ansprechpartner kommt zu diesem Interessenten)</numerusform>
            <numerusform>%Ln Zeilen wiederholen eine frühere (ein neuer Ansprechpartner kommt zu diesem Interessenten)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln line(s) with errors (skipped, see below)</source>
        <translation>
            <numerusform>%Ln Zeile mit Fehlern (übersprungen, siehe unten)</numerusform>
            <numerusform>%Ln Zeilen mit Fehlern (übersprungen, siehe unten)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>semicolons</source>
        <translation>Semikolons</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>commas</source>
        <translation>Kommas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tabs</source>
        <translation>Tabulatoren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>vertical bars</source>
        <translation>senkrechte Striche</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln row(s) read from %1 (%2, separated by %3).</source>
        <translation>
            <numerusform>%Ln Zeile aus %1 gelesen (%2, getrennt durch %3).</numerusform>
            <numerusform>%Ln Zeilen aus %1 gelesen (%2, getrennt durch %3).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Columns not imported: %1.</source>
        <translation>Nicht importierte Spalten: %1.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the store already</source>
        <translation>Bereits im Datenbestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeats an earlier row</source>
        <translation>Wiederholt eine frühere Zeile</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+28"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>What happens</source>
        <translation>Was passiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact person</source>
        <translation>Ansprechpartner</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>The first %Ln row(s) of the file, as the import takes them:</source>
        <translation>
            <numerusform>%Ln Zeile vom Anfang der Datei, wie der Import sie übernimmt:</numerusform>
            <numerusform>%Ln Zeilen vom Anfang der Datei, wie der Import sie übernimmt:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The row(s) of the file, as the import takes them:</source>
        <translation>
            <numerusform>Die Zeile der Datei, wie der Import sie übernimmt:</numerusform>
            <numerusform>Die Zeilen der Datei, wie der Import sie übernimmt:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%Ln line(s) cannot be imported and will be skipped:</source>
        <translation>
            <numerusform>%Ln Zeile kann nicht importiert werden und wird übersprungen:</numerusform>
            <numerusform>%Ln Zeilen können nicht importiert werden und werden übersprungen:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvImporter</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/csv_import/flow.py" line="+44"/>
        <source>Import prospects from CSV</source>
        <translation>Interessenten aus CSV importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Checking</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot import %1</source>
        <translation>%1 kann nicht importiert werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Import abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Importing</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Imported %Ln prospect(s) from %1.</source>
        <translation>
            <numerusform>%Ln Interessent aus %1 importiert.</numerusform>
            <numerusform>%Ln Interessenten aus %1 importiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DebriefModel</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/debrief/model.py" line="+70"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prospect</source>
        <translation>Interessent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gift handed over</source>
        <translation>Geschenk übergeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next follow-up</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>(none planned)</source>
        <translation>(keins geplant)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Not saved yet</source>
        <translation>Noch nicht gespeichert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Debriefed</source>
        <translation>Nachbereitet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Still to come</source>
        <translation>Steht noch bevor</translation>
    </message>
</context>
<context>
    <name>DebriefView</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/debrief/view.py" line="+78"/>
        <source>Keys in the table: D done · N nobody there · C cancelled · G gift handed over · R reaction to the earlier gift · 0 no outcome, 1 conversation, 2 referral, 3 meeting, 4 order, 5 other · F follow-up · T note · Backspace forget the row · Ctrl+Enter save the row and go to the next.</source>
        <translation>Tasten in der Tabelle: D erledigt · N niemand da · C abgesagt · G Geschenk übergeben · R Reaktion auf das frühere Geschenk · 0 kein Ergebnis, 1 Gespräch, 2 Empfehlung, 3 Termin, 4 Auftrag, 5 Sonstiges · F Wiedervorlage · T Notiz · Rücktaste Zeile verwerfen · Strg+Eingabe Zeile speichern und zur nächsten.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Visits: %1</source>
        <translation>Besuche: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>debriefed: %1</source>
        <translation>nachbereitet: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No visits on this day.</source>
        <translation>Keine Besuche an diesem Tag.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>edited, not saved: %1</source>
        <translation>bearbeitet, nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>still to come: %1 (debriefed from their day on)</source>
        <translation>noch bevorstehend: %1 (Nachbereitung ab ihrem Tag)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unsaved on other days: %1</source>
        <translation>an anderen Tagen nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>That visit is not on a day&apos;s route.</source>
        <translation>Dieser Besuch liegt auf keiner Tagesroute.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/ui/debrief/day_bar.py" line="+32"/>
        <source>Da&amp;y:</source>
        <translation>&amp;Tag:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>◀ Previou&amp;s</source>
        <translation>◀ &amp;Zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous day (Alt+Left)</source>
        <translation>Vorheriger Tag (Alt+Links)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne&amp;xt ▶</source>
        <translation>&amp;Weiter ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next day (Alt+Right)</source>
        <translation>Nächster Tag (Alt+Rechts)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Scan or paste reciprocity:visit:…</source>
        <translation>reciprocity:visit:… scannen oder einfügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to visit (&amp;QR code):</source>
        <translation>Zum Besuch (&amp;QR-Code):</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/ui/debrief/feedback.py" line="+14"/>
        <source>Say what happened first: D done, N nobody there, C cancelled.</source>
        <translation>Geben Sie zuerst an, was geschah: D erledigt, N niemand da, C abgesagt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Note saved.</source>
        <translation>Notiz gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gift recorded: %1.</source>
        <translation>Geschenk erfasst: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reaction to %1: %2.</source>
        <translation>Reaktion auf %1: %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Order value not known.</source>
        <translation>Auftragswert unbekannt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Follow-up: %1.</source>
        <translation>Wiedervorlage: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stage: %1.</source>
        <translation>Phase: %1.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/ui/debrief/form.py" line="+62"/>
        <source>Visit</source>
        <extracomment>How the label of the field that has the focus stands out (F, T, R, 4 jump to a field).</extracomment>
        <translation>Besuch</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Do&amp;ne</source>
        <translation>&amp;Erledigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No&amp;body there</source>
        <translation>&amp;Niemand da</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancelled</source>
        <translation>Abge&amp;sagt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>nothing (yet)</source>
        <translation>(noch) nichts</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What was said, who you met…</source>
        <translation>Was gesagt wurde, wen Sie getroffen haben…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Outcome:</source>
        <translation>Er&amp;gebnis:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No&amp;te:</source>
        <translation>N&amp;otiz:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(no follow-up)</source>
        <translation>(keine Wiedervorlage)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The due day as you write it (e.g. %1) or as %2</source>
        <translation>Das Fälligkeitsdatum, wie Sie es schreiben (z. B. %1), oder als %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>+&amp;7 d</source>
        <translation>+&amp;7 T</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+1&amp;4 d</source>
        <translation>+1&amp;4 T</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+&amp;30 d</source>
        <translation>+&amp;30 T</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Due %1 days after the visit</source>
        <translation>Fällig %1 Tage nach dem Besuch</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What to do then</source>
        <translation>Was dann zu tun ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follo&amp;w-up:</source>
        <translation>Wieder&amp;vorlage:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;ue:</source>
        <translation>&amp;Fällig:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Memo:</source>
        <translation>&amp;Memo:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save row (Ctrl+Enter)</source>
        <translation>Zeile speichern (Strg+Eingabe)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save &amp;all edited</source>
        <translation>Alle bearbeiteten s&amp;peichern</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>No visit selected</source>
        <translation>Kein Besuch ausgewählt</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Choose the kind of follow-up, or clear the due date.</source>
        <translation>Wählen Sie die Art der Wiedervorlage, oder löschen Sie das Fälligkeitsdatum.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Already debriefed: only the note can still be changed.</source>
        <translation>Bereits nachbereitet: Nur die Notiz kann noch geändert werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This visit is on %1, still to come: it can be debriefed from that day on.</source>
        <translation>Dieser Besuch ist am %1 und steht noch bevor: Die Nachbereitung ist ab diesem Tag möglich.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/ui/debrief/form_parts.py" line="+56"/>
        <source>Gift han&amp;ded over</source>
        <translation>Geschenk &amp;übergeben</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Which gift (e.g. a bottle of wine)</source>
        <translation>Welches Geschenk (z. B. eine Flasche Wein)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>(no gift recorded)</source>
        <translation>(kein Geschenk erfasst)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The gift planned for this visit</source>
        <translation>Das für diesen Besuch geplante Geschenk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no gift planned: choose the one handed over)</source>
        <translation>(kein Geschenk geplant: wählen Sie das übergebene)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2 in stock)</source>
        <translation>%1 (%2 auf Lager)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another gift (describe it)…</source>
        <translation>Ein anderes Geschenk (beschreiben Sie es)…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>(not asked)</source>
        <translation>(nicht gefragt)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What they said about it</source>
        <translation>Was dazu gesagt wurde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reaction:</source>
        <translation>Reaktion:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Earlier gift:</source>
        <translation>Früheres Geschenk:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>None before this visit: no reaction to ask about.</source>
        <translation>Keines vor diesem Besuch: keine Reaktion zu erfragen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(so far: %1)</source>
        <translation>(bisher: %1)</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/ui/debrief/form.py" line="-225"/>
        <location filename="../../reciprocity_desktop/ui/debrief/form_parts.py" line="+24"/>
        <source>e.g. %1</source>
        <translation>z. B. %1</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/ui/debrief/form_parts.py" line="+1"/>
        <source>Value not &amp;known</source>
        <translation>Wert &amp;unbekannt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>First order: make them a customer</source>
        <translation>Erster Auftrag: zum Kunden machen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order va&amp;lue:</source>
        <translation>Auftragswe&amp;rt:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Their first order: move %1 from the stage %2 to Customer (undo takes it back).</source>
        <translation>Der erste Auftrag: %1 wechselt von der Phase %2 zu Kunde (Rückgängig macht das wieder rückgängig).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Type the order&apos;s value, or tick &quot;Value not known&quot;.</source>
        <translation>Geben Sie den Auftragswert ein, oder setzen Sie den Haken bei „Wert unbekannt“.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/ui/debrief/model.py" line="+50"/>
        <source>value not known</source>
        <extracomment>Column widths (the Result column takes the rest).</extracomment>
        <translation>Wert unbekannt</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/ui/debrief/saving.py" line="+55"/>
        <source>Debrief of %1</source>
        <translation>Nachbereitung von %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: not saved — see the row.</source>
        <translation>%1: nicht gespeichert – siehe Zeile.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: saved with warnings — see the row.</source>
        <translation>%1: mit Warnungen gespeichert – siehe Zeile.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: saved.</source>
        <translation>%1: gespeichert.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Debrief of the day</source>
        <translation>Nachbereitung des Tages</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved: %1.</source>
        <translation>Gespeichert: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With warnings: %1 (see the rows).</source>
        <translation>Mit Warnungen: %1 (siehe Zeilen).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not saved: %1 — see the red rows; what you typed is kept.</source>
        <translation>Nicht gespeichert: %1 – siehe die roten Zeilen; Ihre Eingaben bleiben erhalten.</translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/labels.py" line="+33"/>
        <source>Suspect</source>
        <translation>Zielkunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prospect</source>
        <translation>Interessent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample</source>
        <translation>Muster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free trial</source>
        <translation>Kostenloser Test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content (e-book, article)</source>
        <translation>Inhalt (E-Book, Artikel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tailored analysis</source>
        <translation>Individuelle Analyse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event invitation</source>
        <translation>Einladung zu einer Veranstaltung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal present</source>
        <translation>Persönliches Geschenk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liked</source>
        <translation>Hat gefallen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not liked</source>
        <translation>Hat nicht gefallen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask for feedback</source>
        <translation>Rückmeldung erfragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call</source>
        <translation>Anrufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send information</source>
        <translation>Informationen senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit</source>
        <translation>Besuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask for an order</source>
        <translation>Nach einem Auftrag fragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversation</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting with the decision maker</source>
        <translation>Termin mit dem Entscheider</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody there</source>
        <translation>Niemand da</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due today</source>
        <translation>Heute fällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upcoming</source>
        <translation>Demnächst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opening stock</source>
        <translation>Anfangsbestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restock</source>
        <translation>Nachfüllung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw</source>
        <translation>Entnahme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correction</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/cli/base.py" line="-349"/>
        <location filename="../../reciprocity_desktop/ui/labels.py" line="+17"/>
        <source>Ask how the gift was received: {gift}</source>
        <extracomment>The language of this run&apos;s messages (:func:`choose_run_language` sets it before the parser is built, :func:`run` again from the store&apos;s setting). The store&apos;s currency (the ``currency`` setting), read with the language by :func:`run`.</extracomment>
        <translation>Fragen Sie, wie das Geschenk angekommen ist: {gift}</translation>
    </message>
</context>
<context>
    <name>EditGiftDialog</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/gifts/dialogs.py" line="+92"/>
        <source>Edit gift</source>
        <translation>Geschenk bearbeiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Given to {prospect}</source>
        <translation>Übergeben an {prospect}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;ate:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cost:</source>
        <translation>&amp;Kosten:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Personal</source>
        <translation>&amp;Persönlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unexpected</source>
        <translation>&amp;Unerwartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Meaningful</source>
        <translation>Bedeu&amp;tsam</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Qualities:</source>
        <translation>Eigenschaften:</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/sync/export.py" line="+38"/>
        <location line="+66"/>
        <source>Export for sync</source>
        <translation>Für den Abgleich exportieren</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E&amp;xport</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only &amp;changes since</source>
        <translation>Nur Ä&amp;nderungen seit</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Encrypt with a passphrase (recommended: the file holds personal data)</source>
        <translation>Mit einer Passphrase &amp;verschlüsseln (empfohlen: Die Datei enthält personenbezogene Daten)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sync files (*%1)</source>
        <translation>Abgleichsdateien (*%1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose where to write the file.</source>
        <translation>Wählen Sie, wohin die Datei geschrieben wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a passphrase, or untick encryption.</source>
        <translation>Geben Sie eine Passphrase ein oder schalten Sie die Verschlüsselung aus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../reciprocity_desktop/cli/gift_register.py" line="-59"/>
        <source>year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/cli/report.py" line="-198"/>
        <location line="+4"/>
        <location filename="../../reciprocity_desktop/services/insights/figures.py" line="+207"/>
        <location line="+6"/>
        <source>window days</source>
        <translation>Zeitfenster</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--from</source>
        <translation>--from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--to</source>
        <translation>--to</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/cli/visits_route.py" line="-12"/>
        <location filename="../../reciprocity_desktop/reports/day.py" line="+148"/>
        <location filename="../../reciprocity_desktop/services/day_route.py" line="+118"/>
        <location filename="../../reciprocity_desktop/services/day_sheet.py" line="+208"/>
        <location line="+5"/>
        <location line="+185"/>
        <location filename="../../reciprocity_desktop/services/debrief.py" line="+142"/>
        <location filename="../../reciprocity_desktop/services/followups.py" line="+276"/>
        <location filename="../../reciprocity_desktop/services/gifts.py" line="+101"/>
        <location line="+79"/>
        <location line="+37"/>
        <location filename="../../reciprocity_desktop/services/listing.py" line="+148"/>
        <location filename="../../reciprocity_desktop/services/ops/visits.py" line="+48"/>
        <location line="+30"/>
        <location line="+27"/>
        <location line="+18"/>
        <location filename="../../reciprocity_desktop/services/validate.py" line="+106"/>
        <location filename="../../reciprocity_desktop/services/visits.py" line="+42"/>
        <location line="+12"/>
        <location line="+29"/>
        <location line="+23"/>
        <location line="+101"/>
        <location line="+23"/>
        <location line="+21"/>
        <source>date</source>
        <extracomment>Rows fetched from the cursor at a time.
----------
Undo helpers of the route&apos;s times (see :mod:`~reciprocity_desktop.services.day_route`).
----------
What the QR code on a printed visit sheet holds before the visit id.</extracomment>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="-67"/>
        <source>paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+9"/>
        <source>output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/contacts.py" line="+17"/>
        <location filename="../../reciprocity_desktop/ui/prospects/dialogs.py" line="-41"/>
        <source>contact name</source>
        <translation>Name des Ansprechpartners</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>role</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../reciprocity_desktop/services/prospects.py" line="+100"/>
        <source>phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../reciprocity_desktop/services/gifts.py" line="+82"/>
        <location filename="../../reciprocity_desktop/services/prospects.py" line="+6"/>
        <location filename="../../reciprocity_desktop/services/visits.py" line="-91"/>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/csv_io/decoding.py" line="+70"/>
        <location line="+2"/>
        <location line="+3"/>
        <location line="+4"/>
        <location line="+7"/>
        <location line="+88"/>
        <location line="+18"/>
        <location line="+13"/>
        <location filename="../../reciprocity_desktop/services/csv_io/exporting.py" line="+46"/>
        <location filename="../../reciprocity_desktop/services/csv_io/reading.py" line="+242"/>
        <location line="+45"/>
        <location line="+34"/>
        <location line="+8"/>
        <location line="+5"/>
        <location filename="../../reciprocity_desktop/services/csv_io/report.py" line="+116"/>
        <location filename="../../reciprocity_desktop/services/errors.py" line="+104"/>
        <location filename="../../reciprocity_desktop/sync/exporter.py" line="+132"/>
        <location line="+2"/>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/debrief.py" line="-23"/>
        <source>order value</source>
        <translation>Auftragswert</translation>
    </message>
    <message>
        <location line="+34"/>
        <location filename="../../reciprocity_desktop/services/visits.py" line="+71"/>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+35"/>
        <location line="+3"/>
        <location line="+11"/>
        <location filename="../../reciprocity_desktop/services/debrief_check.py" line="+126"/>
        <location filename="../../reciprocity_desktop/services/followups.py" line="-190"/>
        <source>gift</source>
        <translation>Geschenk</translation>
    </message>
    <message>
        <location line="-44"/>
        <location filename="../../reciprocity_desktop/services/followups.py" line="+6"/>
        <location line="+86"/>
        <location line="+101"/>
        <location filename="../../reciprocity_desktop/services/gifts.py" line="+46"/>
        <location filename="../../reciprocity_desktop/ui/followups/dialogs.py" line="+89"/>
        <location line="+52"/>
        <location filename="../../reciprocity_desktop/ui/gifts/dialogs.py" line="+92"/>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+63"/>
        <location line="+3"/>
        <location line="+5"/>
        <location filename="../../reciprocity_desktop/services/followups.py" line="+60"/>
        <location filename="../../reciprocity_desktop/services/gift_reactions.py" line="+51"/>
        <location filename="../../reciprocity_desktop/services/gifts.py" line="-156"/>
        <source>reaction</source>
        <translation>Reaktion</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../reciprocity_desktop/services/followups.py" line="-258"/>
        <location line="+26"/>
        <location line="+163"/>
        <location filename="../../reciprocity_desktop/services/gifts.py" line="-85"/>
        <location line="+111"/>
        <location line="+78"/>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/debrief_check.py" line="-4"/>
        <source>gift description</source>
        <extracomment>An order without a value and not said to be not known: the form asks, saving waits.</extracomment>
        <translation>Beschreibung des Geschenks</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/followups.py" line="-188"/>
        <location line="+26"/>
        <location line="+43"/>
        <location line="+2"/>
        <location line="+12"/>
        <source>due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <location line="-41"/>
        <location filename="../../reciprocity_desktop/services/gift_reactions.py" line="+29"/>
        <source>done date</source>
        <translation>Erledigungsdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../reciprocity_desktop/ui/followups/dialogs.py" line="-168"/>
        <source>result</source>
        <translation>Vermerk</translation>
    </message>
    <message>
        <location line="+69"/>
        <location filename="../../reciprocity_desktop/services/gifts.py" line="+89"/>
        <location filename="../../reciprocity_desktop/services/records.py" line="+59"/>
        <location filename="../../reciprocity_desktop/services/visits.py" line="-33"/>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+96"/>
        <location filename="../../reciprocity_desktop/ui/prospects/dialogs.py" line="+58"/>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/geo.py" line="+86"/>
        <location filename="../../reciprocity_desktop/services/prospects.py" line="+1"/>
        <source>latitude</source>
        <translation>Breitengrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../reciprocity_desktop/services/prospects.py" line="+1"/>
        <source>longitude</source>
        <translation>Längengrad</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/gifts.py" line="-280"/>
        <location line="+193"/>
        <location filename="../../reciprocity_desktop/services/stock_movements.py" line="+69"/>
        <source>quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location line="-188"/>
        <location line="+105"/>
        <location filename="../../reciprocity_desktop/ui/gifts/dialogs.py" line="-108"/>
        <location filename="../../reciprocity_desktop/ui/gifts/log_gift_dialog.py" line="+83"/>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="-100"/>
        <location line="+67"/>
        <location line="+40"/>
        <location filename="../../reciprocity_desktop/ui/gifts/dialogs.py" line="+7"/>
        <location filename="../../reciprocity_desktop/ui/gifts/log_gift_dialog.py" line="+12"/>
        <source>cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>contact</source>
        <translation>Ansprechpartner</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>feedback follow-up</source>
        <translation>Wiedervorlage zur Rückmeldung</translation>
    </message>
    <message>
        <location line="+41"/>
        <location filename="../../reciprocity_desktop/ui/followups/dialogs.py" line="+28"/>
        <source>reaction note</source>
        <translation>Notiz zur Reaktion</translation>
    </message>
    <message>
        <location line="+97"/>
        <location filename="../../reciprocity_desktop/services/prospects.py" line="-13"/>
        <location filename="../../reciprocity_desktop/ui/gifts/dialogs.py" line="+44"/>
        <location filename="../../reciprocity_desktop/ui/prospects/dialogs.py" line="-182"/>
        <source>name</source>
        <extracomment>Fields a user edits, with their validators: (value, field label) -&gt; clean value.</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../reciprocity_desktop/ui/gifts/dialogs.py" line="+9"/>
        <source>unit cost</source>
        <translation>Stückkosten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>low stock level</source>
        <translation>Meldebestand</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>quantity added</source>
        <translation>Hinzugefügte Menge</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>quantity removed</source>
        <translation>Entnommene Menge</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/insights/figures.py" line="+7"/>
        <source>from</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/prospects.py" line="+1"/>
        <source>street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>city</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/settings_keys.py" line="+231"/>
        <location line="+4"/>
        <source>setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+4"/>
        <source>gift_limits</source>
        <translation>Freigrenzen</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/validate.py" line="+53"/>
        <source>amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>country</source>
        <extracomment>Two-letter territories CLDR (Babel) lists that are not ISO 3166-1 country codes: groupings (EU, EZ, UN, QO), pseudo-locales (XA, XB), &quot;unknown region&quot; (ZZ) and the &quot;exceptionally reserved&quot; codes whose places belong to an assigned country (AC, TA → SH; CP → FR; DG → IO; EA, IC → ES; CQ → GB). XK (Kosovo) stays: it is user-assigned but used by everyone.</extracomment>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>e-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>planned time</source>
        <translation>Geplante Uhrzeit</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+6"/>
        <source>tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/visits.py" line="-142"/>
        <source>prospects</source>
        <translation>Interessenten</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>order</source>
        <translation>Reihenfolge</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>gift to bring</source>
        <translation>Mitzubringendes Geschenk</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>visit minutes</source>
        <translation>Besuchsdauer</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>visit</source>
        <translation>Besuch</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/sync/crypto.py" line="+196"/>
        <location line="+4"/>
        <source>passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/sync/exporter.py" line="-52"/>
        <source>since</source>
        <translation>Seit</translation>
    </message>
</context>
<context>
    <name>FollowUpsView</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/followups/details.py" line="+38"/>
        <source>reaction not known yet</source>
        <translation>Reaktion noch unbekannt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gift: {description} — {kind}, {date}; {reaction}</source>
        <translation>Geschenk: {description} – {kind}, {date}; {reaction}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Select a follow-up to see the details.</source>
        <translation>Wählen Sie eine Wiedervorlage aus, um die Details zu sehen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{kind}, due {date}</source>
        <translation>{kind}, fällig am {date}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Done on {date}: {result}</source>
        <translation>Erledigt am {date}: {result}</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/ui/followups/dialogs.py" line="-66"/>
        <source>{prospect} — {kind}, due {due}</source>
        <translation>{prospect} – {kind}, fällig {due}</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/ui/followups/models.py" line="+48"/>
        <source>Ask how the gift was received</source>
        <extracomment>The background of an open row by its bucket: overdue red, due today yellow. The follow-up list&apos;s sort key of each column (``FollowUpsView.COL_…``; see :mod:`services.followup_list`).</extracomment>
        <translation>Fragen Sie nach, wie das Geschenk angekommen ist</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reaction not known yet</source>
        <translation>Reaktion noch unbekannt</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <location line="+20"/>
        <source>%n day(s) overdue</source>
        <extracomment>The room a cell gives its text beside it (the delegate&apos;s margins, and a little air). Dates whose text is the widest of their format (two-digit days and months). The most days a status is wide enough for (&quot;9999 days overdue&quot;: an office store holds follow-ups left open for years, &quot;1094 Tage überfällig&quot; was cut at 999).</extracomment>
        <translation>
            <numerusform>%n Tag überfällig</numerusform>
            <numerusform>%n Tage überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-19"/>
        <location line="+21"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prospect</source>
        <translation>Interessent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Double-click to open the prospect</source>
        <translation>Doppelklick öffnet den Interessenten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linked gift</source>
        <translation>Zugehöriges Geschenk</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Done on</source>
        <translation>Erledigt am</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Result</source>
        <translation>Vermerk</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/ui/followups/view.py" line="+136"/>
        <source>&amp;Search:</source>
        <translation>S&amp;uchen:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Prospect, note, gift…</source>
        <translation>Interessent, Notiz, Geschenk…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;New follow-up…</source>
        <translation>&amp;Neue Wiedervorlage…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Complete…</source>
        <translation>Ab&amp;schließen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;open</source>
        <translation>Wieder ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reschedule…</source>
        <translation>&amp;Verschieben…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>+1 &amp;day</source>
        <translation>+1 &amp;Tag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>+1 &amp;week</source>
        <translation>+1 &amp;Woche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ed&amp;it note…</source>
        <translation>Noti&amp;z bearbeiten…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move the due date one day later (an overdue one to tomorrow)</source>
        <translation>Fälligkeit um einen Tag verschieben (eine überfällige auf morgen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move the due date one week later (an overdue one to a week from today)</source>
        <translation>Fälligkeit um eine Woche verschieben (eine überfällige auf heute in einer Woche)</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>&amp;All open ({n})</source>
        <extracomment>The share of the table&apos;s width (within limits, px) of prospect, linked gift, result; the note takes the rest.</extracomment>
        <translation>Alle &amp;offenen ({n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Overdue ({n})</source>
        <translation>Überfäll&amp;ig ({n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due &amp;today ({n})</source>
        <translation>H&amp;eute fällig ({n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Upcoming ({n})</source>
        <translation>De&amp;mnächst ({n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Done ({n})</source>
        <translation>E&amp;rledigt ({n})</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No follow-up here matches the search.</source>
        <translation>Keine Wiedervorlage in dieser Ansicht passt zur Suche.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing done yet.</source>
        <translation>Noch nichts erledigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to do here. Log a gift, or schedule a follow-up with “New follow-up”.</source>
        <translation>Hier ist nichts zu tun. Erfassen Sie ein Geschenk oder legen Sie mit „Neue Wiedervorlage“ eine Wiedervorlage an.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>New follow-up</source>
        <translation>Neue Wiedervorlage</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Complete follow-up</source>
        <translation>Wiedervorlage abschließen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reopen follow-up</source>
        <translation>Wiedervorlage wieder öffnen</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+9"/>
        <source>Reschedule follow-up</source>
        <translation>Wiedervorlage verschieben</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit follow-up note</source>
        <translation>Notiz der Wiedervorlage bearbeiten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete follow-up</source>
        <translation>Wiedervorlage löschen</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/widgets/amounts.py" line="+46"/>
        <source>e.g. %1</source>
        <translation>z. B. %1</translation>
    </message>
</context>
<context>
    <name>GiftDelegate</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/planner/delegates.py" line="+55"/>
        <source>(no gift from stock)</source>
        <translation>(kein Geschenk aus dem Lager)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2 in stock)</source>
        <translation>%1 (%2 auf Lager)</translation>
    </message>
</context>
<context>
    <name>GiftLimitTable</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/settings/limits.py" line="+35"/>
        <source>Country</source>
        <extracomment>The example under an empty limit, in cents.</extracomment>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Limit</source>
        <translation>Freigrenze</translation>
    </message>
</context>
<context>
    <name>GiftRegisterView</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/insights/register_view.py" line="+129"/>
        <source>&amp;Year:</source>
        <extracomment>Emitted each time the page shows freshly loaded rows.</extracomment>
        <translation>&amp;Jahr:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter recipients…</source>
        <translation>Empfänger filtern…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every gift of the year with its recipient, for the accountant</source>
        <translation>Jedes Geschenk des Jahres mit seinem Empfänger, für die Buchhaltung</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>no limit</source>
        <translation>keine Freigrenze</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gifts</source>
        <translation>Geschenke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limit</source>
        <translation>Freigrenze</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Over the limit</source>
        <translation>Über der Freigrenze</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Near the limit</source>
        <translation>Nahe der Freigrenze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No limit is set for {country}.</source>
        <translation>Für {country} ist keine Freigrenze festgelegt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no country</source>
        <translation>kein Land</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{amount} over the deductible limit of {limit}.</source>
        <translation>{amount} über der Freigrenze von {limit}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{amount} left below the deductible limit of {limit}.</source>
        <translation>Noch {amount} bis zur Freigrenze von {limit}.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Gift register</source>
        <translation>Geschenkeverzeichnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading the gift register…</source>
        <translation>Geschenkeverzeichnis wird geladen…</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>No gifts recorded in {year}.</source>
        <translation>Keine Geschenke im Jahr {year} erfasst.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{year}: %n recipient(s), {total} in gifts</source>
        <translation>
            <numerusform>{year}: %n Empfänger, Geschenke für {total}</numerusform>
            <numerusform>{year}: %n Empfänger, Geschenke für {total}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Deductible limit per recipient and year: {limits}. Amber: {percent} of the limit or more; red: over the limit. The recipient is the contact the gift was given to, or the organisation.</source>
        <translation>Freigrenze pro Empfänger und Jahr: {limits}. Gelb: ab {percent} der Freigrenze; rot: über der Freigrenze. Empfänger ist der Ansprechpartner, dem das Geschenk übergeben wurde, sonst die Organisation.</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>Wrote %n gift(s) of {year} to {path}.</source>
        <translation>
            <numerusform>%n Geschenk aus {year} in {path} geschrieben.</numerusform>
            <numerusform>%n Geschenke aus {year} in {path} geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-46"/>
        <source>{over} over the limit, {near} near it</source>
        <translation>{over} über der Freigrenze, {near} nahe daran</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>none set</source>
        <translation>keine festgelegt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>gift-register-{year}.csv</source>
        <translation>geschenkeverzeichnis-{year}.csv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the gift register</source>
        <translation>Geschenkeverzeichnis exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The register could not be written to {path}: {error}</source>
        <translation>Das Geschenkeverzeichnis konnte nicht nach {path} geschrieben werden: {error}</translation>
    </message>
</context>
<context>
    <name>GiftsView</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/gifts/models.py" line="+47"/>
        <source>Reaction not known yet — double-click to set it</source>
        <extracomment>The gift list&apos;s sort key of each column (``GiftsView.COL_…``; see :mod:`services.gift_list`).</extracomment>
        <translation>Reaktion noch unbekannt – Doppelklick zum Eintragen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prospect</source>
        <translation>Interessent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Double-click to open the prospect</source>
        <translation>Doppelklick öffnet den Interessenten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+99"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Personal</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pers.</source>
        <translation>Pers.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unexpected</source>
        <translation>Unerwartet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unexp.</source>
        <translation>Unerw.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meaningful</source>
        <translation>Bedeutsam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meaningf.</source>
        <translation>Bed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reaction</source>
        <translation>Reaktion</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>“{item}” is over-drawn by {count}: two reps drew the last ones before their laptops synced. Restock it, or correct its count (Edit item).</source>
        <extracomment>The room a cell gives its text beside it (the delegate&apos;s margins, and a little air). The dearest gift a cost column is wide enough for, in cents. Dates whose text is the widest of their format (two-digit days and months).</extracomment>
        <translation>„{item}“ ist um {count} überzogen: Zwei Kollegen haben die letzten entnommen, bevor ihre Laptops abgeglichen wurden. Füllen Sie nach oder korrigieren Sie den Bestand (Artikel bearbeiten).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{item} (by {count})</source>
        <translation>{item} (um {count})</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Out of stock: restock before planning the next tour</source>
        <translation>Nicht mehr auf Lager: vor der Planung der nächsten Tour nachfüllen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unit cost</source>
        <translation>Stückkosten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>On hand</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Running low: restock before planning the next tour</source>
        <translation>Wird knapp: vor der Planung der nächsten Tour nachfüllen</translation>
    </message>
    <message numerus="yes">
        <location line="-22"/>
        <source>%n item(s) over-drawn ({items}): two reps drew the last ones before their laptops synced. Restock them, or correct their counts (Edit item).</source>
        <translation>
            <numerusform>%n Artikel überzogen ({items}): Zwei Kollegen haben die letzten entnommen, bevor ihre Laptops abgeglichen wurden. Füllen Sie nach oder korrigieren Sie den Bestand (Artikel bearbeiten).</numerusform>
            <numerusform>%n Artikel überzogen ({items}): Zwei Kollegen haben die letzten entnommen, bevor ihre Laptops abgeglichen wurden. Füllen Sie nach oder korrigieren Sie die Bestände (Artikel bearbeiten).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Low-stock level</source>
        <translation>Meldebestand</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/ui/gifts/stock_pane.py" line="+63"/>
        <source>Gift stock</source>
        <translation>Geschenkelager</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add item…</source>
        <translation>Artikel hin&amp;zufügen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edi&amp;t item…</source>
        <translation>Arti&amp;kel bearbeiten…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rest&amp;ock…</source>
        <translation>Nach&amp;füllen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Moveme&amp;nts…</source>
        <translation>Be&amp;wegungen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete ite&amp;m</source>
        <translation>Artikel lö&amp;schen</translation>
    </message>
    <message numerus="yes">
        <location line="+60"/>
        <source>%n item(s) out of stock</source>
        <translation>
            <numerusform>%n Artikel nicht auf Lager</numerusform>
            <numerusform>%n Artikel nicht auf Lager</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n item(s) running low</source>
        <translation>
            <numerusform>%n Artikel wird knapp</numerusform>
            <numerusform>%n Artikel werden knapp</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stock is fine</source>
        <translation>Bestand ist ausreichend</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>New stock item</source>
        <translation>Neuer Lagerartikel</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Edit stock item</source>
        <translation>Lagerartikel bearbeiten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restock</source>
        <translation>Nachfüllen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete stock item</source>
        <translation>Lagerartikel löschen</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/ui/gifts/view.py" line="+116"/>
        <source>Gifts</source>
        <translation>Geschenke</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Search:</source>
        <translation>S&amp;uchen:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Prospect, recipient, description…</source>
        <translation>Interessent, Empfänger, Beschreibung…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kind:</source>
        <translation>Ar&amp;t:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Log gift…</source>
        <translation>Geschenk &amp;erfassen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set &amp;reaction…</source>
        <translation>&amp;Reaktion eintragen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit gift…</source>
        <translation>Geschenk bearbe&amp;iten…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Delete gift</source>
        <translation>Geschenk &amp;löschen</translation>
    </message>
    <message numerus="yes">
        <location line="+125"/>
        <source>More than %n gift(s), counting…</source>
        <extracomment>What the description keeps at least when the other columns share the width. The totals while the gifts are being counted (%n: the gifts shown so far, a page).</extracomment>
        <translation>
            <numerusform>Mehr als %n Geschenk, wird gezählt…</numerusform>
            <numerusform>Mehr als %n Geschenke, wird gezählt…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln gift(s), total cost {cost}</source>
        <translation>
            <numerusform>%Ln Geschenk, Kosten insgesamt {cost}</numerusform>
            <numerusform>%Ln Geschenke, Kosten insgesamt {cost}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No gift matches the search or kind.</source>
        <translation>Kein Geschenk passt zur Suche oder Art.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No gifts yet. Give first: log a gift with “Log gift…”.</source>
        <translation>Noch keine Geschenke. Zuerst geben: Erfassen Sie ein Geschenk mit „Geschenk erfassen…“.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Gift logged</source>
        <translation>Geschenk erfasst</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set gift reaction</source>
        <translation>Reaktion auf das Geschenk eintragen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit gift</source>
        <translation>Geschenk bearbeiten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete gift</source>
        <translation>Geschenk löschen</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/sync/importer.py" line="+58"/>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From the store “%1”, written %2 by Reciprocity Desktop %3%4.</source>
        <translation>Aus dem Datenbestand „%1“, geschrieben am %2 von Reciprocity Desktop %3%4.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, encrypted</source>
        <translation>, verschlüsselt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New: %1 · updated: %2 · deleted: %3 · unchanged: %4 · conflicts: %5</source>
        <translation>Neu: %1 · geändert: %2 · gelöscht: %3 · unverändert: %4 · Konflikte: %5</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing to import</source>
        <translation>Nichts zu importieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held back</source>
        <translation>Zurückgehalten</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%Ln record(s) were changed here and in the other store since you last exchanged files. The later change wins; the other version is kept in the conflict log, where you can restore it.</source>
        <translation>
            <numerusform>%Ln Datensatz wurde seit Ihrem letzten Dateiaustausch hier und im anderen Datenbestand geändert. Die spätere Änderung gilt; die andere Fassung bleibt im Konfliktprotokoll, wo Sie sie wiederherstellen können.</numerusform>
            <numerusform>%Ln Datensätze wurden seit Ihrem letzten Dateiaustausch hier und im anderen Datenbestand geändert. Die spätere Änderung gilt; die andere Fassung bleibt im Konfliktprotokoll, wo Sie sie wiederherstellen können.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln record(s) carry a time in the future (a laptop with a wrong clock?) and are held back:</source>
        <translation>
            <numerusform>%Ln Datensatz trägt eine Zeit in der Zukunft (ein Laptop mit falsch gehender Uhr?) und wird zurückgehalten:</numerusform>
            <numerusform>%Ln Datensätze tragen eine Zeit in der Zukunft (ein Laptop mit falsch gehender Uhr?) und werden zurückgehalten:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InsightsView</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/insights/act.py" line="+37"/>
        <source>No follow-up yet ({n})</source>
        <extracomment>Per list, the sort key of each column (see insights_lists_sql.LIST_SORTS; None: the column does not sort). The most width the lists ask for, to show their tabs&apos; titles whole (px). The filter applies this long after the last keystroke.</extracomment>
        <translation>Noch keine Wiedervorlage ({n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reaction overdue ({n})</source>
        <translation>Reaktion überfällig ({n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next steps ({n})</source>
        <translation>Nächste Schritte ({n})</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Filter the lists…</source>
        <translation>Listen filtern…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To act on</source>
        <translation>Zu erledigen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Double-click a row to open the prospect.</source>
        <translation>Doppelklick auf eine Zeile öffnet den Interessenten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gifted prospects nobody has followed up since their latest gift</source>
        <translation>Beschenkte Interessenten, bei denen seit dem letzten Geschenk niemand nachgefasst hat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gifts whose reaction is still unknown after asking was due</source>
        <translation>Geschenke, deren Reaktion noch unbekannt ist, obwohl die Nachfrage fällig war</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prospects who gave something back, with a suggested next step</source>
        <translation>Interessenten, die etwas zurückgegeben haben, mit einem Vorschlag für den nächsten Schritt</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/ui/insights/charts.py" line="+301"/>
        <source>Gifts reciprocated, by kind</source>
        <extracomment>The least size of a chart (px); a bar chart is taller when it has more bars (:meth:`ChartView.need_rows`). A chart&apos;s width when three stand side by side (their titles fit); narrower, they stand two by two. The least width of a chart two by two: a longer title takes two lines, longer labels a smaller font. What a horizontal bar chart needs besides its bars&apos; labels: title, value axis, its title, margins (px). Room between two category labels of a horizontal bar chart (px). The most of a bar chart&apos;s width its category labels may take (Qt cuts a wider label to &quot;...&quot;). What Qt takes from that share beside a label set smaller to fit (its padding and the ticks; px, found by trying). The smallest point size a label or axis title is set in to fit its room (smaller, it is cut with a tooltip). The room a chart&apos;s title leaves at its sides (the chart&apos;s margins and layout; px). The room a vertical axis title needs beside its text along the axis (px). The months chart&apos;s width besides its bars (the outcomes axis, margins), and the room a month&apos;s label needs beside its text on one line, beside the longer of month and year on two, and so when the year stands under the first month and each January only (px, found by trying: with less, Qt writes &quot;...&quot;). The colour of the second bar, when it differs (QtCharts colours single bars through &quot;selection&quot;).</extracomment>
        <translation>Erwiderte Geschenke nach Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median days to outcome</source>
        <translation>Median Tage bis Ergebnis</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>no gifts in this period</source>
        <translation>keine Geschenke in diesem Zeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reciprocated (%)</source>
        <translation>Erwidert (%)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../reciprocity_desktop/ui/insights/lists.py" line="+88"/>
        <source>Median days</source>
        <translation>Median Tage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Gifted ({n})</source>
        <translation>Beschenkt ({n})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not gifted ({n})</source>
        <translation>Nicht beschenkt ({n})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Gave something back</source>
        <translation>Etwas zurückgegeben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gave something back (%)</source>
        <translation>Etwas zurückgegeben (%)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prospects (%)</source>
        <translation>Interessenten (%)</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Outcomes per month</source>
        <translation>Ergebnisse pro Monat</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../reciprocity_desktop/ui/insights/lists.py" line="+114"/>
        <source>Outcomes</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/ui/insights/figures.py" line="+60"/>
        <source>Gifts given</source>
        <translation>Übergebene Geschenke</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>to %n prospect(s) · {rate} reciprocated</source>
        <translation>
            <numerusform>an %n Interessenten · {rate} erwidert</numerusform>
            <numerusform>an %n Interessenten · {rate} erwidert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gifted prospects who gave something back</source>
        <translation>Beschenkte, die etwas zurückgaben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} of {total} · median {days} days after the gift</source>
        <translation>{n} von {total} · Median {days} Tage nach dem Geschenk</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Prospects without a gift who gave something</source>
        <translation>Nicht Beschenkte, die etwas gaben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} of {total} had an outcome</source>
        <translation>{n} von {total} mit einem Ergebnis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Orders after gifts</source>
        <translation>Aufträge nach Geschenken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>for gifts that cost {cost}</source>
        <translation>für Geschenke im Wert von {cost}</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/ui/insights/help.py" line="+17"/>
        <source>&lt;h3&gt;What the figures mean&lt;/h3&gt;&lt;p&gt;A gift is &lt;b&gt;reciprocated&lt;/b&gt; when its prospect has an outcome of any kind (conversation, referral, meeting, order, other) dated on or after the gift&apos;s date and at most the &lt;b&gt;window&lt;/b&gt; (default 90 days) after it. An outcome &lt;i&gt;reciprocates&lt;/i&gt; the gifts it follows in that way.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Rate&lt;/b&gt; = reciprocated gifts ÷ gifts (shown as – when there are no gifts).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Median days&lt;/b&gt;: over the reciprocated gifts, the days from the gift to the first outcome on or after it.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Cost&lt;/b&gt;: what the gifts cost. &lt;b&gt;Order value&lt;/b&gt;: the value of the orders that reciprocate at least one gift of the group, each order counted once per group.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Gifted&lt;/b&gt;: prospects with at least one gift in the period, and how many of them have a reciprocated gift. &lt;b&gt;Not gifted&lt;/b&gt;: prospects who never got a gift, and how many of them have any outcome in the period.&lt;/li&gt;&lt;li&gt;&lt;b&gt;From/To&lt;/b&gt; choose the gifts by gift date; their outcomes may come after &lt;i&gt;To&lt;/i&gt;, within the window. Outcomes counted on their own (not gifted, per outcome kind, balance) are those from &lt;i&gt;From&lt;/i&gt; to &lt;i&gt;To&lt;/i&gt; plus the window.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Balance&lt;/b&gt; per prospect: order value minus gift cost.&lt;/li&gt;&lt;li&gt;Deleted records never count.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;The lists to act on&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;No follow-up yet&lt;/b&gt;: gifted prospects for whom, since their latest gift, no follow-up was done, no reaction recorded and no outcome recorded.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Reaction overdue&lt;/b&gt;: gifts without a recorded reaction after their feedback follow-up was due (or, without one, the feedback delay after the gift).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Next steps&lt;/b&gt;: prospects with a reciprocated gift. The step follows their latest outcome: an order → thank them, ask how it works and whom else it could help; a referral → thank them and report back; a meeting → send what you promised, then ask for the order; a conversation → ask for a meeting with the decision maker (or find out who decides); anything else → thank them and send useful information.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Remember: give first and do not ask for an immediate return.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Was die Zahlen bedeuten&lt;/h3&gt;&lt;p&gt;Ein Geschenk gilt als &lt;b&gt;erwidert&lt;/b&gt;, wenn sein Interessent ein Ergebnis beliebiger Art hat (Gespräch, Empfehlung, Termin, Auftrag, Sonstiges), das am Tag des Geschenks oder danach liegt, höchstens das &lt;b&gt;Zeitfenster&lt;/b&gt; (standardmäßig 90 Tage) später. Ein solches Ergebnis &lt;i&gt;erwidert&lt;/i&gt; die Geschenke, denen es so folgt.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Quote&lt;/b&gt; = erwiderte Geschenke ÷ Geschenke (als – angezeigt, wenn es keine Geschenke gibt).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Median Tage&lt;/b&gt;: über die erwiderten Geschenke die Tage vom Geschenk bis zum ersten Ergebnis an diesem Tag oder danach.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Kosten&lt;/b&gt;: was die Geschenke gekostet haben. &lt;b&gt;Auftragswert&lt;/b&gt;: der Wert der Aufträge, die mindestens ein Geschenk der Gruppe erwidern; jeder Auftrag zählt pro Gruppe einmal.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Beschenkt&lt;/b&gt;: Interessenten mit mindestens einem Geschenk im Zeitraum, und wie viele davon ein erwidertes Geschenk haben. &lt;b&gt;Nicht beschenkt&lt;/b&gt;: Interessenten, die nie ein Geschenk erhalten haben, und wie viele davon im Zeitraum irgendein Ergebnis haben.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Vom/Bis&lt;/b&gt; wählen die Geschenke nach ihrem Datum; ihre Ergebnisse dürfen innerhalb des Zeitfensters nach &lt;i&gt;Bis&lt;/i&gt; liegen. Für sich gezählte Ergebnisse (nicht beschenkt, nach Art des Ergebnisses, Bilanz) sind die von &lt;i&gt;Vom&lt;/i&gt; bis &lt;i&gt;Bis&lt;/i&gt; plus Zeitfenster.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Bilanz&lt;/b&gt; pro Interessent: Auftragswert minus Kosten der Geschenke.&lt;/li&gt;&lt;li&gt;Gelöschte Datensätze zählen nie.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Die Listen „Zu erledigen“&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Noch keine Wiedervorlage&lt;/b&gt;: beschenkte Interessenten, bei denen seit ihrem letzten Geschenk keine Wiedervorlage erledigt, keine Reaktion und kein Ergebnis erfasst wurde.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Reaktion überfällig&lt;/b&gt;: Geschenke ohne erfasste Reaktion, nachdem ihre Wiedervorlage zur Rückmeldung fällig war (oder, ohne eine solche, die Frist für die Nachfrage nach dem Geschenk verstrichen ist).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Nächste Schritte&lt;/b&gt;: Interessenten mit einem erwiderten Geschenk. Der Schritt richtet sich nach ihrem letzten Ergebnis: ein Auftrag → bedanken Sie sich, fragen Sie, wie es läuft und wem es noch helfen könnte; eine Empfehlung → bedanken Sie sich und berichten Sie, wie es lief; ein Termin → senden Sie, was Sie zugesagt haben, und fragen Sie dann nach dem Auftrag; ein Gespräch → bitten Sie um einen Termin mit dem Entscheider (oder finden Sie heraus, wer entscheidet); alles andere → bedanken Sie sich und senden Sie nützliche Informationen.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Denken Sie daran: Zuerst geben und keine sofortige Gegenleistung erwarten.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/ui/insights/lists.py" line="-126"/>
        <location line="+124"/>
        <source>Gifts</source>
        <translation>Geschenke</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>Prospects</source>
        <translation>Interessenten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reciprocated</source>
        <translation>Erwidert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate</source>
        <translation>Quote</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+113"/>
        <source>Order value</source>
        <translation>Auftragswert</translation>
    </message>
    <message>
        <location line="-105"/>
        <location line="+23"/>
        <location line="+35"/>
        <location line="+42"/>
        <source>Prospect</source>
        <extracomment>The balance table&apos;s sort key of each column (see services.insights.report.BALANCE_SORTS).</extracomment>
        <translation>Interessent</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>Latest gift</source>
        <translation>Letztes Geschenk</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Given</source>
        <translation>Übergeben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Days since</source>
        <translation>Tage seitdem</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Gift</source>
        <translation>Geschenk</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} d</source>
        <translation>{n}&#xa0;Tg.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n Tag überfällig</numerusform>
            <numerusform>%n Tage überfällig</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Asked</source>
        <translation>Nachgefragt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asked, but the reaction was not recorded</source>
        <translation>Nachgefragt, aber die Reaktion wurde nicht erfasst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not asked yet</source>
        <translation>Noch nicht nachgefragt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name}, {city} · {outcomes} outcomes, orders {orders}</source>
        <translation>{name}, {city} · Ergebnisse: {outcomes}, Aufträge: {orders}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Latest outcome</source>
        <translation>Letztes Ergebnis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Suggested next step</source>
        <translation>Vorgeschlagener nächster Schritt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Gift kind</source>
        <translation>Geschenkart</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Gifts that were…</source>
        <translation>Geschenke, die … waren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Outcome kind</source>
        <translation>Ergebnisart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After a gift</source>
        <translation>Nach Geschenk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median days from gift</source>
        <translation>Median Tage ab Geschenk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value after a gift</source>
        <translation>Wert nach Geschenk</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Gift cost</source>
        <translation>Geschenkkosten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Net</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/ui/insights/texts.py" line="+28"/>
        <source>Sample</source>
        <translation>Muster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trial</source>
        <translation>Test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present</source>
        <translation>Präsent</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Conversation</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Personal</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unexpected</source>
        <translation>Unerwartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meaningful</source>
        <translation>Bedeutsam</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not personal</source>
        <extracomment>The gifts without a quality: a whole label each (not &quot;not&quot; glued to the quality&apos;s word).</extracomment>
        <translation>Nicht persönlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not unexpected</source>
        <translation>Nicht unerwartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not meaningful</source>
        <translation>Nicht bedeutsam</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Thank them for the order; ask how it works and whom else it could help.</source>
        <extracomment>The next steps of services.insights.NEXT_STEPS, in the page&apos;s words.</extracomment>
        <translation>Bedanken Sie sich für den Auftrag; fragen Sie, wie es läuft und wem es noch helfen könnte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thank them for the referral; report back how it went.</source>
        <translation>Bedanken Sie sich für die Empfehlung; berichten Sie, wie es gelaufen ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send what you promised at the meeting, then ask for the order.</source>
        <translation>Senden Sie, was Sie beim Termin zugesagt haben, und fragen Sie dann nach dem Auftrag.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask for a meeting with {name}, the decision maker.</source>
        <translation>Bitten Sie {name} (Entscheider) um einen Termin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find out who decides and ask for a meeting.</source>
        <translation>Finden Sie heraus, wer entscheidet, und bitten Sie um einen Termin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thank them; send useful information.</source>
        <translation>Bedanken Sie sich; senden Sie nützliche Informationen.</translation>
    </message>
    <message numerus="yes">
        <location line="+57"/>
        <source>Gifts from {start} to {end}; outcomes within %n day(s) count</source>
        <translation>
            <numerusform>Geschenke vom {start} bis {end}; Ergebnisse innerhalb von %n Tag zählen</numerusform>
            <numerusform>Geschenke vom {start} bis {end}; Ergebnisse innerhalb von %n Tagen zählen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Gifts since {start}; outcomes within %n day(s) count</source>
        <translation>
            <numerusform>Geschenke seit {start}; Ergebnisse innerhalb von %n Tag zählen</numerusform>
            <numerusform>Geschenke seit {start}; Ergebnisse innerhalb von %n Tagen zählen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Gifts until {end}; outcomes within %n day(s) count</source>
        <translation>
            <numerusform>Geschenke bis {end}; Ergebnisse innerhalb von %n Tag zählen</numerusform>
            <numerusform>Geschenke bis {end}; Ergebnisse innerhalb von %n Tagen zählen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>All gifts; outcomes within %n day(s) count</source>
        <translation>
            <numerusform>Alle Geschenke; Ergebnisse innerhalb von %n Tag zählen</numerusform>
            <numerusform>Alle Geschenke; Ergebnisse innerhalb von %n Tagen zählen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/ui/insights/view.py" line="+120"/>
        <source>Overview</source>
        <extracomment>Emitted each time the page shows freshly computed figures. Emitted when computing failed (the message is also shown on the page).</extracomment>
        <translation>Überblick</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figures</source>
        <translation>Zahlen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source> days</source>
        <translation>&#xa0;Tage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An outcome up to this many days after a gift counts as reciprocating it.</source>
        <translation>Ein Ergebnis bis zu so vielen Tagen nach einem Geschenk gilt als Erwiderung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reciprocity &amp;window:</source>
        <translation>&amp;Zeitfenster:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;to</source>
        <translation>b&amp;is</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/ui/insights/help.py" line="+45"/>
        <location filename="../../reciprocity_desktop/ui/insights/view.py" line="+10"/>
        <source>What the figures mean</source>
        <translation>Was die Zahlen bedeuten</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/ui/insights/view.py" line="-12"/>
        <source>Gifts fro&amp;m</source>
        <translation>Geschenke &amp;vom</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Help on the figures</source>
        <translation>Hilfe zu den Zahlen</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>By gift kind</source>
        <translation>Nach Geschenkart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With and without each quality</source>
        <translation>Mit und ohne jede Eigenschaft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By outcome kind</source>
        <translation>Nach Ergebnisart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance per prospect (order value − gift cost)</source>
        <translation>Bilanz pro Interessent (Auftragswert − Geschenkkosten)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The start date is after the end date.</source>
        <translation>Das Anfangsdatum liegt nach dem Enddatum.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Computing…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The figures could not be computed: {error}</source>
        <translation>Die Zahlen konnten nicht berechnet werden: {error}</translation>
    </message>
</context>
<context>
    <name>KitPane</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/planner/kit_pane.py" line="+52"/>
        <source>Gift kit for the day</source>
        <translation>Geschenke für den Tag</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Red: not enough in stock. Yellow: stock runs low after this day.</source>
        <translation>Rot: nicht genug auf Lager. Gelb: Bestand wird nach diesem Tag knapp.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Stock item</source>
        <translation>Lagerartikel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Need</source>
        <translation>Bedarf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Have</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 missing for this day.</source>
        <translation>Für diesen Tag fehlen: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 left after this day.</source>
        <translation>Nach diesem Tag übrig: %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: need %2, have %3</source>
        <translation>%1: benötigt %2, vorhanden %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not enough in stock — %1</source>
        <translation>Nicht genug auf Lager – %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gifts from stock to load: %1 — all in stock.</source>
        <translation>Geschenke aus dem Lager zum Einladen: %1 – alle auf Lager.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No gifts from stock planned for this day yet.</source>
        <translation>Für diesen Tag sind noch keine Geschenke aus dem Lager geplant.</translation>
    </message>
</context>
<context>
    <name>LogGiftDialog</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/gifts/log_gift_dialog.py" line="-51"/>
        <location line="+120"/>
        <source>Log a gift</source>
        <translation>Geschenk erfassen</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>&amp;Prospect:</source>
        <translation>&amp;Interessent:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pick from the gift stock or describe the gift</source>
        <translation>Aus dem Geschenkelager wählen oder das Geschenk beschreiben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2 in stock)</source>
        <translation>%1 (%2 auf Lager)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;What:</source>
        <translation>&amp;Was:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Given to:</source>
        <translation>&amp;Empfänger:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cost:</source>
        <translation>&amp;Kosten:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quantity:</source>
        <translation>&amp;Menge:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pe&amp;rsonal</source>
        <translation>Pe&amp;rsönlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unexpected</source>
        <translation>&amp;Unerwartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Meaningful</source>
        <translation>Bedeu&amp;tsam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qualities:</source>
        <translation>Eigenschaften:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The organisation</source>
        <translation>Die Organisation</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only %1 left in stock.</source>
        <translation>Nur noch %1 auf Lager.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/main_window.py" line="+57"/>
        <source>Reciprocity Desktop — %1 (read-only)</source>
        <extracomment>The other pages&apos; modules are imported (from the thread pool, after the first paint).</extracomment>
        <translation>Reciprocity Desktop – %1 (schreibgeschützt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reciprocity Desktop — %1</source>
        <translation>Reciprocity Desktop – %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Store: %1</source>
        <translation>Datenbestand: %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Reciprocity Desktop — %1 (damaged)</source>
        <translation>Reciprocity Desktop – %1 (beschädigt)</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Reciprocity Desktop</source>
        <translation>&amp;Über Reciprocity Desktop</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Print day…</source>
        <translation>Tag &amp;drucken…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export for &amp;sync…</source>
        <translation>Für den &amp;Abgleich exportieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import s&amp;ync file…</source>
        <translation>Ab&amp;gleichsdatei importieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Conflict log…</source>
        <translation>&amp;Konfliktprotokoll…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Backup…</source>
        <translation>Daten&amp;sicherung…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back&amp;ups…</source>
        <translation>Daten&amp;sicherungen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;New prospect…</source>
        <translation>&amp;Neuer Interessent…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Log gift…</source>
        <translation>&amp;Geschenk erfassen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find prospect</source>
        <translation>Interessent &amp;suchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete prospect</source>
        <translation>Interessent &amp;löschen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Gift logged</source>
        <translation>Geschenk erfasst</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Export prospects as CSV</source>
        <translation>Interessenten als CSV exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Exported %Ln prospect(s) to %1.</source>
        <translation>
            <numerusform>%Ln Interessent nach %1 exportiert.</numerusform>
            <numerusform>%Ln Interessenten nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/ui/backup.py" line="+55"/>
        <location filename="../../reciprocity_desktop/ui/main_window.py" line="-3"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Back up the store</source>
        <translation>Datenbestand sichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Store files (*.sqlite3)</source>
        <translation>Datenbestände (*.sqlite3)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+5"/>
        <source>Backup failed</source>
        <translation>Datensicherung fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backup written to %1.</source>
        <translation>Datensicherung nach %1 geschrieben.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/ui/main_window.py" line="+53"/>
        <source>About Reciprocity Desktop</source>
        <translation>Über Reciprocity Desktop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2

Give first, record it, follow up: an offline tool for field sellers.

Store: %3</source>
        <translation>%1 %2

Zuerst geben, festhalten, nachfassen: ein Offline-Werkzeug für den Außendienst.

Datenbestand: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Postal-code coordinates: GeoNames (https://www.geonames.org/), licensed under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/).</source>
        <translation>Koordinaten der Postleitzahlen: GeoNames (https://www.geonames.org/), lizenziert unter CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/).</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/ui/page_registry.py" line="+38"/>
        <source>Today</source>
        <extracomment>The pages, in the order of their tabs (and of View → Ctrl+1 … Ctrl+8). Each is built as Class(ctx, parent).</extracomment>
        <translation>Heute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prospects</source>
        <translation>Interessenten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gifts</source>
        <translation>Geschenke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-ups</source>
        <translation>Wiedervorlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visits</source>
        <translation>Besuche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debrief</source>
        <translation>Nachbereitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insights</source>
        <translation>Auswertung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gift register</source>
        <translation>Geschenkeverzeichnis</translation>
    </message>
</context>
<context>
    <name>MinutesDelegate</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/planner/delegates.py" line="+23"/>
        <source> min</source>
        <translation>&#xa0;Min.</translation>
    </message>
</context>
<context>
    <name>MovementsDialog</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/gifts/movements_dialog.py" line="+57"/>
        <source>Stock movements</source>
        <extracomment>Below zero: the on-hand figure in the red of an over-draw. The warning&apos;s look: the out-of-stock red behind dark red words. The sort key of each column (only the date sorts: newest or oldest first).</extracomment>
        <translation>Lagerbewegungen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No stock movements yet.</source>
        <translation>Noch keine Lagerbewegungen.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On hand</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{contact} ({prospect})</source>
        <translation>{contact} ({prospect})</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n movement(s) of “{item}”; on hand now: {quantity}</source>
        <translation>
            <numerusform>%n Bewegung von „{item}“; Bestand jetzt: {quantity}</numerusform>
            <numerusform>%n Bewegungen von „{item}“; Bestand jetzt: {quantity}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewFollowUpDialog</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/followups/dialogs.py" line="+134"/>
        <source>New follow-up</source>
        <translation>Neue Wiedervorlage</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Prospect:</source>
        <translation>&amp;Interessent:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Due:</source>
        <translation>&amp;Fällig am:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to do, what to ask</source>
        <translation>Was zu tun, was zu fragen ist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Schedule</source>
        <translation>&amp;Einplanen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No prospect matches “{text}”.</source>
        <translation>Kein Interessent passt zu „{text}“.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick a prospect.</source>
        <translation>Wählen Sie einen Interessenten.</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location line="+31"/>
        <source>Follow-up note</source>
        <translation>Notiz zur Wiedervorlage</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/labels.py" line="+48"/>
        <source>A colleague visits this prospect on %1</source>
        <translation>Ein Kollege besucht diesen Interessenten am %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A colleague (no name set) visits this prospect on %1</source>
        <translation>Ein Kollege (ohne Namen) besucht diesen Interessenten am %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 visits this prospect on %2</source>
        <translation>%1 besucht diesen Interessenten am %2</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/prospects/dialogs.py" line="+174"/>
        <location line="+25"/>
        <source>Record an outcome</source>
        <translation>Ergebnis erfassen</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>&amp;What came back:</source>
        <translation>&amp;Was zurückkam:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order &amp;value:</source>
        <translation>&amp;Auftragswert:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
</context>
<context>
    <name>PickPane</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/planner/pick_pane.py" line="+73"/>
        <source>Add prospects</source>
        <extracomment>How many search results the list shows at most. The selected prospects whose colleagues&apos; visits are said (the first ones of a long selection).</extracomment>
        <translation>Interessenten hinzufügen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Name, city, postal code or contact</source>
        <translation>Name, Ort, PLZ oder Ansprechpartner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sear&amp;ch:</source>
        <translation>Su&amp;chen:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prospect</source>
        <translation>Interessent</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add to t&amp;he day</source>
        <translation>Zum Ta&amp;g hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the selected prospects (Enter or double-click)</source>
        <translation>Die ausgewählten Interessenten hinzufügen (Eingabetaste oder Doppelklick)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>e.g. 803</source>
        <translation>z.&#xa0;B. 803</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal code &amp;starts with:</source>
        <translation>Postleitzahl beginnt m&amp;it:</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+65"/>
        <source>Add a&amp;ll</source>
        <translation>A&amp;lle hinzufügen</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Everyone in a postal-code area</source>
        <translation>Alle in einem Postleitzahlgebiet</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No prospect matches that is not on this day already.</source>
        <translation>Kein Interessent passt, der nicht schon an diesem Tag eingeplant ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first 200 matches; type more to narrow down.</source>
        <translation>Die ersten 200 Treffer; tippen Sie weiter, um einzugrenzen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Matches not on this day yet: %1</source>
        <translation>Noch nicht an diesem Tag: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Type the start of a postal code.</source>
        <translation>Geben Sie den PLZ-Anfang ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postal code %1…, not on this day yet: %2</source>
        <translation>Postleitzahl %1…, noch nicht an diesem Tag: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a&amp;ll %1</source>
        <translation>A&amp;lle %1 hinzufügen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>PlannerView</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/planner/view.py" line="+105"/>
        <source>Da&amp;y:</source>
        <extracomment>The share of the page&apos;s width the pick pane and the kit pane start with (the route takes the rest), and their widest; until the user drags a splitter handle, a resize keeps these shares. The route&apos;s columns of a fixed width; the name and the gift share the rest (see _fit_gift_column). The gift column&apos;s narrowest: &quot;Printed e-book: 10 ideas / for your shop window&quot; on two lines. settings: the home base, the day&apos;s start, the visit length and the speed give the route its times</extracomment>
        <translation>&amp;Tag:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>◀ Previ&amp;ous</source>
        <translation>◀ &amp;Zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous day (Alt+Left)</source>
        <translation>Vorheriger Tag (Alt+←)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne&amp;xt ▶</source>
        <translation>&amp;Weiter ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next day (Alt+Right)</source>
        <translation>Nächster Tag (Alt+→)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To&amp;morrow</source>
        <translation>&amp;Morgen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Order &amp;automatically</source>
        <translation>Automatisch &amp;sortieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order the stops by distance from home and back (the home base in the settings) and compute their times from the day&apos;s start, the visit length and the travel speed; fixed appointments keep their times</source>
        <translation>Ordnet die Besuche nach der Entfernung für eine Fahrt von zu Hause und zurück (Heimatort in den Einstellungen) und berechnet ihre Uhrzeiten aus Tagesbeginn, Besuchsdauer und Reisegeschwindigkeit; feste Termine behalten ihre Uhrzeit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pri&amp;nt day…</source>
        <translation>Tag dr&amp;ucken…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected stop up (Ctrl+Up)</source>
        <translation>Ausgewählten Besuch nach oben verschieben (Strg+↑)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move do&amp;wn</source>
        <translation>Nach u&amp;nten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected stop down (Ctrl+Down)</source>
        <translation>Ausgewählten Besuch nach unten verschieben (Strg+↓)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;emove stop</source>
        <translation>Besuch &amp;entfernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the selected stop from the day (Del); Undo brings it back</source>
        <translation>Ausgewählten Besuch vom Tag entfernen (Entf); „Rückgängig“ holt ihn zurück</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Drag stops or press Ctrl+Up/Ctrl+Down to reorder: the times after follow. Double-click or F2 edits the time (HH:MM, a fixed appointment), the minutes and the gift to bring.</source>
        <translation>Ziehen Sie Besuche oder drücken Sie Strg+↑/Strg+↓, um sie umzuordnen: Die Uhrzeiten danach passen sich an. Doppelklick oder F2 bearbeitet die Uhrzeit (HH:MM, ein fester Termin), die Minuten und das mitzubringende Geschenk.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Stops: %1</source>
        <translation>Besuche: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Add stops to %1</source>
        <translation>Besuche am %1 hinzufügen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Reorder the route</source>
        <translation>Route umordnen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Order the route automatically</source>
        <translation>Route automatisch sortieren</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Remove stop %1</source>
        <translation>Besuch %1 entfernen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set the planned time</source>
        <translation>Geplante Uhrzeit festlegen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set the visit&apos;s length</source>
        <translation>Besuchsdauer festlegen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the gift to bring</source>
        <translation>Mitzubringendes Geschenk wählen</translation>
    </message>
</context>
<context>
    <name>PrintDayDialog</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/planner/print_dialog.py" line="+49"/>
        <source>Print day</source>
        <translation>Tag drucken</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Print to PDF</source>
        <translation>Als PDF d&amp;rucken</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>US-Letter</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Day:</source>
        <translation>&amp;Tag:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>&amp;Save to:</source>
        <translation>Speichern &amp;unter:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pape&amp;r:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n stop(s) on the route.</source>
        <translation>
            <numerusform>%n Besuch auf der Route.</numerusform>
            <numerusform>%n Besuche auf der Route.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No visits planned for this day.</source>
        <translation>Für diesen Tag sind keine Besuche geplant.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save the day&apos;s PDF</source>
        <translation>PDF des Tages speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ProspectDetail</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/prospects/detail.py" line="+121"/>
        <source>Phone:</source>
        <extracomment>The pane shows this many characters of a prospect&apos;s notes. From this width on, the contacts table shows their roles too. The timeline shows this many newest entries, and this many more per &quot;Show more&quot;. The timeline&apos;s rows in sight at least (a shorter window scrolls the pane).</extracomment>
        <translation>Telefon:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Website:</source>
        <translation>Website:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Log gift…</source>
        <translation>&amp;Geschenk erfassen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record &amp;outcome…</source>
        <translation>E&amp;rgebnis erfassen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Role</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add &amp;contact…</source>
        <translation>Ans&amp;prechpartner hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit contact…</source>
        <translation>Ansprechpartner bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+209"/>
        <source>Delete contact</source>
        <translation>Ansprechpartner löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1? Their personal data is erased from this store, from its backup files and, through sync, from the stores of colleagues. You can undo this in the store until you close the program (the backups stay erased).</source>
        <translation>%1 löschen? Die personenbezogenen Daten der Person werden aus diesem Datenbestand, aus seinen Datensicherungen und über den Abgleich aus den Datenbeständen der Kollegen gelöscht. Sie können dies im Datenbestand rückgängig machen, bis Sie das Programm schließen (in den Datensicherungen bleiben sie gelöscht).</translation>
    </message>
    <message>
        <location line="-206"/>
        <source>Export person&apos;s data…</source>
        <translation>Personendaten exportieren…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visits, gifts, follow-ups and outcomes, newest first</source>
        <translation>Besuche, Geschenke, Wiedervorlagen und Ergebnisse, die neuesten zuerst</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Select a prospect in the list (click it, or the arrow keys) to see its address, contacts and timeline of visits, gifts, follow-ups and outcomes.</source>
        <translation>Wählen Sie einen Interessenten in der Liste (per Klick oder mit den Pfeiltasten), um Adresse, Ansprechpartner und den Verlauf von Besuchen, Geschenken, Wiedervorlagen und Ergebnissen zu sehen.</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Contacts</source>
        <translation>Ansprechpartner</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>E&amp;dit…</source>
        <translation>B&amp;earbeiten…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Erases the person&apos;s data here, in the backups and, through sync, everywhere</source>
        <translation>Löscht die Daten der Person hier, in den Datensicherungen und über den Abgleich überall</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>Tags: %1</source>
        <translation>Schlagwörter: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Show more (%1 older)</source>
        <translation>Mehr anzeigen (%1 ältere)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Gift logged</source>
        <translation>Geschenk erfasst</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Delete contact %1</source>
        <translation>Ansprechpartner %1 löschen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export person&apos;s data</source>
        <translation>Personendaten exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/ui/prospects/parts.py" line="+105"/>
        <source>on %1&apos;s route</source>
        <translation>auf der Route von %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on a colleague&apos;s route</source>
        <translation>auf der Route eines Kollegen</translation>
    </message>
</context>
<context>
    <name>ProspectDialog</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/prospects/dialogs.py" line="-200"/>
        <source>New prospect</source>
        <translation>Neuer Interessent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit prospect</source>
        <translation>Interessent bearbeiten</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company, practice or shop</source>
        <translation>Firma, Praxis oder Geschäft</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Street:</source>
        <translation>&amp;Straße:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Postal code, city:</source>
        <translation>&amp;Postleitzahl, Ort:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Country:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Filled from the postal code when empty</source>
        <translation>Wird aus der Postleitzahl ermittelt, wenn leer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Coor&amp;dinates (lat, lon):</source>
        <translation>&amp;Koordinaten (Breite, Länge):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Latitude</source>
        <translation>Breitengrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longitude</source>
        <translation>Längengrad</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>P&amp;hone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Website:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Industry:</source>
        <translation>&amp;Branche:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;tage:</source>
        <translation>P&amp;hase:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>T&amp;ags:</source>
        <translation>S&amp;chlagwörter:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comma-separated, e.g. key account, Bavaria</source>
        <translation>Durch Kommas getrennt, z.&#xa0;B. Schlüsselkunde, Bayern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Add prospect %1</source>
        <translation>Interessent %1 anlegen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit prospect %1</source>
        <translation>Interessent %1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>ProspectPicker</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/widgets/prospect_picker.py" line="+25"/>
        <source>Type a name, city or postal code</source>
        <translation>Name, Ort oder PLZ eingeben</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>No prospect matches “{text}”.</source>
        <translation>Kein Interessent passt zu „{text}“.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick a prospect.</source>
        <translation>Wählen Sie einen Interessenten.</translation>
    </message>
</context>
<context>
    <name>ProspectTableModel</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/prospects/model.py" line="+46"/>
        <source>Name</source>
        <extracomment>A prospect located this near its page&apos;s edge is read with the neighbouring page too (about half the rows a list scrolled to centre it shows).</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal code</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Ansprechpartner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
</context>
<context>
    <name>ProspectsView</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/prospects/view.py" line="+79"/>
        <source>Name, city, postal code, contact (Ctrl+F)</source>
        <extracomment>What each of the list&apos;s columns is wide enough for, by column number (the last one, the tags, takes the rest; a cut cell shows its whole text in its tooltip). The detail pane&apos;s share of the page&apos;s width (the list takes the rest), and its narrowest.</extracomment>
        <translation>Name, Ort, PLZ, Ansprechpartner (Strg+F)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All stages</source>
        <translation>Alle Phasen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Gifted, no follow-up yet</source>
        <translation>Beschen&amp;kt, ohne Wiedervorlage</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&amp;New prospect…</source>
        <translation>&amp;Neuer Interessent…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>All cities</source>
        <translation>Alle Orte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All tags</source>
        <translation>Alle Schlagwörter</translation>
    </message>
    <message numerus="yes">
        <location line="-32"/>
        <location line="+66"/>
        <source>%n prospect(s)</source>
        <translation>
            <numerusform>%n Interessent</numerusform>
            <numerusform>%n Interessenten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No prospect matches the search and filters.</source>
        <translation>Kein Interessent passt zur Suche und zu den Filtern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No prospects yet: add one with New prospect… (Ctrl+N).</source>
        <translation>Noch keine Interessenten: Legen Sie einen mit „Neuer Interessent…“ an (Strg+N).</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/qt_words.py" line="+17"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save All</source>
        <translation>Alles speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes to &amp;All</source>
        <translation>Ja, &amp;alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Nein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;o to All</source>
        <translation>N&amp;ein, keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>Ignorieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation>Voreinstellungen</translation>
    </message>
</context>
<context>
    <name>ReactionDialog</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/gifts/dialogs.py" line="-96"/>
        <source>Gift reaction</source>
        <extracomment>The examples of a gift&apos;s cost and a stock item&apos;s unit cost, in cents. The longest note of a restock (the services&apos; limit of a movement&apos;s note).</extracomment>
        <translation>Reaktion auf das Geschenk</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re&amp;action:</source>
        <translation>&amp;Reaktion:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not known yet</source>
        <translation>Noch unbekannt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What they thought of it</source>
        <translation>Was sie davon hielten</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="-32"/>
        <location filename="../../reciprocity_desktop/reports/overview.py" line="+38"/>
        <location filename="../../reciprocity_desktop/reports/pages.py" line="+74"/>
        <source>Route overview</source>
        <translation>Routenübersicht</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/pages.py" line="+3"/>
        <location filename="../../reciprocity_desktop/reports/visit_sheet.py" line="+60"/>
        <source>Stop {number} of {count}</source>
        <extracomment>A cell&apos;s small grey second line (a gift&apos;s recipient, a reaction&apos;s note).</extracomment>
        <translation>Besuch {number} von {count}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>continued</source>
        <translation>Fortsetzung</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/overview.py" line="+6"/>
        <location filename="../../reciprocity_desktop/reports/pages.py" line="+20"/>
        <source>Seller</source>
        <translation>Außendienst</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/pages.py" line="+3"/>
        <source>Page {page} of {pages}</source>
        <translation>Seite {page} von {pages}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>continued on the next page</source>
        <translation>Fortsetzung auf der nächsten Seite</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/overview.py" line="+1"/>
        <source>Stops: {count}</source>
        <translation>Besuche: {count}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled visits (not shown): {count}</source>
        <translation>Abgesagte Besuche (nicht aufgeführt): {count}</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company and address</source>
        <translation>Firma und Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact and phone</source>
        <translation>Ansprechpartner und Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../reciprocity_desktop/reports/visit_sheet.py" line="+60"/>
        <source>Gift to bring</source>
        <translation>Geschenk zum Mitbringen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../reciprocity_desktop/reports/text.py" line="+82"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../reciprocity_desktop/reports/text.py" line="+1"/>
        <location filename="../../reciprocity_desktop/reports/visit_sheet.py" line="+146"/>
        <source>nobody there</source>
        <translation>niemand da</translation>
    </message>
    <message>
        <location line="-68"/>
        <location filename="../../reciprocity_desktop/reports/visit_sheet.py" line="-87"/>
        <source>decision maker</source>
        <translation>Entscheider</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Route: {km} by road (estimated: {factor} × the straight line)</source>
        <translation>Strecke: {km} auf der Straße (geschätzt: {factor} × Luftlinie)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Legs of unknown length: {count}</source>
        <translation>Abschnitte unbekannter Länge: {count}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From home ({home}) at {time}</source>
        <translation>Abfahrt zu Hause ({home}) um {time}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Back home at {time}</source>
        <translation>Zurück zu Hause um {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last visit ends at {time}</source>
        <translation>Letzter Besuch endet um {time}</translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../../reciprocity_desktop/reports/visit_sheet.py" line="-116"/>
        <source>fixed time</source>
        <translation>fester Termin</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Back home</source>
        <translation>Zurück nach Hause</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Gift kit – load into the car</source>
        <translation>Geschenke – ins Auto laden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No gifts to bring today.</source>
        <translation>Heute sind keine Geschenke mitzunehmen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not enough in stock for today</source>
        <translation>Für heute nicht genug auf Lager</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../reciprocity_desktop/reports/visit_sheet.py" line="+130"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+25"/>
        <source>Needed</source>
        <translation>Benötigt</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>In stock</source>
        <translation>Auf Lager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loaded</source>
        <translation>Eingeladen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Missing: {count}</source>
        <translation>Fehlmenge: {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left after today: {count}</source>
        <translation>Danach übrig: {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>low</source>
        <translation>knapp</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Also bring (not from stock)</source>
        <translation>Außerdem mitbringen (nicht aus dem Lager)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>For stops</source>
        <translation>Für Besuche</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stop {number}</source>
        <translation>Besuch {number}</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/visit_sheet.py" line="-117"/>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scan for the debrief</source>
        <translation>Scannen zum Erfassen</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>none chosen for this visit</source>
        <translation>für diesen Besuch keins ausgewählt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suggested opening</source>
        <translation>Vorschlag für den Einstieg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give first: ask for nothing in return today.</source>
        <translation>Zuerst geben: Heute um keine Gegenleistung bitten.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Contacts</source>
        <translation>Ansprechpartner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No contacts yet – ask who decides.</source>
        <translation>Noch keine Ansprechpartner – fragen Sie, wer entscheidet.</translation>
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
        <translation>Geschenk</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/visit_sheet.py" line="+1"/>
        <source>Reaction</source>
        <translation>Reaktion</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>for {name}</source>
        <translation>für {name}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not known yet – ask</source>
        <translation>noch unbekannt – nachfragen</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Earlier gifts</source>
        <translation>Frühere Geschenke</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None yet – this is the first gift.</source>
        <translation>Noch keine – dies ist das erste Geschenk.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>What came back</source>
        <translation>Was zurückkam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Earlier outcomes</source>
        <translation>Frühere Ergebnisse</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To do</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Open follow-ups</source>
        <translation>Offene Wiedervorlagen</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>About the prospect</source>
        <translation>Zum Interessenten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last visit ({date})</source>
        <translation>Letzter Besuch ({date})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For this visit</source>
        <translation>Für diesen Besuch</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Notes so far</source>
        <translation>Bisherige Notizen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>talked</source>
        <translation>Gespräch geführt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gift handed over</source>
        <translation>Geschenk übergeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>meeting agreed</source>
        <translation>Termin vereinbart</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="-7"/>
        <location filename="../../reciprocity_desktop/reports/visit_sheet.py" line="+1"/>
        <source>referral</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../reciprocity_desktop/reports/visit_sheet.py" line="+1"/>
        <source>order</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/visit_sheet.py" line="+4"/>
        <source>Outcome of the visit</source>
        <translation>Ergebnis des Besuchs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes and next step</source>
        <translation>Notizen und nächster Schritt</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="-28"/>
        <source>sample</source>
        <extracomment>Babel locale used for dates and amounts in each language. Typographic quotes around a gift&apos;s name inside a sentence.</extracomment>
        <translation>Muster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>free trial</source>
        <translation>kostenloser Test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>content (e-book, article)</source>
        <translation>Inhalt (E-Book, Artikel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>analysis / advice</source>
        <translation>Analyse / Beratung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>event invitation</source>
        <translation>Einladung zu einer Veranstaltung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>personal present</source>
        <translation>persönliches Geschenk</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+23"/>
        <source>other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>liked it</source>
        <translation>hat gefallen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>neutral</source>
        <translation>neutral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>did not like it</source>
        <translation>hat nicht gefallen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>declined it</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Suspect</source>
        <translation>Zielkunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prospect</source>
        <translation>Interessent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ask for feedback on the gift</source>
        <translation>Rückmeldung zum Geschenk erfragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>call</source>
        <translation>anrufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>send information</source>
        <translation>Informationen senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>visit</source>
        <translation>besuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ask for an order</source>
        <translation>nach einem Auftrag fragen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>conversation</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>meeting with the decision maker</source>
        <translation>Termin mit dem Entscheider</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cancelled</source>
        <translation>abgesagt</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>A colleague visits this prospect on {date}</source>
        <extracomment>A clock time past midnight, as the route writes it: &quot;01:10 (+1)&quot;.</extracomment>
        <translation>Ein Kollege besucht diesen Interessenten am {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A colleague (no name set) visits this prospect on {date}</source>
        <translation>Ein Kollege (ohne Namen) besucht diesen Interessenten am {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{seller} visits this prospect on {date}</source>
        <translation>{seller} besucht diesen Interessenten am {date}</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>+%n day(s)</source>
        <translation>
            <numerusform>+%n Tag</numerusform>
            <numerusform>+%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>and %n more contact(s)</source>
        <translation>
            <numerusform>und %n weiterer Kontakt</numerusform>
            <numerusform>und %n weitere Kontakte</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ask how the gift was received: {gift}</source>
        <translation>Fragen Sie, wie das Geschenk angekommen ist: {gift}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In {country}, while most stops are in {main}: far from the others.</source>
        <translation>In {country}, die meisten Halte sind in {main}: weit von den anderen entfernt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{km} from the day&apos;s centre: far from the others.</source>
        <translation>{km} vom Mittelpunkt der Tagesroute: weit von den anderen entfernt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No coordinates: placed by postal code near {neighbour}.</source>
        <translation>Keine Koordinaten: nach Postleitzahl bei {neighbour} eingeordnet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No coordinates: the travel to this stop is not counted.</source>
        <translation>Keine Koordinaten: Die Fahrt zu diesem Halt ist nicht eingerechnet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The route reaches this appointment at {arrival}, {minutes} min late.</source>
        <translation>Die Route erreicht diesen Termin um {arrival}, {minutes} Min. zu spät.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The route does not reach this stop before midnight.</source>
        <translation>Die Route erreicht diesen Halt nicht vor Mitternacht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gift limit: {total} given in {year} with the gift to bring, over the {limit} a recipient may receive in {country}.</source>
        <translation>Freigrenze für Geschenke: {total} im Jahr {year} mit dem mitgebrachten Geschenk – über den {limit}, die ein Empfänger in {country} erhalten darf.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gift limit: {total} given in {year} with the gift to bring, close to the {limit} a recipient may receive in {country}.</source>
        <translation>Freigrenze für Geschenke: {total} im Jahr {year} mit dem mitgebrachten Geschenk – nahe an den {limit}, die ein Empfänger in {country} erhalten darf.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The home base&apos;s postal code is not known ({home}): the route starts at the first stop.</source>
        <translation>Die Postleitzahl des Heimatorts ist unbekannt ({home}): Die Route beginnt beim ersten Halt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No home base in the settings: the route starts at the first stop.</source>
        <translation>Kein Heimatort in den Einstellungen: Die Route beginnt beim ersten Halt.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>I heard that {gift} was well received – thank you! What did you like most about it?</source>
        <translation>Ich habe gehört, dass {gift} gut angekommen ist – vielen Dank! Was hat Ihnen daran am besten gefallen?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On {date} I left you {gift}. Was it of any use? What would be more useful to you next time?</source>
        <translation>Am {date} habe ich Ihnen {gift} dagelassen. War es Ihnen von Nutzen? Was wäre Ihnen beim nächsten Mal nützlicher?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last time {gift} was not quite right for you – thank you for being honest. What would really help you in your work?</source>
        <translation>Letztes Mal war {gift} nicht ganz das Richtige für Sie – danke für Ihre Offenheit. Was würde Ihnen bei Ihrer Arbeit wirklich helfen?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>On {date} I left you {gift}. How was it received – did you have a chance to try it?</source>
        <translation>Am {date} habe ich Ihnen {gift} dagelassen. Wie ist es angekommen – hatten Sie schon Gelegenheit, es auszuprobieren?</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+13"/>
        <source>Today I brought you {gift} – simply as a gift.</source>
        <translation>Heute habe ich Ihnen {gift} mitgebracht – einfach als Geschenk.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Good to see you again. How have things been at {company} since we spoke on {date}?</source>
        <translation>Schön, Sie wiederzusehen. Wie ist es bei {company} seit unserem Gespräch am {date} gelaufen?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Good day, my name is {seller}.</source>
        <translation>Guten Tag, mein Name ist {seller}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Good day, let me introduce myself.</source>
        <translation>Guten Tag, darf ich mich kurz vorstellen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I brought something for {company}: {gift}. It is a gift – nothing is expected in return.</source>
        <translation>Ich habe etwas für {company} mitgebracht: {gift}. Es ist ein Geschenk – ganz ohne Gegenleistung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I would simply like to get to know {company} and hear what matters to you.</source>
        <translation>Ich möchte {company} einfach kennenlernen und hören, worauf es Ihnen ankommt.</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/followups/dialogs.py" line="-117"/>
        <source>Reschedule follow-up</source>
        <translation>Wiedervorlage verschieben</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>+1 &amp;day</source>
        <translation>+1 &amp;Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+1 &amp;week</source>
        <translation>+1 &amp;Woche</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;New due date:</source>
        <translation>&amp;Neues Fälligkeitsdatum:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reschedule</source>
        <translation>&amp;Verschieben</translation>
    </message>
</context>
<context>
    <name>RestockDialog</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/gifts/dialogs.py" line="+118"/>
        <source>Restock</source>
        <translation>Nachfüllen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add:</source>
        <translation>&amp;Hinzufügen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On hand after:</source>
        <translation>Bestand danach:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Note:</source>
        <translation>No&amp;tiz:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Delivered by the head office</source>
        <translation>z. B. von der Zentrale geliefert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Restock</source>
        <translation>&amp;Nachfüllen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{before} + {added} = {after}</source>
        <translation>{before} + {added} = {after}</translation>
    </message>
</context>
<context>
    <name>RouteInfo</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/planner/route_info.py" line="+32"/>
        <source>Ordered by country and postal code (no stop has coordinates); times computed.</source>
        <translation>Nach Land und Postleitzahl geordnet (kein Besuch hat Koordinaten); Uhrzeiten berechnet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ordered by distance from home and back; times computed.</source>
        <translation>Nach der Entfernung von zu Hause und zurück geordnet; Uhrzeiten berechnet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ordered by distance from the first stop; times computed.</source>
        <translation>Nach der Entfernung vom ersten Besuch geordnet; Uhrzeiten berechnet.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Route: %1 km by road (estimated: %2 × the straight line).</source>
        <translation>Strecke: %1&#xa0;km auf der Straße (geschätzt: %2 × Luftlinie).</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n leg(s) of unknown length.</source>
        <translation>
            <numerusform>%n Abschnitt unbekannter Länge.</numerusform>
            <numerusform>%n Abschnitte unbekannter Länge.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From home at %1, back home at %2.</source>
        <translation>Abfahrt zu Hause um %1, zurück zu Hause um %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The last visit ends at %1.</source>
        <translation>Der letzte Besuch endet um %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n stop(s) flagged ⚠: their tooltips say why.</source>
        <translation>
            <numerusform>%n Besuch mit ⚠ markiert: Sein Tooltip nennt den Grund.</numerusform>
            <numerusform>%n Besuche mit ⚠ markiert: Ihre Tooltips nennen den Grund.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RouteModel</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/planner/route_model.py" line="+98"/>
        <source>#</source>
        <extracomment>The codes of why a stop is flagged (:func:`day_route.stop_flags`), for the tests.</extracomment>
        <translation>#</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prospect</source>
        <translation>Interessent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Min.</source>
        <translation>Min.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gift to bring</source>
        <translation>Geschenk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>How long the visit takes, in minutes (bold: this visit&apos;s own length)</source>
        <translation>Wie lange der Besuch dauert, in Minuten (fett: die eigene Dauer dieses Besuchs)</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>%1 km</source>
        <translation>%1&#xa0;km</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not enough of this item in stock for the day.</source>
        <translation>Von diesem Artikel ist für den Tag nicht genug auf Lager.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A fixed appointment (typed in): the other times are computed around it. Clear it to let the route give this stop its time.</source>
        <translation>Ein fester Termin (eingegeben): Die anderen Uhrzeiten werden um ihn herum berechnet. Löschen Sie die Uhrzeit, damit die Route sie für diesen Besuch berechnet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Computed from the day&apos;s start, the visits before and the drive (Settings). Type a time to fix an appointment.</source>
        <translation>Berechnet aus Tagesbeginn, den vorherigen Besuchen und der Fahrt (Einstellungen). Geben Sie eine Uhrzeit ein, um einen festen Termin zu setzen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 km by road from the stop before (estimated).</source>
        <translation>%1&#xa0;km auf der Straße vom vorherigen Besuch (geschätzt).</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message numerus="yes">
        <location filename="../../reciprocity_desktop/ui/today/section.py" line="+189"/>
        <source>… and %n more</source>
        <extracomment>The rows a column is sized to (a screenful): Qt would otherwise measure every row, each time rows change. The rows a list shows until its page has measured how many fit. The room a cell&apos;s text needs beside it (the cell&apos;s margins), and a header&apos;s (its margins, a sort arrow). A row&apos;s height beyond the font&apos;s line.</extracomment>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/settings/__init__.py" line="+18"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/settings/dialog.py" line="+44"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Seller</source>
        <translation>Außendienst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Printed on the visit sheets</source>
        <translation>Wird auf die Besuchsblätter gedruckt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Default country of new prospects:</source>
        <translation>&amp;Standardland neuer Interessenten:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A prospect added without a country gets this one</source>
        <translation>Ein Interessent, der ohne Land angelegt wird, erhält dieses</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The computer&apos;s language</source>
        <translation>Sprache des Computers</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The window, the printed day and the command line speak it</source>
        <translation>Das Fenster, der gedruckte Tag und die Befehlszeile verwenden sie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lan&amp;guage:</source>
        <translation>Spr&amp;ache:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language applies after a restart.</source>
        <translation>Eine neue Sprache gilt nach einem Neustart.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Home base</source>
        <translation>Heimatort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;treet:</source>
        <translation>S&amp;traße:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Postal code, city:</source>
        <translation>&amp;Postleitzahl, Ort:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>C&amp;ountry:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day &amp;starts at:</source>
        <translation>Tages&amp;beginn:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HH:MM, e.g. 08:30</source>
        <translation>HH:MM, z.&#xa0;B. 08:30</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Minutes per visit:</source>
        <translation>&amp;Minuten pro Besuch:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> min</source>
        <translation>&#xa0;Min.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long a stop takes unless the visit says otherwise</source>
        <translation>Wie lange ein Besuch dauert, sofern beim Besuch nichts anderes angegeben ist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tra&amp;vel speed:</source>
        <translation>&amp;Reisegeschwindigkeit:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> km/h</source>
        <translation>&#xa0;km/h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The average speed between stops, for the planned times</source>
        <translation>Die Durchschnittsgeschwindigkeit zwischen den Besuchen, für die geplanten Uhrzeiten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Follow-ups</source>
        <translation>Wiedervorlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask about a gift a&amp;fter:</source>
        <translation>Nach dem Geschenk nach&amp;fragen nach:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source> days</source>
        <translation>&#xa0;Tage</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>When the follow-up asking how a gift was received is due</source>
        <translation>Wann die Wiedervorlage fällig ist, die nachfragt, wie ein Geschenk angekommen ist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No asking for business &amp;within:</source>
        <translation>Sc&amp;honfrist nach einem Geschenk:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An order follow-up this soon after a gift gets a warning</source>
        <translation>Eine Wiedervorlage „Nach einem Auftrag fragen“ so kurz nach einem Geschenk löst eine Warnung aus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gifts</source>
        <translation>Geschenke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;urrency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. EUR</source>
        <translation>z.&#xa0;B. EUR</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New stoc&amp;k items run low at:</source>
        <translation>Meldebestand neuer Lagerart&amp;ikel:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The low-stock level a new stock item gets unless one is given</source>
        <translation>Der Meldebestand, den ein neuer Lagerartikel erhält, wenn keiner angegeben wird</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Add country</source>
        <translation>Land hin&amp;zufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Yearly gift &amp;limit per recipient:</source>
        <translation>&amp;Jährliche Freigrenze pro Empfänger:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Change settings</source>
        <translation>Einstellungen ändern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settings saved. The new language applies after a restart.</source>
        <translation>Einstellungen gespeichert. Die neue Sprache gilt nach einem Neustart.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings saved.</source>
        <translation>Einstellungen gespeichert.</translation>
    </message>
</context>
<context>
    <name>StockItemDialog</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/gifts/dialogs.py" line="-71"/>
        <source>New stock item</source>
        <translation>Neuer Lagerartikel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit stock item</source>
        <translation>Lagerartikel bearbeiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Coffee sample box</source>
        <translation>z.&#xa0;B. Kaffee-Probierbox</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Unit cost:</source>
        <translation>&amp;Stückkosten:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;On hand:</source>
        <translation>&amp;Bestand:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The item shows as running low at or below this quantity</source>
        <translation>Der Artikel gilt als knapp, wenn sein Bestand diese Menge erreicht oder unterschreitet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Low-stock level:</source>
        <translation>&amp;Meldebestand:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No&amp;tes:</source>
        <translation>No&amp;tizen:</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../../reciprocity_desktop/store/errors.py" line="+48"/>
        <source>The file {path} is not a Reciprocity store or it is damaged, so it was not used; restore its newest sound backup with `reciprocity-desktop restore {backup}`.</source>
        <translation>Die Datei {path} ist kein Reciprocity-Datenbestand oder sie ist beschädigt und wurde daher nicht verwendet; stellen Sie ihre neueste intakte Datensicherung mit `reciprocity-desktop restore {backup}` wieder her.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file {path} is not a Reciprocity store or it is damaged, so it was not used, and there is no sound backup of it in {folder}.</source>
        <translation>Die Datei {path} ist kein Reciprocity-Datenbestand oder sie ist beschädigt und wurde daher nicht verwendet, und in {folder} gibt es keine intakte Datensicherung davon.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The store {path} is read-only (its file or folder may not be written), so nothing was changed.</source>
        <translation>Der Datenbestand {path} ist schreibgeschützt (seine Datei oder sein Ordner darf nicht beschrieben werden), daher wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The store {path} is in use by another program. Close it and try again.</source>
        <extracomment>What SQLite says about a file it cannot read as a database (as against a locked, full or unopenable one). (A flipped byte inside a row&apos;s text passes quick_check, which does not decode text; reading it then fails.)</extracomment>
        <translation>Der Datenbestand {path} wird von einem anderen Programm verwendet. Schließen Sie es und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The store {path} cannot be written (read-only file or folder).</source>
        <translation>In den Datenbestand {path} kann nicht geschrieben werden (Datei oder Ordner schreibgeschützt).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The disk holding {path} is full or failing; free some space and try again.</source>
        <translation>Der Datenträger mit {path} ist voll oder fehlerhaft; geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file {path} is not a Reciprocity store or it is damaged. Restore a backup from {folder}.</source>
        <translation>Die Datei {path} ist kein Reciprocity-Datenbestand oder sie ist beschädigt. Stellen Sie eine Datensicherung aus {folder} wieder her.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The store {path} cannot be opened (does the folder exist and may it be written?).</source>
        <translation>Der Datenbestand {path} kann nicht geöffnet werden (gibt es den Ordner, und darf in ihn geschrieben werden?).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The store {path} could not be used: {reason}</source>
        <translation>Der Datenbestand {path} konnte nicht verwendet werden: {reason}</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/store/hub.py" line="+57"/>
        <source>The office hub {address} cannot be reached (is the server running, and are the host and port right?).</source>
        <extracomment>Seconds to wait for the server before calling it unreachable. The advisory lock two clients take to migrate one hub in turn (any fixed number; &quot;RCPR&quot;).</extracomment>
        <translation>Der Büro-Hub {address} ist nicht erreichbar (läuft der Server, und stimmen Host und Port?).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The office hub {address} refused the login: the user name or the password is wrong.</source>
        <translation>Der Büro-Hub {address} hat die Anmeldung abgelehnt: Benutzername oder Passwort ist falsch.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The user of the office hub {address} lacks the rights it needs (to connect, or to create and change the tables); ask the hub&apos;s administrator.</source>
        <translation>Dem Benutzer des Büro-Hubs {address} fehlen die nötigen Rechte (sich zu verbinden oder die Tabellen anzulegen und zu ändern); wenden Sie sich an den Administrator des Hubs.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The office hub {address} has no such database; ask the hub&apos;s administrator to create it.</source>
        <translation>Der Büro-Hub {address} hat keine solche Datenbank; bitten Sie den Administrator des Hubs, sie anzulegen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The office hub {address} could not be used: {reason}</source>
        <translation>Der Büro-Hub {address} konnte nicht verwendet werden: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{address} is not an office hub&apos;s address: write it postgresql://USER@HOST[:PORT]/DATABASE (a password&apos;s special characters percent-encoded).</source>
        <translation>{address} ist keine Adresse eines Büro-Hubs: Schreiben Sie postgresql://BENUTZER@HOST[:PORT]/DATENBANK (Sonderzeichen eines Passworts prozentkodiert).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The office hub {address} was written by a newer version of Reciprocity Desktop (schema {reason}); install the newer version to use it. Nothing was changed.</source>
        <translation>Der Büro-Hub {address} wurde von einer neueren Version von Reciprocity Desktop geschrieben (Schema {reason}); installieren Sie die neuere Version, um ihn zu verwenden. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The office hub {address} is backed up on its server (pg_dump), not by the app.</source>
        <translation>Der Büro-Hub {address} wird auf seinem Server gesichert (pg_dump), nicht von der App.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The office hub {address} needs the PostgreSQL driver, which is not installed (pip install &quot;reciprocity-desktop[hub]&quot;).</source>
        <translation>Der Büro-Hub {address} braucht den PostgreSQL-Treiber, der nicht installiert ist (pip install &quot;reciprocity-desktop[hub]&quot;).</translation>
    </message>
</context>
<context>
    <name>StoreCheck</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/store_check.py" line="+25"/>
        <source>The store is damaged</source>
        <translation>Der Datenbestand ist beschädigt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The store %1 is damaged and was not used, and there is no sound backup of it.</source>
        <translation>Der Datenbestand %1 ist beschädigt und wurde nicht verwendet, und es gibt keine intakte Datensicherung davon.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The store %1 is damaged and was not used; its newest sound backup is %2.</source>
        <translation>Der Datenbestand %1 ist beschädigt und wurde nicht verwendet; seine neueste intakte Datensicherung ist %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restore the last good backup</source>
        <translation>Letzte intakte Datensicherung wiederherstellen</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Already open</source>
        <translation>Bereits geöffnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The store %1 is already open in another Reciprocity Desktop window; switch to that window.</source>
        <translation>Der Datenbestand %1 ist bereits in einem anderen Fenster von Reciprocity Desktop geöffnet; wechseln Sie bitte zu diesem Fenster.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message numerus="yes">
        <location filename="../../reciprocity_desktop/ui/sync/export.py" line="+26"/>
        <source>%Ln record(s) written to %1.</source>
        <translation>
            <numerusform>%Ln Datensatz in %1 geschrieben.</numerusform>
            <numerusform>%Ln Datensätze in %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>This includes %Ln deletion(s).</source>
        <translation>
            <numerusform>Darunter ist %Ln Löschung.</numerusform>
            <numerusform>Darunter sind %Ln Löschungen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported</source>
        <translation>Exportiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exporting</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Writing the sync file…</source>
        <translation>Die Abgleichsdatei wird geschrieben…</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/ui/sync/importer.py" line="+28"/>
        <source>Import sync file</source>
        <translation>Abgleichsdatei importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync files (*%1);;All files (*)</source>
        <translation>Abgleichsdateien (*%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Checking</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot import</source>
        <translation>Import nicht möglich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is encrypted. Passphrase:</source>
        <translation>%1 ist verschlüsselt. Passphrase:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot import %1</source>
        <translation>%1 kann nicht importiert werden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Importing</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New: %1 · updated: %2 · deleted: %3 · unchanged: %4 · conflicts: %5</source>
        <translation>Neu: %1 · geändert: %2 · gelöscht: %3 · unverändert: %4 · Konflikte: %5</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>visit on %1</source>
        <translation>Besuch am %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A colleague already gave a gift to prospects you plan to visit:</source>
        <translation>Ein Kollege oder eine Kollegin hat Interessenten, die Sie besuchen wollen, bereits ein Geschenk gegeben:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Consider asking how it was received instead of bringing another gift.</source>
        <translation>Fragen Sie besser nach, wie es angekommen ist, statt ein weiteres Geschenk mitzubringen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gifts from colleagues</source>
        <translation>Geschenke von Kollegen</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/ui/sync/shared.py" line="+22"/>
        <source>Prospects</source>
        <translation>Interessenten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>Ansprechpartner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gift stock</source>
        <translation>Geschenkelager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visits</source>
        <translation>Besuche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gifts</source>
        <translation>Geschenke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-ups</source>
        <translation>Wiedervorlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcomes</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock movements</source>
        <translation>Lagerbewegungen</translation>
    </message>
</context>
<context>
    <name>TimeDelegate</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/planner/delegates.py" line="-49"/>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/prospects/detail.py" line="-344"/>
        <source>Visit</source>
        <translation>Besuch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gift</source>
        <translation>Geschenk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/today/view.py" line="+86"/>
        <location line="+140"/>
        <source>Today&apos;s visits</source>
        <extracomment>The rows each row of lists shows at least (the route, the follow-ups, the waiting and the stock). The most rows a list shows at once (more scroll inside it).</extracomment>
        <translation>Heutige Besuche</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <location line="+32"/>
        <source>Prospect</source>
        <translation>Interessent</translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+50"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gift to bring</source>
        <translation>Mitzubringendes Geschenk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No visits planned for today or later. Plan a day under Visits.</source>
        <translation>Für heute oder später sind keine Besuche geplant. Planen Sie einen Tag unter „Besuche“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow-ups overdue</source>
        <translation>Überfällige Wiedervorlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing overdue.</source>
        <translation>Nichts überfällig.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Follow-ups due today</source>
        <translation>Heute fällige Wiedervorlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No follow-ups due today.</source>
        <translation>Heute sind keine Wiedervorlagen fällig.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Low gift stock</source>
        <translation>Knapper Geschenkebestand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In stock</source>
        <translation>Auf Lager</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reorder at</source>
        <translation>Meldebestand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The gift stock is fine.</source>
        <translation>Der Geschenkebestand ist ausreichend.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gifted, no follow-up yet</source>
        <translation>Beschenkt, ohne Wiedervorlage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Latest gift</source>
        <translation>Letztes Geschenk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given</source>
        <translation>Übergeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every gifted prospect has been followed up.</source>
        <translation>Bei jedem beschenkten Interessenten wurde nachgefasst.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Gift: %1</source>
        <translation>Geschenk: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Today, %1</source>
        <translation>Heute, %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next route: %1</source>
        <translation>Nächste Route: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>No visits today; next route on %1 with %n stop(s)</source>
        <translation>
            <numerusform>Heute keine Besuche; nächste Route am %1 mit %n Besuch</numerusform>
            <numerusform>Heute keine Besuche; nächste Route am %1 mit %n Besuchen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n visit(s) today</source>
        <translation>
            <numerusform>%n Besuch heute</numerusform>
            <numerusform>%n Besuche heute</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%Ln follow-up(s) overdue</source>
        <translation>
            <numerusform>%Ln Wiedervorlage überfällig</numerusform>
            <numerusform>%Ln Wiedervorlagen überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln follow-up(s) due today</source>
        <translation>
            <numerusform>%Ln Wiedervorlage heute fällig</numerusform>
            <numerusform>%Ln Wiedervorlagen heute fällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n item(s) low in stock</source>
        <translation>
            <numerusform>%n Artikel knapp</numerusform>
            <numerusform>%n Artikel knapp</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/welcome.py" line="+17"/>
        <source>Welcome to Reciprocity Desktop</source>
        <extracomment>The subtitle&apos;s width (px): lines easy to read; the window (at least 1024 px wide) centres it.</extracomment>
        <translation>Willkommen bei Reciprocity Desktop</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give first, record it, follow up. Your store is empty: load the demo tour of German businesses to look around, import your prospects from a spreadsheet (CSV), or add the first one by hand.</source>
        <translation>Zuerst geben, festhalten, nachfassen. Ihr Datenbestand ist leer: Laden Sie die Demo-Tour mit deutschen Firmen, um sich umzusehen, importieren Sie Ihre Interessenten aus einer Tabelle (CSV) oder legen Sie den ersten von Hand an.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Load &amp;demo data</source>
        <translation>Demodaten &amp;laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New prospect…</source>
        <translation>&amp;Neuer Interessent…</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <location filename="../../reciprocity_desktop/cli/argparse_words.py" line="+29"/>
        <source>usage: </source>
        <translation>Aufruf: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>positional arguments</source>
        <translation>Positionsargumente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show this help message and exit</source>
        <translation>diese Hilfe anzeigen und beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>Argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the following arguments are required: %s</source>
        <translation>folgende Argumente sind erforderlich: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one of the arguments %s is required</source>
        <translation>eines der Argumente %s ist erforderlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unrecognized arguments: %s</source>
        <translation>unbekannte Argumente: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not allowed with argument %s</source>
        <translation>nicht zusammen mit Argument %s erlaubt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ignored explicit argument %r</source>
        <translation>ausdrückliches Argument %r ignoriert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected one argument</source>
        <translation>ein Argument erwartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected at most one argument</source>
        <translation>höchstens ein Argument erwartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected at least one argument</source>
        <translation>mindestens ein Argument erwartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>mehrdeutige Option: %(option)s könnte %(matches)s sein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unexpected option string: %s</source>
        <translation>unerwartete Option: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ungültiger Wert für %(type)s: %(value)r</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ungültige Auswahl: %(value)r (wählen Sie aus %(choices)s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>unbekannter Befehl %(parser_name)r (Auswahl: %(choices)s)</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/planner/print_dialog.py" line="+18"/>
        <location line="+27"/>
        <source>Cannot print</source>
        <translation>Drucken nicht möglich</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Printed %1 to %2.</source>
        <translation>Tag %1 nach %2 gedruckt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PDF not opened</source>
        <translation>PDF nicht geöffnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The day is printed: the PDF is written at
%1

It could not be opened because no program to show PDF files answered. Open the file from its folder, or set up a PDF viewer as the default for PDF files.</source>
        <translation>Der Tag ist gedruckt: Das PDF wurde gespeichert unter
%1

Es konnte nicht geöffnet werden, weil kein Programm zum Anzeigen von PDF-Dateien reagiert hat. Öffnen Sie die Datei aus ihrem Ordner, oder richten Sie ein PDF-Anzeigeprogramm als Standard für PDF-Dateien ein.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Printing</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Writing the visit sheets…</source>
        <translation>Die Besuchsblätter werden geschrieben…</translation>
    </message>
</context>
<context>
    <name>services</name>
    <message>
        <location filename="../../reciprocity_desktop/cli/gift_register.py" line="+0"/>
        <source>--year &apos;{value}&apos; is not a year like 2025.</source>
        <translation>--year „{value}“ ist keine Jahreszahl wie 2025.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/cli/report.py" line="-12"/>
        <source>--window-days &apos;{value}&apos; is not a whole number.</source>
        <translation>--window-days „{value}“ ist keine ganze Zahl.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--window-days must be 0 or more (got {value}).</source>
        <translation>--window-days muss 0 oder größer sein (angegeben: {value}).</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/cli/sync.py" line="-146"/>
        <source>The passphrase file {file} is empty (its first line is the passphrase).</source>
        <translation>Die Passphrase-Datei {file} ist leer (ihre erste Zeile ist die Passphrase).</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="-25"/>
        <location filename="../../reciprocity_desktop/services/validate.py" line="-86"/>
        <source>{field} &apos;{value}&apos; is not one of: {allowed}.</source>
        <translation>{field} „{value}“ ist nicht zulässig; möglich sind: {allowed}.</translation>
    </message>
    <message>
        <location line="+48"/>
        <location filename="../../reciprocity_desktop/sync/exporter.py" line="+52"/>
        <source>The folder {folder} does not exist.</source>
        <translation>Der Ordner {folder} existiert nicht.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../reciprocity_desktop/services/errors.py" line="-1"/>
        <source>The file {path} cannot be written: {reason}.</source>
        <translation>Die Datei {path} kann nicht geschrieben werden: {reason}.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/fonts.py" line="+41"/>
        <source>The font {file} is missing from the installation; reinstall Reciprocity Desktop.</source>
        <translation>Die Schriftart {file} fehlt in der Installation; installieren Sie Reciprocity Desktop neu.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/csv_io/decoding.py" line="-135"/>
        <source>The file {path} does not exist.</source>
        <extracomment>Bytes read at a time. The five bytes Windows-1252 leaves undefined.</extracomment>
        <translation>Die Datei {path} existiert nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is a folder, not a CSV file.</source>
        <translation>{path} ist ein Ordner, keine CSV-Datei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file {path} cannot be read (no permission).</source>
        <translation>Die Datei {path} kann nicht gelesen werden (keine Berechtigung).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file {path} cannot be read: {reason}.</source>
        <translation>Die Datei {path} kann nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} is not a text (CSV) file. Save the list from your spreadsheet as CSV and import that.</source>
        <translation>{path} ist keine Textdatei (CSV). Speichern Sie die Liste aus Ihrer Tabellenkalkulation als CSV und importieren Sie diese.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>{path} says it is UTF-8 but line {line} is not (bad byte at position {position}). Save the whole file as &apos;CSV UTF-8&apos; and import it again; nothing was imported.</source>
        <translation>{path} gibt an, UTF-8 zu sein, aber Zeile {line} ist es nicht (ungültiges Byte an Position {position}). Speichern Sie die ganze Datei als „CSV UTF-8“ und importieren Sie sie erneut; es wurde nichts importiert.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{path} mixes two encodings: line {utf8_line} is UTF-8, line {other_line} is not (Windows-1252?). Save the whole file as &apos;CSV UTF-8&apos; and import it again; nothing was imported.</source>
        <translation>{path} mischt zwei Kodierungen: Zeile {utf8_line} ist UTF-8, Zeile {other_line} nicht (Windows-1252?). Speichern Sie die ganze Datei als „CSV UTF-8“ und importieren Sie sie erneut; es wurde nichts importiert.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>{path} is neither UTF-8 nor Windows-1252 text (byte 0x{byte:02X} at position {position}). Save it as &apos;CSV UTF-8&apos; and try again.</source>
        <translation>{path} ist weder UTF-8- noch Windows-1252-Text (Byte 0x{byte:02X} an Position {position}). Speichern Sie die Datei als „CSV UTF-8“ und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/csv_io/exporting.py" line="+0"/>
        <source>{path} is a folder; choose a file name to export to.</source>
        <translation>{path} ist ein Ordner; wählen Sie einen Dateinamen für den Export.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/csv_io/reading.py" line="-92"/>
        <source>{path} is empty; there is nothing to import.</source>
        <extracomment>The head the delimiter and header are sniffed from: at least this many characters and lines. our field -&gt; index of its column</extracomment>
        <translation>{path} ist leer; es gibt nichts zu importieren.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>{path} has no column for the company name (looked for headers like Name, Company, Firma, Bedrijfsnaam, Naziv podjetja). Its first row is: {headers}.</source>
        <translation>{path} hat keine Spalte für den Firmennamen (gesucht wurden Überschriften wie Name, Company, Firma, Bedrijfsnaam, Naziv podjetja). Die erste Zeile lautet: {headers}.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{path} cannot be read: the quote (&quot;) opened in line {line} is never closed. Close it (or remove it) and import the file again; nothing was imported.</source>
        <translation>{path} kann nicht gelesen werden: Das Anführungszeichen (&quot;) in Zeile {line} wird nie geschlossen. Schließen (oder entfernen) Sie es und importieren Sie die Datei erneut; es wurde nichts importiert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{path} cannot be read: in line {line} a cell goes on after its closing quote (&quot;). Write a quote inside a quoted cell as two (&quot;&quot;) and import the file again; nothing was imported.</source>
        <translation>{path} kann nicht gelesen werden: In Zeile {line} geht eine Zelle nach ihrem schließenden Anführungszeichen (&quot;) weiter. Schreiben Sie ein Anführungszeichen innerhalb einer Zelle in Anführungszeichen doppelt (&quot;&quot;) und importieren Sie die Datei erneut; es wurde nichts importiert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{path} cannot be read after line {line}: {reason}.</source>
        <translation>{path} kann ab Zeile {line} nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/csv_io/report.py" line="-86"/>
        <source>line {line}: {problem}</source>
        <extracomment>How many failing rows the error message lists.</extracomment>
        <translation>Zeile {line}: {problem}</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Rows read: {rows}; prospects created: {created}; already present: {present}; repeated rows: {duplicates}; rows with errors: {failed}.</source>
        <extracomment>What a row of the file does (:attr:`PreviewRow.status`). a new prospect a prospect the store has already (never changed by an import) a prospect of an earlier row of the file (its contact person joins it) CREATED, PRESENT or REPEATED the prospect&apos;s clean fields the contact person&apos;s name, if the row names one data rows in the file (blank rows not counted) rows repeating a prospect of an earlier row of the same file the first good rows (as many as the import was asked to keep: none unless it was)</extracomment>
        <translation>Gelesene Zeilen: {rows}; angelegte Interessenten: {created}; bereits vorhanden: {present}; wiederholte Zeilen: {duplicates}; Zeilen mit Fehlern: {failed}.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rows read: {rows}; prospects that would be created: {created}; already present: {present}; repeated rows: {duplicates}; rows with errors: {failed}.</source>
        <translation>Gelesene Zeilen: {rows}; Interessenten, die angelegt würden: {created}; bereits vorhanden: {present}; wiederholte Zeilen: {duplicates}; Zeilen mit Fehlern: {failed}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Der Import wurde abgebrochen; nichts wurde importiert.</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n row(s) cannot be imported, so nothing was imported: {errors} Correct the file, or skip the bad rows.</source>
        <translation>
            <numerusform>%n Zeile kann nicht importiert werden, daher wurde nichts importiert: {errors} Korrigieren Sie die Datei oder überspringen Sie die fehlerhaften Zeilen.</numerusform>
            <numerusform>%n Zeilen können nicht importiert werden, daher wurde nichts importiert: {errors} Korrigieren Sie die Datei oder überspringen Sie die fehlerhaften Zeilen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n row(s) cannot be imported, so nothing was imported: {errors} {more} Correct the file, or skip the bad rows.</source>
        <translation>
            <numerusform>%n Zeile kann nicht importiert werden, daher wurde nichts importiert: {errors} {more} Korrigieren Sie die Datei oder überspringen Sie die fehlerhaften Zeilen.</numerusform>
            <numerusform>%n Zeilen können nicht importiert werden, daher wurde nichts importiert: {errors} {more} Korrigieren Sie die Datei oder überspringen Sie die fehlerhaften Zeilen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n more row(s) have errors too.</source>
        <translation>
            <numerusform>%n weitere Zeile hat ebenfalls Fehler.</numerusform>
            <numerusform>%n weitere Zeilen haben ebenfalls Fehler.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/csv_io/rows.py" line="+59"/>
        <source>{field} &apos;{value}&apos; is not a country name or ISO code (e.g. Deutschland, Nederland, Slovenija, DE).</source>
        <translation>{field} „{value}“ ist kein Ländername und kein ISO-Code (z.&#xa0;B. Deutschland, Nederland, Slovenija, DE).</translation>
    </message>
    <message>
        <location line="+253"/>
        <source>the row has {cells} cells but the header has {width} (a delimiter inside a field without quotes?).</source>
        <extracomment>A good row: its line, its key (:func:`prospect_key`), the prospect&apos;s clean fields (in the order of PROSPECT_COLUMNS) and its contact person&apos;s (in the order of CONTACT_FIELDS), or None when it names none. A contact person&apos;s fields in a row (the contacts table&apos;s column names). Fields whose few distinct values repeat from row to row: checked once per value and import. The form&apos;s checks of the plain text fields (the e-mail&apos;s is validate.email itself), as the fast path of :meth:`RowChecker.check` applies them inline: field -&gt; (at most that many characters, one line (white space runs -&gt; one space) or only trimmed, required). Each is verified against ``clean_prospect_fields`` when a checker is made (:func:`_fast_agrees`): a field whose check has changed is simply checked the slow way. One search for the control characters of a row&apos;s checked texts, joined by a space. A text checked as one line has none of the characters only the one-line check refuses: they are white space, which its cleaning has made single spaces; so the free-text set finds what each field&apos;s own check would. the fields whose cells a row needs, in this order: direct, repeating, contact, street and number the fields the file has no column for, with their clean (empty or default) values the same for a contact person&apos;s fields (by contact column)</extracomment>
        <translation>die Zeile hat {cells} Zellen, die Kopfzeile aber {width} (ein Trennzeichen in einem Feld ohne Anführungszeichen?).</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/day_route.py" line="+36"/>
        <source>in {country}, while most stops are in {main}: far from the others.</source>
        <translation>in {country}, während die meisten Halte in {main} liegen: weit von den anderen entfernt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{km} km from the day&apos;s centre: far from the others.</source>
        <translation>{km}&#xa0;km vom Mittelpunkt der Tagesroute: weit von den anderen entfernt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no coordinates: placed by postal code near {neighbour}.</source>
        <translation>keine Koordinaten: nach Postleitzahl bei {neighbour} eingeordnet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no coordinates and no stop with a postal code nearby: the travel to it is not counted.</source>
        <translation>keine Koordinaten und kein Halt mit einer Postleitzahl in der Nähe: Die Fahrt hierher ist nicht eingerechnet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the route reaches this appointment at {arrival}, {minutes} min late.</source>
        <translation>die Route erreicht diesen Termin um {arrival}, {minutes}&#xa0;Min. zu spät.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the route does not reach this stop before midnight.</source>
        <translation>die Route erreicht diesen Halt nicht vor Mitternacht.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no home base in the settings: the route starts at the first stop.</source>
        <translation>kein Heimatort in den Einstellungen: Die Route beginnt beim ersten Halt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the home base&apos;s postal code is not known ({home}): the route starts at the first stop.</source>
        <translation>die Postleitzahl des Heimatorts ist unbekannt ({home}): Die Route beginnt beim ersten Halt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reciprocity_desktop/services/day_sheet.py" line="-191"/>
        <source>There are no visits to print for {date}: the %n visit(s) of the day are cancelled.</source>
        <translation>
            <numerusform>Für {date} gibt es keine Besuche zu drucken: Der %n Besuch des Tages ist abgesagt.</numerusform>
            <numerusform>Für {date} gibt es keine Besuche zu drucken: Alle %n Besuche des Tages sind abgesagt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There are no visits planned for {date}; nothing to print.</source>
        <translation>Für {date} sind keine Besuche geplant; nichts zu drucken.</translation>
    </message>
    <message>
        <location line="+174"/>
        <source>{total} given in {year} (with the gift to bring), limit {limit} in {country}.</source>
        <translation>{total} im Jahr {year} geschenkt (mit dem mitgebrachten Geschenk), Freigrenze {limit} in {country}.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/debrief.py" line="-130"/>
        <source>Give the order&apos;s value, or say that it is not known.</source>
        <translation>Geben Sie den Auftragswert an oder geben Sie an, dass er unbekannt ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the order&apos;s value or say that it is not known, not both.</source>
        <translation>Geben Sie den Auftragswert an oder geben Sie an, dass er unbekannt ist – nicht beides.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{field} must be more than 0; when it is not known, say so instead.</source>
        <translation>{field} muss größer als 0 sein; ist der Wert unbekannt, geben Sie stattdessen das an.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The visit to {name} is on {date}, still to come: it can be debriefed from that day on.</source>
        <translation>Der Besuch bei {name} ist am {date} und steht noch bevor: Er kann ab diesem Tag nachbereitet werden.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The gift for this visit was already recorded; edit it under Gifts instead.</source>
        <translation>Das Geschenk für diesen Besuch wurde bereits erfasst; bearbeiten Sie es stattdessen unter „Geschenke“.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>A gift can only be handed over at a visit that took place.</source>
        <translation>Ein Geschenk kann nur bei einem Besuch übergeben werden, der stattgefunden hat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say which gift was handed over: from stock or described, not both.</source>
        <translation>Geben Sie an, welches Geschenk übergeben wurde: aus dem Lager oder beschrieben, nicht beides.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../../reciprocity_desktop/services/debrief_check.py" line="+4"/>
        <source>Say which gift was handed over.</source>
        <translation>Geben Sie an, welches Geschenk übergeben wurde.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Say how the gift was received, or leave the reaction&apos;s note empty.</source>
        <translation>Geben Sie an, wie das Geschenk angekommen ist, oder lassen Sie die Notiz zur Reaktion leer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A reaction can only be heard at a visit that took place.</source>
        <translation>Eine Reaktion kann nur bei einem Besuch erfahren werden, der stattgefunden hat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} received no gift before this visit, so there is no reaction to record.</source>
        <translation>{name} hat vor diesem Besuch kein Geschenk erhalten, daher gibt es keine Reaktion zu erfassen.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/debrief_check.py" line="-72"/>
        <source>{field} &apos;{value}&apos; is not an amount (e.g. {example}).</source>
        <translation>{field} „{value}“ ist kein Betrag (z.&#xa0;B. {example}).</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/demo.py" line="+72"/>
        <source>The number of prospects must be at least 1.</source>
        <extracomment>Letters spelled out rather than stripped of their accents (after casefold(): ß is already ss).</extracomment>
        <translation>Die Anzahl der Interessenten muss mindestens 1 sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The store already holds data; demo data is only loaded into an empty store (use --force to add it anyway).</source>
        <translation>Der Datenbestand enthält bereits Daten; Demodaten werden nur in einen leeren Datenbestand geladen (mit --force trotzdem hinzufügen).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reciprocity_desktop/services/followups.py" line="-228"/>
        <source>{name} received a gift on {gift_date}. Asking for an order only %n day(s) after it can spoil it: reciprocity works when nothing is asked in return. Consider asking how the gift was received first.</source>
        <translation>
            <numerusform>{name} hat am {gift_date} ein Geschenk erhalten. Schon %n Tag danach nach einem Auftrag zu fragen, kann es verderben: Gegenseitigkeit wirkt, wenn nichts zurückverlangt wird. Fragen Sie besser zuerst, wie das Geschenk angekommen ist.</numerusform>
            <numerusform>{name} hat am {gift_date} ein Geschenk erhalten. Schon %n Tage danach nach einem Auftrag zu fragen, kann es verderben: Gegenseitigkeit wirkt, wenn nichts zurückverlangt wird. Fragen Sie besser zuerst, wie das Geschenk angekommen ist.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>That gift was not given to {name}.</source>
        <translation>Dieses Geschenk wurde nicht an {name} übergeben.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>That follow-up is already done; schedule a new one instead.</source>
        <translation>Diese Wiedervorlage ist bereits erledigt; legen Sie stattdessen eine neue an.</translation>
    </message>
    <message>
        <location line="+43"/>
        <location filename="../../reciprocity_desktop/services/records.py" line="+0"/>
        <source>No follow-up with id {id}.</source>
        <translation>Keine Wiedervorlage mit der ID {id}.</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>That follow-up is not about a gift.</source>
        <translation>Diese Wiedervorlage betrifft kein Geschenk.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/geo.py" line="-18"/>
        <source>postal code {postal_code} is not known in {country}: it gives the prospect no coordinates.</source>
        <extracomment>The bulk name of :func:`lookup` (one call per CSV row: a few microseconds, nothing loaded whole). :func:`lookup` of a chunk of (country, postal code) pairs at once: pair -&gt; (latitude, longitude), unknown pairs left out (a few queries per chunk instead of one per row).</extracomment>
        <translation>die Postleitzahl {postal_code} ist in {country} unbekannt: Sie liefert dem Interessenten keine Koordinaten.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{field} is needed too: enter both coordinates, or neither.</source>
        <translation>{field} wird ebenfalls benötigt: Geben Sie beide Koordinaten ein oder keine.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/gift_reactions.py" line="-29"/>
        <location filename="../../reciprocity_desktop/services/validate.py" line="-5"/>
        <source>{field} is missing.</source>
        <translation>{field} fehlt.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/gift_register.py" line="+95"/>
        <source>With this gift, {name} has received {total} in {year}: over the deductible limit of {limit} per recipient and year in {country}.</source>
        <translation>Mit diesem Geschenk hat {name} im Jahr {year} insgesamt {total} erhalten: über der Freigrenze von {limit} pro Empfänger und Jahr in {country}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>With this gift, {name} has received {total} in {year}: close to the deductible limit of {limit} per recipient and year in {country}.</source>
        <translation>Mit diesem Geschenk hat {name} im Jahr {year} insgesamt {total} erhalten: nahe an der Freigrenze von {limit} pro Empfänger und Jahr in {country}.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/stock_movements.py" line="-1"/>
        <source>Only {available} of &apos;{item}&apos; left in stock; cannot give {wanted}.</source>
        <translation>Von „{item}“ sind nur noch {available} auf Lager; gewünscht: {wanted}.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/gifts.py" line="-269"/>
        <source>That contact does not belong to {name}.</source>
        <translation>Dieser Ansprechpartner gehört nicht zu {name}.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Only {left} of &apos;{item}&apos; left in stock.</source>
        <translation>Von „{item}“ sind nur noch {left} auf Lager.</translation>
    </message>
    <message>
        <location line="+220"/>
        <location filename="../../reciprocity_desktop/services/records.py" line="+0"/>
        <source>No stock item with id {id}.</source>
        <translation>Kein Lagerartikel mit der ID {id}.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/insights/figures.py" line="-14"/>
        <source>window days must be a whole number of at least 0 (got {value}).</source>
        <extracomment>All considered gifts together (order value counted once overall). Not in the JSON.</extracomment>
        <translation>Das Zeitfenster muss eine ganze Zahl von mindestens 0 Tagen sein (angegeben: {value}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>window days must be at most {limit} (got {value}).</source>
        <translation>Das Zeitfenster darf höchstens {limit} Tage betragen (angegeben: {value}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The start date {start} is after the end date {end}.</source>
        <translation>Das Anfangsdatum {start} liegt nach dem Enddatum {end}.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/settings_keys.py" line="-221"/>
        <source>The setting {key} is too long ({length} characters, at most {limit}).</source>
        <extracomment>The row holding every country&apos;s gift limit, in cents: ``{&quot;DE&quot;: 5000}``. &quot;Near the limit&quot; from this share of it on (not a user setting). Earlier names of settings, as stored by older releases or used by older code.</extracomment>
        <translation>Die Einstellung {key} ist zu lang ({length} Zeichen, höchstens {limit}).</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../reciprocity_desktop/services/validate.py" line="-125"/>
        <location line="+215"/>
        <source>{field} holds a control character ({character}); type it again without it.</source>
        <translation>{field} enthält ein Steuerzeichen ({character}); geben Sie es ohne dieses Zeichen erneut ein.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The setting {key} must be a two-letter country code (e.g. DE, AT, SI), not &apos;{value}&apos;.</source>
        <translation>Die Einstellung {key} muss ein zweibuchstabiger Ländercode sein (z.&#xa0;B. DE, AT, SI), nicht „{value}“.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The setting {key} must be a three-letter currency code (e.g. EUR, CHF), not &apos;{value}&apos;.</source>
        <translation>Die Einstellung {key} muss ein dreibuchstabiger Währungscode sein (z.&#xa0;B. EUR, CHF), nicht „{value}“.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The setting {key} must be a time of day as HH:MM (e.g. 08:30), not &apos;{value}&apos;.</source>
        <translation>Die Einstellung {key} muss eine Uhrzeit im Format HH:MM sein (z.&#xa0;B. 08:30), nicht „{value}“.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The setting {key} must be one of {choices}, not &apos;{value}&apos;.</source>
        <extracomment>The values of the ``language`` setting: a language, or the system&apos;s.</extracomment>
        <translation>Die Einstellung {key} muss einer dieser Werte sein: {choices}, nicht „{value}“.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The setting {key} must be a whole number from {low} to {high}, not &apos;{value}&apos;.</source>
        <translation>Die Einstellung {key} muss eine ganze Zahl von {low} bis {high} sein, nicht „{value}“.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The setting {key} must be an amount of 0 or more (e.g. 50 or 35.50), or empty for no limit, not &apos;{value}&apos;.</source>
        <translation>Die Einstellung {key} muss ein Betrag von 0 oder mehr sein (z.&#xa0;B. 50 oder 35,50) oder leer für keine Freigrenze, nicht „{value}“.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>&apos;{key}&apos; is not a setting: gift limits are gift_limit.XX with a two-letter country code (e.g. gift_limit.DE).</source>
        <extracomment>The settings in the order ``settings list`` shows them (the gift limits follow, by country). Every setting&apos;s default (and, for code that reads them, the gift limits and the warning ratio).</extracomment>
        <translation>„{key}“ ist keine Einstellung: Freigrenzen heißen gift_limit.XX mit einem zweibuchstabigen Ländercode (z.&#xa0;B. gift_limit.DE).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;{key}&apos; is not a setting (settings list shows them all).</source>
        <translation>„{key}“ ist keine Einstellung („settings list“ zeigt alle).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Gift limit row {row} has no country.</source>
        <translation>Zeile {row} der Freigrenzen hat kein Land.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gift limit row {row}: {country} already has a limit above.</source>
        <translation>Zeile {row} der Freigrenzen: {country} hat weiter oben bereits eine Freigrenze.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/validate.py" line="-219"/>
        <location filename="../../reciprocity_desktop/ui/gifts/log_gift_dialog.py" line="-120"/>
        <source>{field} must not be empty.</source>
        <extracomment>Fields longer than this are free text (notes, descriptions) whose line breaks are kept.</extracomment>
        <translation>{field} darf nicht leer sein.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+204"/>
        <source>{field} is too long ({length} characters, at most {limit}).</source>
        <translation>{field} ist zu lang ({length} Zeichen, höchstens {limit}).</translation>
    </message>
    <message>
        <location line="-189"/>
        <source>{field} is missing (use YYYY-MM-DD).</source>
        <translation>{field} fehlt (Format JJJJ-MM-TT).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{field} &apos;{value}&apos; is not a date in the form YYYY-MM-DD.</source>
        <translation>{field} „{value}“ ist kein Datum im Format JJJJ-MM-TT.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{field} {value} is outside the dates this app keeps ({first} to {last}).</source>
        <translation>{field} {value} liegt außerhalb des Zeitraums, den diese App führt ({first} bis {last}).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{field} would fall outside the dates this app keeps ({first} to {last}).</source>
        <translation>{field} läge außerhalb des Zeitraums, den diese App führt ({first} bis {last}).</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+9"/>
        <source>{field} &apos;{value}&apos; is not an amount (e.g. 12.50).</source>
        <translation>{field} „{value}“ ist kein Betrag (z.&#xa0;B. 12,50).</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>{field} &apos;{value}&apos; has more than two decimals.</source>
        <translation>{field} „{value}“ hat mehr als zwei Nachkommastellen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{field} must not be negative.</source>
        <translation>{field} darf nicht negativ sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+18"/>
        <source>{field} &apos;{value}&apos; is too large.</source>
        <translation>{field} „{value}“ ist zu groß.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>{field} &apos;{value}&apos; is not a whole number.</source>
        <translation>{field} „{value}“ ist keine ganze Zahl.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field} must be at least {minimum}.</source>
        <translation>{field} muss mindestens {minimum} sein.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>{field} &apos;{value}&apos; is not an ISO 3166 two-letter country code (e.g. DE, NL, SI).</source>
        <translation>{field} „{value}“ ist kein zweibuchstabiger Ländercode nach ISO 3166 (z.&#xa0;B. DE, NL, SI).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{field} &apos;{value}&apos; is not an e-mail address.</source>
        <translation>{field} „{value}“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{field} &apos;{value}&apos; is not a time like 09:30.</source>
        <translation>{field} „{value}“ ist keine Uhrzeit wie 09:30.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{field} &apos;{value}&apos; is not a number.</source>
        <translation>{field} „{value}“ ist keine Zahl.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field} must be between -{limit} and {limit}.</source>
        <translation>{field} muss zwischen -{limit} und {limit} liegen.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/visits.py" line="-230"/>
        <source>Pick at least one prospect to visit.</source>
        <translation>Wählen Sie mindestens einen Interessenten für den Besuch.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The new order must list every visit of {day} once.</source>
        <translation>Die neue Reihenfolge muss jeden Besuch am {day} genau einmal enthalten.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>The visit&apos;s length must be a whole number of minutes from {low} to {high}, not &apos;{value}&apos;.</source>
        <translation>Die Besuchsdauer muss eine ganze Zahl von Minuten zwischen {low} und {high} sein, nicht „{value}“.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/records.py" line="+0"/>
        <location filename="../../reciprocity_desktop/services/visits.py" line="+25"/>
        <source>No visit with id {id}.</source>
        <translation>Kein Besuch mit der ID {id}.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No contact with id {id}.</source>
        <extracomment>field -&gt; validator of the raw value (it raises ValidationError or returns the clean value).</extracomment>
        <translation>Kein Ansprechpartner mit der ID {id}.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No gift with id {id}.</source>
        <translation>Kein Geschenk mit der ID {id}.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No outcome with id {id}.</source>
        <translation>Kein Ergebnis mit der ID {id}.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No prospect with id {id}.</source>
        <translation>Kein Interessent mit der ID {id}.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No record with id {id}.</source>
        <translation>Kein Datensatz mit der ID {id}.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/visits.py" line="+87"/>
        <source>&apos;{value}&apos; is not a visit code (reciprocity:visit:… from a visit sheet).</source>
        <translation>„{value}“ ist kein Besuchscode (reciprocity:visit:… von einem Besuchsblatt).</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/sync/batch.py" line="+32"/>
        <source>The import was cancelled; nothing was changed.</source>
        <extracomment>Records checked, looked up in the store, merged and written together (a pass&apos;s chunk).</extracomment>
        <translation>Der Import wurde abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/sync/chunks.py" line="+122"/>
        <source>The file {file} holds an invalid record ({member} line {line}: {problem}); nothing was imported.</source>
        <extracomment>(line number, checked record) of the lines of a chunk, in file order the lines passed the full check in an earlier pass: check their shape only the ids of the file read so far (None: the pass does not look for repeated ids)</extracomment>
        <translation>Die Datei {file} enthält einen ungültigen Datensatz ({member} Zeile {line}: {problem}); nichts wurde importiert.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/sync/conflicts.py" line="+231"/>
        <source>There is no conflict {id} in the conflict log.</source>
        <extracomment>Fields that differ between any two versions and say nothing about their content. A short name of the record (prospect or contact name, gift description, ...). &quot;local&quot;: this store&apos;s version lost to the file&apos;s; &quot;incoming&quot;: the file&apos;s version lost. The store (name, or replica id when unknown) that made the losing change. The store whose file was being imported when the conflict was found. The losing version, field by field, in the sync file&apos;s form (dates as ISO text). The record as it is now in this store (same form), or None if it is gone. The fields whose values differ between the losing and the current version. A field-level conflict: the one field whose value lost (a restore puts back only it); &quot;&quot; for a whole version. The log&apos;s columns that sort in SQL (the others keep the log&apos;s own order: newest first).</extracomment>
        <translation>Im Konfliktprotokoll gibt es keinen Konflikt {id}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conflict {id} was already restored on {when}.</source>
        <translation>Konflikt {id} wurde bereits am {when} wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The record of conflict {id} is no longer in this store.</source>
        <translation>Der Datensatz von Konflikt {id} ist nicht mehr in diesem Datenbestand.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The saved version of conflict {id} cannot be read ({problem}).</source>
        <translation>Die gespeicherte Version von Konflikt {id} kann nicht gelesen werden ({problem}).</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/sync/container.py" line="+71"/>
        <location line="+3"/>
        <source>{what}: {reason}</source>
        <extracomment>Far more than any team&apos;s records (400,000 records take about 200 MB): a larger claim is a ZIP bomb. What a broken ZIP can raise from the standard library while being read.</extracomment>
        <translation>{what}: {reason}</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The file {file} does not exist.</source>
        <translation>Die Datei {file} existiert nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is a folder, not a sync file.</source>
        <translation>{file} ist ein Ordner, keine Abgleichsdatei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file {file} cannot be read: {reason}.</source>
        <translation>Die Datei {file} kann nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file {file} is empty; it is not a Reciprocity sync file.</source>
        <translation>Die Datei {file} ist leer; sie ist keine Abgleichsdatei von Reciprocity.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>it is a PDF document</source>
        <translation>sie ist ein PDF-Dokument</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is neither a ZIP archive nor an encrypted sync file</source>
        <translation>sie ist weder ein ZIP-Archiv noch eine verschlüsselte Abgleichsdatei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a complete ZIP archive</source>
        <translation>kein vollständiges ZIP-Archiv</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>it cannot be read</source>
        <translation>sie kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>manifest.json is missing</source>
        <translation>manifest.json fehlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a ZIP archive without manifest.json</source>
        <translation>ein ZIP-Archiv ohne manifest.json</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a member appears twice</source>
        <translation>ein Eintrag kommt zweimal vor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>manifest.json is too large</source>
        <translation>manifest.json ist zu groß</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>member {member} is missing</source>
        <translation>der Eintrag {member} fehlt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it holds an unknown member {member}</source>
        <translation>sie enthält einen unbekannten Eintrag {member}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its members claim to be larger than any sync file can be</source>
        <translation>ihre Einträge geben sich größer aus, als eine Abgleichsdatei sein kann</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>member {member} uses ZIP encryption</source>
        <translation>der Eintrag {member} verwendet ZIP-Verschlüsselung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>member {member} uses an unknown compression</source>
        <translation>der Eintrag {member} verwendet eine unbekannte Komprimierung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>member {member} has another size than the manifest says</source>
        <translation>der Eintrag {member} hat eine andere Größe, als das Manifest angibt</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{member} cannot be read</source>
        <translation>{member} kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+5"/>
        <source>{member} line {line} is too long</source>
        <translation>{member} Zeile {line} ist zu lang</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{member} line {line} is cut off</source>
        <translation>{member} Zeile {line} ist abgeschnitten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the checksum of {member} does not match</source>
        <translation>die Prüfsumme von {member} stimmt nicht</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>{member} holds %n record(s), the manifest says {expected}</source>
        <translation>
            <numerusform>{member} enthält %n Datensatz, das Manifest nennt {expected}</numerusform>
            <numerusform>{member} enthält %n Datensätze, das Manifest nennt {expected}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{member} line {line} is not valid JSON</source>
        <translation>{member} Zeile {line} ist kein gültiges JSON</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/sync/crypto.py" line="-149"/>
        <source>The passphrase is empty.</source>
        <translation>Die Passphrase ist leer.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>not an encrypted sync file</source>
        <translation>keine verschlüsselte Abgleichsdatei</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The file {file} was written by a newer version of Reciprocity Desktop (encryption version {found}; this version reads version {supported}). Update the app to import it.</source>
        <translation>Die Datei {file} wurde von einer neueren Version von Reciprocity Desktop geschrieben (Verschlüsselungsversion {found}; diese Version liest Version {supported}). Aktualisieren Sie das Programm, um sie zu importieren.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>its encryption header is not readable</source>
        <translation>ihr Verschlüsselungskopf ist nicht lesbar</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The file {file} is encrypted: give its passphrase to open it.</source>
        <translation>Die Datei {file} ist verschlüsselt: Geben Sie ihre Passphrase an, um sie zu öffnen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wrong passphrase for {file}.</source>
        <translation>Falsche Passphrase für {file}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>it ends too early</source>
        <translation>sie endet zu früh</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+2"/>
        <source>truncated or altered after it was written</source>
        <translation>nach dem Schreiben gekürzt oder verändert</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/sync/errors.py" line="+42"/>
        <source>The file {file} is damaged ({detail}); nothing was imported.</source>
        <translation>Die Datei {file} ist beschädigt ({detail}); nichts wurde importiert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file {file} is not a Reciprocity Desktop sync file ({detail}); nothing was imported.</source>
        <translation>Die Datei {file} ist keine Abgleichsdatei von Reciprocity Desktop ({detail}); nichts wurde importiert.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/sync/exporter.py" line="-2"/>
        <source>{file} is a folder; give a file name for the export.</source>
        <translation>{file} ist ein Ordner; geben Sie einen Dateinamen für den Export an.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The file {file} could not be written: {reason}.</source>
        <translation>Die Datei {file} konnte nicht geschrieben werden: {reason}.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+13"/>
        <location line="+28"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/sync/importer.py" line="+144"/>
        <source>The store could not be backed up before the import ({reason}); nothing was imported.</source>
        <extracomment>Above this many rows to write, the import checks foreign keys once at the end (PRAGMA foreign_key_check) instead of on every row, and gives SQLite a larger page cache. (SQLite&apos;s sorter, which builds set-aside indexes again, may use as much again: 64 MB were no faster.) A table that gets at least this many rows, and at least as many as it held, has its indexes built again after the writes instead of growing them row by row (see sync/indexes.py).</extracomment>
        <translation>Der Datenbestand konnte vor dem Import nicht gesichert werden ({reason}); nichts wurde importiert.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>The import would leave {table} record {rowid} pointing at a missing {parent} record; nothing was imported.</source>
        <extracomment>tables most of which are written (their indexes are rebuilt afterwards)</extracomment>
        <translation>Der Import würde den Datensatz {rowid} der Tabelle {table} auf einen fehlenden Datensatz der Tabelle {parent} verweisen lassen; nichts wurde importiert.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/sync/manifest.py" line="+95"/>
        <source>its manifest.json is not JSON</source>
        <extracomment>The seller of the store that wrote the file (its ``seller_id`` and ``seller_name`` settings); None in a file written before visits named their seller.</extracomment>
        <translation>ihre manifest.json ist kein JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its manifest.json does not describe a Reciprocity sync file</source>
        <translation>ihre manifest.json beschreibt keine Abgleichsdatei von Reciprocity</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the manifest has no valid format version</source>
        <translation>das Manifest hat keine gültige Formatversion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file {file} was written by a newer version of Reciprocity Desktop (sync format {found}; this version reads format {supported}). Update the app to import it.</source>
        <translation>Die Datei {file} wurde von einer neueren Version von Reciprocity Desktop geschrieben (Abgleichsformat {found}; diese Version liest Format {supported}). Aktualisieren Sie das Programm, um sie zu importieren.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>its manifest is incomplete or wrong: {reason}</source>
        <translation>ihr Manifest ist unvollständig oder falsch: {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its manifest does not list exactly the tables of this format</source>
        <translation>ihr Manifest führt nicht genau die Tabellen dieses Formats auf</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/sync/references.py" line="+63"/>
        <source>The file {file} refers to a record that is neither in the file nor in this store ({member} line {line}: {field} {ref} is not a known {parent} record); nothing was imported.</source>
        <translation>Die Datei {file} verweist auf einen Datensatz, der weder in der Datei noch in diesem Datenbestand ist ({member} Zeile {line}: {field} {ref} ist kein bekannter Datensatz der Tabelle {parent}); nichts wurde importiert.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/backups.py" line="+30"/>
        <source>there is no store at {path}</source>
        <translation>unter {path} gibt es keinen Datenbestand</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the backup cannot be written over the store itself ({path})</source>
        <translation>die Datensicherung kann nicht über den Datenbestand selbst geschrieben werden ({path})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the backup of {path} could not be written: {reason}</source>
        <translation>die Datensicherung von {path} konnte nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the store {path} is damaged: its copy fails the integrity check; restore a sound backup</source>
        <translation>der Datenbestand {path} ist beschädigt: seine Kopie besteht die Integritätsprüfung nicht; stellen Sie eine intakte Datensicherung wieder her</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>there is no backup {path}</source>
        <translation>die Datensicherung {path} gibt es nicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the backup {path} is damaged (it fails the integrity check); nothing was restored</source>
        <translation>die Datensicherung {path} ist beschädigt (sie besteht die Integritätsprüfung nicht); nichts wurde wiederhergestellt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the backup could not be restored: {reason}</source>
        <translation>die Datensicherung konnte nicht wiederhergestellt werden: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the backup could not be restored, the store {path} is as it was: {reason}</source>
        <translation>die Datensicherung konnte nicht wiederhergestellt werden, der Datenbestand {path} ist unverändert: {reason}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the backup was restored, but the store cannot be opened: {reason}</source>
        <translation>die Datensicherung wurde wiederhergestellt, aber der Datenbestand lässt sich nicht öffnen: {reason}</translation>
    </message>
</context>
</TS>

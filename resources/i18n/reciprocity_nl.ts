<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name></name>
    <message>
        <location filename="../../reciprocity_desktop/ui/hub_window.py" line="+47"/>
        <source>An office hub is backed up on its server (pg_dump), not by the app.</source>
        <translation>Van een kantoorhub wordt op de server een back-up gemaakt (pg_dump), niet door de app.</translation>
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
        <translation>Kan het gegevensbestand niet openen</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/ui/messages.py" line="+31"/>
        <source>Unexpected error</source>
        <translation>Onverwachte fout</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong that the program did not expect. Your data is safe: every change is saved in one piece or not at all. The details below help the developers fix it.</source>
        <translation>Er ging iets mis wat het programma niet verwachtte. Uw gegevens zijn veilig: elke wijziging wordt in zijn geheel opgeslagen of helemaal niet. Met de details hieronder kunnen de ontwikkelaars het probleem oplossen.</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/tasks.py" line="+41"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cancelling…</source>
        <translation>Annuleren…</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/backups.py" line="+48"/>
        <source>Backups</source>
        <translation>Back-ups</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backups are made on the first start of a day, before a migration, a sync import and a restore. A backup that fails its integrity check is not sound and cannot be restored.</source>
        <translation>Back-ups worden gemaakt bij de eerste start van een dag, vóór een migratie, het importeren van een synchronisatiebestand en een herstel. Een back-up die de integriteitscontrole niet doorstaat, is niet in orde en kan niet worden hersteld.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sound</source>
        <translation>In orde</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Herstellen…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>daily</source>
        <translation>dagelijks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>made by hand</source>
        <translation>handmatig gemaakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before a sync import</source>
        <translation>vóór een synchronisatie-import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before a restore</source>
        <translation>vóór een herstel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>before a migration</source>
        <translation>vóór een migratie</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no (damaged)</source>
        <translation>nee (beschadigd)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Restore backup</source>
        <translation>Back-up herstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the backup of %1? The store as it is now is kept aside as a backup first; changes made since the backup are then no longer in the store.</source>
        <translation>De back-up van %1 herstellen? Het gegevensbestand zoals het nu is, wordt eerst als back-up bewaard; wijzigingen sinds de back-up staan daarna niet meer in het gegevensbestand.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Restored the backup of %1.</source>
        <translation>Back-up van %1 hersteld.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The store as it was is kept as %1.</source>
        <translation>Het vorige gegevensbestand is bewaard als %1.</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <location filename="../../reciprocity_desktop/cli/csv.py" line="+15"/>
        <source>import prospects from a spreadsheet CSV</source>
        <translation>prospects importeren uit een CSV-spreadsheet</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/cli/backups.py" line="+18"/>
        <source>copy the store (checked) into its backups folder or to a file</source>
        <translation>het gegevensbestand (gecontroleerd) naar de back-upmap of naar een bestand kopiëren</translation>
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
        <translation>BESTAND</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>write the copy to FILE</source>
        <translation>de kopie naar BESTAND schrijven</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list the store&apos;s backups</source>
        <translation>de back-ups van het gegevensbestand tonen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list the backups, newest first (--json: path created reason bytes sound)</source>
        <translation>de back-ups tonen, nieuwste eerst (--json: path created reason bytes sound)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>put a backup in the store&apos;s place (the current store is kept aside as a backup first)</source>
        <translation>een back-up in de plaats van het gegevensbestand zetten (het huidige gegevensbestand wordt eerst als back-up bewaard)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backup written to {path} (integrity check ok).</source>
        <translation>Back-up geschreven naar {path} (integriteitscontrole in orde).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>NO</source>
        <translation>NEE</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No backups of {path} yet.</source>
        <translation>Nog geen back-ups van {path}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>CREATED</source>
        <translation>GEMAAKT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>REASON</source>
        <translation>REDEN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SIZE</source>
        <translation>GROOTTE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SOUND</source>
        <translation>IN ORDE</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Restored {backup} into {store}.</source>
        <translation>{backup} hersteld in {store}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The store as it was is kept as {path}.</source>
        <translation>Het vorige gegevensbestand is bewaard als {path}.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/cli/csv.py" line="-5"/>
        <source>check and report; import nothing</source>
        <translation>controleren en rapporteren; niets importeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import the good rows even when some fail</source>
        <translation>de goede rijen importeren, ook als sommige mislukken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>export prospects as CSV (UTF-8 with BOM)</source>
        <translation>prospects exporteren als CSV (UTF-8 met BOM)</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>reciprocity-desktop: %n row(s) of {file} cannot be imported, so nothing was imported (correct the file, or use --skip-bad).</source>
        <translation>
            <numerusform>reciprocity-desktop: %n rij van {file} kan niet worden geïmporteerd, dus er is niets geïmporteerd (corrigeer het bestand of gebruik --skip-bad).</numerusform>
            <numerusform>reciprocity-desktop: %n rijen van {file} kunnen niet worden geïmporteerd, dus er is niets geïmporteerd (corrigeer het bestand of gebruik --skip-bad).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Dry run: nothing was written.</source>
        <translation>Proefrun: er is niets weggeschreven.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Exported %n prospect(s) to {file}.</source>
        <translation>
            <numerusform>%n prospect geëxporteerd naar {file}.</numerusform>
            <numerusform>%n prospects geëxporteerd naar {file}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/cli/gift_register.py" line="+25"/>
        <source>the gift register: each recipient&apos;s gifts of a year against the country&apos;s limit</source>
        <translation>het cadeauregister: de cadeaus van een jaar per ontvanger, afgezet tegen de cadeaulimiet van het land</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the calendar year (default: this year)</source>
        <translation>het kalenderjaar (standaard: dit jaar)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>print a JSON array (money as decimal amounts)</source>
        <translation>een JSON-array tonen (bedragen als decimale getallen)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>FILE.csv</source>
        <translation>BESTAND.csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write every gift of the year with its recipient&apos;s total as CSV (for the accountant)</source>
        <translation>elk cadeau van het jaar met het totaal van de ontvanger als CSV wegschrijven (voor de boekhouder)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>near limit</source>
        <translation>bijna aan de limiet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OVER LIMIT</source>
        <translation>BOVEN DE LIMIET</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Wrote %n gift(s) of {year} to {file}.</source>
        <translation>
            <numerusform>%n cadeau uit {year} weggeschreven naar {file}.</numerusform>
            <numerusform>%n cadeaus uit {year} weggeschreven naar {file}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>RECIPIENT</source>
        <translation>ONTVANGER</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ORGANISATION</source>
        <translation>ORGANISATIE</translation>
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
        <translation>CADEAUS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TOTAL</source>
        <translation>TOTAAL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LIMIT</source>
        <translation>LIMIET</translation>
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
        <translation>waarschuwing: {message}</translation>
    </message>
    <message>
        <location line="+371"/>
        <source>{prog}: {message} (see {prog} --help)</source>
        <extracomment>The table&apos;s header line, or a function giving it in the run&apos;s language (``lambda: [cli.tr(&quot;ID&quot;)]``).</extracomment>
        <translation>{prog}: {message} (zie {prog} --help)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>ACTION</source>
        <translation>ACTIE</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;{command}&apos; needs a command</source>
        <translation>‘{command}’ heeft een opdracht nodig</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Reciprocity Desktop: give first, record it, follow up. With no command, opens the window.</source>
        <translation>Reciprocity Desktop: eerst geven, vastleggen, opvolgen. Zonder opdracht wordt het venster geopend.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reciprocity-desktop [--db PATH] FILE.rcsync opens the window with that sync file&apos;s import (passphrase, preview, import).</source>
        <translation>reciprocity-desktop [--db PAD] BESTAND.rcsync opent het venster met de import van dat synchronisatiebestand (wachtwoordzin, voorbeeld, import).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PATH</source>
        <translation>PAD</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the store file (default: $RECIPROCITY_DB or {path})</source>
        <translation>het bestand van het gegevensbestand (standaard: $RECIPROCITY_DB of {path})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>show program&apos;s version number and exit</source>
        <translation>versienummer van het programma tonen en afsluiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>COMMAND</source>
        <translation>OPDRACHT</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>reciprocity-desktop: the window cannot start: {error}</source>
        <translation>reciprocity-desktop: het venster kan niet starten: {error}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The folder {folder} does not exist, so the store {store} cannot be opened (create the folder first)</source>
        <translation>De map {folder} bestaat niet, dus het gegevensbestand {store} kan niet worden geopend (maak eerst de map aan)</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/cli/contacts.py" line="+16"/>
        <source>contacts (people) of a prospect</source>
        <extracomment>The options of ``contacts add`` and ``contacts update``, named as add_contact&apos;s keywords.</extracomment>
        <translation>contactpersonen van een prospect</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add a contact person; prints its id</source>
        <translation>een contactpersoon toevoegen; toont de id</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <location filename="../../reciprocity_desktop/cli/followups.py" line="+29"/>
        <location filename="../../reciprocity_desktop/cli/gifts.py" line="+24"/>
        <location filename="../../reciprocity_desktop/cli/outcomes.py" line="+15"/>
        <location filename="../../reciprocity_desktop/cli/visits.py" line="-66"/>
        <source>PROSPECT_ID</source>
        <translation>PROSPECT_ID</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>list a prospect&apos;s contacts, decision makers first</source>
        <translation>de contactpersonen van een prospect tonen, beslissers eerst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>change the given fields of a contact person</source>
        <translation>de opgegeven velden van een contactpersoon wijzigen</translation>
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
        <translation>alles wat over een persoon is opgeslagen als JSON tonen</translation>
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
        <translation>TEKST</translation>
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
        <translation>een persoon echt verwijderen (wist de persoonsgegevens, ook in de back-ups)</translation>
    </message>
    <message>
        <location line="+35"/>
        <location filename="../../reciprocity_desktop/cli/print_day.py" line="+43"/>
        <location filename="../../reciprocity_desktop/cli/prospects.py" line="-30"/>
        <location line="+63"/>
        <location filename="../../reciprocity_desktop/cli/stock.py" line="+42"/>
        <source>NAME</source>
        <translation>NAAM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ROLE</source>
        <translation>FUNCTIE</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../reciprocity_desktop/cli/prospects.py" line="-58"/>
        <source>PHONE</source>
        <translation>TELEFOON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-MAIL</source>
        <translation>E-MAIL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DECIDES</source>
        <translation>BESLIST</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&apos;contacts update&apos; needs something to change: --name, --role, --phone, --email, --decision-maker/--no-decision-maker or --notes</source>
        <translation>‘contacts update’ heeft iets nodig om te wijzigen: --name, --role, --phone, --email, --decision-maker/--no-decision-maker of --notes</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Contact {id} deleted; their personal data is erased.</source>
        <translation>Contactpersoon {id} verwijderd; de persoonsgegevens zijn gewist.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Their data is erased from the store&apos;s backups too (%n backup file(s) held it).</source>
        <translation>
            <numerusform>De gegevens zijn ook uit de back-ups van het gegevensbestand gewist (%n back-upbestand bevatte ze).</numerusform>
            <numerusform>De gegevens zijn ook uit de back-ups van het gegevensbestand gewist (%n back-upbestanden bevatten ze).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/cli/demo.py" line="+14"/>
        <source>load the demo data (a German door-to-door tour)</source>
        <translation>de demogegevens laden (een deur-aan-deurronde in Duitsland)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>load even when the store is not empty (adds to it)</source>
        <translation>ook laden als het gegevensbestand niet leeg is (vult het aan)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an office-sized store instead of the tour: N prospects with contacts, gifts, follow-ups, visits and outcomes over three years</source>
        <translation>een gegevensbestand op kantoorschaal in plaats van de ronde: N prospects met contactpersonen, cadeaus, opvolgacties, bezoeken en resultaten over drie jaar</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
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
            <numerusform>%n cadeau</numerusform>
            <numerusform>%n cadeaus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n opvolgactie</numerusform>
            <numerusform>%n opvolgacties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n outcome(s)</source>
        <translation>
            <numerusform>%n resultaat</numerusform>
            <numerusform>%n resultaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n bezoek</numerusform>
            <numerusform>%n bezoeken</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo data loaded: {counts}.</source>
        <translation>Demogegevens geladen: {counts}.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/cli/followups.py" line="-10"/>
        <source>list and complete follow-ups</source>
        <translation>opvolgacties tonen en afronden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list follow-ups (open ones by due date, then done ones)</source>
        <translation>opvolgacties tonen (open op vervaldatum, daarna afgeronde)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mark a follow-up done</source>
        <translation>een opvolgactie als gedaan markeren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the result</source>
        <translation>het resultaat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>schedule a follow-up; prints its id</source>
        <translation>een opvolgactie plannen; toont de id</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>done</source>
        <translation>gedaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overdue</source>
        <translation>te laat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due today</source>
        <translation>vandaag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>upcoming</source>
        <translation>binnenkort</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>DUE</source>
        <translation>UITERLIJK</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../reciprocity_desktop/cli/gifts.py" line="+30"/>
        <location filename="../../reciprocity_desktop/cli/outcomes.py" line="+32"/>
        <location filename="../../reciprocity_desktop/cli/visits.py" line="+0"/>
        <location filename="../../reciprocity_desktop/cli/visits_route.py" line="+123"/>
        <source>PROSPECT</source>
        <translation>PROSPECT</translation>
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
        <translation>SOORT</translation>
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
        <translation>NOTITIE</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Follow-up {id} done on {date}.</source>
        <translation>Opvolgactie {id} gedaan op {date}.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/cli/gifts.py" line="-65"/>
        <source>log and list gifts</source>
        <extracomment>The options of ``gifts add``, named as log_gift&apos;s keywords.</extracomment>
        <translation>cadeaus vastleggen en tonen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>log a gift; schedules the ask_feedback follow-up; prints its id</source>
        <translation>een cadeau vastleggen; plant de opvolgactie ask_feedback; toont de id</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../reciprocity_desktop/cli/outcomes.py" line="-39"/>
        <source>default: today</source>
        <translation>standaard: vandaag</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../reciprocity_desktop/cli/outcomes.py" line="+2"/>
        <location filename="../../reciprocity_desktop/cli/stock.py" line="-129"/>
        <location filename="../../reciprocity_desktop/cli/visits_debrief.py" line="-7"/>
        <source>AMOUNT</source>
        <translation>BEDRAG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>default: the stock item&apos;s unit cost, else 0</source>
        <translation>standaard: de stukprijs van het voorraadartikel, anders 0</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>take it out of the gift stock</source>
        <translation>uit de cadeauvoorraad halen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the person it was given to</source>
        <translation>de persoon aan wie het is gegeven</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>list gifts, newest first</source>
        <translation>cadeaus tonen, nieuwste eerst</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>record how a gift was received; completes its ask_feedback follow-up</source>
        <translation>vastleggen hoe een cadeau is ontvangen; rondt de opvolgactie ask_feedback af</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GIFT_ID</source>
        <translation>CADEAU_ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>what was said about it</source>
        <translation>wat erover is gezegd</translation>
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
        <translation>OMSCHRIJVING</translation>
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
        <translation>REACTIE</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../../reciprocity_desktop/cli/visits_debrief.py" line="+68"/>
        <source>Follow-up ask_feedback scheduled for {due} ({id}).</source>
        <translation>Opvolgactie ask_feedback gepland op {due} ({id}).</translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../../reciprocity_desktop/cli/visits_debrief.py" line="+4"/>
        <source>Reaction to the gift of {date} ({description}): {reaction} ({id}).</source>
        <translation>Reactie op het cadeau van {date} ({description}): {reaction} ({id}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../reciprocity_desktop/cli/visits_debrief.py" line="+10"/>
        <source>Follow-up ask_feedback {id} done.</source>
        <translation>Opvolgactie ask_feedback {id} gedaan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No open ask_feedback follow-up for this gift.</source>
        <translation>Geen openstaande opvolgactie ask_feedback voor dit cadeau.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/cli/outcomes.py" line="-39"/>
        <source>record what came back</source>
        <translation>vastleggen wat er terugkwam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record an outcome; prints its id</source>
        <translation>een resultaat vastleggen; toont de id</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>order amount (an order without one: value unknown)</source>
        <translation>bedrag van de bestelling (een bestelling zonder: waarde onbekend)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>list outcomes, newest first</source>
        <translation>resultaten tonen, nieuwste eerst</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../../reciprocity_desktop/cli/settings.py" line="+27"/>
        <location line="+26"/>
        <source>VALUE</source>
        <translation>WAARDE</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/cli/print_day.py" line="-2"/>
        <source>Print a day as PDF: the route overview with the gift kit, and one visit sheet per stop.</source>
        <translation>Een dag als pdf afdrukken: het routeoverzicht met het cadeaupakket, en een bezoekblad per bezoek.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the day to print (YYYY-MM-DD)</source>
        <translation>de af te drukken dag (JJJJ-MM-DD)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>FILE.pdf</source>
        <translation>BESTAND.pdf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the PDF to write</source>
        <translation>de pdf die wordt weggeschreven</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>paper size (default: a4)</source>
        <translation>papierformaat (standaard: a4)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>language on paper (default: $RECIPROCITY_LANG, else the language setting, else the system&apos;s)</source>
        <translation>taal op papier (standaard: $RECIPROCITY_LANG, anders de instelling language, anders die van het systeem)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the seller&apos;s name on the paper (default: the seller_name setting)</source>
        <translation>de naam van de verkoper op papier (standaard: de instelling seller_name)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Wrote {file} (pages: {pages}, stops: {stops}).</source>
        <translation>{file} weggeschreven (pagina’s: {pages}, bezoeken: {stops}).</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/cli/prospects.py" line="-4"/>
        <source>STREET</source>
        <translation>STRAAT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>POSTAL_CODE</source>
        <translation>POSTCODE</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+60"/>
        <location filename="../../reciprocity_desktop/cli/visits.py" line="+64"/>
        <location filename="../../reciprocity_desktop/cli/visits_route.py" line="+93"/>
        <source>CITY</source>
        <translation>PLAATS</translation>
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
        <translation>FASE</translation>
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
        <translation>LABELS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NOTES</source>
        <translation>NOTITIES</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LATITUDE</source>
        <translation>BREEDTEGRAAD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LONGITUDE</source>
        <translation>LENGTEGRAAD</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>typed coordinates (-90..90, with --longitude); empty: from the postal code again</source>
        <translation>ingevoerde coördinaten (-90..90, met --longitude); leeg: weer uit de postcode</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>typed coordinates (-180..180, with --latitude)</source>
        <translation>ingevoerde coördinaten (-180..180, met --latitude)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>list, add, update and delete prospects</source>
        <translation>prospects tonen, toevoegen, wijzigen en verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list prospects, ordered by name</source>
        <translation>prospects tonen, op naam gesorteerd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>name, city, postal code or contact name contains TEXT</source>
        <translation>naam, plaats, postcode of naam van een contactpersoon bevat TEKST</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../reciprocity_desktop/cli/stock.py" line="-36"/>
        <location filename="../../reciprocity_desktop/cli/sync.py" line="+36"/>
        <source>print a JSON array</source>
        <translation>een JSON-array tonen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add a prospect; prints its id</source>
        <translation>een prospect toevoegen; toont de id</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>change the given fields of a prospect</source>
        <translation>de opgegeven velden van een prospect wijzigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>delete a prospect (kept as a tombstone for sync)</source>
        <translation>een prospect verwijderen (bewaard als verwijdermarkering voor synchronisatie)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>POSTAL</source>
        <translation>POSTCODE</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Deleted {name} ({id}).</source>
        <translation>{name} verwijderd ({id}).</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/cli/report.py" line="-24"/>
        <source>Reciprocity figures: which gifts lead to what, how fast, at what cost, against prospects who got nothing.</source>
        <translation>Cijfers over wederkerigheid: welke cadeaus waartoe leiden, hoe snel, tegen welke kosten, vergeleken met prospects die niets kregen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>print one JSON object (money as decimal amounts)</source>
        <translation>een JSON-object tonen (bedragen als decimale getallen)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an outcome up to N days after a gift reciprocates it (default {days})</source>
        <translation>een resultaat tot N dagen na een cadeau geldt als tegenprestatie (standaard {days})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>only gifts given on or after DATE (YYYY-MM-DD)</source>
        <translation>alleen cadeaus gegeven op of na DATUM (JJJJ-MM-DD)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>only gifts given on or before DATE (YYYY-MM-DD)</source>
        <translation>alleen cadeaus gegeven op of vóór DATUM (JJJJ-MM-DD)</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>all gifts</source>
        <translation>alle cadeaus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>gifts from {start} to {end}</source>
        <translation>cadeaus van {start} tot {end}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(no gifts)</source>
        <translation>(geen cadeaus)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+55"/>
        <source>kind</source>
        <translation>soort</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+29"/>
        <location line="+57"/>
        <source>gifts</source>
        <translation>cadeaus</translation>
    </message>
    <message>
        <location line="-85"/>
        <location line="+16"/>
        <source>prospects</source>
        <translation>prospects</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+29"/>
        <source>reciprocated</source>
        <translation>beantwoord</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+14"/>
        <location line="+15"/>
        <source>rate</source>
        <translation>percentage</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+29"/>
        <source>median days</source>
        <translation>mediaan dagen</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+29"/>
        <source>cost</source>
        <translation>kosten</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+29"/>
        <location line="+54"/>
        <source>order value</source>
        <translation>waarde bestellingen</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>gifted</source>
        <translation>met cadeau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not gifted</source>
        <translation>zonder cadeau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>group</source>
        <translation>groep</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>got something back</source>
        <translation>iets teruggekregen</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>with {quality}</source>
        <extracomment>The gifts with and without a quality, in the words of the window&apos;s insights page (not English runs).</extracomment>
        <translation>met {quality}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>without {quality}</source>
        <translation>zonder {quality}</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>count</source>
        <translation>aantal</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(no outcomes)</source>
        <translation>(geen resultaten)</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+33"/>
        <source>outcomes</source>
        <translation>resultaten</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>after a gift</source>
        <translation>na een cadeau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>median days from gift</source>
        <translation>mediaan dagen na cadeau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>value after a gift</source>
        <translation>waarde na een cadeau</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(no prospect with gifts or outcomes)</source>
        <extracomment>Lines of the balance table written at a time (it has a line per prospect: 96,881 on an office store).</extracomment>
        <translation>(geen prospect met cadeaus of resultaten)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>prospect</source>
        <translation>prospect</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gift cost</source>
        <translation>kosten cadeaus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>net</source>
        <translation>netto</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Reciprocity report: {period}; an outcome within %n day(s) of a gift reciprocates it.</source>
        <translation>
            <numerusform>Rapport wederkerigheid: {period}; een resultaat binnen %n dag na een cadeau geldt als tegenprestatie.</numerusform>
            <numerusform>Rapport wederkerigheid: {period}; een resultaat binnen %n dagen na een cadeau geldt als tegenprestatie.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>By gift kind</source>
        <translation>Per soort cadeau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gifted vs not gifted</source>
        <translation>Met en zonder cadeau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By quality of the gift</source>
        <translation>Per kenmerk van het cadeau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By outcome kind</source>
        <translation>Per soort resultaat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balance per prospect (order value minus gift cost)</source>
        <translation>Saldo per prospect (waarde bestellingen min kosten cadeaus)</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/cli/settings.py" line="-39"/>
        <source>show and change the settings (seller, home base, gift limits …)</source>
        <translation>de instellingen tonen en wijzigen (verkoper, thuisbasis, cadeaulimieten …)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list every setting and its value (--json: one object)</source>
        <translation>elke instelling met de waarde tonen (--json: één object)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>change one setting</source>
        <translation>een instelling wijzigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>settings:</source>
        <translation>instellingen:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+27"/>
        <source>KEY</source>
        <translation>SLEUTEL</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{line} (unchanged)</source>
        <translation>{line} (ongewijzigd)</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/cli/stock.py" line="-26"/>
        <source>the gift stock: add items, list them, restock</source>
        <translation>de cadeauvoorraad: artikelen toevoegen, tonen, aanvullen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add a stock item; prints its id</source>
        <translation>een voorraadartikel toevoegen; toont de id</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>how many are on hand</source>
        <translation>hoeveel er op voorraad zijn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the unit cost (default 0)</source>
        <translation>de stukprijs (standaard 0)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sample trial content analysis event personal other (default: sample)</source>
        <translation>sample trial content analysis event personal other (standaard: sample)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>runs low at or below this quantity (default: the low_stock_default setting)</source>
        <translation>raakt laag bij deze hoeveelheid of minder (standaard: de instelling low_stock_default)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list the stock items by name</source>
        <translation>de voorraadartikelen op naam tonen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add to a stock item&apos;s quantity on hand</source>
        <translation>de voorraad van een voorraadartikel aanvullen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>how many to add</source>
        <translation>hoeveel erbij komen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kept with the restock movement</source>
        <translation>wordt bij de aanvulling bewaard</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>list a stock item&apos;s movements (opening, restocks, draws, corrections), oldest first</source>
        <translation>de mutaties van een voorraadartikel tonen (beginvoorraad, aanvullingen, uitgiften, correcties), oudste eerst</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>out</source>
        <translation>op</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>low</source>
        <translation>laag</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+70"/>
        <source>ON HAND</source>
        <translation>OP VOORRAAD</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>REORDER AT</source>
        <translation>BESTELNIVEAU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LEVEL</source>
        <translation>NIVEAU</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Restocked {name}: {quantity} on hand.</source>
        <translation>{name} aangevuld: {quantity} op voorraad.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>opening</source>
        <translation>beginvoorraad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restock</source>
        <translation>aanvulling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>draw</source>
        <translation>uitgifte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>correction</source>
        <translation>correctie</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{name} has no stock movements yet.</source>
        <translation>{name} heeft nog geen voorraadmutaties.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>WHEN</source>
        <translation>WANNEER</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CHANGE</source>
        <translation>WIJZIGING</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>GIFT</source>
        <translation>CADEAU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: {quantity} on hand.</source>
        <translation>{name}: {quantity} op voorraad.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/cli/sync.py" line="-50"/>
        <source>write the store&apos;s records (deletions included) to one sync file for a colleague or the office</source>
        <translation>de records van het gegevensbestand (inclusief verwijderingen) naar één synchronisatiebestand schrijven voor een collega of het kantoor</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the sync file to write</source>
        <translation>het synchronisatiebestand dat wordt weggeschreven</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>only records changed on or after DATE (YYYY-MM-DD), and what they refer to</source>
        <translation>alleen records die op of na DATUM (JJJJ-MM-DD) zijn gewijzigd, en waarnaar ze verwijzen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>encrypt the file with the passphrase on the first line of F</source>
        <translation>het bestand versleutelen met de wachtwoordzin op de eerste regel van F</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>merge a colleague&apos;s sync file into the store; prints what changed</source>
        <translation>het synchronisatiebestand van een collega samenvoegen met het gegevensbestand; toont wat er is gewijzigd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the sync file to import</source>
        <translation>het te importeren synchronisatiebestand</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>check the file and say what would change; write nothing</source>
        <translation>het bestand controleren en zeggen wat er zou veranderen; niets wegschrijven</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file&apos;s passphrase is the first line of F</source>
        <translation>de wachtwoordzin van het bestand is de eerste regel van F</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>list the versions that lost a sync conflict, or restore one</source>
        <translation>de versies tonen die een synchronisatieconflict verloren, of er een herstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>include conflicts already restored</source>
        <translation>ook conflicten die al zijn hersteld</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>make the losing version of conflict ID current again</source>
        <translation>de verloren versie van conflict ID weer actueel maken</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The passphrase file {file} does not exist.</source>
        <translation>Het wachtwoordzinbestand {file} bestaat niet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The passphrase file {file} cannot be read: {error}.</source>
        <translation>Het wachtwoordzinbestand {file} kan niet worden gelezen: {error}.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source> changed since {date}</source>
        <translation> gewijzigd sinds {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exported: {records}{scope} ({deletions}) to {path} ({size}{encrypted})</source>
        <translation>geëxporteerd: {records}{scope} ({deletions}) naar {path} ({size}{encrypted})</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
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
            <numerusform>%n verwijdering</numerusform>
            <numerusform>%n verwijderingen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, encrypted</source>
        <translation>, versleuteld</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>future timestamp: {table} {record}{name} changed at {when} by {store}: held back</source>
        <translation>tijdstempel in de toekomst: {table} {record}{name} gewijzigd op {when} door {store}: achtergehouden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>held back: {table} {record}{name} needs a record held back for its future timestamp</source>
        <translation>achtergehouden: {table} {record}{name} heeft een record nodig dat om zijn tijdstempel in de toekomst is achtergehouden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>new: {new}, updated: {updated}, deleted: {deleted}, unchanged: {unchanged}, conflicts: {conflicts}</source>
        <translation>nieuw: {new}, bijgewerkt: {updated}, verwijderd: {deleted}, ongewijzigd: {unchanged}, conflicten: {conflicts}</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>held back: %n record(s) with change times in the future (the sending laptop&apos;s clock is probably wrong); they are applied once that time has come</source>
        <translation>
            <numerusform>achtergehouden: %n record met een wijzigingstijd in de toekomst (de klok van de verzendende laptop staat waarschijnlijk verkeerd); hij wordt toegepast zodra die tijd is aangebroken</numerusform>
            <numerusform>achtergehouden: %n records met wijzigingstijden in de toekomst (de klok van de verzendende laptop staat waarschijnlijk verkeerd); ze worden toegepast zodra die tijd is aangebroken</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>dry run: nothing was written</source>
        <translation>proefrun: er is niets weggeschreven</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>colleague gift: {name} (visit planned {visit_date}) got {kind} &quot;{description}&quot; on {date} from {colleague}</source>
        <translation>cadeau van een collega: {name} (bezoek gepland op {visit_date}) kreeg {kind} ‘{description}’ op {date} van {colleague}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>this store&apos;s version</source>
        <translation>de versie van dit gegevensbestand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the file&apos;s version</source>
        <translation>de versie van het bestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deletion</source>
        <translation>verwijdering</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no field differs</source>
        <translation>geen veld verschilt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, restored {date}</source>
        <translation>, hersteld op {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{id}: {when} {table} {record} &quot;{label}&quot;: {side} (by {colleague}) lost; differs in: {what}</source>
        <translation>{id}: {when} {table} {record} ‘{label}’: {side} (door {colleague}) verloren; verschilt in: {what}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>conflict {id} restored: the losing version is current again</source>
        <translation>conflict {id} hersteld: de verloren versie is weer actueel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no conflicts</source>
        <translation>geen conflicten</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/cli/visits.py" line="-69"/>
        <source>plan and list a day&apos;s visits</source>
        <translation>de bezoeken van een dag plannen en tonen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add prospects to a day&apos;s route (in the order given)</source>
        <translation>prospects aan de route van een dag toevoegen (in de opgegeven volgorde)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>list a day&apos;s visits in route order</source>
        <translation>de bezoeken van een dag in routevolgorde tonen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the whole team&apos;s visits of the day, not only your own</source>
        <translation>de bezoeken van het hele team op die dag, niet alleen die van u</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>take a visit off its day&apos;s route</source>
        <translation>een bezoek van de route van die dag halen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <location filename="../../reciprocity_desktop/cli/visits_debrief.py" line="-122"/>
        <source>VISIT_ID</source>
        <translation>BEZOEK_ID</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>set a visit&apos;s fixed appointment time or its length</source>
        <translation>de vaste afspraaktijd of de duur van een bezoek instellen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a fixed appointment: the route&apos;s times go around it</source>
        <translation>een vaste afspraak: de tijden van de route passen zich erop aan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no fixed time: the route gives the stop its time</source>
        <translation>geen vaste tijd: de route geeft het bezoek zijn tijd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>how long this visit takes (default: the setting)</source>
        <translation>hoe lang dit bezoek duurt (standaard: de instelling)</translation>
    </message>
    <message>
        <location line="+45"/>
        <location filename="../../reciprocity_desktop/cli/visits_route.py" line="+0"/>
        <source>TIME</source>
        <translation>TIJD</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SELLER</source>
        <extracomment>``--all``: the team&apos;s visits, each with its seller.</extracomment>
        <translation>VERKOPER</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(unknown seller)</source>
        <translation>(onbekende verkoper)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no name)</source>
        <translation>(geen naam)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Removed the visit to {name} on {date} ({id}).</source>
        <translation>Bezoek aan {name} op {date} verwijderd ({id}).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Give --time HH:MM, --no-fixed-time or --minutes N.</source>
        <extracomment>The service&apos;s name of a field -&gt; the option that gave it (a refusal names the option).</extracomment>
        <translation>Geef --time HH:MM, --no-fixed-time of --minutes N op.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--time: give a time like 09:30 (or --no-fixed-time for none).</source>
        <translation>--time: geef een tijd op zoals 09:30 (of --no-fixed-time voor geen).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>at {time} (fixed)</source>
        <translation>om {time} (vast)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>without a fixed time</source>
        <translation>zonder vaste tijd</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuut</numerusform>
            <numerusform>%n minuten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the usual length</source>
        <translation>de gebruikelijke duur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit {id} on {date}: {when}, {length}.</source>
        <translation>Bezoek {id} op {date}: {when}, {length}.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/cli/visits_debrief.py" line="-5"/>
        <source>record what happened at a visit: the gift handed over, how the earlier gift was received, what came back and the next follow-up</source>
        <extracomment>The service&apos;s field, and the option that gave it.</extracomment>
        <translation>vastleggen wat er bij een bezoek gebeurde: het overhandigde cadeau, hoe het eerdere cadeau is ontvangen, wat er terugkwam en de volgende opvolgactie</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a gift was handed over (the planned one unless named)</source>
        <translation>er is een cadeau overhandigd (het geplande, tenzij een ander is genoemd)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>STOCK_ID</source>
        <translation>ARTIKEL_ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the gift handed over, taken from this stock item</source>
        <translation>het overhandigde cadeau, uit dit voorraadartikel gehaald</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the gift handed over, not from stock</source>
        <translation>het overhandigde cadeau, niet uit voorraad</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>how the latest gift given to the prospect before the visit was received (completes its ask_feedback follow-up)</source>
        <translation>hoe het laatste cadeau dat de prospect vóór het bezoek kreeg is ontvangen (rondt de opvolgactie ask_feedback af)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the order&apos;s value; without it: value not known</source>
        <translation>de waarde van de bestelling; zonder: waarde niet bekend</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>what was said (the visit&apos;s note)</source>
        <translation>wat er is gezegd (de notitie van het bezoek)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the follow-up&apos;s due date (YYYY-MM-DD)</source>
        <translation>de vervaldatum van de opvolgactie (JJJJ-MM-DD)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--value: only an order has a value (give --outcome order)</source>
        <translation>--value: alleen een bestelling heeft een waarde (geef --outcome order op)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--reaction-note: say how the gift was received with --reaction</source>
        <translation>--reaction-note: geef met --reaction op hoe het cadeau is ontvangen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--followup: give its due date with --due DATE</source>
        <translation>--followup: geef de vervaldatum op met --due DATUM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--due: give the kind of follow-up with --followup KIND</source>
        <translation>--due: geef het soort opvolgactie op met --followup SOORT</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Debriefed the visit on {date}: {status} ({id}).</source>
        <translation>Bezoek op {date} verwerkt: {status} ({id}).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Gift handed over: {description} ({id}).</source>
        <translation>Cadeau overhandigd: {description} ({id}).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>not known</source>
        <translation>niet bekend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome order, value {value} ({id}).</source>
        <translation>Resultaat bestelling, waarde {value} ({id}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outcome {kind} ({id}).</source>
        <translation>Resultaat {kind} ({id}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Follow-up {kind} due {due} ({id}).</source>
        <translation>Opvolgactie {kind} uiterlijk {due} ({id}).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>First order: to move the prospect to customer, run `{command}`.</source>
        <translation>Eerste bestelling: voer `{command}` uit om de prospect klant te maken.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/cli/visits_route.py" line="-98"/>
        <source>order a day&apos;s route by distance from home and back, and compute its times (day_start, visit_minutes, travel_speed_kmh; fixed appointments keep theirs)</source>
        <translation>de route van een dag ordenen op afstand van de thuisbasis en terug, en de tijden berekenen (day_start, visit_minutes, travel_speed_kmh; vaste afspraken houden de hunne)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>by distance</source>
        <translation>op afstand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>by country and postal code (no stop has coordinates)</source>
        <translation>op land en postcode (geen bezoek heeft coördinaten)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> from home ({home}) and back</source>
        <translation> vanaf de thuisbasis ({home}) en terug</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Ordered %n stop(s) of {date} {how}{start}.</source>
        <translation>
            <numerusform>%n bezoek op {date} geordend {how}{start}.</numerusform>
            <numerusform>%n bezoeken op {date} geordend {how}{start}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Total {km} km by road ({factor} × the straight line)</source>
        <translation>Totaal {km} km over de weg ({factor} × de rechte lijn)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>, %n leg(s) unknown</source>
        <translation>
            <numerusform>, %n traject onbekend</numerusform>
            <numerusform>, %n trajecten onbekend</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>back home at {time}</source>
        <translation>terug op de thuisbasis om {time}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the last visit ends at {time}</source>
        <translation>het laatste bezoek eindigt om {time}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> (fixed)</source>
        <translation> (vast)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No visits on the route of {date}: nothing to order.</source>
        <translation>Geen bezoeken op de route van {date}: niets te ordenen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>KM</source>
        <translation>KM</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Home: {km} km</source>
        <translation>Thuisbasis: {km} km</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/cli/addresses.py" line="+55"/>
        <source>&apos;{command}&apos; works on store files only, so nothing was opened: back an office hub up on its server with pg_dump</source>
        <translation>&apos;{command}&apos; werkt alleen met opslagbestanden, dus er is niets geopend: maak een back-up van een kantoorhub op de server met pg_dump</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{source} names an office hub on PostgreSQL, whose driver is not installed, so nothing was opened (install it: pip install &quot;.[hub]&quot;)</source>
        <translation>{source} noemt een kantoorhub op PostgreSQL waarvan het stuurprogramma niet is geïnstalleerd, dus er is niets geopend (installeer het: pip install &quot;.[hub]&quot;)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{source} names a {scheme}:// address: an office hub on PostgreSQL is not supported by this version, so nothing was opened (give the path of a store file)</source>
        <translation>{source} noemt een {scheme}://-adres: een kantoorhub op PostgreSQL wordt door deze versie niet ondersteund, dus er is niets geopend (geef het pad van het bestand van een gegevensbestand op)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{source} names a {scheme}:// address, which is not supported, so nothing was opened (give the path of a store file)</source>
        <translation>{source} noemt een {scheme}://-adres, dat niet wordt ondersteund, dus er is niets geopend (geef het pad van het bestand van een gegevensbestand op)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The word &apos;{word}&apos; of the command line holds bytes that are not UTF-8 text, so nothing was done (type it again in UTF-8)</source>
        <translation>Het woord &apos;{word}&apos; op de opdrachtregel bevat bytes die geen UTF-8-tekst zijn, dus er is niets gedaan (typ het opnieuw in UTF-8)</translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/messages.py" line="-17"/>
        <location filename="../../reciprocity_desktop/ui/operations.py" line="+169"/>
        <source>Cannot do that</source>
        <translation>Dat kan niet</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/ui/operations.py" line="-108"/>
        <source>Cannot redo</source>
        <translation>Opnieuw uitvoeren is niet mogelijk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot undo</source>
        <translation>Ongedaan maken is niet mogelijk</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>Geannuleerd; er is niets gewijzigd.</translation>
    </message>
</context>
<context>
    <name>CompleteFollowUpDialog</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/followups/dialogs.py" line="+76"/>
        <source>Complete follow-up</source>
        <translation>Opvolgactie afronden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Result:</source>
        <translation>&amp;Uitkomst:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened, what was said</source>
        <translation>Wat er gebeurde, wat er gezegd is</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Done on:</source>
        <translation>&amp;Gedaan op:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Complete</source>
        <translation>&amp;Afronden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How was the gift received? ({gift})</source>
        <translation>Hoe is het cadeau ontvangen? ({gift})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re&amp;action:</source>
        <translation>&amp;Reactie:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not known yet</source>
        <translation>Nog onbekend</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reaction &amp;note:</source>
        <translation>&amp;Notitie bij de reactie:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What they thought of it</source>
        <translation>Wat men ervan vond</translation>
    </message>
</context>
<context>
    <name>ConflictLogDialog</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/sync/conflicts.py" line="+39"/>
        <source>Conflict log</source>
        <extracomment>Each column&apos;s sort key in :data:`sync.conflicts.SORT_KEYS` (None: it keeps the log&apos;s order).</extracomment>
        <translation>Conflictlogboek</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show &amp;restored ones too</source>
        <translation>Ook &amp;herstelde tonen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Found</source>
        <translation>Gevonden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>this store&apos;s change</source>
        <translation>de wijziging in dit gegevensbestand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the file&apos;s change</source>
        <translation>de wijziging in het bestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost change by</source>
        <translation>Verloren wijziging van</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Differs in</source>
        <translation>Verschilt in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored</source>
        <translation>Hersteld</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>R&amp;estore this version</source>
        <translation>Deze versie he&amp;rstellen</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>No conflicts: nothing has been imported into this store yet.</source>
        <translation>Geen conflicten: er is nog niets in dit gegevensbestand geïmporteerd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No conflicts left to look at: every one found so far was restored.</source>
        <translation>Geen conflicten meer om te bekijken: alle tot nu toe gevonden conflicten zijn hersteld.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No conflicts: every import so far merged without two changes to the same record.</source>
        <translation>Geen conflicten: elke import tot nu toe is samengevoegd zonder twee wijzigingen aan hetzelfde record.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Field: lost version → current version</source>
        <translation>Veld: verloren versie → huidige versie</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/prospects/dialogs.py" line="+166"/>
        <source>New contact</source>
        <translation>Nieuwe contactpersoon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit contact</source>
        <translation>Contactpersoon bewerken</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Role:</source>
        <translation>&amp;Functie:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. Owner, Purchasing</source>
        <translation>bijv. eigenaar, inkoop</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>P&amp;hone:</source>
        <translation>&amp;Telefoon:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Decision maker</source>
        <translation>&amp;Beslisser</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otities:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Add contact %1</source>
        <translation>Contactpersoon %1 toevoegen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit contact %1</source>
        <translation>Contactpersoon %1 bewerken</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/csv_import/dialog.py" line="+85"/>
        <source>Import %1</source>
        <extracomment>The size the dialog asks for, at most (it stays within the screen&apos;s free area). The colour of a count that needs attention (the lines with errors).</extracomment>
        <translation>%1 importeren</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Import %Ln new prospect(s)?</source>
        <translation>
            <numerusform>%Ln nieuwe prospect importeren?</numerusform>
            <numerusform>%Ln nieuwe prospects importeren?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is nothing new to import: every prospect in the file is in the store already.</source>
        <translation>Er is niets nieuws om te importeren: elke prospect uit het bestand staat al in het gegevensbestand.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%Ln new prospect(s)</source>
        <translation>
            <numerusform>%Ln nieuwe prospect</numerusform>
            <numerusform>%Ln nieuwe prospects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, with %Ln contact person(s)</source>
        <translation>
            <numerusform>, met %Ln contactpersoon</numerusform>
            <numerusform>, met %Ln contactpersonen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln already in the store (left unchanged)</source>
        <translation>
            <numerusform>%Ln al in het gegevensbestand (blijft ongewijzigd)</numerusform>
            <numerusform>%Ln al in het gegevensbestand (blijven ongewijzigd)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln row(s) repeating an earlier one (a new contact person joins that prospect)</source>
        <translation>
            <numerusform>%Ln rij herhaalt een eerdere (een nieuwe contactpersoon komt bij die prospect)</numerusform>
            <numerusform>%Ln rijen herhalen een eerdere (een nieuwe contactpersoon komt bij die prospect)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln line(s) with errors (skipped, see below)</source>
        <translation>
            <numerusform>%Ln regel met fouten (overgeslagen, zie hieronder)</numerusform>
            <numerusform>%Ln regels met fouten (overgeslagen, zie hieronder)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>semicolons</source>
        <translation>puntkomma’s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>commas</source>
        <translation>komma’s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tabs</source>
        <translation>tabs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>vertical bars</source>
        <translation>verticale streepjes</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln row(s) read from %1 (%2, separated by %3).</source>
        <translation>
            <numerusform>%Ln rij gelezen uit %1 (%2, gescheiden door %3).</numerusform>
            <numerusform>%Ln rijen gelezen uit %1 (%2, gescheiden door %3).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Columns not imported: %1.</source>
        <translation>Niet geïmporteerde kolommen: %1.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the store already</source>
        <translation>Al in het gegevensbestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeats an earlier row</source>
        <translation>Herhaalt een eerdere rij</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+28"/>
        <source>Line</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>What happens</source>
        <translation>Wat er gebeurt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street</source>
        <translation>Straat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal code</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact person</source>
        <translation>Contactpersoon</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>The first %Ln row(s) of the file, as the import takes them:</source>
        <translation>
            <numerusform>De eerste %Ln rij van het bestand, zoals de import die overneemt:</numerusform>
            <numerusform>De eerste %Ln rijen van het bestand, zoals de import ze overneemt:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The row(s) of the file, as the import takes them:</source>
        <translation>
            <numerusform>De rij van het bestand, zoals de import die overneemt:</numerusform>
            <numerusform>De rijen van het bestand, zoals de import ze overneemt:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%Ln line(s) cannot be imported and will be skipped:</source>
        <translation>
            <numerusform>%Ln regel kan niet worden geïmporteerd en wordt overgeslagen:</numerusform>
            <numerusform>%Ln regels kunnen niet worden geïmporteerd en worden overgeslagen:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvImporter</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/csv_import/flow.py" line="+44"/>
        <source>Import prospects from CSV</source>
        <translation>Prospects importeren uit CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-bestanden (*.csv *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Checking</source>
        <translation>Controleren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Checking %1…</source>
        <translation>%1 wordt gecontroleerd…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot import %1</source>
        <translation>Kan %1 niet importeren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Import geannuleerd; er is niets gewijzigd.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Importing</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Importing %1…</source>
        <translation>%1 wordt geïmporteerd…</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Imported %Ln prospect(s) from %1.</source>
        <translation>
            <numerusform>%Ln prospect geïmporteerd uit %1.</numerusform>
            <numerusform>%Ln prospects geïmporteerd uit %1.</numerusform>
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
        <translation>Tijd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gift handed over</source>
        <translation>Cadeau overhandigd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next follow-up</source>
        <translation>Volgende opvolgactie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Verwerking</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>(none planned)</source>
        <translation>(niets gepland)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Not saved yet</source>
        <translation>Nog niet opgeslagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Debriefed</source>
        <translation>Verwerkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Still to come</source>
        <translation>Moet nog komen</translation>
    </message>
</context>
<context>
    <name>DebriefView</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/debrief/view.py" line="+78"/>
        <source>Keys in the table: D done · N nobody there · C cancelled · G gift handed over · R reaction to the earlier gift · 0 no outcome, 1 conversation, 2 referral, 3 meeting, 4 order, 5 other · F follow-up · T note · Backspace forget the row · Ctrl+Enter save the row and go to the next.</source>
        <translation>Toetsen in de tabel: D gedaan · N niemand aanwezig · C geannuleerd · G cadeau overhandigd · R reactie op het eerdere cadeau · 0 geen resultaat, 1 gesprek, 2 aanbeveling, 3 afspraak, 4 bestelling, 5 overig · F opvolgactie · T notitie · Backspace rij vergeten · Ctrl+Enter rij opslaan en naar de volgende.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Visits: %1</source>
        <translation>Bezoeken: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>debriefed: %1</source>
        <translation>verwerkt: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No visits on this day.</source>
        <translation>Geen bezoeken op deze dag.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>edited, not saved: %1</source>
        <translation>bewerkt, niet opgeslagen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>still to come: %1 (debriefed from their day on)</source>
        <translation>nog te komen: %1 (te verwerken vanaf hun dag)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unsaved on other days: %1</source>
        <translation>niet opgeslagen op andere dagen: %1</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>That visit is not on a day&apos;s route.</source>
        <translation>Dat bezoek staat niet op de route van een dag.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/ui/debrief/day_bar.py" line="+32"/>
        <source>Da&amp;y:</source>
        <translation>D&amp;ag:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>◀ Previou&amp;s</source>
        <translation>◀ &amp;Vorige</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous day (Alt+Left)</source>
        <translation>Vorige dag (Alt+Pijl links)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne&amp;xt ▶</source>
        <translation>Vol&amp;gende ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next day (Alt+Right)</source>
        <translation>Volgende dag (Alt+Pijl rechts)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Scan or paste reciprocity:visit:…</source>
        <translation>Scan of plak reciprocity:visit:…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to visit (&amp;QR code):</source>
        <translation>Naar bezoek (&amp;QR-code):</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/ui/debrief/feedback.py" line="+14"/>
        <source>Say what happened first: D done, N nobody there, C cancelled.</source>
        <translation>Geef eerst aan wat er gebeurde: D gedaan, N niemand aanwezig, C geannuleerd.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Note saved.</source>
        <translation>Notitie opgeslagen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gift recorded: %1.</source>
        <translation>Cadeau vastgelegd: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reaction to %1: %2.</source>
        <translation>Reactie op %1: %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Order value not known.</source>
        <translation>Waarde van de bestelling onbekend.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Follow-up: %1.</source>
        <translation>Opvolgactie: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stage: %1.</source>
        <translation>Fase: %1.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/ui/debrief/form.py" line="+62"/>
        <source>Visit</source>
        <extracomment>How the label of the field that has the focus stands out (F, T, R, 4 jump to a field).</extracomment>
        <translation>Bezoek</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Do&amp;ne</source>
        <translation>G&amp;edaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No&amp;body there</source>
        <translation>&amp;Niemand aanwezig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancelled</source>
        <translation>Geannu&amp;leerd</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>nothing (yet)</source>
        <translation>(nog) niets</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What was said, who you met…</source>
        <translation>Wat er gezegd is, wie u sprak…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Outcome:</source>
        <translation>&amp;Resultaat:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No&amp;te:</source>
        <translation>Not&amp;itie:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(no follow-up)</source>
        <translation>(geen opvolgactie)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The due day as you write it (e.g. %1) or as %2</source>
        <translation>De vervaldatum zoals u die schrijft (bijv. %1), of als %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>+&amp;7 d</source>
        <translation>+&amp;7 d</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+1&amp;4 d</source>
        <translation>+1&amp;4 d</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+&amp;30 d</source>
        <translation>+&amp;30 d</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Due %1 days after the visit</source>
        <translation>Uiterlijk %1 dagen na het bezoek</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What to do then</source>
        <translation>Wat er dan moet gebeuren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follo&amp;w-up:</source>
        <translation>O&amp;pvolgactie:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;ue:</source>
        <translation>&amp;Uiterlijk:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Memo:</source>
        <translation>&amp;Memo:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save row (Ctrl+Enter)</source>
        <translation>Rij opslaan (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save &amp;all edited</source>
        <translation>Alle bewerkte &amp;opslaan</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>No visit selected</source>
        <translation>Geen bezoek geselecteerd</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Choose the kind of follow-up, or clear the due date.</source>
        <translation>Kies de soort opvolgactie, of wis de vervaldatum.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Already debriefed: only the note can still be changed.</source>
        <translation>Al verwerkt: alleen de notitie kan nog worden gewijzigd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This visit is on %1, still to come: it can be debriefed from that day on.</source>
        <translation>Dit bezoek is op %1 en moet nog komen: het kan vanaf die dag worden verwerkt.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/ui/debrief/form_parts.py" line="+56"/>
        <source>Gift han&amp;ded over</source>
        <translation>&amp;Cadeau overhandigd</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Which gift (e.g. a bottle of wine)</source>
        <translation>Welk cadeau (bijv. een fles wijn)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>(no gift recorded)</source>
        <translation>(geen cadeau vastgelegd)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The gift planned for this visit</source>
        <translation>Het cadeau dat voor dit bezoek gepland is</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no gift planned: choose the one handed over)</source>
        <translation>(geen cadeau gepland: kies het overhandigde)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2 in stock)</source>
        <translation>%1 (%2 op voorraad)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another gift (describe it)…</source>
        <translation>Een ander cadeau (omschrijf het)…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>(not asked)</source>
        <translation>(niet gevraagd)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What they said about it</source>
        <translation>Wat men erover zei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reaction:</source>
        <translation>Reactie:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Earlier gift:</source>
        <translation>Eerder cadeau:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>None before this visit: no reaction to ask about.</source>
        <translation>Geen vóór dit bezoek: er is geen reactie om naar te vragen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(so far: %1)</source>
        <translation>(tot nu toe: %1)</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/ui/debrief/form.py" line="-225"/>
        <location filename="../../reciprocity_desktop/ui/debrief/form_parts.py" line="+24"/>
        <source>e.g. %1</source>
        <translation>bijv. %1</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/ui/debrief/form_parts.py" line="+1"/>
        <source>Value not &amp;known</source>
        <translation>Waarde onbe&amp;kend</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>First order: make them a customer</source>
        <translation>Eerste bestelling: maak er een klant van</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order va&amp;lue:</source>
        <translation>Waarde van de bes&amp;telling:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Their first order: move %1 from the stage %2 to Customer (undo takes it back).</source>
        <translation>Hun eerste bestelling: %1 gaat van de fase %2 naar Klant (ongedaan maken zet dat terug).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Type the order&apos;s value, or tick &quot;Value not known&quot;.</source>
        <translation>Typ de waarde van de bestelling, of vink ‘Waarde onbekend’ aan.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/ui/debrief/model.py" line="+50"/>
        <source>value not known</source>
        <extracomment>Column widths (the Result column takes the rest).</extracomment>
        <translation>waarde onbekend</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/ui/debrief/saving.py" line="+55"/>
        <source>Debrief of %1</source>
        <translation>Verwerking van %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: not saved — see the row.</source>
        <translation>%1: niet opgeslagen — zie de rij.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: saved with warnings — see the row.</source>
        <translation>%1: opgeslagen met waarschuwingen — zie de rij.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: saved.</source>
        <translation>%1: opgeslagen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Debrief of the day</source>
        <translation>Verwerking van de dag</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved: %1.</source>
        <translation>Opgeslagen: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With warnings: %1 (see the rows).</source>
        <translation>Met waarschuwingen: %1 (zie de rijen).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not saved: %1 — see the red rows; what you typed is kept.</source>
        <translation>Niet opgeslagen: %1 — zie de rode rijen; wat u hebt getypt, blijft bewaard.</translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/labels.py" line="+33"/>
        <source>Suspect</source>
        <translation>Suspect</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample</source>
        <translation>Monster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free trial</source>
        <translation>Gratis proefperiode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content (e-book, article)</source>
        <translation>Inhoud (e-book, artikel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tailored analysis</source>
        <translation>Analyse op maat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event invitation</source>
        <translation>Uitnodiging voor een evenement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal present</source>
        <translation>Persoonlijk cadeau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liked</source>
        <translation>Viel in de smaak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neutral</source>
        <translation>Neutraal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not liked</source>
        <translation>Viel niet in de smaak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask for feedback</source>
        <translation>Feedback vragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call</source>
        <translation>Bellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send information</source>
        <translation>Informatie sturen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit</source>
        <translation>Bezoeken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask for an order</source>
        <translation>Om een bestelling vragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversation</source>
        <translation>Gesprek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral</source>
        <translation>Aanbeveling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting with the decision maker</source>
        <translation>Afspraak met de beslisser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>Bestelling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody there</source>
        <translation>Niemand aanwezig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upcoming</source>
        <translation>Binnenkort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opening stock</source>
        <translation>Beginvoorraad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restock</source>
        <translation>Aanvulling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw</source>
        <translation>Uitgifte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correction</source>
        <translation>Correctie</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/cli/base.py" line="-349"/>
        <location filename="../../reciprocity_desktop/ui/labels.py" line="+17"/>
        <source>Ask how the gift was received: {gift}</source>
        <extracomment>The language of this run&apos;s messages (:func:`choose_run_language` sets it before the parser is built, :func:`run` again from the store&apos;s setting). The store&apos;s currency (the ``currency`` setting), read with the language by :func:`run`.</extracomment>
        <translation>Vraag hoe het cadeau is ontvangen: {gift}</translation>
    </message>
</context>
<context>
    <name>EditGiftDialog</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/gifts/dialogs.py" line="+92"/>
        <source>Edit gift</source>
        <translation>Cadeau bewerken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Given to {prospect}</source>
        <translation>Gegeven aan {prospect}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Description:</source>
        <translation>&amp;Omschrijving:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
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
        <translation>&amp;Persoonlijk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unexpected</source>
        <translation>O&amp;nverwacht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Meaningful</source>
        <translation>&amp;Betekenisvol</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Qualities:</source>
        <translation>Kenmerken:</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/sync/export.py" line="+38"/>
        <location line="+66"/>
        <source>Export for sync</source>
        <translation>Exporteren voor synchronisatie</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>&amp;File:</source>
        <translation>&amp;Bestand:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E&amp;xport</source>
        <translation>E&amp;xporteren</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Browse…</source>
        <translation>Bl&amp;aderen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only &amp;changes since</source>
        <translation>Alleen wij&amp;zigingen sinds</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Encrypt with a passphrase (recommended: the file holds personal data)</source>
        <translation>&amp;Versleutelen met een wachtwoordzin (aanbevolen: het bestand bevat persoonsgegevens)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtwoordzin:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Herhalen:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sync files (*%1)</source>
        <translation>Synchronisatiebestanden (*%1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose where to write the file.</source>
        <translation>Kies waar het bestand moet worden opgeslagen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a passphrase, or untick encryption.</source>
        <translation>Typ een wachtwoordzin, of zet versleutelen uit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passphrases differ.</source>
        <translation>De twee wachtwoordzinnen zijn niet gelijk.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../reciprocity_desktop/cli/gift_register.py" line="-59"/>
        <source>year</source>
        <translation>jaar</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/cli/report.py" line="-198"/>
        <location line="+4"/>
        <location filename="../../reciprocity_desktop/services/insights/figures.py" line="+207"/>
        <location line="+6"/>
        <source>window days</source>
        <translation>termijn in dagen</translation>
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
        <translation>datum</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="-67"/>
        <source>paper</source>
        <translation>papier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>language</source>
        <translation>taal</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+9"/>
        <source>output</source>
        <translation>uitvoer</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/contacts.py" line="+17"/>
        <location filename="../../reciprocity_desktop/ui/prospects/dialogs.py" line="-41"/>
        <source>contact name</source>
        <translation>naam van de contactpersoon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>role</source>
        <translation>functie</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../reciprocity_desktop/services/prospects.py" line="+100"/>
        <source>phone</source>
        <translation>telefoon</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../reciprocity_desktop/services/gifts.py" line="+82"/>
        <location filename="../../reciprocity_desktop/services/prospects.py" line="+6"/>
        <location filename="../../reciprocity_desktop/services/visits.py" line="-91"/>
        <source>notes</source>
        <translation>notities</translation>
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
        <translation>bestand</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/debrief.py" line="-23"/>
        <source>order value</source>
        <translation>waarde van de bestelling</translation>
    </message>
    <message>
        <location line="+34"/>
        <location filename="../../reciprocity_desktop/services/visits.py" line="+71"/>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+35"/>
        <location line="+3"/>
        <location line="+11"/>
        <location filename="../../reciprocity_desktop/services/debrief_check.py" line="+126"/>
        <location filename="../../reciprocity_desktop/services/followups.py" line="-190"/>
        <source>gift</source>
        <translation>cadeau</translation>
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
        <translation>notitie</translation>
    </message>
    <message>
        <location line="+63"/>
        <location line="+3"/>
        <location line="+5"/>
        <location filename="../../reciprocity_desktop/services/followups.py" line="+60"/>
        <location filename="../../reciprocity_desktop/services/gift_reactions.py" line="+51"/>
        <location filename="../../reciprocity_desktop/services/gifts.py" line="-156"/>
        <source>reaction</source>
        <translation>reactie</translation>
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
        <translation>soort</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/debrief_check.py" line="-4"/>
        <source>gift description</source>
        <extracomment>An order without a value and not said to be not known: the form asks, saving waits.</extracomment>
        <translation>omschrijving van het cadeau</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/followups.py" line="-188"/>
        <location line="+26"/>
        <location line="+43"/>
        <location line="+2"/>
        <location line="+12"/>
        <source>due date</source>
        <translation>vervaldatum</translation>
    </message>
    <message>
        <location line="-41"/>
        <location filename="../../reciprocity_desktop/services/gift_reactions.py" line="+29"/>
        <source>done date</source>
        <translation>datum van afronding</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../reciprocity_desktop/ui/followups/dialogs.py" line="-168"/>
        <source>result</source>
        <translation>uitkomst</translation>
    </message>
    <message>
        <location line="+69"/>
        <location filename="../../reciprocity_desktop/services/gifts.py" line="+89"/>
        <location filename="../../reciprocity_desktop/services/records.py" line="+59"/>
        <location filename="../../reciprocity_desktop/services/visits.py" line="-33"/>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location line="+96"/>
        <location filename="../../reciprocity_desktop/ui/prospects/dialogs.py" line="+58"/>
        <source>value</source>
        <translation>waarde</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/geo.py" line="+86"/>
        <location filename="../../reciprocity_desktop/services/prospects.py" line="+1"/>
        <source>latitude</source>
        <translation>breedtegraad</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../reciprocity_desktop/services/prospects.py" line="+1"/>
        <source>longitude</source>
        <translation>lengtegraad</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/gifts.py" line="-280"/>
        <location line="+193"/>
        <location filename="../../reciprocity_desktop/services/stock_movements.py" line="+69"/>
        <source>quantity</source>
        <translation>aantal</translation>
    </message>
    <message>
        <location line="-188"/>
        <location line="+105"/>
        <location filename="../../reciprocity_desktop/ui/gifts/dialogs.py" line="-108"/>
        <location filename="../../reciprocity_desktop/ui/gifts/log_gift_dialog.py" line="+83"/>
        <source>description</source>
        <translation>omschrijving</translation>
    </message>
    <message>
        <location line="-100"/>
        <location line="+67"/>
        <location line="+40"/>
        <location filename="../../reciprocity_desktop/ui/gifts/dialogs.py" line="+7"/>
        <location filename="../../reciprocity_desktop/ui/gifts/log_gift_dialog.py" line="+12"/>
        <source>cost</source>
        <translation>kosten</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>contact</source>
        <translation>contactpersoon</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>feedback follow-up</source>
        <translation>opvolgactie voor feedback</translation>
    </message>
    <message>
        <location line="+41"/>
        <location filename="../../reciprocity_desktop/ui/followups/dialogs.py" line="+28"/>
        <source>reaction note</source>
        <translation>notitie bij de reactie</translation>
    </message>
    <message>
        <location line="+97"/>
        <location filename="../../reciprocity_desktop/services/prospects.py" line="-13"/>
        <location filename="../../reciprocity_desktop/ui/gifts/dialogs.py" line="+44"/>
        <location filename="../../reciprocity_desktop/ui/prospects/dialogs.py" line="-182"/>
        <source>name</source>
        <extracomment>Fields a user edits, with their validators: (value, field label) -&gt; clean value.</extracomment>
        <translation>naam</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../reciprocity_desktop/ui/gifts/dialogs.py" line="+9"/>
        <source>unit cost</source>
        <translation>kostprijs per stuk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>low stock level</source>
        <translation>bestelniveau</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>quantity added</source>
        <translation>toegevoegd aantal</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>quantity removed</source>
        <translation>verwijderd aantal</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/insights/figures.py" line="+7"/>
        <source>from</source>
        <translation>vanaf</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/prospects.py" line="+1"/>
        <source>street</source>
        <translation>straat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>postal code</source>
        <translation>postcode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>city</source>
        <translation>plaats</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>website</source>
        <translation>website</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>industry</source>
        <translation>branche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stage</source>
        <translation>fase</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/settings_keys.py" line="+231"/>
        <location line="+4"/>
        <source>setting</source>
        <translation>instelling</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+4"/>
        <source>gift_limits</source>
        <translation>cadeaulimieten</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/validate.py" line="+53"/>
        <source>amount</source>
        <translation>bedrag</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>country</source>
        <extracomment>Two-letter territories CLDR (Babel) lists that are not ISO 3166-1 country codes: groupings (EU, EZ, UN, QO), pseudo-locales (XA, XB), &quot;unknown region&quot; (ZZ) and the &quot;exceptionally reserved&quot; codes whose places belong to an assigned country (AC, TA → SH; CP → FR; DG → IO; EA, IC → ES; CQ → GB). XK (Kosovo) stays: it is user-assigned but used by everyone.</extracomment>
        <translation>land</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>planned time</source>
        <translation>geplande tijd</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+6"/>
        <source>tags</source>
        <translation>labels</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/visits.py" line="-142"/>
        <source>prospects</source>
        <translation>prospects</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>order</source>
        <translation>volgorde</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>gift to bring</source>
        <translation>mee te nemen cadeau</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>visit minutes</source>
        <translation>duur van het bezoek</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>visit</source>
        <translation>bezoek</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/sync/crypto.py" line="+196"/>
        <location line="+4"/>
        <source>passphrase</source>
        <translation>wachtwoordzin</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/sync/exporter.py" line="-52"/>
        <source>since</source>
        <translation>sinds</translation>
    </message>
</context>
<context>
    <name>FollowUpsView</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/followups/details.py" line="+38"/>
        <source>reaction not known yet</source>
        <translation>reactie nog onbekend</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gift: {description} — {kind}, {date}; {reaction}</source>
        <translation>Cadeau: {description} — {kind}, {date}; {reaction}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Select a follow-up to see the details.</source>
        <translation>Selecteer een opvolgactie om de details te zien.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{kind}, due {date}</source>
        <translation>{kind}, uiterlijk {date}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Done on {date}: {result}</source>
        <translation>Gedaan op {date}: {result}</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/ui/followups/dialogs.py" line="-66"/>
        <source>{prospect} — {kind}, due {due}</source>
        <translation>{prospect} — {kind}, uiterlijk {due}</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/ui/followups/models.py" line="+48"/>
        <source>Ask how the gift was received</source>
        <extracomment>The background of an open row by its bucket: overdue red, due today yellow. The follow-up list&apos;s sort key of each column (``FollowUpsView.COL_…``; see :mod:`services.followup_list`).</extracomment>
        <translation>Vraag hoe het cadeau is ontvangen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reaction not known yet</source>
        <translation>Reactie nog onbekend</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <location line="+20"/>
        <source>%n day(s) overdue</source>
        <extracomment>The room a cell gives its text beside it (the delegate&apos;s margins, and a little air). Dates whose text is the widest of their format (two-digit days and months). The most days a status is wide enough for (&quot;9999 days overdue&quot;: an office store holds follow-ups left open for years, &quot;1094 Tage überfällig&quot; was cut at 999).</extracomment>
        <translation>
            <numerusform>%n dag te laat</numerusform>
            <numerusform>%n dagen te laat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-19"/>
        <location line="+21"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>over %n dag</numerusform>
            <numerusform>over %n dagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Double-click to open the prospect</source>
        <translation>Dubbelklik om de prospect te openen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linked gift</source>
        <translation>Bijbehorend cadeau</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Done on</source>
        <translation>Gedaan op</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Result</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/ui/followups/view.py" line="+136"/>
        <source>&amp;Search:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Prospect, note, gift…</source>
        <translation>Prospect, notitie, cadeau…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;New follow-up…</source>
        <translation>&amp;Nieuwe opvolgactie…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Complete…</source>
        <translation>&amp;Afronden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;open</source>
        <translation>&amp;Heropenen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reschedule…</source>
        <translation>&amp;Verzetten…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>+1 &amp;day</source>
        <translation>+1 &amp;dag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>+1 &amp;week</source>
        <translation>+1 &amp;week</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ed&amp;it note…</source>
        <translation>Notitie &amp;bewerken…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De&amp;lete</source>
        <translation>Verw&amp;ijderen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move the due date one day later (an overdue one to tomorrow)</source>
        <translation>De vervaldatum een dag later zetten (een te late naar morgen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move the due date one week later (an overdue one to a week from today)</source>
        <translation>De vervaldatum een week later zetten (een te late naar een week na vandaag)</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>&amp;All open ({n})</source>
        <extracomment>The share of the table&apos;s width (within limits, px) of prospect, linked gift, result; the note takes the rest.</extracomment>
        <translation>Alle o&amp;penstaande ({n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Overdue ({n})</source>
        <translation>&amp;Te laat ({n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due &amp;today ({n})</source>
        <translation>Vandaa&amp;g ({n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Upcoming ({n})</source>
        <translation>Binnen&amp;kort ({n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Done ({n})</source>
        <translation>G&amp;edaan ({n})</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No follow-up here matches the search.</source>
        <translation>Geen opvolgactie hier komt overeen met de zoekopdracht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing done yet.</source>
        <translation>Nog niets gedaan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to do here. Log a gift, or schedule a follow-up with “New follow-up”.</source>
        <translation>Hier is niets te doen. Leg een cadeau vast, of plan een opvolgactie in met ‘Nieuwe opvolgactie’.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>New follow-up</source>
        <translation>Nieuwe opvolgactie</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Complete follow-up</source>
        <translation>Opvolgactie afronden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reopen follow-up</source>
        <translation>Opvolgactie heropenen</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+9"/>
        <source>Reschedule follow-up</source>
        <translation>Opvolgactie verzetten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit follow-up note</source>
        <translation>Notitie van de opvolgactie bewerken</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete follow-up</source>
        <translation>Opvolgactie verwijderen</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/widgets/amounts.py" line="+46"/>
        <source>e.g. %1</source>
        <translation>bijv. %1</translation>
    </message>
</context>
<context>
    <name>GiftDelegate</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/planner/delegates.py" line="+55"/>
        <source>(no gift from stock)</source>
        <translation>(geen cadeau uit de voorraad)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2 in stock)</source>
        <translation>%1 (%2 op voorraad)</translation>
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
        <translation>Limiet</translation>
    </message>
</context>
<context>
    <name>GiftRegisterView</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/insights/register_view.py" line="+129"/>
        <source>&amp;Year:</source>
        <extracomment>Emitted each time the page shows freshly loaded rows.</extracomment>
        <translation>&amp;Jaar:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter recipients…</source>
        <translation>Ontvangers filteren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xporteren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every gift of the year with its recipient, for the accountant</source>
        <translation>Elk cadeau van het jaar met de ontvanger, voor de boekhouder</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>no limit</source>
        <translation>geen limiet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recipient</source>
        <translation>Ontvanger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gifts</source>
        <translation>Cadeaus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limit</source>
        <translation>Limiet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Over the limit</source>
        <translation>Boven de limiet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Near the limit</source>
        <translation>Bijna aan de limiet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No limit is set for {country}.</source>
        <translation>Er is geen limiet ingesteld voor {country}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no country</source>
        <translation>geen land</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{amount} over the deductible limit of {limit}.</source>
        <translation>{amount} boven de aftrekbare cadeaulimiet van {limit}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{amount} left below the deductible limit of {limit}.</source>
        <translation>Nog {amount} tot de aftrekbare cadeaulimiet van {limit}.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Gift register</source>
        <translation>Cadeauregister</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading the gift register…</source>
        <translation>Het cadeauregister wordt geladen…</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>No gifts recorded in {year}.</source>
        <translation>Geen cadeaus vastgelegd in {year}.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{year}: %n recipient(s), {total} in gifts</source>
        <translation>
            <numerusform>{year}: %n ontvanger, {total} aan cadeaus</numerusform>
            <numerusform>{year}: %n ontvangers, {total} aan cadeaus</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Deductible limit per recipient and year: {limits}. Amber: {percent} of the limit or more; red: over the limit. The recipient is the contact the gift was given to, or the organisation.</source>
        <translation>Aftrekbare cadeaulimiet per ontvanger per jaar: {limits}. Oranje: {percent} van de limiet of meer; rood: boven de limiet. De ontvanger is de contactpersoon aan wie het cadeau is gegeven, of de organisatie.</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>Wrote %n gift(s) of {year} to {path}.</source>
        <translation>
            <numerusform>%n cadeau uit {year} weggeschreven naar {path}.</numerusform>
            <numerusform>%n cadeaus uit {year} weggeschreven naar {path}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-46"/>
        <source>{over} over the limit, {near} near it</source>
        <translation>{over} boven de limiet, {near} bijna eraan</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>none set</source>
        <translation>niet ingesteld</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>gift-register-{year}.csv</source>
        <translation>cadeauregister-{year}.csv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the gift register</source>
        <translation>Het cadeauregister exporteren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The register could not be written to {path}: {error}</source>
        <translation>Het register kon niet naar {path} worden geschreven: {error}</translation>
    </message>
</context>
<context>
    <name>GiftsView</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/gifts/models.py" line="+47"/>
        <source>Reaction not known yet — double-click to set it</source>
        <extracomment>The gift list&apos;s sort key of each column (``GiftsView.COL_…``; see :mod:`services.gift_list`).</extracomment>
        <translation>Reactie nog onbekend — dubbelklik om die in te vullen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Double-click to open the prospect</source>
        <translation>Dubbelklik om de prospect te openen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recipient</source>
        <translation>Ontvanger</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+99"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Personal</source>
        <translation>Persoonlijk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pers.</source>
        <translation>Pers.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unexpected</source>
        <translation>Onverwacht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unexp.</source>
        <translation>Onverw.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meaningful</source>
        <translation>Betekenisvol</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meaningf.</source>
        <translation>Betek.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reaction</source>
        <translation>Reactie</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>“{item}” is over-drawn by {count}: two reps drew the last ones before their laptops synced. Restock it, or correct its count (Edit item).</source>
        <extracomment>The room a cell gives its text beside it (the delegate&apos;s margins, and a little air). The dearest gift a cost column is wide enough for, in cents. Dates whose text is the widest of their format (two-digit days and months).</extracomment>
        <translation>‘{item}’ staat {count} onder nul: twee collega&apos;s gaven de laatste uit voordat hun laptops werden gesynchroniseerd. Vul de voorraad aan of corrigeer de telling (Artikel bewerken).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{item} (by {count})</source>
        <translation>{item} ({count} onder nul)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Out of stock: restock before planning the next tour</source>
        <translation>Niet op voorraad: vul aan voordat u de volgende ronde plant</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unit cost</source>
        <translation>Kostprijs per stuk</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>On hand</source>
        <translation>Op voorraad</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Running low: restock before planning the next tour</source>
        <translation>Lage voorraad: vul aan voordat u de volgende ronde plant</translation>
    </message>
    <message numerus="yes">
        <location line="-22"/>
        <source>%n item(s) over-drawn ({items}): two reps drew the last ones before their laptops synced. Restock them, or correct their counts (Edit item).</source>
        <translation>
            <numerusform>%n artikel onder nul ({items}): twee collega&apos;s gaven de laatste uit voordat hun laptops werden gesynchroniseerd. Vul de voorraad aan of corrigeer de telling (Artikel bewerken).</numerusform>
            <numerusform>%n artikelen onder nul ({items}): twee collega&apos;s gaven de laatste uit voordat hun laptops werden gesynchroniseerd. Vul de voorraad aan of corrigeer de tellingen (Artikel bewerken).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Low-stock level</source>
        <translation>Bestelniveau</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/ui/gifts/stock_pane.py" line="+63"/>
        <source>Gift stock</source>
        <translation>Cadeauvoorraad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add item…</source>
        <translation>Artikel &amp;toevoegen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edi&amp;t item…</source>
        <translation>Artikel be&amp;werken…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rest&amp;ock…</source>
        <translation>&amp;Aanvullen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Moveme&amp;nts…</source>
        <translation>&amp;Mutaties…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete ite&amp;m</source>
        <translation>Artike&amp;l verwijderen</translation>
    </message>
    <message numerus="yes">
        <location line="+60"/>
        <source>%n item(s) out of stock</source>
        <translation>
            <numerusform>%n artikel niet op voorraad</numerusform>
            <numerusform>%n artikelen niet op voorraad</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n item(s) running low</source>
        <translation>
            <numerusform>%n artikel met lage voorraad</numerusform>
            <numerusform>%n artikelen met lage voorraad</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stock is fine</source>
        <translation>Voorraad is in orde</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>New stock item</source>
        <translation>Nieuw voorraadartikel</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Edit stock item</source>
        <translation>Voorraadartikel bewerken</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restock</source>
        <translation>Voorraad aanvullen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete stock item</source>
        <translation>Voorraadartikel verwijderen</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/ui/gifts/view.py" line="+116"/>
        <source>Gifts</source>
        <translation>Cadeaus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Search:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Prospect, recipient, description…</source>
        <translation>Prospect, ontvanger, omschrijving…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All kinds</source>
        <translation>Alle soorten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Log gift…</source>
        <translation>Cadeau &amp;vastleggen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set &amp;reaction…</source>
        <translation>&amp;Reactie invullen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit gift…</source>
        <translation>Cadeau &amp;bewerken…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Delete gift</source>
        <translation>Cadeau verwij&amp;deren</translation>
    </message>
    <message numerus="yes">
        <location line="+125"/>
        <source>More than %n gift(s), counting…</source>
        <extracomment>What the description keeps at least when the other columns share the width. The totals while the gifts are being counted (%n: the gifts shown so far, a page).</extracomment>
        <translation>
            <numerusform>Meer dan %n geschenk, wordt geteld…</numerusform>
            <numerusform>Meer dan %n geschenken, wordt geteld…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln gift(s), total cost {cost}</source>
        <translation>
            <numerusform>%Ln cadeau, totale kosten {cost}</numerusform>
            <numerusform>%Ln cadeaus, totale kosten {cost}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No gift matches the search or kind.</source>
        <translation>Geen cadeau komt overeen met de zoekopdracht of de soort.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No gifts yet. Give first: log a gift with “Log gift…”.</source>
        <translation>Nog geen cadeaus. Eerst geven: leg een cadeau vast met ‘Cadeau vastleggen…’.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Gift logged</source>
        <translation>Cadeau vastgelegd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set gift reaction</source>
        <translation>Reactie op het cadeau invullen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit gift</source>
        <translation>Cadeau bewerken</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete gift</source>
        <translation>Cadeau verwijderen</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/sync/importer.py" line="+58"/>
        <source>Import %1</source>
        <translation>%1 importeren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From the store “%1”, written %2 by Reciprocity Desktop %3%4.</source>
        <translation>Uit het gegevensbestand ‘%1’, geschreven op %2 door Reciprocity Desktop %3%4.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, encrypted</source>
        <translation>, versleuteld</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New: %1 · updated: %2 · deleted: %3 · unchanged: %4 · conflicts: %5</source>
        <translation>Nieuw: %1 · bijgewerkt: %2 · verwijderd: %3 · ongewijzigd: %4 · conflicten: %5</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing to import</source>
        <translation>Niets te importeren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Bijgewerkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchanged</source>
        <translation>Ongewijzigd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts</source>
        <translation>Conflicten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held back</source>
        <translation>Achtergehouden</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%Ln record(s) were changed here and in the other store since you last exchanged files. The later change wins; the other version is kept in the conflict log, where you can restore it.</source>
        <translation>
            <numerusform>%Ln record is sinds uw laatste bestandsuitwisseling hier en in het andere gegevensbestand gewijzigd. De latere wijziging geldt; de andere versie blijft bewaard in het conflictlogboek, waar u haar kunt herstellen.</numerusform>
            <numerusform>%Ln records zijn sinds uw laatste bestandsuitwisseling hier en in het andere gegevensbestand gewijzigd. De latere wijziging geldt; de andere versie blijft bewaard in het conflictlogboek, waar u haar kunt herstellen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln record(s) carry a time in the future (a laptop with a wrong clock?) and are held back:</source>
        <translation>
            <numerusform>%Ln record heeft een tijd in de toekomst (een laptop met een verkeerde klok?) en wordt tegengehouden:</numerusform>
            <numerusform>%Ln records hebben een tijd in de toekomst (een laptop met een verkeerde klok?) en worden tegengehouden:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InsightsView</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/insights/act.py" line="+37"/>
        <source>No follow-up yet ({n})</source>
        <extracomment>Per list, the sort key of each column (see insights_lists_sql.LIST_SORTS; None: the column does not sort). The most width the lists ask for, to show their tabs&apos; titles whole (px). The filter applies this long after the last keystroke.</extracomment>
        <translation>Nog geen opvolgactie ({n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reaction overdue ({n})</source>
        <translation>Reactie te laat ({n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next steps ({n})</source>
        <translation>Volgende stappen ({n})</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Filter the lists…</source>
        <translation>De lijsten filteren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To act on</source>
        <translation>Actie nodig</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Double-click a row to open the prospect.</source>
        <translation>Dubbelklik op een rij om de prospect te openen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gifted prospects nobody has followed up since their latest gift</source>
        <translation>Prospects met een cadeau die sinds hun laatste cadeau door niemand zijn opgevolgd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gifts whose reaction is still unknown after asking was due</source>
        <translation>Cadeaus waarvan de reactie nog onbekend is, terwijl het tijd was om ernaar te vragen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prospects who gave something back, with a suggested next step</source>
        <translation>Prospects die iets terug hebben gegeven, met een voorgestelde volgende stap</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/ui/insights/charts.py" line="+301"/>
        <source>Gifts reciprocated, by kind</source>
        <extracomment>The least size of a chart (px); a bar chart is taller when it has more bars (:meth:`ChartView.need_rows`). A chart&apos;s width when three stand side by side (their titles fit); narrower, they stand two by two. The least width of a chart two by two: a longer title takes two lines, longer labels a smaller font. What a horizontal bar chart needs besides its bars&apos; labels: title, value axis, its title, margins (px). Room between two category labels of a horizontal bar chart (px). The most of a bar chart&apos;s width its category labels may take (Qt cuts a wider label to &quot;...&quot;). What Qt takes from that share beside a label set smaller to fit (its padding and the ticks; px, found by trying). The smallest point size a label or axis title is set in to fit its room (smaller, it is cut with a tooltip). The room a chart&apos;s title leaves at its sides (the chart&apos;s margins and layout; px). The room a vertical axis title needs beside its text along the axis (px). The months chart&apos;s width besides its bars (the outcomes axis, margins), and the room a month&apos;s label needs beside its text on one line, beside the longer of month and year on two, and so when the year stands under the first month and each January only (px, found by trying: with less, Qt writes &quot;...&quot;). The colour of the second bar, when it differs (QtCharts colours single bars through &quot;selection&quot;).</extracomment>
        <translation>Beantwoord per soort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median days to outcome</source>
        <translation>Mediaan dagen tot resultaat</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>no gifts in this period</source>
        <translation>geen cadeaus in deze periode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reciprocated (%)</source>
        <translation>Beantwoord (%)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../reciprocity_desktop/ui/insights/lists.py" line="+88"/>
        <source>Median days</source>
        <translation>Mediaan dagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days</source>
        <translation>Dagen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Gifted ({n})</source>
        <translation>Met cadeau ({n})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not gifted ({n})</source>
        <translation>Zonder cadeau ({n})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Gave something back</source>
        <translation>Gaf iets terug</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gave something back (%)</source>
        <translation>Gaf iets terug (%)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prospects (%)</source>
        <translation>Prospects (%)</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Outcomes per month</source>
        <translation>Resultaten per maand</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../reciprocity_desktop/ui/insights/lists.py" line="+114"/>
        <source>Outcomes</source>
        <translation>Resultaten</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/ui/insights/figures.py" line="+60"/>
        <source>Gifts given</source>
        <translation>Gegeven cadeaus</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>to %n prospect(s) · {rate} reciprocated</source>
        <translation>
            <numerusform>aan %n prospect · {rate} beantwoord</numerusform>
            <numerusform>aan %n prospects · {rate} beantwoord</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gifted prospects who gave something back</source>
        <translation>Prospects met een cadeau die iets terug gaven</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} of {total} · median {days} days after the gift</source>
        <translation>{n} van {total} · mediaan {days} dagen na het cadeau</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Prospects without a gift who gave something</source>
        <translation>Prospects zonder cadeau die iets gaven</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} of {total} had an outcome</source>
        <translation>{n} van {total} met een resultaat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Orders after gifts</source>
        <translation>Bestellingen na cadeaus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>for gifts that cost {cost}</source>
        <translation>voor cadeaus die {cost} kostten</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/ui/insights/help.py" line="+17"/>
        <source>&lt;h3&gt;What the figures mean&lt;/h3&gt;&lt;p&gt;A gift is &lt;b&gt;reciprocated&lt;/b&gt; when its prospect has an outcome of any kind (conversation, referral, meeting, order, other) dated on or after the gift&apos;s date and at most the &lt;b&gt;window&lt;/b&gt; (default 90 days) after it. An outcome &lt;i&gt;reciprocates&lt;/i&gt; the gifts it follows in that way.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Rate&lt;/b&gt; = reciprocated gifts ÷ gifts (shown as – when there are no gifts).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Median days&lt;/b&gt;: over the reciprocated gifts, the days from the gift to the first outcome on or after it.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Cost&lt;/b&gt;: what the gifts cost. &lt;b&gt;Order value&lt;/b&gt;: the value of the orders that reciprocate at least one gift of the group, each order counted once per group.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Gifted&lt;/b&gt;: prospects with at least one gift in the period, and how many of them have a reciprocated gift. &lt;b&gt;Not gifted&lt;/b&gt;: prospects who never got a gift, and how many of them have any outcome in the period.&lt;/li&gt;&lt;li&gt;&lt;b&gt;From/To&lt;/b&gt; choose the gifts by gift date; their outcomes may come after &lt;i&gt;To&lt;/i&gt;, within the window. Outcomes counted on their own (not gifted, per outcome kind, balance) are those from &lt;i&gt;From&lt;/i&gt; to &lt;i&gt;To&lt;/i&gt; plus the window.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Balance&lt;/b&gt; per prospect: order value minus gift cost.&lt;/li&gt;&lt;li&gt;Deleted records never count.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;The lists to act on&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;No follow-up yet&lt;/b&gt;: gifted prospects for whom, since their latest gift, no follow-up was done, no reaction recorded and no outcome recorded.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Reaction overdue&lt;/b&gt;: gifts without a recorded reaction after their feedback follow-up was due (or, without one, the feedback delay after the gift).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Next steps&lt;/b&gt;: prospects with a reciprocated gift. The step follows their latest outcome: an order → thank them, ask how it works and whom else it could help; a referral → thank them and report back; a meeting → send what you promised, then ask for the order; a conversation → ask for a meeting with the decision maker (or find out who decides); anything else → thank them and send useful information.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Remember: give first and do not ask for an immediate return.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Wat de cijfers betekenen&lt;/h3&gt;&lt;p&gt;Een cadeau is &lt;b&gt;beantwoord&lt;/b&gt; wanneer de prospect een resultaat van welke soort dan ook heeft (gesprek, aanbeveling, afspraak, bestelling, overig) op of na de datum van het cadeau en hoogstens de &lt;b&gt;termijn&lt;/b&gt; (standaard 90 dagen) erna. Een resultaat &lt;i&gt;beantwoordt&lt;/i&gt; de cadeaus die het op die manier volgt.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Percentage&lt;/b&gt; = beantwoorde cadeaus ÷ cadeaus (getoond als – wanneer er geen cadeaus zijn).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Mediaan dagen&lt;/b&gt;: over de beantwoorde cadeaus, het aantal dagen van het cadeau tot het eerste resultaat op of na die dag.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Kosten&lt;/b&gt;: wat de cadeaus kostten. &lt;b&gt;Waarde bestellingen&lt;/b&gt;: de waarde van de bestellingen die minstens één cadeau van de groep beantwoorden, elke bestelling één keer per groep geteld.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Met cadeau&lt;/b&gt;: prospects met minstens één cadeau in de periode, en hoeveel van hen een beantwoord cadeau hebben. &lt;b&gt;Zonder cadeau&lt;/b&gt;: prospects die nooit een cadeau kregen, en hoeveel van hen in de periode een resultaat hebben.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Vanaf&lt;/b&gt; en &lt;b&gt;tot en met&lt;/b&gt; kiezen de cadeaus op de datum van het cadeau; hun resultaten mogen na &lt;i&gt;tot en met&lt;/i&gt; komen, binnen de termijn. Resultaten die op zichzelf worden geteld (zonder cadeau, per soort resultaat, saldo) zijn die van &lt;i&gt;vanaf&lt;/i&gt; tot &lt;i&gt;tot en met&lt;/i&gt; plus de termijn.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Saldo&lt;/b&gt; per prospect: waarde van de bestellingen min de kosten van de cadeaus.&lt;/li&gt;&lt;li&gt;Verwijderde records tellen nooit mee.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;De lijsten met acties&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Nog geen opvolgactie&lt;/b&gt;: prospects met een cadeau bij wie sinds hun laatste cadeau geen opvolgactie is gedaan, geen reactie is vastgelegd en geen resultaat is vastgelegd.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Reactie te laat&lt;/b&gt;: cadeaus zonder vastgelegde reactie nadat hun opvolgactie voor feedback uiterlijk had moeten gebeuren (of, zonder zo’n opvolgactie, nadat de tijd uit ‘Naar een cadeau vragen na’ sinds het cadeau verstreken is).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Volgende stappen&lt;/b&gt;: prospects met een beantwoord cadeau. De stap volgt uit hun laatste resultaat: een bestelling → bedank hen, vraag hoe het bevalt en wie er nog meer mee geholpen zou zijn; een aanbeveling → bedank hen en laat weten hoe het is gegaan; een afspraak → stuur wat u hebt beloofd en vraag daarna om de bestelling; een gesprek → vraag om een afspraak met de beslisser (of zoek uit wie er beslist); iets anders → bedank hen en stuur nuttige informatie.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Onthoud: geef eerst en vraag niet meteen iets terug.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/ui/insights/lists.py" line="-126"/>
        <location line="+124"/>
        <source>Gifts</source>
        <translation>Cadeaus</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>Prospects</source>
        <translation>Prospects</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reciprocated</source>
        <translation>Beantwoord</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate</source>
        <translation>Percentage</translation>
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
        <translation>Waarde bestellingen</translation>
    </message>
    <message>
        <location line="-105"/>
        <location line="+23"/>
        <location line="+35"/>
        <location line="+42"/>
        <source>Prospect</source>
        <extracomment>The balance table&apos;s sort key of each column (see services.insights.report.BALANCE_SORTS).</extracomment>
        <translation>Prospect</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>Latest gift</source>
        <translation>Laatste cadeau</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Given</source>
        <translation>Gegeven</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Days since</source>
        <translation>Dagen sindsdien</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Gift</source>
        <translation>Cadeau</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} d</source>
        <translation>{n} d</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n dag te laat</numerusform>
            <numerusform>%n dagen te laat</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Asked</source>
        <translation>Gevraagd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asked, but the reaction was not recorded</source>
        <translation>Gevraagd, maar de reactie is niet vastgelegd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not asked yet</source>
        <translation>Nog niet gevraagd</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name}, {city} · {outcomes} outcomes, orders {orders}</source>
        <translation>{name}, {city} · resultaten: {outcomes}, bestellingen: {orders}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Latest outcome</source>
        <translation>Laatste resultaat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Suggested next step</source>
        <translation>Voorgestelde volgende stap</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Gift kind</source>
        <translation>Soort cadeau</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Gifts that were…</source>
        <translation>Kenmerk</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Outcome kind</source>
        <translation>Soort resultaat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After a gift</source>
        <translation>Na een cadeau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median days from gift</source>
        <translation>Mediaan dagen na cadeau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value after a gift</source>
        <translation>Waarde na een cadeau</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Gift cost</source>
        <translation>Kosten cadeaus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/ui/insights/texts.py" line="+28"/>
        <source>Sample</source>
        <translation>Monster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trial</source>
        <translation>Proefperiode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Evenement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present</source>
        <translation>Persoonlijk cadeau</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Conversation</source>
        <translation>Gesprek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral</source>
        <translation>Aanbeveling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>Afspraak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>Bestelling</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Personal</source>
        <translation>Persoonlijk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unexpected</source>
        <translation>Onverwacht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meaningful</source>
        <translation>Betekenisvol</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not personal</source>
        <extracomment>The gifts without a quality: a whole label each (not &quot;not&quot; glued to the quality&apos;s word).</extracomment>
        <translation>Niet persoonlijk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not unexpected</source>
        <translation>Niet onverwacht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not meaningful</source>
        <translation>Niet betekenisvol</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Thank them for the order; ask how it works and whom else it could help.</source>
        <extracomment>The next steps of services.insights.NEXT_STEPS, in the page&apos;s words.</extracomment>
        <translation>Bedank hen voor de bestelling; vraag hoe het bevalt en wie er nog meer mee geholpen zou zijn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thank them for the referral; report back how it went.</source>
        <translation>Bedank hen voor de aanbeveling; laat weten hoe het is gegaan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send what you promised at the meeting, then ask for the order.</source>
        <translation>Stuur wat u bij de afspraak hebt beloofd en vraag daarna om de bestelling.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask for a meeting with {name}, the decision maker.</source>
        <translation>Vraag om een afspraak met {name}, de beslisser.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find out who decides and ask for a meeting.</source>
        <translation>Zoek uit wie er beslist en vraag om een afspraak.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thank them; send useful information.</source>
        <translation>Bedank hen; stuur nuttige informatie.</translation>
    </message>
    <message numerus="yes">
        <location line="+57"/>
        <source>Gifts from {start} to {end}; outcomes within %n day(s) count</source>
        <translation>
            <numerusform>Cadeaus van {start} tot en met {end}; resultaten binnen %n dag tellen mee</numerusform>
            <numerusform>Cadeaus van {start} tot en met {end}; resultaten binnen %n dagen tellen mee</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Gifts since {start}; outcomes within %n day(s) count</source>
        <translation>
            <numerusform>Cadeaus vanaf {start}; resultaten binnen %n dag tellen mee</numerusform>
            <numerusform>Cadeaus vanaf {start}; resultaten binnen %n dagen tellen mee</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Gifts until {end}; outcomes within %n day(s) count</source>
        <translation>
            <numerusform>Cadeaus tot en met {end}; resultaten binnen %n dag tellen mee</numerusform>
            <numerusform>Cadeaus tot en met {end}; resultaten binnen %n dagen tellen mee</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>All gifts; outcomes within %n day(s) count</source>
        <translation>
            <numerusform>Alle cadeaus; resultaten binnen %n dag tellen mee</numerusform>
            <numerusform>Alle cadeaus; resultaten binnen %n dagen tellen mee</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/ui/insights/view.py" line="+120"/>
        <source>Overview</source>
        <extracomment>Emitted each time the page shows freshly computed figures. Emitted when computing failed (the message is also shown on the page).</extracomment>
        <translation>Overzicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figures</source>
        <translation>Cijfers</translation>
    </message>
    <message>
        <location line="+19"/>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An outcome up to this many days after a gift counts as reciprocating it.</source>
        <translation>Een resultaat tot zoveel dagen na een cadeau telt als antwoord op dat cadeau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reciprocity &amp;window:</source>
        <translation>Termijn voor wede&amp;rkerigheid:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;to</source>
        <translation>&amp;tot en met</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/ui/insights/help.py" line="+45"/>
        <location filename="../../reciprocity_desktop/ui/insights/view.py" line="+10"/>
        <source>What the figures mean</source>
        <translation>Wat de cijfers betekenen</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/ui/insights/view.py" line="-12"/>
        <source>Gifts fro&amp;m</source>
        <translation>Cadeaus &amp;vanaf</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Help on the figures</source>
        <translation>Uitleg bij de cijfers</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>By gift kind</source>
        <translation>Per soort cadeau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With and without each quality</source>
        <translation>Met en zonder elk kenmerk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By outcome kind</source>
        <translation>Per soort resultaat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance per prospect (order value − gift cost)</source>
        <translation>Saldo per prospect (waarde bestellingen − kosten cadeaus)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The start date is after the end date.</source>
        <translation>De begindatum ligt na de einddatum.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Computing…</source>
        <translation>Berekenen…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The figures could not be computed: {error}</source>
        <translation>De cijfers konden niet worden berekend: {error}</translation>
    </message>
</context>
<context>
    <name>KitPane</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/planner/kit_pane.py" line="+52"/>
        <source>Gift kit for the day</source>
        <translation>Cadeaupakket voor de dag</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Red: not enough in stock. Yellow: stock runs low after this day.</source>
        <translation>Rood: onvoldoende voorraad. Geel: na deze dag is de voorraad laag.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Stock item</source>
        <translation>Voorraadartikel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Need</source>
        <translation>Nodig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Have</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 missing for this day.</source>
        <translation>Tekort voor deze dag: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 left after this day.</source>
        <translation>Na deze dag over: %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: need %2, have %3</source>
        <translation>%1: nodig %2, aanwezig %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not enough in stock — %1</source>
        <translation>Onvoldoende voorraad — %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gifts from stock to load: %1 — all in stock.</source>
        <translation>In te laden cadeaus uit de voorraad: %1 — alles op voorraad.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No gifts from stock planned for this day yet.</source>
        <translation>Nog geen cadeaus uit de voorraad gepland voor deze dag.</translation>
    </message>
</context>
<context>
    <name>LogGiftDialog</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/gifts/log_gift_dialog.py" line="-51"/>
        <location line="+120"/>
        <source>Log a gift</source>
        <translation>Een cadeau vastleggen</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>&amp;Prospect:</source>
        <translation>&amp;Prospect:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pick from the gift stock or describe the gift</source>
        <translation>Kies uit de cadeauvoorraad of omschrijf het cadeau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2 in stock)</source>
        <translation>%1 (%2 op voorraad)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;What:</source>
        <translation>&amp;Wat:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Given to:</source>
        <translation>&amp;Gegeven aan:</translation>
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
        <translation>&amp;Aantal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pe&amp;rsonal</source>
        <translation>P&amp;ersoonlijk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unexpected</source>
        <translation>&amp;Onverwacht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Meaningful</source>
        <translation>&amp;Betekenisvol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qualities:</source>
        <translation>Kenmerken:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The organisation</source>
        <translation>De organisatie</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only %1 left in stock.</source>
        <translation>Nog maar %1 op voorraad.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/main_window.py" line="+57"/>
        <source>Reciprocity Desktop — %1 (read-only)</source>
        <extracomment>The other pages&apos; modules are imported (from the thread pool, after the first paint).</extracomment>
        <translation>Reciprocity Desktop – %1 (alleen-lezen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reciprocity Desktop — %1</source>
        <translation>Reciprocity Desktop — %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Store: %1</source>
        <translation>Gegevensbestand: %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Reciprocity Desktop — %1 (damaged)</source>
        <translation>Reciprocity Desktop – %1 (beschadigd)</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Reciprocity Desktop</source>
        <translation>&amp;Over Reciprocity Desktop</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importeren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exporteren…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Print day…</source>
        <translation>Dag af&amp;drukken…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export for &amp;sync…</source>
        <translation>Exporteren voor &amp;synchronisatie…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import s&amp;ync file…</source>
        <translation>Synchronisatiebestand im&amp;porteren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Conflict log…</source>
        <translation>&amp;Conflictlogboek…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Backup…</source>
        <translation>&amp;Back-up maken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back&amp;ups…</source>
        <translation>Back-&amp;ups…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>Opnieuw &amp;uitvoeren:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;New prospect…</source>
        <translation>&amp;Nieuwe prospect…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Log gift…</source>
        <translation>Cadeau &amp;vastleggen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find prospect</source>
        <translation>Prospect &amp;zoeken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete prospect</source>
        <translation>Prospect verwij&amp;deren</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Gift logged</source>
        <translation>Cadeau vastgelegd</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Export prospects as CSV</source>
        <translation>Prospects exporteren als CSV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export failed</source>
        <translation>Exporteren mislukt</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Exported %Ln prospect(s) to %1.</source>
        <translation>
            <numerusform>%Ln prospect geëxporteerd naar %1.</numerusform>
            <numerusform>%Ln prospects geëxporteerd naar %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/ui/backup.py" line="+55"/>
        <location filename="../../reciprocity_desktop/ui/main_window.py" line="-3"/>
        <source>Could not write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Back up the store</source>
        <translation>Back-up van het gegevensbestand maken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Store files (*.sqlite3)</source>
        <translation>Gegevensbestanden (*.sqlite3)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+5"/>
        <source>Backup failed</source>
        <translation>Back-up mislukt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backup written to %1.</source>
        <translation>Back-up geschreven naar %1.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/ui/main_window.py" line="+53"/>
        <source>About Reciprocity Desktop</source>
        <translation>Over Reciprocity Desktop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2

Give first, record it, follow up: an offline tool for field sellers.

Store: %3</source>
        <translation>%1 %2

Eerst geven, vastleggen, opvolgen: een offline hulpmiddel voor verkopers in de buitendienst.

Gegevensbestand: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Postal-code coordinates: GeoNames (https://www.geonames.org/), licensed under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/).</source>
        <translation>Coördinaten van postcodes: GeoNames (https://www.geonames.org/), onder licentie CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/).</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/ui/page_registry.py" line="+38"/>
        <source>Today</source>
        <extracomment>The pages, in the order of their tabs (and of View → Ctrl+1 … Ctrl+8). Each is built as Class(ctx, parent).</extracomment>
        <translation>Vandaag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prospects</source>
        <translation>Prospects</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gifts</source>
        <translation>Cadeaus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-ups</source>
        <translation>Opvolgacties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visits</source>
        <translation>Bezoeken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debrief</source>
        <translation>Verwerking</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insights</source>
        <translation>Inzichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gift register</source>
        <translation>Cadeauregister</translation>
    </message>
</context>
<context>
    <name>MinutesDelegate</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/planner/delegates.py" line="+23"/>
        <source> min</source>
        <translation> min</translation>
    </message>
</context>
<context>
    <name>MovementsDialog</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/gifts/movements_dialog.py" line="+57"/>
        <source>Stock movements</source>
        <extracomment>Below zero: the on-hand figure in the red of an over-draw. The warning&apos;s look: the out-of-stock red behind dark red words. The sort key of each column (only the date sorts: newest or oldest first).</extracomment>
        <translation>Voorraadmutaties</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No stock movements yet.</source>
        <translation>Nog geen voorraadmutaties.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On hand</source>
        <translation>Op voorraad</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recipient</source>
        <translation>Ontvanger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notitie</translation>
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
            <numerusform>%n mutatie van ‘{item}’; nu op voorraad: {quantity}</numerusform>
            <numerusform>%n mutaties van ‘{item}’; nu op voorraad: {quantity}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewFollowUpDialog</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/followups/dialogs.py" line="+134"/>
        <source>New follow-up</source>
        <translation>Nieuwe opvolgactie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Prospect:</source>
        <translation>&amp;Prospect:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Due:</source>
        <translation>&amp;Uiterlijk:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notitie:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to do, what to ask</source>
        <translation>Wat te doen, wat te vragen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Schedule</source>
        <translation>&amp;Inplannen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No prospect matches “{text}”.</source>
        <translation>Geen prospect komt overeen met ‘{text}’.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick a prospect.</source>
        <translation>Kies een prospect.</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location line="+31"/>
        <source>Follow-up note</source>
        <translation>Notitie bij de opvolgactie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notitie:</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/labels.py" line="+48"/>
        <source>A colleague visits this prospect on %1</source>
        <translation>Een collega bezoekt deze prospect op %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A colleague (no name set) visits this prospect on %1</source>
        <translation>Een collega (zonder naam) bezoekt deze prospect op %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 visits this prospect on %2</source>
        <translation>%1 bezoekt deze prospect op %2</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/prospects/dialogs.py" line="+174"/>
        <location line="+25"/>
        <source>Record an outcome</source>
        <translation>Een resultaat vastleggen</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>&amp;What came back:</source>
        <translation>&amp;Wat er terugkwam:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order &amp;value:</source>
        <translation>Waarde van de &amp;bestelling:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notitie:</translation>
    </message>
</context>
<context>
    <name>PickPane</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/planner/pick_pane.py" line="+73"/>
        <source>Add prospects</source>
        <extracomment>How many search results the list shows at most. The selected prospects whose colleagues&apos; visits are said (the first ones of a long selection).</extracomment>
        <translation>Prospects toevoegen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Name, city, postal code or contact</source>
        <translation>Naam, plaats, postcode of contactpersoon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sear&amp;ch:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add to t&amp;he day</source>
        <translation>Aan de dag &amp;toevoegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the selected prospects (Enter or double-click)</source>
        <translation>De geselecteerde prospects toevoegen (Enter of dubbelklikken)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>e.g. 803</source>
        <translation>bijv. 803</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal code &amp;starts with:</source>
        <translation>&amp;Postcode begint met:</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+65"/>
        <source>Add a&amp;ll</source>
        <translation>All&amp;e toevoegen</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Everyone in a postal-code area</source>
        <translation>Iedereen in een postcodegebied</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No prospect matches that is not on this day already.</source>
        <translation>Geen passende prospect die nog niet op deze dag staat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first 200 matches; type more to narrow down.</source>
        <translation>De eerste 200 treffers; typ meer om te verfijnen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Matches not on this day yet: %1</source>
        <translation>Nog niet op deze dag: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Type the start of a postal code.</source>
        <translation>Typ het begin van een postcode.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postal code %1…, not on this day yet: %2</source>
        <translation>Postcode %1…, nog niet op deze dag: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a&amp;ll %1</source>
        <translation>All&amp;e %1 toevoegen</translation>
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
        <translation>Da&amp;g:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>◀ Previ&amp;ous</source>
        <translation>◀ &amp;Vorige</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous day (Alt+Left)</source>
        <translation>Vorige dag (Alt+Pijl links)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne&amp;xt ▶</source>
        <translation>Volgend&amp;e ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next day (Alt+Right)</source>
        <translation>Volgende dag (Alt+Pijl rechts)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To&amp;morrow</source>
        <translation>&amp;Morgen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Order &amp;automatically</source>
        <translation>&amp;Automatisch ordenen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order the stops by distance from home and back (the home base in the settings) and compute their times from the day&apos;s start, the visit length and the travel speed; fixed appointments keep their times</source>
        <translation>De bezoeken ordenen op afstand van huis en terug (de thuisbasis in de instellingen) en hun tijden berekenen uit het begin van de dag, de duur van een bezoek en de reissnelheid; vaste afspraken houden hun tijd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pri&amp;nt day…</source>
        <translation>Dag afdru&amp;kken…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Move &amp;up</source>
        <translation>&amp;Omhoog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected stop up (Ctrl+Up)</source>
        <translation>Het geselecteerde bezoek omhoog verplaatsen (Ctrl+Pijl omhoog)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move do&amp;wn</source>
        <translation>Om&amp;laag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected stop down (Ctrl+Down)</source>
        <translation>Het geselecteerde bezoek omlaag verplaatsen (Ctrl+Pijl omlaag)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;emove stop</source>
        <translation>Bezoek ver&amp;wijderen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the selected stop from the day (Del); Undo brings it back</source>
        <translation>Het geselecteerde bezoek van de dag verwijderen (Del); met Ongedaan maken komt het terug</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Drag stops or press Ctrl+Up/Ctrl+Down to reorder: the times after follow. Double-click or F2 edits the time (HH:MM, a fixed appointment), the minutes and the gift to bring.</source>
        <translation>Sleep bezoeken of druk op Ctrl+Pijl omhoog/Ctrl+Pijl omlaag om de volgorde te wijzigen: de tijden erna schuiven mee. Dubbelklik of druk op F2 om de tijd (UU:MM, een vaste afspraak), de minuten en het mee te nemen cadeau te bewerken.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Stops: %1</source>
        <translation>Bezoeken: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Add stops to %1</source>
        <translation>Bezoeken toevoegen aan %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Reorder the route</source>
        <translation>Route herschikken</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Order the route automatically</source>
        <translation>Route automatisch ordenen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Remove stop %1</source>
        <translation>Bezoek %1 verwijderen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set the planned time</source>
        <translation>Geplande tijd instellen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set the visit&apos;s length</source>
        <translation>Duur van het bezoek instellen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the gift to bring</source>
        <translation>Mee te nemen cadeau kiezen</translation>
    </message>
</context>
<context>
    <name>PrintDayDialog</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/planner/print_dialog.py" line="+49"/>
        <source>Print day</source>
        <translation>Dag afdrukken</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Print to PDF</source>
        <translation>&amp;Afdrukken naar PDF</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Day:</source>
        <translation>&amp;Dag:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>&amp;Save to:</source>
        <translation>&amp;Opslaan in:</translation>
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
            <numerusform>%n bezoek op de route.</numerusform>
            <numerusform>%n bezoeken op de route.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No visits planned for this day.</source>
        <translation>Geen bezoeken gepland voor deze dag.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save the day&apos;s PDF</source>
        <translation>PDF van de dag opslaan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ProspectDetail</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/prospects/detail.py" line="+121"/>
        <source>Phone:</source>
        <extracomment>The pane shows this many characters of a prospect&apos;s notes. From this width on, the contacts table shows their roles too. The timeline shows this many newest entries, and this many more per &quot;Show more&quot;. The timeline&apos;s rows in sight at least (a shorter window scrolls the pane).</extracomment>
        <translation>Telefoon:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Website:</source>
        <translation>Website:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Log gift…</source>
        <translation>Cadeau &amp;vastleggen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record &amp;outcome…</source>
        <translation>&amp;Resultaat vastleggen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Role</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add &amp;contact…</source>
        <translation>Contactpersoon &amp;toevoegen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit contact…</source>
        <translation>Contactpersoon bewerken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+209"/>
        <source>Delete contact</source>
        <translation>Contactpersoon verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1? Their personal data is erased from this store, from its backup files and, through sync, from the stores of colleagues. You can undo this in the store until you close the program (the backups stay erased).</source>
        <translation>%1 verwijderen? De persoonsgegevens worden gewist uit dit gegevensbestand, uit de back-upbestanden ervan en, via synchronisatie, uit de gegevensbestanden van collega’s. U kunt dit in het gegevensbestand ongedaan maken tot u het programma sluit (in de back-ups blijven ze gewist).</translation>
    </message>
    <message>
        <location line="-206"/>
        <source>Export person&apos;s data…</source>
        <translation>Persoonsgegevens exporteren…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visits, gifts, follow-ups and outcomes, newest first</source>
        <translation>Bezoeken, cadeaus, opvolgacties en resultaten, nieuwste eerst</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Select a prospect in the list (click it, or the arrow keys) to see its address, contacts and timeline of visits, gifts, follow-ups and outcomes.</source>
        <translation>Selecteer een prospect in de lijst (klik erop of gebruik de pijltoetsen) om het adres, de contactpersonen en de tijdlijn van bezoeken, cadeaus, opvolgacties en resultaten te zien.</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Contacts</source>
        <translation>Contactpersonen</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>E&amp;dit…</source>
        <translation>B&amp;ewerken…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Erases the person&apos;s data here, in the backups and, through sync, everywhere</source>
        <translation>Wist de gegevens van deze persoon hier, in de back-ups en, via synchronisatie, overal</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>Tags: %1</source>
        <translation>Labels: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Show more (%1 older)</source>
        <translation>Meer tonen (nog %1 oudere)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Gift logged</source>
        <translation>Cadeau vastgelegd</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Delete contact %1</source>
        <translation>Contactpersoon %1 verwijderen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export person&apos;s data</source>
        <translation>Persoonsgegevens exporteren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-bestanden (*.json)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export failed</source>
        <translation>Exporteren mislukt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Could not write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/ui/prospects/parts.py" line="+105"/>
        <source>on %1&apos;s route</source>
        <translation>op de route van %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on a colleague&apos;s route</source>
        <translation>op de route van een collega</translation>
    </message>
</context>
<context>
    <name>ProspectDialog</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/prospects/dialogs.py" line="-200"/>
        <source>New prospect</source>
        <translation>Nieuwe prospect</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit prospect</source>
        <translation>Prospect bewerken</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company, practice or shop</source>
        <translation>Bedrijf, praktijk of winkel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Street:</source>
        <translation>&amp;Straat:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Postal code</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Postal code, city:</source>
        <translation>&amp;Postcode, plaats:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Country:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Filled from the postal code when empty</source>
        <translation>Wordt uit de postcode aangevuld als het leeg is</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Coor&amp;dinates (lat, lon):</source>
        <translation>&amp;Coördinaten (breedte, lengte):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Latitude</source>
        <translation>Breedtegraad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longitude</source>
        <translation>Lengtegraad</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>P&amp;hone:</source>
        <translation>&amp;Telefoon:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
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
        <translation>&amp;Fase:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>T&amp;ags:</source>
        <translation>L&amp;abels:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comma-separated, e.g. key account, Bavaria</source>
        <translation>Gescheiden door komma’s, bijv. key account, Brabant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otities:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Add prospect %1</source>
        <translation>Prospect %1 toevoegen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit prospect %1</source>
        <translation>Prospect %1 bewerken</translation>
    </message>
</context>
<context>
    <name>ProspectPicker</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/widgets/prospect_picker.py" line="+25"/>
        <source>Type a name, city or postal code</source>
        <translation>Typ een naam, plaats of postcode</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>No prospect matches “{text}”.</source>
        <translation>Geen prospect komt overeen met ‘{text}’.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick a prospect.</source>
        <translation>Kies een prospect.</translation>
    </message>
</context>
<context>
    <name>ProspectTableModel</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/prospects/model.py" line="+46"/>
        <source>Name</source>
        <extracomment>A prospect located this near its page&apos;s edge is read with the neighbouring page too (about half the rows a list scrolled to centre it shows).</extracomment>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal code</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Labels</translation>
    </message>
</context>
<context>
    <name>ProspectsView</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/prospects/view.py" line="+79"/>
        <source>Name, city, postal code, contact (Ctrl+F)</source>
        <extracomment>What each of the list&apos;s columns is wide enough for, by column number (the last one, the tags, takes the rest; a cut cell shows its whole text in its tooltip). The detail pane&apos;s share of the page&apos;s width (the list takes the rest), and its narrowest.</extracomment>
        <translation>Naam, plaats, postcode, contactpersoon (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All stages</source>
        <translation>Alle fasen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Gifted, no follow-up yet</source>
        <translation>Cadeau &amp;gehad, niet opgevolgd</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&amp;New prospect…</source>
        <translation>&amp;Nieuwe prospect…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>All cities</source>
        <translation>Alle plaatsen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All tags</source>
        <translation>Alle labels</translation>
    </message>
    <message numerus="yes">
        <location line="-32"/>
        <location line="+66"/>
        <source>%n prospect(s)</source>
        <translation>
            <numerusform>%n prospect</numerusform>
            <numerusform>%n prospects</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No prospect matches the search and filters.</source>
        <translation>Geen prospect voldoet aan de zoekopdracht en de filters.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No prospects yet: add one with New prospect… (Ctrl+N).</source>
        <translation>Nog geen prospects: voeg er een toe met Nieuwe prospect… (Ctrl+N).</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Delete %1</source>
        <translation>%1 verwijderen</translation>
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
        <translation>Opslaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save All</source>
        <translation>Alles opslaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes to &amp;All</source>
        <translation>Ja op &amp;alles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Nee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;o to All</source>
        <translation>Nee &amp;op alles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort</source>
        <translation>Afbreken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>Negeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Verwerpen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Toepassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation>Standaard herstellen</translation>
    </message>
</context>
<context>
    <name>ReactionDialog</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/gifts/dialogs.py" line="-96"/>
        <source>Gift reaction</source>
        <extracomment>The examples of a gift&apos;s cost and a stock item&apos;s unit cost, in cents. The longest note of a restock (the services&apos; limit of a movement&apos;s note).</extracomment>
        <translation>Reactie op het cadeau</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re&amp;action:</source>
        <translation>&amp;Reactie:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not known yet</source>
        <translation>Nog onbekend</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notitie:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What they thought of it</source>
        <translation>Wat men ervan vond</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="-32"/>
        <location filename="../../reciprocity_desktop/reports/overview.py" line="+38"/>
        <location filename="../../reciprocity_desktop/reports/pages.py" line="+74"/>
        <source>Route overview</source>
        <translation>Routeoverzicht</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/pages.py" line="+3"/>
        <location filename="../../reciprocity_desktop/reports/visit_sheet.py" line="+60"/>
        <source>Stop {number} of {count}</source>
        <extracomment>A cell&apos;s small grey second line (a gift&apos;s recipient, a reaction&apos;s note).</extracomment>
        <translation>Bezoek {number} van {count}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>continued</source>
        <translation>vervolg</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/overview.py" line="+6"/>
        <location filename="../../reciprocity_desktop/reports/pages.py" line="+20"/>
        <source>Seller</source>
        <translation>Verkoper</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/pages.py" line="+3"/>
        <source>Page {page} of {pages}</source>
        <translation>Pagina {page} van {pages}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>continued on the next page</source>
        <translation>vervolg op de volgende pagina</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/overview.py" line="+1"/>
        <source>Stops: {count}</source>
        <translation>Bezoeken: {count}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled visits (not shown): {count}</source>
        <translation>Geannuleerde bezoeken (niet getoond): {count}</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company and address</source>
        <translation>Bedrijf en adres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact and phone</source>
        <translation>Contactpersoon en telefoon</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../reciprocity_desktop/reports/visit_sheet.py" line="+60"/>
        <source>Gift to bring</source>
        <translation>Mee te nemen cadeau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../reciprocity_desktop/reports/text.py" line="+82"/>
        <source>done</source>
        <translation>gedaan</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../reciprocity_desktop/reports/text.py" line="+1"/>
        <location filename="../../reciprocity_desktop/reports/visit_sheet.py" line="+146"/>
        <source>nobody there</source>
        <translation>niemand aanwezig</translation>
    </message>
    <message>
        <location line="-68"/>
        <location filename="../../reciprocity_desktop/reports/visit_sheet.py" line="-87"/>
        <source>decision maker</source>
        <translation>beslisser</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Route: {km} by road (estimated: {factor} × the straight line)</source>
        <translation>Route: {km} over de weg (geschat: {factor} × hemelsbreed)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Legs of unknown length: {count}</source>
        <translation>Trajecten met onbekende lengte: {count}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From home ({home}) at {time}</source>
        <translation>Vertrek van huis ({home}) om {time}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Back home at {time}</source>
        <translation>Terug thuis om {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last visit ends at {time}</source>
        <translation>Laatste bezoek eindigt om {time}</translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../../reciprocity_desktop/reports/visit_sheet.py" line="-116"/>
        <source>fixed time</source>
        <translation>vaste afspraak</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Back home</source>
        <translation>Terug naar huis</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Gift kit – load into the car</source>
        <translation>Cadeaupakket – in de auto laden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No gifts to bring today.</source>
        <translation>Vandaag hoeven er geen cadeaus mee.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not enough in stock for today</source>
        <translation>Onvoldoende voorraad voor vandaag</translation>
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
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+25"/>
        <source>Needed</source>
        <translation>Nodig</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>In stock</source>
        <translation>Op voorraad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loaded</source>
        <translation>Ingeladen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Missing: {count}</source>
        <translation>Tekort: {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left after today: {count}</source>
        <translation>Daarna over: {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>low</source>
        <translation>laag</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Also bring (not from stock)</source>
        <translation>Ook meenemen (niet uit voorraad)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>For stops</source>
        <translation>Voor bezoeken</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stop {number}</source>
        <translation>Bezoek {number}</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/visit_sheet.py" line="-117"/>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scan for the debrief</source>
        <translation>Scannen om te verwerken</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>none chosen for this visit</source>
        <translation>voor dit bezoek niets gekozen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suggested opening</source>
        <translation>Voorgestelde opening</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give first: ask for nothing in return today.</source>
        <translation>Eerst geven: vraag vandaag niets terug.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Contacts</source>
        <translation>Contactpersonen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No contacts yet – ask who decides.</source>
        <translation>Nog geen contactpersonen – vraag wie er beslist.</translation>
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
        <translation>Cadeau</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/visit_sheet.py" line="+1"/>
        <source>Reaction</source>
        <translation>Reactie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>for {name}</source>
        <translation>voor {name}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not known yet – ask</source>
        <translation>nog onbekend – navragen</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Earlier gifts</source>
        <translation>Eerdere cadeaus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None yet – this is the first gift.</source>
        <translation>Nog geen – dit is het eerste cadeau.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>What came back</source>
        <translation>Wat er terugkwam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Earlier outcomes</source>
        <translation>Eerdere resultaten</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To do</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>overdue</source>
        <translation>te laat</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Open follow-ups</source>
        <translation>Openstaande opvolgacties</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>About the prospect</source>
        <translation>Over de prospect</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last visit ({date})</source>
        <translation>Vorig bezoek ({date})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For this visit</source>
        <translation>Voor dit bezoek</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Notes so far</source>
        <translation>Notities tot nu toe</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>talked</source>
        <translation>gesproken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gift handed over</source>
        <translation>cadeau overhandigd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>meeting agreed</source>
        <translation>afspraak gemaakt</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="-7"/>
        <location filename="../../reciprocity_desktop/reports/visit_sheet.py" line="+1"/>
        <source>referral</source>
        <translation>aanbeveling</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../reciprocity_desktop/reports/visit_sheet.py" line="+1"/>
        <source>order</source>
        <translation>bestelling</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/visit_sheet.py" line="+4"/>
        <source>Outcome of the visit</source>
        <translation>Resultaat van het bezoek</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes and next step</source>
        <translation>Notities en volgende stap</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="-28"/>
        <source>sample</source>
        <extracomment>Babel locale used for dates and amounts in each language. Typographic quotes around a gift&apos;s name inside a sentence.</extracomment>
        <translation>monster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>free trial</source>
        <translation>gratis proefperiode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>content (e-book, article)</source>
        <translation>inhoud (e-book, artikel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>analysis / advice</source>
        <translation>analyse / advies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>event invitation</source>
        <translation>uitnodiging voor een evenement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>personal present</source>
        <translation>persoonlijk cadeau</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+23"/>
        <source>other</source>
        <translation>overig</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>liked it</source>
        <translation>viel in de smaak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>neutral</source>
        <translation>neutraal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>did not like it</source>
        <translation>viel niet in de smaak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>declined it</source>
        <translation>geweigerd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Suspect</source>
        <translation>Suspect</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ask for feedback on the gift</source>
        <translation>feedback op het cadeau vragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>call</source>
        <translation>bellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>send information</source>
        <translation>informatie sturen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>visit</source>
        <translation>bezoeken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ask for an order</source>
        <translation>om een bestelling vragen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>conversation</source>
        <translation>gesprek</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>meeting with the decision maker</source>
        <translation>afspraak met de beslisser</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>planned</source>
        <translation>gepland</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>A colleague visits this prospect on {date}</source>
        <extracomment>A clock time past midnight, as the route writes it: &quot;01:10 (+1)&quot;.</extracomment>
        <translation>Een collega bezoekt deze prospect op {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A colleague (no name set) visits this prospect on {date}</source>
        <translation>Een collega (zonder naam) bezoekt deze prospect op {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{seller} visits this prospect on {date}</source>
        <translation>{seller} bezoekt deze prospect op {date}</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>+%n day(s)</source>
        <translation>
            <numerusform>+%n dag</numerusform>
            <numerusform>+%n dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>and %n more contact(s)</source>
        <translation>
            <numerusform>en nog %n contactpersoon</numerusform>
            <numerusform>en nog %n contactpersonen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ask how the gift was received: {gift}</source>
        <translation>Vraag hoe het cadeau is ontvangen: {gift}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In {country}, while most stops are in {main}: far from the others.</source>
        <translation>In {country}, terwijl de meeste stops in {main} liggen: ver van de andere.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{km} from the day&apos;s centre: far from the others.</source>
        <translation>{km} van het midden van de dagroute: ver van de andere.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No coordinates: placed by postal code near {neighbour}.</source>
        <translation>Geen coördinaten: op postcode bij {neighbour} geplaatst.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No coordinates: the travel to this stop is not counted.</source>
        <translation>Geen coördinaten: de reis naar deze stop is niet meegeteld.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The route reaches this appointment at {arrival}, {minutes} min late.</source>
        <translation>De route bereikt deze afspraak om {arrival}, {minutes} min te laat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The route does not reach this stop before midnight.</source>
        <translation>De route bereikt deze stop niet voor middernacht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gift limit: {total} given in {year} with the gift to bring, over the {limit} a recipient may receive in {country}.</source>
        <translation>Cadeaulimiet: {total} gegeven in {year} met het mee te nemen cadeau, meer dan de {limit} die een ontvanger in {country} mag krijgen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gift limit: {total} given in {year} with the gift to bring, close to the {limit} a recipient may receive in {country}.</source>
        <translation>Cadeaulimiet: {total} gegeven in {year} met het mee te nemen cadeau, dicht bij de {limit} die een ontvanger in {country} mag krijgen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The home base&apos;s postal code is not known ({home}): the route starts at the first stop.</source>
        <translation>De postcode van de thuisbasis is onbekend ({home}): de route begint bij de eerste stop.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No home base in the settings: the route starts at the first stop.</source>
        <translation>Geen thuisbasis in de instellingen: de route begint bij de eerste stop.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>I heard that {gift} was well received – thank you! What did you like most about it?</source>
        <translation>Ik hoorde dat {gift} goed is ontvangen – dank u wel! Wat vond u er het beste aan?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On {date} I left you {gift}. Was it of any use? What would be more useful to you next time?</source>
        <translation>Op {date} heb ik u {gift} gegeven. Had u er iets aan? Wat zou u de volgende keer meer helpen?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last time {gift} was not quite right for you – thank you for being honest. What would really help you in your work?</source>
        <translation>De vorige keer was {gift} niet helemaal wat u zocht – bedankt voor uw eerlijkheid. Wat zou u echt helpen in uw werk?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>On {date} I left you {gift}. How was it received – did you have a chance to try it?</source>
        <translation>Op {date} heb ik u {gift} gegeven. Hoe is het ontvangen – heeft u het al kunnen proberen?</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+13"/>
        <source>Today I brought you {gift} – simply as a gift.</source>
        <translation>Vandaag heb ik {gift} voor u meegenomen – gewoon als cadeau.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Good to see you again. How have things been at {company} since we spoke on {date}?</source>
        <translation>Fijn u weer te zien. Hoe is het bij {company} gegaan sinds ons gesprek op {date}?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Good day, my name is {seller}.</source>
        <translation>Goedendag, mijn naam is {seller}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Good day, let me introduce myself.</source>
        <translation>Goedendag, mag ik mij even voorstellen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I brought something for {company}: {gift}. It is a gift – nothing is expected in return.</source>
        <translation>Ik heb iets meegenomen voor {company}: {gift}. Het is een cadeau – er wordt niets voor terugverwacht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I would simply like to get to know {company} and hear what matters to you.</source>
        <translation>Ik wil {company} graag leren kennen en horen wat voor u belangrijk is.</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/followups/dialogs.py" line="-117"/>
        <source>Reschedule follow-up</source>
        <translation>Opvolgactie verzetten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>+1 &amp;day</source>
        <translation>+1 &amp;dag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+1 &amp;week</source>
        <translation>+1 &amp;week</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;New due date:</source>
        <translation>&amp;Nieuwe vervaldatum:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reschedule</source>
        <translation>&amp;Verzetten</translation>
    </message>
</context>
<context>
    <name>RestockDialog</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/gifts/dialogs.py" line="+118"/>
        <source>Restock</source>
        <translation>Voorraad aanvullen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add:</source>
        <translation>&amp;Toevoegen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On hand after:</source>
        <translation>Daarna op voorraad:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notitie:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Delivered by the head office</source>
        <translation>bijv. geleverd door het hoofdkantoor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Restock</source>
        <translation>&amp;Aanvullen</translation>
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
        <translation>Geordend op land en postcode (geen enkele stop heeft coördinaten); tijden berekend.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ordered by distance from home and back; times computed.</source>
        <translation>Geordend op afstand van huis en terug; tijden berekend.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ordered by distance from the first stop; times computed.</source>
        <translation>Geordend op afstand vanaf de eerste stop; tijden berekend.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Route: %1 km by road (estimated: %2 × the straight line).</source>
        <translation>Route: %1 km over de weg (geschat: %2 × hemelsbreed).</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n leg(s) of unknown length.</source>
        <translation>
            <numerusform>%n traject met onbekende lengte.</numerusform>
            <numerusform>%n trajecten met onbekende lengte.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From home at %1, back home at %2.</source>
        <translation>Vertrek van huis om %1, terug thuis om %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The last visit ends at %1.</source>
        <translation>Het laatste bezoek eindigt om %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n stop(s) flagged ⚠: their tooltips say why.</source>
        <translation>
            <numerusform>%n bezoek gemarkeerd met ⚠: de tooltip zegt waarom.</numerusform>
            <numerusform>%n bezoeken gemarkeerd met ⚠: de tooltips zeggen waarom.</numerusform>
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
        <translation>Tijd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Min.</source>
        <translation>Min.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gift to bring</source>
        <translation>Mee te nemen cadeau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>How long the visit takes, in minutes (bold: this visit&apos;s own length)</source>
        <translation>Hoe lang het bezoek duurt, in minuten (vet: de eigen duur van dit bezoek)</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not enough of this item in stock for the day.</source>
        <translation>Onvoldoende voorraad van dit artikel voor de dag.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A fixed appointment (typed in): the other times are computed around it. Clear it to let the route give this stop its time.</source>
        <translation>Een vaste afspraak (ingetypt): de andere tijden worden eromheen berekend. Wis de tijd om de route deze stop zelf een tijd te laten geven.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Computed from the day&apos;s start, the visits before and the drive (Settings). Type a time to fix an appointment.</source>
        <translation>Berekend uit het begin van de dag, de bezoeken ervoor en de reistijd (Instellingen). Typ een tijd om een vaste afspraak te maken.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 km by road from the stop before (estimated).</source>
        <translation>%1 km over de weg vanaf de vorige stop (geschat).</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message numerus="yes">
        <location filename="../../reciprocity_desktop/ui/today/section.py" line="+189"/>
        <source>… and %n more</source>
        <extracomment>The rows a column is sized to (a screenful): Qt would otherwise measure every row, each time rows change. The rows a list shows until its page has measured how many fit. The room a cell&apos;s text needs beside it (the cell&apos;s margins), and a header&apos;s (its margins, a sort arrow). A row&apos;s height beyond the font&apos;s line.</extracomment>
        <translation>
            <numerusform>… en nog %n</numerusform>
            <numerusform>… en nog %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/settings/__init__.py" line="+18"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/settings/dialog.py" line="+44"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Seller</source>
        <translation>Verkoper</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Printed on the visit sheets</source>
        <translation>Wordt op de bezoekbladen afgedrukt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Default country of new prospects:</source>
        <translation>&amp;Standaardland van nieuwe prospects:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A prospect added without a country gets this one</source>
        <translation>Een prospect die zonder land wordt toegevoegd, krijgt dit land</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The computer&apos;s language</source>
        <translation>Taal van de computer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The window, the printed day and the command line speak it</source>
        <translation>Het venster, de afgedrukte dag en de opdrachtregel gebruiken deze taal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language applies after a restart.</source>
        <translation>Een nieuwe taal geldt na een herstart.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Home base</source>
        <translation>Thuisbasis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;treet:</source>
        <translation>Str&amp;aat:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Postal code</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Postal code, city:</source>
        <translation>&amp;Postcode, plaats:</translation>
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
        <translation>&amp;Begin van de dag:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HH:MM, e.g. 08:30</source>
        <translation>UU:MM, bijv. 08:30</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Minutes per visit:</source>
        <translation>&amp;Minuten per bezoek:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long a stop takes unless the visit says otherwise</source>
        <translation>Hoe lang een bezoek duurt, tenzij bij het bezoek iets anders staat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tra&amp;vel speed:</source>
        <translation>&amp;Reissnelheid:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> km/h</source>
        <translation> km/u</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The average speed between stops, for the planned times</source>
        <translation>De gemiddelde snelheid tussen de bezoeken, voor de geplande tijden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Follow-ups</source>
        <translation>Opvolgacties</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask about a gift a&amp;fter:</source>
        <translation>Naar een cadeau &amp;vragen na:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>When the follow-up asking how a gift was received is due</source>
        <translation>Wanneer de opvolgactie die vraagt hoe een cadeau is ontvangen, uiterlijk moet gebeuren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No asking for business &amp;within:</source>
        <translation>&amp;Wachttijd na een cadeau:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An order follow-up this soon after a gift gets a warning</source>
        <translation>Een opvolgactie voor een bestelling zo kort na een cadeau krijgt een waarschuwing</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gifts</source>
        <translation>Cadeaus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;urrency:</source>
        <translation>Val&amp;uta:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. EUR</source>
        <translation>bijv. EUR</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New stoc&amp;k items run low at:</source>
        <translation>B&amp;estelniveau van nieuwe artikelen:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The low-stock level a new stock item gets unless one is given</source>
        <translation>Het bestelniveau dat een nieuw voorraadartikel krijgt als er geen wordt opgegeven</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Add country</source>
        <translation>Land t&amp;oevoegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove</source>
        <translation>Verwij&amp;deren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Yearly gift &amp;limit per recipient:</source>
        <translation>Jaarlijkse cadeaul&amp;imiet per ontvanger:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Change settings</source>
        <translation>Instellingen wijzigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settings saved. The new language applies after a restart.</source>
        <translation>Instellingen opgeslagen. De nieuwe taal geldt na een herstart.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings saved.</source>
        <translation>Instellingen opgeslagen.</translation>
    </message>
</context>
<context>
    <name>StockItemDialog</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/gifts/dialogs.py" line="-71"/>
        <source>New stock item</source>
        <translation>Nieuw voorraadartikel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit stock item</source>
        <translation>Voorraadartikel bewerken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Coffee sample box</source>
        <translation>bijv. proefdoos koffie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Unit cost:</source>
        <translation>&amp;Kostprijs per stuk:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;On hand:</source>
        <translation>&amp;Op voorraad:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The item shows as running low at or below this quantity</source>
        <translation>Het artikel staat op lage voorraad bij dit aantal of minder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Low-stock level:</source>
        <translation>&amp;Bestelniveau:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No&amp;tes:</source>
        <translation>No&amp;tities:</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../../reciprocity_desktop/store/errors.py" line="+48"/>
        <source>The file {path} is not a Reciprocity store or it is damaged, so it was not used; restore its newest sound backup with `reciprocity-desktop restore {backup}`.</source>
        <translation>Het bestand {path} is geen Reciprocity-gegevensbestand of het is beschadigd, dus het is niet gebruikt; zet de nieuwste intacte back-up terug met `reciprocity-desktop restore {backup}`.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file {path} is not a Reciprocity store or it is damaged, so it was not used, and there is no sound backup of it in {folder}.</source>
        <translation>Het bestand {path} is geen Reciprocity-gegevensbestand of het is beschadigd, dus het is niet gebruikt, en in {folder} is er geen intacte back-up van.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The store {path} is read-only (its file or folder may not be written), so nothing was changed.</source>
        <translation>Het gegevensbestand {path} is alleen-lezen (het bestand of de map mag niet worden beschreven), dus er is niets gewijzigd.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The store {path} is in use by another program. Close it and try again.</source>
        <extracomment>What SQLite says about a file it cannot read as a database (as against a locked, full or unopenable one). (A flipped byte inside a row&apos;s text passes quick_check, which does not decode text; reading it then fails.)</extracomment>
        <translation>Het gegevensbestand {path} wordt door een ander programma gebruikt. Sluit het en probeer het opnieuw.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The store {path} cannot be written (read-only file or folder).</source>
        <translation>Het gegevensbestand {path} kan niet worden geschreven (alleen-lezen bestand of map).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The disk holding {path} is full or failing; free some space and try again.</source>
        <translation>De schijf met {path} is vol of defect; maak ruimte vrij en probeer het opnieuw.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file {path} is not a Reciprocity store or it is damaged. Restore a backup from {folder}.</source>
        <translation>Het bestand {path} is geen Reciprocity-gegevensbestand of het is beschadigd. Zet een back-up uit {folder} terug.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The store {path} cannot be opened (does the folder exist and may it be written?).</source>
        <translation>Het gegevensbestand {path} kan niet worden geopend (bestaat de map en mag erin worden geschreven?).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The store {path} could not be used: {reason}</source>
        <translation>Het gegevensbestand {path} kon niet worden gebruikt: {reason}</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/store/hub.py" line="+57"/>
        <source>The office hub {address} cannot be reached (is the server running, and are the host and port right?).</source>
        <extracomment>Seconds to wait for the server before calling it unreachable. The advisory lock two clients take to migrate one hub in turn (any fixed number; &quot;RCPR&quot;).</extracomment>
        <translation>De kantoorhub {address} is niet bereikbaar (draait de server, en kloppen host en poort?).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The office hub {address} refused the login: the user name or the password is wrong.</source>
        <translation>De kantoorhub {address} heeft de aanmelding geweigerd: de gebruikersnaam of het wachtwoord is onjuist.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The user of the office hub {address} lacks the rights it needs (to connect, or to create and change the tables); ask the hub&apos;s administrator.</source>
        <translation>De gebruiker van de kantoorhub {address} mist de nodige rechten (om verbinding te maken, of om de tabellen aan te maken en te wijzigen); vraag het de beheerder van de hub.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The office hub {address} has no such database; ask the hub&apos;s administrator to create it.</source>
        <translation>De kantoorhub {address} heeft zo&apos;n database niet; vraag de beheerder van de hub om die aan te maken.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The office hub {address} could not be used: {reason}</source>
        <translation>De kantoorhub {address} kon niet worden gebruikt: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{address} is not an office hub&apos;s address: write it postgresql://USER@HOST[:PORT]/DATABASE (a password&apos;s special characters percent-encoded).</source>
        <translation>{address} is geen adres van een kantoorhub: schrijf postgresql://GEBRUIKER@HOST[:POORT]/DATABASE (speciale tekens van een wachtwoord procent-gecodeerd).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The office hub {address} was written by a newer version of Reciprocity Desktop (schema {reason}); install the newer version to use it. Nothing was changed.</source>
        <translation>De kantoorhub {address} is geschreven door een nieuwere versie van Reciprocity Desktop (schema {reason}); installeer de nieuwere versie om hem te gebruiken. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The office hub {address} is backed up on its server (pg_dump), not by the app.</source>
        <translation>Van de kantoorhub {address} wordt op de server een back-up gemaakt (pg_dump), niet door de app.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The office hub {address} needs the PostgreSQL driver, which is not installed (pip install &quot;reciprocity-desktop[hub]&quot;).</source>
        <translation>De kantoorhub {address} heeft het PostgreSQL-stuurprogramma nodig, dat niet is geïnstalleerd (pip install &quot;reciprocity-desktop[hub]&quot;).</translation>
    </message>
</context>
<context>
    <name>StoreCheck</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/store_check.py" line="+25"/>
        <source>The store is damaged</source>
        <translation>Het gegevensbestand is beschadigd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The store %1 is damaged and was not used, and there is no sound backup of it.</source>
        <translation>Het gegevensbestand %1 is beschadigd en is niet gebruikt, en er is geen intacte back-up van.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The store %1 is damaged and was not used; its newest sound backup is %2.</source>
        <translation>Het gegevensbestand %1 is beschadigd en is niet gebruikt; de nieuwste intacte back-up is %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restore the last good backup</source>
        <translation>Laatste intacte back-up terugzetten</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Already open</source>
        <translation>Al geopend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The store %1 is already open in another Reciprocity Desktop window; switch to that window.</source>
        <translation>Het gegevensbestand %1 is al geopend in een ander venster van Reciprocity Desktop; ga naar dat venster.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message numerus="yes">
        <location filename="../../reciprocity_desktop/ui/sync/export.py" line="+26"/>
        <source>%Ln record(s) written to %1.</source>
        <translation>
            <numerusform>%Ln record weggeschreven naar %1.</numerusform>
            <numerusform>%Ln records weggeschreven naar %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>This includes %Ln deletion(s).</source>
        <translation>
            <numerusform>Daaronder is %Ln verwijdering.</numerusform>
            <numerusform>Daaronder zijn %Ln verwijderingen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported</source>
        <translation>Geëxporteerd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exporting</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Writing the sync file…</source>
        <translation>Het synchronisatiebestand wordt geschreven…</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/ui/sync/importer.py" line="+28"/>
        <source>Import sync file</source>
        <translation>Synchronisatiebestand importeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync files (*%1);;All files (*)</source>
        <translation>Synchronisatiebestanden (*%1);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Checking</source>
        <translation>Controleren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Checking %1…</source>
        <translation>%1 wordt gecontroleerd…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot import</source>
        <translation>Kan niet importeren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passphrase</source>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is encrypted. Passphrase:</source>
        <translation>%1 is versleuteld. Wachtwoordzin:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot import %1</source>
        <translation>Kan %1 niet importeren</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Importing</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Importing %1…</source>
        <translation>%1 wordt geïmporteerd…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New: %1 · updated: %2 · deleted: %3 · unchanged: %4 · conflicts: %5</source>
        <translation>Nieuw: %1 · bijgewerkt: %2 · verwijderd: %3 · ongewijzigd: %4 · conflicten: %5</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>visit on %1</source>
        <translation>bezoek op %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A colleague already gave a gift to prospects you plan to visit:</source>
        <translation>Een collega heeft al een cadeau gegeven aan prospects die u wilt bezoeken:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Consider asking how it was received instead of bringing another gift.</source>
        <translation>Vraag liever hoe het cadeau is ontvangen, in plaats van nog een cadeau mee te nemen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gifts from colleagues</source>
        <translation>Cadeaus van collega’s</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/ui/sync/shared.py" line="+22"/>
        <source>Prospects</source>
        <translation>Prospects</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>Contactpersonen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gift stock</source>
        <translation>Cadeauvoorraad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visits</source>
        <translation>Bezoeken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gifts</source>
        <translation>Cadeaus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-ups</source>
        <translation>Opvolgacties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcomes</source>
        <translation>Resultaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock movements</source>
        <translation>Voorraadmutaties</translation>
    </message>
</context>
<context>
    <name>TimeDelegate</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/planner/delegates.py" line="-49"/>
        <source>HH:MM</source>
        <translation>UU:MM</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/prospects/detail.py" line="-344"/>
        <source>Visit</source>
        <translation>Bezoek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gift</source>
        <translation>Cadeau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>Opvolgactie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Resultaat</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/today/view.py" line="+86"/>
        <location line="+140"/>
        <source>Today&apos;s visits</source>
        <extracomment>The rows each row of lists shows at least (the route, the follow-ups, the waiting and the stock). The most rows a list shows at once (more scroll inside it).</extracomment>
        <translation>Bezoeken van vandaag</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <location line="+32"/>
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+50"/>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gift to bring</source>
        <translation>Mee te nemen cadeau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No visits planned for today or later. Plan a day under Visits.</source>
        <translation>Geen bezoeken gepland voor vandaag of later. Plan een dag onder Bezoeken.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow-ups overdue</source>
        <translation>Opvolgacties te laat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing overdue.</source>
        <translation>Niets te laat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Follow-ups due today</source>
        <translation>Opvolgacties voor vandaag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No follow-ups due today.</source>
        <translation>Geen opvolgacties voor vandaag.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Low gift stock</source>
        <translation>Lage cadeauvoorraad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In stock</source>
        <translation>Op voorraad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reorder at</source>
        <translation>Bestelniveau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The gift stock is fine.</source>
        <translation>De cadeauvoorraad is in orde.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gifted, no follow-up yet</source>
        <translation>Cadeau gehad, niet opgevolgd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Latest gift</source>
        <translation>Laatste cadeau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given</source>
        <translation>Gegeven</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every gifted prospect has been followed up.</source>
        <translation>Elke prospect met een cadeau is opgevolgd.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Gift: %1</source>
        <translation>Cadeau: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Today, %1</source>
        <translation>Vandaag, %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next route: %1</source>
        <translation>Volgende route: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>No visits today; next route on %1 with %n stop(s)</source>
        <translation>
            <numerusform>Vandaag geen bezoeken; volgende route op %1 met %n bezoek</numerusform>
            <numerusform>Vandaag geen bezoeken; volgende route op %1 met %n bezoeken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n visit(s) today</source>
        <translation>
            <numerusform>%n bezoek vandaag</numerusform>
            <numerusform>%n bezoeken vandaag</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%Ln follow-up(s) overdue</source>
        <translation>
            <numerusform>%Ln opvolgactie te laat</numerusform>
            <numerusform>%Ln opvolgacties te laat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln follow-up(s) due today</source>
        <translation>
            <numerusform>%Ln opvolgactie voor vandaag</numerusform>
            <numerusform>%Ln opvolgacties voor vandaag</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n item(s) low in stock</source>
        <translation>
            <numerusform>%n artikel met lage voorraad</numerusform>
            <numerusform>%n artikelen met lage voorraad</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/welcome.py" line="+17"/>
        <source>Welcome to Reciprocity Desktop</source>
        <extracomment>The subtitle&apos;s width (px): lines easy to read; the window (at least 1024 px wide) centres it.</extracomment>
        <translation>Welkom bij Reciprocity Desktop</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give first, record it, follow up. Your store is empty: load the demo tour of German businesses to look around, import your prospects from a spreadsheet (CSV), or add the first one by hand.</source>
        <translation>Eerst geven, vastleggen, opvolgen. Uw gegevensbestand is leeg: laad de demotour langs Duitse bedrijven om rond te kijken, importeer uw prospects uit een spreadsheet (CSV) of voeg de eerste zelf toe.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Load &amp;demo data</source>
        <translation>Demogegevens &amp;laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importeren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New prospect…</source>
        <translation>&amp;Nieuwe prospect…</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <location filename="../../reciprocity_desktop/cli/argparse_words.py" line="+29"/>
        <source>usage: </source>
        <translation>gebruik: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>positional arguments</source>
        <translation>positionele argumenten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>options</source>
        <translation>opties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show this help message and exit</source>
        <translation>deze hulptekst tonen en afsluiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the following arguments are required: %s</source>
        <translation>de volgende argumenten zijn verplicht: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one of the arguments %s is required</source>
        <translation>een van de argumenten %s is verplicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unrecognized arguments: %s</source>
        <translation>onbekende argumenten: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not allowed with argument %s</source>
        <translation>niet toegestaan samen met argument %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ignored explicit argument %r</source>
        <translation>expliciet argument %r genegeerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected one argument</source>
        <translation>één argument verwacht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected at most one argument</source>
        <translation>hoogstens één argument verwacht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected at least one argument</source>
        <translation>minstens één argument verwacht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>dubbelzinnige optie: %(option)s kan overeenkomen met %(matches)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unexpected option string: %s</source>
        <translation>onverwachte optie: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ongeldige waarde voor %(type)s: %(value)r</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ongeldige keuze: %(value)r (kies uit %(choices)s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>onbekende opdracht %(parser_name)r (keuzes: %(choices)s)</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/planner/print_dialog.py" line="+18"/>
        <location line="+27"/>
        <source>Cannot print</source>
        <translation>Kan niet afdrukken</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Printed %1 to %2.</source>
        <translation>Dag %1 afgedrukt naar %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PDF not opened</source>
        <translation>PDF niet geopend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The day is printed: the PDF is written at
%1

It could not be opened because no program to show PDF files answered. Open the file from its folder, or set up a PDF viewer as the default for PDF files.</source>
        <translation>De dag is afgedrukt: de PDF is opgeslagen in
%1

Hij kon niet worden geopend, omdat geen programma voor PDF-bestanden reageerde. Open het bestand vanuit de map, of stel een PDF-viewer in als standaardprogramma voor PDF-bestanden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Printing</source>
        <translation>Afdrukken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Writing the visit sheets…</source>
        <translation>De bezoekbladen worden geschreven…</translation>
    </message>
</context>
<context>
    <name>services</name>
    <message>
        <location filename="../../reciprocity_desktop/cli/gift_register.py" line="+0"/>
        <source>--year &apos;{value}&apos; is not a year like 2025.</source>
        <translation>--year ‘{value}’ is geen jaartal zoals 2025.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/cli/report.py" line="-12"/>
        <source>--window-days &apos;{value}&apos; is not a whole number.</source>
        <translation>--window-days ‘{value}’ is geen geheel getal.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--window-days must be 0 or more (got {value}).</source>
        <translation>--window-days moet 0 of meer zijn (opgegeven: {value}).</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/cli/sync.py" line="-146"/>
        <source>The passphrase file {file} is empty (its first line is the passphrase).</source>
        <translation>Het wachtwoordzinbestand {file} is leeg (de eerste regel is de wachtwoordzin).</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="-25"/>
        <location filename="../../reciprocity_desktop/services/validate.py" line="-86"/>
        <source>{field} &apos;{value}&apos; is not one of: {allowed}.</source>
        <translation>{field}: ‘{value}’ is niet een van: {allowed}.</translation>
    </message>
    <message>
        <location line="+48"/>
        <location filename="../../reciprocity_desktop/sync/exporter.py" line="+52"/>
        <source>The folder {folder} does not exist.</source>
        <translation>De map {folder} bestaat niet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../reciprocity_desktop/services/errors.py" line="-1"/>
        <source>The file {path} cannot be written: {reason}.</source>
        <translation>Het bestand {path} kan niet worden geschreven: {reason}.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/fonts.py" line="+41"/>
        <source>The font {file} is missing from the installation; reinstall Reciprocity Desktop.</source>
        <translation>Het lettertype {file} ontbreekt in de installatie; installeer Reciprocity Desktop opnieuw.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/csv_io/decoding.py" line="-135"/>
        <source>The file {path} does not exist.</source>
        <extracomment>Bytes read at a time. The five bytes Windows-1252 leaves undefined.</extracomment>
        <translation>Het bestand {path} bestaat niet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is a folder, not a CSV file.</source>
        <translation>{path} is een map, geen CSV-bestand.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file {path} cannot be read (no permission).</source>
        <translation>Het bestand {path} kan niet worden gelezen (geen toestemming).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file {path} cannot be read: {reason}.</source>
        <translation>Het bestand {path} kan niet worden gelezen: {reason}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} is not a text (CSV) file. Save the list from your spreadsheet as CSV and import that.</source>
        <translation>{path} is geen tekstbestand (CSV). Sla de lijst in uw spreadsheet op als CSV en importeer dat bestand.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>{path} says it is UTF-8 but line {line} is not (bad byte at position {position}). Save the whole file as &apos;CSV UTF-8&apos; and import it again; nothing was imported.</source>
        <translation>{path} zegt UTF-8 te zijn, maar regel {line} is dat niet (ongeldige byte op positie {position}). Sla het hele bestand op als ‘CSV UTF-8’ en importeer het opnieuw; er is niets geïmporteerd.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{path} mixes two encodings: line {utf8_line} is UTF-8, line {other_line} is not (Windows-1252?). Save the whole file as &apos;CSV UTF-8&apos; and import it again; nothing was imported.</source>
        <translation>{path} mengt twee coderingen: regel {utf8_line} is UTF-8, regel {other_line} niet (Windows-1252?). Sla het hele bestand op als ‘CSV UTF-8’ en importeer het opnieuw; er is niets geïmporteerd.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>{path} is neither UTF-8 nor Windows-1252 text (byte 0x{byte:02X} at position {position}). Save it as &apos;CSV UTF-8&apos; and try again.</source>
        <translation>{path} is geen UTF-8- en geen Windows-1252-tekst (byte 0x{byte:02X} op positie {position}). Sla het op als ‘CSV UTF-8’ en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/csv_io/exporting.py" line="+0"/>
        <source>{path} is a folder; choose a file name to export to.</source>
        <translation>{path} is een map; kies een bestandsnaam om naar te exporteren.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/csv_io/reading.py" line="-92"/>
        <source>{path} is empty; there is nothing to import.</source>
        <extracomment>The head the delimiter and header are sniffed from: at least this many characters and lines. our field -&gt; index of its column</extracomment>
        <translation>{path} is leeg; er valt niets te importeren.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>{path} has no column for the company name (looked for headers like Name, Company, Firma, Bedrijfsnaam, Naziv podjetja). Its first row is: {headers}.</source>
        <translation>{path} heeft geen kolom voor de bedrijfsnaam (gezocht naar kopjes zoals Name, Company, Firma, Bedrijfsnaam, Naziv podjetja). De eerste rij is: {headers}.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{path} cannot be read: the quote (&quot;) opened in line {line} is never closed. Close it (or remove it) and import the file again; nothing was imported.</source>
        <translation>{path} kan niet worden gelezen: het aanhalingsteken (&quot;) dat in regel {line} opent, wordt nooit gesloten. Sluit het (of verwijder het) en importeer het bestand opnieuw; er is niets geïmporteerd.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{path} cannot be read: in line {line} a cell goes on after its closing quote (&quot;). Write a quote inside a quoted cell as two (&quot;&quot;) and import the file again; nothing was imported.</source>
        <translation>{path} kan niet worden gelezen: in regel {line} gaat een cel verder na het sluitende aanhalingsteken (&quot;). Schrijf een aanhalingsteken binnen een cel tussen aanhalingstekens dubbel (&quot;&quot;) en importeer het bestand opnieuw; er is niets geïmporteerd.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{path} cannot be read after line {line}: {reason}.</source>
        <translation>{path} kan na regel {line} niet verder worden gelezen: {reason}.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/csv_io/report.py" line="-86"/>
        <source>line {line}: {problem}</source>
        <extracomment>How many failing rows the error message lists.</extracomment>
        <translation>regel {line}: {problem}</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Rows read: {rows}; prospects created: {created}; already present: {present}; repeated rows: {duplicates}; rows with errors: {failed}.</source>
        <extracomment>What a row of the file does (:attr:`PreviewRow.status`). a new prospect a prospect the store has already (never changed by an import) a prospect of an earlier row of the file (its contact person joins it) CREATED, PRESENT or REPEATED the prospect&apos;s clean fields the contact person&apos;s name, if the row names one data rows in the file (blank rows not counted) rows repeating a prospect of an earlier row of the same file the first good rows (as many as the import was asked to keep: none unless it was)</extracomment>
        <translation>Gelezen regels: {rows}; aangemaakte prospects: {created}; al aanwezig: {present}; herhaalde regels: {duplicates}; regels met fouten: {failed}.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rows read: {rows}; prospects that would be created: {created}; already present: {present}; repeated rows: {duplicates}; rows with errors: {failed}.</source>
        <translation>Gelezen regels: {rows}; prospects die zouden worden aangemaakt: {created}; al aanwezig: {present}; herhaalde regels: {duplicates}; regels met fouten: {failed}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Het importeren is geannuleerd; er is niets geïmporteerd.</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n row(s) cannot be imported, so nothing was imported: {errors} Correct the file, or skip the bad rows.</source>
        <translation>
            <numerusform>%n regel kan niet worden geïmporteerd, dus er is niets geïmporteerd: {errors} Corrigeer het bestand of sla de foute regels over.</numerusform>
            <numerusform>%n regels kunnen niet worden geïmporteerd, dus er is niets geïmporteerd: {errors} Corrigeer het bestand of sla de foute regels over.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n row(s) cannot be imported, so nothing was imported: {errors} {more} Correct the file, or skip the bad rows.</source>
        <translation>
            <numerusform>%n regel kan niet worden geïmporteerd, dus er is niets geïmporteerd: {errors} {more} Corrigeer het bestand of sla de foute regels over.</numerusform>
            <numerusform>%n regels kunnen niet worden geïmporteerd, dus er is niets geïmporteerd: {errors} {more} Corrigeer het bestand of sla de foute regels over.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n more row(s) have errors too.</source>
        <translation>
            <numerusform>Nog %n regel bevat ook fouten.</numerusform>
            <numerusform>Nog %n regels bevatten ook fouten.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/csv_io/rows.py" line="+59"/>
        <source>{field} &apos;{value}&apos; is not a country name or ISO code (e.g. Deutschland, Nederland, Slovenija, DE).</source>
        <translation>{field}: ‘{value}’ is geen landnaam of ISO-code (bijv. Deutschland, Nederland, Slovenija, DE).</translation>
    </message>
    <message>
        <location line="+253"/>
        <source>the row has {cells} cells but the header has {width} (a delimiter inside a field without quotes?).</source>
        <extracomment>A good row: its line, its key (:func:`prospect_key`), the prospect&apos;s clean fields (in the order of PROSPECT_COLUMNS) and its contact person&apos;s (in the order of CONTACT_FIELDS), or None when it names none. A contact person&apos;s fields in a row (the contacts table&apos;s column names). Fields whose few distinct values repeat from row to row: checked once per value and import. The form&apos;s checks of the plain text fields (the e-mail&apos;s is validate.email itself), as the fast path of :meth:`RowChecker.check` applies them inline: field -&gt; (at most that many characters, one line (white space runs -&gt; one space) or only trimmed, required). Each is verified against ``clean_prospect_fields`` when a checker is made (:func:`_fast_agrees`): a field whose check has changed is simply checked the slow way. One search for the control characters of a row&apos;s checked texts, joined by a space. A text checked as one line has none of the characters only the one-line check refuses: they are white space, which its cleaning has made single spaces; so the free-text set finds what each field&apos;s own check would. the fields whose cells a row needs, in this order: direct, repeating, contact, street and number the fields the file has no column for, with their clean (empty or default) values the same for a contact person&apos;s fields (by contact column)</extracomment>
        <translation>de rij heeft {cells} cellen, maar de kopregel heeft er {width} (een scheidingsteken in een veld zonder aanhalingstekens?).</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/day_route.py" line="+36"/>
        <source>in {country}, while most stops are in {main}: far from the others.</source>
        <translation>in {country}, terwijl de meeste stops in {main} liggen: ver van de andere.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{km} km from the day&apos;s centre: far from the others.</source>
        <translation>{km} km van het midden van de dagroute: ver van de andere.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no coordinates: placed by postal code near {neighbour}.</source>
        <translation>geen coördinaten: op postcode bij {neighbour} geplaatst.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no coordinates and no stop with a postal code nearby: the travel to it is not counted.</source>
        <translation>geen coördinaten en geen stop met een postcode in de buurt: de reis ernaartoe is niet meegeteld.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the route reaches this appointment at {arrival}, {minutes} min late.</source>
        <translation>de route bereikt deze afspraak om {arrival}, {minutes} min te laat.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the route does not reach this stop before midnight.</source>
        <translation>de route bereikt deze stop niet voor middernacht.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no home base in the settings: the route starts at the first stop.</source>
        <translation>geen thuisbasis in de instellingen: de route begint bij de eerste stop.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the home base&apos;s postal code is not known ({home}): the route starts at the first stop.</source>
        <translation>de postcode van de thuisbasis is onbekend ({home}): de route begint bij de eerste stop.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reciprocity_desktop/services/day_sheet.py" line="-191"/>
        <source>There are no visits to print for {date}: the %n visit(s) of the day are cancelled.</source>
        <translation>
            <numerusform>Er zijn geen bezoeken om af te drukken voor {date}: het %n bezoek van die dag is geannuleerd.</numerusform>
            <numerusform>Er zijn geen bezoeken om af te drukken voor {date}: alle %n bezoeken van die dag zijn geannuleerd.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There are no visits planned for {date}; nothing to print.</source>
        <translation>Er zijn geen bezoeken gepland voor {date}; er valt niets af te drukken.</translation>
    </message>
    <message>
        <location line="+174"/>
        <source>{total} given in {year} (with the gift to bring), limit {limit} in {country}.</source>
        <translation>{total} gegeven in {year} (met het mee te nemen cadeau), limiet {limit} in {country}.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/debrief.py" line="-130"/>
        <source>Give the order&apos;s value, or say that it is not known.</source>
        <translation>Geef de waarde van de bestelling op, of geef aan dat die onbekend is.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the order&apos;s value or say that it is not known, not both.</source>
        <translation>Geef de waarde van de bestelling op of geef aan dat die onbekend is, niet allebei.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{field} must be more than 0; when it is not known, say so instead.</source>
        <translation>{field} moet groter zijn dan 0; geef anders aan dat die onbekend is.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The visit to {name} is on {date}, still to come: it can be debriefed from that day on.</source>
        <translation>Het bezoek aan {name} is op {date} en moet nog komen: het kan vanaf die dag worden verwerkt.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The gift for this visit was already recorded; edit it under Gifts instead.</source>
        <translation>Het cadeau voor dit bezoek is al vastgelegd; bewerk het in plaats daarvan onder Cadeaus.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>A gift can only be handed over at a visit that took place.</source>
        <translation>Een cadeau kan alleen worden overhandigd bij een bezoek dat heeft plaatsgevonden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say which gift was handed over: from stock or described, not both.</source>
        <translation>Geef aan welk cadeau is overhandigd: uit de voorraad of omschreven, niet allebei.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../../reciprocity_desktop/services/debrief_check.py" line="+4"/>
        <source>Say which gift was handed over.</source>
        <translation>Geef aan welk cadeau is overhandigd.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Say how the gift was received, or leave the reaction&apos;s note empty.</source>
        <translation>Geef aan hoe het cadeau is ontvangen, of laat de notitie bij de reactie leeg.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A reaction can only be heard at a visit that took place.</source>
        <translation>Een reactie kan alleen worden gehoord bij een bezoek dat heeft plaatsgevonden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} received no gift before this visit, so there is no reaction to record.</source>
        <translation>{name} heeft vóór dit bezoek geen cadeau gekregen, dus er is geen reactie vast te leggen.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/debrief_check.py" line="-72"/>
        <source>{field} &apos;{value}&apos; is not an amount (e.g. {example}).</source>
        <translation>{field}: ‘{value}’ is geen bedrag (bijv. {example}).</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/demo.py" line="+72"/>
        <source>The number of prospects must be at least 1.</source>
        <extracomment>Letters spelled out rather than stripped of their accents (after casefold(): ß is already ss).</extracomment>
        <translation>Het aantal prospects moet minstens 1 zijn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The store already holds data; demo data is only loaded into an empty store (use --force to add it anyway).</source>
        <translation>Het gegevensbestand bevat al gegevens; demogegevens worden alleen in een leeg gegevensbestand geladen (gebruik --force om ze toch toe te voegen).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reciprocity_desktop/services/followups.py" line="-228"/>
        <source>{name} received a gift on {gift_date}. Asking for an order only %n day(s) after it can spoil it: reciprocity works when nothing is asked in return. Consider asking how the gift was received first.</source>
        <translation>
            <numerusform>{name} heeft op {gift_date} een cadeau ontvangen. Al %n dag daarna om een bestelling vragen kan het bederven: wederkerigheid werkt wanneer er niets voor terug wordt gevraagd. Vraag liever eerst hoe het cadeau is ontvangen.</numerusform>
            <numerusform>{name} heeft op {gift_date} een cadeau ontvangen. Al %n dagen daarna om een bestelling vragen kan het bederven: wederkerigheid werkt wanneer er niets voor terug wordt gevraagd. Vraag liever eerst hoe het cadeau is ontvangen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>That gift was not given to {name}.</source>
        <translation>Dat cadeau is niet aan {name} gegeven.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>That follow-up is already done; schedule a new one instead.</source>
        <translation>Die opvolgactie is al afgerond; plan in plaats daarvan een nieuwe in.</translation>
    </message>
    <message>
        <location line="+43"/>
        <location filename="../../reciprocity_desktop/services/records.py" line="+0"/>
        <source>No follow-up with id {id}.</source>
        <translation>Geen opvolgactie met id {id}.</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>That follow-up is not about a gift.</source>
        <translation>Die opvolgactie gaat niet over een cadeau.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/geo.py" line="-18"/>
        <source>postal code {postal_code} is not known in {country}: it gives the prospect no coordinates.</source>
        <extracomment>The bulk name of :func:`lookup` (one call per CSV row: a few microseconds, nothing loaded whole). :func:`lookup` of a chunk of (country, postal code) pairs at once: pair -&gt; (latitude, longitude), unknown pairs left out (a few queries per chunk instead of one per row).</extracomment>
        <translation>postcode {postal_code} is onbekend in {country}: de prospect krijgt er geen coördinaten door.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{field} is needed too: enter both coordinates, or neither.</source>
        <translation>{field} is ook nodig: vul beide coördinaten in, of geen van beide.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/gift_reactions.py" line="-29"/>
        <location filename="../../reciprocity_desktop/services/validate.py" line="-5"/>
        <source>{field} is missing.</source>
        <translation>{field} ontbreekt.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/gift_register.py" line="+95"/>
        <source>With this gift, {name} has received {total} in {year}: over the deductible limit of {limit} per recipient and year in {country}.</source>
        <translation>Met dit cadeau heeft {name} in {year} {total} ontvangen: boven de aftrekbare cadeaulimiet van {limit} per ontvanger per jaar in {country}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>With this gift, {name} has received {total} in {year}: close to the deductible limit of {limit} per recipient and year in {country}.</source>
        <translation>Met dit cadeau heeft {name} in {year} {total} ontvangen: dicht bij de aftrekbare cadeaulimiet van {limit} per ontvanger per jaar in {country}.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/stock_movements.py" line="-1"/>
        <source>Only {available} of &apos;{item}&apos; left in stock; cannot give {wanted}.</source>
        <translation>Nog maar {available} van ‘{item}’ op voorraad; {wanted} geven kan niet.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/gifts.py" line="-269"/>
        <source>That contact does not belong to {name}.</source>
        <translation>Die contactpersoon hoort niet bij {name}.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Only {left} of &apos;{item}&apos; left in stock.</source>
        <translation>Nog maar {left} van ‘{item}’ op voorraad.</translation>
    </message>
    <message>
        <location line="+220"/>
        <location filename="../../reciprocity_desktop/services/records.py" line="+0"/>
        <source>No stock item with id {id}.</source>
        <translation>Geen voorraadartikel met id {id}.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/insights/figures.py" line="-14"/>
        <source>window days must be a whole number of at least 0 (got {value}).</source>
        <extracomment>All considered gifts together (order value counted once overall). Not in the JSON.</extracomment>
        <translation>de termijn in dagen moet een geheel getal van minstens 0 zijn (opgegeven: {value}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>window days must be at most {limit} (got {value}).</source>
        <translation>de termijn in dagen mag hoogstens {limit} zijn (opgegeven: {value}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The start date {start} is after the end date {end}.</source>
        <translation>De begindatum {start} ligt na de einddatum {end}.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/settings_keys.py" line="-221"/>
        <source>The setting {key} is too long ({length} characters, at most {limit}).</source>
        <extracomment>The row holding every country&apos;s gift limit, in cents: ``{&quot;DE&quot;: 5000}``. &quot;Near the limit&quot; from this share of it on (not a user setting). Earlier names of settings, as stored by older releases or used by older code.</extracomment>
        <translation>De instelling {key} is te lang ({length} tekens, hoogstens {limit}).</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../reciprocity_desktop/services/validate.py" line="-125"/>
        <location line="+215"/>
        <source>{field} holds a control character ({character}); type it again without it.</source>
        <translation>{field}: bevat een stuurteken ({character}); typ het opnieuw zonder dat teken.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The setting {key} must be a two-letter country code (e.g. DE, AT, SI), not &apos;{value}&apos;.</source>
        <translation>De instelling {key} moet een landcode van twee letters zijn (bijv. DE, AT, SI), niet ‘{value}’.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The setting {key} must be a three-letter currency code (e.g. EUR, CHF), not &apos;{value}&apos;.</source>
        <translation>De instelling {key} moet een valutacode van drie letters zijn (bijv. EUR, CHF), niet ‘{value}’.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The setting {key} must be a time of day as HH:MM (e.g. 08:30), not &apos;{value}&apos;.</source>
        <translation>De instelling {key} moet een tijdstip zijn in de vorm UU:MM (bijv. 08:30), niet ‘{value}’.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The setting {key} must be one of {choices}, not &apos;{value}&apos;.</source>
        <extracomment>The values of the ``language`` setting: a language, or the system&apos;s.</extracomment>
        <translation>De instelling {key} moet een van deze waarden hebben: {choices}, niet ‘{value}’.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The setting {key} must be a whole number from {low} to {high}, not &apos;{value}&apos;.</source>
        <translation>De instelling {key} moet een geheel getal van {low} tot en met {high} zijn, niet ‘{value}’.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The setting {key} must be an amount of 0 or more (e.g. 50 or 35.50), or empty for no limit, not &apos;{value}&apos;.</source>
        <translation>De instelling {key} moet een bedrag van 0 of meer zijn (bijv. 50 of 35,50), of leeg voor geen limiet, niet ‘{value}’.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>&apos;{key}&apos; is not a setting: gift limits are gift_limit.XX with a two-letter country code (e.g. gift_limit.DE).</source>
        <extracomment>The settings in the order ``settings list`` shows them (the gift limits follow, by country). Every setting&apos;s default (and, for code that reads them, the gift limits and the warning ratio).</extracomment>
        <translation>‘{key}’ is geen instelling: cadeaulimieten heten gift_limit.XX, met een landcode van twee letters (bijv. gift_limit.DE).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;{key}&apos; is not a setting (settings list shows them all).</source>
        <translation>‘{key}’ is geen instelling (settings list toont ze allemaal).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Gift limit row {row} has no country.</source>
        <translation>Rij {row} van de cadeaulimieten heeft geen land.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gift limit row {row}: {country} already has a limit above.</source>
        <translation>Rij {row} van de cadeaulimieten: {country} heeft hierboven al een limiet.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/validate.py" line="-219"/>
        <location filename="../../reciprocity_desktop/ui/gifts/log_gift_dialog.py" line="-120"/>
        <source>{field} must not be empty.</source>
        <extracomment>Fields longer than this are free text (notes, descriptions) whose line breaks are kept.</extracomment>
        <translation>{field} mag niet leeg zijn.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+204"/>
        <source>{field} is too long ({length} characters, at most {limit}).</source>
        <translation>{field}: te lang ({length} tekens, hoogstens {limit}).</translation>
    </message>
    <message>
        <location line="-189"/>
        <source>{field} is missing (use YYYY-MM-DD).</source>
        <translation>{field} ontbreekt (gebruik JJJJ-MM-DD).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{field} &apos;{value}&apos; is not a date in the form YYYY-MM-DD.</source>
        <translation>{field}: ‘{value}’ is geen datum in de vorm JJJJ-MM-DD.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{field} {value} is outside the dates this app keeps ({first} to {last}).</source>
        <translation>{field}: {value} valt buiten de datums die deze app bijhoudt ({first} tot {last}).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{field} would fall outside the dates this app keeps ({first} to {last}).</source>
        <translation>{field}: zou buiten de datums vallen die deze app bijhoudt ({first} tot {last}).</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+9"/>
        <source>{field} &apos;{value}&apos; is not an amount (e.g. 12.50).</source>
        <translation>{field}: ‘{value}’ is geen bedrag (bijv. 12,50).</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>{field} &apos;{value}&apos; has more than two decimals.</source>
        <translation>{field}: ‘{value}’ heeft meer dan twee decimalen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{field} must not be negative.</source>
        <translation>{field}: een negatief bedrag is niet toegestaan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+18"/>
        <source>{field} &apos;{value}&apos; is too large.</source>
        <translation>{field}: ‘{value}’ is te groot.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>{field} &apos;{value}&apos; is not a whole number.</source>
        <translation>{field}: ‘{value}’ is geen geheel getal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field} must be at least {minimum}.</source>
        <translation>{field} moet minstens {minimum} zijn.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>{field} &apos;{value}&apos; is not an ISO 3166 two-letter country code (e.g. DE, NL, SI).</source>
        <translation>{field}: ‘{value}’ is geen ISO 3166-landcode van twee letters (bijv. DE, NL, SI).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{field} &apos;{value}&apos; is not an e-mail address.</source>
        <translation>{field}: ‘{value}’ is geen e-mailadres.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{field} &apos;{value}&apos; is not a time like 09:30.</source>
        <translation>{field}: ‘{value}’ is geen tijdstip zoals 09:30.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{field} &apos;{value}&apos; is not a number.</source>
        <translation>{field}: ‘{value}’ is geen getal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field} must be between -{limit} and {limit}.</source>
        <translation>{field} moet tussen -{limit} en {limit} liggen.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/visits.py" line="-230"/>
        <source>Pick at least one prospect to visit.</source>
        <translation>Kies minstens één prospect om te bezoeken.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The new order must list every visit of {day} once.</source>
        <translation>De nieuwe volgorde moet elk bezoek van {day} precies één keer bevatten.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>The visit&apos;s length must be a whole number of minutes from {low} to {high}, not &apos;{value}&apos;.</source>
        <translation>De duur van het bezoek moet een geheel aantal minuten van {low} tot en met {high} zijn, niet ‘{value}’.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/records.py" line="+0"/>
        <location filename="../../reciprocity_desktop/services/visits.py" line="+25"/>
        <source>No visit with id {id}.</source>
        <translation>Geen bezoek met id {id}.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No contact with id {id}.</source>
        <extracomment>field -&gt; validator of the raw value (it raises ValidationError or returns the clean value).</extracomment>
        <translation>Geen contactpersoon met id {id}.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No gift with id {id}.</source>
        <translation>Geen cadeau met id {id}.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No outcome with id {id}.</source>
        <translation>Geen resultaat met id {id}.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No prospect with id {id}.</source>
        <translation>Geen prospect met id {id}.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No record with id {id}.</source>
        <translation>Geen record met id {id}.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/visits.py" line="+87"/>
        <source>&apos;{value}&apos; is not a visit code (reciprocity:visit:… from a visit sheet).</source>
        <translation>‘{value}’ is geen bezoekcode (reciprocity:visit:… van een bezoekblad).</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/sync/batch.py" line="+32"/>
        <source>The import was cancelled; nothing was changed.</source>
        <extracomment>Records checked, looked up in the store, merged and written together (a pass&apos;s chunk).</extracomment>
        <translation>Het importeren is geannuleerd; er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/sync/chunks.py" line="+122"/>
        <source>The file {file} holds an invalid record ({member} line {line}: {problem}); nothing was imported.</source>
        <extracomment>(line number, checked record) of the lines of a chunk, in file order the lines passed the full check in an earlier pass: check their shape only the ids of the file read so far (None: the pass does not look for repeated ids)</extracomment>
        <translation>Het bestand {file} bevat een ongeldig record ({member} regel {line}: {problem}); er is niets geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/sync/conflicts.py" line="+231"/>
        <source>There is no conflict {id} in the conflict log.</source>
        <extracomment>Fields that differ between any two versions and say nothing about their content. A short name of the record (prospect or contact name, gift description, ...). &quot;local&quot;: this store&apos;s version lost to the file&apos;s; &quot;incoming&quot;: the file&apos;s version lost. The store (name, or replica id when unknown) that made the losing change. The store whose file was being imported when the conflict was found. The losing version, field by field, in the sync file&apos;s form (dates as ISO text). The record as it is now in this store (same form), or None if it is gone. The fields whose values differ between the losing and the current version. A field-level conflict: the one field whose value lost (a restore puts back only it); &quot;&quot; for a whole version. The log&apos;s columns that sort in SQL (the others keep the log&apos;s own order: newest first).</extracomment>
        <translation>Er is geen conflict {id} in het conflictlogboek.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conflict {id} was already restored on {when}.</source>
        <translation>Conflict {id} is al hersteld op {when}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The record of conflict {id} is no longer in this store.</source>
        <translation>Het record van conflict {id} staat niet meer in dit gegevensbestand.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The saved version of conflict {id} cannot be read ({problem}).</source>
        <translation>De bewaarde versie van conflict {id} kan niet worden gelezen ({problem}).</translation>
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
        <translation>Het bestand {file} bestaat niet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is a folder, not a sync file.</source>
        <translation>{file} is een map, geen synchronisatiebestand.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file {file} cannot be read: {reason}.</source>
        <translation>Het bestand {file} kan niet worden gelezen: {reason}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file {file} is empty; it is not a Reciprocity sync file.</source>
        <translation>Het bestand {file} is leeg; het is geen synchronisatiebestand van Reciprocity.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>it is a PDF document</source>
        <translation>het is een pdf-document</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is neither a ZIP archive nor an encrypted sync file</source>
        <translation>het is geen zip-archief en ook geen versleuteld synchronisatiebestand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a complete ZIP archive</source>
        <translation>geen volledig zip-archief</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>it cannot be read</source>
        <translation>het kan niet worden gelezen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>manifest.json is missing</source>
        <translation>manifest.json ontbreekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a ZIP archive without manifest.json</source>
        <translation>een zip-archief zonder manifest.json</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a member appears twice</source>
        <translation>een onderdeel komt twee keer voor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>manifest.json is too large</source>
        <translation>manifest.json is te groot</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>member {member} is missing</source>
        <translation>onderdeel {member} ontbreekt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it holds an unknown member {member}</source>
        <translation>het bevat een onbekend onderdeel {member}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its members claim to be larger than any sync file can be</source>
        <translation>de onderdelen zouden groter zijn dan een synchronisatiebestand kan zijn</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>member {member} uses ZIP encryption</source>
        <translation>onderdeel {member} gebruikt zip-versleuteling</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>member {member} uses an unknown compression</source>
        <translation>onderdeel {member} gebruikt een onbekende compressie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>member {member} has another size than the manifest says</source>
        <translation>onderdeel {member} heeft een andere grootte dan het manifest aangeeft</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{member} cannot be read</source>
        <translation>{member} kan niet worden gelezen</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+5"/>
        <source>{member} line {line} is too long</source>
        <translation>{member} regel {line} is te lang</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{member} line {line} is cut off</source>
        <translation>{member} regel {line} is afgebroken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the checksum of {member} does not match</source>
        <translation>de controlesom van {member} klopt niet</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>{member} holds %n record(s), the manifest says {expected}</source>
        <translation>
            <numerusform>{member} bevat %n record, het manifest zegt {expected}</numerusform>
            <numerusform>{member} bevat %n records, het manifest zegt {expected}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{member} line {line} is not valid JSON</source>
        <translation>{member} regel {line} is geen geldige JSON</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/sync/crypto.py" line="-149"/>
        <source>The passphrase is empty.</source>
        <translation>De wachtwoordzin is leeg.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>not an encrypted sync file</source>
        <translation>geen versleuteld synchronisatiebestand</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The file {file} was written by a newer version of Reciprocity Desktop (encryption version {found}; this version reads version {supported}). Update the app to import it.</source>
        <translation>Het bestand {file} is geschreven door een nieuwere versie van Reciprocity Desktop (versleutelingsversie {found}; deze versie leest versie {supported}). Werk de app bij om het te importeren.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>its encryption header is not readable</source>
        <translation>de versleutelingsheader is niet leesbaar</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The file {file} is encrypted: give its passphrase to open it.</source>
        <translation>Het bestand {file} is versleuteld: geef de wachtwoordzin op om het te openen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wrong passphrase for {file}.</source>
        <translation>Verkeerde wachtwoordzin voor {file}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>it ends too early</source>
        <translation>het eindigt te vroeg</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+2"/>
        <source>truncated or altered after it was written</source>
        <translation>na het wegschrijven ingekort of gewijzigd</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/sync/errors.py" line="+42"/>
        <source>The file {file} is damaged ({detail}); nothing was imported.</source>
        <translation>Het bestand {file} is beschadigd ({detail}); er is niets geïmporteerd.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file {file} is not a Reciprocity Desktop sync file ({detail}); nothing was imported.</source>
        <translation>Het bestand {file} is geen synchronisatiebestand van Reciprocity Desktop ({detail}); er is niets geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/sync/exporter.py" line="-2"/>
        <source>{file} is a folder; give a file name for the export.</source>
        <translation>{file} is een map; geef een bestandsnaam op voor de export.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The file {file} could not be written: {reason}.</source>
        <translation>Het bestand {file} kon niet worden geschreven: {reason}.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+13"/>
        <location line="+28"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>Het exporteren is geannuleerd; er is geen bestand geschreven.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/sync/importer.py" line="+144"/>
        <source>The store could not be backed up before the import ({reason}); nothing was imported.</source>
        <extracomment>Above this many rows to write, the import checks foreign keys once at the end (PRAGMA foreign_key_check) instead of on every row, and gives SQLite a larger page cache. (SQLite&apos;s sorter, which builds set-aside indexes again, may use as much again: 64 MB were no faster.) A table that gets at least this many rows, and at least as many as it held, has its indexes built again after the writes instead of growing them row by row (see sync/indexes.py).</extracomment>
        <translation>Van het gegevensbestand kon vóór het importeren geen back-up worden gemaakt ({reason}); er is niets geïmporteerd.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>The import would leave {table} record {rowid} pointing at a missing {parent} record; nothing was imported.</source>
        <extracomment>tables most of which are written (their indexes are rebuilt afterwards)</extracomment>
        <translation>Na het importeren zou record {rowid} van {table} verwijzen naar een ontbrekend record van {parent}; er is niets geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/sync/manifest.py" line="+95"/>
        <source>its manifest.json is not JSON</source>
        <extracomment>The seller of the store that wrote the file (its ``seller_id`` and ``seller_name`` settings); None in a file written before visits named their seller.</extracomment>
        <translation>de manifest.json is geen JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its manifest.json does not describe a Reciprocity sync file</source>
        <translation>de manifest.json beschrijft geen synchronisatiebestand van Reciprocity</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the manifest has no valid format version</source>
        <translation>het manifest heeft geen geldige formaatversie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file {file} was written by a newer version of Reciprocity Desktop (sync format {found}; this version reads format {supported}). Update the app to import it.</source>
        <translation>Het bestand {file} is geschreven door een nieuwere versie van Reciprocity Desktop (synchronisatieformaat {found}; deze versie leest formaat {supported}). Werk de app bij om het te importeren.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>its manifest is incomplete or wrong: {reason}</source>
        <translation>het manifest is onvolledig of onjuist: {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its manifest does not list exactly the tables of this format</source>
        <translation>het manifest somt niet precies de tabellen van dit formaat op</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/sync/references.py" line="+63"/>
        <source>The file {file} refers to a record that is neither in the file nor in this store ({member} line {line}: {field} {ref} is not a known {parent} record); nothing was imported.</source>
        <translation>Het bestand {file} verwijst naar een record dat niet in het bestand en niet in dit gegevensbestand staat ({member} regel {line}: {field} {ref} is geen bekend record van {parent}); er is niets geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/backups.py" line="+30"/>
        <source>there is no store at {path}</source>
        <translation>er is geen gegevensbestand op {path}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the backup cannot be written over the store itself ({path})</source>
        <translation>de back-up kan niet over het gegevensbestand zelf worden geschreven ({path})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the backup of {path} could not be written: {reason}</source>
        <translation>de back-up van {path} kon niet worden geschreven: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the store {path} is damaged: its copy fails the integrity check; restore a sound backup</source>
        <translation>het gegevensbestand {path} is beschadigd: de kopie doorstaat de integriteitscontrole niet; herstel een back-up die in orde is</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>there is no backup {path}</source>
        <translation>de back-up {path} bestaat niet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the backup {path} is damaged (it fails the integrity check); nothing was restored</source>
        <translation>de back-up {path} is beschadigd (de integriteitscontrole mislukt); er is niets hersteld</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the backup could not be restored: {reason}</source>
        <translation>de back-up kon niet worden hersteld: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the backup could not be restored, the store {path} is as it was: {reason}</source>
        <translation>de back-up kon niet worden hersteld, het gegevensbestand {path} is ongewijzigd: {reason}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the backup was restored, but the store cannot be opened: {reason}</source>
        <translation>de back-up is hersteld, maar het gegevensbestand kan niet worden geopend: {reason}</translation>
    </message>
</context>
</TS>

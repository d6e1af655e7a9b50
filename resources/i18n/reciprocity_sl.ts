<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sl_SI">
<context>
    <name></name>
    <message>
        <location filename="../../reciprocity_desktop/ui/hub_window.py" line="+47"/>
        <source>An office hub is backed up on its server (pg_dump), not by the app.</source>
        <translation>Pisarniško vozlišče se varnostno kopira na svojem strežniku (pg_dump), ne v aplikaciji.</translation>
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
        <translation>Zbirke podatkov ni mogoče odpreti</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/ui/messages.py" line="+31"/>
        <source>Unexpected error</source>
        <translation>Nepričakovana napaka</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong that the program did not expect. Your data is safe: every change is saved in one piece or not at all. The details below help the developers fix it.</source>
        <translation>Zgodilo se je nekaj, česar program ni pričakoval. Vaši podatki so varni: vsaka sprememba se shrani v celoti ali pa sploh ne. Podrobnosti spodaj bodo razvijalcem pomagale odpraviti napako.</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/tasks.py" line="+41"/>
        <source>Cancel</source>
        <translation>Prekliči</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cancelling…</source>
        <translation>Preklicujem …</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/backups.py" line="+48"/>
        <source>Backups</source>
        <translation>Varnostne kopije</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backups are made on the first start of a day, before a migration, a sync import and a restore. A backup that fails its integrity check is not sound and cannot be restored.</source>
        <translation>Varnostne kopije nastanejo ob prvem zagonu dneva, pred migracijo, pred uvozom datoteke za sinhronizacijo in pred obnovitvijo. Varnostna kopija, ki ne prestane preverjanja celovitosti, ni brezhibna in je ni mogoče obnoviti.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Razlog</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Velikost</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sound</source>
        <translation>Brezhibna</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Obnovi …</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>daily</source>
        <translation>dnevna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>made by hand</source>
        <translation>ročno ustvarjena</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before a sync import</source>
        <translation>pred uvozom sinhronizacije</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before a restore</source>
        <translation>pred obnovitvijo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>before a migration</source>
        <translation>pred migracijo</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>yes</source>
        <translation>da</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no (damaged)</source>
        <translation>ne (poškodovana)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Restore backup</source>
        <translation>Obnovi varnostno kopijo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the backup of %1? The store as it is now is kept aside as a backup first; changes made since the backup are then no longer in the store.</source>
        <translation>Želite obnoviti varnostno kopijo z dne %1? Zbirka podatkov, kakršna je zdaj, se najprej shrani kot varnostna kopija; spremembe od varnostne kopije nato niso več v zbirki podatkov.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Restored the backup of %1.</source>
        <translation>Varnostna kopija z dne %1 je obnovljena.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The store as it was is kept as %1.</source>
        <translation>Prejšnja zbirka podatkov je shranjena kot %1.</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <location filename="../../reciprocity_desktop/cli/csv.py" line="+15"/>
        <source>import prospects from a spreadsheet CSV</source>
        <translation>uvozite potencialne stranke iz preglednice CSV</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/cli/backups.py" line="+18"/>
        <source>copy the store (checked) into its backups folder or to a file</source>
        <translation>kopiraj zbirko podatkov (preverjeno) v njeno mapo varnostnih kopij ali v datoteko</translation>
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
        <translation>DATOTEKA</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>write the copy to FILE</source>
        <translation>zapiši kopijo v DATOTEKO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list the store&apos;s backups</source>
        <translation>izpiši varnostne kopije zbirke podatkov</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list the backups, newest first (--json: path created reason bytes sound)</source>
        <translation>izpiši varnostne kopije, najnovejše najprej (--json: path created reason bytes sound)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>put a backup in the store&apos;s place (the current store is kept aside as a backup first)</source>
        <translation>postavi varnostno kopijo na mesto zbirke podatkov (trenutna zbirka se najprej shrani kot varnostna kopija)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backup written to {path} (integrity check ok).</source>
        <translation>Varnostna kopija je zapisana v {path} (preverjanje celovitosti je v redu).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>NO</source>
        <translation>NE</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No backups of {path} yet.</source>
        <translation>Za {path} še ni varnostnih kopij.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>CREATED</source>
        <translation>USTVARJENA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>REASON</source>
        <translation>RAZLOG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SIZE</source>
        <translation>VELIKOST</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SOUND</source>
        <translation>BREZHIBNA</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Restored {backup} into {store}.</source>
        <translation>{backup} je obnovljena v {store}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The store as it was is kept as {path}.</source>
        <translation>Prejšnja zbirka podatkov je shranjena kot {path}.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/cli/csv.py" line="-5"/>
        <source>check and report; import nothing</source>
        <translation>preverite in poročajte; nič ne uvozite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import the good rows even when some fail</source>
        <translation>uvozite dobre vrstice, tudi če nekatere ne uspejo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>export prospects as CSV (UTF-8 with BOM)</source>
        <translation>izvozite potencialne stranke kot CSV (UTF-8 z BOM)</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>reciprocity-desktop: %n row(s) of {file} cannot be imported, so nothing was imported (correct the file, or use --skip-bad).</source>
        <translation>
            <numerusform>reciprocity-desktop: %n vrstice iz {file} ni mogoče uvoziti, zato ni bilo nič uvoženo (popravite datoteko ali uporabite --skip-bad).</numerusform>
            <numerusform>reciprocity-desktop: %n vrstic iz {file} ni mogoče uvoziti, zato ni bilo nič uvoženo (popravite datoteko ali uporabite --skip-bad).</numerusform>
            <numerusform>reciprocity-desktop: %n vrstic iz {file} ni mogoče uvoziti, zato ni bilo nič uvoženo (popravite datoteko ali uporabite --skip-bad).</numerusform>
            <numerusform>reciprocity-desktop: %n vrstic iz {file} ni mogoče uvoziti, zato ni bilo nič uvoženo (popravite datoteko ali uporabite --skip-bad).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Dry run: nothing was written.</source>
        <translation>Preizkusni zagon: nič ni bilo zapisano.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Exported %n prospect(s) to {file}.</source>
        <translation>
            <numerusform>V {file} je izvožena %n potencialna stranka.</numerusform>
            <numerusform>V {file} sta izvoženi %n potencialni stranki.</numerusform>
            <numerusform>V {file} so izvožene %n potencialne stranke.</numerusform>
            <numerusform>V {file} je izvoženih %n potencialnih strank.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/cli/gift_register.py" line="+25"/>
        <source>the gift register: each recipient&apos;s gifts of a year against the country&apos;s limit</source>
        <translation>evidenca daril: darila prejemnika v letu glede na omejitev vrednosti daril v državi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the calendar year (default: this year)</source>
        <translation>koledarsko leto (privzeto: letošnje leto)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>print a JSON array (money as decimal amounts)</source>
        <translation>izpišite polje JSON (zneski kot decimalna števila)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>FILE.csv</source>
        <translation>DATOTEKA.csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write every gift of the year with its recipient&apos;s total as CSV (for the accountant)</source>
        <translation>zapišite vsako darilo v letu s skupnim zneskom prejemnika kot CSV (za računovodjo)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>near limit</source>
        <translation>blizu omejitve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OVER LIMIT</source>
        <translation>NAD OMEJITVIJO</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Wrote %n gift(s) of {year} to {file}.</source>
        <translation>
            <numerusform>V {file} je zapisano %n darilo iz leta {year}.</numerusform>
            <numerusform>V {file} sta zapisani %n darili iz leta {year}.</numerusform>
            <numerusform>V {file} so zapisana %n darila iz leta {year}.</numerusform>
            <numerusform>V {file} je zapisanih %n daril iz leta {year}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>RECIPIENT</source>
        <translation>PREJEMNIK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ORGANISATION</source>
        <translation>ORGANIZACIJA</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../reciprocity_desktop/cli/prospects.py" line="+97"/>
        <source>CC</source>
        <translation>DRŽAVA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GIFTS</source>
        <translation>DARILA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TOTAL</source>
        <translation>SKUPAJ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LIMIT</source>
        <translation>OMEJITEV</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../reciprocity_desktop/cli/visits.py" line="+84"/>
        <source>STATUS</source>
        <translation>STANJE</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/cli/base.py" line="+57"/>
        <source>warning: {message}</source>
        <translation>opozorilo: {message}</translation>
    </message>
    <message>
        <location line="+371"/>
        <source>{prog}: {message} (see {prog} --help)</source>
        <extracomment>The table&apos;s header line, or a function giving it in the run&apos;s language (``lambda: [cli.tr(&quot;ID&quot;)]``).</extracomment>
        <translation>{prog}: {message} (glejte {prog} --help)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>ACTION</source>
        <translation>DEJANJE</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;{command}&apos; needs a command</source>
        <translation>»{command}« potrebuje ukaz</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Reciprocity Desktop: give first, record it, follow up. With no command, opens the window.</source>
        <translation>Reciprocity Desktop: najprej dajte, zabeležite, nadaljujte. Brez ukaza se odpre okno.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reciprocity-desktop [--db PATH] FILE.rcsync opens the window with that sync file&apos;s import (passphrase, preview, import).</source>
        <translation>reciprocity-desktop [--db POT] DATOTEKA.rcsync odpre okno z uvozom te datoteke za sinhronizacijo (geslo, predogled, uvoz).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PATH</source>
        <translation>POT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the store file (default: $RECIPROCITY_DB or {path})</source>
        <translation>datoteka zbirke podatkov (privzeto: $RECIPROCITY_DB ali {path})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>show program&apos;s version number and exit</source>
        <translation>prikaži številko različice programa in končaj</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>COMMAND</source>
        <translation>UKAZ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>reciprocity-desktop: the window cannot start: {error}</source>
        <translation>reciprocity-desktop: okna ni mogoče zagnati: {error}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The folder {folder} does not exist, so the store {store} cannot be opened (create the folder first)</source>
        <translation>Mapa {folder} ne obstaja, zato zbirke podatkov {store} ni mogoče odpreti (najprej ustvarite mapo)</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/cli/contacts.py" line="+16"/>
        <source>contacts (people) of a prospect</source>
        <extracomment>The options of ``contacts add`` and ``contacts update``, named as add_contact&apos;s keywords.</extracomment>
        <translation>kontaktne osebe potencialne stranke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add a contact person; prints its id</source>
        <translation>dodajte kontaktno osebo; izpiše njen ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <location filename="../../reciprocity_desktop/cli/followups.py" line="+29"/>
        <location filename="../../reciprocity_desktop/cli/gifts.py" line="+24"/>
        <location filename="../../reciprocity_desktop/cli/outcomes.py" line="+15"/>
        <location filename="../../reciprocity_desktop/cli/visits.py" line="-66"/>
        <source>PROSPECT_ID</source>
        <translation>ID_STRANKE</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>list a prospect&apos;s contacts, decision makers first</source>
        <translation>izpišite kontaktne osebe potencialne stranke, najprej odločevalce</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>change the given fields of a contact person</source>
        <translation>spremenite navedena polja kontaktne osebe</translation>
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
        <translation>izpišite vse shranjene podatke o osebi kot JSON</translation>
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
        <translation>BESEDILO</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/cli/backups.py" line="-40"/>
        <location filename="../../reciprocity_desktop/cli/contacts.py" line="+16"/>
        <source>yes</source>
        <translation>da</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/cli/contacts.py" line="-32"/>
        <source>really delete a person (erases their personal data, in the backups too)</source>
        <translation>dokončno izbrišite osebo (izbriše njene osebne podatke, tudi v varnostnih kopijah)</translation>
    </message>
    <message>
        <location line="+35"/>
        <location filename="../../reciprocity_desktop/cli/print_day.py" line="+43"/>
        <location filename="../../reciprocity_desktop/cli/prospects.py" line="-30"/>
        <location line="+63"/>
        <location filename="../../reciprocity_desktop/cli/stock.py" line="+42"/>
        <source>NAME</source>
        <translation>IME</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ROLE</source>
        <translation>FUNKCIJA</translation>
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
        <translation>E-POŠTA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DECIDES</source>
        <translation>ODLOČA</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&apos;contacts update&apos; needs something to change: --name, --role, --phone, --email, --decision-maker/--no-decision-maker or --notes</source>
        <translation>»contacts update« potrebuje nekaj za spremembo: --name, --role, --phone, --email, --decision-maker/--no-decision-maker ali --notes</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Contact {id} deleted; their personal data is erased.</source>
        <translation>Kontaktna oseba {id} je izbrisana; njeni osebni podatki so izbrisani.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Their data is erased from the store&apos;s backups too (%n backup file(s) held it).</source>
        <translation>
            <numerusform>Njeni podatki so izbrisani tudi iz varnostnih kopij zbirke podatkov (%n datoteka varnostne kopije jih je vsebovala).</numerusform>
            <numerusform>Njeni podatki so izbrisani tudi iz varnostnih kopij zbirke podatkov (%n datoteki varnostnih kopij sta jih vsebovali).</numerusform>
            <numerusform>Njeni podatki so izbrisani tudi iz varnostnih kopij zbirke podatkov (%n datoteke varnostnih kopij so jih vsebovale).</numerusform>
            <numerusform>Njeni podatki so izbrisani tudi iz varnostnih kopij zbirke podatkov (%n datotek varnostnih kopij jih je vsebovalo).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/cli/demo.py" line="+14"/>
        <source>load the demo data (a German door-to-door tour)</source>
        <translation>naložite predstavitvene podatke (obisk od vrat do vrat v Nemčiji)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>load even when the store is not empty (adds to it)</source>
        <translation>naložite tudi, če zbirka podatkov ni prazna (doda k njej)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an office-sized store instead of the tour: N prospects with contacts, gifts, follow-ups, visits and outcomes over three years</source>
        <translation>zbirka podatkov velikosti pisarne namesto obiska: N potencialnih strank s kontaktnimi osebami, darili, opravili, obiski in izidi v treh letih</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n prospect(s)</source>
        <translation>
            <numerusform>%n potencialna stranka</numerusform>
            <numerusform>%n potencialni stranki</numerusform>
            <numerusform>%n potencialne stranke</numerusform>
            <numerusform>%n potencialnih strank</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n gift(s)</source>
        <translation>
            <numerusform>%n darilo</numerusform>
            <numerusform>%n darili</numerusform>
            <numerusform>%n darila</numerusform>
            <numerusform>%n daril</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n opravilo</numerusform>
            <numerusform>%n opravili</numerusform>
            <numerusform>%n opravila</numerusform>
            <numerusform>%n opravil</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n outcome(s)</source>
        <translation>
            <numerusform>%n izid</numerusform>
            <numerusform>%n izida</numerusform>
            <numerusform>%n izidi</numerusform>
            <numerusform>%n izidov</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n obisk</numerusform>
            <numerusform>%n obiska</numerusform>
            <numerusform>%n obiski</numerusform>
            <numerusform>%n obiskov</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo data loaded: {counts}.</source>
        <translation>Predstavitveni podatki naloženi: {counts}.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/cli/followups.py" line="-10"/>
        <source>list and complete follow-ups</source>
        <translation>izpišite in zaključite opravila</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list follow-ups (open ones by due date, then done ones)</source>
        <translation>izpišite opravila (odprta po roku, nato opravljena)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mark a follow-up done</source>
        <translation>označite opravilo kot opravljeno</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the result</source>
        <translation>rezultat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>schedule a follow-up; prints its id</source>
        <translation>načrtujte opravilo; izpiše njegov ID</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>done</source>
        <translation>opravljeno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overdue</source>
        <translation>rok je potekel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due today</source>
        <translation>rok je danes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>upcoming</source>
        <translation>prihajajoče</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>DUE</source>
        <translation>ROK</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../reciprocity_desktop/cli/gifts.py" line="+30"/>
        <location filename="../../reciprocity_desktop/cli/outcomes.py" line="+32"/>
        <location filename="../../reciprocity_desktop/cli/visits.py" line="+0"/>
        <location filename="../../reciprocity_desktop/cli/visits_route.py" line="+123"/>
        <source>PROSPECT</source>
        <translation>POTENCIALNA STRANKA</translation>
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
        <translation>VRSTA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STATE</source>
        <translation>STANJE</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../reciprocity_desktop/cli/outcomes.py" line="+2"/>
        <location filename="../../reciprocity_desktop/cli/visits_route.py" line="+0"/>
        <source>NOTE</source>
        <translation>OPOMBA</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Follow-up {id} done on {date}.</source>
        <translation>Opravilo {id} opravljeno dne {date}.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/cli/gifts.py" line="-65"/>
        <source>log and list gifts</source>
        <extracomment>The options of ``gifts add``, named as log_gift&apos;s keywords.</extracomment>
        <translation>beležite in izpišite darila</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>log a gift; schedules the ask_feedback follow-up; prints its id</source>
        <translation>zabeležite darilo; načrtuje opravilo ask_feedback; izpiše njegov ID</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../reciprocity_desktop/cli/outcomes.py" line="-39"/>
        <source>default: today</source>
        <translation>privzeto: danes</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../reciprocity_desktop/cli/outcomes.py" line="+2"/>
        <location filename="../../reciprocity_desktop/cli/stock.py" line="-129"/>
        <location filename="../../reciprocity_desktop/cli/visits_debrief.py" line="-7"/>
        <source>AMOUNT</source>
        <translation>ZNESEK</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>default: the stock item&apos;s unit cost, else 0</source>
        <translation>privzeto: cena na enoto artikla na zalogi, sicer 0</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>take it out of the gift stock</source>
        <translation>vzemite ga iz zaloge daril</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the person it was given to</source>
        <translation>oseba, ki ji je bilo podarjeno</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>list gifts, newest first</source>
        <translation>izpišite darila, najprej najnovejša</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>record how a gift was received; completes its ask_feedback follow-up</source>
        <translation>zabeležite, kako je bilo darilo sprejeto; zaključi njegovo opravilo ask_feedback</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GIFT_ID</source>
        <translation>ID_DARILA</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>what was said about it</source>
        <translation>kaj je bilo rečeno o njem</translation>
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
        <translation>OPIS</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../reciprocity_desktop/cli/stock.py" line="+58"/>
        <source>COST</source>
        <translation>STROŠEK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>REACTION</source>
        <translation>ODZIV</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../../reciprocity_desktop/cli/visits_debrief.py" line="+68"/>
        <source>Follow-up ask_feedback scheduled for {due} ({id}).</source>
        <translation>Opravilo ask_feedback načrtovano za {due} ({id}).</translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../../reciprocity_desktop/cli/visits_debrief.py" line="+4"/>
        <source>Reaction to the gift of {date} ({description}): {reaction} ({id}).</source>
        <translation>Odziv na darilo z dne {date} ({description}): {reaction} ({id}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../reciprocity_desktop/cli/visits_debrief.py" line="+10"/>
        <source>Follow-up ask_feedback {id} done.</source>
        <translation>Opravilo ask_feedback {id} opravljeno.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No open ask_feedback follow-up for this gift.</source>
        <translation>Za to darilo ni odprtega opravila ask_feedback.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/cli/outcomes.py" line="-39"/>
        <source>record what came back</source>
        <translation>zabeležite, kaj se je vrnilo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record an outcome; prints its id</source>
        <translation>zabeležite izid; izpiše njegov ID</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>order amount (an order without one: value unknown)</source>
        <translation>znesek naročila (naročilo brez njega: vrednost ni znana)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>list outcomes, newest first</source>
        <translation>izpišite izide, najprej najnovejše</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>unknown</source>
        <translation>ni znana</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../../reciprocity_desktop/cli/settings.py" line="+27"/>
        <location line="+26"/>
        <source>VALUE</source>
        <translation>VREDNOST</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/cli/print_day.py" line="-2"/>
        <source>Print a day as PDF: the route overview with the gift kit, and one visit sheet per stop.</source>
        <translation>Natisnite dan kot PDF: pregled poti z darili za na pot in en list za vsak obisk.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the day to print (YYYY-MM-DD)</source>
        <translation>dan za tiskanje (LLLL-MM-DD)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>FILE.pdf</source>
        <translation>DATOTEKA.pdf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the PDF to write</source>
        <translation>datoteka PDF, ki naj se zapiše</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>paper size (default: a4)</source>
        <translation>velikost papirja (privzeto: a4)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>language on paper (default: $RECIPROCITY_LANG, else the language setting, else the system&apos;s)</source>
        <translation>jezik na papirju (privzeto: $RECIPROCITY_LANG, sicer nastavitev language, sicer jezik sistema)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the seller&apos;s name on the paper (default: the seller_name setting)</source>
        <translation>ime prodajalca na papirju (privzeto: nastavitev seller_name)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Wrote {file} (pages: {pages}, stops: {stops}).</source>
        <translation>Zapisano {file} (strani: {pages}, obiski: {stops}).</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/cli/prospects.py" line="-4"/>
        <source>STREET</source>
        <translation>ULICA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>POSTAL_CODE</source>
        <translation>POŠTNA_ŠTEVILKA</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+60"/>
        <location filename="../../reciprocity_desktop/cli/visits.py" line="+64"/>
        <location filename="../../reciprocity_desktop/cli/visits_route.py" line="+93"/>
        <source>CITY</source>
        <translation>KRAJ</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>COUNTRY</source>
        <translation>DRŽAVA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EMAIL</source>
        <translation>E_POŠTA</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+56"/>
        <source>STAGE</source>
        <translation>FAZA</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>WEBSITE</source>
        <translation>SPLETNA_STRAN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>INDUSTRY</source>
        <translation>PANOGA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TAGS</source>
        <translation>OZNAKE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NOTES</source>
        <translation>OPOMBE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LATITUDE</source>
        <translation>ŠIRINA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LONGITUDE</source>
        <translation>DOLŽINA</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>typed coordinates (-90..90, with --longitude); empty: from the postal code again</source>
        <translation>vnesene koordinate (-90..90, z --longitude); prazno: spet iz poštne številke</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>typed coordinates (-180..180, with --latitude)</source>
        <translation>vnesene koordinate (-180..180, z --latitude)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>list, add, update and delete prospects</source>
        <translation>izpišite, dodajte, spremenite in izbrišite potencialne stranke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list prospects, ordered by name</source>
        <translation>izpišite potencialne stranke, razvrščene po imenu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>name, city, postal code or contact name contains TEXT</source>
        <translation>ime, kraj, poštna številka ali ime kontaktne osebe vsebuje BESEDILO</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../reciprocity_desktop/cli/stock.py" line="-36"/>
        <location filename="../../reciprocity_desktop/cli/sync.py" line="+36"/>
        <source>print a JSON array</source>
        <translation>izpišite polje JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add a prospect; prints its id</source>
        <translation>dodajte potencialno stranko; izpiše njen ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>change the given fields of a prospect</source>
        <translation>spremenite navedena polja potencialne stranke</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>delete a prospect (kept as a tombstone for sync)</source>
        <translation>izbrišite potencialno stranko (ohrani se kot oznaka izbrisa za sinhronizacijo)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>POSTAL</source>
        <translation>POŠTA</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Deleted {name} ({id}).</source>
        <translation>Izbrisano: {name} ({id}).</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/cli/report.py" line="-24"/>
        <source>Reciprocity figures: which gifts lead to what, how fast, at what cost, against prospects who got nothing.</source>
        <translation>Podatki o vzajemnosti: katera darila vodijo do česa, kako hitro, po kakšni ceni, v primerjavi s potencialnimi strankami brez daril.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>print one JSON object (money as decimal amounts)</source>
        <translation>izpišite en predmet JSON (zneski kot decimalna števila)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an outcome up to N days after a gift reciprocates it (default {days})</source>
        <translation>izid do N dni po darilu šteje kot povračilo (privzeto {days})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>only gifts given on or after DATE (YYYY-MM-DD)</source>
        <translation>samo darila, dana na DATUM ali pozneje (LLLL-MM-DD)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>only gifts given on or before DATE (YYYY-MM-DD)</source>
        <translation>samo darila, dana na DATUM ali prej (LLLL-MM-DD)</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>all gifts</source>
        <translation>vsa darila</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>gifts from {start} to {end}</source>
        <translation>darila od {start} do {end}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(no gifts)</source>
        <translation>(ni daril)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+55"/>
        <source>kind</source>
        <translation>vrsta</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+29"/>
        <location line="+57"/>
        <source>gifts</source>
        <translation>darila</translation>
    </message>
    <message>
        <location line="-85"/>
        <location line="+16"/>
        <source>prospects</source>
        <translation>potencialne stranke</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+29"/>
        <source>reciprocated</source>
        <translation>povrnjena</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+14"/>
        <location line="+15"/>
        <source>rate</source>
        <translation>delež</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+29"/>
        <source>median days</source>
        <translation>mediana dni</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+29"/>
        <source>cost</source>
        <translation>strošek</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+29"/>
        <location line="+54"/>
        <source>order value</source>
        <translation>vrednost naročil</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>gifted</source>
        <translation>obdarjene</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not gifted</source>
        <translation>neobdarjene</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>group</source>
        <translation>skupina</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>got something back</source>
        <translation>nekaj vrnjeno</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>with {quality}</source>
        <extracomment>The gifts with and without a quality, in the words of the window&apos;s insights page (not English runs).</extracomment>
        <translation>z lastnostjo {quality}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>without {quality}</source>
        <translation>brez lastnosti {quality}</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>count</source>
        <translation>število</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(no outcomes)</source>
        <translation>(ni izidov)</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+33"/>
        <source>outcomes</source>
        <translation>izidi</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>after a gift</source>
        <translation>po darilu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>median days from gift</source>
        <translation>mediana dni od darila</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>value after a gift</source>
        <translation>vrednost po darilu</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(no prospect with gifts or outcomes)</source>
        <extracomment>Lines of the balance table written at a time (it has a line per prospect: 96,881 on an office store).</extracomment>
        <translation>(ni potencialne stranke z darili ali izidi)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>prospect</source>
        <translation>potencialna stranka</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gift cost</source>
        <translation>strošek daril</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>net</source>
        <translation>saldo</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Reciprocity report: {period}; an outcome within %n day(s) of a gift reciprocates it.</source>
        <translation>
            <numerusform>Poročilo o vzajemnosti: {period}; izid v %n dnevu po darilu šteje kot povračilo.</numerusform>
            <numerusform>Poročilo o vzajemnosti: {period}; izid v %n dneh po darilu šteje kot povračilo.</numerusform>
            <numerusform>Poročilo o vzajemnosti: {period}; izid v %n dneh po darilu šteje kot povračilo.</numerusform>
            <numerusform>Poročilo o vzajemnosti: {period}; izid v %n dneh po darilu šteje kot povračilo.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>By gift kind</source>
        <translation>Po vrsti darila</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gifted vs not gifted</source>
        <translation>Obdarjene in neobdarjene</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By quality of the gift</source>
        <translation>Po lastnosti darila</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By outcome kind</source>
        <translation>Po vrsti izida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balance per prospect (order value minus gift cost)</source>
        <translation>Saldo po potencialni stranki (vrednost naročil minus strošek daril)</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/cli/settings.py" line="-39"/>
        <source>show and change the settings (seller, home base, gift limits …)</source>
        <translation>prikažite in spremenite nastavitve (prodajalec, domača lokacija, omejitve vrednosti daril …)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list every setting and its value (--json: one object)</source>
        <translation>izpišite vse nastavitve in njihove vrednosti (--json: en predmet)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>change one setting</source>
        <translation>spremenite eno nastavitev</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>settings:</source>
        <translation>nastavitve:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+27"/>
        <source>KEY</source>
        <translation>KLJUČ</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>none</source>
        <translation>brez</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{line} (unchanged)</source>
        <translation>{line} (nespremenjeno)</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/cli/stock.py" line="-26"/>
        <source>the gift stock: add items, list them, restock</source>
        <translation>zaloga daril: dodajte artikle, jih izpišite, dopolnite zalogo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add a stock item; prints its id</source>
        <translation>dodajte artikel na zalogi; izpiše njegov ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>how many are on hand</source>
        <translation>koliko jih je na zalogi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the unit cost (default 0)</source>
        <translation>cena na enoto (privzeto 0)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sample trial content analysis event personal other (default: sample)</source>
        <translation>sample trial content analysis event personal other (privzeto: sample)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>runs low at or below this quantity (default: the low_stock_default setting)</source>
        <translation>zaloga je nizka pri tej količini ali manj (privzeto: nastavitev low_stock_default)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list the stock items by name</source>
        <translation>izpišite artikle na zalogi po imenu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add to a stock item&apos;s quantity on hand</source>
        <translation>dopolnite zalogo artikla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>how many to add</source>
        <translation>koliko jih dodate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kept with the restock movement</source>
        <translation>shrani se ob dopolnitvi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>list a stock item&apos;s movements (opening, restocks, draws, corrections), oldest first</source>
        <translation>izpišite premike zaloge artikla (začetna zaloga, dopolnitve, odvzemi, popravki), najstarejše najprej</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>out</source>
        <translation>ni</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>low</source>
        <translation>nizko</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+70"/>
        <source>ON HAND</source>
        <translation>ZALOGA</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>REORDER AT</source>
        <translation>MINIMALNA ZALOGA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LEVEL</source>
        <translation>STANJE</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Restocked {name}: {quantity} on hand.</source>
        <translation>Zaloga artikla {name} dopolnjena: {quantity} na zalogi.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>opening</source>
        <translation>začetna zaloga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restock</source>
        <translation>dopolnitev</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>draw</source>
        <translation>odvzem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>correction</source>
        <translation>popravek</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{name} has no stock movements yet.</source>
        <translation>{name} še nima premikov zaloge.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>WHEN</source>
        <translation>KDAJ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CHANGE</source>
        <translation>SPREMEMBA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>GIFT</source>
        <translation>DARILO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: {quantity} on hand.</source>
        <translation>{name}: {quantity} na zalogi.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/cli/sync.py" line="-50"/>
        <source>write the store&apos;s records (deletions included) to one sync file for a colleague or the office</source>
        <translation>zapišite zapise zbirke podatkov (z izbrisi) v eno datoteko za sinhronizacijo za sodelavca ali pisarno</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the sync file to write</source>
        <translation>datoteka za sinhronizacijo, ki naj se zapiše</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>only records changed on or after DATE (YYYY-MM-DD), and what they refer to</source>
        <translation>samo zapisi, spremenjeni na DATUM ali pozneje (LLLL-MM-DD), in to, na kar se nanašajo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>encrypt the file with the passphrase on the first line of F</source>
        <translation>šifrirajte datoteko z geslom iz prve vrstice datoteke F</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>merge a colleague&apos;s sync file into the store; prints what changed</source>
        <translation>združite datoteko za sinhronizacijo sodelavca z zbirko podatkov; izpiše, kaj se je spremenilo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the sync file to import</source>
        <translation>datoteka za sinhronizacijo, ki naj se uvozi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>check the file and say what would change; write nothing</source>
        <translation>preverite datoteko in povejte, kaj bi se spremenilo; nič ne zapišite</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file&apos;s passphrase is the first line of F</source>
        <translation>geslo datoteke je prva vrstica datoteke F</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>list the versions that lost a sync conflict, or restore one</source>
        <translation>izpišite različice, ki so izgubile konflikt pri sinhronizaciji, ali eno obnovite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>include conflicts already restored</source>
        <translation>vključno z že obnovljenimi konflikti</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>make the losing version of conflict ID current again</source>
        <translation>izgubljeno različico konflikta ID spet naredite trenutno</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The passphrase file {file} does not exist.</source>
        <translation>Datoteka z geslom {file} ne obstaja.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The passphrase file {file} cannot be read: {error}.</source>
        <translation>Datoteke z geslom {file} ni mogoče prebrati: {error}.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source> changed since {date}</source>
        <translation> s spremembami od {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exported: {records}{scope} ({deletions}) to {path} ({size}{encrypted})</source>
        <translation>izvoženo: {records}{scope} ({deletions}) v {path} ({size}{encrypted})</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n zapis</numerusform>
            <numerusform>%n zapisa</numerusform>
            <numerusform>%n zapisi</numerusform>
            <numerusform>%n zapisov</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n deletion(s)</source>
        <translation>
            <numerusform>%n izbris</numerusform>
            <numerusform>%n izbrisa</numerusform>
            <numerusform>%n izbrisi</numerusform>
            <numerusform>%n izbrisov</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, encrypted</source>
        <translation>, šifrirano</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>future timestamp: {table} {record}{name} changed at {when} by {store}: held back</source>
        <translation>časovni žig v prihodnosti: {table} {record}{name} spremenjeno {when}, spremenil: {store}: zadržano</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>held back: {table} {record}{name} needs a record held back for its future timestamp</source>
        <translation>zadržano: {table} {record}{name} potrebuje zapis, ki je zadržan zaradi časovnega žiga v prihodnosti</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>new: {new}, updated: {updated}, deleted: {deleted}, unchanged: {unchanged}, conflicts: {conflicts}</source>
        <translation>novo: {new}, posodobljeno: {updated}, izbrisano: {deleted}, nespremenjeno: {unchanged}, konflikti: {conflicts}</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>held back: %n record(s) with change times in the future (the sending laptop&apos;s clock is probably wrong); they are applied once that time has come</source>
        <translation>
            <numerusform>zadržano: %n zapis s časom spremembe v prihodnosti (ura pošiljateljevega prenosnika verjetno ni prava); uporabljen bo, ko ta čas nastopi</numerusform>
            <numerusform>zadržano: %n zapisa s časom spremembe v prihodnosti (ura pošiljateljevega prenosnika verjetno ni prava); uporabljena bosta, ko ta čas nastopi</numerusform>
            <numerusform>zadržano: %n zapisi s časom spremembe v prihodnosti (ura pošiljateljevega prenosnika verjetno ni prava); uporabljeni bodo, ko ta čas nastopi</numerusform>
            <numerusform>zadržano: %n zapisov s časom spremembe v prihodnosti (ura pošiljateljevega prenosnika verjetno ni prava); uporabljenih bo, ko ta čas nastopi</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>dry run: nothing was written</source>
        <translation>preizkusni zagon: nič ni bilo zapisano</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>colleague gift: {name} (visit planned {visit_date}) got {kind} &quot;{description}&quot; on {date} from {colleague}</source>
        <translation>darilo sodelavca: {name} (obisk načrtovan {visit_date}) – {kind} »{description}« dne {date}, od: {colleague}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>this store&apos;s version</source>
        <translation>različica te zbirke podatkov</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the file&apos;s version</source>
        <translation>različica datoteke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deletion</source>
        <translation>izbris</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no field differs</source>
        <translation>nobeno polje se ne razlikuje</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, restored {date}</source>
        <translation>, obnovljeno {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{id}: {when} {table} {record} &quot;{label}&quot;: {side} (by {colleague}) lost; differs in: {what}</source>
        <translation>{id}: {when} {table} {record} »{label}«: {side} (od {colleague}) je izgubila; razlike v: {what}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>conflict {id} restored: the losing version is current again</source>
        <translation>konflikt {id} obnovljen: izgubljena različica je spet trenutna</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no conflicts</source>
        <translation>ni konfliktov</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/cli/visits.py" line="-69"/>
        <source>plan and list a day&apos;s visits</source>
        <translation>načrtujte in izpišite obiske dneva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add prospects to a day&apos;s route (in the order given)</source>
        <translation>dodajte potencialne stranke na pot dneva (v navedenem vrstnem redu)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>list a day&apos;s visits in route order</source>
        <translation>izpišite obiske dneva v vrstnem redu poti</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the whole team&apos;s visits of the day, not only your own</source>
        <translation>obiski celotne ekipe na ta dan, ne le vaši</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>take a visit off its day&apos;s route</source>
        <translation>odstranite obisk s poti njegovega dneva</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <location filename="../../reciprocity_desktop/cli/visits_debrief.py" line="-122"/>
        <source>VISIT_ID</source>
        <translation>ID_OBISKA</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>set a visit&apos;s fixed appointment time or its length</source>
        <translation>nastavite fiksni čas sestanka ali trajanje obiska</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a fixed appointment: the route&apos;s times go around it</source>
        <translation>fiksen sestanek: časi poti se prilagodijo njemu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no fixed time: the route gives the stop its time</source>
        <translation>brez fiksnega časa: pot določi čas obiska</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>how long this visit takes (default: the setting)</source>
        <translation>koliko časa traja ta obisk (privzeto: nastavitev)</translation>
    </message>
    <message>
        <location line="+45"/>
        <location filename="../../reciprocity_desktop/cli/visits_route.py" line="+0"/>
        <source>TIME</source>
        <translation>ČAS</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SELLER</source>
        <extracomment>``--all``: the team&apos;s visits, each with its seller.</extracomment>
        <translation>PRODAJALEC</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(unknown seller)</source>
        <translation>(neznan prodajalec)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no name)</source>
        <translation>(brez imena)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Removed the visit to {name} on {date} ({id}).</source>
        <translation>Obisk pri {name} dne {date} je odstranjen ({id}).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Give --time HH:MM, --no-fixed-time or --minutes N.</source>
        <extracomment>The service&apos;s name of a field -&gt; the option that gave it (a refusal names the option).</extracomment>
        <translation>Navedite --time HH:MM, --no-fixed-time ali --minutes N.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--time: give a time like 09:30 (or --no-fixed-time for none).</source>
        <translation>--time: navedite čas, na primer 09:30 (ali --no-fixed-time za brez).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>at {time} (fixed)</source>
        <translation>ob {time} (fiksno)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>without a fixed time</source>
        <translation>brez fiksnega časa</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuta</numerusform>
            <numerusform>%n minuti</numerusform>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minut</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the usual length</source>
        <translation>običajno trajanje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit {id} on {date}: {when}, {length}.</source>
        <translation>Obisk {id} dne {date}: {when}, {length}.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/cli/visits_debrief.py" line="-5"/>
        <source>record what happened at a visit: the gift handed over, how the earlier gift was received, what came back and the next follow-up</source>
        <extracomment>The service&apos;s field, and the option that gave it.</extracomment>
        <translation>zabeležite, kaj se je zgodilo pri obisku: izročeno darilo, kako je bilo prejšnje darilo sprejeto, kaj se je vrnilo in naslednje opravilo</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a gift was handed over (the planned one unless named)</source>
        <translation>darilo je bilo izročeno (načrtovano, če ni navedeno drugo)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>STOCK_ID</source>
        <translation>ID_ARTIKLA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the gift handed over, taken from this stock item</source>
        <translation>izročeno darilo, vzeto iz tega artikla na zalogi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the gift handed over, not from stock</source>
        <translation>izročeno darilo, ne iz zaloge</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>how the latest gift given to the prospect before the visit was received (completes its ask_feedback follow-up)</source>
        <translation>kako je potencialna stranka sprejela zadnje darilo pred obiskom (zaključi njegovo opravilo ask_feedback)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the order&apos;s value; without it: value not known</source>
        <translation>vrednost naročila; brez nje: vrednost ni znana</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>what was said (the visit&apos;s note)</source>
        <translation>kaj je bilo rečeno (opomba obiska)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the follow-up&apos;s due date (YYYY-MM-DD)</source>
        <translation>rok opravila (LLLL-MM-DD)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--value: only an order has a value (give --outcome order)</source>
        <translation>--value: vrednost ima samo naročilo (navedite --outcome order)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--reaction-note: say how the gift was received with --reaction</source>
        <translation>--reaction-note: z --reaction navedite, kako je bilo darilo sprejeto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--followup: give its due date with --due DATE</source>
        <translation>--followup: navedite rok z --due DATUM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--due: give the kind of follow-up with --followup KIND</source>
        <translation>--due: navedite vrsto opravila z --followup VRSTA</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Debriefed the visit on {date}: {status} ({id}).</source>
        <translation>Izidi obiska dne {date} vneseni: {status} ({id}).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Gift handed over: {description} ({id}).</source>
        <translation>Izročeno darilo: {description} ({id}).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>not known</source>
        <translation>ni znana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome order, value {value} ({id}).</source>
        <translation>Izid naročilo, vrednost {value} ({id}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outcome {kind} ({id}).</source>
        <translation>Izid {kind} ({id}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Follow-up {kind} due {due} ({id}).</source>
        <translation>Opravilo {kind} z rokom {due} ({id}).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>First order: to move the prospect to customer, run `{command}`.</source>
        <translation>Prvo naročilo: če želite potencialno stranko spremeniti v stranko, zaženite `{command}`.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/cli/visits_route.py" line="-98"/>
        <source>order a day&apos;s route by distance from home and back, and compute its times (day_start, visit_minutes, travel_speed_kmh; fixed appointments keep theirs)</source>
        <translation>razvrstite pot dneva po razdalji od domače lokacije in nazaj ter izračunajte čase (day_start, visit_minutes, travel_speed_kmh; fiksni sestanki obdržijo svoje)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>by distance</source>
        <translation>po razdalji</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>by country and postal code (no stop has coordinates)</source>
        <translation>po državi in poštni številki (noben obisk nima koordinat)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> from home ({home}) and back</source>
        <translation> od domače lokacije ({home}) in nazaj</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Ordered %n stop(s) of {date} {how}{start}.</source>
        <translation>
            <numerusform>%n obisk dne {date} razvrščen {how}{start}.</numerusform>
            <numerusform>%n obiska dne {date} razvrščena {how}{start}.</numerusform>
            <numerusform>%n obiski dne {date} razvrščeni {how}{start}.</numerusform>
            <numerusform>%n obiskov dne {date} razvrščenih {how}{start}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Total {km} km by road ({factor} × the straight line)</source>
        <translation>Skupaj {km} km po cesti ({factor} × zračna razdalja)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>, %n leg(s) unknown</source>
        <translation>
            <numerusform>, %n odsek neznan</numerusform>
            <numerusform>, %n odseka neznana</numerusform>
            <numerusform>, %n odseki neznani</numerusform>
            <numerusform>, %n odsekov neznanih</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>back home at {time}</source>
        <translation>nazaj na domači lokaciji ob {time}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the last visit ends at {time}</source>
        <translation>zadnji obisk se konča ob {time}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> (fixed)</source>
        <translation> (fiksno)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No visits on the route of {date}: nothing to order.</source>
        <translation>Na poti dne {date} ni obiskov: ničesar ni treba razvrstiti.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>KM</source>
        <translation>KM</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Home: {km} km</source>
        <translation>Domača lokacija: {km} km</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/cli/addresses.py" line="+55"/>
        <source>&apos;{command}&apos; works on store files only, so nothing was opened: back an office hub up on its server with pg_dump</source>
        <translation>&apos;{command}&apos; deluje samo na datotekah shrambe, zato ni bilo nič odprto: pisarniško vozlišče varnostno kopirajte na njegovem strežniku s pg_dump</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{source} names an office hub on PostgreSQL, whose driver is not installed, so nothing was opened (install it: pip install &quot;.[hub]&quot;)</source>
        <translation>{source} navaja pisarniško vozlišče na PostgreSQL, katerega gonilnik ni nameščen, zato ni bilo nič odprto (namestite ga: pip install &quot;.[hub]&quot;)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{source} names a {scheme}:// address: an office hub on PostgreSQL is not supported by this version, so nothing was opened (give the path of a store file)</source>
        <translation>{source} navaja naslov {scheme}://: pisarniško vozlišče na PostgreSQL v tej različici ni podprto, zato ni bilo nič odprto (navedite pot do datoteke zbirke podatkov)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{source} names a {scheme}:// address, which is not supported, so nothing was opened (give the path of a store file)</source>
        <translation>{source} navaja naslov {scheme}://, ki ni podprt, zato ni bilo nič odprto (navedite pot do datoteke zbirke podatkov)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The word &apos;{word}&apos; of the command line holds bytes that are not UTF-8 text, so nothing was done (type it again in UTF-8)</source>
        <translation>Beseda &apos;{word}&apos; v ukazni vrstici vsebuje bajte, ki niso besedilo UTF-8, zato ni bilo nič storjeno (vnesite jo znova v UTF-8)</translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/messages.py" line="-17"/>
        <location filename="../../reciprocity_desktop/ui/operations.py" line="+169"/>
        <source>Cannot do that</source>
        <translation>Tega ni mogoče storiti</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/ui/operations.py" line="-108"/>
        <source>Cannot redo</source>
        <translation>Uveljavitev ni mogoča</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot undo</source>
        <translation>Razveljavitev ni mogoča</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>Preklicano; nič ni bilo spremenjeno.</translation>
    </message>
</context>
<context>
    <name>CompleteFollowUpDialog</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/followups/dialogs.py" line="+76"/>
        <source>Complete follow-up</source>
        <translation>Zaključi opravilo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Result:</source>
        <translation>&amp;Zapisek:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened, what was said</source>
        <translation>Kaj se je zgodilo, kaj je bilo rečeno</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Done on:</source>
        <translation>&amp;Opravljeno dne:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Complete</source>
        <translation>Za&amp;ključi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How was the gift received? ({gift})</source>
        <translation>Kako je bilo darilo sprejeto? ({gift})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re&amp;action:</source>
        <translation>O&amp;dziv:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not known yet</source>
        <translation>Še neznano</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reaction &amp;note:</source>
        <translation>Opo&amp;mba k odzivu:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What they thought of it</source>
        <translation>Kaj so si mislili o njem</translation>
    </message>
</context>
<context>
    <name>ConflictLogDialog</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/sync/conflicts.py" line="+39"/>
        <source>Conflict log</source>
        <extracomment>Each column&apos;s sort key in :data:`sync.conflicts.SORT_KEYS` (None: it keeps the log&apos;s order).</extracomment>
        <translation>Dnevnik konfliktov</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show &amp;restored ones too</source>
        <translation>Prikaži tudi &amp;obnovljene</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Found</source>
        <translation>Najdeno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Zapis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Ime</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost</source>
        <translation>Izgubljeno</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>this store&apos;s change</source>
        <translation>sprememba v tej zbirki podatkov</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the file&apos;s change</source>
        <translation>sprememba iz datoteke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost change by</source>
        <translation>Avtor izgubljene spremembe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Differs in</source>
        <translation>Razlike v</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored</source>
        <translation>Obnovljeno</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>R&amp;estore this version</source>
        <translation>O&amp;bnovi to različico</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>No conflicts: nothing has been imported into this store yet.</source>
        <translation>Ni sporov: v to zbirko podatkov še ni bilo nič uvoženo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No conflicts left to look at: every one found so far was restored.</source>
        <translation>Ni več sporov za pregled: vsi doslej najdeni so bili obnovljeni.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No conflicts: every import so far merged without two changes to the same record.</source>
        <translation>Ni konfliktov: vsi dosedanji uvozi so bili združeni, ne da bi bil isti zapis spremenjen na obeh straneh.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Field: lost version → current version</source>
        <translation>Polje: izgubljena različica → trenutna različica</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/prospects/dialogs.py" line="+166"/>
        <source>New contact</source>
        <translation>Nova kontaktna oseba</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit contact</source>
        <translation>Uredi kontaktno osebo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Name:</source>
        <translation>&amp;Ime:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Role:</source>
        <translation>&amp;Funkcija:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. Owner, Purchasing</source>
        <translation>npr. lastnik, nabava</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>P&amp;hone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-pošta:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Decision maker</source>
        <translation>&amp;Odločevalec</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>N&amp;otes:</source>
        <translation>O&amp;pombe:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Add contact %1</source>
        <translation>Dodaj kontaktno osebo %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit contact %1</source>
        <translation>Uredi kontaktno osebo %1</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/csv_import/dialog.py" line="+85"/>
        <source>Import %1</source>
        <extracomment>The size the dialog asks for, at most (it stays within the screen&apos;s free area). The colour of a count that needs attention (the lines with errors).</extracomment>
        <translation>Uvoz datoteke %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Import %Ln new prospect(s)?</source>
        <translation>
            <numerusform>Želite uvoziti %Ln novo potencialno stranko?</numerusform>
            <numerusform>Želite uvoziti %Ln novi potencialni stranki?</numerusform>
            <numerusform>Želite uvoziti %Ln nove potencialne stranke?</numerusform>
            <numerusform>Želite uvoziti %Ln novih potencialnih strank?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is nothing new to import: every prospect in the file is in the store already.</source>
        <translation>Ničesar novega ni za uvoz: vse potencialne stranke iz datoteke so že v zbirki podatkov.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Import</source>
        <translation>&amp;Uvozi</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%Ln new prospect(s)</source>
        <translation>
            <numerusform>%Ln nova potencialna stranka</numerusform>
            <numerusform>%Ln novi potencialni stranki</numerusform>
            <numerusform>%Ln nove potencialne stranke</numerusform>
            <numerusform>%Ln novih potencialnih strank</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, with %Ln contact person(s)</source>
        <translation>
            <numerusform>, s %Ln kontaktno osebo</numerusform>
            <numerusform>, s %Ln kontaktnima osebama</numerusform>
            <numerusform>, s %Ln kontaktnimi osebami</numerusform>
            <numerusform>, s %Ln kontaktnimi osebami</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln already in the store (left unchanged)</source>
        <translation>
            <numerusform>%Ln je že v zbirki podatkov (ostane nespremenjena)</numerusform>
            <numerusform>%Ln sta že v zbirki podatkov (ostaneta nespremenjeni)</numerusform>
            <numerusform>%Ln so že v zbirki podatkov (ostanejo nespremenjene)</numerusform>
            <numerusform>%Ln jih je že v zbirki podatkov (ostanejo nespremenjene)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln row(s) repeating an earlier one (a new contact person joins that prospect)</source>
        <translation>
            <numerusform>%Ln vrstica ponavlja prejšnjo (nova kontaktna oseba se pridruži tej potencialni stranki)</numerusform>
            <numerusform>%Ln vrstici ponavljata prejšnjo (nova kontaktna oseba se pridruži tej potencialni stranki)</numerusform>
            <numerusform>%Ln vrstice ponavljajo prejšnjo (nova kontaktna oseba se pridruži tej potencialni stranki)</numerusform>
            <numerusform>%Ln vrstic ponavlja prejšnjo (nova kontaktna oseba se pridruži tej potencialni stranki)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln line(s) with errors (skipped, see below)</source>
        <translation>
            <numerusform>%Ln vrstica z napakami (preskočena, glejte spodaj)</numerusform>
            <numerusform>%Ln vrstici z napakami (preskočeni, glejte spodaj)</numerusform>
            <numerusform>%Ln vrstice z napakami (preskočene, glejte spodaj)</numerusform>
            <numerusform>%Ln vrstic z napakami (preskočenih, glejte spodaj)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>semicolons</source>
        <translation>podpičja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>commas</source>
        <translation>vejice</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tabs</source>
        <translation>tabulatorji</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>vertical bars</source>
        <translation>navpičnice</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln row(s) read from %1 (%2, separated by %3).</source>
        <translation>
            <numerusform>Iz %1 je prebrana %Ln vrstica (%2, ločila: %3).</numerusform>
            <numerusform>Iz %1 sta prebrani %Ln vrstici (%2, ločila: %3).</numerusform>
            <numerusform>Iz %1 so prebrane %Ln vrstice (%2, ločila: %3).</numerusform>
            <numerusform>Iz %1 je prebranih %Ln vrstic (%2, ločila: %3).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Columns not imported: %1.</source>
        <translation>Neuvoženi stolpci: %1.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>New</source>
        <translation>Nova</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the store already</source>
        <translation>Že v zbirki podatkov</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeats an earlier row</source>
        <translation>Ponavlja prejšnjo vrstico</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+28"/>
        <source>Line</source>
        <translation>Vrstica</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>What happens</source>
        <translation>Kaj se zgodi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Ime</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street</source>
        <translation>Ulica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal code</source>
        <translation>Poštna številka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Država</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact person</source>
        <translation>Kontaktna oseba</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>The first %Ln row(s) of the file, as the import takes them:</source>
        <translation>
            <numerusform>Prva %Ln vrstica datoteke, kot jo prevzame uvoz:</numerusform>
            <numerusform>Prvi %Ln vrstici datoteke, kot ju prevzame uvoz:</numerusform>
            <numerusform>Prve %Ln vrstice datoteke, kot jih prevzame uvoz:</numerusform>
            <numerusform>Prvih %Ln vrstic datoteke, kot jih prevzame uvoz:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The row(s) of the file, as the import takes them:</source>
        <translation>
            <numerusform>Vrstica datoteke, kot jo prevzame uvoz:</numerusform>
            <numerusform>Vrstici datoteke, kot ju prevzame uvoz:</numerusform>
            <numerusform>Vrstice datoteke, kot jih prevzame uvoz:</numerusform>
            <numerusform>Vrstice datoteke, kot jih prevzame uvoz:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Problem</source>
        <translation>Težava</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%Ln line(s) cannot be imported and will be skipped:</source>
        <translation>
            <numerusform>Uvoz ni mogoč, zato bo preskočena %Ln vrstica:</numerusform>
            <numerusform>Uvoz ni mogoč, zato bosta preskočeni %Ln vrstici:</numerusform>
            <numerusform>Uvoz ni mogoč, zato bodo preskočene %Ln vrstice:</numerusform>
            <numerusform>Uvoz ni mogoč, zato bo preskočenih %Ln vrstic:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvImporter</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/csv_import/flow.py" line="+44"/>
        <source>Import prospects from CSV</source>
        <translation>Uvozi potencialne stranke iz CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Datoteke CSV (*.csv *.txt);;Vse datoteke (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Checking</source>
        <translation>Preverjanje</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Checking %1…</source>
        <translation>Preverjam %1 …</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot import %1</source>
        <translation>Datoteke %1 ni mogoče uvoziti</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Uvoz preklican; nič ni bilo spremenjeno.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Importing</source>
        <translation>Uvažanje</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Importing %1…</source>
        <translation>Uvažam %1 …</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Imported %Ln prospect(s) from %1.</source>
        <translation>
            <numerusform>Iz %1 je uvožena %Ln potencialna stranka.</numerusform>
            <numerusform>Iz %1 sta uvoženi %Ln potencialni stranki.</numerusform>
            <numerusform>Iz %1 so uvožene %Ln potencialne stranke.</numerusform>
            <numerusform>Iz %1 je uvoženih %Ln potencialnih strank.</numerusform>
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
        <translation>Ura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prospect</source>
        <translation>Potencialna stranka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Stanje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gift handed over</source>
        <translation>Darilo izročeno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Izid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next follow-up</source>
        <translation>Naslednje opravilo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Opomba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Stanje vnosa</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>(none planned)</source>
        <translation>(ni načrtovano)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Not saved yet</source>
        <translation>Še ni shranjeno</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Debriefed</source>
        <translation>Vneseno</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Still to come</source>
        <translation>Še prihaja</translation>
    </message>
</context>
<context>
    <name>DebriefView</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/debrief/view.py" line="+78"/>
        <source>Keys in the table: D done · N nobody there · C cancelled · G gift handed over · R reaction to the earlier gift · 0 no outcome, 1 conversation, 2 referral, 3 meeting, 4 order, 5 other · F follow-up · T note · Backspace forget the row · Ctrl+Enter save the row and go to the next.</source>
        <translation>Tipke v tabeli: D opravljeno · N nikogar ni · C odpovedano · G darilo izročeno · R odziv na prejšnje darilo · 0 brez izida, 1 pogovor, 2 priporočilo, 3 sestanek, 4 naročilo, 5 drugo · F opravilo · T opomba · Vračalka pozabi vrstico · Ctrl+Enter shrani vrstico in pojdi na naslednjo.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Visits: %1</source>
        <translation>Obiski: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>debriefed: %1</source>
        <translation>vneseno: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No visits on this day.</source>
        <translation>Na ta dan ni obiskov.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>edited, not saved: %1</source>
        <translation>urejeno, ne shranjeno: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>still to come: %1 (debriefed from their day on)</source>
        <translation>še prihaja: %1 (vnos izidov od dneva obiska naprej)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unsaved on other days: %1</source>
        <translation>neshranjeno na drugih dneh: %1</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>That visit is not on a day&apos;s route.</source>
        <translation>Ta obisk ni na poti nobenega dne.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/ui/debrief/day_bar.py" line="+32"/>
        <source>Da&amp;y:</source>
        <translation>D&amp;an:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>◀ Previou&amp;s</source>
        <translation>◀ &amp;Prejšnji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous day (Alt+Left)</source>
        <translation>Prejšnji dan (Alt+levo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne&amp;xt ▶</source>
        <translation>Nasl&amp;ednji ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next day (Alt+Right)</source>
        <translation>Naslednji dan (Alt+desno)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>Danes</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Scan or paste reciprocity:visit:…</source>
        <translation>Skenirajte ali prilepite reciprocity:visit:…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to visit (&amp;QR code):</source>
        <translation>K obisku (&amp;QR-koda):</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/ui/debrief/feedback.py" line="+14"/>
        <source>Say what happened first: D done, N nobody there, C cancelled.</source>
        <translation>Najprej navedite, kaj se je zgodilo: D opravljeno, N nikogar ni, C odpovedano.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Note saved.</source>
        <translation>Opomba shranjena.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved.</source>
        <translation>Shranjeno.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gift recorded: %1.</source>
        <translation>Darilo vneseno: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reaction to %1: %2.</source>
        <translation>Odziv na %1: %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Order value not known.</source>
        <translation>Vrednost naročila ni znana.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Follow-up: %1.</source>
        <translation>Opravilo: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stage: %1.</source>
        <translation>Faza: %1.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/ui/debrief/form.py" line="+62"/>
        <source>Visit</source>
        <extracomment>How the label of the field that has the focus stands out (F, T, R, 4 jump to a field).</extracomment>
        <translation>Obisk</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Do&amp;ne</source>
        <translation>&amp;Opravljeno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No&amp;body there</source>
        <translation>&amp;Nikogar ni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancelled</source>
        <translation>Odpo&amp;vedano</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Status:</source>
        <translation>Stanje:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>nothing (yet)</source>
        <translation>(še) nič</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What was said, who you met…</source>
        <translation>Kaj je bilo rečeno, koga ste srečali …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Outcome:</source>
        <translation>&amp;Izid:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No&amp;te:</source>
        <translation>Opo&amp;mba:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(no follow-up)</source>
        <translation>(brez opravila)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The due day as you write it (e.g. %1) or as %2</source>
        <translation>Rok, kot ga pišete (npr. %1), ali kot %2</translation>
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
        <translation>Rok %1 dni po obisku</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What to do then</source>
        <translation>Kaj bo tedaj treba storiti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follo&amp;w-up:</source>
        <translation>Opravi&amp;lo:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;ue:</source>
        <translation>Ro&amp;k:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Memo:</source>
        <translation>&amp;Zapisek:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save row (Ctrl+Enter)</source>
        <translation>Shrani vrstico (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save &amp;all edited</source>
        <translation>S&amp;hrani vse urejene</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>No visit selected</source>
        <translation>Noben obisk ni izbran</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Choose the kind of follow-up, or clear the due date.</source>
        <translation>Izberite vrsto opravila ali izbrišite rok.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Already debriefed: only the note can still be changed.</source>
        <translation>Izidi so že vneseni: spremeniti je mogoče le še opombo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This visit is on %1, still to come: it can be debriefed from that day on.</source>
        <translation>Ta obisk je %1 in še prihaja: izide lahko vnesete od tega dne naprej.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/ui/debrief/form_parts.py" line="+56"/>
        <source>Gift han&amp;ded over</source>
        <translation>Darilo iz&amp;ročeno</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Which gift (e.g. a bottle of wine)</source>
        <translation>Katero darilo (npr. steklenica vina)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>(no gift recorded)</source>
        <translation>(ni vnesenega darila)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The gift planned for this visit</source>
        <translation>Darilo, načrtovano za ta obisk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no gift planned: choose the one handed over)</source>
        <translation>(ni načrtovanega darila: izberite izročeno)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2 in stock)</source>
        <translation>%1 (%2 na zalogi)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another gift (describe it)…</source>
        <translation>Drugo darilo (opišite ga) …</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>(not asked)</source>
        <translation>(ni vprašano)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What they said about it</source>
        <translation>Kaj so rekli o njem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reaction:</source>
        <translation>Odziv:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Earlier gift:</source>
        <translation>Prejšnje darilo:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>None before this visit: no reaction to ask about.</source>
        <translation>Pred tem obiskom ga ni bilo: ni odziva, za katerega bi vprašali.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(so far: %1)</source>
        <translation>(doslej: %1)</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/ui/debrief/form.py" line="-225"/>
        <location filename="../../reciprocity_desktop/ui/debrief/form_parts.py" line="+24"/>
        <source>e.g. %1</source>
        <translation>npr. %1</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/ui/debrief/form_parts.py" line="+1"/>
        <source>Value not &amp;known</source>
        <translation>Vrednos&amp;t neznana</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>First order: make them a customer</source>
        <translation>Prvo naročilo: naj postane stranka</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order va&amp;lue:</source>
        <translation>Vredno&amp;st naročila:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Their first order: move %1 from the stage %2 to Customer (undo takes it back).</source>
        <translation>Prvo naročilo: %1 preide iz faze %2 v fazo Stranka (razveljavitev to povrne).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Type the order&apos;s value, or tick &quot;Value not known&quot;.</source>
        <translation>Vnesite vrednost naročila ali označite »Vrednost neznana«.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/ui/debrief/model.py" line="+50"/>
        <source>value not known</source>
        <extracomment>Column widths (the Result column takes the rest).</extracomment>
        <translation>vrednost ni znana</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/ui/debrief/saving.py" line="+55"/>
        <source>Debrief of %1</source>
        <translation>Vnos izidov za %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: not saved — see the row.</source>
        <translation>%1: ni shranjeno – glejte vrstico.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: saved with warnings — see the row.</source>
        <translation>%1: shranjeno z opozorili – glejte vrstico.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: saved.</source>
        <translation>%1: shranjeno.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Debrief of the day</source>
        <translation>Vnos izidov dneva</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved: %1.</source>
        <translation>Shranjeno: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With warnings: %1 (see the rows).</source>
        <translation>Z opozorili: %1 (glejte vrstice).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not saved: %1 — see the red rows; what you typed is kept.</source>
        <translation>Ni shranjeno: %1 – glejte rdeče vrstice; kar ste vnesli, ostane.</translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/labels.py" line="+33"/>
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
        <location line="+1"/>
        <source>Sample</source>
        <translation>Vzorec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free trial</source>
        <translation>Brezplačen preizkus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content (e-book, article)</source>
        <translation>Vsebina (e-knjiga, članek)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tailored analysis</source>
        <translation>Analiza po meri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event invitation</source>
        <translation>Vabilo na dogodek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal present</source>
        <translation>Osebno darilo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Drugo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liked</source>
        <translation>Je bilo všeč</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neutral</source>
        <translation>Nevtralno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not liked</source>
        <translation>Ni bilo všeč</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined</source>
        <translation>Zavrnjeno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask for feedback</source>
        <translation>Povprašati za mnenje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call</source>
        <translation>Poklicati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send information</source>
        <translation>Poslati informacije</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit</source>
        <translation>Obiskati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask for an order</source>
        <translation>Povprašati za naročilo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversation</source>
        <translation>Pogovor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral</source>
        <translation>Priporočilo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting with the decision maker</source>
        <translation>Sestanek z odločevalcem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>Naročilo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned</source>
        <translation>Načrtovano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Opravljeno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody there</source>
        <translation>Nikogar ni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Odpovedano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Rok je potekel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due today</source>
        <translation>Rok je danes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upcoming</source>
        <translation>Prihajajoče</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opening stock</source>
        <translation>Začetna zaloga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restock</source>
        <translation>Dopolnitev</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw</source>
        <translation>Odvzem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correction</source>
        <translation>Popravek</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/cli/base.py" line="-349"/>
        <location filename="../../reciprocity_desktop/ui/labels.py" line="+17"/>
        <source>Ask how the gift was received: {gift}</source>
        <extracomment>The language of this run&apos;s messages (:func:`choose_run_language` sets it before the parser is built, :func:`run` again from the store&apos;s setting). The store&apos;s currency (the ``currency`` setting), read with the language by :func:`run`.</extracomment>
        <translation>Vprašajte, kako je bilo darilo sprejeto: {gift}</translation>
    </message>
</context>
<context>
    <name>EditGiftDialog</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/gifts/dialogs.py" line="+92"/>
        <source>Edit gift</source>
        <translation>Uredi darilo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Given to {prospect}</source>
        <translation>Prejemnik: {prospect}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Description:</source>
        <translation>&amp;Opis:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Vrsta:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;ate:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cost:</source>
        <translation>&amp;Strošek:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Personal</source>
        <translation>Ose&amp;bno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unexpected</source>
        <translation>&amp;Nepričakovano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Meaningful</source>
        <translation>Po&amp;menljivo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Qualities:</source>
        <translation>Lastnosti:</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/sync/export.py" line="+38"/>
        <location line="+66"/>
        <source>Export for sync</source>
        <translation>Izvozi za sinhronizacijo</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>&amp;File:</source>
        <translation>&amp;Datoteka:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E&amp;xport</source>
        <translation>&amp;Izvozi</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Browse…</source>
        <translation>P&amp;rebrskaj …</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only &amp;changes since</source>
        <translation>Samo &amp;spremembe od</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Encrypt with a passphrase (recommended: the file holds personal data)</source>
        <translation>Ši&amp;friraj z geslom (priporočeno: datoteka vsebuje osebne podatke)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Geslo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Ponovno:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sync files (*%1)</source>
        <translation>Datoteke za sinhronizacijo (*%1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose where to write the file.</source>
        <translation>Izberite, kam naj se datoteka zapiše.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a passphrase, or untick encryption.</source>
        <translation>Vnesite geslo ali izklopite šifriranje.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passphrases differ.</source>
        <translation>Gesli se ne ujemata.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../reciprocity_desktop/cli/gift_register.py" line="-59"/>
        <source>year</source>
        <translation>leto</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/cli/report.py" line="-198"/>
        <location line="+4"/>
        <location filename="../../reciprocity_desktop/services/insights/figures.py" line="+207"/>
        <location line="+6"/>
        <source>window days</source>
        <translation>časovno okno</translation>
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
        <translation>papir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>language</source>
        <translation>jezik</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+9"/>
        <source>output</source>
        <translation>izhod</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/contacts.py" line="+17"/>
        <location filename="../../reciprocity_desktop/ui/prospects/dialogs.py" line="-41"/>
        <source>contact name</source>
        <translation>ime kontaktne osebe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>role</source>
        <translation>funkcija</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../reciprocity_desktop/services/prospects.py" line="+100"/>
        <source>phone</source>
        <translation>telefon</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../reciprocity_desktop/services/gifts.py" line="+82"/>
        <location filename="../../reciprocity_desktop/services/prospects.py" line="+6"/>
        <location filename="../../reciprocity_desktop/services/visits.py" line="-91"/>
        <source>notes</source>
        <translation>opombe</translation>
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
        <translation>datoteka</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/debrief.py" line="-23"/>
        <source>order value</source>
        <translation>vrednost naročila</translation>
    </message>
    <message>
        <location line="+34"/>
        <location filename="../../reciprocity_desktop/services/visits.py" line="+71"/>
        <source>status</source>
        <translation>stanje</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+35"/>
        <location line="+3"/>
        <location line="+11"/>
        <location filename="../../reciprocity_desktop/services/debrief_check.py" line="+126"/>
        <location filename="../../reciprocity_desktop/services/followups.py" line="-190"/>
        <source>gift</source>
        <translation>darilo</translation>
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
        <translation>opomba</translation>
    </message>
    <message>
        <location line="+63"/>
        <location line="+3"/>
        <location line="+5"/>
        <location filename="../../reciprocity_desktop/services/followups.py" line="+60"/>
        <location filename="../../reciprocity_desktop/services/gift_reactions.py" line="+51"/>
        <location filename="../../reciprocity_desktop/services/gifts.py" line="-156"/>
        <source>reaction</source>
        <translation>odziv</translation>
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
        <translation>vrsta</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/debrief_check.py" line="-4"/>
        <source>gift description</source>
        <extracomment>An order without a value and not said to be not known: the form asks, saving waits.</extracomment>
        <translation>opis darila</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/followups.py" line="-188"/>
        <location line="+26"/>
        <location line="+43"/>
        <location line="+2"/>
        <location line="+12"/>
        <source>due date</source>
        <translation>rok</translation>
    </message>
    <message>
        <location line="-41"/>
        <location filename="../../reciprocity_desktop/services/gift_reactions.py" line="+29"/>
        <source>done date</source>
        <translation>datum opravljenega</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../reciprocity_desktop/ui/followups/dialogs.py" line="-168"/>
        <source>result</source>
        <translation>zapisek</translation>
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
        <translation>vrednost</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/geo.py" line="+86"/>
        <location filename="../../reciprocity_desktop/services/prospects.py" line="+1"/>
        <source>latitude</source>
        <translation>zemljepisna širina</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../reciprocity_desktop/services/prospects.py" line="+1"/>
        <source>longitude</source>
        <translation>zemljepisna dolžina</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/gifts.py" line="-280"/>
        <location line="+193"/>
        <location filename="../../reciprocity_desktop/services/stock_movements.py" line="+69"/>
        <source>quantity</source>
        <translation>količina</translation>
    </message>
    <message>
        <location line="-188"/>
        <location line="+105"/>
        <location filename="../../reciprocity_desktop/ui/gifts/dialogs.py" line="-108"/>
        <location filename="../../reciprocity_desktop/ui/gifts/log_gift_dialog.py" line="+83"/>
        <source>description</source>
        <translation>opis</translation>
    </message>
    <message>
        <location line="-100"/>
        <location line="+67"/>
        <location line="+40"/>
        <location filename="../../reciprocity_desktop/ui/gifts/dialogs.py" line="+7"/>
        <location filename="../../reciprocity_desktop/ui/gifts/log_gift_dialog.py" line="+12"/>
        <source>cost</source>
        <translation>strošek</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>contact</source>
        <translation>kontaktna oseba</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>feedback follow-up</source>
        <translation>opravilo za mnenje</translation>
    </message>
    <message>
        <location line="+41"/>
        <location filename="../../reciprocity_desktop/ui/followups/dialogs.py" line="+28"/>
        <source>reaction note</source>
        <translation>opomba k odzivu</translation>
    </message>
    <message>
        <location line="+97"/>
        <location filename="../../reciprocity_desktop/services/prospects.py" line="-13"/>
        <location filename="../../reciprocity_desktop/ui/gifts/dialogs.py" line="+44"/>
        <location filename="../../reciprocity_desktop/ui/prospects/dialogs.py" line="-182"/>
        <source>name</source>
        <extracomment>Fields a user edits, with their validators: (value, field label) -&gt; clean value.</extracomment>
        <translation>ime</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../reciprocity_desktop/ui/gifts/dialogs.py" line="+9"/>
        <source>unit cost</source>
        <translation>cena na enoto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>low stock level</source>
        <translation>minimalna zaloga</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>quantity added</source>
        <translation>dodana količina</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>quantity removed</source>
        <translation>odvzeta količina</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/insights/figures.py" line="+7"/>
        <source>from</source>
        <translation>od</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/prospects.py" line="+1"/>
        <source>street</source>
        <translation>ulica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>postal code</source>
        <translation>poštna številka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>city</source>
        <translation>kraj</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>website</source>
        <translation>spletna stran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>industry</source>
        <translation>panoga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stage</source>
        <translation>faza</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/settings_keys.py" line="+231"/>
        <location line="+4"/>
        <source>setting</source>
        <translation>nastavitev</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+4"/>
        <source>gift_limits</source>
        <translation>omejitve daril</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/validate.py" line="+53"/>
        <source>amount</source>
        <translation>znesek</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>country</source>
        <extracomment>Two-letter territories CLDR (Babel) lists that are not ISO 3166-1 country codes: groupings (EU, EZ, UN, QO), pseudo-locales (XA, XB), &quot;unknown region&quot; (ZZ) and the &quot;exceptionally reserved&quot; codes whose places belong to an assigned country (AC, TA → SH; CP → FR; DG → IO; EA, IC → ES; CQ → GB). XK (Kosovo) stays: it is user-assigned but used by everyone.</extracomment>
        <translation>država</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>e-mail</source>
        <translation>e-pošta</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>planned time</source>
        <translation>načrtovana ura</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+6"/>
        <source>tags</source>
        <translation>oznake</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/visits.py" line="-142"/>
        <source>prospects</source>
        <translation>potencialne stranke</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>order</source>
        <translation>vrstni red</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>gift to bring</source>
        <translation>darilo za obisk</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>visit minutes</source>
        <translation>trajanje obiska</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>visit</source>
        <translation>obisk</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/sync/crypto.py" line="+196"/>
        <location line="+4"/>
        <source>passphrase</source>
        <translation>geslo</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/sync/exporter.py" line="-52"/>
        <source>since</source>
        <translation>od</translation>
    </message>
</context>
<context>
    <name>FollowUpsView</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/followups/details.py" line="+38"/>
        <source>reaction not known yet</source>
        <translation>odziv še ni znan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gift: {description} — {kind}, {date}; {reaction}</source>
        <translation>Darilo: {description} – {kind}, {date}; {reaction}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Select a follow-up to see the details.</source>
        <translation>Izberite opravilo, da vidite podrobnosti.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{kind}, due {date}</source>
        <translation>{kind}, rok {date}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Done on {date}: {result}</source>
        <translation>Opravljeno {date}: {result}</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/ui/followups/dialogs.py" line="-66"/>
        <source>{prospect} — {kind}, due {due}</source>
        <translation>{prospect} – {kind}, rok {due}</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/ui/followups/models.py" line="+48"/>
        <source>Ask how the gift was received</source>
        <extracomment>The background of an open row by its bucket: overdue red, due today yellow. The follow-up list&apos;s sort key of each column (``FollowUpsView.COL_…``; see :mod:`services.followup_list`).</extracomment>
        <translation>Povprašajte, kako je bilo darilo sprejeto</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reaction not known yet</source>
        <translation>Odziv še ni znan</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <location line="+20"/>
        <source>%n day(s) overdue</source>
        <extracomment>The room a cell gives its text beside it (the delegate&apos;s margins, and a little air). Dates whose text is the widest of their format (two-digit days and months). The most days a status is wide enough for (&quot;9999 days overdue&quot;: an office store holds follow-ups left open for years, &quot;1094 Tage überfällig&quot; was cut at 999).</extracomment>
        <translation>
            <numerusform>%n dan po roku</numerusform>
            <numerusform>%n dneva po roku</numerusform>
            <numerusform>%n dni po roku</numerusform>
            <numerusform>%n dni po roku</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-19"/>
        <location line="+21"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>čez %n dan</numerusform>
            <numerusform>čez %n dneva</numerusform>
            <numerusform>čez %n dni</numerusform>
            <numerusform>čez %n dni</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Due</source>
        <translation>Rok</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When</source>
        <translation>Kdaj</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prospect</source>
        <translation>Potencialna stranka</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Double-click to open the prospect</source>
        <translation>Dvoklik odpre potencialno stranko</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind</source>
        <translation>Vrsta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Opomba</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linked gift</source>
        <translation>Povezano darilo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Done on</source>
        <translation>Opravljeno dne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Result</source>
        <translation>Zapisek</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/ui/followups/view.py" line="+136"/>
        <source>&amp;Search:</source>
        <translation>&amp;Išči:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Prospect, note, gift…</source>
        <translation>Potencialna stranka, opomba, darilo …</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;New follow-up…</source>
        <translation>&amp;Novo opravilo …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Complete…</source>
        <translation>&amp;Zaključi …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;open</source>
        <translation>Znova &amp;odpri</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reschedule…</source>
        <translation>&amp;Prestavi …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>+1 &amp;day</source>
        <translation>+1 &amp;dan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>+1 &amp;week</source>
        <translation>+1 &amp;teden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ed&amp;it note…</source>
        <translation>Uredi opo&amp;mbo …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De&amp;lete</source>
        <translation>Iz&amp;briši</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move the due date one day later (an overdue one to tomorrow)</source>
        <translation>Prestavi rok za en dan (opravilo s poteklim rokom na jutri)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move the due date one week later (an overdue one to a week from today)</source>
        <translation>Prestavi rok za en teden (opravilo s poteklim rokom na čez en teden od danes)</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>&amp;All open ({n})</source>
        <extracomment>The share of the table&apos;s width (within limits, px) of prospect, linked gift, result; the note takes the rest.</extracomment>
        <translation>&amp;Vsa odprta ({n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Overdue ({n})</source>
        <translation>&amp;Rok je potekel ({n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due &amp;today ({n})</source>
        <translation>Ro&amp;k je danes ({n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Upcoming ({n})</source>
        <translation>Pri&amp;hajajoča ({n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Done ({n})</source>
        <translation>Opravlj&amp;ena ({n})</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No follow-up here matches the search.</source>
        <translation>Nobeno opravilo tukaj ne ustreza iskanju.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing done yet.</source>
        <translation>Opravljenega še ni nič.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to do here. Log a gift, or schedule a follow-up with “New follow-up”.</source>
        <translation>Tu ni ničesar za storiti. Zabeležite darilo ali načrtujte opravilo z »Novo opravilo«.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>New follow-up</source>
        <translation>Novo opravilo</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Complete follow-up</source>
        <translation>Zaključi opravilo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reopen follow-up</source>
        <translation>Znova odpri opravilo</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+9"/>
        <source>Reschedule follow-up</source>
        <translation>Prestavi opravilo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit follow-up note</source>
        <translation>Uredi opombo opravila</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete follow-up</source>
        <translation>Izbriši opravilo</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/widgets/amounts.py" line="+46"/>
        <source>e.g. %1</source>
        <translation>npr. %1</translation>
    </message>
</context>
<context>
    <name>GiftDelegate</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/planner/delegates.py" line="+55"/>
        <source>(no gift from stock)</source>
        <translation>(brez darila z zaloge)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2 in stock)</source>
        <translation>%1 (na zalogi: %2)</translation>
    </message>
</context>
<context>
    <name>GiftLimitTable</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/settings/limits.py" line="+35"/>
        <source>Country</source>
        <extracomment>The example under an empty limit, in cents.</extracomment>
        <translation>Država</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Limit</source>
        <translation>Omejitev</translation>
    </message>
</context>
<context>
    <name>GiftRegisterView</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/insights/register_view.py" line="+129"/>
        <source>&amp;Year:</source>
        <extracomment>Emitted each time the page shows freshly loaded rows.</extracomment>
        <translation>&amp;Leto:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter recipients…</source>
        <translation>Filtriraj prejemnike …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport CSV…</source>
        <translation>I&amp;zvozi CSV …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every gift of the year with its recipient, for the accountant</source>
        <translation>Vsa darila leta s prejemniki, za računovodstvo</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>no limit</source>
        <translation>brez omejitve</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recipient</source>
        <translation>Prejemnik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organizacija</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Država</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gifts</source>
        <translation>Darila</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Skupaj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limit</source>
        <translation>Omejitev</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Stanje</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Over the limit</source>
        <translation>Nad omejitvijo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Near the limit</source>
        <translation>Blizu omejitve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OK</source>
        <translation>V redu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No limit is set for {country}.</source>
        <translation>Za {country} ni določene omejitve.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no country</source>
        <translation>brez države</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{amount} over the deductible limit of {limit}.</source>
        <translation>{amount} nad davčno priznano omejitvijo {limit}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{amount} left below the deductible limit of {limit}.</source>
        <translation>Do davčno priznane omejitve {limit} ostaja še {amount}.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Gift register</source>
        <translation>Evidenca daril</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading the gift register…</source>
        <translation>Nalagam evidenco daril …</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>No gifts recorded in {year}.</source>
        <translation>V letu {year} ni zabeleženih daril.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{year}: %n recipient(s), {total} in gifts</source>
        <translation>
            <numerusform>{year}: %n prejemnik, darila za {total}</numerusform>
            <numerusform>{year}: %n prejemnika, darila za {total}</numerusform>
            <numerusform>{year}: %n prejemniki, darila za {total}</numerusform>
            <numerusform>{year}: %n prejemnikov, darila za {total}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Deductible limit per recipient and year: {limits}. Amber: {percent} of the limit or more; red: over the limit. The recipient is the contact the gift was given to, or the organisation.</source>
        <translation>Davčno priznana omejitev na prejemnika in leto: {limits}. Rumeno: {percent} omejitve ali več; rdeče: nad omejitvijo. Prejemnik je kontaktna oseba, ki ji je bilo darilo izročeno, sicer organizacija.</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>Wrote %n gift(s) of {year} to {path}.</source>
        <translation>
            <numerusform>V {path} je zapisano %n darilo iz leta {year}.</numerusform>
            <numerusform>V {path} sta zapisani %n darili iz leta {year}.</numerusform>
            <numerusform>V {path} so zapisana %n darila iz leta {year}.</numerusform>
            <numerusform>V {path} je zapisanih %n daril iz leta {year}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-46"/>
        <source>{over} over the limit, {near} near it</source>
        <translation>nad omejitvijo: {over}, blizu nje: {near}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>none set</source>
        <translation>ni določena</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>gift-register-{year}.csv</source>
        <translation>evidenca-daril-{year}.csv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the gift register</source>
        <translation>Izvozi evidenco daril</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>Datoteke CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The register could not be written to {path}: {error}</source>
        <translation>Evidence ni bilo mogoče zapisati v {path}: {error}</translation>
    </message>
</context>
<context>
    <name>GiftsView</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/gifts/models.py" line="+47"/>
        <source>Reaction not known yet — double-click to set it</source>
        <extracomment>The gift list&apos;s sort key of each column (``GiftsView.COL_…``; see :mod:`services.gift_list`).</extracomment>
        <translation>Odziv še ni znan – dvokliknite, da ga vnesete</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prospect</source>
        <translation>Potencialna stranka</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Double-click to open the prospect</source>
        <translation>Dvoklik odpre potencialno stranko</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recipient</source>
        <translation>Prejemnik</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+99"/>
        <source>Kind</source>
        <translation>Vrsta</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Personal</source>
        <translation>Osebno</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pers.</source>
        <translation>Oseb.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unexpected</source>
        <translation>Nepričakovano</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unexp.</source>
        <translation>Nepričak.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meaningful</source>
        <translation>Pomenljivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meaningf.</source>
        <translation>Pomenl.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost</source>
        <translation>Strošek</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reaction</source>
        <translation>Odziv</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>“{item}” is over-drawn by {count}: two reps drew the last ones before their laptops synced. Restock it, or correct its count (Edit item).</source>
        <extracomment>The room a cell gives its text beside it (the delegate&apos;s margins, and a little air). The dearest gift a cost column is wide enough for, in cents. Dates whose text is the widest of their format (two-digit days and months).</extracomment>
        <translation>Zaloga artikla »{item}« je za {count} pod ničlo: dva sodelavca sta vzela zadnje kose, preden sta se njuna prenosnika sinhronizirala. Dopolnite zalogo ali popravite stanje (Uredi artikel).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{item} (by {count})</source>
        <translation>{item} (za {count})</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Out of stock: restock before planning the next tour</source>
        <translation>Ni na zalogi: dopolnite jo, preden načrtujete naslednjo pot</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name</source>
        <translation>Ime</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unit cost</source>
        <translation>Cena na enoto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>On hand</source>
        <translation>Zaloga</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Running low: restock before planning the next tour</source>
        <translation>Zaloga je nizka: dopolnite jo, preden načrtujete naslednjo pot</translation>
    </message>
    <message numerus="yes">
        <location line="-22"/>
        <source>%n item(s) over-drawn ({items}): two reps drew the last ones before their laptops synced. Restock them, or correct their counts (Edit item).</source>
        <translation>
            <numerusform>%n artikel je pod ničlo ({items}): sodelavci so vzeli zadnje kose, preden so se njihovi prenosniki sinhronizirali. Dopolnite zalogo ali popravite stanje (Uredi artikel).</numerusform>
            <numerusform>%n artikla sta pod ničlo ({items}): sodelavci so vzeli zadnje kose, preden so se njihovi prenosniki sinhronizirali. Dopolnite zalogo ali popravite stanje (Uredi artikel).</numerusform>
            <numerusform>%n artikli so pod ničlo ({items}): sodelavci so vzeli zadnje kose, preden so se njihovi prenosniki sinhronizirali. Dopolnite zalogo ali popravite stanje (Uredi artikel).</numerusform>
            <numerusform>%n artiklov je pod ničlo ({items}): sodelavci so vzeli zadnje kose, preden so se njihovi prenosniki sinhronizirali. Dopolnite zalogo ali popravite stanje (Uredi artikel).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Low-stock level</source>
        <translation>Minimalna zaloga</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notes</source>
        <translation>Opombe</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/ui/gifts/stock_pane.py" line="+63"/>
        <source>Gift stock</source>
        <translation>Zaloga daril</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add item…</source>
        <translation>Dod&amp;aj artikel …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edi&amp;t item…</source>
        <translation>&amp;Uredi artikel …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rest&amp;ock…</source>
        <translation>Do&amp;polni zalogo …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Moveme&amp;nts…</source>
        <translation>Pre&amp;miki …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete ite&amp;m</source>
        <translation>Izbriši a&amp;rtikel</translation>
    </message>
    <message numerus="yes">
        <location line="+60"/>
        <source>%n item(s) out of stock</source>
        <translation>
            <numerusform>%n artikel ni na zalogi</numerusform>
            <numerusform>%n artikla nista na zalogi</numerusform>
            <numerusform>%n artikli niso na zalogi</numerusform>
            <numerusform>%n artiklov ni na zalogi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n item(s) running low</source>
        <translation>
            <numerusform>%n artikel ima nizko zalogo</numerusform>
            <numerusform>%n artikla imata nizko zalogo</numerusform>
            <numerusform>%n artikli imajo nizko zalogo</numerusform>
            <numerusform>%n artiklov ima nizko zalogo</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stock is fine</source>
        <translation>Zaloga je zadostna</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>New stock item</source>
        <translation>Nov artikel na zalogi</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Edit stock item</source>
        <translation>Uredi artikel na zalogi</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restock</source>
        <translation>Dopolni zalogo</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete stock item</source>
        <translation>Izbriši artikel na zalogi</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/ui/gifts/view.py" line="+116"/>
        <source>Gifts</source>
        <translation>Darila</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Search:</source>
        <translation>&amp;Išči:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Prospect, recipient, description…</source>
        <translation>Potencialna stranka, prejemnik, opis …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Vrsta:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All kinds</source>
        <translation>Vse vrste</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Log gift…</source>
        <translation>&amp;Zabeleži darilo …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set &amp;reaction…</source>
        <translation>Vnesi &amp;odziv …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit gift…</source>
        <translation>Ur&amp;edi darilo …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Delete gift</source>
        <translation>Iz&amp;briši darilo</translation>
    </message>
    <message numerus="yes">
        <location line="+125"/>
        <source>More than %n gift(s), counting…</source>
        <extracomment>What the description keeps at least when the other columns share the width. The totals while the gifts are being counted (%n: the gifts shown so far, a page).</extracomment>
        <translation>
            <numerusform>Več kot %n darilo, štejem…</numerusform>
            <numerusform>Več kot %n darili, štejem…</numerusform>
            <numerusform>Več kot %n darila, štejem…</numerusform>
            <numerusform>Več kot %n daril, štejem…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln gift(s), total cost {cost}</source>
        <translation>
            <numerusform>%Ln darilo, skupni strošek {cost}</numerusform>
            <numerusform>%Ln darili, skupni strošek {cost}</numerusform>
            <numerusform>%Ln darila, skupni strošek {cost}</numerusform>
            <numerusform>%Ln daril, skupni strošek {cost}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No gift matches the search or kind.</source>
        <translation>Nobeno darilo ne ustreza iskanju ali vrsti.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No gifts yet. Give first: log a gift with “Log gift…”.</source>
        <translation>Daril še ni. Najprej dajte: zabeležite darilo z »Zabeleži darilo …«.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Gift logged</source>
        <translation>Darilo zabeleženo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set gift reaction</source>
        <translation>Vnesi odziv na darilo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit gift</source>
        <translation>Uredi darilo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete gift</source>
        <translation>Izbriši darilo</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/sync/importer.py" line="+58"/>
        <source>Import %1</source>
        <translation>Uvozi %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From the store “%1”, written %2 by Reciprocity Desktop %3%4.</source>
        <translation>Iz zbirke podatkov »%1«, zapisano %2 s programom Reciprocity Desktop %3%4.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, encrypted</source>
        <translation>, šifrirano</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New: %1 · updated: %2 · deleted: %3 · unchanged: %4 · conflicts: %5</source>
        <translation>Novi: %1 · posodobljeni: %2 · izbrisani: %3 · nespremenjeni: %4 · konflikti: %5</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing to import</source>
        <translation>Ničesar ni za uvoz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Import</source>
        <translation>&amp;Uvozi</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Records</source>
        <translation>Zapisi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New</source>
        <translation>Novi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Posodobljeni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>Izbrisani</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchanged</source>
        <translation>Nespremenjeni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts</source>
        <translation>Konflikti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held back</source>
        <translation>Zadržani</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%Ln record(s) were changed here and in the other store since you last exchanged files. The later change wins; the other version is kept in the conflict log, where you can restore it.</source>
        <translation>
            <numerusform>%Ln zapis je bil od zadnje izmenjave datotek spremenjen tukaj in v drugi zbirki podatkov. Velja poznejša sprememba; druga različica ostane v dnevniku konfliktov, kjer jo lahko obnovite.</numerusform>
            <numerusform>%Ln zapisa sta bila od zadnje izmenjave datotek spremenjena tukaj in v drugi zbirki podatkov. Velja poznejša sprememba; druga različica ostane v dnevniku konfliktov, kjer jo lahko obnovite.</numerusform>
            <numerusform>%Ln zapisi so bili od zadnje izmenjave datotek spremenjeni tukaj in v drugi zbirki podatkov. Velja poznejša sprememba; druga različica ostane v dnevniku konfliktov, kjer jo lahko obnovite.</numerusform>
            <numerusform>%Ln zapisov je bilo od zadnje izmenjave datotek spremenjenih tukaj in v drugi zbirki podatkov. Velja poznejša sprememba; druga različica ostane v dnevniku konfliktov, kjer jo lahko obnovite.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln record(s) carry a time in the future (a laptop with a wrong clock?) and are held back:</source>
        <translation>
            <numerusform>%Ln zapis ima čas v prihodnosti (prenosnik z napačno uro?) in je zadržan:</numerusform>
            <numerusform>%Ln zapisa imata čas v prihodnosti (prenosnik z napačno uro?) in sta zadržana:</numerusform>
            <numerusform>%Ln zapisi imajo čas v prihodnosti (prenosnik z napačno uro?) in so zadržani:</numerusform>
            <numerusform>%Ln zapisov ima čas v prihodnosti (prenosnik z napačno uro?) in je zadržanih:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InsightsView</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/insights/act.py" line="+37"/>
        <source>No follow-up yet ({n})</source>
        <extracomment>Per list, the sort key of each column (see insights_lists_sql.LIST_SORTS; None: the column does not sort). The most width the lists ask for, to show their tabs&apos; titles whole (px). The filter applies this long after the last keystroke.</extracomment>
        <translation>Še brez opravila ({n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reaction overdue ({n})</source>
        <translation>Odziv zamuja ({n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next steps ({n})</source>
        <translation>Naslednji koraki ({n})</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Filter the lists…</source>
        <translation>Filtriraj sezname …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To act on</source>
        <translation>Za ukrepanje</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Double-click a row to open the prospect.</source>
        <translation>Dvokliknite vrstico, da odprete potencialno stranko.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gifted prospects nobody has followed up since their latest gift</source>
        <translation>Obdarjene potencialne stranke, pri katerih od zadnjega darila ni bilo nobenega opravila</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gifts whose reaction is still unknown after asking was due</source>
        <translation>Darila, katerih odziv je še neznan, čeprav je bil rok za povpraševanje že dosežen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prospects who gave something back, with a suggested next step</source>
        <translation>Potencialne stranke, ki so nekaj vrnile, s predlogom naslednjega koraka</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/ui/insights/charts.py" line="+301"/>
        <source>Gifts reciprocated, by kind</source>
        <extracomment>The least size of a chart (px); a bar chart is taller when it has more bars (:meth:`ChartView.need_rows`). A chart&apos;s width when three stand side by side (their titles fit); narrower, they stand two by two. The least width of a chart two by two: a longer title takes two lines, longer labels a smaller font. What a horizontal bar chart needs besides its bars&apos; labels: title, value axis, its title, margins (px). Room between two category labels of a horizontal bar chart (px). The most of a bar chart&apos;s width its category labels may take (Qt cuts a wider label to &quot;...&quot;). What Qt takes from that share beside a label set smaller to fit (its padding and the ticks; px, found by trying). The smallest point size a label or axis title is set in to fit its room (smaller, it is cut with a tooltip). The room a chart&apos;s title leaves at its sides (the chart&apos;s margins and layout; px). The room a vertical axis title needs beside its text along the axis (px). The months chart&apos;s width besides its bars (the outcomes axis, margins), and the room a month&apos;s label needs beside its text on one line, beside the longer of month and year on two, and so when the year stands under the first month and each January only (px, found by trying: with less, Qt writes &quot;...&quot;). The colour of the second bar, when it differs (QtCharts colours single bars through &quot;selection&quot;).</extracomment>
        <translation>Povrnjena darila po vrsti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median days to outcome</source>
        <translation>Mediana dni do izida</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>no gifts in this period</source>
        <translation>v tem obdobju ni daril</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reciprocated (%)</source>
        <translation>Povrnjeno (%)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../reciprocity_desktop/ui/insights/lists.py" line="+88"/>
        <source>Median days</source>
        <translation>Mediana dni</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days</source>
        <translation>Dni</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Gifted ({n})</source>
        <translation>Obdarjene ({n})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not gifted ({n})</source>
        <translation>Neobdarjene ({n})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Gave something back</source>
        <translation>Nekaj so vrnile</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gave something back (%)</source>
        <translation>Nekaj so vrnile (%)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prospects (%)</source>
        <translation>Potencialne stranke (%)</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Outcomes per month</source>
        <translation>Izidi po mesecih</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Month</source>
        <translation>Mesec</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../reciprocity_desktop/ui/insights/lists.py" line="+114"/>
        <source>Outcomes</source>
        <translation>Izidi</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/ui/insights/figures.py" line="+60"/>
        <source>Gifts given</source>
        <translation>Izročena darila</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>to %n prospect(s) · {rate} reciprocated</source>
        <translation>
            <numerusform>%n potencialni stranki · {rate} povrnjenih</numerusform>
            <numerusform>%n potencialnima strankama · {rate} povrnjenih</numerusform>
            <numerusform>%n potencialnim strankam · {rate} povrnjenih</numerusform>
            <numerusform>%n potencialnim strankam · {rate} povrnjenih</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gifted prospects who gave something back</source>
        <translation>Obdarjene, ki so nekaj vrnile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} of {total} · median {days} days after the gift</source>
        <translation>{n} od {total} · mediana dni po darilu: {days}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Prospects without a gift who gave something</source>
        <translation>Neobdarjene, ki so nekaj dale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} of {total} had an outcome</source>
        <translation>{n} od {total} z izidom</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Orders after gifts</source>
        <translation>Naročila po darilih</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>for gifts that cost {cost}</source>
        <translation>za darila v vrednosti {cost}</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/ui/insights/help.py" line="+17"/>
        <source>&lt;h3&gt;What the figures mean&lt;/h3&gt;&lt;p&gt;A gift is &lt;b&gt;reciprocated&lt;/b&gt; when its prospect has an outcome of any kind (conversation, referral, meeting, order, other) dated on or after the gift&apos;s date and at most the &lt;b&gt;window&lt;/b&gt; (default 90 days) after it. An outcome &lt;i&gt;reciprocates&lt;/i&gt; the gifts it follows in that way.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Rate&lt;/b&gt; = reciprocated gifts ÷ gifts (shown as – when there are no gifts).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Median days&lt;/b&gt;: over the reciprocated gifts, the days from the gift to the first outcome on or after it.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Cost&lt;/b&gt;: what the gifts cost. &lt;b&gt;Order value&lt;/b&gt;: the value of the orders that reciprocate at least one gift of the group, each order counted once per group.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Gifted&lt;/b&gt;: prospects with at least one gift in the period, and how many of them have a reciprocated gift. &lt;b&gt;Not gifted&lt;/b&gt;: prospects who never got a gift, and how many of them have any outcome in the period.&lt;/li&gt;&lt;li&gt;&lt;b&gt;From/To&lt;/b&gt; choose the gifts by gift date; their outcomes may come after &lt;i&gt;To&lt;/i&gt;, within the window. Outcomes counted on their own (not gifted, per outcome kind, balance) are those from &lt;i&gt;From&lt;/i&gt; to &lt;i&gt;To&lt;/i&gt; plus the window.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Balance&lt;/b&gt; per prospect: order value minus gift cost.&lt;/li&gt;&lt;li&gt;Deleted records never count.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;The lists to act on&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;No follow-up yet&lt;/b&gt;: gifted prospects for whom, since their latest gift, no follow-up was done, no reaction recorded and no outcome recorded.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Reaction overdue&lt;/b&gt;: gifts without a recorded reaction after their feedback follow-up was due (or, without one, the feedback delay after the gift).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Next steps&lt;/b&gt;: prospects with a reciprocated gift. The step follows their latest outcome: an order → thank them, ask how it works and whom else it could help; a referral → thank them and report back; a meeting → send what you promised, then ask for the order; a conversation → ask for a meeting with the decision maker (or find out who decides); anything else → thank them and send useful information.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Remember: give first and do not ask for an immediate return.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kaj pomenijo številke&lt;/h3&gt;&lt;p&gt;Darilo je &lt;b&gt;povrnjeno&lt;/b&gt;, ko ima njegova potencialna stranka izid katere koli vrste (pogovor, priporočilo, sestanek, naročilo, drugo) z datumom na dan darila ali pozneje, vendar največ &lt;b&gt;okno&lt;/b&gt; (privzeto 90 dni) po njem. Tak izid &lt;i&gt;povrne&lt;/i&gt; darila, ki jim tako sledi.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Delež&lt;/b&gt; = povrnjena darila ÷ darila (prikazano kot –, kadar daril ni).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Mediana dni&lt;/b&gt;: pri povrnjenih darilih število dni od darila do prvega izida na ta dan ali pozneje.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Strošek&lt;/b&gt;: koliko so darila stala. &lt;b&gt;Vrednost naročil&lt;/b&gt;: vrednost naročil, ki povrnejo vsaj eno darilo skupine; vsako naročilo se v skupini šteje enkrat.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Obdarjene&lt;/b&gt;: potencialne stranke z vsaj enim darilom v obdobju in koliko od njih ima povrnjeno darilo. &lt;b&gt;Neobdarjene&lt;/b&gt;: potencialne stranke, ki niso nikoli prejele darila, in koliko od njih ima v obdobju kakršen koli izid.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Od/Do&lt;/b&gt; izbereta darila po datumu darila; njihovi izidi so lahko tudi po datumu &lt;i&gt;Do&lt;/i&gt;, znotraj okna. Izidi, šteti sami zase (neobdarjene, po vrsti izida, bilanca), so tisti od &lt;i&gt;Od&lt;/i&gt; do &lt;i&gt;Do&lt;/i&gt; in okna.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Bilanca&lt;/b&gt; po potencialni stranki: vrednost naročil minus strošek daril.&lt;/li&gt;&lt;li&gt;Izbrisani zapisi se nikoli ne štejejo.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Seznami za ukrepanje&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Še brez opravila&lt;/b&gt;: obdarjene potencialne stranke, pri katerih od zadnjega darila ni bilo opravljeno nobeno opravilo in ni bil vnesen noben odziv ali izid.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Odziv zamuja&lt;/b&gt;: darila brez vnesenega odziva, potem ko je rok opravila za mnenje že nastopil (ali, če tega opravila ni, ko je od darila minilo toliko dni, kot jih določa nastavitev za vprašanje o mnenju).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Naslednji koraki&lt;/b&gt;: potencialne stranke s povrnjenim darilom. Korak je odvisen od zadnjega izida: naročilo → zahvalite se, vprašajte, kako se obnese in komu bi še lahko pomagalo; priporočilo → zahvalite se in sporočite, kako se je izteklo; sestanek → pošljite, kar ste obljubili, nato povprašajte za naročilo; pogovor → prosite za sestanek z odločevalcem (ali ugotovite, kdo odloča); vse drugo → zahvalite se in pošljite koristne informacije.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Ne pozabite: najprej dajte in ne pričakujte takojšnjega povračila.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/ui/insights/lists.py" line="-126"/>
        <location line="+124"/>
        <source>Gifts</source>
        <translation>Darila</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>Prospects</source>
        <translation>Potencialne stranke</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reciprocated</source>
        <translation>Povrnjena</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate</source>
        <translation>Delež</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cost</source>
        <translation>Strošek</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+113"/>
        <source>Order value</source>
        <translation>Vrednost naročil</translation>
    </message>
    <message>
        <location line="-105"/>
        <location line="+23"/>
        <location line="+35"/>
        <location line="+42"/>
        <source>Prospect</source>
        <extracomment>The balance table&apos;s sort key of each column (see services.insights.report.BALANCE_SORTS).</extracomment>
        <translation>Potencialna stranka</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>Latest gift</source>
        <translation>Zadnje darilo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Given</source>
        <translation>Podarjeno</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Days since</source>
        <translation>Dni od tedaj</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Gift</source>
        <translation>Darilo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Due</source>
        <translation>Rok</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overdue</source>
        <translation>Rok je potekel</translation>
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
            <numerusform>%n dan po roku</numerusform>
            <numerusform>%n dneva po roku</numerusform>
            <numerusform>%n dni po roku</numerusform>
            <numerusform>%n dni po roku</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Asked</source>
        <translation>Vprašano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>da</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>ne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asked, but the reaction was not recorded</source>
        <translation>Vprašano, vendar odziv ni bil vnesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not asked yet</source>
        <translation>Še ni vprašano</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name}, {city} · {outcomes} outcomes, orders {orders}</source>
        <translation>{name}, {city} · izidi: {outcomes}, naročila: {orders}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Latest outcome</source>
        <translation>Zadnji izid</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Suggested next step</source>
        <translation>Predlagani naslednji korak</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Gift kind</source>
        <translation>Vrsta darila</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Gifts that were…</source>
        <translation>Darila, ki so bila …</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Outcome kind</source>
        <translation>Vrsta izida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>Vsi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After a gift</source>
        <translation>Po darilu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median days from gift</source>
        <translation>Mediana dni od darila</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value after a gift</source>
        <translation>Vrednost po darilu</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Gift cost</source>
        <translation>Strošek daril</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Net</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/ui/insights/texts.py" line="+28"/>
        <source>Sample</source>
        <translation>Vzorec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trial</source>
        <translation>Preizkus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content</source>
        <translation>Vsebina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Analysis</source>
        <translation>Analiza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Dogodek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present</source>
        <translation>Osebno darilo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Other</source>
        <translation>Drugo</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Conversation</source>
        <translation>Pogovor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral</source>
        <translation>Priporočilo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>Sestanek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>Naročilo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Personal</source>
        <translation>Osebna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unexpected</source>
        <translation>Nepričakovana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meaningful</source>
        <translation>Pomenljiva</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not personal</source>
        <extracomment>The gifts without a quality: a whole label each (not &quot;not&quot; glued to the quality&apos;s word).</extracomment>
        <translation>Ni osebna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not unexpected</source>
        <translation>Ni nepričakovana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not meaningful</source>
        <translation>Ni pomenljiva</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Thank them for the order; ask how it works and whom else it could help.</source>
        <extracomment>The next steps of services.insights.NEXT_STEPS, in the page&apos;s words.</extracomment>
        <translation>Zahvalite se za naročilo; vprašajte, kako se obnese in komu bi še lahko pomagalo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thank them for the referral; report back how it went.</source>
        <translation>Zahvalite se za priporočilo; sporočite, kako se je izteklo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send what you promised at the meeting, then ask for the order.</source>
        <translation>Pošljite, kar ste obljubili na sestanku, nato povprašajte za naročilo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask for a meeting with {name}, the decision maker.</source>
        <translation>Prosite za sestanek z odločevalcem: {name}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find out who decides and ask for a meeting.</source>
        <translation>Ugotovite, kdo odloča, in prosite za sestanek.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thank them; send useful information.</source>
        <translation>Zahvalite se; pošljite koristne informacije.</translation>
    </message>
    <message numerus="yes">
        <location line="+57"/>
        <source>Gifts from {start} to {end}; outcomes within %n day(s) count</source>
        <translation>
            <numerusform>Darila od {start} do {end}; štejejo izidi v %n dnevu</numerusform>
            <numerusform>Darila od {start} do {end}; štejejo izidi v %n dneh</numerusform>
            <numerusform>Darila od {start} do {end}; štejejo izidi v %n dneh</numerusform>
            <numerusform>Darila od {start} do {end}; štejejo izidi v %n dneh</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Gifts since {start}; outcomes within %n day(s) count</source>
        <translation>
            <numerusform>Darila od {start}; štejejo izidi v %n dnevu</numerusform>
            <numerusform>Darila od {start}; štejejo izidi v %n dneh</numerusform>
            <numerusform>Darila od {start}; štejejo izidi v %n dneh</numerusform>
            <numerusform>Darila od {start}; štejejo izidi v %n dneh</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Gifts until {end}; outcomes within %n day(s) count</source>
        <translation>
            <numerusform>Darila do {end}; štejejo izidi v %n dnevu</numerusform>
            <numerusform>Darila do {end}; štejejo izidi v %n dneh</numerusform>
            <numerusform>Darila do {end}; štejejo izidi v %n dneh</numerusform>
            <numerusform>Darila do {end}; štejejo izidi v %n dneh</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>All gifts; outcomes within %n day(s) count</source>
        <translation>
            <numerusform>Vsa darila; štejejo izidi v %n dnevu</numerusform>
            <numerusform>Vsa darila; štejejo izidi v %n dneh</numerusform>
            <numerusform>Vsa darila; štejejo izidi v %n dneh</numerusform>
            <numerusform>Vsa darila; štejejo izidi v %n dneh</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/ui/insights/view.py" line="+120"/>
        <source>Overview</source>
        <extracomment>Emitted each time the page shows freshly computed figures. Emitted when computing failed (the message is also shown on the page).</extracomment>
        <translation>Pregled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figures</source>
        <translation>Številke</translation>
    </message>
    <message>
        <location line="+19"/>
        <source> days</source>
        <translation> dni</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An outcome up to this many days after a gift counts as reciprocating it.</source>
        <translation>Izid največ toliko dni po darilu šteje kot povračilo darila.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reciprocity &amp;window:</source>
        <translation>Okno &amp;vzajemnosti:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;to</source>
        <translation>d&amp;o</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/ui/insights/help.py" line="+45"/>
        <location filename="../../reciprocity_desktop/ui/insights/view.py" line="+10"/>
        <source>What the figures mean</source>
        <translation>Kaj pomenijo številke</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/ui/insights/view.py" line="-12"/>
        <source>Gifts fro&amp;m</source>
        <translation>Dari&amp;la od</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Help on the figures</source>
        <translation>Pomoč k številkam</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>By gift kind</source>
        <translation>Po vrsti darila</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With and without each quality</source>
        <translation>Z vsako lastnostjo in brez nje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By outcome kind</source>
        <translation>Po vrsti izida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance per prospect (order value − gift cost)</source>
        <translation>Bilanca po potencialni stranki (vrednost naročil − strošek daril)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The start date is after the end date.</source>
        <translation>Začetni datum je za končnim.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Computing…</source>
        <translation>Računam …</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The figures could not be computed: {error}</source>
        <translation>Številk ni bilo mogoče izračunati: {error}</translation>
    </message>
</context>
<context>
    <name>KitPane</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/planner/kit_pane.py" line="+52"/>
        <source>Gift kit for the day</source>
        <translation>Darila za na pot</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Red: not enough in stock. Yellow: stock runs low after this day.</source>
        <translation>Rdeče: premalo na zalogi. Rumeno: po tem dnevu bo zaloga nizka.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Stock item</source>
        <translation>Artikel na zalogi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Need</source>
        <translation>Potrebno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Have</source>
        <translation>Na zalogi</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 missing for this day.</source>
        <translation>Za ta dan manjka: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 left after this day.</source>
        <translation>Po tem dnevu ostane: %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: need %2, have %3</source>
        <translation>%1: potrebno %2, na zalogi %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not enough in stock — %1</source>
        <translation>Premalo na zalogi – %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gifts from stock to load: %1 — all in stock.</source>
        <translation>Darila z zaloge, ki jih naložite: %1 – vsa so na zalogi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No gifts from stock planned for this day yet.</source>
        <translation>Za ta dan še ni načrtovanih daril z zaloge.</translation>
    </message>
</context>
<context>
    <name>LogGiftDialog</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/gifts/log_gift_dialog.py" line="-51"/>
        <location line="+120"/>
        <source>Log a gift</source>
        <translation>Zabeleži darilo</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>&amp;Prospect:</source>
        <translation>&amp;Potencialna stranka:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pick from the gift stock or describe the gift</source>
        <translation>Izberite iz zaloge daril ali opišite darilo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2 in stock)</source>
        <translation>%1 (na zalogi: %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;What:</source>
        <translation>&amp;Kaj:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Vrsta:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Given to:</source>
        <translation>P&amp;rejemnik:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cost:</source>
        <translation>&amp;Strošek:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quantity:</source>
        <translation>K&amp;oličina:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pe&amp;rsonal</source>
        <translation>Ose&amp;bno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unexpected</source>
        <translation>&amp;Nepričakovano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Meaningful</source>
        <translation>Po&amp;menljivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qualities:</source>
        <translation>Lastnosti:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The organisation</source>
        <translation>Organizacija</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only %1 left in stock.</source>
        <translation>Na zalogi le še %1.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/main_window.py" line="+57"/>
        <source>Reciprocity Desktop — %1 (read-only)</source>
        <extracomment>The other pages&apos; modules are imported (from the thread pool, after the first paint).</extracomment>
        <translation>Reciprocity Desktop – %1 (samo za branje)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reciprocity Desktop — %1</source>
        <translation>Reciprocity Desktop – %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Store: %1</source>
        <translation>Zbirka podatkov: %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Reciprocity Desktop — %1 (damaged)</source>
        <translation>Reciprocity Desktop – %1 (poškodovana)</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>&amp;File</source>
        <translation>&amp;Datoteka</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <translation>&amp;Uredi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>Po&amp;gled</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>Pomo&amp;č</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Reciprocity Desktop</source>
        <translation>&amp;O programu Reciprocity Desktop</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Uvozi CSV …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Izvozi CSV …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Print day…</source>
        <translation>&amp;Natisni dan …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export for &amp;sync…</source>
        <translation>Izvozi za &amp;sinhronizacijo …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import s&amp;ync file…</source>
        <translation>Uvozi &amp;datoteko za sinhronizacijo …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Conflict log…</source>
        <translation>Dnevnik &amp;konfliktov …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Backup…</source>
        <translation>&amp;Varnostna kopija …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back&amp;ups…</source>
        <translation>Varnostne &amp;kopije …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>Iz&amp;hod</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Undo</source>
        <translation>&amp;Razveljavi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>&amp;Uveljavi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;New prospect…</source>
        <translation>&amp;Nova potencialna stranka …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Log gift…</source>
        <translation>Zabeleži &amp;darilo …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find prospect</source>
        <translation>&amp;Poišči potencialno stranko</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete prospect</source>
        <translation>&amp;Izbriši potencialno stranko</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Osveži</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Gift logged</source>
        <translation>Darilo zabeleženo</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Export prospects as CSV</source>
        <translation>Izvozi potencialne stranke v CSV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>Datoteke CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export failed</source>
        <translation>Izvoz ni uspel</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Exported %Ln prospect(s) to %1.</source>
        <translation>
            <numerusform>V %1 je izvožena %Ln potencialna stranka.</numerusform>
            <numerusform>V %1 sta izvoženi %Ln potencialni stranki.</numerusform>
            <numerusform>V %1 so izvožene %Ln potencialne stranke.</numerusform>
            <numerusform>V %1 je izvoženih %Ln potencialnih strank.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/ui/backup.py" line="+55"/>
        <location filename="../../reciprocity_desktop/ui/main_window.py" line="-3"/>
        <source>Could not write %1: %2</source>
        <translation>Datoteke %1 ni bilo mogoče zapisati: %2</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Back up the store</source>
        <translation>Varnostno kopiraj zbirko podatkov</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Store files (*.sqlite3)</source>
        <translation>Zbirke podatkov (*.sqlite3)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+5"/>
        <source>Backup failed</source>
        <translation>Varnostno kopiranje ni uspelo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backup written to %1.</source>
        <translation>Varnostna kopija je zapisana v %1.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/ui/main_window.py" line="+53"/>
        <source>About Reciprocity Desktop</source>
        <translation>O programu Reciprocity Desktop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2

Give first, record it, follow up: an offline tool for field sellers.

Store: %3</source>
        <translation>%1 %2

Najprej dajte, zabeležite, nadaljujte z opravili: program brez povezave za prodajalce na terenu.

Zbirka podatkov: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Postal-code coordinates: GeoNames (https://www.geonames.org/), licensed under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/).</source>
        <translation>Koordinate poštnih številk: GeoNames (https://www.geonames.org/), z licenco CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/).</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/ui/page_registry.py" line="+38"/>
        <source>Today</source>
        <extracomment>The pages, in the order of their tabs (and of View → Ctrl+1 … Ctrl+8). Each is built as Class(ctx, parent).</extracomment>
        <translation>Danes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prospects</source>
        <translation>Potencialne stranke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gifts</source>
        <translation>Darila</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-ups</source>
        <translation>Opravila</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visits</source>
        <translation>Obiski</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debrief</source>
        <translation>Vnos izidov</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insights</source>
        <translation>Analiza vzajemnosti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gift register</source>
        <translation>Evidenca daril</translation>
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
        <translation>Premiki zaloge</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No stock movements yet.</source>
        <translation>Premikov zaloge še ni.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Vrsta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Sprememba</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On hand</source>
        <translation>Zaloga</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recipient</source>
        <translation>Prejemnik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Opomba</translation>
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
            <numerusform>%n premik artikla »{item}«; zdaj na zalogi: {quantity}</numerusform>
            <numerusform>%n premika artikla »{item}«; zdaj na zalogi: {quantity}</numerusform>
            <numerusform>%n premiki artikla »{item}«; zdaj na zalogi: {quantity}</numerusform>
            <numerusform>%n premikov artikla »{item}«; zdaj na zalogi: {quantity}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewFollowUpDialog</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/followups/dialogs.py" line="+134"/>
        <source>New follow-up</source>
        <translation>Novo opravilo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Prospect:</source>
        <translation>&amp;Potencialna stranka:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Vrsta:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Due:</source>
        <translation>&amp;Rok:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Note:</source>
        <translation>&amp;Opomba:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to do, what to ask</source>
        <translation>Kaj storiti, kaj vprašati</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Schedule</source>
        <translation>&amp;Načrtuj</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No prospect matches “{text}”.</source>
        <translation>Nobena potencialna stranka ne ustreza »{text}«.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick a prospect.</source>
        <translation>Izberite potencialno stranko.</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location line="+31"/>
        <source>Follow-up note</source>
        <translation>Opomba opravila</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Note:</source>
        <translation>&amp;Opomba:</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/labels.py" line="+48"/>
        <source>A colleague visits this prospect on %1</source>
        <translation>Sodelavec obišče to potencialno stranko %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A colleague (no name set) visits this prospect on %1</source>
        <translation>Sodelavec (brez imena) obišče to potencialno stranko %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 visits this prospect on %2</source>
        <translation>%1 obišče to potencialno stranko %2</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/prospects/dialogs.py" line="+174"/>
        <location line="+25"/>
        <source>Record an outcome</source>
        <translation>Vnesi izid</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>&amp;What came back:</source>
        <translation>&amp;Kaj se je vrnilo:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order &amp;value:</source>
        <translation>&amp;Vrednost naročila:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Note:</source>
        <translation>&amp;Opomba:</translation>
    </message>
</context>
<context>
    <name>PickPane</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/planner/pick_pane.py" line="+73"/>
        <source>Add prospects</source>
        <extracomment>How many search results the list shows at most. The selected prospects whose colleagues&apos; visits are said (the first ones of a long selection).</extracomment>
        <translation>Dodaj potencialne stranke</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Name, city, postal code or contact</source>
        <translation>Ime, kraj, poštna številka ali kontaktna oseba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sear&amp;ch:</source>
        <translation>&amp;Išči:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prospect</source>
        <translation>Potencialna stranka</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add to t&amp;he day</source>
        <translation>D&amp;odaj v dan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the selected prospects (Enter or double-click)</source>
        <translation>Dodaj izbrane potencialne stranke (Enter ali dvoklik)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>e.g. 803</source>
        <translation>npr. 803</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal code &amp;starts with:</source>
        <translation>Poštna številka se &amp;začne z:</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+65"/>
        <source>Add a&amp;ll</source>
        <translation>Dodaj &amp;vse</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Everyone in a postal-code area</source>
        <translation>Vse na območju poštnih številk</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No prospect matches that is not on this day already.</source>
        <translation>Ni zadetkov, ki še ne bi bili na ta dan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first 200 matches; type more to narrow down.</source>
        <translation>Prvih 200 zadetkov; za ožji izbor vnesite več.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Matches not on this day yet: %1</source>
        <translation>Zadetki, ki še niso na ta dan: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Type the start of a postal code.</source>
        <translation>Vnesite začetek poštne številke.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postal code %1…, not on this day yet: %2</source>
        <translation>Poštna številka %1…, še ne na ta dan: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a&amp;ll %1</source>
        <translation>Dodaj &amp;vse (%1)</translation>
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
        <translation>D&amp;an:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>◀ Previ&amp;ous</source>
        <translation>◀ &amp;Prejšnji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous day (Alt+Left)</source>
        <translation>Prejšnji dan (Alt+levo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne&amp;xt ▶</source>
        <translation>Nasl&amp;ednji ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next day (Alt+Right)</source>
        <translation>Naslednji dan (Alt+desno)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To&amp;morrow</source>
        <translation>&amp;Jutri</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Order &amp;automatically</source>
        <translation>&amp;Razvrsti samodejno</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order the stops by distance from home and back (the home base in the settings) and compute their times from the day&apos;s start, the visit length and the travel speed; fixed appointments keep their times</source>
        <translation>Razvrsti obiske po razdalji od doma in nazaj (domača lokacija v nastavitvah) in izračunaj njihove ure iz začetka dneva, trajanja obiska in hitrosti vožnje; dogovorjeni termini obdržijo svoje ure</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pri&amp;nt day…</source>
        <translation>&amp;Natisni dan …</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Move &amp;up</source>
        <translation>Premakni &amp;gor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected stop up (Ctrl+Up)</source>
        <translation>Premakni izbrani obisk gor (Ctrl+gor)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move do&amp;wn</source>
        <translation>Premakni do&amp;l</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected stop down (Ctrl+Down)</source>
        <translation>Premakni izbrani obisk dol (Ctrl+dol)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;emove stop</source>
        <translation>Odst&amp;rani obisk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the selected stop from the day (Del); Undo brings it back</source>
        <translation>Odstrani izbrani obisk iz dneva (Delete); »Razveljavi« ga vrne</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Drag stops or press Ctrl+Up/Ctrl+Down to reorder: the times after follow. Double-click or F2 edits the time (HH:MM, a fixed appointment), the minutes and the gift to bring.</source>
        <translation>Obiske povlecite ali pritisnite Ctrl+gor/Ctrl+dol, da spremenite vrstni red: ure za njimi se prilagodijo. Dvoklik ali F2 uredi uro (HH:MM, dogovorjen termin), minute in darilo za obisk.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Route</source>
        <translation>Pot</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Stops: %1</source>
        <translation>Obiski: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Add stops to %1</source>
        <translation>Dodaj obiske na %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Reorder the route</source>
        <translation>Spremeni vrstni red poti</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Order the route automatically</source>
        <translation>Samodejno razvrsti pot</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Remove stop %1</source>
        <translation>Odstrani obisk %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set the planned time</source>
        <translation>Nastavi načrtovano uro</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set the visit&apos;s length</source>
        <translation>Nastavi trajanje obiska</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the gift to bring</source>
        <translation>Izberi darilo za obisk</translation>
    </message>
</context>
<context>
    <name>PrintDayDialog</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/planner/print_dialog.py" line="+49"/>
        <source>Print day</source>
        <translation>Natisni dan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Print to PDF</source>
        <translation>&amp;Natisni v PDF</translation>
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
        <translation>P&amp;rebrskaj …</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Day:</source>
        <translation>&amp;Dan:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language:</source>
        <translation>&amp;Jezik:</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>&amp;Save to:</source>
        <translation>&amp;Shrani v:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pape&amp;r:</source>
        <translation>Pa&amp;pir:</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n stop(s) on the route.</source>
        <translation>
            <numerusform>%n obisk na poti.</numerusform>
            <numerusform>%n obiska na poti.</numerusform>
            <numerusform>%n obiski na poti.</numerusform>
            <numerusform>%n obiskov na poti.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No visits planned for this day.</source>
        <translation>Za ta dan ni načrtovanih obiskov.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save the day&apos;s PDF</source>
        <translation>Shrani PDF dneva</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>Datoteke PDF (*.pdf)</translation>
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
        <translation>E-pošta:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Website:</source>
        <translation>Spletna stran:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Log gift…</source>
        <translation>&amp;Zabeleži darilo …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record &amp;outcome…</source>
        <translation>Vnesi &amp;izid …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Izbriši</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name</source>
        <translation>Ime</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Role</source>
        <translation>Funkcija</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-pošta</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add &amp;contact…</source>
        <translation>Dodaj &amp;kontaktno osebo …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit contact…</source>
        <translation>Uredi kontaktno osebo …</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+209"/>
        <source>Delete contact</source>
        <translation>Izbriši kontaktno osebo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1? Their personal data is erased from this store, from its backup files and, through sync, from the stores of colleagues. You can undo this in the store until you close the program (the backups stay erased).</source>
        <translation>Želite izbrisati %1? Osebni podatki bodo izbrisani iz te zbirke podatkov, iz njenih varnostnih kopij in prek sinhronizacije iz zbirk podatkov sodelavcev. V zbirki podatkov lahko to razveljavite, dokler ne zaprete programa (v varnostnih kopijah ostanejo izbrisani).</translation>
    </message>
    <message>
        <location line="-206"/>
        <source>Export person&apos;s data…</source>
        <translation>Izvozi podatke osebe …</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Kaj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Vrsta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <translation>Podrobnosti</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Timeline</source>
        <translation>Časovnica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visits, gifts, follow-ups and outcomes, newest first</source>
        <translation>Obiski, darila, opravila in izidi, najnovejši najprej</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Select a prospect in the list (click it, or the arrow keys) to see its address, contacts and timeline of visits, gifts, follow-ups and outcomes.</source>
        <translation>Izberite potencialno stranko na seznamu (kliknite nanjo ali uporabite puščične tipke), da vidite njen naslov, kontaktne osebe in časovnico obiskov, daril, opravil in izidov.</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Contacts</source>
        <translation>Kontaktne osebe</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>E&amp;dit…</source>
        <translation>Ur&amp;edi …</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Erases the person&apos;s data here, in the backups and, through sync, everywhere</source>
        <translation>Izbriše podatke osebe tukaj, v varnostnih kopijah in prek sinhronizacije povsod</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>Tags: %1</source>
        <translation>Oznake: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Show more (%1 older)</source>
        <translation>Prikaži več (starejših: %1)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Gift logged</source>
        <translation>Darilo zabeleženo</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Delete contact %1</source>
        <translation>Izbriši kontaktno osebo %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export person&apos;s data</source>
        <translation>Izvozi podatke osebe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON files (*.json)</source>
        <translation>Datoteke JSON (*.json)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export failed</source>
        <translation>Izvoz ni uspel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Could not write %1: %2</source>
        <translation>Datoteke %1 ni bilo mogoče zapisati: %2</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/ui/prospects/parts.py" line="+105"/>
        <source>on %1&apos;s route</source>
        <translation>na poti: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on a colleague&apos;s route</source>
        <translation>na poti sodelavca</translation>
    </message>
</context>
<context>
    <name>ProspectDialog</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/prospects/dialogs.py" line="-200"/>
        <source>New prospect</source>
        <translation>Nova potencialna stranka</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit prospect</source>
        <translation>Uredi potencialno stranko</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Name:</source>
        <translation>&amp;Ime:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company, practice or shop</source>
        <translation>Podjetje, ordinacija ali trgovina</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Street:</source>
        <translation>&amp;Ulica:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Postal code</source>
        <translation>Poštna številka</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>City</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Postal code, city:</source>
        <translation>&amp;Poštna številka, kraj:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Country:</source>
        <translation>&amp;Država:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Filled from the postal code when empty</source>
        <translation>Če je prazno, se izpolni iz poštne številke</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Coor&amp;dinates (lat, lon):</source>
        <translation>&amp;Koordinate (šir., dol.):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Latitude</source>
        <translation>Zemljepisna širina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longitude</source>
        <translation>Zemljepisna dolžina</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>P&amp;hone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-pošta:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Website:</source>
        <translation>&amp;Spletna stran:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Industry:</source>
        <translation>Pa&amp;noga:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;tage:</source>
        <translation>&amp;Faza:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>T&amp;ags:</source>
        <translation>&amp;Oznake:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comma-separated, e.g. key account, Bavaria</source>
        <translation>Ločene z vejicami, npr. ključna stranka, Gorenjska</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>N&amp;otes:</source>
        <translation>Opo&amp;mbe:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Add prospect %1</source>
        <translation>Dodaj potencialno stranko %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit prospect %1</source>
        <translation>Uredi potencialno stranko %1</translation>
    </message>
</context>
<context>
    <name>ProspectPicker</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/widgets/prospect_picker.py" line="+25"/>
        <source>Type a name, city or postal code</source>
        <translation>Vnesite ime, kraj ali poštno številko</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>No prospect matches “{text}”.</source>
        <translation>Nobena potencialna stranka ne ustreza »{text}«.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick a prospect.</source>
        <translation>Izberite potencialno stranko.</translation>
    </message>
</context>
<context>
    <name>ProspectTableModel</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/prospects/model.py" line="+46"/>
        <source>Name</source>
        <extracomment>A prospect located this near its page&apos;s edge is read with the neighbouring page too (about half the rows a list scrolled to centre it shows).</extracomment>
        <translation>Ime</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal code</source>
        <translation>Pošt. št.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Država</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Faza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Industry</source>
        <translation>Panoga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Kontaktna oseba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Oznake</translation>
    </message>
</context>
<context>
    <name>ProspectsView</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/prospects/view.py" line="+79"/>
        <source>Name, city, postal code, contact (Ctrl+F)</source>
        <extracomment>What each of the list&apos;s columns is wide enough for, by column number (the last one, the tags, takes the rest; a cut cell shows its whole text in its tooltip). The detail pane&apos;s share of the page&apos;s width (the list takes the rest), and its narrowest.</extracomment>
        <translation>Ime, kraj, poštna številka, kontaktna oseba (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All stages</source>
        <translation>Vse faze</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Gifted, no follow-up yet</source>
        <translation>&amp;Obdarjene, še brez opravila</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&amp;New prospect…</source>
        <translation>&amp;Nova potencialna stranka …</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>All cities</source>
        <translation>Vsi kraji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All tags</source>
        <translation>Vse oznake</translation>
    </message>
    <message numerus="yes">
        <location line="-32"/>
        <location line="+66"/>
        <source>%n prospect(s)</source>
        <translation>
            <numerusform>%n potencialna stranka</numerusform>
            <numerusform>%n potencialni stranki</numerusform>
            <numerusform>%n potencialne stranke</numerusform>
            <numerusform>%n potencialnih strank</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No prospect matches the search and filters.</source>
        <translation>Nobena potencialna stranka ne ustreza iskanju in filtrom.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No prospects yet: add one with New prospect… (Ctrl+N).</source>
        <translation>Še ni potencialnih strank: dodajte jo z Nova potencialna stranka … (Ctrl+N).</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Delete %1</source>
        <translation>Izbriši %1</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/qt_words.py" line="+17"/>
        <source>OK</source>
        <translation>V redu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Shrani</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save All</source>
        <translation>Shrani vse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Odpri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Da</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes to &amp;All</source>
        <translation>Da za &amp;vse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Ne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;o to All</source>
        <translation>N&amp;e za vse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort</source>
        <translation>Prekini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Poskusi znova</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>Spreglej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Zapri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Prekliči</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Zavrzi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Pomoč</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Uveljavi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Ponastavi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation>Obnovi privzete vrednosti</translation>
    </message>
</context>
<context>
    <name>ReactionDialog</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/gifts/dialogs.py" line="-96"/>
        <source>Gift reaction</source>
        <extracomment>The examples of a gift&apos;s cost and a stock item&apos;s unit cost, in cents. The longest note of a restock (the services&apos; limit of a movement&apos;s note).</extracomment>
        <translation>Odziv na darilo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re&amp;action:</source>
        <translation>O&amp;dziv:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not known yet</source>
        <translation>Še neznano</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Note:</source>
        <translation>&amp;Opomba:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What they thought of it</source>
        <translation>Kaj so si mislili o njem</translation>
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
        <location filename="../../reciprocity_desktop/reports/visit_sheet.py" line="+60"/>
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
        <location filename="../../reciprocity_desktop/reports/text.py" line="+82"/>
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
        <location filename="../../reciprocity_desktop/reports/visit_sheet.py" line="-116"/>
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
        <location filename="../../reciprocity_desktop/reports/visit_sheet.py" line="+130"/>
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
        <location filename="../../reciprocity_desktop/reports/visit_sheet.py" line="-117"/>
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
        <location line="+46"/>
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
    <message>
        <location line="+34"/>
        <source>A colleague visits this prospect on {date}</source>
        <extracomment>A clock time past midnight, as the route writes it: &quot;01:10 (+1)&quot;.</extracomment>
        <translation>Sodelavec obišče to potencialno stranko {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A colleague (no name set) visits this prospect on {date}</source>
        <translation>Sodelavec (brez imena) obišče to potencialno stranko {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{seller} visits this prospect on {date}</source>
        <translation>{seller} obišče to potencialno stranko {date}</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>+%n day(s)</source>
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
        <source>Ask how the gift was received: {gift}</source>
        <translation>Vprašajte, kako je bilo darilo sprejeto: {gift}</translation>
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
        <location line="+3"/>
        <source>Gift limit: {total} given in {year} with the gift to bring, over the {limit} a recipient may receive in {country}.</source>
        <translation>Omejitev vrednosti daril: {total} v letu {year} skupaj z darilom za ta obisk, več kot {limit}, kolikor lahko prejemnik prejme v državi {country}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gift limit: {total} given in {year} with the gift to bring, close to the {limit} a recipient may receive in {country}.</source>
        <translation>Omejitev vrednosti daril: {total} v letu {year} skupaj z darilom za ta obisk, blizu {limit}, kolikor lahko prejemnik prejme v državi {country}.</translation>
    </message>
    <message>
        <location line="+16"/>
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
        <location filename="../../reciprocity_desktop/ui/followups/dialogs.py" line="-117"/>
        <source>Reschedule follow-up</source>
        <translation>Prestavi opravilo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>+1 &amp;day</source>
        <translation>+1 &amp;dan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+1 &amp;week</source>
        <translation>+1 &amp;teden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;New due date:</source>
        <translation>&amp;Nov rok:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reschedule</source>
        <translation>&amp;Prestavi</translation>
    </message>
</context>
<context>
    <name>RestockDialog</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/gifts/dialogs.py" line="+118"/>
        <source>Restock</source>
        <translation>Dopolni zalogo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add:</source>
        <translation>&amp;Dodaj:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On hand after:</source>
        <translation>Zaloga potem:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Note:</source>
        <translation>&amp;Opomba:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Delivered by the head office</source>
        <translation>npr. dostavila centrala</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Restock</source>
        <translation>Do&amp;polni zalogo</translation>
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
        <translation>Razvrščeno po državi in poštni številki (noben obisk nima koordinat); ure so izračunane.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ordered by distance from home and back; times computed.</source>
        <translation>Razvrščeno po razdalji od doma in nazaj; ure so izračunane.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ordered by distance from the first stop; times computed.</source>
        <translation>Razvrščeno po razdalji od prvega obiska; ure so izračunane.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Route: %1 km by road (estimated: %2 × the straight line).</source>
        <translation>Pot: %1 km po cesti (ocena: %2 × zračna razdalja).</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n leg(s) of unknown length.</source>
        <translation>
            <numerusform>%n odsek neznane dolžine.</numerusform>
            <numerusform>%n odseka neznane dolžine.</numerusform>
            <numerusform>%n odseki neznane dolžine.</numerusform>
            <numerusform>%n odsekov neznane dolžine.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From home at %1, back home at %2.</source>
        <translation>Odhod od doma ob %1, vrnitev domov ob %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The last visit ends at %1.</source>
        <translation>Zadnji obisk se konča ob %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n stop(s) flagged ⚠: their tooltips say why.</source>
        <translation>
            <numerusform>%n obisk je označen z ⚠: razlog pove njegov namig.</numerusform>
            <numerusform>%n obiska sta označena z ⚠: razlog povedo njuni namigi.</numerusform>
            <numerusform>%n obiski so označeni z ⚠: razlog povedo njihovi namigi.</numerusform>
            <numerusform>%n obiskov je označenih z ⚠: razlog povedo njihovi namigi.</numerusform>
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
        <translation>Ura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prospect</source>
        <translation>Potencialna stranka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Min.</source>
        <translation>Min.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gift to bring</source>
        <translation>Darilo za obisk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Stanje</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>How long the visit takes, in minutes (bold: this visit&apos;s own length)</source>
        <translation>Koliko časa traja obisk, v minutah (krepko: lastno trajanje tega obiska)</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not enough of this item in stock for the day.</source>
        <translation>Tega artikla za ta dan ni dovolj na zalogi.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A fixed appointment (typed in): the other times are computed around it. Clear it to let the route give this stop its time.</source>
        <translation>Dogovorjen termin (vnesen): ostale ure se izračunajo okrog njega. Izbrišite ga, da pot temu obisku sama določi uro.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Computed from the day&apos;s start, the visits before and the drive (Settings). Type a time to fix an appointment.</source>
        <translation>Izračunano iz začetka dneva, prejšnjih obiskov in vožnje (nastavitve). Vnesite uro, da določite dogovorjen termin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 km by road from the stop before (estimated).</source>
        <translation>%1 km po cesti od prejšnjega obiska (ocena).</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message numerus="yes">
        <location filename="../../reciprocity_desktop/ui/today/section.py" line="+189"/>
        <source>… and %n more</source>
        <extracomment>The rows a column is sized to (a screenful): Qt would otherwise measure every row, each time rows change. The rows a list shows until its page has measured how many fit. The room a cell&apos;s text needs beside it (the cell&apos;s margins), and a header&apos;s (its margins, a sort arrow). A row&apos;s height beyond the font&apos;s line.</extracomment>
        <translation>
            <numerusform>… in še %n</numerusform>
            <numerusform>… in še %n</numerusform>
            <numerusform>… in še %n</numerusform>
            <numerusform>… in še %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/settings/__init__.py" line="+18"/>
        <source>&amp;Settings…</source>
        <translation>N&amp;astavitve …</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/settings/dialog.py" line="+44"/>
        <source>Settings</source>
        <translation>Nastavitve</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Seller</source>
        <translation>Prodajalec</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>&amp;Ime:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Printed on the visit sheets</source>
        <translation>Natisne se na liste obiskov</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Default country of new prospects:</source>
        <translation>&amp;Privzeta država novih potencialnih strank:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A prospect added without a country gets this one</source>
        <translation>Potencialna stranka, dodana brez države, dobi to državo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The computer&apos;s language</source>
        <translation>Jezik računalnika</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The window, the printed day and the command line speak it</source>
        <translation>V tem jeziku govorijo okno, natisnjeni dan in ukazna vrstica</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Jezik:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language applies after a restart.</source>
        <translation>Nov jezik začne veljati po ponovnem zagonu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Home base</source>
        <translation>Domača lokacija</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;treet:</source>
        <translation>&amp;Ulica:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Postal code</source>
        <translation>Poštna številka</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>City</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Postal code, city:</source>
        <translation>Poštna šte&amp;vilka, kraj:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>C&amp;ountry:</source>
        <translation>&amp;Država:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Route</source>
        <translation>Pot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day &amp;starts at:</source>
        <translation>&amp;Začetek dneva:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HH:MM, e.g. 08:30</source>
        <translation>HH:MM, npr. 08:30</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Minutes per visit:</source>
        <translation>&amp;Minut na obisk:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long a stop takes unless the visit says otherwise</source>
        <translation>Koliko časa traja obisk, če pri obisku ni navedeno drugače</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tra&amp;vel speed:</source>
        <translation>&amp;Hitrost vožnje:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> km/h</source>
        <translation> km/h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The average speed between stops, for the planned times</source>
        <translation>Povprečna hitrost med obiski, za načrtovane ure</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Follow-ups</source>
        <translation>Opravila</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask about a gift a&amp;fter:</source>
        <translation>Za mnenje o darilu vpr&amp;ašajte po:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source> days</source>
        <translation> dni</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>When the follow-up asking how a gift was received is due</source>
        <translation>Kdaj je rok opravila, ki povpraša, kako je bilo darilo sprejeto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No asking for business &amp;within:</source>
        <translation>Čas mi&amp;rovanja po darilu:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An order follow-up this soon after a gift gets a warning</source>
        <translation>Opravilo »Povprašati za naročilo« tako kmalu po darilu sproži opozorilo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gifts</source>
        <translation>Darila</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;urrency:</source>
        <translation>Va&amp;luta:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. EUR</source>
        <translation>npr. EUR</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New stoc&amp;k items run low at:</source>
        <translation>Minimalna zaloga novih ar&amp;tiklov:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The low-stock level a new stock item gets unless one is given</source>
        <translation>Minimalna zaloga, ki jo dobi nov artikel na zalogi, če ni navedena</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Add country</source>
        <translation>D&amp;odaj državo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove</source>
        <translation>Odstra&amp;ni</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Yearly gift &amp;limit per recipient:</source>
        <translation>L&amp;etna omejitev daril na prejemnika:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Change settings</source>
        <translation>Spremeni nastavitve</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settings saved. The new language applies after a restart.</source>
        <translation>Nastavitve so shranjene. Nov jezik začne veljati po ponovnem zagonu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings saved.</source>
        <translation>Nastavitve so shranjene.</translation>
    </message>
</context>
<context>
    <name>StockItemDialog</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/gifts/dialogs.py" line="-71"/>
        <source>New stock item</source>
        <translation>Nov artikel na zalogi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit stock item</source>
        <translation>Uredi artikel na zalogi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name:</source>
        <translation>&amp;Ime:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Coffee sample box</source>
        <translation>npr. škatla vzorcev kave</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Vrsta:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Unit cost:</source>
        <translation>&amp;Cena na enoto:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;On hand:</source>
        <translation>&amp;Zaloga:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The item shows as running low at or below this quantity</source>
        <translation>Artikel ima nizko zalogo, ko količina doseže to vrednost ali pade pod njo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Low-stock level:</source>
        <translation>&amp;Minimalna zaloga:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No&amp;tes:</source>
        <translation>&amp;Opombe:</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../../reciprocity_desktop/store/errors.py" line="+48"/>
        <source>The file {path} is not a Reciprocity store or it is damaged, so it was not used; restore its newest sound backup with `reciprocity-desktop restore {backup}`.</source>
        <translation>Datoteka {path} ni zbirka podatkov Reciprocity ali pa je poškodovana, zato ni bila uporabljena; obnovite njeno najnovejšo nepoškodovano varnostno kopijo z `reciprocity-desktop restore {backup}`.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file {path} is not a Reciprocity store or it is damaged, so it was not used, and there is no sound backup of it in {folder}.</source>
        <translation>Datoteka {path} ni zbirka podatkov Reciprocity ali pa je poškodovana, zato ni bila uporabljena, v {folder} pa ni njene nepoškodovane varnostne kopije.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The store {path} is read-only (its file or folder may not be written), so nothing was changed.</source>
        <translation>Zbirka podatkov {path} je samo za branje (v njeno datoteko ali mapo ni mogoče pisati), zato ni bilo nič spremenjeno.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The store {path} is in use by another program. Close it and try again.</source>
        <extracomment>What SQLite says about a file it cannot read as a database (as against a locked, full or unopenable one). (A flipped byte inside a row&apos;s text passes quick_check, which does not decode text; reading it then fails.)</extracomment>
        <translation>Zbirko podatkov {path} uporablja drug program. Zaprite ga in poskusite znova.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The store {path} cannot be written (read-only file or folder).</source>
        <translation>V zbirko podatkov {path} ni mogoče pisati (datoteka ali mapa je samo za branje).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The disk holding {path} is full or failing; free some space and try again.</source>
        <translation>Disk z datoteko {path} je poln ali okvarjen; sprostite nekaj prostora in poskusite znova.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file {path} is not a Reciprocity store or it is damaged. Restore a backup from {folder}.</source>
        <translation>Datoteka {path} ni zbirka podatkov Reciprocity ali pa je poškodovana. Obnovite varnostno kopijo iz {folder}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The store {path} cannot be opened (does the folder exist and may it be written?).</source>
        <translation>Zbirke podatkov {path} ni mogoče odpreti (ali mapa obstaja in ali je vanjo dovoljeno pisati?).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The store {path} could not be used: {reason}</source>
        <translation>Zbirke podatkov {path} ni bilo mogoče uporabiti: {reason}</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/store/hub.py" line="+57"/>
        <source>The office hub {address} cannot be reached (is the server running, and are the host and port right?).</source>
        <extracomment>Seconds to wait for the server before calling it unreachable. The advisory lock two clients take to migrate one hub in turn (any fixed number; &quot;RCPR&quot;).</extracomment>
        <translation>Pisarniško vozlišče {address} ni dosegljivo (ali strežnik teče in sta gostitelj in vrata pravilna?).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The office hub {address} refused the login: the user name or the password is wrong.</source>
        <translation>Pisarniško vozlišče {address} je zavrnilo prijavo: uporabniško ime ali geslo je napačno.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The user of the office hub {address} lacks the rights it needs (to connect, or to create and change the tables); ask the hub&apos;s administrator.</source>
        <translation>Uporabnik pisarniškega vozlišča {address} nima potrebnih pravic (za povezavo ali za ustvarjanje in spreminjanje tabel); obrnite se na skrbnika vozlišča.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The office hub {address} has no such database; ask the hub&apos;s administrator to create it.</source>
        <translation>Pisarniško vozlišče {address} nima takšne zbirke podatkov; prosite skrbnika vozlišča, naj jo ustvari.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The office hub {address} could not be used: {reason}</source>
        <translation>Pisarniškega vozlišča {address} ni bilo mogoče uporabiti: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{address} is not an office hub&apos;s address: write it postgresql://USER@HOST[:PORT]/DATABASE (a password&apos;s special characters percent-encoded).</source>
        <translation>{address} ni naslov pisarniškega vozlišča: zapišite postgresql://UPORABNIK@GOSTITELJ[:VRATA]/ZBIRKA (posebni znaki gesla v odstotnem kodiranju).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The office hub {address} was written by a newer version of Reciprocity Desktop (schema {reason}); install the newer version to use it. Nothing was changed.</source>
        <translation>Pisarniško vozlišče {address} je zapisala novejša različica programa Reciprocity Desktop (shema {reason}); za uporabo namestite novejšo različico. Nič ni bilo spremenjeno.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The office hub {address} is backed up on its server (pg_dump), not by the app.</source>
        <translation>Pisarniško vozlišče {address} se varnostno kopira na svojem strežniku (pg_dump), ne v aplikaciji.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The office hub {address} needs the PostgreSQL driver, which is not installed (pip install &quot;reciprocity-desktop[hub]&quot;).</source>
        <translation>Pisarniško vozlišče {address} potrebuje gonilnik PostgreSQL, ki ni nameščen (pip install &quot;reciprocity-desktop[hub]&quot;).</translation>
    </message>
</context>
<context>
    <name>StoreCheck</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/store_check.py" line="+25"/>
        <source>The store is damaged</source>
        <translation>Zbirka podatkov je poškodovana</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The store %1 is damaged and was not used, and there is no sound backup of it.</source>
        <translation>Zbirka podatkov %1 je poškodovana in ni bila uporabljena, nepoškodovane varnostne kopije pa ni.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The store %1 is damaged and was not used; its newest sound backup is %2.</source>
        <translation>Zbirka podatkov %1 je poškodovana in ni bila uporabljena; njena najnovejša nepoškodovana varnostna kopija je %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restore the last good backup</source>
        <translation>Obnovite zadnjo nepoškodovano varnostno kopijo</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Already open</source>
        <translation>Že odprto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The store %1 is already open in another Reciprocity Desktop window; switch to that window.</source>
        <translation>Zbirka podatkov %1 je že odprta v drugem oknu programa Reciprocity Desktop; preklopite v to okno.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message numerus="yes">
        <location filename="../../reciprocity_desktop/ui/sync/export.py" line="+26"/>
        <source>%Ln record(s) written to %1.</source>
        <translation>
            <numerusform>V %1 je zapisan %Ln zapis.</numerusform>
            <numerusform>V %1 sta zapisana %Ln zapisa.</numerusform>
            <numerusform>V %1 so zapisani %Ln zapisi.</numerusform>
            <numerusform>V %1 je zapisanih %Ln zapisov.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>This includes %Ln deletion(s).</source>
        <translation>
            <numerusform>Med njimi je %Ln izbris.</numerusform>
            <numerusform>Med njimi sta %Ln izbrisa.</numerusform>
            <numerusform>Med njimi so %Ln izbrisi.</numerusform>
            <numerusform>Med njimi je %Ln izbrisov.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported</source>
        <translation>Izvoženo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exporting</source>
        <translation>Izvažanje</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Writing the sync file…</source>
        <translation>Zapisujem datoteko za sinhronizacijo …</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/ui/sync/importer.py" line="+28"/>
        <source>Import sync file</source>
        <translation>Uvozi datoteko za sinhronizacijo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync files (*%1);;All files (*)</source>
        <translation>Datoteke za sinhronizacijo (*%1);;Vse datoteke (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Checking</source>
        <translation>Preverjanje</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Checking %1…</source>
        <translation>Preverjam %1 …</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot import</source>
        <translation>Uvoz ni mogoč</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passphrase</source>
        <translation>Geslo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is encrypted. Passphrase:</source>
        <translation>%1 je šifrirana. Geslo:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot import %1</source>
        <translation>Datoteke %1 ni mogoče uvoziti</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Importing</source>
        <translation>Uvažanje</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Importing %1…</source>
        <translation>Uvažam %1 …</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New: %1 · updated: %2 · deleted: %3 · unchanged: %4 · conflicts: %5</source>
        <translation>Novi: %1 · posodobljeni: %2 · izbrisani: %3 · nespremenjeni: %4 · konflikti: %5</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>visit on %1</source>
        <translation>obisk dne %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A colleague already gave a gift to prospects you plan to visit:</source>
        <translation>Sodelavec ali sodelavka je že obdaril potencialne stranke, ki jih nameravate obiskati:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Consider asking how it was received instead of bringing another gift.</source>
        <translation>Namesto novega darila raje povprašajte, kako je bilo darilo sprejeto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gifts from colleagues</source>
        <translation>Darila sodelavcev</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/ui/sync/shared.py" line="+22"/>
        <source>Prospects</source>
        <translation>Potencialne stranke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>Kontaktne osebe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gift stock</source>
        <translation>Zaloga daril</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visits</source>
        <translation>Obiski</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gifts</source>
        <translation>Darila</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-ups</source>
        <translation>Opravila</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcomes</source>
        <translation>Izidi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock movements</source>
        <translation>Premiki zaloge</translation>
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
        <translation>Obisk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gift</source>
        <translation>Darilo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>Opravilo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Izid</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/today/view.py" line="+86"/>
        <location line="+140"/>
        <source>Today&apos;s visits</source>
        <extracomment>The rows each row of lists shows at least (the route, the follow-ups, the waiting and the stock). The most rows a list shows at once (more scroll inside it).</extracomment>
        <translation>Današnji obiski</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>Time</source>
        <translation>Ura</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <location line="+32"/>
        <source>Prospect</source>
        <translation>Potencialna stranka</translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+50"/>
        <source>City</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Status</source>
        <translation>Stanje</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gift to bring</source>
        <translation>Darilo za obisk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No visits planned for today or later. Plan a day under Visits.</source>
        <translation>Za danes ali pozneje ni načrtovanih obiskov. Dan načrtujte v zavihku »Obiski«.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Due</source>
        <translation>Rok</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kind</source>
        <translation>Vrsta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Opomba</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow-ups overdue</source>
        <translation>Opravila s poteklim rokom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing overdue.</source>
        <translation>Nič ni po roku.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Follow-ups due today</source>
        <translation>Opravila z rokom danes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No follow-ups due today.</source>
        <translation>Danes ni opravil z rokom.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Low gift stock</source>
        <translation>Nizka zaloga daril</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In stock</source>
        <translation>Na zalogi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reorder at</source>
        <translation>Minimalna zaloga</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The gift stock is fine.</source>
        <translation>Zaloga daril je zadostna.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gifted, no follow-up yet</source>
        <translation>Obdarjene, še brez opravila</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Latest gift</source>
        <translation>Zadnje darilo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given</source>
        <translation>Podarjeno</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every gifted prospect has been followed up.</source>
        <translation>Pri vseh obdarjenih potencialnih strankah je bilo že opravljeno opravilo.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Gift: %1</source>
        <translation>Darilo: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Today, %1</source>
        <translation>Danes, %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next route: %1</source>
        <translation>Naslednja pot: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>No visits today; next route on %1 with %n stop(s)</source>
        <translation>
            <numerusform>Danes ni obiskov; naslednja pot %1: %n obisk</numerusform>
            <numerusform>Danes ni obiskov; naslednja pot %1: %n obiska</numerusform>
            <numerusform>Danes ni obiskov; naslednja pot %1: %n obiski</numerusform>
            <numerusform>Danes ni obiskov; naslednja pot %1: %n obiskov</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n visit(s) today</source>
        <translation>
            <numerusform>Danes %n obisk</numerusform>
            <numerusform>Danes %n obiska</numerusform>
            <numerusform>Danes %n obiski</numerusform>
            <numerusform>Danes %n obiskov</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%Ln follow-up(s) overdue</source>
        <translation>
            <numerusform>%Ln opravilo po roku</numerusform>
            <numerusform>%Ln opravili po roku</numerusform>
            <numerusform>%Ln opravila po roku</numerusform>
            <numerusform>%Ln opravil po roku</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln follow-up(s) due today</source>
        <translation>
            <numerusform>%Ln opravilo z rokom danes</numerusform>
            <numerusform>%Ln opravili z rokom danes</numerusform>
            <numerusform>%Ln opravila z rokom danes</numerusform>
            <numerusform>%Ln opravil z rokom danes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n item(s) low in stock</source>
        <translation>
            <numerusform>%n artikel z nizko zalogo</numerusform>
            <numerusform>%n artikla z nizko zalogo</numerusform>
            <numerusform>%n artikli z nizko zalogo</numerusform>
            <numerusform>%n artiklov z nizko zalogo</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/welcome.py" line="+17"/>
        <source>Welcome to Reciprocity Desktop</source>
        <extracomment>The subtitle&apos;s width (px): lines easy to read; the window (at least 1024 px wide) centres it.</extracomment>
        <translation>Dobrodošli v programu Reciprocity Desktop</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give first, record it, follow up. Your store is empty: load the demo tour of German businesses to look around, import your prospects from a spreadsheet (CSV), or add the first one by hand.</source>
        <translation>Najprej dajte, zabeležite, nadaljujte z opravili. Vaša zbirka podatkov je prazna: naložite predstavitveno pot po nemških podjetjih, da si program ogledate, uvozite svoje potencialne stranke iz preglednice (CSV) ali prvo dodajte ročno.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Load &amp;demo data</source>
        <translation>Naloži &amp;predstavitvene podatke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Uvozi CSV …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New prospect…</source>
        <translation>&amp;Nova potencialna stranka …</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <location filename="../../reciprocity_desktop/cli/argparse_words.py" line="+29"/>
        <source>usage: </source>
        <translation>uporaba: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>positional arguments</source>
        <translation>položajni argumenti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>options</source>
        <translation>možnosti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show this help message and exit</source>
        <translation>prikaži to pomoč in končaj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the following arguments are required: %s</source>
        <translation>naslednji argumenti so obvezni: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one of the arguments %s is required</source>
        <translation>eden od argumentov %s je obvezen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unrecognized arguments: %s</source>
        <translation>neprepoznani argumenti: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not allowed with argument %s</source>
        <translation>ni dovoljeno skupaj z argumentom %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ignored explicit argument %r</source>
        <translation>izrecni argument %r je prezrt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected one argument</source>
        <translation>pričakovan je en argument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected at most one argument</source>
        <translation>pričakovan je največ en argument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected at least one argument</source>
        <translation>pričakovan je vsaj en argument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>dvoumna možnost: %(option)s se lahko ujema z %(matches)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unexpected option string: %s</source>
        <translation>nepričakovana možnost: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>neveljavna vrednost za %(type)s: %(value)r</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>neveljavna izbira: %(value)r (izberite med %(choices)s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>neznan ukaz %(parser_name)r (izbire: %(choices)s)</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../reciprocity_desktop/ui/planner/print_dialog.py" line="+18"/>
        <location line="+27"/>
        <source>Cannot print</source>
        <translation>Tiskanje ni mogoče</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Printed %1 to %2.</source>
        <translation>Dan %1 natisnjen v %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PDF not opened</source>
        <translation>PDF ni odprt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The day is printed: the PDF is written at
%1

It could not be opened because no program to show PDF files answered. Open the file from its folder, or set up a PDF viewer as the default for PDF files.</source>
        <translation>Dan je natisnjen: PDF je zapisan v
%1

Ni ga bilo mogoče odpreti, ker se ni odzval noben program za prikaz datotek PDF. Odprite datoteko iz njene mape ali nastavite pregledovalnik PDF kot privzeti program za datoteke PDF.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Printing</source>
        <translation>Tiskanje</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Writing the visit sheets…</source>
        <translation>Zapisujem liste obiskov …</translation>
    </message>
</context>
<context>
    <name>services</name>
    <message>
        <location filename="../../reciprocity_desktop/cli/gift_register.py" line="+0"/>
        <source>--year &apos;{value}&apos; is not a year like 2025.</source>
        <translation>--year »{value}« ni letnica, kot je 2025.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/cli/report.py" line="-12"/>
        <source>--window-days &apos;{value}&apos; is not a whole number.</source>
        <translation>--window-days »{value}« ni celo število.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--window-days must be 0 or more (got {value}).</source>
        <translation>--window-days mora biti 0 ali več (podano: {value}).</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/cli/sync.py" line="-146"/>
        <source>The passphrase file {file} is empty (its first line is the passphrase).</source>
        <translation>Datoteka z geslom {file} je prazna (njena prva vrstica je geslo).</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="-25"/>
        <location filename="../../reciprocity_desktop/services/validate.py" line="-86"/>
        <source>{field} &apos;{value}&apos; is not one of: {allowed}.</source>
        <translation>{field} »{value}« ni dovoljena vrednost; možne so: {allowed}.</translation>
    </message>
    <message>
        <location line="+48"/>
        <location filename="../../reciprocity_desktop/sync/exporter.py" line="+52"/>
        <source>The folder {folder} does not exist.</source>
        <translation>Mapa {folder} ne obstaja.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../reciprocity_desktop/services/errors.py" line="-1"/>
        <source>The file {path} cannot be written: {reason}.</source>
        <translation>Datoteke {path} ni mogoče zapisati: {reason}.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/fonts.py" line="+41"/>
        <source>The font {file} is missing from the installation; reinstall Reciprocity Desktop.</source>
        <translation>Pisave {file} v namestitvi ni; znova namestite Reciprocity Desktop.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/csv_io/decoding.py" line="-135"/>
        <source>The file {path} does not exist.</source>
        <extracomment>Bytes read at a time. The five bytes Windows-1252 leaves undefined.</extracomment>
        <translation>Datoteka {path} ne obstaja.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is a folder, not a CSV file.</source>
        <translation>{path} je mapa, ne datoteka CSV.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file {path} cannot be read (no permission).</source>
        <translation>Datoteke {path} ni mogoče prebrati (ni dovoljenja).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file {path} cannot be read: {reason}.</source>
        <translation>Datoteke {path} ni mogoče prebrati: {reason}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} is not a text (CSV) file. Save the list from your spreadsheet as CSV and import that.</source>
        <translation>{path} ni besedilna datoteka (CSV). Seznam v preglednici shranite kot CSV in uvozite to datoteko.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>{path} says it is UTF-8 but line {line} is not (bad byte at position {position}). Save the whole file as &apos;CSV UTF-8&apos; and import it again; nothing was imported.</source>
        <translation>{path} navaja, da je UTF-8, vendar vrstica {line} ni (neveljaven bajt na mestu {position}). Shranite celotno datoteko kot »CSV UTF-8« in jo znova uvozite; nič ni bilo uvoženo.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{path} mixes two encodings: line {utf8_line} is UTF-8, line {other_line} is not (Windows-1252?). Save the whole file as &apos;CSV UTF-8&apos; and import it again; nothing was imported.</source>
        <translation>{path} meša dve kodiranji: vrstica {utf8_line} je UTF-8, vrstica {other_line} ni (Windows-1252?). Shranite celotno datoteko kot »CSV UTF-8« in jo znova uvozite; nič ni bilo uvoženo.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>{path} is neither UTF-8 nor Windows-1252 text (byte 0x{byte:02X} at position {position}). Save it as &apos;CSV UTF-8&apos; and try again.</source>
        <translation>{path} ni besedilo v UTF-8 ne v Windows-1252 (bajt 0x{byte:02X} na položaju {position}). Shranite jo kot »CSV UTF-8« in poskusite znova.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/csv_io/exporting.py" line="+0"/>
        <source>{path} is a folder; choose a file name to export to.</source>
        <translation>{path} je mapa; izberite ime datoteke za izvoz.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/csv_io/reading.py" line="-92"/>
        <source>{path} is empty; there is nothing to import.</source>
        <extracomment>The head the delimiter and header are sniffed from: at least this many characters and lines. our field -&gt; index of its column</extracomment>
        <translation>{path} je prazna; ničesar ni za uvoz.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>{path} has no column for the company name (looked for headers like Name, Company, Firma, Bedrijfsnaam, Naziv podjetja). Its first row is: {headers}.</source>
        <translation>{path} nima stolpca za ime podjetja (iskani so bili naslovi, kot so Name, Company, Firma, Bedrijfsnaam, Naziv podjetja). Njena prva vrstica je: {headers}.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{path} cannot be read: the quote (&quot;) opened in line {line} is never closed. Close it (or remove it) and import the file again; nothing was imported.</source>
        <translation>{path} ni mogoče prebrati: narekovaj (&quot;), odprt v vrstici {line}, ni nikoli zaprt. Zaprite ga (ali ga odstranite) in znova uvozite datoteko; nič ni bilo uvoženo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{path} cannot be read: in line {line} a cell goes on after its closing quote (&quot;). Write a quote inside a quoted cell as two (&quot;&quot;) and import the file again; nothing was imported.</source>
        <translation>{path} ni mogoče prebrati: v vrstici {line} se celica nadaljuje za zaključnim narekovajem (&quot;). Narekovaj v celici med narekovaji zapišite dvakrat (&quot;&quot;) in znova uvozite datoteko; nič ni bilo uvoženo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{path} cannot be read after line {line}: {reason}.</source>
        <translation>{path} ni mogoče prebrati po vrstici {line}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/csv_io/report.py" line="-86"/>
        <source>line {line}: {problem}</source>
        <extracomment>How many failing rows the error message lists.</extracomment>
        <translation>vrstica {line}: {problem}</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Rows read: {rows}; prospects created: {created}; already present: {present}; repeated rows: {duplicates}; rows with errors: {failed}.</source>
        <extracomment>What a row of the file does (:attr:`PreviewRow.status`). a new prospect a prospect the store has already (never changed by an import) a prospect of an earlier row of the file (its contact person joins it) CREATED, PRESENT or REPEATED the prospect&apos;s clean fields the contact person&apos;s name, if the row names one data rows in the file (blank rows not counted) rows repeating a prospect of an earlier row of the same file the first good rows (as many as the import was asked to keep: none unless it was)</extracomment>
        <translation>Prebrane vrstice: {rows}; ustvarjene potencialne stranke: {created}; že obstoječe: {present}; ponovljene vrstice: {duplicates}; vrstice z napakami: {failed}.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rows read: {rows}; prospects that would be created: {created}; already present: {present}; repeated rows: {duplicates}; rows with errors: {failed}.</source>
        <translation>Prebrane vrstice: {rows}; potencialne stranke, ki bi bile ustvarjene: {created}; že obstoječe: {present}; ponovljene vrstice: {duplicates}; vrstice z napakami: {failed}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Uvoz je bil preklican; nič ni bilo uvoženo.</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n row(s) cannot be imported, so nothing was imported: {errors} Correct the file, or skip the bad rows.</source>
        <translation>
            <numerusform>%n vrstice ni mogoče uvoziti, zato ni bilo uvoženo nič: {errors} Popravite datoteko ali preskočite napačne vrstice.</numerusform>
            <numerusform>%n vrstic ni mogoče uvoziti, zato ni bilo uvoženo nič: {errors} Popravite datoteko ali preskočite napačne vrstice.</numerusform>
            <numerusform>%n vrstic ni mogoče uvoziti, zato ni bilo uvoženo nič: {errors} Popravite datoteko ali preskočite napačne vrstice.</numerusform>
            <numerusform>%n vrstic ni mogoče uvoziti, zato ni bilo uvoženo nič: {errors} Popravite datoteko ali preskočite napačne vrstice.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n row(s) cannot be imported, so nothing was imported: {errors} {more} Correct the file, or skip the bad rows.</source>
        <translation>
            <numerusform>%n vrstice ni mogoče uvoziti, zato ni bilo uvoženo nič: {errors} {more} Popravite datoteko ali preskočite napačne vrstice.</numerusform>
            <numerusform>%n vrstic ni mogoče uvoziti, zato ni bilo uvoženo nič: {errors} {more} Popravite datoteko ali preskočite napačne vrstice.</numerusform>
            <numerusform>%n vrstic ni mogoče uvoziti, zato ni bilo uvoženo nič: {errors} {more} Popravite datoteko ali preskočite napačne vrstice.</numerusform>
            <numerusform>%n vrstic ni mogoče uvoziti, zato ni bilo uvoženo nič: {errors} {more} Popravite datoteko ali preskočite napačne vrstice.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n more row(s) have errors too.</source>
        <translation>
            <numerusform>Napake ima še %n vrstica.</numerusform>
            <numerusform>Napake imata še %n vrstici.</numerusform>
            <numerusform>Napake imajo še %n vrstice.</numerusform>
            <numerusform>Napake ima še %n vrstic.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/csv_io/rows.py" line="+59"/>
        <source>{field} &apos;{value}&apos; is not a country name or ISO code (e.g. Deutschland, Nederland, Slovenija, DE).</source>
        <translation>{field} »{value}« ni ime države ali koda ISO (npr. Deutschland, Nederland, Slovenija, DE).</translation>
    </message>
    <message>
        <location line="+253"/>
        <source>the row has {cells} cells but the header has {width} (a delimiter inside a field without quotes?).</source>
        <extracomment>A good row: its line, its key (:func:`prospect_key`), the prospect&apos;s clean fields (in the order of PROSPECT_COLUMNS) and its contact person&apos;s (in the order of CONTACT_FIELDS), or None when it names none. A contact person&apos;s fields in a row (the contacts table&apos;s column names). Fields whose few distinct values repeat from row to row: checked once per value and import. The form&apos;s checks of the plain text fields (the e-mail&apos;s is validate.email itself), as the fast path of :meth:`RowChecker.check` applies them inline: field -&gt; (at most that many characters, one line (white space runs -&gt; one space) or only trimmed, required). Each is verified against ``clean_prospect_fields`` when a checker is made (:func:`_fast_agrees`): a field whose check has changed is simply checked the slow way. One search for the control characters of a row&apos;s checked texts, joined by a space. A text checked as one line has none of the characters only the one-line check refuses: they are white space, which its cleaning has made single spaces; so the free-text set finds what each field&apos;s own check would. the fields whose cells a row needs, in this order: direct, repeating, contact, street and number the fields the file has no column for, with their clean (empty or default) values the same for a contact person&apos;s fields (by contact column)</extracomment>
        <translation>vrstica ima {cells} celic, glava pa {width} (ločilo v polju brez narekovajev?).</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/day_route.py" line="+36"/>
        <source>in {country}, while most stops are in {main}: far from the others.</source>
        <translation>v državi {country}, večina postankov pa je v {main}: daleč od ostalih.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{km} km from the day&apos;s centre: far from the others.</source>
        <translation>{km} km od središča dnevne poti: daleč od ostalih.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no coordinates: placed by postal code near {neighbour}.</source>
        <translation>ni koordinat: po poštni številki umeščeno blizu {neighbour}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no coordinates and no stop with a postal code nearby: the travel to it is not counted.</source>
        <translation>ni koordinat in v bližini ni postanka s poštno številko: vožnja do tega postanka ni upoštevana.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the route reaches this appointment at {arrival}, {minutes} min late.</source>
        <translation>pot doseže ta termin ob {arrival}, {minutes} min prepozno.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the route does not reach this stop before midnight.</source>
        <translation>pot tega postanka ne doseže pred polnočjo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no home base in the settings: the route starts at the first stop.</source>
        <translation>v nastavitvah ni domače lokacije: pot se začne pri prvem postanku.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the home base&apos;s postal code is not known ({home}): the route starts at the first stop.</source>
        <translation>poštna številka domače lokacije ni znana ({home}): pot se začne pri prvem postanku.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reciprocity_desktop/services/day_sheet.py" line="-191"/>
        <source>There are no visits to print for {date}: the %n visit(s) of the day are cancelled.</source>
        <translation>
            <numerusform>Za {date} ni obiskov za tiskanje: %n obisk tega dne je odpovedan.</numerusform>
            <numerusform>Za {date} ni obiskov za tiskanje: oba %n obiska tega dne sta odpovedana.</numerusform>
            <numerusform>Za {date} ni obiskov za tiskanje: vsi %n obiski tega dne so odpovedani.</numerusform>
            <numerusform>Za {date} ni obiskov za tiskanje: vseh %n obiskov tega dne je odpovedanih.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There are no visits planned for {date}; nothing to print.</source>
        <translation>Za {date} ni načrtovanih obiskov; ničesar ni za tiskanje.</translation>
    </message>
    <message>
        <location line="+174"/>
        <source>{total} given in {year} (with the gift to bring), limit {limit} in {country}.</source>
        <translation>{total} v letu {year} (skupaj z darilom za ta obisk), omejitev {limit} v državi {country}.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/debrief.py" line="-130"/>
        <source>Give the order&apos;s value, or say that it is not known.</source>
        <translation>Vnesite vrednost naročila ali navedite, da ni znana.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the order&apos;s value or say that it is not known, not both.</source>
        <translation>Vnesite vrednost naročila ali navedite, da ni znana, ne oboje.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{field} must be more than 0; when it is not known, say so instead.</source>
        <translation>Vrednost v polju »{field}« mora biti večja od 0; če ni znana, to navedite.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The visit to {name} is on {date}, still to come: it can be debriefed from that day on.</source>
        <translation>Obisk pri {name} je {date} in še prihaja: izide lahko vnesete od tega dne naprej.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The gift for this visit was already recorded; edit it under Gifts instead.</source>
        <translation>Darilo za ta obisk je že zabeleženo; namesto tega ga uredite v zavihku »Darila«.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>A gift can only be handed over at a visit that took place.</source>
        <translation>Darilo je mogoče izročiti le pri obisku, ki je bil opravljen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say which gift was handed over: from stock or described, not both.</source>
        <translation>Navedite, katero darilo je bilo izročeno: z zaloge ali opisano, ne oboje.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../../reciprocity_desktop/services/debrief_check.py" line="+4"/>
        <source>Say which gift was handed over.</source>
        <translation>Navedite, katero darilo je bilo izročeno.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Say how the gift was received, or leave the reaction&apos;s note empty.</source>
        <translation>Navedite, kako je bilo darilo sprejeto, ali pustite opombo k odzivu prazno.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A reaction can only be heard at a visit that took place.</source>
        <translation>Odziv je mogoče izvedeti le pri obisku, ki je bil opravljen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} received no gift before this visit, so there is no reaction to record.</source>
        <translation>{name}: pred tem obiskom ni bilo izročeno nobeno darilo, zato ni odziva za vnos.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/debrief_check.py" line="-72"/>
        <source>{field} &apos;{value}&apos; is not an amount (e.g. {example}).</source>
        <translation>{field} »{value}« ni znesek (npr. {example}).</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/demo.py" line="+72"/>
        <source>The number of prospects must be at least 1.</source>
        <extracomment>Letters spelled out rather than stripped of their accents (after casefold(): ß is already ss).</extracomment>
        <translation>Število potencialnih strank mora biti vsaj 1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The store already holds data; demo data is only loaded into an empty store (use --force to add it anyway).</source>
        <translation>Zbirka podatkov že vsebuje podatke; predstavitveni podatki se naložijo le v prazno zbirko (z --force jih vseeno dodate).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reciprocity_desktop/services/followups.py" line="-228"/>
        <source>{name} received a gift on {gift_date}. Asking for an order only %n day(s) after it can spoil it: reciprocity works when nothing is asked in return. Consider asking how the gift was received first.</source>
        <translation>
            <numerusform>Darilo za {name} je bilo izročeno {gift_date}. Če za naročilo vprašate že %n dan pozneje, lahko vse pokvarite: vzajemnost deluje, ko v zameno ne prosimo ničesar. Raje najprej vprašajte, kako je bilo darilo sprejeto.</numerusform>
            <numerusform>Darilo za {name} je bilo izročeno {gift_date}. Če za naročilo vprašate že %n dni pozneje, lahko vse pokvarite: vzajemnost deluje, ko v zameno ne prosimo ničesar. Raje najprej vprašajte, kako je bilo darilo sprejeto.</numerusform>
            <numerusform>Darilo za {name} je bilo izročeno {gift_date}. Če za naročilo vprašate že %n dni pozneje, lahko vse pokvarite: vzajemnost deluje, ko v zameno ne prosimo ničesar. Raje najprej vprašajte, kako je bilo darilo sprejeto.</numerusform>
            <numerusform>Darilo za {name} je bilo izročeno {gift_date}. Če za naročilo vprašate že %n dni pozneje, lahko vse pokvarite: vzajemnost deluje, ko v zameno ne prosimo ničesar. Raje najprej vprašajte, kako je bilo darilo sprejeto.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>That gift was not given to {name}.</source>
        <translation>To darilo ni bilo izročeno potencialni stranki {name}.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>That follow-up is already done; schedule a new one instead.</source>
        <translation>To opravilo je že opravljeno; namesto tega načrtujte novo.</translation>
    </message>
    <message>
        <location line="+43"/>
        <location filename="../../reciprocity_desktop/services/records.py" line="+0"/>
        <source>No follow-up with id {id}.</source>
        <translation>Ni opravila z ID {id}.</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>That follow-up is not about a gift.</source>
        <translation>To opravilo ne zadeva darila.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/geo.py" line="-18"/>
        <source>postal code {postal_code} is not known in {country}: it gives the prospect no coordinates.</source>
        <extracomment>The bulk name of :func:`lookup` (one call per CSV row: a few microseconds, nothing loaded whole). :func:`lookup` of a chunk of (country, postal code) pairs at once: pair -&gt; (latitude, longitude), unknown pairs left out (a few queries per chunk instead of one per row).</extracomment>
        <translation>poštna številka {postal_code} v državi {country} ni znana: potencialna stranka zato ne dobi koordinat.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{field} is needed too: enter both coordinates, or neither.</source>
        <translation>Potrebno je tudi polje »{field}«: vnesite obe koordinati ali nobene.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/gift_reactions.py" line="-29"/>
        <location filename="../../reciprocity_desktop/services/validate.py" line="-5"/>
        <source>{field} is missing.</source>
        <translation>{field} manjka.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/gift_register.py" line="+95"/>
        <source>With this gift, {name} has received {total} in {year}: over the deductible limit of {limit} per recipient and year in {country}.</source>
        <translation>S tem darilom je skupna vrednost daril za {name} v letu {year} {total}: nad davčno priznano omejitvijo {limit} na prejemnika in leto v državi {country}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>With this gift, {name} has received {total} in {year}: close to the deductible limit of {limit} per recipient and year in {country}.</source>
        <translation>S tem darilom je skupna vrednost daril za {name} v letu {year} {total}: blizu davčno priznane omejitve {limit} na prejemnika in leto v državi {country}.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/stock_movements.py" line="-1"/>
        <source>Only {available} of &apos;{item}&apos; left in stock; cannot give {wanted}.</source>
        <translation>Artikla »{item}« je na zalogi le še {available}; {wanted} ni mogoče dati.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/gifts.py" line="-269"/>
        <source>That contact does not belong to {name}.</source>
        <translation>Ta kontaktna oseba ne pripada potencialni stranki {name}.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Only {left} of &apos;{item}&apos; left in stock.</source>
        <translation>Artikla »{item}« je na zalogi le še {left}.</translation>
    </message>
    <message>
        <location line="+220"/>
        <location filename="../../reciprocity_desktop/services/records.py" line="+0"/>
        <source>No stock item with id {id}.</source>
        <translation>Ni artikla na zalogi z ID {id}.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/insights/figures.py" line="-14"/>
        <source>window days must be a whole number of at least 0 (got {value}).</source>
        <extracomment>All considered gifts together (order value counted once overall). Not in the JSON.</extracomment>
        <translation>Časovno okno mora biti celo število dni, vsaj 0 (podano: {value}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>window days must be at most {limit} (got {value}).</source>
        <translation>Časovno okno je lahko največ {limit} dni (podano: {value}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The start date {start} is after the end date {end}.</source>
        <translation>Začetni datum {start} je za končnim datumom {end}.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/settings_keys.py" line="-221"/>
        <source>The setting {key} is too long ({length} characters, at most {limit}).</source>
        <extracomment>The row holding every country&apos;s gift limit, in cents: ``{&quot;DE&quot;: 5000}``. &quot;Near the limit&quot; from this share of it on (not a user setting). Earlier names of settings, as stored by older releases or used by older code.</extracomment>
        <translation>Nastavitev {key} je predolga ({length} znakov, največ {limit}).</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../reciprocity_desktop/services/validate.py" line="-125"/>
        <location line="+215"/>
        <source>{field} holds a control character ({character}); type it again without it.</source>
        <translation>{field} vsebuje krmilni znak ({character}); vnesite ga znova brez tega znaka.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The setting {key} must be a two-letter country code (e.g. DE, AT, SI), not &apos;{value}&apos;.</source>
        <translation>Nastavitev {key} mora biti dvočrkovna koda države (npr. DE, AT, SI), ne »{value}«.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The setting {key} must be a three-letter currency code (e.g. EUR, CHF), not &apos;{value}&apos;.</source>
        <translation>Nastavitev {key} mora biti tričrkovna koda valute (npr. EUR, CHF), ne »{value}«.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The setting {key} must be a time of day as HH:MM (e.g. 08:30), not &apos;{value}&apos;.</source>
        <translation>Nastavitev {key} mora biti ura v obliki HH:MM (npr. 08:30), ne »{value}«.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The setting {key} must be one of {choices}, not &apos;{value}&apos;.</source>
        <extracomment>The values of the ``language`` setting: a language, or the system&apos;s.</extracomment>
        <translation>Nastavitev {key} mora biti ena od vrednosti {choices}, ne »{value}«.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The setting {key} must be a whole number from {low} to {high}, not &apos;{value}&apos;.</source>
        <translation>Nastavitev {key} mora biti celo število od {low} do {high}, ne »{value}«.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The setting {key} must be an amount of 0 or more (e.g. 50 or 35.50), or empty for no limit, not &apos;{value}&apos;.</source>
        <translation>Nastavitev {key} mora biti znesek 0 ali več (npr. 50 ali 35,50) ali prazna za brez omejitve, ne »{value}«.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>&apos;{key}&apos; is not a setting: gift limits are gift_limit.XX with a two-letter country code (e.g. gift_limit.DE).</source>
        <extracomment>The settings in the order ``settings list`` shows them (the gift limits follow, by country). Every setting&apos;s default (and, for code that reads them, the gift limits and the warning ratio).</extracomment>
        <translation>»{key}« ni nastavitev: omejitve daril so gift_limit.XX z dvočrkovno kodo države (npr. gift_limit.DE).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;{key}&apos; is not a setting (settings list shows them all).</source>
        <translation>»{key}« ni nastavitev (settings list jih prikaže vse).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Gift limit row {row} has no country.</source>
        <translation>Vrstica {row} omejitev daril nima države.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gift limit row {row}: {country} already has a limit above.</source>
        <translation>Vrstica {row} omejitev daril: {country} ima omejitev že višje zgoraj.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/validate.py" line="-219"/>
        <location filename="../../reciprocity_desktop/ui/gifts/log_gift_dialog.py" line="-120"/>
        <source>{field} must not be empty.</source>
        <extracomment>Fields longer than this are free text (notes, descriptions) whose line breaks are kept.</extracomment>
        <translation>Polje »{field}« ne sme biti prazno.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+204"/>
        <source>{field} is too long ({length} characters, at most {limit}).</source>
        <translation>Polje »{field}« je predolgo ({length} znakov, največ {limit}).</translation>
    </message>
    <message>
        <location line="-189"/>
        <source>{field} is missing (use YYYY-MM-DD).</source>
        <translation>{field} manjka (uporabite LLLL-MM-DD).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{field} &apos;{value}&apos; is not a date in the form YYYY-MM-DD.</source>
        <translation>{field} »{value}« ni datum v obliki LLLL-MM-DD.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{field} {value} is outside the dates this app keeps ({first} to {last}).</source>
        <translation>{field} {value} je zunaj obdobja, ki ga vodi ta aplikacija ({first} do {last}).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{field} would fall outside the dates this app keeps ({first} to {last}).</source>
        <translation>{field} bi bil zunaj obdobja, ki ga vodi ta aplikacija ({first} do {last}).</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+9"/>
        <source>{field} &apos;{value}&apos; is not an amount (e.g. 12.50).</source>
        <translation>{field} »{value}« ni znesek (npr. 12,50).</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>{field} &apos;{value}&apos; has more than two decimals.</source>
        <translation>{field} »{value}« ima več kot dve decimalki.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{field} must not be negative.</source>
        <translation>Vrednost v polju »{field}« ne sme biti negativna.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+18"/>
        <source>{field} &apos;{value}&apos; is too large.</source>
        <translation>Vrednost »{value}« v polju »{field}« je prevelika.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>{field} &apos;{value}&apos; is not a whole number.</source>
        <translation>{field} »{value}« ni celo število.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field} must be at least {minimum}.</source>
        <translation>{field} mora biti vsaj {minimum}.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>{field} &apos;{value}&apos; is not an ISO 3166 two-letter country code (e.g. DE, NL, SI).</source>
        <translation>{field} »{value}« ni dvočrkovna koda države po ISO 3166 (npr. DE, NL, SI).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{field} &apos;{value}&apos; is not an e-mail address.</source>
        <translation>{field} »{value}« ni e-poštni naslov.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{field} &apos;{value}&apos; is not a time like 09:30.</source>
        <translation>{field} »{value}« ni ura, kot je 09:30.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{field} &apos;{value}&apos; is not a number.</source>
        <translation>{field} »{value}« ni število.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field} must be between -{limit} and {limit}.</source>
        <translation>{field} mora biti med -{limit} in {limit}.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/visits.py" line="-230"/>
        <source>Pick at least one prospect to visit.</source>
        <translation>Izberite vsaj eno potencialno stranko za obisk.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The new order must list every visit of {day} once.</source>
        <translation>Novi vrstni red mora vsak obisk dne {day} navesti natanko enkrat.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>The visit&apos;s length must be a whole number of minutes from {low} to {high}, not &apos;{value}&apos;.</source>
        <translation>Trajanje obiska mora biti celo število minut od {low} do {high}, ne »{value}«.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/records.py" line="+0"/>
        <location filename="../../reciprocity_desktop/services/visits.py" line="+25"/>
        <source>No visit with id {id}.</source>
        <translation>Ni obiska z ID {id}.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No contact with id {id}.</source>
        <extracomment>field -&gt; validator of the raw value (it raises ValidationError or returns the clean value).</extracomment>
        <translation>Ni kontaktne osebe z ID {id}.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No gift with id {id}.</source>
        <translation>Ni darila z ID {id}.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No outcome with id {id}.</source>
        <translation>Ni izida z ID {id}.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No prospect with id {id}.</source>
        <translation>Ni potencialne stranke z ID {id}.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No record with id {id}.</source>
        <translation>Ni zapisa z ID {id}.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/visits.py" line="+87"/>
        <source>&apos;{value}&apos; is not a visit code (reciprocity:visit:… from a visit sheet).</source>
        <translation>»{value}« ni koda obiska (reciprocity:visit:… z lista obiska).</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/sync/batch.py" line="+32"/>
        <source>The import was cancelled; nothing was changed.</source>
        <extracomment>Records checked, looked up in the store, merged and written together (a pass&apos;s chunk).</extracomment>
        <translation>Uvoz je bil preklican; nič ni bilo spremenjeno.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/sync/chunks.py" line="+122"/>
        <source>The file {file} holds an invalid record ({member} line {line}: {problem}); nothing was imported.</source>
        <extracomment>(line number, checked record) of the lines of a chunk, in file order the lines passed the full check in an earlier pass: check their shape only the ids of the file read so far (None: the pass does not look for repeated ids)</extracomment>
        <translation>Datoteka {file} vsebuje neveljaven zapis ({member}, vrstica {line}: {problem}); nič ni bilo uvoženo.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/sync/conflicts.py" line="+231"/>
        <source>There is no conflict {id} in the conflict log.</source>
        <extracomment>Fields that differ between any two versions and say nothing about their content. A short name of the record (prospect or contact name, gift description, ...). &quot;local&quot;: this store&apos;s version lost to the file&apos;s; &quot;incoming&quot;: the file&apos;s version lost. The store (name, or replica id when unknown) that made the losing change. The store whose file was being imported when the conflict was found. The losing version, field by field, in the sync file&apos;s form (dates as ISO text). The record as it is now in this store (same form), or None if it is gone. The fields whose values differ between the losing and the current version. A field-level conflict: the one field whose value lost (a restore puts back only it); &quot;&quot; for a whole version. The log&apos;s columns that sort in SQL (the others keep the log&apos;s own order: newest first).</extracomment>
        <translation>V dnevniku konfliktov ni konflikta {id}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conflict {id} was already restored on {when}.</source>
        <translation>Konflikt {id} je bil obnovljen že {when}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The record of conflict {id} is no longer in this store.</source>
        <translation>Zapisa konflikta {id} ni več v tej zbirki podatkov.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The saved version of conflict {id} cannot be read ({problem}).</source>
        <translation>Shranjene različice konflikta {id} ni mogoče prebrati ({problem}).</translation>
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
        <translation>Datoteka {file} ne obstaja.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is a folder, not a sync file.</source>
        <translation>{file} je mapa, ne datoteka za sinhronizacijo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file {file} cannot be read: {reason}.</source>
        <translation>Datoteke {file} ni mogoče prebrati: {reason}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file {file} is empty; it is not a Reciprocity sync file.</source>
        <translation>Datoteka {file} je prazna; ni datoteka za sinhronizacijo programa Reciprocity.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>it is a PDF document</source>
        <translation>to je dokument PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is neither a ZIP archive nor an encrypted sync file</source>
        <translation>ni niti arhiv ZIP niti šifrirana datoteka za sinhronizacijo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a complete ZIP archive</source>
        <translation>ni celoten arhiv ZIP</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>it cannot be read</source>
        <translation>ni je mogoče prebrati</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>manifest.json is missing</source>
        <translation>manifest.json manjka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a ZIP archive without manifest.json</source>
        <translation>arhiv ZIP brez manifest.json</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a member appears twice</source>
        <translation>en del se pojavi dvakrat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>manifest.json is too large</source>
        <translation>manifest.json je prevelik</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>member {member} is missing</source>
        <translation>del {member} manjka</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it holds an unknown member {member}</source>
        <translation>vsebuje neznan del {member}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its members claim to be larger than any sync file can be</source>
        <translation>njeni deli naj bi bili večji, kot je lahko katera koli datoteka za sinhronizacijo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>member {member} uses ZIP encryption</source>
        <translation>del {member} uporablja šifriranje ZIP</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>member {member} uses an unknown compression</source>
        <translation>del {member} uporablja neznano stiskanje</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>member {member} has another size than the manifest says</source>
        <translation>del {member} je drugačne velikosti, kot navaja manifest</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{member} cannot be read</source>
        <translation>{member} ni mogoče prebrati</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+5"/>
        <source>{member} line {line} is too long</source>
        <translation>{member} vrstica {line} je predolga</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{member} line {line} is cut off</source>
        <translation>{member} vrstica {line} je odrezana</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the checksum of {member} does not match</source>
        <translation>kontrolna vsota {member} se ne ujema</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>{member} holds %n record(s), the manifest says {expected}</source>
        <translation>
            <numerusform>{member} vsebuje %n zapis, manifest navaja {expected}</numerusform>
            <numerusform>{member} vsebuje %n zapisa, manifest navaja {expected}</numerusform>
            <numerusform>{member} vsebuje %n zapise, manifest navaja {expected}</numerusform>
            <numerusform>{member} vsebuje %n zapisov, manifest navaja {expected}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{member} line {line} is not valid JSON</source>
        <translation>{member} vrstica {line} ni veljaven JSON</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/sync/crypto.py" line="-149"/>
        <source>The passphrase is empty.</source>
        <translation>Geslo je prazno.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>not an encrypted sync file</source>
        <translation>ni šifrirana datoteka za sinhronizacijo</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The file {file} was written by a newer version of Reciprocity Desktop (encryption version {found}; this version reads version {supported}). Update the app to import it.</source>
        <translation>Datoteko {file} je zapisala novejša različica programa Reciprocity Desktop (različica šifriranja {found}; ta različica bere različico {supported}). Za uvoz posodobite program.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>its encryption header is not readable</source>
        <translation>njene glave šifriranja ni mogoče prebrati</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The file {file} is encrypted: give its passphrase to open it.</source>
        <translation>Datoteka {file} je šifrirana: za odpiranje vnesite njeno geslo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wrong passphrase for {file}.</source>
        <translation>Napačno geslo za {file}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>it ends too early</source>
        <translation>konča se prezgodaj</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+2"/>
        <source>truncated or altered after it was written</source>
        <translation>po zapisu skrajšana ali spremenjena</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/sync/errors.py" line="+42"/>
        <source>The file {file} is damaged ({detail}); nothing was imported.</source>
        <translation>Datoteka {file} je poškodovana ({detail}); nič ni bilo uvoženo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file {file} is not a Reciprocity Desktop sync file ({detail}); nothing was imported.</source>
        <translation>Datoteka {file} ni datoteka za sinhronizacijo programa Reciprocity Desktop ({detail}); nič ni bilo uvoženo.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/sync/exporter.py" line="-2"/>
        <source>{file} is a folder; give a file name for the export.</source>
        <translation>{file} je mapa; vnesite ime datoteke za izvoz.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The file {file} could not be written: {reason}.</source>
        <translation>Datoteke {file} ni bilo mogoče zapisati: {reason}.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+13"/>
        <location line="+28"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>Izvoz je bil preklican; nobena datoteka ni bila zapisana.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/sync/importer.py" line="+144"/>
        <source>The store could not be backed up before the import ({reason}); nothing was imported.</source>
        <extracomment>Above this many rows to write, the import checks foreign keys once at the end (PRAGMA foreign_key_check) instead of on every row, and gives SQLite a larger page cache. (SQLite&apos;s sorter, which builds set-aside indexes again, may use as much again: 64 MB were no faster.) A table that gets at least this many rows, and at least as many as it held, has its indexes built again after the writes instead of growing them row by row (see sync/indexes.py).</extracomment>
        <translation>Zbirke podatkov pred uvozom ni bilo mogoče varnostno kopirati ({reason}); nič ni bilo uvoženo.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>The import would leave {table} record {rowid} pointing at a missing {parent} record; nothing was imported.</source>
        <extracomment>tables most of which are written (their indexes are rebuilt afterwards)</extracomment>
        <translation>Uvoz bi pustil zapis {rowid} tabele {table}, ki kaže na manjkajoč zapis tabele {parent}; nič ni bilo uvoženo.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/sync/manifest.py" line="+95"/>
        <source>its manifest.json is not JSON</source>
        <extracomment>The seller of the store that wrote the file (its ``seller_id`` and ``seller_name`` settings); None in a file written before visits named their seller.</extracomment>
        <translation>njen manifest.json ni JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its manifest.json does not describe a Reciprocity sync file</source>
        <translation>njen manifest.json ne opisuje datoteke za sinhronizacijo programa Reciprocity</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the manifest has no valid format version</source>
        <translation>manifest nima veljavne različice oblike</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file {file} was written by a newer version of Reciprocity Desktop (sync format {found}; this version reads format {supported}). Update the app to import it.</source>
        <translation>Datoteko {file} je zapisala novejša različica programa Reciprocity Desktop (oblika sinhronizacije {found}; ta različica bere obliko {supported}). Za uvoz posodobite program.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>its manifest is incomplete or wrong: {reason}</source>
        <translation>njen manifest je nepopoln ali napačen: {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its manifest does not list exactly the tables of this format</source>
        <translation>njen manifest ne navaja natanko tabel te oblike</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/sync/references.py" line="+63"/>
        <source>The file {file} refers to a record that is neither in the file nor in this store ({member} line {line}: {field} {ref} is not a known {parent} record); nothing was imported.</source>
        <translation>Datoteka {file} se sklicuje na zapis, ki ni niti v datoteki niti v tej zbirki podatkov ({member}, vrstica {line}: {field} {ref} ni znan zapis tabele {parent}); nič ni bilo uvoženo.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/services/backups.py" line="+30"/>
        <source>there is no store at {path}</source>
        <translation>na {path} ni zbirke podatkov</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the backup cannot be written over the store itself ({path})</source>
        <translation>varnostne kopije ni mogoče zapisati čez samo zbirko podatkov ({path})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the backup of {path} could not be written: {reason}</source>
        <translation>varnostne kopije zbirke {path} ni bilo mogoče zapisati: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the store {path} is damaged: its copy fails the integrity check; restore a sound backup</source>
        <translation>zbirka podatkov {path} je poškodovana: njena kopija ne prestane preverjanja celovitosti; obnovite brezhibno varnostno kopijo</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>there is no backup {path}</source>
        <translation>varnostna kopija {path} ne obstaja</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the backup {path} is damaged (it fails the integrity check); nothing was restored</source>
        <translation>varnostna kopija {path} je poškodovana (ne prestane preverjanja celovitosti); nič ni bilo obnovljeno</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the backup could not be restored: {reason}</source>
        <translation>varnostne kopije ni bilo mogoče obnoviti: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the backup could not be restored, the store {path} is as it was: {reason}</source>
        <translation>varnostne kopije ni bilo mogoče obnoviti, zbirka podatkov {path} je nespremenjena: {reason}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the backup was restored, but the store cannot be opened: {reason}</source>
        <translation>varnostna kopija je obnovljena, vendar zbirke podatkov ni mogoče odpreti: {reason}</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sl_SI">
<context>
    <name>Report</name>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="500" />
        <location filename="../../reciprocity_desktop/reports/day.py" line="584" />
        <location filename="../../reciprocity_desktop/reports/day.py" line="1050" />
        <source>Route overview</source>
        <translation>Pregled poti</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="503" />
        <location filename="../../reciprocity_desktop/reports/day.py" line="794" />
        <source>Stop {number} of {count}</source>
        <translation>Obisk {number} od {count}</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="510" />
        <source>continued</source>
        <translation>nadaljevanje</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="530" />
        <location filename="../../reciprocity_desktop/reports/day.py" line="587" />
        <source>Seller</source>
        <translation>Prodajalec</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="533" />
        <source>Page {page} of {pages}</source>
        <translation>Stran {page} od {pages}</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="541" />
        <source>continued on the next page</source>
        <translation>nadaljevanje na naslednji strani</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="588" />
        <source>Stops: {count}</source>
        <translation>Število obiskov: {count}</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="591" />
        <source>Cancelled visits (not shown): {count}</source>
        <translation>Odpovedani obiski (niso prikazani): {count}</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="601" />
        <source>Time</source>
        <translation>Ura</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="602" />
        <source>Company and address</source>
        <translation>Podjetje in naslov</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="603" />
        <source>Contact and phone</source>
        <translation>Kontakt in telefon</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="604" />
        <location filename="../../reciprocity_desktop/reports/day.py" line="834" />
        <source>Gift to bring</source>
        <translation>Darilo za obisk</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="605" />
        <source>Result</source>
        <translation>Izid</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="608" />
        <location filename="../../reciprocity_desktop/reports/text.py" line="67" />
        <source>done</source>
        <translation>opravljeno</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="609" />
        <location filename="../../reciprocity_desktop/reports/day.py" line="975" />
        <location filename="../../reciprocity_desktop/reports/text.py" line="68" />
        <source>nobody there</source>
        <translation>nikogar ni</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="648" />
        <location filename="../../reciprocity_desktop/reports/day.py" line="867" />
        <source>decision maker</source>
        <translation>odločevalec</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="655" />
        <source>Gift kit – load into the car</source>
        <translation>Darila – naložite v avto</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="657" />
        <source>No gifts to bring today.</source>
        <translation>Danes ne potrebujete daril.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="664" />
        <source>Not enough in stock for today</source>
        <translation>Za danes ni dovolj zaloge</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="686" />
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="687" />
        <location filename="../../reciprocity_desktop/reports/day.py" line="883" />
        <source>Kind</source>
        <translation>Vrsta</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="688" />
        <location filename="../../reciprocity_desktop/reports/day.py" line="726" />
        <source>Needed</source>
        <translation>Potrebno</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="689" />
        <source>In stock</source>
        <translation>Na zalogi</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="690" />
        <source>Status</source>
        <translation>Stanje</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="691" />
        <source>Loaded</source>
        <translation>Naloženo</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="697" />
        <source>Missing: {count}</source>
        <translation>Manjka: {count}</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="701" />
        <source>Left after today: {count}</source>
        <translation>Ostane: {count}</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="703" />
        <source>low</source>
        <translation>nizko</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="719" />
        <source>Also bring (not from stock)</source>
        <translation>Vzemite še s seboj (ne iz zaloge)</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="727" />
        <source>For stops</source>
        <translation>Za obiske</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="733" />
        <source>Stop {number}</source>
        <translation>Obisk {number}</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="807" />
        <source>Stage</source>
        <translation>Faza</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="809" />
        <source>Industry</source>
        <translation>Panoga</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="815" />
        <source>Scan for the debrief</source>
        <translation>Skenirajte za vnos izida</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="840" />
        <source>none chosen for this visit</source>
        <translation>za ta obisk ni izbrano</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="844" />
        <source>Suggested opening</source>
        <translation>Predlog za začetek pogovora</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="846" />
        <source>Give first: ask for nothing in return today.</source>
        <translation>Najprej dajte: danes ne prosite ničesar v zameno.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="856" />
        <source>Name</source>
        <translation>Ime</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="857" />
        <source>Role</source>
        <translation>Funkcija</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="858" />
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="859" />
        <source>E-mail</source>
        <translation>E-pošta</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="868" />
        <location filename="../../reciprocity_desktop/reports/day.py" line="871" />
        <source>Contacts</source>
        <translation>Kontaktne osebe</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="872" />
        <source>No contacts yet – ask who decides.</source>
        <translation>Še ni kontaktnih oseb – vprašajte, kdo odloča.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="882" />
        <location filename="../../reciprocity_desktop/reports/day.py" line="928" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="725" />
        <location filename="../../reciprocity_desktop/reports/day.py" line="884" />
        <source>Gift</source>
        <translation>Darilo</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="885" />
        <source>Reaction</source>
        <translation>Odziv</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="893" />
        <source>for {name}</source>
        <translation>prejemnik: {name}</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="899" />
        <source>not known yet – ask</source>
        <translation>še neznano – vprašajte</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="914" />
        <location filename="../../reciprocity_desktop/reports/day.py" line="917" />
        <source>Earlier gifts</source>
        <translation>Prejšnja darila</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="918" />
        <source>None yet – this is the first gift.</source>
        <translation>Še nobenega – to je prvo darilo.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="929" />
        <source>What came back</source>
        <translation>Kaj se je vrnilo</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="930" />
        <source>Value</source>
        <translation>Vrednost</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="931" />
        <location filename="../../reciprocity_desktop/reports/day.py" line="944" />
        <source>Note</source>
        <translation>Opomba</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="937" />
        <source>Earlier outcomes</source>
        <translation>Prejšnji izidi</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="944" />
        <source>Due</source>
        <translation>Rok</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="944" />
        <source>To do</source>
        <translation>Naloga</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="946" />
        <source>overdue</source>
        <translation>rok je potekel</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="952" />
        <source>Open follow-ups</source>
        <translation>Odprta opravila</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="959" />
        <source>About the prospect</source>
        <translation>O potencialni stranki</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="964" />
        <source>Last visit ({date})</source>
        <translation>Zadnji obisk ({date})</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="968" />
        <source>For this visit</source>
        <translation>Za ta obisk</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="971" />
        <source>Notes so far</source>
        <translation>Dosedanje opombe</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="976" />
        <source>talked</source>
        <translation>pogovor opravljen</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="977" />
        <source>gift handed over</source>
        <translation>darilo izročeno</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="978" />
        <source>meeting agreed</source>
        <translation>sestanek dogovorjen</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="979" />
        <location filename="../../reciprocity_desktop/reports/text.py" line="61" />
        <source>referral</source>
        <translation>priporočilo</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="980" />
        <location filename="../../reciprocity_desktop/reports/text.py" line="63" />
        <source>order</source>
        <translation>naročilo</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="985" />
        <source>Outcome of the visit</source>
        <translation>Izid obiska</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="987" />
        <source>Notes and next step</source>
        <translation>Opombe in naslednji korak</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="36" />
        <source>sample</source>
        <extracomment>Babel locale used for dates and amounts in each language. Typographic quotes around a gift's name inside a sentence.</extracomment>
        <translation>vzorec</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="37" />
        <source>free trial</source>
        <translation>brezplačen preizkus</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="38" />
        <source>content (e-book, article)</source>
        <translation>vsebina (e-knjiga, članek)</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="39" />
        <source>analysis / advice</source>
        <translation>analiza / nasvet</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="40" />
        <source>event invitation</source>
        <translation>vabilo na dogodek</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="41" />
        <source>personal present</source>
        <translation>osebno darilo</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="42" />
        <location filename="../../reciprocity_desktop/reports/text.py" line="64" />
        <source>other</source>
        <translation>drugo</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="44" />
        <source>liked it</source>
        <translation>je bilo všeč</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="45" />
        <source>neutral</source>
        <translation>nevtralno</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="46" />
        <source>did not like it</source>
        <translation>ni bilo všeč</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="47" />
        <source>declined it</source>
        <translation>zavrnjeno</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="54" />
        <source>ask for feedback on the gift</source>
        <translation>povprašati za mnenje o darilu</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="55" />
        <source>call</source>
        <translation>poklicati</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="56" />
        <source>send information</source>
        <translation>poslati informacije</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="57" />
        <source>visit</source>
        <translation>obiskati</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="58" />
        <source>ask for an order</source>
        <translation>povprašati za naročilo</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="60" />
        <source>conversation</source>
        <translation>pogovor</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="62" />
        <source>meeting with the decision maker</source>
        <translation>sestanek z odločevalcem</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="66" />
        <source>planned</source>
        <translation>načrtovano</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="69" />
        <source>cancelled</source>
        <translation>odpovedano</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="125" />
        <source>I heard that {gift} was well received – thank you! What did you like most about it?</source>
        <translation>Veseli me, da vam je bilo darilo {gift} všeč – hvala! Kaj vam je bilo pri njem najbolj všeč?</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="130" />
        <source>On {date} I left you {gift}. Was it of any use? What would be more useful to you next time?</source>
        <translation>Dne {date} ste od mene prejeli darilo {gift}. Vam je koristilo? Kaj bi vam naslednjič bolj koristilo?</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="135" />
        <source>Last time {gift} was not quite right for you – thank you for being honest. What would really help you in your work?</source>
        <translation>Darilo {gift} zadnjič ni bilo povsem pravo za vas – hvala za iskrenost. Kaj bi vam pri delu zares pomagalo?</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="141" />
        <source>On {date} I left you {gift}. How was it received – did you have a chance to try it?</source>
        <translation>Dne {date} ste od mene prejeli darilo {gift}. Kako je bilo sprejeto – ste ga že utegnili preizkusiti?</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="147" />
        <location filename="../../reciprocity_desktop/reports/text.py" line="160" />
        <source>Today I brought you {gift} – simply as a gift.</source>
        <translation>Danes imam za vas {gift} – kar tako, kot darilo.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="156" />
        <source>Good to see you again. How have things been at {company} since we spoke on {date}?</source>
        <translation>Lepo vas je spet videti. Kako gre v podjetju {company} od našega pogovora dne {date}?</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="165" />
        <source>Good day, my name is {seller}.</source>
        <translation>Dober dan, moje ime je {seller}.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="167" />
        <source>Good day, let me introduce myself.</source>
        <translation>Dober dan, naj se najprej predstavim.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="169" />
        <source>I brought something for {company}: {gift}. It is a gift – nothing is expected in return.</source>
        <translation>Za podjetje {company} imam majhno pozornost: {gift}. Gre za darilo – v zameno ne pričakujem ničesar.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="174" />
        <source>I would simply like to get to know {company} and hear what matters to you.</source>
        <translation>Želim si spoznati podjetje {company} in slišati, kaj vam je pomembno.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/overview.py" line="70" />
        <source>Route: {km} by road (estimated: {factor} × the straight line)</source>
        <translation>Pot: {km} po cesti (ocena: {factor} × zračna razdalja)</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/overview.py" line="75" />
        <source>Legs of unknown length: {count}</source>
        <translation>Odseki neznane dolžine: {count}</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/overview.py" line="78" />
        <source>From home ({home}) at {time}</source>
        <translation>Odhod od doma ({home}) ob {time}</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="184" />
        <source>No home base in the settings: the route starts at the first stop.</source>
        <translation>V nastavitvah ni domače lokacije: pot se začne pri prvem postanku.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="182" />
        <source>The home base's postal code is not known ({home}): the route starts at the first stop.</source>
        <translation>Poštna številka domače lokacije ni znana ({home}): pot se začne pri prvem postanku.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/overview.py" line="86" />
        <source>Back home at {time}</source>
        <translation>Vrnitev domov ob {time}</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/overview.py" line="88" />
        <source>Last visit ends at {time}</source>
        <translation>Zadnji obisk se konča ob {time}</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/overview.py" line="153" />
        <source>Back home</source>
        <translation>Vrnitev domov</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/overview.py" line="105" />
        <location filename="../../reciprocity_desktop/reports/visit_sheet.py" line="63" />
        <source>fixed time</source>
        <translation>dogovorjen termin</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="158" />
        <source>In {country}, while most stops are in {main}: far from the others.</source>
        <translation>Država {country}, večina postankov pa je v državi {main}: daleč od ostalih.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="161" />
        <source>{km} from the day's centre: far from the others.</source>
        <translation>{km} od središča dnevne poti: daleč od ostalih.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="164" />
        <source>No coordinates: placed by postal code near {neighbour}.</source>
        <translation>Ni koordinat: po poštni številki umeščeno blizu {neighbour}.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="166" />
        <source>No coordinates: the travel to this stop is not counted.</source>
        <translation>Ni koordinat: vožnja do tega postanka ni upoštevana.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="168" />
        <source>The route reaches this appointment at {arrival}, {minutes} min late.</source>
        <translation>Pot doseže ta termin ob {arrival}, {minutes} min prepozno.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="170" />
        <source>The route does not reach this stop before midnight.</source>
        <translation>Pot tega postanka ne doseže pred polnočjo.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="62" />
        <source>Suspect</source>
        <translation>Ciljna stranka</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="63" />
        <source>Prospect</source>
        <translation>Potencialna stranka</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="64" />
        <source>Customer</source>
        <translation>Stranka</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="65" />
        <source>Lost</source>
        <translation>Izgubljena</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reciprocity_desktop/reports/text.py" line="151" />
        <source>and %n more contact(s)</source>
        <translation>
            <numerusform>in še %n kontakt</numerusform>
            <numerusform>in še %n kontakta</numerusform>
            <numerusform>in še %n kontakti</numerusform>
            <numerusform>in še %n kontaktov</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reciprocity_desktop/reports/text.py" line="130" />
        <source>+%n day(s)</source>
        <translation>
            <numerusform>+%n dan</numerusform>
            <numerusform>+%n dneva</numerusform>
            <numerusform>+%n dnevi</numerusform>
            <numerusform>+%n dni</numerusform>
        </translation>
    </message>
</context>
</TS>

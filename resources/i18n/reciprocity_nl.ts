<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>Report</name>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="500" />
        <location filename="../../reciprocity_desktop/reports/day.py" line="584" />
        <location filename="../../reciprocity_desktop/reports/day.py" line="1050" />
        <source>Route overview</source>
        <translation>Routeoverzicht</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="503" />
        <location filename="../../reciprocity_desktop/reports/day.py" line="794" />
        <source>Stop {number} of {count}</source>
        <translation>Bezoek {number} van {count}</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="510" />
        <source>continued</source>
        <translation>vervolg</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="530" />
        <location filename="../../reciprocity_desktop/reports/day.py" line="587" />
        <source>Seller</source>
        <translation>Verkoper</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="533" />
        <source>Page {page} of {pages}</source>
        <translation>Pagina {page} van {pages}</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="541" />
        <source>continued on the next page</source>
        <translation>vervolg op de volgende pagina</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="588" />
        <source>Stops: {count}</source>
        <translation>Bezoeken: {count}</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="591" />
        <source>Cancelled visits (not shown): {count}</source>
        <translation>Geannuleerde bezoeken (niet getoond): {count}</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="601" />
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="602" />
        <source>Company and address</source>
        <translation>Bedrijf en adres</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="603" />
        <source>Contact and phone</source>
        <translation>Contactpersoon en telefoon</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="604" />
        <location filename="../../reciprocity_desktop/reports/day.py" line="834" />
        <source>Gift to bring</source>
        <translation>Mee te nemen cadeau</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="605" />
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="608" />
        <location filename="../../reciprocity_desktop/reports/text.py" line="67" />
        <source>done</source>
        <translation>gedaan</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="609" />
        <location filename="../../reciprocity_desktop/reports/day.py" line="975" />
        <location filename="../../reciprocity_desktop/reports/text.py" line="68" />
        <source>nobody there</source>
        <translation>niemand aanwezig</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="648" />
        <location filename="../../reciprocity_desktop/reports/day.py" line="867" />
        <source>decision maker</source>
        <translation>beslisser</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="655" />
        <source>Gift kit – load into the car</source>
        <translation>Cadeaupakket – in de auto laden</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="657" />
        <source>No gifts to bring today.</source>
        <translation>Vandaag hoeven er geen cadeaus mee.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="664" />
        <source>Not enough in stock for today</source>
        <translation>Onvoldoende voorraad voor vandaag</translation>
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
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="688" />
        <location filename="../../reciprocity_desktop/reports/day.py" line="726" />
        <source>Needed</source>
        <translation>Nodig</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="689" />
        <source>In stock</source>
        <translation>Op voorraad</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="690" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="691" />
        <source>Loaded</source>
        <translation>Ingeladen</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="697" />
        <source>Missing: {count}</source>
        <translation>Tekort: {count}</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="701" />
        <source>Left after today: {count}</source>
        <translation>Daarna over: {count}</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="703" />
        <source>low</source>
        <translation>laag</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="719" />
        <source>Also bring (not from stock)</source>
        <translation>Ook meenemen (niet uit voorraad)</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="727" />
        <source>For stops</source>
        <translation>Voor bezoeken</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="733" />
        <source>Stop {number}</source>
        <translation>Bezoek {number}</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="807" />
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="809" />
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="815" />
        <source>Scan for the debrief</source>
        <translation>Scannen om te verwerken</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="840" />
        <source>none chosen for this visit</source>
        <translation>voor dit bezoek niets gekozen</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="844" />
        <source>Suggested opening</source>
        <translation>Voorgestelde opening</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="846" />
        <source>Give first: ask for nothing in return today.</source>
        <translation>Eerst geven: vraag vandaag niets terug.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="856" />
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="857" />
        <source>Role</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="858" />
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="859" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="868" />
        <location filename="../../reciprocity_desktop/reports/day.py" line="871" />
        <source>Contacts</source>
        <translation>Contactpersonen</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="872" />
        <source>No contacts yet – ask who decides.</source>
        <translation>Nog geen contactpersonen – vraag wie er beslist.</translation>
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
        <translation>Cadeau</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="885" />
        <source>Reaction</source>
        <translation>Reactie</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="893" />
        <source>for {name}</source>
        <translation>voor {name}</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="899" />
        <source>not known yet – ask</source>
        <translation>nog onbekend – navragen</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="914" />
        <location filename="../../reciprocity_desktop/reports/day.py" line="917" />
        <source>Earlier gifts</source>
        <translation>Eerdere cadeaus</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="918" />
        <source>None yet – this is the first gift.</source>
        <translation>Nog geen – dit is het eerste cadeau.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="929" />
        <source>What came back</source>
        <translation>Wat er terugkwam</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="930" />
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="931" />
        <location filename="../../reciprocity_desktop/reports/day.py" line="944" />
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="937" />
        <source>Earlier outcomes</source>
        <translation>Eerdere resultaten</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="944" />
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="944" />
        <source>To do</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="946" />
        <source>overdue</source>
        <translation>te laat</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="952" />
        <source>Open follow-ups</source>
        <translation>Openstaande opvolgacties</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="959" />
        <source>About the prospect</source>
        <translation>Over de prospect</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="964" />
        <source>Last visit ({date})</source>
        <translation>Vorig bezoek ({date})</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="968" />
        <source>For this visit</source>
        <translation>Voor dit bezoek</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="971" />
        <source>Notes so far</source>
        <translation>Notities tot nu toe</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="976" />
        <source>talked</source>
        <translation>gesproken</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="977" />
        <source>gift handed over</source>
        <translation>cadeau overhandigd</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="978" />
        <source>meeting agreed</source>
        <translation>afspraak gemaakt</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="979" />
        <location filename="../../reciprocity_desktop/reports/text.py" line="61" />
        <source>referral</source>
        <translation>aanbeveling</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="980" />
        <location filename="../../reciprocity_desktop/reports/text.py" line="63" />
        <source>order</source>
        <translation>bestelling</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="985" />
        <source>Outcome of the visit</source>
        <translation>Resultaat van het bezoek</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="987" />
        <source>Notes and next step</source>
        <translation>Notities en volgende stap</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="36" />
        <source>sample</source>
        <extracomment>Babel locale used for dates and amounts in each language. Typographic quotes around a gift's name inside a sentence.</extracomment>
        <translation>monster</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="37" />
        <source>free trial</source>
        <translation>gratis proefperiode</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="38" />
        <source>content (e-book, article)</source>
        <translation>inhoud (e-book, artikel)</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="39" />
        <source>analysis / advice</source>
        <translation>analyse / advies</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="40" />
        <source>event invitation</source>
        <translation>uitnodiging voor een evenement</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="41" />
        <source>personal present</source>
        <translation>persoonlijk cadeau</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="42" />
        <location filename="../../reciprocity_desktop/reports/text.py" line="64" />
        <source>other</source>
        <translation>overig</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="44" />
        <source>liked it</source>
        <translation>viel in de smaak</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="45" />
        <source>neutral</source>
        <translation>neutraal</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="46" />
        <source>did not like it</source>
        <translation>viel niet in de smaak</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="47" />
        <source>declined it</source>
        <translation>geweigerd</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="54" />
        <source>ask for feedback on the gift</source>
        <translation>feedback op het cadeau vragen</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="55" />
        <source>call</source>
        <translation>bellen</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="56" />
        <source>send information</source>
        <translation>informatie sturen</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="57" />
        <source>visit</source>
        <translation>bezoeken</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="58" />
        <source>ask for an order</source>
        <translation>om een bestelling vragen</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="60" />
        <source>conversation</source>
        <translation>gesprek</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="62" />
        <source>meeting with the decision maker</source>
        <translation>afspraak met de beslisser</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="66" />
        <source>planned</source>
        <translation>gepland</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="69" />
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="125" />
        <source>I heard that {gift} was well received – thank you! What did you like most about it?</source>
        <translation>Ik hoorde dat {gift} goed is ontvangen – dank u wel! Wat vond u er het beste aan?</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="130" />
        <source>On {date} I left you {gift}. Was it of any use? What would be more useful to you next time?</source>
        <translation>Op {date} heb ik u {gift} gegeven. Had u er iets aan? Wat zou u de volgende keer meer helpen?</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="135" />
        <source>Last time {gift} was not quite right for you – thank you for being honest. What would really help you in your work?</source>
        <translation>De vorige keer was {gift} niet helemaal wat u zocht – bedankt voor uw eerlijkheid. Wat zou u echt helpen in uw werk?</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="141" />
        <source>On {date} I left you {gift}. How was it received – did you have a chance to try it?</source>
        <translation>Op {date} heb ik u {gift} gegeven. Hoe is het ontvangen – heeft u het al kunnen proberen?</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="147" />
        <location filename="../../reciprocity_desktop/reports/text.py" line="160" />
        <source>Today I brought you {gift} – simply as a gift.</source>
        <translation>Vandaag heb ik {gift} voor u meegenomen – gewoon als cadeau.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="156" />
        <source>Good to see you again. How have things been at {company} since we spoke on {date}?</source>
        <translation>Fijn u weer te zien. Hoe is het bij {company} gegaan sinds ons gesprek op {date}?</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="165" />
        <source>Good day, my name is {seller}.</source>
        <translation>Goedendag, mijn naam is {seller}.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="167" />
        <source>Good day, let me introduce myself.</source>
        <translation>Goedendag, mag ik mij even voorstellen?</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="169" />
        <source>I brought something for {company}: {gift}. It is a gift – nothing is expected in return.</source>
        <translation>Ik heb iets meegenomen voor {company}: {gift}. Het is een cadeau – er wordt niets voor terugverwacht.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="174" />
        <source>I would simply like to get to know {company} and hear what matters to you.</source>
        <translation>Ik wil {company} graag leren kennen en horen wat voor u belangrijk is.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/overview.py" line="70" />
        <source>Route: {km} by road (estimated: {factor} × the straight line)</source>
        <translation>Route: {km} over de weg (geschat: {factor} × hemelsbreed)</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/overview.py" line="75" />
        <source>Legs of unknown length: {count}</source>
        <translation>Trajecten met onbekende lengte: {count}</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/overview.py" line="78" />
        <source>From home ({home}) at {time}</source>
        <translation>Vertrek van huis ({home}) om {time}</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="184" />
        <source>No home base in the settings: the route starts at the first stop.</source>
        <translation>Geen thuisbasis in de instellingen: de route begint bij de eerste stop.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="182" />
        <source>The home base's postal code is not known ({home}): the route starts at the first stop.</source>
        <translation>De postcode van de thuisbasis is onbekend ({home}): de route begint bij de eerste stop.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/overview.py" line="86" />
        <source>Back home at {time}</source>
        <translation>Terug thuis om {time}</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/overview.py" line="88" />
        <source>Last visit ends at {time}</source>
        <translation>Laatste bezoek eindigt om {time}</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/overview.py" line="153" />
        <source>Back home</source>
        <translation>Terug naar huis</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/overview.py" line="105" />
        <location filename="../../reciprocity_desktop/reports/visit_sheet.py" line="63" />
        <source>fixed time</source>
        <translation>vaste afspraak</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="158" />
        <source>In {country}, while most stops are in {main}: far from the others.</source>
        <translation>In {country}, terwijl de meeste stops in {main} liggen: ver van de andere.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="161" />
        <source>{km} from the day's centre: far from the others.</source>
        <translation>{km} van het midden van de dagroute: ver van de andere.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="164" />
        <source>No coordinates: placed by postal code near {neighbour}.</source>
        <translation>Geen coördinaten: op postcode bij {neighbour} geplaatst.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="166" />
        <source>No coordinates: the travel to this stop is not counted.</source>
        <translation>Geen coördinaten: de reis naar deze stop is niet meegeteld.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="168" />
        <source>The route reaches this appointment at {arrival}, {minutes} min late.</source>
        <translation>De route bereikt deze afspraak om {arrival}, {minutes} min te laat.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="170" />
        <source>The route does not reach this stop before midnight.</source>
        <translation>De route bereikt deze stop niet voor middernacht.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="62" />
        <source>Suspect</source>
        <translation>Suspect</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="63" />
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="64" />
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="65" />
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reciprocity_desktop/reports/text.py" line="151" />
        <source>and %n more contact(s)</source>
        <translation>
            <numerusform>en nog %n contactpersoon</numerusform>
            <numerusform>en nog %n contactpersonen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reciprocity_desktop/reports/text.py" line="130" />
        <source>+%n day(s)</source>
        <translation>
            <numerusform>+%n dag</numerusform>
            <numerusform>+%n dagen</numerusform>
        </translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Report</name>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="500" />
        <location filename="../../reciprocity_desktop/reports/day.py" line="584" />
        <location filename="../../reciprocity_desktop/reports/day.py" line="1050" />
        <source>Route overview</source>
        <translation>Routenübersicht</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="503" />
        <location filename="../../reciprocity_desktop/reports/day.py" line="794" />
        <source>Stop {number} of {count}</source>
        <translation>Besuch {number} von {count}</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="510" />
        <source>continued</source>
        <translation>Fortsetzung</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="530" />
        <location filename="../../reciprocity_desktop/reports/day.py" line="587" />
        <source>Seller</source>
        <translation>Außendienst</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="533" />
        <source>Page {page} of {pages}</source>
        <translation>Seite {page} von {pages}</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="541" />
        <source>continued on the next page</source>
        <translation>Fortsetzung auf der nächsten Seite</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="588" />
        <source>Stops: {count}</source>
        <translation>Besuche: {count}</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="591" />
        <source>Cancelled visits (not shown): {count}</source>
        <translation>Abgesagte Besuche (nicht aufgeführt): {count}</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="601" />
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="602" />
        <source>Company and address</source>
        <translation>Firma und Adresse</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="603" />
        <source>Contact and phone</source>
        <translation>Ansprechpartner und Telefon</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="604" />
        <location filename="../../reciprocity_desktop/reports/day.py" line="834" />
        <source>Gift to bring</source>
        <translation>Geschenk zum Mitbringen</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="605" />
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="608" />
        <location filename="../../reciprocity_desktop/reports/text.py" line="67" />
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="609" />
        <location filename="../../reciprocity_desktop/reports/day.py" line="975" />
        <location filename="../../reciprocity_desktop/reports/text.py" line="68" />
        <source>nobody there</source>
        <translation>niemand da</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="648" />
        <location filename="../../reciprocity_desktop/reports/day.py" line="867" />
        <source>decision maker</source>
        <translation>Entscheider</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="655" />
        <source>Gift kit – load into the car</source>
        <translation>Geschenke – ins Auto laden</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="657" />
        <source>No gifts to bring today.</source>
        <translation>Heute sind keine Geschenke mitzunehmen.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="664" />
        <source>Not enough in stock for today</source>
        <translation>Für heute nicht genug auf Lager</translation>
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
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="688" />
        <location filename="../../reciprocity_desktop/reports/day.py" line="726" />
        <source>Needed</source>
        <translation>Benötigt</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="689" />
        <source>In stock</source>
        <translation>Auf Lager</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="690" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="691" />
        <source>Loaded</source>
        <translation>Eingeladen</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="697" />
        <source>Missing: {count}</source>
        <translation>Fehlmenge: {count}</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="701" />
        <source>Left after today: {count}</source>
        <translation>Danach übrig: {count}</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="703" />
        <source>low</source>
        <translation>knapp</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="719" />
        <source>Also bring (not from stock)</source>
        <translation>Außerdem mitbringen (nicht aus dem Lager)</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="727" />
        <source>For stops</source>
        <translation>Für Besuche</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="733" />
        <source>Stop {number}</source>
        <translation>Besuch {number}</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="807" />
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="809" />
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="815" />
        <source>Scan for the debrief</source>
        <translation>Scannen zum Erfassen</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="840" />
        <source>none chosen for this visit</source>
        <translation>für diesen Besuch keins ausgewählt</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="844" />
        <source>Suggested opening</source>
        <translation>Vorschlag für den Einstieg</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="846" />
        <source>Give first: ask for nothing in return today.</source>
        <translation>Zuerst geben: Heute um keine Gegenleistung bitten.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="856" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="857" />
        <source>Role</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="858" />
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="859" />
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="868" />
        <location filename="../../reciprocity_desktop/reports/day.py" line="871" />
        <source>Contacts</source>
        <translation>Ansprechpartner</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="872" />
        <source>No contacts yet – ask who decides.</source>
        <translation>Noch keine Ansprechpartner – fragen Sie, wer entscheidet.</translation>
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
        <translation>Geschenk</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="885" />
        <source>Reaction</source>
        <translation>Reaktion</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="893" />
        <source>for {name}</source>
        <translation>für {name}</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="899" />
        <source>not known yet – ask</source>
        <translation>noch unbekannt – nachfragen</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="914" />
        <location filename="../../reciprocity_desktop/reports/day.py" line="917" />
        <source>Earlier gifts</source>
        <translation>Frühere Geschenke</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="918" />
        <source>None yet – this is the first gift.</source>
        <translation>Noch keine – dies ist das erste Geschenk.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="929" />
        <source>What came back</source>
        <translation>Was zurückkam</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="930" />
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="931" />
        <location filename="../../reciprocity_desktop/reports/day.py" line="944" />
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="937" />
        <source>Earlier outcomes</source>
        <translation>Frühere Ergebnisse</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="944" />
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="944" />
        <source>To do</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="946" />
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="952" />
        <source>Open follow-ups</source>
        <translation>Offene Wiedervorlagen</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="959" />
        <source>About the prospect</source>
        <translation>Zum Interessenten</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="964" />
        <source>Last visit ({date})</source>
        <translation>Letzter Besuch ({date})</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="968" />
        <source>For this visit</source>
        <translation>Für diesen Besuch</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="971" />
        <source>Notes so far</source>
        <translation>Bisherige Notizen</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="976" />
        <source>talked</source>
        <translation>Gespräch geführt</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="977" />
        <source>gift handed over</source>
        <translation>Geschenk übergeben</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="978" />
        <source>meeting agreed</source>
        <translation>Termin vereinbart</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="979" />
        <location filename="../../reciprocity_desktop/reports/text.py" line="61" />
        <source>referral</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="980" />
        <location filename="../../reciprocity_desktop/reports/text.py" line="63" />
        <source>order</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="985" />
        <source>Outcome of the visit</source>
        <translation>Ergebnis des Besuchs</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/day.py" line="987" />
        <source>Notes and next step</source>
        <translation>Notizen und nächster Schritt</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="36" />
        <source>sample</source>
        <extracomment>Babel locale used for dates and amounts in each language. Typographic quotes around a gift's name inside a sentence.</extracomment>
        <translation>Muster</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="37" />
        <source>free trial</source>
        <translation>kostenloser Test</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="38" />
        <source>content (e-book, article)</source>
        <translation>Inhalt (E-Book, Artikel)</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="39" />
        <source>analysis / advice</source>
        <translation>Analyse / Beratung</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="40" />
        <source>event invitation</source>
        <translation>Einladung zu einer Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="41" />
        <source>personal present</source>
        <translation>persönliches Geschenk</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="42" />
        <location filename="../../reciprocity_desktop/reports/text.py" line="64" />
        <source>other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="44" />
        <source>liked it</source>
        <translation>hat gefallen</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="45" />
        <source>neutral</source>
        <translation>neutral</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="46" />
        <source>did not like it</source>
        <translation>hat nicht gefallen</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="47" />
        <source>declined it</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="54" />
        <source>ask for feedback on the gift</source>
        <translation>Rückmeldung zum Geschenk erfragen</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="55" />
        <source>call</source>
        <translation>anrufen</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="56" />
        <source>send information</source>
        <translation>Informationen senden</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="57" />
        <source>visit</source>
        <translation>besuchen</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="58" />
        <source>ask for an order</source>
        <translation>nach einem Auftrag fragen</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="60" />
        <source>conversation</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="62" />
        <source>meeting with the decision maker</source>
        <translation>Termin mit dem Entscheider</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="66" />
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="69" />
        <source>cancelled</source>
        <translation>abgesagt</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="125" />
        <source>I heard that {gift} was well received – thank you! What did you like most about it?</source>
        <translation>Ich habe gehört, dass {gift} gut angekommen ist – vielen Dank! Was hat Ihnen daran am besten gefallen?</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="130" />
        <source>On {date} I left you {gift}. Was it of any use? What would be more useful to you next time?</source>
        <translation>Am {date} habe ich Ihnen {gift} dagelassen. War es Ihnen von Nutzen? Was wäre Ihnen beim nächsten Mal nützlicher?</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="135" />
        <source>Last time {gift} was not quite right for you – thank you for being honest. What would really help you in your work?</source>
        <translation>Letztes Mal war {gift} nicht ganz das Richtige für Sie – danke für Ihre Offenheit. Was würde Ihnen bei Ihrer Arbeit wirklich helfen?</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="141" />
        <source>On {date} I left you {gift}. How was it received – did you have a chance to try it?</source>
        <translation>Am {date} habe ich Ihnen {gift} dagelassen. Wie ist es angekommen – hatten Sie schon Gelegenheit, es auszuprobieren?</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="147" />
        <location filename="../../reciprocity_desktop/reports/text.py" line="160" />
        <source>Today I brought you {gift} – simply as a gift.</source>
        <translation>Heute habe ich Ihnen {gift} mitgebracht – einfach als Geschenk.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="156" />
        <source>Good to see you again. How have things been at {company} since we spoke on {date}?</source>
        <translation>Schön, Sie wiederzusehen. Wie ist es bei {company} seit unserem Gespräch am {date} gelaufen?</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="165" />
        <source>Good day, my name is {seller}.</source>
        <translation>Guten Tag, mein Name ist {seller}.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="167" />
        <source>Good day, let me introduce myself.</source>
        <translation>Guten Tag, darf ich mich kurz vorstellen?</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="169" />
        <source>I brought something for {company}: {gift}. It is a gift – nothing is expected in return.</source>
        <translation>Ich habe etwas für {company} mitgebracht: {gift}. Es ist ein Geschenk – ganz ohne Gegenleistung.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="174" />
        <source>I would simply like to get to know {company} and hear what matters to you.</source>
        <translation>Ich möchte {company} einfach kennenlernen und hören, worauf es Ihnen ankommt.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/overview.py" line="70" />
        <source>Route: {km} by road (estimated: {factor} × the straight line)</source>
        <translation>Strecke: {km} auf der Straße (geschätzt: {factor} × Luftlinie)</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/overview.py" line="75" />
        <source>Legs of unknown length: {count}</source>
        <translation>Abschnitte unbekannter Länge: {count}</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/overview.py" line="78" />
        <source>From home ({home}) at {time}</source>
        <translation>Abfahrt zu Hause ({home}) um {time}</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="184" />
        <source>No home base in the settings: the route starts at the first stop.</source>
        <translation>Kein Heimatort in den Einstellungen: Die Route beginnt beim ersten Halt.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="182" />
        <source>The home base's postal code is not known ({home}): the route starts at the first stop.</source>
        <translation>Die Postleitzahl des Heimatorts ist unbekannt ({home}): Die Route beginnt beim ersten Halt.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/overview.py" line="86" />
        <source>Back home at {time}</source>
        <translation>Zurück zu Hause um {time}</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/overview.py" line="88" />
        <source>Last visit ends at {time}</source>
        <translation>Letzter Besuch endet um {time}</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/overview.py" line="153" />
        <source>Back home</source>
        <translation>Zurück nach Hause</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/overview.py" line="105" />
        <location filename="../../reciprocity_desktop/reports/visit_sheet.py" line="63" />
        <source>fixed time</source>
        <translation>fester Termin</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="158" />
        <source>In {country}, while most stops are in {main}: far from the others.</source>
        <translation>In {country}, die meisten Halte sind in {main}: weit von den anderen entfernt.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="161" />
        <source>{km} from the day's centre: far from the others.</source>
        <translation>{km} vom Mittelpunkt der Tagesroute: weit von den anderen entfernt.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="164" />
        <source>No coordinates: placed by postal code near {neighbour}.</source>
        <translation>Keine Koordinaten: nach Postleitzahl bei {neighbour} eingeordnet.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="166" />
        <source>No coordinates: the travel to this stop is not counted.</source>
        <translation>Keine Koordinaten: Die Fahrt zu diesem Halt ist nicht eingerechnet.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="168" />
        <source>The route reaches this appointment at {arrival}, {minutes} min late.</source>
        <translation>Die Route erreicht diesen Termin um {arrival}, {minutes} Min. zu spät.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="170" />
        <source>The route does not reach this stop before midnight.</source>
        <translation>Die Route erreicht diesen Halt nicht vor Mitternacht.</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="62" />
        <source>Suspect</source>
        <translation>Zielkunde</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="63" />
        <source>Prospect</source>
        <translation>Interessent</translation>
    </message>
    <message>
        <location filename="../../reciprocity_desktop/reports/text.py" line="64" />
        <source>Customer</source>
        <translation>Kunde</translation>
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
            <numerusform>und %n weiterer Kontakt</numerusform>
            <numerusform>und %n weitere Kontakte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reciprocity_desktop/reports/text.py" line="130" />
        <source>+%n day(s)</source>
        <translation>
            <numerusform>+%n Tag</numerusform>
            <numerusform>+%n Tage</numerusform>
        </translation>
    </message>
</context>
</TS>

"""Dutch (nl) templates. Slots: {{slot}} or {{slot@k}} (same value reused within message)."""

BODIES = {
    "air": [
        "Hoi, mijn koffer is niet aangekomen met vlucht {{flight}} op {{date}}. Dossiernummer {{claim}}. Bereikbaar op {{phone}}, bezorgen op {{addr}} aub",
        "Boeking {{pnr}} geannuleerd en ik wacht nu al {{qty}} op mijn refund van {{amount}}. Graag terugstorten op {{iban}} tnv {{name}}.",
        "Flying Blue nummer {{ff}} – de miles van {{flight}} zijn nog steeds niet bijgeschreven. E-ticket {{eticket}}.",
        "ik kan niet inloggen. gebruikersnaam {{user}}, wachtwoord {{pw}} . sinds app versie {{ver}} krijg ik foutcode {{err}}",
        "Kreeg een sms met code {{otp}} maar die was al verlopen?? nu komt er niks meer binnen op {{phone}}",
        "Betaald met creditcard {{card}} (geldig tot {{exp}}, cvc {{cvv}}) maar de boeking staat niet in Mijn Reizen. {{amount}} is wel afgeschreven op {{date}}",
        "Mijn tas is beschadigd aangekomen op {{airport}}, PIR {{claim}}. Het slot had code {{pin}}, die is nu kapot. Retour naar {{addr}}.",
        "Beste, ivm annulering van {{flight}} ({{date}}, {{time}}) wil ik EU261 compensatie. Geboortedatum passagier: {{dob}}, paspoort klopt. Rekening: {{iban}}",
        "Waarom kost stoelreservering {{amount}} extra?? Boekingscode {{pnr}}, vertrek {{date}}. #nietnormaal",
        "Parkeren P3 {{airport}}: de slagboom code {{pin}} werkt niet, reservering {{order}}. Tel {{phone}}",
    ],
    "transit": [
        "Mijn OV-chipkaart {{ov}} is gestolen, graag blokkeren. Geboortedatum {{dob}}, adres {{addr}}.",
        "Er is {{amount}} afgeschreven maar ik ben om {{time}} gewoon uitgecheckt op station {{city}}. Kaartnummer {{ov}}",
        "Trajectabonnement opgezegd per {{date}} maar jullie schrijven nog steeds af van {{iban}}. Klantnummer {{cust}}",
        "Studentenreisproduct werkt niet. BSN {{bsn}}, kaartnr {{ov}}. ik moet elke dag naar {{city}}!!",
        "nieuwe pas aangevraagd, moet naar {{addr}} ipv oude adres. mijn nummer is {{phone}} en mail {{email}}",
        "Inloggen op Mijn NS lukt niet: {{email}} / {{pw}}. Verificatiecode {{otp}} wordt niet geaccepteerd (fout {{err}})",
        "Ik heb een NS Flex abonnement, klantnr {{cust}}, en de factuur {{invoice}} van {{amount}} klopt niet. Reisde maar {{qty}}.",
        "Restitutie aangevraagd voor {{date}} (trein van {{time}} uitgevallen). Referentie {{ticket}}. Bedrag graag op {{iban}}",
    ],
    "uni": [
        "DUO betaalt mijn studiefinanciering niet uit. BSN {{bsn}}, nieuwe rekening {{iban}}. Geboren {{dob}}.",
        "Ik krijg de DigiD sms-code niet: {{otp}} kwam pas na 20 min. Mijn 06 is {{phone}}",
        "Collegegeld {{amount}} is 2x afgeschreven! studentnummer {{stud}}, factuur {{invoice}}, machtiging op {{iban}}",
        "Mijn tijdelijke wachtwoord voor het studentenportaal is {{pw}} maar het werkt niet. Login {{user}}, studentnr {{stud}}",
        "Hoi, ik wil mijn aanvullende beurs aanvragen. BSN: {{bsn}}, adres {{addr}}, telefoon {{phone}}. Alvast bedankt!",
        "Terugbetalen studieschuld: ik betaal {{amount}} per maand, maar er staat {{pct}} rente? Klantnummer DUO {{cust}}",
        "Mijn kamer in {{city}}: huurtoeslag gekoppeld aan BSN {{bsn}}, woonadres {{addr}}. Wat moet ik doorgeven?",
    ],
    "game": [
        "PSN account gehackt. Online ID {{user}}, oude ww {{pw}}, heb hem veranderd naar {{pw}}. Ze hebben met mijn kaart {{masked}} voor {{amount}} gekocht.",
        "Steam Guard code {{otp}} komt niet aan op {{email}}. Account ID {{gameid}}",
        "Mijn Steam Web API key {{apikey}} stond per ongeluk in een publieke repo, kunnen jullie die intrekken?",
        "Refund gevraagd voor bestelling {{order}} ({{amount}}), speeltijd was maar 40 min. Krijg error {{err}}",
        "Xbox: 2-stapsverificatie, herstelcode {{otp}}. Gamertag {{user}}, wachtwoord {{pw}}. Graag snel!",
        "Mijn zoon heeft met mijn creditcard {{card}} {{amount}} aan V-Bucks gekocht. Kunnen jullie dat terugdraaien? Pincode ouderlijk toezicht was {{pin}}",
        "Console {{model}} geeft {{err}} bij updaten naar {{ver}}. Serienummer zit achterop, NAT type 3, poort {{port}} open.",
        "game mania: pre-order {{order}} nooit geleverd, track & trace {{tracking}}, adres {{addr}}",
    ],
    "solar": [
        "Omvormer {{model}} is offline sinds firmware {{ver}}. Wifi {{ssid}}, wachtwoord {{wifi}}. IP van de omvormer is {{ip}}.",
        "Meterstand vandaag {{meter}}, EAN code {{ean}}. Installatieadres {{addr}}.",
        "Monteur komt {{date}} om {{time}}. Sleutelkluisje naast de deur, code {{pin}}. Alarm code {{pin}} als hij binnen moet.",
        "Offerte {{invoice}} voor {{qty}} klopt niet, er stond {{amount}} incl btw. Klantnummer {{cust}}",
        "De app laat al {{qty}} 0 kWh zien. API key voor de monitoring: {{apikey}} . Token {{token}}",
        "Aanbetaling {{amount}} gedaan vanaf {{iban}}, maar geen bevestiging. Contactpersoon {{name}}, {{phone}}",
        "Terugleverkosten: contract {{cust}}, teruggeleverd {{meter}} in {{year}}. Hoe zit dat met salderen?",
    ],
    "garage": [
        "APK afspraak {{date}} voor kenteken {{plate}}. Sleutel ligt in de sleutelkast, code {{pin}}.",
        "Leasecontract {{leasenr}} bij {{lease}}, schade aan mijn {{car}}. Bel me op {{phone}} ajb",
        "Factuur {{invoice}} van {{amount}} is betaald vanaf {{iban}} maar ik krijg nog een herinnering.",
        "Pincode van de tankpas is {{pin}}? of was het {{pin}}. Pasnummer {{cust}}, kenteken {{plate}}",
        "Kunnen jullie de auto ophalen op {{addr}}? Ik ben tot {{time}} thuis. Mobiel {{phone}}",
        "Onderhoudsbeurt {{car}} bij {{meter}}: foutcode {{err}} op dashboard, software {{ver}}.",
        "Voor de inruil heb ik mijn gegevens nodig: klantnummer {{cust}}, geboortedatum {{dob}}, rijbewijs zit in het dossier.",
    ],
    "general": [
            "Telefoon gestolen op {{airport}}, sim geblokkeerd. PUK code is {{puk}}? Ontgrendelcode van de telefoon was {{pin}}",
            "AWS access key {{apikey}} met secret {{awssecret}} staat in de config van de boekingsmodule, graag roteren",
            "Jullie vroegen om de code uit de mail: {{otpw}}. Ik lees het even voor want kopiëren lukt niet",
        "Mijn mailadres is gewijzigd naar {{email}}, kunnen jullie dat aanpassen? Klantnr {{cust}}",
        "Verificatie: geb. datum {{dob}}, postcode+huisnr {{addrs}}, laatste 4 van de rekening {{masked}}",
        "inlog: {{user}}\nww: {{pw}}\nwerkt niet meer 🙁",
        "Mijn telefoon is {{phone}}, bel liever na {{time}}. Wel even mijn klantnummer {{cust}} erbij pakken.",
        "Ik zie een login vanaf IP {{ip}} die ik niet ken, sessie token {{token}}. Is mijn account gehackt?",
    ],
}

OPENERS = ["Hoi", "Hallo", "Goedemiddag", "Hey", "Goedemorgen", "Beste", "Yo", "Hallo daar", "Goedenavond", "Hoi team", "Hé", "Dag"]
CLOSERS = ["Alvast bedankt!", "groetjes", "Graag snel reactie.", "Dank je", "mvg", "Bvd", "Hoor graag van jullie", "thx",
           "Echt belachelijk dit.", "Fijne dag", "Groet", "Laat maar weten"]

PUBLIC = [
    "{{mention}} al {{qty}} geen reactie op mijn claim {{claim}}. Wat is dit voor service {{hashtag}}",
    "{{mention}} hoe lang duurt een refund nou echt? {{amount}} nog steeds niet terug {{hashtag}} {{hashtag}}",
    "{{mention}} mijn nummer is {{phone}}, bel me maar want de chat werkt niet",
    "Weer vertraging met {{flight}} vanaf {{airport}}, {{time}} i.p.v. {{time}}. {{hashtag}}",
    "{{mention}} storing in de app? foutcode {{err}} bij inloggen {{hashtag}}",
    "{{mention}} jullie monteur zou om {{time}} komen, nu {{time}} en niemand. {{url}}",
    "{{mention}} stuur maar naar {{email}} dan kijk ik ernaar",
    "{{mention}} hetzelfde bij mij, {{pct}} korting beloofd en niks gezien {{hashtag}}",
]

SUBJECTS = ["Vraag over mijn boeking", "Klacht", "Re: uw aanvraag {{ticket}}", "Terugbetaling", "Bagage kwijt", "FW: factuur {{invoice}}",
            "Wijziging gegevens", "Opzegging abonnement", "Studiefinanciering", "Account gehackt", "Storing omvormer", "APK afspraak", "Dringend!!",
            "Re: Re: schadeclaim"]
GREETINGS = ["Beste klantenservice,", "Geachte heer/mevrouw,", "Hallo,", "Beste {{agent}},", "Goedendag,", "Hoi,", "Geachte,", "L.S.,"]
SIGNOFFS = ["Met vriendelijke groet,", "Vriendelijke groeten,", "Mvg,", "Groet,", "Hartelijke groet,", "Alvast bedankt,", "Met groet,", "Gr."]
SIGNATURES = [
    "{{name}}\n{{addr}}\nTel: {{phone}}",
    "{{name}}\nMob. {{phone}}",
    "{{first}}\n\nVerzonden vanaf mijn iPhone",
    "{{name}}\n{{email}} | {{phone}}",
    "{{name}}\nKlantnummer: {{cust}}",
    "{{first}} {{last}}\n\n-- \nVerstuurd met de Ziggo Mail app",
    "{{name}}\n{{addr}}",
    "{{name}}\nT {{phone}}\nE {{email}}",
]
QUOTE_HEADERS = ["Op {{date}} om {{time}} schreef {{company}} <klantenservice@{{domain}}>:", "Op {{date}} {{time}} heeft {{company}} het volgende geschreven:",
                 "Van: {{company}} <service@{{domain}}>\nVerzonden: {{date}} {{time}}\nAan: {{email}}\nOnderwerp: Re: {{ticket}}",
                 "-----Oorspronkelijk bericht-----\nVan: {{company}}\nDatum: {{date}}\nOnderwerp: uw vraag"]
FORWARD = ["---------- Doorgestuurd bericht ---------\nVan: {{name}} <{{email}}>\nDatum: {{date}} {{time}}\nOnderwerp: {{subject}}\nAan: <info@{{domain}}>",
           "Begin doorgestuurd bericht:\n\nVan: {{name}} <{{email}}>\nDatum: {{date}}\nAan: service@{{domain}}"]
DISCLAIMERS = ["Dit bericht is uitsluitend bestemd voor de geadresseerde. {{creg}}",
               "Denk aan het milieu voordat u deze e-mail print.",
               "Aan dit bericht kunnen geen rechten worden ontleend. {{creg}} | {{url}}",
               "Deze e-mail is gecontroleerd op virussen."]

AGENT = [
    "Hoi {{first}}, vervelend dat je koffer nog niet terug is! Ik zie dossier {{claim}}. We bezorgen hem op {{addr}}, klopt dat? Groet, {{agent}} {{initials}}",
    "Hallo {first_name}, bedankt voor je bericht. Deel nooit je wachtwoord of de sms-code <code> met ons. Je zaaknummer is {{ticket}}. {{initials}}",
    "Dag {{first}}, de terugbetaling van {{amount}} staat klaar en wordt binnen {{qty}} overgemaakt naar {{masked}}. Gr. {{agent}}",
    "Hoi! Ik heb je nieuwe IBAN {{iban}} verwerkt op klantnummer {{cust}}. Je ziet dit vanaf {{date}} terug. {{initials}}",
    "Beste {{first}}, helaas kunnen we zonder geboortedatum niets doen. Ik heb nu {{dob}} genoteerd, klopt dat? Bel anders {{cphone}} (ma-vr tot {{time}}).",
    "Hi {{first}}, je kunt je refund volgen via {{url}}. Referentie {{ticket}}. Fijne dag! ^{{agent}}",
    "Hoi {{first}}, we bellen je morgen tussen {{time}} en {{time}} op {{phone}}. Groetjes {{agent}}",
    "Hallo, ik heb de monteur gevraagd de code {{pin}} van je sleutelkluis te gebruiken. Afspraak {{date}}. {{initials}}",
]
AGENT_SIGS = ["Met vriendelijke groet,\n{{agent}}\nKlantenservice {{company}}\n{{cphone}} | {{url}}\n{{creg}}", "Groet, {{agent}} | Team Webcare", "{{initials}}"]

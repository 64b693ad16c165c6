"""blind9 templates: Flemish (nl-BE). See generate_blind.py for the syntax."""
LFAM = "vl"
TEMPLATES = []


def T(fam, sector, channels, text, lang="nl-be", w=1, region=None):
    TEMPLATES.append({"fam": fam, "sector": sector, "channels": channels.split(), "text": text.strip("\n"),
                      "lang": lang, "w": w, "region": region})


PHRASES = {
    "pair": [
        "inloggen met {user} en paswoord {pw}",
        "login {user}, paswoord {pw}",
        "gebruikersnaam {user} / paswoord {pw}",
        "{user} en als paswoord {pw}",
        "{user} - {pw}",
        "login: {user}\npaswoord: {pw}",
        "gebruiker {user} met pasw. {pw}",
        "mijn login is {user} en mijn paswoord is {pw}",
        "{user}:{pw}",
        "paswoord {pw} (login {user})",
        "gebruikersnaam = {user}, wachtwoord = {pw}",
        "login {user} pasword {pw}",
        "als {user} met {pw}",
        "user: {user} – paswoord: {pw}",
        "{user} | {pw}",
        "gebruikersnaam {user}, paswoord allez wachtwoord {pw}",
    ],
    "pw": [
        "mijn paswoord is {pw}",
        "paswoord: {pw}",
        "pasw {pw}",
        "{pw} is mijn paswoord",
        "paswood {pw}",
        "wachtwoord {pw}",
        "het paswoord '{pw}'",
        "paswoord ({pw})",
        "paswoord → {pw}",
        "paswoord, nl. {pw}",
        "paswoord dwz {pw}",
        "passwoord {pw}",
        "pw: {pw}",
        "paswoordje {pw}",
    ],
    "otp": [
        "de code {otpx}",
        "de responscode {otp8}",
        "de code van de kaartlezer: {otp8}",
        "verificatiecode {otp}",
        "de sms-code {otpx}",
        "'{otp}'",
        "bevestigingscode {otp}",
        "de code, nl. {otp}",
        "de code (namelijk {otpx})",
        "👉 {otp}",
        "controlecode {otp}",
        "de digipass-code {otp8}",
        "signatuurcode {otp8}",
        "verificatiecod {otp}",
        "de code dwz {otp}",
        "responscde {otp8}",
    ],
    "pin": [
        "mijn pincode is {pin}",
        "geheime code {pin}",
        "mijn geheime code, {pin}",
        "pincode: {pin}",
        "{pin} is mijn pincode",
        "de pin ({pin})",
        "pincode nl. {pin}",
        "pincde {pin}",
        "geheime kode {pin}",
        "pin → {pin}",
        "de code van mijn bankkaart: {pin}",
        "'{pin}' als pincode",
        "pincode, dwz {pin}",
        "geheim nummer {pin}",
    ],
    "cvv": [
        "de drie cijfers achteraan ({cvv})",
        "CVC {cvv}",
        "code op de achterkant {cvv}",
        "cvv: {cvv}",
        "veiligheidscode {cvv}",
        "de 3 cijfers op de achterkant, {cvv}",
        "{cvv} (achterkant kaart)",
        "CVC-code → {cvv}",
        "controlecijfers {cvv}",
        "cvc nl. {cvv}",
    ],
    "card": [
        "kaartnummer {card}",
        "nummer van mijn kredietkaart {card}",
        "kredietkaartnummer: {card}",
        "kaartnr. {card}",
        "mijn kredietkaart ({card})",
        "het nummer vooraan op de kaart, {card}",
        "mijn visa {visa}",
        "mastercard {mc}",
        "kaart {card}",
    ],
    "exp": [
        "vervaldatum {exp}",
        "geldig tot {exp}",
        "exp. {exp}",
        "({exp})",
        "vervalt {exp}",
        "tot {exp}",
        "vervaldag {exp}",
    ],
    "iban": [
        "rekeningnummer {iban}",
        "IBAN {iban}",
        "mijn rekening {iban}",
        "rekeningnr {iban}",
        "iban: {iban}",
        "op rekening {iban}",
        "bankrekeningnummer {iban}",
    ],
    "wifi": [
        "wifi-paswoord {wifi}",
        "netwerksleutel {wifi}",
        "wifi code {wifi}",
        "paswoord van de wifi: {wifi}",
        "WPA-sleutel {wifi}",
        "wifi sleutel ({wifi})",
        "de code van de modem, {wifi}",
        "{wifi} als wifi-paswoord",
        "wifiwachtwoord {wifi}",
        "wifi paswood {wifi}",
    ],
    "puk": [
        "PUK {puk}",
        "pukcode {puk}",
        "PUK-code: {puk}",
        "de puk is {puk}",
        "puk-nummer {puk}",
        "PUK1 {puk}",
        "pukkode {puk}",
        "puk (nl. {puk})",
        "de PUK → {puk}",
    ],
    "bsnnl": [
        "BSN {bsnflat}",
        "burgerservicenummer {bsn}",
        "BSN-nummer: {bsn}",
        "BSN (nl. {bsn})",
    ],
    "user": [
        "login {user}",
        "gebruikersnaam {user}",
        "loginnaam: {user}",
        "gebruikersnaam is {user}",
        "user {user}",
        "login-naam {user}",
        "gebruikesnaam {user}",
    ],
}

# ------------------------------------------------------------------ phishing: codes
T("phish_otp", "bank", "whatsapp messenger", """
Goeiedag, ik denk dat ik opgelicht ben. Iemand van 'de fraudedienst' belde en ik heb {~otp} doorgegeven. Nu is er {amt} van mijn rekening verdwenen. Wat moet ik doen?
""")
T("phish_otp", "bank", "x_dm", """
ik heb mijn kaart in de kaartlezer gestoken en {~otp} voorgelezen aan iemand die zei van {brand} te zijn 😢 amai wat dom
""")
T("phish_otp", "bank", "email", """
Onderwerp: fraude via telefoon - responscodes doorgegeven

Geachte,

Op {date} rond {tpm} werd ik gebeld door iemand die zich voorstelde als medewerker van {brand}. Het nummer op mijn gsm leek op jullie nummer ({cph}). Hij liet mij twee keer een code berekenen met de kaartlezer. Ik heb {otp8@a} en daarna {otp8@b} doorgegeven. Intussen zijn er twee overschrijvingen gebeurd van telkens {amt} naar {ibanx}.

Kunnen jullie dit blokkeren en terugvorderen?

Met vriendelijke groeten,
{sig}
""")
T("phish_otp", "bank", "whatsapp", """
{ts}{first}: goeiemiddag
{ts}{first}: ik heb een code doorgegeven aan iemand aan de telefoon
{ts}{brand}: Dag {first}, bedankt om dit snel te melden. Welke code was het en wanneer?
{ts}{first}: efkes kijken in mijn sms'en
{ts}{first}: {otp}
{ts}{first}: rond {time}
{ts}{brand}: Ik heb uw toegang geblokkeerd. Deel nooit codes, ook niet met ons. Dossiernummer {case}.
""")
T("phish_otp", "market", "messenger instagram_dm", """
Iemand op {brand} wou mijn zetel kopen en vroeg een code om 'te bewijzen dat ik geen bot ben'. Ik heb {otpsp} gestuurd en nu kan ik niet meer aan mijn account. Ter info: {~user}.
""")
T("phish_otp", "bank", "x_public", """
{at} opgelicht door een valse helpdesk. Heb de code {otp} gegeven en nu staat er {amt} minder op mijn rekening. Hoe blokkeer ik alles? {tag}
""")
T("phish_otp", "bank", "telegram", """
'{otp8}' dat is wat ik moest intypen op die site van {purl}. nu krijg ik een mail dat er een nieuw toestel gekoppeld is
""")
T("phish_otp", "telco", "whatsapp", """
Ik heb vannacht een sms gekregen met een code ({otpx}) en 5 min later belde er iemand 'van {brand}' die hem vroeg voor een 'upgrade van mijn abonnement'. Ik heb hem gegeven. Mijn gsm-nummer is {phone}.
""")

# ------------------------------------------------------------------ phishing: card
T("phish_card", "card", "email", """
Onderwerp: kredietkaartgegevens ingegeven op valse site

Goeiedag,

Ik kreeg een sms van '{parcel}' dat ik {amts} moest betalen voor een pakje ({track}). Op de site heb ik {~card} ingegeven, {~exp}, en {~cvv}. Achteraf zie ik een betaling van {amt}.

Gelieve mijn kaart te blokkeren.

Met vriendelijke groeten,
{sig}
""")
T("phish_card", "card", "whatsapp telegram", """
{ts}{brand}: Dag {first}, wat heeft u precies ingevuld op die pagina?
{ts}{first}: mijn kaartnummer
{ts}{first}: {card}
{ts}{first}: vervaldatum {exp}
{ts}{brand}: En de code op de achterkant?
{ts}{first}: ja die ook, {cvv}
{ts}{brand}: Dank u. De kaart eindigend op {last4} is nu geblokkeerd.
""")
T("phish_card", "shop", "messenger x_dm", """
Op een nepsite van {brand} iets besteld (bestelnummer {ord}). Betaald met {~card} en {~cvv}. Het pakje komt natuurlijk nooit. Hoe krijg ik mijn geld terug?
""")
T("phish_card", "market", "whatsapp", """
Koper op {brand} stuurde een link om 'het bedrag te ontvangen'. Ik moest mijn kaart ingeven: {cardflat}, {exp}, en op het einde nog {cvv}. Nu is er {amt} afgehaald in plaats van bijgekomen 😡
""")
T("phish_card", "card", "x_public", """
{at} misbruik van {~card} na een valse sms. Geen bevestiging gevraagd, gewoon {amt} weg. {tag}
""")
T("phish_card", "stream", "instagram_dm messenger", """
Ik kreeg een mail dat mijn {brand} abonnement niet betaald was. Heb mijn kaart opnieuw ingegeven via de link: {card}, geldig tot {exp}. Nu zie ik dat de mail nep was. Wat nu?
""")

# ------------------------------------------------------------------ phishing: PIN
T("phish_pin", "bank", "email", """
Onderwerp: bankkaart meegegeven aan valse bankbediende

Goeiedag,

Mijn vader ({dob}) heeft gisteren zijn bankkaart afgegeven aan een man die zich voordeed als bediende van {brand}. Hij heeft ook zijn geheime code {pin} gegeven 'zodat de kaart vernietigd kon worden'. Vandaag is er {amt} afgehaald aan een automaat in {city}.

Zijn rekeningnummer: {iban}. U kan mij bereiken op {phone}.

Vriendelijke groeten,
{full}
""")
T("phish_pin", "bank", "whatsapp messenger", """
ik heb {~pin} aan de telefoon gezegd omdat ze zeiden dat mijn kaart gehackt was. is da erg?
""")
T("phish_pin", "bank", "x_public facebook_comment", """
{at} mijn moeke van 86 heeft haar geheime code ({pin}) aan een "bankbediende" gegeven. Kaart is geblokkeerd, maar {amt} is al weg. {tag}
""")
T("phish_pin", "bank", "whatsapp", """
{ts}{brand}: Heeft u naast de kaart ook de pincode gegeven?
{ts}{first}: ja
{ts}{first}: spijtig genoeg
{ts}{brand}: Geen probleem, u hoeft hem niet te herhalen.
{ts}{first}: het was {pin} als ge het moet weten
{ts}{brand}: Dank u. De kaart is geblokkeerd. Referentie {case}.
""")

# ------------------------------------------------------------------ phishing: login
T("phish_login", "bank", "email", """
Onderwerp: inloggegevens op valse pagina

Beste,

Via een mail van '{brand}' ben ik op {purl} terechtgekomen. Ik heb daar {~pair} ingegeven. Daarna vroeg de site nog de responscode van mijn kaartlezer ({otp8}). Ik heb intussen mijn paswoord veranderd naar {pw}.

Gelieve mijn online bankieren te blokkeren.

Met vriendelijke groeten,
{sig}
""")
T("phish_login", "stream", "messenger x_dm", """
Iemand heeft mijn {brand} overgenomen en mijn e-mailadres veranderd. Ik had {~pair} ingevuld via een valse link. Mijn echte e-mail is {email}
""")
T("phish_login", "shop", "whatsapp", """
Mail gekregen dat mijn account bij {brand} ging vervallen. Op de link geklikt en ingelogd, {~pw}. Nu staat er een bestelling van {amt} die ik niet gedaan heb (nr {ord})
""")
T("phish_login", "energy", "telegram instagram_dm", """
kan niet meer inloggen bij {brand}, {user} {pw} werkt niet meer. vorige week een mail gekregen over een 'terugbetaling' en daar ingelogd...
""")
T("phish_login", "insure", "messenger", """
Valse mail van {brand} over een terugbetaling. Ik heb {~pair} ingevuld en daarna {~iban}. Moet ik iets laten blokkeren?
""")

# ------------------------------------------------------------------ lock-out
T("lockout", "bank", "whatsapp telegram", """
Na 3 foute pogingen is mijn app geblokkeerd. Ik dacht dat mijn code {pin5} was, of misschien {pin5}. Kan da gedeblokkeerd worden? App versie {appver} op {ver}
""")
T("lockout", "bank", "messenger x_dm", """
Ik krijg foutcode {err} als ik inlog met {~pair}. Sinds de update van {date}. Wat is er mis?
""")
T("lockout", "telco", "email", """
Onderwerp: account geblokkeerd

Goeiedag,

Ik kan niet meer inloggen op Mijn {brand}. Na het ingeven van mijn paswoord ({pw}) krijg ik 'account tijdelijk geblokkeerd' ({err}). Mijn klantennummer is {cust}, mijn gsm {phone}.

Kunnen jullie mijn account deblokkeren?

Vriendelijke groeten,
{sig}
""")
T("lockout", "bank", "whatsapp", """
{ts}{first}: app zegt dat mijn pincode geblokkeerd is
{ts}{brand}: Dag {first}! Heeft u uw login bij de hand? Dan sturen we een deblokkeringscode per brief.
{ts}{first}: wacht
{ts}{first}: ik zoek het efkes op
{ts}{first}: {user}
{ts}{brand}: Perfect, de brief vertrekt vandaag. Dossier {case}.
""")
T("lockout", "stream", "instagram_dm", """
hallo ik geraak niet meer in mijn account. {~user}, paswoord gereset naar {pw} maar hij zegt {err}
""")
T("lockout", "bank", "x_public", """
{at} al 2 dagen geen toegang tot mijn rekening. Foutcode {err}, app {appver}, {ver}. Wachttijd op {cph} meer dan een uur {tag}
""")

# ------------------------------------------------------------------ SIM / PUK
T("sim", "telco", "whatsapp messenger", """
Mijn simkaart is geblokkeerd na 3 keer de verkeerde pincode. Kunnen jullie de PUK sturen? Mijn gsm-nummer is {phone}, klantennummer {cust}.
""")
T("sim", "telco", "x_dm telegram", """
{~puk} werkt niet, mijn {pmodel} zegt 'PUK ongeldig'. Nog 8 pogingen. Help aub!
""")
T("sim", "telco", "email", """
Onderwerp: simkaart vervangen zonder toestemming

Geachte,

Op {date} rond {tpm} had mijn gsm plots geen bereik meer. Kort daarna kreeg ik een mail dat mijn simkaart vervangen was. Dit heb ik niet aangevraagd. Ondertussen is er geprobeerd in te loggen op mijn bankapp vanaf {ip}.

Gsm-nummer: {phone}
Klantennummer: {cust}
Geboortedatum: {dob}

Graag de simkaart terug op mijn naam en uitleg wie dit heeft aangevraagd.

Met vriendelijke groeten,
{sig}
""")
T("sim", "telco", "agent_reply", """
Dag {first}, de PUK-code van uw simkaart is {puk}. Opgelet: na 10 foute pogingen is de simkaart definitief geblokkeerd. Kies daarna een nieuwe pincode. Groetjes, {agent}
""")
T("sim", "telco", "whatsapp telegram", """
{ts}{first}: mijn sim vraagt een PUK
{ts}{brand}: Dag {first}, geen probleem. Wat is het gsm-nummer?
{ts}{first}: {phone}
{ts}{brand}: En uw klantennummer?
{ts}{first}: moment
{ts}{first}: {cust}
{ts}{brand}: Dank u. De PUK is {puk}. Deel die met niemand.
""")
T("sim", "telco", "messenger", """
Ik heb de pincode van mijn sim veranderd naar {pin} en nu heeft mijn dochter 3 keer de oude code ({pin}) geprobeerd 🙈 geblokkeerd. Haar nummer is {phone2}
""")
T("sim", "telco", "x_public", """
{at} mijn nummer is gekaapt! Sim swap, gisteren rond {time}. Bij {cph} neemt niemand op. {tag}
""")

# ------------------------------------------------------------------ PIN letter
T("pinletter", "bank", "whatsapp messenger", """
Nieuwe bankkaart ontvangen, in de brief staat {pin} als geheime code maar de automaat zegt 'code ongeldig' ({err}). Kaart eindigt op {last4}.
""")
T("pinletter", "bank", "x_dm", """
pincodebrief ontvangen maar de kaart nog niet. brief van {date}, code {pin}. mag ik die al gebruiken als de kaart komt?
""")
T("pinletter", "card", "email", """
Onderwerp: pincode kredietkaart werkt niet

Goeiemiddag,

Op {date} heb ik mijn nieuwe kredietkaart ontvangen ({mcard}) en een paar dagen later de brief met de pincode. Volgens de brief is de code {pin}, maar elke betaling wordt geweigerd met foutcode {err}.

Mijn klantennummer is {cust}.

Vriendelijke groeten,
{sig}
""")

# ------------------------------------------------------------------ late / duplicate codes
T("otp_late", "bank", "whatsapp messenger", """
De code kwam pas na een kwartier binnen ({otp}) en toen ik opnieuw vroeg kreeg ik {otp} en daarna nog {otp}. Welke moet ik gebruiken?
""")
T("otp_late", "telco", "x_dm telegram", """
Sms met verificatiecode komt niet aan op {phone}. Bij het inloggen krijg ik {err}. Om {time} kwam er wel een oude code: {otp}
""")
T("otp_late", "shop", "whatsapp", """
{ts}{first}: ik heb 2 codes gekregen welke is de juiste
{ts}{brand}: Dag {first}! Altijd de laatste. Welke twee heeft u gekregen?
{ts}{first}: eerst {otp} en dan {otp}
{ts}{brand}: Gebruik de tweede. En deel ze verder met niemand 😉
""")
T("otp_late", "gov", "email", """
Onderwerp: sms-code komt te laat

Goeiedag,

Bij het aanmelden op {brand} komt de sms-code pas na enkele minuten. Vandaag vroeg ik een code aan om {tam}, die kwam binnen om {tpm} ({otp@o}). Intussen had ik een tweede aangevraagd ({otp@n}). Beide werden geweigerd met {err}.

Mijn gsm is een {pmodel} met {ver}.

Met vriendelijke groeten,
{sig}
""")
T("otp_late", "stream", "instagram_dm telegram", """
inlogcode {otpx} werkt ni?? net ontvangen. account is {user}
""")

# ------------------------------------------------------------------ reset / temporary passwords
T("reset", "telco", "whatsapp x_dm", """
Jullie hebben een tijdelijk paswoord gestuurd ({pwtmp}) maar dat werkt niet, ik krijg {err}
""")
T("reset", "bank", "agent_reply", """
Beste {first}, ik heb een nieuw tijdelijk paswoord voor u aangemaakt: {pwtmp}. Wijzig het meteen na het aanmelden en deel het met niemand. Vriendelijke groeten, {agent} ({brand})
""")
T("reset", "shop", "email", """
Onderwerp: resetlink werkt niet

Hallo,

Ik heb een nieuwe link aangevraagd en kreeg deze:
https://www.{bslug}.be/account/reset?token={hex40}

Maar ik krijg 'link vervallen' terwijl ik hem na 1 minuut al open. Mijn account is {email}.

Groetjes,
{first}
""")
T("reset", "energy", "whatsapp", """
{ts}{first}: welk paswoord moet ik gebruiken
{ts}{brand}: Dag {first}, u heeft een mail met een tijdelijk paswoord gekregen. Misschien in de spam?
{ts}{first}: ah ja gevonden
{ts}{first}: {pwtmp}
{ts}{brand}: Juist. Daarna vraagt het systeem een nieuw paswoord.
{ts}{first}: ok nieuw is {pw}
""")
T("reset", "insure", "messenger telegram", """
ik kreeg een mail 'uw tijdelijk paswoord: {pwtmp}' maar ik heb niks gereset?? is er iemand met mijn account bezig? polisnummer {cust}
""")

# ------------------------------------------------------------------ pasted notifications
T("pasted", "bank", "whatsapp messenger", """
Ik kreeg dit: "{brand}: Uw bevestigingscode is {otp}. Deel deze code nooit, ook niet met een medewerker. {smsref}" maar ik heb niks aangevraagd!
""")
T("pasted", "telco", "telegram x_dm", """
"Uw {brand} code: {otpg}. Niet delen." -> 4x ontvangen vannacht om {tnight}. Is er iemand met mijn nummer bezig?
""")
T("pasted", "parcel", "whatsapp", """
Deze sms is vals toch? "{brand}: uw pakje {track} wacht op betaling van {amts}. Betaal via {purl}". Ik heb al betaald met {~card} 😬
""")
T("pasted", "bank", "email", """
Onderwerp: TR: Uw activeringscode

Is deze mail echt van jullie? Ik heb niks aangevraagd.

-------- Doorgestuurd bericht --------
Van: {brand}
Datum: {date} {time}
Aan: {email}
Onderwerp: Uw activeringscode

Beste klant,
Uw activeringscode voor de app is: {otp8}
Deze code blijft 15 minuten geldig. Heeft u deze code niet aangevraagd? Bel dan meteen {cph}.
""")
T("pasted", "telco", "x_dm messenger", """
Kreeg net: "{brand}: Uw PUK-code is {puk}. Uw simkaart eindigend op {last4} werd geblokkeerd." Maar ik heb helemaal niks fout ingegeven??
""")

# ------------------------------------------------------------------ family / shared
T("family", "stream", "email", """
Onderwerp: zoon heeft paswoord veranderd

Dag {brand},

Mijn zoon (15) heeft op ons gezinsaccount het paswoord veranderd naar {pw} en ook het e-mailadres. Kunnen jullie het e-mailadres terugzetten naar {email}? Het abonnement wordt betaald via {iban}.

Vriendelijke groeten,
{sig}
""")
T("family", "stream", "whatsapp messenger", """
We gebruiken met heel het gezin één account: {~pair}. Op de tv krijg ik nu {err}, op de tablet werkt het wel.
""")
T("family", "telco", "telegram messenger", """
Mijn moeder is de pincode van haar sim vergeten, ze twijfelt tussen {pin} en {pin}. Allebei geprobeerd. Nummer {phone2}. Ik regel het voor haar, klantennummer {cust}
""")
T("family", "telco", "whatsapp", """
Wifi voor de kinderen is {ssid} met {~wifi}. Hoe zet ik het af na {tpm}? Modem {modem}
""")
T("family", "bank", "whatsapp", """
Onze dochter (17) heeft met mijn bankkaart betaald, de code {pin} kent ze al jaren 🙈 kan ik de pincode veranderen zonder nieuwe kaart?
""")

# ------------------------------------------------------------------ wifi
T("wifi", "telco", "whatsapp messenger", """
De babysit geraakt niet op {ssid}, ze typt {~wifi} zoals op de sticker. Modem is een {modem}, lampje knippert rood.
""")
T("wifi", "telco", "email", """
Onderwerp: wifi-paswoord veranderd, printer werkt niet meer

Dag,

Ik heb het wifi-paswoord van de {modem} veranderd van {wifi} (van de sticker) naar {wifi}. Sindsdien verbindt de printer niet meer. Het netwerk heet {ssid}.

Klantennummer {cust}.

Groeten,
{sig}
""")
T("wifi", "telco", "telegram x_dm", """
{wifi} ← dat is wat de technieker heeft ingesteld, maar het werkt niet op de 5 GHz. modem {modem}
""")
T("wifi", "telco", "whatsapp", """
{ts}{brand}: Dag {first}! Heeft u de netwerknaam en het paswoord van de achterkant van de modem geprobeerd?
{ts}{first}: ja
{ts}{first}: {ssid}
{ts}{first}: en {wifi}
{ts}{brand}: Dank u. Ik zie dat de modem sinds vannacht {tnight} offline is. Ik herstart hem van op afstand.
""")
T("wifi", "telco", "agent_reply", """
Dag {first}, het wifi-paswoord van uw modem ({modem}) staat bij ons nog op {wifi}. Dat is de standaardcode van de sticker. U kan die wijzigen via Mijn {brand}. Groetjes, {agent}
""")

# ------------------------------------------------------------------ shops / terminals / API
T("shop_term", "api", "email", """
Onderwerp: betaalterminal weigert alle kaarten

Geachte,

Sinds deze ochtend {tam} weigert onze betaalterminal ({term}, terminal-ID {tid}) alle kaarten met foutcode {err}. Wij zijn een frituur in {city} (ondernemingsnummer {kvk}). Klanten kunnen enkel nog cash betalen.

Gelieve dringend te bellen naar {phone}.

Met vriendelijke groeten,
{full}
""")
T("shop_term", "api", "whatsapp messenger", """
Iemand belde namens {brand} dat onze terminal een update nodig had en vroeg de beheerderscode. Ik heb {pin6} gegeven. Nu zie ik terugbetalingen van {amt}?? Terminal-ID {tid}
""")
T("shop_term", "api", "telegram", """
Login handelaarsportaal: {~pair} lukt niet meer sinds de update ({appver}). Ik moet de dagafsluiting van {date} nog downloaden
""")
T("shop_term", "api", "email", """
Onderwerp: API-sleutels webshop

Dag,

In onze webshopplugin heb ik de consumer key {ck} en consumer secret {cs} ingevuld, maar bij elke bestelling krijg ik {err}. Plugin versie {appver}. Ondernemingsnummer {kvk}.

Groeten,
{first}
""")
T("shop_term", "telco", "messenger", """
In onze bakkerij hebben we wifi voor de klanten: {ssid} met paswoord {wifi}. Kan onze terminal ({term}) daar ook op of is dat onveilig?
""")

# ------------------------------------------------------------------ developers
T("dev", "api", "email", """
Onderwerp: DRINGEND: live key gelekt

Dag {brand},

Onze live secret key {sk} is per ongeluk op een publieke GitHub repo beland (commit van {date}). Gelieve die onmiddellijk in te trekken. Er zijn al {amt} aan verdachte transacties.

Account: {email}

Met vriendelijke groeten,
{sig}
""")
T("dev", "api", "telegram messenger", """
webhook faalt. mijn request met Authorization: Bearer {jwt} geeft {err}. wat doe ik verkeerd?
""")
T("dev", "api", "whatsapp", """
Onze freelancer is gestopt en we weten niet welke sleutel hij gebruikte. In de .env staat:
PAY_API_KEY={apiu}
PAY_SECRET={hex32}
Is dat nog actief?
""")
T("dev", "api", "x_dm", """
Iemand van 'jullie support' vroeg via mail mijn API key voor een migratie. Ik heb {apikey} doorgestuurd. Da was geen support, he?
""")
T("dev", "api", "email", """
Onderwerp: AWS sleutels zichtbaar in jullie dashboard

Hallo,

In de logs van onze integratie (export van {date}) staat het volgende:

aws_access_key_id={akia}
aws_secret_access_key={awssec}

Dat zijn onze productiesleutels. Hoe komen die daar? Ticket {case} is nog niet opgepakt.

Groeten,
{first}
""")
T("dev", "api", "telegram", """
sorry, per ongeluk in de publieke chat gezet: {ghpat} — dat is onze deploy token bij jullie. Kunnen jullie die revoken?
""")
T("dev", "api", "messenger whatsapp", """
Onze Slack-integratie met {brand} valt steeds weg. Token {xoxp}, versie {appver}, foutcode {err}
""")

# ------------------------------------------------------------------ cross-border BSN
T("gov", "gov", "email", """
Onderwerp: grensarbeider - toegang tot {brand}

Goeiedag,

Ik woon in België maar werk in Nederland en heb dus een BSN: {bsn}. Bij het aanmelden op {brand} krijg ik telkens {err}. Mijn adres is {addr}, geboren op {dob}.

Met vriendelijke groeten,
{full}
""")
T("gov", "gov", "messenger", """
Als grensarbeider heb ik een Nederlands {~bsnnl}, maar jullie formulier aanvaardt het niet. Foutcode {err}. Wat moet ik doen?
""")
T("gov", "insure", "whatsapp", """
{ts}{brand}: Dag {first}, voor uw Nederlandse polis hebben we uw BSN nodig.
{ts}{first}: ik ben Belg, heb ik dat?
{ts}{brand}: Als u in Nederland werkt wel, het staat op uw loonstrook.
{ts}{first}: ah ja gevonden
{ts}{first}: {bsnflat}
{ts}{brand}: Dank u! Ik werk uw dossier {case} bij.
""")

# ------------------------------------------------------------------ contact details (low risk)
T("contact", "energy", "email", """
Onderwerp: verhuis doorgeven

Beste {brand},

Vanaf {date} woon ik op {addr}. Mijn klantennummer is {cust}. De eindmeterstand op het oude adres: {meter} (dag) en {meter} (nacht).

Met vriendelijke groeten,
{sig}
""")
T("contact", "telco", "whatsapp messenger", """
Ik heb een nieuw gsm-nummer, kunnen jullie dat aanpassen? Oud: {phone2}, nieuw: {phone}. Klantennummer {cust}
""")
T("contact", "shop", "x_dm", """
Kan mijn bestelling {ord} naar {street} in plaats van het oude adres? Mijn e-mail is {email}
""")
T("contact", "insure", "messenger", """
Goeiemorgen, ik ben {full}, geboren op {dob}. Graag mijn gsm-nummer aanpassen naar {phone}. Polisnummer {cust}.
""")
T("contact", "parcel", "whatsapp", """
pakje {track} staat als 'geleverd' maar ik heb niks. adres: {addr}, bel mij op {phone}
""")

# ------------------------------------------------------------------ no spans (hard negatives)
T("neg", "bank", "whatsapp messenger", """
Bij het betalen krijg ik altijd foutcode {err}. Kaart is nieuw, eindigt op {last4}. Heb ik de pincode te veel fout ingegeven?
""")
T("neg", "bank", "x_dm", """
Ik heb GEEN code doorgegeven. Wel een sms gekregen met referentie {smsref} om {time}. Is dat van jullie?
""")
T("neg", "telco", "whatsapp", """
modem {modem}, wifi-paswoord staat op de sticker maar werkt niet meer sinds de storing van {date}. Storingsnummer {case}
""")
T("neg", "bank", "x_public", """
{at} jullie fraudelijn {cph} is onbereikbaar! Er is {amt} van mijn rekening ({miban}) gehaald op {date} om {time}. {tag}
""")
T("neg", "bank", "agent_reply", """
Dag {first}, vervelend dat u gebeld werd door oplichters. Goed dat u geen code heeft doorgegeven! Deel nooit uw pincode of responscode, ook niet met ons. Uw melding staat onder nummer {case}. Groetjes, {agent}
""")
T("neg", "telco", "agent_reply", """
Dag {first}, de PUK-code kunnen we niet via een publiek kanaal sturen. U vindt hem in Mijn {brand} onder 'Simkaart'. Referentie van uw vraag: {case}. ^{agent}
""")
T("neg", "shop", "messenger", """
Bestelling {ord} van {amt} geweigerd met code {err}. Kaart {mcard}, de bevestigingscode kwam wel binnen. Factuurnummer was {inv}.
""")
T("neg", "energy", "whatsapp", """
Meterstand doorgeven lukt niet, ik krijg code {err}. Stand is {meter} (dag) en {meter} (nacht). Contract sinds {year}.
""")
T("neg", "bank", "email", """
Onderwerp: onbekende betaling

Beste,

Op {date} om {time} is er {amt} van mijn rekening gegaan met mededeling "{txid}". Ik ken dit niet. Het gaat om rekening {miban}. Ik heb niemand mijn geheime code of een responscode gegeven, mijn kaart heb ik nog.

Kunnen jullie dit nakijken?

Met vriendelijke groeten,
{full}
""")
T("neg", "telco", "messenger", """
Sim-pin 3 keer fout op mijn {pmodel} ({ver}). Op het scherm: 'PUK vereist', foutcode {err}. Kunnen jullie mij bellen? Niet via {cph}, daar hang ik al een uur
""")
T("neg", "api", "whatsapp", """
Terminal {term} zegt 'PIN FOUT' ook als de klant zeker is van de code. Foutcode {err}, terminal-ID {tid}. Vandaag {pct} van de betalingen geweigerd.
""")
T("neg", "card", "x_dm", """
Kaart {mcard} geblokkeerd na 3x verkeerde pincode in het buitenland. Code {err}. Wanneer kan ik weer betalen?
""")
T("neg", "parcel", "facebook_comment", """
Opgelet, valse sms van {brand} over {amts} invoerrechten met link {purl}. Ze vragen je kaartnummer en pincode! Niet invullen. {tag}
""")
T("neg", "market", "whatsapp", """
Koper wil {amt} sturen via een 'betaallink' en vraagt de code uit mijn sms. Ik heb NIKS doorgegeven. Link: {purl}. Zoekertje nr {ord}
""")
T("neg", "telco", "x_public", """
{at} {data} op maar volgens de app ({appver}) heb ik maar {pct} gebruikt? Storing? {tag}
""")
T("neg", "bank", "telegram", """
nieuwe kaart aangevraagd op {date}, aanvraagnummer {ord}. de pincode komt apart hé? brief nog niet ontvangen
""")
T("neg", "telco", "whatsapp", """
{ts}{first}: mijn sim is geblokkeerd
{ts}{brand}: Vervelend! Ziet u een foutcode op het scherm?
{ts}{first}: {err}
{ts}{brand}: Dank u. Uw PUK staat op de plastic kaart waar de sim in zat. Deel die code met niemand. Ticket {case}.
""")
T("neg", "bank", "agent_reply", """
Dag {first}, goed dat u het meldt. Wij vragen nooit uw pincode, paswoord of responscode. Twijfelt u? Blokkeer uw kaart via {cph}. Uw melding heeft nummer {case}. Vriendelijke groeten, {agent}
""")
T("neg", "stream", "instagram_comment", """
{at} alweer geen inlogcode ontvangen, {pct} van de keren lukt het gewoon niet. App {appver} 🙄 {tag}
""")
T("neg", "gov", "messenger", """
Ik kreeg een brief met 'uw activeringscode' maar de code is onleesbaar afgedrukt. Brief van {date}, kenmerk {case}
""")

# ------------------------------------------------------------------ agent replies with values
T("agent", "bank", "agent_reply", """
Dag {first}, u liet weten dat u uw pincode {pin} aan de beller heeft gegeven. Deel nooit uw pincode! Uw kaart is geblokkeerd, een nieuwe wordt verstuurd naar {addr}. Dossier {case}. Groeten, {agent}
""")
T("agent", "telco", "agent_reply", """
Beste {first}, uw simkaart is gedeblokkeerd. Uw nieuwe tijdelijke pincode is {pin}, de PUK blijft {puk}. Verander de pincode meteen. Vriendelijke groeten, {agent}
""")
T("agent", "stream", "agent_reply", """
Hoi {first}! Er is ingelogd vanaf IP {ip} op {date}. Ik heb alle toestellen afgemeld. Uw login {user} blijft hetzelfde, kies wel een nieuw paswoord. ^{agent}
""")
T("agent", "bank", "agent_reply", """
Beste {first}, u schreef dat u op de valse site ook uw rekeningnummer ({iban}) en geboortedatum ({dob}) heeft ingevuld. Dat alleen volstaat niet om geld af te halen, maar blijf waakzaam. Melding: {case}. Groeten, {agent}
""")
T("agent", "card", "agent_reply", """
Dag {first}, we hebben de kaart met nummer {card} geblokkeerd. De betalingen van {amt} en {amt} worden onderzocht onder nummer {case}. U ontvangt binnen 5 werkdagen een nieuwe kaart. Groeten, {agent}
""")
T("agent", "api", "agent_reply", """
Dag {first}, de sleutel {sk} is ingetrokken. In uw dashboard staat een nieuwe klaar. Plaats die nooit in publieke code. Ticket {case}. ^{agent}
""")
T("agent", "card", "agent_reply", """
Dag {first}, in uw bericht staat ook de veiligheidscode van uw kaart ({cvv}). Ik heb het bericht laten verwijderen; deel die code nooit. De kaart eindigend op {last4} is geblokkeerd. {agent}
""")

# ------------------------------------------------------------------ mixed lists / unusual positions
T("phish_mixed", "bank", "email", """
Onderwerp: overzicht van wat ik heb doorgegeven

Beste {brand},

Zoals gevraagd een overzicht van wat ik aan de valse medewerker heb gegeven:

- {~user}
- {~pw}
- {~iban}
- twee codes van de kaartlezer: {otp8} en {otp8}
- NIET mijn geheime code

Het gesprek was op {date} rond {tpm}, het nummer op mijn scherm was {cph}.

Met vriendelijke groeten,
{sig}
""")
T("phish_mixed", "card", "whatsapp", """
({cvv}) da heb ik ingevuld als code op de achterkant, en de rest van de kaart ({card}). Krijg ik mijn geld terug?
""")
T("phish_mixed", "telco", "messenger x_dm", """
👉 {puk} was de PUK die een 'medewerker' mij liet voorlezen. Nu heb ik geen bereik meer en is mijn nummer {phone} weg
""")
T("phish_mixed", "bank", "telegram", """
Ik heb het volgende doorgegeven (sorry): kaart {cardflat}, geheime code {pin}, en de responscode {otp8}. Rond {time}.
""")
T("phish_mixed", "bank", "whatsapp", """
{ts}{brand}: Welke gegevens heeft u precies gedeeld, {first}? Dan blokkeren we gericht.
{ts}{first}: mijn rekeningnummer
{ts}{first}: en mijn login
{ts}{brand}: Oké, u hoeft ze hier niet te herhalen.
{ts}{first}: {ibanflat} en {user} met {pw}
{ts}{brand}: Dank u. Ik blokkeer online bankieren, u krijgt per brief nieuwe gegevens.
""")
T("phish_mixed", "market", "x_public", """
{at} oplichter op jullie site liet mij een "verificatie" doen: {otp} is naar hem gegaan en nu is mijn account {user} gekaapt. {tag}
""")

# ------------------------------------------------------------------ refunds / IBAN
T("refund", "insure", "whatsapp", """
{ts}{brand}: Dag {first}, uw schadedossier is goedgekeurd. Op welk rekeningnummer mogen we storten?
{ts}{first}: super
{ts}{first}: moment ik zoek het op
{ts}{first}: {ibangrp}
{ts}{brand}: Dank u! Het bedrag van {amt} staat binnen 5 werkdagen op uw rekening.
""")
T("refund", "shop", "email", """
Onderwerp: terugbetaling retour {ord@r}

Goeiedag,

Ik heb bestelling {ord@r} op {date} teruggestuurd (zending {track}). De terugbetaling van {amt} is nog niet gebeurd. Gelieve het bedrag over te schrijven naar {iban} op naam van {full}; mijn oude kaart is geblokkeerd na fraude.

Vriendelijke groeten,
{sig}
""")
T("refund", "market", "messenger x_dm", """
Koper vroeg mijn rekeningnummer om te betalen, ik gaf {iban}. Daarna kreeg ik een link om {amts} te betalen 'ter verificatie'. Da's oplichting toch?
""")
T("refund", "telco", "telegram", """
2x gedomicilieerd ({amt} op {date} en nog eens op {date}). Graag terugstorten op {ibanflat}. klantennummer {cust}
""")

# ------------------------------------------------------------------ more PUK
T("sim", "telco", "whatsapp", """
{ts}{first}: simkaart geblokkeerd, hij vraagt een PUK
{ts}{brand}: Dag {first}! Heeft u de plastic kaart nog waar de sim uitkwam? Daar staat de PUK op.
{ts}{first}: efkes zoeken
{ts}{first}: gevonden
{ts}{first}: {puk}
{ts}{brand}: Perfect, die mag u nu ingeven. Daarna kiest u een nieuwe pincode.
""")
T("sim", "telco", "x_dm messenger", """
PUK {puk} ingegeven en nu vraagt mijn gsm een nieuwe pincode. Mag dat gewoon {pin} zijn of moet dat 6 cijfers?
""")

# ------------------------------------------------------------------ more hard negatives
T("neg", "card", "email", """
Onderwerp: vlucht geboekt met mijn kredietkaart

Beste,

Met mijn kredietkaart ({mcard}) werd op {date} een vlucht {flight} geboekt voor {amt}. Ik heb die vlucht niet geboekt. Mijn pincode en de code op de achterkant heb ik aan niemand gegeven.

Vriendelijke groeten,
{first}
""")
T("neg", "parcel", "messenger", """
De koerier van {brand} vroeg een code aan de deur maar ik had geen sms gekregen. Pakje {track}, bestelnummer {ord}. Moet ik die code echt hebben?
""")
T("neg", "telco", "instagram_comment", """
{at} waarom krijg ik sms'en met 'uw verificatiecode' terwijl ik niks doe?? al 3 keer vandaag {tag}
""")
T("neg", "bank", "facebook_comment", """
Iemand anders ook storing bij {brand}? Foutcode {err} bij aanmelden met de app sinds {time} {tag}
""")
T("neg", "api", "messenger", """
Klant zegt dat zijn code juist is maar de terminal geeft 'pin onjuist' ({err}) sinds de update naar {appver}. Terminal {term}, ondernemingsnummer {kvk}.
""")
T("neg", "energy", "email", """
Onderwerp: factuur klopt niet

Beste {brand},

Factuur {inv} van {amt} klopt niet. Ik heb al betaald op {date} en mijn verbruik was {qty}. De meterstand op {date} was {meter}.

Vriendelijke groeten,
{first}
""")
T("neg", "stream", "agent_reply", """
Dag {first}, we zien dat er om {time} werd aangemeld vanaf een nieuw toestel ({pmodel}). Was u dat niet? Wijzig dan meteen uw paswoord via {url}. Ticket {case}. ^{agent}
""")
T("neg", "shop", "whatsapp", """
Paswoord wijzigen lukt niet: 'minstens 12 tekens' maar het zijn er 14. App {appver}, {ver}. Laatste bestelling {ord}
""")
T("neg", "bank", "telegram", """
Jullie sms zei 'Wij vragen nooit uw code. Ref {smsref}'. Toch belde er iemand die de code wou. Ik heb niks gezegd hoor!
""")

# ------------------------------------------------------------------ tokens, wifi, cvv, more
T("reset", "stream", "messenger whatsapp", """
De aanmeldlink uit jullie mail werkt ni: https://www.{bslug}.be/login/bevestig?token={hex40} — ik krijg {err}
""")
T("dev", "api", "email", """
Onderwerp: access token verloopt te snel

Dag,

Het access token dat we krijgen ({jwt}) verloopt al na 5 minuten in plaats van een uur. Merchant-ID {cust}, SDK {appver}.

Groeten,
{full}
""")
T("wifi", "telco", "email", """
Onderwerp: wifi jeugdbeweging

Dag,

In ons jeugdlokaal hebben we wifi van jullie:
Netwerk: {ssid}
Paswoord: {wifi}

Sinds {date} geraakt niemand er nog op. Modem {modem}. Klantennummer {cust}.

Met vriendelijke groeten,
{sig}
""")
T("wifi", "telco", "x_public", """
{at} jullie technieker heeft ons wifi-paswoord ({wifi}) op de werkbon gezet en die in de bus gestoken 🙄 {tag}
""")
T("phish_card", "card", "whatsapp telegram", """
{ts}{brand}: Welke gegevens heeft u op die site ingevuld?
{ts}{first}: kaartnummer
{ts}{first}: en die code achteraan
{ts}{brand}: Welke code precies? De drie cijfers?
{ts}{first}: ja {cvv}
{ts}{brand}: Dank u. We blokkeren de kaart eindigend op {last4}.
""")
T("neg", "bank", "messenger", """
Nieuwe gsm ({pmodel}), moet de app opnieuw activeren. Activatiecode per brief is onderweg zeggen jullie (referentie {case}). Hoe lang duurt da?
""")
T("neg", "telco", "whatsapp", """
Simkaart besteld op {date}, bestelling {ord}. Volgens {track} geleverd maar de brief met pincode en PUK zat er niet bij?
""")
T("neg", "bank", "x_public", """
{at} nieuwe app-versie {appver} vraagt 3x per dag mijn pincode 😤 {ver}, {pmodel}. {tag}
""")
T("neg", "card", "x_dm", """
kaart {mcard}: 2x verkeerde pincode bij {amt} in de winkel, nog 1 poging over. Foutcode {err}. Komt dat na 24u terug in orde?
""")
T("neg", "insure", "whatsapp", """
Schade aangegeven op {date}, dossier {case}. Nu krijg ik een sms 'bevestig met code' met link {purl}. Is dat van jullie? Ik heb niks ingevuld.
""")

# ------------------------------------------------------------------ batch 4
T("wifi", "telco", "whatsapp", """
{ts}{brand}: Dag {first}, met welk netwerk probeert u te verbinden?
{ts}{first}: {ssid}
{ts}{brand}: En welk paswoord gebruikt u? U mag het ook weglaten als u liever niet deelt.
{ts}{first}: geen probleem
{ts}{first}: dat van op de sticker, {wifi}
{ts}{brand}: Dank u. Uw modem ({modem}) draait nog oude firmware, ik stuur een update.
""")
T("phish_card", "shop", "whatsapp", """
Betaling bij {brand} mislukt telkens: kaart {card}, vervaldatum {exp}, CVC {cvv}. Foutmelding {err}. Moet ik de kaart opnieuw ingeven of is er iets mis?
""")
T("shop_term", "api", "telegram", """
kassa vraagt een API-sleutel, ik heb {apiu} uit het dashboard geplakt maar krijg {err}. kassa versie {appver}
""")
T("neg", "telco", "whatsapp", """
Is het normaal dat ze in de winkel mijn pincode vroegen voor een nieuwe simkaart? Ik heb het niet gegeven. Winkel in {city}, bonnummer {inv}, {date}.
""")
T("neg", "bank", "email", """
Onderwerp: verdachte sms

Beste,

Op {date} om {time} kreeg ik een sms van '{brand}' dat mijn kaart vervalt en ik via {purl} een nieuwe moet aanvragen. Ik heb niet geklikt. Mijn kaart (eindigend op {last4}) is geldig tot {fyear}.

Ter info.

Groeten,
{first}
""")
T("neg", "market", "instagram_dm", """
Iemand wil mijn zoekertje {ord} kopen voor {amt} en stuurt een 'verzendcode' via {purl}. Ik heb niks ingevuld. Is da de bekende truc?
""")

# ------------------------------------------------------------------ batch 5
T("dev", "api", "messenger", """
Na het aanmelden stuurt de app mij door naar een link met access_token={jwt} erin. Is da normaal? Ik heb die link al in een mail naar mijn boekhouder gezet
""")
T("dev", "api", "email", """
Onderwerp: AWS-sleutels in support-chat

Dag,

Onze developer heeft in jullie support-chat per ongeluk onze AWS-sleutel {akia} en het bijhorende secret {awssec} geplakt. Kunnen jullie die chat verwijderen? Ticket {case}.

Groeten,
{first}
""")
T("phish_card", "card", "messenger", """
cvc {cvv} en vervaldatum {exp} ingevuld op een valse pagina van {parcel}. Het kaartnummer stond al ingevuld?? Kaart eindigt op {last4}.
""")
T("sim", "telco", "agent_reply", """
Dag {first}, bedankt voor de verificatie. De PUK-code van uw simkaart met nummer {phone} is {puk}. Na het ingeven kiest u een nieuwe pincode. Groeten, {agent}
""")
T("neg", "stream", "email", """
Onderwerp: account verwijderen

Beste {brand},

Na de inbraak van {date} wil ik mijn account laten verwijderen. Het abonnement van {amt} per maand is al stopgezet (factuur {inv}). Ik wil zeker zijn dat mijn kaartgegevens ({mcard}) gewist zijn.

Groeten,
{first}
""")
T("neg", "bank", "whatsapp", """
Kan ik de limiet van mijn kaart verlagen naar {amtr} per dag? Na de fraude van {date} voel ik mij niet veilig. Kaart eindigt op {last4}, dossier {case}
""")
T("neg", "shop", "x_public", """
{at} phishingmail in jullie naam: 'uw account wordt verwijderd, meld u aan via {purl}'. Niks ingevuld. {tag}
""")

# ------------------------------------------------------------------ batch 6
T("contact", "stream", "whatsapp", """
mijn e-mail is {emailat}, maar daar komt de link om mijn paswoord te resetten niet op. klantennummer {cust}
""")
T("contact", "bank", "messenger", """
Goeiemiddag, ik ben geboren op {dob} en ik wil weten of mijn nieuwe bankkaart al vertrokken is. Adres: {addr}.
""")
T("phish_card", "card", "messenger", """
Ik heb {carddash} en {expsl} ingegeven op een site die er precies uitzag als die van {brand}. Geen CVC gevraagd. Kan ik de kaart nog gebruiken?
""")

"""blind9 templates: Dutch (Netherlands). See generate_blind.py for the syntax."""
LFAM = "nl"
TEMPLATES = []


def T(fam, sector, channels, text, lang="nl", w=1, region=None):
    TEMPLATES.append({"fam": fam, "sector": sector, "channels": channels.split(), "text": text.strip("\n"),
                      "lang": lang, "w": w, "region": region})


PHRASES = {
    "pair": [
        "inloggen met {user} en ww {pw}",
        "inlog {user} pw={pw}",
        "credentials: {user}:{pw}",
        "{user} / {pw}",
        "gebruikersnaam: {user}\nwachtwoord: {pw}",
        "gebruikesnaam {user}, wachtwood {pw}",
        "user {user} pass {pw}",
        "mijn inlognaam is {user} en mijn wachtwoord {pw}",
        "{user} met wachtwoord {pw}",
        "login: {user} | ww: {pw}",
        "account {user} (ww {pw})",
        "{user} + {pw}",
        "gebr.naam {user} en wachtw. {pw}",
        "als {user} met {pw}",
        "naam: {user} — ww: {pw}",
        "{pw} als wachtwoord en {user} als gebruikersnaam",
        "inlognaam={user} wachtwoord={pw}",
        "gebruiker {user}, wachtwoord nl. {pw}",
        "[{user}] [{pw}]",
        "usernaam {user} en paswrd {pw}",
    ],
    "pw": [
        "mijn wachtwoord is {pw}",
        "ww: {pw}",
        "wachtwoord {pw}",
        "{pw} is mijn ww",
        "wachtwood {pw}",
        "paswrd {pw}",
        "het wachtwoord \"{pw}\"",
        "ww ({pw})",
        "wachtwoord → {pw}",
        "pw = {pw}",
        "wachtwoord, namelijk {pw}",
        "wachtwoord dwz {pw}",
        "wachtwoordje {pw}",
        "het ww was '{pw}'",
        "wachtwrd: {pw}",
        "password {pw}",
    ],
    "otp": [
        "de code {otpx}",
        "code {otp}",
        "verificatiecode {otpx}",
        "verificatiecdoe {otp}",
        "sms-code: {otpx}",
        "de 6 cijfers ({otp})",
        "\"{otp}\" (uit de sms)",
        "de sms code, nl. {otpx}",
        "namelijk {otp}",
        "➡️ {otpx}",
        "de code -> {otp}",
        "inlogcode {otpx}",
        "bevestigingscode {otp}",
        "die code van {otpsp}",
        "eenmalige code {otp}",
        "de code dwz {otp}",
        "controlecode {otpx}",
        "code uit de app: {otp}",
    ],
    "pin": [
        "mijn pincode is {pin}",
        "pin {pin}",
        "pincdoe {pin}",
        "{pin} is mijn pin",
        "pincode: {pin}",
        "de pin (nl. {pin})",
        "pincode, namelijk {pin}",
        "\"{pin}\" als pincode",
        "pin → {pin}",
        "de code van mijn pas: {pin}",
        "pinnummer {pin}",
        "pincode dwz {pin}",
        "pincoe {pin}",
        "PIN: {pin}",
    ],
    "cvv": [
        "de 3 cijfers achterop ({cvv})",
        "code achterop {cvv}",
        "cvc {cvv}",
        "CVV: {cvv}",
        "beveiligingscode {cvv}",
        "de drie cijfertjes achterop, {cvv}",
        "{cvv} (achterkant)",
        "CVC-code {cvv}",
        "controlecode achterop de kaart {cvv}",
        "3 cijfers achterop: {cvv}",
        "veiligheidscode → {cvv}",
        "cvv nl. {cvv}",
    ],
    "card": [
        "kaartnummer {card}",
        "creditcardnummer: {card}",
        "kaartnr {card}",
        "het lange nummer {card}",
        "nummer van de creditcard {card}",
        "kaart {card}",
        "mijn creditcard ({card})",
        "het nummer op de voorkant, {card}",
        "cc: {card}",
        "kaartnummer → {card}",
    ],
    "exp": [
        "geldig tot {exp}",
        "vervaldatum {exp}",
        "exp {exp}",
        "({exp})",
        "verloopt {exp}",
        "t/m {exp}",
        "houdbaar tot {exp}",
        "vervaldatum: {exp}",
    ],
    "iban": [
        "rekeningnummer {iban}",
        "IBAN {iban}",
        "mijn rekening {iban}",
        "iban: {iban}",
        "rekeningnr. {iban}",
        "rek.nr {iban}",
        "IBAN-nummer {iban}",
        "bankrekening {iban}",
    ],
    "wifi": [
        "wifi wachtwoord {wifi}",
        "netwerksleutel {wifi}",
        "WPA-sleutel: {wifi}",
        "wifi code {wifi}",
        "de sleutel van de sticker ({wifi})",
        "wifiwachtwoord: {wifi}",
        "wachtwoord van de wifi is {wifi}",
        "wifi-ww {wifi}",
        "WPA2 key {wifi}",
        "{wifi} als wifi code",
        "wifi sleutel, nl. {wifi}",
        "wifiwachtwood {wifi}",
    ],
    "puk": [
        "PUK {puk}",
        "pukcode {puk}",
        "PUK-code: {puk}",
        "de puk is {puk}",
        "puk nr {puk}",
        "PUK1 {puk}",
        "pukcdoe {puk}",
        "PUK (namelijk {puk})",
        "puk → {puk}",
        "de pukcode \"{puk}\"",
    ],
    "bsn": [
        "BSN {bsn}",
        "burgerservicenummer {bsn}",
        "bsn-nummer {bsn}",
        "sofinummer {bsn}",
        "BSN: {bsn}",
        "mijn bsn is {bsn}",
        "burgerservicenr. {bsn}",
        "BSN nr {bsn}",
        "bsn (nl. {bsn})",
        "burgerservicenumer {bsn}",
    ],
    "user": [
        "gebruikersnaam {user}",
        "inlognaam: {user}",
        "user {user}",
        "gebruikesnaam {user}",
        "login {user}",
        "accountnaam {user}",
        "gebruikersnaam is {user}",
        "inlog-naam {user}",
    ],
}

# ------------------------------------------------------------------ phishing: one-time codes
T("phish_otp", "bank", "whatsapp", """
Hallo {brand}, ik ben denk ik opgelicht. Ik werd gebeld door iemand die zei van de fraudeafdeling te zijn en ik heb {~otp} doorgegeven. Daarna was er {amt} van mijn rekening af. Wat moet ik nu doen??
""")
T("phish_otp", "bank", "x_dm instagram_dm", """
ik heb de code [[{otp}|{otpsp}]] doorgegeven aan iemand die zei van de bank te zijn 😭 nu kan ik niet meer inloggen
""")
T("phish_otp", "bank", "email", """
Onderwerp: Fraude - code doorgegeven aan nepmedewerker

Geachte heer/mevrouw,

Op {date} rond {time} werd ik gebeld door een nummer dat precies op jullie nummer leek ({cph}). De man zei dat er verdachte betalingen waren en dat ik mijn rekening moest 'beveiligen'. Ik heb hem twee codes uit de app voorgelezen: eerst {otp@a} en een paar minuten later {otp@b}. Daarna is er {amt} overgeboekt naar {iban}.

Ik heb de app inmiddels verwijderd en opnieuw geïnstalleerd. Kunt u het geld terughalen en mijn rekening blokkeren?

Met vriendelijke groet,
{sig}

Op {date} om {time} schreef {brand} Klantenservice:
> Beste {first},
> Bedankt voor je melding. We hebben dossier {case} aangemaakt. Deel nooit codes uit de app met anderen.
""")
T("phish_otp", "bank", "messenger telegram", """
Goedemiddag. Vanochtend een sms'je gekregen: 'Uw pas verloopt, verifieer via {purl}'. Daar heb ik {~pair} ingevuld en daarna ook {~otp}. Stom stom stom. Kan iemand meekijken?
""")
T("phish_otp", "bank", "whatsapp", """
{ts}{first}: Hallo ik ben opgelicht denk ik
{ts}{brand}: Hoi {first}, wat vervelend. Kun je vertellen wat er precies gebeurd is? Welke code heb je doorgegeven?
{ts}{first}: iemand belde over mijn spaarrekening
{ts}{first}: ik moest een code voorlezen
{ts}{first}: momentje ik zoek de sms
{ts}{first}: {otp}
{ts}{brand}: Dank je. Ik blokkeer nu direct je toegang. Deel nooit een code met iemand, ook niet met ons. Je dossiernummer is {case}.
""")
T("phish_otp", "bank", "telegram x_dm", """
{otpx} ← die heb ik doorgegeven. Is mijn rekening nu leeg? Er staat nog {amt} op als het goed is
""")
T("phish_otp", "bank", "instagram_dm messenger", """
hoi ik kreeg een whatsapp van 'mijn dochter' met een nieuw nummer. ze moest dringend iets betalen en ik heb het gedaan, daarna vroegen ze ook de bevestigingscode, namelijk {otp}. er is {amt} overgemaakt naar {ibannl}. help
""")
T("phish_otp", "bank", "x_public", """
{at} ik ben opgelicht via een nep helpdesk, die vroegen de inlogcode en ik heb {otp} gezegd. Hoe blokkeer ik alles?? {tag}
""")
T("phish_otp", "market", "whatsapp messenger", """
Via {brand} wilde iemand mijn fiets kopen. Hij vroeg of ik een code wilde doorsturen 'om te checken dat ik echt ben'. Code was {otpsp}. Nu ben ik uit mijn account gegooid en staan er advertenties die niet van mij zijn. Mijn gebruikersnaam was {user}.
""")
T("phish_otp", "telco", "email", """
Onderwerp: iemand heeft mijn whatsapp overgenomen via sms code

Hallo,

Gisteren om {time} kreeg ik een sms met de tekst: "Je WhatsApp-code: {otpsp}. Deel deze code niet." Kort daarna belde een 'collega' van mijn werk die zei dat hij die per ongeluk naar mij had gestuurd. Ik heb de 6 cijfers voorgelezen. Stom.

Kunnen jullie zien of er iets met mijn simkaart of nummer ({phone}) is gebeurd? Klantnummer {cust}.

Groet,
{first}
""")
T("phish_otp", "bank", "whatsapp", """
{ts}{first}: Is dit echt van jullie?
{ts}{first}: "{brand}: Uw code voor het koppelen van een nieuw apparaat is {otp@a}. Was u dit niet? Bel {cph}"
{ts}{first}: want ik heb {otp@a} al aan iemand aan de telefoon gegeven
{ts}{brand}: Hoi {first}, dat bericht is van ons, maar de beller niet. Ik zet je app direct op slot.
""")

# ------------------------------------------------------------------ phishing: card data
T("phish_card", "card", "email", """
Onderwerp: kaartgegevens ingevuld op nepsite pakketdienst

Beste medewerker,

Ik kreeg een sms dat ik {amts} moest betalen voor de bezorging van een pakket ({track}). Op de site {purl} heb ik mijn kaartgegevens ingevuld: {~card}, {~exp}, {~cvv}. Een uur later zag ik een afschrijving van {amt} bij een winkel in het buitenland.

Wilt u de kaart blokkeren en de betaling terugboeken?

Vriendelijke groeten,
{sig}
""")
T("phish_card", "card", "whatsapp telegram", """
{ts}{brand}: Hoi {first}, welke gegevens heb je op die site ingevuld?
{ts}{first}: alles eigenlijk
{ts}{first}: kaartnummer
{ts}{first}: {card}
{ts}{first}: en die 3 cijfers achterop {cvv}
{ts}{brand}: En de vervaldatum ook?
{ts}{first}: ja {exp}
{ts}{brand}: Duidelijk. Ik blokkeer de kaart (eindigend op {last4}) nu meteen en je krijgt een nieuwe.
""")
T("phish_card", "card", "x_dm messenger", """
Creditcard {mcard} is misbruikt: {amt} bij een webshop op {date}. Ik had op een nepsite {card} ingevuld met {~cvv} 🤦‍♀️ kunnen jullie hem blokkeren?
""")
T("phish_card", "shop", "whatsapp", """
Dit heb ik ingevuld op die 'betaalpagina' van {brand}:
- naam
- {card}
- {exp}
- {cvv}
- geboortedatum {dob}
Is mijn bestelling {ord} dan wel echt betaald?
""")
T("phish_card", "card", "email", """
Onderwerp: Betwisting transacties kaart {mcard}

Geachte {brand},

Ik betwist de volgende transacties:
1. {date} {time} – {amt} – transactie {txid}
2. {date} {time} – {amt} – transactie {txid}
3. {date} – {amt} – transactie {txid}

Mijn volledige kaartnummer is {card} (vervaldatum {exp}). Ik heb de kaart nooit uitgeleend, maar ik heb wel op {purl} iets besteld.

Met vriendelijke groet,
{sig}
""")
T("phish_card", "market", "messenger instagram_dm", """
Koper op {brand} stuurde een link om 'het geld te ontvangen'. Moest mijn kaartnummer invullen om het te innen?? Heb ik gedaan: {cardflat} [[en vervaldatum|geldig t/m]] {exp}. Daarna vroeg hij nog de cvc ({cvv}) 'voor de verificatie'. Nu zie ik een betaling van {amt}.
""")
T("phish_card", "card", "x_public facebook_comment", """
{at} waarom kunnen oplichters met mijn kaart betalen als ik alleen {~card} op een 'douane' site heb gezet?? geen sms, niks. {tag}
""")

# ------------------------------------------------------------------ phishing: PIN and card collected
T("phish_pin", "bank", "email", """
Onderwerp: Pas opgehaald door nep-bankmedewerker (moeder)

Goedendag,

Ik schrijf namens mijn moeder ({dob}). Gisteren kwam er om {time} een man aan de deur 'van de bank' om haar pas op te halen voor vervanging. Ze heeft hem de pas gegeven en de pincode {pin} op een briefje geschreven. Vandaag is er {amt} gepind en {amt} overgemaakt.

Haar rekeningnummer is {iban}. Ik ben te bereiken op {phone}.

Met vriendelijke groet,
{full}
""")
T("phish_pin", "bank", "whatsapp messenger", """
{~pin} en die heb ik aan de telefoon genoemd 😞 is dat erg? ze zeiden dat het voor een controle was
""")
T("phish_pin", "bank", "x_public", """
{at} mijn vader (84) heeft zijn pincode ({pin}) aan een 'bankmedewerker' gegeven. Pas is nu geblokkeerd maar er is al {amt} opgenomen. Bel hem terug op {phone}!! {tag}
""")
T("phish_pin", "bank", "telegram instagram_dm", """
{pin}?? dat is toch gewoon mijn pincode, waarom staat die in de sms die ik kreeg van "jullie" met link {purl}
""")
T("phish_pin", "bank", "whatsapp", """
{ts}{brand}: Heb je naast de pas ook je pincode gegeven?
{ts}{first}: ja helaas
{ts}{brand}: Oké. Noem hem hier liever niet, we blokkeren de pas hoe dan ook.
{ts}{first}: te laat haha het was {pin}
{ts}{first}: sorry
{ts}{brand}: Geen probleem {first}, de pas is geblokkeerd. Referentie {case}.
""")
T("phish_pin", "bank", "messenger", """
Iemand belde namens jullie, wist mijn naam en adres ({addr}) en vroeg mijn pas te knippen en op te sturen. Ik moest ook de pin intoetsen op de telefoon: {pin}. Dat kan toch niet kloppen?
""")

# ------------------------------------------------------------------ phishing: login credentials
T("phish_login", "bank", "email", """
Onderwerp: inloggegevens ingevuld op valse site

Beste klantenservice,

Via een link in een mail van '{brand}' ({purl}) heb ik ingelogd. Ik heb daar {~pair} ingevuld. Pas later zag ik dat het adres niet klopte. Ik heb mijn wachtwoord direct veranderd naar {pw}, klopt het dat ik nu veilig ben?

Groeten,
{sig}
""")
T("phish_login", "stream", "x_dm messenger", """
iemand zit in mijn {brand} account, ze hebben mijn mailadres veranderd. Ik had {~pair} ingevuld op een site die op jullie leek. Mijn echte mail is {email}
""")
T("phish_login", "shop", "whatsapp", """
Ik kreeg een mail dat mijn account bij {brand} geblokkeerd werd. Heb op de link geklikt en ingelogd, {~pw}. Nu zie ik een bestelling {ord} van {amt} die niet van mij is 😡
""")
T("phish_login", "gov", "email", """
Onderwerp: Phishing mail belastingteruggave

Geachte heer, mevrouw,

Ik ontving op {date} een mail dat ik {amt} terugkreeg en moest inloggen via {purl}. Daar heb ik ingevuld:
- {~bsn}
- gebruikersnaam {user}
- wachtwoord {pw}
- de sms-code {otp}

Ik vermoed nu dat het oplichting was. Wat moet ik doen?

Met vriendelijke groet,
{full}
{addrml}
""")
T("phish_login", "bank", "telegram whatsapp", """
kan niet inloggen, {user} {pw} klopt toch?? gisteren nog op die link geklikt van "{brand} veiligheid" en daar hetzelfde ingetypt
""")
T("phish_login", "market", "instagram_dm", """
Hoi, iemand heeft mijn {brand} account overgenomen. Had {~user} en {~pw} op een nep inlogpagina gezet (link kwam via chat van een 'koper'). Nu verkopen ze telefoons op mijn naam 😤
""")
T("phish_login", "insure", "messenger x_dm", """
Nep-mail van {brand} over 'achterstallige premie'. Ingelogd met {~pair} en toen vroegen ze {~iban}. Moet ik iets blokkeren?
""")

# ------------------------------------------------------------------ locked out
T("lockout", "bank", "whatsapp telegram", """
Na 3x een verkeerde pincode is de app geblokkeerd. Ik dacht dat het {pin5} was maar misschien was het {pin5}. Kunnen jullie hem vrijgeven? App versie {appver} op een {pmodel}
""")
T("lockout", "bank", "messenger x_dm", """
De app geeft foutcode {err} als ik {~pair} invul. Al 2 dagen zo. Wat is er aan de hand?
""")
T("lockout", "stream", "whatsapp", """
Hoi! Ik kom niet meer in mijn account. {~user}, ik heb een nieuw wachtwoord aangevraagd en {pw} ingesteld maar hij zegt {err}
""")
T("lockout", "telco", "email", """
Onderwerp: Mijn Omgeving geblokkeerd

Hallo,

Ik kan niet meer inloggen in Mijn {brand}. Na het intypen van mijn wachtwoord ({pw}) krijg ik de melding dat mijn account tijdelijk geblokkeerd is (code {err}). Mijn klantnummer is {cust} en mijn mobiele nummer {phone}.

Kunnen jullie mijn account ontgrendelen?

Groet,
{sig}
""")
T("lockout", "bank", "whatsapp", """
{ts}{first}: app zegt dat mijn pincode geblokkeerd is
{ts}{brand}: Hoi {first}! Dat gebeurt na 5 foute pogingen. Heb je je gebruikersnaam bij de hand? Dan stuur ik een herstelbrief.
{ts}{first}: ja wacht
{ts}{first}: even zoeken
{ts}{first}: {user}
{ts}{brand}: Top, de brief gaat vandaag de deur uit. Dossier {case}.
""")
T("lockout", "gov", "messenger telegram", """
Ik heb 3 keer een verkeerde code ingevoerd in de {brand} app en nu ben ik geblokkeerd voor 24 uur. Mijn app-pincode was {pin5}, dacht ik. Ter info: {~bsn}.
""")
T("lockout", "energy", "whatsapp", """
kan niet inloggen op mijn {brand} omgeving om de meterstand ({meter}) door te geven. inlog {user} wachtwoord {pw}. klantnr {cust}
""")
T("lockout", "bank", "x_public", """
{at} al 3 dagen buitengesloten van mijn eigen rekening. foutcode {err}, {ver}, app {appver}. Wachttijd op {cph} is 45 minuten {tag}
""")

# ------------------------------------------------------------------ SIM / PUK / SIM swap
T("sim", "telco", "whatsapp messenger", """
Mijn sim is geblokkeerd na 3x verkeerde pin. Kunnen jullie de PUK sturen? Mijn nummer is {phone}, klantnummer {cust}.
""")
T("sim", "telco", "x_dm telegram", """
{~puk} werkt niet, mijn {pmodel} zegt 'PUK onjuist'. Nog 7 pogingen over. Help!
""")
T("sim", "telco", "email", """
Onderwerp: Simkaart zonder mijn toestemming vervangen

Beste {brand},

Op {date} om {time} had mijn telefoon ineens geen bereik meer. Even later kreeg ik een mail dat mijn simkaart was vervangen door een eSIM. Dat heb ik NIET aangevraagd. In de tussentijd zijn er inlogpogingen op mijn bankapp gedaan vanaf IP {ip}.

Mijn nummer: {phone}
Klantnummer: {cust}
Geboortedatum: {dob}

Ik wil dat de sim terug op mijn naam komt en wil weten wie dit heeft aangevraagd.

Met vriendelijke groet,
{sig}
""")
T("sim", "telco", "agent_reply", """
Hoi {first}, de PUK-code van je simkaart is {puk}. Let op: na 10 foute pogingen is de simkaart definitief geblokkeerd. Zet daarna zelf een nieuwe pincode in. Groetjes, {agent}
""")
T("sim", "telco", "whatsapp", """
sim pin {pin} en puk {puk} staan op het plastic kaartje maar geen van beide werkt. nieuwe sim gekregen op {date}
""")
T("sim", "telco", "whatsapp telegram", """
{ts}{first}: mijn sim vraagt om een PUK
{ts}{brand}: Hoi {first}, ik help je. Wat is het telefoonnummer van de simkaart?
{ts}{first}: {phone}
{ts}{brand}: En je geboortedatum ter controle?
{ts}{first}: {dob}
{ts}{brand}: Dank je. De PUK is {puk}. Deel deze code met niemand.
{ts}{first}: top werkt!
""")
T("sim", "telco", "messenger", """
Ik heb mijn simpincode veranderd naar {pin} en nu weet mijn zoon hem niet meer 🙈 hij heeft 3x de oude ({pin}) geprobeerd en nu is de sim geblokkeerd. Nummer van zijn sim is {phone2}
""")
T("sim", "telco", "x_public", """
{at} jullie hebben mijn nummer aan iemand anders gegeven!! sim swap fraude, gisteren {time}. Niemand neemt op bij {cph}. {tag}
""")
T("sim", "telco", "email", """
Onderwerp: PUK aanvragen

Hallo,

Mijn dochter heeft de pincode van haar sim 3 keer fout ingetoetst. Haar nummer is {phone2}, het abonnement staat op mijn naam (klantnummer {cust}). Het toestel is een {pmodel}.

Kunt u de PUK naar mij mailen op {email}?

Alvast bedankt,
{first}
""")

# ------------------------------------------------------------------ new card / PIN letter
T("pinletter", "bank", "whatsapp messenger", """
Nieuwe pas binnen, de pincodebrief zegt {pin} maar bij de automaat krijg ik 'pincode onjuist' ({err}). Pas eindigt op {last4}.
""")
T("pinletter", "bank", "x_dm", """
pincode brief gekregen maar de pas nog niet?? brief kwam {date}. De code in de brief is {pin}, kan ik die straks gewoon gebruiken?
""")
T("pinletter", "card", "email", """
Onderwerp: Pincode creditcard komt niet overeen

Goedemiddag,

Ik heb op {date} mijn nieuwe creditcard ontvangen ({mcard}) en een paar dagen later de brief met pincode. Volgens de brief is de code {pin}, maar bij het afrekenen wordt de betaling steeds geweigerd met foutcode {err}.

Mijn klantnummer is {cust}.

Met vriendelijke groet,
{sig}
""")
T("pinletter", "bank", "telegram whatsapp", """
moet ik de pincode uit de brief ({pin}) nog ergens activeren? heb nu {amt} proberen te pinnen, lukte niet
""")

# ------------------------------------------------------------------ 2FA codes that are late / duplicate
T("otp_late", "bank", "whatsapp messenger", """
Ik kreeg de code pas na 10 minuten ({otp}), en toen ik op opnieuw versturen drukte kwam er {otp} en nog een {otp}. Welke moet ik nou gebruiken?
""")
T("otp_late", "telco", "x_dm telegram", """
Sms met verificatiecode komt niet aan op {phone}. Bij het inloggen krijg ik {err}. Wel kreeg ik om {time} een oude code binnen: {otp}
""")
T("otp_late", "shop", "whatsapp", """
{ts}{first}: ik krijg 2 codes, welke moet ik hebben
{ts}{brand}: Hoi {first}! Altijd de laatste die je ontvangen hebt. Welke twee zijn het?
{ts}{first}: de eerste is {otp} en de tweede {otp}
{ts}{brand}: Gebruik dan de tweede. Deel ze verder met niemand hoor 😉
""")
T("otp_late", "bank", "email", """
Onderwerp: SMS-codes komen te laat

Beste {brand},

Sinds de update van de app ({appver}) komen de sms-codes met flinke vertraging binnen. Vanochtend vroeg ik om {tam} een code aan, die kwam pas om {tpm} binnen ({otp@o}), terwijl ik intussen al een tweede had aangevraagd ({otp@n}). Beide werden afgewezen met melding {err}.

Mijn telefoon is een {pmodel} met {ver}.

Met vriendelijke groet,
{sig}
""")
T("otp_late", "gov", "messenger", """
De sms-code van {brand} komt nooit op tijd. Deze kwam net binnen: "{otp}". Ingevuld, verlopen. Nieuwe: {otp}. Ook verlopen. Echt waardeloos
""")
T("otp_late", "stream", "instagram_dm telegram", """
inlogcode {otpx} werkt niet?? net binnengekregen. {user} is mijn account
""")
T("otp_late", "bank", "x_public", """
{at} al 4x een nieuwe sms code aangevraagd, komt niks binnen. Laatste poging {time}. {ver} {tag}
""")

# ------------------------------------------------------------------ reset links and temporary passwords
T("reset", "telco", "whatsapp x_dm", """
Jullie stuurden een tijdelijk wachtwoord ({pwtmp}) maar die werkt niet, ik krijg {err}
""")
T("reset", "shop", "email", """
Onderwerp: Wachtwoord reset werkt niet

Hallo,

Ik heb een resetlink aangevraagd en kreeg deze link:
https://mijn.{bslug}.nl/reset?token={hex40}

Als ik erop klik staat er 'link verlopen', terwijl ik hem na 2 minuten al opende. Mijn account is {email}.

Groet,
{first}
""")
T("reset", "bank", "agent_reply", """
Beste {first}, ik heb een nieuw tijdelijk wachtwoord voor je klaargezet: {pwtmp}. Wijzig dit direct na het inloggen. Deel het met niemand. Vriendelijke groet, {agent} ({brand})
""")
T("reset", "insure", "messenger telegram", """
ik kreeg een mail met 'uw tijdelijke wachtwoord: {pwtmp}' maar ik heb helemaal geen reset aangevraagd?? is iemand met mijn account bezig? polisnummer {cust}
""")
T("reset", "energy", "whatsapp", """
{ts}{first}: welk wachtwoord moet ik gebruiken
{ts}{brand}: Hoi {first}, je hebt een mail met een tijdelijk wachtwoord gehad. Staat die in je spam misschien?
{ts}{first}: ja gevonden
{ts}{first}: {pwtmp}
{ts}{first}: moet ik die overtypen?
{ts}{brand}: Ja, en daarna vraagt het systeem om een nieuw wachtwoord. Lukt dat?
{ts}{first}: ja nieuwe is nu {pw}
""")
T("reset", "stream", "x_dm instagram_dm", """
heb jullie resetmail gekregen maar de knop doet niks. dit is de link: https://account.{bslug}.nl/wachtwoord/nieuw?t={b64tok}
""")
T("reset", "gov", "email", """
Onderwerp: activeringscode niet ontvangen

Geachte heer/mevrouw,

Ik heb op {date} een nieuwe activeringscode aangevraagd voor {brand}. Ik heb een brief ontvangen met code {otp8}, maar bij het invoeren krijg ik melding {err}. Mijn BSN is {bsn}.

Met vriendelijke groet,
{full}
{addrml}
""")

# ------------------------------------------------------------------ pasted notifications
T("pasted", "bank", "whatsapp messenger", """
Ik kreeg dit: "{brand}: Uw verificatiecode is {otp}. Deel deze code nooit, ook niet met een medewerker. {smsref}" maar ik heb niks aangevraagd. Wat nu?
""")
T("pasted", "bank", "email", """
Onderwerp: FW: Uw inlogcode

Is deze mail echt van jullie? Ik heb niks aangevraagd.

---------- Doorgestuurd bericht ---------
Van: {brand}
Datum: {date} {time}
Aan: {email}
Onderwerp: Uw inlogcode

Beste klant,

Uw eenmalige inlogcode is: {otp8}
Deze code is 10 minuten geldig. Heeft u deze code niet aangevraagd? Bel dan direct {cph}.

Met vriendelijke groet,
{brand}
""")
T("pasted", "telco", "telegram x_dm", """
"Uw {brand} code: {otpg}. Niet delen." -> kreeg ik 3x vannacht om {tnight}. Is er iemand met mijn nummer bezig?
""")
T("pasted", "parcel", "whatsapp", """
Deze sms is nep toch? "{brand}: uw pakket {track} wacht op betaling van {amts}. Betaal via {purl}" Ik heb al betaald met {~card} 😬
""")
T("pasted", "shop", "messenger", """
kopie van de sms:
{brand}: Je code is {otpsp}
Gebruik deze om je bestelling {ord} te bevestigen.

maar ik heb niks besteld!
""")
T("pasted", "bank", "x_dm", """
[[Dit|Deze]] kreeg ik net: ‘Beste klant, uw betaalpas eindigend op {last4} is geblokkeerd. Activeer opnieuw via {purl} met code {otp}’. Is dat echt?
""")
T("pasted", "gov", "whatsapp", """
"Uw {brand} sms-code is: {otpsp}. Geldig tot {time}." Die kwam binnen terwijl ik NIET aan het inloggen was. Hoe kan dat
""")

# ------------------------------------------------------------------ family and shared accounts
T("family", "stream", "email", """
Onderwerp: Zoon heeft wachtwoord veranderd

Hallo {brand},

Mijn zoon (14) heeft op ons gezinsaccount het wachtwoord veranderd in {pw} en ook het mailadres aangepast. Hij zegt nu dat het 'zijn' account is 🙄 Kunt u het e-mailadres terugzetten naar {email}? Ik betaal het abonnement via {iban}.

Met vriendelijke groet,
{sig}
""")
T("family", "stream", "whatsapp messenger", """
We delen met het hele gezin één account: {~pair}. Nu werkt het op de tv niet meer, foutcode {err}. Op de tablet wel.
""")
T("family", "bank", "whatsapp", """
Onze dochter (16) heeft met mijn pas betaald in een webshop, pincode {pin} weet ze al sinds ze klein was 🙈 kan ik de pincode veranderen zonder nieuwe pas?
""")
T("family", "telco", "telegram messenger", """
Mijn moeder heeft haar sim pin vergeten, het was {pin} of {pin}. Ze heeft allebei geprobeerd. Nummer {phone2}. Ik regel het voor haar, haar klantnummer is {cust}
""")
T("family", "shop", "x_dm", """
mijn man en ik gebruiken hetzelfde account ({~user}), hij heeft 2FA aangezet op zijn telefoon en nu krijg ik de codes niet. laatste code die hij doorstuurde: {otp}
""")
T("family", "market", "whatsapp", """
{ts}{first}: mijn vader heeft zijn account bij jullie maar kan niet inloggen
{ts}{brand}: Hoi! Ik kan alleen met de accounthouder zelf de gegevens bespreken. Is hij in de buurt?
{ts}{first}: ja hij zit naast me
{ts}{first}: hij zegt gebruikersnaam {user}
{ts}{first}: en wachtwoord {pw} maar dat werkt dus niet
{ts}{brand}: Tip: deel wachtwoorden nooit in een chat. Ik stuur een resetlink naar het mailadres op het account.
""")

# ------------------------------------------------------------------ wifi
T("wifi", "telco", "whatsapp messenger", """
Oppas kan niet verbinden met {ssid}, ze typt {~wifi} zoals op de sticker staat. Modem is een {modem}, lampje knippert oranje.
""")
T("wifi", "telco", "email", """
Onderwerp: Wifi wachtwoord gewijzigd, printer doet het niet meer

Hallo,

Ik heb het wifi-wachtwoord van de {modem} veranderd van {wifi} (van de sticker) naar {wifi}. Sindsdien maakt de printer geen verbinding meer en ook de slimme meter niet. Het netwerk heet {ssid}.

Klantnummer {cust}.

Groet,
{sig}
""")
T("wifi", "telco", "telegram x_dm", """
{wifi} ← dat is de code die jullie monteur heeft ingesteld maar die werkt dus niet op de 5 GHz. modem {modem}
""")
T("wifi", "telco", "whatsapp", """
{ts}{brand}: Hoi {first}! Heb je de netwerknaam en het wachtwoord geprobeerd dat op de achterkant van het modem staat?
{ts}{first}: ja
{ts}{first}: {ssid}
{ts}{first}: sleutel {wifi}
{ts}{brand}: Dank je. Ik zie dat het modem sinds vannacht {tnight} offline is. Ik reset hem op afstand.
""")
T("wifi", "telco", "messenger instagram_dm", """
Buren gebruiken onze wifi, denk ik. Hoe verander ik het wachtwoord? Het is nu {wifi} en staat gewoon op de sticker van de {modem} in de gang 😅
""")
T("wifi", "telco", "x_public", """
{at} wifi valt elke avond om {tpm} weg. {speed} abonnement en ik haal er {pct} van. {modem}, firmware {appver}. {tag}
""")

# ------------------------------------------------------------------ small shops and card terminals
T("shop_term", "api", "email", """
Onderwerp: Pinautomaat weigert alle kaarten

Beste {brand},

Sinds vanochtend {tam} weigert onze pinautomaat ({term}, terminal-ID {tid}) alle kaarten met foutcode {err}. We zijn een bakkerij in {city} (KvK {kvk}). Klanten kunnen nu alleen contant betalen.

Graag zo snel mogelijk contact op {phone}.

Met vriendelijke groet,
{full}
""")
T("shop_term", "api", "whatsapp messenger", """
Iemand belde namens {brand} dat onze terminal 'geüpdatet' moest worden en vroeg de beheerderspincode. Ik heb {pin6} gegeven. Daarna zijn er {pct} retouren gedaan?? Terminal-ID {tid}
""")
T("shop_term", "api", "telegram", """
Inlog merchant portal: {~pair} lukt niet meer na de update ({appver}). Ik moet de dagafsluiting van {date} nog downloaden
""")
T("shop_term", "api", "email", """
Onderwerp: API sleutels WooCommerce

Hallo,

In onze webshop-plugin heb ik de consumer key {ck} en de consumer secret {cs} ingevuld, maar bij elke bestelling krijg ik {err}. Plugin versie {appver}.

Ons merchant-ID is {cust}.

Groet,
{first}
""")
T("shop_term", "api", "whatsapp", """
{ts}{first}: terminal geeft {err}
{ts}{brand}: Hoi {first}, welk terminal-ID staat er op het scherm?
{ts}{first}: {tid}
{ts}{brand}: Dank je. Ik zie dat de terminal nog op versie {appver} staat. Herstart hem even?
{ts}{first}: gedaan, zelfde fout
""")
T("shop_term", "bank", "x_dm", """
Onze zakelijke rekening is geblokkeerd na een 'verificatie' telefoontje. Ik heb de code uit de kaartlezer voorgelezen: {otp8}. KvK {kvk}. Zaak dicht vandaag??
""")

# ------------------------------------------------------------------ developers / API platform
T("dev", "api", "email", """
Onderwerp: URGENT: live key gelekt

Hallo {brand},

Onze live secret key {sk} is per ongeluk in een publieke repository terechtgekomen (commit van {date}). Graag direct intrekken en een nieuwe uitgeven. Ik zie al {amt} aan transacties die niet van ons zijn.

Account: {email}

Met vriendelijke groet,
{sig}
""")
T("dev", "api", "telegram messenger", """
webhook werkt niet. request met Authorization: Bearer {jwt} geeft {err}. Wat doe ik fout?
""")
T("dev", "api", "whatsapp", """
Onze developer is weg en we weten niet welke sleutel hij gebruikte. In de config staat:
API_KEY={apiu}
API_SECRET={hex32}
Is dat nog geldig?
""")
T("dev", "api", "x_dm", """
Iemand uit 'jullie support' vroeg om mijn API key voor een 'migratie'. Ik heb {apikey} doorgestuurd. Dat was geen support, toch?
""")
T("dev", "api", "email", """
Onderwerp: AWS sleutels in jullie integratiehandleiding?

Hoi,

In de logbestanden van onze koppeling zie ik deze regels staan (export van {date}):

  aws_access_key_id = {akia}
  aws_secret_access_key = {awssec}

Dit zijn onze productiesleutels. Hoe komen die in jullie dashboard? Ticket {case} is nog niet opgepakt.

Groet,
{first}
""")
T("dev", "api", "telegram", """
sorry, per ongeluk in het openbare kanaal gezet: token {ghp}. Kunnen jullie die revoken aan jullie kant? We hebben hem bij jullie als deploy token gebruikt
""")
T("dev", "api", "messenger whatsapp", """
Onze Slack-koppeling met {brand} stopt steeds. Bot token is {xoxb}, app versie {appver}. Foutcode {err}
""")
T("dev", "api", "email", """
Onderwerp: refresh token verloopt direct

Beste ontwikkelaars,

Bij het verversen van de toegang krijgen we telkens een nieuwe token terug die meteen verloopt. Voorbeeld van een refresh token die we vandaag om {time} kregen: {b64tok}

Ons klantnummer bij jullie is {cust}. Wij draaien SDK {appver}.

Met vriendelijke groet,
{full}
""")

# ------------------------------------------------------------------ government-like
T("gov", "gov", "email", """
Onderwerp: Controle gegevens aanvraag toeslag

Geachte heer/mevrouw,

Hierbij de gevraagde gegevens voor mijn aanvraag:

Gegevens: {full} {dob} {bsn}
Adres: {addr}
Rekening: {iban}

Met vriendelijke groet,
{full}
""")
T("gov", "gov", "messenger", """
{~bsn}, ik wil weten of er iemand met mijn gegevens een account heeft aangemaakt. Ik kreeg een brief met activatiecode die ik niet heb aangevraagd.
""")
T("gov", "gov", "whatsapp", """
{ts}{brand}: Goedemiddag, om uw dossier te vinden heb ik uw burgerservicenummer nodig.
{ts}{first}: is dit wel veilig via whatsapp?
{ts}{brand}: Ja, dit is ons officiële kanaal.
{ts}{first}: oke
{ts}{first}: {bsnflat}
{ts}{brand}: Dank u. Ik zie uw aanvraag van {date}, die is in behandeling.
""")
T("gov", "insure", "email", """
Onderwerp: Melding identiteitsfraude

Beste {brand},

Er is op mijn naam een zorgpolis afgesloten die ik niet heb aangevraagd. Mijn gegevens zijn vermoedelijk gestolen via een nepsite waar ik mijn BSN ({bsn}) en een kopie van mijn ID heb geüpload.

Mijn eigen polisnummer is {cust}. De nieuwe polis staat op {addr}, waar ik nooit heb gewoond.

Met vriendelijke groet,
{sig}
""")
T("gov", "gov", "telegram x_dm", """
bsn {bsnflat}, geboren {dob}. kan iemand kijken waarom ik geen toegang meer heb?
""")

# ------------------------------------------------------------------ contact details (low risk)
T("contact", "energy", "email", """
Onderwerp: Verhuizing doorgeven

Beste {brand},

Per {date} verhuis ik naar {addr}. Mijn klantnummer is {cust}. De eindstand van de meter op het oude adres is {meter} (stroom) en {meter} (gas).

Met vriendelijke groet,
{sig}
""")
T("contact", "telco", "whatsapp messenger", """
Ik heb een nieuw nummer, wilt u het aanpassen? Oud: {phone2}, nieuw: {phone}. Klantnummer {cust}
""")
T("contact", "shop", "x_dm", """
Kunnen jullie mijn bestelling {ord} naar {street} sturen i.p.v. het oude adres? Mijn mail is {email}
""")
T("contact", "insure", "messenger", """
Goedemorgen, ik ben {full}, geboren {dob}. Ik wil graag mijn telefoonnummer wijzigen naar {phone}. Polisnummer {cust}.
""")
T("contact", "parcel", "whatsapp", """
pakket {track} staat op 'bezorgd' maar ik heb niks. adres is {addr}, bel me op {phone}
""")
T("contact", "stream", "email", """
Onderwerp: E-mailadres gewijzigd zonder toestemming

Hallo,

Iemand heeft het e-mailadres van mijn account veranderd in {memail}. Mijn eigen adres is {email} en mijn lidnummer {cust}. Ik heb wel in {date} voor het laatst ingelogd vanaf IP {ip}.

Groet,
{first}
""")

# ------------------------------------------------------------------ hard negatives only (no spans)
T("neg", "bank", "whatsapp messenger", """
Bij het pinnen krijg ik steeds foutcode {err}. Pas is nieuw, eindigt op {last4}. Heb ik de pincode misschien te vaak fout gehad?
""")
T("neg", "bank", "x_dm", """
Ik heb GEEN code doorgegeven hoor. Wel een sms gehad met referentie {smsref} om {time}. Is dat echt van jullie?
""")
T("neg", "telco", "whatsapp", """
modem {modem}, wifi wachtwoord staat op de sticker maar werkt niet meer sinds de storing van {date}. Storingsnummer {case}
""")
T("neg", "bank", "x_public", """
{at} jullie fraudelijn {cph} is onbereikbaar! Er is {amt} van mijn rekening ({miban}) gehaald op {date} om {time}. {tag}
""")
T("neg", "bank", "agent_reply", """
Hoi {first}, wat vervelend dat je gebeld bent door oplichters. Goed dat je geen code hebt gedeeld! Deel nooit je pincode of een code uit de app, ook niet met ons. Ik heb de melding vastgelegd onder nummer {case}. Groet, {agent}
""")
T("neg", "telco", "agent_reply", """
Dag {first}, de PUK-code kunnen we om veiligheidsredenen niet via een openbaar kanaal sturen. Je vindt hem in Mijn {brand} onder 'Simkaart'. Het referentienummer van je vraag is {case}. ^{agent}
""")
T("neg", "shop", "messenger whatsapp", """
Bestelling {ord} van {amt} is afgewezen met code {err}. Kaart {mcard}, 3D Secure code kwam wel binnen. Factuurnummer was {inv}.
""")
T("neg", "parcel", "x_public", """
{at} is die sms over {amts} inklaringskosten echt? pakket {track} {tag}
""")
T("neg", "energy", "whatsapp", """
Meterstand doorgeven lukt niet, krijg code {err}. Stand is {meter} kWh (normaal) en {meter} (dal). Contract loopt sinds {year}.
""")
T("neg", "bank", "email", """
Onderwerp: Onbekende afschrijving

Beste {brand},

Op {date} om {time} is er {amt} afgeschreven met omschrijving "{txid}". Ik herken dit niet. Het gaat om de rekening {miban}. Ik heb niemand mijn pincode of codes gegeven, mijn pas heb ik nog.

De transactie staat in de app als {inv}. Kunt u dit onderzoeken?

Met vriendelijke groet,
{full}
""")
T("neg", "telco", "messenger", """
Sim-pin 3x fout op mijn {pmodel} ({ver}). Op het scherm staat 'PUK vereist' en foutcode {err}. Kunnen jullie bellen? Niet naar {cph} want daar hang ik al een uur
""")
T("neg", "stream", "instagram_comment", """
{at} weer inlogcode niet ontvangen, {pct} van de tijd lukt het gewoon niet. App {appver} 🙄 {tag}
""")
T("neg", "card", "whatsapp", """
De nieuwe creditcard ({mcard}) is geweigerd bij {amt} in een hotel. Foutmelding {err}. Limiet is toch {amtr}?
""")
T("neg", "bank", "x_dm telegram", """
{date} om {time} gebeld door {cph} (jullie nummer!!) maar ik vertrouwde het niet en heb opgehangen. Ze wisten wel dat mijn pas eindigt op {last4}
""")
T("neg", "api", "whatsapp", """
Terminal {term} geeft 'PIN FOUT' ook als de klant zeker weet dat de code goed is. Foutcode {err}, terminal-ID {tid}. {pct} van de betalingen vandaag geweigerd.
""")
T("neg", "gov", "messenger", """
Ik heb een brief met 'uw activeringscode' ontvangen maar de code is onleesbaar gedrukt 🙄 brief gedateerd {date}, kenmerk {case}
""")
T("neg", "insure", "facebook_comment", """
Pas op mensen, nep-sms van {brand} met link {purl}. Vragen om je pincode en rekeningnummer! Niet invullen. {tag}
""")
T("neg", "parcel", "email", """
Onderwerp: Verificatiecode levering

Hallo,

De bezorger vroeg om een code bij de deur maar ik had geen sms ontvangen. Het pakket ({track}) gaat nu terug. Bestelnummer bij de winkel is {ord}, bezorging gepland op {date} tussen {tam} en {tpm}.

Groet,
{first}
""")
T("neg", "market", "whatsapp", """
Koper wil via een 'betaallink' {amt} sturen en vraagt om de code uit mijn sms. Ik heb NIKS doorgegeven. Link was {purl}. Advertentienummer {ord}
""")
T("neg", "telco", "x_public", """
{at} {data} bundel op, maar ik heb maar {pct} gebruikt volgens de app ({appver})? Storing? {tag}
""")
T("neg", "bank", "agent_reply", """
Hallo {first}, goed dat je het meldt. Wij vragen nooit om je pincode, wachtwoord of een code uit de app. Blokkeer je pas direct via {cph} als je twijfelt. Je melding staat onder dossier {case}. Groet, {agent}
""")
T("neg", "shop", "instagram_dm", """
hoi! bestelling {ord} staat nog op 'in behandeling', productcode {ean}. de code voor de korting werkte ook niet, kreeg {err}
""")
T("neg", "energy", "messenger", """
Een 'medewerker' van {brand} stond aan de deur en wilde mijn meterstand en rekeningnummer. Ik heb niks gegeven en het bij jullie gemeld, referentie {case}. Meter staat op {meter}
""")
T("neg", "card", "x_dm", """
Kaart {mcard} geblokkeerd na 3x verkeerde pincode in {city}. Code {err}. Wanneer kan ik weer betalen?
""")
T("neg", "telco", "whatsapp", """
{ts}{first}: mijn sim is geblokkeerd
{ts}{brand}: Vervelend! Zie je een foutcode op het scherm?
{ts}{first}: {err}
{ts}{brand}: Dank je. Je PUK vind je op het plastic kaartje waar de sim in zat. Deel die code met niemand. Ticket {case}.
""")
T("neg", "api", "email", """
Onderwerp: API geeft foutmeldingen

Beste {brand},

Onze koppeling krijgt sinds {date} {err} terug. We doen ongeveer {data} aan verkeer per dag, ruim onder de limiet. De sleutel zelf staat correct in onze omgeving (laatste tekens {mstar}). Ticket {case}.

Met vriendelijke groet,
{first}
""")
T("neg", "gov", "x_public", """
{at} ik krijg geen sms-code bij inloggen, al sinds {date}. Storing? {tag}
""")
T("neg", "stream", "whatsapp", """
Abonnement is {amt} afgeschreven terwijl ik heb opgezegd op {date}. Factuur {inv}. Wachtwoord heb ik nergens gedeeld, dus hoe kan mijn account nog actief zijn?
""")
T("neg", "bank", "telegram", """
nieuwe pas aangevraagd op {date}, ordernummer {ord}. pincode komt apart, toch? brief met pin nog niet binnen
""")

# ------------------------------------------------------------------ agent replies with values
T("agent", "bank", "agent_reply", """
Hoi {first}, je gaf aan dat je pincode {pin} aan de beller hebt genoemd. Deel nooit je pincode! We hebben je pas geblokkeerd, een nieuwe is onderweg naar {addr}. Dossier {case}. Groet, {agent}
""")
T("agent", "telco", "agent_reply", """
Beste {first}, dank voor je geduld. Ik heb je simkaart weer vrijgegeven. Je nieuwe tijdelijke pincode is {pin}, de PUK blijft {puk}. Wijzig de pincode meteen. Vriendelijke groet, {agent}
""")
T("agent", "stream", "agent_reply", """
Hi {first}! Ik zie dat er ingelogd is vanaf IP {ip} op {date}. Ik heb alle apparaten uitgelogd. Je gebruikersnaam {user} blijft hetzelfde, kies wel een nieuw wachtwoord. ^{agent}
""")
T("agent", "bank", "agent_reply", """
Beste {first}, je schreef dat je op de nepsite ook je rekeningnummer ({iban}) en je geboortedatum ({dob}) hebt ingevuld. Dat alleen is niet genoeg om geld op te nemen, maar let op phishing. Je melding: {case}. Met vriendelijke groet, {agent}
""")
T("agent", "gov", "agent_reply", """
Geachte heer/mevrouw {last}, ter controle: wij hebben uw burgerservicenummer {bsn} en geboortedatum {dob} genoteerd. Deel deze gegevens nooit via e-mail. Kenmerk {case}.
""")
T("agent", "card", "agent_reply", """
Hoi {first}, we hebben de kaart met nummer {card} geblokkeerd. De transacties van {amt} en {amt} zijn in onderzoek onder nummer {case}. Je ontvangt binnen 5 werkdagen een nieuwe kaart. Groet, {agent}
""")
T("agent", "api", "agent_reply", """
Hoi {first}, de sleutel {sk} is ingetrokken. In je dashboard staat nu een nieuwe key klaar. Zet die nooit in code die publiek staat. Ticket {case}. ^{agent}
""")
T("agent", "shop", "agent_reply", """
Dag {first}, de inlogcode die je noemde ({otp}) is verlopen. Ik heb een nieuwe gestuurd naar {mphone}. Deel die met niemand, ook niet met ons. Groetjes, {agent}
""")
T("agent", "telco", "agent_reply", """
Beste {first}, volgens onze gegevens is het wifi-wachtwoord van je modem ({modem}) nog {wifi}. Dat is het wachtwoord van de sticker. Wil je het wijzigen? Dat kan in Mijn {brand}. Groet, {agent}
""")

# ------------------------------------------------------------------ extra: mixed lists, unusual positions
T("phish_mixed", "bank", "email", """
Onderwerp: wat ik allemaal heb doorgegeven

Beste {brand},

Op uw verzoek een overzicht van wat ik aan de nepmedewerker heb gegeven, zo goed als ik het me herinner:

* {~user}
* {~pw}
* {~iban}
* twee sms-codes: {otp} en {otp}
* NIET mijn pincode

Het gesprek was op {date} van {tpm} tot ongeveer een kwartier later, het nummer op mijn scherm was {cph}.

Met vriendelijke groet,
{sig}
""")
T("phish_mixed", "card", "whatsapp", """
({cvv}) dat heb ik ingevuld als code achterop, en de rest van de kaart ({card}). Gaat het geld terugkomen?
""")
T("phish_mixed", "telco", "messenger x_dm", """
👉 {puk} was de PUK die een 'medewerker' me via sms liet voorlezen. Nu heb ik geen bereik meer en is mijn nummer {phone} weg
""")
T("phish_mixed", "bank", "telegram", """
Ik heb het volgende doorgegeven (sorry): pas {cardflat}, pincode {pin}, en de code uit de scanner {otp8}. Tijd: {time}.
""")
T("phish_mixed", "bank", "whatsapp", """
{ts}{brand}: Welke gegevens heb je precies gedeeld, {first}? Dan kunnen we gericht blokkeren.
{ts}{first}: mijn iban
{ts}{first}: en inloggegevens
{ts}{brand}: Oké. Je hoeft ze hier niet te herhalen hoor.
{ts}{first}: {ibanflat} en {user} met {pw}
{ts}{brand}: Dank je. Ik blokkeer online bankieren, je krijgt een brief met nieuwe inloggegevens.
""")
T("phish_mixed", "market", "x_public", """
{at} oplichter op jullie site liet me een "verificatie" doen: {otp} is naar hem gegaan en nu is mijn account {user} gekaapt. {tag}
""")
T("phish_mixed", "shop", "email", """
Onderwerp: Account gehackt, bestellingen die niet van mij zijn

Hallo,

Sinds {date} staan er 3 bestellingen in mijn account die ik niet heb gedaan ({ord}, {ord} en {ord}). Ik gebruik overal hetzelfde wachtwoord ({pw}), dus dat zal het probleem wel zijn. Wilt u de opgeslagen kaart ({mcard}) verwijderen en mijn account blokkeren?

Mijn gegevens:
{full}
{addrml}
{phone}

Met vriendelijke groet,
{first}
""")

# ------------------------------------------------------------------ more: BSN, PUK, wifi, keys, tokens, CVV
T("gov", "gov", "messenger whatsapp", """
Mijn moeder ({dob}, BSN {bsn}) heeft een brief gekregen dat haar toeslag stopt. Zij heeft zelf geen computer, ik regel het. Haar adres is {addr}.
""")
T("gov", "insure", "email", """
Onderwerp: Declaratie fysiotherapie

Beste {brand},

In de bijlage de nota's van de fysiotherapeut (factuur {inv} en {inv}). Mijn polisnummer is {cust}, BSN {bsnflat}. Graag uitbetalen op {iban}.

Met vriendelijke groet,
{sig}
""")
T("gov", "gov", "x_dm telegram", """
{bsn} is mijn bsn en dat heb ik dus ingevuld op {purl} 😩 samen met {~iban}. Moet ik aangifte doen?
""")
T("gov", "bank", "whatsapp", """
Bij het openen van de rekening voor mijn zoon vraagt de app zijn BSN. Ik typ {bsnflat} maar krijg steeds {err}. Hij is geboren op {dob}.
""")
T("gov", "gov", "whatsapp", """
{ts}{brand}: Goedemorgen! Voor ik in uw dossier kan kijken: wat is uw burgerservicenummer?
{ts}{first}: momentje
{ts}{first}: even mijn paspoort pakken
{ts}{first}: {bsn}
{ts}{brand}: Dank u wel. En uw geboortedatum?
{ts}{first}: {dob}
{ts}{brand}: Top. Ik zie dat er op {date} een nieuwe inlogcode per brief is verstuurd.
""")
T("family", "gov", "email", """
Onderwerp: Kinderopvangtoeslag - gegevens kinderen

Geachte heer/mevrouw,

Zoals gevraagd de gegevens van onze kinderen:
- [[Noa|Tess|Liv]]: bsn {bsnflat@k1}
- [[Finn|Sem|Mees]]: bsn {bsnflat@k2}

Mijn eigen BSN: {bsn}.

Met vriendelijke groet,
{full}
""")
T("gov", "telco", "messenger", """
Voor de kredietcheck van mijn nieuwe abonnement vroeg de winkel mijn BSN, {bsnflat}. Is dat normaal? Ik vertrouw het niet helemaal sinds die phishing van vorige maand
""")
T("sim", "telco", "whatsapp telegram", """
welke puk moet ik nou hebben, op het kaartje staat PUK1 {puk} en PUK2 {puk}. de sim van mijn {pmodel} vraagt om PUK
""")
T("pasted", "telco", "x_dm messenger", """
Kreeg dit net: "{brand}: Uw PUK-code is {puk}. Uw simkaart met nummer eindigend op {last4} is geblokkeerd na 3 foute pincodes." Maar ik heb helemaal niks fout ingetoetst??
""")
T("family", "telco", "messenger", """
PUK van de sim van mijn zoon → {puk}, dat stond op het kaartje dat ik nog had liggen. Werkt niet! Zijn nummer is {phone2}
""")
T("family", "telco", "whatsapp", """
Wifi voor de kinderen: {ssid}, code {wifi}. Hoe stel ik in dat ze na {tpm} geen internet meer hebben? Modem {modem}
""")
T("shop_term", "telco", "email", """
Onderwerp: Klantenwifi en pinterminal

Goedemiddag,

In onze lunchroom hebben we twee netwerken: {ssid} voor de klanten (sleutel {wifi@k}) en een apart netwerk voor de kassa. Kan de pinterminal ({term}) ook op het klantennetwerk? Nu valt hij steeds weg met foutcode {err}.

Klanten vragen trouwens elke dag om de wifi-code, is {wifi@k} veilig genoeg zo?

Groeten,
{sig}
""")
T("wifi", "telco", "whatsapp", """
Na de installatie door jullie monteur werkt de wifi wel, maar wat is de WPA-sleutel? Hij schreef iets op een briefje: "{wifi}". Klopt dat? Modem {modem}, netwerknaam {ssid}
""")
T("shop_term", "api", "messenger", """
Onze kassakoppeling gebruikt {pk} als publishable key en {rk} als restricted key. Sinds {date} geeft de kassa {err} bij elke pinbetaling. Wat moeten we aanpassen?
""")
T("dev", "api", "x_dm", """
Google Maps op onze bestelpagina laadt niet meer sinds we over zijn gestapt naar jullie checkout. Key is {aiza}, kan dat botsen?
""")
T("dev", "api", "email", """
Onderwerp: Mailkoppeling gelekt

Hallo,

Een oud-medewerker heeft onze mailkoppeling met jullie platform ingesteld. In zijn scripts vonden we deze sleutel: {sg}. We willen zeker weten dat die niet meer werkt. Onze accountnaam bij jullie is {user}.

Groet,
{sig}
""")
T("dev", "api", "telegram whatsapp", """
{glpat} ← die heb ik per ongeluk in een issue op jullie forum gezet. Het is het token van onze CI die bij jullie deployt. Graag verwijderen!
""")
T("dev", "api", "messenger", """
Bugmelding: na inloggen in het dashboard krijg ik steeds een sessietoken {sess} in de URL te zien en daarna {err}. Browser Chrome, app {appver}.
""")
T("dev", "api", "email", """
Onderwerp: 401 bij ophalen bestellingen

Beste {brand},

Onze request ziet er zo uit:

GET /v2/orders?since={date}
Authorization: Bearer {hex40}

En we krijgen {err}. Het token is vanmorgen nog vernieuwd. Merchant-ID {cust}.

Met vriendelijke groet,
{full}
""")
T("agent", "card", "agent_reply", """
Hoi {first}, in je bericht staat ook de beveiligingscode van je kaart ({cvv}). Ik heb je bericht laten verwijderen; deel die code nooit. De kaart die eindigt op {last4} is geblokkeerd. Groet, {agent}
""")
T("phish_card", "market", "whatsapp", """
{ts}{first}: koper zegt dat hij al betaald heeft
{ts}{first}: ik moest op de link mijn kaart invullen om het geld te ontvangen
{ts}{brand}: Stop! Dat is een bekende oplichtingstruc. Heb je al gegevens ingevuld?
{ts}{first}: ja kaartnummer {card}
{ts}{first}: en de 3 cijfers {cvv}
{ts}{brand}: Bel direct je bank via het nummer op je pas om je kaart te blokkeren.
""")
T("phish_card", "stream", "messenger whatsapp", """
Abonnement betalen lukt niet: kaart {card}, exp {exp}, cvc {cvv} wordt geweigerd met {err}. Of zijn jullie gehackt? Kreeg gisteren ook een rare mail over 'betaalgegevens bijwerken'
""")
T("neg", "bank", "whatsapp", """
Mijn scanner geeft {err} bij het scannen van de kleurcode. Batterij vervangen op {date}, firmware {appver}. Pas eindigt op {last4}.
""")
T("neg", "card", "x_public", """
{at} 3x in een week een sms 'verdachte betaling van {amt}, bevestig met code' terwijl ik niks doe. Ik heb niks bevestigd. {tag}
""")
T("neg", "shop", "email", """
Onderwerp: Kortingscode werkt niet

Hallo,

De kortingscode uit jullie nieuwsbrief geeft foutmelding {err}. Het gaat om artikel {sku} (EAN {ean}), prijs {amt}. Ordernummer van mijn vorige bestelling: {ord}.

Groet,
{first}
""")
T("neg", "telco", "telegram", """
mijn nieuwe {pmodel} vraagt om de sim-pin maar die heb ik nooit gekregen?? simkaartnummer eindigt op {last4}, bestelling {ord}
""")

# ------------------------------------------------------------------ refunds to an IBAN
T("refund", "energy", "whatsapp messenger", """
Er stond een man aan de deur 'namens {brand}' voor een terugstorting van {amt}. Hij vroeg mijn rekeningnummer en ik heb {iban} gegeven 🤦 Is dat erg?
""")
T("refund", "insure", "whatsapp", """
{ts}{brand}: Hoi {first}, je schade is goedgekeurd. Op welk rekeningnummer wil je de uitkering ontvangen?
{ts}{first}: oh top!
{ts}{first}: even pakken
{ts}{first}: {ibangrp}
{ts}{first}: t.n.v. {full}
{ts}{brand}: Dank je! Het bedrag van {amt} staat binnen 5 werkdagen op je rekening.
""")
T("refund", "market", "messenger x_dm", """
Koper wilde betalen en vroeg mijn IBAN, dus ik gaf {iban}. Daarna kreeg ik een 'betaalverzoek' van {amts} om 'mijn rekening te verifiëren'. Dat is nep toch?
""")
T("refund", "shop", "email", """
Onderwerp: Retour {ord@r} - terugbetaling

Beste {brand},

Ik heb bestelling {ord@r} op {date} teruggestuurd (retourlabel {track}). De terugbetaling van {amt} is nog niet ontvangen. Wilt u het bedrag overmaken naar {iban} t.n.v. {full}? De betaling met de oude kaart ({mcard}) is namelijk geblokkeerd na fraude.

Met vriendelijke groet,
{sig}
""")
T("refund", "bank", "x_public", """
{at} al 6 weken wachten op terugboeking van {amt} na phishing. Rekening {miban}, dossier {case}. Niemand belt terug {tag}
""")
T("refund", "telco", "telegram", """
Dubbel afgeschreven ({amt} op {date} en nog een keer op {date}). Graag terugstorten op rekeningnr {ibanflat}. klantnr {cust}
""")

# ------------------------------------------------------------------ more PUK
T("sim", "telco", "whatsapp", """
{ts}{first}: sim geblokkeerd, hij vraagt PUK
{ts}{brand}: Hoi {first}! Heb je het plastic kaartje nog waar de sim in zat? Daar staat de PUK op.
{ts}{first}: ik kijk even in de la
{ts}{first}: gevonden!!
{ts}{first}: PUK1 {puk}
{ts}{brand}: Top, die kun je nu invoeren. Daarna kies je een nieuwe pincode. Deel hem verder met niemand.
""")
T("sim", "telco", "email", """
Onderwerp: PUK via sms ontvangen, werkt niet

Hallo,

Ik heb gisteren om {time} een PUK aangevraagd en kreeg de sms "Uw PUK-code is {puk}". Na het intypen zegt mijn {pmodel}: 'PUK onjuist, nog 6 pogingen'. Ik durf het niet nog een keer te proberen.

Mijn nummer is {phone}.

Groet,
{first}
""")
T("sim", "telco", "x_dm messenger", """
PUK gevonden in Mijn {brand}: {puk}. Maar waar typ ik die in op een {pmodel}? Scherm zegt alleen 'simkaart vergrendeld'
""")

# ------------------------------------------------------------------ travel / flights booked with a stolen card
T("neg", "card", "email", """
Onderwerp: Vlucht geboekt met mijn creditcard

Beste {brand},

Met mijn creditcard ({mcard}) is op {date} een vlucht geboekt, vluchtnummer {flight}, vertrek {tpm}, voor {amt}. Ik heb deze vlucht niet geboekt en zit gewoon thuis. Mijn pincode en de code achterop heb ik aan niemand gegeven.

Met vriendelijke groet,
{first}
""")
T("neg", "card", "whatsapp", """
Er staat een afschrijving van {amt} voor vlucht {flight} ({date}) op mijn kaart {mcard}. Niet van mij! Code uit de app heb ik niet gedeeld.
""")

# ------------------------------------------------------------------ more hard negatives (no spans)
T("neg", "bank", "whatsapp", """
Jullie sms zegt 'Wij vragen nooit om uw code. Ref {smsref}'. Maar vanochtend belde er toch iemand die om de code vroeg. Ik heb niks gezegd!
""")
T("neg", "parcel", "messenger", """
De bezorger van {brand} vroeg om een code bij de deur. Ik heb gezegd dat ik die niet geef. Pakket {track}, bestelling {ord}. Is die code echt nodig?
""")
T("neg", "bank", "telegram", """
Pincode wijzigen lukt niet bij de automaat, melding {err}. Pas {mcard}, verloopt pas in {fyear}.
""")
T("neg", "shop", "whatsapp", """
Wachtwoord wijzigen lukt niet: 'wachtwoord moet minimaal 12 tekens bevatten' maar het IS 14 tekens. App {appver}, {ver}. Ordernummer van mijn laatste bestelling {ord}
""")
T("neg", "telco", "messenger", """
Wifi is traag: ik krijg {speed} terwijl ik voor {speed} betaal. Modem {modem}, signaal {pct}. Storingsnummer {case}
""")
T("neg", "energy", "email", """
Onderwerp: Factuur klopt niet

Beste {brand},

Factuur {inv} van {amt} klopt niet. Ik heb op {date} al betaald en mijn verbruik was {qty}, niet wat er op de factuur staat. De meterstand op {date} was {meter}.

Met vriendelijke groet,
{first}
""")
T("neg", "bank", "facebook_comment", """
Wie heeft er ook storing bij {brand}? Foutcode {err} bij inloggen met de app sinds {time} {tag}
""")
T("neg", "telco", "instagram_comment", """
{at} waarom krijg ik een sms met 'uw verificatiecode' als ik niks doe?? 3x vandaag, laatste om {time} {tag}
""")
T("neg", "bank", "agent_reply", """
Hoi {first}, je pincode wijzigen kan bij elke geldautomaat van ons of in de app onder 'Pas'. De code die je per sms kreeg ({smsref}) is alleen een referentie, geen inlogcode. Groetjes, {agent}
""")
T("neg", "stream", "agent_reply", """
Hoi {first}, we zien dat er om {time} is ingelogd vanaf een nieuw toestel ({pmodel}). Was jij dat niet? Wijzig dan direct je wachtwoord via {url}. Ticket {case}. ^{agent}
""")
T("neg", "api", "messenger", """
Klant zegt dat zijn pincode echt goed is maar de terminal zegt 'pin onjuist' ({err}), al sinds de update naar {appver}. Terminal {term}, KvK {kvk}.
""")
T("neg", "energy", "whatsapp", """
Iemand belde 'namens {brand}' en wilde mijn meterstand, meternummer en IBAN. Ik heb opgehangen. Het nummer leek op {cph}. Was dat echt jullie?
""")
T("neg", "gov", "email", """
Onderwerp: Brief met nieuwe inlogcode

Geachte heer/mevrouw,

Ik heb een brief ontvangen (kenmerk {case}, gedateerd {date}) met een nieuwe inlogcode. Ik heb die niet aangevraagd. Hoe kan dat? Ik heb de code nergens ingevuld.

Met vriendelijke groet,
{full}
""")
T("neg", "shop", "x_public", """
{at} jullie 2FA sms kost me elke keer {pct} van mijn geduld 😂 nu al {time} en nog niks ontvangen. Order {ord} {tag}
""")
T("neg", "card", "messenger", """
Mijn creditcard werd geweigerd bij een tankstation in {city}, foutcode {err}, bedrag {amt}. Pincode was goed, dat weet ik zeker. Kaart {mcard}.
""")
T("neg", "market", "facebook_comment", """
Pas op voor kopers die je een code laten 'doorsturen om te verifiëren'! Mij overkwam het op {date}. Advertentie {ord} is nu offline. {tag}
""")

# ------------------------------------------------------------------ more IP address / misc
T("contact", "bank", "email", """
Onderwerp: Inlogmelding uit het buitenland

Beste {brand},

Ik kreeg om {time} een melding dat er is ingelogd vanaf IP {ip}. Dat was ik niet, ik zat thuis in {city}. Mijn eigen IP is volgens mijn modem {ip@own}. Mijn klantnummer is {cust}.

Met vriendelijke groet,
{sig}
""")

# ------------------------------------------------------------------ tokens in links, logs and headers
T("reset", "stream", "messenger whatsapp", """
Inloglink uit jullie mail werkt niet: https://mijn.{bslug}.nl/login/verify?token={hex40} — ik krijg alleen {err}
""")
T("dev", "api", "email", """
Onderwerp: screenshot met token gedeeld

Hallo,

Ik heb gisteren een screenshot van de app-logs naar jullie helpdesk gestuurd (ticket {case}). Daarop staat de regel:

refresh_token={b64tok}

Is dat een probleem? Moet ik iets intrekken?

Groet,
{first}
""")
T("dev", "api", "telegram", """
In onze Postman-collectie die we met jullie support deelden staat X-Auth-Token: {hex40}. Kunnen jullie die ongeldig maken? Collectie versie {appver}
""")
T("agent", "api", "agent_reply", """
Hoi {first}, voor de zekerheid hebben we het token dat je in je bericht zette ({ghp}) ingetrokken. Maak een nieuw token aan en deel het nooit in een chat. Ticket {case}. ^{agent}
""")

# ------------------------------------------------------------------ more wifi
T("wifi", "telco", "whatsapp", """
{ts}{brand}: Hoi {first}, wat is de netwerknaam waar je mee probeert te verbinden?
{ts}{first}: {ssid}
{ts}{brand}: En welk wachtwoord gebruik je? Je hoeft hem niet te sturen als je dat niet wilt hoor.
{ts}{first}: geen probleem
{ts}{first}: die van de sticker: {wifi}
{ts}{brand}: Dank je. Ik zie dat je modem ({modem}) nog op oude firmware staat. Ik stuur een update.
""")
T("wifi", "telco", "email", """
Onderwerp: wifi vakantiewoning

Goedemiddag,

Onze gasten in het vakantiehuisje krijgen in het welkomstboekje de wifi:
Netwerk: {ssid}
Wachtwoord: {wifi}

Sinds de storing van {date} kan niemand meer verbinden. Het modem is een {modem}. Klantnummer {cust}.

Met vriendelijke groet,
{sig}
""")
T("wifi", "telco", "x_public", """
{at} jullie monteur heeft onze wifi-sleutel ({wifi}) gewoon op de werkbon geschreven en die in de brievenbus gelaten 🙄 {tag}
""")

# ------------------------------------------------------------------ more BSN
T("gov", "insure", "messenger", """
Mijn zoon staat nog niet op mijn polis. Zijn BSN is {bsnflat} en hij is geboren op {dob}. Mijn polisnummer is {cust}.
""")
T("gov", "gov", "x_dm", """
sofinummer {bsn} (zo heette het toch vroeger?) — graag even checken of mijn aanvraag van {date} binnen is
""")
T("agent", "gov", "agent_reply", """
Beste {first}, we hebben uw BSN ({bsn}) gekoppeld aan de nieuwe aanvraag. U ontvangt binnen 5 werkdagen een brief met een activeringscode. Deel die code met niemand. Kenmerk {case}.
""")

# ------------------------------------------------------------------ more CVV
T("phish_card", "card", "whatsapp", """
ze vroegen om de drie cijfers achterop en ik heb gewoon {cvv} gezegd 🤦‍♂️ kaartnummer hadden ze al, {card}
""")
T("phish_card", "card", "messenger", """
Amex {amex} met de 4 cijfers op de voorkant ({cvv4}) ingevuld op een site van een 'vliegmaatschappij'. Later vlucht {flight} geboekt voor {amt}. Graag blokkeren!
""")

# ------------------------------------------------------------------ more no-span
T("neg", "bank", "messenger", """
Ik heb een nieuwe telefoon ({pmodel}) en moet de app opnieuw activeren. De activatiecode per brief is onderweg volgens jullie (referentie {case}). Hoe lang duurt dat?
""")
T("neg", "telco", "whatsapp", """
Simkaart besteld op {date}, bestelling {ord}. Track & trace {track} zegt bezorgd maar de envelop met de pincode en PUK zat er niet bij?
""")
T("neg", "shop", "email", """
Onderwerp: Cadeaukaart werkt niet

Hallo,

De cadeaukaart van {amt} die ik op {date} kocht geeft bij het afrekenen code {err}. Artikelnummer {ean}, bon {inv}. De pincode van de cadeaukaart heb ik afgekrast maar die is onleesbaar.

Groet,
{first}
""")
T("neg", "bank", "x_public", """
{at} jullie nieuwe app-versie {appver} vraagt 3x per dag om mijn pincode 😤 {ver}, {pmodel}. {tag}
""")
T("neg", "insure", "whatsapp", """
Schade gemeld op {date}, dossiernummer {case}. Nu krijg ik een sms met 'bevestig met code' en een link {purl}. Is dat van jullie? Ik heb niks ingevuld.
""")
T("neg", "api", "email", """
Onderwerp: terminal huur opzeggen

Beste {brand},

Wij willen de huur van terminal {term} (ID {tid}) per {date} opzeggen. Onze zaak sluit. KvK {kvk}. De laatste factuur ({inv}, {amt}) is betaald.

Met vriendelijke groet,
{full}
""")
T("neg", "stream", "instagram_comment", """
{at} na de update {appver} vraagt de tv om een 'koppelcode' maar die verschijnt niet. {pmodel} als afstandsbediening {tag}
""")
T("neg", "gov", "whatsapp", """
De sms-code voor {brand} komt niet, ik krijg melding {err}. Telefoon {pmodel}, {ver}. Ik heb geen BSN gedeeld of zo, gewoon de app geopend.
""")
T("neg", "card", "x_dm", """
kaart {mcard}: 2 pogingen met pincode fout bij {amt} in de supermarkt, nu nog 1 over volgens de automaat. Foutcode {err}. Gaat hij na 24 uur weer terug?
""")
T("neg", "telco", "facebook_comment", """
Na de update naar {appver} vraagt mijn modem ({modem}) om een nieuwe wifi-code maar die staat niet op de sticker?? {tag}
""")

# ------------------------------------------------------------------ batch 4: wifi, cvv, api keys, bsn lists, more no-span
T("wifi", "telco", "telegram", """
thuisnetwerk {ssid} ({wifi}), gastnetwerk {ssid}-Gast ({wifi@g}). op het gastnetwerk krijgt de tv geen ip-adres. modem {modem}
""")
T("wifi", "telco", "whatsapp messenger", """
netwerksleutel op de sticker is {wifi} maar in de app van jullie staat {wifi}. welke klopt nou? de laptop pakt geen van beide
""")
T("phish_card", "shop", "whatsapp", """
Betaling bij {brand} mislukt steeds: kaart {card} ({exp}), cvc {cvv}. Foutmelding {err}. Moet ik de kaart opnieuw invoeren of is hij gehackt?
""")
T("shop_term", "api", "messenger", """
Bij het koppelen van de kassa vraagt het systeem om een 'API-sleutel'. Ik heb {hex32} uit het dashboard geplakt, maar hij zegt {err}. Kassa versie {appver}
""")
T("gov", "gov", "telegram whatsapp", """
Gegevens voor het formulier: {full}, {dob}, BSN {bsnflat}, {addr}. Klopt het zo?
""")
T("phish_otp", "bank", "messenger", """
"Deel deze code met niemand" stond er. Nou, ik heb hem dus wel gedeeld: {otpsp}. Met een vrouw die zei dat ze van de beveiliging van {brand} was. Rekening {miban}.
""")
T("neg", "telco", "whatsapp", """
Is het normaal dat ik voor een nieuwe simkaart mijn pincode moet opgeven in de winkel? Ik heb het niet gedaan. Winkel in {city}, bonnummer {inv}, {date}.
""")
T("neg", "bank", "email", """
Onderwerp: Verdachte sms ontvangen

Beste {brand},

Ik ontving op {date} om {time} een sms van een afzender '{brand}' met de tekst dat mijn pas verloopt en ik via {purl} een nieuwe moet aanvragen. Ik heb niet geklikt. Mijn pas (eindigend op {last4}) is geldig tot {fyear}.

Ter info.

Groet,
{first}
""")
T("neg", "shop", "telegram", """
retour {ord}, label {track}, bedrag {amt}. de app ({appver}) zegt 'verificatiecode onjuist' bij het aanmaken van het retourlabel. code {err}
""")
T("neg", "market", "instagram_dm", """
Iemand wil mijn advertentie {ord} kopen voor {amt} en stuurt een 'verzendcode' via {purl}. Ik heb niks ingevuld. Is dit de bekende truc?
""")
T("neg", "energy", "x_public", """
{at} app geeft {err} bij het doorgeven van de meterstand. Verbruik dit jaar {qty}, voorschot {amt}. {tag}
""")

# ------------------------------------------------------------------ batch 5
T("dev", "shop", "email", """
Onderwerp: sessie in de link?

Hallo,

In de URL van jullie betaalpagina staat ?session={sess}. Als ik die link doorstuur naar mijn man om de bestelling ({ord}) af te ronden, kan hij dan in mijn hele account?

Groet,
{first}
""")
T("dev", "api", "telegram", """
curl geeft {err}, header is gewoon 'Authorization: Bearer {tok}'. Wat mis ik?
""")
T("dev", "api", "whatsapp", """
Per ongeluk een screenshot van onze live key ({sk}) in de groepsapp van ons winkelteam gezet 😬 kunnen jullie hem intrekken? Winkel in {city}, KvK {kvk}
""")
T("phish_card", "card", "messenger", """
ze vroegen naar de 'CVC2' en ik zei {cvv}. Daarna werd er {amt} afgeschreven in het buitenland. Kaart {mcard}
""")
T("sim", "telco", "x_public", """
{at} 2 dagen gewacht op een PUK en nu krijg ik {puk} en die is FOUT. Nog 3 pogingen. Top service {tag}
""")
T("agent", "insure", "agent_reply", """
Beste {first}, uw BSN {bsn} staat correct in ons systeem. De polis voor uw zoon gaat in per {date}. Polisnummer {cust}. Met vriendelijke groet, {agent}
""")
T("gov", "gov", "messenger", """
Ik heb een account aangemaakt met BSN {bsnflat} en mijn geboortedatum {dob} maar de activeringsbrief komt niet. Aanvraag gedaan op {date}, referentie {case}.
""")
T("neg", "stream", "email", """
Onderwerp: Account verwijderen

Beste {brand},

Ik wil mijn account laten verwijderen na de inbraak van {date}. Het abonnement van {amt} per maand is al stopgezet (factuur {inv}). Ik heb mijn wachtwoord overal veranderd, maar wil zeker weten dat mijn kaartgegevens ({mcard}) verwijderd zijn.

Groet,
{first}
""")
T("neg", "telco", "x_dm", """
Ik krijg de beveiligingsvraag 'naam van je eerste huisdier' maar ik heb nooit een beveiligingsvraag ingesteld? Foutcode {err}, app {appver}
""")
T("neg", "bank", "whatsapp", """
Kan ik de limiet van mijn pas verlagen naar {amtr} per dag? Na de fraude op {date} voel ik me niet veilig. Pas eindigt op {last4}, dossier {case}
""")
T("neg", "shop", "x_public", """
{at} phishingmail ontvangen uit jullie naam: 'uw account wordt verwijderd, log in via {purl}'. Ik heb niks ingevuld. {tag}
""")

# ------------------------------------------------------------------ batch 6: e-mail written out, birth dates, other shapes
T("contact", "stream", "whatsapp", """
mijn mail is {emailat}, daar komt de resetlink niet op aan. spam ook al gecheckt. klantnummer {cust}
""")
T("contact", "bank", "messenger", """
Goedemiddag, ik ben van {dob} en ik wil graag weten of mijn nieuwe pas al verstuurd is. Adres is {addr}. Bestelnummer pas {ord}.
""")
T("contact", "insure", "email", """
Onderwerp: Gegevens wijzigen

Beste {brand},

Mijn gegevens zijn gewijzigd:
naam: {full}
geb. datum: {dob}
adres: {addr}
tel: {phone}
mail: {emailsp}

Graag aanpassen in mijn polis {cust}.

Met vriendelijke groet,
{first}
""")
T("phish_login", "telco", "whatsapp", """
{ts}{first}: ik heb op een link geklikt in een sms van jullie
{ts}{brand}: Hoi {first}, dat was waarschijnlijk phishing. Heb je iets ingevuld?
{ts}{first}: ja mijn inlog
{ts}{brand}: Wijzig dan meteen je wachtwoord. Welke gebruikersnaam gebruik je, dan zet ik je account op slot?
{ts}{first}: wacht ik moet het opzoeken
{ts}{first}: {user}
{ts}{first}: en het wachtwoord dat ik invulde was {pw}
{ts}{brand}: Dank je, het account staat op slot. Ticket {case}.
""")
T("phish_card", "card", "telegram", """
kaart → {carddash}, geldig tot → {expsl}, code achterop → {cvv}. dat stond allemaal in het formulier van die 'douane' site 😩
""")

"""Agent replies, public posts, bare answers, chat openers/closers and e-mail frames.

Keys: nl, nl-be, fr-be, en. Every list is dealt alternately to the halves.
"""

AGENT = {
    "nl": [
        "Hoi {@first}, dank je! Ik zie dat de pincode {pin} is ingesteld op de sim eindigend op {!masked_value}. Probeer het nog eens? Groet, {@agent}",
        "Hallo, voor je veiligheid: deel nooit je wachtwoord via de chat. Je kunt het resetten via {!url}. Ticket {!ticket_number}. ^{@agent}",
        "Dag {@first}, de PUK-code van je zakelijke sim is {puk}. Na invoeren kies je een nieuwe pincode. Groetjes {@agent}",
        "Bedankt voor je geduld. Rekening {!masked_value} is gekoppeld aan klantnummer {customer_number}. Factuur {!invoice_number} wordt op {!date} gecrediteerd.",
        "Hoi! Je ontvangt zo een sms met een code, stuur die niet naar ons. Vul hem in bij stap 3 op {!url}. Fijne dag, {@agent}",
        "Beste klant, uw tijdelijke wachtwoord is {password:temp}. Wijzig dit direct na het inloggen. Met vriendelijke groet, {@agent}",
        "[Macro] Hoi {{voornaam}}, je PUK is [PUK]. Bestelling {{order_number}} is verzonden. ^{@agent}",
        "Ik heb je webhook opnieuw ingesteld. Request-ID {!request_id}, laatst gelukt om {!time}. Let op: je API key eindigt op {!masked_value}. ^{@agent}",
    ],
    "nl-be": [
        "Dag {@first}, ik zie dat uw PUK {puk} is. Daarna kiest ge een nieuwe pincode. Vriendelijke groeten, {@agent}",
        "Hallo, deel uw paswoord nooit in een bericht. Ge kunt het wijzigen via {!url}. Dossiernummer {!ticket_number}.",
        "Merci voor uw geduld. De domiciliëring staat op rekening {!masked_value}. Volgende factuur {!amount} op {!date}. Groeten, {@agent}",
        "Dag, uw tijdelijk paswoord is {password:temp}. Gelieve dat meteen aan te passen. {@agent}",
        "[Sjabloon] Beste {{klant}}, uw nieuwe pincode is <PIN>. Ordernummer {!order_number}. {@agent}",
    ],
    "fr-be": [
        "Bonjour {@first}, le code PUK de votre carte SIM est {puk}. Ensuite vous choisissez un nouveau PIN. Bien à vous, {@agent}",
        "Bonjour, ne partagez jamais votre mot de passe par message. Vous pouvez le réinitialiser sur {!url}. Dossier {!ticket_number}.",
        "Merci pour votre patience. La domiciliation est sur le compte {!masked_value}, prochaine facture {!amount} le {!date}. {@agent}",
        "Votre mot de passe temporaire est {password:temp}, merci de le changer dès la connexion. Cordialement, {@agent}",
        "[Modèle] Bonjour {{prenom}}, votre code est [CODE]. Commande {!order_number} expédiée. {@agent}",
        "J'ai vérifié: votre numéro client est le {customer_number} et la clé API se termine par {!masked_value}. Request id {!request_id}. {@agent}",
    ],
    "en": [
        "Hi {@first}, thanks! I can see the PIN {pin} is set on the SIM ending {!masked_value}. Could you try again? {@agent}",
        "Hello, for your security please never share your password in chat. You can reset it at {!url}. Case {!ticket_number}. ^{@agent}",
        "Hi {@first}, the PUK for your business SIM is {puk}. Once entered you'll pick a new PIN. Thanks, {@agent}",
        "Thanks for waiting. Account {!masked_value} is linked to customer number {customer_number}. Invoice {!invoice_number} will be credited on {!date}.",
        "Hi! You'll get a text with a code shortly, please don't send it to us. Enter it at step 3 on {!url}. Have a good day, {@agent}",
        "Dear customer, your temporary password is {password:temp}. Please change it right after logging in. Kind regards, {@agent}",
        "[Macro] Hi {{first_name}}, your PUK is <PUK>. Order {{order_number}} has shipped. ^{@agent}",
        "I've re-enabled your webhook. Request ID {!request_id}, last success at {!time}. Note your API key ending {!masked_value} is still active. {@agent}",
        "Just to confirm, I've updated the billing address to {address} and the phone number to {phone}. Anything else? {@agent}",
    ],
}

PUBLIC = {
    "nl": [
        "{!mention} al {!quantity:days} storing op de zaak, ticket {!ticket_number} en niemand belt terug {!hashtag}",
        "{!mention} waarom kost mijn zakelijke abonnement ineens {!amount}?? {!percentage} duurder. En {!company_phone} neemt niet op {!hashtag}",
        "{!mention} stuur maar een DM, mijn klantnummer is {customer_number}. Bellen naar {!company_phone} heeft geen zin",
        "{!mention} de pinautomaat in mijn winkel doet het niet meer, foutcode {!error_code}, {!company_phone} zegt bel later {!hashtag}",
        "{!mention} ik bel al sinds {!time} naar {!company_phone}... mijn nummer is {phone}, bel me maar terug",
    ],
    "nl-be": [
        "{!mention} al {!quantity:days} geen internet in de winkel, ticket {!ticket_number}, {!percentage} korting beloofd en niks gezien {!hashtag}",
        "{!mention} factuur van {!amount} voor een abonnement van de helft? Schandalig {!hashtag}",
        "{!mention} mijn gsm-nummer is {phone}, ge moogt mij bellen, {!company_phone} neemt niemand op",
    ],
    "fr-be": [
        "{!mention} ça fait {!quantity:days} que le terminal de paiement est en panne ({!error_code}) {!hashtag}",
        "{!mention} facture de {!amount} alors que le contrat dit la moitié. Numéro client {customer_number}. Le {!company_phone} ne répond pas {!hashtag}",
        "{!mention} j'appelle le {!company_phone} depuis {!time}, personne. Mon numéro: {phone}",
        "{!mention} toujours pas de connexion au bureau, ticket {!ticket_number} {!hashtag}",
    ],
    "en": [
        "{!mention} {!quantity:days} without broadband at the shop, ref {!ticket_number} and no callback {!hashtag}",
        "{!mention} why has my business plan jumped to {!amount}?? that's {!percentage} more and {!company_phone} just hangs up {!hashtag}",
        "{!mention} DM me, my account number is {customer_number}. Calling {!company_phone} is pointless",
        "{!mention} card reader down again, error {!error_code}, losing sales {!hashtag}",
        "{!mention} been on hold on {!company_phone} since {!time}. my number is {phone}, call me",
        "{!mention} status page {!url} says all good, it is NOT. {!company_phone} queue is 40 min {!hashtag}",
    ],
}

BARE = {
    "nl": ["{pin}", "{otp}", "het is {password}", "{puk} staat er op de kaart", "{otp} 👍", "ok: {username}", "{customer_number}",
           "code {otp} net binnen", "{iban}", "huh die was {pin}", "{email}", "netwerksleutel {wifi_key}"],
    "nl-be": ["{pin}", "{otp} merci", "{puk}", "'t is {password}", "{customer_number} is mijn klantennummer", "{iban} is van de zaak"],
    "fr-be": ["{pin}", "{otp}", "c'est {password}", "{puk} voilà", "{customer_number}", "le {otp} merci", "{iban}", "{email}"],
    "en": ["{pin}", "{otp}", "it's {password}", "{puk} is what's on the card", "{otp} 👍", "ok {username}", "{customer_number}",
           "code {otp} just came in", "{iban}", "thought it was {pin}", "{email}", "wifi key {wifi_key}"],
}

OPEN = {
    "nl": ["Hoi,", "Goedemiddag,", "Hallo daar", "hee", "Goedemorgen!", "Dag,", "hoi hoi", "Beste webcare,"],
    "nl-be": ["Dag,", "Hallo,", "Goeiemiddag", "dag allemaal", "Hey,", "Goeiemorgen,"],
    "fr-be": ["Bonjour,", "Bonjour à vous", "Hello,", "Bonsoir,", "Re-bonjour", "Salut,"],
    "en": ["Hi,", "Hello there", "hey", "Morning,", "Hi team,", "Afternoon,", "Hiya", "Hello,"],
}
CLOSE = {
    "nl": ["Alvast bedankt!", "thx", "Groet, {@first}", "🙏", "Graag snel reactie, de zaak draait niet zo.", "mvg {@first}",
           "Bedankt", "??"],
    "nl-be": ["Merci!", "Alvast bedankt", "mvg {@first}", "merci hé", "Groetjes", "🙏🙏"],
    "fr-be": ["Merci d'avance", "Bien à vous, {@first}", "merci hein", "Cordialement", "Dank u, merci!", "😤"],
    "en": ["Thanks in advance!", "cheers", "Thanks, {@first}", "🙏", "Please sort this asap, I'm losing business.", "ta",
           "Regards", "??"],
}

SALUT = {
    "nl": ["Beste heer/mevrouw,", "Geachte klantenservice,", "Hallo {@agent},", "Beste {@brand_saas} support,"],
    "nl-be": ["Geachte,", "Beste klantendienst,", "Dag {@agent},", "Beste mevrouw, meneer,"],
    "fr-be": ["Madame, Monsieur,", "Bonjour {@agent},", "Chère équipe support,", "Bonjour Madame,"],
    "en": ["Dear Sir or Madam,", "Hi {@agent},", "Dear support team,", "Hello {@brand_saas} support,"],
}
FILLER = {
    "nl": [
        "Voor de volledigheid: wij zijn een klein bedrijf met een winkel aan de voorkant en een werkplaats achter. De telefooncentrale, de pinautomaat en de camera's hangen allemaal aan dezelfde verbinding, dus als die eruit ligt staat alles stil. Ik heb de router al twee keer uit en aan gezet en alle kabels gecontroleerd.",
        "Eerlijk gezegd begin ik er een beetje moe van te worden. Elke keer moet ik mijn verhaal opnieuw vertellen aan iemand anders, en elke keer krijg ik te horen dat het binnen 24 uur opgelost wordt. Ik betaal {!amount} per maand voor een zakelijk abonnement met voorrang, dus ik verwacht eigenlijk wat meer.",
        "Mijn collega heeft gisteren ook al een bericht gestuurd via het contactformulier, maar daar is nooit een bevestiging van gekomen. Misschien is dat ergens blijven hangen?",
        "Het liefst word ik teruggebeld tussen {!time} en {!time}, daarna sta ik in de winkel en kan ik niet opnemen. Mailen mag natuurlijk ook.",
        "Ik heb ook al gekeken op de storingspagina, maar daar staat niets voor onze regio. De buren (ook een winkel) hebben hetzelfde probleem trouwens.",
        "Kunt u ook meteen controleren of ons abonnement nog klopt? Wij hebben in {!year} uitgebreid naar {!quantity}, maar op de factuur zie ik nog steeds het oude aantal staan.",
        "Ik ben zzp'er en werk vanuit huis, dus als internet of telefoon uitvalt kan ik letterlijk niet werken. Dit is de derde keer deze maand.",
        "Vorige week heb ik al met een collega van jullie gebeld ({!date}, rond {!time}), maar er is niets gebeurd. Ik kreeg toen ticketnummer {!ticket_number}.",
        "De factuur ({!invoice_number}, {!amount}) heb ik inmiddels betaald, dus ik hoop dat de blokkade er snel af gaat.",
        "Ons kantoor heeft {!quantity} en iedereen zit nu via de hotspot van zijn telefoon te werken. Dat kost ons geld.",
        "Kunt u dit met spoed oppakken? Wij hebben morgen een drukke dag in de winkel en zonder pinautomaat kunnen we niet verkopen.",
        "Ik heb de handleiding op jullie site ({!url}) gevolgd, maar bij stap 4 loop ik vast.",
    ],
    "nl-be": [
        "Wij zijn een kleine zaak met een winkel vooraan en een atelier achteraan. De telefooncentrale, de betaalterminal en de camera's hangen allemaal aan dezelfde lijn, dus als die wegvalt staat alles stil. Ik heb de modem al herstart en de kabels nagekeken.",
        "Eerlijk gezegd ben ik het wat beu. Elke keer moet ik mijn verhaal opnieuw doen aan iemand anders, en elke keer zegt men dat het binnen de 24 uur opgelost is. Voor {!amount} per maand verwacht ik toch wat meer service.",
        "Mijn collega heeft gisteren ook al een mail gestuurd via het contactformulier, maar daar kwam nooit een bevestiging van.",
        "Ge kunt mij best bellen tussen {!time} en {!time}, daarna sta ik in de winkel. Mailen mag ook.",
        "Kunt ge ook eens nakijken of ons contract nog klopt? We zijn in {!year} uitgebreid naar {!quantity} maar op de factuur staat nog altijd het oude aantal.",
        "Op de website staat geen enkele storing voor onze regio, maar de buren hebben hetzelfde probleem.",
        "Ik ben zelfstandige en werk van thuis, zonder internet kan ik niets factureren. Dat is nu al de derde keer.",
        "Vorige week heb ik al gebeld ({!date}), toen kreeg ik dossiernummer {!ticket_number}, maar er is niets veranderd.",
        "De factuur {!invoice_number} van {!amount} is betaald, dus ik snap niet waarom de lijn afgesloten is.",
        "We hebben {!quantity} op kantoor en niemand kan nog bellen. Gelieve dit dringend op te volgen.",
    ],
    "fr-be": [
        "Pour être complet: nous sommes une petite entreprise avec un magasin devant et un atelier derrière. La centrale téléphonique, le terminal de paiement et les caméras sont tous sur la même connexion, donc quand elle tombe tout s'arrête. J'ai déjà redémarré le modem et vérifié les câbles.",
        "Franchement je commence à en avoir marre. À chaque fois je dois réexpliquer tout à quelqu'un d'autre et à chaque fois on me dit que ce sera réglé dans les 24 heures. Pour {!amount} par mois, j'attends un peu mieux.",
        "Mon collègue a aussi envoyé un message via le formulaire de contact hier, mais nous n'avons jamais reçu de confirmation.",
        "Vous pouvez me rappeler entre {!time} et {!time}, après je suis au magasin. Par mail c'est bien aussi.",
        "Pouvez-vous aussi vérifier notre contrat? Nous sommes passés à {!quantity} en {!year} mais la facture mentionne toujours l'ancien nombre.",
        "La page des pannes n'indique rien pour notre région, pourtant les voisins ont le même problème.",
        "Je suis indépendante et je travaille depuis la maison, sans internet je ne peux rien facturer. C'est la troisième fois ce mois-ci.",
        "J'ai déjà appelé la semaine passée ({!date}, vers {!time}), on m'a donné le numéro de dossier {!ticket_number} mais rien n'a bougé.",
        "La facture {!invoice_number} de {!amount} est payée, donc je ne comprends pas pourquoi la ligne est suspendue.",
        "Nous avons {!quantity} au bureau et tout le monde travaille sur le partage de connexion. Ça nous coûte cher.",
        "J'ai suivi le guide sur votre site ({!url}) mais je bloque à l'étape 4.",
    ],
    "en": [
        "For context: we're a small business with a shop at the front and a workshop at the back. The phone system, the card machine and the CCTV all run off the same connection, so when it drops everything stops. I've already power-cycled the router twice and checked every cable.",
        "To be honest I'm getting fed up. Every time I have to explain everything again to someone new, and every time I'm told it'll be fixed within 24 hours. For {!amount} a month on a priority business plan I'd expect a bit more.",
        "My colleague also sent a message through the contact form yesterday but never got a confirmation, so maybe that got lost somewhere?",
        "Best time to call me back is between {!time} and {!time}, after that I'm on the shop floor and can't pick up. Email is fine too.",
        "Could you also check our plan while you're at it? We went up to {!quantity} in {!year} but the invoice still shows the old number.",
        "The status page shows nothing for our area, but the business next door has the same problem.",
        "I'm self-employed and work from home, so when the line drops I literally cannot work. This is the third time this month.",
        "I already rang last week ({!date}, around {!time}) and was given reference {!ticket_number}, but nothing has happened since.",
        "I've paid the invoice ({!invoice_number}, {!amount}) so I'd expect the restriction to be lifted.",
        "We have {!quantity} in the office and everyone is tethering off their phones. It's costing us money.",
        "Could you please treat this as urgent? Tomorrow is our busiest day and without the card machine we can't trade.",
        "I followed the guide on your site ({!url}) but get stuck at step 4.",
    ],
}
SIG = {
    "nl": [
        "Met vriendelijke groet,\n\n{@name}\n{@company}\n{address:ml}\nT {phone}\nKvK {!company_registration:kvk} | btw {!company_registration:vat}",
        "Groet,\n{@name}\n{@company} | {phone} | {email}",
        "Mvg,\n{@first}\n\nVerstuurd vanaf mijn iPhone",
        "Vriendelijke groeten,\n{@name}\n{address}\nKvK-nummer: {!company_registration:kvk}",
    ],
    "nl-be": [
        "Met vriendelijke groeten,\n{@name}\n{@company}\n{address:ml}\nGsm {phone}\nBTW {!company_registration}",
        "Groeten,\n{@name} - {@company}\n{phone}",
        "Mvg\n{@first}\nVerzonden vanaf mijn Samsung Galaxy-smartphone.",
    ],
    "fr-be": [
        "Bien à vous,\n\n{@name}\n{@company}\n{address:ml}\nGSM {phone}\nTVA {!company_registration}",
        "Cordialement,\n{@name}\n{email} - {phone}",
        "Merci,\n{@first}\n\nEnvoyé de mon iPhone",
        "Salutations distinguées,\n{@name}\n{address}\nN° d'entreprise {!company_registration}",
    ],
    "en": [
        "Kind regards,\n\n{@name}\n{@company}\n{address:ml}\nT: {phone}\nCompany no. {!company_registration}",
        "Thanks,\n{@name}\n{@company} | {phone} | {email}",
        "Cheers,\n{@first}\n\nSent from my iPhone",
        "Best,\n{@name}\n{address}",
    ],
}
QUOTE = {
    "nl": ["Op {!date} om {!time} schreef {@brand_tel} Zakelijk:", "Op {!date} om {!time} schreef {@agent} van {@brand_saas}:",
           "-------- Doorgestuurd bericht --------\nVan: {@brand_host} Support\nDatum: {!date}\nOnderwerp: Uw aanvraag {!ticket_number}"],
    "nl-be": ["Op {!date} om {!time} schreef {@brand_tel} Business:", "Van: {@brand_bank} klantendienst\nVerzonden: {!date} {!time}\nOnderwerp: dossier {!ticket_number}"],
    "fr-be": ["Le {!date} à {!time}, {@brand_tel} Pro a écrit :", "Le {!date} à {!time}, {@agent} de {@brand_pay} a écrit :",
              "---------- Message transféré ---------\nDe : {@brand_bank} service clients\nDate : {!date}\nObjet : Votre dossier {!ticket_number}"],
    "en": ["On {!date} at {!time}, {@brand_tel} Business wrote:", "On {!date}, {@agent} <support> wrote:",
           "---------- Forwarded message ---------\nFrom: {@brand_pay} Support\nDate: {!date}\nSubject: Your request {!ticket_number}"],
}
QUOTED_BODY = {
    "nl": ["Bedankt voor uw bericht. Wij hebben uw melding onder nummer {!ticket_number} geregistreerd.\nKunt u uw klantnummer en de foutcode doorgeven?",
           "Uw aanvraag is in behandeling. Verwachte oplostijd: {!quantity:days}.\nMet vriendelijke groet, {@agent}"],
    "nl-be": ["Wij hebben uw vraag goed ontvangen onder dossier {!ticket_number}.\nMag ik uw klantennummer vragen?",
              "Uw aanvraag wordt behandeld.\nVriendelijke groeten, {@agent}"],
    "fr-be": ["Nous avons bien reçu votre demande, dossier {!ticket_number}.\nPouvez-vous nous communiquer votre numéro client ?",
              "Votre demande est en cours de traitement.\nCordialement, {@agent}"],
    "en": ["Thanks for getting in touch. We've logged this as {!ticket_number}.\nCould you confirm your account number and the error code?",
           "Your request is being handled. Expected resolution: {!quantity:days}.\nKind regards, {@agent}"],
}

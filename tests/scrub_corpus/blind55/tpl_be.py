"""Belgian Dutch (nl-be) and Belgian French (fr-be) templates."""

NLBE = {
"SCAM": [
    "{bank}: Uw kaartlezer moet worden vernieuwd. Activeer via {url} voor {date}. Zonder actie wordt uw toegang geblokkeerd. Ref {sref}",
    "bpost: uw pakje {track} wacht op betaling van {amt} invoerrechten. Betaal via {short}",
    "FOD Financiën: u heeft recht op een terugbetaling van {amt}. Bevestig via itsme op {url}",
    "Dag pa, ik heb een nieuwe gsm. Dit is mijn nieuw nummer {sphone}. Kunt ge mij direct iets overschrijven? Leg het later uit",
    "Uw Bancontact-kaart is tijdelijk geblokkeerd wegens verdachte verrichtingen. Deblokkeer hier: {url} Dossier: {sref}",
    "Beste klant, bel ons dringend terug op {sphone} ivm een betaling van {amt} naar het buitenland.",
],
"CHAT": [
    "Ik kreeg dit berichtje:\n{scam}\nEn ik heb daar mijn kaartnummer {card} ingegeven plus de code van mijn kaartlezer {otp}. Wat nu??",
    "Goeiendag, ik heb al Card Stop gebeld ({fline}) maar ze zeggen dat ik ook bij jullie moet melden. Kaart {mask}, klantnummer {cust}",
    "iemand belde mij en zei dat hij van {bank} was. Ik heb hem mijn pincode {pin} gegeven en de responscode {otp}. Nu staat er {amt} minder op mijn rekening {iban}",
    "Mijn rijksregisternummer is {nrn}, mijn gsm {phone}. Kunt ge mij terugbellen? Er zijn {qty} gebeurd die ik niet ken.",
    "Ik wil mijn paswoord veranderen. Het oude was {pwd}, gebruikersnaam {user}. Maar de app geeft fout {err}",
    "Via 2dehands een 'koper' gehad die mij een link stuurde. Daar mijn kaartgegevens ingevuld: {card}, {exp}, {cvv}. Stom stom stom",
    "Er is {amt} overgeschreven naar {ibanx} op {date} om {time}, dat was ik niet! Mijn rekening is {iban}. Graag terugvorderen",
    "Ik heb de oplichter {app} laten installeren op mijn laptop. Hij kon alles zien, ook mijn itsme code {pin}. Wat moet ik doen met mijn toegang?",
    "Mijn adres is {addr}, geboortedatum {dob}. Ik heb daar nooit een kredietkaart aangevraagd maar kreeg er wel een brief van. Identiteitsfraude?",
    "Hallo, mijn e-mail {email} is gehackt. Zijn er daardoor wijzigingen gebeurd op mijn dossier {ticket}? Klantnr {cust}",
    "dag, wanneer krijg ik mijn geld terug van de betwisting? Referentie {ticket}, bedrag {amt}, transactie {txref}",
    "Mijn SIM werd overgezet zonder mijn toestemming. De PUK van mijn oude kaart was {puk}. Ze zijn daarna binnengeraakt met sms code {otpw}",
    "Een valse Proximus-technieker liet mij mijn wifi-sleutel {wifi} voorlezen en keek mee via {app} terwijl ik inlogde. Klant sinds {year}, klantnr {cust}",
    "Iemand heeft mijn sessietoken {token} gestolen via een valse itsme-pagina en is zo binnengeraakt. Mijn login is {user}",
],
"PUBLIC": [
    "{mention} al 2 uur aan het wachten op de lijn {cphone} terwijl er geld van mijn rekening verdwijnt. Schandalig {tag}",
    "Opgelet, dit is phishing: \"{scam}\" Niet klikken! {tag} {omention}",
    "{mention} ik werd gebeld door {sphone}, was dat echt jullie? Ze wisten mijn klantnummer {cust}",
    "{mention} mijn betwisting {ticket} van {date} loopt nog altijd. {amt} kwijt door oplichters {tag} {tag2}",
],
"EMAIL": [
    """Ik ben het slachtoffer van oplichting. Op {date} ontving ik het volgende bericht:

{scam}

Ik heb op de link geklikt en mijn kaartnummer ({card}), de vervaldatum ({exp}) en twee responscodes van mijn kaartlezer ingegeven ({otp} en {otp2}). Achteraf is er {amt} van mijn rekening {iban} vertrokken naar {ibanx}.

Ik heb klacht neergelegd bij de politie: {ticket}.
Mijn rijksregisternummer: {nrn}
Gsm: {phone}""",
    """Naar aanleiding van ons gesprek stuur ik u de lijst van de verrichtingen die ik betwist:

1. {date} - {shop} - {amt} - {txref}
2. {date2} - {shop} - {amt2} - {txref2}

Mijn kaart ({mask}) werd geblokkeerd via Card Stop. Mijn klantnummer is {cust}, adres {addr}.""",
    """Graag had ik mijn paswoord gewijzigd. Iemand heeft zich aangemeld vanaf {ip} op {date} om {time}. Mijn login is {user}, het huidige wachtwoord {pwd}. Ik gebruik een {model}.""",
],
"AGENT": [
    "Dag {name}, je kaart {mask} is geblokkeerd. Geef nooit je pincode of responscodes door, ook niet aan ons. Je dossier: {ticket}. Groetjes, {agent}",
    "Hallo {name}, verwijder aub je paswoord {pwd} uit je bericht en wijzig het meteen. Wij vragen dat nooit. ^{agent}",
    "Dag {name}, het nummer {sphone} is niet van ons. Bel bij twijfel altijd zelf {cphone} of Card Stop op {fline}. {agent}",
    "Hoi {name}, we hebben de betwisting van {amt} (transactie {txref}) opgestart onder {ticket}. Dit kan tot vier maanden duren. ^{agent}",
    "Dag {name}, bedankt. Ik zie een aanmelding vanaf {ip}. Ik heb je digitale toegang tijdelijk geblokkeerd. Info: {burl} {agent}",
],
}

FRBE = {
"SCAM": [
    "{bank}: Votre carte expire. Renouvelez-la via {url} avant le {date} pour éviter le blocage. Réf: {sref}",
    "bpost: votre colis {track} est en attente. Frais de livraison {amt}: {short}",
    "SPF Finances: vous avez droit à un remboursement de {amt}. Confirmez via itsme: {url}",
    "Coucou maman, j'ai cassé mon téléphone, voici mon nouveau numéro {sphone}. Tu peux me faire un virement urgent ?",
    "Alerte sécurité: un paiement de {amt} est en cours. Si ce n'est pas vous, appelez le {sphone}. Dossier {sref}",
    "Votre accès {bank} sera suspendu. Mettez à jour vos données: {url}",
],
"CHAT": [
    "J'ai reçu ce SMS :\n« {scam} »\net j'ai rentré mon numéro de carte {card} et le code de mon lecteur {otp}. Je fais quoi maintenant ?",
    "Bonjour, quelqu'un m'a appelé en disant être de {bank}. Je lui ai donné mon code PIN {pin} et le code {otpw}. Il manque {amt} sur mon compte {iban}",
    "Bonjour je voudrais bloquer ma carte qui finit par {mask}, numéro client {cust}. Il y a eu {qty} cette nuit que je ne reconnais pas",
    "Mon mot de passe a été piraté. L'ancien c'était {pwd}, identifiant {user}. Pouvez-vous réinitialiser ?",
    "Un virement de {amt} vers {ibanx} a été fait le {date} à {time}, ce n'est pas moi ! Mon numéro: {phone}",
    "J'ai acheté sur {shop}, commande {order}, jamais reçu. Je veux contester le paiement de {amt}. Carte {card} exp {exp}",
    "Mon numéro national c'est {nrn} et ma date de naissance {dob}. Ils ont ouvert un crédit à mon nom, à l'adresse {addr} !",
    "L'escroc m'a fait installer {app} et il a vu mon code secret {pin}. Ma plainte à la police: {ticket}",
    "Salut, mon adresse {email} a été piratée, j'ai reçu des mails de changement de mot de passe. Identifiant {user}",
    "Ils ont fait un SIM swap. L'opérateur m'a donné le code PUK {puk}, mais entre-temps ils ont reçu le code {otp}",
    "Un faux technicien VOO m'a fait lire ma clé wifi {wifi} et a regardé via {app} pendant que je me connectais. Client depuis {year}, n° client {cust}",
    "On m'a volé mon jeton de session {token} via une fausse page itsme. Mon identifiant est {user}, je veux bloquer tout accès",
],
"PUBLIC": [
    "{mention} ça fait une heure que j'attends au {cphone} pendant que mon compte se vide. Inadmissible {tag}",
    "Attention arnaque : « {scam} » Ne cliquez pas ! {tag} {omention}",
    "{mention} j'ai été appelée par {sphone}, c'était vraiment vous ? Ils connaissaient mon numéro client {cust}",
    "{mention} ma contestation {ticket} du {date} n'avance pas. {amt} volés {tag} {tag2}",
],
"EMAIL": [
    """Je suis victime d'une fraude. Le {date}, j'ai reçu le message suivant :

{scam}

J'ai cliqué et encodé mon numéro de carte ({card}), la date d'expiration ({exp}) et le code de sécurité {cvv}. Ensuite {amt} a été débité de mon compte {iban}.

Plainte déposée à la police sous le numéro {ticket}.
Numéro de registre national : {nrn}
GSM : {phone}""",
    """Suite à notre conversation, voici les opérations que je conteste :

- {date} : {shop}, {amt}, réf. {txref}
- {date2} : {shop}, {amt2}, réf. {txref2}

Ma carte ({mask}) est bloquée via Card Stop ({fline}). Mon numéro client est {cust}, adresse {addr}.""",
    """Je souhaite changer mon mot de passe. Une connexion suspecte a eu lieu depuis {ip} le {date} à {time}. Mon identifiant est {user}, mot de passe actuel {pwd}, nouveau souhaité {pwd2}.""",
],
"AGENT": [
    "Bonjour {name}, votre carte {mask} est bloquée. Ne communiquez jamais votre code PIN, même à nous. Dossier : {ticket}. {agent}",
    "Bonjour {name}, merci de supprimer votre mot de passe ({pwd}) de votre message et de le changer immédiatement. ^{agent}",
    "Bonjour {name}, le numéro {sphone} n'est pas le nôtre. En cas de doute, appelez le {cphone} ou Card Stop au {fline}. {agent}",
    "Bonjour {name}, votre contestation de {amt} (opération {txref}) est enregistrée sous {ticket}. Délai : jusqu’à quatre mois. ^{agent}",
    "Bonjour {name}, j'ai vu une connexion depuis {ip}. Votre accès en ligne est suspendu par sécurité. Plus d'infos : {burl} {agent}",
],
}

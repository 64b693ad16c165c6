"""Belgian templates: Flemish (nl-be) and French (fr-be)."""

NLBE = {}
FRBE = {}

NLBE["gov"] = [
    "Ik geraak niet binnen op MyMinfin met itsme, krijg code {otp} maar dan {err}. Rijksregisternummer {rrn}",
    "{mention} al twee weken wachten op mijn Groeipakket, rekeningnummer {iban} is nochtans juist ingevuld {hashtag}",
    "Dag, ik ben verhuisd naar {addr}, wijkagent is al geweest. Mijn rijksregisternr: {rrn}, geboren op {dob}. Gsm {phone}",
    "Belastingbrief is naar mijn oud adres ({addr.street}) gestuurd. Terugbetaling {amount} graag op {iban}. Nationaal nummer {rrn}",
    "itsme pincode vergeten, was iets met {pin.app}? Nieuwe gsm ({model}) en nu kan ik niks meer. Mail naar {email} aub",
    "Kan ik mijn aangifte via Tax-on-web doen met token? Gebruikersnaam {user}, paswoord {pw}. Dossier {ticket}",
    "VDAB: mijn klantnummer {cust.be}, rijksreg {rrn}. Uitkering van {amount} nog niet ontvangen sinds {date}",
    "Beste, mijn zoon (°{dob}) heeft een rijksregisternummer {rrn}, maar kinderbijslag komt op rekening {iban} van zijn vader. Graag wijzigen",
]

NLBE["shop"] = [
    "{mention} pakje {track} terug gestuurd via bpost op {date}, nog altijd geen terugbetaling van {amount}",
    "Mijn verkopersaccount bij jullie: verkopers-ID {cust.seller}, uitbetalingen moeten naar {iban}. Ondernemingsnummer {kvk}",
    "Ik kreeg een mail om mijn paswoord te resetten, met code {otp}. Ik heb niks gevraagd! Login vanuit {ip}?",
    "Onze API sleutel {apikey} en secret {apikey.bol_secret:2} staan per ongeluk in een publieke repo, gelieve te resetten",
    "Retour bestelling {order}, artikel {prod}. Ophaaladres: {addr}. Bel gerust {phone}",
    "2dehands login: {email} / {pw}. Kan niet meer inloggen sinds {date}, foutcode {err}",
]

NLBE["bank"] = [
    "{mention} mijn bankkaart is gestolen in Gent, kaartnr {card}. Cardstop gebeld maar ze vroegen mijn pincode {pin.card}?? Is dat normaal",
    "Woonkrediet aanvraag {ticket}: ontlener {name}, rijksregisternummer {rrn}, °{dob}, adres {addr}, rekening {iban}",
    "De digipass geeft {otp.8} maar easybanking zegt ongeldige respons. Klantnummer {cust.be}",
    "Ik heb {amount} overgeschreven naar {iban} voor een tweedehands auto, was oplichting. Mijn gsm {phone}",
    "Visa {card} exp {exp} cvc {cvv}, gelieve te blokkeren dringend!!!",
    "Rente op mijn lening gaat van {pct} naar {pct:2}? Dossier {cust.mortgage}. Mail mij op {email}",
]

NLBE["move"] = [
    "Verhuis op {date} van {addr} naar {addr:2}, {qty}. Code van de sleutelkastje: {pin.keybox}",
    "Box {cust.unit} bij jullie in Gent, de poortcode {pin.gate} werkt niet meer. Contract {cust.storage}",
    "{mention} verhuizers kwamen pas om {time} ipv {time:2}, en de frigo is beschadigd {hashtag}",
    "wifi in het nieuwe appartement: {ssid} / {wifi}. Technieker komt {date}",
    "Inventaris: {qty}, {qty:2}, een zetel en de diepvries. Waarde {amount}. Klantnr {cust.be}",
    "Huur box {cust.unit} mag voortaan via domiciliëring op {iban}. Mijn gsm: {phone}",
]

FRBE["gov"] = [
    "Je n'arrive pas à me connecter sur MyMinfin avec itsme, le code {otp} est refusé. Numéro national {rrn}",
    "{mention} toujours pas reçu mes allocations familiales, compte {iban}, dossier {ticket} {hashtag}",
    "Bonjour, j'ai déménagé au {addr}. Mon numéro de registre national: {rrn}, né le {dob}. GSM {phone}",
    "Mon code PIN itsme c'est {pin.app} mais l'app dit {err} depuis la mise à jour {ver}",
    "Le Forem me demande mon identifiant: {user} et mot de passe {pw}. Je ne reçois pas le code par SMS",
    "Remboursement d'impôts de {amount} à verser sur {iban} svp, n° national {rrn}, adresse {addr}",
    "Ma commune a envoyé le courrier à {email} mais ce n'est plus mon adresse. Nouvelle: {email:2}",
    "Demande de prime: nom {name}, NN {rrn}, date de naissance {dob}, tél {phone}, compte {iban}",
]

FRBE["shop"] = [
    "{mention} colis {track} retourné le {date}, toujours pas remboursé ({amount}) {hashtag}",
    "Mon compte vendeur {cust.seller} est suspendu. Les virements doivent aller sur {iban}. Numéro d'entreprise {kvk}",
    "Quelqu'un s'est connecté à mon compte depuis l'IP {ip}. Mon mot de passe était {pw}, login {email}",
    "Clé API {apikey} et secret {apikey.woo_cs:2} à révoquer svp, fuite sur GitHub",
    "Retour commande {order} (réf {prod}), enlèvement à l'adresse {addr}. Tél {phone}",
    "Code de vérification reçu par SMS: {otp}. Mais je n'ai rien demandé!? Identifiant {user}",
]

FRBE["bank"] = [
    "{mention} carte volée, numéro {card}, expire {exp}. Compte {iban}. Bloquez-la svp!!",
    "Quelqu'un m'a appelé au nom de la banque et j'ai donné mon code secret {pin.card}... que faire?",
    "Crédit hypothécaire n° {cust.mortgage}, taux {pct}. Je souhaite rembourser {amount} le {date}",
    "Le lecteur de carte affiche {otp.8} mais easy banking refuse. Numéro client {cust.be}",
    "Ma carte: {card} / {exp} / CVC {cvv}. Débit de {amount} inconnu!",
    "Demande de prêt: {name}, NN {rrn}, né le {dob}, domicilié {addr}, joignable au {phone}",
]

FRBE["move"] = [
    "Déménagement le {date} du {addr} vers {addr:2}. Environ {qty}. Code de la boîte à clés: {pin.keybox}",
    "Mon box {cust.unit} ne s'ouvre plus, code portail {pin.gate}. Contrat {cust.storage}",
    "{mention} les déménageurs sont arrivés à {time} au lieu de {time:2}, armoire abîmée {hashtag}",
    "Le wifi du nouvel appart: réseau {ssid}, clé {wifi}. Le technicien passe le {date}",
    "Inventaire garde-meubles: {qty}, {qty:2}, un canapé. Valeur {amount}. Box {cust.unit}",
    "Prélèvement du loyer du box sur {iban} svp. Mon tél {phone}, mail {email}",
]

"""Belgian Dutch (nl-be) and Belgian French (fr-be) templates."""

CHAT_NLBE = [
    ["Dag, ik geraak niet meer op mijn account van de omvormer. Login {user}, paswoord {password}. Kunnen jullie eens kijken?",
     "Ik heb mijn paswoord veranderd naar {password} maar de app blijft zeggen dat het fout is. Gebruikersnaam {user}",
     "goeiemiddag, mijn gebruikersnaam is {user} en het wachtwoord was {password=o}, nu {password}. nog altijd {err}",
     "inloggegevens portaal zonnepanelen:\n{user}\n{password}\nmerci!"],
    ["De wifi van ons huis is {ssid}, de sleutel is {wifi}. Dan kan de technieker de warmtepomp koppelen.",
     "Wifi-code voor de laadpaal: {wifi} (netwerk {ssid})",
     "netwerksleutel = {wifi} , den installateur vroeg ernaar"],
    ["Onze warmtepomp {model} staat in fout {err}. Klantennummer {custnr}. Kan er deze week iemand passeren? Mijn gsm: {mobile}",
     "Dag, al {qty} geen warm water. Adres: {fulladdr}. Gsm {mobile}. Dossier {ticket}",
     "Goeiedag, EAN-code van mijn aansluiting is {ean}. Klantnummer {custnr}. De teller draait achteruit sinds de panelen erop liggen, is dat normaal?",
     "de technieker is {sdate} geweest maar de fout {err} is terug. ge kunt mij bellen op {phone}"],
    ["Voor de premie van Mijn VerbouwPremie hebben ze mijn rijksregisternummer nodig: {rrn}. Moet ik dat aan jullie geven?",
     "Hierbij mijn rijksregisternummer {rrn} en geboortedatum {dob} voor de aanvraag dakisolatie",
     "mag het voorschot terug op {iban_be}? Op naam van {name}. Factuur {invoice}",
     "Betaling van de factuur {invoice} ({amount}) gebeurd van rekening {iban_be} met gestructureerde mededeling, toch nog een herinnering gekregen?"],
    ["Mijn moeder heeft een personenalarm via {care}. De code van de sleutelkluis is {pin4}, voor als de hulpverlener moet binnen.",
     "Dag, ik ben de zoon van {name}. Zij is geboren op {dob}, rijksregister {rrn}. Kan de thuisverpleging vanaf {sdate} twee keer per dag komen?",
     "De poetshulp van mijn vader kan niet binnen. Code van de voordeur {pin}. Adres {fulladdr}",
     "Contactpersonen alarm aanpassen aub: {name} gsm {mobile} en {name} {mobile}. Klantnr {custnr}"],
    ["Als eigenaar in het gebouw: de syndic heeft de provisie van {amount} twee keer afgehouden van {iban_be}. Kan dat teruggestort worden?",
     "Voor de algemene vergadering van de VME: mijn volmacht geef ik aan {name}, {email}. Kavel {custnr}",
     "Dag, ik huur het appartement op {street}. Huurwaarborg van {amount} staat nog geblokkeerd. Mijn rekening: {iban}",
     "Bezoek van het appartement {sdate} om {time} past mij. Mijn gsm-nummer: {mobile}"],
    ["Kaart: {card}, vervalt {expiry}, CVC {cvv}. Voor het voorschot van de laadpaal.",
     "Ik heb per ongeluk mijn kaartnummer {card} in de chat gezet, wat nu?",
     "betalen met Bancontact lukt niet, dan maar visa: {card} {expiry} {cvv}"],
    ["Ik kreeg een sms met code {otp} maar die is al vervallen",
     "De code die ik kreeg is {otpw}",
     "Verificatiecode {otp}, mijn login is {user}"],
    ["Het zakje met de SIM voor het alarmtoestel: PUK {puk}, PIN {pin4}. Toestel blijft vragen om de PUK.",
     "pin van de sim in de noodknop is {pin4}, puk {puk}"],
    ["Mijn API-sleutel voor de monitoring is {apikey}. Ik krijg {err} op {url}",
     "Token voor de koppeling met de laadpaal: {token}. Firmware {ver}"],
    ["Levering van de isolatieplaten ({prod}) is vertraagd, track & trace {track}. Bestelling {order}",
     "Meterstand dag {meter}, nacht {meter}. Opgemeten op {sdate} om {time}.",
     "Voorschotfactuur {invoice}: {amount} aan {pct} btw. Bij renovatie is dat toch {pct}?"],
]

PUBLIC_NLBE = [
    ["{mention} al {qty} wachten op de technieker, echt belachelijk {hashtag}",
     "{mention} ge kunt mij altijd bellen op {mobile}, maar dan moet ge wel bellen eh",
     "Top service van {energy}, {qty} gelegd op één dag {hashtag}"],
    ["{mention} mijn grootmoeder wacht al sinds {time} op de thuisverpleging {hashtag}",
     "{mention} de syndic antwoordt nooit. Dossier {ticket} {hashtag}",
     "{mention} huurwaarborg na {qty} nog altijd niet vrijgegeven {hashtag}"],
]

EMAIL_NLBE = [
    ["Geachte,\n\nIn bijlage vindt u het ingevulde formulier voor de installatie van de warmtepomp. Mijn gegevens:\nNaam: {name}\nAdres: {fulladdr}\nGSM: {mobile}\nRijksregisternummer: {rrn}\nRekeningnummer: {iban_be}\nEAN: {ean}\n\nDe offerte {order} bedroeg {amount} excl. btw.",
     "Beste,\n\nNa het bezoek van uw technieker op {date} is de storing {err} niet opgelost. Het klantnummer is {custnr}. Ik heb ondertussen de router herstart, het wifi-wachtwoord is nu {wifi}. Gelieve mij te contacteren op {phone}."],
    ["Beste,\n\nIk schrijf u in naam van mijn vader, {name}, geboren op {dob}. Hij woont alleen op {fulladdr} en heeft sinds kort een personenalarm. De code van de sleutelkluis is {pin4}. Zijn rijksregisternummer: {rrn}. U kan mij bereiken op {mobile}.",
     "Geachte syndic,\n\nIn verband met de afrekening van de gemeenschappelijke kosten {year}: ik betaalde {amount} op {date} van rekening {iban}. Toch kreeg ik een aanmaning ({invoice}). Mijn kavelnummer is {custnr}. Gelieve dit recht te zetten."],
]

AGENT_NLBE = [
    ["Dag {first}, bedankt voor uw bericht. Mogen we uw klantennummer en adres in privé ontvangen? Groeten, {agent}",
     "Dag {first}, de technieker passeert {sdate} tussen {time} en {time} op {address}. Voor vragen: {cphone}.",
     "Bedankt, het rekeningnummer {iban_be} is aangepast voor klantnummer {custnr}. ^{init}"],
    ["Dag mevrouw, we hebben de code {pin4} van de sleutelkluis genoteerd. De hulpcentrale is verwittigd. Vriendelijke groeten, {agent}",
     "Goeiedag, gelieve nooit uw paswoord in een bericht te zetten. U kan het resetten via {url}. Groetjes {agent}",
     "Dag {first}, de provisie wordt teruggestort op {iban}. Referentie {ticket}. Met vriendelijke groeten, de syndic"],
]

CHAT_FRBE = [
    ["Bonjour, je n'arrive plus à me connecter au portail de l'onduleur. Identifiant {user}, mot de passe {password}. Vous pouvez vérifier?",
     "mon identifiant c'est {user} et le mdp {password}, ça marche plus depuis la mise à jour {ver}",
     "Ancien mot de passe : {password=o}\nNouveau : {password}\nToujours l'erreur {err}...",
     "login {user} / pw {password} svp regardez pourquoi la production est à zéro depuis le {sdate}"],
    ["Le wifi de la maison s'appelle {ssid}, la clé c'est {wifi}. Pour le technicien demain à {time}.",
     "code wifi pour la pompe à chaleur : {wifi}",
     "Réseau {ssid} / clé WPA {wifi} (attention aux majuscules)"],
    ["Notre pompe à chaleur {model} affiche l'erreur {err} depuis ce matin. Numéro client {custnr}. Mon GSM : {mobile}",
     "Bonjour, plus d'eau chaude depuis {qty}. Adresse : {fulladdr}. Joignable au {phone}",
     "Mon code EAN est {ean}, numéro de client {custnr}. Le compteur tourne à l'envers, c'est normal?",
     "le technicien est passé le {sdate} mais l'erreur {err} est revenue. vous pouvez m'appeler au {mobile}"],
    ["Pour la prime Rénolution ils demandent mon numéro de registre national : {rrn}. Je dois vous le donner?",
     "Voici mon numéro national {rrn} et ma date de naissance {dob} pour le dossier isolation",
     "Merci de rembourser l'acompte sur le compte {iban_be} au nom de {name}. Facture {invoice}",
     "J'ai payé la facture {invoice} ({amount}) depuis le compte {iban}, pourquoi un rappel?"],
    ["Ma mère a une télévigilance chez vous. Le code du boîtier à clés est {pin4}, pour que l'intervenant puisse entrer.",
     "Bonjour, je suis la fille de Mme {last}, née le {dob}, NISS {rrn}. Les soins infirmiers à domicile peuvent commencer le {sdate}?",
     "L'aide familiale ne peut pas entrer chez mon père. Code de la porte : {pin}. Adresse {fulladdr}",
     "Personnes de contact pour l'alarme : {name} {mobile} et {name} {mobile}. N° client {custnr}"],
    ["Le syndic a prélevé deux fois la provision de {amount} sur {iban_be}. Pouvez-vous rembourser?",
     "Pour l'AG de la copropriété, je donne procuration à {name}, {email}. Lot {custnr}",
     "Bonjour, je loue l'appartement {street}. La garantie locative de {amount} est toujours bloquée. Mon compte : {iban}",
     "Visite de l'appartement le {sdate} à {time}, ça me va. Mon numéro : {mobile}"],
    ["Carte : {card}, expire {expiry}, cryptogramme {cvv}. Pour l'acompte de la borne de recharge.",
     "J'ai mis mon numéro de carte {card} dans le chat par erreur, vous pouvez l'effacer?",
     "visa {card} exp {expiry} code {cvv}"],
    ["J'ai reçu le code {otp} par SMS mais il est expiré",
     "le code c'est {otpw}",
     "Code de vérification {otp}, mon identifiant est {user}"],
    ["La carte SIM du bracelet d'alarme : PUK {puk}, PIN {pin4}.",
     "code pin de la sim {pin4} puk {puk} l'appareil est bloqué"],
    ["Ma clé API pour le monitoring : {apikey}. J'ai l'erreur {err} sur {url}",
     "Jeton d'accès pour l'intégration : {token}. Request id {reqid}"],
    ["Livraison des panneaux ({prod}) en retard, suivi {track}. Commande {order}",
     "Relevé du compteur : jour {meter}, nuit {meter}. Relevé le {sdate} à {time}.",
     "Facture {invoice} : {amount} avec {pct} de TVA, pour une rénovation c'est {pct} non?"],
]

PUBLIC_FRBE = [
    ["{mention} ça fait {qty} qu'on attend le technicien, inadmissible {hashtag}",
     "{mention} rappelez-moi au {mobile} svp, ça fait 3 fois que j'appelle le {cphone}",
     "Très contente de {energy}, {qty} posés en une journée {hashtag}"],
    ["{mention} ma grand-mère attend l'infirmière depuis {time} {hashtag}",
     "{mention} le syndic ne répond jamais. Dossier {ticket} {hashtag}",
     "{mention} garantie locative toujours pas libérée après {qty} {hashtag}"],
]

EMAIL_FRBE = [
    ["Madame, Monsieur,\n\nVeuillez trouver ci-dessous mes coordonnées pour l'installation de la pompe à chaleur :\nNom : {name}\nAdresse : {fulladdr}\nGSM : {mobile}\nN° de registre national : {rrn}\nIBAN : {iban_be}\nCode EAN : {ean}\n\nLe devis {order} s'élevait à {amount} HTVA.",
     "Bonjour,\n\nSuite au passage de votre technicien le {date}, l'erreur {err} n'est pas résolue. Mon numéro client est {custnr}. J'ai redémarré le routeur, le mot de passe wifi est maintenant {wifi}. Merci de me contacter au {phone}."],
    ["Bonjour,\n\nJe vous écris au nom de mon père, {name}, né le {dob}. Il vit seul au {fulladdr} et dispose depuis peu d'une télévigilance. Le code du boîtier à clés est {pin4}. Son numéro de registre national : {rrn}. Vous pouvez me joindre au {mobile}.",
     "Monsieur le syndic,\n\nConcernant le décompte des charges communes {year} : j'ai payé {amount} le {date} depuis le compte {iban}. J'ai pourtant reçu un rappel ({invoice}). Mon numéro de lot est {custnr}. Merci de régulariser."],
]

AGENT_FRBE = [
    ["Bonjour {first}, merci pour votre message. Pouvez-vous nous envoyer votre numéro client et votre adresse en privé ? Bien à vous, {agent}",
     "Bonjour {first}, le technicien passera le {sdate} entre {time} et {time} au {address}. Questions : {cphone}.",
     "Merci, le compte {iban_be} est enregistré pour le client {custnr}. ^{init}"],
    ["Bonjour Madame, nous avons noté le code {pin4} du boîtier à clés. La centrale est prévenue. Cordialement, {agent}",
     "Bonjour, ne communiquez jamais votre mot de passe par message. Réinitialisez-le via {url}. {agent}",
     "Bonjour {first}, la provision sera remboursée sur {iban}. Référence {ticket}. Cordialement, le syndic"],
]

CHAT_NLBE += [
    ["Ik kreeg deze sms: \"Uw code voor {energy}: {otp}. Deel deze nooit.\" Is dat van jullie?",
     "kopie sms: 'Uw verificatiecode is {otp}' , moet ik die aan de technieker geven?"],
    ["naam: {name}\ngeboortedatum: {dob}\nadres: {fulladdr}\ngsm: {mobile}\nrekeningnr: {iban_be}",
     "- klantnr {custnr}\n- EAN {ean}\n- meterstand {meter}\n- gsm {mobile}"],
    ["sorry, verkeerd nummer gegeven. Het juiste is {mobile}, niet {mobile}",
     "mijn mail is {email}, met een punt tussen voor- en achternaam eh"],
]
CHAT_FRBE += [
    ["J'ai reçu ce SMS : « Votre code de vérification {energy} : {otp}. Ne le partagez jamais. » C'est vous?",
     "copie du sms: 'Code : {otp} valable 10 minutes' je dois le donner au technicien?"],
    ["nom : {name}\ndate de naissance : {dob}\nadresse : {fulladdr}\nGSM : {mobile}\nIBAN : {iban_be}",
     "- n° client {custnr}\n- EAN {ean}\n- index compteur {meter}\n- gsm {mobile}"],
    ["pardon, mauvais numéro. Le bon c'est {mobile}, pas {mobile}",
     "mon adresse mail c'est {email}, avec un point entre prénom et nom"],
]

CHAT_NLBE += [
    ["Update mislukt, checksum {checksum} komt niet overeen. Versie {ver}, request-id {reqid}",
     "de hash van het firmwarebestand is {checksum}, klopt dat? fout {err} ({reqid})"],
    ["Waarom {pct} btw en niet {pct}? Pakje {track}, bestelling {order}. Ik vlieg {sdate} met {flight}",
     "{pct} meer dan de offerte?? Zending {track} nog altijd niet toegekomen. Ik ben terug met {flight}"],
    ["API-sleutel {apikey} en token {token} staan in de app van de technieker, moet ik die veranderen?",
     "config laadpaal: key={apikey} token={token} , is dat normaal?"],
    ["omvormer op {ip}:{port} reageert niet, warmtepomp op {ip} wel",
     "webinterface http://{ip}:{port} geeft time-out"],
    ["betaling met kaart {card}, geldig tot {expiry}, code {cvv}. Ondernemingsnummer op jullie factuur: {kvk}",
     "visa {card} / {expiry} / {cvv} — en welk {kvk} moet op de factuur?"],
]
CHAT_FRBE += [
    ["Mise à jour échouée, le checksum {checksum} ne correspond pas. Version {ver}, request id {reqid}",
     "le hash du firmware est {checksum}, c'est correct? erreur {err} ({reqid})"],
    ["Pourquoi {pct} de TVA et pas {pct}? Colis {track}, commande {order}. Je rentre le {sdate} par le vol {flight}",
     "{pct} de plus que le devis?? Envoi {track} toujours pas arrivé. Je suis de retour avec {flight}"],
    ["Clé API {apikey} et jeton {token} sont dans l'appli du technicien, je dois les changer?",
     "config borne : key={apikey} token={token} , c'est normal?"],
    ["onduleur sur {ip}:{port} ne répond pas, la PAC sur {ip} oui",
     "interface web http://{ip}:{port} en time-out"],
    ["paiement par carte {card}, valable jusqu'au {expiry}, code {cvv}. Numéro d'entreprise sur votre facture : {kvk}",
     "visa {card} / {expiry} / {cvv} — et quel {kvk} sur la facture?"],
]

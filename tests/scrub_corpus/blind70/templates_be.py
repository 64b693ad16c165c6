"""Belgian templates: Flemish (nl-be) and Belgian French (fr-be). Dealt alternately per list."""

NLBE = {}
FRBE = {}

NLBE["chat"] = [
    "Dag, ik zou graag mijn domiciliëring stopzetten voor {org}. Rekening {iban}, mandaat {mandate}. Merci!",
    "Goeiemiddag, ge hebt twee keer {amount} afgehaald van mijn rekening ({iban}). Kunt ge dat terugstorten aub?",
    "Hallo, ik ben de nieuwe schatbewaarder van {club}. Login van vorige was {user} / {pw}, werkt nie meer. Wat nu?",
    "Mijn GSM-nummer is veranderd naar {phone}, lidnummer {member}. Kan dat aangepast worden?",
    "Voor het fiscaal attest heb ik mijn rijksregisternummer nodig zeker? Het is {rrn}. Donateurnr {donor}",
    "Code van de deur van de kleedkamers is {pin}, wifi kantine wachtwoord {wifi}. Niet doorsturen he!",
    "Ik krijg een sms met code {otp} van {platform} maar ik heb niks aangevraagd, is dat normaal?",
    "Ik wil mijn lidmaatschap opzeggen vanaf {date}. {name}, {addr}, geboren {dob}",
    "Hebt ge mijn nieuw adres al? {addr}. En mijn mail is nu {email}",
    "Hey, mijn kaart {card} werd geweigerd bij de crowdfunding, vervaldatum {exp}, code {cvv}. Foutmelding {errcode}",
    "Mag ik vragen waarom mijn lot {lot} niet meer meespeelt sinds {date}? Betaald via {iban}",
    "Ons koor wil een tombola organiseren, wie moet ik bellen? Ik ben te bereiken op {phone}",
]
NLBE["public"] = [
    "{mention} al {qty} geprobeerd om mijn domiciliëring te stoppen, niemand neemt op op {cphone} {hashtag}",
    "Fier op onze ploeg! {amount} ingezameld voor {org}, doneren kan nog via {url} {hashtag}",
    "{mention} waarom krijg ik een herinnering voor factuur {invoice} als ik al betaald heb? Bel mij op {phone}",
    "{mention} de app crasht bij het inloggen sinds versie {version}, foutcode {errcode} {hashtag}",
    "{mention} dossiernummer {ticket}, nog altijd geen antwoord na {qty}",
]
NLBE["email"] = [
    "Ik wens mijn maandelijkse gift van {amount} aan {org} stop te zetten. Het gaat om de domiciliëring met mandaatreferentie {mandate} op rekening {iban}. Mijn donateursnummer is {donor}.\n\nGraag had ik ook mijn fiscaal attest voor {year} ontvangen. Mijn rijksregisternummer is {rrn}, ik woon {addr}.",
    "Als secretaris van {club} meld ik u dat ons lid {name} (lidnummer {member}) verhuisd is naar {addr}. Hij is nog steeds bereikbaar op {phone}. De lidgelden worden vanaf {date} betaald via {iban}.",
    "Bij het inloggen op het platform van {platform} krijg ik na het ingeven van mijn wachtwoord ({pw}) de melding {errcode}. Ik heb de code {otp} per sms ontvangen maar die wordt niet aanvaard. Mijn gebruikersnaam is {user}.\n\nDe pagina toont ook mijn IP-adres {ip} en referentie {reqid}.",
    "Mijn moeder, {name}, geboren op {dob}, speelt sinds jaren mee met de {lottery} (deelnemersnummer {lot}). Ze is verhuisd naar een woonzorgcentrum en wil stoppen. De terugbetaling van het resterende saldo mag op mijn rekening {iban}. Mijn GSM: {phone}.",
    "Voor de jaarlijkse quiz van {club} heb ik de sleutel nodig van het clubhuis. Het sleutelkastje heeft volgens het bestuur code {pin}, het alarm {pin.2}. Klopt dat nog? De quiz is op {date} vanaf {time}.",
    "Ik ontving een dubbele domiciliëring van {amount} (referentie {invoice}) op {date}. Kunnen jullie één ervan terugstorten op {iban}? Mijn klantnummer is {cust}. Alvast bedankt.",
]
NLBE["form"] = [
    "Webformulier - Stopzetting domiciliëring\nNaam: {name}\nRijksregisternr: {rrn}\nAdres: {addr}\nGSM: {phone}\nE-mail: {email}\nRekeningnr: {iban}\nMandaat: {mandate}\nDatum: {date}",
    "Inschrijving nieuw lid\nNaam + voornaam: {name}\nGeboortedatum: {dob}\nStraat + nr, postcode, gemeente: {addr}\nTel./GSM: {phone}\nMail: {email}\nRekeningnummer lidgeld: {iban}\nTruitje maat: {product}",
]
NLBE["agent"] = [
    "Dag {first}, uw domiciliëring met referentie {mandate} is stopgezet vanaf {date}. Met vriendelijke groeten, {agent}",
    "Hallo {first}, we storten de {amount} terug op rekening {iban} binnen de 10 werkdagen. Dossier {ticket}. Groetjes, {agent}",
    "Dag {first}, deel aub nooit uw wachtwoord of code publiek. Wijzig het meteen via {url}. Mvg {agent}",
    "Hoi {first}, stuur ons een privébericht met uw lidnummer, dan kijken we het na. Of bel {cphone}. {agent}",
    "Beste {first}, uw fiscaal attest {year} wordt opnieuw verstuurd naar {addr}. Groeten, {agent} - {org}",
    "Dag {first}, we hebben uw nieuw GSM-nummer {phone} genoteerd bij lidnummer {member}. Sportieve groeten, {agent}",
]
NLBE["greet"] = ["Beste,", "Geachte,", "Dag {org},", "Goeiedag,", "Hallo,", "Beste mevrouw, meneer,"]
NLBE["close"] = ["Met vriendelijke groeten,", "Mvg,", "Alvast bedankt,", "Vriendelijke groeten,", "Groetjes,", "Dank bij voorbaat,"]
NLBE["sig"] = ["{name}\n{addr}\nGSM {phone}", "{name}\nSchatbewaarder {club}\n{creg}", "{name}", "{name}\nT {phone}\n{email}",
               "{first}\n\nVerzonden vanaf mijn Samsung Galaxy-smartphone."]
NLBE["quotehdr"] = ["Op {date} om {time} schreef {org}:", "Van: {agent} ({org})\nVerzonden: {date} {time}\nOnderwerp: RE: dossier {ticket}",
                    "{date} {time}, {agent} <{agent} van {org}> schreef:"]
NLBE["fwdhdr"] = ["---------- Doorgestuurd bericht ---------\nVan: {name} <{email}>\nDatum: {date}\nOnderwerp: lidgeld", "Doorgestuurd bericht:\nVan: {name} <{email}>\nVerzonden: {date} {time}"]
NLBE["disclaimer"] = ["Dit bericht is vertrouwelijk. {org} vzw - {creg}", "Giften vanaf 40 euro zijn fiscaal aftrekbaar. Info: {url}",
                      "Help ons: {url} | {cphone}"]
NLBE["filler"] = ["Ik heb al gebeld naar {cphone} maar kreeg steeds de wachtmuziek.", "Het is niet de eerste keer, zie ook dossier {ticket}.",
                  "Alvast merci voor de snelle opvolging.", "Het gaat over {amount}, dus ik had het graag snel geregeld.",
                  "Onze algemene vergadering is op {date} om {time}."]

FRBE["chat"] = [
    "Bonjour, je souhaite arrêter ma domiciliation pour {org}. Compte {iban}, référence de mandat {mandate}. Merci d'avance",
    "bonjour on m'a prélevé 2 fois {amount} le {date} sur mon compte {iban}, pouvez-vous rembourser svp",
    "Je suis le nouveau trésorier de {club}. L'identifiant c'est {user} et le mot de passe {pw} mais ça ne marche plus ({errcode})",
    "Mon nouveau numéro de GSM: {phone}. Numéro de membre {member}. Merci de mettre à jour",
    "Pour l'attestation fiscale vous avez besoin de mon numéro national? C'est {rrn}. Donateur n° {donor}",
    "Le code de la boîte à clés du local c'est {pin}, et le wifi de la buvette {wifi}. Ne pas partager svp",
    "J'ai reçu un code {otp} par SMS de {platform}, je n'ai rien demandé... arnaque?",
    "Je voudrais résilier mon abonnement à la {lottery}, n° participant {lot}. {name}, né le {dob}",
    "Changement d'adresse: {addr}. Mail: {email}",
    "Ma carte {card} est refusée sur la page de dons, expiration {exp}, cryptogramme {cvv}. Message {errcode}",
    "Mon code d'accès à la salle de répétition ({pin}) ne fonctionne plus depuis le {date}, c'est normal?",
    "Bonsoir, vous pouvez me rappeler au {phone} pour le remboursement de ma cotisation? Merci",
]
FRBE["public"] = [
    "{mention} impossible d'arrêter mon don mensuel, j'ai appelé {cphone} {qty} sans réponse {hashtag}",
    "Bravo à toute l'équipe! {amount} récoltés pour {org}, on peut encore donner sur {url} {hashtag}",
    "{mention} pourquoi encore un prélèvement de {amount} alors que j'ai résilié? Rappelez-moi au {phone}",
    "{mention} votre site affiche l'erreur {errcode} depuis la mise à jour {version} {hashtag}",
    "{mention} dossier {ticket} toujours sans réponse depuis le {date}",
]
FRBE["email"] = [
    "Par la présente, je souhaite mettre fin à mon ordre de domiciliation en faveur de {org} (référence de mandat {mandate}). Le compte débité est le {iban}, au nom de {name}. Mon numéro de donateur est le {donor}.\n\nPourriez-vous également m'envoyer l'attestation fiscale pour l'année {year}? Mon numéro de registre national est le {rrn}.",
    "En tant que secrétaire de {club}, je vous informe que notre membre {name} (n° de membre {member}) a déménagé: nouvelle adresse {addr}. Il reste joignable au {phone}. La cotisation de {amount} sera désormais payée depuis le compte {iban}.",
    "Je n'arrive plus à me connecter à l'espace trésorier de {platform}. Identifiant: {user}, mot de passe: {pw}. Le code de vérification reçu par SMS ({otp}) est refusé avec le message {errcode}.\n\nAdresse IP indiquée: {ip}, identifiant de requête {reqid}.",
    "Mon père, {name}, né le {dob}, participe depuis longtemps à la {lottery} sous le numéro {lot}. Il est décédé le {date}. Merci de clôturer son abonnement et de verser le solde éventuel sur le compte {iban}. Je suis joignable au {phone} ou par mail à {email}.",
    "Pour la fête de la chorale le {date} à {time}, j'aurai besoin du code de l'alarme de la salle. On m'a donné {pin}, est-ce toujours valable? Et le mot de passe wifi est-il toujours {wifi}?",
    "J'ai été débité deux fois de {amount} (facture {invoice}). Merci de rembourser un des deux montants sur {iban}. Mon numéro client: {cust}.",
]
FRBE["form"] = [
    "Formulaire de contact - Arrêt de domiciliation\nNom: {name}\nN° registre national: {rrn}\nAdresse: {addr}\nGSM: {phone}\nE-mail: {email}\nIBAN: {iban}\nRéférence mandat: {mandate}\nEnvoyé le {date} à {time}",
    "Nouvelle inscription\nNom et prénom: {name}\nDate de naissance: {dob}\nAdresse complète: {addr}\nTéléphone: {phone}\nCourriel: {email}\nCompte pour la cotisation: {iban}",
]
FRBE["agent"] = [
    "Bonjour {first}, votre domiciliation (mandat {mandate}) est arrêtée à partir du {date}. Bien à vous, {agent}",
    "Bonjour {first}, nous remboursons les {amount} sur le compte {iban} sous 10 jours ouvrables. Dossier {ticket}. {agent}",
    "Bonjour {first}, ne partagez jamais votre mot de passe en public. Modifiez-le via {url}. Cordialement, {agent}",
    "Bonjour {first}, envoyez-nous votre numéro de membre en message privé, ou appelez le {cphone}. {agent}",
    "Bonjour {first}, votre attestation fiscale {year} sera renvoyée à l'adresse {addr}. {agent} - {org}",
    "Bonjour {first}, nous avons bien noté votre numéro {phone} pour le membre {member}. Sportivement, {agent}",
]
FRBE["greet"] = ["Bonjour,", "Madame, Monsieur,", "Chère équipe de {org},", "Bonsoir,", "Bonjour à tous,", "Cher trésorier,"]
FRBE["close"] = ["Bien à vous,", "Cordialement,", "Merci d'avance,", "Bien cordialement,", "Salutations distinguées,", "Belle journée,"]
FRBE["sig"] = ["{name}\n{addr}\nGSM {phone}", "{name}\nTrésorier {club}\n{creg}", "{name}", "{name}\nTél. {phone}\n{email}",
               "{first}\n\nEnvoyé de mon iPhone"]
FRBE["quotehdr"] = ["Le {date} à {time}, {org} a écrit :", "De : {agent} ({org})\nEnvoyé : {date} {time}\nObjet : RE: dossier {ticket}",
                    "Le {date}, {agent} a écrit :"]
FRBE["fwdhdr"] = ["---------- Message transféré ---------\nDe : {name} <{email}>\nDate : {date}\nObjet : cotisation", "Début du message réexpédié :\nDe: {name} <{email}>\nDate: {date} {time}"]
FRBE["disclaimer"] = ["Ce message est confidentiel. {org} asbl - {creg}", "Les dons à partir de 40 euros sont déductibles. Infos: {url}",
                      "Soutenez-nous: {url} | {cphone}"]
FRBE["filler"] = ["J'ai déjà appelé le {cphone} sans succès.", "Ce n'est pas la première fois, voir dossier {ticket}.",
                  "Merci d'avance pour votre aide.", "Il s'agit de {amount}, je préférerais que ce soit réglé rapidement.",
                  "Notre assemblée générale a lieu le {date} à {time}."]

NLBE["chat"] += [
    "GSM van het clubhuis vraagt PUK-code, op het kaartje staat {puk}. De pincode was {pin} denk ik",
    "De code die ik doorkreeg per telefoon was {otp_words}, maar het werkt nie op de site van {platform}",
    "Ik zie een aanmelding op mijn account vanaf IP {ip}, da was ik niet! Gebruikersnaam {user}",
    "Onze webmaster vraagt of deze sleutel nog geldig is: {apikey}. Logboek zegt {errcode}, request {reqid}",
    "Vlucht {flight} voor de koorreis op {date}, bestelling {order}, betaald met {card} (geldig tot {exp})",
    "Token voor de ledenapp {token} werkt niet meer sinds versie {version}",
]
FRBE["chat"] += [
    "Le GSM du club demande le code PUK, sur la carte il y a {puk}. Le code PIN était {pin}",
    "Le code qu'on m'a dicté c'est {otp_words} mais le site de {platform} dit invalide",
    "Connexion inconnue sur mon compte depuis l'IP {ip}, ce n'était pas moi! Identifiant {user}",
    "Notre webmaster demande si cette clé API est encore valable: {apikey}. Le journal affiche {errcode}, requête {reqid}",
    "Vol {flight} pour le voyage de la chorale le {date}, commande {order}, payé avec la carte {card} exp {exp}",
    "Le jeton de l'appli membres {token} ne marche plus depuis la version {version}",
]
NLBE["email"] += [
    "Bij het exporteren van de ledenlijst (sha256 {checksum}) zag ik dat er nog een oude sleutel in de instellingen van {platform} staat: {apikey}. Ook de AWS-gegevens van de website stonden erbij: {aws_id} / {aws_secret}. De koppeling draait op poort {port}. Gelieve die in te trekken.",
    "De meterstand van ons clubhuis op {date} was {meter}. EAN-code {ean}. Volgens ons contract krijgen vzw's {pct} korting, maar dat zie ik niet op factuur {invoice}. Contactpersoon: {name}, {phone}.",
]
FRBE["email"] += [
    "En exportant la liste des membres (sha256 {checksum}) j'ai vu une ancienne clé dans les paramètres de {platform}: {apikey}. Le jeton de session {token} apparaît aussi dans les logs pour l'IP {ip}. Le webhook tourne sur le port {port}. Pouvez-vous révoquer tout ça?",
    "Le relevé du compteur de notre local au {date} était de {meter}. Code EAN {ean}. Les asbl ont droit à {pct} de réduction, ce n'est pas appliqué sur la facture {invoice}. Contact: {name}, {phone}.",
]
NLBE["agent"] += [
    "Dag {first}, we zien een aanmelding vanaf {ip} op {date}. Uw account is geblokkeerd; kies een nieuw wachtwoord via {url}. Dossier {ticket}. {agent}",
    "Hallo {first}, de code {otp} is verlopen. Vraag een nieuwe aan via {url}, die gaat naar {phone}. {agent}",
]
FRBE["agent"] += [
    "Bonjour {first}, nous voyons une connexion depuis {ip} le {date}. Votre compte est bloqué; choisissez un nouveau mot de passe via {url}. Dossier {ticket}. {agent}",
    "Bonjour {first}, le code {otp} a expiré. Demandez-en un nouveau via {url}, il sera envoyé au {phone}. {agent}",
]

# Belgian templates: Flemish (nl-be) and French (fr-be).
NLBE = {
    "pub": [
        "{mention} allee, al twee weken wachten op ons keukenblad. Bestelling {order}. Bel mij eens terug op {mob} aub",
        "{mention} ge hebt {amount} afgehouden voor een rit die ik nooit gedaan heb!! {hashtag}",
        "{mention} de bloemen voor ons moeke zijn niet geleverd, ze woont {addr}. Wat is hier aan de hand? {hashtag}",
        "{mention} de site geeft {err} als ik mijn winst wil opvragen. Niet plezant zo {hashtag}",
        "{mention} mijn mobib kaart {ov} werkt niet meer aan de poortjes sinds {date}",
        "{mention} ik heb al {qty}x gebeld naar {cphone}, niemand neemt op. Mail mij op {email}",
    ],
    "mortgage": [
        "Dag, voor het dossier van onze woonkrediet vroeg de makelaar mijn rijksregisternummer: {nrn}. Geboortedatum {dob}. Rekening voor de domiciliëring: {iban}",
        "Hallo, wij hebben een ontwerpakte voor de woning in de {addr}. Kredietnummer {loan}. Kunt ge mij bellen op {phone}? Het gaat over de rentevoet van {pct}",
        "Ik geraak niet in uw klantenzone. Login {user}, paswoord {pw}. Itsme werkte ook niet ({err}).",
        "Beste, wij willen vervroegd terugbetalen. Klantennummer {cust}, contract {loan}. Terugstorting graag naar {iban} op naam van {name}.",
        "Den expert komt {date} om {time}, sleutelkastje aan de achterdeur code {pin}. Groeten {first}",
    ],
    "hospital": [
        "Goeiemorgen, ik wil mijn consultatie bij dokter Peeters van {date} verplaatsen. Rijksregisternr {nrn}, gsm {mob}.",
        "Mijn vader is opgenomen in {hosp}. Kunnen jullie zijn adres aanpassen naar {addr}? Zijn geboortedatum is {dob}, patiëntnummer {patient}",
        "Ik kreeg een code {otp} om in te loggen op het patiëntendossier maar die werkt niet. Mijn e-mail is {email}",
        "De factuur {invoice} van {amount} is toch al betaald van op {iban}? Patiëntnr {patient}",
    ],
    "betting": [
        "Hallo, mijn winst van {amount} is nog niet gestort op {iban}. Spelersaccount {member}, rijksregisternummer {nrn}.",
        "ik wil mijn account sluiten, username {user}. ik speel te veel. mijn gsm is {mob}",
        "Bij het storten met mijn bancontact {card} (vervalt {exp}) krijg ik {err}. Wat nu?",
        "Mijn paswoord is gereset naar {pw} maar de app ({ver}) blijft vragen om een nieuwe code. Laatste code was {otp}",
    ],
    "florist": [
        "Dag, ik had graag een boeket rozen laten leveren bij {name}, {addr}, op {date}. Gsm ontvanger {phone}.",
        "Bestelling {order} werd afgeleverd op het verkeerde adres. Het moest {addr} zijn. Betaald met kaart {card}.",
        "Kunnen jullie het rouwstuk in de aula leveren voor {time}? Contact: {name}, {mob}, {email}",
        "Ons bedrijf bestelt maandelijks, klantnummer {cust}, ondernemingsnr {kvk}. Nieuwe facturatiemail {email}",
    ],
    "furniture": [
        "De levering van de kast {model} op {date} moet naar {addr} in plaats van het oude adres. Klantnr {cust}.",
        "Keuken wordt geplaatst in de {addr}. De code van het garagepoort is {pin}. Bel mij op {mob} als ge er zijt.",
        "De oven ({model}) wil niet verbinden met de wifi. SSID {ssid}, sleutel {wifi}.",
        "Terugbetaling voor de zetel (art {prod}) graag op {iban}, tnv {name}. Factuur {invoice}",
    ],
    "transport": [
        "Mijn MOBIB-kaart {ov} is verloren. Geboortedatum {dob}, rijksregisternummer {nrn}. Kan mijn abonnement overgezet worden?",
        "Er is {amount} te veel aangerekend op {date}. Kaartnummer {ov}. Terugbetalen op {iban} aub",
        "Ik kan niet inloggen in de app, gebruikersnaam {user} en wachtwoord {pw}. Sms-code {otp} komt te laat.",
        "Nieuw adres voor mijn abonnement: {addr}. Kaart {ov}. Mijn mail {email}",
    ],
    "account": [
        "Ik kreeg een sms met de code {otp} terwijl ik niets heb aangevraagd, is dat normaal? Login is {user}",
        "Mijn nieuwe paswoord is {pw}, het oude {pw}. Wij zitten op IP {ip}",
        "Onze developer vraagt of de API key {apikey} nog geldig is, we krijgen {err}",
        "Nieuwe simkaart: pin {pin}, puk {puk}. Sindsdien krijg ik geen codes meer op {mob}",
        "Session token voor jullie support: {token}",
    ],
    "agent": [
        "Dag {first}, bedankt voor uw bericht. Ik zie klantnummer {cust} en heb uw adres aangepast naar {addr}. Groeten, {agent}",
        "Hallo {first}, uw afspraak van {date} om {time} is geannuleerd. Voor een nieuwe afspraak belt u {cphone}. Vriendelijke groeten, {agent}",
        "Dag {first}, deel uw paswoord ({pw}) nooit via sociale media. Pas het aan via {url}. Groetjes, {agent}",
        "Hallo {first}, de terugbetaling van {amount} gebeurt binnen 10 dagen op {iban}. Dossiernummer {ticket}. {agent}",
        "Beste, uw kaart {ov} is geblokkeerd. Een nieuwe kaart wordt verstuurd naar {addr}. Met vriendelijke groeten, {agent} - {kvk}",
        "Dag {first}, kunt u ons in een privébericht uw klantennummer en geboortedatum sturen? Geen paswoorden aub. {agent}",
    ],
    "greet": ["Beste,", "Dag {brand},", "Goeiedag,", "Hallo,", "Geachte,"],
    "close": ["Met vriendelijke groeten,", "Vriendelijke groet,", "Alvast bedankt,", "Groetjes,", "Mvg,"],
    "sig": [
        "{name}\n{addrm}\nGsm: {mob}",
        "{name}\nT {phone}\n{email}",
        "{first}\nVerzonden vanaf mijn Samsung Galaxy-smartphone.",
        "{name} | {mob} | Rijksregisternr. {nrn}",
        "--\n{name}\nKlantnr {cust}",
    ],
    "qhdr": [
        "Op {date} om {time} schreef {brand} <info@{brand_dom}>:",
        "Van: {brand} <klantendienst@{brand_dom}>\nVerzonden: {date} {time}\nAan: {email}\nOnderwerp: RE: uw dossier {ticket}",
        "---- Doorgestuurd bericht ----\nVan: {name} <{email}>\nDatum: {date}",
        "Op {date} om {time} heeft {brand} geschreven:",
    ],
    "disc": [
        "Dit e-mailbericht en eventuele bijlagen zijn vertrouwelijk. {brand} NV - {kvk}",
        "Gelieve dit bericht niet af te drukken tenzij nodig.",
        "Dit bericht is uitsluitend bestemd voor de geadresseerde.",
    ],
}

FRBE = {
    "pub": [
        "{mention} ça fait 3 semaines que j'attends ma cuisine, commande {order}. Rappelez-moi au {mob} svp {hashtag}",
        "{mention} vous m'avez débité {amount} deux fois pour le même trajet ?! {hashtag}",
        "{mention} le bouquet pour l'anniversaire de ma mère n'est jamais arrivé. Adresse: {addr} {hashtag}",
        "{mention} impossible de retirer mes gains, message {err} depuis le {date}",
        "{mention} j'ai appelé {qty} fois le {cphone}, personne. Écrivez-moi à {email}",
        "{mention} ma carte MOBIB {ov} est bloquée, je fais comment pour aller bosser ?",
    ],
    "mortgage": [
        "Bonjour, pour notre demande de crédit hypothécaire voici mon numéro de registre national : {nrn}, né le {dob}. Compte pour la domiciliation : {iban}",
        "Madame, Monsieur, le notaire demande le numéro de crédit ({loan}) et notre adresse actuelle ({addr}). Pouvez-vous me rappeler au {phone} ? Taux annoncé {pct}",
        "Je n'arrive pas à me connecter à l'espace client. Identifiant {user}, mot de passe {pw}. Le code reçu par SMS était {otp}.",
        "Nous souhaitons rembourser anticipativement. N° client {cust}, contrat {loan}. Remboursement sur {iban} au nom de {name}.",
        "L'expert passe le {date} à {time}. Boîte à clés à côté de la porte, code {pin}. Bien à vous, {first}",
    ],
    "hospital": [
        "Bonjour, je souhaite déplacer mon rendez-vous en cardiologie du {date}. N° de registre national {nrn}, GSM {mob}.",
        "Ma mère est hospitalisée à {hosp}. Sa nouvelle adresse est {addr}, date de naissance {dob}, numéro de patient {patient}.",
        "J'ai reçu le code {otp} pour le portail patient mais il est refusé. Mon e-mail : {email}",
        "La facture {invoice} de {amount} a déjà été payée depuis le compte {iban}. Dossier patient {patient}",
    ],
    "betting": [
        "Bonjour, mes gains de {amount} ne sont toujours pas versés sur {iban}. Compte joueur {member}, registre national {nrn}.",
        "je veux fermer mon compte, pseudo {user}, je joue trop. mon gsm {mob}",
        "Dépôt refusé avec ma carte {card} exp {exp} cvc {cvv}. Erreur {err}.",
        "Mot de passe réinitialisé en {pw} mais l'appli ({ver}) demande toujours un code. Le dernier: {otp}",
    ],
    "florist": [
        "Bonjour, je voudrais faire livrer des roses chez {name}, {addr}, le {date}. Tél destinataire {phone}.",
        "La commande {order} a été livrée à la mauvaise adresse. C'était {addr}. Payé avec la carte {card}.",
        "Pourriez-vous livrer la couronne au funérarium avant {time} ? Contact : {name}, {mob}, {email}",
        "Notre société commande chaque mois, n° client {cust}, n° d'entreprise {kvk}.",
    ],
    "furniture": [
        "La livraison de l'armoire {model} du {date} doit se faire au {addr}. N° client {cust}.",
        "La cuisine sera posée chez nous, {addr}. Le code de la porte de garage est {pin}. Appelez-moi au {mob} en arrivant.",
        "Le four ({model}) ne se connecte pas au wifi. Réseau {ssid}, clé {wifi}.",
        "Remboursement du canapé (réf {prod}) sur {iban} svp, au nom de {name}. Facture {invoice}",
    ],
    "transport": [
        "J'ai perdu ma carte MOBIB {ov}. Né le {dob}, registre national {nrn}. Mon abonnement peut-il être transféré ?",
        "On m'a facturé {amount} de trop le {date}. Carte {ov}. Remboursement sur {iban} svp",
        "Impossible de me connecter à l'appli : identifiant {user}, mot de passe {pw}. Code SMS {otp} arrive trop tard.",
        "Nouvelle adresse pour mon abonnement : {addr}. Carte {ov}. Mon mail {email}",
    ],
    "account": [
        "J'ai reçu un SMS avec le code {otp} alors que je n'ai rien demandé. Mon identifiant est {user}",
        "Nouveau mot de passe : {pw} (l'ancien était {pw}). Adresse IP {ip}",
        "Notre développeur demande si la clé API {apikey} est encore valide, on a {err}",
        "Nouvelle carte SIM : code PIN {pin}, PUK {puk}. Depuis je ne reçois plus les codes sur le {mob}",
        "Le code dicté par le serveur vocal était {otpw}.",
    ],
    "agent": [
        "Bonjour {first}, merci pour votre message. J'ai retrouvé votre n° client {cust} et mis à jour votre adresse : {addr}. Bien à vous, {agent}",
        "Bonjour {first}, votre rendez-vous du {date} à {time} est annulé. Pour en fixer un autre : {cphone}. Cordialement, {agent}",
        "Bonjour {first}, ne partagez jamais votre mot de passe ({pw}) publiquement. Modifiez-le via {url}. {agent}",
        "Bonjour {first}, le remboursement de {amount} sera effectué sur {iban} sous 10 jours. Dossier {ticket}. {agent}",
        "Madame, Monsieur, votre carte {ov} est bloquée. Une nouvelle carte sera envoyée au {addr}. Cordialement, {agent} - {kvk}",
        "Bonjour {first}, pouvez-vous nous envoyer en privé votre numéro client et votre date de naissance ? Pas de mot de passe svp. {agent}",
    ],
    "greet": ["Bonjour,", "Madame, Monsieur,", "Bonjour {brand},", "Chère équipe,", "Bonsoir,"],
    "close": ["Bien à vous,", "Cordialement,", "Merci d'avance,", "Bàv,", "Salutations distinguées,"],
    "sig": [
        "{name}\n{addrm}\nGSM : {mob}",
        "{name}\nTél. {phone}\n{email}",
        "{first}\nEnvoyé de mon iPhone",
        "{name} - {mob}",
        "--\n{name}\nN° client {cust}",
    ],
    "qhdr": [
        "Le {date} à {time}, {brand} <service@{brand_dom}> a écrit :",
        "De : {brand} <clients@{brand_dom}>\nEnvoyé : {date} {time}\nÀ : {email}\nObjet : RE: votre dossier {ticket}",
        "---------- Message transféré ---------\nDe : {name} <{email}>\nDate : {date}",
        "Le {date} à {time}, {brand} a écrit :",
    ],
    "disc": [
        "Ce message et ses annexes sont confidentiels. {brand} SA - {kvk}",
        "Pensez à l'environnement avant d'imprimer ce courriel.",
        "Ce courriel est destiné exclusivement à son destinataire.",
    ],
}

# additional templates (appended pairs so both halves get each kind)
NLBE['account'].extend(['Kunt ge mijn kredietkaart {card} (vervalt {exp}, code {cvv}) uit mijn profiel halen?', 'Betaling geweigerd met kaart {card}, geldig tot {exp}, cvc {cvv}.', 'Nieuwe gsm: simpin {pin} en PUK {puk}. Nu werkt de app niet meer.', 'PUK {puk} / PIN {pin} voor nummer {mob}, staat op het kaartje.', 'Dit stond in de foutmelding: token={token}', 'Authorization: Bearer {token} (gekopieerd uit de browser)', 'Ons IP-adres {ip} wordt geblokkeerd door jullie site ({err})', 'Van op kantoor ({ip}, poort {port}) lukt het niet.'])
NLBE['florist'].extend(['Afrekenen graag met mijn Visa {card}, vervaldatum {exp}.', 'kaart {card} cvc {cvv} exp {exp} voor bestelling {order}'])
NLBE['transport'].extend(['Opladen gebeurt met kaart {card} (tot {exp}), dat wil ik wijzigen naar {iban}.', 'Er werd {qty}x {amount} afgehouden van {card} voor kaart {ov}.'])
FRBE["account"].extend([
    "Pouvez-vous retirer ma carte {card} (exp {exp}, cryptogramme {cvv}) de mon profil ?",
    "Paiement refusé avec la carte {card}, valable jusqu'au {exp}, code {cvv}.",
    "Nouveau GSM : code PIN {pin} et PUK {puk}. Maintenant l'appli ne marche plus.",
    "PUK {puk} / PIN {pin} pour le numéro {mob}, c'est sur la carte.",
    "Voici ce que dit l'erreur : token={token}",
    "Authorization: Bearer {token} (copié depuis le navigateur)",
    "Notre adresse IP {ip} est bloquée par votre site ({err})",
    "Depuis le bureau ({ip}, port {port}) ça ne passe pas.",
])
FRBE["florist"].extend(["Je paie avec ma Visa {card}, date d'expiration {exp}.", "carte {card} cvv {cvv} exp {exp} pour la commande {order}"])
FRBE["transport"].extend(["Le rechargement se fait avec la carte {card} (exp {exp}), je veux passer à {iban}.", "On m'a prélevé {qty} fois {amount} sur {card} pour la carte {ov}."])
FRBE["mortgage"].extend(["Nous habitons {addr} depuis {year}. Taux actuel {pct}, n° client {cust}.", "Maison construite en {year}. Relevés compteurs : {meter} et {meter}."])
NLBE["mortgage"].extend(["Wij wonen sinds {year} in de {addr}. Huidige rentevoet {pct}, klantennummer {cust}.", "Bouwjaar {year}. Meterstanden bij de overdracht: {meter} en {meter}."])

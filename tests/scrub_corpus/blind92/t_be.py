"""Belgian Dutch (nl-be) and Belgian French (fr-be) templates."""

CUST_NLBE = {
    "dealer": [
        "Goeiendag, mijn {car} staat bij jullie in het atelier sinds {n_date}. Wanneer is hij klaar? Ge kunt mij bellen op {phone}. Klantennummer {cust}",
        "Den auto staat op de parking, sleutel in de sleutelkast aan de poort, code {pin}. Merci!",
        "Wifi in de toonzaal werkt ni, netwerk {ssid} met sleutel {wifi}. Kunt ge da eens nakijken aub",
        "Voorschot van {n_amount} betaald vanaf {iban}. Bestelbon {n_order}. Factuur op naam van {first} {last}, {addr}",
        "Voor de financiering vroeg de verkoper mijn rijksregisternummer {rrn} en geboortedatum {dob}, is dat wel nodig?",
    ],
    "lease": [
        "Dag, contract {cust}, mijn leasewagen heeft schade sinds {n_date}, dossier {n_ticket}. Bereikbaar op {phone}",
        "Ik geraak niet in het leaseportaal, login {user} en paswoord {pw}. Foutcode {n_err}",
        "Tankkaart geblokkeerd, pincode {pin} wordt geweigerd aan de pomp. Kaart eindigt op {n_mask}",
        "Eindafrekening {n_invoice} klopt niet, kilometerstand bij inlevering {n_meter}. Terugbetaling op {iban} aub",
        "Nieuwe bestuurder vanaf {n_date}: {first} {last}, {email}, gsm {phone}",
    ],
    "roadside": [
        "Panne op de E40 richting Gent, lidnummer {cust}. Bel mij op {phone} aub!!",
        "Takeldienst is nog altijd niet daar, oproep {n_ticket} om {n_time}. Ik sta aan {addr}",
        "Lidmaatschap verlengen, domiciliëring op {iban}, rijksregisternummer {rrn}",
        "In de app inloggen met {email} gaat niet, paswoord {pw}, sms-code {otp} verlopen",
    ],
    "parking": [
        "Parkeersessie stopte niet, {n_amount} aangerekend voor {plate}. Account {email}",
        "Ik ontvang de verificatiecode {otp} pas na een kwartier. Gsm-nummer {phone}",
        "Nieuwe kredietkaart ingeven lukt niet: {card}, vervalt {exp}, code achteraan {cvv}",
        "Bewonerskaart aangevraagd via de stad, rijksregisternummer {rrn}, adres {addr}. Al {n_qty} geen nieuws",
        "Login {user} paswoord {pw}, app versie {n_ver}, foutmelding {n_err}",
    ],
    "muni": [
        "Ik kreeg een retributie van {n_amount} op {n_date} maar ik had betaald via {park}. Referentie {n_ticket}. Graag kwijtschelding.",
        "Aanvraag bewonerskaart: rijksregisternummer {rrn}, adres {addr}, nummerplaat {plate}",
        "GAS-boete {n_ticket}, gestructureerde mededeling {n_invoice}, betaald vanaf {iban}",
        "Bezoekerskaart: de code {pin} werkt niet aan de slagboom van de parking. Mijn gsm {phone}",
        "Via itsme inloggen op het e-loket lukt niet, ze vragen een code: {otp}. Klopt dat?",
    ],
    "crypto": [
        "Mijn account is gehackt, inlog vanaf IP {ip} om {n_time}. Email {email}. Blokkeren aub!!",
        "2FA verloren, herstelcode {otp} werkt ni. Klantnummer {cust}",
        "API-sleutel {api} lekt misschien, secret {awssec}. Graag intrekken",
        "KYC: rijksregisternummer {rrn}, geboren {dob}, adres {addr}",
        "Opname naar {iban} hangt al {n_qty}. Transactie-id {n_sum}",
    ],
    "bank": [
        "Bankkaart gestolen, nummer {card}, vervalt {exp}. Direct blokkeren aub",
        "Iemand belde van de bank en ik gaf mijn pincode {pin}. Nu is er {n_amount} weg van {iban}",
        "Kan niet inloggen, digipass code {otp} geweigerd. Klantnummer {cust}",
        "Simkaart geblokkeerd, PUK-code {puk}, en nu krijg ik geen sms van jullie meer",
        "Token voor de API {tok} geeft {n_err}, request {n_req}",
    ],
}

CUST_FR = {
    "dealer": [
        "Bonjour, ma {car} est à l'atelier depuis le {n_date} pour l'entretien. Kilométrage au dépôt {n_meter}. Merci de me rappeler au {phone}. N° client {cust}.",
        "la voiture est devant le garage, clé dans la boîte à clés à côté de la porte, code {pin}. bonne journée",
        "Le wifi du showroom ne marche pas, réseau {ssid}, clé {wifi}, ça dit mot de passe incorrect",
        "Acompte de {n_amount} versé depuis {iban}. Bon de commande {n_order}. Facture au nom de {first} {last}, {addr}",
        "Pour le financement, le vendeur m'a demandé mon numéro de registre national ({rrn}) et ma date de naissance {dob}. C'est normal ?",
        "Connexion au portail MonGarage impossible. identifiant : {user}\nmot de passe : {pw}\nerreur {n_err}",
    ],
    "lease": [
        "Bonjour {brand}, contrat n° {cust}. Dégâts sur ma voiture de leasing le {n_date}, sinistre {n_ticket}. Joignable au {phone}.",
        "Je n'arrive plus à me connecter, la réinitialisation n'arrive jamais sur {email}. Ancien mot de passe : {pw}",
        "Carte carburant bloquée après 3 codes PIN erronés. Le PIN reçu par courrier est {pin}. Carte {n_mask}",
        "Décompte final {n_invoice} : {n_amount} de kilomètres supplémentaires alors que le compteur affichait {n_meter}. Remboursement sur {iban} svp",
        "Changement de conducteur au {n_date} : {first} {last}, {email}, GSM {phone}. Contrat {cust}",
    ],
    "roadside": [
        "En panne sur l'E411 à hauteur de Wavre, numéro de membre {cust}. Rappelez-moi au {phone} svp",
        "La dépanneuse n'est toujours pas là, appel {n_ticket} à {n_time}. Je suis au {addr}",
        "Renouvellement affiliation, domiciliation sur {iban}, date de naissance {dob}",
        "Connexion à l'app : identifiant {user}, mot de passe {pw}, le code SMS {otp} a expiré",
    ],
    "parking": [
        "Session de stationnement pas arrêtée !! {n_amount} débités pour {plate}. Compte {email}",
        "Je ne reçois pas le code de vérification à temps : {otp} arrive après 10 min. Mon numéro {phone}",
        "Changer de carte : {card}, expire fin {exp}, cryptogramme {cvv}. L'ancienne finissait par {n_mask}",
        "Je veux clôturer mon compte, identifiant {user}. Solde à rembourser sur {iban}",
        "L'app plante depuis la version {n_ver} sur {n_model}. Code erreur {n_err}, ID requête {n_req}",
        "Code de sortie du parking {pin} refusé à la barrière, ticket {n_ticket}",
    ],
    "muni": [
        "J'ai reçu une redevance de stationnement de {n_amount} le {n_date} à {n_time} alors que j'avais payé via {park}. Référence {n_ticket}. Je conteste.",
        "Demande de carte riverain : NN {rrn}, adresse {addr}, plaque {plate}. Ancienne carte n° {cust}",
        "Amende {n_ticket}, communication structurée {n_invoice}, payée depuis {iban} le {n_date}",
        "Quelqu'un de la commune m'a appelé du {phone} pour demander le code reçu par SMS ({otp}). C'est une arnaque ?",
        "Carte visiteur : le code {pin} ne fonctionne plus. Né le {dob}, email {email}",
    ],
    "crypto": [
        "Compte piraté !! Retrait de {n_amount} en BTC. Connexion depuis l'IP {ip} à {n_time}, ce n'était pas moi. Email du compte {email}",
        "Perdu la 2FA après changement de téléphone. Codes de secours : {otp} {otp#2}. Compte {cust}",
        "Ma clé API a fuité : {api} / secret {awssec}. Merci de la révoquer",
        "Vérification KYC : registre national {rrn}, né le {dob}, adresse {addr}. Ticket {n_ticket}",
        "J'ai changé mon mot de passe de {pw} à {pw#2} et maintenant je ne peux plus me connecter",
        "Un faux support m'a demandé mes identifiants sur Telegram, je lui ai donné {user} / {pw}. Aidez-moi",
    ],
    "bank": [
        "Carte volée ! Numéro {card}, date d'expiration {exp}. Bloquez-la svp. Dernière opération {n_amount}",
        "Impossible de me connecter, le SMS n'arrive pas sur {phone}. Erreur {n_err}",
        "Quelqu'un s'est fait passer pour la banque et j'ai donné mon code PIN {pin}. {n_amount} ont disparu de {iban}",
        "Mon compte est gelé. Numéro client {cust}. J'ai envoyé ma carte d'identité, NN {rrn}",
        "Nouveau téléphone, l'app demande un code d'activation, l'agent m'a dit : {otpw}",
        "Carte SIM bloquée, code PUK {puk} ? Je ne reçois plus les SMS de validation",
    ],
}

AGENT_NLBE = [
    "Dag {first}, spijtig dat het niet lukt. Deel uw paswoord {pw} nooit publiek, wijzig het meteen via {n_url}. Groetjes, {agent}",
    "Hallo {first}, we vonden uw klantennummer {cust} terug, dossier {n_ticket}. We bellen u op {phone}. {agent}",
    "Dag, uw kaart is geblokkeerd. Een nieuwe kaart vertrekt naar {addr}. Vragen? Bel {n_cphone}. {agent} | {brand} | {n_kvk}",
    "Hoi {first}, de terugbetaling van {n_amount} gebeurt op uw rekening {n_mask}, binnen {n_qty}. ^{agent}",
    "Dag {first}, de code {otp} die u hier deelt is ongeldig gemaakt. Deel nooit codes zoals {macro}. {agent}",
    "Beste {first}, we hebben uw bericht met rijksregisternummer {rrn} verborgen voor uw privacy. Uw aanvraag {n_ticket} loopt verder. {agent}",
]

AGENT_FR = [
    "Bonjour {first}, ne partagez jamais votre mot de passe, même avec nous. Vous avez publié {pw} : changez-le tout de suite sur {n_url}. {agent}",
    "Bonjour, nous avons retrouvé votre numéro client {cust} et ouvert le dossier {n_ticket}. Nous vous rappelons au {phone}. Bonne journée, {agent}",
    "Bonjour {first}, votre carte est bloquée. La nouvelle sera envoyée au {addr}. Suivi : {n_track}. Questions ? {n_cphone}. {agent}",
    "Bonjour, le remboursement de {n_amount} sera effectué sur le compte se terminant par {n_mask} d'ici le {n_date}. Cordialement, {agent}",
    "Bonjour {first}, le code {otp} que vous avez partagé a été invalidé. Ne communiquez jamais un code du type {macro}. {agent} — {brand}, {n_kvk}",
    "Merci {first}. Nous avons bien votre IBAN {iban}, référence {n_invoice}. Le virement suivra sous {n_qty}. {agent}",
    "Bonjour, l'incident ({n_err}) est connu, plus d'infos sur {n_url}. Toutes nos excuses. {agent}",
]

GREET_NLBE = ["Beste,", "Geachte,", "Dag {brand},", "Goeiemiddag,", "Hallo,", "Beste dienst klantenrelaties,"]
CLOSE_NLBE = ["Met vriendelijke groeten,", "Mvg,", "Groetjes,", "Alvast bedankt,", "Vriendelijke groet"]
SIGN_NLBE = ["{first} {last}\nGsm: {phone}", "{first} {last}\n{addr}", "{first}\n\nVerzonden vanaf mijn Galaxy", "{first} {last} - {phone} - {email}"]
QUOTE_NLBE = ["Op {n_date} om {n_time} schreef {brand}:", "{first} {last} <{email}> schreef op {n_date}:", "Van: {brand} Klantendienst\nVerzonden: {n_date}\nOnderwerp: Dossier {n_ticket}"]
DISC_NLBE = ["Dit bericht is vertrouwelijk en uitsluitend bestemd voor de geadresseerde.", "{brand} NV - {n_kvk} - RPR Brussel"]
PAD_NLBE = ["Ik heb al drie keer gebeld maar ge wordt van het kastje naar de muur gestuurd.", "Ik heb mijn wagen elke dag nodig om naar het werk te gaan.",
            "Gelieve dit dringend op te volgen aub.", "Het is nu al de tweede keer dat dit gebeurt, dat kan toch ni.",
            "Ik stuur een foto van het scherm mee in bijlage.", "Laat maar iets weten per mail, overdag ben ik moeilijk bereikbaar."]
CHAT_NLBE = ["Dag! ", "Hallo, ", "Goeiemorgen. ", "Allee, ", "", "Hey "]

GREET_FR = ["Bonjour,", "Madame, Monsieur,", "Bonjour {brand},", "Bonsoir,", "Chère équipe,", "Bonjour Madame, Monsieur,"]
CLOSE_FR = ["Cordialement,", "Bien à vous,", "Merci d'avance,", "Bàv,", "Salutations distinguées,", "Bonne journée,"]
SIGN_FR = ["{first} {last}\nGSM : {phone}", "{first} {last}\n{addr}\nTél. {phone}", "{first}\n\nEnvoyé de mon iPhone", "{first} {last}\n{email}", "{first} {last} | {phone}"]
QUOTE_FR = ["Le {n_date} à {n_time}, {brand} a écrit :", "Le {n_date}, {first} {last} <{email}> a écrit :", "De : {brand} Service clients\nEnvoyé : {n_date} {n_time}\nObjet : Votre dossier {n_ticket}",
            "-------- Message d'origine --------\nDate : {n_date}\nObjet : RE: {n_ticket}"]
FWD_FR = ["---------- Message transféré ---------\nDe : {first} {last} <{email}>\nDate : {n_date} à {n_time}\nObjet : TR: mon compte",
          "Début du message réexpédié :\n\nDe : {brand}\nDate : {n_date}\nObjet : Confirmation {n_order}"]
DISC_FR = ["Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire.", "Pensez à l'environnement avant d'imprimer ce courriel.",
           "{brand} SA - {n_kvk}"]
PAD_FR = ["J'ai déjà appelé deux fois mais on me renvoie à chaque fois vers un autre service.", "C'est vraiment urgent car j'ai besoin de la voiture tous les jours.",
          "Je suis client depuis des années et je n'ai jamais eu de problème jusqu'ici.", "Votre site indique un délai de 48 heures, il est largement dépassé.",
          "Vous trouverez en pièce jointe une capture d'écran du message d'erreur.", "Merci de me répondre par courriel, je suis difficilement joignable en journée.",
          "Excusez la longueur du message mais je préfère tout expliquer.", "Le chat en ligne ne m'a donné que des réponses automatiques."]
CHAT_FR = ["Bonjour, ", "Bjr ", "Salut, ", "Hello, ", "", "Au secours !! "]
WA_FR = ["[{n_time}, {n_date}] {first} : ", "{first} {last} : ", ""]

_EXTRA_NLBE = {
    "crypto": ["Mijn bot met API key {api} doet rare trades, {n_pct} verlies. IP {ip} poort {n_port}",
               "Nieuwe API-sleutel {api}, oude {api#2} aub intrekken. Bestelling wallet {n_order}, pakje {n_track}"],
    "bank": ["Gsm vergrendeld, PUK {puk} van de simkaart gevonden. Kan ik nog inloggen via itsme?",
             "Access token {tok} per ongeluk gedeeld op GitHub, intrekken aub. Checksum build {n_sum}, request {n_req}, poort {n_port}",
             "Kredietkaart {card}, vervaldatum {exp}, CVC {cvv} misbruikt in het buitenland!",
             "Token {tok} geeft {n_err} sinds versie {n_ver}, poort {n_port}"],
    "dealer": ["Onderdeel {n_prod} besteld, bouwjaar {n_year}, vlucht {n_flight} landt om {n_time}, auto klaarzetten aub. Sleutelkast code {pin}",
               "Wifi wachtzaal {ssid}: sleutel {wifi} werkt ni. Onderhoud kostte {n_amount}, {n_pct} duurder dan offerte {n_order}"],
}
for _k, _v in _EXTRA_NLBE.items():
    CUST_NLBE[_k] = CUST_NLBE[_k] + _v
_EXTRA_FR = {
    "crypto": ["Mon bot de trading utilise la clé API {api} (secret {awssec}), {n_pct} de perte depuis cette nuit. Serveur {ip} port {n_port}",
               "Nouvelle clé API créée : {api}. Révoquez l'ancienne ({api#2}). IP autorisée {ip}",
               "Commande {n_order} de mon portefeuille matériel ({n_model}) jamais reçue, suivi {n_track}",
               "Le checksum du fichier téléchargé ne correspond pas : {n_sum}, version {n_ver}"],
    "bank": ["Téléphone bloqué après 3 mauvais codes PIN SIM. Code PUK sur la carte : {puk}. Je peux encore utiliser l'app ?",
             "Jeton d'accès {tok} publié par erreur sur un dépôt public, merci de le révoquer. Requête {n_req}, port {n_port}",
             "Token {tok} ne marche plus depuis le {n_date}, port {n_port}, erreur {n_err}",
             "J'ai entré le PUK {puk}, puis choisi le nouveau PIN {pin}. Je recevrai à nouveau vos SMS ?",
             "Carte {card} (exp. {exp}, CVV {cvv}) utilisée à l'étranger alors que je suis chez moi",
             "Carte virtuelle {card} exp {exp} refusée chez {park}, l'ancienne était {n_mask}. Client n° {cust}, ID requête {n_req}"],
    "dealer": ["Pièce {n_prod} commandée sous la commande {n_order}, je passe le {n_date}. Année {n_year}. J'arrive par le vol {n_flight}. GSM {phone}",
               "Mon vol {n_flight} atterrit à {n_time}, pouvez-vous préparer la voiture ? Code boîte à clés {pin}"],
    "parking": ["Jeton de session {tok} trouvé dans les logs, version {n_ver}",
                "La borne de recharge demande le wifi : {ssid} / {wifi}. {n_amount} pour {n_qty}, soit {n_pct} de plus"],
}
for _k, _v in _EXTRA_FR.items():
    CUST_FR[_k] = CUST_FR[_k] + _v
AGENT_NLBE += ["Dag {first}, uw API-sleutel {api} is ingetrokken. Maak een nieuwe via {n_url}. {agent}",
               "Dag {first}, het token {tok} is ingetrokken. {agent} | {n_cphone}",
               "Hallo {first}, kaart {card} is geblokkeerd. Deel nooit uw CVC {cvv}! {agent}",
               "Dag {first}, nieuwe kaart {n_mask} is onderweg, zending {n_track}. {agent}"]
AGENT_FR += ["Bonjour {first}, votre clé API {api} a été révoquée. Créez-en une nouvelle sur {n_url}. {agent}",
             "Bonjour {first}, le jeton {tok} est révoqué. {agent} | {n_cphone}",
             "Bonjour {first}, la carte {card} est bloquée. Ne partagez jamais le CVV {cvv} ! {agent}"]

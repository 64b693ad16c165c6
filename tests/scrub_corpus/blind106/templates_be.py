"""Belgian templates: Flemish (nl-be) and French (fr-be)."""

G = {}

G[("nl-be", "cust")] = [
    'Klant sinds {!year}! Meterstand bij het verlaten van het bureel: {!meter}, EAN {cust}. Gelieve de eindafrekening te sturen naar {email}',
    'Sinds de update naar {!ver} vraagt de app elke keer een code, vandaag {otp}. Is da normaal?',
    "Dag, onze betaalterminal in de winkel doet het niet meer sinds {!date}, foutmelding {!err}. Ondernemingsnummer {!creg}, klantnummer {cust}. Kunt ge iemand sturen?",
    "Ik heb mijn zakelijke rekening {iban} laten koppelen maar de uitbetalingen komen nog altijd op mijn privérekening {iban} toe. Da's toch niet de bedoeling?",
    "Mijn rijksregisternummer is {rrn}, is dat nodig voor de aanvraag van de terminal? Mijn gsm: {phone}",
    "Kheb een code gekregen per sms: {otp}. Moet ik die aan jullie geven of nie?",
    "Inloggen op het handelaarsportaal lukt niet. Gebruikersnaam {user}, paswoord {pw}. Foutcode {!err}",
    "De keuken is geleverd maar de oven ({!model}) ontbreekt. Levering was op {addr}. Bestelbon {!order}. Gelieve mij te bellen op {phone}",
    "Is het mogelijk om de zetel op {!date} te leveren ipv {!date}? Adres blijft {addr}, de code van de poort is {pin}",
    "Terugbetaling van het voorschot ({!amount}) graag op rekening {iban}. Alvast merci!",
    "Onze kat {~petname} moest naar de dierenarts, factuur {!invoice} van {!amount}. Polisnummer {cust}. Wat heb ik nog nodig?",
    "Ik wil mijn hond verzekeren. Mijn geboortedatum: {dob}, adres {addr}, email {email}",
    "Ik heb {!qty} gekocht voor de voorstelling van {!date} maar ik krijg ze niet te zien in mijn account ({email}). Betaald met kaart {card}",
    "Mijn abonnement {cust} van de cinema werkt niet aan de scanner. App versie {!ver}",
    "Voor mijn moeder ({~full}, °{dob}) zoeken we thuisverpleging. Ze woont in de {addr}. Rijksregisternr {rrn}. Contact: {phone}",
    "De sleutelkluis bij ons pa heeft een nieuwe code: {pin}. Willen jullie da doorgeven aan de verpleegster? Bedankt",
    "De verpleging komt nu om {!time} ipv {!time}, da's te laat voor de insuline. Dossiernummer {cust}",
    "Het wifi-paswoord van de coworking werkt niet op mijn laptop. Netwerk {~ssid}, sleutel {wifi}",
    "Badge {cust} opent de deur niet meer, en de pincode {pin} aan de zijingang ook niet. Ik sta hier buiten...",
    "Kunnen jullie de facturen voortaan sturen naar {email}? Btw-nummer {!creg}. Adres van de vennootschap: {addr}",
    "Ik ben mijn gsm kwijt, de PUK code van mijn simkaart staat in jullie portaal? Ik zie {puk} maar werkt niet",
    "Via de API krijg ik {!err}. Onze key is {api}, request {!reqid}. Kan iemand van tech dat bekijken?",
    'Ons kassasysteem op {ip} ziet de terminal niet meer. Poort {!port}. Dringend aub',
    'Mijn laptop krijgt IP {ip} op het netwerk van de coworking maar geen internet',
    'Welke code moet ik ingeven? Ik heb {otp} gekregen van itsme of zo',
    'Kreeg net deze code: {otp}, ik heb niks aangevraagd!',
    'Dit is onze API-sleutel: {api}. Hij geeft {!err}',
    'Het token {tok} is uitgelekt, kunnen jullie het intrekken?',
    'Ik betaal de tickets met kaart {card}, vervaldatum {exp}, code achteraan {cvv}',
    'Kredietkaart {card} geldig tot {exp}, CVC {cvv}. Voor het voorschot van de keuken',
    'PUK van de sim in de mobiele terminal: {puk}',
    'De simkaart vraagt een PUK, ik heb {puk} geprobeerd',
    'Het wifi-paswoord staat niet meer op het bord. Was het {wifi}?',
    'Nieuwe wifi sleutel voor de gasten: {wifi}, netwerk {~ssid}',
]

G[("nl-be", "public")] = [
    "{!mention} al twee dagen geen bancontact in de zaak, wat is hier aan de hand?? {!hashtag}",
    "Zetel besteld in {!date}, nog altijd nie geleverd {!mention} {!hashtag}",
    "{!mention} kunt ge mij eens terugbellen op {phone}? Al 3 keer {!cphone} gebeld",
    "Schitterende voorstelling gisteren {!mention}! {!hashtag}",
    "Proficiat aan de verpleegsters van {~care} {!mention} {!hashtag}",
    "{!mention} uw site {!url} ligt plat, kan niet inloggen",
]

G[("nl-be", "agent")] = [
    "Dag {~name}, sorry voor het ongemak. Ik zie dat de terminal offline is sinds {!time}. Een technieker komt langs op {!date}. Met vriendelijke groeten, {~agent}",
    "Bedankt voor uw bericht. Deel nooit uw pincode of paswoord publiek. Wij hebben uw tweet verborgen. Stuur ons gerust een DM. ^{~agent}",
    "Dag {{voornaam}}, uw dossier {!ticket} is afgerond. Het bedrag van {!amount} wordt teruggestort op de rekening die eindigt op {!masked}.",
    "Genoteerd: nieuwe sleutelkluiscode {pin@} voor cliënt {cust@}. Ik heb de planning verwittigd. Groetjes, {~agent}",
    "Dag, de levering van bestelbon {!order} is verplaatst naar {!date} tussen {!time} en {!time}. De chauffeur belt u op {phone@}.",
    "Uw nieuwe tijdelijk paswoord: {pw}. Gelieve dit bij de eerste login te wijzigen. {~agent} – {~brand}",
    "Dag, kunt u ons via privébericht uw klantnummer en postcode bezorgen? Dan bekijken we het meteen. {~agent}",
]

G[("fr-be", "cust")] = [
    "Client depuis {!year}. Relevé du compteur en quittant le bureau : {!meter}, code EAN {cust}. Merci d'envoyer le décompte à {email}",
    'Nous partons avec le vol {!flight} le {!date} avec le chien, la police {cust} couvre-t-elle cela ?',
    "Bonjour, notre terminal de paiement ({!model}) affiche {!err} depuis {!date}. Numéro d'entreprise {!creg}, n° client {cust}. Pouvez-vous envoyer un technicien ?",
    "Je souhaite ouvrir un compte professionnel. Mon numéro de registre national est {rrn} et mon adresse {addr}. Tél {phone}",
    "Le remboursement doit être fait sur mon compte {iban} et pas sur l'ancien svp",
    "J'ai reçu le code {otp} par SMS mais il ne marche pas, il dit expiré",
    "Impossible de me connecter à l'espace commerçant. Identifiant : {user} / mot de passe : {pw}",
    "Ma carte {card} (exp. {exp}, cryptogramme {cvv}) a été débitée deux fois pour la terminal, {!amount} chaque fois !",
    "La cuisine devait être livrée le {!date} entre {!time} et {!time}, personne n'est venu. Commande {!order}, adresse {addr}. Appelez-moi au {phone}",
    "Le canapé est arrivé abîmé. Photos envoyées depuis {email}. Référence produit {!product}",
    "Le code de la porte d'entrée est {pin}, c'est au 3ème à gauche. Livraison prévue le {!date}",
    "Mon chat {~petname} a été opéré, facture vétérinaire {!invoice} de {!amount}. Numéro de police {cust}. Merci de rembourser sur {iban}",
    "Bonjour, je voudrais assurer mon chien. Date de naissance : {dob}. Mon e-mail : {email}",
    "J'ai acheté {!qty} pour la pièce du {!date} à {!time} mais je ne les trouve pas dans l'appli ({!ver}). Réservation {!order}",
    "Ma carte de membre du ciné n° {cust} est refusée à la caisse",
    "Ma mère a besoin de soins à domicile, elle habite {addr}. Née le {dob}, NISS {rrn}. Mon GSM : {phone}",
    "Le code de la boîte à clés a changé : {pin}. Pouvez-vous prévenir l'infirmière ? Merci",
    "Le wifi de l'espace coworking ne marche pas. Réseau {~ssid}, clé {wifi}. Mon adresse IP : {ip}",
    "Mon badge membre {cust} n'ouvre plus la porte et le code {pin} non plus",
    "Pour l'intégration de la caisse, notre clé API {api} renvoie {!err}. Request id {!reqid}",
    "Voici le jeton d'accès que le dev a généré : {tok} – il faut le révoquer, il était dans un mail public",
    "J'ai perdu mon téléphone professionnel, le code PUK {puk} est refusé, et le code PIN c'était {pin}",
    "Notre caisse à l'adresse IP {ip} ne trouve plus le terminal, port {!port}",
    "Mon ordi reçoit l'IP {ip} sur le réseau du coworking mais pas d'internet",
    'Le code reçu est {otp}, je dois le donner à qui ?',
    "Code de vérification : {otp}. Je n'ai rien demandé !",
    'Voici notre clé API : {api}. Elle renvoie {!err}',
    'Jeton de session : {tok} (il faut le révoquer)',
    "Je paie avec la carte {card}, date d'expiration {exp}, CVV {cvv}",
    "Carte de crédit {card} valable jusqu'au {exp}, code {cvv}, pour l'acompte de la cuisine",
    'Code PUK de la SIM du terminal mobile : {puk}',
    "La SIM demande un PUK, j'ai essayé {puk}",
    "Le mot de passe wifi n'est plus affiché. C'était {wifi} ?",
    'Nouvelle clé wifi invités : {wifi}, réseau {~ssid}',
    'Mon identifiant est {user} et mon mot de passe {pw}, ça ne marche pas',
    'login : {user} – mdp : {pw} – erreur {!err}',
]

G[("fr-be", "public")] = [
    "{!mention} toujours pas de terminal de paiement qui fonctionne au magasin, c'est inadmissible {!hashtag}",
    "Cuisine commandée le {!date}, toujours rien {!mention} {!hashtag}",
    "{!mention} rappelez-moi au {phone} svp, votre numéro {!cphone} ne répond jamais",
    "Superbe soirée au {~cinema} hier {!mention} {!hashtag}",
    "{!mention} votre site {!url} est en panne depuis ce matin",
    "Merci aux infirmières de {~care} {!mention} {!hashtag}",
]

G[("fr-be", "agent")] = [
    "Bonjour {~name}, désolés pour le désagrément. Un technicien passera le {!date} entre {!time} et {!time}. Bien à vous, {~agent}",
    "Merci pour votre message. Ne partagez jamais votre code PIN ou mot de passe en public. Envoyez-nous un message privé. ^{~agent}",
    "Bonjour {{prénom}}, votre dossier {!ticket} est clôturé. Le montant de {!amount} sera versé sur le compte se terminant par {!masked}.",
    "C'est noté : nouveau code boîte à clés {pin@} pour le patient {cust@}. L'équipe est prévenue. {~agent}",
    "Votre mot de passe temporaire est {pw}. Merci de le changer lors de votre première connexion. {~agent} – {~brand}",
    "Pourriez-vous nous communiquer votre numéro de commande et votre code postal en privé ? {~agent}",
    "La livraison de la commande {!order} est reportée au {!date}. Le livreur vous appellera au {phone@}.",
]

# ---------------------------------------------------------------- e-mail frames
G[("nl-be", "greet")] = ["Geachte,", "Beste,", "Dag {~brand},", "Goeiemiddag,", "Beste mevrouw, meneer,", "Hallo,"]
G[("nl-be", "close")] = ["Met vriendelijke groeten,", "Mvg,", "Alvast bedankt,", "Groetjes,", "Vriendelijke groeten,", "Merci en groeten,"]
G[("nl-be", "sig")] = ["{~full}\nGSM {phone}", "{~full}\n{addr}\nTel. {phone}", "{~full}\nZaakvoerder\nBTW {!creg}\n{phone}",
                       "{~name}\n\nVerzonden vanaf mijn Samsung Galaxy", "{~full}\n{email}", "{~full} – {phone}"]
G[("nl-be", "csig")] = ["Met vriendelijke groeten,\n{~agent}\nKlantendienst {~brand}\n{!cphone} – {!url}\nOndernemingsnummer {!creg}",
                        "Vriendelijke groeten,\n{~agent} | {~brand}\nT {!cphone}", "{~agent}\nTeam {~brand}\n{!url}",
                        "Groeten,\n{~agent}\n{~brand} NV – {!creg}"]
G[("nl-be", "quotehdr")] = ["Op {!date} om {!time} schreef {~full} <{email@}>:", "Op {!date} schreef {~brand}:",
                            "Van: {~brand} Klantendienst\nVerzonden: {!date} {!time}\nAan: {email@}\nOnderwerp: RE: dossier {!ticket}",
                            "Op {!date} {!time}, {~full} <{email@}> schreef:"]
G[("nl-be", "fwdhdr")] = ["---------- Doorgestuurd bericht ---------\nVan: {~full} <{email}>\nDatum: {!date}\nOnderwerp: factuur {!invoice}",
                          "Begin doorgestuurd bericht:\nVan: {~full} <{email}>\nDatum: {!date}"]
G[("nl-be", "disclaimer")] = ["Deze e-mail en eventuele bijlagen zijn vertrouwelijk en uitsluitend bestemd voor de geadresseerde.",
                              "Gelieve rekening te houden met het milieu alvorens deze mail af te drukken.",
                              "Deze boodschap is strikt persoonlijk."]

G[("fr-be", "greet")] = ["Bonjour,", "Madame, Monsieur,", "Bonjour {~brand},", "Bonsoir,", "Cher service client,", "Bonjour {~agent},"]
G[("fr-be", "close")] = ["Cordialement,", "Bien à vous,", "Merci d'avance,\nBàv,", "Salutations distinguées,", "Meilleures salutations,", "Bonne journée,"]
G[("fr-be", "sig")] = ["{~full}\nGSM : {phone}", "{~full}\n{addr}\n{phone}", "{~full}\nGérant – {~furn}\nTVA {!creg}\nTél. {phone}",
                       "{~name}\n\nEnvoyé de mon iPhone", "{~full}\n{email}", "{~full} – {phone}"]
G[("fr-be", "csig")] = ["Cordialement,\n{~agent}\nService clientèle {~brand}\n{!cphone} – {!url}\nN° d'entreprise {!creg}",
                        "Bien à vous,\n{~agent} | {~brand}\nTél. {!cphone}", "{~agent}\nÉquipe {~brand}\n{!url}",
                        "Meilleures salutations,\n{~agent}\n{~brand} SA – {!creg}"]
G[("fr-be", "quotehdr")] = ["Le {!date} à {!time}, {~full} <{email@}> a écrit :", "Le {!date}, {~brand} a écrit :",
                            "De : {~brand} Service client\nEnvoyé : {!date} {!time}\nÀ : {email@}\nObjet : RE: dossier {!ticket}",
                            "Le {!date} {!time}, {~brand} <service> a écrit :"]
G[("fr-be", "fwdhdr")] = ["---------- Message transféré ---------\nDe : {~full} <{email}>\nDate : {!date}\nObjet : commande {!order}",
                          "Début du message transféré :\nDe : {~full} <{email}>\nDate : {!date} à {!time}"]
G[("fr-be", "disclaimer")] = ["Ce message et ses pièces jointes sont confidentiels et destinés exclusivement au destinataire.",
                              "Pensez à l'environnement avant d'imprimer ce courriel.",
                              "Ce courriel ne constitue pas un engagement contractuel."]

"""Belgian templates: Flemish (nl-be) and Belgian French (fr-be)."""

NLBE = dict(
CHAT=[
    "Dag, mijn pakje {trk} zou vandaag geleverd worden maar de postbode is niet gepasseerd. Ik woon {addr}. Mijn gsm: {phone}",
    "Ik heb een bericht gekregen dat mijn pakje in de pakjesautomaat ligt maar de code {code} werkt niet. Automaat aan het station van {city}. Kunnen jullie een nieuwe code sturen?",
    "Allee, pakje afgegeven bij de buren op {street} maar die zijn op reis tot volgende week. Zending {trk}. Kan dat terug naar het afhaalpunt?",
    "Goeiemiddag, voor een pakje uit de UK vraagt bpost mijn rijksregisternummer. Is dat echt nodig? Het is {rrn}. Tracking {trk}, invoerrechten {amt}",
    "Kreeg een sms 'uw pakje wacht, betaal {amt}' en heb op de link geklikt 😞 kaartnummer {card} vervaldatum {exp} en de code {cvv} ingegeven. Wat moet ik doen?",
    "Retour van mijn {item} is al {date} binnen bij {shop} maar geen geld teruggekregen. Bestelling {order}, mijn rekening {iban}",
    "De chauffeur mag de sleutel van de garage uit het sleutelkluisje nemen, code {pin}. Adres: {addr}. Gsm {phone} als er iets is",
    "Mijn login werkt niet meer: {user} / {pw}. Ik wil mijn leveradres aanpassen naar {addr} voor pakje {trk}",
    "Pakje kapot toegekomen, de {item} was in twee. Klantennummer {custno}, bestelnummer {order}. Graag terugbetaling op {iban}",
    "Kan de koerier mij bellen als hij in de straat is? {phone}. Bel werkt niet. {street}, 2de verdiep",
    "Ik krijg een verificatiecode {otp} binnen terwijl ik niks gevraagd heb, en nu is mijn e-mail {email} veranderd in jullie app?!",
],
PUBLIC=[
    "{mention} 3de keer dat mijn pakje 'niet leverbaar' is terwijl ik gewoon thuis was. {trk} {hashtag}",
    "{mention} pakje ligt al {qty} dagen in Brussel X? Zending {trk}. Niemand die iets weet. {hashtag}",
    "Bij ons in de straat ook, alles bij nummer 12 afgegeven. Ik woon op {addr} voor als de koerier dit leest 😅",
    "{smention} bestelling {order} nog altijd niet terugbetaald, {date} teruggestuurd! {hashtag}",
    "{mention} bel mij aub terug op {phone}, klantendienst {cphone} hangt telkens in wachtrij",
    "{mention} waarom vragen jullie {amt} inklaringskosten voor een cadeau van {amt}? {hashtag} {hashtag}",
],
EMAIL_BODY=[
    "Op {date} bestelde ik bij {shop} een {item} (bestelnummer {order}). Volgens de tracking ({trk}) werd het pakje geleverd op {date} om {time}, maar ik heb niets ontvangen. Er werd ook geen bericht in de brievenbus gelegd.\n\nMijn adres: {addr}. Ik vermoed dat het bij een verkeerde buur is afgegeven, misschien {street}?\n\nGelieve een onderzoek te starten. U kan mij bereiken op {phone}.",
    "Ik heb een brief ontvangen van de douane voor zending {trk}. Men vraagt {amt} invoerrechten en mijn rijksregisternummer. Dat is {rrn}. Mijn geboortedatum is {dob}.\n\nHet gaat om een geschenk met een waarde van {amt}, factuur {inv} in bijlage. Kan dit herzien worden?",
    "Op {date} heb ik {qty} teruggestuurd via een bpost-punt. Het retourlabel had nummer {trk}. Tot op heden heb ik geen terugbetaling gekregen.\n\nMijn klantennummer is {custno}. Gelieve het bedrag van {amt} over te schrijven op {iban} op naam van {name}.",
    "Iemand heeft mijn account overgenomen en het leveradres gewijzigd in {addr}. Mijn oude wachtwoord was {pw}, ik heb het nu veranderd. De verdachte login kwam van IP {ip} op {date}.\n\nKlantennummer: {custno}. E-mail: {email}.",
    "Wij zijn een kleine webshop ({kvk}) en gebruiken jullie verzend-API. Sinds {date} krijgen wij bij elke aanvraag {err}. Onze API-sleutel: {apikey}. Bearer token uit de header: {token}.\n\nKunnen jullie dit nakijken? Versie van onze plugin: {ver}.",
    "Het pakje met mijn nieuwe bankkaart werd bij de buren afgeleverd en de omslag met de pincode was geopend. Pincode {pin}, kaartnummer {card}.\n\nIk heb de kaart al laten blokkeren via Card Stop, maar ik wil dat jullie dit opvolgen. Gsm: {phone}.",
],
AGENT=[
    "Dag {fname}, ik heb een onderzoek geopend onder dossiernummer {case}. We contacteren de koerier en laten je binnen 48 uur iets weten via {phone}. Groetjes, {agent}",
    "Hallo {fname}, je pakje {trk} ligt klaar in het afhaalpunt in {city}. Je nieuwe afhaalcode is {code}. Vergeet je identiteitskaart niet. Groeten, {agent} - bpost klantendienst",
    "Beste {name}, de terugbetaling van {amt} is vandaag uitgevoerd naar {iban}. Referentie {case}. Met vriendelijke groeten, {agent}, klantendienst {shop} | {kvk}",
    "Hoi! Deel aub geen rijksregisternummer of bankgegevens in een publieke reactie. Stuur ons een privébericht met je zendingnummer. ^{ag}",
    "Dag {fname}, ik heb het leveradres van zending {trk} aangepast naar {addr:a}. Kan je bevestigen dat {addr:a} juist is? Dossier {case}. {agent}",
    "Beste {name}, uw klacht werd geregistreerd onder nummer {case}. De koerier heeft het pakje om {time} afgegeven bij {street}. Neem gerust contact op via {cphone}. Vriendelijke groeten, {agent}",
],
GREET=["Beste,", "Geachte,", "Dag klantendienst,", "Hallo,", "Goeiedag,", "Beste mevrouw, meneer,"],
CLOSE=["Met vriendelijke groeten,", "Vriendelijke groet,", "Mvg", "Groetjes,", "Alvast bedankt,"],
SIG=[
    "{name}\n{addr}\nGsm: {phone}",
    "{name}\n{phone}",
    "{fname}\n\nVerzonden vanaf mijn Samsung Galaxy-smartphone.",
    "{name} - {email}",
    "{name}\nKlantennr {custno}",
    "--\n{name}\n{addr2}\nT. {phone}",
],
SUBJ=["Onderwerp: pakje niet ontvangen", "Onderwerp: Terugbetaling retour {order}", "Onderwerp: Douane {trk}", "Onderwerp: RE: uw dossier"],
QUOTE=[
    ("Op {date} om {time} schreef bpost klantendienst:", "gt", "Beste klant,\n\nUw vraag werd geregistreerd onder dossiernummer {case}. Voor dringende vragen kan u ons bereiken op {cphone}.\n\nMet vriendelijke groeten,\n{agent}"),
    ("Van: {shop}\nVerzonden: {date} {time}\nAan: {name}\nOnderwerp: Uw retour {order}", "plain", "Beste {fname},\n\nWe hebben uw retour goed ontvangen. Het bedrag van {amt} wordt teruggestort op de rekening eindigend op {masked}.\n\nTeam {shop}"),
],
DISCL=["Dit bericht en de bijlagen zijn vertrouwelijk en uitsluitend bestemd voor de geadresseerde(n). {kvk}", "Denk aan het milieu voor je dit bericht afdrukt."],
)

FRBE = dict(
CHAT=[
    "Bonjour, mon colis {trk} est indiqué livré mais je n'ai rien reçu. J'habite {addr}. Mon GSM : {phone}",
    "Le livreur a déposé mon colis chez un voisin au {street} mais personne ne répond. Vous pouvez vérifier? Commande {order}",
    "Le code pour le distributeur de colis ne fonctionne pas : {code}. C'est le distributeur de la gare de {city}. Merci de m'en envoyer un nouveau",
    "On me demande mon numéro de registre national pour la douane, c'est {rrn}. Droits à payer {amt} pour le colis {trk}. C'est normal??",
    "J'ai reçu un SMS 'votre colis est en attente, payez {amt}' et j'ai donné ma carte {card} exp {exp} cvc {cvv} 😭 que dois-je faire",
    "Retour envoyé le {date} ({qty}) et toujours pas remboursé. Commande {order}. Mon IBAN : {iban}",
    "Pour le livreur : code de la porte d'entrée {pin}, 3e étage. Adresse {addr}. Appelez-moi au {phone} si problème",
    "je n'arrive plus à me connecter. identifiant {user} mot de passe {pw}. je dois changer l'adresse de livraison pour {trk}",
    "Colis arrivé abîmé, la {item} est cassée. N° client {custno}, commande {order}. Remboursement sur {iban} svp",
    "J'ai reçu un code de vérification {otp} que je n'ai pas demandé et mon adresse mail {email} a été changée sur mon compte!",
    "Le chauffeur peut m'appeler au {phone} ou {phone} (ma compagne). La sonnette ne marche pas. {street}",
],
PUBLIC=[
    "{mention} 3e fois que mon colis est 'non livrable' alors que j'étais chez moi. {trk} {hashtag}",
    "{mention} mon colis est bloqué depuis le {date} au centre de tri. {trk} {hashtag}",
    "Pareil chez moi, tout est livré au mauvais numéro. J'habite {addr} si le livreur passe par ici 🙄",
    "{smention} commande {order} retournée le {date}, toujours pas remboursée. {hashtag}",
    "{mention} rappelez-moi svp au {phone}, le {cphone} ne répond jamais",
    "{mention} {amt} de frais de dédouanement pour un cadeau de {amt} ?? {hashtag} {hashtag}",
],
EMAIL_BODY=[
    "Le {date}, j'ai commandé chez {shop} un(e) {item} (commande {order}). Selon le suivi ({trk}), le colis a été livré le {date} à {time}, mais je n'ai rien reçu et aucun avis de passage n'a été déposé.\n\nMon adresse : {addr}. Le colis a peut-être été remis à un voisin, au {street} ?\n\nMerci d'ouvrir une enquête. Vous pouvez me joindre au {phone}.",
    "J'ai reçu un courrier de la douane pour l'envoi {trk}. On me réclame {amt} de droits et mon numéro de registre national, qui est le {rrn}. Ma date de naissance : {dob}.\n\nIl s'agit d'un cadeau d'une valeur de {amt}, facture {inv} en pièce jointe.",
    "Le {date}, j'ai renvoyé {qty} via un point bpost (étiquette {trk}). Je n'ai toujours pas été remboursé.\n\nMon numéro client est le {custno}. Merci de verser le montant de {amt} sur le compte {iban} au nom de {name}.",
    "Quelqu'un a piraté mon compte et modifié l'adresse de livraison en {addr}. Mon ancien mot de passe était {pw}, je l'ai changé. La connexion suspecte venait de l'adresse IP {ip} le {date}.\n\nNuméro client : {custno}. E-mail : {email}.",
    "Nous sommes une petite boutique en ligne ({kvk}) et utilisons votre API d'expédition. Depuis le {date}, chaque requête renvoie {err}. Notre clé API : {apikey}.\n\nPourriez-vous vérifier ? Version du module : {ver}. Request ID {reqid}.",
    "Le colis contenant ma nouvelle carte bancaire a été livré chez les voisins et l'enveloppe avec le code PIN était ouverte. Code PIN {pin}, numéro de carte {card}.\n\nJ'ai fait bloquer la carte via Card Stop. GSM : {phone}.",
],
AGENT=[
    "Bonjour {fname}, j'ai ouvert une enquête sous le numéro {case}. Nous contactons le livreur et revenons vers vous sous 48h au {phone}. Bien à vous, {agent}",
    "Bonjour {fname}, votre colis {trk} est disponible au point d'enlèvement à {city}. Votre nouveau code de retrait : {code}. N'oubliez pas votre carte d'identité. {agent} - service clientèle",
    "Madame, Monsieur, le remboursement de {amt} a été effectué ce jour sur le compte {iban}. Référence {case}. Cordialement, {agent}, service client {shop} | {kvk}",
    "Bonjour ! Merci de ne jamais partager votre numéro de registre national ou vos données bancaires en public. Envoyez-nous un message privé avec votre numéro d'envoi. ^{ag}",
    "Bonjour {fname}, j'ai modifié l'adresse de livraison de l'envoi {trk} en {addr:a}. Pouvez-vous confirmer que {addr:a} est correct ? Dossier {case}. {agent}",
    "Bonjour {name}, votre réclamation est enregistrée sous le numéro {case}. Le livreur a remis le colis à {time} au {street}. Contactez-nous au {cphone}. Cordialement, {agent}",
],
GREET=["Bonjour,", "Madame, Monsieur,", "Bonjour service client,", "Bonsoir,", "Chère équipe,"],
CLOSE=["Cordialement,", "Bien à vous,", "Merci d'avance,", "Salutations distinguées,", "Bàv,"],
SIG=[
    "{name}\n{addr}\nGSM : {phone}",
    "{name}\n{phone}",
    "{fname}\n\nEnvoyé de mon iPhone",
    "{name} - {email}",
    "{name}\nN° client {custno}",
    "--\n{name}\n{addr2}\nTél. {phone}",
],
SUBJ=["Objet : colis non reçu", "Objet : Remboursement retour {order}", "Objet : Douane {trk}", "Objet : RE: votre dossier"],
QUOTE=[
    ("Le {date} à {time}, Service clientèle bpost a écrit :", "gt", "Chère cliente, cher client,\n\nVotre demande a été enregistrée sous le numéro {case}. Pour toute question urgente : {cphone}.\n\nCordialement,\n{agent}"),
    ("De : {shop}\nEnvoyé : {date} {time}\nÀ : {name}\nObjet : Votre retour {order}", "plain", "Bonjour {fname},\n\nNous avons bien reçu votre retour. Le montant de {amt} sera remboursé sur la carte se terminant par {masked}.\n\nL'équipe {shop}"),
],
DISCL=["Ce message et ses annexes sont confidentiels et destinés exclusivement à leur(s) destinataire(s). {kvk}", "Pensez à l'environnement avant d'imprimer ce message."],
)

# ---- second batch
NLBE["CHAT"] += [
    "Mijn code van de pakjesautomaat is {code}, maar het deurtje gaat niet open. Kan iemand mij bellen op {phone}?",
    "Ik heb per ongeluk mijn wachtwoord {pw} hier gezet, kunnen jullie dat wissen? Login is {user}",
    "Douane vraagt geboortedatum en rijksregisternummer voor pakje {trk}: {dob}, {rrn}. Klopt dat?",
    "Ik kreeg een sms met link {furl} om {amt} te betalen voor mijn pakje. Heb mijn rijksregisternummer {rrn} ingevuld en mijn IBAN {iban}. Help",
    "inlog van IP {ip} die ik niet ken, en nu is mijn leveradres {addr}?? klantennummer {custno}",
    "Nieuwe simkaart in de bus van de buren gestoken, omslag open, PUK {puk} en pincode {pin} staan erop. Mijn gsm {phone}",
    "Voor onze webshop: het API-token {token} geeft sinds gisteren {err}. Kunnen jullie dat bekijken? Klantennummer {custno}",
]
NLBE["PUBLIC"] += [
    "{mention} pakje {trk} 'geleverd' in {city}, maar ik woon {addr}. Kan de chauffeur mij bellen: {phone}",
    "{smention} al 3 mails gestuurd vanaf {email}, nog altijd geen antwoord over retour {order} {hashtag}",
]
NLBE["EMAIL_BODY"] += [
    "Na deze ervaring wil ik mijn account laten verwijderen. Gebruikersnaam {user}, geregistreerd e-mailadres {email}.\n\nGelieve ook mijn bankgegevens ({iban}) en mijn geboortedatum ({dob}) te wissen. Klantennummer {custno}.",
    "Onze API-koppeling voor verzendlabels (sleutel {apikey}) geeft sinds {date} fout {err}. Request-ID {reqid}. Wij draaien op poort {port}.\n\nDe koerier komt om {time} en we hebben {qty} klaarstaan.",
    "Voor mijn slimme pakjesbus moest ik het wifi-wachtwoord doorgeven aan de installateur: netwerk {ssid}, wachtwoord {wifi}. Hij heeft het niet ingesteld en nu kan de koerier de bus niet openen.\n\nZending {trk}. Adres: {addr}. Gsm {phone}.",
    "Ik heb een verificatiecode {otp} gekregen en die doorgegeven aan iemand die zich voordeed als {carrier}. Daarna werd {amt} van mijn kaart {card} gehaald (vervaldatum {exp}, CVC {cvv}).\n\nWat kunnen jullie doen? Mijn gsm: {phone}.",
]
NLBE["AGENT"] += [
    "Dag {fname}, uw nieuwe afhaalcode is {code}. Het pakje blijft 14 dagen in de automaat. Vragen? Bel {cphone}. {agent}",
    "Dag {name}, we hebben uw gsm-nummer {phone:a} toegevoegd aan zending {trk}. De koerier belt u op {phone:a} voor hij vertrekt. Dossier {case}. Groetjes, {agent}",
    "Beste {name}, uw rijksregisternummer {rrn} werd genoteerd voor de douaneaangifte van zending {trk}. Te betalen: {amt}. Referentie {case}. Met vriendelijke groeten, {agent}",
    "Hallo {fname}, voor uw veiligheid: deel uw wachtwoord nooit, ook niet met ons. Wijzig {pw} zo snel mogelijk via {url}. ^{ag}",
]
NLBE["SIG"] += ["{name}\n{email}\n{phone}", "{fname} {lname}\nGsm {phone}\n{addr}"]
NLBE["QUOTE"] += [
    ("Op {date} schreef {name} <{email}>:", "gt", "Mijn pakje {trk} is niet toegekomen, ik woon {addr:q}."),
    ("-------- Doorgestuurd bericht --------\nVan: {carrier}\nDatum: {date}", "plain", "Uw pakje {trk} wordt geleverd op {date}. Afhaalcode: {code}."),
]

FRBE["CHAT"] += [
    "Mon code pour le distributeur de colis est {code} mais le casier ne s'ouvre pas. Vous pouvez m'appeler au {phone} ?",
    "J'ai mis mon mot de passe {pw} par erreur dans le chat, vous pouvez l'effacer? Identifiant {user}",
    "La douane demande ma date de naissance et mon numéro national pour le colis {trk} : {dob}, {rrn}. C'est normal ?",
    "J'ai reçu un SMS avec le lien {furl} pour payer {amt}. J'ai donné mon numéro de registre national {rrn} et mon IBAN {iban}. Aidez-moi",
    "connexion depuis l'IP {ip} que je ne connais pas et maintenant mon adresse de livraison est {addr} ?? n° client {custno}",
    "Nouvelle carte SIM livrée chez le voisin, enveloppe ouverte avec le PUK {puk} et le code PIN {pin}. Mon GSM {phone}",
    "Pour notre boutique : le token API {token} renvoie {err} depuis hier. N° client {custno}",
]
FRBE["PUBLIC"] += [
    "{mention} colis {trk} 'livré' à {city} mais j'habite {addr}. Le livreur peut m'appeler au {phone}",
    "{smention} 3 mails envoyés depuis {email}, toujours aucune réponse pour le retour {order} {hashtag}",
]
FRBE["EMAIL_BODY"] += [
    "Je souhaite supprimer mon compte après cette expérience. Identifiant {user}, adresse e-mail {email}.\n\nMerci d'effacer aussi mes coordonnées bancaires ({iban}) et ma date de naissance ({dob}). N° client {custno}.",
    "Notre intégration API pour les étiquettes (clé {apikey}) renvoie l'erreur {err} depuis le {date}. Request ID {reqid}. Nous tournons sur le port {port}.\n\nLe chauffeur passe à {time} et nous avons {qty} prêts.",
    "Pour ma boîte à colis connectée, l'installateur m'a demandé le mot de passe wifi : réseau {ssid}, clé {wifi}. Il ne l'a pas configurée et le livreur ne peut pas l'ouvrir.\n\nEnvoi {trk}. Adresse : {addr}. GSM {phone}.",
    "J'ai reçu un code de vérification {otp} et je l'ai donné à quelqu'un qui se faisait passer pour {carrier}. Ensuite {amt} a été débité de ma carte {card} (expiration {exp}, cryptogramme {cvv}).\n\nQue pouvez-vous faire ? Mon GSM : {phone}.",
]
FRBE["AGENT"] += [
    "Bonjour {fname}, votre nouveau code de retrait est {code}. Le colis reste 14 jours dans le distributeur. Questions ? {cphone}. {agent}",
    "Bonjour {name}, nous avons ajouté votre numéro {phone:a} à l'envoi {trk}. Le livreur vous appellera au {phone:a} avant de passer. Dossier {case}. {agent}",
    "Bonjour {name}, votre numéro de registre national {rrn} a été enregistré pour la déclaration en douane de l'envoi {trk}. Montant : {amt}. Référence {case}. Cordialement, {agent}",
    "Bonjour {fname}, pour votre sécurité ne partagez jamais votre mot de passe. Modifiez {pw} au plus vite via {url}. ^{ag}",
]
FRBE["SIG"] += ["{name}\n{email}\n{phone}", "{fname} {lname}\nGSM {phone}\n{addr}"]
FRBE["QUOTE"] += [
    ("Le {date}, {name} <{email}> a écrit :", "gt", "Mon colis {trk} n'est pas arrivé, j'habite {addr:q}."),
    ("-------- Message transféré --------\nDe : {carrier}\nDate : {date}", "plain", "Votre colis {trk} sera livré le {date}. Code de retrait : {code}."),
]

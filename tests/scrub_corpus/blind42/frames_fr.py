# Belgian French (fr-be) frames.
CHAT = [
    "Bonjour, j'essaie de me connecter sur {b:portal} pour mon fils {kid}. Identifiant {user:kid}, mot de passe {pw:kid}. J'ai le code erreur {N:error_code}",
    "bonjour je m'occupe des affaires de ma maman, {elder} {sur}, née le {dob:old}. Son numéro de registre national est {rrn:fromdob}. J'ai une procuration",
    "ma mère a oublié son code PIN, elle pense que c'était {pin}. La carte se termine par {N:masked_value}",
    "Le code PUK de la carte SIM de ma fille: {puk}. Son numéro de GSM c'est le {phone:mobile}",
    "le code reçu par sms est {otp} mais c'était sur le téléphone de mon père. Numéro client {cust}",
    "Je suis la voisine de Mme {sur}, elle m'a demandé de l'aider pour sa facture {N:invoice_number} chez {b:telco}. N° client {cust}, adresse {addr}",
    "{otp}",
    "{pin}",
    "mon fils a perdu son compte {b:game}, pseudo {user:game}, ancien mot de passe {pw}. Il a 11 ans 😩",
    "Le mot de passe wifi chez mon grand-père c'est {wifi}, réseau {ssid}. Le technicien passe le {N:date} à {N:time}?",
    "Ma fille est étudiante à l'{b:uni}, matricule {cust:student}. Le code de vérification {otp} ne fonctionne pas",
    "pardon je me suis trompée, le registre national de mon père c'est {rrn} et pas le mien. Sa date de naissance: {dob:old}",
    "Pour l'inscription de {kid} à la crèche: née le {dob:kid}, NISS {rrn:fromdob}, compte {iban}",
    "Bénévole au CPAS, j'aide M. {sur} pour son attestation de pension. Son numéro national {rrn} et son téléphone {phone}",
    "Pouvez-vous changer le code parental du décodeur ? On avait mis {pin} mais {kid} l'a trouvé. Modèle {N:model_number}",
    "Le propriétaire du kot via {b:housing} demande le numéro de compte pour la garantie: {iban}. Montant {N:amount}",
    "L'adresse mail de maman chez {b:telco} c'est {email} et le mot de passe {pw}. Elle ne reçoit plus rien depuis le {N:date}",
    "quatre chiffres c'est bien ça? alors {pin:words}",
]
EMAIL = [
    "Je vous écris au nom de ma mère, Madame {elder} {sur}, née le {dob:old} (numéro de registre national {rrn:fromdob}). Elle réside depuis peu en maison de repos et je dispose d'une procuration. Je souhaiterais que les courriers concernant son compte {iban} soient envoyés à mon adresse : {addr:full}.",
    "Notre fils {kid} n'arrive plus à se connecter à {b:portal}. L'école nous a donné ces identifiants : utilisateur {user:kid}, mot de passe {pw:kid}. Après trois essais, nous avons l'erreur {N:error_code}. Notre numéro de ticket est {N:ticket_number}.",
    "Mon père a reçu un courrier de {b:pension} (référence {N:ticket_number}). Il est né le {dob:old}, son numéro national est {rrn:fromdob}. Vous pouvez me joindre au {phone:mobile}.",
    "Je souhaite faire bloquer la carte de ma grand-mère. Numéro de carte : {card}, date d'expiration {exp}, cryptogramme {cvv}. Elle a remarqué un paiement suspect de {N:amount} le {N:date}.",
    "Pour l'inscription de ma fille à la bibliothèque : numéro de lecteur {cust}, adresse mail {email}, GSM {phone}. Le code de confirmation était {otp} mais il a expiré à {N:time}.",
    "En tant qu'aidant proche de ma tante, je voudrais transférer son abonnement {b:telco}. Il s'agit du numéro {phone:mobile}, client {cust}. Son code PIN est {pin} et le PUK {puk}.",
    "Dans mon dernier mail, je me suis trompée de numéro de compte. Le bon est {iban} et non {iban}. Désolée pour la confusion.",
    "Ma fille {kid} ({dob:kid}) doit passer son examen en ligne demain. Son identifiant est {user:student} et le code d'activation reçu est {otp}, mais la plateforme affiche {N:error_code}.",
]
PUBLIC = [
    "{N:mention} ma mère ne peut plus se connecter depuis une semaine, erreur {N:error_code}. On fait quoi ?",
    "{N:mention} encore {N:amount} facturés pour l'abonnement de mon père résilié depuis {N:date} {N:hashtag}",
    "{N:mention} 50 minutes d'attente au {N:company_phone} pour débloquer le code de ma mère. Inadmissible",
    "{N:mention} mon fils a reçu un sms avec le code {otp} sans rien demander, c'est du phishing ?",
    "{N:mention} quand les allocations d'études seront versées ? {N:hashtag}",
    "{N:mention} plateforme d'examen en panne depuis {N:time}, les élèves paniquent {N:hashtag}",
]
AGENT = [
    "Bonjour {me}, merci pour votre message. Pourriez-vous nous communiquer le numéro client et la date de naissance de votre mère ? Ne partagez jamais votre code PIN. Cordialement, {agent}",
    "Bonjour, la carte se terminant par {N:masked_value} est maintenant bloquée. Référence {N:ticket_number}.",
    "Bonjour {me}, j'ai réinitialisé le mot de passe de {kid}. Le mot de passe provisoire est {pw:tmp}. Bonne journée, {agent}",
    "Merci. Je retrouve bien le numéro national {rrn:same} dans le dossier. L'attestation vous sera envoyée.",
    "Bonjour, vous pouvez télécharger la procuration via {N:url}. Votre numéro de dossier est {N:ticket_number}.",
    "Bonjour, pour des raisons de sécurité nous ne communiquons pas le code PUK par chat. Vous le trouverez dans votre espace client.",
]
GREET = ["Madame, Monsieur,", "Bonjour,", "Bonjour {agent},", "Chère Madame, cher Monsieur,"]
CLOSE = ["Cordialement,", "Bien à vous,", "Merci d'avance,", "Veuillez agréer mes salutations distinguées,", "Bàv,"]
SIGN = ["{me} {sur}\n{addr:ml}\nGSM : {phone:mobile}", "{me} {sur}\n{email}", "{me} (fille de {elder} {sur})", "{me} {sur}\nTél. {phone}", "{me}"]
FILLER = [
    "Ma mère a 89 ans et ne sait plus utiliser l'ordinateur, c'est pourquoi je m'en occupe.",
    "J'ai déjà appelé deux fois sans réponse.",
    "L'école nous renvoie vers vous et vous nous renvoyez vers l'école.",
    "Je suis joignable en soirée.",
    "Excusez la longueur de ce message, je préfère tout expliquer en une fois.",
]
QHEAD = ["Le {N:date} à {N:time}, Service clientèle a écrit :", "De : Service clientèle\nEnvoyé : {N:date}\nObjet : Votre demande {N:ticket_number}"]
FWD = ["---------- Message transféré ---------\nDe : {elder} {sur} <{email}>\nDate : {N:date}\n\n", "Début du message réexpédié :\nDe : {email}\n\n"]
CHAT += [
    "Le numéro d'entreprise de l'école est {N:company_registration}, mais la facture de {kid} est à notre nom. Matricule {cust:kid}",
    "L'IP du modem de ma mère est {ip}, le technicien voulait aussi le port {N:port}. Ticket {N:ticket_number}",
]
AGENT += [
    "Bonjour {me}, vous pouvez réinitialiser le mot de passe via {N:url}. Ne partagez jamais le code. {agent}",
    "Merci. Le formulaire de procuration se trouve sur {N:url}, nous le lierons ensuite au numéro client {cust:same}.",
]
CHAT += [
    "Le code PUK de la SIM de mon père : {puk}. Il a bloqué le PIN {pin}",
    "On a payé {N:percentage} des frais du kot avec la carte {card} exp {exp} code {cvv}, mais le code de confirmation {otp} est refusé",
]

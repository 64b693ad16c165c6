# Belgian French (fr-be) templates.

FRBE = {
"pub": [
"$n_mention ça fait 3 semaines que j'attends ma nouvelle carte de recharge (n° $chargecard). Suivi $n_track toujours bloqué $n_tag",
"Franchement $n_mention, $n_amount pour une recharge de $n_qty à $f_city avec l'erreur $n_err à l'écran. Inadmissible",
"En panne sur l'E411 près de $f_city, membre n° $member, j'attends depuis $n_qty. Rappelez-moi au $phone svp $n_mention",
"$n_mention votre appli de parking m'a encore débité $n_amount alors que j'avais arrêté à $n_time. Compte $parkacct $n_tag",
"Merci $n_mention pour le dépannage rapide ce matin, reparti en $n_qty ! $n_tag",
"$n_mention j'ai changé mon mot de passe en $pw et l'appli (version $n_ver) refuse toujours la connexion...",
"Pourquoi $n_mention demande mon numéro de registre national pour louer une voiture partagée ?? Bon je l'ai donné: $rrn",
"@$f_name appelez plutôt le $n_cphone, eux répondent 24h/24",
],
"dm": [
"Bonjour, mon numéro client est $cust, plaque $f_plate. Je voudrais déplacer le rendez-vous du contrôle technique du $n_date à $n_time. Mon GSM: $phone",
"Voici le code reçu par SMS : $otp. Je n'arrive toujours pas à me connecter",
"Carte de recharge volée dans la voiture, numéro $chargecard. Pouvez-vous la bloquer ? IBAN pour le remboursement de la caution : $iban",
"identifiant : $user\nmot de passe : $pw\nj'ai essayé 3 fois et mon compte est bloqué",
"La clé est dans la boîte à clés à côté de la porte du garage, code $pin. Adresse : $address. Je suis au boulot jusqu'à $n_time",
"Mon numéro national est le $rrn, né le $dob. Le contrat peut être envoyé à $email",
"J'ai payé avec ma carte $card (exp. $exp, cryptogramme $cvv) mais le montant de $n_amount a été débité deux fois",
"Wifi pour la borne à la maison : réseau $f_ssid, clé $wifi. L'IP de la borne est $ip si besoin",
"Mon n° de membre Touring c'est $member#1, je répète $member#1. Et la police auto c'est $policy",
"Le code PIN de la carte SIM de la voiture est $pin mais elle demande le PUK maintenant : $puk ?",
],
"mail": [
"Le $n_date, j'ai déposé ma $f_car (plaque $f_plate, numéro de châssis $f_vin) pour l'entretien annuel (ordre de réparation $n_order). À l'enlèvement, la facture $n_invoice indiquait $n_amount alors que le devis mentionnait $n_amount.\n\nMerci de rembourser la différence sur le compte $iban. Je suis joignable au $phone.",
"Veuillez trouver ci-dessous les données pour le nouveau contrat de leasing $lease :\n\nNom : $f_full\nAdresse : $address\nDate de naissance : $dob\nN° de registre national : $rrn\nIBAN : $iban\nGSM : $phone\nE-mail : $email",
"J'ai reçu une redevance de stationnement pour le $n_date à $n_time à $f_city alors que ma session tournait via l'application (compte $parkacct, transaction $n_order). Ma carte se terminant par $n_mask a bien été débitée de $n_amount. Pourriez-vous m'envoyer une attestation à $email ?",
"L'installateur passe le $n_date. Adresse : $address. Code EAN : $ean. Le portail s'ouvre avec le code $pin. Wifi pour la borne : $f_ssid, mot de passe $wifi. Modèle : $n_model.",
"La semaine dernière, je suis tombé en panne sur l'E42 (dossier $n_ticket). J'ai payé moi-même le remorquage ($n_amount) avec ma carte de crédit $card. Merci de me rembourser sur $iban. Mon numéro de membre : $member.",
"Cette nuit à $n_time, quelqu'un s'est connecté à mon compte depuis l'adresse IP $ip. J'ai reçu un code de vérification ($otp) que je n'avais pas demandé. J'ai changé mon mot de passe de $pw en $pw. Numéro client : $cust.",
"Pour la garantie de ma $f_car (année $n_year, $n_km) : le garage a relevé le code défaut $n_err et commandé la pièce $n_prod. D'après la garantie constructeur, cela doit être gratuit. Référence client : $cust.",
"Notre clé API pour la plateforme flotte ($apikey) ne fonctionne plus depuis la version $n_ver. Request-id : $n_req. Utilisateur : $user. Merci de vérifier, nous avons $n_qty de sessions bloquées.",
],
"agent": [
"Bonjour $f_name, désolés pour ce désagrément ! Pouvez-vous nous envoyer en privé votre numéro client et votre plaque ? ^$f_agent",
"Merci $f_name. Votre rendez-vous est bien noté le $n_date à $n_time à $f_city. Nous vous appellerons au $phone quand le véhicule sera prêt. $f_agent",
"Nous avons bloqué la carte $chargecard. La nouvelle est en route (envoi $n_track). Nous ne demandons jamais votre mot de passe ni vos codes ! $f_agent",
"Votre mot de passe provisoire : $pw\nMerci de le modifier dès la connexion via $n_url. Des questions ? Appelez le $n_cphone.",
"Le montant de $n_amount a été remboursé sur $iban. Le dossier $n_ticket est clôturé. Bonne journée ! ^$f_agent",
"La panne ($n_err) est connue et sera corrigée avec la mise à jour $n_ver. Toutes nos excuses. $f_agent | $f_brand | $n_creg",
"Votre numéro de GSM a été modifié en $phone et votre e-mail en $email. Votre numéro client $cust reste inchangé.",
"Bonjour {first_name}, nous avons masqué votre message car il contenait des données personnelles. Écrivez-nous en DM via $n_url 🙂",
],
}

FRAMES = {
"fr-be": {
    "greet": ["Madame, Monsieur,", "Bonjour,", "Bonjour $f_agent,", "Chère équipe,", "Bonsoir,", "Madame, Monsieur, bonjour,"],
    "close": ["Cordialement,", "Bien à vous,", "Meilleures salutations,", "Merci d'avance,", "Salutations distinguées,", "Bàv,"],
    "csig": ["$f_full", "$f_full\nGSM : $phone", "$f_name\n\nEnvoyé de mon iPhone", "$f_full\n$address", "$f_name $f_last\n$phone\n$email", "$f_full - client n° $cust"],
    "asig": ["$f_agent\nService clientèle $f_brand\n$n_cphone | $n_url\n$n_creg", "Bien à vous,\n$f_agent - Équipe sociale\n$f_brand $n_cphone",
             "$f_agent | $f_brand\n$n_creg", "Cordialement,\n$f_agent\n$n_url"],
    "qhead": ["Le $n_date à $n_time, $f_brand a écrit :", "-----Message d'origine-----\nDe : Service clientèle $f_brand\nEnvoyé : $n_date\nObjet : RE: dossier $n_ticket",
              "Le $n_date, $f_agent a écrit :", "---------- Message transféré ---------\nDe : $f_brand\nDate : $n_date"],
    "disc": ["Ce message est confidentiel et destiné uniquement à son destinataire.", "Pensez à l'environnement avant d'imprimer ce courriel.",
             "Si vous avez reçu ce message par erreur, merci de le supprimer.", "Les informations contenues dans ce courriel n'engagent pas l'expéditeur."],
    "subj": ["Objet : Réclamation entretien", "Objet : contrat de leasing", "Objet : RE: carte de recharge", "Objet : redevance stationnement", "Objet : panne", "Objet : Garantie"],
},
}


# ---- additional templates (appended; indices continue the alternate deal)
FRBE['pub'].extend([
    '$n_mention le code $otp ne marche pas, essayé 3 fois $n_tag',
])
FRBE['dm'].extend([
    "Mot de passe oublié pour l'appli parking. Identifiant $user, code reçu : $otp. Nouveau mot de passe : $pw",
    'Carte de crédit pour la caution : $card, exp. $exp, CVV $cvv',
    "Le jeton de l'appli de la borne : $token, IP $ip. Numéro national $rrn, née le $dob",
    'wifi de la maison pour la borne : $wifi (réseau $f_ssid). Et le PUK de la SIM de la voiture : $puk',
])
FRBE['mail'].extend([
    "Identifiants du portail concessionnaire : utilisateur $user, mot de passe $pw, clé API $apikey. Depuis le $n_date j'obtiens l'erreur $n_err.",
    'La voiture de location a été payée avec ma carte $card (exp. $exp, CVC $cvv), montant $n_amount. On me débite maintenant encore $n_amount.',
    "Adresse d'enlèvement du véhicule : $address. Clé wifi pour la borne : $wifi. Code SMS : $otp.",
])
FRBE['agent'].extend([
    'Votre identifiant est $user. Avec le code SMS $otp vous pouvez choisir un nouveau mot de passe via $n_url.',
    'Nous avons supprimé votre CVV ($cvv) de la conversation. Ne le partagez jamais. ^$f_agent',
])
FRBE['dm'].extend([
    "L'appli affiche 'session expirée' avec ce jeton : $token. Que dois-je faire ?",
    'Le code PUK de la SIM de ma voiture est $puk, le PIN $pin ne fonctionne plus depuis la mise à jour',
])
FRBE['agent'].extend([
    'Bonjour $f_name, le remboursement sera fait sur la carte $card (exp. $exp). Comptez 5 jours ouvrables. $f_agent',
])

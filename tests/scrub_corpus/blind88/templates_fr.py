"""Belgian French (fr-be) body templates for blind88."""

BODIES = {
    "takeover": [
        "Bonjour, mon compte [[@brand]] a été piraté, quelqu'un a changé l'adresse mail. Mon adresse c'était [[email]] et mon ancien mot de passe [[password]]. Connexion suspecte depuis l'IP [[ip_address]] le [[~date]] à [[~time]].",
        "Je ne sais plus me connecter, le mdp ne marche plus et je l'ai pas changé moi-même!! identifiant: [[username]] / mot de passe: [[password]]. Il y a des achats de [[~amount]] que je n'ai pas faits.",
        "Mon fils s'est fait voler son compte de jeu. Login [[email]], mdp [[password]]. Le pirate a changé le pseudo. Numéro client [[customer_number]], code erreur [[~error_code]]",
    ],
    "twofa": [
        "J'ai changé de GSM et l'appli d'authentification est vide. J'ai encore mes codes de secours: [[backup_code]], [[backup_code]], [[backup_code]]. Aucun ne fonctionne?",
        "Je ne reçois plus le code SMS sur le [[phone]]. Le dernier reçu était [[otp]] mais expiré. Pouvez-vous désactiver la double authentification pour [[username]] ?",
        "\"Votre code de vérification [[@brand]] est [[otp]]. Ne le partagez avec personne.\" -> je l'ai entré et j'ai l'erreur [[~error_code]]. Mon code de récupération c'est [[backup_code]]",
    ],
    "gift": [
        "J'ai acheté une carte cadeau de [[~amount]] au Delhaize, le code [[gift_code]] ne fonctionne pas, il dit 'déjà utilisé'. J'ai le ticket de caisse du [[~date]].",
        "bonsoir, code cadeau [[gift_code]] + code PIN [[gift_pin]] refusé avec l'erreur [[~error_code]]. Commande n° [[~order_number]]",
    ],
    "parental": [
        "J'ai oublié le code PIN du contrôle parental. Je pensais que c'était [[parental_pin]]. Le compte est au nom de [[email]]. Comment le réinitialiser?",
        "Ma fille a trouvé le code parental ([[parental_pin]]) et regarde tout maintenant. Je veux le changer en [[parental_pin]]. Console [[~model_number]], version [[~version_string]].",
    ],
    "console": [
        "Ma console est bloquée après une mise à jour, code erreur [[~error_code]]. N° de série [[serial]], modèle [[~model_number]], achetée le [[~date]].",
        "Console volée lors d'un cambriolage. Numéro de série: [[serial]]. Pouvez-vous la bloquer et déconnecter mon compte [[username]] partout ? Numéro client [[customer_number]].",
    ],
    "billing": [
        "Je veux changer ma carte. Nouvelle carte: [[card]], expire [[card_expiry]], cryptogramme [[cvv]]. Merci d'arrêter l'ancien abonnement de [[~amount]]/mois.",
        "Pourquoi [[~amount]] a été prélevé deux fois sur mon compte [[iban]] ?? Factures [[~invoice_number]] et [[~invoice_number]]. Je n'ai qu'un abonnement ([[sub_id]]).",
        "n° carte [[card]]\ndate exp [[card_expiry]]\ncode CVV [[cvv]]\nc'est bon comme ça? paiement refusé à chaque fois",
    ],
    "sim": [
        "Mon GSM demande le code PUK, j'ai tapé 3 fois un mauvais code PIN. Numéro [[phone]]. Du coup je ne reçois plus les codes de connexion.",
        "Carte SIM bloquée. Le PUK sur la carte est [[puk]], mon ancien code PIN [[pin]], numéro client [[customer_number]].",
    ],
    "meter": [
        "Voici mon index du compteur d'eau: [[~meter_reading]] m³ relevé le [[~date]]. N° de compteur [[meter_no]], n° client [[customer_number]]. La facture de régularisation de [[~amount]] est beaucoup trop élevée.",
        "Compteur n° [[meter_no]] à l'adresse [[address]], index [[~meter_reading]]. Le lien [[~url]] ne fonctionne pas pour encoder l'index.",
    ],
    "move": [
        "Nous déménageons le [[~date]] de [[address]] vers [[address]]. Merci de transférer le contrat. N° client [[customer_number]], date de naissance [[date_of_birth]], GSM [[phone]].",
        "Je résilie le raccordement au réseau de chaleur. Code EAN: [[ean]]\nIndex final: [[~meter_reading]]\nNouvelle adresse: [[address]]\nCordialement, [[@name]]",
    ],
    "payplan": [
        "Je ne peux pas payer la facture de [[~amount]] en une fois. Un plan de paiement en [[~quantity]] est-il possible? N° client [[customer_number]], facture [[~invoice_number]].",
        "J'ai un plan d'apurement (dossier [[~ticket_number]]) mais je reçois quand même un rappel avec [[~amount]] de frais! Je paie chaque mois depuis [[iban]].",
        "Je suis en médiation de dettes. N° de registre national [[bsn]], né le [[date_of_birth]], n° client [[customer_number]]. Mon médiateur va vous contacter.",
    ],
    "debit": [
        "Je souhaite modifier la domiciliation vers mon nouveau compte [[iban]] (ancien: [[iban]]). Référence du mandat [[mandate]].",
        "La domiciliation a été refusée, désolée. Je peux virer moi-même? Mon compte [[iban]], référence client [[customer_number]], montant [[~amount]].",
    ],
    "heat_outage": [
        "Pas de chauffage ni d'eau chaude depuis le [[~date]]! La sous-station affiche [[~error_code]], type [[~model_number]]. Adresse [[address]], EAN [[ean]]. Rappelez-moi au [[phone]].",
        "Panne du chauffage urbain dans tout l'immeuble, j'habite [[address]]. Le code de la porte d'entrée est [[pin]] pour le technicien. Ticket [[~ticket_number]].",
    ],
    "uportal": [
        "Impossible d'accéder au portail étudiant. Matricule [[student_no]], mot de passe [[password]]. Erreur [[~error_code]]. Je dois m'inscrire aux examens avant [[~time]] demain!",
        "Mon compte universitaire est bloqué. Identifiant [[username]]\nMatricule [[student_no]]\nMail perso [[email]]\nJe ne reçois pas le code MFA sur le [[phone]].",
    ],
    "tuition": [
        "Le minerval ([[~amount]]) a été débité du mauvais compte. Merci de rembourser sur [[iban]] au nom de [[@name]]. Matricule [[student_no]].",
        "Je demande le statut boursier mais on me réclame le minerval complet. Registre national [[bsn]], matricule [[student_no]], né le [[date_of_birth]].",
    ],
    "enrol": [
        "Mon inscription est toujours 'en cours'. Numéro national [[bsn]], né le [[date_of_birth]], matricule [[student_no]]. Le cours [[~course]] commence le [[~date]].",
        "Je dois envoyer une copie de mon diplôme. Mes coordonnées: [[@name]], [[address]], [[email]], tél [[phone]].",
    ],
    "exam": [
        "Je conteste ma note de [[~course]]: j'ai eu [[~grade]] alors que la correction dit autre chose. Matricule [[student_no]]. Examen du [[~date]] à [[~time]].",
        "Recours introduit (dossier [[~ticket_number]]), toujours pas de réponse après [[~quantity]]. Matricule [[student_no]], mail [[student_email]].",
    ],
    "wifi": [
        "Je n'arrive pas à connecter la smart TV. Réseau [[@ssid]], clé wifi: [[wifi_key]]. J'ai aussi essayé l'interface du modem (admin / [[password]]).",
        "eduroam ne marche pas sur mon laptop. Je me connecte avec [[student_email]] et mot de passe [[password]]. Ou dois-je utiliser le réseau invité, clé [[wifi_key]] ?",
    ],
    "dev": [
        "Je développe une appli pour le cercle étudiant avec l'API des horaires. Ma clé API [[api_key]] renvoie 401 ([[~request_id]]).",
        "J'ai mis mon jeton d'accès par erreur sur GitHub: [[token]]. Pouvez-vous le révoquer? Port utilisé [[~port]].",
    ],
}

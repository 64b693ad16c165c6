"""Belgian French templates. One template per line; '\\n' = newline."""

CLAUSES = {
"password": """
mon mot de passe est [[password]] et ça ne marche toujours pas
mdp : [[password]]
j'ai changé le mot de passe en [[password]] mais l'appli refuse
ancien mot de passe [[password]], nouveau [[password]]
le mot de passe de ma mère pour le portail c'est [[password]]
""",
"pin": """
le code PIN de ma carte est [[pin]]
le code de la boîte à clés est [[pin]]
code de la porte d'entrée : [[pin]]
code d'alarme [[pin]], à ne pas donner aux voisins svp
mon code de déverrouillage est [[pin]]
""",
"puk": """
le code PUK c'est [[puk]]
PUK : [[puk]]
""",
"otp": """
j'ai reçu le code [[otp]] par SMS mais il est expiré
code de vérification : [[otp]]
le code à usage unique était [[otp]]
le code c'est [[otp_words]] (ma fille me l'a lu)
""",
"wifi_key": """
le wifi [[@ssid]], clé [[wifi_key]]
la clé WPA est [[wifi_key]]
mot de passe wifi du kot : [[wifi_key]]
""",
"username": """
identifiant : [[username]]\\nmot de passe : [[password]]
mon nom d'utilisateur est [[username]]
login [[username]] / mdp [[password]]
""",
"api_key": """
la clé API qu'on a reçue : [[api_key]]
clé d'API = [[api_key]], elle renvoie une erreur 401
""",
"token": """
jeton d'accès : [[token]]
Authorization: Bearer [[token]]
le token [[token]] expire toutes les 5 minutes
""",
"card": """
numéro de carte [[card]], expire le [[card_expiry]], cryptogramme [[cvv]]
payé avec la carte [[card]]
ma carte Visa : [[card]] date d'expiration [[card_expiry]]
""",
"cvv": """
le code au dos est [[cvv]]
CVV [[cvv]]
""",
"iban": """
merci de rembourser sur [[iban]]
mon numéro de compte est [[iban]]
IBAN : [[iban]] au nom de [[@fullname]]
compte [[iban_foreign]] (je vis en France maintenant)
""",
"bsn": """
mon numéro de registre national est [[rrn]]
NN : [[rrn]]
numéro national de ma mère : [[rrn]]
""",
"email": """
mon adresse mail est [[email]]
écrivez-moi à [[email]]
e-mail : [[email]]
""",
"phone": """
mon numéro de GSM est [[phone]]
vous pouvez m'appeler au [[phone]]
tél : [[phone]]
mon nouveau numéro : [[phone]]
""",
"address": """
j'habite [[address_full]]
mon adresse : [[address_full]]
livrez la valise au [[address]] svp
ma mère habite [[address_full]], c'est là que l'aide familiale doit passer
""",
"date_of_birth": """
date de naissance : [[date_of_birth]]
je suis né le [[date_of_birth]]
née le [[date_of_birth]]
""",
"customer_number": """
numéro client [[customer_number]]
mon n° de client est [[customer_number]]
mon matricule étudiant : [[customer_number]]
numéro d'affiliation mutuelle [[customer_number]]
numéro de contrat leasing [[customer_number]]
""",
"card_expiry": """
valable jusqu'au [[card_expiry]]
expiration [[card_expiry]]
""",
"ip_address": """
mon adresse IP est [[ip_address]]
la connexion vient de [[ip_address]], ce n'est pas moi
""",
}

NEGC = """
J'ai appelé le [[!date]] à [[!time]] et on m'a dit que c'était réglé
facture [[!invoice_number]] de [[!amount]], il y a une erreur
numéro de dossier [[!ticket_number]]
le colis [[!tracking_number]] est bloqué depuis [[!quantity]]
selon [[!url]] j'aurais droit à [[!percentage]] de réduction
l'appli (version [[!version_string]]) affiche [[!error_code]]
votre service client au [[!company_phone]] ne répond jamais
les 4 derniers chiffres : [[!masked_value]]
"""

SITU = {
"optician": """
Mes nouvelles lunettes chez [[@brand]] ont [[!quantity]] de retard.
Mon appareil auditif ([[!model_number]]) siffle depuis la mise à jour [[!version_string]].
Le rendez-vous du [[!date]] à [[!time]] a été annulé sans prévenir.
""",
"car": """
Ma voiture de leasing devait passer au contrôle technique le [[!date]], rien n'a été fait.
Le voyant moteur s'allume, code [[!error_code]], kilométrage [[!meter_reading]].
Le garage m'a facturé [[!amount]] pour un entretien non effectué.
""",
"homecare": """
L'aide familiale n'est pas venue ce matin, ma mère attendait depuis [[!time]].
Le bouton d'alarme ([[!model_number]]) de mon père affiche une erreur.
L'infirmière à domicile a encore changé, c'est la [[!quantity]] ce mois-ci.
""",
"airline": """
Ma valise n'est pas arrivée avec le vol [[!flight_number]] du [[!date]].
Vol [[!flight_number]] annulé, je demande l'indemnisation de [[!amount]].
Mon bagage ([[!model_number]]) est perdu, dossier [[!ticket_number]].
""",
"university": """
Je ne peux plus me connecter au portail étudiant depuis le [[!date]].
Le loyer de mon kot a augmenté de [[!percentage]].
La garantie locative de [[!amount]] n'est toujours pas remboursée.
""",
"pharmacy": """
Ma prescription n'était pas prête, il me reste [[!quantity]].
Je suis en Espagne et la farmacia me demande [[!amount]] sans ordonnance.
On m'a donné le mauvais produit ([[!product_code]]).
""",
}

OPEN = """
Bonjour,
Bonsoir,
Salut,
Bonjour [[@brand]],
Re-bonjour,
Madame, Monsieur,
"""
CLOSE = """
Merci d'avance.
Merci de me répondre rapidement.
C'est inadmissible !!
Cordialement
Bonne journée
Vous pouvez m'aider ?
"""
EMAIL_GREET = """
Madame, Monsieur,
Bonjour,
Chère équipe [[@brand]],
Cher service clientèle,
"""
EMAIL_CLOSE = """
Cordialement,
Bien à vous,
Salutations distinguées,
Meilleures salutations,
Bien cordialement,
"""
SIG = """
[[@fullname]]
[[@fullname]]\\nGSM : [[phone]]
[[@fullname]]\\n[[address_full]]
[[@name]]\\nEnvoyé de mon iPhone
[[@fullname]]\\nTél. [[phone]] - [[email]]
"""
QUOTE = """
Le [[!date]] à [[!time]], Service clientèle [[@brand]] a écrit :
Le [[!date]] [[!time]], [[@brand]] a écrit :
-----Message d'origine-----\\nDe : [[@fullname]] <[[email]]>\\nEnvoyé : [[!date]] [[!time]]\\nÀ : Service clientèle\\nObjet : RE: dossier [[!ticket_number]]
---------- Message transféré ---------\\nDe : [[@fullname]] <[[email]]>\\nDate : [[!date]]\\nObjet : réclamation
"""
QBODY = """
Bonjour [[@name]],\\n\\nNous avons bien reçu votre demande (référence [[!ticket_number]]). Pourriez-vous nous communiquer votre numéro client et votre date de naissance ?\\n\\nCordialement,\\n[[@agent]]\\nService clientèle [[@brand]] - [[!company_phone]]
Bonjour [[@name]], votre remboursement de [[!amount]] sera versé sur le compte [[=iban]]. Cordialement, [[@agent]]
Bonjour [[@name]], nous vous recontacterons au [[=phone]] dans les [[!quantity]].\\n[[@agent]]
Madame, Monsieur,\\nNous avons noté votre nouvelle adresse : [[=address]].\\nBien à vous,\\n[[@agent]]
"""
DISC = """
Ce message et ses annexes sont confidentiels. Si vous l'avez reçu par erreur, merci d'en avertir l'expéditeur. Numéro d'entreprise [[!company_registration]].
Pensez à l'environnement avant d'imprimer cet e-mail.
"""
AGENT = """
Bonjour [[@name]], désolés pour ce désagrément. Pouvez-vous nous envoyer votre numéro client en message privé ? ^[[@initials]]
Bonjour [[@name]], nous avons ajouté votre numéro [[=phone]] au dossier [[!ticket_number]]. Bonne journée, [[@agent]]
Bonjour [[@name]], votre valise sera livrée demain au [[address_full]] entre [[!time]] et [[!time]]. [[@agent]]
Bonjour {first_name}, ne partagez jamais votre code PIN ou mot de passe ici. Appelez-nous au [[!company_phone]] ou consultez [[!url]]. ^[[@initials]]
Bonjour [[@name]], le remboursement de [[!amount]] est effectué sur le compte [[=iban]]. Cordialement, [[@agent]] - [[@brand]]
Bonjour [[@name]], voici votre code temporaire : [[otp]]. Il est valable [[!quantity]]. [[@agent]]
"""
PUBLIC = """
[[!mention]] toujours aucune réponse après [[!quantity]] [[!hashtag]]
[[!mention]] c'est une honte, dossier [[!ticket_number]] [[!hashtag]]
[[!mention]] quelqu'un peut m'aider ?? [[!hashtag]]
[[!mention]] service client inexistant [[!hashtag]] [[!hashtag]]
"""

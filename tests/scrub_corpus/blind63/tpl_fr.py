"""Belgian French templates (some with German bits, East Belgium / German platforms)."""

CHAT = {
"crypto": """
Bonjour {brand}, ça fait une semaine que ma vérification d'identité est "en cours". Selfie refait <quantity:times>. Mon numéro client: [customer_number]. Ticket <ticket_number>
~~
On me demande mon numéro de registre national pour le KYC?? ok: [bsn:rrn] . Date de naissance [date_of_birth]. Débloquez mon compte svp
~~
j'ai collé ma clé API dans un forum par erreur... clé [api_key] et secret [api_key:b64]. vous pouvez la révoquer? merci
~~
Le code SMS [otp] ne marche pas, message d'erreur <error_code>. Mon nouveau numéro c'est le [phone]
~~
<mention> compte bloqué depuis le <date> alors que j'ai envoyé ma carte d'identité ET un justificatif de domicile. <hashtag> <hashtag>
""",
"bank": """
Bonjour, ma carte est bloquée après 3 codes PIN erronés. Le nouveau code que je veux c'est [pin:4]. Carte [card], exp [card_expiry], cryptogramme [cvv]
~~
Pour l'ouverture de compte chez {brand} on me demande une preuve d'adresse. J'habite au [address] depuis <year>, mais la facture est au nom de ma mère. Ça passe?
~~
Mon IBAN [iban] est refusé pour le virement de salaire. Vérif <request_id>. Tél: [phone]
~~
Le selfie vidéo ne marche pas sur mon <model_number> (version <version_string>). Identifiant [username], né le [date_of_birth]
""",
"bet": """
Bonjour, pour retirer mes gains (<amount>) vous demandez une copie recto-verso de ma carte d'identité. Mon compte: [username], IBAN [iban]
~~
La vérification EPIS dit que je suis exclu, c'est faux. Registre national [bsn:rrn], née le [date_of_birth]. Merci de corriger
~~
j'ai oublié mon mot de passe, le code de réinitialisation [otp] est expiré. mon mail [email]
""",
"car": """
Bonjour {brand}, je suis devant la voiture et le code du boîtier à clés [pin] ne fonctionne pas. Réservation <order_number>. Rappelez-moi au [phone] svp!!
~~
Mon permis a été scanné mais l'appli dit "selfie non conforme" (<error_code>). Numéro de membre [customer_number], mail [email]
~~
Arrivée à Zaventem vol <flight_number> à <time>. Caution de <amount> sur la carte [card]? elle expire [card_expiry]
""",
"market": """
Un acheteur sur {brand} me demande d'envoyer ma carte d'identité et un selfie au [phone] sur WhatsApp. Arnaque? Annonce <order_number>
~~
Mon compte {brand} est suspendu "pour vérification". Pseudo [username], IBAN de versement [iban]. J'ai déjà envoyé <quantity>!
""",
"telecom": """
Au magasin {brand} on a scanné ma carte d'identité pour la nouvelle SIM. Maintenant mon numéro [phone] ne marche plus et le code PUK [puk] est refusé.
~~
Le technicien a changé le mot de passe wifi: réseau {ssid}, clé [wifi_key]. Login admin du modem [username] / [password]. N° client [customer_number]
~~
Guten Tag, ich wohne in Eupen und spreche kein Französisch gut. Meine Kundennummer ist [customer_number], Handy [phone]. Die SIM-PIN [pin:4] wird nicht akzeptiert. Danke!
""",
}

EMAIL_BODY = {
"crypto": """
Suite à votre demande, voici les informations pour la vérification de mon compte :

Nom : {fullname}
Date de naissance : [date_of_birth]
Adresse : [address]
N° de registre national : [bsn:rrn]
Téléphone : [phone]
IBAN : [iban]

Vous trouverez en annexe ma carte d'identité (recto/verso) et une facture d'électricité. Le montant bloqué est de <amount>.
~~
Je ne reçois pas le code de vérification par e-mail. Le dernier reçu était [otp] le <date> à <time>, mais il était déjà expiré. Mon adresse de connexion est [email] et mon numéro de compte [customer_number].
""",
"bank": """
Votre conseiller m'a dit de tout envoyer par e-mail. Mon nouveau numéro de portable est [phone] (l'ancien était [phone]). Mon numéro de client [customer_number]. Je ne souhaite pas envoyer mon numéro national par e-mail, pourquoi est-ce nécessaire?
""",
"telecom": """
Lors de la souscription dans votre boutique de {city}, on m'a demandé ma carte d'identité. Le vendeur l'a photographiée avec son téléphone. Est-ce légal? Mon numéro client [customer_number], mon adresse [address]. Le numéro de la carte se termine par <masked_value>.
""",
"bet": """
Mon compte ([username]) a été bloqué après un gain de <amount>. J'ai envoyé :
- ma carte d'identité
- un extrait de compte avec l'IBAN [iban]
- une facture avec mon adresse ([address])
Qu'attendez-vous encore?
""",
}

AGENT = {
"any": """
Bonjour {name}, désolé pour l'attente. Ne partagez jamais votre numéro national en public. Envoyez-nous un message privé avec votre numéro client svp. ^{agent}
~~
Bonjour {name}, votre compte [customer_number] est de nouveau actif. Le virement vers [iban] suivra sous <quantity:dur>. Cordialement, {agent}
~~
Bonjour {macro}, nous avons bien reçu vos documents le <date>. Le délai de traitement est de <quantity:dur>. Dossier <ticket_number>. {agent} - <company_phone>
~~
Merci {name}. Un nouveau code a été envoyé au [phone]. Ne communiquez ce code à personne. Bonne journée, {agent}
~~
Bonjour, votre mot de passe a été publié dans votre message. Supprimez-le et changez-le immédiatement via <url>. ^{agent}
~~
Bonjour {name}, l'adresse [address] a bien été enregistrée. Votre nouvelle carte arrivera sous <quantity:dur>. {agent}, {brand} - BCE <company_registration>
""",
}

FRAMES = {
"subject": """
Objet : Vérification d'identité
~~
Objet : TR: documents KYC
~~
Objet : RE: votre dossier <ticket_number>
~~
Objet : compte bloqué !!!
""",
"greet": """
Bonjour,
~~
Madame, Monsieur,
~~
Bonjour {brand},
~~
Bonsoir,
""",
"close": """
Cordialement,
{fullname}
~~
Bien à vous,
{name}
[phone]
~~
Merci d'avance,
{fullname}
[address]
~~
Bàv
{name}
Envoyé de mon iPhone
""",
"quotehead": """
Le <date> à <time>, {brand} Service Clients a écrit :
~~
-----Message d'origine-----
De : {brand} Support
Envoyé : <date> <time>
~~
Am <date> um <time> schrieb {brand} Kundenservice:
~~
---------- Message transféré ---------
De : {fullname} {lt}[email]{gt}
Date : <date>
""",
"disclaimer": """
Ce message est confidentiel. S'il ne vous est pas destiné, merci de le supprimer.
~~
Pensez à l'environnement avant d'imprimer ce mail.
""",
}

CHAT["crypto"] += """~~
Le support m'a demandé mon token de session: [token] . C'est normal?? connexion suspecte depuis [ip_address]
~~
Le code c'est [otp:words] , je vous le dicte car je n'arrive pas à copier. Mon portable: [phonew]
"""
CHAT["telecom"] += """~~
Nouvelle carte SIM (<product_code>): PUK [puk], PIN [pin:4]. Facture <invoice_number>. Il me reste <percentage> de batterie
~~
Empreinte du fichier envoyé: <checksum>. Vous dites qu'il est illisible. IP [ip_address] port <port>. N° client [customer_number]
"""
EMAIL_BODY["bank"] += """~~
Le lien de réinitialisation ne marche pas : https://secure.{brand}.be/reset?t=[token:hex]
Mon ancien mot de passe était [password], je voulais mettre [password]. Mon identifiant est [username].
Justificatif de domicile: facture d'énergie, code EAN [customer_number:ean], index <meter_reading>.
"""
CHAT["market"] += """~~
J'ai rempli le formulaire "{brand} paiement sécurisé": carte [card], expiration [card_expiry], CVV [cvv]. Et mon mot de passe [password]. C'était une arnaque?
"""
CHAT["bank"] += """~~
SMS transféré: "Votre code {brand} est [otp]. Ne le partagez jamais." Je n'ai rien demandé!! mon numéro [phone]
~~
Non, je n'enverrai pas mon numéro national par chat. Mon numéro client [customer_number] devrait suffire. Appelez-moi: [phone]
"""
CHAT["crypto"] += """~~
Voici mes infos:
Nom {fullname}
Né le [date_of_birth]
NN [bsn:rrn]
IBAN [iban]
Adresse [address]
Tél [phone]
"""
CHAT["telecom"] += """~~
Hallo, ich habe mein Passwort vergessen. Benutzername [username], neue Passwort soll [password] sein. Kundennummer [customer_number]. Merci!
"""
AGENT["any"] += """~~
Bonjour {name}, votre selfie était flou (<error_code>). Pouvez-vous le refaire via l'application (version <version_string> minimum)? Compte [customer_number]. ^{agent}
"""
AGENT["any"] += """~~
Bonjour {name}, pour toute urgence appelez le <company_phone> (24h/24). Votre vol <flight_number> est bien noté sur la réservation. Bien à vous, {agent}
"""
CHAT["car"] += """~~
Mon vol <flight_number> a du retard, j'arrive vers <time>. Le comptoir reste ouvert? Réservation <order_number>. Tél [phone]
"""

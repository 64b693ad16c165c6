"""Belgian French (fr-be) templates."""

T = [
    # chat
    ("chat", "Bonjour, ma carte bancaire est bloquée à ⟦abroad⟧ après 3 essais au distributeur. Le code PIN c'est ⟦pin:4⟧ j'en suis sûre. Vous pouvez la débloquer svp? Je rentre le ⟦!date⟧"),
    ("chat", "slt ma carte marche pas en france au péage, il demande le code ⟦pin⟧ et ça affiche erreur ⟦!error_code⟧"),
    ("chat", "Je suis frontalier, j'habite à Tournai et je travaille à Lille. Le code de confirmation arrive sur mon numéro français ⟦phone:fr⟧ mais pas sur le belge ⟦phone:be⟧"),
    ("chat", "voici le code reçu par sms : ⟦otp⟧"),
    ("chat", "⟦otp:6⟧ c'est bon?"),
    ("chat", "Le code du lecteur de carte: ⟦otp:8⟧. Mais itsme me dit que la session a expiré (réf ⟦!request_id⟧)"),
    ("chat", "mon numéro de registre national est ⟦bsn:rrn⟧ et j'ai aussi une carte d'identité française ⟦passport:fr⟧, lequel je dois mettre?"),
    ("chat", "Bonjour, je veux changer ma domiciliation vers mon compte luxembourgeois ⟦iban:lu⟧, numéro client ⟦customer_number⟧"),
    ("chat", "J'ai payé ⟦!amount⟧ pour un hôtel à ⟦abroad⟧ avec ma carte ⟦card⟧ mais la réservation ⟦!order_number:hotel⟧ n'apparaît pas"),
    ("chat", "ma date d'expiration c'est ⟦card_expiry⟧ et le cryptogramme ⟦cvv⟧, le site allemand refuse quand même"),
    ("chat", "Mon GSM a été volé à ⟦abroad⟧ 😭 le code PUK est ⟦puk⟧ selon le papier de la carte SIM. Numéro ⟦phone:be⟧"),
    ("chat", "je suis au Maroc et pas de réseau, itinérance activée pourtant. numéro ⟦phone:be⟧, forfait ⟦!quantity:data⟧"),
    ("chat", "Bonjour, l'eSIM ne s'active pas sur mon ⟦!model_number:phone⟧. Le code d'activation ⟦otp⟧ est refusé, erreur ⟦!error_code⟧"),
    ("chat", "mot de passe wifi: ⟦wifi_key⟧\nle réseau ⟦ssid⟧ apparaît mais ma coloc espagnole ne sait pas se connecter"),
    ("chat", "J'ai réinitialisé le modem, maintenant le mot de passe admin est ⟦password:router⟧ et la clé wifi ⟦wifi_key⟧"),
    ("chat", "identifiant ⟦username⟧ mdp ⟦password⟧ ça marche pas depuis l'étranger"),
    ("chat", "Mon nouveau mot de passe: ⟦password⟧ (l'ancien était ⟦password⟧) et toujours 'identifiants incorrects'"),
    ("chat", "le mdp temporaire ⟦password:temp⟧ reçu à ⟦!time⟧ ne fonctionne plus"),
    ("chat", "Bonjour je déménage au Luxembourg le ⟦!date⟧, nouvelle adresse: ⟦address:lu⟧. Index compteur ⟦!meter_reading⟧"),
    ("chat", "J'habite maintenant en Espagne, ⟦address:es⟧, tél ⟦phone:es⟧. Pouvez-vous envoyer la carte là-bas?"),
    ("chat", "Mon adresse mail c'est ⟦email⟧ et pas ⟦!masked_value:mail⟧, vous avez une faute dans le dossier"),
    ("chat", "né le ⟦date_of_birth⟧, numéro de client ⟦customer_number⟧"),
    ("chat", "colis ⟦!tracking_number⟧ bloqué à la douane UK, je dois payer ⟦!amount⟧?? Mon adresse c'est ⟦address:be⟧"),
    ("chat", "Mon billet Bruxelles-Amsterdam (⟦!ticket_number⟧) a été annulé à cause de la grève. remboursement sur ⟦iban:be⟧ svp"),
    ("chat", "désolé je me suis trompé, c'est ⟦pin:4@a⟧ et pas ⟦pin:swap-a⟧"),
    ("chat", "le code c'est ⟦pin:spelled⟧"),
    ("chat", "Vol ⟦!flight_number⟧ annulé, réservation ⟦!order_number:pnr⟧, personne ne répond au ⟦!company_phone⟧"),
    ("chat", "Pourquoi ma facture ⟦!invoice_number⟧ fait ⟦!amount⟧? J'étais en Turquie une semaine, c'est hors UE apparemment"),
    ("chat", "Je n'ai jamais reçu de code PIN pour ma nouvelle carte, vous pouvez le renvoyer?"),
    ("chat", "mon IP c'est ⟦ip_address⟧, le VPN du boulot (port ⟦!port⟧) coupe tout le temps depuis ⟦!date⟧"),
    ("chat", "Notre clé API pour le module de paiement: ⟦api_key:stripe⟧. Depuis la mise à jour ⟦!version_string⟧ plus rien ne passe"),
    # public
    ("public", "⟦!mention⟧ encore un train supprimé vers Lille, ⟦!time⟧ et toujours rien ⟦!hashtag⟧"),
    ("public", "⟦!mention⟧ ma carte est bloquée en Espagne, code PIN ⟦pin⟧ refusé partout. Aidez-moi svp"),
    ("public", "⟦!mention⟧ vous pouvez me rappeler au ⟦phone⟧? ça fait ⟦!quantity:n⟧ jours que j'attends"),
    ("public", "⟦!mention⟧ hausse de ⟦!percentage⟧ sur ma facture, bravo ⟦!hashtag⟧"),
    ("public", "⟦!mention⟧ j'ai envoyé mon numéro client ⟦customer_number⟧ en MP, merci de répondre"),
    ("public", "⟦!mention⟧ vol ⟦!flight_number⟧ retardé de 5h et aucune info, inadmissible"),
    # agent
    ("agent", "Bonjour ⟦name⟧, désolés pour ce désagrément. Ne communiquez jamais votre code PIN, même à nous. Pour bloquer votre carte depuis l'étranger, appelez le ⟦!company_phone⟧. Bien à vous, ⟦agent⟧"),
    ("agent", "Bonjour ⟦name⟧, votre code PUK est ⟦puk⟧. Après 10 essais erronés la carte SIM sera bloquée définitivement. ⟦agent⟧"),
    ("agent", "Bonjour ⟦name⟧, j'ai bien modifié votre adresse en ⟦address@a⟧. Votre prochaine facture sera envoyée au ⟦address@a⟧. Belle journée, ⟦agent⟧"),
    ("agent", "Bonjour, pourriez-vous nous envoyer en message privé votre numéro client et votre date de naissance? Nous vérifierons le dossier ⟦!ticket_number⟧. ⟦agent⟧"),
    ("agent", "Bonjour ⟦name⟧, le code de vérification a été envoyé au ⟦!masked_value:phone⟧. S'il ne vous parvient pas, vérifiez l'itinérance. ⟦agent⟧"),
    ("agent", "Bonjour ⟦name⟧, votre remboursement de ⟦!amount⟧ sera versé sur le compte ⟦iban⟧ d'ici le ⟦!date⟧. Cordialement, ⟦agent⟧"),
    ("agent", "Bonjour ⟦name⟧, votre mot de passe temporaire est ⟦password:temp⟧. Modifiez-le dès votre première connexion sur ⟦!url⟧. ⟦agent⟧"),
    # email
    ("ebody", "Lors de mon séjour à ⟦abroad⟧, ma carte de débit a été avalée par un distributeur. J'ai ensuite essayé de payer via l'application, mais le code de sécurité a été envoyé à mon ancien numéro ⟦phone⟧. Le code reçu finalement, ⟦otp⟧, avait déjà expiré.\n\nMon numéro de compte est ⟦iban:be⟧. Pourriez-vous envoyer une nouvelle carte à l'adresse suivante : ⟦address⟧ ?"),
    ("ebody", "Je suis frontalier et je travaille au Luxembourg depuis ⟦!year⟧. Pour le remboursement des soins, voici mes données :\n\nNuméro de registre national : ⟦bsn:rrn⟧\nDate de naissance : ⟦date_of_birth⟧\nAdresse : ⟦address:be_ml⟧\nIBAN : ⟦iban:lu⟧\nTéléphone : ⟦phone:lu⟧"),
    ("ebody", "Je constate ⟦!quantity:n⟧ paiements frauduleux sur ma carte Visa ⟦card:visa⟧ (expiration ⟦card_expiry⟧), effectués en Pologne pour un total de ⟦!amount:pln⟧. Je n'ai jamais mis les pieds là-bas. J'ai fait opposition via ⟦!company_phone⟧ le ⟦!date⟧ à ⟦!time⟧."),
    ("ebody", "Depuis mon déménagement à Bruxelles, je n'arrive plus à me connecter. Mon identifiant est ⟦username⟧ et le code unique est envoyé sur mon numéro britannique ⟦phone:uk⟧, que je n'utilise plus. Mon numéro belge est ⟦phone:be⟧ et mon adresse e-mail ⟦email⟧."),
    ("ebody", "La connexion internet de notre kot tombe tous les soirs vers ⟦!time⟧. Le modem est un ⟦!model_number⟧ (version ⟦!version_string⟧). La clé réseau est ⟦wifi_key⟧. Nous habitons ⟦address:be⟧."),
    ("ebody", "Suite à notre conversation téléphonique, je vous confirme mon nouveau numéro de compte pour la domiciliation : ⟦iban⟧. Mon numéro de client est ⟦customer_number⟧. L'ancien compte sera clôturé au ⟦!date⟧."),
    ("ectx", "J'ai déjà contacté votre service au ⟦!company_phone⟧ le ⟦!date⟧, sans résultat. On m'a donné le numéro de dossier ⟦!ticket_number⟧."),
    ("ectx", "Vous trouverez en pièce jointe la facture ⟦!invoice_number⟧ d'un montant de ⟦!amount⟧ ainsi qu'une capture d'écran de l'erreur."),
    ("ectx", "Je suis client depuis ⟦!year⟧ et je n'ai jamais eu de souci jusqu'ici. Je voyage beaucoup pour le travail (vol ⟦!flight_number⟧ chaque semaine), il est donc essentiel que tout fonctionne à l'étranger."),
    ("ectx", "Notre numéro d'entreprise est ⟦!company_registration:vatbe⟧ si vous en avez besoin pour la facturation."),
]

GREET = ["Madame, Monsieur,", "Bonjour,", "Bonjour ⟦agent⟧,", "Chère Madame, cher Monsieur,", "Bonsoir,"]
CLOSE = ["Cordialement,", "Bien à vous,", "Merci d'avance,", "Je vous prie d'agréer mes salutations distinguées.", "Bien cordialement,"]
SIGN = [
    "⟦fullname⟧\n⟦address:be_ml⟧\nGSM : ⟦phone:be⟧",
    "⟦fullname⟧\nN° client : ⟦customer_number⟧",
    "⟦fullname⟧\n⟦email⟧ – ⟦phone⟧",
    "⟦name⟧",
    "⟦fullname⟧\nEnvoyé de mon iPhone",
]
QHEAD = ["Le ⟦!date⟧ à ⟦!time⟧, Service clients <service@⟦domain⟧> a écrit :", "De : ⟦bank⟧ <noreply@⟦domain⟧>\nEnvoyé : ⟦!date⟧\nObjet : Votre demande ⟦!ticket_number⟧",
         "-------- Message transféré --------\nDate : ⟦!date⟧\nDe : ⟦telco⟧"]
QBODY = [
    "Cher client,\n\nNous avons bien reçu votre demande, enregistrée sous le numéro ⟦!ticket_number⟧. Nous revenons vers vous dans les meilleurs délais.\n\nCordialement,\nLe service clientèle",
    "Bonjour ⟦name⟧,\n\nPour des raisons de sécurité, votre carte a été bloquée. Contactez-nous au ⟦!company_phone⟧ ou rendez-vous sur ⟦!url⟧.\n\nBien à vous",
    "Bonjour,\n\nVotre code de vérification est <code>. Il est valable 10 minutes. Ne le communiquez à personne.",
]

T += [
    ("chat", "le code de sécurité au dos c'est ⟦cvv⟧, la carte expire en ⟦card_expiry⟧. commande ⟦!order_number⟧ toujours refusée"),
    ("chat", "Article ⟦!product_code⟧ commandé depuis la France, livré en Belgique sans notice. J'ai payé avec ⟦card:visa⟧ cvv ⟦cvv⟧"),
    ("chat", "j'ai téléchargé le firmware ⟦!version_string⟧, somme de contrôle ⟦!checksum⟧ différente du site, c'est grave?"),
    ("agent", "Bonjour ⟦name⟧, l'article ⟦!product_code⟧ n'est malheureusement pas livrable au Luxembourg. Le montant de ⟦!amount⟧ vous sera remboursé. ⟦agent⟧"),
    ("ebody", "J'ai exporté mes relevés (empreinte MD5 ⟦!checksum⟧) et je constate un prélèvement de ⟦!amount⟧ de ⟦shop⟧ que je ne reconnais pas, sur la carte ⟦card:mc⟧ (CVC ⟦cvv⟧ que je n'ai donné à personne)."),
    ("chat", "Je suis étudiante Erasmus à Liège, mon identifiant c'est ⟦username⟧ et le code reçu sur mon numéro polonais ⟦phone:pl⟧ est ⟦otp⟧"),
    ("chat", "mon compte allemand ⟦iban:de⟧ n'est pas accepté pour la domiciliation, pourquoi? j'habite à Eupen"),
    ("chat", "Bonjour, j'ai un nouveau numéro turc ⟦phone:tr⟧ pendant les vacances, le code SMS n'arrive pas. Client ⟦customer_number⟧"),
]

T += [
    ("chat", "Client depuis ⟦!year⟧ et ma carte ne marche plus aux Pays-Bas?? elle finit par ⟦!masked_value:card⟧"),
    ("public", "⟦!mention⟧ client depuis ⟦!year⟧ et voilà comment on est traité ⟦!hashtag⟧"),
    ("chat", "mon mdp c'était ⟦password⟧ je crois, ou peut-être avec un ! à la fin"),
    ("chat", "j'ai un compte sur votre appli avec l'identifiant ⟦username⟧, le code par sms ⟦otp⟧ arrive mais ensuite erreur ⟦!error_code⟧"),
]

T += [
    ("chat", "Le port ⟦!port⟧ est bloqué depuis le changement de box, mon IP publique c'est ⟦ip_address⟧. Je bosse à distance pour une boîte luxembourgeoise"),
]

T += [
    ("chat", "code digipass: ⟦otp:8⟧\nça marche pas"),
    ("chat", "notre clé API pour la synchro des commandes c'est ⟦api_key⟧, elle ne fonctionne plus depuis le ⟦!date⟧ (erreur ⟦!error_code:7⟧)"),
    ("chat", "Le token d'accès expire toutes les heures: ⟦token⟧. C'est normal?"),
    ("chat", "mon pseudo c'est ⟦username⟧ et je peux plus me connecter depuis que je suis en Erasmus à Barcelone"),
    ("chat", "Le code d'accès de l'immeuble pour le livreur: ⟦pin:4⟧. Colis ⟦!tracking_number⟧, je suis absente jusqu'au ⟦!date⟧"),
    ("chat", "PUK ⟦puk⟧ accepté, maintenant il veut un nouveau code PIN. je mets ⟦pin:4⟧?"),
    ("chat", "la clé wifi du kot c'est ⟦wifi_key⟧, mais le technicien a dit de la changer. comment on fait?"),
    ("chat", "j'ai reçu ⟦otp⟧ par SMS alors que je n'ai rien demandé, c'est une arnaque?"),
    ("agent", "Bonjour ⟦name⟧, votre numéro a bien été modifié en ⟦phone@n⟧. Les codes de confirmation seront désormais envoyés au ⟦phone@n⟧. ⟦agent⟧"),
    ("agent", "Bonjour ⟦name⟧, nous voyons une panne dans votre région (réf. ⟦!ticket_number⟧). Redémarrez votre ⟦!model_number⟧ après ⟦!time⟧. ⟦agent⟧"),
    ("public", "⟦!mention⟧ comment je reçois le code si je suis à l'étranger avec une carte SIM locale?? ⟦!hashtag⟧"),
    ("ebody", "Mon fils étudie à Cracovie et possède une carte liée à mon compte (⟦iban:be⟧). Sa carte a été bloquée après trois codes erronés au distributeur. Il pense avoir tapé ⟦pin:4@a⟧ au lieu de ⟦pin:swap-a⟧. Il est joignable sur son numéro polonais ⟦phone:pl⟧."),
    ("ebody", "Je suis marocaine et je vis à Bruxelles depuis ⟦!year⟧. Je souhaite ajouter le compte de ma mère au Maroc comme bénéficiaire, mais votre application n'accepte pas son numéro ⟦phone:ma⟧ pour la vérification. Mon numéro de registre national est ⟦bsn:rrn⟧ et mon adresse ⟦address:be⟧."),
    ("ectx", "Nous séjournons à l'⟦hotel⟧ jusqu'au ⟦!date⟧ (réservation ⟦!order_number:hotel⟧), donc le courrier à domicile ne sera lu qu'après."),
]

T += [
    ("chat", "code:⟦otp:6⟧!!!"),
    ("chat", "iban=⟦iban:be⟧;merci"),
    ("chat", "Je pars au Maroc le ⟦!date⟧ pour un mois. Est-ce que ma carte fonctionnera là-bas sans rien faire?"),
]

T += [
    ("ectx", "Le fichier exporté est en pièce jointe (SHA-256 : ⟦!checksum⟧), pour prouver qu'il n'a pas été modifié."),
    ("ectx", "Pour info, l'empreinte md5 du journal joint est ⟦!checksum⟧."),
]

T += [
    ("chat", "ma carte expire le ⟦card_expiry⟧ et je serai en stage à ⟦abroad⟧, vous pouvez envoyer la nouvelle là-bas?"),
    ("chat", "Date d'expiration: ⟦card_expiry⟧\nnuméro: ⟦card⟧\nc'est pour la caution de l'appart à Lille"),
    ("chat", "date de naissance ⟦date_of_birth⟧, je suis née au Maroc, votre formulaire refuse ma ville de naissance"),
]

T += [
    ("ectx", "Je prends le vol ⟦!flight_number⟧ le ⟦!date⟧ et je ne serai joignable que par e-mail jusqu'à mon retour."),
    ("chat", "facture ⟦!invoice_number⟧ déjà payée depuis mon compte français, pourquoi un rappel? TVA société ⟦!company_registration:vatfr⟧"),
    ("chat", "Vol ⟦!flight_number⟧ dérouté vers Charleroi, je dois payer le bus ⟦!amount⟧ et ma carte est refusée, PIN ⟦pin⟧"),
]

# Belgian French (fr-be) phrasings. Each list is dealt alternately to dev / heldout.

FR_CHAT = [
    "Bonjour, le code de la barrière [[pin:door]] ne fonctionne pas, réservation [[!order_number]]",
    "bjr je n'arrive plus à me connecter, identifiant [[username]] mot de passe [[password]]",
    "Le code reçu par SMS est [[otp]] mais l'appli affiche [[!error_code]]",
    "mon numéro de membre c'est [[customer_number]], je voudrais résilier au [[!date]]",
    "j'ai payé la caution avec ma carte [[card]] exp [[card_expiry]] cryptogramme [[cvv]] et toujours rien",
    "Le casier n°27 reste bloqué, j'avais mis le code [[pin]] 😩",
    "le mot de passe wifi du gîte ({ssid}) c'est bien [[wifi_key]] ? ça ne passe pas",
    "Pouvez-vous rembourser sur le compte [[iban]] au nom de {name} svp ? montant [[!amount]]",
    "code alarme [[pin]], code boîte à clés [[pin:door]], on arrive vers [[!time]]",
    "j'ai reçu un code de vérification [[otp]] alors que j'ai rien demandé, mon compte [[username]] est piraté ?",
    "nouveau mdp : [[password]]\nl'ancien : [[password]]\nversion de l'appli [[!version_string]]",
    "mon numéro de registre national est [[bsn]], c'est obligatoire pour l'inscription au club ?",
    "date de naissance [[date_of_birth]], carte de membre [[customer_number]]",
    "Livraison des vélos à [[address]] svp, entre [[!time]] et [[!time]]",
    "[[otp]] c'est le code. commande [[!order_number]] de [[!amount]]",
    "pardon c'est [[pin]] pas [[pin]] 🙈",
    "mon nouveau gsm c'est le [[phone]], mail [[email]]",
    "j'ai acheté [[!quantity:tickets]] ([[!ticket_number]]) mais le QR ne s'affiche pas. login [[email]] mdp [[password]]",
    "mon adresse IP c'est [[ip_address]] si ça aide, l'appli est en [[!version_string]]",
    "CARTE [[card]] DÉBITÉE DEUX FOIS !!! [[!amount]] chacune",
    "le code PUK c'est [[puk]] ? je suis bloquée depuis ce matin",
    "clé API pour notre intégration de réservation : [[api_key]] — on reçoit [[!error_code]] depuis le [[!date]]",
    "je vous donne mon code : [[otp:spell]]",
    "identifiant : [[username]]\nmot de passe : [[password]]\nça marche pas depuis la mise à jour",
]

FR_PUBLIC = [
    "[[!mention]] toujours pas de remboursement pour la réservation [[!order_number]] [[!hashtag]]",
    "Merci [[!mention]] pour ce super week-end ! [[!percentage]] de réduction avec [[!product_code]] 😍",
    "[[!mention]] votre appli plante à la connexion, [[!error_code]] [[!hashtag]]",
    "[[!mention]] rappelez-moi au [[phone]], votre [[!company_phone]] ne répond jamais",
    "[[!mention]] je reçois des codes [[otp]] sans rien demander, c'est normal ??",
]

FR_AGENT = [
    "Bonjour {first}, pour votre sécurité ne partagez jamais votre code par message. Appelez-nous au [[!company_phone]], dossier [[!ticket_number]]. Bonne journée, {agent}",
    "Bonjour {first}, votre caution de [[!amount]] a été libérée le [[!date]] sur la carte [[!masked_value]]. Cordialement, {agent}",
    "Bonjour {first}, votre mot de passe provisoire est [[password]]. Merci de le modifier dès la connexion. {agent}",
    "Bonsoir {first}, le code de la boîte à clés est [[pin:door]]. Arrivée possible dès [[!time]]. Bon séjour ! {agent}",
    "Merci {first} ! Votre abonnement [[customer_number]] est suspendu jusqu'au [[!date]]. La facture [[!invoice_number]] vous sera envoyée. {agent}",
    "Bonjour, avec le code [[!product_code]] vous bénéficiez de [[!percentage]] sur votre prochaine location. Infos sur [[!url]]. {agent}",
]

FR_EMAIL = [
    "Le [[!date]], j'ai réservé un bungalow pour [[!quantity]] (référence [[!order_number]]) et payé un acompte de [[!amount]] avec ma carte [[card]], date d'expiration [[card_expiry]]. Le montant a été débité deux fois. Merci de rembourser la différence sur mon compte [[iban]].",
    "Depuis la mise à jour [[!version_string]], impossible de me connecter. Mon identifiant est [[username]] et j'ai réinitialisé le mot de passe en [[password]], sans succès (erreur [[!error_code]]). Numéro de membre : [[customer_number]].",
    "À notre arrivée, le code d'accès [[pin:door]] ne fonctionnait pas. La réception était fermée et le numéro d'urgence [[!company_phone]] ne répondait pas. Nous avons attendu jusqu'à [[!time]] avec deux enfants.",
    "Merci de mettre à jour mes coordonnées :\n[[address]]\nTél. [[phone]]\nE-mail : [[email]]\nNé le [[date_of_birth]]\nN° client [[customer_number]]",
    "J'ai reçu ce matin un SMS avec le code [[otp]] puis un e-mail indiquant que mon mot de passe avait changé. Ce n'est pas moi ! Mon compte est [[email]]. Mon numéro de registre national : [[bsn]].",
    "Pour la location de voiture, j'ai laissé une caution par carte [[card]] ([[card_expiry]], CVC [[cvv]]). Le véhicule a été rendu le [[!date]] avec [[!meter_reading]] au compteur, et la caution est toujours bloquée.",
]

FR_CLEAN = [
    "Bonjour, la piscine est-elle ouverte le [[!date]] ? Nous serons [[!quantity]]",
    "Merci pour l'aide, tout est ok pour la réservation [[!order_number]] 👍",
    "où trouver la facture [[!invoice_number]] ? le lien [[!url]] ne marche pas",
    "Le colis avec le maillot du club n'est pas arrivé, suivi [[!tracking_number]]",
]

FR_BARE = [
    "[[otp]]",
    "c'est [[customer_number]]",
    "[[email]]",
    "[[pin]]",
]

FR_CHAT += [
    "ma carte SIM est bloquée, le PUK c'est [[puk]] selon le support",
    "code PUK : [[puk]]\nmais il me demande aussi un PIN2 ??",
    "clé wifi du bungalow [[wifi_key]], réseau {ssid}, ça marche pas sur le PC",
    "c'est quoi la clé réseau de {ssid} ? j'ai [[wifi_key]] de l'an [[!year]]",
    "mon pseudo dans l'appli c'est [[username]], ma réservation de padel à [[!time]] a disparu",
    "l'identifiant [[username]] n'existe pas d'après l'appli ?? depuis la version [[!version_string]]",
    "token d'accès pour le webhook ([[token]]) renvoie [[!error_code]] sur le port [[!port]]",
    "voici le jeton trouvé dans les logs : Bearer [[token]] , requête [[!request_id]]",
    "remboursez plutôt sur [[iban]]\npas sur [[!masked_value]]",
    "l'IBAN est faux dans l'appli, c'est [[iban]]. facture [[!invoice_number]]",
    "connexion bloquée depuis l'IP [[ip_address]] d'après votre site, erreur [[!error_code]]",
    "le livreur s'est trompé, j'habite [[address]]. commande [[!order_number]]",
    "né le [[date_of_birth]], membre depuis [[!year]], n° [[customer_number]]. pourquoi je dois me réinscrire ?",
    "relevé compteur au départ [[!meter_reading]], client [[customer_number]], pourquoi [[!amount]] en plus ?",
]
FR_EMAIL += [
    "En récupérant le vélo électrique (modèle [[!model_number]]), on m'a donné un code cadenas : [[pin]]. Au retour le [[!date]], la borne refusait le code et j'ai dû payer [[!amount]]. Mon numéro client est [[customer_number]], mon IBAN pour le remboursement [[iban]].",
    "Notre intégration partenaire utilise la clé suivante : [[api_key]]. Depuis le [[!date]] nous recevons [[!error_code]] sur le port [[!port]]. Somme de contrôle du fichier : [[!checksum]]. Numéro d'entreprise : [[!company_registration]].",
    "Ma fille (née le [[date_of_birth]]) souhaite s'inscrire au club de natation. Son numéro de registre national est [[bsn]], notre adresse [[address]]. Vous pouvez me joindre au [[phone]] ou à [[email]].",
    "Ma carte SIM est bloquée après trois essais. Le PUK sur le support est [[puk]] mais il ne passe pas. Je suis à l'hôtel sans réseau, merci de répondre à [[email]].",
]
FR_PUBLIC += [
    "[[!mention]] vol [[!flight_number]] raté à cause de votre navette, merci hein [[!hashtag]]",
]

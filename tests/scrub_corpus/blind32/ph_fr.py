# -*- coding: utf-8 -*-
"""Belgian French (fr-be) phrasings."""

P = {}

P["greet_c"] = ["Bonjour", "Bonsoir", "Bjr", "Salut", "Bonjour madame, monsieur", "Hello", "Bonjour, une question svp",
                "Coucou", "Bonjour à vous"]
P["greet_a"] = [
    "Bonjour {name}, {agent} du service clientèle de {brand}. Comment puis-je vous aider ?",
    "Bonjour ! Je m'appelle {agent}, merci de contacter {brand}.",
    "Bonsoir {name}, merci pour votre message. Je suis {agent} et je regarde ça avec vous.",
    "Hello {name} ! {agent} de l'équipe web ici 😊",
    "Bonjour, vous êtes en contact avec {agent}. J'ai bien reçu votre demande.",
    "Bonjour {name}, merci pour votre patience ! {agent} à votre service.",
    "Bonjour et bienvenue chez {brand}, ici {agent}. Que puis-je faire pour vous ?",
]
P["close_c"] = ["Super merci !", "Merci beaucoup {agent} !", "ok parfait", "Merci pour l'aide, bonne journée",
                "Ça remarche 👍", "Ok j'attends alors", "Merci, bonne soirée à vous aussi", "Enfin ! Merci", "Merci bien, à tantôt"]
P["close_a"] = ["Avec plaisir ! Excellente journée.", "Ravi(e) que ce soit réglé. Belle soirée, {agent}",
                "N'hésitez pas à revenir vers nous si besoin !", "Je clôture la conversation. Vous recevrez une petite enquête.",
                "Bon week-end !", "Tout est noté sous le dossier {ticket_number}. Bonne soirée !",
                "Merci pour votre patience et désolé pour le désagrément."]
P["ack_a"] = ["Merci, je regarde.", "Parfait, un instant.", "Bien noté, je vérifie.", "Merci ! Je contrôle dans notre système.",
              "Bien reçu 👍", "Ok, je vois votre compte.", "Je m'en occupe."]
P["fill_c"] = ["toujours là", "??", "allô ?", "ok", "Du nouveau ?", "désolé j'étais parti", "un moment on sonne", "oui",
               "et maintenant ?", "c'est long hein", "hein ?"]
P["fill_a"] = ["Un instant s'il vous plaît.", "Je suis toujours là, le système est un peu lent aujourd'hui.",
               "Merci pour votre patience !", "Je vérifie avec un collègue.", "Êtes-vous toujours là, {name} ?",
               "J'ai transmis au service technique.", "Désolé pour l'attente, il y a beaucoup de demandes."]
P["stall_c"] = ["attendez je cherche", "je dois regarder sur mon autre GSM", "c'est dans le tiroir, je vais chercher",
                "euh je trouve ça où ?", "je demande à mon mari", "je l'ai noté quelque part, une seconde", "un instant, mes lunettes"]
P["stall_a"] = ["Pas de souci, je patiente.", "Prenez votre temps.", "Il se trouve en général en haut de votre facture.",
                "Dites-moi quand vous l'avez.", "Vous le trouvez aussi dans l'appli sous Profil."]
P["refuse_c"] = ["Je préfère ne pas envoyer ça par le chat", "C'est vraiment nécessaire ? Je ne trouve pas ça très sûr",
                 "je peux pas plutôt le donner par téléphone ?", "je ne l'ai pas sous la main là"]
P["refuse_a"] = ["Aucun souci. Vous pouvez aussi nous appeler au {company_phone}.",
                 "Je comprends. Connectez-vous alors via {url} avec itsme.",
                 "Vous avez raison, nous ne demandons jamais votre code PIN.",
                 "Pas de problème, j'ouvre le dossier {ticket_number} et on vous rappelle."]
P["echo_mask_a"] = ["Merci, je vois le numéro se terminant par {vm}.", "Trouvé : {vm}, c'est bien ça ?", "J'ai noté {vm}.",
                    "Pour être sûr : il s'agit de {vm} ?", "Chez nous c'est {vm} qui est enregistré."]
P["echo_leak_a"] = ["Merci, j'ai noté {v}.", "Je vérifie : {v}, c'est correct ?", "J'essaie avec {v}.",
                    "D'accord, {v} est encodé.", "Avec {v} j'ai un message d'erreur."]
P["mismatch_a"] = ["Hmm, ça ne correspond pas à ce que je vois. Pouvez-vous vérifier ?",
                   "Je ne retrouve pas ces données.", "Ça ne semble pas correct, une faute de frappe peut-être ?",
                   "Pas de correspondance, vous avez peut-être un autre compte ?"]
P["ans_c"] = ["{v}", "{v}", "c'est {v}", "{v} je pense", "C'est {v}", "voilà : {v}", "euh {v}", "{v} normalement", "{v} !",
              "c'est {v} non ?"]
P["late_c"] = ["ah et le code de tout à l'heure : {v}", "Désolé je viens de voir. {v}", "trouvé : {v}",
               "ce que vous demandiez : {v}", "J'avais oublié de vous envoyer : {v}", "Pour votre question de tantôt : {v}"]
P["corr_c"] = ["pardon faute de frappe, c'est {v} pas {w}", "attendez, {w} c'est pas bon. C'est {v}", "oups, {v} je voulais dire",
               "correction : {v} (et pas {w})", "non {v}, l'autre ({w}) c'était mon ancien compte"]
P["askg_a"] = ["Puis-je avoir votre {what} ?", "Quel est votre {what} ?", "Pouvez-vous me communiquer votre {what} ?",
               "Pour vous identifier, j'ai besoin de votre {what}.", "Vous m'envoyez votre {what} ?"]

P["open:login"] = ["je n'arrive plus à me connecter à mon compte {brand}, il met toujours 'identifiants incorrects'",
                   "J'ai oublié mon mot de passe et le mail de réinitialisation n'arrive pas",
                   "Mon compte est bloqué après trop de tentatives. Code erreur {error_code}",
                   "Depuis la mise à jour de l'appli ({version_string}) je ne sais plus me connecter",
                   "Quelqu'un s'est connecté à mon compte je pense, j'ai reçu une alerte à {time}",
                   "Impossible de me connecter sur Mon {brand} depuis une semaine"]
P["open:otp"] = ["Je ne reçois pas le code SMS pour me connecter", "le code de vérification ne marche pas, il dit 'code expiré'",
                 "Nouveau GSM et maintenant la double authentification ne fonctionne plus",
                 "Pourquoi je reçois des codes alors que je n'essaie pas de me connecter ??",
                 "Le digipass affiche un code mais l'appli le refuse"]
P["open:wifi"] = ["Nouveau modem reçu ({model_number}) mais le wifi ne marche pas", "internet coupe tout le temps, la lumière clignote en rouge",
                  "je ne connais plus le mot de passe wifi du modem", "Mon PC portable ne veut pas se connecter à {ssid}",
                  "Depuis la panne du {date} internet est super lent, j'ai {percentage} du débit",
                  "Je voudrais accéder à l'interface du modem mais le mot de passe admin ne passe pas"]
P["open:sim"] = ["Ma carte SIM est bloquée, j'ai tapé 3 fois le mauvais code PIN", "Mon GSM demande un code PUK, je le trouve où ?",
                 "J'ai reçu une nouvelle SIM mais elle n'est pas encore activée", "Transfert eSIM impossible, message d'erreur {error_code}",
                 "Ma fille a bloqué sa SIM, elle est sur mon abonnement"]
P["open:card"] = ["Ma carte bancaire a été avalée par le distributeur à {city}",
                  "Il y a des paiements que je ne reconnais pas sur mon compte, {amount} sur un site",
                  "J'ai perdu ma carte Bancontact, vous pouvez la bloquer ?", "Ma carte de crédit est refusée au moment de payer",
                  "Nouvelle carte reçue mais toujours pas le code PIN", "Le paiement sans contact ne passe plus avec ma carte"]
P["open:refund"] = ["J'ai renvoyé la commande {order_number} mais toujours pas été remboursé",
                    "J'attends depuis 3 semaines mon remboursement de {amount}", "Mauvais article reçu, je voudrais être remboursée",
                    "D'après le suivi, mon retour est arrivé chez vous le {date}",
                    "Payé deux fois la commande {order_number}, merci de rembourser la différence"]
P["open:delivery"] = ["Mon colis est 'en cours de livraison' depuis 4 jours", "Le livreur dit qu'il n'y avait personne mais j'étais là !",
                      "Est-ce que je peux encore changer l'adresse de livraison ? J'ai déménagé",
                      "Le colis {tracking_number} a été livré à une adresse que je ne connais pas",
                      "Ma commande {order_number} n'est toujours pas arrivée", "Je voudrais que le colis soit déposé dans un point relais"]
P["open:identity"] = ["Je dois mettre à jour mes données à la mutuelle", "Pourquoi vous demandez mon numéro de registre national ?",
                      "Je voudrais inscrire mon fils de 18 ans comme titulaire", "J'ai reçu un courrier disant que mes données ne sont pas correctes",
                      "Pour le remboursement je dois m'identifier, comment faire ?"]
P["open:energy"] = ["Je veux encoder mes index de compteur mais le site met une erreur",
                    "Mon acompte est passé à {amount} par mois, comment c'est possible ?",
                    "On déménage le {date}, comment je résilie le contrat ?", "La facture de régularisation est fausse, j'ai consommé beaucoup moins",
                    "Le compteur communicant affiche des valeurs bizarres"]
P["open:dev"] = ["Nos webhooks échouent depuis ce matin avec {error_code}",
                 "J'ai poussé notre clé API par erreur dans un repo public, on fait quoi ?",
                 "On reçoit 401 Unauthorized sur l'API alors que la clé est correcte",
                 "Comment faire une rotation du token sans interruption ?",
                 "Le sandbox ne répond pas comme la prod, request id {request_id}"]
P["open:device"] = ["J'ai oublié le code de déverrouillage de mon téléphone", "L'alarme bipe et demande un code que je n'ai plus",
                    "La tablette de ma mère est bloquée après une mise à jour", "Le code du casier à colis ne fonctionne pas",
                    "Je ne retrouve plus le code de mon nouveau {model_number}"]
P["open:billing"] = ["On m'a prélevé deux fois {amount} pour le même mois", "Je voudrais passer à la domiciliation",
                     "La facture {invoice_number} est fausse, il y a une option que je n'ai pas demandée",
                     "Ma domiciliation a échoué, je vais avoir des frais ?", "Pourquoi mon abonnement a augmenté de {percentage} ?"]
P["open:travel"] = ["Mon vol {flight_number} est annulé, comment être remboursé ?", "Je dois corriger le nom sur mon billet, il y a une faute",
                    "Bagage perdu après le vol {flight_number} du {date}", "Le check-in ne marche pas, l'appli affiche {error_code}",
                    "Mon train vers {city} a été supprimé, je veux un remboursement"]

P["ask:password"] = ["Quel mot de passe avez-vous mis sur le modem ?", "Que tapez-vous exactement comme mot de passe ? Attention aux majuscules.",
                     "Quel mot de passe temporaire avez-vous reçu ?", "Pouvez-vous m'envoyer le mot de passe utilisé, que je vérifie s'il respecte les règles ?"]
P["ask:pin"] = ["Quel code PIN avez-vous introduit ?", "Vous vous souvenez du code PIN de la SIM ? Il est sur le support.",
                "Quel code tapez-vous sur le clavier de l'alarme ?", "Avez-vous déjà changé le PIN ou c'est encore celui du courrier ?"]
P["ask:puk"] = ["Avez-vous le code PUK sous la main ? Il est sur la carte plastique de la SIM.", "Pouvez-vous m'envoyer le code PUK ?",
                "Quel PUK avez-vous essayé ?"]
P["ask:otp"] = ["Je viens de vous envoyer un code par SMS. Pouvez-vous me le communiquer ?",
                "Vous recevez maintenant un code de vérification par mail, vous pouvez me le donner ?",
                "Quel code voyez-vous dans l'appli ?", "Quel code affiche votre lecteur de carte ?"]
P["ask:wifi_key"] = ["Quelle clé de sécurité est indiquée sur l'autocollant sous le modem ?", "Que mettez-vous comme mot de passe wifi ?",
                     "Pouvez-vous vérifier la clé WPA au dos de la box ?"]
P["ask:username"] = ["Quel est votre nom d'utilisateur ?", "Avec quel identifiant vous connectez-vous ?",
                     "Quel login apparaît dans l'appli ?"]
P["ask:api_key"] = ["Quelle clé API utilisez-vous dans le header Authorization ?", "Pouvez-vous confirmer la clé qui est dans votre .env ?",
                    "Vous appelez l'endpoint avec la clé live ou test ?"]
P["ask:token"] = ["Pouvez-vous envoyer le token renvoyé par /oauth/token ?", "Quel bearer token envoyez-vous ?",
                  "Collez la réponse complète, avec l'access token."]
P["ask:card"] = ["Quel est le numéro de la carte à bloquer ?", "De quelle carte s'agit-il ? Le numéro complet svp.",
                 "Avec quelle carte avez-vous payé ?"]
P["ask:cvv"] = ["Et le code de sécurité au dos ?", "J'ai aussi besoin du CVC pour traiter le paiement.", "Quels sont les 3 chiffres au dos de la carte ?"]
P["ask:iban"] = ["Sur quel compte souhaitez-vous recevoir le montant ?", "Puis-je avoir votre IBAN pour le remboursement ?",
                 "Sur quel numéro de compte pouvons-nous rembourser ?", "Depuis quel compte la domiciliation doit-elle partir ?"]
P["ask:bsn"] = ["Puis-je avoir votre numéro de registre national pour vérification ?",
                "Quel est le numéro national de l'affilié ?", "Pouvez-vous me donner le NISS de votre fils ? Il est au dos de la carte d'identité."]
P["ask:card_expiry"] = ["Quelle est la date d'expiration de la carte ?", "Jusqu'à quand la carte est-elle valable ?"]
P["ask:email"] = ["À quelle adresse mail souhaitez-vous la confirmation ?", "Avec quelle adresse e-mail êtes-vous inscrit ?",
                  "Quelle est votre adresse mail, que je vous envoie un lien ?"]
P["ask:phone"] = ["À quel numéro pouvons-nous vous rappeler ?", "Quel est votre numéro de GSM ?", "À quel numéro envoyer le SMS ?",
                  "Un numéro où le livreur peut vous joindre ?"]
P["ask:address"] = ["Quelle est votre nouvelle adresse ?", "À quelle adresse livrer le colis ?", "Quelle est l'adresse d'installation ?",
                    "Pouvez-vous me donner rue, numéro et code postal ?"]
P["ask:date_of_birth"] = ["Quelle est votre date de naissance ?", "Puis-je avoir votre date de naissance pour contrôle ?",
                          "Date de naissance du titulaire ?"]
P["ask:ip_address"] = ["Pouvez-vous me donner votre adresse IP ?", "Quelle est l'IP publique de votre connexion ?"]
P["ask:customer_number"] = ["Quel est votre numéro de client ? Il est sur votre facture.", "Puis-je avoir votre numéro client ou de contrat ?",
                            "Quel est votre numéro d'abonné ?", "Avez-vous votre numéro de client sous la main ?"]

P["give:password"] = ["mon mot de passe c'est {password} mais il est refusé", "mdp : {password}",
                      "J'ai mis le nouveau mot de passe {password} et ça ne marche toujours pas",
                      "le mot de passe provisoire reçu ({password}) ne fonctionne pas",
                      "identifiant {username} et mot de passe {password}", "J'ai essayé {password} et {password#2}",
                      "Le mot de passe admin du modem, je l'ai changé en {password}"]
P["give:pin"] = ["mon code pin est {pin}", "J'ai tapé {pin}, c'est le code par défaut non ?", "le code de l'alarme c'est {pin}",
                 "pin {pin} ne marche plus depuis la nouvelle SIM", "Je croyais que c'était {pin} mais après 3 essais c'est bloqué",
                 "code de déverrouillage {pin}, j'en suis sûre"]
P["give:puk"] = ["le PUK c'est {puk} mais il dit invalide", "sur la carte il y a PUK {puk}", "trouvé le puk : {puk}",
                 "PUK1 {puk} et PUK2 {puk#2}", "j'ai mis {puk} mais rien"]
P["give:otp"] = ["j'ai reçu le code {otp} mais il ne marche pas", "Code de vérification : {otp}", "le sms dit {otp}, j'en fais quoi",
                 "J'ai entré {otp} et après erreur {error_code}", "reçu 2 codes, {otp} et {otp#2}, c'est lequel ?", "le digipass affiche {otp}"]
P["give:wifi_key"] = ["mot de passe wifi {wifi_key} ne marche pas", "Réseau {ssid}, clé {wifi_key}",
                      "sur l'autocollant il y a {wifi_key} mais il dit mot de passe incorrect", "j'ai changé le wifi en {wifi_key}",
                      "clé WPA : {wifi_key}"]
P["give:username"] = ["mon nom d'utilisateur est {username}", "identifiant : {username}", "je me connecte avec {username}",
                      "login {username}, depuis des années", "le pseudo {username} dit 'utilisateur inconnu'"]
P["give:api_key"] = ["on utilise cette clé : {api_key}", "la clé API {api_key} renvoie 401", "Dans notre .env : API_KEY={api_key}",
                     "clé qui a fuité : {api_key}, merci de la révoquer"]
P["give:token"] = ["Authorization: Bearer {token}", "token : {token}", "voici le token reçu : {token}",
                   "le token de déploiement {token} ne marche plus depuis le {date}"]
P["give:card"] = ["numéro de carte {card}", "c'est la carte de crédit {card}, valable jusqu'au {card_expiry}",
                  "Ma carte : {card} exp {card_expiry} cvc {cvv}", "le numéro complet c'est {card}", "j'ai payé avec la {card}"]
P["give:cvv"] = ["le cvc c'est {cvv}", "code au dos : {cvv}", "cryptogramme {cvv}", "CVV {cvv}"]
P["give:iban"] = ["mon numéro de compte est {iban}", "merci de rembourser sur {iban} au nom de {fullname}", "IBAN : {iban}",
                  "L'argent peut aller sur {iban}", "compte {iban}, celui de mon épouse"]
P["give:bsn"] = ["mon numéro de registre national est {bsn}", "NISS {bsn}", "numéro national de ma fille : {bsn}",
                 "j'ai encodé {bsn} comme numéro national mais le formulaire refuse"]
P["give:card_expiry"] = ["date d'expiration {card_expiry}", "valable jusqu'au {card_expiry}", "expire le {card_expiry}"]
P["give:email"] = ["mon mail c'est {email}", "vous pouvez m'écrire à {email}", "le compte est sur {email}", "adresse e-mail : {email}",
                   "envoyez-le à {email} svp", "mon ancienne adresse était {email}, la nouvelle c'est {email#2}"]
P["give:phone"] = ["rappelez-moi au {phone}", "mon numéro c'est le {phone}", "GSM : {phone}", "Je suis joignable au {phone} après {time}",
                   "tél {phone}"]
P["give:address"] = ["mon adresse est {address}", "nouvelle adresse : {address}", "livrer au {address} svp", "J'habite {address}",
                     "nous avons déménagé au {address}"]
P["give:date_of_birth"] = ["date de naissance {date_of_birth}", "je suis née le {date_of_birth}", "né le {date_of_birth}",
                           "ma date de naissance : {date_of_birth}"]
P["give:ip_address"] = ["mon ip c'est {ip_address}", "IP publique : {ip_address}", "je me connecte depuis {ip_address} port {port}"]
P["give:customer_number"] = ["numéro client {customer_number}", "mon numéro de client est {customer_number}", "n° client : {customer_number}",
                             "Contrat {customer_number}, index {meter_reading}", "numéro d'abonné {customer_number}"]

P["negc:gen"] = ["j'ai déjà appelé le {company_phone} mais après 40 minutes j'ai raccroché",
                 "Mon dernier dossier c'était {ticket_number} et rien n'a été fait", "C'est la troisième fois depuis le {date} que je vous contacte",
                 "J'ai déjà envoyé un message hier à {time}", "Voir mon mail du {date}, référence {ticket_number}"]
P["nega:gen"] = ["J'ai créé un dossier avec le numéro {ticket_number}.", "Vous pouvez aussi nous joindre au {company_phone} jusqu'à {time}.",
                 "Plus d'infos sur {url}.", "Votre demande a été enregistrée le {date} à {time}.",
                 "Nos collègues du support reviennent vers vous endéans les 48 heures, référence {ticket_number}."]
P["negc:tech"] = ["Code erreur {error_code} à l'écran", "J'ai la version {version_string} de l'appli",
                  "Le modem c'est un {model_number}, firmware {version_string}", "Message '{error_code}' depuis le {date}",
                  "La lumière clignote et l'appli indique {error_code}"]
P["nega:tech"] = ["Je vois que votre modem ({model_number}) est encore en firmware {version_string}.",
                  "L'erreur {error_code} signifie que la connexion est refusée.", "Ouvrez le port {port} sur votre modem et réessayez.",
                  "Mettez l'appli à jour en version {version_string}.", "Une panne est en cours dans votre zone, résolution prévue vers {time}."]
P["negc:shop"] = ["Numéro de commande {order_number}", "suivi : {tracking_number}", "il s'agit de {quantity} de l'article {product_code}",
                  "J'ai payé {amount} le {date}", "Facture n° {invoice_number}"]
P["nega:shop"] = ["Je vois votre commande {order_number} du {date}.", "Le colis {tracking_number} est au centre de tri.",
                  "Le remboursement de {amount} sera effectué sous 14 jours.", "Vous recevez {percentage} de réduction sur votre prochaine commande.",
                  "L'article {product_code} est malheureusement épuisé."]
P["negc:money"] = ["il s'agit de {amount} le {date}", "Transaction de {time}, montant {amount}", "Facture {invoice_number} de {amount}",
                   "on m'a débité {amount} de trop", "ma carte se termine par {card:last4}"]
P["nega:money"] = ["Je vois un paiement de {amount} le {date}, c'est celui-là ?", "La carte se terminant par {card:last4} est désormais bloquée.",
                   "Le montant de {amount} est réservé et sera libéré sous 3 jours ouvrables.", "Le compte {iban:mask} est enregistré pour la domiciliation."]
P["negc:energy"] = ["index {meter_reading}", "relevé du {date} : {meter_reading}", "jour {meter_reading} et nuit {meter_reading#2}",
                    "Mon acompte était de {amount}, maintenant {amount#2}"]
P["nega:energy"] = ["J'ai encodé votre index de {meter_reading} au {date}.", "Votre nouvel acompte sera de {amount} par mois.",
                    "La facture de régularisation suivra vers le {date}.", "Vous pouvez aussi encoder vos index via {url}."]
P["negc:dev"] = ["request id {request_id}", "on tourne avec le SDK {version_string}", "réponse : HTTP {error_code}, x-request-id {request_id}",
                 "sha256 du build : {checksum}", "le webhook vers {url} sur le port {port} échoue"]
P["nega:dev"] = ["Pouvez-vous joindre le request id ? Par exemple {request_id}.", "Nous voyons un pic d'erreurs {error_code} depuis {time}.",
                 "Passez en {version_string} ; le checksum du paquet est {checksum}.", "Suivez l'état du service sur {url}."]
P["negc:travel"] = ["vol {flight_number} le {date}", "réservation {order_number}", "départ à {time} de Zaventem", "j'ai payé {amount} de bagage en plus"]
P["nega:travel"] = ["Le vol {flight_number} part maintenant à {time}.", "Votre réservation {order_number} a été déplacée au {date}.",
                    "Vous avez droit à une compensation de {amount}.", "Plus d'infos sur vos droits : {url}."]

P["bot_a"] = ["Bonjour ! Je suis l'assistant virtuel de {brand}. Comment puis-je vous aider ?",
              "Je vous mets en relation avec un conseiller. Temps d'attente moyen : 4 minutes.",
              "Choisissez un sujet : 1) Internet 2) Factures 3) Déménagement", "Désolé, je n'ai pas compris. Pouvez-vous reformuler ?",
              "Conversation démarrée le {date} à {time}."]
P["sms"] = ["{brand} : Votre code de vérification est {otp}. Ne le partagez avec personne.",
            "Votre code à usage unique {brand} : {otp}. Valable 10 minutes.",
            "{otp} est votre code de connexion {brand}. Pas demandé ? Appelez le {company_phone}.",
            "Confirmez votre paiement de {amount} avec le code {otp}.",
            "Votre mot de passe provisoire est {password}. Modifiez-le après connexion.",
            "{brand} : votre nouveau code PUK est {puk}."]
P["fwd_sms_c"] = ["j'ai reçu ce sms :", "C'est vraiment vous ? J'ai reçu :", "Reçu ce SMS mais j'ai rien demandé", "regardez :",
                  "Message transféré :"]

P["elder_open"] = ["Madame, Monsieur,", "BONJOUR J'AI UNE QUESTION", "Chers messieurs-dames de {brand},",
                   "Bonjour madame, je ne suis pas très douée avec l'ordinateur.", "Au service clientèle", "Bonjour, ici monsieur {surname}."]
P["fam_misc"] = ["ok {parent} je regarde", "Merci, je regarde ce soir", "Tu as encore la lettre de la banque ?", "j'y comprends rien",
                 "Tu m'appelles ce soir ?", "Oui", "Il y a un truc en rouge sur l'écran"]
P["dict_intro"] = ["(message dicté, désolé pour les fautes)", "Envoyé avec la dictée vocale", "je dicte parce que je suis en voiture",
                   "message vocal transcrit"]

P["tr_intro"] = ["Voici la conversation d'hier avec votre collègue, le problème n'est toujours pas réglé :",
                 "Je colle le chat ci-dessous, comme ça je ne dois pas tout réexpliquer.", "Voir la conversation ci-dessous.",
                 "Voici le chat du {date} :", "Copie de la conversation WhatsApp :"]
P["tr_outro"] = ["Comme vous voyez rien n'a bougé. Merci de me répondre.", "Vous pouvez faire le suivi ?", "J'attends toujours.",
                 "Je veux vraiment que ce soit réglé maintenant."]
P["mail_greet"] = ["Bonjour,", "Madame, Monsieur,", "Chère équipe {brand},", "Bonjour {agent},", "Bonsoir,", "Cher service clientèle,"]
P["mail_close"] = ["Bien à vous,", "Cordialement,", "Merci d'avance,", "Salutations distinguées,", "Bàv,", "Bonne journée,"]
P["mail_req"] = ["Pouvez-vous régler cela au plus vite ?", "J'attends votre retour endéans la semaine.", "Merci de me confirmer par écrit.",
                 "Pouvez-vous me dire quelle est la prochaine étape ?", "J'attends une solution, sinon je change de fournisseur."]
P["mail_ctx"] = ["Je suis client depuis des années, mais là je suis vraiment déçu.", "J'ai essayé de plusieurs façons, aussi via l'appli.",
                 "Mon voisin a eu le même problème, ce n'est donc pas de mon côté.",
                 "Votre collègue au téléphone m'avait promis une solution sous deux jours, rien n'a bougé.",
                 "Je travaille en journée, donc appeler est compliqué.", "Pour être complet, je vous mets toutes les infos."]

P["macro_a"] = [
    "Bonjour {name},\n\nMerci pour votre message. J'ai vérifié votre commande {order_number} : le colis est parti le {date} avec le numéro de suivi {tracking_number}. Il devrait être livré d'ici 1 à 2 jours ouvrables.\n\nBien à vous, {agent}",
    "Bonjour {name}, désolé que la connexion ne fonctionne pas. Via {url} vous pouvez demander un nouveau mot de passe. Ne communiquez jamais votre mot de passe ni votre code PIN. Cordialement, {agent}",
    "Bonjour {name} ! Votre carte se terminant par {card:last4} a été bloquée après trois essais erronés. Une nouvelle carte est en route, vous la recevrez sous 5 jours ouvrables.",
    "Bonjour {name}, nous avons effectué votre remboursement de {amount} sur le compte {iban:mask}. Comptez 3 à 5 jours ouvrables. Bien à vous, {agent} | {brand}",
    "Bonjour {name}, votre numéro {phone:mask} est de nouveau actif. Vous pouvez débloquer la SIM avec le code PUK indiqué sur le support de la carte ou dans Mon {brand}. Un souci ? Appelez le {company_phone}.",
    "Madame, Monsieur,\n\nVotre index de {meter_reading} a été enregistré le {date}. Votre nouvel acompte sera de {amount}. Numéro de dossier : {ticket_number}.\n\nCordialement,\n{agent}\nService clientèle {brand}",
    "Hello {name}, la panne dans votre région est résolue depuis {time}. Redémarrez encore une fois votre modem ({model_number}). Toujours un problème ? Répondez à ce message avec la référence {ticket_number}.",
    "Bonjour {name}, nous envoyons le code de vérification à {email:mask}. Rien reçu ? Vérifiez vos spams. {agent}",
]
P["macro_leak"] = [
    "Bonjour {name}, j'ai réinitialisé votre mot de passe. Votre mot de passe provisoire est {password}. Modifiez-le dès votre connexion sur {url}.",
    "Bonjour {name}, le code PUK de votre SIM liée au numéro {phone} est {puk}. Attention : après 10 essais erronés la SIM est définitivement bloquée.",
    "Bonjour {name}, nous avons modifié votre adresse en {address}. Votre prochaine facture sera envoyée à cette adresse.",
    "Bonjour {name}, j'ai mis à jour l'adresse e-mail de votre compte : {email}. Votre numéro de client reste {customer_number}.",
    "Bonjour {name}, votre nouvelle clé wifi est {wifi_key}. Le nom du réseau reste {ssid}.",
    "Bonjour {name}, pour confirmation : le remboursement de {amount} sera versé sur {iban} au nom de {fullname}.",
    "Bonjour {name}, votre identifiant est {username}. Vous pouvez choisir un nouveau mot de passe via {url}.",
]
P["macro_ph"] = ["Bonjour {{prenom_client}},\n\nMerci pour votre message concernant la commande {{order_number}}. Nous revenons vers vous sous {{x}} jours ouvrables.\n\nCordialement,\n{agent}",
                 "Bonjour [NOM], votre code de vérification est <code>. Ne le partagez jamais. {agent}",
                 "Cher client, votre nouveau PIN est [PIN] et votre PUK est [PUK]. Conservez-les précieusement.",
                 "Bonjour {{prenom}}, votre dossier {ticket_number} est créé. Nous avons noté vos coordonnées ({{email}}, {{telephone}})."]
P["sig_a"] = ["{agent}\nÉquipe web {brand}\n{url}",
              "Cordialement,\n\n{agentfull}\nService clientèle | {brand}\nT {company_phone}\nTVA {company_registration}",
              "Belle journée, {agent} 😊", "L'équipe {brand}\nJoignable du lundi au vendredi de {time:open} à {time:close} au {company_phone}"]

P["pub_c"] = ["{mention} 3 jours sans internet et personne ne répond {hashtag}",
              "Bravo {mention}, le colis {tracking_number} est 'au centre de tri' depuis une semaine {hashtag}",
              "{mention} pourquoi ma facture est encore {amount} plus chère que le mois passé ?!",
              "Super aidé par {mention}, réglé en 10 min {hashtag}", "{mention} panne à {city} ? Le modem affiche {error_code}",
              "Quand est-ce que j'aurai une réponse {mention} ? Dossier {ticket_number} {hashtag}",
              "{hashtag} {mention} l'appli plante depuis la mise à jour {version_string}"]
P["pub_leak"] = ["{mention} rappelez-moi au {phone} parce que là ça n'avance pas",
                 "{mention} mon mail c'est {email}, envoyez-moi ce lien", "{mention} commande {order_number}, adresse {address}, toujours rien reçu",
                 "{mention} numéro client {customer_number}, c'est pour quand ??", "{mention} votre code sms {otp} marche même pas",
                 "{mention} mon mot de passe c'est {password} et ça marche pas {hashtag}"]
P["pub_a"] = ["Bonjour ! Désolé pour ce souci. Envoyez-nous un message privé avec votre numéro de client, on regarde ensemble. Ne partagez pas de données personnelles ici. {agent}",
              "Hello, on veut arranger ça ! Pouvez-vous nous envoyer votre code postal et numéro en privé ?",
              "Désolé pour l'attente ! Nous avons répondu à votre message privé 🙂",
              "Attention : ne partagez jamais votre mot de passe ou vos codes publiquement. Supprimez votre message, on vous écrit en privé."]

P["sig_labels"] = ["GSM :", "Tél. :", "Tel", "Mobile :"]
P["sig_cn"] = ["N° client :", "Numéro de client :", "Réf. client :"]

P["NOUNS"] = {
    "password": ["mot de passe", "mdp", "password"],
    "pin": ["code PIN", "code secret", "pin"],
    "puk": ["code PUK", "PUK"],
    "otp": ["code SMS", "code de vérification", "code reçu"],
    "wifi_key": ["mot de passe wifi", "clé de sécurité wifi", "clé WPA"],
    "username": ["nom d'utilisateur", "identifiant", "login"],
    "api_key": ["clé API", "API key"],
    "token": ["token", "jeton d'accès"],
    "card": ["numéro de carte", "numéro de la carte bancaire"],
    "cvv": ["code CVC", "cryptogramme"],
    "iban": ["IBAN", "numéro de compte"],
    "bsn": ["numéro de registre national", "numéro national", "NISS"],
    "card_expiry": ["date d'expiration", "date de validité"],
    "email": ["adresse mail", "e-mail", "adresse e-mail"],
    "phone": ["numéro de GSM", "numéro de téléphone"],
    "address": ["adresse", "adresse postale"],
    "date_of_birth": ["date de naissance", "date de naissance complète"],
    "ip_address": ["adresse IP", "IP"],
    "customer_number": ["numéro de client", "numéro client", "numéro de contrat"],
}

P["negx_c"] = [
    "Je suis client depuis {year}", "Le modem date de {year}, c'est peut-être ça ?",
    "Vos prix ont augmenté de {percentage}", "Le GSM n'a plus que {percentage} de batterie",
    "J'ai commandé {quantity} mais il en manque dans le carton", "Il y a {quantity} en route d'après l'appli",
    "C'est pour ma société, numéro d'entreprise {company_registration}", "Sur la facture il y a votre TVA {company_registration}, c'est correct ?",
    "Le fichier téléchargé a le checksum {checksum}, c'est le bon ?", "Dans les logs je vois le hash {checksum}",
    "Le message d'erreur donne la référence {request_id}", "ID de support de l'appli : {request_id}",
    "La référence de l'article est {product_code}", "Sur la boîte il y a le code EAN {product_code}",
    "Il s'agit de la facture {invoice_number}", "La facture {invoice_number} n'est pas payée selon vous",
    "Mon numéro de commande est {order_number}", "C'est au sujet de la commande {order_number}",
    "La caméra utilise le port {port}", "J'ai déjà ouvert le port {port} sur le modem",
    "On vole avec {flight_number}", "Notre vol était le {flight_number}",
]
P["negx_a"] = [
    "Je vois que vous êtes client depuis {year}, merci pour votre fidélité !", "Ce modèle de modem n'est plus supporté depuis {year}.",
    "Vous recevez {percentage} de réduction sur votre prochaine facture.", "Pendant la panne, {percentage} de la région était touchée.",
    "{quantity} ont été renvoyés.", "Je vois que vous avez commandé {quantity}.",
    "{brand} SA, numéro d'entreprise {company_registration}", "Notre numéro de TVA est {company_registration}.",
    "Vérifiez que le checksum {checksum} correspond.", "Le hash correct du fichier est {checksum}.",
    "Mentionnez la référence {request_id} si vous nous recontactez.", "Votre demande porte l'ID {request_id}.",
    "Le produit de remplacement a la référence {product_code}.", "L'article {product_code} est de nouveau en stock.",
    "La facture {invoice_number} a été créditée.", "La note de crédit concerne la facture {invoice_number}.",
    "La commande {order_number} est annulée.", "J'ai retrouvé la commande {order_number}.",
    "Ouvrez le port {port} en UDP.", "Utilisez le port {port} au lieu du port par défaut.",
    "Le vol {flight_number} est retardé.", "Vous êtes replacé sur le vol {flight_number}.",
]
P["quote_hdr"] = ["Le {weekday} {date:full} à {time:hm}, {agentfull} <{email#agent}> a écrit :",
                  "{agentfull} <{email#agent}> a écrit le {date:full} à {time:hm} :",
                  "Le {date:full} à {time:hm}, Service clientèle {brand} a écrit :",
                  "{agentfull} a écrit le {date:full} :"]
P["orig_hdr"] = ["-----Message d'origine-----\nDe : {agentfull} <{email#agent}>\nEnvoyé : {date:full} {time:hm}\nObjet : RE: votre demande {ticket_number}",
                 "De : {agentfull} <{email#agent}>\nDate : {date:full} à {time:hm}\nÀ : {email}\nObjet : Votre dossier {ticket_number}",
                 "-------- Message transféré --------\nDe : Service clientèle {brand}\nDate : {date:full}\nObjet : Votre dossier {ticket_number}",
                 "-----Message d'origine-----\nDe : Équipe web {brand}\nEnvoyé : {date:full}\nObjet : Votre message"]

P["rel_open"] = ["Bonjour, je vous écris pour ma maman de 85 ans qui n'a pas d'ordinateur.",
                 "Bonjour, j'aide mon papa, il ne s'en sort pas tout seul.",
                 "Je m'occupe des papiers de {relname} {surname} depuis l'entrée en maison de repos.",
                 "Mon beau-père m'a demandé de vous écrire.", "C'est pour ma bonne-maman : elle reçoit sans arrêt des courriers pour son compte.",
                 "J'écris pour ma voisine de 90 ans, elle m'a demandé de m'en occuper."]
P["fam_intro"] = ["Voici le message de {parentref}, vous pouvez aider ?", "{parentref} m'a envoyé ça, je ne sais pas quoi en faire :",
                  "J'ai copié la conversation avec {parentref} ci-dessous pour que vous voyiez le problème",
                  "Voilà ce que {parentref} m'a écrit sur WhatsApp :", "Conversation avec {parentref} ci-dessous."]
P["fam_ask"] = ["{parent} c'est quoi ton {what} ? je m'en occupe", "{parent} envoie-moi ton {what}, je me connecte pour toi",
                "{parent}, tu peux chercher ton {what} ?", "c'était quoi déjà ton {what} {parent} ?", "envoie ton {what} et je les appelle",
                "tu as noté ton {what} quelque part ?"]
P["fam_ans"] = ["{v}", "C'est {v} mon chéri", "c'est {v} je crois. ou alors c'était autre chose", "Je l'ai noté dans le carnet : {v}",
                "{v} bisous", "C'est sur le papier du frigo : {v}"]
P["subj"] = ["Objet : Réclamation", "Objet : RE: votre demande [{ticket_number}]", "Objet : Urgent",
             "Objet : Question sur mon compte", "Objet : TR: votre dossier {ticket_number}", "Objet : Suivi dossier {ticket_number}"]

P["give:email"] += ["{email} c'est mon adresse", "{email} (adresse perso)"]
P["give:customer_number"] += ["{customer_number} c'est mon numéro client", "{customer_number}, c'est ce qui est sur la facture"]
P["give:phone"] += ["{phone} c'est mon GSM", "{phone} joignable en journée"]
P["give:pin"] += ["{pin} c'est le code que je tape", "{pin} c'est mon code"]
P["give:otp"] += ["{otp} c'est le code reçu", "{otp} ← reçu à l'instant"]
P["give:iban"] += ["{iban} c'est mon compte", "{iban} est à mon nom"]
P["tiny"] = ["ok merci", "Merci !", "👍", "d'accord", "toujours rien", "Ok j'attends", "Merci beaucoup !!", "allô ??", "C'est bon, merci",
             "quelqu'un peut répondre ?"]

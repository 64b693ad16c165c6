"""Belgian French templates (fr-be). Same slot syntax as tpl_nl."""

T = {}

T["note_head"] = [
    "Note interne",
    "INTERNE – ne pas envoyer au client",
    "Résumé conversation [[N:date]] via [[F:channel_name]]",
    "Note [[F:agent]] [[N:date]] [[N:time]] :",
    "Transfert 2e ligne — client [[F:full]]",
    "Passation équipe du soir :",
    "### Handover webcare → back-office ###",
    "Attention collègues, dossier en cours [[N:ticket_number]] :",
    "résumé chat ([[F:channel_name]]), cliente [[F:first]]",
]

T["note_line"] = [
    "n° client [[S:customer_number]] – vérifié avec DDN [[S:date_of_birth]] et code postal",
    "N° de client : [[S:customer_number]]",
    "date de naissance [[S:date_of_birth]], ok avec le système",
    "mdp réinitialisé en [[S:password]] (temporaire), le client doit le changer à la 1re connexion",
    "le client a mis son mot de passe dans le chat ([[S:password]]) – demandé de le modifier tout de suite",
    "ancien mdp : [[S:password.old]] / nouveau : [[S:password.new]] (donnés par le client lui-même…)",
    "identifiant [[S:username]], compte bloqué après 5 essais, débloqué à [[N:time]]",
    "IBAN modifié de [[S:iban.old]] vers [[S:iban.new]] à partir du [[N:date]]",
    "remboursement [[N:amount]] sur le compte [[S:iban]] demandé",
    "Tél : [[S:phone]] (joignable après 17h)",
    "rappel demandé au [[S:phone]], PAS sur le fixe",
    "adresse mail changée en [[S:email]] (l'ancienne rebondit)",
    "Adresse selon client : [[S:address]]",
    "technicien doit passer au [[S:address]], code boîte à clés [[S:pin/door]]",
    "Le client a donné son code PIN ([[S:pin]]) en MP !! message masqué, carte à bloquer",
    "PUK demandé pour la SIM se terminant par [[N:masked_value/phone]] : [[S:puk]]",
    "code SMS [[S:otp]] pas reçu selon la cliente, 2e code envoyé à [[N:time]]",
    "la cliente a dicté le code de vérification : [[S:otp/words]]",
    "wifi [[F:ssid]] / clé [[S:wifi_key]] – veut la changer, expliqué via l'app",
    "modem [[N:model_number]] firmware [[N:version_string]], code erreur [[N:error_code]]",
    "code EAN électricité [[S:customer_number/ean]], index [[N:meter_reading]] au [[N:date]]",
    "n° registre national [[S:bsn/be]] envoyé en pièce jointe – PJ supprimée (RGPD)",
    "carte [[S:card]] exp [[S:card_expiry]] CVC [[S:cvv]] postée par le client dans le chat -> cellule fraude",
    "carte se terminant par [[N:masked_value/card]], aucun numéro complet noté",
    "commande [[N:order_number]], colis [[N:tracking_number]] marqué livré mais rien reçu",
    "facture [[N:invoice_number]] de [[N:amount]] incorrecte, remise de [[N:percentage]] pas appliquée",
    "dossier [[N:ticket_number]] créé, transféré à la 2e ligne",
    "connexion depuis l'IP [[S:ip_address]] à [[N:time]], client ne reconnaît pas",
    "le client a donné sa clé API pour l'intégration e-shop : [[S:api_key]] – NE PAS utiliser, lui faire régénérer",
    "token d'accès visible sur la capture : [[S:token]] (session révoquée)",
    "n° contrat [[S:customer_number/contract]] se termine le [[N:date]]",
    "n° police [[S:customer_number/policy]], sinistre du [[N:date]]",
    "code alarme [[S:pin/door]] transmis au service technique pour le RDV du [[N:date]] entre [[N:time.a]] et [[N:time.b]]",
    "client appelle d'un autre n° : [[S:phone.alt]] au lieu de [[S:phone]]",
    "identification : DDN [[S:date_of_birth]] + derniers chiffres IBAN ([[N:masked_value/iban]]) ok",
    "réf interne : [[N:request_id]], voir logs",
    "GSM client : [[S:phone]], fixe : [[S:phone.fixe]]",
    "client indépendant, n° d'entreprise [[N:company_registration]], adresse de facturation [[S:address]]",
    "mail client : [[S:email]] – GSM [[S:phone]]",
    "n° membre [[S:customer_number/member]]",
    "routeur joignable sur [[S:ip_address]]:[[N:port]] — redirection de port activée par le client",
    "code PIN SIM [[S:pin]] noté sur un post-it chez le client… conseillé de le jeter",
    "vol [[N:flight_number]] raté à cause de la panne SMS, demande compensation ([[N:amount]])",
    "cl. a une app 2FA, code au moment de l'appel : [[S:otp]]",
]

T["comment_head"] = [
    "[[N:date]] [[N:time]] | [[F:agent]] | interne",
    "— [[F:ag_init]] [[N:time]]",
    "Commentaire de [[F:agent]] ([[N:date]]) :",
    "[[[N:date]] [[N:time]]] [[F:agent]] (Webcare) :",
]

T["escal_open"] = [
    "Objet : Escalade fraude – possible prise de contrôle du compte ([[N:ticket_number]])\n\nBonjour la cellule fraude,\n\nCe matin nous avons reçu le message ci-dessous via [[F:channel_name]]. Le client pense que quelqu'un d'autre utilise son compte.",
    "Objet : Demande d'intervention – panne à [[F:city]]\n\nChers collègues du service technique,\n\nMerci de planifier un technicien, la cliente est sans internet ni télé depuis le [[N:date]].",
    "Objet : TR: plainte à passer en 2e ligne\n\nBonjour la 2e ligne,\n\nJe vous transfère ce cas car on ne s'en sort pas en webcare. Infos ci-dessous.",
    "Objet : URGENT – paiement sur un mauvais compte\n\nBonjour l'équipe Paiements,\n\nLe client a payé [[N:amount]] le [[N:date]] mais le montant n'est jamais arrivé chez nous.",
    "Objet : Demande de rappel [[N:ticket_number]]\n\nSalut [[F:colleague]],\n\nTu peux rappeler ce client demain ? Je suis en congé.",
    "Objet : Fuite de données ? le client a publié ses données en public\n\nBonjour l'équipe vie privée,\n\nLe client a mis les données suivantes dans un commentaire public. Masqué à [[N:time]].",
]

T["escal_ask"] = [
    "Pouvez-vous vérifier si le changement d'IBAN a vraiment été fait par le client ?",
    "Merci de répondre dans le dossier et pas par mail.",
    "Le client souhaite être rappelé avant le [[N:date]].",
    "Merci d'avance ! J'ai dit au client que ça pouvait prendre max [[N:quantity/dur]].",
    "Le technicien peut-il appeler avant de passer ? La cliente se déplace difficilement.",
    "Priorité haute svp, le client menace d'aller voir la presse.",
]

T["greet_colleague"] = ["Bonjour à tous,", "Salut l'équipe,", "Bonjour [[F:colleague]],", "Hello [[F:colleague]],", "Chers collègues,"]

T["sig_agent"] = [
    "Bien à vous,\n[[F:agent]]\nWebcare [[F:brand]]\nT [[N:company_phone]] | [[N:url]]\nTVA [[N:company_registration]]",
    "Cordialement, [[F:agent]] | Service clientèle [[F:brand]] | [[N:company_phone]] (lu-ve 8h-20h)",
    "Bàv,\n[[F:agent]]\nÉquipe Social Media\n[[F:brand]] SA · BCE [[N:company_registration]] · [[N:url]]",
    "Salutations,\n\n[[F:agent]]\n2e ligne technique\nLigne directe : [[N:company_phone]]",
    "[[F:agent]] (webcare)",
]

T["disclaimer"] = [
    "Ce message peut contenir des informations confidentielles. Si vous n'êtes pas le destinataire, merci de le supprimer et d'en avertir l'expéditeur.",
    "Avertissement : ce courriel et ses annexes sont strictement réservés à l'usage du destinataire.",
    "*** Mail interne – ne pas transférer aux clients ***",
]

T["cust_dm"] = [
    "bonjour, mon internet ne marche plus depuis 3 jours. n° client [[S:customer_number]] adresse [[S:address]]",
    "Bonjour, j'ai oublié mon mot de passe et le mail de réinitialisation n'arrive pas sur [[S:email]]. Vous pouvez m'aider ?",
    "je reçois tout le temps un code alors que j'ai rien demandé ?? encore [[S:otp]] là. c'est une arnaque",
    "Voici mes données : [[F:full]], né le [[S:date_of_birth]], [[S:address]], tél [[S:phone]]",
    "vous avez prélevé [[N:amount]] au lieu de [[N:amount.b]] !! remboursez sur [[S:iban]] svp",
    "SIM bloquée après 3 mauvais codes. C'est quoi le PUK ? mon numéro c'est le [[S:phone]]",
    "Le mot de passe wifi sur l'autocollant ([[S:wifi_key]]) ne marche plus depuis la mise à jour du [[N:date]]",
    "le technicien peut entrer demain avec le code de la boîte à clés : [[S:pin/door]]. je rentre vers [[N:time]]",
    "mon login c'est [[S:username]] et mdp [[S:password]] mais ça dit toujours invalide",
    "J'ai un nouveau compte bancaire : [[S:iban]]. Merci de domicilier dessus à partir du mois prochain. [[F:first]]",
    "j'ai envoyé par erreur mon numéro de carte à quelqu'un qui se faisait passer pour vous, [[S:card]], je fais quoi ??",
    "Relevé compteur : [[N:meter_reading]] (jour) et [[N:meter_reading.b]] (nuit). Code EAN [[S:customer_number/ean]]",
    "Commande [[N:order_number]] toujours pas reçue. Le suivi [[N:tracking_number]] dit 'en route' depuis [[N:quantity/dur]]",
    "Appelez-moi au [[S:phone]], j'arrive pas à écrire avec mon plâtre",
    "Je n'utilise plus mon ancienne adresse [[S:email.old]], la nouvelle c'est [[S:email.new]]",
    "le monsieur de votre service fraude m'a demandé mon numéro de registre national, [[S:bsn/be]], c'est normal ??",
    "l'appli affiche [[N:error_code]] à la connexion (version [[N:version_string]])",
    "ma carte [[S:card]] valable jusqu'au [[S:card_expiry]] est toujours refusée pour l'abonnement",
    "Mon fils a vu mon code PIN [[S:pin]], je peux le changer dans l'app ?",
    "Je veux résilier. n° de contrat [[S:customer_number/contract]], fin souhaitée le [[N:date]]",
    "le code reçu était [[S:otp]] mais il avait déjà expiré, je suis bloquée maintenant",
]

T["cust_public"] = [
    "[[N:mention]] 2 jours sans télé et personne ne répond au [[N:company_phone]] 😡 [[N:hashtag]]",
    "[[N:mention]] appelez-moi vous-même alors, [[S:phone]]. j'en ai marre",
    "[[N:mention]] vous pouvez m'écrire à [[S:email]] ? les MP ne marchent pas",
    "[[N:mention]] mon n° client c'est [[S:customer_number]], pourquoi 3 factures de [[N:amount]] ? [[N:hashtag]]",
    "Encore une panne à [[F:city]] [[N:hashtag]] [[N:mention]] c'est réparé quand ?",
    "[[N:mention]] le technicien n'est jamais venu au [[S:address]]. Journée de congé pour rien [[N:hashtag]]",
]

T["cust_email"] = [
    "Madame, Monsieur,\n\nLe [[N:date]] j'ai demandé un changement de fournisseur, mais je n'ai toujours aucune nouvelle. Mon numéro de client est [[S:customer_number]] et le contrat est au nom de [[F:full]]. De plus, [[N:amount]] de trop ont été prélevés sur [[S:iban]].\n\nVous pouvez me joindre au [[S:phone]].",
    "Bonjour,\n\nHier j'ai reçu un SMS soi-disant de chez vous avec un lien. J'y ai mis mes identifiants (utilisateur [[S:username]], mot de passe [[S:password]]) puis le code [[S:otp]]. Maintenant je vois un paiement de [[N:amount]] que je n'ai pas fait !!\n\nAidez-moi svp.",
    "Bonjour,\n\nVoici mon déménagement : à partir du [[N:date]] j'habite [[S:address]]. L'ancienne adresse était [[S:address.old]]. Ma date de naissance : [[S:date_of_birth]] si besoin pour la vérification.",
    "Bonjour,\n\nLe technicien du RDV [[N:ticket_number]] peut entrer via la boîte à clés à côté de la porte, code [[S:pin/door]]. L'alarme est coupée. Mon GSM : [[S:phone]].",
    "Madame, Monsieur,\n\nMa facture [[N:invoice_number]] est [[N:percentage]] plus élevée que le mois passé. Je paie par domiciliation depuis [[S:iban]], client n° [[S:customer_number]]. Merci de m'expliquer.",
]

T["cust_sig"] = [
    "Cordialement,\n[[F:full]]",
    "Bien à vous,\n[[F:first]]\n[[S:phone]]",
    "Salutations, [[F:full]]\n[[S:address]]\nGSM : [[S:phone]]",
    "Envoyé de mon iPhone",
    "[[F:full]]\n[[S:email]] – [[S:phone]]",
]

T["reply_open"] = [
    "Bonjour [[F:first]], merci pour votre message.",
    "Chère Madame, cher Monsieur [[F:last]],\n\nMerci pour votre e-mail du [[N:date]].",
    "Bonjour [[F:first]] ! Désolés d'apprendre que ça ne fonctionne toujours pas.",
    "Bonjour [[F:first]],\n\nJ'ai regardé votre question avec mon collègue de la 2e ligne.",
    "Hello [[F:first]], ici [[F:agent]] de [[F:brand]].",
]

T["reply_line"] = [
    "J'ai bien noté votre nouveau numéro de compte [[S:iban]], le changement prend effet le [[N:date]].",
    "Pour être sûrs : nous vous rappelons au [[S:phone]] entre [[N:time.a]] et [[N:time.b]].",
    "Votre nom d'utilisateur est [[S:username]]. Vous pouvez choisir un nouveau mot de passe via [[N:url]].",
    "Vous avez mentionné votre mot de passe ci-dessous. Ne le partagez jamais, même avec nous, et changez-le via [[N:url]].",
    "Le technicien passera le [[N:date]] au [[S:address]].",
    "Votre code PUK est [[S:puk]]. Attention : après 10 erreurs, la SIM est bloquée définitivement.",
    "Votre dossier porte le numéro [[N:ticket_number]] ; mentionnez-le si vous appelez le [[N:company_phone]].",
    "Nous avons remboursé [[N:amount]] sur le compte se terminant par [[N:masked_value/iban]].",
    "Je vois dans notre système le n° client [[S:customer_number]] au nom de [[F:full]]. C'est correct ?",
    "L'adresse [[S:email]] est maintenant votre adresse principale.",
]

T["reply_close"] = [
    "N'hésitez pas si vous avez d'autres questions.",
    "Bonne journée !",
    "Encore désolés pour le désagrément.",
    "Répondez simplement à ce message si besoin.",
]

T["quote_hdr"] = [
    "Le [[N:date]] à [[N:time]], [[F:full]] <[[S:email]]> a écrit :",
    "-----Message d'origine-----\nDe : [[F:full]] <[[S:email]]>\nEnvoyé : [[N:date]] [[N:time]]\nÀ : Service clientèle [[F:brand]]\nObjet : RE: ma demande",
    "[[F:full]] a écrit le [[N:date]] :",
]

T["inline_quote"] = [
    "Vous avez écrit : « {Q} »",
    "> {Q}",
    "Message client :\n\"{Q}\"",
]

T["fwd_hdr"] = [
    "---------- Message transféré ---------\nDe : [[F:full]] <[[S:email]]>\nDate : [[N:date]] [[N:time]]\nObjet : plainte",
    "=== message client via [[F:channel_name]] ([[N:date]] [[N:time]]) ===",
    "Début du message réexpédié :\n\nDe : [[S:email]]\nDate : [[N:date]]",
]

T["macro"] = [
    "Bonjour [[F:first]], désolés ! Vous pouvez nous envoyer en MP votre n° client et code postal ? Ne partagez jamais mot de passe ou code PIN. ^[[F:ag_init]]",
    "Bonjour [[F:first]],\n\nVotre mot de passe temporaire : [[S:password]]\nConnectez-vous via [[N:url]] et modifiez-le dans les 24 h.\n\n[[F:agent]]",
    "Bonjour {prenom}, votre demande [[N:ticket_number]] est bien reçue. Nous vous contactons dans les [[N:quantity/dur]] au [[S:phone]].",
    "[MACRO rappel] Bonjour [[F:first]], nous vous appelons le [[N:date]] vers [[N:time]] au [[S:phone]]. Numéro incorrect ? Dites-le-nous ! ^[[F:ag_init]]",
    "Cher/chère [[F:full]], voici les données de votre nouveau modem [[N:model_number]] : réseau [[F:ssid]], clé de sécurité [[S:wifi_key]]. Mot de passe admin : [[S:password]].",
    "Votre code de vérification est [[S:otp]]. Il est valable 10 minutes. Ne le communiquez à personne, même pas à un collaborateur de [[F:brand]].",
    "Bonjour [[F:first]], votre déménagement vers [[S:address]] est prévu le [[N:date]]. N° client : [[S:customer_number]]. Questions ? Appelez le [[N:company_phone]].",
    "Bonjour [[F:first]], j'ai mis à jour vos données :\n- e-mail : [[S:email]]\n- GSM : [[S:phone]]\n- IBAN : [[S:iban]]\nTout est correct ? ^[[F:ag_init]]",
    "Bonjour {prenom}, votre code PUK est [CODE]. Gardez-le précieusement. [[F:agent]]",
]

T["bot"] = [
    "B> Quel est votre numéro de client ?\nC> [[S:customer_number]]",
    "B> Quelle est votre adresse ?\nC> [[S:address]]",
    "B> Pour vous identifier : quelle est votre date de naissance ? (jj/mm/aaaa)\nC> [[S:date_of_birth]]",
    "B> J'ai envoyé un code au [[N:masked_value/phone]]. Quel est ce code ?\nC> [[S:otp]]",
    "B> À quel numéro pouvons-nous vous rappeler ?\nC> [[S:phone]] après 17h svp",
    "B> Quelle est votre adresse e-mail ?\nC> [[S:email]]",
    "B> Décrivez brièvement votre question.\nC> mon mot de passe [[S:password]] ne marche plus",
    "B> Je n'ai pas bien compris. Choisissez : 1) Panne 2) Facture 3) Autre\nC> 3 un humain svp",
    "B> Quel est votre IBAN ? Je vérifie le paiement.\nC> [[S:iban]]",
    "B> Votre nom d'utilisateur ?\nC> [[S:username]]",
]

T["bot_handover"] = [
    "--- Conversation transférée à un conseiller ---",
    "[Système] Vous êtes mis en relation avec un collègue. Attente env. [[N:quantity/dur]].",
    "*** transfert bot → agent ([[N:time]]) ***",
]

T["bot_agent"] = [
    "A> Bonjour [[F:first]], je suis [[F:agent]] et je prends le relais du chatbot. Je vois le n° client [[S:customer_number]], c'est bien ça ?",
    "A> Merci ! Vous avez écrit votre mot de passe dans le chat, changez-le au plus vite svp. J'ai supprimé le message.",
    "A> Bonsoir, [[F:agent]] ici. J'ai lu la conversation. J'envoie un nouveau code au [[S:phone]].",
    "A> Bonjour ! La panne à [[F:city]] est connue sous [[N:ticket_number]]. Résolution prévue : [[N:date]] [[N:time]].",
    "A> Merci de votre patience. IBAN [[S:iban]] vérifié, le paiement de [[N:amount]] est bien arrivé.",
]

T["public_reply"] = [
    "[[N:mention]] Bonjour [[F:first]], pouvez-vous retirer votre numéro ? Ce message est public. Écrivez-nous en MP ! ^[[F:ag_init]]",
    "[[N:mention]] Désolés ! On regarde ça ensemble en MP : [[N:url]] ^[[F:ag_init]]",
    "[[N:mention]] Bonjour ! Panne en cours à [[F:city]] ([[N:ticket_number]]). Suivi : [[N:url]] [[N:hashtag]]",
]

T["note_line"] += [
    "le client a demandé le PUK, donné après vérification : [[S:puk]]",
    "PUK1 [[S:puk]] utilisé, nouveau code PIN choisi par le client",
    "Bearer [[S:token]] trouvé dans le fichier HAR du client, transmis à la sécurité",
    "le client a collé son jeton de session [[S:token]] dans le chat (invalidé depuis)",
    "intégration compta : clé [[S:api_key]] partagée par le client dans le ticket – demandé de la remplacer",
    "clé API [[S:api_key]] visible sur la capture du client, capture supprimée",
    "n° NN [[S:bsn]] vérifié",
    "le client a envoyé une copie de sa carte d'identité avec le n° [[S:bsn]] – copie supprimée",
    "données carte en MP : [[S:card]] / [[S:card_expiry]] / [[S:cvv]] → message supprimé",
    "la cliente demande si le CVC [[S:cvv]] est bon pour la carte valable jusqu'au [[S:card_expiry]]. JAMAIS confirmer !",
    "IP WAN du modem : [[S:ip_address]]",
    "connexion suspecte le [[N:date]] à [[N:time]] depuis [[S:ip_address]]",
    "PIN SIM [[S:pin]] saisi 3x faux",
    "code portail garage [[S:pin/door]] pour le technicien, chien à l'intérieur",
]
T["cust_dm"] += [
    "j'ai déjà essayé le PUK : [[S:puk]], ça marche pas",
    "c'est bon comme ça ? PUK [[S:puk]] PIN [[S:pin]]",
    "Votre API renvoie 401 avec ma clé [[S:api_key]] — je fais quoi de travers ?",
    "le token [[S:token]] expire toutes les 5 min, c'est normal ?",
    "au paiement on me demande le CVC, je mets [[S:cvv]] mais j'ai [[N:error_code]]",
    "Carte [[S:card]], expire [[S:card_expiry]], code au dos [[S:cvv]]. Vous pouvez prélever comme ça ?",
]
T["bot"] += [
    "B> Quel est votre code PUK ? Il se trouve sur le support de la carte SIM.\nC> [[S:puk]]",
    "B> Entrez le code reçu par SMS.\nC> [[S:otp]]",
]

T["note_line"] += [
    "DDN [[S:date_of_birth]] vérifiée, adresse [[S:address]] ok",
    "vérif : née le [[S:date_of_birth]], correct",
    "clé wifi sur l'étiquette ([[S:wifi_key]]) ne marche pas, modem réinitialisé",
    "la cliente a changé le mdp wifi en [[S:wifi_key]] et l'a oublié ?? l'ancien était [[S:wifi_key.old]]",
]
T["cust_dm"] += [
    "c'est quoi le mot de passe wifi déjà ? j'ai essayé [[S:wifi_key]]",
    "Bonjour ! Mon réseau [[F:ssid]] avec la clé [[S:wifi_key]] a disparu 🙁",
    "Pour la vérification : ma date de naissance est le [[S:date_of_birth]]",
    "je suis née le [[S:date_of_birth]], pourquoi ça ne correspond pas chez vous ??",
]
T["bot"] += [
    "B> Quelle est votre date de naissance ?\nC> [[S:date_of_birth]]",
    "B> Votre date de naissance pour vérification svp.\nC> [[S:date_of_birth]] pourquoi",
]
T["macro"] += [
    "Bonjour [[F:first]], vos nouvelles données wifi : réseau [[F:ssid]] / mot de passe [[S:wifi_key]]. ^[[F:ag_init]]",
    "Bonjour [[F:first]], la clé wifi a été remise à la valeur d'usine : [[S:wifi_key]]. [[F:agent]]",
]

T["note_line"] += [
    "n° client [[S:customer_number]] (pro) – personne de contact [[F:full]]",
    "n° abonné [[S:customer_number/sub]] lié à [[S:address]]",
    "point de fourniture EAN [[S:customer_number/ean]] au [[S:address]], changement de fournisseur au [[N:date]]",
    "nouveau compte pour la domiciliation : [[S:iban]]",
]
T["cust_dm"] += [
    "Mon n° client : [[S:customer_number]]. J'habite [[S:address]] et le signal est mauvais depuis des semaines",
    "je veux transférer l'abonnement [[S:customer_number/contract]] à ma fille, elle habite [[S:address]]",
]

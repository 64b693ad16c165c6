# Belgian French templates (some mixed with Dutch/English). Groups: pub, dm, mail, agent.

FR = {
 "pub": [
  "{mention} ça fait {qty:days} que je n'ai plus d'image sur la {device}, code erreur {err}. Et vous prélevez quand même {amount} {hashtag}",
  "Franchement {mention}, ma belle-sœur est sur notre abonnement famille et maintenant on doit payer un 'membre supplémentaire' parce qu'elle habite à {city}?? {hashtag}",
  "{mention} résilié le {date} et encore {amount} débités ce mois-ci. Dossier {ticket}. Remboursez svp {hashtag}",
  "{mention} le code parental ({pin}) ne marche plus depuis la mise à jour {version}. Quelqu'un d'autre? {hashtag}",
  "{mention} impossible de vous joindre au {cphone}. Mon GSM c'est le {phone}, rappelez-moi, n° client {custno}",
  "{mention} carte cadeau reçue pour Noël, {pct} de réduction soi-disant, et rien ne fonctionne. Commande {order} {url}",
  "Allez {mention}, pourquoi la télé me demande un code quand je suis juste chez ma mère à {city}? Client depuis {year} {hashtag}",
 ],
 "dm": [
  "Bonjour, je souhaite changer ma domiciliation. Nouveau compte: {iban}. Mon numéro de client est {custno}. Merci d'avance",
  "Bonsoir, mon paiement a été refusé. Nouvelle carte {card}, expire le {expiry}, cryptogramme {cvv}. Vous pouvez relancer le prélèvement?",
  "Je n'arrive plus à me connecter. Identifiant: {username} / mot de passe: {password}. C'est bien ça non?",
  "J'ai changé de numéro, le nouveau c'est {phone}. Je ne reçois plus le code SMS, le dernier était {otp} sur l'ancien numéro {phone#old}",
  "Mon fils connaît le code PIN du contrôle parental ({pin}). Comment je le change sur le décodeur {model}?",
  "Je voudrais résilier l'abonnement familial à partir du {date}. Numéro national {rrn}, adresse {address}. Confirmation à {email} svp",
  "la télé dit 'rendez-vous sur {url} et entrez le code {otp:tv}' mais le site dit code invalide... help",
  "Mon coloc a changé le mot de passe en {password} sans prévenir, c'est moi qui paie! Mail du compte: {email}",
  "Ma banque a fait une rétrofacturation (chargeback) de {amount} pour la facture {invoice}. Compte {iban}. Est-ce que mon compte va être bloqué?",
  "Pour le technicien demain: wifi {ssid}, clé {wifi_key}. Le code de la porte d'entrée est {pin:door}. Mon GSM {phone}",
  "J'ai offert un abonnement cadeau à ma filleule, code {token:gift}, commande {order}. Elle dit que le code est déjà utilisé?",
  "On est {~trois|4} en colocation sur un seul compte, l'IP de l'appart c'est {ip}. Pourquoi c'est bloqué? N° client {custno}",
  "Salut, sorry pour le franglais: mon login c'est {username}, password {password}, mais ça dit 'account locked' ({err}). Kan iemand helpen? 😅",
  "Je suis à l'étranger (vol {flight} le {date}) et le code de vérification arrive sur {phone}, pas sur mon numéro français {phone:fr}. Vous pouvez changer?",
 ],
 "mail": [
  "Depuis le {date}, nous n'avons plus d'image sur notre {device}. Le message d'erreur est {err}. Nous avons tout redémarré. Le décodeur est un {model}, version logicielle {version}.\n\nN° client : {custno}\nAdresse : {address}\nGSM : {phone}\n\nMerci de faire le nécessaire rapidement.",
  "Je conteste le prélèvement de {amount} du {date}. J'avais résilié le {date#2} (référence {ticket}). Merci de rembourser ce montant sur le compte {iban}.\n\nÀ défaut, je demanderai une rétrofacturation auprès de ma banque.",
  "Mon ex-compagnon a toujours accès à notre compte famille. L'adresse e-mail du compte est {email}, ce n'est plus la mienne. Ma nouvelle adresse : {email#new}.\n\nPour vérification : numéro de registre national {rrn}, date de naissance {dob}.",
  "Mon paiement a échoué et tout est bloqué. Voici ma nouvelle carte :\n\nNuméro : {card}\nDate d'expiration : {expiry}\nCVV : {cvv}\n\nJe sais qu'il ne faut pas envoyer ça par mail mais le site affiche toujours une erreur ({err}).",
  "J'ai acheté un abonnement cadeau de {qty:months} (commande {order}, facture {invoice}). Le code {token:gift} serait déjà utilisé, mais ma nièce ne l'a jamais saisi. Son e-mail : {email}. Mon téléphone : {phone}.",
  "Je souhaite modifier le code PIN d'achat. L'actuel est {pin}, les enfants le connaissent. Notre numéro client est {custno}, compte au nom de {name}, {address}.",
  "Pour l'intégration avec notre application, j'utilise votre API. Depuis le {date}, j'obtiens l'erreur {err}.\n\nClé API : {api_key}\nJeton d'accès : {token}\nID de requête : {reqid}\n\nPouvez-vous vérifier ?",
  "Je déménage le {date} à l'adresse suivante :\n{address:ml}\n\nLe décodeur peut-il suivre ? N° client {custno}, carte à puce {custno:smartcard}. Joignable au {phone}.",
  "Ma mère ({~81|77} ans) a reçu un appel d'un soi-disant 'service technique' et a donné son identifiant {username}, son mot de passe {password} et le code reçu par SMS ({otp}). C'est une arnaque je pense.\n\nPouvez-vous bloquer le compte ? Son adresse : {address}. Née le {dob}.",
 ],
 "agent": [
  "Bonjour {myname}, je vois que la carte se terminant par {masked} a été refusée. Vous pouvez ajouter un nouveau moyen de paiement via {url}. N'envoyez jamais votre numéro de carte par message 🙏 {initials}",
  "Bonjour {myname}, votre code parental a été réinitialisé : {pin}. Pensez à le modifier dans Paramètres. Belle soirée, {agent}",
  "Bonjour, votre résiliation est enregistrée au {date} (n° client {custno}). Le trop-perçu de {amount} sera remboursé sur {iban}. {initials}",
  "Bonjour {myname}, vous nous avez envoyé votre mot de passe ({password}). Nous n'en avons jamais besoin! Changez-le immédiatement. Dossier {ticket}. {agent} - {brand} | {cphone} | n° d'entreprise {kvk}",
  "Bonjour, voici le code d'activation pour votre TV : {otp:tv}. Si ça ne marche pas, appelez le {cphone} jusqu'à {time}. {initials}",
  "Bonsoir {myname}, nous avons mis à jour votre numéro ({phone}) et votre e-mail ({email}). Bonne soirée! {initials}",
 ],
}

FR.update({
 "pub_x": [
  "{mention} +{pct} à partir du {date} et le service client {cphone} ne répond pas. Produit {product} {hashtag}",
  "{mention} cliente depuis {year}, {pct} d'augmentation et le dossier {ticket} toujours ouvert. {hashtag}",
 ],
 "dm_x": [
  "Nouvelle carte bancaire car l'ancienne ({masked}) a expiré: {card}, exp. {expiry}, CVC {cvv}. Mon identifiant c'est {username}",
  "Carte refusée ({err}). Autre carte: {card} / {expiry} / {cvv}. Facture {invoice}. Login {username} si besoin",
  "Nouvelle SIM, j'ai entré le PUK {puk}, mais le code de vérification {brand} n'arrive pas. Box en {ip}:{port}",
  "Le décodeur affiche {err}, produit {product}. N° client {custno}, dossier {ticket}. Le technicien peut m'appeler au {phone}?",
 ],
 "mail_x": [
  "Notre abonnement ({product}) n'a pas été renouvelé car la carte {masked} a expiré.\n\nNouvelle carte :\n{card}\nValable jusqu'au {expiry}\nCVC {cvv}\n\nIdentifiant du compte : {username}. Je vois aussi une hausse de {pct}, c'est normal ?",
  "Mon père se connecte avec {username} et le mot de passe {password}. La baby-sitter a loué des films avec son code PIN ({pin}) pour {amount} (facture {invoice}). Pouvez-vous annuler ? N° client {custno}. J'ai aussi son PUK ({puk}) au cas où le SMS n'arrive pas.",
 ],
 "agent_x": [
  "Bonjour {myname}, la nouvelle carte est liée, l'ancienne ({masked}) supprimée. Le prélèvement de {amount} aura lieu le {date}. {agent} | {cphone} | TVA {kvk}",
  "Bonjour {myname}, l'identifiant {username} est débloqué. Dossier {ticket}, {pct} de la facture {invoice} sera crédité. {initials}",
 ],
})

FR["agent_x"] += [
  "Bonjour {myname}, votre compte compte maintenant {qty}. Carte {masked}. Des questions ? Appelez le {cphone}. {agent} | {brand} SA | n° d'entreprise {kvk}",
  "Bonjour {myname}, {qty} liés, paiement via {masked}. Le relevé de compteur {meter} concerne votre fournisseur d'énergie. Joignables au {cphone}, TVA {kvk}. {initials}",
]

"""Belgian French templates."""

FR = {
 "pub": {
  "death": [
   "{ment} mon père est décédé le {ddate} et vous continuez à prélever {amt} par mois. C'est honteux. {tag}",
   "{ment} ça fait {qty} que j'attends la clôture du contrat de ma maman décédée. Dossier {ticket}. {tag} {tag}",
   "{ment} un grand merci à la conseillère qui m'a aidée avec tant de gentillesse après le décès de mon mari 🙏 {tag}",
   "{ment} divorce + déménagement et votre site plante avec l'erreur {err}. Super. {tag}",
   "{ment} comment on fait pour résilier l'abonnement d'une personne décédée ?? {url} ne dit rien {tag}",
   "{ment} je vous ai envoyé en MP le numéro de client de ma mère ({cust}), merci de me répondre vite, les funérailles sont le {sdate}",
  ],
 },
 "chat": {
  "death": [
   "Bonjour, mon père {dname} est décédé le {ddate}. Je souhaite bloquer son compte {iban}. Son numéro national : {bsn}. Je suis son fils.",
   "bjr ma mère est décédée, il faut arrêter son abonnement GSM {tel}. n° client {cust}. sa date de naissance {dob}",
   "Bonsoir. Mon mari nous a quittés il y a 3 semaines. Sa carte {card} est toujours débitée. Pouvez-vous faire le nécessaire ? Le code PIN je ne l'ai pas.",
   "Je suis l'héritière de {dname}. Le contrat d'énergie au {addr} doit être clôturé. Code EAN {cust:ean}, index jour {meter} et nuit {meter}.",
   "Voici les infos demandées :\nDéfunt : {dname}\nNé le : {dob}\nN° registre national : {bsn}\nCompte : {iban}\nAdresse : {addr}\nMon GSM : {tel}",
   "Salut, le compte streaming de papa, il est décédé. Son mail c'est {mail:d} et le mot de passe {pw}, je veux juste arrêter les prélèvements sur {iban}",
   "Bonjour, la police d'assurance obsèques {cust:polis} de ma grand-mère doit couvrir la facture des {funeral} ({inv}, {amt}). IBAN des pompes funèbres : {iban}",
   "Le téléphone de maman est bloqué, il demande le code PUK. Son numéro c'est {tel}. Code SIM c'était {pin} je crois.",
  ],
  "life": [
   "Nous divorçons. Le compte joint {iban=a} doit être scindé. Mon ex : {pname}, NN {bsn}. Le mien : {bsn}.",
   "Je me suis mariée le {date} et je porte maintenant le nom de {rname}. Merci de modifier mon contrat {cust:contract}. Nouvelle adresse : {addr}",
   "On emménage ensemble au {addr} le {sdate}. Mon n° client {cust}, celui de mon copain {cust}. Il faut transférer internet.",
   "Notre fils {baby} est né le {dob:baby} 👶 je voudrais l'ajouter à l'assurance hospitalisation {cust:polis}. Son NISS : {bsn}",
   "Après la séparation, mon ex connaît toujours le mot de passe de l'espace client. Identifiant {user:r}. Nouveau mot de passe souhaité : {pw}",
   "Nouveau logement, le wifi {ssid} ne marche pas avec la clé {wifi}. Modem {model}, erreur {err}. Rappelez-moi au {tel}",
  ],
  "security": [
   "J'ai reçu un code par SMS sur le téléphone de mon père décédé : {otp}. Je dois le donner à qui ?",
   "Le code de la boîte à clés de l'appartement de maman est {pin}, le technicien peut passer le {sdate}. Contrat {cust}",
   "Connexion suspecte sur le compte de mon défunt mari depuis l'adresse IP {ip} à {time}. Client {cust}",
   "La carte de crédit de maman {card} (exp. {exp}, cryptogramme {cvv}) est encore enregistrée. Elle est décédée le {ddate}. Dernier débit {amt}, commande {order}.",
   "Je rentre avec le vol {flight} le {sdate} pour l'enterrement. Le code reçu sur le tél de papa : {otp}. Mon numéro : {tel}",
   "Le support m'a demandé le jeton de session de l'appli de mon mari défunt : {tok} (request id {req}). Le modem revient, suivi {track}.",
   "Après la séparation, la clé API {api} de sa boutique en ligne est toujours active sur le port {port}. Client {cust}, produit {prod}.",
  ],
 },
 "mail": {
  "notary": [
   "Madame, Monsieur,\n\nEn ma qualité de notaire chargé de la liquidation de la succession de feu Monsieur {dname}, né le {dob}, en son vivant domicilié {addr}, décédé le {ddate}, numéro de registre national {bsn}, je vous saurais gré de bien vouloir me communiquer le solde des comptes au jour du décès, dont le compte {iban}.\n\nMerci de rappeler notre référence : {nref}.\n\nVeuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.\n\n{notary}\nBCE {kvk}",
   "Madame, Monsieur,\n\nSuite à votre courrier du {date}, je vous prie de trouver ci-joint le certificat d'hérédité relatif à la succession de Madame {dname} (NN {bsn}). Les héritiers sollicitent le transfert du solde du compte {iban=a} vers le compte de tiers de l'étude {iban}.\n\nLa police {cust:polis} peut également être résiliée.\n\nRéf. étude : {nref}\n\n{notary}",
   "Madame, Monsieur,\n\nNous vous informons que Madame {rname}, domiciliée {addr}, joignable au {tel} et à l'adresse {mail}, a été désignée exécutrice testamentaire de feu {dname} (n° client {cust}).\n\nNos références : {nref}\n\n{notary}",
  ],
  "family": [
   "Bonjour,\n\nJe ne sais pas trop par où commencer. Ma mère {dname} est décédée le {ddate} à l'hôpital. Elle avait chez vous un contrat (n° client {cust=k}) au {addr}. La dernière facture ({inv}) de {amt} a été prélevée après son décès.\n\nL'acte de décès (n° {certno}) a déjà été envoyé deux fois. Pouvez-vous rembourser sur mon compte {iban} ? Mon GSM : {tel}.\n\nMerci de votre compréhension, c'est une période très difficile.",
   "Bonjour,\n\nMon mari et moi sommes en instance de divorce. Le contrat d'électricité est à son nom ({cust:contract}) mais je reste dans la maison au {addr}. Mon numéro national est {bsn} et ma date de naissance {dob:young}. Je voudrais tout mettre à mon nom, domiciliation sur {iban}.",
   "Bonjour,\n\nSuite au décès de mon époux {dname} le {ddate}, je souhaite conserver le compte joint {iban=a} à mon nom seul. Sa carte de crédit se terminant par {mask} peut être annulée.\n\nNom : {rname}\nDate de naissance : {dob}\nAdresse : {addr}\nTéléphone : {tel}\n\nLes {funeral} demandent si la facture peut être payée directement depuis {iban=a}.",
  ],
 },
 "agent": {
  "condolence": [
   "Nos sincères condoléances, {rfirst}. Le contrat n° {cust=k} est clôturé au {sdate}. Le solde de {amt} sera remboursé sur {iban} sous {qty}. Bon courage, {agent}",
   "Toutes nos condoléances. Pour bloquer le compte de votre papa, nous avons besoin d'une copie de l'acte de décès, à déposer via {url}. Votre dossier : {ticket}. {agent}",
   "Bonjour {rfirst}, je suis désolée pour votre perte. Merci de ne jamais envoyer de mot de passe ou de code PIN par message privé. Appelez-nous au {cphone}. {agent}",
   "Mes condoléances. La ligne {tel} est encore au nom de {dname}. Le code PUK est {puk}, vous pourrez ensuite reprendre le numéro. Bien à vous, {agent}",
   "Félicitations pour la naissance de {baby} ! Elle est ajoutée à la police {cust:polis} à partir du {date}. {agent}",
   "Nous avons bien modifié le nom sur le contrat {cust:contract} après votre mariage. Nouvelle adresse enregistrée : {addr}. Belle journée, {agent}",
  ],
 },
}

FR_WRAP = {
 "greet": ["Madame, Monsieur,\n\n", "Bonjour,\n\n", "Bonjour {brand},\n\n", "Chère équipe,\n\n", "Bonsoir,\n\n", "Madame, Monsieur, bonjour,\n\n"],
 "close": ["\n\nCordialement,\n", "\n\nBien à vous,\n", "\n\nMerci d'avance,\n", "\n\nVeuillez agréer mes salutations distinguées.\n\n", "\n\nBonne journée,\n", "\n\nDans l'attente de votre réponse,\n"],
 "sig": ["{rname}\n{addr}\nGSM : {tel}", "{rname}\n{tel}", "{rfirst}\n\nEnvoyé de mon iPhone", "{rname} - {mail}", "{rname}\nfille de {dname}\n{tel}", "{rname}\n{mail}\n{tel}"],
 "quote": ["\n\nLe {date} à {time}, Service clientèle {brand} a écrit :\n", "\n\n-----Message d'origine-----\nDe : {brand}\nEnvoyé : {date}\nObjet : Votre dossier {ticket}\n\n", "\n\n{agent} ({brand}) a écrit le {date} :\n", "\n\n---- Message précédent ----\n"],
 "fwd": ["---------- Message transféré ---------\nDe : {dname} <{mail:d}>\nDate : {date}\n\n", "Début du message réexpédié :\nDe : {rname} <{mail:r}>\n\n"],
 "disc": ["\n\nCe message est confidentiel. TVA {kvk}.", "\n\nPensez à l'environnement avant d'imprimer ce courriel."],
 "asig": ["\n\nCordialement,\n{agent}\nService clientèle {brand}\n{cphone}", "\n\nBien à vous,\n{agent} - Cellule Succession\n{brand} - BCE {kvk}", "\n\n{agent}\n{url}"],
}

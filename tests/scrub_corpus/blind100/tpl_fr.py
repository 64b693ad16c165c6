"""Belgian French templates."""

CHAT = {
 'fr': {
  'solar': [
   "Bonjour, mon onduleur {model} affiche l'erreur {err} depuis le {date}. N° client {cust}, adresse {address}",
   "Merci de modifier ma domiciliation vers le compte {iban} au nom de {name}. Contrat {contract}",
   "Relevé du compteur: jour {meter}, nuit {meter2}, injection {meter3}. Code EAN {ean}",
   "Je n'arrive plus à me connecter à {app}. Identifiant {user}, mot de passe {password}",
   "Pour la prime il faut mon numéro de registre national? C'est {rrn}, né le {dob}",
   "Le code reçu par SMS est {otp} mais ça ne marche pas. Mon mail: {email}",
   "Le wifi a changé : réseau {ssid}, clé {wifi}. Pouvez-vous reconnecter l'onduleur? Tél {phone}",
   "Clé API pour le monitoring: {apikey} (ne marche plus depuis la version {version})",
   "Somme de contrôle du firmware {checksum} ne correspond pas. Modèle {model}",
  ],
  'uni': [
   "Bonjour, je n'ai pas accès à {app}. Matricule {student}, mot de passe {password}",
   "Le minerval de {amount} a été prélevé deux fois sur {iban}. Matricule {student}",
   "Pour l'allocation d'études: registre national {rrn}, adresse {address}, GSM {phone}",
   "Code de vérification {otp} reçu mais MFA bloque. Compte {user}",
   "Nouvelle adresse de kot : {address}. Merci d'envoyer les attestations à {email}",
   "Je suis né le {dob}, matricule {student}, est-ce que je peux payer en {dur}?",
  ],
  'charity': [
   "Je souhaite arrêter mon ordre permanent. N° donateur {donor}, compte {iban}",
   "Je n'ai pas reçu l'attestation fiscale {year}. NN {rrn}, donateur {donor}",
   "Vous avez prélevé {amount} au lieu de {amount2}. Mandat {mandate}. Appelez-moi au {phone}",
   "Merci de mettre à jour mon adresse: {address}. Numéro {donor}",
   "Don de {amount} par carte {card} exp. {expiry} cryptogramme {cvv}, est-ce bien reçu?",
   "Mon adresse mail est maintenant {email}, date de naissance {dob} pour l'attestation",
  ],
  'alarm': [
   "L'alarme s'est déclenchée à {time} sans raison. N° de contrat {contract}, adresse {address}",
   "Nouveau code clavier: {alarmcode}, l'ancien était {alarmcode2}. Abonnement {subscriber}",
   "La caméra {ip} port {port} ne répond plus. Mot de passe admin {password}",
   "Code de la boîte à clés {pin}, le technicien peut entrer le {date}. Appelez d'abord le {phone}",
   "Code de vérification {otp} mais l'app dit invalide. Login {user}",
   "Je résilie le contrat de télésurveillance {contract} au {date}. Ne plus prélever sur {iban} svp",
   "La carte SIM de la centrale est bloquée, code PUK {puk}, code PIN {pin}",
   "Token d'accès pour l'intégration: {token}",
  ],
  'car': [
   "Bonjour, ma {car} doit passer à l'entretien. Plaque {plate}, numéro de châssis {vin}. GSM {phone}",
   "Contrat de leasing {contract}: changement de pneus le {date} à {time}. Adresse: {address}",
   "Acompte de {amount} payé depuis {iban}, bon de commande {order}",
   "Code du boîtier à clés {pin}, la voiture est sur le parking. {first}",
   "Numéro de police {policy}, sinistre du {date}. Mon numéro national {rrn}",
   "Paiement facture {invoice}: carte {card} exp {expiry} CVC {cvv}",
   "Connexion {app} avec {user} / {password} impossible, erreur {err}",
  ],
 },
}

PUBLIC = {
 'fr': {
  'solar': ["{mention} toujours pas de remboursement depuis {dur}. N° client {cust} {hashtag}", "{mention} compteur bloqué, erreur {err} {hashtag}",
            "{mention} rappelez-moi au {phone} svp"],
  'uni': ["{mention} minerval de {amount} prélevé deux fois {hashtag}", "{mention} la plateforme plante pendant le blocus {hashtag}",
          "{mention} mon matricule {student} n'est pas sur la liste"],
  'charity': ["{mention} attestation fiscale {year} toujours pas reçue", "Fiers de nos élèves : {amount} pour {mention} ! {hashtag}",
              "{mention} arrêtez de m'appeler au {phone}"],
  'alarm': ["{mention} encore une fausse alarme à {time} {hashtag}", "{mention} technicien jamais venu, contrat {contract}",
            "{mention} caméra {model} hors ligne après la mise à jour {version}"],
  'car': ["{mention} ma voiture est au garage depuis {dur} {hashtag}", "Merci {mention} pour le service rapide {hashtag} {url}",
          "{mention} où en est ma commande {order}? GSM {phone}"],
 },
}

AGENT = {
 'fr': [
  "Bonjour {first}, pouvez-vous nous envoyer votre numéro client en message privé ? Belle journée, {agent}",
  "Bonjour {first}, la domiciliation sur le compte {iban} est arrêtée à partir du {date}. Dossier {ticket}. Cordialement, {agent}",
  "Bonjour {first}, un technicien passera le {date} entre {time} et {time2}. Il vous appellera au {phone}.",
  "Bonjour {first}, ne partagez jamais votre mot de passe. Vous pouvez le modifier via {url}. ^{ainit}",
  "Bonjour {first}, votre attestation {year} sera envoyée à {address}. Réf. {ticket}. {agent}",
  "Bonjour {first}, nous voyons un paiement avec la carte {masked}. Tout est en ordre. Service client: {cphone}",
 ],
}

GREET = {'fr': ["Bonjour,", "Madame, Monsieur,", "Bonjour {brand},", "Bonsoir,", "Chère équipe,", "Bonjour Madame, Monsieur,"]}
CLOSE = {'fr': ["Cordialement,", "Bien à vous,", "Merci d'avance,", "Meilleures salutations,", "Salutations distinguées,", "Bàv,"]}
SIG = {'fr': ["{name}\n{address}\nGSM : {phone}", "{first}\n\nEnvoyé de mon iPhone", "{name}\nTél. {phone}", "{name}\n{email}",
              "{first} {last}\n{address}\nN° client {cust}", "{first}"]}
QUOTE = {'fr': [
  "Le {date} à {time}, {brand} a écrit :\nMadame, Monsieur,\nVotre demande est enregistrée sous la référence {ticket}. Contact : {cphone}.\n{agent}",
  "-----Message d'origine-----\nDe : {brand}\nEnvoyé : {date}\nObjet : dossier {ticket}\n\nMerci de nous communiquer votre numéro de compte.",
  "Le {date}, {agent} a écrit :\nBonjour, la facture {invoice} d'un montant de {amount} a été corrigée.",
]}
DISCL = {'fr': ["Ce message et ses annexes sont confidentiels. N° d'entreprise {kvk}.", "Pensez à l'environnement avant d'imprimer ce mail.",
                "{brand} - TVA {kvk} - {url}"]}
SUBJECT = {'fr': ["Question", "Modification", "Réclamation dossier {ticket}", "RE: votre demande", "Domiciliation", "Attestation fiscale"]}

STORY = {
 'fr': [
  "J'ai déjà contacté votre service clientèle à plusieurs reprises, mais personne ne me rappelle. Le {date}, on m'avait promis un retour rapide.",
  "Franchement, je commence à perdre patience. J'ai essayé le chat, l'application et le formulaire sur {url}, sans résultat.",
  "Pour le contexte : nous sommes clients depuis {year} et tout allait bien, mais maintenant il reste {amount} à payer alors que tout est réglé.",
  "Je vous renvoie ce mail car je n'ai reçu aucune réponse à mon message précédent (référence {ticket}).",
 ],
}

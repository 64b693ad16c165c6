"""Belgian templates: Flemish (nl-be) and French (fr-be), grouped by sector."""

BODY_VL = {
 "clean": [
  "Dag, de poetsvrouw mag binnen met de code {pin} van het sleutelkastje. Ik ben er {~date} niet. {addr}",
  "Ik betaal met dienstencheques maar er is toch {~amount} gedomicilieerd van {iban}?? Klantnummer {cust}",
  "Goeiemiddag, kan er iemand komen poetsen op ons kantoor ({~qty})? Mijn gsm: {phone}, mail {email}",
  "Inloggen op de app lukt niet. login {user} paswoord {password}. Foutcode {~error}",
 ],
 "window": [
  "De glazenwasser heeft onze ruiten {~date} overgeslagen. Adres {addr}, klantennummer {cust}",
  "Mag ik vragen om de factuur {~invoice} opnieuw te sturen naar {email}? Bedankt!",
  "Hij kan achteraan binnen via de poort, code {pin}. Bel eerst naar mijn gsm {phone}",
  "Wij zouden graag een abonnement, {~qty}. Domiciliëring op {iban}, adres {addr_short}",
 ],
 "roof": [
  "Er komt water binnen langs de schouw sinds {~date}!! Dringend. {addr}, gsm {phone}",
  "Offerte {~order} voor de platte dak is ok. Voorschot {~pct} stort ik vanaf {iban}. Btw-attest volgt.",
  "De dakwerker mocht de sleutel uit de kluis nemen (code {pin}) maar die is er nooit geweest. Bel mij: {phone}",
  "Garantie tot {~year}. Klantnummer {cust}, rijksregisternummer {rrn} (dat vroeg uw collega).",
 ],
 "claims": [
  "Schadedossier {~ticket}: waterschade keuken. Polisnummer {policy}, rijksregisternr {rrn}. Uitbetaling op {iban} aub",
  "Ik heb een ongeval gehad met de huurwagen. polis {policy} geboortedatum {dob} gsm {phone}",
  "Via itsme lukt het niet, de code {otp} is altijd vervallen. Klantnummer {cust}",
  "Al {~qty} geen antwoord op mijn schadeaangifte van {~date}. Mijn adres is {addr}. Mail: {email}",
 ],
 "isp": [
  "Ons zakelijk internet ligt plat sinds {~time}, modem {~model} geeft {~error}. Klantnummer {cust}, vast IP {ip}",
  "Wifi code van de winkel is {wifi}, netwerk {=ssid}. Kan de technieker dat instellen? Contract {contract}",
  "Admin van de router: {user} en wachtwoord {password}. Poort {~port} moet openstaan.",
  "Simkaart geblokkeerd, PUK {puk}? Pincode was {pin}. Abonnement {contract}",
 ],
 "rental": [
  "Reservatie {~order}, mijn vlucht {~flight} heeft vertraging. Ik ben er pas om {~time}. Gsm {phone}",
  "Waarborg van {~amount} nog altijd niet teruggestort op {iban}. Nummerplaat {=plate}.",
  "Betaling lukt niet met kaart {card} exp {expiry} cvc {cvv}. Helpen aub",
  "Kilometerstand bij afgifte was {~meter}, niet wat op de factuur {~invoice} staat. Lidnummer {member}",
 ],
 "muni": [
  "Bewonerskaart aangevraagd op {~date}, dossiernummer {~ticket}. Rijksregisternummer {rrn}, adres {addr}",
  "Mijn nummerplaat is veranderd naar {=plate}, kan dat op bewonerskaart {permit}? Gsm {phone}",
  "Retributie van {~amount} gekregen terwijl ik een parkeerkaart heb ({permit}). Adres {addr_short}",
  "Aanvraag omgevingsvergunning, de betaalde {~amount} ging van {iban}. Wanneer komt er een beslissing? {email}",
 ],
}

BODY_FR = {
 "clean": [
  "Bonjour, la femme de ménage peut entrer avec le code {pin} de la boîte à clés. Je serai absente le {~date}. {addr}",
  "On m'a prélevé {~amount} sur {iban} alors que je paie en titres-services ?! N° client {cust}",
  "Pourriez-vous nettoyer nos bureaux ({~qty}) ? Mon GSM : {phone}, e-mail {email}",
  "Impossible de me connecter à l'appli. identifiant {user} mot de passe {password}. Erreur {~error}",
 ],
 "window": [
  "Le laveur de vitres n'est pas passé le {~date}. Adresse : {addr}, numéro client {cust}",
  "Merci de renvoyer la facture {~invoice} à {email} svp",
  "Il peut entrer par le portail arrière, code {pin}. Appelez d'abord mon gsm au {phone}",
  "Domiciliation sur {iban} pour l'abonnement {~qty}. Adresse {addr_short}",
 ],
 "roof": [
  "Infiltration d'eau par la cheminée depuis le {~date} !! Urgent. {addr}, tél {phone}",
  "Devis {~order} accepté. L'acompte de {~pct} sera versé depuis {iban}.",
  "Le couvreur devait prendre la clé dans le coffre (code {pin}) mais personne n'est venu. Rappelez-moi au {phone}",
  "La garantie court jusqu'en {~year}. N° client {cust}, numéro national {rrn} (demandé par votre collègue).",
 ],
 "claims": [
  "Dossier sinistre {~ticket} : dégât des eaux. N° de police {policy}, registre national {rrn}. Versement sur {iban} svp",
  "Accident avec la voiture de location. police {policy} né le {dob} gsm {phone}",
  "Le code {otp} reçu par SMS est toujours expiré. Numéro client {cust}",
  "Toujours pas de réponse depuis {~qty} à ma déclaration du {~date}. Mon adresse : {addr}. Mail : {email}",
 ],
 "isp": [
  "Notre ligne pro est coupée depuis {~time}, le modem {~model} affiche {~error}. Client {cust}, IP fixe {ip}",
  "La clé wifi du magasin est {wifi} (réseau {=ssid}). Le technicien peut-il la configurer ? Contrat {contract}",
  "Accès admin du routeur : {user} / mot de passe {password}. Le port {~port} doit être ouvert.",
  "Carte SIM bloquée, le PUK c'est {puk} ? Le code PIN était {pin}. Abonnement {contract}",
 ],
 "rental": [
  "Réservation {~order}, mon vol {~flight} est retardé, j'arrive vers {~time}. GSM {phone}",
  "La caution de {~amount} n'est toujours pas remboursée sur {iban}. Plaque {=plate}.",
  "Le paiement refuse ma carte {card} exp {expiry} cryptogramme {cvv}. Aide svp",
  "Le kilométrage au retour était {~meter}, pas celui de la facture {~invoice}. N° de membre {member}",
 ],
 "muni": [
  "Carte de riverain demandée le {~date}, dossier {~ticket}. Numéro de registre national {rrn}, adresse {addr}",
  "Ma plaque a changé ({=plate}), pouvez-vous mettre à jour la carte riverain {permit} ? GSM {phone}",
  "Redevance de {~amount} reçue alors que j'ai une carte de stationnement ({permit}). Adresse {addr_short}",
  "Demande de permis d'urbanisme, {~amount} payés depuis {iban}. Quand aurai-je une décision ? {email}",
 ],
}

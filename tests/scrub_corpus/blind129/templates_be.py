"""Belgian templates: Flemish (nl-be) and French (fr-be)."""

BODY_NLBE = {
"hotel": [
    "Dag, wij komen {n:date} toe rond {n:time}, is de receptie dan nog open? Anders graag de code van de sleutelkluis, mijn gsm is {s:phone}",
    "Ik heb voor {n:quantity} gereserveerd maar de betaling met mijn kaart {s:card} (vervalt {s:card_expiry}) is blijkbaar geweigerd. CVC is {s:cvv}.",
    "Kunnen jullie de waarborg van {n:amount} terugstorten op {s:iban}? Reservatie {n:order_number}.",
    "Voor het gastenregister vragen jullie mijn rijksregisternummer: {s:bsn}. Geboren op {s:date_of_birth}. Mag dat gewoon per mail?",
    "Wifi wachtwoord van {f:ssid} is blijkbaar {s:wifi_key} maar mijn gsm wil niet connecteren ({n:error_code})",
    "Factuur {n:invoice_number} graag op naam van onze firma, ondernemingsnummer {n:company_registration/be}, {s:address}",
],
"venue": [
    "Ik heb {n:quantity} besteld voor {n:date} maar niks ontvangen op {s:email}. Bestelling {n:order_number}, {n:amount} betaald met Bancontact.",
    "Mijn abonnement {s:customer_number} werkt niet aan de ingang. Kunnen jullie dat nakijken? Mijn gsm: {s:phone}",
    "Bij het aanmelden krijg ik een code via sms ({s:otp}) maar de site zegt 'ongeldig'. Gebruikersnaam is {s:username}",
    "Graag terugbetaling van de tickets voor {n:date} op rekening {s:iban}, op naam van {f:name}",
    "We komen met de klas ({n:quantity}), school: {s:address}. Contact {f:name}, {s:phone}",
    "Mijn zoontje is geboren op {s:date_of_birth}, mag hij dan nog gratis binnen? Tijdslot {n:time}",
],
"print": [
    "Ik heb {n:quantity} laten drukken (bestelling {n:order_number}) en de snijlijnen kloppen niet. Artikelcode {n:product_code}",
    "Inloggen op het uploadportaal lukt niet: login {s:username}, paswoord {s:password}. Foutcode {n:error_code}",
    "Gelieve te leveren op {s:address}. Track & trace {n:tracking_number} staat nog altijd op 'onderweg'",
    "Onze webshop praat met jullie via API key {s:api_key}, sinds {n:date} krijgen we {n:error_code}",
    "Klantnummer {s:customer_number}, btw {n:company_registration/be}. De factuur {n:invoice_number} mag naar {s:email/work}",
    "De kopieermachine ({n:model_number}) heeft {n:amount} van mijn kaart {s:customer_number} gehaald zonder te printen",
],
"diy": [
    "Besteld op {n:date}: {n:quantity} ({n:product_code}). Leveradres {s:address}, niks gekregen. Zending {n:tracking_number}",
    "Mijn Hubo klantenkaart {s:customer_number} staat nog op mijn oud adres, nieuw adres is {s:address}",
    "De schuurmachine {n:model_number} is kapot na 1 week. Betaald met kaart {n:masked_value}. Retournummer {n:ticket_number}",
    "Terugbetaling van {n:amount} aub op {s:iban}, dat is de rekening van mijn man {f:name}",
    "In de app vraagt hij een bevestigingscode, ik kreeg {s:otp} maar het blijft draaien. Versie {n:version_string}",
    "Kan de chauffeur bellen voor hij komt? {s:phone}. Bellen werkt niet, de code van de poort is {s:pin/door}",
],
"cowork": [
    "Mijn badge werkt niet, ik gebruik nu de deurcode {s:pin/door}. Lidnummer {s:customer_number}",
    "Het wifi-paswoord is gewijzigd? Ik had {s:wifi_key} en dat pakt niet meer. Mijn laptop heeft IP {s:ip_address}",
    "Facturen graag naar {s:email/work}, firma {f:name} BV, ondernemingsnr {n:company_registration/be}",
    "De domiciliëring van {n:amount} is twee keer afgehouden van {s:iban}. Contract {s:customer_number}",
    "Voor de integratie met onze agenda gebruiken we token {s:token}, sinds versie {n:version_string} geeft dat {n:error_code}",
    "Ik verwacht bezoek om {n:time}, {f:name}, gsm {s:phone}. Kan iemand hem binnenlaten?",
],
"recruit": [
    "Voor mijn inschrijving vroeg de consulent mijn rijksregisternummer: {s:bsn}, geboren {s:date_of_birth}",
    "Mijn loon van {n:date} is niet gestort op {s:iban}. Personeelsnummer {s:customer_number}",
    "Ik geraak niet in het urenportaal: login {s:username}, paswoord {s:password}, en sms-code {s:otp} werkt niet",
    "Nieuw adres voor de loonfiches: {s:address}. Mijn nieuwe gsm-nummer is {s:phone}",
    "Ik solliciteer voor vacature {n:request_id}, cv gestuurd vanaf {s:email}. Bereikbaar na {n:time} op {s:phone}",
    "Waarom {n:amount} afgehouden? Ik heb {n:quantity} gewerkt met {n:percentage} nachtpremie. Loonbrief {n:invoice_number}",
],
"account": [
    "Ik heb mijn paswoord veranderd van {s:password} naar {s:password} en toch lukt het niet",
    "Ik kreeg sms 'Uw code: {s:otp=o}', als ik {s:otp=o} ingeef staat er vervallen",
    "Mijn mailadres is veranderd: oud {s:email}, nieuw {s:email}. Klantnr {s:customer_number}",
    "PUK-code van mijn sim is {s:puk}, de oude pincode was {s:pin}",
],
}

PUBLIC_NLBE = [
    "{n:mention} al {n:quantity} geen antwoord op mijn mail, reservatie {n:order_number} {n:hashtag}",
    "{n:mention} {n:amount} voor een ticket?? Zot. {n:hashtag}",
    "{n:mention} bel mij aub terug op {s:phone}, ik hang al een half uur in de wachtrij {n:hashtag}",
    "{n:mention} jullie site geeft {n:error_code}, zie {n:url} {n:hashtag}",
    "Super geholpen door {f:agent} van {n:mention}, merci! {n:hashtag}",
    "{n:mention} pakje {n:tracking_number} ligt al een week stil {n:hashtag}",
]
AGENT_NLBE = [
    "Dag {f:first}, we hebben uw nieuw adres {s:address} aangepast. U krijgt een bevestiging op {s:email}. Groetjes, {f:agent}",
    "Hallo {f:first}, deel nooit uw paswoord met ons. U kan het resetten via {n:url}. Dossiernummer {n:ticket_number}. {f:ini}",
    "Dag {f:first}, de terugbetaling van {n:amount} is op {n:date} gebeurd naar {n:masked_value}. Vragen? Bel {n:company_phone}. {f:agent}",
    "Hoi {f:first}, de nieuwe code van de sleutelkluis is {s:pin/door}. Inchecken kan vanaf {n:time}. {f:agent}",
    "Dag {f:first}, klopt het dat uw gsm-nummer {s:phone} is? Dan bellen we u morgen. {f:ini}",
    "Hallo {f:first}, stuur ons gerust uw klantnummer via privébericht, maar nooit uw kaartgegevens. {f:agent}",
]
SMS_NLBE = ["Uw bevestigingscode is {s:otp}. Geef deze code aan niemand door.", "{f:biz}: uw eenmalige code {s:otp}", "Code: {s:otp} - geldig {n:quantity/dur}", "itsme: bevestig met code {s:otp}"]
GREET_NLBE = ["Beste,", "Geachte,", "Dag,", "Hallo,", "Goeiemorgen,", "Beste {f:agent},"]
CLOSE_NLBE = ["Met vriendelijke groeten,", "Groetjes,", "Mvg", "Alvast bedankt,", "Vriendelijke groet,", "Dank u!"]
SIG_NLBE = ["{f:name}\n{s:address}\nGsm: {s:phone}", "{f:name}\n{s:phone}\n{s:email}", "{f:first}\n\nVerzonden vanaf mijn Samsung Galaxy", "{f:name} — zaakvoerder\nT {s:phone}\nBTW {n:company_registration/be}"]
AGENT_SIG_NLBE = ["Met vriendelijke groeten,\n{f:agent}\nKlantendienst {f:biz}\n{n:company_phone} | {n:url}", "Groeten,\n{f:agent}\n{f:biz} NV — ondernemingsnummer {n:company_registration/be}"]
QUOTE_HDR_NLBE = ["Op {n:date} om {n:time} schreef {f:name} <{s:email}>:", "Van: {f:name} <{s:email}>\nVerzonden: {n:date}\nOnderwerp: RE: uw vraag", "Op {n:date/short} {n:year}, {f:name} schreef:"]
FWD_HDR_NLBE = ["---------- Doorgestuurd bericht ---------\nVan: {f:name} <{s:email}>\nDatum: {n:date}", "Begin doorgestuurd bericht:\nVan: {f:name}\nOnderwerp: factuur {n:invoice_number}"]
DISCLAIMER_NLBE = ["Dit bericht en de bijlagen zijn vertrouwelijk en uitsluitend bestemd voor de geadresseerde.", "Gelieve het milieu te sparen en deze mail niet af te drukken."]
SUBJECT_NLBE = ["Onderwerp: reservatie", "Onderwerp: RE: terugbetaling", "Onderwerp: paswoord", "Onderwerp: nieuw adres"]

BODY_FRBE = {
"hotel": [
    "Bonjour, nous arrivons le {n:date} vers {n:time}, la réception sera-t-elle encore ouverte? Sinon merci de m'envoyer le code de la boîte à clés, mon GSM: {s:phone}",
    "J'ai réservé {n:quantity} mais le paiement avec ma carte {s:card} (exp. {s:card_expiry}, cryptogramme {s:cvv}) a été refusé.",
    "Merci de rembourser la caution de {n:amount} sur mon compte {s:iban}. Réservation {n:order_number}.",
    "Pour la fiche de police vous demandez mon numéro de registre national: {s:bsn}, né le {s:date_of_birth}. C'est obligatoire?",
    "Le mot de passe wifi de {f:ssid} est {s:wifi_key} d'après la carte mais ça ne marche pas, erreur {n:error_code}",
    "Facture {n:invoice_number} au nom de la société svp, n° d'entreprise {n:company_registration/be}, adresse {s:address}",
],
"venue": [
    "J'ai acheté {n:quantity} pour le {n:date} mais rien reçu sur {s:email}. Commande {n:order_number}, payé {n:amount}.",
    "Mon abonnement annuel {s:customer_number} n'est pas reconnu à l'entrée. Pouvez-vous vérifier? Tél {s:phone}",
    "Je reçois un code par SMS ({s:otp}) mais le site dit qu'il a expiré. Identifiant: {s:username}",
    "Remboursement des billets du {n:date} sur le compte {s:iban} au nom de {f:name} svp",
    "Sortie scolaire avec {n:quantity}. École: {s:address}. Contact {f:name}, {s:phone}",
    "Ma fille est née le {s:date_of_birth}, l'entrée est-elle encore gratuite? Créneau {n:time}",
],
"print": [
    "J'ai fait imprimer {n:quantity} (commande {n:order_number}) et les couleurs ne correspondent pas. Réf. {n:product_code}",
    "Impossible de me connecter au portail: identifiant {s:username}, mot de passe {s:password}. Erreur {n:error_code}",
    "Livraison à l'adresse {s:address} svp. Le suivi {n:tracking_number} n'a pas bougé depuis {n:date}",
    "Notre boutique en ligne utilise votre API avec la clé {s:api_key}, depuis la version {n:version_string} on a {n:error_code}",
    "N° client {s:customer_number}, TVA {n:company_registration/be}. Envoyez la facture {n:invoice_number} à {s:email/work}",
    "La photocopieuse ({n:model_number}) a débité {n:amount} de ma carte copie {s:customer_number} sans rien imprimer",
],
"diy": [
    "Commandé le {n:date}: {n:quantity} de carrelage ({n:product_code}). Adresse de livraison {s:address}, rien reçu. Colis {n:tracking_number}",
    "Ma carte de fidélité {s:customer_number} a encore mon ancienne adresse. Nouvelle adresse: {s:address}",
    "La ponceuse {n:model_number} est cassée après une semaine. Payé avec la carte {n:masked_value}. Retour {n:ticket_number}",
    "Remboursez les {n:amount} sur {s:iban} svp, c'est le compte de mon mari {f:name}",
    "L'appli me demande un code de confirmation, j'ai reçu {s:otp} mais ça tourne en rond. Version {n:version_string}",
    "Le livreur peut appeler au {s:phone}? Le code du portail est {s:pin/door}",
],
"cowork": [
    "Mon badge ne fonctionne plus, j'utilise le code de la porte {s:pin/door}. Numéro de membre {s:customer_number}",
    "Le mot de passe du wifi a changé? J'avais {s:wifi_key}. Mon PC a l'adresse IP {s:ip_address}",
    "Les factures à {s:email/work} svp, société {f:name} SRL, BCE {n:company_registration/be}",
    "La domiciliation de {n:amount} a été prélevée deux fois sur {s:iban}. Contrat {s:customer_number}",
    "Pour la synchro agenda on utilise le jeton {s:token}, depuis {n:date} on reçoit {n:error_code} sur le port {n:port}",
    "J'attends un visiteur à {n:time}, {f:name}, GSM {s:phone}. Quelqu'un peut lui ouvrir?",
],
"recruit": [
    "Pour mon inscription, le consultant demande mon numéro national: {s:bsn}, date de naissance {s:date_of_birth}",
    "Mon salaire du {n:date} n'est pas arrivé sur {s:iban}. Matricule {s:customer_number}",
    "Je n'arrive pas à me connecter au portail des prestations: login {s:username}, mdp {s:password}, code SMS {s:otp} refusé",
    "Nouvelle adresse pour les fiches de paie: {s:address}. Nouveau numéro {s:phone}",
    "Je postule pour l'offre {n:request_id}, CV envoyé depuis {s:email}. Joignable après {n:time} au {s:phone}",
    "Pourquoi {n:amount} retenus? J'ai presté {n:quantity} avec {n:percentage} de prime de nuit. Fiche {n:invoice_number}",
],
"account": [
    "J'ai changé mon mot de passe de {s:password} en {s:password} mais ça ne marche toujours pas",
    "J'ai reçu 'Votre code: {s:otp=o}', quand je tape {s:otp=o} il est expiré",
    "Mon adresse mail a changé: ancienne {s:email}, nouvelle {s:email}. N° client {s:customer_number}",
    "Code PUK {s:puk}, l'ancien code PIN était {s:pin}",
],
}

PUBLIC_FRBE = [
    "{n:mention} toujours pas de réponse à mon mail depuis {n:quantity}, réservation {n:order_number} {n:hashtag}",
    "{n:mention} {n:amount} le billet?? Sérieux {n:hashtag}",
    "{n:mention} rappelez-moi au {s:phone} svp, ça fait une heure que j'attends {n:hashtag}",
    "{n:mention} votre site affiche {n:error_code}, voir {n:url} {n:hashtag}",
    "Merci {f:agent} de {n:mention} pour l'aide rapide! {n:hashtag}",
    "{n:mention} colis {n:tracking_number} bloqué depuis une semaine {n:hashtag}",
]
AGENT_FRBE = [
    "Bonjour {f:first}, nous avons mis à jour votre adresse: {s:address}. Une confirmation suivra sur {s:email}. Bien à vous, {f:agent}",
    "Bonjour {f:first}, ne partagez jamais votre mot de passe. Vous pouvez le réinitialiser via {n:url}. Dossier {n:ticket_number}. {f:ini}",
    "Bonjour {f:first}, le remboursement de {n:amount} a été effectué le {n:date} sur {n:masked_value}. Questions? {n:company_phone}. {f:agent}",
    "Bonjour {f:first}, le nouveau code de la boîte à clés est {s:pin/door}. Check-in dès {n:time}. {f:agent}",
    "Bonjour {f:first}, votre numéro est bien le {s:phone}? Nous vous rappelons demain. {f:ini}",
    "Bonjour {f:first}, envoyez-nous votre numéro client en message privé, jamais vos données de carte. {f:agent}",
]
SMS_FRBE = ["Votre code de vérification est {s:otp}. Ne le communiquez à personne.", "{f:biz}: code à usage unique {s:otp}", "Code: {s:otp} valable {n:quantity/dur}", "itsme: confirmez avec le code {s:otp}"]
GREET_FRBE = ["Bonjour,", "Madame, Monsieur,", "Bonsoir,", "Bonjour {f:agent},", "Chère équipe,"]
CLOSE_FRBE = ["Bien à vous,", "Cordialement,", "Merci d'avance,", "Bàv", "Salutations distinguées,"]
SIG_FRBE = ["{f:name}\n{s:address}\nGSM: {s:phone}", "{f:name}\n{s:phone} - {s:email}", "{f:first}\n\nEnvoyé de mon iPhone", "{f:name}, gérant\nTél. {s:phone}\nTVA {n:company_registration/be}"]
AGENT_SIG_FRBE = ["Bien à vous,\n{f:agent}\nService clientèle {f:biz}\n{n:company_phone} | {n:url}", "Cordialement,\n{f:agent}\n{f:biz} SA - BCE {n:company_registration/be}"]
QUOTE_HDR_FRBE = ["Le {n:date} à {n:time}, {f:name} <{s:email}> a écrit :", "De : {f:name} <{s:email}>\nEnvoyé : {n:date}\nObjet : RE: votre demande", "Le {n:date/short} {n:year}, {f:name} a écrit:"]
FWD_HDR_FRBE = ["---------- Message transféré ---------\nDe : {f:name} <{s:email}>\nDate : {n:date}", "Début du message réexpédié :\nDe: {f:name}\nObjet: facture {n:invoice_number}"]
DISCLAIMER_FRBE = ["Ce message et ses annexes sont confidentiels et destinés exclusivement au destinataire.", "Pensez à l'environnement avant d'imprimer ce courriel."]
SUBJECT_FRBE = ["Objet : réservation", "Objet : RE: remboursement", "Objet : mot de passe", "Objet : changement d'adresse"]

# Belgian Dutch (Flemish) and Belgian French templates.
BE = {
 "garage": {
  "c": [
   "Dag, mijn {car} moet binnen voor de keuring en ook de terugroepactie. Ge kunt mij bereiken op {mob}. Klantnr {cust}. Kan het {date}?",
   "Ik heb de wagen zaterdag binnengebracht, sleutel in de kluis met code {code}. Kilometerstand {km}. Factuur mag naar {email}",
   "Voor de domiciliëring van het onderhoudscontract: {ibanbe} op naam van {name}, {addr}",
   "Allee, derde keer dat ik bel. Foutcode {obd} komt terug na jullie herstelling van {amount}. Bel mij aub op {phone}",
   "Mijn rijksregisternummer vragen voor een offerte? {rrn}, maar waarom is dat nodig eigenlijk",
  ],
  "p": [
   "{mention} al twee weken wachten op een vervangwagen, nul communicatie {hashtag}",
   "Keuring gedaan, {mention} zegt dat de terugroepactie niet voor mijn wagen geldt maar op {url} staat hij wel. {hashtag}",
  ],
  "a": [
   "Dag {ph}, uw wagen staat ingepland op {date} om {time}. Dossiernummer {ticket}. Bij vragen: {cphone}. Vriendelijke groeten, {agent}",
   "Hallo {first}, we hebben u teruggebeld op {mob}. De foutcode {obd} wordt gratis nagekeken onder garantie. ^{ag}",
  ],
 },
 "housing": {
  "c": [
   "Hallo, ik zit op kot in de {street} en de verwarming doet het niet sinds {date}. Huurcontract {tenant}. Mijn gsm: {mob}",
   "De waarborg van {amount} is nog altijd niet teruggestort. Rekeningnummer {ibanbe}. Ik ben op {date} vertrokken uit {addr}.",
   "Ge vraagt mijn rijksregisternummer voor het huurcontract: {rrn}. Geboortedatum {dob}. Is dat genoeg?",
   "De toegangscode van de voordeur werkt niet meer, was {code}. Ook wifi wachtwoord is veranderd, was {wifi}",
   "Kan ik inloggen op het portaal met {user}? Wachtwoord {pw} wordt niet aanvaard.",
  ],
  "p": [
   "{mention} schimmel op mijn kot en de kotbaas reageert niet. Wie kan helpen? {hashtag}",
   "{mention} huurprijs {pct} omhoog voor een kot zonder verwarming {hashtag} {hashtag2}",
  ],
  "a": [
   "Dag {first}, we hebben een herstelling aangevraagd onder referentie {ticket}. Een technieker komt {date}. Groetjes, {agent}",
   "Hallo {ph}, de waarborg wordt teruggestort op {masked}. Dit kan tot {qty} duren. ^{ag}",
  ],
 },
 "energy": {
  "c": [
   "Ik wil veranderen van leverancier via de vergelijker. EAN {ean}, klantnummer {cust}, adres {addr}. Wat moet ik nog doen?",
   "Mijn meterstanden: dag {meter}, nacht {meter2}. Opgenomen op {date}. Contract {contract}.",
   "Jullie hebben twee keer {amount} gedomicilieerd van {ibanbe}. Graag terugbetalen. Tel {mob}",
   "Ik krijg geen sms-code om in te loggen, de laatste die ik kreeg was {otp} maar die is verlopen. E-mail {email}",
   "Na de verhuis naar {addr} krijg ik nog facturen voor het oude adres. Rijksregisternr {rrn}",
  ],
  "p": [
   "Vergeleken op {url} en toch {amount} te veel betaald bij {mention}. {hashtag}",
   "{mention} al {qty} geen antwoord op mijn mail. {hashtag}",
  ],
  "a": [
   "Dag {ph}, uw meterstanden ({meter} / {meter2}) zijn goed ontvangen op EAN {ean}. Uw afrekening volgt. Met vriendelijke groeten, {agent}",
   "Hallo {first}, de dubbele domiciliëring van {amount} wordt teruggestort op {masked}. Referentie {ticket}. ^{ag}",
  ],
 },
 "library": {
  "c": [
   "Ik ben de pincode van mijn bibliotheekkaart vergeten. Lidnummer {member}, geboren op {dob}.",
   "Inloggen op de bib-app lukt niet met {user} / {pw}. Foutmelding {err}",
   "Mijn adres is veranderd, nu {addr}. Gsm {mob}. Kaartnummer {member}",
   "Ik heb {qty} teruggebracht op {date} maar het systeem zegt dat ze nog uitgeleend zijn.",
  ],
  "p": [
   "Schone nieuwe bib in {city}! Merci {mention} {hashtag}",
   "{mention} waarom kost uitlenen van een strip nu {amount}? {hashtag}",
  ],
  "a": [
   "Dag {ph}, uw pincode kan u zelf opnieuw instellen via {url}. Wij vragen nooit uw wachtwoord. Groeten, {agent}",
   "Hallo {first}, de boeken zijn correct ingeleverd op {date}. Uw kaart {member} staat weer in orde. ^{ag}",
  ],
 },
 "dating": {
  "c": [
   "Mijn profiel is geblokkeerd, ik weet niet waarom. E-mail {email}, gsm {mob}, profiel {profile}",
   "Iemand heeft mijn account gehackt. Nieuw wachtwoord gezet naar {pw} maar hij logt nog steeds in vanaf {ip}",
   "Ik heb {amount} betaald met kaart {card} (vervalt {exp}) maar geen premium gekregen",
   "Die match vroeg mijn code en ik gaf {otp}. Nu is mijn account weg. Help aub",
  ],
  "p": [
   "{mention} zoveel fake profielen, dit is toch niet normaal {hashtag}",
   "{mention} mijn abonnement loopt gewoon door na opzeggen {hashtag}",
  ],
  "a": [
   "Dag {ph}, deel nooit een verificatiecode. We hebben uw account vergrendeld en een mail gestuurd naar {maskedmail}. Referentie {ticket}.",
   "Hallo {first}, het bedrag van {amount} wordt teruggestort binnen {qty}. ^{ag}",
  ],
 },
 "airline": {
  "c": [
   "Mijn valies is niet aangekomen in Zaventem, vlucht {flight} op {date}. Referentie {pir}. Levering op {addr}, gsm {mob}",
   "Schadevergoeding voor mijn kapotte valies ({amount}) op {ibanbe} aub. Dossier {pir}",
   "De code van het slot is {code}, mogen ze het openen. Bel mij op {phone}",
   "Mijn Miles & More nummer is {ff}, kan de vlucht {flight} nog bijgeschreven worden? Mijn bagage is trouwens nog altijd zoek ({pir})",
  ],
  "p": [
   "{mention} {qty} na {flight} nog altijd geen valies. {hashtag} {hashtag2}",
   "Vlotte service van {mention} vandaag, valies op {date} netjes thuis geleverd {hashtag}",
  ],
  "a": [
   "Dag {ph}, uw valies is gevonden en wordt {date} geleverd. Dossier {pir}. Vragen? {cphone}. ^{ag}",
   "Hallo {first}, stuur ons uw referentie in een privébericht aub, deel uw adres niet publiek. ^{ag}",
  ],
 },
 "general": {
  "c": [
   "Mijn PUK-code is {puk} volgens het kaartje, maar de gsm blijft blokkeren. Oude pincode was {pin}",
   "Bezoek van iemand die mijn kaartnummer {card} vroeg samen met de CVC {cvv}. Is dat van jullie?",
   "Voor de integratie: API key {api}. We krijgen {err} vanaf {date}.",
   "Gelieve mijn gegevens te wissen: {name}, {addr}, {email}, {phone}",
  ],
  "p": [
   "{mention} app {ver} crasht bij opstarten {hashtag}",
   "{mention} al {qty} wachten op antwoord op ticket {ticket}",
  ],
  "a": [
   "Dag {ph}, gelieve nooit uw kaartgegevens in een bericht te zetten. Blokkeer uw kaart via Card Stop op {cphone}. ^{ag}",
   "Hallo {first}, we hebben uw aanvraag ({ticket}) ontvangen en sturen u een bevestiging op {maskedmail}. ^{ag}",
  ],
 },
}

FR = {
 "garage": {
  "c": [
   "Bonjour, ma {car} doit passer au contrôle technique et j'ai reçu un courrier de rappel. Numéro client {cust}. Vous pouvez me joindre au {mob}.",
   "J'ai déposé la voiture ce matin, clé dans la boîte à clés code {code}. Kilométrage {km}. Facture à envoyer à {email}",
   "Pour la domiciliation de l'entretien: IBAN {ibanbe}, titulaire {name}, adresse {addr}",
   "Le voyant moteur est revenu ({obd}) après la réparation de {amount}. Rappelez-moi svp au {phone}",
   "Vous me demandez mon numéro national pour le devis ? C'est {rrn}. Né le {dob}.",
  ],
  "p": [
   "{mention} 3 semaines pour une pièce, aucune nouvelle. Service client inexistant {hashtag}",
   "{mention} rappel constructeur sur {url} mais le garage dit que ma voiture n'est pas concernée ?? {hashtag}",
  ],
  "a": [
   "Bonjour {ph}, votre rendez-vous est fixé au {date} à {time}. Dossier {ticket}. Pour toute question : {cphone}. Cordialement, {agent}",
   "Bonjour {first}, nous avons tenté de vous joindre au {mob}. Le code {obd} sera vérifié sous garantie. ^{ag}",
  ],
 },
 "housing": {
  "c": [
   "Bonjour, je loge au kot {street} et le chauffage ne marche plus depuis le {date}. Contrat {tenant}. GSM {mob}",
   "Ma garantie locative de {amount} n'est toujours pas remboursée. Mon compte: {ibanbe}. J'ai quitté {addr} le {date}.",
   "Le code de la porte d'entrée a changé ? L'ancien était {code}. Et le mot de passe wifi {wifi} ne marche plus",
   "Je n'arrive pas à me connecter au portail étudiant, identifiant {user}, mot de passe {pw}. Erreur {err}",
   "Pour le bail on me demande mon numéro de registre national : {rrn}. Date de naissance {dob}. C'est bien sécurisé ?",
  ],
  "p": [
   "{mention} moisissures dans ma chambre depuis {qty}, personne ne répond {hashtag}",
   "{mention} loyer +{pct} pour un kot sans chauffage, sérieux ? {hashtag}",
  ],
  "a": [
   "Bonjour {first}, une intervention est prévue le {date} (réf. {ticket}). Bonne journée, {agent}",
   "Bonjour {ph}, la garantie sera remboursée sur le compte {masked} dans les {qty}. ^{ag}",
  ],
 },
 "energy": {
  "c": [
   "Je souhaite changer de fournisseur via le comparateur. Code EAN {ean}, numéro client {cust}, adresse {addr}",
   "Relevé du {date} : jour {meter}, nuit {meter2}. Contrat {contract}.",
   "Vous avez prélevé deux fois {amount} sur {ibanbe}. Merci de rembourser. Tél {mob}",
   "Je ne reçois pas le code SMS. Le dernier était {otp} mais expiré. Mon e-mail : {email}",
   "Un démarcheur m'a demandé ma carte bancaire et mon code PIN {pin}. C'est normal ?",
  ],
  "p": [
   "Comparé sur {url}, et au final {amount} de plus chez {mention} {hashtag}",
   "{mention} toujours pas de réponse après {qty} {hashtag}",
  ],
  "a": [
   "Bonjour {ph}, vos index ({meter} / {meter2}) ont bien été enregistrés pour l'EAN {ean}. Cordialement, {agent}",
   "Bonjour {first}, nous ne demandons jamais votre code PIN. Faites bloquer votre carte via Card Stop au {cphone}. ^{ag}",
  ],
 },
 "library": {
  "c": [
   "J'ai oublié le code PIN de ma carte de bibliothèque. Numéro de lecteur {member}, né le {dob}.",
   "Connexion impossible avec {user} et {pw} sur l'appli, erreur {err}",
   "Nouvelle adresse : {addr}. GSM : {mob}. Carte lecteur {member}",
   "J'ai rendu {qty} le {date} mais ils apparaissent toujours comme empruntés.",
  ],
  "p": [
   "Merci {mention} pour l'atelier BD de samedi ! {hashtag}",
   "{mention} pourquoi l'amende est passée à {amount} ? {hashtag}",
  ],
  "a": [
   "Bonjour {ph}, vous pouvez réinitialiser votre code via {url}. Nous ne demandons jamais votre mot de passe. {agent}",
   "Bonjour {first}, l'amende sur la carte {member} a été annulée. Bonne lecture ! ^{ag}",
  ],
 },
 "dating": {
  "c": [
   "Mon profil a été bloqué sans raison. E-mail {email}, numéro {mob}, ID profil {profile}",
   "Quelqu'un a piraté mon compte. Nouveau mot de passe : {pw}, mais il se connecte encore depuis {ip}",
   "J'ai payé {amount} avec la carte {card}, exp {exp}, cryptogramme {cvv}, et pas d'abonnement premium",
   "Il m'a demandé le code reçu par SMS, je lui ai donné {otpw}... compte perdu",
  ],
  "p": [
   "{mention} que de faux profils ici {hashtag}",
   "{mention} abonnement résilié le {date} et encore prélevé {hashtag}",
  ],
  "a": [
   "Bonjour {ph}, ne partagez jamais de code de vérification. Un e-mail a été envoyé à {maskedmail}. Réf. {ticket}",
   "Bonjour {first}, le montant de {amount} vous sera remboursé sous {qty}. ^{ag}",
  ],
 },
 "airline": {
  "c": [
   "Ma valise n'est pas arrivée à Bruxelles, vol {flight} du {date}. Dossier {pir}. Livraison au {addr}, GSM {mob}",
   "Remboursement des achats de première nécessité ({amount}) sur {ibanbe} svp. Dossier {pir}",
   "Le cadenas de ma valise a le code {code}, vous pouvez l'ouvrir. Joignable au {phone}",
   "Mon numéro Flying Blue est {ff}. Et toujours aucune nouvelle de ma valise ({pir}).",
  ],
  "p": [
   "{mention} {qty} après le vol {flight}, toujours pas de valise {hashtag} {hashtag2}",
   "Merci {mention}, valise livrée le {date} comme promis {hashtag}",
  ],
  "a": [
   "Bonjour {ph}, votre valise a été localisée et sera livrée le {date}. Dossier {pir}. {cphone} pour toute question. ^{ag}",
   "Bonjour {first}, merci de nous envoyer votre référence en message privé et de ne pas publier votre adresse. {agent}",
  ],
 },
 "general": {
  "c": [
   "Mon GSM demande le code PUK : {puk}. Le code PIN était {pin}, je l'ai tapé 3 fois faux",
   "Pour l'intégration, clé API {api}. On reçoit {err} depuis le {date}",
   "Token d'accès : {tok}. Il expire quand ?",
   "Merci de supprimer mes données : {name}, {addr}, {email}, {phone}",
  ],
  "p": [
   "{mention} l'appli {ver} plante au démarrage {hashtag}",
   "{mention} toujours pas de réponse au ticket {ticket}",
  ],
  "a": [
   "Bonjour {ph}, ne publiez jamais vos données de carte. Bloquez-la au {cphone}. ^{ag}",
   "Bonjour {first}, votre demande {ticket} est bien reçue, confirmation envoyée à {maskedmail}. {agent}",
  ],
 },
}

"""Belgian templates: Flemish (nl-be) and French (fr-be). Dealt alternately per group."""

GROUPS_NL = {
"pub": [
"{mention|tel} al heel de voormiddag geen internet en geen vaste lijn op ons kantoor, klantennummer {cust}. Kan er iemand bellen naar {phone}? #panne",
"Ge moet het maar kunnen: {brand|pay} stort mijn loon op de verkeerde rekening. Ik heb al {date} mijn nieuw rekeningnummer {iban} doorgegeven {mention|pay} {hashtag}",
"{mention|fun} mijn pa is gestorven op {date} en ik krijg geen antwoord op mijn mails over zijn polis {cust|pol}. Echt niet ok {hashtag}",
"Iemand ervaring met {brand|acc} voor zelfstandigen in bijberoep? {hashtag} {mention|user}",
"{mention|msp} de technieker is nooit gekomen, wij staan al sinds {time} zonder netwerk. Dossier {ticket}",
"{mention|tel} waarom krijg ik een factuur van {amt} voor een lijn die ik op {date} heb opgezegd?? klantnr {cust} {hashtag}",
"Merci {mention|acc} voor de snelle hulp met mijn btw-aangifte, {agent} is top! {hashtag}",
"{mention|fun} we hebben de rouwbrieven nog niet ontvangen en de begrafenis is {date} om {time}. Bel mij aub: {phone}",
],
"dm": [
"Dag, ik ben de zoon van {dname} die op {date} overleden is. Zijn rijksregisternummer is {rrn}, geboren {dob}. Wat moet ik doen om zijn gsm-abonnement ({phone}) stop te zetten?",
"Hallo, de login van ons {brand|cloud} beheerdersaccount is {user} en het paswoord {pw}. Kunnen jullie kijken waarom de MFA altijd {err} geeft?",
"ik heb net een code gekregen per sms, {otp}, maar ik heb niks aangevraagd?? is dat normaal",
"Mijn gsm is gestolen. Graag mijn simkaart blokkeren, nummer {phone}. PUK staat op de kaart: {puk}. Klantennummer {cust}",
"Voor de nieuwe werknemer: {name}, rijksregisternr {rrn}, adres {addr}, rekeningnummer {iban}. Start op {date}.",
"Code van de sleutelkluis aan de winkel is {pin}. De technieker mag er morgen om {time} in voor de centrale ({model}).",
"De wifi code van ons kantoor werkt niet meer: netwerk {ssid}, sleutel {wifi}. Modem {model}",
"Mijn boekhouder vraagt een API-sleutel voor de koppeling, ik heb deze gevonden: {api}. Is dat de juiste? Ondernemingsnummer {kvk}",
"paswoord van mijn {brand|acc} vergeten, login {email}. mijn gsm voor de sms is {phone}",
"Hierbij de gegevens van mijn bankkaart voor de betaling van de factuur {inv}: {card}, vervaldatum {exp}, code {cvv}",
"De pincode van mijn voicemail is {pin} en die werkt niet meer sinds de update naar {ver}. Vaste lijn {phone}",
"Kunt ge de domiciliëring stopzetten? Rekening {iban}, klantennummer {cust}. Mijn moeder is overleden op {date}.",
],
"mail": [
"Betreft: overlijden {dname}\n\nOp {date} is mijn vader, {dname}, overleden. Hij had bij u een uitvaartverzekering (polisnummer {cust|pol}). Zijn rijksregisternummer is {rrn} en zijn geboortedatum {dob}.\n\nIk ben zijn enige erfgenaam. Mag het kapitaal gestort worden op mijn rekening {iban}? Ik woon op {addr} en ben bereikbaar op {phone}.",
"Wij zijn een kleine kmo met {qty} en ons telefoonsysteem is sinds de migratie onbruikbaar. De toestellen ({model}) tonen {err}.\n\nGegevens van de hosted centrale:\nLogin: {user}\nPaswoord: {pw}\nSIP poort: {port}\nVast IP-adres: {ip}\n\nOns dossiernummer is {ticket}. Alvast bedankt om dringend te bellen naar {phone}.",
"Als zelfstandige gebruik ik {brand|acc} (klantnummer {cust}). Sinds {date} worden mijn aankoopfacturen niet meer ingelezen. De koppeling met mijn bank gebruikt dit token: {tok}.\n\nMijn ondernemingsnummer is {kvk}. Kunnen jullie dit bekijken? Mijn e-mail voor de login is {email}.",
"Ik heb een nieuwe bankrekening geopend en wil dat mijn loon vanaf {date} daarop gestort wordt. Oud: {iban:old}. Nieuw: {iban:new}. Mijn personeelsnummer bij {brand|pay} is {cust|mem}, rijksregisternummer {rrn}.",
"Iemand heeft vannacht om {time} ingelogd op onze Microsoft 365 vanaf {ip}. Ik heb het wachtwoord van de admin veranderd, oud {pw:old}, nieuw {pw:new}. De login is {email|biz}. Wat moeten we nog doen?",
"De verzekering van mijn grootmoeder {dname} (°{dob}) moet worden afgesloten. Zij is overleden op {date}. Contractnummer: {cust|pol}. De factuur van de begrafenisondernemer ({inv}) bedraagt {amt}. Kunt u die rechtstreeks betalen? Mijn adres: {addr}.",
],
"agent": [
"Dag {fn}, spijtig dat je zonder lijn zit. Er is een storing gekend in jouw zone (ref {ticket}). Stuur ons gerust je klantennummer via PB. Groetjes, {agent}",
"Oprechte deelneming, {fn}. We hebben het contract {cust|pol} van {dname} teruggevonden. Het kapitaal van {amt} storten we op {iban}.",
"Het paswoord van je SIP-account is gereset naar {pw}. Gelieve dit te wijzigen via {url|tel}. ^{agent}",
"Dag {fn}, om veiligheidsredenen vragen we nooit je volledige paswoord of pincode. Bel ons op {cphone} als je vragen hebt.",
"We hebben je nieuwe rekeningnummer {iban} geregistreerd, je oude rekening {masked} werd verwijderd. Het loon van {date} wordt op de nieuwe rekening gestort.",
"Dag {fn}, je toestel {model} heeft nu firmware {ver} en is opnieuw geregistreerd op IP {ip}. Laat je weten of het werkt?",
],
"greet": ["Beste,", "Goeiedag,", "Geachte,", "Dag {agent},", "Hallo {brand},", "Beste mevrouw, mijnheer,"],
"sign": [
"Met vriendelijke groeten,\n{name}\n{company}\n{addr}\nGSM {phone}\nBTW {kvk}",
"Mvg\n{fn}",
"Vriendelijke groeten,\n{name}\nTel: {phone}",
"Groetjes,\n{name}\n{email}",
],
"asign": [
"Met vriendelijke groeten,\n{agent}\nKlantendienst {brand}\n{cphone}",
"Groeten,\n{agent} - {brand} Support\n{url}",
"Vriendelijke groet,\n{agent}\nTeam Nabestaanden {brand} | {cphone}",
"Met vriendelijke groet,\n{agent} ({brand})",
],
"qhdr": ["Op {date} om {time} schreef {brand} Klantendienst:", "Van: {brand} Support\nVerzonden: {date} {time}\nOnderwerp: RE: dossier {ticket}", "Op {date} heeft {brand} het volgende geschreven:", "-----Oorspronkelijk bericht-----\nVan: Klantendienst {brand}\nDatum: {date}"],
"disc": [
"Dit bericht en eventuele bijlagen zijn vertrouwelijk en uitsluitend bestemd voor de geadresseerde.",
"{company} - Ondernemingsnummer {kvk} - RPR Gent",
"Gelieve het milieu te sparen en deze mail niet af te drukken.",
"Disclaimer: {company} BTW {kvk}. Alle gegevens worden verwerkt conform de GDPR.",
],
"fwd": [
"---------- Doorgestuurd bericht ---------\nVan: {name} <{email}>\nDatum: {date}\nOnderwerp: login",
"Begin doorgestuurd bericht:\nVan: {name} <{email}>\nDatum: {date} om {time}",
],
}

GROUPS_FR = {
"pub": [
"{mention|tel} toujours pas de ligne fixe au bureau depuis {time}, n° client {cust}. Rappelez-moi au {phone} svp #panne",
"Franchement {mention|acc} la synchro bancaire ne marche plus depuis le {date}, je dois rentrer ma TVA {hashtag}",
"{mention|fun} mon père est décédé le {date} et personne ne répond au sujet de son contrat {cust|pol}. C'est honteux {hashtag}",
"{mention|pay} mon salaire n'est toujours pas versé, il manque {amt}. Mon numéro de compte {iban} vous l'avez pourtant {hashtag}",
"{mention|msp} le technicien devait passer à {time} pour le routeur {model}, toujours personne {hashtag}",
"Merci {mention|fun} pour votre accompagnement pendant les funérailles de maman, {agent} a été formidable. {hashtag}",
"Quelqu'un utilise {brand|acc} comme indépendant complémentaire ? {mention|user} {hashtag}",
"{mention|tel} facture de {amt} pour une ligne résiliée le {date}, client {cust}. On se moque de qui ?",
],
"dm": [
"Bonjour, je suis la fille de {dname}, décédé le {date}. Son numéro de registre national: {rrn}, né le {dob}. Comment résilier son abonnement GSM {phone} ?",
"Bonsoir, identifiant admin {brand|cloud}: {user}, mot de passe {pw}. Le MFA renvoie toujours {err}, pouvez-vous regarder ?",
"j'ai reçu un code par sms {otp} alors que j'ai rien demandé c'est normal??",
"GSM volé !! Bloquez la carte SIM svp, numéro {phone}, code PUK {puk}, n° client {cust}",
"Pour le nouvel employé: {name}, NN {rrn}, domicilié {addr}, compte {iban}, début le {date}.",
"Le code de la boîte à clés est {pin}, le technicien peut passer demain à {time} pour le standard {model}.",
"Le code wifi du bureau ne marche plus. Réseau {ssid}, clé {wifi}. Modem {model}",
"Mon comptable me demande la clé API pour la connexion: {api}. Numéro d'entreprise {kvk}",
"mot de passe {brand|acc} oublié, mon login c'est {email}, GSM pour le sms {phone}",
"Voici ma carte pour régler la facture {inv}: {card} exp {exp} cryptogramme {cvv}",
"Le code de ma messagerie vocale {pin} ne fonctionne plus depuis la mise à jour {ver}. Ligne fixe {phone}",
"Pouvez-vous arrêter la domiciliation ? Compte {iban}, n° client {cust}. Ma mère est décédée le {date}.",
],
"mail": [
"Objet : décès de {dname}\n\nMadame, Monsieur,\n\nMon père, {dname}, né le {dob}, est décédé le {date}. Il avait souscrit chez vous une assurance obsèques (police n° {cust|pol}). Son numéro national est le {rrn}.\n\nEn tant qu'héritière, je vous prie de verser le capital sur mon compte {iban}. Mon adresse : {addr}. Téléphone : {phone}.",
"Nous sommes une petite PME ({qty}) et notre central téléphonique ne fonctionne plus depuis la migration. Les postes {model} affichent {err}.\n\nAccès de la centrale hébergée :\nUtilisateur : {user}\nMot de passe : {pw}\nPort SIP : {port}\nIP fixe : {ip}\n\nNotre numéro de dossier est le {ticket}. Merci de rappeler au {phone}.",
"En tant qu'indépendant j'utilise {brand|acc} (n° client {cust}). Depuis le {date} mes factures d'achat ne sont plus importées. La connexion bancaire utilise ce jeton : {tok}.\n\nMon numéro d'entreprise : {kvk}. Adresse de connexion : {email}.",
"Je souhaite modifier mon compte pour le versement du salaire à partir du {date}. Ancien : {iban:old}. Nouveau : {iban:new}. Matricule chez {brand|pay} : {cust|mem}, registre national {rrn}.",
"Quelqu'un s'est connecté cette nuit à {time} sur notre compte admin Google Workspace depuis l'adresse {ip}. J'ai changé le mot de passe : ancien {pw:old}, nouveau {pw:new}. Le compte est {email|biz}.",
"Le contrat de ma grand-mère {dname} (née le {dob}) doit être clôturé. Elle est décédée le {date}. Contrat n° {cust|pol}. La facture des pompes funèbres ({inv}) s'élève à {amt}. Pouvez-vous la régler directement ? Mon adresse : {addr}.",
],
"agent": [
"Bonjour {fn}, désolés pour ce désagrément. Une panne est connue dans votre zone (réf. {ticket}). Envoyez-nous votre n° client en MP. Bien à vous, {agent}",
"Toutes nos condoléances, {fn}. Nous avons retrouvé le contrat {cust|pol} de {dname}. Le capital de {amt} sera versé sur {iban}.",
"Le mot de passe de votre compte SIP a été réinitialisé : {pw}. Merci de le modifier via {url|tel}. ^{agent}",
"Bonjour {fn}, pour votre sécurité nous ne demandons jamais votre mot de passe complet ni votre code PIN. Contactez-nous au {cphone}.",
"Votre nouveau compte {iban} est enregistré, l'ancien compte {masked} a été supprimé. Le salaire du {date} sera versé sur le nouveau compte.",
"Bonjour {fn}, votre poste {model} est passé en version {ver} et s'est réenregistré depuis l'IP {ip}. Pouvez-vous confirmer ?",
],
"greet": ["Bonjour,", "Madame, Monsieur,", "Bonjour {agent},", "Bonsoir,", "Chère équipe {brand},", "Hello,"],
"sign": [
"Cordialement,\n{name}\n{company}\n{addr}\nGSM : {phone}\nTVA {kvk}",
"Bien à vous,\n{fn}",
"Salutations distinguées,\n{name}\nTél. {phone}",
"Merci d'avance,\n{name}\n{email}",
],
"asign": [
"Cordialement,\n{agent}\nService clientèle {brand}\n{cphone}",
"Bien à vous,\n{agent} - Support {brand}\n{url}",
"Avec nos sincères condoléances,\n{agent}\nService Successions {brand} | {cphone}",
"Belle journée,\n{agent} ({brand})",
],
"qhdr": ["Le {date} à {time}, Service clientèle {brand} a écrit :", "De : Support {brand}\nEnvoyé : {date} {time}\nObjet : RE: dossier {ticket}", "Le {date}, {brand} a écrit :", "-----Message d'origine-----\nDe : Service clients {brand}\nDate : {date}"],
"disc": [
"Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire.",
"{company} - BCE {kvk} - RPM Liège",
"Pensez à l'environnement avant d'imprimer ce courriel.",
"Avertissement : {company}, TVA {kvk}. Vos données sont traitées conformément au RGPD.",
],
"fwd": [
"---------- Message transféré ---------\nDe : {name} <{email}>\nDate : {date}\nObjet : accès",
"Début du message réexpédié :\nDe : {name} <{email}>\nDate : {date} à {time}",
],
}

GROUPS_NL["dm"] += [
"Betaling van bestelling {order} lukt niet. Kaart {card}, vervalt {exp}, CVC {cvv}. Factuur {inv}",
"kunnen jullie factuur {inv} van mijn kredietkaart halen? {card} geldig tot {exp} code achteraan {cvv}",
"Ik heb een token aangemaakt voor de koppeling: {tok}\nmaar krijg {err}, request id {reqid}, pakket {prod}",
"Nieuwe wifi: {ssid} met sleutel {wifi}. Login beheerpagina {user}, de code per sms was {otp}. Checksum firmware {hash}",
"Mijn verificatiecode, ik lees hem voor van de gsm van mijn vader: {otpw}",
"API sleutel van ons webshop-koppeling is gelekt: {api|sk} en token {tok|ghp}. Graag intrekken aub. Pakket {prod}",
]
GROUPS_FR["dm"] += [
"Le paiement de la commande {order} échoue. Carte {card}, expire {exp}, CVC {cvv}. Facture {inv}",
"pouvez-vous débiter la facture {inv} sur ma carte de crédit ? {card} valable jusqu'au {exp} code au dos {cvv}",
"J'ai créé un jeton pour la connexion : {tok}\nmais j'obtiens {err}, request id {reqid}, formule {prod}",
"Nouveau wifi : {ssid}, clé {wifi}. Login de la page admin {user}, le code reçu par sms était {otp}. Somme de contrôle du firmware {hash}",
"Mon code de vérification, je le lis sur le téléphone de papa : {otpw}",
"Notre clé API a fuité : {api|sk} et le token {tok|ghp}. Merci de les révoquer. Formule {prod}",
]
GROUPS_NL["dm"] += [
"Toestellen zijn onderweg ({track}). Login portaal {user}, pincode voicemail onthaal {pin}",
"ik geraak niet in de mailbox van mijn overleden pa, gebruikersnaam {user}, pincode van zijn gsm {pin}. Pakje met zijn spullen: {track}",
]
GROUPS_FR["dm"] += [
"Les postes sont en route ({track}). Login du portail {user}, code PIN de la messagerie de l'accueil {pin}",
"impossible d'accéder à la boîte mail de mon père décédé, identifiant {user}, code de déverrouillage de son GSM {pin}. Colis avec ses affaires : {track}",
]

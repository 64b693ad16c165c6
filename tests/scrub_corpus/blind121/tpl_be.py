TEXT_NLBE = r"""
@@ chat:extra2
Nieuwe modem van Telenet, de {N.model_number} moet opnieuw op het net. {F.ssids} met sleutel {wifi_key}, ip {ip_address}. Request {N.request_id}, zie {N.url}
~~
Omvormer {N.model_number} offline. Wifi {F.ssids}, paswoord wifi {wifi_key}, IP {ip_address}. Foutref {N.request_id} volgens {N.url}
@@ chat:extra3
Betalen met kredietkaart {card}, geldig tot {card_expiry}, cvc {cvv}. Geboortedatum {date_of_birth} voor het seniorentarief
~~
kaart {card} exp {card_expiry} veiligheidscode {cvv}, geboren {date_of_birth}

@@ chat:extra
Vlucht {N.flight_number} werd geannuleerd dus de skihuur ook. Toch {N.amount} afgehouden van kaart {N.masked_value:card}. Mijn sim is geblokkeerd sinds {N.year}, puk {puk}
~~
Door vertraging van {N.flight_number} konden we de boards pas laat terugbrengen. Afgeschreven van {N.masked_value}. PUK-code van mijn nieuwe sim: {puk}. Toestel van {N.year}
~~
Opbrengst {N.percentage} lager dan de simulatie. Meterstand {N.meter_reading}. Via poort {N.port} met access token {token}. Checksum van de firmware: {N.checksum}. Referentie {N.product_code}
~~
Rendement {N.percentage}, teller {N.meter_reading}. API-sleutel {api_key} geeft {N.error_code} op poort {N.port}. Checksum {N.checksum}, onderdeel {N.product_code}

@@ story
Ik heb al verschillende keren naar jullie klantendienst gebeld maar ik hang telkens een half uur in de wachtrij. Daarom probeer ik het nu via mail.
~~
Ter info: de installatie dateert van {N.year} en werkte altijd zonder problemen, tot de technieker vorige maand langs kwam.
~~
Eerlijk gezegd ben ik het beu. Ik heb al {N.quantity} niks meer gehoord en niemand neemt verantwoordelijkheid.
~~
In bijlage vindt u de foto's en de factuur {N.invoice_number}. Laat gerust iets weten als er nog documenten ontbreken.

@@ subject
Onderwerp: Dringend - dossier
~~
Onderwerp: vraag i.v.m. mijn contract

@@ chat:rental
Dag, we hebben {N.quantity:gear} gereserveerd voor de krokusvakantie (reservatie {N.order_number}). Waarborg mag op mijn kaart {card} vervaldatum {card_expiry} cvc {cvv}
~~
Allee, de waarborg van {N.amount} is nog altijd niet teruggestort! Rekeningnummer {iban}. Kunnen jullie da eens nakijken aub
~~
Ik kom de fietsen morgen om {N.time} halen. Wat is de code van de sleutelkluis? Mijn gsm: {phone}
~~
Mijn klantennummer is {customer_number}, graag de huur van de surfplanken verlengen met {N.quantity}. Mail mij op {email}

@@ chat:driving
Goeiendag, ik wil inschrijven voor het praktijkexamen. Rijksregisternummer {bsn}, geboren op {date_of_birth}, adres {address}
~~
Ik kreeg een GAS-boete (ref {N.ticket_number}) voor foutparkeren met de lesauto {F.plates} maar ik zat toen op school. Kan iemand mij bellen op {phone}?
~~
Hey {F.agents}, mijn les van {N.date} gaat niet door, ben ziek. Leerlingnummer {customer_number:pupil}. Sorry!!
~~
Login voor het e-learning platform: {username} paswoord {password}. Ik krijg altijd {N.error_code}.

@@ chat:solar
Dag, de omvormer ({N.model_number}) is offline sinds de nieuwe router. Netwerk {F.ssids}, sleutel {wifi_key}. IP-adres staat op {ip_address}
~~
Voor de premieaanvraag bij Fluvius hebben jullie mijn EAN nodig: {customer_number:ean}. Meterstand digitale meter: {N.meter_reading}
~~
De installateur van de warmtepomp mag binnen met de code van de poort: {pin}. Wij zijn op {address}. Bel mij op {phone} bij problemen
~~
Factuur {N.invoice_number} van {N.amount} (btw {N.percentage}) is betaald van {iban}, maar jullie sturen toch een herinnering?

@@ chat:cinema
Ik heb {N.quantity:tix} gekocht voor de voorstelling van {N.date} maar ze staan niet in de app. Mijn account is {email}, bestelling {N.order_number}
~~
Mijn abonnementskaart {customer_number:member} werkt niet aan de ingang, betaald met kaart eindigend op {N.masked_value:card}
~~
De bevestigingscode die ik kreeg is {otp} maar de site zegt "ongeldige code". Gsm-nummer {phone}

@@ chat:insurance
Dag, wij hebben stormschade aan het dak. Polis {customer_number:policy}, adres {address}. Dossiernummer {N.ticket_number}. Wanneer komt de expert?
~~
Uitbetaling schadegeval {N.ticket_number} graag op {iban}. Rijksregisternummer verzekerde: {bsn}
~~
De expert mag binnen via de code van het alarm: {pin}. Ik ben bereikbaar op {phone} na {N.time}
~~
Ik kan niet inloggen in MyHome: gebruiker {username}, paswoord {password}. Ook de code {otp} per sms werkt niet

@@ chat:bike
Mijn speed pedelec ({N.model_number}) staat al {N.quantity} in herstelling. Werkbon {N.order_number}. Mijn nummer is {phone}
~~
Code van het kettingslot is {pin}, de fiets staat aan {address}. Ophalen mag vanaf {N.time}
~~
Fietslease via de zaak, contract {customer_number}. Geboortedatum {date_of_birth}, mail {email}

@@ public:any
{N.mention} al {N.quantity} zonder warm water door jullie warmtepomp, echt nie normaal {N.hashtag}
~~
Ik betaal {N.amount} per maand aan {N.mention} en dan dit?? Bel mij: {phone} {N.hashtag}
~~
{N.mention} dossier {N.ticket_number}, al {N.quantity} geen antwoord. Zie {N.url}
~~
Merci {N.mention} voor de snelle herstelling! {N.hashtag}

@@ agent:any
Dag {F.first_names}, sorry voor het ongemak! Stuur ons je klantennummer in een privébericht, nooit je paswoord. Groetjes, {F.agents}
~~
Bedankt! Ik heb de terugbetaling van {N.amount} naar {iban} ingegeven. Je mag ze verwachten binnen {N.quantity}. Mvg, {F.agents}
~~
Dag {{voornaam}}, je afspraak op {address} is vastgelegd op {N.date} om {N.time}. Vragen? Bel {N.company_phone}. ^{F.agents}
~~
Ik zie dat je geregistreerd bent met {email} en klantnummer {customer_number}. Je dossier {N.ticket_number} is doorgegeven aan de expert. ^{F.agents}

@@ greet
Beste,
~~
Dag {F.brand_insurance},
~~
Goeiedag,
~~
Hallo daar,

@@ sign
Met vriendelijke groeten,
{F.first_names} {F.last_names}
{address}
GSM {phone}
~~
Mvg,
{F.first_names}
~~
Groeten,
{F.first_names} {F.last_names}
{phone} - {email}
~~
Alvast bedankt,
{F.first_names}

Verzonden vanaf Outlook voor Android

@@ quotehdr
Op {N.date} om {N.time} schreef {F.brand_rental}:
~~
Van: {F.brand_solar} klantendienst
Verzonden: {N.date} {N.time}
Aan: {email}
Onderwerp: Uw dossier {N.ticket_number}
~~
----- Doorgestuurd bericht -----
Van: {F.brand_bike}
Datum: {N.date}
~~
Op {N.date}, {N.time} schreef {F.agents} ({F.brand_cinema}):

@@ disc
Dit e-mailbericht en eventuele bijlagen zijn vertrouwelijk. Ondernemingsnummer {N.company_registration}
~~
Gelieve rekening te houden met het milieu vooraleer u deze mail afdrukt.
~~
BTW {N.company_registration} - RPR Gent
~~
{F.brand_bike} BV - ondernemingsnr. {N.company_registration}
"""

TEXT_FRBE = r"""
@@ chat:extra2
Nouveau modem, l'onduleur {N.model_number} doit être reconnecté. Réseau {F.ssids}, clé {wifi_key}, IP {ip_address}. Identifiant de requête {N.request_id} selon {N.url}
~~
La {N.model_number} est hors ligne. Wifi {F.ssids}, mot de passe wifi {wifi_key}, adresse IP {ip_address}. Réf. {N.request_id}, voir {N.url}
@@ chat:extra3
Paiement par carte de crédit {card}, expire fin {card_expiry}, CVC {cvv}. Né(e) le {date_of_birth} pour le tarif senior
~~
carte {card} valable jusqu'au {card_expiry} code {cvv}, date de naissance {date_of_birth}

@@ chat:extra
Mon vol {N.flight_number} a été annulé, donc la location de skis aussi. Vous avez quand même débité la carte {N.masked_value:card}. Ma SIM est bloquée depuis {N.year}, code PUK {puk}
~~
Avec le retard du vol {N.flight_number} on a rendu les vélos en retard. Prélevé sur {N.masked_value}. Le PUK de ma nouvelle carte SIM : {puk}. Téléphone de {N.year}
~~
Production {N.percentage} inférieure à l'offre. Relevé {N.meter_reading}. J'interroge l'onduleur sur le port {N.port} avec la clé API {api_key}. Somme de contrôle du firmware {N.checksum}, article {N.product_code}
~~
Rendement affiché {N.percentage}, index compteur {N.meter_reading}. Le jeton d'accès {token} renvoie {N.error_code} sur le port {N.port}. Checksum {N.checksum}, pièce {N.product_code}

@@ story
J'ai déjà appelé plusieurs fois votre service clientèle mais je reste chaque fois une demi-heure en attente. Je vous écris donc par e-mail.
~~
Pour info, l'installation date de {N.year} et fonctionnait très bien jusqu'au passage du technicien le mois dernier.
~~
Franchement je commence à perdre patience. Cela fait {N.quantity} que j'attends une réponse et personne ne prend ses responsabilités.
~~
Vous trouverez en pièce jointe les photos et la facture {N.invoice_number}. N'hésitez pas si des documents manquent.

@@ subject
Objet : Réclamation urgente
~~
Objet : question concernant mon contrat

@@ chat:rental
Bonjour, nous avons réservé {N.quantity:gear} pour le {N.date} (réservation {N.order_number}). Pour la caution, ma carte : {card}, exp. {card_expiry}, cryptogramme {cvv}
~~
Toujours pas reçu le remboursement de la caution de {N.amount}!! Mon compte: {iban}. Merci de vérifier svp
~~
Quel est le code du boîtier à clés pour récupérer les vélos à {N.time} ? On m'a dit {pin} mais ça ne marche pas. Mon GSM {phone}
~~
Numéro de client {customer_number}, je voudrais prolonger la location des snowboards de {N.quantity}. Envoyez la facture à {email}

@@ chat:driving
Bonjour, inscription pour le permis pratique : numéro de registre national {bsn}, né le {date_of_birth}, domicile {address}
~~
J'ai reçu une amende (réf. {N.ticket_number}) pour excès de vitesse avec la voiture-école {F.plates}, alors que je n'avais pas cours ce jour-là. Appelez-moi au {phone}
~~
Bonjour {F.agents}, je dois annuler ma leçon du {N.date} à {N.time}. Mon numéro d'élève : {customer_number:pupil}
~~
Identifiant {username}, mot de passe {password} — la plateforme théorique me renvoie {N.error_code}

@@ chat:solar
Bonjour, l'onduleur ({N.model_number}) ne communique plus. Réseau {F.ssids}, clé WPA {wifi_key}. Adresse IP locale {ip_address}
~~
Pour la prime, voici mon code EAN : {customer_number:ean}. Relevé compteur {N.meter_reading}. Facture {N.invoice_number}
~~
Le technicien pour la pompe à chaleur peut entrer avec le code du portail {pin}. Adresse : {address}. Mon numéro {phone}
~~
Accès au portail de monitoring : login {username} / mdp {password}. On me demande un code {otp} que je ne reçois jamais

@@ chat:cinema
J'ai acheté {N.quantity:tix} pour la séance de {N.time} mais pas reçu d'e-mail de confirmation. Mon adresse : {email}. Commande {N.order_number}
~~
Ma carte d'abonné {customer_number:member} est bloquée. Payée avec la carte {card} (exp {card_expiry})
~~
Le code reçu par SMS ({otp}) ne fonctionne pas sur l'appli, version {N.version_string}

@@ chat:insurance
Bonjour, dégât des eaux dans la cuisine. Police n° {customer_number:policy}, adresse {address}. Numéro de sinistre {N.ticket_number}
~~
Merci de verser l'indemnité sur le compte {iban}. Numéro national du preneur : {bsn}. Date de naissance {date_of_birth}
~~
L'expert peut passer à {N.time}, le code de l'alarme est {pin}. Joignable au {phone}
~~
Impossible de me connecter à mon espace client : identifiant {username}, mot de passe {password}

@@ chat:bike
Mon vélo électrique ({N.model_number}) est en réparation depuis {N.quantity}. Bon de travail {N.order_number}. Mon GSM : {phone}
~~
Le code du cadenas est {pin}, le vélo est devant le {address}
~~
Leasing vélo via mon employeur, contrat {customer_number}. Remboursement de {N.amount} sur {iban} svp

@@ public:any
{N.mention} toujours pas de technicien pour la pompe à chaleur après {N.quantity} {N.hashtag}
~~
Merci {N.mention} pour rien… {N.amount} de caution jamais remboursés {N.hashtag} {N.hashtag2}
~~
{N.mention} sinistre {N.ticket_number} ouvert le {N.date}, aucune nouvelle. Voir {N.url}
~~
{N.mention} rappelez-moi au {phone} svp, personne ne répond au {N.company_phone}

@@ agent:any
Bonjour {F.first_names}, désolés pour ce désagrément. Envoyez-nous votre numéro de client en message privé, jamais votre mot de passe. {F.agents}
~~
Merci ! Le remboursement de {N.amount} a été lancé vers le compte {iban}. Comptez {N.quantity}. Bien à vous, {F.agents}
~~
Bonjour {{prenom}}, votre rendez-vous au {address} est confirmé le {N.date} à {N.time}. Questions ? {N.company_phone}. ^{F.agents}
~~
Je vois que votre dossier {N.ticket_number} est lié à l'adresse e-mail {email} et au contrat {customer_number}. L'expert vous appellera au {phone}. {F.agents}

@@ greet
Bonjour,
~~
Madame, Monsieur,
~~
Bonsoir,
~~
Chère équipe {F.brand_solar},

@@ sign
Cordialement,
{F.first_names} {F.last_names}
{address}
Tél. {phone}
~~
Bien à vous,
{F.first_names}
~~
Merci d'avance,
{F.first_names} {F.last_names}
{email} / {phone}
~~
Bàv
{F.first_names}

Envoyé de mon iPhone

@@ quotehdr
Le {N.date} à {N.time}, {F.brand_insurance} a écrit :
~~
De : Service clients {F.brand_rental}
Envoyé : {N.date} {N.time}
À : {email}
Objet : RE: votre dossier {N.ticket_number}
~~
---------- Message transféré ---------
De : {F.brand_cinema}
Date : {N.date}
~~
Le {N.date}, {F.agents} ({F.brand_bike}) a écrit :

@@ disc
Ce message et ses pièces jointes sont confidentiels. N° d'entreprise {N.company_registration}
~~
Pensez à l'environnement avant d'imprimer ce courriel.
~~
TVA {N.company_registration} - RPM Bruxelles
~~
{F.brand_insurance} SA - n° BCE {N.company_registration}
"""

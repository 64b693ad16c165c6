"""Belgian templates: Flemish (nl-be) and French (fr-be)."""

NLBE = r"""
== account
Dag, ik geraak niet meer binnen in de app van {f:daycare}. Mijn login is {s:username} en paswoord {s:password}. Kunt ge eens kijken?
allee, paswoord vergeten vr de derde keer. Oud: {s:password} nieuw: {s:password}. Gebruikersnaam blijft {s:username}
Mijn account bij {f:gym} is geblokkeerd na {n:quantity}. Login: {s:username} / {s:password}, lidnummer {s:customer_number}
Ik heb het wachtwoord veranderd naar {s:password} maar de app blijft "{n:error_code}" geven. Versie {n:version_string}
Voor het leerlingenplatform van {f:langschool}: gebruiker {s:username}\npaswoord {s:password}
Het voorlopige paswoord uit de brief ({s:password}) werkt niet. Dossiernummer {n:ticket_number}
== payment
Gelieve de waarborg terug te storten op {s:iban} op naam van {f:name}. Opslagbox contract {s:customer_number}
Ik betaalde met mijn bankkaart {s:card} (vervalt {s:card_expiry}) maar het geld is twee keer afgehouden: 2x {n:amount}!
Nieuw rekeningnummer voor de domiciliëring: {s:iban}. Klantnummer {s:customer_number}
Kaart {s:card}, exp {s:card_expiry}, code achteraan {s:cvv}. Voor het voorschot van de verhuis op {n:date}
Terugbetaling van de factuur van de dierenarts ({n:invoice_number}, {n:amount}) mag op {s:iban} aub
Mijn Bancontact {s:card} wordt geweigerd bij het inschrijven voor de rijlessen, foutcode {n:error_code}
== identity
Rijksregisternummer van mijn zoon voor de inschrijving in de crèche: {s:bsn}, geboren {s:date_of_birth}
Voor de uitvaart van mijn moeder: rijksregisternr. {s:bsn}, geboortedatum {s:date_of_birth}, laatst wonende {s:address}
Voor het voorlopig rijbewijs vroeg de rijschool mijn rijksregisternummer: {s:bsn}. Is dat veilig om zo door te sturen?
Inschrijving taalcursus Frans:\nNaam: {f:name}\nRRN: {s:bsn}\nGeboortedatum: {s:date_of_birth}\nAdres: {s:address}
== contact
Ons nieuw adres na de verhuis: {s:address}. Graag de facturen vanaf {n:date} naar daar
Ge kunt mij altijd bereiken op mijn gsm {s:phone} of via mail {s:email}
Contactpersoon ophalen kindje: oma, gsm {s:phone}. Mijn eigen nummer blijft {s:phone}
Laadadres {s:address}, losadres {s:address}. ongeveer {n:quantity} in totaal
Mogen de asurne en de papieren naar {s:address}? Mijn broer zijn nummer: {s:phone}
Mijn mailadres is veranderd, het is nu {s:email}. Gelieve het oude niet meer te gebruiken aub
== codes
Ik kreeg een sms met code {s:otp} maar de site zegt "code ongeldig"
De code van de sleutelkluis aan de opslagplaats is {s:pin} toch? De verhuisfirma staat hier te wachten
Wifi in de fitness: netwerk {f:ssid}, sleutel {s:wifi_key}? Werkt ni op mijn gsm
Mijn sim is geblokkeerd, PUK {s:puk}. Daarna nieuwe pincode {s:pin} ingesteld maar de itsme-code komt niet toe
Bevestigingscode: {s:otp}
code van de poort aan de crèche is veranderd naar {s:pin} las ik in de nieuwsbrief, klopt da?
== tech
Onze webshop-koppeling geeft {n:error_code} met API-key {s:api_key}. Request {n:request_id}
De babyfoon-camera ({f:model}) van de crèche hangt aan {s:ip_address} poort {n:port}, maar geeft geen beeld
Sessie-token {s:token} wordt afgewezen sinds update {n:version_string}
Er is ingelogd op mijn account vanaf {s:ip_address}, dat was ik niet. Login {s:username}
== noisy
Bestelling {n:order_number} ({n:quantity}) nog altijd niet geleverd, tracking {n:tracking_number}
Klacht {n:ticket_number} van {n:date}: factuur {n:invoice_number} van {n:amount} klopt niet, het was {n:amount} afgesproken
Jullie vragen {n:percentage} meer sinds {n:year}. Schandalig.
Meterstanden bij vertrek: elektriciteit {n:meter_reading}, water {n:meter_reading}. Sleuteloverdracht {n:date} om {n:time}
Vlucht {n:flight_number} komt pas om {n:time} aan, kan de kat een dag langer in het pension?
Ondernemingsnummer van de firma is {n:company_registration}, de offerte was {n:amount} excl. btw
== public
{n:mention} al {n:quantity} geen antwoord op mijn mail over de opzeg. Serieus? {n:hashtag}
{n:mention} app van de crèche ligt weer plat, ik zie de foto's van {f:child} niet {n:hashtag}
Merci {n:mention} voor de vlotte verhuis! {n:hashtag}
{n:mention} mijn dossier {n:ticket_number} ligt stil sinds {n:date}, bel mij aub op {s:phone}
{n:mention} rijexamen verplaatst zonder verwittiging {n:hashtag} {n:hashtag}
{n:mention} ge hebt mijn lidnummer {s:customer_number} nu al 3x gevraagd, los het gewoon op
== agent
Dag {f:first}, sorry voor het ongemak! Ik heb je paswoord gereset, je ontvangt een mail op {s:email}. Deel je paswoord nooit via chat. {f:agent}
Dag {f:first}, we zien de betaling van {n:amount} met kaart {n:masked_value}. Dossier {n:ticket_number}. Groetjes, {f:agent}
Hallo, de nieuwe code van je box is {s:pin}. Contract {s:customer_number}. Nog vragen? Bel {n:company_phone}. {f:agent}
Dag {f:first}, je inschrijving voor de rijles op {n:date} om {n:time} is bevestigd. Leerlingnummer {s:customer_number}. Tot dan! {f:agent}
Goeiemiddag, kunt ge uw rijksregisternummer en adres in privé sturen? Dan zoeken we het dossier op. Groeten, {f:agent}
Beste {f:first}, we hebben je nieuwe rekeningnummer {s:iban} genoteerd. Eerste domiciliëring op {n:date}. Mvg, {f:agent}
"""

NLBE_FRAMES = r"""
== greeting
Beste,
Dag {f:agent},
Geachte,
Hallo daar,
Goeiemorgen,
Beste mevrouw, meneer,
== closing
Met vriendelijke groeten,
Alvast bedankt,
Groeten,
Mvg,
Vriendelijke groet,
Dank bij voorbaat,
== sig
{f:name}\ngsm {s:phone}
{f:name}\n{s:address}\n{s:phone}
{f:first}\n\nVerzonden vanaf mijn Samsung Galaxy-smartphone.
{f:name} | {s:email} | {s:phone}
{f:name}\nLidnr. {s:customer_number}
{f:first} (mama van {f:child})
== quote_hdr
Op {n:date} om {n:time} schreef {f:storage}:
Van: Klantendienst {f:mover}\nVerzonden: {n:date} {n:time}\nOnderwerp: RE: offerte {n:order_number}
Op {n:date} schreef {f:agent} van {f:gym}:
-------- Oorspronkelijk bericht --------\nVan: {f:daycare}\nDatum: {n:date}
== quote_body
Beste {f:first},\n\nWe hebben uw vraag goed ontvangen (ref. {n:ticket_number}). Gelieve uw klantnummer te bezorgen.\n\nMet vriendelijke groeten,\n{f:agent}
Dag {f:first},\n\nJe lidnummer is {s:customer_number}. Je PT-sessie met {f:trainer} gaat door op {n:date} om {n:time}.\n\nSportieve groeten,\n{f:agent}
Beste,\n\nDe terugbetaling van {n:amount} gebeurt op rekening {n:masked_value} binnen {n:quantity}.\n\n{f:agent}
Beste familie,\n\nIn bijlage het overzicht van de kosten ({n:amount}). Dossiernummer {n:ticket_number}. Wij blijven bereikbaar op {n:company_phone}.\n\nMet oprechte deelneming,\n{f:agent}
== disclaimer
{f:storage} BV - Ondernemingsnummer {n:company_registration} - {n:url}
Dit bericht en eventuele bijlagen zijn vertrouwelijk. Klantendienst: {n:company_phone}. BTW {n:company_registration}
Print deze mail enkel indien nodig.
Meer info op {n:url} of bel {n:company_phone}.
== forward
---------- Doorgestuurd bericht ---------\nVan: {f:name} <{s:email}>\nDatum: {n:date}\nOnderwerp: inschrijving\nAan: {f:name} <{s:email}>
Begin doorgestuurd bericht:\n\nVan: {f:name} <{s:email}>\nOnderwerp: Fwd: factuur {n:invoice_number}
"""

FRBE = r"""
== account
Bonjour, je n'arrive plus à me connecter à l'app de {f:daycare}. Identifiant : {s:username}, mot de passe : {s:password}
mdp oublié encore... l'ancien c'était {s:password}, le nouveau {s:password}. login {s:username}
Mon compte {f:gym} est bloqué. Identifiant {s:username} / mdp {s:password}, numéro de membre {s:customer_number}
J'ai changé mon mot de passe en « {s:password} » mais l'appli affiche l'erreur {n:error_code} depuis la version {n:version_string}
Accès à la plateforme élèves de {f:langschool} :\nutilisateur : {s:username}\nmot de passe : {s:password}
Le mot de passe provisoire reçu par courrier ({s:password}) ne fonctionne pas. Dossier {n:ticket_number}
== payment
Merci de rembourser la garantie sur le compte {s:iban} au nom de {f:name}. Contrat box {s:customer_number}
J'ai payé avec ma carte {s:card} (exp. {s:card_expiry}, cryptogramme {s:cvv}) et j'ai été débité deux fois {n:amount} !
Nouveau numéro de compte pour la domiciliation : {s:iban}. N° client {s:customer_number}
Carte Visa {s:card}, date d'expiration {s:card_expiry}, CVV {s:cvv} — pour l'acompte du déménagement du {n:date}
Le remboursement de la facture vétérinaire ({n:invoice_number}, {n:amount}) peut se faire sur {s:iban} svp
Ma carte Bancontact {s:card} est refusée à l'inscription aux leçons de conduite, code {n:error_code}
== identity
Numéro de registre national de ma fille pour la crèche : {s:bsn}, née le {s:date_of_birth}
Pour les funérailles de mon père : NN {s:bsn}, date de naissance {s:date_of_birth}, dernier domicile {s:address}
L'auto-école me demande mon numéro national ({s:bsn}) pour le permis provisoire. C'est normal ?
Inscription cours de néerlandais :\nNom : {f:name}\nN° national : {s:bsn}\nDate de naissance : {s:date_of_birth}\nAdresse : {s:address}
== contact
Notre nouvelle adresse après le déménagement : {s:address}. Merci d'y envoyer les factures à partir du {n:date}
Vous pouvez me joindre sur mon GSM au {s:phone} ou par mail : {s:email}
Personne autorisée à reprendre l'enfant : sa grand-mère, tél. {s:phone}. Mon numéro reste le {s:phone}
Adresse de chargement {s:address}, adresse de livraison {s:address}. environ {n:quantity} à charger
L'urne peut être livrée à l'adresse {s:address} ? Le numéro de mon frère : {s:phone}
Mon adresse mail a changé : {s:email}. Merci de ne plus utiliser l'ancienne
== codes
J'ai reçu le code {s:otp} par SMS mais le site dit « code invalide »
Le code du boîtier à clés au garde-meubles c'est bien {s:pin} ? Les déménageurs attendent
Wifi de la salle de sport : réseau {f:ssid}, clé {s:wifi_key} ? Ça ne marche pas sur mon téléphone
Ma carte SIM est bloquée, PUK {s:puk}. J'ai remis le code PIN {s:pin} mais je ne reçois plus les codes
Code de confirmation : {s:otp}
le code de la porte de la crèche a changé en {s:pin} d'après la newsletter, c'est correct ?
== tech
Notre intégration renvoie {n:error_code} avec la clé API {s:api_key}. Request-ID {n:request_id}
La caméra de la crèche ({f:model}) est sur {s:ip_address} port {n:port} mais pas d'image
Le jeton de session {s:token} est refusé depuis la mise à jour {n:version_string}
Quelqu'un s'est connecté à mon compte depuis l'adresse IP {s:ip_address}. Mon identifiant : {s:username}
== noisy
Commande {n:order_number} ({n:quantity}) toujours pas livrée, suivi {n:tracking_number}
Réclamation {n:ticket_number} du {n:date} : la facture {n:invoice_number} de {n:amount} est fausse, on avait convenu {n:amount}
Vous augmentez de {n:percentage} depuis {n:year}, c'est honteux
Relevés de compteur au départ : électricité {n:meter_reading}, eau {n:meter_reading}. Remise des clés le {n:date} à {n:time}
Mon vol {n:flight_number} arrive à {n:time}, le chien peut rester un jour de plus à la pension ?
Numéro d'entreprise de la société : {n:company_registration}, le devis était de {n:amount} HTVA
== public
{n:mention} toujours pas de réponse après {n:quantity} pour ma résiliation {n:hashtag}
{n:mention} l'appli de la crèche est encore en panne, je ne vois pas les photos de {f:child} {n:hashtag}
Merci {n:mention} pour le déménagement impeccable ! {n:hashtag}
{n:mention} mon dossier {n:ticket_number} est bloqué depuis le {n:date}, appelez-moi au {s:phone} svp
{n:mention} examen de conduite annulé sans prévenir {n:hashtag} {n:hashtag}
{n:mention} vous m'avez demandé 3 fois mon numéro de membre {s:customer_number}, réglez ça svp
== agent
Bonjour {f:first}, désolés pour le désagrément ! Votre mot de passe a été réinitialisé, un mail arrive sur {s:email}. Ne partagez jamais votre mot de passe par chat. {f:agent}
Bonjour {f:first}, nous voyons le paiement de {n:amount} avec la carte {n:masked_value}. Dossier {n:ticket_number}. Bien à vous, {f:agent}
Bonjour, le nouveau code de votre box est {s:pin}. Contrat {s:customer_number}. Des questions ? Appelez le {n:company_phone}. {f:agent}
Bonjour {f:first}, votre leçon de conduite du {n:date} à {n:time} est confirmée. Numéro d'élève {s:customer_number}. {f:agent}
Bonjour, pouvez-vous nous envoyer votre numéro de registre national et votre adresse en privé ? Cordialement, {f:agent}
Bonjour {f:first}, nous avons bien noté votre nouveau compte {s:iban}. Première domiciliation le {n:date}. {f:agent}
"""

FRBE_FRAMES = r"""
== greeting
Bonjour,
Madame, Monsieur,
Bonjour {f:agent},
Bonsoir,
Chère équipe,
Bonjour à tous,
== closing
Cordialement,
Bien à vous,
Merci d'avance,
Bien cordialement,
Salutations distinguées,
Merci et bonne journée,
== sig
{f:name}\nGSM : {s:phone}
{f:name}\n{s:address}\nTél. {s:phone}
{f:first}\n\nEnvoyé de mon iPhone
{f:name} – {s:email} – {s:phone}
{f:name}\nN° membre {s:customer_number}
{f:first} (maman de {f:child})
== quote_hdr
Le {n:date} à {n:time}, {f:storage} a écrit :
De : Service clientèle {f:mover}\nEnvoyé : {n:date} {n:time}\nObjet : RE: devis {n:order_number}
Le {n:date}, {f:agent} de {f:gym} a écrit :
-------- Message d'origine --------\nDe : {f:daycare}\nDate : {n:date}
== quote_body
Bonjour {f:first},\n\nNous avons bien reçu votre demande (réf. {n:ticket_number}). Merci de nous communiquer votre numéro client.\n\nCordialement,\n{f:agent}
Bonjour {f:first},\n\nVotre numéro de membre est {s:customer_number}. Votre séance avec {f:trainer} a lieu le {n:date} à {n:time}.\n\nSportivement,\n{f:agent}
Madame, Monsieur,\n\nLe remboursement de {n:amount} sera effectué sur le compte {n:masked_value} sous {n:quantity}.\n\n{f:agent}
Chère famille,\n\nVeuillez trouver ci-joint le détail des frais ({n:amount}). Dossier {n:ticket_number}. Nous restons joignables au {n:company_phone}.\n\nAvec nos sincères condoléances,\n{f:agent}
== disclaimer
{f:storage} SRL - N° d'entreprise {n:company_registration} - {n:url}
Ce message et ses annexes sont confidentiels. Service clientèle : {n:company_phone}. TVA {n:company_registration}
N'imprimez ce mail que si nécessaire.
Plus d'infos sur {n:url} ou au {n:company_phone}.
== forward
---------- Message transféré ---------\nDe : {f:name} <{s:email}>\nDate : {n:date}\nObjet : inscription\nÀ : {f:name} <{s:email}>
Début du message réexpédié :\n\nDe : {f:name} <{s:email}>\nObjet : Tr: facture {n:invoice_number}
"""

NLBE_ECHO = r"""
== echo
Merci {f:first}! We hebben {e:x} genoteerd, dossier {n:ticket_number}. {f:agent}
Dag {f:first}, even checken: gaat het over {e:x}? Dan zoeken we het direct uit. {f:agent}
Dank u, {e:x} is aangepast in ons systeem. Groetjes, {f:agent}
Goed ontvangen: {e:x}. Gelieve zulke gegevens niet publiek te delen. {f:agent}
"""

FRBE_ECHO = r"""
== echo
Merci {f:first} ! Nous avons bien noté {e:x}, dossier {n:ticket_number}. {f:agent}
Bonjour {f:first}, pour vérifier : il s'agit bien de {e:x} ? {f:agent}
Merci, {e:x} a été mis à jour dans notre système. Bonne journée, {f:agent}
Bien reçu : {e:x}. Évitez de partager ce genre de données en public. {f:agent}
"""

NLBE_MISC = r"""
== misc
De checksum van het contractbestand ({n:checksum}) klopt niet. Meterstand bij de sleuteloverdracht was {n:meter_reading}. Jullie nummer {n:company_phone} is altijd bezet
Vlucht {n:flight_number} heeft vertraging en het pakket ({n:tracking_number}) is teruggestuurd. Foutmelding-ID {n:request_id}
Eindmeterstand opslagbox: {n:meter_reading}. Bestand met SHA-1 {n:checksum} ook bijgevoegd, contract van {n:year}
Artikel {n:product_code} van bestelling {n:order_number} ontbreekt, tracking {n:tracking_number}, ref {n:request_id}. Ik vlieg morgen met {n:flight_number}
== agent_sig
\n\nMet vriendelijke groeten,\n{f:agent} - Klantendienst\nTel. {n:company_phone}
\n— {f:agent} (webcare, {n:company_phone})
\n\nGroetjes, {f:agent}\n{n:url} | {n:company_phone}
\n{f:agent} | bereikbaar op werkdagen via {n:company_phone}
"""

FRBE_MISC = r"""
== misc
La somme de contrôle du fichier photos ({n:checksum}) ne correspond pas. Relevé compteur à la remise des clés : {n:meter_reading}. Le {n:company_phone} ne répond jamais
Mon vol {n:flight_number} a du retard et le colis ({n:tracking_number}) est reparti. ID de l'erreur : {n:request_id}
Index compteur du box : {n:meter_reading}. Fichier joint, SHA-256 {n:checksum}, contrat de {n:year}
L'article {n:product_code} de la commande {n:order_number} manque, suivi {n:tracking_number}, réf. {n:request_id}. Je prends le vol {n:flight_number} demain
== agent_sig
\n\nCordialement,\n{f:agent} - Service clientèle\nTél. {n:company_phone}
\n— {f:agent} (webcare, {n:company_phone})
\n\nBien à vous, {f:agent}\n{n:url} | {n:company_phone}
\n{f:agent} | joignable en semaine au {n:company_phone}
"""

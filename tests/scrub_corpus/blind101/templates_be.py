# Belgian templates: Flemish (nl-be) and French (fr-be).
T_NLBE = r"""
@@ chat crypto
allez, ik geraak al twee dagen ni in mijn {$crypto} account. login {username}, paswoord {password}. wat is da hier?
--
dag, mijn overschrijving naar {iban} van {~amount} is nog altijd ni toegekomen. referentie {~request_id}, mijn klantnummer {cust:uid}
--
Kreeg een sms 'uw code is {otp}' maar ik heb niks aangevraagd. Mijn gsm is {phone}. Is mijn rekening gehackt ofwa?
@@ chat care
Goeiemiddag, ik had een afspraak bij de tandarts op {~date} om {~time} maar ik geraak er ni. Rijksregisternummer {bsn}, geboren {dob}. Kan da verzet worden?
--
hallo, mijn lenzen van {$optic} zijn er nog altijd ni, bestelling {~order_number}. kunde mij bellen op {phone}? merci
@@ chat pet
mijn pakket met {$food} ({~tracking_number}) staat als geleverd maar hier op {address} is niks. klantnr {cust}
--
Dag, den {$petname} moet naar de dierenarts voor zijn vaccin. Mijn gsm-nummer {phone}, mail {email}. Liefst na {~time}
@@ chat venue
Hoi, wij trouwen op {~date} bij {$venue}! Voorschot van {~amount} is betaald via {iban}. Kunnen jullie dat bevestigen op {email}?
--
wa is de code van de poort aan de achterkant? de traiteur komt om {~time}. en het wifi paswoord voor de dj? {wifi_key} werkt ni
@@ chat ticket
ik heb {~quantity} voor {$band} in {$hall} gekocht maar ze staan ni in de app. login {email}, pw {password}. help!!
--
ge hebt {~amount} twee keer afgehouden van mijn kaart {card} vervaldatum {exp}. bestelling {~order_number}. ik wil da terug
@@ public all
{~mention} amai, al een week wachten op mijn geld {~amount:crypto}, dossier {~ticket_number} {~hashtag}
--
{~mention} waarom moet ik mijn rijksregisternummer geven om tickets te kopen voor {$band}?? {~url}
--
{~mention} bel mij eens terug aub {phone}, bestelling {~order_number} is nog altijd ni geleverd {~hashtag}
--
Schoon feest gehad bij {$venue} 🥂 maar de waarborg van {~amount} is nog altijd ni teruggestort {~mention}
@@ email crypto
Sinds {~date} kan ik niet meer inloggen op mijn {$crypto} rekening. Ik krijg telkens de fout {~error_code}. Mijn gebruikersnaam is {username} en ik heb het paswoord intussen veranderd naar {password}.

Daarnaast staat er een opname van {~amount:crypto} naar mijn Belgische rekening {iban} al {~quantity} dagen op 'pending'. Mijn klantnummer is {cust:uid}.
--
Hierbij mijn gegevens voor de identiteitscontrole:
- naam: {$first} {$last}
- rijksregisternummer: {bsn}
- geboortedatum: {dob}
- adres: {address}
- gsm: {phone}

Ik hoop dat het zo in orde is, anders hoor ik het graag.
@@ email care
Na mijn behandeling op {~date} ontving ik factuur {~invoice_number} van {~amount}. Ik ben aangesloten bij het ziekenfonds met lidnummer {cust:member}. Mijn rijksregisternummer is {bsn}. Kunt u het getuigschrift rechtstreeks doorsturen?

Mijn adres: {address}
--
Ik heb online een nieuwe bril besteld bij {$optic} ({~order_number}) en betaald met kaart {card}, geldig tot {exp}, CVC {cvv}. De betaling is blijkbaar geweigerd. Kunt u mij even bellen op {phone}?
@@ email pet
Mijn bestelling {~order_number} is beschadigd toegekomen. Graag het bedrag van {~amount} terugstorten op rekening {iban} op naam van {$first} {$last}. Klantnummer {cust}. Ophaaladres: {address}.
--
Onze kat {$petname} werd vorige week geopereerd in jullie kliniek. De factuur {~invoice_number} klopt niet: er staat {~amount} in plaats van het afgesproken bedrag. Bereikbaar op {phone} of op het werk {phone:land#2}.
@@ email venue
Wij bevestigen de huur van {$venue} op {~date} voor {~quantity:guests}. Het voorschot van {~percentage} werd vandaag overgeschreven van {iban}. Factuuradres: {address}. Onze ceremoniemeester is bereikbaar op {phone#2}, ikzelf op {phone}.
--
Voor de opbouw vrijdag: klopt het dat de code van de poort {pin:door} is en die van het sleutelkastje {pin#2}? De groep vraagt ook het wifi-paswoord, netwerk 'Hoeve_Gasten', sleutel {wifi_key}. Ondernemingsnummer van ons bedrijf: {~company_registration}.
@@ email ticket
Op {~date} kocht ik {~quantity} voor {$band} in {$hall}. Ik kreeg nooit een bevestiging, maar {~amount} werd wel afgehouden van mijn kaart eindigend op {~masked_value}. Nu zie ik nog een betaling met kaart {card} die ik niet ken!

Mijn account: {email}, klantnummer {cust:prefix}.
--
De verificatiecode ({otp}) die ik per mail kreeg wordt niet aanvaard. Fout: {~error_code}. Mijn login is {username}. Ik probeerde het op mijn {~model_number} en op mijn laptop (IP {ip}).
@@ agent all
Dag {$first}, vervelend dat ge niet kunt inloggen. Ik zie dat de account {username} tijdelijk geblokkeerd is. Deel nooit uw paswoord. Bel ons op {~company_phone}. Groetjes, {$agent}
--
Bedankt! Uw nieuw adres {address} is aangepast bij klantnummer {cust}. Dossiernummer {~ticket_number}. ^{$agent}
--
Hallo {$first}, de terugbetaling van {~amount} gaat naar {iban}, reken op 5 werkdagen. Meer info op {~url}. {$agent}
--
Dag {$first}, de code van het sleutelkastje is {pin:door}, wifi voor leveranciers {wifi_key}. Tot zaterdag! {$agent}
@@ greet all
Beste,
--
Geachte,
--
Dag {$agent},
--
Hallo,
@@ sign all
Met vriendelijke groeten,
{$first} {$last}
GSM {phone}
--
Groetjes,
{$first}
--
Mvg
{$first} {$last}
{address:ml}
{email}
--
Vriendelijke groeten
{$first}
@@ disc all
Dit bericht en eventuele bijlagen zijn vertrouwelijk. Ondernemingsnummer {~company_registration}.
--
Bekijk onze privacyverklaring op {~url}.
@@ quote all
Op {~date} om {~time} schreef {$agent} ({$crypto}):
Dag {$first}, we hebben uw klantnummer nodig om verder te helpen. Dossier {~ticket_number}.
--
Van: {$first} {$last} <{email}>
Verzonden: {~date}
Onderwerp: factuur {~invoice_number}

Mijn gsm-nummer is {phone}. Klantnummer {cust}.
"""

T_FRBE = r"""
@@ chat crypto
bonjour, je n'arrive plus à me connecter à mon compte {$crypto}. identifiant {username}, mot de passe {password}. message d'erreur {~error_code}
--
mon retrait de {~amount:crypto} vers {iban} est bloqué depuis le {~date}. numéro client {cust:uid}. c'est normal??
--
J'ai reçu un SMS avec le code {otp} alors que je n'ai rien demandé. Connexion depuis {ip}, c'est pas moi! mon mail {email}
@@ chat care
Bonjour, je dois déplacer mon rdv chez le dentiste du {~date} à {~time}. Date de naissance {dob}, n° patient {cust:patient}. Merci
--
slt mes lunettes de chez {$optic} sont arrivées avec la mauvaise correction, commande {~order_number}. vous pouvez m'appeler au {phone} ?
@@ chat pet
Ma commande {~order_number} de croquettes {$food} est marquée livrée mais rien au {address}. suivi {~tracking_number}
--
Bonjour, {$petname} doit faire son rappel de vaccin. Mon gsm {phone}, n° client {cust}. Après {~time} de préférence
@@ chat venue
Coucou! On a réservé {$venue} pour le {~date}, {~quantity:guests}. L'acompte de {~amount} est parti de {iban}. Vous confirmez à {email} ?
--
c'est quoi le code du portail pour le traiteur samedi? il arrive à {~time}. et le mot de passe wifi pour le DJ, c'est bien {wifi_key} ?
@@ chat ticket
J'ai acheté {~quantity} pour {$band} à {$hall} mais ils n'apparaissent pas dans l'appli. login {email} mdp {password}. le concert c'est le {~date} !!
--
vous m'avez débité {~amount} deux fois sur ma carte {card}, commande {~order_number}. je veux être remboursé
@@ public all
{~mention} ça fait 5 jours que j'attends mon retrait de {~amount:crypto}, dossier {~ticket_number} {~hashtag}
--
{~mention} pourquoi il faut mon numéro de registre national pour un simple examen de la vue ? {~url} {~hashtag}
--
{~mention} rappelez-moi svp au {phone}, commande {~order_number}, mon chien n'a plus de nourriture {~hashtag}
--
Mariage magnifique à {$venue} 💕 mais la caution de {~amount} n'est toujours pas remboursée {~mention} {~hashtag}
@@ email crypto
Depuis le {~date}, je ne parviens plus à me connecter à {$crypto}. Après avoir saisi mon identifiant ({username}) et mon mot de passe, j'obtiens l'erreur « {~error_code} ». J'ai réinstallé l'application (version {~version_string}).

Mon numéro de compte client est {cust:uid}. Par sécurité, j'ai changé le mot de passe en {password#new} (l'ancien était {password#old}).

Par ailleurs, mon retrait de {~amount:crypto} vers le compte {iban} n'est jamais arrivé.
--
Veuillez trouver ci-dessous mes données pour la vérification d'identité :

Nom : {$first} {$last}
Date de naissance : {dob}
Numéro de registre national : {bsn}
Adresse : {address}
GSM : {phone}

J'ai déjà envoyé une copie de ma carte d'identité le {~date}.
@@ email care
Suite à ma consultation du {~date}, j'ai reçu la facture {~invoice_number} de {~amount}. Je suis affilié à la mutuelle sous le numéro {cust:member}, registre national {bsn}. Pouvez-vous envoyer l'attestation de soins directement ?

Adresse : {address}
--
J'ai commandé des lentilles sur votre site (commande {~order_number}, article {~product_code}) et payé par carte {card}, expiration {exp}, cryptogramme {cvv}. Le paiement a été refusé. Vous pouvez me joindre au {phone}.
@@ email pet
Ma commande {~order_number} est arrivée endommagée. Merci de rembourser les {~amount} sur le compte {iban} au nom de {$first} {$last}. Numéro client : {cust}. Adresse pour l'enlèvement : {address}.
--
Notre chat {$petname} a été opéré chez vous la semaine dernière. La facture {~invoice_number} indique {~amount}, alors qu'on avait convenu d'un paiement échelonné. Pouvez-vous m'appeler au {phone} ou au bureau au {phone:land#2} ?
@@ email venue
Nous confirmons la location de {$venue} le {~date} pour {~quantity:guests}. L'acompte de {~percentage} a été viré ce jour depuis le compte {iban}. Adresse de facturation : {address}. Notre maître de cérémonie est joignable au {phone#2}, moi-même au {phone}.
--
Pour le montage vendredi, pouvez-vous confirmer que le code du portail est {pin:door} et celui de la boîte à clés {pin#2} ? Le groupe demande aussi le wifi : réseau « Domaine-Invites », clé {wifi_key}. Relevé du compteur à l'arrivée : {~meter_reading}.
@@ email ticket
Le {~date}, j'ai acheté {~quantity} pour {$band} à {$hall}. Je n'ai jamais reçu de confirmation, mais {~amount} ont été débités de ma carte se terminant par {~masked_value}. Je vois maintenant un second débit avec la carte {card} que je ne reconnais pas !

Mon compte : {email}, numéro client {cust:prefix}.
--
La double authentification ne fonctionne pas. Le code reçu par e-mail ({otp}) est refusé avec l'erreur {~error_code}. Mon identifiant est {username}. Essayé sur mon {~model_number} (appli {~version_string}) et sur mon PC (IP {ip}).
@@ agent all
Bonjour {$first}, désolé pour le souci de connexion. Le compte {username} est temporairement bloqué. Ne partagez jamais votre mot de passe. Appelez-nous au {~company_phone}. Bien à vous, {$agent}
--
Merci ! Votre nouvelle adresse {address} est enregistrée sur le compte client {cust}. Dossier {~ticket_number}. ^{$agent}
--
Bonjour {$first}, le remboursement de {~amount} sera versé sur {iban} sous 5 jours ouvrables. Plus d'infos : {~url}. {$agent}
--
Bonjour {$first}, votre code de connexion temporaire est {otp}, valable {~quantity} minutes. Besoin d'aide ? {~company_phone} jusqu'à {~time}. {$agent}
@@ greet all
Madame, Monsieur,
--
Bonjour,
--
Bonjour {$agent},
--
Chère équipe,
@@ sign all
Cordialement,
{$first} {$last}
{phone}
--
Bien à vous,
{$first}

Envoyé de mon iPhone
--
Merci d'avance,
{$first} {$last}
{address:ml}
Tél : {phone}
{email}
--
Bàv
{$first}
@@ disc all
Ce message et ses annexes sont confidentiels. N° d'entreprise {~company_registration}.
--
Consultez notre politique de confidentialité : {~url}. Service clients {~company_phone}.
@@ quote all
Le {~date} à {~time}, Service clients {$crypto} a écrit :
Bonjour {$first}, nous avons besoin de votre numéro client pour continuer. Dossier {~ticket_number}.
--
De : {$first} {$last} <{email}>
Envoyé : {~date} {~time}
Objet : RE: facture {~invoice_number}

Voici à nouveau mon numéro : {phone}. N° client {cust}.
"""

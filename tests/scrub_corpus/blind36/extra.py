"""Extra templates written in adjacent pairs so each pair's members land in different halves."""
T = {}

T[("nl", "chat", "xpair")] = r"""
Ik gebruik de API van {F:brand} voor mijn zonnepanelen-dashboard. Sleutel {T:api_key} geeft ineens {N:error_code}, sinds versie {N:version_string}
---
mijn omvormer koppeling stopt, api key = {T:api_key} (aangemaakt in {N:year}), endpoint geeft 403
---
Het access token uit de app ({T:token}) verloopt elke dag, is dat normaal?
---
Bearer token voor de slimme meter koppeling: {T:token}
krijg 401 terug met request-id {N:request_id}
---
Firmware bestand {N:version_string} gedownload, checksum {N:checksum} komt niet overeen met de site
---
md5 van de download is {N:checksum}, jullie site zegt iets anders. Model {N:model_number}
---
Ik heb artikel {N:product_code} besteld (extra mesh punt), bestelnummer {N:order_number}. Betaald met kaart {T:card}
---
Verkeerde kabel geleverd, productcode {N:product_code} ipv {N:product_code}. Klant sinds {N:year}
---
Mijn geboortedatum is {T:date_of_birth} en mijn klantnummer {T:customer_number}. Meterstand vandaag {N:meter_reading}
---
Ik ben geboren op {T:date_of_birth}, dat vroeg de app bij het resetten van mijn pincode. Daarna kreeg ik {N:error_code}
---
Mijn gebruikersnaam in de app is {T:username}. Ik heb sinds {N:year} hetzelfde account
---
Login naam {T:username}, wachtwoord vergeten. Telefoon eindigt op {N:masked_value}
"""

T[("nl-be", "chat", "xpair")] = r"""
De app van de zonnepanelen vraagt een API-sleutel, ik heb {T:api_key} ingegeven maar da werkt ni
---
mijn token voor de laadpaal ({T:token}) wordt geweigerd sinds gisteren {N:time}
---
Ik heb de decoder {N:model_number} sinds {N:year}. Login is {T:username}
---
mijn gebruikersnaam is {T:username} en ik ben klant sinds {N:year}
---
Mijn rijksregisternummer is {T:bsn:rrn}, geboren {T:date_of_birth}
---
geboortedatum {T:date_of_birth}. Ondernemingsnummer van mijn zaak staat op de factuur: {N:company_registration}
"""

T[("fr-be", "chat", "xpair")] = r"""
J'utilise l'API de {F:brand} pour mes panneaux solaires. Clé {T:api_key}, erreur {N:error_code} depuis la version {N:version_string}
---
la clé d'API {T:api_key} créée en {N:year} ne marche plus
---
le jeton d'accès ({T:token}) expire toutes les heures, c'est normal ?
---
Token de la borne de recharge : {T:token}, requête {N:request_id} refusée
---
Somme de contrôle du firmware : {N:checksum}, ce n'est pas la même que sur le site
---
J'ai commandé l'article {N:product_code} (répéteur wifi), commande {N:order_number}, payé avec {T:card}
---
Mon identifiant est {T:username}, client depuis {N:year}
---
identifiant {T:username}, mot de passe oublié, le téléphone finit par {N:masked_value}
---
Ma date de naissance : {T:date_of_birth}. Numéro d'entreprise sur la facture : {N:company_registration}
---
Né le {T:date_of_birth}, n° national {T:bsn:rrn}
"""

T[("en-gb", "chat", "xpair")] = r"""
I'm using your developer API for my solar dashboard. Key {T:api_key} started returning {N:error_code} after {N:version_string}
---
api key {T:api_key} (made it back in {N:year}) gets a 403 now
---
The access token from the app ({T:token}) expires every day, is that right?
---
Bearer {T:token}
^ that's what I'm sending and I get 401, x-request-id {N:request_id}
---
Downloaded firmware {N:version_string}, SHA-256 is {N:checksum} but your site lists something else
---
Ordered part {N:product_code} (extra mesh disc), order {N:order_number}, paid with {T:card}
---
My username is {T:username}, been with you since {N:year}
---
username {T:username}, forgot password, phone ends {N:masked_value}
---
Card {T:card}, expires {T:card_expiry}, the 3 digits on the back are {T:cvv}
---
card no. {T:card} exp {T:card_expiry} cvc {T:cvv} - please take the {N:amount} arrears
"""

T[("en-us", "chat", "xpair")] = r"""
my smart plug integration uses api key {T:api_key}, started failing on {N:date}
---
API key: {T:api_key}
endpoint returns 403 since the {N:version_string} update
---
Personal access token {T:token:ghp} got posted in the forum by mistake, can you revoke it?
---
token {T:token} keeps expiring, request id {N:request_id}
---
user id {T:username}, been a customer since {N:year}
---
My username is {T:username} and my birthday is {T:date_of_birth}
---
sha1 of the firmware I downloaded: {N:checksum}. Model {N:model_number}
---
Ordered SKU {N:product_code}, order {N:order_number}, charged twice {N:amount}
"""

T[("en-x", "chat", "xpair")] = r"""
My IP address at home is {T:ip_address}, your support page asked for it. Router is a {N:model_number}
---
external IP {T:ip_address}, traceroute dies at hop 4 (timeout {N:quantity})
---
Your colleague asked me for my BSN ({T:bsn:bsn}) and my date of birth ({T:date_of_birth}). Why?
---
BSN {T:bsn:bsn}, DOB {T:date_of_birth} - needed for the contract apparently
---
The KvK number on my invoice ({N:company_registration}) is not mine, I'm a private customer. Invoice {N:invoice_number}
---
Company registration shown on the bill: {N:company_registration}. Customer number {T:customer_number}
"""

T[("nl", "email", "xpair")] = r"""
Mijn zoon heeft voor de slimme thermostaat een koppeling gemaakt met een API-sleutel ({T:api_key}), maar sinds de update naar {N:version_string} krijgen we foutcode {N:error_code}. Moet de sleutel opnieuw aangemaakt worden?
---
Ik heb in {N:year} een contract afgesloten onder klantnummer {T:customer_number}. Op de factuur staat nu een ander KvK-nummer ({N:company_registration}) dan voorheen. Is het bedrijf overgenomen?
---
Bij het bestellen van artikel {N:product_code} (extra wifi-punt) is de betaling mislukt. Ik heb mijn creditcard {T:card} gebruikt, vervaldatum {T:card_expiry}. Bestelnummer: {N:order_number}.
---
Ik ben klant sinds {N:year} en mijn gebruikersnaam is {T:username}. Ik krijg sinds kort de melding dat mijn account is geblokkeerd (code {N:error_code}).
"""

T[("fr-be", "email", "xpair")] = r"""
Mon fils a configuré une clé API ({T:api_key}) pour relier le thermostat, mais depuis la mise à jour {N:version_string}, nous avons l'erreur {N:error_code}. Faut-il créer une nouvelle clé ?
---
Je suis client depuis {N:year} (numéro client {T:customer_number}). Sur la facture figure un numéro d'entreprise ({N:company_registration}) que je ne connais pas.
---
Lors de la commande de l'article {N:product_code}, le paiement par carte {T:card} (expiration {T:card_expiry}) a échoué. Commande {N:order_number}.
---
Mon identifiant est {T:username} et je suis client depuis {N:year}. Depuis hier, mon compte est bloqué (code {N:error_code}).
"""

T[("en-gb", "email", "xpair")] = r"""
My son set up an API key ({T:api_key}) to link the thermostat to our home server, but since the {N:version_string} update it fails with {N:error_code}. Do we need a new key?
---
I've been a customer since {N:year} (account {T:customer_number}). The bill now shows a different company number ({N:company_registration}). Has the company been taken over?
---
When ordering part {N:product_code} the card payment failed. I used {T:card}, expiry {T:card_expiry}. Order number {N:order_number}.
---
My username is {T:username} and I've been with you since {N:year}. Since yesterday the account shows as locked (code {N:error_code}).
"""

T[("nl", "public", "xpair")] = r"""
{N:mention} klant sinds {N:year} en nu dit. {N:hashtag}
---
{N:mention} {N:percentage} duurder en nog steeds storing. bedankt hoor
"""

T[("en-gb", "public", "xpair")] = r"""
{N:mention} customer since {N:year}, never again {N:hashtag}
---
{N:mention} speeds down {N:percentage} since the upgrade. Hub {N:model_number}
"""

T[("fr-be", "public", "xpair")] = r"""
{N:mention} client depuis {N:year} et voilà comment on est traité {N:hashtag}
---
{N:mention} +{N:percentage} sur la facture d'énergie, c'est une blague ?
"""

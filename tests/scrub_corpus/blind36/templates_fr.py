"""Belgian French (fr-be) and Brussels mixed-language templates."""
T = {}

T[("fr-be", "chat", "account")] = r"""
bonjour je n'arrive plus à me connecter à mon espace client. identifiant {T:username} mot de passe {T:password}
---
Mon mot de passe c'est {T:password}, j'ai vérifié les majuscules mais ça ne marche toujours pas (erreur {N:error_code})
---
J'ai reçu un mot de passe provisoire: {T:password:temp} mais il est refusé
---
Bonjour, mon login est {T:email} et mon nouveau mdp {T:password}. Numéro client {T:customer_number}
---
dsl je me suis trompé, c'est {T:password} pas {T:password}
---
Voici le code reçu par SMS : {T:otp}
---
le code de vérification {T:otp} a expiré, pouvez-vous en renvoyer un ? commande {N:order_number}
---
code {T:otp:spelled}
---
{T:otp}
voilà le code
"""

T[("fr-be", "chat", "sim")] = r"""
Ma carte SIM est bloquée, il me demande le code PUK. Mon numéro est le {T:phone}
---
PUK {T:puk} ne fonctionne pas, il reste 7 essais
---
j'ai oublié mon code pin, l'ancien c'était {T:pin} je crois. gsm {T:phone}
---
Le code PIN de la nouvelle carte est {T:pin}? Et le PUK {T:puk}?
---
j'ai tapé {T:pin} au lieu de {T:pin} trois fois, maintenant c'est bloqué ({N:error_code})
"""

T[("fr-be", "chat", "wifi")] = r"""
La clé wifi sur l'autocollant du modem ({N:model_number}) c'est {T:wifi_key} mais le portable ne se connecte pas
---
j'ai changé le mot de passe wifi en {T:wifi_key} et depuis la caméra ne marche plus
---
Pour le technicien : réseau {F:ssid}, clé {T:wifi_key}, code de la porte d'entrée {T:pin}
---
le mot de passe admin du modem est toujours {T:password:router}, c'est normal ? firmware {N:version_string}
"""

T[("fr-be", "chat", "payment")] = r"""
Je souhaite modifier ma domiciliation vers le compte {T:iban}
---
Remboursement de {N:amount} sur {T:iban:BE} svp, facture {N:invoice_number}
---
Ma carte Visa {T:card} expire le {T:card_expiry}, cryptogramme {T:cvv}
---
Le paiement avec la carte {N:masked_value} a échoué, voici la nouvelle : {T:card}, exp {T:card_expiry}, code {T:cvv}
"""

T[("fr-be", "chat", "energy")] = r"""
Relevé de compteur : jour {N:meter_reading}, nuit {N:meter_reading}. Numéro client {T:customer_number}
---
mon acompte est passé à {N:amount}, soit {N:percentage} de plus !! n° client {T:customer_number}
---
Je déménage le {N:date} au {T:address}. Index au départ : {N:meter_reading}
"""

T[("fr-be", "chat", "smarthome")] = r"""
L'application me demande le code de l'alarme, c'est {T:pin:alarm}? Mon compte c'est {T:email}
---
la sonnette est hors ligne depuis la mise à jour {N:version_string}, compte {T:email} mdp {T:password}
---
j'ai généré une clé API pour l'intégration: {T:api_key}, elle renvoie {N:error_code}
"""

T[("fr-be", "chat", "personal")] = r"""
Mon adresse est {T:address}, le technicien n'a pas trouvé
---
rappelez-moi au {T:phone} après {N:time} svp
---
date de naissance {T:date_of_birth}, numéro national {T:bsn:rrn}
---
Nouvelle adresse :
{T:address:ml}
---
mon mail c'est {T:email}
---
Mon adresse IP publique est {T:ip_address}, vous pouvez vérifier si elle est bloquée ?
"""

T[("fr-be", "chat", "none")] = r"""
Panne internet à {F:city} depuis {N:time}? Ticket {N:ticket_number}
---
Je paie {N:quantity} et je reçois {N:quantity}. Modem {N:model_number}
---
la facture {N:invoice_number} est de {N:amount}, c'est quoi ce montant ?
---
Je pars demain (vol {N:flight_number}), le roaming est-il activé ? forfait {N:quantity}
---
colis {N:tracking_number} toujours pas reçu, commande {N:order_number}
---
je ne retrouve pas mon code pin, je dois faire quoi ? écran affiche {N:error_code}
"""

T[("fr-be", "chat", "tech")] = r"""
Voici ce que j'ai dans l'interface du modem :
État WAN : connecté
Adresse IP : {T:ip_address}
Passerelle : 192.168.1.1
Version : {N:version_string}
Erreurs CRC : 1452
---
Message d'erreur : « Une erreur est survenue ({N:error_code}). ID de requête : {N:request_id} ». Ça arrive quand je me connecte avec {T:username}
"""

T[("fr-be", "public", "pub")] = r"""
{N:mention} toujours pas d'internet à {F:city} depuis ce matin ! {N:hashtag}
---
{N:mention} le technicien devait passer à {N:time}, personne. Merci pour rien.
---
{N:mention} rappelez-moi svp {T:phone}
---
{N:mention} facture de {N:amount} pour un mois sans connexion, sérieusement ?
---
45 minutes d'attente au {N:company_phone}... {N:hashtag}
---
{N:mention} mon numéro client est {T:customer_number}, ça fait 3 fois que je le donne
"""

T[("fr-be", "email", "mail")] = r"""
Depuis le passage de votre technicien le {N:date}, la connexion coupe plusieurs fois par jour. J'ai redémarré le modem ({N:model_number}) à plusieurs reprises. Mon numéro client est {T:customer_number} et vous pouvez me joindre au {T:phone}.
---
Veuillez trouver ci-dessous mon nouveau numéro de compte pour la domiciliation : {T:iban}. Le titulaire est {F:name}, né(e) le {T:date_of_birth}.
---
Je déménage le {N:date} à l'adresse suivante : {T:address}. Les index de départ sont {N:meter_reading} (jour) et {N:meter_reading} (nuit).
---
J'essaie de me connecter avec l'identifiant {T:username}, mais après avoir saisi le code SMS {T:otp} j'obtiens l'erreur {N:error_code}.
---
Votre collègue m'a demandé mon numéro de registre national par téléphone : {T:bsn:rrn}. Je voudrais savoir pourquoi c'est nécessaire.
---
La facture {N:invoice_number} d'un montant de {N:amount} a été prélevée deux fois sur mon compte {T:iban:BE}. Merci de rembourser le trop-perçu.
---
Je vous écris au sujet du dossier {N:ticket_number}. Merci de me contacter par mail à {T:email} plutôt que par téléphone.
"""

T[("fr-be", "agent", "macro")] = r"""
Bonjour {F:cname}, nous sommes désolés pour ce désagrément. Une panne est en cours dans votre région et nos techniciens sont sur place. Vous pouvez suivre l'évolution sur {N:url}. Pour toute question, appelez-nous au {N:company_phone} en mentionnant votre numéro de dossier {N:ticket_number}. Bonne journée, {F:agent}
---
Bonjour {F:cname}, pour votre sécurité, ne partagez jamais votre mot de passe ou code PIN sur les réseaux sociaux. Nous avons masqué votre message. Vous pouvez modifier votre mot de passe sur {N:url}. {F:agent}
---
Bonjour {F:cname}, votre domiciliation a bien été modifiée vers le compte {N:masked_value}. La prochaine facture ({N:invoice_number}) de {N:amount} sera prélevée le {N:date}. Cordialement, {F:agent}
---
Bonjour {F:cname}, j'ai réinitialisé votre accès. Votre mot de passe provisoire est {T:password:temp}, merci de le modifier dès votre première connexion. {F:agent}
---
Bonjour {F:cname}, votre nouvelle carte SIM a été envoyée (suivi : {N:tracking_number}). Le code PIN et le code PUK se trouvent sur le support de la carte : PIN <PIN>, PUK <PUK>. {F:agent}
"""

T[("fr-be", "note", "visit")] = r"""
Rapport d'intervention {N:ticket_number} du {N:date}
Technicien : {F:agent}
Adresse : {T:address}
Tél. client : {T:phone}
Remplacement du modem par un {N:model_number} (firmware {N:version_string}). Nouvelle clé wifi : {T:wifi_key}. Débit mesuré {N:quantity}.
"""

# --------------------------------------------------------- Brussels mixed
T[("bxl-fr", "chat", "mix")] = r"""
Bonjour, sorry voor het Frans/Nederlands mix 😅 mon modem ne marche plus sinds gisteren. Klantnummer {T:customer_number}, numéro {T:phone}
---
allo, ik heb het paswoord gewijzigd, le nouveau c'est {T:password}, mais l'app zegt nog altijd fout
---
bonjour/goeiedag, la clé wifi = {T:wifi_key}. De technieker mag komen après {N:time}
---
Mon code PIN est {T:pin}, maar de bank zegt dat de kaart geblokkeerd is, erreur {N:error_code}
"""

T[("bxl-nl", "chat", "mix")] = r"""
Dag, ik woon in Brussel, adres {T:address}, et le technicien n'est pas venu. Ticket {N:ticket_number}
---
mijn vrouw spreekt Frans, kunt ge haar bellen op {T:phone}? merci
---
verificatiecode / code de vérification: {T:otp}
---
Rekeningnummer pour le remboursement: {T:iban:BE}. Merci, dank u
"""

"""Belgian French (fr-be) templates."""
LANG = "fr-be"

CHAT = r"""
Bonjour, mon GSM me demande le code PUK après 3 mauvais codes PIN. Numéro client {cust}. Où est-ce que je le trouve ?
le code PUK de {~rel} c'est bien {puk} ? je l'ai trouvé sur la carte en plastique mais ça affiche toujours {!err|sim}
Ma carte Bancontact a été refusée chez {~brand|shop}, le terminal affiche CODE ERRONÉ ({!err|card}). J'ai tapé {pin}, je suis sûre que c'est le bon
3 fois le mauvais code à la caisse et maintenant carte bloquée 😭 montant {!amount}. Mon compte c'est {iban}
pardon c'est {pin} et pas {pin|swap}, j'ai inversé les chiffres
Je dicte ce message donc excusez les fautes mon code secret c'est {pin|spoken} et la carte ne marche plus point pouvez vous vérifier point d'interrogation
nouvelle carte reçue le {!date}, le code PIN arrive par courrier séparé ? ça fait {~n|8-15} jours. N° client {cust}
Le lecteur de carte me donne le code de réponse {otp} mais le site dit 'code invalide' {!err|app}
Code itsme oublié, j'ai essayé {pin} et {pin}. Mon numéro de registre national {bsn}
Le modem ({!model|router}) clignote rouge depuis {!time}, erreur {!err|router}. J'habite à {~city}
la clé wifi sur l'autocollant c'est {wifi} mais mon ordi dit 'clé de sécurité réseau incorrecte'. réseau {~ssid}
Comment changer le mot de passe wifi ? Je me connecte sur {!url|router} avec admin et {password|router} mais je ne trouve pas l'option
le technicien a mis le wifi sur {wifi} mais le décodeur ne le prend pas, erreur {!err|tv}
Le décodeur demande un code parental, j'avais mis {pin} à l'installation mais il le refuse. Modèle {!model|tvbox}
débit de {!qty|speed} alors que je paie pour {!qty|speed}, c'est une blague ? modem {!model|router}
Activation eSIM impossible sur mon {!model|phone}, le code d'activation {otp|esim} est refusé
J'ai reçu un SMS '{~brand|telecom}: votre code de vérification est {otp}. Ne le communiquez à personne.' Quelqu'un m'a appelé pour me le demander, c'est vous ?
Mon numéro a été transféré sur une autre carte SIM sans mon accord !! Numéro {phone}, client {cust}
Le colis est dans le distributeur {~brand|parcel} à {~city} mais le code de retrait {otp|pickup} ne fonctionne pas
SMS reçu : 'Votre colis {!tracking} vous attend. Code : {otp|pickup}. Valable jusqu'au {!date}.' mais la consigne ne s'ouvre pas
Le livreur ne sait pas entrer, le code de la porte c'est {pin|door}, 3e étage. Colis {!tracking}
colis {!tracking} marqué livré mais rien reçu, adresse {address}
L'alarme sonne toute seule vers {!time}, le clavier affiche {!err|alarm}. Mon code utilisateur est {pin|alarm}
{~rel} a oublié son code d'alarme, elle pense que c'est {pin|alarm}. Vous pouvez le réinitialiser à distance ?
appli alarme : identifiant {user}, mot de passe {password}, et ça dit 'échec de connexion'
Relevé des compteurs : jour {!meter} kWh, nuit {!meter} kWh, gaz {!meter} m³. N° client {cust}
index eau {!meter|water} au {!date}, le compteur est dans la cave. Adresse {address}
Facture d'acompte {!invoice} de {!amount} ?? Le mois passé c'était {!amount}, ça fait {!pct} de plus
J'aide {~rel} avec son compte, mot de passe oublié. Son e-mail c'est {email}, née le {dob}
Pouvez-vous rembourser sur le compte {iban} au nom de {~fullname} svp
mon adresse mail a changé c'est {email|spoken}
Panne à {~city} ? Plus d'internet ni de télé depuis {!time} {~emoji}
Le technicien devait passer le {!date} entre {!time} et {!time}, personne n'est venu. Ticket {!ticket}
Merci beaucoup pour votre aide, tout fonctionne à nouveau 👍
Sur l'écran il y a écrit 'SIM bloquée, entrez le PUK' et en dessous {!err|sim}. J'ai pas le PUK sur moi
Mon identifiant c'est {user}, mot de passe oublié et le mail de réinitialisation n'arrive jamais
code reçu: {otp}
Nouvelle clé API pour l'intégration : {api}. L'ancienne renvoie {!err|app}, request id {!reqid}
bjr le wifi de {~rel} s'appelle {~ssid} et le mdp {wifi}, la tablette refuse de se connecter depuis la mise à jour {!version}
Pour l'intégration, le token d'accès qu'on m'a donné c'est {token}, mais ça renvoie {!err|app}
clé API {api} pour le module de paiement du site, elle est encore valable ? TVA {!kvk|ond}
mon adresse IP fixe {ip} n'est plus joignable depuis le {!date}, port {!port}
votre site bloque mon IP {ip}, message {!err|app}
Le formulaire demande le numéro national de {~rel} : {bsn}, né le {dob}. C'est bon comme ça ?
La carte de {~rel} c'est {card}, expire {expiry}, cryptogramme {cvv}, on peut payer la facture avec ?
je pars demain avec le vol {!flight}, faut-il activer le roaming ? forfait {!qty|data}
référence {!product} (télécommande) absente du colis, commande {!order}
quels sont les horaires du magasin de {~city} le {~day} ?
client depuis {!year} et voilà comment on me traite {~emoji}
combien coûte une carte SIM supplémentaire ? je paie déjà {!amount} par mois
la panne à {~city} est réglée ? réf {!ticket}
identifiant {user}, je ne reçois pas le SMS de connexion sur mon nouveau GSM
Est-ce que je peux déplacer le rendez-vous du technicien au {!date} ? Je travaille ce jour-là
J'ai appelé le {!cphone} trois fois, coupé après {~n|20-40} minutes. Numéro client {cust}
Le {!cphone} est gratuit ou payant ? ça fait {~n|15-40} minutes que j'attends
mot de passe provisoire reçu par SMS : {password|temp}, il est déjà expiré
j'ai mis {password} comme nouveau mot de passe mais l'appli dit incorrect
"""

PUBLIC = r"""
{!mention} toujours pas d'internet à {~city} depuis {~n|2-5} jours. Ticket {!ticket} {!hashtag}
{!mention} pourquoi ma facture passe à {!amount} ? {!pct} d'augmentation sans prévenir
Le distributeur de colis de {~city} est encore en panne {!mention} {!hashtag}
Terminal en panne chez {~brand|shop} ? Carte refusée code {!err|card} alors que j'ai de l'argent sur le compte {!hashtag}
{!mention} envoyez-moi un MP svp, mon numéro client est {cust}
{!mention} j'ai reçu un code {otp} par SMS sans rien demander, c'est une arnaque ?
{!mention} le technicien n'est pas venu le {!date}, j'ai pris congé pour rien {~emoji}
{!mention} mise à jour {!version} du modem et le wifi est pire qu'avant {!hashtag}
{!mention} mon code PUK {puk} est refusé, et maintenant je fais quoi ?
{!mention} {~n|45-90} minutes d'attente au {!cphone}, c'est inadmissible {!hashtag}
{!mention} colis {!tracking} bloqué au centre de tri depuis le {!date}
{!mention} client depuis {!year} et {!pct} d'augmentation, merci pour la fidélité {!hashtag}
Quelqu'un sait si la boutique {~brand|telecom} de {~city} est ouverte le {~day} ? {!hashtag}
"""

AGENT = r"""
Bonjour {~name}, votre code PUK se trouve dans l'application, rubrique 'Ma carte SIM'. Ne le partagez jamais par message. {~initials}
Bonjour {~name}, votre code PUK est {puk}. Introduisez-le calmement : après 10 essais, la carte est bloquée définitivement. {~initials}
Bonjour {~name}, j'ai planifié le passage d'un technicien le {!date} entre {!time} et {!time}. Référence : {!ticket}. Bonne journée, {~agent}
Bonjour {~name}, je vois que vous avez envoyé votre mot de passe ({password}). Modifiez-le immédiatement via {!url} svp. {~initials}
Bonjour {~name}, pour vous aider j'ai besoin de votre numéro client et de votre date de naissance. Nous ne demandons jamais votre code PIN. {~agent}
Bonjour {~name}, le remboursement de {!amount} sera effectué sur le compte se terminant par {!mask|iban}. {~initials}
Bonjour {~name}, votre nouvelle carte est en route. Le code PIN suit par courrier séparé. L'ancienne carte ({!mask|card}) est bloquée depuis {!time}. {~agent}
Bonjour {~name}, merci pour vos index ({!meter} et {!meter}). Je les ai encodés sur le numéro client {cust}. {~initials}
Bonjour {{prenom}}, votre colis {{tracking}} est disponible au point {{point_relais}}. Votre code de retrait : <code>. L'équipe {~brand|parcel}
Bonjour {~name}, nous n'avons pas accès à votre code d'alarme. Contactez votre installateur au {!cphone}. Centrale {!model|alarm}. {~initials}
Bonjour {~name}, j'ai renvoyé le code d'activation de votre eSIM à {!mask|email}. Il est valable 24 heures. {~initials}
Re-bonjour {~name}, j'ai bien modifié votre adresse e-mail en {email}. Vous recevrez une confirmation. {~agent}
Bonjour {~name}, il y a effectivement une panne à {~city} depuis {!time}. Nos techniciens sont sur place. Toutes nos excuses. {~initials}
Bonjour {~name}, une carte SIM supplémentaire coûte {!amount} par mois. Vous pouvez la commander via {!url}. Bonne journée, {~agent}
Bonjour {~name}, la somme de contrôle SHA256 du firmware {!version} est {!checksum}. Si elle ne correspond pas, retéléchargez le fichier via {!url}. {~initials}
"""

EMAIL = r"""
Le {!date}, nous déménageons de {address} vers {address}. Je souhaiterais transférer notre abonnement internet et télévision. Notre numéro client est le {cust}.

Dans la nouvelle maison, il y a déjà une prise fibre. Est-ce que notre modem actuel ({!model|router}) sera compatible ou faut-il en commander un autre ?

Vous pouvez me joindre au {phone}, de préférence après {!time}.
%%
Samedi, chez {~brand|shop} à {~city}, ma carte a été bloquée après trois codes erronés. Le terminal affichait {!err|card}. Il s'agit de la carte se terminant par {!mask|card}.

J'ai ensuite choisi un nouveau code via l'application ({pin}), mais le distributeur refuse toujours la carte. Mon compte est le {iban}.

Pourriez-vous débloquer la carte rapidement ? J'en ai besoin pour mes courses.
%%
Je vous écris au nom de {~rel}, {~fullname|2}, qui ne peut pas se déplacer.

Numéro client : {cust}
Adresse : {address}
Date de naissance : {dob}
Numéro de registre national : {bsn}

Depuis le placement du compteur numérique le {!date}, les factures ne correspondent plus. La dernière ({!invoice}) s'élève à {!amount} alors que l'index relevé est de {!meter} kWh. Les domiciliations se font sur le compte {iban}.
%%
Hier soir vers {!time}, j'ai reçu un SMS avec un code de confirmation ({otp}) pour un changement de carte SIM que je n'ai jamais demandé.

Une demi-heure plus tard, plus de réseau. Mon numéro est le {phone}. Je pense que quelqu'un a pris le contrôle de ma ligne.

Merci de bloquer immédiatement la ligne. J'ai porté plainte, PV n° {!ticket}.
%%
Notre système d'alarme ({!model|alarm}) affiche depuis une semaine l'erreur {!err|alarm} et bipe la nuit.

L'installateur avait laissé le code installateur sur {pin|alarm} et il fonctionne encore ; il indique que la zone 2 (garage) est en défaut.

Un technicien peut-il passer ? Adresse : {address}.
%%
Mon colis n° {!tracking} devait être livré le {!date} dans la consigne à {~city}. Selon l'application il y est, mais je n'ai jamais reçu le SMS avec le code.

Il s'agit de la commande {!order}. Pouvez-vous renvoyer le code ou déposer le colis dans un point relais ?
%%
J'ai reçu ma nouvelle carte de crédit le {!date}. Lors de l'activation en ligne, je dois introduire les données suivantes mais cela échoue :

Numéro : {card}
Date d'expiration : {expiry}
Code au dos : {cvv}

Le code SMS ({otp}) est également refusé. Que dois-je faire ?
%%
Depuis le {!date}, ma connexion internet se coupe tous les soirs vers {!time}. J'ai déjà appelé deux fois, un ticket a été ouvert ({!ticket}) mais rien ne bouge.

Je télétravaille et je paie {!amount} par mois pour un débit de {!qty|speed}. Je demande l'intervention d'un technicien ainsi qu'une compensation.
%%
Ma facture d'eau ({!invoice}) s'élève à {!amount}, soit plus du double de l'an passé. Le compteur indique {!meter|water} m³ alors que le relevé précédent était de {!meter|water} m³.

Mon numéro client est le {cust}. Un contrôle du compteur est-il possible ? Je soupçonne une fuite.
%%
Je n'arrive plus à accéder à l'interface de mon modem. Le mot de passe admin {password|router} ne fonctionne plus depuis le passage du technicien.

Je voudrais ouvrir le port {!port} pour ma caméra. Mon adresse IP publique est {ip}, si vous voulez regarder à distance.
%%
Voici le texte affiché à l'écran de mon téléphone, recopié tel quel :

"Carte SIM bloquée. Entrez le code PUK. Tentatives restantes : 6"

J'ai essayé le PUK {puk} qui est sur le support de la carte, sans succès. Mon numéro est le {phone} et mon numéro client le {cust}.
"""

SIGNATURES = r"""
{~fullname}
%%
{~fullname}
{address|multi}
GSM : {phone}
%%
{~name} {~last}
Tél. {phone}
%%
{~fullname}
Gérant
TVA {!kvk|ond}
{address|multi}
%%
{~name}
{email}
%%
{~name}
%%
{~fullname}
{~last} SRL
N° d'entreprise {!kvk|ond}
{phone}
%%
{~fullname} ({~city})
"""

QUOTES = r"""
Le {!date} à {!time}, Service clientèle {~brand} a écrit :
> Bonjour,
>
> Nous avons bien reçu votre demande. Afin de la traiter, merci de nous communiquer votre
> numéro client et l'adresse de l'installation. Nous ne vous demanderons jamais votre code PIN.
>
> Cordialement,
> {~agent}
%%
De : {~agentfull}
Envoyé : {~day} {!date} {!time}
Objet : RE: votre dossier {!ticket}

Bonjour,

Votre dossier a été transmis au service technique. Vous recevrez une réponse sous 5 jours ouvrables.

Bien à vous,
{~agent}
%%
Le {~day} {!date} à {!time}, {~agentfull} a écrit :
> Bonjour {~name},
>
> Merci pour votre patience. J'ai examiné votre dossier avec notre service technique. Les
> mesures montrent que votre ligne se coupe régulièrement depuis le {!date}, surtout le soir.
> Un technicien passera le {!date} entre {!time} et {!time}.
>
> Pour toute question, répondez à ce mail en mentionnant votre numéro de dossier {!ticket}.
> Attention : nous ne vous demanderons jamais votre mot de passe, code PIN ou code de
> confirmation.
>
> Cordialement,
> {~agentfull}
> Service clientèle {~brand}
%%
Le {!date} à {!time}, {~brand|energy} a écrit :
> Madame, Monsieur,
>
> Nous avons bien reçu votre remarque concernant la facture de régularisation. Selon votre
> compteur numérique, l'index au {!date} était de {!meter} kWh (jour) et {!meter} kWh (nuit).
>
> Votre nouvel acompte s'élève à {!amount} par mois à partir du {!date}. En cas de désaccord,
> vous pouvez introduire une plainte dans les 30 jours via {!url|energy}.
>
> Salutations distinguées,
> {~agent}
"""

SUBJECTS = r"""
Objet : demande
Objet : RE: dossier {!ticket}
Objet : réclamation
Objet : URGENT
Objet : mon compte client
Objet : problème
"""

EXTRAS = r"""
J'ai déjà appelé votre service à deux reprises, mais après une demi-heure d'attente la communication a été coupée.
Je vous remercie de me répondre rapidement, cette situation dure depuis trop longtemps.
Vous trouverez en pièce jointe une photo de l'autocollant au dos de l'appareil ainsi que de l'écran avec le message d'erreur.
"""

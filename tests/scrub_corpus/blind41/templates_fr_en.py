# Belgian French (fr-be) and English templates. "en" groups are rendered as en-gb or en-us.
T = r"""
## fr-be chat mobib
bonjour ma carte mobib <<customer_number:mobib>> ne passe plus aux portiques de <<station>>, j'ai payé <<amount>> pour rien
Je n'arrive plus à me connecter à mon compte <<b_pt>>, identifiant <<username>> mot de passe <<password>> , erreur <<error_code>>
mon numéro de registre national c'est <<bsn>> , vous me l'avez demandé pour la carte MOBIB
mdp oublié... le nouveau c'est <<password>> mais ça marche tjs pas
## fr-be chat otp
j'ai reçu le code <<otp>> par sms mais l'appli dit code invalide
Voici le code de vérification : <<otp>>
code de confirmation <<otp>> (reçu à <<time>>) pour la réservation <<order_number>>
## fr-be chat lease
Bonjour, j'ai oublié le code PIN de ma carte carburant. Plaque <<plate>>, contrat <<customer_number:lease>>
le code pin de la carte de recharge c'est <<pin:4>> ? la borne affiche <<error_code>>
désolé je me suis trompé, c'est <<pin:4>> et pas <<pin2:4>>
## fr-be chat ev
la borne à la maison doit être connectée au wifi, réseau <<ssid>> clé <<wifi_key>>
Ma carte de recharge n° <<customer_number:charge>> est refusée partout depuis <<date>>
facture de <<amount>> pour <<meter_reading>> ??? client <<customer_number>>
## fr-be chat parking
J'ai reçu une redevance de stationnement (<<invoice_number>>) alors que j'avais payé avec l'appli. Plaque <<plate>>, email <<email>>
la barrière du parking ne s'ouvre pas avec mon abonnement n° <<customer_number:member>>, rappelez-moi au <<phone>> svp
## fr-be chat taxi
le chauffeur m'a débité deux fois <<amount>> sur ma carte <<card>>
j'ai oublié mon sac dans le taxi vers <<city>> ce soir à <<time>>, mon gsm <<phone>>
## fr-be chat sharing
la trottinette demande un code pour déverrouiller, j'ai mis <<pin:4>> mais rien
Mon compte <<b_share>> : <<email>> / <<password>> , je ne peux pas réserver la voiture
## fr-be chat insurance
sinistre déclaré sous <<ticket_number>>, ma police <<customer_number:policy>>, remboursement sur <<iban>> svp
constat: <<name>>, <<address>>, né le <<date_of_birth>>, tél <<phone>>
## fr-be chat pay
paiement refusé: carte <<card>> exp <<card_expiry>> cryptogramme <<cvv>>
ma carte visa <<card>>, date d'expiration <<card_expiry>>\ncode au dos <<cvv>>
## fr-be chat school
bonjour je voudrais m'inscrire pour des heures de conduite, <<name>>, né le <<date_of_birth>>, gsm <<phone>>
Pour l'appli de théorie mon login c'est <<username>> et mdp <<password>>, ça bloque à <<percentage>>
## fr-be chat nopii
encore un train supprimé vers <<station>> à <<time>>, c'est la <<quantity>> cette semaine
quand est-ce que l'appli sera réparée? version <<version_string>> plante au démarrage
## fr-be chat answer
<<otp>> voilà
c'est <<pin:spoken>>
voici: <<customer_number>>
## fr-be public p
<<mention>> bus supprimé sans annonce, on attend depuis <<time>> <<hashtag>>
<<mention>> merci de me rappeler au <<phone>> svp, dossier <<ticket_number>>
<<mention>> votre code sms <<otp>> arrive après expiration, bravo
<<mention>> le site <<url>> affiche <<error_code>> depuis ce matin
## fr-be email e
Je me permets de vous contacter concernant le remboursement de mon abonnement annuel (<<amount>>). Ma carte MOBIB porte le numéro <<customer_number:mobib>> et mon numéro de registre national est <<bsn>>. Merci de verser le montant sur le compte <<iban>> au nom de <<name>>.\n\nMon adresse : <<address>>.
En tant que gestionnaire de flotte, je vous transmets les coordonnées des conducteurs concernés :\n\n• <<name>> – né le <<date_of_birth>> – <<phone>> – <<email>>\n• <<name2>> – née le <<date_of_birth2>> – <<phone2>> – <<email2>>\n\nLes véhicules (<<car>>) seront livrés le <<date>>. Notre bon de commande : <<order_number>>.
Suite à l'accident du <<date>> avec le véhicule de leasing immatriculé <<plate>> (châssis <<vin>>), je vous envoie le constat. Le numéro de dossier est <<ticket_number>> et le kilométrage était de <<meter_reading>>. Vous pouvez me joindre au <<phone>>.
Je n'ai plus accès à mon espace client depuis la mise à jour <<version_string>>. Mon identifiant est <<username>> et j'ai réinitialisé le mot de passe en <<password>>, sans succès (<<error_code>>). Pourriez-vous me rappeler au <<phone>> ?
Le dépanneur a mis <<quantity>> à arriver sur l'autoroute et j'ai dû payer un taxi de <<amount>>. Mon numéro de membre est <<customer_number:member>>. Merci de rembourser sur <<iban>>.
Je conteste la perception immédiate <<invoice_number>> du <<date>>. Le véhicule <<plate>> était garé sur une place payée via l'application (transaction <<order_number>>). Coordonnées : <<name>>, <<address>>, registre national <<bsn>>.
## fr-be intro i
Je vous écris car j'ai déjà appelé votre service à plusieurs reprises sans obtenir de réponse claire. Je prends le train tous les jours pour aller travailler et cette situation commence vraiment à me coûter du temps et de l'argent.
Suite à notre conversation téléphonique de ce matin (<<time>>), je vous transmets les informations demandées afin que vous puissiez traiter mon dossier au plus vite.
Je gère la flotte de véhicules de notre société depuis <<year>> et c'est la première fois que nous rencontrons un tel problème avec votre service, d'où ce courriel un peu long.
## fr-be greet g
Madame, Monsieur,
Bonjour,
## fr-be close c
Cordialement,
Bien à vous,
## fr-be sig s
<<name>>\n<<address:ml>>\nGSM : <<phone>>
<<name>>\nFleet manager\n<<email:work>> – <<phone:land>>
## fr-be quote q
Le <<date>> à <<time>>, Service clientèle <<b_pt>> a écrit :\n> Bonjour,\n> Pourriez-vous nous communiquer votre numéro de carte ?
De : service clients\nEnvoyé : <<date>>\nObjet : Votre demande <<ticket_number>>\n> Nous avons besoin de données complémentaires.
## fr-be agent a
Bonjour <<first>>, votre remboursement de <<amount>> (<<ticket_number>>) sera versé sur le compte <<masked_value>>. <<agent>>
Bonjour, ne partagez jamais votre code PIN ou votre mot de passe. Envoyez-nous uniquement votre numéro client en MP. <<agent>>
Bonjour <<first>>, votre code temporaire est <<otp>>, valable 10 minutes. <<agent>>
Merci, nous vous rappelons au <<phone>> avant <<time>>. <<agent>>
Bonjour {prenom}, votre code de connexion est [CODE]. Réf. <<request_id>>
Bonjour, le nouveau code PIN de votre carte carburant est <<pin:4>>. Pensez à le modifier. Équipe <<b_lease>>

## en chat transit_login
can't log into my <<b_pt>> account, username <<username>> password <<password>>, keeps saying <<error_code>>
Reset my password to <<password>> like the email said and it STILL won't let me in. app <<version_string>>
my <<tcard>> number is <<customer_number:oyster>> and login is <<email>>, pw <<password>>
hey so i changed my pw from <<password2>> to <<password>> and now the app logs me out every time
## en chat transit_refund
got charged <<amount>> twice at <<station>> this morning, card <<customer_number:oyster>>
I touched in at <<station>> at <<time>> and it charged the max fare. card ending <<masked_value>>. refund to <<card>> pls
delay repay claim <<ticket_number>> still pending since <<date>>, sort code and acct are in there, IBAN <<iban>>
## en chat otp
the verification code is <<otp>> but it says expired
code: <<otp>>
got the text, it's <<otp>> . booking <<order_number>>
Code is <<otp:spoken>>
## en chat fleet_fuel
hi, forgot the PIN for my fuel card, reg <<plate>>, contract <<customer_number:lease>>
fuel card pin is <<pin:4>> right? every pump says <<error_code>>
sorry typo, pin is <<pin:4>> not <<pin2:4>>
## en chat ev
charging card <<customer_number:charge>> declined at the rapid charger in <<city>>, error <<error_code>>
the home charger needs wifi, network <<ssid>> password <<wifi_key>>
paid <<amount>> for <<meter_reading>>?? session stopped at <<percentage>>. account <<customer_number>>
## en chat parking
parking app charged me <<amount>> after i ended the session at <<time>>. reg <<plate>> email <<email>>
got a PCN (<<invoice_number>>) but i had paid in the app, session <<order_number>>. my number <<phone>>
## en chat ride
driver took off with my bag, ride at <<time>>, please call me <<phone>>
charged twice <<amount>> on card <<card>> for one trip
someone logged into my account from <<ip_address>>, i never did that, my email is <<email>>
## en chat sharing
the scooter app wants a 4 digit code to unlock, i typed <<pin:4>>, reservation <<order_number>>
car share membership <<customer_number:member>>, keybox pin <<pin>> doesn't open
## en chat insurance
claim <<ticket_number>> policy <<customer_number:policy>>, the other driver's reg was <<plate>> and his number <<phone>>
windscreen cracked, policy <<customer_number:policy>>, pay out to <<iban>>
## en chat pay
card declined: <<card>> exp <<card_expiry>> cvv <<cvv>>
card number <<card>>\nexpiry <<card_expiry>>\nsecurity code <<cvv>>
## en chat school
hi i want to book lessons, <<name>>, dob <<date_of_birth>>, mobile <<phone>>
theory app login <<username>> / <<password>> not working since <<version_string>>
## en chat sim
the sim in the car's telematics box asked for PUK, it's <<puk>> from the card
my phone locked after the rental app update, PIN <<pin>> PUK <<puk>> what do i do
## en chat api
our fleet dashboard integration broke, API key <<api_key>> returns <<error_code>>, request <<request_id>>
here's the token from the portal: <<token>> , it expired at <<time>>
## en chat nopii
train to <<station>> cancelled AGAIN, <<quantity>> late this month
app crashes on <<version_string>>, can't buy a ticket
## en chat answer
<<pin:4>>
<<customer_number>>
it's <<otp>>
## en public p
<<mention>> stuck at <<station>> for ages, no info <<hashtag>>
<<mention>> your app charged me <<amount>> for <<meter_reading>>, ridiculous
<<mention>> pls call me back <<phone>> ref <<ticket_number>>
<<mention>> account locked, email is <<email>> and i never got the reset link <<hashtag>>
<<mention>> verification code <<otp>> came 20 mins late lol
## en email e
Since the update to <<version_string>> I can no longer sign in. My username is <<username>> and the password I set yesterday is <<password>>. Every attempt gives <<error_code>>. My card number is <<customer_number:oyster>> and I need my journey history for an expense claim for <<year>>.
Please find below the details for the three new drivers joining our pool next month:\n\n1) <<name>> | DOB <<date_of_birth>> | <<phone>> | <<email>>\n2) <<name2>> | DOB <<date_of_birth2>> | <<phone2>> | <<email2>>\n3) <<name3>> | DOB <<date_of_birth3>> | <<phone3>> | <<email3>>\n\nThey will each get a <<car>>. Our PO reference is <<order_number>>.
Last week I had a minor collision in the company car (<<plate>>, VIN <<vin>>) in a station car park. Mileage was <<meter_reading>>. The claim reference is <<ticket_number>>. Please call me on <<phone>> after <<time>>; the excess of <<amount>> can be taken from <<iban>>.
I broke down on <<date>> and called your helpline on <<company_phone>>. My membership number is <<customer_number:member>>. The patrol could not fix the car and it was towed to a garage near <<city>>. I have now received an invoice for <<amount>>, although my cover includes recovery.
I am writing to appeal penalty charge <<invoice_number>> issued on <<date>>. Vehicle <<plate>> was parked with an active session in your app (<<order_number>>). My details: <<name>>, <<address>>, phone <<phone>>.
My rental booking <<order_number>> for flight <<flight_number>> was cancelled without notice. I paid with card <<card>> (expiry <<card_expiry>>) and was charged <<amount>> anyway. Please refund to that card. Driver's licence holder: <<name>>, DOB <<date_of_birth>>.
## en intro i
I am writing because I have now called three times and been given a different answer each time. The first agent promised someone would get back to me within a week; the second had no record of my call at all. I commute every day and this is costing me time and money.
Following our phone call this morning (<<time>>), please find below the information you asked for. Your colleague said it would be quicker if I put everything in one email, so here it is.
I manage the company car pool (around thirty vehicles) and one of our drivers has asked me to chase this up on their behalf, as it has been going on since <<date>>.
I've been a customer since <<year>> and have never had a problem until the switch to the new app, so I'd appreciate it if someone could actually look at this properly.
## en greet g
Hello,
Dear Sir or Madam,
Hi there,
To whom it may concern,
## en close c
Kind regards,
Thanks,
Best,
Many thanks in advance,
## en sig s
<<name>>\n<<address:ml>>\n<<phone>>
<<name>>\nFleet Coordinator\n<<email:work>> | <<phone>>
<<name>>\nMob: <<phone>>
<<first>>\n\nSent from my iPhone
## en quote q
On <<date>>, at <<time>>, Customer Support <support@example.com> wrote:\n> Hi,\n> Could you send us your card number and the date of the journey?\n> Thanks, <<agent>>
-----Original Message-----\nFrom: Customer Relations\nSent: <<date>>\nSubject: Your case <<ticket_number>>\n\nWe need a few more details to look into this.
On <<date>> <<b_rent>> Reservations wrote:\n> Your booking <<order_number>> is confirmed.
## en agent a
Hi <<first>>, thanks for getting in touch. I can see the card ending <<masked_value>> was charged twice; I've refunded <<amount>> (case <<ticket_number>>). ^<<agent>>
Hi there, please never share your password or PIN with us, we'll only ever ask for your account number by DM. <<agent>>
Hi <<first>>, your temporary code is <<otp>> and it's valid for 10 minutes. <<agent>>
Thanks, we'll call you on <<phone>> before <<time>> today. <<agent>>
Hi {first_name}, your one-time passcode is <OTP>. Ref <<request_id>>
Hi <<first>>, the new temporary PIN for your fuel card is <<pin:4>>. Please change it at first use. <<b_lease>> Driver Desk
We've updated your email to <<email>> and sent a link to <<url>>. <<agent>>
"""

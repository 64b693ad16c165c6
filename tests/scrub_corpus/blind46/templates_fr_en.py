"""Belgian French and English (UK/US) templates. 'V|' prefix = dictated by voice."""

FR = {
    "voice_bank": ("chat", [
        "V|bonjour je suis madame {last} j'ai {age} je n'arrive plus à taper alors je parle dans le téléphone ma carte {bank} a été avalée au distributeur à {city} le numéro de la carte est {card} date {exp} et les trois chiffres derrière {cvv} et mon compte {iban} virgule rappelez-moi au {landline} merci",
        "V|bonjour le lecteur de carte affiche {err} et je ne reçois plus de code mon numéro de client est {cust} et mon code secret c'est {pin} est-ce que c'est normal point d'interrogation",
        "V|allô c'est {first} j'ai reçu un code par sms {otp} quelqu'un m'a appelé pour le demander je ne l'ai pas donné enfin je crois mon gsm c'est {mobile}",
        "V|madame monsieur je voudrais savoir pourquoi on m'a prélevé {amount} le {date} sur mon compte {iban} je n'ai rien acheté point",
    ]),
    "voice_health": ("chat", [
        "V|bonjour c'est pour le remboursement de {insurer} de {amount} pour le kiné mon numéro de registre national est {bsn} et mon adresse {addr} merci beaucoup",
        "V|la pharmacienne dit que ma prescription {rx} n'est pas dans le système je prends {dose} je suis née le {dob} mon numéro de téléphone {phone}",
        "V|je n'arrive pas à me connecter sur {gp} mon identifiant c'est {user} et mon mot de passe {pw} j'ai rendez-vous le {date} à {time}",
        "V|mon numéro de membre à la mutuelle c'est {cust} j'ai besoin d'une attestation pour les soins à domicile j'ai {age} mon adresse mail {email}",
    ]),
    "chat_pension": ("chat", [
        "Bonjour, ma pension n'a pas été versée ce mois-ci sur le compte {iban}. Numéro national {bsn}. J'ai {age} et je vis seule. Mon gsm : {mobile}",
        "Madame, Monsieur, j'ai déménagé au {addr} depuis le {date}. Pouvez-vous envoyer le courrier de la pension à cette adresse ? Dossier {cust}. {name}",
        "Mon mari est décédé le {date}. Que dois-je faire pour la pension de survie ? Son numéro de registre national {bsn}, le mien {bsn2}. Compte {iban}",
        "Je n'arrive pas sur {url}, il faut itsme et je n'ai pas de smartphone. NISS {bsn}, téléphone fixe {landline}",
    ]),
    "chat_telecom": ("chat", [
        "MON GSM DEMANDE UN CODE PUK. J'AI ESSAYÉ {puk} MAIS ÇA NE MARCHE PAS. NUMÉRO {mobile}, CLIENT {cust}",
        "Plus de ligne fixe au {landline} depuis {qty}. J'ai {age} et ma téléalarme passe par là !!! {addr}",
        "Mon petit-fils a installé le wifi {ssid} mais je ne retrouve plus la clé, c'est bien {wifi} ? Le modem c'est un {model}",
        "Je reçois une facture de {amount} (n° {invoice}) alors que je n'ai qu'un téléphone fixe. Numéro client {cust}",
        "le code pin de la carte sim c'est {pin} et le puk {puk} mais le {model} reste bloqué, que faire ?",
    ]),
    "chat_transport": ("chat", [
        "Bonjour {transport}, j'ai demandé l'abonnement senior mais rien reçu. Ma carte MOBIB : {ovcard}, née le {dob}. Adresse {addr}",
        "Le bus de {time} n'a pas arrêté à {city} Gare. J'ai {age} et j'ai attendu {qty} dans le froid. Je veux porter plainte.",
        "Ma carte senior a été volée, numéro {ovcard}. Je dois vraiment payer {amount} pour une nouvelle ? Mon e-mail : {email}",
    ]),
    "grandchild": ("chat", [
        "J'écris pour ma grand-mère ({age}). Elle a donné au téléphone son numéro de carte {card} et le code {otp} à quelqu'un qui disait être de la banque. Compte {iban}. Bloquez tout svp ! Joignable au {mobile}",
        "Bonjour, pour mon papy : identifiant {user}, mot de passe {pw}, il n'arrive plus à entrer sur {gp}. Numéro national {bsn}",
        "Je suis la voisine de Mme {last}, elle n'a pas internet. Elle demande si le code de la boîte à clés {door} peut être transmis à l'infirmière. Adresse {addr}, tél {landline}",
        "pour mon grand-père : changer son adresse mail en {email}, numéro client {cust}, date de naissance {dob}. Merci !",
    ]),
    "runon": ("chat", [
        "ça fait {qty} que j'appelle le {cphone} et je tombe toujours sur une machine et j'ai {age} et je ne comprends rien à la machine et mon numéro client c'est {cust} et je veux juste savoir pourquoi je dois payer {amount}",
        "on a relevé mon compteur le {date} il était à {meter} mais sur la facture c'est autre chose et mon code EAN c'est {ean} et j'habite {addr} et je l'ai déjà dit {qty}",
        "ma carte a été avalée par le distributeur place du Marché à {city} à {time} et je dois faire mes courses mon compte c'est {iban} et mon gsm {mobile} rappelez-moi",
    ]),
    "public": ("public", [
        "{mention} j'ai {age} et je ne sais pas utiliser votre application. Pourquoi plus de guichet à {city} ? {hashtag}",
        "{mention} {qty} d'attente au {cphone}, ce n'est pas normal pour les personnes âgées {hashtag} {hashtag2}",
        "{mention} la carte de ma mère est bloquée, elle attend son nouveau code. Appelez-la au {landline} svp",
        "{mention} dossier {ticket} : toujours pas de réponse depuis le {date}. {hashtag}",
        "{mention} où demander la réduction senior ? Sur {url} je ne trouve rien",
    ]),
    "email": ("email", [
        "J'ai {age} et je n'ai pas d'ordinateur, c'est mon petit-fils qui envoie ce mail. Je souhaite arrêter la domiciliation sur le compte {iban}. Mon numéro client est {cust}. Mon adresse : {addr}.",
        "Voici mes données pour le remboursement : numéro de registre national {bsn}, compte {iban}, date de naissance {dob}. Il s'agit de la facture d'hôpital de {amount} (n° {invoice}).",
        "Mon rendez-vous chez l'ophtalmologue est fixé le {date} à {time}, mais je serai hospitalisée. Peut-on le déplacer ? Numéro patient {cust}, téléphone {phone}.",
        "J'ai un nouveau téléphone ({model}) et itsme ne fonctionne plus. J'ai reçu le code {otp} mais il était expiré. Mon identifiant est {user}. Merci de m'aider.",
    ]),
    "agent": ("agent", [
        "Bonjour {first}, j'ai bloqué votre carte {masked}. Vous recevrez une nouvelle carte sous {dur}, et le code par courrier séparé. Bien à vous, {agent}",
        "Chère Madame {last}, votre pension sera versée le {date} sur {iban}. Référence : {ticket}. Cordialement, {agent}",
        "Bonjour {first}, ne communiquez jamais votre code secret ni les codes du lecteur de carte. Appelez-nous au {cphone} (gratuit). {agent}",
        "Bonjour {first}, la nouvelle adresse {addr} est enregistrée. Votre carte vous y sera envoyée. {agent}",
    ]),
}

EN = {
    "voice_bank": ("chat", [
        "V|hello this is {first} {last} I am {age} and I can't see the keys very well so I'm talking into the phone my card number is {card} and the expiry is {exp} the security number on the back is {cvv} I want to cancel it please full stop",
        "V|hi I got a text with a code {otp} and then a man phoned and asked for it I didn't give it to him I don't think my account number is {cust} please ring me on {phone}",
        "V|good morning the card reader thingy says {err} and won't give me a number my pin is {pin} is that right question mark my grandson set it up",
        "V|why has {amount} gone out of my account on {date} I never bought anything my bank details are {iban} comma please call me back on {landline} thank you",
        "V|yes hello I'm ringing about my new debit card it came but the pin letter never did the card ends in {masked} and my date of birth is {dob}",
    ]),
    "voice_health": ("chat", [
        "V|hello I need my repeat prescription {rx} for the amlodipine {dose} my date of birth is {dob} and I'm at {addr} can it go to {pharmacy} please",
        "V|I can't log in to {gp} my username is {user} and the password is {pw} I have an appointment on {date} at {time} and I need to see the letter",
        "V|this is {first} I'm {age} the insurance sent me a bill for {amount} my policy number is {polis} my email is {email}",
        "V|my member number is {natid} and I want to know if the eye test is covered my phone number is {phone}",
    ]),
    "chat_pension": ("chat", [
        "Hello, my pension did not arrive this month. Account {iban}. National Insurance/Medicare no. {natid}. I am {age} and on my own. My number is {landline}.",
        "Dear {pension}, my husband passed away on {date}. What do I need to do about his pension? His reference was {cust}. Our address is {addr}. {name}",
        "I've changed banks. New details: {iban}. Please pay my pension in there from {date}. Member number {cust}. Thanks, {first}",
        "I don't understand the statement, it says {amount} but I get less. Customer number {cust}, born {dob}. Phone {mobile}, I'm in all day",
    ]),
    "chat_telecom": ("chat", [
        "MY PHONE IS ASKING FOR A PUK CODE I TRIED {puk} AND ITS NOT WORKING. MY NUMBER IS {mobile} ACCOUNT {cust}",
        "My landline {landline} has been dead since {date}. I'm {age} and my personal alarm goes through it!! {addr}",
        "my grandson set up the wifi called {ssid} but I've lost the password, is it {wifi}? the router is a {model}",
        "I'm paying {amount} a month for broadband I don't use. Please cancel. Account number {cust}, email {email}",
        "SIM pin is {pin}, PUK on the card is {puk}, but the {model} still says SIM locked. What now? Account {cust}",
    ]),
    "chat_transport": ("chat", [
        "My bus pass stopped working. Pass number {ovcard}, date of birth {dob}. I was charged {amount} on {date}.",
        "I've lost my senior pass, the number was {ovcard}. Can I get a replacement sent to {addr}?",
        "I tried to renew online at {url} but got error {err}. My email is {email}, phone {phone}.",
        "The driver wouldn't accept my pass at {time} on {date}. I'm {age}. Pass number {ovcard}. {name}",
    ]),
    "grandchild": ("chat", [
        "Hi, typing this for my grandad ({age}) because he can't type well. He gave his PIN {pin} to a scammer on the phone. His account is {iban} and card {card}. Can you freeze everything?? My number {mobile}",
        "On behalf of my nan: she's locked out of {gp}. Username {user}, old password {pw} and she'd like {pw2} as the new one. DOB {dob}.",
        "I'm {gkid}, Mrs {last}'s grandson. She got a letter about policy {polis} but she now lives at {addr}. Can you update it? Her email: {email}",
        "my mum ({age}) got a text with code {otp} and read it out to someone who said he was from the bank. Her customer number is {cust}. She's next to me, ring {landline}.",
        "hi it's {gkid}, helping my grandma. the key safe by the front door is {door} for the carers, can you put that on her file {cust}? address {addr}",
    ]),
    "runon": ("chat", [
        "i just want to say i am very upset because i have been on hold for {qty} on {cphone} and nobody answers and i am {age} and i need my tablets {dose} and the pharmacy says the insurance wont pay even though ive been a customer for years number {cust} and i pay {amount} every month",
        "hello its mrs {last} again about the meter reading it is {meter} and ive told you {qty} but i keep getting letters for {amount} my meter number is {ean} and i live at {addr}",
        "my son said to ask here so here goes the machine in {city} kept my card on {date} at {time} the card ends {masked} and my account is {iban} please send a new card to {addr}",
    ]),
    "public": ("public", [
        "{mention} been trying to ring {cphone} for {qty}. I'm {age} and don't have a smartphone. Disgraceful {hashtag}",
        "{mention} why does everything have to be an app? My mum is {age} and can't do it {hashtag} {hashtag2}",
        "{mention} help my dad kept his PIN {pin} on a note with his card and now it's all gone, call us {mobile} please",
        "{mention} still no pension in my account and it's {date}! Case {ticket} {hashtag}",
        "{mention} Can someone ring me? {landline}. I live at {addr} and can't get anywhere with {url}",
        "{mention} MY INTERNET HAS BEEN OFF {qty} AND I HAVE A CARE ALARM!!! ACCOUNT {cust} {hashtag}",
    ]),
    "email": ("email", [
        "I wish to dispute invoice {invoice} for {amount}. My account number is {cust} and I have lived at {addr} since {year}. I am {age} and do not use online banking, so I pay by cheque. Please reply by post.",
        "My daughter helped me send this email. I would like to change my email address from {email} to {email2}. My date of birth is {dob} and my policy number {polis}. I also have a new phone number: {mobile}.",
        "I have a hospital appointment on {date} at {time}. I'm supposed to fill in a form on {gp} but the code {otp} does not work (error {err}). My patient number is {natid}. Could you ring me on {landline}?",
        "Please find my bank details for the direct debit: {iban}, account holder {name}. It is for the monthly contribution of {amount}. My customer number is {cust}. The old account ({masked}) is closed.",
        "I am {age} and partially sighted. I couldn't read the letter with my new PIN and now the card is blocked after {qty}. Card number {card}, expires {exp}. Could you send a large print letter to {addr}?",
    ]),
    "agent": ("agent", [
        "Hi {first}, sorry to hear the machine kept your card. I've cancelled the card ending {masked}; a new one will reach you within {dur}. Any questions, call {cphone}. Thanks, {agent}",
        "Hello Mrs {last}, I can see the account {iban}. Please never share your PIN, not even with us. Your reference is {ticket}. ^{agent}",
        "Hi {first}, thanks for getting in touch. For your security please don't post your date of birth or account details here, I've hidden your tweet. Could you call us on {cphone}? We're open {time} to {time2}.",
        "Hello {first}, I've updated your address to {addr} from {date}. Your policy number {polis} stays the same. Have a lovely day! {agent}",
        "Good afternoon Mr {last}, an engineer will visit on {date} between {time} and {time2} to fix the line {landline}. Reference {ticket}. Kind regards, {agent}",
        "Hi {first}, I've refunded {amount} to {iban}; it should show within {dur}. Best wishes, {agent} ({bank})",
    ]),
}

GB = {
    "gb_specific": ("chat", [
        "Hello, my Freedom Pass {ovcard} expired on {date} and the renewal letter went to my old address. New address {addr}. NI number {natid}.",
        "V|hello I'm ringing the NHS about my prescription {rx} my NHS number is {natid} and I'm {age} I take {dose} every morning",
        "Dear Sir, my state pension is paid into {iban} but it was {amount} short. National Insurance {natid}, DOB {dob}. Tel {landline}.",
        "the PINsentry says {err} again. card number {card}, sort code and account {cust}. i'm {age} and fed up",
    ]),
}

US = {
    "us_specific": ("chat", [
        "Hi, my Medicare number is {natid} and I was billed {amount} for a visit on {date}. I'm {age} and on a fixed income. Call me at {landline}.",
        "V|hello this is {first} calling about my senior transit card {ovcard} it stopped working on {date} my address is {addr} and my phone is {phone}",
        "My Social Security deposit didn't arrive. Checking account {cust}, card {card} exp {exp}. My granddaughter is helping me type this. Email {email}",
        "The CVS app wants a code, I got {otp} but it says expired. My login is {user}, password {pw}. Rx {rx}, {dose}.",
    ]),
}

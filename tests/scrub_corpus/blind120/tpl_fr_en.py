"""Belgian French (fr-be), UK English (en-gb) and US English (en-us) templates."""

FR = {
    "repair": [
        "J'ai déposé mon GSM chez {f:brand} à {f:city}, le code de déverrouillage est {pin}. Bon de réparation {n:order}.",
        "Bonjour, mon {n:model} est toujours en réparation?? Vous pouvez me joindre au {phone}",
        "Pour la sauvegarde: compte iCloud {email}, mot de passe {password}",
        "Le code PIN de la carte SIM est {pin} et le PUK {puk} si besoin.",
        "Facture {n:invoice} payée mais toujours en rappel. Numéro client {cust}.",
        "Mon PC affiche l'erreur {n:err} depuis la mise à jour {n:ver}. J'habite {address}.",
    ],
    "venue": [
        "Nous nous marions le {n:date} à {f:brand}, {n:qty} invités. L'acompte de {n:amount} part du compte {iban}.",
        "Merci d'envoyer le devis à {email}, notre adresse: {address}.",
        "Le traiteur demande le code du portail: {pin}. Son numéro: {phone}.",
        "Notre référence de réservation est {cust}. La cérémonie commence à {n:time}.",
        "Identifiant {user} et mot de passe {password} pour l'espace mariés, ça ne marche pas.",
        "Le solde de {n:amount} a été viré le {n:date} depuis {iban}, merci de confirmer.",
    ],
    "cowork": [
        "Mon badge ne fonctionne plus, le code de la porte {pin} non plus. Numéro de membre {cust}.",
        "Le mot de passe wifi du réseau {f:ssid} a changé? J'ai toujours {wifi}.",
        "Merci de facturer au numéro d'entreprise {n:kvk}, à l'attention de {f:full}, {address}.",
        "Mon identifiant {user} est bloqué, mdp {password}.",
        "Notre clé API a fuité dans une capture d'écran: {api}. Pouvez-vous la révoquer?",
        "Mon adresse IP {ip} est bloquée sur le port {n:port}.",
    ],
    "water": [
        "Relevé de compteur du {n:date}: {n:meter} m³. Numéro client {cust}, code EAN {ean}.",
        "Les poubelles ne sont pas ramassées rue {address} depuis deux semaines {n:hashtag}",
        "Domiciliation sur le compte {iban} svp, numéro national {rrn}.",
        "Fuite devant la maison au {address}, appelez-moi au {phone}.",
        "Facture intermédiaire de {n:amount}, soit {n:pct} de plus! Client {cust}",
        "Le code reçu par SMS est {otp} mais l'espace client affiche {n:err}.",
    ],
    "mortgage": [
        "Pour la simulation de crédit hypothécaire: numéro de registre national {rrn}, né le {dob}.",
        "Mon prêt actuel porte le numéro {cust}, taux {n:pct}.",
        "Les frais d'expertise ({n:amount}) peuvent être prélevés sur {iban}.",
        "Merci de me recontacter au {phone} ou par mail à {email}.",
        "Mot de passe du portail: {password}, identifiant {user}. Je ne vois pas l'offre.",
        "Le bien se situe {address}, l'acte est prévu le {n:date}.",
    ],
    "school": [
        "Ma fille va à la garderie de l'{f:school}. Puis-je annuler le {n:date}? Dossier {cust}",
        "Les repas scolaires ont été facturés deux fois, {n:amount} chacun. Compte {iban}.",
        "Sa grand-mère vient la chercher, GSM {phone}, code de retrait {pin}.",
        "Pour l'attestation fiscale il vous faut le numéro national {rrn}, date de naissance {dob}.",
        "Je n'arrive pas à me connecter à l'appli parents: login {user}, e-mail {email}.",
        "Le code de la grille est bien {pin}? Elle arrive vers {n:time}.",
    ],
    "gen": [
        "mdp: {password}",
        "Mes coordonnées: {f:full}, {address}, tél. {phone}, {email}",
        "Code de vérification: {otp}",
        "le code c'était {otpw}",
        "Carte {card}, expire {expiry}, cryptogramme {cvv}",
        "Mon IBAN: {iban}",
        "Numéro de registre national: {rrn}",
        "jeton d'accès: {token}",
    ],
    "neg": [
        "Le dossier {n:ticket} est ouvert depuis le {n:date}.",
        "Colis {n:tracking} toujours pas livré.",
        "Sur {n:url} c'est {n:amount}, sur la facture {n:invoice} autre chose.",
        "J'ai appelé le {n:cphone} à {n:time}, {n:qty} minutes d'attente.",
        "Version {n:ver}, code erreur {n:err}.",
        "Notre numéro de TVA: {n:kvk}.",
    ],
    "agent": [
        "Bonjour {f:first}, merci pour votre message. Nous avons noté votre numéro {phone} et vous rappelons demain. {f:agent}",
        "Bonjour, ne partagez jamais votre mot de passe ou code PIN en public. Nous avons masqué votre commentaire. Écrivez-nous en privé ou appelez le {n:cphone}. ^{f:agent}",
        "Merci, le remboursement de {n:amount} sera fait sur {iban} sous 5 jours ouvrables. Réf. {n:ticket}.",
        "Bonjour {f:first}, votre numéro client {cust} est lié à {address}. Est-ce toujours correct?",
        "Nous voyons un paiement avec la carte {n:masked} le {n:date}. Plus d'infos: {n:url}",
        "Votre mot de passe temporaire est {password}, merci de le modifier après connexion.",
    ],
}

GB = {
    "repair": [
        "Dropped my {n:model} off at your {f:city} shop yesterday, passcode is {pin}. Job ref {n:order}.",
        "Still waiting on my phone!! ring me on {phone} pls",
        "For the data transfer: Google account {email}, password {password}",
        "Your tech asked for the SIM PIN, it's {pin}, PUK {puk} is on the card.",
        "Paid invoice {n:invoice} but got a reminder. Customer no. {cust}.",
        "Laptop throws {n:err} since the {n:ver} update. I'm at {address} if someone can pop round.",
    ],
    "venue": [
        "We're getting married at {f:brand} on {n:date}, {n:qty} guests. Deposit of {n:amount} came out of {iban}.",
        "Could you send the quote to {email}? Our address is {address}.",
        "Caterer needs the keysafe code: {pin}. His mobile is {phone}.",
        "Booking reference {cust}, ceremony at {n:time}.",
        "Couple portal login {user}, password {password} isn't working.",
        "Balance of {n:amount} paid on {n:date} from {iban}, please confirm.",
    ],
    "cowork": [
        "My fob's stopped working and the door code {pin} doesn't either. Member number {cust}.",
        "Has the wifi key for {f:ssid} changed? I've still got {wifi}.",
        "Please invoice company no. {n:kvk}, FAO {f:full}, {address}.",
        "Username {user} locked out, password {password}.",
        "Our dev pasted this API key in the members' Slack: {api}. Can you revoke it?",
        "My IP {ip} gets blocked on port {n:port}.",
    ],
    "water": [
        "Meter reading on {n:date}: {n:meter}. Account number {cust}.",
        "Bins not collected on {address} for two weeks now {n:hashtag}",
        "Please set up the direct debit from {iban}, sort it out before {n:date}.",
        "Burst main outside {address}, call me on {phone}.",
        "Why has my bill gone up to {n:amount}? That's {n:pct} more. Acct {cust}",
        "The text code was {otp} but My Account just shows {n:err}.",
    ],
    "mortgage": [
        "For the mortgage application: DOB {dob}, current lender account {cust}.",
        "My remortgage is on {address}, the rate was {n:pct} wasn't it?",
        "Valuation fee ({n:amount}) can come out of {iban}.",
        "Please call me back on {phone} or email {email}.",
        "Portal password {password}, username {user} — I can't see the offer.",
        "Completion is set for {n:date}, solicitor has the mortgage account {cust}.",
    ],
    "school": [
        "My son goes to after-school club at {f:school}. Can I cancel {n:date}? Account {cust}",
        "School dinners were charged twice, {n:amount} each. Account {iban}.",
        "His nan is collecting, mobile {phone}, collection password {password}.",
        "Child's date of birth {dob}, parent account {cust}.",
        "Can't log into the parent app: username {user}, email {email}.",
        "Is the gate code still {pin}? She'll be there at {n:time}.",
    ],
    "gen": [
        "pw: {password}",
        "My details: {f:full}, {address}, mob {phone}, {email}",
        "Verification code: {otp}",
        "the code was {otpw}",
        "Card {card}, exp {expiry}, CVV {cvv}",
        "IBAN: {iban}",
        "access token: {token}",
        "AWS key id {awsid} secret {awssecret}",
    ],
    "neg": [
        "Case {n:ticket} has been open since {n:date}.",
        "Parcel {n:tracking} still hasn't turned up.",
        "{n:url} says {n:amount} but invoice {n:invoice} says otherwise.",
        "Rang {n:cphone} at {n:time}, on hold {n:qty} minutes.",
        "Version {n:ver}, error {n:err}.",
        "Our VAT number is {n:kvk}.",
    ],
    "agent": [
        "Hi {f:first}, thanks for getting in touch. We've noted your number {phone} and will call you tomorrow. {f:agent}",
        "Hi, please never share your password or PIN publicly. We've hidden your comment. DM us or call {n:cphone}. ^{f:agent}",
        "Thanks, the refund of {n:amount} will go to {iban} within 5 working days. Ref {n:ticket}.",
        "Hi {f:first}, your account {cust} is registered to {address}. Is that still right?",
        "We can see a payment on the card ending {n:masked} on {n:date}. More info: {n:url}",
        "Your temporary password is {password}, please change it after logging in.",
    ],
}

US = {
    "repair": [
        "Dropped off my {n:model} at the {f:city} store, passcode is {pin}. Repair ticket {n:order}.",
        "been waiting a week on my phone, call me at {phone}",
        "For the backup: Apple ID {email}, password {password}",
        "The tech asked for my SIM PIN: {pin}. PUK is {puk}.",
        "Paid invoice {n:invoice} but still got a past-due notice. Customer # {cust}.",
        "Laptop shows {n:err} since the {n:ver} update. I'm at {address}.",
    ],
    "venue": [
        "We're getting married at {f:brand} on {n:date}, {n:qty} guests. Deposit of {n:amount} paid with card {card} exp {expiry}.",
        "Can you email the contract to {email}? Our mailing address is {address}.",
        "The caterer needs the lockbox code: {pin}. His cell is {phone}.",
        "Booking # {cust}, ceremony at {n:time}.",
        "Planner portal login {user} / password {password} doesn't work.",
        "Final payment of {n:amount} went through on {n:date}, card {card} CVV {cvv}.",
    ],
    "cowork": [
        "My key card stopped working, door code {pin} too. Member ID {cust}.",
        "Did the wifi password for {f:ssid} change? I have {wifi}.",
        "Please invoice EIN {n:kvk}, attn {f:full}, {address}.",
        "Username {user} is locked, password {password}.",
        "Our dev leaked this API key in a screenshot: {api}. Can you rotate it?",
        "My IP {ip} is blocked on port {n:port}.",
    ],
    "water": [
        "Meter read on {n:date}: {n:meter}. Account number {cust}.",
        "Trash pickup skipped at {address} again {n:hashtag}",
        "Set up autopay from my card {card}, exp {expiry}.",
        "Water main break outside {address}, call me at {phone}.",
        "Why is my bill {n:amount}? That's {n:pct} higher. Acct {cust}",
        "The text code was {otp} but the portal says {n:err}.",
    ],
    "mortgage": [
        "For the mortgage app: DOB {dob}, loan number {cust}.",
        "Refinance on {address}, rate lock at {n:pct}?",
        "Appraisal fee ({n:amount}) can go on card {card}.",
        "Please call me at {phone} or email {email}.",
        "Portal password {password}, username {user}, can't see the loan estimate.",
        "Closing is on {n:date}, the servicer account is {cust}.",
    ],
    "school": [
        "My daughter is in the after-school program at {f:school}. Can I cancel {n:date}? Account {cust}",
        "School lunch account charged twice, {n:amount} each, card ending {n:masked}.",
        "Her grandma is picking up, cell {phone}, pickup PIN {pin}.",
        "Student DOB {dob}, family account {cust}.",
        "Can't log in to the parent app: username {user}, email {email}.",
        "Is the gate code still {pin}? She'll be there at {n:time}.",
    ],
    "gen": [
        "password: {password}",
        "My info: {f:full}, {address}, cell {phone}, {email}",
        "Verification code: {otp}",
        "code was {otpw}",
        "Card {card}, exp {expiry}, CVV {cvv}",
        "bearer token: {token}",
        "API key {api}",
        "Login {user} pw {password}",
    ],
    "neg": [
        "Case {n:ticket} open since {n:date}.",
        "Package {n:tracking} still not here.",
        "{n:url} says {n:amount} but invoice {n:invoice} says different.",
        "Called {n:cphone} at {n:time}, on hold {n:qty} minutes.",
        "Version {n:ver}, error {n:err}.",
        "Our EIN is {n:kvk}.",
    ],
    "agent": [
        "Hi {f:first}, thanks for reaching out. We've noted your number {phone} and will call tomorrow. {f:agent}",
        "Hi there, please don't share passwords or PINs publicly. We've hidden your comment. DM us or call {n:cphone}. ^{f:agent}",
        "Thanks! The refund of {n:amount} will go back to the card ending {n:masked}. Ref {n:ticket}.",
        "Hi {f:first}, your account {cust} is registered to {address}. Still correct?",
        "We see a payment on {n:date}. More info: {n:url}",
        "Your temporary password is {password}, please change it after logging in.",
    ],
}

OPEN = {
    "fr-be": ["Bonjour,", "Bonsoir,", "Madame, Monsieur,", "Salut,", "Bonjour {f:brand},", "Hello,"],
    "en-gb": ["Hi,", "Hello,", "Morning,", "Hiya", "Dear {f:brand},", "Afternoon all,"],
    "en-us": ["Hi,", "Hello,", "Hey there,", "Good morning,", "Hi {f:brand} team,", "Hey"],
}
CLOSE = {
    "fr-be": ["Merci d'avance.", "Cordialement", "Bien à vous", "Merci!", "Bonne journée", "Dans l'attente de votre réponse"],
    "en-gb": ["Cheers", "Thanks in advance", "Kind regards", "Ta", "Many thanks", "Look forward to hearing from you"],
    "en-us": ["Thanks!", "Best,", "Thank you", "Appreciate it", "Thx", "Regards"],
}

FR["gen"] += [
    "clé wifi: {wifi}", "le mot de passe du réseau est {wifi}",
    "code PUK {puk}", "le PUK c'est {puk}",
    "token {token}", "jeton de session = {token}",
    "adresse IP {ip}", "mon IP: {ip}",
    "identifiant: {user}", "login {user} / mdp {password}",
]
GB["gen"] += [
    "wifi key: {wifi}", "network key is {wifi} (off the back of the router)",
    "PUK {puk}", "PUK code is {puk}",
    "bearer {token}", "session token {token}",
    "IP address {ip}", "whatismyip says {ip}",
    "username: {user}", "login {user} / pass {password}",
]
US["gen"] += [
    "wifi password: {wifi}", "network key is {wifi}",
    "PUK {puk}", "PUK code: {puk}",
    "session token {token}", "personal access token: {token}",
    "IP {ip}", "my public IP is {ip}",
    "username: {user}", "user {user} pass {password}",
]

FR["gen"] += [
    "carte {card} exp {expiry} code {cvv}", "Visa {card}, valable jusqu'au {expiry}, les 3 chiffres au dos: {cvv}",
    "clé API: {api}", "la clé de l'intégration est {api}",
    "date de naissance {dob}", "je suis né le {dob}",
]
GB["gen"] += [
    "card {card} expiry {expiry} security code {cvv}", "Visa debit {card}, valid to {expiry}, 3 digits on the back {cvv}",
    "API key: {api}", "the integration key is {api}",
    "DOB {dob}", "born {dob}",
]
US["gen"] += [
    "card number {card} expires {expiry} CVC {cvv}", "Amex {card}, exp. {expiry}, security code {cvv}",
    "API key: {api}", "our integration key is {api}",
    "date of birth {dob}", "born {dob}",
]

"""Paired templates for blind88: (dev member, heldout member) written to cover the same value types in both halves
with different wording. Keyed by (lang, situation)."""

PAIRS = {
    ("nl", "sim"): [
        ("Ik heb mijn PUK-code nodig, telefoon zegt 'SIM geblokkeerd'. Op het kaartje staat PUK1: [[puk]]. Klopt die nog? Mijn nummer is [[phone]].",
         "puk werkt niet!! ingetypt: [[puk]] , telefoon nu helemaal op slot. nieuwe pincode wil ik [[pin]]. nr [[phone]]"),
    ],
    ("fr", "sim"): [
        ("Mon GSM affiche 'SIM bloquée'. Le code PUK sur le support de la carte est [[puk]]. Numéro [[phone]].",
         "J'ai encodé le PUK [[puk]] et ça ne passe pas. Nouveau code PIN voulu: [[pin]]. Mon numéro: [[phone]]"),
    ],
    ("en", "sim"): [
        ("Phone says SIM locked, enter PUK. The PUK on the card is [[puk]], is that still valid? My number is [[phone]].",
         "typed the PUK [[puk]] and it failed again, now it's asking for a new PIN, going to use [[pin]]. number [[phone]]"),
    ],
    ("nl", "billing"): [
        ("Mijn creditcard is verlopen, hier de nieuwe: [[card]], exp. [[card_expiry]], beveiligingscode [[cvv]]. Oude kaart eindigde op [[~masked_value]].",
         "Nieuwe betaalpas gekregen. Nummer [[card]] / [[card_expiry]] / [[cvv]]. Kunnen jullie de achterstand van [[~amount]] daarvan afschrijven?"),
    ],
    ("fr", "billing"): [
        ("Ma carte a expiré, voici la nouvelle: [[card]], valable jusqu'au [[card_expiry]], code [[cvv]]. L'ancienne finissait par [[~masked_value]].",
         "Nouvelle carte bancaire: [[card]] / [[card_expiry]] / [[cvv]]. Pouvez-vous débiter l'arriéré de [[~amount]] dessus?"),
    ],
    ("en", "billing"): [
        ("My card expired, here's the new one: [[card]], valid thru [[card_expiry]], CVC [[cvv]]. The old one ended in [[~masked_value]].",
         "Got a new debit card. Long number [[card]], expires [[card_expiry]], 3 digits on the back [[cvv]]. Can you take the [[~amount]] arrears from it?"),
    ],
    ("nl", "dev"): [
        ("Onze studentenapp gebruikt jullie API. Sleutel: [[api_key]]. Sinds versie [[~version_string]] krijgen we 403.",
         "api-key voor de meterstanden-koppeling = [[api_key]] , werkt niet meer sinds [[~date]]. request id [[~request_id]]"),
    ],
    ("fr", "dev"): [
        ("Notre appli utilise votre API. Clé: [[api_key]]. Depuis la version [[~version_string]] on reçoit 403.",
         "clé d'API pour l'intégration compteur = [[api_key]], ne marche plus depuis le [[~date]]. id de requête [[~request_id]]"),
    ],
    ("en", "dev"): [
        ("Our student app uses your API. Key: [[api_key]]. Since [[~version_string]] we get a 403.",
         "api key for the meter-reading integration = [[api_key]] , stopped working on [[~date]]. request id [[~request_id]]"),
    ],
    ("nl", "twofa"): [
        ("De sms zei: [[otp]] is je inlogcode voor [[@brand]]. Geldig 10 minuten. Maar ik zit nog steeds vast. Login [[username]].",
         "Ik heb de code voorgelezen gekregen via de telefoon: [[otp_words]]. Werkt niet. Mijn gebruikersnaam is [[username]]"),
    ],
    ("fr", "twofa"): [
        ("Le SMS disait: [[otp]] est votre code de connexion [[@brand]]. Valable 10 minutes. Je suis toujours bloqué. Identifiant [[username]].",
         "On m'a dicté le code au téléphone: [[otp_words]]. Ça ne marche pas. Mon nom d'utilisateur est [[username]]"),
    ],
    ("en", "twofa"): [
        ("Text said: [[otp]] is your [[@brand]] login code. Valid for 10 minutes. Still stuck though. Login [[username]].",
         "the automated call read out [[otp_words]] but the site says wrong code. my username is [[username]]"),
    ],
    ("nl", "takeover"): [
        ("Iemand heeft met mijn account ingelogd vanaf [[ip_address]] en mijn e-mail veranderd. Gebruikersnaam [[username]], mijn geboortedatum voor verificatie [[date_of_birth]].",
         "2 onbekende inlogs: [[ip_address]] en [[ip_address]]. Inlognaam [[username]], nieuw wachtwoord [[password]]. Geboren [[date_of_birth]] als jullie dat willen checken."),
    ],
    ("fr", "takeover"): [
        ("Quelqu'un s'est connecté depuis [[ip_address]] et a changé mon e-mail. Identifiant [[username]], date de naissance pour vérification [[date_of_birth]].",
         "2 connexions inconnues: [[ip_address]] et [[ip_address]]. Login [[username]], nouveau mdp [[password]]. Né le [[date_of_birth]] si besoin."),
    ],
    ("en", "takeover"): [
        ("Someone logged in from [[ip_address]] and changed my email. Username [[username]], DOB for verification [[date_of_birth]].",
         "Two logins I don't recognise: [[ip_address]] and [[ip_address]]. Username [[username]], new password [[password]]. Date of birth [[date_of_birth]] if you need to check."),
    ],
    ("nl", "enrol"): [
        ("Studielink geeft aan dat mijn BSN ([[bsn]]) niet overeenkomt met de BRP. Geboortedatum [[date_of_birth]]. Adres [[address]].",
         "Verzoek tot inschrijving, mijn burgerservicenummer: [[bsn]], geb.datum [[date_of_birth]], e-mail [[email]]."),
    ],
    ("vl", "enrol"): [
        ("Mijn inschrijving loopt vast. Rijksregisternr. [[bsn]], geboren op [[date_of_birth]], adres [[address]].",
         "Inschrijving aanvragen: rijksregisternummer [[bsn]], geboortedatum [[date_of_birth]], mail [[email]], gsm [[phone]]."),
    ],
    ("fr", "enrol"): [
        ("Mon inscription est bloquée. NISS [[bsn]], né le [[date_of_birth]], domicile [[address]].",
         "Demande d'inscription: numéro de registre national [[bsn]], date de naissance [[date_of_birth]], mail [[email]]."),
    ],
    ("en", "enrol"): [
        ("Enrolment is stuck because my date of birth shows wrong, it should be [[date_of_birth]]. Address [[address]].",
         "Application for enrolment: date of birth [[date_of_birth]], home address [[address]], email [[email]]."),
    ],
    ("nl", "uportal"): [
        ("Inloggegevens studentportal: [[username]] / [[password]]. Werkt niet na wachtwoordwijziging. Code uit de authenticator: [[otp]]",
         "ik log in met [[username]] en ww [[password]], dan vraagt hij een code ([[otp]]) en dan krijg ik [[~error_code]]"),
    ],
    ("fr", "uportal"): [
        ("Identifiants portail: [[username]] / [[password]]. Ne fonctionne plus après le changement. Code de l'appli: [[otp]]",
         "je me connecte avec [[username]] et le mdp [[password]], il demande un code ([[otp]]) puis erreur [[~error_code]]"),
    ],
    ("en", "uportal"): [
        ("Portal login: [[username]] / [[password]]. Stopped working after the password change. Authenticator code: [[otp]]",
         "i log in with [[username]] and pw [[password]], it asks for a code ([[otp]]) and then throws [[~error_code]]"),
    ],
}

EMAIL_EXTRA = {
    "nl": ["Ik heb al ((twee|drie|vier)) keer gebeld en word steeds doorverbonden, de laatste keer heb ik [[~quantity]] in de wacht gestaan. Niemand kon me vertellen wat er aan de hand is en ik heb daar eerlijk gezegd geen zin meer in. Ik verwacht binnen [[~quantity]] een reactie.",
           "Voor de volledigheid: ik heb ook al via het contactformulier op [[~url]] een melding gedaan, maar daar kwam alleen een automatisch antwoord op met nummer [[~ticket_number]]. Sindsdien niets meer gehoord.",
           "Ik begrijp dat het druk is, maar dit speelt nu al sinds [[~date]] en het kost me echt veel tijd. Ik hoop dat u het snel kunt oplossen zodat ik niet opnieuw hoef te bellen naar [[~company_phone]].",
           "Mijn buren hebben hetzelfde probleem dus het ligt volgens mij niet aan mij. Op de storingspagina stond om [[~time]] nog dat alles normaal werkte."],
    "fr": ["J'ai déjà appelé ((deux|trois)) fois et on me transfère à chaque fois, la dernière fois j'ai attendu [[~quantity]]. Personne n'a pu m'expliquer ce qui se passe. J'attends une réponse dans les [[~quantity]].",
           "Pour info, j'ai aussi rempli le formulaire sur [[~url]] mais je n'ai reçu qu'une réponse automatique avec le numéro [[~ticket_number]]. Rien depuis.",
           "Je comprends que vous êtes débordés, mais cela dure depuis le [[~date]] et je perds beaucoup de temps. Merci de régler cela rapidement pour que je ne doive pas rappeler le [[~company_phone]].",
           "Mes voisins ont le même problème, ce n'est donc pas chez moi. La page des pannes indiquait encore à [[~time]] que tout fonctionnait."],
    "en": ["I've already called ((twice|three times)) and get passed around every time, last time I was on hold for [[~quantity]]. Nobody could tell me what's going on and frankly I've had enough. I expect a reply within [[~quantity]].",
           "For completeness: I also filled in the contact form at [[~url]] but only got an automatic reply with reference [[~ticket_number]]. Nothing since.",
           "I understand you're busy but this has been going on since [[~date]] and it's taking up a lot of my time. Please sort it so I don't have to ring [[~company_phone]] again.",
           "My neighbours have the same problem so it's not just me. The status page still said everything was fine at [[~time]]."],
}

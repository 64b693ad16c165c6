"""More groups: pasted SMS/screens, lists, dictated values, agents asking for data."""

GROUPS = {
    "nl|chat|pasted": [
        "ik kreeg dit binnen:\n\"Uw verificatiecode is {otp}. Deel deze code met niemand. {@brand}\"\nis dat van jullie?",
        "[SMS] {@brand}: gebruik code {otp} om je boeking te bevestigen. Geldig 10 min.\nIk heb NIKS geboekt!!",
        "screenshot overgetypt: 'Beste gast, de code van de sleutelbox is {pin}. Wifi: {@ssid} / {wifi_key}. Fijn verblijf!'",
        "Dit stond in de bevestiging: reserveringsnummer {!order_number}, deurcode {pin}, incheck vanaf {!time}",
        "de code is {otp}\n\n(had ik die nou wel of niet moeten sturen haha)",
        "Code: {otp}",
        "mijn nr is {phone}. bel maar na {!time}",
        "klantnr {customer_number}\npostcode+huisnr: {address}\ngeb.datum {date_of_birth}",
    ],
    "nl|chat|funeral2": [
        "Mijn oom is overleden en wij weten niet of hij bij jullie verzekerd was. Hij is geboren op {date_of_birth} en woonde op {address}. BSN {bsn}. Hoe kunnen we dat nagaan?",
        "Goedenavond, namens de familie {@last}: de uitvaart gaat door op {!date}. Kunnen jullie de uitvaartondernemer rechtstreeks betalen? Polis {customer_number}, rekening ondernemer {iban}",
        "Kan de premie naar {!amount} omlaag als ik de dekking verlaag naar {!percentage}? lidnr {customer_number}",
        "Ik heb een brief gekregen met kenmerk {!ticket_number} maar mijn polis is {customer_number}. Klopt dat wel? Mijn telnr: {phone}",
    ],
    "nl|agent|ask": [
        "Hoi {@first}, wat vervelend! Kun je ons in een DM je polisnummer en geboortedatum sturen? Dan zoeken we het uit. {@initials}",
        "Dank voor je bericht. Voor de veiligheid: stuur je wachtwoord of pincode nooit via social media. We hebben je gegevens ({email}) gevonden en bellen je op {phone}. {@agent}",
        "Hallo {@first}, we zien je boeking {!order_number} staan. De sleutelkluis heeft code {pin} en de wifi is {wifi_key}. Fijn verblijf! {@initials}",
        "Goedemorgen! Je hebt je kaartnummer openbaar gedeeld, we raden je aan je kaart te blokkeren via je bank. Wij hebben je bericht verborgen. {@agent}",
    ],
    "nl-be|chat|pasted": [
        "kreeg deze sms: 'Uw eenmalige code is {otp}. Geef deze code nooit door.' is da van jullie?",
        "Code: {otp}",
        "klantnummer {customer_number} / rijksregisternr {bsn} / gsm {phone}",
        "uit de bevestigingsmail: boeking {!order_number}, sleutelkluis {pin}, inchecken vanaf {!time}",
    ],
    "fr-be|chat|pasted": [
        "Code : {otp}",
        "j'ai reçu ce SMS : « Votre code de vérification est {otp}. Ne le partagez avec personne. » c'est vous ?",
        "dans la confirmation : réservation {!order_number}, boîte à clés {pin}, arrivée à partir de {!time}",
        "n° client {customer_number} / registre national {bsn} / GSM {phone}",
    ],
    "en-gb|chat|pasted": [
        "got this text: \"Your {@brand} verification code is {otp}. Never share this code.\" is it you lot?",
        "Code: {otp}",
        "from the confirmation email: booking {!order_number}, key safe {pin}, check-in from {!time}",
        "account no {customer_number}\npostcode/house no {address}\nDOB {date_of_birth}",
    ],
    "en-us|chat|pasted": [
        "Code: {otp}",
        "got a text: \"{otp} is your verification code. Do not share it.\" is this legit??",
        "member ID {customer_number}\nDOB {date_of_birth}\ncell {phone}",
        "from the confirmation: reservation {!order_number}, door code {pin}, check-in after {!time}",
    ],
    "en-gb|agent|ask": [
        "Hi {@first}, so sorry to hear about your loss. Could you DM us the plan number and your mum's date of birth? {@initials}",
        "Thanks {@first}. Please don't post your card details publicly — we've hidden your reply. Call us on {!company_phone} to update payment. {@agent}",
        "Hi! Your key safe code is {pin} and the wifi password is {wifi_key}. Enjoy your stay. {@initials}",
        "We've found your account under {email}. A colleague will ring you on {phone} today. {@agent}",
    ],
    "en-us|agent|ask": [
        "Hi {@first}, we're so sorry for your loss. Can you DM us the policy number and your dad's date of birth? {@initials}",
        "Please don't share card numbers in public replies. Call {!company_phone} to update your payment info. {@agent}",
        "We located your account under {email} and will call you at {phone} today. {@agent}",
        "Hey! The lockbox code is {pin} and wifi password is {wifi_key}. Have a great stay! {@initials}",
    ],
    "fr-be|agent|ask": [
        "Bonjour {@first}, toutes nos condoléances. Pouvez-vous nous envoyer en privé le numéro de contrat ? {@initials}",
        "Merci de ne pas publier vos données de carte. Appelez-nous au {!company_phone}. {@agent}",
        "Nous avons retrouvé votre compte via {email} et nous vous appelons au {phone}. {@agent}",
        "Bonjour ! Le code de la boîte à clés est {pin}, le wifi {wifi_key}. Bon séjour. {@initials}",
    ],
    "nl-be|agent|ask": [
        "Dag {@first}, innige deelneming. Mag je ons in een privébericht het contractnummer bezorgen? {@initials}",
        "Gelieve geen kaartgegevens publiek te delen. Bel ons op {!company_phone}. {@agent}",
        "We vonden uw account via {email} en bellen u op {phone}. {@agent}",
        "Hallo! De code van de sleutelkluis is {pin}, wifi {wifi_key}. Prettig verblijf. {@initials}",
    ],
}

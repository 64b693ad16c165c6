"""Extra templates, added in (dev, heldout) pairs so that each half keeps a balanced mix of secret types."""

PAIRS = {
    ("nl", "email"): [
        ("Na het wijzigen van mijn wachtwoord naar {password} krijg ik geen sms-code meer. De laatste code die binnenkwam was {otp}, maar die was al verlopen. Gebruikersnaam: {user}. Kunt u de tweestapsverificatie resetten? U kunt mij bellen op {land}.",
         "Voor de servicekosten van {amount} heb ik geprobeerd te betalen met mijn creditcard, nummer {card}, geldig t/m {exp}, controlecode {cvv}. De betaling mislukte met melding {err}. Wilt u een nieuwe betaallink sturen naar {email}?"),
    ],
    ("nl", "chat"): [
        ("ww van het installateursportaal is {password}, account {user}. De 2FA-code die ik net kreeg: {otp}",
         "kreditkaart {card} verloopt {exp}, cvc {cvv} — kan ik daarmee de eigen risico van {amount} betalen?"),
    ],
    ("nl-be", "email"): [
        ("Mijn paswoord werd gewijzigd naar {password} maar de sms-code ({otp}) komt telkens te laat aan. Login: {user}. Kan u mij terugbellen op {phone}?",
         "Ik heb geprobeerd de factuur {invoice} te betalen met mijn kaart {card} (vervaldatum {exp}, code {cvv}), maar dat lukte niet. Gelieve een nieuwe betaallink te sturen naar {email}."),
    ],
    ("nl-be", "chat"): [
        ("inloggen met {user} en paswoord {password} lukt, maar de code {otp} wordt niet aanvaard",
         "Bearer-token van de app van de omvormer: {jwt}. Vervalt die na 24u?"),
        ("de sms zei: 'Uw code is {otp}'. Is dat van jullie? Ik heb niks aangevraagd",
         "Kaartnummer {card}, geldig tot {exp}, cvc {cvv}, voor de waarborg van {amount}"),
    ],
    ("fr-be", "email"): [
        ("Après avoir changé mon mot de passe en {password}, le code SMS ({otp}) n'arrive plus à temps. Identifiant : {user}. Pouvez-vous me rappeler au {phone} ?",
         "J'ai essayé de régler la facture {invoice} avec ma carte {card} (expiration {exp}, code {cvv}), sans succès. Merci de m'envoyer un nouveau lien de paiement à {email}."),
    ],
    ("fr-be", "chat"): [
        ("identifiant {user}, mot de passe {password}, et le code reçu {otp} ne marche pas",
         "Le jeton d'accès de l'app (Bearer {jwt}) expire au bout de combien de temps ?"),
        ("SMS reçu : 'Votre code de vérification est {otp}'. C'est vous ?",
         "N° de carte {card}, exp {exp}, cryptogramme {cvv}, pour la caution de {amount}"),
    ],
    ("en-gb", "email"): [
        ("Since changing my password to {password} the text codes arrive too late (last one was {otp}). Username {user}. Could someone ring me on {land}?",
         "I tried to pay invoice {invoice} by card, {card}, expiry {exp}, security code {cvv}, and it failed with {err}. Please send a new payment link to {email}."),
    ],
    ("en-gb", "chat"): [
        ("username {user}, password {password}, and the code {otp} isn't accepted",
         "the app's bearer token is {jwt} - how long before it expires?"),
    ],
    ("en-us", "email"): [
        ("After resetting my password to {password}, the verification texts come too late (last code {otp}). Username {user}. Please call me at {phone}.",
         "I tried paying invoice {invoice} with my card {card}, exp {exp}, CVV {cvv}, and got error {err}. Please email a new payment link to {email}."),
    ],
    ("en-us", "chat"): [
        ("user {user} pass {password} and the code {otp} still fails",
         "got this token from the portal devtools: {token} - is that what Home Assistant needs?"),
        ("text said 'Your verification code is {otp}'. legit?",
         "card # {card} exp {exp} cvv {cvv} for the {amount} pet deposit"),
    ],
}

PAIRS_AGENT = {
    "nl": ("Hoi {first}, de foutmelding in de app heeft referentie {reqid}. Voor woningen van voor {year} geldt een andere subsidieregeling. Ik heb je vraag doorgezet naar {installer}. Groet, {agent}",
           "Hoi {first}, bel ons gerust op {cphone} (ma-vr 8.00-20.00), dan lopen we de instellingen van je {model} samen na. Deel je wachtwoord niet hier! ^{initials}"),
    "nl-be": ("Dag {first}, uw melding kreeg referentie {reqid}. Voor woningen gebouwd voor {year} gelden andere premies. Mvg, {agent}",
              "Dag {first}, u kan ons ook bereiken op {cphone}, elke werkdag van 8u tot 18u. Vriendelijke groeten, {agent}"),
    "fr-be": ("Bonjour {first}, votre erreur porte la référence {reqid}. Pour les logements construits avant {year}, la prime est différente. {agent}",
              "Bonjour {first}, vous pouvez aussi nous appeler au {cphone}, du lundi au vendredi. Cordialement, {agent}"),
    "en-gb": ("Hi {first}, the error has reference {reqid}. Homes built before {year} fall under a different grant scheme. {agent}",
              "Hi {first}, give us a ring on {cphone} (Mon-Fri 8am-8pm) and we'll go through your {model} settings together. ^{initials}"),
    "en-us": ("Hi {first}, that error has request ID {reqid}. Homes built before {year} qualify for a different rebate. {agent}",
              "Hi {first}, please call us at {cphone} (M-F 8-8 ET) and we'll walk through your {model} setup. ^{initials}"),
}


def apply(templates):
    for key, pairs in PAIRS.items():
        g = templates[key]
        for dev_t, held_t in pairs:
            if len(g) % 2 == 0:
                g += [dev_t, held_t]
            else:
                g += [held_t, dev_t]
    for lang, (dev_t, held_t) in PAIRS_AGENT.items():
        g = templates[(lang, "agent")]
        g += [dev_t, held_t] if len(g) % 2 == 0 else [held_t, dev_t]

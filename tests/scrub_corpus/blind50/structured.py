"""Programmatic builders for structured / semi-structured pastes.
All pools here are lists dealt alternately between halves (engine.deal)."""
import json

from engine import Doc, deal, render_template
import values as V

# ------------------------------------------------------------------ field labels per language
FIELD_LABELS = {
    "nl": {
        "name": ["Naam", "Volledige naam", "Voor- en achternaam", "naam", "Contactpersoon", "Aanvrager"],
        "email": ["E-mail", "E-mailadres", "Emailadres", "e-mail", "Mailadres", "E-mail adres"],
        "phone": ["Telefoon", "Telefoonnummer", "Mobiel nummer", "Tel.", "GSM", "Tel nr", "Bereikbaar op", "Mobiel"],
        "customer_number": ["Klantnummer", "Klantnr.", "Contractnummer", "Lidnummer", "Polisnummer", "Abonneenummer",
                            "EAN-code", "Relatienummer", "Klant ID", "Lidmaatschapsnummer"],
        "address": ["Adres", "Straat + huisnummer", "Afleveradres", "Woonadres", "Leveradres", "Adresgegevens"],
        "postcode": ["Postcode", "Postcode + plaats"],
        "dob": ["Geboortedatum", "Geb. datum", "Geboren op", "Geb.datum"],
        "iban": ["IBAN", "Rekeningnummer", "Bankrekening", "IBAN-nummer", "Rekeningnr", "Tegenrekening"],
        "nid": ["BSN", "Burgerservicenummer", "Rijksregisternummer", "Rijksregisternr."],
        "subject": ["Onderwerp", "Categorie", "Soort vraag", "Reden contact"],
        "message": ["Bericht", "Uw vraag", "Toelichting", "Opmerking", "Omschrijving", "Vraag/opmerking"],
        "date": ["Datum", "Verzonden op", "Ingediend op", "Datum inzending"],
        "ip": ["IP-adres", "IP", "Remote IP", "IP adres afzender"],
        "order": ["Ordernummer", "Bestelnummer", "Bestelling", "Ordernr."],
        "ua": ["User agent", "Browser", "Apparaat/browser", "Client"],
        "url": ["Pagina", "Formulier-URL", "Bron", "Verzonden vanaf"],
        "formid": ["Formulier-ID", "Inzending-ID", "Referentie formulier", "Submission ID"],
        "ticket": ["Dossiernummer", "Zaaknummer", "Ticket", "Meldingsnummer"],
        "amount": ["Bedrag", "Openstaand bedrag", "Bedrag incl. btw", "Totaal"],
        "city": ["Plaats", "Woonplaats", "Gemeente", "Stad"],
    },
    "fr": {
        "name": ["Nom", "Nom complet", "Nom et prénom", "Prénom / Nom", "Demandeur", "Titulaire"],
        "email": ["E-mail", "Adresse e-mail", "Courriel", "Adresse mail", "Email", "Mail"],
        "phone": ["Téléphone", "Tél.", "GSM", "Numéro de téléphone", "Mobile", "Tél portable"],
        "customer_number": ["Numéro client", "N° client", "Numéro de contrat", "N° d'affiliation", "Numéro de police",
                            "Code EAN", "Référence client", "N° abonné"],
        "address": ["Adresse", "Rue et numéro", "Adresse de livraison", "Domicile", "Adresse postale", "Adresse de facturation"],
        "postcode": ["Code postal", "CP"],
        "dob": ["Date de naissance", "Né(e) le", "Date naiss.", "Naissance"],
        "iban": ["IBAN", "Numéro de compte", "Compte bancaire", "N° de compte", "Compte IBAN", "Compte"],
        "nid": ["Numéro de registre national", "N° national", "NISS", "Registre national"],
        "subject": ["Objet", "Catégorie", "Sujet", "Motif"],
        "message": ["Message", "Votre question", "Commentaire", "Description", "Remarques", "Détails"],
        "date": ["Date", "Envoyé le", "Soumis le", "Date d'envoi"],
        "ip": ["Adresse IP", "IP", "IP client", "IP de l'expéditeur"],
        "order": ["Numéro de commande", "N° commande", "Commande", "Réf. commande"],
        "ua": ["Navigateur", "User-Agent", "Appareil", "Client"],
        "url": ["Page", "URL du formulaire", "Source", "Envoyé depuis"],
        "formid": ["ID formulaire", "Réf. soumission", "ID envoi", "Identifiant"],
        "ticket": ["N° de dossier", "Référence dossier", "Ticket", "N° de plainte"],
        "amount": ["Montant", "Montant dû", "Total TVAC", "Somme"],
        "city": ["Localité", "Commune", "Ville", "Localité/Commune"],
    },
    "en": {
        "name": ["Name", "Full name", "Your name", "Customer name", "Account holder", "Contact"],
        "email": ["Email", "E-mail address", "Email address", "Your email", "Contact email", "E-mail"],
        "phone": ["Phone", "Phone number", "Mobile", "Tel", "Contact number", "Best number to reach you", "Cell"],
        "customer_number": ["Account number", "Account no.", "Customer ID", "Member number", "Policy number", "Customer reference",
                            "Subscriber ID", "Contract number", "MPAN", "Account #"],
        "address": ["Address", "Street address", "Delivery address", "Home address", "Billing address", "Address line 1"],
        "postcode": ["Postcode", "ZIP", "Post code", "Zip code"],
        "dob": ["Date of birth", "DOB", "D.O.B.", "Birth date", "Birthday"],
        "iban": ["IBAN", "Bank account (IBAN)", "Account IBAN", "Refund IBAN"],
        "nid": ["BSN", "National ID", "Citizen service number", "National register no."],
        "subject": ["Subject", "Topic", "Category", "Reason for contact"],
        "message": ["Message", "Your message", "Comments", "Details", "How can we help?", "Description"],
        "date": ["Date", "Submitted", "Sent on", "Submission date"],
        "ip": ["IP address", "IP", "Remote IP", "Sender IP"],
        "order": ["Order number", "Order #", "Order ref", "Order ID"],
        "ua": ["User agent", "Browser", "Device", "Client"],
        "url": ["Page", "Form URL", "Source page", "Referrer"],
        "formid": ["Form ID", "Submission ID", "Entry ID", "Reference"],
        "ticket": ["Case number", "Ticket", "Complaint ref", "Case ID"],
        "amount": ["Amount", "Balance due", "Total", "Amount charged"],
        "city": ["City", "Town", "Town/City", "City/State"],
    },
}

FORM_INTROS = {
    "nl": ["Er is een nieuw contactformulier ingevuld.", "Nieuwe inzending via het webformulier '{brand} contact'",
           "--- Formulier: Klacht indienen ---", "Onderstaande gegevens zijn verzonden via {brand}.nl",
           "Beste medewerker,\n\nEr is een nieuwe aanvraag binnengekomen:", "Inzending formulier 'Terugbelverzoek'",
           "Automatisch bericht - webformulier", "Gegevens aanvrager:"],
    "fr": ["Un nouveau formulaire de contact a été soumis.", "Nouvelle demande via le formulaire web {brand}",
           "--- Formulaire : Déposer une plainte ---", "Les informations suivantes ont été envoyées via le site",
           "Bonjour,\n\nNouvelle soumission reçue :", "Demande de rappel (formulaire en ligne)",
           "Message automatique - formulaire web", "Coordonnées du demandeur :"],
    "en": ["A new contact form submission has been received.", "New entry from the '{brand} Contact Us' form",
           "--- Form: Make a complaint ---", "The following details were submitted via the website",
           "Hi team,\n\nYou have a new submission:", "Callback request (web form)",
           "Automated message - web form relay", "Submitter details:"],
}
FORM_FOOTERS = {
    "nl": ["Dit bericht is automatisch verstuurd via {url}. Niet beantwoorden.", "-- \nVerzonden met Formulierenmodule {version}",
           "Reageer binnen 2 werkdagen.", "Let op: de klant heeft toestemming gegeven voor contact per telefoon.",
           "Bijlagen: geen", "====="],
    "fr": ["Ce message a été envoyé automatiquement depuis {url}. Ne pas répondre.", "-- \nEnvoyé par FormBuilder {version}",
           "Merci de traiter sous 48h.", "Le client accepte d'être recontacté par téléphone.", "Pièces jointes : aucune", "-----"],
    "en": ["This message was sent automatically from {url}. Do not reply.", "-- \nSent by FormRelay {version}",
           "Please respond within 2 working days.", "Customer has opted in to phone contact.", "Attachments: none", "====="],
}
FORM_SUBJECTS = {
    "nl": ["Factuur klopt niet", "Storing internet", "Verhuizing doorgeven", "Opzeggen", "Terugbetaling", "Pakket niet ontvangen",
           "Wijziging rekeningnummer", "Inloggen lukt niet"],
    "fr": ["Facture incorrecte", "Panne internet", "Déménagement", "Résiliation", "Remboursement", "Colis non reçu",
           "Changement de compte", "Problème de connexion"],
    "en": ["Incorrect bill", "Broadband outage", "Moving home", "Cancel contract", "Refund request", "Parcel not received",
           "Change bank details", "Can't log in"],
}
FORM_MESSAGES = {
    "nl": ["Ik word al 3 weken niet teruggebeld. Graag contact via {phone2}.", "Mijn nieuwe rekeningnummer is {iban2}, graag de termijnen daarop innen.",
           "Zie bestelling {order}, nog steeds niks ontvangen.", "Graag terugbellen na {time}.", "Factuur {invoice} is dubbel afgeschreven ({amount}).",
           "kan niet inloggen, foutcode {err}", "Vanaf {date} woon ik op {address2}.", "Wil graag opzeggen per {date}. Geen verdere vragen."],
    "fr": ["Personne ne m'a rappelé depuis 3 semaines. Merci de me joindre au {phone2}.", "Mon nouveau compte est {iban2}, merci d'y faire les prélèvements.",
           "Commande {order} toujours pas reçue.", "Merci de rappeler après {time}.", "La facture {invoice} a été débitée deux fois ({amount}).",
           "impossible de me connecter, code erreur {err}", "À partir du {date} j'habite {address2}.", "Je souhaite résilier au {date}."],
    "en": ["Nobody has called me back in 3 weeks. Please ring {phone2}.", "My new account is {iban2}, please take payments from there.",
           "Order {order} still hasn't arrived.", "Please call after {time}.", "Invoice {invoice} was charged twice ({amount}).",
           "can't log in, error {err}", "From {date} I'll be living at {address2}.", "I want to cancel effective {date}. Thanks."],
}
LAYOUTS = ["colon", "equals", "bold", "stacked", "table", "dots", "pipe_line", "tab", "colon_upper", "bracket"]


def _label(ctx, field):
    return ctx.pick(FIELD_LABELS[ctx.pl][field])


def _field_value(ctx, field, doc):
    """Append value for field into doc."""
    if field == "name":
        doc.lit(f"{ctx.first} {ctx.last}")
    elif field == "email":
        render_template("{email}", ctx, doc)
    elif field == "phone":
        render_template("{phone}", ctx, doc)
    elif field == "customer_number":
        render_template("{cust}", ctx, doc)
    elif field == "address":
        render_template("{address}" if ctx.rng.random() < 0.6 else "{address|street}", ctx, doc)
    elif field == "postcode":
        render_template("{address9|postcode}", ctx, doc)
    elif field == "city":
        render_template("{city}", ctx, doc)
    elif field == "dob":
        render_template("{dob}", ctx, doc)
    elif field == "iban":
        render_template("{iban}", ctx, doc)
    elif field == "nid":
        render_template("{nid}", ctx, doc)
    elif field == "subject":
        doc.lit(ctx.pick(FORM_SUBJECTS[ctx.pl]))
    elif field == "message":
        render_template(ctx.pick(FORM_MESSAGES[ctx.pl]), ctx, doc)
    elif field == "date":
        render_template("{date} {time}" if ctx.rng.random() < 0.6 else "{date}", ctx, doc)
    elif field == "ip":
        render_template("{ip}", ctx, doc)
    elif field == "order":
        render_template("{order}", ctx, doc)
    elif field == "ua":
        r = ctx.rng
        if r.random() < 0.5:
            doc.lit("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) ")
            render_template("{version|chrome}", ctx, doc)
        else:
            doc.lit(r.choice(["Safari op ", "App ", "Mobile app "]))
            render_template("{version}", ctx, doc)
    elif field == "url":
        render_template("{url}", ctx, doc)
    elif field == "formid":
        render_template("{reqid}", ctx, doc)
    elif field == "ticket":
        render_template("{ticket}", ctx, doc)
    elif field == "amount":
        render_template("{amount}", ctx, doc)


def web_form(ctx):
    r = ctx.rng
    core = ["name", "email", "phone", "customer_number"]
    extra = ["address", "dob", "iban", "order", "ticket", "amount", "city", "postcode", "nid"]
    meta = ["date", "ip", "ua", "url", "formid"]
    fields = core[:]
    r.shuffle(fields)
    fields = fields[:r.randint(2, 4)]
    fields += r.sample(extra, r.randint(1, 3))
    if r.random() < 0.3 and "nid" in fields and r.random() < 0.5:
        fields.remove("nid")
    r.shuffle(fields)
    fields = [f for f in fields]
    fields.insert(r.randint(0, len(fields)), "subject")
    fields.append("message")
    m = r.sample(meta, r.randint(1, 4))
    if r.random() < 0.5:
        fields = fields + m
    else:
        fields = m + fields
    layout = ctx.pick(LAYOUTS)
    doc = Doc()
    render_template(ctx.pick(FORM_INTROS[ctx.pl]), ctx, doc)
    doc.lit("\n\n")
    if layout == "table":
        doc.lit(r.choice(["| Veld | Waarde |\n|---|---|\n", "| Field | Value |\n|-------|-------|\n", "| Champ | Valeur |\n|---|---|\n"]))
    width = max(len(_label(ctx, f)) for f in fields) + 2 if layout == "dots" else 0
    line_items = []
    for f in fields:
        lab = _label(ctx, f)
        if layout == "colon":
            doc.lit(f"{lab}: ")
        elif layout == "colon_upper":
            doc.lit(f"{lab.upper()}: ")
        elif layout == "equals":
            doc.lit(f"{lab} = ")
        elif layout == "bold":
            doc.lit(f"**{lab}:** ")
        elif layout == "stacked":
            doc.lit(f"{lab}{r.choice([' *', '', ':'])}\n")
        elif layout == "table":
            doc.lit(f"| {lab} | ")
        elif layout == "dots":
            doc.lit(f"{lab} " + "." * max(2, 18 - len(lab)) + ": ")
        elif layout == "pipe_line":
            doc.lit(f"{lab}: ")
        elif layout == "tab":
            doc.lit(f"{lab}:\t")
        elif layout == "bracket":
            doc.lit(f"[{lab}] ")
        _field_value(ctx, f, doc)
        if layout == "table":
            doc.lit(" |\n")
        elif layout == "stacked":
            doc.lit("\n\n")
        elif layout == "pipe_line":
            doc.lit(" | " if f != fields[-1] else "\n")
        else:
            doc.lit("\n")
    doc.lit("\n")
    render_template(ctx.pick(FORM_FOOTERS[ctx.pl]), ctx, doc)
    return doc

# ------------------------------------------------------------------ CSV / TSV

CSV_INTROS = {
    "nl": ["Hierbij de gegevens zoals gevraagd (uit Excel geplakt):", "Zie onderstaande regel uit jullie eigen export:",
           "Ik heb het even in een tabelletje gezet:", "Export uit mijn boekhouding, regel met de fout:", "gegevens:",
           "Dit staat in het bestand dat jullie stuurden:"],
    "fr": ["Voici les données demandées (copié d'Excel) :", "Voir la ligne ci-dessous de votre propre export :",
           "Je vous mets ça dans un tableau :", "Extrait de ma compta, la ligne en erreur :", "données :",
           "Voici ce qui figure dans le fichier reçu :"],
    "en": ["Here are the details you asked for (pasted from Excel):", "See the row below from your own export:",
           "Put it in a table for you:", "Line from my spreadsheet with the problem:", "details:",
           "This is what's in the file you sent me:"],
}
CSV_OUTROS = {
    "nl": ["Klopt dit?", "De laatste kolom is fout.", "Graag aanpassen.", "", "Groet"],
    "fr": ["C'est correct ?", "La dernière colonne est fausse.", "Merci de corriger.", "", "Cordialement"],
    "en": ["Is this right?", "The last column is wrong.", "Please fix.", "", "Thanks"],
}
CSV_SEPS = [";", ",", "\t", " | ", ";", "\t"]


def csv_block(ctx):
    r = ctx.rng
    sep = ctx.pick(CSV_SEPS)
    nrows = r.choice([1, 1, 2, 3])
    cols = ["name"] + r.sample(["email", "phone", "customer_number", "dob", "iban", "address", "nid"], r.randint(2, 4))
    cols += r.sample(["order", "date", "amount", "ticket", "invoice"], r.randint(1, 2))
    r.shuffle(cols)
    lab = {}
    for c in cols:
        if c == "invoice":
            lab[c] = {"nl": "Factuurnr", "fr": "N° facture", "en": "Invoice no"}[ctx.pl]
        else:
            lab[c] = _label(ctx, c)
    quote = r.random() < 0.25 and sep != "\t"
    doc = Doc()
    render_template(ctx.pick(CSV_INTROS[ctx.pl]), ctx, doc)
    doc.lit("\n\n")
    if r.random() < 0.85:
        doc.lit(sep.join((f'"{lab[c]}"' if quote else lab[c]) for c in cols) + "\n")
    lb = ctx.lb
    import pools as P
    for i in range(nrows):
        if i > 0:
            ctx.first = ctx.pick(P.FIRST[lb])
            for k in list(ctx.cache):
                del ctx.cache[k]
        for j, c in enumerate(cols):
            if j:
                doc.lit(sep)
            if quote:
                doc.lit('"')
            if c == "invoice":
                render_template("{invoice}", ctx, doc)
            elif c in ("order", "date", "amount", "ticket"):
                render_template("{" + c + "}", ctx, doc)
            elif c == "address":
                v = ctx.address("street") if sep == "," and not quote else ctx.address()
                doc.span("address", v)
            elif c == "name":
                doc.lit(f"{ctx.first} {ctx.last}")
            elif c == "dob":
                doc.span("date_of_birth", ctx.dob())
            else:
                _field_value(ctx, c, doc)
            if quote:
                doc.lit('"')
        doc.lit("\n")
    doc.lit("\n" + ctx.pick(CSV_OUTROS[ctx.pl]))
    return doc

# ------------------------------------------------------------------ JSON from an app's error screen

JSON_INTROS = {
    "nl": ["De app geeft deze foutmelding, ik heb alles gekopieerd:", "Krijg steeds dit scherm te zien:", "Dit stond er na het klikken op 'Betalen':",
           "screenshot lukt niet dus hier de tekst:", "Jullie app crasht. Details:", "Foutdetails (via 'Kopieer info'):"],
    "fr": ["L'appli affiche cette erreur, j'ai tout copié :", "J'ai toujours cet écran :", "Voici ce qui s'affiche après 'Payer' :",
           "pas de capture possible donc voici le texte :", "Votre appli plante. Détails :", "Détails de l'erreur (via 'Copier') :"],
    "en": ["Your app shows this error, I copied everything:", "Keep getting this screen:", "This came up after tapping 'Pay':",
           "can't screenshot so here's the text:", "App keeps crashing. Details:", "Error details (via 'Copy info'):"],
}
JSON_OUTROS = {
    "nl": ["Wat moet ik doen?", "Kunnen jullie kijken?", "Al 3x opnieuw geïnstalleerd.", "help aub"],
    "fr": ["Que dois-je faire ?", "Pouvez-vous regarder ?", "Déjà réinstallé 3 fois.", "aidez-moi svp"],
    "en": ["What do I do?", "Can you look into it?", "Reinstalled 3 times already.", "pls help"],
}


def json_block(ctx):
    r = ctx.rng
    doc = Doc()
    render_template(ctx.pick(JSON_INTROS[ctx.pl]), ctx, doc)
    doc.lit("\n\n")
    entries = []  # (key, kind, type, value)  kind: span/neg/lit/num
    entries.append(("status", "num", None, str(r.choice([400, 401, 403, 409, 422, 500, 503]))))
    entries.append((r.choice(["error", "errorCode", "code"]), "neg", "error_code", ctx.neg_value("error_code")))
    entries.append((r.choice(["message", "detail", "msg"]), "lit", None, r.choice(
        ["Session expired", "Invalid credentials", "Payment could not be processed", "Account locked", "Unexpected error"])))
    entries.append((r.choice(["requestId", "request_id", "traceId", "correlation_id"]), "neg", "request_id", ctx.neg_value("request_id")))
    opt = [
        (r.choice(["email", "userEmail", "login"]), "span", "email", ctx.email()),
        (r.choice(["username", "userName", "user"]), "span", "username", ctx.span_value("username")),
        (r.choice(["customerId", "customer_number", "accountNumber", "contractId"]), "span", "customer_number", ctx.customer_number()),
        (r.choice(["sessionToken", "access_token", "authToken", "session"]), "span", "token", ctx.span_value("token")),
        (r.choice(["clientIp", "ip", "remote_addr"]), "span", "ip_address", ctx.span_value("ip_address")),
        (r.choice(["phone", "msisdn", "mobile"]), "span", "phone", ctx.span_value("phone")),
        (r.choice(["iban", "debtorIban"]), "span", "iban", ctx.span_value("iban")),
        (r.choice(["appVersion", "version", "build"]), "neg", "version_string", ctx.neg_value("version_string")),
        (r.choice(["device", "model"]), "neg", "model_number", ctx.neg_value("model_number")),
        (r.choice(["timestamp", "time", "ts"]), "lit_date", None, None),
        (r.choice(["orderId", "order"]), "neg", "order_number", ctx.neg_value("order_number").lstrip("#")),
        (r.choice(["amount", "total"]), "num", None, f"{r.randint(5, 400)}.{r.randint(0, 99):02d}"),
        (r.choice(["card", "cardMasked"]), "neg", "masked_value", "**** **** **** " + V.digits(r, 4)),
        (r.choice(["apiKey", "x-api-key"]), "span", "api_key", ctx.span_value("api_key")),
        (r.choice(["retryAfter", "retry"]), "num", None, str(r.choice([30, 60, 120]))),
    ]
    chosen = r.sample(opt, r.randint(3, 6))
    entries = entries[:2] + chosen + entries[2:]
    pretty = r.random() < 0.6
    nest = r.random() < 0.4
    doc.lit("{" + ("\n" if pretty else ""))
    ind = "  " if pretty else ""
    for i, (k, kind, t, v) in enumerate(entries):
        if nest and i == 2:
            doc.lit(f'{ind}"details": {{' + ("\n" if pretty else ""))
            ind2 = ind * 2
        else:
            ind2 = ind if not (nest and 2 <= i < 2 + len(chosen)) else ind * 2
        doc.lit(f'{ind2}"{k}": ')
        if kind == "num":
            doc.lit(v)
        elif kind == "lit":
            doc.lit(f'"{v}"')
        elif kind == "lit_date":
            y, mo, d = r.randint(2024, 2025), r.randint(1, 12), r.randint(1, 28)
            doc.lit('"').neg("date", f"{y}-{mo:02d}-{d:02d}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}Z").lit('"')
        elif kind == "span":
            doc.lit('"').span(t, v).lit('"')
        else:
            doc.lit('"').neg(t, v).lit('"')
        last_in_nest = nest and i == 1 + len(chosen)
        comma = "," if i < len(entries) - 1 and not last_in_nest else ""
        doc.lit(comma + ("\n" if pretty else " "))
        if last_in_nest:
            doc.lit(ind + "}" + ("," if i < len(entries) - 1 else "") + ("\n" if pretty else " "))
    doc.lit("}\n\n")
    doc.lit(ctx.pick(JSON_OUTROS[ctx.pl]))
    return doc

# ------------------------------------------------------------------ Invoices / order confirmations

INVOICE_HEADERS = {
    "nl": ["Bedankt voor je bestelling bij {brand}!\nBestelnummer: {order}\nBesteldatum: {date}",
           "FACTUUR\n{brand} B.V. | KvK {kvk} | BTW {kvk2}\nFactuurnummer: {invoice}\nFactuurdatum: {date}\nKlantnummer: {cust}",
           "Orderbevestiging {order}\nGeplaatst op {date} om {time}",
           "Je bestelling is onderweg! Track & trace: {tracking}\nOrder {order} - verwachte levering {date}"],
    "fr": ["Merci pour votre commande chez {brand} !\nN° de commande : {order}\nDate : {date}",
           "FACTURE\n{brand} SA | N° entreprise {kvk} \nFacture n° {invoice}\nDate de facture : {date}\nN° client : {cust}",
           "Confirmation de commande {order}\nPassée le {date} à {time}",
           "Votre colis est en route ! Suivi : {tracking}\nCommande {order} - livraison prévue le {date}"],
    "en": ["Thanks for your order with {brand}!\nOrder number: {order}\nOrder date: {date}",
           "INVOICE\n{brand} Ltd | Company No. {kvk} | VAT {kvk2}\nInvoice no: {invoice}\nInvoice date: {date}\nAccount no: {cust}",
           "Order confirmation {order}\nPlaced on {date} at {time}",
           "Your order is on its way! Tracking: {tracking}\nOrder {order} - estimated delivery {date}"],
}
INVOICE_SHIP = {
    "nl": ["Bezorgadres:\n{name}\n{address}", "Verzenden naar: {name}, {address}", "Factuuradres: {address}\nTel: {phone}",
           "Afleveren bij: {address}\nE-mail: {email}"],
    "fr": ["Adresse de livraison :\n{name}\n{address}", "Expédié à : {name}, {address}", "Adresse de facturation : {address}\nTél : {phone}",
           "Livrer à : {address}\nE-mail : {email}"],
    "en": ["Delivery address:\n{name}\n{address}", "Ship to: {name}, {address}", "Billing address: {address}\nPhone: {phone}",
           "Deliver to: {address}\nEmail: {email}"],
}
INVOICE_PAY = {
    "nl": ["Betaald met: Visa {masked}", "Betaalwijze: iDEAL ({iban|NL})", "Wordt afgeschreven van {iban} rond {date2}", "Betaald met creditcard {masked}",
           "Openstaand: {amount2} - maak over naar NL{pct} ... (zie factuur)", "Betaling: achteraf via Klarna"],
    "fr": ["Payé avec : Visa {masked}", "Mode de paiement : Bancontact ({iban|BE})", "Sera débité de {iban} vers le {date2}", "Payé par carte {masked}",
           "Solde restant : {amount2}", "Paiement : virement"],
    "en": ["Paid with: Visa {masked}", "Payment method: Direct Debit ({iban|GB})", "Will be debited from {iban} around {date2}", "Paid by card {masked}",
           "Balance outstanding: {amount2}", "Payment: PayPal"],
}
INVOICE_FOOT = {
    "nl": ["Vragen? Bel {cphone} (ma-vr 9-17) of kijk op {url}.", "{brand} | KvK {kvk} | {url}", "Retourneren kan binnen 30 dagen via {url}. BTW {kvk}",
           "Klantenservice: {cphone}"],
    "fr": ["Des questions ? Appelez le {cphone} (lu-ve 9-17h) ou {url}.", "{brand} | BCE {kvk} | {url}", "Retour possible sous 30 jours via {url}. TVA {kvk}",
           "Service clientèle : {cphone}"],
    "en": ["Questions? Call {cphone} (Mon-Fri 9-5) or visit {url}.", "{brand} | Reg. {kvk} | {url}", "Returns accepted within 30 days at {url}. VAT {kvk}",
           "Customer care: {cphone}"],
}
INVOICE_COMPLAINTS = {
    "nl": ["Hieronder de bevestiging, maar ik heb niks ontvangen!!", "Dubbel betaald, zie onder:", "Waarom is dit adres verkeerd? Kopie van de bevestiging:",
           "fw: orderbevestiging. Graag annuleren.", "Dit heb ik gekregen, klopt het bedrag wel?"],
    "fr": ["Voici la confirmation, mais je n'ai rien reçu !!", "Payé deux fois, voir ci-dessous :", "Pourquoi cette adresse est fausse ? Copie :",
           "tr: confirmation. Merci d'annuler.", "Voici ce que j'ai reçu, le montant est correct ?"],
    "en": ["Confirmation below, but nothing has arrived!!", "Charged twice, see below:", "Why is the address wrong? Copy of the confirmation:",
           "fwd: order confirmation. Please cancel.", "This is what I got, is the amount right?"],
}


def invoice_block(ctx):
    r = ctx.rng
    doc = Doc()
    render_template(ctx.pick(INVOICE_COMPLAINTS[ctx.pl]), ctx, doc)
    doc.lit("\n\n" + r.choice(["", "-----\n", "=====================\n", "> "]) if False else "\n\n")
    render_template(ctx.pick(INVOICE_HEADERS[ctx.pl]), ctx, doc)
    doc.lit("\n\n")
    for i in range(r.randint(1, 4)):
        style = r.randint(0, 2)
        q = str(r.randint(1, 4))
        if style == "0":
            pass
        if style == 0:
            doc.lit(f"{q} x {ctx.pick(__import__('pools').PRODUCTS[ctx.pl])}  (")
            doc.neg("product_code", ctx.neg_value("product_code"))
            doc.lit(")  ")
            doc.neg("amount", ctx.neg_value("amount"))
        elif style == 1:
            doc.neg("product_code", ctx.neg_value("product_code"))
            doc.lit(f"\t{ctx.pick(__import__('pools').PRODUCTS[ctx.pl])}\t{q}\t")
            doc.neg("amount", ctx.neg_value("amount"))
        else:
            doc.lit(f"- {ctx.pick(__import__('pools').PRODUCTS[ctx.pl])}, ")
            doc.neg("quantity", ctx.neg_value("quantity"))
            doc.lit(", ")
            doc.neg("amount", ctx.neg_value("amount"))
        doc.lit("\n")
    tot = {"nl": "Totaal", "fr": "Total", "en": "Total"}[ctx.pl]
    vat = {"nl": "waarvan btw", "fr": "dont TVA", "en": "incl. VAT"}[ctx.pl]
    doc.lit(f"{tot}: ").neg("amount", ctx.neg_value("amount")).lit(f" ({vat} ").neg("percentage", r.choice(["21%", "6%", "20%", "9%"])).lit(")\n\n")
    render_template(ctx.pick(INVOICE_SHIP[ctx.pl]), ctx, doc)
    doc.lit("\n")
    render_template(ctx.pick(INVOICE_PAY[ctx.pl]).replace("NL{pct} ... (zie factuur)", "het rekeningnummer op de factuur"), ctx, doc)
    doc.lit("\n\n")
    render_template(ctx.pick(INVOICE_FOOT[ctx.pl]), ctx, doc)
    return doc

# ------------------------------------------------------------------ OCR'd letters

OCR_LETTERS = {
    "nl": ["{brand}\nPostbus 1234, 3500 AA Utrecht\n\n{name}\n{address}\n\nDatum: {date}\nKlantnummer: {cust}\nOns kenmerk: {ticket}\n\nBetreft: aanmaning\n\nGeachte heer/mevrouw,\n\nVolgens onze administratie staat een bedrag van {amount} open op factuur {invoice}. Wij verzoeken u dit binnen 14 dagen over te maken onder vermelding van uw klantnummer {cust}.\n\nMet vriendelijke groet,\nAfdeling Debiteuren",
           "{brand}\n\nAan: {name}\n{address|street}\n{address2|postcode} {city}\n\nUw contractnummer {cust}\nGeboortedatum {dob}\nIBAN {iban}\n\nBeste {first},\n\nHierbij bevestigen wij uw nieuwe contract per {date}. Het maandbedrag wordt {amount}.\n\nVragen? Bel {cphone}.",
           "BELASTINGDIENST-ACHTIGE BRIEF\n\nBSN: {nid}\nNaam: {name}\nAdres: {address}\nDagtekening: {date}\nAanslagnummer: {invoice}\n\nU moet {amount} betalen voor {date2}.",
           "Polisblad\n\nPolisnummer {cust}  Ingangsdatum {date}\nVerzekeringnemer {name}\nGeb. {dob}\nAdres {address}\nPremie per maand {amount}\nBetaling via {iban}"],
    "fr": ["{brand}\nBoîte postale 100, 1000 Bruxelles\n\n{name}\n{address}\n\nDate : {date}\nN° client : {cust}\nNotre référence : {ticket}\n\nObjet : rappel de paiement\n\nMadame, Monsieur,\n\nSauf erreur de notre part, un montant de {amount} reste impayé sur la facture {invoice}. Merci de le verser sous 14 jours en mentionnant votre numéro client {cust}.\n\nSalutations distinguées,\nService Recouvrement",
           "{brand}\n\nÀ : {name}\n{address|street}\n{address2|postcode} {city}\n\nVotre contrat n° {cust}\nDate de naissance {dob}\nIBAN {iban}\n\nCher/Chère {first},\n\nNous confirmons votre nouveau contrat au {date}. La mensualité sera de {amount}.\n\nQuestions ? Appelez le {cphone}.",
           "AVERTISSEMENT-EXTRAIT DE RÔLE\n\nN° registre national : {nid}\nNom : {name}\nAdresse : {address}\nDate d'envoi : {date}\nArticle : {invoice}\n\nMontant à payer : {amount} avant le {date2}.",
           "Conditions particulières\n\nN° de police {cust}  Prise d'effet {date}\nPreneur {name}\nNé(e) le {dob}\nAdresse {address}\nPrime mensuelle {amount}\nDomiciliation {iban}"],
    "en": ["{brand}\nPO Box 123\n\n{name}\n{address}\n\nDate: {date}\nAccount number: {cust}\nOur ref: {ticket}\n\nRe: overdue balance\n\nDear Customer,\n\nOur records show {amount} outstanding on invoice {invoice}. Please pay within 14 days quoting your account number {cust}.\n\nYours faithfully,\nCredit Control",
           "{brand}\n\nTo: {name}\n{address|street}\n{address2|postcode} {city}\n\nYour contract no. {cust}\nDate of birth {dob}\nIBAN {iban}\n\nDear {first},\n\nWe confirm your new contract from {date}. Your monthly payment will be {amount}.\n\nQuestions? Call {cphone}.",
           "NOTICE OF ASSESSMENT\n\nReference: {invoice}\nName: {name}\nAddress: {address}\nIssue date: {date}\nCustomer ref: {cust}\n\nAmount due {amount} by {date2}.",
           "Policy schedule\n\nPolicy number {cust}  Start date {date}\nPolicyholder {name}\nDOB {dob}\nAddress {address}\nMonthly premium {amount}\nPaid from {iban}"],
}
OCR_INTROS = {
    "nl": ["Ik heb de brief gescand, tekst hieronder (sorry voor de rare spaties):", "Brief gekregen, via de scan-app omgezet:", "Gescande brief:"],
    "fr": ["J'ai scanné la lettre, texte ci-dessous (désolé pour les espaces bizarres) :", "Lettre reçue, passée à l'OCR :", "Lettre scannée :"],
    "en": ["I scanned the letter, text below (sorry about the weird spacing):", "Got this letter, ran it through the scanner app:", "Scanned letter:"],
}


def ocr_noise(doc, rng):
    out = Doc()
    for s, kind, lab in doc.parts:
        if kind is None:
            t = []
            for ch in s:
                x = rng.random()
                if ch == " " and x < 0.12:
                    t.append("  ")
                elif ch == " " and x < 0.16:
                    t.append("")
                elif ch.isalpha() and x < 0.03:
                    t.append(ch + " ")
                elif ch == "l" and x < 0.05:
                    t.append("1")
                elif ch == "\n" and x < 0.2:
                    t.append(" ")
                else:
                    t.append(ch)
            out.parts.append(("".join(t), None, None))
        else:
            if kind == "span" and lab in ("iban", "customer_number", "phone", "card") and len(s) > 6 and rng.random() < 0.4:
                i = rng.randint(2, len(s) - 3)
                if s[i] != " " and s[i - 1] != " ":
                    s = s[:i] + " " + s[i:]
            out.parts.append((s, kind, lab))
    return out


def ocr_letter(ctx):
    doc = Doc()
    render_template(ctx.pick(OCR_INTROS[ctx.pl]), ctx, doc)
    doc.lit("\n\n")
    body = render_template(ctx.pick(OCR_LETTERS[ctx.pl]), ctx)
    doc.add(ocr_noise(body, ctx.rng))
    return doc

# ------------------------------------------------------------------ family member bullet lists

FAMILY_INTROS = {
    "nl": ["Hierbij de gegevens van ons gezin voor de aanvraag:", "Graag iedereen bijschrijven op de polis:", "Dit zijn de gezinsleden:",
           "Voor de verhuizing, alle bewoners:", "Zoals gevraagd de gegevens van de kinderen:"],
    "fr": ["Voici les données de la famille pour la demande :", "Merci d'ajouter tout le monde au contrat :", "Membres du ménage :",
           "Pour le déménagement, tous les habitants :", "Comme demandé, les données des enfants :"],
    "en": ["Here are the family details for the application:", "Please add everyone to the policy:", "Household members:",
           "For the move, everyone living here:", "As requested, the kids' details:"],
}
RELS = {"nl": ["ikzelf", "partner", "zoon", "dochter", "echtgenote", "man", "oudste", "jongste"],
        "fr": ["moi-même", "conjoint", "fils", "fille", "épouse", "mari", "aîné", "cadet"],
        "en": ["me", "partner", "son", "daughter", "wife", "husband", "eldest", "youngest"]}
BULLETS = ["- ", "* ", "• ", "1) ", "– ", "> ", "o "]
FAM_LINES = {
    "nl": ["{first} {last} ({rel}), geb. {dob}, BSN {nid}", "{first} - {dob} - {nid}", "{rel}: {first}, geboren {dob}",
           "{first} {last}; {dob}; tel {phone}", "{first} ({rel}) {dob} / e-mail {email}", "{first}: geboortedatum {dob}, rijksregisternr {nid}",
           "{first} {last}, {dob}, lidnr {cust}"],
    "fr": ["{first} {last} ({rel}), né(e) le {dob}, NN {nid}", "{first} - {dob} - {nid}", "{rel} : {first}, né le {dob}",
           "{first} {last} ; {dob} ; tél {phone}", "{first} ({rel}) {dob} / mail {email}", "{first} : date de naissance {dob}, registre national {nid}",
           "{first} {last}, {dob}, n° affiliation {cust}"],
    "en": ["{first} {last} ({rel}), born {dob}", "{first} - {dob} - {cust}", "{rel}: {first}, DOB {dob}",
           "{first} {last}; {dob}; mob {phone}", "{first} ({rel}) {dob} / email {email}", "{first}: date of birth {dob}, member no {cust}",
           "{first} {last}, {dob}, BSN {nid|bsn}"],
}
FAMILY_OUTROS = {
    "nl": ["Alles op hetzelfde adres: {address}.", "Vragen? Bel me op {phone0}.", "Premie graag van {iban} afschrijven.", "Alvast bedankt!"],
    "fr": ["Tous à la même adresse : {address}.", "Questions ? Appelez-moi au {phone0}.", "Prime à prélever sur {iban}.", "Merci d'avance !"],
    "en": ["All at the same address: {address}.", "Questions? Call me on {phone0}.", "Please take the premium from {iban}.", "Thanks in advance!"],
}


def family_list(ctx):
    import pools as P
    r = ctx.rng
    doc = Doc()
    render_template(ctx.pick(FAMILY_INTROS[ctx.pl]), ctx, doc)
    doc.lit("\n")
    bullet = ctx.pick(BULLETS)
    n = r.randint(2, 5)
    fmt = ctx.pick(FAM_LINES[ctx.pl]) if r.random() < 0.7 else None
    rels = deal(RELS[ctx.pl], ctx.half)
    for i in range(n):
        f = fmt or ctx.pick(FAM_LINES[ctx.pl])
        f = f.replace("{rel}", r.choice(rels)).replace("{first}", ctx.pick(P.FIRST[ctx.lb])).replace("{last}", ctx.last)
        f = f.replace("{", "{").replace("}", "}")
        # fresh values per member
        for k in ("dob", "nid", "phone", "email", "cust"):
            ctx.cache.pop(k, None)
        b = bullet if bullet != "1) " else f"{i + 1}) "
        doc.lit(b)
        render_template(f, ctx, doc)
        doc.lit("\n")
    doc.lit("\n")
    render_template(ctx.pick(FAMILY_OUTROS[ctx.pl]), ctx, doc)
    return doc

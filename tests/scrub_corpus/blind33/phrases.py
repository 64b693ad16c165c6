"""E-mail wrappers and chat decorations; each list is dealt alternately between the halves."""

GREET = {
 "nl": ["Geachte heer/mevrouw,", "Beste medewerker,", "Goedemorgen,", "Hallo,", "Geachte klantenservice,", "Beste {F:agent},", "Dag,", "Goedemiddag,"],
 "fr": ["Madame, Monsieur,", "Bonjour,", "Chère Madame, cher Monsieur,", "Bonjour {F:agent},", "Bonsoir,", "Messieurs-dames,"],
 "en": ["Dear Sir or Madam,", "Hello,", "Hi there,", "Dear {F:agent},", "Good morning,", "To whom it may concern,", "Hi,", "Dear Customer Services,"],
}
CLOSE = {
 "nl": ["Met vriendelijke groet,", "Vriendelijke groeten,", "Alvast bedankt,", "Met vriendelijke groet en alvast dank,", "Groetjes,", "Hoogachtend,"],
 "fr": ["Cordialement,", "Bien à vous,", "Je vous remercie d'avance,", "Meilleures salutations,", "Veuillez agréer mes salutations distinguées,", "Merci,"],
 "en": ["Kind regards,", "Many thanks,", "Yours faithfully,", "Best wishes,", "Thanks in advance,", "Regards,"],
}
# signature lines after the name; may carry spans
SIG = {
 "nl": ["{S:address/multi}", "Tel. {S:phone}", "{S:address}\n{S:phone}", "Klantnummer: {S:customer_number}", "", "(namens mijn moeder)", "Verstuurd vanaf mijn iPad", "{S:phone}"],
 "fr": ["{S:address/multi}", "Tél. {S:phone}", "{S:address}\nGSM {S:phone}", "N° client {S:customer_number}", "", "(pour ma mère)", "Envoyé de mon iPhone"],
 "en": ["{S:address/multi}", "Tel: {S:phone}", "{S:address}\nMob {S:phone}", "Account no. {S:customer_number}", "", "(on behalf of my father)", "Sent from my iPad", "{S:phone}"],
}
QUOTE_HEAD = {
 "nl": ["Op {N:date} om {N:time} schreef Klantenservice {F:brand}:", "-----Oorspronkelijk bericht-----\nVan: {F:brand}\nVerzonden: {N:date}\nOnderwerp: Uw vraag {N:ticket_number}",
        "---------- Doorgestuurd bericht ---------\nVan: {F:brand} Klantenservice\nDatum: {N:date}", "Op {N:date} schreef {F:brand} Service:"],
 "fr": ["Le {N:date} à {N:time}, Service clientèle {F:brand} a écrit :", "-----Message d'origine-----\nDe : {F:brand}\nEnvoyé : {N:date}\nObjet : Votre demande {N:ticket_number}",
        "---------- Message transféré ---------\nDe : {F:brand}\nDate : {N:date}"],
 "en": ["On {N:date} at {N:time}, {F:brand} Customer Service wrote:", "-----Original Message-----\nFrom: {F:brand}\nSent: {N:date}\nSubject: Your query {N:ticket_number}",
        "---------- Forwarded message ---------\nFrom: {F:brand} Support\nDate: {N:date}", "On {N:date}, {F:brand} <noreply> wrote:"],
}
QUOTE_BODY = {
 "nl": ["Beste klant,\nBedankt voor uw bericht. Om u verder te helpen hebben wij uw klantnummer en geboortedatum nodig. Uw referentie is {N:ticket_number}.\nMet vriendelijke groet,\n{F:agent}",
        "Geachte heer/mevrouw,\nWij hebben uw meterstand van {N:meter_reading} ontvangen. Het nieuwe termijnbedrag is {N:amount}. Vragen? Bel {N:company_phone}.",
        "Beste {F:first},\nHelaas konden wij uw identiteit niet vaststellen. Wilt u uw gegevens opnieuw sturen? Kenmerk {N:ticket_number}.",
        "Beste klant,\nUw factuur {N:invoice_number} van {N:amount} staat nog open. Bekijk hem op {N:url}."],
 "fr": ["Chère cliente, cher client,\nMerci pour votre message. Pour traiter votre demande, nous avons besoin de votre numéro client et de votre date de naissance. Référence {N:ticket_number}.\n{F:agent}",
        "Madame, Monsieur,\nNous avons bien reçu votre index de {N:meter_reading}. Votre nouvel acompte s'élève à {N:amount}. Questions ? {N:company_phone}.",
        "Bonjour {F:first},\nNous n'avons pas pu vérifier votre identité. Merci de renvoyer vos données. Réf. {N:ticket_number}."],
 "en": ["Dear customer,\nThank you for contacting us. To help further we need your account number and date of birth. Your reference is {N:ticket_number}.\nKind regards,\n{F:agent}",
        "Hello,\nWe've received your meter reading of {N:meter_reading}. Your new monthly payment is {N:amount}. Any questions, call {N:company_phone}.",
        "Dear {F:first},\nUnfortunately we couldn't verify your identity. Please send your details again. Reference {N:ticket_number}.",
        "Hi,\nYour bill {N:invoice_number} for {N:amount} is now overdue. View it at {N:url}."],
}
FILLER = {
 "nl": ["Ik schrijf namens mijn moeder van 88, zij is slechthorend en kan niet goed bellen. Ik heb een volmacht.",
        "Sinds de overstap op {N:date} klopt er niets meer van de rekeningen. Het maandbedrag ging van {N:amount} naar {N:amount}.",
        "Ik heb al twee keer gebeld naar {N:company_phone}, maar na drie kwartier wachten werd de verbinding verbroken.",
        "Mijn vader is op {N:date} overleden en ik regel nu zijn zaken. Ik wil het contract op zijn naam graag beëindigen.",
        "Uw website {N:url} geeft steeds een foutmelding ({N:error_code}) als ik de gegevens probeer te wijzigen.",
        "De brief die ik kreeg is slecht leesbaar, ik heb hem gescand en het stuk hieronder overgetypt.",
        "Wij hebben geen computer, mijn kleinzoon helpt mij met deze e-mail.",
        "Het gaat om de eindafrekening na de verhuizing. De meterstanden bij de sleuteloverdracht op {N:date} waren {N:meter_reading/elec} (stroom) en {N:meter_reading/gas} (gas).",
        "Op de voorschotnota van {N:date} staat ineens {N:amount} per maand, terwijl mijn verbruik vorig jaar maar {N:meter_reading/elec} was.",
        "Ik ben niet zo handig met de computer, dus neem het me niet kwalijk als ik iets verkeerd doe."],
 "fr": ["J'écris au nom de ma mère qui est malentendante et ne peut pas téléphoner. J'ai une procuration.",
        "Depuis le changement de fournisseur le {N:date}, les factures ne sont plus correctes. L'acompte est passé de {N:amount} à {N:amount}.",
        "J'ai appelé deux fois le {N:company_phone} mais après 40 minutes d'attente la ligne a coupé.",
        "Mon père est décédé le {N:date} et je m'occupe de ses affaires. Je souhaite clôturer son contrat.",
        "Votre site {N:url} affiche toujours une erreur ({N:error_code}) quand j'essaie de modifier mes données.",
        "Le courrier reçu est peu lisible, je l'ai scanné et recopié ci-dessous.",
        "Je n'ai pas d'ordinateur, c'est ma petite-fille qui m'aide pour ce courriel.",
        "Je ne suis pas très à l'aise avec internet, excusez-moi si ce message n'est pas clair.",
        "Sur la facture intermédiaire du {N:date}, l'acompte est passé à {N:amount} alors que ma consommation était de {N:meter_reading/elec}."],
 "en": ["I'm writing on behalf of my mother, who is hard of hearing and can't manage phone calls. I hold power of attorney.",
        "Since switching on {N:date} the bills have been wrong. The monthly payment went from {N:amount} to {N:amount}.",
        "I have rung {N:company_phone} twice but after an hour on hold the line went dead.",
        "My father passed away on {N:date} and I am dealing with his affairs. I would like to close the account in his name.",
        "Your website {N:url} keeps showing an error ({N:error_code}) whenever I try to update the details.",
        "The letter I received is hard to read so I've scanned it and typed the relevant part below.",
        "We don't have a computer, my grandson is helping me with this email.",
        "This concerns the final bill after the move. The readings on the day we handed over the keys ({N:date}) were {N:meter_reading/elec} for electricity and {N:meter_reading/gas} for gas.",
        "The latest statement dated {N:date} puts me at {N:amount} a month even though last year I only used {N:meter_reading/elec}.",
        "I'm not very good with computers so please bear with me if I've put this in the wrong place."],
}
EMOJI = ["🙏", "😡", "😩", "🙂", "👍", "😢", "🤷‍♀️", "!!!", "??", "😤", "❤️", "🤔"]
SSID = ["Ziggo8842", "KPN-3F21", "H369A1B2C", "telenet-7A3C1", "Proximus-Home-5521", "VOO-119922", "BT-7XKQ2P", "VM1234567",
        "SKY8DE21", "NETGEAR42", "xfinitywifi_home", "Linksys01234", "FRITZ!Box 7530 KL", "Oma's wifi", "TP-Link_4F2A", "bbox-93ab"]

# E-mail wrapper pieces per language family; every list is dealt alternately to the halves.
W = {
"nl": {
"subject": ["Onderwerp: Bezwaar tegen brief met kenmerk «~request_id»", "Onderwerp: vraag over mijn dossier «~ticket_number»", "Onderwerp: wijziging gegevens", "Onderwerp: RE: uw zaak «~ticket_number»", "Onderwerp: inloggen lukt niet", "Onderwerp: factuur «~invoice_number»"],
"greet": ["Geachte heer/mevrouw,", "Beste medewerker,", "Goedemiddag,", "Hallo,", "Geachte medewerker van de klantenservice,", "Goedendag,"],
"pad": [
"Ik heb hier eerder over gebeld op «~date» (gesprek rond «~time») en toen werd mij beloofd dat ik binnen «~quantity:dur» bericht zou krijgen. Dat is helaas niet gebeurd.",
"Op «~date» heb ik rond «~time» uw collega gesproken via «~company_phone»; zij zei dat ik binnen «~quantity:dur» iets zou horen.",
"In de bijlage vindt u een kopie van de brief van «~date» (aanslag «~year») en het betalingsbewijs van «~amount».",
"Voor de volledigheid: het gaat om de aanslag over «~year», bedrag «~amount», te betalen vóór «~date».",
"Ik vind het vervelend dat ik hier opnieuw over moet mailen (eerder nummer «~ticket_number»). Op «~url» krijg ik steeds «~error_code».",
"Mijn vorige mail kreeg nummer «~ticket_number» maar daar is niets mee gedaan. Het contactformulier gaf bovendien foutmelding «~error_code».",
"Uw medewerker aan de telefoon («~company_phone») zei dat ik het beter per mail kon sturen. Ik ben op werkdagen na «~time» bereikbaar.",
"Op uw website («~url») staat dat de behandeltermijn «~quantity:dur» is, maar ik wacht nu al sinds «~date».",
],
"close": ["Met vriendelijke groet,", "Vriendelijke groeten,", "Mvg,", "Met hartelijke groet,"],
"sig": ["«@name»⏎«address:multi»⏎«phone»", "«@name»⏎Tel: «phone»⏎E-mail: «email»", "«@fn»⏎⏎Verzonden vanaf mijn iPhone", "«@name»⏎«address»⏎«phone»", "«@name» (mob. «phone»)", "«@name»"],
"quote": ["Op «~date» om «~time» schreef «@agent» <«email:agent»>:", "Van: «@agent»⏎Verzonden: «~date» «~time»⏎Onderwerp: RE: uw zaak «~ticket_number»", "Op «~date» schreef Klantcontact:", "-------- Doorgestuurd bericht --------⏎Datum: «~date»⏎Van: «@agent»"],
},
"vl": {
"subject": ["Onderwerp: bezwaar referentie «~request_id»", "Onderwerp: dossier «~ticket_number»", "Onderwerp: adreswijziging", "Onderwerp: probleem met aanmelden"],
"greet": ["Geachte,", "Beste,", "Goeiemiddag,", "Dag mevrouw, mijnheer,"],
"pad": [
"Ik heb hierover al gebeld op «~date» rond «~time», maar men zou mij binnen «~quantity:dur» terugbellen. Dat is niet gebeurd.",
"Op «~date» rond «~time» sprak ik uw collega via «~company_phone»; ik zou binnen «~quantity:dur» antwoord krijgen.",
"In bijlage vindt u de brief van «~date» (afrekening «~year») en het betalingsbewijs van «~amount».",
"Het gaat over de afrekening van «~year», bedrag «~amount», te betalen tegen «~date».",
"Ik kreeg nooit antwoord op «~ticket_number». Op «~url» krijg ik telkens «~error_code».",
"Mijn vorige mail kreeg referentie «~ticket_number», en het contactformulier gaf foutmelding «~error_code».",
],
"close": ["Met vriendelijke groeten,", "Vriendelijke groet,", "Mvg,", "Alvast bedankt,"],
"sig": ["«@name»⏎«address:multi»⏎gsm «phone»", "«@name»⏎Tel. «phone»⏎«email»", "«@fn»⏎⏎Verstuurd vanaf mijn Samsung", "«@name»"],
"quote": ["Op «~date» om «~time» schreef «@agent» <«email:agent»>:", "Van: «@agent»⏎Verzonden: «~date»⏎Onderwerp: RE: dossier «~ticket_number»"],
},
"fr": {
"subject": ["Objet : réclamation réf. «~request_id»", "Objet : dossier «~ticket_number»", "Objet : changement d'adresse", "Objet : problème de connexion"],
"greet": ["Madame, Monsieur,", "Bonjour,", "Chère Madame, cher Monsieur,", "Bonjour Madame,"],
"pad": [
"J'ai déjà téléphoné le «~date» vers «~time» et on m'avait promis une réponse sous «~quantity:dur». Rien depuis.",
"Le «~date» vers «~time», votre collègue au «~company_phone» m'a promis un retour sous «~quantity:dur».",
"Vous trouverez en annexe le courrier du «~date» (exercice «~year») et la preuve de paiement de «~amount».",
"Il s'agit du décompte «~year», montant «~amount», à payer pour le «~date».",
"Aucune suite à «~ticket_number». Sur «~url» j'obtiens toujours «~error_code».",
"Mon précédent e-mail a reçu la référence «~ticket_number», et le formulaire affichait l'erreur «~error_code».",
],
"close": ["Bien à vous,", "Cordialement,", "Veuillez agréer mes salutations distinguées,", "Merci d'avance,"],
"sig": ["«@name»⏎«address:multi»⏎GSM : «phone»", "«@name»⏎Tél. «phone»⏎«email»", "«@fn»⏎⏎Envoyé de mon iPhone", "«@name»"],
"quote": ["Le «~date» à «~time», «@agent» <«email:agent»> a écrit :", "De : «@agent»⏎Envoyé : «~date» «~time»⏎Objet : RE: dossier «~ticket_number»"],
},
"en": {
"subject": ["Subject: Complaint ref «~request_id»", "Subject: Re: case «~ticket_number»", "Subject: change of details", "Subject: can't log in", "Subject: invoice «~invoice_number»", "Subject: urgent - account query"],
"greet": ["Dear Sir or Madam,", "Hi there,", "Hello,", "To whom it may concern,", "Good afternoon,", "Dear team,"],
"pad": [
"I already phoned about this on «~date» at around «~time» and was told I'd hear back within «~quantity:dur». I haven't.",
"On «~date» at about «~time» I spoke to your colleague on «~company_phone», who promised an answer within «~quantity:dur».",
"Attached is a copy of your letter dated «~date» (tax year «~year») and proof of payment for «~amount».",
"For clarity, this is about the «~year» bill of «~amount», due by «~date».",
"Nothing happened with «~ticket_number». On «~url» I just get «~error_code».",
"My previous email was given reference «~ticket_number», and the online form gave me error «~error_code».",
"Your colleague on «~company_phone» told me to email instead. I'm free after «~time» on weekdays.",
"Your website («~url») says it takes «~quantity:dur», but I've been waiting since «~date».",
],
"close": ["Kind regards,", "Best wishes,", "Thanks,", "Regards,", "Yours faithfully,", "Many thanks,"],
"sig": ["«@name»⏎«address:multi»⏎«phone»", "«@name»⏎Tel: «phone»⏎Email: «email»", "«@fn»⏎⏎Sent from my iPhone", "«@name»⏎«address»", "«@name» | «phone»", "«@name»"],
"quote": ["On «~date», at «~time», «@agent» <«email:agent»> wrote:", "-----Original Message-----⏎From: «@agent»⏎Sent: «~date» «~time»⏎Subject: RE: case «~ticket_number»", "On «~date» Customer Services wrote:", "---------- Forwarded message ---------⏎From: «@agent»⏎Date: «~date»"],
},
}
# short chat openers / closers (unlabelled)
CHAT = {
"nl": {"pre": ["hoi", "Goedemorgen,", "hallo", "Hey!", "Dag,", "hee"], "post": ["alvast bedankt", "😡", "groetjes", "🙏", "graag snel reactie", "mvg"]},
"vl": {"pre": ["hallo", "Goeiedag,", "dag", "Hey"], "post": ["merci", "🙏", "alvast bedankt", "groetjes"]},
"fr": {"pre": ["bonjour", "Bonsoir,", "slt", "Bonjour à vous,"], "post": ["merci d'avance", "🙏", "bonne journée", "cdlt"]},
"en": {"pre": ["hi", "Hello,", "hiya", "Morning,", "hey", "Hi team,"], "post": ["thanks", "🙏", "cheers", "asap please", "ta", "thx"]},
}

"""Wrappers (openers, closers, e-mail frames, signatures, quoted history, public posts, agent replies) for blind88.
Keys: nl, vl (Flemish, falls back to nl), fr, en."""

CHAT_OPEN = {
    "nl": ["", "Hoi,", "Hallo", "goedemorgen", "Hey [[@brand]],", "Hallo daar,", "Ha,", "Goedenavond,"],
    "vl": ["Dag,", "Hallo,", "Hey", "Goeiemiddag", "Dag [[@brand]],", "Hallo allemaal"],
    "fr": ["", "Bonjour,", "Bonsoir", "Salut", "Bonjour [[@brand]],", "Hello,"],
    "en": ["", "Hi,", "Hello", "hey", "Hi there,", "Morning,", "Good afternoon,", "Hi team,"],
}
CHAT_CLOSE = {
    "nl": ["", "Alvast bedankt!", "groet", "Dank!", "Graag snel reactie.", "Mvg [[@first]]", "thx", "Hoor graag van jullie."],
    "vl": ["", "Merci!", "Groetjes", "Alvast bedankt", "Mvg, [[@first]]", "Merci op voorhand"],
    "fr": ["", "Merci d'avance", "Cordialement", "Merci!", "Bonne journée", "[[@first]]"],
    "en": ["", "Thanks in advance", "cheers", "Thanks!", "Please sort this out asap.", "[[@first]]", "ta", "Thank you."],
}
SUBJECT = {
    "nl": ["Vraag over mijn account", "Klacht", "RE: uw aanvraag [[~ticket_number]]", "Meterstand", "Dringend!!", "Inloggen lukt niet",
           "Betaling", "FW: herinnering", "Inschrijving", "Verhuizing"],
    "vl": ["Vraag", "Probleem met account", "Factuur [[~invoice_number]]", "Dringend"],
    "fr": ["Question compte", "Réclamation", "RE: votre demande [[~ticket_number]]", "Index compteur", "Urgent", "Problème de connexion",
           "Paiement", "TR: rappel"],
    "en": ["Account question", "Complaint", "RE: your request [[~ticket_number]]", "Meter reading", "URGENT", "Can't log in",
           "Payment", "Fwd: reminder", "Enrolment", "Moving house"],
}
EMAIL_GREET = {
    "nl": ["Geachte heer/mevrouw,", "Beste [[@brand]],", "Goedemiddag,", "Beste medewerker,", "Hallo [[@team]],", "L.S.,"],
    "vl": ["Beste,", "Geachte,", "Dag [[@team]],", "Goeiedag,"],
    "fr": ["Madame, Monsieur,", "Bonjour,", "Chère équipe [[@brand]],", "Bonjour Madame,", "Bonjour à tous,", "Messieurs-dames,"],
    "en": ["Dear Sir or Madam,", "Hi [[@brand]] team,", "To whom it may concern,", "Hello,", "Dear [[@team]],", "Hi folks,"],
}
EMAIL_CLOSE = {
    "nl": ["Met vriendelijke groet,\n[[@name]]", "Groeten,\n[[@first]]", "Mvg,\n\n[[@name]]", "Vriendelijke groet,\n[[@first]] [[@last]]",
           "Bij voorbaat dank,\n[[@name]]", "Hartelijke groet,\n[[@first]]"],
    "vl": ["Met vriendelijke groeten,\n[[@name]]", "Groetjes\n[[@first]]", "Mvg\n[[@name]]", "Vriendelijke groeten\n[[@first]]"],
    "fr": ["Cordialement,\n[[@name]]", "Bien à vous,\n[[@first]] [[@last]]", "Salutations distinguées,\n[[@name]]", "Merci,\n[[@first]]",
           "Veuillez agréer mes salutations,\n[[@name]]", "Bien cordialement\n[[@first]]"],
    "en": ["Kind regards,\n[[@name]]", "Thanks,\n[[@first]]", "Best,\n[[@name]]", "Regards\n[[@first]] [[@last]]", "Many thanks,\n[[@name]]",
           "Yours faithfully,\n[[@name]]"],
}
SIGNATURE = {
    "nl": ["Tel: [[phone]]", "[[address]]\n[[phone]]", "Klantnummer: [[customer_number=cn]]", "M [[phone]] | E [[email]]",
           "Verstuurd vanaf mijn iPhone", "[[phone]]\nKlantnr [[customer_number=cn]]"],
    "vl": ["GSM [[phone]]", "[[address]]", "Klantennummer [[customer_number=cn]] - gsm [[phone]]", "Verzonden vanaf mijn Samsung Galaxy-smartphone"],
    "fr": ["GSM: [[phone]]", "[[address]]\nTél. [[phone]]", "N° client: [[customer_number=cn]]", "Envoyé de mon iPhone", "[[email]] | [[phone]]",
           "Réf. client [[customer_number=cn]]"],
    "en": ["Mob: [[phone]]", "[[address]]\n[[phone]]", "Account no: [[customer_number=cn]]", "Sent from my iPhone", "t. [[phone]] | e. [[email]]",
           "Sent from Outlook for Android"],
}
QUOTE_HEAD = {
    "nl": ["Op [[~date]] om [[~time]] schreef [[@brand]] Klantenservice:", "Van: [[@team]] [[@brand]]\nVerzonden: [[~date]] [[~time]]\nOnderwerp: Uw vraag [[~ticket_number]]",
           "-----Oorspronkelijk bericht-----\nVan: [[@brand]]\nDatum: [[~date]]", "Op [[~date]] heeft [[@agent]] van [[@brand]] het volgende geschreven:"],
    "fr": ["Le [[~date]] à [[~time]], [[@brand]] a écrit :", "De : [[@team]] [[@brand]]\nEnvoyé : [[~date]]\nObjet : Votre demande [[~ticket_number]]",
           "-----Message d'origine-----\nDe: [[@brand]]\nDate: [[~date]] [[~time]]", "Le [[~date]], [[@agent]] ([[@brand]]) a écrit:"],
    "en": ["On [[~date]] at [[~time]], [[@brand]] Support wrote:", "From: [[@team]] <[[@brand]]>\nSent: [[~date]] [[~time]]\nSubject: Your request [[~ticket_number]]",
           "-----Original Message-----\nFrom: [[@brand]]\nDate: [[~date]]", "On [[~date]], [[@agent]] from [[@brand]] wrote:"],
}
QUOTE_BODY = {
    "nl": ["Beste klant,\n\nBedankt voor uw bericht. Om u te helpen hebben wij uw klantnummer nodig. Uw dossiernummer is [[~ticket_number]].\n\nMet vriendelijke groet,\n[[@agent]]\n[[@brand]] | [[~company_phone]]",
           "Hoi [[@first]],\n\nWe zien dat je account op [[email=em]] staat. Wil je bevestigen dat de laatste vier cijfers van je rekening [[~masked_value]] zijn?\n\nGroet, [[@agent]]",
           "Geachte heer/mevrouw,\n\nUw betaling van [[~amount]] voor factuur [[~invoice_number]] is nog niet ontvangen. Klantnummer [[customer_number=cn]]. Meer info: [[~url]]\n\n[[@brand]], KvK [[~company_registration]]",
           "Hallo,\n\nWe hebben een reset-link gestuurd. Geen mail ontvangen? Bel [[~company_phone]] (ma-vr [[~time]]-[[~time]]).\n\n[[@agent]]"],
    "fr": ["Cher client,\n\nMerci pour votre message. Pour vous aider, nous avons besoin de votre numéro client. Votre dossier: [[~ticket_number]].\n\nCordialement,\n[[@agent]]\n[[@brand]] - [[~company_phone]]",
           "Bonjour [[@first]],\n\nVotre compte est lié à [[email=em]]. Pouvez-vous confirmer la carte se terminant par [[~masked_value]] ?\n\n[[@agent]]",
           "Madame, Monsieur,\n\nVotre paiement de [[~amount]] (facture [[~invoice_number]]) n'a pas été reçu. Client [[customer_number=cn]]. Infos: [[~url]]\n\n[[@brand]] - TVA [[~company_registration]]",
           "Bonjour,\n\nNous avons envoyé un lien de réinitialisation. Contactez-nous au [[~company_phone]] si besoin.\n\n[[@agent]]"],
    "en": ["Dear customer,\n\nThanks for getting in touch. To help, we'll need your account number. Your case reference is [[~ticket_number]].\n\nKind regards,\n[[@agent]]\n[[@brand]] | [[~company_phone]]",
           "Hi [[@first]],\n\nWe can see your account is registered to [[email=em]]. Can you confirm the card ending [[~masked_value]]?\n\nThanks, [[@agent]]",
           "Dear customer,\n\nYour payment of [[~amount]] for invoice [[~invoice_number]] hasn't reached us. Account [[customer_number=cn]]. More info: [[~url]]\n\n[[@brand]] Ltd, company no. [[~company_registration]]",
           "Hello,\n\nWe've sent you a reset link. Nothing arrived? Call [[~company_phone]] between [[~time]] and [[~time]].\n\n[[@agent]]"],
}
FORWARD = {
    "nl": ["---------- Doorgestuurd bericht ---------\nVan: [[@name]]\nDatum: [[~date]] [[~time]]\nOnderwerp: [[@brand]]", "Begin doorgestuurd bericht:\n\nVan: [[@brand]]\nDatum: [[~date]]"],
    "fr": ["---------- Message transféré ---------\nDe : [[@name]]\nDate : [[~date]]\nObjet : [[@brand]]", "Début du message réexpédié :\n\nDe: [[@brand]]\nDate: [[~date]] à [[~time]]"],
    "en": ["---------- Forwarded message ---------\nFrom: [[@name]]\nDate: [[~date]] at [[~time]]\nSubject: [[@brand]]", "Begin forwarded message:\n\nFrom: [[@brand]]\nDate: [[~date]]"],
}
DISCLAIMER = {
    "nl": ["Dit bericht is uitsluitend bestemd voor de geadresseerde. Indien u dit bericht onterecht ontvangt, wordt u verzocht de inhoud niet te gebruiken en de afzender direct te informeren.",
           "Denk aan het milieu voordat u deze e-mail print."],
    "fr": ["Ce message et ses pièces jointes sont confidentiels et destinés exclusivement au destinataire. Si vous l'avez reçu par erreur, merci de le supprimer.",
           "Pensez à l'environnement avant d'imprimer ce mail."],
    "en": ["This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it.",
           "Please consider the environment before printing this email."],
}
PUBLIC = {
    "nl": ["[[~mention]] al [[~quantity]] geen warm water en niemand neemt op bij [[~company_phone]] [[~hashtag]]",
           "[[~mention]] mijn account is gehackt en jullie chat is dicht. Bel me aub: [[phone]]",
           "Wat een service van [[~mention]]... zaak [[~ticket_number]] al [[~quantity]] open [[~hashtag]] [[~hashtag]]",
           "[[~mention]] cadeaukaart werkt niet, code [[gift_code]], wie helpt? [[~hashtag]]",
           "[[~mention]] klantnummer [[customer_number]], wanneer komt mijn terugbetaling van [[~amount]]?",
           "Hoe kan het dat [[~mention]] mijn cijfer voor [[~course]] nog niet heeft ingevoerd? Deadline is [[~date]] [[~hashtag]]",
           "[[~mention]] mail me even op [[email]] want ik krijg geen DM's",
           "Storing bij [[~mention]]? Zie [[~url]], melding [[~error_code]] [[~hashtag]]"],
    "fr": ["[[~mention]] pas de chauffage depuis [[~quantity]] et personne ne répond au [[~company_phone]] [[~hashtag]]",
           "[[~mention]] mon compte a été piraté, appelez-moi svp au [[phone]]",
           "Merci [[~mention]] pour rien, dossier [[~ticket_number]] ouvert depuis [[~quantity]] [[~hashtag]]",
           "[[~mention]] n° client [[customer_number]], quand est-ce que je récupère mes [[~amount]] ?",
           "[[~mention]] écrivez-moi à [[email]] je ne reçois pas les MP",
           "Panne [[~mention]]? [[~url]] affiche [[~error_code]] [[~hashtag]]"],
    "en": ["[[~mention]] no hot water for [[~quantity]] and nobody answers [[~company_phone]] [[~hashtag]]",
           "[[~mention]] my account got hacked and your chat is closed. Call me: [[phone]]",
           "Great service [[~mention]]... case [[~ticket_number]] open for [[~quantity]] now [[~hashtag]] [[~hashtag]]",
           "[[~mention]] gift card not working, code [[gift_code]], anyone? [[~hashtag]]",
           "[[~mention]] account [[customer_number]], where is my [[~amount]] refund?",
           "How has [[~mention]] still not uploaded my mark for [[~course]]?? Deadline is [[~date]] [[~hashtag]]",
           "[[~mention]] just email me on [[email]], DMs aren't working",
           "[[~mention]] down again? [[~url]] shows [[~error_code]] [[~hashtag]]",
           "lol same, [[~mention]] charged me [[~amount]] twice this month [[~hashtag]]"],
}
AGENT = {
    "nl": ["Hoi [[@first]], vervelend dat je account is overgenomen! Ik heb alle sessies uitgelogd. Je tijdelijke wachtwoord is [[password]], wijzig dit direct na inloggen via [[~url]]. ^[[@agent]]",
           "Dank je! Ik zie je meterstand van [[~meter_reading]] voor meternummer [[meter_no]] binnengekomen. De nieuwe voorschot wordt [[~amount]] per maand. Groet, [[@agent]]",
           "Goedemiddag [[@first]], wil je ons een DM sturen met je klantnummer en postcode? Deel deze gegevens niet openbaar. ^[[@agent]]",
           "Hallo [[@first]], de betalingsregeling staat klaar: [[~quantity]] van [[~amount]], eerste termijn op [[~date]]. Incasso van [[iban]]. Kenmerk [[~ticket_number]].",
           "Hi! Ik heb je back-upcodes opnieuw gegenereerd. Bewaar ze goed, bijvoorbeeld de eerste: [[backup_code]]. Deel ze met niemand. [[@agent]]",
           "Bedankt voor het wachten. Uw studentnummer [[student_no]] is gekoppeld aan [[student_email]]. Het tentamen [[~course]] is herbeoordeeld. Mvg, [[@agent]], [[@team]]",
           "Hoi, we kunnen je niet bereiken op [[phone]]. Bel ons terug op [[~company_phone]] o.v.v. [[~ticket_number]]. ^[[@agent]]",
           "Wij sturen nooit om je wachtwoord of pincode te vragen! Meer info op [[~url]]. [[~hashtag]] ^[[@agent]]",
           "Hoi [[@first]], je inlognaam is [[username]] en ik heb een resetlink gestuurd naar [[~masked_value]]. Lukt het niet, laat het weten! ^[[@agent]]",
           "Beste [[@first]], uw account [[username]] is ontgrendeld. De betaalkaart eindigend op [[~masked_value]] blijft gekoppeld. Vriendelijke groet, [[@agent]]"],
    "fr": ["Bonjour [[@first]], désolés pour le piratage! J'ai déconnecté toutes les sessions. Votre mot de passe temporaire est [[password]], à changer via [[~url]]. [[@agent]]",
           "Merci! Index de [[~meter_reading]] bien reçu pour le compteur [[meter_no]]. Nouvel acompte: [[~amount]]/mois. [[@agent]]",
           "Bonjour [[@first]], pouvez-vous nous envoyer un MP avec votre numéro client? Ne partagez pas vos données en public. [[@agent]]",
           "Le plan de paiement est prêt: [[~quantity]] de [[~amount]], première échéance le [[~date]], domiciliation sur [[iban]]. Réf. [[~ticket_number]].",
           "Nous n'arrivons pas à vous joindre au [[phone]]. Rappelez-nous au [[~company_phone]] en mentionnant [[~ticket_number]]. [[@agent]]",
           "Votre matricule [[student_no]] est lié à [[student_email]]. L'examen [[~course]] a été revu. Cordialement, [[@agent]]",
           "Bonjour [[@first]], votre identifiant est [[username]] et un lien a été envoyé à [[~masked_value]]. [[@agent]]",
           "Votre compte [[username]] est débloqué. La carte se terminant par [[~masked_value]] reste liée. Bien à vous, [[@agent]]"],
    "en": ["Hi [[@first]], sorry to hear your account was taken over! I've signed out all sessions. Your temporary password is [[password]], please change it straight away at [[~url]]. ^[[@agent]]",
           "Thanks! Your reading of [[~meter_reading]] for meter [[meter_no]] is in. Your new monthly payment will be [[~amount]]. [[@agent]]",
           "Hi [[@first]], could you DM us your account number and postcode? Please don't share them publicly. ^[[@agent]]",
           "Hello [[@first]], your payment plan is set: [[~quantity]] of [[~amount]], first one on [[~date]], direct debit from [[iban]]. Ref [[~ticket_number]].",
           "Hi! I've regenerated your backup codes. Keep them safe, e.g. the first one: [[backup_code]]. [[@agent]]",
           "Thanks for waiting. Student number [[student_no]] is linked to [[student_email]]. Your [[~course]] script has been re-marked. Best, [[@agent]], [[@team]]",
           "We couldn't reach you on [[phone]]. Please call us on [[~company_phone]] quoting [[~ticket_number]]. ^[[@agent]]",
           "We will never ask for your password or PIN! More info at [[~url]] [[~hashtag]] ^[[@agent]]",
           "Hi [[@first]], I've updated the card on file to the one ending [[~masked_value]]. Your next bill of [[~amount]] goes out on [[~date]]. [[@agent]]",
           "Hey [[@first]], your username is [[username]] and a reset link is on its way to [[~masked_value]]. ^[[@agent]]",
           "Your account [[username]] is unlocked now. The card ending [[~masked_value]] stays on file. Cheers, [[@agent]]"],
}

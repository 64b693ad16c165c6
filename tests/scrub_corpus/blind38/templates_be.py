# Flemish (nl-be) and Belgian French (fr-be) templates.
VL = {
"chat": {
"bsn": [
"goeiendag, mijn rijksregisternummer is «bsn», ge vraagt dat in de brief met referentie «~request_id»",
"rijksregisternr «bsn» ⏎geboren «date_of_birth»",
"amai, al 3x gebeld naar «~company_phone». mijn rijksregisternummer: «bsn». dossier «~ticket_number»",
"«bsn» (dat is het nummer op de achterkant van mijn eID)",
"voor mijn zoontje «@kid»: rijksregisternummer «bsn», geboren op «date_of_birth:kid»",
"sorry verkeerd getypt, het is «bsn»",
],
"login": [
"ik geraak niet binnen met «@idapp», ik krijg code «otp» maar dan foutmelding «~error_code»",
"de pincode van mijn eID is «pin» en de kaartlezer zegt telkens fout",
"verificatiecode «otp»",
"gebruikersnaam «username» paswoord «password» , waarom lukt dat niet op «~url»",
"mijn paswoord was «password» en nu na de reset «password», allebei fout",
"den bevestigingscode is «otp:spoken»",
],
"pin": [
"pincode van mijn bankkaart is geblokkeerd, vroeger was het «pin». kaart eindigt op «~masked_value»",
"de alarmcode van de serviceflat van mijn moeder is «pin», kan de thuisverpleging dat hebben?",
"pin «pin» werkt ni meer sinds de update «~version_string»",
],
"puk": [
"mijn gsm vraagt de PUK, op de kaart staat «puk»",
"puk code «puk:spaced» , dan nieuwe pin «pin»?",
],
"wifi": [
"het wifi-wachtwoord van het bewonerslokaal is «wifi_key» maar het werkt ni",
"netwerk «@ssid» sleutel «wifi_key» modem «~model_number»",
],
"money": [
"kunt ge dat terugstorten op «iban»? factuur «~invoice_number»",
"rekeningnummer «iban» ⏎op naam van «@name»",
"ik heb «~amount» betaald met mijn kredietkaart «card» vervaldatum «card_expiry» en code «cvv», toch nog een aanmaning van «@coll»",
"afbetalingsplan graag, ik kan maar «~amount» per maand. rekening «iban:lower»",
],
"cust": [
"klantnummer «customer_number», meterstand «~meter_reading» op «~date»",
"lidnummer bij «@ins»: «customer_number:polis». terugbetaling van «~amount» nog ni gehad",
"mijn studentennummer is «customer_number:student» en ik kan ni inloggen, fout «~error_code»",
"huurdersnummer «customer_number:huur», verwarming kapot sinds «~date», ticket «~ticket_number»",
"ik ben verhuisd naar «address», klantnummer «customer_number», gsm «phone»",
],
"biz": [
"ondernemingsnummer «~company_registration», btw «~company_registration», rekening «iban»",
"factuur «~invoice_number» van «~amount» betaald vanaf «iban», ondernemingsnr «~company_registration»",
],
"short": ["«customer_number»", "«otp»", "«phone»", "«bsn»"],
"neg": [
"dossiernummer «~ticket_number», ik wacht al «~quantity:dur» op antwoord",
"«~request_id»",
"ik heb op «~date» om «~time» gebeld naar «~company_phone» en niemand nam op",
"de eindafrekening is «~amount», meterstand «~meter_reading». dat klopt toch ni?",
"pakje met de nieuwe kaart: «~tracking_number», nog ni geleverd",
"Waarom «~percentage» indexering op de huur? nu «~amount» per maand",
],
},
"public": {
"any": [
"«~mention» al «~quantity:dur» geen antwoord op mijn dossier «~ticket_number» «~hashtag»",
"«~mention» waarom is mijn voorschot «~amount» geworden? «~hashtag»",
"«~mention» site ligt plat, «~error_code» op «~url»",
"«~mention» bel mij maar op «phone», uw nummer «~company_phone» is altijd bezet",
"indexering van «~percentage» op de sociale huur, schandalig «~hashtag»",
],
},
"agent": {
"any": [
"Dag «@fn», bedankt voor uw bericht. Kunt u ons uw klantnummer sturen via privébericht? Deel nooit uw pincode. ^«@ini»",
"Hallo «@fn», we zien dossier «~ticket_number». De terugbetaling van «~amount» volgt op «~date». Groeten, «@agent»",
"Dag «@fn», uw rekeningnummer «~masked_value» is aangepast. Referentie «~request_id». ^«@ini»",
"Hallo, ik heb uw rijksregisternummer «bsn» genoteerd en uw bericht verborgen. Uw aanvraag loopt onder «~ticket_number».",
"Beste klant, u ontvangt een code op «~masked_value». Vul die code in op «~url», wij vragen nooit naar [PINCODE].",
],
},
"email": {
"body": [
"Op «~date» ontving ik een aanmaning van «@coll» met referentie «~ticket_number» voor «~amount». Ik heb die factuur nochtans betaald vanaf «iban». Mijn rijksregisternummer is «bsn». Gelieve dit na te kijken.",
"Ik schrijf namens mijn vader, «@other», die sinds kort in het woonzorgcentrum verblijft. Zijn nieuw adres is «address». Zijn lidnummer bij het ziekenfonds is «customer_number:polis», zijn rijksregisternummer «bsn». U kan mij bereiken op «phone».",
"Sinds «~date» kan ik niet meer inloggen met «@idapp». Na het ingeven van de code «otp» krijg ik de melding «~error_code». Mijn gebruikersnaam is «username». Ik belde al naar «~company_phone».",
"Als zelfstandige (ondernemingsnummer «~company_registration») stuurde ik op «~date» factuur «~invoice_number» van «~amount». Gelieve te betalen op «iban». Mijn e-mailadres: «email».",
"De eindafrekening (klantnummer «customer_number») vermeldt een meterstand van «~meter_reading», terwijl ik op «~date» «~meter_reading» heb doorgegeven. Het verschil van «~amount» klopt dus niet.",
"Mijn dochter «@kid» (geboren «date_of_birth:kid») start in «~year» aan de hogeschool. Haar studentennummer is «customer_number:student». Het Groeipakket moet voortaan naar «iban».",
],
},
}

FR = {
"chat": {
"bsn": [
"bonjour, mon numéro de registre national est «bsn», vous le demandez dans le courrier réf. «~request_id»",
"NN «bsn» ⏎né le «date_of_birth»",
"j'ai appelé 3 fois le «~company_phone». mon numéro national : «bsn». dossier «~ticket_number»",
"«bsn» c'est le numéro au dos de ma carte d'identité",
"pour ma fille «@kid» : numéro de registre national «bsn», née le «date_of_birth:kid»",
"dsl faute de frappe, c'est «bsn»",
"numero national «bsn» merci",
],
"login": [
"je n'arrive pas à me connecter avec «@idapp», le code «otp» ne passe pas, erreur «~error_code»",
"code de vérification : «otp»",
"identifiant «username» mot de passe «password» ça ne marche pas sur «~url»",
"mon mdp était «password» et après réinitialisation «password», aucun ne marche 😤",
"le code pin de ma carte eID c'est «pin» mais le lecteur dit erreur",
"le code reçu par sms «otp» ah non pardon «otp:swap»",
"Code d'activation «otp» reçu le «~date», il est déjà expiré ?",
],
"pin": [
"ma carte bancaire est bloquée, le code pin était «pin». carte qui finit par «~masked_value»",
"le code de la boîte à clés chez ma mère c'est «pin», l'infirmière peut l'avoir ?",
"code secret «pin:spoken»",
"code pin de la messagerie vocale «pin» ne fonctionne plus depuis la version «~version_string»",
],
"puk": [
"mon gsm demande le code PUK, sur la carte il y a «puk»",
"PUK «puk» et le nouveau pin sera «pin» ?",
],
"wifi": [
"le mot de passe wifi de la salle commune est «wifi_key» mais ça ne marche pas",
"réseau «@ssid» clé wifi «wifi_key» modem «~model_number»",
"le mdp admin du modem c'est «password» et la clé wpa «wifi_key»",
],
"money": [
"pouvez-vous rembourser sur «iban» ? facture «~invoice_number»",
"IBAN «iban» au nom de «@name»",
"j'ai payé «~amount» avec ma carte «card» exp «card_expiry» cvc «cvv» et je reçois quand même un rappel de «@coll»",
"plan de paiement svp, je peux payer «~amount» par mois. compte «iban:lower»",
],
"cust": [
"numéro client «customer_number», index compteur «~meter_reading» le «~date»",
"numéro d'affilié à «@ins» : «customer_number:polis». remboursement de «~amount» pas reçu",
"matricule étudiant «customer_number:student», je ne peux pas me connecter, erreur «~error_code»",
"numéro de locataire «customer_number:huur», chauffage en panne depuis le «~date»",
"j'ai déménagé au «address», n° client «customer_number», gsm «phone»",
],
"biz": [
"numéro d'entreprise «~company_registration», TVA «~company_registration», compte «iban»",
"facture «~invoice_number» de «~amount» payée depuis «iban», BCE «~company_registration»",
"la clé API du portail de facturation «api_key» renvoie «~error_code» depuis le «~date»",
],
"short": ["«customer_number»", "«otp»", "«phone»", "«bsn»", "«email»"],
"neg": [
"dossier «~ticket_number», j'attends depuis «~quantity:dur»",
"«~ticket_number»",
"j'ai appelé le «~date» à «~time» au «~company_phone», personne",
"le décompte final est de «~amount», index «~meter_reading». c'est pas normal",
"colis avec la nouvelle carte : «~tracking_number»",
"Indexation de «~percentage» sur le loyer, maintenant «~amount»",
"courrier réf. «~request_id» du «~date», je ne comprends rien",
],
},
"public": {
"any": [
"«~mention» toujours pas de réponse pour le dossier «~ticket_number» après «~quantity:dur» «~hashtag»",
"«~mention» pourquoi mon acompte passe à «~amount» ? «~hashtag»",
"«~mention» le site plante, «~error_code» sur «~url»",
"«~mention» rappelez-moi au «phone», votre «~company_phone» ne répond jamais",
"«~percentage» d'indexation sur le logement social, honteux «~hashtag»",
"«~mention» mon NN c'est «bsn», retrouvez mon dossier svp",
],
},
"agent": {
"any": [
"Bonjour «@fn», merci pour votre message. Pouvez-vous nous envoyer votre numéro client en message privé ? Ne partagez jamais votre code PIN. ^«@ini»",
"Bonjour «@fn», nous voyons le dossier «~ticket_number». Le remboursement de «~amount» suivra le «~date». Cordialement, «@agent»",
"Bonjour, votre compte «~masked_value» a été modifié. Référence «~request_id». ^«@ini»",
"Bonjour «@fn», j'ai bien noté votre IBAN «iban» et masqué votre message. Référence : «~request_id».",
"Madame, Monsieur, vous recevrez un code au «~masked_value». Introduisez-le sur «~url». Nous ne demandons jamais votre <code PIN>.",
],
},
"email": {
"body": [
"Le «~date», j'ai reçu un rappel de «@coll» (réf. «~ticket_number») pour un montant de «~amount». J'avais pourtant payé cette facture depuis «iban». Mon numéro de registre national est «bsn». Merci de vérifier.",
"Je vous écris au nom de ma mère, Madame «@other», qui réside désormais en maison de repos. Sa nouvelle adresse est «address». Son numéro d'affiliation est «customer_number:polis» et son numéro national «bsn». Vous pouvez me joindre au «phone».",
"Depuis le «~date», je ne parviens plus à me connecter avec «@idapp». Après avoir introduit le code «otp», j'obtiens l'erreur «~error_code». Mon identifiant est «username». J'ai déjà appelé le «~company_phone».",
"En tant qu'indépendant (n° d'entreprise «~company_registration»), j'ai envoyé le «~date» la facture «~invoice_number» de «~amount». Merci de payer sur «iban». Mon adresse e-mail : «email».",
"Le décompte annuel (n° client «customer_number») indique un index de «~meter_reading», alors que j'ai communiqué «~meter_reading» le «~date». La différence de «~amount» est injustifiée.",
"Mon fils «@kid» (né le «date_of_birth:kid») commence l'université en «~year». Son matricule est «customer_number:student». Les allocations familiales doivent désormais être versées sur «iban».",
"J'ai reçu un avertissement-extrait de rôle «~request_id» de «~amount». Je demande un plan de paiement. Mon numéro national est «bsn» et mon adresse «address».",
],
},
}

VL["chat"]["tech"] = [
"mijn ip-adres is «ip_address» en ik word geblokkeerd op poort «~port», fout «~error_code»",
"de token «token» voor het e-loket geeft «~error_code», referentie «~request_id»",
"checksum «~checksum» klopt ni, mijn ip «ip_address»",
"api-sleutel «api_key» werkt ni meer sinds «~date»",
]
VL["chat"]["card"] = [
"kaartnummer «card» ⏎geldig tot «card_expiry» ⏎code «cvv»",
"de cvc-code is «cvv», vergeten",
"betaald met «card» vervaldatum «card_expiry», bestelling «~order_number»",
"veiligheidscode «cvv» ⏎achterkant kaart",
]
VL["chat"]["neg2"] = [
"«~quantity» vuilniszakken besteld, bestelnummer «~order_number»",
"mijn vlucht «~flight_number» is vertraagd, kan de afspraak naar «~date»?",
"fiscale fiche «~year» nog niet ontvangen",
"pakje «~tracking_number», bestelling «~order_number»",
]
VL["email"]["body"] += [
"Op «~date» om «~time» werd op mijn account ingelogd vanaf IP «ip_address». Dat was ik niet. Mijn gebruikersnaam is «username». Melding «~ticket_number».",
"De retributie van «~amount» (bestelling «~order_number») werd twee keer aangerekend op mijn kredietkaart «card», geldig tot «card_expiry». Gelieve terug te storten op «iban».",
]
FR["chat"]["tech"] = [
"mon adresse IP est «ip_address» et je suis bloqué sur le port «~port», erreur «~error_code»",
"le jeton «token» du guichet électronique renvoie «~error_code», réf «~request_id»",
"checksum «~checksum» ne correspond pas, mon ip «ip_address»",
"token d'accès «token» expiré le «~date» ?",
]
FR["chat"]["card"] = [
"numéro de carte «card» ⏎date d'expiration «card_expiry» ⏎cryptogramme «cvv»",
"le code cvc c'est «cvv», oublié",
"payé avec «card» exp. «card_expiry», commande «~order_number»",
"cvv «cvv» (au dos de la carte)",
]
FR["chat"]["neg2"] = [
"«~quantity» sacs poubelles commandés, commande «~order_number»",
"mon vol «~flight_number» est retardé, on peut déplacer le rendez-vous au «~date» ?",
"fiche fiscale «~year» toujours pas reçue",
"colis «~tracking_number», commande «~order_number»",
]
FR["email"]["body"] += [
"Le «~date» à «~time», quelqu'un s'est connecté à mon compte depuis l'adresse IP «ip_address». Ce n'était pas moi. Mon identifiant est «username». Signalement «~ticket_number».",
"La redevance de «~amount» (commande «~order_number») a été débitée deux fois de ma carte «card», valable jusqu'au «card_expiry». Merci de rembourser sur «iban».",
]
VL["chat"]["contact"] = [
"mail mij op «email:obf»",
"mijn gsm-nummer: «phone:broken»",
]
FR["chat"]["contact"] = [
"écrivez-moi à «email:obf» svp",
"mon numéro c'est le «phone:spoken», après «~time»",
"nouveau gsm «phone:broken»",
"nouvelle adresse mail «email», l'ancienne était «email»",
]

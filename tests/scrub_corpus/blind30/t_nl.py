T = r"""
@ ato_otp c
Help!! Iemand belde namens <<~bank>> en ik heb de code uit de sms voorgelezen: <<otp>>. Nu staat er <<!amount>> van mijn rekening af <<~emoji>>
--
ik kreeg net deze sms en heb hem doorgestuurd naar een "medewerker" van jullie, was dat fout??

"Uw <<~bank>> verificatiecode is <<otp>>. Deel deze code met niemand. <<~bank>> belt u nooit om deze code."
--
Ze hebben mijn account overgenomen. Heb vanmorgen om <<!time>> een code gekregen (<<otp>>) die ik niet zelf heb aangevraagd en daarna kon ik niet meer inloggen. Mijn klantnummer is <<customer_number>>
--
goedemiddag, er is ingelogd vanaf een apparaat dat ik niet ken. Mijn eigen thuis-IP is <<ip_address>>, kunnen jullie zien vanaf welk adres die andere login kwam? App versie <<!version_string>>
@ ato_login c
Mijn <<~app>> is gehackt. Gebruikersnaam was <<username>> en het wachtwoord <<password>>, dat heb ik inmiddels nergens anders meer gebruikt. Wat nu?
--
ik kan niet meer inloggen, ze hebben mijn mail veranderd. oude login: <<email>> / ww <<password>>
nieuwe mail die er nu op staat ken ik niet
--
Iemand heeft mijn wachtwoord veranderd en ik zie bestellingen van <<!amount>> en <<!amount>> die ik niet heb gedaan (bestelnr <<!order_number>>). Mijn inlog: <<username>>
--
ACCOUNT GEHACKT. IK HEB AL EEN NIEUW WACHTWOORD GEZET: <<password>> MAAR ZE KOMEN STEEDS WEER BINNEN
@ phone_lost c
Mijn telefoon is gisteren gestolen in de trein. Kunnen jullie de simkaart blokkeren? Nummer <<phone>>, klantnr <<customer_number>>
--
telefoon kwijt 😭 sim moet geblokt. pincode van de sim was <<pin>> dus die kunnen ze wss raden. nummer is <<phone>>
--
Goedenavond, mijn toestel (<<!model_number>>) is uit mijn tas gerold in de bus. Er zat een betaal-app op. Pincode telefoon: <<pin>>. Moet ik ook de bank bellen?
--
Dag, gestolen telefoon. Ik heb aangifte gedaan (pv <<!ticket_number>>). Mijn nummer <<phone>> moet op slot. Nieuwe sim ophalen in <<~city>>?
@ sim_puk c
Mijn sim is geblokkeerd na 3x verkeerde pin, hij vraagt nu om de PUK. Op het pasje staat PUK <<puk>>, maar dat werkt ook niet
--
puk code nodig! scherm zegt "SIM vergrendeld" foutcode <<!error_code>>. mijn nummer <<phone>>
--
heb de puk al gevonden in mijn map: <<puk>>
moet ik daarna een nieuwe pin kiezen? ik wil <<pin>> gebruiken
--
Ik heb <<puk|spaced>> ingevoerd als PUK, nu zegt hij nog 9 pogingen. Klopt die wel?
@ card_stolen c
Mijn pinpas is gestolen!! Kaartnummer <<card>>, geldig tot <<card_expiry>>. Graag direct blokkeren, er is al <<!amount>> gepind
--
portemonnee kwijt met mijn bankpas erin, pincode was <<pin>> (stom, stond op een briefje erbij). rekening <<iban>>
--
Blokkeer aub mijn creditcard <<card>> cvc <<cvv>>, ik zie een betaling van <<!amount>> bij een webshop in het buitenland
--
Er zijn vannacht om <<!time>> 3 betalingen gedaan met mijn pas eindigend op <<!masked_value>>. Ik heb de pas nog gewoon hier. IBAN <<iban>>
@ elderly c
Goedemiddag, ik schrijf namens <<~rel>> (87). Ze is haar pincode vergeten, ze dacht <<pin>> maar dat klopt niet. Haar rekening: <<iban>>
--
<<~rel>> heeft een nieuwe pas gekregen maar kan er niet mee overweg. pincode van haar is <<pin>> en geboren <<date_of_birth>>. Kunnen jullie haar terugbellen op <<phone>>?
--
Hallo ik help <<~rel>> met de app. Hij heeft zijn inlogcode <<pin|six>> en gebruikersnaam <<username>> op een briefje. De app zegt <<!error_code>>, wat moet hij doen
--
Mijn moeder van 91 is opgelicht via WhatsApp ("hoi mam nieuw nummer"). Ze heeft <<!amount>> overgemaakt naar <<iban>>. Haar eigen rekening is <<iban>>. BSN <<bsn>> als jullie dat nodig hebben
@ forward_sms c
Fwd van mijn telefoon:
"<<~telco>>: Uw eenmalige code is <<otp>>. Geldig tot <<!time>>."
Ik heb dit niet aangevraagd!
--
kreeg dit:

Van: <<~bank>>
<<otp>> is je code om een nieuw apparaat te koppelen. Niet jij? Bel <<!company_phone>>.

wat betekent dit
--
Is dit nep? "Beste klant, uw pas verloopt. Verifieer via <<!url>> voor <<!date>>." Ik heb daar mijn pasnummer <<card>> ingevuld
--
sms van vanmiddag: "Uw <<~app>> sms-code is <<otp>>" ... ik heb helemaal niet ingelogd
@ notes_list c
dit is het lijstje uit mijn notities app, welke moet ik allemaal veranderen?

bank - <<pin>>
<<~app>>: <<email>> / <<password>>
wifi <<~ssid>>: <<wifi_key>>
sim pin <<pin>>
--
Uit mijn notities (telefoon is gestolen dus ze kunnen dit allemaal zien):
- <<~shop>> ww: <<password>>
- <<~app>> <<username>> <<password>>
- pinpas <<pin>>
- rekening <<iban>>
Wat moet ik eerst doen?
--
lijstje van <<~rel>>:
PIN <<pin>>
pukcode <<puk>>
klantnummer <<customer_number>>
router <<password>>
@ ocr_paste c
screenshot tekst (gekopieerd met google lens, sorry voor de rare spaties):
Uw verificatie code : <<otp|ocr>>
Ge bruik deze code n iet als u niet zelf heeft ing elogd . <<!date>> <<!time>>
--
Tekst van de brief (overgetypt):
"Geachte heer/mevrouw, hierbij ontvangt u uw nieuwe pincode. Uw pincode: <<pin>>. Rekeningnummer: <<iban>>. Kenmerk <<!invoice_number>>."
Mag die brief nu weg?
--
Ik kopieer wat er op mijn scherm staat:
Fout <<!error_code>> - A ccount ge blokkeerd
Gebr. naam:<<username>>
Laatste pog ing: <<!date>> <<!time>>
@ pwmanager c
Export regel uit mijn wachtwoordmanager, deze inlog werkt niet meer bij jullie:
"<<~shop>>","<<!url>>","<<email>>","<<password>>"
--
uit bitwarden gekopieerd: naam: <<~app>> | gebruiker: <<username>> | wachtwoord: <<password>> | laatst gewijzigd <<!date>>
@ wifi c
Wifi doet het niet meer na de storing. Netwerk <<~ssid>>, sleutel <<wifi_key>>. Modem <<!model_number>>, lampje knippert oranje
--
hoe verander ik mijn wifi wachtwoord? het is nu <<wifi_key>> en de buren weten het
--
Router admin wachtwoord is <<password>> maar ik kom niet in 192.168.1.1, foutmelding <<!error_code>>. Netwerksleutel staat op de sticker: <<wifi_key>>
--
De monteur heeft de wifi ingesteld maar de netwerksleutel op de sticker (<<wifi_key>>) werkt niet. Versie firmware <<!version_string>>
@ cue_less c
<<pin>>
--
<<otp>>
--
het is <<customer_number>>
--
sorry, is <<pin|four>> niet <<pin|typo>>
--
geb.datum <<date_of_birth>> en postcode + huisnummer: <<address|street>>
@ spoken c
de code die ik kreeg is <<otp|spoken>>
--
mijn pin is <<pin|spoken>> (ik typ het uit want mijn cijfertoetsen doen raar)
@ dev_keys c
Onze webshop-koppeling met jullie betaal-API geeft <<!error_code>> sinds <<!date>>. Key die we gebruiken: <<api_key>> (request id <<!request_id>>)
--
Hoi, ik heb per ongeluk mijn token in een openbare repo gezet: <<token>>. Kunnen jullie die intrekken? Account <<email>>
--
webhook faalt op poort <<!port>>, header Authorization: Bearer <<token>>. versie <<!version_string>>
@ no_spans c
Mijn pas is gestolen maar ik heb hem al geblokkeerd via de app. Wat gebeurt er nu met de betaling van <<!amount>> op <<!date>>?
--
ik krijg steeds sms'jes met codes die ik niet aanvraag, moet ik me zorgen maken? <<~emoji>>
--
Jullie app versie <<!version_string>> crasht bij het inloggen met foutcode <<!error_code>>. Telefoon <<!model_number>>
--
Pakket <<!tracking_number>> zou vandaag komen maar status zegt nog steeds 'onderweg'. Bestelling <<!order_number>>
--
Meterstand doorgegeven: <<!meter_reading>>, klopt dat het voorschot nu <<!amount>> is? Dat is <<!percentage>> meer
@ meter_customer c
Meterstand <<!meter_reading>> per <<!date>>. Klantnummer <<customer_number>>. Waarom gaat mijn termijn omhoog?
--
klantnr <<customer_number>> factuur <<!invoice_number>> bedrag <<!amount>> klopt niet, ik heb een betalingsregeling
@ public_vent p
<<!mention>> al 3 dagen geen toegang tot mijn rekening en niemand helpt me. Ticket <<!ticket_number>> <<!hashtag>>
--
<<!mention>> mijn telefoon is gestolen en ik kom niet door jullie wachtrij. Blokkeer nummer <<phone>> aub!!
--
<<!mention>> waarom krijg ik een sms met een code <<otp>> terwijl ik niks doe?? <<!hashtag>>
--
Pas op mensen, nep sms van "<<~bank>>" met link <<!url>> <<!hashtag>>
--
<<!mention>> mijn oma is opgelicht voor <<!amount>>, kan iemand DMen??
--
<<!mention>> klantnummer <<customer_number>>, wachtrij 45 min. Serieus?
@ agent_ask a
Hoi <<~name>>, vervelend dat je telefoon gestolen is. Ik heb je nummer eindigend op <<!masked_value>> geblokkeerd. Deel nooit je pincode of codes met ons. Groet, <<~agent>>
--
Dag <<~name>>, ik zie uw pas <<!masked_value>>. Die is nu geblokkeerd (ref <<!ticket_number>>). Een nieuwe pas is binnen 3 werkdagen bij u. Groet, <<~agent>>
--
Hallo, dank voor je bericht. Ik heb voor klantnummer <<customer_number>> een nieuwe sim aangevraagd. De PUK staat op de nieuwe kaart. ^<<~agent>>
--
Beste <<~name>>, u gaf uw code <<otp>> aan ons door maar dat is niet nodig en niet veilig. Wij vragen nooit om codes. Bel bij twijfel <<!company_phone>>.
--
Hoi! Ik heb het wachtwoord gereset. Je tijdelijke wachtwoord is <<password|temp>>, wijzig het bij de eerste keer inloggen. Groetjes <<~agent>>
--
Dag <<~name>>, uw rekening <<!masked_value>> is tijdelijk geblokkeerd na de melding van <<!date>>. Wij nemen contact op via <<phone>>. Gr, <<~agent>>
--
Hi, {voornaam}, je pincode kun je opnieuw aanvragen via de app. Deel nooit <PIN> of <code>. Ticket <<!ticket_number>>
--
Beste klant, we hebben uw melding over de verdachte betaling van <<!amount>> ontvangen onder nummer <<!ticket_number>>. We zoeken het uit.
@ email_body e
Via dit formulier wil ik melden dat ik ben opgelicht. Ik ben gebeld door iemand die zei van de fraudeafdeling van <<~bank>> te zijn. Hij wist mijn naam en adres (<<address>>). Ik heb op zijn verzoek de code <<otp>> doorgegeven en mijn pas in een envelop gedaan. Kaartnummer <<card>>. Daarna is er <<!amount>> afgeschreven op <<!date>>.
--
Hierbij stuur ik u de gevraagde gegevens voor het afsluiten van de rekening van mijn overleden vader.
Naam: <<~name2>>
Geboortedatum: <<date_of_birth>>
BSN:
<<bsn>>
Rekeningnummer:
<<iban>>
Klantnummer: <<customer_number>>
--
Ik heb een brief van u ontvangen (kenmerk <<!invoice_number>>, datum <<!date>>) over een nieuwe pas. Ik heb geen pas aangevraagd! Mijn gegevens: <<address>>, tel <<phone>>, rekening <<iban>>.
--
Mijn moeder (<<date_of_birth>>) kan niet meer bij haar internetbankieren. Gebruikersnaam <<username>>. Ze heeft haar wachtwoord opgeschreven als <<password>> maar dat wordt geweigerd met melding <<!error_code>>.
@ shop_notif c
Ik kreeg deze mail maar heb niks besteld:
"Bedankt voor je bestelling <<!order_number>>! <<!quantity>> <<!product_code>> - totaal <<!amount>>. <<~shop>> B.V., KvK <<!company_registration>>"
En mijn login <<email>> met ww <<password>> doet het ineens niet meer
--
doorgestuurd uit mijn mailbox:
Factuur <<!invoice_number>> | artikel <<!product_code>> | aantal <<!quantity>> | btw-nummer <<!company_registration>>
Inloggen met je klantnummer <<customer_number>> en wachtwoord <<password>>
@ since_year c
Ik ben al klant sinds <<!year>> en nu wordt mijn account zomaar geblokkeerd. Klantnummer <<customer_number>>, geboren <<date_of_birth>>
--
Sinds de update van <<!year>> werkt mijn oude pincode <<pin>> niet meer in de app, alleen nog vingerafdruk
@ dev_more c
De installer die we van jullie portal hebben gehaald heeft checksum <<!checksum>>, klopt dat? Onze api key <<api_key>> werkt er niet mee
--
Server draait op poort <<!port>>, client IP <<ip_address>>. Access token <<token>> verloopt steeds na 5 min
@ dispute c
Terugboeking aanvragen: kaart <<card>> (vervalt <<card_expiry>>, cvc <<cvv>>), bedrag <<!amount>>. Mijn IP thuis was <<ip_address>>, de fraudeur zat ergens anders. Rekening <<iban>>, inlognaam <<username>>
--
voor het formulier
gebruikersnaam: <<username>>
iban: <<iban>>
cvc: <<cvv>>
ip adres thuis:
<<ip_address>>
(vlucht <<!flight_number>> gemist door dit gedoe)
"""

PARTS = r"""
@ greet x
Geachte heer/mevrouw,
--
Beste klantenservice,
--
Hallo,
--
Goedemorgen,
@ fill x
Ik ben al meerdere keren gebeld door jullie klantenservice maar het probleem is nog steeds niet opgelost. Ik heb de afgelopen week al drie keer uitgelegd wat er is gebeurd en elke keer krijg ik iemand anders aan de lijn.
--
Ik ben niet zo handig met computers en mijn kleinzoon helpt me normaal, maar die is op vakantie. Ik hoop dat u mij kunt helpen want ik maak me echt zorgen over mijn geld.
--
Op <<!date>> rond <<!time>> kreeg ik een melding in de app dat er een nieuw apparaat was gekoppeld. Ik heb meteen gebeld naar <<!company_phone>> maar na 40 minuten wachten werd de verbinding verbroken.
--
De politie heeft aangifte opgenomen onder nummer <<!ticket_number>>. Zij zeiden dat ik ook bij u een melding moest doen. Ik stuur de aangifte als bijlage mee.
--
Ik begrijp niet hoe ze aan mijn gegevens zijn gekomen. Ik heb nooit op een link geklikt, alleen een keer een pakketje besteld bij een webshop. Kunt u nagaan wat er precies is gebeurd?
--
Alvast bedankt voor uw hulp. Ik ben overdag bereikbaar, behalve op woensdag want dan pas ik op de kleinkinderen.
--
Het begon allemaal toen ik een berichtje kreeg van iemand die zei dat hij mijn zoon was en een nieuw nummer had. Hij moest dringend een rekening betalen en kon zelf niet in zijn bankapp. Ik heb toen geholpen zonder er verder over na te denken. Pas 's avonds belde mijn echte zoon en toen begreep ik wat er was gebeurd.
--
Ik heb inmiddels al mijn wachtwoorden veranderd en mijn pas laten blokkeren, maar ik krijg nog steeds vreemde mails en sms'jes. Ik weet niet meer wat echt is en wat niet. Kunt u bevestigen dat mijn rekening nu veilig is en dat er niets meer af kan?
--
Mijn vader woont sinds vorig jaar in een verzorgingshuis en ik regel zijn bankzaken. Ik heb een volmacht, die heb ik eerder al opgestuurd. Toch krijg ik bij elke vraag te horen dat hij zelf moet bellen, terwijl hij dat echt niet meer kan.
--
Ik wil ook graag weten of het geld teruggestort kan worden. Het gaat voor mij om een groot bedrag, het is mijn spaargeld voor de begrafenis. Ik heb gelezen dat banken in sommige gevallen het schade vergoeden.
@ close x
Met vriendelijke groet,
--
Vriendelijke groeten,
--
Groet,
--
Mvg,
@ sig x
<<~name>>
<<address|lines>>
<<phone>>
--
<<~name>>
Tel: <<phone>>
E-mail: <<email>>
--
<<~name>>
Klantnummer <<customer_number>>
--
<<~name>>

Verzonden vanaf mijn iPhone
@ qhdr x
Op <<!date>> om <<!time>> schreef Klantenservice <<~bank>>:
> Beste klant,
> Wij hebben uw vraag ontvangen onder nummer <<!ticket_number>>.
> Wij vragen u nooit om uw pincode of inlogcodes.
--
Op <<!date>> schreef <<~agent>> van <<~telco>>:
> Hoi, kun je ons je klantnummer en geboortedatum sturen? Dan zoek ik het voor je uit.
"""

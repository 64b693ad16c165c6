T_NLBE = r"""
@ ato c
Ik ben gebeld door iemand van "<<~bank>>" en heb mijn itsme code <<pin|five>> gegeven. Nu is er <<!amount>> weg. Wat moet ik doen?? <<~emoji>>
--
allee, mijn facebook is gehackt en ze sturen berichten naar al mijn vrienden. login was <<email>> en paswoord <<password>>
--
Er is iemand binnengeraakt in mijn <<~app>>. Gebruikersnaam <<username>>. Ik heb het paswoord al veranderd naar <<password>>, is dat nu veilig?
--
Ik kreeg een sms met code <<otp>> en direct daarna een mail dat mijn e-mailadres gewijzigd is naar een adres dat ik niet ken. Klantnummer <<customer_number>>
@ phone_lost c
gsm gestolen op de markt in <<~city>>, kunnen jullie mijn simkaart blokkeren? nummer <<phone>>
--
Mijn gsm is kwijt. Er staat Payconiq op met code <<pin>>. Moet ik ook naar Card Stop bellen (<<!company_phone>>)?
--
Dag, ik ben mijn gsm verloren op de trein. Mijn pincode is <<pin>>, rijksregisternummer <<bsn>> als dat nodig is om te blokkeren
@ sim c
mijn sim vraagt een pukcode, ik heb <<puk>> geprobeerd maar die werkt niet. nummer <<phone>>
--
Sim geblokkeerd na nieuwe gsm (<<!model_number>>). Puk van op het kaartje: <<puk>>
@ card c
Ik ben mijn bankkaart kwijt. Kaartnummer <<card>>, vervalt <<card_expiry>>. Rekening <<iban>>
--
Er is met mijn kaart betaald in het buitenland, <<!amount>> op <<!date>>. Het gaat om de kaart eindigend op <<!masked_value>>. Mijn pincode heb ik nooit doorgegeven, die is <<pin>> en staat nergens
--
kaart geblokkeerd na 3 keer foute code. code is <<pin>> denk ik? of <<pin|typo>>
@ elderly c
Goeiendag, ik schrijf voor <<~rel>>. Ze is 84 en weet haar kaartcode niet meer. Ze denkt <<pin>>. Haar rijksregisternummer is <<bsn>>
--
<<~rel>> heeft op een link geklikt in een sms van "bpost" en haar kaartgegevens ingevuld: <<card>> exp <<card_expiry>> cvc <<cvv>>. Wat nu?
--
ons vader zijn paswoord van de bankapp is <<password>>, hij heeft dat aan iemand aan de telefoon gezegd. kunnen jullie alles blokkeren? rekening <<iban>>
@ forward c
Is dit echt van jullie?

"<<~bank>>: Uw activatiecode is <<otp>>. Geef deze code nooit door."

ontvangen om <<!time>>
--
doorgestuurd bericht:
"Beste klant, uw pakket <<!tracking_number>> wacht op betaling van <<!amount>>. Betaal via <<!url>>"
ik heb daar mijn kaart <<card>> ingegeven 🙈
@ notes c
uit mijn notities:
telenet login <<email>>
paswoord <<password>>
wifi <<wifi_key>>
--
lijst van mijn moeder:
bank: <<pin>>
itsme: <<pin|five>>
gsm: <<pin>>
@ wifi c
Ons wifi-paswoord is <<wifi_key>> maar de tv krijgt geen verbinding. Modem <<!model_number>>
--
Hoe kan ik het wifi wachtwoord wijzigen? Netwerk <<~ssid>>, huidige sleutel <<wifi_key>>
@ cueless c
<<bsn>>
--
<<puk>>
--
is <<otp>>
@ dev c
Onze API key <<api_key>> wordt geweigerd met <<!error_code>>. Request <<!request_id>>
--
token per ongeluk gedeeld in de chat: <<token>>, graag intrekken
@ nospan c
Mijn kaart is gestolen maar al geblokkeerd via de app. Factuur <<!invoice_number>> van <<!amount>> klopt ook niet
--
Waar blijft mijn nieuwe kaart? Aangevraagd op <<!date>>. Bestelling <<!order_number>>
--
Ik heb een verdachte sms gekregen met een link <<!url>>, niet op geklikt. Gewoon ter info
--
App versie <<!version_string>> geeft fout <<!error_code>> bij itsme
@ public p
<<!mention>> gsm gestolen en jullie wachtrij is 50 minuten. Nummer <<phone>> blokkeren aub
--
<<!mention>> opgelet voor valse sms'en! <<!hashtag>> <<!url>>
--
<<!mention>> al een week geen internet, klantnummer <<customer_number>>. <<!hashtag>>
--
<<!mention>> waarom krijg ik codes <<otp>> die ik niet vraag?
@ agent a
Dag <<~name>>, ik heb je kaart <<!masked_value>> geblokkeerd. Je nieuwe kaart is onderweg. Groetjes, <<~agent>>
--
Hallo, uw simkaart voor <<phone>> is geblokkeerd. Uw PUK kunt u vinden in Mijn <<~telco>>. Ref <<!ticket_number>>
--
Dag <<~name>>, geef nooit je pincode door, ook niet aan ons. Je schreef <<pin>>: verander die zo snel mogelijk. <<~agent>>
--
Bedankt voor je bericht. Ik heb een nieuw tijdelijk paswoord aangemaakt: <<password|temp>>. Gr <<~agent>>
@ email_body e
Hierbij meld ik fraude op de rekening van mijn vader <<~name2>>, rijksregisternummer <<bsn>>, wonende <<address>>. Er werd <<!amount>> overgeschreven naar <<iban>> zonder zijn toestemming. Hij had zijn kaartlezer-code <<otp|eight>> doorgegeven aan een oplichter.
--
Ik heb per brief een nieuwe pincode ontvangen die ik niet heb aangevraagd. Op de brief staat: kaart <<!masked_value>>, pincode <<pin>>. Mijn adres: <<address>>. Gelieve dit na te kijken.
@ shop_notif c
Deze mail gekregen maar ik heb niets besteld:
"Bestelling <<!order_number>>: <<!quantity>> <<!product_code>>, totaal <<!amount>>. Ondernemingsnummer <<!company_registration>>"
mijn login <<email>> paswoord <<password>> werkt niet meer
--
factuur <<!invoice_number>>, artikel <<!product_code>>, btw <<!company_registration>>. klantnummer <<customer_number>>
@ since_year c
Al klant sinds <<!year>> en nu zomaar geblokkeerd. Klantnummer <<customer_number>>
--
Sinds <<!year>> gebruik ik dezelfde code <<pin>> en nu werkt die niet meer??
@ dev_more c
Checksum van de download: <<!checksum>>. Onze API key <<api_key>> geeft fout <<!error_code>>
--
poort <<!port>> open gezet, mijn IP is <<ip_address>>, token <<token>>
@ dispute c
Betwisting: kaart <<card>> vervaldatum <<card_expiry>> cvc-code <<cvv>>, rekening <<iban>>. Mijn IP-adres is <<ip_address>> en mijn gebruikersnaam <<username>>
--
gebruikersnaam <<username>>
rekening <<iban>>
cvc <<cvv>>
mijn ip <<ip_address>>
vlucht <<!flight_number>> op <<!date>>, toen is de kaart gekopieerd denk ik
"""

PARTS_NLBE = r"""
@ greet x
Geachte,
--
Beste,
--
Dag meneer/mevrouw,
--
Goeiemorgen,
@ fill x
Ik heb al twee keer naar de hulplijn gebeld en telkens werd ik doorverbonden naar een andere dienst. Ik hoop dat het via mail sneller gaat.
--
Ik ben 79 jaar en mijn kleindochter helpt me met deze mail. Ik heb geen smartphone en ik snap niets van die apps.
--
Ik heb de politie verwittigd en een PV laten opmaken (<<!ticket_number>>) op <<!date>>. Zij zeiden dat ik ook de bank moest contacteren.
--
Alvast bedankt om dit snel te behandelen want ik zit zonder geld tot het einde van de maand.
--
Het begon met een sms van "bpost" over een pakje dat niet geleverd kon worden. Ik moest een klein bedrag betalen en heb op de link geklikt. Daarna belde er iemand van de "bank" die zei dat mijn rekening gehackt was en dat ik mijn kaartlezer moest gebruiken om alles te beveiligen.
--
Ik heb intussen al mijn paswoorden veranderd en mijn kaart laten blokkeren, maar ik krijg nog altijd rare berichten. Ik weet niet meer wat echt is. Kunnen jullie bevestigen dat mijn rekening nu veilig is?
--
Mijn moeder woont sinds vorig jaar in een woonzorgcentrum en ik beheer haar rekeningen. Ik heb een volmacht die ik al eerder heb doorgestuurd, maar telkens krijg ik te horen dat zij zelf moet bellen.
--
Ik wil ook weten of het geld kan teruggestort worden. Het gaat voor ons om veel geld, het was ons spaargeld voor de verbouwing van de badkamer.
@ close x
Met vriendelijke groeten,
--
Mvg
--
Groetjes,
--
Hoogachtend,
@ sig x
<<~name>>
<<address|lines>>
GSM <<phone>>
--
<<~name>>
<<email>>
--
<<~name>>
klantnummer <<customer_number>>
--
<<~name>>
@ qhdr x
Op <<!date>> schreef <<~bank>> Klantendienst:
> Beste klant, uw vraag werd geregistreerd onder nummer <<!ticket_number>>.
--
Op <<!date>> om <<!time>> schreef <<~agent>>:
> Kan je ons je rijksregisternummer en klantnummer bezorgen?
"""

T_FRBE = r"""
@ ato c
On m'a appelé en se faisant passer pour <<~bank>> et j'ai donné le code reçu par SMS : <<otp>>. Il manque <<!amount>> sur mon compte !!
--
mon compte <<~app>> a été piraté, identifiant <<username>> mot de passe <<password>>. je ne peux plus me connecter
--
Quelqu'un a changé mon adresse mail sur mon compte. Ancien login : <<email>>. N° client <<customer_number>>. Aidez-moi svp <<~emoji>>
--
J'ai reçu un code <<otp>> que je n'ai pas demandé, puis un mail "nouvel appareil connecté" à <<!time>>. Mon IP à la maison c'est <<ip_address>>
@ phone_lost c
On m'a volé mon GSM dans le tram. Pouvez-vous bloquer ma carte SIM ? Numéro <<phone>>
--
gsm perdu, le code de déverrouillage c'est <<pin>> donc n'importe qui peut l'ouvrir 😱 bloquez tout svp
--
Bonjour, téléphone volé (<<!model_number>>). J'ai porté plainte, PV n° <<!ticket_number>>. Ma ligne : <<phone>>. Client <<customer_number>>
@ sim c
Ma carte SIM est bloquée, il me demande le code PUK. J'ai essayé <<puk>> mais ça ne marche pas
--
code puk svp !! numéro <<phone>>, né le <<date_of_birth>>
--
le PUK sur la carte : <<puk|spaced>>. et après je mets quel code pin ? <<pin>> ?
@ card c
J'ai perdu ma carte bancaire. Numéro <<card>>, date d'expiration <<card_expiry>>. Bloquez-la svp
--
Paiement frauduleux de <<!amount>> le <<!date>> avec ma carte se terminant par <<!masked_value>>. Mon code secret c'est <<pin>>, je ne l'ai donné à personne
--
Ma carte Visa <<card>> cryptogramme <<cvv>> a été utilisée sur un site que je ne connais pas. Compte <<iban>>
@ elderly c
Bonjour, j'écris pour <<~rel>> qui a 88 ans. Elle a oublié son code PIN, elle pense que c'est <<pin>>. Son numéro national : <<bsn>>
--
<<~rel>> s'est fait arnaquer par un faux conseiller. Il a donné son code de carte <<pin>> et sa carte à un coursier. Son compte : <<iban>>
--
Ma maman ne sait plus son mot de passe pour l'appli, elle l'avait noté : <<password>>. Son identifiant est <<username>>. Message d'erreur <<!error_code>>
--
Je m'occupe des comptes de <<~rel>>. Il a reçu un SMS et a donné sa carte <<card>> exp <<card_expiry>> code <<cvv>>. Que faire ?
@ forward c
C'est une arnaque ?

« <<~bank>> : votre code de confirmation est <<otp>>. Ne le communiquez jamais. »

reçu à <<!time>>
--
SMS transféré :
"Votre colis <<!tracking_number>> est en attente. Frais : <<!amount>>. <<!url>>"
j'ai mis mes données de carte <<card>> 🙈
--
j'ai reçu ça par mail :
"Cher client, votre code d'accès temporaire est <<otp|alnum>>. Il expire le <<!date>> à <<!time>>."
@ notes c
copié de mes notes :
proximus : <<email>> / <<password>>
carte : <<pin>>
wifi : <<wifi_key>>
--
liste de ma mère :
- banque <<pin>>
- itsme <<pin|five>>
- gsm <<pin>>
- puk <<puk>>
@ ocr c
texte copié de la capture :
Votre co de de vérification : <<otp|ocr>>
Ne partag ez ja mais ce code . <<!date>>
--
Lettre recopiée : "Madame, Monsieur, votre nouveau code secret est le <<pin>>. Référence <<!invoice_number>>. Compte <<iban>>."
@ wifi c
Le mot de passe wifi c'est <<wifi_key>> mais la télé ne se connecte pas. Modem <<!model_number>>
--
comment changer la clé wifi ? réseau <<~ssid>>, clé actuelle : <<wifi_key>>
--
mot de passe admin du modem <<password>> ne fonctionne plus après la mise à jour <<!version_string>>
@ cueless c
<<pin>>
--
<<otp>>
--
c'est <<bsn>>
--
pardon c'est <<pin|four>> pas <<pin|typo>>
@ spoken c
le code c'est <<otp|spoken>>
--
mon code pin : <<pin|spoken>>
@ dev c
Notre clé API <<api_key>> renvoie <<!error_code>> depuis le <<!date>>. Request id <<!request_id>>
--
j'ai collé mon token par erreur sur un forum : <<token>>. pouvez-vous le révoquer ?
@ nospan c
Ma carte a été volée mais je l'ai déjà bloquée via l'appli. Et le paiement de <<!amount>> du <<!date>> ?
--
L'appli version <<!version_string>> plante avec l'erreur <<!error_code>>. Téléphone <<!model_number>>
--
Commande <<!order_number>> jamais reçue, suivi <<!tracking_number>>
--
J'ai reçu un SMS bizarre avec un lien <<!url>>. Je n'ai rien fait. Pour info
@ public p
<<!mention>> GSM volé et 45 min d'attente au téléphone. Bloquez le <<phone>> svp
--
<<!mention>> attention aux faux SMS ! <<!hashtag>> <<!url>>
--
<<!mention>> toujours pas de réponse, dossier <<!ticket_number>> <<!hashtag>>
--
<<!mention>> pourquoi je reçois un code <<otp>> alors que je ne fais rien ?
@ agent a
Bonjour <<~name>>, votre carte <<!masked_value>> est bloquée. Une nouvelle carte vous sera envoyée. <<~agent>>
--
Bonjour, la carte SIM du <<phone>> est bloquée. Vous trouverez votre code PUK dans votre espace client. Réf. <<!ticket_number>>
--
Bonjour <<~name>>, ne communiquez jamais votre code, même à nous. Vous avez indiqué <<pin>> : changez-le au plus vite. <<~agent>>
--
Merci pour votre message. Voici votre mot de passe temporaire : <<password|temp>>. Bonne journée, <<~agent>>
--
Bonjour {prenom}, pour réinitialiser votre code, rendez-vous sur l'appli. Ne partagez jamais [PIN]. Dossier <<!ticket_number>>
--
Bonjour, nous avons bien reçu votre signalement concernant le paiement de <<!amount>> du <<!date>>. Dossier <<!ticket_number>>.
@ email_body e
Je vous écris pour signaler une fraude sur le compte de ma mère, <<~name2>>, née le <<date_of_birth>>, domiciliée <<address>>. Un faux employé de banque lui a demandé son code de carte (<<pin>>) et le code de sa carte digipass <<otp|eight>>. Un virement de <<!amount>> a été fait vers <<iban>>.
--
Suite à votre courrier du <<!date>> (réf. <<!invoice_number>>), je vous communique mes coordonnées : <<address>>, tél. <<phone>>, numéro de registre national <<bsn>>. Je n'ai jamais demandé de nouvelle carte.
--
Mon compte en ligne a été piraté. Mon identifiant était <<username>> et mon mot de passe <<password>>. Depuis, des achats ont été faits (commande <<!order_number>>, <<!amount>>).
@ shop_notif c
J'ai reçu ce mail mais je n'ai rien commandé :
« Commande <<!order_number>> : <<!quantity>> <<!product_code>>, total <<!amount>>. N° d'entreprise <<!company_registration>> »
et mon login <<email>> mdp <<password>> ne marche plus
--
facture <<!invoice_number>>, article <<!product_code>>, TVA <<!company_registration>>. mon n° client <<customer_number>>
@ since_year c
Client depuis <<!year>> et mon compte est bloqué sans raison. N° client <<customer_number>>, né le <<date_of_birth>>
--
Depuis <<!year>> j'utilise le même code <<pin>> et maintenant il est refusé ?
@ dev_more c
Checksum du fichier téléchargé : <<!checksum>>. Notre clé API <<api_key>> renvoie toujours <<!error_code>>
--
port <<!port>> ouvert, mon IP <<ip_address>>, access token <<token>> expire après 5 minutes
@ dispute c
Contestation : carte <<card>> exp. <<card_expiry>> CVC <<cvv>>, compte <<iban>>. Mon adresse IP : <<ip_address>>, identifiant <<username>>
--
identifiant : <<username>>
IBAN :
<<iban>>
code au dos : <<cvv>>
IP maison <<ip_address>>
vol <<!flight_number>> le <<!date>>, c'est là que la carte a été copiée je pense
"""

PARTS_FRBE = r"""
@ greet x
Madame, Monsieur,
--
Bonjour,
--
Bonsoir,
--
Chère équipe,
@ fill x
J'ai déjà appelé trois fois votre service client et à chaque fois on me dit qu'on va me rappeler, mais personne ne rappelle. Je commence vraiment à perdre patience.
--
J'ai 81 ans et c'est ma petite-fille qui m'aide à écrire ce mail. Je ne suis pas à l'aise avec internet et j'ai peur de faire des bêtises.
--
J'ai déposé plainte à la police le <<!date>> (PV <<!ticket_number>>). On m'a conseillé de vous contacter aussi par écrit.
--
Je vous remercie d'avance de traiter ma demande rapidement, car je n'ai plus accès à mon argent depuis plusieurs jours.
--
Tout a commencé par un SMS de « bpost » pour un colis qui ne pouvait pas être livré. Je devais payer un petit montant et j'ai cliqué sur le lien. Ensuite, quelqu'un de la « banque » m'a appelé en disant que mon compte était piraté et qu'il fallait utiliser mon lecteur de carte pour tout sécuriser.
--
Entre-temps, j'ai changé tous mes mots de passe et fait bloquer ma carte, mais je reçois toujours des messages bizarres. Je ne sais plus ce qui est vrai. Pouvez-vous me confirmer que mon compte est maintenant sécurisé ?
--
Ma mère vit depuis l'année passée dans une maison de repos et je gère ses comptes. J'ai une procuration que je vous ai déjà envoyée, mais on me répète à chaque fois qu'elle doit appeler elle-même.
--
Je voudrais aussi savoir si l'argent peut être remboursé. C'est une grosse somme pour nous, ce sont nos économies pour la rénovation de la salle de bain.
@ close x
Cordialement,
--
Bien à vous,
--
Salutations distinguées,
--
Merci d'avance,
@ sig x
<<~name>>
<<address|lines>>
GSM : <<phone>>
--
<<~name>>
<<email>>
--
<<~name>>
N° client : <<customer_number>>
--
<<~name>>
Envoyé de mon iPhone
@ qhdr x
Le <<!date>> à <<!time>>, Service clients <<~bank>> a écrit :
> Madame, Monsieur, votre demande a été enregistrée sous le numéro <<!ticket_number>>.
--
Le <<!date>>, <<~agent>> a écrit :
> Pouvez-vous nous communiquer votre numéro client et votre date de naissance ?
"""

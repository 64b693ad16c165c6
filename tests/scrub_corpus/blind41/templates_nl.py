# Dutch (nl) and Flemish (nl-be) templates. "## lang kind situation" opens a group; one template per line.
T = r"""
## nl chat ov_login
hoi, ik kom niet meer in mijn account bij <<b_pt>>. gebruikersnaam <<username>> en ww <<password>>, krijg steeds <<error_code>>
Ik heb mijn wachtwoord net gereset naar <<password>> maar de app zegt nog steeds dat het fout is?? versie <<version_string>>
inloggen lukt niet. mail is <<email>> en wachtwoord was <<password>>. heb <<quantity>> geprobeerd
mijn <<tcard>> nummer is <<customer_number:ov>>, ww <<password>> , waarom zie ik mijn reizen niet
## nl chat ov_refund
Ik ben vanochtend vergeten uit te checken op <<station>> om <<time>>, kaartnummer <<customer_number:ov>>. Er is <<amount>> afgeschreven
bij het inchecken op <<station>> werd 2x <<amount>> ingehouden. kaart <<customer_number:ov>>, terugbetalen op <<iban>> graag
restitutie aangevraagd op <<date>> (<<ticket_number>>), nog niks ontvangen. rekening <<iban>> tnv <<name>>
## nl chat ov_otp
ik krijg een sms met code <<otp>> maar de site zegt dat die verlopen is. bestelling <<order_number>>
De verificatiecode is <<otp>>
code uit de sms:<<otp>> (kwam pas na <<time>> binnen)
hier de code <<otp>> , jullie vroegen erom voor het koppelen van mijn <<tcard>>
## nl chat lease_fuel_pin
Hoi, ik ben de pincode van mijn tankpas vergeten. Kenteken <<plate>>, contractnr <<customer_number:lease>>
pincode tankpas is toch <<pin:4>>? pomp zegt <<error_code>> op elke pomp
sorry de pin van de laadpas/tankpas is <<pin:4>> niet <<pin2:4>> , typfout
Tankpas geblokkeerd na 3x foute pin. Nieuwe pin die ik per post kreeg is <<pin:4>>, leasecontract <<customer_number:lease>>, auto <<car>>
## nl chat ev_charge
laadpas <<customer_number:charge>> werkt niet bij paal in <<city>>, foutcode <<error_code>>, al <<quantity>> geprobeerd
Mijn laadpas nr is <<customer_number:charge>> en ik heb <<amount>> betaald voor <<meter_reading>>?? klopt niet
hoi! laadsessie gestopt bij <<percentage>>. pasnummer <<customer_number:charge>> app versie <<version_string>>
## nl chat wallbox
de monteur vraagt het wifi wachtwoord voor de laadpaal. netwerk <<ssid>> sleutel <<wifi_key>>
Laadpaal <<model_number>> komt niet online. WPA key is <<wifi_key>> , poort <<port>> staat open zei mijn zoon
wifi <<ssid>> / <<wifi_key>> — dat heb ik ingevuld in de installatie-app maar hij blijft op <<error_code>> hangen
## nl chat parking
Parkeerapp rekent <<amount>> terwijl ik om <<time>> al gestopt was. kenteken <<plate>>, account <<email>>
ik krijg een naheffing (<<invoice_number>>) maar ik stond gewoon aangemeld met <<plate>>, mijn klantnummer is <<customer_number>>
garage slagboom ging niet open met mijn abonnement, pasnummer <<customer_number:member>>, <<date>> rond <<time>>
## nl chat ride
Chauffeur heeft mijn telefoon meegenomen denk ik, rit van <<time>>, bel aub <<phone>>
mijn kaart <<card>> is 2x belast voor de rit naar <<city>>, <<amount>> per keer
uber/bolt vraagt mij een code <<otp>> maar ik heb helemaal geen account aangemaakt?!
## nl chat sharing
Scooter staat op slot en de app vraagt om de 4-cijferige code, dat is <<pin:4>> toch? reservering <<order_number>>
deelauto pas werkt niet, lidnr <<customer_number:member>>, pincode in het kastje is <<pin>>
ik heb <<b_share>> account op <<email>> en tel <<phone>>, kan niet inloggen met code <<otp>>
## nl chat fine
Ik heb een boete gekregen via CJIB <<invoice_number>> voor <<plate>> maar ik reed die dag niet. mijn BSN is <<bsn>> als jullie dat nodig hebben
bekeuring <<invoice_number>> van <<amount>>, de auto is van de zaak (<<b_lease>>). mijn gegevens: <<name>>, geb. <<date_of_birth>>, <<address>>
## nl chat insurance
schade gemeld (<<ticket_number>>) polisnummer <<customer_number:policy>> - tegenpartij kenteken <<plate>>, tel <<phone>>
mijn ruit is gebarsten, polis <<customer_number:policy>>, uitbetalen op <<iban>> aub
## nl chat driving_school
Hoi, wil graag proefles boeken. <<name>>, <<date_of_birth>>, <<phone>>
mijn inlog voor de theorie-oefenapp: <<username>> / <<password>> werkt niet meer
## nl chat payment
ik wil de rit betalen maar mijn kaart wordt geweigerd: <<card>> exp <<card_expiry>> cvc <<cvv>>
kaartnummer <<card>>\ngeldig tot <<card_expiry>>\ncode achterop <<cvv>>
## nl chat nopii
Trein van <<time>> naar <<station>> weer uitgevallen. Derde keer deze week <<hashtag>>
Waarom duurt restitutie zo lang? Aanvraag <<ticket_number>> loopt al sinds <<date>>
de app crasht bij openen, <<version_string>> op <<version_string2>>
laadpaal bij mij om de hoek is al <<quantity>> stuk, <<error_code>> op het scherm
## nl chat answer
<<pin:4>>
<<otp>>
Het is <<customer_number>>
zes cijfers: <<otp:spoken>>
<<pin:spoken>> is de pincode van de tankpas
## nl public complaint
<<mention>> ik sta al <<quantity>> te wachten bij <<station>>, niks omgeroepen <<hashtag>>
<<mention>> jullie app rekent <<amount>> voor <<meter_reading>>, dat is toch gestoord
<<mention>> help, pas <<customer_number:ov>> is geblokkeerd en ik moet naar mijn werk. bel me op <<phone>>
<<mention>> mijn mail <<email>> krijgt geen reset link. al <<quantity>> geprobeerd <<hashtag>>
## nl email lease_new_driver
Per <<date>> rijdt <<name>> in de <<car>> met kenteken <<plate>> (chassisnummer <<vin>>). Graag een tankpas en laadpas op zijn naam aanvragen. Zijn gegevens:\n\nNaam: <<name>>\nGeboortedatum: <<date_of_birth>>\nAdres: <<address>>\nMobiel: <<phone>>\nE-mail: <<email>>\n\nHet leasecontract heeft nummer <<customer_number:lease>>. De maandtermijn van <<amount>> blijft ongewijzigd.
Onderstaand de gegevens van de drie nieuwe berijders die volgende maand starten:\n\n1. <<name>> – geb. <<date_of_birth>> – <<phone>> – <<email>>\n2. <<name2>> – geb. <<date_of_birth2>> – <<phone2>> – <<email2>>\n3. <<name3>> – geb. <<date_of_birth3>> – <<phone3>> – <<email3>>\n\nAlle drie krijgen een <<car>>. Kunnen jullie de rijbewijscontrole inplannen? Onze referentie is <<order_number>>.
## nl email lease_damage
Vorige week heb ik met de leaseauto (<<plate>>) schade gereden op de parkeerplaats van het station. De kilometerstand was <<meter_reading>>. Het schadeformulier heb ik ingevuld, het dossiernummer is <<ticket_number>>.\n\nKunnen jullie mij bellen op <<phone>>? Overdag ben ik slecht bereikbaar, na <<time>> lukt het wel. Het eigen risico van <<amount>> mag van <<iban>> worden afgeschreven.
Mijn auto staat sinds <<date>> bij de dealer in <<city>> voor de schade aan de achterklep. Kenteken <<plate>>, VIN <<vin>>. Ik heb nog geen vervangend vervoer gekregen terwijl dat in mijn contract (<<customer_number:lease>>) staat. De dealer zegt dat jullie akkoord moeten geven onder nummer <<ticket_number>>.
## nl email ov_account
Sinds de update naar <<version_string>> kan ik niet meer inloggen op mijn account. Mijn gebruikersnaam is <<username>> en ik heb het wachtwoord al twee keer gereset, het huidige wachtwoord is <<password>>. Ik krijg foutmelding <<error_code>>.\n\nIk heb een jaarabonnement op kaart <<customer_number:ov>> en wil mijn reishistorie downloaden voor de belastingaangifte van <<year>>.
Ik wil mijn <<tcard>> laten overzetten naar een nieuwe kaart omdat de oude kapot is. Oude kaart: <<customer_number:ov>>. Mijn geboortedatum is <<date_of_birth>> en mijn adres is <<address>>. Het saldo was ongeveer <<amount>>. De automatische oplaadfunctie staat gekoppeld aan <<iban>>.
## nl email ev_invoice
In de factuur <<invoice_number>> staan <<quantity>> die ik niet herken, allemaal in <<city>> terwijl ik daar nooit kom. Mijn laadpas heeft nummer <<customer_number:charge>>. Ik vermoed dat de pas gekopieerd is. Kunnen jullie hem blokkeren en een nieuwe sturen naar <<address>>?
Graag wil ik de automatische incasso wijzigen. Nieuwe rekening: <<iban>> t.n.v. <<name>>. Klantnummer <<customer_number>>. De laatste sessie van <<meter_reading>> op <<date>> mag nog van de oude rekening.
## nl email fine_objection
Hierbij maak ik bezwaar tegen de beschikking met nummer <<invoice_number>> van <<date>>. Het voertuig met kenteken <<plate>> stond op dat moment geparkeerd met een actieve parkeeractie via de app (transactie <<order_number>>).\n\nMijn gegevens:\n<<name>>\n<<address:ml>>\nBSN: <<bsn>>\nTel: <<phone>>
Namens de berijder <<name>> stuur ik u het verzoek tot tenaamstelling van de boete <<invoice_number>>. De berijder woont op <<address>> en is geboren op <<date_of_birth>>. Het rijbewijs is door ons gecontroleerd op <<date>>.
## nl email roadside
Op <<date>> stond ik met pech langs de A2 en heb ik de wegenwacht gebeld via <<company_phone>>. Mijn lidnummer is <<customer_number:member>>. De monteur kon de auto (<<car>>, <<plate>>) niet ter plekke maken en hij is naar een garage in <<city>> gesleept. Nu krijg ik een rekening van <<amount>>, terwijl ik een pakket met vervangend vervoer heb.
Ik wil mijn lidmaatschap opzeggen per <<date>>. Lidnummer <<customer_number:member>>, geboortedatum <<date_of_birth>>. Het restant van de contributie graag terugstorten op <<iban>>.
## nl intro i
Ik schrijf u omdat ik inmiddels al drie keer gebeld heb en elke keer een ander verhaal te horen krijg. De eerste medewerker beloofde dat ik binnen een week bericht zou krijgen, de tweede wist van niets. Ik reis elke dag met de trein en de bus naar mijn werk en ben hier eerlijk gezegd behoorlijk klaar mee.
Ik rij sinds <<date>> in een leaseauto van de zaak en tot nu toe ging alles prima. Sinds kort loop ik echter tegen een aantal problemen aan die ik graag in één keer met u wil oplossen, vandaar deze wat langere mail.
Naar aanleiding van ons telefoongesprek van vanochtend (<<time>>) stuur ik u hierbij de gevraagde informatie. Uw collega gaf aan dat het sneller gaat als ik alles op een rij zet, dus dat heb ik geprobeerd.
Al sinds de overstap naar de nieuwe app in <<year>> heb ik problemen met mijn account. Ik heb de veelgestelde vragen op de website doorgelezen maar daar staat mijn situatie niet tussen.
## nl greet g
Beste heer/mevrouw,
Geachte klantenservice,
Hallo,
Goedemiddag,
## nl close c
Met vriendelijke groet,
Alvast bedankt!\n\nGroet,
Vriendelijke groeten,
mvg
## nl sig s
<<name>>\n<<address:ml>>\n<<phone>>
<<name>>\nTel. <<phone>>
<<name>>\nWagenparkbeheer\n<<email:work>> | <<phone:land>>
<<first>>\n\nVerzonden vanaf mijn iPhone
## nl quote q
Op <<date>> om <<time>> schreef <<b_pt>> Klantenservice:\n> Beste reiziger,\n> Bedankt voor uw bericht. Wilt u uw kaartnummer en geboortedatum sturen?\n> Met vriendelijke groet, <<agent>>
Op <<date>> schreef Servicedesk <<b_lease>>:\n> Goedemiddag,\n> Uw melding is geregistreerd onder <<ticket_number>>. Wij nemen binnen 5 werkdagen contact op.
-----Oorspronkelijk bericht-----\nVan: klantenservice\nVerzonden: <<date>>\nOnderwerp: Uw vraag <<ticket_number>>\n\nKunt u ons uw gegevens sturen zodat wij uw dossier kunnen vinden?
## nl agent a
Hoi <<first>>, bedankt voor je bericht. Ik zie dat je kaart eindigend op <<masked_value>> geblokkeerd is. Ik heb een nieuwe aangevraagd, je ontvangt hem binnen 5 werkdagen. ^<<agent>>
Dag <<first>>, je restitutie van <<amount>> is goedgekeurd (<<ticket_number>>) en wordt overgemaakt naar <<masked_value>>. Groet, <<agent>>
Hi! Stuur je nooit je pincode of wachtwoord via DM? Je code is alleen voor jou. Wij vragen alleen je klantnummer. <<agent>>
Dank je. Ik heb je laadpas <<customer_number:charge>> geblokkeerd, de nieuwe pas gaat naar <<address>>. Mvg <<agent>>
Hoi, ik heb het nummer <<phone>> genoteerd, een collega belt je vandaag voor <<time>>. Ticket <<ticket_number>>. ^<<agent>>
Beste <<first>>, de nieuwe tijdelijke pincode voor de tankpas is <<pin:4>>. Wijzig deze bij de eerste tankbeurt. Team <<b_lease>>
Dag {voornaam}, je verificatiecode is <code>. Deel deze niet. Ref <<request_id>>
Hallo, voor het wijzigen van het rekeningnummer vul je het formulier in op <<url>>. Vermeld daar je klantnummer, niet je wachtwoord. ^<<agent>>

## nl-be chat mobib
mijn mobib kaart <<customer_number:mobib>> is kapot, kan ik een nieuwe krijgen? rijksregisternr <<bsn>>
ik heb een abonnement via <<b_pt>> maar de kaart wordt nie herkend aan de valideermachine op <<station>>, kaartnr <<customer_number:mobib>>
hoe kan ik mijn abonnement verlengen, log in met <<email>> en paswoord <<password>> maar krijg <<error_code>>
## nl-be chat login
Paswoord vergeten. Kreeg een code <<otp>> maar die werkt ni. Gebruiker: <<username>>
amai, derde keer dat ik mijn paswoord moet resetten. nieuw is <<password>> , oud was <<password2>>
## nl-be chat lease
Dag, de pincode van mijn tankkaart is <<pin:4>> maar ze wordt geweigerd aan de pomp in <<city>>. Nummerplaat <<plate>>
mijn laadkaart (<<customer_number:charge>>) en tankkaart zitten in de auto die nu bij de garage staat, kan ik een tijdelijke krijgen? gsm <<phone>>
## nl-be chat ev
De thuislader heeft wifi nodig: netwerk <<ssid>>, wachtwoord <<wifi_key>>. Wie komt dat instellen?
laadpaal werkt ni, klantnummer <<customer_number>> , ik heb al <<meter_reading>> betaald en niks geladen
## nl-be chat parking
Parkeerticket van <<amount>> gekregen in <<city>> terwijl ik via de app betaald had (<<order_number>>). Nummerplaat <<plate>>
slagbomen parking gaan nie open, abonnementsnr <<customer_number:member>>, bel me terug op <<phone>> aub
## nl-be chat insurance
aanrijding gehad, aangifte gedaan onder <<ticket_number>>. polis <<customer_number:policy>> en mijn rekening <<iban>>
mijn gegevens voor het aanrijdingsformulier: <<name>>, <<address>>, rijksregister <<bsn>>
## nl-be chat pay
betalen lukt nie, kaart <<card>> vervalt <<card_expiry>>, cvc <<cvv>>
ik heb mijn bankkaart ingegeven: <<card>> <<card_expiry>> maar de app blijft hangen op <<percentage>>
## nl-be chat nopii
Alweer vertraging op de lijn naar <<station>>, <<quantity>> te laat deze maand <<hashtag>>
wanneer zijn de nieuwe tarieven van kracht? op de site staat <<date>> en <<amount>>
## nl-be public p
<<mention>> bus <<quantity>> te laat en de chauffeur rijdt gewoon voorbij 😡 <<hashtag>>
<<mention>> jullie sms-code <<otp>> komt pas binnen na 10 min, tegen dan is ze vervallen
<<mention>> kunnen jullie mij contacteren? <<phone>> , dossier <<ticket_number>>
## nl-be email e
Beste,\n\nIk heb op <<date>> een aanvraag gedaan voor een terugbetaling van mijn abonnement (<<amount>>). Mijn MOBIB-kaart heeft nummer <<customer_number:mobib>> en mijn rijksregisternummer is <<bsn>>. Het bedrag mag gestort worden op <<iban>>.\n\nIk woon op <<address>>.
Geachte,\n\nAls wagenparkbeheerder bezorg ik u de gegevens van onze twee nieuwe chauffeurs:\n\n- <<name>>, geboren <<date_of_birth>>, rijksregister <<bsn>>, gsm <<phone>>\n- <<name2>>, geboren <<date_of_birth2>>, rijksregister <<bsn2>>, gsm <<phone2>>\n\nBeide wagens (<<car>>) worden geleverd op <<date>>. Onze bestelbon: <<order_number>>.
Goeiemiddag,\n\nMijn wagen is gestrand op de E17 en de pechverhelping liet me <<quantity>> wachten. Lidnummer <<customer_number:member>>, nummerplaat <<plate>>. Ik zou graag de taxikost van <<amount>> terugkrijgen op <<iban>>.
Dag,\n\nIk krijg geen toegang meer tot mijn online account. Login <<username>>, ik heb het paswoord gewijzigd naar <<password>> maar de site geeft <<error_code>>. Kan iemand mij bellen op <<phone>>?
## nl-be intro i
Ik neem contact met jullie op omdat ik al twee weken wacht op een antwoord via het contactformulier. Ik pendel dagelijks en zonder werkend abonnement kost me dat elke dag geld.
Als verantwoordelijke voor ons wagenpark (een twintigtal wagens) krijg ik regelmatig vragen van onze chauffeurs. Deze keer gaat het over een dossier dat al een tijdje aansleept, vandaar deze mail.
Na mijn telefonisch contact van <<date>> bezorg ik u hierbij de gevraagde gegevens, zoals afgesproken met uw collega.
## nl-be greet g
Beste,
Goedendag,
## nl-be close c
Met vriendelijke groeten,
Mvg,
## nl-be sig s
<<name>>\n<<address:ml>>\ngsm <<phone>>
<<name>>\nFleet coördinator\n<<email:work>>
## nl-be quote q
Op <<date>> om <<time>> schreef <<b_pt>> Klantendienst:\n> Beste klant,\n> Gelieve ons uw kaartnummer te bezorgen.
Van: klantendienst\nDatum: <<date>>\nOnderwerp: Re: <<ticket_number>>\n> Dag, we missen nog enkele gegevens.
## nl-be agent a
Dag <<first>>, we hebben uw aanvraag goed ontvangen (<<ticket_number>>). De terugbetaling van <<amount>> gebeurt op <<masked_value>>. Groetjes, <<agent>>
Hallo, deel nooit uw paswoord of pincode met ons. Stuur enkel uw klantnummer via privébericht. <<agent>>
Dag <<first>>, uw tijdelijke code is <<otp>>. Ze is 15 minuten geldig. <<agent>>
Beste, we contacteren u op <<phone>> in de loop van de dag. Mvg <<agent>>
"""

"""English templates: (register, variant, text); variant gb -> en-gb, us -> en-us."""

T = [
    # ---------------- chat, en-gb
    ("chat", "gb", "Hi, my debit card's been blocked in ⟦abroad⟧ after I typed the PIN wrong at a cash machine. It's definitely ⟦pin:4⟧ though?? Error on screen said ⟦!error_code⟧"),
    ("chat", "gb", "hiya, moved to Utrecht last month and the app still sends the one-time code to my UK number ⟦phone:uk⟧ which I've ported out. can it go to ⟦phone:nl⟧ instead"),
    ("chat", "gb", "code is ⟦otp⟧"),
    ("chat", "gb", "⟦otp:6⟧ cheers"),
    ("chat", "gb", "Sorry typo, it's ⟦pin:4@a⟧ not ⟦pin:swap-a⟧"),
    ("chat", "gb", "My BSN is ⟦bsn:bsn⟧ and my British passport number is ⟦passport:uk⟧ if that helps with the KYC thing"),
    ("chat", "gb", "I'm a student from Leeds on Erasmus in Leuven, my rijksregisternummer is ⟦bsn:rrn⟧. The form keeps saying invalid"),
    ("chat", "gb", "Can I pay the deposit from my UK account? ⟦iban:gb⟧. Customer no. ⟦customer_number⟧"),
    ("chat", "gb", "Trying to top up with my Monzo card ⟦card⟧ exp ⟦card_expiry⟧ security code ⟦cvv⟧ and it just says declined (code ⟦!error_code:4⟧)"),
    ("chat", "gb", "my sim asked for a PUK when I landed at Schiphol, found it on the card holder: ⟦puk⟧ but it says wrong"),
    ("chat", "gb", "Roaming's on but no data in ⟦abroad⟧, my number is ⟦phone:nl⟧. Bundle shows ⟦!quantity:data⟧ left"),
    ("chat", "gb", "Bought an eSIM for my trip but the activation code ⟦otp⟧ gets rejected on my ⟦!model_number:phone⟧ (iOS ⟦!version_string⟧)"),
    ("chat", "gb", "The wifi key is ⟦wifi_key⟧ and the network is ⟦ssid⟧, my laptop from work won't connect to it"),
    ("chat", "gb", "username ⟦username⟧ password ⟦password⟧ - can't log in from the hotel in ⟦abroad⟧"),
    ("chat", "gb", "New password is ⟦password⟧ btw, old one was ⟦password⟧"),
    ("chat", "gb", "the temp password you sent (⟦password:temp⟧) has expired already, got it at ⟦!time⟧"),
    ("chat", "gb", "I live in the Netherlands now, address is ⟦address:nl⟧. Please stop sending post to my mum's in ⟦address:uk⟧"),
    ("chat", "gb", "Eurostar ticket ⟦!ticket_number⟧ London to Brussels cancelled, refund of ⟦!amount⟧ please to ⟦iban:gb⟧"),
    ("chat", "gb", "Flight ⟦!flight_number⟧ got cancelled, booking ref ⟦!order_number:pnr⟧. Can you ring me on ⟦phone:uk⟧?"),
    ("chat", "gb", "My date of birth is ⟦date_of_birth⟧ and postcode is in my address ⟦address:local⟧"),
    ("chat", "gb", "Meter reading ⟦!meter_reading⟧, account number ⟦customer_number⟧. We're moving back to Manchester on ⟦!date⟧"),
    ("chat", "gb", "Why is there a ⟦!amount⟧ charge on invoice ⟦!invoice_number⟧? I've been in the UK the whole month"),
    ("chat", "gb", "the PIN is ⟦pin:dashed⟧ sorry for the late reply"),
    ("chat", "gb", "Never got a PIN letter for the new card. I've been living here since ⟦!year⟧, should I go to a branch?"),
    ("chat", "gb", "mijn klantnummer is ⟦customer_number⟧ sorry my Dutch is bad, the internet is down since ⟦!time⟧"),
    # ---------------- chat, en-us
    ("chat", "us", "Hey, I'm an American living in Amsterdam and my US card ⟦card⟧ keeps getting declined at the tram machine. Exp ⟦card_expiry⟧, CVV ⟦cvv⟧"),
    ("chat", "us", "my bank back home texts the 2FA code to ⟦phone:us⟧ which doesn't work on roaming here. the code they sent was ⟦otp⟧ but it's expired now"),
    ("chat", "us", "verification code: ⟦otp⟧"),
    ("chat", "us", "it's ⟦otp:6⟧"),
    ("chat", "us", "Locked out of my card in ⟦abroad⟧ after wrong PIN x3 at an ATM. PIN should be ⟦pin⟧. I fly home on ⟦!flight_number⟧ tomorrow!!"),
    ("chat", "us", "I moved from Chicago to Brussels, my national register number here is ⟦bsn:rrn⟧ and my US passport is ⟦passport:us⟧"),
    ("chat", "us", "hi, my SSN won't work obviously lol, I have a BSN now: ⟦bsn:bsn⟧"),
    ("chat", "us", "please wire the refund to my Dutch account ⟦iban:nl⟧, not the US one. Customer ID ⟦customer_number⟧"),
    ("chat", "us", "login: ⟦username⟧\npass: ⟦password⟧\nit says too many attempts (⟦!error_code:5⟧)"),
    ("chat", "us", "The router admin password on the sticker is ⟦password:router⟧ but it doesn't let me in, model ⟦!model_number⟧"),
    ("chat", "us", "wifi pw is ⟦wifi_key⟧ lol my roommate changed it"),
    ("chat", "us", "My address is ⟦address:us⟧ for the billing, shipping goes to ⟦address:nl⟧"),
    ("chat", "us", "order ⟦!order_number:amz⟧ still hasn't shipped, tracking ⟦!tracking_number⟧ shows nothing. email me at ⟦email⟧"),
    ("chat", "us", "I'm at the hotel in ⟦abroad⟧, reservation ⟦!order_number:hotel⟧, they say my card ending ⟦!masked_value:card2⟧ was declined. I did enter the SMS code ⟦otp⟧"),
    ("chat", "us", "Here's my API key, the webhook stopped working after ⟦!version_string⟧: ⟦api_key⟧"),
    ("chat", "us", "our integration is throwing 401s, token we're sending: ⟦token⟧ (request ⟦!request_id⟧)"),
    ("chat", "us", "My IP is ⟦ip_address⟧, your site blocks me with error ⟦!error_code:7⟧ since I'm abroad"),
    ("chat", "us", "call me at ⟦phone:us⟧ or my Dutch cell ⟦phone:nl⟧, whichever"),
    ("chat", "us", "DOB ⟦date_of_birth⟧"),
    ("chat", "us", "Why did my bill jump ⟦!percentage⟧?? I was in Turkey for a week, roaming charges were ⟦!amount⟧"),
    ("chat", "us", "No internet since ⟦!time⟧, ticket ⟦!ticket_number⟧, modem ⟦!model_number⟧ blinking red"),
    ("chat", "us", "how do I reset my PIN if I'm abroad? don't have the card reader with me"),
    ("chat", "us", "GitHub token got leaked in a support log, please delete it: ⟦token:ghp⟧"),
    # ---------------- public
    ("public", "gb", "⟦!mention⟧ card blocked in ⟦abroad⟧ AGAIN, PIN ⟦pin⟧ is correct, stuck at the airport ⟦!hashtag⟧"),
    ("public", "gb", "⟦!mention⟧ 3 days no signal in ⟦abroad⟧ with roaming on. Ridiculous ⟦!hashtag⟧"),
    ("public", "gb", "⟦!mention⟧ could someone ring me back on ⟦phone⟧ please, it's about my account ⟦customer_number⟧"),
    ("public", "gb", "⟦!mention⟧ flight ⟦!flight_number⟧ delayed 6 hours and the app just says 'check back later' ⟦!hashtag⟧"),
    ("public", "us", "⟦!mention⟧ been on hold at ⟦!company_phone⟧ for 45 min. ⟦!hashtag⟧"),
    ("public", "us", "⟦!mention⟧ why is the 2FA code going to my old number ⟦phone⟧?? I updated it twice"),
    ("public", "us", "⟦!mention⟧ app ⟦!version_string⟧ crashes on login, my username is ⟦username⟧ if you want to check"),
    ("public", "us", "⟦!mention⟧ ⟦!percentage⟧ price hike while I'm living abroad and barely using it 🙃"),
    ("public", "gb", "⟦!mention⟧ order ⟦!order_number⟧ still not here, tracking ⟦!tracking_number⟧ hasn't moved since ⟦!date⟧"),
    # ---------------- agent
    ("agent", "gb", "Hi ⟦name⟧, sorry to hear your card isn't working abroad. Please never share your PIN with anyone, including us. I've switched on worldwide use for you. Thanks, ⟦agent⟧"),
    ("agent", "gb", "Hi ⟦name⟧, your PUK code is ⟦puk⟧. Enter it and then choose a new PIN. Safe travels! ^⟦agent⟧"),
    ("agent", "gb", "Thanks ⟦name⟧. I can see the payment of ⟦!amount⟧ from the account ending ⟦!masked_value:iban⟧. I've raised case ⟦!ticket_number⟧ for you. ^⟦agent⟧"),
    ("agent", "gb", "Hi ⟦name⟧, I've updated your number to ⟦phone@p⟧. From now on your one-time codes will be sent to ⟦phone@p⟧. ⟦agent⟧"),
    ("agent", "us", "Hi ⟦name⟧, we've reset your password. Your temporary password is ⟦password:temp⟧ - please change it right after signing in at ⟦!url⟧. ⟦agent⟧"),
    ("agent", "us", "Hey ⟦name⟧! Could you DM us your account number and date of birth? Please don't include your PIN or password. ⟦agent⟧"),
    ("agent", "us", "Hi ⟦name⟧, the verification code was sent to ⟦!masked_value:phone⟧. If you're roaming, make sure SMS is enabled. -⟦agent⟧"),
    ("agent", "us", "Hi ⟦name⟧, thanks for waiting. I see your address as ⟦address⟧ and your email as ⟦email⟧. Is that still correct? ⟦agent⟧"),
    ("agent", "us", "Hi there, you can reach us from abroad at ⟦!company_phone⟧. Have your account number ready, and we'll never ask for your full card number. ⟦agent⟧"),
    ("agent", "gb", "Hi ⟦name⟧, the refund for booking ⟦!order_number⟧ (⟦!amount⟧) will reach your account ⟦iban⟧ within 5-7 working days. ⟦agent⟧"),
    # ---------------- email bodies
    ("ebody", "gb", "I'm writing because my card was swallowed by a cash machine in ⟦abroad⟧ last week. I then tried to pay via the app, but the confirmation code went to my old number ⟦phone⟧ rather than my local SIM. When it finally arrived (⟦otp⟧) it had already expired.\n\nMy account is ⟦iban⟧. Could you please send a replacement card to ⟦address⟧?"),
    ("ebody", "gb", "I recently relocated from Bristol to Rotterdam for work. For the tax form I was asked to provide the following:\n\nBSN: ⟦bsn:bsn⟧\nPassport no: ⟦passport:uk⟧\nDate of birth: ⟦date_of_birth⟧\nCurrent address: ⟦address:nl_ml⟧\nUK address: ⟦address:uk_ml⟧\n\nPlease let me know if anything else is needed."),
    ("ebody", "gb", "Since the update to version ⟦!version_string⟧ I can't log in. After entering my PIN (⟦pin:5⟧) the app shows error ⟦!error_code⟧. I commute between Antwerp and Breda every day, could the Belgian SIM be the problem?"),
    ("ebody", "gb", "There are ⟦!quantity:n⟧ transactions on my Mastercard ⟦card:mc⟧ (expiry ⟦card_expiry⟧) that I do not recognise, all made in Spain on ⟦!date⟧ for a total of ⟦!amount⟧. I've never been there. I blocked the card via ⟦!company_phone⟧ straight away."),
    ("ebody", "gb", "The wifi at our holiday flat isn't working. The network ⟦ssid⟧ shows up but the key ⟦wifi_key⟧ from the welcome folder is rejected. Our booking is ⟦!order_number:bk⟧ and the host isn't answering."),
    ("ebody", "us", "I received an SMS with a security code (⟦otp⟧) that I didn't request, and then an email asking me to click ⟦!url⟧. Is this phishing? My account number is ⟦customer_number⟧ and my username is ⟦username⟧."),
    ("ebody", "us", "Our Shopify plugin stopped syncing on ⟦!date⟧. We're using this API key: ⟦api_key⟧ and the secret ⟦api_key:awssecret⟧. The last request ID was ⟦!request_id⟧ and the response was ⟦!error_code:7⟧."),
    ("ebody", "us", "I'm an exchange student from Boston at the University of Amsterdam. I'd like my deposit refunded to my US account, or if that's not possible to my new Dutch account ⟦iban:nl⟧. My student number is not my customer number, the customer number is ⟦customer_number⟧. You can reach me at ⟦phone:us⟧ or ⟦email⟧."),
    ("ebody", "us", "My account was locked after a login from IP ⟦ip_address⟧ in ⟦abroad⟧. That was me, I was there for a conference. My username is ⟦username⟧. I already changed my password to ⟦password⟧ but still can't get in."),
    ("ebody", "us", "Please update my details:\n\nName: ⟦fullname⟧\nNew address: ⟦address:be_ml⟧\nPhone: ⟦phone:be⟧\nOld US phone (please remove): ⟦phone:us⟧\nDate of birth: ⟦date_of_birth⟧"),
    ("ectx", "gb", "I already rang your customer service on ⟦!company_phone⟧ on ⟦!date⟧ and was told it would be sorted within ⟦!quantity:n⟧ working days. Unfortunately nothing has happened."),
    ("ectx", "gb", "For context, I split my time between the Netherlands and Belgium and fly ⟦!flight_number⟧ most weeks, so it matters that everything works abroad."),
    ("ectx", "us", "I've attached invoice ⟦!invoice_number⟧ (⟦!amount⟧) and a screenshot of the error. Your colleague gave me case number ⟦!ticket_number⟧."),
    ("ectx", "us", "Honestly I'm pretty disappointed. I've been a customer since ⟦!year⟧ and never had this kind of problem."),
    ("ectx", "us", "The package with tracking number ⟦!tracking_number⟧ shows as delivered, but nothing arrived. Order ⟦!order_number⟧."),
    ("ectx", "gb", "Our company VAT number is ⟦!company_registration:vatnl⟧ and KvK ⟦!company_registration:kvk⟧, in case you need it for the invoice."),
]

GREET = {"gb": ["Dear Sir or Madam,", "Hello,", "Hi there,", "Dear ⟦agent⟧,", "Good afternoon,"],
         "us": ["Hello,", "Hi,", "To whom it may concern,", "Hi ⟦agent⟧,", "Hello support team,"]}
CLOSE = {"gb": ["Kind regards,", "Many thanks,", "Best wishes,", "Thanks in advance,", "Yours faithfully,"],
         "us": ["Best,", "Thanks,", "Sincerely,", "Thank you,", "Best regards,"]}
SIGN = {
    "gb": ["⟦fullname⟧\n⟦address:nl_ml⟧\nMob: ⟦phone⟧", "⟦fullname⟧\nAccount: ⟦customer_number⟧", "⟦name⟧",
           "⟦fullname⟧\n⟦phone:uk⟧ | ⟦email⟧", "⟦fullname⟧\nSent from my iPhone"],
    "us": ["⟦fullname⟧\n⟦phone:us⟧", "⟦fullname⟧\n⟦address:us_ml⟧", "⟦name⟧", "⟦fullname⟧\n⟦email⟧\nCustomer # ⟦customer_number⟧",
           "⟦fullname⟧\nSent from my Pixel"],
}
QHEAD = {"gb": ["On ⟦!date⟧, at ⟦!time⟧, Customer Service <support@⟦domain⟧> wrote:", "-----Original Message-----\nFrom: ⟦bank⟧ <noreply@⟦domain⟧>\nSent: ⟦!date⟧\nSubject: Your case ⟦!ticket_number⟧"],
         "us": ["On ⟦!date⟧ ⟦agent⟧ <help@⟦domain⟧> wrote:", "---------- Forwarded message ---------\nFrom: ⟦telco⟧ <no-reply@⟦domain⟧>\nDate: ⟦!date⟧"]}
QBODY = {"gb": ["Dear customer,\n\nThank you for contacting us. Your case reference is ⟦!ticket_number⟧. We aim to respond within 5 working days.\n\nKind regards,\nCustomer Services",
                "Hi ⟦name⟧,\n\nFor security reasons we have temporarily blocked your card. Please call ⟦!company_phone⟧ or visit ⟦!url⟧.\n\nThanks"],
         "us": ["Hi ⟦name⟧,\n\nYour verification code is {code}. It expires in 10 minutes. Never share this code with anyone.",
                "Hello,\n\nTo verify your identity, please reply with your account number and date of birth. Never send your password.\n\nSupport Team"]}

T += [
    ("chat", "gb", "CVV is ⟦cvv⟧, expiry ⟦card_expiry⟧. It's a UK card so maybe that's why it fails on your Dutch site?"),
    ("chat", "us", "Item ⟦!product_code⟧ arrived broken. I paid with my Amex ⟦card:amex⟧, CID ⟦cvv:4⟧, can you refund that card?"),
    ("chat", "us", "downloaded the firmware ⟦!version_string⟧, sha256 ⟦!checksum⟧ doesn't match what's on your site. safe to flash?"),
    ("chat", "gb", "Product code ⟦!product_code⟧ shows out of stock for Belgium but in stock for NL, I'm literally 5 min from the border"),
    ("agent", "us", "Hi ⟦name⟧, item ⟦!product_code⟧ can't be shipped to the UK after Brexit, sorry! Order ⟦!order_number⟧ has been cancelled and ⟦!amount⟧ refunded. ⟦agent⟧"),
    ("ebody", "gb", "I exported my statement (checksum ⟦!checksum⟧) and there's a charge of ⟦!amount⟧ from ⟦shop⟧ that I didn't make, on my card ⟦card⟧. The card never left my wallet, I've only used it in Belgium and the Netherlands."),
    ("chat", "gb", "hi I'm a Polish student in Maastricht, my account is ⟦iban:pl⟧ and my Dutch number is ⟦phone:nl⟧. the SMS code never arrives"),
    ("chat", "us", "I'm a travel nurse from Texas working in Antwerp, my Belgian cell is ⟦phone:be⟧, my email ⟦email⟧, and I need a new PIN mailer sent to ⟦address:be⟧"),
    ("chat", "gb", "Just landed in ⟦abroad⟧ on ⟦!flight_number⟧ and the bank wants a code via SMS but I've got a local eSIM now. Code went to ⟦!masked_value:phone⟧"),
    ("chat", "us", "Customer number ⟦customer_number⟧. Meter reading today ⟦!meter_reading⟧. We're American expats leaving NL on ⟦!date⟧, final bill to ⟦address:us⟧ please"),
    ("chat", "gb", "AWS key leaked in a screenshot I posted to your support forum, please remove: ⟦api_key:aws⟧"),
    ("chat", "us", "slack bot token for the integration you asked for: ⟦token:xoxb⟧"),
    ("chat", "gb", "gitlab token ⟦token:glpat⟧ is the one your tech asked for (port ⟦!port⟧ on our side is open)"),
]

T += [
    ("chat", "gb", "I've been a customer since ⟦!year⟧ and suddenly my card won't work in Belgium? card ends ⟦!masked_value:card⟧"),
    ("public", "us", "⟦!mention⟧ customer since ⟦!year⟧ and this is how you treat me ⟦!hashtag⟧"),
    ("chat", "us", "tax year ⟦!year⟧ statement shows my old Brooklyn address, new one is ⟦address:nl⟧. BSN ⟦bsn:bsn⟧ if needed"),
    ("chat", "gb", "Hi, SIM PIN is ⟦pin:4⟧ and the PUK2 on the card is ⟦puk⟧ - I'm in ⟦abroad⟧ and the phone's locked"),
    ("chat", "gb", "the account is in my husband's name, his login is ⟦username⟧. I'm not going to give you his password lol"),
]

T += [
    ("chat", "us", "Is port ⟦!port⟧ blocked on your network? my home server at ⟦ip_address⟧ isn't reachable since the modem swap"),
    ("chat", "gb", "Remote desktop on port ⟦!port⟧ stopped working, our office is in Luxembourg and I log in from Arlon. IP here is ⟦ip_address⟧"),
]

T += [
    ("chat", "gb", "⟦otp⟧ is the code I got but it says expired - I'm in ⟦abroad⟧, different time zone, could that be it?"),
    ("chat", "us", "Here's the API secret you asked for:\n⟦api_key:awssecret⟧\nand the access key id ⟦api_key:aws⟧"),
    ("chat", "gb", "Our SendGrid key ⟦api_key:sg⟧ was in the config we sent your engineer, please rotate it"),
    ("chat", "us", "session token from the cookie: ⟦token:hex64⟧ - does that help debug the login loop?"),
    ("chat", "us", "Google Maps key for the store locator on our Belgian site: ⟦api_key:google⟧"),
    ("chat", "gb", "PUK is ⟦puk:spaced⟧, phone's locked and I'm stuck at Brussels Midi"),
    ("chat", "gb", "the door code for the Airbnb in ⟦abroad⟧ is ⟦pin:6⟧ but it won't open, booking ⟦!order_number:bk⟧"),
    ("chat", "us", "my Xbox gamertag ⟦username⟧ got locked when I moved to the Netherlands, says region mismatch"),
    ("chat", "gb", "Netwerksleutel? you mean the wifi password, it's ⟦wifi_key⟧"),
    ("chat", "us", "PIN for the voicemail: ⟦pin:spelled⟧"),
    ("chat", "gb", "phone number is ⟦phone:spelled⟧"),
    ("chat", "us", "password: ⟦password:spacephrase⟧ (with the spaces)"),
    ("chat", "gb", "no sorry, the code was ⟦otp:6@a⟧, I wrote it wrong earlier"),
    ("agent", "gb", "Hi ⟦name⟧, thanks - just to confirm, we've changed your number from ⟦phone@o⟧ to ⟦phone:nl⟧. Codes will go to the new one from now. ⟦agent⟧"),
    ("agent", "us", "Hey ⟦name⟧, please don't post your wifi password publicly! You can change it at ⟦!url⟧. Your ⟦!model_number⟧ is on firmware ⟦!version_string⟧. ⟦agent⟧"),
    ("agent", "us", "Hi ⟦name⟧, your account number is ⟦customer_number⟧ and the card on file ends in ⟦!masked_value:card⟧. Anything else I can help with? ⟦agent⟧"),
    ("public", "gb", "⟦!mention⟧ how am I supposed to get the code if I'm abroad with a local SIM? ⟦!hashtag⟧"),
    ("public", "us", "⟦!mention⟧ your 2FA texts don't reach US numbers, my code never came. Account ⟦customer_number⟧"),
    ("ebody", "us", "My son is studying in Krakow and has a second card on my account (⟦iban:nl⟧). His card was blocked after three wrong PIN attempts at an ATM. He thinks he typed ⟦pin:4@a⟧ instead of ⟦pin:swap-a⟧. You can reach him on his Polish number ⟦phone:pl⟧."),
    ("ebody", "gb", "I'm a Spanish national living in Brussels and working in Luxembourg. For the cross-border tax form your colleague asked for: national register number ⟦bsn:rrn⟧, Spanish DNI ⟦passport:es⟧, Luxembourg IBAN ⟦iban:lu⟧ and my mobile ⟦phone:lu⟧."),
    ("ectx", "gb", "We're staying at ⟦hotel⟧ until ⟦!date⟧ (booking ⟦!order_number:hotel⟧), so I won't see any post at home before then."),
    ("ectx", "us", "I'm taking the train to Paris tomorrow at ⟦!time⟧ (ticket ⟦!ticket_number⟧) and really need the card by then."),
]

T += [
    ("chat", "gb", "pw:⟦password⟧ (case sensitive)"),
    ("chat", "us", "email:⟦email⟧,phone:⟦phone:us⟧"),
    ("chat", "gb", "I'm off to Morocco on ⟦!date⟧ for a month. Do I need to do anything for my card to work there?"),
    ("chat", "us", "do you charge extra for using the card in the US? flying over on ⟦!flight_number⟧ next week"),
]

T += [
    ("ectx", "gb", "I've attached the export (SHA-256 ⟦!checksum⟧) so you can check it hasn't been altered."),
    ("ectx", "us", "For reference, the md5 of the attached log is ⟦!checksum⟧ and the request ID shown was ⟦!request_id⟧."),
]

T += [
    ("chat", "us", "exp date ⟦card_expiry⟧ is printed on the card but the rental desk in ⟦abroad⟧ says it's expired??"),
    ("chat", "gb", "New card arrived, valid until ⟦card_expiry⟧. Do I need to add it to Apple Pay again before I fly to ⟦abroad⟧?"),
    ("ebody", "us", "The car rental company in ⟦abroad⟧ needs a credit card for the deposit. My card ⟦card⟧ (exp. ⟦card_expiry⟧, security code ⟦cvv⟧) is declined with code ⟦!error_code:4⟧. Reservation ⟦!order_number:pnr⟧. My date of birth is ⟦date_of_birth⟧ in case you need it for verification."),
    ("chat", "gb", "Born ⟦date_of_birth⟧ in Lagos, living in The Hague since ⟦!year⟧ - your form won't accept a place of birth outside the EU"),
]

T += [
    ("ectx", "gb", "My return flight ⟦!flight_number⟧ leaves on ⟦!date⟧ at ⟦!time⟧; until then email is the only way to reach me."),
    ("ectx", "us", "The last invoice (⟦!invoice_number⟧, ⟦!amount⟧) has been paid, and the meter read ⟦!meter_reading⟧ at that point."),
    ("chat", "us", "Invoice ⟦!invoice_number⟧ was paid from my US account weeks ago, why am I getting a reminder? account ⟦customer_number⟧"),
    ("chat", "gb", "Missed my connection in Frankfurt, now on ⟦!flight_number⟧ at ⟦!time⟧ and the card's declined at the kiosk, PIN ⟦pin⟧, code ⟦!error_code:4⟧"),
    ("chat", "gb", "Our company reg is ⟦!company_registration:kvk⟧ and VAT ⟦!company_registration:vatnl⟧ - the invoice ⟦!invoice_number⟧ has the wrong one"),
]

T = r"""
@ ato_otp c
Someone rang me saying they were from <<~bank>> fraud team and I read them the code from the text: <<otp>>. Now <<!amount>> is gone from my account. please help <<~emoji>>
--
got this text and I didnt request it?? "Your <<~bank>> one-time passcode is <<otp>>. Never share this code, not even with us."
--
My account was taken over. At <<!time>> I got a verification code (<<otp>>) I never asked for and then I was locked out. Account number <<customer_number>>
--
I think I've been hacked. Someone logged in from a new device. My home IP is <<ip_address>> if that helps you see which login was mine. App version <<!version_string>>
--
the scammer made me read out TWO codes: <<otp>> and then <<otp>>. he said it was to "secure" my account. order <<!order_number>> appeared after that
@ ato_login c
My <<~app>> got hacked. Username was <<username>> and password <<password>> which I also use on other sites (I know...). What should I do?
--
cant log in anymore, they changed my email. old login <<email>> pw <<password>>. the new address on there isnt mine
--
Somebody changed my password and placed orders for <<!amount>> and <<!amount>> (order <<!order_number>>). My username is <<username>>
--
I'VE ALREADY CHANGED MY PASSWORD TO <<password>> AND THEY'RE STILL GETTING IN. WHAT IS GOING ON
--
locked out after 5 attempts, error <<!error_code>>. my login is <<username>> and I'm 100% sure the password is <<password>>
@ phone_lost c
My phone was stolen on the bus this morning. Can you block the SIM? Number is <<phone>>, account <<customer_number>>
--
lost my phone 😭 need the sim blocked asap. the sim pin was <<pin>> so they can probably guess it. number <<phone>>
--
Hi, my phone (<<!model_number>>) was snatched outside the station. My banking app is on it. Phone unlock code: <<pin|six>>. Should I call the bank too?
--
phone nicked at a gig last night. crime ref <<!ticket_number>>. please bar <<phone>>, I'll need a replacement sim sent to <<address>>
@ sim_puk c
My SIM is locked after 3 wrong PINs and now it wants a PUK. The card says PUK <<puk>> but that doesn't work either
--
need my PUK code!! screen says "SIM locked", error <<!error_code>>. number <<phone>>
--
found the PUK in a drawer: <<puk>>
do I then pick a new PIN? I want <<pin>>
--
put in <<puk|spaced>> as the PUK and it says 9 attempts left. is that the right one?
--
hi, SIM blocked, PUK please. DOB <<date_of_birth>>, number <<phone>>, postcode on the account is the one at <<address>>
@ card_stolen c
My debit card has been stolen!! Card number <<card>>, expires <<card_expiry>>. Please freeze it, someone already spent <<!amount>>
--
wallet gone with my card in it, PIN was <<pin>> (stupid, it was written on a note inside). account <<iban>>
--
Please cancel my credit card <<card>> CVV <<cvv>>, I see a <<!amount>> charge from an overseas website
--
3 payments overnight at <<!time>> on my card ending <<!masked_value>>. I still have the card here! IBAN <<iban>>
--
Card details for the dispute: <<card>>, exp <<card_expiry>>, security code <<cvv>>. The charge was <<!amount>> on <<!date>>
@ elderly c
Good afternoon, I'm writing for <<~rel>> (87). She's forgotten her PIN, she thinks it was <<pin>> but it gets declined. Her account: <<customer_number>>
--
<<~rel>> got a new card but can't manage it. his pin is <<pin>> and DOB <<date_of_birth>>. can someone call him back on <<phone>>?
--
Hi I'm helping <<~rel>> with the app. He has his passcode <<pin|six>> and username <<username>> on a post-it. The app says <<!error_code>>, what does he do
--
My mum (91) was scammed over WhatsApp ("hi mum new number"). She sent <<!amount>> to <<iban>>. Her own account is <<iban>>
--
my grandma gave her card <<card>> and pin <<pin>> to a "courier" who came to the door. she's in bits. what now
@ forward_sms c
Fwd from my phone:
"<<~telco>>: Your one-time code is <<otp>>. Valid until <<!time>>."
I did NOT ask for this!
--
got this:

From: <<~bank>>
<<otp>> is your code to add a new device. Not you? Call <<!company_phone>>.

what does it mean
--
Is this fake? "Dear customer, your card expires soon. Verify at <<!url>> before <<!date>>." I put my card number <<card>> in there
--
text from this afternoon: "Your <<~app>> verification code is: <<otp>>" ... I wasn't even logging in
--
"G-<<otp>> is your Google verification code." someone keeps triggering this, 6 times today
@ email_notif c
I got this email, is it real?

----
Subject: New sign-in to your account
We noticed a new sign-in to your account <<email>> on <<!date>> at <<!time>>.
Device: <<!model_number>> · Location: Lagos, Nigeria
If this wasn't you, reset your password here: <<!url>>
----
--
copied from the email they sent:
"Your order <<!order_number>> has been placed. Total: <<!amount>>. Delivery to: <<address>>."
i never ordered anything!
@ notes_list c
this is the list from my notes app, which ones do I need to change?

bank - <<pin>>
<<~app>>: <<email>> / <<password>>
wifi <<~ssid>>: <<wifi_key>>
sim pin <<pin>>
--
From my notes (phone is stolen so they can see all of this):
- <<~shop>> pw: <<password>>
- <<~app>> <<username>> <<password>>
- debit card <<pin>>
- bank details <<iban>>
What do I do first?
--
<<~rel>>'s list:
PIN <<pin>>
PUK <<puk>>
customer no <<customer_number>>
router <<password>>
@ ocr_paste c
screenshot text (copied with google lens, sorry for the weird spaces):
Your verifica tion code : <<otp|ocr>>
Do n ot share this co de . <<!date>> <<!time>>
--
Text of the letter (typed out):
"Dear Customer, please find your new PIN below. Your PIN: <<pin>>. Account: <<customer_number>>. Ref <<!invoice_number>>."
can I bin the letter now?
--
copying what's on my screen:
Error <<!error_code>> - Acc ount lo cked
User name:<<username>>
Last att empt: <<!date>> <<!time>>
@ pwmanager c
Export line from my password manager, this login doesn't work any more:
"<<~shop>>","<<!url>>","<<email>>","<<password>>"
--
copied from 1Password: title: <<~app>> | username: <<username>> | password: <<password>> | modified <<!date>>
@ wifi c
Wifi died after the outage. Network <<~ssid>>, key <<wifi_key>>. Router <<!model_number>>, light flashing orange
--
how do I change my wifi password? it's <<wifi_key>> right now and the neighbours know it
--
Router admin password is <<password>> but I can't get into 192.168.1.1, error <<!error_code>>. WPA key on the sticker: <<wifi_key>>
--
The engineer set the wifi up but the key on the card (<<wifi_key>>) doesn't work. Firmware <<!version_string>>
@ cue_less c
<<pin>>
--
<<otp>>
--
it's <<customer_number>>
--
sorry, it's <<pin|four>> not <<pin|typo>>
--
DOB <<date_of_birth>>
first line of address:
<<address|street>>
@ spoken c
the code I got is <<otp|spoken>>
--
my pin is <<pin|spoken>> (typing it out, my number keys are broken)
@ dev_keys c
Our checkout integration with your payments API returns <<!error_code>> since <<!date>>. Key we use: <<api_key>> (request id <<!request_id>>)
--
Hi, I accidentally pushed my token to a public repo: <<token>>. Can you revoke it? Account <<email>>
--
webhook fails on port <<!port>>, header Authorization: Bearer <<token>>. SDK <<!version_string>>
--
AWS keys leaked in a screenshot I posted: access key <<api_key|aws>> secret <<api_key|awssecret>>. what do I do
@ no_spans c
My card was stolen but I already froze it in the app. What happens with the <<!amount>> payment on <<!date>>?
--
keep getting texts with codes I never asked for, should I be worried? <<~emoji>>
--
Your app <<!version_string>> crashes on login with error <<!error_code>>. Phone <<!model_number>>
--
Parcel <<!tracking_number>> was due today, still says in transit. Order <<!order_number>>
--
Meter reading submitted: <<!meter_reading>>, is it right my direct debit is now <<!amount>>? That's <<!percentage>> more
--
flight <<!flight_number>> on <<!date>>, my card got blocked at the airport for "suspicious activity". I'm stuck
@ meter_customer c
Meter reading <<!meter_reading>> as of <<!date>>. Account number <<customer_number>>. Why has my bill gone up?
--
acct <<customer_number>> invoice <<!invoice_number>> amount <<!amount>> is wrong, I'm on a payment plan
@ public_vent p
<<!mention>> 3 days locked out of my account and nobody helps. Ticket <<!ticket_number>> <<!hashtag>>
--
<<!mention>> my phone was stolen and I can't get through. Block <<phone>> please!!
--
<<!mention>> why am I getting a text with code <<otp>> when I'm not doing anything?? <<!hashtag>>
--
Watch out, fake "<<~bank>>" text going round with link <<!url>> <<!hashtag>>
--
<<!mention>> my nan got scammed out of <<!amount>>, can someone DM me??
--
<<!mention>> account <<customer_number>>, 45 min on hold. Seriously?
--
<<!mention>> hacked. my username <<username>> is posting crypto scams. please lock it <<!hashtag>>
@ agent_ask a
Hi <<~name>>, sorry to hear your phone was stolen. I've barred the number ending <<!masked_value>>. Never share your PIN or codes with us. Thanks, <<~agent>>
--
Hello <<~name>>, I can see your card <<!masked_value>>. It's now cancelled (ref <<!ticket_number>>). A new card will arrive in 3-5 working days. <<~agent>>
--
Hi, thanks for your message. I've ordered a new SIM for account <<customer_number>>. The PUK will be on the new card. ^<<~agent>>
--
Hi <<~name>>, you sent us your code <<otp>> but we never need it and it's not safe to share. If in doubt call <<!company_phone>>.
--
Hi! I've reset your password. Your temporary password is <<password|temp>>, please change it at first login. <<~agent>>
--
Hi <<~name>>, your account <<!masked_value>> is temporarily blocked after your report on <<!date>>. We'll call you on <<phone>>. <<~agent>>
--
Hi {first_name}, you can request a PIN reminder in the app. Never share <PIN> or <OTP>. Case <<!ticket_number>>
--
Dear customer, we've received your report about the suspicious payment of <<!amount>> under reference <<!ticket_number>>. We're looking into it.
--
Thanks <<~name>>. Just to confirm, the card we've blocked is <<card>>? Please don't send the CVV. <<~agent>>
@ email_body e
I am writing to report that I have been the victim of a scam. A man called claiming to be from the <<~bank>> fraud department. He knew my name and address (<<address>>). At his request I gave him the code <<otp>> and put my card in an envelope for a courier. Card number <<card>>. Since then <<!amount>> has been taken on <<!date>>.
--
Please find below the details you asked for to close my late father's account.
Name: <<~name2>>
Date of birth: <<date_of_birth>>
Account number:
<<customer_number>>
Bank details:
<<iban>>
--
I received a letter from you (ref <<!invoice_number>>, dated <<!date>>) about a replacement card. I never asked for one! My details: <<address>>, tel <<phone>>, account <<customer_number>>.
--
My mother (<<date_of_birth>>) can no longer access her online banking. Username <<username>>. She wrote her password down as <<password>> but it's rejected with message <<!error_code>>.
--
Forwarded message follows.

---------- Forwarded message ---------
From: <<~bank>> Alerts
Date: <<!date>>
Subject: Security alert

Your one-time passcode is <<otp>>. It expires in 10 minutes. We will never call you to ask for this code.
---------

I never requested this and my account shows a payment of <<!amount>>.
@ shop_notif c
got this email but I didn't order anything:
"Thanks for your order <<!order_number>>! <<!quantity>> x <<!product_code>> - total <<!amount>>. Registered company no. <<!company_registration>>"
and now my login <<email>> with password <<password>> doesn't work
--
pasted from my inbox:
Invoice <<!invoice_number>> | item <<!product_code>> | qty <<!quantity>> | VAT reg <<!company_registration>>
Sign in with your account number <<customer_number>> and password <<password>>
@ since_year c
I've been a customer since <<!year>> and now my account is just frozen. Account <<customer_number>>, DOB <<date_of_birth>>
--
Since the <<!year>> update my old passcode <<pin>> doesn't work in the app, only Face ID
@ dev_more c
The installer from your portal has checksum <<!checksum>>, is that right? Our api key <<api_key>> doesn't work with it
--
Server on port <<!port>>, client IP <<ip_address>>. Access token <<token>> keeps expiring after 5 min
--
Personal access token for the integration: <<token|glpat>> (created <<!date>>). It got posted in our public Slack by mistake
--
our secret key <<api_key|stripe>> was in a screenshot on twitter for 10 minutes, please rotate
@ dispute c
Chargeback request: card <<card>> (exp <<card_expiry>>, CVC <<cvv>>), amount <<!amount>>. My home IP is <<ip_address>>, the fraudster was elsewhere. Bank account <<iban>>, login <<username>>
--
for the dispute form
username: <<username>>
IBAN: <<iban>>
3 digits on the back: <<cvv>>
my IP:
<<ip_address>>
(missed flight <<!flight_number>> because of all this)
"""

PARTS = r"""
@ greet x
Dear Sir/Madam,
--
Hello,
--
Hi there,
--
To whom it may concern,
@ fill x
I have already phoned your helpline three times this week and each time I was told someone would call me back, but nobody has. I'm getting very anxious about this.
--
I'm not very good with computers, my grandson usually helps me but he's away at university. I hope you can help because I am really worried about my savings.
--
On <<!date>> at around <<!time>> I got a notification that a new device had been added. I rang <<!company_phone>> straight away but after 40 minutes on hold the call dropped.
--
I have reported this to the police (reference <<!ticket_number>>) and they told me to contact you in writing as well. I've attached the report.
--
I don't understand how they got my details. I've never clicked on a link, I only ordered something online once. Could you please find out exactly what happened?
--
Thank you in advance for your help. I'm available during the day except Wednesdays when I look after the grandchildren.
--
It all started when I got a message from someone claiming to be my son with a new number. He said he had to pay a bill urgently and couldn't get into his banking app. I helped without thinking twice. Only that evening did my real son ring and then I realised what had happened.
--
I have since changed all my passwords and had my card cancelled, but I'm still getting strange emails and texts. I don't know what's real any more. Could you please confirm my account is now safe and nothing else can be taken?
--
My father moved into a care home last year and I look after his banking. I have power of attorney, which I sent you before. Yet every time I call I'm told he must phone himself, which he really can't do any more.
--
I would also like to know whether the money can be refunded. It's a lot of money for me, it's my savings. I've read that banks reimburse victims of this kind of fraud in some cases.
@ close x
Kind regards,
--
Yours faithfully,
--
Thanks,
--
Best,
@ sig x
<<~name>>
<<address|lines>>
<<phone>>
--
<<~name>>
Tel: <<phone>>
Email: <<email>>
--
<<~name>>
Account no. <<customer_number>>
--
<<~name>>

Sent from my iPhone
@ qhdr x
On <<!date>> at <<!time>>, <<~bank>> Customer Care wrote:
> Dear customer,
> We have received your enquiry under reference <<!ticket_number>>.
> We will never ask for your PIN or passcodes.
--
On <<!date>>, <<~agent>> from <<~telco>> wrote:
> Hi, could you send us your account number and date of birth so I can look into this?
"""

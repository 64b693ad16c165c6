"""English templates (en-gb and en-us). Same slot syntax as tpl_nl."""

T = {}

T["note_head"] = [
    "Internal note",
    "INTERNAL – do not send to customer",
    "Convo summary [[N:date]] via [[F:channel_name]]",
    "Note by [[F:agent]] [[N:date]] [[N:time]]:",
    "Handover to 2nd line — cust [[F:full]]",
    "Evening shift handover:",
    "=== Webcare -> back office handover ===",
    "Heads up team, open case [[N:ticket_number]]:",
    "chat summary ([[F:channel_name]]), customer [[F:first]]",
    "Wrap-up notes:",
]

T["note_line"] = [
    "cust# [[S:customer_number]] – ID&V done w/ DOB [[S:date_of_birth]] + postcode",
    "Account no: [[S:customer_number]]",
    "DOB [[S:date_of_birth]] matches CRM",
    "pw reset to temp [[S:password]] – cust must change on first login",
    "cust posted their own pw in chat ([[S:password]]) – advised to change asap",
    "old pw: [[S:password.old]] / new: [[S:password.new]] (cust volunteered both, sigh)",
    "username [[S:username]], locked after 5 attempts, unlocked at [[N:time]]",
    "IBAN changed from [[S:iban.old]] to [[S:iban.new]] effective [[N:date]]",
    "refund [[N:amount]] to acct [[S:iban]] requested",
    "Tel: [[S:phone]] (best after 5pm)",
    "callback req on [[S:phone]], NOT the landline",
    "email updated to [[S:email]] (old one bouncing)",
    "Address per cust: [[S:address]]",
    "engineer to attend [[S:address]], key safe code [[S:pin/door]]",
    "cust sent card PIN ([[S:pin]]) in DM!! msg hidden, card to be cancelled",
    "PUK requested for SIM ending [[N:masked_value/phone]]: [[S:puk]]",
    "SMS code [[S:otp]] not received per cust, 2nd code sent [[N:time]]",
    "cust read out the verification code: [[S:otp/words]]",
    "wifi [[F:ssid]] / key [[S:wifi_key]] – wants it changed, walked through app",
    "router [[N:model_number]] fw [[N:version_string]], error [[N:error_code]]",
    "MPAN/EAN [[S:customer_number/ean]], read [[N:meter_reading]] on [[N:date]]",
    "card [[S:card]] exp [[S:card_expiry]] CVV [[S:cvv]] posted by cust in chat -> fraud desk",
    "card ending [[N:masked_value/card]], no full numbers recorded",
    "order [[N:order_number]], parcel [[N:tracking_number]] shows delivered but cust has nothing",
    "invoice [[N:invoice_number]] for [[N:amount]] wrong, [[N:percentage]] discount not applied",
    "case [[N:ticket_number]] raised, passed to 2nd line",
    "login from IP [[S:ip_address]] at [[N:time]], cust doesn't recognise it",
    "cust gave us their API key for the shop integration: [[S:api_key]] – DO NOT use, told them to rotate",
    "access token visible in screenshot: [[S:token]] (session revoked)",
    "contract no [[S:customer_number/contract]] ends [[N:date]]",
    "policy no [[S:customer_number/policy]], claim for incident on [[N:date]]",
    "alarm code [[S:pin/door]] passed to field service for appt [[N:date]] between [[N:time.a]] and [[N:time.b]]",
    "cust calling from other no: [[S:phone.alt]] instead of [[S:phone]]",
    "ID check: DOB [[S:date_of_birth]] + last digits of card ([[N:masked_value/card]]) ok",
    "internal ref: [[N:request_id]], see logs",
    "cust bought [[N:quantity/data]] extra data, not credited",
    "cust email: [[S:email]] – ph [[S:phone]]",
    "member no [[S:customer_number/member]]",
    "router reachable on [[S:ip_address]]:[[N:port]] — cust had port forwarding on",
    "§en-us§SSN came up in chat – told cust we never need it, msg deleted. Acct [[S:customer_number]]",
    "§en-gb§sort code + acct given in chat, converted: [[S:iban/gb]] – msg redacted",
    "§en-gb§Company no. of cust's business [[N:company_registration]], billing addr [[S:address]]",
    "§en-us§cust's business EIN [[N:company_registration]] on file, billing to [[S:address]]",
    "SIM PIN [[S:pin]] written on a sticky note at cust's, told them to bin it",
    "cust uses authenticator app, code at time of call [[S:otp]]",
    "wants replies to work email: [[S:email.work/work]]",
    "fw checksum [[N:checksum]] ok, version [[N:version_string]]",
    "missed flight [[N:flight_number]] due to SMS outage, wants comp ([[N:amount]])",
    "acct# [[S:customer_number]] / pw reset done / new temp: [[S:password]]",
    "AWS creds pasted by cust (key id [[S:api_key/aws_id]], secret [[S:api_key.s/aws_secret]]) – flagged to security",
]

T["comment_head"] = [
    "[[N:date]] [[N:time]] | [[F:agent]] | internal",
    "— [[F:ag_init]] [[N:time]]",
    "Comment from [[F:agent]] ([[N:date]]):",
    "[[[N:date]] [[N:time]]] [[F:agent]] (Social Care):",
    "Private comment added by [[F:agent]] – [[N:date]]",
]

T["escal_open"] = [
    "Subject: Fraud escalation – possible account takeover ([[N:ticket_number]])\n\nHi Fraud team,\n\nThe message below came in via [[F:channel_name]] this morning. Customer thinks someone else is in their account.",
    "Subject: Field service request – outage [[F:city]]\n\nHi Field Service,\n\nPlease book an engineer, customer has had no broadband or TV since [[N:date]].",
    "Subject: FW: complaint for 2nd line\n\nHello 2nd line,\n\nPassing this one over as we're stuck in social. Details below.",
    "Subject: URGENT – payment to wrong account\n\nHi Payments team,\n\nCustomer paid [[N:amount]] on [[N:date]] but it never reached us.",
    "Subject: Callback request [[N:ticket_number]]\n\nHey [[F:colleague]],\n\nCould you ring this customer tomorrow? I'm off.",
    "Subject: Possible data exposure – cust posted details publicly\n\nHi Privacy,\n\nCustomer put the below in a public reply. Post hidden at [[N:time]].",
    "Subject: phishing report [[N:date]]\n\nHi Security,\n\nCustomer replied to a fake text and entered details. What I know:",
    "Subject: RE: outage [[N:ticket_number]] – update needed\n\nMorning all,\n\nCust is chasing for the 3rd time. Summary:",
]

T["escal_ask"] = [
    "Can you check whether the IBAN change was really made by the customer?",
    "Please reply in the case, not by email.",
    "Cust would like a callback before [[N:date]].",
    "Thanks in advance! I've told the cust it may take up to [[N:quantity/dur]].",
    "Could the engineer call ahead? Customer has limited mobility.",
    "High prio please, cust is threatening to go to the press.",
    "Shout if you need more, I'm on chat until [[N:time]].",
]

T["greet_colleague"] = ["Hi all,", "Hi team,", "Hello [[F:colleague]],", "Hey [[F:colleague]],", "Morning,", "Team,"]

T["sig_agent"] = [
    "Kind regards,\n[[F:agent]]\nSocial Care | [[F:brand]]\nT [[N:company_phone]] | [[N:url]]",
    "Thanks, [[F:agent]] | Customer Care [[F:brand]] | [[N:company_phone]] (Mon-Fri 8-8)",
    "Cheers,\n[[F:agent]]\nSocial team\n[[F:brand]] Ltd · Company No. [[N:company_registration]] · [[N:url]]",
    "Best,\n\n[[F:agent]]\nTier 2 Tech Support\nDirect: [[N:company_phone]]",
    "[[F:agent]] (social)",
    "Best regards,\n\n[[F:agent]]\nCustomer Relations | [[F:brand]]\n[[N:company_phone]] · [[N:url]]\nVAT Reg [[N:company_registration]]",
]

T["disclaimer"] = [
    "This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please delete it and notify the sender.",
    "CONFIDENTIALITY NOTICE: The contents of this email message are intended for the exclusive use of the addressee.",
    "*** Internal email. Do not forward to customers. ***",
    "Please consider the environment before printing this email.",
]

T["cust_dm"] = [
    "hi my broadband has been down 3 days. account number [[S:customer_number]] address [[S:address]]",
    "Hello, I forgot my password and the reset email isn't arriving at [[S:email]]. Can you help?",
    "i keep getting a code but i didnt request anything?? just got [[S:otp]] again. is this a scam",
    "Here are my details: [[F:full]], dob [[S:date_of_birth]], [[S:address]], tel [[S:phone]]",
    "you took [[N:amount]] instead of [[N:amount.b]]!! refund to [[S:iban]] pls",
    "sim locked after 3 wrong pins. whats the PUK? number is [[S:phone]]",
    "The wifi password on the sticker ([[S:wifi_key]]) stopped working after the update on [[N:date]]",
    "engineer can get in tomorrow with the key safe code: [[S:pin/door]]. i'm back around [[N:time]]",
    "my login is [[S:username]] and pw [[S:password]] but it keeps saying invalid",
    "I have a new bank account: [[S:iban]]. Please take payments from there from next month. Thanks, [[F:first]]",
    "i accidentally sent my card number to someone pretending to be you, [[S:card]], what do i do??",
    "Meter readings: [[N:meter_reading]] (day) and [[N:meter_reading.b]] (night). MPAN [[S:customer_number/ean]]",
    "Order [[N:order_number]] still not here. Tracking [[N:tracking_number]] has said 'in transit' for [[N:quantity/dur]]",
    "Just call me on [[S:phone]], typing is hard with my arm in a cast",
    "I don't use my old email [[S:email.old]] anymore, new one is [[S:email.new]]",
    "the app shows [[N:error_code]] when logging in (version [[N:version_string]])",
    "card [[S:card]] valid thru [[S:card_expiry]] keeps getting declined for my plan",
    "router admin password is still [[S:password]], is that safe? my ip is [[S:ip_address]]",
    "My son saw my PIN [[S:pin]], can I change it in the app?",
    "I want to cancel. contract number [[S:customer_number/contract]], end date [[N:date]] please",
    "the code I got was [[S:otp]] but it had already expired, now I'm locked out",
    "§en-us§my account # is [[S:customer_number]] and the phone on file should be [[S:phone]] not the old one",
    "§en-gb§sorry to be a pain, acc no [[S:customer_number]], mobile [[S:phone]], been waiting since [[N:date]]",
]

T["cust_public"] = [
    "[[N:mention]] 2 days without TV and nobody answers on [[N:company_phone]] 😡 [[N:hashtag]]",
    "[[N:mention]] just call me then, [[S:phone]]. fed up",
    "[[N:mention]] can you email me at [[S:email]]? DMs aren't working",
    "[[N:mention]] my account no is [[S:customer_number]], why did I get 3 bills for [[N:amount]]? [[N:hashtag]]",
    "Another outage in [[F:city]] [[N:hashtag]] [[N:mention]] when will it be fixed?",
    "[[N:mention]] engineer never turned up at [[S:address]]. Took a day off for nothing [[N:hashtag]]",
    "[[N:mention]] called [[N:company_phone]] four times, case [[N:ticket_number]], still nothing",
]

T["cust_email"] = [
    "Dear Sir/Madam,\n\nOn [[N:date]] I requested to switch, but I have heard nothing since. My account number is [[S:customer_number]] and the contract is in the name of [[F:full]]. Also [[N:amount]] too much was taken from [[S:iban]].\n\nYou can reach me on [[S:phone]].",
    "Hi,\n\nYesterday I got a text from 'you' with a link. I entered my login (username [[S:username]], password [[S:password]]) and then the code [[S:otp]]. Now I can see a payment of [[N:amount]] I didn't make!!\n\nPlease help.",
    "Hello,\n\nI'm moving: from [[N:date]] my address is [[S:address]]. The old address was [[S:address.old]]. My date of birth is [[S:date_of_birth]] if you need it for security.",
    "Hi there,\n\nThe engineer for appointment [[N:ticket_number]] can get in via the key safe by the door, code [[S:pin/door]]. Alarm is off. My mobile: [[S:phone]].",
    "Dear team,\n\nMy invoice [[N:invoice_number]] is [[N:percentage]] higher than last month. I've paid by direct debit from [[S:iban]] for years, account [[S:customer_number]]. Please explain.",
    "Hi,\n\nAfter updating to [[N:version_string]] I can't log in. I get [[N:error_code]]. My account name is [[S:username]]. My credit card [[S:card]] is still saved, please remove it.",
]

T["cust_sig"] = [
    "Kind regards,\n[[F:full]]",
    "Thanks,\n[[F:first]]\n[[S:phone]]",
    "Regards, [[F:full]]\n[[S:address]]\nTel: [[S:phone]]",
    "Sent from my iPhone",
    "[[F:full]]\nM: [[S:phone]]\n[[S:email]]",
    "cheers [[F:first]]",
]

T["reply_open"] = [
    "Hi [[F:first]], thanks for your message.",
    "Dear [[F:full]],\n\nThank you for your email of [[N:date]].",
    "Hi [[F:first]]! Sorry to hear it's still not working.",
    "Good afternoon [[F:first]],\n\nI've gone through your query with my 2nd line colleague.",
    "Hey [[F:first]], [[F:agent]] here from [[F:brand]].",
    "Dear Mr/Ms [[F:last]],\n\nMany thanks for your patience.",
]

T["reply_line"] = [
    "I've noted your new account number [[S:iban]], the change takes effect on [[N:date]].",
    "Just to confirm: we'll call you back on [[S:phone]] between [[N:time.a]] and [[N:time.b]].",
    "Your username is [[S:username]]. You can set a new password at [[N:url]].",
    "You mentioned your password below. Never share it, not even with us, and please change it now via [[N:url]].",
    "The engineer will visit [[S:address]] on [[N:date]].",
    "Your PUK code is [[S:puk]]. Note: after 10 wrong attempts the SIM is permanently blocked.",
    "Your case reference is [[N:ticket_number]]; quote it if you call us on [[N:company_phone]].",
    "We've refunded [[N:amount]] to the account ending [[N:masked_value/iban]].",
    "I can see account number [[S:customer_number]] in the name of [[F:full]]. Is that right?",
    "[[S:email]] is now set as your primary email address.",
    "We've blocked your card ending [[N:masked_value/card]]. A new one is on its way ([[N:tracking_number]]).",
    "I've hidden your message with your PIN so it's no longer visible.",
]

T["reply_close"] = [
    "Let us know if there's anything else we can do.",
    "Have a great day!",
    "I hope this helps.",
    "Sorry again for the hassle.",
    "Any questions, just reply to this message.",
]

T["quote_hdr"] = [
    "On [[N:date]] at [[N:time]], [[F:full]] <[[S:email]]> wrote:",
    "-----Original Message-----\nFrom: [[F:full]] <[[S:email]]>\nSent: [[N:date]] [[N:time]]\nTo: Customer Care [[F:brand]]\nSubject: Re: my request",
    "[[F:full]] wrote on [[N:date]]:",
    "On [[N:date]], [[S:email]] wrote:",
]

T["inline_quote"] = [
    "You wrote: \"{Q}\"",
    "> {Q}",
    "Customer wrote:\n\"{Q}\"",
    "Original msg from [[F:first]]: {Q}",
]

T["fwd_hdr"] = [
    "---------- Forwarded message ---------\nFrom: [[F:full]] <[[S:email]]>\nDate: [[N:date]] [[N:time]]\nSubject: complaint",
    "Begin forwarded message:\n\nFrom: [[S:email]]\nDate: [[N:date]]",
    "=== customer msg via [[F:channel_name]] ([[N:date]] [[N:time]]) ===",
]

T["macro"] = [
    "Hi [[F:first]], so sorry about this! Could you DM us your account number and postcode? Please never share passwords or PINs. ^[[F:ag_init]]",
    "Hi [[F:first]],\n\nYour temporary password is: [[S:password]]\nLog in at [[N:url]] and change it within 24 hours.\n\nThanks, [[F:agent]]",
    "Hi {first_name}, your request [[N:ticket_number]] has been received. We'll be in touch within [[N:quantity/dur]] on [[S:phone]].",
    "[MACRO: callback] Hi [[F:first]], we'll call you on [[N:date]] around [[N:time]] on [[S:phone]]. Wrong number? Let us know! ^[[F:ag_init]]",
    "Dear [[F:full]], here are the details for your new router [[N:model_number]]: network name [[F:ssid]], wireless key [[S:wifi_key]]. Admin password: [[S:password]].",
    "Your verification code is [[S:otp]]. It's valid for 10 minutes. Don't share it with anyone, including [[F:brand]] staff.",
    "Hi [[F:first]], your home move to [[S:address]] is booked for [[N:date]]. Account number: [[S:customer_number]]. Questions? Call [[N:company_phone]].",
    "Hi [[F:first]], I've updated your details:\n* email: [[S:email]]\n* phone: [[S:phone]]\n* IBAN: [[S:iban]]\nAll correct? ^[[F:ag_init]]",
    "Dear {{customer.name}}, your PUK is <PUK>. Keep it safe. Kind regards, [[F:agent]]",
    "Hi [[F:first]], your new PIN letter has been sent to [[S:address]]. Expect it within [[N:quantity/dur]]. ^[[F:ag_init]]",
]

T["bot"] = [
    "B> What's your account number?\nC> [[S:customer_number]]",
    "B> What's your postcode and house number?\nC> [[S:address]]",
    "B> To verify you: what's your date of birth?\nC> [[S:date_of_birth]]",
    "B> I've sent a code to [[N:masked_value/phone]]. What's the code?\nC> [[S:otp]]",
    "B> What number can we call you back on?\nC> [[S:phone]] after 5 please",
    "B> What's your email address?\nC> [[S:email]]",
    "B> Briefly describe your issue.\nC> my password [[S:password]] doesnt work anymore",
    "B> Sorry, I didn't get that. Pick: 1) Outage 2) Billing 3) Something else\nC> 3 agent",
    "B> Which order is it about?\nC> [[N:order_number]]",
    "B> What's your IBAN? I'll check the payment.\nC> [[S:iban]]",
    "B> What does the router screen show?\nC> error [[N:error_code]]",
    "B> What's your username?\nC> [[S:username]]",
]

T["bot_handover"] = [
    "--- Conversation transferred to an agent ---",
    "[System] Connecting you to a colleague. Wait time approx. [[N:quantity/dur]].",
    "*** bot -> agent handover ([[N:time]]) ***",
    "[[F:agent]] joined the chat.",
]

T["bot_agent"] = [
    "A> Hi [[F:first]], I'm [[F:agent]] taking over from our chatbot. I can see account number [[S:customer_number]], is that right?",
    "A> Thanks! You typed your password in the chat – please change it asap. I've deleted that message.",
    "A> Good evening, [[F:agent]] here. I've read back through. I'm sending a new code to [[S:phone]].",
    "A> Hi! The outage in [[F:city]] is logged as [[N:ticket_number]]. Expected fix: [[N:date]] [[N:time]].",
    "A> Thanks for waiting. IBAN [[S:iban]] checked, the [[N:amount]] payment has arrived.",
    "A> Hello [[F:first]], I've unlocked your account. Log in again with [[S:username]].",
]

T["public_reply"] = [
    "[[N:mention]] Hi [[F:first]], could you delete your number from this post? It's public. Drop us a DM and we'll help! ^[[F:ag_init]]",
    "[[N:mention]] Sorry about that! Let's take a look via DM: [[N:url]] ^[[F:ag_init]]",
    "[[N:mention]] Hi! There's an outage in [[F:city]] ([[N:ticket_number]]). Updates at [[N:url]] [[N:hashtag]]",
    "[[N:mention]] Sorry for the wait! Give us a call on [[N:company_phone]] or send a DM. ^[[F:ag_init]]",
]

T["note_line"] += [
    "cust asked for PUK, given after ID&V: [[S:puk]]",
    "PUK1 [[S:puk]] used, new SIM PIN set by cust",
    "Bearer [[S:token]] was in the cust's HAR file, passed to security",
    "cust pasted session token [[S:token]] into chat (invalidated since)",
    "accounting integration: key [[S:api_key]] shared by cust in ticket – asked them to replace it",
    "API key [[S:api_key]] visible in cust screenshot, screenshot deleted",
    "§en-gb§NI number came up, not stored. Acct [[S:customer_number]], DOB [[S:date_of_birth]]",
    "§en-us§last 4 of SSN requested by bot?? raised with digital team. Acct [[S:customer_number]]",
    "card details in DM: [[S:card]] / [[S:card_expiry]] / [[S:cvv]] -> msg deleted",
    "cust asked if CVV [[S:cvv]] is right for card exp [[S:card_expiry]]. NEVER confirm!",
    "router WAN ip: [[S:ip_address]]",
    "suspicious login [[N:date]] [[N:time]] from [[S:ip_address]]",
    "SIM PIN [[S:pin]] entered wrong 3x",
    "gate code [[S:pin/door]] for the engineer, dog is inside",
    "Dutch expat, BSN [[S:bsn/nl]] on the form they sent – form deleted",
    "cust is Belgian resident, national reg no [[S:bsn/be]] in attachment – removed",
]
T["cust_dm"] += [
    "i already tried the PUK: [[S:puk]], doesnt work",
    "is this right? PUK [[S:puk]] PIN [[S:pin]]",
    "Your API returns 401 with my key [[S:api_key]] — what am I doing wrong?",
    "token [[S:token]] keeps expiring after 5 min, is that normal?",
    "at checkout it asks for the CVV, i enter [[S:cvv]] but get [[N:error_code]]",
    "Card [[S:card]], expires [[S:card_expiry]], security code [[S:cvv]]. Can you just take it from that?",
]
T["bot"] += [
    "B> What's your PUK code? It's on the SIM card holder.\nC> [[S:puk]]",
    "B> Enter the code we texted you.\nC> [[S:otp]]",
]

T["note_line"] += [
    "DOB [[S:date_of_birth]] checked, address [[S:address]] ok",
    "verification: born [[S:date_of_birth]], matches",
    "wifi key on sticker ([[S:wifi_key]]) not working, router reset",
    "cust changed wifi pw to [[S:wifi_key]] and forgot it?? old one was [[S:wifi_key.old]]",
]
T["cust_dm"] += [
    "what's the wifi password again? i tried [[S:wifi_key]]",
    "Hi! My network [[F:ssid]] with key [[S:wifi_key]] suddenly disappeared 🙁",
    "For verification: my date of birth is [[S:date_of_birth]]",
    "i was born on [[S:date_of_birth]], why doesn't that match on your end??",
]
T["bot"] += [
    "B> What's your date of birth?\nC> [[S:date_of_birth]]",
    "B> Please confirm your DOB.\nC> [[S:date_of_birth]] why",
]
T["macro"] += [
    "Hi [[F:first]], your new wifi details: network [[F:ssid]] / password [[S:wifi_key]]. ^[[F:ag_init]]",
    "Hi [[F:first]], the wifi key has been reset to the factory default: [[S:wifi_key]]. Thanks, [[F:agent]]",
]

T["note_line"] += [
    "acct [[S:customer_number]] (business) – contact [[F:full]]",
    "subscriber no [[S:customer_number/sub]] linked to [[S:address]]",
    "supply point [[S:customer_number/ean]] at [[S:address]], switch date [[N:date]]",
    "new account for direct debit: [[S:iban]]",
]
T["cust_dm"] += [
    "My account no: [[S:customer_number]]. I live at [[S:address]] and signal has been awful for weeks",
    "I want to move plan [[S:customer_number/contract]] to my daughter, she lives at [[S:address]]",
]

"""English (UK + US) body templates, grouped by sector."""

BODY = {
 "clean": [
  "Hi, cleaner is due {~date} at {~time} but I'll be out. Key's in the lockbox by the back door, code {pin}. Address is {addr}",
  "You charged {~amount} instead of {~amount} for the deep clean. Invoice {~invoice}, account no {cust}. Call me back on {phone} pls",
  "can't log into the booking app. username: {user} password: {password} - it just says {~error}",
  "Alarm code changed to {pin} (old one was {pin}), please let the team know before Tuesday. {addr_short}",
  "Want to cancel from {~date}. Account {cust}. Direct debit comes out of {iban}. Email me at {email}",
  "Can your crew do our office too? It's {~qty}. We're at {addr}. Best number is {phone}",
 ],
 "window": [
  "Window cleaner didn't turn up {~date} even though it was booked ({~order}). {addr}, customer number {cust}",
  "gate code for the side passage is {pin}#, dog is friendly lol. Any chance of doing the conservatory roof as well?",
  "there's a big streak across {~qty} on the new glass. who pays for this? reach me on {phone} before {~time}",
  "Sign me up for every {~qty}. {addr}, email {email}, mobile {phone}. Thanks!",
  "Please set up the direct debit: sort code / IBAN {iban}, name {=fullname}. Ref {cust}",
 ],
 "roof": [
  "Water coming through the bedroom ceiling since the storm on {~date}!!! Need someone today. {addr}, call {phone}",
  "Quote {~order} for {~qty} is fine, go ahead. I'll pay the {~pct} deposit by card {card}, exp {expiry}, security code {cvv}",
  "Roofer can grab the key from the keysafe, combo {pin}. Use the back gate at {addr_short}.",
  "Your guy was meant to come between {~time} and {~time} on {~date}. Nobody. Try {phone} or my husband on {phone}",
  "Warranty runs till {~year}. Gutter leaking again. Customer no. {cust}, DOB {dob} (your colleague asked for it)",
 ],
 "claims": [
  "Claim {~ticket} - burst pipe. Policy number {policy}. Please pay the settlement into {iban}. DOB {dob}",
  "Storm damage to roof. policy {policy}\naddress {addr}\nd.o.b. {dob}\nphone {phone}",
  "{~qty} and still no update on claim {~ticket}!! Loss adjuster came {~date} and then silence. {phone}",
  "can't get into my online account, username {user}, the text code {otp} keeps getting rejected ({~error})",
  "Bike stolen from the shed, crime ref {~ticket}. Policy {policy}. Email for the paperwork: {email}",
  "Is the {~amount} excess really applicable here? Policy no: {policy}. Card on file ends {~masked}",
 ],
 "isp": [
  "Our business line has been down since {~time}, router {~model} shows {~error}. Account {contract}, static IP {ip}. Call {phone}",
  "Office wifi key is {wifi} (SSID {=ssid}) and it won't take it on the new hub. Account number {cust}",
  "Your engineer asked for the router admin login: user {user} pass {password}. Port {~port} needs forwarding for the VoIP.",
  "Need a new API key for the portal, old one {apikey} got revoked. Account {contract}, invoice {~invoice}",
  "Getting {~qty} instead of {~qty}. Firmware {~version}. Ticket {~ticket}. Our IP is {ip}",
  "Here's the bearer token the support page asked for: {token} (request {~reqid})",
  "business SIM locked, is the PUK {puk}? I entered PIN {pin} wrong 3 times. Account {contract}",
 ],
 "rental": [
  "Booked a car, reservation {~order}. Flight {~flight} delayed, can I pick up after {~time}? Mobile {phone}",
  "You charged {~amount} to my card {card} for damage that was already there! Mileage on return was {~meter}.",
  "Please refund the deposit to {iban}. Booking {~order}, reg {=plate}.",
  "Can't upload my licence, link is broken ({~url}). DOB {dob}, rewards number {member}",
  "Payment keeps failing: card {card}, expiry {expiry}, CVV {cvv}. What am I doing wrong?",
 ],
 "muni": [
  "Applied for a residents parking permit (application {~ticket}) weeks ago. Address {addr}, DOB {dob}",
  "Changed car to {=plate}, can you move permit {permit} over? Tel {phone}",
  "Got a PCN even though I have a valid permit!! Permit {permit}, PCN {~invoice}. I live at {addr_short}",
  "Paid the {~amount} planning fee from {iban} but the application {~ticket} still says pending. {email}",
  "login code {otp} for the council portal never arrives in time. I'm just trying to renew visitor permit {permit}",
 ],
}

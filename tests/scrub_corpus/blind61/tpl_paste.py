# Pasted SMS / notification / screenshot text, quoted by the customer.
GROUPS = [
('nl.paste', ['nl', 'nl-be'], 'chat', [
 'Dit kreeg ik net:\n"{@brand}: je verificatiecode is {otp}. Deel deze code met niemand."',
 "screenshot tekst: 'Nieuwe aanmelding op {~model} - {~date} {~time} - IP {ip}'. Dat ben ik NIET",
 'SMS van {~time}: Uw code: {otp}\nSMS van {~time2}: Uw code: {otp2}',
 'melding in de app: "Je e-mailadres is gewijzigd naar {email}". Dat adres ken ik niet eens',
 'Ik kopieer het even: Gebruikersnaam {user} | Laatst ingelogd {~date} | Apparaat {~model}',
 "Tekst uit de mail: 'Uw wachtwoord is gewijzigd op {~date}. Was u dit niet? Bel {~cphone}.'",
]),
('fr.paste', ['fr-be'], 'chat', [
 "Texte du mail : « Votre mot de passe a été modifié le {~date}. Si ce n'était pas vous, appelez le {~cphone}. »",
 "Capture d'écran : 'Nouvelle connexion - {~model} - {~date} {~time} - IP {ip}'",
 'Notification : « Votre adresse e-mail a été modifiée en {email} ». Je ne connais pas cette adresse',
 'Je viens de recevoir : « {@brand} : votre code de vérification est {otp}. Ne le partagez avec personne. »',
]),
('en.paste', ['en-gb', 'en-us'], 'chat', [
 'This is what I got:\n"{@brand}: Your verification code is {otp}. Don\'t share it with anyone."',
 "screenshot says: 'New sign-in on {~model} - {~date} {~time} - IP address {ip}'. NOT ME",
 'Notification: "Your email was changed to {email}". I\'ve never seen that address',
 'Text at {~time}: Your code is {otp}\nText at {~time2}: Your code is {otp2}',
 'Copying it from the screen: Username {user} | Last login {~date} | Device {~model}',
 "From the email: 'Your password was changed on {~date}. Wasn't you? Call {~cphone}.'",
]),
]

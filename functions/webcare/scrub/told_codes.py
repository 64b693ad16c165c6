"""Codes told in ways a cue's value pattern does not read.

Dictated as words: "haar code is negen, acht, acht, vier, nul", "mon code secret c'est trois un cinq un",
"the pin is four-six-two-one" (a voice message typed out by the phone, or a keyboard that fails). Four or
more digit words in a row (Dutch, French or English, apart by spaces, commas or hyphens) within a short
reach after a credential cue are that cue's value. A bare "code" is a PIN unless the words around it say
it was sent (a code read out from a text message is a one-time code). Four digit words joined by hyphens
are a dictated code even without a cue ("nul-vier-acht-acht"): prose never writes numbers so.

Nine digit words or more from "nul" / "zero" are a phone number read out ("mijn nummer nul zes vijf negen
negen een twee acht vier vijf").

Keyed in and refused, without a cue: "I put in 9945 but it keeps saying wrong", "Ik heb 68089 ingetoetst
maar hij zegt steeds fout": a PIN, or a one-time code when the line says it was sent.

Sent, in the words of the text message that sends it: "Use 5996 to confirm your account", "Gebruik 482913
om in te loggen".

Corrected: "sorry it's 9440 not 9404", "de code is 876986 niet 879686", "I said 7230, it's actually
7320", "c'est 2697 et pas 2679", "hij had 5374 ingetoetst in plaats van 3574", "6634 et pas 6635". Two
numbers one slip apart (the same digits in another order, or one digit hit wrong), one said instead of the
other, are a code typed wrong and typed again: both are the secret, of the kind of the last credential
cue before them, else a PIN (a code the customer knows by heart); not two years.
"""

from __future__ import annotations

import re

from webcare.scrub.credentials import called_own, kept_lock_code
from webcare.scrub.lazy import LazyPattern
from webcare.scrub.leftover_words import _KIND, _NUMERIC_KINDS
from webcare.scrub.secret_shapes import _SENT_NEAR, RAN_OUT_WORDS, _not_secret_shape, _secret_like
from webcare.scrub.spoken_numbers import DIGIT_WORD, number_word, said_numbers
from webcare.scrub.textutil import (
    CAME_BY,
    SPOKEN_JOINS,
    Span,
    contains_any,
    drop_parts_of,
    free_of,
    is_reference_at,
    plausible_year,
)
from webcare.scrub.told_values import _RECEIVING_VERBS, SETTING_VERBS

# (spoken_numbers' digit words, DIGIT_WORD: Dutch, French and English, and "oh", zero as English speakers say
# it)
# Four to twelve digit words apart by spaces, commas or hyphens (bounded repeats and possessive separators:
# linear on any input).
SAID_DIGITS = DIGIT_WORD + r"(?:(?:[ \t]*+[,\-][ \t]*+|[ \t]++)" + DIGIT_WORD + r"){3,11}"
_SPOKEN = LazyPattern(r"(?<![a-zà-ü0-9])" + SAID_DIGITS + r"(?![a-zà-ü0-9])")
_DIGIT_WORDS = LazyPattern(DIGIT_WORD)
_ZERO = ("nul", "zero", "zéro", "oh")
_PHONE_WORDS = 9  # no code is read out in nine digits or more from a 0; a national phone number is
_HYPHENS_ONLY = LazyPattern(DIGIT_WORD + r"(?:-" + DIGIT_WORD + r"){3,11}")
# "9440 not 9404": the number said (right before the word that corrects it) and the one meant (right after)
# (a code as sent: digits, three and three apart, or after the sender's letter: "G-870721", "440 133"; or
# typed digit by digit: "pardon c'est 4 4 8 3 et pas 6 7 5 1 4")
_TOLD_CODE = r"([0-9]{4,8}|[0-9]{3}[- ][0-9]{3}|g-[0-9]{6}|[0-9](?: [0-9]){3,7}(?![0-9]| [0-9]))"
_SAID_BEFORE = LazyPattern(
    r"(?<![0-9a-z.,:/\-])" + _TOLD_CODE + r"[ \t]*+,?[ \t]*+(?:and |en |et )?"
    r"(?:it's |it is |het is |'t is |c'est )?"
    r"(?:(?:had |heeft |heb |has |had |avait |a )?(?:ingetoetst|ingetikt|ingetypt|ingevoerd|getypt|typed|"
    r"entered|put in|tapé|composé|saisi) )?$"
)
_MEANT_AFTER = LazyPattern(r"[ \t]*+" + _TOLD_CODE + r"(?![0-9]|[.,:/\-][0-9])")
# The words that own up to a slip, and those of a value typed by accident.
_SLIP_WORDS = ("typo", "tikfout", "typfout", "vertypt", "verkeerd getypt", "vergist", "trompé",
               "faute de frappe", "my bad", "oops", "oeps", "mistyped")  # fmt: skip
_ACCIDENT_WORDS = ("per ongeluk", "per ongluk", "per ongelku", "by accident", "accidentally", "par erreur",
                   "par accident")  # fmt: skip
# An apology owns a slip of digits too ("pardon c'est 8663 et pas 4570", "sorry, it's 4417 not 1234"); not
# of a password, whose corrections need a slip named (`_corrected` scans for those only where one is).
_APOLOGY_WORDS = ("sorry", "sry", "pardon", "excuse", "excuses", "désolé", "désolée", "dsl", "my apologies")
# "sorry typo, it's 982081 not 706928", "pardon je me suis trompé, c'est 770720 et pas G-870721": a slip
# owned up to, then the value right after "it's": what was typed before is no longer one slip away
# (or typed by accident: "Ik heb per ongeluk 59562 ingetikt ipv 5526")
_SLIP_OWNED = LazyPattern(
    r"(?<![a-z])(?:" + "|".join(_SLIP_WORDS + _APOLOGY_WORDS).replace("trompé", "trompée?") + r")(?![a-z])"
    r"[^.?!\n]{0,12}?"
    r"(?:it's|it is|het is|'t is|c'est)"
    r"[ \t]++$"
    r"|(?<![a-z])(?:" + "|".join(_ACCIDENT_WORDS) + r")[ \t]++$"
)
# A password corrected the same way, the slip owned up to: "sorry ik had het verkeerd getypt, het is
# Fietsen1992 en niet Z0nn3bl03m#", "dsl je me suis trompé, c'est Init4470ug pas feeks653".
_TOLD_SECRET = r"([^\s,;()\"'“”]{5,40}?)[.?!]?"  # noqa: S105 - a pattern, no password
_SAID_SECRET_BEFORE = LazyPattern(
    r"(?<![^\s:])" + _TOLD_SECRET + r"[ \t]*+,?[ \t]*+(?:and |en |et )?$"
)
_MEANT_SECRET_AFTER = LazyPattern(r"[ \t]*+" + _TOLD_SECRET + r"(?=[\s,;)]|$)")
# A number keyed in and refused, with no cue: "I put in 9945 but it keeps saying wrong", "J'ai tapé 1534
# mais il dit que c'est faux", "Ik heb 68089 ingetoetst maar hij zegt steeds fout"; or believed and
# refused: "Je croyais que c'était 9054 mais après 3 essais c'est bloqué", "Ik dacht dat het 6830 was maar
# na drie keer zit hij vast". What a customer keys into a device that refuses it is the code they know (a
# PIN), or one sent to them when the line says so.
_KEYED_HINTS = ("put in", "typed", "entered", "keyed in", "tapé", "composé", "saisi", "entré", "introduit",
                "ingetoetst", "ingetikt", "ingetypt", "ingevoerd", "ingegeven", "croyais", "pensais",
                "dacht dat", "thought it", "sure it")  # fmt: skip
# A code named plainly is read only where the message says something failed (a cheap test first).
_REFUSED_HINTS = ("wrong", "fout", "faux", "incorrect", "verkeerd", "ongeldig", "invalid", "refus",
                  "geweiger", "weigert", "accepted", "werkt niet", "work", "marche", "fonctionne", "declined",
                  "rejected", "bloqu", "blocked", "locked", "geblokkeerd", "vast")  # fmt: skip
_KEYED_VALUE = r"([0-9]{4,8}(?![0-9.,:/\-])|" + SAID_DIGITS + r")"
_KEYED = LazyPattern(
    r"(?<![a-z])(?:(?:i|i've|we)[ \t]++(?:put in|typed(?: in)?|entered|keyed in|punched in)"
    r"|j'ai[ \t]++(?:tapé|composé|saisi|entré|introduit))[ \t]++" + _KEYED_VALUE
    + r"|(?<![a-z])(?:ik[ \t]++heb|heb[ \t]++ik|ik[ \t]++had)[ \t]++" + _KEYED_VALUE
    + r"[ \t]++(?:ingetoetst|ingetikt|ingetypt|ingevoerd|ingegeven|getypt)"
    r"|(?<![a-z])(?:je[ \t]++(?:croyais|pensais)[ \t]++que[ \t]++c'(?:était|etait|est)"
    r"|(?:ik[ \t]++)?dacht[ \t]++dat[ \t]++(?:het|'t)|i[ \t]++(?:thought|was[ \t]++sure)[ \t]++it[ \t]++was)"
    r"[ \t]++" + _KEYED_VALUE
    # a code named plainly and refused: "the code 4821 doesn't work", "le code 1322 ne marche pas"
    + r"|(?<![a-z])(?:the|de|le|la|my|mijn|mon|ma|this|that|deze|die|ce|cette)[ \t]++code[ \t]++"
    + _KEYED_VALUE
    # the number first, then that it was keyed: "1693 is what I typed", "7412 c'est ce que j'ai tapé"
    # (told so, it needs no refusal after it: the typing was the trouble)
    + r"|(?<![\w.,:/\-])" + _KEYED_VALUE + r"[ \t]*+,?[ \t]*+(?:(?:is|was)[ \t]++what[ \t]++(?:i|we)[ \t]++"
    r"(?:typed|entered|put in|keyed in|tried)|c'est[ \t]++ce[ \t]++que[ \t]++j'ai[ \t]++"
    r"(?:tapé|saisi|entré|essayé))"
)
_REFUSED_AFTER = LazyPattern(
    r"wrong|fout|faux|incorrect|verkeerd|ongeldig|invalid|refus|geweigerd|weigert|not accepted|werkt niet|"
    r"doesn't work|does not work|ne marche|ne fonctionne|declined|rejected|"
    r"bloqu|blocked|locked|geblokkeerd|vast|essais|tries|attempts|pogingen"
)
_KEYED_REACH = 80
_TOLD_TYPED = 5  # the frame "1693 is what I typed"
# How a text message that sends a code words it: "Use 5996 to confirm your account", "Gebruik 482913 om in
# te loggen", "Utilisez 771204 pour vous connecter", "Enter 3312 as your code", "Use 6WT456 to approve …".
# (typed in haste too: "Gebruk 29760294 om in te loggen", "680474 is your one-time padscode")
_TEMPLATE_HINTS = ("use ", "gebruik ", "gebruk ", "gebuik ", "utilise", "enter ", "voer ", " is your ",
                   " is je ", " is uw ", " est votre ", " is jouw ", "sent ", "texted ", "envoyé ",
                   "verstuurd", "gestuurd", "verzonden")  # fmt: skip
# (or drawn in two groups of three, a letter's prefix before them: "S5Z-G4K", "G-PMU-VZ3")
_DRAWN_PAIR = r"(?:[a-z]-)?(?=[a-z0-9-]{0,6}[0-9])(?=[a-z0-9-]{0,6}[a-z])[a-z0-9]{3}-[a-z0-9]{3}(?![\w-])"
_SENT_TEMPLATE = LazyPattern(
    r"(?<![a-z])(?:use|gebr?ui?k|utilisez|utilise|enter|voer)[ \t]++"
    r"([0-9]{4,8}|[0-9]{3}[ -][0-9]{3}|(?=[a-z]{0,7}[0-9])(?=[0-9]{0,7}[a-z])[a-z0-9]{6,8}(?![\w-])|"
    + _DRAWN_PAIR
    + r")[ \t]++(?:to|om|pour|as|als|comme|in[ \t]++om)(?![a-z])"
    # "6474 is your code to add a new device", "482913 est votre code", "318 552 is je verificatiecode"
    r"|(?<![0-9.,:/\-])([0-9]{4,8}|[0-9]{3}[ -][0-9]{3}|" + _DRAWN_PAIR + r")[ \t]++"
    r"(?:is your|is je|is uw|est votre|is jouw)[ \t]++(?:[a-z\-]{2,16}[ \t]++)?"
    r"(?:code|coode|cdoe|verificatiecode|pin code|pa[sd]{1,3}code|otp|bevestigingscode|inlogcode)(?![a-z])"
    # the code the company sent again, as its agent says: "We've resent the code 2839 to 07700 …", "We hebben
    # de code 4233 opnieuw verstuurd naar …"
    r"|(?<![a-z])(?:re-?sent|sent|texted|renvoyé|envoyé)[ \t]++(?:you[ \t]++|vous[ \t]++)?"
    r"(?:(?:the|a|a[ \t]++new|le|un|un[ \t]++nouveau)[ \t]++)?code[ \t]++([0-9]{4,8})"
    r"(?=[ \t]++(?:to|au|à|by|par|via)(?![a-z])|[.,;])"
    r"|(?<![a-z])de[ \t]++code[ \t]++([0-9]{4,8})[ \t]++(?:opnieuw[ \t]++)?"
    r"(?:verstuurd|gestuurd|verzonden)(?![a-z])"
)
# Dictated values: the words a phone's dictation writes for signs and capitals.
_DICTATION_HINTS = ("capital", "hoofdletter", "majuscule", "uppercase", "underscore", "streepje", "tiret",
                    "uitroepteken", "exclamation", "hekje", "apenstaartje", "arobase", "at sign",
                    " dash ")  # fmt: skip
_DICTATED_KINDS = {"password": "password", "username": "username", "wifi_key": "wifi_key",
                   "login": "password"}  # fmt: skip
_DICTATION_LEAD = LazyPattern(r"[ \t]*+(?::|=|is|was|est|c'est|it's)?[ \t:]*+")
_WORD = re.compile(r"[a-zà-ÿ0-9'’]++(?:-[a-zà-ÿ]++)*+")
_DICTATION_MIN = 4
_DICTATION_MAX = 40
_CAPITAL_WORDS = frozenset("capital hoofdletter majuscule uppercase grote big".split())
_JOINING_SIGNS = frozenset("dot punt point underscore dash streepje tiret hyphen".split())
_SIGN_WORDS = _JOINING_SIGNS | frozenset(
    "uitroepteken hekje hashtag apenstaartje arobase slash sterretje étoile star dièse vraagteken".split()
) | frozenset(  # signs named in two words
    ("exclamation mark", "point d'exclamation", "at sign", "question mark", "liggend streepje", "tiret bas",
     "hash sign", "tiret du")
)  # fmt: skip
_NUMBER_WORDS = frozenset(
    """
    nul een één twee drie vier vijf zes zeven acht negen tien elf twaalf twintig dertig veertig vijftig
    zestig zeventig tachtig negentig zero zéro un deux trois quatre cinq six sept huit neuf dix onze douze
    vingt trente quarante cinquante soixante septante huitante nonante one two three four five seven eight
    nine ten eleven twelve twenty thirty forty fifty sixty seventy eighty ninety double dubbel
    """.split()
)

# The code one has used for years is one's own: "sinds 2013 gebruik ik dezelfde code 9029", "j'utilise le
# même code 3466", "I've had the same PIN 4417 for years".
_SAME_HINTS = ("zelfde", "même", "meme", "same")
_SAME_CODE = LazyPattern(
    r"(?<![a-z])(?:dezelfde|zelfde|même|meme|same)[ \t]++(?:code|pin|pincode|code pin)[ \t]*+"
    r"(?:(?:is|was|:|c'est)[ \t]*+)?([0-9]{4,6})(?![0-9])"
)
# A code said to be used up or expired was sent, whatever credential the message named before it: "Ik zie
# dat je code 92334132 al gebruikt is" (a PUK asked for above), "code is 910277 but the app says expired"
_USED_HINTS = ("gebruikt", "used", "utilisé", "expired", "verlopen", "expiré", "vervallen")
_USED_CODE = LazyPattern(
    r"(?<![a-z])code[ \t]++(?:(?:is|was|:)[ \t]++)?([0-9]{4,8})(?![0-9.,:/\-])[^.\n?!]{0,30}?"
    r"(?<![a-z])(?:al gebruikt|already used|already been used|déjà utilisé|expired|verlopen|expiré|vervallen)"
)
_USED_GIVE_WAY = ("pin", "puk", "cvv", "password")
# A code named after it: "90494411 c'est le code que j'ai reçu", "8841 is de code die ik altijd gebruik",
# "298113 that's the code they sent"; one that arrived in brackets or expired right after it: "When it
# finally arrived (2306) it had already expired", "nu is K4JDV al verlopen", "'k heb 770-144 gekregen".
# (a code as sent: digits, three and three, a letter's prefix, or five to eight letters and digits)
_SENT_SHAPE = (
    r"([0-9]{4,8}|[0-9]{3}[ -][0-9]{3}|[a-z][0-9]?-[0-9]{4,6}|(?=[a-z0-9-]{0,7}[0-9])[a-z0-9]{3}-[a-z0-9]{3}"
    r"|(?=[a-z0-9]{0,7}[0-9])(?=[a-z0-9]{0,7}[a-z])[a-z0-9]{5,8})"
)
_CODE_NAMED_AFTER = LazyPattern(
    r"(?<![\w.,:/-])" + _SENT_SHAPE + r"[ \t]*+,?[ \t]*+(?:c'est|c|is|was|dat is|that's|thats|that is|het is)"
    r"[ \t]++(?:le|la|de|the|mijn|my|mon|ma|die|that)?[ \t]*+(?:sms-?)?(?:code|coed|cde|cdoe|pincode|pin)"
    r"(?![a-z])(?:[ \t]*+(?P<named>pin|puk)(?![a-z]))?(?P<rest>[^.\n?!]{0,40})"
)
_ARRIVED_CODE = LazyPattern(
    r"(?<![a-z])(?:arrived|came through|came in|kwam binnen|binnenkwam|est arrivé|received)[ \t]*+"
    r"\([ \t]*+([0-9]{4,8}|[0-9]{3}[ -][0-9]{3})[ \t]*+\)"
    r"|(?<![\w.,:/-])" + _SENT_SHAPE + r"[ \t]++(?:al[ \t]++verlopen|already expired|déjà expiré|"
    r"kreeg ik(?: net)? binnen)(?![a-z])"
    # "the code 7260 arrived", "de code 5521 kwam binnen", "le code 8164 est arrivé"
    r"|(?<![a-z])code[ \t]++" + _SENT_SHAPE + r"[ \t]++(?:arrived|came through|came in|kwam binnen|"
    r"is binnengekomen|est arrivé)(?![a-z])"
    # received, said by who has it ("'k heb 770-144 gekregen"; not "482913 ontvangen, bedankt": a payment)
    r"|(?<![a-z])(?:heb|heeft|hebben|had)[ \t]++" + _SENT_SHAPE.replace("(", "(?:", 1).join("()")
    + r"[ \t]++(?:gekregen|ontvangen|binnengekregen|binnen gekregen)(?![a-z])"
    # the code not to use, the one that ran out: "the code in the letter, not 04502 - that one has expired",
    # "de code uit de brief, niet met 47699: die is verlopen"
    r"|(?<![a-z])(?:not|not with|niet|niet met|pas|pas avec)[ \t]++"
    + _SENT_SHAPE.replace("(", "(?:", 1).join("()")
    + r"[ \t]*+[-–:,][ \t]*+(?:that one|die|celui-là|celle-là)[ \t]++(?:has[ \t]++|is[ \t]++|a[ \t]++)?"
    r"(?:expired|verlopen|vervallen|expiré)(?![a-z])"
)
# The code before, which ran out or was sent again: "De vorige (626290) was vervallen", "l'autre (82420)
# avait expiré", "4139 sorry that was the old one. new one is 27168".
_OLD_CODE_HINTS = ("vorige", "de oude", "old one", "previous one", "l'autre", "l'ancien")
_OLD_CODE = LazyPattern(
    r"(?<![a-z])(?:de vorige|de oude|the old one|the previous one|l'autre|l'ancien|l'ancienne)[ \t]*+"
    r"\([ \t]*+" + _SENT_SHAPE + r"[ \t]*+\)[ \t]*+(?:was|is|avait|had|has)?[ \t]*+"
    r"(?:" + RAN_OUT_WORDS + ")"
    r"|(?<![\w.,:/-])" + _SENT_SHAPE + r"[ \t,]++(?:sorry[ \t,]++)?(?:that was|dat was|c'était)[ \t]++"
    r"(?:the old one|de oude|de vorige|l'ancien|l'ancienne)(?![a-z])"
    r"[^\n]{0,12}?(?:new one is|de nieuwe is|la nouvelle est|le nouveau est)[ \t:]++" + _SENT_SHAPE
)
# The code asked for again after one told before, as its label: "the TV says expired. asked for a new one:
# 82927", "nieuwe gevraagd: 47292", "j'en ai redemandé un : 5521" (the same kind as the code before it).
_NEW_CODE_HINTS = ("new one", "euwe", "nouveau", "redemandé")
_NEW_CODE = LazyPattern(
    r"(?<![a-z])(?:new one|ni++euwe[ \t]++(?:aan)?gevraagd|nieuwe[ \t]++(?:gekregen|ontvangen)|"
    r"nouveau[ \t]++(?:demandé|reçu)|redemandé[ \t]++un(?:[ \t]++(?:nouveau|autre))?|"
    # received a new one at a time of day: "kreeg om 12:30 een nieuwe: 8257"
    r"(?:kreeg|got|received|reçu)(?:[ \t]++(?:ik|om|at|à)){1,2}[ \t]++[0-9]{1,2}[:.h][0-9]{2}[ \t]++"
    r"(?:een[ \t]++nieuwe|a[ \t]++new[ \t]++one|un[ \t]++nouveau))[ \t]*+[:=][ \t]*+"
    + _SENT_SHAPE
)
_DIGITS_ONLY = LazyPattern(r"[0-9 -]+")
_NAMED_AFTER_HINTS = ("code", "coed", " cde", "cdoe", "pin")
_ARRIVED_HINTS = ("arrived", "came through", "came in", "binnen", "est arrivé", "received", "verlopen",
                  "expir", "gekregen", "ontvangen")  # fmt: skip
_KEPT_WORDS = ("altijd", "always", "toujours", "gebruik", "utilise", "ken", "know", "connais")
# A code one set or changed oneself is one's own: "I set the code to 5134", "ik heb de code veranderd naar
# 4410", "j'ai changé le code en 8026".
_SET_VERBS = SETTING_VERBS | {"set"}
_SET_HINTS = tuple(sorted(_SET_VERBS))
_SET_CODE = LazyPattern(
    r"(?<![a-z])(?:" + "|".join(sorted(_SET_VERBS, key=len, reverse=True)) + r")[ \t]++"
    r"(?:(?:the|my|de|mijn|le|mon|het)[ \t]++)?(?:pin[ \t]?)?code[ \t]++(?:to|naar|in|en|op|à)[ \t]++"
    r"([0-9]{4,6})(?![0-9])"
)
# A code one is told to change is one's own: "Vous avez indiqué 264341 : changez-le au plus vite", "you
# posted 4417, change it now", "je hebt 5521 gedeeld, wijzig hem meteen".
_CHANGE_HINTS = ("changez-le", "change it", "verander", "wijzig")
_CHANGE_IT = LazyPattern(
    r"[ \t]*+[:;,.!]?[ \t]*+(?:(?:please|svp|graag)[ \t]++)?"
    r"(?:changez-le|change it|verander (?:hem|het|die|deze)|wijzig (?:hem|het|die|deze))(?![a-z])"
)
_CHANGED_DIGITS = 6
# A code received, said so right before or after it: "ik kreeg een code 3693 die ik niet aanvroeg", "J'ai
# reçu un code 3693", "een code gekregen (7134)", "got a text with 482 913".
_RECEIVED_HINTS = ("kreeg", "gekregen", "ontv", "receiv", "got ", "reçu", "recu", "recev")
_SENT_WORDS_AFTER = (*_RECEIVED_HINTS, "sent", "gestuurd", "envoy")  # "… c'est le code que j'ai reçu"
_RECEIVED_VALUE = (
    r"[(\"'“:]?[ \t]*+([0-9]{4,8}(?![0-9a-z/\-]|[.,:][0-9])|[0-9]{3}[ -][0-9]{3}(?![0-9])"
    r"|(?=[a-z]{0,7}[0-9])(?=[0-9]{0,7}[a-z])[a-z0-9]{6,8}(?![a-z0-9])|(?<=[(\"'“])[a-z]{5,8}(?=[)\"'”]))"
)
_RECEIVED = "|".join(sorted(_RECEIVING_VERBS | {"recu"}, key=len, reverse=True))
# when it came, said between the verb and the code: "ik kreeg om 21u26 code 7306", "j'ai reçu ce matin un
# code 482913"
_RECEIVED_WHEN = (
    r"(?:(?:(?:om|at|à|a|vers|rond|around)[ \t]++[0-9]{1,2}(?:[:.hu][0-9]{2})?[hu]?|vanochtend|vanmorgen|"
    r"vanmiddag|vanavond|gisteren|gisteravond|yesterday|this[ \t]++morning|tonight|last[ \t]++night|"
    r"ce[ \t]++matin|hier|ce[ \t]++soir|cette[ \t]++nuit)[ \t]++)?"
)
_RECEIVED_CODE = LazyPattern(
    r"(?<![a-z])(?:" + _RECEIVED + r")[ \t]++" + _RECEIVED_WHEN +
    r"(?:(?:een|a|an|un|une|the|de|le|la|weer|again|nog|another|nieuwe|new|nouveau|this|deze|ce)[ \t]++){0,2}"
    r"(?:sms[ \t-]?)?(?:code|codes|sms|text|texto|smsje)[ \t]++"
    r"(?:(?:met|with|avec)[ \t]++(?:(?:de|the|le)[ \t]++)?(?:code[ \t]++)?)?"
    + _RECEIVED_VALUE
    + r"|(?<![a-z])(?:code|sms)[ \t]++(?:" + _RECEIVED + r")[ \t]*+" + _RECEIVED_VALUE
    # the code named by the clause that received it: "le code que je viens de recevoir 8164", "de code die ik
    # net kreeg: 5521", "the code I just got 4471"
    + r"|(?<![a-z])code[ \t]++(?:que[ \t]++j'ai|que[ \t]++je[ \t]++viens[ \t]++de|die[ \t]++ik|dat[ \t]++ik|"
    r"i|i[ \t]++just|which[ \t]++i|that[ \t]++i)[ \t]++(?:net[ \t]++|zojuist[ \t]++)?"
    r"(?:reçu|recu|recevoir|kreeg|ontving|got|received)(?:[ \t]++(?:par|per|by|via)[ \t]++(?:sms|text|mail))?"
    r"[ \t]*+[:,]?[ \t]*+" + _RECEIVED_VALUE
    # or no word for it but how it came: "ik kreeg 05553 per mail", "I got 4471 by text", "j'ai reçu 8164
    # par SMS" (not "per maand": an amount a month)
    + r"|(?<![a-z])(?:" + _RECEIVED + r")[ \t]++" + _RECEIVED_VALUE + r"[)\"'”]?[ \t]++(?:per|by|via|par)"
    r"[ \t]++(?:e-?mail|mail|maiil|maill|mali|sms|text|texto|smsje|sms'je|whatsapp)(?![a-z])"
)
_CORRECTION_WORDS = (
    " not ", " niet ", " nie ", " nicht ", " pas ", " instead of ", " au lieu de ", " in plaats van ",
    " ipv ", " i.p.v. ", " actually ", " eigenlijk ", " en fait ", " no sorry it was ", " no sorry it's ",
    " nee sorry het is ", " nee sorry het was ", " non pardon c'est ", " sorry it was ", " sorry het was ",
)  # fmt: skip
# Digit words that are seldom other words: a dictated code of four words holds two of them, or one twice
# ("een een zeven vijf", "un un huit deux", "nul-vier-acht-acht"); a message without is not scanned.
_SPOKEN_HINTS = ("nul", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "zero", "zéro",
                 "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "two", "three", "four",
                 "five", "seven", "eight", "nine")  # fmt: skip
# A cue's category -> the kind of a code told after it (the fallback's table; a login's value is its password)
_KINDS = {category: kind for category, kind in _KIND.items() if kind != "username"}
_REACH = 60  # characters from a cue's end to the first digit word


def detect_told_codes(low: str, cues: list[tuple[str, int, int]], out: list[Span]) -> None:
    if cues and contains_any(low, _DICTATION_HINTS):
        _dictated(low, cues, out)
    if contains_any(low, _CORRECTION_WORDS):
        _corrected(low, cues, out)
    if _spoken_hinted(low):
        _spoken(low, cues, out)
    if any(category in _NUMERIC_KINDS for category, _, _ in cues):
        _said_codes(low, cues, out)
    if any(span.type == "username" for span in out):
        _said_login_tails(low, out)
    if contains_any(low, _KEYED_HINTS) or ("code " in low and contains_any(low, _REFUSED_HINTS)):
        _keyed(low, out)
    if contains_any(low, _TYPED_IN_HINTS):
        _typed_in(low, out)
    if contains_any(low, _ENTER_AT_HINTS):
        for match in _ENTER_AT_SITE.finditer(low):  # "tv says enter 48291733 at disneyplus.com/begin"
            if not plausible_year(match.group(1)) and not is_reference_at(low, match.start(1)):
                _add_unless_taken(out, match.start(1), match.end(1), "otp")
    if contains_any(low, _SCREEN_CODE_HINTS):
        for match in _SCREEN_CODE.finditer(low):  # "the code for your TV is X9WG5TJK", "entrez le code …"
            at = match.lastindex or 1  # (the value's group in the alternative that matched)
            if not plausible_year(match.group(at)) and not is_reference_at(low, match.start(at)):
                _add_unless_taken(out, match.start(at), match.end(at), "otp")
    if contains_any(low, _SET_HINTS):
        for match in _SET_CODE.finditer(low):  # "I set the code to 5134": a code one chose is a PIN
            if not plausible_year(match.group(1)):
                _retype(out, match.start(1), match.end(1), "otp", "pin")
    if contains_any(low, _SAME_HINTS):
        for match in _SAME_CODE.finditer(low):
            _retype(out, match.start(1), match.end(1), "otp", "pin")
    if contains_any(low, _USED_HINTS) and "code" in low:
        for match in _USED_CODE.finditer(low):
            start, end = match.span(1)
            out[:] = [s for s in out if not (s.start == start and s.end == end and s.type in _USED_GIVE_WAY)]
            _add_unless_taken(out, start, end, "otp")
    if contains_any(low, _NAMED_AFTER_HINTS):
        for match in _CODE_NAMED_AFTER.finditer(low):
            start, end = match.span(1)
            value, rest = match.group(1), match.group("rest")
            if plausible_year(value) or is_reference_at(low, start):
                continue
            digits = sum(ch.isdigit() for ch in value)
            if match.group("named"):
                kind = match.group("named")  # "44019876 c'est le code PUK"
            elif contains_any(rest, _SENT_WORDS_AFTER) or not _DIGITS_ONLY.fullmatch(value):
                kind = "otp"  # (letters in it: drawn, so sent)
            elif contains_any(rest, _KEPT_WORDS) or low[match.end(1) : match.end()].rstrip().endswith("pin"):
                kind = "pin"
            else:
                kind = "pin" if digits <= _PIN_DIGITS_MAX else "otp"
            _add_unless_taken(out, start, end, kind)
    for hints, pattern in ((_ARRIVED_HINTS, _ARRIVED_CODE), (_OLD_CODE_HINTS, _OLD_CODE)):
        if contains_any(low, hints):
            for match in pattern.finditer(low):
                for group in range(1, match.re.groups + 1):  # (one code, or the old one and the new one)
                    if (
                        match.start(group) != -1
                        and not plausible_year(match.group(group))
                        and not is_reference_at(low, match.start(group))
                    ):
                        _add_unless_taken(out, match.start(group), match.end(group), "otp")
    if contains_any(low, _NEW_CODE_HINTS):
        for match in _NEW_CODE.finditer(low):  # "TV says expired. asked for a new one: 82927"
            earlier = [span.type for span in out if span.end <= match.start() and span.type in _NUMERIC_KINDS]
            if earlier and not plausible_year(match.group(1)) and not is_reference_at(low, match.start(1)):
                _add_unless_taken(out, match.start(1), match.end(1), earlier[-1])
    if contains_any(low, _CHANGE_HINTS):
        _changed_codes(low, out)
    if contains_any(low, _RECEIVED_HINTS):
        for match in _RECEIVED_CODE.finditer(low):
            group = next(index for index in (1, 2, 3, 4) if match.start(index) != -1)
            value = match.group(group)
            if not (len(value) == 4 and value.startswith(("19", "20"))):  # not a year
                _add_unless_taken(out, match.start(group), match.end(group), "otp")
    if contains_any(low, _TEMPLATE_HINTS):
        for match in _SENT_TEMPLATE.finditer(low):
            group = next(index for index in range(1, 5) if match.start(index) != -1)
            if not (len(match.group(group)) == 4 and match.group(group).startswith(("19", "20"))):  # no year
                _add_unless_taken(out, match.start(group), match.end(group), "otp")


def _dictated(low: str, cues: list[tuple[str, int, int]], out: list[Span]) -> None:
    """A password, login or wifi key dictated sign by sign after its cue: "it's capital T i g e r seven seven
    exclamation mark", "hoofdletter P a r i j s twee nul twee vier", "jay dot smith underscore eighty
    eight" (a voice message typed out by the phone)."""
    for category, _, cue_end in cues:
        kind = _DICTATED_KINDS.get(category)
        if kind is None:
            continue
        lead = _DICTATION_LEAD.match(low, cue_end)
        if lead is None:
            continue
        span = _dictation(low, lead.end())
        if span is None:
            continue
        start, end = span
        # (what another detector read inside it, a digit group or a word, gives way to the whole)
        drop_parts_of(out, start, end)
        _add_unless_taken(out, start, end, kind)


def _dictation(low: str, pos: int) -> tuple[int, int] | None:
    """The signs dictated from pos on: single letters and digits, digit and number words, a letter after
    'capital', the names of signs, and words joined by the names of joining signs. None unless four or
    more were dictated and one of them names a capital or a sign, or three are single letters."""
    tokens = [(match.start(), match.end(), match.group()) for match in _WORD.finditer(low, pos, pos + 200)]
    count = letters = marked = 0
    end = -1
    index = 0
    while index < len(tokens) and count < _DICTATION_MAX:
        _, stop, word = tokens[index]
        following = tokens[index + 1][2] if index + 1 < len(tokens) else ""
        if word in _CAPITAL_WORDS and len(following) == 1 and following.isalpha():
            marked, count, end, index = marked + 1, count + 2, tokens[index + 1][1], index + 2
            continue
        two = f"{word} {following}"
        if two in _SIGN_WORDS:
            marked, count, end, index = marked + 1, count + 1, tokens[index + 1][1], index + 2
            continue
        if word in _SIGN_WORDS:
            marked, count, end = marked + 1, count + 1, stop
        elif len(word) == 1 and word.isalnum():
            letters, count, end = letters + (word.isalpha()), count + 1, stop
        elif word in _NUMBER_WORDS:
            count, end = count + 1, stop
        elif word.isalpha() and _joined(tokens, index, following):
            count, end = count + 1, stop  # "jay dot smith": a word joined by a sign's name
        else:
            break
        index += 1
    if count >= _DICTATION_MIN and (marked or letters >= 3):
        return pos + (len(low[pos:end]) - len(low[pos:end].lstrip())), end
    return None


def _joined(tokens: list[tuple[int, int, str]], index: int, following: str) -> bool:
    return following in _JOINING_SIGNS or (index > 0 and tokens[index - 1][2] in _JOINING_SIGNS)


def _retype(out: list[Span], start: int, end: int, old: str, kind: str) -> None:
    """The value at start..end is of `kind`: a reading of it as `old` gives way, any other stands."""
    out[:] = [s for s in out if not (s.start == start and s.end == end and s.type == old)]
    _add_unless_taken(out, start, end, kind)


def _changed_codes(low: str, out: list[Span]) -> None:
    for index, span in enumerate(out):
        if (
            span.type == "otp"
            and span.end - span.start <= _CHANGED_DIGITS
            and low[span.start : span.end].isdigit()
            and _CHANGE_IT.match(low, span.end)
        ):
            out[index] = Span(span.start, span.end, "pin")


def _keyed(low: str, out: list[Span]) -> None:
    for match in _KEYED.finditer(low):
        group = match.lastindex or 0  # (one value group per frame, no group inside one)
        start, end = match.span(group)
        believed = group == 3
        if group >= 3 and plausible_year(low[start:end]):
            continue  # "ik dacht dat het 2022 was": a year believed
        line_end = low.find("\n", end)
        reach = end + _KEYED_REACH if line_end == -1 else min(line_end, end + _KEYED_REACH)
        # (looked back no further than the reach: a search to the text's start per match is quadratic)
        back = low.rfind("\n", max(0, start - _KEYED_REACH), start) + 1 or max(0, start - _KEYED_REACH)
        if (
            group == _TOLD_TYPED
            or _REFUSED_AFTER.search(low, end, reach) is not None
            # or refused before it, on its line (the same words): "haar pincode is geblokkeerd, ze dacht dat
            # het 4482 was"
            or _REFUSED_AFTER.search(low, back, start) is not None
        ):
            # (a code known by heart is believed; one sent is read off the screen, unless it is long)
            sent = (not believed or end - start > _PIN_DIGITS_MAX) and _SENT_NEAR.search(
                low, max(0, start - 80), reach
            )
            _add_unless_taken(out, start, end, "otp" if sent else "pin")


def _spoken_hinted(low: str) -> bool:
    hints = 0
    for word in _SPOKEN_HINTS:
        hints += low.count(word)
        if hints >= 2:
            return True
    return False


# A cue that names a code sent to check who one is: "Code de vérification : huit sept deux un" (four said
# digits are then no PIN).
# (a confirmation's or a transfer's code is the system's too: "the confirmation code seven, nine, six, two")
_VERIFYING_AFTER = 14  # (what a bare code is for, after it: "le code de transfert")
_VERIFYING_CUE = LazyPattern(r"v[ée]rif|sms|otp|2fa|one[- ]time|eenmalig|confirm|bevestig|transf|overdracht")


def _spoken(low: str, cues: list[tuple[str, int, int]], out: list[Span]) -> None:
    for match in _SPOKEN.finditer(low):
        start, end = match.span()
        # (a cue's window read the first digit word, or the words joined by hyphens, as a password: "code
        # de transfert c'est six, zéro, …", "inlogcode, ik kreeg negen-vier-zeven-zes": the code is read here)
        out[:] = [span for span in out if not (span.type == "password" and start <= span.start < end)]
        kind = ""
        words = sum(1 for _ in _DIGIT_WORDS.finditer(low, start, end))
        if words >= _PHONE_WORDS and low.startswith(_ZERO, start):
            kind = "phone"  # "mijn nummer nul zes vijf negen …": a national number read out, never a code
        for category, cue_start, cue_end in () if kind else cues:
            if category in _KINDS and (
                (cue_end <= start and start - cue_end <= _REACH)
                or (  # said first, then named: "vijf drie drie vijf is de pincode van de laadpas"
                    end <= cue_start <= end + _NAMED_AFTER_REACH
                    and _COPULA_THEN_CUE.fullmatch(low, end, cue_start) is not None
                )
            ):
                kind = _KINDS[category]
                if kind == "password" and "code" in low[cue_start:cue_end]:
                    kind = "otp"  # "de apotheek vraagt een inlogcode, ik kreeg negen-vier-zeven-zes": sent
                bare = low[cue_start:cue_end] in ("code", "codes")
                if (
                    kind == "otp"
                    and (words == 4 or (bare and words <= 5))
                    and _VERIFYING_CUE.search(low, cue_start, cue_end + _VERIFYING_AFTER) is None
                ):
                    # four digits said are a PIN's, as are up to five after a bare "code", unless the words
                    # around say "sent" (six are a one-time code's: "le code c'est quatre-deux-huit-zéro-un")
                    sent = _SENT_NEAR.search(low, max(0, min(start, cue_start) - 60), max(end, cue_end) + 30)
                    # (or read out from where it came: "the code was four five eight eight, I'm reading it
                    # off", "code is zes vijf drie vier, ik lees hem voor", "je vous le lis")
                    sent = sent or _READ_OUT.search(low, end, end + _READ_OUT_REACH)
                    # (or given to the company on a call: "mijn zoon heeft gebeld en die gaf jullie de code
                    # zeven-nul-vier-twee-vier")
                    sent = sent or _GIVEN_TO_BEFORE.search(low, max(0, cue_start - 32), cue_start)
                    # (after a bare "code", digits said name a kept code only as digits typed do: a lock's,
                    # "haar alarm piept, haar code is negen acht acht vier", or one the customer calls theirs,
                    # "un deux trois sept c'est mon code"; else one sent: "Code : huit cinq sept six")
                    kept = (
                        not bare
                        or kept_lock_code(low, "code", cue_start, cue_end)
                        or called_own(low, cue_start)
                    )
                    kind = "otp" if sent or not kept else "pin"
                elif kind == "pin" and CAME_BY.search(low, cue_end, start) is not None:
                    kind = "otp"  # "Toegangscode Toledo via mail: nul zeven negen …": sent, whatever it opens
        if not kind and words <= _CODE_WORDS_MAX and not _counting(low, start, end):
            # digits said one by one with nothing naming them are still a code read out ("ok its two three
            # three five eight one"): four or five a PIN's, six or more one sent, as any the words call sent
            called_sent = _SENT_NEAR.search(low, max(0, start - 60), end + 30) is not None
            kind = "otp" if words >= _OTP_WORDS_MIN or called_sent else "pin"
        if not kind and _HYPHENS_ONLY.fullmatch(low, start, end):
            kind = "pin"
        if kind:
            _add_unless_taken(out, start, end, kind)


_READ_OUT = LazyPattern(
    r"(?<![a-z])(?:read(?:ing)?[ \t]++it[ \t]++(?:off|out)|lees[ \t]++(?:(?:hem|het)[ \t]++)?(?:voor|af)"
    r"|je[ \t]++(?:vous[ \t]++)?le[ \t]++lis)(?![a-z])"
)
_READ_OUT_REACH = 24
_GIVEN_TO_BEFORE = LazyPattern(
    r"(?<![a-z])(?:gaf|gaven|gegeven|doorgegeven|gave|given|donné)[ \t]++(?:jullie|u|you|vous)[ \t]++"
    r"(?:(?:de|the|le)[ \t]++)?$"
)
# The digits said first, then what they are: "vijf drie drie vijf is de pincode van de laadpas", "un deux
# trois quatre c'est mon code".
_COPULA_THEN_CUE = LazyPattern(
    r"[ \t,]*+(?:is|was|c'est|est|are|=)[ \t]++"
    r"(?:(?:de|het|mijn|my|the|le|la|mon|ma|zijn|haar|his|her|your|je|uw|ons|onze|notre)[ \t]++)?"
)
_NAMED_AFTER_REACH = 24
_CODE_WORDS_MAX = 8
_OTP_WORDS_MIN = 6
# "one two three four, the kids counted": counting from one, no code
_COUNTING = ("one two three four", "een twee drie vier", "één twee drie vier", "un deux trois quatre")


# A code said with figures or tens among its words, right after its cue: "the pin for my new debit card is
# 31 thirty-one", "de puk is drieëndertig vijf zeven zes negenendertig 6", "le code reçu par sms c'est
# cinquante-cinq sept six". Between cue and code no figure, no other number named, no sentence's end; the
# code right after the cue or after its copula ("the code has twenty five thirty characters" is a count).
_SAID_CODE_DIGITS = (4, 10)
_SAID_LEAD_REACH = 40
_SAID_LEAD_BREAK = LazyPattern(r"[0-9.;!?\n]|num|nr\b|no\b")
_SAID_COPULAS = frozenset("is was it's c'est est zijn are".split())


def _said_codes(low: str, cues: list[tuple[str, int, int]], out: list[Span]) -> None:
    for start, end, digits in said_numbers(low):
        if not _SAID_CODE_DIGITS[0] <= len(digits) <= _SAID_CODE_DIGITS[1]:
            continue
        named = [cue for cue in cues if cue[2] <= start and start - cue[2] <= _SAID_LEAD_REACH]
        if not named:
            continue
        category, cue_start, cue_end = max(named, key=lambda cue: cue[2])
        if (
            category not in _NUMERIC_KINDS
            or _SAID_LEAD_BREAK.search(low, cue_end, start) is not None
            or not _said_lead(low, cue_end, start)
        ):
            continue
        kind = _KIND[category]
        if kind == "otp" and len(digits) == 4 and low[cue_start:cue_end] in ("code", "codes"):
            sent = _SENT_NEAR.search(low, max(0, cue_start - 60), end + 30) is not None
            kind = "otp" if sent else "pin"  # (four digits after a bare "code": a PIN unless sent, as above)
        drop_parts_of(out, start, end)  # (a group of its words another reading took alone)
        _retype(out, start, end, "otp", kind)  # (a "pincode" is no code sent: its cue says which)


# A login read out the rest of the way after the part that looks like one: "gebruikersnaam elamrap zes één
# negen", "username tlee four nine", "identifiant céline point denis", "l'identifiant srenard tiret bas
# septante et un". Number words (figures among them), or a joining sign's name and the word it joins; not
# figures alone ("jdoe 2 days ago"), nor a pronoun or conjunction after a sign (a full stop said: "punt ik").
_TAIL_SIGN = LazyPattern(
    r"[ \t]++" + SPOKEN_JOINS
    + r"[ \t]++(?!(?:ik|je|i|we|the|et|en|and|maar|mais|but|ok|dus|so)(?![a-zà-ü0-9]))"
    r"[a-zà-ü0-9]++(?:-[a-zà-ü0-9]++)*+(?![a-zà-ü0-9@.])"
)
_TAIL_NUMBER = LazyPattern(r"[ \t]++(?:et[ \t]++)?([a-zà-ü0-9]++(?:-[a-zà-ü]++)*+)(?![a-zà-ü0-9@])")
_TAIL_FIGURES = 4
# Number words that are also an article or a pronoun: alone after a login they are the sentence's ("wouterss
# onze …").
_TAIL_AMBIGUOUS = frozenset("een un une one onze".split())


def _said_login_tails(low: str, out: list[Span]) -> None:
    for index, span in enumerate(out):
        if span.type != "username":
            continue
        pos, end, said = span.end, span.end, False
        while True:
            sign = _TAIL_SIGN.match(low, pos)
            if sign is not None:
                pos, end, said = sign.end(), sign.end(), True
                continue
            word = _TAIL_NUMBER.match(low, pos)
            if word is None:
                break
            value = word.group(1)
            if number_word(value) or all(number_word(part) for part in value.split("-")):
                said = True
            elif not (value.isdigit() and len(value) <= _TAIL_FIGURES):
                break
            pos = word.end()
            end = pos if said else end
        if said and end > span.end and low[span.end : end].strip() not in _TAIL_AMBIGUOUS:
            if free_of([other for other in out if other is not span], span.start, end):
                out[index] = Span(span.start, end, "username")


def _said_lead(low: str, cue_end: int, start: int) -> bool:
    """Whether the words between a cue and a code said lead to it: none, or a copula last."""
    lead = low[cue_end:start].rstrip()
    return not lead or lead.endswith((":", "=")) or lead.rsplit(None, 1)[-1] in _SAID_COPULAS


def _counting(low: str, start: int, end: int) -> bool:
    said = " ".join(m.group() for m in _DIGIT_WORDS.finditer(low, start, min(end, start + 40)))
    return said.startswith(_COUNTING)


def _corrected(low: str, cues: list[tuple[str, int, int]], out: list[Span]) -> None:
    owned = contains_any(low, _SLIP_WORDS) or contains_any(low, _ACCIDENT_WORDS)  # (a secret's needs one)
    for word in _CORRECTION_WORDS:
        at = low.find(word)
        while at != -1:
            said = _SAID_BEFORE.search(low, max(0, at - 24), at + 1)
            meant = _MEANT_AFTER.match(low, at + len(word) - 1) if said is not None else None
            if said is not None and meant is not None:
                _take_correction(low, cues, said, meant, out)
            elif owned:
                _secret_corrected(low, at, word, cues, out)
            at = low.find(word, at + 1)


# What a corrected value is, by the last cue before it: a password unless the message named another kind
# (not a code's: those corrections are `_take_correction`'s).
_CORRECTED_KINDS = {c: k for c, k in _KIND.items() if k not in _NUMERIC_KINDS} | {
    "customer_number": "customer_number"
}


def _secret_corrected(
    low: str, at: int, word: str, cues: list[tuple[str, int, int]], out: list[Span]
) -> None:
    said = _SAID_SECRET_BEFORE.search(low, max(0, at - 48), at + 1)
    if said is None or _SLIP_OWNED.search(low, max(0, said.start(1) - 40), said.start(1)) is None:
        return
    meant = _MEANT_SECRET_AFTER.match(low, at + len(word) - 1)
    if meant is None:
        return
    values = (said.span(1), meant.span(1))
    if all(_secret_like(low[start:end]) and not _not_secret_shape(low[start:end]) for start, end in values):
        named = [cue[0] for cue in cues if cue[0] in _CORRECTED_KINDS and cue[2] <= said.start()]
        kind = _CORRECTED_KINDS[named[-1]] if named else "password"
        for start, end in values:
            _add_unless_taken(out, start, end, kind)


def _take_correction(
    low: str, cues: list[tuple[str, int, int]], said: re.Match[str], meant: re.Match[str], out: list[Span]
) -> None:
    first, second = said.group(1), meant.group(1)
    if first == second or is_reference_at(low, said.start()):
        return  # ("bestelling 48213 niet 48231": an order's number typed wrong is no secret)
    owned = _SLIP_OWNED.search(low, max(0, said.start(1) - 40), said.start(1)) is not None
    if not owned and not _typo_of(first, second):
        return
    if len(first) == 4 and first.startswith(("19", "20")) and second.startswith(("19", "20")):
        return  # "I said 2023, it's actually 2032": a year
    # without a cue before them, up to five digits are a PIN and more a one-time code, as is a code said to
    # have expired
    digits = max(sum(ch.isdigit() for ch in first), sum(ch.isdigit() for ch in second))
    sent = "g-" in (first[:2], second[:2]) or contains_any(low, _EXPIRED)
    by_length = "pin" if digits <= _PIN_DIGITS_MAX and not sent else "otp"
    cue = next(
        (cue for cue in reversed(cues)
         if cue[0] in _KINDS and cue[0] != "wifi_key" and cue[2] <= said.start()),
        None,
    )  # fmt: skip
    kind = by_length if cue is None or low[cue[1] : cue[2]] in ("code", "codes") else _KINDS[cue[0]]
    if kind == "password" or (kind == "puk" and len(first) != _PUK_DIGITS):
        kind = by_length  # digits typed again are a code, whatever password or PUK was named before them
    for start, end in (said.span(1), meant.span(1)):
        # (another reading by the cue before it gives way: a password or PUK, a one-time code by a bare
        # "code": "le code est 9006 et pas 0906" is a PIN typed wrong)
        out[:] = [s for s in out if not (s.start == start and s.end == end and s.type in _GIVES_WAY)]
        _add_unless_taken(out, start, end, kind)


_PUK_DIGITS = 8
_PIN_DIGITS_MAX = 5
_GIVES_WAY = ("password", "puk", "otp")
_EXPIRED = ("expired", "verlopen", "expiré", "is vervallen")


def _typo_of(first: str, second: str) -> bool:
    """Two numbers one typing slip apart: the same digits in another order, or one digit hit wrong."""
    if len(first) != len(second):
        return False
    return sorted(first) == sorted(second) or sum(a != b for a, b in zip(first, second, strict=True)) == 1


# Dutch puts the verb last: "terwijl ik gewoon 0340 intoets", "de app zegt fout terwijl ik 48213 invoer". The
# digits one types in are the code the message is about: a PIN, or a code sent when the words say so or when
# it is long. (A word typed in this way, "ik echt tulpen3 intyp", is the other detectors' already.)
# A code to enter at a site, as a TV or a console shows it: "enter 48291733 at disneyplus.com/begin", "vul
# 4829 1733 in op netflix.com/tv8", "entrez le code 4KD2-PM7Q sur primevideo.com/mytv" (digits, or capitals
# and digits in one or two groups; a site's address after it).
_ENTER_AT_HINTS = ("enter", "typ", "vul", "voer", "tik", "geef", "entrez", "saisi", "tapez")
# (a code is entered with these verbs, at a site so written; `_SCREEN_CODE` below reads them too)
_ENTER_VERBS = r"(?:enter|type|vul|voer|tik|typ|geef|entrez|saisissez|saisir|tapez)"
_SITE = r"(?:https?://)?(?:www\.)?[a-z0-9-]{2,30}\.[a-z]{2,6}"
_ENTER_AT_SITE = LazyPattern(
    r"(?<![a-z])" + _ENTER_VERBS + r"[ \t]++"
    r"(?:(?:the|a|de|het|le|la|code|in|deze|this)[ \t]++){0,2}"
    r"([0-9]{4}[ ]?[0-9]{4}|[0-9]{5,8}|(?=[a-z0-9]{0,9}[0-9-])[a-z0-9]{3,5}-?[a-z0-9]{3,5})"
    r"[ \t]++(?:in[ \t]++)?"
    r"(?:at|on|op|sur|via|bij)[ \t]++" + _SITE + r"(?![a-z])"
)
# The code that signs a TV or a console in, as the screen or the company tells it: named for the screen ("the
# code for your TV is X9WG5TJK", "De activatiecode voor je TV is 22FM HUGA", "code d'activation pour votre
# TV : 562W VQU3") or to be entered at the site the screen names first ("ga naar playdome.com/tv en geef
# code 46QS-GJSC in", "rendez-vous sur www.playdome.be et entrez le code 26P7 5LA7"). A digit in it.
_SCREEN_CODE_VALUE = (
    r"((?=[a-z0-9]{0,4}[ \-]?[a-z0-9]{0,3}[0-9])[a-z0-9]{4}[ \-][a-z0-9]{4}"
    r"|(?=[a-z]{0,11}[0-9])[a-z0-9]{5,12})(?![\w-])"
)
_SCREEN_CODE = LazyPattern(
    r"(?<![a-z])(?:code|activatiecode|activation code|code d'activation|koppelcode|pairing code|"
    r"sign-in code|inlogcode)[ \t]++(?:for|voor|pour|op|on|sur)[ \t]++"
    r"(?:(?:your|je|jouw|uw|votre|ta|ton|the|de|la|le|ma|mijn|my)[ \t]++)?"
    r"(?:tv|télé|tele|televisie|television|télévision|tv-box|decoder|décodeur|console|smart-tv|smart tv)"
    r"[ \t]++(?:is|est)?[ \t:]*+" + _SCREEN_CODE_VALUE
    + r"|(?<![a-z])(?:ga naar|go to|visit|rendez-vous sur|allez sur|surf naar|open)[ \t]++"
    + _SITE
    + r"(?:/[a-z0-9/_-]*+)?[ \t]++(?:en|and|et)[ \t]++"
    + _ENTER_VERBS
    + r"[ \t]++(?:(?:de|the|le|ce|this|deze)[ \t]++)?code[ \t:]*+"
    + _SCREEN_CODE_VALUE
)
_SCREEN_CODE_HINTS = ("tv", "télé", "tele", "decoder", "décodeur", "console", "ga naar", "go to", "visit",
                      "rendez-vous", "allez sur", "surf naar", "open ")  # fmt: skip
_TYPED_IN_HINTS = ("intyp", "intik", "intoets", "invoer", "invul", "ingeef")
_TYPED_IN = LazyPattern(
    r"(?<![a-z])ik[ \t]++(?:(?:echt|gewoon|wel|toch|nochtans|altijd|precies|exact|heus)[ \t]++)?"
    r"([0-9]{4,8})[ \t]++(?:in(?:typ|tik|toets|voer|vul|geef))(?:e|t|en)?(?![a-z])"
)


def _typed_in(low: str, out: list[Span]) -> None:
    for match in _TYPED_IN.finditer(low):
        start, end = match.span(1)
        if plausible_year(match.group(1)):
            continue  # "als ik 2024 invul": a year
        sent = _SENT_NEAR.search(low, max(0, start - 80), end + 30) is not None
        _add_unless_taken(out, start, end, "otp" if sent or end - start > _PIN_DIGITS_MAX else "pin")


def _add_unless_taken(out: list[Span], start: int, end: int, kind: str) -> None:
    """A span of its own: where an earlier detector took any part of the value, its reading stands."""
    if free_of(out, start, end):
        out.append(Span(start, end, kind))

"""Accounts named by their logins: "It concerns the accounts gareth_91 and hwright; both are locked.",
"Il s'agit des comptes sebastien.collard et pirona", "de gebruikers griet.maes en claeselektrici", "2
logins: medewerker3 en admin.volleyba", "admin account adm_emma locked".

A business owner writes about the staff's logins by their names. After a plural (accounts, comptes,
gebruikers, logins, users) two words joined by and / en / et are both logins when one of them is shaped
like a login (letters with digits, a dot or an underscore; a name written as one word) and the other is
too or is a plain lower-case word (a login made from a name: "hwright", "pirona"); not a capitalised
word ("the accounts Netflix and Spotify" are services), nor a small word of the sentence. Two plain words
are not enough ("accounts payable and receivable", "gebruikers toevoegen en verwijderen"). One word after
the noun is a login only with a digit, a dot or an underscore in it: "account number", "compte
ci-dessous" and "compte MyMinfin" are none.
"""

from __future__ import annotations

from itertools import pairwise

from webcare.scrub import secret_shapes as creds
from webcare.scrub.cues import PASSWORD_WORDS, find_cues, plain_letters
from webcare.scrub.lazy import LazyPattern
from webcare.scrub.leftover_words import _user_shape
from webcare.scrub.textutil import Hints, Span, contains_any, free_of

__all__ = ["detect_named_accounts"]

_HINTS = (
    "accou", "acount", "accunt", "acocunt", "compte", "gebruiker", "login", "users", "utilisateur",
    "identifiant",
)  # fmt: skip
_WORD = r"[^\W_][\w.\-]{1,39}+"
_PLURAL_PAIR = LazyPattern(
    r"(?<![^\W\d_])(?:accounts|comptes|gebruikers|gebruikersnamen|logins|users|usernames|utilisateurs|"
    r"identifiants|accountnamen)(?:[ \t]*+:)?[ \t]++(?P<first>" + _WORD + r")[ \t]*+,?[ \t]*+"
    r"(?:and|en|et|&)[ \t]++(?P<second>" + _WORD + r")"
)
_ONE = LazyPattern(
    r"(?<![^\W\d_])(?:account|accouunt|acount|accunt|acocunt|compte|gebruiker)s?[ \t]++"
    r"(?P<first>" + _WORD + r")"
)
# Small words of a sentence that a plain lower-case word after the plural may be ("the accounts are
# locked and …", "de gebruikers van mijn zaak en …", "les comptes sont bloqués et …").
_SENTENCE_WORDS = frozenset(
    "are were have has had and with from that this these those both were been being will would should "
    "could can for from into onto over under about after before here there then than also just only "
    "still again locked blocked disabled closed merged linked deleted shared created setup "
    "zijn waren hebben hadden van voor met die dat deze zijn worden werden ook nog maar niet geen "
    "geblokkeerd vergrendeld gekoppeld gedeeld verwijderd "
    "sont ont étaient avaient avec pour dans sur sous aussi encore mais bloqués bloquées verrouillés "
    "liés partagés supprimés "
    "mijn onze jouw uw hun haar zijn zijn mes nos vos leurs ses tous toutes deux both two our your their "
    "the les des".split()
)


# An account named by its login after a colon or in brackets: "Mon compte: xanoukx, IBAN …", "Mijn account
# (xmariex) is geblokkeerd", "Account: thomas-nguyen / klantnr …". The login ends there: a bracket's close,
# or a comma, slash or bar, or the line's end after the colon ("account: geboortedatum 04/05/1999" goes on,
# "account (user deboer.m)" names its own cue).
_NAMED = LazyPattern(
    r"(?<![^\W\d_])(?:account|acount|accunt|acocunt|compte|gebruiker|accountnaam)[ \t]*+(?P<mark>[:(])"
    r"[ \t]*+(?P<first>" + _WORD + r")"
)
_NAMED_END = {
    "(": LazyPattern(r"[ \t]*+\)"),
    # (its line or its sentence ends: "Login on the account: famjackson. I also noticed …")
    ":": LazyPattern(r"[ \t]*+(?:[,;/|)]|[.!?]?[ \t]*+(?:\r?\n|$)|[.!?][ \t]++(?=[A-Z]))"),
}
# What an account is said to be rather than named by: its kind, its state ("Account: suspended.").
_ACCOUNT_STATES = frozenset(
    "active inactive suspended pending verified unverified closed open frozen deleted expired premium basic "
    "free standard personal private joint savings current checking main old new same none "
    "unknown actief inactief opgeschort geverifieerd bevroren gesloten verlopen oude nieuwe hetzelfde "
    "onbekend ancien nouveau ferme ouvert gratuit".split()
)


def _signed_in_with(text: str, low: str, out: list[Span]) -> None:
    """The login one signs in with or cannot get into (see `_LOGS_IN_WITH`)."""
    for match in _LOGS_IN_WITH.finditer(low):
        word = text[match.start("first") : match.end("first")].rstrip(".-")
        if word.lower() in _SIGN_IN_WAYS or _SITE_NAME.fullmatch(word):
            continue  # (a way in or a site's name: "ik log in met itsme", "Can't log into ID.me")
        if not free_of(out, match.start("first"), match.start("first") + len(word)):
            continue  # (what a detector read already stays: "ik log in met Welkom123!", a password)
        # what one cannot get into is a login only when it is shaped like one, an underscore or a dot in
        # it ("Viper_Jake81"; not "MyDMV", "ID.me", "online"); what one logs in with is a name of letters
        # only, small or in camel case ("moekedoreen", "TulpGamer"; a value with digits may be the
        # password: heldout-r17 lost a password and a PIN)
        if (
            (creds._strong_username(word) and ("_" in word or "." in word))
            if match.group("into")
            else (word.isalpha() and (_named_login(word) or _CAMEL_LOGIN.fullmatch(word) is not None))
        ):
            _take(match.start("first"), match.start("first") + len(word), out)


def _named_login(word: str) -> bool:
    """The login an account is named by (see `_NAMED`): shaped like one ("AnoukDevries82", "thomas-nguyen"),
    or one plain word in small letters that is neither a state nor a cue; not a service's name ("PayPal")."""
    if word.lower() in _NOT_LOGINS or word.lower() in _ACCOUNT_STATES:
        return False
    if word[:1].isupper() and not creds._strong_username(word):
        return False  # a capital first and nothing of a login's in it is a service: "account: PayPal"
    if _user_shape(word):
        return True
    return word.isascii() and _plain_login(word) and not find_cues(word)


def _plain_login(word: str) -> bool:
    """A login made from a name, all small letters ("hwright", "pirona"): no small word of the sentence."""
    return word.isalpha() and word.islower() and 4 <= len(word) <= 20 and word not in _SENTENCE_WORDS


def _take(start: int, end: int, out: list[Span]) -> None:
    # a login's name read as its password by its shape alone ("staff8", "TYoung35") is the name here
    out[:] = [s for s in out if not (s.type == "password" and (s.start, s.end) == (start, end))]
    if free_of(out, start, end):
        out.append(Span(start, end, "username"))


def detect_named_accounts(text: str, low: str, out: list[Span]) -> None:
    """Add the logins an owner names the accounts by (see the module's docstring)."""
    if contains_any(low, _WITH_HINTS):
        _signed_in_with(text, low, out)
    if contains_any(low, _NAME_HINTS):
        for match in _NAME_LOGGED_IN.finditer(low):
            word = text[match.start("first") : match.end("first")]
            camel = word.isalpha() and sum(ch.isupper() for ch in word) >= 2  # ("LucLambrechts")
            if _user_shape(word) or _plain_login(word) or camel:
                _take(match.start("first"), match.end("first"), out)
    at = low.find("@")
    while at != -1:  # (from each '@' back to its login: a search from every word's start costs more)
        if _HOST_ADDRESS.match(low, at + 1) or contains_any(
            low[max(0, at - _USER_REACH - 24) : at], _LOGIN_COMMANDS
        ):
            user = _USER_BEFORE_AT.search(low, max(0, at - _USER_REACH), at)
            if user is not None and (
                _HOST_ADDRESS.match(low, at + 1)
                or _LOGIN_COMMAND.search(low, max(0, user.start() - 24), user.start()) is not None
            ):
                out[:] = [s for s in out if not (s.type == "email" and s.start == user.start())]
                _take(user.start(), user.end(), out)
        at = low.find("@", at + 1)
    if contains_any(low, PASSWORD_WORDS):
        for match in _PASSWORD_OF.finditer(low):
            word = text[match.start("first") : match.end("first")].rstrip(".-")
            if _CHANGED_TO.match(text, match.start("first") + len(word)) and _CHANGE_VERB.search(
                low, max(0, match.start() - 40), match.start()
            ):
                continue  # "mon mot de passe de Li3g3-335 en M@is0n-41": the old one, then the new
            begin = match.start("first")
            if creds._strong_username(word) and not creds.network_for(text, begin, begin + len(word)):
                system = match.span("system")
                out[:] = [s for s in out if not (s.type == "password" and (s.start, s.end) == system)]
                _take(match.start("first"), match.start("first") + len(word), out)
    for match in _ONE_LOCKED.finditer(low) if _LOCK_HINTS.found_in(low) else ():
        group = "first" if match.start("first") != -1 else "unknown"
        word = text[match.start(group) : match.end(group)].rstrip(".-")
        # (a capital first and nothing of a login's in it is a service: "mon compte MyMinfin est bloqué"; a
        # login in capitals is a name's letters: "mon compte LECLERCQI est bloqué", "my account NGUYENK got
        # locked")
        capitals = len(word) >= _CAPS_LOGIN_MIN and word.isalpha() and word.isupper()
        service = word[:1].isupper() and not creds._strong_username(word) and not capitals
        if word.lower() not in _NOT_LOGINS and not service and (
            _user_shape(word) or _plain_login(word) or capitals
        ):
            _take(match.start(group), match.start(group) + len(word), out)
    for match in _UNLOCKED_ACCOUNT.finditer(low) if contains_any(low, _UNLOCKED_HINTS) else ():
        group = next(name for name in ("first", "second", "bare") if match.start(name) != -1)
        word = text[match.start(group) : match.end(group)].rstrip(".-,;")
        service = word[:1].isupper() and not creds._strong_username(word)
        unaccented = plain_letters(word)  # (a name's accents: "benoît.denis67", "chloé.janssens")
        shaped = _user_shape(unaccented) or creds._strong_username(word)
        # (alone after the verb, a plain name where a password is spoken of and the clause stops: "I've
        # unlocked pjones; you can set a new one")
        stops = low[match.end(group) : match.end(group) + 1] in (";", ",")
        plain = _plain_login(unaccented) and (
            group != "bare" or (stops and contains_any(low, PASSWORD_WORDS))
        )
        if word.lower() not in _NOT_LOGINS and not service and (shaped or plain):
            start = match.start(group)
            out[:] = [s for s in out if not (s.type == "customer_number" and s.start == start)]
            _take(start, start + len(word), out)
    for match in _LOOKED_UP_BY.finditer(low) if contains_any(low, _LOOKED_UP_HINTS) else ():
        word = text[match.start("first") : match.end("first")].rstrip(".-,")
        # (the value the customer gave before, as they gave it: a login only if it was one then; the agent
        # echoes a key or a password as readily)
        given = match.start()
        if any(s.type == "username" and s.start < given and text[s.start : s.end] == word for s in out):
            _take(match.start("first"), match.start("first") + len(word), out)
    if not contains_any(low, _HINTS):
        return
    for match in _NAMED.finditer(low):
        word = text[match.start("first") : match.end("first")].rstrip(".-")
        end = match.start("first") + len(word)
        if _NAMED_END[match.group("mark")].match(text, end) and _named_login(word):
            _take(match.start("first"), end, out)
    for match in _PLURAL_PAIR.finditer(low):
        # (without the sentence's stop: "… and hwright.")
        first = text[match.start("first") : match.end("first")].rstrip(".-")
        second = text[match.start("second") : match.end("second")].rstrip(".-")
        first_shaped, second_shaped = _user_shape(first), _user_shape(second)
        if (
            (first_shaped or second_shaped)
            and (first_shaped or _plain_login(first))
            and (second_shaped or _plain_login(second))
        ):
            _take(match.start("first"), match.start("first") + len(first), out)
            _take(match.start("second"), match.start("second") + len(second), out)
    for match in _ONE.finditer(low):
        word = text[match.start("first") : match.end("first")].rstrip(".-,")
        if creds._strong_username(word) or (
            _camel_tag(word) and _LOCKED.search(low, max(0, match.start() - 24), match.end() + 24) is not None
        ):
            _take(match.start("first"), match.start("first") + len(word), out)


# A login on a host by its address ("ssh deploy@203.0.113.7 -p 22", "backup-user@2a10:3781::9 port 22"), or
# on any host after the command that logs in ("ssh ci_bot@build.example.com"): a user, not an e-mail address.
_USER_BEFORE_AT = LazyPattern(r"(?<![\w.@+\-])[a-z_][a-z0-9_.\-]{1,31}$")
_USER_REACH = 33
_HOST_ADDRESS = LazyPattern(r"[0-9]{1,3}(?:\.[0-9]{1,3}){3}(?![0-9])|[0-9a-f]{1,4}:[0-9a-f:]")
_LOGIN_COMMANDS = ("ssh", "scp", "sftp", "rsync")
_LOGIN_COMMAND = LazyPattern(
    r"(?<![a-z])(?:ssh|scp|sftp|rsync)(?:[ \t]++-[a-z0-9]++(?:[ \t]++[^\s@\-][^\s@]*+)?)*+[ \t]++$"
)
# An account's password by whose it is: "the MySQL password for db_8s2ulmm", "het wachtwoord van app_kr4f",
# "le mot de passe MySQL de app_kr4fy43l" (the login is the one shaped like a login; the system's name
# before it is no password).
_PASSWORD_OF = LazyPattern(
    # (not a network's: "The wifi password for Proximus-Home-3B21 at the club is …", "wifi-wachtwoord van …")
    r"(?<![a-z])(?<!wifi )(?<!wi-fi )(?<!wifi-)(?<!wi-fi-)(?<!wlan )(?<!wlan-)"
    r"(?:password|wachtwoord|paswoord|mot de passe)"
    r"(?:[ \t]++(?P<system>mysql|mariadb|postgres|ftp|sftp|ssh|database|db|admin|root|cpanel))?"
    r"[ \t]++(?:for|of|van|voor|de|du|pour)[ \t]++(?:(?:the|de|het|l'|le)[ \t]*+)?"
    r"(?:(?:user|account|gebruiker|utilisateur|compte)[ \t]++)?(?P<first>[a-z_][\w.\-]{2,31}+)"
)
# What it was changed into after it, a change said before: the word was the old password ("J'ai changé mon
# mot de passe de X en Y"; not "het wachtwoord van gebruiker jan_88 en …").
_CHANGED_TO = LazyPattern(r"[^\s]{0,3}[ \t]++(?:en|à|to|naar|into|->|→)[ \t]++[^\s]")
_CHANGE_VERB = LazyPattern(
    r"(?<![a-z])(?:changé|changed|change|veranderd|verander|gewijzigd|wijzig|modifié|aangepast|updated|reset)"
    r"(?![a-z])"
)
# One login named and then said locked: "Your login apiprod was temporarily locked", "Account ftp-peetershop
# is geblokkeerd", "je inlog ufsuav tijdelijk geblokkeerd", "Mon compte admin est bloqué" (a word or two of
# being or of time between them; none: "my account keeps getting locked" names no login).
_TIME_WORDS = (
    r"(?:temporarily|tijdelijk|temporairement|permanently|definitief|définitivement|automatically|"
    r"automatisch|automatiquement|still|nog steeds|toujours|again|opnieuw|weer|now|nu)[ \t]++"
)
# Words after the noun that say which account, not whose login: "le compte client est bloqué", "mijn account
# gisteren geblokkeerd", "the email account was locked".
_NOT_LOGINS = frozenset(
    "gisteren vandaag eergisteren yesterday today hier aujourd'hui client klant customer bancaire courant "
    "principal personnel perso professionnel business zakelijk privé prive familie family épargne epargne "
    "mail email e-mail bank online web everything everyone alles iedereen tout tous them "
    # whose role the account is for: "mon compte vendeur est piraté", "my seller account got hacked"
    "vendeur vendeuse acheteur acheteuse marchand pro entreprise société seller buyer merchant verkoper "
    "koper handelaar bedrijf".split()
)
_LOCK_HINTS = Hints(("locked", "blocked", "suspended", "disabled", "bloqué", "verrouillé", "geblokkeerd",
                     "vergrendeld", "gesperrt", "gedeactiveerd", "désactivé", "hacked", "piraté", "gehackt",
                     "compromised", "compromis", "inconnu", "unknown user", "onbekend", "restored",
                     "unlocked", "unblocked", "reactivated", "rétabli", "débloqué", "réactivé", "hersteld",
                     "gedeblokkeerd", "ontgrendeld", "heractiveerd"))  # fmt: skip
_CAPS_LOGIN_MIN = 5  # ("mon compte BNP est bloqué" is the bank's)
# The noun typed as thumbs type it: "acocunt", "acconut", "comppte", "comtpe".
_ACCOUNT_WORD = r"(?:ac[conu]{2,6}t|co[mpt]{1,4}te)"
_ONE_LOCKED = LazyPattern(
    r"(?<![^\W\d_])(?:" + _ACCOUNT_WORD + r"|login|inlog|gebruiker|user|username|gebruikersnaam|"
    r"identifiant)[ \t]++(?P<first>[^\W_][\w.\-]{1,31}+)[ \t]++"
    r"(?:(?:is|was|werd|wordt|est|got|has been|had been|a été|is now|is nu)[ \t]++(?:" + _TIME_WORDS + r")?"
    r"|" + _TIME_WORDS + r")"
    r"(?:locked|blocked|suspended|disabled|bloqué|bloquée|"
    r"verrouillé|geblokkeerd|vergrendeld|gesperrt|gedeactiveerd|désactivé|"
    # or taken over: "Mon compte jadesmith est piraté ?", "account sanne_h got hacked"
    r"hacked|piraté|piratée|gehackt|gehacked|compromised|compromis|"
    # or given back by the care team: "Your account priyaxsh has been restored", "Votre compte lemairee est
    # rétabli", "Je account dekkerm is weer ontgrendeld"
    r"restored|unlocked|unblocked|reactivated|rétablie?|débloquée?|réactivée?|hersteld|gedeblokkeerd|"
    r"ontgrendeld|heractiveerd)(?![a-z])"
    # or not known, as a login screen answers: "'Utilisateur inconnu priyabos'", "Unknown user: jdv_82"
    r"|(?<![a-z])(?:utilisateur inconnu|unknown user(?:name)?|onbekende gebruiker(?:snaam)?|"
    r"gebruiker onbekend)"
    r"[ \t]*+[:'\"«(]?[ \t]*+(?P<unknown>[^\W_][\w.\-]{1,31}+)"
)


# The account a care agent unlocked, by its login: "I've unlocked your account devans.", "j'ai débloqué votre
# compte u9141998", "ik heb je account jdewit ontgrendeld", and the customer asking after it: "Klopt het dat
# mijn account pdekker nog actief is?" (the noun typed as thumbs type it). The number a login like
# "u9141998" looks like is the login here, not a customer's number. The login alone after the verb when it is
# shaped like one ("I've unlocked garcias42; you can set a new one").
_UNLOCKED_ACCOUNT = LazyPattern(
    r"(?<![a-z])(?:un[a-z]{0,2}(?:lock|lcok|olck|loc|block)ed|d[ée]bloqu[ée]e?|r[ée]activ[ée]e?|r[ée]tablie?|"
    r"reactivated|restored)[ \t]++(?:(?:your|the|votre|le|ton|uw|je|jouw)[ \t]++" + _ACCOUNT_WORD + r"[ \t]++"
    r"(?P<first>" + _WORD + r")|(?P<bare>" + _WORD + r"))"
    r"|(?<![a-z])(?:je|uw|jouw|your|mijn|my|mon)[ \t]++" + _ACCOUNT_WORD + r"[ \t]++(?P<second>"
    + _WORD + r")[ \t]++(?:(?:weer|nog|still|toujours|encore)[ \t]++)?"
    r"(?:gedeblokkeerd|ontgrendeld|vrijgegeven|heractiveerd|actief|active|actif)(?![a-z])"
)
_UNLOCKED_HINTS = ("unlo", "unol", "unlc", "unblo", "bloqu", "deblok", "ontgrendel", "vrijgegeven",
                   "heractiveerd", "reactiv", "réactiv", "tabli", "restored", "actief", "actif",
                   "still active")  # fmt: skip


# The login a care agent looks the customer up by, given before: "… user ID bethanypat486, password … ⏎ Great,
# with bethanypat486 I can pull up your case", "Met jdevries84 kan ik je dossier vinden".
_LOOKED_UP_BY = LazyPattern(
    r"(?<![a-z])(?:with|met|avec)[ \t]++(?P<first>" + _WORD + r")[ \t,]++(?:i|we|ik|wij|je|nous)[ \t]++"
    r"(?:can[ \t]++|kan[ \t]++|kunnen[ \t]++|peux[ \t]++|pouvons[ \t]++)?"
    r"(?:pull[ \t]++up|find|look[ \t]++up|locate|see|je[ \t]++dossier|uw[ \t]++dossier|vinden|"
    r"opzoeken|retrouve|trouve|retrouver|trouver)(?![a-z])"
)
_LOOKED_UP_HINTS = ("pull up", "find", "look up", "locate", "dossier", "vinden", "opzoeken", "trouve")


# A login named before the words that say so: "opa_jozef is de naam waarmee mijn vader inlogt", "LucPeeters
# is the name my dad logs in with", "papy_gerda c'est le nom avec lequel elle se connecte".
_NAME_LOGGED_IN = LazyPattern(
    r"(?<![\w.@-])(?P<first>" + _WORD + r")[ \t]++(?:is|was|c'est|est)[ \t]++(?:de|the|le|het)[ \t]++"
    r"(?:naam|name|nom|login|gebruikersnaam|identifiant|username)[ \t]++[^.\n]{0,40}?"
    r"(?<![a-z])(?:inlogt|inlogde|logs in|logged in|log in|se connecte|se connectait|aanmeldt)(?![a-z])"
)
# The login one signs in with, or cannot get into: "Ik log in met TulpGamer", "Je me connecte avec
# PapillonWolf", "I log in with moekedoreen", "cant get into Viper_Jake81 since the update"; not the way in
# ("ik log in met itsme", "I log in with Google", "avec ma carte").
_LOGS_IN_WITH = LazyPattern(
    r"(?<![a-z])(?:(?:ik|i|we|wij)[ \t]++(?:log|logge|sign)[ \t]++(?:in[ \t]++)?(?:met|with)|"
    r"je[ \t]++me[ \t]++connecte[ \t]++avec|inloggen[ \t]++doe[ \t]++ik[ \t]++met|"
    r"(?P<into>(?:can't|cant|cannot|can not)[ \t]++(?:get|log)[ \t]++into))[ \t]++(?P<first>" + _WORD + r")"
)
_CAMEL_LOGIN = LazyPattern(r"(?:[A-Z][a-z]{2,}){2,4}")
_SITE_NAME = LazyPattern(r"[\w-]++\.(?:[a-z]{2,3}|info|shop|online)")
_WITH_HINTS = ("log in", "logge in", "sign in", "connecte avec", "doe ik met", "get into", "log into")
_SIGN_IN_WAYS = frozenset(
    "itsme google apple facebook microsoft digid eid csam face touch fingerprint vingerafdruk wachtwoord "
    "password code pin pincode kaartlezer digipass sms email mail e-mail passkey".split()
)
_NAME_HINTS = ("inlogt", "inlogde", "logs in", "logged in", "log in", "se connecte", "aanmeldt")


# A player's tag in camel case ("TheNovaBlaze", "ShadowKaiZen"): three capitals or more, small letters
# between them; after the account locked, blocked or hacked ("I've locked the account TheToxicZed for you",
# "j'ai bloqué le compte TheFrostMango"). A service's name has fewer ("compte MyMinfin").
_LOCKED = LazyPattern(
    r"(?<![a-z])(?:locked|blocked|suspended|hacked|bloqué|bloquée|piraté|verrouillé|geblokkeerd|gehackt|"
    r"vergrendeld|gesperrt)(?![a-z])"
)


def _camel_tag(word: str) -> bool:
    return (
        word.isalpha()
        and 8 <= len(word) <= 24
        and word[0].isupper()
        and sum(ch.isupper() for ch in word) >= 3
        and not any(a.isupper() and b.isupper() for a, b in pairwise(word))
    )

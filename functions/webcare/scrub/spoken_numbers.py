"""Numbers said in words, as dictation or a careful older customer writes them: "nul zes twaalf vierendertig
zesenvijftig achtenzeventig", "oh seven seven double oh nine hundred one two three", "zéro quatre septante-
deux trente-quatre", "mijn bsn is een twee drie vier vijf zes zeven acht twee".

A run of number words is read as the digits a listener would write down: a digit word one digit, "twaalf" /
"twelve" / "douze" two, "vierendertig" / "thirty four" / "trente-quatre" two, "double oh" two zeros, "nine
hundred" three. The digits decide what the run is, with the words before it: a phone number its plan accepts
(from a zero or a country code, or named a phone), a BSN with its check (named one), a card with its check,
an account's number after its name. Runs of single digit words short of nine are told_codes' (a PIN or a
code dictated), unless an account's name comes before them; runs that read as nothing of these are left.
"""

from __future__ import annotations

from collections.abc import Iterator

from webcare.scrub import validators
from webcare.scrub.lazy import LazyPattern
from webcare.scrub.textutil import Hints, Span, by_first_letter, card_nearby, drop_parts_of, free_of

# The digit words a number is said in, with their values (told_codes reads codes in them too).
DIGIT_WORDS = {
    word: value
    for words in (
        "nul een twee drie vier vijf zes zeven acht negen",
        "zero one two three four five six seven eight nine",
        "zéro un deux trois quatre cinq six sept huit neuf",
    )
    for value, word in enumerate(words.split())
} | {"één": 1, "oh": 0}
# The digit words as one alternation, the longest first (told_codes reads codes in it too).
DIGIT_WORD = r"(?:" + "|".join(sorted(DIGIT_WORDS, key=len, reverse=True)) + r")"
_TEENS = {
    "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14, "vijftien": 15, "zestien": 16,
    "zeventien": 17, "achttien": 18, "negentien": 19, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "dix": 10,
    "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16, "dix-sept": 17,
    "dix-huit": 18, "dix-neuf": 19,
}  # fmt: skip
_TENS = {
    "twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60, "zeventig": 70, "tachtig": 80,
    "negentig": 90, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
    "septante": 70, "huitante": 80, "octante": 80, "nonante": 90, "quatre-vingt": 80, "quatre-vingts": 80,
    "soixante-dix": 70, "quatre-vingt-dix": 90,
}  # fmt: skip
_REPEATS = {"double": 2, "dubbel": 2, "triple": 3, "trippel": 3}
_HUNDREDS = frozenset({"honderd", "hundred", "cent"})
_NUMBER_WORD = (
    r"(?:(?:een|één|twee|drie|vier|vijf|zes|zeven|acht|negen)[eë]?n"
    r"(?:twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)"  # "vierendertig", "drieëntwintig"
    r"|"
    # (grouped by first letter: one letter tested where most words fail, the longest word of each first)
    + by_first_letter("|".join(sorted({*DIGIT_WORDS, *_TEENS, *_TENS, *_REPEATS, *_HUNDREDS}, key=len)[::-1]))
    + r")"
)
_NUMBER_WORD_ALONE = LazyPattern(_NUMBER_WORD)


def number_word(word: str) -> bool:
    """Whether a word is a number said ("vier", "vierentwintig", "twenty", "soixante-douze")."""
    return _NUMBER_WORD_ALONE.fullmatch(word) is not None


# Number words in a row, apart by spaces, commas or hyphens ("soixante-douze" and "forty-two" too); a group
# of digits may stand among them ("114 twee twee drie 282", "4787 deux cinq huit …"), and a separator said
# as dictation writes it ("nul vier negen negen schuine streep tweeënzestig punt …", "four fifteen hyphen
# five one two …", "zéro quatre 96 barre oblique …").
_TOKEN = r"(?:" + _NUMBER_WORD + r"|[0-9]{1,4}+)"
_SAID_SEPARATOR = (
    r"(?:et|slash|schuine[ \t]streep|barre[ \t]oblique|streepje|koppelteken|dash|hyphen|tiret|punt|point|dot)"
    r"[ \t]++"
)
_GAP = r"(?:[ \t]*+[,\-][ \t]*+|[ \t]++)(?:" + _SAID_SEPARATOR + r")?"
# (a run starts at a word; a group of digits right before it joins it, see `_FIGURES_BEFORE`: a search that
# may start at every digit costs more)
_RUN = LazyPattern(r"(?<![a-zà-ü0-9])" + _NUMBER_WORD + r"(?:" + _GAP + _TOKEN + r"){1,24}(?![a-zà-ü0-9])")
_FIGURES_BEFORE = LazyPattern(r"(?<![a-zà-ü0-9])(?:[0-9]{1,4}+" + _GAP + r"){1,3}$")
# "plus" said before a number: its country code follows ("plus drie twee vier …", "plus 32 un six …").
# A run of figures that ends in its only word, and no more tokens after it.
_FIGURES_THEN_WORD = LazyPattern(
    r"(?<![a-zà-ü0-9.,/\-])[0-9]{1,4}+(?:" + _GAP + r"[0-9]{1,4}+){0,4}" + _GAP + _NUMBER_WORD
    + r"(?![a-zà-ü0-9])(?!" + _GAP + _TOKEN + r"(?![a-zà-ü]))"
)
_PLUS_BEFORE = LazyPattern(r"(?<![a-zà-ü])plus[ \t]++$")
_FIGURES_REACH = 24
_WORD = LazyPattern(r"(?<![a-zà-ü0-9])" + _TOKEN + r"(?![a-zà-ü0-9])")  # (not "un" in "punt")
_DUTCH_COMPOUND = LazyPattern(
    r"(een|één|twee|drie|vier|vijf|zes|zeven|acht|negen)[eë]?n"
    r"(twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)"
)
# A run holds one of these (the commonest digit words and the tens' pieces, each followed by a space, a comma
# or a hyphen as inside a run): most messages hold none and are passed over at the cost of substring tests.
_HINTS = Hints(
    tuple(
        word + sep
        for word in (*DIGIT_WORDS, "tig", "ty", "ante", "vingt", "twaalf", "twelve", "douze", "double",
                     "dubbel", "tien", "teen", "eleven", "treize", "quatorze", "quinze", "seize")
        for sep in " ,-"
    )
)
# The names that say what the digits are, close before them. (Not textutil.PHONE_CUE nor numbers' BSN
# cue: a number said in words is named a phone by "numéro", "portable" and "ring" too, and a BSN by
# "rijksregister"; and not every customer-number cue: "contract" or "account" a few words back names no
# number said in words.)
_PHONE_NAMED = LazyPattern(
    r"(?:tel|phone|mobiel|mobile|gsm|nummer|number|numéro|portable|bel|call|ring|reach|bereikbaar|joindre|rappel)"
)
_BSN_NAMED = LazyPattern(r"(?:bsn|burgerservice|sofi|rijksregister|national)")
# What names a number said with its figures first (a BSN, an account's number, a card's security code).
_NAMES_FIGURES = LazyPattern(
    r"bsn|burgerservicenummer|rijksregisternummer|klantnummer|customer number|account number|numéro client|"
    r"security code|cvv|cvc|code au dos|on the back"
)
_ACCOUNT_NAMED = LazyPattern(
    r"(?:klantnummer|klant nummer|customer number|account number|numéro client|numéro de client|polisnummer|"
    r"policy number|lidnummer|member number|pasnummer|pensioennummer|relatienummer|dossiernummer|"
    r"numéro de membre|numéro d'affilié|patiëntnummer|patient number)"
)
_NAMED_REACH = 40
_ACCOUNT_DIGITS_MAX = 20  # (an energy connection's EAN, eighteen digits, is a customer's number too)
# A code sent, named close before a number said partly in words (digit words alone are told_codes').
_CODE_NAMED = LazyPattern(r"(?:code|sms|text|texto|otp|verificat|vérificat)")
_CODE_LENGTHS = (4, 8)
_WORDS_ALONE_MIN = 4  # number words in a run with no figure among them
_CODE_WORDS_MIN = 5  # a code said in words alone: five words or more ("three hundred twenty" is a count)
_SINGLE_DIGITS_MIN = 9  # fewer single digit words are told_codes' (a PIN or a code said one by one)


def detect_spoken_numbers(low: str, out: list[Span]) -> None:
    if not _HINTS.found_in(low):
        return
    if _IBAN_HINTS.found_in(low):
        _spoken_ibans(low, out)
    if _BIRTH_HINTS.found_in(low):
        _spoken_birth_dates(low, out)
    if _EXPIRY_HINTS.found_in(low):
        _spoken_expiries(low, out)
    if _CVV_HINTS.found_in(low):
        _spoken_cvvs(low, out)
    if _POSTCODE_AFTER_WORD.search(low) is not None:  # (cheaper than the street types' words)
        _spoken_addresses(low, out)
    for start, end, words in _runs(low):
        said = sum(not word[0].isdigit() for word in words)
        before = low[max(0, start - _NAMED_REACH) : start]
        account = _ACCOUNT_NAMED.search(before) is not None
        plus = _PLUS_BEFORE.search(low, max(0, start - 6), start)
        # ("the 3 of us, 12 34 …": digits with a word or two among them are written, not said; unless what
        # they are is named: "mijn BSN is 395 8432 eenenzestig", "plus trois 2 10 540 622")
        named = account or plus is not None or _BSN_NAMED.search(before) is not None
        if (said < 2 and not (said and named)) or (len(words) - said > said and not named):
            continue
        if len(words) < _WORDS_ALONE_MIN and said == len(words):
            continue  # three words alone are a count or a time ("half twaalf twee drie")
        digits = _digits(words)
        if digits is None:
            continue
        single = all(word in DIGIT_WORDS for word in words)
        if single and len(words) < _SINGLE_DIGITS_MIN and not account:
            continue  # (a customer's number said digit by digit is this module's, whatever its length)
        if plus is not None:
            kind = "phone" if validators.phone_valid("+" + digits) else ""
            start = plus.start()
        else:
            kind = _kind(before, digits, account, said < len(words) or len(words) >= _CODE_WORDS_MIN)
        if kind:
            drop_parts_of(out, start, end)  # (a group of its figures another detector read alone)
            if free_of(out, start, end):
                out.append(Span(start, end, kind))


# Digit words that are articles as often: one alone after figures is the next phrase's ("een baan").
_ARTICLES = frozenset({"een", "un", "one"})


def _runs(low: str) -> Iterator[tuple[int, int, list[str]]]:
    """Each run of number words (figures among them) with its words: start, end, words."""
    for run in _RUN.finditer(low):
        start, end = run.span()
        figures = _FIGURES_BEFORE.search(low, max(0, start - _FIGURES_REACH), start)
        if figures is not None and low[start:end] not in _ARTICLES:  # ("per 19-07-2026 een parttime baan")
            start = figures.start()  # "114 twee twee drie 282", "ring me on 21 48 56 four one one two"
        yield start, end, [word.group() for word in _WORD.finditer(low, start, end)]
    # figures that end in one word, close after what names them ("mijn BSN … dat is 395 8432 eenenzestig",
    # "the security code on the back is 80 six"): a run starts at a word, so these are looked for only there
    for named in _NAMES_FIGURES.finditer(low):
        tail = _FIGURES_THEN_WORD.search(low, named.end(), min(len(low), named.end() + _NAMED_REACH + 24))
        if tail is not None:
            words = [word.group() for word in _WORD.finditer(low, *tail.span())]
            if words[-1] not in _ARTICLES:
                yield tail.start(), tail.end(), words


def said_numbers(low: str) -> Iterator[tuple[int, int, str]]:
    """Each number said in words with figures or tens among them ("31 thirty-one", "zes nul vijf tien 149",
    "soixante et un zéro cinq"), with the digits a listener writes down: start, end, digits. (Runs of single
    digit words alone are told_codes' own.)"""
    if not _HINTS.found_in(low):
        return
    for start, end, words in _runs(low):
        if all(word in DIGIT_WORDS for word in words):
            continue
        digits = _digits(words)
        if digits is not None:
            yield start, end, digits


# An account number dictated: its country's letters (spaced or not), then its digits in words or figures, a
# bank's letters spelled or in one piece where a bank's code stands ("NL nul acht I N G B acht acht …", "G B
# four five HBUK two nine …", "ES89 six seven six eight 1820 …"). Named an account close before; read
# until the country's length, and taken only when mod-97 holds.
_IBAN_WORDS = ("iban", "rekening", "compte", "account", "bank")
_IBAN_HINTS = Hints(_IBAN_WORDS)
_COUNTRY = LazyPattern(r"(?<![a-zà-ü0-9])([a-z])[ \t]?([a-z])[ \t]*+(?=[0-9a-zé])")
_IBAN_GAP = LazyPattern(r"[ \t]*+(?:[,.\-][ \t]*+)?")
_IBAN_PIECE = LazyPattern(r"(?:" + _TOKEN + r"|[a-z]{4}|[a-z])(?![a-zà-ü0-9])")
_BANK_LETTERS = (4, 8)  # where a bank's letters stand in an IBAN (NL, GB, IE): after the check digits


def _ends_of(low: str, words: tuple[str, ...]) -> list[int]:
    """Where each occurrence of the words ends, in order (str.find: faster than a search for them)."""
    ends: list[int] = []
    for word in words:
        at = low.find(word)
        while at != -1:
            ends.append(at + len(word))
            at = low.find(word, at + 1)
    return sorted(ends)


def _spoken_ibans(low: str, out: list[Span]) -> None:
    for country in (
        found
        for named_end in _ends_of(low, _IBAN_WORDS)
        for found in _COUNTRY.finditer(low, named_end, min(len(low), named_end + _NAMED_REACH + 24))
    ):
        compact = (country.group(1) + country.group(2)).upper()
        length = validators.IBAN_LENGTHS.get(compact)
        if length is None:
            continue
        at = country.end()
        while len(compact) < length:
            piece = _IBAN_PIECE.match(low, at)
            if piece is None:
                break
            word = piece.group()
            if word.isalpha() and word not in DIGIT_WORDS and not _WORD.fullmatch(word):
                if not _BANK_LETTERS[0] <= len(compact) < _BANK_LETTERS[1]:
                    break  # letters stand only where a bank's code does
                compact += word.upper()
            else:
                digits = word if word[0].isdigit() else _digits([word])
                if digits is None:
                    break
                compact += digits
            at = piece.end()
            if len(compact) < length:
                at = _IBAN_GAP.match(low, at).end()  # type: ignore[union-attr]
        if len(compact) == length and validators.iban_valid(compact):
            start, end = country.start(), at
            drop_parts_of(out, start, end)
            if free_of(out, start, end):
                out.append(Span(start, end, "iban"))


# A date of birth said in words: "geboren op zevenentwintig maart negentienhonderd eenendertig", "born on
# the fourth of October nineteen sixty-two", "née le douze mai mille neuf cent quarante-deux", "acht februari
# 1940". A birth named close before; the day in words or figures, the month by its name, the year from its
# century's words or in figures.
_BIRTH_NAMED = LazyPattern(r"(?:geboren|geboorte|geb\.|born|birth|dob|naissance|né |née |né le|née le)")
_BIRTH_WORDS = ("geboren", "geboorte", "geb.", "born", "birth", "dob", "naissance", "né ", "née")
_BIRTH_HINTS = Hints(_BIRTH_WORDS)
_MONTH = (
    r"(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|january|"
    r"february|march|may|june|july|august|october|janvier|février|fevrier|mars|avril|mai|juin|juillet|août|"
    r"aout|septembre|octobre|novembre|décembre|decembre)"
)
_ORDINAL = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|"
    r"fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|premier|eerste)"
)
_SPOKEN_BIRTH = LazyPattern(
    r"(?<![a-zà-ü0-9])(?:the[ \t]++)?"
    r"(?:" + _NUMBER_WORD + r"(?:[ \t-](?:et[ \t])?" + _NUMBER_WORD + r")?|(?:twenty|thirty)[ \t-]" + _ORDINAL
    + r"|" + _ORDINAL + r"|[0-9]{1,2})"
    r"(?:[ \t]++of)?[ \t]++" + _MONTH + r",?[ \t]++"
    r"(?:19[0-9]{2}|20[0-2][0-9]|(?:negentienhonderd|nineteen|mille|dix-neuf|tweeduizend|two thousand|"
    r"deux mille)(?:[ \t-]?(?:et[ \t]|and[ \t])?(?:neuf[ \t]cent|hundred|oh|" + _NUMBER_WORD + r")){0,4})"
    r"(?![a-zà-ü0-9])"
)
_BIRTH_REACH = 48
_BIRTH_WINDOW = 160  # characters after a birth's word where its date said in words may start and end


def _spoken_birth_dates(low: str, out: list[Span]) -> None:
    for match in (
        found
        for named_end in _ends_of(low, _BIRTH_WORDS)
        for found in _SPOKEN_BIRTH.finditer(low, named_end, min(len(low), named_end + _BIRTH_WINDOW))
    ):
        start, end = match.span()
        if low.startswith("the", start):
            start = low.index(" ", start) + 1  # ("the fourth of October …": the date without its article)
        if low[start].isdigit() and low[end - 1].isdigit():
            continue  # "8 februari 1940": written, the dates' detector's
        named = _BIRTH_NAMED.search(low, max(0, start - _BIRTH_REACH), start)
        if named is None or any(mark in low[named.end() : start] for mark in ".?!\n"):
            continue  # (named in its own sentence)
        drop_parts_of(out, start, end)
        if free_of(out, start, end):
            out.append(Span(start, end, "date_of_birth"))


# A card's expiry said in words: "vervaldatum twaalf zesentwintig", "vervalt in zes negenentwintig", "date
# deux vingt-six" beside a card, "expiry eleven twenty eight": a month's number, then the year's last two
# digits (or all four).
_EXPIRY_NAMED = LazyPattern(
    r"(?<![a-z])(?:vervaldatum|verloopdatum|vervalt(?:[ \t]++(?:in|op))?|verloopt(?:[ \t]++(?:in|op))?|"
    r"expiry(?:[ \t]++date)?|expiration(?:[ \t]++date)?|expires(?:[ \t]++(?:in|on))?|exp|"
    r"date d'expiration|date de validité|valid (?:until|thru|through)|geldig tot|(?P<bare>date))"
    r"[ \t:]*+(?:(?:is|was|est|c'est)[ \t]++)?"
)
_EXPIRY_HINTS = Hints(("verval", "verloop", "expir", "exp ", "date", "valid", "geldig"))
_MONTH_WORDS = {
    **{word: value for word, value in DIGIT_WORDS.items() if value},
    "één": 1, "tien": 10, "elf": 11, "twaalf": 12, "ten": 10, "eleven": 11, "twelve": 12, "dix": 10,
    "onze": 11, "douze": 12,
}  # fmt: skip
_ZERO_WORDS = frozenset({"zero", "nul", "zéro", "oh"})
_EXPIRY_REST = LazyPattern(r"[ \t]*+[,/\-]?[ \t]*+")
_YEAR_WORDS = 3


def _spoken_expiries(low: str, out: list[Span]) -> None:
    for named in _EXPIRY_NAMED.finditer(low):
        if named.group("bare") and not card_nearby(low, named.start(), named.end()):
            continue  # (a date alone names a card's only beside one)
        month = _WORD.match(low, named.end())
        if month is not None and month.group() in _ZERO_WORDS:  # "expiry zero two twenty-five"
            second = _WORD.match(low, _EXPIRY_REST.match(low, month.end()).end())  # type: ignore[union-attr]
            at = second.end() if second is not None and second.group() in _MONTH_WORDS else -1
        elif month is not None and month.group() in _MONTH_WORDS:
            at = month.end()
        else:
            continue
        if at == -1 or month is None:
            continue
        words, end = [], 0
        for _ in range(_YEAR_WORDS):
            word = _WORD.match(low, _EXPIRY_REST.match(low, at).end())  # type: ignore[union-attr]
            if word is None or word.group()[0].isdigit():
                break
            words.append(word.group())
            at = word.end()
            year = _digits(words)
            if year is not None and (20 <= int(year) <= 39 if len(year) == 2 else 2020 <= int(year) <= 2039):
                end = at
        if end and free_of(out, month.start(), end):
            out.append(Span(month.start(), end, "card_expiry"))


# A card's security code said in words: "les trois chiffres derrière cinq un cinq", "the cvv is four one two",
# "de drie cijfers achterop zijn zes zes nul": three digit words, and no fourth, close after its name.
_CVV_DIGITS = 3
_CVV_NAMED = LazyPattern(
    r"(?<![a-z])(?:cvv|cvc|cv2|security code|code de sécurité|cryptogramme|beveiligingscode|"
    r"code(?=[ \t]++(?:on the back|at the back|derrière|au dos|achterop|op de achterkant))|"
    r"(?:three|3|drie|trois)[ \t]++(?:digits|numbers|cijfers|chiffres))(?![a-z])"
    r"(?:[ \t]++(?:on the back|at the back|derrière|au dos|achterop|achteraan|op de achterkant))?"
    r"[ \t:,]*+(?:(?:is|are|zijn|is het|sont|c'est|ce sont|=)[ \t:]++)?"
)
_CVV_HINTS = Hints(("cvv", "cvc", "cv2", "security code", "sécurité", "cryptogramme", "beveiligingscode",
                    "digits", "numbers", "cijfers", "chiffres", "on the back", "at the back", "derrière",
                    "au dos", "achterop", "achterkant"))  # fmt: skip
_THREE_SAID = LazyPattern(
    DIGIT_WORD + r"(?:[ \t]*+[,\-]?[ \t]*+" + DIGIT_WORD + r"){2}"
    r"(?![ \t]*+[,\-]?[ \t]*+" + DIGIT_WORD + r"(?![a-zà-ü]))(?![a-zà-ü0-9])"
)


def _spoken_cvvs(low: str, out: list[Span]) -> None:
    mixed: dict[int, tuple[int, str]] | None = None
    for named in _CVV_NAMED.finditer(low):
        said = _THREE_SAID.match(low, named.end())
        start, end = said.span() if said is not None else (named.end(), -1)
        if said is None:  # said with a figure or a ten among its words: "80 six", "dix-sept un"
            if mixed is None:
                mixed = {run_start: (run_end, digits) for run_start, run_end, digits in said_numbers(low)}
            run_end, digits = mixed.get(start, (-1, ""))
            end = run_end if len(digits) == _CVV_DIGITS else -1
        if end != -1 and free_of(out, start, end):
            out.append(Span(start, end, "cvv"))


# An address dictated with its house number in words: "Kapelstraat achtennegentig 2018 Lier", "Avenue Reine
# Astrid quatre-vingt-trois 2800 Namur", "Wilhelminapark achttien 1011HC Den Bosch": a street by its type,
# one to three number words, then a postcode and its place.
_SPOKEN_STREET = LazyPattern(
    r"(?<![a-zà-ü0-9'-])((?:rue|avenue|chaussée|place|boulevard|quai|allée|chemin|drève)"
    r"(?:[ ][a-zà-ü'-]++){1,4}?"
    r"|[a-zà-ü'-]{2,30}?(?:straat|laan|weg|plein|park|dreef|lei|steenweg|singel|gracht|kade|dijk|hof|pad|baan|"
    r"markt|street|road|lane|avenue|drive|close|way))"
    r"[ ]++(" + _NUMBER_WORD + r"(?:[ -](?:et[ ])?" + _NUMBER_WORD + r"){0,2})"
    r"(?:[ ]++(?:bus|boîte|box)[ ]++[0-9a-z]{1,3})?,?[ ]++([0-9]{4}(?:[ ]?[a-z]{2})?)[ ]++"
    r"((?:den |de |la |le |sint-|saint-)?[a-zà-ü'-]{2,30})(?![a-zà-ü0-9])"
)
_HOUSE_MAX = 999
# A postcode after a word, which a dictated address needs: searched before the street's expression (from
# its space, the search is fast).
_POSTCODE_AFTER_WORD = LazyPattern(r" [0-9]{4}(?![0-9])(?<=[a-zà-ü] [0-9]{4})")


def _spoken_addresses(low: str, out: list[Span]) -> None:
    for match in _SPOKEN_STREET.finditer(low):
        number = _digits([word.group() for word in _WORD.finditer(low, *match.span(2))])
        if number is None or not 0 < int(number) <= _HOUSE_MAX:
            continue
        start, end = match.start(1), match.end(4)
        drop_parts_of(out, start, end)
        if free_of(out, start, end):
            out.append(Span(start, end, "address"))


def _digits(words: list[str]) -> str | None:
    """The digits a listener writes down for the words; None when they do not read as a number said in
    parts (a hundred after nothing, a repeat with no digit after it)."""
    digits: list[str] = []
    repeat = 1
    index = 0
    while index < len(words):
        word = words[index]
        compound = _DUTCH_COMPOUND.fullmatch(word)
        if word in _REPEATS:
            repeat = _REPEATS[word]
            index += 1
            continue
        if word in _HUNDREDS:
            if not digits or repeat != 1:
                return None
            digits.append("00")  # "nine hundred": 900
        elif compound is not None:
            digits.append(str(_TENS[compound.group(2)] + DIGIT_WORDS[compound.group(1)]))
        elif word in _TENS:
            value = _TENS[word]
            following = words[index + 1] if index + 1 < len(words) else ""
            if following in DIGIT_WORDS and DIGIT_WORDS[following] and following not in ("oh",):
                value += DIGIT_WORDS[following]  # "forty two", "trente-quatre"
                index += 1
            elif following in _TEENS and value in (60, 80):
                value += _TEENS[following]  # "soixante-douze", "quatre-vingt-dix-huit"
                index += 1
            digits.append(str(value))
        elif word in _TEENS:
            digits.append(str(_TEENS[word]))
        elif word[0].isdigit():
            if repeat != 1:
                return None
            digits.append(word)
        else:
            digits.append(str(DIGIT_WORDS[word]) * repeat)
            repeat = 1
            index += 1
            continue
        if repeat != 1:
            return None
        index += 1
    return "".join(digits) if repeat == 1 else None


def _kind(before: str, digits: str, account: bool, code_like: bool) -> str:
    if len(digits) == 9 and _BSN_NAMED.search(before) and validators.bsn_valid(digits):
        return "bsn"
    if len(digits) == 11 and _BSN_NAMED.search(before) and validators.be_national_number_valid(digits):
        return "bsn"  # "numéro de registre national … cinq quatre zéro six …"
    if 13 <= len(digits) <= 19 and validators.luhn_valid(digits):
        return "card"
    if account and 5 <= len(digits) <= _ACCOUNT_DIGITS_MAX:
        return "customer_number"
    low_length, high_length = _CODE_LENGTHS
    if code_like and low_length <= len(digits) <= high_length and _CODE_NAMED.search(before):
        return "otp"  # "I got a text with a code 146 six one nine", "code par sms un huit sept soixante-huit"
    if digits.startswith("0") or _PHONE_NAMED.search(before):
        if validators.phone_valid(digits) or validators.phone_valid("+" + digits.removeprefix("00")):
            return "phone"
    return ""

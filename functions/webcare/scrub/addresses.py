"""Street addresses written the way people write them, not only streets with a typical suffix.

A street name is one to four capitalised words (with particles: *Laan van Meerdervoort*, *Rue du
Marché*, *Chaussée d'Ixelles*) and a house number with what follows it in the Netherlands, Belgium and
France (*12a*, *26-II*, *15hs*, *174 bis*, *11 bus 3*, *77 bte 4*, *125/2*); or, in Britain and the
US, a number before the street (*117A Kingsway*, *Flat 9, 69 Westbourne Grove*, *1834 E 9th Ave #220*).
A capitalised word and a number alone are everywhere (*Pixel 8a*, *Windows 11*, *Hub 2*), so a street
line counts only when a postal line follows it (a Dutch, Belgian, British or US postcode, or *te* / *in*
and a place name), or when an address cue comes right before it (*adres*, *moved to*, *delivered to*,
*au*). The span runs from the street to the end of the postal line, across line breaks in a signature.
"""

from __future__ import annotations

import re

from webcare.scrub.lazy import LazyPattern
from webcare.scrub.textutil import (
    CLOSING_WORDS,
    DIGIT,
    STREET_SUFFIXES,
    UNIT_AFTER,
    Span,
    by_first_letter,
    plausible_year,
)

# (start, end) pairs; the caller turns them into spans.
Found = list[tuple[int, int]]

_NAME_WORD = r"[A-ZÀ-ÞĀ-ž][A-Za-zß-ÿĀ-ž'\-]{1,30}"
# The French street types, written small: "31, chaussée de Waterloo", "rue de la station 12 à wavre".
_FRENCH_TYPES = (
    "rue", "avenue", "chaussée", "boulevard", "place", "chemin", "route", "allée", "impasse", "quai", "clos",
    "square", "drève",
)  # fmt: skip
_PARTICLE = r"(?:(?:van|de|der|den|het|ter|ten|du|des|del|la|le|of|the|op|aan|bij|in|dos|das|do|da)[ ]|d'|l')"
# After its first capital. French street types take a lower-case word after them ("Place communale",
# "Rue haute", "Allée verte"); each type is told by its first letter, already matched.
_FRENCH_STREET_TYPE = (
    r"(?:(?<=R)ue|(?<=P)lace|(?<=A)venue|(?<=C)haussée|(?<=B)oulevard|(?<=Q)uai|(?<=A)llée|(?<=I)mpasse|"
    r"(?<=C)hemin|(?<=R)oute|(?<=S)quare|(?<=D)rève|(?<=C)los)"
)
# A word of a street's name abbreviated with its dot: German "Hauptstr.", Turkish "Menekşe Sok.", "Cumhuriyet
# Mah.", "Atatürk Cad.".
_ABBREVIATED = r"(?:(?:(?<=str)|(?<=Sok)|(?<=Sk)|(?<=Mah)|(?<=Cad)|(?<=Cd)|(?<=Bulv))\.)?"
_STREET_NAME_TAIL = (
    rf"(?:{_FRENCH_STREET_TYPE}[ ](?!bte[ ]|bus[ ]|boîte[ ])[a-zß-ÿĀ-ž][a-zß-ÿĀ-ž'\-]{{2,20}}"
    rf"(?:[ ]{_PARTICLE}{{0,2}}{_NAME_WORD}){{0,2}}"
    rf"|[A-Za-zß-ÿĀ-ž'\-]{{1,30}}{_ABBREVIATED}(?:[ ]{_PARTICLE}{{0,2}}{_NAME_WORD}{_ABBREVIATED}){{0,3}})"
)
# A Belgian box number however it is written: "bus 3", "Bus 3", "bte. 2", "bt 1", "boite 2", "b1", "b. 3",
# "/b3", " - bus 3", "(bus 3)".
_BOX_WORD = r"(?:[Bb]us|[Bb]te|[Bb]t|[Bb]o[îi]te|[Bb]ox|[Bb])\.?[ ]?[0-9]{1,4}(?![0-9])"
# (its closing bracket only where it opened one: "Kouter 128 (bus 2)", not "(Kouter 128 bus 2)")
_BOX = rf"(?:(?:[ ]?[\-/][ ]?|[ ]){_BOX_WORD}|[ ]\({_BOX_WORD}\)?)"
BOX_AFTER = LazyPattern(_BOX)
_HOUSE_NUMBER = (
    # (not a date: "au Luxembourg le 2025-05-08"; a box is "136-2/0101")
    r"(?![0-9]{1,4}(?:-[0-9]{1,2}-|/[0-9]{1,2}/|\.[0-9]{1,2}\.)[0-9]{2,4}(?![0-9]))"
    r"(?!0)[0-9]{1,4}(?![0-9])"  # (no house's number opens with a nought: "Kyle Thompson, 0113 718 3604")
    r"(?:[ ]?(?:bis|ter|hs|hg|huis)(?![A-Za-z])"
    rf"|{_BOX}"
    r"|[/\-][0-9]{1,4}(?:[ ]?(?:hg|hs)(?![A-Za-z]))?"
    r"|[ ](?:II|III|IV)(?![A-Za-z])|-(?:I{1,3}|IV|hg|hs)(?![A-Za-z])"  # ("16 II": a floor; not "5 I think")
    r"|[ ]m\.[ ]?[0-9]{1,4}(?![0-9])"  # ("11 m. 1": a Polish flat)
    # ("Kerkstraat 214 3, 3069 KW": a Dutch addition as a number apart, a Dutch postcode right after it)
    r"|[ ][0-9]{1,3}(?=,?[ ](?:-[ ])?[1-9][0-9]{3}[ ]?[A-Z]{2}(?![A-Za-z]))"
    r"|[Bb][0-9]{1,2}(?![0-9A-Za-z])"  # ("Kerkstraat 14B2": a Belgian box glued to the number)
    r"|[ ]?[A-Za-z](?![A-Za-z])|-[A-Za-z](?![A-Za-z0-9]))?"  # ("Laan van Meerdervoort 79-A")
    rf"(?:{_BOX}|/[0-9]{{1,4}}(?![0-9]))?"  # ("46a/0101", "64 bis/0101": a Belgian box written as a number)
)
# (letters of German, Polish, Turkish and Czech names too: "Straße", "Marszałkowska", "İstanbul")
_CITY = (
    r"(?:'s-|Den[ ]|De[ ]|Le[ ]|La[ ])?[A-ZÀ-ÞĀ-ž][A-Za-zß-ÿĀ-ž'\-]{1,25}"
    r"(?:[ ][A-ZÀ-ÞĀ-ž][A-Za-zß-ÿĀ-ž'\-]{1,25})?"
)
_UK_POSTCODE = r"[A-Z]{1,2}[0-9][A-Z0-9]?[ ][0-9][A-Z]{2}(?![A-Za-z0-9])"
_NL_POSTCODE = r"[1-9][0-9]{3}[ ]?[A-Z]{2}(?![A-Za-z0-9])"
# Lower-case letters ("9788 es Groningen") only with the place name after them: "2026 at" is a year.
_NL_POSTCODE_LOWER = r"[1-9][0-9]{3}[ ]?[a-z]{2}(?![A-Za-z0-9])"
# Between a street line and its postal line: a comma, a dash, a line break (a quote prefix after it).
_JOIN = r"(?:,?[ ][-–][ ]|,?[ ]|,?[ ]?\r?\n(?:>[ ]?)*+|,(?=[1-9][0-9]{3}[ ]))"  # (",9050 Wavre": typed on)
_POSTAL = (
    rf"(?:{_NL_POSTCODE}(?:,?[ ]{{1,2}}{_CITY})?"
    rf"|{_NL_POSTCODE_LOWER},?[ ]{_CITY}"
    rf"|(?:[BFLD][ ]?-[ ]?)?[1-9][0-9]{{3,4}}[ ]{{1,2}}{_CITY}"  # ("L - 7530 Mersch": a Luxembourg one)
    # five digits from a zero (Spain's, Italy's, France's, Turkey's: "03503 Benidorm", "00184 Roma", "06000
    # Nice") and Greece's three and two ("105 63 Athina")
    rf"|0[0-9]{{4}}[ ]{{1,2}}{_CITY}|[1-9][0-9]{{2}}[ ][0-9]{{2}}[ ]{{1,2}}{_CITY}"
    # a Polish and a Portuguese postcode before the town: "00-590 Warszawa", "1100-053 Lisboa"
    rf"|(?:PL-)?[0-9]{{2}}-[0-9]{{3}}[ ]{{1,2}}{_CITY}|(?:P-)?[1-9][0-9]{{3}}-[0-9]{{3}}[ ]{{1,2}}{_CITY}"
    rf"|(?:{_CITY}(?:,[ ]|[ ]|\r?\n(?:>[ ]?)*+))?{_UK_POSTCODE}"
    rf"|{_CITY},?[ ][A-Z]{{2}},?[ ][0-9]{{5}}(?![0-9])"  # "Denver, CO 80203", "Portland, OR, 97205"
    rf"|(?:te|in)[ ](?:[1-9][0-9]{{3}}[ ])?{_CITY})"
)
# Dutch, Belgian, French: street, then number.
# The first character comes before the look-behind so that the engine can skip ahead to capitals. The
# look-ahead then drops, in one bounded scan, the capitals that no house number follows: a street name,
# its particles, the comma and the space take at most 31 + 3 * (1 + 8 + 31) + 2 = 153 characters, all of
# them letters, apostrophes, hyphens, commas or spaces.
_STREET_REACH = 153
# The number may carry its own word: "Rue de Namur n°121", "Dorpsplein nr 3", "Meir no 50".
_NUMBER_WORD = r"(?:n\.?[°º][ ]?|(?:nr|no|No)[ ]|No:[ ]?)"  # (and "n.º 150", "No:172": Portugal's, Turkey's)
_STREET_FIRST_AFTER_CAPITAL = (
    rf"(?:(?<![\w'].)|(?<=[ (][dl]'.))"  # (after "d'" or "l'" too: "boulevard d'Avroy 15")
    rf"(?=[A-Za-zÀ-ÿĀ-ž'\-, °º.:]{{0,{_STREET_REACH}}}+[0-9])"
    rf"(?=({_STREET_NAME_TAIL}),?[ ]{_NUMBER_WORD}?({_HOUSE_NUMBER}))"
)
# British and US: number, then street ("Flat 9, 69 Westbourne Grove", "1834 E 9th Ave #220").
# "35/2 Station Road", "149-2 The Crescent": a flat's number after the house's.
_NUMBER_FIRST_AFTER_DIGIT = (
    r"[0-9]{0,4}(?:[/\-][0-9]{1,3})?(?:[A-Za-z]|[ ](?:bis|ter))?,?[ ](?:[NESW][ ])?"
    r"([A-ZÀ-ÞĀ-ž][a-zß-ÿĀ-ž]{1,20}(?:-[A-ZÀ-ÞĀ-ža-zß-ÿĀ-ž][a-zß-ÿĀ-ž]{1,20}){0,2}(?:'s)?|[0-9]{1,3}(?:st|nd|rd|th)"
    # "31, chaussée de Waterloo, 4900 Spa": a French street type written small after the number
    r"|(?:" + "|".join(_FRENCH_TYPES) + r")"
    r"(?=[ ][a-zA-ZÀ-ÞĀ-ž]))"
    # a word may be possessive ("5 St John's Road", "176 King's Avenue"), a street type abbreviated with its
    # dot ("22 King St.")
    # a name may be hyphenated ("21, place Saint-Lambert", "4 rue Jean-Jaurès")
    # (not the flat's word: "485 Maple Ave Apt 1A")
    rf"(?:[ ](?!(?:Apt|Unit|Suite|Flat)\.?[ ]?[0-9]){_PARTICLE}{{0,2}}[A-ZÀ-ÞĀ-ž][a-zß-ÿĀ-ž]{{1,20}}"
    r"(?:-[A-ZÀ-ÞĀ-ža-zß-ÿĀ-ž][a-zß-ÿĀ-ž]{1,20}){0,2}(?:'s)?){0,3}"
    r"(?:(?<=St|Rd|Dr|Ln|Ct|Pl|Sq)\.|(?<=Ave)\.|(?<=Blvd|Cres)\.)?"
    r"(?:,?[ ](?:Apt|Unit|Suite|Flat)\.?[ ]?[0-9]{1,4}[A-Z]?|,?[ ]#[0-9]{1,5}[A-Z]?"
    # or a Belgian box after the street: "212 Rue de Namur bus 27, 7329 Kortrijk", "195, Rue Saint-Gilles
    # boîte 8, 5201 Liège", "80, Rue Royale B2 1348 …", "71, Rue Haute/101 - 1300 Wavre"
    # (Birmingham's postcode is none: "240 Mill Road B15 4FL")
    r"|[ ](?:[Bb]us|[Bb]te|[Bb]o[îi]te|B(?=[0-9]{1,4}[ ,\r\n](?![0-9][A-Z]{2})))\.?[ ]?[0-9]{1,4}(?![0-9])"
    r"|/[0-9]{1,4}(?![0-9/]))?"
)
# Both kinds in one pass over the text (the engine skips ahead to a digit or a capital once, not twice):
# a street line from its first capital (groups 3 and 4: the rest of its name, its house number), a number
# first from its first digit (group 1: the whole line after that digit, group 2: the street's first word).
# Each is read in look-aheads, so that one kind's line does not hide the other's starting inside it;
# `find_addresses` skips a line of one kind that starts inside the last one taken of that kind.
_STREET_LINE_START = LazyPattern(
    r"[0-9A-ZÀ-ÞĀ-ž](?:(?<=[0-9])(?<![\w/.,:-][0-9])(?=(" + _NUMBER_FIRST_AFTER_DIGIT + r"))"
    r"|(?<![0-9])" + _STREET_FIRST_AFTER_CAPITAL + r")"
)
# "Flat 2, 14 Elm Road", "Flat 4b, 7 Queens Rd", the flat on its own line of a signature ("Flat 3⏎22 …").
_FLAT_BEFORE = LazyPattern(r"(?:Flat|Apt|Unit|Apartment)[ ][0-9]{1,4}[A-Za-z]?(?:,[ ]|,?\r?\n)$")
# A flat's floor, door or number between the house's number and the postal line, as southern Europe writes
# it: "Via Roma 6, 2º B, 00184 Roma", "Avenida de Europa 60, piso 2, 03503 …", "Calle San Miguel 64, apt. 4,
# 29620 …", "Avenida de Europa 11, 3-1, 03503 …".
_FLAT_PART = (
    r"(?:,[ ](?:[0-9]{1,2}[º°ª](?:[ ]?[A-Z](?![\w]))?|(?:piso|planta|apt|apto|app|appt|apartment|étage|etage)"
    r"\.?[ ][0-9]{1,3}[A-Za-z]?|[0-9]{1,2}-[0-9]{1,2})(?=,[ ]?[0-9]))?"
)
_POSTAL_AFTER = LazyPattern(rf"{_FLAT_PART}{_JOIN}{_POSTAL}")
# A city line before the postcode: "117A Kingsway⏎Cardiff⏎CF24 1SS".
_CITY_THEN_POSTAL = LazyPattern(rf"{_JOIN}{_CITY}{_JOIN}{_POSTAL}")
# Right before the street: a word that says an address follows.
# A word may stand between the cue and its preposition ("post mag naar", "woon nu in", "adresse est").
_ADDRESS_WORDS = (
    "adres|address|adresse|adrees|addres|woon|wonen|woont|verhuisd|moved|deliver|delivered|bezorg|ship it|"
    "ship|visit|"
    "living|live|sturen|stuur|huisnummer|afgeleverd|geleverd|levering|livr|verzonden naar|habit|wohn|post|"
    "courrier|lever|verhuis|déménag|demenag|moving|umzug|domiciliée|domicilié|domicil|"
    # a neighbour's door the parcel went to, or the address it should have gone to instead
    "neighbo|buren|buurman|buurvrouw|voisin|instead of|in plaats van|au lieu de|"
    # where one lives after a move: "I'm now at 1043 Broadway Apt 11C", "The new place is 434 Broadway …"
    "i'm now|i am now|we're now|we are now|new place|"
    # mail sent on from one address to another: "redirect mail for Atelier Simon LLC from 9 Main St to …"
    "redirect|redirection|doorsturen|doorstuur|faire suivre|"
    # a parcel sent back: "Retour naar Laan van Meerdervoort 272-hs"
    "retour naar|retourneren naar|retour à|"
    # where a parcel is picked up or a visit comes: "ophaaladres Laan van Meerdervoort 43-H", "De monteur kan
    # langskomen: Laan van …"
    "ophaaladres|afhaaladres|pickup address|pick-up address|collection address|langskomen|"
    # a home moved out of, a property viewed, sold or let: "verhuizen wij van Meir 229 naar …", "property 93
    # Marine Parade?", "a viewing for 26 Harbour View", "nieuwe bewoner hier op Meir 5", "het huis aan de …"
    "verhuiz|propert|viewing for|viewing at|bezichtiging van|bezichtiging voor|bewoner|huis aan|woning aan|"
    # the home itself, its street in brackets: "de meterput voor ons huis (Kouter 128)"
    "ons huis|mijn huis|our house|my house|notre maison|ma maison"
)
_ADDRESS_CUE = LazyPattern(
    r"(?<![a-z])(?:" + by_first_letter(_ADDRESS_WORDS) + r"[a-z']*+|au|à|chez|j'habite"
    # a home rented: "ik huur het appartement op Kouter 79/9", "I rent 47 Kingsway through you" (not
    # "huurdersapp", "tenants")
    r"|(?:huur|rent|rented|renting|loue|louer|tenant)(?![a-z']))"
    r"(?:[ ](?:nu|now|mag|moet|kan|graag|voortaan|maintenant|d[ée]sormais|ook|also))?"
    # whose or what address: "Adresse de facturation :", "adresse postale", "address of delivery"
    r"(?:[ ](?:de|du|of|van)[ ][a-zß-ÿĀ-ž]{3,14}|[ ]postale?)?"
    # whose word it is: "Adres volgens klant:", "Address per cust:", "adresse selon le client :"
    r"(?:[ ](?:volgens|according[ ]to|per|selon|laut)(?:[ ](?:de|the|le|la))?[ ][a-zß-ÿĀ-ž]{2,12})?"
    r"(?:,?[ ](?:to|naar|at|op|in|van|from|is|est|was|était|als|as|comme|:)"
    # (a day among them: "Wij verhuizen op 24-9 van …", "Nous déménageons le 13/08 de …")
    r"|(?:[ ][a-zß-ÿĀ-ž0-9/-]{1,12}){1,6}[ ](?:op|in|naar|to|at|from|van|de)"
    # a few words about the address before its copula or colon: "the address we hold is …", "New address
    # for my records: …"
    r"|(?:[ ][a-zß-ÿĀ-ž]{1,12}){1,4}(?:[ ](?:is|est|was)|:))?"
    r"(?:[ ][a-zß-ÿĀ-ž]{3,14}(?=:))?"  # "ik verhuis naar Frankrijk: …": the country, then the address
    r"(?:[ ](?:de|het|the|la|le))?"  # "ik woon op de Meir 50"
    r"[ :«\"'(]*+$"
)
# Postcode and city first, then the street: "1213 PW Hilversum, Hooigracht 183".
_POSTAL_BEFORE = LazyPattern(rf"(?:{_NL_POSTCODE}|{_NL_POSTCODE_LOWER})[ ]{_CITY},[ ]$")
_DATE_BEFORE_YEAR = LazyPattern(r"(?<![\w])[A-Z][a-z]{2,8}\.?[ \t]++[0-9]{1,2},?[ \t]*+$")
_YEAR = LazyPattern(r"(?:19|20)[0-9]{2}(?![0-9])")
_DAY_NUMBER = LazyPattern(r",?[ ](?:[1-9]|[12][0-9]|3[01])(?![0-9])")
_PARTICLE_WORDS = (" del", " de", " la", " le", " du", " des", " van", " of", " the")
_MONTHS = frozenset(
    """
    Jan January Januari Feb February Februari Mar March Maart Mrt Apr April May Mei Jun June Juni Jul July
    Juli Aug August Augustus Sep Sept September Oct October Okt Oktober Nov November Dec December Janvier
    Février Mars Avril Mai Juin Juillet Août Septembre Octobre Novembre Décembre
    """.split()
)
# A speed's or a band's unit after a number: "Getting 159 miles instead of 900 Mbps". (Not `UNIT_AFTER`'s
# units: a code before a speed is still a code, "pin code … is 3769 100 Mbit/s".)
_SPEED_UNITS = frozenset("mbps gbps kbps mbit gbit kbit mhz ghz".split())
_NOT_STREET = frozenset(
    """
    Order Bestelling Factuur Invoice Ticket Case Zaak Versie Version Windows Pixel Galaxy Redmi Note Hub Box
    Fritz iPhone Model Type Artikel Article Item Pakket Parcel Flight Vlucht Gate Terminal Stap Step Pagina
    Page Hoofdstuk Chapter Bus Tram Lijn Line Route Kamer Room Tafel Table Week Dag Day Maand Month Jaar
    Year Nummer Number Klant Customer Order Ref Referentie Reference Tel Telefoon Phone Mobiel Mobile Kvk
    Btw Vat Iban Bsn Pin Puk Code Stand Meter Kwartaal Quarter Q Level Niveau Seizoen Season Aflevering
    Episode Deel Part Editie Edition Serie Series Plus Pro Max Mini Ultra Lite Air Galaxy Connect Call Bel
    Groet Groeten Regards Thanks Bedankt Dank Hallo Hello Hi Beste Dear Geachte EUR Eur Euro Euros USD GBP CHF
    IP IPv4 IPv6 MAC Mac WAN LAN DNS URL Mail E-mail Email Web Adres Adresse Address Adresa Morada Endereço
    Anschrift
    Team Afdeling Department Dept Floor Verdieping Etage Gebouw Building Office Desk Loket Balie Unit Suite
    Android iOS iPadOS macOS Chrome Firefox Ubuntu
    Zone Parkeerzone Parkeervak Parkeerplek Plek Spot Vak
    """.split()
)

# "PUK 4099 2513 PIN": a cue word in capitals opens no street either
_NOT_CAPITALS = frozenset(word for word in _NOT_STREET if word.istitle())


# A French street written all in lower case, as typed on a phone or dictated ("rue de la station 12 à wavre",
# "chaussée de louvain 55 bte 3, 1030 schaerbeek"): the street type opens it, and a postal line (a postcode
# and a place, or "à" and a place) must follow, since lower-case words and a number are everywhere. Looked
# for from the house number (see `french_street_small_at`), whose postal line is tested first.
# (the postcode and its place: "1300 wavre", ", B-7000 Mons")
_FRENCH_POSTAL_LINE = r",?[ ](?:[bBfF]-)?[1-9][0-9]{3,4}[ ]{1,2}[A-Za-zß-ÿĀ-ž][a-zß-ÿĀ-ž'\-]{1,25}"
_FRENCH_HOUSE_NUMBER_TAIL = (
    r"(?:[ ]?(?:bis|ter)(?![a-z])|[a-z](?![a-z]))?"
    r"(?:(?:[ ]?[,/\-][ ]?|[ ])(?:bte|bo[îi]te|bus|b)\.?[ ]?[0-9]{1,4}(?![0-9]))?"
    r"(?:" + _FRENCH_POSTAL_LINE + r"|,?[ ]à[ ][A-Za-zß-ÿĀ-ž][a-zß-ÿĀ-ž\-]{2,25}(?![\w']))"
)
_FRENCH_POSTAL_AFTER = LazyPattern(_FRENCH_HOUSE_NUMBER_TAIL)
# The words of a street's name after its type, small or not (a capital inside too: "rue de l'Église").
_FRENCH_NAME_WORDS = r"(?:[ ][A-Za-zÀ-ÿĀ-ž][A-Za-zÀ-ÿĀ-ž'\-]{1,24}){1,4}"
_FRENCH_STREET_SMALL = LazyPattern(
    # (not "route", an everyday word: "en route", "sur la route")
    r"(?<![\w'])(?:" + "|".join(kind for kind in _FRENCH_TYPES if kind != "route") + r")"
    + _FRENCH_NAME_WORDS
    + r",?[ ]$"
)
_FRENCH_STREET_REACH = 4 + 4 * 26 + 10
# The same street's name written small after its number and type, up to its postal line ("150, rue de la
# station, 7000 Mons", "32, rue neuve, 7000 Mons").
_FRENCH_SMALL_AFTER_TYPE = LazyPattern(_FRENCH_NAME_WORDS + _FRENCH_POSTAL_LINE)


def french_street_small_at(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The lower-case French street whose house number is text[start:end], with its postal line."""
    postal = _FRENCH_POSTAL_AFTER.match(text, end)
    if postal is None:
        return None
    street = _FRENCH_STREET_SMALL.search(text, max(0, start - _FRENCH_STREET_REACH), start)
    if street is None:
        return None
    return street.start(), postal.end()


# An ordinal's count of times after it: "3e fois", "2e keer", "3rd time".
# (or how many come: "Nous nous marions à Kasteel de Hooge Hof, 120 invités", "Oak Hill Estate, 150 guests")
_TIMES_AFTER = LazyPattern(
    r"(?i)[ \t]++(?:fois|keer|maal|times?|invités|invites|guests|gasten|personnes|personen|people|persons|"
    r"deelnemers|participants|couverts)(?![\w])"
)  # (compiled on first use, not at import)


# A PO box with its postal line is an address ("P.O. Box 65607, Springfield, IL 62722", "Boîte postale 761,
# 5340 Wavre"; a company's own box on its footer is dropped with the footer's other marks).
_PO_BOX = LazyPattern(r"(?<![\w])(?:P\.[ ]?O\.[ ]Box|PO[ ]Box|Bo[îi]te[ ]postale)[ ][0-9]{1,6}(?![0-9])")
_PO_BOX_HINTS = ("Box", "postale")


# A Dutch or Belgian street typed in small letters, its house number and postal line after it ("turnhoutsebaan
# 85 3405 Turnhout", "grote markt 10 b12 5881 Turnhout", "hoofdweg 77 2498tk Zwolle"): read from the number
# back to the street's name, which ends like a street and may open with a few of its own small words.
_SMALL_STREET_NUMBER = LazyPattern(
    # (its addition after a dash, a letter or a floor: "zuiderzeeweg 47-B 1783 ne Arnhem", "211-3hg")
    r"(?<=[a-zß-ÿ][ ])[0-9]{1,4}[a-z]?(?:[/-](?:[0-9]{1,3}|[A-Za-z]|[0-9]?(?:hg|hs|bg)))?"
    r"(?:[ ](?:b|bus)[ ]?[0-9]{1,4})?(?=" + _JOIN + _POSTAL + ")"
)
_SMALL_STREET_BEFORE = LazyPattern(
    r"(?<![\w-])(?:(?:grote|kleine|oude|nieuwe|lange|korte|hoge|lage|sint|burgemeester|dokter|pastoor|koning|"
    r"prins|graaf)[ ](?:(?:van|de|der|den|het|ter|ten)[ ]){0,2}){0,2}"
    r"[a-zß-ÿ-]{0,30}(?:" + "|".join(STREET_SUFFIXES) + r"|-oost|-west|-zuid|-noord)[ ]$"
)
_SMALL_STREET_REACH = 60


# Without a postal line, such a street needs what says it is one: an address's word right before it ("laten
# bezorgen op molenweg 35 tilburg"), or a line of its own under a signed name ("Esther Postma⏎molenweg 90,
# Leiden⏎Tel: …"). A town may follow it, small or not, where the sentence or the line ends.
_SMALL_STREET_BARE_NUMBER = LazyPattern(
    r"(?<=[a-zß-ÿ][ ])[0-9]{1,4}(?![0-9])[a-z]?(?:[/-](?:[0-9]{1,3}|I{1,3}|IV|hs|hg))?"
    r"(?:[ ](?:b|bus)[ ]?[0-9]{1,4})?(?![\w/.,:-][0-9\w])"
)
_SMALL_TOWN_AFTER = LazyPattern(r",?[ ][A-Za-zß-ÿ][a-zß-ÿ'\-]{2,25}(?=[ \t]*+(?:[.,;!?)»\"]|\r?\n|$))")
# An address's label, then a street written small whatever its name ends with, and its town, the label's line
# holding nothing else: "Adres: overtoom 224c groningen⏎".
_ADDRESS_LABEL_HINT = LazyPattern(r"(?i:adres|address)")  # (no lower-cased copy of the whole text for it)
_LABELLED_SMALL_STREET = LazyPattern(
    r"(?i:adres|address|adresse)[ \t]*+:[ \t]*+"
    r"([a-zß-ÿ][a-zß-ÿ'\-]{2,30}(?:[ ][a-zß-ÿ'\-]{2,30}){0,2}[ ][0-9]{1,4}[a-z]?(?:[/-][0-9]{1,3})?"
    r"(?:,?[ ][a-zß-ÿ][a-zß-ÿ'\-]{2,25}){0,2})[ \t]*+(?:\r?\n|$)"
)

# A British street written small, its number first and its postcode after it, small or not ("189 queen's road
# sw9 3nn", "49 queen's drive, CB2 1TN"): the postcode says what it is.
_SMALL_BRITISH_STREET = LazyPattern(
    r"(?<![\w/.,-])[0-9]{1,4}[a-z]?,?[ ](?:[a-z][a-z'\-]{1,20}[ ]){1,3}"
    r"(?:road|street|lane|avenue|drive|grove|close|crescent|gardens|way|place|court|terrace|rd|st|ave|dr|"
    r"wynd|row|mews|parade|square|hill|walk|rise|green)"
    r"(?:,?[ ][a-z][a-z'\-]{2,25})?,?[ ](?i:[a-z]{1,2}[0-9][a-z0-9]?[ ][0-9][a-z]{2})(?![A-Za-z0-9])"
)


def _small_streets(text: str, out: Found) -> None:
    for number in _SMALL_STREET_NUMBER.finditer(text):
        begin = max(0, number.start() - _SMALL_STREET_REACH)
        street = _SMALL_STREET_BEFORE.search(text, begin, number.start())
        if street is not None:
            postal = _POSTAL_AFTER.match(text, number.end())
            if postal is not None:
                out.append((street.start(), postal.end()))
    taken = out[-1][1] if out else 0
    for number in _SMALL_STREET_BARE_NUMBER.finditer(text):
        if number.start() < taken:
            continue
        begin = max(0, number.start() - _SMALL_STREET_REACH)
        street = _SMALL_STREET_BEFORE.search(text, begin, number.start())
        if street is None or street.start() < taken:
            continue
        town = _SMALL_TOWN_AFTER.match(text, number.end())
        end = number.end() if town is None or town.group().lstrip(", ") in _NOT_STREET else town.end()
        before = text[max(0, street.start() - 40) : street.start()].lower()
        if _ADDRESS_CUE.search(before) or _street_alone(text, street.start(), end):
            out.append((street.start(), end))
            taken = end
    for british in _SMALL_BRITISH_STREET.finditer(text):
        if british.start() >= taken:
            out.append((british.start(), british.end()))
    if _ADDRESS_LABEL_HINT.search(text) is not None:
        for labelled in _LABELLED_SMALL_STREET.finditer(text):
            if labelled.start(1) >= taken:
                out.append((labelled.start(1), labelled.end(1)))


def find_addresses(text: str, out: Found) -> None:
    """Street lines with their postal line, or after an address cue."""
    _small_streets(text, out)
    if any(hint in text for hint in _PO_BOX_HINTS):
        for box in _PO_BOX.finditer(text):
            postal = _POSTAL_AFTER.match(text, box.end()) or _CITY_THEN_POSTAL.match(text, box.end())
            if postal is not None:
                out.append((box.start(), postal.end()))
    street_first: list[tuple[int, int, int]] = []  # (start, end of the street's name, end of its number)
    number_first: list[tuple[int, int, int, int]] = []  # (start, end, first word's start and end)
    street_end = number_end = 0
    for match in _STREET_LINE_START.finditer(text):
        start = match.start()
        if match.start(1) >= 0:
            if start >= number_end:
                number_end = match.end(1)
                number_first.append((start, number_end, match.start(2), match.end(2)))
        elif start >= street_end:
            street_end = match.end(4)
            street_first.append((start, match.end(3), street_end))
    for start, name_end, end in street_first:
        name_start = _drop_leading_words(text, start, name_end)
        name, _, last = text[start:name_end].rpartition(" ")
        if name_start is None or (
            last in _MONTHS and _DAY_NUMBER.match(text, name_end) and not name.endswith(_PARTICLE_WORDS)
        ):
            continue  # ("On Jul 2, 2025 Iris from Vimexx wrote:": a date, no street; "Avenida del Mar 12" is)
        if _TIMES_AFTER.match(text, end):
            continue  # "encore une coupure à Arlon, 3e fois ce mois-ci": how many times, no house number
        _take(text, name_start, end, out)
    for start, end, word_start, word_end in number_first:
        if text[word_start:word_end] in _MONTHS or text[word_start:word_end].lower() in _SPEED_UNITS:
            continue  # "16 Jul 2026": a date; "900 Mbps": a speed
        number = text[start:word_start]
        if "," in number and _TIME_NUMBER.match(number):
            continue  # "à 16h, Belnet Service Client": a time
        if _DATE_BEFORE_YEAR.search(text, max(0, start - 16), start) and _YEAR.match(number):
            continue  # "On Jul 2, 2025 Iris from Vimexx wrote:": a date's year, then who wrote
        flat = _FLAT_BEFORE.search(text, max(0, start - 16), start)
        # "108, Rue du Château" only with its postal line or right after an address's word ("Livraison au
        # 148, Rue de l'Église", "adresse: 62, Rue Haute"): a number and a comma are everywhere.
        french = text[word_start:word_end].lower() in _FRENCH_TYPES
        if french and end == word_end and text[word_start].islower():
            small = _FRENCH_SMALL_AFTER_TYPE.match(text, word_end)
            if small is not None:  # "150, rue de la station, 7000 Mons": its name written small, its postal
                out.append((flat.start() if flat else start, small.end()))  # line says what it is
                continue
        _take(
            text,
            flat.start() if flat else start,
            end,
            out,
            number_first=True,
            cue="," not in number or french,
        )


def _drop_leading_words(text: str, start: int, end: int) -> int | None:
    """The street name without capitalised words that belong to the sentence ("Ik", "Graag")."""
    words = text[start:end].split(" ")
    while words and (words[0] in _NOT_STREET or words[0].capitalize() in _NOT_CAPITALS):
        start += len(words[0]) + 1
        words = words[1:]
    if len(words) > 1 and text[start:end].isupper():
        # Written in capitals, every word of the sentence looks like a name ("STUUR HET NAAR EIKENLAAN 9"):
        # the street starts at the word that ends like a street.
        for index, word in enumerate(words[1:], 1):
            if word.lower().endswith(STREET_SUFFIXES):
                start += sum(len(previous) + 1 for previous in words[:index])
                words = words[index:]
                break
    if not words or start >= end or (len(words) == 1 and words[0] in _MONTHS):
        return None  # "from October 6": a date
    for index, word in enumerate(words[1:], 1):
        if word in _TYPE_WORDS:
            # "Adresse Avenida dos Aliados, n.º 145", "w Polsce Rua de Santa Catarina": the street's type
            # opens it, the capitalised words before it are the sentence's
            return start + sum(len(previous) + 1 for previous in words[:index])
    return start


# A street's type that opens its name, capitalised (Portuguese, Spanish, Italian, French).
_TYPE_WORDS = frozenset(
    "Rua Avenida Travessa Largo Praça Calle Avinguda Via Viale Piazza Corso Rue Avenue Boulevard "
    "Chaussée".split()
)


_TIME_NUMBER = LazyPattern(r"(?:[01]?[0-9]|2[0-4])[hu]")


def _take(text: str, start: int, end: int, out: Found, number_first: bool = False, cue: bool = True) -> None:
    postal = _POSTAL_AFTER.match(text, end)
    if postal is None and number_first:
        postal = _CITY_THEN_POSTAL.match(text, end)
    if postal is not None:
        out.append((_street_type_before(text, start), postal.end()))
        return
    if not cue and not number_first:
        return
    # (a French street's type written small before it belongs to it: "Adresse: rue de la Loi 40, Aalst")
    type_start = start if number_first else _street_type_before(text, start)
    before = text[max(0, type_start - 40) : type_start]
    city = None if number_first else _CITY_AFTER.match(text, end)  # (a British or US town: its own line)
    if city is not None and text[city.start(1) : city.end(1)].split(" ")[0] in _NOT_STREET:
        city = None  # "Kerkstraat 5, Groeten": the sign-off, no town
    city_end = end if city is None else city.end()
    if (
        (cue and (_ADDRESS_CUE.search(before.lower()) or _POSTAL_BEFORE.search(before)))
        or _street_alone(text, type_start, city_end)
        or (
            not number_first
            and _CAPITAL_FRENCH_STREET.match(text, type_start) is not None
            and _plain_house_number(text, type_start, end)
        )
        or (out and out[-1][1] <= type_start and _THEN_TO.fullmatch(text, out[-1][1], type_start) is not None)
    ):
        out.append((type_start, city_end))


def _plain_house_number(text: str, start: int, end: int) -> bool:
    """Whether a street's number reads as a house's and not as a time, a year or a count ('Place Flagey
    12h', 'Boulevard Anspach 2024', 'Rue Neuve 3 jours')."""
    number = text[start:end].rsplit(" ", 1)[-1]
    return not (
        _TIME_NUMBER.fullmatch(number)
        or plausible_year(number)
        or UNIT_AFTER.match(text, end) is not None
        or _COUNT_AFTER.match(text, end) is not None
    )


_COUNT_AFTER = LazyPattern(r"[ ](?:jours?|semaines?|mois|ans|fois|heures?|h|weken|maanden)(?![\w])")


# The second street of a move: "from 70 Maple St to 1582 Broadway, #24", "van Kerkstraat 12 naar …".
_THEN_TO = LazyPattern(r"[ ,]*+(?:to|naar|vers|into|and|en|et)[ ]++(?:(?:la|le|de|het|the)[ ]++)?")


# A French street's type and its name both capitalised, then its number: "de Rue des Carmes 237 vers …",
# "à 17h, Rue de la Loi 21 boîte 2": written so, it is a street whatever comes before it.
_CAPITAL_FRENCH_STREET = LazyPattern(
    r"(?:Rue|Avenue|Chaussée|Boulevard|Place|Quai|Allée|Chemin|Impasse|Square|Drève)[ ]"
    r"(?:(?:de[ ]la|de|du|des|d'|l')[ ]?)?[A-ZÀ-Þ]"
)


# A town after the street's number and a comma, its postcode left out: "place Flagey 191, Liège", "Meir 177,
# Antwerpen." (then the sentence or the line ends).
_CITY_AFTER = LazyPattern(rf",[ ]({_CITY})(?=[ \t]*+(?:[.,;!?)»\"]|\r?\n|$))")


# A French street's type written small before its capitalised name, or a saint's prefix: "rue Saint-Gilles
# 236", "avenue Louise 112/4", "chaussée de Wavre 224/4", "Sint-Jansstraat 162".
_TYPE_BEFORE = LazyPattern(
    # (not "route": "en route", "sur la route", as for a street written small)
    r"(?<![\w'])(?:(?:"
    + "|".join(re.escape(kind) for kind in (*_FRENCH_TYPES, "av.", "bd", "ul.") if kind != "route")
    + r")"
    r"[ ](?:(?:de[ ]la|de|du|des|d')[ ]?)?|(?:Sint|Saint|Sainte|St|Ste)-)$"
)


def _street_type_before(text: str, start: int) -> int:
    before = _TYPE_BEFORE.search(text, max(0, start - 20), start)
    return start if before is None else before.start()


# A line that holds a street and its number and nothing else, as in a signature ("Chloé Dubois⏎Chaussée de
# Waterloo 36⏎chloe@…", "> Rue Haute 13/2"): an address when the line names a street as a street does
# (its French type first, or a word ending like a street), whatever follows it on the next line.
# (or a sentence of its own at the end of a line: "La sonnette ne marche pas. Rue de la Station 54")
_LINE_OPENS_BEFORE = LazyPattern(r"(?:^|\n|[.!?][ \t])(?:>[ ]?)*+[ \t]*+$")
_LINE_ENDS_AFTER = LazyPattern(r"[ \t]*+[.!]?[ \t]*+(?:\r?\n|$)")
_FRENCH_TYPE_FIRST = LazyPattern(
    r"(?:[0-9]{1,4}[a-z]?,?[ ])?(?:"
    + "|".join(f"{kind}|{kind.capitalize()}" for kind in _FRENCH_TYPES)
    + r")"
    r"[ ][A-Za-zß-ÿĀ-ž'][a-zß-ÿĀ-ž'\-]"
)
_NAMED_AS_STREET = LazyPattern(
    r"[a-zß-ÿĀ-ž](?:" + "|".join(STREET_SUFFIXES) + r"|[ ](?:Road|Street|Lane|Avenue|Ave|Drive|Grove|Close|"
    r"Crescent|Gardens|Way|Place|Court|Terrace|Rd|St|Dr|Ln))(?![a-zß-ÿĀ-ž])"
)


# A person's name and a comma right before it, as a form or a letter's heading gives both ("Gedaagde: Wout
# Mertens, Kouter 224/9", "Marieke Goossens, Avenue Louise 190 boîte 4, tél …"): then the field may end at a
# comma too.
_NAME_COMMA_BEFORE = LazyPattern(r"(?<![\w.])[A-ZÀ-Þ][a-zß-ÿ'\-]++(?:[ ][A-ZÀ-Þ][a-zß-ÿ'\-]++){1,2},[ ]$")
_FIELD_ENDS_AFTER = LazyPattern(r",[ ]")
# A house number with a Belgian box ("224/9", "102 bus 9", "190 boîte 4", "195 b1") marks a street whatever
# its name ends with.
# (not a day and a month: "Starts 11/10", "Datum 6/4")
_BOXED_NUMBER = LazyPattern(
    r"(?<![0-9])(?:(?![0-9]{1,2}/[0-9]{1,2}$)[0-9]{1,4}[a-zA-Z]?/[0-9]{1,3}"
    r"|[0-9]{1,4}[a-zA-Z]?" + _BOX + r")$"
)


def _street_alone(text: str, start: int, end: int) -> bool:
    named = _NAME_COMMA_BEFORE.search(text, max(0, start - 48), start) is not None
    return (
        (
            _LINE_ENDS_AFTER.match(text, end) is not None
            or (named and _FIELD_ENDS_AFTER.match(text, end) is not None)
        )
        and (named or _LINE_OPENS_BEFORE.search(text, max(0, start - 12), start) is not None)
        and (
            _FRENCH_TYPE_FIRST.match(text, start) is not None
            or _NAMED_AS_STREET.search(text, start, end) is not None
            or _BOXED_NUMBER.search(text, max(start, end - 16), end) is not None
            or _SIGNED_NAME_BEFORE.search(text, max(0, start - _SIGNED_REACH), start) is not None
        )
    )


# A signature's lines: its closing, the name signed, then the street on a line of its own ("Mvg,⏎Ayoub
# Jones⏎Meir 167⏎"), whatever the street's name ends with.
_SIGNED_NAME_BEFORE = LazyPattern(
    r"(?<![a-z])(?i:" + CLOSING_WORDS + r")[ \t,!.]*+\r?\n[ \t>]*+"
    r"[A-ZÀ-Þ][a-zß-ÿ'\-]++(?:[ ][A-Za-zß-ÿ'\-]++){1,3}[ \t]*+\r?\n[ \t>]*+$"
)
_SIGNED_REACH = 90


# A company's own address in its footer or signature shares its line with the company's legal form after
# its name ("Zenfon B.V. | Postbus 4829 | 3432 ZZ Nieuwegein", "Fenix Bank SA - Boulevard du Roi Albert II
# 39, 1140 Evere"), its registration ("KvK 78357458", "TVA BE 0566.091.802", "Company No. 04202829") or a
# PO box. A customer's address line carries none of these. The legal form must follow a word with a letter:
# "2620 BV Delft" is a postcode, "SA1 8BD" a British one.
_COMPANY_MARK = LazyPattern(
    r"(?<![\w&'.\-])[A-Za-z][\w&'.\-]*+[ ]"
    r"(?:B\.V\.|BV|N\.V\.|NV|SA|S\.A\.|SRL|SPRL|BVBA|VOF|Ltd\.?|LLC|Inc\.?|GmbH|plc|S\.A\.S\.|SAS|SARL)(?![\w])"
    r"|(?<![\w])(?:KvK|KVK|Kvk|BTW|TVA|VAT|KBO|BCE|RPR|RCS|RPM|Company[ ]No|Company[ ]number|Reg\.[ ]No)"
    r"(?:[ .:\-]{1,3}(?:nr|no|n°|nummer|number)\.?)?[ .:\-]{0,3}(?:[A-Z]{2}[ ]?)?[0-9]"
    r"|(?<![\w])(?:Postbus|PO[ ]Box|P\.O\.[ ]Box|Boîte[ ]postale)[ ][0-9]"
)
# What every company mark holds, tested first: one search for these is cheaper than the mark's expression.
_COMPANY_MARK_HINT = LazyPattern(
    by_first_letter(
        "B.V|BV|NV|N.V|SA|S.A|SRL|SPRL|BVBA|VOF|Ltd|LLC|Inc|GmbH|plc|SAS|SARL|KvK|KVK|Kvk|BTW|TVA|VAT|KBO|BCE|"
        "RPR|RCS|RPM|Company|Reg.|Postbus|PO Box|P.O. Box|Boîte"
    )
)


_COMPANY_MARK_REACH = 40


def company_address(text: str, start: int, end: int) -> bool:
    """Whether the address at text[start:end] stands on a line of a company's footer or signature: a
    company mark on its line, close by, and no word before it that says an address follows ("nieuw adres
    Molenlaan 232, 6746LX Tilburg, KvK 70278350" is the customer's business moving)."""
    line_start = max(0, start - _COMPANY_MARK_REACH)
    line_start = text.rfind("\n", line_start, start) + 1 or line_start
    line_end = text.find("\n", end, end + _COMPANY_MARK_REACH)
    line = text[line_start : end + _COMPANY_MARK_REACH if line_end < 0 else line_end]
    if _COMPANY_MARK_HINT.search(line) is None:
        return False
    marks = [mark.group() for mark in _COMPANY_MARK.finditer(line)]
    if not marks:
        return False
    if all(mark.startswith(_PO_BOX_WORDS) for mark in marks) and _SENT_TO_BOX.search(
        text[max(0, start - 24) : start].lower()
    ):
        return False  # "send the refund cheque to PO Box 123, Springfield, IL 62704": the customer's box
    return _ADDRESS_CUE.search(text[max(0, start - 40) : start].lower()) is None


# A PO box is a company's mark only when nothing before it on its line says where something should go or
# whose it is ("… to PO Box 123", "mijn adres: Postbus 12", "envoyez-le à Boîte postale 7").
_PO_BOX_WORDS = ("Postbus", "PO Box", "P.O. Box", "Boîte postale")
_SENT_TO_BOX = LazyPattern(
    r"(?<![a-z])(?:to|naar|aan|à|at|op|my|mijn|m'n|mon|ma|our|ons|onze|notre|is|est)[ ]*+:?[ ]*+$|:[ ]*+$"
    # (a box the customer says they have, then its number in brackets: "I have a PO box (PO Box 10142, …)")
    r"|(?:box|postbus|postale)[ ]*+\($"
)


def drop_company_addresses(text: str, out: list[Span]) -> None:
    """Remove from out the address spans that are a company's own (see `company_address`)."""
    for span in out:
        if span.type == "address":
            break
    else:
        return
    kept = [s for s in out if s.type != "address" or not company_address(text, s.start, s.end)]
    if len(kept) != len(out):
        out[:] = kept


# A town after a street's house number and a comma (or "te", "in"), its postcode left out, where the sentence
# goes on: "Nieuwstraat 134, Brugge. Kunnen …", "naar Eikenlaan 187, Amsterdam staat ingepland", "Veldweg
# 195-B te Haarlem" (a word in small letters or a sign after it; not the sign-off or the sentence's next
# word: "Kerkstraat 5, Groeten"); with no comma only where the sentence or the line ends ("Stationsweg 230b
# Apeldoorn."); and after a Dutch postcode the town in capitals or not ("Molenweg 20 B 6488 HW HEERLEN").
_TOWN_AFTER = LazyPattern(
    rf"(?:,[ ]|[ ](?:te|in)[ ])({_CITY})(?=[ \t]*+(?:[.,;:!?)»\"]|\r?\n|$)|[ ][a-zà-ÿ])"
    rf"|[ ]({_CITY})(?=[ \t]*+(?:[.,;:!?)»\"]|\r?\n|$))"
)
_TOWN_AFTER_POSTCODE = LazyPattern(rf"[ ]{{1,2}}({_CITY})(?![\w'-])")
_ENDS_IN_POSTCODE = LazyPattern(r"(?<![0-9])[1-9][0-9]{3}[ ]?[A-Z]{2}$")
# What a house number may end in after its digits: "12 hs", "25 III", "92 B", "134 bis".
_HOUSE_SUFFIXES = frozenset("hs hg huis bis ter a b c d i ii iii iv".split())


def extend_to_towns(text: str, out: list[Span]) -> None:
    """Extend each address span that ends at its house number or its postcode to the town written after it."""
    for at, span in enumerate(out):
        if span.type != "address":
            continue
        value = text[span.start : span.end]
        if _ENDS_IN_POSTCODE.search(value):
            town = _TOWN_AFTER_POSTCODE.match(text, span.end)
        elif _ends_in_house_number(value):
            town = _TOWN_AFTER.match(text, span.end)
        else:
            continue  # (a span that ends in its town already: "…, 3085 DG Rotterdam, IBAN …")
        if town is None:
            continue
        group = town.lastindex or 1
        words = text[town.start(group) : town.end(group)].split(" ")
        if words[0] in _NOT_STREET or words[0].lower() in _NOT_TOWNS:
            continue
        # (not the next field's or sentence's word: "Enschede Wifi …", "HEERLEN Please …")
        whole = words[-1].lower() not in _NOT_TOWNS and (
            words[0].isupper() == words[-1].isupper() or _US_STATE_WORD.fullmatch(words[-1]) is not None
        )  # ("Scranton MA": a US town and its state)
        end = town.end(group) if whole else town.start(group) + len(words[0])
        state = _US_STATE_AFTER.match(text, end) if whole else None
        if state is not None and state.group(1) in US_STATES:
            end = state.end()  # "4445 W 23rd St Apt. 12 Madison, WI": a US town and its state, no ZIP
        if not any(other.type == "address" and other.start < end <= other.end for other in out):
            out[at] = Span(span.start, end, "address")  # (a town another street's span holds stays there)


def _ends_in_house_number(value: str) -> bool:
    words = value.rsplit(" ", 2)
    if len(words) == 1:
        return False  # a postcode alone under its label ("Kod pocztowy: 00-590 Warszawa"), no street
    if _HOUSE_NUMBER_WORD.fullmatch(words[-1]):
        return True  # (not a British postcode's last half: "B15 1QL")
    return words[-1].lower() in _HOUSE_SUFFIXES and DIGIT.search(words[-2]) is not None


_HOUSE_NUMBER_WORD = LazyPattern(r"(?:No:[ ]?|#)?[0-9]{1,5}[A-Za-z]?(?:[-/][0-9A-Za-z]{1,4})?")
_US_STATE_WORD = LazyPattern(r"[A-Z]{2}")
_US_STATE_AFTER = LazyPattern(r",[ ]([A-Z]{2})(?![\w'-])")
# The codes of the US states (and DC), as an address writes them before its ZIP code.
US_STATES = frozenset(
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC "
    "ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY".split()
)


# Words a line goes on with after an address that name no town: a field's label, a request.
_NOT_TOWNS = frozenset(
    "iban tel tél tel. mob gsm phone email e-mail stuur bel apt unit flat suite wifi daire cheers thanks "
    "thank regards please pls groet groeten bedankt dank merci".split()
)


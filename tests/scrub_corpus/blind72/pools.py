"""Filler pools (dealt alternately between halves) and hard-negative generators."""
from values import rdig, ralnum, MONTHS, fam, luhn_ok

POOLS = {
    "first": ["Sanne", "Daan", "Lotte", "Bram", "Fleur", "Jesse", "Emma", "Thijs", "Noor", "Milan", "Lieke",
              "Sem", "Yara", "Ruben", "Femke", "Wout", "Jana", "Arne", "Lore", "Sieber", "Camille", "Théo",
              "Manon", "Louis", "Chloé", "Hugo", "Inès", "Maxime", "Oliver", "Amelia", "Harry", "Isla",
              "George", "Freya", "Tyler", "Madison", "Jayden", "Ashley", "Priya", "Wei", "Mehmet", "Fatima",
              "Youssef", "Aylin", "Sofia", "Lukas", "Chidi", "Anh", "Matteo", "Zainab", "Rohan", "Kasia"],
    "last": ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Peeters", "Janssens", "Maes", "Claes",
             "Wouters", "Dubois", "Lambert", "Dupont", "Leroy", "Martin", "Smith", "Jones", "Taylor",
             "Brown", "Wilson", "Johnson", "Miller", "Garcia", "Nguyen", "Patel", "Yilmaz", "El Amrani",
             "Kowalski", "Rossi", "Chen", "van Dijk", "Mertens", "Hendrickx", "Okafor", "Van den Broeck",
             "Evans", "Davies", "Thompson"],
    "street_nl": ["Oudegracht", "Kerkstraat", "Biltstraat", "Vismarkt", "Korreweg", "Nieuwe Binnenweg",
                  "Hooglandse Kerkgracht", "Mekelweg", "Plantage Muidergracht", "Tongersestraat",
                  "Spoorsingel", "Julianalaan", "Zernikelaan", "Professor Bronkhorstlaan"],
    "street_be": ["Naamsestraat", "Tiensestraat", "Overpoortstraat", "Sint-Pietersnieuwstraat",
                  "Rue du Midi", "Avenue de la Toison d'Or", "Kapucijnenvoer", "Rue Saint-Gilles",
                  "Boulevard du Triomphe", "Rue des Wallons", "Prinsstraat", "Vlamingenstraat",
                  "Chaussée de Wavre", "Blandijnberg"],
    "street_gb": ["Mill Road", "Cowley Road", "Marchmont Road", "Oxford Road", "Hyde Park Road",
                  "Gloucester Road", "Byres Road", "Holloway Road", "Mile End Road", "Headington Hill",
                  "Dalkeith Road", "Wilmslow Road"],
    "street_us": ["College Ave", "Telegraph Ave", "Commonwealth Ave", "W 4th St", "S State St",
                  "E 57th St", "Guadalupe St", "Bleecker St", "Packard St", "Huron St", "Bay State Rd",
                  "Durant Ave"],
    "city_nl": ["Utrecht", "Groningen", "Leiden", "Delft", "Amsterdam", "Rotterdam", "Maastricht",
                "Nijmegen", "Tilburg", "Eindhoven", "Enschede", "Wageningen"],
    "city_be": ["Leuven", "Gent", "Brussel", "Louvain-la-Neuve", "Liège", "Antwerpen", "Namur",
                "Hasselt", "Bruxelles", "Kortrijk", "Mons", "Brugge"],
    "city_gb": ["Cambridge", "Oxford", "Edinburgh", "Manchester", "Leeds", "Bristol", "Glasgow",
                "London", "Sheffield", "York"],
    "city_us": ["Berkeley", "Boston", "New York", "Ann Arbor", "Chicago", "Austin", "Cambridge",
                "Providence"],
    "uni_nl": ["UvA", "Universiteit Utrecht", "RUG", "TU Delft", "Universiteit Leiden", "Erasmus",
               "Hogeschool Utrecht", "Fontys", "Hanze", "Radboud", "HvA", "Saxion"],
    "uni_be": ["KU Leuven", "UGent", "VUB", "UAntwerpen", "Hogeschool Gent", "Thomas More", "UHasselt",
               "Odisee", "AP Hogeschool", "Howest"],
    "uni_fr": ["ULB", "UCLouvain", "ULiège", "UNamur", "UMons", "Saint-Louis", "HELMo", "HE Vinci",
               "EPHEC", "ICHEC"],
    "uni_gb": ["UCL", "the University of Edinburgh", "King's", "Manchester", "Leeds", "Bristol",
               "Glasgow", "LSE", "Warwick", "Durham"],
    "uni_us": ["NYU", "UC Berkeley", "BU", "UMich", "UChicago", "UT Austin", "Northeastern", "Columbia"],
    "landlord_nl": ["SSH", "DUWO", "Idealis", "Lefier", "Xior", "The Social Hub", "Stadswonen", "Talis"],
    "landlord_be": ["Xior", "Kotweb", "Stuvo", "Home Vesalius", "Upkot", "Camplus", "Kotlife", "Stukot"],
    "landlord_gb": ["Unite Students", "iQ", "Fresh", "Homes for Students", "Scape", "Vita", "Downing"],
    "landlord_us": ["Greystar", "American Campus", "Landmark", "Campus Advantage", "UniLodge", "Asset Living"],
    "portal_nl": ["Studielink", "Mijn DUO", "Osiris", "Brightspace", "Canvas", "MyUU", "Progress", "Blackboard"],
    "portal_be": ["KU Loket", "Oasis", "Toledo", "Ufora", "Canvas", "Blackboard", "iOasis", "Digitap"],
    "portal_fr": ["MonULB", "Moodle", "UVchoose", "eCampus", "Gehol", "myULiège", "Teams", "Lola"],
    "portal_gb": ["UCAS Hub", "Moodle", "Blackboard", "Student Finance England", "MyEd", "Portico", "SITS"],
    "portal_us": ["Canvas", "Common App", "StudentAid.gov", "Blackboard", "Workday Student", "Handshake", "Gradescope"],
    "exam": ["Proctorio", "ANS", "TestVision", "Respondus", "Examplify", "Remindo", "Cirrus", "Inspera",
             "Möbius", "WISEflow"],
    "agent": ["Sarah", "Tom", "Eline", "Koen", "Nadia", "Pieter", "Julie", "Mathias", "Aurélie", "Gaëlle",
              "Kevin", "Jess", "Mark", "Laura", "Dylan", "Bianca", "Rick", "Iris"],
    "agentinit": ["^SV", "^TK", "^EB", "/KD", "^NA", "-PJ", "^JL", "/MV", "^AR", "^GD", "^KM", "-JS"],
    "mention": ["@DUO_info", "@UniUtrecht", "@KU_Leuven", "@ugent", "@ULBruxelles", "@UCLouvain_be",
                "@StudentFinance", "@ucas_online", "@FAFSA", "@StudentLoanHelp", "@XiorStudent",
                "@SSHstudenthousing", "@UniteStudents", "@Studielink", "@Proctorio", "@DUWO_nl",
                "@canvaslms", "@nyuniversity", "@UoE_Students", "@ANS_support", "@StuvoGent", "@kotweb"],
    "hashtag": ["#studentenhuisvesting", "#DUO", "#kotzoeken", "#blok", "#blocus", "#studentfinance",
                "#freshers", "#FAFSA", "#studentloans", "#tentamen", "#examens", "#kot", "#intlstudents",
                "#housingcrisis", "#collegistes", "#studentlife", "#collegetuition", "#woningnood",
                "#ucas", "#kamernood", "#CostOfLiving", "#UvA"],
    "url": ["https://duo.nl/particulier/", "https://www.studielink.nl", "https://kuleuven.be/kuloket",
            "https://www.ucas.com/hub", "https://studentaid.gov/help-center", "https://www.ulb.be/fr/inscription",
            "https://help.canvas.example.edu/login", "https://www.xior.be/faq", "https://www.sshxl.nl/nl/contact",
            "https://www.gov.uk/student-finance", "https://status.proctorio.com", "https://ufora.ugent.be",
            "https://fafsa.gov", "https://www.uu.nl/studenten/studentenbalie", "https://www.duwo.nl/mijn-duwo",
            "https://unitestudents.com/help", "https://bit.ly/3xStuFin", "https://www.uclouvain.be/fr/inscriptions",
            "www.studentenwerk-example.nl/faq", "https://mijn.duo.nl", "https://support.example-ans.com/status",
            "https://my.nyu.edu"],
    "model": ["MacBook Air M2", "Lenovo ThinkPad E14 Gen 5", "HP EliteBook 840 G8", "Dell XPS 13 9315",
              "iPad Air 5", "Surface Laptop 5", "Asus Zenbook UX3402", "Acer Swift 3 SF314-512",
              "TI-84 Plus CE", "Casio fx-991EX", "Galaxy Tab S9 FE", "iPhone 13 mini", "Chromebook 314",
              "Logitech C920"],
}

# cue words for national id per language
ID_CUE = {"nl": ["BSN", "bsn", "burgerservicenummer", "BSN-nummer", "sofinummer"],
          "nl-be": ["rijksregisternummer", "RRN", "rijksregisternr", "INSZ-nummer", "rijksreg. nr"],
          "fr-be": ["numéro de registre national", "NISS", "n° national", "numéro national", "RN"]}


def split_pools(half):
    out = {}
    for k, lst in POOLS.items():
        out[k] = lst[half::2]
    for k, lst in ID_CUE.items():
        out["idcue_" + k] = lst[half::2] if len(lst) > 1 else lst
    return out


COMPANY_PHONE = {
    "nl": ["050 599 7755", "088-1234567", "0800-0203", "030 253 7000", "+31 50 599 7755", "0900-1234567", "071 527 8011"],
    "nl-be": ["016 32 40 10", "09 264 70 00", "0800 12 345", "+32 16 32 40 10", "078 15 15 15", "02 629 21 11"],
    "fr-be": ["02 650 21 11", "010 47 21 11", "+32 4 366 21 11", "0800 95 201", "078 15 16 17", "081 72 41 11"],
    "en-gb": ["0300 100 0607", "0371 468 0468", "0800 587 0099", "+44 300 100 0607", "0344 984 8844", "020 7679 2000"],
    "en-us": ["1-800-433-3243", "(800) 557-7394", "1-800-4-FED-AID", "+1 800 433 3243", "(888) 555-0142", "1-877-557-2575"],
}

COMPANY_REG = {
    "nl": [("KvK ", "30214009"), ("KvK-nummer ", "41178733"), ("BTW ", "NL001234567B01"), ("KvK: ", "52418772"), ("btw-nr ", "NL8123.45.678.B01")],
    "nl-be": [("ondernemingsnummer ", "0419.052.173"), ("BTW ", "BE 0419.052.173"), ("KBO ", "0248.015.142"), ("", "BE0876.543.210"), ("ondernemingsnr. ", "0887.010.362")],
    "fr-be": [("n° d'entreprise ", "0407.626.464"), ("TVA ", "BE 0407.626.464"), ("BCE ", "0419.052.173"), ("numéro BCE ", "0245.984.114"), ("TVA ", "BE0876543210")],
    "en-gb": [("Company No. ", "03411668"), ("Registered in England and Wales No. ", "01234567"), ("VAT No. ", "GB 123 4567 89"), ("company number ", "SC123456"), ("Reg. No. ", "08776443")],
    "en-us": [("EIN ", "94-6002123"), ("Tax ID ", "13-5562308"), ("EIN: ", "04-2103580"), ("FEIN ", "38-6006309"), ("EIN ", "74-6000203")],
}


def _split_reg(reg_value):
    """return (prefix_literal, value) so that the cue is not inside the negative span where sensible"""
    return reg_value


def neg_value(ctx, lang, kind, v=None):
    r = ctx.rng
    f = fam(lang)
    if kind == "date":
        d, m = r.randint(1, 28), r.randint(1, 12)
        mn = MONTHS[f][m - 1]
        y = r.choice([2025, 2026])
        if lang == "en-us":
            return r.choice([f"{m}/{d}", f"{mn} {d}", f"{m}/{d}/{y}", f"{mn} {d}th" if d > 3 and d < 21 else f"{mn} {d}"])
        if f == "en":
            return r.choice([f"{d} {mn}", f"{d:02d}/{m:02d}/{y}", f"{d} {mn[:3]}"])
        return r.choice([f"{d} {mn}", f"{d:02d}-{m:02d}-{y}", f"{d}/{m}", f"{d:02d}.{m:02d}.{y}", f"{d} {mn[:3]}."])
    if kind == "time":
        h, mi = r.randint(8, 22), r.choice([0, 15, 30, 45, 5, 50])
        if f == "en" and lang == "en-us":
            return r.choice([f"{h % 12 or 12}:{mi:02d} {'pm' if h >= 12 else 'am'}", f"{h % 12 or 12}pm" if h > 12 else f"{h}am"])
        if f == "nl" and lang == "nl-be":
            return r.choice([f"{h}u{mi:02d}", f"{h}u", f"{h}:{mi:02d}"])
        if f == "fr":
            return r.choice([f"{h}h{mi:02d}", f"{h}h", f"{h}:{mi:02d}"])
        return r.choice([f"{h}:{mi:02d}", f"{h:02d}.{mi:02d}", f"{h}:{mi:02d}u" if f == "nl" else f"{h}:{mi:02d}"])
    if kind == "amount":
        a = r.choice([r.randint(5, 99), r.randint(100, 999), r.randint(1000, 14000)])
        c = r.randint(0, 99)
        if lang == "en-gb":
            return r.choice([f"£{a:,}", f"£{a:,}.{c:02d}", f"£{a}"])
        if lang == "en-us":
            return r.choice([f"${a:,}", f"${a:,}.{c:02d}", f"USD {a}"])
        s = f"{a:,}".replace(",", ".")
        return r.choice([f"€{a}", f"€ {s},{c:02d}", f"{s},{c:02d} euro", f"EUR {a}", f"€{s},-", f"{a} €" if f == "fr" else f"€{a},{c:02d}"])
    if kind == "quantity":
        n = r.randint(2, 60)
        units = {"nl": ["ECTS", "studiepunten", "vakken", "dagen", "weken", "kamers", "GB", "pagina's"],
                 "fr": ["crédits", "ECTS", "cours", "jours", "semaines", "pages", "Go"],
                 "en": ["credits", "ECTS", "modules", "days", "weeks", "pages", "GB", "hours"]}[f]
        return f"{n} {r.choice(units)}"
    if kind == "percentage":
        return r.choice([f"{r.randint(1, 99)}%", f"{r.randint(1, 30)},{r.randint(1, 9)}%" if f != "en" else f"{r.randint(1, 30)}.{r.randint(1, 9)}%", f"{r.randint(5, 80)} %"])
    if kind == "year":
        y = r.randint(2019, 2027)
        return r.choice([str(y), f"{y}-{y + 1}", f"{y}/{str(y + 1)[2:]}", f"{y}-{str(y + 1)[2:]}"])
    if kind == "order_number":
        return r.choice([f"ORD-{rdig(r, 7)}", f"#{rdig(r, 8)}", f"BST{rdig(r, 6)}", f"{rdig(r, 3)}-{rdig(r, 7)}-{rdig(r, 7)}"])
    if kind == "ticket_number":
        return r.choice([f"#{rdig(r, 6)}", f"CAS-{rdig(r, 5)}-{ralnum(r, 4, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}", f"INC{rdig(r, 7)}",
                         f"{r.randint(2024, 2026)}-{rdig(r, 6)}", f"SR-{rdig(r, 6)}", f"REQ{rdig(r, 7)}", rdig(r, 8)])
    if kind == "invoice_number":
        return r.choice([f"F{r.randint(2024, 2026)}-{rdig(r, 5)}", f"INV-{rdig(r, 6)}", f"{r.randint(2025, 2026)}{rdig(r, 6)}", f"FAC/{rdig(r, 4)}/{r.randint(24, 26)}"])
    if kind == "tracking_number":
        return r.choice([f"3S{ralnum(r, 4, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')}{rdig(r, 9)}", f"1Z{ralnum(r, 16, '0123456789ABCDEFGHJKLMNPRSTUVWXYZ')}",
                         f"JVGL{rdig(r, 16)}", f"CD{rdig(r, 9)}BE", f"{rdig(r, 4)} {rdig(r, 4)} {rdig(r, 4)} {rdig(r, 4)} {rdig(r, 2)}"])
    if kind == "request_id":
        h = "0123456789abcdef"
        return r.choice([f"{ralnum(r, 8, h)}-{ralnum(r, 4, h)}-{ralnum(r, 4, h)}-{ralnum(r, 4, h)}-{ralnum(r, 12, h)}",
                         f"req_{ralnum(r, 14)}", f"RID-{rdig(r, 10)}"])
    if kind == "error_code":
        return r.choice([f"Error {r.choice([403, 404, 500, 502, 503, 429])}", f"0x{ralnum(r, 8, '0123456789ABCDEF')}",
                         f"AADSTS{r.choice([50076, 50058, 700016, 53003])}", f"ERR_{r.choice(['CONNECTION_RESET', 'CERT_DATE_INVALID', 'TOO_MANY_REDIRECTS'])}",
                         f"E{rdig(r, 3)}", ("code ", r.choice(['LTI-401', 'SAML-22', 'P-1053']))])
    if kind == "version_string":
        return r.choice([f"v{r.randint(1, 12)}.{r.randint(0, 20)}.{r.randint(0, 9)}", f"iOS {r.randint(16, 18)}.{r.randint(0, 6)}.{r.randint(1, 3)}",
                         f"Android {r.randint(12, 15)}", ("versie ", f"{r.randint(3, 9)}.{r.randint(0, 40)}"), f"build {r.randint(2024, 2026)}.{rdig(r, 2)}.{rdig(r, 3)}",
                         f"Chrome {r.randint(118, 131)}.0.{rdig(r, 4)}.{rdig(r, 2)}"])
    if kind == "model_number":
        return r.choice(ctx.pool("model"))
    if kind == "product_code":
        return r.choice([f"SKU {rdig(r, 3)}-{rdig(r, 3)}", ("art. ", rdig(r, 6)), f"ISBN 978-{rdig(r, 2)}-{rdig(r, 3)}-{rdig(r, 4)}-{rdig(r, 1)}",
                         f"{ralnum(r, 3, 'ABCDEFGHJKLMNPRSTUVWXYZ')}{rdig(r, 4)}", ("course code ", f"{ralnum(r, 4, 'ABCDEFGHJKLMNPRSTUVWXYZ')}{rdig(r, 4)}")])
    if kind == "flight_number":
        return r.choice([f"KL{rdig(r, 4)}", f"KL {rdig(r, 3)}", f"BA{rdig(r, 3)}", f"SN {rdig(r, 4)}", f"FR{rdig(r, 4)}", f"UA {rdig(r, 3)}", f"DL{rdig(r, 3)}", f"HV{rdig(r, 4)}"])
    if kind == "company_phone":
        return r.choice(COMPANY_PHONE[lang][ctx.half::2])
    if kind == "company_registration":
        return r.choice(COMPANY_REG[lang][ctx.half::2])
    if kind in ("url", "mention", "hashtag"):
        return r.choice(ctx.pool(kind))
    if kind == "masked_value":
        return r.choice([f"****{rdig(r, 4)}", f"**** **** **** {rdig(r, 4)}", f"NL** **** **** **{rdig(r, 2)} {rdig(r, 2)}",
                         f"BE** **** **** {rdig(r, 4)}", f"xxxx-xxxx-xxxx-{rdig(r, 4)}", f"•••• {rdig(r, 4)}", f"{rdig(r, 3)}****{rdig(r, 2)}",
                         f"j***@{r.choice(['gmail.com', 'hotmail.com', 'telenet.be'])}", f"06-****{rdig(r, 4)}", f"XXXXXX{rdig(r, 4)}"])
    if kind == "meter_reading":
        return r.choice([f"{rdig(r, 5)} kWh", f"{r.randint(100, 9999)},{rdig(r, 1)} m³", f"{rdig(r, 6)}", f"{r.randint(1000, 40000)} kWh"])
    if kind == "port":
        return str(r.choice([8080, 443, 22, 3306, 5432, 8443, 3000, 25565, 993, 587]))
    if kind == "checksum":
        h = "0123456789abcdef"
        return r.choice([ralnum(r, 64, h), ralnum(r, 32, h), ralnum(r, 40, h)])
    raise KeyError(kind)

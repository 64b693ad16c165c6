"""Slot generators: map a template placeholder to a labelled span, a hard negative, or plain filler."""
import string
import uuid
import values as V
import pools as P

MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "en": "January February March April May June July August September October November December".split(),
}
DAYS = {
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split(),
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche".split(),
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
}


def lfam(lang):
    return {"nl": "nl", "nl-be": "nl", "fr-be": "fr"}.get(lang, "en")


def fmt_date(rng, lang, y, m, d, dob=False):
    f = lfam(lang)
    mn = MONTHS[f][m - 1]
    if f == "nl":
        opts = ["%d-%02d-%d" % (d, m, y), "%02d-%02d-%d" % (d, m, y), "%d %s %d" % (d, mn, y), "%02d/%02d/%d" % (d, m, y),
                "%d.%d.%d" % (d, m, y), "%d %s %d" % (d, mn[:3], y), "%d-%d-%02d" % (d, m, y % 100)]
        if not dob:
            opts += ["%d %s" % (d, mn), "%s %d %s" % (DAYS[f][rng.randint(0, 6)], d, mn), "%d/%d" % (d, m)]
    elif f == "fr":
        opts = ["%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, mn, y), "%02d.%02d.%d" % (d, m, y), "%d/%d/%02d" % (d, m, y % 100)]
        if not dob:
            opts += ["%d %s" % (d, mn), "%s %d %s" % (DAYS[f][rng.randint(0, 6)], d, mn)]
    elif lang == "en-gb":
        suf = "th" if 10 < d < 14 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        opts = ["%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, mn, y), "%d%s %s %d" % (d, suf, mn, y), "%d/%d/%02d" % (d, m, y % 100),
                "%d %s %d" % (d, mn[:3], y)]
        if not dob:
            opts += ["%d %s" % (d, mn), "%s %d%s %s" % (DAYS[f][rng.randint(0, 6)], d, suf, mn), "%d%s" % (d, suf)]
    else:
        opts = ["%02d/%02d/%d" % (m, d, y), "%s %d, %d" % (mn, d, y), "%d/%d/%02d" % (m, d, y % 100), "%d-%02d-%02d" % (y, m, d),
                "%s %d %d" % (mn[:3], d, y)]
        if not dob:
            opts += ["%s %d" % (mn, d), "%s, %s %d" % (DAYS[f][rng.randint(0, 6)], mn, d), "%d/%d" % (m, d)]
    if rng.random() < 0.08:
        return "%d-%02d-%02d" % (y, m, d)
    return rng.choice(opts)


def g_date(c):
    return fmt_date(c.rng, c.lang, c.rng.choice([2025, 2026, 2026]), c.rng.randint(1, 12), c.rng.randint(1, 28))


def g_dob(c):
    return fmt_date(c.rng, c.lang, c.rng.randint(1948, 2007), c.rng.randint(1, 12), c.rng.randint(1, 28), dob=True)


def g_time(c):
    h, m = c.rng.randint(7, 22), c.rng.choice([0, 5, 10, 15, 30, 45, 50])
    if c.lang == "en-us" or (c.lang == "en-gb" and c.rng.random() < 0.5):
        hh = h if h <= 12 else h - 12
        return c.rng.choice(["%d:%02d%s" % (hh, m, "pm" if h >= 12 else "am"), "%d:%02d %s" % (hh, m, "PM" if h >= 12 else "AM"), "%d%s" % (hh, "pm" if h >= 12 else "am")])
    return c.rng.choice(["%02d:%02d" % (h, m), "%d.%02d" % (h, m), "%du%02d" % (h, m) if c.lang == "fr-be" else "%d:%02d" % (h, m), "%dh%02d" % (h, m) if c.lang == "fr-be" else "%02d:%02d" % (h, m)])


def g_amount(c):
    r = c.rng
    v = r.choice([r.randint(5, 99) + r.choice([0, 0.5, 0.95, 0.99, 0.25]), r.randint(100, 2400) + r.choice([0, 0.5, 0.75])])
    if c.country == "UK":
        return r.choice(["£%.2f" % v, "£%d" % int(v), "£%s" % format(v, ",.2f")])
    if c.country == "US":
        return r.choice(["$%.2f" % v, "$%d" % int(v), "$%s" % format(v, ",.2f"), "%d dollars" % int(v)])
    eu = ("%.2f" % v).replace(".", ",")
    if int(v) >= 1000:
        eu = "%d.%03d,%02d" % (int(v) // 1000, int(v) % 1000, round((v - int(v)) * 100))
    if c.lang == "fr-be":
        return r.choice(["%s €" % eu, "%s€" % eu, "%d euros" % int(v), "€%s" % eu])
    return r.choice(["€ %s" % eu, "€%s" % eu, "%s euro" % eu, "EUR %s" % eu, "€ %d,-" % int(v), "%d euro" % int(v)])


def g_qty(c):
    f = lfam(c.lang)
    units = {"nl": ["kg", "stuks", "boeken", "koffers", "banden", "maanden", "kWh", "dagen"],
             "fr": ["kg", "pièces", "livres", "valises", "pneus", "mois", "kWh", "jours"],
             "en": ["kg", "items", "books", "bags", "tyres" if c.lang == "en-gb" else "tires", "months", "kWh", "days"]}[f]
    return "%d %s" % (c.rng.randint(2, 30), c.rng.choice(units))


def g_pct(c):
    v = c.rng.choice(["%d%%" % c.rng.randint(2, 60), "%d %%" % c.rng.randint(2, 60), "%d,%d%%" % (c.rng.randint(1, 30), c.rng.randint(1, 9))])
    return v.replace(",", ".") if lfam(c.lang) == "en" else v


def g_year(c):
    return str(c.rng.randint(2008, 2026))


def g_order(c):
    r = c.rng
    return r.choice(["ORD-2026-%s" % V.rd(r, 5), "#%s" % V.rd(r, 7), "%s-%s-%s" % (V.rd(r, 4), V.rd(r, 4), V.rd(r, 2)), "W%s" % V.rd(r, 9), "BE%s" % V.rd(r, 8)])


def g_ticket(c):
    r = c.rng
    return r.choice(["2026-%s" % V.rd(r, 7), "#%s" % V.rd(r, 7), "CAS-%s-%s" % (V.rd(r, 5), V.alnum(r, 4, string.ascii_uppercase + "0123456789")),
                     "SR-%s" % V.rd(r, 8), "ZK26-%s" % V.rd(r, 5), "INC%s" % V.rd(r, 7), "%s" % V.rd(r, 8), "REF/%s/%s" % (V.rd(r, 4), V.rd(r, 3))])


def g_pir(c):
    return c.pick("stations") + c.pick("airline_codes") + V.rd(c.rng, 5)


def g_invoice(c):
    r = c.rng
    return r.choice(["F2026-%s" % V.rd(r, 5), "INV-%s" % V.rd(r, 6), "2026/%s" % V.rd(r, 6), "FA%s" % V.rd(r, 7), "%s" % V.rd(r, 10)])


def g_track(c):
    r = c.rng
    return r.choice(["3SABCD%s" % V.rd(r, 7), "1Z%s%s" % (V.alnum(r, 6, string.ascii_uppercase + "0123456789"), V.rd(r, 10)),
                     "JVGL%s" % V.rd(r, 10), "CD%sNL" % V.rd(r, 9), "LX%sBE" % V.rd(r, 9), "9400 1%s" % V.rd(r, 17)])


def g_reqid(c):
    r = c.rng
    u = uuid.UUID(int=r.getrandbits(128), version=4)
    return r.choice([str(u), "req_" + V.alnum(r, 20), str(u).split("-")[0] + "-" + V.rd(r, 4)])


def g_err(c):
    r = c.rng
    return r.choice(["E-%d" % r.randint(100, 999), "0x%08X" % r.getrandbits(32), "ERR_%d" % r.choice([401, 403, 429, 500, 503]),
                     "AUTH-%d" % r.randint(10, 99), "SYNC_FAILED", "F%02d" % r.randint(10, 99), "HTTP %d" % r.choice([400, 404, 500, 502])])


def g_obd(c):
    return c.rng.choice(["P", "P", "U", "C", "B"]) + "0" + V.rd(c.rng, 3)


def g_ver(c):
    r = c.rng
    return r.choice(["v%d.%d.%d" % (r.randint(1, 9), r.randint(0, 20), r.randint(0, 9)), "%d.%d.%d (build %d)" % (r.randint(1, 12), r.randint(0, 9), r.randint(0, 9), r.randint(1000, 9999)),
                     "iOS %d.%d.%d" % (r.randint(15, 18), r.randint(0, 6), r.randint(1, 3)), "Android %d" % r.randint(11, 15), "%d.%d" % (r.randint(2, 14), r.randint(0, 9))])


def g_flight(c):
    return c.pick("airline_codes") + c.rng.choice(["", " "]) + str(c.rng.randint(11, 9899))


def g_cphone(c):
    return c.rng.choice(V.COMPANY_PHONES["BE" if c.country == "BEF" else c.country])


def g_kvk(c):
    r = c.rng
    if c.country == "NL":
        return V.rd(r, 8)
    if c.country in ("BE", "BEF"):
        return r.choice(["0%s.%s.%s" % (V.rd(r, 3), V.rd(r, 3), V.rd(r, 3)), "BE 0%s.%s.%s" % (V.rd(r, 3), V.rd(r, 3), V.rd(r, 3)), "BE0%s" % V.rd(r, 9)])
    if c.country == "UK":
        return r.choice(["0%s" % V.rd(r, 7), "SC%s" % V.rd(r, 6)])
    return "%s-%s" % (V.rd(r, 2), V.rd(r, 7))


def g_vat(c):
    r = c.rng
    if c.country == "NL":
        return "NL%sB%s" % (V.rd(r, 9), r.choice(["01", "02"]))
    if c.country in ("BE", "BEF"):
        return "BE 0%s.%s.%s" % (V.rd(r, 3), V.rd(r, 3), V.rd(r, 3))
    if c.country == "UK":
        return "GB %s %s %s" % (V.rd(r, 3), V.rd(r, 4), V.rd(r, 2))
    return "%s-%s" % (V.rd(r, 2), V.rd(r, 7))


def g_masked(c):
    r = c.rng
    return r.choice(["****%s" % V.rd(r, 4), "**** **** **** %s" % V.rd(r, 4), "NL** **** **** %s %s" % (V.rd(r, 4), V.rd(r, 2)),
                     "BE** **** **** %s" % V.rd(r, 4), "XXXX-XXXX-XXXX-%s" % V.rd(r, 4), "•••• %s" % V.rd(r, 4),
                     "...%s" % V.rd(r, 4), "xxxxxx%s" % V.rd(r, 3)])


def g_maskedmail(c):
    return "%s%s@%s" % (c.first[0].lower(), "*" * c.rng.randint(3, 6), c.rng.choice(["gmail.com", "hotmail.com", "outlook.com", "telenet.be", "icloud.com"]))


def g_maskedcard(c):
    return c.rng.choice(["****%s", "**** %s", "xxxx xxxx xxxx %s", "•••• •••• •••• %s", "eindigend op %s" if lfam(c.lang) == "nl" else "ending %s"]) % V.rd(c.rng, 4) if False else c.rng.choice(["****%s", "**** %s", "xxxx xxxx xxxx %s", "•••• •••• •••• %s", "************%s"]) % V.rd(c.rng, 4)


def g_meter(c):
    r = c.rng
    return r.choice(["%05d" % r.randint(100, 99999), "%d,%03d" % (r.randint(100, 9999), r.randint(0, 999)), "%06d" % r.randint(1000, 999999), "%d" % r.randint(1000, 60000)])


def g_km(c):
    v = c.rng.randint(8000, 240000)
    if lfam(c.lang) == "en":
        return c.rng.choice(["{:,}".format(v), str(v)])
    return c.rng.choice(["%d.%03d" % (v // 1000, v % 1000), str(v)])


def g_checksum(c):
    return V.alnum(c.rng, c.rng.choice([32, 40, 64]), "0123456789abcdef")


def g_email(c):
    r = c.rng
    f = c.first.lower().replace("é", "e").replace("ë", "e").replace("è", "e").replace("ï", "i").replace("-", "")
    l = c.last.lower().replace(" ", "").replace("'", "")
    dom = {"NL": ["gmail.com", "hotmail.com", "live.nl", "ziggo.nl", "kpnmail.nl", "outlook.com", "student.uva.nl", "icloud.com"],
           "BE": ["gmail.com", "telenet.be", "skynet.be", "hotmail.be", "student.kuleuven.be", "proximus.be", "outlook.be"],
           "BEF": ["gmail.com", "skynet.be", "hotmail.com", "voo.be", "student.uclouvain.be", "outlook.be", "yahoo.fr"],
           "UK": ["gmail.com", "btinternet.com", "yahoo.co.uk", "outlook.com", "leeds.ac.uk", "hotmail.co.uk", "sky.com"],
           "US": ["gmail.com", "yahoo.com", "aol.com", "outlook.com", "icloud.com", "umich.edu", "comcast.net"]}[c.country]
    local = r.choice([f + "." + l, f + l[:1], f[0] + l, f + "_" + l + V.rd(r, 2), f + V.rd(r, 2), l + "." + f, f + "-" + l])
    e = local + "@" + r.choice(dom)
    return e.upper() if r.random() < 0.03 else e


def g_addrml(c):
    a = c.cache.get("addr") or g_addr(c, oneline=True)
    c.cache.setdefault("addr", a)
    i = a.find(", ")
    return a if i < 0 else a[:i] + "\n" + a[i + 2:]


def g_addr(c, country=None, street_only=False, oneline=True):
    a = _addr(c, country, street_only)
    return a.replace("\n", ", ") if oneline else a


def _addr(c, country=None, street_only=False):
    r = c.rng
    cc = country or c.country
    st = c.pick("streets_" + cc)
    city, pc = c.pick("cities_" + cc)
    if cc == "NL":
        num = str(r.randint(1, 240)) + r.choice(["", "", "", "a", "B", "-II", " hs", "-3"])
        pc_full = pc + V.rd(r, 2) + r.choice([" ", "", " "]) + r.choice(["AB", "KL", "XG", "TR", "PM", "EJ", "CV"])
        if street_only:
            return "%s %s" % (st, num)
        return r.choice(["%s %s, %s %s" % (st, num, pc_full, city), "%s %s %s %s" % (st, num, pc_full, city.upper() if r.random() < 0.2 else city),
                         "%s %s, %s" % (st, num, city), "%s %s\n%s %s" % (st, num, pc_full, city)])
    if cc in ("BE", "BEF"):
        num = str(r.randint(1, 180))
        if cc == "BE":
            num += r.choice(["", "", " bus 3", " bus 12", "/0201", "A"])
        else:
            num += r.choice(["", "", "/4", " bte 2", "B"])
        if street_only:
            return "%s %s" % (st, num)
        return r.choice(["%s %s, %s %s" % (st, num, pc, city), "%s %s %s %s" % (st, num, pc, city), "%s %s, B-%s %s" % (st, num, pc, city),
                         "%s %s\n%s %s" % (st, num, pc, city)])
    if cc == "UK":
        num = str(r.randint(1, 220))
        pre = r.choice(["", "", "", "Flat %d, " % r.randint(1, 12), "Room %d, " % r.randint(1, 40)])
        pcode = "%s %d%s" % (pc, r.randint(1, 9), r.choice(["AB", "QT", "HX", "NP", "EJ", "DW"]))
        if street_only:
            return "%s%s %s" % (pre, num, st)
        return r.choice(["%s%s %s, %s %s" % (pre, num, st, city, pcode), "%s%s %s, %s, %s" % (pre, num, st, city, pcode),
                         "%s%s %s\n%s\n%s" % (pre, num, st, city, pcode)])
    num = str(r.randint(10, 9800))
    apt = r.choice(["", "", ", Apt %d%s" % (r.randint(1, 12), r.choice("ABCD")), " #%d" % r.randint(100, 450), ", Unit %d" % r.randint(1, 40)])
    z = pc + V.rd(r, 2)
    if street_only:
        return "%s %s%s" % (num, st, apt)
    return r.choice(["%s %s%s, %s %s" % (num, st, apt, city, z), "%s %s%s\n%s %s" % (num, st, apt, city, z)])


def g_phone(c, cc=None, mobile=None):
    cc = cc or c.country
    return V.phone(c.rng, {"BEF": "BE"}.get(cc, cc), mobile)


def default_iban_cc(c):
    return {"NL": "NL", "BE": "BE", "BEF": "BE", "UK": "GB", "US": "NL"}[c.country]


def g_placeholder(c):
    return c.rng.choice(["{first_name}", "{{voornaam}}", "[NAAM]", "<naam>", "{customer_name}", "%FIRSTNAME%", "[[name]]"]) if lfam(c.lang) == "nl" else c.rng.choice(["{first_name}", "{{first_name}}", "[NAME]", "<name>", "%FIRSTNAME%", "[[prénom]]", "{prenom}"])


def g_codeph(c):
    return c.rng.choice(["<code>", "[CODE]", "{code}", "{{otp}}", "XXXXXX", "[PIN]", "<wachtwoord>"])


# name -> (category, label, function)
SLOTS = {
    # spans
    "pw": ("span", "password", lambda c: V.password(c.rng)),
    "user": ("span", "username", lambda c: V.username(c.rng, c.first, c.last)),
    "pin": ("span", "pin", lambda c: V.pin(c.rng)),
    "pinsix": ("span", "pin", lambda c: V.pin(c.rng, 6)),
    "code": ("span", "pin", lambda c: V.doorcode(c.rng)),
    "puk": ("span", "puk", lambda c: V.rd(c.rng, 8)),
    "otp": ("span", "otp", lambda c: V.otp(c.rng)),
    "otpw": ("span", "otp", lambda c: V.otp_words(c.rng, c.lang)),
    "wifi": ("span", "wifi_key", lambda c: V.wifi_key(c.rng)),
    "api": ("span", "api_key", lambda c: V.api_key(c.rng)),
    "awsid": ("span", "api_key", lambda c: V.aws_id(c.rng)),
    "awssecret": ("span", "api_key", lambda c: V.aws_secret(c.rng)),
    "tok": ("span", "token", lambda c: V.token(c.rng)),
    "card": ("span", "card", lambda c: V.card(c.rng)),
    "cvv": ("span", "cvv", lambda c: V.cvv(c.rng)),
    "exp": ("span", "card_expiry", lambda c: V.expiry(c.rng)),
    "iban": ("span", "iban", lambda c: V.iban(c.rng, default_iban_cc(c))),
    "ibannl": ("span", "iban", lambda c: V.iban(c.rng, "NL")),
    "ibanbe": ("span", "iban", lambda c: V.iban(c.rng, "BE")),
    "ibanfx": ("span", "iban", lambda c: V.iban(c.rng, c.rng.choice(["DE", "FR", "LU", "ES", "GB"]))),
    "bsn": ("span", "bsn", lambda c: V.bsn(c.rng)),
    "rrn": ("span", "bsn", lambda c: V.rrn(c.rng)),
    "email": ("span", "email", g_email),
    "phone": ("span", "phone", g_phone),
    "mob": ("span", "phone", lambda c: g_phone(c, mobile=True)),
    "land": ("span", "phone", lambda c: g_phone(c, mobile=False)),
    "phonenl": ("span", "phone", lambda c: g_phone(c, "NL")),
    "phonebe": ("span", "phone", lambda c: g_phone(c, "BE")),
    "phoneuk": ("span", "phone", lambda c: g_phone(c, "UK")),
    "addr": ("span", "address", g_addr),
    "addrml": ("span", "address", g_addrml),
    "street": ("span", "address", lambda c: g_addr(c, street_only=True)),
    "addrnl": ("span", "address", lambda c: g_addr(c, "NL")),
    "addrbe": ("span", "address", lambda c: g_addr(c, "BE")),
    "dob": ("span", "date_of_birth", g_dob),
    "cust": ("span", "customer_number", lambda c: V.cust(c.rng, "cust")),
    "ean": ("span", "customer_number", lambda c: V.cust(c.rng, "ean")),
    "member": ("span", "customer_number", lambda c: V.cust(c.rng, "member")),
    "contract": ("span", "customer_number", lambda c: V.cust(c.rng, "contract")),
    "tenant": ("span", "customer_number", lambda c: V.cust(c.rng, "tenant")),
    "policy": ("span", "customer_number", lambda c: V.cust(c.rng, "policy")),
    "profile": ("span", "customer_number", lambda c: V.cust(c.rng, "profile")),
    "ff": ("span", "customer_number", lambda c: V.cust(c.rng, "ff")),
    "ip": ("span", "ip_address", lambda c: V.ip(c.rng)),
    # negatives
    "date": ("neg", "date", g_date),
    "time": ("neg", "time", g_time),
    "amount": ("neg", "amount", g_amount),
    "qty": ("neg", "quantity", g_qty),
    "pct": ("neg", "percentage", g_pct),
    "year": ("neg", "year", g_year),
    "order": ("neg", "order_number", g_order),
    "ticket": ("neg", "ticket_number", g_ticket),
    "pir": ("neg", "ticket_number", g_pir),
    "invoice": ("neg", "invoice_number", g_invoice),
    "track": ("neg", "tracking_number", g_track),
    "reqid": ("neg", "request_id", g_reqid),
    "err": ("neg", "error_code", g_err),
    "obd": ("neg", "error_code", g_obd),
    "ver": ("neg", "version_string", g_ver),
    "model": ("neg", "model_number", lambda c: c.pick("models")),
    "part": ("neg", "product_code", lambda c: c.pick("parts")),
    "flight": ("neg", "flight_number", g_flight),
    "cphone": ("neg", "company_phone", g_cphone),
    "kvk": ("neg", "company_registration", g_kvk),
    "vat": ("neg", "company_registration", g_vat),
    "url": ("neg", "url", lambda c: c.pick("urls_" + c.domain)),
    "gurl": ("neg", "url", lambda c: c.pick("urls_general")),
    "mention": ("neg", "mention", lambda c: c.pick("handles_" + c.domain)),
    "hashtag": ("neg", "hashtag", lambda c: c.pick("hashtags_" + c.domain)),
    "masked": ("neg", "masked_value", g_masked),
    "maskedmail": ("neg", "masked_value", g_maskedmail),
    "maskedcard": ("neg", "masked_value", g_maskedcard),
    "maskediban": ("neg", "masked_value", lambda c: c.rng.choice(["NL** **** **** %s %s", "BE** **** **** %s%s", "GB** **** **** **** %s %s", "****%s%s"]) % (V.rd(c.rng, 4), V.rd(c.rng, 2))),
    "meter": ("neg", "meter_reading", g_meter),
    "km": ("neg", "meter_reading", g_km),
    "port": ("neg", "port", lambda c: c.rng.choice(["8080", "443", "3389", "22", "8443", "5000", "1883"])),
    "checksum": ("neg", "checksum", g_checksum),
    # filler (not labelled)
    "name": ("fill", None, lambda c: c.first + " " + c.last),
    "first": ("fill", None, lambda c: c.first),
    "last": ("fill", None, lambda c: c.last),
    "agent": ("fill", None, lambda c: c.agent),
    "ag": ("fill", None, lambda c: c.agent[:1] + c.rng.choice(["", "", c.rng.choice("BDKLMPSTVW")])),
    "brand": ("fill", None, lambda c: c.brand),
    "city": ("fill", None, lambda c: c.city),
    "plate": ("fill", None, lambda c: c.pick("plates_" + ("BE" if c.country == "BEF" else c.country))),
    "ssid": ("fill", None, lambda c: c.pick("ssids")),
    "car": ("fill", None, lambda c: c.pick("cars")),
    "ph": ("fill", None, g_placeholder),
    "codeph": ("fill", None, g_codeph),
    "airline": ("fill", None, lambda c: c.pick("airline")),
    "dating": ("fill", None, lambda c: c.pick("dating")),
}

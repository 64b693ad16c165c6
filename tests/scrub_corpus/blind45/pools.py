"""Filler pools and hard-negative generators.  Every pool is dealt alternately
(even index -> dev, odd index -> heldout) by generate_blind.split_pools()."""
import string
from values import rs, digits, HEX, ALNUM, B64URL

FIRST = {
    "nl": ["Daan", "Sanne", "Bram", "Lotte", "Joost", "Femke", "Ruben", "Anouk", "Thijs", "Marloes", "Wouter", "Ilse",
           "Jeroen", "Kim", "Sander", "Esther", "Niels", "Ingrid", "Pieter", "Fleur", "Hans", "Mirjam", "Bas", "Noor"],
    "nl-be": ["Wout", "Lien", "Jens", "Elke", "Pieter-Jan", "Sofie", "Koen", "An", "Tom", "Griet", "Stijn", "Leen",
              "Bart", "Katrien", "Jelle", "Evi", "Dries", "Hanne", "Kobe", "Liesbeth", "Geert", "Nele"],
    "fr-be": ["Thomas", "Camille", "Julien", "Manon", "Nicolas", "Pauline", "Maxime", "Aurélie", "Olivier", "Chloé",
              "François", "Elodie", "Sébastien", "Laura", "Quentin", "Sarah", "Benoît", "Justine", "Arnaud", "Céline"],
    "en-gb": ["Oliver", "Amelia", "Harry", "Isla", "George", "Emily", "Jack", "Sophie", "Callum", "Grace", "Rhys",
              "Hannah", "Liam", "Chloe", "Owen", "Megan", "Alfie", "Lucy", "Ewan", "Niamh"],
    "en-us": ["Tyler", "Madison", "Brandon", "Ashley", "Kevin", "Jessica", "Marcus", "Brittany", "Derek", "Kayla",
              "Jordan", "Megan", "Carlos", "Rachel", "Justin", "Lauren", "Andre", "Samantha", "Cody", "Priya"],
}
LAST = {
    "nl": ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos",
           "Peters", "Hendriks", "van Dijk", "Dekker", "Brouwer", "van der Linden", "Kok", "Jacobs", "Schouten"],
    "nl-be": ["Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens", "Wouters", "De Smet",
              "Vermeulen", "Pauwels", "Dubois", "Hermans", "Aerts", "Van den Broeck", "Verstraete", "Desmet"],
    "fr-be": ["Dubois", "Lambert", "Dupont", "Martin", "Simon", "Laurent", "Leclercq", "Lejeune", "Renard", "Collin",
              "François", "Gilson", "Dumont", "Hubert", "Piron", "Lemaire", "Denis", "Marchal"],
    "en-gb": ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Evans", "Thomas", "Roberts", "Walker",
              "Wright", "Hughes", "Edwards", "Green", "Hall", "Wood", "Clarke", "Patel"],
    "en-us": ["Johnson", "Miller", "Davis", "Garcia", "Rodriguez", "Martinez", "Anderson", "Thompson", "Moore",
              "Jackson", "Lee", "Harris", "Clark", "Lewis", "Young", "Nguyen", "Hill", "Ramirez"],
}
POOLS = {
    "street_nl": ["Kerkstraat", "Dorpsstraat", "Molenweg", "Stationsweg", "Prinsengracht", "Lindenlaan", "Beukenlaan",
                  "Schoolstraat", "Julianastraat", "Wilhelminapark", "Hoofdweg", "Nieuwe Binnenweg", "Oudegracht",
                  "Van Woustraat", "Burgemeester Reigerstraat", "Zeestraat", "Havenkade", "Parallelweg"],
    "city_nl": ["Amsterdam", "Rotterdam", "Utrecht", "Den Haag", "Eindhoven", "Groningen", "Tilburg", "Almere",
                "Breda", "Nijmegen", "Haarlem", "Arnhem", "Zwolle", "Leiden", "Amersfoort", "Delft"],
    "street_vl": ["Kerkstraat", "Stationsstraat", "Nieuwstraat", "Molenstraat", "Kouter", "Meir", "Bondgenotenlaan",
                  "Veldstraat", "Grote Markt", "Diestsestraat", "Koningin Astridlaan", "Brugsesteenweg", "Leopoldlei",
                  "Dorpstraat", "Kapelsestraat", "Vaartstraat"],
    "city_vl": ["Antwerpen", "Gent", "Leuven", "Brugge", "Mechelen", "Hasselt", "Kortrijk", "Aalst", "Sint-Niklaas",
                "Turnhout", "Genk", "Roeselare", "Lier", "Oostende"],
    "street_fr": ["Rue de la Station", "Avenue Louise", "Rue du Midi", "Chaussée de Wavre", "Rue de l'Église",
                  "Boulevard d'Avroy", "Rue Neuve", "Avenue de Tervueren", "Rue des Champs", "Place Saint-Lambert",
                  "Rue du Moulin", "Chaussée de Charleroi", "Rue Haute", "Avenue des Alliés"],
    "city_fr": ["Bruxelles", "Liège", "Namur", "Charleroi", "Mons", "Wavre", "Ixelles", "Louvain-la-Neuve", "Tournai",
                "Arlon", "Nivelles", "Uccle", "Verviers", "Waterloo"],
    "street_gb": ["High Street", "Station Road", "Church Lane", "Victoria Road", "Park Avenue", "Mill Lane",
                  "Queen Street", "Kings Road", "Albert Road", "Green Lane", "Manor Way", "The Crescent", "Bridge Street",
                  "Oxford Road"],
    "city_gb": ["London", "Manchester", "Leeds", "Bristol", "Sheffield", "Cardiff", "Glasgow", "Brighton", "Norwich",
                "York", "Reading", "Nottingham", "Edinburgh", "Leicester"],
    "street_us": ["Maple Ave", "Oak Street", "Main St", "Elm Street", "Cedar Lane", "Sunset Blvd", "Washington Ave",
                  "Lakeview Dr", "Pine St", "2nd Avenue", "Mission St", "Park Place", "Highland Rd", "Willow Way"],
    "city_us": [("Austin", "TX"), ("Denver", "CO"), ("Portland", "OR"), ("Columbus", "OH"), ("Raleigh", "NC"),
                ("Madison", "WI"), ("Tampa", "FL"), ("Boise", "ID"), ("Sacramento", "CA"), ("Pittsburgh", "PA"),
                ("Nashville", "TN"), ("Seattle", "WA"), ("Phoenix", "AZ"), ("Brooklyn", "NY")],
    # vendor: name, handle, api host / dashboard url
    "vendor": [("Stripe", "@StripeDev", "https://dashboard.stripe.com/apikeys"),
               ("Mollie", "@mollie", "https://my.mollie.com/dashboard/developers/api-keys"),
               ("TransIP", "@TransIP", "https://www.transip.nl/cp/account/api/"),
               ("Combell", "@Combell", "https://my.combell.com/nl/product/"),
               ("Hostnet", "@hostnet", "https://www.hostnet.nl/mijn-hostnet"),
               ("OVHcloud", "@OVHcloud_FR", "https://www.ovh.com/manager/"),
               ("Shopify", "@ShopifySupport", "https://help.shopify.com/en/questions"),
               ("Cloudflare", "@CloudflareHelp", "https://dash.cloudflare.com/profile/api-tokens"),
               ("DigitalOcean", "@DigitalOcean", "https://cloud.digitalocean.com/account/api/tokens"),
               ("Hetzner", "@Hetzner_Online", "https://console.hetzner.cloud/projects"),
               ("Lightspeed", "@LightspeedHQ", "https://ecom-support.lightspeedhq.com/hc/nl"),
               ("Adyen", "@Adyen", "https://ca-test.adyen.com/ca/ca/config/api_credentials_new.shtml"),
               ("one.com", "@onecom", "https://www.one.com/admin/"),
               ("GitHub", "@GitHubSupport", "https://github.com/settings/tokens"),
               ("Vimexx", "@Vimexx", "https://my.vimexx.nl/"),
               ("SendGrid", "@SendGrid", "https://app.sendgrid.com/settings/api_keys"),
               ("CCV Shop", "@CCVShop", "https://www.ccvshop.nl/helpcenter/"),
               ("Mailgun", "@Mailgun", "https://app.mailgun.com/app/account/security/api_keys"),
               ("WooCommerce", "@WooCommerce", "https://woocommerce.com/my-account/create-a-ticket/"),
               ("Netlify", "@Netlify", "https://app.netlify.com/user/applications"),
               ("Versio", "@Versio", "https://www.versio.nl/customer/"),
               ("AWS", "@AWSSupport", "https://console.aws.amazon.com/iam/home#/security_credentials"),
               ("Twilio", "@twilio", "https://console.twilio.com/us1/account/keys-credentials/api-keys"),
               ("PayPal", "@AskPayPal", "https://developer.paypal.com/dashboard/applications/live")],
    "agent": ["Sven", "Merel", "Yasmine", "Kevin", "Laura", "Mehmet", "Iris", "Jonas", "Chantal", "Ahmed", "Sophie",
              "Rik", "Elise", "Tim", "Nora", "Dylan", "Fatima", "Joris", "Amber", "Luca"],
    "shop": [("Bakkerij Van Dam", "bakkerijvandam.nl"), ("Fietsenwinkel De Spaak", "despaak-fietsen.nl"),
             ("Koffiebrander Noord", "koffiebrandernoord.nl"), ("Atelier Lune", "atelier-lune.be"),
             ("Studio Kobalt", "studiokobalt.be"), ("Brasserie Le Coin", "lecoin-namur.be"),
             ("Harbour Candles", "harbourcandles.co.uk"), ("Tidy Tools Ltd", "tidytools.co.uk"),
             ("Pine & Paper", "pineandpaper.com"), ("Nordic Sock Co", "nordicsock.co"),
             ("Zeep & Zo", "zeepenzo.nl"), ("Hondenmand.nl", "hondenmand.nl"), ("Chocolaterie Bernard", "chocobernard.be"),
             ("Vinyl Vault", "vinylvault.shop"), ("Brew Bros Supply", "brewbros-supply.com"),
             ("Plantjes Paradijs", "plantjesparadijs.nl"), ("Fromagerie Gilson", "fromagerie-gilson.be"),
             ("Bike Loft Bristol", "bikeloft.co.uk"), ("Moestuin Webshop", "moestuinwebshop.nl"),
             ("Graines & Co", "graines-co.be")],
    "ssid": ["Kantoor-5G", "BakkerijGast", "Ziggo2F8A1", "telenet-7C21B", "proximus-home-3A9F", "VOO-84A1C2",
             "BTHub6-XK92", "SKY4F2A9", "NETGEAR47", "Linksys-Office", "WinkelWiFi", "Atelier_guest",
             "FRITZ!Box 7590 ZK", "Orange-5G-22", "KPN1D4C7", "xfinitywifi"],
    "model": ["Synology DS920+", "FRITZ!Box 7590", "UniFi UDM-Pro", "Dell PowerEdge R740", "TP-Link Archer C6",
              "Ubiquiti USW-24-POE", "QNAP TS-453D", "Raspberry Pi 4 Model B", "Zyxel VMG8825-T50",
              "Sophos XGS 2100", "MikroTik hEX S", "HP ProLiant DL360 Gen10", "Cisco Meraki MX68",
              "Sitecom WLR-4100", "Lenovo ThinkCentre M70q", "Fortinet FG-60F"],
    "hashtag": ["#outage", "#devops", "#webshop", "#storing", "#down", "#help", "#php", "#wordpress", "#woocommerce",
                "#ecommerce", "#security", "#dns", "#ssl", "#panne", "#klantenservice", "#hosting", "#api", "#fail",
                "#ondernemer", "#smallbusiness", "#mollie", "#aws"],
    "plan": ["VPS-SSD-4", "STACK-PRO-M", "WEB-BUSINESS-XL", "CX21", "s-2vcpu-4gb", "t3.medium", "BlackBox-500",
             "ECO-2024-S", "Shopify Basic", "Advanced-Plus", "Cloud VPS 20", "Pro Managed WP", "BX11", "db-s-1vcpu-1gb"],
}


def company_phone(rng, loc):
    if loc == "nl":
        return rng.choice([f"088 {digits(rng, 3)} {digits(rng, 4, False)}", f"0800-{digits(rng, 4, False)}",
                           f"+31 (0)88 {digits(rng, 3)} {digits(rng, 2, False)} {digits(rng, 2, False)}",
                           f"085 {digits(rng, 3)} {digits(rng, 4, False)}", f"0900-{digits(rng, 4, False)}"])
    if loc in ("nl-be", "fr-be"):
        return rng.choice([f"078 {digits(rng, 2)} {digits(rng, 2, False)} {digits(rng, 2, False)}",
                           f"+32 2 {digits(rng, 3)} {digits(rng, 2, False)} {digits(rng, 2, False)}",
                           f"070 {digits(rng, 2)} {digits(rng, 2, False)} {digits(rng, 2, False)}",
                           f"0800 {digits(rng, 2)} {digits(rng, 3, False)}"])
    if loc == "en-gb":
        return rng.choice([f"0345 {digits(rng, 3)} {digits(rng, 4, False)}", f"0800 {digits(rng, 3)} {digits(rng, 4, False)}",
                           f"+44 20 {digits(rng, 4)} {digits(rng, 4, False)}", f"0330 {digits(rng, 3)} {digits(rng, 4, False)}"])
    return rng.choice([f"1-800-{digits(rng, 3)}-{digits(rng, 4, False)}", f"+1 888 {digits(rng, 3)} {digits(rng, 4, False)}",
                       f"(866) {digits(rng, 3)}-{digits(rng, 4, False)}", f"1 (877) {digits(rng, 3)}-{digits(rng, 4, False)}"])


def company_registration(rng, loc, variant=None):
    v = variant
    if not v:
        v = {"nl": rng.choice(["kvk", "kvk", "btw_nl"]), "nl-be": "be", "fr-be": rng.choice(["be", "be", "siren"]),
             "en-gb": rng.choice(["ch", "vat_gb"]), "en-us": rng.choice(["ein", "kvk"])}[loc]
    if v == "kvk":
        return digits(rng, 8)
    if v == "btw_nl":
        return f"NL{digits(rng, 9, False)}B{rng.randint(1, 9):02d}"
    if v == "be":
        d = "0" + digits(rng, 9)
        return rng.choice([f"{d[:4]}.{d[4:7]}.{d[7:]}", f"BE {d[:4]}.{d[4:7]}.{d[7:]}", f"BE{d}", d])
    if v == "siren":
        d = digits(rng, 9)
        return f"{d[:3]} {d[3:6]} {d[6:]}"
    if v == "ch":
        return rng.choice(["", "", "SC", "NI"]) + (digits(rng, 8, False) if rng.random() < 0.6 else digits(rng, 6, False))
    if v == "vat_gb":
        d = digits(rng, 9)
        return f"GB {d[:3]} {d[3:7]} {d[7:]}"
    if v == "ein":
        return f"{digits(rng, 2)}-{digits(rng, 7, False)}"
    return digits(rng, 8)


MONTHS = {
    "nl": "jan feb mrt apr mei jun jul aug sep okt nov dec".split(),
    "nl-be": "jan feb maa apr mei jun jul aug sep okt nov dec".split(),
    "fr-be": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.".split(),
    "en-gb": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(),
    "en-us": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(),
}


def neg_value(kind, variant, rng, ctx, loc, pools):
    """Generate a hard-negative value of `kind`."""
    if kind == "date":
        y, m, d = rng.choice([2024, 2025, 2025, 2026]), rng.randint(1, 12), rng.randint(1, 28)
        if variant == "iso":
            return f"{y}-{m:02d}-{d:02d}"
        if loc == "en-us":
            return rng.choice([f"{m}/{d}/{y}", f"{MONTHS[loc][m-1]} {d}", f"{MONTHS[loc][m-1]} {d}, {y}", f"{y}-{m:02d}-{d:02d}"])
        return rng.choice([f"{d}-{m}-{y}", f"{d:02d}/{m:02d}/{y}", f"{d} {MONTHS[loc][m-1]}", f"{d} {MONTHS[loc][m-1]} {y}", f"{y}-{m:02d}-{d:02d}"])
    if kind == "time":
        h, mi = rng.randint(0, 23), rng.randint(0, 59)
        if variant == "log":
            return f"{h:02d}:{mi:02d}:{rng.randint(0, 59):02d}"
        if loc == "en-us":
            return rng.choice([f"{(h % 12) or 12}:{mi:02d} {'AM' if h < 12 else 'PM'}", f"{(h % 12) or 12}:{mi:02d}pm", f"{h:02d}:{mi:02d}"])
        return rng.choice([f"{h:02d}:{mi:02d}", f"{h}.{mi:02d}", f"{h}u{mi:02d}" if loc != "en-gb" else f"{h:02d}:{mi:02d}", f"{h}h{mi:02d}" if loc == "fr-be" else f"{h:02d}:{mi:02d}"])
    if kind == "amount":
        a = rng.choice([4.99, 9.95, 12.1, 19.99, 29, 49.95, 59.4, 120, 249, 7.5, 1499, 89.9, 0.35, 350, 18.15])
        if loc in ("nl", "nl-be", "fr-be"):
            s = f"{a:.2f}".replace(".", ",")
            return rng.choice([f"€ {s}", f"€{s}", f"{s} euro", f"EUR {s}", f"{s} €"])
        if loc == "en-gb":
            return rng.choice([f"£{a:.2f}", f"£{a:g}", f"GBP {a:.2f}", f"€{a:.2f}"])
        return rng.choice([f"${a:.2f}", f"${a:g}", f"USD {a:.2f}", f"{a:.2f} USD"])
    if kind == "quantity" and variant == "dur":
        n = rng.randint(2, 14)
        w = {"nl": ["dagen", "uur", "minuten", "weken"], "nl-be": ["dagen", "uur", "minuten", "weken"],
             "fr-be": ["jours", "heures", "minutes", "semaines"]}.get(loc, ["days", "hours", "minutes", "weeks"])
        return f"{n} {rng.choice(w)}"
    if kind == "quantity" and variant == "tries":
        n = rng.randint(3, 25)
        return f"{n} " + {"nl": "mislukte pogingen", "nl-be": "mislukte pogingen", "fr-be": "tentatives échouées"}.get(loc, "failed attempts")
    if kind == "quantity" and variant == "res":
        return rng.choice([f"{rng.choice([2, 4, 8, 16, 32])} GB", f"{rng.randint(70, 99)} GB", f"{rng.randint(1, 12)} TB", f"{rng.randint(200, 900)} MB"])
    if kind == "quantity" and variant == "ms":
        return rng.choice([f"{rng.randint(100, 30000)}ms", f"{rng.randint(100, 9000)} ms", f"{rng.randint(1, 30)}.{rng.randint(0, 9)}s"])
    if kind == "quantity":
        return rng.choice([f"{rng.choice([2, 4, 8, 16, 32])} GB", f"{rng.choice([1, 2, 4, 8])} vCPU", f"{rng.randint(2, 500)} requests",
                           f"{rng.choice([10, 25, 50, 100, 250])} GB SSD", f"{rng.randint(2, 60)} min", f"{rng.randint(100, 9000)} ms",
                           f"{rng.randint(2, 40)} domeinen" if loc.startswith("nl") else f"{rng.randint(2, 40)} domains",
                           f"{rng.randint(3, 900)} orders", f"{rng.randint(1, 12)} TB"])
    if kind == "percentage":
        return rng.choice([f"{rng.randint(1, 100)}%", f"{rng.randint(90, 99)},{rng.randint(1, 9)}%", "99.9%", f"{rng.randint(1, 100)} %", "100%"])
    if kind == "year":
        return str(rng.choice([2019, 2021, 2022, 2023, 2024, 2025, 2026]))
    if kind == "order_number":
        return rng.choice([f"#{rng.randint(1001, 99999)}", f"{rng.randint(100000, 999999)}", f"WC-{rng.randint(1000, 99999)}",
                           f"SH-{rng.randint(10000, 99999)}", f"ORD-{rng.randint(2024, 2026)}-{rng.randint(1000, 99999)}",
                           f"{rng.randint(2024, 2026)}{rng.randint(100000, 999999)}"])
    if kind == "ticket_number":
        return rng.choice([f"#{rng.randint(100000, 9999999)}", f"{rng.randint(2024, 2026)}{rng.randint(10, 12):02d}{rng.randint(10, 28)}1000{rng.randint(1000, 9999)}",
                           f"INC{rng.randint(1000000, 9999999)}", f"CS-{rng.randint(100000, 999999)}", f"{rng.randint(1000000, 99999999)}",
                           f"SR-{rng.randint(2024, 2026)}-{rng.randint(10000, 999999)}", f"T{rng.randint(100000, 999999)}",
                           f"{rs(rng, string.ascii_uppercase, 3)}-{rng.randint(1000, 99999)}"])
    if kind == "invoice_number":
        return rng.choice([f"INV-{rng.randint(2024, 2026)}-{rng.randint(100, 99999):05d}", f"F{rng.randint(2024, 2026)}-{rng.randint(1, 9999):04d}",
                           f"{rng.randint(2024, 2026)}{rng.randint(100000, 999999)}", f"in_1{rs(rng, ALNUM, 23)}",
                           f"FA{rng.randint(10000000, 99999999)}", f"{rs(rng, string.ascii_uppercase, 4)}-{rng.randint(1000, 9999)}"])
    if kind == "tracking_number":
        return rng.choice(["3S" + rs(rng, string.ascii_uppercase, 4) + digits(rng, 9, False), "1Z" + rs(rng, string.ascii_uppercase + string.digits, 16),
                           "JVGL" + digits(rng, 16, False), "CD" + digits(rng, 9, False) + "BE", digits(rng, 14)])
    if kind == "request_id":
        v = variant or rng.choice(["uuid", "uuid", "req", "cfray", "trace", "evt", "amz", "pi", "ch"])
        if v == "uuid":
            return "-".join(rs(rng, HEX, n) for n in (8, 4, 4, 4, 12))
        if v == "req":
            return "req_" + rs(rng, ALNUM, 14)
        if v == "cfray":
            return rs(rng, HEX, 16) + "-" + rng.choice(["AMS", "BRU", "LHR", "CDG", "FRA", "IAD", "SJC"])
        if v == "trace":
            return rs(rng, HEX, 32)
        if v == "evt":
            return "evt_1" + rs(rng, ALNUM, 23)
        if v == "pi":
            return "pi_3" + rs(rng, ALNUM, 23)
        if v == "ch":
            return "ch_3" + rs(rng, ALNUM, 23)
        if v == "tr":
            return "tr_" + rs(rng, ALNUM, 10)
        if v == "span":
            return rs(rng, HEX, 16)
        return rs(rng, string.ascii_uppercase + string.digits, 16)
    if kind == "error_code":
        v = variant
        if v == "http":
            return rng.choice(["400", "401", "403", "404", "409", "422", "429", "500", "502", "503", "504"])
        if v == "mysql":
            return rng.choice(["1045", "1044", "1698", "2002", "1130"])
        if v == "sql":
            return rng.choice(["SQLSTATE[HY000]", "SQLSTATE[28000]", "SQLSTATE[42S02]", "SQLSTATE[08006]", "SQLSTATE[23000]"])
        return rng.choice(["ERR_SSL_PROTOCOL_ERROR", "ECONNREFUSED", "ETIMEDOUT", "ERR_TOO_MANY_REDIRECTS", "0x80070005",
                           "card_declined", "invalid_request_error", "authentication_error", "E11000", "AccessDenied",
                           "SignatureDoesNotMatch", "NXDOMAIN", "SERVFAIL", "ECONNRESET", "DNS_PROBE_FINISHED_NXDOMAIN",
                           "ERR_NAME_NOT_RESOLVED", "1045", "2002", "CERT_HAS_EXPIRED", "resource_missing", "403 Forbidden",
                           "InvalidClientTokenId", "rate_limit", "Error 1020", "Error 522", "E_NOTICE", "CURLE_OPERATION_TIMEDOUT"])
    if kind == "version_string":
        v = variant
        if v == "php":
            return rng.choice(["7.4.33", "8.1.27", "8.2.14", "8.3.6", "8.0.30"])
        if v == "build":
            return rng.choice([f"{rng.randint(2024, 2026)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}.{rng.randint(1, 9)}", f"{rng.randint(1000, 9999)}", f"{rng.randint(100, 999)}.{rng.randint(0, 99)}"])
        return rng.choice([f"v{rng.randint(1, 5)}.{rng.randint(0, 30)}.{rng.randint(0, 20)}", f"{rng.randint(5, 9)}.{rng.randint(0, 9)}.{rng.randint(0, 9)}",
                           f"{rng.randint(1, 3)}.{rng.randint(0, 40)}.{rng.randint(0, 9)}-rc{rng.randint(1, 3)}", f"{rng.randint(2023, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                           f"{rng.randint(10, 22)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}", f"{rng.randint(1, 4)}.{rng.randint(0, 9)}"])
    if kind == "model_number":
        return rng.choice(pools["model"])
    if kind == "product_code":
        if variant == "sku":
            return rng.choice(["SKU-", "ART-", "P", ""]) + digits(rng, rng.choice([5, 6, 8]))
        return rng.choice(pools["plan"])
    if kind == "flight_number":
        return rng.choice(["KL", "SN", "BA", "UA", "HV", "FR"]) + " " + str(rng.randint(100, 1999))
    if kind == "company_phone":
        return company_phone(rng, loc)
    if kind == "company_registration":
        return company_registration(rng, loc, variant)
    if kind == "url":
        if variant == "shop":
            return rng.choice(["https://", "https://www.", "", "www."]) + ctx.get("_shopdomain", "example-shop.nl") + rng.choice(["", "/checkout", "/wp-admin", "/cart", "/admin"])
        if variant == "domain":
            return ctx.get("_shopdomain", "example-shop.nl")
        if variant == "vendor":
            return ctx.get("_vendor_url", "https://status.example.com")
        if variant == "api":
            return rng.choice(["https://api.stripe.com/v1/payment_intents", "https://api.mollie.com/v2/payments",
                               "https://api.sendgrid.com/v3/mail/send", "https://api.cloudflare.com/client/v4/zones",
                               "https://api.github.com/user/repos", "https://api.digitalocean.com/v2/droplets",
                               "https://api.transip.nl/v6/domains", "https://api.mailgun.net/v3/mg.example.com/messages",
                               "https://api.openai.com/v1/chat/completions", "https://api.twilio.com/2010-04-01/Accounts",
                               "https://checkout-test.adyen.com/v71/payments", "https://api-m.paypal.com/v1/oauth2/token"])
        return rng.choice(["https://status.stripe.com", "https://www.cloudflarestatus.com", "https://status.mollie.com",
                           "https://docs.stripe.com/keys#roll", "https://help.shopify.com/en/manual", "https://github.com/settings/security",
                           "https://status.transip.nl", "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html",
                           "https://www.combell.com/nl/help", "https://help.ovhcloud.com/csm", "https://docs.mollie.com/reference/authentication"])
    if kind == "mention":
        return ctx.get("_handle", "@support")
    if kind == "hashtag":
        return rng.choice(pools["hashtag"])
    if kind == "masked_value":
        v = variant
        if v == "card":
            l4 = ctx.get("_card_last4", digits(rng, 4, False))
            return rng.choice([f"****{l4}", f"**** **** **** {l4}", f"XXXX-XXXX-XXXX-{l4}", f"•••• {l4}", f"*{l4}"])
        if v == "iban":
            return rng.choice([f"NL** **** **** **** {digits(rng, 2, False)}", f"BE** **** **** {digits(rng, 2, False)}{digits(rng, 2, False)}",
                               f"NL**RABO******{digits(rng, 4, False)}", f"****{digits(rng, 4, False)}"])
        if v == "key":
            return rng.choice([f"sk_live_...{rs(rng, ALNUM, 4)}", f"sk_live_****************{rs(rng, ALNUM, 4)}", f"ghp_****{rs(rng, ALNUM, 4)}",
                               f"AKIA************{rs(rng, string.ascii_uppercase, 4)}", f"live_••••••••{rs(rng, ALNUM, 4)}",
                               f"SG.****.****", f"sk-...{rs(rng, ALNUM, 4)}", f"whsec_…{rs(rng, ALNUM, 4)}"])
        if v == "placeholder":
            return rng.choice(["sk_test_xxxxxxxxxxxxxxxxxxxx", "xxxx-xxxx-xxxx", "XXXXXXXXXXXXXXXX", "********", "<redacted>",
                               "[REDACTED]", "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "AKIAXXXXXXXXXXXXXXXX", "••••••••••"])
        return rng.choice([f"****{digits(rng, 4, False)}", f"***-***-{digits(rng, 3, False)}", f"06-****{digits(rng, 4, False)}",
                           f"j***@{rng.choice(['gmail.com', 'telenet.be', 'outlook.com'])}", "••••••"])
    if kind == "meter_reading":
        return f"{rng.randint(1000, 99999)} kWh"
    if kind == "port":
        return str(variant) if variant and variant.isdigit() else str(rng.choice([22, 2222, 21, 3306, 5432, 443, 8080, 8443, 6379, 587, 465, 25, 993, 27017, 9000, 3000]))
    if kind == "checksum":
        v = variant or rng.choice(["git", "git", "gitlong", "sha256", "md5", "fp"])
        if v == "git":
            return rs(rng, HEX, rng.choice([7, 7, 8, 10, 12]))
        if v == "gitlong":
            return rs(rng, HEX, 40)
        if v == "sha256":
            return rs(rng, HEX, 64)
        if v == "md5":
            return rs(rng, HEX, 32)
        if v == "fp":
            return "SHA256:" + rs(rng, string.ascii_letters + string.digits + "+/", 43)
        if v == "fpmd5":
            return ":".join(rs(rng, HEX, 2) for _ in range(16))
    raise KeyError((kind, variant))


NEG_KINDS = {"date", "time", "amount", "quantity", "percentage", "year", "order_number", "ticket_number", "invoice_number",
             "tracking_number", "request_id", "error_code", "version_string", "model_number", "product_code",
             "flight_number", "company_phone", "company_registration", "url", "mention", "hashtag", "masked_value",
             "meter_reading", "port", "checksum"}

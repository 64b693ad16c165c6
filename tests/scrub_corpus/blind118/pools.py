"""Filler pools (dealt alternately to dev/heldout by the generator)."""

FIRST = {
    "nl": ["Sanne", "Daan", "Fleur", "Joris", "Anouk", "Bram", "Ilse", "Thijs", "Marloes", "Ruud", "Yara", "Koen", "Esmée", "Wouter", "Femke", "Mehmet"],
    "nl-be": ["Lotte", "Wout", "Ine", "Jens", "Griet", "Pieter-Jan", "Elke", "Sander", "Hanne", "Dries", "Nele", "Bart", "Jolien", "Stijn"],
    "fr-be": ["Camille", "Julien", "Amélie", "Maxime", "Chloé", "Nicolas", "Manon", "Thibault", "Élodie", "Quentin", "Aurélie", "Sébastien", "Lucie", "Karim"],
    "en-gb": ["Oliver", "Amelia", "Harry", "Isla", "George", "Poppy", "Jack", "Freya", "Alfie", "Imogen", "Rhys", "Siobhan", "Callum", "Priya"],
    "en-us": ["Tyler", "Madison", "Brandon", "Kayla", "Jordan", "Ashley", "Marcus", "Brianna", "Cody", "Jasmine", "Dylan", "Megan", "Andre", "Leah"],
}
LAST = {
    "nl": ["de Vries", "Jansen", "van Dijk", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Yilmaz", "Dekker"],
    "nl-be": ["Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens", "Wouters", "De Smet", "Vermeulen", "Van den Broeck", "Hermans", "Dewilde"],
    "fr-be": ["Dubois", "Lambert", "Dupont", "Martin", "Leclercq", "Renard", "Simon", "Laurent", "Lejeune", "Dumont", "Fontaine", "Collignon", "Delhaye", "Benali"],
    "en-gb": ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Evans", "Thomas", "Roberts", "Walker", "Hughes", "Patel", "O'Brien", "Clarke"],
    "en-us": ["Johnson", "Miller", "Davis", "Garcia", "Rodriguez", "Martinez", "Anderson", "Thompson", "Moore", "Jackson", "White", "Harris", "Nguyen", "Lee"],
}
CITY = {
    "nl": ["Amersfoort", "Delft", "Breda", "Zwolle", "Arnhem", "Alkmaar", "Den Bosch", "Hoorn"],
    "nl-be": ["Gent", "Leuven", "Brugge", "Mechelen", "Hasselt", "Genk", "Oostende", "Lier"],
    "fr-be": ["Liège", "Namur", "Mons", "Charleroi", "Wavre", "Arlon", "Verviers", "Huy"],
    "en-gb": ["Leeds", "Bristol", "Sheffield", "Exeter", "Bath", "Durham", "Swansea", "Reading"],
    "en-us": ["Chicago", "Seattle", "Atlanta", "Phoenix", "Tampa", "Omaha", "Buffalo", "Tucson"],
}
# fictional organisations per sector; (display name, handle, domain)
BRANDS = {
    "charity": [("Stichting Waterput", "waterput", "waterput.org"), ("KinderKans Fonds", "kinderkans", "kinderkans.nl"),
                ("Hart voor Dieren", "hartvoordieren", "hartvoordieren.be"), ("Open Hands Trust", "openhandstrust", "openhands.org.uk"),
                ("GeefSamen", "geefsamen", "geefsamen.nl"), ("Solidarité Plus", "solidariteplus", "solidariteplus.be"),
                ("BrightFund", "brightfund", "brightfund.org"), ("Voedselbank Regio Oost", "vbregiooost", "vb-oost.nl")],
    "print": [("FotoFabriek", "fotofabriek", "fotofabriek.nl"), ("PrintPiraat", "printpiraat", "printpiraat.be"),
              ("Snapbook", "snapbook", "snapbook.co.uk"), ("Drukhuis Noord", "drukhuisnoord", "drukhuis-noord.nl"),
              ("Photomatic", "photomatic", "photomatic.com"), ("ImpriMons", "imprimons", "imprimons.be"),
              ("CanvasKoning", "canvaskoning", "canvaskoning.nl"), ("PrintNest", "printnest", "printnest.co.uk")],
    "msp": [("NetBeheer IT", "netbeheerit", "netbeheer-it.nl"), ("Cloudwacht", "cloudwacht", "cloudwacht.be"),
            ("Bytewise Managed Services", "bytewise_ms", "bytewise.co.uk"), ("ITsjef", "itsjef", "itsjef.nl"),
            ("HelpDesk Direct", "helpdeskdirect", "helpdeskdirect.com"), ("Informatique Sereine", "infosereine", "sereine.be"),
            ("Serverkamer BV", "serverkamer", "serverkamer.nl"), ("Patchworks IT", "patchworksit", "patchworks.io")],
    "estate": [("Van Dam Makelaardij", "vandammakelaars", "vandam-makelaardij.nl"), ("Immo Schelde", "immoschelde", "immoschelde.be"),
               ("Hartley Lettings", "hartleylets", "hartleylettings.co.uk"), ("Woonwijzer Verhuur", "woonwijzer", "woonwijzer.nl"),
               ("Keystone Realty", "keystonerealty", "keystonerealty.com"), ("Immobilière du Parc", "immoduparc", "immoduparc.be"),
               ("Kamerhuur24", "kamerhuur24", "kamerhuur24.nl"), ("Northgate Estates", "northgate_est", "northgate-estates.co.uk")],
    "recruit": [("FlexWerk Uitzendbureau", "flexwerk", "flexwerk.nl"), ("Interim Vlaanderen", "interimvl", "interimvlaanderen.be"),
                ("StaffRight", "staffright", "staffright.co.uk"), ("Uitzendkracht", "uitzendkracht", "uitzendkracht.nl"),
                ("TempForce", "tempforce", "tempforce.com"), ("Intérim Express", "interimexpress", "interim-express.be"),
                ("Talentbrug", "talentbrug", "talentbrug.nl"), ("Harbour Recruitment", "harbourrec", "harbourrecruitment.co.uk")],
    "library": [("Bibliotheek Rivierenland", "bibrivierenland", "bibliotheekrivierenland.nl"), ("Museumpas Vlaanderen", "museumpasvl", "museumpas-vl.be"),
                ("City Libraries", "citylibs", "citylibraries.org.uk"), ("Museumkaart+", "museumkaartplus", "museumkaartplus.nl"),
                ("Metro Public Library", "metrolibrary", "metrolibrary.org"), ("Bibliothèque Namuroise", "bibnamur", "bibnamur.be"),
                ("OpenBieb", "openbieb", "openbieb.nl"), ("Heritage Pass", "heritagepass", "heritagepass.co.uk")],
}
SECTORS = list(BRANDS)

HASHTAGS = {
    "charity": ["#doneren", "#goededoel", "#charity", "#giftaid", "#ANBI", "#donation", "#vrijwilligers", "#dons"],
    "print": ["#fotoboek", "#printfail", "#canvas", "#photobook", "#drukwerk", "#klantenservice", "#tirage", "#prints"],
    "msp": ["#ITsupport", "#storing", "#outage", "#helpdesk", "#Office365", "#panne", "#cybersecurity", "#MSP"],
    "estate": ["#huurwoning", "#lettings", "#verhuur", "#woningnood", "#location", "#renting", "#kot", "#makelaar"],
    "recruit": ["#uitzendwerk", "#vacature", "#jobs", "#interim", "#payroll", "#loonstrook", "#recruitment", "#werk"],
    "library": ["#bibliotheek", "#museumkaart", "#library", "#museumpas", "#lezen", "#bibliothèque", "#museum", "#boeken"],
}
GEN_HASHTAGS = ["#fail", "#klantonvriendelijk", "#help", "#nietblij", "#service", "#jamaarserieus", "#ugh", "#merci"]

URL_PATHS = ["/mijn-account", "/help/inloggen", "/contact", "/faq/wachtwoord", "/account/reset", "/privacy", "/status",
             "/support/ticket", "/nl/klantenservice", "/fr/aide", "/en/help", "/donate", "/bestellingen", "/verhuur/aanbod"]

SSID = ["Ziggo5G-4821", "KPN-Thuis", "telenet-7F3A2", "VOO-ABCD12", "BTHub6-XK2P", "NETGEAR47", "Kantoor_Gast", "FRITZ!Box 7590 QX",
        "Proximus-Home-1F2E", "Linksys00231", "OfficeNet-5G", "Bibliotheek_Gast", "xfinitywifi", "SKY4D2E1"]

AGENTS = {
    "nl": ["Marieke", "Tom", "Sevda", "Jeroen", "Linda", "Niels", "Roos", "Erik"],
    "nl-be": ["Katrien", "Jonas", "An", "Tim", "Sofie", "Koen", "Leen", "Arne"],
    "fr-be": ["Sophie", "Olivier", "Nathalie", "Antoine", "Laura", "Benoît", "Inès", "Mathieu"],
    "en-gb": ["Hannah", "James", "Chloe", "Ben", "Sophie", "Liam", "Grace", "Tom"],
    "en-us": ["Jessica", "Mike", "Ashley", "Chris", "Sam", "Taylor", "Nicole", "Ryan"],
}
INITIALS = ["^MK", "^TD", "/SV", "-JR", "^LB", "~NK", "^RO", "/EV", "^KP", "-AB", "^ST", "/HW"]

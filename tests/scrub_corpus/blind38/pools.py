"""Names, streets, cities and organisations. Every list is dealt alternately to the two halves."""
from core import digs

FAM = {"nl": "nl", "nl-be": "vl", "fr-be": "fr", "en-gb": "gb", "en-us": "us"}

FIRST = {
    "nl": "Sanne Daan Femke Joost Lieke Bram Marloes Thijs Inge Ruben Willemijn Gert Anouk Kees Ilse Mehmet Fatima Sjoerd Nienke Henk Ria Yusuf Esther Wouter".split(),
    "vl": "Lotte Wout Elke Pieter Sofie Jens Griet Koen Ine Stijn Hilde Bart Annelies Tom Nele Dirk Lien Arne Jolien Luc".split(),
    "fr": "Camille Maxime Aurélie Julien Nathalie Olivier Manon Thibault Sophie Grégory Chloé Benoît Élodie François Amélie Nicolas Inès Didier Laetitia Karim".split(),
    "gb": "Emma Oliver Charlotte Harry Sophie George Amelia Jack Hannah Callum Priya Rhys Niamh Liam Fiona Alistair Zara Gareth Molly Declan".split(),
    "us": "Ashley Tyler Jessica Brandon Megan Kevin Brittany Marcus Latoya Dylan Maria Jose Heather Cody Tiffany Derek Aaliyah Hunter Carmen Travis".split(),
}
LAST = {
    "nl": "de Vries|Jansen|van den Berg|Bakker|Visser|Smit|Meijer|de Boer|Mulder|de Groot|Bos|Vos|Peters|Hendriks|van Leeuwen|Dekker|Brouwer|de Wit|Dijkstra|Yilmaz|El Amrani|Kok|Schouten|van Dijk".split("|"),
    "vl": "Peeters|Janssens|Maes|Jacobs|Mertens|Willems|Claes|Goossens|Wouters|De Smet|Vermeulen|Van Damme|Pauwels|Hermans|Aerts|Declercq|Verstraeten|Cools|Segers|Lambrechts".split("|"),
    "fr": "Dubois|Lambert|Dupont|Martin|Simon|Laurent|Leclercq|Renard|Lejeune|Masson|Collard|Hubert|Denis|Lemaire|Fontaine|Gilson|Mathieu|Delvaux|Charlier|Benali".split("|"),
    "gb": "Smith|Jones|Taylor|Brown|Williams|Wilson|Evans|Thomas|Roberts|Walker|Wright|Hughes|Patel|Khan|MacDonald|O'Neill|Davies|Clarke|Hall|Morgan".split("|"),
    "us": "Johnson|Garcia|Miller|Davis|Rodriguez|Martinez|Anderson|Jackson|Thompson|White|Harris|Lewis|Robinson|Walker|Young|Allen|Nguyen|Hill|Ramirez|Scott".split("|"),
}
STREETS = {
    "nl": "Kerkstraat|Dorpsstraat|Molenweg|Lindenlaan|Stationsweg|Julianastraat|Beukenlaan|Prinses Irenestraat|Schoolstraat|Wilhelminapark|Vondellaan|Graaf Florisstraat|Hoogstraat|Zuiderdiep|Spoorsingel|Eikenhof".split("|"),
    "vl": "Kerkstraat|Stationsstraat|Dorpsstraat|Nieuwstraat|Molenstraat|Kapelstraat|Veldstraat|Sint-Pietersnieuwstraat|Brugsesteenweg|Lindelei|Kortrijksesteenweg|Meir".split("|"),
    "fr": "Rue de la Station|Rue de l'Église|Avenue Louise|Chaussée de Waterloo|Rue du Moulin|Rue des Écoles|Place Saint-Lambert|Rue Haute|Boulevard d'Avroy|Rue de Namur|Avenue des Tilleuls|Rue Royale".split("|"),
    "gb": "Mill Lane|Church Road|Station Road|Victoria Street|Park Avenue|Queens Road|Manor Close|High Street|Elm Grove|Kingsway|Albert Terrace|Orchard Way".split("|"),
    "us": "Oak Street|Maple Avenue|Elm Drive|Washington Blvd|Lakeview Road|Cedar Lane|Pine Street|Sunset Drive|Main Street|Hillcrest Ave|Park Place|Jefferson St".split("|"),
}
CITIES = {
    "nl": [("3511", "Utrecht"), ("9711", "Groningen"), ("5611", "Eindhoven"), ("2011", "Haarlem"), ("6811", "Arnhem"), ("8011", "Zwolle"), ("4811", "Breda"), ("1506", "Zaandam"), ("7511", "Enschede"), ("2311", "Leiden"), ("6211", "Maastricht"), ("3011", "Rotterdam")],
    "vl": [("9000", "Gent"), ("2000", "Antwerpen"), ("3000", "Leuven"), ("8000", "Brugge"), ("2800", "Mechelen"), ("3500", "Hasselt"), ("8500", "Kortrijk"), ("9300", "Aalst")],
    "fr": [("4000", "Liège"), ("5000", "Namur"), ("1000", "Bruxelles"), ("6000", "Charleroi"), ("7000", "Mons"), ("1300", "Wavre"), ("1348", "Louvain-la-Neuve"), ("4800", "Verviers")],
    "gb": [("LS6", "Leeds"), ("M14", "Manchester"), ("BS7", "Bristol"), ("B29", "Birmingham"), ("EH6", "Edinburgh"), ("CF24", "Cardiff"), ("NG7", "Nottingham"), ("S10", "Sheffield")],
    "us": [("OH", "Columbus"), ("IL", "Chicago"), ("OR", "Portland"), ("TX", "Austin"), ("NC", "Raleigh"), ("AZ", "Phoenix"), ("WA", "Tacoma"), ("GA", "Atlanta")],
}
ORG = {
    "muni": {"nl": ["Gemeente Zaanstad", "Gemeente Amersfoort", "Gemeente Leeuwarden", "Gemeente Tilburg", "Gemeente Deventer", "Gemeente Delft"],
             "vl": ["Stad Gent", "Stad Mechelen", "Gemeente Zottegem", "Stad Leuven", "Stad Hasselt", "Gemeente Lier"],
             "fr": ["la commune d'Ottignies", "la Ville de Namur", "la commune de Seraing", "la Ville de Liège", "la commune d'Ixelles", "la Ville de Mons"],
             "gb": ["Leeds City Council", "Bristol City Council", "Kirklees Council", "Cardiff Council", "Fife Council", "Norfolk County Council"],
             "us": ["the City of Columbus", "Travis County", "the City of Tacoma", "Wake County", "Maricopa County", "the City of Dayton"]},
    "ins": {"nl": ["ZorgVast", "Helder Zorgverzekeringen", "Noordzorg", "Zorgpunt Verzekeringen", "De Kring Zorg", "Polderzorg"],
            "vl": ["Mutualiteit De Linde", "Ziekenfonds Zorgsaam", "Partena-Zorg", "Mutualiteit Helder", "Ziekenfonds Kompas", "Mutualiteit Samenzorg"],
            "fr": ["la Mutualité Solidaris-Sud", "la Mutuelle Horizon", "Mutualité Le Lien", "la Mutuelle Clairval", "Mutualité Entraide", "la Mutuelle Ardenne"],
            "gb": ["Brightcover Health", "Albion Medical Insurance", "Northgate Health", "WellPlan UK", "Thistle Health", "Kestrel Cover"],
            "us": ["BlueRidge Health Plan", "Summit Care Insurance", "Lakeshore Health", "Pioneer Medical Plan", "Cascade HealthPartners", "Sunbelt Health"]},
    "pens": {"nl": ["Pensioenfonds Bouwkracht", "PensioenZeker", "Pensioenfonds Zorgwerk", "Stichting Metaalpensioen", "Pensioenfonds Horizon", "Pensioenfonds Onderwijsplus"],
             "vl": ["Pensioenfonds Vlaanderen Vast", "de Pensioendienst", "Groepsverzekering Alto", "Pensioenkas Schelde"],
             "fr": ["le Service des Pensions", "la Caisse Pension Wallonne", "Fonds de pension Meuse", "l'assurance groupe Vitalis"],
             "gb": ["the Teachers' Pension Fund", "Northway Pension Scheme", "the Civic Workers Pension Plan", "Harbour Pensions"],
             "us": ["the State Retirement System", "Keystone 401(k) Services", "the County Employees Retirement Fund", "Redwood Retirement"]},
    "uni": {"nl": ["Hogeschool Rijnland", "Universiteit Twente-Noord", "Hogeschool de Kempen", "Universiteit Zuiderzee", "Hogeschool Amstelland", "Universiteit Vechtdal"],
            "vl": ["Hogeschool Scheldeland", "KU Kempen", "Universiteit Leie", "Hogeschool Artevelde-Noord"],
            "fr": ["l'Université de Meuse", "la Haute École Condorcet-Nord", "l'Université Saint-Hubert", "la HE Lambert"],
            "gb": ["Northfield University", "the University of Avonmouth", "Pennine College", "Kingsbridge University"],
            "us": ["Lakeside State University", "Midvale Community College", "Hartwell University", "Sierra Tech"]},
    "hous": {"nl": ["Woonstichting Ons Dak", "Woningcorporatie Thuisbaas", "Stadswonen Noord", "Woonbron Vecht", "Wooncorporatie Eigenhaard-Zuid", "Woonpartners Rivierland"],
             "vl": ["Woonmaatschappij Leiedal", "Sociaal Wonen Schelde", "Huisvesting Kempenland", "Woonpunt Dender"],
             "fr": ["la société de logement Le Foyer Mosan", "Logis Social Hainaut", "la SLSP Habitat Sud", "Le Toit Namurois"],
             "gb": ["Riverside Homes", "Pennine Housing Trust", "Calder Valley Homes", "Harbourside Housing Association"],
             "us": ["Metro Housing Authority", "Oakwood Property Management", "the County Housing Authority", "Greenline Apartments"]},
    "util": {"nl": ["Energie Noord", "Waterbedrijf Vallei", "Stroomlijn Energie", "Vitens-Zuid Water", "GroenGas Direct", "NetWarmte"],
             "vl": ["EnergieKompas", "Watergroep Schelde", "Vonk Energie", "Fluvius-Oost"],
             "fr": ["Énergie Wallonie Plus", "la SWDE Sud", "Lumina Énergie", "Gaz Meuse"],
             "gb": ["Northern Spark Energy", "Dalesway Water", "Brightwatt Energy", "Severnside Water"],
             "us": ["Lakeshore Power & Light", "Metro Water Utility", "Pioneer Gas", "Sunridge Electric"]},
    "coll": {"nl": ["Incassobureau Vermeer & Co", "Gerechtsdeurwaarder Stam", "IncassoDirect Nederland", "Deurwaarderskantoor Hoekstra"],
             "vl": ["Incassobureau Credix", "gerechtsdeurwaarder Van Acker", "Invorderingsdienst Dender", "Incasso Vlaanderen"],
             "fr": ["l'huissier Maître Closset", "le bureau de recouvrement Recoval", "Intrum-Sud Recouvrement", "l'étude Deprez"],
             "gb": ["Lowmoor Debt Recovery", "Stanton Collections", "Marlow Enforcement", "Redfern Credit Services"],
             "us": ["Midwest Recovery Group", "Allied Account Services", "Granite Collections", "National Credit Partners"]},
    "tax": {"nl": ["de Belastingdienst", "Dienst Toeslagen", "het UWV", "de SVB", "DUO", "het CAK"],
            "vl": ["Myminfin", "de FOD Financiën", "de RVA", "Kind en Gezin", "de VDAB", "het Groeipakket"],
            "fr": ["le SPF Finances", "l'ONEM", "le Forem", "Famiwal", "l'INAMI", "la CAPAC"],
            "gb": ["HMRC", "the DWP", "Student Finance", "the DVLA", "Universal Credit", "the Child Maintenance Service"],
            "us": ["the IRS", "Social Security", "the DMV", "FAFSA", "Medicaid", "the state unemployment office"]},
    "isp": {"nl": ["GlasNet", "Veldnet Internet", "SnelNet", "Kabelnoord"], "vl": ["Telenet-Plus", "Glasvezel Vlaanderen", "Netwerk Oost", "KabelWest"],
            "fr": ["VOO-Net", "Fibre Wallonne", "Connectia", "Ondes Sud"], "gb": ["Northband", "FibreLine UK", "SkyWire Home", "Pennine Broadband"],
            "us": ["Lakeshore Fiber", "MetroNet Cable", "Prairie Broadband", "CoastLink"]},
    "idapp": {"nl": ["DigiD", "MijnOverheid"], "vl": ["itsme", "CSAM"], "fr": ["itsme", "CSAM"], "gb": ["Government Gateway", "GOV.UK One Login"], "us": ["Login.gov", "ID.me"]},
}
KIDS = {"nl": "Noah Julia Finn Emma Sem Tess Levi Mila Luuk Saar".split(), "vl": "Lars Fien Mats Ella Vic Noor Rune Lore".split(),
        "fr": "Lucas Léa Hugo Zoé Nathan Jade Louis Alice".split(), "gb": "Alfie Isla Freddie Poppy Archie Ruby Theo Evie".split(),
        "us": "Mason Ava Logan Chloe Carter Madison Wyatt Harper".split()}
SSID = ["Ziggo-5G-7731", "FRITZ!Box 7590 KQ", "VanDijkThuis", "telenet-ABCD12", "Livebox-8F2A", "BTHub6-9XQK", "NETGEAR42", "thuis_netwerk", "Proximus-Home-1F3C", "Spectrum-2G-44", "H369A_B1C2", "Famille_Dubois"]
AGENTS = {"nl": ["Marieke van Es", "Tim Koster", "Leonie Prins", "Ahmed Benali"], "vl": ["Katrien Buys", "Jonas Vlaeminck", "Ellen Roels", "Sven Dierckx"],
          "fr": ["Céline Piron", "Marc Dethier", "Sarah Jacquet", "Yannick Lemoine"], "gb": ["Becky Shaw", "Tom Kerr", "Anika Bose", "Craig Dunn"],
          "us": ["Jenna Ross", "Mike Delgado", "Tasha Greene", "Ryan Cho"]}


class Pools:
    def __init__(self, half):
        self.half = half

    def _h(self, lst):
        return lst[self.half::2]

    def person(self, r, lang):
        f = FAM[lang]
        return r.choice(self._h(FIRST[f])), r.choice(self._h(LAST[f]))

    def fill(self, r, lang, name):
        f = FAM[lang]
        if name in ORG:
            return r.choice(self._h(ORG[name][f]))
        if name == "kid":
            return r.choice(self._h(KIDS[f]))
        if name == "ssid":
            return r.choice(self._h(SSID))
        if name == "agent":
            return r.choice(self._h(AGENTS[f]))
        if name == "ini":
            return r.choice(self._h(["MvE", "TK", "LP", "AB", "KB", "JV", "ER", "SD", "CP", "MD"]))
        if name == "city":
            return r.choice(self._h(CITIES[f]))[1]
        if name == "other":
            return r.choice(self._h(FIRST[f])) + " " + r.choice(self._h(LAST[f]))
        raise KeyError(name)

    def address(self, r, lang, fmt=None):
        f = FAM[lang]
        st = r.choice(self._h(STREETS[f]))
        pc, city = r.choice(self._h(CITIES[f]))
        n = str(r.randint(1, 180))
        sep = "\n" if fmt == "multi" else r.choice([", ", ", ", " "])
        if f == "nl":
            num = n + r.choice(["", "", "", "a", "-2", " bis", "-III"])
            code = pc + r.choice([" ", ""]) + r.choice(["AB", "KL", "XT", "GE", "PR", "CJ", "ZW", "BN"])
            if fmt == "short":
                return st + " " + num
            return st + " " + num + sep + code + " " + r.choice([city, city, city.upper()])
        if f in ("vl", "fr"):
            bus = r.choice(["", "", " bus " + str(r.randint(1, 12)), "/" + str(r.randint(1, 5))]) if f == "vl" else r.choice(["", "", " bte " + str(r.randint(1, 12)), "/00" + str(r.randint(1, 5))])
            if f == "fr":
                if fmt == "short":
                    return st + " " + n + bus
                return st + " " + n + bus + sep + pc + " " + city
            if fmt == "short":
                return st + " " + n + bus
            return st + " " + n + bus + sep + pc + " " + city
        if f == "gb":
            tail = str(r.randint(1, 9)) + r.choice(["AB", "QT", "HX", "LN", "DW", "EP"])
            flat = r.choice(["", "", "Flat " + str(r.randint(1, 20)) + ", "])
            if fmt == "short":
                return flat + n + " " + st
            return flat + n + " " + st + sep + city + " " + pc + " " + tail
        apt = r.choice(["", "", ", Apt " + str(r.randint(1, 30)) + r.choice(["", "B", "C"]), " #" + str(r.randint(100, 999))])
        if fmt == "short":
            return str(r.randint(100, 9999)) + " " + st + apt
        return str(r.randint(100, 9999)) + " " + st + apt + sep + city + ", " + pc + " " + digs(r, 5)

MENTIONS = {"nl": ["@gemeente_help", "@ZorgVast_webcare", "@PensioenInfo", "@Stadsloket", "@woonhulp_nl", "@EnergieNoord_help", "@IncassoDirectNL", "@Toeslagen_Info"],
            "vl": ["@StadGentInfo", "@ZiekenfondsHulp", "@VonkEnergie", "@Woonpunt_Dender", "@LeuvenLoket", "@Groeipakket_vl"],
            "fr": ["@CommuneInfo", "@Mutua_Aide", "@LuminaEnergie", "@LogisSocialHT", "@VilleDeNamur", "@Forem_aide"],
            "gb": ["@CouncilHelp", "@AskHousingUK", "@BrightwattHelp", "@StudentFinHelp", "@DaleswayWater", "@NorthbandCares"],
            "us": ["@StateBenefitsHelp", "@MetroWaterHelp", "@LakeshoreCares", "@CountyHousing", "@SummitCareHelp", "@DMV_Answers"]}
HASHTAGS = {"nl": ["#toeslagen", "#zorgverzekering", "#klantenservice", "#gemeente", "#huurverhoging", "#wachtrij", "#pensioen", "#studiefinanciering", "#faalhaas", "#incasso"],
            "vl": ["#ziekenfonds", "#energiefactuur", "#sociaalwonen", "#klantendienst", "#wachten", "#indexering"],
            "fr": ["#mutualité", "#loyer", "#administration", "#serviceclient", "#énergie", "#ras_le_bol"],
            "gb": ["#councilTax", "#customerservice", "#bureaucracy", "#renters", "#NHS", "#energybills"],
            "us": ["#customerservice", "#paperwork", "#healthinsurance", "#rentersrights", "#fail", "#bureaucracy"]}


def _social(self, r, lang, kind):
    src = MENTIONS if kind == "mention" else HASHTAGS
    return r.choice(self._h(src[FAM[lang]]))


Pools.social = _social

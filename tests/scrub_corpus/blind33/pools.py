"""Name, street, city and brand pools. Every list is dealt alternately to dev (even index) and heldout (odd index)."""

FIRST = {
    "nl": ["Truus", "Henk", "Gerda", "Kees", "Annie", "Wim", "Ria", "Joop", "Marleen", "Bert", "Corrie", "Sjaak", "Ineke", "Gerrit",
           "Els", "Frits", "Jannie", "Piet", "Willemien", "Theo", "Dineke", "Arie", "Hennie", "Rob"],
    "nl-be": ["Jozef", "Maria", "Rik", "Godelieve", "Luc", "Mieke", "Walter", "Lieve", "Etienne", "Rita", "Marc", "Hilde", "Staf",
              "Agnes", "Frans", "Chris", "Roger", "Jeanine", "Dirk", "Paula"],
    "fr-be": ["Jacqueline", "Michel", "Monique", "André", "Josiane", "Jean-Pierre", "Nicole", "Guy", "Francine", "Daniel", "Ghislaine",
              "Philippe", "Marie-Claire", "Serge", "Denise", "Claude", "Yvette", "Alain", "Bernadette", "Pierre"],
    "en-gb": ["Margaret", "Brian", "Pauline", "Derek", "Sheila", "Graham", "Jean", "Trevor", "Maureen", "Keith", "Brenda", "Colin",
              "Valerie", "Malcolm", "Doreen", "Roy", "Glenys", "Nigel", "Hazel", "Clive"],
    "en-us": ["Dolores", "Earl", "Betty", "Harold", "Judy", "Walt", "Carol", "Gene", "Linda", "Ray", "Shirley", "Dale", "Peggy", "Lyle",
              "Bonnie", "Chuck", "Marlene", "Vern", "Gloria", "Frank"],
}
LAST = {
    "nl": ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "Mulder", "de Boer", "Bos", "Vos", "Dekker", "Brouwer",
           "van Dijk", "Hendriks", "Kok", "Verbeek", "Post", "Kuipers", "van Leeuwen", "Schouten"],
    "nl-be": ["Peeters", "Janssens", "Maes", "Claes", "Wouters", "Goossens", "Mertens", "Willems", "De Smet", "Vermeulen", "Jacobs",
              "Van Damme", "Lambrechts", "Hermans", "Dewulf", "Verhoeven"],
    "fr-be": ["Dubois", "Lambert", "Dupont", "Martin", "Lejeune", "Renard", "Leclercq", "Simon", "Laurent", "Mathieu", "Collard",
              "Gilson", "Hubert", "Lemaire", "Denis", "Gérard"],
    "en-gb": ["Thompson", "Hughes", "Roberts", "Walker", "Wright", "Edwards", "Turner", "Harris", "Cooper", "Clarke", "Bennett",
              "Morris", "Price", "Ward", "Hall", "Shaw"],
    "en-us": ["Kowalski", "Johnson", "Miller", "Anderson", "Jackson", "Peterson", "Hoffman", "Reyes", "Sullivan", "Brooks",
              "Schultz", "Murphy", "Gonzalez", "Baker", "Olson", "Fischer"],
}
STREETS = {
    "nl": ["Lindelaan", "Kerkstraat", "Dorpsstraat", "Beukenlaan", "Molenweg", "Julianastraat", "Prins Hendrikkade", "Eikenlaan",
           "Vondelstraat", "Schoolstraat", "Wilhelminaplein", "Populierenstraat", "Zonnebloemweg", "Van Goghlaan", "Kastanjelaan",
           "Irenestraat", "Merelstraat", "Brinkweg", "Hoogstraat", "Nieuwe Gracht"],
    "nl-be": ["Kerkhofstraat", "Stationsstraat", "Kapelstraat", "Molenstraat", "Beekstraat", "Veldstraat", "Sint-Jansstraat",
              "Lindenlaan", "Groenstraat", "Dorpsplein", "Nieuwstraat", "Kouter", "Meersstraat", "Boomgaardstraat"],
    "fr-be": ["Rue de la Station", "Rue des Alliés", "Avenue Louise", "Rue Haute", "Chaussée de Bruxelles", "Rue du Moulin",
              "Rue de l'Église", "Avenue des Tilleuls", "Rue Saint-Gilles", "Place communale", "Rue des Écoles", "Chemin du Bois",
              "Rue de Namur", "Avenue Albert Ier"],
    "en-gb": ["Orchard Close", "Station Road", "Church Lane", "Victoria Street", "Meadow Way", "The Crescent", "Mill Lane",
              "Park Avenue", "Elm Grove", "Kings Road", "Windsor Drive", "High Street", "Rectory Gardens", "Beech Court"],
    "en-us": ["Maple Ave", "Oak Street", "Elm Drive", "Lincoln Blvd", "Cedar Lane", "W Main St", "Sunset Dr", "Pine Ridge Rd",
              "Washington Ave", "Lakeview Ct", "Jefferson St", "Birch Hollow Ln", "Park Pl", "Hillcrest Rd"],
}
CITIES = {
    "nl": ["Doorn", "Apeldoorn", "Zwolle", "Hoorn", "Amersfoort", "Leeuwarden", "Gouda", "Venlo", "Emmen", "Delft", "Assen",
           "Roermond", "Zutphen", "Schiedam", "Deventer", "Heerlen"],
    "nl-be": ["Gent", "Aalst", "Hasselt", "Brugge", "Mechelen", "Kortrijk", "Lier", "Geel", "Roeselare", "Tienen", "Ninove", "Turnhout"],
    "fr-be": ["Liège", "Namur", "Charleroi", "Mons", "Wavre", "Verviers", "Tournai", "Arlon", "Huy", "Nivelles", "Forest", "Spa"],
    "en-gb": ["Reading", "Leeds", "Swindon", "Norwich", "Bolton", "Exeter", "Derby", "Worthing", "Stockport", "Chester", "Luton", "Hull"],
    "en-us": ["Springfield", "Dayton", "Scranton", "Tucson", "Green Bay", "Toledo", "Akron", "Lansing", "Boise", "Tulsa", "Peoria", "Erie"],
}
# brands per language family and sector: (name, handle, url, company phone)
BRANDS = {
    "nl": {
        "energy": [("Eneco", "eneco", "https://www.eneco.nl/mijn-eneco", "088 895 5000"), ("Vattenfall", "VattenfallNL", "https://www.vattenfall.nl/service/mijn-vattenfall/", "088 363 6363"),
                   ("Essent", "Essent", "https://www.essent.nl/mijn-essent", "088 851 0000"), ("Greenchoice", "greenchoice", "https://mijn.greenchoice.nl", "010 478 2326"),
                   ("Budget Energie", "BudgetEnergie", "www.budgetenergie.nl/inloggen", "072 527 8000"), ("Oxxio", "Oxxio_NL", "oxxio.nl/mijnoxxio", "088 027 7000")],
        "water": [("Vitens", "Vitens", "https://www.vitens.nl/mijnvitens", "0800 0359"), ("Evides", "Evides", "www.evides.nl/mijn-evides", "0800 0231"),
                  ("Waternet", "waternet", "https://www.waternet.nl/mijn-waternet", "0900 9394"), ("Brabant Water", "brabantwater", "brabantwater.nl/mijn", "073 683 8838")],
        "health": [("Zilveren Kruis", "zilverenkruis", "https://www.zilverenkruis.nl/consumenten/mijn", "071 751 0052"), ("CZ", "CZ_Zorgverzekeraar", "https://www.cz.nl/mijncz", "013 594 9000"),
                   ("VGZ", "VGZ", "www.vgz.nl/mijn-vgz", "040 297 5000"), ("Menzis", "Menzis", "https://www.menzis.nl/mijnmenzis", "088 222 4040"),
                   ("DSW", "DSWzorg", "dsw.nl/mijn-dsw", "010 246 6466"), ("ONVZ", "ONVZ", "https://www.onvz.nl/mijnonvz", "030 639 6222")],
        "portal": [("MijnGezondheid.net", "mijngezondheid", "https://www.mijngezondheid.net", "085 303 1030"), ("Uw Zorg online", "uwzorgonline", "www.uwzorgonline.nl", "088 001 8800"),
                   ("Mijn Radboud", "radboudumc", "https://mijn.radboudumc.nl", "024 361 1111"), ("MijnUMCG", "umcg", "https://mijn.umcg.nl", "050 361 6161")],
        "gov": [("DigiD", "DigiD", "https://www.digid.nl/inloggen", "088 123 6555"), ("Mijn Belastingdienst", "Belastingdienst", "https://mijn.belastingdienst.nl", "0800 0543"),
                ("MijnOverheid", "mijnoverheid", "https://mijn.overheid.nl", "0800 8051"), ("de gemeente Zwolle", "gemeentezwolle", "www.zwolle.nl/loket", "14 038"),
                ("DUO", "DUO_Nieuws", "https://mijn.duo.nl", "050 599 7755"), ("gemeente Apeldoorn", "apeldoorn", "https://www.apeldoorn.nl/mijnloket", "14 055")],
        "pension": [("ABP", "ABPpensioen", "https://www.abp.nl/mijnabp", "045 579 6060"), ("PFZW", "PFZW", "https://www.pfzw.nl/mijn", "030 277 5577"),
                    ("PMT", "PMT_pensioen", "www.pmt.nl/inloggen", "088 008 0300"), ("SVB", "SVB_nl", "https://www.svb.nl/mijnsvb", "030 264 9014")],
        "telecom": [("KPN", "KPNwebcare", "https://www.kpn.com/mijnkpn", "0800 0402"), ("Ziggo", "ZiggoWebcare", "https://www.ziggo.nl/mijnziggo", "0900 1884"),
                    ("Odido", "Odido", "www.odido.nl/my", "0800 7111"), ("Delta Fiber", "DELTAFiber", "https://www.delta.nl/mijn", "0800 1234")],
    },
    "be": {
        "energy": [("Engie", "ENGIEBelgium", "https://www.engie.be/fr/login", "078 353 783"), ("Luminus", "luminus", "https://www.luminus.be/nl/mijnluminus", "078 155 100"),
                   ("TotalEnergies", "TotalEnergiesBE", "www.totalenergies.be/my", "078 15 02 00"), ("Mega", "mega_be", "https://my.mega.be", "04 240 40 40"),
                   ("Bolt", "bolt_energie", "www.boltenergie.be", "02 892 09 84"), ("Fluvius", "Fluvius", "https://mijn.fluvius.be", "078 35 35 34")],
        "water": [("De Watergroep", "dewatergroep", "https://www.dewatergroep.be/mijn", "02 238 96 99"), ("Farys", "FARYS", "www.farys.be/mijnfarys", "078 35 35 99"),
                  ("Vivaqua", "vivaqua", "https://www.vivaqua.be/espace-client", "02 739 52 11"), ("SWDE", "SWDE_eau", "https://www.swde.be/fr/mon-compte", "087 87 87 87")],
        "health": [("CM", "cm_be", "https://www.cm.be/mijncm", "078 15 15 05"), ("Solidaris", "SolidarisWal", "www.solidaris-wallonie.be/mysolidaris", "078 15 50 50"),
                   ("Helan", "helan", "https://www.helan.be/mijn", "078 05 05 05"), ("Partenamut", "partenamut", "https://www.partenamut.be/fr/mypartenamut", "02 444 41 11"),
                   ("Mutualité chrétienne", "mc_be", "https://www.mc.be/ma-mc", "0800 10 9 8 7"), ("OZ", "oz_ziekenfonds", "https://www.oz.be/mijn-oz", "078 15 07 00")],
        "portal": [("Mijn Gezondheid", "mijngezondheid_be", "https://www.mijngezondheid.belgie.be", "02 524 97 97"), ("CoZo", "cozo_be", "https://www.cozo.be", "09 332 15 15"),
                   ("Helena", "helena_be", "www.helena.care", "09 210 34 00"), ("Nexuzhealth", "nexuzhealth", "https://mynexuzhealth.be", "016 34 00 00")],
        "gov": [("itsme", "itsme_be", "https://www.itsme-id.com", "02 897 82 82"), ("MyMinfin", "FODFinancien", "https://eservices.minfin.fgov.be/myminfin-web", "02 572 57 57"),
                ("Tax-on-web", "SPFFinances", "https://finances.belgium.be/fr/E-services/Tax-on-web", "02 576 30 00"), ("CSAM", "csam_be", "https://www.csam.be", "02 290 14 14"),
                ("Mijn Burgerprofiel", "vlaanderen", "https://burgerprofiel.vlaanderen.be", "1700"), ("Mypension", "mypension", "https://www.mypension.be", "0800 50 256")],
        "pension": [("Federale Pensioendienst", "sfpd_fpd", "www.sfpd.fgov.be", "1765"), ("Vivium", "P_Vivium", "https://www.vivium.be", "02 406 35 11"),
                    ("AG Insurance", "AGInsurance", "https://www.aginsurance.be", "02 664 81 11"), ("Ethias", "Ethias", "www.ethias.be/myethias", "04 220 31 11")],
        "telecom": [("Proximus", "Proximus", "https://www.proximus.be/myproximus", "0800 22 800"), ("Telenet", "telenet", "https://mijn.telenet.be", "015 66 66 66"),
                    ("VOO", "voo_be", "www.voo.be/fr/mon-voo", "0800 800 25"), ("Orange Belgium", "OrangeBENL", "https://www.orange.be/my-orange", "02 745 95 00")],
    },
    "gb": {
        "energy": [("British Gas", "BritishGas", "https://www.britishgas.co.uk/my-account", "0333 202 9802"), ("Octopus Energy", "octopus_energy", "https://octopus.energy/dashboard", "0808 164 1088"),
                   ("EDF", "edfenergy", "https://www.edfenergy.com/myaccount", "0333 200 5100"), ("E.ON Next", "eonnext", "www.eonnext.com/login", "0808 501 5200"),
                   ("OVO", "OVOEnergy", "https://account.ovoenergy.com", "0330 303 5063"), ("ScottishPower", "ScottishPower", "www.scottishpower.co.uk/my-account", "0800 027 0072")],
        "water": [("Thames Water", "thameswater", "https://www.thameswater.co.uk/my-account", "0800 980 8800"), ("Severn Trent", "stwater", "https://www.stwater.co.uk/my-account", "0345 750 0500"),
                  ("Anglian Water", "AnglianWater", "www.anglianwater.co.uk/myaccount", "03457 919 155"), ("Yorkshire Water", "YorkshireWater", "https://www.yorkshirewater.com/account", "0345 124 2424")],
        "health": [("Bupa", "Bupa", "https://www.bupa.co.uk/my-bupa", "0345 600 0730"), ("AXA Health", "AXAHealth", "https://www.axahealth.co.uk/members", "0800 389 4501"),
                   ("Vitality", "VitalityUK", "www.vitality.co.uk/member", "0345 602 3523"), ("WPA", "WPAhealth", "https://www.wpa.org.uk/members", "0800 028 0124")],
        "portal": [("the NHS App", "NHSApp", "https://www.nhs.uk/nhs-app", "0300 311 2233"), ("Patient Access", "patientaccess", "https://www.patientaccess.com", "0300 123 1234"),
                   ("myGP", "mygp_app", "www.mygp.com", "0333 014 8520"), ("Airmid", "airmid_uk", "https://airmidcare.com", "0800 072 9004")],
        "gov": [("Government Gateway", "HMRCcustomers", "https://www.gov.uk/log-in-register-hmrc-online-services", "0300 200 3600"), ("GOV.UK One Login", "GOVUK", "https://signin.account.gov.uk", "0300 200 3300"),
                ("HMRC", "HMRCgovuk", "https://www.gov.uk/personal-tax-account", "0300 200 3300"), ("the council tax portal", "LeedsCC_News", "www.leeds.gov.uk/council-tax", "0113 222 4404"),
                ("DWP", "DWPgovuk", "https://www.gov.uk/sign-in-universal-credit", "0800 328 5644"), ("DVLA", "DVLAgovuk", "https://www.gov.uk/view-driving-licence", "0300 790 6801")],
        "pension": [("Nest", "NestPensions", "https://www.nestpensions.org.uk", "0300 020 0090"), ("Aviva", "AvivaUK", "https://www.direct.aviva.co.uk/myaviva", "0800 068 6800"),
                    ("Scottish Widows", "ScottishWidows", "www.scottishwidows.co.uk/login", "0345 716 6777"), ("Royal London", "RoyalLondon", "https://www.royallondon.com/login", "0345 605 0050")],
        "telecom": [("BT", "BTCare", "https://www.bt.com/myBT", "0800 800 150"), ("Virgin Media", "virginmedia", "https://www.virginmedia.com/my-virgin-media", "0345 454 1111"),
                    ("Sky", "SkyHelpTeam", "www.sky.com/mysky", "0333 759 1018"), ("TalkTalk", "TalkTalk", "https://www.talktalk.co.uk/account", "0345 172 0088")],
    },
    "us": {
        "energy": [("PG&E", "PGE4Me", "https://www.pge.com/myaccount", "1-800-743-5000"), ("Con Edison", "ConEdison", "https://www.coned.com/en/login", "1-800-752-6633"),
                   ("Duke Energy", "DukeEnergy", "www.duke-energy.com/sign-in", "800.777.9898"), ("ComEd", "ComEd", "https://secure.comed.com/MyAccount", "1-800-334-7661"),
                   ("Xcel Energy", "XcelEnergy", "https://my.xcelenergy.com", "1-800-895-4999"), ("Dominion Energy", "DominionEnergy", "www.dominionenergy.com/sign-in", "866-366-4357")],
        "water": [("American Water", "amwater", "https://www.amwater.com/myaccount", "1-800-492-8373"), ("Aqua", "AquaAmerica", "www.aquawater.com", "877-987-2782"),
                  ("the city water department", "CityWaterDept", "https://utilities.springfield.gov/pay", "(217) 757-8600"), ("SJW", "sjwater", "https://www.sjwater.com/my-account", "408-279-7900")],
        "health": [("Aetna", "Aetna", "https://www.aetna.com/login", "1-800-872-3862"), ("Cigna", "Cigna", "https://my.cigna.com", "1-800-997-1654"),
                   ("UnitedHealthcare", "myUHC", "www.myuhc.com", "1-866-633-2446"), ("Humana", "Humana", "https://www.humana.com/logon", "1-800-457-4708"),
                   ("Blue Cross", "BCBSAssociation", "https://www.bcbs.com/member", "888-630-2583"), ("Kaiser Permanente", "KPShare", "https://healthy.kaiserpermanente.org", "1-800-464-4000")],
        "portal": [("MyChart", "MyChartApp", "https://mychart.example-health.org", "1-855-697-4487"), ("FollowMyHealth", "FollowMyHealth", "www.followmyhealth.com", "1-888-669-6265"),
                   ("Healow", "healow", "https://healow.com", "1-877-747-1111"), ("the patient portal", "StLukesHealth", "https://portal.stlukes.org", "(610) 954-4000")],
        "gov": [("Login.gov", "LoginGov", "https://secure.login.gov", "1-844-875-6446"), ("ID.me", "IDme", "https://account.id.me", "1-866-775-4363"),
                ("my Social Security", "SocialSecurity", "https://www.ssa.gov/myaccount", "1-800-772-1213"), ("the IRS online account", "IRSnews", "https://www.irs.gov/account", "800-829-1040"),
                ("Medicare.gov", "MedicareGov", "https://www.medicare.gov/account/login", "1-800-633-4227"), ("the county tax portal", "CookCountyTreas", "www.cookcountytreasurer.com", "312-443-5100")],
        "pension": [("Fidelity", "Fidelity", "https://www.fidelity.com/login", "800-343-3548"), ("Vanguard", "Vanguard_Group", "https://investor.vanguard.com", "877-662-7447"),
                    ("TIAA", "TIAA", "www.tiaa.org/public/login", "800-842-2252"), ("CalPERS", "CalPERS", "https://my.calpers.ca.gov", "888-225-7377")],
        "telecom": [("Comcast Xfinity", "XfinitySupport", "https://www.xfinity.com/myaccount", "1-800-934-6489"), ("Spectrum", "Ask_Spectrum", "https://www.spectrum.net", "833-267-6094"),
                    ("Verizon", "VerizonSupport", "www.verizon.com/myverizon", "800-922-0204"), ("AT&T", "ATTHelp", "https://www.att.com/my", "800-288-2020")],
    },
}

SECTORS = ["energy", "water", "health", "portal", "gov", "pension", "telecom"]


def brand_key(lang):
    return {"nl": "nl", "nl-be": "be", "fr-be": "be", "en-gb": "gb", "en-us": "us"}[lang]


AGENTS = ["Sanne", "Jeroen", "Fatima", "Lotte", "Bram", "Yasmina", "Noor", "Daan", "Eline", "Milan", "Camille", "Thomas", "Julie",
          "Nicolas", "Amélie", "Kevin", "Sophie", "Hamza", "Chloé", "Louis", "Emma", "Tom", "Priya", "Jack", "Ashley", "Marcus",
          "Olivia", "Tyler", "Becky", "Connor"]


def half_of(lst, half):
    return [x for i, x in enumerate(lst) if i % 2 == half]

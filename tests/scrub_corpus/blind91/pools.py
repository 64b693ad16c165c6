"""Filler pools. Every list is dealt alternately (even index -> dev, odd -> heldout)."""


def B(name, handle, phone, url):
    return {"name": name, "handle": handle, "phone": phone, "url": url}


BRANDS = {
    ("nl", "health"): [
        B("Zilveren Kruis", "@zilverenkruis", "071 751 00 52", "https://www.zilverenkruis.nl/inloggen"),
        B("CZ", "@CZzorgverzekeraar", "088 555 7 777", "https://www.cz.nl/mijncz"),
        B("Huisartsenpraktijk De Linde", "@hapdelinde", "030 - 271 44 00", "https://www.praktijkdelinde.nl/afspraak"),
        B("Apotheek.nl", "@apotheeknl", "0900-1234567", "https://apotheek.nl/herhaalrecept"),
        B("UMC Utrecht", "@UMCUtrecht", "088 75 555 55", "https://mijnumcutrecht.nl"),
        B("VGZ", "@VGZ", "0900 8490", "https://www.vgz.nl/mijn-vgz"),
        B("Thuisarts app", "@thuisarts", "085 - 303 29 00", "https://www.thuisarts.nl"),
        B("Mijn Gezondheid.net", "@mijngezondheid", "088 1200 900", "https://www.mijngezondheid.net/login"),
        B("Menzis", "@Menzis", "088 222 40 40", "https://www.menzis.nl/mijnmenzis"),
        B("Erasmus MC", "@ErasmusMC", "010 704 0 704", "https://mijnerasmusmc.nl/afspraken"),
    ],
    ("nl", "transit"): [
        B("NS", "@NS_online", "030 751 5155", "https://www.ns.nl/mijnns"),
        B("GVB", "@GVB_Amsterdam", "0900 8011", "https://reisinfo.gvb.nl"),
        B("RET", "@RET", "0900-5006010", "https://www.ret.nl/home/service"),
        B("HTM", "@HTM_Reisinfo", "070 374 9002", "https://www.htm.nl/klantenservice"),
        B("OV-chipkaart", "@OVchipkaart", "0900-0980", "https://www.ov-chipkaart.nl/mijn-ov-chip"),
        B("Arriva", "@Arriva_NL", "0900 202 2022", "https://www.arriva.nl/klantenservice"),
        B("Qbuzz", "@qbuzz", "0900 7289965", "https://www.qbuzz.nl/contact"),
        B("Connexxion", "@Connexxion", "0900 266 63 99", "https://www.connexxion.nl/restitutie"),
    ],
    ("nl-be", "health"): [
        B("CM", "@CMgezondheid", "078 15 50 10", "https://www.cm.be/mijn-cm"),
        B("UZ Leuven", "@UZLeuven", "016 33 22 11", "https://www.uzleuven.be/nexuzhealth"),
        B("Helan", "@Helan_be", "078 15 16 17", "https://www.helan.be/mijnhelan"),
        B("Apotheek Multipharma", "@multipharma_nl", "02 529 81 11", "https://www.multipharma.be/nl"),
        B("AZ Groeninge", "@azgroeninge", "056 63 63 63", "https://www.azgroeninge.be/afspraak"),
        B("Solidaris", "@Solidaris_vl", "078 05 05 00", "https://www.solidaris-vlaanderen.be"),
        B("Doktr", "@doktr_be", "03 808 33 44", "https://www.doktr.be/app"),
        B("Partena Ziekenfonds", "@partena", "02 444 41 11", "https://www.partena-ziekenfonds.be/nl/login"),
    ],
    ("nl-be", "transit"): [
        B("De Lijn", "@delijn", "070 220 200", "https://www.delijn.be/nl/klantendienst"),
        B("NMBS", "@NMBS", "02 528 28 28", "https://www.belgiantrain.be/nl/support"),
        B("MIVB", "@MIVB_STIB", "070 23 2000", "https://www.mivb.be/mobib"),
        B("Blue-bike", "@bluebike_be", "09 241 53 14", "https://www.blue-bike.be"),
        B("Hoppin", "@hoppin_vl", "070 220 208", "https://www.hoppin.be"),
        B("Velo Antwerpen", "@veloantwerpen", "03 206 50 30", "https://www.velo-antwerpen.be"),
    ],
    ("fr-be", "health"): [
        B("Mutualité chrétienne", "@MC_mutualite", "0800 10 9 8 7", "https://www.mc.be/ma-mc"),
        B("Solidaris", "@Solidaris_be", "078 15 60 20", "https://www.solidaris-wallonie.be/espace-membre"),
        B("CHU de Liège", "@CHULiege", "04 366 71 11", "https://www.chuliege.be/rendez-vous"),
        B("Pharmacie Multipharma", "@multipharma", "02 529 81 11", "https://www.multipharma.be/fr"),
        B("Cliniques universitaires Saint-Luc", "@SaintLucUCL", "02 764 11 11", "https://www.saintluc.be/rendez-vous"),
        B("Partenamut", "@Partenamut", "02 444 41 11", "https://www.partenamut.be/fr/mon-compte"),
        B("Doctena", "@Doctena_BE", "02 320 00 06", "https://www.doctena.be/fr"),
        B("Helan", "@Helan_fr", "078 15 16 18", "https://www.helan.be/fr/mon-helan"),
    ],
    ("fr-be", "transit"): [
        B("SNCB", "@SNCB", "02 528 28 28", "https://www.belgiantrain.be/fr/support"),
        B("STIB", "@STIBBRUXELLES", "070 23 2000", "https://www.stib-mivb.be/mobib"),
        B("TEC", "@LeTEC_info", "081 25 35 55", "https://www.letec.be/contact"),
        B("Villo!", "@Villo_Brussels", "078 05 11 10", "https://www.villo.be"),
        B("MOBIB", "@mobib_be", "070 23 2000", "https://www.mobib.be"),
        B("Poppy", "@poppy_mobility", "02 888 00 11", "https://poppy.be/fr/aide"),
    ],
    ("en-gb", "health"): [
        B("NHS App", "@NHSApp", "111", "https://www.nhs.uk/nhs-app"),
        B("Boots Online Doctor", "@BootsUK", "0345 609 0055", "https://www.boots.com/online/doctor"),
        B("Bupa", "@Bupa_UK", "0345 600 3399", "https://www.bupa.co.uk/my-bupa"),
        B("Lloyds Pharmacy", "@LloydsPharmacy", "0345 034 4800", "https://lloydspharmacy.com/prescriptions"),
        B("Vitality Health", "@VitalityUK", "0345 602 3523", "https://members.vitality.co.uk"),
        B("Patient Access", "@PatientAccessUK", "0330 123 3000", "https://patient.emisaccess.co.uk"),
        B("Pharmacy2U", "@Pharmacy2U", "0113 265 0222", "https://www.pharmacy2u.co.uk/account"),
        B("AXA Health", "@AXAHealth", "0800 027 2207", "https://www.axahealth.co.uk/login"),
    ],
    ("en-gb", "transit"): [
        B("TfL", "@TfL", "0343 222 1234", "https://tfl.gov.uk/fares/refunds"),
        B("Northern", "@northernassist", "0800 200 6060", "https://www.northernrailway.co.uk/delay-repay"),
        B("Avanti West Coast", "@AvantiWestCoast", "0345 528 0253", "https://www.avantiwestcoast.co.uk/help"),
        B("LNER", "@LNER", "03457 225 333", "https://www.lner.co.uk/support"),
        B("Trainline", "@trainline", "0333 202 2222", "https://www.thetrainline.com/help"),
        B("Transport for Greater Manchester", "@OfficialTfGM", "0161 244 1000", "https://tfgm.com/tickets-and-passes"),
        B("GWR", "@GWRHelp", "0345 7000 125", "https://www.gwr.com/help-and-support"),
        B("ScotRail", "@ScotRail", "0344 811 0141", "https://www.scotrail.co.uk/delay-repay"),
    ],
    ("en-us", "health"): [
        B("MyChart", "@MyChart", "1-800-555-0199", "https://mychart.example-health.org"),
        B("CVS Pharmacy", "@CVS_Extra", "1-800-746-7287", "https://www.cvs.com/account"),
        B("Aetna", "@AetnaHelp", "1-800-872-3862", "https://www.aetna.com/member"),
        B("Walgreens", "@Walgreens", "1-877-250-5823", "https://www.walgreens.com/pharmacy"),
        B("Kaiser Permanente", "@KPShare", "1-800-464-4000", "https://healthy.kaiserpermanente.org"),
        B("Blue Cross", "@BCBSAssociation", "(888) 630-2583", "https://www.bcbs.com/member-services"),
        B("Zocdoc", "@Zocdoc", "(855) 962-3621", "https://www.zocdoc.com/help"),
        B("UnitedHealthcare", "@myUHC", "1-866-414-1959", "https://www.myuhc.com"),
    ],
    ("en-us", "transit"): [
        B("MTA", "@MTA", "511", "https://omny.info/support"),
        B("BART", "@SFBART", "(510) 464-6000", "https://www.clippercard.com/ClipperWeb/support"),
        B("CTA", "@cta", "1-888-968-7282", "https://www.ventrachicago.com/support"),
        B("SEPTA", "@SEPTA", "(215) 580-7800", "https://www.septakey.org/help"),
        B("Amtrak", "@Amtrak", "1-800-872-7245", "https://www.amtrak.com/refunds"),
        B("WMATA", "@wmata", "(202) 637-7000", "https://smartrip.wmata.com"),
        B("MBTA", "@MBTA", "617-222-3200", "https://www.mbta.com/fares/charliecard"),
        B("LA Metro", "@metrolosangeles", "(866) 827-8646", "https://www.taptogo.net"),
    ],
}

HASHTAGS = {
    "nl": ["#NS", "#vertraging", "#ovchipkaart", "#zorgverzekering", "#huisarts", "#apotheek", "#klantenservice",
           "#wachttijd", "#storing", "#boete", "#zorg", "#ergernis"],
    "nl-be": ["#DeLijn", "#NMBS", "#mutualiteit", "#ziekenfonds", "#wachtlijst", "#staking", "#mobib", "#vertraging",
              "#klantendienst", "#zorg"],
    "fr-be": ["#SNCB", "#STIB", "#mutuelle", "#retard", "#grève", "#pharmacie", "#MOBIB", "#rembourse",
              "#servicecient", "#hopital"],
    "en-gb": ["#NHS", "#DelayRepay", "#Oyster", "#TfL", "#prescription", "#customerservice", "#fail", "#GPappointment",
              "#rail", "#penaltyfare"],
    "en-us": ["#MTA", "#healthinsurance", "#pharmacy", "#CustomerService", "#commute", "#OMNY", "#MyChart", "#fail",
              "#Clipper", "#refund"],
}

NAMES = {
    "nl": ["Jan de Vries", "Sanne Bakker", "Fatima El Amrani", "Pieter Visser", "Lotte Jansen", "Daan Smit",
           "Anouk Meijer", "Youssef Bouzid", "Ingrid Mulder", "Ruud de Boer", "Esther Kok", "Kees van Dijk"],
    "nl-be": ["Wout Peeters", "Lien Claes", "Jef Mertens", "Nadia Ait Lahcen", "Sofie Wouters", "Bram Desmet",
              "An Goossens", "Pieter Janssens", "Ilse Maes", "Koen Vermeulen"],
    "fr-be": ["Olivier Dubois", "Chloé Lambert", "Mehdi Benali", "Julie Martin", "Nicolas Lejeune",
              "Camille Dupont", "Sarah Renard", "Antoine Leclercq", "Inès Mertens", "Luc Simon"],
    "en-gb": ["Emma Wilson", "Ryan Patel", "Megan Hughes", "Tom Clarke", "Priya Shah", "Liam O'Connor",
              "Hannah Evans", "George Taylor", "Aisha Khan", "Oliver Wright"],
    "en-us": ["Tyler Johnson", "Ashley Garcia", "Marcus Brown", "Jennifer Lee", "Chris Miller", "Brittany Davis",
              "Jose Hernandez", "Kayla Wilson", "Brandon Moore", "Emily Nguyen"],
}

AGENTS = {
    "nl": [("Sanne", "SV"), ("Mark", "MdJ"), ("Ilse", "IB"), ("Rick", "RK"), ("Noor", "NH"), ("Bas", "BvD"),
           ("Linda", "LS"), ("Jeroen", "JW")],
    "nl-be": [("Els", "EV"), ("Stijn", "SD"), ("Katrien", "KM"), ("Jonas", "JP"), ("Hanne", "HC"), ("Dries", "DW")],
    "fr-be": [("Aurélie", "AD"), ("Thomas", "TL"), ("Manon", "MG"), ("Kevin", "KR"), ("Laura", "LB"), ("Maxime", "MV")],
    "en-gb": [("Becky", "BH"), ("Jamie", "JT"), ("Sophie", "SM"), ("Dan", "DR"), ("Holly", "HW"), ("Callum", "CF")],
    "en-us": [("Kim", "KA"), ("Jason", "JM"), ("Maria", "MR"), ("Derek", "DS"), ("Tasha", "TW"), ("Alex", "AP")],
}

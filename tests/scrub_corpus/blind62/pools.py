"""Filler pools. Every pool is dealt alternately to the halves (even index -> dev, odd -> heldout)."""

FIRST = {
    "nl": ["Sanne", "Kees", "Lotte", "Bram", "Fatima", "Joost", "Mirjam", "Daan", "Yara", "Henk", "Esra", "Ruud", "Iris", "Mohamed", "Anouk", "Gert-Jan", "Petra", "Thijs", "Ilse", "Sjoerd"],
    "nl-be": ["Jolien", "Wout", "Griet", "Pieter-Jan", "Lies", "Jens", "An", "Koen", "Elke", "Seppe", "Nathalie", "Bart", "Hanne", "Dries", "Ruth", "Yannick"],
    "fr-be": ["Amélie", "Thibault", "Nathalie", "Maxime", "Sophie", "Julien", "Aurélie", "Cédric", "Manon", "Olivier", "Chloé", "Grégory", "Inès", "Arnaud", "Valérie", "Quentin"],
    "en-gb": ["Chloe", "Gareth", "Priya", "Callum", "Sian", "Oliver", "Niamh", "Darren", "Harriet", "Tom", "Aisha", "Rhys", "Becky", "Imran", "Fiona", "Stuart"],
    "en-us": ["Kayla", "Marcus", "Jenna", "Tyler", "Brianna", "Derek", "Maria", "Josh", "Ashley", "Kevin", "Tasha", "Ryan", "Lauren", "DeShawn", "Megan", "Carlos"],
}
LAST = {
    "nl": ["de Vries", "Jansen", "Bakker", "van Dijk", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "Bos", "Yilmaz", "van Leeuwen", "Hendriks", "El Amrani", "Kok", "Dekker"],
    "nl-be": ["Peeters", "Janssens", "Maes", "Claes", "Wouters", "Goossens", "De Smet", "Vermeulen", "Willems", "Van den Broeck", "Mertens", "Jacobs"],
    "fr-be": ["Dubois", "Lambert", "Dupont", "Martin", "Leclercq", "Simon", "Laurent", "Renard", "Collignon", "Lejeune", "Michaux", "Hubert"],
    "en-gb": ["Thompson", "Evans", "Patel", "Walsh", "Hughes", "Roberts", "Khan", "Davies", "Wright", "O'Neill", "Morgan", "Clarke"],
    "en-us": ["Johnson", "Nguyen", "Garcia", "Miller", "Brooks", "Hernandez", "Washington", "Kowalski", "Reed", "Patterson", "Rivera", "Cohen"],
}
STREETS = {
    "nl": ["Kerkstraat", "Molenweg", "Julianalaan", "Van Speijkstraat", "Dorpsstraat", "Prinses Irenestraat", "Hoofdweg", "Lindenlaan", "Burgemeester Visserlaan", "Zeeweg", "Tolhuisstraat", "Weteringschans", "Akkerwinde", "Oranjesingel", "Parallelweg", "Vlietkade"],
    "nl-be": ["Kerkstraat", "Stationsstraat", "Kapelsesteenweg", "Groenplaats", "Molenstraat", "Antwerpsesteenweg", "Dorp-Oost", "Brugsestraat", "Veldstraat", "Lindendreef", "Koningin Astridlaan", "Nieuwstraat"],
    "fr-be": ["Rue de la Station", "Chaussée de Wavre", "Avenue Louise", "Rue du Moulin", "Place Saint-Lambert", "Rue des Écoles", "Boulevard Tirou", "Rue de Namur", "Chaussée de Charleroi", "Rue Haute", "Avenue des Tilleuls", "Rue Grande"],
    "en-gb": ["Acacia Avenue", "Mill Lane", "Station Road", "Victoria Street", "Church Close", "Queens Road", "Beech Grove", "Park View", "Windsor Crescent", "Hazel Drive", "Albert Terrace", "Bridge Street"],
    "en-us": ["Maple Ave", "Oak Street", "Sunset Blvd", "Elm St", "Pine Ridge Dr", "Lakeview Terrace", "Washington Ave", "Cedar Ln", "Hillside Rd", "Main Street", "Birch Ct", "Riverside Dr"],
}
CITIES = {
    "nl": [("Utrecht", "35"), ("Amsterdam", "10"), ("Rotterdam", "30"), ("Zwolle", "80"), ("Eindhoven", "56"), ("Groningen", "97"), ("Haarlem", "20"), ("Tilburg", "50"), ("Amersfoort", "38"), ("Leiden", "23"), ("Nijmegen", "65"), ("Almere", "13")],
    "nl-be": [("Antwerpen", "2000"), ("Gent", "9000"), ("Leuven", "3000"), ("Mechelen", "2800"), ("Brugge", "8000"), ("Hasselt", "3500"), ("Kortrijk", "8500"), ("Aalst", "9300"), ("Turnhout", "2300"), ("Sint-Niklaas", "9100")],
    "fr-be": [("Namur", "5000"), ("Liège", "4000"), ("Charleroi", "6000"), ("Ixelles", "1050"), ("Mons", "7000"), ("Wavre", "1300"), ("Uccle", "1180"), ("Tournai", "7500"), ("Arlon", "6700"), ("Schaerbeek", "1030")],
    "en-gb": [("Leeds", "LS6"), ("Bristol", "BS1"), ("Manchester", "M14"), ("Cardiff", "CF24"), ("Glasgow", "G12"), ("Norwich", "NR2"), ("Sheffield", "S11"), ("Reading", "RG1"), ("Brighton", "BN2"), ("Leicester", "LE2")],
    "en-us": [("Springfield", "IL"), ("Austin", "TX"), ("Portland", "OR"), ("Columbus", "OH"), ("Denver", "CO"), ("Raleigh", "NC"), ("Brooklyn", "NY"), ("Tampa", "FL"), ("Seattle", "WA"), ("Phoenix", "AZ")],
}
CARRIERS = {
    "nl": ["PostNL", "DHL", "DPD", "GLS", "Budbee", "Homerr", "PostNL", "DHL", "UPS", "Amazon"],
    "nl-be": ["bpost", "PostNL", "DHL", "DPD", "GLS", "bpost", "UPS", "Budbee"],
    "fr-be": ["bpost", "DPD", "DHL", "GLS", "bpost", "UPS", "PostNL", "FedEx"],
    "en-gb": ["Royal Mail", "Evri", "DPD", "Parcelforce", "Amazon", "DHL", "UPS", "Evri"],
    "en-us": ["USPS", "UPS", "FedEx", "Amazon", "USPS", "DHL", "UPS", "FedEx"],
}
HANDLES = {
    "PostNL": ["@PostNL", "@PostNL_Webcare"], "DHL": ["@DHLParcel_NL", "@DHL_NL"], "DPD": ["@DPDgroup_NL", "@DPD_UK"], "GLS": ["@GLS_NL", "@GLSBelgium"],
    "Budbee": ["@Budbee", "@BudbeeNL"], "Homerr": ["@homerr_nl", "@Homerr"], "UPS": ["@UPSHelp", "@UPS_NL"], "Amazon": ["@AmazonHelp", "@amazonNL"],
    "bpost": ["@bpost", "@bpost_be"], "FedEx": ["@FedExHelp", "@FedEx"], "Royal Mail": ["@RoyalMail", "@RoyalMailHelp"], "Evri": ["@Evri", "@EvriHelp"],
    "Parcelforce": ["@ParcelforceWW", "@Parcelforce"], "USPS": ["@USPS", "@USPSHelp"],
}
SHOPS = {
    "nl": ["bol", "Coolblue", "Zalando", "Amazon", "Wehkamp", "Bever", "HEMA", "Action", "MediaMarkt", "Etsy", "Vinted", "Thuisbezorgd"],
    "nl-be": ["bol", "Coolblue", "Zalando", "Vanden Borre", "Torfs", "Standaard Boekhandel", "Amazon", "Krëfel", "Vinted", "Fnac"],
    "fr-be": ["Zalando", "Vanden Borre", "Krëfel", "Amazon", "Fnac", "Torfs", "Shein", "Vinted", "Decathlon", "Coolblue"],
    "en-gb": ["Amazon", "ASOS", "Argos", "Currys", "John Lewis", "Next", "Etsy", "eBay", "Boots", "Very"],
    "en-us": ["Amazon", "Target", "Walmart", "Best Buy", "Etsy", "eBay", "Wayfair", "Chewy", "Nordstrom", "Kohl's"],
}
SHOP_HANDLES = {
    "bol": "@bol", "Coolblue": "@Coolblue", "Zalando": "@Zalando_NL", "Amazon": "@AmazonHelp", "Wehkamp": "@wehkamp", "Bever": "@BeverNL",
    "HEMA": "@HEMA", "Action": "@Action_NL", "MediaMarkt": "@MediaMarkt_NL", "Etsy": "@Etsy", "Vinted": "@Vinted", "Thuisbezorgd": "@Thuisbezorgd",
    "Vanden Borre": "@VandenBorre", "Torfs": "@SchoenenTorfs", "Standaard Boekhandel": "@StandaardBoek", "Krëfel": "@Krefel", "Fnac": "@FnacBelgique",
    "Shein": "@SHEIN_official", "Decathlon": "@DecathlonBE", "ASOS": "@ASOS_HeretoHelp", "Argos": "@Argos_Online", "Currys": "@curryshelp",
    "John Lewis": "@JohnLewisRetail", "Next": "@nextofficial", "eBay": "@AskeBay", "Boots": "@BootsUK", "Very": "@veryhelpers", "Target": "@AskTarget",
    "Walmart": "@Walmart", "Best Buy": "@BestBuySupport", "Wayfair": "@Wayfair", "Chewy": "@Chewy", "Nordstrom": "@Nordstrom", "Kohl's": "@Kohls",
}
AGENTS = {
    "nl": ["Sanne", "Mark", "Nadia", "Jeroen", "Femke", "Rick", "Esther", "Tim", "Lisa", "Ahmed"],
    "nl-be": ["Lien", "Tom", "Sarah", "Jonas", "Katrien", "Stijn", "Eline", "Ward"],
    "fr-be": ["Julie", "Nicolas", "Camille", "Sébastien", "Laura", "Benoît", "Emma", "François"],
    "en-gb": ["Jess", "Liam", "Hannah", "Ben", "Zara", "Craig", "Molly", "Dan"],
    "en-us": ["Ashley", "Jordan", "Tiffany", "Mike", "Sam", "Nicole", "Chris", "Dana"],
}
HASHTAGS = {
    "nl": ["#PostNL", "#pakketje", "#bezorging", "#klantenservice", "#nietthuis", "#zucht", "#DHL", "#retour", "#webcare", "#fail"],
    "nl-be": ["#bpost", "#pakje", "#levering", "#klantendienst", "#boos", "#afhaalpunt", "#Vlaanderen", "#nooitmeer"],
    "fr-be": ["#bpost", "#colis", "#livraison", "#serviceclient", "#ras_le_bol", "#Bruxelles", "#arnaque", "#jamaisplus"],
    "en-gb": ["#RoyalMail", "#Evri", "#parcel", "#customerservice", "#notimpressed", "#delivery", "#DPD", "#ripoff"],
    "en-us": ["#USPS", "#UPS", "#packagetheft", "#porchpirate", "#customerservice", "#FedEx", "#fail", "#amazon"],
}
URLS = {
    "nl": ["https://jouw.postnl.nl/track-and-trace/", "https://www.dhlparcel.nl/nl/consument/volg-je-pakket", "postnl.nl/klantenservice", "https://www.bol.com/nl/nl/account/retourneren", "https://tracking.dpd.de/status/nl_NL/parcel", "https://www.coolblue.nl/klantenservice", "bit.ly/3xPkTq9", "https://t.co/k2LmQ8aZ1b"],
    "nl-be": ["https://track.bpost.cloud/btr/web/#/search", "bpost.be/nl/klantendienst", "https://www.bpost.be/nl/ontvangen/pakjesautomaat", "https://www.dhlparcel.be/nl/particulieren", "https://my.gls-group.eu/", "https://t.co/Rq7sXu2vLp"],
    "fr-be": ["https://track.bpost.cloud/btr/web/#/search?lang=fr", "bpost.be/fr/service-client", "https://www.dpd.com/be/fr/", "https://www.bpost.be/fr/recevoir/distributeur-de-colis", "https://www.zalando.be/faq/", "https://t.co/Vb3KdP0mQa"],
    "en-gb": ["https://www.royalmail.com/track-your-item", "royalmail.com/missing-item", "https://www.evri.com/track-a-parcel", "https://www.dpd.co.uk/apps/tracking/", "https://www.amazon.co.uk/gp/help/customer/contact-us", "https://t.co/Hq2Zt7sLmn", "bit.ly/RMredeliver"],
    "en-us": ["https://tools.usps.com/go/TrackConfirmAction", "usps.com/redelivery", "https://www.ups.com/track", "https://www.fedex.com/en-us/tracking.html", "https://www.amazon.com/gp/your-account/order-history", "https://t.co/Ab3dE9fGhK", "https://www.usps.com/help/claims.htm"],
}
SSIDS = ["Ziggo-5G-3A1F", "KPN_Modem_88", "telenet-7F2C1", "Proximus-Home-4B2A", "BTHub6-9XQ2", "Sky_Home_77", "NETGEAR42", "xfinitywifi-home", "VOO-483920", "Linksys00821"]
ITEMS = {
    "nl": ["stofzuiger", "winterjas", "laptop", "koffiemachine", "sneakers", "babyfoon", "printer", "telefoon", "boekenkast", "airfryer"],
    "nl-be": ["wasmachine", "schoenen", "gsm", "laptop", "kinderfiets", "koffiezet", "boeken", "tablet"],
    "fr-be": ["aspirateur", "chaussures", "GSM", "ordinateur", "robe", "cafetière", "trottinette", "imprimante"],
    "en-gb": ["hoover", "trainers", "laptop", "kettle", "phone", "coat", "printer", "air fryer"],
    "en-us": ["vacuum", "sneakers", "laptop", "coffee maker", "phone", "jacket", "printer", "air fryer"],
}

FAKE_URLS = {
    "nl": ["postnl-pakketinfo.com/betalen", "https://dhl-nl-douane.top/pay", "postnl.verzendkosten-nl.info", "https://bit.ly/pakket-NL88", "pakket-wacht.nl-track.xyz"],
    "nl-be": ["bpost-be.info/betaal", "https://bpost-levering.click/nl", "https://bit.ly/bpost-pakje", "bpost.track-colis.top"],
    "fr-be": ["bpost-colis.info/paiement", "https://bpost-livraison.click/fr", "https://bit.ly/colis-bpost", "dpd-be.frais-douane.top"],
    "en-gb": ["royalmail-redelivery.com/fee", "https://evri-parcel.help/pay", "royal-mail.reschedule-uk.info", "https://bit.ly/RM-fee22"],
    "en-us": ["usps-redelivery.top/pay", "https://usps.trackhelp-us.com", "ups-package-hold.info/fee", "https://bit.ly/usps-hold7"],
}

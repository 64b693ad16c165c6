"""Filler pools. Every pool is dealt alternately between the halves (even index -> dev, odd -> heldout)."""

FIRST = {
    "nl": ["Sanne", "Joost", "Fatima", "Daan", "Ingrid", "Mehmet", "Lotte", "Pieter", "Yvonne", "Kees", "Noor", "Rik", "Anouk", "Bram", "Samira", "Gerrit"],
    "nl-be": ["Jens", "Lien", "Wout", "Ilse", "Pieter-Jan", "Fien", "Koen", "Hilde", "Arne", "Marijke", "Yusuf", "Ellen", "Stijn", "Griet"],
    "fr-be": ["Amélie", "Julien", "Nathalie", "Thibault", "Sophie", "Karim", "Céline", "Olivier", "Manon", "Grégory", "Aurore", "Didier", "Inès", "Benoît"],
    "en-gb": ["Oliver", "Charlotte", "Priya", "Gareth", "Siobhan", "Tom", "Hannah", "Callum", "Niamh", "Raj", "Eleanor", "Dave", "Zoe", "Martin"],
    "en-us": ["Tyler", "Brittany", "Marcus", "Jennifer", "Carlos", "Ashley", "Kevin", "Latoya", "Derek", "Megan", "Brandon", "Rosa", "Scott", "Heather"],
}
LAST = {
    "nl": ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Yilmaz", "van Dijk", "Mulder", "de Boer", "Bos", "van Leeuwen", "El Amrani", "Hendriks", "Kuipers"],
    "nl-be": ["Peeters", "Janssens", "Maes", "Claes", "Wouters", "De Smet", "Van den Broeck", "Goossens", "Vermeulen", "Aerts", "Willems", "Mertens"],
    "fr-be": ["Dubois", "Lambert", "Dupont", "Martin", "Leclercq", "Renard", "Lejeune", "Mathieu", "Collard", "Bernard", "Hubert", "Fontaine"],
    "en-gb": ["Thompson", "Patel", "Evans", "O'Brien", "Hughes", "Wright", "Davies", "McLeod", "Khan", "Roberts", "Walker", "Ellis"],
    "en-us": ["Johnson", "Martinez", "Nguyen", "Williams", "Brooks", "Kowalski", "Garcia", "Sullivan", "Washington", "Reyes", "Fischer", "Lee"],
}
STREET = {
    "nl": ["Lindenlaan", "Kerkstraat", "Prinses Irenestraat", "Burgemeester de Withstraat", "Zonnebloemweg", "Molenstraat", "Jan Steenlaan", "Esdoornhof", "Vlietkade", "Dorpsstraat", "Wilhelminapark", "Reigerstraat", "Oude Gracht", "Populierenlaan"],
    "nl-be": ["Kerkstraat", "Grote Steenweg", "Leopoldlei", "Stationsstraat", "Kapelstraat", "Bredabaan", "Koningin Astridlaan", "Meersstraat", "Veldstraat", "Diestsesteenweg", "Ijzerenweg", "Sint-Jansplein"],
    "fr-be": ["Rue de la Station", "Avenue Louise", "Rue des Tanneurs", "Chaussée de Waterloo", "Rue Haute", "Rue du Moulin", "Boulevard d'Avroy", "Rue de Fer", "Avenue des Tilleuls", "Rue Saint-Gilles", "Place du Marché", "Rue des Carmes"],
    "en-gb": ["Elm Road", "Victoria Street", "Church Lane", "Kingsway", "Meadow Close", "Albert Terrace", "Station Road", "Orchard Way", "Highfield Avenue", "Mill Lane", "Queens Drive", "Bramble Court"],
    "en-us": ["Maple Ave", "Oak Street", "Elm St", "Lakeview Dr", "N Main St", "Cedar Ln", "Sunset Blvd", "Pine Ridge Rd", "W 4th St", "Willow Ct", "Highland Ave", "Park Pl"],
}
CITY = {
    "nl": ["Utrecht", "Amersfoort", "Zwolle", "Haarlem", "Tilburg", "Groningen", "Leiden", "Nijmegen", "Alkmaar", "Deventer", "Breda", "Apeldoorn", "Den Bosch", "Almere"],
    "nl-be": [("Antwerpen", "2000"), ("Gent", "9000"), ("Leuven", "3000"), ("Brugge", "8000"), ("Hasselt", "3500"), ("Mechelen", "2800"), ("Kortrijk", "8500"), ("Aalst", "9300"), ("Genk", "3600"), ("Turnhout", "2300"), ("Berchem", "2600"), ("Sint-Niklaas", "9100")],
    "fr-be": [("Bruxelles", "1000"), ("Liège", "4000"), ("Namur", "5000"), ("Charleroi", "6000"), ("Mons", "7000"), ("Wavre", "1300"), ("Tournai", "7500"), ("Arlon", "6700"), ("Ixelles", "1050"), ("Verviers", "4800"), ("Ottignies", "1340"), ("Schaerbeek", "1030")],
    "en-gb": [("Bristol", "BS"), ("Leeds", "LS"), ("Manchester", "M"), ("Cardiff", "CF"), ("Glasgow", "G"), ("Norwich", "NR"), ("Brighton", "BN"), ("Sheffield", "S"), ("York", "YO"), ("Leicester", "LE"), ("Exeter", "EX"), ("Reading", "RG")],
    "en-us": [("Columbus", "OH", "432"), ("Austin", "TX", "787"), ("Portland", "OR", "972"), ("Denver", "CO", "802"), ("Raleigh", "NC", "276"), ("Madison", "WI", "537"), ("Tucson", "AZ", "857"), ("Sacramento", "CA", "958"), ("Boise", "ID", "837"), ("Albany", "NY", "122"), ("Duluth", "MN", "558"), ("Savannah", "GA", "314")],
}
# organisations by role
LANDLORD = {
    "nl": ["Woonkracht Oost", "Stadswonen Noord", "WoonGoed Rivierenland", "Huisvast", "Woonstichting De Linde", "Vastgoed Kempers", "Rentree Wonen", "Portaal Zuid"],
    "nl-be": ["Woonhaven Scheldeland", "Sociaal Wonen Kempen", "De Woonmaatschappij Leie", "Immo Verbeke", "Huisvesting Vlaams-Brabant", "Immo Dewaele Beheer"],
    "fr-be": ["Logement Bruxellois", "Immo Sud Gestion", "Foyer Namurois", "La Maison Liégeoise", "Agence Immo Lambermont", "Habitat Hainaut"],
    "en-gb": ["Riverside Homes", "Northgate Housing", "Clarke & Dunn Lettings", "Meadowbank Housing Association", "CityLet Property", "Hartley Estates"],
    "en-us": ["Parkside Property Management", "Greenway Apartments", "Summit Residential", "Oakridge Rentals", "BlueLine Property Group", "Harbor View Leasing"],
}
INSURER = {
    "nl": ["Thuispolis", "Veilig Wonen Verzekeringen", "HuisZeker", "Polis Direct", "Inboedelgarant", "Zekerheid Noord"],
    "nl-be": ["Huisverzekering Vlaanderen", "Polis Plus", "ZekerThuis", "Brandverzekering Leie"],
    "fr-be": ["Assur'Habitat", "Protect Maison", "Assurances Meuse", "FoyerSûr"],
    "en-gb": ["HomeShield Insurance", "Cosy Cover", "Brightwell Home & Contents", "Anchor Mutual"],
    "en-us": ["Keystone Home Insurance", "Liberty Hearth Mutual", "Prairie Shield", "Cornerstone Homeowners"],
}
INSTALLER = {
    "nl": ["Zonnig Dak BV", "WarmteWijs Installatietechniek", "PV Totaal", "Groen Stroom Montage", "Duurzaam Thuis", "Klimaatgarant Installaties"],
    "nl-be": ["Zonnekracht Vlaanderen", "Warmtepompen Peeters", "SolarKempen", "EcoTechniek Leie"],
    "fr-be": ["Solaire Wallon", "ThermoConfort", "Énergie Verte Namur", "PV Ardennes"],
    "en-gb": ["SunSmart Solar", "GreenFlow Heat Pumps", "Renewable Homes Ltd", "Brightside Energy Installs"],
    "en-us": ["SunPeak Solar", "Evergreen Home Energy", "BrightPath Solar & Storage", "Mesa Heat Pumps"],
}
ENERGY = {
    "nl": ["Stroomwijs Energie", "Netbeheer Midden", "Groene Kracht", "VanOns Energie", "Energiedirect Noord", "Netwerkbedrijf West"],
    "nl-be": ["Fluvius", "Energie Vlaanderen", "Groene Stroom BV", "Ecopower"],
    "fr-be": ["ORES", "Énergie Wallonne", "Lampiris Direct", "Resa"],
    "en-gb": ["Brightwave Energy", "Octopus-style Co-op", "HomeGrid Power", "Northern Powerlines"],
    "en-us": ["Valley Electric Co-op", "Metro Gas & Power", "SunState Utilities", "Great Lakes Power"],
}
LENDER = {
    "nl": ["Hypotheekhuis Zuid", "Woonkrediet Nederland", "Florijn Hypotheken", "Eigen Dak Bank"],
    "nl-be": ["Woonkrediet Vlaanderen", "Hypobank Kempen", "Spaarbank Leie", "Crelan-style Kredieten"],
    "fr-be": ["Crédit Logement Wallon", "Banque du Foyer", "Hypothèques Meuse", "Prêt Maison Direct"],
    "en-gb": ["Homestead Building Society", "Harbour Mortgages", "Northern Rock-ish BS", "Penny Lane Lending"],
    "en-us": ["Heartland Mortgage", "First Keystone Home Loans", "Pinecrest Lending", "Liberty Home Finance"],
}
BRAND = ["SolarEdge", "Enphase", "Growatt", "Huawei FusionSolar", "GoodWe", "Fronius", "SMA", "Daikin", "Vaillant", "Nibe", "Itho Daalderop", "Tesla", "Sessy", "Zonneplan", "Mitsubishi Ecodan", "myenergi", "HomeWizard", "Victron"]
MODEL = ["SE5000H", "GW6000-EH", "SUN2000-5KTL-L1", "IQ8M-72-2", "EHBH08D6V", "Symo 8.2-3-M", "SB3.6-1AV-41", "aroTHERM plus VWL 75/6", "F2120-12", "LUNA2000-10-S0", "Powerwall 2", "MIN 3600TL-XH", "PUZ-WM85VAA", "HWE-P1", "eddi 2.0", "MultiPlus-II 48/5000"]
AGENT = {
    "nl": ["Sanne", "Mark", "Esther", "Ruud", "Lisa", "Jeroen", "Marloes", "Tim"],
    "nl-be": ["Sofie", "Bart", "Evelien", "Tom", "Ann", "Dries"],
    "fr-be": ["Camille", "Nicolas", "Valérie", "Pierre", "Laura", "Maxime"],
    "en-gb": ["Becky", "James", "Aisha", "Liam", "Fiona", "Stuart"],
    "en-us": ["Jessica", "Mike", "Tanya", "Chris", "Dana", "Luis"],
}
MENTION = {
    "nl": ["@WoonkrachtOost", "@StroomwijsNL", "@Thuispolis", "@ZonnigDak", "@NetbeheerMidden", "@HuisvastWonen", "@PolisDirect_NL", "@WarmteWijsNL"],
    "nl-be": ["@Fluvius", "@WoonhavenSL", "@ZonnekrachtVL", "@PolisPlusBE", "@EcopowerCV", "@ImmoVerbeke"],
    "fr-be": ["@ORES_be", "@LogementBxl", "@AssurHabitat", "@SolaireWallon", "@Lampiris_Direct", "@FoyerNamurois"],
    "en-gb": ["@RiversideHomes", "@BrightwaveHelp", "@HomeShieldUK", "@SunSmartSolar", "@NorthgateHA", "@CosyCoverUK"],
    "en-us": ["@SunPeakSolar", "@KeystoneHome", "@ValleyElectric", "@ParksidePM", "@HeartlandMtg", "@MetroGasPower"],
}
HASHTAG = {
    "nl": ["#zonnepanelen", "#huurwoning", "#warmtepomp", "#slimmemeter", "#lekkage", "#energietransitie", "#verhuizen", "#klantenservice", "#thuisbatterij", "#schimmel"],
    "nl-be": ["#digitalemeter", "#zonnepanelen", "#sociaalwonen", "#warmtepomp", "#verhuis", "#prosumententarief", "#huurwaarborg", "#fail"],
    "fr-be": ["#compteurcommunicant", "#panneauxsolaires", "#logement", "#pompeachaleur", "#déménagement", "#garantielocative", "#servicecLient", "#inondation"],
    "en-gb": ["#damp", "#solarpanels", "#heatpump", "#smartmeter", "#renting", "#housingassociation", "#customerservice", "#movinghouse"],
    "en-us": ["#solar", "#homeowner", "#hvac", "#renters", "#insuranceclaim", "#heatpump", "#netmetering", "#movingday"],
}
URL = {
    "nl": ["https://mijn.woonkracht-oost.nl/reparatie", "www.stroomwijs.nl/verhuizen", "https://thuispolis.nl/schade-melden", "monitoring.solaredge.com", "https://www.zonnigdak.nl/storing", "mijn.netbeheermidden.nl", "https://huisvast.nl/huurders/borg", "https://app.warmtewijs.nl/login"],
    "nl-be": ["https://www.fluvius.be/verhuizen", "www.woonhaven-sl.be/herstelling", "https://mijn.polisplus.be", "https://zonnekracht.be/support", "www.ecopower.be/meterstanden", "https://immoverbeke.be/huurders"],
    "fr-be": ["https://www.ores.be/demenagement", "www.logementbxl.be/reparations", "https://assurhabitat.be/sinistre", "https://solairewallon.be/app", "www.lampiris-direct.be/index", "https://foyernamurois.be/locataires"],
    "en-gb": ["https://www.riversidehomes.org.uk/repairs", "brightwave.co.uk/moving-home", "https://homeshield.co.uk/claims", "https://sunsmartsolar.co.uk/support", "www.northgate-ha.org.uk/myaccount", "https://cosycover.co.uk/portal"],
    "en-us": ["https://sunpeaksolar.com/support", "www.keystonehome.com/claims", "https://valleyelectric.coop/move", "https://portal.parksidepm.com", "heartlandmortgage.com/pay", "https://enlighten.enphaseenergy.com"],
}
SSID = ["Ziggo5G-8A2F1", "KPN_Thuis_3F21", "telenet-7A2B1", "BTHub6-XK92", "NETGEAR47", "Proximus-Home-4C1D", "VodafoneConnect83", "Livebox-9E20", "SKY3D7A1", "xfinitywifi-home", "Fam_Jansen", "AP_SolarEdge_7E11", "Growatt_WIFI_8821", "Odido-B92C", "VOO-77F1A2", "ATT9rD2kq"]

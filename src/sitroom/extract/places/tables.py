"""Small tables of our own that the PyPI gazetteers lack.

- COUNTRY_POINTS: a representative point of each large country (rounded public-domain
  figures in the manner of the CIA World Factbook's "geographic coordinates"). Towns
  alone give a biased point for large countries (Canada's towns hug the US border),
  so the builder uses these and falls back to the towns for the rest. Gazetteers and
  corpora differ on them: GeoNames puts Canada at 60.1 N 113.6 W, the Factbook at
  60 N 95 W, 1,000 km apart; Russia is 60 N 100 E in both.
- DEMONYMS: adjectives of nationality → ISO 3166-1 alpha-2 ("Afghan" → AF).
- REGIONS: named regions wider or other than one admin unit, with a point and the
  country they lie in (None when they span several).
- LANDMARK_METONYMS: seats of government whose names stand for a government
  ("the Kremlin"); they resolve to their city and are always metonyms.
- EXTRA_ALIASES: common English short forms the packages miss ("U.S.", "Britain").
"""

from __future__ import annotations

COUNTRY_POINTS: dict[str, tuple[float, float]] = {
    "AF": (33.0, 65.0), "DZ": (28.0, 3.0), "AO": (-12.5, 18.5), "AR": (-34.0, -64.0),
    "AU": (-25.0, 133.0), "BO": (-17.0, -65.0), "BR": (-10.0, -53.0), "BW": (-22.0, 24.0),
    "CA": (60.0, -95.0), "CF": (7.0, 21.0), "TD": (15.0, 19.0), "CL": (-30.0, -71.0),
    "CN": (35.0, 103.0), "CO": (4.0, -72.0), "CD": (-2.5, 23.5), "CG": (-1.0, 15.0),
    "EG": (27.0, 30.0), "ET": (8.0, 38.0), "FI": (64.0, 26.0), "FR": (46.0, 2.0),
    "DE": (51.0, 9.0), "GL": (72.0, -40.0), "IN": (22.0, 79.0), "ID": (-5.0, 120.0),
    "IR": (32.0, 53.0), "IQ": (33.0, 44.0), "KZ": (48.0, 68.0), "KE": (1.0, 38.0),
    "LY": (26.5, 17.0), "MG": (-20.0, 47.0), "ML": (17.0, -4.0), "MR": (20.0, -12.0),
    "MX": (23.0, -102.0), "MN": (46.0, 105.0), "MA": (32.0, -5.0), "MZ": (-18.25, 35.0),
    "MM": (22.0, 97.0), "NA": (-22.0, 17.0), "NE": (16.0, 8.0), "NG": (9.0, 8.7),
    "NO": (62.0, 10.0), "PK": (30.0, 70.0), "PE": (-10.0, -76.0), "RU": (60.0, 100.0),
    "SA": (25.0, 45.0), "SO": (10.0, 49.0), "ZA": (-29.0, 24.0), "SS": (7.0, 30.0),
    "SD": (15.0, 31.0), "SE": (62.0, 15.0), "TZ": (-6.0, 35.0), "TH": (15.0, 100.0),
    "TR": (39.0, 35.0), "TM": (40.0, 60.0), "UA": (49.0, 32.0), "US": (40.0, -100.0),
    "UZ": (41.0, 64.0), "VE": (8.0, -66.0), "YE": (15.0, 48.0), "ZM": (-15.0, 30.0),
    "ZW": (-20.0, 30.0), "GB": (54.0, -2.0), "IT": (42.8, 12.8), "ES": (40.0, -4.0),
    "PL": (52.0, 20.0), "JP": (35.7, 137.0), "PH": (13.0, 122.0), "VN": (16.17, 107.0),
    "MY": (2.5, 112.5), "NZ": (-41.0, 174.0), "PG": (-6.0, 147.0), "CM": (6.0, 12.0),
    "GH": (8.0, -2.0), "CI": (8.0, -5.0), "BF": (13.0, -2.0), "GN": (11.0, -10.0),
    "UG": (1.0, 32.0), "SY": (35.0, 38.0), "TN": (34.0, 9.0), "OM": (21.0, 57.0),
    "KG": (41.0, 75.0), "TJ": (39.0, 71.0), "LA": (18.0, 105.0), "KH": (13.0, 105.0),
    "NP": (28.0, 84.0), "BD": (24.0, 90.0), "LK": (7.0, 81.0), "KP": (40.0, 127.0),
    "KR": (37.0, 127.5), "EC": (-2.0, -77.5), "PY": (-23.0, -58.0), "UY": (-33.0, -56.0),
    "GY": (5.0, -59.0), "SR": (4.0, -56.0), "ER": (15.0, 39.0), "GA": (-1.0, 11.75),
    "BY": (53.0, 28.0), "RO": (46.0, 25.0), "BG": (43.0, 25.0), "GR": (39.0, 22.0),
    "IS": (65.0, -18.0), "CU": (21.5, -80.0), "NI": (13.0, -85.0), "HN": (15.0, -86.5),
    "GT": (15.5, -90.25), "SN": (14.0, -14.0), "MW": (-13.5, 34.0), "BJ": (8.5, 2.4),
    "SL": (8.5, -11.5), "LR": (6.5, -9.5), "TG": (8.0, 1.17),
    "AT": (47.3, 13.3), "HU": (47.0, 20.0), "PT": (39.5, -8.0), "CZ": (49.75, 15.5),
    "IE": (53.0, -8.0), "JO": (31.0, 36.0), "IL": (31.5, 34.75), "AZ": (40.5, 47.5),
    "GE": (42.0, 43.5), "AM": (40.0, 45.0), "LB": (33.8, 35.8), "AE": (24.0, 54.0),
    "KW": (29.5, 45.75), "QA": (25.5, 51.25), "BH": (26.0, 50.55), "BT": (27.5, 90.5),
    "RW": (-2.0, 30.0), "BI": (-3.5, 30.0), "LS": (-29.5, 28.5), "SZ": (-26.5, 31.5),
    "DJ": (11.5, 43.0), "GM": (13.5, -15.5), "GW": (12.0, -15.0), "TL": (-8.8, 125.9),
    "CR": (10.0, -84.0), "PA": (9.0, -80.0), "DO": (19.0, -70.7), "HT": (19.0, -72.4),
    "SV": (13.8, -88.9), "BE": (50.8, 4.0), "NL": (52.5, 5.75), "CH": (47.0, 8.0),
    "DK": (56.0, 10.0), "LT": (56.0, 24.0), "LV": (57.0, 25.0), "EE": (59.0, 26.0),
    "RS": (44.0, 21.0), "HR": (45.2, 15.5), "BA": (44.0, 18.0), "SK": (48.7, 19.5),
    "SI": (46.1, 14.8), "MD": (47.0, 29.0), "AL": (41.0, 20.0), "MK": (41.8, 22.0),
    "ME": (42.5, 19.3), "XK": (42.6, 20.9), "CY": (35.0, 33.0), "TW": (23.5, 121.0),
    "SG": (1.37, 103.8), "PS": (31.9, 35.2), "EH": (24.5, -13.0), "GQ": (2.0, 10.0),
    "NC": (-21.5, 165.5), "FJ": (-18.0, 178.0), "SB": (-8.0, 159.0), "VU": (-16.0, 167.0),
    "BS": (24.25, -76.0), "JM": (18.25, -77.5), "TT": (11.0, -61.0), "BZ": (17.25, -88.75),
}

DEMONYMS: dict[str, str] = {
    "Afghan": "AF", "Afghani": "AF", "Albanian": "AL", "Algerian": "DZ", "American": "US", "Angolan": "AO",
    "Argentine": "AR", "Argentinian": "AR", "Armenian": "AM", "Australian": "AU", "Austrian": "AT",
    "Azerbaijani": "AZ", "Azeri": "AZ", "Bahraini": "BH", "Bangladeshi": "BD", "Belarusian": "BY",
    "Belgian": "BE", "Beninese": "BJ", "Bolivian": "BO", "Bosnian": "BA", "Brazilian": "BR", "British": "GB",
    "Bulgarian": "BG", "Burkinabe": "BF", "Burmese": "MM", "Burundian": "BI", "Cambodian": "KH",
    "Cameroonian": "CM", "Canadian": "CA", "Chadian": "TD", "Chilean": "CL", "Chinese": "CN",
    "Colombian": "CO", "Congolese": "CD", "Croatian": "HR", "Cuban": "CU", "Cypriot": "CY", "Czech": "CZ",
    "Danish": "DK", "Djiboutian": "DJ", "Dominican": "DO", "Dutch": "NL", "Ecuadorian": "EC",
    "Egyptian": "EG", "Emirati": "AE", "English": "GB", "Eritrean": "ER", "Estonian": "EE",
    "Ethiopian": "ET", "Filipino": "PH", "Finnish": "FI", "French": "FR", "Gabonese": "GA",
    "Gambian": "GM", "Georgian": "GE", "German": "DE", "Ghanaian": "GH", "Greek": "GR",
    "Guatemalan": "GT", "Guinean": "GN", "Haitian": "HT", "Honduran": "HN", "Hungarian": "HU",
    "Icelandic": "IS", "Indian": "IN", "Indonesian": "ID", "Iranian": "IR", "Iraqi": "IQ", "Irish": "IE",
    "Israeli": "IL", "Italian": "IT", "Ivorian": "CI", "Jamaican": "JM", "Japanese": "JP",
    "Jordanian": "JO", "Kazakh": "KZ", "Kazakhstani": "KZ", "Kenyan": "KE", "Kosovar": "XK",
    "Kuwaiti": "KW", "Kyrgyz": "KG", "Lao": "LA", "Laotian": "LA", "Latvian": "LV", "Lebanese": "LB",
    "Liberian": "LR", "Libyan": "LY", "Lithuanian": "LT", "Macedonian": "MK", "Malagasy": "MG",
    "Malawian": "MW", "Malaysian": "MY", "Malian": "ML", "Maltese": "MT", "Mauritanian": "MR",
    "Mexican": "MX", "Moldovan": "MD", "Mongolian": "MN", "Montenegrin": "ME", "Moroccan": "MA",
    "Mozambican": "MZ", "Namibian": "NA", "Nepali": "NP", "Nepalese": "NP", "Nicaraguan": "NI",
    "Nigerian": "NG", "Nigerien": "NE", "North Korean": "KP", "Norwegian": "NO", "Omani": "OM",
    "Pakistani": "PK", "Palestinian": "PS", "Panamanian": "PA", "Paraguayan": "PY", "Peruvian": "PE",
    "Philippine": "PH", "Polish": "PL", "Portuguese": "PT", "Qatari": "QA", "Romanian": "RO",
    "Russian": "RU", "Rwandan": "RW", "Saudi": "SA", "Scottish": "GB", "Senegalese": "SN",
    "Serbian": "RS", "Sierra Leonean": "SL", "Singaporean": "SG", "Slovak": "SK", "Slovenian": "SI",
    "Somali": "SO", "South African": "ZA", "South Korean": "KR", "South Sudanese": "SS", "Spanish": "ES",
    "Sri Lankan": "LK", "Sudanese": "SD", "Swedish": "SE", "Swiss": "CH", "Syrian": "SY",
    "Taiwanese": "TW", "Tajik": "TJ", "Tajikistani": "TJ", "Tanzanian": "TZ", "Thai": "TH",
    "Togolese": "TG", "Tunisian": "TN", "Turkish": "TR", "Turkmen": "TM", "Ugandan": "UG",
    "Ukrainian": "UA", "Uruguayan": "UY", "Uzbek": "UZ", "Venezuelan": "VE", "Vietnamese": "VN",
    "Welsh": "GB", "Yemeni": "YE", "Zambian": "ZM", "Zimbabwean": "ZW",
}

# Large admin1 units whose towns crowd one edge (Canada's south, Australia's coast), so
# the towns give a point hundreds of km from the middle: a representative point each.
ADMIN1_POINTS: dict[tuple[str, str], tuple[float, float]] = {
    ("CA", "Ontario"): (49.6, -84.8), ("CA", "Quebec"): (52.5, -71.0), ("CA", "British Columbia"): (54.0, -125.0),
    ("CA", "Alberta"): (54.0, -115.5), ("CA", "Saskatchewan"): (54.5, -106.0), ("CA", "Manitoba"): (55.0, -97.0),
    ("CA", "Nunavut"): (70.0, -90.0), ("CA", "Northwest Territories"): (64.0, -119.0), ("CA", "Yukon"): (63.6, -135.8),
    ("CA", "Newfoundland and Labrador"): (53.0, -60.0),
    ("AU", "Queensland"): (-21.5, 144.0), ("AU", "New South Wales"): (-32.5, 146.5), ("AU", "Western Australia"): (-25.0, 122.0),
    ("AU", "South Australia"): (-30.0, 135.0), ("AU", "Northern Territory"): (-20.0, 134.0), ("AU", "Victoria"): (-37.0, 144.0),
    ("AU", "Tasmania"): (-42.0, 147.0),
    ("US", "Alaska"): (64.0, -150.0), ("CN", "Inner Mongolia"): (44.0, 113.0), ("CN", "Xinjiang"): (41.0, 85.0),
    ("CN", "Tibet"): (31.0, 88.0), ("RU", "Sakha"): (66.0, 129.0), ("RU", "Krasnoyarsk Krai"): (64.0, 95.0),
    ("BR", "Amazonas"): (-4.0, -63.0), ("BR", "Pará"): (-4.0, -53.0), ("DZ", "Tamanrasset"): (24.0, 4.5),
}

# Continents: the points of their Wikipedia articles (GeoNames' own lie far from the middle).
CONTINENT_POINTS: dict[str, tuple[float, float]] = {
    "Africa": (7.19, 21.09), "Asia": (29.84, 89.3), "Europe": (52.0, 15.0), "North America": (54.5, -105.3),
    "South America": (-8.8, -55.5), "Oceania": (-22.7, 140.0), "Antarctica": (-82.9, 135.0),
}

# name, aliases, lat, lon, country (None when it spans several)
REGIONS: list[tuple[str, tuple[str, ...], float, float, str | None]] = [
    ("Middle East", ("Mideast",), 29.0, 41.0, None),
    ("Sahel", (), 15.0, 5.0, None),
    ("Horn of Africa", (), 9.0, 45.0, None),
    ("West Africa", (), 12.0, -3.0, None),
    ("East Africa", (), 0.0, 36.0, None),
    ("Central Africa", (), 2.0, 20.0, None),
    ("North Africa", (), 27.0, 12.0, None),
    ("Southern Africa", (), -25.0, 25.0, None),
    ("Sub-Saharan Africa", (), 0.0, 20.0, None),
    ("Southeast Asia", ("South-East Asia",), 10.0, 110.0, None),
    ("Central Asia", (), 45.0, 65.0, None),
    ("South Asia", (), 22.0, 78.0, None),
    ("East Asia", (), 35.0, 115.0, None),
    ("Latin America", (), -5.0, -65.0, None),
    ("Central America", (), 13.0, -86.0, None),
    ("Caribbean", (), 15.0, -72.0, None),
    ("Balkans", (), 43.0, 21.0, None),
    ("Scandinavia", (), 62.0, 14.0, None),
    ("Caucasus", (), 42.0, 45.0, None),
    ("Gulf", ("Persian Gulf", "Arabian Gulf"), 26.0, 52.0, None),
    ("Darfur", (), 13.0, 25.0, "SD"),
    ("Kashmir", (), 34.5, 76.0, None),
    ("Gaza Strip", ("Gaza",), 31.42, 34.36, "PS"),
    ("West Bank", (), 31.95, 35.25, "PS"),
    ("Kurdistan", ("Iraqi Kurdistan",), 36.2, 44.0, "IQ"),
    ("Sinai", ("Sinai Peninsula",), 29.5, 33.8, "EG"),
    ("Donbas", ("Donbass",), 48.0, 38.0, "UA"),
    ("Crimea", (), 45.0, 34.0, "UA"),
    ("Siberia", (), 60.0, 105.0, "RU"),
    ("Tibet", (), 31.0, 88.0, "CN"),
    ("Patagonia", (), -44.0, -69.0, None),
    ("Amazon", ("Amazonia",), -4.0, -62.0, None),
    ("Pacific", ("Pacific Ocean",), 0.0, -160.0, None),
    ("Americas", ("the Americas",), 19.0, -96.0, None),
    ("Pacific Northwest", (), 46.0, -121.0, "US"),
    ("Black Sea", (), 43.0, 35.0, None),
    ("Baltic Sea", ("Baltic",), 58.0, 20.0, None),
    ("Red Sea", (), 20.0, 38.5, None),
    ("Caspian Sea", (), 41.7, 50.7, None),
    ("European Union", ("EU", "E.U."), 50.85, 4.35, None),
    ("Atlantic", ("Atlantic Ocean",), 0.0, -30.0, None),
    ("Indian Ocean", (), -20.0, 80.0, None),
    ("Mediterranean", ("Mediterranean Sea",), 35.0, 18.0, None),
    ("Arctic", (), 80.0, 0.0, None),
    ("Antarctica", (), -80.0, 0.0, None),
    ("Golan Heights", ("Golan",), 33.0, 35.75, "SY"),
    ("Nagorno-Karabakh", ("Karabakh",), 39.9, 46.7, "AZ"),
    ("Waziristan", (), 32.5, 69.8, "PK"),
    # England's regions are no GeoNames units; "West Midlands" left to the packages reads as Zimbabwe's Midlands.
    ("West Midlands", (), 52.48, -1.9, "GB"),
    ("East Midlands", (), 52.95, -1.15, "GB"),
    # Large islands that news names as regions ("clashes in Mindanao"): the packages have no island features, and a
    # name left to them finds a namesake village abroad (Mindanao read as Mendon, Michigan, by its consonants).
    ("Mindanao", (), 7.5, 125.0, "PH"),
    ("Luzon", (), 16.0, 121.0, "PH"),
    ("Visayas", ("the Visayas",), 11.0, 123.5, "PH"),
    ("Sumatra", ("Sumatera",), 0.0, 102.0, "ID"),
    ("Java", (), -7.5, 110.0, "ID"),
    ("Sulawesi", ("Celebes",), -2.0, 121.0, "ID"),
    ("Kalimantan", (), 0.0, 114.0, "ID"),
    ("Borneo", (), 1.0, 114.0, None),
]

# landmark → (city it stands in, ISO2); these names mean a government, never a place of events.
LANDMARK_METONYMS: dict[str, tuple[str, str]] = {
    "Kremlin": ("Moscow", "RU"),
    "White House": ("Washington", "US"),
    "Pentagon": ("Washington", "US"),
    "Downing Street": ("London", "GB"),
    "Whitehall": ("London", "GB"),
    "Elysee": ("Paris", "FR"),
    "Élysée": ("Paris", "FR"),
    "Zhongnanhai": ("Beijing", "CN"),
    "Capitol Hill": ("Washington", "US"),
    "Foggy Bottom": ("Washington", "US"),
}

# Newspaper (AP style) abbreviations of US states and Canadian provinces, matched as written.
ADMIN1_ABBREVIATIONS: dict[tuple[str, str], tuple[str, ...]] = {
    ("US", "Alabama"): ("Ala.",), ("US", "Arizona"): ("Ariz.",), ("US", "Arkansas"): ("Ark.",),
    ("US", "California"): ("Calif.",), ("US", "Colorado"): ("Colo.",), ("US", "Connecticut"): ("Conn.",),
    ("US", "Delaware"): ("Del.",), ("US", "Florida"): ("Fla.",), ("US", "Georgia"): ("Ga.",),
    ("US", "Illinois"): ("Ill.",), ("US", "Indiana"): ("Ind.",), ("US", "Kansas"): ("Kan.", "Kans."),
    ("US", "Kentucky"): ("Ky.",), ("US", "Louisiana"): ("La.",), ("US", "Maryland"): ("Md.",),
    ("US", "Massachusetts"): ("Mass.",), ("US", "Michigan"): ("Mich.",), ("US", "Minnesota"): ("Minn.",),
    ("US", "Mississippi"): ("Miss.",), ("US", "Missouri"): ("Mo.",), ("US", "Montana"): ("Mont.",),
    ("US", "Nebraska"): ("Neb.", "Nebr."), ("US", "Nevada"): ("Nev.",), ("US", "New Hampshire"): ("N.H.",),
    ("US", "New Jersey"): ("N.J.",), ("US", "New Mexico"): ("N.M.",), ("US", "New York"): ("N.Y.",),
    ("US", "North Carolina"): ("N.C.",), ("US", "North Dakota"): ("N.D.",), ("US", "Oklahoma"): ("Okla.",),
    ("US", "Oregon"): ("Ore.",), ("US", "Pennsylvania"): ("Pa.",), ("US", "Rhode Island"): ("R.I.",),
    ("US", "South Carolina"): ("S.C.",), ("US", "South Dakota"): ("S.D.",), ("US", "Tennessee"): ("Tenn.",),
    ("US", "Texas"): ("Tex.",), ("US", "Vermont"): ("Vt.",), ("US", "Virginia"): ("Va.",),
    ("US", "Washington"): ("Wash.",), ("US", "West Virginia"): ("W.Va.", "W. Va."), ("US", "Wisconsin"): ("Wis.",),
    ("US", "Wyoming"): ("Wyo.",), ("CA", "British Columbia"): ("B.C.",), ("CA", "Ontario"): ("Ont.",),
    ("CA", "Alberta"): ("Alta.",), ("CA", "Saskatchewan"): ("Sask.",), ("CA", "Manitoba"): ("Man.",),
    ("CA", "Quebec"): ("Que.",), ("CA", "Nova Scotia"): ("N.S.",), ("CA", "New Brunswick"): ("N.B.",),
}

EXTRA_ALIASES: dict[str, tuple[str, ...]] = {
    "US": ("US", "U.S.", "U.S.A.", "USA", "America", "United States of America"),
    "GB": ("U.K.", "Britain", "Great Britain"),
    "RU": ("Russian Federation",),
    "KR": ("South Korea",), "KP": ("North Korea",),
    "CD": ("DRC", "DR Congo", "D.R. Congo", "Congo-Kinshasa", "Democratic Republic of Congo"),
    "CG": ("Congo-Brazzaville", "Republic of the Congo", "Republic of Congo"), "BA": ("Bosnia",), "CI": ("Ivory Coast", "Côte d'Ivoire"),
    "IR": ("Iran",), "SY": ("Syria",), "VN": ("Vietnam", "Viet Nam"), "LA": ("Laos",), "TW": ("Taiwan",),
    "BO": ("Bolivia",), "VE": ("Venezuela",), "TZ": ("Tanzania",), "MD": ("Moldova",), "PS": ("Palestine", "State of Palestine"),
    "CZ": ("Czech Republic", "Czechia"), "MM": ("Myanmar", "Burma"), "AE": ("UAE", "U.A.E."),
    "NL": ("Holland",), "VA": ("Vatican", "Vatican City"), "MK": ("Macedonia",), "SZ": ("Swaziland",),
    "TL": ("East Timor",), "CV": ("Cape Verde",), "FM": ("Micronesia",), "BN": ("Brunei",),
}

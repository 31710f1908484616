"""Wire services as a dateline names them ("BAMAKO, March 14, 2024 (Reuters) -", "KABUL (AP) —"), with the
name the outlet goes by in the store and in ACLED's source column."""

from __future__ import annotations

# How the dateline writes it -> the outlet's name. Matched whole, in any case ("(Reuters)", "(REUTERS)").
WIRE_AGENCIES: dict[str, str] = {
    "reuters": "Reuters",
    "ap": "Associated Press",
    "associated press": "Associated Press",
    "the associated press": "Associated Press",
    "afp": "AFP",
    "agence france-presse": "AFP",
    "agence france presse": "AFP",
    "upi": "UPI",
    "dpa": "dpa",
    "efe": "EFE",
    "ansa": "ANSA",
    "xinhua": "Xinhua",
    "tass": "TASS",
    "interfax": "Interfax",
    "ria novosti": "RIA Novosti",
    "ukrinform": "Ukrinform",
    "anadolu": "Anadolu Agency",
    "anadolu agency": "Anadolu Agency",
    "aa": "Anadolu Agency",
    "irna": "IRNA",
    "kyodo": "Kyodo",
    "yonhap": "Yonhap",
    "bernama": "Bernama",
    "antara": "Antara",
    "pti": "PTI",
    "ians": "IANS",
    "apa": "APA",
    "nan": "News Agency of Nigeria",
    "kuna": "KUNA",
    "wam": "WAM",
    "spa": "SPA",
    "mena": "MENA",
    "sana": "SANA",
    "pajhwok": "Pajhwok Afghan News",
    "bloomberg": "Bloomberg",
    "cnn": "CNN",
}

# Words of a credit or an editor's note in brackets on a line of its own ("(Photo by AFP) - ", "(Updated) - ",
# "(L-R) - "): with the wire services' names, what a bracketed line is when it is no dateline.
CREDIT_WORDS = ("photo", "photos", "file", "update", "updated", "editing", "reporting", "l-r", "r-l", "video",
                "graphic", "map", "getty", "bbc")

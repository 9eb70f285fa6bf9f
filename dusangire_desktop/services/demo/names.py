"""Rwandan names, wards and places the demo data draws from."""

FIRST_NAMES = [
    "Aline", "Jean", "Claudine", "Eric", "Diane", "Patrick", "Solange", "Emmanuel", "Vestine",
    "Olivier", "Chantal", "Innocent", "Josiane", "Fabrice", "Immaculée", "Théogène", "Divine",
    "Yves", "Clarisse", "Jean Bosco", "Béatrice", "Alphonse", "Grace", "Eugène", "Angélique",
    "Jean Claude", "Marie Claire", "Théoneste", "Esperance", "Gilbert", "Jeanne", "Pacifique",
    "Aimable", "Consolée", "Didier", "Félicité", "Gaspard", "Honorine", "Janvier", "Liliane",
]  # fmt: skip
SURNAMES = [
    "Uwase", "Mugisha", "Mukamana", "Niyonzima", "Uwimana", "Habimana", "Ingabire", "Nshimiyimana",
    "Mukandayisenga", "Hakizimana", "Uwamahoro", "Ndayisaba", "Nyirahabimana", "Bizimana",
    "Umutoni", "Kamanzi", "Iradukunda", "Nsengiyumva", "Mutesi", "Twagirayezu", "Murekatete",
    "Gasana", "Uwera", "Rukundo", "Nyiransabimana", "Kayitesi", "Munyaneza", "Ishimwe",
]  # fmt: skip
WARDS = [
    "Maternity", "Pediatrics", "Surgery A", "Surgery B", "Internal Medicine", "Cardiology",
    "Orthopedics", "Oncology", "Neonatal", "Private Wing",
]  # fmt: skip
DISTRICTS = ["Gasabo", "Kicukiro", "Nyarugenge", "Musanze", "Huye", "Rubavu", "Rwamagana"]

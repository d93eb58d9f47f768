"""The 101 préfectures: for each INSEE département code, how the préfet is named in a letter
(« Monsieur le Préfet du Rhône ») and the town of the préfecture.

Sources:
- The département names and their article: INSEE, Code officiel géographique, « Liste des
  départements » (file v_departement, columns DEP, TNCC, NCCENR, CHEFLIEU),
  https://www.insee.fr/fr/information/2560452 (the yearly COG; its TNCC column gives the article:
  0 « de », 1 « d' », 2 « du », 3 « de la », 4 « des », 5 « de l' »). Compound names in « -et- »
  have no article (« de Meurthe-et-Moselle », « d'Ille-et-Vilaine »), as the préfectures write them
  (meurthe-et-moselle.gouv.fr: « Préfecture de Meurthe-et-Moselle »); Vaucluse too (« Préfecture de
  Vaucluse »).
- The town: the COG's chef-lieu (CHEFLIEU), which is the seat of the préfecture, except the
  Val-d'Oise, whose préfecture sits in Cergy (postal address « Cergy-Pontoise Cedex ») while the
  chef-lieu code is Pontoise.
- Paris: a residence application is made « à Paris, à la préfecture de police et, dans les autres
  départements, à la préfecture ou à la sous-préfecture » (CESEDA art. R431-3, since 1 May 2021;
  before, art. R311-1); service-public.fr F2229 and F17335 send Paris residents to the
  « Préfecture de police de Paris - Service des titres de séjour ». A letter on a residence matter
  of a person living in Paris is therefore addressed to « Monsieur le Préfet de police ».
  Checked on 2026-12-01: R431-3 on justice.pappers.fr (CESEDA section LEGISCTA000042807014), and
  Légifrance's R431-20 (« le titre de séjour est délivré par le préfet du département dans lequel
  l'étranger a sa résidence et, à Paris, par le préfet de police »).
- Overseas (971 to 976) and Corsica (2A, 2B): each has its own préfet (« préfet de la Guadeloupe »,
  « préfet de La Réunion », « préfet de Mayotte », « préfet de la Corse-du-Sud »).

The names are French proper names: the letter (always French) uses them as they are."""

from __future__ import annotations

from dataclasses import dataclass

# INSEE's TNCC: the word that joins « préfet » and the département's name.
_JOIN = {0: "de ", 1: "d'", 2: "du ", 3: "de la ", 4: "des ", 5: "de l'"}

# code: (TNCC, name, town of the préfecture)
_TABLE = {
    "01": (5, "Ain", "Bourg-en-Bresse"), "02": (5, "Aisne", "Laon"), "03": (5, "Allier", "Moulins"),
    "04": (4, "Alpes-de-Haute-Provence", "Digne-les-Bains"), "05": (4, "Hautes-Alpes", "Gap"), "06": (4, "Alpes-Maritimes", "Nice"),
    "07": (5, "Ardèche", "Privas"), "08": (4, "Ardennes", "Charleville-Mézières"), "09": (5, "Ariège", "Foix"),
    "10": (5, "Aube", "Troyes"), "11": (5, "Aude", "Carcassonne"), "12": (5, "Aveyron", "Rodez"),
    "13": (4, "Bouches-du-Rhône", "Marseille"), "14": (2, "Calvados", "Caen"), "15": (2, "Cantal", "Aurillac"),
    "16": (3, "Charente", "Angoulême"), "17": (3, "Charente-Maritime", "La Rochelle"), "18": (2, "Cher", "Bourges"),
    "19": (3, "Corrèze", "Tulle"), "2A": (3, "Corse-du-Sud", "Ajaccio"), "2B": (3, "Haute-Corse", "Bastia"),
    "21": (3, "Côte-d'Or", "Dijon"), "22": (4, "Côtes-d'Armor", "Saint-Brieuc"), "23": (3, "Creuse", "Guéret"),
    "24": (3, "Dordogne", "Périgueux"), "25": (2, "Doubs", "Besançon"), "26": (3, "Drôme", "Valence"),
    "27": (5, "Eure", "Évreux"), "28": (1, "Eure-et-Loir", "Chartres"), "29": (2, "Finistère", "Quimper"),
    "30": (2, "Gard", "Nîmes"), "31": (3, "Haute-Garonne", "Toulouse"), "32": (2, "Gers", "Auch"),
    "33": (3, "Gironde", "Bordeaux"), "34": (5, "Hérault", "Montpellier"), "35": (1, "Ille-et-Vilaine", "Rennes"),
    "36": (5, "Indre", "Châteauroux"), "37": (1, "Indre-et-Loire", "Tours"), "38": (5, "Isère", "Grenoble"),
    "39": (2, "Jura", "Lons-le-Saunier"), "40": (4, "Landes", "Mont-de-Marsan"), "41": (0, "Loir-et-Cher", "Blois"),
    "42": (3, "Loire", "Saint-Étienne"), "43": (3, "Haute-Loire", "Le Puy-en-Velay"), "44": (3, "Loire-Atlantique", "Nantes"),
    "45": (2, "Loiret", "Orléans"), "46": (2, "Lot", "Cahors"), "47": (0, "Lot-et-Garonne", "Agen"),
    "48": (3, "Lozère", "Mende"), "49": (0, "Maine-et-Loire", "Angers"), "50": (3, "Manche", "Saint-Lô"),
    "51": (3, "Marne", "Châlons-en-Champagne"), "52": (3, "Haute-Marne", "Chaumont"), "53": (3, "Mayenne", "Laval"),
    "54": (0, "Meurthe-et-Moselle", "Nancy"), "55": (3, "Meuse", "Bar-le-Duc"), "56": (2, "Morbihan", "Vannes"),
    "57": (3, "Moselle", "Metz"), "58": (3, "Nièvre", "Nevers"), "59": (2, "Nord", "Lille"),
    "60": (5, "Oise", "Beauvais"), "61": (5, "Orne", "Alençon"), "62": (2, "Pas-de-Calais", "Arras"),
    "63": (2, "Puy-de-Dôme", "Clermont-Ferrand"), "64": (4, "Pyrénées-Atlantiques", "Pau"), "65": (4, "Hautes-Pyrénées", "Tarbes"),
    "66": (4, "Pyrénées-Orientales", "Perpignan"), "67": (2, "Bas-Rhin", "Strasbourg"), "68": (2, "Haut-Rhin", "Colmar"),
    "69": (2, "Rhône", "Lyon"), "70": (3, "Haute-Saône", "Vesoul"), "71": (0, "Saône-et-Loire", "Mâcon"),
    "72": (3, "Sarthe", "Le Mans"), "73": (3, "Savoie", "Chambéry"), "74": (3, "Haute-Savoie", "Annecy"),
    "75": (0, "Paris", "Paris"), "76": (3, "Seine-Maritime", "Rouen"), "77": (0, "Seine-et-Marne", "Melun"),
    "78": (4, "Yvelines", "Versailles"), "79": (4, "Deux-Sèvres", "Niort"), "80": (3, "Somme", "Amiens"),
    "81": (2, "Tarn", "Albi"), "82": (0, "Tarn-et-Garonne", "Montauban"), "83": (2, "Var", "Toulon"),
    "84": (0, "Vaucluse", "Avignon"), "85": (3, "Vendée", "La Roche-sur-Yon"), "86": (3, "Vienne", "Poitiers"),
    "87": (3, "Haute-Vienne", "Limoges"), "88": (4, "Vosges", "Épinal"), "89": (5, "Yonne", "Auxerre"),
    "90": (2, "Territoire de Belfort", "Belfort"), "91": (5, "Essonne", "Évry-Courcouronnes"), "92": (4, "Hauts-de-Seine", "Nanterre"),
    "93": (3, "Seine-Saint-Denis", "Bobigny"), "94": (2, "Val-de-Marne", "Créteil"), "95": (2, "Val-d'Oise", "Cergy"),
    "971": (3, "Guadeloupe", "Basse-Terre"), "972": (3, "Martinique", "Fort-de-France"), "973": (3, "Guyane", "Cayenne"),
    "974": (0, "La Réunion", "Saint-Denis"), "976": (0, "Mayotte", "Mamoudzou"),
}
POLICE = "75"  # Paris: the préfet de police, for residence matters


@dataclass(frozen=True)
class Prefecture:
    code: str
    name: str  # the département's name, « Rhône »
    of_name: str  # « du Rhône », « de la Haute-Garonne », « de l'Ain »
    town: str  # where the préfecture is

    @property
    def police(self) -> bool:
        """Paris: the letter goes to the préfet de police."""
        return self.code == POLICE


PREFECTURES: dict[str, Prefecture] = {code: Prefecture(code, name, _JOIN[tncc] + name, town) for code, (tncc, name, town) in _TABLE.items()}


def prefecture(code: str | None) -> Prefecture | None:
    """The préfecture of a département code (None when the code is not given or not known)."""
    return PREFECTURES.get(code) if code else None


def departement_of_postcode(postcode: str | None) -> str | None:
    """The département a French postcode most likely belongs to (its first two digits; three
    overseas; Corsica's 200xx-201xx are the Corse-du-Sud, 202xx-206xx the Haute-Corse). A few
    communes have the postcode of a neighbouring département: the case's own département wins."""
    if not postcode or len(postcode) != 5 or not postcode.isdigit():
        return None
    if postcode.startswith("97"):
        code = postcode[:3]
    elif postcode.startswith("20"):
        code = "2A" if postcode < "20200" else "2B"
    else:
        code = postcode[:2]
    return code if code in PREFECTURES else None

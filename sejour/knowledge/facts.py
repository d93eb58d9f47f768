"""The facts a question states, read into the case format: nationality (country names and
demonyms, English and French, and the commonest Spanish ones), diploma, contract, salary, dates, département or city, the permit
held, a volunteer mission, a refusal. Text is folded (lower case, no accents) before matching, so
"algerienne", "Algérienne" and "ALGERIAN" read the same."""

from __future__ import annotations

import datetime
import re
import unicodedata

from sejour.countries import COUNTRY_NAMES


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", (text or "").lower().replace("\u2019", "'"))
    return "".join(c for c in text if not unicodedata.combining(c))


# Demonyms and French country names (folded), for the nationalities people write most; the
# English country names come from the case format's own list.
_NATIONALITY_WORDS = {
    "DZ": "algerian algerians algerien algerienne algeriens algeriennes algerie argelino argelina argelia",
    "MA": "moroccan marocain marocaine marocains maroc marroqui marruecos", "TN": "tunisian tunisien tunisienne tunisiens tunisie tunecino tunecina tunez",
    "SN": "senegalese senegalais senegalaise senegales senegalesa", "CI": "ivorian ivoirien ivoirienne cote d'ivoire", "CM": "cameroonian camerounais camerounaise cameroun camerunes camerunesa",
    "ML": "malian malien malienne", "BJ": "beninese beninois beninoise benin", "BF": "burkinabe burkina", "GA": "gabonese gabonais gabonaise",
    "CG": "congolese (brazzaville) congo-brazzaville", "CD": "congolais congolaise rdc", "MG": "malagasy malgache madagascar",
    "MU": "mauritian mauricien mauricienne ile maurice", "CV": "cape verdean cap-verdien cap-vert", "GN": "guinean guineen guineenne guinee",
    "NG": "nigerian nigerians", "GH": "ghanaian ghaneen", "KE": "kenyan kenyan", "ET": "ethiopian ethiopien", "EG": "egyptian egyptien egyptienne egypte",
    "LB": "lebanese libanais libanaise liban", "SY": "syrian syrien syrienne syrie", "TR": "turkish turc turque turquie",
    "IR": "iranian iranien iranienne", "IN": "indian indians indien indienne indiens inde", "PK": "pakistani pakistanais pakistanaise",
    "BD": "bangladeshi bangladais", "LK": "sri lankan sri-lankais", "NP": "nepali nepalese nepalais", "CN": "chinese chinois chinoise chine",
    "JP": "japanese japonais japonaise japon", "KR": "korean coreen coreenne coree du sud", "VN": "vietnamese vietnamien vietnamienne",
    "TH": "thai thailandais thailande", "ID": "indonesian indonesien indonesie", "PH": "filipino philippin philippines",
    "MY": "malaysian malaisien malaisie", "US": "american americans americain americaine etats-unis usa u.s. estadounidense", "CA": "canadian canadien canadienne",
    "MX": "mexican mexicain mexicaine mexique mexicano mexicana", "BR": "brazilian brasilian bresilien bresilienne bresil brasileno brasilena brasil",
    "AR": "argentinian argentine argentin argentino",
    "CO": "colombian colombien colombienne colombie colombiano colombiana", "CL": "chilean chilien chilienne chili chileno chilena",
    "PE": "peruvian peruvien perou peruano peruana", "EC": "ecuadorian equatorien ecuatoriano ecuatoriana", "BO": "bolivian bolivien boliviano boliviana",
    "CU": "cuban cubain cubano cubana",
    "VE": "venezuelan venezuelien venezolano venezolana", "GB": "british brits britannique royaume-uni angleterre english uk", "RU": "russian russe russie",
    "UA": "ukrainian ukrainien ukrainienne ukraine", "RS": "serbian serbe serbie", "BA": "bosnian bosnien bosnie",
    "ME": "montenegrin montenegrin montenegro", "MK": "macedonian macedonien macedoine", "AU": "australian australien australienne australie",
    "NZ": "new zealander neo-zelandais", "HT": "haitian haitien haitienne haiti", "DE": "german allemand allemande allemagne",
    "IT": "italian italien italienne italie", "ES": "spanish espagnol espagnole espagne", "PT": "portuguese portugais portugaise",
    "BE": "belgian belge belgique", "NL": "dutch neerlandais pays-bas", "PL": "polish polonais polonaise pologne", "RO": "romanian roumain roumaine roumanie",
    "IE": "irish irlandais irlandaise irlande", "GR": "greek grec grecque grece", "CH": "swiss suisse", "SE": "swedish suedois suede",
    "FR": "french citizen francais de nationalite francaise",
}
# The language rather than the people, a country name shared by two countries, or a piece of a
# name of several words (those are listed whole below).
_AMBIGUOUS = {"french", "francais", "english", "congolese", "guinee", "congo", "du", "de", "sud", "ile", "cote", "d'ivoire", "sri", "lankan",
              "new", "zealander", "nationalite", "citizen", "(brazzaville)", "maurice"}


def _country_patterns():
    table = []
    for code, words in _NATIONALITY_WORDS.items():
        for word in words.split(" "):
            table.append((word, code))
    for code, name in COUNTRY_NAMES.items():
        simple = fold(name.split(",")[0])
        if len(simple) > 3:
            table.append((simple, code))
    for multi, code in (("cote d'ivoire", "CI"), ("burkina faso", "BF"), ("cap-vert", "CV"), ("sri lanka", "LK"), ("new zealand", "NZ"),
                        ("etats-unis", "US"), ("united states", "US"), ("royaume-uni", "GB"), ("united kingdom", "GB"), ("coree du sud", "KR"),
                        ("south korea", "KR"), ("ile maurice", "MU"), ("nationalite francaise", "FR"), ("french citizen", "FR"), ("french national", "FR")):
        table.append((multi, code))
    table.sort(key=lambda item: -len(item[0]))
    return [(re.compile(r"(?<![a-z])" + re.escape(word) + r"(?![a-z])"), code, word) for word, code in table if word not in _AMBIGUOUS]


_COUNTRIES = _country_patterns()
_FRENCH_NATIONAL = re.compile(r"\b(i am|i'm|im) (a )?french\b|\bje suis (de nationalite )?francais")

DIPLOMAS = (  # (pattern, diploma code of the case format), the most specific first
    (r"licence pro|professional (bachelor|licen[cs]e)|\blp\b", "licence_professionnelle"),
    (r"\bmba\b", "mba"), (r"\bmsc\b|master of science|mastere", "msc"),
    (r"\bphd\b|doctora|\bdoctorate\b|these de doctorat", "doctorate"),
    (r"ingenieur|engineering (degree|school|diploma)|engineer(ing)? degree|titulo de ingenier", "engineering"),
    (r"\bmaster|\bbac ?\+ ?5\b|\bm2\b|postgraduate|post-graduate", "master"),
    (r"\bbachelor|\blicence\b|\bbac ?\+ ?3\b|undergraduate|\bl3\b|\bbsc\b|\bba degree", "licence"),
)
CONTRACTS = ((r"\bcdi\b|permanent (contract|job|position)|open-ended|contrato indefinido", "cdi"), (r"\bcdd\b|fixed[- ]term|duracion determinada", "cdd"),
             (r"\binterim\b", "interim"), (r"\bstage\b|internship|\bintern\b|stagiaire", "internship"))
PERMITS = (  # the permit the person holds (not the one asked for)
    (r"\b(on|with|hold|holding|have|got|under) (my |an |a |the )?(aps|rece|job[- ]?(seeker|search)[a-z ]{0,20}(permit|card|visa))\b"
     r"|\bmy (aps|rece)\b|\b(mon|mon titre|ma carte|j'ai (une|l'|la|mon)|sous|en|avec (mon|ma|l'|une)) ?(aps|rece)\b|titulaire d'une? (aps|carte rece)",
     "aps_graduate"),
    (r"student (visa|permit|card|residence|titre|status)|titre (de sejour )?etudiant|carte (de sejour )?etudiant|visa etudiant|statut etudiant"
     r"|titre de sejour mention etudiant|\bas an? (international )?student\b|je suis etudiant|i am (a |an )?(international )?student"
     r"|(permiso|visa|visado|tarjeta) de estudiante|soy estudiante", "student"),
    (r"\b(talent|salarie|employee|work) (permit|card|titre|visa)\b|carte (de sejour )?salarie|titre salarie", "employee"),
    (r"long[- ]stay visa|visa (de )?long sejour", "long_stay_visa"),
    (r"\bresearcher\b|chercheur|scientifique", "researcher"),
)
CITIES = {"paris": "75", "lyon": "69", "marseille": "13", "toulouse": "31", "lille": "59", "bordeaux": "33", "nantes": "44", "strasbourg": "67",
          "montpellier": "34", "nice": "06", "rennes": "35", "grenoble": "38", "saint-etienne": "42", "saint etienne": "42", "dijon": "21",
          "angers": "49", "reims": "51", "le havre": "76", "rouen": "76", "toulon": "83", "clermont-ferrand": "63", "tours": "37",
          "limoges": "87", "amiens": "80", "metz": "57", "nancy": "54", "besancon": "25", "orleans": "45", "caen": "14", "brest": "29",
          "poitiers": "86", "pau": "64", "perpignan": "66", "nanterre": "92", "creteil": "94", "bobigny": "93", "versailles": "78",
          "evry": "91", "cergy": "95", "melun": "77", "aix-en-provence": "13", "mulhouse": "68", "avignon": "84"}
MONTHS = {m: i for i, names in enumerate((("january", "janvier", "jan", "enero"), ("february", "fevrier", "feb", "febrero"), ("march", "mars", "mar", "marzo"),
                                           ("april", "avril", "apr", "abril"), ("may", "mai", "mayo"), ("june", "juin", "jun", "junio"), ("july", "juillet", "jul", "julio"),
                                           ("august", "aout", "aug", "agosto"), ("september", "septembre", "sept", "sep", "septiembre", "setiembre"),
                                           ("october", "octobre", "oct", "octubre"), ("november", "novembre", "nov", "noviembre"),
                                           ("december", "decembre", "dec", "diciembre")), start=1) for m in names}
_DAY_FIRST = re.compile(r"\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b")
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_WORDS_DATE = re.compile(r"\b(?:(\d{1,2})(?:st|nd|rd|th|er)? (?:de )?)?(" + "|".join(sorted(MONTHS, key=len, reverse=True))
                         + r")\.? (?:(\d{1,2})(?:st|nd|rd|th)?,? )?(?:de )?(\d{4})\b")
_SALARY = re.compile(r"(\d[\d  .,]*\d|\d)\s*(k\b|k€|€|eur\b|euros?\b)(?:\s*(brut|gross|net|brutos?|netos?)?)?"
                     r"(?:\s*(?:par|per|a|al|/)\s*(mois|month|an|year|annee|yr|mes|ano))?")
ROLES = ((r"expir|valid (until|till)|valable jusqu|fin de validite|ends? on|vence|caduca|vencimiento", "permit.expires_on"),
         (r"refus|reject|rejet|denega|rechaz", "application.refusal_received_on"), (r"arriv|entered|entree|landed|llegu|llegada", "person.arrived_on"),
         (r"diplom|graduat|obtenu|obtained|soutenance|defended|titule|me gradue|obtuve", "studies.obtained_on"),
         (r"depose|filed|submitted|applied|demande faite|presente la solicitud|solicite", "application.filed_on"))


def _first(patterns, text):
    return next((code for pattern, code in patterns if re.search(pattern, text)), None)


def nationality(text: str) -> str | None:
    """The ISO code of the first nationality or country of origin named, else None."""
    if _FRENCH_NATIONAL.search(text):
        return "FR"
    found = [(m.start(), code) for pattern, code, _ in _COUNTRIES for m in [pattern.search(text)] if m and code != "FR"]
    return min(found)[1] if found else None


def _dates(text: str):
    for match in _ISO.finditer(text):
        yield match.start(), match.groups()
    for match in _DAY_FIRST.finditer(text):
        day, month, year = match.groups()
        yield match.start(), (year, month, day)
    for match in _WORDS_DATE.finditer(text):
        day1, month, day2, year = match.groups()
        yield match.start(), (year, MONTHS[month], day1 or day2 or "1")


def dates(text: str) -> dict[str, datetime.date]:
    """Dates of the question, each given the role the words just before it say (expiry, refusal...)."""
    found = {}
    for start, (year, month, day) in _dates(text):
        try:
            day_value = datetime.date(int(year), int(month), int(day))
        except ValueError:
            continue
        before = text[max(0, start - 60):start]
        role = _first(((p, r) for p, r in ROLES), before[-60:])
        if role and role not in found:
            found[role] = day_value
    return found


def salary(text: str) -> float | None:
    for match in _SALARY.finditer(text):
        number, unit, _, period = match.groups()
        digits = re.sub(r"[  ]", "", number)
        if re.fullmatch(r"\d{1,3}([.,]\d{3})+", digits):
            digits = re.sub(r"[.,]", "", digits)
        try:
            value = float(digits.replace(",", "."))
        except ValueError:
            continue
        if unit.startswith("k"):
            value *= 1000
        if period in ("an", "year", "annee", "yr") or value >= 15000:
            value = round(value / 12, 2)
        if 300 <= value <= 50000:
            return value
    return None


def read_facts(question: str) -> dict:
    """The facts stated, as {dotted case path: value} (only what the words say)."""
    text = fold(question)
    facts: dict = {}
    code = nationality(text)
    if code:
        facts["person.nationality"] = code
    if diploma := _first(DIPLOMAS, text):
        facts["studies.diploma"] = diploma
    if contract := _first(CONTRACTS, text):
        facts["job.contract"] = contract
    if (pay := salary(text)) is not None:
        facts["job.gross_monthly_salary_eur"] = pay
    if permit := _first(PERMITS, text):
        facts["permit.kind"] = permit
    departement = re.search(r"\b(?:departement|departamento|department|dept)\.? ?(?:du |de la |des |de l')?(\d{2,3}|2a|2b)\b", text)
    city = next((code for name, code in CITIES.items() if re.search(r"(?<![a-z-])" + name + r"(?![a-z-])", text)), None)
    if departement or city:
        facts["person.departement"] = departement.group(1).upper().zfill(2) if departement else city
    if re.search(r"volunt|volontari|benevol", text):
        facts["volunteering"] = True
    if re.search(r"\brefus|\brefused|\breject|\brejet|\bdenied|\bturned down|\bdenega|\brechaz", text):
        facts["application.decision"] = "refused"
    facts.update(dates(text))
    return facts

"""The questions of the interview: one per field of the case format, in plain words (fr/en),
grouped by topic (a section of the case). Which of them are asked is decided by the engine
(`missing`), never by a fixed list: see :mod:`sejour.web.interview.flow`."""

from __future__ import annotations

import datetime
import re
import unicodedata
from dataclasses import dataclass, field

from sejour.countries import COUNTRY_NAMES, DEPARTEMENTS

from .countries_fr import COUNTRY_NAMES_FR

TOPICS = ("person", "permit", "studies", "job", "volunteering", "application")
TOPIC_TITLES = {
    "person": {"en": "About you", "fr": "Vous"},
    "permit": {"en": "Your residence document", "fr": "Votre titre de séjour"},
    "studies": {"en": "Your studies in France", "fr": "Vos études en France"},
    "job": {"en": "Your job", "fr": "Votre emploi"},
    "volunteering": {"en": "Your volunteer mission", "fr": "Votre mission de volontariat"},
    "application": {"en": "Your application to the préfecture", "fr": "Votre demande à la préfecture"},
}

# What the person wants; the goal opens the "if any" section it is about.
GOALS = {
    "volunteer": ({"en": "Come to France as a volunteer", "fr": "Venir en France comme volontaire"}, "volunteering"),
    "graduate": ({"en": "Stay in France after my studies", "fr": "Rester en France après mes études"}, None),
    "hired": ({"en": "I have been hired (or have a job offer)", "fr": "J'ai été embauché·e (ou j'ai une promesse d'embauche)"}, "job"),
    "refused": ({"en": "My application was refused or not answered", "fr": "Ma demande a été refusée ou est restée sans réponse"}, "application"),
    "unsure": ({"en": "I am not sure", "fr": "Je ne sais pas"}, None),
}
# For "I am not sure": whether each "if any" section exists is asked first.
SECTION_QUESTIONS = {
    "job": {"en": "Do you have a job offer or a signed work contract?", "fr": "Avez-vous une promesse d'embauche ou un contrat de travail signé ?"},
    "volunteering": {"en": "Do you have (or plan) a volunteer mission with an association or foundation?",
                     "fr": "Avez-vous (ou prévoyez-vous) une mission de volontariat dans une association ou une fondation ?"},
    "application": {"en": "Have you already filed an application at the préfecture?", "fr": "Avez-vous déjà déposé une demande à la préfecture ?"},
}


@dataclass(frozen=True)
class Question:
    """kind "event": a date that may not have happened (yet); "not yet" is kept as an explicit null."""
    path: str
    kind: str  # yesno | date | event | choice | country | departement | number | money | multi
    label: dict
    hint: dict = field(default_factory=dict)
    choices: tuple = ()  # (value, {en, fr})

    @property
    def topic(self) -> str:
        return self.path.split(".")[0]

    @property
    def name(self) -> str:
        return self.path.replace(".", "__")


def _q(path, kind, en, fr, hint_en="", hint_fr="", choices=()):
    return Question(path, kind, {"en": en, "fr": fr}, {"en": hint_en, "fr": hint_fr} if hint_en else {}, choices)


def _c(value, en, fr):
    return (value, {"en": en, "fr": fr})


DATE_HINT = ("For example 31/12/2026.", "Par exemple 31/12/2026.")
QUESTIONS = {q.path: q for q in [
    _q("person.nationality", "country", "What is your nationality?", "Quelle est votre nationalité ?"),
    _q("person.in_france", "yesno", "Are you in France now?", "Êtes-vous en France actuellement ?"),
    _q("person.arrived_on", "date", "When did you last arrive in France?", "Quand êtes-vous arrivé·e en France pour la dernière fois ?", *DATE_HINT),
    _q("person.departement", "departement", "In which département do you live?", "Dans quel département habitez-vous ?",
       "The number of the département, e.g. 75 for Paris, 69 for the Rhône.", "Le numéro du département, par ex. 75 pour Paris, 69 pour le Rhône."),
    _q("permit.kind", "choice", "Which residence document do you hold now?", "Quel titre de séjour avez-vous actuellement ?", choices=(
        _c("none", "None", "Aucun"), _c("long_stay_visa", "A long-stay visa", "Un visa long séjour"),
        _c("student", "A student residence permit (titre de séjour « étudiant »)", "Une carte de séjour « étudiant »"),
        _c("aps_graduate", "An APS or a RECE card after my degree", "Une APS ou une carte RECE après mon diplôme"),
        _c("aps_volunteer", "An APS for volunteers", "Une APS « volontaire »"),
        _c("employee", "An employee permit (« salarié »)", "Une carte « salarié »"),
        _c("researcher", "A researcher permit", "Une carte « chercheur »"), _c("other", "Another document", "Un autre titre"))),
    _q("permit.expires_on", "date", "When does it expire (or when did it expire)?", "Quand expire-t-il (ou quand a-t-il expiré) ?", *DATE_HINT),
    _q("studies.diploma", "choice", "Which diploma did you obtain (or will you obtain) in France?", "Quel diplôme avez-vous obtenu (ou allez-vous obtenir) en France ?", choices=(
        _c("none", "None", "Aucun"), _c("licence", "Licence (bachelor)", "Licence"), _c("licence_professionnelle", "Licence professionnelle", "Licence professionnelle"),
        _c("master", "Master", "Master"), _c("engineering", "Engineering degree (diplôme d'ingénieur)", "Diplôme d'ingénieur"),
        _c("doctorate", "Doctorate (PhD)", "Doctorat"), _c("mba", "MBA", "MBA"), _c("msc", "MSc", "MSc"),
        _c("rncp_level_1", "RNCP level 7 (formerly level I) certification", "Titre RNCP de niveau 7 (ancien niveau I)"),
        _c("accounting", "Accounting diploma (DSCG)", "Diplôme d'expertise comptable (DSCG)"), _c("medical", "Medical diploma", "Diplôme de médecine"),
        _c("technology", "Technology diploma", "Diplôme de technologie"), _c("other", "Another diploma", "Un autre diplôme"))),
    _q("studies.confers_master_grade", "yesno", "Does the diploma confer the national « grade de master »?", "Le diplôme confère-t-il le grade de master ?",
       "Your school or university can tell you; it is written on most diplomas.", "Votre établissement peut vous le dire ; c'est écrit sur la plupart des diplômes."),
    _q("studies.cge_labelled", "yesno", "Is it labelled by the Conférence des grandes écoles (Mastère spécialisé, MSc)?",
       "Est-il labellisé par la Conférence des grandes écoles (Mastère spécialisé, MSc) ?"),
    _q("studies.institution_accredited", "yesno", "Is the school or university accredited by the State (« habilité »)?", "L'établissement est-il habilité par l'État ?"),
    _q("studies.obtained_on", "date", "When was (or will) the diploma be awarded?", "Quand le diplôme a-t-il été (ou sera-t-il) délivré ?", *DATE_HINT),
    _q("studies.enrolled_next_year", "yesno", "Are you enrolled for next academic year?", "Êtes-vous inscrit·e pour l'année universitaire prochaine ?"),
    _q("studies.years_completed_in_france", "number", "How many years of higher education have you completed in France?",
       "Combien d'années d'études supérieures avez-vous accomplies en France ?"),
    _q("job.contract", "choice", "Which kind of contract?", "Quel type de contrat ?", choices=(
        _c("cdi", "Permanent contract (CDI)", "CDI"), _c("cdd", "Fixed-term contract (CDD)", "CDD"), _c("interim", "Temporary agency work (intérim)", "Intérim"),
        _c("internship", "Internship", "Stage"), _c("student_job", "Student job", "Job étudiant"))),
    _q("job.months", "number", "How many months does the contract last?", "Combien de mois dure le contrat ?"),
    _q("job.gross_monthly_salary_eur", "money", "What is the gross monthly salary, in euros?", "Quel est le salaire mensuel brut, en euros ?",
       "Before social contributions, as written in the contract, e.g. 2500 or 2 500,50.", "Avant cotisations, comme sur le contrat, par ex. 2500 ou 2 500,50."),
    _q("job.related_to_studies", "yesno", "Is the job related to your studies?", "L'emploi est-il en rapport avec vos études ?"),
    _q("job.pay_comparable", "yesno", "Are you paid like the employer's other staff in the same post?", "Êtes-vous payé·e comme les autres salariés au même poste ?"),
    _q("job.signed_on", "event", "When were you hired (contract or promise signed)?", "Quand avez-vous été embauché·e (contrat ou promesse signé) ?", *DATE_HINT),
    _q("job.starts_on", "date", "When does the job start?", "Quand l'emploi commence-t-il ?", *DATE_HINT),
    _q("volunteering.host_public_utility", "yesno", "Is the host an association or foundation « reconnue d'utilité publique »?",
       "L'organisme d'accueil est-il une association ou fondation reconnue d'utilité publique ?"),
    _q("volunteering.host_approved_for_volunteers", "yesno", "Is the host approved to receive volunteers?", "L'organisme est-il agréé pour accueillir des volontaires ?"),
    _q("volunteering.mission_purpose", "choice", "What is the mission's purpose?", "Quel est l'objet de la mission ?", choices=(
        _c("social", "Social", "Social"), _c("humanitarian", "Humanitarian", "Humanitaire"), _c("other", "Something else", "Autre"))),
    _q("volunteering.general_interest_aims", "multi", "Which general-interest aims does the mission pursue?", "Quels objectifs d'intérêt général la mission poursuit-elle ?", choices=(
        _c("self_reliance_and_cohesion", "Self-reliance and social cohesion", "Autonomie et cohésion sociale"),
        _c("solidarity_in_france", "Solidarity in France", "Solidarité en France"))),
    _q("volunteering.contract_signed_before_entry", "yesno", "Was the volunteering contract signed before you entered France?",
       "Le contrat de volontariat a-t-il été signé avant votre entrée en France ?"),
    _q("volunteering.long_stay_visa", "yesno", "Do you hold (or will you hold) a long-stay visa for the mission?", "Avez-vous (ou aurez-vous) un visa long séjour pour la mission ?"),
    _q("volunteering.acceptance_certificate", "yesno", "Do you have the host's acceptance certificate?", "Avez-vous l'attestation d'accueil de l'organisme ?"),
    _q("volunteering.commits_to_leave", "yesno", "Do you undertake in writing to leave France at the end of the mission?",
       "Vous engagez-vous par écrit à quitter la France à la fin de la mission ?"),
    _q("volunteering.starts_on", "date", "When does the mission start?", "Quand la mission commence-t-elle ?", *DATE_HINT),
    _q("volunteering.ends_on", "date", "When does the mission end?", "Quand la mission se termine-t-elle ?", *DATE_HINT),
    _q("application.route", "choice", "What did you apply for?", "Qu'avez-vous demandé ?", choices=(
        _c("aps_volunteer", "APS for volunteers", "APS « volontaire »"), _c("aps_graduate", "APS / RECE card after my degree", "APS / carte RECE après le diplôme"),
        _c("employee_after_aps", "Employee permit after an APS", "Carte « salarié » après une APS"),
        _c("employee_from_student", "Employee permit from a student permit", "Carte « salarié » après une carte étudiant"),
        _c("talent_qualified_employee", "« Talent – salarié qualifié » card", "Carte « talent – salarié qualifié »"),
        _c("student_renewal", "Renewal of my student permit", "Renouvellement de ma carte étudiant"))),
    _q("application.filed_on", "date", "When did you file it?", "Quand l'avez-vous déposée ?", *DATE_HINT),
    _q("application.receipt_states_appeal_routes", "yesno",
       "Did the acknowledgement of receipt of your application say how, and within what time, you could contest a refusal?",
       "L'accusé de réception de votre demande indiquait-il comment, et dans quel délai, contester un refus ?",
       "Look on the receipt (or the online filing certificate) for a paragraph on « voies et délais de recours ». If it has none, "
       "the two months to contest a refusal by silence have not started.",
       "Cherchez sur l'accusé de réception (ou l'attestation de dépôt en ligne) un paragraphe sur les « voies et délais de recours ». "
       "S'il n'y en a pas, le délai de deux mois contre un refus implicite n'a pas commencé."),
    _q("application.decision", "choice", "What has the préfecture answered?", "Qu'a répondu la préfecture ?", choices=(
        _c("pending", "Nothing yet", "Rien pour l'instant"), _c("granted", "Granted", "Acceptée"), _c("refused", "Refused", "Refusée"))),
    _q("application.decided_on", "event", "On which day was the decision taken?", "À quelle date la décision a-t-elle été prise ?", *DATE_HINT),
    _q("application.refusal_received_on", "event", "When did you receive the written refusal?", "Quand avez-vous reçu le refus écrit ?", *DATE_HINT),
    _q("application.oqtf", "choice", "Does the refusal letter also order you to leave France?",
       "La lettre de refus vous oblige-t-elle aussi à quitter la France ?",
       "Look in the decision for the words « obligation de quitter le territoire français » (OQTF), followed either by « dans un délai "
       "de trente jours » (a period to leave) or by « sans délai ». Most refusals carry one, and it makes the time to contest much shorter.",
       "Cherchez dans la décision les mots « obligation de quitter le territoire français » (OQTF), suivis soit de « dans un délai de "
       "trente jours » (un délai de départ), soit de « sans délai ». La plupart des refus en comportent une, et le délai pour contester "
       "est alors beaucoup plus court.", choices=(
        _c("none", "No: the letter only refuses the permit", "Non : la lettre refuse seulement le titre"),
        _c("with_departure_period", "Yes, with a period to leave (usually 30 days)", "Oui, avec un délai pour partir (en général 30 jours)"),
        _c("without_departure_period", "Yes, with no period to leave (« sans délai »)", "Oui, sans délai pour partir (« sans délai »)"))),
    _q("application.custody", "choice", "Where were you when this decision was handed to you?", "Où étiez-vous quand cette décision vous a été remise ?",
       "The time to contest is shorter for a person who is not free.", "Le délai pour contester est plus court pour une personne qui n'est pas libre.",
       choices=(
        _c("none", "Free (at home, at the préfecture, by post)", "Libre (chez moi, à la préfecture, par courrier)"),
        _c("house_arrest", "Under house arrest (assignation à résidence: I must report to the police)",
           "Assigné·e à résidence (je dois pointer au commissariat ou à la gendarmerie)"),
        _c("detention", "In prison", "En prison"),
        _c("retention", "In an administrative retention centre (centre de rétention administrative)", "En centre de rétention administrative"))),
    _q("application.appeal_filed_on", "event", "When did you contest the refusal?", "Quand avez-vous contesté le refus ?", *DATE_HINT),
]}

MONTHS = {name: number for number, names in enumerate([
    ("january", "janvier", "jan", "janv"), ("february", "février", "fevrier", "feb", "fév", "fev", "févr", "fevr"), ("march", "mars", "mar"),
    ("april", "avril", "apr", "avr"), ("may", "mai"), ("june", "juin", "jun"), ("july", "juillet", "jul", "juil"), ("august", "août", "aout", "aug"),
    ("september", "septembre", "sep", "sept"), ("october", "octobre", "oct"), ("november", "novembre", "nov"), ("december", "décembre", "decembre", "dec", "déc")], start=1)
    for name in names}
MONTH_NAMES = {"en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
               "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]}


class AnswerError(ValueError):
    """An answer that cannot be read, with the message to show beside the field."""


def _message(lang, en, fr):
    return fr if lang == "fr" else en


def parse_date(text: str, lang: str = "en") -> datetime.date:
    """A date typed the way people type it: 31/12/2026, 31.12.2026, 31-12-2026, 2026-12-31,
    « 31 décembre 2026 », "December 31, 2026", "1er mars 2026"."""
    raw = text.strip()
    s = raw.lower().replace(",", " ").replace("1er", "1")
    if m := re.fullmatch(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})", s):
        year, month, day = int(m[1]), int(m[2]), int(m[3])
    elif m := re.fullmatch(r"(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{2}|\d{4})", s):
        day, month, year = int(m[1]), int(m[2]), int(m[3])
        year += 2000 if year < 100 else 0
    elif m := re.fullmatch(r"(\d{1,2})\s+([a-zéû.]+)\s+(\d{4})", s):
        day, month, year = int(m[1]), MONTHS.get(m[2].rstrip(".")), int(m[3])
    elif m := re.fullmatch(r"([a-zéû.]+)\s+(\d{1,2})\s+(\d{4})", s):
        month, day, year = MONTHS.get(m[1].rstrip(".")), int(m[2]), int(m[3])
    else:
        raise AnswerError(_message(lang, f"« {raw} » is not a date we can read: type it as day/month/year, e.g. 31/12/2026.",
                                   f"« {raw} » n'est pas une date lisible : tapez-la jour/mois/année, par ex. 31/12/2026."))
    if month is None:
        raise AnswerError(_message(lang, f"« {raw} »: the month is not a month's name.", f"« {raw} » : le mois n'est pas un nom de mois."))
    if not 1 <= month <= 12:
        swapped = f" Did you mean {month:02d}/{day:02d}/{year}? Type the day first." if 1 <= day <= 12 else ""
        swapped_fr = f" Vouliez-vous dire {month:02d}/{day:02d}/{year} ? Tapez le jour d'abord." if 1 <= day <= 12 else ""
        raise AnswerError(_message(lang, f"« {raw} » is not a date: there is no month {month}.{swapped}",
                                   f"« {raw} » n'est pas une date : il n'y a pas de mois {month}.{swapped_fr}"))
    if not 1900 <= year <= 2100:
        raise AnswerError(_message(lang, f"« {raw} »: the year {year} is out of range (1900–2100).", f"« {raw} » : l'année {year} est hors limites (1900–2100)."))
    try:
        return datetime.date(year, month, day)
    except ValueError:
        last = (datetime.date(year + month // 12, month % 12 + 1, 1) - datetime.timedelta(days=1)).day
        name = MONTH_NAMES[lang if lang in MONTH_NAMES else "en"][month - 1]
        raise AnswerError(_message(lang, f"« {raw} » is not a date: {name} {year} has {last} days.",
                                   f"« {raw} » n'est pas une date : {name} {year} compte {last} jours.")) from None


def parse_money(text: str, lang: str = "en") -> float:
    s = text.strip().replace("€", "").replace("\u202f", "").replace("\u00a0", "").replace(" ", "")
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d{1,2})?", s):  # 2.500,50
        s = s.replace(".", "")
    s = s.replace(",", ".") if s.count(",") == 1 and "." not in s else s.replace(",", "")
    try:
        value = float(s)
    except ValueError:
        raise AnswerError(_message(lang, f"« {text} » is not an amount: type a number of euros, e.g. 2500.",
                                   f"« {text} » n'est pas un montant : tapez un nombre d'euros, par ex. 2500.")) from None
    if not 0 <= value <= 1_000_000:
        raise AnswerError(_message(lang, f"« {text} »: expected an amount between 0 and 1,000,000 euros.",
                                   f"« {text} » : montant attendu entre 0 et 1 000 000 euros."))
    return round(value, 2)


def parse_number(text: str, lang: str = "en") -> int:
    if not re.fullmatch(r"\s*\d{1,3}\s*", text):
        raise AnswerError(_message(lang, f"« {text} » is not a whole number: type e.g. 12.", f"« {text} » n'est pas un nombre entier : tapez par ex. 12."))
    return int(text)


def parse_answer(question: Question, values: list[str], lang: str):
    """The value of one answered field, from the submitted form values; AnswerError if unreadable."""
    if question.kind == "multi":
        allowed = {v for v, _ in question.choices}
        return [v for v in values if v in allowed]
    text = (values[0] if values else "").strip()
    if not text:
        raise AnswerError(_message(lang, "Answer the question, or choose « I don't know ».", "Répondez à la question, ou choisissez « Je ne sais pas »."))
    if question.kind == "yesno":
        if text not in ("yes", "no"):
            raise AnswerError(_message(lang, "Choose yes or no.", "Choisissez oui ou non."))
        return text == "yes"
    if question.kind in ("date", "event"):
        return parse_date(text, lang).isoformat()
    if question.kind == "money":
        return parse_money(text, lang)
    if question.kind == "number":
        return parse_number(text, lang)
    if question.kind == "choice":
        if text not in {v for v, _ in question.choices}:
            raise AnswerError(_message(lang, "Choose one of the options.", "Choisissez l'une des options."))
        return text
    if question.kind == "country":
        if text.upper() not in COUNTRY_NAMES:
            raise AnswerError(_message(lang, "Choose a country from the list.", "Choisissez un pays dans la liste."))
        return text.upper()
    if question.kind == "departement":
        code = text.upper().zfill(2) if text.isdigit() else text.upper()
        if code not in DEPARTEMENTS:
            raise AnswerError(_message(lang, f"« {text} » is not a département number (e.g. 75, 2A, 974).",
                                       f"« {text} » n'est pas un numéro de département (par ex. 75, 2A, 974)."))
        return code
    raise AssertionError(question.kind)


NOT_YET = {"en": "Not (yet)", "fr": "Pas (encore)"}


def shown_value(question: Question, value, lang: str, unknown: bool = False) -> str:
    """An answer as the person reads it back."""
    if unknown:
        return _message(lang, "I don't know", "Je ne sais pas")
    if value is None:
        return NOT_YET[lang] if question.kind == "event" else _message(lang, "I don't know", "Je ne sais pas")
    if question.kind == "yesno":
        return _message(lang, "yes", "oui") if value else _message(lang, "no", "non")
    if question.kind in ("choice", "multi"):
        labels = dict(question.choices)
        items = value if isinstance(value, list) else [value]
        return ", ".join(labels[v][lang] if v in labels else str(v) for v in items) or "—"
    if question.kind == "country":
        return f"{country_names(lang).get(value, value)} ({value})"
    if question.kind in ("date", "event"):
        day = datetime.date.fromisoformat(value)
        return day.strftime("%d/%m/%Y")
    if question.kind == "money":
        return money(value, lang)
    return str(value)


def money(value: float, lang: str) -> str:
    """Euros with two decimals: 3,200.00 € in English, 3 200,00 € in French."""
    text = f"{value:,.2f}"
    if lang == "fr":
        text = text.replace(",", "\u202f").replace(".", ",")
    return f"{text}\u00a0€"


def country_names(lang: str) -> dict[str, str]:
    """Code -> name of the country in the page's language."""
    return COUNTRY_NAMES_FR if lang == "fr" else COUNTRY_NAMES


def sorted_countries(lang: str) -> list[tuple[str, str]]:
    """(code, name) sorted by name as a reader looks for it (É with E)."""
    def key(item):
        return unicodedata.normalize("NFKD", item[1]).encode("ascii", "ignore").decode().casefold()
    return sorted(country_names(lang).items(), key=key)

"""Reading a question: its language, its parts, and for each part the route(s) it is about, the
aspect asked (who can, deadlines, documents, costs...), whether it asks for a yes or a no, and the
facts it states. Rule-based, on folded text (no accents, lower case), so typos of accents and
capitals do not matter; a few frequent misspellings are listed with the words they stand for."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .facts import fold, read_facts

ROUTE_WORDS = {  # route: patterns (folded text); the count of patterns matched is the route's score
    "aps_volunteer": (r"volunt|volontari|benevol",),  # Spanish: voluntario, voluntariado
    "appeal": (r"\brefus|\brefused|\breject|\brejet|\bdenied|\bturned down|\bdenega|\brechaz", r"\bappeal|recours|contest|tribunal|\bcourt\b|\boqtf\b|\brecurr|\brecurso",
               r"no (answer|reply|response)|pas de reponse|sans reponse|silence"),
    "student_renewal": (r"renouvel|\brenew|renouvler|renouveller|\brenova", r"continu\w* (mes |my |vos |ses )?(etudes|studies)|poursuiv\w* (mes |ses )?etudes|still enrolled|encore inscrit"),
    "aps_graduate": (r"\baps\b|\brece\b|autorisation provisoire|recherche d'emploi|job[- ]?(seeker|search)|chercher (un )?(emploi|travail)|look(ing)? for (a )?(job|work)",
                     r"(after|once|apres|fin de(s)?|finish\w*|complet\w*|end of) (my |mes |the |his |her |their |les )?(graduat|degree|diplom|stud|etudes|master|bachelor|licence|phd)"
                     r"|after graduat|once i graduate|stay(ing)? (back|on)|rester en france|remain in france|stay in france|fin d'etudes|post[- ]?study"
                     r"|buscar (un )?(empleo|trabajo)|quedarme en francia|despues de (mis |los |mi )?(estudios|master|titulo|carrera)",),
    "employee": (r"salari|change(ment)? (of|de) statut|change (of )?status|change\w* (from|de) \w+ (to|a|vers) \w+|employee status|work (permit|authori[sz]ation)|autorisation de travail|\bhire|\bhiring|embauch|recrut"
                 r"|employer|employeur|\bcdi\b|\bcdd\b|job offer|offre d'emploi|promesse d'embauche|contrat de travail|work contract|\bofii\b|taxe employeur|opposab"
                 r"|labou?r market|situation de l'emploi|\bddets?\b|\bddte\b|direccte|\bdreets\b|asalariad|cambio de (estatus|estado)|\bempleador",),
}
ASPECTS = (  # (aspect, patterns); several may match; order breaks ties
    ("refusal", r"\brefus|\brefused|\breject|\brejet|\bdenied|\bappeal|recours|contest|tribunal|no (answer|reply|response)|pas de reponse|silence"
                r"|\bdenega|\brechaz|\brecurr|\brecurso"),
    ("cost_employer", r"(employer|employeur|company|entreprise|boss)\b.{0,60}(pay|paie|payer|cost|coute|tax|fee|frais)|(tax|taxe|redevance)\b.{0,20}(ofii|employ)|\bofii\b.{0,40}(tax|taxe|pay|payer|combien|how much|montant)|(pay|payer|paying|paie|cost|frais|anything).{0,60}(employer|employeur|hire|embauch|recrut)|(hire|embauch|recrut)\w*.{0,60}(pay|payer|paying|free|gratuit|cost)"
                      r"|\b(empleador|empresa)\b.{0,60}\b(paga|pagar|cuesta|tasa)|\b(cuanto|paga|pagar|tasa)\b.{0,60}\b(empleador|ofii)\b"),
    ("cost", r"\bcost|\bfee|\bprice|how much|\bpay\b|\bpaid\b|\btax|timbre|stamp|combien (ca |cela )?(coute|faut-il payer|paye)|\bcout|\bprix|\bfrais|\btaxe|gratuit|\bfree\b|payant|\beuros?\b|€|\bcuesta|\bprecio|\btasa\b|\bgratis"),
    ("documents", r"document|papers|\bpapiers|pieces|justificatif|what (do i|should i|to) (need to )?(bring|provide|submit)|quoi fournir|dossier complet|checklist|liste des"),
    ("work", r"\bwork|\btravail|\btravailler|\bbosser|full[- ]?time|temps plein|temps partiel|part[- ]?time|\b964\b|hours|heures|\bjob\b.{0,30}(while|pendant|during)|start (working|my job)|commencer (a )?travailler"
             r"|\btrabajar|tiempo (completo|parcial)|\bhoras\b"),
    ("duration", r"how long (is|does|will|can i stay|the)|how long .{0,20}(valid|last)|(valid|valable|lasts?|dure)\b.{0,20}(for|combien|how long|pendant)|\bduree|duration|combien de temps (dure|est|vaut)|combien de mois|renewable|renouvelable|extend|prolong|\bvalidite"
                 r"|cuanto (tiempo )?dura|\bduracion|renovable"),
    ("deadline", r"\bwhen\b|how (early|soon|late)|deadline|until when|by when|last day|jusqu'a quand|\bquand\b|a quel moment|\bdelai|how long do i have|combien de temps (ai-je|pour|j'ai|avons|on a)|too late|trop tard|avant (la )?(date|expiration|fin)|how many (days|months) (before|after)|\bdate limite"
                 r"|\bcuando\b|hasta cuando|\bplazo|fecha limite|cuanto tiempo tengo"),
    ("conditions", r"\bwho\b|eligib|\bqui (peut|a droit)|conditions?|criteria|criteres|requirement|exigence|\ba droit|ai-je droit|entitled|qualif|which (diploma|degree)s?|quels? diplomes?|a quels diplomes|open to|ouverte? (a|aux)"
                   r"|stay (in france )?(to|and) work|salaire minimum|minimum (salary|wage|pay)|quel salaire|how much (must|should|do) .{0,30}(earn|paid|pay)|rester (en france )?pour travailler|^(can|could|may|do|does|will) .{0,60}\b(get|obtain|apply for|qualify|have the right)|(puis-je|peut-on|peuvent|peut-il|peut-elle|je peux) .{0,40}(obtenir|avoir|demander|beneficier)"
                   r"|\bquien(es)? puede|requisitos|condiciones|tengo derecho|\b(puedo|pueden|puede) .{0,40}\b(obtener|pedir|solicitar|tener)\b"),
    ("how", r"\bhow (do|can|to|should)\b|\bcomment\b|where|\bou (deposer|faire|demander|s'adresser)|procedure|demarche|apply|postuler|deposer|\bfile\b|faire (la|une|ma) demande|comment obtenir|how (do|can) (i|we|you|one) get"
            r"|\bcomo (pedir|solicitar|obtener|hacer|cambiar|presentar)|\bdonde\b|\btramite"),
    ("after", r"after (the |my )?(aps|rece)|apres (l'|mon |ma )?(aps|rece)|(aps|rece) (expires|ends|prend fin)|what (happens|next|comes)|et ensuite|next step|ensuite|fin de (l'|mon )(aps|rece)"
              r"|despues de (la |mi )?(aps|rece)|que pasa (cuando|despues)"),
)
YES_NO = re.compile(r"(^|^[^?]{0,160}[,.;:] )(can|could|may|is|are|am|do|does|did|will|would|should|must|have|has|need)\b|^(puis-je|peut-on|peut-il|peut-elle|peuvent|dois-je|faut-il|"
                    r"est-ce que|est-il|est-elle|ai-je|suis-je|y a-t-il|a-t-on|l'employeur peut|mon employeur peut|je peux|on peut|il est possible)\b"
                    r"|^[^?]{0,60}\b\w+-(ils?|elles?|on|je)\b|\b(is it possible|est-il possible|ai-je le droit|do i have the right|am i allowed|am i eligible|suis-je eligible)\b"
                    r"|(^|^[^?]{0,160}[,.;:] )¿?(puedo|puede|pueden|podria|necesito|debo|tengo que|hay que|es posible|tengo derecho|se puede)\b")
OUT_OF_SCOPE = (  # topic: pattern; whom to ask comes with the topic's message
    ("naturalisation", r"naturali[sz]|citizenship|citoyennete|nationalite francaise|french nationality|become french|devenir francais|nacionalidad francesa"),
    ("family", r"regroupement familial|family reunification|reunification familiale|family reunion|spouse visa|conjoint de francais|vie privee et familiale|my (wife|husband|children) join|reagrupacion familiar"),
    ("asylum", r"\basyl|\basile\b|refugi|refugee|\bofpra\b|\bcnda\b|protection subsidiaire|\basilo\b"),
    ("driving", r"driving licen|permis de conduire|driver'?s licen|(permiso|licencia|carne) de conducir"),
    ("appointment", r"appointment|rendez-vous|\brdv\b|prendre (un )?rendez|book(ing)? (a |an )?(slot|appointment)|creneau|\b(pedir|conseguir) (una )?cita\b"),
    ("travel", r"\btravel|voyag|schengen|leave france and come back|sortir (de|du territoire)|quitter la france et revenir|re-?enter france|visit (my )?(home|family)|\bviaj"),
    ("civil_status", r"etat civil|birth certificate original|originaux|apostille|traduction|translat"),
    ("processing", r"how long does (it|the \w+) take|processing time|delai (moyen|de traitement)|combien de temps (faut-il|ca prend|cela prend)"),
    ("covid", r"covid|confinement|lockdown|pandemi"),
    ("health", r"titre (de sejour )?(pour )?soins|etranger malade|medical treatment permit|sick child"),
)
PART_SPLIT = re.compile(r"(?<=[?!])\s+|\s+(?:and also|et aussi|also,|aussi,)\s+|\s*(?:;|\n)\s*")


@dataclass
class Reading:
    text: str
    routes: list[str] = field(default_factory=list)
    aspects: list[str] = field(default_factory=list)
    yes_no: bool = False
    facts: dict = field(default_factory=dict)
    out_of_scope: str | None = None


def _routes(text: str, facts: dict) -> list[str]:
    scores = {route: sum(bool(re.search(p, text)) for p in patterns) for route, patterns in ROUTE_WORDS.items()}
    if facts.get("volunteering"):
        scores["aps_volunteer"] += 2
    ranked = [route for route, score in sorted(scores.items(), key=lambda item: -item[1]) if score > 0]
    if "employee" in ranked and "aps_graduate" in ranked and facts.get("permit.kind") == "aps_graduate" \
            and re.search(r"salari|change|employer|employeur|hire|embauch|cdi|cdd|contrat|contract", text):
        ranked.remove("employee")
        ranked.insert(0, "employee")  # holding the APS, the question is the next step
    if "employee" in ranked and re.search(r"employer|employeur|\bhire|embauch|recrut|\bofii\b", text) and ranked[0] != "employee":
        ranked.remove("employee")
        ranked.insert(0, "employee")
    if "employee" in ranked and "aps_graduate" in ranked and re.search(r"(without|sans)\b.{0,30}\b(aps|rece)\b", text):
        ranked.remove("aps_graduate")  # "change of status without an APS": the direct change is asked
    if "appeal" in ranked and ranked[0] != "appeal" and re.search(r"\brefus|\brefused|\breject|\brejet|\bdenied", text):
        ranked.remove("appeal")
        ranked.insert(1, "appeal")
    return ranked


def _aspects(text: str) -> list[str]:
    found = [aspect for aspect, pattern in ASPECTS if re.search(pattern, text)]
    if "cost_employer" in found and "cost" in found:
        found.remove("cost")
    if "deadline" in found and "duration" in found:
        found.remove("duration" if re.search(r"how long do i have|combien de temps (ai-je|pour|j'ai)|\bdelai|cuanto tiempo tengo|\bplazo", text) else "deadline")
    if "cost_employer" in found and "work" in found:
        found.remove("work")  # "hire me full time without paying": the cost is asked
    if len(found) > 1 and "how" in found:
        found.remove("how")  # "how much", "how long": the more precise aspect wins
    return found


def read_part(part: str) -> Reading:
    text = fold(part)
    facts = read_facts(part)
    topic = next((name for name, pattern in OUT_OF_SCOPE if re.search(pattern, text)), None)
    stripped = re.sub(r"^(hi|hello|bonjour|hey|salut|hola|buenos dias|dear \w+)[ ,!.]*", "", text.strip().lstrip("¿¡"))
    stripped = re.sub(r"^(so|ok|and|et|mais|but|also|alors|please|svp)[ ,]+", "", stripped)
    yes_no = bool(YES_NO.search(stripped)) and not re.match(r"^(how|what|when|where|which|who|why|comment|quand|quel|quelle|ou|combien|pourquoi"
                                                            r"|como|cuando|cuanto|cuanta|donde|que|quien|cual|por que)\b", stripped)
    return Reading(part, _routes(text, facts), _aspects(text), yes_no, facts, topic)


def split_parts(question: str) -> list[str]:
    parts = [p.strip() for p in PART_SPLIT.split(question or "") if p and len(p.strip()) > 2]
    return parts or [question or ""]


def read(question: str) -> tuple[Reading, list[Reading]]:
    """The reading of the whole question, and of each of its parts (one part: the same)."""
    whole = read_part(question)
    parts = [read_part(p) for p in split_parts(question)]
    asking = [p for p in parts if p.routes or p.aspects or p.out_of_scope]
    return whole, asking or [whole]

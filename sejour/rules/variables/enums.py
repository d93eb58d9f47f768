"""The categories of the case format, as OpenFisca enumerations (each with `unknown`)."""

import numpy as np
from openfisca_core.indexed_enums import Enum

from ..tri import tri


class SejourEnum(Enum):
    @classmethod
    def among(cls, values, *names):
        """Tri-valued test that an enum array holds one of `names` (unknown stays unknown)."""
        values = np.asarray(values)
        found = np.zeros(values.shape, dtype=bool)
        for name in names:
            found |= values == cls[name].index
        return tri(found, values != cls.unknown.index)

    @classmethod
    def code(cls, values, name):
        return np.asarray(values) == cls[name].index


class PermitKind(SejourEnum):
    unknown = "Not known"
    none = "No residence document"
    long_stay_visa = "Long-stay visa"
    student = "Student residence permit"
    aps_graduate = "APS or RECE card after a degree"
    aps_volunteer = "APS for a volunteer mission"
    employee = "Employee (salarié) permit"
    researcher = "Researcher permit"
    other = "Another residence document"


class Diploma(SejourEnum):
    unknown = "Not known"
    none = "No diploma"
    licence = "Licence"
    licence_professionnelle = "Licence professionnelle"
    master = "Master"
    engineering = "Diplôme d'ingénieur"
    doctorate = "Doctorate"
    mba = "MBA"
    msc = "Master of Science (MSc)"
    rncp_level_1 = "RNCP level 1 certification"
    accounting = "Accounting diploma"
    medical = "Medical diploma"
    technology = "Technology diploma"
    other = "Another diploma"


class Contract(SejourEnum):
    unknown = "Not known"
    cdi = "Permanent contract (CDI)"
    cdd = "Fixed-term contract (CDD)"
    interim = "Temporary agency work"
    internship = "Internship"
    student_job = "Student job"


class MissionPurpose(SejourEnum):
    unknown = "Not known"
    social = "Social"
    humanitarian = "Humanitarian"
    other = "Other"


class RouteId(SejourEnum):
    unknown = "Not known"
    no_permit_needed = "No permit needed"
    aps_volunteer = "APS for a volunteer mission"
    aps_graduate = "APS / RECE card after a degree"
    employee_after_aps = "Change from APS to employee"
    employee_from_student = "Change from student to employee"
    student_renewal = "Renewal of the student permit"
    appeal = "Appeal against a refusal"
    talent_qualified_employee = "« Talent – salarié qualifié » card"


class Decision(SejourEnum):
    unknown = "Not known"
    pending = "Pending"
    granted = "Granted"
    refused = "Refused"


class Oqtf(SejourEnum):
    unknown = "Not known"
    none = "No obligation to leave France"
    with_departure_period = "OQTF with a departure period"
    without_departure_period = "OQTF without a departure period"


class Custody(SejourEnum):
    unknown = "Not known"
    none = "Free"
    house_arrest = "Under house arrest (assignation à résidence)"
    detention = "In prison (détention)"
    retention = "In administrative retention (rétention administrative)"


class PostStudyPermit(SejourEnum):
    """The permit after studies on the day: the APS (to 2019-02-28, and for bilateral nationals) or the RECE card."""

    unknown = "Not known"
    aps = "APS (autorisation provisoire de séjour)"
    rece = "RECE card (recherche d'emploi ou création d'entreprise)"


class Region(SejourEnum):
    """Where the person lives, for advice that depends on it (préfectures of Île-de-France are the slowest)."""

    unknown = "Not known"
    ile_de_france = "Île-de-France (Paris region)"
    elsewhere = "Elsewhere in France"


class EmployerTaxBasis(SejourEnum):
    """How the employer tax is counted: by the length of the contract."""

    unknown = "Not known"
    proportional = "A share of one month's gross salary (a CDI, or a contract of 12 months or more)"
    fixed = "A fixed amount (a contract of more than 3 and less than 12 months)"
    not_covered = "Not counted here (a contract of 3 months or less)"


class TalentName(SejourEnum):
    """How the regulatory texts name the talent cards on the day (décret n° 2025-539)."""

    unknown = "Not known"
    passeport_talent = "« passeport talent »"
    talent = "« talent »"


class AppealRegime(SejourEnum):
    """The rule that sets the time to contest a refusal (law.md §14)."""

    unknown = "Not known: the earliest possible day is shown"
    no_oqtf = "Refusal without an OQTF: two months, an administrative appeal keeps the court route"
    implicit_notified = "Refusal by silence, the receipt stated the appeal routes: two months"
    implicit_not_notified = "Refusal by silence, the receipt did not state the appeal routes: a reasonable time"
    oqtf_30_days = "Refusal with an OQTF and a departure period, before 2024-07-15: 30 days"
    oqtf_48_hours = "Refusal with an OQTF, 48 hours (no departure period or in custody before 2024-07-15; retention since)"
    oqtf_one_month = "Refusal with an OQTF, person free, since 2024-07-15: one month"
    oqtf_7_days = "Refusal with an OQTF under house arrest or in detention, since 2024-07-15: 7 days"


class TaxOwed(SejourEnum):
    """Whether a tax is owed on the day for the route: not owed, or not confirmed either way."""

    unknown = "Not confirmed"
    not_owed = "Not owed"


class Renewal(SejourEnum):
    """Whether the post-study permit may be renewed: the general rule, or the bilateral agreement's."""

    unknown = "Not known"
    not_renewable = "Not renewable"
    renewable_once = "Renewable once"

"""The words of the rules in ``variables/student_renewal.py``, in English: the source texts of the catalogues
(``sejour/locale/<lang>/LC_MESSAGES/django.po``), each keyed by its variable and state, or by its route."""

from ...i18n import N_

N_("renewal_applies.text.true", "You hold a student permit.")
N_("renewal_applies.text.false", "The renewal concerns holders of a student permit; it does not concern this case.")
N_("renewal_applies.text.null", "Whether the renewal concerns you depends on the permit you hold.")

N_("renewal_enrolled.text.true", "You are enrolled for the next academic year.")
N_("renewal_enrolled.text.false", "You are not enrolled for the next academic year: the student permit is renewed only for studies that go on.")
N_("renewal_enrolled.text.null", "The student permit is renewed while you are still enrolled; are you enrolled for next year?")
N_("renewal_enrolled.change", "An enrolment for the next academic year.")

N_("renewal_in_france.text.true", "You are in France.")
N_("renewal_in_france.text.false", "The renewal is asked from France.")
N_("renewal_in_france.text.null", "Are you in France?")
N_("renewal_in_france.change", "Being in France.")

N_("renewal_before_expiry.text.true", "Your student permit is still valid (until {permit_expires_on:date}).")
N_("renewal_before_expiry.text.false", "Your student permit expired on {permit_expires_on:date}: it can no longer be renewed as such.")
N_("renewal_before_expiry.text.null", "The renewal is asked before the permit expires; when does it expire?")
N_("renewal_before_expiry.change", "Filing on or before {permit_expires_on:date}.")

N_("renewal_apply_from.text", "The renewal window opens on {renewal_apply_from:date}.")

N_("renewal_apply_by.text", "File the renewal by {renewal_apply_by:date}; later, a late-filing duty is due.")

N_("renewal_in_window.text.true", "Filed by {renewal_apply_by:date}, within the window, the renewal gets an attestation de prolongation de l'instruction: you stay lawfully in France while it is examined, even after your permit expires.")
N_("renewal_in_window.text.false", "After {renewal_apply_by:date} the renewal is late: it gets no attestation de prolongation de l'instruction, so once your permit expires on {permit_expires_on:date} you may have no proof of lawful stay until the decision (and a late-filing duty is due). File at once.")
N_("renewal_in_window.text.null", "Filed within the window (from the 120th to the 60th day before your permit expires), the renewal gets an attestation de prolongation de l'instruction; filed later, it does not.")
N_("renewal_in_window.change", "Filing by {renewal_apply_by:date}.")

N_("renewal_late_penalty.text", "Late-filing duty (visa de régularisation) if you file after {renewal_apply_by:date}: {renewal_late_penalty:money} for this case.")

N_("route.student_renewal.title", "Renewal of the student permit")
N_("route.student_renewal.step.file_in_person", "The renewal window opens. File your renewal in person at the préfecture of your département.")
N_("route.student_renewal.step.file_online_or_at_prefecture", "The renewal window opens. File your renewal online on ANEF (administration-etrangers-en-france.interieur.gouv.fr) or at the préfecture.")
N_("route.student_renewal.step.file_online_only", "The renewal window opens. File your renewal online on ANEF (administration-etrangers-en-france.interieur.gouv.fr): online filing is compulsory; a paper file is accepted only if the online service fails.")
N_("route.student_renewal.step.last_day_window", "Last day to file the renewal without the late-filing duty.")
N_("route.student_renewal.document.student_permit", "Your current student permit")
N_("route.student_renewal.document.enrolment_certificate", "Certificate of enrolment for the next academic year")
N_("route.student_renewal.document.passport", "Your passport")
N_("route.student_renewal.document.proof_of_resources", "Proof of resources")
N_("route.student_renewal.document.proof_of_address", "Proof of address")
N_("route.student_renewal.document.republican_contract", "The contract of commitment to respect the principles of the Republic, signed (required of every applicant since 17 July 2024)")

"""The words of the rules in ``variables/appeal.py``, in English: the source texts of the catalogues
(``sejour/locale/<lang>/LC_MESSAGES/django.po``), each keyed by its variable and state, or by its route."""

from ...i18n import N_

N_("appeal_applies.text.true", "Your application was refused (in writing, or by four months of silence).")
N_("appeal_applies.text.false", "No refusal to contest in this case.")
N_("appeal_applies.text.null", "Whether there is a refusal to contest depends on facts not yet given.")

N_("appeal_file_by.text.no_oqtf", "Contest the refusal by {appeal_file_by:date}: go to the tribunal administratif (administrative court), or first send a recours gracieux to the préfet (or a recours hiérarchique to the minister), which keeps the court route open. Two months from the day the refusal reached you, counted as the courts count: the day of receipt does not count, and a last day on a weekend or public holiday moves to the next working day. A lawyer can help, and legal aid (aide juridictionnelle) can pay for one.")
N_("appeal_file_by.text.implicit_notified", "Contest the refusal by silence by {appeal_file_by:date}: two months from the day silence became a refusal, because the acknowledgement of receipt of your application stated the appeal routes. A recours gracieux within that time keeps the court route open. A lawyer can help, and legal aid (aide juridictionnelle) can pay for one.")
N_("appeal_file_by.text.implicit_not_notified", "The acknowledgement of receipt of your application did not state the appeal routes and delays, so the two months to contest never started. Courts still allow a reasonable time, one year as a rule: to be safe, act by {appeal_file_by:date} (to be confirmed with a lawyer; legal aid, aide juridictionnelle, can pay for one).")
N_("appeal_file_by.text.oqtf_30_days", "Go to the tribunal administratif (administrative court) by {appeal_file_by:date}: 30 days from the notification of the refusal and its obligation to leave France (OQTF), the rule before 15 July 2024. A recours gracieux does not extend this delay; a request for legal aid (aide juridictionnelle) interrupts it. See a lawyer at once.")
N_("appeal_file_by.text.oqtf_48_hours", "Go to the tribunal administratif within 48 hours of the notification, counted hour to hour: by {appeal_file_by:date}, at the hour the decision was handed to you. This delay is never extended, even over a weekend or a public holiday. Ask the lawyer on duty or the association present for help now.")
N_("appeal_file_by.text.oqtf_one_month", "Go to the tribunal administratif (administrative court) by {appeal_file_by:date}: one month from the notification of the refusal and its obligation to leave France (OQTF), the rule since 15 July 2024. A recours gracieux does not extend it; a request for legal aid (aide juridictionnelle) made before your appeal interrupts it. See a lawyer at once.")
N_("appeal_file_by.text.oqtf_7_days", "Go to the tribunal administratif by {appeal_file_by:date}: 7 days from the notification, for a person under house arrest or in detention since 15 July 2024. Whether a weekend extends it is not settled, so count seven days and do not wait. See a lawyer at once.")
N_("appeal_file_by.text.unknown", "Act by {appeal_file_by:date} at the latest: it is the earliest of the deadlines that may apply to you, and which one applies depends on facts not yet given (whether the refusal came with an obligation to leave France, where you were when it was notified, what the receipt of your application said). Read the refusal letter now and see a lawyer.")

N_("appeal_regime_known.text.true.no_oqtf", "Your refusal came without an obligation to leave France (OQTF): two months to contest it, and a recours gracieux keeps the court route open.")
N_("appeal_regime_known.text.true.implicit_notified", "Your application was refused by silence, and its acknowledgement of receipt stated the appeal routes: two months to contest.")
N_("appeal_regime_known.text.true.implicit_not_notified", "Your application was refused by silence, and its acknowledgement of receipt did not state the appeal routes: the two months never started.")
N_("appeal_regime_known.text.true.oqtf_30_days", "Your refusal came with an obligation to leave France (OQTF) and a departure period, before 15 July 2024: 30 days, to the court only.")
N_("appeal_regime_known.text.true.oqtf_48_hours", "Your refusal came with an obligation to leave France (OQTF) under the urgent procedure: 48 hours, to the court only.")
N_("appeal_regime_known.text.true.oqtf_one_month", "Your refusal came with an obligation to leave France (OQTF), and you were free: one month, to the court only.")
N_("appeal_regime_known.text.true.oqtf_7_days", "Your refusal came with an obligation to leave France (OQTF) while you were under house arrest or in detention: 7 days, to the court only.")
N_("appeal_regime_known.text.true.unknown", "The written refusal has not reached you yet: the delay starts when it does. Read it then: if it contains an obligation to leave France (OQTF), the delay is short.")
N_("appeal_regime_known.text.false", "No delay applies: there is no refusal to contest.")
N_("appeal_regime_known.text.null", "Which delay applies depends on a fact not yet given: for a written refusal, whether it came with an obligation to leave France (OQTF, « obligation de quitter le territoire français ») and where you were when it was notified; for a refusal by silence, whether the acknowledgement of receipt stated the appeal routes. Until then, the earliest possible day is shown.")
N_("appeal_regime_known.change", "Telling which delay applies (read the refusal letter).")

N_("appeal_in_time.text.true.no_oqtf", "You are within the time to contest the refusal.")
N_("appeal_in_time.text.true.implicit_notified", "You are within the time to contest the refusal.")
N_("appeal_in_time.text.true.implicit_not_notified", "You are within the time to contest the refusal.")
N_("appeal_in_time.text.true.unknown", "You are within the time to contest the refusal.")
N_("appeal_in_time.text.true.oqtf_30_days", "You are within the time to contest the refusal, if what you filed (or will file) is an appeal to the tribunal administratif: with an OQTF, a recours gracieux does not count.")
N_("appeal_in_time.text.true.oqtf_48_hours", "You are within the 48 hours only until the hour the decision was handed to you on {appeal_file_by:date}, and only an appeal to the tribunal administratif counts: act now.")
N_("appeal_in_time.text.true.oqtf_one_month", "You are within the time to contest the refusal, if what you filed (or will file) is an appeal to the tribunal administratif: with an OQTF, a recours gracieux does not count.")
N_("appeal_in_time.text.true.oqtf_7_days", "You are within the time to contest the refusal, if what you filed (or will file) is an appeal to the tribunal administratif: with an OQTF, a recours gracieux does not count.")
N_("appeal_in_time.text.false.unknown", "The time to contest the refusal ended on {appeal_file_by:date}.")
N_("appeal_in_time.text.false.no_oqtf", "The time to contest the refusal ended on {appeal_file_by:date}.")
N_("appeal_in_time.text.false.implicit_notified", "The time to contest the refusal ended on {appeal_file_by:date}.")
N_("appeal_in_time.text.false.implicit_not_notified", "The reasonable time courts allow against a refusal by silence, one year as a rule, ended on {appeal_file_by:date}: only exceptional circumstances could still open the court. See a lawyer.")
N_("appeal_in_time.text.false.oqtf_30_days", "The time to contest the refusal ended on {appeal_file_by:date}.")
N_("appeal_in_time.text.false.oqtf_48_hours", "The time to contest the refusal ended on {appeal_file_by:date}.")
N_("appeal_in_time.text.false.oqtf_one_month", "The time to contest the refusal ended on {appeal_file_by:date}.")
N_("appeal_in_time.text.false.oqtf_7_days", "The time to contest the refusal ended on {appeal_file_by:date}.")
N_("appeal_in_time.text.null", "Whether you are still within the time depends on facts not yet given: the day the refusal reached you, whether and when you contested it, or which delay applies.")
N_("appeal_in_time.change", "Contesting on or before {appeal_file_by:date}.")

N_("appeal_administrative_appeal_protects.text.true", "A recours gracieux to the préfet (or hiérarchique to the minister) sent within the delay keeps the court route open.")
N_("appeal_administrative_appeal_protects.text.false", "With an obligation to leave France (OQTF), a recours gracieux does not stop the court delay: only an appeal to the tribunal administratif protects you.")
N_("appeal_administrative_appeal_protects.text.null", "Whether a recours gracieux would protect you depends on whether the refusal came with an obligation to leave France (OQTF): until you know, go to the court within the earliest delay.")

N_("appeal_answer_due_on.text", "Without an answer by {appeal_answer_due_on:date}, your administrative appeal is rejected.")

N_("appeal_court_file_by.text", "Then go to the tribunal administratif by {appeal_court_file_by:date} (two months, counted as the courts count).")

N_("route.appeal.title", "Contesting a refusal")
N_("route.appeal.step.read_refusal_letter", "Read the refusal letter now: if it contains an « obligation de quitter le territoire français » (OQTF, an obligation to leave France, with a departure period of 30 days or without one), the delay is short and only the court can stop it. Ask for the written decision if you only heard of it: the delay runs from its notification.")
N_("route.appeal.step.get_help_now", "Get help now: a lawyer in immigration law, the legal aid office (bureau d'aide juridictionnelle) of the tribunal administratif, which can pay for the lawyer, or an association that helps foreigners.")
N_("route.appeal.step.last_day_send", "Last day to send your recours gracieux (to the préfet) or hiérarchique (to the minister) by registered letter, or to go to the tribunal administratif directly.")
N_("route.appeal.step.last_day_go", "Last day to go to the tribunal administratif (an appeal to the court; a recours gracieux would not stop this delay).")
N_("route.appeal.step.without_answer_appeal", "Without an answer, the appeal is rejected.")
N_("route.appeal.step.last_day_go_2", "Last day to go to the tribunal administratif.")

"""The words of the rules in ``variables/no_permit_needed.py``, in English: the source texts of the catalogues
(``sejour/locale/<lang>/LC_MESSAGES/django.po``), each keyed by its variable and state, or by its route."""

from ...i18n import N_

N_("no_permit_applies.text", "This question concerns everyone: does this nationality need a residence permit in France?")

N_("no_permit_free_movement.text.true", "As a national of the EU, the EEA or Switzerland ({nationality:country}), you need no residence permit in France.")
N_("no_permit_free_movement.text.false", "Nationals of the EU, the EEA and Switzerland need no permit; your nationality ({nationality:country}) is not one of them on this day.")
N_("no_permit_free_movement.text.null", "Your nationality is not known.")
N_("no_permit_free_movement.change", "The nationality of an EU member state, of the EEA or of Switzerland.")

N_("no_permit_transitional.text.true", "No transitional measure restricts your work as an employee on this day.")
N_("no_permit_transitional.text.false", "On this day your country ({nationality:country}) was under the EU transitional measures (Bulgaria and Romania until 31 December 2013, Croatia from 1 July 2013 to 30 June 2015): to work as an employee you needed a residence permit and a work authorisation (the labour-market test was waived for the listed occupations). Ask the préfecture for them before starting the job.")
N_("no_permit_transitional.text.null", "Under the EU transitional measures on this day, a job as an employee needs a residence permit and a work authorisation: is your job salaried (what is the contract)?")
N_("no_permit_transitional.change", "A residence permit and a work authorisation for the salaried job (or the end of the transitional measures).")

N_("no_permit_withdrawal_agreement.text.true", "As a British national living in France before 1 January 2021, you fall under the EU-UK Withdrawal Agreement: your residence rests on it, with its own residence card (« Accord de retrait »), not on the permits for other non-EU nationals.")
N_("no_permit_withdrawal_agreement.text.false", "The EU-UK Withdrawal Agreement concerns British nationals living in France before 1 January 2021; it does not apply to this case.")
N_("no_permit_withdrawal_agreement.text.null", "A British national living in France before 1 January 2021 falls under the Withdrawal Agreement, one who came later under the rules for other non-EU nationals: when did you arrive in France?")

N_("route.no_permit_needed.title", "No residence permit needed (EU, EEA, Switzerland)")
N_("route.no_permit_needed.step.no_residence_permit", "No residence permit is needed: you may live, study and work in France with your identity card or passport.")

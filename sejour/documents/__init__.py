"""Documents made from an assessment: the deadlines calendar (.ics), the dossier (PDF), the letters."""

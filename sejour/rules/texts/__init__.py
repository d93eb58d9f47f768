"""The words of the rules (English source texts, translated in the catalogues): importing this
package declares them all (see :mod:`sejour.i18n`)."""

from . import appeal, aps_graduate, aps_volunteer, common, employee, no_permit_needed, student_renewal, talent  # noqa: F401

"""sejour: where a foreigner in France stands with the APS and the status changes around it."""

__version__ = "0.1.0"


def assess(case, **options):
    """Assess a case (a dict in the case format, or a Case); see :func:`sejour.assessment.assess`."""
    from .assessment import assess as _assess

    return _assess(case, **options)


__all__ = ["assess", "__version__"]

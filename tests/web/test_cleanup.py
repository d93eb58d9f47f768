"""`sejour cleanup --older-than 90d`: abandoned interviews deleted, recent ones kept."""

import datetime

import pytest

from sejour.web.interview.retention import RetentionError, delete_abandoned, parse_age


def test_ages_are_read_in_days_and_bad_ones_named():
    assert parse_age("90d") == 90 and parse_age("7") == 7
    with pytest.raises(RetentionError, match="'ninety'.*expected a number of days"):
        parse_age("ninety")


@pytest.mark.django_db
def test_interviews_not_changed_for_longer_are_deleted(settings):
    from django.utils import timezone

    from sejour.web.interview.models import Interview

    old, recent = Interview.objects.create(goal="student"), Interview.objects.create(goal="student")
    Interview.objects.filter(pk=old.pk).update(updated=timezone.now() - datetime.timedelta(days=91))
    Interview.objects.filter(pk=recent.pk).update(updated=timezone.now() - datetime.timedelta(days=89))
    assert delete_abandoned(90) == (1, 90)
    assert list(Interview.objects.values_list("pk", flat=True)) == [recent.pk]
    settings.INTERVIEW_RETENTION_DAYS = 30
    assert delete_abandoned() == (1, 30)

"""The tracker's command-line operations (used by the management commands and `sejour ...`)."""

from __future__ import annotations

import datetime
import json
from collections import defaultdict
from pathlib import Path

import yaml
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import transaction

from sejour.case import CaseError
from sejour.documents.calendar import deadline_events

from . import services
from .models import Advisor, Case, Organisation

REASSESSED_BY = "sejour cases reassess"


class OperationError(Exception):
    """A clear message for the person at the command line."""


def organisation(name: str) -> Organisation:
    found = Organisation.objects.filter(name=name).first()
    if found is None:
        known = ", ".join(Organisation.objects.order_by("name").values_list("name", flat=True)[:20]) or "none yet"
        raise OperationError(f"--organisation: no organisation named {name!r}; known: {known}")
    return found


def create_advisor(username: str, organisation_name: str, email: str, password: str | None, create_organisation: bool,
                   api_tokens: bool = False) -> Advisor:
    """An advisor account; `api_tokens`: it may also issue and revoke its organisation's API tokens."""
    from django.contrib.auth.password_validation import validate_password
    from django.core.exceptions import ValidationError

    User = get_user_model()
    if User.objects.filter(username=username).exists():
        raise OperationError(f"USERNAME: {username!r} is taken")
    with transaction.atomic():
        org = (Organisation.objects.get_or_create(name=organisation_name)[0] if create_organisation else organisation(organisation_name))
        user = User(username=username, email=email)
        if password:
            try:
                validate_password(password, user)
            except ValidationError as error:
                raise OperationError("password: " + " ".join(error.messages)) from None
            user.set_password(password)
        else:
            user.set_unusable_password()
        user.save()
        if api_tokens:
            from django.contrib.auth.models import Permission

            user.user_permissions.add(*Permission.objects.filter(content_type__app_label="cases",
                                                                 codename__in=["add_apitoken", "change_apitoken", "view_apitoken"]))
        return Advisor.objects.create(user=user, organisation=org)


def upcoming(days: int, today: datetime.date) -> dict[str, list[dict]]:
    """Every deadline from today to today + days of the open cases, by advisor (user name, or '' if none)."""
    last = today + datetime.timedelta(days=days)
    by_advisor: dict[str, list[dict]] = defaultdict(list)
    for case in Case.objects.filter(closed=False).select_related("advisor__user").order_by("pk"):
        for event in deadline_events(case.assessment, label=f"#{case.pk} {case.person_name}"):
            if today <= event["date"] <= last:
                name = case.advisor.user.get_username() if case.advisor else ""
                by_advisor[name].append(dict(event, case=case.pk, email=case.advisor.user.email if case.advisor else ""))
    return {name: sorted(events, key=lambda e: (e["date"], e["case"])) for name, events in sorted(by_advisor.items())}


def reminder_text(events: list[dict]) -> str:
    return "\n".join(f"{e['date'].isoformat()}  {e['label']}  {e['route']}/{e['id']}: {e['text']}" for e in events)


def send_reminders(grouped: dict[str, list[dict]], days: int) -> int:
    sent = 0
    for name, events in grouped.items():
        email = events[0]["email"] if name else ""
        if not email:
            continue
        send_mail(f"sejour: {len(events)} deadline(s) in the next {days} days", reminder_text(events) + "\n",
                  settings.DEFAULT_FROM_EMAIL, [email])
        sent += 1
    return sent


def reassess_all(as_of: datetime.date | None = None) -> list[tuple[Case, list[dict]]]:
    """Every open case assessed again under the rules now in force; the cases that changed with their differences."""
    changed = []
    for case in Case.objects.filter(closed=False).order_by("pk"):
        diff = services.reassess(case, REASSESSED_BY, as_of=as_of)
        if diff:
            changed.append((case, diff))
    return changed


def format_difference(change: dict) -> str:
    return f"{change['route']} {change['what']}: {change['before']} -> {change['after']}"


def _documents(path: Path) -> list:
    text = path.read_text(encoding="utf-8-sig")
    data = json.loads(text) if path.suffix.lower() == ".json" else yaml.safe_load(text)
    if isinstance(data, dict) and isinstance(data.get("cases"), list):
        return data["cases"]
    return data if isinstance(data, list) else [data]


TABLE_SUFFIXES = (".csv", ".jsonl", ".ndjson", ".parquet", ".pq")


def read_tables(paths: list[Path]) -> list:
    """The previews of the tables among `paths` (CSV, JSON Lines, Parquet)."""
    from . import tables

    previews = []
    for path in paths:
        if not path.is_file():
            raise OperationError(f"{path}: no such file")
        previews.append(tables.read_table(path))
    return previews


def problems_text(preview, limit: int = 50) -> str:
    lines = [f"{preview.file_name}: {preview.rows} row(s), {len(preview.cases)} valid, {preview.refused_rows} refused"]
    for row, column, value, reason in preview.errors[:limit]:
        lines.append(f"  row {row}, {column}: {value} ({reason})" if row else f"  {reason}")
    if len(preview.errors) > limit:
        lines.append(f"  ... and {len(preview.errors) - limit} more")
    return "\n".join(lines)


def import_files(paths: list[Path], organisation_name: str, advisor_username: str | None, who: str, lang: str = "en") -> list[Case]:
    """Cases from tables (CSV, JSON Lines, Parquet: the batch mode's columns and a `name`
    column) or YAML / JSON files (one case, a list, or an export); all or nothing: one refused
    row and nothing is stored. A bare YAML case without `person_name` is named after its file."""
    from . import tables

    org = organisation(organisation_name)
    advisor = None
    if advisor_username:
        advisor = Advisor.objects.filter(user__username=advisor_username, organisation=org).first()
        if advisor is None:
            raise OperationError(f"--advisor: no advisor {advisor_username!r} in {org.name!r}")
    previews = read_tables([p for p in paths if p.suffix.lower() in TABLE_SUFFIXES])
    refused = [p for p in previews if p.errors]
    if refused:
        raise OperationError("nothing imported: rows refused\n" + "\n".join(problems_text(p) for p in refused))
    imported = []
    with transaction.atomic():
        for preview in previews:
            imported += tables.import_cases(org, preview.cases, who, advisor=advisor, lang=lang)
        for path in paths:
            if path.suffix.lower() in TABLE_SUFFIXES:
                continue
            try:
                documents = _documents(path)
            except (OSError, ValueError, yaml.YAMLError) as error:
                raise OperationError(f"{path}: cannot be read ({error})") from None
            for index, data in enumerate(documents):
                try:
                    imported.append(services.import_case(org, data, who, advisor=advisor, default_name=path.stem))
                except CaseError as error:
                    raise OperationError(f"{path} case {index + 1}: " + "; ".join(f"facts.{p}" for p in error.problems)) from None
                except ValueError as error:
                    raise OperationError(f"{path} case {index + 1}: {error}") from None
    return imported


def dump(data, fmt: str) -> str:
    if fmt == "json":
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True)


def export_cases(organisation_name: str, fmt: str) -> str | bytes:
    org = organisation(organisation_name)
    if fmt in ("csv", "parquet"):
        from . import tables

        cases = Case.objects.filter(organisation=org).order_by("pk").only("person_name", "facts")
        return tables.table_bytes(tables.export_table(cases.iterator()), fmt)
    cases = [services.export_case(case) for case in Case.objects.filter(organisation=org).order_by("pk")]
    return dump({"organisation": org.name, "cases": cases}, fmt)

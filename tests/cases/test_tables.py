"""Cases in and out in the batch mode's formats: a preview naming every refused row and field,
all or nothing on confirmation, cases named by the name column; the list's selection exported."""

import html
import io

import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq
import pytest
from django.conf import settings
from django.core.management import CommandError, call_command

from sejour import assess
from sejour.i18n import translation
from sejour.web.cases import tables
from sejour.web.cases.models import Case, PendingImport

from .conftest import example

NAMES = ["Amina Diallo", "Bao Nguyen", "Carlos Pérez"]


def table_of(cases: list[tuple[str, dict]]) -> pa.Table:
    class Row:
        def __init__(self, name, facts):
            self.person_name, self.facts = name, facts
    return tables.export_table([Row(n, f) for n, f in cases])


def csv_bytes(table: pa.Table) -> bytes:
    return tables.table_bytes(table, "csv")


def upload(client, content: bytes, name: str, **extra):
    handle = io.BytesIO(content)
    handle.name = name
    return client.post("/advisor/import/", {"table": handle, "lang": "en", "assign": "me", **extra})


GOOD = [(NAMES[0], example("graduate")), (NAMES[1], example("volunteer")), (NAMES[2], example("appeal_oqtf"))]


@pytest.mark.django_db
def test_a_csv_previewed_then_imported_in_one_step_named_by_the_name_column(ana_client, advisors):
    response = upload(ana_client, csv_bytes(table_of(GOOD)), "people.csv")
    assert response.status_code == 302 and not Case.objects.exists()  # nothing stored before confirmation
    preview = ana_client.get(response["Location"]).content.decode()
    assert "3 row(s) read, 3 valid case(s)" in preview and "Amina Diallo" in preview and "Import all 3 cases" in preview
    assert ana_client.post(response["Location"], {"action": "import"}).status_code == 302
    cases = {c.person_name: c for c in Case.objects.all()}
    assert sorted(cases) == sorted(NAMES) and not PendingImport.objects.exists()
    for name, facts in GOOD:
        assert cases[name].facts == facts and cases[name].assessment == assess(facts) and cases[name].advisor == advisors[0]
        assert cases[name].history.get().action == "created" and cases[name].checklist.count() == sum(
            len(r["documents"]) for r in assess(facts)["routes"] if r["verdict"] in ("eligible", "needs_information"))


@pytest.mark.django_db
def test_refused_rows_named_by_row_and_field_and_nothing_imported(ana_client):
    table = csv_bytes(table_of(GOOD)).decode()
    lines = table.splitlines()
    lines[2] = lines[2].replace('"IN"', '"ZZ"', 1)  # row 2: an unknown nationality
    lines[3] = lines[3].replace('"Carlos Pérez"', '""', 1)  # row 3: no name
    response = upload(ana_client, ("\n".join(lines) + "\n").encode(), "people.csv")
    preview = ana_client.get(response["Location"]).content.decode()
    assert "2 rows refused" in preview and "person.nationality" in preview and "&#x27;ZZ&#x27;" in preview
    assert "What is your nationality?" in preview and "required: the name of the person" in preview
    assert "Import all" not in preview
    refused = ana_client.post(response["Location"], {"action": "import"})
    assert refused.status_code == 422 and not Case.objects.exists()  # all or nothing


@pytest.mark.django_db
def test_an_unknown_column_is_said_with_a_suggestion(ana_client):
    table = csv_bytes(table_of(GOOD)).decode().replace('"person.nationality"', '"person.nationalty"', 1)
    response = upload(ana_client, table.encode(), "people.csv")
    preview = ana_client.get(response["Location"]).content.decode()
    assert "did you mean &#x27;person.nationality&#x27;?" in preview and "Import all" not in preview


@pytest.mark.django_db
def test_another_advisors_pending_import_is_not_theirs(ana_client, bob_client):
    response = upload(ana_client, csv_bytes(table_of(GOOD)), "people.csv")
    assert bob_client.get(response["Location"]).status_code == 404
    assert bob_client.post(response["Location"], {"action": "import"}).status_code == 404
    assert not Case.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_a_selection_exported_imports_again_as_it_was(ana_client, advisors, fmt):
    tables.import_cases(advisors[0].organisation, [{"row": i, "name": n, "facts": f} for i, (n, f) in enumerate(GOOD, 1)], "test")
    body = ana_client.get(f"/advisor/export/?format={fmt}&route=aps_volunteer").content
    table = pq.read_table(io.BytesIO(body)) if fmt == "parquet" else pacsv.read_csv(io.BytesIO(body))
    assert table.column("name").to_pylist() == ["Bao Nguyen"]
    again = tables.read_upload([body], f"again.{fmt}")
    assert again.errors == [] and [(c["name"], c["facts"]) for c in again.cases] == [GOOD[1]]


@pytest.mark.django_db
def test_the_command_imports_a_csv_all_or_nothing(advisors, tmp_path):
    good = tmp_path / "people.csv"
    good.write_bytes(csv_bytes(table_of(GOOD)))
    bad = tmp_path / "bad.parquet"
    pq.write_table(table_of([("Dan", dict(example("graduate"), as_of="2015-02-30"))]), bad)
    with pytest.raises(CommandError) as refused:
        call_command("cases", "import", str(good), str(bad), "--organisation", "Association A")
    assert "row 1, as_of: '2015-02-30'" in str(refused.value) and not Case.objects.exists()
    out = io.StringIO()
    call_command("cases", "import", str(good), "--organisation", "Association A", "--advisor", "ana", stdout=out)
    assert "3 case(s) imported" in out.getvalue()
    assert sorted(Case.objects.values_list("person_name", flat=True)) == sorted(NAMES)
    exported = tmp_path / "all.parquet"
    call_command("cases", "export", "--organisation", "Association A", "-o", str(exported), stdout=io.StringIO())
    assert sorted(pq.read_table(exported).column("name").to_pylist()) == sorted(NAMES)


@pytest.mark.django_db
def test_refused_rows_said_in_the_page_language(ana_client):
    """The case model's reasons and the table's own, in Spanish when the page is: the field, the value, why."""
    bad = {**example("graduate"), "as_of": "2015-02-30"}
    rows = [(NAMES[0], bad), ("", example("graduate"))]
    ana_client.cookies[settings.LANGUAGE_COOKIE_NAME] = "es"
    response = upload(ana_client, csv_bytes(table_of(rows)), "people.csv")
    preview = html.unescape(ana_client.get(response["Location"]).content.decode())
    assert translation("es").ngettext("%(n)s row refused.", "%(n)s rows refused.", 2) % {"n": 2} in preview
    assert "'2015-02-30'" in preview and "2 rows refused" not in preview
    assert "ese día no existe: febrero de 2015 tiene 28 días; se esperaba una fecha real con el formato AAAA-MM-DD" in preview
    assert "obligatorio: el nombre de la persona a la que se refiere la fila" in preview
    assert "no such day" not in preview and "required" not in preview

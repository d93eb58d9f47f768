import datetime
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from sejour.i18n import SOURCE, language_codes
from sejour.web.cases import operations, services


def _day(value: str) -> datetime.date:
    return datetime.date.today() if value == "today" else datetime.date.fromisoformat(value)


class Command(BaseCommand):
    help = "The tracker's cases: reassess, import, export, person (everything held about one person)."

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="action", required=True)
        reassess = sub.add_parser("reassess", help="Re-run every open case under the rules now in force; list what changed.")
        reassess.add_argument("--as-of", type=_day, default=None, help="Move each case to this day ('today' or YYYY-MM-DD).")
        load = sub.add_parser("import", help="Import cases from tables (.csv, .jsonl, .parquet: the batch mode's columns and a "
                                             "name column) or YAML / JSON files; all or nothing.")
        load.add_argument("files", nargs="+", type=Path)
        load.add_argument("--organisation", required=True)
        load.add_argument("--advisor", default=None)
        load.add_argument("--lang", choices=language_codes(), default=SOURCE, help="Language of the assessments.")
        load.add_argument("--dry-run", action="store_true", help="Read the tables and say what would be imported; store nothing.")
        export = sub.add_parser("export", help="Export an organisation's cases.")
        export.add_argument("--organisation", required=True)
        export.add_argument("--format", choices=["yaml", "json", "csv", "parquet"], default=None,
                            help="Default: from the output's suffix (.csv, .parquet, .json), else yaml.")
        export.add_argument("-o", "--output", type=Path, required=True)
        decided = sub.add_parser("outcomes", help="How often sejour's verdicts at filing agreed with the decisions recorded, "
                                                  "per route and sejour version; every disagreement.")
        decided.add_argument("--organisation", required=True)
        decided.add_argument("--csv", type=Path, default=None, help="Also write every decision, anonymised, to this CSV file.")
        person = sub.add_parser("person", help="Everything held about one person (cases, notes, history).")
        person.add_argument("name")
        person.add_argument("--organisation", required=True)
        person.add_argument("--format", choices=["yaml", "json"], default="json")
        person.add_argument("-o", "--output", type=Path, default=None)

    def handle(self, *args, **options):
        try:
            getattr(self, "do_" + options["action"])(options)
        except operations.OperationError as error:
            raise CommandError(str(error)) from None

    def do_reassess(self, options):
        changed = operations.reassess_all(options["as_of"])
        self.stdout.write(f"{len(changed)} case(s) changed")
        for case, diff in changed:
            self.stdout.write(f"#{case.pk} {case.person_name}")
            for change in diff:
                self.stdout.write("  " + operations.format_difference(change))

    def do_import(self, options):
        if options["dry_run"]:
            previews = operations.read_tables([p for p in options["files"] if p.suffix.lower() in operations.TABLE_SUFFIXES])
            for preview in previews:
                self.stdout.write(operations.problems_text(preview))
            return
        cases = operations.import_files(options["files"], options["organisation"], options["advisor"], "sejour cases import",
                                        lang=options["lang"])
        self.stdout.write(f"{len(cases)} case(s) imported: " + ", ".join(f"#{c.pk}" for c in cases))

    def do_export(self, options):
        suffix = options["output"].suffix.lower().lstrip(".")
        fmt = options["format"] or (suffix if suffix in ("csv", "parquet", "json") else "yaml")
        data = operations.export_cases(options["organisation"], fmt)
        if isinstance(data, bytes):
            options["output"].write_bytes(data)
        else:
            options["output"].write_text(data, encoding="utf-8")
        self.stdout.write(f"written {options['output']}")

    def do_outcomes(self, options):
        from sejour.web.cases import outcomes

        org = operations.organisation(options["organisation"])
        found = outcomes.report(org.pk)
        self.stdout.write(f"{'route':<28} {'version':<10} {'decisions':>9} {'agreed':>7} {'differed':>8} {'no verdict':>10}")
        for row in found["rows"]:
            self.stdout.write(f"{row['route']:<28} {row['version']:<10} {row['total']:>9} {row['agree']:>7} {row['disagree']:>8} {row['undecided']:>10}")
        self.stdout.write(f"{len(found['disagreements'])} disagreement(s)")
        for o in found["disagreements"]:
            self.stdout.write(f"  #{o.case_id} {o.case.person_name}: {o.route}: sejour said {o.filed_verdict} on {o.filed_on} "
                              f"(sejour {o.sejour_version}); {o.authority} {o.decision} on {o.decided_on}")
        if options["csv"]:
            options["csv"].write_text(outcomes.anonymous_csv(org.pk), encoding="utf-8")
            self.stdout.write(f"written {options['csv']}")

    def do_person(self, options):
        data = services.person_export(operations.organisation(options["organisation"]), options["name"])
        text = operations.dump(data, options["format"])
        if options["output"]:
            options["output"].write_text(text, encoding="utf-8")
            self.stdout.write(f"{len(data['cases'])} case(s) written to {options['output']}")
        else:
            self.stdout.write(text)

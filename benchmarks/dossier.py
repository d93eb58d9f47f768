"""The dossier PDF's making: its HTML (the result page's templates) and its layout, in this
process, for a few situations (an interview made from each case, assessed today).

    python benchmarks/dossier.py [--runs 15] [--lang fr] [--weasyprint] [CASE.yaml ...]

Prints, per case, the median and p90 in milliseconds of the HTML and of the PDF, the PDF's pages
and size. --weasyprint lays the same HTML out with WeasyPrint instead (what the dossier used
before reportlab, with the site's stylesheet it then read), to compare. Run from a checkout (its
`sejour` package is the one measured) to compare versions.
"""

from __future__ import annotations

import argparse
import os
import pathlib
import re
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
DEFAULT_CASES = sorted((ROOT / "examples").glob("*.yaml"))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cases", nargs="*", type=pathlib.Path, default=DEFAULT_CASES)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--lang", default="fr")
    parser.add_argument("--weasyprint", action="store_true", help="lay out with WeasyPrint (as before) instead of reportlab")
    options = parser.parse_args()
    os.environ.setdefault("SEJOUR_DATA_DIR", tempfile.mkdtemp(prefix="sejour-bench-dossier-"))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sejour.web.settings")
    sys.path.insert(0, os.getcwd())
    import django

    django.setup()
    from django.core.management import call_command
    from django.contrib.staticfiles import finders
    from django.utils import translation
    from weasyprint import HTML

    from sejour.case import load_case
    from sejour.documents import html_pdf
    from sejour.web.interview import downloads
    from sejour.web.interview.models import Interview

    call_command("migrate", verbosity=0)
    import logging

    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    HTML(string="<p>warm-up</p>").write_pdf()
    html_pdf.pdf("<p>warm-up</p>")
    site_css = "<style>" + open(finders.find("sejour/style.css"), encoding="utf-8").read() + (
        " body{max-width:none;font-size:10.5pt} .visually-hidden,svg.timeline{display:none} @page{size:A4;margin:1.6cm}</style>")

    def layout(html: str) -> bytes:
        return HTML(string=html.replace("</head>", site_css + "</head>")).write_pdf() if options.weasyprint else html_pdf.pdf(html)

    print(f"{'case':<22} {'html p50':>9} {'pdf p50':>8} {'pdf p90':>8} {'pages':>6} {'kB':>6}")
    medians = []
    for path in options.cases:
        case = load_case(path).to_dict()
        case.pop("as_of", None)
        interview = Interview.objects.create(goal="unsure", case=case, steps=[{"topic": "sections", "fields": []}])
        html_times, pdf_times = [], []
        for _ in range(options.runs):
            with translation.override(options.lang):
                started = time.perf_counter()
                html = downloads._dossier(interview, options.lang)[1]()
                made = time.perf_counter()
            pdf = layout(html)
            done = time.perf_counter()
            html_times.append(made - started)
            pdf_times.append(done - made)
        pdf_times.sort()
        info = subprocess.run(["pdfinfo", "-"], input=pdf, capture_output=True, text=False).stdout.decode()
        pages = int(re.search(r"Pages:\s+(\d+)", info)[1]) if "Pages:" in info else 0  # pdfinfo: poppler-utils
        medians.append(statistics.median(pdf_times))
        print(f"{path.stem:<22} {statistics.median(html_times) * 1000:>9.1f} {statistics.median(pdf_times) * 1000:>8.1f} "
              f"{pdf_times[int(0.9 * (len(pdf_times) - 1))] * 1000:>8.1f} {pages:>6} {len(pdf) / 1024:>6.0f}")
    print(f"median of the cases' PDF medians: {statistics.median(medians) * 1000:.1f} ms")


if __name__ == "__main__":
    main()

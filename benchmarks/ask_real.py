"""`sejour ask` on banks of real questions: recall@1, recall@3, confident-wrong rate, honest refusals.

    python benchmarks/ask_real.py [--bank BANK ...] [--grader ../shared/ask/grade.py] [-v]

Each bank is a YAML list in the format of the shared grader (id, q, lang, covered, must_match,
must_not_match). The grading rules are the shared grader's own (imported, not copied); the
questions are asked in-process, so a bank of 100 questions takes seconds, not minutes. Default
banks: the shared development set and tests/knowledge/real_questions.yaml (collected by us).
"""

from __future__ import annotations

import argparse
import importlib.util
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "ask"
sys.path.insert(0, str(ROOT))  # this checkout's sejour, not another one installed
BANKS = [SHARED / "real-questions-dev.yaml", ROOT / "tests" / "knowledge" / "real_questions.yaml"]


def load_grader(path: Path):
    spec = importlib.util.spec_from_file_location("shared_grade", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run(bank_path: Path, grader, verbose: bool) -> dict:
    from sejour.knowledge.ask import ask

    bank = grader.load_bank(str(bank_path))
    rows, times = [], []
    for item in bank:
        start = time.perf_counter()
        try:
            data, error = ask(item["q"], lang=item["lang"]), ""
        except Exception as exc:  # noqa: BLE001 - a crash is graded, as the shared grader does
            data, error = None, f"{type(exc).__name__}: {exc}"
        times.append(time.perf_counter() - start)
        grade, why = grader.grade(item, data, error)
        rows.append({"id": item["id"], "lang": item["lang"], "covered": item["covered"], "grade": grade})
        if verbose:
            print(f"{item['id']:<6} {item['lang']} {'cov' if item['covered'] else 'unc'} {grade:<16} {why[:150]}")
    covered = [r for r in rows if r["covered"]]
    uncovered = [r for r in rows if not r["covered"]]
    n1 = sum(r["grade"] == "CORRECT" for r in covered)
    n3 = sum(r["grade"] in ("CORRECT", "TOP3") for r in covered)
    wrong = sum(r["grade"] == "WRONG-CONFIDENT" for r in rows)
    honest = sum(r["grade"] == "HONEST-UNCOVERED" for r in uncovered)
    refused = sum(r["grade"] == "HONEST-MISS" for r in covered)
    print(f"{bank_path.name}: recall@1 {100 * n1 / max(len(covered), 1):.1f}% ({n1}/{len(covered)}), recall@3 {100 * n3 / max(len(covered), 1):.1f}% ({n3}/{len(covered)}), "
          f"confident-wrong {100 * wrong / max(len(rows), 1):.1f}% ({wrong}/{len(rows)}), honest refusals of uncovered {honest}/{len(uncovered)}, "
          f"answerable refused {refused}; median {1000 * statistics.median(times):.0f} ms a question")
    return {"n1": n1, "n3": n3, "covered": len(covered), "wrong": wrong, "rows": len(rows), "honest": honest, "uncovered": len(uncovered)}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bank", action="append", type=Path, help="a bank (repeatable); default: the shared dev set and ours")
    parser.add_argument("--grader", type=Path, default=SHARED / "grade.py", help="the shared grader (its grading rules are used)")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    grader = load_grader(args.grader)
    for bank in args.bank or [b for b in BANKS if b.exists()]:
        run(bank, grader, args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())

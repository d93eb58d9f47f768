"""Recall@1 and recall@3 of `sejour ask` on the held-out questions, per language, and how many
questions the sources do not cover get the honest "not covered".

    python benchmarks/ask_recall.py
"""

from pathlib import Path

import yaml

from sejour.knowledge.ask import ask

HELDOUT = Path(__file__).resolve().parent.parent / "tests" / "knowledge" / "questions_heldout.yaml"


def main():
    items = yaml.safe_load(HELDOUT.read_text(encoding="utf-8"))
    covered = [i for i in items if i["expect"] != "not_covered"]
    results = {id(i): [a["id"] for a in ask(i["q"], lang=i["lang"])["answers"]] for i in covered}
    for lang in ("en", "fr", "all"):
        chosen = [i for i in covered if lang in ("all", i["lang"])]
        for k in (1, 3):
            hits = sum(i["expect"] in results[id(i)][:k] for i in chosen)
            print(f"recall@{k} {lang}: {hits}/{len(chosen)} = {hits / len(chosen):.3f}")
    uncovered = [i for i in items if i["expect"] == "not_covered"]
    honest = sum(not ask(i["q"], lang=i["lang"])["covered"] for i in uncovered)
    print(f"not covered answered honestly: {honest}/{len(uncovered)}")
    for i in covered:
        if i["expect"] not in results[id(i)][:3]:
            print(f"  missed: {i['q']!r} expected {i['expect']}, got {results[id(i)]}")


if __name__ == "__main__":
    main()

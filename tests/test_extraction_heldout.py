"""Recall and precision on held-out texts (government work reports), never used for tuning.

The floors are lower than on the seeds: these texts are of another kind, and the point is to
see how the rules carry over. docs/QUALITY.md records the figures, including the first
(blind) runs; run with ``-s`` to see every miss and invention.
"""

from __future__ import annotations

from pathlib import Path

from tests.extraction_quality import load, score_document, stories, total

HELDOUT = Path(__file__).resolve().parent / "data" / "heldout"
RECALL_FLOOR = 0.75
PRECISION_FLOOR = 0.8


def test_heldout_recall_and_precision():
    expected = load(HELDOUT / "expected.json")
    scores = []
    for path in sorted(HELDOUT.glob("*.txt")):
        wanted = [item for item in expected if item["doc"] == path.stem]
        assert wanted, f"no expected items for {path.name}"
        score = score_document(path.stem, stories(path), wanted)
        print(score.report(path.stem).splitlines()[0])
        scores.append(score)
    whole = total(scores)
    print(whole.report("held-out"))
    assert whole.recall >= RECALL_FLOOR, whole.report("held-out")
    assert whole.precision >= PRECISION_FLOOR, whole.report("held-out")

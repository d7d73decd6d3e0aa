"""Recall and precision on held-out texts (government work reports), never used for tuning.

The floors are lower than on the seeds: these texts are of another kind, and the point is to
see how the rules carry over. docs/QUALITY.md records the figures, including the first
(blind) runs; run with ``-s`` to see every miss and invention.

Set 3 (``heldout/set3``) was blind until its first run (recall 53/160, precision 53/161): its
texts and items were committed before the extractor first ran on them. The general failure
classes that run showed were then fixed, each with a test of its own in ``tests/text/``, so
set 3 is no longer blind either; its floors sit just under the run after those fixes (recall
144/160, precision 144/160), so that regressions show.

Set 4 (``heldout/set4``) was blind until its first run (recall 108/136, precision 108/144;
texts and items committed in dac1145 before the extractor first ran on them). Its failure
classes were then fixed as general rules, each with a test of its own in ``tests/text/``
(fa0a0f4), so set 4 is no longer blind; its floors sit just under the run after those fixes
(recall 136/136, precision 136/139).

Set 5 (``heldout/set5``) was blind until its first run (recall 139/158, precision 139/167;
texts and items committed in 273df24) and its second, after the set 4 fixes (145/158,
145/164). Its failure classes were then fixed as general rules, each with a test of its own
in ``tests/text/``, so set 5 is no longer blind; two unit-less ranks were added to its fixture
for one convention with the seeds (docs/QUALITY.md). Its floors sit just under the run after
those fixes (recall 159/160, precision 159/159).

Set 6 (``heldout/set6``) was blind until its first run (recall 38/74, precision 38/90; texts
and items committed in 64fa625) and its second, after the set 5 fixes (38/74, 38/80). Its
failure classes were then fixed as general rules, each with a test of its own in
``tests/text/``, so set 6 is no longer blind; its floors sit just under the run after those
fixes (recall 74/74, precision 74/74). The same round fixed the sets 1–2 regression (a
review's period now reaches the paragraphs after it under a review heading): their floors
sit just under 109/112 and 109/111.

Set 7 (``heldout/set7``) is blind: its texts and items were committed (bb84221) before the
extractor first ran on them (recall 6/51, precision 6/50). Its floors sit just under that run.
"""

from __future__ import annotations

from pathlib import Path

from tests.extraction_quality import load, score_document, stories, total

HELDOUT = Path(__file__).resolve().parent / "data" / "heldout"
RECALL_FLOOR = 0.97
PRECISION_FLOOR = 0.98
SET3 = HELDOUT / "set3"
SET3_RECALL_FLOOR = 0.89
SET3_PRECISION_FLOOR = 0.89
SET4 = HELDOUT / "set4"
SET4_RECALL_FLOOR = 0.99
SET4_PRECISION_FLOOR = 0.975
SET5 = HELDOUT / "set5"
SET5_RECALL_FLOOR = 0.99
SET5_PRECISION_FLOOR = 0.995
SET6 = HELDOUT / "set6"
SET6_RECALL_FLOOR = 0.99
SET6_PRECISION_FLOOR = 0.995
SET7 = HELDOUT / "set7"
SET7_RECALL_FLOOR = 0.11
SET7_PRECISION_FLOOR = 0.11


def _score(folder: Path, name: str):
    expected = load(folder / "expected.json")
    scores = []
    for path in sorted(folder.glob("*.txt")):
        wanted = [item for item in expected if item["doc"] == path.stem]
        assert wanted, f"no expected items for {path.name}"
        score = score_document(path.stem, stories(path), wanted)
        print(score.report(path.stem).splitlines()[0])
        scores.append(score)
    assert {item["doc"] for item in expected} == {path.stem for path in folder.glob("*.txt")}
    whole = total(scores)
    print(whole.report(name))
    return whole


def test_heldout_recall_and_precision():
    whole = _score(HELDOUT, "held-out")
    assert whole.recall >= RECALL_FLOOR, whole.report("held-out")
    assert whole.precision >= PRECISION_FLOOR, whole.report("held-out")


def test_set3_recall_and_precision():
    whole = _score(SET3, "held-out set 3")
    assert whole.recall >= SET3_RECALL_FLOOR, whole.report("held-out set 3")
    assert whole.precision >= SET3_PRECISION_FLOOR, whole.report("held-out set 3")


def test_set4_recall_and_precision():
    whole = _score(SET4, "held-out set 4")
    assert whole.recall >= SET4_RECALL_FLOOR, whole.report("held-out set 4")
    assert whole.precision >= SET4_PRECISION_FLOOR, whole.report("held-out set 4")


def test_set5_recall_and_precision():
    whole = _score(SET5, "held-out set 5")
    assert whole.recall >= SET5_RECALL_FLOOR, whole.report("held-out set 5")
    assert whole.precision >= SET5_PRECISION_FLOOR, whole.report("held-out set 5")


def test_set6_recall_and_precision():
    whole = _score(SET6, "held-out set 6")
    assert whole.recall >= SET6_RECALL_FLOOR, whole.report("held-out set 6")
    assert whole.precision >= SET6_PRECISION_FLOOR, whole.report("held-out set 6")


def test_blind_set7_recall_and_precision():
    whole = _score(SET7, "held-out set 7 (blind)")
    assert whole.recall >= SET7_RECALL_FLOOR, whole.report("held-out set 7 (blind)")
    assert whole.precision >= SET7_PRECISION_FLOOR, whole.report("held-out set 7 (blind)")

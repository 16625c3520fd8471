"""Tables with a column per language whose rows are not all sentences: a headline row
('潮騒公園、4月に再開園 | Shiosai Park to Reopen'), read as a Japanese label and its
Latin value, put the English headline on the Japanese side, glued to the next sentence's
pair (1.00); a column of labels written in both languages ('日時 Date') was sorted into
one version and paired with the other's cells. A wrong pair is the worst an archive can
give the memory: such cells pair with their translation or with nothing."""

from __future__ import annotations

import json
from pathlib import Path

HEADLINE = ("北浜水族館、新館開館", "Kitahama Aquarium to Open New Wing")
SENTENCES = [
    (
        "北浜水族館は、5月10日に深海生物の新館を開館します。",
        "Kitahama Aquarium will open a new wing for deep-sea life on May 10.",
    ),
    ("新館では約80種を展示します。", "The new wing will show about 80 species."),
    ("入館料は大人1,500円です。", "Admission is 1,500 yen for adults."),
]
LABELLED = [
    ("日時 Date", "2027年5月10日（月）10時", "Monday, May 10, 2027, 10 a.m."),
    ("会場 Venue", "北浜水族館 新館ホール", "New Wing Hall, Kitahama Aquarium"),
    ("定員 Capacity", "先着200人", "200 people, first come first served"),
]


def _accepted(run_cli, tmp_path: Path, text: str) -> list[tuple[str, str]]:
    archive = tmp_path / "archive"
    archive.mkdir()
    (archive / "notice.md").write_text(text, encoding="utf-8")
    result = run_cli("align", "--pairs", "archive", "--format", "json")
    assert result.exit_code == 0, result.output
    (pair,) = json.loads(result.stdout)["pairs"]
    return [(b["source"]["text"], b["target"]["text"]) for b in pair["beads"] if b["accepted"]]


def test_a_headline_row_pairs_with_its_translation(run_cli, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    rows = "".join(f"| {ja} | {en} |\n" for ja, en in [HEADLINE, *SENTENCES])
    accepted = _accepted(run_cli, tmp_path, f"| 日本語 | English |\n|---|---|\n{rows}")
    assert accepted == [(en, ja) for ja, en in [HEADLINE, *SENTENCES]]


def test_labels_in_both_languages_pair_with_nothing(run_cli, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    rows = "".join(f"| {label} | {ja} | {en} |\n" for label, ja, en in LABELLED)
    rows += "".join(f"| 内容 Outline | {ja} | {en} |\n" for ja, en in SENTENCES)
    text = f"| 項目 Item | 日本語 | English |\n|---|---|---|\n{rows}"
    accepted = _accepted(run_cli, tmp_path, text)
    right = {(en, ja) for _, ja, en in LABELLED} | {(en, ja) for ja, en in SENTENCES}
    assert accepted and set(accepted) <= right


def test_a_short_cell_goes_with_its_column(run_cli, tmp_path: Path, monkeypatch) -> None:
    """'Free' and '300' say no language by their letters; they went with the cell before
    them (the Japanese one) and the rows after them lost their pairs."""
    monkeypatch.chdir(tmp_path)
    short = [("参加費 Fee", "無料", "Free"), ("定員 Seats", "300", "300")]
    rows = "".join(f"| {label} | {ja} | {en} |\n" for label, ja, en in [*LABELLED, *short])
    rows += "".join(f"| 内容 Outline | {ja} | {en} |\n" for ja, en in SENTENCES)
    text = f"| 項目 Item | 日本語 | English |\n|---|---|---|\n{rows}"
    accepted = _accepted(run_cli, tmp_path, text)
    assert ("Free", "無料") in accepted
    assert set(accepted) >= {(en, ja) for ja, en in SENTENCES}
    assert set(accepted) <= {(en, ja) for _, ja, en in [*LABELLED, *short]} | {
        (en, ja) for ja, en in SENTENCES
    }

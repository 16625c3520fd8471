"""Japanese names set out in the columns of a plain-text table, as personnel notices write
them: spaced letter by letter ('西　村　晴　彦', what 均等割付 does by hand) or a short name
padded to the column ('辻　　航平'). Such a name is the glossary's person wherever names are
looked up (check, a template's notes for translators, PR401 on its translation); a slip
in it is found as in a name written solid, the fix keeps the column's spacing, and the
spacing itself is layout, never a finding."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from prlocalize.glossary.matcher import TermMatcher
from prlocalize.glossary.model import Entry, Glossary, Kind, Term
from prlocalize.spaced_names import closed_up, spaced_like

Run = Callable[..., Result]

SHEET = (
    "en,ja,ko,kind\n"
    "Haruhiko Nishimura,西村 晴彦,니시무라 하루히코,person\n"
    "Kohei Tsuji,辻 航平,쓰지 고헤이,person\n"
    "Sayaka Onodera,小野寺 沙也加,오노데라 사야카,person\n"
    "Aozora Logistics,青空ロジスティクス株式会社,아오조라 로지스틱스,org\n"
)

TABLE = (
    "役員の異動に関するお知らせ\n\n"
    "各　位\n\n"
    "青空ロジスティクス株式会社は、本日開催の取締役会において、下記のとおり役員の異動を"
    "内定しましたので、お知らせいたします。\n\n"
    "記\n\n"
    "新役職　　　　　　　氏　　名　　　　　現役職\n"
    "代表取締役社長　　　{nishimura}　　取締役常務執行役員\n"
    "取締役専務執行役員　{tsuji}　　　　常務執行役員\n"
    "常務執行役員　　　　{onodera}　執行役員\n\n"
    "就任予定日　2027年6月24日\n\n"
    "以　上\n\n"
    "代表取締役社長に就任予定の西村 晴彦は、1994年に入社しました。\n"
)
RIGHT = {"nishimura": "西　村　晴　彦", "tsuji": "辻　　航　平", "onodera": "小野寺　沙也加"}


def _check(run_cli: Run, tmp_path: Path, text: str, *extra: str) -> Result:
    (tmp_path / "g.csv").write_text(SHEET, encoding="utf-8")
    release = tmp_path / "jinji.txt"
    release.write_text(text, encoding="utf-8")
    return run_cli(
        "check", str(release), "-g", str(tmp_path / "g.csv"), "--no-cache", *extra,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("text", "view"),
    [
        ("代表取締役社長　　　西　村　晴　彦　　取締役", "代表取締役社長 西村晴彦 取締役"),
        # the widest gap, when one is, parts family and given name
        ("専務　辻　　航　平　常務", "専務　辻 航平　常務"),
        ("常務執行役員　　　　辻　　航平", "常務執行役員 辻 航平"),
        ("各　位", "各　位"),  # two letters: no run to close up, one space is not padding
    ],
)
def test_the_view_closes_up_names_set_out(text: str, view: str) -> None:
    closed = closed_up(text)
    assert (closed.text if closed else text) == view


def test_the_view_maps_back_to_the_text() -> None:
    text = "社長　　　西　村　晴　彦"
    closed = closed_up(text)
    assert closed is not None
    at = closed.text.index("西村晴彦")
    start, end = closed.span(at, at + 4)
    assert text[start:end] == "西　村　晴　彦"


def test_no_view_for_text_without_such_spacing() -> None:
    assert closed_up("代表取締役社長の西村 晴彦は述べた。") is None
    assert closed_up("Haruhiko  Nishimura") is None


def test_a_fix_keeps_the_columns_spacing() -> None:
    assert spaced_like("西　村　晴　比　古", "西村 晴彦") is None  # letters do not pair
    assert spaced_like("辻　　航　兵", "辻 航平") == "辻　　航　平"


def test_a_correct_table_is_silent(run_cli: Run, tmp_path: Path) -> None:
    result = _check(run_cli, tmp_path, TABLE.format(**RIGHT))
    assert result.exit_code == 0, result.stdout


@pytest.mark.parametrize(
    ("who", "written", "fixed"),
    [
        ("nishimura", "西　村　晴　比　古", None),  # a longer given name: another person
        ("nishimura", "西　村　晴　日　子", None),
        ("nishimura", "西　村　治　彦", "西　村　晴　彦"),  # Haruhiko, other kanji
        ("tsuji", "辻　　康　平", "辻　　航　平"),  # Kouhei, other kanji
        ("onodera", "小野寺　　沙耶加", "小野寺　　沙也加"),  # padded, not letter-spaced
        ("onodera", "小野寺　沙也香", "小野寺 沙也加"),  # one space: as before
    ],
)
def test_a_slip_in_a_name_set_out_is_reported_with_a_fix_that_keeps_the_column(
    run_cli: Run, tmp_path: Path, who: str, written: str, fixed: str | None
) -> None:
    text = TABLE.format(**{**RIGHT, who: written})
    result = _check(run_cli, tmp_path, text, "--format", "json")
    findings = json.loads(result.stdout)["findings"]
    if fixed is None:  # another reading of the given name is another person
        assert findings == [], findings
        return
    (finding,) = findings
    assert (finding["code"], finding["found"]) == ("PR102", written)
    assert finding["message"].startswith(f"Name '{written}' in other kanji of the same reading")
    line = text.splitlines()[finding["line"] - 1]
    assert line[finding["column"] - 1 : finding["end_column"] - 1] == written
    diff = _check(run_cli, tmp_path, text, "--diff", "--unsafe").stdout
    assert f"+{line.replace(written, fixed)}" in diff


def test_the_matcher_finds_a_name_set_out_where_it_is_written() -> None:
    glossary = Glossary(
        [
            Entry("p:1", Kind.PERSON, {"en": Term("Haruhiko Nishimura"), "ja": Term("西村 晴彦")}),
            Entry("p:2", Kind.PERSON, {"en": Term("Kohei Tsuji"), "ja": Term("辻 航平")}),
        ]
    )
    text = "代表取締役社長　　　西　村　晴　彦　　専務　辻　　航平"
    found = [(m.text, m.entry.id) for m in TermMatcher.build(glossary, "ja").find(text)]
    assert found == [("西　村　晴　彦", "p:1"), ("辻　　航平", "p:2")]


def test_a_template_names_the_person_of_a_row_for_its_translator(
    run_cli: Run, tmp_path: Path
) -> None:
    (tmp_path / "g.csv").write_text(SHEET, encoding="utf-8")
    (tmp_path / "jinji.txt").write_text(TABLE.format(**RIGHT), encoding="utf-8")
    result = run_cli(
        "extract", str(tmp_path / "jinji.txt"), "-g", str(tmp_path / "g.csv"),
        "-d", str(tmp_path / "loc"),
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    pot = (tmp_path / "loc" / "jinji.pot").read_text(encoding="utf-8")
    row = pot.split('msgid "代表取締役社長　　　西　村　晴　彦')[0].rsplit("\n\n", 1)[-1]
    assert "#. 西村 晴彦 → en: Haruhiko Nishimura" in row

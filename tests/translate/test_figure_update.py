"""A fuzzy memory match that differs from the text in its figures only gets the text's
figures (as CAT tools do with numbers and dates), where that is certain, and says so."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import polib
import pytest
from click.testing import Result
from hypothesis import given
from hypothesis import strategies as st

from prlocalize.translate.figure_update import update_figures

PLANT_EN = "The new plant will employ {n} people and start operating in {month} {year}."
PLANT_JA = "新工場は{n}人を雇用し、{year}年{m}月に稼働を開始する予定です。"


def test_numbers_and_a_date_are_changed_in_a_japanese_translation() -> None:
    updated = update_figures(
        PLANT_EN.format(n=300, month="June", year=2027),
        PLANT_EN.format(n=250, month="March", year=2026),
        PLANT_JA.format(n=250, year=2026, m=3),
    )
    assert updated is not None
    assert updated.text == PLANT_JA.format(n=300, year=2027, m=6)
    assert updated.changes == (("250", "300"), ("2026年3月", "2027年6月"))


def test_an_english_translation_keeps_its_separators_and_names_the_month() -> None:
    updated = update_figures(
        PLANT_JA.format(n="1,300", year=2027, m=6),
        PLANT_JA.format(n="1,250", year=2026, m=3),
        PLANT_EN.format(n="1,250", month="March", year=2026),
    )
    assert updated is not None
    assert updated.text == PLANT_EN.format(n="1,300", month="June", year=2027)


def test_a_quarter_said_in_words_is_changed_in_digits() -> None:
    updated = update_figures(
        "Aoba Robotics today announced its results for the fourth quarter.",
        "Aoba Robotics today announced its results for the third quarter.",
        "青葉ロボティクスは本日、第3四半期の業績を発表しました。",
    )
    assert (
        updated is not None
        and updated.text == "青葉ロボティクスは本日、第4四半期の業績を発表しました。"
    )


@pytest.mark.parametrize(
    ("text", "memory_source", "memory_target", "expected"),
    [
        ("3月2日に開催", "3月1日に開催", "Held on March 1st.", "Held on March 2nd."),
        (
            "2026年3月12日に開催",
            "2026年3月1日に開催",
            "On March 1st, 2026.",
            "On March 12th, 2026.",
        ),
        (
            "第3四半期の業績",
            "第1四半期の業績",
            "Results of the 1st quarter",
            "Results of the 3rd quarter",
        ),
    ],
)
def test_an_english_ordinal_keeps_a_right_suffix(
    text: str, memory_source: str, memory_target: str, expected: str
) -> None:
    updated = update_figures(text, memory_source, memory_target)
    assert updated is not None and updated.text == expected


def test_a_korean_amount_with_its_scale_word() -> None:
    updated = update_figures(
        "매출은 52억 원으로 15% 증가했다.",
        "매출은 48억 원으로 12% 증가했다.",
        "売上高は48億ウォンで12%増加した。",
    )
    assert updated is not None and updated.text == "売上高は52億ウォンで15%増加した。"


@pytest.mark.parametrize(
    ("text", "memory_source", "memory_target"),
    [
        # other words changed too: the draft's words may be wrong, so its figures stay
        (
            "Costs fell 15% to $52 million.",
            "Sales rose 12% to $48 million.",
            "売上高は12%増の48 million ドルとなった。",
        ),
        # the same figures: nothing to change
        (
            PLANT_EN.format(n=250, month="March", year=2026),
            PLANT_EN.format(n=250, month="March", year=2026) + " ",
            PLANT_JA.format(n=250, year=2026, m=3),
        ),
        # a month and a day that are both 3: which 3 is the month in '3/3'?
        (
            "2027년 3월 7일에 개최한다.",
            "2026년 3월 3일에 개최한다.",
            "It will be held on 3/3/2026.",
        ),
        # the translation writes the amount another way ('4,800万ドル' for '$48 million')
        (
            "Sales rose 15% to $52 million.",
            "Sales rose 12% to $48 million.",
            "売上高は12%増の4,800万ドル。",
        ),
        # the translation does not say the figure at all
        (
            PLANT_EN.format(n=300, month="June", year=2027),
            PLANT_EN.format(n=250, month="March", year=2026),
            "新工場は多くの人を雇用し、2026年3月に稼働を開始する予定です。",
        ),
        # the figure is said twice in the translation: which one stands for it?
        ("Up 15% in 2027.", "Up 12% in 2026.", "2026年は12%増（12%）。"),
    ],
)
def test_nothing_uncertain_is_changed(text: str, memory_source: str, memory_target: str) -> None:
    assert update_figures(text, memory_source, memory_target) is None


@given(
    old=st.integers(min_value=2, max_value=9999),
    new=st.integers(min_value=2, max_value=9999),
    year=st.integers(min_value=2000, max_value=2099),
    month=st.integers(min_value=1, max_value=12),
)
def test_any_head_count_and_month(old: int, new: int, year: int, month: int) -> None:
    names = "January February March April May June July August September October November December"
    source = PLANT_EN.format(n=f"{new:,}", month=names.split()[month - 1], year=year)
    memory_source = PLANT_EN.format(n=f"{old:,}", month="March", year=2026)
    memory_target = PLANT_JA.format(n=f"{old:,}", year=2026, m=3)
    updated = update_figures(source, memory_source, memory_target)
    if source == memory_source:
        assert updated is None
        return
    assert updated is not None
    assert updated.text == PLANT_JA.format(n=f"{new:,}", year=year, m=month)


TMX = """<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="agency" creationtoolversion="1" segtype="sentence"
 o-tmf="x" adminlang="en" srclang="en" datatype="plaintext"/><body>
<tu><tuv xml:lang="en"><seg>{en}</seg></tuv><tuv xml:lang="ja"><seg>{ja}</seg></tuv></tu>
</body></tmx>
"""


def test_run_drafts_last_years_sentence_with_this_years_figures(
    tmp_path: Path, run_cli: Callable[..., Result], monkeypatch: pytest.MonkeyPatch
) -> None:
    # an agency's TMX of last year's release; this year's says the same with new figures
    monkeypatch.chdir(tmp_path)
    (tmp_path / "agency.tmx").write_text(
        TMX.format(
            en=PLANT_EN.format(n=250, month="March", year=2026),
            ja=PLANT_JA.format(n=250, year=2026, m=3),
        ),
        encoding="utf-8",
    )
    assert run_cli("memory", "import", "agency.tmx").exit_code == 0
    (tmp_path / "rel").mkdir()
    (tmp_path / "rel" / "plant.txt").write_text(
        PLANT_EN.format(n=300, month="June", year=2027) + "\n", encoding="utf-8"
    )
    result = run_cli("run", "rel", "-l", "ja", "-o", "out")
    assert result.exit_code == 0, result.output
    po = tmp_path / "out" / "locales" / "ja" / "LC_MESSAGES" / "plant.po"
    (entry,) = [e for e in polib.pofile(str(po)) if e.msgid]
    assert entry.msgstr == PLANT_JA.format(n=300, year=2027, m=6)
    assert entry.fuzzy  # a draft: a person approves it
    comments = " ".join(entry.comment.split())
    assert "memory" in comments and "250 → 300" in comments and "2026年3月 → 2027年6月" in comments
    msgfmt = shutil.which("msgfmt")
    assert msgfmt, "GNU gettext (msgfmt) is needed: apt-get install gettext"
    done = subprocess.run([msgfmt, "--check", "-o", "/dev/null", str(po)], capture_output=True)
    assert done.returncode == 0, done.stderr


_FIGURE_TEXT = st.text(
    alphabet=st.sampled_from(list("0123456789,. 年月日第四半期人万億원억만%stndrhMarchJune")),
    max_size=40,
)


@given(text=_FIGURE_TEXT, memory_source=_FIGURE_TEXT, memory_target=_FIGURE_TEXT)
def test_any_text_gives_an_update_that_says_the_texts_figures_or_none(
    text: str, memory_source: str, memory_target: str
) -> None:
    from prlocalize.catalog.figures import differences

    updated = update_figures(text, memory_source, memory_target)
    assert updated is None or not differences(text, updated.text)


def test_a_date_without_its_year_gets_the_month_named_in_english() -> None:
    # a window whose dates the source gives without a year ('8월 18일부터 9월 16일까지')
    window_ko = "접수는 {a}부터 {b}까지 구청 민원실에서 받는다."
    window_en = "Applications are taken at the ward office from {a} to {b}."
    updated = update_figures(
        window_ko.format(a="10월 4일", b="10월 29일"),
        window_ko.format(a="9월 18일", b="10월 16일"),
        window_en.format(a="September 18", b="October 16"),
    )
    assert updated is not None
    assert updated.text == window_en.format(a="October 4", b="October 29")


@pytest.mark.parametrize(
    ("text", "memory_source", "memory_target", "expected"),
    [
        (
            "현재 한국, 대만, 태국 등 8개국에서 제품을 판매하고 있다.",
            "현재 한국, 대만, 태국 등 7개국에서 제품을 판매하고 있다.",
            "It currently sells its products in seven countries, including Korea and Taiwan.",
            "It currently sells its products in eight countries, including Korea and Taiwan.",
        ),
        # ten and more in digits, as English style writes them; a capital kept
        (
            "現在12か国で販売しています。",
            "現在7か国で販売しています。",
            "It sells in seven countries.",
            "It sells in 12 countries.",
        ),
        (
            "2개국이 도입했다.",
            "3개국이 도입했다.",
            "Three countries adopted it.",
            "Two countries adopted it.",
        ),
    ],
)
def test_a_count_english_spells_out(
    text: str, memory_source: str, memory_target: str, expected: str
) -> None:
    updated = update_figures(text, memory_source, memory_target)
    assert updated is not None and updated.text == expected


@pytest.mark.parametrize(
    ("text", "memory_source", "memory_target"),
    [
        # the count spelt twice: which one is it?
        ("7개 매장과 8개국", "7개 매장과 7개국", "seven stores in seven countries"),
        # 'one' is also a pronoun
        (
            "2개국에서 판매한다.",
            "1개국에서 판매한다.",
            "It sells in one country, one of the first.",
        ),
    ],
)
def test_a_spelt_count_that_is_not_certain(
    text: str, memory_source: str, memory_target: str
) -> None:
    assert update_figures(text, memory_source, memory_target) is None

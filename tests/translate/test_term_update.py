"""A fuzzy memory match that names other glossary entries than the sentence, and differs
from it in nothing else (figures aside), gets the sentence's entries in their approved
forms, with Korean particles made to fit them; anything less certain is no draft."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import polib
import pytest
from click.testing import Result

from prlocalize.glossary.csvfile import parse_csv
from prlocalize.glossary.matcher import TermMatcher
from prlocalize.glossary.model import Glossary
from prlocalize.translate.term_update import update_terms

GLOSSARY = """en,ja,ko,kind
Kim Minsu,キム・ミンス,김민수,person
Park Jihoon,パク・ジフン,박지훈,person
Lee Soyeon,イ・ソヨン,이소연,person
Hanbit Mobility,ハンビットモビリティ,한빛모빌리티,org
Aoba Robotics,青葉ロボティクス,아오바 로보틱스,org
Sora Labs,ソララボ,,org
"""


@pytest.fixture(scope="module")
def matchers() -> dict[str, TermMatcher]:
    glossary = Glossary(parse_csv(GLOSSARY, "g.csv").entries)
    return {locale: TermMatcher.build(glossary, locale) for locale in ("en", "ja", "ko")}


def test_a_person_is_replaced_and_the_korean_particle_fits_the_new_name(
    matchers: dict[str, TermMatcher],
) -> None:
    updated = update_terms(
        "Park Jihoon, CEO of Hanbit Mobility, welcomed the guests.",
        "Kim Minsu, CEO of Hanbit Mobility, welcomed the guests.",
        "김민수는 한빛모빌리티 대표로서 손님을 맞이했다.",
        matchers["en"],
        matchers["ko"],
    )
    assert updated is not None
    assert updated.text == "박지훈은 한빛모빌리티 대표로서 손님을 맞이했다."
    assert updated.changes == (("김민수", "박지훈"),)


def test_a_company_in_japanese(matchers: dict[str, TermMatcher]) -> None:
    updated = update_terms(
        "Aoba Robotics will open a plant in Sendai.",
        "Hanbit Mobility will open a plant in Sendai.",
        "ハンビットモビリティは仙台に工場を開設する。",
        matchers["en"],
        matchers["ja"],
    )
    assert updated is not None and updated.text == "青葉ロボティクスは仙台に工場を開設する。"


@pytest.mark.parametrize(
    ("text", "memory_source", "memory_target"),
    [
        # other words differ too: 'opened' is not 'will open'
        (
            "Aoba Robotics opened a plant in Sendai.",
            "Hanbit Mobility will open a plant in Sendai.",
            "ハンビットモビリティは仙台に工場を開設する。",
        ),
        # the stored translation names the company twice where its source names it once
        (
            "Aoba Robotics will open a plant in Sendai.",
            "Hanbit Mobility will open a plant in Sendai.",
            "ハンビットモビリティは仙台にハンビットモビリティの工場を開設する。",
        ),
        # two people swapped: which is which in the stored translation is not certain
        (
            "Park Jihoon met Kim Minsu.",
            "Kim Minsu met Park Jihoon.",
            "キム・ミンスはパク・ジフンと会った。",
        ),
        # the stored translation does not name the person at all
        (
            "Park Jihoon, CEO of Hanbit Mobility, welcomed the guests.",
            "Kim Minsu, CEO of Hanbit Mobility, welcomed the guests.",
            "ハンビットモビリティの社長が客を迎えた。",
        ),
    ],
)
def test_nothing_uncertain_is_changed(
    matchers: dict[str, TermMatcher], text: str, memory_source: str, memory_target: str
) -> None:
    assert update_terms(text, memory_source, memory_target, matchers["en"], matchers["ja"]) is None


def test_an_entry_without_an_approved_form_in_the_target_gives_no_draft(
    matchers: dict[str, TermMatcher],
) -> None:
    assert (
        update_terms(
            "Sora Labs will open a plant.",
            "Hanbit Mobility will open a plant.",
            "한빛모빌리티는 공장을 연다.",
            matchers["en"],
            matchers["ko"],
        )
        is None
    )


TMX = """<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="agency" creationtoolversion="1" segtype="sentence"
 o-tmf="x" adminlang="en" srclang="en" datatype="plaintext"/><body>
<tu><tuv xml:lang="en"><seg>{en}</seg></tuv><tuv xml:lang="ko"><seg>{ko}</seg></tuv></tu>
</body></tmx>
"""
SAID = "{who}, CEO of Hanbit Mobility, said the shuttle will run from {when}."


def test_run_drafts_a_stored_sentence_with_another_person_and_date(
    tmp_path: Path, run_cli: Callable[..., Result], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "g.csv").write_text(GLOSSARY, encoding="utf-8")
    (tmp_path / "agency.tmx").write_text(
        TMX.format(
            en=SAID.format(who="Kim Minsu", when="March 2026"),
            ko="한빛모빌리티 김민수 대표는 셔틀이 2026년 3월부터 운행한다고 말했다.",
        ),
        encoding="utf-8",
    )
    assert run_cli("memory", "import", "agency.tmx").exit_code == 0
    (tmp_path / "rel").mkdir()
    (tmp_path / "rel" / "shuttle.txt").write_text(
        SAID.format(who="Park Jihoon", when="June 2027") + "\n", encoding="utf-8"
    )
    result = run_cli("run", "rel", "-l", "ko", "-o", "out", "-g", "g.csv")
    assert result.exit_code == 0, result.output
    po = tmp_path / "out" / "locales" / "ko" / "LC_MESSAGES" / "shuttle.po"
    (entry,) = [e for e in polib.pofile(str(po)) if e.msgid]
    assert entry.msgstr == "한빛모빌리티 박지훈 대표는 셔틀이 2027년 6월부터 운행한다고 말했다."
    assert entry.fuzzy
    comments = " ".join(entry.comment.split())
    assert "김민수 → 박지훈" in comments and "2026년 3월 → 2027년 6월" in comments

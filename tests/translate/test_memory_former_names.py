"""A memory filled from past years' releases translates names the glossary has since
retired (a company's former name, a department's old name): a match of such a unit is
the draft with the glossary's current form put in, written for review and saying so;
an old name cited as such stays, and a memory without retired names is final as before."""

from __future__ import annotations

from pathlib import Path

import pytest

from prlocalize.glossary.csvfile import parse_csv
from prlocalize.glossary.model import Glossary
from prlocalize.translate.memory import MemoryBackend, TranslationMemory, Unit

GLOSSARY = """en,ja,ko,kind
Hoshiba Group (formerly Hoshiba Kogyo),星羽グループ（旧社名：星羽工業）,\
호시바그룹(구 호시바공업),org
Public Relations Office,パブリックリレーションズ室　※旧称：宣伝課,홍보실(구 선전과),org
Yuki Sawamura,沢村 由紀,사와무라 유키,person
Managing Director,専務,전무,title
President,社長,사장,title
"""


@pytest.fixture
def backend(tmp_path: Path) -> MemoryBackend:
    memory = TranslationMemory(tmp_path / "memory.sqlite")
    memory.add(
        [
            Unit(
                "en",
                "ja",
                "Questions from reporters go to the Public Relations Office.",
                "記者の方のご質問は宣伝課が承ります。",
            ),
            Unit(
                "en",
                "ja",
                "Hoshiba Kogyo will open its Sendai warehouse on May 8, 2023.",
                "星羽工業は2023年5月8日に仙台倉庫を開設します。",
            ),
            Unit(
                "en",
                "ko",
                "Hoshiba Kogyo will open its Sendai warehouse on May 8, 2023.",
                "호시바공업은 2023년 5월 8일 센다이 창고를 개설한다.",
            ),
            Unit(
                "en",
                "ja",
                "“Every parcel counts,” said Yuki Sawamura, Managing Director of Hoshiba Kogyo.",
                "「荷物の一つひとつが大切です」と星羽工業の沢村 由紀専務は述べています。",
            ),
            Unit(
                "en",
                "ja",
                "Hoshiba Group (formerly Hoshiba Kogyo) employs 900 people.",
                "星羽グループ（旧社名：星羽工業）の従業員数は900人です。",
            ),
            Unit("en", "ja", "The warehouse runs around the clock.", "倉庫は24時間稼働します。"),
            Unit(
                "en",
                "ja",
                "In 2025 Hoshiba Kogyo changed its name to Hoshiba Group.",
                "2025年、星羽工業は社名を星羽グループに変更しました。",
            ),
        ]
    )
    glossary = Glossary(parse_csv(GLOSSARY, "g.csv").entries)
    return MemoryBackend(memory, glossary=glossary)


def test_an_exact_match_gets_the_current_name_and_is_written_for_review(
    backend: MemoryBackend,
) -> None:
    (c,) = backend.translate(
        ["Questions from reporters go to the Public Relations Office."], "en", "ja"
    )
    assert c is not None
    assert c.text == "記者の方のご質問はパブリックリレーションズ室が承ります。"
    assert c.needs_review and c.approved
    assert any("宣伝課 → パブリックリレーションズ室" in note for note in c.notes)


def test_a_fuzzy_match_gets_the_current_name_and_the_text_s_figures(
    backend: MemoryBackend,
) -> None:
    """Before, the draft kept the former name (and, the name differing from the text's,
    the old date too), so the checks refused it whole."""
    text = "Hoshiba Group will open its Sendai warehouse on June 2, 2026."
    (ja,) = backend.translate([text], "en", "ja")
    (ko,) = backend.translate([text], "en", "ko")
    assert ja is not None and ko is not None
    assert ja.text == "星羽グループは2026年6月2日に仙台倉庫を開設します。"
    assert ko.text == "호시바그룹은 2026년 6월 2일 센다이 창고를 개설한다."  # the particle fits
    assert ja.needs_review and "星羽工業 → 星羽グループ" in " ".join(ja.notes)


def test_a_former_name_and_an_outdated_title_are_both_brought_up_to_date(
    backend: MemoryBackend,
) -> None:
    (c,) = backend.translate(
        ["“Every parcel counts,” said Yuki Sawamura, President of Hoshiba Group."], "en", "ja"
    )
    assert c is not None
    assert c.text == "「荷物の一つひとつが大切です」と星羽グループの沢村 由紀社長は述べています。"
    assert c.needs_review


def test_a_former_name_cited_as_such_stays_and_the_match_is_final(
    backend: MemoryBackend,
) -> None:
    (c,) = backend.translate(
        ["Hoshiba Group (formerly Hoshiba Kogyo) employs 900 people."], "en", "ja"
    )
    assert c is not None
    assert c.text == "星羽グループ（旧社名：星羽工業）の従業員数は900人です。"
    assert not c.needs_review and not c.notes


def test_a_unit_without_retired_names_is_final_as_before(backend: MemoryBackend) -> None:
    (c,) = backend.translate(["The warehouse runs around the clock."], "en", "ja")
    assert c is not None and c.text == "倉庫は24時間稼働します。" and not c.needs_review


def test_a_text_that_names_the_old_name_itself_keeps_it(backend: MemoryBackend) -> None:
    (c,) = backend.translate(
        ["In 2025 Hoshiba Kogyo changed its name to Hoshiba Group."], "en", "ja"
    )
    assert c is not None
    assert c.text == "2025年、星羽工業は社名を星羽グループに変更しました。" and not c.notes

"""PR401 on a Korean translation that writes a glossary person's name in one word with
the title, organisation or place beside it ('윤하은다솔텔레콤 대표이사는', '윤하은대표이사는',
'(대표이사윤하은,'): the approved form is there, so nothing was reported, though PR101
reports the same in a Korean release. A name set apart, with a particle, 씨 or 님, or
one whose letters are inside a longer word, is left alone."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

from prlocalize.glossary.model import Entry, Glossary, Kind, Term

GLOSSARY = Glossary(
    [
        Entry(
            "yoon",
            Kind.PERSON,
            {"en": Term("Yoon Ha-eun"), "ja": Term("ユン・ハウン"), "ko": Term("윤하은")},
        ),
        Entry(
            "morimoto",
            Kind.PERSON,
            {"en": Term("Takeshi Morimoto"), "ja": Term("森本 剛"), "ko": Term("모리모토 다케시")},
        ),
        Entry(
            "dasol",
            Kind.ORG,
            {"en": Term("Dasol Telecom"), "ja": Term("ダソル・テレコム"), "ko": Term("다솔텔레콤")},
        ),
        Entry(
            "ceo-dasol",
            Kind.TITLE,
            {"en": Term("CEO, Dasol Telecom"), "ko": Term("다솔텔레콤 대표이사")},
        ),
        Entry("busan", Kind.PLACE, {"en": Term("Busan"), "ja": Term("釜山"), "ko": Term("부산")}),
        Entry(
            "ceo",
            Kind.TITLE,
            {"en": Term("CEO"), "ja": Term("代表取締役"), "ko": Term("대표이사")},
        ),
    ]
)
SAID = '"It removes the border," said Yoon Ha-eun, CEO of Dasol Telecom.'
SPOKE = "Takeshi Morimoto spoke with Yoon Ha-eun, CEO, in Busan."


def _glued(msgid: str, msgstr: str) -> list[str]:
    found = translation_findings("ko", msgid, msgstr, glossary=GLOSSARY)
    return [f.found for f in found if f.code == "PR401" and "glued" in f.message]


@pytest.mark.parametrize(
    ("msgid", "msgstr", "glued"),
    [
        (
            SAID,
            '윤하은다솔텔레콤 대표이사는 "국경을 없앤다"고 말했다.',
            "윤하은다솔텔레콤 대표이사",
        ),
        (SAID, '윤하은대표이사는 "국경을 없앤다"고 말했다.', "윤하은대표이사"),
        (SAID, '다솔텔레콤(대표이사윤하은)은 "국경을 없앤다"고 말했다.', "대표이사윤하은"),
        (SPOKE, "모리모토 다케시부산 방문 중 윤하은 대표이사와 만났다.", "모리모토 다케시부산"),
    ],
)
def test_a_name_glued_in_the_translation(msgid: str, msgstr: str, glued: str) -> None:
    assert _glued(msgid, msgstr) == [glued]


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        (SAID, '윤하은 다솔텔레콤 대표이사는 "국경을 없앤다"고 말했다.'),
        (SAID, '다솔텔레콤 윤하은 대표이사는 "국경을 없앤다"고 말했다.'),
        (SAID, '다솔텔레콤(대표이사 윤하은)은 "국경을 없앤다"고 말했다.'),
        (SAID, '윤하은은 "국경을 없앤다"고 말했다.'),
        (SAID, '윤하은씨는 "국경을 없앤다"고 말했다.'),
        (SPOKE, "모리모토 다케시는 부산에서 윤하은 대표이사와 만났다."),
        (SPOKE, "모리모토 다케시 씨가 부산에서 윤하은 대표와 만났다."),
    ],
)
def test_a_name_set_apart_is_left_alone(msgid: str, msgstr: str) -> None:
    assert _glued(msgid, msgstr) == []


def test_a_name_the_source_does_not_give_is_not_judged() -> None:
    # the translation's own words: another rule's business if anybody's
    msgid = "Dasol Telecom will open a desk in Busan."
    assert _glued(msgid, "다솔텔레콤은 윤하은대표이사 주도로 부산에 데스크를 연다.") == []


def test_a_japanese_name_run_together_in_hangul() -> None:
    # '모리모토다케시' for the sheet's '모리모토 다케시': the glued form PR101 reports in a
    # Korean release was taken for the name spaced otherwise, as a compound may be
    found = translation_findings(
        "ko", SPOKE, "모리모토다케시는 부산에서 윤하은 대표이사와 만났다.", glossary=GLOSSARY
    )
    assert [(f.code, f.found) for f in found] == [("PR401", "모리모토다케시")]


@pytest.mark.parametrize(
    "msgstr",
    [
        "모리모토 다케시는 부산에서 윤하은 대표이사와 만났다.",
        # a Korean name is one word; the company's name may be written either way
        "모리모토 다케시는 부산에서 윤 하은 대표이사와 만났다.",
    ],
)
def test_a_name_spaced_as_the_sheet_or_a_korean_name_spaced_is_left_alone(msgstr: str) -> None:
    assert translation_findings("ko", SPOKE, msgstr, glossary=GLOSSARY) == []

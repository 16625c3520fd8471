"""PR102: a katakana name with one kana slipped ('ユ・ドンヒョソ' for 'ユ・ドンヒョン': a
look-alike kana, a voiced mark, a small kana typed large), where the release also writes
the glossary's form. Without that form in the release, or with another syllable that
makes another name ('ユ・ドンヒョク'), it may be another person and is left alone."""

from __future__ import annotations

import pytest

from prlocalize.checking import check_document
from prlocalize.glossary.matcher import TermMatcher
from prlocalize.glossary.model import Entry, Glossary, Kind, Term
from prlocalize.readers import parse_text
from prlocalize.rules.registry import select_rules

_GLOSSARY = Glossary(
    [
        Entry(
            "person:yoo",
            Kind.PERSON,
            {"en": Term("Yoo Dong-hyun"), "ja": Term("ユ・ドンヒョン"), "ko": Term("유동현")},
        ),
        Entry(
            "person:marsh",
            Kind.PERSON,
            {"en": Term("Elena Marsh"), "ja": Term("エレナ・マーシュ")},
        ),
    ]
)
_FIRST = "最高技術責任者のユ・ドンヒョンは、新モデルを説明しました。"


def _found(second: str, first: str = _FIRST) -> list[tuple[str, str | None]]:
    text = f"報道関係各位\n\n{first}\n\n{second}\n"
    document = parse_text(text, path="r.txt", format="text", lang="ja")
    matcher = TermMatcher.build(_GLOSSARY, "ja")
    findings = check_document(document, _GLOSSARY, matcher, select_rules(["PR102"]))
    return [(f.found, f.suggestion) for f in findings]


@pytest.mark.parametrize(
    ("second", "found"),
    [
        ("2021年にユ・ドンヒョソが創業しました。", [("ユ・ドンヒョソ", "ユ・ドンヒョン")]),
        ("2021年にユ・トンヒョンが創業しました。", [("ユ・トンヒョン", "ユ・ドンヒョン")]),
        ("2021年にユ・ドンヒヨンが創業しました。", [("ユ・ドンヒヨン", "ユ・ドンヒョン")]),
        ("2021年にユ・ドンヒョンが創業しました。", []),
        # a kana typed twice (an input method's 'nn')
        ("2021年にユ・ドンヒョンンが創業しました。", [("ユ・ドンヒョンン", "ユ・ドンヒョン")]),
        ("2021年にユ・ドンヒョクが創業しました。", []),
        ("エレナ・マーシユ氏も登壇しました。", []),
        # a part's final ン left out (typed once, the input method drops it)
        ("2021年にユ・ドンヒョが創業しました。", [("ユ・ドンヒョ", "ユ・ドンヒョン")]),
        ("（代表取締役 ユ・ドンヒョ）", [("ユ・ドンヒョ", "ユ・ドンヒョン")]),
        # another kana dropped, or an ン left out inside a part: another name may be so
        ("2021年にユ・ドヒョンが創業しました。", []),
        ("2021年にユ・ドンヒが創業しました。", []),
    ],
)
def test_a_kana_slipped_in_a_katakana_name(second: str, found: list[tuple[str, str]]) -> None:
    assert _found(second) == found


def test_without_the_right_form_in_the_release_it_may_be_another_person() -> None:
    assert _found("2021年にユ・ドンヒョソが創業しました。", first="本日、発表しました。") == []
    assert _found("2021年にユ・ドンヒョが創業しました。", first="本日、発表しました。") == []

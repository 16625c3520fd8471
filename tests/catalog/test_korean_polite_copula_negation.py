"""PR410: the Korean copula said not to hold in its polite form ('대상이 아닙니다') or as
a noun ('해당 아님') is a negation, in a source and in a translation: the syllables '닙'
and '님' hold the ending, so '아니' is not in them. A recall notice's list of products
that are not affected says it so."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

NOT_RECALLED_KO = "'미소 고추장 500g'과 '미소 된장 1kg'은 회수 대상이 아닙니다."
NOT_COVERED_KO = "2025년 이전 제조 제품: 해당 아님"
NOT_RECALLED_JA = "なお、旧型の「リノ HB-3」は回収の対象ではありません。"
NOT_RECALLED_EN = "The older Rino HB-3 blender is not part of this recall."


def _negations(locale: str, msgid: str, msgstr: str) -> list[str]:
    return [f.found for f in translation_findings(locale, msgid, msgstr) if f.code == "PR410"]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", NOT_RECALLED_KO, "Both pastes are not subject to the recall."),
        ("ja", NOT_RECALLED_KO, "両製品は回収対象ではありません。"),
        ("en", NOT_COVERED_KO, "Products made before 2025: not affected"),
        ("ko", NOT_RECALLED_JA, "아울러 구형 '리노 HB-3'는 회수 대상이 아닙니다."),
        ("ko", NOT_RECALLED_EN, "구형 리노 HB-3 블렌더는 이번 리콜 대상이 아닙니다."),
    ],
)
def test_polite_copula_negation_kept_passes(locale: str, msgid: str, msgstr: str) -> None:
    assert _negations(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", NOT_RECALLED_KO, "Both pastes are also subject to the recall."),
        ("ja", NOT_RECALLED_KO, "両製品も回収対象です。"),
        ("en", NOT_COVERED_KO, "Products made before 2025: affected"),
    ],
)
def test_polite_copula_negation_dropped_is_reported(locale: str, msgid: str, msgstr: str) -> None:
    assert _negations(locale, msgid, msgstr) != []


def test_negation_added_to_a_polite_copula_is_reported() -> None:
    assert _negations("ko", "The older Rino HB-3 blender is also part of this recall.",
                      "구형 리노 HB-3 블렌더는 이번 리콜 대상이 아닙니다.") != []  # fmt: skip

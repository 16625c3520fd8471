"""PR410 on a collaboration's order: 'KAZENE × HAN SEOYOON' given as 'HAN SEOYOON ×
KAZENE' (or 'BRAND x ARTIST' as 'ARTIST x BRAND') keeps every name, so no name check
sees it; the order is the contract's. The same order, a name written in another script,
a size ('W310×D190') and a source that writes both orders stay silent."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

from prlocalize.catalog.collaborations import collaborations_reversed

HEAD = "カプセルコレクション「KAZENE × HAN SEOYOON」を9月18日に発売"
EN_SNEAKER = "The Studio Nine x Mori Works sneaker goes on sale on May 2."


def _pr410(locale: str, msgid: str, msgstr: str) -> list[str]:
    return [f.message for f in translation_findings(locale, msgid, msgstr) if f.code == "PR410"]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", HEAD, "“KAZENE × HAN SEOYOON” Capsule Collection Launches on September 18"),
        ("en", HEAD, "KAZENE x HAN SEOYOON Capsule Collection Launches on September 18"),
        ("ko", HEAD, "캡슐 컬렉션 'KAZENE × 한서윤' 9월 18일 출시"),
        ("ja", EN_SNEAKER, "Studio Nine × Mori Worksのスニーカーを5月2日に発売。"),
        ("ko", "Dimensions: W310×D190×H220mm", "크기: D190×W310×H220mm"),
        ("en", "「A × B」と「B × A」の2型", "Two styles, B × A and A × B"),
    ],
)
def test_same_order(locale: str, msgid: str, msgstr: str) -> None:
    assert _pr410(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "found"),
    [
        (
            "en",
            HEAD,
            "“HAN SEOYOON × KAZENE” Capsule Collection Launches on September 18",
            "HAN SEOYOON × KAZENE",
        ),
        ("ko", HEAD, "캡슐 컬렉션 'HAN SEOYOON × KAZENE' 9월 18일 출시", "HAN SEOYOON × KAZENE"),
        (
            "ja",
            EN_SNEAKER,
            "Mori Works × Studio Nineのスニーカーを5月2日に発売。",
            "Mori Works × Studio Nine",
        ),
        (
            "ko",
            EN_SNEAKER,
            "Mori Works X Studio Nine 스니커즈는 5월 2일 출시된다.",
            "Mori Works X Studio Nine",
        ),
    ],
)
def test_order_reversed(locale: str, msgid: str, msgstr: str, found: str) -> None:
    messages = _pr410(locale, msgid, msgstr)
    assert any(f"'{found}'" in m and "other order" in m for m in messages), messages


def test_a_source_without_a_collaboration_is_read_once() -> None:
    memo: dict[str, object] = {}
    assert collaborations_reversed("3月に発売する。", "B × A", memo=memo) == []
    assert collaborations_reversed("3月に発売する。", "B × A", memo=memo) == []

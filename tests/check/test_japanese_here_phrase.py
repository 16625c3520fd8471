"""PR202: 'X はこちら' closing its sentence ('お申し込みはこちら', '対象車両の検索はこちら。') is
what a link's text says in a Japanese release; copied into plain text without its address
it sends readers nowhere. 'こちらの製品', 'はこちらです' and a phrase with its address on the
next line are not reported."""

from __future__ import annotations

import pytest

from prlocalize.checking import check_document
from prlocalize.glossary.model import Glossary
from prlocalize.readers import parse_text
from prlocalize.rules.registry import select_rules


def _found(lines: str) -> list[str]:
    text = f"報道関係各位\n\n本日、新しいサービスの提供を開始しました。\n\n{lines}\n"
    document = parse_text(text, path="r.txt", format="text", lang="ja")
    findings = check_document(document, Glossary([]), None, select_rules(["PR202"]))
    return [f.found for f in findings]


@pytest.mark.parametrize(
    ("lines", "found"),
    [
        ("▼お申し込みはこちら", ["こちら"]),
        ("対象車両の検索はこちら。", ["こちら"]),
        ("無料体験のお申し込みは、こちらから。", ["こちら"]),
        ("▼お申し込みはこちら\nhttps://example.jp/apply", []),
        ("こちらの製品は全国の店舗で販売します。", []),
        ("会場はこちらです。", []),
        ("主な仕様はこちら：\n・重量 1.2kg", []),
    ],
)
def test_a_japanese_link_phrase_x_wa_kochira(lines: str, found: list[str]) -> None:
    assert _found(lines) == found

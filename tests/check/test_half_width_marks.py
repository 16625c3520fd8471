"""PR102: a Japanese name's full-width marks typed half width ('タイド:レクイエム' for the
glossary's 'タイド：レクイエム', 'ほしぞら(仮)' for 'ほしぞら（仮）') is a width slip, as
full-width Latin letters are; a glossary form in full-width letters ('ＫＡＺＥ') is its
own style, which the release need not copy."""

from __future__ import annotations

from prlocalize.checking import check_document
from prlocalize.glossary.matcher import TermMatcher
from prlocalize.glossary.model import Entry, Glossary, Kind, Term
from prlocalize.readers import parse_text
from prlocalize.rules.registry import select_rules

_GLOSSARY = Glossary(
    [
        Entry(
            "b:tide",
            Kind.BRAND,
            {"en": Term("Salt Tide: Reprise"), "ja": Term("ソルトタイド：リプライズ")},
        ),
        Entry("b:hoshi", Kind.BRAND, {"en": Term("Hoshizora"), "ja": Term("ほしぞら（仮）")}),
        Entry("o:kaze", Kind.ORG, {"en": Term("KAZE"), "ja": Term("ＫＡＺＥ")}),
    ]
)


def _found(text: str) -> list[tuple[str, str | None, bool]]:
    document = parse_text(f"お知らせ\n\n{text}\n", path="r.txt", format="text", lang="ja")
    matcher = TermMatcher.build(_GLOSSARY, "ja")
    findings = check_document(document, _GLOSSARY, matcher, select_rules(["PR102"]))
    return [(f.found, f.suggestion, f.fix is not None) for f in findings]


def test_a_half_width_colon_or_bracket_in_a_japanese_name() -> None:
    assert _found("新作『ソルトタイド:リプライズ』とほしぞら(仮)を発表しました。") == [
        ("ソルトタイド:リプライズ", "ソルトタイド：リプライズ", True),
        ("ほしぞら(仮)", "ほしぞら（仮）", True),
    ]


def test_the_glossary_forms_and_half_width_letters_pass() -> None:
    assert _found("新作『ソルトタイド：リプライズ』をKAZEとＫＡＺＥが発表しました。") == []

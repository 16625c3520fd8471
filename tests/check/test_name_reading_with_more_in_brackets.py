"""PR102: a name's reading that a comma or a slash parts from more about the person in
the same bracket, as an obituary or a personnel list gives it ('三浦 宗一郎（みうら
そうじろう、元代表取締役）'), is read as a reading too, and reported where the glossary's
English form contradicts it; the right reading so given, and one hiragana word before a
comma ('（いずれも、…）'), are not."""

from __future__ import annotations

import pytest

from prlocalize.checking import check_document
from prlocalize.glossary.matcher import TermMatcher
from prlocalize.glossary.model import Entry, Glossary, Kind, Term
from prlocalize.readers import parse_text
from prlocalize.rules.registry import select_rules

_GLOSSARY = Glossary(
    [
        Entry("p:miura", Kind.PERSON, {"en": Term("Soichiro Miura"), "ja": Term("三浦 宗一郎")}),
    ]
)


def _found(text: str) -> list[str]:
    document = parse_text(f"各位\n\n{text}\n", path="r.txt", format="text", lang="ja")
    matcher = TermMatcher.build(_GLOSSARY, "ja")
    rules = select_rules(target="source", select=["PR102"])
    return [f.found for f in check_document(document, _GLOSSARY, matcher, rules)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "当社名誉顧問 三浦 宗一郎（みうら そうじろう、元代表取締役）が逝去しました。",
            ["みうら そうじろう"],
        ),
        ("三浦 宗一郎（みうら・そうたろう／72歳）が逝去しました。", ["みうら・そうたろう"]),
        ("三浦 宗一郎（みうら そういちろう、元代表取締役）が逝去しました。", []),
        ("三浦 宗一郎（みうら そういちろう／72歳）が逝去しました。", []),
        ("三浦 宗一郎（いずれも、当社役員）が出席しました。", []),
    ],
)
def test_reading_before_more_about_the_person(text: str, found: list[str]) -> None:
    assert _found(text) == found

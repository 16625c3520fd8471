"""PR301: a range mark typed twice between two times or days of a programme
('10:00～～10:40', '오후 2시~~2시 40분', '12日～～14日') and a colon typed twice after a label
('Keynote:: "…"') are stray; Markdown's strikethrough ('~~10,000~~'), the Japanese long
dash '――', plain text's '--' and code ('std::vector', 'fe80::1') are not."""

from __future__ import annotations

import pytest

from prlocalize.checking import check_document
from prlocalize.glossary.model import Glossary
from prlocalize.readers import parse_text
from prlocalize.rules.registry import select_rules


def _found(line: str, lang: str, fmt: str = "text") -> list[str]:
    title = {"en": "Programme", "ja": "プログラム", "ko": "프로그램"}[lang]
    document = parse_text(f"{title}\n\n{line}\n", path="r.txt", format=fmt, lang=lang)
    findings = check_document(document, Glossary([]), None, select_rules(["PR301"]))
    return [f.found for f in findings]


@pytest.mark.parametrize(
    ("line", "lang", "found"),
    [
        ("10:00～～10:40　基調講演「データは現場で育つ」", "ja", ["～～"]),
        ("会期：10月12日～～14日", "ja", ["～～"]),
        ("오후 2시~~2시 40분 | 기조연설 | 한별대학교 교수 한지우", "ko", ["~~"]),
        ('10:00–10:40 a.m. Keynote:: "Data Grows Where the Work Is"', "en", ["::"]),
        ("2:40––5:20 p.m. Breakout sessions", "en", ["––"]),
    ],
)
def test_a_mark_typed_twice(line: str, lang: str, found: list[str]) -> None:
    assert _found(line, lang) == found


@pytest.mark.parametrize(
    ("line", "lang", "fmt"),
    [
        ("The ticket costs ~~12,000~~ 9,800 yen this week.", "en", "markdown"),
        ("정가 ~~10,000~~ 8,000원에 판매한다.", "ko", "markdown"),
        ("10:00～10:40　基調講演――森下 玲奈 氏", "ja", "text"),
        ("2026――2027年度の計画", "ja", "text"),
        ("TOKYO, Oct. 12, 2027 -- Doors open 9:30--10:00 a.m.", "en", "text"),
        ("The SDK wraps std::vector and listens on fe80::1 and ::1.", "en", "text"),
        ("10:00～10:40、10:50〜11:30、11:40~12:20", "ja", "text"),
    ],
)
def test_no_mark_typed_twice(line: str, lang: str, fmt: str) -> None:
    assert _found(line, lang, fmt) == []

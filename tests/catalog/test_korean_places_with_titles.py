"""PR401 on a Korean place whose last syllables spell a title ('행사장' holds 사장, '전시장'
시장): a venue or an exhibition hall is no president or mayor left out; the title itself
is still looked for."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

from prlocalize.glossary.model import Entry, Glossary, Kind, Term

GLOSSARY = Glossary(
    [
        Entry(
            "pres", Kind.TITLE, {"ko": Term("사장"), "ja": Term("社長"), "en": Term("President")}
        ),
        Entry("mayor", Kind.TITLE, {"ko": Term("시장"), "ja": Term("市長"), "en": Term("Mayor")}),
    ]
)


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", "행사장은 부산 벡스코 제1전시장 2층이다.", "会場は釜山BEXCO第1展示場2階。"),
        ("en", "행사장 입구에서 안내한다.", "Guidance will be given at the venue entrance."),
        ("en", "공사장 주변 도로가 통제된다.", "Roads around the building site will be closed."),
    ],
)
def test_a_place(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR401" not in translation_codes(locale, msgid, msgstr, glossary=GLOSSARY)


def test_the_title_left_out() -> None:
    msgid = "김민수 사장은 행사장에서 인사말을 했다."
    msgstr = "金ミンス氏は会場であいさつした。"
    assert "PR401" in translation_codes("ja", msgid, msgstr, glossary=GLOSSARY)

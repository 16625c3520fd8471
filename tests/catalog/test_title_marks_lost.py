"""PR401 on a title the source sets in quotation marks or title brackets that a Japanese
or Korean translation writes bare ('星霜のアルカディアのレーティング' for '"Arcadia of the
Ages" is rated …'); the title marked in any kind of marks, inside a longer marked phrase,
a source that writes it bare or only opens a quote with it, and an English translation
stay silent."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

from prlocalize.glossary.model import Entry, Glossary, Kind, Term


def _sheet() -> Glossary:
    return Glossary(
        [
            Entry(
                "brand:arcadia",
                Kind.BRAND,
                {
                    "en": Term("Arcadia of the Ages"),
                    "ja": Term("星霜のアルカディア"),
                    "ko": Term("아르카디아 오브 디 에이지스"),
                },
            ),
        ]
    )


RATED = '"Arcadia of the Ages" is rated CERO B.'


def _bare(locale: str, msgid: str, msgstr: str) -> list[str]:
    found = translation_findings(locale, msgid, msgstr, glossary=_sheet())
    return [f.message for f in found if "without the quotation marks" in f.message]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", RATED, "『星霜のアルカディア』のレーティングはCERO Bです。"),
        ("ja", RATED, "「星霜のアルカディア」のレーティングはCERO Bです。"),
        ("ko", RATED, "《아르카디아 오브 디 에이지스》는 CERO B 등급을 받았다."),
        ("ko", RATED, "'아르카디아 오브 디 에이지스'는 CERO B 등급을 받았다."),
        (
            "ja",
            "The “Arcadia of the Ages Deluxe Edition” ships today.",
            "『星霜のアルカディア デラックスエディション』は本日発売。",
        ),
        # the source writes it bare, or opens a quote with it
        (
            "ja",
            "Arcadia of the Ages is rated CERO B.",
            "星霜のアルカディアのレーティングはCERO Bです。",
        ),
        (
            "ja",
            '"Arcadia of the Ages is our biggest game," said the CEO.',
            "CEOは「本作は星霜のアルカディアとして最大のタイトルです」と述べた。",
        ),
        # English may write a title bare
        ("en", "『星霜のアルカディア』はCERO Bです。", "Arcadia of the Ages is rated CERO B."),
        # a Japanese source sets every product name in 「」: a Korean translation may
        # write it bare (automotive: '「ルミエ」のリコール' as '루미에 리콜')
        ("ko", "「星霜のアルカディア」のリコールについて", "아르카디아 오브 디 에이지스 리콜 안내"),
        (
            "ko",
            "株式会社テスト（以下「テスト」）は、「星霜のアルカディア」および「別の品」を届け出ました。",
            "테스트는 아르카디아 오브 디 에이지스 등 2개 차종을 신고했습니다.",
        ),
    ],
)
def test_the_marks_kept_or_not_asked(locale: str, msgid: str, msgstr: str) -> None:
    assert _bare(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", RATED, "星霜のアルカディアのレーティングはCERO Bです。"),
        ("ko", RATED, "아르카디아 오브 디 에이지스는 CERO B 등급을 받았다."),
        (
            "ja",
            "《아르카디아 오브 디 에이지스》는 CERO B 등급이다.",
            "星霜のアルカディアはCERO Bです。",
        ),
        # 『』 in a Japanese source marks a work, as a Korean translation must
        (
            "ko",
            "『星霜のアルカディア』はCERO Bです。",
            "아르카디아 오브 디 에이지스는 CERO B 등급이다.",
        ),
    ],
)
def test_the_marks_lost(locale: str, msgid: str, msgstr: str) -> None:
    assert len(_bare(locale, msgid, msgstr)) == 1

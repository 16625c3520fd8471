"""PR401 on a company written wrong in the message that defines its short form: the
short form a translation defines ('Minase Textile Co. ("Minase")', "(이하 '회사')")
stands for the name in the catalog's other messages, not in the one that defines it,
where the name must be in its approved form; and a word for a company that a message
defines as another company's short form ("(이하 '회사')") refers to no company there."""

from __future__ import annotations

import pytest

from prlocalize.glossary.model import Entry, Glossary, Kind, Term
from prlocalize.rules.registry import select_rules
from prlocalize.translation_checking import check_po_text

GLOSSARY = Glossary(
    [
        Entry(
            "minase",
            Kind.ORG,
            {
                "ja": Term("水無瀬テキスタイル株式会社"),
                "en": Term("Minase Textiles Co., Ltd."),
                "ko": Term("미나세텍스타일 주식회사"),
            },
        ),
        Entry(
            "ogura",
            Kind.ORG,
            {
                "ja": Term("小倉製鋼株式会社"),
                "en": Term("Ogura Steel Corporation"),
                "ko": Term("오구라제강 주식회사"),
            },
        ),
    ]
)
HEAD = "水無瀬テキスタイル株式会社、小倉製鋼株式会社の株式を取得"
DEFINES = (
    "水無瀬テキスタイル株式会社（以下「当社」）は、小倉製鋼株式会社（以下「対象者」）の株式を"
    "取得することを決議しました。"
)


def _pr401(locale: str, pairs: list[tuple[str, str]]) -> list[str]:
    quoted = str.maketrans({'"': '\\"'})
    body = "".join(
        f'msgid "{a.translate(quoted)}"\nmsgstr "{b.translate(quoted)}"\n\n' for a, b in pairs
    )
    header = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
    header += f'"Language: {locale}\\n"\n'
    report = check_po_text(
        header + "\n" + body,
        path=f"{locale}.po",
        glossary=GLOSSARY,
        rules=select_rules(target="translation"),
        locale=locale,
    )
    return [f.found for f in report.findings if f.code == "PR401"]


HEADS = {
    "en": "Minase Textiles Co., Ltd. to Acquire Shares of Ogura Steel Corporation",
    "ko": "미나세텍스타일 주식회사, 오구라제강 주식회사 주식 취득",
}


@pytest.mark.parametrize(
    ("locale", "msgstr", "found"),
    [
        (
            "en",
            'Minase Textiles Co., Ltd. ("Minase") resolved to acquire shares of Ogura Steel '
            'Corporation (the "Target").',
            [],
        ),
        (
            "en",
            'Minase Textile Co., Ltd. ("Minase") resolved to acquire shares of Ogura Steel '
            'Corporation (the "Target").',
            ["水無瀬テキスタイル株式会社"],
        ),
        (
            "ko",
            "미나세텍스타일 주식회사(이하 '회사')는 오구라제강 주식회사(이하 '대상회사')의 주식을 "
            "취득하기로 결의했다.",
            [],
        ),
        (
            "ko",
            "미나세텍스타일 주식회사(이하 '회사')는 오구라제철 주식회사(이하 '대상회사')의 주식을 "
            "취득하기로 결의했다.",
            ["小倉製鋼株式会社"],
        ),
    ],
)
def test_the_defining_message_names_it(locale: str, msgstr: str, found: list[str]) -> None:
    assert _pr401(locale, [(HEAD, HEADS[locale]), (DEFINES, msgstr)]) == found

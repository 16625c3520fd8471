"""PR401 on a subsidiary named in English without its legal form: a Japanese subsidiary
is 'K.K.' and a German one 'GmbH' in the sheet ('Haram Beauty Japan K.K.'), and running
text names it without ('said Miho Sato, CEO of Haram Beauty Japan'), as it does a 'Co.,
Ltd.'. Another company's name ('Haram Beauty', the parent) is still reported."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

from prlocalize.glossary.model import Entry, Glossary, Kind, Term

GLOSSARY = Glossary(
    [
        Entry("hbj", Kind.ORG, {"ko": Term("하람뷰티재팬"), "en": Term("Haram Beauty Japan K.K.")}),
        Entry(
            "nk",
            Kind.ORG,
            {"ko": Term("노르트리히트코스메틱"), "en": Term("Nordlicht Kosmetik GmbH")},
        ),
    ]
)


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        (
            '사토 미호 하람뷰티재팬 대표는 "올해 안에 매장을 늘릴 계획"이라고 밝혔다.',
            "“We plan to add stores within the year,” said Miho Sato, CEO of Haram Beauty Japan.",
        ),
        (
            "노르트리히트코스메틱은 2027년 독일에서 출시한다.",
            "Nordlicht Kosmetik will launch it in Germany in 2027.",
        ),
        (
            "하람뷰티재팬을 통해 출시한다.",
            "It will launch through Haram Beauty Japan K.K.",
        ),
    ],
)
def test_named_without_its_legal_form(msgid: str, msgstr: str) -> None:
    assert translation_codes("en", msgid, msgstr, glossary=GLOSSARY, with_info=False) == []


def test_another_company_is_still_reported() -> None:
    msgid = '사토 미호 하람뷰티재팬 대표는 "올해 안에 매장을 늘릴 계획"이라고 밝혔다.'
    msgstr = "“We plan to add stores within the year,” said Miho Sato, CEO of Haram Beauty."
    assert "PR401" in translation_codes("en", msgid, msgstr, glossary=GLOSSARY, with_info=False)

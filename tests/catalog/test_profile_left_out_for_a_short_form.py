"""PR401: an English translation that leaves out a Japanese release's company profile
bracket ('（本社：大阪市北区、代表取締役社長：森下 亮）') and defines the company's short
form in one of its own ('(the "Company")') left the profile out: the short form is no
profile kept with its names rendered otherwise. A bracket that keeps a profile is still
checked."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

from prlocalize.glossary.model import Entry, Glossary, Kind, Term

GLOSSARY = Glossary(
    [
        Entry(
            "person:ryo-morishita",
            Kind.PERSON,
            {"en": Term("Ryo Morishita"), "ja": Term("森下 亮"), "ko": Term("모리시타 료")},
        ),
        Entry(
            "title:president",
            Kind.TITLE,
            {"en": Term("President"), "ja": Term("代表取締役社長"), "ko": Term("대표이사 사장")},
        ),
    ]
)
MSGID = (
    "株式会社ミナト精機（本社：大阪市北区、代表取締役社長：森下 亮）は、本日開催の取締役会に"
    "おいて、役員の異動を決議いたしました。"
)


@pytest.mark.parametrize(
    "msgstr",
    [
        'Minato Seiki Co., Ltd. (the "Company") announces that its Board of Directors resolved '
        "a change of officers at its meeting held today.",
        "Minato Seiki Co., Ltd. (the “Company”) announces that its Board of Directors resolved "
        "a change of officers at its meeting held today.",
    ],
)
def test_profile_left_out(msgstr: str) -> None:
    assert "PR401" not in translation_codes("en", MSGID, msgstr, glossary=GLOSSARY)


def test_profile_kept_with_another_name() -> None:
    msgstr = (
        "Minato Seiki Co., Ltd. (Head Office: Kita-ku, Osaka; President: Ryo Morikawa) "
        "announces that its Board of Directors resolved a change of officers today."
    )
    assert "PR401" in translation_codes("en", MSGID, msgstr, glossary=GLOSSARY)

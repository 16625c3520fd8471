"""PR401: an English name written with more letters after it ('Hanbit Displays' for the
glossary's 'Hanbit Display') is not the approved form, though the approved form is inside
it: a group's affiliates' official English names can differ by such a letter. A
possessive or a hyphenated compound after the name is still it."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

from prlocalize.glossary.model import Entry, Glossary, Kind, Term

GLOSSARY = Glossary(
    [
        Entry(
            "org:hanbit-display",
            Kind.ORG,
            {
                "en": Term("Hanbit Display"),
                "ja": Term("ハンビットディスプレイ"),
                "ko": Term("한빛디스플레이"),
            },
        ),
    ]
)
LOSS_KO = "계열사인 한빛디스플레이는 2분기에 영업손실을 기록했다."


@pytest.mark.parametrize(
    "msgstr",
    [
        "Affiliate Hanbit Display posted an operating loss in the second quarter.",
        "Hanbit Display's operating loss continued in the second quarter.",
        "Hanbit Display-branded panels sold less in the second quarter.",
    ],
)
def test_approved_form(msgstr: str) -> None:
    assert "PR401" not in translation_codes("en", LOSS_KO, msgstr, glossary=GLOSSARY)


def test_name_with_letters_run_on() -> None:
    msgstr = "Affiliate Hanbit Displays posted an operating loss in the second quarter."
    assert "PR401" in translation_codes("en", LOSS_KO, msgstr, glossary=GLOSSARY)

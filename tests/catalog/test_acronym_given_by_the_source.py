"""PR401: a body the source names with its acronym in brackets ('미국 식품의약국(FDA)',
'欧州医薬品庁（EMA）') may be named by that acronym alone in the translation ('received
FDA approval'), as official English writes it; another acronym, or an acronym the source
never gives, does not stand for the name."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

from prlocalize.glossary.model import Entry, Glossary, Kind, Term

GLOSSARY = Glossary(
    [
        Entry(
            "org:ema",
            Kind.ORG,
            {
                "en": Term("European Medicines Agency"),
                "ja": Term("欧州医薬品庁"),
                "ko": Term("유럽의약품청"),
            },
        )
    ]
)
WITH_ACRONYM_JA = "本剤は2026年11月、欧州医薬品庁（EMA）から販売承認勧告を受けました。"
WITH_ACRONYM_KO = "이 약은 2026년 11월 유럽의약품청(EMA)의 판매 승인 권고를 받았다."


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        (WITH_ACRONYM_JA, "The drug received a positive EMA opinion in November 2026."),
        (WITH_ACRONYM_KO, "The drug received a positive opinion from the EMA in November 2026."),
    ],
)
def test_named_by_the_sources_acronym(msgid: str, msgstr: str) -> None:
    assert "PR401" not in translation_codes("en", msgid, msgstr, glossary=GLOSSARY)


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        (WITH_ACRONYM_JA, "The drug received a positive FDA opinion in November 2026."),
        (
            WITH_ACRONYM_KO.replace("(EMA)", ""),
            "The drug received a positive EMA opinion in November 2026.",
        ),
    ],
)
def test_name_missing(msgid: str, msgstr: str) -> None:
    assert "PR401" in translation_codes("en", msgid, msgstr, glossary=GLOSSARY)


WITH_ACRONYM_EN = "The European Medicines Agency (EMA) issued a positive opinion in November."


@pytest.mark.parametrize(
    ("locale", "msgstr"),
    [
        # the acronym defined after a name of the translation's own: that name is not
        # the approved one (the Japanese form left in a Korean msgstr)
        ("ko", "欧州医薬品庁(EMA)은 11월 긍정적 의견을 냈다."),
        ("ja", "欧州医療品局（EMA）は11月、肯定的見解を示しました。"),
    ],
)
def test_acronym_defined_after_another_name(locale: str, msgstr: str) -> None:
    assert "PR401" in translation_codes(locale, WITH_ACRONYM_EN, msgstr, glossary=GLOSSARY)


@pytest.mark.parametrize(
    ("locale", "msgstr"),
    [
        ("ko", "EMA는 11월 긍정적 의견을 냈다."),
        ("ko", "유럽의약품청(EMA)은 11월 긍정적 의견을 냈다."),
        ("ja", "EMA（欧州医薬品庁）は11月、肯定的見解を示しました。"),
    ],
)
def test_acronym_alone_or_with_the_approved_name(locale: str, msgstr: str) -> None:
    assert "PR401" not in translation_codes(locale, WITH_ACRONYM_EN, msgstr, glossary=GLOSSARY)

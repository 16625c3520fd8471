"""PR401 on a short form a translation defines ('以下「ガオン」', "이하 '가온'", '("Gaon")')
where it is written only as the opening of the full name misspelt ('ガオンファルム' for
'ガオンファーム', '가온판' for '가온팜', 'Gaon Pharms' for 'Gaon Pharm'): that is the name
written wrong, not the short form; the short form with a particle or before another
word is still the short form."""

from __future__ import annotations

import pytest
from catalog_support import catalog_findings
from test_joint_release_short_forms import EN_DEFINITION, GLOSSARY, JA_DEFINITION, KO_DEFINITION


def _pr401(locale: str, pairs: list[tuple[str, str]]) -> list[str]:
    quoted = [(a.replace('"', '\\"'), b.replace('"', '\\"')) for a, b in pairs]
    findings = catalog_findings(locale, quoted, glossary=GLOSSARY)
    return [f.found or "" for f in findings if f.code == "PR401"]


ABOUT_GAON = "About Gaon Pharm Inc."


@pytest.mark.parametrize(
    ("locale", "definition", "msgstr"),
    [
        ("ja", JA_DEFINITION, "ガオンファルム株式会社について"),
        ("ja", JA_DEFINITION, "ガオンフアーム株式会社について"),
        ("ko", KO_DEFINITION, "가온판 주식회사 소개"),
    ],
)
def test_full_name_misspelt_after_its_short_form(locale: str, definition: str, msgstr: str) -> None:
    assert _pr401(locale, [(EN_DEFINITION, definition), (ABOUT_GAON, msgstr)]) == [
        "Gaon Pharm Inc."
    ]


@pytest.mark.parametrize(
    ("locale", "definition", "msgstr"),
    [
        ("ja", JA_DEFINITION, "ガオンファーム株式会社について"),
        ("ja", JA_DEFINITION, "ガオンについて"),
        ("ko", KO_DEFINITION, "가온팜 소개"),
        ("ko", KO_DEFINITION, "가온은 어떤 회사인가"),
    ],
)
def test_full_name_or_short_form_after_the_definition(
    locale: str, definition: str, msgstr: str
) -> None:
    assert _pr401(locale, [(EN_DEFINITION, definition), (ABOUT_GAON, msgstr)]) == []


def test_english_name_one_letter_longer() -> None:
    pairs = [
        (
            "가온팜 주식회사(이하 '가온')는 음료를 판매한다.",
            'Gaon Pharm Inc. ("Gaon") sells drinks.',
        ),
        ("가온팜 소개", "About Gaon Pharms"),
    ]
    assert _pr401("en", pairs) == ["가온팜"]


def test_english_short_form_before_a_word() -> None:
    pairs = [
        (
            "가온팜 주식회사(이하 '가온')는 음료를 판매한다.",
            'Gaon Pharm Inc. ("Gaon") sells drinks.',
        ),
        ("가온팜은 음료 사업을 확대한다.", "Gaon Pharmacy sales will grow, Gaon said."),
    ]
    assert _pr401("en", pairs) == []

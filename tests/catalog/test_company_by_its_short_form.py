"""PR401 on a company that an English translation names by the first word of its name
("Hangyeol's orders" for '한결중공업') in a catalog that names it in full elsewhere
('Hangyeol Heavy Industries'): official translations shorten a name the reader knows.
A catalog that never names it in full, and a generic first word ('Central' for 'Central
Bank of Estavia'), still report it missing."""

from __future__ import annotations

from catalog_support import catalog_findings

from prlocalize.glossary.model import Entry, Glossary, Kind, Term

GLOSSARY = Glossary(
    [
        Entry(
            "hangyeol",
            Kind.ORG,
            {"ko": Term("한결중공업"), "en": Term("Hangyeol Heavy Industries")},
        ),
        Entry(
            "cbe",
            Kind.ORG,
            {"ko": Term("에스타비아 중앙은행"), "en": Term("Central Bank of Estavia")},
        ),
    ]
)
FULL = (
    "한결중공업은 LNG운반선 4척을 수주했다.",
    "Hangyeol Heavy Industries won orders for four ships.",
)
SHORT = (
    "한결중공업의 올해 누적 수주액은 68억 달러다.",
    "Hangyeol's orders this year total US$6.8 billion.",
)
BANK = ("에스타비아 중앙은행의 목표는 2%다.", "Central's target is 2%.")


def _pr401(pairs: list[tuple[str, str]]) -> list[str]:
    findings = catalog_findings("en", pairs, glossary=GLOSSARY)
    return [f.message for f in findings if f.code == "PR401"]


def test_short_form_after_the_full_name() -> None:
    assert _pr401([FULL, SHORT]) == []


def test_short_form_with_no_full_name() -> None:
    assert len(_pr401([SHORT])) == 1


def test_generic_first_word() -> None:
    bank_full = (
        "에스타비아 중앙은행은 금리를 올렸다.",
        "The Central Bank of Estavia raised rates.",
    )
    assert len(_pr401([bank_full, BANK])) == 1

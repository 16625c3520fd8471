"""PR407 and a spec table's cell that holds only a model number, an SKU or a version
('HB-PW5-GR', 'KX9000', 'v2.3.1', 'RV-7 / RV-7S'): the translation keeps it as it is, which
is right; a cell with words left in English ('Main Specifications', 'Model HB-PW5') is
still reported. So is an identifier with its label in capitals ('DOI: 10.1038/…',
'ISBN 978-4-…'), and a word before a number is still a word ('Model 5', 'Room 3')."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings


def _pr407(locale: str, text: str) -> list[str]:
    return [f.message for f in translation_findings(locale, text, text) if f.code == "PR407"]


@pytest.mark.parametrize("text", ["HB-PW5-GR", "KX9000", "v2.3.1", "RV-7 / RV-7S", "HRV-7200W"])
@pytest.mark.parametrize("locale", ["ja", "ko"])
def test_designation_kept(locale: str, text: str) -> None:
    assert _pr407(locale, text) == []


@pytest.mark.parametrize(
    "text", ["DOI: 10.1038/s41586-026-01234-5", "ISBN 978-4-00-012345-6", "PMID：38123456"]
)
@pytest.mark.parametrize("locale", ["ja", "ko"])
def test_labelled_identifier_kept(locale: str, text: str) -> None:
    assert _pr407(locale, text) == []


@pytest.mark.parametrize(
    "text",
    ["Main Specifications", "Model HB-PW5", "Battery capacity", "Room 3", "NEW MODEL 2025"],
)
@pytest.mark.parametrize("locale", ["ja", "ko"])
def test_words_left(locale: str, text: str) -> None:
    assert _pr407(locale, text)

"""PR404 on a paper's DOI whose letters the translation changed ('10.1126/science.adz1234'
as '10.1126/science.abz1234'): every language keeps a DOI as it is, and one letter off
finds another paper or none, but figures read its digits only and saw no change. A DOI
kept (in any case, with a full-width colon before it), one only left out, one inside a
link (PR405's) and one whose digits changed (the figures' finding) are not reported here."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

from prlocalize.catalog.codes import dois_changed

DOI = "DOI: 10.1126/science.adz1234"


def _dois(locale: str, msgid: str, msgstr: str) -> list[str]:
    return [f.message for f in translation_findings(locale, msgid, msgstr) if "DOI '" in f.message]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", DOI, "DOI：10.1126/science.abz1234"),
        ("ko", DOI, "DOI: 10.1126/sciences.adz1234"),
        ("en", "論文（DOI：10.1038/s41586-026-0123X）", "Paper (DOI: 10.1038/s41586-026-0123Y)"),
    ],
)
def test_doi_changed(locale: str, msgid: str, msgstr: str) -> None:
    messages = _dois(locale, msgid, msgstr)
    assert len(messages) == 1, messages


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", DOI, "DOI：10.1126/science.adz1234"),
        ("ko", DOI, "DOI: 10.1126/SCIENCE.ADZ1234"),
        ("ja", DOI + ".", "DOI：10.1126/science.adz1234。"),
        ("en", "論文はこちら（DOI省略）。", "See the paper."),
        (
            "ja",
            "https://doi.org/10.1126/science.adz1234",
            "https://doi.org/10.1126/science.abz1234",
        ),
    ],
)
def test_doi_kept_or_not_ours(locale: str, msgid: str, msgstr: str) -> None:
    assert _dois(locale, msgid, msgstr) == []


def test_digits_are_the_figures() -> None:
    assert dois_changed(DOI, "DOI: 10.1126/science.adz1243") == []

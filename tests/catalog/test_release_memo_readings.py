"""Build's gate keeps what a msgid gives alone (and with the glossary names the release's
catalog finds in it) in a memo for the release's other catalogs: a lead investor or
largest shareholder the msgid names, its words for a witness, its figures' owners, its
ordinals and counts. Each case of those checks' tests is checked with a memo that
another locale's catalog of the same msgid filled first, and without one: the findings
must be the same."""

from __future__ import annotations

from collections.abc import Iterator
from types import ModuleType
from typing import Any

import pytest
import test_lead_investor_swapped as leads
import test_ordinal_said_as_count as ordinals
import test_ranked_brands_swapped as ranked
import test_signatories_and_witness as signatories

from prlocalize.catalog.io import parse_catalog
from prlocalize.glossary.model import Glossary
from prlocalize.rules.registry import select_rules
from prlocalize.translation_checking import SourceMemo, catalog_findings

_HEADER = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
_OTHER = {"ja": "ko", "ko": "ja", "en": "ja"}


def _cases(module: ModuleType) -> Iterator[tuple[Glossary, str, str, str]]:
    glossary = getattr(module, "GLOSSARY", Glossary([]))
    for name in dir(module):
        test = getattr(module, name)
        for mark in getattr(test, "pytestmark", []) if name.startswith("test_") else []:
            if mark.name != "parametrize" or mark.args[0][:3] != ("locale", "msgid", "msgstr"):
                continue
            for values in mark.args[1]:
                yield glossary, *values[:3]


CASES = [
    case
    for module in (leads, signatories, ranked, ordinals)
    for case in _cases(module)
    if isinstance(case[2], str)
]


def _found(glossary: Glossary, locale: str, msgid: str, msgstr: str, memo: Any) -> list[Any]:
    quoted = str.maketrans({'"': '\\"'})
    text = f'{_HEADER}\nmsgid "{msgid.translate(quoted)}"\nmsgstr "{msgstr.translate(quoted)}"\n'
    catalog = parse_catalog(text, path=f"{locale}.po", locale=locale)
    rules = select_rules(target="translation")
    return [
        (f.code, f.span.start, f.span.end, f.message)
        for _, found in catalog_findings(
            text, catalog, path=f"{locale}.po", glossary=glossary, rules=rules, memo=memo
        )
        for f in found
    ]


def test_the_cases_are_many() -> None:
    assert len(CASES) > 40


@pytest.mark.parametrize(("glossary", "locale", "msgid", "msgstr"), CASES)
def test_a_memo_filled_by_another_catalog_changes_no_finding(
    glossary: Glossary, locale: str, msgid: str, msgstr: str
) -> None:
    alone = _found(glossary, locale, msgid, msgstr, None)
    memo = SourceMemo()
    # the release's catalog of another locale reads the msgid first, translated otherwise
    for other in (msgstr[::-1], msgid):
        _found(glossary, _OTHER[locale], msgid, other, memo)
    assert _found(glossary, locale, msgid, msgstr, memo) == alone


def test_the_release_reads_a_msgid_s_roles_and_witness_once() -> None:
    memo = SourceMemo()
    msgid = leads.LED_EN
    _found(leads.GLOSSARY, "ja", msgid, leads.LED_JA, memo)
    kept = memo.readings("en", [msgid])[msgid]
    assert "lead_investors.leads" in kept and "signatories.witness_said" in kept
    # the next locale's catalog reads them from there, with the same verdict
    assert _found(leads.GLOSSARY, "ko", msgid, leads.LED_KO, memo) == _found(
        leads.GLOSSARY, "ko", msgid, leads.LED_KO, None
    )

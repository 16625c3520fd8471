"""`build`'s gate compares each msgid of a release with its msgstr in every locale's
catalog. What the msgid alone gives (its glossary matches, its figures) is read once for
all of them, however large the catalog: a memo or cache of a fixed size forgot a large
catalog's first msgids before the next locale's catalog asked for them, so every msgid
was read again in every locale (issue #15 item 22: the gate was most of a huge release's
build). The withheld entries are the same as with a gate that carries nothing over."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest

from prlocalize.catalog import figures
from prlocalize.catalog.io import parse_catalog
from prlocalize.glossary.io import load_glossaries
from prlocalize.glossary.matcher import TermMatcher
from prlocalize.translation_checking import CatalogGate, SourceMemo, WithheldEntries

REPO = Path(__file__).resolve().parents[2]
# more messages than the figures' cache of recent texts holds with their msgstrs (8,192
# texts) and than the gate's memo held (4,096 msgids)
MESSAGES = 4_500
_MONTHS = ("January", "March", "June", "October")
_JA_MONTHS = (1, 3, 6, 10)


def _msgid(i: int) -> str:
    units, day, month = i % 997 + 3, i % 28 + 1, _MONTHS[i % 4]
    return f"Line {i} of the Toyosato plant shipped {units} units on {month} {day}, 2026."


def _catalog(locale: str, messages: int = MESSAGES) -> str:
    """A ja or ko catalog of ``messages`` shipment sentences; every 50th msgstr gets the
    quantity wrong (a PR404 error the gate must withhold)."""
    out = [
        'msgid ""\nmsgstr ""\n',
        f'"Language: {locale}\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n',
        '"X-Source-Language: en\\n"\n\n',
    ]
    for i in range(messages):
        units, day, month = i % 997 + 3, i % 28 + 1, _JA_MONTHS[i % 4]
        said = units + 1 if i % 50 == 0 else units
        msgid = _msgid(i)
        if locale == "ja":
            msgstr = f"豊里工場の第{i}ラインは2026年{month}月{day}日に{said}台を出荷した。"
        else:
            msgstr = f"도요사토 공장 제{i}라인은 2026년 {month}월 {day}일에 {said}대를 출하했다."
        out.append(f'#: shipments.txt:{i + 1}\nmsgid "{msgid}"\nmsgstr "{msgstr}"\n\n')
    return "".join(out)


@pytest.fixture(scope="module")
def catalogs() -> list[tuple[str, str]]:
    return [(locale, _catalog(locale)) for locale in ("ja", "ko")]


def _examine(gate: CatalogGate, locale: str, text: str) -> WithheldEntries:
    catalog = parse_catalog(text, path=f"{locale}.po", locale=locale)
    return gate.withheld(text, catalog, path=f"{locale}.po", locale=locale)


def _counting(monkeypatch: pytest.MonkeyPatch, owner: object, name: str) -> Counter[str]:
    """Count the texts ``owner.name`` (a function of a text, or a method) is called with."""
    counts: Counter[str] = Counter()
    original: Callable[..., object] = getattr(owner, name)

    def counted(*args: object, **kwargs: object) -> object:
        counts[str(args[-1])] += 1
        return original(*args, **kwargs)

    monkeypatch.setattr(owner, name, counted)
    return counts


def test_every_locale_catalog_reads_a_msgid_once(
    catalogs: list[tuple[str, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    glossary = load_glossaries([REPO / "glossaries"])
    figures._items.cache_clear()
    scanned = _counting(monkeypatch, figures, "_scan")
    found = _counting(monkeypatch, TermMatcher, "find")
    gate = CatalogGate(glossary, None)
    withheld = [_examine(gate, locale, text) for locale, text in catalogs]
    msgids = [key[1] for key in withheld[0]]
    assert len(msgids) == MESSAGES // 50  # the planted quantities, in both locales
    assert set(withheld[1]) == set(withheld[0])
    every = [_msgid(i) for i in range(MESSAGES)]
    assert max(scanned[msgid] for msgid in every) == 1
    assert max(found[msgid] for msgid in every) == 1


def test_what_is_withheld_does_not_depend_on_the_catalog_before() -> None:
    glossary = load_glossaries([REPO / "glossaries"])
    catalogs = [(locale, _catalog(locale, 400)) for locale in ("ja", "ko", "ja")]
    shared = CatalogGate(glossary, None)
    carried = [_examine(shared, locale, text) for locale, text in catalogs]
    alone = [_examine(CatalogGate(glossary, None), locale, text) for locale, text in catalogs]
    assert carried == alone


def test_the_memo_keeps_the_msgids_of_the_catalog_read_last() -> None:
    memo = SourceMemo()
    first = memo.readings("en", ["a", "b"])
    first["a"]["x"] = 1
    first["b"]["x"] = 2
    second = memo.readings("en", ["b", "c"])
    assert second == {"b": {"x": 2}, "c": {}}  # 'a' is forgotten: memory is one catalog's
    assert memo.readings("ja", ["b"]) == {"b": {}}  # another source language: nothing known


def test_the_memo_keeps_no_more_than_its_limit() -> None:
    memo = SourceMemo(limit=2)
    first = memo.readings("en", ["a", "b", "a", "c"])
    assert list(first) == ["a", "b"]  # 'c' is read for each locale again, not held
    first["b"]["x"] = 2
    assert memo.readings("en", ["b", "c", "d"]) == {"b": {"x": 2}, "c": {}}


def test_what_is_withheld_does_not_depend_on_the_memo_limit() -> None:
    """A huge catalog's msgids past the memo's limit are read in each locale: the same
    entries are withheld as with every msgid kept."""
    glossary = load_glossaries([REPO / "glossaries"])
    catalogs = [(locale, _catalog(locale, 400)) for locale in ("ja", "ko")]
    kept = CatalogGate(glossary, None)
    bounded = CatalogGate(glossary, None)
    bounded.memo = SourceMemo(limit=150)
    assert [_examine(bounded, *c) for c in catalogs] == [_examine(kept, *c) for c in catalogs]


def test_a_catalog_with_nothing_translated_builds_no_term_matcher(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A catalog just made by `update` (every msgstr empty or fuzzy) has nothing to
    check: the gate withholds nothing and builds no matcher of the glossary's terms,
    which took each worker of a first build over a second with a large glossary."""
    glossary = load_glossaries([REPO / "glossaries"])
    built = _counting(monkeypatch, TermMatcher, "_build")
    untranslated = re.sub(r'msgstr "豊[^\n]*', 'msgstr ""', _catalog("ja", 20))
    fuzzy = _catalog("ko", 20).replace("#: shipments", "#, fuzzy\n#: shipments")
    gate = CatalogGate(glossary, None)
    assert _examine(gate, "ja", untranslated) == {}
    assert _examine(gate, "ko", fuzzy) == {}
    assert not built
    # one message translated, with its quantity wrong: checked and withheld as before
    withheld = _examine(gate, "ja", _catalog("ja", 1))
    assert list(withheld) == [(None, _msgid(0))]
    assert withheld[(None, _msgid(0))][0].code == "PR404"
    assert built

"""`build`'s gate checks every message pair of every catalog. A function-level ``from
module import name`` costs some microseconds each time it runs (Python looks up the
module's ``__path__`` and a plain module raises and clears an AttributeError), and the
gate's rules ran some thirty of them for every pair, a fifth of PR404's time: the
readings they compare by are imported together (prlocalize.rules.pair_readings), one
statement a function. The findings are the same."""

from __future__ import annotations

import builtins
from collections.abc import Iterator

import pytest

from prlocalize.catalog.io import parse_catalog
from prlocalize.glossary.model import Entry, Glossary, Kind, Term
from prlocalize.translation_checking import CatalogGate

MESSAGES = 40


def _glossary() -> Glossary:
    return Glossary(
        [
            Entry(
                "org:toyosato",
                Kind.ORG,
                {
                    "en": Term("Toyosato Works"),
                    "ja": Term("豊里製作所"),
                    "ko": Term("도요사토제작소"),
                },
            )
        ]
    )


def _catalog(first: int = 0) -> str:
    out = ['msgid ""\nmsgstr ""\n"Language: ja\\n"\n"X-Source-Language: en\\n"\n\n']
    for i in range(first, first + MESSAGES):
        units = i + 3 if i % 10 else i + 4  # every tenth quantity changed (PR404)
        out.append(
            f'msgid "Line {i} of Toyosato Works shipped {i + 3} units at 10:30 a.m. JST."\n'
            f'msgstr "豊里製作所の第{i}ラインは日本時間午前10時30分に{units}台を出荷した。"\n\n'
        )
    return "".join(out)


@pytest.fixture
def imports(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """The import statements run while the fixture is active (their modules' names)."""
    ran: list[str] = []
    real = builtins.__import__

    def counted(name: str, *args: object, **kwargs: object) -> object:
        ran.append(name)
        return real(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(builtins, "__import__", counted)
    yield ran


def test_a_pair_runs_a_few_import_statements(imports: list[str]) -> None:
    gate = CatalogGate(_glossary(), None)
    # (a first catalog loads what the rules import: not what is counted; its messages are
    # others, since a pair read before is not read again)
    first = _catalog(MESSAGES)
    gate.withheld(
        first, parse_catalog(first, path="a/ja.po", locale="ja"), path="a/ja.po", locale="ja"
    )
    text = _catalog()
    catalog = parse_catalog(text, path="b/ja.po", locale="ja")
    imports.clear()
    withheld = gate.withheld(text, catalog, path="b/ja.po", locale="ja")
    assert len(withheld) == MESSAGES // 10
    # one statement for each function that reads a pair (thirty-one a pair before)
    assert len(imports) <= 8 * MESSAGES, (len(imports), sorted(set(imports)))

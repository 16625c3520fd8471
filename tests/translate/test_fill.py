"""fill_catalog on Babel catalogs: what is written, how it is marked, what is refused."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import ClassVar

import pytest
from babel.messages.catalog import Catalog

from prlocalize.document import Span
from prlocalize.errors import BackendError
from prlocalize.findings import Finding, Severity
from prlocalize.glossary.model import Glossary
from prlocalize.rules.base import Rule
from prlocalize.translate.base import Candidate, Interrupted
from prlocalize.translate.chain import ChainBackend
from prlocalize.translate.fill import fill_catalog
from prlocalize.translate.glossary import GlossaryBackend


class Table:
    """A backend answering from a dict, as a machine backend would (drafts)."""

    def __init__(self, table: dict[str, str], name: str = "deepl", fail_at: int | None = None):
        self.table, self.name, self.fail_at = table, name, fail_at
        self.seen: list[str] = []

    def translate(self, texts: Sequence[str], source: str, target: str) -> list[Candidate | None]:
        out: list[Candidate | None] = []
        for text in texts:
            if self.fail_at is not None and len(self.seen) >= self.fail_at:
                raise Interrupted(
                    BackendError(self.name, "HTTP 500"), out + [None] * (len(texts) - len(out))
                )
            self.seen.append(text)
            answer = self.table.get(text)
            out.append(Candidate(answer, self.name, needs_review=True) if answer else None)
        return out


class NoDigitsLost(Rule):
    """Translation drops a digit of the source (test rule)."""

    code: ClassVar[str] = "PR499"
    name: ClassVar[str] = "test-digits"
    severity: ClassVar[Severity] = Severity.ERROR
    target = "translation"

    def check(self, ctx) -> Iterator[Finding]:
        digits = [c for c in ctx.pair.msgid if c.isdigit()]
        if any(d not in ctx.pair.msgstr for d in digits):
            yield self.finding(ctx.path, Span(0, 1), "Number missing")


def catalog(*entries: tuple[str, str, bool]) -> Catalog:
    cat = Catalog(locale="ja")
    for msgid, msgstr, fuzzy in entries:
        cat.add(msgid, msgstr, flags=["fuzzy"] if fuzzy else [])
    return cat


def test_machine_answers_are_fuzzy_with_origin_comment() -> None:
    cat = catalog(("Hello.", "", False))
    result = fill_catalog(
        cat, Table({"Hello.": "こんにちは。"}), source_lang="en", locale="ja", rules=()
    )
    message = cat["Hello."]
    assert (message.string, message.fuzzy) == ("こんにちは。", True)
    assert message.auto_comments == ["prlocalize: deepl"]
    assert result.by_origin == {"deepl": 1} and result.written == 1


def test_glossary_answers_are_final(glossary: Glossary) -> None:
    cat = catalog(("Shonan iPark", "", False), ("May 10, 2024", "", False))
    chain = ChainBackend([GlossaryBackend(glossary), Table({})])
    result = fill_catalog(cat, chain, source_lang="en", locale="ja", glossary=glossary)
    assert [(m.string, m.fuzzy, m.auto_comments) for m in list(cat)[1:]] == [
        ("湘南アイパーク", False, []),
        ("2024年5月10日", False, []),
    ]
    assert result.by_origin == {"glossary": 2}


def test_fuzzy_memory_label_carries_the_score() -> None:
    class Fuzzy:
        name = "memory"

        def translate(self, texts, source, target):
            return [Candidate("似た文。", "memory", needs_review=True, score=92.4) for _ in texts]

    cat = catalog(("A similar sentence.", "", False))
    result = fill_catalog(cat, Fuzzy(), source_lang="en", locale="ja", rules=())
    assert cat["A similar sentence."].auto_comments == ["prlocalize: memory 92%"]
    assert result.by_origin == {"memory (fuzzy)": 1}


def test_existing_translations_are_kept_unless_fuzzy_overwrite() -> None:
    cat = catalog(("Done.", "完了。", False), ("Draft.", "下書き", True), ("New.", "", False))
    table = Table({"Done.": "X", "Draft.": "草稿。", "New.": "新。"})
    fill_catalog(cat, table, source_lang="en", locale="ja", rules=())
    assert [cat[k].string for k in ("Done.", "Draft.", "New.")] == ["完了。", "下書き", "新。"]
    assert table.seen == ["New."]
    fill_catalog(cat, table, source_lang="en", locale="ja", rules=(), overwrite_fuzzy=True)
    assert [cat[k].string for k in ("Done.", "Draft.", "New.")] == ["完了。", "草稿。", "新。"]


def test_answers_failing_the_checks_are_left_empty_and_reported() -> None:
    cat = catalog(("Founded in 2023.", "", False), ("Opened in 2018.", "", False))
    table = Table({"Founded in 2023.": "設立された。", "Opened in 2018.": "2018年に開設。"})
    result = fill_catalog(cat, table, source_lang="en", locale="ja", rules=(NoDigitsLost,))
    assert cat["Founded in 2023."].string == ""
    assert cat["Opened in 2018."].string == "2018年に開設。"
    assert [(p.msgid, p.origin, p.reason) for p in result.rejected] == [
        ("Founded in 2023.", "deepl", "PR499 Number missing")
    ]
    assert result.untranslated == 1


def test_real_translation_rules_refuse_a_wrong_term(glossary: Glossary) -> None:
    cat = catalog(("Welcome to Shonan iPark.", "", False))
    table = Table({"Welcome to Shonan iPark.": "湘南iParkへようこそ。"})
    result = fill_catalog(cat, table, source_lang="en", locale="ja", glossary=glossary)
    assert cat["Welcome to Shonan iPark."].string == ""
    assert result.rejected and result.rejected[0].reason.startswith("PR401")


def test_rejected_candidates_are_reported() -> None:
    class Lossy:
        name = "libre"

        def translate(self, texts, source, target):
            return [Candidate("", "libre", True, rejected="placeholder lost") for _ in texts]

    cat = catalog(("Hi.", "", False))
    result = fill_catalog(cat, Lossy(), source_lang="en", locale="ja", rules=())
    assert cat["Hi."].string == ""
    assert [(p.origin, p.reason) for p in result.rejected] == [("libre", "placeholder lost")]


def test_backend_failure_keeps_what_was_done() -> None:
    texts = [f"Sentence {n}." for n in range(10)]
    cat = catalog(*((t, "", False) for t in texts))
    table = Table({t: f"文{n}。" for n, t in enumerate(texts)}, fail_at=7)
    result = fill_catalog(cat, table, source_lang="en", locale="ja", rules=(), chunk_size=3)
    assert [cat[t].string for t in texts] == [f"文{n}。" for n in range(7)] + ["", "", ""]
    assert result.error == "deepl: HTTP 500"
    assert (result.written, result.untranslated) == (7, 3)


def test_any_backend_error_ends_the_fill_without_raising() -> None:
    class Down:
        name = "custom"

        def translate(self, texts, source, target):
            raise BackendError("custom", "service unavailable")

    cat = catalog(("Hi.", "", False))
    result = fill_catalog(cat, Down(), source_lang="en", locale="ja", rules=())
    assert (result.error, result.written) == ("custom: service unavailable", 0)


def test_flagged_notes_make_the_entry_fuzzy() -> None:
    class Noted:
        name = "glossary"

        def translate(self, texts, source, target):
            return [
                Candidate("Mikio Kato氏", "glossary", False, notes=("no ja form",)) for _ in texts
            ]

    cat = catalog(("Mikio Kato", "", False))
    result = fill_catalog(cat, Noted(), source_lang="en", locale="ja", rules=())
    assert cat["Mikio Kato"].fuzzy
    assert cat["Mikio Kato"].auto_comments == ["prlocalize: glossary", "prlocalize: no ja form"]
    assert [p.reason for p in result.flagged] == ["no ja form"]


@pytest.mark.parametrize("msgid", ["", "plural"])
def test_header_and_plurals_are_skipped(msgid: str) -> None:
    cat = Catalog(locale="ja")
    if msgid:
        cat.add(("One file", "%(num)d files"), ("", ""))
    result = fill_catalog(cat, Table({}), source_lang="en", locale="ja", rules=())
    assert result.candidates == 0

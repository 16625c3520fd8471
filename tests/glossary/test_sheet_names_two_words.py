"""A workbook kept a tab per kind names a tab with two words of one kind ('社名・団体名',
'地名・国名', '회사·기관', 'Companies & Organisations'): with no kind column, the tab's
name gives the kind. The tab was left out ('sheet-left-out', a warning lint shows but
check never does), so the glossary loaded without its organisations."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from prlocalize.glossary.io import load_glossaries
from prlocalize.glossary.values import parse_kind


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("社名・団体名", "org"),
        ("地名・国名", "place"),
        ("회사·기관", "org"),
        ("Companies & Organisations", "org"),
        ("Person / 人名", "person"),
        ("人名・役職", None),  # two kinds: no kind
    ],
)
def test_kind_of_two_words(name: str, kind: str | None) -> None:
    found = parse_kind(name)
    assert (found.value if found else None) == kind


def test_tab_named_with_two_words_is_read(tmp_path: Path) -> None:
    book = Workbook()
    people = book.active
    people.title = "人名"
    people.append(["英語", "日本語"])
    people.append(["Kenji Arakawa", "荒川 健二"])
    orgs = book.create_sheet("社名・団体名")
    orgs.append(["英語", "日本語"])
    orgs.append(["Hoshizora Instruments Co., Ltd.", "星空計器株式会社"])
    path = tmp_path / "用語集.xlsx"
    book.save(path)
    kinds = sorted(entry.kind.value for entry in load_glossaries([path]))
    assert kinds == ["org", "person"]

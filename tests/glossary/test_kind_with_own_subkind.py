"""A team's kind column often qualifies the kind with its own word after a slash or a
middle dot ('person/exec', 'org/client', '人名・役員'). The word that names no kind was
read as a second kind that disagreed with the first: an 'unknown-kind' error, which
stops every check that loads the sheet."""

from __future__ import annotations

from pathlib import Path

import pytest

from prlocalize.glossary.io import load_glossaries
from prlocalize.glossary.values import parse_kind


@pytest.mark.parametrize(
    ("value", "kind"),
    [
        ("person/exec", "person"),
        ("org / client", "org"),
        ("人名・役員", "person"),
        ("Person / Org", None),  # two kinds: still no kind
        ("vip/exec", None),  # no kind named
    ],
)
def test_kind_with_a_team_word(value: str, kind: str | None) -> None:
    found = parse_kind(value)
    assert (found.value if found else None) == kind


def test_sheet_with_subkinds_loads(tmp_path: Path) -> None:
    sheet = tmp_path / "people.csv"
    sheet.write_text(
        "en,ja,kind\n"
        "Masaki Tobita,飛田 正樹,person/exec\n"
        "Willowmere Bank,ウィロミア銀行,org/client\n",
        encoding="utf-8",
    )
    kinds = sorted(entry.kind.value for entry in load_glossaries([sheet]))
    assert kinds == ["org", "person"]

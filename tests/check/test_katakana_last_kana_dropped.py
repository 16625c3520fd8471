"""PR102: a company's or brand's katakana word with its last kana dropped
('MHパワーソリューション' for 'MHパワーソリューションズ') went unreported: the one-kana
slip reader looked only for a kana changed. It is reported where the release also
writes the name right (else it may be another company: '…システム' and '…システムズ'
are both registered names). A name whose katakana opens it (the common word
'ソリューション' for 'ソリューションズ'), a short word ('システム'), and a final long mark
('コンピュータ', a house style) are left alone."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from check_support import cli_found

from prlocalize.glossary.model import Entry, Glossary, Kind, Term
from prlocalize.rules.japanese_term_slips import japanese_term_slip_index

ROWS = (
    (Kind.BRAND, "MH Power Solutions", "MHパワーソリューションズ"),
    (Kind.ORG, "Hoshizora Systems Inc.", "星空システムズ株式会社"),
    (Kind.BRAND, "Solutions", "ソリューションズ"),
    (Kind.BRAND, "Aoba Computer", "青葉コンピューター"),
)
GLOSSARY = Glossary(
    [
        Entry(f"e:{i}", kind, {"en": Term(en), "ja": Term(ja)})
        for i, (kind, en, ja) in enumerate(ROWS)
    ]
)
SHEET = "en,ja,kind\n" + "".join(f'"{en}",{ja},{kind.value}\n' for kind, en, ja in ROWS)
RIGHT = "MHパワーソリューションズ株式会社を設立します。"


def _dropped(text: str) -> list[tuple[str, tuple[str, ...]]]:
    index = japanese_term_slip_index(GLOSSARY)
    return [(s.written, s.approved) for s in index.dropped_endings(text)]


def test_the_last_kana_dropped_is_read() -> None:
    assert _dropped("合弁会社「MHパワーソリューション」を設立します。") == [
        ("MHパワーソリューション", ("MHパワーソリューションズ",))
    ]


@pytest.mark.parametrize(
    "text",
    [
        "合弁会社「MHパワーソリューションズ」を設立します。",
        "ソリューションの提供を始めます。",  # the common word: no name opens it
        "星空システム株式会社は発表した。",  # a short word: 'システム' is a word too
        "青葉コンピュータの新製品です。",  # a final long mark: a house style
    ],
)
def test_names_as_written_common_words_and_a_final_long_mark_are_not_read(text: str) -> None:
    assert _dropped(text) == []


def test_reported_where_the_release_also_writes_the_name_right(
    run_cli: Callable[..., Any], tmp_path: Path
) -> None:
    text = f"{RIGHT}\n\n合弁会社「MHパワーソリューション」の本社は大阪です。\n"
    fields = ("code", "found", "suggestion")
    found = cli_found(run_cli, tmp_path, SHEET, "r.md", text, "PR102", fields)
    assert found == [("PR102", "MHパワーソリューション", "MHパワーソリューションズ")]


def test_left_alone_where_the_release_never_writes_the_name_right(
    run_cli: Callable[..., Any], tmp_path: Path
) -> None:
    text = "合弁会社「MHパワーソリューション」の本社は大阪です。\n"
    assert cli_found(run_cli, tmp_path, SHEET, "r.md", text, "PR102") == []

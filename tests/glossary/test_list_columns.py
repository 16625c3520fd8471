"""Columns of forms not to use (and of other forms) headed without a language: their
locale comes from their cells' script or their header's own word, not from the column
that happens to stand before them."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from prlocalize.glossary.csvfile import parse_csv

Run = Callable[..., Result]


@pytest.mark.parametrize(
    ("text", "forbidden"),
    [
        # NG表記 after the Korean column, its cells Japanese
        (
            "en,ja,ko,kind,NG表記\nDaichi Morikawa,森川 大地,모리카와 다이치,person,森川 太地\n",
            {"ja": ("森川 太地",)},
        ),
        # 금지어 after the kind, its cells Korean
        (
            "en,ja,ko,kind,금지어\n"
            "Daichi Morikawa,森川 大地,모리카와 다이치,person,모리가와 다이치\n",
            {"ko": ("모리가와 다이치",)},
        ),
        # a Korean sheet: 금지어 after 일문 (Japanese), its cells Korean
        (
            "구분,국문,영문,일문,금지어,비고\n"
            "직함,전무이사,Managing Director,専務取締役,전무 이사,\n",
            {"ko": ("전무 이사",)},
        ),
        # one of each beside its language and one after: each by its cells
        (
            "en,ja,사용 금지,ko,금지 표기,kind\n"
            "Daichi Morikawa,森川 大地,森川 太地,모리카와 다이치,모리가와 다이치,person\n",
            {"ja": ("森川 太地",), "ko": ("모리가와 다이치",)},
        ),
        # a header in English: its cells say the language, not the Korean column before
        (
            "en,ja,ko,Forbidden,kind\nMatsuyama,松山,마쓰야마,Matuyama,place\n",
            {"en": ("Matuyama",)},
        ),
        # the header's word when the cells are mixed: 誤表記 is Japanese
        (
            "en,ja,ko,kind,誤表記,오기\n"
            "Aoba Seiki,アオバ精機,아오바정밀,org,Aoba Seiky|青葉精機,아오바 정밀\n",
            {"ja": ("Aoba Seiky", "青葉精機"), "ko": ("아오바 정밀",)},
        ),
    ],
)
def test_a_forbidden_column_takes_the_language_of_its_forms(
    text: str, forbidden: dict[str, tuple[str, ...]]
) -> None:
    parsed = parse_csv(text, "glossary.csv")
    assert all(p.level.value == "info" for p in parsed.problems), parsed.problems
    (entry,) = parsed.entries
    assert {loc: t.forbidden for loc, t in entry.forms.items() if t.forbidden} == forbidden


@pytest.mark.parametrize("word", ["금지어", "금칙어", "사용금지", "禁止語", "誤記", "NGワード"])
def test_more_words_for_forms_not_to_use(word: str) -> None:
    parsed = parse_csv(f"ko,kind,{word}\n전무이사,title,전무 이사\n", "glossary.csv")
    assert [p.code for p in parsed.problems] == ["header-read"]
    assert parsed.entries[0].term("ko").forbidden == ("전무 이사",)


def test_a_forbidden_japanese_form_after_the_korean_column_is_reported(
    run_cli: Run, tmp_path: Path
) -> None:
    sheet = tmp_path / "glossary.csv"
    sheet.write_text(
        "en,ja,ko,kind,NG表記\nDaichi Morikawa,森川 大地,모리카와 다이치,person,森川 太地\n",
        encoding="utf-8",
    )
    release = tmp_path / "release.ja.txt"
    release.write_text("森川 太地が登壇した。\n", encoding="utf-8")
    result = run_cli("check", str(release), "-g", str(sheet), "--no-cache", "--format", "json")
    assert result.exit_code == 1, result.output
    assert [
        (f["code"], f["found"], f["suggestion"]) for f in json.loads(result.stdout)["findings"]
    ] == [("PR103", "森川 太地", "森川 大地")]

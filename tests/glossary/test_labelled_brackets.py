"""A cell's bracket that says what it holds: a short form ('桜木食品株式会社（略称：桜木食品）',
'(abbr. SFI)', '(약칭: 사쿠라기)') or a former name ('（旧：ほしぞら計器株式会社）',
'(formerly Hoshizora Keiki)', '(구 호시조라계측)'). Read as one approved form, the whole
cell is in no release; a second line of the cell (Alt+Enter) is such a bracket too."""

from __future__ import annotations

from pathlib import Path

import pytest

from prlocalize.glossary.brackets import read_bracket
from prlocalize.glossary.io import load_glossaries


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("桜木食品株式会社（略称：桜木食品）", ("桜木食品株式会社", "short", "桜木食品")),
        ("Sakuragi Foods Inc. (abbr. SFI)", ("Sakuragi Foods Inc.", "short", "SFI")),
        ("사쿠라기식품(약칭: 사쿠라기)", ("사쿠라기식품", "short", "사쿠라기")),
        ("星空計器株式会社（旧：ほしぞら計器株式会社）", ("星空計器株式会社", "note", None)),
        ("星空計器株式会社（旧社名 ほしぞら計器）", ("星空計器株式会社", "note", None)),
        ("Hoshizora Instruments Co., Ltd. (formerly Hoshizora Keiki)", (None, "note", None)),
        ("호시조라계기(구 호시조라계측)", ("호시조라계기", "note", None)),
        # no label: as before
        ("구마모토(구마모토시)", None),
        ("Aoba Energy (USA)", None),
    ],
)
def test_labelled_bracket(cell: str, expected: tuple[str | None, str, str | None] | None) -> None:
    bracket = read_bracket(cell)
    if expected is None:
        assert bracket is None
        return
    assert bracket is not None
    form, what, inner = expected
    assert bracket.what == what
    if form is not None:
        assert bracket.form == form
    if inner is not None:
        assert bracket.inner == inner


def test_second_line_of_a_cell_naming_the_former_name(tmp_path: Path) -> None:
    sheet = tmp_path / "terms.csv"
    sheet.write_text(
        "kind,en,ja,ko\n"
        'org,"Hoshizora Instruments Co., Ltd.","星空計器株式会社\n（旧：ほしぞら計器株式会社）",'
        "호시조라계기\n"
        'org,Sakuragi Foods Inc.,"桜木食品株式会社\n（略称：桜木食品）",사쿠라기식품\n',
        encoding="utf-8",
    )
    glossary = load_glossaries([sheet])
    by_en = {entry.term("en").text: entry for entry in glossary}  # type: ignore[union-attr]
    hoshizora = by_en["Hoshizora Instruments Co., Ltd."].term("ja")
    assert hoshizora is not None and hoshizora.text == "星空計器株式会社"
    assert "ほしぞら計器株式会社" not in hoshizora.variants
    sakuragi = by_en["Sakuragi Foods Inc."].term("ja")
    assert sakuragi is not None and sakuragi.text == "桜木食品株式会社"
    assert "桜木食品" in sakuragi.variants

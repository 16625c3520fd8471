"""PR401 on a person's name written with one letter changed where the translation has the
name nowhere ('水野あかねさん' for '水野あかり', '佐藤雄二店長' for '佐藤雄一'): the family name
is right, so it was taken for the family name alone before a particle, and the name
passed. It is reported misspelt; the family name alone ('水野さん', '水野は') stays silent
where the release names the person in full."""

from __future__ import annotations

import pytest
from catalog_support import catalog_findings

from prlocalize.glossary.model import Entry, Glossary, Kind, Term

GLOSSARY = Glossary(
    [
        Entry("mizuno", Kind.PERSON, {"ko": Term("미즈노 아카리"), "ja": Term("水野あかり")}),
        Entry("sato", Kind.PERSON, {"ko": Term("사토 유이치"), "ja": Term("佐藤雄一")}),
    ]
)
FULL = (
    "일러스트레이터 미즈노 아카리와 협업한다.",
    "イラストレーター・水野あかりさんとコラボします。",
)


def _pr401(pairs: list[tuple[str, str]]) -> list[str]:
    findings = catalog_findings("ja", pairs, glossary=GLOSSARY)
    return [f.message for f in findings if f.code == "PR401"]


@pytest.mark.parametrize(
    ("msgid", "msgstr", "name", "written"),
    [
        (
            "미즈노 아카리가 디자인했다.",
            "水野あかねさんがデザインしました。",
            "미즈노 아카리",
            "水野あかね",
        ),
        ("사토 유이치 점장은 말했다.", "佐藤雄二店長は話しました。", "사토 유이치", "佐藤雄二"),
    ],
)
def test_one_letter_off(msgid: str, msgstr: str, name: str, written: str) -> None:
    messages = _pr401([FULL, (msgid, msgstr)])
    assert messages == [f"Approved translation of '{name}' misspelt: '{written}'"]


@pytest.mark.parametrize(
    "msgstr",
    ["水野さんがデザインしました。", "水野はこう話しました。", "水野がデザインしました。"],
)
def test_family_name_alone(msgstr: str) -> None:
    assert _pr401([FULL, ("미즈노 아카리가 디자인했다.", msgstr)]) == []

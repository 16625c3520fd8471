"""PR401: a katakana name whose parts the translation joins with another middle dot, an
equals sign or a space ('ユン·ソジン' with the Latin dot a Korean keyboard types, 'ユン
ソジン', 'ユン＝ソジン' for the sheet's 'ユン・ソジン') is the approved name set otherwise,
no longer an error; other letters, another given name or the parts reversed still are."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

from prlocalize.glossary.model import Entry, Glossary, Kind, Term

GLOSSARY = Glossary(
    [Entry("person:bae", Kind.PERSON, {"ko": Term("배수아"), "ja": Term("ペ・スア")})]
)
MSGID = "배수아 대표는 오사카 매장 개점식에 참석했다."


def _pr401(msgstr: str) -> list[str]:
    found = translation_findings("ja", MSGID, msgstr, glossary=GLOSSARY)
    return [f.found for f in found if f.code == "PR401"]


@pytest.mark.parametrize(
    "name", ["ペ·スア", "ペ･スア", "ペ スア", "ペ\u3000スア", "ペ＝スア", "ペ・スア"]
)
def test_the_same_parts_joined_otherwise_pass(name: str) -> None:
    assert _pr401(f"{name}代表は大阪店の開店式に出席した。") == []


@pytest.mark.parametrize("name", ["ペ·スナ", "ペ スアン", "スア·ペ", "ペ·ミンス"])
def test_other_names_are_reported(name: str) -> None:
    assert _pr401(f"{name}代表は大阪店の開店式に出席した。") == ["배수아"]

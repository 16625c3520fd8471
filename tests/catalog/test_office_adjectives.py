"""PR401: a title the source gives as the office in a compound ('대통령 선거', '知事選挙',
'시장 선거 후보') that the English translation says with the office's adjective ('the
presidential election', 'the gubernatorial race', 'mayoral candidates', 'prime
ministerial'), or an office held that it says with the office's verb ('위원장을 맡았다' as
'chaired the committee'), is rendered; another title in its place is still reported."""

from __future__ import annotations

from pathlib import Path

import pytest
from catalog_support import translation_codes

from prlocalize.glossary.io import load_glossaries
from prlocalize.glossary.model import Glossary

SHEET = """en,ja,ko,kind
President,大統領,대통령,title
Governor,知事,도지사,title
Mayor,市長,시장,title
Prime Minister,首相,총리,title
Chairperson,委員長,위원장,title
"""


@pytest.fixture(scope="module")
def glossary(tmp_path_factory: pytest.TempPathFactory) -> Glossary:
    path: Path = tmp_path_factory.mktemp("sheet") / "offices.csv"
    path.write_text(SHEET, encoding="utf-8")
    return load_glossaries([path])


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        ("대통령 선거가 6월에 치러진다.", "The presidential election will be held in June."),
        ("경상남도지사 선거에 출마했다.", "He ran in the South Gyeongsang gubernatorial election."),
        ("시장 선거 후보 등록이 시작됐다.", "Registration of mayoral candidates has begun."),
        ("知事選挙は来月行われる。", "The gubernatorial election takes place next month."),
        (
            "首相官邸で会見が開かれた。",
            "A press conference was held at the prime-ministerial office.",
        ),
        (
            "한도윤 전 장관은 자문위원회 위원장을 맡았다.",
            "Former minister Han Do-yun chaired the panel.",
        ),
        ("森下氏が検討会の委員長を務める。", "Ms. Morishita will be chairing the review panel."),
    ],
)
def test_office_said_by_its_adjective(glossary: Glossary, msgid: str, msgstr: str) -> None:
    assert "PR401" not in translation_codes("en", msgid, msgstr, glossary=glossary)


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        ("知事選挙は来月行われる。", "The mayoral election takes place next month."),
        ("대통령 선거가 6월에 치러진다.", "The general election will be held in June."),
        (
            "한도윤 전 장관은 자문위원회 위원장을 맡았다.",
            "Former minister Han Do-yun joined the panel.",
        ),
    ],
)
def test_another_office_still_reported(glossary: Glossary, msgid: str, msgstr: str) -> None:
    assert "PR401" in translation_codes("en", msgid, msgstr, glossary=glossary)

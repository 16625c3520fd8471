"""A Trados memory exported as TMX says how far each unit got (``<prop
type="x-ConfirmationLevel">``): a Draft (often its machine translation) or a rejected
translation became a final exact match, as a Draft segment of an SDLXLIFF does not."""

from __future__ import annotations

import sqlite3
from pathlib import Path

TMX = """<?xml version="1.0" encoding="utf-8"?>
<tmx version="1.4"><header creationtool="SDL Language Platform" o-tmf="SDL TM8 Format"
 adminlang="EN-US" srclang="EN-US" datatype="xml" segtype="sentence"/><body>
<tu><prop type="x-ConfirmationLevel">ApprovedSignOff</prop>
 <tuv xml:lang="en-US"><seg>The ferry runs twice a day.</seg></tuv>
 <tuv xml:lang="ko-KR"><seg>여객선은 하루 두 차례 운항한다.</seg></tuv></tu>
<tu><prop type="x-ConfirmationLevel">Draft</prop><prop type="x-Origin">MachineTranslation</prop>
 <tuv xml:lang="en-US"><seg>Tickets go on sale in April.</seg></tuv>
 <tuv xml:lang="ko-KR"><seg>티켓은 4월에 판매가 됩니다 예정.</seg></tuv></tu>
<tu><prop type="x-ConfirmationLevel">RejectedTranslation</prop>
 <tuv xml:lang="en-US"><seg>Children ride free.</seg></tuv>
 <tuv xml:lang="ko-KR"><seg>어린이는 무료로 탄다.</seg></tuv></tu>
<tu><prop type="x-ConfirmationLevel">Unspecified</prop><prop type="x-Origin">Alignment</prop>
 <tuv xml:lang="en-US"><seg>Boarding starts at 8 a.m.</seg></tuv>
 <tuv xml:lang="ko-KR"><seg>승선은 오전 8시에 시작한다.</seg></tuv></tu>
</body></tmx>
"""


def test_draft_and_rejected_units_are_passed_over_and_counted(
    run_cli, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("ferry.tmx").write_text(TMX, encoding="utf-8")
    result = run_cli("memory", "import", "ferry.tmx")
    assert result.exit_code == 0, result.output
    assert result.output.startswith("imported 2 unit(s) from ferry.tmx (2 unit(s) not finished")
    assert "the first on line 7" in result.output
    with sqlite3.connect(tmp_path / ".prlocalize" / "memory.sqlite") as conn:
        sources = {source for (source,) in conn.execute("SELECT source FROM units")}
    # an aligned memory's 'Unspecified' is finished work
    assert sources == {"The ferry runs twice a day.", "Boarding starts at 8 a.m."}

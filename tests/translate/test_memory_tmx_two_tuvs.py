"""A <tu> with two <tuv> of one language (a memory that keeps several translations of a
sentence exports them so): the memory keeps one translation and takes it as final, and
the one listed last silently became it. The later one by date is kept; undated, or of
one date, the last listed still is (an edit), and the import says which <tu> it was."""

from __future__ import annotations

import sqlite3
from pathlib import Path

TMX = """<?xml version="1.0" encoding="utf-8"?>
<tmx version="1.4"><header creationtool="Smartcat" o-tmf="Smartcat" adminlang="en-US"
 srclang="*all*" datatype="PlainText" segtype="sentence"/><body>
<tu tuid="a1" changedate="20250621T010300Z">
 <tuv xml:lang="en-US"><seg>The scholarship is open to students in Kushiro.</seg></tuv>
 <tuv xml:lang="ja-JP"><seg>奨学金は釧路市内の学生が対象です。</seg></tuv>
 <tuv xml:lang="ja-JP"><seg>本奨学金の対象は釧路市内の学生です。</seg></tuv>
 <tuv xml:lang="ko-KR"><seg>장학금은 구시로 지역 학생을 대상으로 한다.</seg></tuv>
</tu>
<tu tuid="a2">
 <tuv xml:lang="en-US"><seg>Applications close on March 6.</seg></tuv>
 <tuv xml:lang="ja-JP" changedate="20240101T000000Z"><seg>応募は3月6日で締め切ります。</seg></tuv>
 <tuv xml:lang="ja-JP" changedate="20250101T000000Z"><seg>応募の締め切りは3月6日です。</seg></tuv>
</tu>
<tu tuid="a3">
 <tuv xml:lang="en-US"><seg>Kushiro</seg></tuv>
 <tuv xml:lang="ja-JP"><seg>釧路</seg></tuv>
 <tuv xml:lang="ja-JP"><seg>釧路 </seg></tuv>
</tu>
</body></tmx>
"""


def test_two_translations_of_one_tu(run_cli, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("jobs.tmx").write_text(TMX, encoding="utf-8")
    result = run_cli("memory", "import", "jobs.tmx")
    assert result.exit_code == 0, result.output
    assert "1 <tu> translating its source two ways into ja, the first on line 4" in result.output
    assert "the <tuv> listed last kept" in result.output
    with sqlite3.connect(tmp_path / ".prlocalize" / "memory.sqlite") as conn:
        stored = set(conn.execute("SELECT target_lang, source, target FROM units"))
    assert stored == {
        (
            "ja",
            "The scholarship is open to students in Kushiro.",
            "本奨学金の対象は釧路市内の学生です。",
        ),
        (
            "ko",
            "The scholarship is open to students in Kushiro.",
            "장학금은 구시로 지역 학생을 대상으로 한다.",
        ),
        ("ja", "Applications close on March 6.", "応募の締め切りは3月6日です。"),
        ("ja", "Kushiro", "釧路 "),
    }

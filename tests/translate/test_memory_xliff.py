"""Bilingual XLIFF (1.2, Trados .sdlxliff, memoQ .mqxliff, 2.x) into the memory."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

XLIFF_12 = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
 <file original="q3.docx" source-language="en-US" target-language="ja-JP" datatype="x-docx">
  <body>
   <trans-unit id="1" approved="yes">
    <source>Aozora Rail Opens <g id="1" ctype="bold">Two New Stations</g></source>
    <target>青空鉄道、<g id="1" ctype="bold">新駅2駅</g>を開業</target>
   </trans-unit>
   <trans-unit id="2">
    <source>Ridership rose 6%.<x id="2" ctype="lb"/>Revenue rose 4%.</source>
    <target state="translated">利用者数は6%増えました。<x id="2" ctype="lb"
     />収入は4%増えました。</target>
   </trans-unit>
   <trans-unit id="3"><source>Notes</source><target state="new"/></trans-unit>
   <trans-unit id="4"><source>Outlook</source>
    <target state="needs-translation">Outlook</target></trans-unit>
   <trans-unit id="5" translate="no"><source>TSE: 9001</source>
    <target>TSE: 9001</target></trans-unit>
   <trans-unit id="6">
    <source>See <bpt id="3">&lt;a&gt;</bpt>the timetable<ept id="3">&lt;/a&gt;</ept>.</source>
    <target state="final"><bpt id="3">&lt;a&gt;</bpt>時刻表<ept id="3">&lt;/a&gt;</ept
    >をご覧ください。</target>
   </trans-unit>
  </body>
 </file>
</xliff>
"""

SDLXLIFF = """<?xml version="1.0" encoding="utf-8"?>
<xliff xmlns:sdl="http://sdl.com/FileTypes/SdlXliff/1.0"
 xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2" sdl:version="1.0">
<file original="plant.docx" datatype="x-sdlfilterframework2" source-language="en-US"
 target-language="ko-KR"><body>
<trans-unit id="a">
<source>Aozora Rail opened a depot in Sendai. Work starts in May.</source>
<seg-source><mrk mtype="seg" mid="1">Aozora Rail opened a depot in <g id="p1">Sendai</g>.</mrk>
 <mrk mtype="seg" mid="2">Work starts in May.</mrk></seg-source>
<target><mrk mtype="seg" mid="1">아오조라철도는 <g id="p1">센다이</g>에 차량기지를 열었다.</mrk>
 <mrk mtype="seg" mid="2">공사는 5월에 시작한다.</mrk></target>
<sdl:seg-defs><sdl:seg id="1" conf="ApprovedTranslation"/><sdl:seg id="2" conf="Draft"/>
</sdl:seg-defs>
</trans-unit>
</body></file></xliff>
"""

MQXLIFF = """<?xml version="1.0" encoding="utf-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:mq="MQXliff">
 <file original="ja.docx" source-language="ja-jp" target-language="en-us"><body>
  <trans-unit id="1" mq:status="ManuallyConfirmed">
   <source>青空鉄道は新駅を開業します。</source><target>Aozora Rail opens new stations.</target>
  </trans-unit>
  <trans-unit id="2" mq:status="PartiallyEdited">
   <source>運賃は200円からです。</source><target>Fares start at</target>
  </trans-unit>
 </body></file>
</xliff>
"""

# Phrase (Memsource) writes no state: m:confirmed="0" is its unconfirmed machine draft
MXLIFF = """<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:m="http://www.memsource.com/mxlf/2.0"
 version="1.2" m:version="2.0">
 <file original="rates.docx" source-language="en" target-language="ja"><body><group id="0">
  <trans-unit id="a" m:confirmed="1" m:score="0.0" m:trans-origin="null">
   <source>Kiriyama Bank will lower its card fee.</source>
   <target>霧山銀行はカード手数料を引き下げます。</target>
  </trans-unit>
  <trans-unit id="b" m:confirmed="0" m:score="1.0" m:trans-origin="mt">
   <source>The new fee applies from June 2.</source>
   <target>新しい手数料は2月6日から適用されます。</target>
  </trans-unit>
 </group></body></file>
</xliff>
"""

XLIFF_20 = """<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="ko">
 <file id="f1"><unit id="u1">
  <segment state="final">
   <source>Ridership rose <pc id="1">6%</pc>.</source>
   <target>이용객 수가 <pc id="1">6%</pc> 늘었다.</target>
  </segment>
  <segment state="initial"><source>Contact</source></segment>
 </unit></file>
</xliff>
"""


def stored(tmp_path: Path) -> set[tuple[str, ...]]:
    with sqlite3.connect(tmp_path / ".prlocalize" / "memory.sqlite") as conn:
        rows = conn.execute("SELECT source_lang, target_lang, source, target FROM units")
        return set(rows)


@pytest.mark.parametrize(
    ("name", "text", "expected", "passed"),
    [
        (
            "q3.xlf",
            XLIFF_12,
            {
                ("en", "ja", "Aozora Rail Opens Two New Stations", "青空鉄道、新駅2駅を開業"),
                (
                    "en",
                    "ja",
                    "Ridership rose 6%.\nRevenue rose 4%.",
                    "利用者数は6%増えました。\n収入は4%増えました。",
                ),
                ("en", "ja", "See the timetable.", "時刻表をご覧ください。"),
            },
            2,
        ),
        (
            "plant.sdlxliff",
            SDLXLIFF,
            {
                (
                    "en",
                    "ko",
                    "Aozora Rail opened a depot in Sendai.",
                    "아오조라철도는 센다이에 차량기지를 열었다.",
                )
            },
            1,
        ),
        (
            "ja.mqxliff",
            MQXLIFF,
            {("ja", "en", "青空鉄道は新駅を開業します。", "Aozora Rail opens new stations.")},
            1,
        ),
        (
            "rates.mxliff",
            MXLIFF,
            {
                (
                    "en",
                    "ja",
                    "Kiriyama Bank will lower its card fee.",
                    "霧山銀行はカード手数料を引き下げます。",
                )
            },
            1,
        ),
        (
            "news.xlf",
            XLIFF_20,
            {("en", "ko", "Ridership rose 6%.", "이용객 수가 6% 늘었다.")},
            1,
        ),
    ],
)
def test_translated_segments_of_an_xliff_are_imported(
    run_cli, tmp_path: Path, monkeypatch, name: str, text: str, expected: set, passed: int
) -> None:
    """Languages from the file, inline codes dropped and wrapped text kept, segments not
    translated yet (new, needs-translation, Draft, not confirmed, initial) passed over."""
    monkeypatch.chdir(tmp_path)
    Path(name).write_text(text, encoding="utf-8")
    result = run_cli("memory", "import", name)
    assert result.exit_code == 0, result.output
    assert result.output == (
        f"imported {len(expected)} unit(s) from {name} "
        f"({passed} segment(s) not translated yet passed over)\n"
    )
    assert stored(tmp_path) == expected


def test_xliff_without_its_languages_is_refused_naming_the_line(
    run_cli, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("a.xlf").write_text(XLIFF_12.replace(' target-language="ja-JP"', ""), encoding="utf-8")
    result = run_cli("memory", "import", "a.xlf")
    assert result.exit_code == 2
    assert result.output.startswith("a.xlf:3: <file> has no target-language")
    Path("b.xlf").write_text(XLIFF_12.replace("</body>", "<trans-unit>"), encoding="utf-8")
    result = run_cli("memory", "import", "b.xlf")
    assert result.exit_code == 2 and result.output.startswith("b.xlf:")
    assert "not well-formed XML" in result.output
    assert not (tmp_path / ".prlocalize" / "memory.sqlite").exists() or not stored(tmp_path)


def test_codes_standing_for_a_character_keep_it(tmp_path: Path) -> None:
    """<ph equiv="©"/> (2.x) or <x equiv-text="™"/> (1.2) is a character the segment
    holds: 'Copyright 2026 …' was stored without its ©. An equivalent written as markup
    or a placeholder ('<br/>', '{1}') is still dropped."""
    from prlocalize.translate.xliff import read_xliff

    path = tmp_path / "mark.xlf"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0"'
        ' srcLang="en" trgLang="ja"><file id="f"><unit id="u">'
        '<segment state="final"><source>Copyright<ph id="1" equiv="©"/> 2026 Kumo Kogyo'
        '<ph id="2" equiv="&lt;br/&gt;"/></source>'
        '<target>Copyright<ph id="1" equiv="©"/> 2026 雲工業<ph id="2" equiv="&lt;br/&gt;"/>'
        "</target></segment></unit></file></xliff>\n",
        encoding="utf-8",
    )
    (unit,) = read_xliff(path).units
    assert (unit.source, unit.target) == ("Copyright© 2026 Kumo Kogyo", "Copyright© 2026 雲工業")
    path.write_text(
        XLIFF_12.replace(
            "<source>Aozora Rail Opens ", '<source>Aozora Rail<x id="9" equiv-text="™"/> Opens '
        ).replace("<target>青空鉄道、", '<target>青空鉄道<x id="9" equiv-text="™"/>、'),
        encoding="utf-8",
    )
    first = read_xliff(path).units[0]
    assert (first.source, first.target) == (
        "Aozora Rail™ Opens Two New Stations",
        "青空鉄道™、新駅2駅を開業",
    )

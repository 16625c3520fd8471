"""A translation that gives a paragraph's figures as a table: the table's cells (fields,
no sentence) translate none of the paragraph's sentences, and pairing them put half a
row glued together ('30万1000TEU11.2%増') into the memory as a sentence's translation.
Tables on both sides still pair cell by cell."""

from __future__ import annotations

from pathlib import Path

from prlocalize.align.batch import align_files

EN_PROSE = """<html lang="en"><body>
<h1>Alder Farms Reports Record Autumn Harvest</h1>
<p>Alder Farms harvested 48,000 tonnes of apples this autumn, up 6.5% from last year.</p>
<p>Exports to Taiwan rose 14.1% to 9,200 tonnes,
while exports to Thailand rose 3.2% to 4,100 tonnes.</p>
<p>Domestic shipments accounted for 34,700 tonnes.</p>
<p>"Cool nights in September gave us the best colour in a decade,"
said Noriko Sato, President of Alder Farms.</p>
</body></html>
"""
JA_TABLE = """<html lang="ja"><body>
<h1>アルダー農園、秋の収穫量が過去最高に</h1>
<p>アルダー農園の今秋のリンゴ収穫量は、前年比6.5%増の4万8000トンとなりました。</p>
<table>
<tr><th>出荷先</th><th>数量</th><th>前年比</th></tr>
<tr><td>台湾</td><td>9,200トン</td><td>14.1%増</td></tr>
<tr><td>タイ</td><td>4,100トン</td><td>3.2%増</td></tr>
<tr><td>国内</td><td>3万4700トン</td><td>－</td></tr>
</table>
<p>佐藤典子社長は「9月の夜の冷え込みで、この10年で最も良い色づきになりました」と述べています。</p>
</body></html>
"""
EN_TABLE = """<html lang="en"><body>
<h1>Alder Farms Reports Record Autumn Harvest</h1>
<table>
<tr><th>Destination</th><th>Volume</th><th>Change</th></tr>
<tr><td>Taiwan</td><td>9,200 tonnes</td><td>up 14.1%</td></tr>
<tr><td>Thailand</td><td>4,100 tonnes</td><td>up 3.2%</td></tr>
</table>
</body></html>
"""
JA_SAME_TABLE = """<html lang="ja"><body>
<h1>アルダー農園、秋の収穫量が過去最高に</h1>
<table>
<tr><th>出荷先</th><th>数量</th><th>前年比</th></tr>
<tr><td>台湾</td><td>9,200トン</td><td>14.1%増</td></tr>
<tr><td>タイ</td><td>4,100トン</td><td>3.2%増</td></tr>
</table>
</body></html>
"""


def _pairs(tmp_path: Path, en: str, ja: str) -> list[tuple[str, str]]:
    (tmp_path / "harvest.en.html").write_text(en, encoding="utf-8")
    (tmp_path / "harvest.ja.html").write_text(ja, encoding="utf-8")
    a = align_files(tmp_path / "harvest.en.html", tmp_path / "harvest.ja.html")
    return [(a.source_plain(b), a.target_plain(b)) for b in a.accepted()]


def test_a_table_that_restates_prose_pairs_none_of_its_cells(tmp_path: Path) -> None:
    pairs = _pairs(tmp_path, EN_PROSE, JA_TABLE)
    assert [en for en, _ in pairs] == [
        "Alder Farms Reports Record Autumn Harvest",
        "Alder Farms harvested 48,000 tonnes of apples this autumn, up 6.5% from last year.",
        '"Cool nights in September gave us the best colour in a decade," said Noriko Sato, '
        "President of Alder Farms.",
    ]


def test_tables_on_both_sides_still_pair_cell_by_cell(tmp_path: Path) -> None:
    pairs = _pairs(tmp_path, EN_TABLE, JA_SAME_TABLE)
    assert ("9,200 tonnes", "9,200トン") in pairs
    assert ("up 3.2%", "3.2%増") in pairs

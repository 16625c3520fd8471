"""A block of lines broken by ``<br>`` (a contact block, an address) is aligned line by
line: against the same lines of a text file, and against another ``<br>`` block, whose
whole text the memory learns too (a catalog holds such a block as one message)."""

from __future__ import annotations

from pathlib import Path

from prlocalize.align.batch import align_files

EN_HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Tanabe Paper opens a mill</title></head>
<body>
<h1>Tanabe Paper Opens a Mill in Tottori</h1>
<p>Tanabe Paper Co., Ltd. opened a new mill in Tottori on October 3, 2025. It employs 85 people.</p>
<p>The mill makes 40,000 tons of recycled cardboard a year.</p>
<p>Press contact<br>
General Affairs Department, Tanabe Paper Co., Ltd.<br>
Tel: +81-857-20-1100<br>Mail: info@tanabe-paper.example</p>
</body></html>
"""
JA_HTML = """<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>田辺製紙、鳥取に新工場</title></head>
<body>
<h1>田辺製紙、鳥取に新工場を開設</h1>
<p>田辺製紙株式会社は、2025年10月3日、鳥取に新工場を開設しました。従業員は85人です。</p>
<p>新工場では、年間4万トンの再生段ボールを生産します。</p>
<p>本件に関するお問い合わせ<br>
田辺製紙株式会社 総務部<br>
電話：0857-20-1100<br>メール：info@tanabe-paper.example</p>
</body></html>
"""
JA_TEXT = """田辺製紙、鳥取に新工場を開設

田辺製紙株式会社は、2025年10月3日、鳥取に新工場を開設しました。従業員は85人です。

新工場では、年間4万トンの再生段ボールを生産します。

本件に関するお問い合わせ
田辺製紙株式会社 総務部
電話：0857-20-1100
メール：info@tanabe-paper.example
"""
LINES = [
    ("Press contact", "本件に関するお問い合わせ"),
    ("General Affairs Department, Tanabe Paper Co., Ltd.", "田辺製紙株式会社 総務部"),
    ("Tel: +81-857-20-1100", "電話：0857-20-1100"),
    ("Mail: info@tanabe-paper.example", "メール：info@tanabe-paper.example"),
]


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _accepted(source: Path, target: Path) -> set[tuple[str, str]]:
    alignment = align_files(source, target)
    return {(alignment.source_text(b), alignment.target_text(b)) for b in alignment.accepted()}


def test_lines_of_a_br_block_pair_with_the_lines_of_a_text_file(tmp_path: Path) -> None:
    source = _write(tmp_path, "mill.en.html", EN_HTML)
    pairs = _accepted(source, _write(tmp_path, "mill.ja.txt", JA_TEXT))
    assert set(LINES) <= pairs
    assert not any("Press contact" in s and s != "Press contact" for s, _ in pairs)


def test_two_br_blocks_pair_line_by_line_and_as_a_whole_in_the_memory(tmp_path: Path) -> None:
    source = _write(tmp_path, "mill.en.html", EN_HTML)
    target = _write(tmp_path, "mill.ja.html", JA_HTML)
    assert set(LINES) <= _accepted(source, target)
    units = {(u.source, u.target) for u in align_files(source, target).units()}
    assert set(LINES) <= units
    whole = ("<br/> ".join(s for s, _ in LINES), "<br/> ".join(t for _, t in LINES))
    assert whole in units

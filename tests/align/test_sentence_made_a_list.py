"""A sentence a translator made a list of: the list's items (no sentence each) translate
none of the other side's sentences. The paragraph after the list was paired with the
list's first item ('Each route will have two flights a day.' with '仙台線'), and a
sentence with its intro and first item glued ('…次の3駅です。新湊駅'). Lists on both
sides still pair item by item, a Japanese item without '。' with an English one with '.'."""

from __future__ import annotations

from pathlib import Path

from prlocalize.align.batch import align_files

EN = """<html lang="en"><body>
<h1>Skylark Air Adds Three Domestic Routes</h1>
<p>Skylark Air will start three new routes on July 1, 2027: Sendai, Kochi and Miyazaki.</p>
<p>Each route will have two flights a day.</p>
</body></html>
"""
JA = """<html lang="ja"><body>
<h1>スカイラーク航空、国内3路線を新設</h1>
<p>スカイラーク航空は2027年7月1日、次の3路線を新たに開設します。</p>
<ul><li>仙台線</li><li>高知線</li><li>宮崎線</li></ul>
<p>各路線とも1日2便を運航します。</p>
</body></html>
"""
EN_STOPS = """<html lang="en"><body>
<p>Skylark Air will open a lounge at Kochi Airport on July 1, 2027.</p>
<p>The lounge has three areas: a quiet room, a work room and a family room.</p>
<p>It will be open from 6:30 to 20:00.</p>
</body></html>
"""
JA_STOPS = """<html lang="ja"><body>
<p>スカイラーク航空は2027年7月1日、高知空港にラウンジを開設します。</p>
<p>ラウンジは次の3つのエリアで構成されます。</p>
<ul><li>静かに過ごせる部屋</li><li>仕事ができる部屋</li><li>家族向けの部屋</li></ul>
<p>営業時間は6時30分から20時までです。</p>
</body></html>
"""
EN_ITEMS = """<html lang="en"><body>
<p>Skylark Air will change its baggage rules on July 1, 2027.</p>
<ul><li>Each passenger may check two bags.</li><li>Each bag may weigh up to 23 kg.</li></ul>
</body></html>
"""
JA_ITEMS = """<html lang="ja"><body>
<p>スカイラーク航空は2027年7月1日、手荷物の規定を変更します。</p>
<ul><li>お預けいただける手荷物はお一人様2個まで</li><li>1個あたりの重量は23kgまで</li></ul>
</body></html>
"""


def _pairs(tmp_path: Path, en: str, ja: str) -> list[tuple[str, str]]:
    (tmp_path / "r.en.html").write_text(en, encoding="utf-8")
    (tmp_path / "r.ja.html").write_text(ja, encoding="utf-8")
    a = align_files(tmp_path / "r.en.html", tmp_path / "r.ja.html")
    return [(a.source_plain(b), a.target_plain(b)) for b in a.accepted()]


def test_the_paragraph_after_a_list_the_other_side_lacks_keeps_its_pair(tmp_path: Path) -> None:
    pairs = _pairs(tmp_path, EN, JA)
    assert ("Each route will have two flights a day.", "各路線とも1日2便を運航します。") in pairs
    assert not [ja for _, ja in pairs if ja.endswith("線")]


def test_a_sentence_is_not_paired_with_a_list_intro_and_its_first_item(tmp_path: Path) -> None:
    pairs = _pairs(tmp_path, EN_STOPS, JA_STOPS)
    assert not [ja for _, ja in pairs if "部屋" in ja]
    assert ("It will be open from 6:30 to 20:00.", "営業時間は6時30分から20時までです。") in pairs


def test_items_of_lists_on_both_sides_pair_with_or_without_a_full_stop(tmp_path: Path) -> None:
    pairs = _pairs(tmp_path, EN_ITEMS, JA_ITEMS)
    assert ("Each bag may weigh up to 23 kg.", "1個あたりの重量は23kgまで") in pairs

"""Old Japanese pages wrap their paragraphs at a fixed width with ``<br>``
('…クロスローラーベアリ<br>ングを開発しました。'): such a sentence is one unit, not lines."""

from __future__ import annotations

from pathlib import Path

from prlocalize.align.batch import align_files

EN = """<html><head><title>News</title></head><body>
<p>Minase Valve Co., Ltd. has developed a compact ball valve for hydrogen filling stations. The valve is 30% lighter than the current model.</p>
<p>Samples will ship in September.</p>
</body></html>
"""  # noqa: E501
JA = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">
<title>ニュース</title></head><body>
<p>水無瀬バルブ株式会社は、水素ステーション向けの小型ボールバ<br>
ルブを開発しました。従来品より30％軽量で<br>
す。</p>
<p>サンプル出荷は9月に開始します。</p>
</body></html>
"""


def test_a_sentence_wrapped_by_br_pairs_whole(tmp_path: Path) -> None:
    source, target = tmp_path / "valve.en.html", tmp_path / "valve.ja.html"
    source.write_text(EN, encoding="ascii")
    target.write_bytes(JA.encode("shift_jis"))
    alignment = align_files(source, target)
    pairs = {(alignment.source_text(b), alignment.target_text(b)) for b in alignment.accepted()}
    first = (
        "Minase Valve Co., Ltd. has developed a compact ball valve for hydrogen filling stations."
    )
    assert any(
        s == first and t.startswith("水無瀬バルブ株式会社") and t.endswith("開発しました。")
        for s, t in pairs
    )
    assert any(
        s.startswith("The valve is 30%") and t.startswith("従来品より30％") for s, t in pairs
    )

"""A quotation is translated as a quotation: the English '“…,” said Professor Ito.' pairs
with 伊藤教授は「…」と述べています, not with a note only the Japanese version adds."""

from __future__ import annotations

from pathlib import Path

from prlocalize.align.batch import align_files

EN = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Tide sensor</title></head><body>
<h1>Umikaze Instruments and Shonan University Develop a Tide Sensor</h1>
<p>Umikaze Instruments Co., Ltd. and Shonan University have developed a sensor that measures
tides to within 2 millimeters. The sensor runs for five years on one battery.</p>
<p>Field tests began at 14 ports in Kanagawa Prefecture in June.</p>
<p>“Ports will see a storm surge coming hours earlier than they do today,” said Professor
Ito of Shonan University.</p>
<h2>About Umikaze Instruments Co., Ltd.</h2>
<p>Umikaze Instruments Co., Ltd. makes marine instruments. It was founded in 1978 in
Fujisawa.</p>
</body></html>
"""
JA = """<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>潮位センサー</title></head><body>
<h1>海風計器と湘南大学、潮位センサーを開発</h1>
<p>海風計器株式会社と湘南大学は、潮位を誤差2ミリ以内で測るセンサーを開発しました。センサーは電池1個で5年間作動します。</p>
<p>6月から神奈川県内の14港で実証試験を始めています。</p>
<p>なお、本センサーは2026年の国際海洋技術展に出展する予定です。</p>
<p>湘南大学の伊藤教授は「このセンサーによって、全国の港では、台風による高潮の接近を今よりも数時間早く知ることができるようになり、準備ができます」と述べています。</p>
<h2>海風計器株式会社について</h2>
<p>海風計器株式会社は海洋計測機器メーカーです。1978年に藤沢で創業しました。</p>
</body></html>
"""


def test_a_quotation_pairs_with_the_quotation(tmp_path: Path) -> None:
    (tmp_path / "tide.en.html").write_text(EN, encoding="utf-8")
    (tmp_path / "tide.ja.html").write_text(JA, encoding="utf-8")
    alignment = align_files(tmp_path / "tide.en.html", tmp_path / "tide.ja.html")
    pairs = {(alignment.source_text(b), alignment.target_text(b)) for b in alignment.accepted()}
    quote = next(s for s, _ in pairs if s.startswith("“Ports"))
    assert (quote, next(t for _, t in pairs if t.startswith("湘南大学の伊藤"))) in pairs
    assert not any(t.startswith("なお") for _, t in pairs)

"""Lines of a contact block keep their order when their lengths say little: the pass
that re-pairs reordered list items and roster lines must price an item it leaves
unpaired as the monotone path does (an inner gap), not as a cheap gap at a page's end."""

from __future__ import annotations

from pathlib import Path

from prlocalize.align.batch import align_files

EN = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Kumo Airways</title></head>
<body>
<h1>Kumo Airways Adds Flights to Busan</h1>
<p>Kumo Airways Co., Ltd. will add a daily flight between Fukuoka and Busan from March 29, 2026.</p>
<p>The flight will use a 174-seat aircraft. Tickets go on sale on January 15.</p>
<p>“Busan is our busiest route outside Japan,” said Haruka Ueda, President of Kumo Airways.</p>
<p>About Kumo Airways</p>
<p>Kumo Airways Co., Ltd. was founded in 2009 in Fukuoka and flies to 11 cities in Japan and Korea.
It carried 2.4 million passengers in 2025.</p>
<p>For media inquiries<br>
Corporate Communications, Kumo Airways Co., Ltd.<br>
Phone: +81-92-555-0123<br>
E-mail: media@kumo-air.example</p>
<footer><p>© 2026 Kumo Airways Co., Ltd. All rights reserved.</p></footer>
</body></html>
"""
KO = """<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8"><title>Kumo Airways</title></head>
<body>
<h1>구모항공, 부산 노선 증편</h1>
<p>구모항공은 2026년 3월 29일부터 후쿠오카-부산 노선을 하루 1회 증편한다.</p>
<p>이 노선에는 174석 항공기가 투입된다. 항공권은 1월 15일부터 판매된다.</p>
<p>우에다 하루카 구모항공 사장은 "부산은 일본 외 가장 많은 승객이 이용하는 노선"이라고 말했다.</p>
<p>구모항공 소개</p>
<p>구모항공은 2009년 후쿠오카에서 설립된 항공사로 한국과 일본 11개 도시에 취항하고 있다.
2025년 승객 수는 240만 명이었다.</p>
<p>언론 문의<br>
구모항공 커뮤니케이션팀<br>
전화: +81-92-555-0123<br>
이메일: media@kumo-air.example</p>
<footer><p>© 2026 Kumo Airways Co., Ltd. All rights reserved.</p></footer>
</body></html>
"""


def test_contact_lines_pair_in_order(tmp_path: Path) -> None:
    (tmp_path / "busan.en.html").write_text(EN, encoding="utf-8")
    (tmp_path / "busan.ko.html").write_text(KO, encoding="utf-8")
    alignment = align_files(tmp_path / "busan.en.html", tmp_path / "busan.ko.html")
    pairs = {(alignment.source_text(b), alignment.target_text(b)) for b in alignment.accepted()}
    assert ("For media inquiries", "구모항공 커뮤니케이션팀") not in pairs
    assert ("Phone: +81-92-555-0123", "전화: +81-92-555-0123") in pairs
    company = "Corporate Communications, Kumo Airways Co., Ltd."
    assert not any(t == "구모항공 커뮤니케이션팀" and s != company for s, t in pairs)

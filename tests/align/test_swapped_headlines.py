"""A Japanese release often leads with its subheadline and puts the headline under it;
the English keeps headline, then subheadline. The monotone path paired the English
headline with the Japanese subheadline (accepted at 0.52) and left both others
unpaired. Two neighbouring one-sentence blocks at the head of a page, swapped, are now
paired across when that is clearly cheaper; pages in the same order are left as they were."""

from __future__ import annotations

from pathlib import Path

from prlocalize.align.batch import align_files

HEAD_EN = (
    "<h1>Kumo Airways Adds a Daily Flight to Busan</h1>\n"
    '<p class="lead">174-seat aircraft to fly from March 29, 2026</p>\n'
)
HEAD_JA = (
    '<h1>くも航空、釜山線を毎日運航へ</h1>\n<p class="lead">174席の機材で2026年3月29日から</p>\n'
)
LEAD_FIRST_JA = (
    '<p class="lead">174席の機材で2026年3月29日から</p>\n<h1>くも航空、釜山線を毎日運航へ</h1>\n'
)
BODY_EN = (
    "<p>Kumo Airways Co., Ltd. will fly daily between Fukuoka and Busan from March 29, 2026.</p>\n"
    "<p>Tickets go on sale on January 15.</p>\n"
)
BODY_JA = (
    "<p>くも航空株式会社は、2026年3月29日から福岡―釜山線を毎日運航します。</p>\n"
    "<p>航空券は1月15日に発売します。</p>\n"
)


def _page(lang: str, body: str) -> str:
    head = '<head><meta charset="utf-8"></head>'
    return f'<!DOCTYPE html>\n<html lang="{lang}">{head}\n<body>\n{body}</body></html>\n'


def _pairs(tmp_path: Path, ja_head: str) -> set[tuple[str, str]]:
    (tmp_path / "busan.en.html").write_text(_page("en", HEAD_EN + BODY_EN), encoding="utf-8")
    (tmp_path / "busan.ja.html").write_text(_page("ja", ja_head + BODY_JA), encoding="utf-8")
    alignment = align_files(tmp_path / "busan.en.html", tmp_path / "busan.ja.html")
    return {(alignment.source_text(b), alignment.target_text(b)) for b in alignment.accepted()}


EXPECTED_HEAD = {
    ("Kumo Airways Adds a Daily Flight to Busan", "くも航空、釜山線を毎日運航へ"),
    ("174-seat aircraft to fly from March 29, 2026", "174席の機材で2026年3月29日から"),
}


def test_a_subheadline_put_above_the_headline(tmp_path: Path) -> None:
    pairs = _pairs(tmp_path, LEAD_FIRST_JA)
    assert pairs >= EXPECTED_HEAD
    assert len(pairs) == 4


def test_a_head_in_the_same_order_is_left_alone(tmp_path: Path) -> None:
    pairs = _pairs(tmp_path, HEAD_JA)
    assert pairs >= EXPECTED_HEAD
    assert len(pairs) == 4

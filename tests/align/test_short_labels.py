"""Labels and headings of a few words are paired though their lengths are off by a word
('About Sora Beverages Co., Ltd.' and '소라음료 소개', 'For media inquiries' and
'언론 문의'), in a release long enough that the spread of its lengths is fitted tight."""

from __future__ import annotations

from pathlib import Path

from prlocalize.align.batch import align_files

DATA = Path(__file__).parent / "data" / "short_labels"


def test_short_headings_and_labels_pair_with_their_short_translations() -> None:
    alignment = align_files(DATA / "launch.en.html", DATA / "launch.ko.html")
    pairs = {(alignment.source_text(b), alignment.target_text(b)) for b in alignment.accepted()}
    assert ("About Sora Beverages Co., Ltd.", "소라음료 소개") in pairs
    assert ("For media inquiries", "언론 문의") in pairs

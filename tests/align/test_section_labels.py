"""A short label opens a section of a release: 'About Aoba Paper' / '会社概要' / '회사 소개'
the company's boilerplate, 'Media contact' / 'お問い合わせ先' / '문의' the contact block.
Boilerplate and contact blocks are often on one side only, and two short labels cost
little by length, so 'About Aoba Paper' paired with 【本件に関するお問い合わせ先】 at
0.77 and went into the memory. Labels of two different sections are never a pair."""

from __future__ import annotations

from pathlib import Path

import pytest

from prlocalize.align.anchors import extract
from prlocalize.align.batch import align_files

EN = """Aoba Paper Opens a Mill in Tottori

Aoba Paper Co., Ltd. opened a new mill in Tottori on October 3, 2025.

The mill makes 40,000 tons of recycled cardboard a year.

About Aoba Paper

Aoba Paper Co., Ltd. was founded in 1948 and makes paper and cardboard for retailers across Japan.
"""
JA = """青葉製紙、鳥取に新工場を開設

青葉製紙株式会社は、2025年10月3日、鳥取に新工場を開設しました。

新工場では、年間4万トンの再生段ボールを生産します。

【本件に関するお問い合わせ先】
青葉製紙株式会社　広報部
"""


def test_about_label_does_not_pair_with_a_contact_label(tmp_path: Path) -> None:
    source = tmp_path / "mill.en.txt"
    source.write_text(EN, encoding="utf-8")
    target = tmp_path / "mill.ja.txt"
    target.write_text(JA, encoding="utf-8")
    alignment = align_files(source, target)
    accepted = {alignment.source_text(b): alignment.target_text(b) for b in alignment.accepted()}
    assert "About Aoba Paper" not in accepted
    assert accepted["The mill makes 40,000 tons of recycled cardboard a year."].startswith("新工場")


@pytest.mark.parametrize(
    ("text", "section"),
    [
        ("About Aoba Paper", "about"),
        ("会社概要", "about"),
        ("青葉製紙について", "about"),
        ("회사 소개", "about"),
        ("Media contact", "contact"),
        ("For media inquiries", "contact"),
        ("【本件に関するお問い合わせ先】", "contact"),
        ("報道関係者お問い合わせ先", "contact"),
        ("언론 문의", "contact"),
        ("The mill makes 40,000 tons of recycled cardboard a year.", ""),
        ("Aboutique opens in Paris", ""),
    ],
)
def test_section_of_a_label(text: str, section: str) -> None:
    assert extract(text).section == section

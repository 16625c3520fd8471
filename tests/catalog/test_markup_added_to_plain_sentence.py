"""PR406 on a sentence without markup whose translation writes an element: build
refused to publish it (the source sentence went out instead) while check said nothing,
so a reviewer learned of it only from the published page."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes, translation_findings


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "tag"),
    [
        (
            "ja",
            "Kogane Dairy opens a tasting room in Otaru.",
            "黄金乳業、小樽に<br>試飲室を開設",
            "<br>",
        ),
        (
            "ko",
            "Tickets go on sale on May 2.",
            '입장권은 5월 2일부터 판매한다.<img src="x" onerror="alert(1)">',
            "<img>",
        ),
        (
            "ja",
            "The plant employs 140 people.",
            "同工場の従業員数は140人です。<script>track()</script>",
            "<script>",
        ),
    ],
)
def test_an_element_in_a_plain_sentences_translation_is_reported(
    locale: str, msgid: str, msgstr: str, tag: str
) -> None:
    found = [f for f in translation_findings(locale, msgid, msgstr) if f.code == "PR406"]
    assert [f.message for f in found] == [f"Inline markup '{tag}' not in the source"]


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        ("<Japan> Kogane Dairy", "<日本> 黄金乳業"),  # a bracketed label is text
        ("<Japan> Kogane Dairy", "<Japan> 黄金乳業"),
        ("Press <Select> on the ticket machine.", "券売機の<Select>を押してください。"),
        ("Kogane Dairy & Co. <Tokyo>", "黄金乳業&Co.<東京>"),
    ],
)
def test_brackets_that_are_text_are_no_markup(msgid: str, msgstr: str) -> None:
    assert "PR406" not in translation_codes("ja", msgid, msgstr)

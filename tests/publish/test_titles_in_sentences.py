"""A ``title`` inside a sentence ('<a href=… title="Our Kobe plant">the plant</a>',
'<abbr title="Fiscal year">FY</abbr>') is a catalog entry of its own; it used to stay in
the source language whenever its sentence was translated (the sentence's replacement
copied the source element's attributes over it) or stood in for a missing translation
(the source range was published as it stands)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from click.testing import Result
from translated_page import built_page

RELEASE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Kobe plant</title></head>
<body>
<p>Sales at <a href="/kobe/" title="Our Kobe plant" class="site">the plant</a> rose in \
<abbr title="Fiscal year">FY</abbr> 2026.</p>
<p>Read <a href="/faq/" title="Answers to common questions">the FAQ</a> first.</p>
</body></html>
"""
TRANSLATIONS = {
    "Kobe plant": "神戸工場",
    "Our Kobe plant": '当社の"神戸工場"',
    "Fiscal year": "会計年度",
    "Answers to common questions": "よくある質問への回答",
}
SENTENCE = (
    'Sales at <a href="/kobe/">the plant</a> rose in <abbr>FY</abbr> 2026.',
    '<a href="/kobe/">工場</a>の売上は<abbr>FY</abbr>2026に増加した。',
)


def test_a_title_in_a_sentence_is_published_translated(
    run_cli: Callable[..., Result], tmp_path: Path
) -> None:
    translations = {**TRANSLATIONS, SENTENCE[0]: SENTENCE[1]}
    page, _ = built_page(run_cli, tmp_path, "kobe.html", RELEASE, translations, every_message=False)
    # the translated sentence: its link and abbreviation carry their titles translated
    assert (
        '<p><a href="/kobe/" title=\'当社の"神戸工場"\' class="site">工場</a>の売上は'
        '<abbr title="会計年度">FY</abbr>2026に増加した。</p>'
    ) in page
    # the untranslated one stands in, marked as English, with its title translated
    assert (
        '<p><span lang="en">Read <a href="/faq/" title="よくある質問への回答">the FAQ</a>'
        " first.</span></p>"
    ) in page
    assert "Our Kobe plant" not in page and "Fiscal year" not in page

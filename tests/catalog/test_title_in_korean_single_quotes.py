"""PR408 on an English title a Korean translation keeps in the single quotes Korean sets
titles in ('국제학술지 'Neurology Open'에 게재됐다', ‘Nature’): an official name kept
as the source writes it, as one in 「」 or in italics is; an English sentence left in
single quotes is still source-language text."""

from __future__ import annotations

from catalog_support import translation_codes

MSGID = (
    "The findings were published on June 26 in the journal Neurology Open "
    "(doi:10.1000/no.2026.0412)."
)
MSGID_QUOTE = "He said the results were very encouraging for the whole team."


def test_a_journal_title_kept_in_single_quotes() -> None:
    msgstr = (
        "연구 결과는 6월 26일 국제학술지 'Neurology Open'(doi:10.1000/no.2026.0412)에 게재됐다."
    )
    assert translation_codes("ko", MSGID, msgstr, with_info=False) == []
    curly = "연구 결과는 6월 26일 국제학술지 ‘Neurology Open’(doi:10.1000/no.2026.0412)에 게재됐다."
    assert translation_codes("ko", MSGID, curly, with_info=False) == []


def test_a_sentence_left_in_single_quotes() -> None:
    msgstr = "그는 'the results were very encouraging for the whole team'이라고 말했다."
    assert translation_codes("ko", MSGID_QUOTE, msgstr, with_info=False) == ["PR408"]

"""PR405 on a site written with neither scheme nor 'www.' ('island.haewoon.co.kr',
'example.co.jp/news'), as releases give their sites: it was no address to the catalog
checks, so a translation that changed it ('island-haewoon.co.kr') passed."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

from prlocalize.catalog.compare import links


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "codes"),
    [
        (
            "en",
            "자세한 사항은 예약 누리집(island.haewoon.co.kr)에서 확인할 수 있다.",
            "Details are available on the booking site (island-haewoon.co.kr).",
            ["PR405"],
        ),
        (
            "en",
            "詳細はexample.co.jp/newsをご覧ください。",
            "See example.co.jp/new for details.",
            ["PR405"],
        ),
        # kept, or written with its scheme or 'www.': the same site
        (
            "en",
            "자세한 사항은 예약 누리집(island.haewoon.co.kr)에서 확인할 수 있다.",
            "Details are available on the booking site (island.haewoon.co.kr).",
            [],
        ),
        ("ja", "Visit example.com/news for details.", "詳細はhttps://example.com/newsへ。", []),
        ("ko", "Visit example.com for details.", "자세한 내용은 www.example.com에서 보세요.", []),
    ],
)
def test_a_bare_site_changed_in_the_translation(
    locale: str, msgid: str, msgstr: str, codes: list[str]
) -> None:
    assert [c for c in translation_codes(locale, msgid, msgstr) if c == "PR405"] == codes


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Visit example.com/news today.", ["example.com/news"]),
        ("詳細はexample.co.jpをご覧ください", ["example.co.jp"]),
        ("pr@example.co.jp", ["pr@example.co.jp"]),  # an e-mail address whole
        ("U.S. sales rose; Sakura Co., Ltd. and Node.js, e.g. v1.2.3", []),
    ],
)
def test_bare_sites_are_read_as_addresses(text: str, found: list[str]) -> None:
    assert [value for value, _, _ in links(text)] == found

"""PR404: '1回5分以内', '1회 최대 10분', '1回最大3GB' give what each call, use or session may
last or take ('calls of up to five minutes each', 'up to 10 minutes per call'), whose '1'
is no figure of the translation's: a carrier's free domestic calls were reported '1'
missing. The length itself is still compared, and an ordinal's '第1回' still counts."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

CALLS = "国内通話は1回5分以内無料です。"


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        (CALLS, "Domestic calls of up to five minutes each are free."),
        (CALLS, "Domestic calls are free for up to 5 minutes per call."),
        ("국내 통화는 1회 최대 10분까지 무료다.", "Domestic calls are free for up to 10 minutes."),
        (
            "テザリングは1回最大3GBまで利用できます。",
            "Tethering is available for up to 3 GB per use.",
        ),
    ],
)
def test_what_each_call_may_last_is_kept(msgid: str, msgstr: str) -> None:
    assert "PR404" not in translation_codes("en", msgid, msgstr, with_info=False)


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        (CALLS, "Domestic calls of up to 15 minutes each are free."),
        ("국내 통화는 1회 최대 10분까지 무료다.", "Domestic calls are free for up to 30 minutes."),
        ("第1回 5分間スピーチ", "The 5-minute speech"),
    ],
)
def test_a_length_changed_or_an_ordinal_left_out_is_reported(msgid: str, msgstr: str) -> None:
    assert "PR404" in translation_codes("en", msgid, msgstr, with_info=False)

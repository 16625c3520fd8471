"""PR410: a listing the source says is kept ('상장은 유지된다', '上場は維持される', 'will
remain listed') said as ended in the translation ('will be delisted', '上場廃止となる',
'상장 폐지된다'), or the other way round, is reported. A delisting said not to happen
('will not be delisted', '上場廃止とはなりません', '상장 폐지되지 않는다') is the listing
kept, and a sentence naming one company delisted and another kept says both."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

KEPT_KO = "합병 후에도 한빛바이오의 코스닥 상장은 유지된다."
KEPT_JA = "本公開買付け成立後も、対象者株式の上場は維持される予定です。"
ENDED_EN = "Hanbit Pharma will be delisted upon the merger."
BOTH_KO = "한빛제약은 합병과 함께 상장 폐지되며, 한빛바이오의 상장은 유지된다."


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", KEPT_KO, "Hanbit Bio will remain listed on the KOSDAQ after the merger."),
        ("en", KEPT_KO, "Hanbit Bio will not be delisted from the KOSDAQ after the merger."),
        ("en", KEPT_KO, "Hanbit Bio's listing on the KOSDAQ will be maintained after the merger."),
        ("ja", KEPT_KO, "合併後もハンビットバイオはKOSDAQ上場廃止とはなりません。"),
        ("ko", KEPT_JA, "공개매수 성립 후에도 대상회사 주식은 상장 폐지되지 않을 예정이다."),
        ("ko", ENDED_EN, "한빛제약은 합병과 함께 상장 폐지된다."),
        ("en", KEPT_JA, "The target's shares are not expected to be delisted after the offer."),
        ("en", KEPT_JA, "No delisting of the target's shares is planned after the offer."),
        ("ko", KEPT_JA, "공개매수 후 대상회사 주식이 상장 폐지될 계획은 없다."),
        (
            "en",
            BOTH_KO,
            "Hanbit Pharma will be delisted upon the merger, while Hanbit Bio remains listed.",
        ),
    ],
)
def test_same_side(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR410" not in translation_codes(locale, msgid, msgstr, with_info=False)


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", KEPT_KO, "Hanbit Bio will be delisted from the KOSDAQ after the merger."),
        ("ja", KEPT_KO, "合併後、ハンビットバイオはKOSDAQ上場廃止となる。"),
        ("ko", KEPT_JA, "공개매수 성립 후 대상회사 주식은 상장 폐지될 예정이다."),
        ("ko", ENDED_EN, "한빛제약은 합병 후에도 상장이 유지된다."),
    ],
)
def test_opposite_side(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR410" in translation_codes(locale, msgid, msgstr, with_info=False)

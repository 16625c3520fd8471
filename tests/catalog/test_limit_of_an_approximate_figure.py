"""PR410 on a limit of an approximate figure ('最大約12万3,000件', '최대 약 5만 명', 'up to
approximately 48,000'): a translation that keeps the approximation but drops the limit
('약 12만 3,000건', 'approximately 123,000') is reported; one that keeps both, or says the
limit otherwise ('a maximum of', 'as many as'), is not. The figure is read whole past its
ten-thousands ('12万3,000')."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

RECORDS = "最大約12万3,000件の会員情報が流出した可能性があります。"
KO_USERS = "최대 약 5만 명의 정보가 유출됐을 가능성이 있다."
EN_USERS = "Records of up to approximately 48,000 users may have been exposed."


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ko", RECORDS, "최대 약 12만 3,000건의 회원 정보가 유출됐을 가능성이 있습니다."),
        ("en", RECORDS, "Up to approximately 123,000 member records may have been leaked."),
        ("en", RECORDS, "A maximum of approximately 123,000 member records may have leaked."),
        ("en", RECORDS, "As many as about 123,000 member records may have been leaked."),
        ("ja", KO_USERS, "最大約5万人の情報が流出した可能性がある。"),
        ("en", KO_USERS, "Data on up to some 50,000 people may have been leaked."),
        ("ko", EN_USERS, "최대 약 4만 8,000명의 기록이 노출됐을 가능성이 있다."),
        ("ja", EN_USERS, "最大約4万8,000人分の記録が流出した可能性がある。"),
    ],
)
def test_the_limit_and_the_approximation_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ko", RECORDS, "약 12만 3,000건의 회원 정보가 유출됐을 가능성이 있습니다."),
        ("en", RECORDS, "Approximately 123,000 member records may have been leaked."),
        ("ja", KO_USERS, "約5万人の情報が流出した可能性がある。"),
        ("ko", EN_USERS, "약 4만 8,000명의 기록이 노출됐을 가능성이 있다."),
    ],
)
def test_the_limit_dropped_reported(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr) == ["PR410"]

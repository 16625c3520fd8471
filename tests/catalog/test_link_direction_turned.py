"""A network's top speeds by their direction, the download (downlink, '下り', '다운로드') or
the upload (uplink, '上り', '업로드'): a translation that gives the two directions each
other's speeds ('下り最大4.9Gbps、上り最大1.2Gbps' as 'uplink … 4.9 Gbps, downlink … 1.2
Gbps'), or that moves the one speed the source gives to the other direction, keeps every
figure, so the figures matched (PR404 for a swap, PR410 for one direction turned). Each
speed with its own direction, however it is worded, stays silent, and so do a train's
'上り線' and an app's downloads."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

BOTH_EN = "The service offers up to 4.9 Gbps downlink and up to 1.2 Gbps uplink."
BOTH_JA = "下り最大4.9Gbps、上り最大1.2Gbpsのサービスを提供します。"
ONE_JA = "5G SAエリア外では、4G LTEで下り最大2.1Gbpsで接続します。"


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ko", BOTH_EN, "다운로드 최대 4.9Gbps, 업로드 최대 1.2Gbps의 서비스를 제공한다."),
        ("ja", BOTH_EN, "下り最大4.9Gbps、上り最大1.2Gbpsのサービスを提供します。"),
        (
            "en",
            BOTH_JA,
            "It offers downlink speeds of up to 4.9 Gbps and uplink speeds of up to 1.2 Gbps.",
        ),
        ("en", BOTH_JA, "It offers up to 4.9 Gbps downlink and up to 1.2 Gbps uplink."),
        ("en", "下り最大4.9Gbpsです。", "Up to 4.9 Gbps download."),
        ("en", ONE_JA, "Outside 5G SA, 4G LTE gives up to 2.1 Gbps downlink."),
        ("en", ONE_JA, "Outside 5G SA, 4G LTE download speeds reach up to 2.1 Gbps."),
        # a train's line and an app's downloads are no direction of a network
        (
            "en",
            "上り線は3本、下り線は5本が運休。",
            "Three inbound and five outbound trains were cancelled.",
        ),
        ("en", "앱 다운로드 1000만 건을 돌파했다.", "It passed 10 million uploads and downloads."),
    ],
)
def test_each_speed_kept_with_its_direction(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "code"),
    [
        ("ko", BOTH_EN, "업로드 최대 4.9Gbps, 다운로드 최대 1.2Gbps의 서비스를 제공한다.", "PR404"),
        ("ja", BOTH_EN, "上り最大4.9Gbps、下り最大1.2Gbpsのサービスを提供します。", "PR404"),
        (
            "en",
            BOTH_JA,
            "It offers downlink speeds of up to 1.2 Gbps and uplink speeds of up to 4.9 Gbps.",
            "PR404",
        ),
        ("ja", "Up to 2.1 Gbps downlink over 4G LTE.", "4G LTEで上り最大2.1Gbpsです。", "PR410"),
        ("en", ONE_JA, "Outside 5G SA, 4G LTE gives up to 2.1 Gbps uplink.", "PR410"),
        ("en", "업로드 최대 200Mbps를 지원한다.", "Download speeds of up to 200 Mbps.", "PR410"),
        ("en", "下り最大4.9Gbpsです。", "Up to 4.9 Gbps upload.", "PR410"),
    ],
)
def test_a_direction_turned_is_reported(locale: str, msgid: str, msgstr: str, code: str) -> None:
    assert translation_codes(locale, msgid, msgstr) == [code]

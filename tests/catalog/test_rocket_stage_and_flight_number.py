"""PR404 on a rocket's stage and a launcher's flight by their numbers ('1단 엔진', '2段エンジン',
'1段目'; '5号機', '5호기'): an ordinal, which English says in words ('the first-stage
engine', 'the fifth flight'). '1단' was read as a loose 1, so the usual English of a
Korean launch release was reported as '1' missing; and '4号機' was no number in order, so
'the fifth flight' given as '4号機' went unreported. A count of steps ('3단계') stays a
count, and another ordinal is still reported."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

FIFTH = "This will be the fifth flight of the K3 rocket."


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", "1단 엔진 연소시험을 마쳤다.", "The first-stage engine firing test was completed."),
        ("en", "2단 분리에 성공했다.", "Second-stage separation succeeded."),
        ("en", "1단은 약 150초간 연소한다.", "The first stage burns for about 150 seconds."),
        ("en", "1段と2段の分離に成功した。", "The first and second stages separated successfully."),
        ("en", "한빛-1은 2단으로 구성된다.", "Hanbit-1 has two stages."),
        ("en", "1段目の燃焼を終えた。", "The first stage completed its burn."),
        ("en", "2段エンジンを試験した。", "The second-stage engine was tested."),
        ("ja", FIFTH, "今回はK3ロケット5号機の打ち上げとなります。"),
        ("ko", FIFTH, "이번 발사는 K3 로켓 5호기 발사다."),
        ("en", "K3ロケット5号機を打ち上げる。", "We will launch the fifth K3 rocket."),
        ("en", "K3ロケット5号機を打ち上げる。", "We will launch K3 Flight No. 5."),
        ("en", "原子力発電所2号機が再稼働した。", "Unit 2 of the nuclear power plant restarted."),
    ],
)
def test_the_ordinal_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", "1단 엔진 연소시험을 마쳤다.", "The second-stage engine firing test was completed."),
        ("ja", FIFTH, "今回はK3ロケット4号機の打ち上げとなります。"),
        ("ko", FIFTH, "이번 발사는 K3 로켓 6호기 발사다."),
        ("en", "K3ロケット5号機を打ち上げる。", "We will launch the sixth K3 rocket."),
        # (the satellite's name with the same number takes its own, not the flight's)
        ("ja", "We fly Hoshizora-4 on the fifth flight.", "4号機でほしぞら4号を打ち上げます。"),
        ("en", "3단계로 진행된다.", "It proceeds in the third step."),
        ("en", "1단은 약 150초간 연소한다.", "The second stage burns for about 150 seconds."),
    ],
)
def test_the_ordinal_changed(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr) == ["PR404"]

"""PR410: the side of a vehicle a recall names its part by, turned in the translation:
left / right ('left front' as '右前輪'), front / rear ('rear-view camera' as '전방
카메라'), driver / passenger ('driver-side' as '조수석'), upper / lower ('lower control
arm' as '어퍼 컨트롤 암'). Both sides named, neither, and the words that name no side
('left' the verb, '左記', '좌석', 'in front of', 'lower prices') stay silent."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

BOLT_EN = "The left front lower control arm bolt may loosen over time."
CAMERA_EN = "The rear-view camera image may not display when the vehicle is in reverse."
BELT_EN = "The driver-side seat belt pretensioner may not deploy in a crash."
LATCH_KO = "후방 트렁크 잠금장치가 주행 중 열릴 가능성이 있다."
AIRBAG_JA = "助手席側エアバッグのインフレータが破損するおそれがあります。"


def _turned(locale: str, msgid: str, msgstr: str) -> list[str]:
    found = translation_findings(locale, msgid, msgstr)
    return [
        f.found
        for f in found
        if f.code == "PR410" and ("opposite" in f.message or "one side only" in f.message)
    ]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "found"),
    [
        ("ja", BOLT_EN, "右前輪のロワーコントロールアームのボルトが緩むおそれがあります。", "右"),
        ("ko", BOLT_EN, "좌측 앞바퀴 어퍼 컨트롤 암 볼트가 풀릴 수 있다.", "어퍼"),
        ("ko", CAMERA_EN, "후진 시 전방 카메라 영상이 표시되지 않을 수 있다.", "전방"),
        ("ko", BELT_EN, "충돌 시 조수석 안전벨트 프리텐셔너가 작동하지 않을 수 있다.", "조수석"),
        ("en", LATCH_KO, "The front trunk latch may open while driving.", "front"),
        ("en", AIRBAG_JA, "The inflator of the driver-side airbag may rupture.", "driver-side"),
        ("ko", AIRBAG_JA, "운전석 에어백 인플레이터가 파손될 우려가 있습니다.", "운전석"),
        # both sides in the source, one in the translation
        (
            "en",
            "左右のヘッドランプ内部に水が浸入するおそれがあります。",
            "Water may enter the right headlamp.",
            "right",
        ),
        (
            "ko",
            "Water may enter the left and right headlamps.",
            "왼쪽 헤드램프 내부에 물이 들어갈 수 있다.",
            "왼쪽",
        ),
    ],
)
def test_a_side_turned_is_reported(locale: str, msgid: str, msgstr: str, found: str) -> None:
    assert _turned(locale, msgid, msgstr) == [found]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", BOLT_EN, "左前輪のロワーコントロールアームのボルトが緩むおそれがあります。"),
        ("ko", BOLT_EN, "좌측 앞바퀴 로어 컨트롤 암 볼트가 풀릴 수 있다."),
        ("ja", CAMERA_EN, "後退時にバックカメラの映像が表示されない場合があります。"),
        ("ko", BELT_EN, "충돌 시 운전석 안전벨트 프리텐셔너가 작동하지 않을 수 있다."),
        ("en", LATCH_KO, "The rear trunk latch may open while driving."),
        ("en", AIRBAG_JA, "The front passenger airbag inflator may rupture."),
        # both sides, or neither
        (
            "en",
            "左右のドアミラーを点検します。",
            "Dealers will inspect the left and right mirrors.",
        ),
        (
            "ja",
            "Both front and rear brakes will be inspected.",
            "前輪と後輪のブレーキを点検します。",
        ),
        (
            "en",
            "左右のヘッドランプ内部に水が浸入するおそれがあります。",
            "Water may enter the left and right headlamps.",
        ),
        (
            "ko",
            "左右のヘッドランプ内部に水が浸入するおそれがあります。",
            "좌우 헤드램프 내부에 물이 들어갈 우려가 있습니다.",
        ),
        ("en", "天候が売上を左右する。", "Sales on the left bank depend on the weather."),
        # words that name no side of a part
        (
            "ja",
            "The company left the market in 2019.",
            "同社は2019年、右肩下がりの市場から撤退した。",
        ),
        ("ko", "詳細は左記のとおりです。", "자세한 내용은 오른쪽과 같습니다."),
        ("ja", "The right to vote is set out below.", "左記のとおり投票権を定めます。"),
        ("ja", "Meet in front of the rear entrance.", "後方入口の前で集合します。"),
        ("ja", "We will lower prices on upper floors.", "上層階の価格を下げます。"),
        ("en", "좌석 수는 7석이다.", "It has seven seats on the right side."),
    ],
)
def test_the_side_kept_or_none_is_silent(locale: str, msgid: str, msgstr: str) -> None:
    assert _turned(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        # '전면', '前面' are also 'full-scale' and 'to the fore'
        ("ko", "The rear seats were redesigned.", "뒷좌석 디자인을 전면 개편했다."),
        ("en", "新モデルを前面に打ち出し、後部座席も刷新した。",
         "It put the new model to the fore and refreshed the rear seats."),
        ("ko", "Rear parking sensors are now standard.", "후방 주차 센서가 전면 기본 사양이 됐다."),
        # katakana and Hangul words that hold a side's letters: area, carrier, floor
        ("ja", "The front seat area was redesigned.", "前席エリアを刷新した。"),
        ("ja", "The front carrier rack may crack.", "フロントキャリアが破損するおそれがある。"),
        ("ja", "The upper anchorage on the floor may loosen.",
         "フロア上部のアンカーが緩むおそれがある。"),
        ("ko", "The front luggage carrier may crack.", "프런트 캐리어에 균열이 생길 수 있다."),
        ("ko", "The upper anchor on the floor may loosen.", "플로어 상부 앵커가 풀릴 수 있다."),
        ("ja", "Check the front of the vehicle in the parking area.",
         "駐車エリアで車両を確認してください。"),
        ("ja", "The upper tether strap is stored under the floor.",
         "テザーストラップはフロア下に収納されています。"),
        ("ko", "Load the bags at the front.", "가방은 캐리어에 싣는다."),
        ("ko", "The upper tether strap is stored under the floor.",
         "테더 스트랩은 플로어 아래에 보관된다."),
    ],
)  # fmt: skip
def test_words_of_another_sense_stay_silent(locale: str, msgid: str, msgstr: str) -> None:
    assert _turned(locale, msgid, msgstr) == []

"""PR410 between Japanese and Korean: a Japanese adjective said not to hold ('大きくない',
'高くなかった', '難しくなく') is a negation the translation must keep ('클 전망이다' for
'大きくない見通し' is reported); a degree next to none is the translation's word for 'not
large' ('軽微', '미미', '경미', '제한적'), and '少なくない' (many) and '遠くない将来' (soon)
say something positive."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings


def _negations(locale: str, msgid: str, msgstr: str) -> list[str]:
    return [f.found for f in translation_findings(locale, msgid, msgstr) if f.code == "PR410"]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "ko",
            "新工場の稼働による影響は大きくない見通しです。",
            "신공장 가동에 따른 영향은 클 전망이다.",
        ),
        ("ko", "前期の収益性は高くなかった。", "전기 수익성은 높았다."),
        ("ko", "設定は難しくなく、誰でも使えます。", "설정이 어렵고 누구나 쓸 수 있다."),
        (
            "en",
            "新工場の稼働による影響は大きくない見通しです。",
            "The new plant will have a large impact.",
        ),
    ],
)
def test_adjective_negation_dropped_is_reported(locale: str, msgid: str, msgstr: str) -> None:
    assert _negations(locale, msgid, msgstr) != []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "ko",
            "新工場の稼働による影響は大きくない見通しです。",
            "신공장 가동에 따른 영향은 크지 않을 전망이다.",
        ),
        (
            "ko",
            "新工場の稼働による影響は大きくない見通しです。",
            "신공장 가동에 따른 영향은 미미할 전망이다.",
        ),
        (
            "ko",
            "新工場の稼働による影響は大きくない見通しです。",
            "신공장 가동에 따른 영향은 제한적일 전망이다.",
        ),
        (
            "ja",
            "신공장 가동에 따른 영향은 크지 않을 전망이다.",
            "新工場の稼働による影響は軽微にとどまる見通しだ。",
        ),
        ("ko", "少なくない企業が関心を示しています。", "많은 기업이 관심을 보이고 있다."),
        ("ko", "遠くない将来に商用化します。", "가까운 미래에 상용화한다."),
        (
            "en",
            "新工場の稼働による影響は大きくない見通しです。",
            "The new plant is expected to have a limited impact.",
        ),
    ],
)
def test_negation_kept_or_said_otherwise_passes(locale: str, msgid: str, msgstr: str) -> None:
    assert _negations(locale, msgid, msgstr) == []

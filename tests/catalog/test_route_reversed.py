"""PR410 on a route's ends: two glossary places a direction is said between ('from Busan
to Tokyo', '釜山発東京向け', '부산에서 도쿄까지') given the other way round in the translation
are reported: both names and every figure are there, so no check saw the service, the
transit time or the surcharge now run the other way. Places named with no direction, a
route given both ways and a route kept in another wording stay silent. So is a port
rotation's order: three or more places a text lists as a sequence of calls ('rotation',
'寄港', '순으로') given in another order in the translation."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

from prlocalize.glossary.model import Entry, Glossary, Kind, Term


def _place(key: str, en: str, ja: str, ko: str) -> Entry:
    return Entry(f"place:{key}", Kind.PLACE, {"en": Term(en), "ja": Term(ja), "ko": Term(ko)})


PORTS = Glossary(
    [
        _place("sakura", "Sakura", "佐倉", "사쿠라"),
        _place("mokpo-new-port", "Mokpo New Port", "木浦新港", "목포신항"),
        _place("mokpo", "Mokpo", "木浦", "목포"),
        _place("hamada", "Hamada", "浜田", "하마다"),
    ]
)
TRANSIT = "Transit time from Mokpo to Hamada is two days."


def _codes(locale: str, msgid: str, msgstr: str) -> list[str]:
    return [f.code for f in translation_findings(locale, msgid, msgstr, glossary=PORTS)]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", TRANSIT, "浜田から木浦までの所要日数は2日です。"),
        ("ko", TRANSIT, "하마다에서 목포까지 운송 기간은 2일이다."),
        (
            "en",
            "木浦発浜田向けの所要日数は2日です。",
            "Transit from Hamada to Mokpo takes two days.",
        ),
        (
            "en",
            "목포에서 하마다까지 운송 기간은 2일이다.",
            "Transit from Hamada to Mokpo takes 2 days.",
        ),
        ("en", "목포발 하마다행 화물기.", "A freighter from Hamada to Mokpo."),
        ("ja", "Cargo from Mokpo New Port to Sakura.", "佐倉から木浦新港への貨物。"),
        ("ko", "The Mokpo → Hamada loop.", "하마다 → 목포 노선."),
    ],
)
def test_route_reversed(locale: str, msgid: str, msgstr: str) -> None:
    assert _codes(locale, msgid, msgstr) == ["PR410"]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", TRANSIT, "木浦から浜田までの所要日数は2日です。"),
        ("ko", TRANSIT, "목포에서 하마다까지 운송 기간은 2일이다."),
        (
            "en",
            "목포에서 하마다까지 운송 기간은 2일이다.",
            "Transit to Hamada from Mokpo takes 2 days.",
        ),
        (
            "en",
            "木浦発浜田向けの所要日数は2日です。",
            "Transit from Mokpo to Hamada takes two days.",
        ),
        # no direction: 'between', '～間'
        (
            "en",
            "木浦～浜田間で週3便を運航します。",
            "Three sailings a week between Hamada and Mokpo.",
        ),
        # both ways in the source; a route kept, a place of a longer name
        (
            "ja",
            "Sailings run from Mokpo to Hamada and from Hamada to Mokpo.",
            "浜田から木浦、木浦から浜田へ運航します。",
        ),
        ("en", "木浦新港から浜田へ", "from Mokpo New Port to Hamada"),
    ],
)
def test_route_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert _codes(locale, msgid, msgstr) == []


# A port rotation (three or more places listed as a sequence of calls) given in another
# order: the ship calls at them in another order, with every name there.
ROTATION = "The port rotation is Mokpo New Port, Hamada, Sakura and Mokpo New Port."


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", ROTATION, "寄港地は木浦新港、佐倉、浜田、木浦新港の順です。"),
        (
            "en",
            "기항지는 목포신항, 하마다, 사쿠라 순이다.",
            "Calls: Mokpo New Port, Sakura and Hamada.",
        ),
        (
            "ko",
            "Calls at Hamada, then Sakura, then Mokpo.",
            "하마다, 목포, 사쿠라 순으로 기항한다.",
        ),
    ],
)
def test_rotation_reordered(locale: str, msgid: str, msgstr: str) -> None:
    assert _codes(locale, msgid, msgstr) == ["PR410"]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", ROTATION, "寄港地は木浦新港、浜田、佐倉、木浦新港の順です。"),
        (
            "en",
            "기항지는 목포신항, 하마다, 사쿠라 순이다.",
            "Calls: Mokpo New Port, Hamada and Sakura.",
        ),
        # a list that is no sequence of calls may be given in any order
        ("ja", "Offices in Sakura, Hamada and Mokpo.", "浜田、佐倉、木浦に拠点。"),
    ],
)
def test_rotation_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert _codes(locale, msgid, msgstr) == []

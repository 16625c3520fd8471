"""PR404 on a ship's or a port's capacity: TEU and FEU are read as units of what is
carried, beside tonnes ('24,000TEU級' as a '24,000-tonne class' ship, '85,000 t' as
'8万5千TEU' give another ship and another trade), and a figure written with its thousands
after 万 or 만 ('2만4천톤', '8万5千トン') is read whole, as figures.py reads it."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

SHIP = "The 24,000 TEU class LNG-fuelled container ship was delivered in March."
SHIP_JA = "24,000TEU級のLNG燃料コンテナ船が3月に竣工しました。"
SHIP_KO = "2만4천TEU급 LNG 추진 컨테이너선이 3월 인도됐다."
AIR = "Air cargo tonnage rose to 85,000 t."


def _codes(locale: str, msgid: str, msgstr: str) -> list[str]:
    return [f.code for f in translation_findings(locale, msgid, msgstr)]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", SHIP, "24,000トン級のLNG燃料コンテナ船が3月に竣工しました。"),
        ("ko", SHIP, "2만4천톤급 LNG 추진 컨테이너선이 3월 인도됐다."),
        ("en", SHIP_JA, "The 24,000-tonne class LNG-fuelled ship was delivered in March."),
        ("en", SHIP_KO, "The 24,000 t class LNG-fuelled container ship was delivered in March."),
        ("ja", AIR, "航空貨物取扱量は8万5千TEUとなりました。"),
        ("en", "항공화물 처리량은 8만5천t이다.", "Air cargo tonnage was 85,000 TEU."),
        ("en", "コンテナ取扱量は120万TEUです。", "Container volumes were 1.2 million FEU."),
    ],
)
def test_capacity_unit_changed(locale: str, msgid: str, msgstr: str) -> None:
    assert _codes(locale, msgid, msgstr) == ["PR404"]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", SHIP, SHIP_JA),
        ("ko", SHIP, SHIP_KO),
        ("ko", SHIP, "2만4000TEU급 LNG 추진 컨테이너선이 3월 인도됐다."),
        ("ko", SHIP, "2만 4천 TEU급 LNG 추진 컨테이너선이 3월 인도됐다."),
        ("en", SHIP_JA, "The 24,000-TEU class LNG-fuelled container ship was delivered in March."),
        ("ja", AIR, "航空貨物取扱量は8万5千トンとなりました。"),
        ("ja", AIR, "航空貨物取扱量は8万5000トンとなりました。"),
        ("en", "항공화물 처리량은 8만5천t이다.", "Air cargo tonnage was 85,000 tonnes."),
        ("ja", "A 10-ton truck and 10 T-shirts.", "10トントラックとTシャツ10枚。"),
        ("ja", "The floor area is about 22,000 m².", "延床面積は約2万2千㎡です。"),
        ("ja", "Rates are quoted per TEU and per FEU.", "運賃はTEU単位およびFEU単位で提示します。"),
    ],
)
def test_capacity_unit_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert _codes(locale, msgid, msgstr) == []

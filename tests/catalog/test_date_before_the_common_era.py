"""PR404: a year or a century before the common era ('3rd century BCE', '紀元前3世紀',
'기원전 1세기') a translation gives without its mark ('紀元3世紀', '1st century'), or one it
puts before the era where the source does not, is some centuries off though every figure
matched. A range that says the mark once may write it twice; a province ('Vancouver,
BC'), 'AD' and '서기' are no such mark."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings


def _pr404(locale: str, msgid: str, msgstr: str) -> list[str]:
    return [f.message for f in translation_findings(locale, msgid, msgstr) if f.code == "PR404"]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", "A bronze mirror from the 3rd century BCE opens the show.",
         "展示は紀元3世紀の銅鏡から始まります。"),
        ("ko", "Pottery from 500 B.C. is shown in Gallery 2.",
         "제2전시실에서 500년의 토기를 선보입니다."),
        ("en", "기원전 2세기의 청동 거울이 전시의 시작을 알립니다.",
         "A bronze mirror from the 2nd century opens the exhibition."),
        ("en", "紀元1世紀の貨幣を展示します。", "Coins from the 1st century BC are on view."),
    ],
)  # fmt: skip
def test_era_mark_dropped_or_added_is_reported(locale: str, msgid: str, msgstr: str) -> None:
    assert any("common era" in message for message in _pr404(locale, msgid, msgstr))


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", "A bronze mirror from the 3rd century BCE opens the show.",
         "展示は紀元前3世紀の銅鏡から始まります。"),
        ("ko", "Pottery from 500 BC is shown in Gallery 2.",
         "제2전시실에서 기원전 500년의 토기를 선보입니다."),
        ("ja", "Seals from the 3rd to the 1st century BCE",
         "紀元前3世紀から紀元前1世紀の印章"),
        ("en", "서기 1세기의 유리 그릇", "Glassware from the 1st century AD"),
        ("ja", "The studio moved to Vancouver, BC in 2019.",
         "スタジオは2019年にバンクーバーに移転しました。"),
        ("en", "紀元前の遺物を中心に展示します。",
         "The show centres on objects from before the common era."),
    ],
)  # fmt: skip
def test_era_mark_kept_passes(locale: str, msgid: str, msgstr: str) -> None:
    assert not any("common era" in message for message in _pr404(locale, msgid, msgstr))

"""PR410 on a rise or a fall the source says with no figure near it ('their workload had
increased', '순위가 한 계단 올랐다') that the translation says the other way only
('업무량이 줄었다', 'fell one place'): the figure check has no figure to compare, so a
turned change went unreported. A change said the same way, one the source says both ways,
one the translation says both ways and a change with its figure (the figure check's)
stay silent here."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

WORKLOAD = (
    "More than half (53.9%) of respondents said their workload had increased over the past year."
)
ROSE = "브랜드 선호도 상위 3개 중 '나기카드'만 전년보다 순위가 한 계단 올랐다."


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ko", WORKLOAD, "응답자의 절반 이상(53.9%)이 지난 1년간 업무량이 줄었다고 답했다."),
        ("ja", WORKLOAD, "回答者の過半数（53.9%）が、この1年で業務量が減ったと回答しました。"),
        (
            "en",
            ROSE,
            "Of the top three brands, only Nagi Card fell one place from the previous year.",
        ),
        ("ja", "Analysts upgraded the insurer's shares.", "アナリストは同社株の評価を引き下げた。"),
    ],
)
def test_change_turned(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR410" in translation_codes(locale, msgid, msgstr)


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ko", WORKLOAD, "응답자의 절반 이상(53.9%)이 지난 1년간 업무량이 늘었다고 답했다."),
        ("ja", WORKLOAD, "回答者の過半数（53.9%）が、この1年で業務量が増えたと回答しました。"),
        (
            "en",
            ROSE,
            "Of the top three brands, only Nagi Card rose one place from the previous year.",
        ),
        # the source says both ways; the translation says both ways
        (
            "ja",
            "Online sales increased while store visits declined.",
            "オンライン販売は増加し、来店数は減少しました。",
        ),
        (
            "ko",
            "Demand increased sharply.",
            "수요가 크게 증가했고, 재고는 줄었다.",
        ),
        # a change with its figure is the figure check's
        ("ja", "Sales rose to 3.2% of revenue.", "売上高比率は3.2%に低下した。"),
        # a downgrade is a fall the source says too, beside its 'rising' losses
        (
            "ja",
            "Harbor Ratings downgraded the insurer, citing rising losses.",
            "ハーバー・レーティングスは、損失拡大を理由に同社の格付けを引き下げた。",
        ),
    ],
)
def test_change_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR410" not in translation_codes(locale, msgid, msgstr)

"""PR404 on two parties' figures given the other way round: a joint venture's stakes
('みなと電機が51％、ハンビットが49％' as '49% held by Minato and 51% by Hanbit'), two
regions' sales, two arms of a trial. Every figure and every name is in the translation,
so neither the figure check nor the name check saw it. A figure belongs to the name
written nearest it in its clause (a glossary name or a short form the catalog defines);
a sentence that keeps each name with its figure, whatever its order, or says them
'respectively', is left alone."""

from __future__ import annotations

import pytest
from catalog_support import catalog_findings

from prlocalize.glossary.model import Entry, Glossary, Kind, Term

GLOSSARY = Glossary(
    [
        Entry(
            "minato",
            Kind.ORG,
            {
                "ja": Term("株式会社みなと電機"),
                "en": Term("Minato Denki Co., Ltd."),
                "ko": Term("미나토전기 주식회사"),
            },
        ),
        Entry(
            "hanbit",
            Kind.ORG,
            {
                "ja": Term("ハンビットエナジー株式会社"),
                "en": Term("Hanbit Energy Co., Ltd."),
                "ko": Term("한빛에너지 주식회사"),
            },
        ),
        Entry("kanto", Kind.PLACE, {"ja": Term("関東"), "en": Term("Kanto"), "ko": Term("간토")}),
        Entry(
            "kansai", Kind.PLACE, {"ja": Term("関西"), "en": Term("Kansai"), "ko": Term("간사이")}
        ),
    ]
)
LEAD = (
    "株式会社みなと電機（以下「みなと電機」）は、ハンビットエナジー株式会社（以下「ハンビット」）"
    "と合弁会社を設立します。"
)
LEAD_EN = (
    "Minato Denki Co., Ltd. (“Minato”) will form a joint venture with Hanbit Energy Co.,"
    " Ltd. (“Hanbit”)."
)
LEAD_KO = (
    "미나토전기 주식회사(이하 '미나토전기')는 한빛에너지 주식회사(이하 '한빛')와 "
    "합작법인을 설립한다."
)
STAKES = "出資比率はみなと電機が51％、ハンビットが49％です。"
SALES = "売上高は関東が120億円、関西が80億円でした。"


def _pr404(locale: str, lead: tuple[str, str], pair: tuple[str, str]) -> list[str]:
    findings = catalog_findings(locale, [lead, pair], glossary=GLOSSARY)
    return [f.message for f in findings if f.code == "PR404"]


@pytest.mark.parametrize(
    ("locale", "lead", "pair"),
    [
        ("en", LEAD_EN, (STAKES, "Minato will hold 49% and Hanbit 51%.")),
        ("en", LEAD_EN, (STAKES, "The venture will be 49% held by Minato and 51% by Hanbit.")),
        ("ko", LEAD_KO, (STAKES, "지분율은 미나토전기 49%, 한빛 51%다.")),
        ("ko", LEAD_KO, (STAKES, "지분율은 미나토전기가 49%, 한빛이 51%다.")),
        ("en", LEAD_EN, (SALES, "Sales were 8 billion yen in Kanto and 12 billion yen in Kansai.")),
    ],
)
def test_two_parties_figures_the_other_way_round(
    locale: str, lead: str, pair: tuple[str, str]
) -> None:
    found = _pr404(locale, (LEAD, lead), pair)
    assert len(found) == 1
    assert "given the other way round" in found[0]


@pytest.mark.parametrize(
    ("locale", "lead", "pair"),
    [
        ("en", LEAD_EN, (STAKES, "Minato will hold 51% and Hanbit 49%.")),
        ("en", LEAD_EN, (STAKES, "The venture will be 51% held by Minato and 49% by Hanbit.")),
        ("en", LEAD_EN, (STAKES, "Hanbit will hold 49%, and Minato 51%.")),
        ("en", LEAD_EN, (STAKES, "Minato and Hanbit will hold 51% and 49% respectively.")),
        ("en", LEAD_EN, (STAKES, "49% will be held by Hanbit and 51% by Minato.")),
        ("ko", LEAD_KO, (STAKES, "지분율은 미나토전기 51%, 한빛 49%다.")),
        ("ko", LEAD_KO, (STAKES, "한빛이 49%, 미나토전기가 51%를 출자한다.")),
        ("en", LEAD_EN, (SALES, "Sales were 12 billion yen in Kanto and 8 billion yen in Kansai.")),
        ("en", LEAD_EN, (SALES, "Kansai sales were 8 billion yen; Kanto's were 12 billion yen.")),
    ],
)
def test_each_party_keeps_its_figure(locale: str, lead: str, pair: tuple[str, str]) -> None:
    assert _pr404(locale, (LEAD, lead), pair) == []


def test_the_message_quotes_the_figures_and_the_names() -> None:
    found = _pr404("en", (LEAD, LEAD_EN), (STAKES, "Minato will hold 49% and Hanbit 51%."))
    assert found == [
        "Figures '51％' of 'みなと電機' and '49％' of 'ハンビット' in the source given the other"
        " way round in the translation"
    ]

"""PR404 on a joint venture's stakes an English source gives the second party as 'the
remaining' or 'the rest' ('Minato will hold 60% of the venture, and Hanbit the remaining
40%'): the words between the name and its figure were more than a name's figure may be
away, so the 40% was nobody's and a translation giving the two parties each other's
stake went unreported. A translation keeping each stake stays silent."""

from __future__ import annotations

import pytest
from catalog_support import catalog_findings

from prlocalize.glossary.model import Entry, Glossary, Kind, Term

GLOSSARY = Glossary(
    [
        Entry(
            "minato",
            Kind.ORG,
            {"ja": Term("みなと電機"), "en": Term("Minato Denki"), "ko": Term("미나토전기")},
        ),
        Entry(
            "hanbit",
            Kind.ORG,
            {"ja": Term("ハンビット化学"), "en": Term("Hanbit Chemical"), "ko": Term("한빛화학")},
        ),
    ]
)
STAKES = "Minato Denki will hold 60% of the venture, and Hanbit Chemical the remaining 40%."


def _pr404(locale: str, pair: tuple[str, str]) -> list[str]:
    return [
        f.message for f in catalog_findings(locale, [pair], glossary=GLOSSARY) if f.code == "PR404"
    ]


@pytest.mark.parametrize(
    ("locale", "pair"),
    [
        ("ja", (STAKES, "合弁会社には、みなと電機が40%、ハンビット化学が残る60%を出資します。")),
        ("ko", (STAKES, "합작법인 지분은 미나토전기가 40%, 한빛화학이 나머지 60%를 보유한다.")),
    ],
)
def test_stakes_given_the_other_way_round(locale: str, pair: tuple[str, str]) -> None:
    found = _pr404(locale, pair)
    assert len(found) == 1
    assert "given the other way round" in found[0]


@pytest.mark.parametrize(
    ("locale", "pair"),
    [
        ("ja", (STAKES, "合弁会社には、みなと電機が60%、ハンビット化学が残る40%を出資します。")),
        ("ko", (STAKES, "합작법인 지분은 미나토전기가 60%, 한빛화학이 나머지 40%를 보유한다.")),
        ("ko", (STAKES, "한빛화학이 40%, 미나토전기가 60%를 출자한다.")),
    ],
)
def test_each_keeps_its_stake(locale: str, pair: tuple[str, str]) -> None:
    assert _pr404(locale, pair) == []

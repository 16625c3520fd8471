"""prlocalize.rules.name_order
~~~~~~~~~~~~~~~~~~~~~~~~~~~~

The roster heuristic of PR104 for names the glossary does not know: in a list of
people ("Name, Title, Organisation" lines), romanised Korean names are told apart
by their family name, one of a small closed set. When most of them put the family
name first, one that puts it last is reversed (and the other way round).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from prlocalize.document import Block, BlockKind, Segment
from prlocalize.lazy_patterns import lazy_compile

# Romanisations of the common Korean family names (Revised Romanisation,
# McCune-Reischauer and the spellings people choose for themselves).
_FAMILY_NAMES_TEXT = """
    Kim Gim Lee Yi Rhee Ri Park Pak Bak Choi Choe Jung Jeong Chung Kang Gang Cho Jo Yoon Yun
    Jang Chang Lim Im Han Oh Seo Suh Shin Sin Kwon Gwon Hwang Ahn An Song Yoo Yu Ryu Ryoo
    Hong Jeon Jun Chun Ko Go Koh Moon Mun Yang Son Sohn Bae Baek Paik Heo Huh Nam Shim Sim
    Noh Roh Ha Kwak Gwak Sung Seong Cha Joo Ju Chu Woo Koo Gu Ku Min Na Jin Ji Eom Um
    Chae Won Cheon Bang Kong Gong Hyun Hyeon Ham Byun Byeon Yeom Yum Yeo Choo Do Seok Suk
    Seol Gil Kil Wi Pyo Myung Ban Wang Geum Ok Yook Yuk Maeng Tak Kook Guk Yeon
"""
KOREAN_FAMILY_NAMES = frozenset(_FAMILY_NAMES_TEXT.split())

ROSTER_KINDS = frozenset({BlockKind.ROSTER_LINE, BlockKind.LIST_ITEM, BlockKind.LINE})
_NAME = lazy_compile(r"^[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?(?: [A-Z][a-z]+(?:-[A-Za-z][a-z]+)?){1,2}$")
_MAJORITY = 3  # names that must agree before a different one is called reversed


@dataclass(frozen=True)
class RosterName:
    segment: Segment
    start: int
    end: int
    text: str
    family_first: bool

    def reordered(self) -> str:
        parts = self.text.split(" ")
        if self.family_first:  # "Kim Hongju" → "Hongju Kim"
            return " ".join([*parts[1:], parts[0]])
        return " ".join([parts[-1], *parts[:-1]])  # "Seungho Yoo" → "Yoo Seungho"


def rosters(blocks: tuple[Block, ...]) -> Iterator[list[Block]]:
    """Runs of consecutive roster-like blocks (one person per line)."""
    run: list[Block] = []
    for block in blocks:
        if block.kind in ROSTER_KINDS:
            run.append(block)
            continue
        if len(run) > 1:
            yield run
        run = []
    if len(run) > 1:
        yield run


def korean_name(segment: Segment) -> RosterName | None:
    """The romanised Korean name opening a roster line, with its order, if it is one."""
    text = segment.plain
    comma = text.find(",")
    head = text if comma == -1 else text[:comma]
    stripped = head.strip()
    if not _NAME.match(stripped):
        return None
    start = text.find(stripped)
    parts = stripped.split(" ")
    first, last = parts[0] in KOREAN_FAMILY_NAMES, parts[-1] in KOREAN_FAMILY_NAMES
    if first == last:
        return None  # not Korean, or ambiguous ("Kim Min")
    return RosterName(segment, start, start + len(stripped), stripped, family_first=first)


def reversed_names(names: list[RosterName]) -> list[RosterName]:
    """The names whose order goes against a clear majority of the others."""
    family_first = [n for n in names if n.family_first]
    given_first = [n for n in names if not n.family_first]
    for majority, minority in ((family_first, given_first), (given_first, family_first)):
        if len(majority) >= _MAJORITY and len(minority) * 3 <= len(majority):
            return minority
    return []

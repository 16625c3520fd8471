"""prlocalize.catalog.streaks
~~~~~~~~~~~~~~~~~~~~~~~~~~~

A run of titles, wins or losses in a row, as a club's or a league's release counts it
('3連覇', '5連勝', '3연패', 'a third straight title', 'three consecutive wins'). A
translation that keeps the number and drops the run ('3度目の優勝', '네 번째 우승', 'a
third title') says the club won three titles, not three in a row; one that reads the
Korean '연패' (連覇, titles in a row, or 連敗, losses in a row) the wrong way says a
champion lost three games. The figure checks see the same number on both sides.

The source's run is read narrowly, by a run's set words beside its number and what the
run is of; the translation's broadly, as any word of a run ('連', '연속', 'straight',
'in a row', 'running', '-peat', 'back-to-back'), so a run said otherwise counts. The
Korean '연패' is read as titles or as losses only by the words around it ('달성',
'우승', '노리' or '늪', '탈출', '끊'); without them it is neither.
"""

from __future__ import annotations

import re
from typing import Literal

from prlocalize.lazy_patterns import lazy_compile

__all__ = ["streak_dropped", "streak_turned"]

Sense = Literal["title", "win", "loss"]

# a cheap exact pre-test: a pair whose source has none of these has no run to read
_SOURCE_GATE = lazy_compile(
    "連覇|連勝|連敗|연패|연승|連続|연속|straight|consecutive|successive|in a row|peat",
    re.IGNORECASE,
)
_EN_ORDINAL = (
    r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"\d{1,2}(?:st|nd|rd|th)|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
)
_EN_RUN_OF = {
    "title": r"(?:title|championship|crown|pennant|premiership|cup)s?",
    "win": r"(?:wins?|victor(?:y|ies))",
    "loss": r"(?:loss(?:es)?|defeats?)",
}
_EN_RUN = lazy_compile(
    rf"(?<![A-Za-z]){_EN_ORDINAL}[\s-](?:straight|consecutive|successive)\s"
    rf"(?:[A-Za-z'’.-]+\s){{0,3}}?(?:(?P<title>{_EN_RUN_OF['title']})|"
    rf"(?P<win>{_EN_RUN_OF['win']})|(?P<loss>{_EN_RUN_OF['loss']}))(?![A-Za-z])"
    rf"|(?<![A-Za-z])(?:three|four|3|4)-peat(?P<peat>)",
    re.IGNORECASE,
)
_JA_RUN = lazy_compile(
    r"(?<![\d.])\d{1,2}\s?(?:(?P<title>連覇)|(?P<win>連勝)|(?P<loss>連敗))"
    r"|(?<![\d.])\d{1,2}\s?(?:年|大会|シーズン|季)?\s?連続\s?(?:の\s?)?"
    r"(?:(?P<title2>優勝|制覇|日本一|V)|(?P<win2>勝利|白星)|(?P<loss2>敗戦|黒星))"
)
_KO_RUN = lazy_compile(
    r"(?<![\d.])\d{1,2}\s?(?:(?P<either>연패)|(?P<win>연승))"
    r"|(?<![\d.])\d{1,2}\s?(?:년|회|시즌|개\s?대회|번)?\s?연속\s?"
    r"(?:(?P<title2>우승|정상|제패)|(?P<win2>승리)|(?P<loss2>패배))"
)
# what tells the Korean '연패' as titles (連覇) or as losses (連敗), a few words around it
_KO_TITLE_CONTEXT = lazy_compile(
    r"달성|우승|정상|노리|노린|도전|위업|왕좌|챔피언|대기록|차지|이룬|이뤘|금자탑"
)
_KO_LOSS_CONTEXT = lazy_compile(r"늪|탈출|끊|부진|당했|당한|수렁|빠졌|빠진|빠져|허용|끝에|에 빠")
_KO_CONTEXT_REACH = 12

# any word of a run in the translation, so that a run said otherwise counts
_RUN_WORDS = {
    "en": lazy_compile(
        r"straight|consecutive|successive|in\sa\srow|running|peat\b|back-to-back|"
        r"\bstreak|\bdefend|\bretain",
        re.IGNORECASE,
    ),
    "ja": lazy_compile(r"連覇|連勝|連敗|連続|続けて|連年"),
    "ko": lazy_compile(r"연패|연승|연속|연이어|잇따라|거푸|내리"),
}
# what a translation says its run is of
_EN_TITLE = lazy_compile(
    r"\b(?:titles?|championships?|champions?|crowns?|pennants?|premierships?|cups?|trophy|trophies)\b",
    re.IGNORECASE,
)
_EN_WIN = lazy_compile(r"\b(?:wins?|won|victor(?:y|ies)|unbeaten)\b", re.IGNORECASE)
_EN_LOSS = lazy_compile(
    r"\b(?:loss(?:es)?|lost|losing|defeats?|defeated|winless|beaten)\b", re.IGNORECASE
)
_JA_SENSES: dict[Sense, re.Pattern[str]] = {
    "title": lazy_compile(r"連覇|優勝|制覇|王者|王座|タイトル"),
    "win": lazy_compile(r"連勝|勝利|白星"),
    "loss": lazy_compile(r"連敗|敗戦|黒星|敗れ|負け"),
}


def _source_runs(source: str, lang: str) -> list[tuple[str, Sense | None]]:
    """The runs ``source`` counts, each with what it is a run of (None: the Korean '연패'
    with nothing around it to tell titles from losses)."""
    runs: list[tuple[str, Sense | None]] = []
    if lang == "en":
        for match in _EN_RUN.finditer(source):
            sense: Sense | None = "title"
            if match["win"]:
                sense = "win"
            elif match["loss"]:
                sense = "loss"
            runs.append((match[0], sense))
    elif lang == "ja":
        for match in _JA_RUN.finditer(source):
            if match["win"] or match["win2"]:
                sense = "win"
            elif match["loss"] or match["loss2"]:
                sense = "loss"
            else:
                sense = "title"
            runs.append((match[0], sense))
    elif lang == "ko":
        for match in _KO_RUN.finditer(source):
            if match["either"]:
                sense = _korean_run_sense(source, match.start(), match.end())
            elif match["win"] or match["win2"]:
                sense = "win"
            elif match["loss2"]:
                sense = "loss"
            else:
                sense = "title"
            runs.append((match[0], sense))
    return runs


def _korean_run_sense(text: str, start: int, end: int) -> Sense | None:
    """'연패' as titles (連覇) or as losses (連敗), by the words just around it."""
    around = text[max(0, start - _KO_CONTEXT_REACH) : end + _KO_CONTEXT_REACH]
    title = _KO_TITLE_CONTEXT.search(around) is not None
    loss = _KO_LOSS_CONTEXT.search(around) is not None
    if title == loss:
        return None
    return "title" if title else "loss"


def streak_dropped(source: str, target: str, source_lang: str, target_lang: str) -> str | None:
    """The source's run ('3連覇', 'a fourth straight title') where the translation has no
    word of a run at all ('a third title', '4度目の優勝'), else None."""
    loose = _RUN_WORDS.get(target_lang)
    if loose is None or _SOURCE_GATE.search(source) is None:
        return None
    runs = _source_runs(source, source_lang)
    if not runs or loose.search(target) is not None:
        return None
    return runs[0][0]


def streak_turned(
    source: str, target: str, source_lang: str, target_lang: str
) -> tuple[str, str] | None:
    """A run of titles or wins the source counts ('3연패를 달성', '3連覇') said as a run
    of losses in the translation ('three straight losses'), or the other way round:
    (the source's run, what the translation says it is of), else None. A translation
    that names both, or neither, is not read."""
    if _SOURCE_GATE.search(source) is None:
        return None
    runs = [(said, sense) for said, sense in _source_runs(source, source_lang) if sense]
    if not runs:
        return None
    said_as = _target_sense(target, target_lang)
    if said_as is None:
        return None
    for said, sense in runs:
        if (sense == "loss") != (said_as == "loss"):
            return said, said_as
    return None


def _target_sense(target: str, lang: str) -> Sense | None:
    """What the translation's runs are of, where it says one thing only."""
    if lang == "en":
        good = _EN_TITLE.search(target) is not None or _EN_WIN.search(target) is not None
        bad = _EN_LOSS.search(target) is not None
        if good == bad:
            return None
        return "loss" if bad else "title"
    if lang == "ja":
        found = {sense for sense, pattern in _JA_SENSES.items() if pattern.search(target)}
        if found == {"loss"}:
            return "loss"
        return "title" if found and "loss" not in found else None
    return None  # the Korean '연패' says either

"""prlocalize.glossary.brackets
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

What a spreadsheet cell's closing bracket holds. Glossaries kept by hand write more than
the form in a cell: a short form ("Ministry of Economy, Trade and Industry (METI)",
"経済産業省（経産省）", "최고경영자(CEO)", or labelled: "（略称：桜木食品）"), a former name
("（旧：ほしぞら計器）", "(formerly Aoba Kogyo)"), a reading ("田辺 義郎（たなべ よしろう）"), the
name in another script ("다나베 요시로(田辺 義郎)") or a note ("Sendai (city)"). No
release writes the cell as a whole after its first mention, and a translation often
never does, so read as one approved form it is found in no text and every translation
of the term is reported. :func:`read_bracket` tells them apart; the CSV reader then
keeps the form before the bracket as the approved form, with the short form (and the
whole cell) as accepted variants, and drops a reading, a gloss or a note.

A bracket that is part of the name stays: a legal form ("하나(주)", "アオバ（株）"), a
qualifier in capitals or another word ("Aoba Energy (USA)", "Aoba (Europe) GmbH"), and
anything the rules below do not recognise.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from typing import Literal, NamedTuple

from prlocalize.glossary.model import LEGAL_FORMS

# the last bracket of a cell, closing it, with nothing bracketed inside it
_TRAILING = re.compile(r"^(?P<form>.*?\S)\s*[(（](?P<inner>[^()（）]+)[)）]$", re.DOTALL)
# an abbreviation in Latin letters: "METI", "CEO", "R&D", "K-water", "UTokyo", "NTT"
_LATIN_SHORT = re.compile(r"[A-Za-z][A-Za-z0-9&.\-]{1,11}")
_LATIN_WORDS = re.compile(r"[A-Za-z][A-Za-z'’.\-]*(?: [A-Za-z][A-Za-z'’.\-]*)*")
_KANA = re.compile(r"[\u3041-\u309f\u30a0-\u30ff\uff66-\uff9f ・･ー\u3000]+")
# a note in words that opens with a lower-case word: 'city', 'of a Korean bio-venture'
# (a name of its own, 'iPhone', is one word)
_LOWER_NOTE = re.compile(r"[a-z][a-z .\-]*|[a-z]+(?: [A-Za-z][A-Za-z.\-]*)+")

# a bracket that says what it holds: a short form ('（略称：桜木食品）', '(abbr. METI)',
# '(약칭: 산업부)') or a former name ('（旧：ほしぞら計器株式会社）', '(formerly Aoba Kogyo)',
# '(구 하나정밀)'), which no release writes in place of the name
_SHORT_LABEL = r"略称|略|通称|abbr\.?|abbreviation|short(?: form)?|약칭|약어|줄임말"
_FORMER_LABEL = (
    r"旧社名|旧商号|旧称|旧名|旧|formerly|former(?: name)?|구 ?사명|옛 ?이름|이전 ?명칭|구|옛"
)
_LABELLED = re.compile(
    rf"(?:(?P<short>{_SHORT_LABEL})|(?P<former>{_FORMER_LABEL}))"
    r"(?:[ \u3000]?[:：][ \u3000]?|[ \u3000]|(?<=[旧略]))(?P<rest>[^\s:：].*)",
    re.IGNORECASE | re.DOTALL,
)

# a bracket that dates the form: since or until when it holds ('（2026年4月～）',
# '（2025年12月1日付）', '(from April 2026)', '(2026년 4월~)', '(as of 2025-12-01)'): a
# note for the sheet's reader, never part of a name (a figure and a word of dates)
_DATED = re.compile(
    r"\d(?:年|月|日|년|월|일)|[～〜~]|付|\b(?:from|until|since|effective|as of|till)\b"
    r"|부터|까지|から|まで|以降",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")

What = Literal["short", "reading", "note"]


class Bracket(NamedTuple):
    form: str  # the form before the bracket
    inner: str  # what the bracket holds
    what: What  # a short form of ``form``, its reading or script gloss, or a note


def former_name(note: str) -> str | None:
    """The former name a note labels so ('旧社名：北浜運輸株式会社', 'formerly Aoba Kogyo',
    '구 하나정밀'), else None."""
    labelled = _LABELLED.fullmatch(note.strip())
    if labelled is None or not labelled["former"]:
        return None
    return labelled["rest"].strip() or None


def person_note(cell: str) -> Bracket | None:
    """The closing bracket of a person's cell as a note ('Kenji Sato (President)',
    '佐藤健二（社長）'), where :func:`read_bracket` finds no short form or reading in it."""
    if ")" not in cell and "）" not in cell:
        return None
    match = _TRAILING.match(cell.strip())
    if match is None or "(" in match["form"] or "（" in match["form"]:
        return None
    form, inner = match["form"].strip(), match["inner"].strip()
    return Bracket(form, inner, "note") if form and inner else None


def read_bracket(cell: str, others: Iterable[str] = ()) -> Bracket | None:
    """What the closing bracket of ``cell`` holds, or None when it holds none or is
    part of the form. ``others`` are the row's cells in the other locales: a Latin
    abbreviation in a Japanese or Korean cell ("最高経営責任者（CEO）") is a short form
    when it abbreviates the English one ("Chief Executive Officer")."""
    if ")" not in cell and "）" not in cell:
        return None  # (most cells: no pattern run)
    match = _TRAILING.match(cell.strip())
    if match is None:
        return None
    form, inner = match["form"].strip(), match["inner"].strip()
    if not form or not inner or _ends_in_legal_form(cell.strip()) or "(" in form or "（" in form:
        return None
    if _DIGIT.search(inner) is not None and _DATED.search(inner) is not None:
        return Bracket(form, inner, "note")  # "最高財務責任者（2025年12月1日付）"
    labelled = _LABELLED.fullmatch(inner)
    if labelled is not None:
        # the label says it: a short form is one whatever its letters; a former name is
        # kept for the sheet's reader only
        what: What = "short" if labelled["short"] else "note"
        return Bracket(form, labelled["rest"].strip() if what == "short" else inner, what)
    latin_form = _is_latin(form)
    if _LATIN_SHORT.fullmatch(inner) and sum(c.isupper() for c in inner) >= 2:
        if latin_form:
            return Bracket(form, inner, "short") if abbreviates(inner, form) else None
        others_plain = [_before_bracket(other) for other in others]
        if any(_is_latin(o) and abbreviates(inner, o) for o in others_plain if o):
            return Bracket(form, inner, "short")
        return None
    if latin_form:
        if _LATIN_WORDS.fullmatch(inner) and _word_run(inner, form):
            return Bracket(form, inner, "short")  # "Hanazono Motor Corporation (Hanazono)"
        if _LOWER_NOTE.fullmatch(inner):
            return Bracket(form, inner, "note")  # "Sendai (city)", "CEO (of a start-up)"
        if not _is_latin(inner) and _is_cjk(inner):
            return Bracket(form, inner, "reading")  # "Yoshiro Tanabe (田辺義郎)"
        return None
    if not _is_cjk(form):
        return None
    if _KANA.fullmatch(inner) and _has_kanji(form):
        return Bracket(form, inner, "reading")  # "田辺 義郎（たなべ よしろう）"
    if _has_hangul(form) and all(_is_han(c) or c in " ・" for c in inner):
        return Bracket(form, inner, "reading")  # "다나베 요시로(田辺 義郎)"
    if _is_latin(inner) and not _LATIN_SHORT.fullmatch(inner):
        return Bracket(form, inner, "reading")  # "田辺 義郎（Yoshiro Tanabe）"
    if _is_cjk(inner) and len(inner) < len(form) and _subsequence(inner, form, same_start=True):
        return Bracket(form, inner, "short")  # "経済産業省（経産省）", "산업통상자원부(산업부)"
    return None


def abbreviates(short: str, long: str) -> bool:
    """Whether ``short`` is an abbreviation of ``long``: its letters, in order, are the
    beginnings of the long form's words, a word at a time ("METI": Ministry of Economy,
    Trade and Industry; "KEPCO": Korea Electric Power Corporation; "KOTRA": Korea
    Trade-Investment Promotion Agency), words between them skipped ("of", "and")."""
    letters = "".join(c for c in short.casefold() if c.isalnum())
    words = [w for w in re.split(r"[^\w]+", long.casefold()) if w]
    if words and words[0] == "the" and not letters.startswith("t"):
        words = words[1:]
    if not letters or not words or letters[0] != words[0][0]:
        return False

    @functools.cache
    def fits(at: int, word: int) -> bool:
        # letters[at:] taken as prefixes of words[word:], one chunk a word
        if at == len(letters):
            return True
        for later in range(word, len(words)):
            chunk = 0
            while (
                at + chunk < len(letters)
                and chunk < len(words[later])
                and letters[at + chunk] == words[later][chunk]
            ):
                chunk += 1
                if fits(at + chunk, later + 1):
                    return True
        return False

    return fits(0, 0)


def _subsequence(short: str, long: str, *, same_start: bool) -> bool:
    if same_start and (not long or short[:1] != long[:1]):
        return False
    position = 0
    for char in short:
        position = long.find(char, position)
        if position < 0:
            return False
        position += 1
    return True


def _word_run(inner: str, form: str) -> bool:
    """Whether ``inner`` is whole words of ``form`` in a row, a capital among them."""
    words, run = form.split(), inner.split()
    if not any(c.isupper() for c in inner) or len(run) >= len(words):
        return False
    return any(words[i : i + len(run)] == run for i in range(len(words) - len(run) + 1))


def _before_bracket(cell: str) -> str:
    match = _TRAILING.match(cell.strip())
    return match["form"].strip() if match is not None else cell.strip()


def _ends_in_legal_form(cell: str) -> bool:
    return any(cell.endswith(legal) for legal in LEGAL_FORMS if legal[0] in "(（")


def _is_latin(text: str) -> bool:
    """Letters, all of them Latin ("Ōno", "Müller"), with any marks, digits and spaces."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(
        c.isascii() or unicodedata.name(c, "").startswith("LATIN") for c in letters
    )


def _is_cjk(text: str) -> bool:
    return any(_is_han(c) or _is_kana(c) or _is_hangul(c) for c in text)


def _has_kanji(text: str) -> bool:
    return any(_is_han(c) for c in text)


def _has_hangul(text: str) -> bool:
    return any(_is_hangul(c) for c in text)


def _is_han(char: str) -> bool:
    return "\u3400" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff" or char == "々"


def _is_kana(char: str) -> bool:
    return "\u3041" <= char <= "\u30ff" or "\uff66" <= char <= "\uff9f"


def _is_hangul(char: str) -> bool:
    return (
        "\uac00" <= char <= "\ud7a3" or "\u1100" <= char <= "\u11ff" or "\u3130" <= char <= "\u318f"
    )

"""PR401 on a glossary term the translation writes right once and one letter off
elsewhere ('오스트라비모드 150 μg군, 오스트라비모트 300 μg군' for 'ostravimod 150 μg,
ostravimod 300 μg'): the approved form is there, and the slip beside it is reported. A
name written otherwise ('エレイン マーシュ'), another glossary name of the translation
one letter apart, and a term written right every time stay silent."""

from __future__ import annotations

import random

import pytest
from catalog_support import translation_findings

from prlocalize.glossary.model import Entry, Glossary, Kind, Term
from prlocalize.rules.translated_slips import _starts, slip_beside_form


def _sheet() -> Glossary:
    def row(key: str, kind: Kind, en: str, ja: str, ko: str) -> Entry:
        return Entry(key, kind, {"en": Term(en), "ja": Term(ja), "ko": Term(ko)})

    return Glossary(
        [
            row("term:ostravimod", Kind.TERM, "ostravimod", "オストラビモド", "오스트라비모드"),
            row("brand:zorvexa", Kind.BRAND, "ZORVEXA", "ゾルベクサ", "졸벡사"),
            row(
                "person:elaine-marsh",
                Kind.PERSON,
                "Elaine Marsh",
                "エレイン・マーシュ",
                "일레인 마시",
            ),
            row("org:neopharma", Kind.ORG, "Neopharma", "ネオファーマ", "네오파마코"),
            row("org:neopharm", Kind.ORG, "Neopharm", "ネオファーム", "네오팜코리"),
        ]
    )


ARMS = "Patients were randomized to ostravimod 150 μg or ostravimod 300 μg."
ORR = "The response rate was 41.2% with ZORVEXA, and ZORVEXA was well tolerated."


def _pr401(locale: str, msgid: str, msgstr: str) -> list[str]:
    found = translation_findings(locale, msgid, msgstr, glossary=_sheet())
    return [f.message for f in found if f.code == "PR401"]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "slip"),
    [
        (
            "ko",
            ARMS,
            "환자는 오스트라비모드 150 μg군 또는 오스트라비모트 300 μg군에 배정됐다.",
            "오스트라비모트",
        ),
        (
            "ja",
            ARMS,
            "患者はオストラビモド150 μg群またはオストラピモド300 μg群に割り付けられた。",
            "オストラピモド",
        ),
        (
            "ja",
            ORR,
            "奏効率はゾルベキサ群で41.2%で、ゾルベクサの忍容性は良好だった。",
            "ゾルベキサ",
        ),
    ],
)
def test_a_slip_beside_the_approved_form(locale: str, msgid: str, msgstr: str, slip: str) -> None:
    assert any(f"'{slip}'" in message for message in _pr401(locale, msgid, msgstr))


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ko", ARMS, "환자는 오스트라비모드 150 μg군 또는 오스트라비모드 300 μg군에 배정됐다."),
        ("ja", ORR, "奏効率はゾルベクサ群で41.2%で、ゾルベクサの忍容性は良好だった。"),
        (
            "ja",
            "Elaine Marsh spoke; Marsh is Elaine Marsh's family name.",
            "エレイン・マーシュが講演した。エレイン マーシュの姓はマーシュである。",
        ),
        (
            "ja",
            "Neopharma and Neopharm signed an agreement.",
            "ネオファーマとネオファームは契約を締結した。",
        ),
    ],
)
def test_the_form_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert not any("misspelt" in message for message in _pr401(locale, msgid, msgstr))


def _slip_by_every_offset(msgstr: str, forms: list[str], others: list[str]) -> str | None:
    """The reading slip_beside_form made before it looked for its runs with str.find: every
    offset of the msgstr tried in turn."""
    for form in forms:
        size = len(form)
        if size < 4 or form.isascii() or form not in msgstr:
            continue
        taken = [(a, a + size) for a in range(len(msgstr)) if msgstr.startswith(form, a)]
        for start in range(len(msgstr) - size + 1):
            run = msgstr[start : start + size]
            if run == form or any(a < start + size and start < b for a, b in taken):
                continue
            pairs = list(zip(run, form, strict=True))
            if sum(x != y for x, y in pairs) != 1:
                continue
            changed = next(x for x, y in pairs if x != y)
            if changed.isalpha() and run not in others:
                return run
    return None


def test_runs_found_by_their_first_or_last_letter_are_every_offsets() -> None:
    # the runs are found from the offsets of a form's first and last letters: the same
    # slip, the first in the text, as by trying every offset (overlapping forms, a form
    # at either end, another glossary name one letter apart, digits and dots changed)
    rnd = random.Random(16)
    letters = "オストラビモドピ・ 1"
    for _ in range(5000):
        form = "".join(rnd.choice(letters) for _ in range(rnd.randint(4, 6)))
        msgstr = "".join(rnd.choice(letters) for _ in range(rnd.randint(0, 24)))
        at = rnd.randint(0, len(msgstr))
        msgstr = msgstr[:at] + form + msgstr[at:]
        others = [msgstr[a : a + len(form)] for a in range(0, len(msgstr), 5)][: rnd.randint(0, 2)]
        forms = [form, "".join(rnd.choice(letters) for _ in range(5))]
        assert slip_beside_form(msgstr, forms, others) == _slip_by_every_offset(
            msgstr, forms, others
        )


def test_a_long_translation_is_not_read_offset_by_offset() -> None:
    # a form's runs are looked for where its first or last letter is: a paragraph that
    # writes neither elsewhere gives none to compare
    msgstr = "ゾルベクサ" + "。本剤の忍容性は良好だった" * 50
    assert _starts(msgstr, "ゾルベクサ") == [0]
    assert slip_beside_form(msgstr, ["ゾルベクサ"], []) is None

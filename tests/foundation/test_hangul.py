"""Korean particles fitted to the word before them (prlocalize.hangul)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from prlocalize.hangul import Ending, ending, fix_particles, particle_slip, proper_form


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("삼성전자", Ending.VOWEL),
        ("김민준", Ending.CONSONANT),
        ("서울", Ending.RIEUL),
        ("갤럭시 S24", None),  # a digit may be read as a figure or in English ('NOVA9' 나인)
        ("NOVA9", None),
        ("Samsung", None),
        ("東京", None),
        ("", None),
    ],
)
def test_the_last_syllable_says_how_a_word_ends(word: str, expected: Ending | None) -> None:
    assert ending(word) is expected


@pytest.mark.parametrize(
    ("particle", "word_ending", "expected"),
    [
        ("는", Ending.CONSONANT, "은"),
        ("은", Ending.VOWEL, "는"),
        ("가", Ending.CONSONANT, "이"),
        ("을", Ending.VOWEL, "를"),
        ("와", Ending.RIEUL, "과"),
        ("으로", Ending.RIEUL, "로"),  # ㄹ takes '로' as a vowel does
        ("로", Ending.CONSONANT, "으로"),
    ],
)
def test_proper_forms(particle: str, word_ending: Ending, expected: str) -> None:
    assert proper_form(particle, word_ending) == expected


@pytest.mark.parametrize(
    ("text", "word", "written", "proper"),
    [
        ("김민준는 말했다.", "김민준", "는", "은"),
        ("삼성전자이 밝혔다.", "삼성전자", "이", "가"),
        ("본사를 부산로 옮긴다.", "부산", "로", "으로"),
        ("서울으로 향했다.", "서울", "으로", "로"),
        ("삼성전자과의 협력", "삼성전자", "과", "와"),  # a particle with a tail
        ("김민준(金敏俊)는 말했다.", "김민준", "는", "은"),  # a gloss between
        ("'김민준'를 만났다.", "김민준", "를", "을"),  # a closing quote between
        ("김민준는", "김민준", "는", "은"),  # at the end of the text
        ("가토 미키오는는 말했다.", "가토 미키오", "는는", "는"),  # typed twice
        ("김민준은는 말했다.", "김민준", "은는", "은"),  # twice, in both forms
    ],
)
def test_a_particle_that_does_not_fit_is_found(
    text: str, word: str, written: str, proper: str
) -> None:
    slip = particle_slip(text, word, text.index(word) + len(word))
    assert slip is not None
    assert (slip.written, slip.proper) == (written, proper)
    assert text[slip.start : slip.end] == written


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("김민준은 말했다.", "김민준"),
        ("서울로 향했다.", "서울"),
        ("한국가스공사가 밝혔다.", "한국"),  # a longer word the name opens
        ("회사는 삼성전자이다.", "삼성전자"),  # a copula, not the particle '이'
        ("김민준이라고 밝혔다.", "김민준"),
        ("로봇을 만드는 한국로봇", "한국"),
        ("삼성전자와의 협력", "삼성전자"),
        ("NOVA9이 무대에 오른다.", "NOVA9"),  # the reading is not written
        ("김민준 대표는", "김민준"),  # no particle on the name
        ("김민준은 은행에 갔다.", "김민준"),  # the next word opens with the same syllable
        ("김민준이이끄는 팀", "김민준"),  # a word glued after the particle: not judged
    ],
)
def test_fitting_particles_and_other_words_are_left_alone(text: str, word: str) -> None:
    assert particle_slip(text, word, text.index(word) + len(word)) is None


_WORDS = ("김민준", "삼성전자", "서울", "부산", "쇼난 아이파크", "NOVA9")
_PARTICLES = ("은", "는", "이", "가", "을", "를", "과", "와", "으로", "로", "과의", "로서", "")
_AFTER = ("", " 말했다.", "에서", "다.", ")", " ")


@given(
    st.lists(
        st.tuples(st.sampled_from(_WORDS), st.sampled_from(_PARTICLES), st.sampled_from(_AFTER)),
        min_size=1,
        max_size=6,
    )
)
def test_fixed_text_has_no_slips_and_changes_only_particles(
    parts: list[tuple[str, str, str]],
) -> None:
    text, words = "", []
    for word, particle, after in parts:
        text += word
        words.append((word, len(text)))
        text += particle + after + " "
    fixed = fix_particles(text, words)
    # the same words at the same places once each particle's new length is counted
    shift, refound = 0, []
    for word, end in words:
        start = end - len(word) + shift
        assert fixed[start : start + len(word)] == word
        slip = particle_slip(text, word, end)
        refound.append((word, start + len(word)))
        if slip is not None:
            shift += len(slip.proper) - len(slip.written)
    assert all(particle_slip(fixed, word, end) is None for word, end in refound)
    assert fix_particles(fixed, refound) == fixed

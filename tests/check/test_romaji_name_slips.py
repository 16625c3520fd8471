"""A glossary name romanized another way in a Latin-script release ('Kenji Satoh',
'Kenji Satou' or 'Kenji Satō' for 'Kenji Sato'; 'Ohno', 'Homma', 'Tuda') is a misspelled
name where another word of that name stands beside it; another name ('Saito'), the
word alone and the glossary's own forms are not."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from prlocalize.glossary.model import Entry, Glossary, Kind, Term
from prlocalize.rules.romaji_names import romaji_key, romaji_name_index

Run = Callable[..., Result]


def _glossary(*rows: tuple[Kind, str]) -> Glossary:
    return Glossary(
        [Entry(f"e:{i}", kind, {"en": Term(form)}) for i, (kind, form) in enumerate(rows)]
    )


GLOSSARY = _glossary(
    (Kind.PERSON, "Kenji Sato"),
    (Kind.PERSON, "Kunihiko Ono"),
    (Kind.PERSON, "Daisuke Honma"),
    (Kind.PERSON, "Takashi Tsuda"),
    (Kind.PERSON, "Yuki Tanaka"),
    (Kind.PERSON, "Shuichi Ohara"),
    (Kind.ORG, "Otsuka Pharmaceutical"),
    (Kind.TITLE, "Chief Executive Officer"),
)


@pytest.mark.parametrize(
    ("word", "key"),
    [
        ("Satoh", "sato"),
        ("Satou", "sato"),
        ("Satō", "sato"),
        ("SATOH", "sato"),
        ("Ohno", "ono"),
        ("Oono", "ono"),
        ("Homma", "honma"),
        ("Tuda", "tsuda"),
        ("Yuuki", "yuki"),
        ("Syuichi", "shuichi"),
        ("Shuichi", "shuichi"),  # Hepburn stays as it is
        ("Ohara", "ohara"),  # 'oh' before a vowel is o + h
        ("Inoue", "inoue"),  # and 'ou' before a vowel two sounds
    ],
)
def test_key(word: str, key: str) -> None:
    assert romaji_key(word) == key


@pytest.mark.parametrize(
    ("text", "slips"),
    [
        ("Kenji Satoh will attend.", [("Satoh", ("Sato",))]),
        ("Kenji Satou and Kenji Satō spoke.", [("Satou", ("Sato",)), ("Satō", ("Sato",))]),
        ("SATOH Kenji, Director", [("SATOH", ("SATO",))]),  # in the case the text uses
        ("Kunihiko Ohno and Daisuke Homma", [("Ohno", ("Ono",)), ("Homma", ("Honma",))]),
        ("Takashi Tuda, Yuuki Tanaka", [("Tuda", ("Tsuda",)), ("Yuuki", ("Yuki",))]),
        ("Ohtsuka Pharmaceutical said", [("Ohtsuka", ("Otsuka",))]),
        # as the glossary writes them
        ("Kenji Sato, Shuichi Ohara and Otsuka Pharmaceutical.", []),
        # another name of the same family, or the word alone: maybe another person
        ("Kenji Saito spoke. Mr. Satoh said. Satoh and Ono met.", []),
        ("Taro Satoh spoke.", []),
        # lower case, or not beside the name's other word (a comma may part two names)
        ("the ohno effect; Kenji, Satoh and others; Satoh, Kenji", []),
    ],
)
def test_slips(text: str, slips: list[tuple[str, tuple[str, ...]]]) -> None:
    index = romaji_name_index(GLOSSARY, "en")
    assert [(s.written, s.approved) for s in index.slips(text)] == slips


def test_a_spelling_the_glossary_knows_is_never_a_slip() -> None:
    """Two persons whose names read alike (大野 Ohno, 小野 Ono), or a wrong form listed
    as such: each is the glossary's own."""
    glossary = _glossary((Kind.PERSON, "Kenji Ono"), (Kind.PERSON, "Kenji Ohno"))
    assert list(romaji_name_index(glossary, "en").slips("Kenji Ohno met Kenji Ono.")) == []


def test_titles_and_terms_are_not_names() -> None:
    glossary = _glossary((Kind.TITLE, "Sato Fellow"), (Kind.TERM, "Homma process"))
    assert not romaji_name_index(glossary, "en")


def test_check_reports_it_in_an_english_release(run_cli: Run, tmp_path: Path) -> None:
    glossary = tmp_path / "g.csv"
    glossary.write_text(
        "en,ja,ko,kind\nKenji Sato,佐藤 健二,사토 겐지,person\n"
        "Chief Executive Officer,最高経営責任者,최고경영자,title\n",
        encoding="utf-8",
    )
    release = tmp_path / "en.txt"
    release.write_text(
        "Kenji Satoh, Chief Executive Officer, will attend. Kenji Saito will too.\n",
        encoding="utf-8",
    )
    result = run_cli("check", str(release), "-g", str(glossary), "--format", "json")
    assert result.exit_code == 1, result.stderr
    (finding,) = json.loads(result.stdout)["findings"]
    assert (finding["code"], finding["found"], finding["suggestion"]) == ("PR102", "Satoh", "Sato")
    assert "romanized another way" in finding["message"]
    # a Japanese or Korean release is not read for romanizations
    (tmp_path / "ja.txt").write_text("Kenji Satohが出席した。\n", encoding="utf-8")
    result = run_cli("check", str(tmp_path / "ja.txt"), "-g", str(glossary), "--format", "json")
    assert [f["code"] for f in json.loads(result.stdout)["findings"]] != ["PR102"]

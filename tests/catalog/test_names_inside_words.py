"""PR401 on a translation of an ordinary word that a team sheet also has as a name: the
brand 'スマート' read inside 'スマートフォン', the person '森' inside '森林', the place
'京都' inside '東京都', the family name '한' that is the determiner 'one', the brand '원'
that is the currency won. A translation that renders the word is right (also a loanword
brand written in lower case, 'smart charger'); a translation that leaves out the name
itself is still reported."""

from __future__ import annotations

import pytest
from catalog_support import catalog_findings, make_document, translation_codes

from prlocalize.glossary.model import Entry, Glossary, Kind, Term


def _entry(entry_id: str, kind: Kind, en: str, ja: str, ko: str) -> Entry:
    return Entry(entry_id, kind, {"en": Term(en), "ja": Term(ja), "ko": Term(ko)})


SHEET = Glossary(
    [
        _entry("brand:smart", Kind.BRAND, "Smart", "スマート", "스마트"),
        _entry("brand:won", Kind.BRAND, "Wonder One", "ワンダーワン", "원"),
        _entry("place:kyoto", Kind.PLACE, "Kyoto", "京都", "교토"),
        _entry("person:mori", Kind.PERSON, "Mori", "森", "모리"),
        _entry("person:hayashi", Kind.PERSON, "Hayashi", "林", "하야시"),
        _entry("person:han", Kind.PERSON, "Han", "韓", "한"),
        _entry("title:president", Kind.TITLE, "President", "社長", "대표"),
    ]
)


def _codes(locale: str, msgid: str, msgstr: str) -> list[str]:
    return [c for c in translation_codes(locale, msgid, msgstr, glossary=SHEET) if c == "PR401"]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "en",
            "スマートフォンでバーコードを読み取るだけで在庫を更新できます。",
            "Stock is updated by scanning a barcode with a smartphone.",
        ),
        (
            "en",
            "森林資源を活用した新素材の研究を進めます。",
            "We will advance research into new materials made from forest resources.",
        ),
        ("en", "本社は東京都港区にあります。", "The head office is in Minato, Tokyo."),
        (
            "en",
            "직원 한 사람 한 사람이 즐겁게 일하는 회사를 만들겠다.",
            "We will build a company where every employee enjoys their work.",
        ),
        ("en", "가격은 89만 원부터다.", "Prices start at 890,000 won."),
        ("ja", "가격은 89만 원부터다.", "価格は89万ウォンから。"),
        # a loanword the sheet also has as a brand, translated as the word it is
        (
            "en",
            "スマート充電器は車両に設置できます。",
            "The smart charger can be installed in a vehicle.",
        ),
        ("en", "스마트 충전 거치대는 차량에 설치할 수 있다.", "The smart dock fits in a vehicle."),
    ],
)
def test_an_ordinary_word_translated_as_a_word(locale: str, msgid: str, msgstr: str) -> None:
    assert _codes(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", "スマートの新モデルを発表しました。", "The company announced a new model."),
        ("en", "京都で記者会見を開きました。", "A press conference was held in Osaka."),
        ("en", "森社長が登壇しました。", "The president took the stage."),
        ("en", "한 대표는 이렇게 말했다.", "The president said so."),
    ],
)
def test_the_name_left_out_is_still_reported(locale: str, msgid: str, msgstr: str) -> None:
    assert _codes(locale, msgid, msgstr) == ["PR401"]


NEXT = Glossary([_entry("brand:next", Kind.BRAND, "Next", "ネクスト", "넥스트")])
WE_HOPE = (
    "We hope the next model will be lighter.",
    "次のモデルはもっと軽くなることを願っています。",
)


def _catalog_pr401(entries: list[tuple[str, str]]) -> list[str]:
    found = catalog_findings("ja", entries, glossary=NEXT)
    return [f.message for f in found if f.code == "PR401"]


def test_a_sentence_opened_by_a_word_the_release_writes_in_lower_case() -> None:
    opened = ("Next steps include a keyboard.", "今後はキーボードの投入を予定しています。")
    assert _catalog_pr401([WE_HOPE, opened]) == []


def test_the_brand_opening_a_sentence_is_still_missed_where_the_release_has_no_such_word() -> None:
    opened = ("Next launches a keyboard today.", "本日、キーボードを発売します。")
    assert _catalog_pr401([opened]) == ["Approved translation of 'Next' missing"]
    # inside a sentence the capital says it is the brand, whatever the release writes
    inside = ("The keyboard is made by Next.", "このキーボードは他社製です。")
    assert _catalog_pr401([WE_HOPE, inside]) == ["Approved translation of 'Next' missing"]


def _hints_of(paragraphs: list[str], lang: str = "en") -> dict[str, list[str]]:
    from prlocalize.catalog import build_template

    catalog = build_template([make_document(paragraphs, lang=lang)], NEXT, ["ja"])
    return {m.id: [c for c in m.auto_comments if "→" in c] for m in catalog if m.id}


def test_extract_gives_no_hint_for_a_word_the_release_writes_in_lower_case() -> None:
    hints = _hints_of(["We hope the next model will be lighter.", "Next steps include a case."])
    assert hints["Next steps include a case."] == []
    # the release never writes 'next' as a word: the capital may be the brand's
    hints = _hints_of(["Next steps include a case."])
    assert hints["Next steps include a case."] == ["Next → ja: ネクスト"]


def test_extract_gives_no_hint_for_a_name_inside_a_longer_word() -> None:
    from prlocalize.catalog import build_template

    doc = make_document(
        ["スマートフォンで在庫を更新できます。", "京都で会見を開きました。"], lang="ja"
    )
    catalog = build_template([doc], SHEET, ["en"])
    hints = {m.id: [c for c in m.auto_comments if "→" in c] for m in catalog if m.id}
    assert hints == {
        "スマートフォンで在庫を更新できます。": [],
        "京都で会見を開きました。": ["京都 → en: Kyoto"],
    }


def test_only_a_one_word_name_is_looked_for_a_capital_by_position(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A title's, a term's or a two-word name's capital never withholds its hint, so
    extract does not read where it stands (issue 16: it was read at every hit of an
    archive's names, a tenth of extract's hints)."""
    from prlocalize.catalog import template

    looked: list[str] = []
    word_by_position = template._word_by_position

    def counting(entry: Entry, text: str, start: int, end: int) -> str | None:
        looked.append(text[start:end])
        return word_by_position(entry, text, start, end)

    monkeypatch.setattr(template, "_word_by_position", counting)
    sheet = Glossary(
        [
            *NEXT,
            _entry("person:ueno", Kind.PERSON, "Hiroaki Ueno", "上野 裕明", "우에노 히로아키"),
            _entry("title:president", Kind.TITLE, "President", "社長", "대표"),
        ]
    )
    from prlocalize.catalog import build_template

    paragraphs = ["President Hiroaki Ueno opened the plant.", "Next steps include a case."]
    catalog = build_template([make_document(paragraphs, lang="en")], sheet, ["ja"])
    hints = {m.id: [c for c in m.auto_comments if "→" in c] for m in catalog if m.id}
    assert looked == ["Next"]
    assert hints == {
        "President Hiroaki Ueno opened the plant.": [
            "President → ja: 社長",
            "Hiroaki Ueno → ja: 上野 裕明",
        ],
        "Next steps include a case.": ["Next → ja: ネクスト"],
    }


@pytest.mark.parametrize(
    ("text", "title_case"),
    [
        ("Fresh Bread and Hope for Reading Week", True),
        ("Minato Bio Opens Its Fujisawa Plant", True),
        ("Hope Opens in Fujisawa", True),  # three long words, each capitalised
        ("Hope Is Here", False),  # two long words: 'Is' is short
        ("Hope opens the Fujisawa Plant", False),  # 'opens' in lower case
        ("Next steps include a case.", False),
        ("We Hope the next Model Will Ship Soon", False),  # a long word in lower case
        ("O'Neil-Smith's Bread Week", True),  # words run on through ' and -
        ("", False),
    ],
)
def test_a_heading_in_title_case(text: str, title_case: bool) -> None:
    from prlocalize.glossary import wordlike

    assert wordlike._title_case(text) is title_case
    # what the whole list of words said, word for word
    long_words = [w for w in wordlike._WORD.findall(text) if len(w) > 3]
    assert (len(long_words) >= 3 and all(w[0].isupper() for w in long_words)) is title_case

"""An entry written without an id takes it from its English form whatever column the
sheet puts first: a Japanese team's sheet (ja, en, ko) gave 'person:小野寺-遥' where the
same person in an English-first sheet was 'person:haruka-onodera'."""

from __future__ import annotations

from prlocalize.glossary.csvfile import parse_csv
from prlocalize.glossary.tbx import parse_tbx


def test_the_id_comes_from_the_english_column_not_the_first() -> None:
    ja_first = "kind,ja,en-US,ko\nperson,小野寺遥,Haruka Onodera,오노데라 하루카\n"
    en_first = "kind,en,ja\nperson,Haruka Onodera,小野寺遥\n"
    assert [e.id for e in parse_csv(ja_first, "ja.csv").entries] == ["person:haruka-onodera"]
    assert [e.id for e in parse_csv(en_first, "en.csv").entries] == ["person:haruka-onodera"]


def test_without_an_english_form_the_first_form_gives_it() -> None:
    text = "kind,ja,ko,en\norg,雲工業,구모공업,\n"
    assert [e.id for e in parse_csv(text, "ja.csv").entries] == ["org:雲工業"]


def test_a_tbx_entry_with_ja_first_takes_its_english_form() -> None:
    tbx = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<tbx xmlns="urn:iso:std:iso:30042:ed-2" type="TBX-Basic" style="dca" xml:lang="ja">'
        "<text><body><conceptEntry>"
        '<descrip type="subjectField">org</descrip>'
        '<langSec xml:lang="ja"><termSec><term>雲工業株式会社</term></termSec></langSec>'
        '<langSec xml:lang="en"><termSec><term>Kumo Kogyo Co., Ltd.</term></termSec></langSec>'
        "</conceptEntry></body></text></tbx>\n"
    )
    entries = parse_tbx(tbx.encode("utf-8"), "terms.tbx").entries
    assert [e.id for e in entries] == ["org:kumo-kogyo-co-ltd"]

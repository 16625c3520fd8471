"""A TBX that MultiTerm or memoQ exports keeps a term's status in the field the team
set up (``<descrip type="Usage">Forbidden</descrip>``, ``<termNote type="Status">``)
and the entry's kind in its ``Entry Class``: a forbidden form read as no status became
an accepted variant, or the approved form when listed first."""

from __future__ import annotations

from prlocalize.glossary.model import Kind
from prlocalize.glossary.tbx import parse_tbx

_TBX = """<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX" xml:lang="en"><text><body>
  <termEntry id="c7">
    <descrip type="Entry Class">person</descrip>
    <langSet xml:lang="EN-US"><tig><term>Haruto Ebisawa</term></tig></langSet>
    <langSet xml:lang="JA-JP">
      <tig><term>海老沢晴登</term><descrip type="Usage">Forbidden</descrip></tig>
      <tig><term>海老沢陽翔</term><descrip type="Usage">Preferred</descrip></tig>
    </langSet>
    <langSet xml:lang="KO-KR">
      <tig><term>에비사와 하루토</term><termNote type="Status">Preferred</termNote></tig>
      <tig><term>에비자와 하루토</term></tig>
    </langSet>
  </termEntry>
  <termEntry id="c8">
    <descrip type="Subject">place</descrip>
    <langSet xml:lang="EN-US"><tig><term>Kushiro</term></tig></langSet>
    <langSet xml:lang="JA-JP">
      <tig><term>釧路市</term><termNote type="Status">Preferred</termNote></tig>
      <tig><term>釧路</term><termNote type="Status">Admitted</termNote></tig>
      <tig><term>くしろ市</term><termNote type="Status">Do not use</termNote></tig>
    </langSet>
  </termEntry>
</body></text></martif>
"""


def _forms(entry: object) -> dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return {
        locale: (term.text, term.variants, term.forbidden)
        for locale, term in entry.forms.items()  # type: ignore[attr-defined]
    }


def test_usage_and_status_fields_give_the_term_status() -> None:
    parsed = parse_tbx(_TBX.encode(), "tb.tbx")
    person, place = parsed.entries
    assert person.kind is Kind.PERSON
    assert _forms(person)["ja"] == ("海老沢陽翔", (), ("海老沢晴登",))
    assert _forms(person)["ko"] == ("에비사와 하루토", ("에비자와 하루토",), ())
    assert _forms(place)["ja"] == ("釧路市", ("釧路",), ("くしろ市",))


def test_a_usage_note_that_is_no_status_leaves_the_order_to_decide() -> None:
    tbx = """<martif type="TBX"><text><body><termEntry id="c9">
      <langSet xml:lang="en"><tig><term>Ebisawa Marine Co., Ltd.</term>
        <descrip type="Usage">Full name at first mention</descrip></tig>
        <tig><term>Ebisawa Marine</term></tig></langSet>
    </termEntry></body></text></martif>"""
    [entry] = parse_tbx(tbx.encode(), "tb.tbx").entries
    assert _forms(entry)["en"] == ("Ebisawa Marine Co., Ltd.", ("Ebisawa Marine",), ())


def test_administrative_status_wins_over_the_tools_field() -> None:
    tbx = """<martif type="TBX"><text><body><termEntry id="c10">
      <langSet xml:lang="ja"><tig><term>北見工場</term></tig>
        <tig><term>北見プラント</term>
          <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>
          <descrip type="Usage">Preferred</descrip></tig></langSet>
    </termEntry></body></text></martif>"""
    [entry] = parse_tbx(tbx.encode(), "tb.tbx").entries
    assert _forms(entry)["ja"] == ("北見工場", (), ("北見プラント",))

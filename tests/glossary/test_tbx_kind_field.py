"""A TBX exported by MultiTerm or memoQ keeps the name the team gave the entry field
that says its kind (``<descrip type="Subject">``), not TBX's ``subjectField``."""

from __future__ import annotations

from prlocalize.glossary.model import Kind
from prlocalize.glossary.tbx import parse_tbx

_TBX = """<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX" xml:lang="en-US"><text><body>
  <termEntry id="c1">
    <descrip type="Subject">organisation</descrip>
    <langSet xml:lang="en-US"><tig><term>Larkspur Avionics Ltd.</term></tig></langSet>
    <langSet xml:lang="JA-JP"><tig><term>ラークスパー・アビオニクス</term></tig></langSet>
  </termEntry>
  <termEntry id="c2">
    <descripGrp><descrip type="Category">person</descrip></descripGrp>
    <langSet xml:lang="en-US"><tig><term>Miriam Adeyemi</term></tig></langSet>
    <langSet xml:lang="ko-kr"><tig><term>미리엄 아데예미</term></tig></langSet>
  </termEntry>
  <termEntry id="c3">
    <descrip type="Subject">aviation</descrip>
    <langSet xml:lang="en-US"><tig><term>flight recorder</term></tig></langSet>
  </termEntry>
</body></text></martif>
"""


def test_entry_field_named_subject_or_category_gives_the_kind() -> None:
    parsed = parse_tbx(_TBX.encode(), "termbase.tbx")
    kinds = {entry.id: entry.kind for entry in parsed.entries}
    assert kinds == {"c1": Kind.ORG, "c2": Kind.PERSON, "c3": Kind.TERM}

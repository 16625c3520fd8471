"""A CAT tool's paired inline codes (TMX ``<bpt>``/``<ept>``, ``<hi>``; XLIFF ``<g>``,
``<pc>``) become the catalog's own markup in the memory's answer: a msgid that sets a
name in bold (``<strong>Rina Okabe</strong>``) found no exact match in a unit whose
codes were dropped, and its close match was rejected for the missing markup (PR406)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from prlocalize.translate.memory import MemoryBackend, TranslationMemory
from prlocalize.translate.tmx import read_tmx
from prlocalize.translate.xliff import read_xliff

# [bN]/[eN]: a Trados pair of codes, written out below (a line stays short)
TMX = (
    """<?xml version="1.0" encoding="utf-8"?>
<tmx version="1.4"><header creationtool="SDL Language Platform" o-tmf="SDL TM8 Format"
 adminlang="EN-US" srclang="EN-US" datatype="xml" segtype="sentence"/><body>
<tu changedate="20250310T091533Z">
 <tuv xml:lang="en-US"><seg>[b1]Rina Okabe[e1], head of research at Kanade Dairy, \
said the trial would start in [b2]May[e2].</seg></tuv>
 <tuv xml:lang="ja-JP"><seg>かなで乳業の研究部長である[b1]岡部里奈[e1]は、\
試験を[b2]5月[e2]に開始すると述べました。</seg></tuv>
</tu>
<tu>
 <tuv xml:lang="en-US"><seg>Read the <hi type="b">full report</hi>.</seg></tuv>
 <tuv xml:lang="ko-KR"><seg><hi type="b">보고서 전문</hi>을 읽어 보세요.</seg></tuv>
</tu>
<tu>
 <tuv xml:lang="en-US"><seg>Kanade Dairy thanks [b1]all partner farms[e1].</seg></tuv>
 <tuv xml:lang="ja-JP"><seg>かなで乳業はすべての提携牧場に感謝します。</seg></tuv>
</tu>
</body></tmx>
""".replace("[b1]", '<bpt i="1" type="1" x="1"/>')
    .replace("[e1]", '<ept i="1"/>')
    .replace("[b2]", '<bpt i="2" x="2"/>')
    .replace("[e2]", '<ept i="2"/>')
)

MSGID = (
    "<strong>Rina Okabe</strong>, head of research at Kanade Dairy, said the trial would "
    "start in <em>May</em>."
)


def _memory(tmp_path: Path) -> TranslationMemory:
    path = tmp_path / "agency.tmx"
    path.write_text(TMX, encoding="utf-8")
    memory = TranslationMemory(tmp_path / "memory.sqlite")
    memory.add(read_tmx(path))
    return memory


def test_the_tools_codes_take_the_msgids_markup(tmp_path: Path) -> None:
    backend = MemoryBackend(_memory(tmp_path))
    (ja,) = backend.translate([MSGID], "en", "ja")
    assert ja is not None and not ja.needs_review
    assert ja.text == (
        "かなで乳業の研究部長である<strong>岡部里奈</strong>は、"
        "試験を<em>5月</em>に開始すると述べました。"
    )
    (ko,) = backend.translate(['Read the <a href="/r.pdf">full report</a>.'], "en", "ko")
    assert ko is not None and ko.text == '<a href="/r.pdf">보고서 전문</a>을 읽어 보세요.'


def test_a_msgid_without_markup_gets_the_plain_translation(tmp_path: Path) -> None:
    backend = MemoryBackend(_memory(tmp_path))
    plain = "Rina Okabe, head of research at Kanade Dairy, said the trial would start in May."
    (ja,) = backend.translate([plain], "en", "ja")
    assert ja is not None and not ja.needs_review and "<" not in ja.text
    assert ja.text.startswith("かなで乳業の研究部長である岡部里奈は")


def test_markup_around_other_words_is_no_exact_match(tmp_path: Path) -> None:
    backend = MemoryBackend(_memory(tmp_path), fuzzy=False)
    moved = MSGID.replace("<strong>Rina Okabe</strong>, head", "Rina Okabe, <strong>head")
    moved = moved.replace("Kanade Dairy,", "Kanade Dairy</strong>,")
    assert backend.translate([moved], "en", "ja") == [None]


def test_a_translation_that_dropped_a_code_keeps_no_markers(tmp_path: Path) -> None:
    """The translator left the bold out: the unit is text only, never half-marked."""
    (_, _, dropped) = read_tmx_units(tmp_path)
    assert dropped.codes == ()
    assert "\x01" not in dropped.source + dropped.target
    backend = MemoryBackend(_memory(tmp_path), fuzzy=False)
    msgid = "Kanade Dairy thanks <strong>all partner farms</strong>."
    assert backend.translate([msgid], "en", "ja") == [None]


def read_tmx_units(tmp_path: Path) -> list:
    path = tmp_path / "agency.tmx"
    path.write_text(TMX, encoding="utf-8")
    return list(read_tmx(path))


def test_xliff_pairs_take_the_msgids_markup(tmp_path: Path) -> None:
    path = tmp_path / "job.xlf"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en-US"'
        ' trgLang="ko-KR"><file id="f"><unit id="u1"><segment state="final">'
        '<source>Kanade Dairy joins the <pc id="1" type="fmt">Tokachi Milk Council</pc>.'
        '</source><target>가나데유업, <pc id="1" type="fmt">도카치우유협의회</pc> 가입'
        "</target></segment></unit></file></xliff>\n",
        encoding="utf-8",
    )
    (unit,) = read_xliff(path).units
    assert unit.source == "Kanade Dairy joins the Tokachi Milk Council."
    memory = TranslationMemory(tmp_path / "memory.sqlite")
    memory.add([unit])
    (ko,) = MemoryBackend(memory).translate(
        ["Kanade Dairy joins the <strong>Tokachi Milk Council</strong>."], "en", "ko"
    )
    assert ko is not None and ko.text == "가나데유업, <strong>도카치우유협의회</strong> 가입"


def test_a_later_unit_without_codes_replaces_the_codes(tmp_path: Path) -> None:
    from prlocalize.translate.memory import Unit

    memory = _memory(tmp_path)
    plain = "Read the full report."
    memory.add([Unit("en", "ko", plain, "보고서 전문을 읽어 보세요.")])
    backend = MemoryBackend(memory, fuzzy=False)
    assert backend.translate(['Read the <a href="/r.pdf">full report</a>.'], "en", "ko") == [None]


def test_memory_export_writes_the_codes_back(tmp_path: Path) -> None:
    """The agency gets the memory back with its bold names still paired codes."""
    from prlocalize.translate.tmx import tmx_bytes

    memory = _memory(tmp_path)
    exported = tmx_bytes(memory.units())
    assert exported.count(b"<bpt i=") == 6  # two pairs in en and ja, one each in en and ko
    path = tmp_path / "back.tmx"
    path.write_bytes(exported)
    again = {(u.source, u.codes) for u in read_tmx(path)}
    assert again == {(u.source, u.codes) for u in memory.units()}


def test_a_pair_around_the_whole_segment_is_left_out(tmp_path: Path) -> None:
    """Trados wraps a Word paragraph's character style around the whole segment, and
    the bold name inside it: the msgid holds only the name's <strong>."""
    path = tmp_path / "styled.sdlxliff"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">'
        '<file source-language="en-US" target-language="ja-JP"><body>'
        '<trans-unit id="1"><source><g id="7">Chef <g id="8">Mio Arai</g> joins Kanade'
        " Dairy.</g></source>"
        '<target state="final"><g id="7">シェフの<g id="8">新井澪</g>がかなで乳業に入社。</g>'
        "</target></trans-unit></body></file></xliff>\n",
        encoding="utf-8",
    )
    (unit,) = read_xliff(path).units
    assert unit.codes == (
        "Chef <tm1>Mio Arai</tm1> joins Kanade Dairy.",
        "シェフの<tm1>新井澪</tm1>がかなで乳業に入社。",
    )
    memory = TranslationMemory(tmp_path / "memory.sqlite")
    memory.add([unit])
    (ja,) = MemoryBackend(memory).translate(
        ["Chef <strong>Mio Arai</strong> joins Kanade Dairy."], "en", "ja"
    )
    assert ja is not None and ja.text == "シェフの<strong>新井澪</strong>がかなで乳業に入社。"


def test_a_close_match_takes_the_markup_too_as_a_draft(tmp_path: Path) -> None:
    backend = MemoryBackend(_memory(tmp_path))
    close = MSGID.replace("would start", "will start")
    (ja,) = backend.translate([close], "en", "ja")
    assert ja is not None and ja.needs_review
    assert "<strong>岡部里奈</strong>" in ja.text and "<em>5月</em>" in ja.text


def test_the_codes_are_those_of_the_translation_stored(tmp_path: Path) -> None:
    """Of two units for one source in one import, the later is stored: its codes (or
    none) go with it, never the earlier one's."""
    units = read_tmx_units(tmp_path)
    coded = next(u for u in units if u.codes and u.target_lang == "ko")
    plain = replace(coded, target="보고서를 읽어 보세요.", codes=())
    memory = TranslationMemory(tmp_path / "memory.sqlite")
    memory.add([coded, plain])
    backend = MemoryBackend(memory, fuzzy=False)
    (ko,) = backend.translate(['Read the <a href="/r.pdf">full report</a>.'], "en", "ko")
    assert ko is None
    assert [u.codes for u in memory.units()] == [()]

"""Translation memory (exact and fuzzy matches, filled from catalogs) and TMX 1.4."""

from __future__ import annotations

from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from hypothesis import given, settings
from hypothesis import strategies as st

from prlocalize.errors import InputError
from prlocalize.translate.memory import MemoryBackend, TranslationMemory, Unit, lang_key
from prlocalize.translate.tmx import read_tmx, tmx_bytes


@pytest.fixture
def memory(tmp_path: Path) -> TranslationMemory:
    tm = TranslationMemory(tmp_path / ".prlocalize" / "memory.sqlite")
    tm.add(
        [
            Unit("en", "ja", "The roundtable was held in Fujisawa.", "円卓会議は藤沢で開かれた。"),
            Unit(
                "en",
                "ko",
                "The roundtable was held in Fujisawa.",
                "라운드테이블은 후지사와에서 열렸다.",
            ),
        ]
    )
    return tm


def test_exact_lookups_in_bulk_answer_as_one_at_a_time(tmp_path: Path) -> None:
    """The backend asks for a chunk of texts at once: the same answers, in order, for
    repeated, missing and re-spaced texts, across more texts than one query holds."""
    from prlocalize.translate import memory as memory_module

    tm = TranslationMemory(tmp_path / "memory.sqlite")
    tm.add([Unit("en", "ja", f"Sentence {n}.", f"文{n}。") for n in range(0, 1200, 2)])
    texts = [f"Sentence  {n}." for n in range(1200)] + ["Sentence 4.", "Sentence 4.", ""]
    assert len(set(texts)) > memory_module._KEYS_A_QUERY
    bulk = tm.exact_many(texts, "en", "ja_JP")
    assert bulk == [tm.exact(text, "en", "ja_JP") for text in texts]
    assert [m.unit.target if m else None for m in bulk[:3]] == ["文0。", None, "文2。"]
    assert tm.exact_many([], "en", "ja") == []


def test_exact_match_ignores_spacing_and_is_final(memory: TranslationMemory) -> None:
    (c,) = MemoryBackend(memory).translate(
        ["The  roundtable was held in\nFujisawa."], "en", "ja_JP"
    )
    assert c is not None
    assert (c.text, c.needs_review, c.label) == ("円卓会議は藤沢で開かれた。", False, "memory")


def test_fuzzy_match_is_a_draft_with_its_score(memory: TranslationMemory) -> None:
    (c,) = MemoryBackend(memory).translate(["The roundtable was held in Tokyo."], "en", "ja")
    assert c is not None
    assert c.needs_review and c.text == "円卓会議は藤沢で開かれた。"
    assert c.score is not None and 75 <= c.score < 100
    assert c.label == f"memory {int(c.score)}%"


def test_below_threshold_gives_none(memory: TranslationMemory) -> None:
    assert MemoryBackend(memory).translate(["Something else entirely."], "en", "ja") == [None]
    memory.fuzzy_threshold = 99
    assert MemoryBackend(memory).translate(["The roundtable was held in Tokyo."], "en", "ja") == [
        None
    ]


def test_filled_only_from_approved_catalog_entries(memory: TranslationMemory) -> None:
    catalog = Catalog(locale="ja")
    catalog.add("Approved.", "承認済み。")
    catalog.add("Draft.", "下書き。", flags=["fuzzy"])
    catalog.add("Empty.", "")
    assert memory.add_catalog(catalog, "en", "ja", origin="po:test.po") == 1
    assert memory.exact("Approved.", "en", "ja") is not None
    assert memory.exact("Draft.", "en", "ja") is None


def test_lang_keys() -> None:
    assert [lang_key(c) for c in ["ja-JP", "EN-US", "ko_KR", "zh-Hant-TW", "ja"]] == [
        "ja",
        "en",
        "ko",
        "zh_hant",
        "ja",
    ]


def test_chinese_keeps_its_script_told_by_the_region(tmp_path: Path) -> None:
    """zh-TW and zh-CN shared the key 'zh': a Traditional unit answered a Simplified
    lookup, and the later of two translations of one sentence replaced the other."""
    assert [lang_key(c) for c in ["zh-TW", "zh_HK", "zh-Hant", "zh-CN", "zh", "zh-Hans-SG"]] == [
        "zh_hant",
        "zh_hant",
        "zh_hant",
        "zh_hans",
        "zh_hans",
        "zh_hans",
    ]
    tm = TranslationMemory(tmp_path / "memory.sqlite")
    tm.add(
        [
            Unit("ja-JP", "zh-TW", "本社所在地：東京都港区", "總公司地址：東京都港區"),
            Unit("ja-JP", "zh-CN", "本社所在地：東京都港区", "总公司地址：东京都港区"),
        ]
    )
    assert len(tm) == 2
    found = tm.exact("本社所在地：東京都港区", "ja", "zh_TW")
    assert found is not None and found.unit.target == "總公司地址：東京都港區"
    found = tm.exact("本社所在地：東京都港区", "ja", "zh_CN")
    assert found is not None and found.unit.target == "总公司地址：东京都港区"


def test_tmx_round_trip(memory: TranslationMemory, tmp_path: Path) -> None:
    data = tmx_bytes(memory.units())
    assert data.startswith(b"<?xml version='1.0' encoding='UTF-8'?>\n<tmx version=\"1.4\">")
    path = tmp_path / "out.tmx"
    path.write_bytes(data)
    units = list(read_tmx(path))
    assert sorted((u.source_lang, u.target_lang, u.source, u.target) for u in units) == sorted(
        (u.source_lang, u.target_lang, u.source, u.target) for u in memory.units()
    )
    other = TranslationMemory(tmp_path / "other.sqlite")
    other.add(units)
    assert list(other.units()) != [] and len(other) == len(memory)


OMEGAT = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx SYSTEM "tmx11.dtd">
<tmx version="1.1">
  <header creationtool="OmegaT" o-tmf="OmegaT TMX" adminlang="EN-US" datatype="plaintext"
          creationtoolversion="6.0.0_0_1bf1729c" segtype="sentence" srclang="EN-US"/>
  <body>
    <tu>
      <tuv lang="EN-US"><seg>Press Release</seg></tuv>
      <tuv lang="JA-JP"><seg>プレスリリース</seg></tuv>
    </tu>
  </body>
</tmx>
"""

TRADOS = """<?xml version="1.0" encoding="utf-8"?>
<tmx version="1.4">
  <header creationtool="SDL Language Platform" creationtoolversion="8.1" o-tmf="SDL TM8 Format"
          datatype="xml" segtype="sentence" adminlang="en-US" srclang="en-US"
          creationdate="20240510T000000Z" creationid="PR"/>
  <body>
    <tu creationdate="20240510T000000Z" creationid="PR" changedate="20240510T000000Z">
      <prop type="x-Project:MultiplePicklist">Shonan</prop>
      <tuv xml:lang="en-US">
        <seg>Click <bpt i="1">&lt;a&gt;</bpt>here<ept i="1">&lt;/a&gt;</ept> for details.</seg>
      </tuv>
      <tuv xml:lang="ko-KR">
        <seg><bpt i="1" x="1">&lt;a&gt;</bpt>여기<ept i="1">&lt;/a&gt;</ept>를 클릭하세요.</seg>
      </tuv>
      <tuv xml:lang="ja-JP"><seg>詳細は<ph x="2"/>こちら。</seg></tuv>
    </tu>
    <tu srclang="*all*">
      <tuv xml:lang="en-GB"><seg>Colour</seg></tuv>
      <tuv xml:lang="ja-JP"><seg>色</seg></tuv>
    </tu>
  </body>
</tmx>
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (OMEGAT, [("en", "ja", "Press Release", "プレスリリース")]),
        (
            TRADOS,
            [
                ("en", "ko", "Click here for details.", "여기를 클릭하세요."),
                ("en", "ja", "Click here for details.", "詳細はこちら。"),
                ("en", "ja", "Colour", "色"),
            ],
        ),
    ],
    ids=["omegat-tmx-1.1", "trados-tmx-1.4"],
)
def test_import_of_other_tools_tmx(tmp_path: Path, text: str, expected: list) -> None:
    path = tmp_path / "memory.tmx"
    path.write_text(text, encoding="utf-8")
    assert [(u.source_lang, u.target_lang, u.source, u.target) for u in read_tmx(path)] == expected


PARAGRAPHS = """<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
  <header creationtool="Phrase" segtype="paragraph" srclang="en" o-tmf="x" adminlang="en"
          datatype="html" creationtoolversion="1"/>
  <body>
    <tu>
      <tuv xml:lang="en"><seg>Work starts in May.<ph x="1" type="lb"/>It ends in 2028.</seg></tuv>
      <tuv xml:lang="ja"><seg>5月に着工します。<ph x="1" type="lb"/>2028年に完成します。</seg></tuv>
    </tu>
    <tu>
      <tuv xml:lang="en"><seg>Fares rise.<ph x="1">&lt;br/&gt;</ph>Passes do not.</seg></tuv>
      <tuv xml:lang="ko"><seg>운임이 오른다.<ph x="1">&lt;BR&gt;</ph>정기권은 그대로다.</seg></tuv>
    </tu>
  </body>
</tmx>
"""


def test_line_break_codes_in_a_paragraph_are_kept(tmp_path: Path) -> None:
    """A paragraph's line break kept as a code (``type="lb"``, a native ``<br/>``) is a
    line break: dropping it ran 'May.It ends' together, which no release matches."""
    path = tmp_path / "paragraphs.tmx"
    path.write_text(PARAGRAPHS, encoding="utf-8")
    assert [(u.source, u.target) for u in read_tmx(path)] == [
        ("Work starts in May.\nIt ends in 2028.", "5月に着工します。\n2028年に完成します。"),
        ("Fares rise.\nPasses do not.", "운임이 오른다.\n정기권은 그대로다."),
    ]


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("<tmx><body><tu><tuv>", 1, "not well-formed XML"),
        ("<xliff/>", 1, "root element is <xliff>, not <tmx>"),
        ('<tmx version="1.4"><body>\n<tu><tuv><seg>x</seg></tuv></tu></body></tmx>', 2, "without"),
    ],
)
def test_broken_tmx_names_the_line(tmp_path: Path, text: str, line: int, message: str) -> None:
    path = tmp_path / "broken.tmx"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        list(read_tmx(path))
    assert caught.value.line == line and message in caught.value.message
    assert caught.value.path == str(path)


def test_memory_commands(run_cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("in.tmx").write_text(TRADOS, encoding="utf-8")
    result = run_cli("memory", "import", "in.tmx")
    assert (result.exit_code, result.output) == (0, "imported 3 unit(s) from in.tmx\n")
    assert (tmp_path / ".prlocalize" / "memory.sqlite").is_file()
    result = run_cli("memory", "export", "-o", "out.tmx")
    assert (result.exit_code, result.output) == (0, "exported 3 unit(s) to out.tmx\n")
    assert len(list(read_tmx(Path("out.tmx")))) == 3
    result = run_cli("memory", "import", "in.tmx", "--memory", "elsewhere/tm.sqlite")
    assert result.exit_code == 0
    assert len(TranslationMemory(tmp_path / "elsewhere" / "tm.sqlite")) == 3


def test_units_without_their_source_language_are_reported(run_cli, tmp_path, monkeypatch) -> None:
    """A <tu> with no variant in the header's srclang (a ja/ko pair in an en-US memory)
    gave nothing and said nothing: 'imported 0 unit(s)'."""
    monkeypatch.chdir(tmp_path)
    text = TRADOS.replace(
        '<tu srclang="*all*">',
        '<tu><tuv xml:lang="ja-JP"><seg>新駅</seg></tuv>'
        '<tuv xml:lang="ko-KR"><seg>신역</seg></tuv></tu>\n<tu srclang="*all*">',
    )
    Path("in.tmx").write_text(text, encoding="utf-8")
    result = run_cli("memory", "import", "in.tmx")
    assert result.exit_code == 0
    assert result.output == (
        "imported 3 unit(s) from in.tmx (1 <tu> without a variant in en-US passed over, "
        "the first on line 17: its srclang says which language the others translate)\n"
    )


def test_memory_import_errors_exit_2(run_cli, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("bad.tmx").write_text("<tmx><body>", encoding="utf-8")
    result = run_cli("memory", "import", "bad.tmx")
    assert result.exit_code == 2
    assert result.output.startswith("bad.tmx:1: not well-formed XML")
    # a file broken after valid units imports nothing (no half-imported memory)
    Path("half.tmx").write_text(OMEGAT.replace("</body>", "<tu><tuv>"), encoding="utf-8")
    result = run_cli("memory", "import", "half.tmx")
    assert result.exit_code == 2 and result.output.startswith("half.tmx:12: not well-formed")
    assert len(TranslationMemory(tmp_path / ".prlocalize" / "memory.sqlite")) == 0
    Path("empty.tmx").write_text("", encoding="utf-8")
    assert run_cli("memory", "import", "empty.tmx").exit_code == 2
    result = run_cli("memory", "import", "missing.tmx")
    assert result.exit_code == 2 and "does not exist" in result.output


def test_fuzzy_match_naming_other_glossary_entries_is_refused(tmp_path: Path, glossary) -> None:
    memory = TranslationMemory(tmp_path / "m.sqlite")
    memory.add(
        [
            Unit(
                "en",
                "ja",
                "Oh Youngju visited Shonan iPark today.",
                "オ・ヨンジュが本日湘南アイパークを訪問した。",
            )
        ]
    )
    query = "Mikio Kato visited Shonan iPark today."
    assert (
        MemoryBackend(memory).translate([query], "en", "ja")[0] is not None
    )  # close in characters
    assert MemoryBackend(memory, glossary=glossary).translate([query], "en", "ja") == [None]
    same_people = "Oh Youngju visited Shonan iPark yesterday."
    (c,) = MemoryBackend(memory, glossary=glossary).translate([same_people], "en", "ja")
    assert c is not None and c.needs_review


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.text("abcde ", min_size=1, max_size=30), min_size=1, max_size=25, unique=True),
    st.text("abcde ", min_size=1, max_size=30),
)
def test_length_window_finds_what_a_full_scan_finds(sources: list[str], query: str) -> None:
    import tempfile

    from rapidfuzz import fuzz, process

    from prlocalize.translate.memory import normalise

    with tempfile.TemporaryDirectory() as folder:
        memory = TranslationMemory(Path(folder) / "m.sqlite", fuzzy_threshold=60)
        memory.add(Unit("en", "ja", s, f"t{n}") for n, s in enumerate(sources))
        found = memory.fuzzy(query, "en", "ja")
        keys = {normalise(s) for s in sources if normalise(s)}
        best = process.extractOne(normalise(query), keys, scorer=fuzz.ratio, score_cutoff=60)
        assert (found.score if found else None) == (best[1] if best else None)
        memory.close()


def test_damaged_or_unwritable_memory_is_an_input_error(tmp_path: Path) -> None:
    damaged = tmp_path / "memory.sqlite"
    damaged.write_bytes(b"this is not SQLite at all" * 100)
    with pytest.raises(InputError) as caught:
        TranslationMemory(damaged)
    assert caught.value.path == str(damaged)
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(InputError, match="cannot open the memory"):
        TranslationMemory(blocker / "sub" / "memory.sqlite")


def test_import_counts_units_stored_not_variants_read(run_cli, tmp_path, monkeypatch) -> None:
    """A <tu> with two Japanese variants (the later an edit), and the same sentence
    again further on, store one unit each: the count says what the memory holds."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "edits.tmx").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header srclang="en"'
        ' segtype="sentence" o-tmf="x" adminlang="en" datatype="plaintext"'
        ' creationtool="x" creationtoolversion="1"/><body>\n'
        '<tu><tuv xml:lang="en"><seg>Press enquiries</seg></tuv>'
        '<tuv xml:lang="ja"><seg>報道関係者のお問い合わせ</seg></tuv>'
        '<tuv xml:lang="ja"><seg>報道関係のお問い合わせ先</seg></tuv></tu>\n'
        '<tu><tuv xml:lang="en"><seg>Orders open on May 2.</seg></tuv>'
        '<tuv xml:lang="ja"><seg>5月2日に受注を開始します。</seg></tuv></tu>\n'
        '<tu><tuv xml:lang="en"><seg>Orders open on May 2.</seg></tuv>'
        '<tuv xml:lang="ja"><seg>受注開始は5月2日です。</seg></tuv></tu>\n'
        "</body></tmx>\n",
        encoding="utf-8",
    )
    result = run_cli("memory", "import", "edits.tmx", "--memory", "tm.sqlite")
    assert result.exit_code == 0, result.output
    assert "imported 2 unit(s)" in result.output
    assert len(TranslationMemory(tmp_path / "tm.sqlite")) == 2


CONTEXT_TMX = """<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header srclang="en-US" datatype="plaintext" segtype="sentence"
 adminlang="en-US" o-tmf="memoQ" creationtool="memoQ" creationtoolversion="10"/><body>
<tu><prop type="x-context">title</prop>
 <tuv xml:lang="en-US"><seg>Outlook</seg></tuv><tuv xml:lang="ja-JP"><seg>今後の見通し</seg></tuv>
 <tuv xml:lang="ko-KR"><seg>전망</seg></tuv></tu>
<tu><prop type="x-context">table</prop>
 <tuv xml:lang="en-US"><seg>Outlook</seg></tuv><tuv xml:lang="ja-JP"><seg>予想</seg></tuv>
 <tuv xml:lang="ko-KR"><seg>전망</seg></tuv></tu>
<tu><prop type="x-context">body</prop><tuv xml:lang="en-US"><seg>Sales rose.</seg></tuv>
 <tuv xml:lang="ja-JP"><seg>売上が増えました。</seg></tuv></tu>
<tu><prop type="x-context">lead</prop><tuv xml:lang="en-US"><seg>Sales rose.</seg></tuv>
 <tuv xml:lang="ja-JP"><seg>売上が増えました。</seg></tuv></tu>
</body></tmx>
"""


def test_a_source_the_file_translates_two_ways_is_passed_over_and_named(
    run_cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A heading kept per context (x-context) has no one exact match: neither is stored,
    and the import says so; the same translation in two contexts, or one language that
    agrees, is. (The same sentence again without a context is an edit: the later wins.)"""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "tm.tmx").write_text(CONTEXT_TMX, encoding="utf-8")
    result = run_cli("memory", "import", "tm.tmx")
    assert result.exit_code == 0, result.output
    assert " ".join(result.output.split()) == (
        "imported 2 unit(s) from tm.tmx (1 source(s) translated differently for different "
        "contexts passed over ('Outlook' has 2 translations into ja): a memory's exact match "
        "is final, so import the one to use)"
    )
    with TranslationMemory(tmp_path / ".prlocalize" / "memory.sqlite") as memory:
        assert {(u.target_lang, u.source, u.target) for u in memory.units()} == {
            ("ko", "Outlook", "전망"),
            ("ja", "Sales rose.", "売上が増えました。"),
        }

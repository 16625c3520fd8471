"""``prlocalize translate``: outputs and exit codes, offline and against a local MT server."""

from __future__ import annotations

from pathlib import Path

import pytest
from translate_servers import LibreServer

from prlocalize.translate import workflow
from prlocalize.translate.policy import RetryPolicy

GLOSSARY = """\
id,kind,en,ja,ko,given:en,family:en
person:oh-youngju,person,Oh Youngju,オ・ヨンジュ,오영주,Youngju,Oh
title:minister-mss,title,"Minister, Ministry of SMEs and Startups",\
中小ベンチャー企業部長官,중소벤처기업부 장관,,
place:shonan-ipark,place,Shonan iPark,湘南アイパーク,쇼난 아이파크,,
"""

RELEASE = """\
Press Release

May 10, 2024

Oh Youngju, Minister, Ministry of SMEs and Startups

Shonan iPark welcomed 10 bioventures.

The roundtable was lively.
"""

OFFLINE = """\
┏━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━┳━━━━━━━━━━┳━━━━━━┓
┃ catalog                     ┃ glossary ┃ rejected ┃ left ┃
┡━━━━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━╇━━━━━━━━━━╇━━━━━━┩
│ locales/ja/LC_MESSAGES/r.po │        2 │        0 │    3 │
│ locales/ko/LC_MESSAGES/r.po │        2 │        0 │    3 │
└─────────────────────────────┴──────────┴──────────┴──────┘
"""


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run_cli) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "glossaries").mkdir()
    (tmp_path / "glossaries" / "g.csv").write_text(GLOSSARY, encoding="utf-8")
    (tmp_path / "r.txt").write_text(RELEASE, encoding="utf-8")
    assert run_cli("extract", "r.txt", "-d", "locales").exit_code == 0
    assert run_cli("update", "-d", "locales", "-l", "ja", "-l", "ko").exit_code == 0
    # no real waiting between retries in these tests
    monkeypatch.setattr(workflow, "RetryPolicy", lambda: RetryPolicy(attempts=2, base_delay=0))
    return tmp_path


def po(project: Path, locale: str = "ja") -> str:
    return (project / "locales" / locale / "LC_MESSAGES" / "r.po").read_text(encoding="utf-8")


def flat(output: str) -> str:
    """Output with rich's line wrapping undone."""
    return " ".join(output.split())


def entry(text: str, msgid: str) -> str:
    """The lines of the entry with ``msgid``, from its comments to its msgstr."""
    blocks = text.split("\n\n")
    (block,) = [b for b in blocks if f'msgid "{msgid}"' in b]
    return "\n".join(line for line in block.splitlines() if not line.startswith("#:"))


def test_default_chain_is_offline_glossary_then_memory(project: Path, run_cli) -> None:
    result = run_cli("translate", "-d", "locales", "-l", "ja", "-l", "ko")
    assert (result.exit_code, result.output) == (0, OFFLINE)
    ja = po(project)
    assert 'msgstr "2024年5月10日"' in ja
    assert 'msgstr "中小ベンチャー企業部長官 オ・ヨンジュ"' in ja
    assert "fuzzy" not in entry(ja, "May 10, 2024")
    assert (project / ".prlocalize" / "memory.sqlite").is_file()


def test_a_second_run_with_nothing_to_fill_writes_and_renders_nothing(
    project: Path, run_cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    from prlocalize.catalog import render

    assert run_cli("translate", "-d", "locales", "-l", "ja", "-l", "ko").exit_code == 0
    catalogs = sorted((project / "locales").glob("*/LC_MESSAGES/r.po"))
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in catalogs}
    rendered: list[object] = []
    real = render.render_po
    monkeypatch.setattr(render, "render_po", lambda c: rendered.append(c) or real(c))
    assert run_cli("translate", "-d", "locales", "-l", "ja", "-l", "ko").exit_code == 0
    assert rendered == []  # what is left untranslated was left so again: nothing to write
    assert {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in catalogs} == before


def test_source_language_comes_from_the_template_header(project: Path, run_cli) -> None:
    pot = project / "locales" / "r.pot"
    po_file = project / "locales" / "ja" / "LC_MESSAGES" / "r.po"
    assert '"X-Source-Language: en\\n"' in pot.read_text(encoding="utf-8")  # extract wrote it
    assert workflow.catalog_source_lang(po_file) == "en"  # and update kept it
    pot.write_text(
        pot.read_text(encoding="utf-8").replace("X-Source-Language: en", "X-Source-Language: ko"),
        encoding="utf-8",
    )
    assert run_cli("update", "-d", "locales", "-l", "ja").exit_code == 0
    assert workflow.catalog_source_lang(po_file) == "ko"
    # a catalog written before the header existed falls back to its template's
    po_file.write_text(
        po_file.read_text(encoding="utf-8").replace('"X-Source-Language: ko\\n"\n', ""),
        encoding="utf-8",
    )
    assert "X-Source-Language" not in po_file.read_text(encoding="utf-8")
    assert workflow.catalog_source_lang(po_file) == "ko"


def test_memory_path_is_configurable(project: Path, run_cli) -> None:
    result = run_cli("translate", "-d", "locales", "-l", "ja", "--memory", "tm/ja.sqlite")
    assert result.exit_code == 0
    assert (project / "tm" / "ja.sqlite").is_file()
    assert not (project / ".prlocalize").exists()


def test_pending_entries_counts_what_translate_will_look_at(project: Path) -> None:
    assert workflow.pending_entries("locales", ["ja", "ko"]) == 10
    (project / "locales" / "ja" / "LC_MESSAGES" / "r.po").write_text(
        po(project).replace(
            'msgid "Press Release"\nmsgstr ""', '#, fuzzy\nmsgid "Press Release"\nmsgstr "x"'
        ),
        encoding="utf-8",
    )
    assert workflow.pending_entries("locales", ["ja"]) == 4
    assert workflow.pending_entries("locales", ["ja"], overwrite_fuzzy=True) == 5


def test_a_catalog_is_read_for_the_memory_again_only_once_it_changed(
    project: Path, run_cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    from prlocalize.translate.memory import TranslationMemory

    read: list[str] = []
    real = workflow.may_hold_translations
    monkeypatch.setattr(
        workflow,
        "may_hold_translations",
        lambda path, raw=None: read.append(path.name) or real(path, raw),
    )
    for _ in range(2):  # (the first run fills both from the glossary: they change)
        assert run_cli("translate", "-d", "locales", "-l", "ja", "-l", "ko").exit_code == 0
        assert sorted(read) == ["r.po", "r.po"]
        read.clear()
    assert run_cli("translate", "-d", "locales", "-l", "ja", "-l", "ko").exit_code == 0
    assert read == []  # both as the memory learned them: not read for it again
    # a translator approves a translation: that catalog alone is learned again
    ja = po(project).replace(
        'msgid "The roundtable was lively."\nmsgstr ""',
        'msgid "The roundtable was lively."\nmsgstr "座談会は盛況だった。"',
    )
    (project / "locales" / "ja" / "LC_MESSAGES" / "r.po").write_text(ja, encoding="utf-8")
    assert run_cli("translate", "-d", "locales", "-l", "ja", "-l", "ko").exit_code == 0
    assert read == ["r.po"]
    with TranslationMemory(project / ".prlocalize" / "memory.sqlite") as memory:
        match = memory.exact("The roundtable was lively.", "en", "ja")
    assert match is not None and match.unit.target == "座談会は盛況だった。"


def test_approved_translations_feed_the_memory(project: Path, run_cli) -> None:
    ja = po(project).replace(
        'msgid "Press Release"\nmsgstr ""', 'msgid "Press Release"\nmsgstr "プレスリリース"'
    )
    (project / "locales" / "ja" / "LC_MESSAGES" / "r.po").write_text(ja, encoding="utf-8")
    (project / "locales" / "ko" / "LC_MESSAGES" / "r.po").unlink()
    result = run_cli("translate", "-d", "locales", "-l", "ja")
    assert result.exit_code == 0
    # a second catalog of the same locale gets the approved text from the memory
    other = project / "locales" / "ja" / "LC_MESSAGES" / "s.po"
    other.write_text(
        ja.replace('msgstr "プレスリリース"', 'msgstr ""').replace(
            'msgstr "2024年5月10日"', 'msgstr ""'
        ),
        encoding="utf-8",
    )
    result = run_cli("translate", "-d", "locales", "-l", "ja")
    assert result.exit_code == 0
    assert 'msgstr "プレスリリース"' in other.read_text(encoding="utf-8")
    assert "│ memory" not in result.output and "memory" in result.output.splitlines()[1]


def test_machine_translation_is_fuzzy_and_names_its_origin(project: Path, run_cli) -> None:
    with LibreServer() as server:
        server.behaviour.tag_unknown = True
        server.behaviour.table[("ja", '<x id="0"/> welcomed 10 bioventures.')] = (
            '<x id="0"/>は10社のバイオベンチャーを迎えた。'
        )
        result = run_cli(
            "translate", "-d", "locales", "-l", "ja", "--backend", "glossary,libre",
            "--backend-url", server.url,
        )  # fmt: skip
        assert result.exit_code == 0, result.output
        sent = [LibreServer.fields(r)["q"] for r in server.requests]
    assert sorted(sent) == [
        '<x id="0"/> welcomed 10 bioventures.',
        "Press Release",
        "The roundtable was lively.",
    ]
    assert entry(po(project), "Shonan iPark welcomed 10 bioventures.") == (
        "#. Shonan iPark → ja: 湘南アイパーク · ko: 쇼난 아이파크\n"
        "#. segment: b4.s1\n"
        "#. prlocalize: libre\n"
        "#, fuzzy\n"
        'msgid "Shonan iPark welcomed 10 bioventures."\n'
        'msgstr "湘南アイパークは10社のバイオベンチャーを迎えた。"'
    )
    assert "┃ glossary ┃ libre ┃ rejected ┃ left ┃" in result.output


def test_a_korean_particle_fits_the_protected_name_put_back(project: Path, run_cli) -> None:
    """The engine saw a placeholder and wrote '은' after it; the name put back,
    '쇼난 아이파크', ends in a vowel and takes '는'."""
    with LibreServer() as server:
        server.behaviour.tag_unknown = True
        server.behaviour.table[("ko", '<x id="0"/> welcomed 10 bioventures.')] = (
            '<x id="0"/>은 바이오벤처 10곳을 맞이했다.'
        )
        result = run_cli(
            "translate", "-d", "locales", "-l", "ko", "--backend", "glossary,libre",
            "--backend-url", server.url,
        )  # fmt: skip
        assert result.exit_code == 0, result.output
    assert 'msgstr "쇼난 아이파크는 바이오벤처 10곳을 맞이했다."' in po(project, "ko")


def test_a_machine_draft_carries_what_the_checks_warn_of(project: Path, run_cli) -> None:
    """`check` passes fuzzy entries over, so a negation the engine added (or dropped) is
    said on the draft and in the run's output, not left for after its approval."""
    with LibreServer() as server:
        server.behaviour.tag_unknown = True
        server.behaviour.table[("ja", "The roundtable was lively.")] = "座談会は活発ではなかった。"
        result = run_cli(
            "translate", "-d", "locales", "-l", "ja", "--backend", "glossary,libre",
            "--backend-url", server.url,
        )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert entry(po(project), "The roundtable was lively.") == (
        "#. segment: b5.s1\n"
        "#. prlocalize: libre\n"
        "#. prlocalize: PR410 Negation 'なかった' in the translation where the source has\n"
        "#. none\n"
        "#, fuzzy\n"
        'msgid "The roundtable was lively."\n'
        'msgstr "座談会は活発ではなかった。"'
    )
    assert "'The roundtable was lively.': PR410" in flat(result.output)


def test_interrupted_run_keeps_work_and_rerun_uses_the_cache(project: Path, run_cli) -> None:
    args = ["translate", "-d", "locales", "-l", "ja", "--backend", "libre", "--workers", "1"]
    with LibreServer() as server:
        server.behaviour.tag_unknown = True
        server.behaviour.fail_after = 2  # the service breaks after two answers
        result = run_cli(*args, "--backend-url", server.url)
        assert result.exit_code == 2
        assert "libre: server error" in result.output
        assert "translations made before the failure were written" in flat(result.output)
        assert po(project).count("#. prlocalize: libre") == 2
        server.behaviour.fail_after = None
        before = server.count()
        result = run_cli(*args, "--backend-url", server.url)
        assert result.exit_code == 0
        assert server.count() - before == 3  # only what was missing
        assert po(project).count("#. prlocalize: libre") == 5
        before = server.count()
        result = run_cli(*args, "--backend-url", server.url, "--overwrite-fuzzy")
        assert result.exit_code == 0
        assert server.count() == before  # every segment comes from the cache


def test_rejected_answer_exits_1_and_is_reported(project: Path, run_cli) -> None:
    with LibreServer() as server:
        server.behaviour.table[("ja", '<x id="0"/> welcomed 10 bioventures.')] = (
            '<x id="0"/>は10社のバイオベンチャーを迎えた。'
        )
        server.behaviour.drop_placeholder = True
        result = run_cli(
            "translate", "-d", "locales", "-l", "ja", "--backend", "libre",
            "--backend-url", server.url,
        )  # fmt: skip
    assert result.exit_code == 1
    assert (
        "warning: locales/ja/LC_MESSAGES/r.po: rejected libre answer for 'Shonan iPark "
        'welcomed 10 bioventures.\': protected term placeholder lost <x id="0"/>'
    ) in flat(result.output)
    assert 'msgstr "は10社' not in po(project)


def test_a_sentence_the_engine_breaks_on_costs_that_sentence_only(project: Path, run_cli) -> None:
    # a real engine answers 500 to one sentence every time: the run used to stop there,
    # every later sentence and locale left untranslated, and stop there again on a re-run
    with LibreServer() as server:
        server.behaviour.tag_unknown = True
        server.behaviour.fail_on = {'<x id="0"/> welcomed 10 bioventures.'}
        result = run_cli(
            "translate", "-d", "locales", "-l", "ja", "-l", "ko", "--backend", "libre",
            "--backend-url", server.url, "--workers", "1",
        )  # fmt: skip
    assert result.exit_code == 1
    assert (
        "rejected libre answer for 'Shonan iPark welcomed 10 bioventures.': the service "
        "failed on this text (server error"
    ) in flat(result.output)
    for locale in ("ja", "ko"):
        assert f'msgstr "[{locale}] The roundtable was lively."' in po(project, locale)
        assert "bioventures" not in po(project, locale).split("welcomed 10 bioventures.")[1][:40]


def test_max_chars_stops_before_overspending(project: Path, run_cli) -> None:
    with LibreServer() as server:
        server.behaviour.tag_unknown = True
        result = run_cli(
            "translate", "-d", "locales", "-l", "ja", "--backend", "libre",
            "--backend-url", server.url, "--max-chars", "20", "--workers", "1",
        )  # fmt: skip
        assert server.count() == 1  # "Press Release" (13) fits, nothing after it does
    assert result.exit_code == 0
    assert (
        "warning: --max-chars reached after 13 characters; 4 request(s) not sent" in result.output
    )


def test_missing_key_exits_2_naming_the_variable(project: Path, run_cli) -> None:
    result = run_cli("translate", "-d", "locales", "-l", "ja", "--backend", "deepl")
    assert (result.exit_code, result.output) == (
        2,
        "deepl: no API key: set the environment variable PRLOCALIZE_DEEPL_API_KEY\n",
    )


def test_key_never_appears_in_output_or_files(
    project: Path, run_cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    secret = "libre-key-0123456789"
    monkeypatch.setenv("PRLOCALIZE_LIBRE_API_KEY", secret)
    with LibreServer() as server:
        server.behaviour.key = "the-right-one"
        result = run_cli(
            "translate", "-d", "locales", "-l", "ja", "--backend", "libre",
            "--backend-url", server.url,
        )  # fmt: skip
    assert result.exit_code == 2
    assert "authorisation failed: check PRLOCALIZE_LIBRE_API_KEY" in result.output
    assert secret not in result.output
    for path in project.rglob("*"):
        if path.is_file():
            assert secret.encode() not in path.read_bytes(), path


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--backend", "babelfish"], "unknown backend 'babelfish'; known: chatgpt, deepl,"),
        (["-l", "xx_YY"], "unknown locale 'xx_YY'"),
        (["-l", "fr"], "locales/fr/LC_MESSAGES: no catalogs for fr"),
    ],
)
def test_usage_and_input_errors_exit_2(project: Path, run_cli, args, message: str) -> None:
    base = ["translate", "-d", "locales"] + ([] if "-l" in args else ["-l", "ja"])
    result = run_cli(*base, *args)
    assert result.exit_code == 2
    assert message in result.output


class _InterruptedAtKorean:
    """Answers Japanese, then "the user presses Ctrl-C" when Korean comes."""

    name = "deepl"

    def translate(self, texts, source, target):
        from prlocalize.translate.base import Candidate

        if target.startswith("ko"):
            raise KeyboardInterrupt
        return [Candidate(f"訳:{t}", self.name, needs_review=True) for t in texts]


def interrupting_factory(name, ctx):
    return _InterruptedAtKorean()


def test_ctrl_c_keeps_catalogs_already_filled(project: Path, monkeypatch) -> None:
    from prlocalize.config import load_settings
    from prlocalize.translate import registry

    monkeypatch.setitem(
        registry._BACKENDS, "ctrl-c", {"factory": f"{__name__}:interrupting_factory", "err": ""}
    )
    ko_before = po(project, "ko")
    with pytest.raises(KeyboardInterrupt):
        workflow.translate_catalogs(
            "locales", ["ja", "ko"], load_settings(project), backends=["ctrl-c"]
        )
    assert po(project).count("#. prlocalize: deepl") == 5
    assert po(project, "ko") == ko_before


def test_a_large_run_ends_with_a_table_per_locale(
    project: Path, run_cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An archive's catalogs are not listed one by one (nor kept for it): past
    TABLE_ROWS catalogs the table has a row per locale, with the same totals."""
    from prlocalize.cli import translate as cli_translate

    monkeypatch.setattr(cli_translate, "TABLE_ROWS", 1)
    result = run_cli("translate", "-d", "locales", "-l", "ja", "-l", "ko")
    assert (result.exit_code, result.output) == (
        0,
        "┏━━━━━━━━┳━━━━━━━━━━┳━━━━━━━━━━┳━━━━━━┓\n"
        "┃ locale ┃ glossary ┃ rejected ┃ left ┃\n"
        "┡━━━━━━━━╇━━━━━━━━━━╇━━━━━━━━━━╇━━━━━━┩\n"
        "│ ja     │        2 │        0 │    3 │\n"
        "│ ko     │        2 │        0 │    3 │\n"
        "└────────┴──────────┴──────────┴──────┘\n",
    )


def test_an_english_article_fits_the_protected_name_put_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run_cli
) -> None:
    """A Japanese release into English: the engine wrote 'A' before a placeholder; the
    name put back, 'Aoba Robotics', takes 'An'."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "g.csv").write_text(
        "en,ja,ko,kind\nAoba Robotics,青葉ロボティクス,아오바 로보틱스,organization\n",
        encoding="utf-8",
    )
    (tmp_path / "r.txt").write_text("青葉ロボティクスの工場が完成しました。\n", encoding="utf-8")
    assert run_cli("extract", "r.txt", "-d", "locales").exit_code == 0
    assert run_cli("update", "-d", "locales", "-l", "en").exit_code == 0
    with LibreServer() as server:
        server.behaviour.tag_unknown = True
        server.behaviour.table[("en", '<x id="0"/>の工場が完成しました。')] = (
            'A <x id="0"/> plant has been completed.'
        )
        result = run_cli(
            "translate", "-d", "locales", "-l", "en", "-g", "g.csv", "--backend", "libre",
            "--backend-url", server.url,
        )  # fmt: skip
        assert result.exit_code == 0, result.output
    assert 'msgstr "An Aoba Robotics plant has been completed."' in po(tmp_path, "en")

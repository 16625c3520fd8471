"""Confidential releases stay on the machine: an embargoed release (or every release of a
``confidential = true`` project) is never sent to a machine-translation service outside
the machine unless ``--allow-external``; loopback and trusted self-hosted servers stay
allowed, and ``translate`` and ``run`` say what they kept back and why."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).parents[1] / "translate"))

from translate_servers import Behaviour, LibreServer, OpenAiServer

from prlocalize.catalog.confidential import catalog_confidential, embargo_reason
from prlocalize.config import Settings
from prlocalize.readers import parse_text
from prlocalize.translate import workflow
from prlocalize.translate.engine import is_local_url
from prlocalize.translate.policy import RetryPolicy
from prlocalize.translate.workflow import external_backends

EMBARGOED = """\
EMBARGOED UNTIL 10:00 JST, 10 May 2024

Shonan iPark opens a new wing

TOKYO, May 10, 2024 -- The roundtable was lively.
"""
PUBLIC = """\
Steel news

The embargo on steel imports ended in April.
"""


def _doc(text: str, fmt: str = "text", path: str = "r.txt"):  # type: ignore[no-untyped-def]
    return parse_text(text, path=path, format=fmt, lang="en")


@pytest.mark.parametrize(
    ("text", "fmt"),
    [
        (EMBARGOED, "text"),
        ("Title\n\n**Embargoed until 9 May 2024, 00:01 BST**\n\nBody.\n", "markdown"),
        ("EMBARGO: 10 May 2024 10:00 JST\n\nBody text.\n", "text"),
        ("Title\n\nUNDER EMBARGO UNTIL FURTHER NOTICE\n", "text"),
        ("報道解禁：2024年5月10日10時\n\n湘南アイパークが開業。\n", "text"),
        ("【解禁日時】5月10日（金）10:00\n\n本文。\n", "text"),
        ("엠바고: 5월 10일 오전 10시\n\n본문.\n", "text"),
        ("---\ntitle: New wing\nembargo: 2024-05-10T10:00+09:00\n---\n\n# New wing\n", "markdown"),
        ("---\ntitle: x\nconfidential: true\n---\n\nBody.\n", "markdown"),
        ('+++\ntitle = "x"\nembargo = 2024-05-10T10:00:00+09:00\n+++\n\nBody.\n', "markdown"),
        (
            '<html><head><meta name="embargo" content="2024-05-10T10:00+09:00"></head>'
            "<body><p>Body.</p></body></html>",
            "html",
        ),
        ("<html><body><p><b>EMBARGOED UNTIL</b> 10 May</p><p>Body.</p></body></html>", "html"),
    ],
)
def test_embargo_notices_are_found(text: str, fmt: str) -> None:
    ext = {"text": "txt", "markdown": "md", "html": "html"}[fmt]
    reason = embargo_reason(_doc(text, fmt, f"r.{ext}"))
    assert reason is not None


@pytest.mark.parametrize(
    ("text", "fmt"),
    [
        (PUBLIC, "text"),
        ("Title\n\nThe EU lifted its embargo: trade resumes.\n", "text"),
        ("---\ntitle: x\nembargo: false\nconfidential: no\n---\n\nBody.\n", "markdown"),
        ('+++\ntitle = "x"\nembargo = false\n+++\n\nBody.\n', "markdown"),
        (
            '<html><head><meta name="robots" content="noindex"></head>'
            "<body><p>Archived release.</p></body></html>",
            "html",
        ),
        ("規制が解禁された。\n\n本文。\n", "text"),
    ],
)
def test_ordinary_releases_are_not_confidential(text: str, fmt: str) -> None:
    ext = {"text": "txt", "markdown": "md", "html": "html"}[fmt]
    assert embargo_reason(_doc(text, fmt, f"r.{ext}")) is None


# text around a notice word in any case ('EmBaRgOeD'), with the patterns' own characters
_AROUND = st.text(
    alphabet=st.sampled_from(list("aeimnrtu bBoOgG\n\t:-【*報道解禁日時엠바고보유예"))
)
_NOTICE_WORD = st.sampled_from(
    ["embargo", "embargoed", "報道解禁", "解禁日時", "엠바고", "보도 유예"]
)


@given(_AROUND, _NOTICE_WORD, st.lists(st.booleans(), min_size=9, max_size=9), _AROUND)
def test_the_quick_test_never_misses_a_notice(
    before: str, word: str, upper: list[bool], after: str
) -> None:
    """The search that lets most releases skip the notice patterns matches wherever they
    could: every case of 'embargo', every Japanese and Korean notice word."""
    from prlocalize.catalog import confidential

    cased = "".join(c.upper() if up else c for c, up in zip(word, upper, strict=False))
    text = before + cased + after
    assert confidential._ANY_NOTICE.search(text) is not None
    for pattern in (confidential._NOTICE, confidential._CJK_NOTICE):
        if pattern.search(text) is not None:
            assert confidential._ANY_NOTICE.search(text) is not None


def test_which_backends_leave_the_machine() -> None:
    backends = ("glossary", "memory", "libre", "chatgpt", "deepl", "google")
    assert external_backends(backends, Settings()) == ("libre", "chatgpt", "deepl", "google")
    local = Settings(backend_url="http://127.0.0.1:5000/")
    assert external_backends(backends, local) == ("google",)
    assert external_backends(backends, Settings(backend_url="http://localhost:8080/v1")) == (
        "google",
    )
    trusted = Settings(backend_url="https://mt.internal:5000/", trusted_hosts=("MT.internal",))
    assert external_backends(backends, trusted) == ("google",)
    other = Settings(backend_url="https://libretranslate.example/", trusted_hosts=("mt.internal",))
    assert external_backends(backends, other) == ("libre", "chatgpt", "deepl", "google")
    assert is_local_url("http://[::1]:8000/") and not is_local_url("http://127.0.0.1.example/")


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run_cli) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "news.txt").write_text(EMBARGOED, encoding="utf-8")
    (tmp_path / "steel.txt").write_text(PUBLIC, encoding="utf-8")
    assert run_cli("extract", "news.txt", "steel.txt", "-d", "locales").exit_code == 0
    assert run_cli("update", "-d", "locales", "-l", "ja").exit_code == 0
    monkeypatch.setattr(workflow, "RetryPolicy", lambda: RetryPolicy(attempts=1, base_delay=0))
    return tmp_path


class Recorder:
    """Stands in for an outside service's requests: records every text it would send."""

    def __init__(self) -> None:
        self.sent: list[str] = []

    def request(self):  # type: ignore[no-untyped-def]
        def _request(backend, texts, source, target, slots):  # type: ignore[no-untyped-def]
            self.sent.extend(texts)
            return [f"[{target}] {t}" for t in texts]

        return _request


@pytest.fixture
def outside(monkeypatch: pytest.MonkeyPatch) -> Recorder:
    """deepl and google as outside services whose requests never leave the test."""
    from prlocalize.translate.deepl_backend import DeepLBackend
    from prlocalize.translate.mt import DeepTranslatorBackend

    recorder = Recorder()
    monkeypatch.setenv("PRLOCALIZE_DEEPL_API_KEY", "deepl-key-for-tests")
    monkeypatch.setattr(DeepLBackend, "_request", recorder.request())
    monkeypatch.setattr(DeepLBackend, "_prepare", lambda self, s, t: None)
    monkeypatch.setattr(DeepTranslatorBackend, "_request", recorder.request())
    return recorder


def test_extract_marks_the_template_of_an_embargoed_release(project: Path) -> None:
    assert catalog_confidential(project / "locales/ja/LC_MESSAGES/news.po") is not None
    assert "EMBARGOED UNTIL 10:00 JST" in (project / "locales/news.pot").read_text("utf-8")
    assert catalog_confidential(project / "locales/ja/LC_MESSAGES/steel.po") is None


def test_the_mark_goes_when_the_embargo_line_goes(project: Path, run_cli) -> None:
    (project / "news.txt").write_text(EMBARGOED.split("\n", 2)[2], encoding="utf-8")
    assert run_cli("extract", "news.txt", "-d", "locales").exit_code == 0
    assert catalog_confidential(project / "locales/ja/LC_MESSAGES/news.po") is None


def test_an_embargoed_release_is_not_sent_outside(project: Path, run_cli, outside) -> None:
    result = run_cli("translate", "-d", "locales", "-l", "ja", "--backend", "glossary,deepl,google")
    assert result.exit_code == 0, result.output
    assert "The roundtable was lively." not in " ".join(outside.sent)
    assert "The embargo on steel imports ended in April." in outside.sent  # public: sent
    assert (
        "news.po: kept on this machine, not sent to deepl, google: the release is under "
        "embargo (news.txt: embargo notice on line 1: 'EMBARGOED UNTIL 10:00 JST, 10 May "
        "2024') (--allow-external sends it)"
    ) in " ".join(result.stderr.split())
    news = (project / "locales/ja/LC_MESSAGES/news.po").read_text(encoding="utf-8")
    assert "[ja]" not in news


def test_allow_external_sends_it(project: Path, run_cli, outside) -> None:
    result = run_cli(
        "translate", "-d", "locales", "-l", "ja", "--backend", "deepl", "--allow-external"
    )
    assert result.exit_code == 0, result.output
    assert "TOKYO, May 10, 2024 -- The roundtable was lively." in outside.sent
    assert "kept on this machine" not in result.stderr


def test_a_confidential_project_keeps_every_release(project: Path, run_cli, outside) -> None:
    (project / "prlocalize.toml").write_text("confidential = true\n", encoding="utf-8")
    result = run_cli("translate", "-d", "locales", "-l", "ja", "--backend", "deepl")
    assert result.exit_code == 0, result.output
    assert outside.sent == []
    assert "steel.po: kept on this machine" in result.stderr
    assert "confidential = true in prlocalize.toml" in " ".join(result.stderr.split())


def test_a_local_libretranslate_still_translates_embargoed_text(project: Path, run_cli) -> None:
    with LibreServer(Behaviour(tag_unknown=True)) as server:
        result = run_cli("translate", "-d", "locales", "-l", "ja", "--backend", "libre",
                         "--backend-url", server.url)  # fmt: skip
        sent = [LibreServer.fields(r)["q"] for r in server.requests]
    assert result.exit_code == 0, result.output
    assert "TOKYO, May 10, 2024 -- The roundtable was lively." in sent
    assert "kept on this machine" not in result.stderr


def test_a_local_model_server_needs_no_key(project: Path, run_cli) -> None:
    with OpenAiServer(Behaviour(tag_unknown=True)) as server:
        result = run_cli("translate", "-d", "locales", "-l", "ja", "--backend", "chatgpt",
                         "--backend-url", server.url + "v1")  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "[ja] TOKYO, May 10, 2024 -- The roundtable was lively." in (
        project / "locales/ja/LC_MESSAGES/news.po"
    ).read_text(encoding="utf-8")


def test_run_lists_what_it_kept_back(tmp_path: Path, monkeypatch, run_cli, outside) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "news.txt").write_text(EMBARGOED, encoding="utf-8")
    result = run_cli("run", "news.txt", "-l", "ja", "-o", "out", "--backend", "glossary,deepl")
    assert result.exit_code in (0, 1), result.output
    assert outside.sent == []
    assert "news.po: kept on this machine, not sent to deepl" in result.stderr

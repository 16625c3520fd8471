"""Machine-translation backends against hostile or broken servers on 127.0.0.1: keys
travel only in headers or bodies, a password in ``--backend-url`` is used for the
request and never stored or shown, and malformed answers end in a clear error."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parents[1] / "translate"))

from translate_servers import Behaviour, DeepLServer, LibreServer, OpenAiServer

from prlocalize.translate import workflow
from prlocalize.translate.policy import RetryPolicy

PO = (
    'msgid ""\nmsgstr ""\n"Language: ja\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
    'msgid "The event opens today."\nmsgstr ""\n\n'
    'msgid "The roundtable was lively."\nmsgstr ""\n'
)
SERVERS = {"deepl": DeepLServer, "chatgpt": OpenAiServer, "libre": LibreServer}


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "locales" / "ja" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    (folder / "news.po").write_text(PO, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(workflow, "RetryPolicy", lambda: RetryPolicy(attempts=2, base_delay=0))
    for name in SERVERS:
        monkeypatch.setenv(f"PRLOCALIZE_{name.upper()}_API_KEY", f"{name}-secret-key-123")
    return tmp_path


def _url(backend: str, server: Any) -> str:
    return server.url + "v1" if backend == "chatgpt" else server.url


def _translate(run_cli, backend: str, url: str):  # type: ignore[no-untyped-def]
    return run_cli("translate", "-d", "locales", "-l", "ja", "--backend", backend,
                   "--backend-url", url)  # fmt: skip


def test_libre_key_and_text_travel_in_the_body_never_in_the_url(project: Path, run_cli) -> None:
    with LibreServer(Behaviour(key="libre-secret-key-123", tag_unknown=True)) as server:
        result = _translate(run_cli, "libre", server.url)
        assert result.exit_code == 0, result.output
        assert server.requests
        for request in server.requests:
            assert request["query"] == {}  # nothing in the URL: servers and proxies log it
            assert "libre-secret-key-123" not in request["path"]
            fields = LibreServer.fields(request)
            assert fields["api_key"] == "libre-secret-key-123"
            assert fields["q"] in {"The event opens today.", "The roundtable was lively."}
    assert "libre-secret-key-123" not in result.output


@pytest.mark.parametrize("backend", ["libre", "chatgpt", "deepl"])
def test_a_password_in_the_backend_url_is_used_but_never_stored_or_shown(
    project: Path, run_cli, backend: str
) -> None:
    password = "pw-Sup3rS3cret"
    with SERVERS[backend](Behaviour(tag_unknown=True)) as server:
        url = _url(backend, server).replace("http://", f"http://translator:{password}@")
        result = _translate(run_cli, backend, url)
        assert result.exit_code == 0, result.output
        if backend != "chatgpt":  # the OpenAI client sends its own Authorization header
            auths = [r["headers"].get("Authorization", "") for r in server.requests]
            assert any(a.startswith(("Basic ", "DeepL-Auth-Key")) for a in auths)
        server.behaviour.fail_after = 0  # every request now fails: the error names no password
        (project / "locales/ja/LC_MESSAGES/news.po").write_text(
            PO.replace("today.", "tomorrow."), encoding="utf-8"
        )
        failed = _translate(run_cli, backend, url)
    assert failed.exit_code == 2
    stored = b"".join(p.read_bytes() for p in (project / ".prlocalize").rglob("*") if p.is_file())
    with sqlite3.connect(project / ".prlocalize" / "memory.sqlite") as db:
        keys = [row[0] for row in db.execute("SELECT backend FROM mt_cache")]
    assert keys and all(k.startswith(f"{backend}@http://127.0.0.1:") for k in keys), keys
    assert password.encode() not in stored
    assert password not in result.output + failed.output
    assert "translator:" not in result.output + failed.output


MALFORMED = [
    b"not json{",
    b"<html><body>502 Bad Gateway</body></html>",
    b"null",
    b"[]",
    b'"a string"',
    b'{"translations": "x"}',
    b'{"translations": [1, 2]}',
    b'{"translations": [{"text": 5}]}',
    b'{"choices": []}',
    b'{"choices": "x"}',
    b'{"choices": [{"message": null}]}',
    b'{"translatedText": ["a"]}',
]


@pytest.mark.parametrize("backend", ["deepl", "chatgpt", "libre"])
@pytest.mark.parametrize("body", MALFORMED, ids=lambda b: b[:16].decode())
def test_a_malformed_answer_is_a_clear_error(
    project: Path, run_cli, backend: str, body: bytes
) -> None:
    class Broken(SERVERS[backend]):  # type: ignore[misc, valid-type]
        def _dispatch(self, handler: Any, method: str) -> None:
            handler.rfile.read(int(handler.headers.get("Content-Length") or 0))
            with self._lock:
                self.requests.append({"method": method})
            handler.send_response(200)
            handler.send_header("Content-Type", "application/json")
            handler.send_header("Content-Length", str(len(body)))
            handler.end_headers()
            handler.wfile.write(body)

    with Broken(Behaviour()) as server:
        result = run_cli("translate", "-d", "locales", "-l", "ja", "--backend", backend,
                         "--backend-url", _url(backend, server))  # fmt: skip
    # "null", "[]": LibreTranslate's way of saying "no translation", not an error
    if backend == "libre" and body in (b"null", b"[]"):
        assert result.exit_code == 0, result.output
        return
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    assert f"error: {backend}: malformed answer from the service" in result.stderr
    after = (project / "locales/ja/LC_MESSAGES/news.po").read_text(encoding="utf-8")
    assert 'msgid "The event opens today."\nmsgstr ""' in after  # nothing half-written


def test_config_shows_no_password_of_the_backend_url(tmp_path: Path, monkeypatch, run_cli) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "prlocalize.toml").write_text(
        'backend-url = "https://translator:pw-Sup3rS3cret@mt.internal:5000/"\n', encoding="utf-8"
    )
    for args in (("config",), ("config", "--format", "json")):
        result = run_cli(*args)
        assert result.exit_code == 0, result.output
        assert "pw-Sup3rS3cret" not in result.output
        assert "translator:***@mt.internal:5000" in result.output

"""Local stand-ins for the translation services, started on 127.0.0.1 by the tests.

Each speaks enough of the real HTTP API for the real client library to work
against it: LibreTranslate (deep-translator's LibreTranslator), DeepL v2 (the
``deepl`` client: translate and glossaries) and OpenAI chat completions (the
``openai`` client). They translate from a fixed table, and can be told to fail,
delay, answer 429 with Retry-After, or drop a placeholder. They count requests
and keep what they received, so tests can check that keys travel only in headers.
"""

from __future__ import annotations

import json
import re
import threading
import time
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

PLACEHOLDER = re.compile(r'<x id="\d+"/>')


@dataclass
class Behaviour:
    """What the server does, changeable while it runs."""

    table: dict[tuple[str, str], str] = field(default_factory=dict)  # (target, text) → answer
    tag_unknown: bool = False  # unknown text → "[target] text" instead of no answer
    delay: float = 0.0  # seconds per request
    fail_after: int | None = None  # answer 500 to every request after this many
    fail_status: int = 500
    fail_on: set[str] = field(default_factory=set)  # texts the engine breaks on, every time
    merge_last: bool = False  # a chat model answers a batch's last two texts as one
    # what a chat model writes round its JSON ('```json\n{}\n```'; "{}" is the JSON), or
    # the whole message when it holds no "{}" (a refusal, an error)
    chat_wrap: str = "{}"
    throttle: int = 0  # answer 429 to this many requests first
    retry_after: str | None = "0"
    drop_placeholder: bool = False  # remove the first placeholder from answers
    key: str | None = None  # the API key the server accepts (None: any)

    def answer(self, text: str, target: str) -> str | None:
        found = self.table.get((target.lower(), text))
        if found is None and self.tag_unknown:
            found = f"[{target.lower()}] {text}"
        if found is not None and self.drop_placeholder:
            found = PLACEHOLDER.sub("", found, count=1)
        return found


class _Server(ThreadingHTTPServer):
    # the default backlog of 5 drops connections when 8 workers connect at once,
    # and the client then waits a second for the SYN retransmit
    request_queue_size = 128

    def handle_error(self, request: object, client_address: object) -> None:
        # a client that gave up (a timeout test, Ctrl-C) closed its end: nothing to report
        import sys

        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)  # type: ignore[arg-type]


class StubServer:
    """A ThreadingHTTPServer in a daemon thread; ``handle`` answers each request."""

    def __init__(self, behaviour: Behaviour | None = None) -> None:
        self.behaviour = behaviour or Behaviour()
        self.requests: list[dict[str, Any]] = []
        self.translate_calls = 0  # requests that reached the translation logic
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:  # keep test output clean
                pass

            def do_GET(self) -> None:
                server._dispatch(self, "GET")

            def do_POST(self) -> None:
                server._dispatch(self, "POST")

        self.httpd = _Server(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    @property
    def url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}/"

    def __enter__(self) -> StubServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    # ------------------------------------------------------------------ plumbing

    def _dispatch(self, handler: BaseHTTPRequestHandler, method: str) -> None:
        parts = urlsplit(handler.path)
        length = int(handler.headers.get("Content-Length") or 0)
        raw = handler.rfile.read(length) if length else b""
        record = {
            "method": method,
            "path": parts.path,
            "query": parse_qs(parts.query),
            "headers": {k.title(): v for k, v in handler.headers.items()},
            "body": raw.decode("utf-8", "replace"),
        }
        with self._lock:
            self.requests.append(record)
            number = len(self.requests)
        b = self.behaviour
        if b.delay:
            time.sleep(b.delay)
        if number <= b.throttle:
            headers = {"Retry-After": b.retry_after} if b.retry_after is not None else {}
            return self._send(handler, 429, {"error": "slow down"}, headers)
        if b.fail_after is not None and number > b.fail_after:
            return self._send(handler, b.fail_status, {"error": "broken"})
        status, payload = self.handle(record)
        self._send(handler, status, payload)

    def _send(
        self,
        handler: BaseHTTPRequestHandler,
        status: int,
        payload: object,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
        handler.send_response(status)
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Content-Length", str(len(body)))
        for key, value in (headers or {}).items():
            handler.send_header(key, value)
        handler.end_headers()
        handler.wfile.write(body)

    def count(self) -> int:
        with self._lock:
            return self.translate_calls

    def _counted(self) -> None:
        with self._lock:
            self.translate_calls += 1

    def handle(self, request: dict[str, Any]) -> tuple[int, object]:
        raise NotImplementedError


class LibreServer(StubServer):
    """LibreTranslate: POST /translate with q, source, target, api_key as a JSON or form
    body, or (as deep-translator sends them) in the query string."""

    @staticmethod
    def fields(request: dict[str, Any]) -> dict[str, Any]:
        fields = {k: v[0] for k, v in request["query"].items()}
        if request["body"].startswith("{"):
            fields.update(json.loads(request["body"]))
        elif request["body"]:
            fields.update({k: v[0] for k, v in parse_qs(request["body"]).items()})
        return fields

    def handle(self, request: dict[str, Any]) -> tuple[int, object]:
        if request["path"] != "/translate":
            return 404, {"error": "not found"}
        fields = self.fields(request)
        key = self.behaviour.key
        if key is not None and fields.get("api_key") != key:
            return 403, {"error": "Invalid API key"}
        self._counted()
        if fields.get("q", "") in self.behaviour.fail_on:
            return self.behaviour.fail_status, {"error": "broken"}
        answer = self.behaviour.answer(fields.get("q", ""), fields.get("target", ""))
        return 200, ({"translatedText": answer} if answer is not None else {})


class DeepLServer(StubServer):
    """DeepL API v2: /v2/translate and /v2/glossaries, key in the Authorization header."""

    def __init__(self, behaviour: Behaviour | None = None) -> None:
        super().__init__(behaviour)
        self.glossaries: dict[str, dict[str, Any]] = {}
        self.no_glossaries_for: set[str] = set()  # target languages DeepL has no glossaries for

    def handle(self, request: dict[str, Any]) -> tuple[int, object]:
        key = self.behaviour.key
        auth = request["headers"].get("Authorization", "")
        if key is not None and auth != f"DeepL-Auth-Key {key}":
            return 403, {"message": "Wrong endpoint or key"}
        path, method = request["path"], request["method"]
        body = json.loads(request["body"] or "{}")
        if path == "/v2/translate" and method == "POST":
            self._counted()
            texts = body.get("text", [])
            target = str(body.get("target_lang", "")).split("-")[0]
            glossary = self.glossaries.get(body.get("glossary_id", ""), {})
            out = []
            for text in texts:
                answer = self.behaviour.answer(text, target) or ""
                for src, tgt in glossary.get("entries", {}).items():
                    answer = answer.replace(src, tgt)
                out.append(
                    {
                        "text": answer,
                        "detected_source_language": body.get("source_lang", "EN"),
                        "billed_characters": len(text),
                    }
                )
            return 200, {"translations": out}
        if path == "/v2/glossaries" and method == "GET":
            return 200, {"glossaries": [self._info(g) for g in self.glossaries.values()]}
        if path == "/v2/glossaries" and method == "POST":
            if str(body.get("target_lang", "")).lower() in self.no_glossaries_for:
                return 400, {"message": "Unsupported glossary language pair"}
            gid = str(uuid.uuid4())
            entries = dict(
                line.split("\t", 1) for line in body.get("entries", "").splitlines() if line
            )
            self.glossaries[gid] = {"id": gid, **body, "entries": entries}
            return 201, self._info(self.glossaries[gid])
        if path.startswith("/v2/glossaries/") and method == "GET":
            found = self.glossaries.get(path.rsplit("/", 1)[1])
            return (200, self._info(found)) if found else (404, {"message": "not found"})
        return 404, {"message": "not found"}

    @staticmethod
    def _info(g: dict[str, Any]) -> dict[str, Any]:
        return {
            "glossary_id": g["id"],
            "name": g["name"],
            "ready": True,
            "source_lang": str(g["source_lang"]).lower(),
            "target_lang": str(g["target_lang"]).lower(),
            "creation_time": "2024-05-10T00:00:00.000Z",
            "entry_count": len(g["entries"]),
        }


class OpenAiServer(StubServer):
    """OpenAI chat completions: the user message is a JSON array of texts."""

    def __init__(self, behaviour: Behaviour | None = None) -> None:
        super().__init__(behaviour)
        self.prompts: list[str] = []

    def handle(self, request: dict[str, Any]) -> tuple[int, object]:
        key = self.behaviour.key
        if key is not None and request["headers"].get("Authorization") != f"Bearer {key}":
            return 401, {"error": {"message": "Incorrect API key", "type": "invalid_request_error"}}
        if request["path"] != "/v1/chat/completions":
            return 404, {"error": {"message": "not found"}}
        self._counted()
        body = json.loads(request["body"])
        system, user = body["messages"][0]["content"], body["messages"][1]["content"]
        self.prompts.append(system)
        target = re.search(r" to \w+ \((\w+)\)\.", system)
        lang = target.group(1) if target else ""
        texts = json.loads(user)
        answers = [self.behaviour.answer(t, lang) or "" for t in texts]
        if self.behaviour.merge_last and len(answers) > 1:
            answers[-2:] = [" ".join(answers[-2:])]
        content = json.dumps({"translations": answers}, ensure_ascii=False)
        content = self.behaviour.chat_wrap.replace("{}", content)
        return 200, {
            "id": "chatcmpl-test",
            "object": "chat.completion",
            "created": 1715299200,
            "model": body.get("model", "test"),
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": content},
                    "finish_reason": "stop",
                }
            ],
            "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
        }

"""prlocalize.translate.cache
~~~~~~~~~~~~~~~~~~~~~~~~~~~

The machine-translation cache, in the memory's SQLite file, so that re-running
``translate`` costs no API calls. The key is a hash of backend, languages and the
exact text sent (after term masking); the value is the engine's raw answer. API
keys are never part of a key or a value.
"""

from __future__ import annotations

import hashlib
import sqlite3
import threading
from collections.abc import Sequence
from pathlib import Path

from prlocalize.translate.memory import connect

_SCHEMA = """
CREATE TABLE IF NOT EXISTS mt_cache (
    key     TEXT PRIMARY KEY,
    backend TEXT NOT NULL,
    source_lang TEXT NOT NULL,
    target_lang TEXT NOT NULL,
    text    TEXT NOT NULL
);
"""


def cache_key(backend: str, source: str, target: str, text: str) -> str:
    raw = "\x1f".join((backend, source, target, text)).encode("utf-8")
    return hashlib.sha256(raw).hexdigest()


class MtCache:
    def __init__(self, path: str | Path | None = None, *, conn: sqlite3.Connection | None = None):
        if conn is None:
            if path is None:
                raise ValueError("MtCache needs a path or a connection")
            conn = connect(Path(path))
        self.conn = conn
        self.lock = threading.Lock()
        self.conn.executescript(_SCHEMA)

    def get_many(
        self, backend: str, source: str, target: str, texts: Sequence[str]
    ) -> dict[str, str]:
        """Cached answers for the texts that have one."""
        found: dict[str, str] = {}
        with self.lock:
            for text in dict.fromkeys(texts):
                row = self.conn.execute(
                    "SELECT text FROM mt_cache WHERE key=?",
                    (cache_key(backend, source, target, text),),
                ).fetchone()
                if row is not None:
                    found[text] = row[0]
        return found

    def put(self, backend: str, source: str, target: str, text: str, answer: str) -> None:
        # committed at once (autocommit), so an interrupted run keeps what it paid for
        with self.lock:
            self.conn.execute(
                "INSERT OR REPLACE INTO mt_cache VALUES (?,?,?,?,?)",
                (cache_key(backend, source, target, text), backend, source, target, answer),
            )

    def __len__(self) -> int:
        with self.lock:
            (count,) = self.conn.execute("SELECT COUNT(*) FROM mt_cache").fetchone()
        return int(count)

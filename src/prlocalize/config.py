"""prlocalize.config
~~~~~~~~~~~~~~~~~

Settings from ``[tool.prlocalize]`` in ``pyproject.toml`` or from ``prlocalize.toml``
(found in the start folder or its parents), merged with command-line flags.

Example ``prlocalize.toml``::

    source-lang = "en"
    locales = ["ja", "ko"]
    glossaries = ["glossaries"]
    select = ["PR1", "PR2"]
    ignore = ["PR303"]
    fail-on = "warning"
    backends = ["glossary", "memory"]
    memory = ".prlocalize/memory.sqlite"
    cache-dir = ".prlocalize/cache"

    [severity]
    PR203 = "info"

    [per-file-ignores]
    "drafts/*.md" = ["PR201"]
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from prlocalize.errors import ConfigError

_KEYS = {
    "source-lang": "source_lang",
    "locales": "locales",
    "glossaries": "glossaries",
    "select": "select",
    "ignore": "ignore",
    "fail-on": "fail_on",
    "severity": "severity",
    "per-file-ignores": "per_file_ignores",
    "backends": "backends",
    "backend-url": "backend_url",
    "memory": "memory",
    "cache-dir": "cache_dir",
}


@dataclass(frozen=True)
class Settings:
    root: Path = field(default_factory=Path.cwd)  # folder of the config file (or cwd)
    config_path: Path | None = None
    source_lang: str | None = None
    locales: tuple[str, ...] = ()
    glossaries: tuple[str, ...] = ()
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    fail_on: str = "error"
    severity: Mapping[str, str] = field(default_factory=dict)
    per_file_ignores: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    backends: tuple[str, ...] = ("glossary", "memory")
    backend_url: str | None = None
    memory: str = ".prlocalize/memory.sqlite"
    cache_dir: str = ".prlocalize/cache"  # findings of unchanged releases (check --no-cache)

    def glossary_paths(self) -> list[Path]:
        """Glossaries to load: those configured or given, else ``glossaries/`` when present."""
        if self.glossaries:
            return [self._resolve(p) for p in self.glossaries]
        default = self.root / "glossaries"
        return [default] if default.is_dir() else []

    def memory_path(self) -> Path:
        return self._resolve(self.memory)

    def cache_path(self) -> Path:
        return self._resolve(self.cache_dir)

    def _resolve(self, value: str) -> Path:
        path = Path(value)
        return path if path.is_absolute() else self.root / path

    def ignored_codes_for(self, path: str | Path) -> tuple[str, ...]:
        from fnmatch import fnmatch

        p = Path(path)
        try:
            rel = p.resolve().relative_to(self.root.resolve()).as_posix()
        except ValueError:
            rel = p.as_posix()
        codes: list[str] = []
        for pattern, pattern_codes in self.per_file_ignores.items():
            if fnmatch(rel, pattern) or fnmatch(p.name, pattern):
                codes.extend(pattern_codes)
        return tuple(codes)


def find_config(start: Path) -> Path | None:
    start = start.resolve()
    for folder in (start, *start.parents):
        candidate = folder / "prlocalize.toml"
        if candidate.is_file():
            return candidate
        pyproject = folder / "pyproject.toml"
        if (
            pyproject.is_file()
            and "tool" in _read_toml(pyproject)
            and "prlocalize" in (_read_toml(pyproject).get("tool", {}))
        ):
            return pyproject
    return None


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(path, None, f"cannot read TOML: {exc}") from None


def load_settings(
    start: Path | None = None, overrides: Mapping[str, object] | None = None
) -> Settings:
    """Read the nearest config file above ``start`` and apply non-empty ``overrides``."""
    start = start or Path.cwd()
    config_path = find_config(start)
    values: dict[str, Any] = {}
    root = start.resolve()
    if config_path is not None:
        data = _read_toml(config_path)
        if config_path.name == "pyproject.toml":
            data = data.get("tool", {}).get("prlocalize", {})
        values = _convert(config_path, data)
        root = config_path.parent
    settings = Settings(root=root, config_path=config_path, **values)
    known = {f.name for f in fields(Settings)}
    clean = {
        k: (tuple(v) if isinstance(v, list) else v)
        for k, v in (overrides or {}).items()
        if v not in (None, (), [], "") and k in known
    }
    return replace(settings, **clean)


def _convert(path: Path, data: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in data.items():
        attr = _KEYS.get(key) or _KEYS.get(key.replace("_", "-"))
        if attr is None:
            raise ConfigError(path, key, f"unknown setting; known: {', '.join(sorted(_KEYS))}")
        if attr in {"locales", "glossaries", "select", "ignore", "backends"}:
            if isinstance(value, str):
                value = [value]
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise ConfigError(path, key, "expected a list of strings")
            value = tuple(value)
        elif attr == "per_file_ignores":
            if not isinstance(value, dict):
                raise ConfigError(path, key, "expected a table of glob = [codes]")
            value = {str(k): tuple(v) for k, v in value.items()}
        elif attr == "severity":
            if not isinstance(value, dict):
                raise ConfigError(path, key, "expected a table of code = severity")
            for code, level in value.items():
                if str(level).lower() not in {"error", "warning", "info"}:
                    raise ConfigError(path, f"{key}.{code}", "use error, warning or info")
            value = {str(k): str(v).lower() for k, v in value.items()}
        elif attr == "fail_on":
            if str(value).lower() not in {"error", "warning", "info"}:
                raise ConfigError(path, key, "use error, warning or info")
            value = str(value).lower()
        elif not isinstance(value, str):
            raise ConfigError(path, key, "expected a string")
        out[attr] = value
    return out

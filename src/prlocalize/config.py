"""prlocalize.config
~~~~~~~~~~~~~~~~~

Settings from ``[tool.prlocalize]`` in ``pyproject.toml`` or from ``prlocalize.toml``
(found in the start folder or its parents), merged with command-line flags. Every
command reads the same :class:`Settings`; each value remembers where it came from
(a flag, ``file:line`` or the default), which ``prlocalize config`` prints.

Example ``prlocalize.toml`` (in ``pyproject.toml`` the same keys go under
``[tool.prlocalize]``, and the tables under ``[tool.prlocalize.severity]`` and
``[tool.prlocalize.per-file-ignores]``)::

    source-lang = "en"
    locales = ["ja", "ko"]
    locales-dir = "locales"
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

Values are validated by type when the file is read: a wrong one is a
:class:`~prlocalize.errors.ConfigError` naming the file, the line and the key, and an
unknown key gets a did-you-mean. ``tomllib`` keeps no line numbers, so the line of a
key is found by :func:`key_lines`, a small scan of the file's text for table headers
and ``key =`` lines (it knows quoted and dotted keys, multi-line arrays and strings;
a key it cannot place is reported with the file alone).
"""

from __future__ import annotations

import difflib
import re
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from prlocalize.errors import ConfigError, raise_config_errors

LEVELS = ("error", "warning", "info")
FALLBACKS = ("source", "fail")
_PYPROJECT_PREFIX = ("tool", "prlocalize")


@dataclass(frozen=True)
class Origin:
    """Where a setting's value came from."""

    kind: str  # "flag", "file" or "default"
    flag: str | None = None  # the flag as spelt on the command line
    path: str | None = None  # the config file
    line: int | None = None

    def __str__(self) -> str:
        if self.kind == "flag":
            return f"flag:{self.flag}" if self.flag else "flag"
        if self.kind == "file":
            shown = _shown(self.path or "")
            return f"file:{shown}:{self.line}" if self.line else f"file:{shown}"
        return self.kind

    def as_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "flag": self.flag, "path": self.path, "line": self.line}


DEFAULT = Origin("default")


def _shown(path: str) -> str:
    """``path`` relative to the current folder when it is below it (as git shows it)."""
    try:
        return Path(path).relative_to(Path.cwd()).as_posix()
    except ValueError:
        return path


@dataclass(frozen=True)
class Settings:
    root: Path = field(default_factory=Path.cwd)  # folder of the config file (or cwd)
    config_path: Path | None = None
    source_lang: str | None = None
    locales: tuple[str, ...] = ()
    locales_dir: str = "locales"  # catalogs: <stem>.pot, <locale>/LC_MESSAGES/<stem>.po
    regional_locales: bool = False  # ja_JP its own catalogs instead of ja's
    glossaries: tuple[str, ...] = ()
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    fail_on: str = "error"
    severity: Mapping[str, str] = field(default_factory=dict)
    per_file_ignores: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    encoding: str | None = None  # releases in a legacy encoding; None: UTF-8
    backends: tuple[str, ...] = ("glossary", "memory")
    backend_url: str | None = None
    memory: str = ".prlocalize/memory.sqlite"
    cache_dir: str = ".prlocalize/cache"  # findings of unchanged releases (check --no-cache)
    output: str | None = None  # build: pages folder; run: folder of catalogs and pages
    fallback: str = "source"  # build: a missing translation publishes the source sentence
    use_fuzzy: bool = False  # build and compile: publish fuzzy translations too
    page_url: str | None = None  # build: the pages' URLs on the site, '…/{lang}/{stem}.html'
    workers: int = 4  # translate: machine-translation requests in flight
    max_chars: int | None = None  # translate: characters sent to MT per run
    confidential: bool = False  # translate: no release goes to MT outside the machine
    trusted_hosts: tuple[str, ...] = ()  # translate: self-hosted MT servers counted as local
    origins: Mapping[str, Origin] = field(default_factory=dict, compare=False, repr=False)

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

    def locales_path(self) -> Path:
        """The catalog folder: a flag's value as given, a config value below the config's
        folder."""
        return (
            self._resolve(self.locales_dir)
            if self._from_file("locales_dir")
            else Path(self.locales_dir)
        )

    def output_path(self) -> Path | None:
        if self.output is None:
            return None
        return self._resolve(self.output) if self._from_file("output") else Path(self.output)

    def origin(self, attr: str) -> Origin:
        return self.origins.get(attr, DEFAULT)

    def _from_file(self, attr: str) -> bool:
        return self.origin(attr).kind == "file"

    def _resolve(self, value: str) -> Path:
        path = Path(value)
        return path if path.is_absolute() else self.root / path

    def ignored_codes_for(self, path: str | Path) -> tuple[str, ...]:
        from fnmatch import fnmatch

        if not self.per_file_ignores:
            return ()  # (no path resolved: build asks once per catalog)
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


# --- the schema: key in the file → (attribute, converter) --------------------------------

Convert = Callable[[Any, "_Where"], Any]


@dataclass(frozen=True)
class _Where:
    """A key's place in a config file, for error messages."""

    path: Path
    keys: tuple[str, ...]  # full key path in the file (tool.prlocalize.… in pyproject.toml)
    lines: Mapping[tuple[str, ...], int]

    @property
    def line(self) -> int | None:
        return _line_of(self.lines, self.keys)

    def child(self, key: str) -> _Where:
        return _Where(self.path, (*self.keys, key), self.lines)

    def error(self, message: str, hint: str | None = None) -> ConfigError:
        return ConfigError(self.path, ".".join(self.keys), message, line=self.line, hint=hint)


def _type_name(value: Any) -> str:
    names = {str: "a string", bool: "true/false", int: "a number", float: "a number"}
    names.update({list: "a list", dict: "a table"})
    return names.get(type(value), type(value).__name__)


def _string(value: Any, where: _Where) -> str:
    if not isinstance(value, str):
        raise where.error(f"expected a string, got {_type_name(value)}")
    return value


def _strings(value: Any, where: _Where) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    if not isinstance(value, list):
        raise where.error(f"expected a list of strings, got {_type_name(value)}")
    for item in value:
        if not isinstance(item, str):
            raise where.error(f"expected a list of strings, got {item!r} ({_type_name(item)})")
    return tuple(value)


def _choice(*allowed: str) -> Convert:
    def convert(value: Any, where: _Where) -> str:
        text = _string(value, where).lower()
        if text not in allowed:
            raise where.error(f"{value!r} is not one of {', '.join(allowed)}")
        return text

    return convert


def _page_url(value: Any, where: _Where) -> str:
    from prlocalize.urls import check_page_url

    try:
        return check_page_url(_string(value, where))
    except ValueError as exc:
        raise where.error(str(exc)) from None


def _boolean(value: Any, where: _Where) -> bool:
    if not isinstance(value, bool):
        raise where.error(f"expected true or false, got {_type_name(value)}")
    return value


def _count(low: int, high: int | None = None) -> Convert:
    def convert(value: Any, where: _Where) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise where.error(f"expected a whole number, got {_type_name(value)}")
        if value < low or (high is not None and value > high):
            bounds = f"from {low} to {high}" if high is not None else f"{low} or more"
            raise where.error(f"{value} is out of range ({bounds})")
        return value

    return convert


def _locale(value: Any, where: _Where) -> str:
    from prlocalize.locales import UnknownLocale, normalise_locale

    try:
        return normalise_locale(_string(value, where), regional=True)
    except UnknownLocale as exc:
        raise where.error(exc.render()) from None


def _locales(value: Any, where: _Where) -> tuple[str, ...]:
    return tuple(_locale(v, where) for v in _strings(value, where))


def _selectors(value: Any, where: _Where) -> tuple[str, ...]:
    items = _strings(value, where)
    for item in items:
        check_selector(item, where)
    return tuple(c.upper() if c[:2].upper() == "PR" else c for c in items)


def _severity_table(value: Any, where: _Where) -> dict[str, str]:
    if not isinstance(value, dict):
        raise where.error(f"expected a table of CODE = severity, got {_type_name(value)}")
    out: dict[str, str] = {}
    for code, level in value.items():
        inner = where.child(code)
        check_selector(code, inner, exact=True)
        out[code.upper()] = _choice(*LEVELS)(level, inner)
    return out


def _ignores_table(value: Any, where: _Where) -> dict[str, tuple[str, ...]]:
    if not isinstance(value, dict):
        raise where.error(f'expected a table of "glob" = [codes], got {_type_name(value)}')
    out: dict[str, tuple[str, ...]] = {}
    for pattern, codes in value.items():
        inner = where.child(pattern)
        if not isinstance(codes, list):
            # "drafts/*.md" = "PR201" would otherwise be a list of letters, or a prefix
            raise inner.error(
                f"expected a list of codes, got {_type_name(codes)}",
                f'write {pattern!r} = ["{codes}"]' if isinstance(codes, str) else None,
            )
        out[str(pattern)] = _selectors(codes, inner)
    return out


# key → (attribute, converter)
SCHEMA: dict[str, tuple[str, Convert]] = {
    "source-lang": ("source_lang", _locale),
    "locales": ("locales", _locales),
    "locales-dir": ("locales_dir", _string),
    "regional-locales": ("regional_locales", _boolean),
    "glossaries": ("glossaries", _strings),
    "select": ("select", _selectors),
    "ignore": ("ignore", _selectors),
    "fail-on": ("fail_on", _choice(*LEVELS)),
    "severity": ("severity", _severity_table),
    "per-file-ignores": ("per_file_ignores", _ignores_table),
    "encoding": ("encoding", lambda v, w: check_encoding(_string(v, w), w)),
    "backends": ("backends", _strings),
    "backend-url": ("backend_url", _string),
    "memory": ("memory", _string),
    "cache-dir": ("cache_dir", _string),
    "output": ("output", _string),
    "fallback": ("fallback", _choice(*FALLBACKS)),
    "use-fuzzy": ("use_fuzzy", _boolean),
    "page-url": ("page_url", _page_url),
    "workers": ("workers", _count(1, 64)),
    "max-chars": ("max_chars", _count(0)),
    "confidential": ("confidential", _boolean),
    "trusted-hosts": ("trusted_hosts", _strings),
}
KEY_OF = {attr: key for key, (attr, _) in SCHEMA.items()}


_DIGIT_LOOKALIKES = str.maketrans("OILSB", "01158")


def check_selector(selector: str, where: _Where | None = None, *, exact: bool = False) -> None:
    """A rule code (``PR101``), a family prefix (``PR1``, ``PR30``) or a rule name; an
    unknown one is an error (a typo such as ``PR3O1`` must not silence anything)."""
    from prlocalize.rules.registry import RULES

    code = selector.strip()
    upper = code.upper()
    codes = [r.code for r in RULES]
    if upper in codes or (not exact and any(r.name == code for r in RULES)):
        return
    if not exact and re.fullmatch(r"PR\d{1,2}", upper) and any(c.startswith(upper) for c in codes):
        return
    # a letter typed for the digit it looks like ('PR3O1', 'PRl01') is the likeliest slip
    digits = upper[:2] + upper[2:].translate(_DIGIT_LOOKALIKES)
    close = (
        [digits] if digits in codes else difflib.get_close_matches(upper, codes, n=1, cutoff=0.6)
    )
    hint = f"did you mean {close[0]}?" if close else "`prlocalize rules` lists them"
    kind = "rule code" if exact else "rule code or prefix"
    message = f"unknown {kind} {selector!r}"
    if where is None:
        raise ConfigError(None, None, message, hint=hint)
    raise where.error(message, hint)


def check_encoding(name: str, where: _Where | None = None) -> str:
    """A Python codec name for legacy releases (shift_jis, cp932, euc-kr, cp949, euc-jp…)."""
    import codecs

    try:
        return codecs.lookup(name).name
    except LookupError:
        message = f"unknown encoding {name!r}"
        hint = "use a Python codec name such as shift_jis, cp932, euc-jp, euc-kr or cp949"
        if where is None:
            raise ConfigError(None, None, message, hint=hint) from None
        raise where.error(message, hint) from None


# --- finding the file and the lines of its keys ------------------------------------------

_KEY_PART = r"""[A-Za-z0-9_-]+|"(?:[^"\\]|\\.)*"|'[^']*'"""
_DOTTED = rf"(?:{_KEY_PART})(?:\s*\.\s*(?:{_KEY_PART}))*"
_HEADER = re.compile(rf"\s*\[\[?\s*({_DOTTED})\s*\]\]?")
_ASSIGN = re.compile(rf"\s*({_DOTTED})\s*=")


def _key_path(dotted: str) -> tuple[str, ...]:
    parts = re.findall(_KEY_PART, dotted)
    return tuple(p[1:-1] if p[:1] in "\"'" else p for p in parts)


def key_lines(text: str) -> dict[tuple[str, ...], int]:
    """The 1-based line of every table header and key in TOML ``text`` (first occurrence),
    by full path: ``[tool.prlocalize]`` then ``locales = …`` gives
    ``("tool", "prlocalize", "locales")``. Continuation lines of multi-line arrays, inline
    tables and strings are skipped, so a value that looks like ``key =`` is never taken."""
    lines: dict[tuple[str, ...], int] = {}
    table: tuple[str, ...] = ()
    depth = 0  # open [ and { of a multi-line value
    quote: str | None = None  # an open multi-line string's delimiter
    for number, line in enumerate(text.splitlines(), 1):
        rest = line
        if quote is None and depth == 0:
            header = _HEADER.match(line)
            assign = None if header else _ASSIGN.match(line)
            if header:
                table = _key_path(header.group(1))
                lines.setdefault(table, number)
                rest = line[header.end() :]
            elif assign:
                lines.setdefault((*table, *_key_path(assign.group(1))), number)
                rest = line[assign.end() :]
            else:
                continue
        depth, quote = _scan_value(rest, depth, quote)
    return lines


def _scan_value(text: str, depth: int, quote: str | None) -> tuple[int, str | None]:
    """Bracket depth and open multi-line string after ``text`` (strings and comments skipped)."""
    i = 0
    while i < len(text):
        if quote is not None:
            end = text.find(quote, i)
            if end == -1:
                return depth, quote
            i, quote = end + 3, None
            continue
        char = text[i]
        if text.startswith(('"""', "'''"), i):
            quote, i = text[i : i + 3], i + 3
        elif char == '"':
            match = re.compile(r'"(?:[^"\\]|\\.)*"').match(text, i)
            i = match.end() if match else len(text)
        elif char == "'":
            end = text.find("'", i + 1)
            i = end + 1 if end != -1 else len(text)
        elif char == "#":
            break
        else:
            depth += (char in "[{") - (char in "]}")
            i += 1
    return max(depth, 0), quote


def find_config(start: Path) -> Path | None:
    start = start.resolve()
    for folder in (start, *start.parents):
        candidate = folder / "prlocalize.toml"
        if candidate.is_file():
            return candidate
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and "prlocalize" in _read_toml(pyproject)[0].get("tool", {}):
            return pyproject
    return None


def _read_toml(path: Path) -> tuple[dict[str, Any], str]:
    try:
        text = path.read_text(encoding="utf-8")
        return tomllib.loads(text), text
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(path, None, f"cannot read the file: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        match = re.search(r"\(at line (\d+)", str(exc))
        line = int(match.group(1)) if match else None
        raise ConfigError(path, None, f"not valid TOML: {exc}", line=line) from None


def load_settings(
    start: Path | None = None,
    overrides: Mapping[str, object] | None = None,
    *,
    flags: Mapping[str, str] | None = None,
) -> Settings:
    """Read the nearest config file above ``start`` and apply non-empty ``overrides``
    (attribute → value; ``flags`` names the flag each came from, for ``origins``)."""
    start = start or Path.cwd()
    config_path = find_config(start)
    values: dict[str, Any] = {}
    origins: dict[str, Origin] = {}
    root = start.resolve()
    if config_path is not None:
        values, origins = read_config(config_path)
        root = config_path.parent
    known = {f.name for f in fields(Settings)} - {"root", "config_path", "origins"}
    for attr, value in (overrides or {}).items():
        if value in (None, (), [], "") or attr not in known:
            continue
        values[attr] = tuple(value) if isinstance(value, list) else value
        origins[attr] = Origin("flag", flag=(flags or {}).get(attr))
    return replace(Settings(root=root, config_path=config_path), **values, origins=dict(origins))


def read_config(path: Path) -> tuple[dict[str, Any], dict[str, Origin]]:
    """The settings of one config file (attribute → value) and the line of each."""
    data, text = _read_toml(path)
    lines = key_lines(text)
    prefix: tuple[str, ...] = ()
    misplaced: list[ConfigError] = []
    if path.name == "pyproject.toml":
        prefix = _PYPROJECT_PREFIX
        misplaced = _misplaced_tables(path, data, lines)
        data = data.get("tool", {}).get("prlocalize", {})
        if not isinstance(data, dict):
            raise ConfigError(path, "tool.prlocalize", "expected a table", line=lines.get(prefix))
    elif isinstance(data.get("tool"), dict) and "prlocalize" in data["tool"]:
        raise ConfigError(
            path,
            "tool.prlocalize",
            "prlocalize.toml holds the settings at its top level",
            line=lines.get(("tool", "prlocalize")),
            hint="drop the [tool.prlocalize] header (it belongs in pyproject.toml)",
        )
    values: dict[str, Any] = {}
    origins: dict[str, Origin] = {}
    errors = list(misplaced)
    for key, value in data.items():  # every wrong setting is reported, not just the first
        where = _Where(path, (*prefix, key), lines)
        spec = SCHEMA.get(key.replace("_", "-"))  # fail_on is read as fail-on
        if spec is None:
            close = difflib.get_close_matches(key.replace("_", "-"), SCHEMA, n=1, cutoff=0.6)
            hint = f"did you mean {close[0]!r}?" if close else "`prlocalize config` lists them"
            errors.append(where.error(f"unknown setting {key!r}", hint))
            continue
        attr, convert = spec
        try:
            values[attr] = convert(value, where)
        except ConfigError as exc:
            errors.append(exc)
            continue
        origins[attr] = Origin("file", path=str(path), line=where.line)
    raise_config_errors(errors)
    return values, origins


def _line_of(lines: Mapping[tuple[str, ...], int], path: tuple[str, ...]) -> int | None:
    # a key inside an inline table has no line of its own: its table's line
    for end in range(len(path), 0, -1):
        if path[:end] in lines:
            return lines[path[:end]]
    return None


def _misplaced_tables(
    path: Path, data: Mapping[str, Any], lines: Mapping[Any, int]
) -> list[ConfigError]:
    """``[severity]`` at the top of pyproject.toml is not prlocalize's (and not read)."""
    return [
        ConfigError(
            path,
            key,
            f"{key!r} at the top level of pyproject.toml is not read",
            line=lines.get((key,)),
            hint=f"prlocalize's settings live under [tool.prlocalize]: write "
            f"[tool.prlocalize.{key}]"
            if isinstance(data[key], dict)
            else f"prlocalize's settings live under [tool.prlocalize]: move {key!r} there",
        )
        for key in data
        if key in SCHEMA
    ]


def settings_table(settings: Settings) -> list[tuple[str, Any, Origin]]:
    """Every setting as (key, value, origin), in the schema's order (``prlocalize config``)."""
    rows = []
    for key, (attr, _) in SCHEMA.items():
        value = getattr(settings, attr)
        if isinstance(value, tuple):
            value = list(value)
        elif isinstance(value, Mapping):
            value = {k: list(v) if isinstance(v, tuple) else v for k, v in value.items()}
        rows.append((key, value, settings.origin(attr)))
    return rows

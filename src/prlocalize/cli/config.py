"""``prlocalize config``: the settings in force and where each came from."""

from __future__ import annotations

import json
from typing import Any

import click

from prlocalize.cli.options import (
    encoding_option,
    glossary_option,
    load,
    locale_option,
    locales_dir_option,
    source_lang_option,
    validate_locale,
)


@click.command(short_help="Show the settings in force and where each came from.")
@locale_option
@locales_dir_option
@glossary_option
@source_lang_option
@encoding_option
@click.option(
    "--fail-on",
    type=click.Choice(["error", "warning", "info"]),
    default=None,
    help="As the commands' --fail-on (shown as a flag's value).",
)
@click.option(
    "--backend",
    "backends",
    multiple=True,
    metavar="NAME",
    help="As translate's --backend (shown as a flag's value).",
)
@click.option(
    "-o",
    "--out",
    default=None,
    metavar="DIR",
    help="As build's and run's --out (shown as a flag's value).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="Output format.",
)
def config(
    *,
    locales: tuple[str, ...],
    locales_dir: str | None,
    glossaries: tuple[str, ...],
    source_lang: str | None,
    encoding: str | None,
    fail_on: str | None,
    backends: tuple[str, ...],
    out: str | None,
    fmt: str,
) -> None:
    """Print every setting in force, with where it came from, as `git config
    --show-origin` does: `flag:--locale`, `file:pyproject.toml:12` or `default`.

    Settings come from flags, then `[tool.prlocalize]` in pyproject.toml or
    prlocalize.toml (the nearest one from the current folder up), then the defaults.
    Flags given here are shown as a command would see them. An invalid config file
    is reported with its file and line (exit 2).
    """
    from prlocalize.config import settings_table

    names = tuple(n.strip() for raw in backends for n in raw.split(",") if n.strip())
    settings = load(
        locales=tuple(validate_locale(loc, regional=True) for loc in locales),
        locales_dir=locales_dir,
        glossaries=glossaries,
        source_lang=source_lang and validate_locale(source_lang),
        encoding=encoding,
        fail_on=fail_on,
        backends=names,
        output=out,
    )
    rows = [(key, _masked(key, value), origin) for key, value, origin in settings_table(settings)]
    if fmt == "json":
        payload: dict[str, Any] = {
            "config_file": str(settings.config_path) if settings.config_path else None,
            "root": str(settings.root),
            "settings": [
                {"key": key, "value": value, "origin": origin.as_json()}
                for key, value, origin in rows
            ],
        }
        click.echo(json.dumps(payload, ensure_ascii=False, indent=2))
        return
    where = settings.config_path or "none found (defaults and flags only)"
    lines = [f"# config file: {where}"]
    width = max(len(str(origin)) for _, _, origin in rows)
    for key, value, origin in rows:
        lines.append(f"{origin!s:<{width}}  {key} = {_toml(value)}")
    click.echo("\n".join(lines))


def _toml(value: Any) -> str:
    """A TOML-like rendering of a value (what one would write in the file)."""
    if value is None:
        return "(not set)"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{json.dumps(k)} = {_toml(v)}" for k, v in value.items()) + "}"
    return json.dumps(value, ensure_ascii=False)


def _masked(key: str, value: Any) -> Any:
    """A password in ``backend-url`` is never printed (it is used only for requests)."""
    if key == "backend-url" and isinstance(value, str):
        from prlocalize.translate.engine import masked_url

        return masked_url(value)
    return value

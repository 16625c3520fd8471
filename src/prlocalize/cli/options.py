"""Option bundles shared by several commands (as sqlite-utils' ``@output_options``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import click

F = TypeVar("F", bound=Callable[..., Any])


def glossary_option(func: F) -> F:
    return click.option(
        "-g",
        "--glossary",
        "glossaries",
        multiple=True,
        type=click.Path(path_type=str),
        help="Glossary CSV/TBX file or folder (repeatable). Default: config, then ./glossaries.",
    )(func)


def source_lang_option(func: F) -> F:
    return click.option(
        "--source-lang",
        default=None,
        metavar="LANG",
        help="Language of the release (en, ja, ko, ...). Default: detected from its text.",
    )(func)


def locales_dir_option(func: F) -> F:
    return click.option(
        "-d",
        "--locales-dir",
        "locales_dir",
        required=True,
        type=click.Path(file_okay=False, path_type=str),
        help="Folder of the catalogs (<stem>.pot, <locale>/LC_MESSAGES/<stem>.po).",
    )(func)


def locale_option(func: F) -> F:
    return click.option(
        "-l",
        "--locale",
        "locales",
        multiple=True,
        required=True,
        metavar="LOCALE",
        help="Target locale (repeatable), e.g. -l ja -l ko.",
    )(func)


def validate_locale(locale: str) -> str:
    """Return the normalised locale identifier or raise a usage error naming it."""
    from babel import Locale, UnknownLocaleError

    try:
        return str(Locale.parse(locale.replace("-", "_")))
    except (UnknownLocaleError, ValueError) as exc:
        raise click.BadParameter(
            f"unknown locale {locale!r}; use a code such as ja, ko, en or zh_Hant ({exc})",
            param_hint="--locale",
        ) from None

"""Option bundles shared by several commands (as sqlite-utils' ``@output_options``), and
the one way every command reads its settings (flags over config file over defaults)."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

if TYPE_CHECKING:
    from prlocalize.config import Settings

F = TypeVar("F", bound=Callable[..., Any])

# settings attribute → the flag that sets it (for `prlocalize config`'s origins)
FLAGS = {
    "glossaries": "--glossary",
    "source_lang": "--source-lang",
    "locales": "--locale",
    "locales_dir": "--locales-dir",
    "fail_on": "--fail-on",
    "backends": "--backend",
    "backend_url": "--backend-url",
    "memory": "--memory",
    "output": "--out",
    "encoding": "--encoding",
    "fallback": "--fallback",
    "use_fuzzy": "--use-fuzzy",
    "page_url": "--page-url",
    "workers": "--workers",
    "max_chars": "--max-chars",
}


def load(**overrides: object) -> Settings:
    """The settings in force: ``overrides`` (flag values; None or empty = not given) over
    the config file found from the current folder, over the defaults."""
    from prlocalize.config import check_encoding, load_settings
    from prlocalize.errors import ConfigError

    page_url = overrides.get("page_url")
    if isinstance(page_url, str) and page_url:
        from prlocalize.urls import check_page_url

        try:
            check_page_url(page_url)
        except ValueError as exc:
            raise click.BadParameter(str(exc), param_hint="--page-url") from None
    encoding = overrides.get("encoding")
    if isinstance(encoding, str) and encoding:
        try:
            overrides["encoding"] = check_encoding(encoding)
        except ConfigError as exc:
            raise click.BadParameter(
                f"{exc.message} ({exc.hint})", param_hint="--encoding"
            ) from None
    return load_settings(Path.cwd(), overrides, flags=FLAGS)


def target_locales(
    settings: Settings, given: Iterable[str] = (), *, catalogs: Path | None = None
) -> tuple[str, ...]:
    """The target locales, normalised (``ja_JP`` is ``ja`` unless ``regional-locales``):
    the flags', the config's, or else (with ``catalogs``, a locales folder) those it has
    catalogs for, as ``pybabel update`` takes them; none at all is a usage error."""
    from prlocalize.errors import UsageError

    # '-l ja,ko' as '-l ja -l ko' (as pybabel's --locale lists and most CI variables give them)
    wanted = tuple(part.strip() for loc in given for part in loc.split(",") if part.strip())
    wanted = wanted or settings.locales
    if not wanted and catalogs is not None:
        wanted = catalog_locales(catalogs)
    if not wanted:
        raise UsageError(
            "no target locale: pass -l LOCALE (e.g. -l ja -l ko) or set locales = [...] in "
            "[tool.prlocalize] of pyproject.toml or in prlocalize.toml"
        )
    regional = settings.regional_locales
    return tuple(dict.fromkeys(validate_locale(loc, regional=regional) for loc in wanted))


def catalog_locales(folder: Path) -> tuple[str, ...]:
    """The locales ``folder`` holds catalogs for (``<locale>/LC_MESSAGES/*.po``), sorted:
    a locale's first catalog is enough (an archive has 100,000 of them a locale)."""
    try:
        names = sorted(os.listdir(folder))
    except OSError:
        return ()
    return tuple(name for name in names if not name.startswith(".") and _has_po(folder / name))


def _has_po(locale: Path) -> bool:
    try:
        with os.scandir(locale / "LC_MESSAGES") as entries:
            return any(e.name.endswith(".po") and e.is_file() for e in entries)
    except OSError:  # (not a folder, or none)
        return False


def encoding_option(func: F) -> F:
    return click.option(
        "--encoding",
        default=None,
        metavar="CODEC",
        help="Read releases in this legacy encoding (a Python codec: shift_jis, cp932, "
        "euc-jp, euc-kr, cp949, ...). Default: config, then UTF-8.",
    )(func)


def jobs_option(func: F) -> F:
    """``--jobs N``: worker processes for commands that work file by file. The output is
    the same with any N (see :mod:`prlocalize.parallel`)."""
    return click.option(
        "-j",
        "--jobs",
        type=click.IntRange(1, 256),
        default=None,
        metavar="N",
        help="Worker processes (default: one per CPU core once there are enough files to "
        "repay starting them; 1 works in this process). The output is the same with any N.",
    )(func)


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
        default=None,
        type=click.Path(file_okay=False, path_type=str),
        help="Folder of the catalogs (<stem>.pot, <locale>/LC_MESSAGES/<stem>.po). "
        "Default: config locales-dir, then ./locales.",
    )(func)


def locale_option(func: F) -> F:
    return _locale_flag(func, "Default: config locales.")


def catalog_locale_option(func: F) -> F:
    """``-l LOCALE`` of a command on existing catalogs: without it, every locale they are in."""
    return _locale_flag(
        func,
        "Default: config locales, then every locale with catalogs in the folder "
        "(<locale>/LC_MESSAGES).",
    )


def _locale_flag(func: F, default: str) -> F:
    return click.option(
        "-l",
        "--locale",
        "locales",
        multiple=True,
        metavar="LOCALE",
        help="Target locale (repeatable or comma-separated), e.g. -l ja -l ko or -l ja,ko. "
        + default,
    )(func)


def validate_locale(locale: str, *, regional: bool = False) -> str:
    """The normalised CLDR locale (``ja_JP`` → ``ja`` unless ``regional``), or a usage error
    (exit 2) with a suggestion: ``unknown locale 'jp': did you mean 'ja'?``."""
    from prlocalize.locales import UnknownLocale, normalise_locale

    try:
        return normalise_locale(locale, regional=regional)
    except UnknownLocale as exc:
        raise click.BadParameter(exc.render(), param_hint="--locale") from None


def page_url_option(func: F) -> F:
    """``--page-url TEMPLATE``: the pages' URLs on the live site (render.page_urls)."""
    return click.option(
        "--page-url",
        default=None,
        metavar="TEMPLATE",
        help="Where the pages live on the site, e.g. "
        "'https://news.example.com/{lang}/{stem}.html' ({lang}: BCP 47 tag, {locale}: the "
        "output folder's name, {stem}: the release's). hreflang links become absolute and "
        "each translated page's canonical URL and og:url its own. Default: config "
        "page-url, else what each HTML release's head says of its own URL.",
    )(func)

"""``prlocalize translate`` and ``prlocalize memory import|export``."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from prlocalize.cli import WholeSummaryGroup
from prlocalize.cli.options import (
    catalog_locale_option,
    glossary_option,
    jobs_option,
    load,
    locales_dir_option,
    target_locales,
    validate_locale,
)

if TYPE_CHECKING:
    from collections.abc import Sequence

    from prlocalize.translate.fill import FillResult
    from prlocalize.translate.workflow import KeptBack, TranslateResult
    from prlocalize.ui import Ui

F = TypeVar("F", bound=Callable[..., Any])


def memory_option(func: F) -> F:
    return click.option(
        "--memory",
        "memory_path",
        default=None,
        metavar="PATH",
        help="Translation memory (SQLite). Default: config, then .prlocalize/memory.sqlite.",
    )(func)


@click.command()
@locales_dir_option
@catalog_locale_option
@click.option(
    "--backend",
    "backends",
    multiple=True,
    metavar="NAME",
    help="Backend to try, in order (repeatable or comma-separated): glossary, memory, "
    "deepl, google, microsoft, papago, libre, mymemory, chatgpt. Default: config, then "
    "glossary,memory (offline).",
)
@click.option(
    "--backend-url",
    default=None,
    metavar="URL",
    help="Server of the machine backend (self-hosted LibreTranslate, DeepL or "
    "OpenAI-compatible endpoint).",
)
@click.option(
    "--max-chars",
    type=click.IntRange(min=0),
    default=None,
    metavar="N",
    help="Send at most N characters to machine translation in this run. Default: config "
    "max-chars, then no limit.",
)
@click.option(
    "--workers",
    type=click.IntRange(1, 64),
    default=None,
    metavar="N",
    help="Machine-translation requests in flight at once. Default: config workers, then 4.",
)
@click.option(
    "--overwrite-fuzzy", is_flag=True, help="Replace fuzzy translations too (never approved ones)."
)
@click.option(
    "--allow-external",
    is_flag=True,
    help="Send embargoed releases (and, with confidential = true, every release) to MT "
    "services outside this machine too. Without it they get only local backends: "
    "glossary, memory, and libre/chatgpt/deepl at a loopback or trusted-hosts URL.",
)
@glossary_option
@click.option(
    "--source-lang",
    default=None,
    metavar="LANG",
    help="Language of the msgids. Default: the catalog's X-Source-Language header, "
    "then config, then en.",
)
@memory_option
@jobs_option
@click.pass_context
def translate(
    ctx: click.Context,
    *,
    locales_dir: str | None,
    locales: tuple[str, ...],
    backends: tuple[str, ...],
    backend_url: str | None,
    max_chars: int | None,
    workers: int | None,
    overwrite_fuzzy: bool,
    allow_external: bool,
    glossaries: tuple[str, ...],
    source_lang: str | None,
    memory_path: str | None,
    jobs: int | None,
) -> None:
    """Fill untranslated entries of each locale's catalogs in LOCALES_DIR.

    Glossary and exact memory answers are written as final; machine and fuzzy-memory
    answers are written fuzzy with a `#. prlocalize: <origin>` comment for review.
    With glossary and memory only, worker processes fill the catalogs (--jobs); a
    machine service's requests run concurrently in this process (--workers).
    Exit codes: 0 done, 1 some answers were rejected by the checks, 2 input, key or
    backend error (what was translated before it is kept).

    \b
    API keys come only from the environment:
      deepl      PRLOCALIZE_DEEPL_API_KEY
      chatgpt    PRLOCALIZE_CHATGPT_API_KEY (model: PRLOCALIZE_CHATGPT_MODEL)
      microsoft  PRLOCALIZE_MICROSOFT_API_KEY (PRLOCALIZE_MICROSOFT_REGION)
      papago     PRLOCALIZE_PAPAGO_CLIENT_ID, PRLOCALIZE_PAPAGO_API_KEY
      libre      PRLOCALIZE_LIBRE_API_KEY (optional with --backend-url)
      google, mymemory: no key
    """
    from prlocalize.checking import load_glossary
    from prlocalize.translate.workflow import pending_entries, translate_catalogs
    from prlocalize.ui import Ui

    names = tuple(n.strip() for raw in backends for n in raw.split(",") if n.strip())
    settings = load(
        locales_dir=locales_dir,
        locales=locales,
        glossaries=glossaries,
        source_lang=source_lang and validate_locale(source_lang),
        backends=names,
        backend_url=backend_url,
        memory=memory_path,
        workers=workers,
        max_chars=max_chars,
    )
    targets = list(target_locales(settings, locales, catalogs=settings.locales_path()))
    locales_path = settings.locales_path()
    glossary = load_glossary(settings)
    ui = Ui()
    total = None
    if ui.interactive:  # counting reads the catalogs once more: only worth it for a bar
        total = pending_entries(locales_path, targets, overwrite_fuzzy=overwrite_fuzzy)
    report = _Report(ui)
    with ui.progress("Translating", total=total) as advance:
        result = translate_catalogs(
            locales_path,
            targets,
            settings,
            backends=settings.backends,
            glossary=glossary,
            source_lang=source_lang,
            workers=settings.workers,
            max_chars=settings.max_chars,
            overwrite_fuzzy=overwrite_fuzzy,
            progress=advance,
            allow_external=allow_external,
            on_catalog=report.catalog,
            jobs=jobs,
        )
    report.summary(result)
    if result.error:
        ui.error(f"{result.error} (translations made before the failure were written)")
        ctx.exit(2)
    if result.rejected:
        ctx.exit(1)


TABLE_ROWS = 100  # catalogs listed one by one; a larger run gets a line per locale


class _Report:
    """Warnings as each catalog is done; at the end a table of what was filled, by
    origin: a row per catalog, or per locale once there are more than TABLE_ROWS
    catalogs (an archive's table would be as long as the archive, and held in memory)."""

    def __init__(self, ui: Ui) -> None:
        self.ui = ui
        # (catalog, filled by origin, rejected, left); None once there are too many
        self.rows: list[tuple[str, Counter[str], int, int]] | None = []
        self.rejected: Counter[str] = Counter()  # per locale

    def catalog(self, filled: FillResult) -> None:
        for p in filled.rejected:
            self.ui.warn(
                f"{filled.path}: rejected {p.origin} answer for {_short(p.msgid)}: {p.reason}"
            )
        for p in filled.flagged:
            self.ui.warn(f"{filled.path}: {_short(p.msgid)}: {p.reason}")
        self.rejected[filled.locale] += len(filled.rejected)
        if self.rows is not None:
            row = (filled.path, filled.by_origin, len(filled.rejected), filled.untranslated)
            self.rows.append(row)
            if len(self.rows) > TABLE_ROWS:
                self.rows = None

    def summary(self, result: TranslateResult) -> None:
        rows = self.rows
        first = "catalog"
        if rows is None:
            first = "locale"
            rows = [
                (t.locale, t.by_origin, self.rejected[t.locale], t.untranslated)
                for t in result.catalogs
            ]
        origins = sorted({o for row in rows for o in row[1]})
        self.ui.table(
            None,
            [first, *origins, "rejected", "left"],
            [(name, *(by.get(o, 0) for o in origins), rej, left) for name, by, rej, left in rows],
        )
        report_kept_back(self.ui, result.kept_back)
        if result.budget_refused:
            self.ui.warn(
                f"--max-chars reached after {result.chars_sent} characters; "
                f"{result.budget_refused} request(s) not sent"
            )


def report_kept_back(ui: Ui, kept_back: Sequence[KeptBack]) -> None:
    """One warning per confidential catalog: which services it was kept from, and why."""
    for kept in kept_back:
        ui.warn(
            f"{kept.path}: kept on this machine, not sent to {', '.join(kept.backends)}: "
            f"{kept.reason} (--allow-external sends it)"
        )


def _short(text: str, width: int = 50) -> str:
    text = " ".join(text.split())
    return repr(text if len(text) <= width else text[: width - 1] + "…")


@click.group(cls=WholeSummaryGroup)
def memory() -> None:
    """Manage the translation memory (.prlocalize/memory.sqlite by default)."""


@memory.command("import")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option(
    "--source-lang",
    metavar="LANG",
    help="A bilingual table's source column (default: its first language column); "
    "a catalog's msgid language (default: its X-Source-Language, else en).",
)
@memory_option
def import_(*, paths: tuple[Path, ...], source_lang: str | None, memory_path: str | None) -> None:
    """Add the units of TMX, bilingual XLIFF, bilingual tables or .po catalogs to the memory.

    PATHS are files, or folders searched for them (an agency's returned files, a
    locales folder of translated catalogs); a file that cannot be read stops the
    import there (exit 2), the files before it kept.

    XLIFF 1.2 and 2.x are read as CAT tools write them (Trados .sdlxliff, memoQ
    .mqxliff, Phrase, OmegaT): only translated segments are taken. A table (.csv,
    .tsv, .xlsx) has a column per language, its first row naming them (ja, en,
    日本語, English…). A .po catalog (as a translator sends it back) gives its
    translated, non-fuzzy entries; its Language header (or its <locale>/LC_MESSAGES/
    folder) names their language.
    """
    from prlocalize.translate.workflow import import_translations, memory_files
    from prlocalize.ui import Ui

    ui, memory = Ui(), load(memory=memory_path).memory_path()
    for file in memory_files(paths):
        count, passed = import_translations(memory, file, source_lang=source_lang)
        ui.success(f"imported {count} unit(s) from {file}" + (f" ({passed})" if passed else ""))


@memory.command("export")
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="TMX file to write (replaced atomically).",
)
@click.option(
    "--source-lang",
    default="en",
    show_default=True,
    metavar="LANG",
    help="srclang of the TMX header: the language the units are translated from.",
)
@memory_option
def export(*, output: Path, source_lang: str, memory_path: str | None) -> None:
    """Write the whole memory as a TMX 1.4 file."""
    from prlocalize.translate.workflow import export_tmx
    from prlocalize.ui import Ui

    count = export_tmx(load(memory=memory_path).memory_path(), output, srclang=source_lang)
    Ui().success(f"exported {count} unit(s) to {output}")

"""``prlocalize align``: pair the sentences of two versions of a release (or of an archive)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import click

from prlocalize.cli.options import glossary_option, jobs_option, load

if TYPE_CHECKING:
    from pathlib import Path

    from prlocalize.align.core import Alignment
    from prlocalize.align.release_dates import Rival
    from prlocalize.config import Settings
    from prlocalize.ui import Ui


@click.command()
@click.argument("files", nargs=-1, type=click.Path(path_type=str))
@click.option(
    "--pairs",
    "pairs_dir",
    default=None,
    type=click.Path(file_okay=False, path_type=str),
    help="Align every release pair in this folder (stem.en.txt + stem.ja.txt, or "
    "en/stem.html + ja/stem.html) instead of SOURCE TARGET.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json", "tmx"]),
    default="text",
    show_default=True,
    help="Output: readable pairs, JSON (every bead), or TMX 1.4 (accepted pairs).",
)
@click.option(
    "-o",
    "--output",
    default=None,
    type=click.Path(dir_okay=False, path_type=str),
    help="Write the output to this file (atomically) instead of standard output.",
)
@click.option(
    "--memory",
    "to_memory",
    is_flag=True,
    help="Add the accepted pairs to the translation memory that `translate` uses.",
)
@click.option(
    "--memory-path",
    default=None,
    metavar="PATH",
    help="With --memory: this SQLite file. Default: config, then .prlocalize/memory.sqlite.",
)
@click.option(
    "--min-score",
    type=click.FloatRange(0.0, 1.0),
    default=None,
    metavar="X",
    help="Pairs scoring below X (0-1) are reported, not added to the memory. [default: 0.5]",
)
@click.option(
    "--review",
    default=None,
    type=click.Path(dir_okay=False, path_type=str),
    help="Write an HTML page with the low-score pairs and unpaired sentences side by side.",
)
@click.option("--source-lang", default=None, metavar="LANG", help="Language of SOURCE.")
@click.option("--target-lang", default=None, metavar="LANG", help="Language of TARGET.")
@glossary_option
@jobs_option
def align(
    *,
    files: tuple[str, ...],
    pairs_dir: str | None,
    fmt: str,
    output: str | None,
    to_memory: bool,
    memory_path: str | None,
    min_score: float | None,
    review: str | None,
    source_lang: str | None,
    target_lang: str | None,
    glossaries: tuple[str, ...],
    jobs: int | None,
) -> None:
    """Align SOURCE and TARGET (two versions of one release) sentence by sentence.

    \b
      prlocalize align launch.en.txt launch.ja.html
      prlocalize align bilingual-launch.txt
      prlocalize align --pairs archive/ --memory
      prlocalize align --pairs archive/ --format tmx -o archive.tmx

    One file that holds both versions one after the other (the English, then the
    Japanese) is aligned as two; so is such a file in --pairs DIR.

    With --pairs, the pairs are aligned in --jobs worker processes; the output is the
    same with any number. Each pair gets a score from 0 to 1 (length and anchors:
    numbers, dates, URLs, e-mail addresses, glossary terms, names). Exit codes: 0
    aligned, 2 nothing could be aligned or bad input (nothing is written then).
    """
    from prlocalize.align.core import DEFAULT_MIN_SCORE
    from prlocalize.checking import load_glossary
    from prlocalize.errors import InputError, InputErrors, UsageError
    from prlocalize.ui import Ui

    if pairs_dir is not None and files:
        raise UsageError("give either SOURCE TARGET or --pairs DIR, not both")
    if pairs_dir is None and len(files) not in (1, 2):
        raise UsageError(
            "align needs two files, SOURCE and TARGET, one file with both versions, or "
            f"--pairs DIR; got {len(files)} argument(s)"
        )
    if memory_path and not to_memory:
        raise UsageError("--memory-path only makes sense with --memory")
    settings = load(glossaries=glossaries, memory=memory_path)
    glossary = load_glossary(settings)
    threshold = DEFAULT_MIN_SCORE if min_score is None else min_score
    ui = Ui()
    unpaired: list[Path] = []
    if pairs_dir is not None:
        from prlocalize.align.batch import align_folder

        result = align_folder(
            pairs_dir, source_lang=source_lang, glossary=glossary, min_score=threshold, jobs=jobs
        )
        alignments = result.alignments
        unpaired = result.unpaired_files
        for problem in result.skipped:
            ui.warn(f"skipped: {problem.render()}")
        if not alignments:
            raise InputErrors(result.skipped)
    else:
        from prlocalize.align.batch import align_files
        from prlocalize.align.core import refuse_unrelated

        alignments = [
            align_files(
                files[0],
                files[-1],  # one file: the two versions it holds one after the other
                source_lang=source_lang,
                target_lang=target_lang,
                glossary=glossary,
                min_score=threshold,
            )
        ]
        if len(files) == 2:  # (a file that holds both versions is one release)
            refuse_unrelated(alignments[0])
    accepted = sum(len(a.accepted()) for a in alignments)
    if not accepted:
        a = alignments[0]
        where = a.target_path if len(alignments) == 1 else pairs_dir
        raise InputError(
            where,
            None,
            f"nothing could be aligned: no pair reached the score {threshold:.2f}",
            "check that the files are versions of one release, or lower --min-score",
        )
    if pairs_dir is not None and (to_memory or fmt == "tmx"):
        from prlocalize.align.release_dates import oldest_first

        # a memory keeps a sentence's last translation: the newest release's, stored last
        alignments = oldest_first(alignments)
    text = _render(alignments, fmt)
    if output:
        from prlocalize.fsutil import atomic_write

        atomic_write(output, text)
    else:
        click.echo(text.decode("utf-8") if isinstance(text, bytes) else text, nl=False)
    if review:
        from prlocalize.align.review import render_review
        from prlocalize.fsutil import atomic_write

        atomic_write(review, render_review(alignments))
    added = 0
    rivals: list[Rival] = []
    if to_memory:
        from prlocalize.align.release_dates import rival_translations
        from prlocalize.translate.memory import TranslationMemory

        units = [u for a in alignments for u in a.units()]
        with TranslationMemory(settings.memory_path()) as memory:
            added = memory.add(units)
        rivals = rival_translations(units)
    _report(ui, alignments, threshold, added if to_memory else None, settings, review)
    if rivals:
        from prlocalize.align.release_dates import describe

        ui.warn(describe(rivals))
    if pairs_dir is not None and result.superseded:
        _report_superseded(ui, result.superseded)
    if unpaired:
        _report_unpaired(ui, unpaired)
    if pairs_dir is not None and result.unread_exports:
        from prlocalize.align.batch import unread_export_text

        for path, kind in result.unread_exports:
            ui.warn(unread_export_text(path, kind))


def _render(alignments: list[Alignment], fmt: str) -> str | bytes:
    from prlocalize.align.output import to_json, to_tmx

    if fmt == "json":
        return json.dumps(to_json(alignments), ensure_ascii=False, indent=2) + "\n"
    if fmt == "tmx":
        return to_tmx(alignments)
    return _text(alignments)


def _text(alignments: list[Alignment]) -> str:
    lines: list[str] = []
    for a in alignments:
        lines.append(
            f"{a.source_path} ↔ {a.target_path} ({a.source_lang}→{a.target_lang}, "
            f"{len(a.accepted())} pairs, {len(a.rejected())} below {a.min_score:.2f})"
        )
        for bead in a.beads:
            s_lines = ",".join(str(a.source[i].line) for i in bead.source) or "-"
            t_lines = ",".join(str(a.target[i].line) for i in bead.target) or "-"
            if bead.is_pair:
                mark = "  " if bead.score >= a.min_score else "? "
                lines.append(f"{mark}{bead.score:.2f} {bead.kind} {s_lines}↔{t_lines}")
            else:
                lines.append(f"  gap  {bead.kind} {s_lines}↔{t_lines}")
            if bead.source:
                lines.append(f"    {a.source_lang}: {a.source_text(bead)}")
            if bead.target:
                lines.append(f"    {a.target_lang}: {a.target_text(bead)}")
        lines.append("")
    return "\n".join(lines)


def _report(
    ui: Ui,
    alignments: list[Alignment],
    threshold: float,
    added: int | None,
    settings: Settings,
    review: str | None,
) -> None:
    accepted = sum(len(a.accepted()) for a in alignments)
    low = sum(len(a.rejected()) for a in alignments)
    gaps = sum(sum(1 for b in a.beads if not b.is_pair) for a in alignments)
    message = (
        f"aligned {len(alignments)} file pair(s): {accepted} pair(s) accepted, "
        f"{low} below {threshold:.2f}, {gaps} sentence(s) unpaired"
    )
    if added is not None:
        message += f"; {added} added to {settings.memory_path()}"
    ui.success(message)
    if low and not review:
        ui.warn("pairs below the threshold were left out; --review FILE.html shows them")


_UNPAIRED_SHOWN = 20  # names listed; a folder of hundreds gets the first ones and a count


def _report_unpaired(ui: Ui, unpaired: list[Path]) -> None:
    """The files ``--pairs`` found no partner for, so that they can be renamed."""
    names = [f"  {path}" for path in unpaired[:_UNPAIRED_SHOWN]]
    if len(unpaired) > _UNPAIRED_SHOWN:
        names.append(f"  … and {len(unpaired) - _UNPAIRED_SHOWN} more")
    ui.warn(
        f"{len(unpaired)} file(s) left without a partner (name the versions of a release "
        "alike: docs/align.md lists the layouts):\n" + "\n".join(names)
    )


def _report_superseded(ui: Ui, superseded: list[tuple[Path, Path]]) -> None:
    """The versions left out because a corrected one of the same release is beside them."""
    names = [f"  {old} (by {new.name})" for old, new in superseded[:_UNPAIRED_SHOWN]]
    if len(superseded) > _UNPAIRED_SHOWN:
        names.append(f"  … and {len(superseded) - _UNPAIRED_SHOWN} more")
    ui.warn(
        f"{len(superseded)} file(s) left out, a corrected version of the same release "
        "beside them ('訂正', '정정', 'corrected' in its name) paired instead:\n" + "\n".join(names)
    )

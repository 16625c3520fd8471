"""prlocalize.glossary.files
~~~~~~~~~~~~~~~~~~~~~~~~~~

Which files are glossaries: the ones named, and those found in the folders named. Apart
from the readers (``io``, ``csvfile``) so that a run answered from a stored glossary
(prlocalize.glossary.stored) lists and hashes its files without importing the CSV
reader's patterns, a tenth of a second before any worker starts.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from prlocalize.errors import InputError

GLOSSARY_SUFFIXES = (".csv", ".tsv", ".tbx", ".xlsx")


_TERMBASE_ROOTS = frozenset({"mtf", "tbx", "martif"})  # MultiTerm XML, TBX v3, TBX-Basic 2


def _is_glossary_file(path: Path) -> bool:
    """A sheet or TBX by its suffix; an ``.xml`` (MultiTerm's export, a TBX saved as .xml)
    by its root element, as a folder may hold other XML beside it."""
    suffix = path.suffix.lower()
    if suffix != ".xml":
        return suffix in GLOSSARY_SUFFIXES
    from lxml import etree

    try:
        for _event, element in etree.iterparse(
            str(path), events=("start",), resolve_entities=False, no_network=True
        ):
            return etree.QName(element).localname in _TERMBASE_ROOTS
    except (etree.XMLSyntaxError, OSError):
        return False
    return False


def glossary_files(paths: Iterable[str | Path]) -> list[Path]:
    """The glossary files named or found (sorted) in the given files and folders."""
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files.extend(
                sorted(
                    p
                    for p in path.rglob("*")
                    if p.is_file()
                    and _is_glossary_file(p)
                    and not any(part.startswith(".") for part in p.relative_to(path).parts)
                )
            )
        elif path.is_file():
            files.append(path)
        else:
            raise InputError(path, None, "no such glossary file or folder", "check the path")
    return files

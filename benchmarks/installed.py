"""Measure prlocalize (and its peers) as an installed package runs: with byte code.

``pip install`` compiles a package's modules to ``.pyc`` and Python caches them on first
import, so a user's command does not compile its source. With
``PYTHONDONTWRITEBYTECODE`` set (some CI images and sandboxes set it), every process a
benchmark starts compiles every module it imports again: about a second of CPU per
``prlocalize`` process, and a fraction of that for translate-toolkit's smaller tools,
which made command-line ratios against the peers look several times worse than a
user sees. The command-line benchmarks call :func:`as_installed` first.
"""

from __future__ import annotations

import compileall
import os
import sys
from pathlib import Path

SOURCE = Path(__file__).resolve().parent.parent / "src" / "prlocalize"


def as_installed() -> None:
    """Let this process and its children write byte code, and compile prlocalize's
    source (an editable install's modules are compiled on first import, not by pip) now
    rather than in the first timed run. Packages pip installed are compiled already."""
    if os.environ.pop("PYTHONDONTWRITEBYTECODE", None) is not None:
        print("PYTHONDONTWRITEBYTECODE was set: unset for the benchmark (see installed.py)")
    sys.dont_write_bytecode = False
    compileall.compile_dir(SOURCE, quiet=1)

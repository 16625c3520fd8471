"""prlocalize: localise press releases between English, Japanese and Korean.

Nothing heavy is imported here, so that ``prlocalize --help`` starts fast: the version
is read from the installed metadata only when asked for (``importlib.metadata`` and
the e-mail parser under it cost every command a twentieth of a second otherwise).
"""

from __future__ import annotations

__all__ = ["__version__"]


def __getattr__(name: str) -> str:
    if name != "__version__":
        raise AttributeError(f"module 'prlocalize' has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        # the one place the version lives is pyproject.toml; the installed metadata carries it
        found = version("prlocalize")
    except PackageNotFoundError:  # run from a source tree that was never installed
        found = "0+unknown"
    globals()["__version__"] = found
    return found

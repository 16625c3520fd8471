"""prlocalize: localise press releases between English, Japanese and Korean.

Nothing heavy is imported here, so that ``prlocalize --help`` starts fast.
"""

from importlib.metadata import PackageNotFoundError, version

try:
    # the one place the version lives is pyproject.toml; the installed metadata carries it
    __version__ = version("prlocalize")
except PackageNotFoundError:  # run from a source tree that was never installed
    __version__ = "0+unknown"

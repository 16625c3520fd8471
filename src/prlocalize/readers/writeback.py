"""prlocalize.readers.writeback
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

The bytes of a fixed release, written as the file was read: the reader's inverse for
``check --fix``. Its BOM, its classic Mac (CR-only) line endings and its encoding stay:
a page Word saved in Shift_JIS that says so in its ``<meta>`` is still Shift_JIS after
a fix (written as UTF-8 under that ``<meta>``, every Japanese character is garbled in a
browser). In a legacy encoding, the lines no fix touched keep their exact bytes: a codec
may read two byte sequences as one character (CP932's NEC and IBM duplicates) and write
it back as only one of them.
"""

from __future__ import annotations

from pathlib import Path

from prlocalize.readers import declared_html_codec, format_of

__all__ = ["encode_as_read"]

_UTF8_BOM = b"\xef\xbb\xbf"


def encode_as_read(text: str, raw: bytes, path: str | Path, encoding: str | None = None) -> bytes:
    """``text`` (the fixed text of the release whose file held ``raw``) encoded as ``raw``
    is: ``encoding`` (a legacy codec the file was read with) or the codec its ``<meta>``
    declares, else UTF-8 with the BOM it had. A character the codec cannot hold is a
    character reference in HTML; elsewhere it raises :class:`UnicodeEncodeError`."""
    legacy = _legacy_codec(raw, path, encoding)
    bom = _UTF8_BOM if raw.startswith(_UTF8_BOM) and legacy is None else b""
    newline = "\r" if b"\r" in raw and b"\n" not in raw else "\n"
    if newline == "\r":
        text = text.replace("\n", "\r")  # the reader read each CR as LF, one for one
    if legacy is None:
        return bom + text.encode("utf-8")
    errors = "xmlcharrefreplace" if format_of(path) == "html" else "strict"
    old = raw.split(newline.encode("ascii"))
    new = text.split(newline)
    if len(old) != len(new):
        return text.encode(legacy, errors)
    # a line break is one ASCII byte in every codec read here, never part of a character
    return newline.encode("ascii").join(
        before if _reads_as(before, legacy, after) else after.encode(legacy, errors)
        for before, after in zip(old, new, strict=True)
    )


def _legacy_codec(raw: bytes, path: str | Path, encoding: str | None) -> str | None:
    """The legacy codec the reader decoded ``raw`` with, or None for UTF-8."""
    import codecs

    if encoding is not None:
        name = codecs.lookup(encoding).name
        return None if name.startswith("utf") else name
    body = raw.removeprefix(_UTF8_BOM)
    if body.isascii():
        # read as UTF-8, and the same bytes in the codec the page declares: written in
        # that codec, an added character stays what the browser will read
        return declared_html_codec(body, path)
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        return declared_html_codec(body, path)
    return None


def _reads_as(line: bytes, codec: str, text: str) -> bool:
    try:
        return line.decode(codec) == text
    except UnicodeDecodeError:
        return False

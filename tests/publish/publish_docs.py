"""Documents built by hand, so the renderer is tested without any reader."""

from __future__ import annotations

from prlocalize.document import Block, BlockKind, Document, Inline, Segment, Span, canonical_markup


class DocBuilder:
    """Appends blocks to a text, one per line, with exact spans."""

    def __init__(self, path: str = "release.txt", lang: str = "en", format: str = "text") -> None:
        self.path, self.lang, self.format = path, lang, format
        self.text = ""
        self.blocks: list[Block] = []

    def block(
        self,
        kind: BlockKind,
        *sentences: str | tuple[str, tuple[Inline, ...]],
        attrs: tuple[tuple[str, str], ...] = (),
        context: str | None = None,
    ) -> DocBuilder:
        block_id = f"b{len(self.blocks)}"
        start = len(self.text)
        segments = []
        for i, sentence in enumerate(sentences):
            if i:
                self.text += " "
            plain, inlines = (sentence, ()) if isinstance(sentence, str) else sentence
            seg_start = len(self.text)
            self.text += plain
            segments.append(
                Segment(
                    id=f"{block_id}.s{i}",
                    text=canonical_markup(plain, inlines),
                    span=Span(seg_start, len(self.text)),
                    lang=self.lang,
                    plain=plain,
                    offsets=tuple(range(seg_start, len(self.text) + 1)) if inlines else None,
                    inlines=inlines,
                )
            )
        block = Block(block_id, kind, Span(start, len(self.text)), tuple(segments), attrs, context)
        self.blocks.append(block)
        self.text += "\n\n"
        return self

    def build(self) -> Document:
        return Document(self.path, self.text, tuple(self.blocks), self.lang, self.format)


def link(plain: str, word: str, href: str) -> tuple[str, tuple[Inline, ...]]:
    start = plain.index(word)
    return plain, (Inline("a", (("href", href),), start, start + len(word)),)


def html_document(
    source: str, pieces: list[tuple[BlockKind, str, tuple[Inline, ...], str]]
) -> Document:
    """A Document over HTML ``source``: each piece is (kind, plain, inlines, raw) where ``raw``
    is the exact source text of the segment (from its first to its last character)."""
    blocks = []
    cursor = 0
    for n, (kind, plain, inlines, raw) in enumerate(pieces):
        start = source.index(raw, cursor)
        cursor = start + len(raw)
        segment = Segment(
            id=f"b{n}.s0",
            text=canonical_markup(plain, inlines),
            span=Span(start, cursor),
            lang="en",
            plain=plain,
            offsets=None,
            inlines=inlines,
        )
        blocks.append(Block(f"b{n}", kind, Span(start, cursor), (segment,)))
    return Document("page.html", source, tuple(blocks), "en", "html")

"""prlocalize.rules.citations
~~~~~~~~~~~~~~~~~~~~~~~~~~~

The record of a cited paper in a Japanese or Korean research release ('論文情報',
'논문 정보'): its title, authors and journal are quoted as the journal prints them,
in Latin letters, after a label ('論文名：…', '著者：Olivia Brennan, …') or in the
cell after the label's cell of a table row (``| 著者 | Olivia Brennan, … |``), also as a
note after its marker ('※1 論文名：…'). Such a value is a quotation, not an English
sentence left untranslated (PR201) nor a name the release forgot to write in its own
script (PR106).
"""

from __future__ import annotations

from prlocalize.document import Block, BlockKind
from prlocalize.lazy_patterns import lazy_compile
from prlocalize.rules.base import CheckContext

# the labels of a paper's record, as Japanese and Korean research releases write them
_LABELS = frozenset(
    {
        *("論文名", "論文タイトル", "論文題目", "論文題名", "題名", "タイトル"),
        *("著者", "著者名", "論文著者", "著者一覧"),
        *("掲載誌", "掲載誌名", "雑誌名", "誌名", "発表雑誌", "掲載雑誌", "掲載論文"),
        *("논문명", "논문제목", "논문 제목", "제목", "저자", "저자명"),
        *("게재지", "학술지", "학술지명", "게재 학술지"),
    }
)
# a label opening its line or item: '論文名：', '저자: '; the record may be a note, its
# marker first ('※1 論文名：…', '注2）掲載誌：…', '[1] 논문명: …', '*1 著者：…')
_NOTE_MARK = lazy_compile(
    r"(?:[※＊*†]\s*\d{0,2}|[注주]\s*\d{1,2}|\[\d{1,2}\]|[(（]\d{1,2}[)）])[)）.．:：]?\s*"
)
_LABEL_LINE = lazy_compile(r"[^\W\d_A-Za-z][^\W\d_A-Za-z ]{0,7}[:：] ?")


def citation_values(ctx: CheckContext) -> dict[str, int]:
    """Segment id → where the quoted value of a paper's record starts in its text
    (memoised per run)."""
    found: dict[str, int] | None = ctx.cache.get("citation_values")
    if found is None:
        found = ctx.cache["citation_values"] = _find(ctx.document.blocks)
    return found


def in_citation(ctx: CheckContext, segment_id: str, start: int) -> bool:
    """Whether offset ``start`` of the segment lies in the value of a paper's record."""
    value = citation_values(ctx).get(segment_id)
    return value is not None and start >= value


def _find(blocks: tuple[Block, ...] | list[Block]) -> dict[str, int]:
    values: dict[str, int] = {}
    previous: Block | None = None
    for block in blocks:
        if _after_label_cell(block, previous):
            values.update((segment.id, 0) for segment in block.segments)
        else:
            for segment in block.segments:
                mark = _NOTE_MARK.match(segment.plain)
                at = mark.end() if mark is not None else 0
                label = _LABEL_LINE.match(segment.plain, at)
                if label is not None and _is_label(segment.plain[at : label.end()]):
                    values[segment.id] = label.end()
        previous = block
    return values


def _after_label_cell(block: Block, previous: Block | None) -> bool:
    """Whether ``block`` is a table cell right after its row's label cell."""
    return (
        previous is not None
        and block.kind is BlockKind.TABLE_CELL
        and previous.kind is BlockKind.TABLE_CELL
        and previous.attr("row") is not None
        and previous.attr("row") == block.attr("row")
        and _is_label(" ".join(s.plain for s in previous.segments))
    )


def _is_label(text: str) -> bool:
    return text.strip(" :：\u3000*") in _LABELS

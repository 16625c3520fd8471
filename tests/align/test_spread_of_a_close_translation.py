"""A page translated sentence for sentence, closely, gave the second pass of the length
model a tight spread (its median residual): one sentence the translation writes out at
length ('의약품의료기기종합기구(PMDA)' as 'the Pharmaceuticals and Medical Devices Agency
(PMDA)') then scored 0.28 and was left out of the memory, though it is the pair the DP
chose between two sure ones and all its figures agree. The refitted spread keeps a
floor of about 60% of Gale and Church's, so a page that keeps close to its source does
not make every reworded sentence improbable. The files are a Korean release and its
English translation, invented for the tests."""

from __future__ import annotations

from pathlib import Path

from prlocalize.align import length
from prlocalize.align.batch import align_files

DATA = Path(__file__).parent / "data" / "spelled_out"


def test_a_sentence_written_out_at_length_is_accepted() -> None:
    alignment = align_files(DATA / "hanbit.ko.md", DATA / "hanbit.en.md")
    accepted = {alignment.source[b.source[0]].plain: b for b in alignment.accepted()}
    agency = next(s for s in accepted if "(PMDA)" in s)
    assert "Pharmaceuticals and Medical Devices Agency" in alignment.target_plain(accepted[agency])
    assert len(alignment.accepted()) == len(alignment.pairs()) == 19


def test_the_refitted_spread_has_a_floor() -> None:
    model = length.LengthModel(2.3, 15.6)
    # twenty pairs translated to the character: the median residual is near nothing
    pairs = [(60 + k, round((60 + k) * 2.3)) for k in range(20)]
    refitted = length.refit(model, pairs, 2.3)
    assert refitted.variance >= 4.0 * refitted.ratio

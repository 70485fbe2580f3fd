"""What makes a hundred-photo record quick must not change it: tables laid out once per
width give reportlab's own answer, and the rendered document lets go of its photos."""

from __future__ import annotations

import gc
import tracemalloc
from pathlib import Path
from typing import Any

import pytest

from inspector_app.services.reporting.layout import laid_out_once, wrapped_once
from inspector_app.services.reporting.render import render_report
from tests.report_factory import make_report_data


def _rows() -> list[list[Any]]:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    style = ParagraphStyle("cell", fontSize=9, leading=12)
    return [[f"row {n}", Paragraph("a fact that wraps " * (n + 3), style)] for n in range(12)]


def test_a_table_laid_out_once_answers_as_a_fresh_layout_at_every_width_and_height() -> None:
    from reportlab.platypus import Table

    kept = laid_out_once()(_rows(), colWidths=[60, 300], splitInRow=1)
    plain = Table(_rows(), colWidths=[60, 300], splitInRow=1)
    # KeepTogether's measure, the frame's, a page too short, other widths, and back.
    for width, height in [(400, 1e7), (400, 700), (400, 120), (250, 700), (250, 700), (400, 700)]:
        assert kept.wrap(width, height) == plain.wrap(width, height)
        assert kept._rowHeights == plain._rowHeights


def test_a_table_that_fitted_is_not_laid_out_again_at_the_same_width() -> None:
    kept = laid_out_once()(_rows(), colWidths=[60, 300], splitInRow=1)
    size = kept.wrap(400, 1e7)

    def laid_out_again(*args: object) -> None:
        raise AssertionError("laid out again")

    kept._calc = laid_out_again
    assert kept.wrap(400, size[1]) == size
    with pytest.raises(AssertionError, match="laid out again"):
        kept.wrap(400, size[1] - 1)  # no longer fits: reportlab decides where to split


def test_a_paragraph_wrapped_once_breaks_as_reportlab_does_at_every_width_and_split() -> None:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    style = ParagraphStyle("cell", fontSize=9, leading=12)
    text = "a fact that wraps over several lines " * 8
    kept, plain = wrapped_once()(text, style), Paragraph(text, style)
    for width in (300, 300, 120, 120, 300):
        assert kept.wrap(width, 50) == plain.wrap(width, 50)
        assert kept.blPara.lines == plain.blPara.lines
    # Split where a page ends, then measured again at the same width: the same parts.
    kept_parts, plain_parts = kept.split(300, 30), plain.split(300, 30)
    assert [p.wrap(300, 1e4) for p in kept_parts] == [p.wrap(300, 1e4) for p in plain_parts]
    assert kept.wrap(300, 50) == plain.wrap(300, 50)


def test_a_paragraph_is_not_broken_into_lines_again_at_the_same_width() -> None:
    from reportlab.lib.styles import ParagraphStyle

    kept = wrapped_once()("a fact that wraps " * 20, ParagraphStyle("cell"))
    size = kept.wrap(200, 1e4)

    def broken_again(*args: object) -> None:
        raise AssertionError("broken into lines again")

    kept.breakLines = broken_again
    assert kept.wrap(200, 10) == size
    with pytest.raises(AssertionError, match="broken into lines again"):
        kept.wrap(150, 1e4)


def test_the_rendered_report_lets_go_of_its_photos_without_a_garbage_collection(
    tmp_path: Path,
) -> None:
    data = make_report_data(tmp_path, photos=6, photo_size=(1600, 1200))
    jpeg_bytes = sum(photo.image_path.stat().st_size for photo in data.photos)
    render_report(data)  # imports and the font, outside the measure
    gc.collect()
    gc.disable()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        report = render_report(data)
        size = len(report.pdf)
        held = tracemalloc.get_traced_memory()[0] - before - size
        del report
        left = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
        gc.enable()
    # Only the finished file remains: no second copy of the evidence waits for the collector,
    # and the file itself goes with the last reference to it.
    assert held < jpeg_bytes / 2, f"{held} bytes held beside the {size}-byte file"
    assert left < jpeg_bytes / 2, f"{left} bytes held once the file was let go"

"""Before signing, the UI asks the service what blocks it and shows that in the user's words."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from inspector_app.core.messages import msg
from inspector_app.core.results import Result
from inspector_app.services.context import AppContext
from inspector_app.services.inspection import answers
from inspector_app.services.signing.sign_inspection import (
    NO_DEADLINE,
    NO_INSPECTOR,
    NO_REPRESENTATIVE,
    PHOTO_REQUIRED,
    UNANSWERED,
    problem,
)
from inspector_app.ui.inspection.summary_page import signing_problem_text
from inspector_app.ui.language import install_translators, remove_translators
from inspector_app.ui.main_window import MainWindow
from inspector_app.ui.signing.signing_page import problems_before_signing
from tests.ui.test_whole_inspection import draw_on


@pytest.fixture
def chinese() -> Iterator[None]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_translators(app, "zh_CN")
    yield
    remove_translators(app)


def refused(window: MainWindow, qtbot: QtBot) -> list[str]:
    ws = window.workspace
    assert ws is not None
    with qtbot.waitSignal(ws.signing.signing_refused, timeout=10_000) as blocker:
        qtbot.mouseClick(ws.signing.sign_button, Qt.MouseButton.LeftButton)
    for box in window.findChildren(QMessageBox, "message"):
        box.close()
    return list(blocker.args[0])


def test_the_service_decides_what_blocks_signing(
    window: MainWindow, inspection_id: int, qtbot: QtBot, ctx: AppContext
) -> None:
    window.open_inspection(inspection_id)
    window.runner.drain()
    ws = window.workspace
    assert ws is not None and window.session is not None
    problems = refused(window, qtbot)
    items = window.session.item_ids()
    assert problems[0].startswith("R1.1 ") and problems[0].endswith(": not answered")
    # The same list the summary page shows, worded the same way.
    assert problems[: len(window.session.missing())] == [
        ws.summary.missing.index(row, 0).data() for row in range(ws.summary.missing.rowCount())
    ]
    # The pads' own notes replace the service's general ones about signatures.
    assert "王检查 has not signed on the pad." in problems
    assert "no inspector has signed" not in problems
    for item_id in items:
        answers.set_result(ctx, inspection_id, item_id, Result.NOT_APPLICABLE)
        answers.set_na_reason(ctx, inspection_id, item_id, "本项目不涉及此项")
    for _role, _name, pad in ws.signing.pads:
        draw_on(pad)
    drawn = {role for role, _name, _pad in ws.signing.pads}
    assert problems_before_signing(ctx, inspection_id, drawn) == []
    assert ws.signing.blocking_problems([]) == []


def test_known_phrases_are_translated_for_the_chinese_ui(
    chinese: None, ctx: AppContext, inspection_id: int
) -> None:
    from inspector_app.services.inspection.lifecycle import inspection_detail

    form = inspection_detail(ctx, inspection_id).form
    unanswered = problem(UNANSWERED, msg("{item}: not answered", item="R1.1"), item_id="R1.1")
    text = signing_problem_text(form, unanswered, "zh")
    assert text.startswith("R1.1 ") and text.endswith(": 未作答")
    needs_photo = problem(
        PHOTO_REQUIRED, msg("{item}: a photo is required", item="R1.1"), item_id="R1.1"
    )
    photo = signing_problem_text(form, needs_photo, "zh")
    assert photo.startswith("R1.1 ") and photo.endswith(": 须拍照取证")
    # An item the form does not know: the service's own words, translated.
    unknown = problem(UNANSWERED, msg("{item}: not answered", item="X9"), item_id="X9")
    assert signing_problem_text(form, unknown, "zh") == "X9：未作答"
    unsigned = problem(NO_INSPECTOR, msg("no inspector has signed"))
    assert signing_problem_text(form, unsigned, "zh") == "尚无检查人员签名。"


def test_the_wording_follows_the_kind_not_the_english_text(
    ctx: AppContext, inspection_id: int
) -> None:
    """Rewording a service message changes nothing the ui shows: it reads the kind."""
    from inspector_app.services.inspection.lifecycle import inspection_detail

    form = inspection_detail(ctx, inspection_id).form
    reworded = problem(NO_DEADLINE, msg("{item}: give the finding a deadline", item="R1.1"))
    reworded.item_id = "R1.1"
    assert signing_problem_text(form, reworded, "en").endswith(
        ": the finding has no deadline for correction"
    )
    nobody = problem(NO_REPRESENTATIVE, msg("the representative's signature is missing"))
    assert signing_problem_text(form, nobody, "en") == "The site representative has not signed."

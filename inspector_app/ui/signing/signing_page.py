"""Signature pads for the inspectors and the site's representative, then signing and export."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from inspector_app.core.errors import PassphraseError
from inspector_app.core.statuses import SignerRole
from inspector_app.ui.common.messages import inform, show_error
from inspector_app.ui.common.tasks import background_work
from inspector_app.ui.inspection.session import InspectionSession
from inspector_app.ui.inspection.summary_page import signing_problem_text
from inspector_app.ui.signing.identity_dialog import IdentityDialog, KeyWanted, key_wanted
from inspector_app.ui.signing.refusal_box import RefusalBox
from inspector_app.ui.signing.signature_pad import SignaturePad

if TYPE_CHECKING:
    from inspector_app.services.context import AppContext
    from inspector_app.services.signing.sign_inspection import SigningProblem

PASSPHRASE_ENV = "INSPECTOR_PASSPHRASE"


def _signing() -> Any:
    # reportlab and pyHanko come in with this module: only when signing or exporting.
    from inspector_app.services.signing import sign_inspection

    return sign_inspection


@background_work
def problems_before_signing(
    ctx: AppContext, inspection_id: int, drawn: set[SignerRole]
) -> list[SigningProblem]:
    """Runs in the write queue, after every pending change: the service's own list of what
    blocks signing, counting the signatures drawn on the pads (stored when signing starts)."""
    import dataclasses

    from inspector_app.services.inspection.detail import SignatureInfo
    from inspector_app.services.inspection.lifecycle import inspection_detail

    detail = inspection_detail(ctx, inspection_id)
    pending = [SignatureInfo(None, role, "") for role in sorted(drawn)]
    with_pads = dataclasses.replace(detail, signatures=(*detail.signatures, *pending))
    return list(_signing().signing_problems(ctx, with_pads))


def _export_with_orders(ctx: AppContext, inspection_id: int, path: Path) -> tuple[Path, list[Path]]:
    """The report and its orders to correct written side by side (in the write thread)."""
    from inspector_app.services.reporting.orders import order_paths

    written = _signing().export_pdf(ctx, inspection_id, path)
    return written, order_paths(ctx, inspection_id, written)


def ask_passphrase(parent: QWidget) -> bytes | None:
    """The signing key's passphrase: INSPECTOR_PASSPHRASE (scripts, tests) or typed."""
    from_env = os.environ.get(PASSPHRASE_ENV)
    if from_env:
        return from_env.encode()
    text, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("SigningPage", "Passphrase"),
        QCoreApplication.translate("SigningPage", "Passphrase of your signing key:"),
        QLineEdit.EchoMode.Password,
    )
    return text.encode() if ok and text else None


class SigningPage(QWidget):
    """Everyone signs on a pad; then the inspector's key signs the inspection and locks it."""

    inspection_signed = Signal()
    signing_refused = Signal(list)

    def __init__(
        self, session: InspectionSession, lang: str, preferences: Any, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._session, self._lang, self._preferences = session, lang, preferences
        self.pads: list[tuple[SignerRole, QLineEdit, SignaturePad]] = []
        self.clear_buttons: list[QPushButton] = []
        inner = QWidget()
        grid = QGridLayout(inner)
        for position, inspector in enumerate(session.detail.inspectors):
            self._add_pad(
                grid, position, SignerRole.INSPECTOR, self.tr("Inspector"), inspector.name
            )
        reps = session.detail.representatives
        name = reps[0].name if reps else ""
        representative = SignerRole.REPRESENTATIVE
        self._add_pad(grid, len(self.pads), representative, self.tr("Site representative"), name)
        self._add_refusal(grid)
        grid.setRowStretch(grid.rowCount(), 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        box = QVBoxLayout(self)
        box.addWidget(scroll, 1)
        box.addLayout(self._actions())
        session.records_reloaded.connect(self.refresh)
        self.refresh()

    def _add_pad(
        self, grid: QGridLayout, position: int, role: SignerRole, title: str, name: str
    ) -> None:
        group = QGroupBox(title)
        form = QFormLayout(group)
        name_edit = QLineEdit(name)
        name_edit.setObjectName(f"signer_{position}")
        name_edit.setAccessibleName(self.tr("Name of %1").replace("%1", title))
        pad = SignaturePad()
        pad.setObjectName(f"pad_{position}")
        clear = QPushButton(self.tr("Clear"))
        clear.setObjectName(f"clear_{position}")
        clear.clicked.connect(pad.clear)
        self.clear_buttons.append(clear)
        form.addRow(self.tr("Name"), name_edit)
        form.addRow(pad)
        form.addRow(clear)
        grid.addWidget(group, position // 2, position % 2)
        self.pads.append((role, name_edit, pad))

    def _add_refusal(self, grid: QGridLayout) -> None:
        """Below the representative's pad: the refusal to sign, witnessed by a colleague."""
        detail = self._session.detail
        colleagues = [person.name for person in detail.inspectors if not person.is_self]
        # Parented before it is shown: a parentless widget made visible becomes a window of
        # its own, and its coming and going takes the focus from whatever is being typed.
        self.refusal = RefusalBox(colleagues, self)
        _role, _name, pad = self.pads[-1]
        self.refusal.refusal_toggled.connect(lambda refusing: pad.setEnabled(not refusing))
        group = pad.parentWidget()
        layout = group.layout() if group is not None else None
        if isinstance(layout, QFormLayout):
            layout.addRow(self.refusal)
        # Only a named representative can refuse (the service checks it too).
        self.refusal.setVisible(bool(detail.representatives))

    def _actions(self) -> QHBoxLayout:
        self.state = QLabel()
        self.state.setObjectName("signing_state")
        self.state.setWordWrap(True)
        self.sign_button = QPushButton(self.tr("Sign and lock the inspection"))
        self.sign_button.setObjectName("sign")
        self.sign_button.clicked.connect(self.sign)
        self.export_button = QPushButton(self.tr("Export PDF…"))
        self.export_button.clicked.connect(self.choose_export)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.hide()
        row = QHBoxLayout()
        row.addWidget(self.state, 1)
        row.addWidget(self.progress)
        row.addWidget(self.sign_button)
        row.addWidget(self.export_button)
        return row

    def refresh(self) -> None:
        locked = self._session.locked
        detail = self._session.detail
        self.refusal.show_recorded(detail.refusal_reason, detail.refusal_witness, locked)
        for role, name, pad in self.pads:
            name.setReadOnly(locked)
            refused = role == SignerRole.REPRESENTATIVE and self.refusal.refusing()
            pad.setEnabled(not locked and not refused)
            pad.set_read_only(locked)
        for button in self.clear_buttons:
            button.setEnabled(not locked)
        self.sign_button.setEnabled(not locked)
        self.export_button.setEnabled(locked)
        signed_at = self._session.detail.signed_at
        self.state.setText(
            self.tr("Signed on %1; the inspection is read-only.").replace(
                "%1", f"{signed_at:%Y-%m-%d %H:%M}"
            )
            if locked and signed_at
            else self.tr(
                "Everyone present signs on a pad, then the inspection is signed and locked."
            )
        )

    def pad_problems(self) -> dict[SignerRole, list[str]]:
        """What the pads lack (a name, a drawing), by signer role."""
        problems: dict[SignerRole, list[str]] = {}
        if self.refusal.problems():
            problems[SignerRole.REPRESENTATIVE] = self.refusal.problems()
        for role, name, pad in self._signing_pads():
            if not name.text().strip():
                problems.setdefault(role, []).append(self.tr("A signer's name is empty."))
            elif pad.is_empty:
                problems.setdefault(role, []).append(
                    self.tr("%1 has not signed on the pad.").replace("%1", name.text().strip())
                )
        return problems

    def _signing_pads(self) -> list[tuple[SignerRole, QLineEdit, SignaturePad]]:
        """The pads whose drawing is stored: not the representative's after a refusal."""
        refusing = self.refusal.refusing()
        return [pad for pad in self.pads if not (refusing and pad[0] == SignerRole.REPRESENTATIVE)]

    def blocking_problems(self, service_problems: list[SigningProblem]) -> list[str]:
        """The service's verdict in the user's words, with the pads' own, more exact notes
        in place of its general ones about signatures (matched by kind, never by text)."""
        by_role = self.pad_problems()
        form, lang = self._session.form, self._lang
        problems = [
            signing_problem_text(form, problem, lang)
            for problem in service_problems
            if problem.signer_role is None or problem.signer_role not in by_role
        ]
        return problems + [text for texts in by_role.values() for text in texts]

    def sign(self) -> None:
        """Ask the service what still blocks signing (after pending writes), then sign."""
        if self._session.locked or self.progress.isVisible():
            return
        drawn = {
            role
            for role, name, pad in self._signing_pads()
            if name.text().strip() and not pad.is_empty
        }
        if self.refusal.refusing() and not self.refusal.problems():
            drawn.add(SignerRole.REPRESENTATIVE)  # recorded as a refusal when signing starts
        session = self._session
        self._busy(True)
        session.runner.run(
            lambda: (
                problems_before_signing(session.ctx, session.id, drawn),
                key_wanted(session.ctx),
            ),
            self._checked,
            self._sign_failed,
            write=True,
        )

    def _checked(self, checked: tuple[list[SigningProblem], KeyWanted | None]) -> None:
        self._busy(False)
        service_problems, no_key = checked
        problems = self.blocking_problems(service_problems)
        if problems:
            inform(self, self.tr("Cannot sign yet"), "\n".join(problems))
            self.signing_refused.emit(problems)
            return
        passphrase = self._passphrase(no_key)
        if passphrase is not None:
            self._sign_with(passphrase)

    def _sign_with(self, passphrase: bytes) -> None:
        signatures = [
            (role, name.text().strip(), pad.png(), pad.signed_at)
            for role, name, pad in self._signing_pads()
        ]
        refusing, (reason, witness, refused_at) = self.refusal.refusing(), self.refusal.values()
        self._busy(True)
        session, font = self._session, self._preferences.report_font() or None
        lang = self._lang

        def work() -> bytes:
            from inspector_app.services.signing import on_site as step

            drawn = [step.DrawnSignature(*signature) for signature in signatures]
            refused = step.RefusalToSign(reason, witness, refused_at) if refusing else None
            return step.sign_on_site(
                session.ctx,
                session.id,
                passphrase,
                drawn,
                refused=refused,
                language=lang,
                font_path=Path(font) if font else None,
            )

        session.runner.run(work, self._signed, self._sign_failed, write=True)

    def _passphrase(self, no_key: KeyWanted | None) -> bytes | None:
        """From INSPECTOR_PASSPHRASE (scripts, tests) or typed; the key is created on first use
        (`no_key`, read with the signing check, says it is missing)."""
        if no_key is not None:
            dialog = IdentityDialog(self._session.ctx, self._session.runner, no_key.me, self)
            if not dialog.exec():
                return None
            return dialog.passphrase()
        return ask_passphrase(self)

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.sign_button.setEnabled(not busy and not self._session.locked)

    def _signed(self, _pdf: bytes) -> None:
        # Busy until the signed state is read back: the page then shows it locked.
        self._session.reload_everything(then=self._signed_and_shown)

    def _signed_and_shown(self) -> None:
        self._busy(False)
        self.inspection_signed.emit()

    def _sign_failed(self, error: BaseException) -> None:
        self._busy(False)
        # The drawn signatures may be stored already; reading back keeps the screen true.
        self._session.reload_everything()
        if isinstance(error, PassphraseError):
            error.message = self.tr("Wrong passphrase for the signing key.")
        show_error(self, error)

    def choose_export(self) -> None:
        from inspector_app.services.reporting.file_names import report_file_name

        detail = self._session.detail
        default = self._session.ctx.data_dir.exports / report_file_name(
            detail.site_name, detail.started_at, self._lang
        )
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export PDF"), str(default), "PDF (*.pdf)"
        )
        if name:
            self.export(Path(name))

    def export(self, path: Path) -> None:
        """Copy the signed report to `path` in the background, then offer to open it."""
        self.progress.show()
        session = self._session
        session.runner.run(
            lambda: _export_with_orders(session.ctx, session.id, path),
            self._exported,
            self._export_failed,
            write=True,
        )

    def _exported(self, written: tuple[Path, list[Path]]) -> None:
        path, orders = written
        self.progress.hide()
        self._session.reload()
        text = self.tr("The report was saved as %1").replace("%1", str(path))
        if orders:
            names = "\n".join(order.name for order in orders)
            text += "\n" + self.tr("Its orders to correct, beside it:\n%1").replace("%1", names)
        box = inform(self, self.tr("Exported"), text)
        open_file = box.addButton(self.tr("Open file"), box.ButtonRole.ActionRole)
        show_folder = box.addButton(self.tr("Show folder"), box.ButtonRole.ActionRole)
        open_file.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))
        show_folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))
        )

    def _export_failed(self, error: BaseException) -> None:
        self.progress.hide()
        show_error(self, error)

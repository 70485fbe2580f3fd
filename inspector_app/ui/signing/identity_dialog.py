"""First signing: create the inspector's key and certificate, protected by a passphrase.

The key is made in the write queue: it writes the PKCS#12 file and the inspector's profile,
and deriving the passphrase-protected key takes long enough to be felt on the GUI thread.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from inspector_app.core.errors import InspectorError
from inspector_app.services.context import AppContext
from inspector_app.services.directory.inspectors import InspectorRow, self_inspector
from inspector_app.ui.common.messages import show_error
from inspector_app.ui.common.tasks import TaskRunner, background_work


@dataclass(frozen=True)
class KeyWanted:
    """The data folder has no signing key yet; `me`: the names already given."""

    me: InspectorRow | None


@background_work
def key_wanted(ctx: AppContext) -> KeyWanted | None:
    """Runs on the runner (the key is a file in the data folder): None when it exists."""
    from inspector_app.services.signing.identity import has_identity

    return None if has_identity(ctx.data_dir.keys) else KeyWanted(self_inspector(ctx))


class IdentityDialog(QDialog):
    """Names for the certificate and a passphrase typed twice; creates the identity on OK.

    The names start as the ones already given (`me`, read on the runner by the caller)."""

    def __init__(
        self,
        ctx: AppContext,
        runner: TaskRunner,
        me: InspectorRow | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx, self._runner = ctx, runner
        self.setWindowTitle(self.tr("Create your signing key"))
        self.name = QLineEdit(me.name if me else "")
        self.unit = QLineEdit(me.unit if me else "")
        self.badge = QLineEdit(me.badge_no if me else "")
        self.first = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.second = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        form = QFormLayout(self)
        form.addRow(
            QLabel(self.tr("Your reports are signed with this key. Keep the passphrase safe."))
        )
        for label, edit in (
            (self.tr("Name"), self.name),
            (self.tr("Unit"), self.unit),
            (self.tr("Badge no."), self.badge),
            (self.tr("Passphrase"), self.first),
            (self.tr("Passphrase again"), self.second),
        ):
            edit.setAccessibleName(label)
            form.addRow(label, edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def passphrase(self) -> bytes:
        return self.first.text().encode()

    def accept(self) -> None:
        if self.first.text() != self.second.text() or len(self.first.text()) < 6:
            show_error(
                self,
                InspectorError(self.tr("Type the same passphrase twice, at least 6 characters.")),
            )
            return
        from inspector_app.services.signing.keys import init_identity

        ctx, passphrase = self._ctx, self.passphrase()
        names = {"name": self.name.text(), "unit": self.unit.text(), "badge_no": self.badge.text()}
        self.ok_button.setEnabled(False)  # a second OK would try to make a second key
        self._runner.run(
            lambda: init_identity(ctx, passphrase, **names),
            self._created,
            self._refused,
            write=True,
        )

    def _created(self, _identity: object) -> None:
        super().accept()

    def _refused(self, error: BaseException) -> None:
        self.ok_button.setEnabled(True)
        show_error(self, error)

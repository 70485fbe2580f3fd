"""The first-run guide: who the inspector is, the signing key, and the first site.

Shown when the data folder has no signing key yet, so the key and passphrase are settled at
the desk and not asked for at the moment of signing with the site representative waiting.
It can be skipped and reopened from the File menu.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
    QWizard,
    QWizardPage,
)

from inspector_app.core.errors import InspectorError
from inspector_app.services.context import AppContext
from inspector_app.services.directory.inspectors import InspectorRow, self_inspector
from inspector_app.ui.common.dialog_loading import DialogLoader
from inspector_app.ui.common.messages import show_error
from inspector_app.ui.common.tasks import TaskRunner, background_work

MINIMUM_PASSPHRASE = 6


def passphrase_hint(text: str) -> str:
    """A non-blocking hint on length and variety; the guide only refuses under 6 characters."""
    kinds = sum(
        (
            any(c.islower() for c in text),
            any(c.isupper() for c in text),
            any(c.isdigit() for c in text),
            any(not c.isalnum() for c in text),
        )
    )
    if len(text) < MINIMUM_PASSPHRASE:
        return QCoreApplication.translate("FirstRunGuide", "Too short: at least 6 characters.")
    if len(text) >= 12 and kinds >= 3:
        return QCoreApplication.translate("FirstRunGuide", "Strong.")
    if len(text) >= 10 or kinds >= 3:
        return QCoreApplication.translate(
            "FirstRunGuide",
            "Fair: a longer passphrase mixing letters, digits and signs is stronger.",
        )
    return QCoreApplication.translate(
        "FirstRunGuide", "Weak: use 10 or more characters mixing letters, digits and signs."
    )


def _plain_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class FirstRunGuide(QWizard):
    """Three pages: identity, passphrase, first site. Finishing writes in the write queue.

    The names already given (`me`, read on the runner) fill the identity page."""

    site_created = Signal(int)

    def __init__(
        self,
        ctx: AppContext,
        runner: TaskRunner,
        me: InspectorRow | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx, self._runner = ctx, runner
        self.setObjectName("first_run_guide")
        self.setWindowTitle(QCoreApplication.translate("FirstRunGuide", "Getting started"))
        self.setButtonText(
            QWizard.WizardButton.CancelButton,
            QCoreApplication.translate("FirstRunGuide", "Skip for now"),
        )
        self.setButtonText(
            QWizard.WizardButton.NextButton, QCoreApplication.translate("FirstRunGuide", "Next")
        )
        self.setButtonText(
            QWizard.WizardButton.BackButton, QCoreApplication.translate("FirstRunGuide", "Back")
        )
        self.setButtonText(
            QWizard.WizardButton.FinishButton, QCoreApplication.translate("FirstRunGuide", "Finish")
        )
        self.addPage(self._identity_page(me))
        self.addPage(self._passphrase_page())
        self.addPage(self._site_page())
        self._busy = False

    def _identity_page(self, me: InspectorRow | None) -> QWizardPage:
        page = QWizardPage()
        page.setTitle(QCoreApplication.translate("FirstRunGuide", "Who are you?"))
        form = QFormLayout(page)
        form.addRow(
            _plain_label(
                QCoreApplication.translate(
                    "FirstRunGuide",
                    "Your name, unit and badge number are printed on every record and put in "
                    "your signing certificate.",
                )
            )
        )
        self.name = QLineEdit(me.name if me else "")
        self.unit = QLineEdit(me.unit if me else "")
        self.badge = QLineEdit(me.badge_no if me else "")
        for label, edit in (
            (QCoreApplication.translate("FirstRunGuide", "Name"), self.name),
            (QCoreApplication.translate("FirstRunGuide", "Unit"), self.unit),
            (QCoreApplication.translate("FirstRunGuide", "Badge no."), self.badge),
        ):
            edit.setAccessibleName(label)
            form.addRow(label, edit)
        page.registerField("name*", self.name)
        return page

    def _passphrase_page(self) -> QWizardPage:
        page = QWizardPage()
        page.setTitle(QCoreApplication.translate("FirstRunGuide", "Your signing key"))
        form = QFormLayout(page)
        form.addRow(
            _plain_label(
                QCoreApplication.translate(
                    "FirstRunGuide",
                    "Records are signed with a key protected by a passphrase. Choose it now, "
                    "at your desk; you type it again each time you sign. It cannot be recovered.",
                )
            )
        )
        self.first = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.second = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.first.setAccessibleName(QCoreApplication.translate("FirstRunGuide", "Passphrase"))
        self.second.setAccessibleName(
            QCoreApplication.translate("FirstRunGuide", "Passphrase again")
        )
        self.strength = _plain_label()
        self.strength.setObjectName("passphrase_strength")
        self.first.textChanged.connect(lambda text: self.strength.setText(passphrase_hint(text)))
        form.addRow(QCoreApplication.translate("FirstRunGuide", "Passphrase"), self.first)
        form.addRow("", self.strength)
        form.addRow(QCoreApplication.translate("FirstRunGuide", "Passphrase again"), self.second)
        return page

    def _site_page(self) -> QWizardPage:
        page = QWizardPage()
        page.setTitle(QCoreApplication.translate("FirstRunGuide", "Your first site"))
        form = QFormLayout(page)
        form.addRow(
            _plain_label(
                QCoreApplication.translate(
                    "FirstRunGuide", "An inspection is made of a site. Create the first one now?"
                )
            )
        )
        self.make_site = QCheckBox(QCoreApplication.translate("FirstRunGuide", "Create a site"))
        self.make_site.setChecked(True)
        self.site_name = QLineEdit()
        self.site_name.setAccessibleName(QCoreApplication.translate("FirstRunGuide", "Site name"))
        self.make_site.toggled.connect(self.site_name.setEnabled)
        form.addRow(self.make_site)
        form.addRow(QCoreApplication.translate("FirstRunGuide", "Site name"), self.site_name)
        return page

    def validateCurrentPage(self) -> bool:
        if self.currentPage() is self.page(1):
            first, second = self.first.text(), self.second.text()
            if first != second or len(first) < MINIMUM_PASSPHRASE:
                show_error(
                    self,
                    InspectorError(
                        QCoreApplication.translate(
                            "FirstRunGuide",
                            "Type the same passphrase twice, at least 6 characters.",
                        )
                    ),
                )
                return False
        unnamed = self.make_site.isChecked() and not self.site_name.text().strip()
        if self.currentPage() is self.page(2) and unnamed:
            show_error(
                self,
                InspectorError(
                    QCoreApplication.translate(
                        "FirstRunGuide", "Give the site a name, or untick it."
                    )
                ),
            )
            return False
        return super().validateCurrentPage()

    def accept(self) -> None:
        """Create the key (and the site) in the write queue; close once both are stored."""
        if self._busy:
            return
        from inspector_app.services.directory import sites
        from inspector_app.services.directory.inspectors import update_self
        from inspector_app.services.signing.identity import has_identity
        from inspector_app.services.signing.keys import init_identity

        ctx, passphrase = self._ctx, self.first.text().encode()
        names = {
            "name": self.name.text().strip(),
            "unit": self.unit.text().strip(),
            "badge_no": self.badge.text().strip(),
        }
        site_name = self.site_name.text().strip() if self.make_site.isChecked() else ""

        def work() -> int | None:
            if has_identity(ctx.data_dir.keys):  # made meanwhile: keep it, update the names
                update_self(ctx, names["name"], names["unit"], names["badge_no"])
            else:
                init_identity(ctx, passphrase, **names)
            return sites.create_site(ctx, site_name) if site_name else None

        self._busy = True
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        self._runner.run(work, self._done, self._refused, write=True)

    def _done(self, site_id: int | None) -> None:
        self._busy = False
        super().accept()
        if site_id is not None:
            self.site_created.emit(site_id)

    def _refused(self, error: BaseException) -> None:
        self._busy = False
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        show_error(self, error)


@dataclass(frozen=True)
class GuideStart:
    """Read on the runner before the guide is built: whether the data folder still has no
    signing key (a file in it) and the names the inspector already gave."""

    needed: bool
    me: InspectorRow | None


@background_work
def needs_guide(ctx: AppContext) -> bool:
    """No signing key in the data folder yet: the first run (or the key was never made)."""
    from inspector_app.services.signing.identity import has_identity

    return not has_identity(ctx.data_dir.keys)


@background_work
def read_guide_start(ctx: AppContext) -> GuideStart:
    return GuideStart(needs_guide(ctx), self_inspector(ctx))


def load_guide(
    loader: DialogLoader,
    ctx: AppContext,
    parent: QWidget,
    site_created: Callable[[int], object],
    *,
    only_if_needed: bool = False,
) -> None:
    """Open the guide once what it shows is read off the GUI thread; `only_if_needed`: at
    start, only when the data folder has no signing key yet."""

    def show(start: GuideStart) -> None:
        if start.needed or not only_if_needed:
            open_guide(ctx, loader.runner, start.me, parent).site_created.connect(site_created)

    loader.load(lambda: read_guide_start(ctx), show)


def open_guide(
    ctx: AppContext, runner: TaskRunner, me: InspectorRow | None, parent: QWidget
) -> FirstRunGuide:
    guide = FirstRunGuide(ctx, runner, me, parent)
    guide.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    guide.open()
    return guide


def offer_new_site(parent: QWidget, create: Callable[[], None]) -> QMessageBox:
    """New inspection with no site yet: offer to create one instead of an empty dialog."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("FirstRunGuide", "No site yet"),
        QCoreApplication.translate(
            "FirstRunGuide",
            "An inspection is made of a site, and there is no site yet. Create one now?",
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.setObjectName("message")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.button(QMessageBox.StandardButton.Yes).setText(
        QCoreApplication.translate("FirstRunGuide", "Create a site")
    )
    box.button(QMessageBox.StandardButton.No).setText(
        QCoreApplication.translate("FirstRunGuide", "Not now")
    )
    box.finished.connect(
        lambda result: create() if result == QMessageBox.StandardButton.Yes else None
    )
    box.open()
    return box

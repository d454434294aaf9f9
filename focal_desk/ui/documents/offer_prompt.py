"""The short question the workflow asks right after a walk-in intake: print its paper now? Non-blocking
(the register stays usable behind it); Enter answers yes, Esc no."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from ...domain.documents import FormCode
from ...domain.enums import Status


def offered_after_intake(choices, status: Status) -> FormCode | None:
    """At most one paper, never twice: the receipt (Mẫu 02) when the service offers it; for a request
    provided at the desk ("Provide now"), the covering letter if none was issued yet."""
    if choices.offer_receipt:
        return FormCode.RECEIPT
    issued = {d.form for d in choices.issued if d.live}
    if status is Status.PROVIDED and FormCode.PROVIDE in choices.forms and FormCode.PROVIDE not in issued:
        return FormCode.PROVIDE
    return None


def ask_to_print(parent: QWidget, form: FormCode, on_yes: Callable[[], None]) -> QMessageBox:
    question = {
        FormCode.RECEIPT: QCoreApplication.translate("DocumentOffer", "Print the receipt (Mẫu 02)?"),
        FormCode.PROVIDE: QCoreApplication.translate(
            "DocumentOffer", "Print the covering letter that provides the information?"),
    }[form]
    title = QCoreApplication.translate("DocumentOffer", "Print a document")
    box = QMessageBox(QMessageBox.Icon.Question, title, question,
                      QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("document_offer")
    box.setTextFormat(Qt.TextFormat.PlainText)
    yes = box.addButton(QCoreApplication.translate("DocumentOffer", "&Print…"), QMessageBox.ButtonRole.YesRole)
    no = box.addButton(QCoreApplication.translate("DocumentOffer", "&Not now"), QMessageBox.ButtonRole.NoRole)
    box.setDefaultButton(yes)  # Enter
    box.setEscapeButton(no)  # Esc
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    box.setWindowModality(Qt.WindowModality.NonModal)
    box.buttonClicked.connect(lambda button: on_yes() if button is yes else parent.activateWindow())
    box.show()
    box.raise_()
    box.activateWindow()  # Enter / Esc answer it at once, whatever had the keyboard before
    return box

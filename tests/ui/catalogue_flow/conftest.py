"""The request-file window fixture, shared with tests/ui/request_file."""

from __future__ import annotations

import pytest


@pytest.fixture
def open_file(qtbot, desk, jobs, errors):
    """Open the request file window on a request id and wait until it has loaded."""
    from focal_desk.ui.request_file.dialog import RequestFileDialog

    def opener(request_id: int):
        dialog = RequestFileDialog(desk, jobs, errors, request_id)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: dialog.request is not None, timeout=5000)
        return dialog

    return opener

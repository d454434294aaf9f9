from __future__ import annotations

import threading

from focal_desk.domain.errors import ValidationError


def test_job_result_comes_back_on_the_gui_thread(qtbot, jobs):
    gui_thread = threading.get_ident()
    seen = {}

    def work(progress, cancel):
        seen["worker"] = threading.get_ident()
        for i in range(3):
            progress(i + 1, 3)
        return 42

    def done(result):
        seen["result"], seen["callback"] = result, threading.get_ident()

    steps = []
    jobs.submit(work, on_success=done, on_progress=lambda d, t: steps.append((d, t)))
    qtbot.waitUntil(lambda: "result" in seen, timeout=5000)
    assert seen["result"] == 42 and seen["callback"] == gui_thread and seen["worker"] != gui_thread
    assert steps == [(1, 3), (2, 3), (3, 3)]


def test_errors_are_delivered_typed_and_cancel_is_seen_by_the_job(qtbot, jobs):
    errors = []
    jobs.submit(lambda: (_ for _ in ()).throw(ValidationError.single("x", "bad")), on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], ValidationError) and errors[0].errors == {"x": "bad"}

    started, release, outcome = threading.Event(), threading.Event(), {}

    def long(cancel):
        started.set()
        release.wait(5)
        outcome["cancelled"] = cancel()
        return "late"

    results = []
    job = jobs.submit(long, on_success=results.append, lane="db-write")
    assert started.wait(5)
    job.cancel()
    release.set()
    qtbot.waitUntil(lambda: not jobs.busy(), timeout=5000)
    assert outcome == {"cancelled": True} and results == []  # a cancelled job's result is dropped


def test_a_result_for_a_deleted_owner_is_dropped_not_delivered_to_a_dead_widget(qtbot, jobs):
    import shiboken6
    from PySide6.QtWidgets import QLabel

    label, kept = QLabel(), QLabel()
    release, seen = threading.Event(), []
    jobs.submit(lambda: release.wait(5) and "gone", on_success=seen.append, owner=label)
    jobs.submit(lambda: release.wait(5) and "kept", on_success=seen.append, owner=kept)
    shiboken6.delete(label)  # the page closed while its job ran
    release.set()
    qtbot.waitUntil(lambda: "kept" in seen, timeout=5000)
    assert jobs.wait_all() and seen == ["kept"]
    kept.deleteLater()

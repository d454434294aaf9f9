"""`focal-desk` (the window) on a machine with no screen: one line and exit 1, never Qt's abort (exit 134).

Qt's xcb plugin aborts the process in C++ when it finds no X server, after blaming xcb-cursor0; the check in
focal_desk/app/display.py runs before any QApplication exists.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys

import pytest
from e2e_cli import REPO

from focal_desk.app.display import display_problem

DISPLAY_VARS = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")


def _run_app(tmp_path, *args: str, **env: str) -> subprocess.CompletedProcess:
    base = {k: v for k, v in os.environ.items() if k not in DISPLAY_VARS and k != "FOCAL_DESK_DATA_DIR"}
    return subprocess.run([sys.executable, "-m", "focal_desk", "--data-dir", str(tmp_path / "data"), *args],
                          capture_output=True, text=True, encoding="utf-8", cwd=REPO, timeout=600,
                          env={**base, "PYTHONIOENCODING": "utf-8", **env})


def _one_line(p: subprocess.CompletedProcess) -> str:
    assert p.returncode == 1, (p.returncode, p.stderr[-2000:])  # 134 / -6 was Qt's abort
    assert "Traceback" not in p.stderr
    lines = p.stderr.strip().splitlines()
    assert len(lines) == 1, p.stderr
    return lines[0]


def _dead_x_display() -> str:
    """An X display number no server answers on (neither the socket file nor the abstract socket)."""
    for n in range(97, 200):
        if display_problem({"DISPLAY": f":{n}", "QT_QPA_PLATFORM": "xcb"}, "linux"):
            return f":{n}"
    pytest.skip("every X display number answers here")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the display check is for Linux (X11/Wayland)")
def test_no_display_at_all_is_one_line_and_exit_1(tmp_path):
    line = _one_line(_run_app(tmp_path))  # no command: the window
    assert line.startswith("focal-desk: không tìm thấy màn hình")
    assert "QT_QPA_PLATFORM=offscreen" in line
    assert not (tmp_path / "data").exists()  # nothing made for a window that cannot open


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the display check is for Linux (X11/Wayland)")
def test_unreachable_x_display_is_one_line_and_exit_1(tmp_path):
    display = _dead_x_display()
    line = _one_line(_run_app(tmp_path, "gui", DISPLAY=display, QT_QPA_PLATFORM="xcb"))
    assert line.startswith(f"focal-desk: không kết nối được màn hình DISPLAY={display}")


def test_platforms_without_a_display_server_need_no_display():
    for platform in ("offscreen", "minimal", "vnc", "xcb;offscreen"):
        assert display_problem({"QT_QPA_PLATFORM": platform}, "linux") is None, platform
    assert display_problem({}, "win32") is None
    assert display_problem({}, "darwin") is None


def test_xcb_without_display_or_wayland_without_wayland_display():
    assert "không tìm thấy màn hình" in display_problem({"QT_QPA_PLATFORM": "xcb", "WAYLAND_DISPLAY": "w"}, "linux")
    assert "không tìm thấy màn hình" in display_problem({"QT_QPA_PLATFORM": "wayland", "DISPLAY": ":0"}, "linux")
    assert "không tìm thấy màn hình" in display_problem({}, "linux")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="abstract unix sockets are Linux-only")
def test_a_listening_x_server_is_reachable():
    display = _dead_x_display()
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as server:  # where Xorg/Xvfb listen on Linux
        server.bind(f"\0/tmp/.X11-unix/X{display[1:]}")
        server.listen(1)
        assert display_problem({"DISPLAY": display}, "linux") is None
        assert display_problem({"DISPLAY": display + ".0", "QT_QPA_PLATFORM": "xcb"}, "linux") is None


def test_a_listening_wayland_compositor_is_reachable(tmp_path):
    env = {"WAYLAND_DISPLAY": "wayland-test", "XDG_RUNTIME_DIR": str(tmp_path)}
    assert "không kết nối được màn hình WAYLAND_DISPLAY=wayland-test" in display_problem(env, "linux")
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as server:
        server.bind(str(tmp_path / "wayland-test"))
        server.listen(1)
        assert display_problem(env, "linux") is None
        assert display_problem({**env, "QT_QPA_PLATFORM": "wayland"}, "linux") is None

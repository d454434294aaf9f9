"""Is there a screen for the window? Asked before Qt starts, without importing it.

With no display Qt's xcb plugin aborts the process in C++ (a core dump, exit 134) after blaming a missing
``xcb-cursor0``, which sends the officer looking for the wrong thing. So on Linux the display Qt would use
is looked for first, and a missing or unreachable one ends in one Vietnamese line instead.
"""

from __future__ import annotations

import os
import re
import socket
import sys
from collections.abc import Mapping

HINT = ("hãy mở ứng dụng trong một phiên làm việc có giao diện, đặt QT_QPA_PLATFORM=offscreen khi kiểm thử, "
        "hoặc dùng các lệnh dòng lệnh (focal-desk --help)")
CONNECT_TIMEOUT_S = 1.0  # only a remote X server (ssh -X) is asked over TCP; a local socket answers at once
_X_DISPLAY = re.compile(r"^(?P<host>[^:]*):(?P<number>\d+)(?:\.\d+)?$")


def display_problem(environ: Mapping[str, str] | None = None, platform: str | None = None) -> str | None:
    """Why Qt could not show a window here (one Vietnamese sentence), or None when it can (or we cannot tell)."""
    env = os.environ if environ is None else environ
    if not (platform or sys.platform).startswith("linux"):
        return None
    plugins = [p.split(":")[0].strip().lower() for p in env.get("QT_QPA_PLATFORM", "").split(";")]
    plugins = [p for p in plugins if p] or ["wayland", "xcb"]  # Qt's own order on Linux
    if any(p not in ("xcb", "wayland", "wayland-egl") for p in plugins):
        return None  # offscreen, minimal, vnc, eglfs, …: they need no display server
    x_display = env.get("DISPLAY", "").strip() if "xcb" in plugins else ""
    wayland = env.get("WAYLAND_DISPLAY", "").strip() if any(p.startswith("wayland") for p in plugins) else ""
    if not x_display and not wayland:
        return f"không tìm thấy màn hình (chưa có DISPLAY hay WAYLAND_DISPLAY): {HINT}"
    if wayland and _wayland_reachable(wayland, env):
        return None
    if x_display and _x_reachable(x_display):
        return None
    shown = " / ".join(f"{k}={v}" for k, v in (("DISPLAY", x_display), ("WAYLAND_DISPLAY", wayland)) if v)
    return f"không kết nối được màn hình {shown}: {HINT}"


def _x_reachable(display: str) -> bool:
    match = _X_DISPLAY.match(display)
    if not match:
        return True  # a form we do not know: let Qt try
    host, number = match["host"], int(match["number"])
    if host in ("", "unix"):
        path = f"/tmp/.X11-unix/X{number}"
        return _unix_connects("\0" + path) or _unix_connects(path)  # Xorg/Xvfb listen on both on Linux
    if host.startswith("/"):
        return True  # a launchd-style path: not a Linux form, let Qt try
    try:
        with socket.create_connection((host, 6000 + number), timeout=CONNECT_TIMEOUT_S):
            return True
    except OSError:
        return False


def _wayland_reachable(name: str, env: Mapping[str, str]) -> bool:
    if name.startswith("/"):
        return _unix_connects(name)
    runtime = env.get("XDG_RUNTIME_DIR", "").strip()
    return True if not runtime else _unix_connects(os.path.join(runtime, name))


def _unix_connects(address: str) -> bool:
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
            s.settimeout(CONNECT_TIMEOUT_S)
            s.connect(address)
        return True
    except OSError:
        return False

"""scripts/apt_lock.sh: bootstrap waits while another program holds the dpkg lock, then goes on or gives up.

The lock here is a temporary file held by `flock` in a background process (FOCAL_DESK_APT_LOCK_FILES points
the function at it); the real lock files are never touched.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "scripts" / "apt_lock.sh"
WAITING = "waiting for the package manager (dpkg lock held by another program"

pytestmark = pytest.mark.skipif(shutil.which("bash") is None or shutil.which("flock") is None,
                                reason="needs bash and flock (util-linux)")


def _path_without_fuser(tmp_path: Path) -> str:
    """A PATH with the tools the function uses but no fuser: the flock fallback alone."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for tool in ("flock", "sleep", "tr"):
        (bin_dir / tool).symlink_to(shutil.which(tool))
    return str(bin_dir)


@pytest.fixture(params=["fuser", "flock-only"])
def env(request, tmp_path):
    if request.param == "fuser" and shutil.which("fuser") is None:
        pytest.skip("fuser (psmisc) is not installed")
    lock = tmp_path / "lock-frontend"
    lock.touch()
    env = {**os.environ, "FOCAL_DESK_APT_LOCK_FILES": f"{tmp_path / 'absent-lock'} {lock}",
           "FOCAL_DESK_APT_LOCK_POLL": "0.05", "FOCAL_DESK_APT_LOCK_TIMEOUT": "60"}
    if request.param == "flock-only":
        env["PATH"] = _path_without_fuser(tmp_path)
    return env


def _holder(lock: str) -> subprocess.Popen:
    """`flock` holding the lock until its stdin closes; returns once the lock is taken."""
    p = subprocess.Popen(["flock", lock, "-c", "echo locked; read _ || true"], stdin=subprocess.PIPE,
                         stdout=subprocess.PIPE, text=True)
    assert p.stdout.readline() == "locked\n"
    return p


def _release(holder: subprocess.Popen) -> None:
    holder.stdin.close()
    assert holder.wait(timeout=30) == 0
    holder.stdout.close()


def _waiter(env: dict[str, str]) -> subprocess.Popen:
    script = f'set -euo pipefail; source "{SCRIPT}"; wait_for_apt_lock'  # as bootstrap.sh runs it
    return subprocess.Popen([shutil.which("bash"), "-c", script], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _lock(env: dict[str, str]) -> str:
    return env["FOCAL_DESK_APT_LOCK_FILES"].split()[-1]


def test_a_free_lock_goes_on_at_once(env):
    p = _waiter(env)
    out, err = p.communicate(timeout=8)
    assert (p.returncode, out, err) == (0, "", "")


def test_waits_while_held_and_goes_on_when_released(env):
    holder = _holder(_lock(env))
    try:
        waiter = _waiter(env)
        first = waiter.stdout.readline()  # said once, before waiting
        assert WAITING in first
        assert waiter.poll() is None  # still waiting: the lock is held
    finally:
        _release(holder)
    out, err = waiter.communicate(timeout=8)
    assert waiter.returncode == 0, err
    assert err == ""
    assert WAITING not in out  # not said again while polling
    assert "free again" in out


def test_gives_up_after_the_timeout_in_one_line(env):
    holder = _holder(_lock(env))
    try:
        waiter = _waiter({**env, "FOCAL_DESK_APT_LOCK_TIMEOUT": "1"})
        out, err = waiter.communicate(timeout=8)
    finally:
        _release(holder)
    assert waiter.returncode == 1
    assert out.count(WAITING) == 1
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "package manager is still busy after 1 s" in lines[0]


@pytest.mark.skipif(shutil.which("apt-get") is None or shutil.which("dpkg") is None, reason="not Debian/Ubuntu")
def test_apt_get_is_told_to_wait_too_where_it_can():
    v = subprocess.run(["apt-get", "--version"], capture_output=True, text=True).stdout.split()[1]
    modern = subprocess.run(["dpkg", "--compare-versions", v, "ge", "1.9.11"]).returncode == 0
    out = subprocess.run([shutil.which("bash"), "-c", f'source "{SCRIPT}"; apt_lock_options'], capture_output=True,
                         text=True, env={**os.environ, "FOCAL_DESK_APT_LOCK_TIMEOUT": "7"}, check=True).stdout
    assert out.splitlines() == (["-o", "DPkg::Lock::Timeout=7"] if modern else [])


def test_bootstrap_sources_it():
    p = subprocess.run([shutil.which("bash"), str(REPO / "scripts" / "bootstrap.sh"), "--help"],
                       capture_output=True, text=True)
    assert p.returncode == 0, p.stderr
    assert "FOCAL_DESK_APT_LOCK_TIMEOUT" in p.stdout

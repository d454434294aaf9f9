"""`focal-desk province --db URL serve` serves the dashboard too: it prints the dashboard's address, and its
--due-day and --province-name reach the pages and the report (a subprocess on a loopback port)."""

from __future__ import annotations

import io
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from dashboard_helpers import PASSWORD, USER, csrf_of, make_user
from pypdf import PdfReader

from focal_desk.province.db import Database

REPO = Path(__file__).resolve().parents[2]


def test_serve_prints_the_dashboard_address_and_takes_its_settings(db_url):
    db = Database(db_url)
    make_user(db)
    db.close()
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "PYTHONPATH": str(REPO)}
    args = [
        "province",
        "--db",
        db_url,
        "serve",
        "--port",
        str(port),
        "--due-day",
        "15",
        "--province-name",
        "Vĩnh Phúc",
    ]
    server = subprocess.Popen(
        [sys.executable, "-m", "focal_desk", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        cwd=REPO,
    )
    try:
        assert server.stdout is not None
        first = server.stdout.readline().decode("utf-8")
        assert f"http://127.0.0.1:{port}/dashboard" in first and "add-user" in first
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=60, follow_redirects=True) as client:
            form = None
            while form is None:  # the address is printed just before uvicorn listens; a dead server ends it
                if server.poll() is not None:
                    pytest.fail(f"serve exited with {server.returncode}: {server.stderr.read().decode()}")
                try:
                    form = client.get("/dashboard/login")
                except httpx.TransportError:
                    time.sleep(0.1)
            r = client.post(
                "/dashboard/login", data={"name": USER, "password": PASSWORD, "csrf": csrf_of(form.text)}
            )
            assert r.status_code == 200 and "sau ngày 15 của tháng kế tiếp" in r.text
            pdf = client.get("/dashboard/report.pdf?from=2026-01&to=2026-02")
            text = " ".join((PdfReader(io.BytesIO(pdf.content)).pages[0].extract_text() or "").split())
            assert "ỦY BAN NHÂN DÂN TỈNH VĨNH PHÚC" in text and "Vĩnh Phúc, ngày" in text
    finally:
        server.terminate()
        server.wait(timeout=60)
        for pipe in (server.stdout, server.stderr):
            pipe.close()

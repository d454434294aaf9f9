"""HttpProvince against a loopback server that does not answer as the API does: an answer that trickles on
forever, one that is endless, one nested past Python's limit. Each ends as ProvinceUnreachable (the package
stays queued), never a hung push or a crash."""

from __future__ import annotations

import contextlib
import socket
import threading
import time

import httpx
import pytest

from focal_desk.domain.sync import ProvinceUnreachable
from focal_desk.sync.client import MAX_ANSWER, HttpProvince

FAST = httpx.Timeout(2.0, connect=2.0)
WAIT = 120  # seconds; a bound for a hang, never a timing assumption


def _serve(answer) -> tuple[str, threading.Event]:
    """One connection at a time on a loopback port; ``answer(conn, stop)`` writes whatever it likes."""
    listener = socket.create_server(("127.0.0.1", 0))
    stop = threading.Event()

    def loop() -> None:
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            with conn:
                conn.recv(65536)
                with contextlib.suppress(OSError):  # the client hung up: its side is what the test looks at
                    answer(conn, stop)
        listener.close()

    threading.Thread(target=loop, daemon=True).start()
    return f"http://127.0.0.1:{listener.getsockname()[1]}", stop


def _trickle(conn: socket.socket, stop: threading.Event) -> None:
    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n")
    while not stop.is_set():  # a byte now and then: each read is on time, the answer never ends
        conn.sendall(b"1\r\n \r\n")
        time.sleep(0.05)


def _endless(conn: socket.socket, stop: threading.Event) -> None:
    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n")
    chunk = b"[" * 65536
    while not stop.is_set():
        conn.sendall(b"%x\r\n%s\r\n" % (len(chunk), chunk))


def _deep(conn: socket.socket, stop: threading.Event) -> None:
    body = b"[" * 200_000 + b"]" * 200_000
    conn.sendall(
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s"
        % (len(body), body)
    )
    stop.wait(WAIT)  # closed only after the client read it all (an early close resets the connection)


@pytest.mark.parametrize(
    "answer, said", [(_trickle, "hết thời gian"), (_endless, "quá dài"), (_deep, "JSON")]
)
def test_an_answer_that_is_not_the_api_s_ends_as_unreachable(answer, said):
    url, stop = _serve(answer)
    outcome: list[BaseException | str] = []

    def push() -> None:
        try:
            outcome.append(HttpProvince(timeout=FAST, deadline=1.0).submit(url, b"{}"))
        except BaseException as exc:  # noqa: BLE001 (the test reports whatever came out)
            outcome.append(exc)

    worker = threading.Thread(target=push, daemon=True)
    worker.start()
    worker.join(WAIT)
    stop.set()
    assert not worker.is_alive(), "the push hung on an answer that never ends"
    assert isinstance(outcome[0], ProvinceUnreachable), outcome
    assert said in str(outcome[0])
    assert MAX_ANSWER >= 1024 * 1024  # an announcement list with rule sets still fits

"""Signing in to X in the browser, through the real command line process."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import threading
import time

import httpx

from tests.helpers.x import CLIENT_ID, XWorld


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_accounts_add_x_runs_the_oauth_flow(xworld: XWorld, data_dir, cli) -> None:
    port = free_port()
    xworld.server.add_client(CLIENT_ID, f"http://127.0.0.1:{port}/callback")
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "desktop_inbox",
            "accounts",
            "add",
            "x",
            "--client-id",
            CLIENT_ID,
            "--api-base",
            xworld.url,
            "--redirect-port",
            str(port),
            "--no-browser",
            "--timeout",
            "60",
            "--data-dir",
            str(data_dir),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert proc.stdout is not None
        assert "Open this page" in proc.stdout.readline()
        url = proc.stdout.readline().strip()
        assert url.startswith(f"{xworld.url}/i/oauth2/authorize?")
        query = httpx.URL(url).params
        assert query["scope"].split() == [
            "tweet.read",
            "tweet.write",
            "users.read",
            "dm.read",
            "dm.write",
            "offline.access",
            "media.write",  # a reply's pictures (POST /2/media/upload)
        ]
        assert query["code_challenge_method"] == "S256" and query["client_id"] == CLIENT_ID
        # The "browser": X's page answers with a redirect to our loopback listener.
        consent = httpx.get(url, follow_redirects=False)
        assert consent.status_code == 302
        landing = httpx.get(consent.headers["location"])
        assert landing.status_code == 200 and "signed in" in landing.text.lower()
        out, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err
    assert "Added @shop" in out
    [account] = json.loads(cli("accounts", "list", "--json").out)
    assert account["platform"] == "x" and account["handle"] == "@shop" and account["char_limit"] == 280
    # No secret on the screen or in the cache file.
    for token in [*xworld.server.access, *xworld.server.refresh]:
        assert token not in out + err
        assert token.encode() not in (data_dir / "cache.sqlite3").read_bytes()


def test_a_forged_redirect_does_not_sign_in(xworld: XWorld, cli) -> None:
    port = free_port()
    answers: list[int] = []

    def forger() -> None:
        # Someone else's page sends the browser to our listener with its own code.
        for _ in range(200):
            try:
                answers.append(
                    httpx.get(
                        f"http://127.0.0.1:{port}/callback", params={"state": "forged", "code": "evil"}
                    ).status_code
                )
                return
            except httpx.HTTPError:
                time.sleep(0.02)

    thread = threading.Thread(target=forger)
    thread.start()
    result = cli(
        "accounts",
        "add",
        "x",
        "--client-id",
        CLIENT_ID,
        "--api-base",
        xworld.url,
        "--redirect-port",
        str(port),
        "--no-browser",
        "--timeout",
        "2",
    )
    thread.join()
    assert answers == [400]
    assert result.code == 1
    assert result.err.count("\n") == 1 and "not finished" in result.err
    assert json.loads(cli("accounts", "list", "--json").out) == []

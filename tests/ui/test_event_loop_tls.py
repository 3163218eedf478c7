"""The app's event loop loads without the ssl module (ui/application.py
``load_asyncio``: bench/, 3), and TLS over it works once ``arm_tls`` ran:
a real TLS server and client on 127.0.0.1, in a process of their own (the
start changes what the process has imported)."""

from __future__ import annotations

import datetime as dt
import ipaddress
import subprocess
import sys
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

SCRIPT = """
import sys

from desktop_inbox.ui.application import arm_tls, load_asyncio

asyncio = load_asyncio()
print("ssl loaded with asyncio:", "ssl" in sys.modules)
cert, key, arm = sys.argv[1], sys.argv[2], sys.argv[3] == "arm"
if arm:
    arm_tls()
import ssl


async def echo(reader, writer):
    writer.write((await reader.readline()).upper())
    await writer.drain()
    writer.close()


async def main():
    server_side = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server_side.load_cert_chain(cert, key)
    server = await asyncio.start_server(echo, "127.0.0.1", 0, ssl=server_side)
    port = server.sockets[0].getsockname()[1]
    try:
        client_side = ssl.create_default_context(cafile=cert)
        reader, writer = await asyncio.open_connection("127.0.0.1", port, ssl=client_side)
        writer.write(b"over tls\\n")
        await writer.drain()
        print("answer:", (await reader.readline()).decode().strip())
        writer.close()
    except Exception as exc:
        print("failed:", type(exc).__name__, exc)
    finally:
        server.close()


asyncio.run(main())
"""


def _certificate(folder: Path) -> tuple[Path, Path]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
        .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False)
        .sign(key, hashes.SHA256())
    )  # fmt: skip
    cert_file, key_file = folder / "cert.pem", folder / "key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return cert_file, key_file


def _run(tmp_path: Path, arm: str) -> list[str]:
    cert, key = _certificate(tmp_path)
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(cert), str(key), arm], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout.splitlines()


def test_tls_over_the_event_loop_works_once_armed(tmp_path: Path) -> None:
    assert _run(tmp_path, "arm") == ["ssl loaded with asyncio: False", "answer: OVER TLS"]


def test_without_arming_the_loop_has_no_tls(tmp_path: Path) -> None:
    # (What arm_tls is for: asyncio's modules kept ssl = None.)
    lines = _run(tmp_path, "no")
    assert lines[0] == "ssl loaded with asyncio: False"
    assert lines[1] == "failed: RuntimeError stdlib ssl module not available", lines

"""Start-up time to a visible main window: the built app against
``python -m desktop_inbox``, on a virtual screen (Xvfb), both with an empty
profile and with the demo workspace.

    python3 packaging/measure_startup.py [--runs 5] [--cold] [--app dist/desktop-inbox/desktop-inbox]

Each run starts the program, polls the X server every 20 ms for a visible
window of class desktop-inbox, then stops it with SIGTERM (a clean quit).
The first run of each is reported apart: it may pay for a cold disk cache.
--cold empties the kernel's page cache before every run (root only), as
after a reboot.
Run from the repository's root (it uses tests/helpers).
"""

from __future__ import annotations

import argparse
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.helpers.keyring_session import KeyringSession  # noqa: E402
from tests.helpers.xvfb import Xvfb  # noqa: E402


def drop_page_cache() -> None:
    os.sync()
    Path("/proc/sys/vm/drop_caches").write_text("3\n")


class DisplayRefused(RuntimeError):
    """Xvfb dropped the program's connection (see tests/helpers/xvfb.py)."""


def time_to_window(command: list[str], env: dict[str, str], xvfb: Xvfb, *, cold: bool) -> float:
    for _attempt in range(3):
        try:
            return _time_to_window(command, env, xvfb, cold=cold)
        except DisplayRefused:
            continue
    raise RuntimeError("the X server refused the program's connection three times")


def _time_to_window(command: list[str], env: dict[str, str], xvfb: Xvfb, *, cold: bool, timeout: float = 60) -> float:
    if cold:
        drop_page_cache()
    with tempfile.TemporaryDirectory(prefix="desktop-inbox-startup-") as tmp:
        args = [*command, "--settings-dir", f"{tmp}/qt"]
        if "--demo" not in command:
            args += ["--data-dir", f"{tmp}/data"]
        log = Path(tmp) / "output.txt"
        with log.open("w") as output:
            started = time.monotonic()
            app = subprocess.Popen(args, env=env, cwd=tmp, stdout=output, stderr=subprocess.STDOUT)
        try:
            while not xvfb.xdotool("search", "--onlyvisible", "--class", "^desktop-inbox$"):
                if app.poll() is not None:
                    if "could not connect to display" in log.read_text():
                        raise DisplayRefused()
                    raise RuntimeError(f"{args[0]} exited with {app.returncode} before showing a window:\n{log.read_text()}")
                if time.monotonic() - started > timeout:
                    raise RuntimeError(f"{args[0]} showed no window in {timeout:.0f}s:\n{log.read_text()}")
                time.sleep(0.02)
            elapsed = time.monotonic() - started
            app.send_signal(signal.SIGTERM)
            if app.wait(timeout=30) != 0:
                raise RuntimeError(f"{args[0]} quit with {app.returncode}:\n{log.read_text()}")
            return elapsed
        finally:
            if app.poll() is None:
                app.kill()
                app.wait()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--cold", action="store_true", help="empty the page cache before each run (root)")
    parser.add_argument("--app", type=Path, default=ROOT / "dist" / "desktop-inbox" / "desktop-inbox")
    args = parser.parse_args()
    if not os.access(args.app, os.X_OK):
        print(f"measure_startup: no built app at {args.app} (bash packaging/build.sh)", file=sys.stderr)
        return 2
    programs = {
        "built app": [str(args.app)],
        "python -m desktop_inbox": [sys.executable, "-m", "desktop_inbox"],
    }
    keyring = KeyringSession()
    xvfb = Xvfb()
    try:
        env = dict(xvfb.env, **keyring.env)
        env["PYTHONPATH"] = str(ROOT)  # python -m: this checkout's package
        print(f"{'program':26} {'profile':8} {'first':>7} {'median':>7} {'min':>7}   (seconds to the main window, {args.runs} runs{', cold cache' if args.cold else ''})")
        for mode, extra in (("empty", []), ("demo", ["--demo"])):
            for name, command in programs.items():
                times = [time_to_window([*command, *extra], env, xvfb, cold=args.cold) for _ in range(args.runs)]
                rest = times[1:] or times
                print(f"{name:26} {mode:8} {times[0]:7.2f} {statistics.median(rest):7.2f} {min(rest):7.2f}", flush=True)
    finally:
        xvfb.close()
        keyring.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

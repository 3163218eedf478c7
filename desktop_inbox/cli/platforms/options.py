"""What the ``accounts add PLATFORM`` commands that sign in through a browser share."""

from __future__ import annotations

import argparse
import os
import platform

from desktop_inbox.services.accounts import HISTORY_CHOICES


def add_signin_options(parser: argparse.ArgumentParser) -> None:
    """Options every ``accounts add PLATFORM`` shares."""
    parser.add_argument(
        "--history", choices=list(HISTORY_CHOICES), default="3m", help="how far back to import (default 3m)"
    )
    parser.add_argument("--no-browser", action="store_true", help="print the sign-in page instead of opening it")
    parser.add_argument("--timeout", type=float, default=600, help="seconds to wait for the browser sign-in")


def has_browser() -> bool:
    if os.environ.get("CI"):
        return False
    if platform.system() == "Linux":
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True

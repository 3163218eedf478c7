"""A keyring that waits for an unlock prompt nobody answers must not keep a
quitting app alive.

Secret Service prompts have no timeout: a locked collection makes
``get_password`` wait for the user. The sync gives up after its own timeout,
but the thread stays blocked, and a thread from asyncio's pool is joined when
the event loop closes and when Python exits: a CI run saw the app ask to quit
and never exit, with four keyring threads blocked in ``exec_prompt``.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = textwrap.dedent(
    """
    import asyncio, sys, threading
    import qasync
    from PySide6.QtWidgets import QApplication
    from desktop_inbox.secrets import Secrets, off_thread

    class UnansweredPrompt(Secrets):
        def load(self, ref):
            threading.Event().wait()  # the user never unlocks the keyring

    async def main():
        try:
            await asyncio.wait_for(off_thread(UnansweredPrompt().load, "mastodon:1"), 0.3)
        except asyncio.TimeoutError:
            print("gave up waiting for the keyring", flush=True)
        return 0

    app = QApplication(sys.argv[:1])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with loop:  # closing the loop shuts its executor down
        code = loop.run_until_complete(main())
    print("quit", flush=True)
    sys.exit(code)
    """
)


def test_an_unanswered_keyring_prompt_does_not_keep_the_app_from_quitting() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["gave", "up", "waiting", "for", "the", "keyring", "quit"]
    assert time.monotonic() - started < 30

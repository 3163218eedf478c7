"""The desktop app: one QApplication, one qasync loop, ordered start and stop.

Start-up opens the cache and shows the window with the first page of the
conversation list; nothing on the way waits for the network. Sync runs on the
same loop and never blocks it: database work goes to the cache's threads.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import signal
import sys
from collections.abc import Sequence
from pathlib import Path

from desktop_inbox import APP_ID, APP_NAME, DESKTOP_ID, __version__, logging_setup
from desktop_inbox.errors import InboxError
from desktop_inbox.paths import default_data_dir
from desktop_inbox.secrets import SandboxSecrets, Secrets
from desktop_inbox.services.accounts import AccountService
from desktop_inbox.services.composer import ComposerService
from desktop_inbox.services.inbox import Inbox
from desktop_inbox.store.db import Cache
from desktop_inbox.sync.engine import SyncEngine

log = logging.getLogger("desktop_inbox.ui")


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog=APP_ID, add_help=False)
    parser.add_argument("--demo", action="store_true")
    parser.add_argument("--data-dir")
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--appearance", choices=["system", "light", "dark"])
    parser.add_argument("--settings-dir", help=argparse.SUPPRESS)  # tests: a private QSettings folder
    parser.add_argument("--sync-interval", type=float, help=argparse.SUPPRESS)
    args, _qt = parser.parse_known_args(argv)
    return args


def run_gui(argv: Sequence[str]) -> int:
    args = parse_args(argv)
    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication
    import qasync

    from desktop_inbox.resources import icon_path

    QCoreApplication.setOrganizationName(APP_ID)
    QCoreApplication.setApplicationName(APP_ID)
    QCoreApplication.setApplicationVersion(__version__)
    if args.settings_dir:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, args.settings_dir)
    app = QApplication([sys.argv[0]])
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName(DESKTOP_ID)  # X11's WM_CLASS stays APP_ID (the application name)
    app.setWindowIcon(QIcon(str(icon_path())))
    app.setStyle("Fusion")
    app.setQuitOnLastWindowClosed(False)  # the window quits explicitly; the tray may stay
    from desktop_inbox.ui.gc_guard import MainThreadGarbageCollector

    collector = MainThreadGarbageCollector(app)
    # The Qt thread shares the interpreter with the cache's threads and the
    # connectors' parsing: let it take the GIL back within a millisecond
    # instead of Python's default 5 ms (frames are 16 ms).
    sys.setswitchinterval(0.001)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with loop:
        code = loop.run_until_complete(_main(app, args))
    collector.stop()
    app.processEvents()
    return code


async def _main(app, args: argparse.Namespace) -> int:  # type: ignore[no-untyped-def]
    from desktop_inbox.ui import appearance
    from desktop_inbox.ui.context import AppContext
    from desktop_inbox.ui.mainwindow import MainWindow, report_startup_error
    from desktop_inbox.ui.settings import Settings
    from desktop_inbox.ui.tasks import cancel_all

    demo = None
    if args.demo:
        from desktop_inbox.ui.demo import DemoWorkspace

        demo = DemoWorkspace()
        data_dir = demo.data_dir
        secrets: Secrets = SandboxSecrets()
    else:
        data_dir = Path(args.data_dir).expanduser() if args.data_dir else default_data_dir()
        secrets = Secrets()
    logging_setup.setup(data_dir=data_dir, verbose=args.verbose)
    settings = Settings()
    appearance.apply(args.appearance or settings.get("appearance"))
    try:
        cache = Cache(data_dir)
    except InboxError as exc:
        report_startup_error(exc)
        return 1
    interval = args.sync_interval or (15.0 if demo else float(settings.get("sync_interval")))
    # The demo imports its whole (small) history in the first cycle.
    engine = SyncEngine(
        cache=cache, secrets=secrets, poll_interval=interval, history_pages_per_cycle=50 if demo else 10
    )
    ctx = AppContext(
        data_dir=data_dir,
        cache=cache,
        secrets=secrets,
        inbox=Inbox(cache),
        accounts=AccountService(cache, secrets),
        engine=engine,
        composer=ComposerService(cache),
        demo=demo is not None,
        demo_server=demo.server if demo else None,
    )
    stop = asyncio.Event()
    ctx.request_quit = stop.set
    window = MainWindow(ctx, settings)
    window.show()
    window.start()
    if os.environ.get("DESKTOP_INBOX_BENCH"):  # bench/run.py watches start-up, stalls, memory
        from desktop_inbox.ui import benchhook

        benchhook.install(window)

    # Ctrl+C and SIGTERM quit cleanly. Python runs signal handlers only when
    # it gets control, so a timer hands it control twice a second.
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: stop.set())
    from PySide6.QtCore import QTimer

    wake_python = QTimer(app)
    wake_python.timeout.connect(lambda: None)
    wake_python.start(500)
    if demo is not None:
        await demo.sign_in(ctx.accounts)
        demo.start_live(engine)
    sync_task = asyncio.create_task(engine.run(stop), name="sync")
    log.info("%s %s started with %s", APP_NAME, __version__, data_dir)
    await stop.wait()

    # Ordered shutdown, inside the loop: window, sync, tasks, then the cache.
    window.save_state()
    window.tray.icon.hide()
    window.hide()
    await engine.shutdown()
    sync_task.cancel()
    try:
        await sync_task
    except (asyncio.CancelledError, Exception):  # noqa: BLE001 - shutting down
        pass
    await cancel_all()
    cache.close()
    if demo is not None:
        demo.close()
    window.deleteLater()
    log.info("%s stopped", APP_NAME)
    return 0

"""The desktop app: one QApplication, one qasync loop, ordered start and stop.

Start-up opens the cache and paints the window with the first page of the
conversation list before anything else loads: the event loop's machinery
(asyncio, qasync), the sync engine and its connectors come after it, and
nothing on the way waits for the network. Sync runs on the loop and never
blocks it: database work goes to the cache's threads.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import logging
import os
import signal
import sys
from collections.abc import Awaitable, Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_inbox import APP_ID, APP_NAME, DESKTOP_ID, __version__, logging_setup, watchdog
from desktop_inbox.errors import BadInput, CacheBusy, CacheDamaged, InboxError
from desktop_inbox.paths import default_data_dir, prepare_data_dir
from desktop_inbox.secrets import SandboxSecrets, Secrets
from desktop_inbox.services.inbox import Inbox
from desktop_inbox.text.untrusted import one_line

if TYPE_CHECKING:
    import asyncio

    from desktop_inbox.services.values import Cache
    from desktop_inbox.ui.context import AppContext
    from desktop_inbox.ui.demo import DemoWorkspace
    from desktop_inbox.ui.mainwindow import MainWindow
    from desktop_inbox.ui.opening import OpeningWindow
    from desktop_inbox.ui.settings import Settings
    from desktop_inbox.ui.single_instance import SingleInstance

log = logging.getLogger("desktop_inbox.ui")


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog=APP_ID, add_help=False)
    parser.add_argument("--demo", action="store_true")
    parser.add_argument("--data-dir")
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--appearance", choices=["system", "light", "dark"])
    parser.add_argument("--language", choices=["system", "en", "el", "zh_CN", "pseudo"])
    parser.add_argument("--settings-dir", help=argparse.SUPPRESS)  # tests: a private QSettings folder
    parser.add_argument("--sync-interval", type=float, help=argparse.SUPPRESS)
    parser.add_argument("--backup-delay", type=float, default=None, help=argparse.SUPPRESS)  # tests
    args, _qt = parser.parse_known_args(argv)
    return args


def interface_language(args: argparse.Namespace, settings: Settings) -> str:
    """The interface's language at this start: ``--language``, else the one
    chosen in Preferences (the ``language`` setting); "" follows the system."""
    language = str(args.language or settings.get("language"))
    return "" if language == "system" else language


RESTART = -1  # _main's answer when the app must start again (after a restore)

# How long the start waits for the window system to show the window before
# it goes on regardless (a window manager that never maps it, say).
FIRST_PAINT_WAIT_MS = 2000

# Past these, every thread's stack goes to the log (desktop_inbox.watchdog):
# a start takes a few seconds even on a loaded machine, a quit one or two.
START_WATCH = "the start"
START_WATCH_SECONDS = 45.0
QUIT_WATCH = "the quit"
QUIT_WATCH_SECONDS = 20.0


def restart_command(argv: Sequence[str]) -> list[str]:
    if getattr(sys, "frozen", False):  # the PyInstaller app
        return [sys.executable, *argv]
    return [sys.executable, "-m", "desktop_inbox", *argv]


def run_gui(argv: Sequence[str]) -> int:
    """The desktop app: the exit status of a start that ends early; once its
    window opened, the process ends in here, after the ordered shutdown."""
    args = parse_args(argv)
    _lighter_feature_check()
    from PySide6.QtCore import QCoreApplication, QSettings

    _without_feature_imports()
    from PySide6.QtWidgets import QApplication

    from desktop_inbox.ui.platform_theme import platform_theme

    theme = platform_theme(os.environ)
    if theme is not None:
        os.environ["QT_QPA_PLATFORMTHEME"] = theme  # (the portal's file dialog: ui/files.py)
    QCoreApplication.setOrganizationName(APP_ID)
    QCoreApplication.setApplicationName(APP_ID)
    QCoreApplication.setApplicationVersion(__version__)
    if args.settings_dir:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, args.settings_dir)
    app = _application(QApplication)
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName(DESKTOP_ID)  # X11's WM_CLASS stays APP_ID (the application name)
    app.setStyle("Fusion")
    app.setQuitOnLastWindowClosed(False)  # the window quits explicitly; the tray may stay
    from desktop_inbox.ui.gc_guard import MainThreadGarbageCollector

    collector = MainThreadGarbageCollector(app)
    # The Qt thread shares the interpreter with the cache's threads and the
    # connectors' parsing: let it take the GIL back within a millisecond
    # instead of Python's default 5 ms (frames are 16 ms).
    sys.setswitchinterval(0.001)
    # Ctrl+C and SIGTERM quit cleanly from the moment the window can show.
    quit_request = _QuitRequest()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, quit_request)
    start = _open(args, quit_request)
    if isinstance(start, int):
        watchdog.done(START_WATCH)
        collector.stop()
        return start
    if start.window is not None:
        _paint(app, start.window)
        start.window.build_rest()
    # The event loop's machinery loads once the first page is on screen.
    import asyncio

    import qasync

    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with loop:
        code = loop.run_until_complete(_main(app, args, start, quit_request))
    collector.stop()
    app.processEvents()
    _written(start.settings)
    if code == RESTART:
        # A restore replaced the cache: start again on it (locks and the
        # local socket were released; exec closes every other descriptor).
        os.execv(sys.executable, restart_command(argv))
    # The shutdown is done: the process ends here. Python's own exit would
    # wait for, or kill where they stand, the threads still in a keyring
    # call (one per account at a quick quit; a Secret Service prompt may
    # never be answered); now and then such an exit aborted after a clean
    # shutdown (glibc: "FATAL: exception not rethrown", status -6).
    os._exit(code)


def _set_app_icon(app: Any) -> None:
    """The app's icon, on every window it has and will have."""
    from PySide6.QtGui import QIcon

    from desktop_inbox.resources import icon_path

    app.setWindowIcon(QIcon(str(icon_path())))


def _lighter_feature_check() -> None:
    """PySide6 asks of every module imported after it whether its source
    names PySide6 (for its ``__feature__`` switches, which this app does not
    use), through ``inspect.getsource``: ~0.2 ms a module, and some 250 of
    ours and the standard library's load before the window answers a key
    (bench/, 3). The same question, answered from the file's bytes; any
    module that is not a plain source file is left to PySide's own check.

    Asked before Qt's first module loads: PySide's package loads the check,
    and Qt's first module asks it of every module loaded so far (some 100
    of ours and the standard library's).

    (Once Qt's first module has loaded, ``_without_feature_imports`` stops
    the question for the modules that load after.)

    The standard library's files are not read: none of them names PySide6
    (some 60 modules, 1.5 MB, ~2 ms at each start). Its folder may hold
    site-packages (a Python built from source, a virtual environment's
    base): those are read as any other."""
    import PySide6  # noqa: F401  (shibokensupport.feature, not yet any Qt module)

    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or original is None or getattr(original, "lighter", False):
        return
    stdlib = os.path.join(os.path.dirname(os.__file__), "")

    def uses_pyside(module: Any) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            if path.startswith(stdlib) and "-packages" not in path[len(stdlib) :]:
                return False
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return bool(original(module))

    uses_pyside.lighter = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]


def _without_feature_imports() -> None:
    """Python's own import statement back, in place of PySide's.

    Qt's first module replaces ``builtins.__import__`` with PySide's, which
    runs Python code at every import statement (for ``from __feature__
    import ...``, which this app never writes) and, for each new module,
    asks whether its source names PySide6 (``_lighter_feature_check``):
    ~1 µs a statement and ~20 µs a module, some 5 ms of a start that loads
    300 modules before the window answers its first key (bench/, 3). Its
    import underneath (Qt's lazy loading of its types) stays. Without a
    feature selected, PySide treats a module it was not told about as one
    without features: what every module of the app is."""
    import builtins

    ours, pysides = getattr(builtins, "__orig_import__", None), getattr(builtins, "__feature_import__", None)
    if ours is not None and pysides is not None and builtins.__import__ is pysides:
        builtins.__import__ = ours


def _written(settings: Settings) -> None:
    """What the app keeps is on disk before the process ends or execs
    (neither runs destructors): its settings, its log, the standard streams."""
    settings.q.sync()
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):
            stream.flush()


def _application(application_class: Any) -> Any:
    """The QApplication, or one line and exit status 1 when there is no
    display to open a window on (over SSH, in a container).

    Qt's platform plugin would abort the process there (status 134) after a
    hint that is usually beside the point ("xcb-cursor0 is needed", though it
    is installed). Its messages are held back while the application starts:
    the fatal one becomes one line; the others are printed as Qt would."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    held: list[str] = []

    def hold(kind: QtMsgType, context: Any, message: str) -> None:
        if kind != QtMsgType.QtFatalMsg:
            held.append(f"{context.category}: {message}" if context.category else message)
            return
        print(f"{APP_ID}: {_no_window_reason(held, message)}", file=sys.stderr, flush=True)
        os._exit(1)  # (Qt aborts when this returns)

    qInstallMessageHandler(hold)
    try:
        app = application_class([sys.argv[0]])
    finally:
        qInstallMessageHandler(None)
    for message in held:
        print(message, file=sys.stderr)
    return app


NO_WINDOW_HINT = f"the command line works without one: {APP_ID} --help"


def _no_window_reason(messages: list[str], fatal: str) -> str:
    said = "\n".join(messages)
    display = os.environ.get("WAYLAND_DISPLAY") or os.environ.get("DISPLAY")
    if not display:
        return f"there is no display to open a window on (DISPLAY is not set); {NO_WINDOW_HINT}"
    if "could not connect to display" in said or "wl_display" in said:
        return f"could not connect to display {display}: there is no display to open a window on; {NO_WINDOW_HINT}"
    # Something else: Qt's own words, on one line.
    detail = " ".join(line.strip() for line in [*messages, fatal.splitlines()[0]] if line.strip())
    return f"could not open a window on display {display} ({detail}); {NO_WINDOW_HINT}"


class _Start:
    """What the start before the event loop opened (the window if it could).
    (A plain class: a dataclass's generated code costs the start ~0.3 ms.)"""

    def __init__(
        self,
        data_dir: Path,
        secrets: Secrets,
        settings: Settings,
        instance: SingleInstance,
        demo: DemoWorkspace | None,
        quit_request: _QuitRequest,
    ) -> None:
        self.data_dir = data_dir
        self.secrets = secrets
        self.settings = settings
        self.instance = instance
        self.demo = demo
        self.quit_request = quit_request
        self.damage: str | None = None  # why the cache did not open (recovered on the loop)
        self.ctx: AppContext | None = None
        self.window: MainWindow | None = None


def _open(args: argparse.Namespace, quit_request: _QuitRequest) -> _Start | int:
    """Everything up to the window with its first page, on this thread and
    before any event loop: the folder, the log, one app per folder, the cache
    (a damaged one is left to the loop, whose dialogs offer a backup). An int
    is the exit code of a start that ends here."""
    from PySide6.QtCore import QCoreApplication

    from desktop_inbox.ui import appearance, i18n
    from desktop_inbox.ui.settings import Settings
    from desktop_inbox.ui.single_instance import SingleInstance

    demo = None
    if args.demo:
        from desktop_inbox.ui.demo import DemoWorkspace

        demo = DemoWorkspace()
        data_dir = demo.data_dir
        secrets: Secrets = SandboxSecrets()
    else:
        try:
            data_dir = prepare_data_dir(Path(args.data_dir) if args.data_dir else default_data_dir())
        except BadInput as exc:  # a file, a path under /proc: said before anything is written
            report_startup_error(exc)
            return 2
        secrets = Secrets()
    logging_setup.setup(data_dir=data_dir, verbose=args.verbose)
    watchdog.install(logging_setup.log_file(data_dir))
    watchdog.watch(START_WATCH, START_WATCH_SECONDS)
    if demo is not None and args.data_dir:
        log.warning("--data-dir %s is ignored: the demo works in a throwaway folder, %s", args.data_dir, data_dir)
    settings = Settings()
    appearance.apply(args.appearance or settings.get("appearance"))
    i18n.install(QCoreApplication.instance(), interface_language(args, settings))
    # One app per data folder: a second start brings the first forward.
    instance = SingleInstance(data_dir)
    if not instance.claim():
        if instance.hand_over():
            log.info("%s is already open on %s: handed over to it", APP_NAME, data_dir)
            return 0
        if not instance.claim():
            said = QCoreApplication.translate("Application", "%1 is already open on %2, but does not answer.")
            report_startup_error(CacheBusy(i18n.arg(said, APP_NAME, data_dir)))
            return 1
    start = _Start(data_dir, secrets, settings, instance, demo, quit_request)
    from desktop_inbox.services.opening import open_cache
    from desktop_inbox.ui.opening import open_showing_progress

    try:
        # (Off this thread: an update of the cache can take a minute, and a
        # window says so meanwhile; a second start then finds it, not an
        # app that "does not answer".)
        cache = open_showing_progress(
            lambda on_migrate: open_cache(data_dir, secrets, switching=True, on_migrate=on_migrate),
            while_shown=functools.partial(_answer_while_opening, instance),
        )
    except CacheDamaged as exc:
        start.damage = i18n.say(exc)
        return start
    except InboxError as exc:
        report_startup_error(exc)
        instance.close()
        return 1
    start.ctx, start.window = _window(args, start, cache, rest_later=True)
    # Shown first: the window system maps it while the first page is read.
    start.window.show()
    start.window.show_first_page()
    return start


def _answer_while_opening(instance: SingleInstance, window: OpeningWindow) -> None:
    """A slow opening listens for second starts early (the app otherwise
    does once its window answers input), and brings its window forward."""
    import shiboken6

    def come_forward() -> None:
        if shiboken6.isValid(window):  # (gone once the cache is open: the main window answers then)
            window.come_forward()

    instance.listen()
    instance.activated.connect(come_forward)


def _window(
    args: argparse.Namespace, start: _Start, cache: Cache, *, rest_later: bool = False
) -> tuple[AppContext, MainWindow]:
    from desktop_inbox.ui.context import AppContext
    from desktop_inbox.ui.mainwindow import MainWindow

    demo = start.demo
    interval = args.sync_interval or (15.0 if demo else float(start.settings.get("sync_interval")))

    ctx = AppContext(
        data_dir=start.data_dir,
        cache=cache,
        secrets=start.secrets,
        inbox=Inbox(cache),
        # The engine is built once the event loop runs; the demo imports its
        # whole (small) history in the first cycle.
        sync_settings={"poll_interval": interval, "history_pages_per_cycle": 50 if demo else 10},
        demo=demo is not None,
        demo_server=demo.server if demo else None,
        # (A quit asked for before the event loop runs, Ctrl+Q or closing the
        # window as soon as it shows, is remembered until the loop runs.)
        request_quit=start.quit_request,
    )
    window = MainWindow(ctx, start.settings, rest_later=rest_later)
    start.instance.activated.connect(window.bring_forward)
    if os.environ.get("DESKTOP_INBOX_BENCH"):  # bench/run.py watches start-up, stalls, memory
        from desktop_inbox.ui import benchhook

        benchhook.install(window)
    return ctx, window


def _paint(app: Any, window: MainWindow) -> None:
    """Let the window system show the window and Qt paint it, before the
    event loop exists (as a splash screen would; user input waits)."""
    from PySide6.QtCore import QEventLoop, QTimer

    give_up = QTimer()
    give_up.setSingleShot(True)
    give_up.start(FIRST_PAINT_WAIT_MS)  # (its timeout also wakes the wait below)
    flags = QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents
    while give_up.isActive():
        handle = window.windowHandle()
        if handle is not None and handle.isExposed():
            break
        app.processEvents(flags | QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    give_up.stop()
    app.processEvents(flags)  # the paint that exposing asked for
    window.first_page_painted()


def report_startup_error(exc: InboxError) -> None:
    """What ends a start: one line on stderr, and a message box the user takes
    the time they need to read (none where no one can see it: offscreen)."""
    from desktop_inbox.ui.mainwindow import report_startup_error as show

    watchdog.done(START_WATCH)
    sys.stderr.write(one_line(f"{APP_ID}: error: {exc}", limit=1000) + "\n")
    if os.environ.get("QT_QPA_PLATFORM", "") not in ("offscreen", "minimal"):
        show(exc)


class _QuitRequest:
    """Quitting, asked for by a signal or by the window: it asks the loop to
    quit, or, before the loop runs, remembers that it was asked (a request
    then was once lost, and the app stayed in its loop for good)."""

    def __init__(self) -> None:
        self.asked = False
        self._stop: asyncio.Event | None = None

    def __call__(self, *_args: object) -> None:
        if not self.asked:
            watchdog.watch(QUIT_WATCH, QUIT_WATCH_SECONDS)
        self.asked = True
        if self._stop is not None:
            self._stop.set()

    def attach(self, stop: asyncio.Event) -> None:
        self._stop = stop
        if self.asked:
            stop.set()


async def _main(app, args: argparse.Namespace, start: _Start, quit_request: _QuitRequest) -> int:  # type: ignore[no-untyped-def]
    import asyncio

    from desktop_inbox.ui.backup_actions import RESTORE_KEY
    from desktop_inbox.ui.mainwindow import START_REST_AFTER_MS
    from desktop_inbox.ui.tasks import cancel_all

    instance, demo, data_dir, secrets = start.instance, start.demo, start.data_dir, start.secrets
    stop = asyncio.Event()
    quit_request.attach(stop)
    # A second start finds this one once it listens: a moment after the window
    # answers input (QtNetwork loads then); until then it waits for it.
    asyncio.get_running_loop().call_later(SYNC_START_DELAY, instance.listen)
    if start.window is None or start.ctx is None:
        # The cache is damaged: offer the latest backup, then start as usual.
        _set_app_icon(app)  # (the recovery's dialogs have it from the first)
        watchdog.done(START_WATCH)  # (the user takes the time they need)
        from desktop_inbox.ui import recovery

        try:
            cache = await recovery.recover(data_dir, secrets, start.damage or "")
        except InboxError as exc:
            report_startup_error(exc)
            instance.close()
            return 1
        if cache is None:  # the user chose to quit rather than recover
            instance.close()
            return 0
        ctx, window = _window(args, start, cache)
        window.show()
        window.start()
        listed = asyncio.Event()
        window.first_page_shown.connect(listed.set)
        await _until(listed, stop, timeout=START_REST_AFTER_MS / 1000)
    else:
        ctx, window = start.ctx, start.window
        window.start_rest()
        # The app's icon (every window's, the taskbar's) is an SVG: Qt's SVG
        # icon engine loads for it (~2.5 ms). It comes once the window
        # answers input, with the other things that wait for that moment.
        asyncio.get_running_loop().call_later(SYNC_START_DELAY, _set_app_icon, app)
    # (The sync service and its modules load when the sync starts, a moment
    # after the window answers input; a demo's signs in at once.)
    cache = ctx.cache

    # Python runs signal handlers only when it gets control, so a timer
    # hands it control twice a second.
    from PySide6.QtCore import QTimer

    wake_python = QTimer(app)
    wake_python.timeout.connect(lambda: None)
    wake_python.start(500)
    if demo is not None:
        await demo.sign_in(ctx.accounts, ctx.listening)
        await demo.seed(ctx.composer)
        window.conversation.reload_snippets()
        demo.start_live(ctx.sync)
    # A team's inbox: this computer's copy is read while the server is away
    # (at start, or from when it goes), the team's database once it is back.
    switch = ctx.services.team_switch
    if switch is not None:
        switch.switched.subscribe(_while_shown(window, window.on_team_switched))
        switch_task = asyncio.create_task(switch.run(), name="team switch")
        # Nothing syncs until the team's database is in use.
        sync_task = asyncio.create_task(_sync(ctx, stop, window, ready=switch.until_team), name="sync")
    elif getattr(cache, "offline", False):
        # The team server was away at start: the copy is read, nothing syncs.
        window.show_offline_copy(getattr(cache, "refreshed_at", None))
        sync_task = asyncio.create_task(stop.wait(), name="sync")
    else:
        sync_task = asyncio.create_task(_sync(ctx, stop, window), name="sync")
    delay = {"delay": args.backup_delay} if args.backup_delay is not None else {}
    backup_task = asyncio.create_task(_automatic_backups(ctx, stop, window, delay), name="backups")
    tasks = [sync_task, backup_task]
    if switch is not None:
        tasks.append(switch_task)
    if cache.shared:  # a team's database: keep this computer's copy of it for the plane
        tasks.append(asyncio.create_task(ctx.team_copy.keep_fresh(cache), name="team copy"))
    log.info("%s %s started with %s", APP_NAME, __version__, data_dir)
    watchdog.done(START_WATCH)
    await stop.wait()

    # Ordered shutdown, inside the loop: window, sync, tasks, then the cache.
    # Each step is bounded: a connection that never answers must not keep a
    # quitting app alive (the log names the step that had to be cut short).
    # The watch stays on until the process is gone: Python's exit joins
    # threads too.
    log.info("quitting")
    watchdog.watch(QUIT_WATCH, QUIT_WATCH_SECONDS)
    window.save_state()
    if hasattr(window, "tray"):  # (a quit before the quiet start: none was built)
        window.tray.icon.hide()
    window.hide()
    if ctx.services.sync_built:  # (not built just to be stopped: a quit right after the start)
        await _bounded("stopping the sync", ctx.sync.shutdown())
    if cache.shared and not getattr(cache, "offline", False):
        # This computer's copy of the team's inbox as it is now, not as of
        # its last minutely refresh: what is read on the plane next.
        await _bounded("refreshing the team's copy", asyncio.to_thread(ctx.team_copy.refresh_now))
    for task in tasks:
        task.cancel()
        await _bounded(f"ending the {task.get_name()} task", task)
    await _bounded("ending the window's tasks", cancel_all())
    cache.close()
    code = 0
    restore_from = ctx.extras.get(RESTORE_KEY)
    if restore_from is not None:
        # The cache is closed and the folder still ours: replace it now.
        from desktop_inbox.services.backup import restore as restore_backup

        result = await asyncio.to_thread(restore_backup, data_dir, restore_from, secrets)
        log.info("restored %s; starting again", result.info.describe())
        code = RESTART
    instance.close()
    if demo is not None:
        demo.close()
    window.deleteLater()
    log.info("%s stopped", APP_NAME)
    return code


SHUTDOWN_STEP_SECONDS = 10.0


async def _until(event: asyncio.Event, stop: asyncio.Event, *, timeout: float) -> None:
    """Wait for ``event`` (at most ``timeout`` seconds), or for the app to quit first."""
    import asyncio

    waits = [asyncio.ensure_future(event.wait()), asyncio.ensure_future(stop.wait())]
    try:
        await asyncio.wait(waits, timeout=timeout, return_when=asyncio.FIRST_COMPLETED)
    finally:
        for wait in waits:
            wait.cancel()


async def _bounded(what: str, step: Awaitable[object]) -> None:
    import asyncio

    try:
        await asyncio.wait_for(step, SHUTDOWN_STEP_SECONDS)
    except TimeoutError:
        log.warning("shutdown: %s took over %.0f s; quitting anyway", what, SHUTDOWN_STEP_SECONDS)
    except (asyncio.CancelledError, Exception):
        log.debug("shutdown: %s ended with an error", what, exc_info=True)


# The sync engine (its modules, connectors and first requests) starts this
# long after the window answers input: a key pressed on the new window is
# answered before, not behind, all of that (bench/, 3), and a quarter second
# is nothing to a first sync that waits on the network.
SYNC_START_DELAY = 0.25


async def _automatic_backups(ctx: AppContext, stop: asyncio.Event, window: MainWindow, delay: dict[str, float]) -> None:
    """The automatic backups (the first waits a while anyway): their
    service and modules load once the window answers input, as the sync's."""
    import asyncio

    await asyncio.sleep(SYNC_START_DELAY)
    await ctx.backups.run_automatic(stop, on_error=window.on_backup_failed, **delay)


def _while_shown(window: MainWindow, forward: Callable[[bool], None]) -> Callable[[bool], None]:
    import shiboken6

    def listener(value: bool) -> None:
        if shiboken6.isValid(window):
            forward(value)

    return listener


async def _sync(
    ctx: AppContext, stop: asyncio.Event, window: MainWindow, *, ready: Callable[[], Awaitable[None]] | None = None
) -> None:
    """Run the sync once this app holds the folder's sync lock (a command-line
    sync may have it for a while); ``ready``: once that returns (a team's
    app that started on this computer's copy: once the server is back)."""
    import asyncio

    if ready is not None:
        await ready()

    from PySide6.QtCore import QCoreApplication

    def busy() -> None:
        window.show_info(QCoreApplication.translate(
            "Application", "A command-line sync is running on this data folder; this window syncs when it ends."
        ))

    await asyncio.sleep(SYNC_START_DELAY)
    if not stop.is_set():
        await ctx.sync.run(stop, on_busy=busy)

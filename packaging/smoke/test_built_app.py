"""The built app (dist/desktop-inbox), as a user gets it: it starts, shows the
demo workspace, signs in through the real keyring, and quits cleanly."""

from __future__ import annotations

import configparser
import json
import os
import shutil
import subprocess
import time
from pathlib import Path

from desktop_inbox import APP_ID, DESKTOP_ID, __version__
from tests.helpers.mastodon import make_world
from tests.helpers.waiting import incoming_messages
from tests.helpers.xvfb import Xvfb

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"


def _wait(condition, timeout: float = 60, what: str = ""):  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out: {what}")
        time.sleep(0.1)


def _startup_wm_class() -> str:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(ROOT / "packaging" / "linux" / f"{DESKTOP_ID}.desktop", encoding="utf-8")
    return parser["Desktop Entry"]["StartupWMClass"]



def test_version_is_the_package_version(built_app: Path, tmp_path: Path) -> None:
    result = subprocess.run([str(built_app), "--version"], check=False, cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"{APP_ID} {__version__}"


def test_a_wheel_install_carries_the_icon(build_python: Path, tmp_path: Path) -> None:
    """packaging/build.sh installed the project into its venv with pip, not
    editable: the package there finds its resources without the checkout."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    script = "import desktop_inbox, desktop_inbox.resources as r; print(desktop_inbox.__file__); print(r.icon_path())"
    result = subprocess.run([str(build_python), "-c", script], check=False, cwd=tmp_path, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    package, icon = (Path(line) for line in result.stdout.split())
    assert "site-packages" in package.parts and package.parent != ROOT / "desktop_inbox"
    assert icon == package.parent / "resources" / "icons" / "desktop-inbox.svg"
    assert icon.is_file()


def test_demo_opens_shows_the_main_window_and_quits_cleanly(built_app: Path, tmp_path: Path, xvfb: Xvfb) -> None:
    env = dict(xvfb.env, TMPDIR=str(tmp_path))  # the demo workspace goes to TMPDIR
    log = tmp_path / "app.log"
    started = time.monotonic()
    command = [str(built_app), "--demo", "--settings-dir", str(tmp_path / "qt")]
    with xvfb.running_app(command, log, env=env, cwd=tmp_path) as app:
        shown_after = time.monotonic() - started
        # Found by its X11 class: the .desktop file's StartupWMClass names it.
        wm_class = _startup_wm_class()
        found = xvfb.xdotool("search", "--onlyvisible", "--class", f"^{wm_class}$").split()
        assert found, f"no visible window of class {wm_class} (exit status {app.poll()}):\n{log.read_text()}"
        window = found[0]
        assert "Desktop Inbox" in xvfb.xdotool("getwindowname", window)
        # The demo syncs from its local server (httpx, SQLite, the HTML
        # sanitiser, all frozen) and opens the longest-waiting customer.
        [workspace] = tmp_path.glob("desktop-inbox-demo-*")
        _wait(lambda: incoming_messages(workspace) > 10, what="the demo synced into the cache")
        _wait(lambda: not xvfb.xdotool("getwindowname", window).startswith("Demo workspace"), what="a conversation opened")
        time.sleep(0.5)
        shot = xvfb.screenshot(tmp_path / "packaged.png", window)
        assert shot.stat().st_size > 10_000
        ARTIFACTS.mkdir(exist_ok=True)
        shutil.copy(shot, ARTIFACTS / "packaged-main-window.png")

        xvfb.quit_app(window)
        assert app.wait(timeout=30) == 0, log.read_text()
        assert not workspace.exists(), "the demo workspace is removed on quit"
        print(f"\nbuilt app: main window after {shown_after:.2f}s")
    assert "Could not load the Qt platform plugin" not in log.read_text()


def test_cli_signs_in_through_the_keyring_and_syncs(built_app: Path, keyring_env: dict[str, str], tmp_path: Path) -> None:
    world = make_world()
    try:
        world.server.post(world.anna, "@shop do the sandals come in size 38?")

        def run(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
            return subprocess.run(
                [str(built_app), *args, "--data-dir", str(tmp_path / "data")],
                check=False, input=stdin, env=keyring_env, cwd=tmp_path, capture_output=True, text=True, timeout=120,
            )

        added = run("accounts", "add", "mastodon", "--instance", world.url, "--token-stdin", stdin=world.token + "\n")
        assert added.returncode == 0, added.stderr
        assert world.token not in added.stdout + added.stderr
        # A new process reads the token back from the keyring to sync.
        synced = run("sync", "--once")
        assert synced.returncode == 0, synced.stderr
        listed = run("conversations", "--json")
        assert listed.returncode == 0, listed.stderr
        assert "size 38" in json.dumps(json.loads(listed.stdout), ensure_ascii=False)
    finally:
        world.server.stop()


def test_install_sh_adds_and_removes_the_menu_entry(built_app: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    env = dict(os.environ, HOME=str(home))
    env.pop("XDG_DATA_HOME", None)
    install = built_app.parent / "install.sh"
    result = subprocess.run([str(install)], check=False, env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    share = home / ".local" / "share"
    entry = share / "applications" / f"{DESKTOP_ID}.desktop"
    text = entry.read_text(encoding="utf-8")
    assert f'Exec="{built_app}"\n' in text and f'Exec="{built_app}" --demo\n' in text
    check = subprocess.run(["desktop-file-validate", str(entry)], check=False, capture_output=True, text=True)
    assert check.returncode == 0 and not check.stdout.strip(), check.stdout
    assert (share / "icons" / "hicolor" / "48x48" / "apps" / f"{DESKTOP_ID}.png").is_file()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / f"{DESKTOP_ID}.svg").is_file()
    assert (share / "metainfo" / f"{DESKTOP_ID}.metainfo.xml").is_file()
    command = home / ".local" / "bin" / "desktop-inbox"
    version = subprocess.run([str(command), "--version"], check=False, env=env, capture_output=True, text=True, timeout=60)
    assert version.stdout.strip() == f"{APP_ID} {__version__}"  # the app runs through the symlink

    result = subprocess.run([str(install), "--uninstall"], check=False, env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    left = [p for p in home.rglob("*") if p.is_file() or p.is_symlink()]
    assert [p.name for p in left if p.name != "mimeinfo.cache"] == []

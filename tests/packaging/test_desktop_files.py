"""The Linux desktop files and icons: valid, and naming the same app.

One id everywhere (desktop_inbox.DESKTOP_ID): the .desktop file's name, its
icon, the AppStream id and launchable, the Flatpak app-id. The .desktop file's
StartupWMClass is what Qt puts in the X11 WM_CLASS (the application name,
APP_ID); the AppStream release is the package's version.
"""

from __future__ import annotations

import configparser
import re
import shutil
import struct
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desktop_inbox import APP_ID, APP_NAME, DESKTOP_ID, __version__

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / f"{DESKTOP_ID}.desktop"
METAINFO = LINUX / f"{DESKTOP_ID}.metainfo.xml"
FLATPAK = ROOT / "packaging" / "flatpak" / f"{DESKTOP_ID}.yml"
HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def _tool(name: str) -> str:
    path = shutil.which(name)
    assert path, f"{name} is missing: bash packaging/install-deps.sh --test installs it"
    return path


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_file_is_valid_and_names_the_app() -> None:
    result = subprocess.run([_tool("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr
    entry = _desktop_entry()
    assert entry["Name"] == APP_NAME
    assert entry["Icon"] == DESKTOP_ID
    assert entry["Exec"].split()[0] == APP_ID  # the console script / the built binary
    assert entry["StartupWMClass"] == APP_ID
    assert {"Network", "InstantMessaging"} <= set(entry["Categories"].strip(";").split(";"))
    assert "customers" in entry["Keywords"].split(";")


def test_metainfo_passes_appstreamcli_validate() -> None:
    result = subprocess.run(
        [_tool("appstreamcli"), "validate", "--no-net", "--pedantic", str(METAINFO)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    # Pedantic remarks are fine (the id has capitals, as Flathub's ids do); nothing worse.
    assert not re.search(r"^[EWI]:", result.stdout, re.MULTILINE), result.stdout


def test_metainfo_names_the_same_app_and_the_package_version() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == DESKTOP_ID
    assert root.findtext("name") == APP_NAME
    assert root.find("launchable[@type='desktop-id']").text == DESKTOP.name  # type: ignore[union-attr]
    assert root.findtext("project_license") == "GPL-3.0-or-later"
    assert root.findtext("provides/binary") == APP_ID
    newest = root.find("releases/release")
    assert newest is not None and newest.get("version") == __version__, "add a <release> for the new version"


def test_flatpak_manifest_uses_the_id_and_only_the_permissions_it_explains() -> None:
    text = FLATPAK.read_text(encoding="utf-8")
    assert re.search(rf"^app-id: {re.escape(DESKTOP_ID)}$", text, re.MULTILINE)
    block = text.split("finish-args:", 1)[1].split("\nmodules:", 1)[0]
    permissions = re.findall(r"^\s+- (--\S+)", block, re.MULTILINE)
    assert sorted(permissions) == sorted([
        "--socket=wayland",
        "--socket=fallback-x11",
        "--share=ipc",
        "--share=network",
        "--talk-name=org.freedesktop.secrets",
        "--talk-name=org.freedesktop.Notifications",
        "--talk-name=org.kde.StatusNotifierWatcher",
    ])
    # Each permission has its reason right above it.
    for permission in permissions:
        before = block.split(f"- {permission}", 1)[0].rstrip().splitlines()[-1].strip()
        assert before.startswith(("#", "- --")), f"{permission} has no comment"


def test_flatpak_manifest_installs_every_dependency_the_package_names() -> None:
    """Its pip list is written by hand (Flathub builds pin each file): a
    dependency added to pyproject.toml and not there would be missing in the
    Flatpak only. PySide6 is the BaseApp's."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = {d.split(";")[0].strip() for d in project["dependencies"] if not d.startswith("PySide6")}
    command = FLATPAK.read_text(encoding="utf-8").split("pip3 install --prefix=/app --no-cache-dir", 1)[1]
    command = command.split("\n  - name:", 1)[0]
    installed = set(re.findall(r'"([^"]+)"', command))
    assert wanted <= installed, f"add to the Flatpak manifest: {sorted(wanted - installed)}"


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    return struct.unpack(">II", data[16:24])


@pytest.mark.parametrize("size", HICOLOR_SIZES)
def test_hicolor_icon_has_its_size(size: int) -> None:
    path = LINUX / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{DESKTOP_ID}.png"
    assert _png_size(path) == (size, size)


def test_scalable_windows_and_macos_icons_exist() -> None:
    svg = LINUX / "icons" / "hicolor" / "scalable" / "apps" / f"{DESKTOP_ID}.svg"
    assert svg.read_bytes() == (ROOT / "resources" / "icons" / "desktop-inbox.svg").read_bytes(), (
        "run packaging/make_icons.py after changing the SVG"
    )
    ico = (ROOT / "packaging" / "windows" / "desktop-inbox.ico").read_bytes()
    assert ico[:4] == b"\x00\x00\x01\x00" and struct.unpack("<H", ico[4:6])[0] >= 5  # ICO, several sizes
    icns = (ROOT / "packaging" / "macos" / "desktop-inbox.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)

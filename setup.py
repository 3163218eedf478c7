"""Packs the checkout's top-level ``resources/`` into the wheel as ``desktop_inbox/resources``,
with the interface's translations built from ``packaging/translations/*.ts``
into ``resources/i18n/*.qm`` (by PySide6's lrelease: a build requirement).

Everything else is declared in ``pyproject.toml``. The folder stays at the top
of the repository (the PyInstaller spec, the Linux desktop files and the
Flatpak manifest use it from there); ``desktop_inbox.resources.resource_dir``
finds it inside the installed package, a PyInstaller bundle or the checkout.
"""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


def build_translations(out: Path) -> None:
    spec = importlib.util.spec_from_file_location("translations", ROOT / "packaging" / "translations.py")
    assert spec is not None and spec.loader is not None
    translations = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(translations)
    translations.build(out)


class BuildWithResources(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            # An editable install reads resources/ from the checkout (its
            # i18n/ is git-ignored: built, never committed).
            build_translations(ROOT / "resources" / "i18n")
            return
        source = ROOT / "resources"
        target = Path(self.build_lib) / "desktop_inbox" / "resources"
        if target.exists():
            shutil.rmtree(target)  # a stale build/lib must not keep deleted files
        shutil.copytree(source, target, ignore=shutil.ignore_patterns("i18n"))
        build_translations(target / "i18n")


setup(cmdclass={"build_py": BuildWithResources})

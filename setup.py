"""Packs the checkout's top-level ``resources/`` into the wheel as ``desktop_inbox/resources``.

Everything else is declared in ``pyproject.toml``. The folder stays at the top
of the repository (the PyInstaller spec, the Linux desktop files and the
Flatpak manifest use it from there); ``desktop_inbox.resources.resource_dir``
finds it inside the installed package, a PyInstaller bundle or the checkout.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


class BuildWithResources(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install reads resources/ from the checkout
        source = ROOT / "resources"
        target = Path(self.build_lib) / "desktop_inbox" / "resources"
        if target.exists():
            shutil.rmtree(target)  # a stale build/lib must not keep deleted files
        shutil.copytree(source, target)


setup(cmdclass={"build_py": BuildWithResources})

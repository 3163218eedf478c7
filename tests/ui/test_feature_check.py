"""PySide6's question about every module imported after it ("does its source
name PySide6?", for ``__feature__``), answered by the app from the file's
bytes (ui/application.py): the same answers as PySide's own check."""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
from pathlib import Path

import PySide6.QtCore  # noqa: F401  (loads shibokensupport.feature)

from desktop_inbox.ui import application


def test_the_lighter_check_answers_as_pyside_does(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    feature = sys.modules["shibokensupport.feature"]
    original = feature._mod_uses_pyside
    monkeypatch.setattr(feature, "_mod_uses_pyside", original)  # (put back after the test)
    (tmp_path / "uses_qt_here.py").write_text("from PySide6.QtCore import QObject\n", encoding="utf-8")
    (tmp_path / "plain_here.py").write_text("VALUE = 1\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    modules = [importlib.import_module(name) for name in ("uses_qt_here", "plain_here")]
    modules += [sys, application, importlib.import_module("json")]  # (a built-in, ours, the standard library's)
    # A package installed beside the app (PySide6's own, which names itself).
    modules.append(importlib.import_module("PySide6.support.deprecated"))
    before = [bool(original(m)) for m in modules]
    application._lighter_feature_check()
    lighter = feature._mod_uses_pyside
    assert lighter is not original and getattr(lighter, "lighter", False)
    assert [lighter(m) for m in modules] == before == [True, False, False, True, False, True]
    application._lighter_feature_check()  # (once is enough: a second call changes nothing)
    assert feature._mod_uses_pyside is lighter


def test_the_standard_library_never_names_pyside() -> None:
    # (What lets the lighter check answer for its modules without reading them.)
    stdlib = Path(os.__file__).parent
    named = [
        str(path) for path in stdlib.rglob("*.py")
        if "-packages" not in path.relative_to(stdlib).parts[0] and b"PySide6" in path.read_bytes()
    ]  # fmt: skip
    assert named == []


def test_the_store_imports_after_pyside_and_its_deferred_modules_load_on_use() -> None:
    # PySide6 loaded first (as a script driving the app does): its check of
    # each new module looked into peewee's stand-ins and recursed for ever.
    code = (
        "import PySide6.QtCore, sys\n"
        "import desktop_inbox.store, peewee\n"
        "assert type(peewee.calendar).__name__ == '_OnFirstUse' or peewee.calendar is sys.modules['calendar']\n"
        "print(peewee.calendar.timegm((2024, 2, 29, 0, 0, 0)), peewee.uuid.UUID(int=5).int)\n"
        "assert sys.modules['calendar'].timegm is peewee.calendar.timegm\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["1709164800", "5"]

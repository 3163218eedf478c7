"""PySide6's question about every module imported after it ("does its source
name PySide6?", for ``__feature__``), answered by the app from the file's
bytes (ui/application.py): the same answers as PySide's own check."""

from __future__ import annotations

import importlib
import os
import re
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


def test_the_app_takes_pythons_import_statement_back_and_qt_still_loads() -> None:
    # (ui/application.py _without_feature_imports: in a process of its own,
    # as it changes builtins.__import__.)
    code = (
        "import builtins, sys\n"
        "from desktop_inbox.ui import application\n"
        "application._lighter_feature_check()\n"
        "import PySide6.QtCore\n"
        "assert builtins.__import__ is builtins.__feature_import__\n"
        "import csv\n"
        "application._without_feature_imports()\n"
        "assert builtins.__import__ is builtins.__orig_import__\n"
        "application._without_feature_imports()\n"
        "assert builtins.__import__ is builtins.__orig_import__\n"
        "from PySide6.QtWidgets import QApplication, QLabel\n"
        "import wave\n"
        "app = QApplication([])\n"
        "label = QLabel('x')\n"
        "label.setStyleSheet('color: red')\n"
        "known = sys.modules['shibokensupport.feature'].pyside_feature_dict\n"
        "print(type(label).__mro__[1].__name__, 'wave' in known, 'csv' in known)\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, env=env)
    assert done.returncode == 0, done.stderr[-2000:]
    # Qt's types still load; modules imported since are no longer looked
    # into (wave); one imported before was (csv).
    assert done.stdout.split() == ["QFrame", "False", "True"]


def test_no_module_of_the_app_selects_a_pyside_feature() -> None:
    # (What lets the app do without PySide's import statement.)
    package = Path(application.__file__).parents[1]
    statement = re.compile(r"^\s*(from\s+__feature__\s+import|import\s+__feature__)", re.MULTILINE)
    selecting = [str(path) for path in package.rglob("*.py") if statement.search(path.read_text(encoding="utf-8"))]
    assert selecting == []

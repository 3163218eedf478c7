"""The interface's translations: extract, build, and a pseudo-language.

    python packaging/translations.py update      # ui strings -> packaging/translations/*.ts
    python packaging/translations.py build DIR   # *.ts -> DIR/desktop_inbox_<lang>.qm (+ pseudo)

The ``.ts`` files (Qt Linguist's XML) are the sources translators edit and
the repository keeps; ``.qm`` files are built from them when the package is
built (setup.py calls ``build``), never committed. ``desktop_inbox/ui`` is
scanned, and the sentences marked for it below (``desktop_inbox/words.py``);
the command line stays English, because scripts parse it.

The pseudo-language makes every string 40 % longer and accented, keeping
Qt's placeholders (``%1``, ``%n``, ``&`` mnemonics) and markup, so cut-off
text shows in any layout without knowing Greek (``--language pseudo``).
"""

from __future__ import annotations

import math
import re
import shutil
import subprocess
import sys
import sysconfig
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "packaging" / "translations"
# English holds only the plural forms ("1 reply" / "3 replies"): the
# source strings are English already.
LANGUAGES = ("en", "el", "zh_CN")
PSEUDO = "pseudo"
GROWTH = 0.4  # Greek runs ~30 % longer than English; check with margin
# The comment of a translatable Qt date format (``ui/style.py``, ``ui/timepick.py``).
DATE_FORMAT = "(Qt date format)"

_ACCENTED = str.maketrans(
    "aceinouyAEIOUCNYsz",
    "àçéîñöüýÀÉÎÖÜÇÑÝšž",
)
# Left alone: Qt's arguments, plural count, mnemonics' letters, tags and
# entities, and saved replies' placeholders ({first_name}: what the user types).
_KEEP = re.compile(r"%(?:\d+|n|L\d+|Ln)|&(?:[a-zA-Z]+;|#\d+;)|<[^>]*>|&\S|\{[A-Za-z_][A-Za-z0-9_]*(?:![rsa])?(?::[^{}]*)?\}")


def tool(name: str) -> str:
    """PySide6's ``pyside6-<name>``, beside this Python or on PATH."""
    for folder in (Path(sysconfig.get_path("scripts")), Path(sys.executable).parent):
        candidate = folder / f"pyside6-{name}"
        if candidate.exists():
            return str(candidate)
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"pyside6-{name} not found: install PySide6 (it ships Qt's Linguist tools)")
    return found


def ui_sources(root: Path = ROOT) -> list[Path]:
    """The interface, and the sentences marked below it for the interface to
    translate (errors, statuses: ``desktop_inbox/words.py``). Not the command
    line, which stays English."""
    package = root / "desktop_inbox"
    marked = [
        p
        for p in package.rglob("*.py")
        if not p.is_relative_to(package / "ui")
        and not p.is_relative_to(package / "cli")
        and p != package / "words.py"
        and "QT_TRANSLATE_NOOP(" in p.read_text(encoding="utf-8")
    ]
    return sorted([*(package / "ui").rglob("*.py"), *marked])


def update(root: Path = ROOT) -> None:
    """Merge the interface's current strings into every language's ``.ts``."""
    files = [str(p.relative_to(root)) for p in ui_sources(root)]
    for language in LANGUAGES:
        ts = root / "packaging" / "translations" / f"{language}.ts"
        ts.parent.mkdir(parents=True, exist_ok=True)
        only = ["-pluralonly"] if language == "en" else []  # (the marked sentences have none)
        subprocess.run(
            [tool("lupdate"), "-silent", "-no-obsolete", *only, "-locations", "relative", "-source-language", "en",
             "-target-language", language, *files, "-ts", str(ts)],
            cwd=root,
            check=True,
        )


def build(out: Path, sources: Path = SOURCES) -> list[Path]:
    """Every ``.ts`` into ``out/desktop_inbox_<lang>.qm``, plus the pseudo-language."""
    out.mkdir(parents=True, exist_ok=True)
    built = []
    for ts in sorted(sources.glob("*.ts")):
        built.append(_release(ts, out / f"desktop_inbox_{ts.stem}.qm"))
    # Qt's own words where Qt ships none for a language (qtbase_el): kept as they are.
    for ts in sorted((sources / "qt").glob("qtbase_*.ts")):
        built.append(_release(ts, out / f"{ts.stem}.qm"))
    template = sources / "el.ts"  # every string
    if template.exists():
        with tempfile.TemporaryDirectory() as tmp:
            pseudo = Path(tmp) / f"{PSEUDO}.ts"
            pseudo.write_text(pseudo_ts(template.read_text(encoding="utf-8")), encoding="utf-8")
            built.append(_release(pseudo, out / f"desktop_inbox_{PSEUDO}.qm"))
    return built


def _release(ts: Path, qm: Path) -> Path:
    subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


def pseudo(text: str) -> str:
    """``text`` accented and 40 % longer, its placeholders and markup intact."""
    pieces = []
    last = 0
    for match in _KEEP.finditer(text):
        pieces.append(text[last : match.start()].translate(_ACCENTED))
        pieces.append(match.group())
        last = match.end()
    pieces.append(text[last:].translate(_ACCENTED))
    body = "".join(pieces)
    visible = len(_KEEP.sub("", text))
    padding = "·" * max(1, math.ceil(visible * GROWTH)) if visible else ""
    return f"[{body}{padding}]" if visible else body


def pseudo_ts(ts_xml: str) -> str:
    """A ``.ts`` whose every message is its pseudo-translation."""
    tree = ET.ElementTree(ET.fromstring(ts_xml))
    root = tree.getroot()
    root.set("language", "en")  # plural rules of the source language
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") == "yes":
            translation.text = None
            for _form in range(2):  # English: one, other
                ET.SubElement(translation, "numerusform").text = pseudo(source)
        elif DATE_FORMAT in (message.findtext("comment") or ""):
            translation.text = source  # a format, not words: "yyyy" accented is no year
        else:
            translation.text = pseudo(source)
    return '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + ET.tostring(root, encoding="unicode")


def main(argv: list[str]) -> int:
    if argv[:1] == ["update"]:
        update()
        return 0
    if len(argv) == 2 and argv[0] == "build":
        for qm in build(Path(argv[1])):
            print(qm)
        return 0
    print(__doc__.strip().splitlines()[2:4], file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

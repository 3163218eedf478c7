"""The first page of "Add account…": which platform."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QSize, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_inbox.services.platforms import PlatformDescriptor, descriptors
from desktop_inbox.ui import style
from desktop_inbox.ui.i18n import platform_text


def tooltip(d: PlatformDescriptor) -> str:
    """What a platform's choice says on hover, from its descriptor: what
    signing in takes, how a reply is counted, what listening hears there.
    (Rich text, so that Qt wraps it.)"""
    # The sign-in's first paragraph: the numbered steps are on the next page.
    signin = " ".join(platform_text(d.signin.help).split("\n\n")[0].split()) or platform_text(d.signin.summary)
    translate = QCoreApplication.translate
    parts = [(translate("PlatformChooser", "Signing in"), signin)]
    if d.counting_rule:
        parts.append((translate("PlatformChooser", "Replies"), platform_text(d.counting_rule).format(url=23)))
    if d.listening:
        parts.append((translate("PlatformChooser", "Listening"), platform_text(d.listening)))
    return "".join(f"<p><b>{html.escape(k)}</b>: {html.escape(v)}</p>" for k, v in parts)


class PlatformChooser(QWidget):
    chosen = Signal(str)  # platform

    def __init__(self) -> None:
        super().__init__()
        self.setAccessibleName(self.tr("Choose a platform"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("Where do your customers write to you?"))
        heading.setWordWrap(True)
        layout.addWidget(heading)
        self.buttons: dict[str, QPushButton] = {}
        for platform_ in descriptors():
            platform, name, description = platform_.platform, platform_.name, platform_text(platform_.signin.summary)
            button = QPushButton(f"{name}\n{description}")
            button.setIcon(style.platform_icon(platform, 32))
            button.setIconSize(QSize(32, 32))
            button.setStyleSheet("text-align: left; padding: 6px 10px")
            button.setAccessibleName(name)
            button.setAccessibleDescription(description)
            button.setToolTip(tooltip(platform_))
            button.clicked.connect(self._chooser(platform))
            layout.addWidget(button)
            self.buttons[platform] = button
        layout.addStretch(1)
        # What every sign-in has in common, said once here rather than on each page.
        footer = QLabel(self.tr(
            "Sign-ins are kept in your system keyring, never in a file. Adding an account imports its past "
            "conversations in the background, as far back as you choose; you can read and answer them offline."
        ))
        footer.setWordWrap(True)
        layout.addWidget(footer)

    def _chooser(self, platform: str):  # type: ignore[no-untyped-def]
        return lambda *_: self.chosen.emit(platform)

"""Light and dark (issue 22): every colour pair the app draws meets WCAG AA,
fields keep a visible edge on a dark base, a switch repaints the open thread,
and a selected row keeps its colour when the focus leaves the list."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QLineEdit, QRadioButton, QTextEdit, QVBoxLayout, QWidget

import desktop_inbox.ui
from desktop_inbox.ui import appearance, colors
from tests.helpers.mastodon import make_world
from tests.ui.conftest import until

PALETTES = {"light": appearance.light_palette, "dark": appearance.dark_palette}


def test_the_contrast_ratio_is_wcag_s() -> None:
    assert colors.contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert colors.contrast(QColor("#767676"), QColor("#ffffff")) == pytest.approx(4.54, abs=0.01)
    assert colors.contrast(QColor("#308cc6"), QColor("#ffffff")) == pytest.approx(3.69, abs=0.01)  # Fusion's selection


@pytest.mark.parametrize("mode", PALETTES)
def test_every_pair_of_colours_the_app_draws_meets_aa(qapp, mode: str) -> None:  # type: ignore[no-untyped-def]
    pairs = colors.pairs(PALETTES[mode]())
    assert len(pairs) > 60  # (the list is the app's, not a sample)
    failing = [
        f"{p.what}: {p.fg.name()} on {p.bg.name()} is {colors.contrast(p.fg, p.bg):.2f}:1, wants {p.minimum}:1"
        for p in pairs
        if colors.contrast(p.fg, p.bg) < p.minimum
    ]
    assert failing == []


def test_widgets_take_their_colours_from_colors_py() -> None:
    """A colour written into a widget would escape the contrast test above."""
    ui = Path(desktop_inbox.ui.__file__).parent
    literal = re.compile(r"#[0-9a-fA-F]{6}\b|QColor\(\"[a-z]+\"\)|color:\s*(gray|grey|red|white|black)\b|Qt\.GlobalColor\.(?!transparent)")
    found = [
        f"{path.relative_to(ui)}:{n}: {line.strip()}"
        for path in ui.rglob("*.py")
        if path.name not in ("colors.py", "appearance.py")
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if literal.search(line)
    ]
    assert found == []


def _on_screen(widget: QWidget, rect: QRect | None = None) -> QImage:
    """``widget`` (or ``rect`` of it) as its window shows it: from the
    window's own grab, so that what shows through a widget that paints no
    background of its own is the window behind it (a widget's own grab
    fills it with its palette's window colour, which for the edged widgets
    is the source of their edge, not what is on screen)."""
    window = widget.window()
    area = rect if rect is not None else widget.rect()
    return window.grab(QRect(widget.mapTo(window, area.topLeft()), area.size())).toImage()


def _edge_contrast(widget: QWidget, ground: QColor) -> float:
    """The strongest contrast on the widget's outer two pixels against ``ground``."""
    image = _on_screen(widget)
    w, h = image.width(), image.height()
    edge = [QPoint(x, y) for x in range(w) for y in (0, 1, h - 2, h - 1)] + [
        QPoint(x, y) for y in range(h) for x in (0, 1, w - 2, w - 1)
    ]
    return max(colors.contrast(image.pixelColor(p), ground) for p in edge)


def _strongest(image: QImage, ground: QColor) -> float:
    return max(colors.contrast(image.pixelColor(x, y), ground) for x in range(image.width()) for y in range(image.height()))


def test_dark_fields_check_boxes_and_radio_buttons_have_a_visible_edge(qapp) -> None:  # type: ignore[no-untyped-def]
    appearance.apply("dark")
    try:
        box = QWidget()
        layout = QVBoxLayout(box)
        field, radio, check, text = QLineEdit(), QRadioButton("Last 30 days"), QCheckBox("Only unread"), QTextEdit()
        brief = appearance.EdgedScrollArea()
        brief.setWidget(QLabel("Who you are answering appears here."))
        for widget in (field, radio, check, text, brief):
            layout.addWidget(widget)
        box.show()
        qapp.processEvents()
        palette = QApplication.palette()
        base, window = palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Window)
        # A field's frame against its own (dark) base and against the window.
        for framed in (field, text):
            assert _edge_contrast(framed, base) >= colors.PART_MINIMUM
            assert _edge_contrast(framed, window) >= colors.PART_MINIMUM
        assert _edge_contrast(brief, window) >= colors.PART_MINIMUM
        # Inside its edge, the scroll area shows the window, as the window does.
        inside = _on_screen(brief, brief.rect().adjusted(4, 4, -4, -4))
        assert inside.pixelColor(inside.width() - 2, inside.height() - 2) == window
        # The radio button's circle and the check box's square: Fusion's
        # were 1.1:1 on the window.
        style = radio.style()
        circle = style.subElementRect(style.SubElement.SE_RadioButtonIndicator, _option(radio), radio)
        assert _strongest(_on_screen(radio, circle), window) >= colors.PART_MINIMUM
        square = style.subElementRect(style.SubElement.SE_CheckBoxIndicator, _option(check), check)
        assert _strongest(_on_screen(check, square), window) >= colors.PART_MINIMUM
        # Around them, the window as it is (no colour of the edge's making).
        beside = _on_screen(radio, QRect(circle.right() + 2, 0, 2, 2))
        assert beside.pixelColor(0, 0) == window
        box.close()
    finally:
        appearance.apply("light")


@pytest.mark.parametrize("mode", PALETTES)
def test_the_edged_widgets_keep_the_palettes_colours(mode: str) -> None:
    """Only the window colour, the edge's source, is theirs: whatever the
    app draws in them in the palette's colours stays light or dark."""
    palette = PALETTES[mode]()
    edged = appearance.edged_palette(palette)
    assert colors.is_dark(edged) == colors.is_dark(palette) == (mode == "dark")
    assert colors.late(edged) == colors.late(palette)
    for role in QPalette.ColorRole:
        if role not in (QPalette.ColorRole.Window, QPalette.ColorRole.NColorRoles):
            assert edged.color(role) == palette.color(role), role
    # Fusion's outline, the window colour made darker, is the border.
    assert edged.color(QPalette.ColorRole.Window).darker(appearance.FUSION_OUTLINE_DARKER).name() in (
        colors.border(palette).name(),
        colors.border(palette).darker(101).name(),
    )


def test_every_edged_class_name_is_a_class() -> None:
    """A class's palette is looked up by its name: a renamed class would
    silently lose its edge."""
    import PySide6.QtWidgets

    from desktop_inbox.ui.conversation import attachments
    from desktop_inbox.ui.dialogs import dashboard

    ours = {"EdgedScrollArea": appearance.EdgedScrollArea, "PictureChip": attachments.PictureChip, "Figure": dashboard.Figure}
    for name in appearance.EDGED:
        cls = getattr(PySide6.QtWidgets, name, None) or ours.get(name)
        assert cls is not None and cls.__name__ == name, name
        assert issubclass(cls, QWidget)
    for name in appearance.UNEDGED:
        assert issubclass(getattr(PySide6.QtWidgets, name), QWidget)


def _option(button: QRadioButton | QCheckBox):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QStyleOptionButton

    option = QStyleOptionButton()
    option.initFrom(button)
    return option


@pytest.mark.parametrize("mode", PALETTES)
def test_a_selected_row_keeps_its_colour_without_the_focus(qapp, mode: str) -> None:  # type: ignore[no-untyped-def]
    palette = PALETTES[mode]()
    for role in (QPalette.ColorRole.Highlight, QPalette.ColorRole.HighlightedText):
        assert palette.color(QPalette.ColorGroup.Inactive, role) == palette.color(QPalette.ColorGroup.Active, role)


def _bubble_colour(thread) -> str:  # type: ignore[no-untyped-def]
    """The colour the first message's bubble is painted in, as on screen
    (inside its padding, left of the text)."""
    index = thread.messages.index(0, 0)
    rect = thread.bubbles.bubble(thread.visualRect(index), thread.messages.rows[0])
    return str(thread.viewport().grab().toImage().pixelColor(rect.left() + 4, rect.center().y()).name())


def test_switching_to_dark_repaints_the_open_thread_and_the_list_keeps_its_selection(make_ui) -> None:  # type: ignore[no-untyped-def]
    async def body() -> None:
        world = make_world()
        world.server.post(world.anna, "@shop do you have the sandals in blue?")
        ui = await make_ui.attach(world)
        await ui.started()
        w = ui.window
        await until(lambda: w.conversation.current is not None)
        w.set_appearance("light")
        light = colors.thread(appearance.light_palette())
        thread = w.conversation.thread_view
        await until(lambda: _bubble_colour(thread) == light["theirs"], message="light thread")
        w.set_appearance("dark")
        dark = colors.thread(appearance.dark_palette())
        # The thread is drawn again once the new palette has reached it (it
        # used to be drawn before, in the old colours: white in a dark window).
        await until(lambda: _bubble_colour(thread) == dark["theirs"], message="dark thread")
        html = "".join(doc.toHtml() for doc in thread.documents())
        assert light["link"] not in html and dark["link"] in html
        assert w.named_actions["appearance_dark"].isChecked() and not w.named_actions["appearance_light"].isChecked()

        # The focus in the composer: the list's selected row is still the highlight's colour.
        w.conversation.composer.focus_reply()
        view = w.list_pane.view
        rect = view.visualRect(view.currentIndex())
        await until(lambda: view.currentIndex().isValid())
        pixel = view.viewport().grab(rect).toImage().pixelColor(3, rect.height() - 3)
        assert pixel == QApplication.palette().color(QPalette.ColorRole.Highlight)
        w.set_appearance("light")

    make_ui.run(body())


def test_appearance_choices_are_exclusive_radio_items(make_ui) -> None:  # type: ignore[no-untyped-def]
    async def body() -> None:
        ui = await make_ui.build(sync=False)
        await ui.started()
        actions = [ui.window.named_actions[f"appearance_{m}"] for m in ("system", "light", "dark")]
        group = actions[0].actionGroup()
        assert group is not None and group.isExclusive()
        assert all(a.actionGroup() is group and a.isCheckable() for a in actions)
        actions[2].trigger()
        assert [a.isChecked() for a in actions] == [False, False, True]
        actions[1].trigger()
        assert [a.isChecked() for a in actions] == [False, True, False]
        assert ui.window.settings.get("appearance") == "light"

    make_ui.run(body())


_ = Qt  # (Qt enums used by the helpers above)

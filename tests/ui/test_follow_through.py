"""Follow-through in the real window, against the local Mastodon server: the
composer's "Send at…", the reminder it offers when a reply promises
something, "Answer via" another identity of a merged customer, a follow-up
coming back, and working hours in Preferences."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import shiboken6
from PySide6.QtCore import QTime

from desktop_inbox.records import FollowUp, Kind, State
from desktop_inbox.services.schedule import next_working_morning, tomorrow_morning
from desktop_inbox.store import outbox
from desktop_inbox.ui.dialogs.outbox import COLUMNS
from tests.helpers.mastodon import make_world
from tests.ui.conftest import listed, until


def test_send_at_queues_the_reply_for_tomorrow_morning(make_ui) -> None:  # type: ignore[no-untyped-def]
    async def body() -> None:
        world = make_world()
        world.server.post(world.anna, "@shop do the sandals come in 39?")
        ui = await make_ui.attach(world)
        await ui.start_sync()
        w = ui.window
        composer = w.conversation.composer
        await until(lambda: w.conversation.current is not None and composer.send_at.working_hours is not None)
        assert not composer.send_at.isEnabled()  # nothing to send yet
        composer.edit.setPlainText("Yes, in white and in black.")
        assert composer.send_at.isEnabled()
        composer.send_at.fill()
        presets = [a for a in composer.send_at.menu_.actions() if a.objectName() == "send_at_preset"]
        hours = composer.send_at.working_hours
        assert hours is not None
        expected = tomorrow_morning(datetime.now(UTC), hours)
        assert presets[0].text() == f"Tomorrow {expected.astimezone(hours.zone):%H:%M}"
        morning = next_working_morning(datetime.now(UTC), hours).astimezone(hours.zone)
        assert presets[1].text() == f"Next working morning ({morning:%a %H:%M})"
        presets[0].trigger()

        await until(lambda: composer.status.text().startswith("Scheduled for"), message="scheduled")
        [item] = await ui.ctx.cache.read(outbox.pending)
        assert item.send_at == expected and item.text == "Yes, in white and in black."
        assert composer.edit.toPlainText() == ""
        assert (await ui.ctx.inbox.summary(item.conversation_id)).state == State.WAITING  # our answer is written
        await until(lambda: "Scheduled for" in w.conversation.thread_view.document_text(), message="shown in the thread")

        dialog = w.dialogs.outbox()
        await until(lambda: dialog.table.rowCount() == 1, message="listed")
        assert dialog.table.item(0, COLUMNS.index("Send at")).text() == f"{expected.astimezone():%a %d %b %H:%M}"
        assert dialog.table.item(0, COLUMNS.index("Problem")).text().startswith("scheduled for")
        await asyncio.sleep(1.2)  # a sync cycle or two (poll every 0.5 s)
        assert world.server.replies_by(world.shop) == []  # not before its time

    make_ui.run(body())


def test_the_composer_offers_a_reminder_when_the_reply_promises(make_ui) -> None:  # type: ignore[no-untyped-def]
    async def body() -> None:
        world = make_world()
        world.server.post(world.anna, "@shop my parcel has not arrived")
        ui = await make_ui.attach(world)
        w = ui.window
        composer = w.conversation.composer
        await until(lambda: w.conversation.current is not None)
        composer.edit.setPlainText("Sorry Anna! I'll check with the courier tomorrow.")
        await until(lambda: composer.promise.isVisible(), message="reminder offered")
        assert "I'll check" in composer.promise.label.text()
        composer.edit.setPlainText("Sorry Anna, it was delivered to your neighbour.")
        await until(lambda: not composer.promise.isVisible(), message="no promise, no offer")
        composer.edit.setPlainText("Sorry Anna! Θα σας ενημερώσω αύριο.")
        await until(lambda: composer.promise.isVisible() and "ενημερώσω" in composer.promise.label.text())
        composer.reminder.buttons[1].click()
        composer.reminder.buttons[3].click()  # one choice at a time
        assert composer.reminder.days() == 3
        composer.send()

        conversation_id = w.conversation.current.summary.id  # type: ignore[union-attr]
        await until(lambda: not composer.promise.isVisible(), message="offer done")

        # (The reminder is set once the reply is queued, before the pane reloads.)
        await until(lambda: "if no answer" in w.conversation.header.label.text(), message="header says so")
        summary = await ui.ctx.inbox.summary(conversation_id)
        assert summary.follow_up == FollowUp.PENDING and summary.follow_up_at is not None
        assert abs(summary.follow_up_at - (datetime.now(UTC) + timedelta(days=3))) < timedelta(minutes=1)

    make_ui.run(body())


def test_answer_via_another_identity_of_a_merged_customer(make_ui) -> None:  # type: ignore[no-untyped-def]
    async def body() -> None:
        world = make_world()
        work = world.server.add_account("annawork", "Anna at work")
        world.server.post(world.anna, "@shop do the sandals come in 39?")
        asked = world.server.post(work, "@shop invoice for the company order, please")
        ui = await make_ui.attach(world)
        await ui.start_sync()
        w = ui.window
        convs = {c.customer_handle.split("@")[1]: c for c in await ui.ctx.inbox.page()}
        await ui.ctx.contacts.merge(convs["anna"].contact_id, convs["annawork"].contact_id)  # type: ignore[arg-type]
        # Chosen while the list may still be (re)loading after the merge: she
        # stays chosen (the list once opened its top row over her).
        def annas() -> bool:
            return w.conversation.current is not None and w.conversation.current.summary.id == convs["anna"].id

        w.open_conversation_anywhere(convs["anna"].id)
        await until(annas, message="Anna's conversation open")
        await asyncio.sleep(1.0)
        assert annas()
        composer = w.conversation.composer
        await until(
            lambda: annas()
            and composer.answer_via.count() == 3
            and "@annawork" in composer.answer_via.itemText(1),
            message="Anna's conversation with its channels listed",
        )
        labels = [composer.answer_via.itemText(i) for i in range(composer.answer_via.count())]
        assert labels[0] == "Answer here"  # (her own direct messages: the visibility beside it)
        assert any("public reply to @annawork" in label for label in labels)
        assert any("direct message to @annawork" in label and "(new)" in label for label in labels)
        assert composer.answer_via.isVisible()
        [work_public] = [i for i, label in enumerate(labels) if "public reply to @annawork" in label]
        composer.answer_via.setCurrentIndex(work_public)
        assert not composer.visibility.isEnabled()
        composer.edit.setPlainText("Anna, the invoice is on its way to your work address.")
        await until(lambda: composer.send_button.isEnabled())
        composer.send()
        await until(lambda: len(world.server.replies_by(world.shop)) == 1, message="delivered")
        [sent] = world.server.replies_by(world.shop)
        assert sent.in_reply_to_id == asked.id and work.id in sent.mentions
        work_conv = await ui.ctx.inbox.summary(convs["annawork"].id)
        assert work_conv.state == State.WAITING and work_conv.kind == Kind.PUBLIC
        assert (await ui.ctx.inbox.summary(convs["anna"].id)).state == State.NEEDS_REPLY  # not answered here

    make_ui.run(body())


def test_a_follow_up_comes_back_marked_in_the_list(make_ui) -> None:  # type: ignore[no-untyped-def]
    async def body() -> None:
        world = make_world()
        world.server.post(world.anna, "@shop my parcel has not arrived")
        ui = await make_ui.attach(world)
        w = ui.window
        await until(lambda: w.conversation.current is not None)
        conversation_id = w.conversation.current.summary.id  # type: ignore[union-attr]
        w.conversation.composer.edit.setPlainText("It left today, Anna.")
        w.conversation.composer.send()
        await until(lambda: w.conversation.current.summary.state == State.WAITING, message="answered")  # type: ignore[union-attr]

        menu = w.follow_up_menu
        menu.fill()
        [one_day] = [a for a in menu.actions() if a.objectName() == "follow_up_1d"]
        one_day.trigger()
        await until(lambda: "back on" in w.conversation.header.label.text(), message="reminder set")
        # (Set again to come back in a moment: the window goes by the real clock.)
        await ui.ctx.followups.remind_at(conversation_id, datetime.now(UTC) + timedelta(seconds=1))
        await asyncio.sleep(1.1)
        w.wake_snoozed()  # the window's timer does this every 30 s
        await until(
            lambda: any(r.id == conversation_id and r.follow_up == FollowUp.CAME_BACK for r in listed(w.list_pane.model)),
            message="back in the list, marked",
        )
        await until(lambda: "no answer by" in w.conversation.header.label.text(), message="header marks it")
        assert not w.conversation.composer.answer_via.isVisible()  # one identity: nothing else to answer via
        [clear] = [a for a in menu.actions() if a.objectName() == "follow_up_clear"]
        clear.trigger()
        await until(lambda: "follow-up" not in w.conversation.header.label.text(), message="cleared")

    make_ui.run(body())


def test_working_hours_in_preferences_change_the_quick_choices(make_ui) -> None:  # type: ignore[no-untyped-def]
    async def body() -> None:
        ui = await make_ui.build()
        w = ui.window
        await ui.started()
        dialog = w.dialogs.preferences()
        await until(lambda: dialog.work_days[0].isChecked(), message="loaded")
        assert [b.isChecked() for b in dialog.work_days] == [True] * 5 + [False] * 2
        for day, box in enumerate(dialog.work_days):
            box.setChecked(day in (1, 2, 3, 4, 5))  # Tuesday to Saturday
        dialog.work_start.setTime(QTime(10, 30))
        dialog.work_end.setTime(QTime(9, 0))
        dialog._save()
        assert "ends after it starts" in dialog.hours_error.text() and dialog.isVisible()
        dialog.work_end.setTime(QTime(18, 0))
        dialog.time_zone.setCurrentIndex(dialog.time_zone.findData("America/New_York"))
        dialog._save()
        await until(lambda: not shiboken6.isValid(dialog), message="saved and closed")
        hours = await ui.ctx.composer.working_hours()
        assert (sorted(hours.days), f"{hours.start:%H:%M}", hours.zone.key) == ([1, 2, 3, 4, 5], "10:30", "America/New_York")
        await until(lambda: w.conversation.composer.send_at.working_hours == hours, message="the composer knows")
        w.conversation.composer.send_at.fill()
        assert w.conversation.composer.send_at.menu_.actions()[0].text() == "Tomorrow 10:30"

    make_ui.run(body())


def test_a_call_is_logged_on_the_customer_panel_and_timeline(make_ui) -> None:  # type: ignore[no-untyped-def]
    async def body() -> None:
        from desktop_inbox.ui.dialogs.timeline import render

        world = make_world()
        world.server.post(world.anna, "@shop do the sandals come in 39?")
        ui = await make_ui.attach(world)
        w = ui.window
        await until(lambda: w.customer.contact is not None, message="customer shown")
        dialog = w.dialogs.log_event()
        assert dialog is not None
        dialog.save()
        assert "a few words" in dialog.error.text()  # nothing to log yet
        dialog.kind.setCurrentIndex(dialog.kind.findData("meeting"))
        dialog.note.setPlainText("She tried both pairs in the shop.")
        dialog.save()
        await until(lambda: w.customer.notes.count() == 1, message="on the panel")
        assert w.customer.notes.item(0).text().startswith("◉ Meeting") and "both pairs" in w.customer.notes.item(0).text()
        contact_id = w.customer.contact.id  # type: ignore[union-attr]
        entries = await ui.ctx.contacts.timeline(contact_id)
        assert [e.event for e in entries] == ["", "meeting"]  # after her message, in time order
        page = render(entries, {"text": "#000", "dim": "#666", "ours": "#eef", "theirs": "#eee"})
        assert "Meeting" in page and "She tried both pairs in the shop." in page

    make_ui.run(body())

"""Start-up with the network unreachable: the window opens, reads and searches."""

from __future__ import annotations

from tests.ui.conftest import until


def test_start_up_offline_opens_and_searches(make_ui) -> None:  # type: ignore[no-untyped-def]
    async def body() -> None:
        ui = await make_ui.build(sync=False)
        ui.world.server.post(ui.world.anna, "@shop my sandals squeak on wet floors")
        await ui.ctx.engine.sync_once()
        ui.world.server.stop()  # on the plane
        w = ui.window
        await ui.start_sync()
        await until(lambda: w.list_pane.model.rowCount() == 1, message="the cached conversation is listed")
        await until(lambda: w.conversation.current is not None and "squeak" in w.conversation.thread_view.document_text())
        w.list_pane.search.box.setText("squeaking")  # word forms match: squeak ~ squeaking
        await until(lambda: w.list_pane.results_model.rowCount() == 1, message="search works offline")
        await until(lambda: "Offline" in w.status_bar.connection.text(), timeout=20, message=f"offline shown {ui.ctx.engine.status} {w.status_bar.connection.text()!r}")
        # And the reply waits in the outbox.
        w.list_pane.view.setFocus()
        w.conversation.composer.edit.setPlainText("Try the rubber soles, Anna!")
        w.conversation.composer.send()
        await until(lambda: "1 reply waiting" in w.status_bar.outbox.text(), timeout=20)

    make_ui.run(body())

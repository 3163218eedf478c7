"""The sign-in pages, saved replies, the timeline, follow-through, snooze
and the damaged-cache question in Greek and Chinese: plural forms, dates in
the language's own form, sentences worded from typed values."""

from __future__ import annotations

import pytest

from desktop_inbox.ui.signin.mastodon import MastodonPage
from tests.ui.test_i18n import language  # noqa: F401  (the fixture: switch the app's language)


@pytest.mark.parametrize(
    ("choice", "button", "bad_address"),
    [
        ("el", "Σύνδεση μέσω περιηγητή", "Το «my shop» δεν είναι διεύθυνση διακομιστή"),
        ("zh_CN", "用浏览器登录", "“my shop”不是服务器地址"),
    ],
    ids=["el", "zh_CN"],
)
def test_a_sign_in_page_speaks_the_language(make_ui, language, choice: str, button: str, bad_address: str) -> None:  # type: ignore[no-untyped-def]
    language(choice)

    async def body() -> None:
        ui = await make_ui.build()
        dialog = ui.window.dialogs.add_account("mastodon")
        page = dialog.page
        assert isinstance(page, MastodonPage)
        assert page.primary.text() == button
        assert dialog.back_button.text() != "‹ Back"
        page.instance.setText("my shop")
        page.primary.click()
        assert page.status.text().startswith(bad_address), page.status.text()
        dialog.reject()

    make_ui.run(body())

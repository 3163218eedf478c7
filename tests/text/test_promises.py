"""The promise detector: what our reply promises for later, in English,
Greek and Chinese — and what only looks like it."""

from __future__ import annotations

import pytest

from desktop_inbox.text.promises import find

PROMISES = [
    # (reply, the promising words as written, days until a reminder)
    ("I'll check tomorrow and let you know.", "I'll check", 1),
    ("Thanks Anna! We will look into it and get back to you.", "We will look into", 1),
    ("Let me check with the warehouse and get back to you next week.", "Let me check with the warehouse and get back", 7),
    ("I’ll keep you posted.", "I’ll keep you posted", 1),
    ("I am going to call the courier in a few days", "I am going to call", 3),
    ("You'll hear from us on Friday.", "You'll hear from us", 3),
    ("Sorry for the wait. I will personally follow up with the courier", "I will personally follow up", 1),
    ("θα σας ενημερώσω", "θα σας ενημερώσω", 1),
    ("Καλημέρα! Θα το ελέγξω και θα σας πω αύριο.", "Θα το ελέγξω", 1),
    ("Θα σας απαντήσουμε την επόμενη εβδομάδα.", "Θα σας απαντήσουμε", 7),
    ("Θα επικοινωνήσω μαζί σας σε λίγες μέρες", "Θα επικοινωνήσω", 3),
    ("ΘΑ ΣΑΣ ΣΤΕΙΛΩ τον αριθμό αποστολής", "ΘΑ ΣΑΣ ΣΤΕΙΛΩ", 1),
    ("明天告诉您", "明天告诉", 1),
    ("我们会尽快回复您。", "我们会尽快回复", 1),
    ("好的，我查一下再告诉你", "我查一下再告诉", 1),
    ("下周给您答复", "下周给您答复", 7),
    ("我过几天联系您", "我过几天联系", 3),
    # One promise after sentences that are not.
    ("Thanks for your patience. Will you be home tomorrow? I'll send the tracking number.", "I'll send", 1),
]

NOT_PROMISES = [
    "I'll be happy to help with anything else.",
    "I checked: your parcel was shipped yesterday.",
    "Will you be home tomorrow?",
    "We won't charge you for the shipping.",
    "We will not send another invoice.",
    "Could you check the size and let me know?",
    "Let me know if it fits!",
    "The parcel will arrive tomorrow.",
    "Θα ήθελα να σας ευχαριστήσω για την υπομονή.",
    "Θα είστε σπίτι αύριο;",
    "Το δέμα θα φτάσει αύριο.",
    "Δεν θα σας χρεώσουμε τα μεταφορικά.",
    "Σας ενημερώσαμε χθες.",
    "Θα χαρώ να σας εξυπηρετήσω ξανά",
    "谢谢您的耐心。",
    "已经发货了，明天到货。",
    "您明天在家吗？",
    "您会收到短信通知。",
    "我不会告诉别人。",
    "",
]


@pytest.mark.parametrize(("text", "phrase", "days"), PROMISES)
def test_a_promise_is_found_with_when_to_remind(text: str, phrase: str, days: int) -> None:
    promise = find(text)
    assert promise is not None, text
    assert (promise.phrase, promise.days) == (phrase, days)


@pytest.mark.parametrize("text", NOT_PROMISES)
def test_what_only_looks_like_a_promise_is_not_one(text: str) -> None:
    assert find(text) is None

"""Promises in our own replies: "I'll check tomorrow", "θα σας ενημερώσω",
"明天告诉您". When a reply promises something for later, the composer offers
a reminder in case the customer does not write first.

English, Greek and Chinese, by patterns over each sentence, case and
accents folded (``folding.fold``). A promise is ours to keep: a first person
doing something for the customer later ("I'll get back to you", "θα σας
πούμε", "我们会尽快回复"). Questions ("Will you be home tomorrow?", Greek asks
with ";"), negations ("we won't charge you", "δεν θα", "不会") and what others
will do ("the parcel arrives tomorrow", "您会收到通知") are not promises.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop_inbox.text.folding import fold


@dataclass(frozen=True, slots=True)
class Promise:
    phrase: str  # the words that promise, as written
    days: int  # when a reminder makes sense: 1 (today, tomorrow, soon), 3 (a few days), 7 (next week)


# Sentences (and the line breaks of a chat message) are judged one by one.
_SENTENCE = re.compile(r"[^.!?;。！？；\n]+[.!?;。！？；]*")
_GREEK = re.compile("[\u0370-\u03ff]")

_EN_VERBS = (
    r"check|look(?: into)?|get back|come back|let you know|update|follow up|send|confirm|find out|reply|respond"
    r"|write|e-?mail|call|ring|contact|reach out|ask|investigate|chase|sort|fix|ship|refund|be in touch"
    r"|keep you (?:posted|updated|informed)|circle back|inform|notify|text|message|dm"
)
_EN = re.compile(
    r"\b(?:i|we)\s*(?:'ll|’ll| will| shall|'m going to|’m going to| am going to|'re going to|’re going to| are going to)"
    rf"\s+(?:(?!not\b|never\b)[a-z]+\s+){{0,2}}?(?:{_EN_VERBS})\b"
    r"|\blet me (?:check|look into|find out|ask|confirm)\b.*\b(?:get back|let you know|update you|come back|follow up)\b"
    r"|\byou(?:'ll|’ll| will) hear (?:back )?from (?:me|us)\b"
)
# "θα" + up to two object pronouns + a first-person verb of telling, checking, sending.
_EL_VERBS = (
    r"ενημερωσ|απαντησ|ελεγξ|τσεκαρ|επικοινωνησ|στειλ|πω|πουμε|επανελθ|κοιταξ|ψαξ|ρωτησ|φροντισ|τηλεφωνησ"
    r"|βρ|γραψ|ξαναγραψ|ειδοποιησ|επιβεβαιωσ|διορθωσ|επιστρεψ"
)
# (Written as folding leaves the text: no accents, every sigma "σ".)
_EL = re.compile(
    r"(?<!δεν )(?<!δε )\bθα\s+(?:(?:σασ|σου|το|την|τα|τον|του|τησ|τουσ)\s+){0,2}"
    rf"(?:{_EL_VERBS})(?:ω|ουμε|με)?\b"
)
_ZH_VERBS = r"告诉|回复|答复|联系|通知|跟进|确认|反馈|核实|查一下|查查|了解一下|发给|回电"
_ZH_WHEN = r"明天|后天|稍后|马上|尽快|回头|晚点|晚些|下周|过几天|之后|随后|今天"
_ZH = re.compile(
    rf"(?:我们?|咱们)[^，,。不没]{{0,4}}?(?:会|将|再|{_ZH_WHEN})[^，,。不没]{{0,8}}?(?:{_ZH_VERBS})"
    rf"|(?:{_ZH_WHEN})[^，,。不没]{{0,6}}?(?:{_ZH_VERBS})"
)

# When the reminder makes sense: the first of these the sentence names.
_WHEN = (
    (re.compile(r"\bnext week\b|την επομενη εβδομαδα|\bτην αλλη εβδομαδα|下周"), 7),
    (
        re.compile(
            r"\b(?:in a (?:few|couple of) days|this week|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
            r"|σε λιγεσ (?:μερεσ|ημερεσ)|μεσα στην εβδομαδα|μεθαυριο|过几天|后天|这周|本周"
        ),
        3,
    ),
)


def _question(sentence: str) -> bool:
    end = sentence.rstrip()
    return end.endswith(("?", "？")) or (end.endswith(";") and _GREEK.search(end) is not None)


def find(text: str) -> Promise | None:
    """The first promise ``text`` makes, or None."""
    for match in _SENTENCE.finditer(text):
        sentence = match.group()
        if _question(sentence):
            continue
        folded = fold(sentence)
        found = _EN.search(folded) or _EL.search(folded) or _ZH.search(folded)
        if found is None:
            continue
        # The words as written, where folding kept the length (it usually does).
        phrase = sentence[found.start() : found.end()] if len(folded) == len(sentence) else found.group()
        days = next((d for pattern, d in _WHEN if pattern.search(folded)), 1)
        return Promise(phrase.strip(), days)
    return None

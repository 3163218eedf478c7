"""Personal data that should not be discussed in public.

Order numbers, e-mail addresses, phone numbers, street addresses and
card-like numbers, in English, Greek, German, Chinese and a few more. Used
before a public reply: if the draft or the customer's message holds any, the
composer offers to take the conversation to direct messages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

EMAIL = "email"
PHONE = "phone"
ORDER = "order number"
CARD = "card number"
ADDRESS = "street address"


@dataclass(frozen=True, slots=True)
class Finding:
    kind: str
    start: int
    end: int
    text: str


_EMAIL = re.compile(r"(?<![\w.+@-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}\b")
_CARD = re.compile(r"(?<!\d)(?:\d[ -]?){12,18}\d(?!\d)")
_PHONE = re.compile(r"(?<![\w#])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?)?\d{2,5}(?:[\s.-]?\d{2,5}){1,4}(?!\d)")
_ORDER_WORDS = (
    r"order|orders|order\s+number|order\s+no\.?|ref(?:erence)?|invoice|tracking(?:\s+number)?|"
    r"παραγγελ\w*|αριθμ\w*\s+παραγγελ\w*|κωδικ\w*|"
    r"bestellung|bestellnummer|rechnung|"
    r"pedido|commande|ordine|"
    r"订单号?|單號|单号|编号"
)
_ORDER = re.compile(
    rf"(?:(?:{_ORDER_WORDS})(?:\s*(?:number|no\.?|nr\.?|#|:|μου|mein[e]?|n°|号|號))*\s*[:#]?\s*)"
    r"([A-Za-z]{0,3}[-#]?\d[\d-]{3,})",
    re.IGNORECASE,
)
_HASH_NUMBER = re.compile(r"(?<![\w&])#\s?([A-Za-z]{0,3}-?\d{4,})\b")
_STREET_WORDS = (
    r"street|st\.|road|rd\.|avenue|ave\.?|lane|ln\.|drive|dr\.|way|boulevard|blvd\.?|close|crescent|square|place|court|terrace"
)
_ADDRESSES = [
    # 12 Harbour Street, 221B Baker St.
    re.compile(rf"\b\d{{1,5}}[A-Za-z]?\s+(?:[A-Z][\w'’.-]*\s+){{0,3}}(?i:{_STREET_WORDS})(?!\w)", re.UNICODE),
    # Hauptstraße 5, Lindenweg 12a, Marktplatz 3
    re.compile(r"\b[A-ZÄÖÜ][\wäöüß-]*(?:straße|strasse|str\.|weg|platz|allee|gasse|ring)\s+\d{1,4}[a-z]?\b"),
    # Οδός Ερμού 12, Λεωφόρος Συγγρού 45, Odos Ermou 12
    re.compile(r"(?:οδός|οδ\.|λεωφόρος|λεωφ\.|odos|leoforos)\s+[\wάέήίόύώϊϋΐΰ]+(?:\s+[\wάέήίόύώ]+)?\s+\d{1,4}\b", re.IGNORECASE),
    # Ερμού 12, Αθήνα / rue de Rivoli 10 / calle Mayor 5 / via Roma 1
    re.compile(r"\b(?:rue|avenue|calle|avenida|via|viale|rua)\s+(?:[\w'’-]+\s+){0,3}\d{1,4}\b", re.IGNORECASE),
    # 上海市南京路100号, 中山路12号
    re.compile(r"[\u4e00-\u9fff]{1,12}(?:路|街|道|巷|大道)\s*\d{1,5}\s*(?:号|號)"),
    # UK postcodes: LS1 4DT, SW1A 1AA
    re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}\b"),
]


def _luhn(digits: str) -> bool:
    total = 0
    for index, char in enumerate(reversed(digits)):
        n = int(char)
        if index % 2:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


def detect(text: str) -> list[Finding]:
    """Everything in ``text`` that looks like personal data, left to right."""
    found: list[Finding] = []
    taken: list[tuple[int, int]] = []

    def add(kind: str, start: int, end: int) -> None:
        if any(start < e and s < end for s, e in taken):
            return
        taken.append((start, end))
        found.append(Finding(kind, start, end, text[start:end]))

    for m in _EMAIL.finditer(text):
        add(EMAIL, m.start(), m.end())
    for m in _CARD.finditer(text):
        digits = re.sub(r"\D", "", m.group())
        if 13 <= len(digits) <= 19 and _luhn(digits):
            add(CARD, m.start(), m.end())
    for m in _ORDER.finditer(text):
        add(ORDER, m.start(1), m.end(1))
    for m in _HASH_NUMBER.finditer(text):
        add(ORDER, m.start(), m.end())
    for pattern in _ADDRESSES:
        for m in pattern.finditer(text):
            add(ADDRESS, m.start(), m.end())
    for m in _PHONE.finditer(text):
        digits = re.sub(r"\D", "", m.group())
        shaped = bool(re.search(r"[\s().+-]", m.group().strip())) or m.group().startswith("+")
        if 8 <= len(digits) <= 15 and (shaped or len(digits) >= 10) and not _is_date(m.group()):
            add(PHONE, m.start(), m.end())
    found.sort(key=lambda f: f.start)
    return found


def _is_date(value: str) -> bool:
    return bool(re.fullmatch(r"\s*\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\s*", value))


def kinds(text: str) -> list[str]:
    return list(dict.fromkeys(f.kind for f in detect(text)))

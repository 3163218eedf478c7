"""The demo workspace's sample: a small shoe shop and its customers.

About 30 customers and 100 conversations over six months, public and direct,
short and long threads, in English, Greek and Chinese, some still waiting for
an answer. Deterministic: the same seed gives the same shop.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from desktop_inbox.demo.mastodon_server import Account, MastodonServer, Status
from desktop_inbox.demo.pictures import navy_loafer

SHOP = ("aegeanshoes", "Aegean Shoes")
# Who answers: fills {my_name} in the saved replies.
OWNER = "Eleni"
# Saved replies the demo starts with: starting points, each with a field
# that only the user can fill in for this one customer.
SAVED_REPLIES = [
    (
        "Where is my parcel?",
        "Hi {first_name}! Your parcel left our workshop on {day}; the tracking number is {tracking}. "
        "It usually arrives within three days. — {my_name}",
    ),
    (
        "Another size",
        "Hi {first_name}, of course: send the pair back with the note inside and we post size {size} "
        "the day they arrive. — {my_name}",
    ),
    ("Thank you", "Thank you {first_name}, that made our day! Enjoy the {product}. — {my_name}"),
]

CUSTOMERS = [
    ("maria_k", "Maria Kowalski", "en"),
    ("tom_harris", "Tom Harris", "en"),
    ("sofia_r", "Sofia Rossi", "en"),
    ("jwalker", "James Walker", "en"),
    ("priya", "Priya Nair", "en"),
    ("lena_b", "Lena Bauer", "en"),
    ("omar_f", "Omar Farouk", "en"),
    ("emily_c", "Emily Chen", "en"),
    ("dan_o", "Daniel O'Brien", "en"),
    ("hannah", "Hannah Schmidt", "en"),
    ("nikos_p", "Νίκος Παπαδόπουλος", "el"),
    ("eleni_m", "Ελένη Μαυρίδη", "el"),
    ("giorgos", "Γιώργος Κωνσταντίνου", "el"),
    ("katerina", "Κατερίνα Λάμπρου", "el"),
    ("dimitris_a", "Δημήτρης Αθανασίου", "el"),
    ("sotiria", "Σωτηρία Ζάππα", "el"),
    ("wang_lei", "王磊", "zh"),
    ("li_na", "李娜", "zh"),
    ("zhang_wei", "张伟", "zh"),
    ("chen_jing", "陈静", "zh"),
    ("liu_yang", "刘洋", "zh"),
    ("zhao_min", "赵敏", "zh"),
    ("alex_m", "Alex Martin", "en"),
    ("ruth_g", "Ruth Goldberg", "en"),
    ("kwame", "Kwame Mensah", "en"),
    ("ines", "Inês Carvalho", "en"),
    ("yuki", "Yuki Tanaka", "en"),
    ("felix", "Felix Wagner", "en"),
    ("grace_l", "Grace Liu", "en"),
    ("mateo", "Mateo García", "en"),
]

DOMAINS = {
    "en": ["mastodon.social", "fosstodon.org", "mas.to", "hachyderm.io"],
    "el": ["mastodon.gr", "mastodon.social"],
    "zh": ["m.cmx.im", "alive.bar"],
}

OPENERS = {
    "en": [
        "my order #{order} still says 'processing' after a week. Any news?",
        "do the Santorini sandals run true to size? I'm usually a 39.",
        "the strap on my new boots broke after two days :( what can I do?",
        "just wanted to say the leather loafers are the most comfortable shoes I own. Thank you!",
        "is there a store in Thessaloniki where I can try the Mykonos sneakers?",
        "I was charged twice for order #{order}. Can you check?",
        "can I exchange the black sandals for brown? Order #{order}.",
        "when will the Naxos espadrilles be back in stock in size 42?",
        "do you ship to Canada? And how long does it take?",
        "the parcel was shipped to my old address, please help!",
    ],
    "el": [
        "η παραγγελία μου #{order} δεν έχει φτάσει ακόμα. Μπορείτε να ελέγξετε;",
        "έχετε τα σανδάλια Σαντορίνη σε νούμερο 38;",
        "ευχαριστώ πολύ για τη γρήγορη αποστολή, είναι υπέροχα!",
        "μπορώ να αλλάξω το μέγεθος; Τα παπούτσια είναι λίγο μικρά.",
        "πότε θα έρθουν ξανά τα δερμάτινα μποτάκια;",
        "το κατάστημα στην Αθήνα είναι ανοιχτό την Κυριακή;",
    ],
    "zh": [
        "你好，我的订单 #{order} 什么时候发货？",
        "请问客户服务的电话是多少？我想换一双大一号的鞋。",
        "鞋子收到了，质量非常好，谢谢！",
        "可以寄到上海吗？运费多少？",
        "我的包裹显示已签收，但是我没有收到。",
        "凉鞋有没有白色的？",
    ],
}

SHOP_REPLIES = {
    "en": [
        "Hi {first}! So sorry for the wait — I just checked, and it leaves our workshop tomorrow morning. I'll send you the tracking number myself.",
        "Thanks {first}! They run a little small, so I'd go one size up. If they don't fit, exchanges are free.",
        "Oh no, {first}, that shouldn't happen. Send me a photo by DM and I'll have a new pair on its way today.",
        "That made our day, {first}! Our cobbler Yannis will be thrilled to hear it.",
        "Not yet, {first}, but our Thessaloniki pop-up opens in May — I'll let you know the date.",
        "I'm sorry, {first}. Let's sort this out in private — I've sent you a DM.",
    ],
    "el": [
        "Γεια σου {first}! Μόλις το έλεγξα — φεύγει αύριο το πρωί. Θα σου στείλω εγώ τον αριθμό αποστολής.",
        "Ευχαριστούμε {first}! Ναι, τα έχουμε — θέλεις να σου κρατήσω ένα ζευγάρι;",
        "Χαιρόμαστε πολύ {first}! Ο τσαγκάρης μας θα χαρεί να το ακούσει.",
    ],
    "zh": [
        "{first}你好！非常抱歉让你久等了，你的订单明天早上发货，我会亲自把快递单号发给你。",
        "谢谢{first}！我们可以帮你换大一号，运费由我们承担。",
        "太好了，{first}！我们的鞋匠听到一定会很高兴。",
    ],
}

FOLLOW_UPS = {
    "en": [
        "Thanks, that was quick!",
        "Great, thank you. One more question — do you gift-wrap?",
        "Still nothing in the tracking… should I worry?",
        "Perfect, I'll wait for it.",
        "Got it, sent you the photo.",
    ],
    "el": ["Ευχαριστώ πολύ!", "Τέλεια, περιμένω.", "Ακόμα τίποτα στην αποστολή…"],
    "zh": ["谢谢！", "好的，我等你的消息。", "快递还是没有更新……"],
}

LIVE_MESSAGES = [
    ("maria_k", "just ordered the Santorini sandals for my sister's wedding — will they arrive by Saturday?", "public"),
    ("nikos_p", "καλησπέρα, μπορώ να πληρώσω με αντικαταβολή;", "direct"),
    ("li_na", "你好，请问这双鞋适合宽脚吗？", "public"),
    ("tom_harris", "my address changed: it's now 14 Harbour Street, Leeds LS1 4DT. Order #48213.", "direct"),
    ("grace_l", "love the new autumn collection! Is the green one leather or suede?", "public"),
]


# Posts that name the shop without @: what listening hears (#AegeanShoes,
# "Aegean Shoes"). (author, text, language, hours ago)
HEARD = [
    ("kwame", "Two weeks in and the soles of my Aegean Shoes boots are coming off. Disappointed. #AegeanShoes", "en", 5),
    ("felix", "Just got my #AegeanShoes sandals: perfect for the beach 🏖️", "en", 3),
    ("ruth_g", "Does anyone know if Aegean Shoes ship to Canada? Their site doesn't say.", "en", 26),
    ("eleni_m", "Τα #AegeanShoes είναι τα πιο άνετα παπούτσια που είχα ποτέ!", "el", 50),
    ("li_na", "有人买过 Aegean Shoes 的凉鞋吗？尺码准不准？", "zh", 8),
]
LISTEN_FOR = ("#AegeanShoes", '"Aegean Shoes"')


def _first(name: str) -> str:
    return name.split()[0] if " " in name else name


def populate(server: MastodonServer, *, seed: int = 7, now: datetime | None = None) -> str:
    """Fill ``server`` with the demo shop; returns the shop account's token."""
    rng = random.Random(seed)
    now = now or datetime.now(UTC)
    shop = server.add_account(*SHOP, created_at=now - timedelta(days=900))
    people = [
        (
            server.add_account(
                u, n, created_at=now - timedelta(days=rng.randint(200, 2000)), domain=DOMAINS[lang][i % len(DOMAINS[lang])]
            ),
            n,
            lang,
        )
        for i, (u, n, lang) in enumerate(CUSTOMERS)
    ]
    # A few regulars follow each other with the shop: their DMs are not filtered.
    shop.follows.update(p.id for p, _, _ in people[::3])
    server.authorize_as = SHOP[0]
    start = now - timedelta(days=182)
    for index in range(112):
        person, name, lang = people[index % len(people)] if index < 60 else rng.choice(people)
        first = _first(name)
        visibility = "direct" if rng.random() < 0.35 else "public"
        if index < 9:
            # Today's customers: a few minutes to a few hours ago, still waiting.
            when = now - timedelta(minutes=rng.randint(3, 400))
            length, waiting = rng.choice([1, 1, 3]), True
        elif index < 11:
            # And two from earlier this week that slipped through.
            when = now - timedelta(days=rng.randint(2, 5), minutes=rng.randint(0, 600))
            length, waiting = rng.choice([2, 4]), True
        else:
            when = start + timedelta(minutes=rng.randint(0, 178 * 24 * 60))
            length = rng.choice([1, 1, 2, 3, 3, 4, 5, 6, 8, 12, 24])
            waiting = False
        _thread(server, rng, shop, person, first, lang, visibility, when, length, waiting, now)
    # Maria also writes from her work account: the app suggests they are one person.
    second = server.add_account("maria_kowalski", "Maria Kowalski", created_at=now - timedelta(days=300), domain="mas.to")
    server.post(
        second,
        f"@{SHOP[0]} hi, it's Maria again from my work account — can I order a second pair of the loafers in navy?",
        created_at=now - timedelta(days=3, hours=2),
        media=[server.add_media(navy_loafer(), "image/jpeg", description="Maria's navy loafer, seen from the side")],
    )
    server.full_text_search = True  # a sandbox: words are heard as well as #hashtags
    for username, text, lang, hours in HEARD:
        server.post(server.account_by_name(username), text, language=lang, created_at=now - timedelta(hours=hours))
    return server.issue_token(shop)


def _thread(
    server: MastodonServer,
    rng: random.Random,
    shop: Account,
    person: Account,
    first: str,
    lang: str,
    visibility: str,
    when: datetime,
    length: int,
    waiting: bool,
    now: datetime,
) -> None:
    order = rng.randint(40000, 49999)
    text = rng.choice(OPENERS[lang]).format(order=order)
    last: Status = server.post(person, f"@{SHOP[0]} {text}", visibility=visibility, created_at=when)
    for turn in range(1, length):
        when += timedelta(minutes=rng.choice([2, 3, 5, 12, 45, 180, 600]))
        if when > now - timedelta(minutes=5):
            break
        if turn % 2:
            reply = rng.choice(SHOP_REPLIES[lang]).format(first=first)
            last = server.post(shop, f"@{person.username} {reply}", visibility=visibility, in_reply_to=last, created_at=when)
        else:
            follow = rng.choice(FOLLOW_UPS[lang])
            last = server.post(person, f"@{SHOP[0]} {follow}", visibility=visibility, in_reply_to=last, created_at=when)
    customer_last = last.account_id == person.id
    if customer_last and not waiting and when < now - timedelta(hours=1):
        reply = rng.choice(SHOP_REPLIES[lang]).format(first=first)
        server.post(shop, f"@{person.username} {reply}", visibility=visibility, in_reply_to=last, created_at=when + timedelta(minutes=4))
    elif not customer_last and waiting:
        follow = rng.choice(FOLLOW_UPS[lang])
        at = min(when + timedelta(minutes=30), now - timedelta(minutes=2))
        server.post(person, f"@{SHOP[0]} {follow}", visibility=visibility, in_reply_to=last, created_at=at)


def post_live_message(server: MastodonServer, index: int) -> Status:
    """A new customer message, as if it arrived right now (the demo's "live" feed)."""
    username, text, visibility = LIVE_MESSAGES[index % len(LIVE_MESSAGES)]
    person = server.account_by_name(username)
    return server.post(person, f"@{SHOP[0]} {text}", visibility=visibility)

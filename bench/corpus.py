"""A deterministic sample of a shop's customer history, for the benchmarks.

``Corpus(messages=N, seed=S)`` plans about N/10 conversations (or
``conversations=C``: the memory row's cache has 300,000 in its million) with
about N/30 customers (at least C/3) over three years on five accounts (two Mastodon, X, Bluesky,
e-mail), public and direct, short and long threads (the longest has 5,000
messages), in English, Greek and Chinese. ``posts()`` yields the messages as
normalised ``Post`` records in time order, the way the sync engine hands them
to the store. The same seed gives the same shop, message for message.
"""

from __future__ import annotations

import heapq
import html
import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from desktop_inbox.records import AccountInfo, Attachment, Direction, Kind, Person, Platform, Post

# Bump when the generated sample changes, so that cached caches are rebuilt.
GENERATOR_VERSION = 3

END = datetime(2026, 1, 1, tzinfo=UTC)
START = END - timedelta(days=3 * 365)
LONGEST = 5_000


@dataclass(frozen=True, slots=True)
class ShopAccount:
    platform: str
    base_url: str
    me: Person
    char_limit: int

    @property
    def info(self) -> AccountInfo:
        return AccountInfo(me=self.me, char_limit=self.char_limit)


ACCOUNTS = (
    ShopAccount(
        "mastodon",
        "https://shop.example",
        Person(Platform.MASTODON, "https://shop.example/@zappy", "1", "@zappy@shop.example", "Zappy Shoes"),
        500,
    ),
    ShopAccount(
        "mastodon",
        "https://mastodon.social",
        Person(Platform.MASTODON, "https://mastodon.social/@zappyshoes", "1090", "@zappyshoes@mastodon.social", "Zappy Shoes"),
        500,
    ),
    ShopAccount("x", "https://api.x.com", Person(Platform.X, "x:18422", "18422", "@zappyshoes", "Zappy Shoes"), 280),
    ShopAccount(
        "bluesky",
        "https://bsky.social",
        Person(Platform.BLUESKY, "did:plc:zappyshoesk7q2m4x5a3b", "did:plc:zappyshoesk7q2m4x5a3b", "@zappy.bsky.social", "Zappy Shoes"),
        300,
    ),
    ShopAccount(
        "email",
        "imaps://mail.zappy.example",
        Person(Platform.EMAIL, "hello@zappy.example", "hello@zappy.example", "hello@zappy.example", "Zappy Shoes"),
        100_000,
    ),
)
# Which accounts serve each platform's customers.
BY_PLATFORM = {
    Platform.MASTODON: (0, 1),
    Platform.X: (2,),
    Platform.BLUESKY: (3,),
    Platform.EMAIL: (4,),
}
PLATFORM_WEIGHTS = ((Platform.MASTODON, 35), (Platform.X, 25), (Platform.BLUESKY, 20), (Platform.EMAIL, 20))
LANGUAGE_WEIGHTS = (("en", 60), ("el", 20), ("zh", 20))

FIRST = {
    "en": ["Anna", "Tom", "Sofia", "James", "Priya", "Lena", "Omar", "Emily", "Daniel", "Hannah", "Alex", "Ruth", "Kwame", "Ines", "Yuki", "Felix", "Grace", "Mateo", "Olivia", "Noah"],
    "el": ["Νίκος", "Ελένη", "Γιώργος", "Κατερίνα", "Δημήτρης", "Σωτηρία", "Μαρία", "Γιάννης", "Άννα", "Κώστας", "Ευγενία", "Παναγιώτης", "Χρύσα", "Στέλιος"],
    "zh": ["王磊", "李娜", "张伟", "陈静", "刘洋", "赵敏", "杨帆", "黄丽", "周杰", "吴芳", "徐明", "孙悦", "马超", "朱琳"],
}
LAST = {
    "en": ["Kowalski", "Harris", "Rossi", "Walker", "Nair", "Bauer", "Farouk", "Chen", "O'Brien", "Schmidt", "Martin", "Goldberg", "Mensah", "Carvalho", "Tanaka", "Wagner"],
    "el": ["Παπαδόπουλος", "Μαυρίδη", "Κωνσταντίνου", "Λάμπρου", "Αθανασίου", "Ζάππα", "Οικονόμου", "Γεωργίου", "Βλάχου", "Σταθοπούλου"],
    "zh": [""],
}
DOMAINS = ("mastodon.social", "fosstodon.org", "mas.to", "hachyderm.io", "mastodon.gr", "m.cmx.im", "alive.bar")
MAIL_DOMAINS = ("gmail.com", "outlook.com", "yahoo.gr", "qq.com", "163.com", "proton.me", "web.de")

PRODUCTS = {
    "en": ["Santorini sandals", "Mykonos sneakers", "Naxos espadrilles", "leather loafers", "Paros boots",
           "Hydra slides", "Crete hiking shoes", "Corfu ballet flats", "Delos clogs", "Milos mules",
           "Ithaca trainers", "Kos wedges", "running shoes", "winter boots", "suede brogues"],
    "el": ["σανδάλια Σαντορίνη", "αθλητικά Μύκονος", "εσπαντρίγιες Νάξος", "δερμάτινα μοκασίνια", "μποτάκια Πάρος",
           "παντόφλες Ύδρα", "ορειβατικά Κρήτη", "μπαλαρίνες Κέρκυρα", "χειμερινές μπότες", "σουέτ παπούτσια"],
    "zh": ["圣托里尼凉鞋", "米科诺斯运动鞋", "纳克索斯草编鞋", "真皮乐福鞋", "帕罗斯短靴", "伊兹拉拖鞋",
           "克里特登山鞋", "科孚芭蕾平底鞋", "冬季长靴", "麂皮布洛克鞋"],
}
CITIES = {
    "en": ["London", "Berlin", "Toronto", "Melbourne", "Dublin", "Lisbon", "Chicago", "Oslo", "Thessaloniki"],
    "el": ["Αθήνα", "Θεσσαλονίκη", "Πάτρα", "Ηράκλειο", "Λάρισα", "Βόλο", "Ιωάννινα", "Χανιά"],
    "zh": ["北京", "上海", "广州", "深圳", "成都", "杭州", "南京", "台北", "香港"],
}
CUSTOMER_SAYS = {
    "en": [
        "my order #{order} still says processing after a week, any news?",
        "do the {product} run true to size? I am usually a {size}.",
        "the strap on my new {product} broke after two days, what can I do?",
        "just wanted to say the {product} are the most comfortable shoes I own. Thank you!",
        "is there a store in {city} where I can try the {product}?",
        "I was charged twice for order #{order}. Can you check?",
        "can I exchange the {product} for a size {size}? Order #{order}.",
        "when will the {product} be back in stock in size {size}?",
        "do you ship to {city}? And how long does delivery take?",
        "the parcel was shipped to my old address, please help!",
        "the tracking number for #{order} does not work on the courier's website.",
        "I returned the {product} three weeks ago and still have no refund.",
        "what is the difference between the {product} and the {product2}?",
        "are the {product} waterproof? I walk to work in {city} every day.",
        "thanks, that worked! I will order the {product} in size {size} then.",
        "my daughter loves her {product}, do you have them in children's sizes?",
        "the box arrived damaged but the shoes look fine. Just letting you know.",
        "can I pick up order #{order} at the shop in {city} instead?",
        "the discount code did not apply at checkout, I paid full price for #{order}.",
        "ok, I will wait. Please let me know when it ships.",
    ],
    "el": [
        "η παραγγελία μου #{order} δεν έχει φτάσει ακόμα. Μπορείτε να ελέγξετε;",
        "έχετε τα {product} σε νούμερο {size};",
        "ευχαριστώ πολύ για τη γρήγορη αποστολή, τα {product} είναι υπέροχα!",
        "μπορώ να αλλάξω το μέγεθος; Τα {product} είναι λίγο μικρά.",
        "πότε θα έρθουν ξανά τα {product} σε νούμερο {size};",
        "το κατάστημα στην πόλη {city} είναι ανοιχτό την Κυριακή;",
        "χρεώθηκα δύο φορές για την παραγγελία #{order}.",
        "ο κωδικός αποστολής για την #{order} δεν λειτουργεί.",
        "επέστρεψα τα {product} πριν από τρεις εβδομάδες και δεν έχω πάρει τα χρήματά μου.",
        "εντάξει, θα περιμένω. Ευχαριστώ!",
        "είναι αδιάβροχα τα {product};",
        "μπορώ να παραλάβω την παραγγελία #{order} από το κατάστημα;",
    ],
    "zh": [
        "你好，我的订单 #{order} 什么时候发货？",
        "请问客户服务的电话是多少？我想换一双大一号的{product}。",
        "鞋子收到了，{product}质量非常好，谢谢！",
        "{product}有{size}码吗？",
        "我的包裹被寄到了旧地址，请帮帮我。",
        "订单 #{order} 被重复扣款了，请帮我查一下。",
        "退货已经三个星期了，还没有收到退款。",
        "{city}有门店可以试穿{product}吗？",
        "快递单号查不到物流信息，订单 #{order}。",
        "好的，我再等等，发货后请通知我。",
        "{product}防水吗？我每天走路上班。",
        "优惠码在结账时没有生效，订单 #{order} 按原价付款了。",
    ],
}
SHOP_SAYS = {
    "en": [
        "Hi {first}, thanks for writing! Order #{order} left our warehouse yesterday, you should have it by {day}.",
        "Hi {first}, the {product} are true to size; if you are between sizes take the larger one.",
        "Sorry to hear that, {first}! Please send us a photo and we will send a new pair at once.",
        "Thank you so much, {first}, that made our day!",
        "Yes, our shop in {city} has the {product} in stock this week.",
        "We refunded the second charge for #{order}; it takes 3-5 working days to show.",
        "Of course, {first}. I have sent you a return label by e-mail.",
        "The {product} should be back in size {size} on {day}. I will let you know!",
        "We ship to {city} in 2-4 working days, free over 60 euros.",
        "I have updated the address for #{order}, {first}. Sorry about that!",
    ],
    "el": [
        "Γεια σου {first}, η παραγγελία #{order} στάλθηκε χθες και θα φτάσει μέχρι {day}.",
        "Ναι, έχουμε τα {product} σε νούμερο {size}.",
        "Λυπούμαστε πολύ, {first}! Στείλε μας μια φωτογραφία και θα σου στείλουμε καινούριο ζευγάρι.",
        "Σε ευχαριστούμε πολύ, {first}!",
        "Επιστρέψαμε τη δεύτερη χρέωση για την #{order}.",
        "Το κατάστημα στην πόλη {city} είναι ανοιχτό και την Κυριακή 10-18.",
    ],
    "zh": [
        "{first}您好，订单 #{order} 昨天已经发货，预计{day}送达。",
        "您好，{product}有{size}码，欢迎下单。",
        "非常抱歉！请发一张照片给我们，我们马上为您换一双新的。",
        "谢谢您的支持！",
        "重复扣款已经退回，三到五个工作日到账。",
        "{city}门店本周有{product}现货。",
    ],
}
LONG_EXTRA = {
    "en": [
        "I have been a customer for years and I have always been happy with the quality.",
        "My sister bought the same model last summer and hers are still perfect.",
        "I measured my feet as your size guide says: 25.5 cm left, 25.8 cm right.",
        "The courier left a note saying nobody was home, but I was there all day.",
        "I would also like to know whether you offer gift wrapping for birthdays.",
        "Could you also check whether my loyalty points were added for the last order?",
        "Best regards and thanks in advance for your help.",
    ],
    "el": [
        "Είμαι πελάτισσα σας εδώ και χρόνια και είμαι πάντα ικανοποιημένη.",
        "Η αδελφή μου αγόρασε το ίδιο μοντέλο πέρυσι το καλοκαίρι.",
        "Ο κούριερ άφησε σημείωμα ότι δεν ήταν κανείς σπίτι, αλλά ήμουν εκεί όλη μέρα.",
        "Με εκτίμηση και ευχαριστώ εκ των προτέρων.",
    ],
    "zh": [
        "我已经在你们店买了好几年了，一直很满意。",
        "我姐姐去年夏天买了同款，现在还很好。",
        "快递员说家里没人，可是我一整天都在家。",
        "先谢谢你们的帮助，祝好。",
    ],
}
DAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
    "el": ["Δευτέρα", "Τρίτη", "Τετάρτη", "Πέμπτη", "Παρασκευή", "Σάββατο"],
    "zh": ["周一", "周二", "周三", "周四", "周五", "周六"],
}
TAGS = ("vip", "wholesale", "returns", "influencer", "press", "χονδρική", "批发", "repeat buyer")
NOTES = (
    "Prefers e-mail for order updates.",
    "Size 39 in sandals, 40 in boots.",
    "Had a double charge in the past: be extra careful with refunds.",
    "Runs a small boutique in Chania, interested in wholesale.",
    "Προτιμά επικοινωνία στα ελληνικά.",
    "老顾客，喜欢真皮款式。",
)


@dataclass(slots=True)
class Customer:
    index: int
    platform: Platform
    language: str
    person: Person


@dataclass(slots=True)
class PlannedConversation:
    index: int
    customer: Customer
    account: int
    kind: Kind
    times: list[int]  # epoch ms, ascending
    directions: list[Direction] = field(default_factory=list)


def _weighted(rng: random.Random, pairs: tuple[tuple[object, int], ...]) -> object:
    total = sum(w for _, w in pairs)
    pick = rng.random() * total
    for value, weight in pairs:
        pick -= weight
        if pick < 0:
            return value
    return pairs[-1][0]


class Corpus:
    def __init__(self, *, messages: int, seed: int = 1, conversations: int | None = None) -> None:
        if messages < 10:
            raise ValueError("the sample needs at least 10 messages")
        if conversations is not None and not 1 <= conversations <= messages // 2:
            raise ValueError("conversations must be between 1 and half the messages")
        self.messages = messages
        self.seed = seed
        # (None: the shared corpus every other row measures, N/10.)
        self.conversation_count = conversations or max(1, messages // 10)
        rng = random.Random(seed)
        customers = max(1, messages // 30, (conversations or 0) // 3)
        self.customers = [self._customer(rng, i) for i in range(customers)]
        self.conversations = self._plan(rng)

    # -- planning -----------------------------------------------------------

    def _customer(self, rng: random.Random, index: int) -> Customer:
        platform = _weighted(rng, PLATFORM_WEIGHTS)
        language = _weighted(rng, LANGUAGE_WEIGHTS)
        assert isinstance(platform, Platform) and isinstance(language, str)
        first = rng.choice(FIRST[language])
        last = rng.choice(LAST[language])
        name = first + last if language == "zh" else f"{first} {last}"
        user = f"c{index}_{rng.randrange(10**6):06d}"
        if platform == Platform.MASTODON:
            domain = rng.choice(DOMAINS)
            person = Person(platform, f"https://{domain}/@{user}", str(10**9 + index), f"@{user}@{domain}", name,
                            url=f"https://{domain}/@{user}", avatar_url=f"https://{domain}/avatars/{user}.png")
        elif platform == Platform.X:
            rid = str(10**15 + index * 7919)
            person = Person(platform, f"x:{rid}", rid, f"@{user}", name, url=f"https://x.com/{user}")
        elif platform == Platform.BLUESKY:
            did = f"did:plc:{index:08d}{rng.randrange(16**16):016x}"
            person = Person(platform, did, did, f"@{user}.bsky.social", name, url=f"https://bsky.app/profile/{user}.bsky.social")
        else:
            address = f"{user}@{rng.choice(MAIL_DOMAINS)}"
            person = Person(platform, address, address, address, name)
        return Customer(index, platform, language, person)

    def _sizes(self, rng: random.Random, count: int, total: int) -> list[int]:
        """``count`` conversation sizes summing to ``total``: mostly short, a few long."""
        longest = min(LONGEST, max(1, total // 4))
        if count == 1:
            return [total]
        rest = total - longest
        raw = [rng.paretovariate(1.4) for _ in range(count - 1)]
        scale = max(rest - (count - 1), 0) / sum(raw)
        sizes = [1 + min(int(r * scale), longest // 3) for r in raw]
        short = rest - sum(sizes)
        room = sum(longest // 3 - s for s in sizes if s < longest // 3)
        if short > room:  # (few conversations: the caps cannot hold it all; the longest takes the rest)
            longest += short - room
            short = room
        while short > 0:  # spread what the caps and rounding left over
            i = rng.randrange(len(sizes))
            if sizes[i] < longest // 3:
                sizes[i] += 1
                short -= 1
        while short < 0:
            i = rng.randrange(len(sizes))
            if sizes[i] > 1:
                sizes[i] -= 1
                short += 1
        return [longest, *sizes]

    def _plan(self, rng: random.Random) -> list[PlannedConversation]:
        count = self.conversation_count
        sizes = self._sizes(rng, count, self.messages)
        span = int((END - START).total_seconds() * 1000)
        start_ms = int(START.timestamp() * 1000)
        direct_taken: set[tuple[int, int]] = set()
        plans = []
        for index, size in enumerate(sizes):
            # Every customer has a conversation; some have many.
            if index < len(self.customers):
                customer = self.customers[index]
            else:
                customer = self.customers[int(len(self.customers) * rng.random() ** 2)]
            account = rng.choice(BY_PLATFORM[customer.platform])
            if customer.platform == Platform.EMAIL:
                kind = Kind.DIRECT  # one conversation per e-mail thread
            elif rng.random() < 0.35 and (customer.index, account) not in direct_taken:
                kind = Kind.DIRECT  # all direct messages with one customer are one conversation
                direct_taken.add((customer.index, account))
            else:
                kind = Kind.PUBLIC
            if size > 50:
                # A long-running relationship: spread over most of the three years.
                first = start_ms + int(rng.random() * span * 0.1)
                gap = (start_ms + span - first) / size
            else:
                first = start_ms + int(rng.random() * span)
                gap = rng.choice((600_000, 3_600_000, 86_400_000))
            times = []
            at = float(first)
            for _ in range(size):
                times.append(int(at))
                at += rng.expovariate(1 / gap) + 1_000
            end_ms = start_ms + span
            if times[-1] > end_ms:  # squeeze into the three years, keeping the order
                t0 = times[0]
                factor = (end_ms - t0) / max(times[-1] - t0, 1)
                times = [t0 + int((t - t0) * factor) for t in times]
            directions = [Direction.IN]
            for _ in range(size - 1):
                directions.append(Direction.OUT if directions[-1] == Direction.IN and rng.random() < 0.6 else Direction.IN)
            plans.append(PlannedConversation(index, customer, account, kind, times, directions))
        return plans

    # -- the messages -------------------------------------------------------

    def posts(self) -> Iterator[tuple[int, Post]]:
        """(account index, post) for every message, oldest first."""
        rng = random.Random(self.seed * 7_919 + 1)
        heap = [(c.times[0], c.index, 0) for c in self.conversations]
        heapq.heapify(heap)
        roots: dict[int, str] = {}
        previous: dict[int, str] = {}
        serial = 0
        while heap:
            at, conv_index, seq = heapq.heappop(heap)
            conv = self.conversations[conv_index]
            if seq + 1 < len(conv.times):
                heapq.heappush(heap, (conv.times[seq + 1], conv_index, seq + 1))
            serial += 1
            post = self._post(rng, conv, seq, at, serial, roots.get(conv_index), previous.get(conv_index))
            if seq == 0:
                roots[conv_index] = post.remote_id
            previous[conv_index] = post.remote_id
            yield conv.account, post

    def _text(self, rng: random.Random, language: str, direction: Direction, first_name: str) -> str:
        pool = CUSTOMER_SAYS[language] if direction == Direction.IN else SHOP_SAYS[language]
        products = PRODUCTS[language]
        values = {
            "order": rng.randrange(10_000, 999_999),
            "product": rng.choice(products),
            "product2": rng.choice(products),
            "size": rng.randrange(35, 47),
            "city": rng.choice(CITIES[language]),
            "day": rng.choice(DAYS[language]),
            "first": first_name,
        }
        roll = rng.random()
        sentences = 1 if roll < 0.55 else 2 if roll < 0.85 else 3 if roll < 0.96 else rng.randrange(5, 12)
        parts = [rng.choice(pool).format(**values)]
        for _ in range(sentences - 1):
            extra = LONG_EXTRA[language] if direction == Direction.IN and rng.random() < 0.6 else pool
            parts.append(rng.choice(extra).format(**values))
        joiner = "" if language == "zh" else " "
        return joiner.join(p[0].upper() + p[1:] if language != "zh" else p for p in parts)

    def _post(
        self, rng: random.Random, conv: PlannedConversation, seq: int, at_ms: int, serial: int,
        root: str | None, previous: str | None,
    ) -> Post:
        shop = ACCOUNTS[conv.account]
        customer = conv.customer
        direction = conv.directions[seq]
        author = customer.person if direction == Direction.IN else shop.me
        first_name = customer.person.name.split(" ")[0]
        text = self._text(rng, customer.language, direction, first_name)
        platform = customer.platform
        html_text = ""
        extra: dict[str, str] = {}
        url = None
        if platform == Platform.MASTODON:
            remote_id = str(109_000_000_000_000_000 + serial)
            other = shop.me if direction == Direction.IN else customer.person
            user = other.handle.split("@")[1]
            text = f"@{user} {text}"
            # What the connector keeps of Mastodon's HTML: the mention link.
            html_text = (
                f'<p><span><a href="{other.url or other.key}" rel="noopener noreferrer nofollow">@<span>{user}</span></a></span> '
                f"{html.escape(text[len(user) + 2:], quote=False)}</p>"
            )
            url = f"{author.key}/{remote_id}"
        elif platform == Platform.X:
            remote_id = str(1_600_000_000_000_000_000 + serial)
            other = shop.me if direction == Direction.IN else customer.person
            if conv.kind == Kind.PUBLIC:
                text = f"{other.handle} {text}"
            url = f"https://x.com/{author.handle.lstrip('@')}/status/{remote_id}"
        elif platform == Platform.BLUESKY:
            rkey = f"3l{serial:011d}"
            remote_id = f"at://{author.key}/app.bsky.feed.post/{rkey}"
            extra = {"cid": f"bafyreib{serial:016x}{rng.randrange(16**20):020x}"}
            url = f"https://bsky.app/profile/{author.handle.lstrip('@')}/post/{rkey}"
        else:
            remote_id = f"<{serial:x}.{rng.randrange(16**8):08x}@{author.key.split('@')[1]}>"
            extra = {"message_id": remote_id, "subject": f"Re: order #{1000 + conv.index}"}
        attachments: tuple[Attachment, ...] = ()
        if direction == Direction.IN and rng.random() < 0.03:
            attachments = (Attachment("image", f"https://media.example/{serial}.jpg", "photo of the shoes"),)
        return Post(
            remote_id=remote_id,
            author=author,
            text=text,
            created_at=datetime.fromtimestamp(at_ms / 1000, tz=UTC),
            kind=conv.kind,
            direction=direction,
            customer=customer.person,
            visibility="direct" if conv.kind == Kind.DIRECT else "public",
            html=html_text,
            in_reply_to=previous if conv.kind == Kind.PUBLIC or platform == Platform.EMAIL else None,
            thread_root=root or remote_id,
            url=url,
            attachments=attachments,
            extra=extra,
        )

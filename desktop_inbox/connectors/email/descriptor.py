"""E-mail, as every layer sees it (``connectors.platforms``)."""

from desktop_inbox.connectors.platforms import MediaLimits, PlatformDescriptor, SignInSpec
from desktop_inbox.records import Platform
from desktop_inbox.words import QT_TRANSLATE_NOOP

SECURITY_CHOICES = ("tls", "starttls", "none")

SIGN_IN_HELP = "\n\n".join(
    (
        QT_TRANSLATE_NOOP(
            "Platforms",
            'Enter your e-mail address and password; Desktop Inbox fills in the usual servers for your provider, which you can change. Many providers (Gmail, Yahoo, iCloud, Fastmail) want an app password instead of your normal one: create it in your provider\'s security settings. "Test connection" signs in to both servers without sending anything.',
        ),
        QT_TRANSLATE_NOOP(
            "Platforms",
            'Security: "tls" (ports 993 and 465) or "starttls" (ports 143 and 587) always check the server\'s certificate. "none" sends your password unencrypted and is only allowed for a server on this computer (such as a mail bridge).',
        ),
        QT_TRANSLATE_NOOP(
            "Platforms",
            "The password is kept in your system's keyring, never in Desktop Inbox's files. New mail arrives within seconds (IMAP IDLE); replies are sent with your signature and filed in your Sent folder.",
        ),
    )
)


def _count(text: str, url_length: int) -> int:
    return len(text)


DESCRIPTOR = PlatformDescriptor(
    platform=Platform.EMAIL,
    name="E-mail",
    mark="@",
    color="#5F6B7A",
    default_limit=0,
    counting_rule="",
    count=_count,
    connector="desktop_inbox.connectors.email.connector:build",
    signature_in_text=False,  # the connector signs the mail itself
    starts_direct=True,
    signin=SignInSpec(
        kind="password",
        title=QT_TRANSLATE_NOOP("Platforms", "Add an e-mail account"),
        summary=QT_TRANSLATE_NOOP("Platforms", "Any mailbox with IMAP and SMTP: Gmail, Outlook, your own domain…"),
        cli_help="an e-mail account (IMAP + SMTP)",
        help=SIGN_IN_HELP,
        defaults={"security": SECURITY_CHOICES},
    ),
    # Attached to the message itself (the alt text as its description).
    media=MediaLimits(count=10, max_bytes=15 * 1024 * 1024, alt_limit=1000, upload_lifetime=10 * 365 * 86400.0),
    listens=False,
    listening=QT_TRANSLATE_NOOP(
        "Platforms",
        "E-mail has no listening: there is nothing public to search, mail reaches you only when it "
        "is sent to you. Listen on a Mastodon, Bluesky or X account instead.",
    ),
)

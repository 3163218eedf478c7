"""``desktop-inbox accounts add email``."""

from __future__ import annotations

from desktop_inbox.cli.args import Parser
from desktop_inbox.cli.context import EXIT_FAILED, EXIT_OK, Context, read_secret
from desktop_inbox.records import Platform
from desktop_inbox.services.accounts import HISTORY_CHOICES
from desktop_inbox.services.platforms import descriptor

EMAIL = descriptor(Platform.EMAIL)


def build(parser: Parser) -> None:
    security: tuple[str, ...] = EMAIL.signin.defaults["security"]  # type: ignore[assignment]
    parser.description = "Add a mailbox. Servers are guessed from the address; the password is read from stdin."
    parser.add_argument("--address", required=True, help="your e-mail address")
    parser.add_argument("--imap-host", metavar="H", help="IMAP server (default: guessed from the address)")
    parser.add_argument("--imap-port", metavar="P", type=int, help="IMAP port (default: 993 tls, 143 starttls)")
    parser.add_argument("--smtp-host", metavar="H", help="SMTP submission server (default: guessed)")
    parser.add_argument("--smtp-port", metavar="P", type=int, help="SMTP port (default: 465 tls, 587 starttls)")
    parser.add_argument(
        "--security", choices=security, help="tls, starttls, or none (only for this computer); default tls"
    )
    parser.add_argument("--username", metavar="U", help="sign-in name if not the address")
    parser.add_argument("--name", default="", help="your name, as recipients see it")
    parser.add_argument("--signature", default="", help="added under every reply")
    parser.add_argument(
        "--folder", action="append", metavar="NAME", help="a folder to watch (repeatable; default INBOX; Sent is found itself)"
    )
    parser.add_argument(
        "--password-stdin", action="store_true", required=True, help="read the password (or app password) from stdin"
    )
    parser.add_argument("--test", action="store_true", help="only test the connection; add nothing")
    parser.add_argument(
        "--history", choices=list(HISTORY_CHOICES), default="3m", help="how far back to import (default 3m)"
    )
    parser.set_defaults(func=add_email)


async def add_email(ctx: Context) -> int:
    from desktop_inbox.services.signin.email import EmailSignIn  # (IMAP and SMTP load with the command)

    args = ctx.args
    sign_in = EmailSignIn(ctx.services.accounts)
    guess = sign_in.guess(args.address, security=args.security)
    config = sign_in.settings(
        args.address,
        imap_host=args.imap_host,
        imap_port=args.imap_port,
        smtp_host=args.smtp_host,
        smtp_port=args.smtp_port,
        security=args.security,
        username=args.username,
        name=args.name,
        folders=tuple(args.folder) if args.folder else None,
    )
    password = read_secret("password")
    if guess.note and config.imap.host == guess.config.imap.host:
        ctx.warn(f"Note: {guess.note}")
    if args.test:
        report = await sign_in.test_connection(config, password)
        for line in report.lines():
            ctx.print(line)
        return EXIT_OK if report.ok else EXIT_FAILED
    account = await sign_in.add(config, password, history=args.history, signature=args.signature)
    ctx.print(
        f"Added {account.handle} (account {account.id}): IMAP {config.imap.label}, SMTP {config.smtp.label}. "
        "Run `desktop-inbox sync` to fetch its mail."
    )
    return EXIT_OK

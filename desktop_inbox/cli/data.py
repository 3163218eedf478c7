"""Command line for the cache itself: backup, restore, encrypt, decrypt.

``restore``, ``encrypt`` and ``decrypt`` replace the cache file, so they run
with the cache closed and the data folder to themselves (they refuse while
the app or a sync runs on it).
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from desktop_inbox.errors import BadInput
from desktop_inbox.services import encryption
from desktop_inbox.services.backup import BACKUP_DIR, auto_backups, check_backup, exclusive_folder, restore

if TYPE_CHECKING:
    from desktop_inbox.cli.args import Parser
    from desktop_inbox.cli.context import Context

EXIT_OK = 0
EXIT_BAD_INPUT = 2


async def cmd_backup(ctx: Context) -> int:
    if ctx.args.list:
        found = auto_backups(ctx.data_dir)
        if not found:
            ctx.print(
                f"No automatic backups yet (they are taken daily while the app runs, in {ctx.data_dir / BACKUP_DIR})."
            )
        for path in found:
            ctx.print(f"{path}  {path.stat().st_size / 1e6:.1f} MB")
        return EXIT_OK
    if not ctx.args.output:
        raise BadInput("Say where to write the backup: desktop-inbox backup --output FILE")
    info = await ctx.services.backups.backup_to(ctx.args.output, overwrite=ctx.args.force, with_media=ctx.args.with_media)
    ctx.print(f"Backup written to {info.path}: {info.describe()}. Sign-ins are not in it.")
    return EXIT_OK


def _confirm(ctx: Context, question: str) -> bool:
    ctx.err.write(f"{question} [y/N] ")
    ctx.err.flush()
    answer = sys.stdin.readline().strip().lower()
    return answer in ("y", "yes")


async def cmd_restore(ctx: Context) -> int:
    with exclusive_folder(ctx.data_dir, what="restore"):
        info = check_backup(ctx.data_dir, ctx.args.file, ctx.secrets)
        ctx.print(f"Backup {info.describe()}: checked, it is sound.")
        if not ctx.args.yes and not _confirm(
            ctx, f"Replace the cache in {ctx.data_dir} with this backup? Accounts will ask you to sign in again."
        ):
            ctx.print("Nothing was changed.")
            return EXIT_BAD_INPUT
        result = restore(ctx.data_dir, ctx.args.file, ctx.secrets)
    kept = f" The replaced cache is kept as {result.replaced}." if result.replaced else ""
    ctx.print(
        f"Restored {result.info.messages} messages. {result.accounts_to_sign_in} account(s) need you to sign in again "
        f"(desktop-inbox accounts add …); {result.replies_in_doubt} waiting repl(y/ies) will be checked with the "
        f"platform before they are sent.{kept}"
    )
    return EXIT_OK


async def cmd_encrypt(ctx: Context) -> int:
    with exclusive_folder(ctx.data_dir, what="encrypt the cache"):
        result = encryption.encrypt(ctx.data_dir, ctx.secrets)
    removed = f"; {result.backups_removed} plain automatic backup(s) removed" if result.backups_removed else ""
    ctx.print(f"The cache ({result.messages} messages) is now encrypted; its key is in the keyring{removed}.")
    return EXIT_OK


async def cmd_decrypt(ctx: Context) -> int:
    with exclusive_folder(ctx.data_dir, what="decrypt the cache"):
        result = encryption.decrypt(ctx.data_dir, ctx.secrets)
    removed = f"; {result.backups_removed} encrypted backup(s) removed" if result.backups_removed else ""
    ctx.print(
        f"The cache ({result.messages} messages) is no longer encrypted; its key was deleted from the keyring{removed}."
    )
    return EXIT_OK


def build_backup(bk: Parser) -> None:
    bk.add_argument("--output", "-o", metavar="FILE", help="the backup file to write")
    bk.add_argument("--force", action="store_true", help="replace FILE if it exists")
    bk.add_argument("--list", action="store_true", help="list the automatic backups")
    bk.add_argument(
        "--with-media", action="store_true", help="put the customers' pictures kept for offline reading in it too"
    )
    bk.set_defaults(func=cmd_backup)


def build_restore(rs: Parser) -> None:
    rs.add_argument("file", metavar="FILE")
    rs.add_argument("--yes", action="store_true", help="do not ask before replacing the cache")
    rs.set_defaults(func=cmd_restore, open_cache=False)


def build_encrypt(en: Parser) -> None:
    en.set_defaults(func=cmd_encrypt, open_cache=False)


def build_decrypt(de: Parser) -> None:
    de.set_defaults(func=cmd_decrypt, open_cache=False)

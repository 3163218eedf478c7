"""Meta's access levels in plain words: shown at set-up and with every
permission error, because they decide whom the business may answer.

Sources (stored copies of Meta's pages, 2026): Instagram App Review
(``developers.facebook.com/docs/instagram-platform/app-review``): an app
"only for a business I own or manage" needs Standard Access and no App
Review; the Conversations API pages (``…/instagram-api-with-instagram-login/
conversations-api``, ``…/messenger-platform/conversations``): Advanced Access
for conversations with people who have no role on the app. Integrators meet
"(#200) App does not have Advanced Access … recipient user does not have
role on app" (chatwoot/chatwoot#11578) when they forget it.
"""

from __future__ import annotations

from desktop_inbox.words import QT_TRANSLATE_NOOP

STANDARD = "standard"
ADVANCED = "advanced"

ADVANCED_ACCESS_STEPS = "\n\n".join(
    (
        QT_TRANSLATE_NOOP(
            "Platforms",
            "To get Advanced Access (needed to answer customers who have no role on your app):\n"
            "  1. In the App Dashboard (developers.facebook.com/apps), open your app and\n"
            "     complete Business Verification for your business (Settings > Basic >\n"
            "     Verification).\n"
            "  2. Go to App Review > Permissions and Features and request Advanced Access\n"
            "     for the permissions listed above; describe that a person at your business\n"
            "     reads and answers customers' messages in Desktop Inbox.\n"
            "  3. Switch the app to Live mode once the review is approved, then generate a\n"
            "     new token and add the account again.",
        ),
    )
)

LEVELS = {
    "instagram": "\n\n".join(
        (
            QT_TRANSLATE_NOOP(
                "Platforms",
                "Access levels of your Meta app for Instagram:\n"
                "  - Standard Access (the default, no App Review): the app works for the\n"
                "    Instagram professional account you own and added to the app. Meta's\n"
                "    documentation does not say whether direct messages with customers who have\n"
                "    no role on the app work on Standard Access; if Instagram refuses them,\n"
                "    your app needs Advanced Access.\n"
                "  - Advanced Access (App Review and Business Verification): needed for\n"
                "    accounts you do not own, and wherever Meta asks for it.",
            ),
            QT_TRANSLATE_NOOP(
                "Platforms",
                "Permissions Desktop Inbox uses: instagram_business_basic,\n"
                "instagram_business_manage_messages, instagram_business_manage_comments.",
            ),
        )
    ),
    "messenger": "\n\n".join(
        (
            QT_TRANSLATE_NOOP(
                "Platforms",
                "Access levels of your Meta app for Messenger:\n"
                "  - Standard Access (the default, no App Review): the app can only read and\n"
                "    answer conversations with people who have a role on the app or the Page\n"
                "    (admins, developers, testers). Ordinary customers are refused with\n"
                '    "(#200) … does not have Advanced Access".\n'
                "  - Advanced Access (App Review and Business Verification): needed to read\n"
                "    and answer conversations with your customers.",
            ),
            QT_TRANSLATE_NOOP(
                "Platforms",
                "Permissions Desktop Inbox uses: pages_messaging, pages_read_engagement,\n"
                "pages_manage_metadata (and pages_read_user_engagement, pages_manage_engagement\n"
                "for comments on the Page's posts).",
            ),
        )
    ),
}


def explain(platform: str) -> str:
    """What each access level allows, and how to get Advanced Access."""
    return f"{LEVELS.get(platform, LEVELS['messenger'])}\n\n{ADVANCED_ACCESS_STEPS}"


def refusal(platform: str, name: str, reason: str) -> str:
    """One line for a permission error: which access the app has, what it
    allows, and where the steps are (errors are stored and shown as one line;
    ``explain`` is the whole story, in the sign-in help and the README)."""
    steps = f"steps: desktop-inbox accounts add {platform} --help"
    if mentions_advanced_access(reason):
        return (
            f"{name} refused ({reason}): your Meta app has Standard Access, which reaches only people with a role "
            f"on the app. Advanced Access needs Business Verification and App Review; {steps}."
        )
    return (
        f"{name} refused ({reason}): your Meta app or token lacks a permission for this. Check the app's "
        f"permissions and access level, then generate a new token; {steps}."
    )


def mentions_advanced_access(message: str) -> bool:
    """Meta's words when an app on Standard Access reaches someone without a role."""
    low = message.lower()
    return "advanced access" in low or "does not have role on app" in low or "not admins, developers or testers" in low

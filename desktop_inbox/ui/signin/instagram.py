"""The Instagram sign-in page (``ui.signin.dialog`` finds a platform's page here)."""

from desktop_inbox.ui.signin.meta import InstagramPage

PAGE = InstagramPage

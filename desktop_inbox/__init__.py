"""Desktop Inbox: answer every customer personally, online or offline."""

__version__ = "0.1.0"
APP_NAME = "Desktop Inbox"
APP_ID = "desktop-inbox"

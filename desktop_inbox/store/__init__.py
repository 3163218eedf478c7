"""The local cache: SQLite through peewee. No network, no Qt."""

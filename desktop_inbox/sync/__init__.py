"""The sync engine: pulls every account, delivers the outbox. asyncio, no Qt."""

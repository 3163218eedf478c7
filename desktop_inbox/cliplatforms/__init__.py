"""One module per platform for ``desktop-inbox accounts add PLATFORM``."""

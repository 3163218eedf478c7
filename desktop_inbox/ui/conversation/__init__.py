"""The conversation pane: header, thread, composer, and the reply use case's adapter."""

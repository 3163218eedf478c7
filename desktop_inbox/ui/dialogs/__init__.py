"""Dialogs, each opened through the one dialog manager (``manager.py``)."""

"""Use cases the UI and the command line call. Plain Python, no Qt."""

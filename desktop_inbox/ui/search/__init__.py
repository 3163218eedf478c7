"""Search: the bar above the list, and the results that replace the list."""

"""Local, real HTTP servers that speak the platforms' APIs.

Used by the tests, the demo workspace and the benchmarks: each runs on
127.0.0.1 in a background thread (or as its own process), keeps its state in
memory and can inject faults (429, 5xx, 401, slow and lost responses,
malformed JSON) on request.
"""

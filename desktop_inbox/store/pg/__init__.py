"""The store on PostgreSQL (a team's shared database).

The store's modules speak SQLite's SQL; ``dialect`` rewrites what PostgreSQL
says differently as statements pass (cached per statement), ``fts`` turns
the FTS5 match expressions ``store.search`` builds into ``tsvector``
conditions (``store.search_walk`` orders their matches newest first), ``migrations`` runs the same numbered migrations, and
``cache.TeamCache`` opens it. Nothing above the store sees the difference.
"""

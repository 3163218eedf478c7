"""Hostile JSON for property tests: surprising values and mutated records.

``mutated(template)`` starts from a record a platform really sends and
changes it where it hurts: fields deleted, replaced by values of the wrong
type, by huge or invalid strings (lone surrogates, NUL, bidi controls), by
unknown enum values, by deep nesting. ``json_values`` is free-form JSON.

Example counts are bounded for CI (``HYPOTHESIS_EXAMPLES``, default 120 per
test); ``HYPOTHESIS_EXAMPLES=5000`` is a long run by hand.
"""

from __future__ import annotations

import copy
import os
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from desktop_inbox.records import Post

EXAMPLES = int(os.environ.get("HYPOTHESIS_EXAMPLES", "120"))

bounded = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
    print_blob=True,
)

SURPRISING_STRINGS = [
    "", " ", "\x00", "\ud800", "\udfff", "a\ud83dz", "\u202egnp.exe", "\u2066\u2067\u2069", "\ufeff", "\u0000\u0001",
    "2024-13-45T99:99:99Z", "0000-00-00T00:00:00Z", "9999-12-31T23:59:59+99:00", "1970-01-01", "yesterday",
    "9999-12-31T23:59:59-14:00", "0001-01-01T00:00:00+14:00", "2024-02-30T10:00:00Z", "2024-06-01T10:00:00",
    "-1", "0", "NaN", "Infinity", "1e309", "9" * 40, "18446744073709551616",
    "<script>alert(1)</script>", "javascript:alert(1)", "</p><img src=x onerror=alert(1)>",
    "@", "@@", "@a@b@c", "did:", "did:plc:", "at://", "at://did:plc:x/app.bsky.feed.post/",
    "https://", "http://127.0.0.1:1/", "mailto:", "<>", "\\", '"', "{}", "[]",
    "Ζάππος", "客户服务", "שלום עולם", "مرحبا", "👩🏽‍💻" * 20, "e\u0301" * 30,
]

_text = st.one_of(
    st.sampled_from(SURPRISING_STRINGS),
    st.text(max_size=40),
    st.text(alphabet=st.characters(codec=None, categories=["Cs", "Cc", "Cf", "Zl", "Zp", "Mn"]), max_size=20),
    st.builds(lambda s, n: s * n, st.sampled_from(["x", "é", "客", "\u202e", "<b>", "@shop "]), st.integers(5_000, 120_000)),
)
_leaf = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    _text,
)


def _deep(depth: int, kind: str) -> Any:
    value: Any = "bottom"
    for _ in range(depth):
        value = [value] if kind == "list" else {"a": value}
    return value


deep_values = st.builds(_deep, st.integers(50, 800), st.sampled_from(["list", "dict"]))

# What replaces one field: mostly a single surprising value of any type.
hostile_leaf = st.one_of(
    st.sampled_from(SURPRISING_STRINGS),
    st.sampled_from(SURPRISING_STRINGS),
    # A fresh copy each time: sampled_from hands out the same objects, and a
    # later mutation writing into a shared [] or {} made values that contain
    # themselves (circular JSON), and examples that leaked into each other.
    st.sampled_from([None, True, False, 0, -1, 2**63, -(2**63) - 1, 10**30, 1.5, float("nan"), float("inf"), [], {}, [None], {"": None}]).map(copy.deepcopy),
    _text,
)

json_values = st.recursive(
    _leaf,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=5),
    max_leaves=20,
) | deep_values


# Paths are collected without recursion and only down to this depth: a value
# mutated once can hold a deep_values subtree (800 levels), and walking it
# recursively here hit Python's recursion limit in the test itself.
_PATH_DEPTH = 30


def _walk(value: Any) -> list[tuple[tuple[Any, ...], bool]]:
    """Every path in ``value`` (not deeper than _PATH_DEPTH), with whether it is a leaf."""
    found: list[tuple[tuple[Any, ...], bool]] = []
    stack: list[tuple[tuple[Any, ...], Any]] = [((), value)]
    while stack:
        prefix, node = stack.pop()
        children = list(node.items()) if isinstance(node, dict) else list(enumerate(node)) if isinstance(node, list) else []
        if prefix:
            found.append((prefix, not children or len(prefix) >= _PATH_DEPTH))
        if len(prefix) < _PATH_DEPTH:
            stack.extend(((*prefix, key), child) for key, child in reversed(children))
    return found


def _leaf_paths(value: Any) -> list[tuple[Any, ...]]:
    return [path for path, leaf in _walk(value) if leaf]


def _paths(value: Any) -> list[tuple[Any, ...]]:
    return [path for path, _leaf in _walk(value)]


def _parent(root: Any, path: tuple[Any, ...]) -> Any:
    node = root
    for key in path[:-1]:
        node = node[key]
    return node


@st.composite
def mutated(draw: st.DrawFn, template: Any, *, field_names: tuple[str, ...] = ()) -> Any:
    """``template`` with 1 to 4 hostile changes."""
    value = copy.deepcopy(template)
    for _ in range(draw(st.integers(1, 3))):
        # Mostly one field's value (where parsers go wrong), sometimes a whole subtree.
        paths = _leaf_paths(value) if draw(st.integers(0, 9)) < 7 else _paths(value)
        if not paths:
            return draw(json_values)
        path = draw(st.sampled_from(paths))
        parent = _parent(value, path)
        key = path[-1]
        action = draw(st.sampled_from(["delete", "replace", "replace", "replace", "wrap", "stringify", "add"]))
        if action == "delete":
            del parent[key]
        elif action == "replace":
            parent[key] = draw(st.one_of(hostile_leaf, hostile_leaf, hostile_leaf, json_values))
        elif action == "wrap":
            parent[key] = [parent[key]] if draw(st.booleans()) else {"value": parent[key]}
        elif action == "stringify":
            parent[key] = str(parent[key])
        elif isinstance(parent, dict):
            name = draw(st.sampled_from(field_names)) if field_names and draw(st.booleans()) else draw(st.text(max_size=8))
            parent[name] = draw(json_values)
    return value


def check_post(post: Post | None, *, store: Callable[[Post], None] | None = None) -> None:
    """What every parser promises about a record it returns."""
    if post is None:
        return
    assert isinstance(post, Post)
    assert isinstance(post.remote_id, str) and post.remote_id
    assert isinstance(post.text, str) and isinstance(post.html, str)
    assert post.created_at.tzinfo is not None
    assert post.customer is not None
    # Aware, and within what the cache can hold as epoch milliseconds.
    assert datetime(1, 1, 2, tzinfo=UTC) <= post.created_at <= datetime(9999, 12, 30, tzinfo=UTC)
    for value in (post.remote_id, post.text, post.html, post.author.key, post.author.handle, post.customer.key):
        value.encode("utf-8")  # no lone surrogates: SQLite would refuse the page
    for key, item in post.extra.items():
        assert isinstance(key, str) and isinstance(item, str)
    if store is not None:
        store(post)


def recent(minutes: int = 0) -> str:
    return (datetime.now(UTC) - timedelta(minutes=minutes)).strftime("%Y-%m-%dT%H:%M:%S.000Z")

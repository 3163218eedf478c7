"""Our description of the X API subset (``tests/servers/x_api_subset.yaml``).

CI has only the repository, so the X tests there check every exchange against
this description instead of X's official file (whose licence keeps it out of
the repository). Here: it is valid OpenAPI 3.0; it refuses what X's file
refuses; and, wherever X's file is on the machine, everything it declares —
paths, methods, parameters, enum values, properties — exists in X's file
with the same name and type.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.servers import xspec
from tests.servers.xspec import (
    SUBSET,
    SpecValidator,
    official_spec,
    read_spec,
)

OFFICIAL = official_spec()
SPECS = [pytest.param(SUBSET, id="subset")] + ([pytest.param(OFFICIAL, id="official")] if OFFICIAL else [])
BEARER = {"authorization": "Bearer abc"}
METHODS = ("get", "post", "put", "patch", "delete")


def test_the_subset_is_valid_openapi_3_0() -> None:
    from openapi_spec_validator import validate
    from openapi_spec_validator.validation import OpenAPIV30SpecValidator

    spec = read_spec(SUBSET)
    assert spec["openapi"].startswith("3.0.")
    validate(spec, cls=OpenAPIV30SpecValidator)


def test_find_spec_prefers_x_official_file_and_falls_back_to_ours(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv(xspec.ENV, raising=False)
    assert xspec.find_spec() == (OFFICIAL or SUBSET)
    monkeypatch.setenv(xspec.ENV, "subset")
    assert xspec.find_spec() == SUBSET
    monkeypatch.setenv(xspec.ENV, str(tmp_path / "missing.json"))
    with pytest.raises(FileNotFoundError, match="not a file"):
        xspec.find_spec()


# -- the subset is as strict as X's file on what matters --------------------------------

MENTIONS = "/2/users/2244994945/mentions"
SEARCH = "/2/tweets/search/recent"
GOOD_QUERY = {
    "max_results": ["100"],
    "tweet.fields": ["author_id,conversation_id,created_at,referenced_tweets"],
    "expansions": ["author_id,referenced_tweets.id"],
    "user.fields": ["name,username"],
}
TWEET = {"id": "1346889436626259968", "text": "@shop hi", "edit_history_tweet_ids": ["1346889436626259968"]}

REQUESTS = [
    # (method, path, query, body, valid)
    ("GET", MENTIONS, GOOD_QUERY, None, True),
    ("GET", MENTIONS, {**GOOD_QUERY, "tweet.fields": ["author_id,bogus"]}, None, False),
    ("GET", MENTIONS, {**GOOD_QUERY, "max_results": ["500"]}, None, False),
    ("GET", MENTIONS, {**GOOD_QUERY, "since_id": ["12ab"]}, None, False),
    ("GET", "/2/users/not-a-number/mentions", GOOD_QUERY, None, False),
    ("GET", "/2/tweets", {"ids": ["1,2,3"], "tweet.fields": ["created_at"]}, None, True),
    ("GET", "/2/tweets", {"tweet.fields": ["created_at"]}, None, False),  # ids is required
    ("GET", "/2/dm_events", {"event_types": ["MessageCreate"], "pagination_token": ["tooshort"]}, None, False),
    ("GET", "/2/dm_events", {"event_types": ["MessageCreate"], "dm_event.fields": ["sender_id,text"]}, None, True),
    ("GET", SEARCH, {**GOOD_QUERY, "query": ['"happy shoes" -is:retweet lang:en'], "next_token": ["b26v89c19zqg8o3"]}, None, True),
    ("GET", SEARCH, {**GOOD_QUERY, "query": ["#happyshoes"], "max_results": ["5"]}, None, False),  # 10-100 here
    ("GET", SEARCH, {**GOOD_QUERY, "query": ["#happyshoes"], "sort_order": ["oldest"]}, None, False),
    ("GET", SEARCH, GOOD_QUERY, None, False),  # query is required
    ("POST", "/2/tweets", None, {"text": "Thanks!", "reply": {"in_reply_to_tweet_id": "20"}}, True),
    ("POST", "/2/tweets", None, {"text": "Thanks!", "reply": {"in_reply_to_tweet_id": "20", "x": 1}}, False),
    ("POST", "/2/dm_conversations/with/2244994945/messages", None, {"text": "Hi"}, True),
    ("POST", "/2/dm_conversations/with/2244994945/messages", None, {"text": ""}, False),
]


@pytest.mark.parametrize("spec", SPECS)
@pytest.mark.parametrize(("method", "path", "query", "body", "valid"), REQUESTS)
def test_requests_are_judged_like_x_judges_them(spec: Path, method: str, path: str, query: Any, body: Any, valid: bool) -> None:
    headers = {**BEARER, **({"content-type": "application/json"} if body is not None else {})}
    found = SpecValidator(spec).request(method, path, query or {}, headers, json.dumps(body).encode() if body else b"")
    assert (found == []) is valid, found


RESPONSES = [
    # (method, path, query, status, content type, payload, valid)
    ("GET", MENTIONS, GOOD_QUERY, 200, "application/json", {"data": [TWEET], "meta": {"result_count": 1}}, True),
    ("GET", MENTIONS, GOOD_QUERY, 200, "application/json", {"data": [{**TWEET, "id": "abc"}]}, False),
    ("GET", MENTIONS, GOOD_QUERY, 200, "application/json", {"data": [{**TWEET, "referenced_tweets": [{"type": "liked", "id": "1"}]}]}, False),
    ("GET", MENTIONS, GOOD_QUERY, 200, "application/json", {"data": [TWEET], "includes": {"users": [{"id": "1", "name": "A"}]}}, False),
    ("GET", SEARCH, {"query": ["shoes"]}, 200, "application/json", {"data": [TWEET], "meta": {"result_count": 1, "next_token": "b26v89c19zqg8o3"}}, True),
    ("GET", SEARCH, {"query": ["shoes"]}, 200, "application/json", {"meta": {"result_count": 0, "next_token": ""}}, False),
    ("GET", "/2/users/me", {}, 200, "application/json", {"data": {"id": "1", "name": "Shop", "username": "shop"}}, True),
    ("GET", "/2/users/me", {}, 200, "application/json", {"data": {"id": "1", "name": "Shop", "username": "no spaces allowed"}}, False),
    ("GET", MENTIONS, GOOD_QUERY, 403, "application/problem+json", {"type": "https://api.twitter.com/2/problems/client-forbidden", "title": "Client Forbidden", "reason": "client-not-enrolled"}, True),
    ("GET", MENTIONS, GOOD_QUERY, 403, "application/problem+json", {"type": "about:blank", "detail": "no title"}, False),
    ("GET", MENTIONS, GOOD_QUERY, 403, "application/json", {"errors": [{"message": "legacy without code"}]}, False),
    ("POST", "/2/dm_conversations/with/2244994945/messages", {}, 201, "application/json", {"data": {"dm_conversation_id": "1-2", "dm_event_id": "3"}}, True),
    ("POST", "/2/dm_conversations/with/2244994945/messages", {}, 201, "application/json", {"data": {"dm_event_id": "3"}}, False),
]  # fmt: skip


@pytest.mark.parametrize("spec", SPECS)
@pytest.mark.parametrize(("method", "path", "query", "status", "content_type", "payload", "valid"), RESPONSES)
def test_responses_are_judged_like_x_judges_them(
    spec: Path, method: str, path: str, query: Any, status: int, content_type: str, payload: Any, valid: bool
) -> None:
    body = b'{"text": "x", "reply": {"in_reply_to_tweet_id": "1"}}' if method == "POST" else b""
    headers = {**BEARER, **({"content-type": "application/json"} if body else {})}
    found = SpecValidator(spec).response(method, path, query, headers, body, status, payload, content_type)
    assert (found == []) is valid, found


# -- faithful to X's own file --------------------------------------------------------------


def resolve(spec: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def flatten(spec: dict[str, Any], schema: Any) -> dict[str, Any]:
    """The schema with its allOf parts merged (properties, required, type…)."""
    schema = resolve(spec, schema)
    out = {k: v for k, v in schema.items() if k != "allOf"}
    out["properties"] = dict(schema.get("properties", {}))
    for part in schema.get("allOf", []):
        merged = flatten(spec, part)
        for key, value in merged.items():
            if key == "properties":
                out["properties"].update(value)
            else:
                out.setdefault(key, value)
    return out


def variants(spec: dict[str, Any], schema: Any) -> list[dict[str, Any]]:
    """The schema, its anyOf/oneOf branches and its discriminator's subtypes."""
    flat = flatten(spec, schema)
    found = [flat]
    for key in ("anyOf", "oneOf"):
        for branch in flat.get(key, []):
            found += variants(spec, branch)
    for target in (flat.get("discriminator") or {}).get("mapping", {}).values():
        found.append(flatten(spec, {"$ref": target}))
    return found


def compare(ours_spec: dict[str, Any], ours: Any, theirs_spec: dict[str, Any], theirs: Any, where: str) -> list[str]:
    """What ``ours`` declares that ``theirs`` does not (name, type, enum, pattern, format)."""
    o = flatten(ours_spec, ours)
    options = variants(theirs_spec, theirs)
    best: list[str] | None = None
    for t in options:
        problems: list[str] = []
        if "type" in o and "type" in t and o["type"] != t["type"]:
            problems.append(f"{where}: type {o['type']} here, {t['type']} at X")
        for key in ("pattern", "format"):
            if key in o and key in t and o[key] != t[key]:
                problems.append(f"{where}: {key} {o[key]!r} here, {t[key]!r} at X")
        if "enum" in o and "enum" in t:
            extra = set(o["enum"]) - set(t["enum"])
            if extra:
                problems.append(f"{where}: enum values {sorted(extra)} are not X's")
        theirs_properties: dict[str, Any] = {}
        for v in options:
            theirs_properties.update(v.get("properties", {}))
        for name, schema in o.get("properties", {}).items():
            if name not in theirs_properties:
                problems.append(f"{where}.{name}: X has no such property")
            else:
                problems += compare(ours_spec, schema, theirs_spec, theirs_properties[name], f"{where}.{name}")
        if "items" in o:
            if "items" not in t:
                problems.append(f"{where}[]: X has no items here")
            else:
                problems += compare(ours_spec, o["items"], theirs_spec, t["items"], f"{where}[]")
        if not problems:
            return []
        if best is None or len(problems) < len(best):
            best = problems
    return best or []


def faithfulness_problems(ours: dict[str, Any], theirs: dict[str, Any]) -> list[str]:
    problems: list[str] = []
    for path, item in ours["paths"].items():
        if path not in theirs["paths"]:
            problems.append(f"{path}: X has no such path")
            continue
        for method in (m for m in item if m in METHODS):
            op, their_op = item[method], theirs["paths"][path].get(method)
            where = f"{method.upper()} {path}"
            if their_op is None:
                problems.append(f"{where}: X has no such operation")
                continue
            their_params = {
                (p["name"], p["in"]): p
                for p in (resolve(theirs, x) for x in their_op.get("parameters", []) + theirs["paths"][path].get("parameters", []))
            }
            for param in (resolve(ours, x) for x in op.get("parameters", [])):
                key = (param["name"], param["in"])
                their = their_params.get(key)
                if their is None:
                    problems.append(f"{where}: X has no {param['in']} parameter {param['name']}")
                    continue
                for attr in ("required", "style", "explode"):
                    if attr in param and param[attr] != their.get(attr, {"required": False}.get(attr)):
                        problems.append(f"{where} {param['name']}: {attr} {param[attr]} here, {their.get(attr)} at X")
                problems += compare(ours, param["schema"], theirs, their["schema"], f"{where} {param['name']}")
            if "requestBody" in op:
                body, their_body = resolve(ours, op["requestBody"]), resolve(theirs, their_op.get("requestBody", {}))
                for media, content in body["content"].items():
                    their_content = their_body.get("content", {}).get(media)
                    if their_content is None:
                        problems.append(f"{where}: X takes no {media} body")
                    else:
                        problems += compare(ours, content["schema"], theirs, their_content["schema"], f"{where} body")
            for status, response in op["responses"].items():
                their_response = their_op["responses"].get(status)
                if their_response is None:
                    problems.append(f"{where}: X has no {status} response")
                    continue
                response, their_response = resolve(ours, response), resolve(theirs, their_response)
                for media, content in response.get("content", {}).items():
                    their_content = their_response.get("content", {}).get(media)
                    if their_content is None:
                        problems.append(f"{where} {status}: X sends no {media}")
                    else:
                        problems += compare(ours, content["schema"], theirs, their_content["schema"], f"{where} {status}")
    return problems


if OFFICIAL is not None:
    # Only where X's official OpenAPI file is (../shared/specs/x): it is not
    # ours to copy into the repository. Our subset must say nothing X's file
    # does not.

    def test_the_subset_is_faithful_to_x_official_file() -> None:
        assert OFFICIAL is not None
        ours, theirs = read_spec(SUBSET), read_spec(OFFICIAL)
        assert faithfulness_problems(ours, theirs) == []


def test_the_faithfulness_check_finds_what_differs() -> None:
    """The comparison itself: a made-up official file that differs in each way."""
    ours = read_spec(SUBSET)
    theirs = json.loads(json.dumps(ours))  # a copy, then made different
    tweet_fields = theirs["components"]["parameters"]["TweetFields"]["schema"]["items"]
    tweet_fields["enum"].remove("note_tweet")
    del theirs["paths"]["/2/users"]
    theirs["components"]["schemas"]["User"]["properties"].pop("profile_image_url")
    theirs["components"]["schemas"]["TweetId"]["type"] = "integer"
    theirs["paths"]["/2/dm_events"]["get"]["parameters"].pop(0)  # max_results
    problems = "\n".join(faithfulness_problems(ours, theirs))
    assert "enum values ['note_tweet']" in problems
    assert "/2/users: X has no such path" in problems
    assert ".profile_image_url: X has no such property" in problems
    assert "type string here, integer at X" in problems
    assert "GET /2/dm_events: X has no query parameter max_results" in problems
    assert faithfulness_problems(ours, ours) == []


def test_the_subset_wants_the_users_access_token() -> None:
    # Stricter than X's file, which openapi-core cannot check for its OAuth 2.0 scheme.
    validator = SpecValidator(SUBSET)
    assert validator.request("GET", "/2/users/me", {}, BEARER, b"") == []
    assert "Security" in validator.request("GET", "/2/users/me", {}, {}, b"")[0]

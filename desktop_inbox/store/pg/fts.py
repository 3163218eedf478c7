"""FTS5 match expressions (as ``store.search`` writes them) as PostgreSQL
conditions on the index table (``dialect.FTS_TABLE``).

``store.search`` quotes everything the user types, so an expression is only
ever phrases (``"a b"``), prefixes (``"a"*``), ``AND``/``OR``, parentheses and
the ``author :`` column filter. A phrase becomes ``tsvector @@
phraseto_tsquery`` (the ``inbox`` text search configuration: unaccent, then
English stems without stop words, as FTS5's porter tokenizer stems and keeps
every word); a phrase of Chinese characters (one token each in the index
text, see ``text.folding``) is a phrase of one-character words.
"""

from __future__ import annotations

import re
from typing import NamedTuple

_TOKENS = re.compile(r'"((?:[^"]|"")*)"(\*?)|(\()|(\))|(\bAND\b)|(\bOR\b)|(\bNOT\b)|(\w+)\s*:|(\S)')


class Condition(NamedTuple):
    sql: str
    params: tuple[object, ...]
    # The body's words and phrases, ORed: what "best first" ranks by.
    rank_query: str = ""


def condition(expression: str) -> Condition:
    tokens = _tokenize(expression)
    parser = _Parser(tokens)
    found = parser.expression(None)
    if parser.pos != len(tokens):
        raise ValueError(f"unexpected {tokens[parser.pos]!r} in match expression {expression!r}")
    return found._replace(rank_query=" | ".join(parser.ranked))


def rank(match: Condition | None) -> Condition:
    """The sort key of "best first": negated, as FTS5's rank is (lower is better)."""
    if match is None or not match.rank_query:
        return Condition("f.rowid * 0", ())  # (a bare 0 would be a column number)
    return Condition("-ts_rank(f.body_tsv, to_tsquery('inbox', %s))", (match.rank_query,))


def _tokenize(expression: str) -> list[tuple[str, str]]:
    tokens: list[tuple[str, str]] = []
    for m in _TOKENS.finditer(expression):
        phrase, star, opened, closed, and_, or_, not_, column, other = m.groups()
        if phrase is not None:
            tokens.append(("prefix" if star else "phrase", phrase.replace('""', '"')))
        elif column is not None:
            tokens.append(("column", column.lower()))
        elif other is not None:
            raise ValueError(f"unexpected {other!r} in match expression {expression!r}")
        else:
            word = opened or closed or and_ or or_ or not_
            tokens.append((word.upper(), word))
    return tokens


class _Parser:
    """OR binds loosest, then AND (written or implied), as in FTS5."""

    def __init__(self, tokens: list[tuple[str, str]]) -> None:
        self.tokens = tokens
        self.pos = 0
        self.ranked: list[str] = []

    def _peek(self) -> str | None:
        return self.tokens[self.pos][0] if self.pos < len(self.tokens) else None

    def expression(self, column: str | None) -> Condition:
        parts = [self._all(column)]
        while self._peek() == "OR":
            self.pos += 1
            parts.append(self._all(column))
        return _join(parts, " OR ")

    def _all(self, column: str | None) -> Condition:
        parts = [self._unit(column)]
        while self._peek() in ("AND", "NOT", "phrase", "prefix", "(", "column"):
            if self._peek() == "AND":
                self.pos += 1
            if self._peek() == "NOT":
                self.pos += 1
                negated = self._unit(column)
                parts.append(Condition(f"NOT ({negated.sql})", negated.params))
            else:
                parts.append(self._unit(column))
        return _join(parts, " AND ")

    def _unit(self, column: str | None) -> Condition:
        kind, value = self.tokens[self.pos]
        self.pos += 1
        if kind == "(":
            ahead = self.tokens[self.pos : self.pos + 4]
            whole = ahead[0][1] if ahead and ahead[0][0] == "phrase" else ""
            if whole.split() and ahead == [("phrase", whole), ("OR", "OR"), ("prefix", whole), (")", ")")]:
                # The search box's last word, whole or begun (``("size" OR
                # "size"*)``): the prefix alone finds the same (a word
                # begins with itself), tested once a row, not twice; ranked
                # by both, as written.
                self.pos += 4
                if column in (None, "body"):
                    self.ranked.append("(" + " <-> ".join(_lexeme(w) for w in whole.split()) + ")")
                return self._phrase(column, whole, prefix=True)
            inner = self.expression(column)
            if self._peek() != ")":
                raise ValueError("unclosed parenthesis in match expression")
            self.pos += 1
            return Condition(f"({inner.sql})", inner.params)
        if kind == "column":
            if value not in ("body", "author"):
                raise ValueError(f"no index column {value!r}")
            return self._unit(value)
        if kind in ("phrase", "prefix"):
            return self._phrase(column, value, prefix=kind == "prefix")
        raise ValueError(f"unexpected {value!r} in match expression")

    def _phrase(self, column: str | None, phrase: str, *, prefix: bool) -> Condition:
        if column is None:
            # No column named: either (as in FTS5).
            either = [self._phrase(c, phrase, prefix=prefix) for c in ("body", "author")]
            return Condition(f"({either[0].sql} OR {either[1].sql})", either[0].params + either[1].params)
        words = phrase.split()
        if not words:
            return Condition("FALSE", ())
        # (Chinese too: one character per token in the index text, so a
        # phrase of them is a tsvector phrase, as FTS5 reads it. A substring
        # test on the trigram index re-ran inbox_words' regular expression on
        # every candidate: 60-110 ms for a common pair of characters in
        # 10,000 messages, against 2-5 ms; bench/ row 12.)
        if prefix:
            lexemes = " <-> ".join(_lexeme(w) for w in words) + ":*"
            if column == "body":
                self.ranked.append(lexemes)
            return Condition(f"f.{column}_tsv @@ to_tsquery('inbox', %s)", (lexemes,))
        if column == "body":
            self.ranked.append("(" + " <-> ".join(_lexeme(w) for w in words) + ")")
        return Condition(f"f.{column}_tsv @@ phraseto_tsquery('inbox', inbox_words(%s))", (phrase,))


def _lexeme(word: str) -> str:
    return "'" + word.replace("\\", "\\\\").replace("'", "''") + "'"


def _join(parts: list[Condition], glue: str) -> Condition:
    if len(parts) == 1:
        return parts[0]
    return Condition(glue.join(p.sql for p in parts), tuple(v for p in parts for v in p.params))

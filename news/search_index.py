"""Search results ranked title first, then lead, then body, newest first, from the index of news/search_schema.py.

Each tier of results is its own query, asked only for as many articles as the page needs, in publication order:
SQLite's FTS5 lists matches newest first by itself (its rowid is the publication time); PostgreSQL's planner walks
the newest articles or reads the GIN index, whichever its statistics say is cheaper. Neither ranks every match of a
common word (most of 100 000 articles), and results are counted no further than COUNT_LIMIT.
"""

from django.db import connections
from django.db.models import BooleanField
from django.db.models.expressions import RawSQL
from django.utils import timezone

from news.search import LEAD, TITLE
from news.search_schema import (
    CATEGORY,
    LANGUAGES,
    ORDER_SCALE,
    PG_TABLE,
    PUBLISHED,
    TABLE,
    fts_table,
    pg_heads,
    pg_keys,
)

# Results are counted up to this many and paged through no further: counting every match of a common word costs
# more than the page (on PostgreSQL, a visit to each of 100 000 rows), and nobody reads page 101.
COUNT_LIMIT = 1000


# --- Match expressions --------------------------------------------------------------------------------------------


def fts_expression(terms):
    """An FTS5 query: every word, each one of its keys. Keys are quoted, so nothing in them is FTS5 syntax."""
    return " AND ".join("(" + " OR ".join(f'"{key}"' for key in keys) + ")" for keys in terms)


def tsquery_expression(terms):
    """The same as a tsquery literal (keys quoted, taken as they are)."""
    return " & ".join("(" + " | ".join("'" + key.replace("'", "''") + "'" for key in keys) + ")" for keys in terms)


def tiers(query):
    """The three tiers of results, best first, as (must match, must not match) terms: every word in the title;
    every word in the title or lead (and not all in the title); every word somewhere (and not all in title or lead)."""
    title, lead, anywhere = query.terms(TITLE), query.terms(LEAD), query.terms()
    return [(title, None), (lead, title), (anywhere, lead)]


def is_marked(terms):
    """Whether terms are title or lead keys (news.search's markers)."""
    return terms[0][0][0] in (TITLE, LEAD)


def now_key():
    """The largest SQLite rowid of an article whose publication time has come."""
    return int(timezone.now().timestamp()) * ORDER_SCALE + ORDER_SCALE - 1


# --- Results ------------------------------------------------------------------------------------------------------


class SearchResults:
    """The published articles that match a query (in a category, if given), best first: tier by tier (title, lead,
    body), newest first within a tier. Counted (up to COUNT_LIMIT + 1) and sliced like a queryset, so Django's
    Paginator pages it.

    Each tier is its own query, asked only for as many articles as the page needs, in publication order: the
    databases stop after them instead of ranking every match (a common word matches most of 100 000 articles).
    """

    def __init__(self, articles, query, language, category=None, using="default"):
        self.articles = articles  # the queryset that page rows are read with
        self.query = query
        self.language = language
        self.category = category
        self.connection = connections[using]
        self.counted = None

    def count(self):
        """The number of results, up to COUNT_LIMIT + 1 (which stands for "more than COUNT_LIMIT"); counted once
        (the view sets `counted` when it kept the count)."""
        if self.counted is None:
            self.counted = 0
            if self.query:
                sql, params = self.select("1", self.query.terms())
                with self.connection.cursor() as cursor:
                    cursor.execute(f"SELECT count(*) FROM ({sql} LIMIT %s) found", [*params, COUNT_LIMIT + 1])
                    self.counted = cursor.fetchone()[0]
        return self.counted

    def __len__(self):
        return self.count()

    def __getitem__(self, index):
        if not isinstance(index, slice):
            return self[index : index + 1][0]
        start, stop = index.start or 0, index.stop if index.stop is not None else self.count()
        ranked = []  # (id, tier)
        if self.count():
            for tier, (include, exclude) in enumerate(tiers(self.query)):
                if len(ranked) >= stop:
                    break
                ranked += [(pk, tier) for pk in self.ids(include, exclude, stop - len(ranked))]
        ranked = ranked[start:stop]
        # By id alone: with the publication conditions in SQL, SQLite would read its listing index end to end.
        found = self.articles.in_bulk([pk for pk, _tier in ranked])
        page = []
        for pk, tier in ranked:
            article = found.get(pk)
            if article is not None and article.is_public:  # else changed since the index was read: left out
                article.search_tier = tier
                page.append(article)
        return page

    def ids(self, include, exclude, limit):
        """The ids of the newest `limit` published articles that match `include` and not `exclude`."""
        if self.connection.vendor == "sqlite":
            sql, params = self.select(f"rowid %% {ORDER_SCALE}", include, exclude)
            order = "rowid DESC"
        else:
            sql, params = self.select("article_id, published_at", include, exclude)
            if self.count() <= COUNT_LIMIT:
                # Few matches: read them all from the GIN index and sort. Left to itself, the planner may walk the
                # newest articles for a word it cannot tell is rare, and walk all of them when nothing matches.
                sql = f"WITH found AS MATERIALIZED ({sql}) SELECT article_id FROM found"
            else:
                sql = f"SELECT article_id FROM ({sql}) found"
            order = "published_at DESC, article_id DESC"
        with self.connection.cursor() as cursor:
            cursor.execute(f"{sql} ORDER BY {order} LIMIT %s", [*params, limit])
            return [pk for (pk,) in cursor.fetchall()]

    def select(self, what, include, exclude=None):
        """SQL and parameters for `what` of each published article (of the category) that matches."""
        if self.connection.vendor == "sqlite":
            expression = f'"{PUBLISHED}" AND ({fts_expression(include)})'
            if self.category is not None:
                expression += f' AND "{CATEGORY}{self.category.pk}"'
            if exclude:
                expression = f"({expression}) NOT ({fts_expression(exclude)})"
            fts = fts_table(self.language)
            return f"SELECT {what} FROM {fts} WHERE {fts} MATCH %s AND rowid <= %s", [expression, now_key()]
        # Title and lead keys (with their markers) are in the small vector, the others in the large one.
        include_in, exclude_in = (pg_heads if is_marked(terms) else pg_keys for terms in (include, exclude or include))
        expression = tsquery_expression(include)
        conditions = f"{include_in(self.language)} @@ CAST(%s AS tsquery)"
        params = [timezone.now(), expression]
        if exclude and exclude_in is include_in:
            params[1] = f"({expression}) & !({tsquery_expression(exclude)})"
        elif exclude:
            conditions += f" AND NOT {exclude_in(self.language)} @@ CAST(%s AS tsquery)"
            params.append(tsquery_expression(exclude))
        sql = f"SELECT {what} FROM {PG_TABLE} WHERE is_published AND published_at <= %s AND {conditions}"
        if self.category is not None:
            sql += " AND category_id = %s"
            params.append(self.category.pk)
        return sql, params


def matching_any_language(queryset, query):
    """The articles of `queryset`, whatever their status, whose text in some language has every word of the query."""
    if not query:
        return queryset.none()
    if connections[queryset.db].vendor == "sqlite":
        expression = fts_expression(query.terms())
        found = " UNION ".join(
            f"SELECT rowid %% {ORDER_SCALE} FROM {fts_table(code)} WHERE {fts_table(code)} MATCH %s"
            for code in LANGUAGES
        )
    else:
        expression = tsquery_expression(query.terms())
        matches = " OR ".join(f"{pg_keys(code)} @@ CAST(%s AS tsquery)" for code in LANGUAGES)
        found = f"SELECT article_id FROM {PG_TABLE} WHERE {matches}"
    condition = RawSQL(f"{TABLE}.id IN ({found})", [expression] * len(LANGUAGES), BooleanField())
    return queryset.filter(condition)

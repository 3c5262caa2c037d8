"""The search index on both databases, and results ranked title first, then lead, then body, newest first.

Each article stores, per reader language, the keys of what that reader sees (news.search.document, in the column
`search_text_<language>`, written by Article.save() and by every bulk path that creates articles). The index is
built from that column by the database itself, so nothing in Python has to remember it:

- SQLite: a contentless FTS5 table per language (detail=none: which articles hold a key, nothing more), filled by
  triggers on news_article. Its rowid is the publication time and the article's id in one number, so FTS5 lists
  matches newest first by itself and a page of results stops after its ten; the row also holds a key for "published"
  (or "not published") and one for the category. The triggers follow the keys, the status, the time and the
  category, so bulk updates (publish and unpublish actions, a category deleted) keep it right too.
- PostgreSQL: a stored generated tsvector column per language, `search_vector_<language>`, made of the keys as they
  are (array_to_tsvector: no parser, no dictionary, since we fold and stem ourselves), with a GIN index and detailed
  statistics. The planner walks the listing index newest first when a word is common (checking a stored vector is
  cheap) and reads the GIN index when it is rare; the statistics tell it which is which.

Django remakes a SQLite table to alter it and loses its triggers; `ensure()` runs after every migrate (once the
migration that made the index is applied) and builds again whatever is missing.
"""

from django.conf import settings
from django.db import connections
from django.db.migrations.recorder import MigrationRecorder
from django.db.models import BooleanField, Q
from django.db.models.expressions import RawSQL
from django.utils import timezone

from news.search import LEAD, TITLE

LANGUAGES = [code for code, _name in settings.LANGUAGES]
TABLE = "news_article"
# SQLite: rowid = publication time in seconds × ORDER_SCALE + id (ids up to 10⁸; times up to the year 2262).
ORDER_SCALE = 10**8
PUBLISHED, UNPUBLISHED, CATEGORY = "σ", "δ", "κ"  # keys of the FTS rows; Greek, as TITLE and LEAD are
PUBLISHED_STATUS = "published"  # Article.Status.PUBLISHED (not imported: news.models imports this module)
# Results are counted up to this many and paged through no further: counting every match of a common word costs
# more than the page (on PostgreSQL, a visit to each of 100 000 rows), and nobody reads page 101.
COUNT_LIMIT = 1000


def column(language):
    return f"search_text_{language}"


def index_name(language):
    return f"news_article_search_{language}"


def pg_vector(language):
    return f"search_vector_{language}"


# Up to ten times the default: the planner learns how common each key is down to rare ones, which decides between
# walking the newest articles and reading the index (a rare key estimated as common would walk every article).
PG_STATISTICS = 1000


# --- Creating and checking the index ------------------------------------------------------------------------------


def sqlite_row(language, row):
    """The FTS rowid and text of the article `row` (new or old in a trigger, or the table)."""
    rowid = f"CAST(strftime('%s', {row}.published_at) AS INTEGER) * {ORDER_SCALE} + {row}.id"
    text = (
        f"coalesce({row}.{column(language)}, '') "
        f"|| CASE WHEN {row}.status = '{PUBLISHED_STATUS}' THEN ' {PUBLISHED}' ELSE ' {UNPUBLISHED}' END "
        f"|| coalesce(' {CATEGORY}' || {row}.category_id, '')"
    )
    return rowid, text


def sqlite_statements(language):
    fts = index_name(language)
    new_rowid, new_text = sqlite_row(language, "new")
    old_rowid, old_text = sqlite_row(language, "old")
    insert = f"INSERT INTO {fts}(rowid, keys) VALUES ({new_rowid}, {new_text});"
    # A contentless table forgets a row when told exactly what it held: the old row's keys, made the same way.
    delete = f"INSERT INTO {fts}({fts}, rowid, keys) VALUES ('delete', {old_rowid}, {old_text});"
    watched = [column(language), "status", "published_at", "category_id"]
    changed = " OR ".join(f"old.{name} IS NOT new.{name}" for name in watched)
    return {
        fts: (
            f"CREATE VIRTUAL TABLE {fts} USING fts5(keys, content='', detail='none', columnsize=0, "
            f"tokenize='unicode61 remove_diacritics 0')"
        ),
        f"{fts}_insert": f"CREATE TRIGGER {fts}_insert AFTER INSERT ON {TABLE} BEGIN {insert} END",
        f"{fts}_delete": f"CREATE TRIGGER {fts}_delete AFTER DELETE ON {TABLE} BEGIN {delete} END",
        f"{fts}_update": (
            f"CREATE TRIGGER {fts}_update AFTER UPDATE OF {', '.join(watched)} ON {TABLE} WHEN {changed} "
            f"BEGIN {delete} {insert} END"
        ),
    }


def after_migrate(using="default", **kwargs):
    """post_migrate: once the migration that made the index is applied (not after migrating back before it), put
    back what a later migration lost."""
    applied = MigrationRecorder(connections[using]).applied_migrations()
    if any(app == "news" and name.endswith("_search_index") for app, name in applied):
        return ensure(using)
    return []


def ensure(using="default"):
    """Create what is missing of the index; returns the names created."""
    connection = connections[using]
    created = []
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger')")
            existing = {name for (name,) in cursor.fetchall()}
            if TABLE not in existing:
                return created  # before news' first migration
            for language in LANGUAGES:
                statements = sqlite_statements(language)
                if existing.issuperset(statements):
                    continue
                # Rows written while a trigger was missing are not in the table: make it again, from every row.
                drop_sqlite(cursor, language)
                for statement in statements.values():
                    cursor.execute(statement)
                rowid, text = sqlite_row(language, TABLE)
                cursor.execute(f"INSERT INTO {index_name(language)}(rowid, keys) SELECT {rowid}, {text} FROM {TABLE}")
                created += statements
        elif connection.vendor == "postgresql":
            cursor.execute("SELECT column_name FROM information_schema.columns WHERE table_name = %s", [TABLE])
            columns = {name for (name,) in cursor.fetchall()}
            if not columns:
                return created  # before news' first migration
            for language in LANGUAGES:
                vector = pg_vector(language)
                if vector not in columns:
                    keys = f"array_remove(string_to_array({column(language)}, ' '), '')"
                    cursor.execute(
                        f"ALTER TABLE {TABLE} ADD COLUMN {vector} tsvector "
                        f"GENERATED ALWAYS AS (array_to_tsvector({keys})) STORED"
                    )
                    cursor.execute(f"ALTER TABLE {TABLE} ALTER COLUMN {vector} SET STATISTICS {PG_STATISTICS}")
                    created.append(vector)
                cursor.execute("SELECT to_regclass(%s) IS NOT NULL", [index_name(language)])
                if not cursor.fetchone()[0]:
                    cursor.execute(f"CREATE INDEX {index_name(language)} ON {TABLE} USING gin ({vector})")
                    created.append(index_name(language))
            if created:
                cursor.execute(f"ANALYZE {TABLE}")
    return created


def drop_sqlite(cursor, language):
    for suffix in ("_insert", "_delete", "_update"):
        cursor.execute(f"DROP TRIGGER IF EXISTS {index_name(language)}{suffix}")
    cursor.execute(f"DROP TABLE IF EXISTS {index_name(language)}")


def drop(connection):
    with connection.cursor() as cursor:
        for language in LANGUAGES:
            if connection.vendor == "sqlite":
                drop_sqlite(cursor, language)
            elif connection.vendor == "postgresql":
                cursor.execute(f"DROP INDEX IF EXISTS {index_name(language)}")
                cursor.execute(f"ALTER TABLE {TABLE} DROP COLUMN IF EXISTS {pg_vector(language)}")


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

    def count(self):
        """The number of results, up to COUNT_LIMIT + 1 (which stands for "more than COUNT_LIMIT")."""
        if not self.query:
            return 0
        if self.connection.vendor == "sqlite":
            sql, params = self.fts_select("1", self.query.terms())
            with self.connection.cursor() as cursor:
                cursor.execute(f"SELECT count(*) FROM ({sql} LIMIT %s)", [*params, COUNT_LIMIT + 1])
                return cursor.fetchone()[0]
        return self.pg_matching(self.query.terms())[: COUNT_LIMIT + 1].count()

    def __len__(self):
        return self.count()

    def __getitem__(self, index):
        if not isinstance(index, slice):
            return self[index : index + 1][0]
        start, stop = index.start or 0, index.stop if index.stop is not None else self.count()
        ranked = []  # (id, tier)
        if self.query:
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
            sql, params = self.fts_select(f"rowid %% {ORDER_SCALE}", include, exclude)
            with self.connection.cursor() as cursor:
                cursor.execute(f"{sql} ORDER BY rowid DESC LIMIT %s", [*params, limit])
                return [pk for (pk,) in cursor.fetchall()]
        found = self.pg_matching(include, exclude).order_by("-published_at", "-pk")
        return list(found.values_list("pk", flat=True)[:limit])

    def fts_select(self, what, include, exclude=None):
        expression = f'"{PUBLISHED}" AND ({fts_expression(include)})'
        if self.category is not None:
            expression += f' AND "{CATEGORY}{self.category.pk}"'
        if exclude:
            expression = f"({expression}) NOT ({fts_expression(exclude)})"
        fts = index_name(self.language)
        return f"SELECT {what} FROM {fts} WHERE {fts} MATCH %s AND rowid <= %s", [expression, now_key()]

    def pg_matching(self, include, exclude=None):
        expression = tsquery_expression(include)
        if exclude:
            expression = f"({expression}) & !({tsquery_expression(exclude)})"
        articles = self.articles.model.objects.published()
        if self.category is not None:
            articles = articles.filter(category=self.category)
        condition = RawSQL(f"{TABLE}.{pg_vector(self.language)} @@ CAST(%s AS tsquery)", [expression], BooleanField())
        return articles.filter(condition)


def matching_any_language(queryset, query):
    """The articles of `queryset`, whatever their status, whose text in some language has every word of the query."""
    if not query:
        return queryset.none()
    connection = connections[queryset.db]
    found = Q(pk__in=[])
    for language in LANGUAGES:
        if connection.vendor == "sqlite":
            fts = index_name(language)
            sql = f"{TABLE}.id IN (SELECT rowid %% {ORDER_SCALE} FROM {fts} WHERE {fts} MATCH %s)"
            params = [fts_expression(query.terms())]
        else:
            sql = f"{TABLE}.{pg_vector(language)} @@ CAST(%s AS tsquery)"
            params = [tsquery_expression(query.terms())]
        found |= Q(RawSQL(sql, params, BooleanField()))
    return queryset.filter(found)

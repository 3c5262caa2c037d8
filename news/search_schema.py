"""The tables, indexes and triggers of the search index on each database (news/search_index.py queries them).

Each article stores, per reader language, the keys of what that reader sees (news.search.document, in the column
`search_text_<language>`, written by Article.save() and by every bulk path that creates articles). The index is
built from those columns by the database itself, with triggers, so nothing in Python has to remember it: bulk
updates (the publish and unpublish actions, a deleted category setting category_id to NULL) and deletes keep it
right too. The triggers follow the keys, the status, the publication time and the category; a view count changes
none of them and costs nothing here.

- SQLite: a contentless FTS5 table per language (detail=none: which articles hold a key, nothing more). Its rowid is
  the publication time and the article's id in one number, so FTS5 lists matches newest first by itself and a page
  of results stops after its ten; each row also holds a key for "published" (or "not") and one for the category.
- PostgreSQL: one narrow table, a row per article (id, publication time, published or not, category, and per
  language two tsvectors of the keys, taken as they are: no parser, no dictionary, since we fold and stem ourselves;
  the small one holds the title and lead keys), with GIN indexes, an index in publication order, and detailed
  statistics. Narrow rows make both of the
  planner's ways cheap: walking the newest articles and checking each (a common word), or reading the GIN index and
  sorting what it found (a rarer one); the statistics tell it which is which. Checking the wide article rows instead
  cost 8 µs a row, and a word in 600 titles took 14 ms either way.

Django remakes a SQLite table to alter it and loses its triggers: `after_migrate()` runs after every migrate (once
the migration that made the index is applied) and builds again whatever is missing.
"""

from django.conf import settings
from django.db import connections
from django.db.migrations.recorder import MigrationRecorder

from news.search import LEAD, TITLE

LANGUAGES = [code for code, _name in settings.LANGUAGES]
TABLE = "news_article"
# SQLite: rowid = publication time in seconds × ORDER_SCALE + id (ids up to 10⁸; times up to the year 2262).
ORDER_SCALE = 10**8
PUBLISHED, UNPUBLISHED, CATEGORY = "σ", "δ", "κ"  # keys of the FTS rows; Greek, as news.search's markers are
PUBLISHED_STATUS = "published"  # Article.Status.PUBLISHED (not imported: news.models imports this module)
PG_TABLE = "news_article_search"
PG_TRIGGER = "news_article_search_sync"
# Ten times the default: the planner learns how common each key is down to rare ones, which decides between walking
# the newest articles and reading the index (a rare key estimated as common would walk every article).
PG_STATISTICS = 1000


def column(language):
    return f"search_text_{language}"


def fts_table(language):
    return f"news_article_search_{language}"


def pg_keys(language):
    return f"keys_{language}"


def pg_heads(language):
    return f"heads_{language}"


# --- SQLite -------------------------------------------------------------------------------------------------------


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
    fts = fts_table(language)
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


def ensure_sqlite(cursor):
    cursor.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger')")
    existing = {name for (name,) in cursor.fetchall()}
    created = []
    for language in LANGUAGES:
        statements = sqlite_statements(language)
        if existing.issuperset(statements):
            continue
        # Rows written while a trigger was missing are not in the table: make it again, from every row.
        drop_sqlite(cursor, language)
        for statement in statements.values():
            cursor.execute(statement)
        rowid, text = sqlite_row(language, TABLE)
        cursor.execute(f"INSERT INTO {fts_table(language)}(rowid, keys) SELECT {rowid}, {text} FROM {TABLE}")
        created += statements
    return created


def drop_sqlite(cursor, language):
    for suffix in ("_insert", "_delete", "_update"):
        cursor.execute(f"DROP TRIGGER IF EXISTS {fts_table(language)}{suffix}")
    cursor.execute(f"DROP TABLE IF EXISTS {fts_table(language)}")


# --- PostgreSQL ---------------------------------------------------------------------------------------------------


def pg_vector(language, row, heads):
    """The keys of the article `row` in `language` as a tsvector: the title and lead keys (with their markers) when
    `heads`, else the others. Kept apart so that a title or lead match checks a small vector stored in the row."""
    keep = "IN" if heads else "NOT IN"
    return (
        f"array_to_tsvector(ARRAY(SELECT key FROM unnest(string_to_array({row}.{column(language)}, ' ')) key "
        f"WHERE key <> '' AND left(key, 1) {keep} ('{TITLE}', '{LEAD}')))"
    )


def pg_columns():
    return [
        "article_id",
        "published_at",
        "is_published",
        "category_id",
        *(pg_keys(code) for code in LANGUAGES),
        *(pg_heads(code) for code in LANGUAGES),
    ]


def pg_row(row):
    """The values of the search row of the article `row`, in pg_columns()' order."""
    keys = [pg_vector(code, row, heads=False) for code in LANGUAGES]
    heads = [pg_vector(code, row, heads=True) for code in LANGUAGES]
    return ", ".join([f"{row}.id", f"{row}.published_at", f"{row}.status = '{PUBLISHED_STATUS}'", f"{row}.category_id",
                      *keys, *heads])  # fmt: skip


def pg_table_statements():
    vectors = ", ".join(f"{name} tsvector" for name in pg_columns()[4:])
    statements = [
        f"CREATE TABLE {PG_TABLE} (article_id bigint PRIMARY KEY, published_at timestamptz NOT NULL, "
        f"is_published boolean NOT NULL, category_id bigint, {vectors})",
        f"CREATE INDEX {PG_TABLE}_order ON {PG_TABLE} (published_at DESC, article_id DESC) WHERE is_published",
    ]
    for language in LANGUAGES:
        for name in (pg_keys(language), pg_heads(language)):
            statements += [
                f"ALTER TABLE {PG_TABLE} ALTER COLUMN {name} SET STATISTICS {PG_STATISTICS}",
                f"CREATE INDEX {PG_TABLE}_{name} ON {PG_TABLE} USING gin ({name})",
            ]
        # Stored uncompressed: a walk through the newest articles for a common word reads one such vector each.
        statements.append(f"ALTER TABLE {PG_TABLE} ALTER COLUMN {pg_keys(language)} SET STORAGE EXTERNAL")
    return statements


def pg_trigger_statements():
    columns = ", ".join(pg_columns())
    updates = ", ".join(f"{name} = excluded.{name}" for name in pg_columns()[1:])
    watched = ", ".join([*(column(code) for code in LANGUAGES), "status", "published_at", "category_id"])
    return [
        f"""CREATE OR REPLACE FUNCTION {PG_TRIGGER}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'DELETE' THEN
                DELETE FROM {PG_TABLE} WHERE article_id = OLD.id;
                RETURN OLD;
            END IF;
            INSERT INTO {PG_TABLE} ({columns}) SELECT {pg_row("NEW")}
            ON CONFLICT (article_id) DO UPDATE SET {updates};
            RETURN NEW;
        END $$""",
        f"DROP TRIGGER IF EXISTS {PG_TRIGGER} ON {TABLE}",
        f"CREATE TRIGGER {PG_TRIGGER} AFTER INSERT OR DELETE OR UPDATE OF {watched} ON {TABLE} "
        f"FOR EACH ROW EXECUTE FUNCTION {PG_TRIGGER}()",
    ]


def ensure_postgresql(cursor):
    created = []
    cursor.execute("SELECT to_regclass(%s) IS NOT NULL", [PG_TABLE])
    if not cursor.fetchone()[0]:
        for statement in pg_table_statements():
            cursor.execute(statement)
        created.append(PG_TABLE)
    cursor.execute("SELECT 1 FROM pg_trigger WHERE tgname = %s AND NOT tgisinternal", [PG_TRIGGER])
    if created or cursor.fetchone() is None:
        for statement in pg_trigger_statements():
            cursor.execute(statement)
        # Rows written while the trigger was missing are not in the table: fill it again from every row.
        cursor.execute(f"TRUNCATE {PG_TABLE}")
        cursor.execute(f"INSERT INTO {PG_TABLE} SELECT {pg_row(TABLE)} FROM {TABLE}")
        cursor.execute(f"ANALYZE {PG_TABLE}")
        created.append(PG_TRIGGER)
    return created


# --- Both ---------------------------------------------------------------------------------------------------------


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
    with connection.cursor() as cursor:
        if TABLE not in connection.introspection.table_names(cursor):
            return []  # before news' first migration
        if connection.vendor == "sqlite":
            return ensure_sqlite(cursor)
        if connection.vendor == "postgresql":
            return ensure_postgresql(cursor)
    return []


def drop(connection):
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            for language in LANGUAGES:
                drop_sqlite(cursor, language)
        elif connection.vendor == "postgresql":
            cursor.execute(f"DROP TRIGGER IF EXISTS {PG_TRIGGER} ON {TABLE}")
            cursor.execute(f"DROP FUNCTION IF EXISTS {PG_TRIGGER}()")
            cursor.execute(f"DROP TABLE IF EXISTS {PG_TABLE}")

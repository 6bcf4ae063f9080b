"""Trigram indexes for the laureate search (organisation name, project name) on PostgreSQL: a
« contient » search over a million awards otherwise reads every row (7 s measured). Needs the
pg_trgm extension; where the database role may not create it, the search still works, unindexed."""
import logging

from django.db import migrations

logger = logging.getLogger(__name__)

STATEMENTS = [
    "CREATE INDEX IF NOT EXISTS organisation_name_trgm ON organisations_organisation "
    "USING gin (name_normalized gin_trgm_ops)",
    "CREATE INDEX IF NOT EXISTS award_project_trgm ON awards_award USING gin (UPPER(project_name) gin_trgm_ops)",
]


def create(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'")
        if cursor.fetchone() is None:
            try:
                cursor.execute("SAVEPOINT trgm")
                cursor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
                cursor.execute("RELEASE SAVEPOINT trgm")
            except Exception as exc:  # no privilege: keep going without the indexes
                cursor.execute("ROLLBACK TO SAVEPOINT trgm")
                logger.warning("pg_trgm indisponible (%s) : recherche des lauréats sans index", exc)
                return
        for statement in STATEMENTS:
            cursor.execute(statement)


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        with schema_editor.connection.cursor() as cursor:
            cursor.execute("DROP INDEX IF EXISTS organisation_name_trgm")
            cursor.execute("DROP INDEX IF EXISTS award_project_trgm")


class Migration(migrations.Migration):
    dependencies = [("awards", "0002_laureate_order_index"), ("organisations", "0002_issue4_api_token")]
    operations = [migrations.RunPython(create, drop)]

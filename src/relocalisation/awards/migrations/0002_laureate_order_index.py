"""Index for the laureate list's default order (newest first, then id), so that a page of a million
awards needs no sort of every row. SQLite cannot declare NULLS LAST in an index: it gets the plain
column order, which is what it uses for that sort anyway."""
from django.db import migrations


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        sql = "CREATE INDEX IF NOT EXISTS award_recent_first ON awards_award (decided_on DESC NULLS LAST, id)"
    else:
        sql = "CREATE INDEX IF NOT EXISTS award_recent_first ON awards_award (decided_on DESC, id)"
    schema_editor.execute(sql)


def drop(apps, schema_editor):
    schema_editor.execute("DROP INDEX IF EXISTS award_recent_first")


class Migration(migrations.Migration):
    dependencies = [("awards", "0001_initial")]
    operations = [migrations.RunPython(create, drop)]

"""The shared cache's table, when the settings use the database cache (CACHE_URL=db, the production
default): deployments that only run `migrate` get it too. A no-op with locmem or Redis."""
from django.core.management import call_command
from django.db import migrations


def create_cache_table(apps, schema_editor):
    call_command("createcachetable", database=schema_editor.connection.alias, verbosity=0)


class Migration(migrations.Migration):
    dependencies = [("core", "0003_issue8_auditlog_bulk_action")]
    operations = [migrations.RunPython(create_cache_table, migrations.RunPython.noop, elidable=True)]

"""Fewer indexes on awards: every index is written for each imported row (issue 5: 100 000-row imports).
Dropped: the duplicates of Meta.indexes (region, department, sector), programme alone (the
(programme, decided_on) index serves it), and the « _like » (varchar_pattern_ops) indexes that
PostgreSQL got for code foreign keys and external_key — nothing searches them by prefix.

Only indexes change: the foreign-key constraints stay as they are (AlterField is applied to the
state only, so the constraints are not dropped and re-validated on a million rows)."""

import django.db.models.deletion
from django.db import migrations, models


DROPPED = ["awards_award_programme_id_af832e5f", "awards_award_commune_id_4fa050f2", "awards_award_commune_id_4fa050f2_like",
           "awards_award_department_id_048ffe1f", "awards_award_department_id_048ffe1f_like",
           "awards_award_region_id_f741d8ae", "awards_award_region_id_f741d8ae_like",
           "awards_award_sector_id_cc74bcc6", "awards_award_sector_id_cc74bcc6_like",
           "awards_award_naf_id_5716cf14", "awards_award_naf_id_5716cf14_like",
           "awards_award_size_category_id_2388f29e", "awards_award_size_category_id_2388f29e_like",
           "awards_award_external_key_7fe42893", "awards_award_external_key_7fe42893_like"]


def drop_indexes(apps, schema_editor):
    for name in DROPPED:
        schema_editor.execute(f'DROP INDEX IF EXISTS "{name}"')


def restore_indexes(apps, schema_editor):
    pattern = schema_editor.connection.vendor == "postgresql"
    for name in DROPPED:
        column = name.removeprefix("awards_award_").rsplit("_", 2 if name.endswith("_like") else 1)[0]
        if name.endswith("_like"):
            if pattern:
                schema_editor.execute(f'CREATE INDEX "{name}" ON "awards_award" ("{column}" varchar_pattern_ops)')
        else:
            schema_editor.execute(f'CREATE INDEX "{name}" ON "awards_award" ("{column}")')


class Migration(migrations.Migration):

    dependencies = [
        ('activities', '0001_initial'),
        ('awards', '0003_search_trigram_indexes'),
        ('organisations', '0002_issue4_api_token'),
        ('programmes', '0001_initial'),
        ('territories', '0001_initial'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name='award',
                    name='commune',
                    field=models.ForeignKey(blank=True, db_index=False, null=True, on_delete=django.db.models.deletion.PROTECT, to='territories.commune'),
                ),
                migrations.AlterField(
                    model_name='award',
                    name='department',
                    field=models.ForeignKey(blank=True, db_index=False, null=True, on_delete=django.db.models.deletion.PROTECT, to='territories.department'),
                ),
                migrations.AlterField(
                    model_name='award',
                    name='external_key',
                    field=models.CharField(blank=True, help_text="Identifie la ligne d'origine pour des imports idempotents.", max_length=200, verbose_name="clé d'import"),
                ),
                migrations.AlterField(
                    model_name='award',
                    name='naf',
                    field=models.ForeignKey(blank=True, db_index=False, null=True, on_delete=django.db.models.deletion.PROTECT, to='activities.nafcode'),
                ),
                migrations.AlterField(
                    model_name='award',
                    name='programme',
                    field=models.ForeignKey(db_index=False, on_delete=django.db.models.deletion.PROTECT, related_name='awards', to='programmes.programme'),
                ),
                migrations.AlterField(
                    model_name='award',
                    name='region',
                    field=models.ForeignKey(blank=True, db_index=False, null=True, on_delete=django.db.models.deletion.PROTECT, to='territories.region'),
                ),
                migrations.AlterField(
                    model_name='award',
                    name='sector',
                    field=models.ForeignKey(blank=True, db_index=False, null=True, on_delete=django.db.models.deletion.PROTECT, to='activities.criticalsector', verbose_name='secteur critique'),
                ),
                migrations.AlterField(
                    model_name='award',
                    name='size_category',
                    field=models.ForeignKey(blank=True, db_index=False, null=True, on_delete=django.db.models.deletion.PROTECT, to='activities.sizecategory'),
                ),
            ],
            database_operations=[migrations.RunPython(drop_indexes, restore_indexes)],
        ),
        migrations.AddIndex(
            model_name='award',
            index=models.Index(fields=['commune'], name='awards_award_commune_idx'),
        ),
        migrations.AddIndex(
            model_name='award',
            index=models.Index(fields=['naf'], name='awards_award_naf_idx'),
        ),
        migrations.AddIndex(
            model_name='award',
            index=models.Index(fields=['size_category'], name='awards_award_size_idx'),
        ),
        migrations.AddIndex(
            model_name='award',
            index=models.Index(fields=['external_key'], name='awards_award_external_key_idx'),
        ),
    ]

"""DependencyIndex gets an optional agency (an agency's own index overrides the default one).

The primary key changes (division → id), so the table is recreated; its rows are reference data that
scoring reloads from the packaged placeholder file when the default index is empty."""
import django.core.validators
import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ("detection", "0001_initial"),
        ("organisations", "0001_initial"),
    ]

    operations = [
        migrations.DeleteModel(name="DependencyIndex"),
        migrations.CreateModel(
            name="DependencyIndex",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("division", models.CharField(max_length=2, verbose_name="division NAF")),
                ("value", models.FloatField(validators=[django.core.validators.MinValueValidator(0),
                                                        django.core.validators.MaxValueValidator(1)],
                                            verbose_name="indice de dépendance")),
                ("source", models.CharField(blank=True, max_length=300)),
                ("agency", models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.CASCADE,
                                             related_name="dependency_index", to="organisations.organisation")),
            ],
            options={
                "verbose_name": "indice de dépendance aux approvisionnements étrangers",
                "verbose_name_plural": "indices de dépendance aux approvisionnements étrangers",
                "ordering": ["agency", "division"],
                "constraints": [
                    models.UniqueConstraint(fields=("agency", "division"), name="unique_dependency_per_agency"),
                    models.UniqueConstraint(condition=models.Q(("agency__isnull", True)), fields=("division",),
                                            name="unique_default_dependency"),
                ],
            },
        ),
    ]

# Joins the two initial migrations written in parallel (imports, issue 5; press extraction, issue 6).
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("ingestion", "0001_issue5_imports"),
        ("ingestion", "0001_issue6_press"),
    ]
    operations = []

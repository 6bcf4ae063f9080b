"""Fast bulk inserts for imports and synthetic data: COPY on PostgreSQL (rows never go through model
instances), ``bulk_create`` elsewhere. Rows are dicts of column attnames; missing columns take the
field's default, so NOT NULL columns are always filled."""
from __future__ import annotations

import json

from django.db import connection
from django.db.models import Model
from django.utils import timezone


def _columns(model: type[Model]):
    return [f for f in model._meta.concrete_fields]


def insert_rows(model: type[Model], rows: list[dict], batch_size: int = 5000) -> None:
    if not rows:
        return
    fields = _columns(model)
    now = timezone.now()
    defaults = {}
    for f in fields:
        if getattr(f, "auto_now", False) or getattr(f, "auto_now_add", False):
            defaults[f.attname] = now
        elif f.has_default():
            defaults[f.attname] = f.get_default
        elif f.null:
            defaults[f.attname] = None
        elif f.get_internal_type() in ("CharField", "TextField", "SlugField", "URLField", "EmailField"):
            defaults[f.attname] = ""
    if connection.vendor != "postgresql":
        objs = [model(**{f.attname: row.get(f.attname, _value(defaults.get(f.attname))) for f in fields}) for row in rows]
        model.objects.bulk_create(objs, batch_size=batch_size)
        return
    is_json = {f.attname for f in fields if f.get_internal_type() == "JSONField"}
    names = [f.column for f in fields]
    with connection.cursor() as cursor:
        with cursor.cursor.copy(f'COPY "{model._meta.db_table}" ({", ".join(chr(34) + n + chr(34) for n in names)}) '
                                "FROM STDIN") as copy:
            for row in rows:
                values = []
                for f in fields:
                    value = row[f.attname] if f.attname in row else _value(defaults.get(f.attname))
                    if f.attname in is_json and value is not None:
                        value = json.dumps(value)
                    values.append(value)
                copy.write_row(values)


def _value(default):
    return default() if callable(default) else default

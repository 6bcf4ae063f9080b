"""Fast bulk writes for imports and synthetic data. On PostgreSQL: COPY (rows never go through
model instances; the COPY text is written column-wise by Polars) and, for changes, one
UPDATE … FROM a temporary table; ``bulk_create`` / ``bulk_update`` elsewhere (SQLite: tests, small
installs). Rows are dicts of column attnames; missing columns take the field's default, so NOT NULL
columns are always filled."""
from __future__ import annotations

import json
import os
import time

import polars as pl
from django.db import connection
from django.db.models import Model
from django.db.models.fields import AutoFieldMixin
from django.utils import timezone


def _columns(model: type[Model], rows: list[dict]):
    """The columns to write: all, but an auto-increment key the rows do not give (the database numbers it)."""
    return [f for f in model._meta.concrete_fields
            if not (isinstance(f, AutoFieldMixin) and f.attname not in rows[0])]


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _series(name: str, values: list) -> pl.Series:
    """Text of each value (None stays None); a column holding one value is built without a loop."""
    first = values[0] if values else None
    if values and (first is None or type(first) is str) and values.count(first) == len(values):
        text = None if first is None else str(first)
        return pl.repeat(text, len(values), dtype=pl.String, eager=True).alias(name)
    return pl.Series(name, [v if v is None or v.__class__ is str else str(v) for v in values], dtype=pl.String)


def new_uuids(count: int) -> list[str]:
    """``count`` new UUIDs as text, time-ordered (RFC 9562 version 7: milliseconds, then a random
    start incremented by one per id). Ordered keys are appended at the end of the primary-key
    indexes instead of touching random pages of a million-row index (less work, less WAL)."""
    millis = time.time_ns() // 1_000_000
    start = int.from_bytes(os.urandom(10), "big") >> 8  # 72 random bits, room to count up
    out = []
    for i in range(count):
        seq = start + i
        h = f"{millis:012x}7{(seq >> 62) & 0xFFF:03x}{0x8000000000000000 | (seq & 0x3FFFFFFFFFFFFFFF):016x}"
        out.append(f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}")
    return out


def copy_columns(table: str, columns: dict[str, list]) -> None:
    """COPY equal-length columns of values (None = NULL) into ``table``, in one round trip: Polars
    writes the CSV (every value quoted, so an empty text stays empty and only \\N is NULL)."""
    frame = pl.DataFrame([_series(name, values) for name, values in columns.items()])
    if not frame.height:
        return
    data = frame.write_csv(include_header=False, quote_style="non_numeric", null_value="\\N")
    names = ", ".join(_quoted(n) for n in columns)
    with connection.cursor() as cursor:
        with cursor.cursor.copy(f"COPY {_quoted(table)} ({names}) FROM STDIN WITH (FORMAT csv, NULL '\\N')") as copy:
            copy.write(data.encode("utf-8"))


def _defaults(model: type[Model], fields) -> dict:
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
    return defaults


def insert_rows(model: type[Model], rows: list[dict], batch_size: int = 5000) -> None:
    """Insert rows given as dicts (attname → value); a row may leave out any field."""
    if not rows:
        return
    fields = _columns(model, rows)
    defaults = _defaults(model, fields)
    if connection.vendor != "postgresql":
        objs = [model(**{f.attname: row.get(f.attname, _value(defaults.get(f.attname))) for f in fields}) for row in rows]
        model.objects.bulk_create(objs, batch_size=batch_size)
        return
    columns = {}
    for f in fields:
        name, default = f.attname, defaults.get(f.attname)
        if callable(default) and (f.primary_key or f.unique):  # e.g. uuid4: one per row
            columns[name] = [row[name] if name in row else default() for row in rows]
        else:
            value = _value(default)
            columns[name] = [row.get(name, value) for row in rows]
    _copy(model, fields, columns)


def insert_columns(model: type[Model], columns: dict[str, list], count: int, batch_size: int = 5000) -> None:
    """Insert ``count`` rows given column by column (attname → list of values); a field left out
    takes its default on every row. Cheaper than dicts when the caller has the columns already."""
    if not count:
        return
    fields = _columns(model, [columns])
    defaults = _defaults(model, fields)
    full = {}
    for f in fields:
        name, default = f.attname, defaults.get(f.attname)
        if name in columns:
            full[name] = columns[name]
        elif callable(default) and (f.primary_key or f.unique):
            full[name] = [default() for _ in range(count)]
        else:
            full[name] = [_value(default)] * count
    if connection.vendor != "postgresql":
        names = list(full)
        objs = [model(**dict(zip(names, values))) for values in zip(*full.values())]
        model.objects.bulk_create(objs, batch_size=batch_size)
        return
    _copy(model, fields, full)


def _copy(model: type[Model], fields, columns: dict[str, list]) -> None:
    by_column = {}
    for f in fields:
        values = columns[f.attname]
        if f.get_internal_type() == "JSONField":
            values = [None if v is None else json.dumps(v) for v in values]
        by_column[f.column] = values
    copy_columns(model._meta.db_table, by_column)


def update_rows(model: type[Model], updates: list[tuple], touch: dict | None = None) -> int:
    """Apply ``updates`` — (pk, {attname: new value}) pairs, each row with its own changed fields —
    and set ``touch`` (e.g. updated_at) on every updated row. Returns the number of rows updated.

    PostgreSQL: the new values and one « changed » flag per field go by COPY into a temporary table,
    then a single UPDATE … FROM joins it on the primary key: a field not changed on a row keeps its
    value. Elsewhere: bulk_update, one call per set of changed fields."""
    if not updates:
        return 0
    touch = touch or {}
    meta = model._meta
    by_name = {f.attname: f for f in meta.concrete_fields}
    names = sorted({a for _, changes in updates for a in changes})
    if connection.vendor != "postgresql":
        groups: dict[tuple, list] = {}
        for pk, changes in updates:
            groups.setdefault(tuple(sorted(changes)), []).append(model(pk=pk, **changes, **touch))
        for fields, objs in groups.items():
            model.objects.bulk_update(objs, list(fields) + list(touch), batch_size=1000)
        return len(updates)
    table, pk = meta.db_table, meta.pk.column
    temp = f"_update_{table}"
    columns = {"pk": [pk_value for pk_value, _ in updates]}
    for name in names:
        field = by_name[name]
        is_json = field.get_internal_type() == "JSONField"
        values = [changes.get(name) for _, changes in updates]
        columns[field.column] = [json.dumps(v) if is_json and v is not None else v for v in values]
        columns[f"{field.column}__set"] = [name in changes for _, changes in updates]
    select = ", ".join([f"{_quoted(pk)} AS pk"] + [_quoted(by_name[n].column) for n in names]
                       + [f"true AS {_quoted(by_name[n].column + '__set')}" for n in names])
    sets = [f"{_quoted(by_name[n].column)} = CASE WHEN t.{_quoted(by_name[n].column + '__set')} "
            f"THEN t.{_quoted(by_name[n].column)} ELSE a.{_quoted(by_name[n].column)} END" for n in names]
    sets += [f"{_quoted(by_name[n].column)} = %s" for n in touch]
    with connection.cursor() as cursor:
        cursor.execute(f"DROP TABLE IF EXISTS {_quoted(temp)}")
        cursor.execute(f"CREATE TEMPORARY TABLE {_quoted(temp)} ON COMMIT DROP AS SELECT {select} "
                       f"FROM {_quoted(table)} WITH NO DATA")
        copy_columns(temp, columns)
        cursor.execute(f"ANALYZE {_quoted(temp)}")
        cursor.execute(f"UPDATE {_quoted(table)} AS a SET {', '.join(sets)} FROM {_quoted(temp)} AS t "
                       f"WHERE a.{_quoted(pk)} = t.pk", list(touch.values()))
        count = cursor.rowcount
        cursor.execute(f"DROP TABLE {_quoted(temp)}")
    return count


def _value(default):
    return default() if callable(default) else default

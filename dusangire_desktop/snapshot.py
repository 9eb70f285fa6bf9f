"""An offline copy: the whole database (e.g. the shared PostgreSQL) into a new SQLite file."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, func, insert, select

from . import db, schema
from .models import metadata
from .services.errors import ValidationError
from .services.messages import QT_TRANSLATE_NOOP
from .services.progress import Progress, Step, ignore

CHUNK = 5000


def take_snapshot(source: Engine, out: Path, progress: Progress = ignore) -> dict[str, int]:
    """Copy every table in one consistent read; returns rows copied per table.

    `progress` is told the rows copied so far against the rows the source holds."""
    if out.exists():
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "{out} already exists. Choose a new file name for the snapshot."
            ),
            out=out,
        )
    schema.require_current(source)
    target = db.make_engine(f"sqlite:///{out}")
    try:
        schema.upgrade(target)
        counts: dict[str, int] = {}
        options = (
            {"isolation_level": "REPEATABLE READ"} if source.dialect.name == "postgresql" else {}
        )
        with source.connect().execution_options(**options) as reader, target.begin() as writer:
            tables = [t for t in metadata.sorted_tables if not t.info.get("derived")]
            total = sum(reader.scalar(select(func.count()).select_from(t)) or 0 for t in tables)
            so_far = 0
            for table in tables:  # derived tables are rebuilt by the copy's own triggers
                copied = 0
                result = reader.execution_options(yield_per=CHUNK).execute(select(table))
                for rows in result.partitions():
                    writer.execute(insert(table), [dict(row._mapping) for row in rows])
                    copied += len(rows)
                    so_far += len(rows)
                    progress(Step(f"{table.name}: {copied:,} rows", so_far / max(1, total)))
                counts[table.name] = copied
        return counts
    except Exception:
        target.dispose()
        out.unlink(missing_ok=True)
        raise
    finally:
        target.dispose()

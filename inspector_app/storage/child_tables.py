"""The tables whose rows belong to one inspection, and how each row reaches its inspection.

Storage's one list of an inspection's child records. The lock triggers (storage.sqlite) are
generated from it, and services.records.registry describes every entry for the services
(payload, revision copy, report). tests/storage/test_child_tables.py fails when a table
with a foreign key leading to `inspections` is missing here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

INSPECTIONS = "inspections"


@dataclass(frozen=True)
class ChildTable:
    """A table of an inspection's child rows.

    `link` is the column that leads towards the inspection: the inspection's id itself, or,
    when `parent` is set, the id of a row of that parent child table (a photo of a finding,
    say), whose inspection is then the row's inspection.
    """

    name: str
    link: str = "inspection_id"
    parent: str | None = None


CHILD_TABLES: tuple[ChildTable, ...] = (
    ChildTable("inspection_inspectors"),
    ChildTable("representatives"),
    ChildTable("answers"),
    ChildTable("rule_results"),
    ChildTable("findings"),
    ChildTable("arrears_cases"),
    ChildTable("evidence"),
    ChildTable("signatures"),
    ChildTable("signed_reports"),
    ChildTable("signed_orders"),
)


def child_table(name: str, tables: Sequence[ChildTable] = CHILD_TABLES) -> ChildTable:
    for table in tables:
        if table.name == name:
            return table
    raise KeyError(name)


def inspection_id_sql(
    table: ChildTable, row: str, tables: Sequence[ChildTable] = CHILD_TABLES, depth: int = 0
) -> str:
    """SQL for the id of the inspection that row `row` (an alias, NEW or OLD) belongs to;
    a parent row is found by its `id`."""
    if table.parent is None:
        return f"{row}.{table.link}"
    parent = child_table(table.parent, tables)
    alias = f"parent{depth}"
    inner = inspection_id_sql(parent, alias, tables, depth + 1)
    return f"(SELECT {inner} FROM {parent.name} AS {alias} WHERE {alias}.id = {row}.{table.link})"

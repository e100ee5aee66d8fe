#!/usr/bin/env python3
"""bench-floor.py - the SQL of the same-schema floor: what SQLite alone needs to write what an import wrote.

    bench-floor.py FILLED FRESH > floor.sql
    sqlite3 FRESH < floor.sql

FILLED is a registry `ladder import` filled; FRESH a registry `ladder init` just made. The SQL
attaches FILLED and copies, in one transaction, every table the import added rows to, into FRESH
with every index, CHECK and trigger of the schema in place (INSERT … SELECT), so it follows the
schema: a table added by a migration is copied too. A full-text table that indexes another table's
column (content = 'x') is rebuilt from the copied rows, so SQLite tokenizes the names as the import
had it do; a full-text table without content has nothing to rebuild from, so its stored index is
copied as it is. Foreign keys are off (the sqlite3 shell's default), the page cache and
synchronous setting are ladder's own.
"""

import re
import sqlite3
import sys


def tables(db):
    """name -> (type, sql) of the schema's tables, virtual and shadow tables included."""
    rows = db.execute("SELECT name, type FROM pragma_table_list WHERE schema = 'main' AND name NOT LIKE 'sqlite_%'")
    sql = dict(db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'"))
    return {name: (kind, sql.get(name) or "") for name, kind in rows if kind in ("table", "virtual", "shadow")}


def count(db, name):
    return db.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    filled, fresh = sqlite3.connect(sys.argv[1]), sqlite3.connect(sys.argv[2])
    schema, empty = tables(filled), tables(fresh)
    rebuilt = {name for name, (kind, sql) in schema.items()
               if kind == "virtual" and re.search(r"content\s*=\s*'[^']+'", sql)}
    copies = []
    for name, (kind, _) in sorted(schema.items()):
        if kind == "virtual" or name not in empty or any(name.startswith(v + "_") for v in rebuilt):
            continue
        before = count(fresh, name)
        if count(filled, name) > before:
            # OR REPLACE only where `ladder init` wrote rows (a mark, a full-text table's _config):
            # into an empty table the plain copy is the recipe.
            verb = "INSERT OR REPLACE" if before else "INSERT"
            copies.append(f'{verb} INTO main."{name}" SELECT * FROM src."{name}";')
    print("PRAGMA cache_size = -24576;\nPRAGMA synchronous = NORMAL;")
    print(f"ATTACH '{sys.argv[1]}' AS src;\nBEGIN IMMEDIATE;")
    print("\n".join(copies))
    for name in sorted(rebuilt):
        print(f"INSERT INTO main.\"{name}\" (\"{name}\") VALUES ('rebuild');")
    print("COMMIT;")


if __name__ == "__main__":
    main()

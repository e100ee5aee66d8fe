#!/usr/bin/env python3
"""Regenerates schema-postgres.sql from the frozen PostgreSQL migrations
(Sources/LadderPostgres/Schema/PostgresSchemaV*.swift). PostgresSchemaTests fails when the two disagree."""
import glob, os, re
root = os.path.join(os.path.dirname(__file__), "..")
def body(path):
    text = open(path, encoding="utf-8").read()
    sql = text.split('static let sql = """\n', 1)[1].rsplit('"""', 1)[0]
    return "\n".join(l[4:] if l.startswith("    ") else l for l in sql.split("\n")).rstrip()
files = sorted(glob.glob(os.path.join(root, "Sources/LadderPostgres/Schema/PostgresSchemaV*.swift")),
               key=lambda p: int(re.search(r"PostgresSchemaV(\d+)", p).group(1)))
target = os.path.join(root, "schema-postgres.sql")
header = open(target, encoding="utf-8").read().split("\n\n", 1)[0]
with open(target, "w", encoding="utf-8") as out:
    out.write(header + "\n\n" + "\n\n".join(body(f) for f in files) + "\n")

#!/usr/bin/env python3
"""Regenerates schema.sql from the frozen migrations (Sources/LadderKit/Storage/SchemaV*.swift).
SchemaTests fails when the two disagree; run this after adding a migration that only adds objects."""
import glob, os, re
root = os.path.join(os.path.dirname(__file__), "..")
def body(path):
    text = open(path, encoding="utf-8").read()
    sql = text.split('static let sql = """\n', 1)[1].rsplit('"""', 1)[0]
    return "\n".join(l[4:] if l.startswith("    ") else l for l in sql.split("\n")).rstrip()
files = sorted(glob.glob(os.path.join(root, "Sources/LadderKit/Storage/SchemaV*.swift")),
               key=lambda p: int(re.search(r"SchemaV(\d+)", p).group(1)))
header = open(os.path.join(root, "schema.sql"), encoding="utf-8").read().split("\n\n", 1)[0]
with open(os.path.join(root, "schema.sql"), "w", encoding="utf-8") as out:
    out.write(header + "\n\n" + "\n\n".join(body(f) for f in files) + "\n")

#!/usr/bin/env python3
"""bench-facts.py - three years of annual facts for every firm of a bench registry.

Run after scripts/bench-registry.py on the same registry: gives every firm a founding day (in its row) and
facts for 2023, 2024 and 2025 (the years `candidates --as-of 2026-…` reads), written with raw SQL
as `ladder facts set` would store them (sorted-key JSON, its FNV-1a digest). About 4% of the
firm-years get a second, newer version of a few figures, so that versions are merged; about 3%
leave a figure out, so that some firms have insufficient data. Firm-years are drawn from a pool of
50,000 (so a firm's years are not a trend; the rules only sum and compare them). The figures are spread around the
hnte and tsme thresholds, so that every verdict occurs. Deterministic: same --seed, same rows.

    python3 scripts/bench-facts.py --db .bench/bench.sqlite --seed 1
"""

import argparse
import datetime as dt
import json
import random
import sqlite3
import time

FIELDS = ["电子信息", "生物与新医药", "航空航天", "新材料", "高技术服务", "新能源与节能", "资源与环境", "先进制造与自动化"]
YEARS = (2023, 2024, 2025)
RECORDED = "2026-02-01T02:00:00.000000Z"
POOL = 50_000


def digest(text):
    """FactsJSON.digest: FNV-1a 64 over the UTF-8 bytes and a closing 0, as a signed integer."""
    h = 0xcbf29ce484222325
    for b in text.encode("utf-8") + b"\0":
        h = ((h ^ b) * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
    return h - (1 << 64) if h >= 1 << 63 else h


def encode(facts):
    return json.dumps(facts, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def year_facts(rng, revenue):
    employees = rng.randint(8, 600)
    rd = revenue * rng.randint(150, 800) // 10000  # 1.5% .. 8% of sales
    facts = {
        "employees": employees,
        "tech_staff": employees * rng.randint(5, 40) // 100,
        "revenue": revenue,
        "total_assets": revenue * rng.randint(50, 200) // 100,
        "total_cost": revenue * rng.randint(60, 98) // 100,
        "rd_expense": rd,
        "rd_expense_in_china": rd * rng.randint(50, 100) // 100,
        "high_tech_income": revenue * rng.randint(40, 95) // 100,
        "net_assets": revenue * rng.randint(-10, 80) // 100,
        "ip1": rng.choice((0, 0, 0, 1, 2, 5)),
        "ip2": rng.randint(0, 8),
        "owns_core_ip": rng.random() < 0.9,
        "major_accident": rng.random() < 0.01,
        "abnormal_operation_list": rng.random() < 0.02,
        "serious_dishonesty_list": rng.random() < 0.005,
    }
    score = rng.choice((65, 70, 71, 75, 80, 85, 90))
    facts["innovation_score"] = score + 0.5 if rng.random() < 0.1 else score
    if rng.random() < 0.3:
        facts["field"] = rng.choice(FIELDS)
    return facts


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", required=True)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    rng = random.Random(args.seed + 7)
    started = time.time()

    db = sqlite3.connect(args.db)
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = OFF")
    db.execute("PRAGMA cache_size = -400000")
    db.execute("BEGIN")
    # The founding day belongs in the firm's row, as a first import that reads 成立日期 writes it;
    # the trigger that keeps a registered profile fixed is lifted for this and put back verbatim.
    trigger = db.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'enterprise_profile_is_kept'").fetchone()[0]
    db.execute("DROP TRIGGER enterprise_profile_is_kept")
    ids = [row[0] for row in db.execute("SELECT id FROM enterprise ORDER BY id")]
    # A pool of firm-years, each encoded and digested once (FNV-1a in Python is slow), picked at random.
    pool = []
    for _ in range(POOL):
        facts = year_facts(rng, rng.choice((rng.randint(1_000_000, 50_000_000), rng.randint(50_000_000, 300_000_000))))
        if rng.random() < 0.03:
            del facts[rng.choice(("rd_expense", "tech_staff", "innovation_score", "high_tech_income"))]
        pool.append(record(facts))
    newer = [record({"rd_expense": rng.randint(100_000, 9_000_000), "owns_core_ip": True}) for _ in range(POOL // 10)]
    founded, rows = [], []
    for firm in ids:
        day = dt.date(2005, 1, 1) + dt.timedelta(days=rng.randint(0, 21 * 365))  # up to 2025-12
        founded.append((day.isoformat(), firm))
        for year in YEARS:
            if year < day.year:
                continue
            rows.append((firm, year) + rng.choice(pool))
            if rng.random() < 0.04:
                rows.append((firm, year) + rng.choice(newer))
        if len(rows) > 200_000:
            flush(db, founded, rows)
    flush(db, founded, rows)
    db.execute(trigger)
    db.execute("COMMIT")
    db.execute("ANALYZE")
    db.commit()
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    count = db.execute("SELECT count(*) FROM fact").fetchone()[0]
    print("facts=%d for %d firms in %.1fs" % (count, len(ids), time.time() - started))


def record(facts):
    text = encode(facts)
    return text, digest(text)


def flush(db, founded, rows):
    db.executemany("UPDATE enterprise SET founded_on = ? WHERE id = ?", founded)
    db.executemany("INSERT INTO fact (enterprise_id, year, facts, digest, recorded_at, operator, command) "
                   "VALUES (?, ?, ?, ?, '%s', 'bench', 'ladder bench')" % RECORDED, rows)
    founded.clear()
    rows.clear()


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""bench-registry.py - a big synthetic registry for measuring the statistics commands.

Writes enterprises and events with raw SQL straight into a registry created by `ladder init`
(so the schema is exactly the migrations' and GRDB's migration table is in place). The
statistics cache (grant_place) is left empty: the first `ladder stats` fills it in bulk. Deterministic:
the same --seed and --firms give the same file. Not an importer: it skips every write check
the library makes, and only follows the schema's own constraints and triggers.

    ladder init --db .bench/bench.sqlite
    python3 scripts/bench-registry.py --db .bench/bench.sqlite --firms 1000000 --seed 1

With --chinese-names the firms get names shaped like real ones (江西/南昌 + a trade name of two or
three characters + an industry word + 有限公司, as the roster generator makes them) instead of
企业0000001有限公司, so that searching names (`ladder find`, scripts/bench-find.sh) meets realistic
overlap: a two-character trade name is shared by tens of firms, 科技 by about half of them.

Shape (1M firms): ~600k admit, ~350k certify (2019-2026 batches, some firms re-certified),
~2% relocations (some into 赣江新区), ~1% revocations, a few hundred voids, some renames.
"""

import argparse
import datetime as dt
import random
import sqlite3
import time

CITIES = [  # (city prefix, weight, counties)
    ("3601", 26, ["360102", "360103", "360104", "360111", "360112", "360113", "360121", "360123", "360124"]),
    ("3602", 4, ["360202", "360203", "360222", "360281"]),
    ("3603", 5, ["360302", "360313", "360321", "360322", "360323"]),
    ("3604", 10, ["360402", "360403", "360404", "360423", "360424", "360425", "360426", "360428", "360429"]),
    ("3605", 4, ["360502", "360521"]),
    ("3606", 3, ["360602", "360603", "360681"]),
    ("3607", 14, ["360702", "360703", "360704", "360722", "360723", "360724", "360725", "360781", "360783"]),
    ("3608", 8, ["360802", "360803", "360821", "360822", "360823", "360824", "360881"]),
    ("3609", 10, ["360902", "360921", "360922", "360923", "360981", "360982", "360983"]),
    ("3610", 6, ["361002", "361003", "361021", "361022", "361023", "361024"]),
    ("3611", 10, ["361102", "361103", "361104", "361123", "361124", "361181"]),
]
HNTE_YEARS = [(2019, 8), (2020, 9), (2021, 10), (2022, 11), (2023, 12), (2024, 13), (2025, 14), (2026, 14)]
TSME_YEARS = list(range(2017, 2027))
FIELDS = ["电子信息", "生物与新医药", "航空航天", "新材料", "高技术服务", "新能源与节能", "资源与环境", "先进制造与自动化"]
ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


CITY_NAMES = {"3601": "南昌", "3602": "景德镇", "3603": "萍乡", "3604": "九江", "3605": "新余", "3606": "鹰潭",
              "3607": "赣州", "3608": "吉安", "3609": "宜春", "3610": "抚州", "3611": "上饶"}
TRADE_CHARS = ("华瑞恒泰鑫源宏达盛昌隆兴众诚信嘉创新科联德益凯晟锦安祥和永丰天宇博远顺中融汇聚普明光辉赣洪章贡豫江润泽"
               "美金银铜晶卓越佳旭东方腾云海峰弘正康宁福乐万通达凯睿智捷星辰航程铭升辉煌绿洲森林源丰谷雅品致远合力同舟立邦"
               "鼎新亿辰昊霖澜汉唐柏岚云帆优途精工蓝图启迪思远睿德")
NAME_WORDS = ["电子科技", "信息技术", "软件", "智能科技", "网络科技", "光电科技", "微电子", "数据科技", "生物科技", "药业",
              "医疗器械", "生物医药", "航空科技", "无人机科技", "新材料", "材料科技", "稀土材料", "锂业", "陶瓷科技", "检测技术",
              "科技服务", "工业设计", "新能源", "光伏科技", "节能科技", "环保科技", "水处理科技", "智能装备", "机械制造",
              "自动化科技", "精密制造", "汽车零部件"]
NAME_SUFFIXES = ["有限公司"] * 14 + ["股份有限公司"] * 3 + ["有限责任公司"] * 2 + ["（集团）有限公司"]


def chinese_name(rng, city_prefix):
    """江西 or the city, a trade name of 2 (85%) or 3 characters, an industry word, a suffix."""
    place = "江西" if rng.random() < 0.3 else CITY_NAMES[city_prefix]
    trade = "".join(rng.choice(TRADE_CHARS) for _ in range(2 if rng.random() < 0.85 else 3))
    return place + trade + rng.choice(NAME_WORDS) + rng.choice(NAME_SUFFIXES)


def credit_code(division, serial):
    """A code with valid check characters: 91 + division + 8-digit organisation body + checks."""
    body = "%08d" % serial
    s = sum(int(c) * w for c, w in zip(body, (3, 7, 9, 10, 5, 8, 4, 2)))
    c = 11 - s % 11
    org = body + ("X" if c == 10 else "0" if c == 11 else str(c))
    first17 = "91" + division + org
    total = sum(ALPHABET.index(ch) * w for ch, w in zip(first17, WEIGHTS))
    return first17 + ALPHABET[(31 - total % 31) % 31]


def moment(day, rng):
    """A recorded_at some days after `day`, fixed-width UTC text."""
    t = dt.datetime(day.year, day.month, day.day, 2) + dt.timedelta(days=rng.randint(0, 90),
                                                                    seconds=rng.randint(0, 86399),
                                                                    microseconds=rng.randint(0, 999999))
    return t.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", required=True)
    ap.add_argument("--firms", type=int, default=1_000_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--chinese-names", action="store_true", help="names shaped like real firms' (for name search)")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    names = random.Random(args.seed + 1)  # a stream of its own: the rest of the registry is the same either way
    started = time.time()

    batches = {}
    for year, _ in HNTE_YEARS:
        days = set()
        while len(days) < rng.choice((2, 2, 3)):
            month = rng.choice((11, 12))
            days.add(dt.date(year, month, rng.randint(1, 28 if month == 11 else 22)))
        batches[year] = sorted(days)
    hnte_years = [y for y, w in HNTE_YEARS for _ in range(w)]
    city_pick = [c for c in CITIES for _ in range(c[1])]

    db = sqlite3.connect(args.db)
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = OFF")
    db.execute("PRAGMA cache_size = -400000")
    db.execute("BEGIN")
    firms, events = [], []
    event_id = 0
    grants = []        # (event id, firm id, tier, start, recorded)
    cert_seq = {y: 0 for y, _ in HNTE_YEARS}
    tsme_seq = {}
    created = "2026-01-15T02:00:00.000000Z"

    def add_event(firm, kind, effective, recorded, tier=None, number=None, category=None, year=None,
                  target=None, name=None, division=None, zone=None, ground=None, reason=None):
        nonlocal event_id
        event_id += 1
        events.append((event_id, firm, kind, effective.isoformat(), tier, number, category, year, target, name,
                       division, zone, ground, reason, recorded, "bench", "ladder bench"))
        return event_id

    for firm in range(1, args.firms + 1):
        prefix, _, counties = rng.choice(city_pick)
        r = rng.random()
        division, zone = rng.choice(counties), None
        if r < 0.01 and prefix in ("3601", "3604"):
            zone = "ganjiang"
        elif r < 0.015:
            division = "360000"
        elif r < 0.017:
            division = "440300"
        code = credit_code(division if division != "440300" else "440300", firm)
        name = chinese_name(names, prefix) if args.chinese_names else "企业%07d有限公司" % firm
        firms.append((firm, code, name, division, zone, rng.choice(FIELDS),
                      "联系人%d" % (firm % 1000), "0791-%07d" % firm, created, "bench"))
        if rng.random() < 0.60:
            year = rng.choice(TSME_YEARS)
            tsme_seq[year] = tsme_seq.get(year, 0) + 1
            county = division if division[4:] != "00" else counties[0]
            number = "%d%sA%07d" % (year, county, tsme_seq[year])
            start = dt.date(year, 1, 1) if rng.random() < 0.7 else dt.date(year, rng.randint(3, 10), rng.randint(1, 28))
            rec = moment(start, rng)
            grants.append((add_event(firm, "admit", start, rec, "tsme", number, None, year), firm, "tsme", start, rec))
        if rng.random() < 0.26:
            year = rng.choice(hnte_years)
            while True:
                issue = rng.choice(batches[year])
                cert_seq[year] += 1
                rec = moment(issue, rng)
                gid = add_event(firm, "certify", issue, rec, "hnte", "GR%d36%06d" % (year, cert_seq[year]), None, year)
                grants.append((gid, firm, "hnte", issue, rec))
                # Re-certification in the year the certificate ends (期满当年), for about half.
                year += 3
                if year not in batches or rng.random() < 0.45:
                    break
        if rng.random() < 0.0015:
            start = dt.date(rng.choice((2022, 2023, 2024, 2025)), 6, 30)
            cat = rng.choice(("gazelle", "potential-gazelle", "seed-unicorn"))
            grants.append((add_event(firm, "select", start, moment(start, rng), "growth", None, cat, start.year),
                           firm, "growth", start, None))
        if rng.random() < 0.02:
            prefix2, _, counties2 = rng.choice(city_pick)
            day = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randint(0, 8 * 365))
            zone2 = "ganjiang" if rng.random() < 0.15 else None
            add_event(firm, "relocate", day, moment(day, rng), division=rng.choice(counties2), zone=zone2)
        if rng.random() < 0.01:
            day = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randint(0, 8 * 365))
            renamed = chinese_name(names, prefix) if args.chinese_names else "企业%07d新名有限公司" % firm
            add_event(firm, "rename", day, moment(day, rng), name=renamed)
        if len(events) > 200_000:
            flush(db, firms, events)

    # Corrections recorded later: revocations, and voids of grants, revocations and relocations.
    revokes = []
    for gid, firm, tier, start, rec in grants:
        if tier == "growth":
            continue
        x = rng.random()
        if x < 0.01:
            day = start + dt.timedelta(days=rng.randint(30, 700))
            rid = add_event(firm, "revoke", day, moment(day, rng), target=gid, ground="other", reason="bench")
            revokes.append((rid, firm))
        elif x < 0.013:
            add_event(firm, "void", start, moment(start + dt.timedelta(days=100), rng), target=gid,
                      reason="bench correction")
    for rid, firm in revokes[: len(revokes) // 10]:
        add_event(firm, "void", dt.date(2026, 3, 1), "2026-03-01T01:00:00.000000Z", target=rid, reason="bench")
    flush(db, firms, events)
    relocations = db.execute("SELECT id, enterprise_id FROM event WHERE kind = 'relocate' AND id % 20 = 0").fetchall()
    for rid, firm in relocations:
        add_event(firm, "void", dt.date(2026, 4, 1), "2026-04-01T01:00:00.000000Z", target=rid, reason="bench")
    flush(db, firms, events)
    db.execute("COMMIT")
    db.execute("ANALYZE")
    db.commit()
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    counts = dict(db.execute("SELECT kind, count(*) FROM event GROUP BY kind").fetchall())
    print("firms=%d events=%s in %.1fs" % (args.firms, counts, time.time() - started))


def flush(db, firms, events):
    db.executemany("INSERT INTO enterprise (id, credit_code, name, division, zone, field, contact, phone, "
                   "created_at, created_by) VALUES (?,?,?,?,?,?,?,?,?,?)", firms)
    db.executemany("INSERT INTO event (id, enterprise_id, kind, effective_on, tier, number, category, year, "
                   "target_id, name, division, zone, ground, reason, recorded_at, operator, command) "
                   "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", events)
    firms.clear()
    events.clear()


if __name__ == "__main__":
    main()

/// Migration v6, frozen: the name index that `ladder find` and every lookup by name read.
enum SchemaV6 {
    static let sql = """
    -- firm_name: every name a firm was registered or renamed under, as a search key (full-width
    -- letters, digits and brackets as ASCII, no spaces: how imports compare names). A cache derived
    -- from enterprise and rename events, filled in bulk after writes up to firm_name_mark, never by
    -- a trigger; lookups read the firms and renames past the mark from their own tables, so a cache
    -- that lags is slower, never wrong. event_id: the rename that gave the name (NULL for the name as
    -- registered); a name whose rename was voided is left out when read. Rebuildable: DELETE FROM
    -- firm_name_mark and the next write fills it again.
    CREATE TABLE firm_name (
        id INTEGER PRIMARY KEY,
        enterprise_id INTEGER NOT NULL,
        event_id INTEGER,
        key TEXT NOT NULL
    ) STRICT;

    -- Whole names: the exact lookup every command naming a firm makes (ASCII letters in either case).
    CREATE INDEX firm_name_by_key ON firm_name(key COLLATE NOCASE);

    -- Substrings of 3 or more characters: trigrams of firm_name.key. (Both full-text tables keep no
    -- sizes, detail = 'none' and columnsize = 0: a lookup needs only which names hold a token.)
    CREATE VIRTUAL TABLE firm_name_trigram USING fts5(
        key, content = 'firm_name', content_rowid = 'id', tokenize = 'trigram', detail = 'none', columnsize = 0);

    -- Substrings of 2 characters, which trigrams cannot find: every pair of adjacent characters of
    -- firm_name.key as one token (rowid = firm_name.id), nothing else stored.
    CREATE VIRTUAL TABLE firm_name_bigram USING fts5(
        pairs, content = '', detail = 'none', columnsize = 0,
        tokenize = "unicode61 remove_diacritics 0 categories 'L* N* Co M* P* S*'");

    -- firm_name_mark: the highest firm id and event id firm_name has been filled through (one row).
    CREATE TABLE firm_name_mark (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        through_enterprise INTEGER NOT NULL,
        through_event INTEGER NOT NULL
    ) STRICT;
    """
}

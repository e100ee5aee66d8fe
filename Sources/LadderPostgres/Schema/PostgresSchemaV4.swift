/// PostgreSQL v4, frozen: the name index's lookup by part of a name (SQLite's full-text tables
/// `firm_name_trigram` and `firm_name_bigram`). Not `pg_trgm`: in a database whose LC_CTYPE is C,
/// as ladder's are made, it takes no trigram from Chinese characters (`show_trgm('南昌市科技')` is
/// `{}`), so its index would scan every name. Instead every pair of adjacent characters of a
/// name's key, in lower case: a name containing a text holds each of the text's pairs.
enum PostgresSchemaV4 {
    static let sql = """
    -- firm_name_pair: every pair of adjacent characters (Unicode scalars) of firm_name.key in lower
    -- case, once per name; a cache filled with firm_name, never copied. A search for a text reads
    -- the names holding all of its pairs, then checks the text itself.
    CREATE TABLE firm_name_pair (
        pair text NOT NULL,
        firm_name_id bigint NOT NULL,
        PRIMARY KEY (pair, firm_name_id)
    );
    """
}

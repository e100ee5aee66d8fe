/// PostgreSQL v6, frozen: SQLite's v11 — a certificate or 科小 number in force for one grant at a
/// time, refused by the database itself. A trigger per statement, over the rows it inserted (a
/// transition table): a COPY of 50,000 events pays one search of `event_by_number`, not 50,000.
/// It takes the write lock every ladder writer takes first, so two transactions that each insert
/// the same number (through psql, say) cannot both pass: the second waits for the first to end
/// and, reading committed rows, sees its grant. A first import that sets the indexes aside
/// disables it with them and checks the whole table once (`GrantNumberRule`).
enum PostgresSchemaV6 {
    static let sql = """
    -- Refuses a certificate or 科小 number in force (not voided) for more than one grant of its
    -- kind after the statement, holding the registry's write lock (as `ladder` writers do).
    CREATE FUNCTION ladder_number_in_force_once() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
        twice record;
    BEGIN
        PERFORM pg_advisory_xact_lock(119165551928690);
        SELECT e.kind, e.number INTO twice FROM event e
        WHERE e.number IS NOT NULL AND e.number IN (SELECT n.number FROM inserted n WHERE n.number IS NOT NULL)
          AND NOT EXISTS (SELECT 1 FROM event v WHERE v.kind = 'void' AND v.target_id = e.id)
        GROUP BY e.kind, e.number HAVING count(*) > 1 LIMIT 1;
        IF FOUND THEN
            RAISE EXCEPTION 'this certificate or 科小 number (% %) is already in force for another grant: void that grant first',
                twice.kind, twice.number USING ERRCODE = 'unique_violation';
        END IF;
        RETURN NULL;
    END
    $$;
    CREATE TRIGGER event_number_in_force_once AFTER INSERT ON event REFERENCING NEW TABLE AS inserted
    FOR EACH STATEMENT EXECUTE FUNCTION ladder_number_in_force_once();
    """
}

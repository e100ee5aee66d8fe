/// Migration v11, frozen: a certificate or 科小 number in force for one grant at a time, refused by
/// the database itself and not only by ladder's checks before it writes. A voided grant keeps its
/// number (events are append-only), so no unique index can say "among grants not voided": a
/// trigger does, with one probe of `event_by_number` per grant written. A first import into an
/// empty registry drops it with the indexes it searches and checks the whole table once before it
/// commits (`DeferredIndexes`). Registries written before v11 are checked by `ladder verify`.
enum SchemaV11 {
    static let sql = """
    -- A certificate or 科小 number is in force for one grant at a time: a second admission or
    -- certificate of the same kind and number is refused until the first is voided.
    CREATE TRIGGER event_number_in_force_once BEFORE INSERT ON event
    WHEN NEW.number IS NOT NULL AND EXISTS (
        SELECT 1 FROM event e WHERE e.number = NEW.number AND e.kind = NEW.kind
          AND NOT EXISTS (SELECT 1 FROM event v WHERE v.kind = 'void' AND v.target_id = e.id))
    BEGIN
        SELECT RAISE(ABORT, 'this certificate or 科小 number is already in force for another grant: void that grant first');
    END;
    """
}

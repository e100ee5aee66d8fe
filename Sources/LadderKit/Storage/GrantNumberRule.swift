/// The database's rule on grant numbers (SQLite v11, PostgreSQL v6): a certificate or 科小 number
/// is in force for one grant at a time. Its trigger checks each grant written; a first import
/// into an empty registry sets the trigger aside with the indexes it searches and checks the
/// whole table once, with `check`, after building them again.
enum GrantNumberRule {
    /// The trigger that applies the rule on both engines.
    static let trigger = "event_number_in_force_once"

    /// The first kind and number in force for more than one grant. Numbers seen twice are found
    /// on `event_by_number` alone (0.3 s on a million grants, where a void probe per grant took 2.9 s).
    static let firstTwiceSQL = """
        SELECT e.kind, e.number FROM event e
        WHERE e.number IN (SELECT number FROM event WHERE number IS NOT NULL GROUP BY number HAVING count(*) > 1)
          AND NOT EXISTS (SELECT 1 FROM event v WHERE v.kind = 'void' AND v.target_id = e.id)
        GROUP BY e.kind, e.number HAVING count(*) > 1 ORDER BY e.number LIMIT 1
        """

    /// Throws for a number in force twice: only a fault in ladder could have loaded it, since the
    /// import refuses a number already recorded.
    static func check(_ c: any RegistryConnection) throws {
        guard let row = try c.rows(firstTwiceSQL).first else { return }
        throw ImportError.indexesNotBuilt(reason: "\(row.text(0) ?? "?") number \(row.text(1) ?? "?") is in force "
                                              + "for more than one grant (\(trigger))")
    }
}

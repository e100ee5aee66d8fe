import Foundation
import GRDB

/// Every firm with facts on file, with its events, corrections and fact records, read in one
/// ordered pass: the fact, enterprise and event tables are each walked once in firm order and
/// joined as they go, so `candidates` costs a few steps per row instead of four queries per firm.
/// Reads what `Registry.facts(_:enterpriseID:knownAt:)` and the per-firm queries read, no more;
/// the fact records are left as bytes for the checking threads to decode (`FactRecords`).
final class FirmRecordsReader {
    /// One firm's records.
    struct Firm {
        let id: Int64
        /// Nil only if the firm's row is missing (the schema's foreign key forbids it). Without its
        /// contact details, and its events without their provenance's words: no rule reads them.
        let enterprise: Enterprise?
        let events: [Event]
        let corrections: [Correction]
        /// Merged by year with `merged()`.
        let facts: FactRecords
    }

    private let facts: SQLiteStatement
    private let enterprises: SQLiteStatement
    private let events: SQLiteStatement
    private var factsLeft: Bool
    private var enterprisesLeft: Bool
    private var eventsLeft: Bool
    private let common: Common

    init(_ db: Database, knownAt: Moment?) throws {
        let known = knownAt?.iso ?? "9999"
        // Facts recorded by then, those of batches voided by then marked (a firm whose facts
        // were all voided is still checked, with none), each firm's years in order, versions oldest first.
        facts = try SQLiteStatement(db, FirmRecordsReader.factsSQL(window: false))
        facts.bind(1, known)
        enterprises = try SQLiteStatement(db, FirmRecordsReader.enterprisesSQL(window: false))
        events = try SQLiteStatement(db, FirmRecordsReader.eventsSQL(window: false))
        common = try FirmRecordsReader.Common(GRDBConnection(db), knownAt: knownAt)
        factsLeft = try facts.step()
        enterprisesLeft = try enterprises.step()
        eventsLeft = try events.step()
    }

    /// The fact rows recorded by then (`?1`), each firm's years in order, versions oldest first;
    /// with `window`, only those of the firms with ids from `?2` to `?3` (`FirmRecordsWindows`).
    static func factsSQL(window: Bool) -> String {
        "SELECT enterprise_id, year, facts, batch_id FROM fact WHERE recorded_at <= ?1"
            + (window ? " AND enterprise_id BETWEEN ?2 AND ?3" : "") + " ORDER BY enterprise_id, year, id"
    }

    /// The firms in id order; with `window`, those with ids from `?1` to `?2`.
    static func enterprisesSQL(window: Bool) -> String {
        "SELECT \(Enterprise.columns) FROM enterprise" + (window ? " WHERE id BETWEEN ?1 AND ?2" : "") + " ORDER BY id"
    }

    /// The events in firm order (any order within a firm: `History` sorts them); with `window`,
    /// those of the firms with ids from `?1` to `?2`.
    static func eventsSQL(window: Bool) -> String {
        "SELECT \(Event.columns) FROM event" + (window ? " WHERE enterprise_id BETWEEN ?1 AND ?2" : "")
            + " ORDER BY enterprise_id"
    }

    /// The next firm with facts recorded by then and not set aside, in id order; nil after the last.
    func next() throws -> Firm? {
        while factsLeft {
            let id = facts.int64(0)
            let records = try readFacts(of: id)
            if common.setAside.contains(id) { continue }
            return Firm(id: id, enterprise: try readEnterprise(id), events: try readEvents(of: id),
                        corrections: common.corrections[id] ?? [], facts: records)
        }
        return nil
    }

    /// The firm's fact rows not voided, as stored, in the order `Registry.facts` merges them.
    private func readFacts(of id: Int64) throws -> FactRecords {
        var records = FactRecords()
        while factsLeft, facts.int64(0) == id {
            if common.counts(batch: facts.isNull(3) ? nil : facts.int64(3)) {
                records.append(year: facts.int(1), facts.bytes(2))
            }
            factsLeft = try facts.step()
        }
        return records
    }

    private func readEnterprise(_ id: Int64) throws -> Enterprise? {
        while enterprisesLeft, enterprises.int64(0) < id { enterprisesLeft = try enterprises.step() }
        guard enterprisesLeft, enterprises.int64(0) == id else { return nil }
        return try Enterprise(statement: enterprises, contactDetails: false)
    }

    private func readEvents(of id: Int64) throws -> [Event] {
        while eventsLeft, events.int64(1) < id { eventsLeft = try events.step() }
        var found: [Event] = []
        while eventsLeft, events.int64(1) == id {
            found.append(try Event(statement: events, provenanceDetails: false))
            eventsLeft = try events.step()
        }
        return found
    }
}

extension RowParser {
    /// The division code wins over a county column, which wins over a city column when both name
    /// a place (a column naming only a city gives way to one naming a county); a city column that
    /// does not contain the county is a warning naming both. Names are read as people write them
    /// (`PlaceName`); 赣江新区 sets the zone.
    func parsePlace(_ cursor: inout Cursor, into row: inout ParsedRow) {
        var zone: Zone? = nil
        if let text = cursor.text(.zone), text.containsText("赣江") { zone = .ganjiang }
        var digits: RegionCode?
        var named = NamedPlaces()
        var unknown: [(field: ImportField, text: String)] = []
        if let code = cursor.plainDivision() {
            digits = code
        } else if let text = cursor.text(.division) {
            if let code = try? RegionCode(text) {
                digits = code
            } else if let place = PlaceName.read(text) {
                named.division = (.division, place)
            } else {
                unknown.append((.division, text))
            }
        }
        for field in RowParser.placeColumns {
            if let place = cursor.plainPlace(field) {
                named.set((field, place))
                continue
            }
            guard let text = cursor.text(field) else { continue }
            if text.containsText("赣江新区") { zone = .ganjiang; continue }
            if let place = PlaceName.read(text) ?? (try? RegionCode(text)).map({ PlaceName(code: $0, cityOnly: $0.isCityOrAbove) }) {
                named.set((field, place))
            } else if !PlaceName.isZoneWord(text) {
                // 高新区 alone is placed by the city column beside it, without a word.
                unknown.append((field, text))
            }
        }
        let source = named.first(where: { !$0.place.cityOnly }) ?? named.first(where: { _ in true })
        let chosen = digits.map { PlaceName(code: $0, cityOnly: false) } ?? source?.place
        let field = digits != nil ? ImportField.division : source?.field ?? .region
        if let chosen, !chosen.cityOnly, let city = named.region,
           city.place.code != chosen.code, PlaceName.contradicts(city.place, chosen) {
            let placed = chosen.code
            let cityText = cursor.text(.region) ?? ""
            cursor.warn(.region, cityText, ImportProblemText.cityContradicts.text(
                ["value": cityText, "county": placed.name ?? placed.code, "code": placed.code,
                 "city": placed.city.name ?? placed.city.code]))
        }
        for (field, text) in unknown {
            let how: ImportProblemText = chosen == nil ? .placedByCode : .placedByOthers
            cursor.warn(field, text, ImportProblemText.unknownPlace.text(["value": text, "how": how.text()]))
        }
        if let chosen {
            row.place = ParsedRow.Place(division: chosen.code, zone: zone, cityOnly: chosen.cityOnly, field: field)
        } else if let zone, let code = row.code {
            row.place = ParsedRow.Place(division: RegionCode(trusted: code.division), zone: zone, cityOnly: true,
                                        field: cursor.has(.zone) ? .zone : .region)
        }
    }
}

extension RowParser {
    /// The columns naming a place by name, county first.
    static let placeColumns: [ImportField] = [.county, .region]
}

extension PlaceName {
    /// Two places in different cities, neither of them the whole province.
    static func contradicts(_ a: PlaceName, _ b: PlaceName) -> Bool {
        let province = RegionCatalog.province
        return !a.code.sharesCity(with: b.code) && a.code.code != province && b.code.code != province
    }
}

extension RowParser.Cursor {
    /// The place a CSV cell names as it stands (赣州市, 章贡区), read from its bytes without making
    /// its text; nil when the text must be read (other cells, 赣江新区, addresses, zone words).
    func plainPlace(_ field: ImportField) -> PlaceName? {
        guard let index = parser.columnByOrdinal[field.ordinal] else { return nil }
        return sheetRow.withTextBytes(at: index) { bytes -> PlaceName? in
            guard CellText.isClean(bytes), !RowParser.Cursor.holdsGanjiangZone(bytes) else { return nil }
            return PlaceName.readPlain(bytes)
        }
    }

    /// The division code a CSV cell holds as six plain digits (360733, the usual cell), read from
    /// its bytes without making its text first; nil when the text must be read.
    func plainDivision() -> RegionCode? {
        guard let index = parser.columnByOrdinal[ImportField.division.ordinal] else { return nil }
        return sheetRow.withTextBytes(at: index) { bytes in
            // Six ASCII digits: nothing to validate again.
            RegionCode.isPlainCode(bytes) ? RegionCode(trusted: String(validUTF8: bytes, isASCII: true)) : nil
        }
    }

    /// 赣江新区 in UTF-8, which sets the zone wherever a place column holds it.
    private static let ganjiangZone = Array("赣江新区".utf8)

    private static func holdsGanjiangZone(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let needle = ganjiangZone
        guard bytes.count >= needle.count else { return false }
        for start in 0...(bytes.count - needle.count)
        where bytes[start] == needle[0] && needle.indices.allSatisfy({ bytes[start + $0] == needle[$0] }) {
            return true
        }
        return false
    }
}

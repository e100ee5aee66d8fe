/// Writes a minimal OLE2 compound file (version 3, 512-byte sectors) holding the given streams
/// in the root storage: streams of 4 KiB and more in regular sectors, smaller ones in the mini
/// stream, as MS-CFB requires. For hand-made .xls files in tests.
enum CompoundFileBuilder {
    static let endOfChain: UInt32 = 0xFFFF_FFFE

    static func build(_ streams: [(name: String, bytes: [UInt8])]) -> [UInt8] {
        let sector = 512
        func sectors(_ count: Int) -> Int { (count + sector - 1) / sector }
        // The mini stream: small streams one after another, each padded to 64 bytes.
        var mini: [UInt8] = []
        var miniFAT: [UInt32] = []
        var miniStart: [Int: Int] = [:]
        for (i, stream) in streams.enumerated() where stream.bytes.count < 4096 {
            let first = mini.count / 64, count = (stream.bytes.count + 63) / 64
            miniStart[i] = first
            for k in 0..<count { miniFAT.append(k == count - 1 ? endOfChain : UInt32(first + k + 1)) }
            mini += stream.bytes + [UInt8](repeating: 0, count: count * 64 - stream.bytes.count)
        }
        let directorySectors = sectors((streams.count + 1) * 128)
        let miniFATSectors = sectors(miniFAT.count * 4)
        let miniSectors = sectors(mini.count)
        let bigSectors = streams.filter { $0.bytes.count >= 4096 }.map { sectors($0.bytes.count) }
        let others = directorySectors + miniFATSectors + miniSectors + bigSectors.reduce(0, +)
        var fatSectors = 1
        while fatSectors * 128 < fatSectors + others { fatSectors += 1 }

        // Sector layout: FAT, directory, MiniFAT, mini stream, then the big streams.
        var fat: [UInt32] = Array(repeating: 0xFFFF_FFFD, count: fatSectors)
        func chain(_ count: Int) -> UInt32 {
            let first = fat.count
            for k in 0..<count { fat.append(k == count - 1 ? endOfChain : UInt32(first + k + 1)) }
            return count == 0 ? endOfChain : UInt32(first)
        }
        let directoryStart = chain(directorySectors)
        let miniFATStart = chain(miniFATSectors)
        let miniStreamStart = chain(miniSectors)
        var entries = [entry("Root Entry", kind: 5, child: streams.isEmpty ? nil : 1, start: miniStreamStart,
                             size: mini.count)]
        var body: [UInt8] = []
        for (i, stream) in streams.enumerated() {
            let start: UInt32
            if let first = miniStart[i] {
                start = UInt32(first)
            } else {
                start = chain(sectors(stream.bytes.count))
                body += padded(stream.bytes, to: sector)
            }
            entries.append(entry(stream.name, kind: 2, right: i + 1 < streams.count ? i + 2 : nil, start: start,
                                 size: stream.bytes.count))
        }
        fat += [UInt32](repeating: 0xFFFF_FFFF, count: fatSectors * 128 - fat.count)

        var header = [UInt8](repeating: 0, count: 512)
        header.replaceSubrange(0..<8, with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
        put16(&header, 0x18, 0x3E); put16(&header, 0x1A, 3); put16(&header, 0x1C, 0xFFFE)
        put16(&header, 0x1E, 9); put16(&header, 0x20, 6)
        put32(&header, 0x2C, UInt32(fatSectors)); put32(&header, 0x30, directoryStart)
        put32(&header, 0x38, 4096); put32(&header, 0x3C, miniFATStart); put32(&header, 0x40, UInt32(miniFATSectors))
        put32(&header, 0x44, endOfChain); put32(&header, 0x48, 0)
        for k in 0..<109 { put32(&header, 0x4C + 4 * k, k < fatSectors ? UInt32(k) : 0xFFFF_FFFF) }

        var file = header
        file += fat.flatMap(le32)
        file += padded(entries.flatMap { $0 }, to: sector)
        file += padded(miniFAT.flatMap(le32), to: sector)
        file += padded(mini, to: sector)
        file += body
        return file
    }

    static func entry(_ name: String, kind: UInt8, right: Int? = nil, child: Int? = nil, start: UInt32,
                      size: Int) -> [UInt8] {
        var e = [UInt8](repeating: 0, count: 128)
        let units = Array(name.utf16.prefix(31))
        for (i, unit) in units.enumerated() { put16(&e, 2 * i, unit) }
        put16(&e, 0x40, UInt16(2 * units.count + 2))
        e[0x42] = kind
        e[0x43] = 1
        put32(&e, 0x44, 0xFFFF_FFFF)
        put32(&e, 0x48, right.map(UInt32.init) ?? 0xFFFF_FFFF)
        put32(&e, 0x4C, child.map(UInt32.init) ?? 0xFFFF_FFFF)
        put32(&e, 0x74, start)
        put32(&e, 0x78, UInt32(size))
        return e
    }

    static func padded(_ bytes: [UInt8], to unit: Int) -> [UInt8] {
        bytes + [UInt8](repeating: 0, count: (unit - bytes.count % unit) % unit)
    }

    static func le32(_ v: UInt32) -> [UInt8] { [UInt8(v & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v >> 16 & 0xFF), UInt8(v >> 24)] }

    static func put16(_ b: inout [UInt8], _ at: Int, _ v: UInt16) {
        b[at] = UInt8(v & 0xFF)
        b[at + 1] = UInt8(v >> 8)
    }

    static func put32(_ b: inout [UInt8], _ at: Int, _ v: UInt32) {
        b.replaceSubrange(at..<(at + 4), with: le32(v))
    }
}

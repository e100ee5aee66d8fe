/// An OLE2 compound file (MS-CFB): a little file system inside one file. Reads the header,
/// the DIFAT (where the allocation table lives), the FAT, the directory and the MiniFAT, and
/// opens streams by directory entry.
///
/// Everything the file declares is checked against the file's real size before it is
/// allocated or followed, so a damaged or hostile file costs at most its own size in memory.
final class CompoundFile {
    let file: InputFile
    let header: CompoundFileHeader
    let entries: [CompoundDirectoryEntry]
    private let fat: SectorTable
    private let miniFAT: SectorTable
    private let miniStream: CompoundStream?

    init(file: InputFile) throws {
        self.file = file
        header = try CompoundFileHeader(bytes: file.bytes(at: 0, count: CompoundFileHeader.length))
        let sectorSize = header.sectorSize
        // Sector n starts at (n + 1) × sectorSize: the header takes the place of sector -1.
        let fileSectors = Int(max(0, (file.size - Int64(sectorSize) + Int64(sectorSize) - 1) / Int64(sectorSize)))
        guard header.fatSectorCount <= fileSectors, header.difatSectorCount <= fileSectors,
              header.miniFATSectorCount <= fileSectors else {
            throw ReadError.damagedArchive(detail: ReadDetailText.headerTooManySectors.text())
        }

        func sector(_ number: UInt32) throws -> [UInt8] {
            guard Int(number) < fileSectors else {
                throw ReadError.damagedArchive(detail: ReadDetailText.allocationPastEnd.text())
            }
            let bytes = try file.bytes(at: (Int64(number) + 1) * Int64(sectorSize), count: sectorSize)
            guard bytes.count == sectorSize else {
                throw ReadError.damagedArchive(detail: ReadDetailText.endsInSector.text())
            }
            return bytes
        }

        // The DIFAT: 109 FAT sector numbers in the header, the rest in a chain of DIFAT sectors
        // (walked at most difatSectorCount times, so a cycle cannot hang).
        var fatSectors = Array(header.headerDIFAT.prefix(min(109, header.fatSectorCount)))
        var difat = header.firstDIFATSector
        var difatRead = 0
        while fatSectors.count < header.fatSectorCount {
            guard difatRead < header.difatSectorCount else {
                throw ReadError.damagedArchive(detail: ReadDetailText.allocationIncomplete.text())
            }
            let bytes = try sector(difat)
            for i in 0..<(sectorSize / 4 - 1) where fatSectors.count < header.fatSectorCount {
                fatSectors.append(bytes.u32(at: 4 * i))
            }
            difat = bytes.u32(at: sectorSize - 4)
            difatRead += 1
        }
        var next: [UInt32] = []
        next.reserveCapacity(fatSectors.count * sectorSize / 4)
        for number in fatSectors {
            let bytes = try sector(number)
            for i in 0..<(sectorSize / 4) { next.append(bytes.u32(at: 4 * i)) }
        }
        fat = SectorTable(next: next, sectorCount: fileSectors)

        var directory: [UInt8] = []
        for number in try fat.chain(from: header.firstDirectorySector, what: ReadDetailText.theDirectory.text()) {
            directory += try sector(number)
        }
        let version3 = header.isVersion3
        entries = stride(from: 0, to: directory.count - CompoundDirectoryEntry.length + 1,
                         by: CompoundDirectoryEntry.length).map {
            CompoundDirectoryEntry(bytes: directory, at: $0, version3: version3)
        }
        guard let root = entries.first, root.kind == .root else {
            throw ReadError.damagedArchive(detail: ReadDetailText.noRootEntry.text())
        }

        var miniNext: [UInt32] = []
        if header.miniFATSectorCount > 0 {
            for number in try fat.chain(from: header.firstMiniFATSector, needed: header.miniFATSectorCount,
                                        what: ReadDetailText.theMiniTable.text()) {
                let bytes = try sector(number)
                for i in 0..<(sectorSize / 4) { miniNext.append(bytes.u32(at: 4 * i)) }
            }
        }
        if root.size > 0, root.startSector != CompoundFileHeader.endOfChain {
            guard root.size <= UInt64(fileSectors) * UInt64(sectorSize) else {
                throw ReadError.damagedArchive(detail: ReadDetailText.miniStreamTooLong.text())
            }
            let size = Int(root.size)
            let sectors = try fat.chain(from: root.startSector, needed: (size + sectorSize - 1) / sectorSize,
                                        what: ReadDetailText.theMiniStream.text())
            miniStream = CompoundStream(name: root.name, size: size, file: file, sectors: sectors, sectorSize: sectorSize)
        } else {
            miniStream = nil
        }
        let miniSectors = ((miniStream?.size ?? 0) + CompoundFileHeader.miniSectorSize - 1) / CompoundFileHeader.miniSectorSize
        miniFAT = SectorTable(next: miniNext, sectorCount: miniSectors)
    }

    /// The streams and storages directly in the root storage (not inside embedded objects).
    func rootChildren() -> [CompoundDirectoryEntry] {
        var found: [CompoundDirectoryEntry] = []
        var seen = Set<UInt32>()
        var pending = [entries[0].child]
        while let id = pending.popLast() {
            guard id != CompoundDirectoryEntry.noEntry, Int(id) < entries.count, seen.insert(id).inserted else { continue }
            let entry = entries[Int(id)]
            guard entry.kind != .unused else { continue }
            found.append(entry)
            pending.append(entry.left)
            pending.append(entry.right)
        }
        return found
    }

    /// The stream of a directory entry.
    func stream(_ entry: CompoundDirectoryEntry) throws -> CompoundStream {
        let what = ReadDetailText.theStream.text(["name": entry.name])
        guard entry.size <= UInt64(max(0, file.size)) else {
            throw ReadError.damagedArchive(detail: ReadDetailText.declaresTooMany.text(["what": what, "size": entry.size]))
        }
        let size = Int(entry.size)
        if size >= header.miniStreamCutoff {
            let sectors = try fat.chain(from: entry.startSector, needed: (size + header.sectorSize - 1) / header.sectorSize,
                                        what: what)
            return CompoundStream(name: entry.name, size: size, file: file, sectors: sectors, sectorSize: header.sectorSize)
        }
        let unit = CompoundFileHeader.miniSectorSize
        let miniSectors = try miniFAT.chain(from: entry.startSector, needed: (size + unit - 1) / unit, what: what)
        guard let miniStream else {
            throw ReadError.damagedArchive(detail: ReadDetailText.noMiniStream.text(["what": what]))
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(size)
        for number in miniSectors {
            bytes += try miniStream.bytes(at: Int(number) * unit, count: min(unit, size - bytes.count))
        }
        return CompoundStream(name: entry.name, bytes: bytes, file: file)
    }
}

/// A compound file's allocation table (the FAT, or the MiniFAT of the mini stream): entry `n`
/// names the sector that follows sector `n` in its chain.
///
/// Chains come from the file, so every walk is bounded: a sector number past the end or one
/// seen twice (a cycle) ends it with a `ReadError` instead of a hang.
struct SectorTable {
    let next: [UInt32]
    /// Sectors that exist in the file (or the mini stream): a chain may not name one at or past this.
    let sectorCount: Int

    /// The sectors of the chain starting at `start`, in order: all of them, or only the first
    /// `needed`. `what` names the chain in messages ("the directory", "stream 'Workbook'").
    func chain(from start: UInt32, needed: Int? = nil, what: String) throws -> [UInt32] {
        var sectors: [UInt32] = []
        if let needed { sectors.reserveCapacity(needed) }
        var seen = [UInt64](repeating: 0, count: (min(next.count, sectorCount) + 63) / 64)
        var sector = start
        while sector != CompoundFileHeader.endOfChain {
            if let needed, sectors.count == needed { return sectors }
            let index = Int(sector)
            guard index < next.count, index < sectorCount else {
                throw ReadError.damagedArchive(detail: ReadDetailText.chainPastEnd.text(["what": what]))
            }
            let (word, bit) = (index / 64, UInt64(1) << UInt64(index % 64))
            guard seen[word] & bit == 0 else {
                throw ReadError.damagedArchive(detail: ReadDetailText.chainLoops.text(["what": what]))
            }
            seen[word] |= bit
            sectors.append(sector)
            sector = next[index]
        }
        if let needed, sectors.count < needed {
            throw ReadError.damagedArchive(detail: ReadDetailText.shorterThanEntry.text(["what": what]))
        }
        return sectors
    }
}

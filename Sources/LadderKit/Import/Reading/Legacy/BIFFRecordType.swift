/// The BIFF8 record types this reader looks at ([MS-XLS] 2.3); every other record is skipped.
enum BIFFRecordType {
    static let bof: UInt16 = 0x0809
    static let eof: UInt16 = 0x000A
    static let `continue`: UInt16 = 0x003C
    static let filePass: UInt16 = 0x002F
    static let dateMode: UInt16 = 0x0022
    static let format: UInt16 = 0x041E
    static let xf: UInt16 = 0x00E0
    static let boundSheet: UInt16 = 0x0085
    static let sst: UInt16 = 0x00FC
    // Cells.
    static let number: UInt16 = 0x0203
    static let rk: UInt16 = 0x027E
    static let mulRK: UInt16 = 0x00BD
    static let labelSST: UInt16 = 0x00FD
    static let label: UInt16 = 0x0204
    static let richLabel: UInt16 = 0x00D6
    static let boolErr: UInt16 = 0x0205
    static let formula: UInt16 = 0x0006
    /// The text result of the FORMULA record before it.
    static let string: UInt16 = 0x0207
    /// Records that may stand between a FORMULA and its STRING.
    static let sharedFormula: UInt16 = 0x04BC
    static let array: UInt16 = 0x0221
    static let table: UInt16 = 0x0236
    /// BOF records of Excel 2.x–4.0, which have no `Workbook` stream layout like BIFF8.
    static let oldBOFs: Set<UInt16> = [0x0009, 0x0209, 0x0409]
}

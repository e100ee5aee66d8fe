/// Reads one worksheet of an `.xlsx` workbook row by row.
///
/// The sheet part is inflated and tokenized as it is read, so memory holds one window of XML
/// plus the shared strings. Parts are found as Excel finds them: `_rels/.rels` → workbook →
/// its relationships → the sheet, styles and shared strings.
final class WorkbookReader: SheetRowSource {
    private(set) var header: [String] = []
    private(set) var headerRowNumber = 0
    let encodingName = "xlsx"
    let isWorkbook = true
    let totalBytes: Int64
    let sheetName: String?
    var bytesRead: Int64 {
        finished ? totalBytes : min(totalBytes, totalBytes - sheetStream.entry.compressedSize + sheetStream.compressedRead)
    }

    let limits: ReadLimits
    let scanner: XMLScanner
    let sheetStream: ZipEntryStream
    let sharedStrings: SharedStrings
    let styles: CellStyles
    let date1904: Bool

    // Row state, used by WorkbookReader+Rows.
    var finished = false
    var rowNumber = 0
    var cells: [CellValue] = []
    var rowHadInvalidBytes = false
    var value: [UInt8] = []

    init(file: InputFile, sheet requested: String?, limits: ReadLimits) throws {
        self.limits = limits
        totalBytes = file.size
        let package = try WorkbookPackage(file: file, limits: limits)
        let root = package.contains("_rels/.rels")
            ? try Relationships(scanner: package.scanner("_rels/.rels"), source: "") : Relationships()
        let workbookPath = root.target(ofType: "officeDocument").flatMap { package.contains($0) ? $0 : nil }
            ?? "xl/workbook.xml"
        guard package.contains(workbookPath) else { throw package.notAWorkbook() }
        let manifest = try WorkbookManifest(scanner: package.scanner(workbookPath))
        let relsPath = WorkbookPackage.relationshipsPath(of: workbookPath)
        let relationships = package.contains(relsPath)
            ? try Relationships(scanner: package.scanner(relsPath), source: workbookPath) : Relationships()

        // Worksheets in tab order; without relationships, Excel's default part names.
        var worksheets: [(name: String, path: String)] = []
        for (index, sheet) in manifest.sheets.enumerated() {
            if let id = sheet.relationshipID, let relationship = relationships.byID[id] {
                if relationship.type.hasSuffix("/worksheet") { worksheets.append((sheet.name, relationship.target)) }
            } else if relationships.all.isEmpty {
                worksheets.append((sheet.name, "xl/worksheets/sheet\(index + 1).xml"))
            }
        }
        let chosen = worksheets[try SheetChoice.pick(requested, among: worksheets.map(\.name))]
        sheetName = chosen.name

        let stylesPath = relationships.target(ofType: "styles") ?? "xl/styles.xml"
        styles = package.contains(stylesPath) ? try CellStyles(scanner: package.scanner(stylesPath)) : CellStyles()
        let stringsPath = relationships.target(ofType: "sharedStrings") ?? "xl/sharedStrings.xml"
        sharedStrings = package.contains(stringsPath)
            ? try SharedStrings(scanner: package.scanner(stringsPath), maxStringBytes: limits.maxFieldBytes)
            : SharedStrings()
        date1904 = manifest.date1904
        sheetStream = try package.stream(chosen.path)
        scanner = try XMLScanner(source: sheetStream, part: chosen.path, maxToken: limits.maxFieldBytes)

        guard let first = try firstNonEmptyRow() else { throw ReadError.emptySheet(name: chosen.name) }
        (header, headerRowNumber) = first
    }
}

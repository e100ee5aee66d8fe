import Foundation
import ZIPFoundation

/// Writes a one-sheet workbook that Excel, WPS and LibreOffice open cleanly: a bold, frozen,
/// filterable header row, typed cells, and column widths sized from the content.
///
/// Rows are streamed to a temporary file as sheet XML while they are appended, then compressed
/// into the archive in chunks, so 100k+ rows take bounded memory.
///
///     let writer = try XLSXWriter(columns: [.init(header: "统一社会信用代码"),
///                                           .init(header: "有效期至", kind: .date)])
///     try writer.append(row: [.text("914403001922038216"), .date(day)])
///     try writer.write(to: url)
public final class XLSXWriter {
    public let columns: [Column]
    public let sheetName: String
    /// Data rows appended so far (the header not counted).
    public private(set) var rowCount = 0

    let styles: Styles
    let references: [String]
    /// Widest content seen per column, in display columns.
    var contentWidths: [Int]
    var buffer: [UInt8] = []
    private let bodyURL: URL
    private let body: FileHandle

    static let maxRows = 1_048_576
    static let maxColumns = 16_384
    static let maxCellLength = 32_767
    /// Flush the row buffer to the temporary file past this many bytes.
    private static let flushThreshold = 1 << 20

    public init(columns: [Column], sheetName: String = "Sheet1") throws {
        guard !columns.isEmpty else { throw XLSXWriterError.noColumns }
        guard columns.count <= Self.maxColumns else { throw XLSXWriterError.tooManyColumns(count: columns.count) }
        self.columns = columns
        self.sheetName = Self.sanitizedSheetName(sheetName)
        styles = Styles(columns: columns)
        references = columns.indices.map(Self.columnLetters)
        // The header gets room for the autofilter button.
        contentWidths = columns.map { DisplayWidth.of($0.header) + 3 }
        bodyURL = FileManager.default.temporaryDirectory
            .appendingPathComponent("ladder-xlsx-\(UUID().uuidString).xml")
        guard FileManager.default.createFile(atPath: bodyURL.path, contents: nil),
              let handle = FileHandle(forWritingAtPath: bodyURL.path) else {
            throw XLSXWriterError.io(path: bodyURL.path, message: "cannot create a temporary file")
        }
        body = handle
        appendHeader()
    }

    deinit {
        try? body.close()
        try? FileManager.default.removeItem(at: bodyURL)
    }

    /// Appends one data row; it must have exactly one cell per column.
    public func append(row: [Cell]) throws {
        let number = rowCount + 2
        guard number <= Self.maxRows else { throw XLSXWriterError.tooManyRows }
        guard row.count == columns.count else {
            throw XLSXWriterError.rowWidth(row: number, expected: columns.count, got: row.count)
        }
        for (index, cell) in row.enumerated() {
            if case let .text(text) = cell, text.utf16.count > Self.maxCellLength {
                throw XLSXWriterError.cellTooLong(row: number, column: columns[index].header, length: text.utf16.count)
            }
        }
        appendRow(row, number: number)
        rowCount += 1
        if buffer.count >= Self.flushThreshold { try flush() }
    }

    /// Writes the workbook to `url`, replacing any file there. The archive is built next to
    /// `url` and renamed into place, so a failed write leaves no half-written workbook.
    public func write(to url: URL) throws {
        try flush()
        let bodySize = Int64(try FileManager.default.attributesOfItem(atPath: bodyURL.path)[.size] as? Int ?? 0)
        let partial = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).partial")
        defer { try? FileManager.default.removeItem(at: partial) }
        do {
            let archive = try Archive(url: partial, accessMode: .create)
            for (path, text) in packageParts() {
                try add(Data(text.utf8), as: path, to: archive)
            }
            let sheet = try SheetStream(prefix: Data(sheetPrefix().utf8), bodyURL: bodyURL, bodySize: bodySize,
                                            suffix: Data(sheetSuffix().utf8))
            try archive.addEntry(with: "xl/worksheets/sheet1.xml", type: .file, uncompressedSize: sheet.size,
                                 modificationDate: Self.entryDate, compressionMethod: .deflate,
                                 provider: sheet.read)
        } catch let error as XLSXWriterError {
            throw error
        } catch {
            throw XLSXWriterError.io(path: url.path, message: "\(error)")
        }
        guard rename(partial.path, url.path) == 0 else {
            throw XLSXWriterError.io(path: url.path, message: String(cString: strerror(errno)))
        }
    }

    private func flush() throws {
        guard !buffer.isEmpty else { return }
        do {
            try body.write(contentsOf: buffer)
        } catch {
            throw XLSXWriterError.io(path: bodyURL.path, message: "\(error)")
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// A fixed entry time keeps the bytes the same for the same rows.
    private static let entryDate = Date(timeIntervalSinceReferenceDate: 43_200)

    private func add(_ data: Data, as path: String, to archive: Archive) throws {
        try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count),
                             modificationDate: Self.entryDate, compressionMethod: .deflate) { position, size in
            data.subdata(in: Int(position)..<Int(position) + size)
        }
    }
}

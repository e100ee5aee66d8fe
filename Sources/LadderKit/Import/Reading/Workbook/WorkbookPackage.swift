/// The parts of an `.xlsx` (an Open Packaging Conventions zip) and how to stream them.
final class WorkbookPackage {
    let file: InputFile
    let limits: ReadLimits
    private let entries: [ZipEntry]
    private let byPath: [String: ZipEntry]
    private let budget: ExtractionBudget

    init(file: InputFile, limits: ReadLimits) throws {
        self.file = file
        self.limits = limits
        entries = try ZipDirectory(file: file).entries
        var byPath: [String: ZipEntry] = [:]
        for entry in entries { byPath[WorkbookPackage.key(entry.path)] = byPath[WorkbookPackage.key(entry.path)] ?? entry }
        self.byPath = byPath
        budget = ExtractionBudget(limit: limits.maxWorkbookBytes)
    }

    /// The entry at `path`: exact, else ignoring case and `\` separators (some writers differ).
    func entry(_ path: String) -> ZipEntry? {
        entries.first { $0.path == path } ?? byPath[WorkbookPackage.key(path)]
    }

    func contains(_ path: String) -> Bool { entry(path) != nil }

    /// A streaming stream over the part's bytes.
    func stream(_ path: String) throws -> ZipEntryStream {
        guard let entry = entry(path) else { throw ReadError.missingPart(path: path) }
        return try ZipEntryStream(file: file, entry: entry, budget: budget, maxBytes: limits.maxEntryBytes)
    }

    func scanner(_ path: String) throws -> XMLScanner {
        try XMLScanner(source: stream(path), part: path, maxToken: limits.maxFieldBytes)
    }

    /// What a zip without a workbook seems to be, for the error message.
    func notAWorkbook() -> ReadError {
        let detail: String
        if contains("content.xml") && contains("mimetype") {
            detail = ReadDetailText.looksLikeODS.text()
        } else if contains("word/document.xml") {
            detail = ReadDetailText.looksLikeWord.text()
        } else if contains("ppt/presentation.xml") {
            detail = ReadDetailText.looksLikePowerPoint.text()
        } else {
            detail = ReadDetailText.noWorkbookPart.text()
        }
        return ReadError.notAWorkbook(detail: detail)
    }

    /// The part a relationship `target` names, seen from the part at `source` (OPC rules:
    /// relative to the source's folder, or absolute from the package root).
    static func resolve(_ target: String, from source: String) -> String {
        let target = target.replacingOccurrences(of: "\\", with: "/")
        var segments: [Substring] = []
        if !target.hasPrefix("/") {
            segments = source.split(separator: "/", omittingEmptySubsequences: true).dropLast()
        }
        for segment in target.split(separator: "/", omittingEmptySubsequences: true) {
            switch segment {
            case ".": continue
            case "..": if !segments.isEmpty { segments.removeLast() }
            default: segments.append(segment)
            }
        }
        return segments.joined(separator: "/")
    }

    /// `xl/_rels/workbook.xml.rels` for `xl/workbook.xml`.
    static func relationshipsPath(of part: String) -> String {
        var segments = part.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        let name = segments.popLast() ?? ""
        return (segments + ["_rels", name + ".rels"]).joined(separator: "/")
    }

    private static func key(_ path: String) -> String {
        var p = path.replacingOccurrences(of: "\\", with: "/").lowercased()
        while p.hasPrefix("/") { p.removeFirst() }
        return p
    }
}

/// Which stream of a compound file holds the workbook, and what the file is when none does.
extension CompoundFile {
    /// The `Workbook` stream (Excel 97 and later, WPS), else `Book` (Excel 5.0/95).
    func workbookStream() throws -> CompoundStream {
        let children = rootChildren()
        func named(_ name: String) -> CompoundDirectoryEntry? {
            children.first { $0.kind == .stream && $0.name.lowercased() == name.lowercased() }
        }
        if let entry = named("Workbook") ?? named("Book") { return try stream(entry) }
        // A password-protected .xlsx is a compound file holding the encrypted zip.
        if named("EncryptedPackage") != nil { throw ReadError.passwordProtected }
        let detail: String
        if named("WordDocument") != nil {
            detail = ReadDetailText.looksLikeWord.text()
        } else if named("PowerPoint Document") != nil {
            detail = ReadDetailText.looksLikePowerPoint.text()
        } else {
            detail = ReadDetailText.noWorkbookStream.text()
        }
        throw ReadError.notAWorkbook(detail: detail)
    }
}

/// What a file that is not a readable workbook seems to be, or where it is damaged: the part in
/// brackets of `ReadError.notAWorkbook` and `.damagedArchive`, said when the file is read.
public enum ReadDetailText: String, CatalogueArea {
    case looksLikeODS, looksLikeWord, looksLikePowerPoint, noWorkbookPart, noWorkbookStream
    case oleHeaderShort, oleHeaderInvalid, workbookStreamEmpty, workbookStreamNotExcel
    case zipTooShort, zipDirectoryMissing, zipDirectoryCorrupt

    public static let area = "import.detail"

    public var entry: CatalogueEntry {
        switch self {
        case .looksLikeODS: CatalogueEntry(zh: "看起来是 OpenDocument 表格（.ods）文件", en: "it looks like an OpenDocument (.ods) file")
        case .looksLikeWord: CatalogueEntry(zh: "看起来是 Word 文档", en: "it looks like a Word document")
        case .looksLikePowerPoint: CatalogueEntry(zh: "看起来是 PowerPoint 演示文稿", en: "it looks like a PowerPoint file")
        case .noWorkbookPart: CatalogueEntry(zh: "其中没有 xl/workbook.xml", en: "it has no xl/workbook.xml")
        case .noWorkbookStream:
            CatalogueEntry(zh: "是 OLE2 复合文件，但没有工作簿数据流", en: "it is an OLE2 compound file without a Workbook stream")
        case .oleHeaderShort:
            CatalogueEntry(zh: "文件在其 512 字节的文件头内就结束了，很可能不完整", en: "it ends inside its 512-byte header; the file is probably cut short")
        case .oleHeaderInvalid: CatalogueEntry(zh: "其 OLE2 文件头无效", en: "its OLE2 header is not valid")
        case .workbookStreamEmpty: CatalogueEntry(zh: "其工作簿数据流为空", en: "its Workbook stream is empty")
        case .workbookStreamNotExcel:
            CatalogueEntry(zh: "其工作簿数据流的开头不像 Excel 工作簿", en: "its Workbook stream does not start like an Excel workbook")
        case .zipTooShort: CatalogueEntry(zh: "文件太短，不可能是 zip 文件", en: "it is too short to be a zip file")
        case .zipDirectoryMissing:
            CatalogueEntry(zh: "缺少 zip 目录的结尾，文件很可能不完整", en: "the end of the zip directory is missing; the file is probably cut short")
        case .zipDirectoryCorrupt: CatalogueEntry(zh: "zip 目录已损坏", en: "the zip directory is corrupt")
        }
    }
}

/// What a file that is not a readable workbook seems to be, or where it is damaged: the part in
/// brackets of `ReadError.notAWorkbook` and `.damagedArchive`, said when the file is read.
public enum ReadDetailText: String, CatalogueArea {
    case looksLikeODS, looksLikeWord, looksLikePowerPoint, noWorkbookPart, noWorkbookStream
    case oleHeaderShort, oleHeaderInvalid, workbookStreamEmpty, workbookStreamNotExcel
    case zipTooShort, zipDirectoryMissing, zipDirectoryCorrupt
    case zipSplit, zipDirectoryOutside, zipDirectoryTooLarge, zip64LocatorMissing, zip64Outside, zip64RecordMissing
    case zip64ImpossibleSizes, zipImpossibleSizes, zipEncrypted, zipMethod
    case entryNoHeader, entryCutShort, entryTooLong, entryChecksum, entryEndsEarly, entryCorrupt
    case chainPastEnd, chainLoops, shorterThanEntry, headerTooManySectors, allocationPastEnd, endsInSector
    case allocationIncomplete, noRootEntry, theDirectory, theMiniTable, theMiniStream, theStream, miniStreamTooLong
    case stringTableCut, stringTableCutAfter, sharedStringsTooLarge, excel4Format, excel5Format, noGlobals, sheetMisplaced
    case stringTooLong, tooManyStrings, stringsTooLarge, utf16
    case rowNumberOutOfRange, endsInRow, badCellReference, endsInCell, cellTooLarge, sharedStringOutOfRange
    case mulrkMismatch, cellTextCut, recordTooShort
    case declaresTooMany, noMiniStream, streamPastEnd, streamShort, streamEndsInRecord, streamShorterThanRecords

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
        case .zipSplit: CatalogueEntry(zh: "分成多个文件的 zip 压缩包", en: "a zip split over several files")
        case .zipDirectoryOutside: CatalogueEntry(zh: "zip 目录指向文件之外", en: "the zip directory points outside the file")
        case .zipDirectoryTooLarge: CatalogueEntry(zh: "zip 目录大得不合常理", en: "the zip directory is implausibly large")
        case .zip64LocatorMissing: CatalogueEntry(zh: "缺少 zip64 目录定位记录", en: "the zip64 directory locator is missing")
        case .zip64Outside: CatalogueEntry(zh: "zip64 目录指向文件之外", en: "the zip64 directory points outside the file")
        case .zip64RecordMissing: CatalogueEntry(zh: "缺少 zip64 目录记录", en: "the zip64 directory record is missing")
        case .zip64ImpossibleSizes: CatalogueEntry(zh: "zip64 目录中的大小不可能成立", en: "the zip64 directory holds impossible sizes")
        case .zipImpossibleSizes: CatalogueEntry(zh: "zip 目录中的大小不可能成立", en: "the zip directory holds impossible sizes")
        case .zipEncrypted: CatalogueEntry(zh: "加密（设置了密码）", en: "encryption (a password)")
        case .zipMethod: CatalogueEntry(zh: "zip 压缩方式 {method}", en: "zip compression method {method}")
        case .entryNoHeader: CatalogueEntry(zh: "组成部分“{path}”缺少文件头", en: "the entry '{path}' is missing its header")
        case .entryCutShort:
            CatalogueEntry(zh: "组成部分“{path}”不完整，文件很可能被截断", en: "'{path}' is cut short; the file is probably truncated")
        case .entryTooLong:
            CatalogueEntry(zh: "组成部分“{path}”解压后比其文件头声明的更长", en: "'{path}' unpacks to more bytes than its header declares")
        case .entryChecksum: CatalogueEntry(zh: "组成部分“{path}”校验和不符", en: "'{path}' fails its checksum")
        case .entryEndsEarly:
            CatalogueEntry(zh: "组成部分“{path}”的压缩数据提前结束，文件很可能被截断",
                           en: "the compressed data of '{path}' ends early; the file is probably truncated")
        case .chainPastEnd:
            CatalogueEntry(zh: "{what}的扇区链指向文件末尾之后，文件很可能不完整",
                           en: "the chain of sectors of {what} points past the end of the file; the file is probably cut short")
        case .chainLoops: CatalogueEntry(zh: "{what}的扇区链首尾相接成环", en: "the chain of sectors of {what} loops back on itself")
        case .shorterThanEntry: CatalogueEntry(zh: "{what}比其目录项声明的短", en: "{what} is shorter than its directory entry declares")
        case .headerTooManySectors:
            CatalogueEntry(zh: "文件头声明的扇区比文件实际的多，文件很可能不完整",
                           en: "its header declares more sectors than the file holds; the file is probably cut short")
        case .allocationPastEnd:
            CatalogueEntry(zh: "其分配表指向文件末尾之后，文件很可能不完整",
                           en: "its allocation table points past the end of the file; the file is probably cut short")
        case .endsInSector:
            CatalogueEntry(zh: "文件在一个扇区中间结束，很可能不完整", en: "it ends inside a sector; the file is probably cut short")
        case .allocationIncomplete: CatalogueEntry(zh: "其分配表不完整", en: "its allocation table is incomplete")
        case .noRootEntry: CatalogueEntry(zh: "其目录中没有根目录项", en: "its directory has no root entry")
        case .theDirectory: CatalogueEntry(zh: "目录", en: "the directory")
        case .theMiniTable: CatalogueEntry(zh: "小扇区分配表", en: "the mini allocation table")
        case .theMiniStream: CatalogueEntry(zh: "小数据流", en: "the mini stream")
        case .theStream: CatalogueEntry(zh: "数据流“{name}”", en: "the stream '{name}'")
        case .miniStreamTooLong:
            CatalogueEntry(zh: "其小数据流声明的字节数比文件实际的多", en: "its mini stream declares more bytes than the file holds")
        case .declaresTooMany:
            CatalogueEntry(zh: "{what}声明有 {size} 字节，比整个文件还大", en: "{what} declares {size} bytes, more than the whole file")
        case .noMiniStream: CatalogueEntry(zh: "{what}位于文件中并不存在的小数据流里", en: "{what} lives in a mini stream the file does not have")
        case .streamPastEnd:
            CatalogueEntry(zh: "数据流“{name}”超出文件末尾，文件很可能不完整",
                           en: "the stream '{name}' runs past the end of the file; the file is probably cut short")
        case .streamShort: CatalogueEntry(zh: "数据流“{name}”比其内容所需的短", en: "the stream '{name}' is shorter than its contents need")
        case .streamEndsInRecord:
            CatalogueEntry(zh: "数据流“{name}”在一条记录中间结束，文件很可能不完整",
                           en: "the stream '{name}' ends inside a record; the file is probably cut short")
        case .streamShorterThanRecords:
            CatalogueEntry(zh: "数据流“{name}”比其中的记录短", en: "the stream '{name}' is shorter than its records")
        case .stringTableCut: CatalogueEntry(zh: "其共享字符串表不完整", en: "its shared string table is cut short")
        case .stringTableCutAfter:
            CatalogueEntry(zh: "其共享字符串表在第 {count} 个字符串之后中断", en: "its shared string table is cut short after {count} strings")
        case .sharedStringsTooLarge: CatalogueEntry(zh: "其共享字符串超过 4 GiB", en: "its shared strings hold more than 4 GiB")
        case .excel4Format: CatalogueEntry(zh: "Excel 2.x–4.0 格式", en: "the Excel 2.x–4.0 format")
        case .excel5Format: CatalogueEntry(zh: "Excel 5.0/95 格式（BIFF5）", en: "the Excel 5.0/95 format (BIFF5)")
        case .noGlobals:
            CatalogueEntry(zh: "其工作簿数据流的开头不是工作簿的全局信息", en: "its Workbook stream does not start with the workbook's globals")
        case .sheetMisplaced:
            CatalogueEntry(zh: "工作表“{name}”不在工作簿所说的起始位置", en: "sheet '{name}' is not where the workbook says it starts")
        case .stringTooLong: CatalogueEntry(zh: "有一个字符串超过 {size}", en: "a string is longer than {size}")
        case .tooManyStrings: CatalogueEntry(zh: "其中的字符串超过 {count} 个", en: "it holds more than {count} strings")
        case .stringsTooLarge: CatalogueEntry(zh: "其中的字符串合计超过 4 GiB", en: "its strings hold more than 4 GiB")
        case .utf16: CatalogueEntry(zh: "它是 UTF-16 编码，不是 UTF-8", en: "it is UTF-16, not UTF-8")
        case .rowNumberOutOfRange:
            CatalogueEntry(zh: "行号“{value}”不在 1 到 1048576 之间", en: "the row number '{value}' is not between 1 and 1048576")
        case .endsInRow: CatalogueEntry(zh: "内容在第 {row} 行中间结束", en: "it ends inside row {row}")
        case .badCellReference: CatalogueEntry(zh: "单元格引用“{value}”无效", en: "the cell reference '{value}' is not valid")
        case .endsInCell: CatalogueEntry(zh: "内容在第 {row} 行的一个单元格中间结束", en: "it ends inside a cell of row {row}")
        case .cellTooLarge: CatalogueEntry(zh: "有一个单元格的内容超过 {size}", en: "a cell holds more than {size}")
        case .sharedStringOutOfRange:
            CatalogueEntry(zh: "单元格 {cell} 引用编号为 {index} 的共享字符串，但工作簿只有 {count} 个",
                           en: "cell {cell} refers to shared string '{index}', but the workbook has {count}")
        case .mulrkMismatch:
            CatalogueEntry(zh: "一条 MULRK 记录的列与其中的 {values} 个值对不上", en: "a MULRK record's columns do not match its {values} values")
        case .cellTextCut: CatalogueEntry(zh: "单元格 {cell} 的文字不完整", en: "the text of cell {cell} is cut short")
        case .recordTooShort:
            CatalogueEntry(zh: "第 {row} 行的一条 {name} 单元格记录长 {length} 字节，短于所需的 {needed} 字节",
                           en: "a {name} cell record in row {row} is {length} bytes long, shorter than the {needed} it needs")
        case .entryCorrupt: CatalogueEntry(zh: "组成部分“{path}”的压缩数据已损坏", en: "the compressed data of '{path}' is corrupt")
        }
    }
}

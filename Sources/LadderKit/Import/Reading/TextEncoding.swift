/// The character encoding of a CSV/TSV file; `auto` sniffs it (ignored for workbooks).
public enum TextEncoding: String, CaseIterable, Sendable {
    /// A UTF-8 BOM means UTF-8; else UTF-8 if the first 64 KiB are valid UTF-8; else GB18030.
    case auto
    case utf8 = "utf-8"
    /// GB18030, a superset of GBK and GB2312: what Chinese Excel writes for "CSV (逗号分隔)".
    case gb18030
}

extension String {
    /// A String of bytes the reader has already validated as UTF-8 (a CSV record without invalid
    /// bytes, `SheetRow.hadInvalidBytes`), copied without `String(decoding:as:)`'s second
    /// validation: about 380 instructions saved on a 36-byte Chinese name, asked of several
    /// cells of every row. Bytes not known valid must go through `String(decoding:as:)`.
    /// `isASCII`: whether the bytes are all ASCII, when the caller knows (else they are looked at).
    init(validUTF8 bytes: UnsafeBufferPointer<UInt8>, isASCII: Bool? = nil) {
        guard #available(macOS 26, *) else {
            self = String(decoding: bytes, as: UTF8.self)
            return
        }
        // An ASCII String is known to be NFC, which keeps comparing it a byte comparison; a
        // String of 15 bytes or fewer is stored inline and tells that by itself.
        let ascii = isASCII ?? (bytes.count > 15 && bytes.isASCII)
        self = String(copying: UTF8Span(unchecked: bytes.span, isKnownASCII: ascii))
    }
}

import Testing
@testable import LadderKit

extension ReadingTests {
    @Suite struct DelimitedReaderTests {
        struct Case: CustomTestStringConvertible, Sendable {
            let name: String
            let bytes: [UInt8]
            var encoding: TextEncoding = .auto
            let header: [String]
            var headerRow = 1
            let rows: [SheetRow]
            var encodingName = "utf-8"
            var testDescription: String { name }

            init(_ name: String, _ text: String, encoding: TextEncoding = .auto, header: [String], headerRow: Int = 1,
                 rows: [SheetRow], encodingName: String = "utf-8") {
                self.init(name, Array(text.utf8), encoding: encoding, header: header, headerRow: headerRow, rows: rows,
                          encodingName: encodingName)
            }

            init(_ name: String, _ bytes: [UInt8], encoding: TextEncoding = .auto, header: [String], headerRow: Int = 1,
                 rows: [SheetRow], encodingName: String = "utf-8") {
                self.name = name
                self.bytes = bytes
                self.encoding = encoding
                self.header = header
                self.headerRow = headerRow
                self.rows = rows
                self.encodingName = encodingName
            }
        }

        @Test(arguments: [
            Case("LF line ends", "代码,名称\n9136,赣州\n", header: ["代码", "名称"], rows: [textRow(2, "9136", "赣州")]),
            Case("CRLF, no final line end", "a,b\r\n1,2\r\n3,4", header: ["a", "b"],
                 rows: [textRow(2, "1", "2"), textRow(3, "3", "4")]),
            Case("lone CR line ends", "a,b\r1,2\r3,4\r", header: ["a", "b"],
                 rows: [textRow(2, "1", "2"), textRow(3, "3", "4")]),
            Case("UTF-8 BOM", [0xEF, 0xBB, 0xBF] + Array("代码,名称\r\n9136,赣州\r\n".utf8), header: ["代码", "名称"],
                 rows: [textRow(2, "9136", "赣州")], encodingName: "utf-8 (BOM)"),
            Case("tab-delimited: commas are data", "代码\t名称\n9136\t赣州,分公司\n", header: ["代码", "名称"],
                 rows: [textRow(2, "9136", "赣州,分公司")]),
            Case("a title without tabs above a tab-delimited table", "某某名单\n代码\t名称\n9136\t赣州,分公司\n",
                 header: ["某某名单"], rows: [textRow(2, "代码", "名称"), textRow(3, "9136", "赣州,分公司")]),
            Case("a header with tabs and commas is comma-delimited", "a\tb,c\n1\t2,3\n", header: ["a\tb", "c"],
                 rows: [textRow(2, "1\t2", "3")]),
            Case("quoted commas, doubled quotes and line breaks",
                 "name,note\n\"Acme, Inc.\",\"said \"\"hi\"\"\"\n\"multi\r\nline\",x\nlast,\"\"\"\"\n",
                 header: ["name", "note"],
                 rows: [textRow(2, "Acme, Inc.", "said \"hi\""), textRow(3, "multi\r\nline", "x"), textRow(4, "last", "\"")]),
            Case("a stray quote in an unquoted field is kept", "a,b\n5\" pipe,x\"y\n", header: ["a", "b"],
                 rows: [textRow(2, "5\" pipe", "x\"y")]),
            Case("text after a closing quote is kept", "a,b\n\"ab\"cd,e\n", header: ["a", "b"],
                 rows: [textRow(2, "abcd", "e")]),
            Case("an empty quoted field is empty", "a,b\n\"\",x\n", header: ["a", "b"], rows: [textRow(2, "", "x")]),
            Case("a missing closing quote is read to its line end; the next line is the next row",
                 "a,b\n\"open,x\ny,z\n", header: ["a", "b"],
                 rows: [SheetRow(number: 2, cells: [.text("\"open"), .text("x")], damage: .unclosedQuote(column: 0)),
                        textRow(3, "y", "z")]),
            Case("ragged rows come back as they are", "a,b,c\n1,2\n1,2,3,4\n", header: ["a", "b", "c"],
                 rows: [textRow(2, "1", "2"), textRow(3, "1", "2", "3", "4")]),
            Case("empty rows are skipped but counted", "a,b\n\n,\n1,2\n\r\n3,4", header: ["a", "b"],
                 rows: [textRow(4, "1", "2"), textRow(6, "3", "4")]),
            Case("blank lines before the header", "\n\r\na,b\n1,2\n", header: ["a", "b"], headerRow: 3,
                 rows: [textRow(4, "1", "2")]),
            Case("spaces are kept", " a , b \n 1 ,2\u{3000}\n", header: [" a ", " b "], rows: [textRow(2, " 1 ", "2\u{3000}")]),
            Case("trailing delimiters make empty cells", "a,b,\n1,2,\n3,", header: ["a", "b", ""],
                 rows: [textRow(2, "1", "2", ""), textRow(3, "3", "")]),
            Case("NUL bytes are data", "a,b\n1\u{0}x,2\n", header: ["a", "b"], rows: [textRow(2, "1\u{0}x", "2")]),
            Case("header only", "a,b\n", header: ["a", "b"], rows: []),
            Case("header only, no line end", "a,b", header: ["a", "b"], rows: []),
            Case("invalid UTF-8 becomes U+FFFD and flags the row",
                 Array("a,b\n".utf8) + [0x31, 0xFF, 0x32] + Array(",ok\n3,4\n".utf8), encoding: .utf8, header: ["a", "b"],
                 rows: [textRow(2, "1\u{FFFD}2", "ok", invalid: true), textRow(3, "3", "4")]),
            Case("invalid UTF-8 inside quotes", Array("a\n\"".utf8) + [0xE4, 0xB8] + Array("\"\n".utf8), encoding: .utf8,
                 header: ["a"], rows: [textRow(2, "\u{FFFD}", invalid: true)]),
        ])
        func reads(_ c: Case) throws {
            let table = try ReadingSupport.read(bytes: c.bytes, encoding: c.encoding)
            #expect(table.header == c.header)
            #expect(table.headerRowNumber == c.headerRow)
            #expect(table.rows == c.rows)
            #expect(table.encodingName == c.encodingName)
            #expect(table.sheetName == nil)
        }

        struct LimitCase: CustomTestStringConvertible, Sendable {
            let name: String
            let text: String
            let limits: ReadLimits
            let error: ReadError
            var testDescription: String { name }
        }

        @Test(arguments: [
            LimitCase(name: "field over the limit", text: "a,b\n1,\(String(repeating: "x", count: 65))\n",
                      limits: limits { $0.maxFieldBytes = 64 }, error: .fieldTooLarge(row: 2, limit: 64)),
            LimitCase(name: "field exactly at the limit",
                      text: "a,b\n1,\(String(repeating: "x", count: 64))\n\"\(String(repeating: "y", count: 70))",
                      limits: limits { $0.maxFieldBytes = 64 }, error: .fieldTooLarge(row: 3, limit: 64)),
            LimitCase(name: "a quoted field on one line runs past the limit",
                      text: "a\n\"" + String(repeating: "x", count: 70) + "\"\n",
                      limits: limits { $0.maxFieldBytes = 64 }, error: .fieldTooLarge(row: 2, limit: 64)),
            LimitCase(name: "too many columns", text: "a\n1,2,3,4,5,6\n", limits: limits { $0.maxColumns = 5 },
                      error: .tooManyColumns(row: 2, limit: 5)),
            LimitCase(name: "record over the limit", text: "a\n" + String(repeating: "abcdefghi,", count: 20) + "\n",
                      limits: limits { $0.maxRecordBytes = 100 }, error: .recordTooLarge(row: 2, limit: 100)),
        ])
        func refusesPastLimits(_ c: LimitCase) {
            #expect(ReadingSupport.failure(bytes: Array(c.text.utf8), limits: c.limits) == c.error)
        }

        @Test func columnsAtTheLimitAreFine() throws {
            let table = try ReadingSupport.read(bytes: Array("a\n1,2,3,4,5\n".utf8), limits: limits { $0.maxColumns = 5 })
            #expect(table.rows == [textRow(2, "1", "2", "3", "4", "5")])
        }

        /// Records, quoted fields and CRLF pairs cross the 1 MiB window boundary; every row must
        /// come back whole, and progress must reach the file size.
        @Test func streamsAcrossWindowBoundaries() throws {
            var text = "代码,名称,备注\r\n"
            for i in 0..<40_000 {
                text += "\(i),\"企业\(i),有限公司\",\"说\"\"好\"\"\r\n第二行\"\r\n"
            }
            let bytes = Array(text.utf8)
            #expect(bytes.count > 2 << 20)
            try ReadingSupport.withFile(bytes) { path in
                let reader = try TableFile.open(path: path)
                var count = 0
                var last: SheetRow?
                while let row = try reader.next() {
                    #expect(row.cells == [.text("\(count)"), .text("企业\(count),有限公司"), .text("说\"好\"\r\n第二行")])
                    count += 1
                    last = row
                }
                #expect(count == 40_000)
                #expect(last?.number == 40_001)
                #expect(reader.bytesRead == Int64(bytes.count))
                #expect(reader.totalBytes == Int64(bytes.count))
            }
        }
    }
}

import Testing
@testable import LadderKit

extension ReadingTests {
    /// A record with no cell starting with a quote, wholly in the reader's window, is read in one
    /// pass and copied whole (`DelimitedReader.plainRecord`); any other is read cell by cell. Both
    /// must give the same rows, fingerprints and errors, at every byte boundary of the
    /// eight-byte scan, the window's end and the limits.
    @Suite struct DelimitedPlainRecordTests {
        struct Case: CustomTestStringConvertible, Sendable {
            let name: String
            let bytes: [UInt8]
            let header: [String]
            let rows: [SheetRow]
            var encoding: TextEncoding = .auto
            var testDescription: String { name }

            init(_ name: String, _ text: String, header: [String] = ["a", "b"], rows: [SheetRow]) {
                self.init(name, Array(text.utf8), header: header, rows: rows)
            }

            init(_ name: String, _ bytes: [UInt8], encoding: TextEncoding = .auto, header: [String] = ["a", "b"],
                 rows: [SheetRow]) {
                self.name = name
                self.bytes = bytes
                self.encoding = encoding
                self.header = header
                self.rows = rows
            }
        }

        @Test(arguments: [
            Case("a delimiter as the 7th byte of a word", "a,b\nabcdef,x\n", rows: [textRow(2, "abcdef", "x")]),
            Case("a delimiter as the 8th byte of a word", "a,b\nabcdefg,x\n", rows: [textRow(2, "abcdefg", "x")]),
            Case("a delimiter as the 9th byte (the next word's first)", "a,b\nabcdefgh,x\n",
                 rows: [textRow(2, "abcdefgh", "x")]),
            Case("a line end as the 8th byte of a word", "a,b\nx,abcde\ny,z\n",
                 rows: [textRow(2, "x", "abcde"), textRow(3, "y", "z")]),
            Case("a line end as the 9th byte", "a,b\nx,abcdef\ny,z\n",
                 rows: [textRow(2, "x", "abcdef"), textRow(3, "y", "z")]),
            Case("a CJK character across two words", "a,b\nabcdefg赣州,x\n", rows: [textRow(2, "abcdefg赣州", "x")]),
            Case("empty cells", "a,b,c\n,,\n1,,3\n,2,\n", header: ["a", "b", "c"],
                 rows: [textRow(3, "1", "", "3"), textRow(4, "", "2", "")]),
            Case("a trailing delimiter is one more, empty cell", "a,b\n1,\n", rows: [textRow(2, "1", "")]),
            Case("CRLF", "a,b\r\n1,2\r\n3,4\r\n", rows: [textRow(2, "1", "2"), textRow(3, "3", "4")]),
            Case("lone CR", "a,b\r1,2\r3,4\r", rows: [textRow(2, "1", "2"), textRow(3, "3", "4")]),
            Case("a last line without a line end", "a,b\n1,2\n3,4", rows: [textRow(2, "1", "2"), textRow(3, "3", "4")]),
            Case("a last line ending in a delimiter, no line end", "a,b\n1,", rows: [textRow(2, "1", "")]),
            Case("a BOM", [0xEF, 0xBB, 0xBF] + Array("a,b\n1,2\n".utf8), rows: [textRow(2, "1", "2")]),
            Case("a quoted second cell: read cell by cell", "a,b\n1,\"x,y\"\n2,3\n",
                 rows: [textRow(2, "1", "x,y"), textRow(3, "2", "3")]),
            Case("a quoted first cell with doubled quotes", "a,b\n\"say \"\"hi\"\"\",z\n2,3\n",
                 rows: [textRow(2, "say \"hi\"", "z"), textRow(3, "2", "3")]),
            Case("a quote inside a plain cell is kept", "a,b\n5\" pipe,x\"\n", rows: [textRow(2, "5\" pipe", "x\"")]),
            Case("a blank line between records", "a,b\n1,2\n\n3,4\n", rows: [textRow(2, "1", "2"), textRow(4, "3", "4")]),
            Case("an invalid byte marks its row", [UInt8]("a,b\n1,x".utf8) + [0xFF] + Array("\n2,3\n".utf8),
                 rows: [textRow(2, "1", "x\u{FFFD}", invalid: true), textRow(3, "2", "3")]),
            // Read as UTF-8 (detection would take these two bytes for one GB18030 character).
            Case("a character cut short at a cell's end is invalid", [UInt8]("a,b\n".utf8) + [0xE8, 0xB5] + Array(",x\n".utf8),
                 encoding: .utf8, rows: [textRow(2, "\u{FFFD}", "x", invalid: true)]),
            Case("tab-delimited", "a\tb\n1\t赣州,分公司\n", rows: [textRow(2, "1", "赣州,分公司")]),
            Case("four delimiters in one word", "a,b,c,d,e,f,g,h,i\n1,2,3,4,5,6,7,8,9\n",
                 header: ["a", "b", "c", "d", "e", "f", "g", "h", "i"],
                 rows: [textRow(2, "1", "2", "3", "4", "5", "6", "7", "8", "9")]),
            Case("a line end, then a whole record, in one word", "a,b\n1,2\n3,4\n5,6\n",
                 rows: [textRow(2, "1", "2"), textRow(3, "3", "4"), textRow(4, "5", "6")]),
            Case("a record ending on a word's last byte", "a,b\nabc,efg\nh,i\n",
                 rows: [textRow(2, "abc", "efg"), textRow(3, "h", "i")]),
            Case("an invalid byte in a record's first cell, ASCII after", [UInt8]("a,b\n".utf8) + [0xC3] + Array("x,12345678\n".utf8),
                 encoding: .utf8, rows: [textRow(2, "\u{FFFD}x", "12345678", invalid: true)]),
        ])
        func readsAsWritten(_ c: Case) throws {
            let table = try ReadingSupport.read(bytes: c.bytes, encoding: c.encoding)
            #expect(table.header == c.header)
            #expect(table.rows == c.rows)
            // Fingerprints skip the separators: the same as the cells held as values.
            for (read, expected) in zip(table.rows, c.rows) {
                var a = FNV1a(), b = FNV1a()
                read.addCells(to: &a, skipping: nil)
                expected.addCells(to: &b, skipping: nil)
                #expect(a.value == b.value, "row \(read.number)")
            }
        }

        struct LimitCase: CustomTestStringConvertible, Sendable {
            let name: String
            let text: String
            let limits: ReadLimits
            let failure: ReadError?
            var testDescription: String { name }
        }

        @Test(arguments: [
            LimitCase(name: "a cell of exactly the field limit", text: "a,b\n1234,x\n",
                      limits: limits { $0.maxFieldBytes = 4 }, failure: nil),
            LimitCase(name: "a cell one byte past the field limit", text: "a,b\n12345,x\n",
                      limits: limits { $0.maxFieldBytes = 4 }, failure: .fieldTooLarge(row: 2, limit: 4)),
            LimitCase(name: "cells of exactly the record limit: separators are not counted", text: "a,b\nabc,def\n",
                      limits: limits { $0.maxRecordBytes = 6 }, failure: nil),
            LimitCase(name: "one byte past the record limit", text: "a,b\nabc,defg\n",
                      limits: limits { $0.maxRecordBytes = 6 }, failure: .recordTooLarge(row: 2, limit: 6)),
            LimitCase(name: "exactly the column limit", text: "a,b,c\n1,2,3\n",
                      limits: limits { $0.maxColumns = 3 }, failure: nil),
            LimitCase(name: "one column past the limit", text: "a,b,c\n1,2,3,4\n",
                      limits: limits { $0.maxColumns = 3 }, failure: .tooManyColumns(row: 2, limit: 3)),
        ])
        func limitsHoldAsBefore(_ c: LimitCase) {
            #expect(ReadingSupport.failure(bytes: Array(c.text.utf8), limits: c.limits) == c.failure)
        }

        /// Records across the reader's 1 MiB window: a CJK character and a delimiter split by its
        /// end, then the rest read after the refill.
        @Test(arguments: [0, 1, 2, 3, 4, 5])
        func recordsAcrossTheWindowsEnd(shift: Int) throws {
            let window = 1 << 20
            var bytes = Array("a,b\n".utf8)
            var rows: [SheetRow] = []
            var number = 2
            // Filler rows of 16 bytes up to a little before the window's end.
            let filler = Array("0123456,89abcde\n".utf8)
            while bytes.count + filler.count < window - 8 {
                bytes += filler
                rows.append(textRow(number, "0123456", "89abcde"))
                number += 1
            }
            // Then a row whose 赣 (three bytes) and delimiter fall on the window's end, `shift` bytes on.
            let pad = String(repeating: "x", count: window - bytes.count - 4 + shift)
            bytes += Array("\(pad)赣州,尾\n".utf8)
            rows.append(textRow(number, "\(pad)赣州", "尾"))
            bytes += Array("1,2".utf8)
            rows.append(textRow(number + 1, "1", "2"))
            let table = try ReadingSupport.read(bytes: bytes)
            #expect(table.rows.count == rows.count)
            #expect(table.rows.suffix(3) == rows.suffix(3))
            #expect(table.rows == rows)
        }
    }
}

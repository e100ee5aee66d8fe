import Testing
@testable import LadderKit

extension ReadingTests {
    /// A quote that never closes costs one damaged row, read to the end of its line with the
    /// quote kept as text; the reader re-synchronises there and every later row reads normally.
    /// A quoted field that spans lines and closes properly is one cell, as Excel writes it.
    @Suite struct DelimitedDamageTests {
        struct Case: CustomTestStringConvertible, Sendable {
            let name: String
            let text: String
            var limits = ReadLimits()
            let rows: [SheetRow]
            var testDescription: String { name }
        }

        static func damaged(_ number: Int, _ cells: [String], column: Int) -> SheetRow {
            SheetRow(number: number, cells: cells.map { $0.isEmpty ? .empty : .text($0) },
                     damage: .unclosedQuote(column: column))
        }

        @Test(arguments: [
            Case(name: "the file ends inside the quotes", text: "a,b\n1,\"open\n2,x\n",
                 rows: [damaged(2, ["1", "\"open"], column: 1), textRow(3, "2", "x")]),
            Case(name: "the file ends inside the quotes without a line end", text: "a,b\n1,\"open",
                 rows: [damaged(2, ["1", "\"open"], column: 1)]),
            // The quote found after `broken` is the opening quote of row 4's name, text stuck to it.
            Case(name: "a later row's opening quote does not close it",
                 text: "code,name,note\nA,\"broken,x\nB,plain,y\nC,\"quoted\",z\n",
                 rows: [damaged(2, ["A", "\"broken", "x"], column: 1), textRow(3, "B", "plain", "y"),
                        textRow(4, "C", "quoted", "z")]),
            Case(name: "CRLF line ends", text: "a,b\r\n1,\"open\r\n2,x\r\n",
                 rows: [damaged(2, ["1", "\"open"], column: 1), textRow(3, "2", "x")]),
            Case(name: "doubled quotes in a quote that never closes are kept as written",
                 text: "a,b\n\"open \"\"x\"\",y\n2,z\n",
                 rows: [damaged(2, ["\"open \"\"x\"\"", "y"], column: 0), textRow(3, "2", "z")]),
            Case(name: "a multi-line cell that closes properly is one cell",
                 text: "name,note\nA,\"line one\nline two, with a comma\"\nB,x\n",
                 rows: [textRow(2, "A", "line one\nline two, with a comma"), textRow(3, "B", "x")]),
            Case(name: "doubled quotes inside a multi-line cell", text: "a\n\"say \"\"hi\"\"\nthere\"\n2\n",
                 rows: [textRow(2, "say \"hi\"\nthere"), textRow(3, "2")]),
            // Two line breaks inside: at the limit of 2 the cell reads, past a limit of 1 it is unclosed.
            Case(name: "line breaks inside a quote at the limit", text: "a,b\n1,\"x\ny\nz\"\n2,w\n",
                 limits: limits { $0.maxLineBreaksInQuotedField = 2 },
                 rows: [textRow(2, "1", "x\ny\nz"), textRow(3, "2", "w")]),
            Case(name: "line breaks inside a quote past the limit", text: "a,b\n1,\"x\ny\nz\"\n2,w\n",
                 limits: limits { $0.maxLineBreaksInQuotedField = 1 },
                 rows: [damaged(2, ["1", "\"x"], column: 1), textRow(3, "y"), textRow(4, "z\""), textRow(5, "2", "w")]),
            // The quote and its six lines take 19 bytes, past a limit of 16.
            Case(name: "a quote spanning lines past the field limit",
                 text: "a\n\"l1\nl2\nl3\nl4\nl5\nl6\n", limits: limits { $0.maxFieldBytes = 16 },
                 rows: [damaged(2, ["\"l1"], column: 0), textRow(3, "l2"), textRow(4, "l3"), textRow(5, "l4"),
                        textRow(6, "l5"), textRow(7, "l6")]),
        ])
        func reads(_ c: Case) throws {
            let table = try ReadingSupport.read(bytes: Array(c.text.utf8), limits: c.limits)
            #expect(table.rows == c.rows)
        }

        /// The 101st line break inside the quote (one past the standard limit) comes after the 1 MiB
        /// window was refilled twice: the bytes from the quote on were kept, so its row is read
        /// again from there, and the 120 rows after it as they are.
        @Test func anUnclosedQuoteFoundAfterRefillsIsReadAgainFromTheKeptBytes() throws {
            let filler = String(repeating: "备", count: 10_000)
            var text = "代码,备注\n1,\"open\n"
            for i in 0..<120 { text += "\(i + 2),\(filler)\n" }
            #expect(text.utf8.count > 3 << 20)
            let table = try ReadingSupport.read(bytes: Array(text.utf8))
            #expect(table.rows.count == 121)
            #expect(table.rows.first == Self.damaged(2, ["1", "\"open"], column: 1))
            #expect(table.rows.dropFirst().allSatisfy { $0.damage == nil && $0.cells.count == 2 && $0.cells[1] == .text(filler) })
            #expect(table.rows.last?.number == 122)
            #expect(table.rows.last?.cells.first == .text("121"))
        }
    }
}

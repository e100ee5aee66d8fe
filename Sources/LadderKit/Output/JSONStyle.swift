/// The one layout of every JSON document ladder prints: two-space indentation, `"key": value`,
/// and a container holding no container (but empty ones) on one line — so a table's rows are one line each, as
/// in `stats --format json`, and a firm's profile reads the same way. Works on compact JSON's
/// bytes, keeping every token exactly as the encoder wrote it.
enum JSONStyle {
    static func format(_ compact: [UInt8]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(compact.count * 2)
        var index = 0
        write(compact, &index, into: &out, depth: 0)
        return String(decoding: out, as: UTF8.self)
    }

    /// Writes the value at `index` and moves past it.
    private static func write(_ bytes: [UInt8], _ index: inout Int, into out: inout [UInt8], depth: Int) {
        let open = bytes[index]
        guard open == UInt8(ascii: "{") || open == UInt8(ascii: "[") else {
            let end = scalarEnd(bytes, from: index)
            out.append(contentsOf: bytes[index..<end])
            index = end
            return
        }
        let close = open == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
        let end = matching(bytes, from: index)
        let inner = bytes[(index + 1)..<end]
        if inner.isEmpty || !containsContainer(bytes, from: index + 1, to: end) {
            out.append(open)
            var i = index + 1
            while i < end {
                let b = bytes[i]
                if b == UInt8(ascii: "\"") {
                    let s = scalarEnd(bytes, from: i)
                    out.append(contentsOf: bytes[i..<s])
                    i = s
                    continue
                }
                out.append(b)
                if b == UInt8(ascii: ",") || b == UInt8(ascii: ":") { out.append(UInt8(ascii: " ")) }
                i += 1
            }
            out.append(close)
            index = end + 1
            return
        }
        out.append(open)
        index += 1
        let pad = [UInt8](repeating: UInt8(ascii: " "), count: 2 * (depth + 1))
        var first = true
        while bytes[index] != close {
            if bytes[index] == UInt8(ascii: ",") { index += 1 }
            out.append(contentsOf: first ? [UInt8(ascii: "\n")] : [UInt8(ascii: ","), UInt8(ascii: "\n")])
            first = false
            out.append(contentsOf: pad)
            if open == UInt8(ascii: "{") {
                let keyEnd = scalarEnd(bytes, from: index)
                out.append(contentsOf: bytes[index..<keyEnd])
                out.append(contentsOf: [UInt8(ascii: ":"), UInt8(ascii: " ")])
                index = keyEnd + 1  // past the colon
            }
            write(bytes, &index, into: &out, depth: depth + 1)
        }
        out.append(UInt8(ascii: "\n"))
        out.append(contentsOf: [UInt8](repeating: UInt8(ascii: " "), count: 2 * depth))
        out.append(close)
        index += 1
    }

    /// The index just past a string, number or literal starting at `start`.
    private static func scalarEnd(_ bytes: [UInt8], from start: Int) -> Int {
        var i = start
        if bytes[i] == UInt8(ascii: "\"") {
            i += 1
            while bytes[i] != UInt8(ascii: "\"") { i += bytes[i] == UInt8(ascii: "\\") ? 2 : 1 }
            return i + 1
        }
        while i < bytes.count, ![UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "]")].contains(bytes[i]) { i += 1 }
        return i
    }

    /// The index of the bracket closing the one at `start`.
    private static func matching(_ bytes: [UInt8], from start: Int) -> Int {
        var depth = 0, i = start
        while true {
            switch bytes[i] {
            case UInt8(ascii: "\""): i = scalarEnd(bytes, from: i); continue
            case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                if depth == 0 { return i }
            default: break
            }
            i += 1
        }
    }

    private static func containsContainer(_ bytes: [UInt8], from start: Int, to end: Int) -> Bool {
        var i = start
        while i < end {
            switch bytes[i] {
            case UInt8(ascii: "\""): i = scalarEnd(bytes, from: i); continue
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                // An empty container reads as a value: `{"b": []}` stays on one line.
                guard i + 1 < end, bytes[i + 1] == (bytes[i] == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")) else {
                    return true
                }
                i += 2
            default: i += 1
            }
        }
        return false
    }
}

/// JSON written straight into bytes, safe to put into JavaScript even inline in HTML: `<`, `>`
/// and `&` (which could end or bend a script: `</script>`, `<!--`) and U+2028/U+2029 (line
/// breaks to older JavaScript) become `\u` escapes, which is equal JSON. The search index and the
/// metrics data (`MetricChunk.javaScript`) are written with it. Hand-written because the index
/// is megabytes of it, written straight into bytes without JSONEncoder's generic encoding.
struct ScriptJSON {
    var bytes: [UInt8] = []

    /// JSON or JavaScript known to need no escaping.
    mutating func raw(_ text: String) { bytes.append(contentsOf: text.utf8) }

    /// A string of bytes known to need no escaping (posting digits).
    mutating func quoted(_ text: [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        bytes.append(contentsOf: text)
        bytes.append(UInt8(ascii: "\""))
    }

    mutating func int(_ value: Int) { raw(String(value)) }

    mutating func string(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        var utf8 = Array(text.utf8)[...]
        while let byte = utf8.popFirst() {
            switch byte {
            case UInt8(ascii: "\""): raw("\\\"")
            case UInt8(ascii: "\\"): raw("\\\\")
            case UInt8(ascii: "\n"): raw("\\n")
            case UInt8(ascii: "<"): raw("\\u003c")
            case UInt8(ascii: ">"): raw("\\u003e")
            case UInt8(ascii: "&"): raw("\\u0026")
            case 0..<0x20: raw("\\u00" + (byte < 0x10 ? "0" : "") + String(byte, radix: 16))
            case 0xE2 where utf8.first == 0x80 && (utf8.dropFirst().first == 0xA8 || utf8.dropFirst().first == 0xA9):
                raw(utf8.dropFirst().first == 0xA8 ? "\\u2028" : "\\u2029")
                utf8 = utf8.dropFirst(2)
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    mutating func array<S: Sequence>(_ items: S, _ element: (inout ScriptJSON, S.Element) -> Void) {
        bytes.append(UInt8(ascii: "["))
        for (index, item) in items.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            element(&self, item)
        }
        bytes.append(UInt8(ascii: "]"))
    }

    /// An array of strings, without its brackets when `bracketed` is false.
    mutating func strings(_ items: [String], bracketed: Bool = true) {
        if bracketed { bytes.append(UInt8(ascii: "[")) }
        for (index, item) in items.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            string(item)
        }
        if bracketed { bytes.append(UInt8(ascii: "]")) }
    }

    /// Members in the order given: callers give them sorted.
    mutating func object(_ members: [(String, (inout ScriptJSON) -> Void)]) {
        bytes.append(UInt8(ascii: "{"))
        for (index, (key, value)) in members.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            string(key)
            bytes.append(UInt8(ascii: ":"))
            value(&self)
        }
        bytes.append(UInt8(ascii: "}"))
    }
}

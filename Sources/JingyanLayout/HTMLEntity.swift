/// A character reference of HTML left in text copied from a web page ("&nbsp;", "&amp;",
/// "&#12288;"), read as the scalar it stands for.
struct HTMLEntity {
    var scalar: Unicode.Scalar
    /// Its length in bytes, "&" and ";" included.
    var length: Int

    /// The reference that starts at `start` (an "&"), or nil when none does.
    init?(in bytes: UnsafeBufferPointer<UInt8>, at start: Int) {
        let limit = min(bytes.count, start + Self.maxLength)
        guard let end = (start + 1..<limit).first(where: { bytes[$0] == 0x3B }), end > start + 1 else { return nil }
        let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[(start + 1)..<end]), as: UTF8.self)
        guard let scalar = Self.named[name] ?? Self.numbered(name) else { return nil }
        self.scalar = scalar
        length = end - start + 1
    }

    /// "#12288", "#x3000".
    static func numbered(_ name: String) -> Unicode.Scalar? {
        guard name.hasPrefix("#") else { return nil }
        let digits = name.dropFirst()
        let value =
            digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
        return value.flatMap(Unicode.Scalar.init)
    }

    static let named: [String: Unicode.Scalar] = [
        "nbsp": "\u{A0}", "ensp": "\u{2002}", "emsp": "\u{2003}", "thinsp": "\u{2009}", "amp": "&", "lt": "<",
        "gt": ">", "quot": "\"", "apos": "'", "ldquo": "“", "rdquo": "”", "lsquo": "‘", "rsquo": "’",
        "middot": "·", "mdash": "—", "hellip": "…",
    ]

    /// "&thinsp;" and "&#x3000;" are eight bytes; a longer run is no reference.
    static let maxLength = 10
}

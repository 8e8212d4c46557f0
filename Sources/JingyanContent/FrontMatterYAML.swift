import Yams

/// Writes a header (any `Encodable`) as block YAML, by hand.
///
/// Why not Yams' `YAMLEncoder`: it resolved every scalar's tag with regular expressions, went
/// through libyaml's emitter and, to print numbers plainly, a second parse. Headers need only
/// mappings, sequences, strings, numbers, booleans and null, in the layout Yams printed them, so
/// the writer is short and strict: a string is plain only where YAML reads it back as the same
/// string, single-quoted when it is printable on one line, double-quoted with escapes otherwise.
/// Yams still reads every file (`ContentLoader`), and a test checks that it reads back exactly what
/// was written.
enum FrontMatterYAML {
    static func text<T: Encodable>(of value: T) throws -> String {
        let root = Draft()
        try value.encode(to: DraftEncoder(draft: root))
        var text = ""
        switch root.kind {
        case .mapping: write(mapping: root.entries, indent: 0, inline: false, into: &text)
        case .sequence: write(sequence: root.items, indent: 0, inline: false, into: &text)
        case .scalar: text = root.scalar + "\n"
        }
        return text
    }

    // MARK: Layout (libyaml's block style: two-space indent, a mapping's sequences not indented)

    static func write(
        mapping entries: [(key: String, value: Draft)], indent: Int, inline: Bool, into text: inout String
    ) {
        guard !entries.isEmpty else {
            text += "{}\n"
            return
        }
        for (position, entry) in entries.enumerated() {
            if !(inline && position == 0) { text += String(repeating: " ", count: indent) }
            text += string(entry.key) + ":"
            let value = entry.value
            switch value.kind {
            case .scalar: text += " " + value.scalar + "\n"
            case .sequence where value.items.isEmpty: text += " []\n"
            case .mapping where value.entries.isEmpty: text += " {}\n"
            case .sequence:
                text += "\n"
                write(sequence: value.items, indent: indent, inline: false, into: &text)
            case .mapping:
                text += "\n"
                write(mapping: value.entries, indent: indent + 2, inline: false, into: &text)
            }
        }
    }

    static func write(sequence items: [Draft], indent: Int, inline: Bool, into text: inout String) {
        guard !items.isEmpty else {
            text += "[]\n"
            return
        }
        for (position, item) in items.enumerated() {
            if !(inline && position == 0) { text += String(repeating: " ", count: indent) }
            text += "- "
            switch item.kind {
            case .scalar: text += item.scalar + "\n"
            case .sequence: write(sequence: item.items, indent: indent + 2, inline: true, into: &text)
            case .mapping: write(mapping: item.entries, indent: indent + 2, inline: true, into: &text)
            }
        }
    }

    // MARK: Scalars

    /// A string as a YAML scalar that reads back as the same string.
    static func string(_ value: String) -> String {
        if isPlainSafe(value) { return value }
        if value.unicodeScalars.allSatisfy(isQuotablePrintable) {
            return "'" + value.replacingOccurrences(of: "'", with: "''") + "'"
        }
        return doubleQuoted(value)
    }

    /// Numbers as people write them: 33, 4.3 (never 4.3e+0); YAML's names for the rest.
    static func number(_ value: Double) -> String {
        if value.isNaN { return ".nan" }
        if value.isInfinite { return value > 0 ? ".inf" : "-.inf" }
        if value == value.rounded() && abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)  // shortest form that round-trips; "1e-07" is a YAML float too
    }

    /// Plain in block context: no indicator first, no ": " or " #", no edge spaces, nothing
    /// outside the printable one-line set, and not a word or number YAML would read as another type.
    static func isPlainSafe(_ value: String) -> Bool {
        guard let first = value.unicodeScalars.first, let last = value.unicodeScalars.last,
            !plainIndicators.contains(first), first != " ", last != " ", last != ":"
        else { return false }
        var previous: Unicode.Scalar = " "
        var isASCII = true
        for scalar in value.unicodeScalars {
            guard isQuotablePrintable(scalar), !(previous == ":" && scalar == " "), !(previous == " " && scalar == "#")
            else { return false }
            previous = scalar
            isASCII = isASCII && scalar.isASCII
        }
        // YAML's ints, floats, timestamps, nulls, booleans, merge and value keys are all ASCII and
        // start with one of these or are one of these words: then ask Yams, whose resolver the
        // loader uses.
        guard isASCII, implicitStarts.contains(first) || implicitWords.contains(value) else { return true }
        return Resolver.default.resolveTag(of: Node(value)) == .str
    }

    static let plainIndicators: Set<Unicode.Scalar> = [
        "-", "?", ":", ",", "[", "]", "{", "}", "#", "&", "*", "!", "|", ">", "'", "\"", "%", "@", "`",
    ]
    static let implicitStarts: Set<Unicode.Scalar> = [
        "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "+", ".", "~", "<", "=",
    ]
    static let implicitWords: Set<String> = [
        "yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE", "false", "False", "FALSE",
        "on", "On", "ON", "off", "Off", "OFF", "null", "Null", "NULL",
    ]

    /// Printable and not a line break, tab or byte-order mark: safe between single quotes.
    static func isQuotablePrintable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20...0x7E, 0xA0...0x2027, 0x202A...0xD7FF, 0xE000...0xFEFE, 0xFF00...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    static func doubleQuoted(_ value: String) -> String {
        var text = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            case "\n": text += "\\n"
            case "\t": text += "\\t"
            case "\r": text += "\\r"
            case "\u{0}": text += "\\0"
            case "\u{85}": text += "\\N"
            case "\u{2028}": text += "\\L"
            case "\u{2029}": text += "\\P"
            default:
                if isQuotablePrintable(scalar) {
                    text.unicodeScalars.append(scalar)
                } else {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    let width = scalar.value <= 0xFF ? 2 : scalar.value <= 0xFFFF ? 4 : 8
                    text +=
                        "\\" + (width == 2 ? "x" : width == 4 ? "u" : "U")
                        + String(repeating: "0", count: width - hex.count) + hex
                }
            }
        }
        return text + "\""
    }
}

/// A node being encoded. A class, because `Encoder` containers hand out places to fill later.
final class Draft {
    enum Kind { case scalar, sequence, mapping }
    var kind = Kind.scalar
    /// YAML text of a scalar, already quoted as needed.
    var scalar = "null"
    var items: [Draft] = []
    var entries: [(key: String, value: Draft)] = []
}

struct DraftEncoder: Encoder {
    let draft: Draft
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        draft.kind = .mapping
        return KeyedEncodingContainer(KeyedDraft<Key>(draft: draft, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        draft.kind = .sequence
        return UnkeyedDraft(draft: draft, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        ScalarDraft(draft: draft, codingPath: codingPath)
    }
}

/// Every value goes through `encode<T>`: primitives come back through `ScalarDraft`.
struct KeyedDraft<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let draft: Draft
    var codingPath: [any CodingKey]

    func child(_ key: any CodingKey) -> DraftEncoder {
        let child = Draft()
        draft.entries.append((key.stringValue, child))
        return DraftEncoder(draft: child, codingPath: codingPath + [key])
    }

    mutating func encodeNil(forKey key: Key) throws { _ = child(key) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { try value.encode(to: child(key)) }
    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy type: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        child(key).container(keyedBy: type)
    }
    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        child(key).unkeyedContainer()
    }
    mutating func superEncoder() -> any Encoder { child(SuperKey()) }
    mutating func superEncoder(forKey key: Key) -> any Encoder { child(key) }
}

struct SuperKey: CodingKey {
    var stringValue: String { "super" }
    var intValue: Int? { nil }
    init() {}
    init?(stringValue: String) { nil }
    init?(intValue: Int) { nil }
}

struct IndexKey: CodingKey {
    var intValue: Int?
    var stringValue: String { "\(intValue ?? 0)" }
    init(intValue: Int) { self.intValue = intValue }
    init?(stringValue: String) { nil }
}

struct UnkeyedDraft: UnkeyedEncodingContainer {
    let draft: Draft
    var codingPath: [any CodingKey]
    var count: Int { draft.items.count }

    func child() -> DraftEncoder {
        let child = Draft()
        draft.items.append(child)
        return DraftEncoder(draft: child, codingPath: codingPath + [IndexKey(intValue: count - 1)])
    }

    mutating func encodeNil() throws { _ = child() }
    mutating func encode<T: Encodable>(_ value: T) throws { try value.encode(to: child()) }
    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy type: NestedKey.Type
    ) -> KeyedEncodingContainer<NestedKey> {
        child().container(keyedBy: type)
    }
    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer { child().unkeyedContainer() }
    mutating func superEncoder() -> any Encoder { child() }
}

struct ScalarDraft: SingleValueEncodingContainer {
    let draft: Draft
    var codingPath: [any CodingKey]

    mutating func encodeNil() throws { draft.scalar = "null" }
    mutating func encode(_ value: Bool) throws { draft.scalar = value ? "true" : "false" }
    mutating func encode(_ value: String) throws { draft.scalar = FrontMatterYAML.string(value) }
    mutating func encode(_ value: Double) throws { draft.scalar = FrontMatterYAML.number(value) }
    mutating func encode(_ value: Float) throws { draft.scalar = FrontMatterYAML.number(Double(value)) }
    mutating func encode(_ value: Int) throws { draft.scalar = String(value) }
    mutating func encode(_ value: Int8) throws { draft.scalar = String(value) }
    mutating func encode(_ value: Int16) throws { draft.scalar = String(value) }
    mutating func encode(_ value: Int32) throws { draft.scalar = String(value) }
    mutating func encode(_ value: Int64) throws { draft.scalar = String(value) }
    mutating func encode(_ value: UInt) throws { draft.scalar = String(value) }
    mutating func encode(_ value: UInt8) throws { draft.scalar = String(value) }
    mutating func encode(_ value: UInt16) throws { draft.scalar = String(value) }
    mutating func encode(_ value: UInt32) throws { draft.scalar = String(value) }
    mutating func encode(_ value: UInt64) throws { draft.scalar = String(value) }
    mutating func encode<T: Encodable>(_ value: T) throws {
        try value.encode(to: DraftEncoder(draft: draft, codingPath: codingPath))
    }
}

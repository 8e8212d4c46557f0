import Yams

/// Reads front matter in the block layout `FrontMatterYAML` writes, without Yams' parser and
/// Codable decoder, which are slow for the thousands of headers of a build.
///
/// It is a fast path, not a second YAML implementation: it accepts only lines it reads exactly as
/// YAML does — block mappings and sequences in the writer's indentation, plain scalars without
/// comments or continuation lines, single- and double-quoted scalars on one line — and returns nil
/// for anything else (a comment, a blank line, a flow collection, a tab, an anchor, a folded
/// scalar…), which `ContentLoader` then hands to Yams. Scalars become values through Yams' own
/// `ScalarConstructible` conversions with the loader's resolver, so `yes`, `0x1F` or `.inf` mean
/// what they mean to Yams. A test checks both readers agree on thousands of written headers.
enum HeaderReader {
    /// The header `yaml` holds, decoded as `T`; nil when the fast path cannot read it exactly.
    static func decode<T: Decodable>(_ type: T.Type, from tree: HeaderTree) -> T? {
        try? T(from: HeaderDecoder(tree: tree, containerPath: [], key: nil, constructor: .default))
    }

    /// The YAML's tree, or nil when the text is outside the subset read here.
    static func tree(_ yaml: String) -> HeaderTree? {
        var yaml = yaml
        return yaml.withUTF8 { bytes in
            var parser = HeaderParser(bytes: bytes)
            return parser.document()
        }
    }
}

/// A front matter value: what YAML's block layout can hold, scalars kept as text until a type asks.
/// Not `indirect`: the arrays hold the nesting, so no value needs a box of its own.
enum HeaderTree {
    case scalar(String, Node.Scalar.Style)
    case sequence([HeaderTree])
    case mapping([(key: String, value: HeaderTree)])

    subscript(key: String) -> HeaderTree? {
        guard case .mapping(let entries) = self else { return nil }
        return entries.first { $0.key == key }?.value
    }

    var isNull: Bool {
        guard case .scalar(let text, .plain) = self else { return false }
        return text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL"
    }
}

/// The line-by-line reader behind `HeaderReader.tree`. Every method returns nil as soon as the
/// text leaves the subset it reads exactly.
private struct HeaderParser {
    struct Line {
        var indent: Int
        /// Byte range of the line's content, after its indentation.
        var start: Int
        var end: Int
    }

    let bytes: UnsafeBufferPointer<UInt8>
    var lines: [Line] = []
    var current = 0

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    mutating func document() -> HeaderTree? {
        guard hasOnlyPrintableText(), splitLines(), !lines.isEmpty, lines[0].indent == 0 else { return nil }
        guard let root = block(indent: 0), current == lines.count else { return nil }
        return root
    }

    /// No tab, carriage return, control character, byte-order mark or Unicode line break: YAML
    /// gives those meanings the subset does not handle (the writer escapes them in double quotes).
    func hasOnlyPrintableText() -> Bool {
        for index in bytes.indices {
            let byte = bytes[index]
            // Printable ASCII and continuation bytes, most of a header, first.
            if byte >= 0x20 && byte < 0x7F || byte >= 0x80 && byte < 0xC0 { continue }
            if byte < 0x20 && byte != 0x0A || byte == 0x7F { return false }
            if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] < 0xA0 { return false }  // C1 controls, NEL
            if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80,
                bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9
            {
                return false
            }  // U+2028, U+2029
            if byte == 0xEF, index + 2 < bytes.count,
                bytes[index + 1] == 0xBB && bytes[index + 2] == 0xBF
                    || bytes[index + 1] == 0xBF && bytes[index + 2] >= 0xBE
            {
                return false  // U+FEFF, U+FFFE, U+FFFF
            }
        }
        return true
    }

    /// Splits at line feeds; a blank line, a comment line or a document marker leaves the subset.
    mutating func splitLines() -> Bool {
        var start = 0
        while start <= bytes.count {
            var end = start
            while end < bytes.count && bytes[end] != 0x0A { end += 1 }
            var content = start
            while content < end && bytes[content] == 0x20 { content += 1 }
            guard content < end, bytes[content] != 0x23 else { return false }  // blank, or '#'
            if content == start, end - start >= 3, bytes[start] == bytes[start + 1], bytes[start] == bytes[start + 2],
                bytes[start] == 0x2D || bytes[start] == 0x2E
            {
                return false  // "---" or "..."
            }
            lines.append(Line(indent: content - start, start: content, end: end))
            if end == bytes.count { break }
            start = end + 1
        }
        return true
    }

    func isSequenceItem(_ line: Line) -> Bool {
        bytes[line.start] == 0x2D && (line.end - line.start == 1 || bytes[line.start + 1] == 0x20)
    }

    /// A mapping or a sequence whose first line is the current one, at `indent`.
    mutating func block(indent: Int) -> HeaderTree? {
        guard current < lines.count, lines[current].indent == indent else { return nil }
        return isSequenceItem(lines[current]) ? sequence(indent: indent) : mapping(indent: indent)
    }

    mutating func mapping(indent: Int) -> HeaderTree? {
        var entries: [(key: String, value: HeaderTree)] = []
        while current < lines.count, lines[current].indent == indent, !isSequenceItem(lines[current]) {
            let line = lines[current]
            guard let colon = keyEnd(line) else { return nil }
            let key = String(decoding: UnsafeBufferPointer(rebasing: bytes[line.start..<colon]), as: UTF8.self)
            guard !entries.contains(where: { $0.key == key }) else { return nil }
            let value: HeaderTree
            if colon + 1 == line.end {
                current += 1
                if current < lines.count, lines[current].indent == indent, isSequenceItem(lines[current]) {
                    guard let items = sequence(indent: indent) else { return nil }
                    value = items
                } else if current < lines.count, lines[current].indent > indent {
                    guard let nested = block(indent: lines[current].indent) else { return nil }
                    value = nested
                } else {
                    value = .scalar("", .plain)
                }
            } else {
                guard let scalar = scalar(from: colon + 2, to: line.end) else { return nil }
                value = scalar
                current += 1
            }
            entries.append((key, value))
        }
        guard current == lines.count || lines[current].indent < indent else { return nil }
        return .mapping(entries)
    }

    mutating func sequence(indent: Int) -> HeaderTree? {
        var items: [HeaderTree] = []
        while current < lines.count, lines[current].indent == indent, isSequenceItem(lines[current]) {
            let line = lines[current]
            guard line.end - line.start > 2, bytes[line.start + 2] != 0x20 else { return nil }  // "-" alone, or "-  x"
            // The item's content becomes a line of its own, two columns in: "- a: 1" opens a
            // mapping at indent + 2 whose next keys stand at indent + 2.
            let item = Line(indent: indent + 2, start: line.start + 2, end: line.end)
            if isSequenceItem(item) || keyEnd(item) != nil {
                lines[current] = item
                guard let nested = block(indent: indent + 2) else { return nil }
                items.append(nested)
            } else {
                guard let scalar = scalar(from: item.start, to: item.end) else { return nil }
                items.append(scalar)
                current += 1
            }
        }
        guard
            current == lines.count || lines[current].indent < indent
                || lines[current].indent == indent && !isSequenceItem(lines[current])
        else { return nil }
        return .sequence(items)
    }

    /// Where a `key:` line's colon is: a key of an ASCII letter, then letters, digits and
    /// underscores, then ':' at the end of the line or before a space.
    func keyEnd(_ line: Line) -> Int? {
        guard (0x41...0x5A).contains(bytes[line.start] & 0xDF) else { return nil }
        var index = line.start
        while index < line.end, isKeyByte(bytes[index]) { index += 1 }
        guard index > line.start, index < line.end, bytes[index] == 0x3A else { return nil }
        return index + 1 == line.end || bytes[index + 1] == 0x20 ? index : nil
    }

    func isKeyByte(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte == 0x5F
    }

    func scalar(from start: Int, to end: Int) -> HeaderTree? {
        guard start < end else { return nil }
        switch bytes[start] {
        case 0x27: return singleQuoted(from: start, to: end)
        case 0x22: return doubleQuoted(from: start, to: end)
        case 0x5B, 0x7B:  // "[]" and "{}" are the only flow collections the writer prints
            guard end - start == 2, bytes[start + 1] == bytes[start] + 2 else { return nil }
            return bytes[start] == 0x5B ? .sequence([]) : .mapping([])
        default: return plain(from: start, to: end)
        }
    }

    /// A plain scalar on one line: no indicator first (but "-5"), no ": " or " #" inside, no
    /// space or colon last.
    func plain(from start: Int, to end: Int) -> HeaderTree? {
        let first = bytes[start]
        if Self.indicators.contains(first) {
            guard first == 0x2D, end - start > 1, bytes[start + 1] != 0x20 else { return nil }
        }
        guard bytes[end - 1] != 0x20, bytes[end - 1] != 0x3A else { return nil }
        for index in start..<(end - 1) {
            let (byte, next) = (bytes[index], bytes[index + 1])
            if byte == 0x3A && next == 0x20 || byte == 0x20 && next == 0x23 { return nil }
        }
        return .scalar(text(start, end), .plain)
    }

    static let indicators: Set<UInt8> = Set("-?:,[]{}#&*!|>'\"%@`".utf8)

    func singleQuoted(from start: Int, to end: Int) -> HeaderTree? {
        var text: [UInt8] = []
        var index = start + 1
        while index < end {
            if bytes[index] == 0x27 {
                if index + 1 < end, bytes[index + 1] == 0x27 {
                    text.append(0x27)
                    index += 2
                    continue
                }
                return index + 1 == end ? .scalar(String(decoding: text, as: UTF8.self), .singleQuoted) : nil
            }
            text.append(bytes[index])
            index += 1
        }
        return nil  // continues on the next line
    }

    /// The escapes the writer uses; any other leaves the subset.
    func doubleQuoted(from start: Int, to end: Int) -> HeaderTree? {
        var value = ""
        var index = start + 1
        var run = index  // start of the bytes not yet copied
        while index < end {
            switch bytes[index] {
            case 0x22:
                guard index + 1 == end else { return nil }
                value += text(run, index)
                return .scalar(value, .doubleQuoted)
            case 0x5C:
                value += text(run, index)
                guard index + 1 < end else { return nil }
                let escape = bytes[index + 1]
                index += 2
                switch escape {
                case 0x22: value += "\""
                case 0x5C: value += "\\"
                case 0x6E: value += "\n"
                case 0x74: value += "\t"
                case 0x72: value += "\r"
                case 0x30: value += "\u{0}"
                case 0x4E: value += "\u{85}"
                case 0x4C: value += "\u{2028}"
                case 0x50: value += "\u{2029}"
                case 0x78, 0x75, 0x55:  // \xHH, \uHHHH, \UHHHHHHHH
                    let width = escape == 0x78 ? 2 : escape == 0x75 ? 4 : 8
                    guard index + width <= end, let scalar = hexScalar(index, index + width) else { return nil }
                    value.unicodeScalars.append(scalar)
                    index += width
                default: return nil
                }
                run = index
            default:
                index += 1
            }
        }
        return nil  // continues on the next line
    }

    func hexScalar(_ start: Int, _ end: Int) -> Unicode.Scalar? {
        var value: UInt32 = 0
        for byte in bytes[start..<end] {
            switch byte {
            case 0x30...0x39: value = value << 4 | UInt32(byte - 0x30)
            case 0x41...0x46: value = value << 4 | UInt32(byte - 0x41 + 10)
            case 0x61...0x66: value = value << 4 | UInt32(byte - 0x61 + 10)
            default: return nil
            }
        }
        return Unicode.Scalar(value)
    }

    func text(_ start: Int, _ end: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }
}

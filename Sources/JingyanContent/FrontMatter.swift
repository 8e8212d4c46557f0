import Foundation

/// Markdown files with YAML front matter: `---`, YAML, `---`, then the Markdown body.
public enum FrontMatter {
    public static let delimiter = "---"

    /// Renders front matter and body. Keys keep the order the value encodes them in; numbers are
    /// written plainly (4.3, not 4.3e+0), so that people can read and edit them.
    public static func render<T: Encodable>(_ header: T, body: String) throws -> String {
        var text = "\(delimiter)\n\(try FrontMatterYAML.text(of: header))\(delimiter)\n"
        if !body.isEmpty { text += "\n\(body)\n" }
        return text
    }

    /// A parsed file: the front matter's YAML, the line it starts on, and the body.
    public struct Parts {
        public var yaml: String
        /// 1-based line of the first YAML line in the file.
        public var yamlFirstLine: Int
        public var body: String
    }

    /// The text does not start with a `---` line and the fields closed by another.
    public struct MissingFrontMatter: Error {}

    /// Lines end in "\n" or "\r\n". Works on the UTF-8 bytes: splitting a String into lines
    /// walks grapheme clusters (and never splits at "\r\n", a single cluster).
    public static func split(_ text: String) throws -> Parts {
        var text = text
        return try text.withUTF8 { bytes in
            var lines: [Range<Int>] = []
            var start = 0
            for index in bytes.indices where bytes[index] == 0x0A {
                lines.append(start..<index)
                start = index + 1
            }
            lines.append(start..<bytes.count)
            let content = lines.map {
                $0.upperBound > $0.lowerBound && bytes[$0.upperBound - 1] == 0x0D
                    ? $0.lowerBound..<($0.upperBound - 1) : $0
            }
            func isDelimiter(_ line: Range<Int>) -> Bool {
                line.count == 3 && bytes[line].elementsEqual(delimiter.utf8)
            }
            guard let first = content.first, isDelimiter(first),
                let end = content.indices.dropFirst().first(where: { isDelimiter(content[$0]) })
            else { throw MissingFrontMatter() }
            func joined(_ range: Range<Int>) -> String {
                // Lines that lost no "\r" stand joined in the text already: one copy, not two.
                if let first = range.first, let last = range.last, lines[range] == content[range] {
                    return String(
                        decoding: UnsafeBufferPointer(
                            rebasing: bytes[lines[first].lowerBound..<lines[last].upperBound]), as: UTF8.self)
                }
                var joined: [UInt8] = []
                for (position, line) in content[range].enumerated() {
                    if position > 0 { joined.append(0x0A) }
                    joined.append(contentsOf: bytes[line])
                }
                return String(decoding: joined, as: UTF8.self)
            }
            // Empty lines at either end of the body go before it is copied: trimming drops them.
            var body = (end + 1)..<content.count
            while let line = body.first, content[line].isEmpty { body = body.dropFirst() }
            while let line = body.last, content[line].isEmpty { body = body.dropLast() }
            return Parts(yaml: joined(1..<end), yamlFirstLine: 2, body: trimmed(joined(body)))
        }
    }

    /// Without white space and line breaks at either end.
    static func trimmed(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !CharacterSet.whitespacesAndNewlines.contains($0) }),
            let last = scalars.lastIndex(where: { !CharacterSet.whitespacesAndNewlines.contains($0) })
        else { return "" }
        if first == scalars.startIndex && scalars.index(after: last) == scalars.endIndex { return text }
        return String(scalars[first...last])
    }
}

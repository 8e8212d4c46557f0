/// The marks a report copied from a note app or a Markdown page keeps around its words: a
/// heading's "# ", a quote's "> ", emphasis ("**“三说一签”调解法**", "*摘自……*") and a table's
/// bars ("| 南坡村 | 31件 |"). None is a word of the report; a table's cells are kept, parted by
/// an ideographic space as a printed table parts them.
enum MarkdownMarks {
    /// True when the line's bytes may hold such marks: it opens with "#", ">" or "|", or holds
    /// an asterisk. Most lines hold none of these bytes and are not looked at again.
    static func mayBeIn(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first else { return false }
        return opensLine(first) || bytes.contains(asterisk)
    }

    /// "#", ">" or "|": a byte a Markdown line may open with.
    static func opensLine(_ byte: UInt8) -> Bool { byte == hash || byte == quote || byte == bar }

    /// The scalars of a line without its Markdown marks.
    static func dropping(from scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var line = scalars[...]
        while let first = line.first, isSpace(first) { line = line.dropFirst() }
        while let last = line.last, isSpace(last) { line = line.dropLast() }
        let hashes = line.prefix { $0 == "#" }.count
        if (1...6).contains(hashes), line.dropFirst(hashes).first == " " {
            line = line.dropFirst(hashes + 1)
        } else if line.first == ">" {
            line = line.dropFirst()
        }
        let text = line.filter { $0 != "*" }  // emphasis: "**" around a phrase, "*" around a line
        guard text.first == "|", text.last == "|", text.count > 2 else { return text }
        let cells = text.dropFirst().dropLast().split(separator: "|", omittingEmptySubsequences: false).map {
            $0.drop(while: isSpace).reversed().drop(while: isSpace).reversed()
        }
        return Array(cells.joined(separator: ["　"]))
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool { scalar == " " || scalar == "　" }

    static let hash = UInt8(ascii: "#")
    static let quote = UInt8(ascii: ">")
    static let bar = UInt8(ascii: "|")
    static let asterisk = UInt8(ascii: "*")
}

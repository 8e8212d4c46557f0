/// One printed line of a page, cleaned of PDF spacing artefacts.
public struct TextLine: Hashable, Sendable {
    /// 1-based line number in the seed file.
    public var number: Int
    public var text: String
    /// Display width in half-width cells.
    public var width: Int

    public init(number: Int, text: String) {
        self.number = number
        self.text = text
        self.width = Typography.width(of: text)
    }

    public var isBlank: Bool { text.isEmpty }
    public var endsSentence: Bool { Typography.endsSentence(text) }
}

/// A page of raw newspaper text as lines, numbered as in the file.
public struct PageText: Sendable {
    /// The page's path as shown to users (e.g. "seeds/000_x.txt").
    public var file: String
    public var lines: [TextLine]

    /// Splits on LF, CRLF and CR and cleans each line.
    public init(file: String, text: String) {
        self.file = file
        var lines: [TextLine] = []
        var number = 0
        for rawLine in Self.printedLines(of: text) {
            number += 1
            lines.append(TextLine(number: number, text: Typography.cleaned(rawLine)))
        }
        while let last = lines.last, last.isBlank { lines.removeLast() }
        self.lines = lines
    }

    /// The file's lines as printed, split at LF, CRLF or CR: line numbers everywhere count these.
    public static func printedLines(of text: String) -> [Substring] {
        // On UTF-8 bytes: splitting Characters would run grapheme breaking over the whole page.
        let utf8 = text.utf8
        var lines: [Substring] = []
        var start = utf8.startIndex
        var index = start
        while index < utf8.endIndex {
            let byte = utf8[index]
            guard byte == 0x0A || byte == 0x0D else {
                index = utf8.index(after: index)
                continue
            }
            lines.append(text[start..<index])
            index = utf8.index(after: index)
            if byte == 0x0D, index < utf8.endIndex, utf8[index] == 0x0A { index = utf8.index(after: index) }
            start = index
        }
        lines.append(text[start...])
        if lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }

    /// Runs of non-blank lines separated by blank lines.
    public var blocks: [[TextLine]] {
        var blocks: [[TextLine]] = []
        var current: [TextLine] = []
        for line in lines {
            if line.isBlank {
                if !current.isEmpty { blocks.append(current) }
                current = []
            } else {
                current.append(line)
            }
        }
        if !current.isEmpty { blocks.append(current) }
        return blocks
    }
}

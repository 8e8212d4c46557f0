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
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
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

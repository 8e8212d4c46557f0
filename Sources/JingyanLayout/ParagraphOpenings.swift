/// A body's printed lines without its blank lines, each with what stood before it.
struct PrintedLines {
    var lines: [TextLine] = []
    /// A blank line stood before the line.
    var blankBefore: [Bool] = []
    /// The blank line before is a paragraph's indent (numbered 0, `PageText.parted`).
    var indentBefore: [Bool] = []

    init(_ body: [TextLine]) {
        var sawBlank = false
        var sawIndent = false
        for line in body {
            if line.isBlank {
                sawBlank = true
                sawIndent = sawIndent || line.number == 0
            } else {
                lines.append(line)
                blankBefore.append(sawBlank)
                indentBefore.append(sawIndent)
                sawBlank = false
                sawIndent = false
            }
        }
    }
}

/// How paragraphs that run over several lines open: with a full line, or one short of the
/// column, as an indent the text lost leaves it. A page's bodies are counted together: one
/// report has few paragraphs, and its headings open short too.
public struct ParagraphOpenings: Sendable, Equatable {
    public var full = 0
    public var short = 0

    public init() {}

    /// The openings of one body's lines, blank lines included.
    public init(lines: [TextLine]) {
        let printed = PrintedLines(lines)
        guard !printed.lines.isEmpty else {
            self.init()
            return
        }
        let cells = BodyLayout.columnWidth(of: printed.lines)
        let breakBefore = BodyLayout.sentenceBreaks(printed.lines, blankBefore: printed.blankBefore, column: cells)
        let column = BodyLayout.Column(cells: cells, characters: BodyLayout.columnCharacters(of: printed.lines))
        self.init(printed.lines, blankBefore: printed.blankBefore, breakBefore: breakBefore, column: column)
    }

    init(_ lines: [TextLine], blankBefore: [Bool], breakBefore: [Bool], column: BodyLayout.Column) {
        for index in lines.indices.dropLast() where index == 0 || breakBefore[index] {
            guard !lines[index].endsSentence, !blankBefore[index + 1] else { continue }
            if column.isShort(lines[index], by: 4) { short += 1 } else { full += 1 }
        }
    }

    /// Most open with a full line: the page does not indent its paragraphs, so a line that opens
    /// one short of the column is set apart.
    public var areFlush: Bool { full > short }

    public static func + (left: Self, right: Self) -> Self {
        var sum = left
        sum.full += right.full
        sum.short += right.short
        return sum
    }
}

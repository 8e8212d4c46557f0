#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One printed line of a page, cleaned of PDF spacing artefacts.
public struct TextLine: Hashable, Sendable {
    /// 1-based line number in the seed file.
    public let number: Int
    public let text: String
    /// Display width in half-width cells.
    public let width: Int
    /// Kept, not computed: every finder asks it of every line, several times.
    public let endsSentence: Bool

    /// Line `number` of a page, its width measured.
    public init(number: Int, text: String) {
        self.init(number: number, text: text, width: Typography.width(of: text))
    }

    init(number: Int, text: String, width: Int, endsSentence: Bool? = nil) {
        self.number = number
        self.text = text
        self.width = width
        self.endsSentence = endsSentence ?? Typography.endsSentence(text)
    }

    /// The line read as ending a sentence whatever its last character: an entry of a box of
    /// figures ("议定事项328件"), a paragraph of its own.
    public var endingSentence: TextLine { TextLine(number: number, text: text, width: width, endsSentence: true) }

    /// A line as printed, measured by `Typography.widthUnlessNeedsCleaning` (nil: cleaned first).
    init(number: Int, printed text: String, width: Int?) {
        guard let width else {
            self.init(number: number, text: Typography.cleaned(text))
            return
        }
        self.init(number: number, text: text, width: width)
    }

    public var isBlank: Bool { text.isEmpty }
}

/// A page of raw newspaper text as lines, numbered as in the file.
public struct PageText: Sendable {
    /// The page's path as shown to users (e.g. "seeds/000_x.txt").
    public var file: String
    public var lines: [TextLine]
    /// Some printed line held several paragraphs (`paragraphs(printedOnOneLine:)`): a web copy's.
    public var holdsParagraphsOnOneLine = false

    /// Splits on LF, CRLF and CR and cleans each line.
    public init(file: String, text: String) {
        self.file = file
        var text = text  // withUTF8 needs it mutable; a native string is read in place
        // Each line split and measured in one pass over the bytes, then copied out of the page:
        // a copy of a valid String's bytes needs no validation, where decoding them did.
        var printed: [(range: Range<Int>, width: Int?)] = []
        var indented: [Int] = []  // the lines (0-based) opened by a paragraph's indent
        text.withUTF8 { bytes in
            Self.forEachPrintedLine(in: bytes) { range in
                let line = UnsafeBufferPointer(rebasing: bytes[range])
                if Self.opensWithIndent(line) { indented.append(printed.count) }
                printed.append((range, Typography.widthUnlessNeedsCleaning(line)))
            }
        }
        let utf8 = text.utf8
        var lines = printed.enumerated().map { number, line in
            let range =
                utf8.index(
                    utf8.startIndex, offsetBy: line.range.lowerBound)..<utf8.index(
                    utf8.startIndex, offsetBy: line.range.upperBound)
            return TextLine(number: number + 1, printed: String(text[range]), width: line.width)
        }
        lines = Self.parted(lines, atIndents: indented)
        while let last = lines.last, last.isBlank { lines.removeLast() }
        if lines.contains(where: { $0.width > Self.paragraphRunWidth }) {
            let count = lines.count
            lines = lines.flatMap(Self.paragraphs(printedOnOneLine:))
            holdsParagraphsOnOneLine = lines.count > count
        }
        self.lines = lines
    }

    /// A page that marks its paragraphs by their first line's indent alone, no blank line
    /// between them, with a blank line before each such paragraph (numbered 0: no printed line),
    /// as other pages print them. Two indented lines right under the wrapped rest of another
    /// paragraph make a page so; a web copy's paragraphs, each on one indented line, do not.
    static func parted(_ lines: [TextLine], atIndents indented: [Int]) -> [TextLine] {
        let unparted = indented.filter { $0 > 0 && !lines[$0 - 1].isBlank }
        let opens = Set(indented)
        let underWrapped = unparted.count { $0 > 1 && !opens.contains($0 - 1) && !lines[$0 - 2].isBlank }
        guard underWrapped >= Self.minUnpartedParagraphs else { return lines }
        // A line between a paragraph's end and the next paragraph that ends no sentence and has
        // no indent is a label of its own ("……。" / "【标题】" / "　　本报讯……"): parted too.
        let labels = unparted.compactMap { open -> Int? in
            let label = open - 1
            guard label > 0, !opens.contains(label), !lines[label].endsSentence, lines[label - 1].endsSentence else {
                return nil
            }
            return label
        }
        let cuts = Set(unparted).union(labels).sorted()
        var parted: [TextLine] = []
        parted.reserveCapacity(lines.count + cuts.count)
        var cut = 0  // the next of `cuts`
        for (index, line) in lines.enumerated() {
            if cut < cuts.count, index == cuts[cut] {
                parted.append(TextLine(number: 0, text: ""))
                cut += 1
            }
            parted.append(line)
        }
        return parted
    }

    static let minUnpartedParagraphs = 2

    /// The line opens with a paragraph's indent: two ideographic spaces, or two to four plain
    /// ones, then text. A wider run of spaces centres a title or sets a field apart.
    static func opensWithIndent(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        var ideographs = 0
        while index + 3 <= bytes.count, bytes[index] == 0xE3, bytes[index + 1] == 0x80, bytes[index + 2] == 0x80 {
            ideographs += 1
            index += 3
        }
        if ideographs > 0 { return ideographs == 2 && index < bytes.count && bytes[index] != 0x20 }
        while index < bytes.count, bytes[index] == 0x20 { index += 1 }
        return (2...4).contains(index) && index < bytes.count && bytes[index] != 0x09
    }

    /// Wider than any printed column: a line this wide is a web copy's paragraph, or several.
    static let paragraphRunWidth = 120

    /// A web copy may print its whole text on one line, each paragraph opened by the indent of
    /// two ideographic spaces ("…150余次。　　◎家中老小有人管　　村里的…"): the paragraphs, each a
    /// line of its own under the printed line's number. A column's line is never this wide, and
    /// a single ideographic space (a table's cells, "时间　来源") is no indent.
    static func paragraphs(printedOnOneLine line: TextLine) -> [TextLine] {
        guard line.width > paragraphRunWidth, line.text.contains("\u{3000}\u{3000}") else { return [line] }
        let pieces = line.text.split(separator: "\u{3000}\u{3000}").compactMap { piece in
            let text = piece.drop { $0 == "\u{3000}" }
            return text.isEmpty ? nil : TextLine(number: line.number, text: String(text))
        }
        // Paragraphs end sentences; a long line of fields spaced apart (a running head) does not.
        return pieces.count(where: \.endsSentence) >= 2 ? pieces : [line]
    }

    /// The file's lines as printed, split at LF, CRLF or CR: line numbers everywhere count these.
    public static func printedLines(of text: String) -> [Substring] {
        var text = text
        var ranges: [Range<Int>] = []
        text.withUTF8 { bytes in forEachPrintedLine(in: bytes) { ranges.append($0) } }
        let utf8 = text.utf8
        return ranges.map {
            text[
                utf8.index(
                    utf8.startIndex, offsetBy: $0.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: $0.upperBound)]
        }
    }

    /// The byte ranges of the lines, without their line ends; no empty last line after a final
    /// line end. On UTF-8 bytes: splitting Characters would run grapheme breaking over the whole page.
    static func forEachPrintedLine(in bytes: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>) -> Void) {
        guard let base = bytes.baseAddress else { return }
        // A text with no CR ends its lines at each LF, which libc's memchr finds many bytes at a time.
        if memchr(base, 0x0D, bytes.count) == nil {
            var start = 0
            while start < bytes.count, let found = memchr(base + start, 0x0A, bytes.count - start) {
                let end = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                body(start..<end)
                start = end + 1
            }
            if start < bytes.count { body(start..<bytes.count) }
            return
        }
        var start = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            guard byte == 0x0A || byte == 0x0D else {
                index += 1
                continue
            }
            body(start..<index)
            index += 1
            if byte == 0x0D, index < bytes.count, bytes[index] == 0x0A { index += 1 }
            start = index
        }
        if start < bytes.count { body(start..<bytes.count) }
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

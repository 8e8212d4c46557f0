/// A paragraph or heading rebuilt from printed lines.
public struct Paragraph: Hashable, Sendable {
    /// A section heading, or a paragraph of text.
    public enum Kind: Hashable, Sendable { case heading, text }

    public var kind: Kind
    /// The lines joined: PDF line breaks and mid-sentence blank lines removed.
    public var text: String
    /// First and last line number in the seed file.
    public var lines: ClosedRange<Int>
}

/// Rebuilds the paragraphs and section headings of one article body from its printed lines.
///
/// A newspaper column breaks lines at a fixed width, and the PDF text adds blank lines where a
/// paragraph crossed a column or a photo. The rules, from the typesetting:
/// - a line that does not end a sentence continues on the next line, across a blank line too;
/// - a line that ends a sentence ends its paragraph when a blank line follows, when it is short
///   of the column width, or when the next line opens with a lead sentence ("建强队伍“选得准”。…")
///   or a speaker's turn ("答：…");
/// - a heading is a paragraph-initial line with no sentence in it that is short of the column,
///   confirmed by what follows (a lead sentence), by its width, or by sibling headings of the
///   same shape; a heading may wrap onto a short second line.
public struct BodyLayout: Sendable {
    public private(set) var paragraphs: [Paragraph] = []

    /// `lines` are the body's lines in order, blank lines included (they mark possible breaks).
    /// `eachLineIsParagraph`: the text was copied from a web page, one paragraph a line.
    /// `headings`: line numbers of headings known from the page around the body.
    /// `openings`: how the page's paragraphs open, counted over all its bodies (this one's alone
    /// when nil).
    public init(
        lines: [TextLine], eachLineIsParagraph: Bool = false, headings known: [ClosedRange<Int>] = [],
        openings: ParagraphOpenings? = nil
    ) {
        let body = PrintedLines(lines)
        let (printed, blankBefore, indentBefore) = (body.lines, body.blankBefore, body.indentBefore)
        guard !printed.isEmpty else { return }
        let column = Self.columnWidth(of: printed)
        let breakBefore =
            eachLineIsParagraph
            ? Array(repeating: true, count: printed.count)
            : Self.sentenceBreaks(printed, blankBefore: blankBefore, column: column)
        let measure = Column(cells: column, characters: Self.columnCharacters(of: printed))
        let flush =
            (openings ?? ParagraphOpenings(printed, blankBefore: blankBefore, breakBefore: breakBefore, column: measure))
            .areFlush
        var headings = Self.headings(
            printed, blankBefore: blankBefore, breakBefore: breakBefore, column: measure, flush: flush,
            indentBefore: indentBefore)
        // On a page that marks paragraphs by their indent, an indented line whose text runs on
        // under it, no indent there, opens a paragraph: its width is short by the indent.
        headings.removeAll { range in
            range.count == 1 && indentBefore[range.lowerBound] && range.upperBound + 1 < printed.count
                && !blankBefore[range.upperBound + 1]
        }
        // Headings the page's layout showed (standing alone between blank lines) win over any
        // read here that overlaps them.
        for range in known {
            guard let first = printed.firstIndex(where: { $0.number == range.lowerBound }),
                let last = printed.firstIndex(where: { $0.number == range.upperBound }), first > 0
            else { continue }
            headings.removeAll { $0.overlaps(first...last) }
            headings.append(first...last)
        }
        headings.sort { $0.lowerBound < $1.lowerBound }
        paragraphs = Self.assemble(printed, breakBefore: breakBefore, headings: headings)
    }

    /// The width of a full line: a high percentile of the widths of the longer lines, so that
    /// short paragraph ends and headings do not pull it down.
    static func columnWidth(of lines: [TextLine]) -> Int {
        let widths = lines.map(\.width).sorted()
        guard let widest = widths.last else { return 0 }
        let long = widths.filter { $0 * 2 >= widest }
        return long[(long.count * 3) / 4 < long.count ? (long.count * 3) / 4 : long.count - 1]
    }

    /// The characters of a full line, as `columnWidth` takes the cells: a page that sets
    /// digits as wide as Han fits fewer of them than its width in cells says.
    static func columnCharacters(of lines: [TextLine]) -> Int {
        let counts = lines.map { Typography.scalarCount(of: $0.text) }.sorted()
        guard let most = counts.last else { return 0 }
        let long = counts.filter { $0 * 2 >= most }
        return long[(long.count * 3) / 4 < long.count ? (long.count * 3) / 4 : long.count - 1]
    }

    /// A full line's width in cells and in characters.
    struct Column {
        var cells: Int
        var characters: Int

        /// Short of the column by both measures: digits are half a Han character wide on some
        /// pages and a whole one on others.
        func isShort(_ line: TextLine, by margin: Int = shortMargin) -> Bool {
            line.width <= cells - margin && Typography.scalarCount(of: line.text) <= characters - margin / 2
        }

        /// Wider than a body line can be, compressed punctuation allowed for.
        func isWider(_ line: TextLine) -> Bool {
            line.width > cells + shortMargin / 2 && Typography.scalarCount(of: line.text) > characters + 1
        }
    }

    /// How much narrower than the column a line must be to count as short: three characters,
    /// more than a paragraph indent plus the jitter of compressed punctuation.
    static let shortMargin = 6

    /// How much narrower than the column a line that ends a sentence must be to end its
    /// paragraph: two characters. Compressed punctuation lets a line inside a paragraph run
    /// one character short, never two.
    static let endMargin = 4

    static func sentenceBreaks(_ lines: [TextLine], blankBefore: [Bool], column: Int) -> [Bool] {
        var breaks = Array(repeating: false, count: lines.count)
        breaks[0] = true
        for index in lines.indices.dropFirst() {
            let previous = lines[index - 1]
            guard previous.endsSentence else { continue }
            let text = lines[index].text
            breaks[index] =
                blankBefore[index] || previous.width <= column - endMargin || Self.opensWithLead(text)
                || SpeakerTurn.opens(text)
        }
        return breaks
    }

    /// True when the text opens with a short lead sentence: a few words, no digits, closed by a
    /// sentence ender ("压实工作责任。", "“走下去”听。", "建强阵地，夯实基础。").
    public static func opensWithLead(_ text: String) -> Bool { leadSentence(of: text) != nil }

    /// The opening lead sentence without its ender, if the text opens with one. A lead may have
    /// two parallel halves joined by a comma, each of at least three characters.
    public static func leadSentence(of text: String, maxLength: Int = maxLeadLength) -> String? {
        var length = 0
        var quotes = 0
        var commaAt: Int?
        for scalar in text.unicodeScalars.prefix(maxLength + 1) {  // scalars: this runs on every line
            if Typography.sentenceEnderScalars.contains(scalar) {
                guard length - quotes >= 3 else { return nil }
                if let commaAt, commaAt < 3 || length - commaAt - 1 < 3 { return nil }
                return String(text.unicodeScalars.prefix(length))
            }
            if scalar == "，" || scalar == ",", commaAt == nil {
                commaAt = length
            } else if Typography.clauseMarkScalars.contains(scalar) || Typography.isASCIIDigit(scalar) {
                return nil
            }
            if scalar == Typography.openingQuote || scalar == Typography.closingQuote { quotes += 1 }
            length += 1
        }
        return nil
    }

    public static let maxLeadLength = 16

    /// A line, or a line and the short one it wraps onto, that may be a heading.
    struct HeadingCandidate {
        var range: ClosedRange<Int>
        var text: String
        var confirmed: Bool
        /// As wide as the column: a heading only beside a sibling of the same marks.
        var fillsColumn = false
    }

    /// Line indices (first, last) of headings; `flush`: the page's paragraphs open flush.
    static func headings(
        _ lines: [TextLine], blankBefore: [Bool], breakBefore: [Bool], column: Column, flush: Bool,
        indentBefore: [Bool]
    ) -> [ClosedRange<Int>] {
        func nextOpensParagraph(after index: Int) -> Bool {
            index + 1 >= lines.count || blankBefore[index + 1] || opensWithLead(lines[index + 1].text)
        }
        var candidates: [HeadingCandidate] = []
        var index = 1  // the first paragraph is the lede
        while index < lines.count {
            defer { index += 1 }
            // A heading starts a paragraph: after a break, a heading, or a finished sentence.
            guard breakBefore[index] || lines[index - 1].endsSentence || candidates.last?.range.upperBound == index - 1
            else { continue }
            let line = lines[index]
            // An entry of a box of figures ("南坡村　31件"), read as ending a sentence, is none.
            guard Typography.characterCount(of: line.text) <= maxHeadingLength, index + 1 < lines.count,
                !SpeakerTurn.opens(line.text), !line.endsSentence || Typography.endsSentence(line.text),
                !Self.introducesWhatFollows(line.text)
            else { continue }
            let apart = blankBefore[index] && blankBefore[index + 1]
            if Self.readByItsMarks(line.text, at: index, apart: apart, into: &candidates) { continue }
            let next = lines[index + 1]
            let endsClause = !Self.hasClauseMark(next.text)
            let wrapsOntoShortLine =
                Self.wrapsOntoShortLine(lines, at: index, blankBefore: blankBefore, column: column)
                && nextOpensParagraph(after: index + 1)
            let numberedWrap = !blankBefore[index + 1] && Self.isNumberedWrap(line, next, column: column)
            if wrapsOntoShortLine || numberedWrap {
                // A paragraph that stops short of the column without finishing a sentence is none.
                let confirmed =
                    numberedWrap
                    || index + 2 < lines.count
                        && (opensWithLead(lines[index + 2].text)
                            || blankBefore[index + 2] && endsClause
                                && Typography.characterCount(of: line.text + next.text) <= maxHeadingLength)
                candidates.append(
                    HeadingCandidate(range: index...(index + 1), text: line.text + next.text, confirmed: confirmed))
                index += 1
            } else if column.isShort(line) {
                let confirmed =
                    !Self.isRightUnder(candidates.last, line: index, blankBefore: blankBefore)
                    && (opensWithLead(next.text) || column.isShort(line, by: column.cells / 5))
                candidates.append(HeadingCandidate(range: index...index, text: line.text, confirmed: confirmed))
            } else if breakBefore[index], Self.mayEndHeading(line.text),
                !line.text.unicodeScalars.contains(where: Typography.isASCIIDigit)
            {
                // Set apart from the column. As wide as one: a heading only among parallel siblings.
                // Over an indented paragraph, itself not indented, on a page that marks paragraphs
                // by their indent: a line that ends no sentence there ends no paragraph.
                let overIndent = indentBefore[index + 1] && !indentBefore[index] && blankBefore[index]
                let wider =
                    Self.isSetApart(line, over: next, column: column) || overIndent
                    || flush && blankBefore[index] && Self.isShortOfFlushColumn(line, over: next, column: column)
                candidates.append(
                    HeadingCandidate(range: index...index, text: line.text, confirmed: wider, fillsColumn: !wider))
            }
        }
        return confirmedBySiblings(candidates)
    }

    /// Wider than any body line, or two phrases set apart; or two characters short of the column
    /// over a lead sentence ("建机制“一起议”。……"), which a paragraph's first line seldom is.
    static func isSetApart(_ line: TextLine, over next: TextLine, column: Column) -> Bool {
        column.isWider(line) || isTwoPhrases(line.text)
            || column.isShort(line, by: shortMargin - 2) && opensWithLead(next.text)
    }

    /// Two characters or more short of a flush column, over a paragraph's full line: a justified
    /// line of Han fills the column but for a mark it pushes onto the next line, which then opens
    /// with that mark, or a figure or quoted word set whole there ("联户长守好“第一道门”" /
    /// "镇里依托“五户联防”，把……").
    static func isShortOfFlushColumn(_ line: TextLine, over next: TextLine, column: Column) -> Bool {
        guard column.isShort(line, by: 4), !column.isShort(next, by: 2),
            !line.text.utf8.contains(where: { $0 < 0x80 }), let opening = next.text.unicodeScalars.first
        else { return false }
        return !opening.isASCII && !Typography.endsClause(opening) && !Typography.closerScalars.contains(opening)
            && !Self.carriedWhole.contains(opening)
    }

    /// Marks that go onto the next line with their word when the column breaks before it (dashes,
    /// an ellipsis, a middle dot, the opening quote or bracket of a term set whole): a line
    /// short before one is no heading.
    static let carriedWhole = ScalarSet(["—", "…", "·", "“", "‘", "《", "（", "(", "【", "「"])

    /// A heading wraps onto a short line no wider than its first, or onto any short line when the
    /// two stand between blank lines, the first over a third of the column ("某某的烦心事" /
    /// "在“某某角”化解") or closing its first clause ("小事不出组，" / "协商就在家门口"), as a narrow
    /// column sets a heading by its sense. Its second line ends its last clause; a short line with
    /// clauses in it may end a column inside a paragraph.
    static func wrapsOntoShortLine(_ lines: [TextLine], at index: Int, blankBefore: [Bool], column: Column) -> Bool {
        let (line, next) = (lines[index], lines[index + 1])
        let between = blankBefore[index] && (index + 2 == lines.count || blankBefore[index + 2]) && column.isShort(line)
        let closesClause = line.text.last.map(Typography.clauseMarks.contains) == true
        let apart = between && (line.width * 3 > column.cells || closesClause)
        // Broken at its comma, the second line may run nearly to the column ("标准定下来，" /
        // "婚丧喜事大操大办刹住了"): a paragraph's last line would end a sentence.
        let shortSecond =
            next.width * 2 <= column.cells || column.isShort(next) && !hasClauseMark(next.text)
            || between && closesClause && next.width < column.cells && !hasClauseMark(next.text)
        // A line with a heading's number of its own ("（一）……") is the next heading.
        return shortSecond && (next.width <= line.width || apart) && !hasSentenceInside(next.text) && !next.endsSentence
            && !blankBefore[index + 1] && HeadingNumber(next.text) == nil
    }

    /// "……情况如下：": a line closed by a colon introduces the list, table or speech after it.
    static func introducesWhatFollows(_ text: String) -> Bool {
        guard let last = text.unicodeScalars.last else { return false }
        return last == "：" || last == ":"
    }

    /// A numbered heading ("贰　龙舟协会" / "管起大事小事") wrapped onto a short line that ends its
    /// clause, whatever follows.
    static func isNumberedWrap(_ line: TextLine, _ next: TextLine, column: Column) -> Bool {
        HeadingNumber(line.text) != nil && HeadingNumber(next.text) == nil && column.isShort(next)
            && !hasClauseMark(next.text) && !next.endsSentence && !hasSentenceInside(next.text)
            && Typography.characterCount(of: line.text + next.text) <= maxHeadingLength
    }

    /// True when the line's marks tell what it is, with its candidate appended if it may be a
    /// heading: a sentence is none, but a question alone on its line ("鼓楼里议什么？") is one beside
    /// a sibling question, and a short phrase closed by a full stop between blank lines beside two;
    /// a line wholly in lenticular brackets ("【网格细到每一户】") is one at any
    /// width, the brackets being a heading's typography.
    static func readByItsMarks(
        _ text: String, at index: Int, apart: Bool, into candidates: inout [HeadingCandidate]
    ) -> Bool {
        if hasSentenceInside(text) {
            if isQuestion(text) {
                candidates.append(HeadingCandidate(range: index...index, text: text, confirmed: false))
            } else if apart, isStatedPhrase(text) {
                // "办事少跑腿。" between blank lines: a heading set as a sentence, only among two
                // parallel siblings.
                candidates.append(
                    HeadingCandidate(range: index...index, text: text, confirmed: false, fillsColumn: true))
            }
            return true
        }
        guard let last = text.last, last == "】" || last == "〗",
            Typography.headingWords(text) != Typography.droppingBullets(text)
        else { return false }
        candidates.append(HeadingCandidate(range: index...index, text: text, confirmed: true))
        return true
    }

    /// Right under a heading, with no blank line between: a paragraph's first line cut by a column
    /// break, which only siblings of its shape confirm as a heading.
    static func isRightUnder(_ heading: HeadingCandidate?, line index: Int, blankBefore: [Bool]) -> Bool {
        !blankBefore[index] && heading?.range.upperBound == index - 1
    }

    /// The candidates that are headings: the confirmed ones, and the others that have siblings of
    /// the same shape (enough of them, with the same clauses, for one as wide as the column).
    static func confirmedBySiblings(_ candidates: [HeadingCandidate]) -> [ClosedRange<Int>] {
        // Shapes only compare the unconfirmed with their siblings.
        guard candidates.contains(where: { !$0.confirmed }) else { return candidates.map(\.range) }
        let shapes = candidates.map { HeadingShape($0.text) }
        let numbers = candidates.map { HeadingNumber($0.text) }
        return candidates.indices.compactMap { position in
            let candidate = candidates[position]
            guard !candidate.confirmed else { return candidate.range }
            if let number = numbers[position], numbers.contains(where: { $0.map(number.isNext) ?? false }) {
                return candidate.range
            }
            let siblings = shapes.indices.filter { other in
                other != position && shapes[other].matches(shapes[position])
                    && (!candidate.fillsColumn
                        || shapes[other].clauses == shapes[position].clauses
                            && (shapes[position].clauses.last ?? 0) >= Self.minLastClause)
            }
            if siblings.count >= (candidate.fillsColumn ? Self.parallelSiblings : 1) { return candidate.range }
            // One confirmed heading that opens the same way, marks and all ("从“甲”到“乙”，……"):
            // a paragraph's first line seldom repeats a heading's quotes and clause.
            let opensInParallel = candidates.indices.contains { other in
                other != position && candidates[other].confirmed
                    && shapes[other].opensInParallel(with: shapes[position])
            }
            return candidate.fillsColumn && (opensInParallel || sharesBullet(position, candidates))
                ? candidate.range : nil
        }
    }

    /// A line as wide as the column that opens with the bullet a confirmed heading opens with
    /// ("◆一张积分卡兑出老街巷的新风气" beside "◆一条街巷一名巷长"), with no clause mark: the
    /// page's headings all wear that bullet, and a paragraph's first line wears none.
    static func sharesBullet(_ position: Int, _ candidates: [HeadingCandidate]) -> Bool {
        guard let bullet = candidates[position].text.unicodeScalars.first, Typography.isBullet(bullet),
            !hasClauseMark(candidates[position].text)
        else { return false }
        return candidates.indices.contains { other in
            other != position && candidates[other].confirmed && candidates[other].text.unicodeScalars.first == bullet
        }
    }

    /// A clause mark among the text's Characters. On scalars when each is a Character of its own
    /// (`Typography.standsAlone`; no such scalar is canonically equal to a mark but the mark):
    /// this is asked of the line after every short one, and hashing Characters cost more.
    static func hasClauseMark(_ text: String) -> Bool {
        let marks = Typography.clauseMarkScalars  // read once: each static's access checks its initialisation
        var found = false
        for scalar in text.unicodeScalars {
            guard Typography.standsAlone(scalar) else { return text.contains(where: Typography.clauseMarks.contains) }
            if marks.contains(scalar) { found = true }
        }
        return found
    }

    /// The line's last Character is neither a clause mark nor a mid-phrase particle. On its last
    /// scalar when that and the one before stand alone (so the scalar is the Character), and it
    /// is no compatibility ideograph (one equals a unified ideograph as a Character).
    static func mayEndHeading(_ text: String) -> Bool {
        let scalars = text.unicodeScalars
        guard let last = scalars.last else { return false }
        let lastIndex = scalars.index(before: scalars.endIndex)
        let before = lastIndex > scalars.startIndex ? scalars[scalars.index(before: lastIndex)] : " "
        guard Typography.standsAlone(last), Typography.standsAlone(before), !Typography.isCompatibilityIdeograph(last)
        else {
            let character = text.last!
            return !Typography.clauseMarks.contains(character) && !midPhraseEndings.contains(character)
        }
        return !Typography.clauseMarkScalars.contains(last) && !midPhraseEndingScalars.contains(last)
    }

    /// A sentence ender anywhere in the text. On its UTF-8, passing over U+4000–U+9FFF (lead
    /// bytes E4–E9), where no ender is: this is asked of most lines of a body.
    static func hasSentenceInside(_ text: String) -> Bool {
        var text = text  // withUTF8 needs it mutable; a native text is read in place
        let enders = Typography.sentenceEnderScalars  // read once: each static's access checks its initialisation
        return text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                if (0xE4...0xE9).contains(bytes[index]) {
                    index += 3
                    continue
                }
                let (scalar, length) = Typography.scalar(in: bytes, at: index)
                if enders.contains(scalar) { return true }
                index += length
            }
            return false
        }
    }

    /// One question of a phrase's length, without clauses or figures: "议定了谁来办？".
    static func isQuestion(_ text: String) -> Bool {
        guard let last = text.unicodeScalars.last, last == "？" || last == "?" else { return false }
        // A numbered question ("一、钱从哪里来？", "1.人从哪里来？") is one after its number.
        let words = text.unicodeScalars.dropFirst(HeadingNumber(text)?.length ?? 0).dropLast()
        return words.count >= minQuestionLength && words.allSatisfy(Typography.isHan)
    }

    static let minQuestionLength = 4

    /// A short phrase of Han closed by a full stop, alone on its line ("代办有专人。").
    static func isStatedPhrase(_ text: String) -> Bool {
        guard let last = text.unicodeScalars.last, last == "。" else { return false }
        let words = text.unicodeScalars.dropLast()
        return (minQuestionLength...maxStatedPhrase).contains(words.count) && words.allSatisfy(Typography.isHan)
    }

    static let maxStatedPhrase = 8

    /// Two phrases set apart by a space, each of four characters or more and neither with a
    /// clause mark ("议题大家提 代表轮流当"): a heading's form, which PDF text keeps and a body
    /// line, set solid, never has.
    static func isTwoPhrases(_ text: String) -> Bool {
        let parts = text.unicodeScalars.split(whereSeparator: { $0 == " " || $0 == "　" })
        return parts.count == 2
            && parts.allSatisfy { part in
                part.count >= 4 && part.contains(where: Typography.isHan)
                    && !part.contains { Typography.clauseMarkScalars.contains($0) || $0.isASCII }
            }
    }

    /// A heading as wide as the column needs this many siblings of the same clause lengths
    /// ("严把入口“选优”，夯实队伍根基" among two more): a paragraph's first lines are often
    /// alike, three set in parallel seldom.
    static let parallelSiblings = 2
    /// ...and a last clause of a phrase's length: a paragraph's first line ends on whatever
    /// word the column cut ("……工程，精选").
    static let minLastClause = 4
    /// Particles that end a line only inside a phrase ("按照事项类别的"), never a heading.
    static let midPhraseEndings: Set<Character> = [
        "的", "和", "与", "及", "并", "而", "或", "对", "把", "被", "将", "从", "向", "在",
    ]

    static let midPhraseEndingScalars = ScalarSet(midPhraseEndings)

    static let maxHeadingLength = 32

    static func assemble(_ lines: [TextLine], breakBefore: [Bool], headings: [ClosedRange<Int>]) -> [Paragraph] {
        var paragraphs: [Paragraph] = []
        // The open paragraph as its first and last line: its text joined once, when it closes,
        // rather than grown line by line.
        var current: ClosedRange<Int>?
        func flush(_ kind: Paragraph.Kind) {
            if let open = current {
                let numbers = lines[open.lowerBound].number...lines[open.upperBound].number
                let text = lines[open].map(\.text).joined()
                paragraphs.append(
                    Paragraph(kind: kind, text: kind == .text ? StraightQuotes.paired(text) : text, lines: numbers))
            }
            current = nil
        }
        // Per line, the heading that starts there (of two, the later given, as a map would keep).
        var headingAt = [ClosedRange<Int>?](repeating: nil, count: lines.count)
        for heading in headings { headingAt[heading.lowerBound] = heading }
        var index = 0
        while index < lines.count {
            if let heading = headingAt[index] {
                flush(.text)
                current = heading
                flush(.heading)
                index = heading.upperBound + 1
                continue
            }
            if breakBefore[index] { flush(.text) }
            current = current.map { $0.lowerBound...index } ?? index...index
            index += 1
        }
        flush(.text)
        return paragraphs
    }
}

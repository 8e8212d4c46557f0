import Foundation
import JingyanLayout

/// An article's lines as found on the page, before its structure is read.
struct ArticleDraft: Sendable {
    /// Body lines in order, blank lines included; photo captions and page furniture removed.
    var body: [TextLine]
    /// The title block: printed after the body, or before it in a title-first report.
    var titleBlock: [TitleLine]
    /// First and last line number, title block included.
    var lines: ClosedRange<Int>
    /// One paragraph a line: a report copied from a web page rather than a PDF column.
    var unwrapped = false
    /// What the segmentation was unsure of, for the review list.
    var doubts: [String] = []
    /// Headings standing alone between blank lines, by line number.
    var headings: [ClosedRange<Int>] = []
    /// How the paragraphs of the page's bodies open (full or short), counted over all of them.
    var openings: ParagraphOpenings?
    /// The page's running heads and a web copy's fields, one a line (`Furniture.printed`).
    var printedAround = ""
    /// Its title is a heading printed with a jump marker ("标题（上接第5版）"): the end of a report
    /// begun on another page, which may name no place of its own.
    var continuesReport = false

    static let continuationNote = "接续其他版面的报道：请核对地点和作者"

    /// The title block's title lines, run together.
    var titleText: String { titleBlock.filter { $0.role == .title }.map(\.line.text).joined() }

    /// Lets go of the lines, once the article is read.
    mutating func release() {
        body = []
        titleBlock = []
    }
}

struct TitleLine: Hashable, Sendable {
    var line: TextLine
    var role: LineRole
}

/// Splits a page into articles and photo captions.
///
/// The steps, each on the result of the one before:
/// 1. photo captions and page furniture (running heads) are taken out, leaving blank lines;
/// 2. the rest falls into chunks, the runs of printed lines between blank lines (on a web copy,
///    every line is a chunk of its own);
/// 3. each chunk made only of short lines with no sentence (titles, bylines, place tags, headings
///    wrapped over two lines) is a label chunk; neighbouring label chunks form a group;
/// 4. a group is a title block when a byline or place tag anchors it, when it opens the page, or
///    when its evidence outweighs that of a wrapped heading (`LabelGroupScorer`);
/// 5. the bodies between title blocks become articles; a body that two articles share — a
///    title-first report followed by one whose block comes after its body — is cut where the
///    places the text names change over from one report's to the other's (`BodySplitter`).
struct PageSegmenter {
    let lexicon: Lexicon
    let roles: LineRoleReader
    let captionFinder: CaptionFinder
    let splitter: BodySplitter
    let weights: SegmentationWeights

    init(lexicon: Lexicon, places: PlaceNames, weights: SegmentationWeights) {
        self.lexicon = lexicon
        roles = LineRoleReader(lexicon: lexicon, places: places)
        captionFinder = CaptionFinder(lexicon: lexicon)
        splitter = BodySplitter(roles: roles, weights: weights)
        self.weights = weights
    }

    struct Result {
        var articles: [ArticleDraft]
        var captions: [CaptionDraft]
    }

    func segment(_ page: PageText) -> Result {
        // The closures below capture these, not `self`: a capture of `self` copied the whole
        // segmenter (a retain of each of its references) and released it after.
        let lexicon = lexicon
        let roles = roles
        let unwrapped =
            page.holdsParagraphsOnOneLine || Self.isUnwrapped(page.lines) { lexicon.isPageFurniture($0.text) }
        var captions: [CaptionDraft] = []
        var removed = Set<Int>()  // line numbers of captions and furniture
        for block in page.blocks {
            for caption in captionFinder.captions(in: block, unwrapped: unwrapped) { roles.role(of: $0).isAnchor } {
                if !caption.text.isEmpty { captions.append(caption) }  // not a photo's source alone
                removed.formUnion(caption.lines)
            }
        }
        let furniture = furniture(in: page.lines, labelsAround: !unwrapped)
        removed.formUnion(furniture.removed)
        let credited = separatingClosingCredits(
            separatingSharedLabels(
                removed.isEmpty && furniture.replaced.isEmpty
                    ? page.lines
                    : page.lines.map { line in
                        if let text = furniture.replaced[line.number] {
                            return TextLine(number: line.number, text: text)
                        }
                        return removed.contains(line.number) ? TextLine(number: line.number, text: "") : line
                    }))
        let entries = Self.figureBoxEntries(credited.lines)
        let lines =
            entries.isEmpty
            ? credited.lines
            : credited.lines.indices.map { index in
                entries.contains(index) ? credited.lines[index].endingSentence : credited.lines[index]
            }
        let columnWidth = PageLayout.columnWidth(of: lines)
        let lineRoles = roles.refiningUnderBylines(
            lines.indices.map { lines[$0].isBlank || entries.contains($0) ? .body : roles.role(of: lines[$0].text) },
            lines: lines, columnWidth: unwrapped ? .max : columnWidth)
        let chunks = Self.chunks(of: lines, unwrapped: unwrapped).flatMap {
            Self.splittingLabelRuns($0, lines: lines, roles: lineRoles)
        }.flatMap { chunk in
            Self.splittingBriefTitle(chunk, lines: lines, roles: lineRoles) { lexicon.opensNewsBrief($0.text) }
        }.flatMap { Self.splittingTwoBlocks($0, lines: lines, roles: lineRoles) }
        var layout = PageLayout(
            lines: lines, chunks: chunks, roles: lineRoles, unwrapped: unwrapped, closingCredits: credited.credits,
            columnWidth: columnWidth)
        layout.jumpsOut = Set(lines.indices.filter { furniture.jumpsOut.contains(lines[$0].number) })
        layout.continuedHeadings = Set(lines.indices.filter { furniture.continuedHeadings.contains(lines[$0].number) })
        layout.titlesUnderLabels = Set(lines.indices.filter { furniture.titlesUnderLabels.contains(lines[$0].number) })
        let found = LabelGroupScorer(lexicon: lexicon, roles: roles, weights: weights).titleBlocks(in: layout)
        for index in found.foldedLines { layout.lines[index] = TextLine(number: lines[index].number, text: "") }
        let articles = Self.noting(assemble(layout, blocks: found.blocks), found: found, furniture: furniture)
        return Result(articles: articles, captions: captions)
    }

    /// The articles with what the page says around them: their headings, the running heads, and
    /// whether each is a report's end continued from another page.
    static func noting(
        _ assembled: [ArticleDraft], found: LabelGroupScorer.Found, furniture: Furniture
    )
        -> [ArticleDraft]
    {
        var articles = assembled
        let printedAround = furniture.printed.joined(separator: "\n")
        let openings = articles.filter { !$0.unwrapped }.reduce(ParagraphOpenings()) {
            $0 + ParagraphOpenings(lines: $1.body)
        }
        for index in articles.indices {
            articles[index].openings = openings
            articles[index].headings = found.headings.filter { articles[index].lines.contains($0.lowerBound) }
            articles[index].printedAround = printedAround
            if articles[index].titleBlock.contains(where: { furniture.continuedHeadings.contains($0.line.number) }) {
                articles[index].continuesReport = true
                articles[index].doubts.append(ArticleDraft.continuationNote)
            }
        }
        return joiningContinuedEnds(articles, jumpsOut: furniture.jumpsOut)
    }

    /// A report that jumps ("（下转第7版）") to a continued end further on in the same text (two pages
    /// in one file), under a heading naming it: the end joined to it, not read as a report of its own.
    static func joiningContinuedEnds(_ articles: [ArticleDraft], jumpsOut: Set<Int>) -> [ArticleDraft] {
        guard !jumpsOut.isEmpty, articles.contains(where: \.continuesReport) else { return articles }
        // A jump line closes the last report begun above it.
        let jumpsFrom = Set(jumpsOut.compactMap { jump in articles.lastIndex { $0.lines.lowerBound <= jump } })
        var joined: [ArticleDraft] = []
        var jumping: [Int] = []  // indices into `joined` of the reports that jump
        for (index, article) in articles.enumerated() {
            guard article.continuesReport,
                let match = ContinuedTitle.begun(article.titleText, among: jumping.map { joined[$0].titleText })
            else {
                if jumpsFrom.contains(index) { jumping.append(joined.count) }
                joined.append(article)
                continue
            }
            var begun = joined[jumping[match]]
            begun.body += [TextLine(number: article.lines.lowerBound, text: "")] + article.body
            begun.lines = begun.lines.lowerBound...max(begun.lines.upperBound, article.lines.upperBound)
            begun.headings += article.headings
            joined[jumping[match]] = begun
        }
        return joined
    }

    /// A web copy: a third of its text lines are wider than any newspaper column, or (a short
    /// copy of a few paragraphs) one is, and no line after it breaks in the middle of a sentence,
    /// as the lines of every column of a printed page do. The lines above the first wide one
    /// are a copy's title and byline; a site's furniture after the text ("（责编：某某）", share
    /// controls) ends no sentence and breaks none. Or, with one line wider than a column, its
    /// other paragraphs are as short as a column (a post's): then two in three of its lines as
    /// wide as the narrowest column end a sentence, where a column's lines mostly break inside one.
    /// Not when most of its wide lines break inside a sentence: a column wider than most. Lines
    /// of page furniture (a post's counts, its links) count as text only where that is enough.
    static func isUnwrapped(_ lines: [TextLine], isFurniture: (TextLine) -> Bool) -> Bool {
        // A page with no line wider than a column is none, whatever its furniture (asked of
        // every line below, its dearest test).
        guard lines.contains(where: { $0.width > unwrappedWidth }) else { return false }
        var printed = 0
        var wide = 0
        var brokenMidSentence = 0
        var columnWide = 0
        var columnWideEndingSentence = 0
        var wideBroken = 0  // wide lines that break inside a sentence, the text going on below
        var brokenAbove = 0  // lines before the first wide one that do
        for (index, line) in lines.enumerated() where !line.isBlank {
            printed += 1
            if line.width >= narrowestColumnWidth {
                columnWide += 1
                if line.endsSentence { columnWideEndingSentence += 1 }
            }
            let goesOn = !line.endsSentence && index + 1 < lines.count && !lines[index + 1].isBlank
            if line.width > unwrappedWidth {
                wide += 1
                if goesOn { wideBroken += 1 }
            } else if goesOn, !isFurniture(line) {
                if wide > 0 { brokenMidSentence += 1 } else { brokenAbove += 1 }
            }
        }
        // A wide column's lines break inside sentences; a copy's paragraphs end theirs.
        if wideBroken * 2 > wide { return false }
        if wide > 0, columnWideEndingSentence >= 3 {
            // A post's header lines (its authors' line, its date) are furniture, no column's lines.
            if columnWideEndingSentence * 3 >= columnWide * 2 { return true }
            let header = lines.count { $0.width >= narrowestColumnWidth && !$0.endsSentence && isFurniture($0) }
            if columnWideEndingSentence * 3 >= (columnWide - header) * 2 { return true }
        }
        // One wide line under a page's columns (a page foot's fields) makes no copy.
        guard wide >= 2 else { return wide == 1 && brokenMidSentence == 0 && brokenAbove < Self.columnBreaks }
        if wide * 3 >= printed { return true }
        // A site's lines around the text (counts, links to other posts, comments) are not text.
        let text = lines.filter { !$0.isBlank && !isFurniture($0) }.count
        return wide * 3 >= text
    }

    /// Lines broken inside a sentence that show a printed column above a page's one wide line.
    static let columnBreaks = 3

    /// A newspaper column is at most about 30 characters wide (60 cells).
    static let unwrappedWidth = 64
    /// ...and at least 12 (24 cells).
    static let narrowestColumnWidth = 24

    static func chunks(of lines: [TextLine], unwrapped: Bool) -> [Range<Int>] {
        var chunks: [Range<Int>] = []
        var start: Int?
        for (index, line) in lines.enumerated() {
            if line.isBlank {
                if let open = start { chunks.append(open..<index) }
                start = nil
            } else if unwrapped {
                chunks.append(index..<(index + 1))
            } else if start == nil {
                start = index
            }
        }
        if let open = start { chunks.append(open..<lines.count) }
        return chunks
    }

    /// A chunk cut around the runs of label lines inside it that hold a byline or place tag and
    /// follow a finished sentence: a page copied without blank lines has its title blocks there.
    static func splittingLabelRuns(_ chunk: Range<Int>, lines: [TextLine], roles: [LineRole]) -> [Range<Int>] {
        var pieces: [Range<Int>] = []
        var start = chunk.lowerBound
        var index = chunk.lowerBound
        while index < chunk.upperBound {
            guard index == chunk.lowerBound || lines[index - 1].endsSentence, roles[index] != .body else {
                index += 1
                continue
            }
            var end = index
            while end < chunk.upperBound, roles[end] != .body, end - index < LabelGroupScorer.maxChunkLines { end += 1 }
            if index > chunk.lowerBound, end == chunk.upperBound,
                Self.isTitleOverNextByline(index..<end, lines: lines, roles: roles)
            {
                pieces.append(start..<index)
                start = index
                break
            }
            guard let lastAnchor = roles[index..<end].lastIndex(where: \.isAnchor),
                index > chunk.lowerBound || Self.isTitleOverByline(index..<end, lines: lines, roles: roles)
            else {
                index += 1
                continue
            }
            // Lines with clause marks after the byline, no title among them: the body's first lines.
            if roles[(lastAnchor + 1)..<end].allSatisfy({ $0 == .headingLike }) { end = lastAnchor + 1 }
            pieces.append(start..<index)
            pieces.append(index..<end)
            start = end
            index = end
        }
        if start < chunk.upperBound { pieces.append(start..<chunk.upperBound) }
        return pieces.filter { !$0.isEmpty }
    }

    /// Title lines closing a chunk right under a finished sentence, a byline after the blank line
    /// below them ("……经验。" / "一面“明白墙”" / "理顺村务账" / "" / "□某某"): the next report's title,
    /// printed with no blank line above it.
    static func isTitleOverNextByline(_ run: Range<Int>, lines: [TextLine], roles: [LineRole]) -> Bool {
        guard run.count <= Self.maxRunInTitleLines, run.allSatisfy({ roles[$0] == .title }),
            let next = lines[run.upperBound...].firstIndex(where: { !$0.isBlank }), next > run.upperBound
        else { return false }
        return roles[next] == .byline
    }

    /// A title wrapped over three lines at most, run on under a report's end.
    static let maxRunInTitleLines = 3

    /// A title line, then a byline that ends no clause: a title block at a chunk's top, over its
    /// body with no blank line.
    static func isTitleOverByline(_ run: Range<Int>, lines: [TextLine], roles: [LineRole]) -> Bool {
        guard let byline = run.first(where: { roles[$0] == .byline }),
            let last = Typography.lastScalar(of: lines[byline].text), !Typography.clauseMarkScalars.contains(last)
        else { return false }
        return roles[run.lowerBound..<byline].contains(.title) && !roles[run.lowerBound..<byline].contains(.place)
    }

    /// A chunk that opens with a news brief's title, its opening line ("本报讯 近日，……") right
    /// under it with no blank line between: cut before the opening, so the title is a label chunk.
    static func splittingBriefTitle(
        _ chunk: Range<Int>, lines: [TextLine], roles: [LineRole], opensBrief: (TextLine) -> Bool
    ) -> [Range<Int>] {
        let titleLines = chunk.prefix(maxBriefTitleLines + 1).prefix { roles[$0] != .body && !lines[$0].endsSentence }
        guard let opening = titleLines.last.map({ $0 + 1 }), opening < chunk.upperBound, opensBrief(lines[opening])
        else { return [chunk] }
        return [chunk.lowerBound..<opening, opening..<chunk.upperBound]
    }

    static let maxBriefTitleLines = 3

    /// Two or more lines in a row each a label and a figure ("议定事项328件" / "村民满意率97.8%") or a
    /// table's row: a box of figures, each entry a paragraph of body, not a title wrapped over lines.
    static let maxFigureEntryBytes = 64
    /// A table's row of figures, copied as one line (`LineRoleReader.isFigureRow`).
    static let maxFigureRowBytes = 160

    static func figureBoxEntries(_ lines: [TextLine]) -> Set<Int> {
        // An entry is short and holds a digit: most lines are refused on their bytes.
        let isEntry = lines.map { line in
            !line.isBlank && line.text.utf8.count <= Self.maxFigureRowBytes
                && line.text.utf8.contains(where: { (0x30...0x39).contains($0) })
                && (line.text.utf8.count <= Self.maxFigureEntryBytes && LineRoleReader.isFigureEntry(line.text)
                    || LineRoleReader.isFigureRow(line.text))
        }
        return Set(
            lines.indices.filter { index in
                isEntry[index] && (index > 0 && isEntry[index - 1] || index + 1 < lines.count && isEntry[index + 1])
            })
    }

    /// A chunk opening with two title blocks printed with no blank line between: one closing the
    /// report above ("标题" / "本报记者 某某" / "某县某镇") and one heading the text below ("标题" /
    /// "通讯员 某某"). Cut where a title line follows an anchor, when the second side holds a title
    /// line and an anchor and the first one too, or two anchors (its title lines above a blank
    /// line); the body after the second block is a chunk of its own. The second side's anchor may
    /// stand after a blank line, when the chunk is all labels ("标题" / "" / "记者 某某").
    static func splittingTwoBlocks(_ chunk: Range<Int>, lines: [TextLine], roles: [LineRole]) -> [Range<Int>] {
        let run = chunk.prefix { roles[$0] != .body }
        guard run.count >= 4 else { return [chunk] }
        let anchorFollows =
            run.upperBound == chunk.upperBound
            && lines[chunk.upperBound...].firstIndex(where: { !$0.isBlank }).map { roles[$0].isAnchor } == true
        func isTitle(_ index: Int) -> Bool { roles[index] == .title || roles[index] == .headingLike }
        func isBlock(_ lines: Range<Int>, anchorsAlone: Bool) -> Bool {
            let anchors = lines.filter { roles[$0].isAnchor }.count
            return (anchors > 0 || !anchorsAlone && anchorFollows) && lines.contains(where: isTitle)
                || anchorsAlone && anchors >= 2
        }
        for cut in run.dropFirst(2) where roles[cut - 1].isAnchor && isTitle(cut) {
            guard isBlock(run.lowerBound..<cut, anchorsAlone: true), isBlock(cut..<run.upperBound, anchorsAlone: false)
            else { continue }
            return [run.lowerBound..<cut, cut..<run.upperBound, run.upperBound..<chunk.upperBound].filter {
                !$0.isEmpty
            }
        }
        return [chunk]
    }
}

/// A page's lines with what the segmenter has learnt of them.
struct PageLayout {
    var lines: [TextLine]
    /// Runs of printed lines between blank lines, as index ranges into `lines`.
    var chunks: [Range<Int>]
    /// Each line's role read from its own text, by index into `lines`.
    var roles: [LineRole]
    var unwrapped: Bool
    /// The indices of the lines that hold a news brief's closing credit (`separatingClosingCredits`).
    var closingCredits: Set<Int>
    /// The indices of the lines where a report left the page ("（下转第3版）"): it ends there.
    var jumpsOut = Set<Int>()
    /// The indices of the headings a report's end is printed under with its jump marker
    /// ("标题（上接第5版）"): each heads a report of its own.
    var continuedHeadings = Set<Int>()
    /// The indices of titles under a dropped label (`Furniture.titlesUnderLabels`): each heads a piece.
    var titlesUnderLabels = Set<Int>()

    func hasSentence(in range: Range<Int>) -> Bool { lines[range].contains(where: \.endsSentence) }

    /// The width (in cells) that most lines have: the column's, on a printed page.
    let columnWidth: Int

    init(
        lines: [TextLine], chunks: [Range<Int>], roles: [LineRole], unwrapped: Bool, closingCredits: Set<Int>,
        columnWidth: Int
    ) {
        self.lines = lines
        self.chunks = chunks
        self.roles = roles
        self.unwrapped = unwrapped
        self.closingCredits = closingCredits
        self.columnWidth = columnWidth
    }

    /// The width (in cells) that most printed lines have.
    static func columnWidth(of lines: [TextLine]) -> Int {
        var counts: [Int: Int] = [:]
        for line in lines where !line.isBlank { counts[line.width, default: 0] += 1 }
        return counts.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key ?? 0
    }

    /// The line is as wide as the column: to a cell as a PDF measures it, or counting each
    /// character as one full-width cell, as a page laid out by hand counts half-width figures.
    func fillsColumn(_ line: TextLine) -> Bool {
        abs(line.width - columnWidth) <= 1 || abs(line.text.count * 2 - columnWidth) <= 1
    }

    /// A line of the column's full width that holds a clause mark: a body line that a blank line
    /// (a column break) set apart, not a title ("走进某某县……，货架上摆满"); ending on a comma too
    /// when another clause mark comes before it ("零下二十多度的早晨，……已经封冻，").
    func isCutBodyLine(_ index: Int) -> Bool {
        guard !unwrapped, roles[index] == .headingLike, fillsColumn(lines[index]), let last = lines[index].text.last
        else { return false }
        guard Typography.clauseMarks.contains(last) else { return true }
        return last == "，" && lines[index].text.dropLast().contains(where: Typography.clauseMarks.contains)
    }
}

/// The lines of one title block and where it stands on the page.
struct TitleBlock {
    /// Index range into the page's lines, blank lines between its chunks included.
    var range: Range<Int>
    var lines: [TitleLine]
    var hasTitle: Bool

    /// Its title lines read together, as the places and quotes of a title are looked for.
    var titleText: String { lines.filter { $0.role == .title || $0.role == .headingLike }.map(\.line.text).joined() }
}

import JingyanLayout

/// Finds the title blocks of a page among its label chunks.
///
/// A label chunk is a chunk of at most `maxChunkLines` lines, none of which holds a sentence,
/// standing where a paragraph may start (after a finished sentence, another label chunk or
/// the page's start). Neighbouring label chunks form a group. A group is a title block when
/// - it opens the page (a title-first report), or
/// - a byline or a place tag anchors it, or a heading printed with a jump marker ("标题（上接第5版）"), or
/// - it holds only title lines and the evidence for a title outweighs that for a heading
///   wrapped over two lines: a place named in it, a report's opening after it, the page's end
///   after it, and enough body on both sides (`titleEvidence`). On a web copy only a last group
///   may be such a title, and not after a copy whose title comes first: a site's controls or
///   links after it are no second report.
struct LabelGroupScorer {
    let lexicon: Lexicon
    let roles: LineRoleReader
    let weights: SegmentationWeights

    /// A kicker, a title over two lines, a byline and a place tag, with no blank line between.
    static let maxChunkLines = 6
    /// A kicker's lines with clause marks over a title.
    static let maxKickerLines = 2
    /// A narrow column wraps a title over three lines and a byline over three more: lines of
    /// bylines and place tags beyond `maxChunkLines`, each an anchor of its own.
    static let maxAnchorLinesOver = 3

    struct Found {
        var blocks: [TitleBlock] = []
        /// Label groups that are no title block: headings standing alone, by line number.
        var headings: [ClosedRange<Int>] = []
        /// Indices of the lines of bylines folded into the block above them, read as blank in the body.
        var foldedLines = Set<Int>()
    }

    func titleBlocks(in layout: PageLayout) -> Found {
        let groups = labelGroups(in: layout)
        var blocks: [TitleBlock] = []
        var headings: [ClosedRange<Int>] = []
        for (position, group) in groups.enumerated() {
            let members = group.flatMap { layout.chunks[$0] }
            let titleLines = members.map { TitleLine(line: layout.lines[$0], role: role(at: $0, in: layout)) }
            let range = layout.chunks[group[0]].lowerBound..<layout.chunks[group[group.count - 1]].upperBound
            let hasTitle = titleLines.contains { $0.role == .title || $0.role == .headingLike }
            let block = TitleBlock(range: range, lines: titleLines, hasTitle: hasTitle)
            let previousEnd = blocks.last?.range.upperBound ?? 0
            if !layout.hasSentence(in: 0..<range.lowerBound) {
                if hasTitle || titleLines.contains(where: \.role.isAnchor) { blocks.append(block) }
            } else if titleLines.contains(where: \.role.isAnchor)
                || members.contains(where: {
                    layout.continuedHeadings.contains($0) || layout.titlesUnderLabels.contains($0)
                })
            {
                blocks.append(Self.closingCredits(block, layout: layout) ?? block)
            } else if titleLines.allSatisfy({ $0.role == .title }),
                !layout.unwrapped || headsNewsBrief(range, layout: layout)
                    || (position == groups.count - 1 && !Self.isOneTitleFirstReport(blocks, layout: layout))
            {
                // Up to the next group that may hold a title: a lone clause between blank lines is body.
                let next = groups[(position + 1)...].first { group in
                    group.flatMap { layout.chunks[$0] }.contains { layout.roles[$0] != .headingLike }
                }
                let nextStart = next.map { layout.chunks[$0[0]].lowerBound } ?? layout.lines.count
                let evidence = titleEvidence(
                    block, layout: layout, before: previousEnd..<range.lowerBound,
                    after: range.upperBound..<nextStart)
                if evidence >= weights.titleThreshold {
                    blocks.append(block)
                    continue
                }
            }
            if blocks.last?.range != range, let heading = standaloneHeading(titleLines, layout: layout) {
                headings.append(heading)
            }
        }
        return Self.foldingOpeningBylines(Found(blocks: blocks, headings: headings), layout: layout)
    }

    /// "记者：某某" / "某某发布" / "某某官方账号" closing a web copy: its credits and, under them, the
    /// account's names, which are no title of a report after it (a copy has none). The credits
    /// alone; nil for any other block.
    static func closingCredits(_ block: TitleBlock, layout: PageLayout) -> TitleBlock? {
        guard layout.unwrapped, let first = block.lines.first, first.role == .byline,
            !layout.hasSentence(in: block.range.upperBound..<layout.lines.count)
        else { return nil }
        let credits = block.lines.prefix { $0.role == .byline }
        guard credits.count < block.lines.count else { return nil }
        return TitleBlock(range: block.range, lines: Array(credits), hasTitle: false)
    }

    /// A byline alone one paragraph under a titled block with no anchor ("标题" / "" / opening
    /// paragraph / "" / "本报记者 某某" / "" / more text): the byline of that title-first report,
    /// printed after its opening paragraph, folded into its block; the report goes on after it.
    static func foldingOpeningBylines(_ found: Found, layout: PageLayout) -> Found {
        var folded = found
        folded.blocks = []
        for block in found.blocks {
            if let previous = folded.blocks.last, previous.hasTitle, !previous.lines.contains(where: \.role.isAnchor),
                !block.hasTitle, !block.lines.isEmpty, block.lines.allSatisfy({ $0.role == .byline }),
                isOneParagraph(previous.range.upperBound..<block.range.lowerBound, in: layout),
                layout.hasSentence(in: block.range.upperBound..<layout.lines.count)
            {
                folded.blocks[folded.blocks.count - 1].lines += block.lines
                folded.foldedLines.formUnion(block.range)
                continue
            }
            folded.blocks.append(block)
        }
        return folded
    }

    /// The range holds one paragraph: a single run of printed lines, ending a sentence.
    static func isOneParagraph(_ range: Range<Int>, in layout: PageLayout) -> Bool {
        let runs = layout.chunks.filter { range.contains($0.lowerBound) }
        return runs.count == 1 && runs[0].upperBound <= range.upperBound
            && layout.lines[runs[0].upperBound - 1].endsSentence
    }

    /// The blocks found so far are one, at the page's start: a copy whose title comes first,
    /// which a title-only line after its text does not follow with a second report.
    static func isOneTitleFirstReport(_ blocks: [TitleBlock], layout: PageLayout) -> Bool {
        blocks.count == 1 && !layout.hasSentence(in: 0..<blocks[0].range.lowerBound)
    }

    /// Two lines between blank lines, the second shorter (a heading wrapped once), the last not
    /// ending a clause, no figures: a heading. One line alone is more often a paragraph's line
    /// cut off by blank lines.
    func standaloneHeading(_ lines: [TitleLine], layout: PageLayout) -> ClosedRange<Int>? {
        guard lines.count == 2, lines.allSatisfy({ $0.role == .title || $0.role == .headingLike }),
            lines[1].line.width <= lines[0].line.width,
            let last = lines.last?.line.text.last, !Typography.clauseMarks.contains(last),
            !lines.contains(where: { $0.line.text.unicodeScalars.contains(where: Typography.isASCIIDigit) }),
            // Parallel phrases: no clause of one or two characters ("……发展，定" is a cut sentence).
            lines.map(\.line.text).joined().split(whereSeparator: Typography.clauseMarks.contains)
                .allSatisfy({ $0.count >= 3 })
        else { return nil }
        return lines[0].line.number...lines[lines.count - 1].line.number
    }

    /// A line's role within its block: a place written out in full down to its township ("某县某镇")
    /// right above a title line is the title's first line, not a place tag (tags use short names);
    /// a county alone there ("某县") is the block's place line.
    func role(at index: Int, in layout: PageLayout) -> LineRole {
        let role = layout.roles[index]
        guard role == .place, index + 1 < layout.lines.count, layout.roles[index + 1] == .title,
            lexicon.townshipSuffixes.contains(where: layout.lines[index].text.hasSuffix)
        else { return role }
        return .title
    }

    /// For a group of title lines with no byline or place: how much more it looks like a
    /// report's title than like a heading inside a body.
    func titleEvidence(_ block: TitleBlock, layout: PageLayout, before: Range<Int>, after: Range<Int>) -> Int {
        var score = 0
        let text = block.lines.map(\.line.text).joined()
        if roles.places.namesPlace(text) { score += weights.titleNamesPlace }
        let sentencesAfter = layout.lines[after].filter(\.endsSentence).count
        if sentencesAfter == 0 {
            score += weights.titleAtPageEnd
        } else if let next = layout.lines[after].first(where: { !$0.isBlank }), roles.opensReport(next.text) {
            score += weights.titleBeforeOpening
        } else if sentencesAfter < 2 {
            score += weights.titleFewSentencesAfter
        }
        if layout.lines[before].filter(\.endsSentence).count < 3 { score += weights.titleFewSentencesBefore }
        // A brief's title printed after its end, its credit inside its opening ("本报讯（记者 某某）……"),
        // shorter than the column's lines (a full line there is a paragraph's, parted by a column break).
        if let first = layout.lines[before].first(where: { !$0.isBlank }), lexicon.opensNewsBrief(first.text),
            layout.lines[before].last(where: { !$0.isBlank })?.endsSentence == true,
            block.lines.allSatisfy({ $0.line.width < layout.columnWidth })
        {
            score += weights.titleAfterBrief
        }
        if changesPlace(layout: layout, title: text, before: before, after: after) {
            score += weights.titleChangesPlace
        } else if opensWithNewTownship(layout: layout, before: before, after: after) {
            score += weights.titleNewTownship
        }
        return score
    }

    /// The paragraph after the group names a county in full, and the text before it names
    /// places, none of them that county or an area around it: another report's place. So does
    /// a title naming a township of that county ("某某镇“院落会”……" over "某某县某某镇……") where
    /// the text before does not name the county.
    func changesPlace(layout: PageLayout, title: String, before: Range<Int>, after: Range<Int>) -> Bool {
        let places = roles.places
        let next = layout.lines[after].drop(while: \.isBlank).prefix(while: { !$0.isBlank })
        let counties = places.namedInFull(in: next.map(\.text).joined()).filter { $0.level == .county }
        guard !counties.isEmpty else { return false }
        let earlier = places.namedInFull(in: layout.lines[before].map(\.text).joined())
        let elsewhere = !counties.contains { county in earlier.contains { places.isWithin(county, $0) } }
        return elsewhere && (!earlier.isEmpty || counties.contains { places.namesTownship(of: $0, in: title) })
    }

    /// The first sentence after the group names a township in full ("某某青城子镇是……") that the
    /// text before it, naming places of its own, does not: likely another report's opening.
    func opensWithNewTownship(layout: PageLayout, before: Range<Int>, after: Range<Int>) -> Bool {
        let places = roles.places
        let next = layout.lines[after].drop(while: \.isBlank).prefix(while: { !$0.isBlank })
        let opening = BodySplitter.OwnPlaces.firstSentence(of: next.map(\.text).joined())
        guard let township = places.firstTownshipAnywhere(in: String(opening)) else { return false }
        let earlier = layout.lines[before].map(\.text).joined()
        return !earlier.contains(township.name) && !(township.shortIsUsable && earlier.contains(township.short))
            && !places.signature(of: earlier, withSuffixes: true).isEmpty
    }

    /// Label chunks (by index into `layout.chunks`) grouped with their label neighbours.
    func labelGroups(in layout: PageLayout) -> [[Int]] {
        var groups: [[Int]] = []
        var previousWasLabel = false
        for (index, chunk) in layout.chunks.enumerated() {
            let opensParagraph =
                previousWasLabel || previousLineEndsSentence(layout, before: chunk.lowerBound)
                || index > 0 && isBracketedNote(layout.chunks[index - 1], layout: layout)
                || Self.isTitleOverByline(chunk, layout: layout)
            let isLabel =
                opensParagraph && isLabelChunk(chunk, layout: layout) && !isBracketedNote(chunk, layout: layout)
                && !Self.leavesPage(chunk, layout: layout)
            if isLabel {
                if previousWasLabel, !opensNextBlock(chunk, after: groups[groups.count - 1], layout: layout) {
                    groups[groups.count - 1].append(index)
                } else {
                    groups.append([index])
                }
            }
            previousWasLabel = isLabel
        }
        return groups
    }

    /// The next printed line opens a news brief ("本报讯 ……"): the group is the brief's title,
    /// on a web copy too.
    func headsNewsBrief(_ range: Range<Int>, layout: PageLayout) -> Bool {
        guard let next = layout.lines[range.upperBound...].first(where: { !$0.isBlank }) else { return false }
        return lexicon.opensNewsBrief(next.text)
    }

    /// Title lines and the byline under them, after a blank line ("【蹲点一线】" / "标题" / "本报记者 某某"):
    /// a report's block, even under a line that ends no sentence (a record's last field).
    static func isTitleOverByline(_ chunk: Range<Int>, layout: PageLayout) -> Bool {
        guard chunk.count >= 2, chunk.lowerBound > 0, layout.lines[chunk.lowerBound - 1].isBlank,
            layout.roles[chunk.upperBound - 1] == .byline
        else { return false }
        let titles = chunk.prefix { layout.roles[$0] == .title }
        return !titles.isEmpty && chunk[titles.endIndex...].allSatisfy { layout.roles[$0] == .byline }
    }

    /// A title after a whole title block that closes a body — title and byline or place — is
    /// the next report's: a report whose title comes first, right after one whose block follows
    /// its body.
    func opensNextBlock(_ chunk: Range<Int>, after group: [Int], layout: PageLayout) -> Bool {
        let members = group.flatMap { layout.chunks[$0] }
        let isTitle = { (role: LineRole) in role == .title || role == .headingLike }
        guard chunk.contains(where: { isTitle(layout.roles[$0]) }) else { return false }
        guard let first = members.first else { return false }
        // A series' name before its bar ("蹲点日记｜" over "本报记者 某某") is no title of a block.
        let titled = members.contains { isTitle(layout.roles[$0]) && !Self.isSeriesName(layout.lines[$0].text) }
        return layout.hasSentence(in: 0..<first) && titled && members.contains(where: { layout.roles[$0].isAnchor })
    }

    /// "蹲点日记｜": a series' name and the bar set after it, cut from the byline it shared a line with.
    static func isSeriesName(_ text: String) -> Bool {
        guard let last = text.last, TitleBlockReading.bars.contains(last) else { return false }
        return text.count <= TitleBlockReading.maxRubricLength + 1
    }

    /// Short lines with no sentence. Lines with clause marks only as a heading wrapped once: a
    /// full line and a shorter rest (a run of full lines with commas is a paragraph cut by a
    /// blank line).
    func isLabelChunk(_ chunk: Range<Int>, layout: PageLayout) -> Bool {
        guard chunk.count <= Self.maxChunkLines + Self.maxAnchorLinesOver,
            chunk.count - chunk.count(where: { layout.roles[$0].isAnchor }) <= Self.maxChunkLines,
            chunk.allSatisfy({ layout.roles[$0] != .body })
        else { return false }
        let subtitle = Self.subtitle(in: chunk, layout: layout)
        let clauses = chunk.count { layout.roles[$0] == .headingLike && !subtitle.contains($0) }
        guard clauses > 0 else { return true }
        // A kicker in clauses over a title, bylines closing the chunk ("“有事好商量，" / "众人的事
        // 众人商量”" / "标题" / "本报记者 某某"): a title block, not a paragraph cut by blank lines.
        if clauses <= Self.maxKickerLines, let last = chunk.last, layout.roles[last].isAnchor, chunk.count > 2 {
            return true
        }
        // A title in clauses, short of the column, right over its byline ("“某某了，心也就顺了”" / "本报记者 某某").
        if chunk.count == 2, layout.roles[chunk.upperBound - 1] == .byline,
            layout.lines[chunk.lowerBound].width + Self.wrapMargin <= layout.columnWidth
        {
            return true
        }
        guard chunk.count <= 2 else { return false }
        return chunk.count == 1 && !layout.isCutBodyLine(chunk.lowerBound)
            || layout.lines[chunk.upperBound - 1].width + Self.wrapMargin <= layout.lines[chunk.lowerBound].width
            || Self.isTitleBrokenAtColon(layout.lines[chunk.lowerBound].text)
            || isShortOfColumn(chunk, layout: layout)
    }

    /// Two lines on a printed page, each well short of the column and each one clause, its mark
    /// at its end if any ("雨季断路42天，" / "某村的日子为啥照样过？"): a title in two clauses. A
    /// paragraph of two lines fills the first.
    func isShortOfColumn(_ chunk: Range<Int>, layout: PageLayout) -> Bool {
        !layout.unwrapped && chunk.count == 2
            && chunk.allSatisfy { index in
                let line = layout.lines[index]
                return line.width + Self.wrapMargin <= layout.columnWidth
                    && !line.text.dropLast().contains(where: Typography.clauseMarks.contains)
            }
    }

    /// "——某县推进某某见闻" under a title line: a subtitle, its clause marks no heading's, wrapped
    /// over the chunk's lines after it in a narrow column. Empty when the chunk has none.
    static func subtitle(in chunk: Range<Int>, layout: PageLayout) -> Range<Int> {
        guard chunk.count > 1,
            let dash = chunk.dropFirst().first(where: { layout.lines[$0].text.hasPrefix(Self.subtitleDash) })
        else { return chunk.lowerBound..<chunk.lowerBound }
        return dash..<chunk.upperBound
    }

    static let subtitleDash = "——"

    /// "某乡“某某”：" over the rest of a title: the title broken after its topic's colon, the one
    /// clause mark of the line, at its end.
    static func isTitleBrokenAtColon(_ text: String) -> Bool {
        guard let last = text.unicodeScalars.last, last == "：" || last == ":" else { return false }
        return !text.unicodeScalars.dropLast().contains { Typography.clauseMarkScalars.contains($0) }
    }

    /// How much shorter than the first line a wrapped heading's rest is, in cells.
    static let wrapMargin = 6

    /// "……为市级样板。" / "（本文采访得到某县委宣传部协助）": a note in brackets after a report's last
    /// sentence, no byline or place in it, is the end of that report's text and no label.
    func isBracketedNote(_ chunk: Range<Int>, layout: PageLayout) -> Bool {
        guard chunk.count <= Self.maxChunkLines,
            Self.isBracketed(
                opening: layout.lines[chunk.lowerBound].text, closing: layout.lines[chunk.upperBound - 1].text),
            !chunk.contains(where: { layout.roles[$0].isAnchor })
        else { return false }
        return chunk.lowerBound > 0 && previousLineEndsSentence(layout, before: chunk.lowerBound)
    }

    /// True at the page's start, or when the last printed line before `index` ends a sentence.
    /// A chunk the report leaves the page after ("……占到了61%，" / "（下转第6版）"): its text, cut off.
    static func leavesPage(_ chunk: Range<Int>, layout: PageLayout) -> Bool {
        guard !layout.jumpsOut.isEmpty else { return false }
        let next = layout.lines[chunk.upperBound...].firstIndex { !$0.isBlank } ?? layout.lines.count
        return layout.jumpsOut.contains { (chunk.lowerBound..<next).contains($0) }
    }

    func previousLineEndsSentence(_ layout: PageLayout, before index: Int) -> Bool {
        guard var previous = layout.lines[..<index].lastIndex(where: { !$0.isBlank }) else { return true }
        // A report that left the page mid-sentence ("……占到了58%，" / "（下转第6版）") ended there.
        if layout.jumpsOut.contains(where: { (previous..<index).contains($0) }) { return true }
        // "……过得舒心。" / "（据《某某日报》）": a note in brackets, a line of its own, after the last sentence.
        let line = layout.lines[previous].text
        if Self.isBracketed(opening: line, closing: line), previous > 0, !layout.lines[previous - 1].isBlank {
            previous -= 1
        }
        return layout.lines[previous].endsSentence
    }

    /// Round brackets open the first text and close the last: a note in brackets over those lines.
    static func isBracketed(opening first: String, closing last: String) -> Bool {
        let opens = Typography.firstScalar(of: first).map { $0 == "（" || $0 == "(" } ?? false
        return opens && (Typography.lastScalar(of: last).map { $0 == "）" || $0 == ")" } ?? false)
    }
}

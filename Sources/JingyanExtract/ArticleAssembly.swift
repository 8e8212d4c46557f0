import JingyanLayout

/// The articles of a page from its title blocks: which body each block heads or closes, and
/// where a body two reports share is cut.
extension PageSegmenter {
    /// The articles: each title block with the body it belongs to. A block with no body before
    /// it heads the body after it (a title-first report); so does every block of a page whose
    /// last text is body rather than a block, and a block whose title names the place the text
    /// after it opens with. Any other block closes the body before it — save, on a page whose last
    /// text is body, a first block whose next block plainly heads its own text: it heads the text
    /// after it too, and the text above is its lede (`textAbove`).
    func assemble(_ layout: PageLayout, blocks: [TitleBlock]) -> [ArticleDraft] {
        let endsWithBody = Self.endsWithBody(layout, blocks: blocks)
        var articles: [ArticleDraft] = []
        var bodyStart = 0
        var header: TitleBlock?  // a block heading the body that follows it
        var carried: TitleBlock?  // a byline alone that belongs to the next block's report
        var ledes: [Int: Range<Int>] = [:]  // text above a title that is its report's opening
        for (position, printed) in blocks.enumerated() {
            let body = bodyStart..<printed.range.lowerBound
            bodyStart = printed.range.upperBound
            let block =
                carried.map {
                    TitleBlock(range: printed.range, lines: $0.lines + printed.lines, hasTitle: printed.hasTitle)
                }
                ?? printed
            carried = nil
            guard layout.hasSentence(in: body) else {
                header = block
                continue
            }
            guard let open = header else {
                let following = blocks.dropFirst(position + 1)
                let above = textAbove(layout, block: block, before: body, following: following, endsWithBody)
                switch above {
                case .closedByBlock: articles += bodyBeforeBlock(layout, body: body, block: block)
                case .lede: ledes[block.range.lowerBound] = body
                case .ownText: articles += [draft(layout, body: body, block: nil)].compactMap { $0 }
                }
                header = above == .closedByBlock ? nil : block
                continue
            }
            if block.range.contains(where: layout.continuedHeadings.contains) {
                let closed = reportBeforeJumpHead(layout, header: open, body: body, jumpHead: block)
                (articles, header) = (articles + [closed.article].compactMap { $0 }, closed.nextHeader)
                continue
            }
            let next = blocks.dropFirst(position + 1).first
            let after = block.range.upperBound..<(next?.range.lowerBound ?? layout.lines.count)
            let heads =
                endsWithBody || headsTextAfter(layout, block: block, header: open, body: body, after: after, next: next)
            if heads && block.hasTitle && !closesBody(layout, block: block, header: open, before: body, after: after) {
                let closed = reportBeforeNextTitle(layout, header: open, body: body, next: block, after: after)
                articles += [closed.article].compactMap { $0 }
                if let lede = closed.nextLede { ledes[closed.nextHeader.range.lowerBound] = lede }
                header = closed.nextHeader
            } else if Self.isNextReportsByline(block, after: open, before: next) {
                articles += [draft(layout, body: body, block: open)].compactMap { $0 }
                carried = block
                header = nil
            } else {
                articles += bodyAfterHeader(layout, header: open, body: body, next: block)
                header = nil
            }
        }
        articles += [draft(layout, body: bodyStart..<layout.lines.count, block: header)].compactMap { $0 }
        return Self.prependingLedes(ledes, to: articles, layout: layout)
    }

    /// A title-first report whose body ends where the next report's title block begins: a closing
    /// credit or sign-off at the top of that block is this report's, and the next report's lede
    /// may end this body (`ledeStart`).
    func reportBeforeNextTitle(
        _ layout: PageLayout, header: TitleBlock, body: Range<Int>, next: TitleBlock, after: Range<Int>
    ) -> ReportBeforeTitle {
        let split = Self.splittingClosingCredit(next, layout: layout)
        let closed = split.credit.map {
            TitleBlock(range: header.range, lines: header.lines + $0.lines, hasTitle: header.hasTitle)
        }
        let lede = ledeStart(layout, body: body, header: header, next: split.rest, after: after)?.line
        let own = body.lowerBound..<(lede ?? body.upperBound)
        return ReportBeforeTitle(
            article: draft(layout, body: own, block: closed ?? header, extraLines: split.credit?.range),
            nextHeader: split.rest, nextLede: lede.map { $0..<body.upperBound })
    }

    /// A continued end's jump head ("（上接第3版）" / "标题") after a title-first report's body: the body
    /// above is that report's, with the closing credit the head's block may open with; the text
    /// below is the end's.
    func reportBeforeJumpHead(
        _ layout: PageLayout, header: TitleBlock, body: Range<Int>, jumpHead: TitleBlock
    ) -> ReportBeforeTitle {
        let split = Self.splittingClosingCredit(jumpHead, layout: layout)
        let closed = split.credit.map {
            TitleBlock(range: header.range, lines: header.lines + $0.lines, hasTitle: header.hasTitle)
        }
        return ReportBeforeTitle(
            article: draft(layout, body: body, block: closed ?? header, extraLines: split.credit?.range),
            nextHeader: split.rest, nextLede: nil)
    }

    struct ReportBeforeTitle {
        var article: ArticleDraft?
        /// The next report's block, less the credit it opened with.
        var nextHeader: TitleBlock
        /// The next report's opening paragraphs, printed above its block.
        var nextLede: Range<Int>?
    }

    /// The page's last text is body rather than a block: text after its last block, or a last
    /// block of closing credits alone ("（记者 某某）"), which signs off the body above it.
    static func endsWithBody(_ layout: PageLayout, blocks: [TitleBlock]) -> Bool {
        guard let last = blocks.last else { return true }
        return layout.hasSentence(in: last.range.upperBound..<layout.lines.count)
            || last.range.allSatisfy { layout.lines[$0].isBlank || layout.closingCredits.contains($0) }
    }

    /// A byline alone after the body of a report whose title block has one already, before a
    /// titled block without one: the byline of the report that block closes, printed above it.
    static func isNextReportsByline(_ block: TitleBlock, after header: TitleBlock, before next: TitleBlock?) -> Bool {
        guard let next, next.hasTitle, !block.hasTitle, !block.lines.isEmpty,
            block.lines.allSatisfy({ $0.role == .byline })
        else { return false }
        return header.lines.contains { $0.role == .byline } && !next.lines.contains { $0.role == .byline }
    }

    /// A titled block after a title-first report's body that closes a body of its own: another
    /// block follows it, or the text before it names the block's places and the text after it
    /// names none of them (the next report's). This holds on a page whose last report's title
    /// comes first too.
    func closesBody(
        _ layout: PageLayout, block: TitleBlock, header: TitleBlock, before: Range<Int>, after: Range<Int>
    ) -> Bool {
        // Another block right after it: it heads no body.
        guard layout.hasSentence(in: after) else { return true }
        let own = splitter.signature(of: block)
        guard !own.isEmpty else { return false }
        let namedAfter = named(layout, after)
        // Its lede printed above it is no body it closes, when the text after it goes on with
        // the lede's places or names none (a body of its own above names them all).
        let lede = ledeStart(layout, body: before, header: header, next: block, after: after)
        let ledeLine = lede.flatMap { $0.textAfterNamesIt || namedAfter.isEmpty ? $0.line : nil }
        let ownBefore = before.lowerBound..<(ledeLine ?? before.upperBound)
        return !named(layout, ownBefore).isDisjoint(with: own) && namedAfter.isDisjoint(with: own)
    }

    /// A titled block with no place line whose title names the county the text after it opens
    /// with, or a township of it, a county the text before it does not name ("某某镇红白理事会……"
    /// or "某某某某：……" over "某某县某某镇过去……"): a title-first report's block after another
    /// report's body.
    func titleNamesWhatFollows(_ layout: PageLayout, block: TitleBlock, before: Range<Int>, after: Range<Int>) -> Bool {
        guard !block.lines.contains(where: { $0.role == .place }),
            let opening = layout.lines[after].first(where: { !$0.isBlank })?.text
        else { return false }
        let title = block.titleText
        let named = roles.places.signature(of: layout.lines[before].map(\.text).joined(), withSuffixes: true)
        return roles.places.namedInFull(in: opening).contains { county in
            county.level == .county && !named.contains(county.short) && !named.contains(county.name)
                && (roles.places.namesTownship(of: county, in: title)
                    || county.shortIsUsable && title.contains(county.short))
        }
    }

    /// A block after a title-first report's body that heads the text after it, whatever the
    /// page's last text is: a brief's title, a title over a credited body, one after a whole
    /// brief, or one over text naming a place nothing before it claims.
    func headsTextAfter(
        _ layout: PageLayout, block: TitleBlock, header: TitleBlock, body: Range<Int>, after: Range<Int>,
        next: TitleBlock?
    ) -> Bool {
        headsBrief(layout, block: block, after: body) || headsCreditedBody(layout, block: block, next: next)
            || isWholeBrief(layout, title: header, body: body)
            || titleNamesWhatFollows(layout, block: block, before: body, after: after)
            || headsUnclaimedPlace(layout, block: block, before: body, after: after, next: next)
            || headsNewPlace(layout, block: block, header: header, before: body, after: after)
    }

    /// A titled block naming no place after a body that holds the header's report alone (it names
    /// no county in full but the header's), over text whose first sentence names a county in
    /// full that neither names ("入夜，某某省某某市某某镇
    /// ……" under "标题" / "记者 某某"): no part of that body is a report for the block to close.
    func headsNewPlace(
        _ layout: PageLayout, block: TitleBlock, header: TitleBlock, before: Range<Int>, after: Range<Int>
    ) -> Bool {
        let known = splitter.signature(of: header)
        guard block.hasTitle, !known.isEmpty, splitter.signature(of: block).isEmpty else { return false }
        let text = layout.lines[after].prefix(Self.openingLines).map(\.text).joined()
        let opening = String(BodySplitter.OwnPlaces.firstSentence(of: text))
        let named = known.union(
            roles.places.signature(of: layout.lines[before].map(\.text).joined(), withSuffixes: true))
        let newCounty = roles.places.namedInFull(in: opening).contains { county in
            county.level == .county && ![county.short, county.name].contains(where: named.contains)
        }
        return newCounty && !splitter.holdsAnotherReport(layout, body: before, known: known)
    }

    /// How many lines after a block its text's first sentence is looked for in.
    static let openingLines = 6

    /// Title lines alone over text that opens naming a county in full which neither the text
    /// before them nor the next block names ("走进某某县某某镇……" under "标题", before a block
    /// "某某 某某"): no other block claims that report, so these lines head it.
    func headsUnclaimedPlace(
        _ layout: PageLayout, block: TitleBlock, before: Range<Int>, after: Range<Int>, next: TitleBlock?
    ) -> Bool {
        guard let next, !block.lines.contains(where: \.role.isAnchor),
            let opening = layout.lines[after].first(where: { !$0.isBlank })?.text
        else { return false }
        let claimed = splitter.signature(of: next)
        guard !claimed.isEmpty else { return false }
        let named = roles.places.signature(of: layout.lines[before].map(\.text).joined(), withSuffixes: true)
        return roles.places.namedInFull(in: opening).contains { county in
            county.level == .county && ![county.short, county.name].contains(where: named.union(claimed).contains)
        }
    }

    /// A block of title lines alone whose next printed line opens a news brief ("本报讯 ……"): the
    /// brief's title, which heads the text after it whatever the page's other reports do. Not a
    /// block with a byline or place, which closes the report above (a brief names its writers in
    /// its opening), nor one after a body in which another brief opens untitled: it is that one's.
    func headsBrief(_ layout: PageLayout, block: TitleBlock, after body: Range<Int>) -> Bool {
        guard !block.lines.contains(where: \.role.isAnchor),
            let next = layout.lines[block.range.upperBound...].first(where: { !$0.isBlank }),
            lexicon.opensNewsBrief(next.text)
        else { return false }
        let printed = layout.lines[body].filter { !$0.isBlank }
        return !printed.dropFirst().contains { lexicon.opensNewsBrief($0.text) }
    }

    /// Title lines alone over a body that a closing credit ends ("（记者 某某）"): the credit closes
    /// the report right above it, so the title heads that report.
    func headsCreditedBody(_ layout: PageLayout, block: TitleBlock, next: TitleBlock?) -> Bool {
        guard let next, !block.lines.contains(where: \.role.isAnchor) else { return false }
        let printed = next.range.filter { !layout.lines[$0].isBlank }
        return !printed.isEmpty && printed.allSatisfy(layout.closingCredits.contains)
    }

    /// A news brief of one paragraph set right under its title lines ("标题" / "本报讯 ……"): whole,
    /// so the titled block after it heads the next report rather than closing this one.
    func isWholeBrief(_ layout: PageLayout, title: TitleBlock, body: Range<Int>) -> Bool {
        title.range.upperBound == body.lowerBound && !title.lines.contains(where: \.role.isAnchor)
            && lexicon.opensNewsBrief(layout.lines[body.lowerBound].text)
            && LabelGroupScorer.isOneParagraph(body, in: layout)
    }

    /// A block that opens with a news brief's closing credit, or with bylines printed right under
    /// the body, cut after them.
    static func splittingClosingCredit(_ block: TitleBlock, layout: PageLayout) -> CreditSplit {
        guard let first = block.range.first(where: { !layout.lines[$0].isBlank }), block.lines.count > 1 else {
            return CreditSplit(credit: nil, rest: block)
        }
        var end = first + 1
        if !layout.closingCredits.contains(first) {
            // Bylines printed right under the body's last line, no blank line between ("……说。" /
            // "　　　　某某日报记者 张三"), or over a title with a byline of its own: the sign-off of
            // the report above.
            while end < block.range.upperBound, !layout.lines[end].isBlank { end += 1 }
            guard (first..<end).allSatisfy({ layout.roles[$0] == .byline }),
                first > 0 && !layout.lines[first - 1].isBlank
                    || Self.titleWithByline(after: end, in: block, layout: layout)
            else {
                return CreditSplit(credit: nil, rest: block)
            }
        }
        let count = end - first
        guard block.lines.count > count else { return CreditSplit(credit: nil, rest: block) }
        let credit = TitleBlock(range: first..<end, lines: Array(block.lines.prefix(count)), hasTitle: false)
        let rest = TitleBlock(
            range: end..<block.range.upperBound, lines: Array(block.lines.dropFirst(count)), hasTitle: block.hasTitle)
        return CreditSplit(credit: credit, rest: rest)
    }

    /// After line `start`, the block holds a title and then a byline: a report's own block.
    static func titleWithByline(after start: Int, in block: TitleBlock, layout: PageLayout) -> Bool {
        let rest = start..<block.range.upperBound
        guard let title = rest.first(where: { layout.roles[$0] == .title }) else { return false }
        return (title..<block.range.upperBound).contains { layout.roles[$0] == .byline }
    }

    /// A title block's closing credit of the report before it, if it opens with one, and the rest.
    struct CreditSplit {
        var credit: TitleBlock?
        var rest: TitleBlock
    }

    /// A body with no block above it, closed by `block`: one report, or an untitled news brief
    /// and the report the block closes (`BodySplitter.briefCut`).
    func bodyBeforeBlock(_ layout: PageLayout, body: Range<Int>, block: TitleBlock) -> [ArticleDraft] {
        guard block.hasTitle, let cut = splitter.briefCut(layout, body: body, trailer: block) else {
            return [draft(layout, body: body, block: block)].compactMap { $0 }
        }
        let brief = draft(layout, body: body.lowerBound..<cut, block: nil)
        return [brief, draft(layout, body: cut..<body.upperBound, block: block)].compactMap { $0 }
    }

    /// The body after a title-first block, up to the next block. When that next block closes a
    /// report of its own (it has a title), the body holds both reports and is cut in two.
    func bodyAfterHeader(_ layout: PageLayout, header: TitleBlock, body: Range<Int>, next: TitleBlock) -> [ArticleDraft]
    {
        guard next.hasTitle else {
            // Only a byline or place after the body: it completes the title-first report.
            let merged = TitleBlock(range: header.range, lines: header.lines + next.lines, hasTitle: header.hasTitle)
            return [draft(layout, body: body, block: merged, extraLines: next.range)].compactMap { $0 }
        }
        let cut = splitter.split(layout, body: body, header: header, trailer: next)
        var first = draft(layout, body: body.lowerBound..<cut.line, block: header)
        var second = draft(layout, body: cut.line..<body.upperBound, block: next)
        if cut.isWeak {
            let note = "与相邻文章的分界不确定"
            first?.doubts.append(note)
            second?.doubts.append(note)
        }
        return [first, second].compactMap { $0 }
    }

    func draft(
        _ layout: PageLayout, body: Range<Int>, block: TitleBlock?, extraLines: Range<Int>? = nil
    ) -> ArticleDraft? {
        let lines = layout.lines
        let bodyLines = Array(lines[body])
        guard bodyLines.contains(where: \.endsSentence) else { return nil }
        let titleLines = block?.lines ?? []
        let numbers =
            bodyLines.filter { !$0.isBlank }.map(\.number) + titleLines.map(\.line.number)
            + (extraLines.map { lines[$0].filter { !$0.isBlank }.map(\.number) } ?? [])
        guard let first = numbers.min(), let last = numbers.max() else { return nil }
        var doubts: [String] = []
        if block == nil || !(block?.hasTitle ?? false) {
            doubts.append("标题为推测：页面上没有找到标题")
        }
        return ArticleDraft(
            body: bodyLines, titleBlock: titleLines, lines: first...last, unwrapped: layout.unwrapped, doubts: doubts)
    }
}

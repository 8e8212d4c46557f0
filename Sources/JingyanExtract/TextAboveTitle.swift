import JingyanLayout

/// Text printed above a title block that heads the text after it: its report's lede set above
/// its title, at the page's top or after another report's end, or, above a page's first block,
/// text of its own (the end of a report begun elsewhere).
extension PageSegmenter {
    /// What the text above a titled block that no block heads is.
    enum TextAbove {
        /// The block closes it: the page's blocks come after their bodies.
        case closedByBlock
        /// The opening paragraphs of the block's report, set above its title.
        case lede
        /// Text of its own, untitled; the block heads the text after it.
        case ownText
    }

    /// A block after text no block heads closes that text, unless the page's last text is body
    /// and the next block plainly heads the text after it: then the text between the two blocks
    /// is this block's body, and the text above is its lede — unless the places the text above
    /// names are all other than those the block and its body name.
    func textAbove(
        _ layout: PageLayout, block: TitleBlock, before: Range<Int>, following: ArraySlice<TitleBlock>,
        _ pageEndsWithBody: Bool
    ) -> TextAbove {
        guard pageEndsWithBody, block.hasTitle, let next = following.first, next.hasTitle else {
            return .closedByBlock
        }
        let body = block.range.upperBound..<next.range.lowerBound
        let nextBody = next.range.upperBound..<(following.dropFirst().first?.range.lowerBound ?? layout.lines.count)
        guard layout.hasSentence(in: body), layout.hasSentence(in: nextBody) else { return .closedByBlock }
        // The next report's lede may end this block's body, printed above its own block.
        let lede = ledeStart(layout, body: body, header: block, next: next, after: nextBody)
        let ownBody = body.lowerBound..<(lede?.line ?? body.upperBound)
        guard
            lede?.textAfterNamesIt == true || headsWhatFollows(layout, block: next, before: ownBody, after: nextBody)
                || runsOnAcross(layout, before: before, body: ownBody, nextBody: nextBody)
        else { return .closedByBlock }
        let above = named(layout, before)
        let own = splitter.signature(of: block).union(named(layout, ownBody))
        return !above.isEmpty && !own.isEmpty && above.isDisjoint(with: own) ? .ownText : .lede
    }

    /// A titled block whose places the text after it names and the text before it does not, or
    /// whose title names a township of the county the text after it opens with.
    func headsWhatFollows(_ layout: PageLayout, block: TitleBlock, before: Range<Int>, after: Range<Int>) -> Bool {
        let own = splitter.signature(of: block)
        func count(_ range: Range<Int>) -> Int { roles.places.count(own, in: layout.lines[range].map(\.text).joined()) }
        if !own.isEmpty, count(after) > 0, count(before) == 0 { return true }
        return titleNamesWhatFollows(layout, block: block, before: before, after: after)
    }

    /// The text above a block and the body under it name the same places, and the next block's
    /// body names others: one report runs on across the block, which heads it.
    func runsOnAcross(_ layout: PageLayout, before: Range<Int>, body: Range<Int>, nextBody: Range<Int>) -> Bool {
        let own = named(layout, body)
        let next = named(layout, nextBody)
        return !own.isDisjoint(with: named(layout, before)) && !next.isEmpty && own.isDisjoint(with: next)
    }

    /// Where the next report's lede begins when the PDF gives it above that report's title block,
    /// at the end of the body a title-first block heads: a paragraph after the first that opens
    /// with the full name of a county the report has not named yet, which the next block names
    /// (the county, or a township of it) or the text after that block names in full.
    func ledeStart(
        _ layout: PageLayout, body: Range<Int>, header: TitleBlock, next: TitleBlock, after: Range<Int>
    )
        -> Lede?
    {
        // Most bodies have no paragraph opening with a county's full name: refused on the lines
        // that may open one, after a blank line or a finished sentence.
        let opensParagraph = body.dropFirst().contains { index in
            let previous = layout.lines[index - 1]
            return (previous.isBlank || previous.endsSentence)
                && !splitter.openingCounties(layout.lines[index].text).isEmpty
        }
        // A report's end under its jump head ("标题" / "（接第3版）") has its opening on another page.
        guard next.hasTitle, opensParagraph, !next.range.contains(where: layout.continuedHeadings.contains) else {
            return nil
        }
        let lines = Array(layout.lines[body])
        let paragraphs = splitter.pieces(lines, BodyLayout(lines: lines).paragraphs, cue: .none)
        guard paragraphs.count > 1 else { return nil }
        var named = splitter.signature(of: header).union(
            roles.places.signature(of: paragraphs[0].text, withSuffixes: true))
        let nextNames = splitter.signature(of: next)
        let title = next.titleText
        let text = layout.lines[after].map(\.text).joined()
        for position in paragraphs.indices.dropFirst() {
            let opening = splitter.openingCounties(paragraphs[position].text).first {
                !named.contains($0.short) && !named.contains($0.name)
            }
            if let county = opening {
                let townships = roles.places.townships(of: [county], namedIn: title)
                if nextNames.contains(county.short) || !townships.isEmpty || text.contains(county.name) {
                    let afterNamesIt = text.contains(county.name) || townships.contains { text.contains($0) }
                    // A scene before it may name the township by its short name ("冬日的某某，").
                    let township = roles.places.township(of: county, namedIn: title).map { [$0.name, $0.short] } ?? []
                    let first = firstOfLede(
                        paragraphs, at: position, names: nextNames.union(townships).union([county.short] + township),
                        headerNames: splitter.signature(of: header))
                    return Lede(
                        line: body.lowerBound + first.offset, textAfterNamesIt: afterNamesIt)
                }
            }
            named.formUnion(roles.places.signature(of: paragraphs[position].text, withSuffixes: true))
        }
        return nil
    }

    /// The lede's first paragraph: the one at `position`, or a scene before it that names the
    /// next report's places and none of the header's ("冬日的某某镇，……" over "某某县某某镇地处……").
    func firstOfLede(
        _ paragraphs: [BodySplitter.Piece], at position: Int, names: Set<String>, headerNames: Set<String>
    )
        -> BodySplitter.Piece
    {
        var first = position
        while first > 1, roles.places.count(names, in: paragraphs[first - 1].text) > 0,
            roles.places.count(headerNames, in: paragraphs[first - 1].text) == 0
        {
            first -= 1
        }
        return paragraphs[first]
    }

    /// A report's opening paragraphs printed above its title block.
    struct Lede {
        /// The index into the page's lines of its first line.
        var line: Int
        /// The text after the block names the county the lede opens with, or the township of it
        /// the title names: the block heads that text.
        var textAfterNamesIt: Bool
    }

    /// The places the lines name, by the signature `BodySplitter` weighs cuts with.
    func named(_ layout: PageLayout, _ range: Range<Int>) -> Set<String> {
        roles.places.signature(of: layout.lines[range].map(\.text).joined(), withSuffixes: true)
    }

    /// The articles with each lede set above its title put before the body its block heads.
    /// `ledes`: by the index of its block's first line, the lede's lines.
    static func prependingLedes(
        _ ledes: [Int: Range<Int>], to articles: [ArticleDraft], layout: PageLayout
    )
        -> [ArticleDraft]
    {
        guard !ledes.isEmpty else { return articles }
        var result = articles
        for (blockStart, lede) in ledes {
            let number = layout.lines[blockStart].number
            guard let index = result.firstIndex(where: { $0.titleBlock.first?.line.number == number }),
                let first = layout.lines[lede].first(where: { !$0.isBlank })
            else { continue }
            result[index].body = Array(layout.lines[lede]) + result[index].body
            result[index].lines = min(first.number, result[index].lines.lowerBound)...result[index].lines.upperBound
        }
        return result
    }
}

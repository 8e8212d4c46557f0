import JingyanLayout

/// Cuts a body that two reports share: a title-first report, whose body has no title block
/// after it, runs straight into the body of the next report, whose block follows that body.
///
/// The cut goes before one of the body's paragraphs. Each place the text names counts for the
/// report it belongs to — the first report's places are those of its title (or, without any,
/// of its first paragraph), the second's those of its block — and the cut that leaves most of
/// each report's places on its own side wins; a paragraph that opens like a report ("近年来，",
/// "本报讯") adds to a cut before it.
struct BodySplitter {
    let roles: LineRoleReader
    var places: PlaceNames { roles.places }

    struct Cut {
        /// Index into the page's lines of the second report's first line.
        var line: Int
        /// No place or opening told the two reports apart.
        var isWeak: Bool
    }

    static let openingWeight = 3

    func split(_ layout: PageLayout, body: Range<Int>, header: TitleBlock, trailer: TitleBlock) -> Cut {
        let paragraphs = BodyLayout(lines: Array(layout.lines[body])).paragraphs
        let firstIndex = layout.lines[body].first?.number ?? 1
        func index(of paragraph: Paragraph) -> Int { body.lowerBound + paragraph.lines.lowerBound - firstIndex }
        guard paragraphs.count > 1 else { return Cut(line: body.upperBound, isWeak: true) }
        var first = places.signature(of: header.lines.filter { !$0.role.isAnchor || $0.role == .place }.map(\.line.text).joined())
        if first.isEmpty { first = places.signature(of: paragraphs[0].text) }
        let second = places.signature(of: trailer.lines.filter { $0.role != .byline }.map(\.line.text).joined())
        let shared = first.intersection(second)
        let counts = paragraphs.map { paragraph in
            Count(first: places.count(first.subtracting(shared), in: paragraph.text),
                  second: places.count(second.subtracting(shared), in: paragraph.text))
        }
        let opens = paragraphs.map { roles.opensReport($0.text) }
        var best: (position: Int, score: Int)?
        var before = 0  // Σ (first − second) over the paragraphs before the cut
        var after = counts.reduce(0) { $0 + $1.second - $1.first }
        for position in 1..<paragraphs.count {
            before += counts[position - 1].first - counts[position - 1].second
            after -= counts[position - 1].second - counts[position - 1].first
            let score = before + after + (opens[position] ? Self.openingWeight : 0)
            if best == nil || score > best!.score { best = (position, score) }
        }
        let evidence = counts.contains { $0.first + $0.second > 0 } || opens.dropFirst().contains(true)
        let position = best?.position ?? paragraphs.count - 1
        return Cut(line: index(of: paragraphs[position]), isWeak: !evidence)
    }

    struct Count {
        var first: Int
        var second: Int
    }
}

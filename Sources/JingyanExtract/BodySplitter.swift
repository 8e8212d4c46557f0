import JingyanLayout

/// Cuts a body that two reports share: a title-first report, whose body has no title block
/// after it, runs straight into the body of the next report, whose block follows that body.
///
/// The cut goes before one of the body's paragraphs. Each place the text names counts for the
/// report it belongs to — the first report's places are those of its title (or, without any,
/// of its first paragraph), the second's those of its block, or, when its block names none,
/// those of the opening sentence of the paragraph the cut goes before — and the cut that leaves
/// most of each report's places on its own side wins; a paragraph that opens like a report
/// ("日前，", "本报讯", or a county's full name) adds to a cut before it, more when it names the
/// second report's places or opens with a news cue ("本报讯").
struct BodySplitter {
    let roles: LineRoleReader
    let weights: SegmentationWeights
    var places: PlaceNames { roles.places }

    struct Cut {
        /// Index into the page's lines of the second report's first line.
        var line: Int
        /// No place or opening told the two reports apart.
        var isWeak: Bool
    }

    func split(_ layout: PageLayout, body: Range<Int>, header: TitleBlock, trailer: TitleBlock) -> Cut {
        // The first report left the page: the next printed line is the second's.
        if let jump = layout.jumpsOut.filter(body.contains).min(),
            let next = layout.lines[(jump + 1)..<body.upperBound].firstIndex(where: { !$0.isBlank })
        {
            return Cut(line: next, isWeak: false)
        }
        let blockPlaces = signature(of: trailer)
        let lines = Array(layout.lines[body])
        let laidOut = BodyLayout(lines: lines).paragraphs  // laid out once, cut twice below
        var first = signature(of: header)
        if first.isEmpty, let opening = pieces(lines, laidOut, cue: .none).first {
            first = places.signature(of: opening.text, withSuffixes: true)
        }
        let paragraphs = pieces(
            lines, laidOut, cue: blockPlaces.isEmpty ? .placesBeyond(first) : .placesOf(blockPlaces))
        func index(of paragraph: Piece) -> Int { body.lowerBound + paragraph.offset }
        guard paragraphs.count > 1 else { return Cut(line: body.upperBound, isWeak: true) }
        let opens = paragraphs.map { roles.opensReport($0.text) || opensWithPlace($0.text, notOf: first) }
        let cues = paragraphs.map { roles.lexicon.opensNewsBrief($0.text) }
        let counted = Counted(
            paragraphs: paragraphs, places: places,
            first: first.union(quotedTerms(of: header)), second: blockPlaces.union(quotedTerms(of: trailer)))
        // A block without a place: the paragraph the cut goes before stands for the report that
        // starts there with the places it names.
        var own =
            blockPlaces.isEmpty
            ? OwnPlaces(paragraphs: paragraphs, places: places, first: first, firstCounts: counted.counts) : nil
        // There, the words each title quotes weigh too ("有座“调解茶亭”" over a body that opens
        // "五月的罗坪，满山苍翠。" and names the 调解茶亭 further on).
        let terms =
            own == nil
            ? nil
            : Counted(
                paragraphs: paragraphs, places: places, first: quotedTerms(of: header), second: quotedTerms(of: trailer)
            )
        var best: (position: Int, score: Int)?
        for position in 1..<paragraphs.count {
            let balance = own?.balance(cuttingBefore: position)
            let names =
                (balance?.namedThere ?? counted.counts[position].second) > 0 && (opens[position] || own == nil)
                ? weights.splitNaming : 0
            let opening = (opens[position] ? weights.splitOpening : 0) + (cues[position] ? weights.splitNewsCue : 0)
            let score =
                (balance?.score ?? counted.balance(cuttingBefore: position))
                + (terms?.balance(cuttingBefore: position) ?? 0) + opening + names
            // Of equal cuts the last: a report's first paragraph names its place, so its body
            // rarely starts long before the first mention.
            if best == nil || score >= best!.score { best = (position, score) }
        }
        let evidence = counted.counts.contains { $0.first + $0.second > 0 } || opens.dropFirst().contains(true)
        let position = best?.position ?? paragraphs.count - 1
        return Cut(line: index(of: paragraphs[position]), isWeak: !evidence)
    }

    /// A news brief with no title of its own ("本报讯（记者 某某）……") opening a body whose block
    /// names other places than the brief does: the brief is a report of its own when a later
    /// paragraph's first sentence names the block's places, and the block's report starts there.
    /// The index into the page's lines of that paragraph's first line, or nil.
    func briefCut(_ layout: PageLayout, body: Range<Int>, trailer: TitleBlock) -> Int? {
        let lines = Array(layout.lines[body])
        let blockPlaces = signature(of: trailer)
        guard !blockPlaces.isEmpty, let opening = lines.first(where: { !$0.isBlank }),
            roles.lexicon.opensNewsBrief(opening.text)
        else { return nil }
        let paragraphs = pieces(lines, BodyLayout(lines: lines).paragraphs, cue: .none)
        guard paragraphs.count > 1,
            places.signature(of: paragraphs[0].text, withSuffixes: true).isDisjoint(with: blockPlaces),
            let next = paragraphs.dropFirst().first(where: { paragraph in
                let sentence = String(OwnPlaces.firstSentence(of: paragraph.text))
                return !places.signature(of: sentence, withSuffixes: true).isDisjoint(with: blockPlaces)
            })
        else { return nil }
        return body.lowerBound + next.offset
    }

    /// True when the body may hold a report besides the one whose places are `known` (its header's
    /// signature): a paragraph after the first opening a report or a news brief, or a paragraph
    /// naming in full a county not among them.
    func holdsAnotherReport(_ layout: PageLayout, body: Range<Int>, known: Set<String>) -> Bool {
        let lines = Array(layout.lines[body])
        let paragraphs = pieces(lines, BodyLayout(lines: lines).paragraphs, cue: .none)
        return paragraphs.indices.contains { index in
            let text = paragraphs[index].text
            if index > 0, roles.opensReport(text) || roles.lexicon.opensNewsBrief(text) { return true }
            return places.namedInFull(in: text).contains { county in
                county.level == .county && !known.contains(county.short) && !known.contains(county.name)
            }
        }
    }

    /// "某某县某某镇是有名的侨乡，……": a paragraph whose first words are the full name of a county the
    /// first report does not name opens a report, as an opening cue does.
    func opensWithPlace(_ text: String, notOf first: Set<String>) -> Bool {
        openingCounties(text).contains { !first.contains($0.short) }
    }

    /// The counties whose full names the text opens with ("某某县某某镇地处……").
    func openingCounties(_ text: String) -> [Divisions.Division] {
        let head = String(text.unicodeScalars.prefix(Self.maxOpeningPlace))
        return places.namedInFull(in: head).filter { $0.level == .county && Typography.hasPrefix(text, $0.name) }
    }

    /// The longest county name, in scalars, with room for its province or prefecture before it.
    static let maxOpeningPlace = 16

    /// How often each paragraph names the first report's places and the second's, those both
    /// name left out.
    struct Counted {
        var counts: [Count]

        init(paragraphs: [Piece], places: PlaceNames, first: Set<String>, second: Set<String>) {
            let shared = first.intersection(second)
            counts = paragraphs.map { paragraph in
                Count(
                    first: places.count(first.subtracting(shared), in: paragraph.text),
                    second: places.count(second.subtracting(shared), in: paragraph.text))
            }
        }

        /// The places on their own report's side of a cut before `position`, less those on the
        /// other's.
        func balance(cuttingBefore position: Int) -> Int {
            let before = counts[..<position].reduce(0) { $0 + $1.first - $1.second }
            return counts[position...].reduce(before) { $0 + $1.second - $1.first }
        }
    }

    /// Each paragraph's own places (those it names that the first report's are not), and how
    /// often every paragraph names each of them: counted once, and summed as the cut moves down
    /// the body, so that weighing every cut with the places after it stays linear in the body.
    struct OwnPlaces {
        /// Per paragraph, the indices of its own places among all paragraphs' own places.
        private let named: [[Int]]
        /// Per paragraph, how often it names each of them.
        private let counts: [[Int]]
        private let totals: [Int]
        private let firstCounts: [Int]
        private let firstTotal: Int
        /// Sums over the paragraphs before `next`, the first one not yet summed.
        private var seen: [Int]
        private var firstSeen = 0
        private var next = 0

        init(paragraphs: [Piece], places: PlaceNames, first: Set<String>, firstCounts: [Count]) {
            let own = paragraphs.map { paragraph in
                let opening = Self.firstSentence(of: paragraph.text)
                var named = places.signature(of: String(opening), withSuffixes: true)
                // A scene set first ("五月的罗坪，满山苍翠。"): the place comes in the next sentence.
                if named.isEmpty, opening.endIndex < paragraph.text.endIndex {
                    let rest = paragraph.text[paragraph.text.unicodeScalars.index(after: opening.endIndex)...]
                    named = places.signature(of: String(Self.firstSentence(of: String(rest))), withSuffixes: true)
                }
                return named.subtracting(first)
            }
            let names = Set(own.flatMap { $0 }).sorted()
            let position = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
            named = own.map { $0.compactMap { position[$0] } }
            let index = KeywordIndex(keywords: names)
            counts = paragraphs.map { names.isEmpty ? [] : index.counts(in: $0.text[...]) }
            totals = counts.reduce(into: Array(repeating: 0, count: names.count)) { sums, paragraph in
                for (name, count) in paragraph.enumerated() { sums[name] += count }
            }
            self.firstCounts = firstCounts.map(\.first)
            firstTotal = self.firstCounts.reduce(0, +)
            seen = Array(repeating: 0, count: names.count)
        }

        /// A report names its place in its opening sentence, after any speech it opens with; a
        /// later sentence may list others ("选派干部分别到某市、某州跟岗学习").
        static func firstSentence(of text: String) -> Substring {
            var quotes = 0
            let scalars = text.unicodeScalars
            for index in scalars.indices {
                let scalar = scalars[index]
                if scalar == Typography.openingQuote {
                    quotes += 1
                } else if scalar == Typography.closingQuote {
                    quotes = max(0, quotes - 1)
                } else if quotes == 0, Typography.sentenceEnderScalars.contains(scalar) {
                    return text[..<index]
                }
            }
            return text[...]
        }

        struct Balance {
            var score: Int
            /// How often the paragraph after the cut names its own places.
            var namedThere: Int
        }

        /// As `Counted.balance`, the second report's places being those of the paragraph at
        /// `position`; positions are asked in increasing order.
        mutating func balance(cuttingBefore position: Int) -> Balance {
            while next < position {
                for (name, count) in counts[next].enumerated() { seen[name] += count }
                firstSeen += firstCounts[next]
                next += 1
            }
            let secondBefore = named[position].reduce(0) { $0 + seen[$1] }
            let secondAfter = named[position].reduce(0) { $0 + totals[$1] - seen[$1] }
            let there = named[position].reduce(0) { $0 + counts[position][$1] }
            let score = firstSeen - secondBefore + secondAfter - (firstTotal - firstSeen)
            return Balance(score: score, namedThere: there)
        }
    }

    /// A stretch of the body a cut may go before: a paragraph, or the part of one from a line
    /// after a finished sentence that opens like a report or names the second report's places
    /// (`PlaceCue`). The PDF text may show no break there: a paragraph's last line may fall
    /// within a few characters of the column's width.
    struct Piece {
        var text: String
        /// The index of its first line in the lines it was cut from: line numbers need not count
        /// them (a line split in two keeps its number; a blank line put between paragraphs has none).
        var offset: Int
    }

    /// The places that let a cut go inside a paragraph, before a line that names them.
    enum PlaceCue {
        case none
        /// The second report's, known from its block.
        case placesOf(Set<String>)
        /// Any but the first report's: the second's block names none.
        case placesBeyond(Set<String>)
    }

    /// `paragraphs` are `lines` laid out (`BodyLayout`).
    func pieces(_ lines: [TextLine], _ paragraphs: [Paragraph], cue: PlaceCue) -> [Piece] {
        var pieces: [Piece] = []
        var second: KeywordIndex?
        if case .placesOf(let names) = cue { second = KeywordIndex(keywords: names.sorted()) }
        func namesPlace(_ text: String) -> Bool {
            switch cue {
            case .none: return false
            case .placesOf: return second?.firstOccurrence(in: text[...]) != nil
            case .placesBeyond(let first): return !places.signature(of: text, withSuffixes: true).isSubset(of: first)
            }
        }
        for paragraph in paragraphs {
            let own = lines.indices.filter { paragraph.lines.contains(lines[$0].number) && !lines[$0].isBlank }
            func piece(_ range: ArraySlice<Int>) -> Piece {
                Piece(text: range.map { lines[$0].text }.joined(), offset: range.first!)
            }
            var start = 0
            for index in own.indices.dropFirst() where lines[own[index - 1]].endsSentence {
                let text = lines[own[index]].text
                guard roles.opensReport(text) || namesPlace(text) else { continue }
                pieces.append(piece(own[start..<index]))
                start = index
            }
            guard start < own.count else { continue }
            pieces.append(piece(own[start...]))
        }
        return pieces
    }

    /// The places a title block names: its place tags and its title lines read together, with
    /// the townships its title names of a county the block names ("——某县某镇……纪实", or a tag
    /// "某县" under "某镇：……").
    func signature(of block: TitleBlock) -> Set<String> {
        let tags = block.lines.filter { $0.role == .place }.map(\.line.text)
        let title = block.titleText
        let counties = tags.compactMap { places.tag($0)?.county } + places.namedInFull(in: title)
        return tags.reduce(places.signature(of: title)) { $0.union(places.signature(of: $1)) }
            .union(places.townships(of: counties, namedIn: title))
    }

    /// What a block's title lines quote ("网格里亮起“夜巡灯”"): a title quotes what its report is
    /// about, so the report's body names it too and the other report's seldom does.
    func quotedTerms(of block: TitleBlock) -> Set<String> {
        let title = block.titleText
        let terms = QuotedPhrase.all(in: title).map(\.content).filter {
            Self.quotedTermLength.contains($0.unicodeScalars.count)
        }
        return Set(terms)
    }

    static let quotedTermLength = 2...8

    struct Count {
        var first: Int
        var second: Int
    }
}

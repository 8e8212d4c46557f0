import Foundation
import JingyanLayout

/// An article's lines as found on the page, before its structure is read.
struct ArticleDraft: Sendable {
    /// Body lines in order, blank lines included; photo captions removed.
    var body: [TextLine]
    /// The title block printed after the body.
    var titleBlock: [TitleLine]
    /// First and last line number, title block included.
    var lines: ClosedRange<Int>
}

struct TitleLine: Hashable, Sendable {
    enum Role: Hashable, Sendable { case title, author, place }
    var line: TextLine
    var role: Role
}

struct CaptionDraft: Sendable {
    var text: String
    var photographer: String?
    var lines: ClosedRange<Int>
}

/// Splits a page into articles and photo captions.
///
/// On these pages each article's title, byline and place tag are printed after its body, in any
/// order. A title block is found from its anchors — a line that is a byline (a personal name,
/// maybe after a role such as 记者) or a place tag (a name from the gazetteer, maybe with a
/// township) — and reaches back to the end of the body's last sentence. Captions are blocks
/// that end with a photo credit ("……某某 摄").
struct PageSegmenter {
    let lexicon: Lexicon
    let gazetteer: Gazetteer
    /// The last scalar of each credit marker: a line ending otherwise holds no credit.
    private let creditMarkerEnds: Set<Unicode.Scalar>

    init(lexicon: Lexicon, gazetteer: Gazetteer) {
        self.lexicon = lexicon
        self.gazetteer = gazetteer
        // Decomposed too: a text ending in the canonical equivalent of a marker ends with it.
        creditMarkerEnds = Set(lexicon.creditMarkers.flatMap { [$0, $0.decomposedStringWithCanonicalMapping] }.compactMap(\.unicodeScalars.last))
    }

    func segment(_ page: PageText) -> (articles: [ArticleDraft], captions: [CaptionDraft]) {
        var captions: [CaptionDraft] = []
        var captionLines = Set<Int>()
        for block in page.blocks {
            for caption in self.captions(in: block) {
                captions.append(caption)
                captionLines.formUnion(caption.lines)
            }
        }
        // Captions and page furniture leave blank lines behind, so that they separate what they stood between.
        let lines = page.lines.map { line in
            captionLines.contains(line.number) || lexicon.isPageFurniture(line.text) ? TextLine(number: line.number, text: "") : line
        }
        let printed = lines.indices.filter { !lines[$0].isBlank }
        // Each line's role, found once: the title blocks, their weighing and the drafts all ask.
        let roles = lines.map { $0.isBlank ? TitleLine.Role.title : role(of: $0.text) }
        let blocks = allTitleBlocks(lines: lines, printed: printed, roles: roles)
        func draft(body: ArraySlice<TextLine>, block: (start: Int, end: Int)?) -> ArticleDraft? {
            let titleIndices = block.map { (($0.start)...($0.end)).filter { !lines[$0].isBlank } } ?? []
            let numbers = (body.filter { !$0.isBlank }.map(\.number) + titleIndices.map { lines[$0].number })
            guard body.contains(where: \.endsSentence), let first = numbers.min(), let last = numbers.max() else { return nil }
            return ArticleDraft(
                body: Array(body), titleBlock: titleIndices.map { TitleLine(line: lines[$0], role: roles[$0]) }, lines: first...last)
        }
        // Most pages print each title block after its body; some print it before. A page whose
        // first title block has no body before it is of the second kind.
        let titleFirst = blocks.first.map { block in !lines[..<block.start].contains(where: \.endsSentence) } ?? false
        var articles: [ArticleDraft] = []
        if titleFirst {
            for (position, block) in blocks.enumerated() {
                let bodyEnd = position + 1 < blocks.count ? blocks[position + 1].start : lines.count
                if let article = draft(body: lines[(block.end + 1)..<bodyEnd], block: block) { articles.append(article) }
            }
        } else {
            var bodyStart = 0
            for block in blocks {
                if let article = draft(body: lines[bodyStart..<block.start], block: block) { articles.append(article) }
                bodyStart = block.end + 1
            }
            if let article = draft(body: lines[bodyStart...], block: nil) { articles.append(article) }
        }
        return (articles, captions)
    }

    /// Title blocks found by their anchors, plus those that need none: the label lines just
    /// before a news-brief opening ("本报讯……") and those at the end of the page.
    func allTitleBlocks(lines: [TextLine], printed: [Int], roles: [TitleLine.Role]) -> [(start: Int, end: Int)] {
        var blocks = titleBlocks(lines: lines, printed: printed, roles: roles)
        func isFree(_ index: Int) -> Bool { !blocks.contains { ($0.start...$0.end).contains(index) } }
        func labelRun(endingBefore position: Int) -> (start: Int, end: Int)? {
            var start = position
            while start > 0, isLabel(lines[printed[start - 1]]), isFree(printed[start - 1]) { start -= 1 }
            guard start < position, start > 0 else { return nil }
            return (printed[start], printed[position - 1])
        }
        for (position, index) in printed.enumerated() where position > 0 && isFree(index) {
            guard lexicon.opensNewsBrief(lines[index].text),
                let run = labelRun(endingBefore: position)
            else { continue }
            blocks.append(run)
        }
        if let last = printed.last, isFree(last), let run = labelRun(endingBefore: printed.count) {
            blocks.append(run)
        }
        return blocks.sorted { $0.start < $1.start }
    }

    // MARK: Captions

    /// Captions in a block: each line that ends with a photo credit closes one, which reaches
    /// back over the lines of its narrow column — to the block's start, a title-block line, or a
    /// line from a wider column (where the PDF text has no blank line around the caption).
    func captions(in block: [TextLine]) -> [CaptionDraft] {
        var captions: [CaptionDraft] = []
        var start = 0
        for (index, line) in block.enumerated() {
            guard let (text, photographer) = creditLine(line.text) else { continue }
            var first = index
            var width: Int?  // the caption column's width, from its full lines above the credit
            while first > start, !isAnchor(block[first - 1].text), width.map({ block[first - 1].width * 4 <= $0 * 5 }) ?? true {
                first -= 1
                width = max(width ?? 0, block[first].width)
            }
            let caption = (block[first..<index].map(\.text) + [text]).joined()
            captions.append(CaptionDraft(text: caption, photographer: photographer, lines: block[first].number...line.number))
            start = index + 1
        }
        return captions
    }

    /// "……精神。田林 摄", "（张伟 摄）", "本报记者 张伟 摄": the line's text without the credit,
    /// and the photographer.
    func creditLine(_ line: String) -> (text: String, photographer: String)? {
        guard mayEndWithCredit(line) else { return nil }
        var ending = Substring(line)
        for (open, close) in [("（", "）"), ("(", ")")] where ending.hasSuffix(close) {
            guard let openIndex = ending.lastIndex(of: Character(open)) else { continue }
            ending = ending[..<openIndex] + ending[ending.index(after: openIndex)..<ending.index(before: ending.endIndex)]
        }
        guard let marker = lexicon.creditMarkers.first(where: { ending.hasSuffix($0) }) else { return nil }
        var credit = ending.dropLast(marker.count)
        while let character = credit.last, character == " " || character == "/" { credit.removeLast() }
        let name = String(credit.reversed().prefix { $0.unicodeScalars.allSatisfy(Typography.isHan) }.reversed())
        guard (2...4).contains(name.count) else { return nil }
        var before = credit.dropLast(name.count).trimmingTrailingSpaces
        while let role = lexicon.authorRoles.first(where: { before.hasSuffix($0) }) {
            before = before.dropLast(role.count).trimmingTrailingSpaces
        }
        return (String(before), name)
    }

    /// False for a line that cannot end with a credit, told from its last scalar alone (this
    /// runs on every line; the Character comparisons of `creditLine` cost far more): a scalar
    /// that ends no marker, is a Character of its own and has no canonical equivalent. Anything
    /// else — a closing bracket, a combining mark, a compatibility ideograph — is left to `creditLine`.
    func mayEndWithCredit(_ line: String) -> Bool {
        guard let last = line.unicodeScalars.last else { return false }
        if creditMarkerEnds.contains(last) || last == ")" || last == "）" { return true }
        return !Typography.standsAlone(last) || Typography.isCompatibilityIdeograph(last)
    }

    // MARK: Title blocks

    /// Ranges (indices into `lines`) of the title blocks that close articles; `roles` by index into `lines`.
    func titleBlocks(lines: [TextLine], printed: [Int], roles: [TitleLine.Role]) -> [(start: Int, end: Int)] {
        var blocks: [(start: Int, end: Int)] = []
        let anchor = printed.map { roles[$0] != .title }  // by position in `printed`
        var position = 0  // into `printed`
        var previousEnd = -1
        while position < printed.count {
            guard anchor[position] else {
                position += 1
                continue
            }
            // Back to the end of the last sentence before the first anchor.
            var startPosition = position
            while startPosition > 0, printed[startPosition - 1] > previousEnd, isLabel(lines[printed[startPosition - 1]]) {
                startPosition -= 1
            }
            // Forward over further anchors and the label lines between them.
            var endPosition = position
            var probe = position + 1
            while probe < printed.count, isLabel(lines[printed[probe]]) {
                if anchor[probe] { endPosition = probe }
                probe += 1
            }
            // A title printed after the last anchor: label-only blocks with no clause marks.
            while endPosition + 1 < printed.count, isTrailingTitle(printed[endPosition + 1], lines: lines) {
                endPosition += 1
            }
            let candidate = (start: printed[startPosition], end: printed[endPosition])
            if accepts(candidate, lines: lines, printed: printed, roles: roles, endPosition: endPosition, previousEnd: previousEnd) {
                blocks.append(candidate)
                previousEnd = candidate.end
                position = endPosition + 1
            } else {
                position += 1
            }
        }
        return blocks
    }

    func hasClauseMarks(_ text: Substring) -> Bool { text.contains(where: Typography.clauseMarks.contains) }

    /// "某县：标题" → "标题": a title may name its place before a colon.
    static func droppingPlacePrefix(_ text: String) -> Substring {
        guard let colon = text.firstIndex(where: { $0 == "：" || $0 == ":" }),
            text.distance(from: text.startIndex, to: colon) <= 8,
            text[..<colon].unicodeScalars.allSatisfy(Typography.isHan)
        else { return Substring(text) }
        return text[text.index(after: colon)...]
    }

    /// A line that reads like the first line of a report ("今年以来，……", "本报讯……").
    func opensArticle(_ text: String) -> Bool {
        lexicon.openingCues.contains(where: text.hasPrefix) || lexicon.opensNewsBrief(text)
    }

    /// A line that can belong to a title block: it holds no sentence.
    func isLabel(_ line: TextLine) -> Bool {
        !line.text.unicodeScalars.contains(where: Typography.sentenceEnderScalars.contains)
    }

    func isAnchor(_ text: String) -> Bool { role(of: text) != .title }

    func role(of text: String) -> TitleLine.Role {
        if isByline(text) { return .author }
        if isPlaceTag(text) { return .place }
        return .title
    }

    /// "张三", "张三 李四", "本报记者 张三", "通讯员：李四" — but not a place's name.
    func isByline(_ text: String) -> Bool {
        guard let names = lexicon.bylineNames(text) else { return false }
        return !(names.count == 1 && isPlaceTag(names[0]))
    }

    /// A county's name or short name, maybe followed by a township's short name ("某县某镇").
    func isPlaceTag(_ text: String) -> Bool {
        // Han only, so scalars are Characters: counting them needs no grapheme breaking. Over
        // forty bytes is over ten scalars: most lines stop at the first test.
        guard text.utf8.count <= 40, text.unicodeScalars.allSatisfy(Typography.isHan), text.unicodeScalars.count <= 10 else { return false }
        if gazetteer.county(named: text) != nil { return true }
        if let county = gazetteer.county(prefixing: text) {
            let rest = text.dropFirst(text.hasPrefix(county.name) ? county.name.count : county.short.count)
            return (2...5).contains(rest.count)
        }
        return lexicon.townshipSuffixes.contains { text.hasSuffix($0) } && text.count <= 6
    }

    func isTrailingTitle(_ index: Int, lines: [TextLine]) -> Bool {
        let text = lines[index].text
        guard isLabel(lines[index]), !opensArticle(text), !hasClauseMarks(Self.droppingPlacePrefix(text)) else { return false }
        // The whole block must be label lines: a lede's first block always holds a sentence.
        var probe = index
        while probe < lines.count, !lines[probe].isBlank {
            if !isLabel(lines[probe]) { return false }
            probe += 1
        }
        return true
    }

    /// Weighs the evidence that a candidate closes an article rather than being, say, a
    /// section heading that happens to look like a name.
    func accepts(
        _ candidate: (start: Int, end: Int), lines: [TextLine], printed: [Int], roles: [TitleLine.Role], endPosition: Int, previousEnd: Int
    ) -> Bool {
        let members = (candidate.start...candidate.end).filter { !lines[$0].isBlank }
        let anchors = members.filter { roles[$0] != .title }.count
        var score = 2 * min(anchors, 2)
        if members.contains(where: { roles[$0] == .title }) { score += 1 }
        let next = endPosition + 1 < printed.count ? lines[printed[endPosition + 1]] : nil
        if let next {
            if opensArticle(next.text) { score += 2 }
            if BodyLayout.opensWithLead(next.text) { score -= 3 }
        } else {
            score += 2
        }
        let bodySentences = lines[(previousEnd + 1)..<candidate.start].filter(\.endsSentence).count
        if bodySentences < 2 { score -= 2 }
        return score >= 3
    }
}

extension Substring {
    var trimmingTrailingSpaces: Substring {
        var text = self
        while let last = text.last, last == " " || last == "　" { text.removeLast() }
        return text
    }
}

import Foundation
import JingyanLayout

struct CaptionDraft: Sendable {
    var text: String
    var photographer: String?
    var lines: ClosedRange<Int>
}

/// Finds photo captions: runs of lines that end with a photo credit ("……田林 摄", "（张伟 摄）",
/// "通讯员 王元虎 摄", "摄影 陆凯").
struct CaptionFinder {
    let lexicon: Lexicon
    /// The last scalar of each credit marker: a line ending otherwise holds no credit.
    private let creditMarkerEnds: ScalarSet
    /// The first scalar of each credit marker, looked for where a credit opens a caption.
    private let creditMarkerStarts: ScalarSet

    init(lexicon: Lexicon) {
        self.lexicon = lexicon
        // Decomposed too: a text ending in the canonical equivalent of a marker ends with it.
        // A handful of scalars, scanned (`ScalarSet`) rather than hashed: one is looked up per line.
        let ends = lexicon.creditMarkers.flatMap { [$0, $0.decomposedStringWithCanonicalMapping] }.compactMap(
            \.unicodeScalars.last)
        creditMarkerEnds = ScalarSet(Set(ends.map(Character.init)))
        creditMarkerStarts = ScalarSet(
            Set(lexicon.creditMarkers.compactMap(\.unicodeScalars.first).map(Character.init)))
    }

    /// Captions in a block: each line that ends with a photo credit closes one, which reaches
    /// back over the lines of its narrow column — to the block's start, an anchor line, or a
    /// line from a wider column (where the PDF text has no blank line around the caption).
    /// `unwrapped`: the text was copied from a web page, one paragraph a line.
    func captions(in block: [TextLine], unwrapped: Bool = false, isAnchor: (String) -> Bool) -> [CaptionDraft] {
        if let caption = creditFirstCaption(block) ?? uncreditedCaption(block, unwrapped: unwrapped) {
            return [caption]
        }
        var captions: [CaptionDraft] = []
        var start = 0
        for (index, line) in block.enumerated() {
            if index >= start, let caption = captionUnderPlaceholder(block, at: index) {
                captions.append(caption)
                start = index + 2
                continue
            }
            guard index >= start, let credit = creditLine(line.text) else { continue }
            if credit.photographer == nil {
                // A photo's source: the caption above it opens with a caption's word, or is the
                // block's one sentence ("某村村民在树下说事。" / "（资料图）"), or there is none.
                let first =
                    (max(start, index - Self.maxCaptionLines)..<index).first { opensCaption(block[$0].text) }
                    ?? (start == 0 && index == block.count - 1 && isOneSentence(block[..<index]) ? 0 : nil)
                let text = block[(first ?? index)..<index].map(\.text).joined() + credit.text
                captions.append(
                    CaptionDraft(text: text, photographer: nil, lines: block[first ?? index].number...line.number))
                start = index + 1
                continue
            }
            var first = index
            // A copy's line that is a whole caption ("……商议整治事宜。某某 摄") under a finished paragraph:
            // the caption is the line alone.
            let alone =
                unwrapped && index > start && block[index - 1].endsSentence
                && credit.text.unicodeScalars.contains(where: Typography.sentenceEnderScalars.contains)
            var width: Int?  // the caption column's width, from its full lines above the credit
            // A short block is the caption whole; in a longer one the caption is the run of
            // narrow lines above the credit.
            let wholeBlock = index - start < Self.maxCaptionLines
            // A caption's first line ("▲……", "图为……") under a finished sentence stops the walk up: the
            // text above it is a report's, not the caption's (a photo's own title above it is).
            while !alone, first > start, !(opensCaptionWithMark(block[first].text) && block[first - 1].endsSentence),
                !isAnchor(block[first - 1].text) || continuesClause(block, at: first - 1, after: start),
                wholeBlock || (width.map({ block[first - 1].width * 4 <= $0 * 5 }) ?? true)
            {
                first -= 1
                // The caption's last line may stop short: its width is that of the lines above.
                width = first == index - 1 ? nil : max(width ?? 0, block[first].width)
            }
            let caption = Self.droppingPhotoMark((block[first..<index].map(\.text) + [credit.text]).joined())
            captions.append(
                CaptionDraft(text: caption, photographer: credit.photographer, lines: block[first].number...line.number)
            )
            start = index + 1
        }
        return captions
    }

    /// One to three lines holding one sentence, which the last of them ends.
    func isOneSentence(_ lines: ArraySlice<TextLine>) -> Bool {
        guard let last = lines.last, last.endsSentence, (1...Self.maxSourcedCaptionLines).contains(lines.count) else {
            return false
        }
        let text = lines.map(\.text).joined()
        return !text.unicodeScalars.dropLast().contains(where: Typography.sentenceEnderScalars.contains)
    }

    static let maxSourcedCaptionLines = 3

    /// "图为某镇居民代表在议事会上商量……。": a block of one sentence that opens with a caption's words
    /// and names no photographer, between blank lines on a printed page.
    func uncreditedCaption(_ block: [TextLine], unwrapped: Bool) -> CaptionDraft? {
        guard !unwrapped, let first = block.first, let last = block.last, opensCaption(first.text),
            isOneSentence(block[...])
        else { return nil }
        return CaptionDraft(text: block.map(\.text).joined(), photographer: nil, lines: first.number...last.number)
    }
    static let maxCaptionLines = 8
    /// A credit that opens a caption ends its marker within this many scalars: "本报记者 某某某 摄".
    static let maxOpeningCredit = 20

    /// "本报记者 张伟 摄　村民在……商量明年的事。": a short block that opens with the photo's
    /// credit and ends a sentence is a caption whole, its photographer named first.
    /// So is one that opens with the credit in brackets: "（张伟 摄）村民在……商量明年的事。".
    func creditFirstCaption(_ block: [TextLine]) -> CaptionDraft? {
        guard let first = block.first, let last = block.last, block.count <= Self.maxCaptionLines,
            last.endsSentence
        else { return nil }
        if let opening = bracketedOpeningCredit(first.text) {
            let text = ([String(first.text[opening.end...])] + block.dropFirst().map(\.text)).joined()
            return CaptionDraft(text: text, photographer: opening.photographer, lines: first.number...last.number)
        }
        guard let photographer = openingCredit(first.text) else { return nil }
        return CaptionDraft(
            text: block.map(\.text).joined(), photographer: photographer, lines: first.number...last.number)
    }

    /// A credit in brackets opening a line, "（张伟 摄）……": the photographer, and where the
    /// caption's words start.
    func bracketedOpeningCredit(_ line: String) -> (photographer: String, end: String.Index)? {
        guard let open = line.first, open == "（" || open == "(",
            let close = line.prefix(Self.maxOpeningCredit).firstIndex(where: { $0 == "）" || $0 == ")" }),
            line.index(after: close) < line.endIndex
        else { return nil }
        let inside = String(line[line.index(after: line.startIndex)..<close])
        guard let credit = creditLine(inside) ?? creditFirst(inside), credit.text.isEmpty,
            let photographer = credit.photographer
        else { return nil }
        return (photographer, line.index(after: close))
    }

    /// A web copy's placeholder for a picture ("图片", "[图片]") and the line under it: a
    /// caption when that line is one short sentence, credited or not.
    func captionUnderPlaceholder(_ block: [TextLine], at index: Int) -> CaptionDraft? {
        guard Self.isPicturePlaceholder(block[index].text), index + 1 < block.count else { return nil }
        let line = block[index + 1]
        let credit = creditLine(line.text)
        guard line.text.count <= Self.maxPlaceholderCaption,
            credit != nil
                || line.endsSentence && !line.text.dropLast().contains(where: Typography.sentenceEnders.contains)
        else { return nil }
        return CaptionDraft(
            text: credit?.text ?? line.text, photographer: credit?.photographer,
            lines: block[index].number...line.number)
    }

    static func isPicturePlaceholder(_ text: String) -> Bool {
        guard text.utf8.count <= 12 else { return false }  // "【图片】": most lines are refused by their length
        let core = text.drop { "[【［".contains($0) }.prefix { !"]】］".contains($0) }
        return core == "图片" && text.count <= core.count + 2
    }

    static let maxPlaceholderCaption = 60

    /// The photographer of a line that opens with a credit and a space before the caption's
    /// words: "本报记者 张伟 摄　村民……", "张伟 摄影：村民……". The credit is the line up to one of
    /// its first spaces, and a byline.
    func openingCredit(_ line: String) -> String? {
        // Most lines hold no credit marker's first scalar near their start.
        guard line.unicodeScalars.prefix(Self.maxOpeningCredit).contains(where: creditMarkerStarts.contains) else {
            return nil
        }
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "　" }
        var from = line.startIndex
        for _ in 0..<3 {
            guard let space = line[from...].firstIndex(where: isSpace) else { return nil }
            let rest = line[space...].drop(while: isSpace)
            from = rest.startIndex
            guard let marker = lexicon.creditMarkers.first(where: { rest.hasPrefix($0) }) else { continue }
            let after = rest.dropFirst(marker.count)
            guard let separator = after.first, Self.creditFirstSeparators.contains(separator),
                after.dropFirst().unicodeScalars.contains(where: Typography.isHan)
            else { return nil }
            return lexicon.bylineNames(String(line[..<space]))?.last
        }
        return nil
    }

    /// A line after one that ends on a clause mark ("2025年3月5日，" / "某省某州某某"): the rest
    /// of a clause, however much it reads like a place tag.
    func continuesClause(_ block: [TextLine], at index: Int, after start: Int) -> Bool {
        guard index > start, let last = block[index - 1].text.last else { return false }
        return Typography.clauseMarks.contains(last)
    }

    struct Credit {
        var text: String
        /// Nil for a photo's source ("（图片由某县委宣传部提供）").
        var photographer: String?
    }

    /// "图为……": a caption's first words.
    /// "▲某某村的连片麦田。": the mark a page sets before a photo's caption, pointing at it.
    static func opensWithPhotoMark(_ line: String) -> Bool {
        Typography.firstScalar(of: line).map(photoMarks.contains) ?? false
    }

    /// The caption without the mark before it ("▲某某" → "某某"): typography, not words.
    static func droppingPhotoMark(_ text: String) -> String {
        guard opensWithPhotoMark(text) else { return text }
        return String(text.unicodeScalars.drop { photoMarks.contains($0) || Typography.isPrintedSpace($0) })
    }

    func opensCaptionWithMark(_ line: String) -> Bool { opensCaption(line) || Self.opensWithPhotoMark(line) }

    static let photoMarks: Set<Unicode.Scalar> = ["▲", "△", "▼", "▽", "◀", "▶", "◆"]

    func opensCaption(_ line: String) -> Bool {
        lexicon.captionOpeners.contains { Typography.hasPrefix(line, $0) }
    }

    /// "……精神。田林 摄", "（张伟 摄）", "本报记者 张伟 摄",
    /// "……加油站” 摄影 陆凯": the line's text without the credit, and the photographer.
    func creditLine(_ printed: String) -> Credit? {
        // "杨　芳　摄": a two-character name padded with an ideographic space, as bylines set them.
        let line = Lexicon.joiningPaddedNames(printed)
        if let credit = creditFirst(line) { return credit }
        guard mayEndWithCredit(line) else { return nil }
        if lexicon.isPhotoSource(line) { return Credit(text: "", photographer: nil) }
        if let credit = bracketedCreditFirst(line) { return credit }
        // "……。（图片由某某街道提供）": the photo's source in brackets after the caption.
        if let open = line.lastIndex(where: { $0 == "（" || $0 == "(" }), open > line.startIndex,
            lexicon.isPhotoSource(String(line[open...]))
        {
            return Credit(text: String(line[..<open]), photographer: nil)
        }
        let ending = Self.openingEndBrackets(line)
        guard let marker = lexicon.creditMarkers.first(where: { ending.hasSuffix($0) }) else { return nil }
        var credit = ending.dropLast(marker.count)
        while let character = credit.last, Self.beforeMarker.contains(character) {
            credit.removeLast()
        }
        if let unit = unitCredited(credit) { return Credit(text: String(credit[..<unit]), photographer: nil) }
        credit = spacingNameFromRole(credit)
        guard let name = PersonalNames.trailingName(of: credit) else { return nil }
        return Credit(text: String(droppingRoles(credit[..<name.startIndex])), photographer: String(name))
    }

    /// "……（本报记者杨丽娟" → "……（本报记者 杨丽娟": a role run on to the name after it, at the credit's end.
    func spacingNameFromRole(_ credit: Substring) -> Substring {
        let roles = lexicon.authorRoles.filter { $0.count > 1 }
        guard
            let role = roles.compactMap({ credit.range(of: $0, options: .backwards) }).max(by: {
                $0.upperBound < $1.upperBound
            }),
            case let rest = credit[role.upperBound...], (2...Lexicon.maxNameLength).contains(rest.count),
            rest.unicodeScalars.allSatisfy(Typography.isHan)
        else { return credit }
        return credit[..<role.upperBound] + " " + rest
    }

    /// What may stand between a credit's name and its marker: "张伟 摄", "张伟/摄", "张伟／摄".
    static let beforeMarker: Set<Character> = [" ", "　", "/", "／"]

    /// Where the name of a unit credited for the photo starts: the run of Han at the credit's
    /// end, three characters or more, ending as a unit's name does ("紫柏街道", "县委宣传部").
    func unitCredited(_ credit: Substring) -> String.Index? {
        guard lexicon.photoUnitEndings.contains(where: { credit.hasSuffix($0) }) else { return nil }
        var start = credit.endIndex
        while start > credit.startIndex, let scalar = credit[credit.index(before: start)].unicodeScalars.first,
            Typography.isHan(scalar)
        {
            start = credit.index(before: start)
        }
        return credit.distance(from: start, to: credit.endIndex) >= 3 ? start : nil
    }

    /// The line with the brackets around its end taken away ("……（张伟 摄）" → "……张伟 摄").
    static func openingEndBrackets(_ line: String) -> Substring {
        var ending = Substring(line)
        for (open, close) in [("（", "）"), ("(", ")")] where ending.hasSuffix(close) {
            guard let openIndex = ending.lastIndex(of: Character(open)) else { continue }
            ending =
                ending[..<openIndex] + ending[ending.index(after: openIndex)..<ending.index(before: ending.endIndex)]
        }
        return ending
    }

    /// The credit word first, in brackets at the line's end: "……。（图/张伟）", "（摄影：张伟）".
    func bracketedCreditFirst(_ line: String) -> Credit? {
        for (open, close) in [("（", "）"), ("(", ")")] where line.hasSuffix(close) {
            guard let openIndex = line.lastIndex(of: Character(open)),
                let credit = creditFirst(
                    String(line[line.index(after: openIndex)..<line.index(before: line.endIndex)])),
                credit.text.isEmpty, !isByline(String(line[..<openIndex]))
            else { continue }
            return Credit(text: String(line[..<openIndex]), photographer: credit.photographer)
        }
        return nil
    }

    /// What stands between a credit word and the name after it: "摄影 陆凯", "摄影：陆凯", "图/陆凯".
    static let creditFirstSeparators: Set<Character> = [" ", "　", "：", ":", "/", "／"]
    /// The separators as scalars: each is one scalar, and no other scalar is canonically equal to one.
    static let creditFirstSeparatorScalars = ScalarSet(creditFirstSeparators)

    /// The credit word first, at the line's end: "……加油站” 摄影 陆凯", "摄影：陆凯", "图/陆凯",
    /// "图／记者 王雪".
    func creditFirst(_ line: String) -> Credit? {
        guard mayEndWithName(line) else { return nil }
        let trimmed = Substring(line).trimmingTrailingSpaces
        guard let name = PersonalNames.trailingName(of: trimmed) else { return nil }
        var before = trimmed[..<name.startIndex]
        guard let separator = before.last, Self.creditFirstSeparators.contains(separator) else { return nil }
        before = before.dropLast().trimmingTrailingSpaces
        // "图／记者 王雪": the photographer's role between the marker and the name.
        let unroled = droppingRoles(before)
        if unroled.count < before.count, let mark = unroled.last, Self.creditFirstSeparators.contains(mark) {
            before = unroled.dropLast().trimmingTrailingSpaces
        }
        guard let marker = lexicon.creditFirstMarkers.first(where: { before.hasSuffix($0) }) else { return nil }
        before = before.dropLast(marker.count)
        // The marker stands alone: at the line's start or after a space or a closing mark.
        if let previous = before.last,
            !(previous == " " || previous == "　" || Typography.closers.contains(previous)
                || Typography.sentenceEnders.contains(previous))
        {
            return nil
        }
        let text = String(before.trimmingTrailingSpaces)
        if isByline(text) { return nil }
        return Credit(text: text, photographer: String(name))
    }

    /// "文/本报记者 张三 图/李四", "文：张三　摄影：李四", "某某日报记者　张三　摄影：李四": a byline that
    /// credits the photos too, not a caption. A one-character role is a token of its own; an
    /// outlet's name may run into the role.
    func isByline(_ text: String) -> Bool {
        let firstToken = Typography.droppingBullets(text).prefix { !Self.creditFirstSeparators.contains($0) }
        let opensWithRole = lexicon.roleOpening(firstToken) != nil || lexicon.endsWithRole(firstToken)
        return opensWithRole && lexicon.bylineNames(text) != nil
    }

    func droppingRoles(_ text: Substring) -> Substring {
        var before = text.trimmingTrailingSpaces
        while let role = lexicon.authorRoles.first(where: { before.hasSuffix($0) }) {
            before = before.dropLast(role.count).trimmingTrailingSpaces
        }
        return before
    }

    /// False for a line that cannot end with a credit, told from its last scalar alone (this
    /// runs on every line, so `creditLine`'s Character comparisons are left to the few): a scalar
    /// that ends no marker, is a Character of its own and has no canonical equivalent. Anything
    /// else — a closing bracket, a combining mark, a compatibility ideograph — is left to `creditLine`.
    func mayEndWithCredit(_ line: String) -> Bool {
        guard let last = Typography.lastScalar(of: line) else { return false }
        // "……提供": a photo's source ("图片由某某街道提供").
        if creditMarkerEnds.contains(last) || last == ")" || last == "）" || last == "供" { return true }
        return !Typography.standsAlone(last) || Typography.isCompatibilityIdeograph(last)
    }
}

extension CaptionFinder {
    /// False for a line whose last scalars, trailing spaces aside, are not a separator and two
    /// or more Han (name dots between them), at most a dotted name's length: then `creditFirst`
    /// finds no name after a separator either. A name's
    /// Characters are single Han scalars, and the spaces and separators it compares with are
    /// single scalars with no canonical equivalent, so a credit ends the same way in scalars.
    /// This runs on every line, so its end is read as scalars, without grapheme breaking.
    func mayEndWithName(_ line: String) -> Bool {
        let separators = CaptionFinder.creditFirstSeparatorScalars  // read once, not per scalar
        var han = 0
        var trailing = true  // still in the spaces at the line's end
        for scalar in line.unicodeScalars.reversed() {
            if trailing && (scalar == " " || scalar == "　") { continue }
            trailing = false
            if PersonalNames.nameDots.contains(scalar), han > 0 {
                han += 1  // a dotted name's parts
                continue
            }
            guard Typography.isHan(scalar) else {
                return han >= 2 && separators.contains(scalar)
            }
            han += 1
            if han > PersonalNames.maxDottedLength { return false }
        }
        return false
    }
}

extension Substring {
    var trimmingTrailingSpaces: Substring {
        var text = self
        while let last = text.last, last == " " || last == "　" { text.removeLast() }
        return text
    }
}

import JingyanLayout

/// What a printed line can be when it stands among the short lines around an article's body.
enum LineRole: Hashable, Sendable {
    /// A title line: a phrase with no sentence in it and no clause marks.
    case title
    /// A byline: names, maybe after roles ("记者 张三 通讯员 李四").
    case byline
    /// A place tag: a county or prefecture name, maybe with a township ("某县某镇", "某某").
    case place
    /// A phrase with clause marks and no sentence: a heading wrapped over lines, or body text.
    case headingLike
    /// A line that holds a sentence, or is too long for a label: body text.
    case body

    /// Byline and place tags anchor a title block: nothing else in a body looks like them.
    var isAnchor: Bool { self == .byline || self == .place }
}

/// Tells the role of a line from its own text: the lexicon's bylines and the gazetteer's places.
struct LineRoleReader {
    let lexicon: Lexicon
    let places: PlaceNames

    /// The longest label a page prints on one line, in characters.
    static let maxLabelLength = 40

    func role(of text: String) -> LineRole {
        guard !text.isEmpty, Typography.characterCount(of: text) <= Self.maxLabelLength else { return .body }
        if hasSentenceInside(text) || opensReport(text) { return .body }
        if isByline(text) { return .byline }
        if places.isPlaceTag(text) { return .place }
        return hasClauseMarks(Self.droppingPlacePrefix(text)) ? .headingLike : .title
    }

    /// A full stop anywhere, or a "？" or "！" before a closing quote ("……哩！”" is speech); a
    /// title may hold "？" or "！" ("基层治理怎么抓？说说……"). One pass over the scalars, no copy:
    /// this runs on every line of a page.
    func hasSentenceInside(_ text: String) -> Bool {
        var afterEnder = false  // the scalar before is "？", "！" or another ender that needs a closer
        for scalar in text.unicodeScalars {
            if afterEnder && Typography.closerScalars.contains(scalar) { return true }
            afterEnder = Typography.sentenceEnderScalars.contains(scalar)
            if afterEnder && (scalar == "。" || scalar == "…") { return true }
        }
        return false
    }

    /// A line that reads like the first line of a report ("今年以来，……", "本报讯……").
    func opensReport(_ text: String) -> Bool {
        lexicon.opensWithCue(text) || lexicon.opensNewsBrief(text)
    }

    /// A clause mark among the text's Characters. When every scalar stands alone (see
    /// `Typography.standsAlone`) the scalars are the Characters, and none of them is canonically
    /// equal to a mark but the mark itself: the scalars answer, with no grapheme breaking.
    func hasClauseMarks(_ text: Substring) -> Bool {
        let onScalars = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            var found = false
            var index = 0
            while index < bytes.count {
                let (scalar, length) = Typography.scalar(in: bytes, at: index)
                guard Typography.standsAlone(scalar) else { return nil }
                found = found || Typography.clauseMarkScalars.contains(scalar)
                index += length
            }
            return found
        }
        return (onScalars ?? nil) ?? text.contains(where: Typography.clauseMarks.contains)
    }

    /// "张三", "张三 李四", "本报记者 张三", "通讯员：李四" — but not a place's name.
    func isByline(_ text: String) -> Bool {
        guard let names = lexicon.bylineNames(text) else { return false }
        return !(names.count == 1 && places.isPlaceTag(names[0]))
    }

    /// "某县：标题" → "标题": a title may name its place before a colon.
    static func droppingPlacePrefix(_ text: String) -> Substring {
        PlacePrefix(of: text)?.rest ?? Substring(text)
    }
}

/// The place a title names before its colon: "某县某乡：标题", "贵州某某:标题".
struct PlacePrefix {
    var place: Substring
    var rest: Substring

    /// Nil unless the text has a colon within `maxLength` characters after Han characters only.
    ///
    /// Read on scalars: a Han scalar is a Character of its own, so the Han run from the text's
    /// start is its first Characters, and the colon that ends it is the first colon Character
    /// when nothing joins the colon; a colon with a scalar after it that might join it (one that
    /// does not stand alone) is left to the Characters.
    init?(of text: String) {
        let scalars = text.unicodeScalars
        var colon = scalars.startIndex
        var length = 0
        while colon < scalars.endIndex, Typography.isHan(scalars[colon]) {
            length += 1
            guard length <= Self.maxLength else { return nil }
            scalars.formIndex(after: &colon)
        }
        guard colon < scalars.endIndex, scalars[colon] == "：" || scalars[colon] == ":" else { return nil }
        let after = scalars.index(after: colon)
        if after < scalars.endIndex, !Typography.standsAlone(scalars[after]) {
            guard let prefix = Self.readingCharacters(text) else { return nil }
            self = prefix
            return
        }
        place = text[..<colon]
        rest = text[after...]
    }

    init(place: Substring, rest: Substring) {
        self.place = place
        self.rest = rest
    }

    /// The same reading on Characters, for texts whose colon may join a following scalar.
    static func readingCharacters(_ text: String) -> PlacePrefix? {
        guard let colon = text.firstIndex(where: { $0 == "：" || $0 == ":" }),
            text.distance(from: text.startIndex, to: colon) <= Self.maxLength,
            text[..<colon].unicodeScalars.allSatisfy(Typography.isHan)
        else { return nil }
        return PlacePrefix(place: text[..<colon], rest: text[text.index(after: colon)...])
    }

    static let maxLength = 12
}

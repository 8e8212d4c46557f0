import JingyanLayout
import JingyanModel
import JingyanSupport

/// The roles of a title block's lines: title, byline, place tag.
struct TitleBlockReading {
    var title: String?
    var placeTags: [String]
    var bylines: [[String]]

    /// `bodyNames`: the body names the text, to tell a village's name over the title.
    init(_ lines: [TitleLine], lexicon: Lexicon, bodyNames: (String) -> Bool = { _ in false }) {
        var titleLines: [String] = []
        for line in Self.titleRun(lines) {
            // A browser tab's title above a copy's ("标题_某某频道_某某网") repeats it.
            let text = Typography.closingLetterSpacing(Self.droppingSiteName(line.line.text))
            if text != titleLines.last { titleLines.append(text) }
        }
        if titleLines.count >= 2, Self.isRubric(titleLines[0]) { titleLines.removeFirst() }
        if let first = titleLines.first { titleLines[0] = Typography.droppingLeadingTag(first) }
        // A village's name over the title that the body names ("下党村"): the block's place line.
        // A title's own words end in 村 too: "……不出村" wrapped, "乡贤回村" over the rest.
        var villages: [String] = []
        if titleLines.count >= 2, Self.isVillageName(titleLines[0], lexicon: lexicon), bodyNames(titleLines[0]) {
            villages.append(titleLines.removeFirst())
        }
        // Under it, a township's and a village's names that the body names ("某某镇某某村"): so too.
        if titleLines.count >= 2, let last = titleLines.last, Self.isTownshipAndVillage(last, lexicon: lexicon),
            bodyNames(last)
        {
            villages.append(titleLines.removeLast())
        }
        title =
            titleLines.isEmpty
            ? nil : Self.droppingPictureMark(Self.droppingSeriesName(Self.droppingSiteName(titleLines.joined())))
        placeTags = lines.filter { $0.role == .place }.map(\.line.text) + villages
        bylines = Self.bylineTexts(lines, lexicon: lexicon).compactMap { lexicon.bylineNames($0) }
    }

    /// The block's title lines: its longest run of them printed one under another. A title
    /// line apart from it, after a blank line or a byline, is some other label the block holds
    /// ("贵州日报天眼" over "新闻记者 某某": an outlet's name wrapped off its byline); a line in
    /// another script is the title in that language.
    static func titleRun(_ lines: [TitleLine]) -> [TitleLine] {
        let titles = lines.filter { ($0.role == .title || $0.role == .headingLike) && !isInOtherScript($0.line.text) }
        var runs: [ArraySlice<TitleLine>] = []
        var start = 0
        for index in titles.indices.dropFirst() where titles[index].line.number != titles[index - 1].line.number + 1 {
            runs.append(titles[start..<index])
            start = index
        }
        runs.append(titles[start...])
        guard runs.count > 1 else { return titles }
        let length = { (run: ArraySlice<TitleLine>) in run.reduce(0) { $0 + $1.line.text.unicodeScalars.count } }
        // The first of the longest: `max` would keep the last of equals.
        let longest = runs.map(length).max() ?? 0
        return Array(runs.first { length($0) == longest } ?? titles[...])
    }

    /// A line in a script other than Chinese, with no Han in it: the title or place in Tibetan,
    /// Uyghur or Mongolian that some papers print over the Chinese one.
    static func isInOtherScript(_ text: String) -> Bool {
        !text.unicodeScalars.contains(where: Typography.isHan)
            && text.unicodeScalars.contains { !$0.isASCII && $0.properties.isAlphabetic }
    }

    /// The block's bylines, a line of names with no role joined to the byline printed right
    /// above it: the names wrapped onto the next line ("记者 某某" / "某某某").
    static func bylineTexts(_ lines: [TitleLine], lexicon: Lexicon) -> [String] {
        var texts: [String] = []
        var lastByline: Int?  // the line number of the byline read last
        for line in lines where line.role == .byline {
            let text = line.line.text
            // An outlet's name wrapped off the role under it ("贵州日报天眼" / "新闻记者 某某"): no names,
            // and none to go on.
            if lastByline != line.line.number - 1, lexicon.bylineNames(text) == nil,
                lexicon.roleOpening(Substring(text)) == nil, !lexicon.isRolesOnly(text)
            {
                continue
            }
            if lastByline == line.line.number - 1, let above = texts.last,
                lexicon.roleOpening(Substring(Typography.droppingBullets(text))) == nil
            {
                texts[texts.count - 1] = above + " " + text
            } else {
                texts.append(text)
            }
            lastByline = line.line.number
        }
        return texts
    }

    /// Two or three Han characters and a village's suffix (lexicon `village_suffixes`), not a word
    /// for the countryside ("乡村").
    static func isVillageName(_ text: String, lexicon: Lexicon) -> Bool {
        guard text.unicodeScalars.allSatisfy(Typography.isHan),
            let suffix = lexicon.villageSuffixes.first(where: text.hasSuffix),
            Self.villageNameLength.contains(text.count - suffix.count)
        else { return false }
        return !lexicon.notVillages.contains(where: text.hasSuffix)
    }

    static let villageNameLength = 2...3

    /// "某某镇某某村": a township's name (two to four Han and a township suffix) and a village's.
    static func isTownshipAndVillage(_ text: String, lexicon: Lexicon) -> Bool {
        guard text.unicodeScalars.allSatisfy(Typography.isHan) else { return false }
        return lexicon.townshipSuffixes.contains { suffix in
            guard let end = text.range(of: suffix)?.upperBound else { return false }
            let township = text[..<end]
            return (2...4).contains(township.count - suffix.count)
                && isVillageName(String(text[end...]), lexicon: lexicon)
        }
    }

    /// A column's name printed above a title: short phrases of Han joined by a middle dot
    /// ("平安建设·经验谈"), the way papers name their columns, or a series' name and its number
    /// in a circle ("基层治理创新谈⑤").
    static func isRubric(_ line: String) -> Bool {
        if let last = line.unicodeScalars.last, isCircledNumber(last) {
            let name = line.unicodeScalars.dropLast()
            return (2...maxRubricLength).contains(name.count) && name.allSatisfy(Typography.isHan)
        }
        let parts = line.split(whereSeparator: Self.middleDots.contains)
        return parts.count >= 2 && line.count <= Self.maxRubricLength
            && parts.allSatisfy { $0.count >= 2 && $0.unicodeScalars.allSatisfy(Typography.isHan) }
    }

    /// ①–⑳ and ㉑–㊿.
    static func isCircledNumber(_ scalar: Unicode.Scalar) -> Bool {
        (0x2460...0x2473).contains(scalar.value) || (0x3251...0x325F).contains(scalar.value)
            || (0x32B1...0x32BF).contains(scalar.value)
    }

    static let middleDots: Set<Character> = ["·", "•", "・"]
    static let maxRubricLength = 12

    /// A title after its series' name and a bar ("基层治理新观察｜标题"): the title alone. A site's
    /// name after the bar ("标题｜某某网") is no title.
    static func droppingSeriesName(_ title: String) -> String {
        guard let bar = title.firstIndex(where: Self.bars.contains) else { return title }
        let series = title[..<bar]
        let rest = title[title.index(after: bar)...].drop { $0 == " " || $0 == "　" }
        guard (2...maxRubricLength).contains(series.count), series.unicodeScalars.allSatisfy(Typography.isHan),
            rest.count >= Self.minTitleAfterSeries, let last = rest.last, !siteNameEnds.contains(last)
        else { return title }
        return String(rest)
    }

    static let bars: Set<Character> = ["｜", "|", "丨"]

    /// A web title with the mark a site adds for its pictures ("标题(图)", "标题【组图】"): the title alone.
    static func droppingPictureMark(_ title: String) -> String {
        for mark in Self.pictureMarks where title.hasSuffix(mark) && title.count > mark.count {
            return String(title.dropLast(mark.count))
        }
        return title
    }

    static let pictureMarks = ["(图)", "（图）", "【图】", "[图]", "(组图)", "（组图）", "【组图】", "[组图]"]
    static let minTitleAfterSeries = 4

    /// A web page's title followed by where the site files it ("标题_某某频道_某某网"): the
    /// title alone. A title's own words hold no underscore.
    static func droppingSiteName(_ title: String) -> String {
        // "标题 - 某某新闻网", "标题 | 某某网": a site's name after a spaced dash or bar.
        for separator in [" - ", " | ", "｜ "] where title.utf8.contains(0x20) {
            if let cut = title.ranges(of: separator).last, cut.lowerBound > title.startIndex {
                let site = title[cut.upperBound...]
                if site.count <= maxSiteFieldLength, let last = site.last, siteNameEnds.contains(last) {
                    return String(title[..<cut.lowerBound])
                }
            }
        }
        let isUnderscore: (Character) -> Bool = { $0 == "_" || $0 == "＿" }
        guard let cut = title.firstIndex(where: isUnderscore), cut > title.startIndex else { return title }
        let fields = title[cut...].split(whereSeparator: isUnderscore)
        return fields.allSatisfy({ $0.count <= maxSiteFieldLength }) ? String(title[..<cut]) : title
    }

    static let maxSiteFieldLength = 12
    /// How a site's name ends: "网", "日报", "客户端", "频道", "号", "台".
    static let siteNameEnds: Set<Character> = ["网", "报", "端", "道", "号", "台", "站"]

    /// The authors, leaving out a byline-shaped line that is in fact the article's place tag (a
    /// county the gazetteer does not know, such as "某某", looks like a personal name).
    func author(excluding place: Place) -> String? {
        let placeNames =
            [place.short, place.county] + (place.township.map { [$0, place.short + $0.dropLast()] } ?? [])
        // A post line and the byline under it may both name the author: one person, named once.
        var names = UniqueStrings()
        for name in bylines.filter({ !($0.count == 1 && placeNames.contains($0[0])) }).joined() { names.insert(name) }
        return names.strings.isEmpty ? nil : names.strings.joined(separator: "、")
    }
}

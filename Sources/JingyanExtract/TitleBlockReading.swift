import JingyanLayout
import JingyanModel
import JingyanSupport

/// The roles of a title block's lines: title, byline, place tag.
struct TitleBlockReading {
    var title: String?
    var placeTags: [String]
    var bylines: [[String]]

    /// `bodyNames`: the body names the text, to tell a village's name over the title. `siteNames`:
    /// a web copy's furniture lines, where its site or app names itself ("打开某某云端，阅读更多"); nil
    /// for a page's text.
    init(
        _ lines: [TitleLine], lexicon: Lexicon, siteNames: String? = nil, bodyNames: (String) -> Bool = { _ in false }
    ) {
        // A copy's first line, over its title, a site's name by its ending ("某某新闻网", "温州网"): no
        // title, byline or place.
        let lines = siteNames != nil && Self.opensWithSiteName(lines) ? Array(lines.dropFirst()) : lines
        var titleLines: [String] = []
        for line in Self.titleRun(lines) {
            // A browser tab's title above a copy's ("标题_某某频道_某某网") repeats it.
            let text = Typography.closingLetterSpacing(Self.droppingSiteName(line.line.text))
            if text != titleLines.last { titleLines.append(text) }
        }
        // A copy's account under its title ("标题" / "某某县融媒体中心" / "2026-06-18 20:12"): no title.
        if siteNames != nil, titleLines.count >= 2, let last = titleLines.last, PageSegmenter.isOutletName(last) {
            titleLines.removeLast()
        }
        if titleLines.count >= 2, Self.isRubric(titleLines[0]) || Self.isColumnName(titleLines[0], lexicon: lexicon) {
            titleLines.removeFirst()
        }
        // A copy's first line a short name over its title ("某某云端" / "标题") that its furniture names
        // again, or opens with the brand of the app the furniture names ("冀云某某" and "冀云客户端"): the
        // site's or app's name.
        if let siteNames, titleLines.count >= 2, Self.isSiteName(titleLines[0]),
            siteNames.split(separator: "\n").contains(where: {
                $0.contains(titleLines[0]) && !$0.contains(titleLines[0] + titleLines[1])
                    || Self.opensWithAppBrand(titleLines[0], named: $0)
            })
        {
            titleLines.removeFirst()
        }
        // A kicker that is a tag alone ("【蹲点一线】") over the title.
        if titleLines.count >= 2, Self.isTagAlone(titleLines[0]) { titleLines.removeFirst() }
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
        let joined = titleLines.isEmpty ? nil : Self.droppingTopic(titleLines.joined())
        let closing = joined.flatMap(Self.closingTag)
        title = (closing?.title ?? joined).map {
            Self.droppingPictureMark(Self.droppingSeriesName(Self.droppingSiteName(Self.droppingWholeBrackets($0))))
        }
        // An editor's title field ("标题：某某　12/64") names the title the copy is filed under.
        if let field = lines.lazy.compactMap({ Self.titleField($0.line.text) }).first { title = field }
        // A township's name closing the title in brackets ("标题【某某镇】") is its place line.
        if let tag = closing?.tag, lexicon.townshipSuffixes.contains(where: tag.hasSuffix) { villages.append(tag) }
        placeTags = lines.filter { $0.role == .place }.map(\.line.text) + villages
        bylines = Self.bylineTexts(lines, lexicon: lexicon).compactMap { lexicon.bylineNames($0) }
    }

    /// "#某某# 标题": a post's topic before its title.
    static func droppingTopic(_ title: String) -> String {
        guard title.hasPrefix("#"), let end = title.dropFirst().firstIndex(of: "#") else { return title }
        let topic = title[title.index(after: title.startIndex)..<end]
        let rest = title[title.index(after: end)...].drop { $0 == " " || $0 == "　" }
        guard (1...Self.maxClosingTag * 2).contains(topic.count), rest.count >= Self.minTitleAfterSeries else {
            return title
        }
        return String(rest)
    }

    struct ClosingTag {
        var title: String
        var tag: String
    }

    /// "标题【某某镇】", "标题【署名】": a short tag in lenticular brackets after the title's words, a
    /// place or a field's label, no word of the title.
    static func closingTag(_ title: String) -> ClosingTag? {
        guard title.hasSuffix("】"), let open = title.lastIndex(of: "【"), !title.hasPrefix("【") else { return nil }
        let tag = title[title.index(after: open)..<title.index(before: title.endIndex)]
        let words = title[..<open].trimmingTrailingSpaces
        guard (1...Self.maxClosingTag).contains(tag.count), tag.unicodeScalars.allSatisfy(Typography.isHan),
            words.count >= Self.minTitleAfterSeries
        else { return nil }
        return ClosingTag(title: String(words), tag: String(tag))
    }

    static let maxClosingTag = 6

    /// A title set whole in lenticular brackets ("【标题】", a column of briefs' style) without them.
    static func droppingWholeBrackets(_ title: String) -> String {
        title.hasPrefix("【") ? Typography.headingWords(title) : title
    }

    /// The block's title lines: its longest run of them printed one under another. A title
    /// line apart from it, after a blank line or a byline, is some other label the block holds
    /// ("贵州日报天眼" over "新闻记者 某某": an outlet's name wrapped off its byline); a line in
    /// another script is the title in that language, and an outlet's or account's name ("某某发布") none.
    static func titleRun(_ lines: [TitleLine]) -> [TitleLine] {
        let titles = lines.filter {
            ($0.role == .title || $0.role == .headingLike) && !isInOtherScript($0.line.text)
                && !PageSegmenter.isOutletName($0.line.text)
        }
        var runs: [ArraySlice<TitleLine>] = []
        var start = 0
        for index in titles.indices.dropFirst() where titles[index].line.number != titles[index - 1].line.number + 1 {
            runs.append(titles[start..<index])
            start = index
        }
        runs.append(titles[start...])
        // A site's or app's lines among the block's (a bar of links, a field): no title where another run is one.
        if runs.contains(where: { !isChrome($0) }) { runs.removeAll(where: isChrome) }
        // A head with its own ——subtitle over another title: a banner over the reports under it.
        if let banner = runs.dropLast().lastIndex(where: {
            $0.contains { $0.line.text.hasPrefix(LabelGroupScorer.subtitleDash) }
        }) {
            runs.removeFirst(banner + 1)
        }
        guard runs.count > 1 else { return Array(runs.first ?? titles[...]) }
        if let onAnchor = runOnFirstAnchor(runs, lines: lines) { return Array(onAnchor) }
        let length = { (run: ArraySlice<TitleLine>) in
            run.reduce(0) { $0 + $1.line.text.unicodeScalars.count { !Typography.isPrintedSpace($0) } }
        }
        // The first of the longest: `max` would keep the last of equals.
        let longest = runs.map(length).max() ?? 0
        return Array(runs.first { length($0) == longest } ?? titles[...])
    }

    /// The run printed over the block's first byline, no other line of the block between, the
    /// lines above it apart by a blank line: a post's or page's lines over a pasted report ("朋友圈" / "某某" /
    /// "#话题# 转给大家看看" / "" / "标题" / "口述 某某"), where the title is the one its credits sit under.
    /// A run of lines that reads as a page's chrome rather than a title: two or three characters
    /// ("北京"), a line of three fields or more set apart by spaces ("文件　开始　插入", "分享：微信　微博　QQ空间"),
    /// a field after a spaced one ("某刊2026年第12期　栏目：经验交流"), or a short label and value ("本文转自：某某日报").
    static func isChrome(_ run: ArraySlice<TitleLine>) -> Bool {
        let text = run.map(\.line.text).joined()
        if text.unicodeScalars.count(where: { !Typography.isPrintedSpace($0) }) <= Self.maxChromeLength { return true }
        // "原文发各位，全文如下：": a message leading into what it forwards.
        if run.count == 1, let last = text.last, last == "：" || last == ":", text.contains(where: { $0 == "，" }) {
            return true
        }
        return run.contains { line in
            let text = Typography.closingLetterSpacing(line.line.text)  // "山 沟 里" is one field
            let fields = text.split(whereSeparator: { $0 == " " || $0 == "　" })
            if fields.count >= Self.minChromeFields { return true }
            if fields.dropFirst().contains(where: isLabelled) { return true }
            return run.count == 1 && fields.count == 1 && isLabelled(fields[0])
                && !fields[0].unicodeScalars.contains(Typography.openingQuote)
                && fields[0].count <= Self.maxLabelledChrome
        }
    }

    /// "栏目：经验交流": a label of two to four Han and a colon opening the text.
    static func isLabelled(_ field: Substring) -> Bool {
        guard let colon = field.firstIndex(where: { $0 == "：" || $0 == ":" }) else { return false }
        let label = field[..<colon]
        return (2...4).contains(label.count) && label.unicodeScalars.allSatisfy(Typography.isHan)
    }

    static let maxChromeLength = 3
    static let minChromeFields = 3
    static let maxLabelledChrome = 12

    /// A title and its byline: a blank line, or a line of page furniture and a blank line, between them at most.
    static let maxLinesOverAnchor = 3

    static func runOnFirstAnchor(_ runs: [ArraySlice<TitleLine>], lines: [TitleLine]) -> ArraySlice<TitleLine>? {
        guard let anchor = lines.firstIndex(where: \.role.isAnchor), anchor > 0, lines[anchor].role == .byline,
            let run = runs.first(where: { $0.last?.line.number == lines[anchor - 1].line.number }),
            let last = run.last, lines[anchor].line.number - last.line.number <= Self.maxLinesOverAnchor,
            !LabelGroupScorer.isSeriesName(last.line.text),
            let first = run.first, let position = lines.firstIndex(where: { $0.line.number == first.line.number }),
            position > 0, lines[position - 1].line.number < first.line.number - 1,
            !first.line.text.hasPrefix(LabelGroupScorer.subtitleDash), run.count > 1 || !isRubric(first.line.text)
        else { return nil }
        return run
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
            let opensRole = lexicon.roleOpening(Substring(Typography.droppingBullets(text))) != nil
            // Two lines that each read as a byline ("作者：某某 某某" over "某某日报·某某网记者 某某") stay apart.
            if lastByline == line.line.number - 1, let above = texts.last,
                !opensRole || lexicon.bylineNames(above) == nil,
                lexicon.bylineNames(above) == nil || lexicon.bylineNames(text) == nil
            {
                // A note in brackets wrapped off its name, or a qualified role off its outlet: one word.
                let joins = opensRole || LineRoleReader.continuesBracket(text, under: above)
                texts[texts.count - 1] = above + (joins ? "" : " ") + text
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

    /// "标题：某某　12/64": an editor's title field, its value less the counter of its length.
    static func titleField(_ text: String) -> String? {
        guard var value = fieldValue(of: text, labels: titleLabels) else { return nil }
        let isDigit = { (character: Character) in character.isASCII && character.isNumber }
        let isSpace = { (character: Character) in character == " " || character == "　" }
        // The counter ("12/64"), its spaces gone in cleaning.
        if let slash = value.lastIndex(of: "/"), value[value.index(after: slash)...].allSatisfy(isDigit) {
            value = value[..<slash]
            while let last = value.last, isDigit(last) { value = value.dropLast() }
        }
        while let last = value.last, isSpace(last) { value = value.dropLast() }
        value = value.drop(while: isSpace)
        return value.count >= minTitleAfterSeries ? String(value) : nil
    }

    static let titleLabels = ["标题", "文章标题", "稿件标题"]

    /// What follows a field's label and its colon ("标题：……" → "……"); nil when the text opens with
    /// none of the labels.
    static func fieldValue(of text: String, labels: [String]) -> Substring? {
        for label in labels where text.hasPrefix(label) {
            let value = text.dropFirst(label.count)
            if let colon = value.first, colon == "：" || colon == ":" { return value.dropFirst() }
        }
        return nil
    }

    /// "【蹲点一线】": a tag in lenticular brackets, nothing else on the line.
    static func isTagAlone(_ line: String) -> Bool {
        let scalars = Typography.droppingBullets(line).unicodeScalars
        guard scalars.first == "【", scalars.last == "】", scalars.count > 2 else { return false }
        return !scalars.dropFirst().dropLast().contains { $0 == "【" || $0 == "】" }
    }

    /// "某某云端": a name of a few Han characters, no mark in it.
    static func isSiteName(_ line: String) -> Bool {
        Self.siteNameLength.contains(line.unicodeScalars.count) && line.unicodeScalars.allSatisfy(Typography.isHan)
    }

    static let siteNameLength = 2...8

    /// "某某新闻网", "某某客户端", "某某频道" over a title: a name ending as a site's or an app's does.
    static func opensWithSiteName(_ lines: [TitleLine]) -> Bool {
        guard lines.count >= 2, lines[1].role == .title || lines[1].role == .headingLike else { return false }
        let name = lines[0].line.text
        return isSiteName(name) && name.count > 2
            && (name.last.map(siteNameEnds.contains) == true || PageSegmenter.isOutletName(name))
    }

    /// "冀云赤城" under a foot that names "冀云客户端": the name opens with the two to four characters
    /// before an app's 客户端, and goes on.
    static func opensWithAppBrand(_ name: String, named line: Substring) -> Bool {
        var rest = line[...]
        while let app = rest.range(of: "客户端") {
            let before = rest[..<app.lowerBound]
            if Self.appBrandLength.contains(where: { length in
                let brand = before.suffix(length)
                return brand.count == length && name.count > length && name.hasPrefix(brand)
            }) {
                return true
            }
            rest = rest[app.upperBound...]
        }
        return false
    }

    static let appBrandLength = 2...4

    /// "云岭时评": a short name of Han ending as a column's does.
    static func isColumnName(_ line: String, lexicon: Lexicon) -> Bool {
        line.count <= Self.maxColumnNameLength && line.unicodeScalars.allSatisfy(Typography.isHan)
            && lexicon.setApart.columnNameEndings.contains { line.hasSuffix($0) && line.count > $0.count }
    }

    static let maxColumnNameLength = 6

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

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
        guard !text.isEmpty else { return .body }
        // A tag or bullet before a title ("【平安乡村】石门镇：") is no word of it.
        if Typography.mayOpenWithTag(text), case let words = Typography.droppingLeadingTag(text), words != text {
            return role(of: words)
        }
        // A title set whole in lenticular brackets ("【某某：标题】"), as a column of briefs prints them.
        if text.hasPrefix("【"), case let words = Typography.headingWords(text), words != text { return role(of: words) }
        let scan = LineScan(text)
        guard (scan.standsAlone ? scan.scalars : text.count) <= Self.maxLabelLength else { return .body }
        if scan.hasSentenceInside || opensReport(text) || SpeakerTurn.opens(text) && !isLabelledByline(text) {
            return .body
        }
        if isByline(text) || lexicon.isRolesOnly(text) || isOutletCredit(text) { return .byline }
        if places.isPlaceTag(text) { return .place }
        guard scan.standsAlone else { return hasClauseMarks(Self.droppingPlacePrefix(text)) ? .headingLike : .title }
        // Every scalar a Character: a place prefix is the leading Han and its colon, one mark.
        let prefixMarks = PlacePrefix.endsPlace(hanRun: scan.leadingHan, at: scan.afterLeadingHan) ? 1 : 0
        return scan.clauseMarks > prefixMarks ? .headingLike : .title
    }

    /// The roles with a title-shaped line right under a byline read again: the byline's names
    /// wrapped onto it ("记者 某某" / "某某某", a name that would not have fit beside them in the
    /// column, or one above a place line), or a short line of Han that is the block's place line
    /// though the gazetteer does not know it as a tag ("本报记者 某某" / "喀左", closing the block;
    /// or a township's short name over the next report's title, "枫泾" / "某镇：标题").
    func refiningUnderBylines(_ roles: [LineRole], lines: [TextLine], columnWidth: Int) -> [LineRole] {
        var refined = roles
        for index in roles.indices.dropFirst() where roles[index] == .title && refined[index - 1] == .byline {
            let line = lines[index]
            let scalars = line.text.unicodeScalars
            let next = index + 1 < lines.count && !lines[index + 1].isBlank ? refined[index + 1] : nil
            let above = lines[index - 1].width
            let wrapped = above <= columnWidth && above + Self.spaceWidth + line.width > columnWidth
            // Wrapped off a full line: a name with a known surname, or without one ("扎西顿珠") under a
            // byline that closes a title; a byline opening its block may stand over the title's first
            // words ("乡贤回归").
            let titleAbove = Self.holdsTitle(above: index - 1, roles: refined, lines: lines)
            if Self.continuesBracket(line.text, under: lines[index - 1].text) {
                refined[index] = .byline
            } else if PersonalNames.isNameShaped(scalars[...]),
                wrapped && (titleAbove || lexicon.looksLikePersonalName(line.text)) || next == .place
            {
                refined[index] = .byline
            } else if Self.tagLength.contains(scalars.count), scalars.allSatisfy(Typography.isHan),
                next == nil || next == .title && places.isTownshipShortName(line.text)
            {
                refined[index] = .place
            }
        }
        // A block's place line a blank line under its byline, alone: a township's short name ("记者 某某" / "" / "枫泾"),
        // even one that reads as a name ("朱家角") when the page names that township in full.
        for index in roles.indices.dropFirst(2)
        where refined[index] == .title
            || refined[index] == .byline && lexicon.roleOpening(Substring(lines[index].text)) == nil
        {
            guard lines[index - 1].isBlank, refined[index - 2] == .byline,
                index + 1 == lines.count || lines[index + 1].isBlank
            else { continue }
            let text = lines[index].text
            let scalars = text.unicodeScalars
            if Self.tagLength.contains(scalars.count), scalars.allSatisfy(Typography.isHan),
                places.isTownshipShortName(text),
                refined[index] == .title
                    || lines.contains(where: { line in
                        lexicon.townshipSuffixes.contains { line.text.contains(text + $0) }
                    })
            {
                refined[index] = .place
            }
        }
        for index in roles.indices.dropFirst().dropLast() where isTitleEndOverRole(index, roles: refined, lines: lines)
        {
            refined[index] = .title
        }
        for index in roles.indices.dropLast() where refined[index] == .title && refined[index + 1] == .byline {
            if isOutletWrappedOff(lines[index], byline: lines[index + 1]) || opensWithRoleWord(lines[index])
                || lexicon.isAffiliation(Substring(lines[index].text))
            {
                refined[index] = .byline
            }
        }
        return markingLabelledCredits(refined, lines: lines)
    }

    /// "某某：一张图" / "理清千家万户" / "山林账" / "本报记者 某某": a title wrapped in a narrow column whose
    /// last words read as a name. A name alone between a title line and a byline that opens with its
    /// role is the title's end: a byline names its role before its first name.
    func isTitleEndOverRole(_ index: Int, roles: [LineRole], lines: [TextLine]) -> Bool {
        guard roles[index] == .byline, roles[index - 1] == .title, roles[index + 1] == .byline,
            !lines[index - 1].isBlank, !lines[index + 1].isBlank,
            case let scalars = lines[index].text.unicodeScalars, scalars.allSatisfy(Typography.isHan),
            PersonalNames.isNameShaped(scalars[...]), lexicon.roleOpening(Substring(lines[index].text)) == nil
        else { return false }
        return lexicon.roleOpening(Substring(Typography.droppingBullets(lines[index + 1].text))) != nil
    }

    /// "贵州日报天眼" over "新闻记者 某某": an outlet's name that a narrow column wrapped off the
    /// role it qualifies. The byline's first word is a qualified role, not a plain one, and the
    /// line names a paper ("…报…") or ends as an outlet does.
    func isOutletWrappedOff(_ line: TextLine, byline: TextLine) -> Bool {
        let scalars = line.text.unicodeScalars
        guard scalars.count <= Self.maxOutletLength, scalars.allSatisfy(Typography.isHan),
            scalars.contains("报") || lexicon.authorAffiliationEndings.contains(where: { line.text.hasSuffix($0) }),
            let role = byline.text.split(whereSeparator: { $0 == " " || $0 == "　" }).first,
            lexicon.roleOpening(role) == nil
        else { return false }
        return lexicon.endsWithRole(role)
    }

    static let maxOutletLength = 10

    /// "口述 某某" / "（某县某镇某村" / "调解员）": a note in brackets after a byline's name that a
    /// narrow column wrapped onto the lines under it, Han inside; the line opens it, or closes
    /// one the line above left open.
    static func continuesBracket(_ text: String, under above: String) -> Bool {
        let opens: (Unicode.Scalar) -> Bool = { $0 == "（" || $0 == "(" }
        let closes: (Unicode.Scalar) -> Bool = { $0 == "）" || $0 == ")" }
        let scalars = text.unicodeScalars
        guard let first = scalars.first, let last = scalars.last,
            scalars.allSatisfy({ Typography.isHan($0) || opens($0) || closes($0) })
        else { return false }
        if opens(first) { return !scalars.dropFirst().dropLast().contains(where: closes) }
        let aboveOpen = above.unicodeScalars.count(where: opens) > above.unicodeScalars.count(where: closes)
        return aboveOpen && closes(last) && !scalars.dropLast().contains(where: { opens($0) || closes($0) })
    }

    /// "整理 某某日报全媒体" over "记者 某某": a role word, a space, and an outlet's name that a narrow
    /// column wrapped off the role it qualifies.
    func opensWithRoleWord(_ line: TextLine) -> Bool {
        let tokens = line.text.split(whereSeparator: { $0 == " " || $0 == "　" })
        guard tokens.count == 2, var role = tokens.first.map(Substring.init) else { return false }
        while let word = lexicon.roleOpening(role) { role = role.dropFirst(word.count) }
        return role.isEmpty && tokens[1].unicodeScalars.allSatisfy(Typography.isHan)
    }

    /// A title line among the printed lines right above `index`, up to a blank line.
    static func holdsTitle(above index: Int, roles: [LineRole], lines: [TextLine]) -> Bool {
        var line = index - 1
        while line >= 0, !lines[line].isBlank {
            if roles[line] == .title || roles[line] == .headingLike { return true }
            line -= 1
        }
        return false
    }

    static let tagLength = 2...4
    static let spaceWidth = 1

    /// A line that reads like the first line of a report ("今年以来，……", "本报讯……"); a byline
    /// whose role starts like a news cue ("本报通讯员 张三") is none.
    func opensReport(_ text: String) -> Bool {
        lexicon.opensWithCue(text) || (lexicon.opensNewsBrief(text) && lexicon.bylineNames(text) == nil)
    }

    /// A clause mark among the text's Characters.
    func hasClauseMarks(_ text: Substring) -> Bool { text.contains(where: Typography.clauseMarks.contains) }

    /// "记者：某某", "通讯员：某某　某某": a role's label over persons' names only, each with a known
    /// surname, as a post's closing credits print them; no speaker's turn ("记者：……？").
    func isLabelledByline(_ text: String) -> Bool {
        guard let names = lexicon.bylineNames(text) else { return false }
        return names.allSatisfy {
            lexicon.looksLikePersonalName($0) || PersonalNames.isDottedName($0.unicodeScalars[...])
        }
    }

    /// Labelled credits one over the other ("记者：某某" / "通讯员：某某　某某") are bylines: persons,
    /// though no surname tells their names, not an interview's turns.
    func markingLabelledCredits(_ roles: [LineRole], lines: [TextLine]) -> [LineRole] {
        var marked = roles
        let credits = lines.indices.map { roles[$0] != .title && isLabelledCredit(lines[$0].text) }
        for index in lines.indices where credits[index] {
            if index > 0 && credits[index - 1] || index + 1 < lines.count && credits[index + 1] {
                marked[index] = .byline
            }
        }
        return marked
    }

    /// "记者：某某", "通讯员：某某　某某": a role, its colon and names, no sentence.
    func isLabelledCredit(_ text: String) -> Bool {
        guard let colon = text.unicodeScalars.prefix(Self.maxCreditLabel).firstIndex(where: { $0 == "：" || $0 == ":" }),
            lexicon.roleOpening(Substring(text.unicodeScalars[..<colon])) != nil, !Typography.endsSentence(text)
        else { return false }
        return lexicon.bylineNames(text) != nil
    }

    static let maxCreditLabel = 6

    /// "张三", "张三 李四", "本报记者 张三", "通讯员：李四" — but not a place's name without a role (a
    /// township's over a title: "石门镇："), nor places' names set apart like persons' ("湖南 花垣").
    func isByline(_ text: String) -> Bool {
        guard let names = lexicon.bylineNames(text) else { return false }
        guard names.count == 1 else { return !places.isPlaceTag(text) }
        // After a role a name is a person's, though a place bears it too ("本报记者 高明").
        let line = Typography.droppingBullets(text)
        if lexicon.roleOpening(Substring(line)) != nil { return true }
        // So after a qualified role ("某县融媒体中心记者 向阳"): the name is a person's.
        if lexicon.endsWithRole(line.prefix { $0 != " " && $0 != "　" }) { return true }
        // A name and a colon closing the line, no role: a title's place before its colon ("某乡：").
        if let last = Typography.lastScalar(of: text), last == "：" || last == ":" { return false }
        return !places.isPlaceTag(names[0]) && !places.isTownship(names[0])
            && !(names[0].unicodeScalars.last.map(Self.outletNameEnds.contains) ?? false)
    }

    /// How a site's or a paper's name alone on its line ends ("红网", "某某报"): no person's name.
    static let outletNameEnds = ScalarSet(["网", "报", "台"])

    /// "（某县融媒体中心供稿）": an outlet credited in brackets where a byline would stand — a name
    /// ending as outlets do (中心, 站, 台, 社) before a verb a byline closes with.
    func isOutletCredit(_ text: String) -> Bool {
        guard let first = Typography.firstScalar(of: text), first == "（" || first == "(",
            let last = Typography.lastScalar(of: text), last == "）" || last == ")"
        else { return false }
        let inner = text.dropFirst().dropLast()
        guard let verb = lexicon.bylineVerbs.first(where: { inner.hasSuffix($0) }) else { return false }
        let outlet = inner.dropLast(verb.count)
        return outlet.count >= Self.minOutletName && outlet.unicodeScalars.allSatisfy(Typography.isHan)
            && lexicon.authorAffiliationEndings.contains { outlet.hasSuffix($0) }
    }

    static let minOutletName = 4

    /// "议定事项　328件", "村民满意率97.8%", "· 议事点：27个": a line that may be an entry of a box
    /// of figures, a label of Han and a figure with its unit (a space between them is a PDF's
    /// spacing, gone from the line), after a bullet or none, a colon after the label or none. A
    /// title line may end so too: only a run of such lines makes a box.
    static func isFigureEntry(_ text: String) -> Bool {
        var label = 0
        var digits = 0
        var unit = 0
        var colon = false
        var scalars = Typography.droppingBullets(text).unicodeScalars[...]
        if let first = scalars.first, Self.listDots.contains(first) { scalars = scalars.dropFirst() }
        for scalar in scalars where !Typography.isPrintedSpace(scalar) {
            if digits == 0 && Typography.isHan(scalar) && !colon {
                label += 1
            } else if label > 0 && digits == 0 && !colon && (scalar == "：" || scalar == ":") {
                colon = true
            } else if unit == 0 && (Typography.isASCIIDigit(scalar) || digits > 0 && scalar == ".") {
                digits += 1
            } else if digits > 0 && (Typography.isHan(scalar) || scalar == "%" || scalar == "％") {
                unit += 1
            } else {
                return false
            }
        }
        return label >= 2 && digits > 0 && unit <= Self.maxEntryUnit
    }

    static let maxEntryUnit = 3
    /// Dots a web copy's list opens its items with ("· 议事点：27个"), no bullets elsewhere.
    static let listDots: Set<Unicode.Scalar> = ["·", "・"]

    /// "某某村　禁牧6.8万亩　休牧4.2万亩　管护员12名": a table's row copied as a line, a label of Han
    /// and two or more cells apart by spaces, each a figure entry (`isFigureEntry`).
    static func isFigureRow(_ text: String) -> Bool {
        guard text.unicodeScalars.contains(where: Typography.isPrintedSpace) else { return false }
        let cells = text.unicodeScalars.split(whereSeparator: Typography.isPrintedSpace).map {
            String(String.UnicodeScalarView($0))
        }
        guard cells.count > Self.minRowFigures, let label = cells.first,
            label.unicodeScalars.allSatisfy(Typography.isHan) || isFigureEntry(label)
        else { return false }
        return cells.dropFirst().allSatisfy(isFigureEntry)
    }

    static let minRowFigures = 2

    /// "某县：标题" → "标题": a title may name its place before a colon.
    static func droppingPlacePrefix(_ text: String) -> Substring {
        PlacePrefix(of: text)?.rest ?? Substring(text)
    }
}

/// What the role reader asks of every line, read in one pass over its UTF-8.
struct LineScan {
    /// The number of scalars: the number of Characters when each stands alone.
    var scalars = 0
    /// Every scalar is a Character of its own (`Typography.standsAlone`).
    var standsAlone = true
    /// A full stop anywhere, or a "？" or "！" before a closing quote ("……哩！”" is speech); a
    /// title may hold "？" or "！" ("基层治理怎么抓？说说……").
    var hasSentenceInside = false
    /// How many clause marks' scalars it holds.
    var clauseMarks = 0
    /// The Han scalars the line opens with, and the scalar after them (nil: none).
    var leadingHan = 0
    var afterLeadingHan: Unicode.Scalar?

    init(_ text: String) {
        var text = text  // withUTF8 needs it mutable; a native text is read in place
        text.withUTF8 { read($0) }
    }

    private mutating func read(_ bytes: UnsafeBufferPointer<UInt8>) {
        // The sets read once, not per scalar: each static's access checks its initialisation.
        let enders = Typography.sentenceEnderScalars
        let closers = Typography.closerScalars
        let marks = Typography.clauseMarkScalars
        var afterEnder = false  // the scalar before is "？", "！" or another ender that needs a closer
        var leading = true  // no scalar but Han so far
        var index = 0
        while index < bytes.count {
            scalars += 1
            // Han, so a Character of its own, and no mark: U+5000–U+9FFF (lead bytes E5–E9), and
            // U+4000–U+4FFF (E4) but for the hexagrams U+4DC0–U+4DFF (second byte B7).
            if Self.isHan(bytes, at: index) {
                if leading { leadingHan += 1 }
                afterEnder = false
                index += 3
                continue
            }
            let (scalar, length) = Typography.scalar(in: bytes, at: index)
            index += length
            if leading {
                leading = Typography.isHan(scalar)
                if leading { leadingHan += 1 } else { afterLeadingHan = scalar }
            }
            standsAlone = standsAlone && Typography.standsAlone(scalar)
            if marks.contains(scalar) { clauseMarks += 1 }
            if afterEnder && closers.contains(scalar) { hasSentenceInside = true }
            afterEnder = enders.contains(scalar)
            if afterEnder && (scalar == "。" || scalar == "…") { hasSentenceInside = true }
        }
    }
}

extension LineScan {
    /// The scalar at `index` of valid UTF-8 is in U+4000–U+9FFF and Han, told from its first two
    /// bytes: most of a line's scalars are. False for any other, Han or not, which is decoded.
    @inline(__always)
    static func isHan(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let lead = bytes[index]
        return (0xE5...0xE9).contains(lead) || lead == 0xE4 && bytes[index + 1] != 0xB7
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
        guard colon < scalars.endIndex else { return nil }
        if Self.placeDots.contains(scalars[colon]), length > 1, let dotted = Self.dotted(text, dot: colon) {
            self = dotted
            return
        }
        guard Self.endsPlace(hanRun: length, at: scalars[colon]) else { return nil }
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

    /// "于都·梓山　大棚边上议事忙": a county's and a township's short names joined by a middle dot,
    /// a space or a colon after them; `dot` is the index of the dot after the first run of Han.
    static func dotted(_ text: String, dot: String.UnicodeScalarView.Index) -> PlacePrefix? {
        let scalars = text.unicodeScalars
        var end = scalars.index(after: dot)
        var length = 0
        while end < scalars.endIndex, Typography.isHan(scalars[end]), length < Self.maxLength {
            length += 1
            scalars.formIndex(after: &end)
        }
        guard length > 1, end < scalars.endIndex, Self.dottedPlaceEnds.contains(scalars[end]) else { return nil }
        return PlacePrefix(place: text[..<end], rest: text[scalars.index(after: end)...])
    }

    static let placeDots: Set<Unicode.Scalar> = ["·", "•", "・"]
    static let dottedPlaceEnds: Set<Unicode.Scalar> = ["　", " ", "：", ":"]

    /// The same reading on Characters, for texts whose colon may join a following scalar.
    static func readingCharacters(_ text: String) -> PlacePrefix? {
        guard let colon = text.firstIndex(where: { $0 == "：" || $0 == ":" }),
            text.distance(from: text.startIndex, to: colon) <= Self.maxLength,
            text[..<colon].unicodeScalars.allSatisfy(Typography.isHan)
        else { return nil }
        return PlacePrefix(place: text[..<colon], rest: text[text.index(after: colon)...])
    }

    static let maxLength = 12

    /// True when a text that opens with `hanRun` Han scalars followed by `next` has a place
    /// prefix, `next` being a Character of its own.
    static func endsPlace(hanRun: Int, at next: Unicode.Scalar?) -> Bool {
        hanRun <= maxLength && (next == "：" || next == ":")
    }
}

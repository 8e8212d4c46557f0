import JingyanLayout
import JingyanSupport

/// Labels a page prints on one line that are read apart: a byline and the place line after it,
/// a title and the byline run on after it, a brief's title and its opening run on after it.
extension PageSegmenter {
    /// The lines with each pair of labels that share a printed line set apart as the lines they
    /// are, each numbered as the printed one.
    func separatingSharedLabels(_ lines: [TextLine]) -> [TextLine] {
        var result: [TextLine]?  // copied only when a page has such a line
        for (index, line) in lines.enumerated() {
            guard let parts = sharedLabels(line.text) else {
                result?.append(line)
                continue
            }
            if result == nil { result = Array(lines[..<index]) }
            result! += parts.map { TextLine(number: line.number, text: $0) }
        }
        return result ?? lines
    }

    /// The labels a line holds, in order, when it holds more than one.
    func sharedLabels(_ text: String) -> [String]? {
        if let split = titleAndBrief(text) { return split }
        if let split = bylineAndPlace(text) { return [split.byline, split.place] }
        if let split = placeAndByline(text) { return [split.place, split.byline] }
        guard let split = titleAndByline(text) else { return nil }
        if let tail = bylineAndPlace(split.byline) { return [split.title, tail.byline, tail.place] }
        return [split.title, split.byline]
    }

    struct BylineAndPlace {
        var byline: String
        var place: String
    }

    /// The byline and the place line a line holds apart, at its last ideographic space.
    func bylineAndPlace(_ text: String) -> BylineAndPlace? { labelPair(text, placeFirst: false) }

    /// "某县某镇　某某日报记者 张三": a place line with the byline after it, at its first
    /// ideographic space.
    func placeAndByline(_ text: String) -> BylineAndPlace? { labelPair(text, placeFirst: true) }

    private func labelPair(_ text: String, placeFirst: Bool) -> BylineAndPlace? {
        guard text.utf8.count <= Self.maxBylineAndPlace * 3, Self.holdsIdeographicSpace(text),
            let gap = placeFirst ? text.range(of: "　") : text.range(of: "　", options: .backwards)
        else { return nil }
        let head = String(text[..<gap.lowerBound].trimmingTrailingSpaces)
        let tail = String(text[gap.upperBound...].drop { $0 == " " || $0 == "　" })
        let pair = placeFirst ? BylineAndPlace(byline: tail, place: head) : BylineAndPlace(byline: head, place: tail)
        guard !pair.byline.isEmpty, !pair.place.isEmpty, roles.places.isPlaceTag(pair.place),
            roles.role(of: pair.byline) == .byline
        else { return nil }
        return pair
    }

    static let maxBylineAndPlace = 40

    /// True when the text holds "　" (U+3000, UTF-8 E3 80 80), told by its UTF-8 with no
    /// decoding: every line of a page is asked. Every third byte is read: one of each run of
    /// three is, and only around an E3 or 80 are the others.
    static func holdsIdeographicSpace(_ text: String) -> Bool {
        var text = text  // withUTF8 needs it mutable; a native text is read in place
        return text.withUTF8 { bytes in
            var index = 2
            while index < bytes.count {
                let byte = bytes[index]
                if byte == 0x80 || byte == 0xE3 {
                    for start in (index - 2)...index where start + 2 < bytes.count {
                        if bytes[start] == 0xE3, bytes[start + 1] == 0x80, bytes[start + 2] == 0x80 { return true }
                    }
                }
                index += 3
            }
            return false
        }
    }

    struct TitleAndByline {
        var title: String
        var byline: String
    }

    /// "某镇“红黑榜”管出新风尚 某某日报记者 张三 通讯员 李四", "某镇：茶山上开起“院落会”某某日报记者 张三":
    /// a title with its byline run on at its end, with a space between or none. The byline opens
    /// with its first role of two characters or more, or with an outlet before that role: after
    /// a space, after the title's last mark, or where a place's name opens the outlet ("某某日报").
    func titleAndByline(_ text: String) -> TitleAndByline? {
        guard text.utf8.count > Self.minSharedTitle * 3, text.utf8.count <= Self.maxTitleAndByline * 3,
            Self.spacedWithoutClauses(text), !Typography.endsSentence(text),
            let role = firstLongRole(in: text)
        else { return nil }
        for start in bylineStarts(in: text, before: role) {
            let title = String(text[..<start].trimmingTrailingSpaces)
            let byline = String(text[start...])
            guard title.count >= Self.minSharedTitle, let last = title.unicodeScalars.last,
                !Lexicon.outletJoiners.contains(last), !Self.isOutletName(title), roles.role(of: title) == .title,
                roles.role(of: byline) == .byline
            else { continue }
            return TitleAndByline(title: title, byline: byline)
        }
        return nil
    }

    static let maxTitleAndByline = 60

    /// "某镇“坝坝会”议定修路事　本报讯（通讯员 张三）日前，……", "【某镇推行积分制】本报讯……": a brief's
    /// title run in before its opening, set off by spaces or its brackets, as a column of briefs
    /// prints them. The title is the text before the first such gap a news cue follows, with no
    /// clause mark in it.
    func titleAndBrief(_ text: String) -> [String]? {
        guard text.utf8.contains(0x20) || Self.holdsIdeographicSpace(text) || TextSearch.contains("】", in: text) else {
            return nil
        }
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        var count = 0
        while index < scalars.endIndex, count <= Self.maxTitleAndByline {
            let scalar = scalars[index]
            // A title has no sentence nor clause in it; an enumeration's "、" it may have ("修路、建桥").
            if Typography.sentenceEnderScalars.contains(scalar)
                || Typography.clauseMarkScalars.contains(scalar) && scalar != "、"
            {
                return nil
            }
            let isSpace = scalar == " " || scalar == "　"
            guard isSpace || scalar == "】" else {
                index = scalars.index(after: index)
                count += 1
                continue
            }
            let titleEnd = isSpace ? index : scalars.index(after: index)
            let opening = scalars[titleEnd...].drop { $0 == " " || $0 == "　" }
            if count >= Self.minSharedTitle, lexicon.newsCueLength(openingWith: String(opening)) != nil {
                let title = String(scalars[..<titleEnd])
                return roles.role(of: title) == .title ? [title, String(opening)] : nil
            }
            index = isSpace ? opening.startIndex : titleEnd
            count += 1
        }
        return nil
    }

    /// "某某新闻客户端", "某某日报", "某某发布": an outlet's or an office's account's name opening its byline
    /// ("潮新闻客户端　记者 某某") or printed over or under a copy's title, no title.
    static func isOutletName(_ text: String) -> Bool {
        text.unicodeScalars.count <= Self.maxOutletName && text.unicodeScalars.allSatisfy(Typography.isHan)
            && Self.outletNameEndings.contains(where: text.hasSuffix)
    }

    static let maxOutletName = 10
    static let outletNameEndings = ["客户端", "日报", "晚报", "都市报", "新闻网", "新闻", "融媒体中心", "融媒", "发布", "频道", "在线"]

    /// A space (a byline's names are spaced) and no "，" or "。" (a body line's), told by the UTF-8
    /// in one pass: every line of a page is asked.
    static func spacedWithoutClauses(_ text: String) -> Bool {
        var text = text  // withUTF8 needs it mutable; a native text is read in place
        return text.withUTF8 { bytes in
            var spaced = false
            for index in bytes.indices {
                switch bytes[index] {
                case 0x20: spaced = true
                // "　" E3 80 80, "。" E3 80 82, "，" EF BC 8C: read at their last byte.
                case 0x80 where index >= 2 && bytes[index - 2] == 0xE3 && bytes[index - 1] == 0x80: spaced = true
                case 0x82 where index >= 2 && bytes[index - 2] == 0xE3 && bytes[index - 1] == 0x80: return false
                case 0x8C where index >= 2 && bytes[index - 2] == 0xEF && bytes[index - 1] == 0xBC: return false
                default: continue
                }
            }
            return spaced
        }
    }
    static let minSharedTitle = 4

    /// Where the text's first author role of two characters or more starts, past its first scalar.
    /// On UTF-8, by libc's byte search: every line of a page is asked.
    func firstLongRole(in text: String) -> String.Index? {
        var bytes = text  // withUTF8 needs it mutable; a native text is read in place
        let offset = bytes.withUTF8 { bytes -> Int? in
            var first: Int?
            for role in lexicon.longRoleUTF8 {
                let found = role.withUnsafeBufferPointer { TextSearch.firstOffset(of: $0, in: bytes, from: 1) }
                if let found, found < first ?? .max { first = found }
            }
            return first
        }
        return offset.map { text.utf8.index(text.utf8.startIndex, offsetBy: $0) }
    }

    /// Where a byline whose role starts at `role` may start, the longest outlet first: after the
    /// last space before the role, after the last mark, or at a place's name opening an outlet.
    func bylineStarts(in text: String, before role: String.Index) -> [String.Index] {
        let scalars = text.unicodeScalars
        let head = scalars[..<role]
        let token = head.lastIndex { $0 == " " || $0 == "　" }.map(scalars.index(after:)) ?? scalars.startIndex
        var starts = token > scalars.startIndex ? [token] : []
        let word = scalars[token..<role]
        // A middle dot or a hyphen joins an outlet's names ("某某日报·某某网记者", "新某某-某某日报记者"): no
        // title ends there.
        if let mark = word.lastIndex(where: {
            !Typography.isHan($0) && !PersonalNames.nameDots.contains($0) && !Lexicon.outletJoiners.contains($0)
        }) {
            starts.append(scalars.index(after: mark))
            return starts
        }
        // "……院落会某某日报记者": the outlet opens with a place's name of two to four characters.
        var start = scalars.index(role, offsetBy: -LineRoleReader.maxOutletLength, limitedBy: token) ?? token
        while start < role, scalars.distance(from: start, to: role) >= LineRoleReader.minOutletName {
            for length in LineRoleReader.tagLength.reversed() {
                if let end = scalars.index(start, offsetBy: length, limitedBy: role), end < role,
                    roles.places.isPlaceTag(String(scalars[start..<end]))
                {
                    starts.append(start)
                    break
                }
            }
            start = scalars.index(after: start)
        }
        return starts
    }
}

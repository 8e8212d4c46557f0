import JingyanModel

/// Text as the pages show it: values with their units, excerpts, citations.
extension SitePages {
    static func valueLabel(_ metric: Metric) -> String { (metric.approx ? "约" : "") + metric.value.description }

    /// 万元 and 元 compare on one chart: the normalized value already applied the 万.
    static func baseUnit(_ unit: String) -> String {
        for prefix in ["万", "亿"] where unit.hasPrefix(prefix) && unit.count > 1 { return String(unit.dropFirst()) }
        return unit
    }

    static func excerpt(of practice: Practice, length: Int = 70) -> String {
        // Only the opening is shown: paragraphs joined by spaces until there is enough of it.
        // Lines are found on UTF-8 and counted as they are added, not the whole text each time:
        // the feed's summaries are excerpts.
        let needed = (practice.lead?.count ?? 0) + length + 1
        var text = ""
        var count = 0
        let utf8 = practice.text.utf8
        var lineStart = utf8.startIndex
        while lineStart < utf8.endIndex, count <= needed {
            let lineEnd = utf8[lineStart...].firstIndex(of: 0x0A) ?? utf8.endIndex
            let trimmed = trimming(practice.text[lineStart..<lineEnd], while: isFoundationWhitespace)
            lineStart = lineEnd < utf8.endIndex ? utf8.index(after: lineEnd) : lineEnd
            guard !trimmed.isEmpty else { continue }
            if !text.isEmpty {
                text += " "
                count += 1
            }
            text += trimmed
            count += trimmed.count
        }
        if let lead = practice.lead, text.hasPrefix(lead) {
            text = trimming(text.dropFirst(lead.count)) { $0 == "。" || $0 == "：" || $0 == " " }
        }
        return text.count > length ? String(text.prefix(length)) + "…" : text
    }

    /// `text.trimmingCharacters(in:)` for the set that `isTrimmed` tells, without Foundation's
    /// trip through NSString, for every excerpt.
    static func trimming(_ text: Substring, while isTrimmed: (Unicode.Scalar) -> Bool) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isTrimmed($0) }),
            let last = scalars.lastIndex(where: { !isTrimmed($0) })
        else { return "" }
        return String(scalars[first...last])
    }

    /// `CharacterSet.whitespaces`: Unicode's space separators, the tab and U+200B.
    static func isFoundationWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }
}

/// "《标题》，作者，铜仁日报，2025年1月15日第3版": the parts the page is known by; without a
/// publication or date, the seed page it was read from.
func citation(of article: Article) -> String {
    let printed = article.provenance.printed
    let origin = printed.isEmpty ? "版面文本 \(article.source.file)" : printed
    return ["《\(article.title)》", article.author, origin].compactMap { $0 }.joined(separator: "，")
}

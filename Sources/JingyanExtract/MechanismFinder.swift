import JingyanLayout

/// Finds named schemes ("一站三中心", "3+N", "楼栋长+单元长+中心户", "某某经验") among the
/// quoted phrases of a text, and tells them apart from quoted rhetoric ("压舱石", "领头雁").
///
/// A quote names a scheme when its form says so (numbered like "一会两评", a combination with
/// "+", an enumeration with "、", a scheme ending like "…经验" or "…式") or its context does (a
/// scheme noun right after it: "“平安院落”创建机制"; a verb that introduces schemes in the same
/// clause: "推行“说事评理”制度"). Metaphors are betrayed by a preceding "的" ("……的“压舱石”"),
/// by the contrast "从“A”向“B”", or by the lexicon's list of stock phrases.
struct MechanismFinder {
    let lexicon: Lexicon

    func mechanisms(in text: String) -> [String] {
        var found: [String] = []
        for quote in QuotedPhrase.all(in: text) where isScheme(quote) && !found.contains(quote.content) {
            found.append(quote.content)
        }
        return found
    }

    func isScheme(_ quote: QuotedPhrase) -> Bool {
        let content = quote.content
        guard content.count >= 2, content.count <= 40, !lexicon.rhetoric.contains(content),
            !content.unicodeScalars.contains(where: { Typography.sentenceEnderScalars.contains($0) || $0 == "，" || $0 == "," })
        else { return false }
        // "从“被动管”向“主动治”转变": two states contrasted, not schemes.
        if let last = quote.before.last, last == "从" || last == "向" { return false }
        let hasHan = content.unicodeScalars.contains(where: Typography.isHan)
        let nounFollows = schemeNounFollows(quote.after)
        if !hasHan { return nounFollows }  // "365"服务标准 is a scheme, "211"院校 is not
        let combines = content.unicodeScalars.contains { $0 == "+" || $0 == "＋" }
        let enumerates = content.split(separator: "、").filter { $0.count >= 2 }.count >= 2
        let namedEnding = lexicon.schemeEndings.contains { content.hasSuffix($0) && content.count > $0.count }
        if combines || enumerates || nounFollows || namedEnding { return true }
        if quote.before.last == "的" { return false }
        let numerals = content.filter { lexicon.numerals.contains($0) }.count
        let numbered =
            content.first.map(lexicon.numerals.contains) == true || content.hasPrefix("第") && numerals > 0
            || numerals >= 2 || (numerals == 1 && content.count <= 5)
        let before = TextSearch(quote.before)
        let introduced = lexicon.schemeVerbs.contains(where: before.contains)
        return numbered || introduced
    }

    /// A scheme noun starts within a few characters after the quote, with no punctuation between.
    func schemeNounFollows(_ after: Substring) -> Bool {
        let window = after.prefix { !Typography.clauseMarks.contains($0) && !Typography.sentenceEnders.contains($0) && $0 != "“" }.prefix(10)
        // Within six characters: at most 18 bytes of UTF-8 before the noun starts.
        let search = TextSearch(window)
        return lexicon.schemeNouns.contains { noun in
            guard let offset = search.firstOffset(of: Array(noun.utf8)) else { return false }
            return String(decoding: search.bytes[..<offset], as: UTF8.self).count <= 6
        }
    }
}

/// A phrase in Chinese quotes with its clause context.
struct QuotedPhrase {
    var content: String
    /// The clause before the opening quote (back to the last clause or sentence mark).
    var before: Substring
    /// The text after the closing quote.
    var after: Substring

    /// Walks the text's scalars: Characters would run grapheme breaking over every text.
    static func all(in text: String) -> [QuotedPhrase] {
        let scalars = text.unicodeScalars
        var phrases: [QuotedPhrase] = []
        var index = scalars.startIndex
        while let open = scalars[index...].firstIndex(of: "“") {
            let contentStart = scalars.index(after: open)
            guard let close = scalars[contentStart...].firstIndex(of: "”") else { break }
            var clauseStart = open
            while clauseStart > scalars.startIndex {
                let previous = scalars.index(before: clauseStart)
                let scalar = scalars[previous]
                if Typography.sentenceEnderScalars.contains(scalar) || (Typography.clauseMarkScalars.contains(scalar) && scalar != "、") { break }
                clauseStart = previous
            }
            index = scalars.index(after: close)
            phrases.append(QuotedPhrase(
                content: String(scalars[contentStart..<close]), before: Substring(scalars[clauseStart..<open]), after: Substring(scalars[index...])))
        }
        return phrases
    }
}

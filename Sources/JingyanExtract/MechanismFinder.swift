import Foundation
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
    /// The lexicon's scheme words as scalars, and the verbs in one index: every quote of every
    /// paragraph is weighed, so its checks run on scalars rather than Characters.
    private let schemeNouns: [[Unicode.Scalar]]
    private let schemeEndings: [(scalars: [Unicode.Scalar], characters: Int)]
    private let schemeVerbs: KeywordIndex
    private let numerals: Set<Unicode.Scalar>
    /// The stock phrases' bytes in NFC: a quote of Han and plain punctuation (its own NFC) is
    /// one of them exactly when its bytes are, without the normalising hash of `Set<String>`.
    private let rhetoricBytes: Set<[UInt8]>

    init(lexicon: Lexicon) {
        self.lexicon = lexicon
        schemeNouns = lexicon.schemeNouns.map { Array($0.unicodeScalars) }
        schemeEndings = lexicon.schemeEndings.map { (Array($0.unicodeScalars), $0.count) }
        schemeVerbs = KeywordIndex(keywords: lexicon.schemeVerbs)
        // Numerals are single Han characters: one scalar each.
        numerals = Set(lexicon.numerals.flatMap(\.unicodeScalars))
        rhetoricBytes = Set(lexicon.rhetoric.map { Array($0.precomposedStringWithCanonicalMapping.utf8) })
    }

    func mechanisms(in text: String) -> [String] {
        var found = UniqueStrings()
        for quote in QuotedPhrase.all(in: text) where isScheme(quote) { found.insert(quote.content) }
        return found.strings
    }

    func isScheme(_ quote: QuotedPhrase) -> Bool {
        let content = quote.content
        let scalars = Array(content.unicodeScalars)
        let length = Typography.characterCount(of: scalars)
        guard length >= 2, length <= 40, !isRhetoric(content, scalars: scalars),
            !scalars.contains(where: { Typography.sentenceEnderScalars.contains($0) || $0 == "，" || $0 == "," })
        else { return false }
        // "从“被动管”向“主动治”转变": two states contrasted, not schemes.
        if let last = quote.before.last, last == "从" || last == "向" { return false }
        let hasHan = scalars.contains(where: Typography.isHan)
        let nounFollows = schemeNounFollows(quote.after)
        if !hasHan { return nounFollows }  // "365"服务标准 is a scheme, "211"院校 is not
        let combines = scalars.contains { $0 == "+" || $0 == "＋" }
        let enumerates = scalars.split(separator: "、").filter { Typography.characterCount(of: $0) >= 2 }.count >= 2
        let namedEnding = schemeEndings.contains { ending in scalars.reversed().starts(with: ending.scalars.reversed()) && length > ending.characters }
        if combines || enumerates || nounFollows || namedEnding { return true }
        if quote.before.last == "的" { return false }
        let numeralCount = scalars.filter(numerals.contains).count
        let numbered =
            numerals.contains(scalars[0]) || scalars[0] == "第" && numeralCount > 0
            || numeralCount >= 2 || (numeralCount == 1 && length <= 5)
        let introduced = schemeVerbs.firstOccurrence(in: quote.before) != nil
        return numbered || introduced
    }

    func isRhetoric(_ content: String, scalars: [Unicode.Scalar]) -> Bool {
        let ownNFC = scalars.allSatisfy { Typography.standsAlone($0) && !Typography.isCompatibilityIdeograph($0) }
        return ownNFC ? rhetoricBytes.contains(Array(content.utf8)) : lexicon.rhetoric.contains(content)
    }

    /// A scheme noun starts within a few characters after the quote, with no punctuation between.
    func schemeNounFollows(_ after: Substring) -> Bool {
        var window: [Unicode.Scalar] = []
        for scalar in after.unicodeScalars.prefix(Self.nounWindow) {
            if Typography.clauseMarkScalars.contains(scalar) || Typography.sentenceEnderScalars.contains(scalar) || scalar == "“" { break }
            window.append(scalar)
        }
        return schemeNouns.contains { noun in
            guard noun.count <= window.count else { return false }
            return (0...min(Self.nounReach, window.count - noun.count)).contains { window[$0..<($0 + noun.count)].elementsEqual(noun) }
        }
    }

    /// The noun must start within six characters of the quote, in a window of ten.
    static let nounReach = 6
    static let nounWindow = 10
}

/// A phrase in Chinese quotes with its clause context.
struct QuotedPhrase {
    var content: String
    /// The clause before the opening quote (back to the last clause or sentence mark).
    var before: Substring
    /// The text after the closing quote.
    var after: Substring

    /// Finds the quotes on UTF-8 bytes and walks back over scalars: Characters would run
    /// grapheme breaking over every text.
    static func all(in text: String) -> [QuotedPhrase] {
        let scalars = text.unicodeScalars
        var phrases: [QuotedPhrase] = []
        var index = text.startIndex
        while let open = firstIndex(of: openingQuote, in: text, from: index) {
            let contentStart = scalars.index(after: open)
            guard let close = firstIndex(of: closingQuote, in: text, from: contentStart) else { break }
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

    private static let openingQuote = Array(String(Typography.openingQuote).utf8)
    private static let closingQuote = Array(String(Typography.closingQuote).utf8)

    /// The first occurrence of a scalar's UTF-8 bytes at or after `start`, searched in place.
    private static func firstIndex(of encoded: [UInt8], in text: String, from start: String.Index) -> String.Index? {
        var text = text  // withUTF8 needs it mutable; a native text is read in place, not copied
        let startOffset = text.utf8.distance(from: text.utf8.startIndex, to: start)
        let found = text.withUTF8 { bytes -> Int? in
            var offset = startOffset
            while offset + encoded.count <= bytes.count {
                if bytes[offset] == encoded[0], encoded.indices.allSatisfy({ bytes[offset + $0] == encoded[$0] }) { return offset }
                offset += 1
            }
            return nil
        }
        return found.map { text.utf8.index(text.utf8.startIndex, offsetBy: $0) }
    }
}

/// Strings in the order first inserted, each once under String equality. A text of scalars that
/// stand alone and are no compatibility ideographs is its own normal form, so two of them are
/// equal exactly when their bytes are: those are compared by bytes (hashing or comparing a
/// Chinese String normalises it, which cost thousands of instructions per name); any other pair
/// as Strings.
struct UniqueStrings {
    private(set) var strings: [String] = []
    private var isPlain: [Bool] = []

    init() {}

    init(_ strings: [String]) {
        for string in strings { insert(string) }
    }

    mutating func insert(_ string: String) {
        let plain = string.unicodeScalars.allSatisfy { Typography.standsAlone($0) && !Typography.isCompatibilityIdeograph($0) }
        let present = strings.indices.contains { index in
            let other = strings[index]
            guard plain && isPlain[index] else { return other == string }
            return other.utf8.count == string.utf8.count && other.utf8.elementsEqual(string.utf8)
        }
        guard !present else { return }
        strings.append(string)
        isPlain.append(plain)
    }
}

import JingyanLayout

/// Finds scheme names written without quotes right after a verb that introduces a scheme, in two
/// forms the genre names a procedure by:
/// - numbered ("推行一约四会，", "落实四甲两乙丙工作法"): two or three parts, each a numeral and one
///   or two other Han characters, closed by a mark, the text's end or a scheme noun;
/// - short, ending as a scored scheme does ("推行护林积分，"): `modifierLength` Han characters and
///   an ending of the lexicon's `introducedSchemeEndings`, closed by a mark or the text's end.
struct IntroducedSchemeFinder {
    private let verbs: KeywordIndex
    private let numerals: Set<Character>
    private let nouns: [String]
    private let endings: [String]
    /// Characters no part holds: grammatical ones, and the marks of a range or a count ("一星至五星").
    private let notInParts: Set<Character>

    init(lexicon: Lexicon) {
        verbs = KeywordIndex(keywords: lexicon.schemeVerbs)
        numerals = lexicon.numerals
        nouns = lexicon.schemeNouns
        endings = lexicon.introducedSchemeEndings
        notInParts = lexicon.functionCharacters.union(Self.rangeAndCountCharacters)
    }

    static let rangeAndCountCharacters: Set<Character> = ["至", "到", "个", "名", "次", "年", "月", "日"]

    /// The names in `text`, in the order they occur.
    func names(in text: String) -> [String] {
        var found = UniqueStrings()
        let utf8 = text.utf8
        verbs.forEachOccurrence(in: text[...]) { _, range in
            let after = utf8.index(utf8.startIndex, offsetBy: range.upperBound)
            if let name = numberedName(at: after, in: text) ?? shortName(at: after, in: text) { found.insert(name) }
            return true
        }
        return found.strings
    }

    /// The numbered name that starts at `start` (after an optional "了"), or nil.
    func numberedName(at start: String.Index, in text: String) -> String? {
        var index = start
        if index < text.endIndex, text[index] == "了" { index = text.index(after: index) }
        let nameStart = index
        var parts = 0
        while parts < Self.maxParts, index < text.endIndex, numerals.contains(text[index]) {
            index = text.index(after: index)
            var length = 0
            while index < text.endIndex, length < Self.maxPartLength, !numerals.contains(text[index]),
                text[index].unicodeScalars.allSatisfy(Typography.isHan)
            {
                guard !notInParts.contains(text[index]) else { return nil }
                index = text.index(after: index)
                length += 1
            }
            guard length > 0 else { return nil }
            parts += 1
        }
        guard parts >= 2 else { return nil }
        let rest = text[index...]
        guard
            rest.first.map({ !$0.unicodeScalars.allSatisfy(Typography.isHan) }) ?? true
                || nouns.contains(where: { rest.hasPrefix($0) })
        else { return nil }
        return String(text[nameStart..<index])
    }

    /// The short name that starts at `start` (after an optional "了"): `modifierLength` Han characters that are no
    /// grammatical ones, an ending, then no further Han character; or nil.
    func shortName(at start: String.Index, in text: String) -> String? {
        guard !endings.isEmpty else { return nil }
        var index = start
        if index < text.endIndex, text[index] == "了" { index = text.index(after: index) }
        let nameStart = index
        for _ in 0..<Self.modifierLength {
            guard index < text.endIndex, text[index].unicodeScalars.allSatisfy(Typography.isHan),
                !notInParts.contains(text[index]), !numerals.contains(text[index])
            else { return nil }
            index = text.index(after: index)
        }
        let rest = text[index...]
        guard let ending = endings.first(where: { rest.hasPrefix($0) }) else { return nil }
        let end = text.index(index, offsetBy: ending.count)
        guard end == text.endIndex || !text[end].unicodeScalars.allSatisfy(Typography.isHan) else { return nil }
        return String(text[nameStart..<end])
    }

    static let maxParts = 3
    static let maxPartLength = 2
    static let modifierLength = 2
}

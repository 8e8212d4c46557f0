import JingyanLayout

/// Finds scheme names written without quotes right after a verb that introduces a scheme, in two
/// forms the genre names a procedure by:
/// - numbered ("推行一约四会，", "落实四甲两乙丙工作法"): two or three parts, each a numeral and one
///   or two other Han characters, closed by a mark, the text's end or a scheme noun;
/// - short, ending as a scored scheme does ("推行护林积分，"): `modifierLength` Han characters and
///   an ending of the lexicon's `introducedSchemeEndings`, closed by a mark or the text's end.
struct IntroducedSchemeFinder {
    private let verbs: KeywordIndex
    private let numerals: ScalarSet
    private let nouns: [[Unicode.Scalar]]
    private let endings: [[Unicode.Scalar]]
    /// The endings' first scalars (nil when one is empty): after most verbs none stands where
    /// an ending would, and the characters before it are not read.
    private let endingStarts: ScalarSet?
    /// Characters no part holds: grammatical ones, and the marks of a range or a count ("一星至五星").
    private let notInParts: ScalarSet

    init(lexicon: Lexicon) {
        verbs = KeywordIndex(keywords: lexicon.schemeVerbs)
        numerals = ScalarSet(lexicon.numerals)
        nouns = lexicon.schemeNouns.map { Array($0.unicodeScalars) }
        endings = lexicon.introducedSchemeEndings.map { Array($0.unicodeScalars) }
        endingStarts =
            endings.contains(where: \.isEmpty) ? nil : ScalarSet(Set(endings.map { Character($0[0]) }))
        notInParts = ScalarSet(lexicon.functionCharacters.union(Self.rangeAndCountCharacters))
    }

    static let rangeAndCountCharacters: Set<Character> = ["至", "到", "个", "名", "次", "年", "月", "日"]

    /// The names in `text`, in the order they occur. On scalars (all the names' characters are
    /// single Han scalars): this is asked after every scheme verb of a text.
    func names(in text: String) -> [String] {
        var found = UniqueStrings()
        let utf8 = text.utf8
        let scalars = text.unicodeScalars
        verbs.forEachOccurrence(in: text[...]) { _, range in
            var start = utf8.index(utf8.startIndex, offsetBy: range.upperBound)
            if start < scalars.endIndex, scalars[start] == "了" { start = scalars.index(after: start) }
            if let name = numberedName(at: start, in: scalars) ?? shortName(at: start, in: scalars) {
                found.insert(name)
            }
            return true
        }
        return found.strings
    }

    /// The numbered name that starts at `start`, or nil.
    func numberedName(at start: String.Index, in scalars: String.UnicodeScalarView) -> String? {
        var index = start
        var parts = 0
        while parts < Self.maxParts, index < scalars.endIndex, numerals.contains(scalars[index]) {
            index = scalars.index(after: index)
            var length = 0
            while index < scalars.endIndex, length < Self.maxPartLength, !numerals.contains(scalars[index]),
                Typography.isHan(scalars[index])
            {
                guard !notInParts.contains(scalars[index]) else { return nil }
                index = scalars.index(after: index)
                length += 1
            }
            guard length > 0 else { return nil }
            parts += 1
        }
        guard parts >= 2 else { return nil }
        let rest = scalars[index...]
        guard rest.first.map({ !Typography.isHan($0) }) ?? true || nouns.contains(where: { rest.starts(with: $0) })
        else { return nil }
        return String(scalars[start..<index])
    }

    /// The short name that starts at `start`: `modifierLength` Han characters that are no
    /// grammatical ones, an ending, then no further Han character; or nil.
    func shortName(at start: String.Index, in scalars: String.UnicodeScalarView) -> String? {
        if let endingStarts {
            guard let at = scalars.index(start, offsetBy: Self.modifierLength, limitedBy: scalars.endIndex),
                at < scalars.endIndex, endingStarts.contains(scalars[at])
            else { return nil }
        }
        var index = start
        for _ in 0..<Self.modifierLength {
            guard index < scalars.endIndex, Typography.isHan(scalars[index]), !notInParts.contains(scalars[index]),
                !numerals.contains(scalars[index])
            else { return nil }
            index = scalars.index(after: index)
        }
        let rest = scalars[index...]
        guard let ending = endings.first(where: { rest.starts(with: $0) }) else { return nil }
        let end = scalars.index(index, offsetBy: ending.count)
        guard end == scalars.endIndex || !Typography.isHan(scalars[end]) else { return nil }
        return String(scalars[start..<end])
    }

    static let maxParts = 3
    static let maxPartLength = 2
    static let modifierLength = 2
}

import Foundation
import JingyanLayout
import JingyanSupport

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
    /// Scheme nouns by their first scalar: each place in the window after a quote tries only
    /// the nouns that start there.
    private let schemeNounsByFirst: [Unicode.Scalar: [[Unicode.Scalar]]]
    /// Their first scalars, scanned before any hashing: most places start no noun.
    private let schemeNounStarts: ScalarSet
    private let schemeEndings: [SchemeEnding]
    private let schemeVerbs: KeywordIndex
    private let schemeOpenings: [[Unicode.Scalar]]
    private let numerals: ScalarSet
    /// The units of one scalar ("张", "本", "个"): the measure word of a numbered scheme's count.
    private let measureWords: ScalarSet
    /// The stock phrases' bytes in NFC: a quote of Han and plain punctuation (its own NFC) is
    /// one of them exactly when its bytes are, without the normalising hash of `Set<String>`.
    private let rhetoricBytes: Set<[UInt8]>
    /// The first scalars of those phrases: a quote starting otherwise is none of them, unhashed.
    private let rhetoricStarts: ScalarSet

    init(lexicon: Lexicon) {
        self.lexicon = lexicon
        schemeNounsByFirst = Dictionary(
            grouping: lexicon.schemeNouns.map { Array($0.unicodeScalars) }.filter { !$0.isEmpty }, by: { $0[0] })
        schemeNounStarts = ScalarSet(Set(lexicon.schemeNouns.compactMap(\.first)))
        schemeEndings =
            lexicon.schemeEndings.map { SchemeEnding(scalars: Array($0.unicodeScalars), before: 1, hanBefore: false) }
            + lexicon.schemeBodyEndings.map {
                SchemeEnding(scalars: Array($0.unicodeScalars), before: 2, hanBefore: true)
            }
        schemeVerbs = KeywordIndex(keywords: lexicon.schemeVerbs)
        schemeOpenings = lexicon.schemeOpenings.map { Array($0.unicodeScalars) }
        // Numerals are single Han characters: one scalar each.
        numerals = ScalarSet(lexicon.numerals)
        measureWords = ScalarSet(Set(lexicon.units.filter { $0.unicodeScalars.count == 1 }.map(Character.init)))
        rhetoricBytes = Set(lexicon.rhetoric.map { Array($0.precomposedStringWithCanonicalMapping.utf8) })
        rhetoricStarts = ScalarSet(Set(lexicon.rhetoric.compactMap(\.precomposedStringWithCanonicalMapping.first)))
    }

    func mechanisms(in text: String) -> [String] { uniqueMechanisms(in: text).strings }

    /// The schemes as a set that more can be added to without weighing these again.
    func uniqueMechanisms(in text: String) -> UniqueStrings {
        var found = UniqueStrings()
        for quote in QuotedPhrase.all(in: text) where isScheme(quote) { found.insert(name(of: quote)) }
        return found
    }

    /// A scheme's name as the text gives it: what the quote holds, or, when that is too short to
    /// name anything alone ("“三包”公约", "“同心”调解队"), the quote with the noun right after it.
    func name(of quote: QuotedPhrase) -> String {
        guard quote.content.count < Self.minBareName,
            let noun = lexicon.schemeNouns.filter({ quote.after.hasPrefix($0) }).max(by: { $0.count < $1.count })
        else { return quote.content }
        return "“" + quote.content + "”" + noun
    }

    /// "制定《某某镇红白事简办标准》": a local rule's document named in title marks, of Han and
    /// figures, ending as such a rule does (lexicon `document_scheme_endings`: 公约, 办法, 细则,
    /// …; no law, 条例 or plan). Its name without the marks.
    func documentNames(in text: String) -> [String] {
        guard text.containsText("《") else { return [] }  // on bytes: most texts hold none
        var names: [String] = []
        var rest = text.unicodeScalars[...]
        while let open = rest.firstIndex(of: "《") {
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: "》") else { break }
            let name = String(String.UnicodeScalarView(after[..<close]))
            if Self.documentLength.contains(after.distance(from: after.startIndex, to: close)),
                name.unicodeScalars.allSatisfy({ Typography.isHan($0) || Typography.isASCIIDigit($0) }),
                lexicon.documentSchemeEndings.contains(where: { name.hasSuffix($0) && name.count > $0.count })
            {
                names.append(name)
            }
            rest = after[after.index(after: close)...]
        }
        return names
    }

    /// How many scalars a rule's document is named with.
    static let documentLength = 4...24

    /// The fewest characters a quote's words name a scheme with by themselves.
    static let minBareName = 3

    func isScheme(_ quote: QuotedPhrase) -> Bool {
        let content = quote.content
        var scalars: [Unicode.Scalar] = []  // appended: Array(_:) walked the scalars once to count them
        scalars.reserveCapacity(content.utf8.count)
        for scalar in content.unicodeScalars { scalars.append(scalar) }
        let length = Typography.characterCount(of: scalars)
        let enders = Typography.sentenceEnderScalars  // read once: each static's access checks its initialisation
        guard length >= 2, length <= 40, !isRhetoric(content, scalars: scalars),
            !scalars.contains(where: { enders.contains($0) || $0 == "，" || $0 == "," })
        else { return false }
        // A Substring's last Character is dear (grapheme breaking backwards): it is read only
        // when the last scalar is the mark itself.
        let lastScalar = quote.before.unicodeScalars.last
        func lastIs(_ mark: Unicode.Scalar) -> Bool { lastScalar == mark && quote.before.last == Character(mark) }
        // "从“被动管”向“主动治”转变": two states contrasted, not schemes; "从“某议事坊”开始" is no
        // contrast.
        if lastIs("从") && quote.after.prefix(Self.contrastReach).contains("“") || lastIs("向") { return false }
        let hasHan = scalars.contains(where: Typography.isHan)
        let combines = scalars.contains { $0 == "+" || $0 == "＋" }
        // "365"服务标准 and "3+N" are schemes, "211"院校 is not.
        if !hasHan { return combines || schemeNounFollows(quote.after) }
        if let next = quote.after.unicodeScalars.first, lexicon.schemeSuffixes.contains(next) { return true }
        if lastIs("以") && isFramed(quote.after) { return true }
        // Split only a quote that holds a "、" or a dash: most do not, and splitting allocates.
        let enumerates =
            scalars.contains(where: Self.listMarks.contains)
            && scalars.split(whereSeparator: Self.listMarks.contains)
                .filter { Typography.characterCount(of: $0) >= 2 }.count >= 2
        let namedEnding = schemeEndings.contains { $0.ends(scalars) }
        if combines || enumerates || namedEnding || schemeNounFollows(quote.after) || holdsSchemeWord(scalars)
            || isTakenAs(quote) || isDefinedAsScheme(quote.after)
        {
            return true
        }
        if lastIs("的") { return false }
        let numeralCount = scalars.reduce(0) { numerals.contains($1) ? $0 + 1 : $0 }
        let numbered =
            numerals.contains(scalars[0]) || scalars[0] == "第" && numeralCount > 0
            || numeralCount >= 2 || (numeralCount == 1 && length <= 5)
        let introduced = schemeVerbs.firstOccurrence(in: quote.before) != nil
        return numbered || introduced
    }

    /// The schemes a report features: a quote of its title that its text quotes again, where the
    /// title's clause opens with it or the place it names stands before it ("某镇“长城管家”守护山乡",
    /// "某县：“码上议”…" … "“长城管家”们"), or wherever it stands when the text quotes it twice
    /// more ("秦岭脚下有了“护山约”"). A metaphor ("激活基层治理“末梢”") is seldom quoted again.
    func featuredNames(title: String, text: String) -> [String] {
        var found = UniqueStrings()
        for quote in QuotedPhrase.all(in: title) {
            let content = quote.content
            let scalars = Array(content.unicodeScalars)
            let before = quote.before.unicodeScalars.filter { !Typography.isPrintedSpace($0) }
            // Han, with a figure in it or not ("“15分钟服务圈”").
            guard Self.featuredLength.contains(scalars.count), scalars.contains(where: Typography.isHan),
                scalars.allSatisfy({ Typography.isHan($0) || Typography.isASCIIDigit($0) }),
                !isRhetoric(content, scalars: scalars)
            else { continue }
            let placed = before.last.map(Self.placeEndings.contains) ?? true
            let quotedAgain = TextSearch.count("“" + content + "”", in: text, upTo: placed ? 1 : 2)
            if quotedAgain == (placed ? 1 : 2) { found.insert(content) }
        }
        return found.strings
    }

    static let featuredLength = 3...8

    /// The parts of a numbered scheme the text quotes ("“三张清单”" … "“职责清单”“事务清单”“负面清单”"):
    /// quotes ending in its noun, each with two characters or more before it, when two or more
    /// do. One such quote alone ("列出“问题清单”") may be a figure of speech.
    func partsOfNumbered(_ schemes: [String], text: String) -> [String] {
        // Quotes closing on the noun twice at least, told by a byte search before any quote is read.
        let nouns = schemes.compactMap(numberedNoun).filter { TextSearch.count($0 + "”", in: text, upTo: 2) == 2 }
        guard !nouns.isEmpty else { return [] }
        let quotes = QuotedPhrase.all(in: text).map(\.content)
        var found = UniqueStrings()
        for noun in nouns {
            var parts = UniqueStrings()
            for quote in quotes
            where quote.unicodeScalars.count >= noun.unicodeScalars.count + 2 && quote.hasSuffix(noun)
                && quote.unicodeScalars.allSatisfy(Typography.isHan) && !schemes.contains(quote)
            {
                parts.insert(quote)
            }
            guard parts.strings.count >= 2 else { continue }
            for part in parts.strings { found.insert(part) }
        }
        return found.strings
    }

    /// What a numbered scheme counts ("三张清单" → "清单", "两本账" → "账"): the Han after its
    /// numerals and a measure word; nil for a scheme that opens with no numeral.
    func numberedNoun(_ scheme: String) -> String? {
        guard let first = scheme.unicodeScalars.first, numerals.contains(first) else { return nil }
        var rest = scheme.unicodeScalars.drop { numerals.contains($0) }
        guard rest.allSatisfy(Typography.isHan) else { return nil }
        if rest.count >= 2, let measure = rest.first, measureWords.contains(measure) { rest = rest.dropFirst() }
        return (1...Self.maxCountedNoun).contains(rest.count) ? String(rest) : nil
    }

    /// "清单", "账", "服务站": longer, the quote counts no parts but is a name of its own.
    static let maxCountedNoun = 3
    /// The last characters of a place's name ("某镇", "某街道", "某村"), and the colon after a
    /// headline's place ("沭阳：").
    static let placeEndings = ScalarSet(["镇", "乡", "县", "区", "市", "村", "道", "旗", "：", ":"])

    func isRhetoric(_ content: String, scalars: [Unicode.Scalar]) -> Bool {
        let ownNFC = scalars.allSatisfy { Typography.standsAlone($0) && !Typography.isCompatibilityIdeograph($0) }
        guard ownNFC else { return lexicon.rhetoric.contains(content) }
        return scalars.first.map { rhetoricStarts.contains($0) } == true && rhetoricBytes.contains(Array(content.utf8))
    }

    /// "“议事铃”", "“流动议事蒙古包”": a quote of Han that holds one of the lexicon's scheme openings
    /// with a word after it: a venue, a device or a day for talking things over.
    func holdsSchemeWord(_ scalars: [Unicode.Scalar]) -> Bool {
        schemeOpenings.contains { opening in
            scalars.count > opening.count && scalars.allSatisfy(Typography.isHan)
                && (0..<(scalars.count - opening.count)).contains { scalars[$0...].starts(with: opening) }
        }
    }

    /// "把坚持了五年的“庄廓夜话”作为主渠道": what the work is done by, in the frame "把…“…”作为".
    func isTakenAs(_ quote: QuotedPhrase) -> Bool {
        // On scalars: asked of most quotes, where Characters would break graphemes over the clause.
        quote.after.unicodeScalars.starts(with: "作为".unicodeScalars) && quote.before.unicodeScalars.contains("把")
    }

    /// "“某某”是……的一项机制", "“某某”是……APP的互动功能区": the quote is the subject of a clause that
    /// defines it as a scheme, its last words a scheme noun or a platform's part ("之一" after it
    /// or not).
    func isDefinedAsScheme(_ after: Substring) -> Bool {
        let scalars = after.unicodeScalars
        guard scalars.first == "是" else { return false }
        var clause = scalars.dropFirst().prefix { !Typography.endsClause($0) }
        guard clause.count <= Self.definitionReach else { return false }
        if clause.reversed().starts(with: "一之".unicodeScalars) { clause = clause.dropLast(2) }
        return (lexicon.schemeNouns + lexicon.schemeDefinitions).contains { noun in
            clause.count > noun.unicodeScalars.count && clause.reversed().starts(with: noun.unicodeScalars.reversed())
        }
    }

    /// The longest clause a definition is read in, in scalars.
    static let definitionReach = 30

    /// "以“…”为载体": the text after the quote is "为" and a frame noun.
    func isFramed(_ after: Substring) -> Bool {
        guard after.unicodeScalars.first == "为" else { return false }
        let rest = after.unicodeScalars.dropFirst()
        return lexicon.schemeFrames.contains { frame in rest.starts(with: frame.unicodeScalars) }
    }

    /// A scheme noun starts within a few characters after the quote, with no punctuation between.
    func schemeNounFollows(_ after: Substring) -> Bool {
        // The window on the stack, filled by counting: asked after most quotes.
        withUnsafeTemporaryAllocation(of: Unicode.Scalar.self, capacity: Self.nounWindow) { buffer in
            var count = 0
            for scalar in after.unicodeScalars {
                if count == Self.nounWindow || Typography.endsClause(scalar) || scalar == "“" { break }
                buffer.initializeElement(at: count, to: scalar)
                count += 1
            }
            let window = UnsafeBufferPointer(rebasing: buffer[..<count])
            // Every noun that fits, at every start up to the reach.
            return window.indices.prefix(Self.nounReach + 1).contains { start in
                schemeNounStarts.contains(window[start])
                    && schemeNounsByFirst[window[start]]?.contains { noun in
                        start + noun.count <= window.count && window[start..<(start + noun.count)].elementsEqual(noun)
                    } ?? false
            }
        }
    }

    /// What sets apart the items of an enumeration ("楼长、单元长") or the steps of a procedure
    /// ("收集—梳理—商议—公示", "楼栋→社区").
    static let listMarks = ScalarSet(["、", "—", "→"])

    /// How far after "从“A”" the second state's quote may open: "从“A”向“B”", "从“A”变为“B”".
    static let contrastReach = 6

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

    /// Finds the quotes and their clauses in one pass over the UTF-8 bytes, decoding only what
    /// is not U+4000–U+9FFF: Characters would run grapheme breaking over every text, and the
    /// clause before each quote is found in the same pass instead of by a walk back.
    static func all(in text: String) -> [QuotedPhrase] {
        var text = text  // withUTF8 needs it mutable; a native text is read in place
        var found: [(clauseStart: Int, open: Int, close: Int)] = []
        // The sets read once, not per scalar: each static's access checks its initialisation.
        let enders = Typography.sentenceEnderScalars
        let marks = Typography.clauseMarkScalars
        text.withUTF8 { bytes in
            var clauseStart = 0  // after the last sentence or clause mark ("、" does not end a clause)
            var open: (clauseStart: Int, at: Int, closer: Unicode.Scalar)?
            var index = 0
            while index < bytes.count {
                if (0xE4...0xE9).contains(bytes[index]) {  // Han: no mark, no quote
                    index += 3
                    continue
                }
                let (scalar, length) = Typography.scalar(in: bytes, at: index)
                if let opened = open {
                    if scalar == opened.closer {
                        found.append((opened.clauseStart, opened.at, index))
                        open = nil
                    }
                } else if let closer = Self.closer(of: scalar) {
                    open = (clauseStart, index, closer)
                }
                index += length
                if enders.contains(scalar) || (marks.contains(scalar) && scalar != "、") {
                    clauseStart = index
                }
            }
        }
        let utf8 = text.utf8
        func at(_ offset: Int) -> String.Index { utf8.index(utf8.startIndex, offsetBy: offset) }
        return found.map { quote in
            QuotedPhrase(
                content: String(text[at(quote.open + Self.quoteWidth)..<at(quote.close)]),
                before: text[at(quote.clauseStart)..<at(quote.open)],
                after: text[at(quote.close + Self.quoteWidth)...])
        }
    }

    /// The mark that closes a quote opened by `scalar`: Chinese double quotes, the corner
    /// brackets some papers quote names in ("「乌力楞议事会」", "『农房租赁备案卡』"), or single
    /// quotes outside a double quote (inside one, `all(in:)` is reading that quote and opens no
    /// other: "“……‘讲理的桌子’……”" quotes a saying); nil for any other.
    static func closer(of scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar {
        case Typography.openingQuote: Typography.closingQuote
        case "「": "」"
        case "『": "』"
        case "‘": "’"
        default: nil
        }
    }

    /// Every opening and closing mark is three bytes of UTF-8.
    static let quoteWidth = 3
}

/// Strings in the order first inserted, each once under String equality. A text of scalars that
/// stand alone and are no compatibility ideographs is its own normal form, so two of them are
/// equal exactly when their bytes are: those are compared by bytes (hashing or comparing a
/// Chinese String normalises it first); any other pair as Strings.
struct UniqueStrings {
    private(set) var strings: [String] = []
    private var isPlain: [Bool] = []

    init() {}

    init(_ strings: [String]) {
        for string in strings { insert(string) }
    }

    mutating func insert(_ string: String) {
        let plain = string.unicodeScalars.allSatisfy {
            Typography.standsAlone($0) && !Typography.isCompatibilityIdeograph($0)
        }
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

/// An ending that names a scheme inside a quote ("…经验", "…宣讲团"), with the characters it
/// needs before it (a quote of the ending alone is the common noun), Han ones for some.
struct SchemeEnding {
    var scalars: [Unicode.Scalar]
    var before: Int
    var hanBefore: Bool

    func ends(_ quote: [Unicode.Scalar]) -> Bool {
        let start = quote.count - scalars.count
        return start >= before && quote[start...].elementsEqual(scalars)
            && (!hanBefore || quote[(start - before)..<start].allSatisfy(Typography.isHan))
    }
}

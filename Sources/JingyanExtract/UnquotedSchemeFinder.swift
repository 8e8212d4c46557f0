import JingyanLayout

/// Finds scheme and body names written without quotes ("成立了红白理事会", "建立全科网格工作
/// 体系"): a run of Han characters ending in one of the lexicon's name endings, read back from the
/// ending to the nearest boundary — a mark, a grammatical character ("组成的红白理事会"), a
/// measure word ("一支…物管队") or a verb that introduces it.
///
/// A reading with words before the name ("某某村红色农村物管队") is cut to a shorter reading of
/// the same name found elsewhere in the text. A reading that reaches no boundary within
/// `maxModifier` characters is no name, nor is one whose words before the ending are fewer than
/// the ending asks ("村调解室", "长效机制"), nor one that starts with a generic word ("普通超市")
/// or follows a quoted name it describes ("“三色预警”纠纷调处机制").
struct UnquotedSchemeFinder {
    private let endings: KeywordIndex
    /// Per ending (in `endings`' order), how many characters must stand before it.
    private let minimumModifier: [Int]
    /// Han characters that end a name's reading when they stand before it, a bit per BMP
    /// scalar: read at every character of every reading.
    private let boundaryCharacters: [UInt64]
    private let boundaryVerbs: [[UInt8]]
    /// Words a boundary character opens that do not end a reading, UTF-8.
    private let wordsPastBoundary: [[UInt8]]
    /// The verbs' last characters, a bit per BMP scalar: the verbs are compared only where one
    /// ends. Nil when a verb ends otherwise than in a three-byte character (then always compared).
    private let boundaryVerbEnds: [UInt64]?
    /// Words that make a reading a common noun ("普通超市"), UTF-8.
    private let genericModifiers: [[UInt8]]

    /// A name has at most this many characters before its ending.
    static let maxModifier = 10

    init(lexicon: Lexicon) {
        let endings = lexicon.unquotedSchemeEndings.sorted {
            $0.key.utf8.count != $1.key.utf8.count ? $0.key.utf8.count > $1.key.utf8.count : $0.key < $1.key
        }
        self.endings = KeywordIndex(keywords: endings.map(\.key))
        minimumModifier = endings.map(\.value)
        boundaryCharacters = Self.bits(lexicon.nameBoundaryCharacters.compactMap { Self.packed(String($0)) })
        boundaryVerbs = (lexicon.schemeVerbs + lexicon.nameBoundaryVerbs).map { Array($0.utf8) }
        wordsPastBoundary = lexicon.nameWordsPastBoundary.map { Array($0.utf8) }
        let verbEnds = boundaryVerbs.map { verb in
            verb.count >= 3 && verb[verb.count - 3] & 0xF0 == 0xE0
                ? Self.packed(String(decoding: verb.suffix(3), as: UTF8.self)) : nil
        }
        boundaryVerbEnds = verbEnds.contains(nil) ? nil : Self.bits(verbEnds.compactMap { $0 })
        genericModifiers = lexicon.genericModifiers.map { Array($0.utf8) }
    }

    /// The names in `text`, in the order they first occur.
    func names(in text: String) -> [String] {
        var readings: [[UInt8]] = []  // UTF-8
        var occurrences: [(keyword: Int, range: Range<Int>)] = []
        endings.forEachOccurrence(in: text[...]) { keyword, range in
            occurrences.append((keyword, range))
            return true
        }
        guard !occurrences.isEmpty else { return [] }
        var text = text  // withUTF8 needs it mutable; a native text is read in place
        text.withUTF8 { bytes in
            for (keyword, range) in occurrences {
                if let start = nameStart(in: bytes, before: range.lowerBound),
                    (range.lowerBound - start) / 3 >= minimumModifier[keyword],
                    !genericModifiers.contains(where: { bytes[start...].starts(with: $0) })
                {
                    readings.append(Array(bytes[start..<range.upperBound]))
                }
            }
        }
        var found = UniqueStrings()
        for reading in readings {
            // The shortest other reading that ends this one and is still a name.
            let shorter = readings.filter { other in
                other.count < reading.count && reading[(reading.count - other.count)...].elementsEqual(other)
            }.min { $0.count < $1.count }
            found.insert(String(decoding: shorter ?? reading, as: UTF8.self))
        }
        return found.strings
    }

    /// Where the name ending at `end` starts: after the nearest boundary, or nil when there is
    /// none within `maxModifier` characters.
    private func nameStart(in bytes: UnsafeBufferPointer<UInt8>, before end: Int) -> Int? {
        var start = end
        for _ in 0...Self.maxModifier {
            // "“三色预警”纠纷调处机制", "“A+B”的灵活工作机制": words after a quoted name
            // describe it.
            if Self.closesQuote(bytes, at: start) { return nil }
            // Not after a Han character (a mark, a digit, the text's start): the name starts here.
            guard start >= 3, (0xE4...0xE9).contains(bytes[start - 3]) else { return start }
            let character = UInt32(bytes[start - 3]) << 16 | UInt32(bytes[start - 2]) << 8 | UInt32(bytes[start - 1])
            if Self.contains(boundaryCharacters, character), !opensWordPastBoundary(bytes, at: start - 3) {
                return character == Self.possessive && Self.closesQuote(bytes, at: start - 3) ? nil : start
            }
            if boundaryVerbEnds.map({ Self.contains($0, character) }) ?? true,
                boundaryVerbs.contains(where: { verb in
                    start >= verb.count && bytes[(start - verb.count)..<start].elementsEqual(verb)
                })
            {
                return start
            }
            start -= 3
        }
        return nil
    }

    /// True when one of `wordsPastBoundary` starts at `offset`.
    private func opensWordPastBoundary(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        wordsPastBoundary.contains { word in
            offset + word.count <= bytes.count && bytes[offset..<(offset + word.count)].elementsEqual(word)
        }
    }

    /// True when a closing quote ends just before `offset`.
    static func closesQuote(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        offset >= 3 && bytes[offset - 3] == 0xE2 && bytes[offset - 2] == 0x80 && bytes[offset - 1] == 0x9D
    }

    static let possessive = packed("的")!

    /// A bit per BMP scalar, set for the three-byte characters given packed (three bytes that
    /// are not one character are left out: they never stand before a name as one).
    static func bits(_ characters: [UInt32]) -> [UInt64] {
        var words = [UInt64](repeating: 0, count: 0x10000 / 64)
        for character in characters where character >> 16 & 0xF0 == 0xE0 {
            BitWords.insert(scalarValue(character), into: &words)
        }
        return words
    }

    static func contains(_ bits: [UInt64], _ character: UInt32) -> Bool {
        BitWords.contains(scalarValue(character), in: bits)
    }

    /// The scalar value of a three-byte character, packed.
    static func scalarValue(_ packed: UInt32) -> Int {
        Int((packed >> 16 & 0x0F) << 12 | (packed >> 8 & 0x3F) << 6 | (packed & 0x3F))
    }

    static func packed(_ character: String) -> UInt32? {
        let bytes = Array(character.utf8)
        guard bytes.count == 3 else { return nil }
        return UInt32(bytes[0]) << 16 | UInt32(bytes[1]) << 8 | UInt32(bytes[2])
    }
}

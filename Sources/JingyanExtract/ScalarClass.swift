import JingyanLayout

/// A set of scalars as written in a pattern: scalars, ranges and named classes.
struct ScalarClass: Hashable, Sendable {
    enum Named: Hashable, Sendable {
        case decimalDigit, whiteSpace, han, lineTerminator

        func contains(_ scalar: Unicode.Scalar) -> Bool {
            switch self {
            // Han first: most scalars tested are Han, and a property lookup costs more.
            case .decimalDigit:
                scalar.isASCII
                    ? ("0"..."9").contains(scalar)
                    : !Typography.isHan(scalar) && scalar.properties.generalCategory == .decimalNumber
            // ICU's \s: [\t\n\f\r\p{Z}].
            case .whiteSpace:
                if scalar.isASCII {
                    [0x09, 0x0A, 0x0C, 0x0D, 0x20].contains(scalar.value)
                } else if Typography.isHan(scalar) {
                    false
                } else {
                    switch scalar.properties.generalCategory {
                    case .spaceSeparator, .lineSeparator, .paragraphSeparator: true
                    default: false
                    }
                }
            case .han: LexiconPattern.isHanScript(scalar)
            case .lineTerminator: [0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029].contains(scalar.value)
            }
        }
    }

    enum Item: Hashable, Sendable {
        case range(ClosedRange<UInt32>)
        case named(Named, negated: Bool)

        static func scalar(_ scalar: Unicode.Scalar) -> Item { .range(scalar.value...scalar.value) }

        func contains(_ scalar: Unicode.Scalar) -> Bool {
            switch self {
            case .range(let range): range.contains(scalar.value)
            case .named(let named, let negated): named.contains(scalar) != negated
            }
        }
    }

    var items: [Item]
    var negated: Bool

    static let nothing = ScalarClass(items: [], negated: false)
    static let anything = ScalarClass(items: [], negated: true)

    /// A superset of both; nil (a possibly empty match) if either is nil.
    static func union(_ a: ScalarClass?, _ b: ScalarClass?) -> ScalarClass? {
        guard let a, let b else { return nil }
        return a.negated || b.negated ? anything : ScalarClass(items: a.items + b.items, negated: false)
    }

    func contains(_ scalar: Unicode.Scalar) -> Bool {
        items.contains { $0.contains(scalar) } != negated
    }
}

/// A scalar class as a bit per BMP scalar: the test for where a match may start, run on every
/// scalar of a text, costs one load instead of a walk over the class's items.
struct ScalarBitmap: Sendable {
    static let wordCount = 0x10000 / 64
    let words: [UInt64]
    private let scalars: ScalarClass  // beyond the BMP

    /// `namedBits` keeps each named class's bits, shared by the bitmaps of the patterns built with it.
    init(_ scalars: ScalarClass, namedBits: inout [ScalarClass.Named: [UInt64]]) {
        var words = [UInt64](repeating: 0, count: 0x10000 / 64)
        func set(_ value: UInt32) { BitWords.insert(Int(value), into: &words) }
        // Ranges bit by bit; only a named class is tested over the whole plane (built at every start-up).
        for item in scalars.items {
            switch item {
            case .range(let range):
                for value in range.clamped(to: 0...0xFFFF) { set(value) }
            case .named(let named, let negated):
                let bits =
                    namedBits[named]
                    ?? {
                        var bits = [UInt64](repeating: 0, count: 0x10000 / 64)
                        for value in UInt32(0)..<0x10000 where Unicode.Scalar(value).map(named.contains) ?? false {
                            BitWords.insert(Int(value), into: &bits)
                        }
                        return bits
                    }()
                namedBits[named] = bits
                for index in words.indices { words[index] |= negated ? ~bits[index] : bits[index] }
            }
        }
        if scalars.negated { words = words.map { ~$0 } }
        self.words = words
        self.scalars = scalars
    }

    @inline(__always)
    func contains(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x10000 ? BitWords.contains(Int(scalar.value), in: words) : scalars.contains(scalar)
    }
}

extension LexiconPattern {
    /// ICU's \p{Han}: the Han script (Unicode Scripts.txt), which also holds 〇, 々 and the radicals.
    static func isHanScript(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0x2E80...0x2E99, 0x2E9B...0x2EF3, 0x2F00...0x2FD5, 0x3005, 0x3007,
            0x3021...0x3029, 0x3038...0x303B, 0xF900...0xFA6D, 0xFA70...0xFAD9, 0x16FE2, 0x16FE3, 0x16FF0, 0x16FF1,
            0x20000...0x2A6DF, 0x2A700...0x2B739, 0x2B740...0x2B81D, 0x2B820...0x2CEA1, 0x2CEB0...0x2EBE0,
            0x2EBF0...0x2EE5D, 0x2F800...0x2FA1D, 0x30000...0x3134A, 0x31350...0x323AF:
            return true
        default: return false
        }
    }
}

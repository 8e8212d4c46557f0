/// The shape of a heading: its punctuation in order and its length. Sibling headings of one
/// article are written in parallel ("强化X，Y“Z”" three times), so a shared shape confirms them.
struct HeadingShape: Equatable {
    var marks: [Character]
    var length: Int
    /// The characters of each clause, quotes counted: parallel headings match here too.
    var clauses: [Int]

    init(_ text: String) {
        func isMark(_ character: Character) -> Bool {
            !character.isLetter && !character.isNumber && !character.isWhitespace
        }
        var utf8 = text  // withUTF8 needs it mutable; a native text is read in place
        if let shape = utf8.withUTF8(Self.init(standingAlone:)) {
            self = shape
            return
        }
        clauses = text.split(whereSeparator: Typography.clauseMarks.contains).map(\.count)
        marks = text.filter(isMark).map { $0 }
        length = text.count
    }

    /// The shape of a text whose scalars all stand alone, nil for any other: then every scalar
    /// is a Character, and a clause mark exactly when its scalar is one, so one pass over the
    /// UTF-8 reads it with no grapheme breaking. The common ideographs (U+4E00–U+9FFF, all
    /// letters, no mark) are passed over on their lead bytes, without decoding or properties.
    private init?(standingAlone bytes: UnsafeBufferPointer<UInt8>) {
        // Read once: each static's access checks its initialisation.
        let clauseMarks = Typography.clauseMarkScalars
        let blockMarks = Self.blockMarks
        marks = []
        clauses = []
        length = 0
        var clause = 0
        var index = 0
        while index < bytes.count {
            length += 1
            let lead = bytes[index]
            if (0xE5...0xE9).contains(lead) || lead == 0xE4 && bytes[index + 1] >= 0xB8 {
                clause += 1
                index += 3
                continue
            }
            let (scalar, width) = Typography.scalar(in: bytes, at: index)
            guard Typography.standsAlone(scalar) else { return nil }
            index += width
            if clauseMarks.contains(scalar) {
                if clause > 0 { clauses.append(clause) }
                clause = 0
            } else {
                clause += 1
            }
            let isMark = Self.isInMarkBlock(scalar) ? blockMarks.contains(scalar) : Self.isMark(scalar)
            if !(0x4E00...0x9FFF).contains(scalar.value), isMark { marks.append(Character(scalar)) }
        }
        if clause > 0 { clauses.append(clause) }
    }

    /// The blocks of 64 scalars a `ScalarSet` answers by a mask (ASCII, general and CJK
    /// punctuation, full-width forms), where a heading's marks stand.
    static func isInMarkBlock(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x80, 0x2000..<0x2040, 0x3000..<0x3040, 0xFF00..<0xFF40: true
        default: false
        }
    }

    /// The scalars of those blocks that are marks (`isMark`): looked up by a mask test instead
    /// of reading each one's Unicode properties.
    static let blockMarks = ScalarSet(
        Set(
            [0..<0x80, 0x2000..<0x2040, 0x3000..<0x3040, 0xFF00..<0xFF40].joined()
                .compactMap(Unicode.Scalar.init).filter(isMark).map(Character.init)))

    /// `isMark` of the scalar's Character, for a scalar that stands alone: a Character of one
    /// scalar is a letter, a number or whitespace exactly when its scalar has those properties
    /// (checked over every such scalar), and reading them needs no Character.
    static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        return !properties.isAlphabetic && properties.numericType == nil && !properties.isWhitespace
    }

    /// The same marks, and the same length give or take a few characters; or, with three marks
    /// or more, a first clause of the same length ("从“甲”到“乙”，……" beside "从“丙”到“丁”，……"):
    /// parallel headings vary in their last clause.
    func matches(_ other: HeadingShape) -> Bool {
        guard !marks.isEmpty, marks == other.marks else { return false }
        return abs(length - other.length) <= 3 || opensInParallel(with: other)
    }

    /// The same marks, three or more, and a first clause of the same length: the strong form of
    /// `matches`, which holds whatever the lengths of the last clauses.
    func opensInParallel(with other: HeadingShape) -> Bool {
        !marks.isEmpty && marks == other.marks && marks.count >= Self.parallelMarks && clauses.count > 1
            && clauses.first == other.clauses.first
    }

    static let parallelMarks = 3
}

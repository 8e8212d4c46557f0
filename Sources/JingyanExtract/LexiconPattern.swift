import JingyanLayout

/// A regular expression from the lexicon (page furniture, news cues, periods), compiled into a
/// backtracking matcher over Unicode scalars.
///
/// Why not `NSRegularExpression`: it runs on every line of every page, and each call bridges the
/// line to UTF-16 and sets up ICU — about 2 µs a line, ten times the whole extractor's budget.
/// This matcher needs no bridging, tries only the positions where a match can start (the
/// pattern's possible first scalars, or only the start for a pattern anchored with `^`), and
/// keeps ICU's semantics for the syntax it accepts: literals and escapes, `.`, classes `[...]`
/// with ranges, `\d`, `\s`, `\p{Han}` (and `\D`, `\S`, `\P{Han}`), groups `(...)` and `(?:...)`,
/// `|`, the quantifiers `?`, `*`, `+`, `{n}`, `{n,}`, `{n,m}` (lazy with a trailing `?`), and the
/// anchors `^` and `$`. Other syntax is reported as an error in the data file.
struct LexiconPattern: Sendable {
    struct SyntaxError: Error, CustomStringConvertible {
        var description: String
    }

    /// A match: scalar offsets of the whole match and of each capturing group.
    struct Match {
        var range: Range<Int>
        var groups: [Range<Int>?]
    }

    /// The top-level alternatives, tried in the order written as ICU does, each entered at its
    /// own instruction: at a position only those that can start with its scalar are run
    /// ("今年|去年|上半年|…" at "全" runs one, not a chain of thirteen splits).
    private let program: Program
    /// Per BMP scalar, an index into `branchMasks`, whose bit i says top-level alternative i can
    /// start with that scalar: one load finds the alternatives worth running at a position.
    private let branchMaskIndex: [UInt16]
    private let branchMasks: [UInt64]
    /// The alternatives tried at the end of the text (those that can match empty), and beyond the BMP (all).
    private let emptyBranches: UInt64
    private let allBranches: UInt64
    private let groupCount: Int
    /// Every alternative starts with `^`: only the start of the text is tried.
    private let anchoredAtStart: Bool
    /// The scalars a match can start with; nil when a match can start anywhere (or be empty).
    private let firstScalars: ScalarBitmap?
    /// The scalars a match can start with after the text's start: those of the alternatives not
    /// anchored with `^` (none when every one is); nil when such a match can start anywhere.
    private let laterScalars: ScalarBitmap?
    /// Scalars a text must hold for some alternative to match; nil when one needs none.
    private let required: RequiredScalars?

    init(_ pattern: String) throws {
        var namedBits: [ScalarClass.Named: [UInt64]] = [:]
        try self.init(pattern, namedBits: &namedBits)
    }

    /// `namedBits` keeps the bits of the named classes (\d, \s, …) for the next pattern: each is
    /// tested over the whole plane, which was most of the extractor's start-up.
    init(_ pattern: String, namedBits: inout [ScalarClass.Named: [UInt64]]) throws {
        let (alternatives, groupCount) = try Self.parse(pattern)
        self.groupCount = groupCount
        anchoredAtStart = alternatives.allSatisfy(Self.isAnchored)
        let first = Self.firstScalars(ofAlternatives: alternatives)
        // "anything" filters nothing
        firstScalars = first.flatMap { $0.negated ? nil : ScalarBitmap($0, namedBits: &namedBits) }
        var branches = Self.topLevel(alternatives)
        let later = Self.firstScalars(ofAlternatives: branches.filter { !Self.isAnchored($0) })
        laterScalars = later.flatMap { $0.negated ? nil : ScalarBitmap($0, namedBits: &namedBits) }
        required = RequiredScalars(branches: branches, namedBits: &namedBits)
        // One mask bit per branch: more than fit are run as one branch.
        if branches.count > UInt64.bitWidth { branches = [[.group(alternatives, capture: nil)]] }
        var program = try Program(branches)
        program.testClassesOnBitmaps(namedBits: &namedBits)
        self.program = program
        let starts = branches.map { Self.firstScalars(of: $0[...]) }
        let startWords = starts.map {
            $0.map { ScalarBitmap($0, namedBits: &namedBits).words }
                ?? Array(repeating: ~0, count: ScalarBitmap.wordCount)
        }
        var maskIndex = [UInt16](repeating: 0, count: 0x10000)
        var masks: [UInt64] = [0]
        var indexOfMask: [UInt64: UInt16] = [0: 0]
        // Neighbouring scalars mostly share a mask: hashed only on a change.
        var last: (mask: UInt64, index: UInt16) = (0, 0)
        func setMask(from value: Int, count: Int) {
            var mask: UInt64 = 0
            for (branch, words) in startWords.enumerated() where words[value >> 6] & (1 << UInt64(value & 63)) != 0 {
                mask |= 1 << UInt64(branch)
            }
            if mask != last.mask {
                let index = indexOfMask[mask] ?? UInt16(masks.count)  // at most 65,536 masks: one per scalar
                if index == masks.count {
                    masks.append(mask)
                    indexOfMask[mask] = index
                }
                last = (mask, index)
            }
            for value in value..<(value + count) { maskIndex[value] = last.index }
        }
        // Built at every start-up: a word of 64 scalars that every alternative takes or leaves
        // whole has one mask.
        for word in 0..<ScalarBitmap.wordCount {
            if startWords.allSatisfy({ $0[word] == 0 || $0[word] == ~0 }) {
                setMask(from: word << 6, count: 64)
            } else {
                for value in (word << 6)..<((word + 1) << 6) { setMask(from: value, count: 1) }
            }
        }
        branchMaskIndex = maskIndex
        branchMasks = masks
        emptyBranches = starts.enumerated().reduce(0) { $1.element == nil ? $0 | 1 << UInt64($1.offset) : $0 }
        allBranches = starts.indices.reduce(0) { $0 | 1 << UInt64($1) }
    }

    /// The alternatives tried in turn at a position: a whole alternative that is a
    /// non-capturing group contributes its own alternatives, in order.
    private static func topLevel(_ alternatives: [[Node]]) -> [[Node]] {
        alternatives.flatMap { alternative -> [[Node]] in
            if alternative.count == 1, case .group(let inner, capture: nil) = alternative[0] { return topLevel(inner) }
            return [alternative]
        }
    }

    /// Throws the pattern's syntax error, if any, without building its lookup tables.
    static func validate(_ pattern: String) throws {
        _ = try Program(parse(pattern).alternatives)
    }

    private static func parse(_ pattern: String) throws -> (alternatives: [[Node]], groupCount: Int) {
        var parser = Parser(scalars: Array(pattern.unicodeScalars))
        let alternatives = try parser.parseAlternatives()
        guard parser.position == parser.scalars.count else { throw SyntaxError(description: "unbalanced ')'") }
        return (alternatives, parser.groupCount)
    }

    /// A pattern matching the literal text.
    static func escaped(_ literal: String) -> String {
        String(
            String.UnicodeScalarView(
                literal.unicodeScalars.flatMap { scalar -> [Unicode.Scalar] in
                    scalar.isASCII && !scalar.properties.isAlphabetic && !("0"..."9").contains(scalar)
                        ? ["\\", scalar] : [scalar]
                }))
    }

    /// True when the pattern matches somewhere in the text. A pattern anchored at the start
    /// rejects most lines by their first scalar, before any copying.
    func isFound(in scalars: some Collection<Unicode.Scalar>) -> Bool {
        mayMatch(textStartingWith: scalars.first) && firstMatch(in: Array(scalars)) != nil
    }

    /// True when the pattern matches somewhere in the text. A text with none of the scalars a
    /// match starts with is rejected on its UTF-8, before its scalars are copied out.
    func isFound(in text: String) -> Bool {
        guard mayMatch(textStartingWith: text.unicodeScalars.first) else { return false }
        guard let first = text.unicodeScalars.first else { return firstMatch(in: []) != nil }
        var utf8 = text  // withUTF8 needs it mutable; a native text is read in place
        return utf8.withUTF8 { bytes in
            if !anchoredAtStart, let firstScalars, let laterScalars, !firstScalars.contains(first),
                !mayStart(after: 0, in: bytes, laterScalars)
            {
                return false
            }
            if let required, !required.mayBeIn(bytes) { return false }
            var scalars: [Unicode.Scalar] = []  // decoded by hand: the scalar view walks the text twice
            scalars.reserveCapacity(bytes.count)
            var index = 0
            while index < bytes.count {
                let lead = bytes[index]
                if lead & 0xF0 == 0xE0 {  // three bytes, as most are: no call per scalar
                    scalars.append(Self.threeByteScalar(in: bytes, at: index))
                    index += 3
                    continue
                }
                let (scalar, length) = Typography.scalar(in: bytes, at: index)
                scalars.append(scalar)
                index += length
            }
            return firstMatch(in: scalars) != nil
        }
    }

    /// True when a scalar of `starts` follows the first scalar of the text's UTF-8.
    private func mayStart(after first: Int, in bytes: UnsafeBufferPointer<UInt8>, _ starts: ScalarBitmap) -> Bool {
        var index = Typography.scalar(in: bytes, at: first).length
        while index < bytes.count {
            // Most scalars of a page are three bytes (Han): decoded here, with no call per scalar.
            let lead = bytes[index]
            if lead & 0xF0 == 0xE0 {
                if starts.contains(Self.threeByteScalar(in: bytes, at: index)) { return true }
                index += 3
                continue
            }
            let (scalar, length) = Typography.scalar(in: bytes, at: index)
            if starts.contains(scalar) { return true }
            index += length
        }
        return false
    }

    /// The scalar of the three-byte UTF-8 (lead byte 1110xxxx) at `index` of a String's bytes.
    @inline(__always)
    private static func threeByteScalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Unicode.Scalar {
        let value =
            UInt32(bytes[index] & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
        return Unicode.Scalar(value).unsafelyUnwrapped
    }

    /// False when a text that starts so cannot match: the pattern is anchored at the start and
    /// cannot start with that scalar.
    func mayMatch(textStartingWith first: Unicode.Scalar?) -> Bool {
        guard anchoredAtStart, let firstScalars else { return true }
        // A closure, not the method as a value: no copy of the bitmap.
        return first.map { firstScalars.contains($0) } ?? false
    }

    /// The length of the match at the start of the text, if any.
    func prefixMatch(of scalars: some Collection<Unicode.Scalar>) -> Int? {
        if let firstScalars {
            guard let first = scalars.first, firstScalars.contains(first) else { return nil }
        }
        return match(in: Array(scalars), at: 0)?.range.count
    }

    /// The leftmost match, as ICU finds it: at each position the alternatives in order, the
    /// quantifiers greedy unless lazy.
    func firstMatch(in scalars: [Unicode.Scalar], from start: Int = 0) -> Match? {
        var registers = Program.Registers(slotCount: 2 * groupCount)  // one set for all the positions tried
        return firstMatch(in: scalars, from: start, registers: &registers)
    }

    /// The matching machine's state, for a caller that matches many times to keep.
    struct Scratch {
        fileprivate var registers: Program.Registers
    }

    func scratch() -> Scratch { Scratch(registers: Program.Registers(slotCount: 2 * groupCount)) }

    /// The leftmost match from `start` that starts before `limit`: nil says the leftmost, if
    /// any, starts at `limit` or after. `scratch` is this pattern's.
    func firstMatch(
        in scalars: [Unicode.Scalar], from start: Int, startingBefore limit: Int, scratch: inout Scratch
    ) -> Match? {
        firstMatch(in: scalars, from: start, startingBefore: limit, registers: &scratch.registers)
    }

    private func firstMatch(
        in scalars: [Unicode.Scalar], from start: Int, startingBefore limit: Int = .max,
        registers: inout Program.Registers
    ) -> Match? {
        var position = start
        guard position < limit else { return nil }
        if position == 0 {
            if Self.canStart(at: 0, in: scalars, firstScalars),
                let match = match(in: scalars, at: 0, registers: &registers)
            {
                return match
            }
            position = 1
        }
        guard !anchoredAtStart else { return nil }
        let later = laterScalars  // bound once: a bitmap copied at every position retained its tables
        while position <= scalars.count && position < limit {
            if Self.canStart(at: position, in: scalars, later),
                let match = match(in: scalars, at: position, registers: &registers)
            {
                return match
            }
            position += 1
        }
        return nil
    }

    /// False when `starts` (nil: no filter) rules out a match at `position`: it lacks the scalar
    /// there, or the text ends there.
    private static func canStart(at position: Int, in scalars: [Unicode.Scalar], _ starts: ScalarBitmap?) -> Bool {
        guard let starts else { return true }
        return position < scalars.count && starts.contains(scalars[position])
    }

    /// All matches left to right, none overlapping (as `NSRegularExpression.matches`).
    func matches(in scalars: [Unicode.Scalar]) -> [Match] {
        var found: [Match] = []
        var position = 0
        var registers = Program.Registers(slotCount: 2 * groupCount)  // one set for every match
        while position <= scalars.count, let match = firstMatch(in: scalars, from: position, registers: &registers) {
            found.append(match)
            position = match.range.isEmpty ? match.range.upperBound + 1 : match.range.upperBound
        }
        return found
    }

    /// The match starting exactly at `position`, if any.
    func match(in scalars: [Unicode.Scalar], at position: Int) -> Match? {
        var registers = Program.Registers(slotCount: 2 * groupCount)
        return match(in: scalars, at: position, registers: &registers)
    }

    private func match(in scalars: [Unicode.Scalar], at position: Int, registers: inout Program.Registers) -> Match? {
        var candidates = emptyBranches
        if position < scalars.count {
            let value = Int(scalars[position].value)
            candidates = value < 0x10000 ? branchMasks[Int(branchMaskIndex[value])] : allBranches
        }
        var matched = false
        while candidates != 0 {  // in the order written
            let branch = candidates.trailingZeroBitCount
            candidates &= candidates - 1
            if program.run(on: scalars, at: position, entry: program.entries[branch], registers: &registers) {
                matched = true
                break
            }
        }
        guard matched else { return nil }
        let slots = registers.slots
        let groups = (0..<groupCount).map { group in
            slots[2 * group + 2] >= 0 && slots[2 * group + 3] >= 0 ? slots[2 * group + 2]..<slots[2 * group + 3] : nil
        }
        return Match(range: position..<slots[1], groups: groups)
    }

    // MARK: Pattern

    indirect enum Node: Sendable {
        case scalars(ScalarClass)
        case startOfText
        case endOfText
        case group([[Node]], capture: Int?)
        case repetition(Node, min: Int, max: Int?, lazy: Bool)
    }

    private static func isAnchored(_ alternative: [Node]) -> Bool {
        switch alternative.first {
        case .startOfText: true
        case .group(let alternatives, _): alternatives.allSatisfy(isAnchored)
        default: false
        }
    }

    /// A superset of the scalars a match can start with; nil when a match can be empty.
    private static func firstScalars(ofAlternatives alternatives: [[Node]]) -> ScalarClass? {
        alternatives.map { firstScalars(of: $0[...]) }.reduce(Optional(ScalarClass.nothing), ScalarClass.union)
    }

    static func firstScalars(of sequence: ArraySlice<Node>) -> ScalarClass? {
        guard let node = sequence.first else { return nil }
        let rest = sequence.dropFirst()
        switch node {
        case .scalars(let set):
            return set
        case .startOfText, .endOfText:
            return firstScalars(of: rest)
        case .group(let alternatives, _):
            // Each alternative followed by the rest: an alternative that matches empty lets the rest come first.
            return alternatives.map { firstScalars(of: ($0 + rest)[...]) }.reduce(
                Optional(ScalarClass.nothing), ScalarClass.union)
        case .repetition(let inner, let min, _, _):
            let throughInner = firstScalars(of: ([inner] + rest)[...])
            return min > 0 ? throughInner : ScalarClass.union(throughInner, firstScalars(of: rest))
        }
    }
}

/// A set of scalars as written in a pattern: scalars, ranges and named classes.
struct ScalarClass: Sendable {
    enum Named: Sendable {
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

    enum Item: Sendable {
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
        func set(_ value: UInt32) { words[Int(value >> 6)] |= 1 << UInt64(value & 63) }
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
                            bits[Int(value >> 6)] |= 1 << UInt64(value & 63)
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
        scalar.value < 0x10000
            ? words[Int(scalar.value >> 6)] & (1 << UInt64(scalar.value & 63)) != 0 : scalars.contains(scalar)
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

    /// The pattern compiled to instructions for a backtracking machine: matching walks an array
    /// of plain values, where walking the pattern's tree retained and released its nodes at every
    /// step (most of the time went there).
    fileprivate struct Program: Sendable {
        enum Instruction: Sendable {
            case scalar(Unicode.Scalar)
            case scalarIn(Int)  // an index into `classes`
            /// Go on at `preferred`; on failure, come back and go on at `other`.
            case split(preferred: Int, other: Int)
            case jump(Int)
            case save(slot: Int)
            case startOfText, endOfText
            case accept
        }

        private(set) var instructions: [Instruction] = []
        private(set) var classes: [ScalarClass] = []
        /// `ScalarBitmap.wordCount` words per class: a BMP scalar is tested with one load, with no
        /// walk over the class's items (and no retain of them) at every step.
        private(set) var classWords: [UInt64] = []
        /// Where each top-level alternative starts: run from there, only it is tried.
        private(set) var entries: [Int] = []

        init(_ alternatives: [[Node]]) throws {
            try emit(alternatives, topLevel: true)
            instructions.append(.accept)
        }

        /// Not done by `validate`: the bitmaps of named classes cost a test of every BMP scalar.
        mutating func testClassesOnBitmaps(namedBits: inout [ScalarClass.Named: [UInt64]]) {
            classWords = classes.flatMap { ScalarBitmap($0, namedBits: &namedBits).words }
        }

        @inline(__always)
        private func classContains(_ set: Int, _ scalar: Unicode.Scalar) -> Bool {
            let value = Int(scalar.value)
            return value < 0x10000
                ? classWords[set * ScalarBitmap.wordCount + value >> 6] & (1 << UInt64(value & 63)) != 0
                : classes[set].contains(scalar)
        }

        private mutating func emit(_ alternatives: [[Node]], topLevel: Bool = false) throws {
            var jumpsToEnd: [Int] = []
            for (number, alternative) in alternatives.enumerated() {
                let split = instructions.count
                let isLast = number == alternatives.count - 1
                if !isLast { instructions.append(.jump(-1)) }  // becomes the split once the alternative's end is known
                if topLevel { entries.append(instructions.count) }
                for node in alternative { try emit(node) }
                if !isLast {
                    jumpsToEnd.append(instructions.count)
                    instructions.append(.jump(-1))
                    instructions[split] = .split(preferred: split + 1, other: instructions.count)
                }
            }
            for jump in jumpsToEnd { instructions[jump] = .jump(instructions.count) }
        }

        private mutating func emit(_ node: Node) throws {
            switch node {
            case .scalars(let set):
                if !set.negated, set.items.count == 1, case .range(let range) = set.items[0], range.count == 1,
                    let scalar = Unicode.Scalar(range.lowerBound)
                {
                    instructions.append(.scalar(scalar))
                } else {
                    classes.append(set)
                    instructions.append(.scalarIn(classes.count - 1))
                }
            case .startOfText: instructions.append(.startOfText)
            case .endOfText: instructions.append(.endOfText)
            case .group(let alternatives, let capture):
                if let capture { instructions.append(.save(slot: 2 * capture + 2)) }
                try emit(alternatives)
                if let capture { instructions.append(.save(slot: 2 * capture + 3)) }
            case .repetition(let inner, let min, let max, let lazy):
                // A body that can match nothing would loop without end.
                if max == nil, LexiconPattern.firstScalars(of: [inner][...]) == nil {
                    throw SyntaxError(description: "a repeated part that can match nothing is not supported")
                }
                for _ in 0..<min { try emit(inner) }
                if let max {
                    // Each optional copy is tried (or, lazily, skipped) first; skipping one skips the rest.
                    var splits: [Int] = []
                    for _ in min..<max {
                        splits.append(instructions.count)
                        instructions.append(.jump(-1))
                        try emit(inner)
                    }
                    for split in splits {
                        instructions[split] =
                            lazy
                            ? .split(preferred: instructions.count, other: split + 1)
                            : .split(preferred: split + 1, other: instructions.count)
                    }
                } else {
                    let loop = instructions.count
                    instructions.append(.jump(-1))
                    try emit(inner)
                    instructions.append(.jump(loop))
                    instructions[loop] =
                        lazy
                        ? .split(preferred: instructions.count, other: loop + 1)
                        : .split(preferred: loop + 1, other: instructions.count)
                }
            }
        }

        enum Backtrack {
            case resume(instruction: Int, position: Int)
            case restore(slot: Int, value: Int)
        }

        /// The machine's state, kept from one run to the next so that its arrays are allocated once.
        struct Registers {
            /// 0 and 1 the match's bounds, then each group's.
            var slots: [Int]
            var stack: [Backtrack] = []

            init(slotCount: Int) { slots = Array(repeating: -1, count: slotCount + 2) }
        }

        /// Runs at `start`; true on a match, whose bounds are then in `registers.slots`.
        func run(on scalars: [Unicode.Scalar], at start: Int, entry: Int, registers: inout Registers) -> Bool {
            for slot in registers.slots.indices { registers.slots[slot] = -1 }
            registers.stack.removeAll(keepingCapacity: true)
            var pc = entry
            var position = start
            while true {
                var failed = false
                switch instructions[pc] {
                case .scalar(let scalar):
                    if position < scalars.count, scalars[position] == scalar {
                        position += 1
                        pc += 1
                    } else {
                        failed = true
                    }
                case .scalarIn(let set):
                    if position < scalars.count, classContains(set, scalars[position]) {
                        position += 1
                        pc += 1
                    } else {
                        failed = true
                    }
                case .split(let preferred, let other):
                    // A branch that fails at its first scalar needs no way back: most of an
                    // alternation's branches end there ("今年|去年|…" tried on "全").
                    if startsWithMismatch(preferred, at: position, in: scalars) {
                        pc = other
                    } else {
                        registers.stack.append(.resume(instruction: other, position: position))
                        pc = preferred
                    }
                case .jump(let target):
                    pc = target
                case .save(let slot):
                    registers.stack.append(.restore(slot: slot, value: registers.slots[slot]))
                    registers.slots[slot] = position
                    pc += 1
                case .startOfText:
                    if position == 0 { pc += 1 } else { failed = true }
                case .endOfText:
                    if Self.isEnd(position, of: scalars) { pc += 1 } else { failed = true }
                case .accept:
                    registers.slots[0] = start
                    registers.slots[1] = position
                    return true
                }
                if failed, !Self.backtrack(&registers, pc: &pc, position: &position) { return false }
            }
        }

        /// Back to the last choice, undoing the captures made since; false when none is left.
        @inline(__always)
        private static func backtrack(_ registers: inout Registers, pc: inout Int, position: inout Int) -> Bool {
            while let entry = registers.stack.popLast() {
                switch entry {
                case .resume(let instruction, let at):
                    pc = instruction
                    position = at
                    return true
                case .restore(let slot, let value):
                    registers.slots[slot] = value
                }
            }
            return false
        }

        /// True when the instruction at `pc` consumes a scalar that is not the one at `position`.
        private func startsWithMismatch(_ pc: Int, at position: Int, in scalars: [Unicode.Scalar]) -> Bool {
            switch instructions[pc] {
            case .scalar(let scalar): position == scalars.count || scalars[position] != scalar
            case .scalarIn(let set): position == scalars.count || !classContains(set, scalars[position])
            default: false
            }
        }

        /// ICU's `$`: the end of the text, or before a line terminator that ends it.
        static func isEnd(_ position: Int, of scalars: [Unicode.Scalar]) -> Bool {
            switch scalars.count - position {
            case 0: return true
            case 1: return ScalarClass.Named.lineTerminator.contains(scalars[position])
            case 2: return scalars[position] == "\r" && scalars[position + 1] == "\n"
            default: return false
            }
        }
    }

    // MARK: Parsing

    fileprivate struct Parser {
        let scalars: [Unicode.Scalar]
        var position = 0
        var groupCount = 0

        var next: Unicode.Scalar? { position < scalars.count ? scalars[position] : nil }

        mutating func parseAlternatives() throws -> [[Node]] {
            var alternatives: [[Node]] = [[]]
            while let scalar = next, scalar != ")" {
                position += 1
                switch scalar {
                case "|":
                    alternatives.append([])
                    continue
                case "(":
                    var capture: Int?
                    if next == "?" {
                        guard position + 1 < scalars.count, scalars[position + 1] == ":" else {
                            throw unsupported("(?")
                        }
                        position += 2
                    } else {
                        capture = groupCount
                        groupCount += 1
                    }
                    let inner = try parseAlternatives()
                    guard next == ")" else { throw SyntaxError(description: "missing ')'") }
                    position += 1
                    alternatives[alternatives.count - 1].append(.group(inner, capture: capture))
                case "^": alternatives[alternatives.count - 1].append(.startOfText)
                case "$": alternatives[alternatives.count - 1].append(.endOfText)
                case ".":
                    alternatives[alternatives.count - 1].append(
                        .scalars(ScalarClass(items: [.named(.lineTerminator, negated: false)], negated: true)))
                case "[": alternatives[alternatives.count - 1].append(.scalars(try parseClass()))
                case "\\": alternatives[alternatives.count - 1].append(.scalars(try parseEscape(inClass: false)))
                case "?", "*", "+", "{":
                    guard let last = alternatives[alternatives.count - 1].popLast(), Self.isRepeatable(last) else {
                        throw SyntaxError(description: "nothing to repeat before '\(scalar)'")
                    }
                    alternatives[alternatives.count - 1].append(try parseQuantifier(scalar, of: last))
                default:
                    alternatives[alternatives.count - 1].append(
                        .scalars(ScalarClass(items: [.scalar(scalar)], negated: false)))
                }
            }
            return alternatives
        }

        static func isRepeatable(_ node: Node) -> Bool {
            switch node {
            case .scalars, .group: true
            default: false
            }
        }

        mutating func parseQuantifier(_ scalar: Unicode.Scalar, of node: Node) throws -> Node {
            var min = 0
            var max: Int?
            switch scalar {
            case "?": max = 1
            case "+": min = 1
            case "{":
                min = try parseNumber()
                max = min
                if next == "," {
                    position += 1
                    max = next == "}" ? nil : try parseNumber()
                }
                guard next == "}" else { throw SyntaxError(description: "missing '}'") }
                position += 1
                if let max, max < min { throw SyntaxError(description: "{\(min),\(max)}: bounds out of order") }
            default: break
            }
            var lazy = false
            if next == "?" {
                lazy = true
                position += 1
            } else if next == "+" {
                throw unsupported("possessive quantifiers")
            }
            return .repetition(node, min: min, max: max, lazy: lazy)
        }

        mutating func parseNumber() throws -> Int {
            var digits = ""
            while let scalar = next, ("0"..."9").contains(scalar) {
                digits.unicodeScalars.append(scalar)
                position += 1
            }
            guard let number = Int(digits) else { throw SyntaxError(description: "a number expected in {…}") }
            return number
        }

        mutating func parseClass() throws -> ScalarClass {
            var set = ScalarClass(items: [], negated: false)
            if next == "^" {
                set.negated = true
                position += 1
            }
            while let scalar = next, scalar != "]" {
                position += 1
                var item: ScalarClass.Item
                if scalar == "\\" {
                    let escaped = try parseEscape(inClass: true)
                    guard escaped.items.count == 1, !escaped.negated else { throw unsupported("\\ in a class") }
                    item = escaped.items[0]
                } else if scalar == "[" {
                    throw unsupported("nested classes")
                } else {
                    item = .scalar(scalar)
                }
                if case .range(let single) = item, single.count == 1, let lower = Unicode.Scalar(single.lowerBound),
                    next == "-", position + 1 < scalars.count, scalars[position + 1] != "]"
                {
                    position += 1
                    let upperScalar = scalars[position]
                    position += 1
                    guard upperScalar != "\\", upperScalar != "[", lower.value <= upperScalar.value else {
                        throw unsupported("range \(lower)-\(upperScalar)")
                    }
                    item = .range(lower.value...upperScalar.value)
                }
                set.items.append(item)
            }
            guard next == "]" else { throw SyntaxError(description: "missing ']'") }
            position += 1
            return set
        }

        /// After a backslash: a class escape or an escaped literal.
        mutating func parseEscape(inClass: Bool) throws -> ScalarClass {
            guard let scalar = next else { throw SyntaxError(description: "'\\' at the end") }
            position += 1
            func one(_ item: ScalarClass.Item) -> ScalarClass { ScalarClass(items: [item], negated: false) }
            switch scalar {
            case "d", "D": return one(.named(.decimalDigit, negated: scalar == "D"))
            case "s", "S": return one(.named(.whiteSpace, negated: scalar == "S"))
            case "n": return one(.scalar("\n"))
            case "t": return one(.scalar("\t"))
            case "r": return one(.scalar("\r"))
            case "p", "P":
                let name = "{Han}".unicodeScalars
                guard scalars[position...].starts(with: name) else { throw unsupported("\\\(scalar) other than {Han}") }
                position += name.count
                return one(.named(.han, negated: scalar == "P"))
            default:
                guard !(scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar))) else {
                    throw unsupported("\\\(scalar)")
                }
                return one(.scalar(scalar))
            }
        }

        func unsupported(_ what: String) -> SyntaxError {
            SyntaxError(description: "\(what) is not supported (see LexiconPattern)")
        }
    }
}

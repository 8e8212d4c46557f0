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
    let required: RequiredScalars?
    /// The start table has a bit for each top-level alternative, and the filter every class
    /// they need: neither was weakened for want of room.
    let keepsTables: Bool

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
        keepsTables = branches.count <= UInt64.bitWidth && required?.keepsEveryClass ?? true
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
            for (branch, words) in startWords.enumerated() where BitWords.contains(value, in: words) {
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

    /// What a pattern brings to an alternation of patterns: its top-level alternatives and the
    /// classes its filter tells apart. An alternation keeps its tables when the sum of what its
    /// patterns bring fits them.
    struct Footprint {
        private(set) var alternativeCount = 0
        private(set) var classWords: Set<ClassKey> = []

        /// Nothing: the footprint of no pattern.
        init() {}

        init(_ pattern: String, namedBits: inout [ScalarClass.Named: [UInt64]]) throws {
            let branches = LexiconPattern.topLevel(try LexiconPattern.parse(pattern).alternatives)
            alternativeCount = branches.count
            classWords = RequiredScalars.classWords(branches: branches, namedBits: &namedBits)
        }

        /// The footprint of both patterns' alternation.
        func adding(_ other: Footprint) -> Footprint {
            var sum = self
            sum.alternativeCount += other.alternativeCount
            sum.classWords.formUnion(other.classWords)
            return sum
        }

        /// The alternation, compiled, would keep its tables (`keepsTables`).
        var keepsTables: Bool {
            alternativeCount <= UInt64.bitWidth && classWords.count <= RequiredScalars.Mask.bitWidth
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
    func isFound(in text: String) -> Bool { isFound(in: text, requiredChecked: false) }

    /// `isFound(in:)`, without asking `required` again when the caller has (`JointRequiredScalars`).
    func isFound(in text: String, requiredChecked: Bool) -> Bool {
        let first = Typography.firstScalar(of: text)  // read once
        guard mayMatch(textStartingWith: first) else { return false }
        guard let first else { return firstMatch(in: []) != nil }
        var utf8 = text  // withUTF8 needs it mutable; a native text is read in place
        return utf8.withUTF8 { bytes in
            if !anchoredAtStart, let firstScalars, let laterScalars, !firstScalars.contains(first),
                !mayStart(after: 0, in: bytes, laterScalars)
            {
                return false
            }
            if !requiredChecked, let required, !required.mayBeIn(bytes) { return false }
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

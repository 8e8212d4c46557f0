import JingyanLayout

/// What a text must hold for a pattern to match somewhere in it: for each top-level alternative,
/// the classes that every match of it consumes a scalar of (its literals, classes, repetitions
/// of at least one, and a group's unions of a class of each of its alternatives). A text that lacks a scalar
/// of some class of each alternative cannot match, and is rejected in one pass over its UTF-8
/// without decoding it into scalars or running the matcher at any position.
///
/// An alternative anchored with `^` also needs the text's first scalar to be one its matches
/// start with, so a line that opens like most body text rules out every anchored alternative.
///
/// Only a necessary condition: a text that passes is matched as before, so a pattern's results
/// do not depend on it. A negated class is left out; when more classes are needed than the 128
/// a mask holds, each alternative keeps its rarest (Han counted as common): both only weaken
/// the filter.
struct RequiredScalars: Sendable {
    /// One bit per class told apart.
    typealias Mask = UInt128

    /// Per BMP scalar, an index into `masks`, whose bit i says the scalar is in class i.
    private let maskIndex: [UInt16]
    /// The masks, and last one more with every bit set: a scalar beyond the BMP's, counted as in
    /// every class so that the text is matched.
    private let masks: [Mask]
    /// Per index into `masks`, the bits each alternative that may start with a scalar of those
    /// classes needs, none a superset of another (a text holding those holds these): a text
    /// is told by the few that its first scalar leaves, not by every alternative.
    private let needsByFirst: [[Mask]]
    /// Every class the alternatives need has a bit: none was left out for want of room.
    let keepsEveryClass: Bool

    /// Nil when some alternative needs no class: then no text can be ruled out.
    init?(branches: [[LexiconPattern.Node]], namedBits: inout [ScalarClass.Named: [UInt64]]) {
        let plan = Plan(branches: branches, namedBits: &namedBits)
        guard !plan.needs.contains(0) else { return nil }
        keepsEveryClass = !plan.table.isFull
        let (maskIndex, masks) = Self.masks(of: plan.table.words)
        self.maskIndex = maskIndex
        self.masks = masks + [~0]
        needsByFirst = self.masks.map { first in
            Self.leastNeeds(zip(plan.needs, plan.starts).filter { $0.1 == 0 || $0.1 & first != 0 }.map(\.0))
        }
    }

    /// The classes the alternatives need and start with, as the filter would tell them apart
    /// (by their scalars); no lookup table is built.
    static func classWords(
        branches: [[LexiconPattern.Node]], namedBits: inout [ScalarClass.Named: [UInt64]]
    ) -> Set<ClassKey> {
        var words: Set<ClassKey> = []
        for branch in branches {
            let wanted = Wanted(branch)
            for scalars in [wanted.start].compactMap({ $0 }) + wanted.classes {
                words.insert(ClassWords(scalars, namedBits: &namedBits).key)
            }
        }
        return words
    }

    /// What one alternative asks of a text: the class of its first scalar when it is anchored
    /// with `^`, and the classes it consumes a scalar of.
    private struct Wanted {
        var start: ScalarClass?
        var classes: [ScalarClass]

        init(_ branch: [LexiconPattern.Node]) {
            start = nil
            if case .startOfText = branch.first, let first = LexiconPattern.firstScalars(of: branch[...]),
                !first.negated
            {
                start = first
            }
            classes = RequiredScalars.classes(of: branch[...])
        }
    }

    /// The classes told apart, and per alternative the class of its first scalar (when anchored)
    /// and the classes it needs.
    private struct Plan {
        var table = ClassTable()
        var starts: [Mask] = []
        var needs: [Mask] = []

        init(branches: [[LexiconPattern.Node]], namedBits: inout [ScalarClass.Named: [UInt64]]) {
            var wanted: [[ClassWords]] = []
            for branch in branches {
                let branchWants = Wanted(branch)
                starts.append(branchWants.start.map { table.bit(of: ClassWords($0, namedBits: &namedBits)) } ?? 0)
                var classes: [ClassWords] = []
                for needed in branchWants.classes {
                    classes.append(ClassWords(needed, namedBits: &namedBits))
                }
                wanted.append(
                    classes.enumerated().sorted { ($0.element.size, $0.offset) < ($1.element.size, $1.offset) }
                        .map(\.element))
            }
            needs = RequiredScalars.needs(wanted, in: &table)
        }
    }

    /// The needs without those that hold another: an alternative needing more is met only
    /// where the one needing less is, so the answer stays whether any is met.
    private static func leastNeeds(_ needs: [Mask]) -> [Mask] {
        let distinct = Array(Set(needs)).sorted { ($0.nonzeroBitCount, $0) < ($1.nonzeroBitCount, $1) }
        return distinct.enumerated().filter { position, need in
            !distinct[..<position].contains { need & $0 == $0 }
        }.map(\.element)
    }

    /// Each alternative's bits: its rarest class first, then each alternative's next rarest in
    /// turn while the table has room, so that more classes than a mask holds leave every
    /// alternative its most telling ones rather than some alternatives none.
    private static func needs(_ wanted: [[ClassWords]], in table: inout ClassTable) -> [Mask] {
        var needs = [Mask](repeating: 0, count: wanted.count)
        for round in 0..<(wanted.map(\.count).max() ?? 0) {
            for (branch, classes) in wanted.enumerated() where round < classes.count {
                needs[branch] |= table.bit(of: classes[round])
            }
        }
        return needs
    }

    /// Per BMP scalar, the index of its mask of classes in `masks`; masks shared between scalars.
    /// Each class sets its bit on its own scalars only, so the work goes with the classes' sizes.
    private static func masks(of words: [[UInt64]]) -> (index: [UInt16], masks: [Mask]) {
        var maskOf = [Mask](repeating: 0, count: 0x10000)
        for (bit, bits) in words.enumerated() {
            let flag: Mask = 1 << Mask(bit)
            for (word, value) in bits.enumerated() where value != 0 {
                var rest = value
                while rest != 0 {
                    maskOf[word << 6 | rest.trailingZeroBitCount] |= flag
                    rest &= rest - 1
                }
            }
        }
        var maskIndex = [UInt16](repeating: 0, count: 0x10000)
        var masks: [Mask] = [0]
        var indexOfMask: [Mask: UInt16] = [0: 0]
        for (value, mask) in maskOf.enumerated() where mask != 0 {
            let index = indexOfMask[mask] ?? UInt16(masks.count)  // at most 65,536 masks: one per scalar
            if index == masks.count {
                masks.append(mask)
                indexOfMask[mask] = index
            }
            maskIndex[value] = index
        }
        return (maskIndex, masks)
    }

    /// The classes a match of `sequence` consumes a scalar of, each at least once.
    static func classes(of sequence: ArraySlice<LexiconPattern.Node>) -> [ScalarClass] {
        var found: [ScalarClass] = []
        for node in sequence {
            switch node {
            case .scalars(let set):
                if !set.negated { found.append(set) }  // a negated class holds nearly every scalar
            case .startOfText, .endOfText:
                break
            case .repetition(let inner, let min, _, _):
                if min > 0 { found += classes(of: [inner][...]) }
            case .group(let alternatives, _):
                found += sharedClasses(of: alternatives)
            }
        }
        return found
    }

    /// The classes every match of a group consumes a scalar of: the union of one class each
    /// alternative needs, for the first, second, … class of each as far as every one has one
    /// ("责编|校对" needs one of 责校, then one of 编对).
    static func sharedClasses(of alternatives: [[LexiconPattern.Node]]) -> [ScalarClass] {
        let needed = alternatives.map { classes(of: $0[...]) }
        let count = needed.map(\.count).min() ?? 0
        return (0..<count).compactMap { position in
            needed.dropFirst().reduce(Optional(needed[0][position])) { ScalarClass.union($0, $1[position]) }
        }
    }

    /// False when, for every alternative, the text (UTF-8) lacks a scalar of some class it needs
    /// or does not start as it must. The classes seen are gathered over the whole text and
    /// tested once, at its end: most texts fail, and for them one test of every alternative is
    /// cheaper than one each time a class is first seen.
    func mayBeIn(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !bytes.isEmpty else { return false }
        var index = 0
        let first = slot(in: bytes, at: &index)  // the classes of the text's first scalar
        guard !needsByFirst[first].isEmpty else { return false }
        var seen = masks[first]
        while index < bytes.count { seen |= masks[slot(in: bytes, at: &index)] }
        return mayBeIn(firstSlot: first, seen: seen)
    }

    /// False when a text whose first scalar is at `firstSlot` and whose scalars' masks together
    /// are `seen` lacks, for every alternative, a class it needs.
    func mayBeIn(firstSlot: Int, seen: Mask) -> Bool {
        needsByFirst[firstSlot].contains { $0 & seen == $0 }
    }

    /// The needs of which a text whose first scalar is at `firstSlot` must meet one.
    func needs(firstSlot: Int) -> [Mask] { needsByFirst[firstSlot] }

    /// The index into the masks of the classes of the BMP scalar `value`.
    func slot(ofBMPScalar value: Int) -> Int { Int(maskIndex[value]) }

    /// The index of the mask of a scalar beyond the BMP: in every class.
    var beyondBMPSlot: Int { masks.count - 1 }

    /// The classes of the scalars at `slot`.
    func mask(at slot: Int) -> Mask { masks[slot] }

    /// The index into `masks` of the classes of the scalar at `index`, which moves past it.
    @inline(__always)
    private func slot(in bytes: UnsafeBufferPointer<UInt8>, at index: inout Int) -> Int {
        let lead = bytes[index]
        let value: UInt32
        // Three bytes, as most are: no call per scalar.
        if lead & 0xF0 == 0xE0, index + 2 < bytes.count {
            value = UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
            index += 3
        } else {
            let (scalar, length) = Typography.scalar(in: bytes, at: index)
            value = scalar.value
            index += length
        }
        // Beyond the BMP: counted as in every class, so the text is matched.
        return value < 0x10000 ? Int(maskIndex[Int(value)]) : masks.count - 1
    }
}

/// A class's scalars in the BMP, one bit each, and how often a page's text holds one of them.
private struct ClassWords {
    let key: ClassKey
    var words: [UInt64] { key.words }
    /// The class's scalars counted as a page's text is made: a Han scalar as `hanWeight`, any
    /// other as one. A class of a few marks or spaces (`\s`) tells more lines apart than one of
    /// a few common ideographs, and a page's lines are mostly Han.
    let size: Int

    init(_ scalars: ScalarClass, namedBits: inout [ScalarClass.Named: [UInt64]]) {
        let words = ScalarBitmap(scalars, namedBits: &namedBits).words
        key = ClassKey(words)
        size = words.indices.reduce(0) { size, word in
            let isHan = Unicode.Scalar(UInt32(word << 6)).map(Typography.isHan) ?? false  // nil: a surrogate
            return size + words[word].nonzeroBitCount * (isHan ? Self.hanWeight : 1)
        }
    }

    /// A BMP word of 64 scalars is all Han or holds none (the Han blocks start and end on one).
    static let hanWeight = 64
}

/// The classes a `RequiredScalars` tells apart, one bit each; a class written in several
/// alternatives (\d, a colon) takes one bit, so the bits of a mask go further.
private struct ClassTable {
    typealias Mask = RequiredScalars.Mask

    private(set) var words: [[UInt64]] = []
    private var bits: [ClassKey: Int] = [:]
    /// A class was refused a bit.
    private(set) var isFull = false

    /// The class's bit; 0 once all are taken, which only weakens the filter.
    mutating func bit(of scalars: ClassWords) -> Mask {
        if let bit = bits[scalars.key] { return 1 << Mask(bit) }
        guard words.count < Mask.bitWidth else {
            isFull = true
            return 0
        }
        bits[scalars.key] = words.count
        words.append(scalars.words)
        return 1 << Mask(words.count - 1)
    }
}

/// A class's bitmap words as a set's member or a dictionary's key: hashed once, from its nonzero
/// words, where hashing the array would take all 1,024 words at every lookup.
struct ClassKey: Hashable, Sendable {
    let words: [UInt64]
    private let digest: UInt64

    init(_ words: [UInt64]) {
        self.words = words
        digest = words.indices.reduce(0xcbf2_9ce4_8422_2325) { digest, index in
            words[index] == 0 ? digest : (digest ^ words[index] ^ UInt64(index)) &* 0x0000_0100_0000_01b3
        }
    }

    func hash(into hasher: inout Hasher) { hasher.combine(digest) }

    static func == (lhs: ClassKey, rhs: ClassKey) -> Bool { lhs.digest == rhs.digest && lhs.words == rhs.words }
}

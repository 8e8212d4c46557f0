import JingyanLayout

/// The `RequiredScalars` of an alternation's parts asked of one text in one pass over it, rather
/// than one pass per part.
///
/// Each BMP scalar gets a joint slot: scalars that fall in the same classes of every part share
/// one. A text is read once into the set of joint slots it holds, which is small because most
/// of a line's scalars are in no part's class; each part then ORs its masks over that set.
struct JointRequiredScalars: Sendable {
    typealias Mask = RequiredScalars.Mask

    /// How many parts.
    private let width: Int
    /// Per BMP scalar, its joint slot; 0 for a scalar in no class of any part.
    private let jointSlot: [UInt32]
    /// Per joint slot and part, the part's mask of the slot's classes: `masks[joint * width + part]`.
    /// A part with no filter has every bit set, and no need: it lets every text through.
    private let masks: [Mask]
    /// Per joint slot and part, the range of `needs` that a text starting with such a scalar must
    /// meet one of (`RequiredScalars.needs(firstSlot:)`).
    private let needRanges: [Range<Int>]
    private let needs: [Mask]
    /// The joint slot of a scalar beyond the BMP, which every part counts as in each class.
    private let beyondBMP: Int

    /// Nil when there are more parts than a `PartSet` holds.
    init?(_ filters: [RequiredScalars?]) {
        guard filters.count <= PartSet.capacity else { return nil }
        var jointSlot = [UInt32](repeating: 0, count: 0x10000)
        var slots: [[UInt32]] = [Array(repeating: 0, count: filters.count)]
        var slotOf: [[UInt32]: UInt32] = [slots[0]: 0]
        var tuple = slots[0]
        var previous = (tuple: slots[0], slot: UInt32(0))
        for value in 0..<0x10000 {
            for (part, filter) in filters.enumerated() { tuple[part] = UInt32(filter?.slot(ofBMPScalar: value) ?? 0) }
            if tuple == previous.tuple {  // runs of scalars (a block of Han) share their slots
                jointSlot[value] = previous.slot
                continue
            }
            let slot = slotOf[tuple] ?? UInt32(slots.count)
            if slot == slots.count {
                slots.append(tuple)
                slotOf[tuple] = slot
            }
            jointSlot[value] = slot
            previous = (tuple, slot)
        }
        beyondBMP = slots.count
        slots.append(filters.map { UInt32($0?.beyondBMPSlot ?? 0) })
        self.jointSlot = jointSlot
        width = filters.count
        var masks: [Mask] = []
        var needRanges: [Range<Int>] = []
        var needs: [Mask] = []
        for tuple in slots {
            for (part, filter) in filters.enumerated() {
                let slot = Int(tuple[part])
                masks.append(filter?.mask(at: slot) ?? ~0)
                let partNeeds = filter?.needs(firstSlot: slot) ?? [0]
                needRanges.append(needs.count..<needs.count + partNeeds.count)
                needs += partNeeds
            }
        }
        (self.masks, self.needRanges, self.needs) = (masks, needRanges, needs)
    }

    /// The parts whose filter lets the text (its UTF-8, not empty) through.
    func passing(_ bytes: UnsafeBufferPointer<UInt8>) -> PartSet {
        let slotCount = beyondBMP + 1
        return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: (slotCount + 63) / 64) { seenSlots in
            seenSlots.initialize(repeating: 0)
            return withUnsafeTemporaryAllocation(of: Int.self, capacity: bytes.count) { held in
                var count = 0
                var index = 0
                var first = -1
                while index < bytes.count {
                    let (scalar, length) = Typography.scalar(in: bytes, at: index)
                    index += length
                    let slot = scalar.value < 0x10000 ? Int(jointSlot[Int(scalar.value)]) : beyondBMP
                    if first < 0 { first = slot }
                    let bit: UInt64 = 1 << UInt64(slot & 63)
                    guard slot != 0, seenSlots[slot >> 6] & bit == 0 else { continue }
                    seenSlots[slot >> 6] |= bit
                    held[count] = slot
                    count += 1
                }
                return parts(passing: first, held: UnsafeBufferPointer(rebasing: held[..<count]))
            }
        }
    }

    /// The parts met by a text whose first scalar is at joint slot `first` and which holds the
    /// scalars of the `held` joint slots.
    private func parts(passing first: Int, held: UnsafeBufferPointer<Int>) -> PartSet {
        var passing = PartSet()
        for part in 0..<width {
            let partNeeds = needs[needRanges[first * width + part]]
            guard !partNeeds.isEmpty else { continue }  // no match starts with the text's first scalar
            var seen = masks[first * width + part]
            for slot in held { seen |= masks[slot * width + part] }
            if partNeeds.contains(where: { $0 & seen == $0 }) { passing.insert(part) }
        }
        return passing
    }

    /// A set of parts by their index, one bit each.
    struct PartSet {
        static let capacity = UInt64.bitWidth
        private var bits: UInt64 = 0

        mutating func insert(_ part: Int) { bits |= 1 << UInt64(part) }
        func contains(_ part: Int) -> Bool { bits & 1 << UInt64(part) != 0 }
    }
}

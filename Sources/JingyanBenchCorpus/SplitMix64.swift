/// A small seeded generator (SplitMix64): the same seed gives the same corpus on every machine,
/// which `SystemRandomNumberGenerator` does not.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// The stream that starts from `seed`.
    public init(seed: UInt64) { state = seed }

    /// The next number of the stream.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }

    /// An independent stream for item `index` of a family: page 7 is the same page whether the
    /// corpus has 10 pages or 10,000.
    public static func stream(_ family: UInt64, index: Int) -> SplitMix64 {
        var mixer = SplitMix64(seed: family ^ (UInt64(index) &* 0xD6E8_FEB8_6659_FD93))
        return SplitMix64(seed: mixer.next())
    }
}

extension RandomNumberGenerator {
    /// True with the given probability.
    mutating func chance(_ probability: Double) -> Bool { Double.random(in: 0..<1, using: &self) < probability }

    /// An element drawn with a skew towards the front, so a few names are common and most are
    /// rare, as schemes are across real reports.
    mutating func skewedElement<T>(of items: [T]) -> T {
        let unit = Double.random(in: 0..<1, using: &self)
        return items[min(items.count - 1, Int(unit * unit * unit * Double(items.count)))]
    }
}

extension Array {
    /// `randomElement(using:)` for arrays known to be non-empty.
    func pick<G: RandomNumberGenerator>(using generator: inout G) -> Element {
        self[Int.random(in: indices, using: &generator)]
    }
}

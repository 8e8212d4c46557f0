/// Bit `n` of a table of 64-bit words: bit `n % 64` of word `n / 64`. The extractor's bit tables
/// (`ScalarBitmap`, `NameBits`, the scalars that may open a scheme name) are such arrays, built
/// once and tested on every scalar of a text; the shifts that address them are written here only.
enum BitWords {
    @inline(__always)
    static func insert(_ bit: Int, into words: inout [UInt64]) { words[bit >> 6] |= 1 << UInt64(bit & 63) }

    @inline(__always)
    static func contains(_ bit: Int, in words: [UInt64]) -> Bool { contains(bit, in: words, from: 0) }

    /// The same, in the table that starts at word `offset` of `words` (several tables in one array).
    @inline(__always)
    static func contains(_ bit: Int, in words: [UInt64], from offset: Int) -> Bool {
        words[offset + bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }
}

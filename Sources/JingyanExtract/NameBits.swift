import Foundation
import JingyanLayout

/// A quick "no" for a text that is no division's name: a bit per hash of each name's UTF-8.
///
/// Looking a name up in a dictionary of Strings hashes it as a String, which normalises it, at
/// every candidate a text offers ("某某镇" at each township suffix of a body). A plain text
/// (`Typography.isPlain`: each scalar a Character of its own with no canonical equivalent but
/// itself) is its own normal form, so it equals a name as a String exactly when its bytes equal
/// the name's normal form (NFC): the bits are of those, and a plain text whose bit is clear is
/// no name. Any other text is always "maybe": the dictionary answers.
struct NameBits: Sendable {
    private let words: [UInt64]

    init(names: [String]) {
        var words = [UInt64](repeating: 0, count: Self.wordCount)
        for name in names {
            // A plain name is its own NFC; the few others are normalised.
            let plain = name.unicodeScalars.allSatisfy(Typography.isPlain)
            let normal = plain ? name : name.precomposedStringWithCanonicalMapping
            var hash = Self.start
            for byte in normal.utf8 { Self.mix(byte, into: &hash) }
            BitWords.insert(Self.bit(of: hash), into: &words)
        }
        self.words = words
    }

    /// False only when the text is surely no name.
    func mayBeName(_ text: String) -> Bool { mayBeName(text.unicodeScalars) }

    /// False only when the scalars, as a String, are surely no name.
    func mayBeName(_ scalars: some Collection<Unicode.Scalar>) -> Bool {
        var hash = Self.start
        for scalar in scalars {
            guard Typography.isPlain(scalar) else { return true }
            UTF8.encode(scalar) { Self.mix($0, into: &hash) }
        }
        return BitWords.contains(Self.bit(of: hash), in: words)
    }

    /// 2^20 bits: the gazetteer's names and short names (under 100,000) set fewer than one in ten.
    static let wordCount = 1 << 14

    // FNV-1a over the UTF-8 bytes.
    static let start: UInt64 = 0xcbf2_9ce4_8422_2325

    @inline(__always)
    static func mix(_ byte: UInt8, into hash: inout UInt64) {
        hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }

    @inline(__always)
    static func bit(of hash: UInt64) -> Int { Int(truncatingIfNeeded: hash ^ hash >> 32) & (wordCount * 64 - 1) }
}

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Many keywords looked up in one pass over a text's UTF-8 bytes: at each character only the
/// keywords that start with it are tried (instead of one pass per keyword).
public struct KeywordIndex: Sendable {
    /// The tables, in one object: a scan (and a closure over the index) retains one reference
    /// rather than one per table.
    let tables: Tables

    /// An index of `keywords`, all found in a text in one pass.
    public init(keywords: [String]) { tables = Tables(keywords: keywords) }

    var bytes: [UInt8] { tables.bytes }
    var starts: [Int] { tables.starts }
    var byFirstCharacter: [UInt32: [Int]] { tables.byFirstCharacter }
    var firstCharacterBits: [UInt64] { tables.firstCharacterBits }
    var slotByBit: [UInt16] { tables.slotByBit }
    var slots: [Tables.Slot] { tables.slots }
    var slotKeywords: [Int] { tables.slotKeywords }

    final class Tables: Sendable {
        /// Every keyword's UTF-8, one after another: keyword i is
        /// `bytes[starts[i]..<starts[i + 1]]`. Flat, so the scan reads them through buffer
        /// pointers with no reference counting.
        let bytes: [UInt8]
        let starts: [Int]
        /// Keyword indices by the UTF-8 bytes of their first character, packed, in the order given.
        let byFirstCharacter: [UInt32: [Int]]
        /// A bit per `bit(of:)` of a packed first character: most characters of a text start no
        /// keyword, and a bit test rules them out before a dictionary lookup.
        let firstCharacterBits: [UInt64]
        /// Per `bit(of:)`, 1 + the index in `slots` of the first character given with that bit
        /// (0: none): a table load instead of hashing into `byFirstCharacter` at every candidate.
        let slotByBit: [UInt16]
        let slots: [Slot]
        /// The keywords of each slot, slot after slot, each slot's in the order given.
        let slotKeywords: [Int]
        /// Per keyword, its first eight bytes (fewer if it is shorter): a slot holds up to a
        /// hundred names of one first character, told apart by one load and compare each.
        let prefixes: [Prefix]

        /// A keyword's first bytes as a little-endian word, and the mask of the bytes it has.
        struct Prefix: Sendable {
            var bits: UInt64
            var mask: UInt64
        }

        /// `Slot.seconds` of keywords (UTF-8) that share their first character.
        static func seconds(of keywords: [[UInt8]]) -> SIMD4<UInt64> {
            var seconds = SIMD4<UInt64>(repeating: 0)
            for keyword in keywords {
                keyword.withUnsafeBufferPointer { bytes in
                    let second = KeywordIndex.firstCharacter(of: bytes, at: 0).length
                    guard second < bytes.count else {
                        seconds = SIMD4(repeating: ~0)
                        return
                    }
                    let bit = KeywordIndex.secondBit(of: KeywordIndex.firstCharacter(of: bytes, at: second).packed)
                    seconds[bit >> 6] |= 1 << UInt64(bit & 63)
                }
            }
            return seconds
        }

        /// A first character and where its keywords stand in `slotKeywords`.
        struct Slot: Sendable {
            var packed: UInt32
            var keywords: Range<Int>
            /// A bit per `secondBit(of:)` of its keywords' second characters; every bit set when
            /// one of them is a single character. Most places a slot's character stands start
            /// none of its keywords, and this rules them out before any keyword is compared.
            var seconds: SIMD4<UInt64>
        }

        init(keywords: [String]) {
            let utf8 = keywords.map { Array($0.utf8) }
            bytes = utf8.flatMap { $0 }
            starts = utf8.reduce(into: [0]) { starts, keyword in starts.append(starts.last! + keyword.count) }
            var index: [UInt32: [Int]] = [:]
            for (position, keyword) in utf8.enumerated() where !keyword.isEmpty {
                let first = keyword.withUnsafeBufferPointer { KeywordIndex.firstCharacter(of: $0, at: 0).packed }
                index[first, default: []].append(position)
            }
            byFirstCharacter = index
            var bits = [UInt64](repeating: 0, count: 0x10000 / 64)
            for packed in index.keys {
                let bit = KeywordIndex.bit(of: packed)
                bits[bit >> 6] |= 1 << UInt64(bit & 63)
            }
            firstCharacterBits = bits
            var slotByBit = [UInt16](repeating: 0, count: 0x10000)
            var slots: [Slot] = []
            var slotKeywords: [Int] = []
            for (packed, keywords) in index.sorted(by: { $0.key < $1.key })
            where slotByBit[KeywordIndex.bit(of: packed)] == 0 && slots.count < 0xFFFF {
                slots.append(
                    Slot(
                        packed: packed, keywords: slotKeywords.count..<(slotKeywords.count + keywords.count),
                        seconds: Self.seconds(of: keywords.map { utf8[$0] })))
                slotKeywords += keywords
                slotByBit[KeywordIndex.bit(of: packed)] = UInt16(slots.count)
            }
            self.slotByBit = slotByBit
            self.slots = slots
            self.slotKeywords = slotKeywords
            prefixes = utf8.map { keyword in
                var prefix = Prefix(bits: 0, mask: 0)
                for (index, byte) in keyword.prefix(8).enumerated() {
                    prefix.bits |= UInt64(byte) << UInt64(8 * index)
                    prefix.mask |= 0xFF << UInt64(8 * index)
                }
                return prefix
            }
        }
    }

    /// A 16-bit digest of a packed character: for a three-byte one, its scalar value, so that no
    /// two BMP characters share a bit (the low 16 bits of the bytes take only 4,096 values over
    /// all of Han).
    @inline(__always)
    static func bit(of packed: UInt32) -> Int {
        Int((packed >> 4 & 0xF000) | (packed >> 2 & 0x0FC0) | (packed & 0x3F))
    }

    /// A second character's bit in `Slot.seconds`: the low bits of its scalar value, for a Han one.
    @inline(__always)
    static func secondBit(of packed: UInt32) -> Int { bit(of: packed) & 0xFF }

    /// The character starting at `offset`, its UTF-8 bytes packed into one number, and its length.
    @inline(__always)
    static func firstCharacter(of bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> (packed: UInt32, length: Int) {
        let lead = bytes[offset]
        let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        var packed = UInt32(lead)
        for index in (offset + 1)..<min(offset + length, bytes.count) { packed = packed &<< 8 | UInt32(bytes[index]) }
        return (packed, length)
    }

    /// Occurrences of each keyword, in the order given; overlapping occurrences of one keyword count once.
    public func counts(in text: Substring) -> [Int] {
        var counts = Array(repeating: 0, count: starts.count - 1)
        var nextStart = Array(repeating: 0, count: starts.count - 1)  // per keyword: after its last occurrence
        forEachOccurrence(in: text) { keyword, range in
            guard range.lowerBound >= nextStart[keyword] else { return true }
            counts[keyword] += 1
            nextStart[keyword] = range.upperBound
            return true
        }
        return counts
    }

    /// The earliest occurrence of any keyword, as (keyword index, UTF-8 offsets); of those
    /// starting at the same place, the keyword given first.
    public func firstOccurrence(in text: Substring) -> (keyword: Int, range: Range<Int>)? {
        var first: (keyword: Int, range: Range<Int>)?
        forEachOccurrence(in: text) { keyword, range in
            first = (keyword, range)
            return false
        }
        return first
    }

    /// Calls `body` with each occurrence in text order (by start, then keyword order) until it returns false.
    public func forEachOccurrence(in text: Substring, _ body: (_ keyword: Int, _ range: Range<Int>) -> Bool) {
        // A native text's UTF-8 is read in place; any other is copied once.
        guard text.utf8.withContiguousStorageIfAvailable({ forEachOccurrence(in: $0, body) }) == nil else { return }
        var copy = String(text)
        copy.withUTF8 { forEachOccurrence(in: $0, body) }
    }

    private func forEachOccurrence(
        in text: UnsafeBufferPointer<UInt8>, _ body: (_ keyword: Int, _ range: Range<Int>) -> Bool
    ) {
        let tables = tables
        tables.firstCharacterBits.withUnsafeBufferPointer { bits in
            tables.slotByBit.withUnsafeBufferPointer { slotByBit in
                tables.slots.withUnsafeBufferPointer { slots in
                    tables.slotKeywords.withUnsafeBufferPointer { slotKeywords in
                        tables.bytes.withUnsafeBufferPointer { bytes in
                            tables.starts.withUnsafeBufferPointer { starts in
                                tables.prefixes.withUnsafeBufferPointer { prefixes in
                                    let keywords = Keywords(
                                        bits: bits, slotByBit: slotByBit, slots: slots, slotKeywords: slotKeywords,
                                        bytes: bytes, starts: starts, prefixes: prefixes,
                                        byFirstCharacter: tables.byFirstCharacter)
                                    keywords.scan(text, body)
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// The tables read through buffer pointers, valid while the scan runs.
    private struct Keywords {
        let bits: UnsafeBufferPointer<UInt64>
        let slotByBit: UnsafeBufferPointer<UInt16>
        let slots: UnsafeBufferPointer<Tables.Slot>
        let slotKeywords: UnsafeBufferPointer<Int>
        let bytes: UnsafeBufferPointer<UInt8>
        let starts: UnsafeBufferPointer<Int>
        let prefixes: UnsafeBufferPointer<Tables.Prefix>
        let byFirstCharacter: [UInt32: [Int]]

        /// A character at a time (valid UTF-8: each starts where the last ended), packed and
        /// bit-tested with plain loads: this runs over every practice's text.
        func scan(_ text: UnsafeBufferPointer<UInt8>, _ body: (_ keyword: Int, _ range: Range<Int>) -> Bool) {
            var offset = 0
            while offset < text.count {
                let lead = text[offset]
                let (packed, length) =
                    lead & 0xF0 == 0xE0 && offset + 2 < text.count  // most are three bytes (Han): packed without a loop
                    ? (UInt32(lead) << 16 | UInt32(text[offset + 1]) << 8 | UInt32(text[offset + 2]), 3)
                    : KeywordIndex.firstCharacter(of: text, at: offset)
                let bit = KeywordIndex.bit(of: packed)
                defer { offset += length }
                guard bits[bit >> 6] & (1 &<< UInt64(bit & 63)) != 0 else { continue }
                // The table answers unless two first characters share the bit (then the dictionary does).
                let slot = Int(slotByBit[bit])
                let found: Bool
                if slot > 0 && slots[slot - 1].packed == packed {
                    guard mayFollow(slots[slot - 1].seconds, at: offset + length, of: text) else { continue }
                    found = forEach(in: slots[slot - 1].keywords, at: offset, of: text, body)
                } else {
                    found = forEach(byFirstCharacter[packed] ?? [], at: offset, of: text, body)
                }
                if !found { return }
            }
        }

        /// False when no keyword of a slot with these `seconds` can go on with the character at
        /// `offset` (none there: true, to let the keywords be compared).
        @inline(__always)
        func mayFollow(_ seconds: SIMD4<UInt64>, at offset: Int, of text: UnsafeBufferPointer<UInt8>) -> Bool {
            guard offset < text.count else { return true }
            let lead = text[offset]
            let packed =
                lead & 0xF0 == 0xE0 && offset + 2 < text.count
                ? UInt32(lead) << 16 | UInt32(text[offset + 1]) << 8 | UInt32(text[offset + 2])
                : KeywordIndex.firstCharacter(of: text, at: offset).packed
            let bit = KeywordIndex.secondBit(of: packed)
            return seconds[bit >> 6] & (1 &<< UInt64(bit & 63)) != 0
        }

        /// Calls `body` for the keywords of `slot` that stand at `offset`; false when `body` did.
        func forEach(
            in slot: Range<Int>, at offset: Int, of text: UnsafeBufferPointer<UInt8>, _ body: (Int, Range<Int>) -> Bool
        ) -> Bool {
            for position in slot {
                let keyword = slotKeywords[position]
                if let end = match(keyword, at: offset, of: text), !body(keyword, offset..<end) { return false }
            }
            return true
        }

        func forEach(
            _ keywords: [Int], at offset: Int, of text: UnsafeBufferPointer<UInt8>, _ body: (Int, Range<Int>) -> Bool
        ) -> Bool {
            for keyword in keywords {
                if let end = match(keyword, at: offset, of: text), !body(keyword, offset..<end) { return false }
            }
            return true
        }

        /// Where the keyword ends when it stands at `offset`: its first eight bytes compared as
        /// one word where the text has eight bytes left, the rest (of a longer one) by memcmp.
        @inline(__always)
        func match(_ keyword: Int, at offset: Int, of text: UnsafeBufferPointer<UInt8>) -> Int? {
            let start = starts[keyword]
            let count = starts[keyword + 1] - start
            guard offset + count <= text.count else { return nil }
            guard offset + 8 <= text.count else {
                return memcmp(text.baseAddress! + offset, bytes.baseAddress! + start, count) == 0 ? offset + count : nil
            }
            let word = UInt64(
                littleEndian: UnsafeRawPointer(text.baseAddress! + offset).loadUnaligned(as: UInt64.self))
            let prefix = prefixes[keyword]
            guard word & prefix.mask == prefix.bits else { return nil }
            guard count > 8 else { return offset + count }
            return memcmp(text.baseAddress! + offset + 8, bytes.baseAddress! + start + 8, count - 8) == 0
                ? offset + count : nil
        }
    }
}

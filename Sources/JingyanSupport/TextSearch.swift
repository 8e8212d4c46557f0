#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Substring search on UTF-8 bytes, for the extractor (`containsText`, on every line) and the
/// content check (`FlatText.contains`). Foundation's `range(of:)` goes through CFString and
/// Unicode folding, which neither can afford; exact search on UTF-8 is all they need, since
/// UTF-8 matches never start mid-character.
public enum TextSearch {
    /// True when `needle` occurs in `bytes`.
    public static func occurs(_ needle: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        count(needle, in: bytes, upTo: 1) == 1
    }

    /// The offset of the first occurrence of `needle` in `bytes` at or after `from`, or nil.
    public static func firstOffset(
        of needle: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>, from: Int = 0
    ) -> Int? {
        guard let needleStart = needle.baseAddress, let last = needle.last, let start = bytes.baseAddress,
            from + needle.count <= bytes.count
        else { return nil }
        var position = from + needle.count - 1  // where the last byte of a match can stand
        while position < bytes.count, let hit = memchr(start + position, Int32(last), bytes.count - position) {
            let end = start.distance(to: hit.assumingMemoryBound(to: UInt8.self)) + 1
            if memcmp(start + (end - needle.count), needleStart, needle.count) == 0 { return end - needle.count }
            position = end
        }
        return nil
    }

    /// How often `needle` occurs in `bytes` without overlapping, counted up to `limit`. libc's
    /// memchr finds each place the needle's last byte stands (for Han, one continuation byte
    /// value of 64) and memcmp checks the rest, instead of a loop testing every byte of a body.
    public static func count(
        _ needle: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>, upTo limit: Int
    )
        -> Int
    {
        guard let needleStart = needle.baseAddress, let last = needle.last else { return limit }
        guard let start = bytes.baseAddress, needle.count <= bytes.count else { return 0 }
        var found = 0
        var from = needle.count - 1  // where the last byte of a match can stand
        while found < limit, from < bytes.count, let hit = memchr(start + from, Int32(last), bytes.count - from) {
            let end = start.distance(to: hit.assumingMemoryBound(to: UInt8.self)) + 1
            if memcmp(start + (end - needle.count), needleStart, needle.count) == 0 {
                found += 1
                from = end + needle.count - 1
            } else {
                from = end
            }
        }
        return found
    }

    /// True when `needle` occurs in `text`.
    public static func contains(_ needle: String, in text: some StringProtocol) -> Bool {
        count(needle, in: text, upTo: 1) == 1
    }

    /// How often `needle` occurs in `text`, counted up to `limit`. Native strings are read in
    /// place: no copy of a whole body per call.
    public static func count(_ needle: String, in text: some StringProtocol, upTo limit: Int) -> Int {
        var needle = needle
        return needle.withUTF8 { needle in
            text.utf8.withContiguousStorageIfAvailable { count(needle, in: $0, upTo: limit) }
                ?? Array(text.utf8).withUnsafeBufferPointer { count(needle, in: $0, upTo: limit) }
        }
    }
}

extension StringProtocol {
    /// Exact substring test on UTF-8 (see `TextSearch`).
    public func containsText(_ needle: String) -> Bool { TextSearch.contains(needle, in: self) }
}

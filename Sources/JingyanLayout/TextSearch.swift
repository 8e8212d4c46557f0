/// Substring search on UTF-8 bytes. Foundation's `range(of:)` goes through CFString and Unicode
/// folding, which made it the largest cost of extraction (measured with perf); exact search on
/// UTF-8 is all the extractor needs, since UTF-8 matches never start mid-character.
public struct TextSearch: Sendable {
    public let bytes: [UInt8]

    public init(_ text: some StringProtocol) { bytes = Array(text.utf8) }

    /// Byte offset of the first occurrence at or after `start`.
    public func firstOffset(of needle: [UInt8], from start: Int = 0) -> Int? {
        guard let first = needle.first, needle.count <= bytes.count else { return needle.isEmpty ? start : nil }
        var index = start
        let last = bytes.count - needle.count
        while index <= last {
            if bytes[index] == first {
                var offset = 1
                while offset < needle.count, bytes[index + offset] == needle[offset] { offset += 1 }
                if offset == needle.count { return index }
            }
            index += 1
        }
        return nil
    }

    public func contains(_ needle: String) -> Bool { firstOffset(of: Array(needle.utf8)) != nil }

    /// Non-overlapping occurrences.
    public func occurrences(of needle: String) -> Int {
        let pattern = Array(needle.utf8)
        guard !pattern.isEmpty else { return 0 }
        var count = 0
        var start = 0
        while let found = firstOffset(of: pattern, from: start) {
            count += 1
            start = found + pattern.count
        }
        return count
    }
}

extension StringProtocol {
    /// Exact substring test on UTF-8 (see `TextSearch`).
    public func containsText(_ needle: String) -> Bool { TextSearch(self).contains(needle) }
}

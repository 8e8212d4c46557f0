/// Lexicon patterns of which it is asked whether any matches a line (page furniture): one
/// alternation, compiled in as few parts as keep each part's tables whole.
///
/// A `LexiconPattern` tells apart at most 64 top-level alternatives by the scalar a match starts
/// with, and 128 classes of scalars a text must hold. Past either, it runs every alternative at
/// every position or lets through lines it could have turned away unread. Split where needed,
/// each part keeps both; a line matches the alternation when it matches a part.
struct LexiconAlternation: Sendable {
    /// Each part behind a reference: a struct read out of an array is copied, each of its own
    /// references retained, on every line asked.
    private final class Part: Sendable {
        let pattern: LexiconPattern
        init(_ pattern: LexiconPattern) { self.pattern = pattern }
    }

    private let parts: [Part]

    /// `patterns` are valid lexicon patterns (`LexiconPattern.validate`).
    init(_ patterns: [String], namedBits: inout [ScalarClass.Named: [UInt64]]) throws {
        parts = try Self.parts(patterns[...], namedBits: &namedBits).map(Part.init)
    }

    /// The patterns as one pattern, or halved in turn until each half keeps its tables.
    private static func parts(
        _ patterns: ArraySlice<String>, namedBits: inout [ScalarClass.Named: [UInt64]]
    ) throws -> [LexiconPattern] {
        let whole = patterns.map { "(?:\($0))" }.joined(separator: "|")
        guard patterns.count > 1, try !LexiconPattern.wouldKeepTables(whole, namedBits: &namedBits) else {
            return [try LexiconPattern(whole, namedBits: &namedBits)]
        }
        let middle = patterns.startIndex + patterns.count / 2
        return try parts(patterns[..<middle], namedBits: &namedBits) + parts(patterns[middle...], namedBits: &namedBits)
    }

    /// How many patterns the alternation was compiled into.
    var partCount: Int { parts.count }

    /// Every part keeps its tables and turns away, unread, the lines that lack what it needs.
    var filtersInEveryPart: Bool { parts.allSatisfy { $0.pattern.keepsTables && $0.pattern.required != nil } }

    /// True when one of the patterns matches somewhere in the text.
    func isFound(in text: String) -> Bool {
        parts.contains { $0.pattern.isFound(in: text) }
    }
}

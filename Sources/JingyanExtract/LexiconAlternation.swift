/// Lexicon patterns of which it is asked whether any matches a line (page furniture): one
/// alternation, compiled in as few runs of them as keep each part's tables whole.
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
    /// The parts' `required` filters, asked of a line in one pass.
    private let joint: JointRequiredScalars?

    /// `patterns` are valid lexicon patterns (`LexiconPattern.validate`).
    init(_ patterns: [String], namedBits: inout [ScalarClass.Named: [UInt64]]) throws {
        var parts: [Part] = []
        var run: [String] = []
        var footprint = LexiconPattern.Footprint()
        for pattern in patterns {
            let next = try LexiconPattern.Footprint(pattern, namedBits: &namedBits)
            if !run.isEmpty, !footprint.adding(next).keepsTables {
                parts.append(Part(try LexiconPattern(Self.alternation(run), namedBits: &namedBits)))
                run = []
                footprint = LexiconPattern.Footprint()
            }
            run.append(pattern)
            footprint = footprint.adding(next)
        }
        if !run.isEmpty { parts.append(Part(try LexiconPattern(Self.alternation(run), namedBits: &namedBits))) }
        self.parts = parts
        joint = JointRequiredScalars(parts.map(\.pattern.required))
    }

    private static func alternation(_ patterns: [String]) -> String {
        patterns.map { "(?:\($0))" }.joined(separator: "|")
    }

    /// How many patterns the alternation was compiled into.
    var partCount: Int { parts.count }

    /// Every part keeps its tables and turns away, unread, the lines that lack what it needs.
    var filtersInEveryPart: Bool { parts.allSatisfy { $0.pattern.keepsTables && $0.pattern.required != nil } }

    /// True when one of the patterns matches somewhere in the text.
    func isFound(in text: String) -> Bool {
        guard let joint, !text.isEmpty else { return parts.contains { $0.pattern.isFound(in: text) } }
        var utf8 = text  // withUTF8 needs it mutable; a native text is read in place
        let passing = utf8.withUTF8 { joint.passing($0) }
        return parts.indices.contains {
            passing.contains($0) && parts[$0].pattern.isFound(in: text, requiredChecked: true)
        }
    }
}

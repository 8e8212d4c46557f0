import Testing

@testable import JingyanSupport

/// The one escaper of templates, Markdown marks, charts and the feed.
@Suite struct HTMLEscapingTests {
    @Test func escapesTheFiveAndLeavesOtherTextAsItIs() {
        #expect(HTMLEscaping.escaped("a < b & \"c\" > 'd'") == "a &lt; b &amp; &quot;c&quot; &gt; &#39;d&#39;")
        #expect(HTMLEscaping.escaped("网格化治理，“积分制”。") == "网格化治理，“积分制”。")
        #expect(HTMLEscaping.escaped("") == "")
    }

    @Test func controlsButTabAndLineEndsBecomeReplacementCharacters() {
        #expect(HTMLEscaping.escaped("a\u{0}b\u{1B}c\td\ne\r\n") == "a\u{FFFD}b\u{FFFD}c\td\ne\r\n")
    }

    /// A quote and a combining mark make one Character, which a Character-wise escaper would
    /// have let through: an HTML parser still ends the attribute at the quote.
    @Test func aQuoteFollowedByACombiningMarkIsStillEscaped() {
        #expect(HTMLEscaping.escaped("\"\u{301}onmouseover=x") == "&quot;\u{301}onmouseover=x")
        #expect(HTMLEscaping.escaped("<\u{338}") == "&lt;\u{338}")
    }

    @Test func appendsAfterWhatIsThere() {
        var output = Array("<p>".utf8)
        HTMLEscaping.append("甲&乙", to: &output)
        #expect(String(decoding: output, as: UTF8.self) == "<p>甲&amp;乙")
    }
}

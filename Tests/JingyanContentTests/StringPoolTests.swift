import JingyanModel
import Testing

@testable import JingyanContent

/// The pool gives every long string of a practice's header the first equal string it was given,
/// whatever thread hashed the keys.
@Suite struct StringPoolTests {
    /// "é" composed and decomposed: equal Strings of other bytes.
    static let composed = "société-mécanisme-一二三四五"
    static let decomposed = "socie\u{301}te\u{301}-me\u{301}canisme-一二三四五"

    static func header(_ long: String, period: String?, article: String = "some-article-of-length") -> PracticeHeader {
        let metric = Metric(
            text: "x", value: Quantity(1), valueNormalized: Quantity(1), unit: "名", approx: false,
            period: period, subject: long + "主体", sentence: long + "句子")
        let practice = Practice(
            id: "p", lead: nil, text: "正文", mechanisms: [long, "短"], categories: [long + "类"],
            metrics: [metric, metric], source: SourceRef(file: "seeds/a-long-seed-file.txt", lines: 1...2))
        return PracticeHeader(practice, article: article, section: 1)
    }

    static func pooled(_ header: PracticeHeader, in pool: inout StringPool) -> PracticeHeader {
        pool.strings(of: header, keys: StringPool.keys(of: .init(entry: .practice(header), body: "")))
    }

    /// Every string of a header, in bytes.
    static func bytes(_ header: PracticeHeader) -> [[UInt8]] {
        var header = header
        var bytes: [[UInt8]] = []
        header.updateRepeatedStrings { bytes.append(Array($0.utf8)) }
        return bytes + [Array(header.id.utf8)]
    }

    @Test func givesTheFirstEqualString() {
        #expect(Self.composed == Self.decomposed && Array(Self.composed.utf8) != Array(Self.decomposed.utf8))
        var pool = StringPool()
        let first = Self.pooled(Self.header(Self.composed, period: nil), in: &pool)
        #expect(first == Self.header(Self.composed, period: nil))
        // Long strings take the composed bytes seen first; short ones ("短", "名") stay as they are.
        let second = Self.pooled(Self.header(Self.decomposed, period: "2023年底前后的一段时间里"), in: &pool)
        #expect(Self.bytes(second) == Self.bytes(Self.header(Self.composed, period: "2023年底前后的一段时间里")))
        let short = Self.pooled(Self.header("e\u{301}", period: nil), in: &pool)
        #expect(Self.bytes(short) == Self.bytes(Self.header("e\u{301}", period: nil)))
    }

    @Test func keysAreTheStringsThePoolTakes() {
        let header = Self.header(Self.composed, period: "2023年底前后的一段时间里")
        let keys = StringPool.keys(of: .init(entry: .practice(header), body: ""))
        #expect(
            keys.map(\.string) == [
                "some-article-of-length", Self.composed, Self.composed + "类", "seeds/a-long-seed-file.txt",
                Self.composed + "句子", Self.composed + "主体", "2023年底前后的一段时间里", Self.composed + "句子",
                Self.composed + "主体",
                "2023年底前后的一段时间里",
            ])
        #expect(
            StringPool.keys(
                of: .init(
                    entry: .caption(
                        CaptionHeader(
                            Caption(source: header.source, place: nil, county: nil, text: "", photographer: nil),
                            id: "c")), body: "")
            ).isEmpty)
    }
}

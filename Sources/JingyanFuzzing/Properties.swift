import Foundation
import JingyanContent
import JingyanExtract
import JingyanLayout
import JingyanModel

/// Properties that must hold for any input, checked by the fuzz target and by a test:
/// layout recovery loses and invents nothing, metrics are well-formed and stand in their
/// sentence, extraction and front-matter loading never crash, whatever the bytes.
public struct FuzzProperties: Sendable {
    /// A property that failed, and the input it failed on.
    public struct Violation: Error, CustomStringConvertible {
        public var property: String
        public var input: String
        public var description: String { "\(property) fails on input: \(input.debugDescription)" }
    }

    let extractor: Extractor

    /// The properties, with the standard extractor.
    public init() throws { extractor = try Extractor.standard() }

    /// Checks every property on one input; throws the first violation.
    public func check(_ data: Data) throws {
        let text = String(decoding: data, as: UTF8.self)
        try layoutKeepsEveryCharacter(text)
        try extractionIsWellFormed(text)
        frontMatterNeverCrashes(text)
    }

    func layoutKeepsEveryCharacter(_ text: String) throws {
        let page = PageText(file: "fuzz.txt", text: text)
        let printed = page.lines.map(\.text).joined().filter { !$0.isWhitespace }
        let rebuilt = BodyLayout(lines: page.lines).paragraphs.map(\.text).joined().filter { !$0.isWhitespace }
        guard printed == rebuilt else {
            throw Violation(property: "layout keeps every character in order", input: text)
        }
    }

    func extractionIsWellFormed(_ text: String) throws {
        guard let extraction = try? extractor.extract(page: text, file: "seeds/fuzz.txt") else { return }
        for article in extraction.articles {
            guard !article.id.isEmpty,
                article.id.unicodeScalars.allSatisfy({
                    $0.isASCII && ($0 == "-" || $0.properties.isAlphabetic || ("0"..."9").contains($0))
                })
            else {
                throw Violation(property: "article ids are ASCII slugs", input: text)
            }
            for metric in article.practices.flatMap(\.metrics) {
                let factor = metric.valueNormalized.value / max(metric.value.value, .leastNonzeroMagnitude)
                guard metric.value.value.isFinite, metric.value.value >= 0, !metric.unit.isEmpty,
                    !metric.subject.isEmpty,
                    metric.sentence.contains(metric.text),
                    metric.value.value == 0 || [1, 10_000, 100_000_000].contains(factor.rounded())
                else { throw Violation(property: "metrics are well-formed and stand in their sentence", input: text) }
            }
        }
    }

    func frontMatterNeverCrashes(_ text: String) {
        _ = try? ContentLoader.parse(text, file: "fuzz.md")
        _ = try? ContentLoader.parse("---\n\(text)\n---\n正文", file: "fuzz.md")
    }
}

/// Inputs shaped like the pages Jingyan reads: seed lines cut, spliced and garbled, and
/// random text over an alphabet of the characters that steer the extractor. Deterministic for
/// a given seed (SplitMix64), so a failure can be replayed.
public struct FuzzInputs: Sendable {
    var state: UInt64
    let seedLines: [String]

    static let alphabet: [String] =
        Array(
            "近年来县镇乡村党组织网格积分户名人个次期万元余多以上超过至少截至目前"
                + "。，、；：“”（）+＋%％.0123456789０５ 摄\n\n"
        )
        .map(String.init) + [
            "本报讯（记者 ", "通讯员 ", "张三", "2024年", "以来", "---\n", "type: practice\n", "id: x\n",
            "[", "'", ": ", "\t",
            "\r\n", "\u{FEFF}", "\u{0}", "😀",
        ]

    /// Inputs from `seed`, made of `seedPage`'s lines and fragments of front matter.
    public init(seed: UInt64, seedPage: String) {
        state = seed
        seedLines = seedPage.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(max(bound, 1))) }

    /// The next input: a cut-up slice of the seed page, random text over the steering alphabet,
    /// or seed lines with its pieces spliced in.
    public mutating func nextInput() -> Data {
        var lines: [String] = []
        switch below(3) {
        case 0:  // a slice of the seed page with lines dropped, repeated or cut
            let start = below(seedLines.count)
            for line in seedLines[start..<min(seedLines.count, start + 1 + below(60))] {
                switch below(8) {
                case 0: continue
                case 1: lines.append(String(line.prefix(below(line.count + 1))))
                case 2: lines += [line, line]
                default: lines.append(line)
                }
            }
        case 1:  // random text over the steering alphabet
            var line = ""
            for _ in 0..<below(400) { line += Self.alphabet[below(Self.alphabet.count)] }
            lines.append(line)
        default:  // seed lines with random characters spliced in
            for _ in 0..<(1 + below(30)) {
                var line = seedLines[below(seedLines.count)]
                let insertAt = below(line.count + 1)
                line.insert(
                    contentsOf: Self.alphabet[below(Self.alphabet.count)],
                    at: line.index(line.startIndex, offsetBy: insertAt))
                lines.append(line)
            }
        }
        return Data(lines.joined(separator: "\n").utf8)
    }
}

import Testing

@testable import JingyanSupport

/// The one exact UTF-8 substring search, held to a plain search over the bytes.
@Suite struct TextSearchTests {
    @Test func findsWhatAPlainByteSearchFinds() {
        let texts = ["", "a", "枫桥经验", "浙江省诸暨市枫桥镇推行“枫桥经验”", "abcabd", "经验经验经"]
        let needles = ["", "a", "abd", "经验", "枫桥经验", "桥镇推", "诸暨市枫桥镇推行“枫桥经验”。", "验经", "x"]
        for text in texts {
            for needle in needles {
                let expected = Self.plainSearch(Array(needle.utf8), in: Array(text.utf8))
                #expect(TextSearch.contains(needle, in: text) == expected, "\(needle) in \(text)")
                #expect(text.containsText(needle) == expected)
                #expect(TextSearch.contains(needle, in: text[...]) == expected)
            }
        }
    }

    static func plainSearch(_ needle: [UInt8], in bytes: [UInt8]) -> Bool {
        needle.isEmpty
            || (needle.count <= bytes.count
                && (0...(bytes.count - needle.count)).contains { bytes[$0..<$0 + needle.count].elementsEqual(needle) })
    }
}

import Testing

@testable import JingyanExtract

/// A scheme whose quoted words are too short to name it alone ("“同心”调解队", as batches 82, 87
/// and 88 read it) is named with the noun right after the quote; a longer one by its words.
@Suite struct ShortSchemeNamesTests {
    @Test func aShortQuoteIsNamedWithItsNoun() throws {
        let lines = [
            "调解队进了村", "", "记者　罗小军", "",
            "镇里组建由老党员和乡贤组成的“和睦”调解队，今年以来化解纠纷86件。",
            "村里还推行“院坝议事”工作法，每月至少召开1次院坝会。",
        ]
        let found = try TestData.extract(lines: lines)
        let names = found.articles.flatMap(\.practices).flatMap(\.mechanisms)
        #expect(names.contains("“和睦”调解队"), "\(names)")
        #expect(names.contains("院坝议事"), "\(names)")
        #expect(!names.contains("和睦"), "\(names)")
    }

    /// "身穿红马甲的“石门红”志愿者": volunteers named as a body are one, after "的" too.
    @Test func namedVolunteersAreAScheme() throws {
        let finder = MechanismFinder(lexicon: try Lexicon.bundled())
        let names = finder.mechanisms(in: "村道上随处可见身穿红马甲的“石门红”平安志愿者，今年以来巡逻1200余次。")
        #expect(names == ["石门红"], "\(names)")
    }
}

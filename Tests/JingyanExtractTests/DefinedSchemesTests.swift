import Testing

@testable import JingyanExtract

/// A quote that a clause defines as a scheme ("“某某”是……的一项制度", "“某某”是……小程序的议事
/// 专区") is one, however plain its words; a quote that a clause calls something else is not.
@Suite struct DefinedSchemesTests {
    @Test func aQuoteDefinedAsASchemeIsOne() throws {
        let finder = MechanismFinder(lexicon: try Lexicon.bundled())
        let text =
            "“晒账本”是镇里推行的一项村务监督制度，每季度公开1次。"
            + "“码上说”是县里“智慧社区”小程序的居民议事专区，居民可随时留言。"
            + "“夜巡”是网格员每天的规定动作之一。"
        let names = finder.mechanisms(in: text)
        #expect(names.contains("晒账本"), "\(names)")
        #expect(names.contains("码上说"), "\(names)")
        #expect(!names.contains("夜巡"), "\(names)")
    }

    @Test func aQuoteDefinedAsSomethingElseIsNone() throws {
        let finder = MechanismFinder(lexicon: try Lexicon.bundled())
        let text = "“老娘舅”是当地人对调解能手的称呼。“拉家常”是村里最常见的场景，话题很多。"
        let names = finder.mechanisms(in: text)
        #expect(names.isEmpty, "\(names)")
    }
}

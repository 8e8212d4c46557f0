import Foundation
import JingyanExtract
import Testing

@Suite struct TaxonomyFileTests {
    /// content/taxonomy.yml as a link out of content/ is refused, as content files are; a link
    /// inside content/ is read.
    @Test func aTaxonomyLinkedFromOutsideIsRefused() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent(
            "jingyan-taxonomy-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let content = root.appendingPathComponent("content")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        let text = try Taxonomy.bundledText()
        try text.write(to: root.appendingPathComponent("outside.yml"), atomically: true, encoding: .utf8)
        let link = TaxonomyFile.url(in: content)
        try FileManager.default.createSymbolicLink(
            at: link, withDestinationURL: root.appendingPathComponent("outside.yml"))
        #expect { try TaxonomyFile.load(contentDirectory: content) } throws: {
            "\($0)".contains("is a link to a file outside")
        }

        try FileManager.default.removeItem(at: link)
        try text.write(to: content.appendingPathComponent("kept.yml"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "kept.yml")
        _ = try TaxonomyFile.load(contentDirectory: content)
    }

    /// `aliases` map a canonical scheme name to its other spellings; a spelling under two names,
    /// or a canonical name that is another's spelling, is refused with what to do.
    @Test func aliasesAreReadAndAmbiguousOnesRefused() throws {
        let categories = "categories:\n  - name: 网格化治理\n    keywords: [网格]\n"
        let taxonomy = try Taxonomy(yaml: categories + "aliases:\n  甲: [乙, 丙]\n", source: "t.yml")
        #expect(taxonomy.aliases == ["甲": ["乙", "丙"]])
        #expect(try Taxonomy(yaml: categories, source: "t.yml").aliases.isEmpty)
        #expect(try Taxonomy(yaml: Taxonomy.bundledText(), source: "bundled").aliases["党小组+网格员+联户长"] == ["党小组+网格员+十联户"])
        #expect { try Taxonomy(yaml: categories + "aliases:\n  甲: [乙]\n  丁: [乙]\n", source: "t.yml") } throws: {
            "\($0)".contains("'乙' is listed under both '丁' and '甲'")
        }
        #expect { try Taxonomy(yaml: categories + "aliases:\n  甲: [乙]\n  乙: [丙]\n", source: "t.yml") } throws: {
            "\($0)".contains("'乙' is a canonical name and a spelling of '甲'")
        }
    }
}

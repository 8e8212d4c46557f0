import Foundation
import JingyanExtract
import Testing

@Suite struct TaxonomyFileTests {
    /// content/taxonomy.yml as a link out of content/ is refused, as content files are; a link
    /// inside content/ is read.
    @Test func aTaxonomyLinkedFromOutsideIsRefused() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("jingyan-taxonomy-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let content = root.appendingPathComponent("content")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        let text = try Taxonomy.bundledText()
        try text.write(to: root.appendingPathComponent("outside.yml"), atomically: true, encoding: .utf8)
        let link = TaxonomyFile.url(in: content)
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: root.appendingPathComponent("outside.yml"))
        #expect { try TaxonomyFile.load(contentDirectory: content) } throws: { "\($0)".contains("is a link to a file outside") }

        try FileManager.default.removeItem(at: link)
        try text.write(to: content.appendingPathComponent("kept.yml"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "kept.yml")
        _ = try TaxonomyFile.load(contentDirectory: content)
    }
}

import Foundation
import JingyanBenchCorpus
import JingyanExtract
import Testing

/// The benchmark's corpus must be the same in every run, or figures from two commits are not
/// comparable. These tests are cheap (a few pages) and time nothing.
@Suite struct CorpusGeneratorTests {
    static let seedPage = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("seeds/000_79c1e505a44a4db6.txt")

    static func generator() throws -> CorpusGenerator {
        let text = try String(contentsOf: seedPage, encoding: .utf8)
        return try CorpusGenerator(material: SeedMaterial(seedPage: text, file: "seeds/000_79c1e505a44a4db6.txt"))
    }

    @Test func samePagesFromTwoGenerators() throws {
        let first = try Self.generator()
        let second = try Self.generator()
        for index in [0, 1, 7] {
            #expect(first.page(index).text == second.page(index).text)
        }
        #expect(first.page(0).text != first.page(1).text)
    }

    @Test func writtenFoldersAreByteIdentical() throws {
        let generator = try Self.generator()
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("jingyan-corpus-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let one = try generator.write(pages: 3, to: root.appendingPathComponent("one"))
        let two = try generator.write(pages: 3, to: root.appendingPathComponent("two"))
        #expect(one == two)
        for name in ["000000.txt", "000001.txt", "000002.txt", CorpusManifest.fileName] {
            let a = try Data(contentsOf: root.appendingPathComponent("one/\(name)"))
            let b = try Data(contentsOf: root.appendingPathComponent("two/\(name)"))
            #expect(a == b, "\(name) differs between two runs")
        }
    }

    @Test func pagesExtractAsPlanned() throws {
        let generator = try Self.generator()
        let extractor = try Extractor.standard()
        for index in 0..<3 {
            let page = generator.page(index)
            let extraction = try extractor.extract(page: page.text, file: page.fileName)
            #expect(extraction.articles.count == page.articles, "\(page.fileName)")
            #expect(extraction.articles.reduce(0) { $0 + $1.practices.count } == page.practices, "\(page.fileName)")
            #expect(extraction.captions.count == page.captions, "\(page.fileName)")
        }
    }
}

import Foundation
import JingyanExtract
import JingyanModel
import Testing

@testable import JingyanContent

/// `extract --json` is written an article at a time; the bytes are JSONEncoder's for the whole.
@Suite struct ExtractionJSONTests {
    func whole(_ extraction: Extraction) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return try encoder.encode(extraction) + Data("\n".utf8)
    }

    @Test func partsMakeTheEncodersDocument() throws {
        let pages = try SeedPages.load(ContentTests.repositoryRoot.appendingPathComponent("seeds"))
        let extraction = try Extractor.standard().extract(pages: pages)
        try #require(!extraction.articles.isEmpty && !extraction.captions.isEmpty)
        var noCaptions = extraction
        noCaptions.captions = []
        for case let document in [extraction, noCaptions, Extraction(articles: [], captions: [])] {
            var parts: [Data] = []
            try ExtractionJSON.write(document) { parts.append($0) }
            #expect(parts.reduce(Data(), +) == (try whole(document)))
            #expect(try ExtractionJSON.encode(document) == (try whole(document)))
            #expect(parts.count >= 2 + document.articles.count + document.captions.count)
        }
    }
}

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

    /// Schema 2: a practice writes its metrics' sentences once each and a metric its sentence's
    /// number; the document reads back as it was, and a number past the list is refused.
    @Test func metricsNameTheirSentenceByNumber() throws {
        let pages = try SeedPages.load(ContentTests.repositoryRoot.appendingPathComponent("seeds"))
        let extraction = try Extractor.standard().extract(pages: pages)
        let data = try ExtractionJSON.encode(extraction)
        #expect(try JSONDecoder().decode(Extraction.self, from: data) == extraction)
        let document = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(document["schema"] as? String == "jingyan.extract/2")
        let practices = extraction.articles.flatMap(\.practices)
        let quoted = practices.flatMap(\.metrics).count
        let written = practices.reduce(0) { $0 + Set($1.metrics.map(\.sentence)).count }
        #expect(written < quoted)  // the seed page's metrics share sentences
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.components(separatedBy: "\"sentences\" : [").count - 1 == practices.count)
        let broken = text.replacingOccurrences(of: "\"sentence\" : 0", with: "\"sentence\" : 99")
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Extraction.self, from: Data(broken.utf8)) }
    }
}

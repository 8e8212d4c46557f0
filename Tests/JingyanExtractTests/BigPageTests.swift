import Foundation
import JingyanModel
import Testing

@testable import JingyanExtract

/// A whole volume pasted into one seed file: read on all cores, in page order, with progress.
@Suite struct BigPageTests {
    static let seedPage = TestData.repositoryRoot.appendingPathComponent("seeds/000_79c1e505a44a4db6.txt")

    @Test func aBigPageIsABatchOfItsOwnAndOrderHolds() {
        let small = (file: "s.txt", text: "甲\n")
        let big = (file: "b.txt", text: String(repeating: "乙", count: 400_000))
        let batches = Extractor.batches(of: [small, small, big, small, big, big, small])
        #expect(batches.first == 0..<2)
        #expect(batches.contains(2..<3) && batches.contains(4..<5) && batches.contains(5..<6))
        #expect(batches.flatMap { Array($0) } == Array(0..<7))
        let many = Array(repeating: small, count: 1000)
        #expect(Extractor.batches(of: many).flatMap { Array($0) } == Array(0..<1000))
        #expect(
            Extractor.batches(of: many).allSatisfy {
                $0.count <= max(1, ProcessInfo.processInfo.activeProcessorCount * 4)
            })
    }

    /// The same articles as the page's copies read one by one, and progress as they are read.
    @Test func aPageOfManyArticlesReportsProgressAndReadsAsItsParts() throws {
        let seed = try String(contentsOf: Self.seedPage, encoding: .utf8)
        let copies = 60  // more articles than one chunk
        let page = Array(repeating: seed, count: copies).joined(separator: "\n")
        let extractor = try TestData.extractor()
        var heard: [Int] = []
        let whole = try extractor.extract(page: page, file: "seeds/big.txt") { heard.append($0) }
        let one = try extractor.extract(page: seed, file: "seeds/big.txt")
        try #require(whole.articles.count == one.articles.count * copies)
        #expect(heard.count >= 2)
        #expect(heard == heard.sorted() && heard.last == whole.articles.reduce(0) { $0 + $1.practices.count })
        // Each copy reads as the page alone, lines shifted by where the copy starts.
        let lineCount = seed.split(separator: "\n", omittingEmptySubsequences: false).count
        for copy in [0, copies / 2, copies - 1] {
            for (offset, article) in one.articles.enumerated() {
                let read = whole.articles[copy * one.articles.count + offset]
                #expect(read.title == article.title && read.sections == shifted(article.sections, by: copy * lineCount))
            }
        }
    }

    func shifted(_ sections: [Section], by lines: Int) -> [Section] {
        sections.map { section in
            var section = section
            section.practices = section.practices.map { practice in
                var practice = practice
                practice.source.lines = practice.source.lines.map { $0 + lines }
                return practice
            }
            return section
        }
    }
}

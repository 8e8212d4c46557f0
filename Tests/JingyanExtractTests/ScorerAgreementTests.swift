import Foundation
import JingyanScoring
import Testing

/// The Swift scorer (ReadingScore.swift) must give what score.py gives. Fixtures/scorer-check holds
/// fixed extractions (`jingyan extract --json` on the dev pages and on the seed page, with the
/// fields nobody scores left out) and score.py's exact output for each; the Swift port must print
/// the same problems and the same summary line.
@Suite struct ScorerAgreementTests {
    func check(extraction: String, reading: Data, scorePy: String) throws {
        let folder = "scorer-check"
        let got = try JSONDecoder().decode(ScoredExtraction.self, from: TestData.fixture(extraction, in: folder))
        let score = ReadingScorer.score(got, against: try JSONDecoder().decode(PageReading.self, from: reading))
        let expected = try TestData.fixtureText(scorePy, in: folder).split(separator: "\n").map(String.init)
        #expect(score.printedProblems + [score.summary] == expected)
    }

    @Test func devPagesAsScorePyScoresThem() throws {
        try check(
            extraction: "dev-extraction.json", reading: TestData.fixture("expected.json", in: "dev-pages"),
            scorePy: "dev-score-py.txt")
    }

    @Test func seedPageAsScorePyScoresIt() throws {
        try check(
            extraction: "seed-extraction.json", reading: TestData.fixture("seed-reading.json", in: "scorer-check"),
            scorePy: "seed-score-py.txt")
    }

    /// Scoring an `Extraction` value and scoring its JSON must agree (ScoredExtraction.init(_:)
    /// reads the model as score.py reads the JSON), whatever today's extractor finds.
    @Test func extractionValueScoresAsItsJSON() throws {
        let seed = try String(
            contentsOf: TestData.repositoryRoot.appendingPathComponent("seeds/000_79c1e505a44a4db6.txt"),
            encoding: .utf8)
        let extraction = try TestData.extract(seed, file: "seeds/000_79c1e505a44a4db6.txt")
        let reading = try JSONDecoder().decode(
            PageReading.self, from: TestData.fixture("seed-reading.json", in: "scorer-check"))
        let json = try JSONDecoder().decode(ScoredExtraction.self, from: JSONEncoder().encode(extraction))
        let fromValue = ReadingScorer.score(extraction, against: reading)
        let fromJSON = ReadingScorer.score(json, against: reading)
        #expect(fromValue.summary == fromJSON.summary)
        #expect(fromValue.problems == fromJSON.problems)
    }
}

import Foundation
import Testing

/// The extractor must generalise: nothing in the code may be keyed to the seed page. No place,
/// author or title of the seed appears in Sources/, and no run of three or more Chinese
/// characters in Sources/ is taken from the seed page (language data lives in data files).
@Suite struct NoSeedInCodeTests {
    struct Gold: Decodable {
        struct Article: Decodable {
            var county: String, county_short: String, township: String?, title: String, author: String,
                place_tag: String?
        }
        var seed: String
        var articles: [Article]
    }

    func swiftSources() throws -> [(path: String, text: String)] {
        let sources = TestData.repositoryRoot.appendingPathComponent("Sources")
        let enumerator = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)!
        return try enumerator.compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }.map {
            ($0.path, try String(contentsOf: $0, encoding: .utf8))
        }
    }

    @Test func noSeedPlacesAuthorsOrTitlesInSources() throws {
        let gold = try JSONDecoder().decode(Gold.self, from: TestData.fixture("seed-gold.json"))
        let township = gold.articles.compactMap { $0.township.map { String($0.dropLast()) } }
        let names = Set(
            gold.articles.flatMap {
                [$0.county, $0.county_short, $0.author, $0.title] + [$0.place_tag].compactMap { $0 }
            } + township)
        for (path, text) in try swiftSources() {
            for name in names { #expect(!text.contains(name), "\(path) names '\(name)' from the seed page") }
        }
    }

    @Test func noSeedPhrasesInSources() throws {
        let gold = try JSONDecoder().decode(Gold.self, from: TestData.fixture("seed-gold.json"))
        let seed = try String(
            contentsOf: TestData.repositoryRoot.appendingPathComponent("seeds/\(gold.seed)"), encoding: .utf8)
        for (path, text) in try swiftSources() {
            var run = ""
            for character in text + " " {
                if character.unicodeScalars.allSatisfy({ (0x4E00...0x9FFF).contains($0.value) }) {
                    run.append(character)
                    continue
                }
                if run.count >= 3 { #expect(!seed.contains(run), "\(path): '\(run)' is a phrase of the seed page") }
                run = ""
            }
        }
    }
}

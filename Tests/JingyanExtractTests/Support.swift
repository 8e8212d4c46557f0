import Foundation
import JingyanExtract
import JingyanModel

/// Paths and helpers shared by the extraction tests.
enum TestData {
    /// The repository root, found from this file's path (tests run from a clone of the repo).
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A file in the bundled `Fixtures` folder, or in `Fixtures/<subdirectory>` when one is given.
    static func fixture(_ name: String, in subdirectory: String? = nil) throws -> Data {
        let folder = subdirectory.map { "Fixtures/\($0)" } ?? "Fixtures"
        guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: folder) else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "\(folder)/\(name)"])
        }
        return try Data(contentsOf: url)
    }

    static func fixtureText(_ name: String, in subdirectory: String? = nil) throws -> String {
        String(decoding: try fixture(name, in: subdirectory), as: UTF8.self)
    }

    /// The bundled extractor, built once: reading the lexicon and the divisions is most of the
    /// time a test of a few lines takes.
    private static let standardExtractor = Result { try Extractor.standard() }

    static func extractor() throws -> Extractor { try standardExtractor.get() }

    static func extract(_ text: String, file: String = "seeds/test.txt") throws -> Extraction {
        try extractor().extract(page: text, file: file)
    }

    /// A page of the given lines.
    static func extract(lines: [String]) throws -> Extraction { try extract(lines.joined(separator: "\n")) }

    static func withoutWhitespace(_ text: String) -> String { text.filter { !$0.isWhitespace } }

    /// Every practice's figures, value and unit ("3名", "90%"), in page order.
    static func figures(_ found: Extraction) -> [String] {
        found.articles.flatMap(\.practices).flatMap(\.metrics).map { "\($0.value)\($0.unit)" }
    }

    /// Each article as "title|author|county|township", "-" for what is missing.
    static func summary(_ found: Extraction) -> [String] {
        found.articles.map { "\($0.title)|\($0.author ?? "-")|\($0.place.county)|\($0.place.township ?? "-")" }
    }
}

import Foundation
import JingyanExtract
import JingyanModel

/// Paths and helpers shared by the extraction tests.
enum TestData {
    /// The repository root, found from this file's path (tests run from a clone of the repo).
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func fixture(_ name: String) throws -> Data {
        guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures") else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: name])
        }
        return try Data(contentsOf: url)
    }

    static func fixtureText(_ name: String) throws -> String {
        String(decoding: try fixture(name), as: UTF8.self)
    }

    static func extract(_ text: String, file: String = "seeds/test.txt") throws -> Extraction {
        try Extractor.standard().extract(page: text, file: file)
    }

    static func withoutWhitespace(_ text: String) -> String { text.filter { !$0.isWhitespace } }
}

import Foundation
import JingyanModel

extension SiteInput {
    /// Reads the seed pages the articles cite from `directory`, keyed as the articles cite them.
    /// A cited file is looked up by its file name, so the seeds can live in any folder; one that
    /// is not there is left out (its provenance then shows no original text).
    public static func seedPages(citedBy articles: [Article], in directory: URL) throws -> [String: [String]] {
        var pages: [String: [String]] = [:]
        for cited in Set(articles.map(\.source.file)).sorted() {
            let file = directory.appendingPathComponent((cited as NSString).lastPathComponent)
            guard FileManager.default.fileExists(atPath: file.path) else { continue }
            pages[cited] = lines(of: try String(contentsOf: file, encoding: .utf8))
        }
        return pages
    }

    /// Lines as `SourceRef` numbers them: split at "\n" (a "\r" before it dropped), no empty
    /// line after a final newline.
    static func lines(of text: String) -> [String] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasSuffix("\r") ? String(line.dropLast()) : String(line)
        }
        if lines.last == "" { lines.removeLast() }
        return lines
    }
}

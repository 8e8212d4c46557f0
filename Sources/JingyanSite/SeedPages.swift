import Foundation
import JingyanLayout
import JingyanModel

extension SiteInput {
    /// Reads the seed pages the articles cite from `directory`, keyed as the articles cite them.
    /// A cited file is looked up by its file name, so the seeds can live in any folder; one that
    /// is not there is left out (its provenance then shows no original text).
    public static func seedPages(citedBy articles: [Article], in directory: URL) throws -> [String: [String]] {
        var pages: [String: [String]] = [:]
        let root = directory.resolvingSymlinksInPath().standardizedFileURL.path
        for cited in Set(articles.map(\.source.file)).sorted() {
            let file = directory.appendingPathComponent((cited as NSString).lastPathComponent)
            // Only files inside the seeds folder: a link out of it is not followed.
            guard FileManager.default.fileExists(atPath: file.path),
                file.resolvingSymlinksInPath().standardizedFileURL.path.hasPrefix(root + "/")
            else { continue }
            let text = try SeedReader.decode(Data(contentsOf: file), file: cited)
            pages[cited] = PageText.printedLines(of: text).map(String.init)
        }
        return pages
    }
}

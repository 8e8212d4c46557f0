import ArgumentParser
import Foundation
import JingyanContent
import JingyanExtract

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check content/ without building: YAML, required fields, ids, links, categories, metric sentences.",
        discussion: "Prints every problem as file:line: message and exits non-zero when there is any."
    )

    @Option(help: "Folder of Markdown entries.")
    var content = "content"

    func run() throws {
        let contentURL = URL(fileURLWithPath: content)
        let taxonomy = try TaxonomyFile.load(contentDirectory: contentURL)
        do {
            let loaded = try ContentLoader.load(from: contentURL, knownCategories: Set(taxonomy.categories.map(\.name)))
            print("check: \(loaded.articles.count) articles, \(loaded.articles.reduce(0) { $0 + $1.practices.count }) practices, no problems")
        } catch let problems as ContentErrors {
            FileHandle.standardError.write(Data((problems.description + "\n").utf8))
            throw ExitCode(1)
        }
    }
}

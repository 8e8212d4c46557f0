import ArgumentParser
import Foundation
import JingyanContent
import JingyanExtract
import JingyanPipeline

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check content/ without building: YAML, required fields, ids, links, categories, metric sentences.",
        discussion: """
            Prints every problem as file:line: message and exits non-zero when there is any. A file \
            edited by hand whose seed lines have changed since it was extracted is a problem too: the \
            edit may now sit on another practice.
            """
    )

    @Option(help: "Folder of Markdown entries.")
    var content = "content"

    @Option(help: "Folder of the seed pages the content was extracted from.")
    var seeds = "seeds"

    func run() throws {
        let contentURL = URL(fileURLWithPath: content)
        let taxonomy = try TaxonomyFile.load(contentDirectory: contentURL)
        var problems: [ContentError] = []
        var loaded: LoadedContent?
        do {
            loaded = try ContentLoader.load(from: contentURL, knownCategories: Set(taxonomy.categories.map(\.name)))
        } catch let errors as ContentErrors {
            problems = errors.errors
        }
        let seedLines = SeedLines.reading(seeds: URL(fileURLWithPath: seeds, isDirectory: true), displayPrefix: seeds)
        problems += try ContentWriter.staleEdits(in: contentURL, seedLines: seedLines)
        guard problems.isEmpty, let loaded else {
            FileHandle.standardError.write(Data((ContentErrors(problems).description + "\n").utf8))
            throw ExitCode(1)
        }
        print(
            """
            check: \(loaded.articles.count) articles, \
            \(loaded.articles.reduce(0) { $0 + $1.practices.count }) practices, no problems
            """
        )
    }
}

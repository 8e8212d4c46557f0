import ArgumentParser
import Foundation
import JingyanContent
import JingyanExtract
import JingyanLayout
import JingyanModel

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract practice entries from seeds/ into content/.",
        discussion: """
            Reads every page (*.txt) in the seeds folder and writes one Markdown file per practice \
            and per article into the content folder, grouped by county. Files you edited by hand \
            are kept: re-extracting never overwrites them (see --discard-edits).
            """
    )

    @Option(help: "Folder of raw page text.")
    var seeds = "seeds"

    @Option(help: "Folder of Markdown entries to write.")
    var content = "content"

    @Flag(help: "Print the extraction as JSON (the jingyan.extract/1 contract) and write nothing.")
    var json = false

    func run() throws {
        let seedsURL = URL(fileURLWithPath: seeds)
        let contentURL = URL(fileURLWithPath: content)
        let taxonomy = try TaxonomyFile.load(contentDirectory: contentURL)
        let extractor = try Extractor.standard(taxonomy: taxonomy)
        let pages = try SeedReader.pages(in: seedsURL, displayPrefix: seeds)
        let extraction = try extractor.extract(pages: pages)
        if json {
            FileHandle.standardOutput.write(try ExtractionJSON.encode(extraction))
            return
        }
        print("extract: \(pages.count) pages, \(extraction.articles.count) articles, \(extraction.articles.flatMap(\.practices).count) practices")
    }
}

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

    @Flag(help: "Overwrite files edited by hand with the new extraction (their edits are lost).")
    var discardEdits = false

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
        let taxonomyURL = TaxonomyFile.url(in: contentURL)
        if !FileManager.default.fileExists(atPath: taxonomyURL.path) {
            try AtomicFile.write(Data(try Taxonomy.bundledText().utf8), to: taxonomyURL)
        }
        let report = try ContentWriter(directory: contentURL, discardEdits: discardEdits).write(extraction)
        let practices = extraction.articles.reduce(0) { $0 + $1.practices.count }
        print("extract: \(pages.count) page(s) → \(extraction.articles.count) articles, \(practices) practices, \(extraction.captions.count) captions")
        print("content: \(report.written.count) written, \(report.unchanged.count) unchanged, \(report.removed.count) removed, \(report.keptEdits.count) hand-edited kept")
        for path in report.keptEdits {
            print("  kept your edit: \(content)/\(path) (the new extraction is in \(content)/\(path).new; delete your file and run again to take it, or use --discard-edits)")
        }
    }
}

import ArgumentParser
import Foundation
import JingyanContent
import JingyanExtract
import JingyanPipeline

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract practice entries from seeds/ into content/.",
        discussion: """
            Reads every page (*.txt) in the seeds folder and writes one Markdown file per practice \
            and per article into the content folder, grouped by county. Files you edited by hand \
            are kept: re-extracting never overwrites them (see --discard-edits). Ends with what the \
            extraction was unsure of, one `seed-page:line: note (content file)` a line; each note \
            is in its file's `review:` field: delete it once checked.
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

    @Flag(help: "Show progress on standard error even when it is not a terminal.")
    var verbose = false

    func run() throws {
        let step = ExtractStep(seeds: seeds, content: content, discardEdits: discardEdits)
        var progress = ProgressLine(label: "extract", verbose: verbose)
        let showProgress = { (done: Int, total: Int, practices: Int) in
            progress.update("\(done)/\(total) pages · \(practices) entries")
        }
        if json {
            let run = try step.extraction(progress: showProgress).run
            progress.finish()
            try ExtractionJSON.write(run.extraction) { FileHandle.standardOutput.write($0) }
            try Self.fail(ifAny: run.rejected, keptIn: nil)
            return
        }
        let outcome = try step.run(progress: showProgress) { done, total in
            progress.update("writing \(content)/: \(done)/\(total) articles and captions")
        }
        progress.finish()
        let extraction = outcome.extraction
        let report = outcome.report
        let failed = outcome.rejected.isEmpty ? "" : " (\(outcome.rejected.count) not extracted)"
        print(
            """
            extract: \(outcome.pageCount) page(s)\(failed) → \(extraction.articles.count) \
            articles, \(outcome.practiceCount) practices, \(extraction.captions.count) captions
            """
        )
        print(
            """
            content: \(report.written.count) written, \(report.unchanged.count) unchanged, \
            \(report.removed.count) removed, \(report.keptEdits.count + report.keptOrphans.count) hand-edited kept
            """
        )
        printKeptEdits(of: report)
        // Last, on standard output whether or not it is a terminal: the list to work through.
        if !outcome.review.isEmpty { print("review: \(outcome.review.count) note(s) to check") }
        for note in outcome.review { print(note.line(contentFolder: content)) }
        try Self.fail(ifAny: outcome.rejected, keptIn: content)
    }

    /// One line for each file kept because it was edited by hand, with what to do about it.
    private func printKeptEdits(of report: ContentWriter.Report) {
        let stale = Dictionary(report.staleEdits.map { ($0.path, $0) }, uniquingKeysWith: { $1 })
        for path in report.keptEdits {
            print(
                """
                  kept your edit: \(content)/\(path) (the new extraction is in \(content)/\(path).new; \
                delete your file and run again to take it, or use --discard-edits)
                """
            )
            if let edit = stale[path] { print("    but \(edit.explanation(contentFolder: content))") }
        }
        for path in report.keptNewFiles {
            print(
                """
                  kept your edit: \(content)/\(path) (not the new extraction: \
                take what you need into the file beside it, then delete it)
                """
            )
        }
        for path in report.keptOrphans {
            print(
                """
                  kept your edit: \(content)/\(path) (the new extraction no \
                longer has this entry; delete the file if it is obsolete)
                """
            )
            if let edit = stale[path] { print("    and \(edit.explanation(contentFolder: content))") }
        }
    }

    /// Names each page that could not be extracted on standard error and exits non-zero: the
    /// other pages were extracted (and written) as usual, the failed pages' files kept.
    static func fail(ifAny rejected: [ExtractionError], keptIn content: String?) throws {
        guard !rejected.isEmpty else { return }
        var message = rejected.map { "error: \($0)\n" }.joined()
        if let content {
            message += "\(rejected.count) page(s) not extracted; their files in \(content)/ were left as they were\n"
        }
        FileHandle.standardError.write(Data(message.utf8))
        throw ExitCode.failure
    }
}

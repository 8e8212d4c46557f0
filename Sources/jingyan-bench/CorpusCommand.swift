import ArgumentParser
import Foundation
import JingyanBenchCorpus
import JingyanExtract

struct CorpusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "corpus",
        abstract: "Write N deterministic seed-like raw pages, and corpus.json with what they should extract into.",
        discussion: "The same N always gives byte-identical files; a smaller corpus is a prefix of a larger one."
    )

    @Option(help: "Number of pages to write (about 25 practices each).")
    var pages: Int

    @Option(help: "Folder to write the pages into (created if missing).")
    var out: String

    @Option(help: "The seed page whose sentences are recombined.")
    var seedPage = SeedPageOption.defaultPath

    @Flag(help: "Extract every page in-process and report pages whose counts differ from the plan.")
    var check = false

    func validate() throws {
        guard pages > 0 else { throw ValidationError("--pages must be at least 1") }
    }

    func run() throws {
        let generator = try CorpusGenerator(material: try SeedPageOption.material(at: seedPage))
        let manifest = try generator.write(pages: pages, to: URL(fileURLWithPath: out, isDirectory: true))
        print(
            """
            corpus: \(manifest.pages) pages, \(manifest.bytes) bytes → \(manifest.articles) \
            articles, \(manifest.practices) practices, \(manifest.captions) captions planned
            """
        )
        if check { try checkExtraction(generator) }
    }

    /// Reads each page back with the real extractor: the plan is only useful if it holds.
    func checkExtraction(_ generator: CorpusGenerator) throws {
        let extractor = try Extractor.standard()
        var mismatches = 0
        for index in 0..<pages {
            let page = generator.page(index)
            let extraction = try extractor.extract(page: page.text, file: page.fileName)
            let practices = extraction.articles.reduce(0) { $0 + $1.practices.count }
            let found = (extraction.articles.count, practices, extraction.captions.count)
            guard found != (page.articles, page.practices, page.captions) else { continue }
            mismatches += 1
            print(
                """
                  \(page.fileName): planned \(page.articles)/\(page.practices)/\(page.captions), \
                extracted \(found.0)/\(found.1)/\(found.2) (articles/practices/captions)
                """
            )
        }
        print("check: \(pages - mismatches) of \(pages) pages extract exactly as planned")
        if mismatches > 0 { throw ExitCode(1) }
    }
}

/// Where the seed page is, and reading it into material, with an error that says what to do.
enum SeedPageOption {
    static let defaultPath = "seeds/000_79c1e505a44a4db6.txt"

    static func material(at path: String) throws -> SeedMaterial {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8)
        else {
            throw ValidationError(
                "cannot read the seed page \(path): run from the repository root or pass --seed-page FILE")
        }
        return try SeedMaterial(seedPage: text, file: path)
    }
}

import ArgumentParser
import Foundation
import JingyanBenchCorpus

struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Measure the full user path with the release jingyan binary, beside Hugo and Pagefind.",
        discussion: """
            For each size: generate a corpus with that many practices, extract it, build the site, \
            rebuild after changing one entry; with --hugo build the same practices with Hugo, with \
            --pagefind index Hugo's output, with --browser time two queries in headless Chromium. \
            Two floors: cmark over the Markdown and a plain copy. --skip leaves phases out. Prints a \
            table per size and writes results.json into --out after each phase.
            """
    )

    @Option(help: "Practice counts to measure, comma-separated.")
    var sizes = "1000,10000"

    @Option(help: "Working folder for corpora, content, sites and results.json.")
    var out = ".build/bench"

    @Flag(help: "Also build the practices with Hugo (Debian package hugo).")
    var hugo = false

    @Flag(help: "Also index Hugo's site with Pagefind (PyPI pagefind-bin-extended); implies --hugo.")
    var pagefind = false

    @Flag(
        help: ArgumentHelp(
            "Also time a first and a second query in headless Chromium (scripts/bench-browser.py).",
            discussion: "Jingyan's search page always; Pagefind's only with --pagefind."))
    var browser = false

    @Option(
        help: ArgumentHelp(
            "Phases to leave out, comma-separated: \(SkippablePhase.names).",
            discussion:
                """
                For a size that cannot afford them: the preview holds its site in the bench's memory and \
                copies content/ and the site; the floors copy content/; the rebuild is a second full build. \
                Their figures are recorded as not measured, and the disk need leaves out their folders.
                """))
    var skip = ""

    @Option(help: "The jingyan binary (default: the release build of this package).")
    var jingyan: String?

    @Option(help: "The Pagefind binary (default: the one in Python's pagefind-bin-extended).")
    var pagefindBinary: String?

    @Option(help: "The seed page whose sentences the corpus recombines.")
    var seedPage = SeedPageOption.defaultPath

    @Option(help: "The first and the second query typed into the search box.")
    var queries = "网格,积分"

    @Option(
        help: ArgumentHelp(
            "Full builds of each tool, taken in turn; the median counts.",
            discussion:
                """
                Each run writes a folder no other run used: this machine's \
                ext4 makes creating files soon after deleting thousands slow.
                """
        ))
    var buildRuns = 3

    @Flag(
        help: ArgumentHelp(
            "Delete each size's folder and the trash once its figures are written.",
            discussion:
                """
                The run then needs its largest size on disk instead of the sum. After deleting, it \
                waits \(Int(Trash.settleSeconds)) s before the next size (see "The file system" in BENCHMARKS.md).
                """
        ))
    var freeBetweenSizes = false

    @Flag(help: "Run even when the disk need stated before the run exceeds the free space.")
    var ignoreDiskCheck = false

    func validate() throws {
        guard !(try practiceCounts()).isEmpty else {
            throw ValidationError("--sizes needs at least one practice count, e.g. 1000,10000")
        }
        guard queryPair().count == 2 else {
            throw ValidationError("--queries needs two comma-separated terms, e.g. 网格,积分")
        }
        guard buildRuns > 0 else { throw ValidationError("--build-runs must be at least 1") }
        _ = try SkippablePhase.parse(skip)
    }

    func practiceCounts() throws -> [Int] {
        try sizes.split(separator: ",").map { text in
            guard let count = Int(text.trimmingCharacters(in: .whitespaces)), count > 0 else {
                throw ValidationError("--sizes: '\(text)' is not a positive practice count")
            }
            return count
        }
    }

    func queryPair() -> [String] { queries.split(separator: ",").map { String($0) } }

    /// Hugo's builds are part of the run with --hugo or --pagefind; --browser alone times Jingyan's queries only.
    var withHugo: Bool { hugo || pagefind }

    /// The disk the options ask for: what `run` states and checks before it starts.
    func diskPlan() throws -> DiskPlan {
        let skipping = try SkippablePhase.parse(skip)
        return DiskPlan(
            buildRuns: buildRuns, withHugo: withHugo, withPagefind: pagefind, freeBetweenSizes: freeBetweenSizes,
            withPreview: !skipping.contains(.preview), withFloors: !skipping.contains(.floors))
    }

    func run() async throws {
        let skipping = try SkippablePhase.parse(skip)
        let tools = try Tools.locate(
            jingyan: jingyan, pagefind: pagefindBinary, needHugo: withHugo, needPagefind: pagefind,
            needBrowser: browser, needCmark: !skipping.contains(.floors))
        let generator = try CorpusGenerator(material: try SeedPageOption.material(at: seedPage))
        let root = URL(fileURLWithPath: out, isDirectory: true)
        let sizes = try practiceCounts()
        var disk = DiskCheck(plan: try diskPlan(), out: root)
        print("disk need (model: BENCHMARKS.md, \"National scale\"):")
        try disk.verify(sizes: sizes, ignoring: ignoreDiskCheck, print: printNow)
        if !skipping.isEmpty {
            printNow("skipped: \(skipping.sorted().map(\.rawValue).joined(separator: ", ")) (not measured)")
        }
        let results = ReportFile(
            file: root.appendingPathComponent("results.json"),
            report: RunReport(environment: tools.environment(), queries: queryPair(), sizes: []))
        let trash = Trash(folder: root.appendingPathComponent(".trash"))
        defer { trash.empty() }
        for (position, practices) in sizes.enumerated() {
            if position > 0 {
                print("disk need of the sizes left, from what \(sizes[position - 1]) practices used:")
                try disk.verify(sizes: Array(sizes[position...]), ignoring: ignoreDiskCheck, print: printNow)
            }
            let folder = root.appendingPathComponent("\(practices)")
            try trash.move(folder)
            let trashBefore = trash.allocatedBytes
            let benchmark = SizeBenchmark(
                folder: folder, tools: tools, withHugo: withHugo, withPagefind: pagefind, withBrowser: browser,
                queries: queryPair(), buildRuns: buildRuns, skipping: skipping, trash: trash,
                record: { try results.record($0, position: position) })
            var result = try await benchmark.run(practices: practices, generator: generator)
            result.diskBytes = try FolderSize(folder).allocatedBytes + trash.allocatedBytes - trashBefore
            result.markMeasured(["diskBytes"])
            try results.record(result, position: position)
            print("\n== \(practices) practices ==\n" + ResultTable(result: result).render())
            print(
                "disk: \(ByteText.format(result.diskBytes ?? 0)) used, the model said "
                    + ByteText.format(disk.plan.need(practices: practices).bytes))
            disk.plan.calibrate(practices: practices, usedBytes: result.diskBytes ?? 0)
            if freeBetweenSizes && position + 1 < sizes.count { try trash.deleteSettled(folder) }
        }
        print("\nresults: \(results.file.path)")
    }

    /// A line on standard output at once, before a failure's message on standard error.
    func printNow(_ line: String) {
        print(line)
        fflush(nil)  // every output stream: standard output is buffered when it is a file
    }
}

/// results.json of a run, written again whenever a size's figures grow (after each of its
/// phases), so that a run stopped late keeps what it measured.
final class ReportFile {
    let file: URL
    private(set) var report: RunReport

    init(file: URL, report: RunReport) {
        self.file = file
        self.report = report
    }

    /// Makes `result` the figures of the size at `position` (the next one when new) and writes the file.
    func record(_ result: SizeResult, position: Int) throws {
        if position < report.sizes.count {
            report.sizes[position] = result
        } else {
            report.sizes.append(result)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try encoder.encode(report).write(to: file, options: .atomic)
    }
}

/// "extract: 40 page(s) → 200 articles, 1104 practices, 11 captions", as `jingyan extract` prints it.
struct ExtractSummary {
    var practices: Int

    init(log: URL) throws {
        let text = try String(contentsOf: log, encoding: .utf8)
        guard let line = text.split(separator: "\n").first(where: { $0.hasPrefix("extract:") }),
            let practicesField = line.split(separator: ",").first(where: { $0.hasSuffix(" practices") }),
            let count = Int(practicesField.split(separator: " ").first ?? "")
        else {
            throw ValidationError(
                """
                cannot read the practice count from `jingyan extract` \
                output (\(log.path)); has its summary line changed?
                """
            )
        }
        practices = count
    }
}

/// Files and bytes under a folder, optionally only names with a given ending.
struct FolderSize {
    var files = 0
    /// File lengths of the regular files counted.
    var bytes = 0
    /// Blocks allocated to what was counted (`st_blocks`), the folders too when no ending is
    /// given: what the folder takes from the file system's free space.
    var allocatedBytes = 0

    init(_ folder: URL, matching suffix: String? = nil) throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue,
            let walker = FileManager.default.enumerator(atPath: folder.path)
        else {
            throw ValidationError("cannot list \(folder.path): it is not a folder")
        }
        for case let relative as String in walker {
            var info = stat()
            guard lstat(folder.path + "/" + relative, &info) == 0 else { continue }
            let regular = (info.st_mode & S_IFMT) == S_IFREG
            if let suffix, !(regular && relative.hasSuffix(suffix)) { continue }
            allocatedBytes += Int(info.st_blocks) * 512
            guard regular else { continue }
            files += 1
            bytes += Int(info.st_size)
        }
    }
}

/// The one-entry change a rebuild is timed after: a sentence appended to one practice.
enum EntryEdit {
    static let sentence = "\n\n该做法已在全县推广。\n"

    /// Appends to the first practice file in path order; returns it. Keeps only the least path
    /// seen, not the list: content/ holds a file per practice.
    static func changeOnePractice(in content: URL) throws -> URL {
        var first: URL?
        let walker = FileManager.default.enumerator(at: content, includingPropertiesForKeys: nil)
        while let file = walker?.nextObject() as? URL {
            let isPractice =
                file.pathExtension == "md"
                && file.deletingLastPathComponent().deletingLastPathComponent().lastPathComponent
                    != content.lastPathComponent
            if isPractice && first.map({ file.path < $0.path }) ?? true { first = file }
        }
        guard let practice = first else {
            throw ValidationError("no practice file under \(content.path) to edit")
        }
        try append(to: practice)
        return practice
    }

    static func append(to file: URL) throws {
        let handle = try FileHandle(forWritingTo: file)
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(sentence.utf8))
    }
}

/// Folders the benchmark is done with, deleted only when the whole run is over. On this machine's
/// ext4 (no journal) the kernel skips inodes freed in the last minute or more when it looks for a
/// free one, so a tool creating files soon after thousands were deleted spent several times its
/// own CPU time in that search (perf: `recently_deleted`), whichever tool had deleted them.
final class Trash: Sendable {
    let folder: URL

    init(folder: URL) { self.folder = folder }

    /// Moves `item` (if it exists) out of the way, into the trash: a rename, no inode freed.
    func move(_ item: URL) throws {
        guard FileManager.default.fileExists(atPath: item.path) else { return }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.moveItem(at: item, to: folder.appendingPathComponent(UUID().uuidString))
    }

    func empty() { try? FileManager.default.removeItem(at: folder) }

    /// Blocks the trash holds now (0 when it is empty).
    var allocatedBytes: Int { (try? FolderSize(folder).allocatedBytes) ?? 0 }

    /// How long the file system goes on skipping freed inodes once they are written back.
    static let settleSeconds = 65.0

    /// Deletes `item` and everything in the trash now, when the disk cannot hold them to the
    /// end, then writes the freed blocks back and waits out the window in which creating files
    /// would be slowed by the deletion.
    func deleteSettled(_ item: URL) throws {
        try move(item)
        empty()
        sync()
        Thread.sleep(forTimeInterval: Self.settleSeconds)
    }
}

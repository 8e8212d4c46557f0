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
            Two floors: cmark over the Markdown and a plain copy. Prints a table per size and \
            writes results.json into --out.
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

    @Flag(help: "Also time a first and a second query in headless Chromium (scripts/bench-browser.py).")
    var browser = false

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

    func run() async throws {
        let withHugo = hugo || pagefind || browser
        let tools = try Tools.locate(
            jingyan: jingyan, pagefind: pagefindBinary, needHugo: withHugo, needPagefind: pagefind || browser,
            needBrowser: browser)
        let generator = try CorpusGenerator(material: try SeedPageOption.material(at: seedPage))
        let root = URL(fileURLWithPath: out, isDirectory: true)
        let sizes = try practiceCounts()
        var disk = DiskCheck(
            plan: DiskPlan(
                buildRuns: buildRuns, withHugo: withHugo, withPagefind: pagefind || browser,
                freeBetweenSizes: freeBetweenSizes),
            out: root)
        print("disk need (model: BENCHMARKS.md, \"National scale\"):")
        try disk.verify(sizes: sizes, ignoring: ignoreDiskCheck, print: printNow)
        var report = RunReport(environment: tools.environment(), queries: queryPair(), sizes: [])
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
                folder: folder, tools: tools, withHugo: withHugo, withPagefind: pagefind || browser,
                withBrowser: browser,
                queries: queryPair(), buildRuns: buildRuns, trash: trash)
            var result = try await benchmark.run(practices: practices, generator: generator)
            result.diskBytes = try FolderSize(folder).allocatedBytes + trash.allocatedBytes - trashBefore
            print("\n== \(practices) practices ==\n" + ResultTable(result: result).render())
            print(
                "disk: \(ByteText.format(result.diskBytes ?? 0)) used, the model said "
                    + ByteText.format(disk.plan.need(practices: practices).bytes))
            disk.plan.calibrate(practices: practices, usedBytes: result.diskBytes ?? 0)
            report.sizes.append(result)
            // Written after each size: a long run keeps what it has.
            try write(report, to: root.appendingPathComponent("results.json"))
            if freeBetweenSizes && position + 1 < sizes.count { try trash.deleteSettled(folder) }
        }
        print("\nresults: \(root.appendingPathComponent("results.json").path)")
    }

    /// A line on standard output at once, before a failure's message on standard error.
    func printNow(_ line: String) {
        print(line)
        fflush(nil)  // every output stream: standard output is buffered when it is a file
    }

    func write(_ report: RunReport, to file: URL) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try encoder.encode(report).write(to: file)
    }
}

/// One size, start to finish, in a folder of its own: seeds/, content/, site/, hugo/, copy/.
struct SizeBenchmark {
    var folder: URL
    var tools: Tools
    var withHugo: Bool
    var withPagefind: Bool
    var withBrowser: Bool
    var queries: [String]
    var buildRuns: Int
    var trash: Trash

    var seeds: URL { folder.appendingPathComponent("seeds") }
    var content: URL { folder.appendingPathComponent("content") }
    var site: URL { folder.appendingPathComponent("site") }

    func run(practices: Int, generator: CorpusGenerator) async throws -> SizeResult {
        try trash.move(folder)
        let manifest = try generator.write(practices: practices, to: seeds)
        log("corpus: \(manifest.pages) pages, \(manifest.practices) practices planned")

        log("jingyan extract")
        let extractLog = folder.appendingPathComponent("extract.log")
        let extract = try jingyan(["extract", "--seeds", seeds.path, "--content", content.path], log: extractLog)
        let extracted = try ExtractSummary(log: extractLog)
        let markdown = try FolderSize(content, matching: ".md")
        log("extraction alone, one core")
        let extractOneCore = try ExtractThroughput.measure(seeds: seeds, runs: 3)

        let project = HugoProject(folder: folder.appendingPathComponent("hugo"))
        if withHugo {
            log("hugo: converting content")
            try project.write(from: content)
        }
        let builds = try fullBuilds(hugoProject: withHugo ? project : nil)
        let changed = try EntryEdit.changeOnePractice(in: content)
        log("jingyan rebuild after editing \(changed.lastPathComponent)")
        let rebuild = try jingyan(["build", "--content", content.path, "--seeds", seeds.path, "--out", site.path])
        let siteSize = try FolderSize(site)
        let index = try FolderSize(site.appendingPathComponent("search"))
        log("jingyan search index alone")
        let indexBuild = try IndexTiming(content: content.path, seeds: seeds.path, runs: 3).seconds
        log("jingyan preview rebuilds (serve), on a copy of content/")
        let previewContent = folder.appendingPathComponent("preview-content")
        try FileManager.default.copyItem(at: content, to: previewContent)
        let previewSite = folder.appendingPathComponent("preview-site")
        let preview = try await PreviewTiming.measure(
            content: previewContent.path, seeds: seeds.path, site: previewSite, edits: 5)
        try trash.move(previewContent)
        try trash.move(previewSite)

        var result = SizeResult(
            corpus: .init(
                pages: manifest.pages, rawBytes: manifest.bytes, practicesPlanned: manifest.practices,
                practicesExtracted: extracted.practices, markdownBytes: markdown.bytes, markdownFiles: markdown.files),
            extract: extract, extractOneCore: extractOneCore,
            jingyan: .init(
                build: builds.jingyan.median, buildRuns: builds.jingyan.seconds, rebuild: rebuild,
                files: siteSize.files, bytes: siteSize.bytes,
                indexBytes: index.bytes, indexFiles: index.files, indexBuildSeconds: indexBuild,
                previewRebuildSeconds: preview.medianRebuildSeconds),
            cmarkFloor: try cmarkFloor(), copyFloor: try copyFloor())
        if let hugoBuilds = builds.hugo {
            (result.hugo, result.pagefind) = try hugoAndPagefind(
                project: project, builds: hugoBuilds, changing: changed)
        }
        if withBrowser {
            log("browser: jingyan")
            result.jingyanBrowser = try browserQueries(site: site)
            log("browser: pagefind")
            result.pagefindBrowser = try browserQueries(
                site: HugoProject(folder: folder.appendingPathComponent("hugo")).publicFolder)
        }
        return result
    }

    func jingyan(_ arguments: [String], log: URL? = nil) throws -> Measurement {
        try ChildProcess(executable: tools.jingyan, arguments: arguments, standardOutput: log).run()
    }

    /// `buildRuns` full builds of Jingyan's site and, given a project, of Hugo's pages, taken in
    /// turn so that both meet the same machine. The first run of each writes `site/` and the
    /// project's `public/`, which the rest of the benchmark uses; the others write folders of
    /// their own, which go to the trash (see `Trash`).
    func fullBuilds(hugoProject: HugoProject?) throws -> (jingyan: BuildRuns, hugo: BuildRuns?) {
        var ours = BuildRuns()
        var theirs = BuildRuns()
        for run in 0..<buildRuns {
            let siteFolder = run == 0 ? site : folder.appendingPathComponent("site-run\(run)")
            log("jingyan build (run \(run + 1) of \(buildRuns))")
            ours.append(
                try jingyan(["build", "--content", content.path, "--seeds", seeds.path, "--out", siteFolder.path]))
            if run > 0 { try trash.move(siteFolder) }
            guard let hugoProject else { continue }
            let publicFolder =
                run == 0 ? hugoProject.publicFolder : hugoProject.folder.appendingPathComponent("public-run\(run)")
            log("hugo build (run \(run + 1) of \(buildRuns))")
            theirs.append(
                try ChildProcess(
                    executable: tools.hugo!,
                    arguments: ["--source", hugoProject.folder.path, "--destination", publicFolder.path, "--quiet"]
                ).run())
            if run > 0 { try trash.move(publicFolder) }
        }
        return (ours, hugoProject == nil ? nil : theirs)
    }

    /// Hugo on the same practices (content converted and built by `fullBuilds`), rebuilt after
    /// the same edit; Pagefind over Hugo's output.
    func hugoAndPagefind(
        project: HugoProject, builds: BuildRuns, changing changed: URL
    ) throws -> (SizeResult.Site, Measurement?) {
        let hugoArguments = ["--source", project.folder.path, "--destination", project.publicFolder.path, "--quiet"]
        try EntryEdit.append(
            to: project.folder.appendingPathComponent(
                project.practicePath(changed.deletingPathExtension().lastPathComponent)))
        log("hugo rebuild")
        let rebuild = try ChildProcess(executable: tools.hugo!, arguments: hugoArguments).run()
        log("hugo server rebuilds")
        let serverRebuilds = try HugoServerTiming.rebuildSeconds(
            hugo: tools.hugo!, project: project,
            editing: project.folder.appendingPathComponent(
                project.practicePath(changed.deletingPathExtension().lastPathComponent)), edits: 5)
        var pagefind: Measurement?
        var index: FolderSize?
        if withPagefind {
            log("pagefind")
            pagefind = try ChildProcess(
                executable: tools.pagefind!,
                arguments: ["--site", project.publicFolder.path, "--force-language", "zh-cn"]
            ).run()
            index = try FolderSize(project.publicFolder.appendingPathComponent("pagefind"))
        }
        let siteSize = try FolderSize(project.publicFolder)
        return (
            .init(
                build: builds.median, buildRuns: builds.seconds, rebuild: rebuild, files: siteSize.files,
                bytes: siteSize.bytes,
                indexBytes: index?.bytes, indexFiles: index?.files,
                previewRebuildSeconds: serverRebuilds.sorted()[serverRebuilds.count / 2]), pagefind
        )
    }

    /// Rendering the same Markdown with cmark alone: what any generator must at least spend.
    func cmarkFloor() throws -> Measurement {
        log("floor: cmark")
        return try ChildProcess(
            executable: "/bin/sh",
            arguments: [
                "-c", "find \"$1\" -name '*.md' -print0 | xargs -0 \"$2\" > /dev/null", "sh", content.path, tools.cmark,
            ]
        ).run()
    }

    /// Copying content/ as it is: the cost of touching every file once.
    func copyFloor() throws -> Measurement {
        log("floor: cp -r")
        let copy = folder.appendingPathComponent("copy")
        try? FileManager.default.removeItem(at: copy)
        return try ChildProcess(executable: "cp", arguments: ["-r", content.path, copy.path]).run()
    }

    func browserQueries(site: URL) throws -> BrowserQueries {
        let output = folder.appendingPathComponent("browser-\(site.lastPathComponent).json")
        try ChildProcess(
            executable: tools.python!,
            arguments: [tools.browserScript!, site.path, "search.html", queries[0], queries[1]],
            standardOutput: output
        ).run()
        return try JSONDecoder().decode(BrowserQueries.self, from: Data(contentsOf: output))
    }

    func log(_ message: String) {
        FileHandle.standardError.write(Data("[\(folder.lastPathComponent)] \(message)\n".utf8))
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

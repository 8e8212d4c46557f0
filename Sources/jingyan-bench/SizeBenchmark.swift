import Foundation
import JingyanBenchCorpus

/// One size, start to finish, in a folder of its own: seeds/, content/, site/, hugo/, copy/.
///
/// The figures come phase by phase, the ones a size is run for first (extraction, the full
/// builds, the site's weight, the queries), then the rebuilds, Hugo and Pagefind, the floors,
/// and last the two in-process measurements (the index alone and the preview), whose memory a
/// child started after them would report as its own (see "Peak RSS" in BENCHMARKS.md). After
/// each phase `record` gets the result so far, what is still to come or skipped listed in
/// `notMeasured`: a run stopped late keeps what it measured.
struct SizeBenchmark {
    var folder: URL
    var tools: Tools
    var withHugo: Bool
    var withPagefind: Bool
    var withBrowser: Bool
    var queries: [String]
    var buildRuns: Int
    var skipping: Set<SkippablePhase>
    var trash: Trash
    /// Called with the figures so far after each phase (results.json is written from it).
    var record: (SizeResult) throws -> Void

    var seeds: URL { folder.appendingPathComponent("seeds") }
    var content: URL { folder.appendingPathComponent("content") }
    var site: URL { folder.appendingPathComponent("site") }
    var hugoProject: HugoProject { HugoProject(folder: folder.appendingPathComponent("hugo")) }

    func run(practices: Int, generator: CorpusGenerator) async throws -> SizeResult {
        try trash.move(folder)
        let manifest = try generator.write(practices: practices, to: seeds)
        log("corpus: \(manifest.pages) pages, \(manifest.practices) practices planned")
        var result = try extract(manifest: manifest)
        result.notMeasured = plannedFigures()
        try done(&result, ["extract"])
        log("extraction alone, one core")
        result.extractOneCore = try ExtractThroughput.measure(seeds: seeds, runs: 3)
        try done(&result, ["extractOneCore"])

        if withHugo {
            log("hugo: converting content")
            try hugoProject.write(from: content)
        }
        let builds = try fullBuilds(hugoProject: withHugo ? hugoProject : nil)
        let siteSize = try FolderSize(site)
        let index = try FolderSize(site.appendingPathComponent("search"))
        result.jingyan = .init(
            build: builds.jingyan.median, buildRuns: builds.jingyan.seconds, files: siteSize.files,
            bytes: siteSize.bytes, indexBytes: index.bytes, indexFiles: index.files)
        try done(&result, ["jingyan"])
        if withBrowser {
            log("browser: jingyan")
            result.jingyanBrowser = try browserQueries(site: site)
            try done(&result, ["jingyanBrowser"])
        }
        let changed = try editedPractice()
        if let changed, !skipping.contains(.rebuild) {
            log("jingyan rebuild after editing \(changed.lastPathComponent)")
            result.jingyan?.rebuild = try jingyan(
                ["build", "--content", content.path, "--seeds", seeds.path, "--out", site.path])
            try done(&result, ["jingyan.rebuild"])
        }
        if let hugoBuilds = builds.hugo { try hugoAndPagefind(into: &result, builds: hugoBuilds, changing: changed) }
        if !skipping.contains(.floors) { try floors(into: &result) }
        try await inProcess(into: &result)
        return result
    }

    /// Every figure this size is to give, each "skipped" or "not reached" until it is measured.
    func plannedFigures() -> [String: String] {
        var figures = ["extract", "extractOneCore", "jingyan", "jingyan.rebuild"]
        figures += ["jingyan.indexBuildSeconds", "jingyan.previewRebuildSeconds", "cmarkFloor", "copyFloor"]
        if withBrowser { figures.append("jingyanBrowser") }
        if withHugo { figures += ["hugo", "hugo.rebuild", "hugo.previewRebuildSeconds"] }
        if withPagefind { figures.append("pagefind") }
        if withPagefind && withBrowser { figures.append("pagefindBrowser") }
        figures.append("diskBytes")
        var planned: [String: String] = [:]
        for figure in figures { planned[figure] = SizeResult.notReached }
        for phase in skipping {
            for figure in phase.figures where planned[figure] != nil {
                planned[figure] = "skipped (--skip \(phase.rawValue))"
            }
        }
        return planned
    }

    /// Marks `figures` measured and hands the result so far to `record`.
    func done(_ result: inout SizeResult, _ figures: [String]) throws {
        result.markMeasured(figures)
        try record(result)
    }

    /// The corpus extracted by `jingyan extract`, and what it wrote.
    func extract(manifest: CorpusManifest) throws -> SizeResult {
        log("jingyan extract")
        let extractLog = folder.appendingPathComponent("extract.log")
        let extract = try jingyan(["extract", "--seeds", seeds.path, "--content", content.path], log: extractLog)
        let extracted = try ExtractSummary(log: extractLog)
        let markdown = try FolderSize(content, matching: ".md")
        return SizeResult(
            corpus: .init(
                pages: manifest.pages, rawBytes: manifest.bytes, practicesPlanned: manifest.practices,
                practicesExtracted: extracted.practices, markdownBytes: markdown.bytes, markdownFiles: markdown.files),
            extract: extract)
    }

    /// The practice a sentence is appended to before the rebuilds, when one of them is timed.
    func editedPractice() throws -> URL? {
        let rebuildTimed = !skipping.contains(.rebuild)
        let hugoServerTimed = withHugo && !skipping.contains(.preview)
        return rebuildTimed || hugoServerTimed ? try EntryEdit.changeOnePractice(in: content) : nil
    }

    /// The index built alone and the preview's rebuilds, in the bench's own process.
    func inProcess(into result: inout SizeResult) async throws {
        if !skipping.contains(.indexAlone) {
            log("jingyan search index alone")
            result.jingyan?.indexBuildSeconds = try IndexTiming(content: content.path, seeds: seeds.path, runs: 3)
                .seconds
            try done(&result, ["jingyan.indexBuildSeconds"])
        }
        guard !skipping.contains(.preview) else { return }
        log("jingyan preview rebuilds (serve), on a copy of content/")
        let previewContent = folder.appendingPathComponent("preview-content")
        try FileManager.default.copyItem(at: content, to: previewContent)
        let previewSite = folder.appendingPathComponent("preview-site")
        let preview = try await PreviewTiming.measure(
            content: previewContent.path, seeds: seeds.path, site: previewSite, edits: 5)
        try trash.move(previewContent)
        try trash.move(previewSite)
        result.jingyan?.previewRebuildSeconds = preview.medianRebuildSeconds
        try done(&result, ["jingyan.previewRebuildSeconds"])
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
    /// the same edit and previewed with `hugo server` unless skipped; Pagefind over Hugo's
    /// output, and its queries.
    func hugoAndPagefind(into result: inout SizeResult, builds: BuildRuns, changing changed: URL?) throws {
        let project = hugoProject
        let page = changed.map { project.folder.appendingPathComponent(project.practicePath(practiceName($0))) }
        if let page { try EntryEdit.append(to: page) }
        var rebuild: Measurement?
        if !skipping.contains(.rebuild) {
            log("hugo rebuild")
            let arguments = ["--source", project.folder.path, "--destination", project.publicFolder.path, "--quiet"]
            rebuild = try ChildProcess(executable: tools.hugo!, arguments: arguments).run()
        }
        var serverRebuilds: [Double]?
        if let page, !skipping.contains(.preview) {
            log("hugo server rebuilds")
            serverRebuilds = try HugoServerTiming.rebuildSeconds(
                hugo: tools.hugo!, project: project, editing: page, edits: 5)
        }
        var index: FolderSize?
        if withPagefind {
            log("pagefind")
            result.pagefind = try ChildProcess(
                executable: tools.pagefind!,
                arguments: ["--site", project.publicFolder.path, "--force-language", "zh-cn"]
            ).run()
            index = try FolderSize(project.publicFolder.appendingPathComponent("pagefind"))
        }
        let siteSize = try FolderSize(project.publicFolder)
        result.hugo = .init(
            build: builds.median, buildRuns: builds.seconds, rebuild: rebuild, files: siteSize.files,
            bytes: siteSize.bytes, indexBytes: index?.bytes, indexFiles: index?.files,
            previewRebuildSeconds: serverRebuilds.map { $0.sorted()[$0.count / 2] })
        let measured = ["hugo", "pagefind"] + (rebuild == nil ? [] : ["hugo.rebuild"])
        try done(&result, measured + (serverRebuilds == nil ? [] : ["hugo.previewRebuildSeconds"]))
        guard withPagefind && withBrowser else { return }
        log("browser: pagefind")
        result.pagefindBrowser = try browserQueries(site: project.publicFolder)
        try done(&result, ["pagefindBrowser"])
    }

    func practiceName(_ file: URL) -> String { file.deletingPathExtension().lastPathComponent }

    /// cmark over the Markdown (what any generator must at least spend) and a plain copy of
    /// content/ (the cost of touching every file once).
    func floors(into result: inout SizeResult) throws {
        log("floor: cmark")
        result.cmarkFloor = try ChildProcess(
            executable: "/bin/sh",
            arguments: [
                "-c", "find \"$1\" -name '*.md' -print0 | xargs -0 \"$2\" > /dev/null", "sh", content.path,
                tools.cmark!,
            ]
        ).run()
        log("floor: cp -r")
        let copy = folder.appendingPathComponent("copy")
        try? FileManager.default.removeItem(at: copy)
        result.copyFloor = try ChildProcess(executable: "cp", arguments: ["-r", content.path, copy.path]).run()
        try done(&result, ["cmarkFloor", "copyFloor"])
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

    /// "[1000000 21:40:07] jingyan build (run 1 of 1)" on standard error: the phase and when it
    /// began (UTC).
    func log(_ message: String) {
        let second = Int(Date().timeIntervalSince1970) % 86_400
        let time = String(format: "%02d:%02d:%02d", second / 3600, second / 60 % 60, second % 60)
        FileHandle.standardError.write(Data("[\(folder.lastPathComponent) \(time)] \(message)\n".utf8))
    }
}

import Foundation
import Hummingbird
import JingyanPipeline
import JingyanSite
import JingyanSupport

/// `jingyan serve`: builds, serves on 127.0.0.1, and rebuilds when the inputs change, until
/// Ctrl-C. Lines for the terminal go to `say` (progress) and `warn` (problems).
public struct PreviewSession: Sendable {
    public var extract: ExtractStep
    public var build: BuildStep
    public var watched: WatchedFolders
    public var port: Int
    public var pollInterval: Duration = .milliseconds(500)
    public var say: @Sendable (String) -> Void
    public var warn: @Sendable (String) -> Void

    /// A preview of these steps and folders; `say` and `warn` go to the terminal.
    public init(
        extract: ExtractStep, build: BuildStep, watched: WatchedFolders, port: Int,
        say: @escaping @Sendable (String) -> Void, warn: @escaping @Sendable (String) -> Void
    ) {
        self.extract = extract
        self.build = build
        self.watched = watched
        self.port = port
        self.say = say
        self.warn = warn
    }

    /// The port cannot be listened on, with the system's reason.
    public struct CannotListen: Error, CustomStringConvertible {
        public var port: Int
        public var reason: String
        public var description: String {
            "cannot serve on 127.0.0.1:\(port) (\(reason)); is another server using it? Choose another port with --port"
        }
    }

    /// Builds, serves and rebuilds on every edit until the process is stopped.
    public func run() async throws {
        // The preview goes to a folder of its own, never the user's site/: its pages carry the
        // live-reload script and a policy that lets it poll, which must not be published, and a
        // temporary folder cannot be copied to the intranet by mistake.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "jingyan-serve-\(UUID().uuidString)/site")
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        try SiteDirectory.replace(folder, with: LiveReload.placeholder)

        let status = PreviewStatus()
        let (ports, portContinuation) = AsyncStream.makeStream(of: Int.self)
        let app = PreviewServer.application(folder: folder, status: status, port: port) { portContinuation.yield($0) }
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                do {
                    try await app.runService()
                } catch {
                    throw CannotListen(port: port, reason: String(describing: error))
                }
            }
            group.addTask {
                for await port in ports {
                    try await watch(folder: folder, status: status, port: port)
                }
            }
            // The server returns on Ctrl-C; then the watcher stops too.
            try await group.next()
            group.cancelAll()
        }
    }

    func watch(folder: URL, status: PreviewStatus, port: Int) async throws {
        var buildStep = build
        // The address it is served at: canonical links, sitemap and feed can be previewed, and
        // the 404 page links from "/", so it works at any depth.
        buildStep.baseURL = try BaseURL("http://127.0.0.1:\(port)/")
        var preview = PreviewBuild(step: buildStep, folder: folder, status: status)
        say(
            """
            serving http://127.0.0.1:\(port)/ — watching \
            \(watched.folders.keys.sorted().map(\.rawValue).joined(separator: ", ")); Ctrl-C stops
            """
        )
        if !FileManager.default.fileExists(atPath: extract.content.path) { reextract() }
        var watch = FolderWatch(watched)
        report(await preview.rebuild())
        while true {
            try await Task.sleep(for: pollInterval)
            let changed = watch.changes()
            guard !changed.isEmpty else { continue }
            say("changed: \(changed.sorted().map(\.rawValue).joined(separator: ", "))")
            if changed.contains(.seeds) {
                let failure = reextract()
                watch.acceptCurrent()  // extract's own writes to content/ are no new edit
                if let failure {
                    await status.failed(failure)  // the pages show it; content/ was left as it was
                    continue
                }
            }
            report(await preview.rebuild())
        }
    }

    /// Re-extracts into content/ (hand edits kept); the error message when it failed.
    @discardableResult
    func reextract() -> String? {
        do {
            let outcome = try extract.run()
            let report = outcome.report
            say(
                """
                extracted \(outcome.pageCount) page(s): \(outcome.practiceCount) practices; \
                \(report.written.count) files written, \(report.keptEdits.count) hand-edited kept
                """
            )
            for path in report.keptEdits {
                say("  kept your edit: \(path) (the new extraction is beside it as \(path).new)")
            }
            for path in report.keptOrphans {
                say("  kept your edit: \(path) (the new extraction no longer has this entry)")
            }
            guard outcome.rejected.isEmpty else {
                let errors = outcome.rejected.map(\.description).joined(separator: "\n")
                warn("\(outcome.rejected.count) page(s) not extracted — their files left as they were:\n\(errors)")
                return "extract: \(errors)"
            }
            return nil
        } catch {
            let message = FileProblem.describe(error) ?? String(describing: error)
            warn("extract failed — content/ left as it was:\n\(message)")
            return "extract: \(message)"
        }
    }

    func report(_ outcome: PreviewBuild.Outcome) {
        switch outcome {
        case .built(let articles, let practices, let changed):
            say("built: \(articles) articles, \(practices) practices\(changed ? "" : " (no change)")")
        case .failed(let message):
            warn("build failed — still serving the last good build:\n\(message)")
        }
    }
}

import Foundation
import JingyanPipeline
import JingyanSite
import JingyanSupport

/// Builds the preview folder: the site as `jingyan build` makes it, plus the live-reload script.
/// A failed build leaves the folder as it was (the last good site stays served) and its error
/// goes to the open pages. After the first build, an edit is built incrementally (`LiveSite`).
public struct PreviewBuild: Sendable {
    /// What a build gave: the counts and whether any file changed, or the error shown.
    public enum Outcome: Equatable, Sendable {
        case built(articles: Int, practices: Int, changed: Bool)
        case failed(String)
    }

    public var step: BuildStep
    public var status: PreviewStatus
    private var site: LiveSite

    /// Builds of `step` into `folder`, served with `status` telling the pages of each one.
    public init(step: BuildStep, folder: URL, status: PreviewStatus) {
        self.step = step
        self.status = status
        site = LiveSite(folder: folder) { LiveReloadSink(base: $0) }
    }

    /// Builds again (incrementally after the first) and tells the open pages.
    public mutating func rebuild() async -> Outcome {
        do {
            let builder = try step.builder(cache: site.cache)
            let changed = try site.build(builder).written > 0
            await status.succeeded(changed: changed)
            return .built(articles: builder.input.articles.count, practices: builder.practiceCount, changed: changed)
        } catch {
            let message = FileProblem.describe(error) ?? String(describing: error)
            await status.failed(message)
            return .failed(message)
        }
    }
}

/// Hands the site's files on with the live-reload script in every page (`LiveReload.inject`).
struct LiveReloadSink: SiteUpdateSink {
    var base: any SiteUpdateSink

    func write(_ data: Data, to path: String) throws {
        try base.write(path.hasSuffix(".html") ? LiveReload.inject(into: data) : data, to: path)
    }

    func stream(to path: String, _ produce: ((Data) throws -> Void) throws -> Void) throws {
        try base.stream(to: path, produce)
    }

    func remove(_ path: String) throws { try base.remove(path) }
}

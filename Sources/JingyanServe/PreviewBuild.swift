import Foundation
import JingyanPipeline
import JingyanSite

/// Builds the preview folder: the site as `jingyan build` makes it, plus the live-reload script.
/// A failed build leaves the folder as it was (the last good site stays served) and its error
/// goes to the open pages.
///
/// After the first build, an edit is built incrementally: content/ and the seed pages are read
/// again only where files changed (`BuildCache`) and only the pages the edit reaches are rendered and replaced
/// in the folder (`SiteBuilder.update`); a change of structure (entries added or removed, a new
/// mechanism, another theme) builds the whole site again.
public struct PreviewBuild: Sendable {
    public enum Outcome: Equatable, Sendable {
        case built(articles: Int, practices: Int, changed: Bool)
        case failed(String)
    }

    public var step: BuildStep
    public var folder: URL
    public var status: PreviewStatus
    /// What the last good build kept for the next one; nil before it, or after a failed update.
    private var state: SiteState?
    private let cache = BuildCache()

    public init(step: BuildStep, folder: URL, status: PreviewStatus) {
        self.step = step
        self.folder = folder
        self.status = status
    }

    public mutating func rebuild() async -> Outcome {
        do {
            let builder = try step.builder(cache: cache)
            let changed = try build(builder)
            await status.succeeded(changed: changed)
            return .built(articles: builder.input.articles.count, practices: builder.practiceCount, changed: changed)
        } catch {
            let message = String(describing: error)
            await status.failed(message)
            return .failed(message)
        }
    }

    /// Whether any file of the folder changed.
    private mutating func build(_ builder: SiteBuilder) throws -> Bool {
        if let previous = state {
            state = nil  // an update that fails half-way leaves a folder only a full build can trust
            let sink = InPlaceSink(root: folder)
            if let updated = try builder.update(previous, in: LiveReloadSink(base: sink)) {
                state = updated
                return sink.counts.written > 0
            }
        }
        try SiteDirectory.replace(folder) { staging in
            state = try builder.writeKeepingState(to: LiveReloadSink(base: DirectorySink(root: staging)))
        }
        return true
    }
}

/// Hands the site's files on with the live-reload script in every page (`LiveReload.inject`).
struct LiveReloadSink<Base: SiteSink>: SiteSink {
    var base: Base

    func write(_ data: Data, to path: String) throws {
        try base.write(path.hasSuffix(".html") ? LiveReload.inject(into: data) : data, to: path)
    }

    func stream(to path: String, _ produce: ((Data) throws -> Void) throws -> Void) throws {
        try base.stream(to: path, produce)
    }
}

extension LiveReloadSink: SiteUpdateSink where Base: SiteUpdateSink {
    func remove(_ path: String) throws { try base.remove(path) }
}

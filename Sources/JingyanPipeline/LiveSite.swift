import Foundation
import JingyanSite

/// A site folder kept up to date with its inputs, for `jingyan serve` and `jingyan build --watch`:
/// built whole the first time, then after each edit only what the edit reaches, replaced in the
/// folder file by file (`SiteBuilder.update`), with content/ and the seed pages read again only
/// where files changed (`BuildCache`). A change of structure (entries added or removed, a
/// mechanism new or gone, another theme), or an update that failed half-way, builds the whole
/// site again and swaps it in (`SiteDirectory.replace`).
public struct LiveSite: Sendable {
    public let folder: URL
    public let cache = BuildCache()
    /// Each file on its way into the folder: the preview adds its live-reload script to pages.
    private let wrap: @Sendable (any SiteUpdateSink) -> any SiteUpdateSink
    /// What the last good build kept for the next one; nil before it, or after a failed update.
    private var state: SiteState?

    /// A site kept in `folder`; `wrap` puts a sink of its own around each update's (the
    /// preview's injects the reload script).
    public init(folder: URL, wrap: @escaping @Sendable (any SiteUpdateSink) -> any SiteUpdateSink = { $0 }) {
        self.folder = folder
        self.wrap = wrap
    }

    /// Brings the folder to `builder`'s input; returns the files written (or removed) and
    /// handed over in all.
    @discardableResult
    public mutating func build(_ builder: SiteBuilder) throws -> FileCounts {
        if let previous = state {
            state = nil  // an update that fails half-way leaves a folder only a full build can trust
            let sink = InPlaceSink(root: folder)
            if let updated = try builder.update(previous, in: wrap(sink)) {
                state = updated
                return sink.counts
            }
        }
        var counts = FileCounts(written: 0, total: 0)
        try SiteDirectory.replace(folder) { staging in
            let sink = DirectorySink(root: staging, previous: folder)
            state = try builder.writeKeepingState(to: wrap(sink))
            counts = sink.counts
        }
        return counts
    }
}

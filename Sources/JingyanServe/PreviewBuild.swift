import Foundation
import JingyanPipeline
import JingyanSite

/// Builds the preview folder: the site as `jingyan build` makes it, plus the live-reload script.
/// A failed build leaves the folder as it was (the last good site stays served) and its error
/// goes to the open pages.
public struct PreviewBuild: Sendable {
    public enum Outcome: Equatable, Sendable {
        case built(articles: Int, practices: Int, changed: Bool)
        case failed(String)
    }

    public var step: BuildStep
    public var folder: URL
    public var status: PreviewStatus
    /// The files of the last good build: a rebuild that changes nothing reloads no page.
    private var lastFiles: [String: Data]?

    public init(step: BuildStep, folder: URL, status: PreviewStatus) {
        self.step = step
        self.folder = folder
        self.status = status
    }

    public mutating func rebuild() async -> Outcome {
        do {
            let builder = try step.builder()
            let files = LiveReload.inject(into: try builder.files())
            let changed = files != lastFiles
            if changed {
                try SiteDirectory.replace(folder, with: files)
                lastFiles = files
            }
            await status.succeeded(changed: changed)
            return .built(articles: builder.input.articles.count, practices: builder.practiceCount, changed: changed)
        } catch {
            let message = String(describing: error)
            await status.failed(message)
            return .failed(message)
        }
    }
}

import CRenameExchange
import Foundation
import JingyanSupport
import JingyanTemplates
import Synchronization

/// Builds the static site: pages, search index, exports and theme assets.
public struct SiteBuilder: Sendable {
    public var input: SiteInput
    public var theme: Theme
    /// With one, pages get canonical links and the site gets `sitemap.xml` and `feed.xml`.
    public var baseURL: BaseURL?
    /// Cards on one page of a mechanism; a mechanism with more gets several pages.
    public var practicesPerPage = SitePages.defaultPracticesPerPage

    /// A builder of the site of `input` in `theme`; with a `baseURL`, also the sitemap, the feed and
    /// canonical links.
    public init(input: SiteInput, theme: Theme, baseURL: BaseURL? = nil) {
        self.input = input
        self.theme = theme
        self.baseURL = baseURL
    }

    /// A page the theme's templates could not render.
    public enum Error: Swift.Error, CustomStringConvertible {
        case rendering(page: String, template: String)

        public var description: String {
            switch self {
            case .rendering(let page, let template):
                "cannot render \(page): the theme has no template \(template).mustache"
            }
        }
    }

    /// Writes every file of the site into `sink`. Pages are rendered on all cores and handed to
    /// the sink as they are made, so memory does not grow with the site. Nothing here depends on
    /// time or on the order of hashing, so the same input gives the same bytes.
    /// `progress` hears after each batch of pages: (pages rendered, pages in all).
    public func write(to sink: some SiteSink, progress: (_ rendered: Int, _ total: Int) -> Void = { _, _ in }) throws {
        _ = try write(to: sink, keepingState: false, progress: progress)
    }

    /// Writes every file, as `write(to:)` does, and keeps what `update(_:in:)` needs to write
    /// only what an edit changes afterwards: the model, the rendered cards, the search index.
    /// For `jingyan serve`, which holds it between edits.
    public func writeKeepingState(
        to sink: some SiteSink, progress: (_ rendered: Int, _ total: Int) -> Void = { _, _ in }
    ) throws -> SiteState {
        try write(to: sink, keepingState: true, progress: progress)!
    }

    private func write(
        to sink: some SiteSink, keepingState: Bool, progress: (_ rendered: Int, _ total: Int) -> Void
    ) throws -> SiteState? {
        let renderer = PageRenderer(library: try theme.library())
        let model = try SiteModel(articles: input.articles, naming: input.naming)
        var pages: SitePages? = try sitePages(model: model, renderer: renderer)
        let ids = pages!.pageIDs()
        try write(ids, of: pages!, renderer: renderer, to: sink) { progress($0, ids.count) }
        try writeSyndication(pages!, to: sink)
        let metricChunks = pages!.metricChunks
        let kept = keepingState ? pages : nil
        pages = nil  // without a state to keep, the index is built in the memory the pages held
        // The index is built on one core, the downloads on all: side by side, both cores stay busy.
        let (index, downloads) = try Concurrent.both {
            let index = SearchIndex(model: model)
            try index.write(to: sink)
            return index
        } and: {
            try writeDownloads(model: model, metricChunks: metricChunks, keepingPieces: keepingState, to: sink)
        }
        for (name, data) in theme.assets.sorted(by: { $0.key < $1.key }) {
            try sink.write(data, to: SitePaths.assets + name)
        }
        try sink.write(
            Data("A site built by jingyan: `jingyan build` may replace this folder.\n".utf8), to: SitePaths.marker)
        guard let kept else { return nil }
        return SiteState(
            builder: self, renderer: renderer, pages: kept,
            neighbours: try Concurrent.map(model.practices.count) { model.neighbours(of: $0) },
            searchIndex: index, postingShards: index.postingShards(), articleJSON: downloads.articleJSON!,
            metricRows: downloads.metricRows!)
    }

    /// entries.json, metrics.csv and the metric pages' data. The downloads' pieces are kept for
    /// `update` when asked; otherwise they are made a batch at a time as they are written, as a
    /// base of 100,000 practices makes them too big to hold.
    private func writeDownloads(
        model: SiteModel, metricChunks: [MetricChunk], keepingPieces: Bool, to sink: some SiteSink
    ) throws -> (articleJSON: [Data]?, metricRows: [Data]?) {
        let articleJSON = keepingPieces ? try Exports.encoded(input.articles[...]) : nil
        try sink.stream(to: SitePaths.entriesExport) { append in
            try Exports.entriesJSON(
                articleCount: input.articles.count,
                articles: { range in try articleJSON.map { Array($0[range]) } ?? Exports.encoded(input.articles[range])
                },
                captions: input.captions, into: append)
        }
        let metricRows =
            keepingPieces
            ? try Concurrent.map(model.practices.count) { Exports.metricsCSVRows(of: $0, in: model) } : nil
        try sink.stream(to: SitePaths.metricsExport) { append in
            try Exports.metricsCSV(
                practices: model.practices.count,
                rows: { metricRows?[$0] ?? Exports.metricsCSVRows(of: $0, in: model) }, into: append)
        }
        try write(metricChunks, model: model, to: sink)
        return (articleJSON, metricRows)
    }

    /// Renders the pages (on all cores) into `sink`; `progress` hears how many are done.
    func write(
        _ ids: [PageID], of pages: SitePages, renderer: PageRenderer, to sink: some SiteSink,
        progress: (Int) -> Void = { _ in }
    ) throws {
        _ = try Concurrent.map(ids.count, progress: progress) { number in
            let page = pages.page(ids[number])
            try sink.write(try renderer.render(page), to: page.path)
        }
    }

    /// With a base URL, the sitemap (unless the pages are known to be the same) and the feed.
    func writeSyndication(_ pages: SitePages, samePages: Bool = false, to sink: some SiteSink) throws {
        guard let baseURL else { return }
        let syndication = Syndication(baseURL: baseURL, model: pages.model, edition: pages.edition)
        if !samePages {
            try sink.write(
                Data(syndication.sitemap(pagePaths: pages.pageIDs().map(pages.path)).utf8), to: SitePaths.sitemap)
        }
        if let feed = syndication.feed() { try sink.write(Data(feed.utf8), to: SitePaths.feed) }
    }

    func write(_ chunks: [MetricChunk], model: SiteModel, to sink: some SiteSink) throws {
        _ = try Concurrent.map(chunks.count) { number in
            try sink.write(chunks[number].javaScript(model: model), to: chunks[number].path)
        }
    }

    /// The pages' values, with the fragments they paste already rendered.
    func sitePages(model: SiteModel, renderer: PageRenderer) throws -> SitePages {
        let edition = SeedEdition(articles: input.articles, captions: input.captions)
        var pages = SitePages(
            model: model, captions: input.captions, seedPages: input.seedPages, edition: edition, baseURL: baseURL)
        pages.practicesPerPage = practicesPerPage
        pages.metricChunks = MetricChunk.layout(of: model)
        pages.fragments = try Fragments(pages: pages, renderer: renderer)
        return pages
    }

    /// Every file of the site, keyed by its path relative to the site root.
    public func files() throws -> [String: Data] {
        let sink = MemorySink()
        try write(to: sink)
        return sink.files
    }

    /// The search index alone, as `write(to:)` writes it under `search/`: for timing it apart.
    public func searchIndexFiles() throws -> [String: Data] {
        try SearchIndex(model: try SiteModel(articles: input.articles, naming: input.naming)).files()
    }

    /// Writes the whole site first, then replaces `directory` with it: a build that fails leaves
    /// the previous site as it was.
    /// Files the previous site already had byte for byte are hard links to them rather than
    /// new copies: see `DirectorySink`. Returns how many files it wrote, and made in all.
    @discardableResult
    public func build(
        into directory: URL, progress: (_ rendered: Int, _ total: Int) -> Void = { _, _ in }
    ) throws -> FileCounts {
        var counts = FileCounts(written: 0, total: 0)
        try SiteDirectory.replace(directory) { staging in
            let sink = DirectorySink(root: staging, previous: directory)
            try write(to: sink, progress: progress)
            counts = sink.counts
        }
        return counts
    }
}

/// Renders page values with the theme's templates.
struct PageRenderer: Sendable {
    var library: TemplateSet

    /// A page as its file holds it.
    func render(_ page: PageSpec) throws -> Data {
        Data(try utf8(page.context, template: page.template, for: page.path))
    }

    func render(_ context: any Encodable, template: String, for path: String) throws -> String {
        String(decoding: try utf8(context, template: template, for: path), as: UTF8.self)
    }

    private func utf8(_ context: any Encodable, template: String, for path: String) throws -> [UInt8] {
        guard let html = library.renderUTF8(template, with: try TemplateValue(encoding: context)) else {
            throw SiteBuilder.Error.rendering(page: path, template: template)
        }
        return html
    }
}

/// Where a build puts the site's files. Pages arrive from several threads at once.
public protocol SiteSink: Sendable {
    func write(_ data: Data, to path: String) throws
    /// A file too big to hold whole: `produce` hands it over in pieces, in order.
    func stream(to path: String, _ produce: (_ append: (Data) throws -> Void) throws -> Void) throws
}

/// Keeps the files in memory: for tests and tools that look at a site without writing it.
public final class MemorySink: SiteUpdateSink {
    private let storage = Mutex<[String: Data]>([:])

    public init() {}

    public var files: [String: Data] { storage.withLock { $0 } }

    public func write(_ data: Data, to path: String) throws {
        storage.withLock { $0[path] = data }
    }

    public func stream(to path: String, _ produce: ((Data) throws -> Void) throws -> Void) throws {
        var whole = Data()
        try produce { whole.append($0) }
        try write(whole, to: path)
    }

    public func remove(_ path: String) throws {
        storage.withLock { _ = $0.removeValue(forKey: path) }
    }
}

/// Files a build made: all of them, and those it wrote rather than linked unchanged.
public struct FileCounts: Sendable, Equatable {
    public var written: Int
    public var total: Int

    public init(written: Int, total: Int) {
        self.written = written
        self.total = total
    }
}

/// Writes the files under a folder, making the folders they need.
///
/// With a `previous` site, a file that is there with the same bytes becomes a hard link to it
/// instead of a new file. A rebuild after a small edit then creates and, once the old site is
/// removed, frees the blocks of only the files that changed (freeing is slow on a disk mounted
/// with `discard`: deleting a 10k-entry site took 5 s to a minute), and unchanged files keep
/// their inode and time, so `rsync` to the intranet server sends only what changed. The old
/// site is never written to: readers see it whole until the swap.
public final class DirectorySink: SiteUpdateSink {
    public let root: URL
    public let previous: URL?
    // Paths joined as strings: `URL.appendingPathComponent` asks the file system whether each
    // path is a folder, a `stat` per file written.
    private let rootPath: String
    private let previousPath: String?
    private let madeFolders = Mutex<Set<Substring>>([])
    private let tally = Mutex(FileCounts(written: 0, total: 0))

    /// A sink writing below `root`; a file the same as in `previous` is hard-linked from there.
    public init(root: URL, previous: URL? = nil) {
        self.root = root
        self.previous = previous
        rootPath = root.path
        previousPath = previous?.path
    }

    public var counts: FileCounts { tally.withLock { $0 } }

    public func write(_ data: Data, to path: String) throws {
        let file = try file(path)
        let reused = previousPath.map { linkUnchanged(data, from: $0 + "/" + path, to: file) } ?? false
        if !reused { try UnsyncedFile.write(data, to: file) }
        tally.withLock {
            $0.total += 1
            if !reused { $0.written += 1 }
        }
    }

    /// Links `old` at `new` when it is a regular file holding exactly `data`. Any failure (no such
    /// file, another file system) just means writing the file.
    private func linkUnchanged(_ data: Data, from old: String, to new: String) -> Bool {
        let descriptor = open(old, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG, status.st_size == data.count else {
            return false
        }
        var existing = Data(count: data.count)
        let complete = existing.withUnsafeMutableBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let count = read(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if count < 0, errno == EINTR { continue }
                guard count > 0 else { return false }
                offset += count
            }
            return true
        }
        return complete && existing == data && link(old, new) == 0
    }

    public func stream(to path: String, _ produce: ((Data) throws -> Void) throws -> Void) throws {
        try UnsyncedFile.stream(to: try file(path), produce)
        tally.withLock {
            $0.total += 1
            $0.written += 1
        }
    }

    public func remove(_ path: String) throws { try UnsyncedFile.remove(rootPath + "/" + path) }

    /// The path to write `path` at, its folder made the first time one of its files is written.
    private func file(_ path: String) throws -> String {
        let folder = path.lastIndex(of: "/").map { path[..<$0] } ?? ""
        if madeFolders.withLock({ !$0.contains(folder) }) {
            try FileManager.default.createDirectory(atPath: rootPath + "/" + folder, withIntermediateDirectories: true)
            madeFolders.withLock { _ = $0.insert(folder) }
        }
        return rootPath + "/" + path
    }
}

/// Writing a site folder so that readers see the old one or the new one, never half of each,
/// even when the build is killed (`kill -9`) at any instant.
///
/// The new site is written to a staging folder next to the destination, then the two are
/// exchanged in one atomic step (renameat2 RENAME_EXCHANGE on Linux). Where the system cannot
/// exchange, two renames are used, and a build interrupted between them is rolled back by the
/// next build. Leftovers of interrupted builds are removed at the start of the next one.
public enum SiteDirectory {
    /// Puts a site of `files` (path → bytes) where `destination` is, in one swap.
    public static func replace(_ destination: URL, with files: [String: Data]) throws {
        try replace(destination) { staging in
            let sink = DirectorySink(root: staging)
            for (path, data) in files.sorted(by: { $0.key < $1.key }) { try sink.write(data, to: path) }
        }
    }

    /// Runs `write` on an empty staging folder, then puts that folder where `destination` was.
    /// A destination that is a link to a folder (a deploy folder) is that folder: the link stays.
    public static func replace(_ link: URL, write: (_ staging: URL) throws -> Void) throws {
        let destination = link.resolvingSymlinksInPath()
        let fileManager = FileManager.default
        let parent = destination.deletingLastPathComponent()
        try fileManager.createDirectory(at: parent, withIntermediateDirectories: true)
        // One build at a time (a lock on the folder that holds the site): another's staging
        // folder is no leftover.
        let lock = try FolderLock(on: parent) { message in
            FileHandle.standardError.write(Data((message + "\n").utf8))
        }
        defer { withExtendedLifetime(lock) {} }
        try recoverInterruptedBuilds(of: destination)
        // Next to the destination, so the final moves are renames within one file system.
        let token = UUID().uuidString
        let staging = parent.appendingPathComponent("\(stagingPrefix(destination))\(token)")
        let retired = parent.appendingPathComponent("\(retiredPrefix(destination))\(token)")
        do {
            try fileManager.createDirectory(at: staging, withIntermediateDirectories: false)
            try write(staging)
            if !fileManager.fileExists(atPath: destination.path) {
                try fileManager.moveItem(at: staging, to: destination)
            } else if jingyan_rename_exchange(staging.path, destination.path) == 0 {
                try? fileManager.removeItem(at: staging)  // now the old site
            } else {
                try fileManager.moveItem(at: destination, to: retired)
                do {
                    try fileManager.moveItem(at: staging, to: destination)
                } catch {
                    try? fileManager.moveItem(at: retired, to: destination)
                    throw error
                }
                try? fileManager.removeItem(at: retired)
            }
        } catch {
            try? fileManager.removeItem(at: staging)
            throw error
        }
    }

    static func stagingPrefix(_ destination: URL) -> String { ".\(destination.lastPathComponent).building-" }
    static func retiredPrefix(_ destination: URL) -> String { ".\(destination.lastPathComponent).old-" }

    /// Puts back a site a killed build had moved aside, and removes half-written staging folders.
    static func recoverInterruptedBuilds(of destination: URL) throws {
        let fileManager = FileManager.default
        let parent = destination.deletingLastPathComponent()
        let names = (try? fileManager.contentsOfDirectory(atPath: parent.path))?.sorted() ?? []
        for name in names where name.hasPrefix(retiredPrefix(destination)) {
            let retired = parent.appendingPathComponent(name)
            if fileManager.fileExists(atPath: destination.path) {
                try fileManager.removeItem(at: retired)
            } else {
                try fileManager.moveItem(at: retired, to: destination)
            }
        }
        for name in names where name.hasPrefix(stagingPrefix(destination)) {
            try fileManager.removeItem(at: parent.appendingPathComponent(name))
        }
    }
}

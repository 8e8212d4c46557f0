import Foundation
import JingyanLayout
import JingyanModel
import JingyanSupport
import Synchronization

extension SiteInput {
    /// The seed pages the articles cite in `directory`, keyed as the articles cite them.
    /// A cited file is looked up by its file name, so the seeds can live in any folder; one that
    /// is not there is left out (its provenance then shows no original text).
    /// Without a `cache` each page is read for its line count alone, and its lines are read
    /// again when its article pages are rendered (`CitedSeedPages.holding`); with one, every page
    /// is held, and a page whose file has not changed since it was cached is not read again.
    public static func seedPages(
        citedBy articles: [Article], in directory: URL, cache: SeedPageCache? = nil
    ) throws -> CitedSeedPages {
        var pages = CitedSeedPages()
        let root = directory.resolvingSymlinksInPath().standardizedFileURL.path
        for cited in Set(articles.map(\.source.file)).sorted() {
            let file = directory.appendingPathComponent((cited as NSString).lastPathComponent)
            let stamp = cache == nil ? nil : FileStamp.settled(path: file.path)
            if let stamp, let cached = cache?.page(cited, stamp: stamp) {
                pages.hold(cached, for: cited)
                continue
            }
            // Only files inside the seeds folder: a link out of it is not followed.
            guard FileManager.default.fileExists(atPath: file.path),
                file.resolvingSymlinksInPath().standardizedFileURL.path.hasPrefix(root + "/")
            else { continue }
            let lines = try CitedSeedPages.read(file, cited: cited)
            if cache == nil {
                pages.refer(cited, to: file, lineCount: lines.count)
            } else {
                pages.hold(lines, for: cited)
                if let stamp { cache?.keep(lines, for: cited, stamp: stamp) }
            }
        }
        return pages
    }
}

/// The seed pages the articles cite, keyed by the path that `SourceRef.file` uses
/// ("seeds/000_x.txt"): each page's line count, which a practice's provenance needs, and its
/// lines, which only its articles' pages show. A page is either held or referred to by its
/// file, whose lines `holding` reads for a round of article pages. A page not found has no lines.
public struct CitedSeedPages: Sendable, Equatable {
    private var held: [String: PrintedLines] = [:]
    private var files: [String: File] = [:]

    /// A page referred to by its file: its line count and stamp when it was counted.
    private struct File: Sendable, Equatable {
        var url: URL
        var lineCount: Int
        var stamp: FileStamp?
    }

    /// Every page held.
    public init(_ held: [String: PrintedLines] = [:]) { self.held = held }

    mutating func hold(_ lines: PrintedLines, for cited: String) { held[cited] = lines }

    mutating func refer(_ cited: String, to url: URL, lineCount: Int) {
        files[cited] = File(url: url, lineCount: lineCount, stamp: FileStamp(path: url.path))
    }

    func lineCount(of cited: String) -> Int { files[cited]?.lineCount ?? held[cited]?.count ?? 0 }

    /// The page's lines when it is held; empty otherwise.
    func lines(of cited: String) -> PrintedLines { held[cited] ?? [] }

    /// These pages with the lines of `pages` held, read again from their files (a file gone
    /// since leaves its page without lines).
    func holding(_ pages: some Sequence<String>) throws -> CitedSeedPages {
        var holding = self
        for cited in pages {
            guard held[cited] == nil, let file = files[cited],
                FileManager.default.fileExists(atPath: file.url.path)
            else { continue }
            holding.held[cited] = try Self.read(file.url, cited: cited)
        }
        return holding
    }

    /// These pages with every page held.
    func holdingAll() throws -> CitedSeedPages { try holding(files.keys.sorted()) }

    static func read(_ file: URL, cited: String) throws -> PrintedLines {
        PrintedLines(PageText.printedLines(of: try SeedReader.decode(Data(contentsOf: file), file: cited)))
    }
}

/// Seed pages as read, by the stamp of their file (`FileStamp`): `jingyan serve` reads the cited
/// pages again for every rebuild, and with this only those that changed.
public final class SeedPageCache: Sendable {
    private let pages = Mutex<[String: (stamp: FileStamp, lines: PrintedLines)]>([:])

    public init() {}

    func page(_ cited: String, stamp: FileStamp) -> PrintedLines? {
        pages.withLock { $0[cited].flatMap { $0.stamp == stamp ? $0.lines : nil } }
    }

    func keep(_ lines: PrintedLines, for cited: String, stamp: FileStamp) {
        pages.withLock { $0[cited] = (stamp, lines) }
    }
}

/// A seed page's printed lines, kept as one string and where each line starts: an array of line
/// strings would hold a String (and its allocation) per line.
public struct PrintedLines: Sendable, Equatable, ExpressibleByArrayLiteral {
    /// The lines, each followed by a line feed.
    private var text: [UInt8] = []
    /// Where each line starts in `text`, then where the text ends.
    private var starts: [Int32] = [0]

    /// The lines, each without its line end. The storage is sized once to fit: grown line by
    /// line, it would hold up to twice the page.
    public init(_ lines: some Collection<some StringProtocol>) {
        text.reserveCapacity(lines.reduce(0) { $0 + $1.utf8.count + 1 })
        starts.reserveCapacity(lines.count + 1)
        for line in lines {
            text.append(contentsOf: line.utf8)
            text.append(0x0A)
            starts.append(Int32(text.count))
        }
    }

    public init(arrayLiteral lines: String...) { self.init(lines) }

    public var count: Int { starts.count - 1 }

    public subscript(index: Int) -> String {
        String(decoding: text[Int(starts[index])..<Int(starts[index + 1]) - 1], as: UTF8.self)
    }
}

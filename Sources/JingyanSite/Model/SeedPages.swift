import Foundation
import JingyanLayout
import JingyanModel
import JingyanSupport
import Synchronization

extension SiteInput {
    /// Reads the seed pages the articles cite from `directory`, keyed as the articles cite them.
    /// A cited file is looked up by its file name, so the seeds can live in any folder; one that
    /// is not there is left out (its provenance then shows no original text).
    /// With a `cache`, a page whose file has not changed since it was cached is not read again.
    public static func seedPages(
        citedBy articles: [Article], in directory: URL, cache: SeedPageCache? = nil
    ) throws -> [String: PrintedLines] {
        var pages: [String: PrintedLines] = [:]
        let root = directory.resolvingSymlinksInPath().standardizedFileURL.path
        for cited in Set(articles.map(\.source.file)).sorted() {
            let file = directory.appendingPathComponent((cited as NSString).lastPathComponent)
            let stamp = cache == nil ? nil : FileStamp.settled(path: file.path)
            if let stamp, let cached = cache?.page(cited, stamp: stamp) {
                pages[cited] = cached
                continue
            }
            // Only files inside the seeds folder: a link out of it is not followed.
            guard FileManager.default.fileExists(atPath: file.path),
                file.resolvingSymlinksInPath().standardizedFileURL.path.hasPrefix(root + "/")
            else { continue }
            let text = try SeedReader.decode(Data(contentsOf: file), file: cited)
            pages[cited] = PrintedLines(PageText.printedLines(of: text))
            if let stamp { cache?.keep(pages[cited]!, for: cited, stamp: stamp) }
        }
        return pages
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
    /// line, it would hold up to twice the page, and every cited page is held.
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

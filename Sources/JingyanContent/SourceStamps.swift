import Foundation
import JingyanModel
import JingyanSupport

/// The printed lines of the seed pages, each as a hash, by the name content files cite them
/// with ("seeds/000_x.txt"): what tells whether a page still holds, at the lines a content
/// file names, the text that file was extracted from. Hashes, not the lines: a page's text
/// need not stay in memory while content/ is written.
public struct SeedLines: Sendable {
    private var pages: [String: [UInt64]]

    /// `pages` holds the hash of each printed line (`lineHashes`), by cited name.
    public init(pages: [String: [UInt64]] = [:]) {
        self.pages = pages
    }

    /// The hash of each line, in order.
    public static func lineHashes(_ lines: some Sequence<some StringProtocol>) -> [UInt64] {
        lines.map { StableHash.value($0.utf8) }
    }

    /// The fingerprint of the lines `source` names as the page holds them now; nil when the
    /// page is not known here. Lines past the page's end count as missing text.
    func fingerprint(of source: SourceRef) -> String? {
        guard let lines = pages[source.file] else { return nil }
        guard source.firstLine >= 1, source.firstLine <= source.lastLine, source.lastLine <= lines.count else {
            return ""
        }
        let hashes = lines[(source.firstLine - 1)..<source.lastLine]
        return StableHash.hex(
            hashes.lazy.flatMap { hash in (0..<8).lazy.map { UInt8(truncatingIfNeeded: hash >> ($0 * 8)) } })
    }
}

/// The seed lines one content file was extracted from and their fingerprint then, kept in the
/// manifest: a hand edit is kept across extractions, and when the seed changes under it (lines
/// deleted above it shift every later practice to another id) the edit would otherwise sit on
/// a practice whose text the seed no longer holds there, with nobody told.
struct SourceStamp: Codable, Equatable, Sendable {
    var file: String
    var lines: [Int]
    var fingerprint: String

    init?(_ source: SourceRef, in seedLines: SeedLines) {
        guard let fingerprint = seedLines.fingerprint(of: source) else { return nil }
        self.file = source.file
        self.lines = source.lines
        self.fingerprint = fingerprint
    }

    var source: SourceRef { SourceRef(file: file, lines: (lines.first ?? 0)...(lines.last ?? 0)) }
}

/// A hand-edited content file whose seed lines no longer hold the text it was extracted from.
public struct StaleEdit: Equatable, Sendable {
    /// The edited file, relative to content/.
    public var path: String
    /// The lines it names, which now hold something else.
    public var source: SourceRef
    /// Where the page holds that text now, and the file extracted from there (the edited
    /// file's own `.new` when the practice kept its number), if the page still has it.
    public var now: Found?

    /// A content file and the seed lines its practice is read from.
    public struct Found: Equatable, Sendable {
        public var path: String
        public var source: SourceRef
    }

    /// What to tell the person, after the file's name; paths under `contentFolder`.
    public func explanation(contentFolder: String) -> String {
        let lines =
            """
            lines \(source.firstLine)–\(source.lastLine) of \(source.file) \
            no longer hold the text this file was extracted from
            """
        guard let now else {
            return
                """
                \(lines), and the page no longer has it: delete the file \
                if the practice is gone, or correct its text and source
                """
        }
        let newLines = "lines \(now.source.firstLine)–\(now.source.lastLine)"
        if now.path == path || now.path == path + ".new" {
            return
                """
                \(lines); it is now at \(newLines), as in \
                \(contentFolder)/\(path).new: correct `lines:` under `source:` here
                """
        }
        return "\(lines); that text is now at \(newLines), extracted into \(contentFolder)/\(now.path): "
            + "move your edit there, then delete this file"
    }
}

extension ContentWriter {
    /// Hand-edited files (their bytes differ from what extract wrote) whose seed lines changed
    /// since extract wrote them, as problems located at their `source:` line. Pages not in
    /// `seedLines` are not judged.
    public static func staleEdits(in directory: URL, seedLines: SeedLines) throws -> [ContentError] {
        let manifest = try Manifest.load(from: directory.appendingPathComponent(manifestPath))
        let edited = manifest.sources.keys.filter { path in
            !path.hasSuffix(".new") && ContentPaths.isInside(path)
                && (try? Data(contentsOf: directory.appendingPathComponent(path))).map(Fingerprint.of)
                    != manifest.files[path]
        }
        let folder = directory.lastPathComponent  // as the loader names content files
        return staleEdits(among: edited, manifest: manifest, seedLines: seedLines).map { edit in
            let data = (try? Data(contentsOf: directory.appendingPathComponent(edit.path))) ?? Data()
            return ContentError(
                file: folder + "/" + edit.path, line: sourceLine(in: data),
                message: edit.explanation(contentFolder: folder))
        }
    }

    /// Of `kept` (hand-edited files, present), those whose seed lines changed since they were
    /// extracted, each with where the page holds its text now: first the file's own `.new`
    /// (its practice kept its number), else the first file in path order whose stamped lines
    /// still hold that text.
    static func staleEdits(among kept: [String], manifest: Manifest, seedLines: SeedLines) -> [StaleEdit] {
        let stale = kept.sorted().compactMap { path -> (path: String, stamp: SourceStamp)? in
            guard let stamp = manifest.sources[path], let now = seedLines.fingerprint(of: stamp.source),
                now != stamp.fingerprint
            else { return nil }
            return (path, stamp)
        }
        guard !stale.isEmpty else { return [] }
        var found: [String: StaleEdit.Found] = [:]
        for (path, stamp) in manifest.sources.sorted(by: { $0.key < $1.key })
        where found[stamp.fingerprint] == nil && seedLines.fingerprint(of: stamp.source) == stamp.fingerprint {
            found[stamp.fingerprint] = StaleEdit.Found(path: path, source: stamp.source)
        }
        return stale.map { path, stamp in
            let own = manifest.sources[path + ".new"].flatMap {
                $0.fingerprint == stamp.fingerprint ? StaleEdit.Found(path: path, source: $0.source) : nil
            }
            return StaleEdit(path: path, source: stamp.source, now: own ?? found[stamp.fingerprint])
        }
    }

    /// The line of the front matter's `source:` key, as the loader locates keys.
    static func sourceLine(in file: Data) -> Int? {
        guard let parts = try? FrontMatter.split(String(decoding: file, as: UTF8.self)) else { return nil }
        return ContentLoader.lineOf("source", in: parts.yaml, firstLine: parts.yamlFirstLine)
    }
}

import Foundation
import JingyanModel

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
        return StableHash.hex(hashes.lazy.flatMap { hash in (0..<8).lazy.map { UInt8(truncatingIfNeeded: hash >> ($0 * 8)) } })
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

    public struct Found: Equatable, Sendable {
        public var path: String
        public var source: SourceRef
    }

    /// What to tell the person, after the file's name; paths under `contentFolder`.
    public func explanation(contentFolder: String) -> String {
        let lines = "lines \(source.firstLine)–\(source.lastLine) of \(source.file) no longer hold the text this file was extracted from"
        guard let now else {
            return "\(lines), and the page no longer has it: delete the file if the practice is gone, or correct its text and source"
        }
        let newLines = "lines \(now.source.firstLine)–\(now.source.lastLine)"
        if now.path == path || now.path == path + ".new" {
            return "\(lines); it is now at \(newLines), as in \(contentFolder)/\(path).new: correct `lines:` under `source:` here"
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
        // Files (and .new files) whose seed lines still hold what they were extracted from.
        let current = manifest.sources.filter { seedLines.fingerprint(of: $0.value.source) == $0.value.fingerprint }
        let found = Self.found(byFingerprint: current)
        var problems: [ContentError] = []
        for (path, stamp) in manifest.sources.sorted(by: { $0.key < $1.key })
        where ContentPaths.isInside(path) && !path.hasSuffix(".new") {
            let url = directory.appendingPathComponent(path)
            guard let now = seedLines.fingerprint(of: stamp.source), now != stamp.fingerprint,
                let data = try? Data(contentsOf: url), Fingerprint.of(data) != manifest.files[path]
            else { continue }
            let edit = StaleEdit(path: path, source: stamp.source, now: found[stamp.fingerprint])
            let folder = directory.lastPathComponent  // as the loader names content files
            let message = edit.explanation(contentFolder: folder)
            problems.append(ContentError(file: folder + "/" + path, line: sourceLine(in: data), message: message))
        }
        return problems
    }

    /// Of files by their stamps, the first in path order for each fingerprint.
    static func found(byFingerprint stamps: [String: SourceStamp]) -> [String: StaleEdit.Found] {
        var found: [String: StaleEdit.Found] = [:]
        for (path, stamp) in stamps.sorted(by: { $0.key < $1.key }) where found[stamp.fingerprint] == nil {
            found[stamp.fingerprint] = StaleEdit.Found(path: path, source: stamp.source)
        }
        return found
    }

    /// The line of the front matter's `source:` key, counted from 1.
    static func sourceLine(in file: Data) -> Int? {
        var line = 1
        var atLineStart = true
        let key = Array("source:".utf8)
        for index in file.indices {
            if atLineStart, file[index...].starts(with: key) { return line }
            atLineStart = file[index] == 0x0A
            if atLineStart { line += 1 }
        }
        return nil
    }

    /// The kept edits (and kept orphans) whose seed lines changed, each with where the new
    /// extraction put its text, if anywhere. `extracted` holds the seed lines of each file just
    /// extracted, by its path (an edited file's own path for its `.new`).
    static func staleEdits(
        among kept: [String], manifest: Manifest, seedLines: SeedLines, extracted: [String: SourceStamp]
    ) -> [StaleEdit] {
        let found = Self.found(byFingerprint: extracted)
        return kept.sorted().compactMap { path in
            guard let stamp = manifest.sources[path], let now = seedLines.fingerprint(of: stamp.source),
                now != stamp.fingerprint
            else { return nil }
            // The practice that kept its number comes first: its lines only moved.
            let own = extracted[path].flatMap { $0.fingerprint == stamp.fingerprint ? StaleEdit.Found(path: path, source: $0.source) : nil }
            return StaleEdit(path: path, source: stamp.source, now: own ?? found[stamp.fingerprint])
        }
    }
}

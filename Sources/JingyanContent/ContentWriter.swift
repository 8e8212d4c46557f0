import Foundation
import JingyanModel

/// Writes an extraction into content/ without ever destroying a hand edit.
///
/// content/.jingyan/manifest.json records a fingerprint of every file as extract last wrote it.
/// A file whose bytes no longer match its fingerprint was edited by hand: it is kept, and the new
/// extraction is put beside it as `<file>.new` for the user to compare and take over (by deleting
/// the edited file, or with `--discard-edits`). Files extract wrote before and no longer
/// produces are removed only when untouched. Each file is replaced atomically.
public struct ContentWriter {
    public let directory: URL
    /// Overwrite hand-edited files too.
    public var discardEdits = false

    public init(directory: URL, discardEdits: Bool = false) {
        self.directory = directory
        self.discardEdits = discardEdits
    }

    public struct Report: Equatable {
        public var written: [String] = []
        public var unchanged: [String] = []
        /// Hand-edited files kept as they were; the new extraction is in `<file>.new`.
        public var keptEdits: [String] = []
        public var removed: [String] = []
    }

    static let manifestPath = ".jingyan/manifest.json"

    /// The files an extraction becomes, by path relative to content/. Rendered on all cores.
    public static func files(for extraction: Extraction) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for articleFiles in try extraction.articles.concurrentMap { try Self.files(for: $0) } {
            for (path, data) in articleFiles { files[path] = data }
        }
        for caption in extraction.captions {
            let id = ContentPaths.captionID(caption)
            files[ContentPaths.caption(id: id)] = Data(try FrontMatter.render(CaptionHeader(caption, id: id), body: caption.text).utf8)
        }
        return files
    }

    static func files(for article: Article) throws -> [(path: String, data: Data)] {
        var files = [(ContentPaths.article(article), Data(try FrontMatter.render(ArticleHeader(article), body: article.lede).utf8))]
        for (sectionIndex, section) in article.sections.enumerated() {
            for practice in section.practices {
                let header = PracticeHeader(practice, article: article.id, section: sectionIndex + 1)
                files.append((ContentPaths.practice(practice, of: article), Data(try FrontMatter.render(header, body: practice.text).utf8)))
            }
        }
        return files
    }

    public func write(_ extraction: Extraction) throws -> Report {
        let files = try Self.files(for: extraction)
        var manifest = try Manifest.load(from: directory.appendingPathComponent(Self.manifestPath))
        var report = Report()
        var writes: [(data: Data, url: URL)] = []
        var staleSideFiles: [URL] = []
        let paths = files.keys.sorted()
        let directory = directory
        let existingFiles = paths.concurrentMap { try? Data(contentsOf: directory.appendingPathComponent($0)) }
        for (path, existing) in zip(paths, existingFiles) {
            let data = files[path]!
            let url = directory.appendingPathComponent(path)
            let sideFile = url.appendingPathExtension("new")
            if let existing {
                if existing == data {
                    report.unchanged.append(path)
                    manifest.files[path] = Fingerprint.of(data)
                    staleSideFiles.append(sideFile)
                    continue
                }
                if manifest.files[path] != Fingerprint.of(existing), !discardEdits {
                    report.keptEdits.append(path)
                    writes.append((data, sideFile))
                    continue
                }
            }
            writes.append((data, url))
            staleSideFiles.append(sideFile)
            manifest.files[path] = Fingerprint.of(data)
            report.written.append(path)
        }
        try AtomicFile.write(writes)
        for sideFile in staleSideFiles { try removeIfPresent(sideFile) }
        for path in manifest.files.keys.sorted() where files[path] == nil {
            let url = directory.appendingPathComponent(path)
            guard let existing = try? Data(contentsOf: url) else {
                manifest.files[path] = nil
                continue
            }
            if manifest.files[path] == Fingerprint.of(existing) || discardEdits {
                try FileManager.default.removeItem(at: url)
                removeEmptyFolders(from: url.deletingLastPathComponent())
                manifest.files[path] = nil
                report.removed.append(path)
            } else {
                report.keptEdits.append(path)
            }
        }
        try manifest.save(to: directory.appendingPathComponent(Self.manifestPath))
        return report
    }

    func removeIfPresent(_ url: URL) throws {
        if FileManager.default.fileExists(atPath: url.path) { try FileManager.default.removeItem(at: url) }
    }

    func removeEmptyFolders(from folder: URL) {
        var current = folder.standardizedFileURL
        let root = directory.standardizedFileURL
        while current.path.hasPrefix(root.path + "/"),
            (try? FileManager.default.contentsOfDirectory(atPath: current.path))?.isEmpty == true
        {
            try? FileManager.default.removeItem(at: current)
            current = current.deletingLastPathComponent()
        }
    }
}

/// Fingerprints of the files extract wrote, by path relative to content/.
struct Manifest: Codable {
    var files: [String: String] = [:]

    static func load(from url: URL) throws -> Manifest {
        guard let data = try? Data(contentsOf: url) else { return Manifest() }
        do {
            return try JSONDecoder().decode(Manifest.self, from: data)
        } catch {
            throw ContentError(file: url.path, line: nil, message: "the extract manifest is damaged (\(error)); delete it to treat every existing file as hand-edited")
        }
    }

    func save(to url: URL) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        try AtomicFile.write(try encoder.encode(self), to: url)
    }
}

/// Fingerprint of a file's bytes (see `StableHash`).
enum Fingerprint {
    static func of(_ data: Data) -> String { data.withUnsafeBytes { StableHash.hex($0) } }  // Data's own iterator is slow
}

/// Writes a file by writing a temporary sibling and renaming it over the target, so a reader or
/// a crash never sees half a file.
public enum AtomicFile {
    public static func write(_ data: Data, to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url, options: .atomic)
    }

    /// Many files at once: every temporary sibling is written (on all cores), the file system is
    /// flushed once — not once per file, which made writing content/ take seconds — and only then
    /// is each renamed over its target. A failure before the renames leaves every target as it was.
    public static func write(_ files: [(data: Data, url: URL)]) throws {
        for folder in Set(files.map { $0.url.deletingLastPathComponent() }) {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        }
        let temporaries = files.map { $0.url.deletingLastPathComponent().appendingPathComponent(".\($0.url.lastPathComponent).jingyan-tmp") }
        do {
            _ = try files.indices.concurrentMap { index in
                do throws(UnsyncedFile.WriteError) {
                    try UnsyncedFile.write(files[index].data, to: temporaries[index].path)
                } catch {
                    throw ContentError(file: files[index].url.path, line: nil, message: "cannot be written: \(error.reason)")
                }
            }
            sync()
            for (temporary, file) in zip(temporaries, files) where rename(temporary.path, file.url.path) != 0 {
                throw ContentError(file: file.url.path, line: nil, message: "cannot be written: \(String(cString: strerror(errno)))")
            }
        } catch {
            for temporary in temporaries { try? FileManager.default.removeItem(at: temporary) }
            throw error
        }
    }
}

/// A problem in content/, located as `file:line: message`.
public struct ContentError: Error, CustomStringConvertible, Equatable {
    public var file: String
    public var line: Int?
    public var message: String

    public init(file: String, line: Int?, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String { line.map { "\(file):\($0): \(message)" } ?? "\(file): \(message)" }
}

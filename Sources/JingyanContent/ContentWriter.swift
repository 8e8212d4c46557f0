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
        /// Hand-edited files the new extraction no longer has (no `.new` beside them): kept.
        public var keptOrphans: [String] = []
        /// `.new` files the person edited, kept though the file beside them was written anew.
        public var keptNewFiles: [String] = []
        public var removed: [String] = []
    }

    static let manifestPath = ".jingyan/manifest.json"

    /// Articles (or captions) rendered, compared with content/ and staged at a time: only their
    /// files and the files they replace are in memory at once, not every file of the base (which
    /// took a gigabyte at 100,000 practices).
    static let batchSize = 256

    /// The files one unit of an extraction becomes, by path relative to content/: an article
    /// with its practices (units `0..<articles.count`), or a caption (the units after).
    static func files(forUnit unit: Int, of extraction: Extraction) throws -> [(path: String, data: Data)] {
        guard unit >= extraction.articles.count else { return try files(for: extraction.articles[unit]) }
        let caption = extraction.captions[unit - extraction.articles.count]
        let id = ContentPaths.captionID(caption)
        return [(ContentPaths.caption(id: id), Data(try FrontMatter.render(CaptionHeader(caption, id: id), body: caption.text).utf8))]
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

    /// The unit each path comes from; of two that give one path, the later wins.
    static func producers(in extraction: Extraction) -> [String: Int] {
        var producers: [String: Int] = [:]
        for (unit, article) in extraction.articles.enumerated() {
            producers[ContentPaths.article(article)] = unit
            for practice in article.practices { producers[ContentPaths.practice(practice, of: article)] = unit }
        }
        for (offset, caption) in extraction.captions.enumerated() {
            producers[ContentPaths.caption(id: ContentPaths.captionID(caption))] = extraction.articles.count + offset
        }
        return producers
    }

    /// Writes the extraction in batches (see `batchSize`): each batch's new files are staged as
    /// temporaries, and only after the last one is the file system flushed, once, and every file
    /// renamed over its target. A failure before that leaves content/ as it was. Files from the
    /// seed pages in `keeping` (pages that could not be read this time) stay as they are.
    public func write(_ extraction: Extraction, keeping seedPages: Set<String> = []) throws -> Report {
        let producers = Self.producers(in: extraction)
        var manifest = try Manifest.load(from: directory.appendingPathComponent(Self.manifestPath))
        var report = Report()
        var staged = StagedFiles()
        var staleSideFiles: [String] = []
        var previous: [String: String?] = [:]  // manifest entries of the files replaced  // paths, not URLs: a URL per file of a large base weighs tens of MB
        let directory = directory
        let unitCount = extraction.articles.count + extraction.captions.count
        do {
            for batchStart in stride(from: 0, to: unitCount, by: Self.batchSize) {
                let files = try (batchStart..<min(batchStart + Self.batchSize, unitCount)).concurrentMap { unit in
                    // Of one path twice, the later file, as in a dictionary of all files.
                    Dictionary(try Self.files(forUnit: unit, of: extraction), uniquingKeysWith: { $1 })
                        .filter { producers[$0.key] == unit }.sorted { $0.key < $1.key }.map { (path: $0.key, data: $0.value) }
                }.joined()
                let existingFiles = files.map(\.path).concurrentMap { try? Data(contentsOf: directory.appendingPathComponent($0)) }
                var writes: [StagedFiles.Write] = []
                for ((path, data), existing) in zip(files, existingFiles) {
                    let url = directory.appendingPathComponent(path)
                    let sideFile = path + ".new"
                    if let existing {
                        if existing == data {
                            report.unchanged.append(path)
                            manifest.files[path] = Fingerprint.of(data)
                            staleSideFiles.append(sideFile)
                            continue
                        }
                        if manifest.files[path] != Fingerprint.of(existing), !discardEdits {
                            report.keptEdits.append(path)
                            writes.append(StagedFiles.Write(data: data, url: directory.appendingPathComponent(sideFile)))
                            manifest.files[sideFile] = Fingerprint.of(data)  // to tell an edit of it later
                            continue
                        }
                    }
                    // Replaced only if it is still as read: an edit saved meanwhile is kept.
                    writes.append(StagedFiles.Write(data: data, url: url, expected: existing.map(Fingerprint.of) ?? ""))
                    staleSideFiles.append(sideFile)
                    previous[path] = manifest.files[path]
                    manifest.files[path] = Fingerprint.of(data)
                    report.written.append(path)
                }
                try staged.stage(writes)
            }
            for url in try staged.commit() {
                // Edited while extract ran: the new extraction went beside it.
                let path = String(url.path.dropFirst(directory.path.count + 1))
                manifest.files[path] = previous[path] ?? nil
                report.written.removeAll { $0 == path }
                report.keptEdits.append(path)
                staleSideFiles.removeAll { $0 == path + ".new" }
            }
        } catch {
            staged.discard()
            throw error
        }
        // In path order, as when every file was compared at once.
        report.written.sort()
        report.unchanged.sort()
        report.keptEdits.sort()
        for sideFile in staleSideFiles { try removeSideFile(sideFile, manifest: &manifest, report: &report) }
        for path in manifest.files.keys.sorted() where producers[path] == nil && !path.hasSuffix(".new") {
            // A manifest is committed with the content: one naming a path outside content/
            // ("../seeds/x.txt") must not make extract delete it.
            guard ContentPaths.isInside(path) else {
                manifest.files[path] = nil
                continue
            }
            let url = directory.appendingPathComponent(path)
            guard let existing = try? Data(contentsOf: url) else {
                manifest.files[path] = nil
                continue
            }
            if seedPages.contains(where: { Self.comes(existing, from: $0) }) { continue }
            if manifest.files[path] == Fingerprint.of(existing) || discardEdits {
                try FileManager.default.removeItem(at: url)
                removeEmptyFolders(from: url.deletingLastPathComponent())
                manifest.files[path] = nil
                report.removed.append(path)
            } else {
                report.keptOrphans.append(path)
            }
        }
        try manifest.save(to: directory.appendingPathComponent(Self.manifestPath))
        return report
    }

    /// True when a content file's source is the seed page: its front matter says `file: <seed>`.
    static func comes(_ file: Data, from seedPage: String) -> Bool {
        file.range(of: Data("\n  file: \(seedPage)\n".utf8)) != nil
    }

    /// Removes a `.new` file extract wrote beside an edited file, now that it is no longer
    /// needed: unless the person edited it since (it differs from what extract wrote, or, written
    /// before the manifest recorded side files, from the file it stood beside), then it is kept.
    func removeSideFile(_ sideFile: String, manifest: inout Manifest, report: inout Report) throws {
        let url = directory.appendingPathComponent(sideFile)
        defer { if !report.keptNewFiles.contains(sideFile) { manifest.files[sideFile] = nil } }
        guard let existing = try? Data(contentsOf: url) else { return }
        let written = manifest.files[sideFile]
            ?? (try? Data(contentsOf: directory.appendingPathComponent(String(sideFile.dropLast(4))))).map(Fingerprint.of)
        guard Fingerprint.of(existing) == written || discardEdits else {
            report.keptNewFiles.append(sideFile)
            return
        }
        try removeIfPresent(url)
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
}

/// Many files replaced together, handed over in batches so that they need not all be in memory:
/// each batch's temporary siblings are written (on all cores) as it comes; `commit` flushes the
/// file system once — not once per file, which made writing content/ take seconds — and only
/// then renames each over its target. Until then every target is as it was, and `discard`
/// removes the temporaries.
public struct StagedFiles {
    /// One file to write: `expected` is the fingerprint its target must still have at commit
    /// ("" for no file), nil for a target replaced whatever it holds.
    public struct Write: Sendable {
        public var data: Data
        public var url: URL
        public var expected: String?

        public init(data: Data, url: URL, expected: String? = nil) {
            self.data = data
            self.url = url
            self.expected = expected
        }
    }

    /// File system paths, not URLs: a URL per file of a large base weighs tens of MB.
    private var staged: [(temporary: String, target: String, expected: String?)] = []
    private var folders: Set<URL> = []

    public init() {}

    public mutating func stage(_ files: [Write]) throws {
        for folder in Set(files.map { $0.url.deletingLastPathComponent() }) where !folders.contains(folder) {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            folders.insert(folder)
        }
        let temporaries = files.map { $0.url.deletingLastPathComponent().appendingPathComponent(".\($0.url.lastPathComponent).jingyan-tmp").path }
        // Before writing: `discard` finds half-written ones too.
        staged += files.indices.map { (temporary: temporaries[$0], target: files[$0].url.path, expected: files[$0].expected) }
        _ = try files.indices.concurrentMap { index in
            do throws(UnsyncedFile.WriteError) {
                try UnsyncedFile.write(files[index].data, to: temporaries[index])
            } catch {
                throw ContentError(file: files[index].url.path, line: nil, message: "cannot be written: \(error.reason)")
            }
        }
    }

    /// Flushes, then renames each file over its target; a target changed since it was read gets
    /// the file beside it as `<target>.new` instead. Returns those targets.
    @discardableResult
    public func commit() throws -> [URL] {
        sync()
        var diverted: [URL] = []
        // In path order, whatever order the batches came in: a failed rename stops at the same place.
        for (temporary, target, expected) in staged.sorted(by: { $0.target < $1.target }) {
            var destination = target
            if let expected, Self.fingerprint(ofFileAt: target) != expected {
                destination = target + ".new"
                diverted.append(URL(fileURLWithPath: target))
            }
            if rename(temporary, destination) != 0 {
                throw ContentError(file: destination, line: nil, message: "cannot be written: \(String(cString: strerror(errno)))")
            }
        }
        return diverted
    }

    /// The file's fingerprint, "" when there is none.
    static func fingerprint(ofFileAt path: String) -> String {
        (try? Data(contentsOf: URL(fileURLWithPath: path))).map(Fingerprint.of) ?? ""
    }

    public func discard() {
        for file in staged { try? FileManager.default.removeItem(atPath: file.temporary) }
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

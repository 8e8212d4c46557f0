import Foundation
import JingyanModel
import JingyanSupport

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

    /// A writer into the content folder `directory`; `discardEdits` overwrites hand-edited files.
    public init(directory: URL, discardEdits: Bool = false) {
        self.directory = directory
        self.discardEdits = discardEdits
    }

    /// What a write did with each file, by path.
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
        /// Kept edits whose seed lines no longer hold the text they were extracted from.
        public var staleEdits: [StaleEdit] = []
    }

    static let manifestPath = ".jingyan/manifest.json"

    /// Articles (or captions) rendered, compared with content/ and staged at a time: only their
    /// files and the files they replace are in memory at once, not every file of the base.
    static let batchSize = 256

    /// One file an extraction becomes, by path relative to content/, with the seed lines it
    /// comes from.
    struct ContentFile {
        var path: String
        var data: Data
        var source: SourceRef
    }

    /// The files one unit of an extraction becomes: an article with its practices (units
    /// `0..<articles.count`), or a caption (the units after).
    static func files(forUnit unit: Int, of extraction: Extraction) throws -> [ContentFile] {
        guard unit >= extraction.articles.count else { return try files(for: extraction.articles[unit]) }
        let caption = extraction.captions[unit - extraction.articles.count]
        let id = ContentPaths.captionID(caption)
        let data = Data(try FrontMatter.render(CaptionHeader(caption, id: id), body: caption.text).utf8)
        return [ContentFile(path: ContentPaths.caption(id: id), data: data, source: caption.source)]
    }

    static func files(for article: Article) throws -> [ContentFile] {
        let articleData = Data(try FrontMatter.render(ArticleHeader(article), body: article.lede).utf8)
        var files = [ContentFile(path: ContentPaths.article(article), data: articleData, source: article.source)]
        for (sectionIndex, section) in article.sections.enumerated() {
            for practice in section.practices {
                let header = PracticeHeader(practice, article: article.id, section: sectionIndex + 1)
                let data = Data(try FrontMatter.render(header, body: practice.text).utf8)
                files.append(
                    ContentFile(path: ContentPaths.practice(practice, of: article), data: data, source: practice.source)
                )
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

    /// What one `write` has done so far and still has to do.
    struct Run {
        var manifest: Manifest
        var report = Report()
        var staged = StagedFiles()
        var staleSideFiles: [String] = []
        /// Manifest entries of the files replaced, to put back for a file edited meanwhile.
        /// Paths, not URLs: a URL per file of a large base weighs tens of MB.
        var previous: [String: ManifestEntry] = [:]
    }

    /// A file's entries in the manifest.
    struct ManifestEntry {
        var fingerprint: String?
        var source: SourceStamp?
    }

    /// Writes the extraction in batches (see `batchSize`): each batch's new files are staged as
    /// temporaries, and only after the last one is the file system flushed, once, and every file
    /// renamed over its target. A failure before that leaves content/ as it was. Files from the
    /// seed pages in `keeping` (pages that could not be read this time) stay as they are.
    /// `seedLines` are the pages' lines now, to stamp each file's source (see `SourceStamp`).
    /// `progress` hears after each batch: (articles and captions compared so far, in all).
    public func write(
        _ extraction: Extraction, keeping seedPages: Set<String> = [], seedLines: SeedLines = SeedLines(),
        progress: (_ unitsDone: Int, _ units: Int) -> Void = { _, _ in }
    ) throws -> Report {
        let producers = Self.producers(in: extraction)
        var run = Run(manifest: try Manifest.load(from: directory.appendingPathComponent(Self.manifestPath)))
        try removeTemporaries()
        let unitCount = extraction.articles.count + extraction.captions.count
        do {
            for batchStart in stride(from: 0, to: unitCount, by: Self.batchSize) {
                let units = batchStart..<min(batchStart + Self.batchSize, unitCount)
                try stage(units, of: extraction, producers: producers, seedLines: seedLines, into: &run)
                progress(units.upperBound, unitCount)
            }
            try commit(&run)
        } catch {
            run.staged.discard()
            throw error
        }
        // In path order, as when every file was compared at once.
        run.report.written.sort()
        run.report.unchanged.sort()
        run.report.keptEdits.sort()
        for sideFile in run.staleSideFiles {
            try removeSideFile(sideFile, manifest: &run.manifest, report: &run.report)
        }
        try removeFilesNoLongerProduced(producers: producers, keeping: seedPages, run: &run)
        run.report.staleEdits = Self.staleEdits(
            among: run.report.keptEdits + run.report.keptOrphans, manifest: run.manifest, seedLines: seedLines)
        try run.manifest.save(to: directory.appendingPathComponent(Self.manifestPath))
        return run.report
    }

    /// Compares the files of `units` with content/ and stages those to write.
    func stage(
        _ units: Range<Int>, of extraction: Extraction, producers: [String: Int], seedLines: SeedLines,
        into run: inout Run
    ) throws {
        let files = try units.concurrentMap { unit in
            // Of one path twice, the later file, as in a dictionary of all files.
            var byPath: [String: ContentFile] = [:]
            for file in try Self.files(forUnit: unit, of: extraction) where producers[file.path] == unit {
                byPath[file.path] = file
            }
            return byPath.values.sorted { $0.path < $1.path }
        }.joined()
        let directory = directory
        let existingFiles = files.map(\.path).concurrentMap {
            try? Data(contentsOf: directory.appendingPathComponent($0))
        }
        var writes: [StagedFiles.Write] = []
        for (file, existing) in zip(files, existingFiles) {
            let path = file.path
            let stamp = SourceStamp(file.source, in: seedLines)
            let sideFile = path + ".new"
            if let existing {
                if existing == file.data {
                    run.report.unchanged.append(path)
                    run.manifest.files[path] = Fingerprint.of(file.data)
                    run.manifest.sources[path] = stamp
                    run.staleSideFiles.append(sideFile)
                    continue
                }
                if run.manifest.files[path] != Fingerprint.of(existing), !discardEdits {
                    // The edited file keeps the stamp of the lines it was extracted from.
                    run.report.keptEdits.append(path)
                    writes.append(StagedFiles.Write(data: file.data, url: directory.appendingPathComponent(sideFile)))
                    run.manifest.files[sideFile] = Fingerprint.of(file.data)  // to tell an edit of it later
                    run.manifest.sources[sideFile] = stamp
                    continue
                }
            }
            // Replaced only if it is still as read: an edit saved meanwhile is kept.
            writes.append(
                StagedFiles.Write(
                    data: file.data, url: directory.appendingPathComponent(path),
                    expected: existing.map(Fingerprint.of) ?? ""))
            run.staleSideFiles.append(sideFile)
            run.previous[path] = ManifestEntry(
                fingerprint: run.manifest.files[path], source: run.manifest.sources[path])
            run.manifest.files[path] = Fingerprint.of(file.data)
            run.manifest.sources[path] = stamp
            run.report.written.append(path)
        }
        try run.staged.stage(writes)
    }

    /// Renames every staged file over its target; one edited while extract ran keeps its edit
    /// and manifest entries, the new extraction beside it.
    func commit(_ run: inout Run) throws {
        for url in try run.staged.commit() {
            let path = String(url.path.dropFirst(directory.path.count + 1))
            run.manifest.files[path] = run.previous[path]?.fingerprint
            run.manifest.sources[path] = run.previous[path]?.source
            run.report.written.removeAll { $0 == path }
            run.report.keptEdits.append(path)
            run.staleSideFiles.removeAll { $0 == path + ".new" }
        }
    }

    /// Removes the files extract wrote before and no longer produces, unless edited by hand or
    /// from a page in `seedPages` (not read this time).
    func removeFilesNoLongerProduced(producers: [String: Int], keeping seedPages: Set<String>, run: inout Run) throws {
        for path in run.manifest.files.keys.sorted() where producers[path] == nil && !path.hasSuffix(".new") {
            // A manifest is committed with the content: one naming a path outside content/
            // ("../seeds/x.txt") must not make extract delete it.
            let url = directory.appendingPathComponent(path)
            guard ContentPaths.isInside(path), let existing = try? Data(contentsOf: url) else {
                run.manifest.files[path] = nil
                run.manifest.sources[path] = nil
                continue
            }
            if seedPages.contains(where: { Self.comes(existing, from: $0) }) { continue }
            if run.manifest.files[path] == Fingerprint.of(existing) || discardEdits {
                try FileManager.default.removeItem(at: url)
                removeEmptyFolders(from: url.deletingLastPathComponent())
                run.manifest.files[path] = nil
                run.manifest.sources[path] = nil
                run.report.removed.append(path)
            } else {
                run.report.keptOrphans.append(path)
            }
        }
        for path in run.manifest.sources.keys where run.manifest.files[path] == nil { run.manifest.sources[path] = nil }
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
        defer {
            if !report.keptNewFiles.contains(sideFile) {
                manifest.files[sideFile] = nil
                manifest.sources[sideFile] = nil
            }
        }
        guard let existing = try? Data(contentsOf: url) else { return }
        let written =
            manifest.files[sideFile]
            ?? (try? Data(contentsOf: directory.appendingPathComponent(String(sideFile.dropLast(4))))).map(
                Fingerprint.of)
        guard Fingerprint.of(existing) == written || discardEdits else {
            report.keptNewFiles.append(sideFile)
            return
        }
        try removeIfPresent(url)
    }

    /// Removes the temporaries a killed extract left (`StagedFiles` names them
    /// `.<file>.jingyan-tmp`): only one extract at a time writes content/ (`FolderLock`), so
    /// every one found is stale. A link is removed, never followed.
    func removeTemporaries() throws {
        guard let walk = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil) else { return }
        for case let url as URL in walk {
            let name = url.lastPathComponent
            guard name.hasPrefix("."), name.hasSuffix(StagedFiles.temporarySuffix) else { continue }
            if unlink(url.path) != 0, errno != ENOENT {
                throw ContentError(
                    file: url.path, line: nil,
                    message:
                        """
                        a temporary left by an interrupted extract cannot be removed \
                        (\(String(cString: strerror(errno)))); remove it by hand
                        """
                )
            }
        }
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

/// Fingerprints of the files extract wrote, by path relative to content/, and of the seed lines
/// each was extracted from.
struct Manifest: Codable {
    var files: [String: String] = [:]
    var sources: [String: SourceStamp] = [:]

    init() {}

    init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        files = try container.decode([String: String].self, forKey: .files)
        // Written before sources were stamped: no file's seed lines are known.
        sources = try container.decodeIfPresent([String: SourceStamp].self, forKey: .sources) ?? [:]
    }

    static func load(from url: URL) throws -> Manifest {
        guard let data = try? Data(contentsOf: url) else { return Manifest() }
        do {
            return try JSONDecoder().decode(Manifest.self, from: data)
        } catch {
            throw ContentError(
                file: url.path, line: nil,
                message:
                    "the extract manifest is damaged (\(error)); delete it to treat every existing file as hand-edited")
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
    // Hashed from the raw bytes: Data's own iterator is slow.
    static func of(_ data: Data) -> String { data.withUnsafeBytes { StableHash.hex($0) } }
}

/// Writes a file by writing a temporary sibling and renaming it over the target, so a reader or
/// a crash never sees half a file.
public enum AtomicFile {
    /// Writes `data` to `url` through a temporary file renamed into place, making its folder.
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

    /// Ends the name of each temporary, which starts with a dot.
    static let temporarySuffix = ".jingyan-tmp"

    /// File system paths, not URLs: a URL per file of a large base weighs tens of MB.
    private var staged: [(temporary: String, target: String, expected: String?)] = []
    private var folders: Set<URL> = []

    public init() {}

    /// Writes each file to a temporary beside its place, to be renamed in or discarded.
    public mutating func stage(_ files: [Write]) throws {
        for folder in Set(files.map { $0.url.deletingLastPathComponent() }) where !folders.contains(folder) {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            folders.insert(folder)
        }
        let temporaries = files.map {
            $0.url.deletingLastPathComponent().appendingPathComponent(
                ".\($0.url.lastPathComponent)\(Self.temporarySuffix)"
            ).path
        }
        // Before writing: `discard` finds half-written ones too.
        staged += files.indices.map {
            (temporary: temporaries[$0], target: files[$0].url.path, expected: files[$0].expected)
        }
        _ = try files.indices.concurrentMap { index in
            do throws(UnsyncedFile.WriteError) {
                try UnsyncedFile.write(files[index].data, to: temporaries[index])
            } catch {
                throw ContentError(
                    file: files[index].url.path, line: nil, message: "cannot be written: \(error.reason)")
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
                throw ContentError(
                    file: destination, line: nil, message: "cannot be written: \(String(cString: strerror(errno)))")
            }
        }
        return diverted
    }

    /// The file's fingerprint, "" when there is none.
    static func fingerprint(ofFileAt path: String) -> String {
        (try? Data(contentsOf: URL(fileURLWithPath: path))).map(Fingerprint.of) ?? ""
    }

    /// Removes the staged temporaries, leaving every file as it was.
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

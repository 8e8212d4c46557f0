import Foundation
import JingyanModel
import JingyanSupport

/// One `ContentLoader.load` as it goes: the files read so far, what each holds, and every
/// problem found. Its steps run in order: `read`, `checkArticles`, `checkPractices`, then
/// `assemble` and `remember` when there was no problem.
struct ContentLoad {
    /// An article file as read.
    struct ArticleFile {
        var header: ArticleHeader
        var lede: String
        /// As problems name it ("content/a/b.md").
        var file: String
        /// Relative to content/.
        var path: String
    }

    /// A practice file as read.
    struct PracticeFile {
        var header: PracticeHeader
        var text: String
        var file: String
        var path: String
    }

    /// What the checks that read a practice's whole text need of it.
    struct PracticeText: Sendable {
        var header: PracticeHeader
        var text: String
    }

    /// One file read (or taken from the cache) on some core, before it joins the load.
    struct Reading: Sendable {
        var path: String
        var display: String
        var stamp: FileStamp?
        var cached: Bool
        var result: Result<ContentLoader.ParsedFile, Error>
        /// The keys of its strings in the pool (`StringPool.keys`), made where it was read.
        var keys: [StringPool.Key]
    }

    /// The stamps a practice's text checks passed with: its file's and its article's.
    struct CheckStamps {
        var practice: FileStamp?
        var article: FileStamp?
    }

    let root: URL
    let displayFolder: String
    let knownCategories: Set<String>?
    let cache: ContentCache?
    var errors: [ContentError] = []
    var articles: [String: ArticleFile] = [:]
    var practices: [PracticeFile] = []
    var captions: [Caption] = []
    /// File names whose front matter did not decode.
    var unreadableFiles = Set<String>()
    var pool = StringPool()
    /// Of the files read or taken from the cache.
    var stamps: [String: FileStamp] = [:]
    var parsedFiles: [String: ContentCache.File] = [:]

    init(root: URL, displayFolder: String, knownCategories: Set<String>?, cache: ContentCache?) {
        self.root = root
        self.displayFolder = displayFolder
        self.knownCategories = knownCategories
        self.cache = cache
    }

    /// Reads and parses every file. That is most of the work and each file stands alone: all
    /// cores share it, a batch at a time, so that only one batch is held before its strings are
    /// pooled. One concurrent map a batch, not `Concurrent.map`'s rounds of a few files (made
    /// for progress reports), at whose ends the threads wait for each other.
    mutating func read(_ paths: [String]) throws {
        let (root, displayFolder, cache) = (root, displayFolder, cache)
        for batch in stride(from: 0, to: paths.count, by: 1024).map({ $0..<min($0 + 1024, paths.count) }) {
            let readings = batch.concurrentMap { index in
                Self.reading(paths[index], root: root, displayFolder: displayFolder, cache: cache)
            }
            for reading in readings { try take(reading) }
        }
    }

    static func reading(_ path: String, root: URL, displayFolder: String, cache: ContentCache?) -> Reading {
        let display = displayFolder + "/" + path
        let stamp = cache == nil ? nil : FileStamp.settled(path: root.path + "/" + path)
        if let cached = cache?.parsed(path, stamp: stamp) {
            return Reading(path: path, display: display, stamp: stamp, cached: true, result: .success(cached), keys: [])
        }
        let result = Result { try ContentLoader.read(path, in: root, display: display) }
        let keys = (try? result.get()).map(StringPool.keys) ?? []
        return Reading(path: path, display: display, stamp: stamp, cached: false, result: result, keys: keys)
    }

    /// Adds one file read to the load: its entry, or the problem that it could not be read.
    mutating func take(_ reading: Reading) throws {
        var parsed: ContentLoader.ParsedFile
        switch reading.result {
        case .success(let file): parsed = file
        case .failure(let error as ContentError):
            errors.append(error)
            if error.line != nil { unreadableFiles.insert((reading.display as NSString).lastPathComponent) }
            return
        case .failure(let error): throw error
        }
        switch parsed.entry {
        case .article(let header):
            if let other = articles[header.id] {
                errors.append(
                    ContentError(
                        file: reading.display, line: line(of: "id", inFileAt: reading.path),
                        message:
                            "duplicate article id '\(header.id)' (also in \(other.file)); give each article its own id")
                )
            }
            articles[header.id] = ArticleFile(
                header: header, lede: parsed.body, file: reading.display, path: reading.path)
        case .practice(let header):
            // A cached header was pooled when it was read: its strings are not hashed again.
            let pooled = reading.cached ? header : pool.strings(of: header, keys: reading.keys)
            parsed = ContentLoader.ParsedFile(entry: .practice(pooled), body: parsed.body)
            practices.append(PracticeFile(header: pooled, text: parsed.body, file: reading.display, path: reading.path))
        case .caption(let header):
            captions.append(
                Caption(
                    source: header.source, place: header.place, county: header.county, text: parsed.body,
                    photographer: header.photographer))
        }
        if let stamp = reading.stamp {
            stamps[reading.path] = stamp
            parsedFiles[reading.path] = ContentCache.File(stamp: stamp, parsed: parsed)
        }
    }

    /// The line of `key:` in a file's front matter, read again: only problems need it, and
    /// holding every file's YAML until the checks were done would cost memory for nothing.
    func line(of key: String, inFileAt path: String) -> Int? {
        guard let data = try? Data(contentsOf: root.appendingPathComponent(path)),
            let text = String(data: data, encoding: .utf8),
            let parts = try? FrontMatter.split(text)
        else { return nil }
        return ContentLoader.lineOf(key, in: parts.yaml, firstLine: parts.yamlFirstLine)
    }

    mutating func checkArticles() {
        for article in articles.values {
            for problem in ContentLoader.slugProblems(of: article.header) {
                errors.append(
                    ContentError(
                        file: article.file, line: line(of: problem.key, inFileAt: article.path),
                        message: problem.message))
            }
        }
    }

    /// Checks every practice and files it under its article and section (1-based).
    mutating func checkPractices() -> [String: [Int: [Practice]]] {
        // A practice that passed the text checks with the same files is not checked again.
        let checkStamps = practices.map { practice in
            CheckStamps(
                practice: stamps[practice.path], article: articles[practice.header.article].flatMap { stamps[$0.path] })
        }
        let toCheck = practices.indices.map { index -> PracticeText? in
            let passed =
                cache?.passedChecks(
                    practices[index].path, practice: checkStamps[index].practice, article: checkStamps[index].article)
                ?? false
            return passed ? nil : PracticeText(header: practices[index].header, text: practices[index].text)
        }
        let textChecks = ContentLoader.textProblems(of: toCheck, articles: articles)
        var practiceIDs: [String: String] = [:]
        var bySection: [String: [Int: [Practice]]] = [:]
        for (index, practice) in practices.enumerated() {
            var problems = headerProblems(of: practice, practiceIDs: &practiceIDs)
            if let found = textChecks[index] {
                problems += found
                if found.isEmpty {
                    cache?.recordPassedChecks(
                        practice.path, practice: checkStamps[index].practice, article: checkStamps[index].article)
                }
            }
            switch placement(of: practice.header) {
            case .placed:
                let header = practice.header
                bySection[header.article, default: [:]][header.section, default: []].append(
                    header.practice(text: practice.text))
            case .articleUnread: break
            case .refused(let problem): problems.append(problem)
            }
            for problem in problems {
                errors.append(
                    ContentError(
                        file: practice.file, line: line(of: problem.key, inFileAt: practice.path),
                        message: problem.message))
            }
        }
        return bySection
    }

    /// Problems of a practice's own header: its id (unique, a slug), categories and values.
    func headerProblems(of practice: PracticeFile, practiceIDs: inout [String: String]) -> [ContentLoader.Problem] {
        let header = practice.header
        var problems: [ContentLoader.Problem] = []
        if let other = practiceIDs[header.id] {
            problems.append(
                .init(
                    key: "id",
                    message: "duplicate practice id '\(header.id)' (also in \(other)); give each practice its own id"))
        }
        practiceIDs[header.id] = practice.file
        if !ContentLoader.isSlug(header.id) {
            problems.append(
                .init(key: "id", message: "id '\(header.id)' must be lower-case ASCII letters, digits and hyphens"))
        }
        problems += ContentLoader.categoryProblems(of: header, knownCategories: knownCategories)
        problems += ContentLoader.valueProblems(of: header)
        return problems
    }

    /// Where a practice goes: into its article's section, or nowhere, with the problem.
    enum Placement {
        case placed
        /// Its article's file failed to load, which has been told already.
        case articleUnread
        case refused(ContentLoader.Problem)
    }

    func placement(of header: PracticeHeader) -> Placement {
        guard let article = articles[header.article] else {
            if unreadableFiles.contains("\(header.article).md") { return .articleUnread }
            return .refused(
                .init(
                    key: "article", message: "refers to article '\(header.article)', which no file in content/ defines")
            )
        }
        if header.section < 1 || header.section > max(article.header.sections.count, 1) {
            let message =
                "section \(header.section) does not exist: the article has \(article.header.sections.count) sections"
            return .refused(.init(key: "section", message: message))
        }
        return .placed
    }

    /// The articles with their sections and practices, and the captions, in page order.
    func assemble(_ bySection: [String: [Int: [Practice]]]) -> LoadedContent {
        let built = articles.values.map { article in
            let header = article.header
            let sections = header.sections.enumerated().map { index, heading in
                Section(
                    heading: heading,
                    practices: (bySection[header.id]?[index + 1] ?? []).sorted(by: ContentLoader.inSectionOrder))
            }
            var built = Article(
                id: header.id, source: header.source, place: header.place, title: header.title,
                author: header.author, lede: article.lede, mechanisms: header.mechanisms, sections: sections)
            built.review = header.review ?? []
            built.provenance = PageProvenance(publication: header.publication, date: header.date, page: header.page)
            return built
        }
        return LoadedContent(
            articles: built.sorted {
                ($0.source.file, $0.source.firstLine, $0.id) < ($1.source.file, $1.source.firstLine, $1.id)
            },
            captions: captions.sorted { ($0.source.file, $0.source.firstLine) < ($1.source.file, $1.source.firstLine) })
    }

    /// Hands the files read and where each entry came from to the cache, for the next load.
    func remember(_ content: LoadedContent, paths: [String]) {
        cache?.keep(
            parsedFiles,
            load: ContentCache.Load(
                paths: paths, stamps: paths.map { stamps[$0] }, content: content, knownCategories: knownCategories,
                articleFiles: Dictionary(uniqueKeysWithValues: articles.values.map { ($0.path, $0.header.id) }),
                practiceFiles: Dictionary(
                    uniqueKeysWithValues: practices.map {
                        (
                            $0.path,
                            ContentCache.PracticeFile(
                                id: $0.header.id, article: $0.header.article, section: $0.header.section)
                        )
                    })))
    }
}

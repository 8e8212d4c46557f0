import Foundation
import JingyanModel
import JingyanSupport
import Synchronization

/// The files content/ held at the last load, parsed, and which practices passed the checks that
/// read their whole text. `jingyan serve` loads content/ again after every edit; with a cache only
/// the files whose inode, size or modification time changed are read and parsed again, and only
/// their practices checked again: at 10,000 entries a full load takes seconds.
///
/// A file is taken from the cache only when it is a regular file (not a link) with the same
/// stamp (inode, size, modification time) and was not changed in the last seconds, so a cached
/// entry is what reading the file now would give.
public final class ContentCache: Sendable {
    /// A file as parsed, with its stamp then.
    struct File {
        var stamp: FileStamp
        var parsed: ContentLoader.ParsedFile
    }

    /// A practice whose text checks passed, with the stamps of its file and its article's file
    /// (the article's lede may hold the practice's schemes) at the time.
    private struct CleanCheck: Equatable {
        var practice: FileStamp
        var article: FileStamp
    }

    /// The last load that succeeded, to patch when only some of its files changed in place.
    struct Load: Sendable {
        /// content/'s Markdown files, sorted, and each one's stamp when it was read.
        var paths: [String]
        var stamps: [FileStamp?]
        var content: LoadedContent
        var knownCategories: Set<String>?
        /// Path → id of each article file.
        var articleFiles: [String: String]
        /// Path → what places each practice file in its article.
        var practiceFiles: [String: PracticeFile]
    }

    struct PracticeFile: Equatable, Sendable {
        var id: String
        var article: String
        /// 1-based, as the header has it.
        var section: Int
    }

    private struct State {
        var files: [String: File] = [:]
        var cleanChecks: [String: CleanCheck] = [:]
        var load: Load?
    }

    private let state = Mutex(State())

    public init() {}

    /// The parsed file at `path` (relative to content/) if it has not changed since it was cached.
    func parsed(_ path: String, stamp: FileStamp?) -> ContentLoader.ParsedFile? {
        guard let stamp else { return nil }
        return state.withLock { state in state.files[path].flatMap { $0.stamp == stamp ? $0.parsed : nil } }
    }

    /// Keeps what a load read and gave, and forgets files that are gone.
    func keep(_ files: [String: File], load: Load) {
        state.withLock { state in
            state.files = files
            state.cleanChecks = state.cleanChecks.filter { files[$0.key] != nil }
            state.load = load
        }
    }

    /// After a patched load: its result, and the files it read again.
    func keep(_ load: Load, reread files: [String: File]) {
        state.withLock { state in
            for (path, file) in files { state.files[path] = file }
            state.load = load
        }
    }

    /// A load failed: the next one reads everything the cache cannot vouch for and reports it.
    func forget() { state.withLock { $0.load = nil } }

    var lastLoad: Load? { state.withLock { $0.load } }

    func passedChecks(_ practicePath: String, practice: FileStamp?, article: FileStamp?) -> Bool {
        guard let practice, let article else { return false }
        return state.withLock { $0.cleanChecks[practicePath] == CleanCheck(practice: practice, article: article) }
    }

    func recordPassedChecks(_ practicePath: String, practice: FileStamp?, article: FileStamp?) {
        guard let practice, let article else { return }
        state.withLock { $0.cleanChecks[practicePath] = CleanCheck(practice: practice, article: article) }
    }
}

extension ContentLoader {
    /// Most loads in `jingyan serve` follow an edit of a few files: the last load, with those
    /// files read again, checked and put in place, is what a full load would give, without
    /// handling the thousands that did not change. Nil — load in full — when the files are not
    /// the same set, when more than a few changed, when a changed file's place in the content
    /// changed (another id, article or section; an article's source, which orders the articles,
    /// or its number of sections), for captions, and when any check fails: the full load then
    /// reports every problem with its line.
    static func patch(
        _ cache: ContentCache, paths: [String], root: URL, displayFolder: String, knownCategories: Set<String>?
    ) -> LoadedContent? {
        guard var load = cache.lastLoad, load.paths == paths, load.knownCategories == knownCategories else {
            return nil
        }
        let rootPath = root.path
        // Nil for a file that is no longer a regular one: the full load says what it is.
        guard let current = try? Concurrent.map(paths.count, { FileStamp(path: rootPath + "/" + paths[$0]) }),
            case let stamps = current.compactMap({ $0 }), stamps.count == paths.count
        else { return nil }
        let changed = paths.indices.filter { stamps[$0].isRecent || stamps[$0] != load.stamps[$0] }
        guard changed.count <= 64 else { return nil }  // many: the full load reads them on all cores
        var reread: [String: ContentCache.File] = [:]
        for index in changed {
            let path = paths[index]
            guard let parsed = try? read(path, in: root, display: displayFolder + "/" + path) else { return nil }
            reread[path] = ContentCache.File(stamp: stamps[index], parsed: parsed)
        }
        var articles = load.content.articles
        // Articles first: a practice's schemes may stand in its article's new lede.
        guard let recheckedArticles = patchArticles(&articles, with: reread, load: load),
            patchPractices(&articles, with: reread, load: load),
            recheckedArticles.allSatisfy({ practicesStandIn(articles[$0]) })
        else { return nil }
        load.stamps = stamps.map { $0.isRecent ? nil : $0 }
        load.content.articles = articles
        cache.keep(load, reread: reread.filter { !$0.value.stamp.isRecent })
        return load.content
    }

    /// Puts the article files read again in place; returns their indices, or nil when one moved
    /// or has a problem.
    static func patchArticles(
        _ articles: inout [Article], with reread: [String: ContentCache.File], load: ContentCache.Load
    ) -> Set<Int>? {
        let articleIndex = Dictionary(uniqueKeysWithValues: articles.indices.map { (articles[$0].id, $0) })
        var patched = Set<Int>()
        for (path, file) in reread {
            guard case .article(let header) = file.parsed.entry else { continue }
            guard load.articleFiles[path] == header.id, let index = articleIndex[header.id],
                articles[index].source.file == header.source.file,
                articles[index].source.firstLine == header.source.firstLine,
                articles[index].sections.count == header.sections.count, slugProblems(of: header).isEmpty
            else { return nil }
            articles[index].source = header.source
            articles[index].place = header.place
            articles[index].title = header.title
            articles[index].author = header.author
            articles[index].lede = file.parsed.body
            articles[index].mechanisms = header.mechanisms
            articles[index].review = header.review ?? []
            articles[index].provenance = PageProvenance(
                publication: header.publication, date: header.date, page: header.page)
            for (section, heading) in header.sections.enumerated() {
                articles[index].sections[section].heading = heading
            }
            patched.insert(index)
        }
        return patched
    }

    /// Puts the practice files read again in place; false when one moved, has a problem, or a
    /// caption changed.
    static func patchPractices(
        _ articles: inout [Article], with reread: [String: ContentCache.File], load: ContentCache.Load
    ) -> Bool {
        let articleIndex = Dictionary(uniqueKeysWithValues: articles.indices.map { (articles[$0].id, $0) })
        for (path, file) in reread {
            switch file.parsed.entry {
            case .article: continue
            case .caption: return false
            case .practice(let header):
                let place = ContentCache.PracticeFile(id: header.id, article: header.article, section: header.section)
                guard load.practiceFiles[path] == place, let index = articleIndex[header.article],
                    categoryProblems(of: header, knownCategories: load.knownCategories).isEmpty,
                    valueProblems(of: header).isEmpty,
                    textProblems(of: header, text: file.parsed.body, lede: ownWords(articles[index])).isEmpty,
                    let position = articles[index].sections[header.section - 1].practices.firstIndex(where: {
                        $0.id == header.id
                    })
                else { return false }
                articles[index].sections[header.section - 1].practices[position] = header.practice(
                    text: file.parsed.body)
                articles[index].sections[header.section - 1].practices.sort(by: inSectionOrder)
            }
        }
        return true
    }

    /// The article's lede and headings, where its practices' schemes and figures may stand.
    static func ownWords(_ article: Article) -> FlatText {
        ownWords(lede: article.lede, headings: article.sections.map(\.heading))
    }

    /// True when every scheme and figure of the article's practices still stands in its text or
    /// the article's lede or headings: a new lede may have taken away a scheme that only it named.
    static func practicesStandIn(_ article: Article) -> Bool {
        let lede = ownWords(article)
        return article.practices.allSatisfy { practice in
            textProblems(of: PracticeHeader(practice, article: article.id, section: 1), text: practice.text, lede: lede)
                .isEmpty
        }
    }
}

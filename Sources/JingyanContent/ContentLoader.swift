import Foundation
import JingyanModel
import JingyanSupport
import Yams

/// Everything content/ holds, as the model.
public struct LoadedContent: Sendable {
    public var articles: [Article]
    public var captions: [Caption]
}

/// All problems found in content/ in one run.
public struct ContentErrors: Error, CustomStringConvertible {
    public var errors: [ContentError]

    public init(_ errors: [ContentError]) {
        self.errors = errors
    }

    public var description: String { errors.map(\.description).joined(separator: "\n") }
}

/// Reads content/ back into the model and checks it: YAML, required fields and types, unique
/// ids, links between practices and articles, categories against the taxonomy, and that every
/// metric's source sentence stands in its practice's text. Reports every problem as
/// `file:line: message`, all of them, not just the first.
public enum ContentLoader {
    /// With a `cache`, files unchanged since the last load with it are not read again, and
    /// practices unchanged since they last passed the text checks are not checked again.
    public static func load(
        from directory: URL, knownCategories: Set<String>? = nil, cache: ContentCache? = nil
    ) throws -> LoadedContent {
        let root = directory.standardizedFileURL.resolvingSymlinksInPath()
        let paths = try markdownFiles(in: root)
        let displayFolder = directory.lastPathComponent
        if let cache,
            let patched = patch(
                cache, paths: paths, root: root, displayFolder: displayFolder, knownCategories: knownCategories)
        {
            return patched
        }
        var load = ContentLoad(root: root, displayFolder: displayFolder, knownCategories: knownCategories, cache: cache)
        try load.read(paths)
        load.checkArticles()
        let bySection = load.checkPractices()
        guard load.errors.isEmpty else {
            cache?.forget()
            throw ContentErrors(load.errors.sorted { ($0.file, $0.line ?? 0) < ($1.file, $1.line ?? 0) })
        }
        let content = load.assemble(bySection)
        load.remember(content, paths: paths)
        return content
    }

    /// Practices within a section: as printed, then by id.
    static func inSectionOrder(_ left: Practice, _ right: Practice) -> Bool {
        (left.source.firstLine, left.id) < (right.source.firstLine, right.id)
    }

    /// A problem found in a header: the key it is at, and what to do.
    struct Problem: Equatable {
        var key: String
        var message: String
    }

    static func slugProblems(of article: ArticleHeader) -> [Problem] {
        [("id", article.id), ("slug", article.place.slug), ("township_slug", article.place.townshipSlug)].compactMap {
            key, value in
            guard let value else { return nil }
            if !isSlug(value) {
                return Problem(
                    key: key, message: "\(key) '\(value)' must be lower-case ASCII letters, digits and hyphens")
            }
            if isReservedOnWindows(value) {
                return Problem(
                    key: key,
                    message:
                        """
                        \(key) '\(value)' names a file Windows reserves (a site copied \
                        to a shared folder or IIS breaks): add a letter or a hyphen
                        """
                )
            }
            return nil
        }
    }

    /// con, prn, aux, nul, com1–com9, lpt1–lpt9: no file may have these names on Windows.
    static func isReservedOnWindows(_ slug: String) -> Bool {
        if ["con", "prn", "aux", "nul"].contains(slug) { return true }
        guard slug.count == 4, let last = slug.last, ("1"..."9").contains(last) else { return false }
        return slug.hasPrefix("com") || slug.hasPrefix("lpt")
    }

    static func categoryProblems(of practice: PracticeHeader, knownCategories: Set<String>?) -> [Problem] {
        guard let known = knownCategories else { return [] }
        return practice.categories.filter { !known.contains($0) }.map {
            Problem(key: "categories", message: "unknown category '\($0)': add it to taxonomy.yml or correct the name")
        }
    }

    /// A metric's value must be a number (".nan", ".inf" and 1e309 are YAML's, not the page's).
    static func valueProblems(of practice: PracticeHeader) -> [Problem] {
        practice.metrics.flatMap { metric in
            [("value", metric.value), ("value_normalized", metric.valueNormalized)].compactMap { key, quantity in
                quantity.value.isFinite
                    ? nil
                    : Problem(
                        key: key,
                        message:
                            """
                            \(key) of metric '\(metric.text)' is \(quantity.value), \
                            not a number: write the number the page gives
                            """
                    )
            }
        }
    }

    /// `textProblems` of each practice given (nil for one left out), on all cores: these checks
    /// read every text and each practice's stand alone; run in the loop that gathers the other
    /// problems, they were the largest part of a load's time on one core. Each article's lede is
    /// flattened once for all its practices (a missing article's is empty).
    static func textProblems(
        of practices: [ContentLoad.PracticeText?], articles: [String: ContentLoad.ArticleFile]
    ) -> [[Problem]?] {
        var flatLedes: [String: FlatText] = [:]
        for case let practice? in practices where flatLedes[practice.header.article] == nil {
            let article = articles[practice.header.article]
            flatLedes[practice.header.article] = ownWords(
                lede: article?.lede ?? "", headings: article?.header.sections ?? [])
        }
        return practices.concurrentMap { [flatLedes] practice in
            practice.map { textProblems(of: $0.header, text: $0.text, lede: flatLedes[$0.header.article]!) }
        }
    }

    /// What a practice's schemes and metrics' sentences may stand in besides its own text: the
    /// article's lede and its headings ("一年化解矛盾纠纷286件" over a section states a figure).
    static func ownWords(lede: String, headings: [String?]) -> FlatText {
        FlatText(([lede] + headings.compactMap(\.self)).joined(separator: "\n"))
    }

    /// Checks that read the practice's whole text: its schemes stand in it, and so do its metrics'
    /// source sentences, or in `lede`, the article's `ownWords`.
    static func textProblems(of practice: PracticeHeader, text: String, lede: FlatText) -> [Problem] {
        let flatText = FlatText(text)
        var problems: [Problem] = []
        for mechanism in practice.mechanisms {
            let flatMechanism = FlatText(mechanism)
            if flatMechanism.isEmpty || !(flatText.contains(flatMechanism) || lede.contains(flatMechanism)) {
                problems.append(
                    Problem(
                        key: "mechanisms",
                        message:
                            """
                            unknown mechanism '\(mechanism)': a named scheme is written \
                            as it stands in the practice's text; correct it or remove it
                            """
                    ))
            }
        }
        for metric in practice.metrics {
            let sentence = FlatText(metric.sentence)
            guard !flatText.contains(sentence), !lede.contains(sentence) else { continue }
            problems.append(
                Problem(
                    key: "sentence",
                    message:
                        """
                        the source sentence of metric '\(metric.text)' is not \
                        in the practice text, nor in the article's lede or headings; \
                        correct the sentence or the text
                        """
                ))
        }
        return problems
    }

    /// Reads and parses one file; a file that is a link out of the folder or not UTF-8 is refused.
    /// `path` is one `markdownFiles` found: the walk enters no linked folder and `root` has its
    /// links resolved, so only a file that is itself a link can lead out, and only such a file is
    /// resolved (one `lstat` per file; resolving takes one per folder on the way).
    static func read(_ path: String, in root: URL, display: String) throws -> ParsedFile {
        let file = root.path + "/" + path
        var status = stat()
        guard lstat(file, &status) == 0 else {
            throw ContentError(
                file: display, line: nil, message: "cannot be read (\(String(cString: strerror(errno))))")
        }
        if status.st_mode & S_IFMT == S_IFLNK {
            guard root.appendingPathComponent(path).resolvingSymlinksInPath().path.hasPrefix(root.path + "/") else {
                throw ContentError(
                    file: display, line: nil,
                    message: "is a link to a file outside content/; replace it with the file itself")
            }
            _ = stat(file, &status)
        }
        // Reading a FIFO would wait for a writer forever.
        guard status.st_mode & S_IFMT == S_IFREG else {
            throw ContentError(
                file: display, line: nil,
                message: "is not a regular file (a pipe, socket or device); remove it: content/ holds Markdown files")
        }
        let data: Data
        do {
            // A file URL says whether it is a folder: with the hint, making it asks no `stat`.
            data = try Data(contentsOf: URL(filePath: file, directoryHint: .notDirectory))
        } catch {
            throw ContentError(
                file: display, line: nil,
                message: "cannot be read (\(FileProblem.reason(error))); check its permissions")
        }
        let hasNUL = data.withUnsafeBytes { $0.baseAddress.map { memchr($0, 0, data.count) != nil } ?? false }
        guard !hasNUL, let text = String(data: data, encoding: .utf8) else {
            let problem = FileProblem.encoding(of: data)
            throw ContentError(
                file: display, line: problem?.line, message: problem?.message ?? "is not UTF-8 text; save it as UTF-8")
        }
        return try parse(text, file: display)
    }

    /// One content file, read but not yet checked against the others.
    public struct ParsedFile: Sendable {
        enum Entry: Sendable, Equatable {
            case article(ArticleHeader)
            case practice(PracticeHeader)
            case caption(CaptionHeader)
        }
        let entry: Entry
        public let body: String
    }

    /// Tags every plain scalar a string, except `null` and `~`: the headers' types say what each
    /// field is, and the decoder reads numbers and flags from the text. Yams' default resolver
    /// tries up to eight regular expressions per scalar.
    static let headerResolver = Resolver.basic.appending(.null)

    /// Reads one file's front matter and body. Throws a `ContentError` located at the line.
    public static func parse(_ text: String, file: String) throws -> ParsedFile {
        try parse(text, file: file, fastPath: true)
    }

    /// `parse(_:file:)`; without `fastPath` only Yams reads the front matter: for the tests that
    /// check that both ways agree.
    static func parse(_ text: String, file: String, fastPath: Bool) throws -> ParsedFile {
        let parts: FrontMatter.Parts
        do { parts = try FrontMatter.split(text) } catch {
            throw ContentError(
                file: file, line: 1,
                message:
                    "has no front matter: the file must start with a line '---', the YAML fields, and another '---'")
        }
        if fastPath, let entry = fastEntry(parts.yaml) { return ParsedFile(entry: entry, body: parts.body) }
        // Parsed once, then decoded as the type its `type` field names.
        let node: Node
        do { node = try Yams.compose(yaml: parts.yaml, headerResolver) ?? Node.mapping([:]) } catch {
            throw describe(error, file: file, yaml: parts.yaml, firstLine: parts.yamlFirstLine)
        }
        func decode<T: Decodable>(_ type: T.Type) throws -> T {
            do { return try YAMLDecoder().decode(T.self, from: node) } catch {
                throw describe(error, file: file, yaml: parts.yaml, firstLine: parts.yamlFirstLine)
            }
        }
        let entry: ParsedFile.Entry
        switch node["type"]?.string.flatMap(ContentKind.init(rawValue:)) {
        case .article: entry = .article(try decode(ArticleHeader.self))
        case .practice: entry = .practice(try decode(PracticeHeader.self))
        case .caption: entry = .caption(try decode(CaptionHeader.self))
        case nil:
            throw ContentError(
                file: file, line: lineOf("type", in: parts.yaml, firstLine: parts.yamlFirstLine) ?? parts.yamlFirstLine,
                message: "unknown or missing 'type': use article, practice or caption")
        }
        return ParsedFile(entry: entry, body: parts.body)
    }

    /// The header through `HeaderReader`'s fast path; nil sends the file to Yams, which reads
    /// everything else and names the line of any problem.
    static func fastEntry(_ yaml: String) -> ParsedFile.Entry? {
        guard let tree = HeaderReader.tree(yaml), case .scalar(let type, _) = tree["type"] else { return nil }
        switch ContentKind(rawValue: type) {
        case .article: return HeaderReader.decode(ArticleHeader.self, from: tree).map { .article($0) }
        case .practice: return HeaderReader.decode(PracticeHeader.self, from: tree).map { .practice($0) }
        case .caption: return HeaderReader.decode(CaptionHeader.self, from: tree).map { .caption($0) }
        case nil: return nil
        }
    }

    /// Markdown files under the folder (not folders named *.md, not inside linked folders),
    /// relative paths, sorted; hidden files and folders skipped. Walked with `readdir`, which
    /// tells folders from files without a `stat` each, as FileManager's enumerator does not.
    static func markdownFiles(in root: URL) throws -> [String] {
        var paths: [String] = []
        func walk(_ folder: String, relative prefix: String) -> Bool {
            guard let directory = opendir(folder) else { return false }
            defer { closedir(directory) }
            while let entry = readdir(directory) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) {
                    String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self)
                }
                guard !name.hasPrefix(".") else { continue }
                var type = Int32(entry.pointee.d_type)
                if type == DT_UNKNOWN {  // some file systems do not say: ask
                    var status = stat()
                    guard lstat(folder + "/" + name, &status) == 0 else { continue }
                    type = status.st_mode & S_IFMT == S_IFDIR ? Int32(DT_DIR) : Int32(DT_REG)
                }
                if type == DT_DIR {
                    _ = walk(folder + "/" + name, relative: prefix + name + "/")
                } else if name.hasSuffix(".md") {
                    paths.append(prefix + name)
                }
            }
            return true
        }
        guard walk(root.path, relative: "") else {
            throw ContentError(
                file: root.path, line: nil, message: "cannot read the content folder; pass --content DIR")
        }
        return paths.sorted()
    }

    static func isSlug(_ id: String) -> Bool {
        !id.isEmpty && id.first != "-"
            && id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// The file line of the first `key:` in the front matter.
    static func lineOf(_ key: String, in yaml: String, firstLine: Int) -> Int? {
        for (offset, line) in yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.drop { $0 == " " || $0 == "-" }
            if trimmed.hasPrefix("\(key):") { return firstLine + offset }
        }
        return nil
    }

    static func describe(_ error: Error, file: String, yaml: String, firstLine: Int) -> ContentError {
        if case .dataCorrupted(let context) = error as? DecodingError, let underlying = context.underlyingError {
            return describe(underlying, file: file, yaml: yaml, firstLine: firstLine)
        }
        if let yamlError = error as? YamlError {
            switch yamlError {
            case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _):
                return ContentError(file: file, line: firstLine + mark.line - 1, message: "malformed YAML: \(problem)")
            default:
                return ContentError(file: file, line: firstLine, message: "malformed YAML: \(yamlError)")
            }
        }
        if let decodingError = error as? DecodingError {
            switch decodingError {
            case .keyNotFound(let key, let context):
                let path = (context.codingPath.map(\.stringValue) + [key.stringValue]).joined(separator: ".")
                return ContentError(file: file, line: firstLine, message: "missing required field '\(path)'")
            case .typeMismatch(let type, let context), .valueNotFound(let type, let context):
                let key = context.codingPath.last(where: { $0.intValue == nil })?.stringValue ?? "?"
                let path = context.codingPath.map(\.stringValue).joined(separator: ".")
                return ContentError(
                    file: file, line: lineOf(key, in: yaml, firstLine: firstLine) ?? firstLine,
                    message: "field '\(path)' must be \(describe(type))")
            case .dataCorrupted(let context):
                return ContentError(
                    file: file, line: firstLine,
                    message:
                        """
                        unreadable field '\(context.codingPath.map(\.stringValue).joined(separator: "."))': \
                        \(context.debugDescription)
                        """
                )
            @unknown default:
                return ContentError(file: file, line: firstLine, message: "\(decodingError)")
            }
        }
        return ContentError(file: file, line: firstLine, message: "\(error)")
    }

    static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "text"
        case is Int.Type: "a whole number"
        case is Double.Type: "a number"
        case is Bool.Type: "true or false"
        default: "a \(type)".lowercased()
        }
    }
}

/// One copy of each string that practices repeat — metric sentences (several metrics quote one),
/// subjects, mechanism and category names, articles, seed files — so that a large base holds
/// each once.
struct StringPool {
    private var known: Set<Key> = []

    /// Strings of this many bytes or fewer live inside their value and are left alone.
    static let smallSize = 15

    /// A string and its hash, worked out beforehand; equal as the strings are.
    struct Key: Hashable, Sendable {
        let string: String
        let hash: Int

        init(_ string: String) {
            self.string = string
            hash = string.hashValue
        }

        static func == (left: Key, right: Key) -> Bool { left.hash == right.hash && left.string == right.string }
        func hash(into hasher: inout Hasher) { hasher.combine(hash) }
    }

    /// The keys of the strings of a practice's header that the pool takes, in the order
    /// `strings(of:keys:)` takes them; none for other files. Made where the file is read, on all
    /// cores: hashing Chinese text normalizes it, which is the costly part of pooling.
    static func keys(of file: ContentLoader.ParsedFile) -> [Key] {
        guard case .practice(var header) = file.entry else { return [] }
        var keys: [Key] = []
        header.updateRepeatedStrings { string in
            if string.utf8.count > smallSize { keys.append(Key(string)) }
        }
        return keys
    }

    /// The header with each string the pool takes replaced by the pool's copy.
    mutating func strings(of header: PracticeHeader, keys: [Key]) -> PracticeHeader {
        var header = header
        var next = keys.makeIterator()
        header.updateRepeatedStrings { string in
            guard string.utf8.count > Self.smallSize else { return }
            string = known.insert(next.next()!).memberAfterInsert.string  // one lookup, found or not
        }
        return header
    }
}

extension PracticeHeader {
    /// Calls `update` on every string of the header that practices repeat, always in one order.
    mutating func updateRepeatedStrings(_ update: (inout String) -> Void) {
        update(&article)
        for index in mechanisms.indices { update(&mechanisms[index]) }
        for index in categories.indices { update(&categories[index]) }
        update(&source.file)
        for index in metrics.indices {
            update(&metrics[index].sentence)
            update(&metrics[index].subject)
            update(&metrics[index].unit)
            if metrics[index].period != nil { update(&metrics[index].period!) }
        }
    }
}

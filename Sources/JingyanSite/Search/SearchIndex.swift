import Foundation
import JingyanModel
import JingyanSupport

/// The search index the site ships under `search/`, split into small scripts the search page loads
/// on demand; docs/search-index.md is the schema and says why it is cut this way.
///
/// Documents are numbered by place, then content order, so a place is a range of numbers. Postings
/// carry per document a weight (in the title, a mechanism name, the place name; occurrences in
/// the text) that ranks candidates before any document is fetched; the page then fetches only
/// the documents it shows and checks that each query term really occurs in them.
struct SearchIndex {
    static let schemaVersion = "jingyan.search/5"
    static let folder = "search/"
    static let manifestPath = folder + "manifest.js"
    /// Documents per document shard. The hits of a page of results are scattered over the
    /// numbers, so each one costs a shard: one document per shard makes that the least bytes.
    static let documentsPerShard = 1
    /// Posting shards are as many as make them about this size on average (`postingShardCount`).
    static let postingShardBytes = 16 * 1024

    struct Facet: Equatable {
        var key: String
        var name: String
        var url: String
        /// "scheme" or "category" for mechanisms; absent for places.
        var kind: String?
        /// A scheme's other spellings (`aliases` of taxonomy.yml): indexed and matched as its name.
        var spellings: [String] = []
    }

    struct Document: Equatable {
        var url: String
        var title: String
        /// Index into `places`.
        var place: Int
        /// Indices into `mechanisms`.
        var mechanisms: [Int]
        /// The practice text; paragraphs separated by "\n".
        var text: String
        /// Its metrics, each [number as written with its unit, what is counted, period or ""]:
        /// what the page's comparison and export show. Not indexed.
        var figures: [[String]] = []
        /// "2025年1月15日", "" when its page is not dated; and `citation(of:)` of its article.
        var date = ""
        var citation = ""
    }

    /// One document in a token's posting, with where the token occurs in it.
    struct Posting: Equatable {
        static let title: UInt8 = 32
        static let mechanism: UInt8 = 16
        static let place: UInt8 = 8
        /// Occurrences in the text, at most this many.
        static let maxCount: UInt8 = 7

        var document: Int
        /// Field bits (title, mechanism, place) plus the occurrence count in the low three bits.
        var weight: UInt8
    }

    var places: [Facet]
    var mechanisms: [Facet]
    /// The practice (index into `SiteModel.practices`) of each document: ordered by place, then
    /// content order.
    var practiceOfDocument: [Int]
    /// The first document of each place; a place's documents run to the next one's first.
    var placeStarts: [Int]
    /// Shard key → postings in ascending order, encoded as the shards carry them (`encode`):
    /// two or three bytes a posting, where a `Posting` array would take sixteen. A key is a token
    /// with its whole posting, or, for a posting longer than a block, the token with its head or
    /// `blockKey(token, i)` with block i (`blockedPostings`). Besides the tokens, "#" + a
    /// mechanism key lists the documents tagged with it (the mechanism filter).
    var encodedPostings: [String: [UInt8]]
    /// The tokens whose posting is cut into blocks.
    var blockedPostings: [String: Blocked] = [:]

    /// Document number of each practice (index into `SiteModel.practices`).
    var documentOfPractice: [Int]
    /// What the documents are made of. The index holds no document: each is made from the model
    /// when it is written or compared, as their texts together are about the size of the base.
    var model: SiteModel

    /// Every token's whole posting, decoded: for tests and tools.
    var postings: [String: [Posting]] {
        Dictionary(
            uniqueKeysWithValues: encodedPostings.keys.filter { !$0.contains("/") }.map { ($0, fullPosting($0)) })
    }

    /// Every document, made from the model: for tests and tools.
    var documents: [Document] { practiceOfDocument.indices.map(document) }

    /// Documents made, written and tokenized at a time while the index is built: whole document
    /// shards, so that a batch writes its own.
    static let documentBatch = documentsPerShard * 1024

    /// The index of `model`. With a `sink`, the document shards are written into it as the
    /// documents are made, a batch at a time (`write(to:documents: false)` then writes the rest):
    /// no more than a batch of documents is held.
    init(model: SiteModel, writingDocumentsTo sink: (any SiteSink)? = nil) throws {
        places = model.places.map { Facet(key: $0.path, name: $0.name, url: $0.path, kind: nil) }
        mechanisms = model.mechanisms.map {
            Facet(
                key: $0.slug, name: $0.key.name, url: $0.path, kind: $0.key.kind.rawValue,
                spellings: model.naming.spellings(of: $0.key))
        }
        // The manifest lists the categories first, by their number here, which documents give:
        // the model's order (`MechanismKey` sorts by kind first).
        precondition(mechanisms.map { $0.kind ?? "" } == mechanisms.map { $0.kind ?? "" }.sorted())
        let placeIndex = Dictionary(uniqueKeysWithValues: model.places.enumerated().map { ($1.key, $0) })
        let placeOfPractice = model.practices.map { placeIndex[$0.place]! }
        let order = model.practices.indices.sorted { (placeOfPractice[$0], $0) < (placeOfPractice[$1], $1) }
        var documentOfPractice = [Int](repeating: 0, count: order.count)
        for (number, practice) in order.enumerated() { documentOfPractice[practice] = number }
        var start = 0
        placeStarts = places.indices.map { place in
            defer { while start < order.count && placeOfPractice[order[start]] == place { start += 1 } }
            return start
        }
        self.documentOfPractice = documentOfPractice
        practiceOfDocument = order
        self.model = model
        encodedPostings = [:]
        var lists = PostingLists(places: places, mechanisms: mechanisms)
        for batch in stride(from: 0, to: order.count, by: Self.documentBatch) {
            let numbers = batch..<min(batch + Self.documentBatch, order.count)
            let documents = numbers.concurrentMap { [self] in document($0) }
            if let sink { try Self.write(documents, from: batch, mechanisms: mechanisms, to: sink) }
            for (offset, document) in documents.enumerated() { lists.add(document, number: batch + offset) }
        }
        encodedPostings = lists.encoded()
        blockedPostings = Self.cutIntoBlocks(&encodedPostings)
    }

    /// Document `number`, made from the model.
    func document(_ number: Int) -> Document {
        // The last place starting at or before it: a place without documents starts where the next one does.
        var (low, high) = (0, placeStarts.count)
        while high - low > 1 {
            let middle = (low + high) / 2
            if placeStarts[middle] <= number { low = middle } else { high = middle }
        }
        return Self.document(of: practiceOfDocument[number], in: model, place: low)
    }

    /// The posting lists as the documents come, in ascending numbers. Tokens are counted as
    /// integers (`TokenKey`) and turned into strings once each at the end.
    struct PostingLists {
        let places: [Facet]
        let mechanisms: [Facet]
        private var words = TokenWords()
        private var numbers: [TokenKey: Int] = [:]
        private var lists: [[UInt8]] = []
        private var lastDocuments: [Int32] = []  // of each list, for the gap encoding
        private var mechanismPostings: [[Int]]
        private var occurrences: [Occurrence] = []

        init(places: [Facet], mechanisms: [Facet]) {
            self.places = places
            self.mechanisms = mechanisms
            mechanismPostings = [[Int]](repeating: [], count: mechanisms.count)
        }

        mutating func add(_ document: Document, number: Int) {
            for mechanism in document.mechanisms { mechanismPostings[mechanism].append(number) }
            SearchIndex.forEachWeightedToken(
                of: document, places: places, mechanisms: mechanisms, words: &words, occurrences: &occurrences
            ) { key, weight in
                let list =
                    numbers[key]
                    ?? {
                        numbers[key] = lists.count
                        lists.append([])
                        lastDocuments.append(-1)
                        return lists.count - 1
                    }()
                SearchIndex.append(
                    Posting(document: number, weight: weight), after: Int(lastDocuments[list]), to: &lists[list])
                lastDocuments[list] = Int32(number)
            }
        }

        func encoded() -> [String: [UInt8]] {
            let wordOfKey = words.byKey()
            var postings: [String: [UInt8]] = [:]
            for (key, list) in numbers { postings[key.text(words: wordOfKey)] = lists[list] }
            for (mechanism, numbers) in mechanismPostings.enumerated() {
                postings["#" + mechanisms[mechanism].key] = SearchIndex.encode(
                    numbers.map { Posting(document: $0, weight: 0) })
            }
            return postings
        }
    }

    /// The tokens of one document, each once with its weight, in key order. Per document the
    /// token occurrences, each tagged with its field, are sorted so that one pass sums them up.
    private static func forEachWeightedToken(
        of document: Document, places: [Facet], mechanisms: [Facet], words: inout TokenWords,
        occurrences: inout [Occurrence],
        _ body: (_ key: TokenKey, _ weight: UInt8) -> Void
    ) {
        occurrences.removeAll(keepingCapacity: true)
        func add(_ text: String, field: Occurrence.Field) {
            SearchTokenizer.forEachToken(in: text) { token in
                let key =
                    switch token {
                    case .bigram(let packed): TokenKey(bigram: packed)
                    case .word(let word): words.key(of: word)
                    }
                occurrences.append(Occurrence(key, in: field))
            }
        }
        add(document.text, field: .text)
        add(places[document.place].name, field: .place)
        for mechanism in document.mechanisms {
            add(mechanisms[mechanism].name, field: .mechanism)
            for spelling in mechanisms[mechanism].spellings { add(spelling, field: .mechanism) }
        }
        add(document.title, field: .title)
        occurrences.sort()
        var at = 0
        while at < occurrences.count {
            let key = occurrences[at].key
            var weight: UInt8 = 0
            while at < occurrences.count && occurrences[at].key == key {
                switch occurrences[at].field {
                case .text: if weight & Posting.maxCount < Posting.maxCount { weight += 1 }
                case .place: weight |= Posting.place
                case .mechanism: weight |= Posting.mechanism
                case .title: weight |= Posting.title
                }
                at += 1
            }
            body(key, weight)
        }
    }

    /// One document's tokens and weights, as its postings carry them.
    func weightedTokens(of document: Document) -> [String: UInt8] {
        var words = TokenWords()
        var occurrences: [Occurrence] = []
        var weights: [TokenKey: UInt8] = [:]
        Self.forEachWeightedToken(
            of: document, places: places, mechanisms: mechanisms, words: &words, occurrences: &occurrences
        ) {
            weights[$0] = $1
        }
        let wordOfKey = words.byKey()
        return Dictionary(uniqueKeysWithValues: weights.map { ($0.key.text(words: wordOfKey), $0.value) })
    }

    static func document(of practice: Int, in model: SiteModel, place: Int) -> Document {
        let entry = model.practices[practice]
        let article = model.articles[entry.articleIndex]
        return Document(
            url: entry.path, title: entry.title, place: place,
            mechanisms: entry.mechanisms.map(model.mechanismIndex), text: plainText(model.fullPractice(practice).text),
            figures: entry.practice.metrics.map { [SitePages.valueLabel($0) + $0.unit, $0.subject, $0.period ?? ""] },
            date: article.provenance.date.flatMap(PageProvenance.chineseDate) ?? "", citation: citation(of: article))
    }

    /// Documents that contain every token of `term`, ascending; nil when the term has no token
    /// (one Han character, punctuation): the page then asks for a longer term.
    func candidates(for term: String) -> [Int]? {
        let tokens = SearchTokenizer.tokens(in: term)
        guard let first = tokens.first else { return nil }
        func documents(_ token: String) -> [Int] { fullPosting(token).map(\.document) }
        var result = Set(documents(first))
        for token in tokens.dropFirst() { result.formIntersection(documents(token)) }
        return result.sorted()
    }

    /// Paragraphs joined by one newline: the index shows snippets, not layout.
    /// Spaces are trimmed by scalar, without Foundation's `trimmingCharacters` and its trip
    /// through NSString.
    static func plainText(_ markdownish: String) -> String {
        func isSpaceSeparatorOrTab(_ scalar: Unicode.Scalar) -> Bool {
            scalar == "\t" || scalar.properties.generalCategory == .spaceSeparator
        }
        return markdownish.split(separator: "\n", omittingEmptySubsequences: true)
            .map { SitePages.trimming($0, while: isSpaceSeparatorOrTab) }
            .filter { !$0.isEmpty }
            .joined(separator: "\n")
    }
}

import Foundation
import JingyanSupport

/// The index as the files the site ships (docs/search-index.md), and their update after an edit.
extension SearchIndex {
    /// Every file of the index, keyed by its path relative to the site root.
    func files() throws -> [String: Data] {
        let sink = MemorySink()
        try write(to: sink)
        return sink.files
    }

    /// Hands every file of the index to `sink` as it is made, on all cores, so the index is never
    /// held whole; without `documents`, all but the document shards, which
    /// `init(model:writingDocumentsTo:)` wrote. Same index → same bytes: keys sorted, no time,
    /// shard numbers from a fixed hash.
    func write(to sink: some SiteSink, documents: Bool = true) throws {
        let shards = postingShards()
        try write(postingShards: Array(shards.indices), of: shards, to: sink)
        if documents { try write(documents: Array(practiceOfDocument.indices), to: sink) }
        let mechanisms = mechanisms
        try sink.write(
            Self.script("mechanisms") { json in
                json.object(
                    ["category", "scheme"].map { kind in
                        (
                            kind,
                            { json in
                                json.array(mechanisms.filter { $0.kind == kind }) {
                                    $0.strings([$1.key, $1.name] + $1.spellings)
                                }
                            }
                        )
                    })
            }, to: Self.folder + "mechanisms.js")
        try writeManifest(postingShards: shards.count, to: sink)
    }

    /// The keys of each posting shard, sorted by UTF-8 as the shard lists them.
    func postingShards() -> [[String]] {
        var shards = [[String]](repeating: [], count: postingShardCount())
        for key in encodedPostings.keys { shards[Self.shard(of: key, among: shards.count)].append(key) }
        return shards.map { $0.sorted(by: Self.precedes) }
    }

    static func precedes(_ left: String, _ right: String) -> Bool { left.utf8.lexicographicallyPrecedes(right.utf8) }

    private func write(postingShards numbers: [Int], of shards: [[String]], to sink: some SiteSink) throws {
        let (encoded, blocked) = (encodedPostings, blockedPostings)
        _ = try Concurrent.map(numbers.count) { item in
            let number = numbers[item]
            try sink.write(
                Self.script("p/\(number)") { json in
                    json.object(
                        shards[number].map { key in
                            (
                                key,
                                { json in
                                    // A head: [its postings, documents in the whole posting, blocks].
                                    guard let blocked = blocked[key] else { return json.quoted(encoded[key]!) }
                                    json.raw("[")
                                    json.quoted(encoded[key]!)
                                    json.raw(",\(blocked.documents),\(blocked.blocks)]")
                                }
                            )
                        })
                }, to: Self.postingShardPath(number))
        }
    }

    /// The shards of documents `numbers`, each made from the model.
    private func write(documents numbers: [Int], to sink: some SiteSink) throws {
        let shards = Set(numbers.map { $0 / Self.documentsPerShard }).sorted()
        _ = try Concurrent.map(shards.count) { [self] item in
            let start = shards[item] * Self.documentsPerShard
            let documents = (start..<min(start + Self.documentsPerShard, practiceOfDocument.count)).map(document)
            try sink.write(
                Self.shard(shards[item], of: documents, mechanisms: mechanisms),
                to: Self.documentShardPath(shards[item]))
        }
    }

    /// The shards of `documents`, whole shards numbered from `first`, on all cores.
    static func write(
        _ documents: [Document], from first: Int, mechanisms: [Facet], to sink: any SiteSink
    ) throws {
        let shards = (first / documentsPerShard)..<((first + documents.count - 1) / documentsPerShard + 1)
        _ = try shards.concurrentMap { number in
            let start = number * documentsPerShard - first
            try sink.write(
                shard(
                    number, of: Array(documents[start..<min(start + documentsPerShard, documents.count)]),
                    mechanisms: mechanisms),
                to: documentShardPath(number))
        }
    }

    /// Document shard `number`, which holds `documents`.
    private static func shard(_ number: Int, of documents: [Document], mechanisms: [Facet]) -> Data {
        script("d/\(number)") { json in
            json.array(documents) { json, document in
                json.raw("[")
                for field in [document.url, document.title, document.text] {
                    json.string(field)
                    json.raw(",")
                }
                // A category by its number in the manifest's list (`mechanisms` lists them first),
                // a scheme as [key, name, other spellings…]: a shown result needs no other file.
                json.array(document.mechanisms) { json, index in
                    let mechanism = mechanisms[index]
                    if mechanism.kind == "category" { return json.int(index) }
                    json.strings([mechanism.key, mechanism.name] + mechanism.spellings)
                }
                json.raw(",")
                json.array(document.figures) { json, figure in json.strings(figure) }
                json.raw(",")
                json.strings([document.date, document.citation], bracketed: false)
                json.raw("]")
            }
        }
    }

    private func writeManifest(postingShards: Int, to sink: some SiteSink) throws {
        let (documentCount, places, placeStarts) = (practiceOfDocument.count, places, placeStarts)
        let categories = mechanisms.filter { $0.kind == "category" }
        try sink.write(
            Self.script("manifest") { json in
                json.object([
                    (
                        "categories",
                        { json in json.array(categories) { $0.strings([$1.key, $1.name] + $1.spellings) } }
                    ),
                    ("documents", { $0.int(documentCount) }),
                    ("documentsPerShard", { $0.int(Self.documentsPerShard) }),
                    (
                        "places",
                        { json in
                            json.array(places.indices) { json, index in
                                json.raw("[")
                                json.strings([places[index].key, places[index].name], bracketed: false)
                                json.raw(",")
                                json.int(placeStarts[index])
                                json.raw("]")
                            }
                        }
                    ),
                    ("postingShards", { $0.int(postingShards) }),
                    ("schema", { $0.string(Self.schemaVersion) }),
                ])
            }, to: Self.manifestPath)
    }

    // MARK: Updating

    /// Brings the index to `model` after the practices `edited` changed in place, and the
    /// mechanisms `regrouped` changed their practices, and writes the files that changed:
    /// the edited documents, the posting shards of every key whose postings changed, and, when
    /// the shard count changed (`postingShardCount`), every posting shard and the manifest.
    /// `SiteBuilder.update` has checked that nothing else changed: the same practices, places
    /// and mechanisms, so the same document numbers. `shards` is `postingShards()`, kept up to date.
    mutating func update(
        edited: [Int], regrouped: [Int], model: SiteModel, shards: inout [[String]], to sink: some SiteSink
    ) throws {
        var changedKeys = Set<String>()
        var changedDocuments: [Int] = []
        for practice in edited {
            let number = documentOfPractice[practice]
            let old = document(number)
            let new = Self.document(of: practice, in: model, place: old.place)
            guard new != old else { continue }
            let (oldWeights, newWeights) = (weightedTokens(of: old), weightedTokens(of: new))
            for token in Set(oldWeights.keys).union(newWeights.keys) where oldWeights[token] != newWeights[token] {
                var postings = fullPosting(token).filter { $0.document != number }
                if let weight = newWeights[token] {
                    postings.insert(
                        Posting(document: number, weight: weight),
                        at: postings.firstIndex { $0.document > number } ?? postings.count)
                }
                changedKeys.formUnion(setPosting(token, postings))
            }
            changedDocuments.append(number)
        }
        for mechanism in regrouped {
            let token = "#" + mechanisms[mechanism].key
            let postings = model.mechanisms[mechanism].practiceIndices.map { documentOfPractice[$0] }.sorted().map {
                Posting(document: $0, weight: 0)
            }
            if fullPosting(token) != postings { changedKeys.formUnion(setPosting(token, postings)) }
        }
        self.model = model
        try write(documents: changedDocuments, to: sink)
        guard postingShardCount() == shards.count else {
            shards = postingShards()
            try write(postingShards: Array(shards.indices), of: shards, to: sink)
            try writeManifest(postingShards: shards.count, to: sink)
            return
        }
        var changedShards = Set<Int>()
        for key in changedKeys {
            let number = Self.shard(of: key, among: shards.count)
            changedShards.insert(number)
            let listed = shards[number].firstIndex(of: key)
            if encodedPostings[key] == nil, let listed {
                shards[number].remove(at: listed)
            } else if encodedPostings[key] != nil, listed == nil {
                shards[number].insert(
                    key, at: shards[number].firstIndex { Self.precedes(key, $0) } ?? shards[number].count)
            }
        }
        try write(postingShards: changedShards.sorted(), of: shards, to: sink)
    }

    static func postingShardPath(_ number: Int) -> String { folder + "p/\(number).js" }
    static func documentShardPath(_ number: Int) -> String { folder + "d/\(number).js" }

    /// 32-bit FNV-1a of the token's UTF-8, modulo the shard count; search.js computes the same.
    static func shard(of token: String, among count: Int) -> Int { Int(fnv1a(token) % UInt32(count)) }

    /// 32-bit FNV-1a of the key's UTF-8.
    static func fnv1a(_ key: String) -> UInt32 {
        var hash: UInt32 = 0x811C_9DC5
        for byte in key.utf8 {
            hash ^= UInt32(byte)
            hash &*= 0x0100_0193
        }
        return hash
    }

    /// `JINGYAN_SEARCH.receive("name", JSON);`: a script a `<script src>` can load, which works
    /// from `file://` where `fetch()` does not.
    static func script(_ name: String, _ body: (inout ScriptJSON) -> Void) -> Data {
        var json = ScriptJSON()
        json.raw("JINGYAN_SEARCH.receive(")
        json.string(name)
        json.raw(", ")
        body(&json)
        json.raw(");\n")
        return Data(json.bytes)
    }
}

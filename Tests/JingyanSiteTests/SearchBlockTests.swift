import Foundation
import JingyanModel
import Testing

@testable import JingyanSite

/// Long postings cut into blocks, and posting shards held under a limit (docs/search-index.md,
/// "Blocks"): what a first query fetches does not grow with the base.
@Suite struct SearchBlockTests {
    /// Every posting of `files` read back as search.js reads it: heads and blocks merged.
    func postingsRead(from files: [String: Data]) throws -> (postings: [String: [SearchIndex.Posting]], largest: Int) {
        let manifest = try ShardFile(files[SearchIndex.manifestPath], name: "manifest").object
        let shards = try #require(manifest["postingShards"] as? Int)
        var entries: [String: Any] = [:]
        var largest = 0
        for number in 0..<shards {
            let data = try #require(files[SearchIndex.postingShardPath(number)])
            largest = max(largest, data.count)
            for (key, entry) in try ShardFile(data, name: "p/\(number)").object {
                #expect(SearchIndex.shard(of: key, among: shards) == number, "\(key)")
                entries[key] = entry
            }
        }
        var postings: [String: [SearchIndex.Posting]] = [:]
        for (token, entry) in entries where !token.contains("/") {
            guard let head = entry as? [Any] else {
                postings[token] = try ShardFile.decode(try #require(entry as? String))
                continue
            }
            let (documents, blocks) = (try #require(head[1] as? Int), try #require(head[2] as? Int))
            var merged = try ShardFile.decode(try #require(head[0] as? String))
            #expect(merged.count == SearchIndex.blockPostings)
            var last = try #require(merged.max(by: SearchIndex.ranksBefore))
            for block in 1..<blocks {
                let encoded = try #require(entries[SearchIndex.blockKey(token, block)] as? String)
                let postings = try ShardFile.decode(encoded)
                #expect(postings.count <= SearchIndex.blockPostings)
                // Blocks follow the rank order: none ranks above the last of the block before.
                #expect(postings.allSatisfy { SearchIndex.ranksBefore(last, $0) })
                last = try #require(postings.max(by: SearchIndex.ranksBefore))
                merged += postings
            }
            #expect(merged.count == documents && entries[SearchIndex.blockKey(token, blocks)] == nil)
            postings[token] = merged.sorted { $0.document < $1.document }
        }
        return (postings, largest)
    }

    @Test func longPostingsComeInBlocksThatAddUpToThem() throws {
        // Ten characters: every bigram is in about half of some 4,000 documents.
        let index = try SearchIndex(model: try SiteModel(articles: GeneratedCorpus.articles(count: 2000)))
        #expect(!index.blockedPostings.isEmpty)
        let (postings, largest) = try postingsRead(from: try index.files())
        #expect(postings == index.postings)
        #expect(largest <= SearchIndex.postingShardLimit + 64)
        // The head of a long posting holds its best-ranked documents.
        for (token, blocked) in index.blockedPostings {
            let best = index.postings[token]!.sorted(by: SearchIndex.ranksBefore).prefix(SearchIndex.blockPostings)
            #expect(Set(best.map(\.document)) == Set(SearchIndex.decode(index.encodedPostings[token]!).map(\.document)))
            #expect(blocked.documents == index.postings[token]!.count)
        }
    }

    /// One token in every document, at two sizes forty times apart: the shard a query for it
    /// fetches first is no larger at the larger size, and under the limit.
    @Test func theFirstFetchOfATokenInEveryDocumentDoesNotGrow() throws {
        var firstFetch: [Int] = []
        for documents in [5_000, 200_000] {
            var index = try SearchIndex(model: try SiteModel(articles: GeneratedCorpus.articles(count: 20)))
            var state: UInt64 = 7
            let postings = (0..<documents).map { number in
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                return SearchIndex.Posting(document: number, weight: UInt8((state >> 33) % 64))
            }
            index.encodedPostings = ["网格": SearchIndex.encode(postings)]
            index.blockedPostings = SearchIndex.cutIntoBlocks(&index.encodedPostings)
            let blocked = try #require(index.blockedPostings["网格"])
            #expect(blocked.blocks == (documents + SearchIndex.blockPostings - 1) / SearchIndex.blockPostings)
            let shards = index.postingShards()
            let files = MemorySink()
            try index.write(to: files, documents: false)
            let (read, largest) = try postingsRead(from: files.files)
            #expect(read["网格"] == postings)
            #expect(largest <= SearchIndex.postingShardLimit + 64)
            let head = try #require(
                files.files[SearchIndex.postingShardPath(SearchIndex.shard(of: "网格", among: shards.count))])
            firstFetch.append(head.count)
        }
        // The head's document numbers are larger at 200,000: a digit or two more per gap at most.
        #expect(firstFetch[1] <= firstFetch[0] * 2)
        #expect(firstFetch.allSatisfy { $0 <= SearchIndex.postingShardLimit + 64 })
    }

    /// An edit reaching tokens whose postings are in blocks leaves what a build of the edited
    /// content writes: the same blocks, shards and files.
    @Test func anEditOfLongPostingsLeavesWhatABuildWrites() throws {
        var articles = GeneratedCorpus.articles(count: 2000)
        var index = try SearchIndex(model: try SiteModel(articles: articles))
        var shards = index.postingShards()
        articles[7].sections[0].practices[0].text = "甲乙甲乙甲乙丙丁，丁戊 new 2025"
        let model = try SiteModel(articles: articles)
        let id = articles[7].sections[0].practices[0].id
        let practice = try #require(model.practices.firstIndex { $0.practice.id == id })
        let sink = MemorySink()
        try index.update(edited: [practice], regrouped: [], model: model, shards: &shards, to: sink)
        let built = try SearchIndex(model: model)
        #expect(!built.blockedPostings.isEmpty)
        #expect(index.encodedPostings == built.encodedPostings && index.blockedPostings == built.blockedPostings)
        #expect(shards == built.postingShards())
        let files = try built.files()
        #expect(!sink.files.isEmpty)
        for (path, data) in sink.files { #expect(files[path] == data, "\(path)") }
    }
}

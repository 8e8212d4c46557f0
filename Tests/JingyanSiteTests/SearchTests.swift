import Foundation
import JingyanModel
import Testing

@testable import JingyanSite

@Suite struct SearchTokenizerTests {
    @Test func hanRunsBecomeBigrams() {
        #expect(SearchTokenizer.tokens(in: "网格员") == ["网格", "格员"])
        #expect(SearchTokenizer.tokens(in: "党小组+网格员") == ["党小", "小组", "网格", "格员"])
    }

    @Test func asciiWordsAndNumbersAreLowercasedWholes() {
        #expect(SearchTokenizer.tokens(in: "Party建设 5+1 导师 31.85%") == ["party", "建设", "5", "1", "导师", "31", "85"])
    }

    @Test func aSingleHanCharacterYieldsNoToken() {
        #expect(SearchTokenizer.tokens(in: "人").isEmpty)
        #expect(SearchTokenizer.tokens(in: "1139人") == ["1139"])
    }

    @Test func punctuationSplitsRuns() {
        #expect(SearchTokenizer.tokens(in: "“一约四会”，院坝") == ["一约", "约四", "四会", "院坝"])
    }
}

@Suite struct SearchIndexTests {
    func documentNumber(of entry: PracticeEntry, in index: SearchIndex) throws -> Int {
        try #require(index.documents.firstIndex { $0.url == entry.path })
    }

    @Test func everyChineseSubstringOfAPracticeFindsIt() throws {
        let model = try Fixture.model()
        let index = try SearchIndex(model: model)
        for entry in model.practices {
            let document = try documentNumber(of: entry, in: index)
            let han = Array(entry.practice.text.unicodeScalars)
            for length in 2...4 {
                for start in stride(from: 0, to: han.count - length, by: 3) {
                    let slice = han[start..<(start + length)]
                    guard slice.allSatisfy(SearchTokenizer.isHan) else { continue }
                    var query = ""
                    query.unicodeScalars.append(contentsOf: slice)
                    #expect(
                        index.candidates(for: query)?.contains(document) == true,
                        "\(query) should find \(entry.practice.id)")
                }
            }
        }
    }

    @Test func gridFindsSinanAndYuping() throws {
        let model = try Fixture.model()
        let index = try SearchIndex(model: model)
        let places = Set(try #require(index.candidates(for: "网格")).map { index.places[index.documents[$0].place].name })
        #expect(places.isSuperset(of: ["思南", "玉屏·新店镇"]))
    }

    @Test func mechanismNamesAndPlaceNamesAreIndexed() throws {
        let index = try SearchIndex(model: try Fixture.model())
        let category = try #require(index.mechanisms.firstIndex { $0.kind == "category" && $0.name == "网格化治理" })
        let tagged = index.documents.indices.filter { index.documents[$0].mechanisms.contains(category) }
        #expect(Set(tagged).isSubset(of: try #require(index.candidates(for: "网格化治理"))))
        #expect(
            try #require(index.candidates(for: "思南")).allSatisfy {
                index.places[index.documents[$0].place].name == "思南"
            })
        #expect(index.postings["#" + index.mechanisms[category].key]?.map(\.document) == tagged)
    }

    @Test func aSingleHanCharacterHasNoCandidates() throws {
        #expect(try SearchIndex(model: try Fixture.model()).candidates(for: "人") == nil)
    }

    @Test func documentsAreNumberedByPlaceSoAPlaceIsARange() throws {
        let index = try SearchIndex(model: try Fixture.model())
        #expect(index.documents.map(\.place) == index.documents.map(\.place).sorted())
        for (place, start) in index.placeStarts.enumerated() {
            let end = place + 1 < index.placeStarts.count ? index.placeStarts[place + 1] : index.documents.count
            #expect(index.documents[start..<end].allSatisfy { $0.place == place })
        }
    }

    @Test func postingsAreAscendingAndUnique() throws {
        let index = try SearchIndex(model: try Fixture.model())
        for (token, postings) in index.postings {
            let documents = postings.map(\.document)
            #expect(documents == Array(Set(documents)).sorted(), "\(token)")
        }
    }

    /// On a generated corpus dense in shared bigrams: the candidates are those of the previous
    /// single-file index (every token of title, place, mechanisms and text, intersected), and each
    /// weight says where the token occurs and how often in the text.
    @Test func candidatesAndWeightsMatchAPlainRecount() throws {
        let model = try SiteModel(articles: GeneratedCorpus.articles(count: 60))
        let index = try SearchIndex(model: model)
        var tokensOf: [Set<String>] = []
        for document in index.documents {
            let fields =
                [document.title, index.places[document.place].name]
                + document.mechanisms.map { index.mechanisms[$0].name }
            let tokens = Set((fields + [document.text]).flatMap(SearchTokenizer.tokens(in:)))
            tokensOf.append(tokens)
            for token in tokens {
                let weight = try #require(
                    index.postings[token]?.first { $0.document == tokensOf.count - 1 }?.weight, "\(token)")
                let count = SearchTokenizer.tokens(in: document.text).filter { $0 == token }.count
                #expect(Int(weight & SearchIndex.Posting.maxCount) == min(count, 7), "\(token)")
                #expect(
                    (weight & SearchIndex.Posting.title != 0)
                        == SearchTokenizer.tokens(in: document.title).contains(token))
                #expect(
                    (weight & SearchIndex.Posting.place != 0) == SearchTokenizer.tokens(in: fields[1]).contains(token))
            }
        }
        #expect(
            Set(index.postings.keys.filter { !$0.hasPrefix("#") }) == tokensOf.reduce(into: Set()) { $0.formUnion($1) })
        for document in index.documents {
            let text = Array(document.text.unicodeScalars)
            for start in stride(from: 0, to: text.count - 4, by: 2) {
                var term = ""
                term.unicodeScalars.append(contentsOf: text[start..<(start + 2 + start % 3)])
                let tokens = SearchTokenizer.tokens(in: term)
                guard !tokens.isEmpty else { continue }
                let expected = tokensOf.indices.filter { tokensOf[$0].isSuperset(of: tokens) }
                #expect(index.candidates(for: term) == expected, "\(term)")
            }
        }
    }

    @Test func filesHoldThePostingsInTheShardOfEachToken() throws {
        let index = try SearchIndex(model: try SiteModel(articles: GeneratedCorpus.articles(count: 200)))
        let files = try index.files()
        let manifest = try ShardFile(files[SearchIndex.manifestPath], name: "manifest").object
        let shards = try #require(manifest["postingShards"] as? Int)
        #expect(manifest["schema"] as? String == SearchIndex.schemaVersion)
        #expect(manifest["documents"] as? Int == index.documents.count)
        var seen: [String: [SearchIndex.Posting]] = [:]
        for number in 0..<shards {
            let shard = try ShardFile(files[SearchIndex.postingShardPath(number)], name: "p/\(number)").object
            for (key, encoded) in shard {
                #expect(SearchIndex.shard(of: key, among: shards) == number, "\(key)")
                seen[key] = try ShardFile.decode(
                    try #require((encoded as? String) ?? ((encoded as? [Any])?[0] as? String)))
            }
        }
        #expect(seen == index.postings)
        let places = try #require(manifest["places"] as? [[Any]])
        #expect(places.map { $0[2] as? Int } == index.placeStarts)
    }

    @Test func documentShardsHoldEveryDocumentInOrder() throws {
        let index = try SearchIndex(model: try SiteModel(articles: GeneratedCorpus.articles(count: 30)))
        let files = try index.files()
        // A category by its number in the manifest's list, a scheme as [key, name, spellings…].
        let manifest = try ShardFile(files[SearchIndex.manifestPath], name: "manifest").object
        let categories = try #require(manifest["categories"] as? [[String]])
        var urls: [String] = []
        for number in 0..<((index.documents.count + SearchIndex.documentsPerShard - 1) / SearchIndex.documentsPerShard)
        {
            let documents = try #require(
                try ShardFile(files[SearchIndex.documentShardPath(number)], name: "d/\(number)").value as? [[Any]])
            #expect(documents.count <= SearchIndex.documentsPerShard)
            for document in documents {
                urls.append(try #require(document[0] as? String))
                let number = urls.count - 1
                #expect(document[2] as? String == index.documents[number].text)
                let mechanisms = try #require(document[3] as? [Any]).map {
                    try #require(($0 as? Int).map { categories[$0] } ?? ($0 as? [String]))
                }
                #expect(
                    mechanisms.map { $0[1] } == index.documents[number].mechanisms.map { index.mechanisms[$0].name })
                // A mechanism's key, whose page search.js makes of it (SitePaths.mechanism).
                #expect(
                    mechanisms.map { SitePaths.mechanism(slug: $0[0]) }
                        == index.documents[number].mechanisms.map { index.mechanisms[$0].url })
            }
        }
        #expect(urls == index.documents.map(\.url))
    }

    @Test func theSameInputGivesTheSameFiles() throws {
        let articles = GeneratedCorpus.articles(count: 120)
        #expect(
            try SearchIndex(model: SiteModel(articles: articles)).files()
                == SearchIndex(model: SiteModel(articles: articles)).files())
    }
}

@Suite struct ScriptJSONTests {
    @Test func escapesWhatCouldEndOrBreakAScript() throws {
        var json = ScriptJSON()
        json.string("</script><!-- a&b \u{2028}\u{2029} \"q\" \\ \n\t")
        let text = String(decoding: json.bytes, as: UTF8.self)
        #expect(text == #""\u003c/script\u003e\u003c!-- a\u0026b \u2028\u2029 \"q\" \\ \n\u0009""#)
        let decoded = try JSONDecoder().decode(String.self, from: Data(json.bytes))
        #expect(decoded == "</script><!-- a&b \u{2028}\u{2029} \"q\" \\ \n\t")
    }

    @Test func scriptsCallTheRegistrationFunction() throws {
        let script = String(decoding: SearchIndex.script("p/3") { $0.int(1) }, as: UTF8.self)
        #expect(script == "JINGYAN_SEARCH.receive(\"p/3\", 1);\n")
    }
}

/// One index file read back: the JSON between `JINGYAN_SEARCH.receive("name", ` and `);`.
struct ShardFile {
    var value: Any

    var object: [String: Any] { get throws { try #require(value as? [String: Any]) } }

    init(_ data: Data?, name: String) throws {
        let text = String(decoding: try #require(data), as: UTF8.self)
        let prefix = "JINGYAN_SEARCH.receive(\"\(name)\", "
        try #require(text.hasPrefix(prefix) && text.hasSuffix(");\n"), "\(name): \(text.prefix(60))")
        let json = text.dropFirst(prefix.count).dropLast(3)
        value = try JSONSerialization.jsonObject(with: Data(json.utf8), options: [.fragmentsAllowed])
    }

    /// The reading search.js does of a posting string (docs/search-index.md).
    static func decode(_ text: String) throws -> [SearchIndex.Posting] {
        let digits = Array(SearchIndex.digits)
        var postings: [SearchIndex.Posting] = []
        var document = -1
        var value = 0
        var characters = Array(text.utf8)[...]
        while let character = characters.popFirst() {
            let digit = try #require(digits.firstIndex(of: character))
            if digit >= 32 {
                value = value * 32 + digit - 32
                continue
            }
            document += value * 32 + digit + 1
            value = 0
            let weight = try #require(characters.popFirst().flatMap { digits.firstIndex(of: $0) })
            postings.append(SearchIndex.Posting(document: document, weight: UInt8(weight)))
        }
        return postings
    }
}

/// Articles of made-up text over a few characters, so that bigrams repeat across and within
/// documents, with ASCII words, punctuation, townships and shared mechanism names.
enum GeneratedCorpus {
    static func articles(count: Int) -> [Article] {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let characters = Array("甲乙丙丁戊己庚辛壬癸")
        let words = ["Ab", "x1", "2024", "ok"]
        func text(_ length: Int) -> String {
            var text = ""
            for _ in 0..<length {
                switch next(12) {
                case 0: text += words[next(words.count)]
                case 1: text += next(2) == 0 ? "，" : "\n"
                default: text.append(characters[next(characters.count)])
                }
            }
            return text
        }
        let schemes = (0..<8).map { _ in text(3 + next(3)) }
        return (0..<count).map { number in
            let county = ["a", "b", "c"][next(3)]
            let township = next(3) == 0 ? nil : "t\(next(3))"
            let practices = (0..<(1 + next(3))).map { practice in
                Practice(
                    id: "g\(number)-\(practice)", lead: next(2) == 0 ? text(6) : nil, text: text(20 + next(60)),
                    mechanisms: next(2) == 0 ? [schemes[next(schemes.count)]] : [],
                    categories: [["丙丁", "戊己庚"][next(2)]],
                    metrics: [], source: SourceRef(file: "seeds/g.txt", lines: 1...1))
            }
            return Article(
                id: "g\(number)", source: SourceRef(file: "seeds/g.txt", lines: 1...1),
                place: Place(
                    county: county + "县", short: county, township: township.map { $0 + "镇" }, slug: county,
                    townshipSlug: township),
                title: text(8), author: nil, lede: "", mechanisms: [],
                sections: [Section(heading: next(2) == 0 ? text(5) : nil, practices: practices)])
        }
    }
}

import Foundation
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
    @Test func everyChineseSubstringOfAPracticeFindsIt() throws {
        let model = try Fixture.model()
        let index = SearchIndex(model: model)
        for (document, entry) in model.practices.enumerated() {
            let han = Array(entry.practice.text.unicodeScalars)
            for length in 2...4 {
                for start in stride(from: 0, to: han.count - length, by: 3) {
                    let slice = han[start..<(start + length)]
                    guard slice.allSatisfy(SearchTokenizer.isHan) else { continue }
                    var query = ""
                    query.unicodeScalars.append(contentsOf: slice)
                    #expect(index.candidates(for: query).contains(document), "\(query) should find \(entry.practice.id)")
                }
            }
        }
    }

    @Test func gridFindsSinanAndYuping() throws {
        let model = try Fixture.model()
        let index = SearchIndex(model: model)
        let places = Set(index.candidates(for: "网格").map { model.places[index.documents[$0].place].name })
        #expect(places.isSuperset(of: ["思南", "玉屏·新店镇"]))
    }

    @Test func mechanismNamesAndPlaceNamesAreIndexed() throws {
        let model = try Fixture.model()
        let index = SearchIndex(model: model)
        let category = try #require(index.mechanisms.firstIndex { $0.kind == "category" && $0.name == "网格化治理" })
        let tagged = index.documents.indices.filter { index.documents[$0].mechanisms.contains(category) }
        #expect(Set(tagged).isSubset(of: index.candidates(for: "网格化治理")))
        #expect(index.candidates(for: "思南").allSatisfy { model.places[index.documents[$0].place].name == "思南" })
    }

    @Test func postingsAreAscendingAndUnique() throws {
        let index = SearchIndex(model: try Fixture.model())
        for (token, documents) in index.postings {
            #expect(documents == Array(Set(documents)).sorted(), "\(token)")
        }
    }

    @Test func scriptAssignsTheGlobalWithSortedKeysAndDocumentsTheSchema() throws {
        let script = String(decoding: try SearchIndex(model: try Fixture.model()).javaScript(), as: UTF8.self)
        #expect(script.hasPrefix("window.JINGYAN_SEARCH_INDEX = {\"documents\":"))
        #expect(script.contains("\"schema\":\"jingyan.search/1\""))
        #expect(script.hasSuffix("};\n"))
    }
}

@Suite struct JavaScriptLiteralTests {
    @Test func escapesWhatCouldEndOrBreakAScript() throws {
        let json = try JavaScriptLiteral.json(["text": "</script><!-- a&b \u{2028}\u{2029}"])
        #expect(json == #"{"text":"\u003c/script\u003e\u003c!-- a\u0026b \u2028\u2029"}"#)
        let decoded = try JSONDecoder().decode([String: String].self, from: Data(json.utf8))
        #expect(decoded["text"] == "</script><!-- a&b \u{2028}\u{2029}")
    }
}

import Foundation
import JingyanModel
import Testing

@testable import JingyanSite

@Suite struct SiteModelTests {
    @Test func placesIncludeTheCountyOfEveryTownship() throws {
        let model = try Fixture.model()
        #expect(model.places.map(\.name) == ["石阡", "石阡·国荣乡", "思南", "松桃", "沿河", "玉屏", "玉屏·新店镇"])
        let yuping = model.place(PlaceKey(countySlug: "yuping", townshipSlug: nil))
        #expect(yuping.articleIndices.isEmpty)
        #expect(model.townships(of: yuping.key).map(\.name) == ["玉屏·新店镇"])
        #expect(
            model.place(PlaceKey(countySlug: "yuping", townshipSlug: "xindian")).path == "places/yuping/xindian.html")
    }

    @Test func practicesKeepArticleOrderAndTakeTheirTitleFromLeadOrHeading() throws {
        let model = try Fixture.model()
        #expect(model.practices.count == 32)
        #expect(model.practices[0].title == "规范程序“科学选”")
        #expect(model.practices[0].path == "practices/songtao-01.html")
        let sinan = try #require(model.practices.first { $0.practice.id == "sinan-03" })
        #expect(sinan.title == "强化基层治理，解码乡村治理“新途径”")
        #expect(sinan.mechanisms.first == MechanismKey(kind: .scheme, name: "党小组+网格员+联户长"))
        #expect(sinan.mechanisms.contains(MechanismKey(kind: .category, name: "网格化治理")))
    }

    @Test func aMechanismListsEveryPlaceThatUsesIt() throws {
        let model = try Fixture.model()
        let scheme = model.mechanism(MechanismKey(kind: .scheme, name: "强村富民"))
        #expect(scheme.places.map(\.countySlug) == ["shiqian", "sinan"])
        #expect(scheme.practiceIndices.map { model.practices[$0].practice.id } == ["sinan-02", "shiqian-08"])
        // Named in 松桃's lede only: the place is listed, without practices.
        let ledeOnly = model.mechanism(MechanismKey(kind: .scheme, name: "强双基"))
        #expect(ledeOnly.practiceIndices.isEmpty)
        #expect(ledeOnly.placesNamingItOnlyInArticle.map(\.countySlug) == ["shiqian", "songtao"])
    }

    /// A mechanism's neighbour script holds its first practices in order (at most
    /// `practicesPerScript`): index, path, title, place name and place path.
    @Test func neighbourScriptsHoldEachMechanismsFirstPractices() throws {
        let model = try Fixture.model()
        for mechanism in model.mechanisms {
            let script = String(decoding: NeighbourData.javaScript(of: mechanism, model: model), as: UTF8.self)
            let call = "\(NeighbourData.registration)("
            #expect(script.hasPrefix(call) && script.hasSuffix(");\n"))
            let arguments = "[" + script.dropFirst(call.count).dropLast(3) + "]"
            let parsed = try #require(try JSONSerialization.jsonObject(with: Data(arguments.utf8)) as? [Any])
            #expect(parsed[0] as? String == mechanism.slug && parsed[1] as? String == mechanism.key.name)
            let practices = try #require(parsed[2] as? [[Any]])
            let expected = mechanism.practiceIndices.prefix(NeighbourData.practicesPerScript)
            #expect(practices.map { $0[0] as? Int } == expected.map { $0 })
            for (practice, index) in zip(practices, expected) {
                let entry = model.practices[index]
                let place = model.place(entry.place)
                #expect(
                    practice.dropFirst().map { $0 as? String } == [entry.path, entry.title, place.name, place.path])
            }
        }
    }

    @Test func mechanismsUsedByMorePlacesComeFirst() throws {
        let reach = try Fixture.model().mechanismsByReach.map(\.places.count)
        #expect(reach == reach.sorted(by: >))
    }

    @Test func duplicatePracticeIDsAreRefused() throws {
        var articles = try Fixture.extraction().articles
        articles[1].sections[0].practices[0].id = articles[0].sections[0].practices[0].id
        #expect(throws: SiteModelError.duplicatePracticeID("songtao-01")) { try SiteModel(articles: articles) }
    }

    @Test func unsafeIdentifiersBecomeHashedFileNames() {
        #expect(SitePaths.fileName("sinan-03") == "sinan-03")
        #expect(SitePaths.fileName("../etc/passwd").hasPrefix("x-"))
        #expect(SitePaths.fileName("新店镇") == "x-\(SitePaths.hexHash("新店镇"))")
        #expect(SitePaths.hexHash("一约四会") == "cca6b4675cf4bec9")  // 64-bit FNV-1a of the UTF-8
        #expect(SitePaths.hexHash("").count == 16)
    }

    @Test func relativeRootClimbsOneLevelPerFolder() {
        #expect(SitePaths.relativeRoot(from: "index.html") == "")
        #expect(SitePaths.relativeRoot(from: "practices/a.html") == "../")
        #expect(SitePaths.relativeRoot(from: "places/yuping/xindian.html") == "../../")
    }
}

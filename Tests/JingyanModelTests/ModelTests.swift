import Foundation
import Testing

@testable import JingyanModel

/// The value types' own rules: how a quantity prints, how a page's provenance is cited.
@Suite struct QuantityTests {
    @Test func wholeValuesPrintWithoutAFraction() throws {
        #expect(Quantity(43000).description == "43000")
        #expect(Quantity(4.3).description == "4.3")
        #expect(Quantity(31.85).description == "31.85")
        let encoded = try JSONEncoder().encode([Quantity(12), Quantity(0.5)])
        #expect(String(decoding: encoded, as: UTF8.self) == "[12,0.5]")
        #expect(try JSONDecoder().decode([Quantity].self, from: encoded) == [Quantity(12), Quantity(0.5)])
    }
}

@Suite struct PageProvenanceTests {
    @Test func citesTheKnownParts() {
        let full = PageProvenance(publication: "铜仁日报", date: "2025-01-15", page: "3")
        #expect(full.printed == "铜仁日报，2025年1月15日第3版")
        #expect(PageProvenance(publication: "铜仁日报").printed == "铜仁日报")
        #expect(PageProvenance(date: "2025-01-15", page: "A3版").printed == "2025年1月15日A3版")
        #expect(PageProvenance().printed.isEmpty && PageProvenance().isEmpty)
    }
}

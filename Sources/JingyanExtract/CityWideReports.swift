import JingyanLayout

extension PlaceResolver {
    /// "某某城乡网格越织越密" over a lede that opens in one of its counties ("某某县一个村子……"): a
    /// report on the prefecture its title names, which names two or more of its counties in
    /// passing and the prefecture more often than any of them, is city-wide.
    func cityWide(title: String, text: String, county: Division) -> Division? {
        guard
            let prefecture = places.finder.occurrences(in: title).lazy.flatMap(\.divisions).first(where: {
                $0.level == .prefecture && places.isWithin(county, $0)
            })
        else { return nil }
        let counties = Set(
            places.namedInFull(in: text).filter { $0.level == .county && places.isWithin($0, prefecture) }.map(\.short))
        guard counties.count >= Self.minCountiesInPassing else { return nil }
        let most = counties.map { places.count([$0], in: text) }.max() ?? 0
        return places.count([prefecture.short], in: text) > most ? prefecture : nil
    }

    static let minCountiesInPassing = 2
}

import JingyanModel

/// A county, or a township within one. Ordered by slug (pinyin), county before its townships.
struct PlaceKey: Hashable, Comparable, Sendable {
    var countySlug: String
    var townshipSlug: String?

    var county: PlaceKey { PlaceKey(countySlug: countySlug, townshipSlug: nil) }

    static func < (lhs: PlaceKey, rhs: PlaceKey) -> Bool {
        if lhs.countySlug != rhs.countySlug { return lhs.countySlug < rhs.countySlug }
        return (lhs.townshipSlug ?? "") < (rhs.townshipSlug ?? "")
    }
}

/// Named schemes are written in the articles ("一会两评"); categories come from the taxonomy.
enum MechanismKind: String, Sendable, CaseIterable {
    case category, scheme

    var label: String {
        switch self {
        case .category: "分类"
        case .scheme: "具名机制"
        }
    }
}

struct MechanismKey: Hashable, Comparable, Sendable {
    var kind: MechanismKind
    var name: String

    static func < (lhs: MechanismKey, rhs: MechanismKey) -> Bool {
        if lhs.kind != rhs.kind { return lhs.kind.rawValue < rhs.kind.rawValue }
        return lhs.name < rhs.name
    }
}

struct PlaceEntry: Sendable, Equatable {
    var key: PlaceKey
    /// "江口", "德江·某镇".
    var name: String
    /// "江口", "某镇": the name within its county.
    var ownName: String
    /// "江口县", "德江县某镇".
    var fullName: String
    var path: String
    /// Indices into `SiteModel.articles` of the articles about exactly this place.
    var articleIndices: [Int]
    /// Metrics of the practices of exactly this place: counted once, as each of the place's pages
    /// shows the count and a county of 100,000 practices has a thousand pages.
    var metricCount = 0
}

struct PracticeEntry: Sendable, Equatable {
    var practice: Practice
    var articleIndex: Int
    var sectionHeading: String?
    var place: PlaceKey
    var title: String
    var path: String
    /// Named schemes first, as written, then categories.
    var mechanisms: [MechanismKey]
}

struct MechanismEntry: Sendable, Equatable {
    var key: MechanismKey
    /// The page's file name without ".html" (`MechanismNaming.slugs`).
    var slug: String
    var path: String
    /// Indices into `SiteModel.practices` of the practices that name it, in practice order.
    var practiceIndices: [Int]
    /// The practices of its articles at the places where it is named only by an article (in its
    /// title or lede, as a report named after its scheme is): there the scheme is what the whole
    /// article describes, so its practices are the scheme's practices there. In practice order.
    var articlePracticeIndices: [Int] = []
    /// Places whose article names the scheme (in its lede) although none of its practices does.
    var placesNamingItOnlyInArticle: [PlaceKey]
    /// The articles of those places that name it, in content order: a place's row names these,
    /// not the place's other articles.
    var articlesNamingItOnly: [Int]
    /// Every place that uses it, sorted.
    var places: [PlaceKey]

    /// What its page lists and the mechanism list counts: `practiceIndices` and
    /// `articlePracticeIndices`, in practice order.
    var listedPracticeIndices: [Int] = []
    /// `listedPracticeIndices` of each of `places`, in the same order: made once, as each page of
    /// a mechanism of thousands of practices would otherwise group them all again.
    var listedByPlace: [[Int]] = []
}

enum SiteModelError: Error, CustomStringConvertible, Equatable {
    case duplicatePracticeID(String)

    var description: String {
        switch self {
        case .duplicatePracticeID(let id): "two practices share the id \(id); each needs its own page"
        }
    }
}

/// The relations the pages show, computed once from the input: places (with a county page for
/// every county that only has township articles), practices with their pages, mechanisms with
/// the practices and places that use them.
struct SiteModel: Sendable {
    var naming: MechanismNaming
    var articles: [Article]
    var places: [PlaceEntry]
    var practices: [PracticeEntry]
    var mechanisms: [MechanismEntry]
    /// Where the practices' texts and metrics' sentences are, when the input spilled them
    /// (`SiteInput.spillingTexts`): `practices` then hold them empty; `fullPractice` reads them.
    var texts: SpilledTexts?

    private var placeIndexByKey: [PlaceKey: Int]
    private var mechanismIndexByKey: [MechanismKey: Int] = [:]
    private var practiceIndexByID: [String: Int] = [:]
    /// Lookups the pages make once per place or practice: kept as tables so that building every
    /// page stays linear in the number of practices.
    private var practiceIndicesByPlace: [PlaceKey: [Int]] = [:]
    private var townshipIndicesByCounty: [PlaceKey: [Int]] = [:]
    /// Index into `practices` of each article's first practice: an article's practices are
    /// consecutive there.
    private var firstPracticeOfArticle: [Int] = []

    init(articles: [Article], naming: MechanismNaming = MechanismNaming()) throws {
        self.articles = articles
        self.naming = naming

        var articlesByPlace: [PlaceKey: [Int]] = [:]
        var namesByPlace: [PlaceKey: (name: String, ownName: String, fullName: String)] = [:]
        for (index, article) in articles.enumerated() {
            let key = Self.placeKey(of: article.place)
            articlesByPlace[key, default: []].append(index)
            let place = article.place
            namesByPlace[key] = (
                place.displayName, place.township ?? place.short, place.county + (place.township ?? "")
            )
            if key.townshipSlug != nil, namesByPlace[key.county] == nil {
                namesByPlace[key.county] = (place.short, place.short, place.county)
            }
        }
        places = namesByPlace.keys.sorted().map { key in
            PlaceEntry(
                key: key, name: namesByPlace[key]!.name, ownName: namesByPlace[key]!.ownName,
                fullName: namesByPlace[key]!.fullName,
                path: SitePaths.place(key), articleIndices: articlesByPlace[key] ?? [])
        }
        placeIndexByKey = Dictionary(uniqueKeysWithValues: places.enumerated().map { ($1.key, $0) })
        for (index, place) in places.enumerated() where place.key.townshipSlug != nil {
            townshipIndicesByCounty[place.key.county, default: []].append(index)
        }

        practices = []
        for (articleIndex, article) in articles.enumerated() {
            firstPracticeOfArticle.append(practices.count)
            for section in article.sections {
                for practice in section.practices {
                    guard practiceIndexByID[practice.id] == nil else {
                        throw SiteModelError.duplicatePracticeID(practice.id)
                    }
                    practiceIndexByID[practice.id] = practices.count
                    practiceIndicesByPlace[Self.placeKey(of: article.place), default: []].append(practices.count)
                    practices.append(Self.entry(practice, in: section, of: article, at: articleIndex, naming: naming))
                }
            }
        }

        var practicesByMechanism: [MechanismKey: [Int]] = [:]
        for (index, entry) in practices.enumerated() {
            for key in entry.mechanisms { practicesByMechanism[key, default: []].append(index) }
        }
        let articlesByScheme = Self.articlesNaming(articles.indices, of: articles, naming: naming)
        let allKeys = Set(practicesByMechanism.keys).union(articlesByScheme.keys).sorted()
        let slugs = naming.slugs(of: allKeys)
        mechanisms = []
        mechanisms = allKeys.map { key in
            mechanismEntry(
                key, slug: slugs[key]!, practiceIndices: practicesByMechanism[key] ?? [],
                articles: articlesByScheme[key] ?? [])
        }
        mechanismIndexByKey = Dictionary(uniqueKeysWithValues: mechanisms.enumerated().map { ($1.key, $0) })
        countMetrics(at: places.map(\.key))
    }

    /// Sets the `metricCount` of each place of `keys` from its practices.
    private mutating func countMetrics(at keys: some Sequence<PlaceKey>) {
        for key in keys {
            places[placeIndexByKey[key]!].metricCount = practiceIndices(at: key).reduce(0) {
                $0 + practices[$1].practice.metrics.count
            }
        }
    }

    private static func entry(
        _ practice: Practice, in section: Section, of article: Article, at articleIndex: Int, naming: MechanismNaming
    ) -> PracticeEntry {
        PracticeEntry(
            practice: practice, articleIndex: articleIndex, sectionHeading: section.heading,
            place: placeKey(of: article.place),
            title: title(of: practice, heading: section.heading, article: article),
            path: SitePaths.practice(id: practice.id),
            mechanisms: unique(
                practice.mechanisms.map { MechanismKey(kind: .scheme, name: naming.canonical($0)) }
                    + practice.categories.map { MechanismKey(kind: .category, name: $0) }))
    }

    /// The key of a scheme an article names, under its canonical name.
    func schemeKey(_ name: String) -> MechanismKey { MechanismKey(kind: .scheme, name: naming.canonical(name)) }

    /// Indices of the articles (among `indices`) that name each scheme in their list of schemes.
    private static func articlesNaming(
        _ indices: some Sequence<Int>, of articles: [Article], naming: MechanismNaming
    ) -> [MechanismKey: [Int]] {
        var named: [MechanismKey: [Int]] = [:]
        for index in indices {
            for name in Set(articles[index].mechanisms.map(naming.canonical)) {
                named[MechanismKey(kind: .scheme, name: name), default: []].append(index)
            }
        }
        return named
    }

    private func mechanismEntry(
        _ key: MechanismKey, slug: String, practiceIndices: [Int], articles namingIt: [Int]
    ) -> MechanismEntry {
        let practicePlaces = Set(practiceIndices.map { practices[$0].place })
        let articlePlaces = Set(namingIt.map { Self.placeKey(of: articles[$0].place) })
        let onlyInArticle = articlePlaces.subtracting(practicePlaces)
        let namingItOnly = namingIt.filter { onlyInArticle.contains(Self.placeKey(of: articles[$0].place)) }.sorted()
        var entry = MechanismEntry(
            key: key, slug: slug, path: SitePaths.mechanism(slug: slug), practiceIndices: practiceIndices,
            articlePracticeIndices: namingItOnly.flatMap { practiceRange(ofArticle: $0) }.sorted(),
            placesNamingItOnlyInArticle: onlyInArticle.sorted(),
            articlesNamingItOnly: namingItOnly,
            places: practicePlaces.union(articlePlaces).sorted())
        entry.listedPracticeIndices = (entry.practiceIndices + entry.articlePracticeIndices).sorted()
        let listedByPlace = Dictionary(grouping: entry.listedPracticeIndices) { practices[$0].place }
        entry.listedByPlace = entry.places.map { listedByPlace[$0] ?? [] }
        return entry
    }

    /// Indices into `practices` of an article's practices, which are consecutive there.
    func practiceRange(ofArticle index: Int) -> Range<Int> {
        firstPracticeOfArticle[
            index]..<(firstPracticeOfArticle[index] + articles[index].sections.reduce(0) { $0 + $1.practices.count })
    }

    /// What an edit changed in the model: indices into `practices`, `articles` (their own fields,
    /// not their practices) and `mechanisms` (their practices or places).
    struct Change: Equatable {
        var practices: [Int] = []
        var articles: [Int] = []
        var mechanisms: [Int] = []
    }

    /// The model of `articles` made from this one, when they are its articles edited in place:
    /// the same articles and practices in the same order, the same places, no mechanism new or
    /// gone. Only what changed is made again: making the whole model would be much of a preview
    /// rebuild. Nil for any other change, and the same
    /// model as `init(articles:)` otherwise (`SiteUpdateTests`).
    func updated(with articles: [Article]) -> (model: SiteModel, change: Change)? {
        guard articles.count == self.articles.count else { return nil }
        var model = self
        model.articles = articles
        var change = Change()
        var touched = Set<MechanismKey>()
        for (index, article) in articles.enumerated() where article != self.articles[index] {
            let old = self.articles[index]
            guard article.id == old.id, article.place == old.place,
                article.sections.map(\.practices.count) == old.sections.map(\.practices.count)
            else { return nil }
            if article.title != old.title || article.author != old.author || article.lede != old.lede
                || article.mechanisms != old.mechanisms || article.source != old.source
                || article.sections.map(\.heading) != old.sections.map(\.heading)
            {
                change.articles.append(index)
            }
            touched.formUnion(Set(article.mechanisms).symmetricDifference(old.mechanisms).map(schemeKey))
            var position = firstPracticeOfArticle[index]
            for section in article.sections {
                for practice in section.practices {
                    guard practice.id == practices[position].practice.id else { return nil }
                    let entry = Self.entry(practice, in: section, of: article, at: index, naming: naming)
                    if entry != practices[position] {
                        touched.formUnion(Set(entry.mechanisms).symmetricDifference(practices[position].mechanisms))
                        model.practices[position] = entry
                        change.practices.append(position)
                    }
                    position += 1
                }
            }
        }
        model.countMetrics(at: Set(change.practices.map { model.practices[$0].place }))
        guard !touched.isEmpty else { return (model, change) }
        let withSchemes = articles.indices.filter { !articles[$0].mechanisms.isEmpty }
        let articlesByScheme = Self.articlesNaming(withSchemes, of: articles, naming: naming)
        for key in touched.sorted() {
            guard let index = mechanismIndexByKey[key] else { return nil }  // a new mechanism
            var practiceIndices = mechanisms[index].practiceIndices.filter {
                model.practices[$0].mechanisms.contains(key)
            }
            for practice in change.practices
            where model.practices[practice].mechanisms.contains(key) && !practices[practice].mechanisms.contains(key) {
                practiceIndices.insert(
                    practice, at: practiceIndices.firstIndex { $0 > practice } ?? practiceIndices.count)
            }
            guard !practiceIndices.isEmpty || articlesByScheme[key] != nil else { return nil }  // a mechanism gone
            let entry = model.mechanismEntry(
                key, slug: mechanisms[index].slug, practiceIndices: practiceIndices,
                articles: articlesByScheme[key] ?? [])
            if entry != mechanisms[index] {
                model.mechanisms[index] = entry
                change.mechanisms.append(index)
            }
        }
        return (model, change)
    }

    func place(_ key: PlaceKey) -> PlaceEntry { places[placeIndexByKey[key]!] }

    func mechanism(_ key: MechanismKey) -> MechanismEntry { mechanisms[mechanismIndex(key)] }

    /// Index into `mechanisms`.
    func mechanismIndex(_ key: MechanismKey) -> Int { mechanismIndexByKey[key]! }

    func practiceIndex(id: String) -> Int { practiceIndexByID[id]! }

    /// Indices into `mechanisms` of those whose pages list the practice: its own, and the schemes
    /// its article names that it lists as the article's (`articlePracticeIndices`).
    func mechanismIndicesListing(_ practice: Int) -> [Int] {
        let entry = practices[practice]
        var indices = entry.mechanisms.map(mechanismIndex)
        for name in articles[entry.articleIndex].mechanisms {
            let index = mechanismIndex(schemeKey(name))
            if !indices.contains(index), mechanisms[index].articlePracticeIndices.contains(practice) {
                indices.append(index)
            }
        }
        return indices
    }

    /// Townships of a county that have a page, in order.
    func townships(of county: PlaceKey) -> [PlaceEntry] {
        (townshipIndicesByCounty[county] ?? []).map { places[$0] }
    }

    /// Indices into `practices` of the practices of exactly this place, in order.
    func practiceIndices(at place: PlaceKey) -> [Int] { practiceIndicesByPlace[place] ?? [] }

    /// Mechanisms used by more than one place first: those are the ones worth comparing.
    var mechanismsByReach: [MechanismEntry] {
        mechanisms.sorted {
            ($0.places.count, $0.practiceIndices.count, $1.key) > ($1.places.count, $1.practiceIndices.count, $0.key)
        }
    }

    static func placeKey(of place: Place) -> PlaceKey {
        PlaceKey(
            countySlug: place.slug, townshipSlug: place.township == nil ? nil : (place.townshipSlug ?? place.township))
    }

    /// Practice `index` with its text and its metrics' sentences.
    func fullPractice(_ index: Int) -> Practice {
        texts?.restored(practices[index].practice, number: index) ?? practices[index].practice
    }

    /// The lead names a practice; without one the section heading does, else the article title.
    static func title(of practice: Practice, heading: String?, article: Article) -> String {
        practice.lead ?? heading ?? article.title
    }

    private static func unique<T: Hashable>(_ items: [T]) -> [T] {
        var seen: Set<T> = []
        return items.filter { seen.insert($0).inserted }
    }
}

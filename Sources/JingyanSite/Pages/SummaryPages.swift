import JingyanModel

/// The pages that sum up the base: home, the indexes, metrics, search, about and 404.
extension SitePages {
    func home() -> PageSpec {
        let path = SitePaths.home
        let metricCount = model.practices.reduce(0) { $0 + $1.practice.metrics.count }
        let page = HomePage(
            chrome: chrome(path, kind: "home", title: nil, breadcrumbs: []),
            stats: [
                Stat(
                    label: "个地点", count: model.places.filter { !$0.articleIndices.isEmpty }.count,
                    href: relative(SitePaths.places, from: path)),
                Stat(label: "条做法", count: model.practices.count, href: relative(SitePaths.places, from: path)),
                Stat(
                    label: "个机制与分类", count: model.mechanisms.count,
                    href: relative(SitePaths.mechanisms, from: path)),
                Stat(label: "项指标", count: metricCount, href: relative(SitePaths.metrics, from: path)),
            ],
            places: countySummaries(from: path),
            sharedMechanisms: tags(
                model.mechanismsByReach.prefix(Self.homeMechanisms).filter { $0.places.count > 1 }.map(\.key),
                from: path),
            captions: captions.map {
                CaptionView(
                    text: $0.text,
                    credit: [$0.county ?? $0.place, $0.photographer.map { "\($0) 摄" }].compactMap { $0 }.joined(
                        separator: " · "))
            })
        return PageSpec(path: path, template: "home", context: page)
    }

    func placesIndex() -> PageSpec {
        let path = SitePaths.places
        let page = PlacesPage(
            chrome: chrome(path, kind: "places", title: "地点", breadcrumbs: [homeLink(from: path)]),
            places: countySummaries(from: path))
        return PageSpec(path: path, template: "places", context: page)
    }

    func mechanismIndex() -> PageSpec {
        let path = SitePaths.mechanisms
        let groups = MechanismKind.allCases.map { kind in
            MechanismGroup(
                label: kind.label,
                mechanisms: model.mechanismsByReach.filter { $0.key.kind == kind }.map { mechanism in
                    MechanismSummary(
                        href: relative(mechanism.path, from: path), name: mechanism.key.name,
                        practiceCount: mechanism.listedPracticeIndices.count,
                        placeNames: mechanism.places.map { model.place($0).name }.joined(separator: "、"))
                })
        }
        let page = MechanismIndexPage(
            chrome: chrome(path, kind: "mechanisms", title: "机制", breadcrumbs: [homeLink(from: path)]),
            groups: groups.filter { !$0.mechanisms.isEmpty })
        return PageSpec(path: path, template: "mechanisms", context: page)
    }

    /// The charts and the filters; the rows come from the data scripts (`MetricChunk`), which
    /// metrics.js loads for the place chosen and shows a page at a time.
    func metrics() -> PageSpec {
        let path = SitePaths.metrics
        let chunksByCounty = Dictionary(grouping: metricChunks, by: \.county)
        // (practice, metric) index pairs: the corpus's metrics without copying them.
        let metrics = model.practices.indices.flatMap { practice in
            model.practices[practice].practice.metrics.indices.map { (practice, $0) }
        }
        func metric(_ source: Int) -> (entry: PracticeEntry, metric: Metric) {
            let entry = model.practices[metrics[source].0]
            return (entry, entry.practice.metrics[metrics[source].1])
        }
        let (charts, comparableUnits) = BarChart.comparisons(
            of: metrics.indices.lazy.map { source in
                let (entry, metric) = metric(source)
                return BarChart.Candidate(
                    value: metric.valueNormalized.value, group: Self.baseUnit(metric.unit),
                    place: entry.place.countySlug, source: source)
            },
            bar: { source in
                let (entry, metric) = metric(source)
                return BarChart.Bar(
                    label: "\(model.place(entry.place).name) · \(metric.subject)", value: metric.valueNormalized.value,
                    valueLabel: Self.valueLabel(metric) + metric.unit)
            })
        let measured = model.mechanismsByReach.filter { mechanism in
            mechanism.practiceIndices.contains { !model.practices[$0].practice.metrics.isEmpty }
        }
        let page = MetricsPage(
            chrome: chrome(
                path, kind: "metrics", title: "指标", breadcrumbs: [homeLink(from: path)],
                scripts: [SitePaths.assets + "metrics.js"]),
            placeOptions: model.places.compactMap { place in
                if place.key.townshipSlug == nil {
                    guard let chunks = chunksByCounty[place.key] else { return nil }
                    return PlaceFilterOption(
                        value: place.path, label: place.name, chunks: chunks.map(\.path).joined(separator: " "),
                        county: nil)
                }
                guard place.metricCount > 0 else { return nil }
                return PlaceFilterOption(
                    value: place.path, label: place.name, chunks: nil, county: model.place(place.key.county).path)
            },
            unitOptions: Set(metrics.indices.map { metric($0).metric.unit }).sorted().map {
                FilterOption(value: $0, label: $0)
            },
            mechanismOptions: measured.prefix(Self.filterMechanisms).sorted { $0.key < $1.key }
                .map { FilterOption(value: $0.slug, label: $0.key.name) },
            mechanismsCut: measured.count > Self.filterMechanisms,
            metricCount: metrics.count,
            charts: charts,
            unchartedUnits: comparableUnits > charts.count ? comparableUnits - charts.count : nil,
            maximumBars: BarChart.maximumBars,
            placesHref: relative(SitePaths.places, from: path))
        return PageSpec(path: path, template: "metrics", context: page)
    }

    func search() -> PageSpec {
        let path = SitePaths.search
        let page = SearchPage(
            chrome: chrome(
                path, kind: "search", title: "搜索", breadcrumbs: [homeLink(from: path)],
                scripts: [SitePaths.assets + "compare.js", SitePaths.assets + "export.js"]))
        return PageSpec(path: path, template: "search", context: page)
    }

    func about() -> PageSpec {
        let path = SitePaths.about
        let pages = edition.pages.map { page in
            SeedPageRow(
                file: page.file, date: page.date ?? "", articles: page.articles, practices: page.practices,
                metrics: page.metrics, captions: page.captions)
        }
        let page = AboutPage(
            chrome: chrome(path, kind: "about", title: "关于本库", breadcrumbs: [homeLink(from: path)]),
            seedPages: pages,
            totals: SeedPageRow(
                file: "合计", date: edition.date ?? "", articles: pages.reduce(0) { $0 + $1.articles },
                practices: pages.reduce(0) { $0 + $1.practices }, metrics: pages.reduce(0) { $0 + $1.metrics },
                captions: pages.reduce(0) { $0 + $1.captions }),
            placeCount: model.places.filter { !$0.articleIndices.isEmpty }.count,
            date: edition.date,
            baseURL: baseURL?.absolute)
        return PageSpec(path: path, template: "about", context: page)
    }

    /// A server shows this page for a missing address at any depth, so its links cannot be
    /// relative to where it is: with a base URL they start from its path ("/kb/"); without one
    /// they are relative to the site root, right only for misses at the top level.
    func notFound() -> PageSpec {
        let path = SitePaths.notFound
        let root = baseURL?.path ?? ""
        let page = NotFoundPage(
            chrome: chrome(
                path, kind: "not-found", title: "页面未找到",
                breadcrumbs: [Link(href: root + SitePaths.home, label: "首页")], root: root),
            placesHref: root + SitePaths.places)
        return PageSpec(path: path, template: "not-found", context: page)
    }
}

import Foundation
import JingyanModel
import JingyanSupport
import Testing

@testable import JingyanSite

@Suite struct SiteBuilderTests {
    @Test func theSiteHasEveryPageTheModelNames() throws {
        let files = try Fixture.builder().files()
        let model = try Fixture.model()
        let expected =
            [
                SitePaths.home, SitePaths.search, SitePaths.metrics, SitePaths.mechanisms, SitePaths.places,
                SitePaths.about, SitePaths.notFound, SitePaths.marker,
                SitePaths.entriesExport,
                "assets/style.css", "assets/site.js", "assets/search.js", "assets/metrics.js", "assets/compare.js",
                "assets/export.js", "assets/favicon.svg",
            ]
            + model.places.map(\.path) + model.articles.map { SitePaths.article(id: $0.id) }
            + model.practices.map(\.path) + model.mechanisms.map(\.path) + MetricChunk.layout(of: model).map(\.path)
            + model.mechanisms.map(NeighbourData.path) + (try SearchIndex(model: model).files().keys)
        #expect(Set(files.keys) == Set(expected))
    }

    /// The whole original text is on the article page, once; a practice page links to its own
    /// lines there (its first line has an id) instead of repeating them.
    @Test func articlePageHoldsTheOriginalTextAndListsItsPractices() throws {
        let files = try Fixture.builder().files()
        let article = String(decoding: try #require(files["articles/sinan.html"]), as: UTF8.self)
        // The lines in runs, each list numbered from its first line on, the next run going on
        // from there: a line's number is its run's first plus its place in the run.
        var cited: [Int: Bool] = [:]
        var next: Int?
        // The runs are lists in div.source-lines, the cited ones of class cited, a line one <li>.
        let lines = try #require(article.components(separatedBy: "<div class=source-lines>").dropFirst().first)
        let runs = lines.components(separatedBy: "<ol").dropFirst()
        for run in runs {
            let start = try #require(Int(run.components(separatedBy: "start=")[1].prefix { $0.isNumber }))
            #expect(next == nil || next == start)
            let list = run.components(separatedBy: "</ol>")[0]
            let items = list.components(separatedBy: "<li>").dropFirst()
            #expect(list.split(separator: ">", maxSplits: 1)[1].hasPrefix("<li>"))
            let isCited = run.hasPrefix(" class=cited ")
            for offset in items.indices { cited[start + offset - items.startIndex] = isCited }
            next = start + items.count
        }
        #expect(
            article.contains(
                "<ol class=cited start=142 id=L142><li>实行精细化网格管理，健全“党小组+网格员+联"))
        for line in 142...152 { #expect(cited[line] == true, "line \(line)") }
        #expect(article.contains("href=../practices/sinan-03.html"))
        #expect(article.contains("href=../places/sinan.html"))
        // The cards are under the article, whose page names the place: they do not repeat it.
        #expect(
            article.contains(
                "<li class=practice-card><a href=../practices/sinan-03.html>"))
        #expect(!article.contains("practice-place"))
        // Nor their mechanisms: the page lists those of all its practices once, above them.
        let model = try Fixture.model()
        let listed = article.split(separator: "<section class=article-section>")[0]
        for entry in model.practices
        where SitePaths.article(id: model.articles[entry.articleIndex].id) == "articles/sinan.html" {
            for key in entry.mechanisms {
                #expect(listed.contains("href=../\(model.mechanism(key).path)"), "\(key.name)")
            }
        }
        #expect(!article.contains("<li class=practice-card>\n"))
        // Nor an excerpt of the text, which the page holds whole.
        #expect(!article.contains("class=excerpt"))
        let practice = String(decoding: try #require(files["practices/sinan-03.html"]), as: UTF8.self)
        #expect(practice.contains("href=../articles/sinan.html"))
        #expect(practice.contains("<a class=source-link href=../articles/sinan.html#L142>"))
        #expect(!practice.contains("<li value="))
    }

    /// Every href and src, and every data script the metrics page loads, is relative and names
    /// a file of the site: the site works under any prefix and from file://, and nothing is
    /// fetched from elsewhere.
    @Test func everyLinkIsRelativeAndResolves() throws {
        let files = try Fixture.builder().files()
        for (path, data) in files where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            let scripts = attributeValues(named: ["data-chunks"], in: html).flatMap {
                $0.split(separator: " ").map(String.init)
            }
            for target in attributeValues(named: ["href", "src", "action"], in: html) + scripts {
                #expect(!target.contains(":") && !target.hasPrefix("/"), "\(path) links outside: \(target)")
                guard let file = target.split(whereSeparator: { $0 == "#" || $0 == "?" }).first, !target.hasPrefix("#")
                else { continue }
                let resolved = resolve(String(file), from: path)
                #expect(files[resolved] != nil, "\(path) links to missing \(target)")
            }
        }
    }

    @Test func everyPageDeclaresChineseAndAPolicyThatKeepsRequestsInside() throws {
        for (path, data) in try Fixture.builder().files() where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            #expect(html.contains("<html lang=zh-CN"), "\(path)")
            // Written as it is (a constant): its quotes need no escape inside the attribute's double quotes.
            #expect(html.contains("content=\"\(SitePolicy.contentSecurityPolicy)\""), "\(path)")
            #expect(!html.contains("<script>"), "\(path) has an inline script")
            #expect(!html.contains(" style=\""), "\(path) has an inline style")
        }
    }

    @Test func practicePageShowsMarkedMetricsTagsProvenanceAndNeighbours() throws {
        let files = try Fixture.builder().files()
        let html = String(decoding: try #require(files["practices/sinan-03.html"]), as: UTF8.self)
        #expect(html.contains("<mark>组建党小组1584个</mark>"))
        #expect(html.contains("href=../mechanisms/dangxiaozu-wanggeyuan-lianhuzhang.html"))
        // Tags are a list per kind, which the list's class says: schemes first, then categories.
        let schemes = try #require(html.range(of: "<ul class=\"tags tags-scheme\">"))
        let categories = try #require(html.range(of: "<ul class=\"tags tags-category\">"))
        #expect(schemes.upperBound < categories.lowerBound)
        #expect(
            html[schemes.upperBound..<categories.lowerBound].contains(
                "<li><a href=../mechanisms/dangxiaozu-wanggeyuan-lianhuzhang.html>"))
        #expect(html[categories.upperBound...].contains("<li><a href=../mechanisms/wanggehuazhili.html>"))
        #expect(!html.contains("class=\"tag "))
        #expect(html.contains("第 142–152 行"))
        #expect(html.contains("href=../articles/sinan.html#L142>查看本条原文</a>"))
        #expect(html.contains("其他地方的同类做法"))
        // The neighbours come from the scripts of the mechanisms the tags link to (site.js); the
        // section names the place to leave out.
        #expect(html.contains("<section class=neighbours data-place=places/sinan.html>"))
        let script = String(decoding: try #require(files["data/near/wanggehuazhili.js"]), as: UTF8.self)
        #expect(script.hasPrefix("JINGYAN_NEAR(\"wanggehuazhili\",\"网格化治理\",[["))
        #expect(script.contains(",\"practices/yuping-01.html\","))
        #expect(script.contains(",\"玉屏·新店镇\",\"places/yuping/xindian.html\"]"))
    }

    /// A mechanism with more practices than fit a page gets several, linked to each other, and
    /// every practice is on exactly one of them.
    @Test func largeMechanismsArePaged() throws {
        var builder = try Fixture.builder()
        builder.practicesPerPage = 2
        let files = try builder.files()
        let model = try Fixture.model()
        let largest = try #require(
            model.mechanisms.max { $0.listedPracticeIndices.count < $1.listedPracticeIndices.count })
        let pageCount = (largest.listedPracticeIndices.count + 1) / 2
        #expect(pageCount > 2)
        let pages = try (1...pageCount).map {
            String(decoding: try #require(files[SitePaths.mechanism(slug: largest.slug, page: $0)]), as: UTF8.self)
        }
        #expect(files[SitePaths.mechanism(slug: largest.slug, page: pageCount + 1)] == nil)
        for practice in largest.listedPracticeIndices.map({ model.practices[$0] }) {
            let link = "<a href=../\(practice.path)>"
            #expect(pages.filter { $0.contains(link) }.count == 1, "\(practice.path)")
        }
        // Pages of one mechanism link each other by file name: they share a folder.
        #expect(pages[1].contains("href=\(largest.slug)-3.html"))
        #expect(pages[1].contains("aria-current=page>2</a>"))
        for (path, data) in files where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            for target in attributeValues(named: ["href"], in: html) {
                let file = String(target.prefix { $0 != "#" && $0 != "?" })
                #expect(file.isEmpty || files[resolve(file, from: path)] != nil, "\(path) links to missing \(target)")
            }
        }
    }

    @Test func mechanismPageGroupsPracticesByPlace() throws {
        let files = try Fixture.builder().files()
        let path = "mechanisms/wanggehuazhili.html"
        let html = String(decoding: try #require(files[path]), as: UTF8.self)
        for place in ["石阡·国荣乡", "思南", "玉屏·新店镇"] { #expect(html.contains(">\(place)</a></th>")) }
        // A place's first row is beside the heading that names it: only the rows below repeat
        // the place, for paper.
        #expect(html.contains("</a></th><td><a href=../practices/"))
        #expect(!html.contains("</th><td><span>"))
    }

    @Test func textFromContentIsEscapedEverywhere() throws {
        var input = try Fixture.input()
        let hostile = "<script>alert('x')</script>&\"{{x}}\""
        input.articles[0].title = hostile
        input.articles[0].sections[0].practices[0].lead = hostile
        input.articles[0].sections[0].practices[0].mechanisms.append(hostile)
        input.articles[0].sections[0].practices[0].text += "\n\n<img src=x onerror=alert(1)>"
        let files = try SiteBuilder(input: input, theme: try Theme.bundled()).files()
        for (path, data) in files {
            let text = String(decoding: data, as: UTF8.self)
            if path.hasSuffix(".html") || path.hasSuffix(".js") {
                #expect(!text.contains("<script>alert"), "\(path)")
                #expect(!text.contains("<img src=x"), "\(path)")
            }
        }
        let page = String(decoding: try #require(files["practices/songtao-01.html"]), as: UTF8.self)
        #expect(page.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;&quot;{{x}}&quot;"))
    }

    /// Cards and tags are rendered once with a marker where their links lead back to the root;
    /// the same character in the text must not turn into a path.
    @Test func fragmentLinkMarkerInTextStaysText() throws {
        var input = try Fixture.input()
        let marker = String(decoding: [0xEF, 0xB7, 0x90], as: UTF8.self)  // U+FDD0
        input.articles[0].sections[0].practices[0].lead = "标题\(marker)x"
        input.articles[0].sections[0].practices[0].mechanisms.append("机制\(marker)")
        let files = try SiteBuilder(input: input, theme: try Theme.bundled()).files()
        for (path, data) in files where path.hasSuffix(".html") {
            let text = String(decoding: data, as: UTF8.self)
            #expect(!text.contains("标题../") && !text.contains("机制../"), "\(path)")
        }
        let article = SitePaths.article(id: input.articles[0].id)
        #expect(String(decoding: try #require(files[article]), as: UTF8.self).contains("标题\u{FFFD}x"))
    }

    @Test func buildingTwiceGivesIdenticalBytes() throws {
        let first = try temporaryDirectory()
        let second = try temporaryDirectory()
        defer {
            try? FileManager.default.removeItem(at: first)
            try? FileManager.default.removeItem(at: second)
        }
        try Fixture.builder().build(into: first.appendingPathComponent("site"))
        try Fixture.builder().build(into: second.appendingPathComponent("site"))
        let left = try contents(of: first.appendingPathComponent("site"))
        let right = try contents(of: second.appendingPathComponent("site"))
        #expect(left.count > 40)
        #expect(left == right)
    }

    /// A rebuild links the files the previous site has byte for byte and writes the rest; the
    /// result is the same bytes as a build from nothing, and a file planted in the old site (a
    /// symbolic link here) is never taken over.
    @Test func aRebuildWritesOnlyWhatChanged() throws {
        let parent = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: parent) }
        let site = parent.appendingPathComponent("site")
        let first = try Fixture.builder().build(into: site)
        #expect(first.written == first.total)

        var edited = try Fixture.builder()
        edited.input.articles[0].sections[0].practices[0].text += "\n\n第二版。"
        let planted = site.appendingPathComponent("about.html")
        let aboutHTML = try Data(contentsOf: planted)
        try FileManager.default.removeItem(at: planted)
        try aboutHTML.write(to: parent.appendingPathComponent("about.html"))
        try FileManager.default.createSymbolicLink(
            at: planted, withDestinationURL: parent.appendingPathComponent("about.html"))

        let second = try edited.build(into: site)
        #expect(second.total == first.total)
        #expect(second.written > 3 && second.written < first.total / 4, "\(second)")
        let fresh = parent.appendingPathComponent("fresh")
        try edited.build(into: fresh)
        #expect(try contents(of: site) == contents(of: fresh))
        let aboutType = try FileManager.default.attributesOfItem(atPath: planted.path)[.type] as? FileAttributeType
        #expect(aboutType == .typeRegular)
    }

    @Test func aFailedBuildLeavesThePreviousSite() throws {
        let parent = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: parent) }
        let site = parent.appendingPathComponent("site")
        try Fixture.builder().build(into: site)
        let before = try contents(of: site)

        var broken = try Fixture.builder()
        broken.theme = broken.theme.overridden(by: Theme(templates: ["practice": "{{#unclosed}}"], assets: [:]))
        #expect(throws: (any Error).self) { try broken.build(into: site) }

        #expect(try contents(of: site) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path) == ["site"])
    }

    /// The search index and the downloads are written side by side: a failure in either is the
    /// build's failure, whichever finishes first.
    @Test(arguments: ["search/manifest.js", "data/entries.json.gz", "data/metrics/sinan-1.js"])
    func aFileThatCannotBeWrittenFailsTheBuild(path: String) throws {
        struct Refused: Error, Equatable { var path: String }
        final class RefusingSink: SiteSink {
            let refused: String
            let inner = MemorySink()
            init(refusing path: String) { refused = path }
            func write(_ data: Data, to path: String) throws {
                guard path != refused else { throw Refused(path: path) }
                try inner.write(data, to: path)
            }
            func stream(to path: String, _ produce: ((Data) throws -> Void) throws -> Void) throws {
                guard path != refused else { throw Refused(path: path) }
                try inner.stream(to: path, produce)
            }
        }
        #expect(throws: Refused(path: path)) { try Fixture.builder().write(to: RefusingSink(refusing: path)) }
    }

    @Test func aThemeFolderReplacesFilesByName() throws {
        let folder = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("body { color: black; }".utf8).write(to: folder.appendingPathComponent("style.css"))
        try Data("{{<layout}}{{$content}}<h1>自定义首页</h1>{{/content}}{{/layout}}".utf8)
            .write(to: folder.appendingPathComponent("home.mustache"))
        var builder = try Fixture.builder()
        builder.theme = builder.theme.overridden(by: try Theme(folder: folder))
        let files = try builder.files()
        #expect(files["assets/style.css"] == Data("body { color: black; }".utf8))
        #expect(String(decoding: try #require(files["index.html"]), as: UTF8.self).contains("<h1>自定义首页</h1>"))
        #expect(String(decoding: try #require(files["metrics.html"]), as: UTF8.self).contains("<h1>指标</h1>"))
    }

    @Test func aLayoutWithoutTheHeadBlockIsRefusedByName() throws {
        var builder = try Fixture.builder()
        let layout = try #require(builder.theme.templates["layout"]).replacingOccurrences(
            of: "{{$head}}\n{{/head}}\n", with: "")
        builder.theme = builder.theme.overridden(by: Theme(templates: ["layout": layout], assets: [:]))
        #expect(throws: (any Error).self) { try builder.files() }
        do { _ = try builder.files() } catch {
            #expect(String(describing: error).contains("layout.mustache has no {{$head}}"))
        }
    }

    @Test func entriesRoundTrip() throws {
        let files = try Fixture.builder().files()
        let json = try gunzip(try #require(files[SitePaths.entriesExport]))
        let entries = try JSONDecoder().decode(Extraction.self, from: json)
        #expect(entries == (try Fixture.extraction()))
        // The same bytes `jingyan extract --json` writes: keys sorted, no indentation.
        #expect(json.starts(with: Data("{\"articles\":[{".utf8)) && json.last == UInt8(ascii: "\n"))
        // The metrics' spreadsheet is made by the metrics page (a browser test), not written.
        #expect(files["data/metrics.csv"] == nil)
    }

    /// What the metrics page's CSV takes from the data scripts besides the table's columns: each
    /// practice's id, place names and sentences (each once), each metric's sentence by number.
    @Test func metricDataScriptsHoldTheCSVColumns() throws {
        let files = try Fixture.builder().files()
        let model = try Fixture.model()
        var metricCount = 0
        for chunk in MetricChunk.layout(of: model) {
            let practices = try decodeChunk(try #require(files[chunk.path])).practices
            for (index, practice) in zip(chunk.practiceIndices, practices) {
                let entry = model.practices[index]
                let place = model.articles[entry.articleIndex].place
                #expect(practice[1] as? String == entry.path)
                #expect(practice[5] as? String == entry.practice.id)
                #expect(practice[6] as? [String] == [place.displayName, place.county, place.township ?? ""])
                let sentences = try #require(practice[7] as? [String])
                #expect(Set(sentences).count == sentences.count)
                let metrics = try #require(practice[4] as? [[Any]])
                #expect(metrics.count == entry.practice.metrics.count)
                for (row, metric) in zip(metrics, entry.practice.metrics) {
                    #expect(row[5] as? String == metric.text)
                    #expect((row[6] as? Int).map { sentences[$0] } == metric.sentence)
                    metricCount += 1
                }
            }
        }
        #expect(metricCount == model.practices.reduce(0) { $0 + $1.practice.metrics.count })
        #expect(model.practices.contains { Set($0.practice.metrics.map(\.sentence)).count < $0.practice.metrics.count })
    }

    @Test func metricsPageHasFiltersChartsAndAnEmptyTable() throws {
        let files = try Fixture.builder().files()
        let html = String(decoding: try #require(files[SitePaths.metrics]), as: UTF8.self)
        #expect(html.contains("id=filter-place"))
        #expect(html.contains("id=filter-unit"))
        #expect(html.contains("id=filter-mechanism"))
        #expect(html.contains("<svg class=bar-chart"))
        #expect(!html.contains("<td"))
        #expect(html.contains("data-chunks=data/metrics/sinan-1.js"))
        #expect(html.contains("<button type=button id=metrics-csv>下载全部指标"))
    }

    /// The data scripts hold every metric once, a county's in its own scripts, as JSON.
    @Test func metricDataScriptsHoldEveryMetricOnce() throws {
        let files = try Fixture.builder().files()
        let model = try Fixture.model()
        var subjects: [String] = []
        for chunk in MetricChunk.layout(of: model) {
            let (path, practices) = try decodeChunk(try #require(files[chunk.path]))
            #expect(path == chunk.path)
            for practice in practices {
                #expect(
                    (practice[0] as? String)?.hasPrefix(SitePaths.place(chunk.county).dropLast(".html".count)) == true)
                subjects += try #require(practice[4] as? [[Any]]).map { $0[0] as! String }
            }
        }
        #expect(subjects.sorted() == model.practices.flatMap { $0.practice.metrics.map(\.subject) }.sorted())
        let sinan = String(
            decoding: try unpackChunk(try #require(files["data/metrics/sinan-1.js"])).json, as: UTF8.self)
        #expect(sinan.contains(",450000,"))
    }

    @Test func metricDataIsCutIntoBoundedScriptsPerCounty() throws {
        let model = try Fixture.model()
        let chunks = MetricChunk.layout(of: model, maximumMetrics: 3)
        #expect(chunks.count > Set(chunks.map(\.county)).count)
        for chunk in chunks {
            let metrics = chunk.practiceIndices.map { model.practices[$0].practice.metrics.count }
            #expect(metrics.dropLast().reduce(0, +) < 3)
            #expect(chunk.practiceIndices.allSatisfy { model.practices[$0].place.county == chunk.county })
        }
        #expect(
            chunks.flatMap(\.practiceIndices).sorted()
                == model.practices.indices.filter { !model.practices[$0].practice.metrics.isEmpty })
    }

    @Test func metricDataEscapesWhatCouldEndAScript() throws {
        var input = try Fixture.input()
        let hostile = "</script><!--\u{2028}\u{2029}\"\\\n\t&>"
        input.articles[0].sections[0].practices[0].metrics[0].subject = hostile
        let model = try SiteModel(articles: input.articles, naming: input.naming)
        let chunk = try #require(MetricChunk.layout(of: model).first { $0.practiceIndices.contains(0) })
        let data = try chunk.javaScript(model: model)
        let text = String(decoding: data, as: UTF8.self)
        for raw in ["</", "<!", "\u{2028}", "\u{2029}", "\t"] { #expect(!text.contains(raw)) }
        let practices = try decodeChunk(data).practices
        #expect((practices[0][4] as? [[Any]])?[0][0] as? String == hostile)
    }

    @Test func placePagesListTheirFirstMetricsAndLinkToTheMetricsPage() throws {
        let files = try Fixture.builder().files()
        let html = String(decoding: try #require(files["places/sinan.html"]), as: UTF8.self)
        #expect(html.contains("href=\"../metrics.html?place=places/sinan.html\""))
        #expect(html.contains("data-value=450000"))
    }

    // MARK: Helpers

    /// The path and the practices of a data script: `JingyanMetrics.add("path", "jingyan.metrics/2",
    /// "<base64 of the gzip-compressed JSON>");`.
    func decodeChunk(_ data: Data) throws -> (path: String, practices: [[Any]]) {
        let (path, json) = try unpackChunk(data)
        return (path, try #require(try JSONSerialization.jsonObject(with: json) as? [[Any]]))
    }

    /// The path and the JSON text of a data script's practices.
    func unpackChunk(_ data: Data) throws -> (path: String, json: Data) {
        let text = String(decoding: data, as: UTF8.self)
        let prefix = MetricChunk.registration + "("
        #expect(text.hasPrefix(prefix) && text.hasSuffix(");\n"))
        let arguments = try JSONSerialization.jsonObject(
            with: Data(("[" + text.dropFirst(prefix.count).dropLast(3) + "]").utf8))
        let triple = try #require(arguments as? [String])
        #expect(triple.count == 3 && triple[1] == MetricChunk.format)
        return (triple[0], try gunzip(try #require(Data(base64Encoded: triple[2]))))
    }

    /// The values of the attributes named, quoted or not (a page leaves out the quotes it may).
    func attributeValues(named names: [String], in html: String) -> [String] {
        names.flatMap { name in
            html.components(separatedBy: " \(name)=").dropFirst().compactMap { rest -> String? in
                if rest.hasPrefix("\"") {
                    return rest.dropFirst().split(separator: "\"", maxSplits: 1).first.map(String.init)
                }
                return rest.split(whereSeparator: { $0 == " " || $0 == ">" }).first.map(String.init)
            }
        }
    }

    func resolve(_ relative: String, from page: String) -> String {
        var parts = page.split(separator: "/").dropLast().map(String.init)
        for part in relative.split(separator: "/").map(String.init) {
            if part == ".." { parts.removeLast() } else if part != "." { parts.append(part) }
        }
        return parts.joined(separator: "/")
    }

    func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("jingyan-site-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    func contents(of directory: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = try #require(
            FileManager.default.enumerator(at: directory, includingPropertiesForKeys: [.isRegularFileKey]))
        for case let url as URL in enumerator
        where try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true {
            files[String(url.path.dropFirst(directory.path.count + 1))] = try Data(contentsOf: url)
        }
        return files
    }
}

@Suite struct SiteDirectoryTests {
    /// Two builds of one site at once: the second waits for the first (a lock beside the site)
    /// instead of taking its staging folder for a leftover; the site is one build's, whole.
    @Test func twoBuildsAtOnceEachFinishWhole() async throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("jingyan-sites-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let site = root.appendingPathComponent("site")
        func files(_ tag: String) -> [String: Data] {
            Dictionary(uniqueKeysWithValues: (0..<300).map { ("p/\($0).html", Data("\(tag) \($0)".utf8)) })
        }
        try await withThrowingTaskGroup(of: Void.self) { group in
            for tag in ["a", "b"] {
                group.addTask {
                    try SiteDirectory.replace(site) { staging in
                        for (path, data) in files(tag) {
                            let url = staging.appendingPathComponent(path)
                            try FileManager.default.createDirectory(
                                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                            try data.write(to: url)
                        }
                    }
                }
            }
            try await group.waitForAll()
        }
        let written = try FileManager.default.subpathsOfDirectory(atPath: site.path).filter { $0.hasSuffix(".html") }
        #expect(written.count == 300)
        let first = try String(contentsOf: site.appendingPathComponent("p/0.html"), encoding: .utf8)
        let tag = String(first.prefix(1))
        for index in [1, 150, 299] {
            #expect(
                try String(contentsOf: site.appendingPathComponent("p/\(index).html"), encoding: .utf8)
                    == "\(tag) \(index)")
        }
    }

    /// A site folder that is a link to a deploy folder stays a link; the deploy folder gets the site.
    @Test func aLinkedSiteFolderUpdatesItsTarget() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("jingyan-link-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let deploy = root.appendingPathComponent("deploy/kb")
        try FileManager.default.createDirectory(at: deploy, withIntermediateDirectories: true)
        let site = root.appendingPathComponent("site")
        try FileManager.default.createSymbolicLink(at: site, withDestinationURL: deploy)
        try SiteDirectory.replace(site, with: ["index.html": Data("new".utf8)])
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: site.path) == deploy.path)
        #expect(try String(contentsOf: deploy.appendingPathComponent("index.html"), encoding: .utf8) == "new")
    }
}

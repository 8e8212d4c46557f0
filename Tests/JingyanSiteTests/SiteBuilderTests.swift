import Foundation
import JingyanMarkdown
import JingyanModel
import Testing
@testable import JingyanSite

@Suite struct SiteBuilderTests {
    @Test func theSiteHasEveryPageTheModelNames() throws {
        let files = try Fixture.builder().files()
        let model = try Fixture.model()
        let expected = [SitePaths.home, SitePaths.search, SitePaths.metrics, SitePaths.mechanisms, SitePaths.places,
                        SitePaths.about, SitePaths.notFound,
                        SitePaths.entriesExport, SitePaths.metricsExport,
                        "assets/style.css", "assets/site.js", "assets/search.js", "assets/metrics.js", "assets/favicon.svg"]
            + model.places.map(\.path) + model.practices.map(\.path) + model.mechanisms.map(\.path)
            + SearchIndex(model: model).files().keys
        #expect(Set(files.keys) == Set(expected))
    }

    /// Every href and src is relative and names a file of the site: the site works under any
    /// prefix and from file://, and nothing is fetched from elsewhere.
    @Test func everyLinkIsRelativeAndResolves() throws {
        let files = try Fixture.builder().files()
        for (path, data) in files where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            for target in attributeValues(named: ["href", "src", "action"], in: html) {
                #expect(!target.contains(":") && !target.hasPrefix("/"), "\(path) links outside: \(target)")
                guard let file = target.split(separator: "#", omittingEmptySubsequences: false).first, !file.isEmpty else { continue }
                let resolved = resolve(String(file), from: path)
                #expect(files[resolved] != nil, "\(path) links to missing \(target)")
            }
        }
    }

    @Test func everyPageDeclaresChineseAndAPolicyThatKeepsRequestsInside() throws {
        for (path, data) in try Fixture.builder().files() where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            #expect(html.contains("<html lang=\"zh-CN\""), "\(path)")
            #expect(html.contains("content=\"\(Markdown.escapeHTML(SitePages.contentSecurityPolicy))\""), "\(path)")
            #expect(!html.contains("<script>"), "\(path) has an inline script")
            #expect(!html.contains(" style=\""), "\(path) has an inline style")
        }
    }

    @Test func practicePageShowsMarkedMetricsTagsProvenanceAndNeighbours() throws {
        let files = try Fixture.builder().files()
        let html = String(decoding: try #require(files["practices/sinan-03.html"]), as: UTF8.self)
        #expect(html.contains("<mark class=\"metric\">组建党小组1584个</mark>"))
        #expect(html.contains("href=\"../mechanisms/\(SitePaths.mechanismSlug(MechanismKey(kind: .scheme, name: "党小组+网格员+联户长"))).html\""))
        #expect(html.contains("第 142–152 行"))
        #expect(html.contains("<li value=\"142\" class=\"cited\">实行精细化网格管理，健全“党小组+网格员+联"))
        #expect(html.contains("其他地方的同类做法"))
        #expect(html.contains("../practices/yuping-01.html"))
    }

    @Test func mechanismPageGroupsPracticesByPlace() throws {
        let files = try Fixture.builder().files()
        let path = SitePaths.mechanism(MechanismKey(kind: .category, name: "网格化治理"))
        let html = String(decoding: try #require(files[path]), as: UTF8.self)
        for place in ["石阡·国荣乡", "思南", "玉屏·新店镇"] { #expect(html.contains(">\(place)</a></h2>")) }
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

    @Test func buildingTwiceGivesIdenticalBytes() throws {
        let first = try temporaryDirectory()
        let second = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: first); try? FileManager.default.removeItem(at: second) }
        try Fixture.builder().build(into: first.appendingPathComponent("site"))
        try Fixture.builder().build(into: second.appendingPathComponent("site"))
        let left = try contents(of: first.appendingPathComponent("site"))
        let right = try contents(of: second.appendingPathComponent("site"))
        #expect(left.count > 40)
        #expect(left == right)
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

    @Test func exportsRoundTripAndOpenInExcel() throws {
        let files = try Fixture.builder().files()
        let entries = try JSONDecoder().decode(Extraction.self, from: try #require(files[SitePaths.entriesExport]))
        #expect(entries == (try Fixture.extraction()))

        let csv = try #require(files[SitePaths.metricsExport])
        #expect(Array(csv.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let lines = String(decoding: csv.dropFirst(3), as: UTF8.self).components(separatedBy: "\r\n").dropLast()
        let metricCount = try Fixture.model().practices.reduce(0) { $0 + $1.practice.metrics.count }
        #expect(lines.count == metricCount + 1)
        #expect(lines.first == Exports.metricsColumns.joined(separator: ","))
        #expect(Exports.csvField("a,\"b\"") == "\"a,\"\"b\"\"\"")
    }

    @Test func metricsPageHasFiltersTableAndCharts() throws {
        let html = String(decoding: try #require(try Fixture.builder().files()[SitePaths.metrics]), as: UTF8.self)
        #expect(html.contains("id=\"filter-place\""))
        #expect(html.contains("id=\"filter-unit\""))
        #expect(html.contains("id=\"filter-mechanism\""))
        #expect(html.contains("<svg class=\"bar-chart\""))
        #expect(html.contains("data-value=\"450000\""))
    }

    // MARK: Helpers

    func attributeValues(named names: [String], in html: String) -> [String] {
        names.flatMap { name in
            html.components(separatedBy: " \(name)=\"").dropFirst().compactMap { $0.split(separator: "\"", maxSplits: 1).first.map(String.init) }
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
        let enumerator = try #require(FileManager.default.enumerator(at: directory, includingPropertiesForKeys: [.isRegularFileKey]))
        for case let url as URL in enumerator where try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true {
            files[String(url.path.dropFirst(directory.path.count + 1))] = try Data(contentsOf: url)
        }
        return files
    }
}

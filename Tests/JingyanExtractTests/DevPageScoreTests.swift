import Foundation
import JingyanExtract
import JingyanModel
import JingyanScoring
import Testing

/// The thresholds the extractor must reach on real reports, and a way to print where it falls short.
enum ScoreGate {
    /// Floors a score must not fall below.
    struct Floor {
        var fields: Double, metricRecall: Double, metricPrecision: Double, mechanismRecall: Double
    }

    /// The target on the dev pages. The floors below are at or above it and close under
    /// what is reached, so that no change can lose it unseen.
    static let target = Floor(fields: 0.95, metricRecall: 0.9, metricPrecision: 0.9, mechanismRecall: 0.8)
    static let devPages = Floor(fields: 0.98, metricRecall: 0.97, metricPrecision: 0.97, mechanismRecall: 0.85)
    static let composedPages = Floor(fields: 0.95, metricRecall: 0.97, metricPrecision: 0.97, mechanismRecall: 0.88)
    static let webCopies = Floor(fields: 0.97, metricRecall: 0.97, metricPrecision: 0.97, mechanismRecall: 0.9)
    /// Composed variations: few reports a set, so one scheme missed weighs more.
    /// Reports written blind to the extractor: their judgement calls (staffing per street, named
    /// notebooks and honours as schemes) are the writer's, so metric precision and mechanisms sit lower.
    static let written = Floor(fields: 0.95, metricRecall: 0.95, metricPrecision: 0.9, mechanismRecall: 0.7)
    /// Hand-laid pages whose forms are not all read right yet, each batch's README says which:
    /// batch 6's link box's figure, batch 7's report that jumps pages, batch 8's titles printed
    /// side by side inside another report's body; batch 12's schemes named in forms not read yet;
    /// batch 38's authors kept as printed ("杨　芳", a name with its outlet in brackets after it),
    /// which score.py's persons() does not take for names; batch 49's scale read as a figure
    /// ("满分100分") and a copy's body split around a chat message; batch 50's closing credit of
    /// an office's contribution and its writer ("（某某供稿　执笔：某某）"), a wrapped dateline
    /// credit, a township named only with the page's county; batch 69's headings two characters
    /// short of a 13-wide column over plain paragraphs, and a street office the gazetteer's data
    /// lacks (系马桩街道); batch 70's township of a prefecture city with no counties (嘉峪关's 文殊镇:
    /// the data lists no townships under 嘉峪关, 东莞, 中山 or 儋州); batch 72's web copies' headings
    /// and a byline; batch 73's e-paper copy's figures; batch 90's photo-news item (a title over
    /// one caption paragraph and its credit), read as a caption.
    static let handLaid: [String: Floor] = [
        "composed-written-6": Floor(fields: 0.9, metricRecall: 0.95, metricPrecision: 0.9, mechanismRecall: 0.7),
        "composed-written-7": Floor(fields: 0.9, metricRecall: 0.8, metricPrecision: 0.8, mechanismRecall: 0.7),
        "composed-written-8": Floor(fields: 0.8, metricRecall: 0.85, metricPrecision: 0.9, mechanismRecall: 0.7),
        "composed-written-12": Floor(fields: 0.95, metricRecall: 0.95, metricPrecision: 0.95, mechanismRecall: 0.75),
        "composed-written-38": Floor(fields: 0.9, metricRecall: 0.95, metricPrecision: 0.9, mechanismRecall: 0.7),
        "composed-written-49": Floor(fields: 0.95, metricRecall: 0.94, metricPrecision: 0.95, mechanismRecall: 0.95),
        "composed-written-50": Floor(fields: 0.9, metricRecall: 0.95, metricPrecision: 0.95, mechanismRecall: 0.85),
        "composed-written-53": Floor(fields: 0.95, metricRecall: 0.95, metricPrecision: 0.9, mechanismRecall: 0.85),
        "composed-written-69": Floor(fields: 0.9, metricRecall: 0.95, metricPrecision: 0.9, mechanismRecall: 0.9),
        "composed-written-70": Floor(fields: 0.9, metricRecall: 0.95, metricPrecision: 0.95, mechanismRecall: 0.75),
        "composed-written-72": Floor(fields: 0.9, metricRecall: 0.95, metricPrecision: 0.95, mechanismRecall: 0.9),
        "composed-written-73": Floor(fields: 0.95, metricRecall: 0.9, metricPrecision: 0.95, mechanismRecall: 0.9),
        "composed-written-90": Floor(fields: 0.85, metricRecall: 0.9, metricPrecision: 0.95, mechanismRecall: 0.85),
    ]
    static let variations = Floor(fields: 0.97, metricRecall: 0.97, metricPrecision: 0.97, mechanismRecall: 0.85)

    static func reading(_ subdirectory: String) throws -> PageReading {
        try JSONDecoder().decode(PageReading.self, from: TestData.fixture("expected.json", in: subdirectory))
    }

    /// Extracts each page of the reading from `Fixtures/<subdirectory>` and scores the lot.
    static func score(_ reading: PageReading, in subdirectory: String) throws -> ReadingScore {
        let folder = try #require(Bundle.module.url(forResource: "Fixtures/\(subdirectory)", withExtension: nil))
        return try ReadingSet(folder: folder, name: subdirectory).score(with: TestData.extractor())
    }

    /// Prints the problems and the summary, then expects the thresholds.
    static func check(_ score: ReadingScore, _ label: String, floor: Floor) {
        let (fields, metricRecall, metricPrecision, mechanismRecall) =
            (floor.fields, floor.metricRecall, floor.metricPrecision, floor.mechanismRecall)
        print("── \(label): \(score.problems.count) problems")
        for problem in score.problems { print("  \(problem)") }
        print("── \(label): \(score.summary)")
        #expect(score.fieldShare >= fields, "\(label) fields \(score.fieldsRight)/\(score.fields)")
        #expect(
            score.metricRecall >= metricRecall, "\(label) metrics recall \(ReadingScore.fixed(score.metricRecall, 3))")
        #expect(
            score.metricPrecision >= metricPrecision,
            "\(label) metrics precision \(ReadingScore.fixed(score.metricPrecision, 3))")
        #expect(
            score.mechanismRecall >= mechanismRecall,
            "\(label) mechanisms recall \(ReadingScore.fixed(score.mechanismRecall, 2))")
    }
}

/// The three dev pages (14 real reports nobody on the project wrote) scored against their careful
/// reading with score.py's rules, against `ScoreGate.devPages`.
@Suite struct DevPageScoreTests {
    @Test func readingIsWhole() throws {
        let reading = try ScoreGate.reading("dev-pages")
        #expect(reading.orderedPages.map(\.name) == ["page-c.txt", "page-d.txt", "page-e.txt"])
        #expect(reading.articles.count == 14)
        #expect(reading.captions.count == 3)
        #expect(reading.articles.map(\.metrics.count).reduce(0, +) == 50)
    }

    @Test func devPagesReachTheThresholds() throws {
        let reading = try ScoreGate.reading("dev-pages")
        try #require(reading.articles.count == 14, "the reading is empty or cut short")
        let pages = try reading.orderedPages.map {
            ("seeds/\($0.name)", try TestData.fixtureText($0.name, in: "dev-pages"))
        }
        let extraction = try TestData.extractor().extract(pages: pages)
        ScoreGate.check(ReadingScorer.score(extraction, against: reading), "dev pages", floor: ScoreGate.devPages)
    }
}

/// The same real reports re-laid by scripts/compose_pages.py (Fixtures/composed): two rounds of
/// PDF-like pages in other column widths and title-block arrangements, and web copies one report
/// a file. The extractor must generalise: floors close to the dev pages'.
@Suite struct DevPageComposedScoreTests {
    static let pageRounds = ["composed/pages-a", "composed/pages-b"]

    @Test func composedReadingsAreWhole() throws {
        for folder in Self.pageRounds + ["composed/web"] {
            let reading = try ScoreGate.reading(folder)
            #expect(reading.articles.count == 19, "\(folder)")
            #expect(Set(reading.articles.map(\.id)).count == 19, "\(folder): a report twice")
        }
    }

    @Test(arguments: pageRounds) func composedPagesReachTheThresholds(folder: String) throws {
        let reading = try ScoreGate.reading(folder)
        try #require(reading.articles.count == 19, "the reading is empty or cut short")
        ScoreGate.check(try ScoreGate.score(reading, in: folder), folder, floor: ScoreGate.composedPages)
    }

    @Test func webCopiesReachTheThresholds() throws {
        let reading = try ScoreGate.reading("composed/web")
        try #require(reading.articles.count == 19, "the reading is empty or cut short")
        ScoreGate.check(try ScoreGate.score(reading, in: "composed/web"), "composed/web", floor: ScoreGate.webCopies)
    }
}

/// The same real reports in conventions scripts/compose_pages.py does not draw, made by
/// scripts/compose_variations.py (Fixtures/composed-variations): editors' notes over and between
/// reports, bylines filed from a place, a news brief's closing credit, kickers, subtitles and
/// titles cut into three lines, photo sources as credits, and WeChat copies with their account's
/// controls and fields.
@Suite struct ComposedVariationScoreTests {
    static let sets = ["composed-variations/pages", "composed-variations/web"]

    @Test(arguments: sets) func variationsReachTheThresholds(folder: String) throws {
        let reading = try ScoreGate.reading(folder)
        try #require(reading.articles.count >= 6, "the reading is empty or cut short")
        ScoreGate.check(try ScoreGate.score(reading, in: folder), folder, floor: ScoreGate.variations)
    }
}

/// Reports written for the tests blind to the extractor (Fixtures/reports-written*), laid out by
/// scripts/compose_pages.py (Fixtures/composed-written*): other provinces, bylines, place tags and
/// wording than the dev pages'.
@Suite struct WrittenReportScoreTests {
    static let sets = ["pages-a", "pages-b", "web"].flatMap { set in
        [
            "composed-written", "composed-written-2", "composed-written-3", "composed-written-4", "composed-written-5",
            "composed-written-6", "composed-written-7",
        ].map { "\($0)/\(set)" }
    }

    /// How many reports each batch laid out holds.
    static func reportCount(_ folder: String) -> Int {
        switch folder.prefix { $0 != "/" } {
        case "composed-written-2", "composed-written-6": 12
        case "composed-written-7": 13
        default: 14
        }
    }

    @Test(arguments: sets) func writtenReportsReachTheThresholds(folder: String) throws {
        let reading = try ScoreGate.reading(folder)
        try #require(reading.articles.count == Self.reportCount(folder), "the reading is cut short")
        ScoreGate.check(try ScoreGate.score(reading, in: folder), folder, floor: ScoreGate.written)
    }

    /// Pages laid out by hand with forms the script does not draw. Batch 5's: series tags over
    /// titles, an editor's note, a reporter's notes box and a commentary after a report, page
    /// jumps. Batch 6's: columns of two widths on a page, a caption inside a report, an untitled
    /// brief, bylines before or between title lines, link boxes, words cut by a column break.
    /// Batch 7's: a report jumping pages, a photo news item, a correction notice, a commentary box,
    /// web copies with their furniture. Batch 8's: whole pages of three to five reports, column
    /// heads, running heads and feet, briefs in a row, titles printed side by side. Batch 9's: web
    /// copies of a government site, a news site and a WeChat post, a prefecture-wide report.
    /// Batch 10's: pages all title-first, none, and mixed; credits without a role; repeated heads.
    /// Batch 11's: a three-deck title and an editor's note, a wire dateline, numbered headings, a
    /// brief's bracketed credit and a reporter's notes box, names several places share, a WeChat post.
    /// Batch 12's: pages of three and four reports from other provinces, kickers, two-line bylines,
    /// an outlet's credit as the only block line, a county government site's copy. Batch 13's: topic
    /// tags and bullets before titles, running heads dated in Chinese numerals, subdistricts, a
    /// news site's copy with its breadcrumb, share bar and related posts. Batch 14's: kicker lines,
    /// place lines above titles, bracketed headings as wide as the column, a photo news item, a
    /// county outlet's WeChat post. Batch 15's: a page of five reports at 14, briefs in a row, a
    /// byline closing a report's text, a place line of a township's short name, full-width digits.
    /// Batch 16's: a page code and column name as running head, numbered scenes, a box of figures,
    /// a byline alone between two reports, a caption credited to a unit, a site's fields after a
    /// web title, a post's closing credits. Batch 17's: an interview's turns, headings numbered
    /// "第一招", a byline line above its title, a 苏木; and each report again as a web copy, each in
    /// another site's dress (a news site, a government portal, a WeChat post, a news app's repost).
    /// Batch 18's: a weather line, a series kicker, a signed commentary under a box label, a table of
    /// figures, two title-first reports in a row; web copies decorated with pictographs, kept in
    /// Markdown, with a pager, a read-aloud player, a word count and a print version's head.
    /// Batch 19's: a page head whose Chinese-numeral date breaks over two lines, a column's name
    /// before the page number, a byline naming a county centre's correspondent, captions credited
    /// in brackets first or "图/" last; copies under a browser tab's title, with picture
    /// placeholders, a post line naming the byline's author, a WeChat post's foot. Batch 20's: a
    /// narrow head of one field a line, a township under its former suffix, a zone's place line,
    /// rates as units, a closing credit broken inside its role, a box of figures repeating some.
    /// Batch 21's: a report continued from another page above a title-first one, a title-only
    /// report, a stray page number; copies with a lead note, an app's prompts, a site after a dash.
    /// Batch 22's: a wire service's dateline, a page head spread over the width, rules around an
    /// editor's note, an average age; copies with an original title, a share bar, numbered heads.
    /// Batch 23's: a column of briefs, a byline and place on one line, a signed comment, a district
    /// name two cities share; copies under a government portal's fields, a leading tag, a reprint.
    /// Batch 24's: columns of 10 and 30, a kicker, a title broken after its place's colon, a place line
    /// the gazetteer does not know, names padded to three characters, a column head of its own words;
    /// copies with their fields in brackets, a reading hint, a series' name before a bar. Batch
    /// 25's: columns of 9 and 32, a byline after the opening paragraph, two blocks with no blank line
    /// between, a wrapped byline, a brief's note after its last sentence; copies with an English page
    /// title, HTML references, numbered questions. Batch 26's: columns of 15 and 19, a title broken
    /// after its colon, a page head of the date and editor, a township the gazetteer lost, picture
    /// marks after web titles. Batches 27 and 28's: columns of 33 and 8 and the same pages at 19
    /// and 14, titles of three lines over bylines of three, a byline over its title, captions
    /// credited "航拍", "图／记者 某某" and "（资料图）", capital-numeral headings; copies with credits
    /// after bars ("撰稿｜某某"), split bylines with full-width slashes, a comment count. Batches 29
    /// and 30's: scene openings, places only in a title ("如皋搬经："), a page of two widths, a
    /// report continued from another page, a whole city's report, a page head with its number
    /// first; copies under an e-paper's edition line or a title in Tibetan, a post's other titles.
    /// Batches 31 and 32's: 铜仁 and 贵州 papers' ways, a hotline in a page foot, a title line under
    /// a full-width byline; portal, post and app copies with attachments, counts and comments.
    /// Batches 33 and 34's: two title-first reports in a row, a county visited before the report's
    /// own, a rule's bars and members, an app's account line. Batches 39–42's: a title and its byline
    /// on one line, a credit closing the opening paragraph or wrapped after the last, a village's
    /// name as a place line, a note in brackets over a title-first report; copies from databases,
    /// English sites, PDF viewers and apps. Batches 47 and 48's: a title block the PDF gives
    /// between its report's paragraphs, a box of figures and a pull quote inside a report, a
    /// body-first report between title-first ones, numbered questions as headings, a column of
    /// briefs whose last credit wraps, ad and subscription lines; copies from course platforms,
    /// monitoring platforms, editing systems, mobile newspapers, AI chats, document sites. Batches
    /// 49 and 50's: a report's lede above its title mid-page, a title split around another
    /// report's paragraph, a sidebar inside another report, a three-deck title with a kicker in
    /// clauses, a dateline credit, a Q&A interview, two reports and four briefs of one county;
    /// copies from OA systems, chat records, broadcast scripts, code hosts and archives. Batches
    /// 62–64's: plain reports laid as the seed and dev pages are; news sites' copy furniture; four
    /// pieces a page at 13 characters, titles three lines deep, a city-wide report. Batches
    /// 65–67's: long reports with numbered headings; papers' genres and bylines; Tongren's
    /// neighbours in Guizhou, Hunan and Chongqing, WeChat reposts.
    @Test(arguments: [
        ("composed-written-5/hand", 8), ("composed-written-6/hand", 12), ("composed-written-7/hand", 7),
        ("composed-written-8/hand", 15), ("composed-written-9/hand", 10), ("composed-written-10/hand", 9),
        ("composed-written-11/hand", 9), ("composed-written-12/hand", 12), ("composed-written-13/hand", 11),
        ("composed-written-14/hand", 10), ("composed-written-15/hand", 10), ("composed-written-16/hand", 10),
        ("composed-written-17/hand", 10), ("composed-written-17/web", 10), ("composed-written-18/hand", 11),
        ("composed-written-18/web", 10), ("composed-written-19/hand", 10), ("composed-written-19/web", 10),
        ("composed-written-20/hand", 10), ("composed-written-20/web", 10), ("composed-written-21/hand", 8),
        ("composed-written-21/web", 8), ("composed-written-22/hand", 8), ("composed-written-22/web", 8),
        ("composed-written-23/hand", 11), ("composed-written-23/web", 8), ("composed-written-24/hand", 11),
        ("composed-written-24/web", 8), ("composed-written-25/hand", 10), ("composed-written-25/web", 8),
        ("composed-written-26/hand", 6), ("composed-written-26/web", 6), ("composed-written-27/hand", 7),
        ("composed-written-27/hand-narrower", 7), ("composed-written-27/web", 7), ("composed-written-28/hand", 8),
        ("composed-written-28/hand-narrower", 8), ("composed-written-28/web", 6), ("composed-written-29/hand", 8),
        ("composed-written-29/web", 7), ("composed-written-30/hand", 9), ("composed-written-30/web", 6),
        ("composed-written-31/hand", 8), ("composed-written-31/web", 7), ("composed-written-32/hand", 7),
        ("composed-written-32/web", 7), ("composed-written-33/hand", 6), ("composed-written-33/web", 6),
        ("composed-written-34/hand", 6), ("composed-written-34/web", 6), ("composed-written-35/hand", 7),
        ("composed-written-35/web", 6), ("composed-written-36/hand", 6), ("composed-written-36/web", 6),
        ("composed-written-37/hand", 6), ("composed-written-37/web", 6), ("composed-written-38/hand", 6),
        ("composed-written-38/web", 6), ("composed-written-39/hand", 8), ("composed-written-39/web", 6),
        ("composed-written-40/hand", 6), ("composed-written-40/web", 6), ("composed-written-41/hand", 6),
        ("composed-written-41/web", 6), ("composed-written-42/hand", 6), ("composed-written-42/web", 6),
        ("composed-written-43/hand", 7), ("composed-written-43/web", 6), ("composed-written-44/hand", 6),
        ("composed-written-44/web", 6), ("composed-written-45/hand", 7), ("composed-written-45/web", 6),
        ("composed-written-46/hand", 6), ("composed-written-46/web", 6), ("composed-written-47/hand", 6),
        ("composed-written-47/web", 6), ("composed-written-48/hand", 8), ("composed-written-48/web", 8),
        ("composed-written-49/hand", 6), ("composed-written-49/web", 6), ("composed-written-50/hand", 9),
        ("composed-written-50/web", 9), ("composed-written-51/hand", 6), ("composed-written-51/web", 6),
        ("composed-written-52/hand", 6), ("composed-written-52/web", 6), ("composed-written-53/hand", 9),
        ("composed-written-53/web", 8), ("composed-written-54/hand", 6), ("composed-written-54/web", 6),
        ("composed-written-55/hand", 6), ("composed-written-55/web", 6), ("composed-written-56/hand", 6),
        ("composed-written-56/web", 6), ("composed-written-57/hand", 6), ("composed-written-57/web", 6),
        ("composed-written-58/hand", 6), ("composed-written-58/web", 6), ("composed-written-59/hand", 6),
        ("composed-written-59/web", 6), ("composed-written-60/hand", 6), ("composed-written-60/web", 6),
        ("composed-written-61/hand", 6), ("composed-written-61/web", 6), ("composed-written-62/hand", 6),
        ("composed-written-62/web", 6), ("composed-written-63/hand", 6), ("composed-written-63/web", 6),
        ("composed-written-64/hand", 8), ("composed-written-64/web", 6), ("composed-written-65/hand", 6),
        ("composed-written-65/web", 6), ("composed-written-66/hand", 6), ("composed-written-66/web", 6),
        ("composed-written-67/hand", 6), ("composed-written-67/web", 6), ("composed-written-68/hand", 6),
        ("composed-written-68/web", 6), ("composed-written-69/hand", 6), ("composed-written-69/web", 6),
        ("composed-written-70/hand", 6), ("composed-written-70/web", 6), ("composed-written-71/hand", 6),
        ("composed-written-71/web", 6), ("composed-written-72/hand", 6), ("composed-written-72/web", 6),
        ("composed-written-73/hand", 9), ("composed-written-73/web", 6), ("composed-written-74/hand", 6),
        ("composed-written-74/web", 6), ("composed-written-75/hand", 6), ("composed-written-75/web", 6),
        ("composed-written-76/hand", 6), ("composed-written-76/web", 6), ("composed-written-77/hand", 6),
        ("composed-written-77/web", 6), ("composed-written-78/hand", 6), ("composed-written-78/web", 6),
        ("composed-written-79/hand", 6), ("composed-written-79/web", 6), ("composed-written-80/hand", 6),
        ("composed-written-80/web", 6), ("composed-written-81/hand", 6), ("composed-written-81/web", 6),
        ("composed-written-82/hand", 10), ("composed-written-82/web", 6), ("composed-written-83/hand", 6),
        ("composed-written-83/web", 6), ("composed-written-84/hand", 6), ("composed-written-84/web", 6),
        ("composed-written-85/hand", 6), ("composed-written-85/web", 6), ("composed-written-86/hand", 7),
        ("composed-written-86/web", 6), ("composed-written-87/hand", 6), ("composed-written-87/web", 6),
        ("composed-written-88/hand", 6), ("composed-written-88/web", 6), ("composed-written-89/hand", 6),
        ("composed-written-89/web", 6), ("composed-written-90/hand", 7), ("composed-written-90/web", 6),
        ("composed-written-91/hand", 6), ("composed-written-91/web", 6), ("composed-written-92/hand", 6),
        ("composed-written-92/web", 6), ("composed-written-93/hand", 6), ("composed-written-93/web", 6),
        ("composed-written-94/hand", 6), ("composed-written-94/web", 6), ("composed-written-95/hand", 6),
        ("composed-written-95/web", 6), ("composed-written-96/hand", 6), ("composed-written-96/web", 6),
        ("composed-written-97/hand", 6), ("composed-written-97/web", 6),
    ])
    func handLaidPagesReachTheThresholds(folder: String, reports: Int) throws {
        let reading = try ScoreGate.reading(folder)
        try #require(reading.articles.count == reports, "the reading is cut short")
        let floor = ScoreGate.handLaid[String(folder.prefix { $0 != "/" })] ?? ScoreGate.written
        ScoreGate.check(try ScoreGate.score(reading, in: folder), folder, floor: floor)
    }
}

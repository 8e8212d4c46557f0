import JingyanMarkdown
import Testing

@Suite struct MarkdownTests {
    @Test func rendersParagraphs() {
        #expect(Markdown.html(from: "第一段。\n\n第二段。") == "<p>第一段。</p>\n<p>第二段。</p>\n")
    }

    @Test func dropsRawHTML() {
        let html = Markdown.html(from: "正文<script>alert(1)</script>\n\n<div onclick=\"x()\">块</div>")
        #expect(!html.contains("<script"))
        #expect(!html.contains("<div"))
        #expect(html.contains("raw HTML omitted"))
    }

    @Test func emptiesDangerousLinks() {
        let html = Markdown.html(from: "[点我](javascript:alert(1)) [另一个](vbscript:x)")
        #expect(!html.contains("javascript:"))
        #expect(!html.contains("vbscript:"))
        #expect(html.contains("<a href=\"\">点我</a>"))
    }

    @Test func escapesText() {
        #expect(Markdown.html(from: "a < b & \"c\"") == "<p>a &lt; b &amp; &quot;c&quot;</p>\n")
    }

    @Test func marksPhrases() {
        let html = Markdown.html(
            from: "组建党小组1584个，划分网格1665个。\n\n累计开展文体活动38次。",
            marking: ["组建党小组1584个", "划分网格1665个", "文体活动38次"], markClass: "metric")
        #expect(
            html == """
                <p><mark class="metric">组建党小组1584个</mark>，<mark class="metric">划分网格1665个</mark>。</p>
                <p>累计开展<mark class="metric">文体活动38次</mark>。</p>

                """)
    }

    @Test func markedPhrasesStayEscaped() {
        let html = Markdown.html(from: "数量<5个>与[其他", marking: ["<5个>与[其"])
        #expect(html == "<p>数量<mark class=\"mark\">&lt;5个&gt;与[其</mark>他</p>\n")
    }

    @Test func longestPhraseWinsWhereTwoStart() {
        let text = "开展专题培训30期4000余人次"
        let found = Markdown.occurrences(of: ["开展专题培训30期", "开展专题培训", "4000余人次"], in: text).map { String(text[$0]) }
        #expect(found == ["开展专题培训30期", "4000余人次"])
    }
}

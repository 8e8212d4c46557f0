import Testing

@testable import JingyanSite

@Suite struct AttributeQuotesTests {
    func unquoted(_ html: String) -> String {
        String(decoding: AttributeQuotes.unquoted(Array(html.utf8)), as: UTF8.self)
    }

    @Test func valuesWithoutSpaceOrQuoteMarksLoseTheirQuotes() {
        #expect(unquoted("<html lang=\"zh-CN\" data-root=\"../\">") == "<html lang=zh-CN data-root=../>")
        #expect(unquoted("<a class=\"t\" href=\"../m/a.html#L1\">甲</a>") == "<a class=t href=../m/a.html#L1>甲</a>")
        #expect(unquoted("<div aria-label=\"指标表\" tabindex=\"0\">") == "<div aria-label=指标表 tabindex=0>")
    }

    @Test func valuesHTMLWouldReadOtherwiseKeepThem() {
        let kept = [
            "<ul class=\"tags tags-scheme\">", "<a href=\"\">", "<a href=\"?a=b\">", "<a title='x\"y'>",
            "<rect x=\"1\"/>", "<a title=\"a>b\">", "<a title=\"`x\">",
        ]
        for html in kept { #expect(unquoted(html) == html, "\(html)") }
        #expect(unquoted("<a title='it&#39;s'>") == "<a title=it&#39;s>")
    }

    @Test func textCommentsAndEndTagsAreCopied() {
        let html = "<!DOCTYPE html>\n<!-- <a href=\"x\"> -->\n<p>a=\"b\" 1 < 2</p>\n</p>"
        #expect(unquoted(html) == html)
        #expect(unquoted("<p class=\"a\">x=\"y\"</p>") == "<p class=a>x=\"y\"</p>")
    }
}

import Foundation
import JingyanTemplates

/// Renders page values with the theme's templates.
struct PageRenderer: Sendable {
    var library: TemplateSet

    /// A page as its file holds it: an HTML page with its attributes unquoted where HTML reads
    /// them the same (AttributeQuotes), since every page repeats the chrome's and its lists' markup.
    func render(_ page: PageSpec) throws -> Data {
        let html = try utf8(page.context, template: page.template, for: page.path)
        return Data(page.path.hasSuffix(".html") ? AttributeQuotes.unquoted(html) : html)
    }

    func render(_ context: any Encodable, template: String, for path: String) throws -> String {
        String(decoding: try utf8(context, template: template, for: path), as: UTF8.self)
    }

    private func utf8(_ context: any Encodable, template: String, for path: String) throws -> [UInt8] {
        guard let html = library.renderUTF8(template, with: try TemplateValue(encoding: context)) else {
            throw SiteBuilder.Error.rendering(page: path, template: template)
        }
        return html
    }
}

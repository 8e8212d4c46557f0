import Foundation
import JingyanTemplates

/// Templates (`*.mustache`) and assets (CSS, JS, images) the site is rendered with. The bundled
/// theme ships as a package resource; a theme folder replaces any file of it by name and may add
/// assets of its own.
public struct Theme: Sendable, Equatable {
    /// Template name (file name without `.mustache`) → template source.
    public var templates: [String: String]
    /// Asset file name → bytes, copied to `assets/`.
    public var assets: [String: Data]

    /// A theme of these templates and assets (`bundled()` and `init(folder:)` read them from files).
    public init(templates: [String: String], assets: [String: Data]) {
        self.templates = templates
        self.assets = assets
    }

    /// Why a theme cannot be read: its files, a template that does not parse, a link out of it.
    public enum Error: Swift.Error, CustomStringConvertible {
        case bundledThemeMissing
        case unreadableFolder(URL)
        case template(name: String, error: Swift.Error)
        case linkOutside(URL)
        case layoutWithoutHead

        public var description: String {
            switch self {
            case .bundledThemeMissing: "the bundled theme is missing from the package resources"
            case .unreadableFolder(let url): "cannot read the theme folder \(url.path)"
            case .template(_, let error): "theme template \(error)"
            case .linkOutside(let url):
                "\(url.path) is a link to a file outside the theme folder; copy the file in instead"
            case .layoutWithoutHead:
                """
                theme template layout.mustache has no {{$head}}{{/head}} block in its <head>, \
                where the search page loads its index; add it before </head> (docs/theming.md)
                """
            }
        }
    }

    /// The theme that ships with jingyan.
    public static func bundled() throws -> Theme {
        guard let folder = Bundle.module.url(forResource: "Theme", withExtension: nil) else {
            throw Error.bundledThemeMissing
        }
        return try Theme(folder: folder)
    }

    /// Every regular file directly in `folder`.
    public init(folder: URL) throws {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        } catch {
            throw Error.unreadableFolder(folder)
        }
        var templates: [String: String] = [:]
        var assets: [String: Data] = [:]
        let root = folder.resolvingSymlinksInPath().standardizedFileURL.path
        for name in names where !name.hasPrefix(".") {
            let file = folder.appendingPathComponent(name)
            // A link out of the theme folder would publish whatever it points at.
            guard file.resolvingSymlinksInPath().standardizedFileURL.path.hasPrefix(root + "/") else {
                throw Error.linkOutside(file)
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: file.path, isDirectory: &isDirectory), !isDirectory.boolValue
            else { continue }
            if name.hasSuffix(".mustache") {
                templates[String(name.dropLast(".mustache".count))] = try String(contentsOf: file, encoding: .utf8)
            } else {
                assets[name] = try Data(contentsOf: file)
            }
        }
        self.init(templates: templates, assets: assets)
    }

    /// This theme with every file of `other` put over it.
    public func overridden(by other: Theme) -> Theme {
        Theme(
            templates: templates.merging(other.templates) { $1 },
            assets: assets.merging(other.assets) { $1 })
    }

    /// Parses every template; a broken one fails here, before anything is written.
    func library() throws -> TemplateSet {
        let library: TemplateSet
        do {
            library = try TemplateSet(sources: templates)
        } catch {
            throw Error.template(name: error.template, error: error)
        }
        // A layout of an older theme, without the block, would leave search without its index.
        guard library.hasBlock("head", in: "layout") else { throw Error.layoutWithoutHead }
        return library
    }
}

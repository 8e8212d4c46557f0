import ArgumentParser

/// The folders a site is built from: shared by `build` and `serve`.
struct SiteFolders: ParsableArguments {
    @Option(help: "Folder of content entries (Markdown with YAML front matter).")
    var content = "content"

    @Option(help: "Folder of seed pages, for each article's original text.")
    var seeds = "seeds"

    @Option(help: "Folder of templates (*.mustache) and assets that replace the bundled ones by file name.")
    var theme: String?
}

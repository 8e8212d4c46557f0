import ArgumentParser
import Foundation
import JingyanPipeline
import JingyanServe

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Preview the site on 127.0.0.1, rebuilding and reloading open pages as you edit.",
        discussion: """
            Builds the site into a temporary folder and serves it. Watches the seeds, content and \
            theme folders: a changed seed page is extracted again (files you edited by hand are \
            kept), a changed entry or template rebuilds the site, and open pages reload. A build \
            that fails shows its error in the terminal and over the page, and the last good site \
            stays served. site/ is not touched: publish with `jingyan build`.
            """)

    @Option(help: "Port on 127.0.0.1.")
    var port = 8080

    @Option(help: "Folder of content entries (Markdown with YAML front matter).")
    var content = "content"

    @Option(help: "Folder of seed pages.")
    var seeds = "seeds"

    @Option(help: "Folder of templates and assets that replace the bundled ones by file name.")
    var theme: String?

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
    }

    func run() async throws {
        var folders: [WatchedFolders.Role: URL] = [
            .seeds: URL(fileURLWithPath: seeds, isDirectory: true), .content: URL(fileURLWithPath: content, isDirectory: true),
        ]
        folders[.theme] = theme.map { URL(fileURLWithPath: $0, isDirectory: true) }
        let session = PreviewSession(
            extract: ExtractStep(seeds: seeds, content: content),
            build: BuildStep(content: content, seeds: seeds, theme: theme, baseURL: nil),
            watched: WatchedFolders(folders: folders), port: port,
            say: { FileHandle.standardOutput.write(Data(($0 + "\n").utf8)) },
            warn: { FileHandle.standardError.write(Data(($0 + "\n").utf8)) })
        try await session.run()
    }
}

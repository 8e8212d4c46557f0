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

    @OptionGroup var folders: SiteFolders

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
    }

    func run() async throws {
        var watched: [WatchedFolders.Role: URL] = [
            .seeds: URL(fileURLWithPath: folders.seeds, isDirectory: true),
            .content: URL(fileURLWithPath: folders.content, isDirectory: true),
        ]
        watched[.theme] = folders.theme.map { URL(fileURLWithPath: $0, isDirectory: true) }
        let session = PreviewSession(
            extract: ExtractStep(seeds: folders.seeds, content: folders.content),
            build: BuildStep(content: folders.content, seeds: folders.seeds, theme: folders.theme, baseURL: nil),
            watched: WatchedFolders(folders: watched), port: port,
            say: { FileHandle.standardOutput.write(Data(($0 + "\n").utf8)) },
            warn: { FileHandle.standardError.write(Data(($0 + "\n").utf8)) })
        try await session.run()
    }
}

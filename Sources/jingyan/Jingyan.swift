import ArgumentParser
import Foundation
import JingyanSupport

@main
struct Jingyan: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "jingyan",
        abstract: "Turn newspaper reports on grassroots governance into a searchable static knowledge base.",
        discussion: """
            Pipeline: seeds/ (raw page text) → `jingyan extract` → content/ (Markdown per practice) \
            → `jingyan build` → site/ (static site with search). `jingyan serve` previews it while \
            you edit.
            """,
        subcommands: [Extract.self, Check.self, Build.self, Serve.self]
    )

    /// Runs the command; a file-system failure ends it with a sentence naming the file and what
    /// to do (`FileProblem`), not Foundation's error dump.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var command = command as? AsyncParsableCommand {
                try await command.run()
            } else {
                try command.run()
            }
        } catch {
            exit(withError: FileProblem.describe(error).map(CommandFailure.init) ?? error)
        }
    }
}

/// A failure told in one sentence, printed as `Error: <sentence>`.
struct CommandFailure: Error, CustomStringConvertible {
    var description: String
}

import ArgumentParser

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
}

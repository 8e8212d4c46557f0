import ArgumentParser

@main
struct JingyanBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "jingyan-bench",
        abstract: "Generate seed-like corpora and benchmark jingyan against Hugo and Pagefind (BENCHMARKS.md).",
        discussion: "Not a user command of jingyan and not a test: run it by hand on a quiet machine.",
        subcommands: [
            CorpusCommand.self, RunCommand.self, ExtractCommand.self, BigPageCommand.self, IndexCommand.self,
            PreviewCommand.self,
            FitCommand.self, ChartCommand.self,
        ]
    )
}

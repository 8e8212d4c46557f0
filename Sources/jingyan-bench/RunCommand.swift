import ArgumentParser

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "run", abstract: "Measure the full user path (not yet implemented).")
    func run() throws { throw ValidationError("jingyan-bench run is not implemented yet") }
}

import ArgumentParser

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Extract practice entries from seeds/ into content/.")
    func run() throws { throw ValidationError("extract is not available yet") }
}

import ArgumentParser

// Owned by the site work (issue 3); replaced when the site builder lands.
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Build site/ from content/.")
    func run() throws { throw ValidationError("build is not available yet") }
}

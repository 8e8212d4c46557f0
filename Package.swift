// swift-tools-version: 6.1
import PackageDescription

// The stages that read pages are optimized in debug builds too: the tests extract hundreds of
// fixture pages, which unoptimized code reads about forty times slower.
let optimizedInDebug: [SwiftSetting] = [.unsafeFlags(["-O"], .when(configuration: .debug))]

// One module per pipeline stage; value types flow one way:
// Layout (raw page text) → Extract (entries) → Content (Markdown files) → Site (HTML + search index).
let package = Package(
    name: "Jingyan",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "jingyan", targets: ["jingyan"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        // The preview server. No traits: jingyan needs neither swift-configuration nor form decoding.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: []),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        .systemLibrary(name: "CCmark", pkgConfig: "libcmark", providers: [.apt(["libcmark-dev"]), .brew(["cmark"])]),
        // zlib: the site's entries download is written gzip-compressed.
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]),
        .target(name: "JingyanModel", swiftSettings: optimizedInDebug),
        // What every stage leans on that is not a value of the model: concurrency, POSIX file
        // writing, file stamps and locks, stable hashing, file problems told as a person reads them.
        .target(name: "JingyanSupport", swiftSettings: optimizedInDebug),
        .target(name: "CRenameExchange"),
        .target(name: "JingyanLayout", swiftSettings: optimizedInDebug),
        .target(
            name: "JingyanExtract",
            dependencies: ["JingyanModel", "JingyanSupport", "JingyanLayout", .product(name: "Yams", package: "Yams")],
            resources: [
                .copy("Resources/lexicon.yml"), .copy("Resources/gazetteer.yml"), .copy("Resources/taxonomy.yml"),
                .copy("Resources/pinyin.txt"), .copy("Resources/divisions.tsv"), .copy("Resources/segmentation.yml"),
            ],
            swiftSettings: optimizedInDebug
        ),
        .target(
            name: "JingyanContent",
            dependencies: ["JingyanModel", "JingyanSupport", .product(name: "Yams", package: "Yams")]
        ),
        .target(name: "JingyanMarkdown", dependencies: ["CCmark", "JingyanSupport"]),
        // Mustache templates, parsed once and rendered fast (see TemplateSet for why not swift-mustache).
        .target(name: "JingyanTemplates", dependencies: ["JingyanSupport"]),
        .target(
            name: "JingyanSite",
            dependencies: [
                "JingyanModel", "JingyanSupport", "JingyanLayout", "JingyanMarkdown", "JingyanTemplates",
                "CRenameExchange", "CZlib",
            ],
            resources: [.copy("Theme")]
        ),
        // The stages as steps the command line and the preview server both run, with progress,
        // the live site and the folder watch that `serve` and `build --watch` share.
        .target(
            name: "JingyanPipeline",
            dependencies: ["JingyanExtract", "JingyanContent", "JingyanSite", "JingyanLayout", "JingyanSupport"]
        ),
        // `jingyan serve`: preview server and live reload.
        .target(
            name: "JingyanServe",
            dependencies: [
                "JingyanPipeline", "JingyanSite", "JingyanSupport",
                .product(name: "Hummingbird", package: "hummingbird"), .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "jingyan",
            dependencies: [
                "JingyanExtract", "JingyanContent", "JingyanSite", "JingyanPipeline", "JingyanServe", "JingyanSupport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Scores an extraction against a careful reading of its pages (the rules of score.py).
        .target(
            name: "JingyanScoring", dependencies: ["JingyanModel", "JingyanExtract"], swiftSettings: optimizedInDebug),
        .target(
            name: "JingyanFuzzing",
            dependencies: ["JingyanModel", "JingyanLayout", "JingyanExtract", "JingyanContent"]
        ),
        // Not a user command: the fuzz target over layout, metrics and front matter (docs/robustness.md).
        .executableTarget(name: "jingyan-fuzz", dependencies: ["JingyanFuzzing"]),
        // Not a user command: the seed-like corpus generator and the benchmark against Hugo and
        // Pagefind (BENCHMARKS.md). It runs the release `jingyan` binary as a user would.
        .target(
            name: "JingyanBenchCorpus", dependencies: ["JingyanExtract", "JingyanLayout", "JingyanModel"],
            resources: [.copy("Resources/corpus-vocabulary.json")]
        ),
        .executableTarget(
            name: "jingyan-bench",
            dependencies: [
                "JingyanBenchCorpus", "JingyanContent", "JingyanExtract", "JingyanLayout", "JingyanModel",
                "JingyanPipeline",
                "JingyanScoring", "JingyanServe", "JingyanSite", "JingyanSupport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "JingyanModelTests", dependencies: ["JingyanModel"]),
        .testTarget(name: "JingyanSupportTests", dependencies: ["JingyanSupport"]),
        .testTarget(name: "JingyanLayoutTests", dependencies: ["JingyanLayout"]),
        .testTarget(
            name: "JingyanExtractTests",
            dependencies: ["JingyanExtract", "JingyanLayout", "JingyanModel", "JingyanFuzzing", "JingyanScoring"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "JingyanSiteTests",
            // swift-mustache renders the bundled theme too, as the reference for JingyanTemplates.
            dependencies: [
                "JingyanSite", "JingyanMarkdown", "JingyanModel", "JingyanSupport", "JingyanTemplates",
                "JingyanExtract",  // the pinyin table mechanism pages are named with
                "CZlib",  // to read the entries download back
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            exclude: ["Fixtures/make_fixture.py"],
            resources: [.copy("Fixtures/extraction.json")]
        ),
        .testTarget(name: "JingyanTemplatesTests", dependencies: ["JingyanTemplates"]),
        .testTarget(name: "JingyanServeTests", dependencies: ["JingyanServe", "JingyanPipeline", "JingyanSite"]),
        .testTarget(name: "JingyanBenchCorpusTests", dependencies: ["JingyanBenchCorpus"]),
        // The benchmark's own logic that figures rest on: the disk-need model and the chart.
        .testTarget(name: "JingyanBenchTests", dependencies: ["jingyan-bench"]),
        .testTarget(
            name: "JingyanContentTests",
            dependencies: [
                "JingyanContent", "JingyanExtract", "JingyanLayout", "JingyanModel", "JingyanMarkdown",
                "JingyanSupport",
                .product(name: "Yams", package: "Yams"),  // reads front matter back as the loader does
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)

// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "Clout",
  platforms: [.macOS(.v15)],
  products: [
    .library(name: "Clout", targets: ["Clout"]),
    .library(name: "CloutModel", targets: ["CloutModel"]),
    .library(name: "CloutGraph", targets: ["CloutGraph"]),
    .library(name: "CloutIO", targets: ["CloutIO"]),
    .library(name: "CloutGraphviz", targets: ["CloutGraphviz"]),
    .library(name: "CloutAnswers", targets: ["CloutAnswers"]),
    .library(name: "CloutMCP", targets: ["CloutMCP"]),
    .library(name: "CloutReport", targets: ["CloutReport"]),
    .executable(name: "clout", targets: ["clout"]),
    .executable(name: "clout-conformance", targets: ["clout-conformance"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    .package(url: "https://github.com/modelcontextprotocol/swift-sdk", from: "0.12.1"),
    .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
  ],
  targets: [
    .systemLibrary(
      name: "CGraphviz",
      path: "Sources/CGraphviz",
      pkgConfig: "libgvc",
      providers: [.apt(["libgraphviz-dev"]), .brew(["graphviz"])]
    ),
    // The core in three layers the compiler checks: the document model, the graph engine (which
    // never sees the model), and the analysis over both (which re-exports the other two).
    .target(name: "CloutModel"),
    .target(name: "CloutGraph"),
    .target(name: "Clout", dependencies: ["CloutModel", "CloutGraph"]),
    // The one escaping loop and the tables of the languages Clout writes (JSON, XML, DOT, Cypher,
    // CSV); package access only, like swift-collections' InternalCollectionsUtilities.
    .target(name: "CloutText"),
    .target(name: "CloutIO", dependencies: ["Clout", "CloutText", .product(name: "Yams", package: "Yams")]),
    .target(name: "CloutGraphviz", dependencies: ["Clout", "CloutText", "CGraphviz", "CDotLayoutCleanup"]),
    // Repairs for Graphviz 2.43: frees what it loses in dot's cluster code (dot_layout_cleanup.c)
    // and on every HTML-like label (html_label_cleanup.c), and reads DOT into an arena whose memory
    // cgraph's error recovery must not hand to free() (ordered_read.c): the executables export the
    // hooks so that the calls of libgvc, cdt, the dot plugin and the pango plugin reach them.
    .target(
      name: "CDotLayoutCleanup", dependencies: ["CGraphviz"],
      linkerSettings: [
        .linkedLibrary("dl"),
        .unsafeFlags(
          [
            "delete_fast_edge", "delete_fast_node", "dot_mincross", "agdelsubg", "makeGraphs", "sizeArray",
            "free_html_text", "pango_parse_markup", "agdictobjmem",
          ].flatMap {
            ["-Xlinker", "--export-dynamic-symbol=\($0)"]
          }),
      ]),
    // The answers as text and JSON trees, shared by the command line and the MCP server.
    .target(name: "CloutAnswers", dependencies: ["Clout", "CloutIO", "CloutGraphviz"]),
    // `clout mcp`: the analysis as Model Context Protocol tools. FORMAT.md is compiled in (a
    // symlink to docs/FORMAT.md) so a copied binary still serves it.
    .target(
      name: "CloutMCP",
      dependencies: [
        "Clout", "CloutIO", "CloutAnswers", "CloutGraphviz", .product(name: "MCP", package: "swift-sdk"),
        .product(name: "Logging", package: "swift-log"),
      ],
      resources: [.embedInCode("Resources/FORMAT.md")]
    ),
    // The interactive HTML report (`clout report`); its page style and script are compiled in.
    .target(
      name: "CloutReport", dependencies: ["Clout", "CloutIO", "CloutGraphviz"],
      resources: [.embedInCode("Assets/report.css"), .embedInCode("Assets/report.js")]),
    // Runs Clout's PySpark job (spark/clout_spark.py, compiled in through a symlink) on exported tables.
    .target(
      name: "CloutSpark", dependencies: ["Clout", "CloutIO"], resources: [.embedInCode("Resources/clout_spark.py")]),
    .executableTarget(
      name: "clout",
      dependencies: [
        "Clout", "CloutIO", "CloutGraphviz", "CloutAnswers", "CloutMCP", "CloutReport", "CloutSpark",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      // The seed network is compiled in (a symlink to graphs/us-china-tech.yaml), so the tool
      // works from any directory and a copied binary keeps it.
      // The archived texts of its sources come along (a symlink to graphs/sources), so the bundled
      // network's quotes are checked too.
      resources: [.embedInCode("Resources/us-china-tech.yaml"), .embedInCode("Resources/sources")]
    ),
    // Reads a reference-kit file (graph-reference/1) into the engine; shared by clout-conformance and the tests.
    .target(name: "CloutReferenceKit", dependencies: ["Clout"]),
    .executableTarget(name: "clout-conformance", dependencies: ["Clout", "CloutReferenceKit"]),
    // Side-by-side benchmark against igraph, NetworKit and rustworkx (Benchmarks/run); not a test.
    .executableTarget(name: "clout-bench", dependencies: ["Clout", "CloutIO"], path: "Benchmarks/clout-bench"),
    // In-process rendering next to the Graphviz programs (Benchmarks/render); not a test.
    .executableTarget(
      name: "clout-render-bench", dependencies: ["CloutGraphviz"], path: "Benchmarks/clout-render-bench"),
    .testTarget(name: "CloutTests", dependencies: ["Clout", "CloutGraph", "CloutReferenceKit"]),
    .testTarget(name: "CloutIOTests", dependencies: ["Clout", "CloutIO"]),
    .testTarget(name: "CloutGraphvizTests", dependencies: ["Clout", "CloutGraphviz", "CloutIO"]),
    .testTarget(name: "CloutAnswersTests", dependencies: ["Clout", "CloutIO", "CloutGraphviz", "CloutAnswers"]),
    .testTarget(name: "CLITests", dependencies: ["clout"]),
    .testTarget(name: "CloutMCPTests", dependencies: ["Clout", "CloutIO", "CloutMCP"]),
    .testTarget(name: "CloutReportTests", dependencies: ["Clout", "CloutIO", "CloutReport"]),
    .testTarget(name: "CloutSparkTests", dependencies: ["clout", "Clout", "CloutIO", "CloutSpark"]),
  ],
  swiftLanguageModes: [.v6]
)

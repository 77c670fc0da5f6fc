// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "Clout",
  platforms: [.macOS(.v15)],
  products: [
    .library(name: "Clout", targets: ["Clout"]),
    .library(name: "CloutIO", targets: ["CloutIO"]),
    .library(name: "CloutGraphviz", targets: ["CloutGraphviz"]),
    .executable(name: "clout", targets: ["clout"]),
    .executable(name: "clout-conformance", targets: ["clout-conformance"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
  ],
  targets: [
    .systemLibrary(
      name: "CGraphviz",
      path: "Sources/CGraphviz",
      pkgConfig: "libgvc",
      providers: [.apt(["libgraphviz-dev"]), .brew(["graphviz"])]
    ),
    .target(name: "Clout"),
    .target(name: "CloutIO", dependencies: ["Clout", .product(name: "Yams", package: "Yams")]),
    .target(name: "CloutGraphviz", dependencies: ["Clout", "CGraphviz"]),
    .executableTarget(
      name: "clout",
      dependencies: [
        "Clout", "CloutIO", "CloutGraphviz",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      // The seed network is compiled in (a symlink to graphs/us-china-tech.yaml), so the tool
      // works from any directory and a copied binary keeps it.
      resources: [.embedInCode("Resources/us-china-tech.yaml")]
    ),
    .executableTarget(name: "clout-conformance", dependencies: ["Clout"]),
    // Side-by-side benchmark against igraph, NetworKit and rustworkx (Benchmarks/run); not a test.
    .executableTarget(name: "clout-bench", dependencies: ["Clout", "CloutIO"], path: "Benchmarks/clout-bench"),
    .testTarget(name: "CloutTests", dependencies: ["Clout", "clout-conformance"]),
    .testTarget(name: "CloutIOTests", dependencies: ["Clout", "CloutIO"]),
    .testTarget(name: "CloutGraphvizTests", dependencies: ["Clout", "CloutGraphviz", "CloutIO"]),
    .testTarget(name: "CLITests", dependencies: ["clout"]),
  ],
  swiftLanguageModes: [.v6]
)

/// The tables `clout export --format graphframes` writes into a folder, as GraphFrames and Spark
/// GraphX read them (docs/SPARK.md):
///
/// - `vertices.csv`: `id` (dense int64, 0…n−1: Clout's vertex number, which is the id mapping), `key`
///   (the entity id or edge-list label), `name`, `kind`, `group` (the entity's affiliation).
/// - `edges.csv`: one row per relation (network) or per edge (graph): `src`, `dst` (vertex ids),
///   `relationship` (relation kind), `weight` (the strength it adds to the influence projection:
///   strength × confidence; an edge list's weight), `strength` and `confidence` as written,
///   `influence` (`forward` src moves dst, `reverse` dst moves src, `mutual`, `none`), `start`,
///   `end` (ISO days), `status`, `key` (relation id).
/// - `clout-graphframes.json`: a manifest with the counts, how arcs are made from edges and the
///   Spark DDL schemas of both tables.
///
/// Both CSV files have a header row, commas, and RFC 4180 quoting (a quote is doubled; Spark reads
/// it with `escape='"'`); line breaks inside text become spaces so that Spark can split the files.
public enum GraphFramesSchema {
  public static let verticesFile = "vertices.csv"
  public static let edgesFile = "edges.csv"
  public static let manifestFile = "clout-graphframes.json"

  public static let vertexColumns = ["id", "key", "name", "kind", "group"]
  public static let edgeColumns = [
    "src", "dst", "relationship", "weight", "strength", "confidence", "influence", "start", "end", "status", "key",
  ]

  /// Spark DDL of `vertices.csv`.
  public static let verticesDDL = "id LONG, key STRING, name STRING, kind STRING, `group` STRING"
  /// Spark DDL of `edges.csv`.
  public static let edgesDDL =
    "src LONG, dst LONG, relationship STRING, weight DOUBLE, strength DOUBLE, confidence DOUBLE, "
    + "influence STRING, start DATE, `end` DATE, status STRING, key STRING"

  /// How the arcs that ranking runs on are made from the edge rows.
  public enum Arcs: String, Sendable {
    /// A network's influence projection: each row gives arcs along its `influence`, rows of status
    /// `denied`, of weight 0 and self-loops give none, and each ordered pair is one arc.
    case projection
    /// A graph as given: each row is one arc (`mutual`: two, a self-loop one); parallel arcs stay.
    case asGiven = "as-given"
  }
}

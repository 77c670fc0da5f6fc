import Foundation

/// The PySpark job shipped with Clout (`spark/clout_spark.py`, compiled into the library so that a
/// copied binary keeps it). `clout spark` writes it next to the tables it exports and runs it;
/// on a cluster it is given to `spark-submit` as it is (docs/SPARK.md).
public enum SparkJobScript {
  /// The script's text.
  public static var text: String { String(decoding: PackageResources.clout_spark_py, as: UTF8.self) }

  /// The file name it is written under.
  public static let fileName = "clout_spark.py"
}

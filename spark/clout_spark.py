#!/usr/bin/env python3
"""Clout's Spark job: PageRank and connected components on GraphFrames tables.

Reads the tables `clout export --format graphframes -o DIR` writes (vertices.csv, edges.csv and
clout-graphframes.json; the schema is in docs/SPARK.md), builds the graph Clout analyses from them
and runs Apache Spark's own algorithms on it:

  pagerank    unweighted PageRank, damping 0.85, normalised to sum 1 over every vertex
  components  weakly connected components, each labelled by its smallest vertex id

It uses GraphFrames when the GraphFrames jar and its Python package are there (spark-submit
--packages io.graphframes:...), and Spark GraphX, which ships with pyspark, otherwise. Results are
written with Spark as CSV part files in OUT (columns id, one per algorithm, key), and one line
`clout-spark-result {json}` on standard output tells what ran.

Run by `clout spark` (local mode, loopback only), or on a cluster:

  spark-submit --master spark://host:7077 clout_spark.py pagerank,components TABLES -o OUT

Exit codes: 0 done, 2 usage or input error, 3 Java or pyspark missing, 1 the Spark job failed.
"""

import argparse
import json
import os
import shutil
import sys
import tempfile
import time

VERTICES_DDL = "id LONG, key STRING, name STRING, kind STRING, `group` STRING"
EDGES_DDL = (
    "src LONG, dst LONG, relationship STRING, weight DOUBLE, strength DOUBLE, confidence DOUBLE, "
    "influence STRING, start DATE, `end` DATE, status STRING, key STRING"
)
ALGORITHMS = ("pagerank", "components")
INSTALL_PYSPARK = "python3 -m pip install pyspark==4.3.0"
INSTALL_JAVA = "apt-get install -y openjdk-17-jre-headless"


class Failure(Exception):
    """A problem to report in one line, with its exit code."""

    def __init__(self, message, code=1):
        super().__init__(message)
        self.code = code


def parse_arguments(argv):
    p = argparse.ArgumentParser(
        prog="clout_spark.py",
        description="PageRank and connected components on Clout's GraphFrames tables, with Spark.",
    )
    p.add_argument("algorithms", help="comma-separated: " + ", ".join(ALGORITHMS))
    p.add_argument("tables", help="folder (or URL) with vertices.csv and edges.csv")
    p.add_argument("-o", "--output", required=True, help="folder (or URL) for the result CSV part files")
    p.add_argument("--master", default=None, help="Spark master URL (default: local[*] unless spark-submit set one)")
    p.add_argument("--engine", choices=("auto", "graphframes", "graphx"), default="auto")
    p.add_argument(
        "--tolerance",
        type=float,
        default=1e-8,
        help="PageRank stops when no vertex's rank changes by more in a step (default 1e-8)",
    )
    p.add_argument("--reset", type=float, default=0.15, help="PageRank reset probability, 1 - damping (default 0.15)")
    p.add_argument(
        "--arcs",
        choices=("auto", "projection", "as-given"),
        default="auto",
        help="how edge rows become arcs (default: the manifest's, else as-given)",
    )
    p.add_argument(
        "--exclude-status",
        default="denied",
        help="comma-separated statuses whose rows give no arc in a projection (default: denied)",
    )
    p.add_argument("--driver-memory", default=None, help="spark.driver.memory in local mode (e.g. 4g)")
    a = p.parse_args(argv)
    a.algorithms = [x.strip() for x in a.algorithms.split(",") if x.strip()]
    unknown = [x for x in a.algorithms if x not in ALGORITHMS]
    if unknown or not a.algorithms:
        p.error("unknown algorithm %s: choose from %s" % (", ".join(unknown) or "''", ", ".join(ALGORITHMS)))
    if not a.tolerance > 0:
        p.error("--tolerance must be positive")
    if not 0 < a.reset < 1:
        p.error("--reset must lie strictly between 0 and 1")
    return a


def check_runtime():
    """Java and pyspark, or a one-line message with the command that installs them."""
    try:
        import pyspark  # noqa: F401
    except ImportError:
        raise Failure(
            "needs pyspark, which %s cannot import; install it with: %s" % (sys.executable, INSTALL_PYSPARK),
            3,
        )
    java_home = os.environ.get("JAVA_HOME")
    java = os.path.join(java_home, "bin", "java") if java_home else shutil.which("java")
    if not java or not os.access(java, os.X_OK):
        where = "JAVA_HOME/bin/java (%s)" % java_home if java_home else "java on PATH"
        raise Failure("needs Java 17 (Spark runs on it) and found no %s; install it with: %s" % (where, INSTALL_JAVA), 3)


def read_manifest(tables):
    path = os.path.join(tables, "clout-graphframes.json")
    if "://" in tables or not os.path.exists(path):
        return {}
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def start_spark(args):
    from pyspark.sql import SparkSession

    b = SparkSession.builder.appName("clout-spark")
    master = args.master
    if master is None and "spark.master" not in os.environ.get("PYSPARK_SUBMIT_ARGS", ""):
        master = "local[*]"
    if master:
        b = b.master(master)
    if master and master.startswith("local"):
        # Nothing listens beyond loopback: the driver, its block manager and py4j stay on 127.0.0.1.
        b = (
            b.config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .config("spark.ui.enabled", "false")
            .config("spark.ui.showConsoleProgress", "false")
            .config("spark.sql.shuffle.partitions", "4")
            # Pregel (PageRank until convergence, components) cuts its lineage every 10 supersteps.
            .config("spark.graphx.pregel.checkpointInterval", "10")
        )
        if args.driver_memory:
            b = b.config("spark.driver.memory", args.driver_memory)
    return b.getOrCreate()


def conform(df, ddl_columns):
    """The table with exactly the documented columns, missing ones as nulls (Parquet or own tables)."""
    from pyspark.sql import functions as F

    names = [c.split(" ")[0].strip("`") for c in ddl_columns.split(", ")]
    types = [c.split(" ")[1] for c in ddl_columns.split(", ")]
    cols = []
    for name, kind in zip(names, types):
        cols.append(F.col("`%s`" % name) if name in df.columns else F.lit(None).cast(kind.lower()).alias(name))
    return df.select(*cols)


def read_tables(spark, tables):
    if os.path.isdir(os.path.join(tables, "edges.parquet")) or tables.endswith(".parquet"):
        v = spark.read.parquet(os.path.join(tables, "vertices.parquet"))
        e = spark.read.parquet(os.path.join(tables, "edges.parquet"))
    else:
        opts = {"header": True, "escape": '"', "mode": "FAILFAST"}
        v = spark.read.csv(os.path.join(tables, "vertices.csv"), schema=VERTICES_DDL, **opts)
        e = spark.read.csv(os.path.join(tables, "edges.csv"), schema=EDGES_DDL, **opts)
    return conform(v, VERTICES_DDL), conform(e, EDGES_DDL)


def arcs_of(edges, mode, excluded):
    """The arcs (src, dst) ranking runs on: Clout's influence projection, or the graph as given."""
    from pyspark.sql import functions as F

    influence = F.coalesce(F.col("influence"), F.lit("forward"))
    if mode == "projection":
        kept = edges.filter((F.col("weight") > 0) & (F.col("src") != F.col("dst")))
        if excluded:
            kept = kept.filter(F.col("status").isNull() | ~F.col("status").isin(excluded))
        forward = kept.filter(influence.isin("forward", "mutual")).select("src", "dst")
        backward = kept.filter(influence.isin("reverse", "mutual")).select(F.col("dst").alias("src"), F.col("src").alias("dst"))
        return forward.unionByName(backward).distinct()
    forward = edges.filter(influence.isin("forward", "mutual")).select("src", "dst")
    backward = edges.filter((influence == "reverse") | ((influence == "mutual") & (F.col("src") != F.col("dst"))))
    return forward.unionByName(backward.select(F.col("dst").alias("src"), F.col("src").alias("dst")))


def graphframes_usable(spark):
    try:
        loader = spark._jvm.java.lang.Thread.currentThread().getContextClassLoader()
        spark._jvm.java.lang.Class.forName("org.graphframes.GraphFrame", False, loader)
        import graphframes  # noqa: F401

        return True
    except Exception:
        return False


class GraphX:
    """Spark GraphX (inside pyspark's jars), driven through the py4j gateway."""

    name = "graphx"

    def __init__(self, spark, arcs):
        self.spark = spark
        jvm = spark._jvm
        self.jvm = jvm
        self.enc = jvm.org.apache.spark.sql.Encoders
        self.ct = getattr(getattr(jvm.scala.reflect, "ClassTag$"), "MODULE$")
        none = getattr(getattr(jvm.scala, "None$"), "MODULE$")
        self.none = none
        level = jvm.org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK()
        pairs = getattr(arcs._jdf, "as")(self.enc.tuple(self.enc.LONG(), self.enc.LONG())).rdd()
        self.arcs = arcs
        self.graph = jvm.org.apache.spark.graphx.Graph.fromEdgeTuples(pairs, 1, none, level, level, self.ct.Int())

    def _frame(self, vertex_rdd, value_encoder, column):
        from pyspark.sql import DataFrame

        ds = self.spark._jsparkSession.createDataset(vertex_rdd, self.enc.tuple(self.enc.LONG(), value_encoder))
        return DataFrame(ds.toDF(), self.spark).toDF("id", column)

    def pagerank(self, tolerance, reset):
        """z = (I - (1-r) P')^-1 1 on the vertices that have arcs, where P' moves rank along
        out-arcs without redistributing sinks. The sink-redistributing PageRank (networkx, Clout)
        is proportional to z over all vertices, with z = 1 for a vertex without arcs.

        GraphX's PageRank.runUntilConvergence gives a multiple w of z (it rescales at the end);
        summing z = 1 + (1-r) P'z gives the factor: z = w * n / (sum w - (1-r) * sum of w over
        vertices with out-arcs)."""
        from pyspark.sql import functions as F

        lib = self.jvm.org.apache.spark.graphx.lib.PageRank
        ranked = lib.runUntilConvergence(self.graph, tolerance, reset, self.ct.Int(), self.ct.Int())
        w = self._frame(ranked.vertices(), self.enc.DOUBLE(), "w").cache()
        sources = self.arcs.select(F.col("src").alias("id")).distinct().withColumn("out", F.lit(True))
        sums = w.join(sources, "id", "left").agg(
            F.count("*").alias("n"), F.sum("w").alias("all"), F.sum(F.when(F.col("out"), F.col("w"))).alias("out")
        ).first()
        factor = sums["n"] / (sums["all"] - (1 - reset) * (sums["out"] or 0.0))
        return w.select("id", (F.col("w") * F.lit(factor)).alias("raw"))

    def components(self):
        lib = self.jvm.org.apache.spark.graphx.lib.ConnectedComponents
        return self._frame(lib.run(self.graph, self.ct.Int(), self.ct.Int()).vertices(), self.enc.LONG(), "label")


class GraphFramesEngine:
    """GraphFrames (its jar on the classpath, e.g. spark-submit --packages)."""

    name = "graphframes"

    def __init__(self, spark, vertices, arcs):
        from graphframes import GraphFrame

        self.g = GraphFrame(vertices.select("id"), arcs)

    def pagerank(self, tolerance, reset):
        # GraphFrames keeps vertices without arcs; its scores are proportional to the same vector.
        return self.g.pageRank(resetProbability=reset, tol=tolerance).vertices.selectExpr("id", "pagerank AS raw")

    def components(self):
        return self.g.connectedComponents().selectExpr("id", "component AS label")


def run(args):
    check_runtime()
    manifest = read_manifest(args.tables)
    mode = args.arcs if args.arcs != "auto" else manifest.get("arcs", "as-given")
    excluded = [s.strip() for s in args.exclude_status.split(",") if s.strip()]
    started = time.time()
    checkpoints = None
    spark = start_spark(args)
    try:
        from pyspark.sql import functions as F

        spark.sparkContext.setLogLevel("ERROR")
        if spark.sparkContext.getCheckpointDir() is None and spark.sparkContext.master.startswith("local"):
            checkpoints = tempfile.mkdtemp(prefix="clout-spark-checkpoints-")
            spark.sparkContext.setCheckpointDir(checkpoints)
        session_seconds = time.time() - started
        jvm_pid = int(spark._jvm.java.lang.ProcessHandle.current().pid())
        t0 = time.time()
        vertices, edges = read_tables(spark, args.tables)
        vertices = vertices.select("id", "key").cache()
        arcs = arcs_of(edges, mode, excluded).cache()
        n = vertices.count()
        m = arcs.count()
        dangling = arcs.select(F.col("src").alias("id")).union(arcs.select(F.col("dst").alias("id"))).distinct()
        unknown = dangling.join(vertices, "id", "left_anti").limit(3).collect()
        if unknown:
            raise Failure(
                "%s: edges name vertex ids that vertices.csv lacks: %s" % (args.tables, ", ".join(str(r.id) for r in unknown)),
                2,
            )
        engine_name = args.engine
        if engine_name == "auto":
            engine_name = "graphframes" if graphframes_usable(spark) else "graphx"
        engine = GraphFramesEngine(spark, vertices, arcs) if engine_name == "graphframes" else GraphX(spark, arcs)
        result = vertices
        for algorithm in args.algorithms:
            if algorithm == "pagerank":
                raw = engine.pagerank(args.tolerance, args.reset)
                scored = result.join(raw, "id", "left").withColumn("raw", F.coalesce("raw", F.lit(1.0)))
                total = scored.agg(F.sum("raw")).first()[0]
                result = scored.withColumn("pagerank", F.col("raw") / F.lit(total)).drop("raw")
            else:
                labels = result.select("id").join(engine.components(), "id", "left")
                labels = labels.withColumn("label", F.coalesce("label", "id"))
                smallest = labels.groupBy("label").agg(F.min("id").alias("component"))
                result = result.join(labels.join(smallest, "label").select("id", "component"), "id")
        # Numbers first and the key last, so that a reader can split off the numbers at commas.
        result = result.select("id", *[c for c in result.columns if c not in ("id", "key")], "key")
        result.write.mode("overwrite").option("header", True).option("escape", '"').csv(args.output)
        report = {
            "engine": engine.name,
            "algorithms": args.algorithms,
            "vertices": n,
            "arcs": m,
            "arc_rule": mode,
            "tolerance": args.tolerance if "pagerank" in args.algorithms else None,
            "reset": args.reset,
            "master": spark.sparkContext.master,
            "spark": spark.version,
            "session_seconds": round(session_seconds, 3),
            "job_seconds": round(time.time() - t0, 3),
            "jvm_pid": jvm_pid,
            "driver_host": spark.conf.get("spark.driver.host", None),
            "bind_address": spark.conf.get("spark.driver.bindAddress", None),
        }
    finally:
        spark.stop()
        if checkpoints:
            shutil.rmtree(checkpoints, ignore_errors=True)
    print("clout-spark-result " + json.dumps(report), flush=True)


def main(argv=None):
    args = parse_arguments(sys.argv[1:] if argv is None else argv)
    try:
        run(args)
    except Failure as f:
        print("clout spark: " + str(f), file=sys.stderr)
        return f.code
    except Exception as e:  # a Spark or py4j error: its first line, not a traceback
        if os.environ.get("CLOUT_SPARK_DEBUG"):
            raise
        first = (str(e).strip().splitlines() or [""])[0]
        print("clout spark: the Spark job failed: %s: %s (CLOUT_SPARK_DEBUG=1 shows the trace)" % (type(e).__name__, first), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Compares clout-conformance's results with the expected values of the reference fixtures.

    scripts/check-conformance.py EXPECTED_DIR RESULT_DIR [--quiet]
    scripts/check-conformance.py --selftest EXPECTED_DIR

EXPECTED_DIR holds the fixtures (`graph-reference/1` files made by scripts/make-reference-fixtures);
RESULT_DIR holds one result file per fixture, with the same name. Every expected metric must be
present in the result (a metric whose expected value is null may be null or absent). One line per
metric (`PASS`/`FAIL`, the largest error or the number of mismatches); the last line is
`N passed, N failed`. Exit status 1 if anything failed or nothing was compared.

Rules (the reference kit's): integers, counts, sets and booleans exact; floats within
1e-10 * max(1, |expected|). Answers that are not unique are validated, not compared: a shortest
path must run over existing edges with the expected length, k-shortest paths must be simple,
distinct and cost what they should, and a Louvain partition must cover every node, have the
modularity it reports and reach the expected best modularity minus 0.03 (Louvain is a heuristic).
`--selftest` checks the checker: every fixture passes against itself, and a corrupted copy of each
metric (a value off by 1e-7, a count off by one, a set member missing, ...) fails. Standard
library only.
"""

import copy

import json
import math
import re
import sys
from pathlib import Path

TOLERANCE = 1e-10
LOUVAIN_SLACK = 0.03

EXACT_MAPS = re.compile(r"^((in_|out_|positive_in_|negative_in_|positive_out_|negative_out_)?degree|core_number)$")
KINDS = [  # (pattern on the metric name without _weighted/_raw/_personalized, kind)
    (r"^n_.*|^frustration_index$", "int"),
    (r"^is_.*", "bool"),
    (r"^(density|average_clustering|transitivity(_undirected)?|balance_ratio|diameter|radius|max_finite_distance)$", "float"),
    (r"^edge_betweenness$", "edge_map"),
    (r"^distance_matrix$", "matrix"),
    (r"^(strongly_|weakly_)?connected_components$", "partition"),
    (r"^articulation_points$", "node_set"),
    (r"^bridges$", "edge_set"),
    (r"^(un)?balanced_triads$", "triad_set"),
    (r"^signed_undirected_edges$", "signed_edges"),
    (r"^shortest_path_queries$", "sp_queries"),
    (r"^k_shortest_paths$", "k_shortest"),
    (r"^simple_paths_cutoff3$", "path_count"),
    (r"^max_flow$", "flow"),
    (r"^louvain$", "louvain"),
    (r"^modularity_of_partitions$", "name_map"),
    (r"^signed_triads$", "name_map_exact"),
    (r".*", "node_map"),
]


def base_name(metric):
    return re.sub(r"(_weighted)?(_raw|_personalized)?$", "", metric)


def kind_of(metric):
    base = base_name(metric)
    if EXACT_MAPS.match(base):
        return "node_map_exact"
    return next(kind for pattern, kind in KINDS if re.match(pattern, base))


class Graph:
    """The fixture's input graph: adjacency with weights (1 when unweighted)."""

    def __init__(self, doc):
        g = doc["graph"]
        self.directed = g["directed"]
        self.nodes = [n["id"] for n in g["nodes"]]
        self.arcs = {}
        for e in g["edges"]:
            w = e.get("weight", 1)
            self.arcs[(e["source"], e["target"])] = w
            if not self.directed:
                self.arcs[(e["target"], e["source"])] = w
        self.edges = [(e["source"], e["target"], e.get("weight", 1)) for e in g["edges"]]

    def cost(self, path, weighted):
        """The length of a path over existing edges, or None if a step is not an edge."""
        total = 0
        for u, v in zip(path, path[1:]):
            if (u, v) not in self.arcs:
                return None
            total += self.arcs[(u, v)] if weighted else 1
        return total

    def modularity(self, communities, weighted):
        side = {v: i for i, c in enumerate(communities) for v in c}
        m = sum(w if weighted else 1 for _, _, w in self.edges)
        inside = [0.0] * len(communities)
        out_strength = [0.0] * len(communities)
        in_strength = [0.0] * len(communities)
        for u, v, w in self.edges:
            w = w if weighted else 1
            if side[u] == side[v]:
                inside[side[u]] += w
            out_strength[side[u]] += w
            in_strength[side[v]] += w
        if self.directed:
            return sum(inside[c] / m - out_strength[c] * in_strength[c] / m**2 for c in range(len(communities)))
        return sum(inside[c] / m - ((out_strength[c] + in_strength[c]) / (2 * m)) ** 2 for c in range(len(communities)))


def close(expected, got):
    if expected is None or got is None:
        return expected is None and got is None
    if isinstance(got, bool) or not isinstance(got, (int, float)) or not math.isfinite(got):
        return False
    return abs(got - expected) <= TOLERANCE * max(1.0, abs(expected))


def error(expected, got):
    if expected is None or got is None or not isinstance(got, (int, float)) or isinstance(got, bool):
        return math.inf if expected != got else 0.0
    return abs(got - expected)


class Outcome:
    def __init__(self, failures, worst=None):
        self.failures = failures  # list of strings naming what is wrong
        self.worst = worst  # largest numeric error, for numeric kinds

    def summary(self):
        if self.worst is not None:
            return f"max_err={self.worst:.3e}"
        return f"mismatches={len(self.failures)}"


def compare_maps(expected, got, exact):
    if not isinstance(got, dict):
        return Outcome(["not an object"])
    failures = [f"missing {k}" for k in expected if k not in got] + [f"extra {k}" for k in got if k not in expected]
    worst = 0.0
    for k, x in expected.items():
        if k not in got:
            continue
        worst = max(worst, error(x, got[k]))
        if (got[k] != x) if exact else not close(x, got[k]):
            failures.append(f"{k}: expected {x}, got {got[k]}")
    return Outcome(failures, None if exact else worst)


def as_sets(items, ordered):
    return {tuple(i) if ordered else frozenset(i) for i in items}


def compare_sets(expected, got, ordered=False):
    if not isinstance(got, list):
        return Outcome(["not a list"])
    e, g = as_sets(expected, ordered), as_sets(got, ordered)
    show = lambda x: sorted(map(str, x)) if isinstance(x, frozenset) else [show(y) for y in x] if isinstance(x, tuple) else str(x)
    return Outcome([f"missing {show(x)}" for x in e - g] + [f"unexpected {show(x)}" for x in g - e])


def check(kind, metric, expected, got, graph, doc):
    weighted = "_weighted" in metric
    if kind == "int" or kind == "bool":
        return Outcome([] if got == expected and type(got) is type(expected) else [f"expected {expected}, got {got}"])
    if kind == "float":
        return Outcome([] if close(expected, got) else [f"expected {expected}, got {got}"], error(expected, got))
    if kind in ("node_map", "node_map_exact", "name_map", "name_map_exact"):
        return compare_maps(expected, got, kind.endswith("exact"))
    if kind == "edge_map":
        key = (lambda u, v: (u, v)) if graph.directed else (lambda u, v: frozenset((u, v)))
        return compare_maps({key(u, v): x for u, v, x in expected}, {key(u, v): x for u, v, x in got}, False)
    if kind == "matrix":
        position = {v: i for i, v in enumerate(got["order"])}
        if sorted(position) != sorted(expected["order"]):
            return Outcome(["order is not the node set"])
        failures, worst = [], 0.0
        for i, u in enumerate(expected["order"]):
            for j, v in enumerate(expected["order"]):
                x, y = expected["rows"][i][j], got["rows"][position[u]][position[v]]
                worst = max(worst, error(x, y))
                if not close(x, y):
                    failures.append(f"d({u},{v}): expected {x}, got {y}")
        return Outcome(failures, worst)
    if kind == "partition" or kind == "node_set":
        return compare_sets(expected if kind == "partition" else [[x] for x in expected], got if kind == "partition" else [[x] for x in got])
    if kind == "edge_set":
        return compare_sets(expected, got, ordered=graph.directed)
    if kind == "triad_set":
        return compare_sets(expected, got)
    if kind == "signed_edges":
        return compare_sets([(frozenset((u, v)), s) for u, v, s in expected], [(frozenset((u, v)), s) for u, v, s in got], True)
    if kind == "sp_queries":
        return check_paths(expected, got, graph, weighted)
    if kind == "k_shortest":
        return check_k_shortest(expected, got, graph, weighted)
    if kind == "path_count":
        return Outcome([] if got == expected else [f"expected {expected}, got {got}"])
    if kind == "flow":
        answers = {(q["source"], q["target"]): q.get("value") for q in got}
        failures = [f"{q['source']}->{q['target']}: expected {q['value']}, got {answers.get((q['source'], q['target']))}"
                    for q in expected if not close(q["value"], answers.get((q["source"], q["target"])))]
        return Outcome(failures)
    if kind == "louvain":
        return check_louvain(metric, expected, got, graph, weighted, doc)
    raise AssertionError(kind)


def by_pair(queries):
    return {(q["source"], q["target"]): q for q in queries}


def check_paths(expected, got, graph, weighted):
    answers, failures = by_pair(got), []
    for q in expected:
        pair = (q["source"], q["target"])
        a = answers.get(pair)
        if a is None:
            failures.append(f"{pair}: no answer")
            continue
        if not close(q["distance"], a.get("distance")) or a.get("count") != q["count"]:
            failures.append(f"{pair}: expected distance {q['distance']} count {q['count']}, got {a.get('distance')} {a.get('count')}")
        path = a.get("path")
        if q["path"] is None:
            if path is not None:
                failures.append(f"{pair}: a path where none exists")
        elif not path or path[0] != pair[0] or path[-1] != pair[1] or not close(q["distance"], graph.cost(path, weighted)):
            failures.append(f"{pair}: path {path} is not a shortest path")
    return Outcome(failures)


def check_k_shortest(expected, got, graph, weighted):
    answers, failures = by_pair(got), []
    for q in expected:
        pair = (q["source"], q["target"])
        a = answers.get(pair)
        if a is None:
            failures.append(f"{pair}: no answer")
            continue
        costs = a.get("costs", [])
        if len(costs) != len(q["costs"]) or not all(close(x, y) for x, y in zip(q["costs"], costs)):
            failures.append(f"{pair}: expected costs {q['costs']}, got {costs}")
        paths = a.get("paths")
        if paths is None:
            continue
        if len({tuple(p) for p in paths}) != len(paths):
            failures.append(f"{pair}: repeated paths")
        for p, c in zip(paths, costs):
            if p[0] != pair[0] or p[-1] != pair[1] or len(set(p)) != len(p) or not close(c, graph.cost(p, weighted)):
                failures.append(f"{pair}: path {p} is not a simple path of cost {c}")
    return Outcome(failures)


def check_louvain(metric, expected, got, graph, weighted, doc):
    failures = []
    q = got.get("modularity") if isinstance(got, dict) else None
    if not isinstance(q, (int, float)):
        return Outcome(["no modularity"])
    if q < expected["modularity"] - LOUVAIN_SLACK:
        failures.append(f"modularity {q} below the expected best {expected['modularity']} - {LOUVAIN_SLACK}")
    optimum = (doc.get("known_results") or {}).get("max_modularity")
    if optimum and not weighted and q > optimum["value"] + 1e-6:
        failures.append(f"modularity {q} above the proven optimum {optimum['value']}")
    communities = got.get("communities")
    if communities is not None:
        members = [v for c in communities for v in c]
        if sorted(members) != sorted(graph.nodes):
            failures.append("communities do not partition the node set")
        elif not close(graph.modularity(communities, weighted), q):
            failures.append(f"reported modularity {q}, its communities have {graph.modularity(communities, weighted)}")
    return Outcome(failures)


def check_file(expected_path, result_dir, quiet):
    doc = json.loads(expected_path.read_text(encoding="utf-8"))
    result_path = result_dir / expected_path.name
    if not result_path.exists():
        print(f"FAIL  {doc['name']}: no result file {result_path.name}")
        return 0, 1
    got_doc = json.loads(result_path.read_text(encoding="utf-8"), parse_constant=lambda c: sys.exit(f"{result_path}: {c} is not JSON"))
    return check_results(doc, got_doc.get("results", {}), quiet)


def check_results(doc, results, quiet):
    name = doc["name"]
    graph = Graph(doc)
    passed = failed = 0

    def report(ok, label, detail):
        nonlocal passed, failed
        passed, failed = passed + ok, failed + (not ok)
        if not ok or not quiet:
            print(f"{'PASS' if ok else 'FAIL'}  {name}/{label:<40} {detail}")

    for metric, expected in doc["results"].items():
        got = results.get(metric)
        if expected is None:
            report(got is None, metric, "expected null")
            continue
        if metric not in results:
            report(False, metric, "missing")
            continue
        try:
            outcome = check(kind_of(metric), metric, expected, got, graph, doc)
        except (TypeError, KeyError, IndexError, AttributeError, ValueError) as problem:
            outcome = Outcome([f"malformed result ({type(problem).__name__}: {problem})"])
        detail = outcome.summary() + ("; " + "; ".join(outcome.failures[:3]) if outcome.failures else "")
        report(not outcome.failures, metric, detail)
    best = (doc.get("known_results") or {}).get("highest_betweenness")
    if best and isinstance(results.get("betweenness"), dict):
        top = max(results["betweenness"], key=results["betweenness"].get)
        report(top == best["node"], "known: highest_betweenness", f"expected {best['node']}, got {top}")
    return passed, failed


def corrupt(kind, value):
    """A copy of an expected value with one plausible mistake in it."""
    v = copy.deepcopy(value)
    nudge = lambda x: x + 1e-7 * max(1.0, abs(x))
    if kind == "int":
        return v + 1
    if kind == "bool":
        return not v
    if kind == "float":
        return nudge(v)
    if kind in ("node_map", "name_map", "node_map_exact", "name_map_exact"):
        k = next(iter(v))
        v[k] = v[k] + 1 if kind.endswith("exact") else nudge(v[k])
    elif kind == "edge_map":
        v[0][2] = nudge(v[0][2])
    elif kind == "matrix":
        v["rows"][0][-1] = 0 if v["rows"][0][-1] is None else v["rows"][0][-1] + 1
    elif kind == "partition":
        if len(v) > 1:
            v[1].append(v[0].pop())
        else:
            v[0].pop()
    elif kind in ("node_set", "edge_set", "triad_set", "signed_edges"):
        v = v[1:] if v else [["?", "?"]]
    elif kind == "sp_queries":
        v[0]["count"] += 1
    elif kind == "k_shortest":
        v[0]["costs"][-1] += 1
    elif kind == "path_count":
        v["count"] += 1
    elif kind == "flow":
        v[0]["value"] += 1
    elif kind == "louvain":
        v["modularity"] += 1e-3
    return v


def selftest(expected_dir):
    passed = failed = 0
    for path in sorted(expected_dir.glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        p, f = check_results(doc, doc["results"], quiet=True)
        ok = f == 0 and p > 0
        print(f"{'PASS' if ok else 'FAIL'}  selftest {doc['name']}: the expected values pass against themselves")
        passed, failed = passed + ok, failed + (not ok)
        for metric, value in doc["results"].items():
            if value is None:
                continue
            broken = dict(doc["results"], **{metric: corrupt(kind_of(metric), value)})
            with open("/dev/null", "w") as sink:
                stdout, sys.stdout = sys.stdout, sink
                try:
                    _, f = check_results(doc, broken, quiet=True)
                finally:
                    sys.stdout = stdout
            if f == 0:
                print(f"FAIL  selftest {doc['name']}/{metric}: a corrupted value passed")
            passed, failed = passed + (f > 0), failed + (f == 0)
    print(f"{passed} passed, {failed} failed")
    return 1 if failed or not passed else 0


def main(argv):
    if argv[:1] == ["--selftest"] and len(argv) == 2:
        return selftest(Path(argv[1]))
    args = [a for a in argv if not a.startswith("--")]
    if len(args) != 2 or any(a not in ("--quiet",) for a in argv if a.startswith("--")):
        sys.exit(__doc__.split("\n\n")[1])
    expected_dir, result_dir = Path(args[0]), Path(args[1])
    files = sorted(expected_dir.glob("*.json"))
    passed = failed = 0
    for path in files:
        p, f = check_file(path, result_dir, "--quiet" in argv)
        passed, failed = passed + p, failed + f
    print(f"{passed} passed, {failed} failed")
    return 1 if failed or not passed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

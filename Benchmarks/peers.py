#!/usr/bin/env python3
"""The peer side of Benchmarks/run: igraph, NetworKit, rustworkx (and networkx on S) timed on the
edge lists of Benchmarks/gen, doing the work `clout-bench` does.

    python3 Benchmarks/peers.py --worker PEER SIZE [--data DIR] [--skip op,op] [--bc exact|sample256|none]

A worker is one fresh process per (peer, size, round): thread settings are in its environment
before the library is imported, and its peak memory is its own. It loads DIR/SIZE.txt with the
library's own reader, times each operation once (`time.perf_counter()` around the one library call,
`gc.collect()` before; CPU time too) and prints one line `RESULT {json}` with the times and the
checks of each result (the same fields `clout-bench` prints, so Benchmarks/run compares them).

Peers (configurations): `igraph` (single-threaded), `networkit-1t` and `networkit-2t`
(`setNumberOfThreads` and OMP_NUM_THREADS), `rustworkx` (RAYON_NUM_THREADS=1), `networkx` (S only).
`PEER_VERSIONS` are the versions the published figures were measured with; `ensure_installed`
installs them with pip when a peer is missing. The exact call behind every cell is in `CALLS`.
"""
import gc
import json
import os
import resource
import subprocess
import sys
import time

PAGERANK_ALPHA = 0.85
PAGERANK_L1 = 1e-8  # stop when the L1 change between iterates is below this
PAGERANK_MAX_ITERATIONS = 1000
BETWEENNESS_SAMPLES = 256
SEED = 42
SLOW_S = 60.0  # an operation slower than this in its first run is not repeated

PEER_VERSIONS = {"igraph": "1.0.0", "networkit": "11.3", "rustworkx": "0.18.1"}
MODULE_OF = {"igraph": "igraph", "networkit-1t": "networkit", "networkit-2t": "networkit",
             "rustworkx": "rustworkx", "networkx": "networkx"}
THREAD_ENV = {
    "networkx": {},
    "igraph": {"OMP_NUM_THREADS": "1"},
    "networkit-1t": {"OMP_NUM_THREADS": "1"},
    "networkit-2t": {"OMP_NUM_THREADS": "2"},
    "rustworkx": {"RAYON_NUM_THREADS": "1", "OMP_NUM_THREADS": "1"},
}

CALLS = {
    "networkx": {
        "load": "nx.read_weighted_edgelist(path, create_using=nx.DiGraph, nodetype=int) + add_nodes_from(range(n))",
        "pagerank": "nx.pagerank(G, alpha=0.85, tol=1e-8/n, max_iter=1000, weight=None) (stops at L1 change < n*tol)",
        "bfs": "nx.single_source_shortest_path_length(G, s)",
        "dijkstra": "nx.single_source_dijkstra_path_length(G, s, weight='weight')",
        "wcc": "list(nx.weakly_connected_components(G))",
        "scc": "list(nx.strongly_connected_components(G))",
        "betweenness": "nx.betweenness_centrality(G, normalized=False, weight=None); sampled: k=256, seed=42",
        "closeness": "nx.closeness_centrality(G) (incoming distances, wf_improved=True)",
        "to_undirected": "G.to_undirected()",
        "kcore": "nx.core_number(U)",
        "louvain": "nx.community.louvain_communities(U, weight=None, seed=42)",
    },
    "igraph": {
        "load": "np.loadtxt(path, dtype=int64) -> ig.Graph(n, edges, directed=True); es['weight'] (no id-preserving weighted reader)",
        "pagerank": "g.pagerank(directed=True, damping=0.85, weights=None, implementation='prpack')",
        "bfs": "g.distances(source=s, mode='out')",
        "dijkstra": "g.distances(source=s, weights='weight', mode='out', algorithm='dijkstra')",
        "wcc": "g.connected_components(mode='weak')",
        "scc": "g.connected_components(mode='strong')",
        "betweenness": "g.betweenness(directed=True); sampled: sources = 256 vertices drawn with numpy seed 42",
        "closeness": "g.closeness(mode='in', normalized=True) (ignores unreachable vertices)",
        "to_undirected": "g.as_undirected(mode='collapse')",
        "kcore": "U.coreness()",
        "louvain": "U.community_multilevel(weights=None)",
    },
    "networkit": {
        "load": "nk.graphio.EdgeListReader(' ', 0, directed=True).read(path)",
        "prep": "Gu = nk.graphtools.toUnweighted(G), Gt = transpose(Gu) for closeness (untimed)",
        "pagerank": "nk.centrality.PageRank(Gu, damp=0.85, tol=1e-8, distributeSinks=DistributeSinks), L1 norm, 1000 iterations at most",
        "bfs": "nk.distance.BFS(G, s, storePaths=False).run()",
        "dijkstra": "nk.distance.Dijkstra(G, s, storePaths=False).run()",
        "wcc": "nk.components.WeaklyConnectedComponents(G).run()",
        "scc": "nk.components.StronglyConnectedComponents(G).run()",
        "betweenness": "nk.centrality.Betweenness(Gu, normalized=False).run(); sampled: EstimateBetweenness(Gu, 256, False, parallel)",
        "closeness": "nk.centrality.Closeness(Gt, True, ClosenessVariant.GENERALIZED).run() (incoming distances)",
        "to_undirected": "nk.graphtools.toUndirected(Gu), then (untimed) getCompactedGraph: 11.3's edge counter is wrong after it",
        "kcore": "nk.centrality.CoreDecomposition(U).run()",
        "louvain": "nk.community.PLM(U, refine=False, gamma=1.0, par='none' (1t) | 'balanced' (2t)).run()",
    },
    "rustworkx": {
        "load": "rx.PyDiGraph.read_edge_list(path, deliminator=' ')",
        "pagerank": "rx.pagerank(g, alpha=0.85, tol=1e-8/n, max_iter=1000)",
        "bfs": "rx.bfs_layers(g, [s])",
        "dijkstra": "rx.digraph_dijkstra_shortest_path_lengths(g, s, edge_cost_fn=float)",
        "wcc": "rx.weakly_connected_components(g)",
        "scc": "rx.strongly_connected_components(g)",
        "betweenness": "rx.digraph_betweenness_centrality(g, normalized=False) (exact only: no sampling API)",
        "closeness": "rx.digraph_closeness_centrality(g, wf_improved=True)",
        "to_undirected": "g.to_undirected(multigraph=False) on S, M; on L only multigraph=True (the simple one is superlinear) and no k-core",
        "kcore": "rx.core_number(U)",
        "louvain": "none in rustworkx 0.18",
    },
}


def log(text):
    print(text, file=sys.stderr, flush=True)


def ensure_installed(peers):
    """Installs the peers' Python packages with pip when they cannot be imported, saying so."""
    missing = []
    for peer in peers:
        module = MODULE_OF.get(peer)
        if module is None:
            raise SystemExit(f"peers: unknown peer {peer}; peers are {', '.join(MODULE_OF)}")
        probe = subprocess.run([sys.executable, "-c", f"import {module}"], capture_output=True)
        if probe.returncode != 0 and module not in missing:
            missing.append(module)
    if not missing:
        return
    specs = [f"{m}=={PEER_VERSIONS[m]}" if m in PEER_VERSIONS else m for m in missing]
    log(f"peers: installing {' '.join(specs)} with pip (the versions the published figures used)…")
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", *specs], check=True)


# -- what a worker records ----------------------------------------------------------------------


def peak_rss_mib():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def high_water_mib():
    """VmHWM: unlike ru_maxrss it is not inherited from the parent across fork and exec."""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024.0
    return None


def load_average():
    with open("/proc/loadavg") as f:
        return f.read().split()[:3]


class Stopwatch:
    def __init__(self, skip):
        self.skip = skip
        self.times, self.cpu, self.checks, self.skipped, self.prep = {}, {}, {}, {}, {}
        self.rss_after_load = self.hwm_after_load = None

    def time(self, name, call, always=False):
        """Times call() once, or returns None when the operation is skipped (slow in round one)."""
        if name in self.skip and not always:
            self.skipped[name] = "skipped (slow: single run only)"
            return None
        gc.collect()
        cpu0, wall0 = time.process_time(), time.perf_counter()
        result = call()
        self.times[name] = time.perf_counter() - wall0
        self.cpu[name] = time.process_time() - cpu0
        return result

    def loaded(self):
        self.rss_after_load, self.hwm_after_load = peak_rss_mib(), high_water_mib()

    def check(self, name, result, summary):
        if result is not None:
            self.checks[name] = summary(result)


def pagerank_check(values):
    values = [float(x) for x in values]
    order = sorted(range(len(values)), key=lambda i: (-values[i], i))
    return {"sum": float(sum(values)), "max": max(values), "top5": order[:5]}


def distance_check(values):
    """Distances of the reached vertices (unreachable ones given as None or infinity are dropped)."""
    reached = [float(x) for x in values if x is not None and x != float("inf") and x < 1e300]
    return {"reached": len(reached), "sum": float(sum(reached)), "max": max(reached) if reached else 0.0}


def component_check(sizes):
    sizes = list(sizes)
    return {"count": len(sizes), "largest": int(max(sizes))}


def centrality_check(values):
    values = [float(x) for x in values]
    best = max(range(len(values)), key=lambda i: (values[i], -i))
    return {"max": values[best], "argmax": best, "sum": float(sum(values))}


def core_check(values):
    values = list(values)
    return {"max": int(max(values)), "sum": int(sum(values))}


# -- the peers ---------------------------------------------------------------------------------


def run_networkx(meta, w, bc):
    import networkx as nx

    n, s, path = meta["nodes"], meta["source"], meta["path"]

    def load():
        g = nx.read_weighted_edgelist(path, create_using=nx.DiGraph, nodetype=int)
        g.add_nodes_from(range(n))
        return g

    g = w.time("load", load, always=True)
    w.loaded()
    w.checks["load"] = {"n": g.number_of_nodes(), "m": g.number_of_edges()}
    pr = w.time("pagerank", lambda: nx.pagerank(g, alpha=PAGERANK_ALPHA, tol=PAGERANK_L1 / n,
                                                 max_iter=PAGERANK_MAX_ITERATIONS, weight=None))
    w.check("pagerank", pr, lambda r: pagerank_check(r[i] for i in range(n)))
    w.check("bfs", w.time("bfs", lambda: nx.single_source_shortest_path_length(g, s)), lambda r: distance_check(r.values()))
    w.check("dijkstra", w.time("dijkstra", lambda: nx.single_source_dijkstra_path_length(g, s, weight="weight")),
            lambda r: distance_check(r.values()))
    w.check("wcc", w.time("wcc", lambda: list(nx.weakly_connected_components(g))), lambda r: component_check(map(len, r)))
    w.check("scc", w.time("scc", lambda: list(nx.strongly_connected_components(g))), lambda r: component_check(map(len, r)))
    if bc == "exact":
        r = w.time("betweenness", lambda: nx.betweenness_centrality(g, normalized=False, weight=None))
        w.check("betweenness", r, lambda r: centrality_check(r[i] for i in range(n)))
    elif bc == "sample256":
        w.time("betweenness_k256", lambda: nx.betweenness_centrality(g, k=BETWEENNESS_SAMPLES, normalized=False,
                                                                     weight=None, seed=SEED))
    if meta["name"] == "S":
        w.check("closeness", w.time("closeness", lambda: nx.closeness_centrality(g)),
                lambda r: centrality_check(r[i] for i in range(n)))
    u = w.time("to_undirected", g.to_undirected, always=True)
    w.checks["to_undirected"] = {"m": u.number_of_edges()}
    w.check("kcore", w.time("kcore", lambda: nx.core_number(u)), lambda r: core_check(r.values()))
    w.check("louvain", w.time("louvain", lambda: nx.community.louvain_communities(u, weight=None, seed=SEED)),
            lambda r: {"communities": len(r), "modularity": nx.community.modularity(u, r, weight=None)})


def run_igraph(meta, w, bc):
    import igraph as ig
    import numpy as np

    n, s, path = meta["nodes"], meta["source"], meta["path"]

    def load():
        rows = np.loadtxt(path, dtype=np.int64)
        g = ig.Graph(n=int(rows[:, :2].max()) + 1, edges=rows[:, :2], directed=True)
        g.es["weight"] = rows[:, 2].astype(np.float64)
        return g

    g = w.time("load", load, always=True)
    w.loaded()
    w.checks["load"] = {"n": g.vcount(), "m": g.ecount()}
    w.check("pagerank", w.time("pagerank", lambda: g.pagerank(directed=True, damping=PAGERANK_ALPHA, weights=None,
                                                                implementation="prpack")), pagerank_check)
    w.check("bfs", w.time("bfs", lambda: g.distances(source=s, mode="out")[0]), distance_check)
    w.check("dijkstra", w.time("dijkstra", lambda: g.distances(source=s, weights="weight", mode="out",
                                                                algorithm="dijkstra")[0]), distance_check)
    w.check("wcc", w.time("wcc", lambda: g.connected_components(mode="weak")), lambda r: component_check(r.sizes()))
    w.check("scc", w.time("scc", lambda: g.connected_components(mode="strong")), lambda r: component_check(r.sizes()))
    if bc == "exact":
        w.check("betweenness", w.time("betweenness", lambda: g.betweenness(directed=True)), centrality_check)
    elif bc == "sample256":
        sources = np.random.default_rng(SEED).choice(n, BETWEENNESS_SAMPLES, replace=False).tolist()
        w.time("betweenness_k256", lambda: g.betweenness(directed=True, sources=sources))
    if meta["name"] == "S":
        w.check("closeness", w.time("closeness", lambda: g.closeness(mode="in", normalized=True)),
                lambda r: centrality_check(0.0 if x != x else x for x in r))
    u = w.time("to_undirected", lambda: g.as_undirected(mode="collapse"), always=True)
    w.checks["to_undirected"] = {"m": u.ecount()}
    w.check("kcore", w.time("kcore", u.coreness), core_check)
    w.check("louvain", w.time("louvain", lambda: u.community_multilevel(weights=None)),
            lambda r: {"communities": len(r), "modularity": r.modularity})


def run_networkit(meta, w, bc, threads):
    import networkit as nk

    nk.setNumberOfThreads(threads)
    nk.engineering.setSeed(SEED, False)
    s, path = meta["source"], meta["path"]
    w.checks["threads"] = nk.getMaxNumberOfThreads()
    g = w.time("load", lambda: nk.graphio.EdgeListReader(" ", 0, directed=True).read(path), always=True)
    w.loaded()
    w.checks["load"] = {"n": g.numberOfNodes(), "m": g.numberOfEdges(), "weighted": g.isWeighted()}
    started = time.perf_counter()
    plain = nk.graphtools.toUnweighted(g)
    w.prep["toUnweighted"] = time.perf_counter() - started

    def pagerank():
        p = nk.centrality.PageRank(plain, damp=PAGERANK_ALPHA, tol=PAGERANK_L1,
                                   distributeSinks=nk.centrality.SinkHandling.DistributeSinks)
        p.norm = nk.centrality.Norm.L1_NORM
        p.maxIterations = PAGERANK_MAX_ITERATIONS
        p.run()
        return p

    w.check("pagerank", w.time("pagerank", pagerank),
            lambda r: dict(pagerank_check(r.scores()), iterations=r.numberOfIterations()))
    w.check("bfs", w.time("bfs", lambda: nk.distance.BFS(g, s, storePaths=False).run()),
            lambda r: distance_check(r.getDistances()))
    w.check("dijkstra", w.time("dijkstra", lambda: nk.distance.Dijkstra(g, s, storePaths=False).run()),
            lambda r: distance_check(r.getDistances()))
    w.check("wcc", w.time("wcc", lambda: nk.components.WeaklyConnectedComponents(g).run()),
            lambda r: component_check(r.getComponentSizes().values()))
    w.check("scc", w.time("scc", lambda: nk.components.StronglyConnectedComponents(g).run()),
            lambda r: component_check(r.getComponentSizes().values()))
    if bc == "exact":
        w.check("betweenness", w.time("betweenness", lambda: nk.centrality.Betweenness(plain, normalized=False).run()),
                lambda r: centrality_check(r.scores()))
    elif bc == "sample256":
        w.time("betweenness_k256",
               lambda: nk.centrality.EstimateBetweenness(plain, BETWEENNESS_SAMPLES, False, threads > 1).run())
    if meta["name"] == "S":
        started = time.perf_counter()
        transposed = nk.graphtools.transpose(plain)
        w.prep["transpose"] = time.perf_counter() - started
        closeness = lambda: nk.centrality.Closeness(transposed, True, nk.centrality.ClosenessVariant.GENERALIZED).run()
        w.check("closeness", w.time("closeness", closeness), lambda r: centrality_check(r.scores()))
    u = w.time("to_undirected", lambda: nk.graphtools.toUndirected(plain), always=True)
    # networkit 11.3's toUndirected merges reciprocal pairs but counts m - 2 * (reciprocal pairs)
    # edges; PLM and modularity read that count, so the graph is compacted (untimed), which recounts.
    w.checks["to_undirected"] = {"m_reported_by_toUndirected": u.numberOfEdges()}
    started = time.perf_counter()
    u = nk.graphtools.getCompactedGraph(u, nk.graphtools.getContinuousNodeIds(u))
    w.prep["undirected_recount"] = time.perf_counter() - started
    w.checks["to_undirected"]["m"] = u.numberOfEdges()
    w.check("kcore", w.time("kcore", lambda: nk.centrality.CoreDecomposition(u).run()),
            lambda r: core_check(r.scores()))
    parallelism = "none" if threads == 1 else "balanced"
    r = w.time("louvain", lambda: nk.community.PLM(u, refine=False, gamma=1.0, par=parallelism).run())
    if r is not None:
        partition = r.getPartition()  # one Python reference: getQuality must not see a temporary
        w.checks["louvain"] = {"communities": partition.numberOfSubsets(),
                               "modularity": nk.community.Modularity().getQuality(partition, u)}


def run_rustworkx(meta, w, bc):
    import rustworkx as rx

    n, s, path = meta["nodes"], meta["source"], meta["path"]
    g = w.time("load", lambda: rx.PyDiGraph.read_edge_list(path, deliminator=" "), always=True)
    w.loaded()
    w.checks["load"] = {"n": g.num_nodes(), "m": g.num_edges()}
    pr = w.time("pagerank", lambda: rx.pagerank(g, alpha=PAGERANK_ALPHA, tol=PAGERANK_L1 / n,
                                                 max_iter=PAGERANK_MAX_ITERATIONS))
    w.check("pagerank", pr, lambda r: pagerank_check(r[i] for i in range(n)))
    w.check("bfs", w.time("bfs", lambda: rx.bfs_layers(g, [s])),
            lambda layers: {"reached": sum(map(len, layers)),
                            "sum": float(sum(depth * len(layer) for depth, layer in enumerate(layers))),
                            "max": float(len(layers) - 1)})
    # rustworkx leaves the source itself out of the distances.
    w.check("dijkstra", w.time("dijkstra", lambda: rx.digraph_dijkstra_shortest_path_lengths(g, s, float)),
            lambda r: distance_check(list(dict(r).values()) + [0.0]))
    w.check("wcc", w.time("wcc", lambda: rx.weakly_connected_components(g)), lambda r: component_check(map(len, r)))
    w.check("scc", w.time("scc", lambda: rx.strongly_connected_components(g)), lambda r: component_check(map(len, r)))
    if bc == "exact":
        r = w.time("betweenness", lambda: rx.digraph_betweenness_centrality(g, normalized=False))
        w.check("betweenness", r, lambda r: centrality_check(r[i] for i in range(n)))
    if meta["name"] == "S":
        r = w.time("closeness", lambda: rx.digraph_closeness_centrality(g, wf_improved=True))
        w.check("closeness", r, lambda r: centrality_check(r[i] for i in range(n)))
    if meta["name"] == "L":
        # The simple conversion looks up an existing edge before each insertion and grows
        # superlinearly with hub degree (M ~50 s; hours on L): on L only the multigraph one is timed
        # and k-core, which needs the simple graph, is not run.
        u = w.time("to_undirected_multigraph", lambda: g.to_undirected(multigraph=True), always=True)
        w.checks["to_undirected_multigraph"] = {"m": u.num_edges()}
        w.skipped["to_undirected"] = "not run on L (superlinear)"
        w.skipped["kcore"] = "not run on L (needs the simple undirected graph)"
        return
    u = w.time("to_undirected", lambda: g.to_undirected(multigraph=False), always=True)
    w.checks["to_undirected"] = {"m": u.num_edges()}
    w.check("kcore", w.time("kcore", lambda: rx.core_number(u)), lambda r: core_check(r.values()))


def worker(peer, size, data, skip, bc):
    with open(os.path.join(data, "manifest.json")) as f:
        meta = json.load(f)[size]
    meta["path"] = os.path.join(data, f"{size}.txt")
    __import__(MODULE_OF[peer])  # imported before the baseline memory is taken
    if peer == "igraph":
        import numpy  # noqa: F401
    w = Stopwatch(skip)
    rss0, hwm0, load0 = peak_rss_mib(), high_water_mib(), load_average()
    started = time.perf_counter()
    if peer == "networkx":
        run_networkx(meta, w, bc)
    elif peer == "igraph":
        run_igraph(meta, w, bc)
    elif peer.startswith("networkit"):
        run_networkit(meta, w, bc, 1 if peer == "networkit-1t" else 2)
    elif peer == "rustworkx":
        run_rustworkx(meta, w, bc)
    result = {
        "peer": peer, "size": size, "times": w.times, "cpu": w.cpu, "checks": w.checks,
        "loadavg_start": load0, "loadavg_end": load_average(), "skipped": w.skipped, "prep": w.prep,
        "rss_baseline_mib": rss0, "rss_peak_after_load_mib": w.rss_after_load, "rss_peak_end_mib": peak_rss_mib(),
        "vmhwm_baseline_mib": hwm0, "vmhwm_after_load_mib": w.hwm_after_load, "vmhwm_end_mib": high_water_mib(),
        "wall": time.perf_counter() - started,
    }
    print("RESULT " + json.dumps(result), flush=True)


def run_worker(peer, size, data, skip, bc):
    """Runs one worker in a fresh process with the peer's thread settings; returns its result."""
    env = {k: v for k, v in os.environ.items() if k not in ("OMP_NUM_THREADS", "RAYON_NUM_THREADS", "OMP_WAIT_POLICY")}
    env.update(THREAD_ENV[peer])
    command = [sys.executable, os.path.abspath(__file__), "--worker", peer, size, "--data", data,
               "--skip", ",".join(sorted(skip)), "--bc", bc]
    p = subprocess.run(command, env=env, capture_output=True, text=True)
    for line in p.stdout.splitlines():
        if line.startswith("RESULT "):
            return json.loads(line[len("RESULT "):])
    return {"peer": peer, "size": size, "error": (p.stderr or "")[-3000:], "rc": p.returncode}


def main(argv):
    if len(argv) < 3 or argv[0] != "--worker":
        print(__doc__, file=sys.stderr)
        return 2
    peer, size = argv[1], argv[2]
    options = dict(zip(argv[3::2], argv[4::2]))
    if peer not in THREAD_ENV:
        print(f"peers: unknown peer {peer}", file=sys.stderr)
        return 2
    skip = {s for s in options.get("--skip", "").split(",") if s}
    worker(peer, size, options.get("--data", "/tmp/perfdata"), skip, options.get("--bc", "none"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

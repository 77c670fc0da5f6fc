"""Clout's exchange formats checked against a real peer, networkx.

Clout writes, networkx reads (read_graphml, read_gexf, node_link_graph, cytoscape_graph): the node
and edge sets and the attributes match what Clout holds. networkx writes (karate, florentine, a
seeded directed weighted graph), Clout reads: `clout import` gives a valid network with every node
and edge, and `clout rank` on the file gives networkx's pagerank, degree and betweenness.

The built CLI is found through the CLOUT_BIN environment variable (scripts/interop-tests sets it),
else at .build/debug/clout under the package root.
"""

import json
import os
import pathlib
import random
import subprocess

import networkx as nx
import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
CLOUT = os.environ.get("CLOUT_BIN") or str(ROOT / ".build" / "debug" / "clout")
SEED = ROOT / "graphs" / "us-china-tech.yaml"

# A small network that exercises what is easy to lose: non-ASCII names, XML and CSV syntax in
# values, a quote with a line break, parallel relations of different kinds, a period and a
# partial date, a free attribute whose key is also a field name, a declared relation kind.
SMALL = """\
clout: 1
title: Small <test> & "network"
sources:
  - id: s1
    title: A source, with a comma
    date: 2025-06
topics:
  - id: chips
    name: Chips
relation-kinds:
  - id: courts
    influence: forward
    polarity: cooperative
    strength: 0.35
    description: A woos B
entities:
  - id: a
    kind: company
    name: "Acme <&> \\"Co\\""
    names: {ja: アクメ}
    aliases: [ACME, "A;C|M,E"]
    attributes: {kind: supplier, ticker: ACM}
  - id: b
    kind: agency
    name: Bureau
    role: regulator
  - id: c
    kind: person
    name: Carla
    affiliation: b
relations:
  - id: r1
    from: a
    to: b
    kind: lobbies
    about: [chips]
    date: 2025-06
    strength: 0.6
    sources:
      - source: s1
        quote: "line one\\nline two, \\"quoted\\" <tag> & more"
  - id: r2
    from: a
    to: b
    kind: courts
    start: 2024
    end: 2025-03
    status: ended
    confidence: 0.5
    place: Washington
    sources:
      - source: s1
        quote: second quote
  - id: r3
    from: b
    to: c
    kind: appoints
    note: a note
    sources:
      - source: s1
        quote: third
"""


def clout(*args, check=True):
    result = subprocess.run([CLOUT, *map(str, args)], capture_output=True, text=True)
    if check and result.returncode != 0:
        raise AssertionError(f"clout {' '.join(map(str, args))} exited {result.returncode}:\n{result.stderr}")
    return result


def clout_json(network_file, tmp_path):
    """The network as Clout's own JSON (what Clout holds)."""
    out = tmp_path / (pathlib.Path(network_file).stem + ".clout.json")
    clout("import", network_file, "-o", out)
    return json.loads(out.read_text())


@pytest.fixture(scope="module")
def small_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("small") / "small.yaml"
    path.write_text(SMALL)
    clout("validate", path)
    return path


def networks(small_file):
    return [SEED, small_file]


def expected_node_attributes(entity):
    attrs = {"label": entity["name"], "kind": entity["kind"]}
    for lang, name in entity.get("names", {}).items():
        attrs[f"name_{lang}"] = name
    for key in ("role", "affiliation", "note"):
        if key in entity:
            attrs[key] = entity[key]
    for key, value in entity.get("attributes", {}).items():
        reserved = key in ("label", "kind", "aliases", "role", "affiliation", "note", "id", "name", "type")
        attrs[("attribute." + key) if reserved else key] = value
    return attrs


def kind_strength(network, kind):
    for k in network.get("relation-kinds", []):
        if k["id"] == kind:
            return k["strength"]
    builtin = {"lobbies": 0.5, "sanctions": 0.8, "restricts": 0.7, "negotiates": 0.5, "advises": 0.5,
               "regulates": 0.7, "criticizes": 0.3, "opposes": 0.4, "supports": 0.4, "supplies": 0.5,
               "depends-on": 0.6, "allied-with": 0.5, "member-of": 0.6, "leads": 0.8, "appoints": 0.7,
               "reports-to": 0.8, "retaliates": 0.7, "transships-via": 0.2, "invests-in": 0.4, "rejects": 0.5,
               "permits": 0.7, "pressures": 0.5, "meets": 0.3, "owns": 0.8, "competes-with": 0.2}
    return builtin[kind]


def check_graph(g, network, fmt):
    """networkx's view of a file Clout wrote against the network Clout holds."""
    entities = {e["id"]: e for e in network["entities"]}
    relations = {r["id"]: r for r in network["relations"]}
    assert g.is_directed()
    assert set(g.nodes) == set(entities)
    assert sorted((u, v, k) for u, v, k in g.edges(keys=True)) == sorted(
        (r["from"], r["to"], r["id"]) for r in relations.values())
    for node, data in g.nodes(data=True):
        e = entities[node]
        for key, value in expected_node_attributes(e).items():
            assert data.get(key) == value, (fmt, node, key)
        if e.get("aliases"):
            aliases = data["aliases"]
            assert (aliases if isinstance(aliases, list) else json.loads(aliases)) == e["aliases"]
    for u, v, key, data in g.edges(keys=True, data=True):
        r = relations[key]
        assert data["weight"] == pytest.approx(r.get("strength", kind_strength(network, r["kind"])))
        if fmt == "gexf":
            assert data["label"] == r["kind"]
            assert data.get("date") == r.get("date")
            assert data.get("start_date") == r.get("start")
            assert data.get("end_date") == r.get("end")
        else:
            assert data["kind"] == r["kind"]
            for field in ("date", "start", "end"):
                assert data.get(field) == r.get(field), (fmt, key, field)
        for field in ("status", "place", "note"):
            assert data.get(field) == r.get(field), (fmt, key, field)
        for field in ("confidence", "strength"):
            if field in r:
                assert data[field] == pytest.approx(r[field])
            else:
                assert field not in data
        sources = data["sources"] if isinstance(data["sources"], list) else json.loads(data["sources"])
        assert sources == r["sources"]
        if r.get("about"):
            about = data["about"] if isinstance(data["about"], list) else json.loads(data["about"])
            assert about == r["about"]


@pytest.mark.parametrize("which", ["seed", "small"])
def test_networkx_reads_graphml(which, small_file, tmp_path):
    source = SEED if which == "seed" else small_file
    network = clout_json(source, tmp_path)
    out = tmp_path / "net.graphml"
    clout("export", source, "-o", out)
    g = nx.read_graphml(out)
    check_graph(g, network, "graphml")
    assert g.graph["clout"] == 1
    assert json.loads(g.graph["sources"]) == network["sources"]


@pytest.mark.parametrize("which", ["seed", "small"])
def test_networkx_reads_gexf(which, small_file, tmp_path):
    source = SEED if which == "seed" else small_file
    network = clout_json(source, tmp_path)
    out = tmp_path / "net.gexf"
    clout("export", source, "-o", out)
    g = nx.read_gexf(out)
    check_graph(g, network, "gexf")
    # Time intervals: the first and last day of each dated relation.
    for u, v, key, data in g.edges(keys=True, data=True):
        r = next(r for r in network["relations"] if r["id"] == key)
        if "date" in r or "start" in r:
            assert data["start"].startswith((r.get("date") or r["start"])[:4])
    # Colours from Clout's style.
    assert all("color" in data.get("viz", {}) for _, data in g.nodes(data=True))


@pytest.mark.parametrize("which", ["seed", "small"])
def test_networkx_reads_node_link(which, small_file, tmp_path):
    source = SEED if which == "seed" else small_file
    network = clout_json(source, tmp_path)
    out = tmp_path / "net.json"
    clout("export", source, "-o", out)
    g = nx.node_link_graph(json.loads(out.read_text()), edges="edges")
    check_graph(g, network, "json")
    assert g.graph["sources"] == network["sources"]


def test_networkx_reads_cytoscape(small_file, tmp_path):
    network = clout_json(small_file, tmp_path)
    out = tmp_path / "net.cyjs"
    clout("export", small_file, "-o", out)
    g = nx.cytoscape_graph(json.loads(out.read_text()))
    assert set(g.nodes) == {e["id"] for e in network["entities"]}
    assert g.number_of_edges() == len(network["relations"])
    assert g.nodes["a"]["name"] == network["entities"][0]["name"]


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "json", "cyjs"])
def test_round_trip_keeps_entities_and_relations(fmt, small_file, tmp_path):
    before = clout_json(small_file, tmp_path)
    out = tmp_path / f"net.{fmt}"
    clout("export", small_file, "-o", out)
    after_file = tmp_path / "after.json"
    clout("import", out, "-o", after_file)
    after = json.loads(after_file.read_text())
    assert after["entities"] == before["entities"]
    assert after["relations"] == before["relations"]
    if fmt != "gexf":
        assert after == before


# networkx writes, Clout reads.

def peer_graphs():
    random.seed(7)
    directed = nx.gnp_random_graph(30, 0.15, seed=7, directed=True)
    for u, v in directed.edges:
        directed[u][v]["weight"] = round(random.uniform(0.5, 3.0), 3)
    return {
        "karate": nx.karate_club_graph(),
        "florentine": nx.florentine_families_graph(),
        "directed": directed,
    }


def write_peer(g, fmt, path):
    if fmt == "graphml":
        nx.write_graphml(g, path)
    elif fmt == "gexf":
        nx.write_gexf(g, path)
    else:
        path.write_text(json.dumps(nx.node_link_data(g, edges="edges")))


def ranks(path, measure):
    out = clout("rank", path, "--by", measure, "--top", "0", "--format", "json").stdout
    return {row["id"]: row["score"] for row in json.loads(out)["results"]}


def weighted(g):
    return any("weight" in d for _, _, d in g.edges(data=True))


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "json"])
@pytest.mark.parametrize("name", ["karate", "florentine", "directed"])
def test_clout_reads_networkx_files(name, fmt, tmp_path):
    g = peer_graphs()[name]
    path = tmp_path / f"{name}.{fmt}"
    write_peer(g, fmt, path)

    network = clout_json(path, tmp_path)
    assert {e["id"] for e in network["entities"]} == {str(n) for n in g.nodes}
    assert sorted((r["from"], r["to"]) for r in network["relations"]) == sorted(
        (str(u), str(v)) for u, v in g.edges)
    kinds = {r["kind"] for r in network["relations"]}
    assert kinds == {"links-to" if g.is_directed() else "linked-with"}
    if name == "karate":
        club = {e["id"]: e.get("attributes", {}).get("club") for e in network["entities"]}
        assert club == {str(n): d["club"] for n, d in g.nodes(data=True)}

    weight = "weight" if weighted(g) else None
    expected = {
        "pagerank": nx.pagerank(g, weight=weight, tol=1e-12, max_iter=10000),
        "degree": dict(g.degree()),
        "betweenness": nx.betweenness_centrality(g, weight=weight),
    }
    for measure, values in expected.items():
        got = ranks(path, measure)
        assert set(got) == {str(n) for n in g.nodes}
        for node, value in values.items():
            assert got[str(node)] == pytest.approx(value, abs=1e-8), (measure, node)


def test_networkx_writes_clout_exports_networkx_reads_again(tmp_path):
    g = peer_graphs()["directed"]
    path = tmp_path / "directed.graphml"
    nx.write_graphml(g, path)
    imported = tmp_path / "directed.yaml"
    clout("import", path, "-o", imported)
    again = tmp_path / "again.graphml"
    clout("export", imported, "-o", again)
    h = nx.read_graphml(again)
    assert set(h.nodes) == {str(n) for n in g.nodes}
    assert sorted(h.edges()) == sorted((str(u), str(v)) for u, v in g.edges)
    assert all(d["kind"] == "links-to" for _, _, d in h.edges(data=True))


@pytest.mark.parametrize(
    "name, text",
    [
        ("truncated.graphml", '<?xml version="1.0"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n'
                              '<graph edgedefault="directed">\n<node id="a"/>\n<node id="b"/>\n<edge source="a"'),
        ("no-target.graphml", '<graphml><graph edgedefault="directed"><node id="a"/>\n<edge source="a"/>'
                              "</graph></graphml>"),
        ("bad-type.graphml", '<graphml><key id="w" for="edge" attr.name="weight" attr.type="double"/>'
                             '<graph edgedefault="directed"><node id="a"/><node id="b"/>\n'
                             '<edge source="a" target="b"><data key="w">heavy</data></edge></graph></graphml>'),
        ("latin.gexf", '<?xml version="1.0" encoding="KOI8-R"?><gexf/>'),
    ],
)
def test_bad_files_are_located_errors_and_write_nothing(name, text, tmp_path):
    path = tmp_path / name
    path.write_text(text)
    out = tmp_path / "out.yaml"
    result = clout("import", path, "-o", out, check=False)
    assert result.returncode == 2, result.stderr
    assert f"{path}:" in result.stderr
    assert not out.exists()
    assert clout("rank", path, "--by", "degree", check=False).returncode == 2


def test_csv_sheets_and_dot_round_trips(small_file, tmp_path):
    before = clout_json(small_file, tmp_path)
    result = clout("export", small_file, "--format", "csv", "-o", tmp_path / "net")
    assert "CSV sheets has no place for the title" in result.stderr
    after = clout_json(tmp_path / "net.nodes.csv", tmp_path)
    assert after["entities"] == before["entities"]
    assert after["relations"] == before["relations"]

    result = clout("export", small_file, "-o", tmp_path / "net.dot")
    assert "DOT keeps what a diagram shows" in result.stderr
    after = clout_json(tmp_path / "net.dot", tmp_path)
    strip = lambda r: {k: v for k, v in r.items() if k not in ("sources", "place")}
    assert [strip(r) for r in after["relations"]] == [strip(r) for r in before["relations"]]
    assert [e["id"] for e in after["entities"]] == [e["id"] for e in before["entities"]]
    dot_text = (tmp_path / "net.dot").read_text()
    for r in after["relations"]:
        assert r["sources"][0]["source"] == "imported-net"
        assert r["sources"][0]["quote"] in dot_text


def test_plain_dot_is_analysed_as_drawn(tmp_path):
    path = tmp_path / "plain.dot"
    path.write_text('digraph { a -> b [weight=2]; b -> c [weight=0.5]; c -> a; a -> c [weight=3] }\n')
    g = nx.DiGraph()
    g.add_weighted_edges_from([("a", "b", 2), ("b", "c", 0.5), ("c", "a", 1), ("a", "c", 3)])
    got = ranks(path, "pagerank")
    for node, value in nx.pagerank(g, tol=1e-12).items():
        assert got[node] == pytest.approx(value, abs=1e-8)
    network = clout_json(path, tmp_path)
    assert [r["sources"][0]["quote"] for r in network["relations"]] == [
        'digraph { a -> b [weight=2]; b -> c [weight=0.5]; c -> a; a -> c [weight=3] }'] * 4


def test_cypher_and_neo4j_exports(small_file, tmp_path):
    result = clout("export", small_file, "-o", tmp_path / "net.cypher")
    script = (tmp_path / "net.cypher").read_text()
    assert script.count("MERGE (n:Entity") == 3
    assert script.count("]->(b) SET r += ") == 3
    assert "cypher-shell -f" in result.stderr
    result = clout("export", small_file, "--format", "neo4j", "-o", tmp_path / "net")
    assert "neo4j-admin database import full" in result.stderr
    assert "--array-delimiter=¦" in result.stderr
    entities = (tmp_path / "net.neo4j-entities.csv").read_text().splitlines()
    assert entities[0].startswith("id:ID(Entity),:LABEL,name,kind")
    assert len(entities) == 4


def test_every_command_reads_exchange_files(small_file, tmp_path):
    out = tmp_path / "net.graphml"
    clout("export", small_file, "-o", out)
    assert "3 entities, 3 relations" in clout("validate", out).stdout
    assert json.loads(clout("info", out, "--format", "json").stdout)["relations"] == 3
    # Without -o the file goes to standard output; two-file formats need -o.
    assert clout("export", small_file, "--format", "json").stdout.startswith("{")
    assert clout("export", small_file, "--format", "csv", check=False).returncode == 2


def test_huge_attribute_value_is_refused(tmp_path):
    path = tmp_path / "huge.graphml"
    path.write_text('<graphml><graph edgedefault="directed">\n<node id="' + "x" * (2 << 20) + '"/></graph></graphml>')
    result = clout("import", path, "-o", tmp_path / "out.yaml", check=False)
    assert result.returncode == 2
    assert f"{path}:2:7:" in result.stderr and "longer than" in result.stderr
    assert not (tmp_path / "out.yaml").exists()


def test_outputs_are_replaced_whole(small_file, tmp_path):
    out = tmp_path / "net.yaml"
    out.write_text("old contents\n")
    clout("import", small_file, "-o", out)
    clout("import", small_file, "-o", out)
    assert out.read_text().startswith("clout: 1")
    sheets = tmp_path / "net"
    for _ in range(2):
        clout("export", small_file, "--format", "csv", "-o", sheets)
    assert (tmp_path / "net.edges.csv").read_text().startswith("Source,Target")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["net.edges.csv", "net.nodes.csv", "net.yaml"]


def test_projection_export_reproduces_clout_pagerank(tmp_path):
    """networkx's PageRank on the exported influence projection ranks the seed network's actors as
    `clout rank --by pagerank` does, and the exported pagerank attribute is Clout's value."""
    out = tmp_path / "projection.graphml"
    clout("export", SEED, "--projection", "--scores", "pagerank,influence", "-o", out)
    g = nx.read_graphml(out)
    assert isinstance(g, nx.DiGraph)
    ranked = json.loads(clout("rank", SEED, "--by", "pagerank", "--top", "0", "--format", "json").stdout)
    ours = {r["id"]: r["score"] for r in ranked["results"]}
    theirs = nx.pagerank(g, weight="weight", tol=1e-12, max_iter=1000)
    assert set(theirs) == set(ours)
    for node, value in ours.items():
        assert abs(theirs[node] - value) < 1e-6, node
        assert g.nodes[node]["pagerank"] == value, node
    order = lambda scores: sorted(scores, key=lambda k: (-round(scores[k], 9), k))
    assert order(theirs) == order(ours)
    # Denied relations are not in the projection; every edge names its polarity.
    kinds = {d["kind"] for _, _, d in g.edges(data=True)}
    assert kinds <= {"influences-cooperative", "influences-hostile", "influences-neutral", "influences-mixed"}


# Time: one relation of each shape Clout's time rules tell apart (docs/FORMAT.md, "Time").
TIMED = """\
clout: 1
sources:
  - id: s
    title: A source
entities:
  - {id: a, kind: country, name: A}
  - {id: b, kind: company, name: B}
relations:
  - {id: event, from: a, to: b, kind: meets, date: 2025-06-09, sources: [{source: s, quote: q}]}
  - {id: month-event, from: a, to: b, kind: pressures, date: 2025-06, sources: [{source: s, quote: q}]}
  - {id: lasting-event, from: a, to: b, kind: sanctions, date: 2025-06-09, lasts: 90d,
     sources: [{source: s, quote: q}]}
  - {id: ranged, from: a, to: b, kind: supplies, start: 2024, end: 2025-03, sources: [{source: s, quote: q}]}
  - {id: open-ended, from: a, to: b, kind: regulates, start: 2024-02, sources: [{source: s, quote: q}]}
  - {id: bounded-state, from: a, to: b, kind: restricts, start: 2024-02, lasts: 1y,
     sources: [{source: s, quote: q}]}
  - {id: undated, from: a, to: b, kind: owns, sources: [{source: s, quote: q}]}
"""


def test_gexf_intervals_follow_clouts_time_rules(tmp_path):
    """Gephi's timeline shows a relation on exactly the days Clout holds it in force (Relation.firstDay
    to Relation.lastDay): an event on its date, or for its `lasts` after it; a state from start to end,
    open-ended without an end, bounded by `lasts`. networkx reads the intervals back."""
    network = tmp_path / "timed.yaml"
    network.write_text(TIMED)
    clout("validate", network)
    out = tmp_path / "timed.gexf"
    clout("export", network, "-o", out)
    g = nx.read_gexf(out)
    assert g.graph["mode"] == "dynamic"
    intervals = {key: (d.get("start"), d.get("end")) for _, _, key, d in g.edges(keys=True, data=True)}
    assert intervals == {
        "event": ("2025-06-09", "2025-06-09"),  # held that day only
        "month-event": ("2025-06-01", "2025-06-30"),  # a partial date covers its whole month
        "lasting-event": ("2025-06-09", "2025-09-07"),  # 90 days after its date: no vanishing next day
        "ranged": ("2024-01-01", "2025-03-31"),
        "open-ended": ("2024-02-01", None),  # holds from then on
        "bounded-state": ("2024-02-01", "2025-02-28"),  # a year after the end of February 2024
        "undated": (None, None),
    }
    lasts = {key: d.get("lasts") for _, _, key, d in g.edges(keys=True, data=True)}
    assert lasts["lasting-event"] == "90d" and lasts["bounded-state"] == "1y" and lasts["event"] is None
    # Read back by Clout, the relations keep their dates and holding periods.
    back = tmp_path / "back.json"
    clout("import", out, "-o", back)
    relations = {r["id"]: r for r in json.loads(back.read_text())["relations"]}
    assert relations["lasting-event"]["lasts"] == "90d"
    assert relations["bounded-state"]["lasts"] == "1y" and relations["bounded-state"]["start"] == "2024-02"
    assert relations["event"]["date"] == "2025-06-09" and "lasts" not in relations["event"]

# Writes the malformed input files of this folder (python3 make-files.py .); cases.tsv says
# what the clout command must answer for each. Some are not valid UTF-8 on purpose, so they are
# generated rather than typed.
import os, sys
out = sys.argv[1]
os.makedirs(out, exist_ok=True)
def w(name, data):
    if isinstance(data, str): data = data.encode('utf-8')
    open(os.path.join(out, name), 'wb').write(data)

SRC = """sources:
  - {id: s1, title: A report}
"""
def net(entities, relations="", extra=""):
    return "clout: 1\n" + SRC + extra + "entities:\n" + entities + ("relations:\n" + relations if relations else "")
E2 = """  - {id: a, kind: person}
  - {id: b, kind: agency}
"""
def rel(extra=""):
    return '  - {from: a, to: b, kind: lobbies, date: 2024-02' + extra + ', sources: [{source: s1, quote: "a funds b"}]}\n'

# --- YAML network files
w("truncated-quote.yaml", net(E2, '  - {from: a, to: b, kind: lobbies, sources: [{source: s1, quote: "a funds'))
w("truncated-mapping.yaml", "clout: 1\nentities:\n  - {id: a, kind: per")
w("utf16le-bom.yaml", b"\xff\xfe" + net(E2).encode("utf-16-le"))
w("utf16be.yaml", b"\xfe\xff" + net(E2).encode("utf-16-be"))
w("latin1.yaml", net("  - {id: a, kind: person, name: Ren\xe9}\n".encode('latin-1').decode('latin-1')).encode('latin-1'))
w("mixed-encoding.yaml", net("  - {id: a, kind: person, name: 商務省}\n").encode() + "  - {id: b, kind: person, name: Caf\xe9}\n".encode('latin-1'))
w("bom-then-utf16.yaml", b"\xef\xbb\xbf\xff\xfe" + b"c\x00")
w("nul-byte.yaml", net("  - {id: a, kind: person, name: \"x\x00y\"}\n"))
w("control-char.yaml", net("  - {id: a, kind: person, name: bell\x07}\n"))
bomb = ["clout: 1", "a0: &a0 [x]"] + [f"a{i}: &a{i} [" + ",".join([f"*a{i-1}"] * 10) + "]" for i in range(1, 10)] + ["entities: []"]
w("alias-bomb.yaml", "\n".join(bomb) + "\n")
b2 = ["clout: 1", "entities:", "  - id: x", "    kind: person", "    attributes:", "      a0: &a0 [x]"] + \
     [f"      a{i}: &a{i} [" + ",".join([f"*a{i-1}"] * 10) + "]" for i in range(1, 10)]
w("alias-bomb-attributes.yaml", "\n".join(b2) + "\n")
w("alias-as-key.yaml", "clout: 1\nlist: &l [a, b]\nentities:\n  - id: a\n    kind: person\n    attributes: {*l : x}\n")
w("complex-key.yaml", "clout: 1\nentities:\n  - id: a\n    kind: person\n    attributes:\n      ? [k, l]\n      : v\n")
w("undefined-alias.yaml", "clout: 1\nentities:\n  - id: a\n    kind: *person\n")
w("deep-nesting.yaml", "clout: 1\nentities: " + "[" * 600 + "]" * 600 + "\n")
w("duplicate-key.yaml", "clout: 1\nentities:\n  - id: a\n    kind: person\n    kind: agency\n")
w("duplicate-entity.yaml", net("  - {id: a, kind: person}\n  - {id: a, kind: agency}\n"))
w("nan-strength.yaml", net(E2, rel(", strength: .nan")))
w("inf-confidence.yaml", net(E2, rel(", confidence: .inf")))
w("huge-number.yaml", net(E2, rel(", strength: 1e400")))
w("negative-zero-huge.yaml", net(E2, rel(", confidence: -99999999999999999999999")))
w("affiliation-cycle.yaml", net("  - {id: a, kind: agency, affiliation: c}\n  - {id: b, kind: agency, affiliation: a}\n  - {id: c, kind: agency, affiliation: b}\n"))
w("self-affiliation.yaml", net("  - {id: a, kind: agency, affiliation: a}\n"))
w("dangling-affiliation.yaml", net("  - {id: a, kind: person, affiliation: nobody}\n"))
w("dangling-relation.yaml", net(E2, '  - {from: a, to: zed, kind: lobbies, sources: [{source: s1, quote: "q"}]}\n'))
w("dangling-source.yaml", net(E2, '  - {from: a, to: b, kind: lobbies, sources: [{source: s9, quote: "q"}]}\n'))
w("dangling-topic.yaml", net(E2, rel(", about: [h20]")))
w("lookalike-id.yaml", net("  - {id: \u0430lpha, kind: person}\n  - {id: beta, kind: person}\n", '  - {from: alpha, to: beta, kind: lobbies, sources: [{source: s1, quote: "q"}]}\n'))
w("lookalike-kind.yaml", net("  - {id: a, kind: p\u0435rson}\n"))
w("absurd-date.yaml", net(E2, '  - {from: a, to: b, kind: lobbies, date: 2025-02-30, sources: [{source: s1, quote: "q"}]}\n'))
w("date-month-13.yaml", net(E2, '  - {from: a, to: b, kind: lobbies, date: 2025-13, sources: [{source: s1, quote: "q"}]}\n'))
w("date-far-future.yaml", net(E2, '  - {from: a, to: b, kind: lobbies, date: 99999-01-01, sources: [{source: s1, quote: "q"}]}\n'))
w("end-before-start.yaml", net(E2, '  - {from: a, to: b, kind: lobbies, start: 2025-05, end: 2024-01, sources: [{source: s1, quote: "q"}]}\n'))
w("empty.yaml", "")
w("only-comment.yaml", "# nothing here\n")
w("two-documents.yaml", "clout: 1\nentities: []\n---\nclout: 1\n")
w("tab-indent.yaml", "clout: 1\nentities:\n\t- {id: a, kind: person}\n")
w("version-2.yaml", "clout: 2\nentities: []\n")
w("top-level-list.yaml", "- clout: 1\n")
w("merge-key.yaml", "clout: 1\nbase: &base {kind: person}\nentities:\n  - <<: *base\n    id: a\n")
w("missing-quote.yaml", net(E2, '  - {from: a, to: b, kind: lobbies, sources: [{source: s1}]}\n'))

# --- Clout JSON network files
J = '{"clout": 1, "sources": [{"id": "s1", "title": "T"}], "entities": [{"id": "a", "kind": "person"}, {"id": "b", "kind": "agency"}], "relations": [%s]}'
JR = '{"from": "a", "to": "b", "kind": "lobbies", %s"sources": [{"source": "s1", "quote": "q"}]}'
w("truncated.json", (J % (JR % ""))[:-20])
w("duplicate-key.json", '{"clout": 1, "entities": [], "entities": []}')
w("nan-literal.json", J % (JR % '"strength": NaN, '))
w("infinity-literal.json", J % (JR % '"strength": Infinity, '))
w("huge-number.json", J % (JR % '"strength": 1e999, '))
w("deep.json", '{"clout": 1, "x": ' + "[" * 600 + "]" * 600 + "}")
w("unpaired-surrogate.json", '{"clout": 1, "title": "\\ud800x"}')
w("trailing-garbage.json", '{"clout": 1, "entities": []} x')
w("utf16.json", b"\xff\xfe" + '{"clout": 1}'.encode("utf-16-le"))
w("encoded-surrogate.json", b'{"clout": 1, "title": "\xed\xa0\x80"}')
w("single-quotes.json", "{'clout': 1}")
w("lookalike-key.json", '{"clout": 1, "entities": [{"id": "a", "kind": "person", "affili\u0430tion": "b"}]}')

# --- GraphML
G = '<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n  <key id="w" for="edge" attr.name="weight" attr.type="double"/>\n  <graph edgedefault="directed">\n%s  </graph>\n</graphml>\n'
N2 = '    <node id="a"/>\n    <node id="b"/>\n'
w("truncated.graphml", (G % (N2 + '    <edge source="a" target="b"/>\n'))[:150])
w("billion-laughs.graphml", '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">\n]>\n<graphml><graph><node id="&lol2;"/></graph></graphml>\n')
w("external-entity.graphml", '<?xml version="1.0"?>\n<!DOCTYPE g [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<graphml><graph><node id="&x;"/></graph></graphml>\n')
w("mismatched-tag.graphml", G % (N2 + '    <edge source="a" target="b"></node>\n'))
w("undeclared-key.graphml", G % (N2 + '    <edge source="a" target="b"><data key="nokey">1</data></edge>\n'))
w("nan-weight.graphml", G % (N2 + '    <edge source="a" target="b"><data key="w">heavy</data></edge>\n'))
w("dangling-edge.graphml", G % (N2 + '    <edge source="a" target="zed"/>\n'))
w("edge-without-target.graphml", G % (N2 + '    <edge source="a"/>\n'))
w("unknown-encoding.graphml", '<?xml version="1.0" encoding="EBCDIC-US"?>\n<graphml><graph/></graphml>\n')
w("latin1-undeclared.graphml", (G % '    <node id="Caf\xe9"/>\n').encode('latin-1'))
w("text-after-root.graphml", (G % N2) + "trailing\n")
w("unknown-entity-ref.graphml", G % '    <node id="&nbsp;"/>\n')

# --- GEXF
X = '<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3" version="1.3">\n  <graph defaultedgetype="directed">\n    <attributes class="node"><attribute id="0" title="size" type="integer"/></attributes>\n    <nodes>\n%s    </nodes>\n    <edges>\n%s    </edges>\n  </graph>\n</gexf>\n'
w("truncated.gexf", (X % ('      <node id="a"/>\n', ''))[:200])
w("bad-attvalue.gexf", X % ('      <node id="a"><attvalues><attvalue for="0" value="big"/></attvalues></node>\n', ''))
w("undeclared-attribute.gexf", X % ('      <node id="a"><attvalues><attvalue for="9" value="1"/></attvalues></node>\n', ''))
w("dangling-edge.gexf", X % ('      <node id="a"/>\n', '      <edge source="a" target="ghost"/>\n'))
w("nan-weight.gexf", X % ('      <node id="a"/>\n      <node id="b"/>\n', '      <edge source="a" target="b" weight="NaN"/>\n'))
w("control-char.gexf", X % ('      <node id="a" label="x\x01y"/>\n', ''))

# --- CSV sheets
w("unclosed-quote.edges.csv", 'Source,Target,Weight\na,b,"0.5\n')
w("long-record.edges.csv", 'Source,Target\na,b,c\n')
w("latin1.edges.csv", 'Source,Target\nCaf\xe9,b\n'.encode('latin-1'))
w("utf16.edges.csv", b"\xff\xfe" + 'Source,Target\na,b\n'.encode('utf-16-le'))
w("no-target-column.edges.csv", 'Source,Weight\na,1\n')
w("nan-weight.edges.csv", 'Source,Target,Weight\na,b,NaN\n')
w("orphan.nodes.csv", 'Id,Label\na,A\n')

# --- node-link and Cytoscape.js JSON
w("nodes-not-list.nl.json", '{"nodes": 3, "links": []}')
w("truncated.nl.json", '{"nodes": [{"id": 1}], "links": [{"source": 1, "tar')
w("duplicate-key.nl.json", '{"nodes": [{"id": 1, "id": 2}], "links": []}')
w("dangling-link.nl.json", '{"directed": true, "nodes": [{"id": "a"}], "links": [{"source": "a", "target": "ghost"}]}')
w("huge-number.nl.json", '{"nodes": [{"id": "a"}, {"id": "b"}], "links": [{"source": "a", "target": "b", "weight": 1e999}]}')
w("dangling.cyjs", '{"elements": {"nodes": [{"data": {"id": "a"}}], "edges": [{"data": {"source": "a", "target": "ghost"}}]}}')
w("no-data.cyjs", '{"elements": {"nodes": [{"id": "a"}], "edges": []}}')

# --- DOT
w("syntax-error.dot", "digraph {\n  a -> b;\n  b -> -> c;\n}\n")
w("truncated.dot", 'digraph {\n  a -> b [kind="lobbies", note="unterminated\n')
w("dangling-affiliation.dot", "digraph {\n  a [kind=person, affiliation=ghost];\n  a -> a;\n}\n")
w("bad-strength.dot", 'digraph {\n  a -> b [kind=lobbies, strength="strong"];\n}\n')
w("absurd-date.dot", 'digraph {\n  a -> b [kind=lobbies, date="2025-02-30"];\n}\n')
w("two-graphs.dot", "digraph A { a }\ndigraph B { b }\n")
# 46 KB stating 16 million edges (every a joined to every b), and subgraphs 5,000 deep: refused by
# Clout's scan before Graphviz builds anything.
w("edge-bomb.dot", "digraph {\n  {" + " ".join(f"a{i}" for i in range(4000)) + "} -> {"
  + " ".join(f"b{i}" for i in range(4000)) + "}\n}\n")
w("deep-subgraphs.dot", "digraph {\n" + "{" * 5000 + "a" + "}" * 5000 + "\n}\n")
# Graphviz 2.43's error recovery here freed memory of Clout's arena with free(): an abort.
w("error-recovery.dot", "digraph {\n  {\n    h [x=5, x=6]\n    a -> b\n    d ->")

# --- edge lists
w("one-field.txt", "0 1\n2\n")
w("nan-weight.txt", "0 1 0.5\n1 2 nan\n")
w("mixed-weights.txt", "0 1 0.5\n1 2\n")
w("too-many-fields.txt", "0 1 2 3\n")
w("invalid-utf8.txt", b"a b\n\xff c\n")

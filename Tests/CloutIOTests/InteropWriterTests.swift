import Clout
import CloutIO
import Foundation
import Testing

@Suite("Interop writers: what each format gets")
struct InteropWriterTests {
  @Test("GraphML declares typed keys with for and attr.type, and an explicit edgedefault")
  func graphMLKeys() throws {
    let (text, _) = GraphMLWriter.write(try interopSampleNetwork())
    #expect(text.contains(#"<key id="n0" for="node" attr.name="label" attr.type="string"/>"#))
    #expect(text.contains(#"for="edge" attr.name="weight" attr.type="double"/>"#))
    #expect(text.contains(#"for="graph" attr.name="clout" attr.type="int"/>"#))
    #expect(text.contains(#"<graph id="G" edgedefault="directed">"#))
    // The quote's line break stays a line break in text content; markup is escaped.
    #expect(text.contains("line one\\nline two, \\\"quoted\\\" &lt;tag&gt; &amp; more"))
    #expect(text.contains("Acme &lt;&amp;&gt; \"Co\""))
  }

  @Test("GEXF: edge kind and weight, day intervals of partial dates, attributes that keep line breaks")
  func gexf() throws {
    let network = try interopSampleNetwork()
    let look = GEXFAppearance(
      nodes: ["a": .init(color: GEXFAppearance.Color(hex: "#0072B2"), size: 12, shape: "square")],
      edges: ["r2": .init(color: GEXFAppearance.Color(hex: "#D55E0080"), thickness: 2.5, shape: "dashed")])
    let (text, _) = GEXFWriter.write(network, appearance: look)
    #expect(text.contains(#"<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz""#))
    #expect(text.contains(#"mode="dynamic" timeformat="date""#))
    #expect(
      text.contains(
        #"<edge id="r1" source="a" target="b" kind="lobbies" label="lobbies" weight="0.6" start="2025-06-01" end="2025-06-30">"#
      ))
    #expect(text.contains(#"kind="courts" label="courts" weight="0.35" start="2024-01-01" end="2025-03-15">"#))
    #expect(text.contains(#"<viz:color r="0" g="114" b="178"/>"#))
    #expect(text.contains(#"<viz:color r="213" g="94" b="0" a="0.5"/>"#))
    #expect(text.contains(#"<viz:shape value="dashed"/>"#))
    #expect(text.contains("a note&#9;with a tab"))
    #expect(text.contains("line one\\nline two"))
    let graph = try GEXFReader.read(bytes: Array(text.utf8), file: "x")
    #expect(graph.nodes.first?.field("note")?.scalarText == "a note\twith a tab")
  }

  @Test("CSV sheets: Gephi's columns first, quoting where a cell needs it")
  func csv() throws {
    let sheets = CSVSheets.write(try interopSampleNetwork())
    let nodeLines = sheets.nodes.split(separator: "\n")
    #expect(nodeLines.first?.hasPrefix("Id,Label,Type,name_en,name_ja,aliases,note,attribute.kind") == true)
    #expect(nodeLines[1].hasPrefix(#"a,"Acme <&> ""Co""",company,Acme,アクメ,"[""ACME"",""A;C|M,E""]""#))
    #expect(sheets.edges.hasPrefix("Source,Target,Type,Id,Label,Weight,kind,strength,date,start,end,status"))
    #expect(sheets.edges.contains("a,b,Directed,r1,lobbies,0.6,lobbies,0.6,2025-06,,,active"))
  }

  @Test("Cypher: MERGE on ids, labels and types from kinds, strings escaped, dates as Neo4j dates")
  func cypher() throws {
    let (text, warnings) = CypherWriter.write(try interopSampleNetwork())
    #expect(text.contains("CREATE CONSTRAINT clout_entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;"))
    #expect(text.contains("MERGE (n:Entity {id: 'a'}) SET n:Company, n += {name: 'Acme <&> \"Co\"', kind: 'company'"))
    #expect(text.contains("`attribute.kind`: 'supplier'"))
    #expect(text.contains("MERGE (n:Entity {id: 'c'}) SET n:University"))
    #expect(
      text.contains(
        "MATCH (a:Entity {id: 'a'}), (b:Entity {id: 'b'}) MERGE (a)-[r:LOBBIES {id: 'r1'}]->(b) SET r += {kind: 'lobbies', strength: 0.6"
      ))
    #expect(text.contains("first_day: date('2025-06-01'), last_day: date('2025-06-30')"))
    #expect(text.contains("quotes: ['line one\\nline two, \"quoted\" <tag> & more']"))
    #expect(CypherWriter.relationshipType(ofKind: "depends-on") == "DEPENDS_ON")
    #expect(CypherWriter.string("it's \\ done") == #"'it\'s \\ done'"#)
    #expect(warnings.count == 1)
  }

  @Test("neo4j-admin CSV: typed headers, an array delimiter no value contains, the options to use")
  func neo4j() throws {
    let output = Neo4jImportCSV.write(try interopSampleNetwork())
    let entityHeader = output.entities.split(separator: "\n").first.map(String.init) ?? ""
    #expect(entityHeader.hasPrefix("id:ID(Entity),:LABEL,name,kind,name_en,name_ja,aliases:string[]"))
    // An alias holds ';' and '|', so the delimiter is '¦' and the import needs to be told.
    #expect(output.importOptions.contains("--array-delimiter=¦"))
    #expect(output.importOptions.contains("--multiline-fields=true"))
    #expect(output.entities.contains("a,Entity¦Company,"))
    let relationHeader = output.relations.split(separator: "\n").first.map(String.init) ?? ""
    #expect(relationHeader.hasPrefix(":START_ID(Entity),:END_ID(Entity),:TYPE,id,kind,strength:double,weight:double"))
    #expect(relationHeader.hasSuffix("first_day:date,last_day:date,sources:string[],quotes:string[]"))
  }

  @Test("output paths: one file, or a pair for sheets and neo4j-admin")
  func paths() {
    #expect(InteropWriter.outputPaths(for: "out/x.graphml", format: .graphml) == ["out/x.graphml"])
    #expect(InteropWriter.outputPaths(for: "out/x.csv", format: .csv) == ["out/x.nodes.csv", "out/x.edges.csv"])
    #expect(InteropWriter.outputPaths(for: "out/x.edges.csv", format: .csv) == ["out/x.nodes.csv", "out/x.edges.csv"])
    #expect(
      InteropWriter.outputPaths(for: "out/x", format: .neo4j) == [
        "out/x.neo4j-entities.csv", "out/x.neo4j-relations.csv",
      ])
  }

  @Test("characters XML 1.0 cannot hold are replaced, with a warning")
  func controlCharacters() {
    let network = Network(entities: [Entity(id: "a", kind: .person, name: "bell\u{7}")])
    let (text, warnings) = GraphMLWriter.write(network)
    #expect(text.contains("bell\u{FFFD}"))
    #expect(warnings.first?.message.contains("1 control character") == true)
  }
}

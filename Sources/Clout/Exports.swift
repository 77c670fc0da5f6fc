// `import Clout` brings the whole core: the document model and the graph engine come along with
// the analysis that joins them (Query, Projection, Influence, Measures).
@_exported import CloutGraph
@_exported import CloutModel

import CloutIO
import MCP

extension OutputValue {
  /// The same tree as an MCP value: numbers that `json()` writes without a fraction become
  /// integers, every other number a double, so a client reads what `--format json` prints.
  var mcpValue: Value {
    switch self {
    case .string(let s): return .string(s)
    case .number(let x):
      if x == x.rounded(), abs(x) < 1e15 { return .int(Int(x)) }
      return x.isFinite ? .double(x) : .null
    case .bool(let b): return .bool(b)
    case .null: return .null
    case .array(let items): return .array(items.map(\.mcpValue))
    case .object(let fields):
      var object: [String: Value] = [:]
      for (key, value) in fields { object[key] = value.mcpValue }
      return .object(object)
    }
  }
}

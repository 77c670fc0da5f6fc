import Clout
import Foundation

/// Reference-kit metrics computed by Clout's centrality algorithms.
func centralityMetrics(_ input: ReferenceInput) throws -> [String: Any] {
  [:]
}

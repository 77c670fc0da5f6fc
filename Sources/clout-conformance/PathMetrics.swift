import Clout
import Foundation

/// Reference-kit metrics computed by Clout's path algorithms.
func pathMetrics(_ input: ReferenceInput) throws -> [String: Any] {
  [:]
}

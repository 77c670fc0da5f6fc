import Clout
import Foundation

/// Reference-kit metrics computed by Clout's structure algorithms.
func structureMetrics(_ input: ReferenceInput) throws -> [String: Any] {
  [:]
}

import Clout
import Foundation

/// Reference-kit metrics computed by Clout's community algorithms.
func communityMetrics(_ input: ReferenceInput) throws -> [String: Any] {
  [:]
}

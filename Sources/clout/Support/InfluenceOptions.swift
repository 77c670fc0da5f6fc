import ArgumentParser
import Clout
import CloutAnswers
import CloutIO

/// Options shared by the influence commands.
struct InfluenceOptions: ParsableArguments {
  @OptionGroup var chain: ChainOptions

  @OptionGroup var standing: StandingTieOptions

  @Option(help: "Output format: table or json.")
  var format: AnswerFormat = .table

  func validate() throws {
  }
}

extension AnalysisInput {
  /// Loads the input as an influence model (a network file, never an edge list); with
  /// `standingTies`, `--about` also keeps relations with neither topic nor date (leads, member-of…).
  /// Every failure prints its reason and exits 2.
  func influenceModel(standingTies: Bool) throws -> InfluenceModel {
    let g = try load()
    let filter = try filters.filter()
    guard let network = g.network else { throw influenceFailure(.noEvidence) }
    if standingTies, filter.topics != nil {
      return InfluenceModel(network: network, filter: filter, standingTies: true)
    }
    do throws(InfluenceError) {
      return try InfluenceModel(g)
    } catch {
      throw influenceFailure(error)
    }
  }
}

/// Turns a library error into a printed message and exit 2.
func influenceFailure(_ error: InfluenceError) -> ExitCode { usageFailure(error.description) }

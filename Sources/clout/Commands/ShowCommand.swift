import ArgumentParser
import Clout
import CloutAnswers
import CloutIO

struct ShowCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show",
    abstract: "Show an actor's card: names, role, affiliation and every relation in and out, with evidence.",
    discussion: """
      ENTITY is an id, a name or alias in any language (case- and width-insensitive), or a unique \
      part of one, such as a surname: `clout show lutnick`, `clout show ラトニック`.
      """)

  @Argument(help: "The entity: id, name, alias or a unique part of one.")
  var entity: String

  @OptionGroup var input: NetworkArgument

  @OptionGroup var language: LanguageOption

  @Option(help: "Output format: table or json.")
  var format: AnswerFormat = .table

  func run() throws {
    let network = try language.apply(to: input.load().network)
    let e = try EntityLookup.resolve(entity, in: network)
    let card = EntityCard(entity: e, network: network)
    switch format {
    case .json: print(card.tree().json(), terminator: "")
    case .table: print(card.text(), terminator: "")
    }
  }
}

import ArgumentParser

/// Every subcommand, in the order `clout --help` lists them.
enum CommandRegistry {
  static let all: [any ParsableCommand.Type] = [
    ValidateCommand.self, InfoCommand.self, ListCommand.self, ShowCommand.self, RankCommand.self, MetricsCommand.self,
    PathCommand.self, CommunitiesCommand.self, CutCommand.self, RenderCommand.self, ReportCommand.self,
    InfluencersCommand.self, InfluencedCommand.self, InfluenceCommand.self, BrokersCommand.self,
    ExplainCommand.self, DiffCommand.self,
    ImportCommand.self, ExportCommand.self, TemplateCommand.self, McpCommand.self, SparkCommand.self,
  ]
}

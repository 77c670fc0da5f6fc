import ArgumentParser
import Clout
import CloutAnswers
import CloutIO
import Foundation

/// The network a command works on: a FILE, or the bundled seed network.
struct NetworkArgument: ParsableArguments {
  @Argument(
    help: ArgumentHelp(
      "A network file (.yaml, .json, or .graphml, .gexf, .dot, NAME.nodes.csv, node-link .json). "
        + "Omit it to use the bundled US–China network.", valueName: "file"))
  var file: String?

  /// Loads and validates the network; prints warnings; fails with exit 2 if it has errors, since
  /// nothing sound can be computed from it.
  func load() throws -> LoadedNetwork {
    try NetworkArgument.checked(NetworkArgument.read(file))
  }

  /// Prints a loaded network's warnings; fails with exit 2 if it has errors.
  static func checked(_ loaded: LoadedNetwork) throws -> LoadedNetwork {
    let errors = loaded.diagnostics.filter { $0.severity == .error }
    for d in loaded.diagnostics where d.severity == .warning { Console.error(d.description) }
    if !errors.isEmpty {
      for d in errors { Console.error(d.description) }
      Console.error("\(loaded.origin): \(errors.count) error(s); run `clout validate` for details and fix them first")
      throw ExitCode(Exit.input)
    }
    return loaded
  }

  /// Opens a file for analysis (`NetworkInput.open`); input errors are printed and become exit 2.
  static func open(_ file: String, directed: Bool) throws -> NetworkInput.Opened {
    do throws(InputError) {
      return try NetworkInput.open(
        path: file, directed: directed, progress: ProgressReporter.callback("reading \(file)"))
    } catch {
      for d in error.diagnostics { Console.error(d.description) }
      throw ExitCode(Exit.input)
    }
  }

  /// The file a command reads: the one named, else the project default (`CLOUT_NETWORK`, then
  /// `.clout.yaml`), else nil for the bundled network. Says on standard error which network an
  /// unnamed FILE stands for, so no output comes from a network the user did not expect.
  static func effectiveFile(_ file: String?) throws -> String? {
    if let file { return file }
    do throws(InputError) {
      switch try DefaultNetwork.resolve(
        environment: ProcessInfo.processInfo.environment, directory: FileManager.default.currentDirectoryPath)
      {
      case .file(let path, let reason):
        Console.error("clout: network \(path) (\(reason))")
        return path
      case .bundled:
        Console.error(
          "clout: network \(BundledNetwork.name): no FILE given (name one, set \(DefaultNetwork.environmentVariable), "
            + "or write 'network: FILE' in \(DefaultNetwork.settingsFileName))")
        return nil
      }
    } catch {
      for d in error.diagnostics { Console.error(d.description) }
      throw ExitCode(Exit.input)
    }
  }

  /// Reads a file or the bundled network; input errors are printed and become exit 2.
  static func read(_ file: String?, resolved: Bool = false) throws -> LoadedNetwork {
    let file = resolved ? file : try effectiveFile(file)
    if let file, NetworkInput.kind(of: file) == .edgeList {
      Console.error(
        "\(file): this is an edge list, which has no entities, relations or sources; this command "
          + "needs a network (.yaml, .json, .graphml, .gexf…). Edge lists work with info, validate, rank, "
          + "metrics, path, communities and cut.")
      throw ExitCode(Exit.input)
    }
    do throws(InputError) {
      guard let file else { return try BundledNetwork.load() }
      return try NetworkInput.loadNetwork(path: file)
    } catch {
      for d in error.diagnostics { Console.error(d.description) }
      throw ExitCode(Exit.input)
    }
  }
}

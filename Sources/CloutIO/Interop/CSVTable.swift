import Clout
import CloutText
import Foundation

/// A CSV sheet read per RFC 4180 — a header, then records of cells, quoted cells may hold
/// delimiters, doubled quotes and line breaks — with the place of every record and cell.
///
/// The delimiter is the one of comma, semicolon and tab that the header line uses most (spreadsheet
/// programs in many locales write semicolons). Blank lines are skipped; a record shorter than the
/// header is padded with empty cells; a longer one is an error.
///
/// Cost: O(bytes).
struct CSVTable: Sendable {
  struct Record: Sendable {
    var cells: [String]
    var locations: [SourceLocation]
    var location: SourceLocation
    /// The record as written (its line or lines, without the line end).
    var text: String
  }

  var header: [String]
  var headerLocations: [SourceLocation]
  var records: [Record]

  /// The column of a header name, compared without case.
  func column(_ names: String...) -> Int? {
    for name in names {
      if let i = header.firstIndex(where: { $0.lowercased() == name.lowercased() }) { return i }
    }
    return nil
  }

  /// Parses a sheet. `rows` bounds its data rows (the header excepted) while reading: the first
  /// row beyond `rows.limit` is an error at its line, named as `rows.name` ("nodes", "edges").
  static func parse(
    _ bytes: [UInt8], file: String, limits: InteropLimits, rows bound: (limit: Int, name: String)? = nil
  ) throws(InputError) -> CSVTable {
    let positions = TextPositions(bytes, file: file)
    let delimiter = guessDelimiter(bytes)
    var i = 0
    var rows: [(cells: [String], starts: [Int], range: Range<Int>)] = []
    while i < bytes.count {
      let rowStart = i
      var cells: [String] = []
      var starts: [Int] = []
      var endOfRow = false
      while !endOfRow {
        let cellStart = i
        starts.append(cellStart)
        var cell: [UInt8] = []
        if i < bytes.count, bytes[i] == UInt8(ascii: "\"") {
          i += 1
          while true {
            guard i < bytes.count else {
              throw InputError(
                "truncated CSV: a quoted cell opened here is not closed", at: positions.location(cellStart),
                hint: "the file is incomplete, or a quote is missing")
            }
            if bytes[i] == UInt8(ascii: "\"") {
              if i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "\"") {
                cell.append(UInt8(ascii: "\""))
                i += 2
                continue
              }
              i += 1
              break
            }
            cell.append(bytes[i])
            i += 1
          }
          // Text between the closing quote and the delimiter is kept (lenient, as spreadsheets are).
          while i < bytes.count, bytes[i] != delimiter, bytes[i] != 0x0A, bytes[i] != 0x0D {
            cell.append(bytes[i])
            i += 1
          }
        } else {
          while i < bytes.count, bytes[i] != delimiter, bytes[i] != 0x0A, bytes[i] != 0x0D {
            cell.append(bytes[i])
            i += 1
          }
        }
        if cell.count > limits.maxValueBytes {
          throw InputError(
            "a cell of \(InteropLimits.size(cell.count)) is longer than the \(InteropLimits.size(limits.maxValueBytes)) "
              + "allowed", at: positions.location(cellStart), hint: "the value is corrupt or not meant for a graph file"
          )
        }
        cells.append(String(decoding: cell, as: UTF8.self))
        if i < bytes.count, bytes[i] == delimiter {
          i += 1
        } else {
          endOfRow = true
        }
      }
      let rowEnd = i
      if i < bytes.count, bytes[i] == 0x0D { i += 1 }
      if i < bytes.count, bytes[i] == 0x0A { i += 1 }
      if cells.count == 1, cells[0].allSatisfy(\.isWhitespace) { continue }
      rows.append((cells, starts, rowStart..<rowEnd))
      if let bound, rows.count - 1 > bound.limit {
        throw InputError(
          "the sheet holds more than the \(bound.limit) \(bound.name) allowed", at: positions.location(rowStart),
          hint: "split the graph into several files")
      }
    }
    guard let first = rows.first else {
      throw InputError(
        "the sheet is empty", at: positions.location(0), hint: "a sheet starts with a header line naming its columns")
    }
    let header = first.cells.map { $0.trimmingCharactersInSpace }
    var records: [Record] = []
    for row in rows.dropFirst() {
      if row.cells.count > header.count {
        throw InputError(
          "this record has \(row.cells.count) cells but the header names \(header.count) columns",
          at: positions.location(row.starts[header.count]),
          hint: "quote cells that contain '\(Character(Unicode.Scalar(delimiter)))'")
      }
      var cells = row.cells
      var locations = row.starts.map(positions.location)
      while cells.count < header.count {
        cells.append("")
        locations.append(positions.location(row.range.upperBound))
      }
      records.append(
        Record(
          cells: cells, locations: locations, location: positions.location(row.range.lowerBound),
          text: positions.text(row.range)))
    }
    return CSVTable(header: header, headerLocations: first.starts.map(positions.location), records: records)
  }

  /// The delimiter the first line uses most, outside quotes: comma, semicolon or tab.
  private static func guessDelimiter(_ bytes: [UInt8]) -> UInt8 {
    let candidates: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), 0x09]
    var counts = [0, 0, 0]
    var quoted = false
    for b in bytes {
      if b == UInt8(ascii: "\"") { quoted.toggle() }
      if !quoted, b == 0x0A { break }
      if !quoted, let k = candidates.firstIndex(of: b) { counts[k] += 1 }
    }
    var best = 0
    for k in 1..<3 where counts[k] > counts[best] { best = k }
    return candidates[best]
  }

  /// A cell for writing: quoted when it holds the delimiter, a quote, a line break or edge spaces.
  static func cell(_ s: String) -> String {
    let needsQuotes =
      s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r") || s.hasPrefix(" ")
      || s.hasSuffix(" ")
    guard needsQuotes else { return s }
    return "\"" + Escaper.csvQuoted(s) + "\""
  }
}

extension String {
  fileprivate var trimmingCharactersInSpace: String {
    var s = Substring(self)
    while s.first?.isWhitespace == true { s = s.dropFirst() }
    while s.last?.isWhitespace == true { s = s.dropLast() }
    return String(s)
  }
}

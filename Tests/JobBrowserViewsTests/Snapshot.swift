import Foundation
import Testing
import TerminalUI

/// Text-grid snapshots: recorded into Snapshots/ when `SNAPSHOT_RECORD=1`, else compared with the
/// copy bundled as a resource. A missing snapshot fails; so does recording one, so that a recording
/// run is never green: review the new files, then run again without `SNAPSHOT_RECORD`.
enum Snapshot {
    static var isRecording: Bool { ProcessInfo.processInfo.environment["SNAPSHOT_RECORD"] == "1" }

    /// The rows of the buffer, trailing spaces trimmed (editors and diffs keep them that way).
    static func text(_ buffer: ScreenBuffer) -> String {
        (0..<buffer.height).map { y in
            var row = buffer.rowText(y)
            while row.hasSuffix(" ") { row.removeLast() }
            return row
        }.joined(separator: "\n") + "\n"
    }

    /// One letter per cell naming its style role (see `legend`).
    static func roles(_ buffer: ScreenBuffer) -> String {
        (0..<buffer.height).map { y in
            String((0..<buffer.width).map { x in letter(buffer[x, y].role) })
        }.joined(separator: "\n") + "\n"
    }

    static let legend = """
        . normal  d dim  e emphasis  T title  B demoBadge  c chip  h headerInfo  H tableHeader
        S tableHeaderSorted  R selectedRow  q/r/s/f/p/x/u status queued/running/succeeded/failed/stopping/stopped/unknown
        b statusBar  k keyHint  E error  W warning  P prompt  # border  o overlay  ? placeholder
        0-7 log colours  L log bold  U log underline  V log reverse  M log search match
        """

    static func letter(_ role: StyleRole) -> Character {
        switch role {
        case .normal: return "."
        case .dim: return "d"
        case .emphasis: return "e"
        case .title: return "T"
        case .demoBadge: return "B"
        case .chip: return "c"
        case .headerInfo: return "h"
        case .tableHeader: return "H"
        case .tableHeaderSorted: return "S"
        case .selectedRow: return "R"
        case .statusQueued: return "q"
        case .statusRunning: return "r"
        case .statusSucceeded: return "s"
        case .statusFailed: return "f"
        case .statusStopping: return "p"
        case .statusStopped: return "x"
        case .statusUnknown: return "u"
        case .statusBar: return "b"
        case .keyHint: return "k"
        case .error: return "E"
        case .warning: return "W"
        case .prompt: return "P"
        case .border: return "#"
        case .overlay: return "o"
        case .placeholder: return "?"
        // Log view: the log's own colours by number, bold, underline, reverse, a search match.
        case .logBlack: return "0"
        case .logRed: return "1"
        case .logGreen: return "2"
        case .logYellow: return "3"
        case .logBlue: return "4"
        case .logMagenta: return "5"
        case .logCyan: return "6"
        case .logWhite: return "7"
        case .logBold: return "L"
        case .logUnderline: return "U"
        case .logReverse: return "V"
        case .logMatch: return "M"
        @unknown default: return "*"
        }
    }

    /// Compares `actual` with Snapshots/`name`.txt (or records it).
    static func check(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Snapshots").appendingPathComponent(name + ".txt")
        if isRecording {
            do {
                try actual.write(to: file, atomically: true, encoding: .utf8)
                Issue.record(
                    "recorded snapshot \(name).txt: review it, then run without SNAPSHOT_RECORD",
                    sourceLocation: sourceLocation)
            } catch {
                Issue.record("could not record \(name): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let url = Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Snapshots"),
            let expected = try? String(contentsOf: url, encoding: .utf8)
        else {
            Issue.record(
                "missing snapshot \(name).txt: run with SNAPSHOT_RECORD=1 to record it",
                sourceLocation: sourceLocation)
            return
        }
        if expected != actual {
            Issue.record(
                "snapshot \(name) differs:\n--- expected\n\(expected)--- actual\n\(actual)",
                sourceLocation: sourceLocation)
        }
    }
}

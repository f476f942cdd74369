import Foundation
import JobBrowser
import JobBrowserViews
import ModelArts
import TerminalUI

/// `majobs-bench --log`: the log view with a 5 MB log, in-process through the reducer and the renderer
/// the runtime uses: the first frame after the preview arrives (splitting and the visible lines made
/// safe), a held-down scroll key (each a reduce and a frame), a search to a match near the log's start,
/// and the memory the open log holds above the table's.
enum LogBench {
    /// A log of realistic lines (timestamps, SGR colours, tqdm `\r` progress, CJK, a tab), `bytes` long, built
    /// straight into one string (an array of lines joined would leave megabytes free for the split to reuse,
    /// and the memory figure would read low).
    static func log(bytes: Int) -> String {
        var text = ""
        text.reserveCapacity(bytes + 200)
        var i = 0
        while text.utf8.count < bytes {
            if i > 0 { text += "\n" }
            switch i % 8 {
            case 0: text += "2026-01-01 10:\(i % 60):\(i % 60) \u{1B}[32mINFO\u{1B}[0m step \(i) loss=0.\(i % 997)"
            case 1: text += "epoch \(i / 100):  10%|█         | 1/10\r epoch \(i / 100): 100%|██████████| 10/10"
            case 2: text += "数据加载完成 batch=\(i)\tworker=\(i % 8)"
            case 3: text += "\u{1B}[1;33mWARN\u{1B}[0m gradient norm \(i) above threshold"
            case 4 where i == 1_004: text += "the needle line"
            default: text += "2026-01-01 10:00:00 INFO iteration \(i) throughput \(i % 1000) samples/s"
            }
            i += 1
        }
        return text
    }

    /// Resident memory of the process.
    static func residentMB() -> Double {
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8),
            let pages = text.split(separator: " ").dropFirst().first.flatMap({ Double($0) })
        else { return 0 }
        return pages * 4096 / 1_000_000
    }

    static func run() {
        let clock = ContinuousClock()
        let size = Size(width: 120, height: 40)
        var state = BrowserState(config: BrowserConfig(sourceLabel: "bench"), size: size, nowMS: 0)
        let job = TrainingJob(
            v2ID: "00000001-4b2f-4c1e-9d3a-5f6e7d8c9b0a", name: "bench", phase: "Running", createTimeMS: 0,
            durationMS: 0, description: "", facts: V2JobFacts(tasks: ["worker-0"]))
        for case .fetch(let request, let generation) in state.reduce(.start) {
            _ = state.reduce(
                .pageLoaded(
                    request, generation: generation, JobListPage(totalCount: 1, countLimit: 1, quotas: 1, jobs: [job])))
        }
        var renderer = FrameRenderer()
        let options = ViewOptions(unicode: true)
        renderer.render(state, options: options)
        let text = log(bytes: 5_000_000)
        // The raw text is resident before the preview arrives (the client holds it); the figure is what
        // the open view adds: its lines, the frame, and whatever the split left behind.
        let baseline = residentMB()
        var memory = 0.0
        var firstFrame: [Double] = []
        var session = state
        for _ in 0..<5 {
            session = state
            var fetch: LogFetch?
            var token = 0
            for case .fetchLog(let t, let f) in session.reduce(.key(.char("l"))) { (token, fetch) = (t, f) }
            guard let fetch else { fatalError("no tail request") }
            let page = LogPage(text: text, fullSize: text.utf8.count, currentSize: text.utf8.count)
            var frameRenderer = renderer
            let start = clock.now
            _ = session.reduce(.logLoaded(token: token, fetch, page))
            frameRenderer.render(session, options: options)
            firstFrame.append((clock.now - start).milliseconds)
            renderer = frameRenderer
            if memory == 0 { memory = residentMB() - baseline }
        }
        var keys: [Double] = []
        for _ in 0..<500 {
            let start = clock.now
            _ = session.reduce(.key(.char("k")))
            renderer.render(session, options: options)
            keys.append((clock.now - start).milliseconds)
        }
        // From the newest line: "needle" is near the log's start (the search wraps round to it); the others
        // match nothing, so every line is read: a word, and a time stamp (spaces, digits) that the quick
        // pre-check cannot rule out on most lines.
        var search: [String: [Double]] = [:]
        for query in ["needle", "no-such-text", "2026-01-01 11:"] {
            for _ in 0..<5 {
                var s = session
                _ = s.reduce(.key(.char("G")))
                _ = s.reduce(.key(.char("/")))
                for c in query { _ = s.reduce(.key(.char(c))) }
                let start = clock.now
                _ = s.reduce(.key(.enter))
                renderer.render(s, options: options)
                search[query, default: []].append((clock.now - start).milliseconds)
            }
        }
        let f = Summary(firstFrame), k = Summary(keys)
        let q = Summary(search["needle"] ?? []), miss = Summary(search["no-such-text"] ?? [])
        let stamp = Summary(search["2026-01-01 11:"] ?? [])
        print("log view, 5.0 MB log (\(text.utf8.count) bytes):")
        print(String(format: "  first frame after the preview: p50 %.1f ms, max %.1f ms", f.p50, f.max))
        print(String(format: "  scroll key (reduce + frame):    p50 %.3f ms, p99 %.3f ms", k.p50, k.p99))
        print(String(format: "  search to the first match:      p50 %.1f ms, max %.1f ms", q.p50, q.max))
        print(String(format: "  search with no match (all read): p50 %.1f ms, max %.1f ms", miss.p50, miss.max))
        print(String(format: "  the same for a time stamp:      p50 %.1f ms, max %.1f ms", stamp.p50, stamp.max))
        print(String(format: "  memory the open view adds:      %.1f MB resident (the log is 5.0 MB)", memory))
    }
}

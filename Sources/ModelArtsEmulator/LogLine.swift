/// One line of an emulated training log, as raw bytes: a pure function of the log's key and the line's
/// index and time, so any line can be drawn on its own (a 5 MB log is never held). What a real
/// training log holds: timestamps, SGR colours, tqdm progress rewritten with `\r`, CJK text, tabs,
/// bytes that are not UTF-8; in hostile logs also an OSC title, a screen clear and cursor moves.
enum LogLine {
    /// Lines of the ModelArts service header at the top of every log.
    static let headerCount = 6
    /// Bytes of the one very long line (a tokenizer dump), about 1 MB.
    static let longLineBytes = 1_048_576

    /// How a log's last lines read, from the run's end.
    enum Ending: Sendable, Hashable {
        case completed, failed, terminated, lost
    }

    /// Header line `index` (0..<headerCount).
    static func header(_ index: Int, atMS: Int64, key: UInt64) -> [UInt8] {
        let ts = stamp(atMS)
        let text: String
        switch index {
        case 0: text = "[ModelArts Service Log]Training start at \(ts)"
        case 1: text = "[ModelArts Service Log][INFO][\(ts)]: prepare runtime environment"
        case 2: text = "[ModelArts Service Log][INFO][\(ts)]: 下载训练代码完成 (code downloaded)"
        case 3: text = "[ModelArts Service Log][INFO][\(ts)]: env\tMA_NUM_GPUS=\(1 << Int(key % 4))\tMA_NUM_HOSTS=1"
        case 4:
            text = "[ModelArts Service Log][INFO][\(ts)]: handle user command: python train.py --data_url=/cache/data"
        default: text = "\(ts) - \(green("INFO")) - training script started, pid \(1000 + key % 30000)"
        }
        return Array(text.utf8)
    }

    /// Training line `index` (its position in the whole log), written at `atMS`.
    static func body(_ index: Int, atMS: Int64, key: UInt64, hostile: Bool) -> [UInt8] {
        var rng = SeededRandom(key, UInt64(index))
        let ts = stamp(atMS)
        let step = index * 10 + rng.below(10)
        let epoch = 1 + index / 400
        let loss = fixed(max(120, 25_000 - index * 3 + rng.below(900)), 4)
        if hostile, index % 37 == 11 {
            return hostileLine(index / 37, ts: ts)
        }
        switch index {
        case _ where index % 23 == 7:
            let total = 100
            var text = ""
            for pct in [0, 37, 74, 100] {
                let bar = String(repeating: "█", count: pct / 10) + String(repeating: " ", count: 10 - pct / 10)
                let done = pct * total / 100
                if !text.isEmpty { text += "\r" }
                text += "Epoch \(epoch): \(String(pct).leftPadded(to: 3, with: " "))%|\(bar)| \(done)/\(total)"
                text +=
                    " [00:\(String(done / 10).leftPadded(to: 2))<00:\(String((total - done) / 10).leftPadded(to: 2)),"
                text += " \(fixed(90 + rng.below(20), 1))it/s]"
            }
            return Array(text.utf8)
        case _ where index % 29 == 13:
            let acc = fixed(6_000 + min(3_900, index * 2) + rng.below(100), 4)
            return Array("\(ts) - \(green("INFO")) - 第 \(epoch) 轮训练完成，验证集准确率 \(acc)，用时 \(30 + rng.below(90)) 秒".utf8)
        case _ where index % 31 == 17:
            return Array("\(ts)\tMETRIC\tstep=\(step)\tloss=\(loss)\tlr=\(fixed(1 + rng.below(9), 5))".utf8)
        case _ where index % 41 == 19:
            var bytes = Array("\(ts) - \(yellow("WARNING")) - skipped sample \(rng.below(50_000)): caption b'".utf8)
            bytes += [0xFF, 0xFE, 0x41, 0xC3, 0x28, 0xE2, 0x82]
            bytes += Array("' is not UTF-8".utf8)
            return bytes
        case _ where index % 13 == 5:
            let text = "\(ts) - \(yellow("WARNING")) - grad norm \(fixed(1_000 + rng.below(90_000), 3)) clipped to 1.0"
            return Array(text.utf8)
        default:
            let speed = 800 + rng.below(400)
            let text =
                "\(ts) - \(green("INFO")) - epoch \(epoch) step \(step) loss=\(loss) "
                + "lr=\(fixed(10 + rng.below(90), 6)) throughput=\(speed) samples/s"
            return Array(text.utf8)
        }
    }

    /// The ~1 MB line: a tokenizer vocabulary dumped on one line (ASCII and CJK, no newline).
    static func long(atMS: Int64) -> [UInt8] {
        var bytes = Array("\(stamp(atMS)) - \(green("INFO")) - vocab: ".utf8)
        bytes.reserveCapacity(longLineBytes + 64)
        let words = ["▁the", "▁of", "▁训练", "▁模型", "▁loss", "▁data", "▁梯度", "▁layer"].map { Array($0.utf8) }
        var k = 0
        while bytes.count < longLineBytes {
            bytes += words[k % words.count]
            bytes += Array("=\(k) ".utf8)
            k += 1
        }
        return bytes
    }

    /// Trailer line `index` (0..<trailerCount) after the run ended.
    static func trailer(_ index: Int, atMS: Int64, ending: Ending) -> [UInt8] {
        let ts = stamp(atMS)
        let text: String
        switch (ending, index) {
        case (.completed, 0): text = "\(ts) - \(green("INFO")) - training finished, model saved to /cache/output"
        case (.failed, 0):
            text = "\(ts) - \(red("ERROR")) - RuntimeError: CUDA out of memory. Tried to allocate 2.00 GiB"
        case (.lost, 0): text = "\(ts) - \(red("ERROR")) - lost connection to node, NCCL watchdog timeout"
        case (.terminated, 0): text = "[ModelArts Service Log][INFO][\(ts)]: received SIGTERM, terminating"
        case (.completed, _): text = "[ModelArts Service Log]training end with return code: 0"
        case (.terminated, _): text = "[ModelArts Service Log]training end with return code: 143"
        case (.failed, _), (.lost, _): text = "[ModelArts Service Log]training end with return code: 1"
        }
        return Array(text.utf8)
    }

    static let trailerCount = 2

    /// Escape sequences that attack a terminal, one per turn: an OSC window title, a screen clear,
    /// cursor moves that overwrite earlier lines, a cursor home.
    private static func hostileLine(_ turn: Int, ts: String) -> [UInt8] {
        switch turn % 4 {
        case 0: return Array("\(ts) - INFO - \u{1B}]0;pwned\u{07}title set".utf8)
        case 1: return Array("\(ts) - INFO - \u{1B}[2Jscreen cleared".utf8)
        case 2: return Array("\(ts) - INFO - \u{1B}[5A\u{1B}[2Kcursor moved up".utf8)
        default: return Array("\(ts) - INFO - \u{1B}[H\u{1B}[31;1mhome\u{1B}[0m".utf8)
        }
    }

    private static func green(_ s: String) -> String { "\u{1B}[32m\(s)\u{1B}[0m" }
    private static func yellow(_ s: String) -> String { "\u{1B}[33m\(s)\u{1B}[0m" }
    private static func red(_ s: String) -> String { "\u{1B}[31m\(s)\u{1B}[0m" }

    /// `value / 10^decimals` with exactly `decimals` digits after the point.
    static func fixed(_ value: Int, _ decimals: Int) -> String {
        var scale = 1
        for _ in 0..<decimals { scale *= 10 }
        return "\(value / scale)." + String(value % scale).leftPadded(to: decimals)
    }

    /// `2024-06-01 12:00:00,123` (UTC), as Python's logging writes it.
    static func stamp(_ epochMS: Int64) -> String {
        let ms = Int(((epochMS % 1000) + 1000) % 1000)
        let seconds = (epochMS - Int64(ms)) / 1000
        let days = Int(seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400)
        let inDay = Int(seconds - Int64(days) * 86_400)
        // Days to civil date (Howard Hinnant's algorithm).
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let clock = "\(two(inDay / 3600)):\(two(inDay / 60 % 60)):\(two(inDay % 60))"
        return "\(year)-\(two(month))-\(two(day)) \(clock),\(String(ms).leftPadded(to: 3))"
    }
}

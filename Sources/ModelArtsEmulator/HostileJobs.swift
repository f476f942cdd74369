import ModelArts

/// Jobs whose names and descriptions attack a terminal: OSC/CSI sequences, C0/C1 controls, tabs and
/// newlines, bidi overrides, zero-width and combining marks, emoji, Chinese, 1,000-character values,
/// and status codes outside the documented table. Serve them with `EmulatorConfiguration.suppliedJobs`.
public enum HostileJobs {
    /// Byte sequences that must never reach a terminal from server data (each one is in a payload).
    public static let forbiddenOutputs: [String] = [
        "\u{1B}]0;PWNED", "\u{1B}]8;;", "\u{1B}[2JCLEARED", "\u{1B}[31mRED", "\u{1B}[1;1H and", "\u{1B}P", "\u{07}",
        "\u{9B}", "\u{9D}", "\u{202E}", "\u{2066}",
    ]

    /// (name, description, status code) for every hostile case, in serving order.
    public static let cases: [(name: String, description: String, code: Int)] = [
        (
            "osc-title\u{1B}]0;PWNED\u{07}-job",
            "osc link \u{1B}]8;;http://evil.example\u{1B}\\click\u{1B}]8;;\u{1B}\\", 8
        ),
        ("csi-clear\u{1B}[2JCLEARED", "csi home \u{1B}[1;1H and dcs \u{1B}Pq#0\u{1B}\\", 10),
        ("colour\u{1B}[31mRED\u{1B}[0m-job", "bell\u{07}\u{07} backspace\u{08}\u{08} del\u{7F} nul\u{0}", 11),
        ("c1-csi\u{9B}2J-osc\u{9D}0;x\u{9C}", "c1 \u{85}nel \u{8D}ri \u{90}dcs", 7),
        ("tab\there\nnew\rline", "line one\nline two\r\nline three\tTabbed\u{0B}\u{0C}", 12),
        ("bidi-\u{202E}txt.exe\u{202C}", "isolate \u{2066}abc\u{2069} \u{200F}rlm \u{061C}alm", 9),
        ("zero\u{200B}width\u{200D}join\u{FEFF}", "e\u{0301}\u{0301}\u{0301}\u{0301} combining a\u{20DD}", 13),
        ("🚀👩‍👩‍👧‍👦 emoji 🇨🇳", "flags 🇯🇵🇺🇸 skin 👍🏽 keycap 1️⃣", 10),
        (
            "图像分类-训练任务-第三版", "中文描述：使用华为云 ModelArts 训练的图像分类模型",
            8
        ),
        (String(repeating: "L", count: 999) + "Z", String(repeating: "长", count: 1000), 10),
        ("status-outside-37", "an undocumented status code", 37),
        ("status-outside-999", "another undocumented status code", 999),
    ]

    /// The cases as jobs with ids 9001, 9002, ...
    public static let all: [TrainingJob] = cases.enumerated().map { i, c in
        TrainingJob(
            id: .number(9001 + Int64(i)), name: c.name, versionID: 90_000 + Int64(i), status: .code(c.code),
            createTimeMS: 1_713_578_790_635 - Int64(i) * 3_600_000, durationMS: Int64(i) * 61_000,
            description: c.description, versionCount: Int64(i % 3 + 1))
    }
}

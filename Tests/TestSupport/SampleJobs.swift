import ModelArts

/// Deterministic jobs for controller and view tests: plain ones, every status, and awkward names
/// (very long, Chinese, emoji, control characters).
public enum SampleJobs {
    /// 2024-04-20T02:06:30.635Z: every sample time is an offset from here.
    public static let baseTimeMS: Int64 = 1_713_578_790_635
    /// A fixed "now" one day after the base time.
    public static let nowMS: Int64 = baseTimeMS + 86_400_000

    static let models = ["resnet50", "bert-base", "yolov5", "vit-large", "gpt2-small", "unet", "whisper", "mobilenet"]
    static let tasks = ["imagenet-train", "finetune-squad", "coco-detect", "pretrain", "distill", "segment-ct"]
    static let statusCycle = [8, 10, 11, 7, 12, 10, 8, 1, 9, 13, 10, 14]

    /// `count` ordinary jobs with ids 1001, 1002, ..., varied statuses, times, durations and versions.
    public static func plain(_ count: Int, firstID: Int64 = 1001) -> [TrainingJob] {
        (0..<count).map { i in
            let model = models[i % models.count], task = tasks[(i / models.count + i) % tasks.count]
            let code = statusCycle[i % statusCycle.count]
            return TrainingJob(
                id: .number(firstID + Int64(i)), name: "\(model)-\(task)-v\(i % 4 + 1)",
                versionID: 20_000 + Int64(i) * 7, status: .code(code),
                createTimeMS: baseTimeMS - Int64(i) * 3_700_000 - Int64(i % 5) * 61_000,
                durationMS: Int64((i * 7919) % 200_000) * 1000, description: description(i),
                versionCount: Int64(i % 6 + 1))
        }
    }

    static func description(_ i: Int) -> String {
        switch i % 4 {
        case 0: return "baseline run on 8x V100, lr 0.1 cosine schedule"
        case 1: return "ablation: no augmentation"
        case 2: return ""
        default: return "nightly retrain from the latest labelled snapshot of the production dataset"
        }
    }

    /// One job for each documented status code 0...22, then an undocumented code (37).
    public static func everyStatus() -> [TrainingJob] {
        (JobStatus.knownCodes + [37]).enumerated().map { i, code in
            TrainingJob(
                id: .number(3000 + Int64(i)), name: "status-\(code)-\(JobStatus(code: code).word.lowercased())",
                versionID: 31_000 + Int64(i), status: .code(code), createTimeMS: baseTimeMS - Int64(i) * 600_000,
                durationMS: Int64(i) * 45_000, description: JobStatus(code: code).name, versionCount: 1)
        }
    }

    /// Awkward names: very long, Chinese, emoji, mixed, and server text holding control characters.
    public static func awkwardNames() -> [TrainingJob] {
        let names: [(String, String)] = [
            (
                "resnet50-imagenet-1k-pretrain-mixed-precision-bs1024-lr-warmup-cosine-final-v3-rerun",
                "a very long name that has to be cut in the middle so both ends stay readable"
            ),
            ("图像分类-训练任务-第三版", "中文描述：使用华为云 ModelArts 训练的图像分类模型"),
            ("推理服务-压测", "混合 English 和中文的描述文字，用于测试显示宽度"),
            ("🚀 launch-run", "emoji 🚀 takes two cells"),
            ("evil\u{1B}[31mred\u{07}", "line one\nline two\ttabbed \u{9B}2J"),
            ("日本語のジョブ名と長い説明文", "カタカナ と ひらがな"),
        ]
        return names.enumerated().map { i, pair in
            TrainingJob(
                id: .number(5000 + Int64(i)), name: pair.0, versionID: 52_000 + Int64(i),
                status: .code([8, 10, 11, 7, 12, 9][i]), createTimeMS: baseTimeMS - Int64(i) * 86_400_000,
                durationMS: Int64(i + 1) * 3_723_000, description: pair.1, versionCount: Int64(i + 2))
        }
    }

    /// A page answer for `jobs` with the given total.
    public static func page(_ jobs: [TrainingJob], total: Int? = nil) -> JobListPage {
        JobListPage(totalCount: total ?? jobs.count, countLimit: 100, quotas: 5, jobs: jobs)
    }
}

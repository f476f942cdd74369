/// What a v2 list item says beyond the columns v1 and v2 share: shown in the v2 table's extra
/// columns and at the top of the detail. Every field is optional on the wire, so every field is
/// optional here (an empty `tasks` means none were listed).
public struct V2JobFacts: Hashable, Sendable {
    /// The engine an algorithm runs on, e.g. `PyTorch` / `PyTorch-1.4.0-python3.6-v2`.
    public struct Engine: Hashable, Sendable {
        public var name: String?
        public var version: String?

        public init(name: String? = nil, version: String? = nil) {
            self.name = name
            self.version = version
        }

        /// `name version`, or whichever of the two is known; nil when neither is.
        public var text: String? {
            let parts = [name, version].compactMap { $0 }.filter { !$0.isEmpty }
            // The version usually repeats the name (`PyTorch-1.4.0-…`): then the version alone says it all.
            if parts.count == 2, parts[1].lowercased().hasPrefix(parts[0].lowercased()) { return parts[1] }
            return parts.isEmpty ? nil : parts.joined(separator: " ")
        }
    }

    /// The level-2 status (`Queuing`, `CreateFailed`, ...), shown next to the phase in detail.
    public var secondaryPhase: String?
    public var flavorID: String?
    public var flavorName: String?
    public var nodeCount: Int?
    /// The algorithm's name (`algorithm.name`); many jobs have none and give a boot file instead.
    public var algorithmName: String?
    /// The boot file (`algorithm.boot_file`), e.g. `obs://bucket/code/train.py`.
    public var bootFile: String?
    public var engine: Engine?
    /// A custom image (`algorithm.engine.image_url`).
    public var imageURL: String?
    /// The creator's user name (may be empty).
    public var userName: String?
    /// Start time, epoch milliseconds; nil (or 0 on the wire) when the job never started.
    public var startTimeMS: Int64?
    /// Task names, e.g. `worker-0`, `worker-1`: the ids the log APIs take.
    public var tasks: [String]
    /// `job`, `hetero_job`, ... (the list's `kind`).
    public var kind: String?

    public init(
        secondaryPhase: String? = nil, flavorID: String? = nil, flavorName: String? = nil, nodeCount: Int? = nil,
        algorithmName: String? = nil, bootFile: String? = nil, engine: Engine? = nil, imageURL: String? = nil,
        userName: String? = nil, startTimeMS: Int64? = nil, tasks: [String] = [], kind: String? = nil
    ) {
        self.secondaryPhase = secondaryPhase
        self.flavorID = flavorID
        self.flavorName = flavorName
        self.nodeCount = nodeCount
        self.algorithmName = algorithmName
        self.bootFile = bootFile
        self.engine = engine
        self.imageURL = imageURL
        self.userName = userName
        self.startTimeMS = startTimeMS
        self.tasks = tasks
        self.kind = kind
    }

    /// The flavor as a person reads it: its name, else its id.
    public var flavor: String? { Self.present(flavorName) ?? Self.present(flavorID) }

    /// `2 × Computing GPU(Pnt1) instance`: the NODES × FLAVOR column (nil when neither is known).
    public var nodesAndFlavor: String? {
        switch (nodeCount, flavor) {
        case (let n?, let f?): return "\(n) × \(f)"
        case (let n?, nil): return "\(n) ×"
        case (nil, let f?): return f
        case (nil, nil): return nil
        }
    }

    /// NODES × FLAVOR as a table cell: a flavor name such as `GPU: 1*NVIDIA-V100(32GB) | CPU: 8 vCPUs 64GB`
    /// keeps its first part (the accelerator), so the column stays narrow enough for ALGORITHM and ID;
    /// the whole name is in detail and CSV.
    public var compactNodesAndFlavor: String? {
        guard let full = nodesAndFlavor else { return nil }
        guard let cut = full.range(of: " | ") else { return full }
        return String(full[..<cut.lowerBound])
    }

    /// The ALGORITHM or IMAGE column: the algorithm's name, else the custom image, else the boot
    /// file's name, else the engine; nil when the item names none of them.
    public var algorithmOrImage: String? {
        if let name = Self.present(algorithmName) { return name }
        if let image = Self.present(imageURL) { return image }
        if let boot = Self.present(bootFile) {
            let last = boot.split(separator: "/", omittingEmptySubsequences: true).last.map(String.init)
            return last ?? boot
        }
        return engine?.text
    }

    private static func present(_ text: String?) -> String? {
        guard let text, !text.isEmpty else { return nil }
        return text
    }
}

/// A v2 job's phase and secondary phase together (contract §3): every documented phase, with the
/// secondary phases the service pairs with it.
enum V2JobState: UInt8, CaseIterable, Sendable {
    case creating, pending, running, terminating, completed, failed, terminated, terminatedFailed
    case createFailed, lost, unknown

    /// The eight documented phases, in the order of their bit in a phase mask.
    static let phases = [
        "Creating", "Pending", "Running", "Terminating", "Completed", "Failed", "Terminated", "Abnormal",
    ]

    /// `status.phase`.
    var phase: String { Self.phases[phaseIndex] }

    /// This state's phase as an index into `phases`.
    var phaseIndex: Int {
        switch self {
        case .creating: 0
        case .pending: 1
        case .running: 2
        case .terminating: 3
        case .completed: 4
        case .failed: 5
        case .terminated, .terminatedFailed: 6
        case .createFailed, .lost, .unknown: 7
        }
    }

    /// `status.secondary_phase`.
    var secondaryPhase: String {
        switch self {
        case .creating: "Creating"
        case .pending: "Queuing"
        case .running: "Running"
        case .terminating: "Terminating"
        case .completed: "Completed"
        case .failed: "Failed"
        case .terminated: "Terminated"
        case .terminatedFailed: "TerminatedFailed"
        case .createFailed: "CreateFailed"
        case .lost: "Lost"
        case .unknown: "Unknown"
        }
    }

    /// How often each state is drawn (after every state once), like a busy project.
    var weight: Int {
        switch self {
        case .creating: 3
        case .pending: 8
        case .running: 12
        case .terminating: 2
        case .completed: 35
        case .failed: 12
        case .terminated: 10
        case .terminatedFailed: 1
        case .createFailed: 3
        case .lost: 2
        case .unknown: 1
        }
    }

    /// Still in motion: created recently, and a running job's duration grows with the clock.
    var isActive: Bool { [.creating, .pending, .running, .terminating].contains(self) }

    /// The bit of a phase name in a phase mask, or nil for a phase that is not documented.
    static func phaseBit(_ name: String) -> UInt8? {
        phases.firstIndex(of: name).map { UInt8(1) << UInt8($0) }
    }
}

import Foundation
import ModelArts

extension EmulatorService {
    /// The loopback control endpoints (a test and demo aid, not part of ModelArts):
    /// `GET /emulator/health` -> `{"ok":true,"requests":N}`; `GET /emulator/faults` -> the plan;
    /// `GET /emulator/logs` -> where the large log and the long lines are (`LogLandmarks`);
    /// `PUT /emulator/faults` with a plan (snake_case keys, all optional) replaces it and echoes it.
    func control(_ request: EmulatorRequest) -> EmulatorResponse {
        switch (request.method.uppercased(), request.path) {
        case ("GET", "/emulator/health"):
            struct Health: Encodable {
                var ok: Bool
                var requests: Int
            }
            return EmulatorReply.json(200, Health(ok: true, requests: requestCount))
        case ("GET", "/emulator/logs"):
            return EmulatorReply.json(200, logLandmarks)
        case ("GET", "/emulator/faults"):
            return EmulatorReply.json(200, faults)
        case ("PUT", "/emulator/faults"):
            let plan: FaultPlan
            do {
                plan = try JSONDecoder().decode(FaultPlan.self, from: Data(request.body))
            } catch {
                return EmulatorReply.generalError(400, "EMULATOR.0001", "body is not a fault plan (JSON object)")
            }
            if let problem = plan.problem {
                return EmulatorReply.generalError(400, "EMULATOR.0002", problem)
            }
            setFaults(plan)
            return EmulatorReply.json(200, plan)
        default:
            return EmulatorReply.generalError(404, "EMULATOR.0404", "unknown control endpoint")
        }
    }
}

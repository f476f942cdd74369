extension EmulatorService {
    /// The v1 routes of contract §6.5, §7.2, §8.2 and §8.3 (the list and versions routes are in
    /// `route`), or nil when the method and path are none of them. `segments[3]` is the job id.
    func routeV1(
        _ request: EmulatorRequest, method: String, segments: [String], requestID: String, note: inout Note
    ) -> (EmulatorResponse, Payload)? {
        let handler: () -> (EmulatorResponse, Payload)
        let job = segments[3]
        let isVersion = segments.count >= 6 && segments[4] == "versions"
        switch (method, segments.count) {
        case ("DELETE", 4):
            handler = { self.deleteV1(jobID: job, versionID: nil) }
        case ("DELETE", 6) where isVersion:
            handler = { self.deleteV1(jobID: job, versionID: segments[5]) }
        case ("POST", 7) where isVersion && segments[6] == "stop":
            handler = { self.stopV1(jobID: job, versionID: segments[5]) }
        case ("GET", 7) where isVersion && segments[6] == "aom-log":
            handler = { self.aomLogV1(request, jobID: job, versionID: segments[5]) }
        case ("GET", 8) where isVersion && segments[6] == "log" && segments[7] == "file-names":
            handler = { self.logFileNamesV1(jobID: job, versionID: segments[5]) }
        default:
            return nil
        }
        if let denied = authenticate(request, projectID: segments[1], requestID: requestID, note: &note) {
            return (denied, .none)
        }
        return handler()
    }
}

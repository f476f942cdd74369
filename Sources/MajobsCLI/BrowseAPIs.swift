import Logging
import ModelArts

/// Which API the browser shows first and which it can switch to: `--api`, else the profile's `api =`,
/// else `auto` (both asked at once, v2 preferred), resolved before the terminal is taken over. When
/// `auto` cannot tell (the network or the credentials fail), the browser starts on v1 as it always did
/// and its first page reports the failure on the status line, where a refresh can retry it.
enum BrowseAPIs {
    static func resolve(_ options: ConnectionOptions, _ conn: Connection, logger: Logger) async -> APIAvailability {
        let choice = options.flags.api ?? conn.resolved?.apiChoice ?? .auto
        do {
            let apis = try await APIAvailability.resolve(choice, api: conn.api)
            logger.info(
                "training APIs", metadata: ["shown": "\(apis.preferred)", "available": "\(apis.available)"])
            return apis
        } catch {
            logger.warning("cannot tell which training APIs answer", metadata: ["error": "\(error.message)"])
            return APIAvailability(available: [.v1], preferred: .v1)
        }
    }
}

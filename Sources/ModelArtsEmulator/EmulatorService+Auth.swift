import Foundation
import ModelArts

extension EmulatorService {
    /// Checks the caller the way APIG and ModelArts do; nil means allowed, otherwise the refusal.
    ///
    /// - `Authorization` present: AK/SK, verified from the raw request and the client's `SignedHeaders`
    ///   within `maxClockSkewSeconds`; any failure is `401 APIGW.0301` ("signature expired" for the date).
    /// - else `X-Auth-Token`: unknown `401 ModelArts.0201`, expired `401 ModelArts.0202`.
    /// - else `401 ModelArts.0205`.
    /// Then the project id in the path must be the identity's (and the token's scope, if any):
    /// otherwise `403 ModelArts.0210`, the documented "project id in the URL does not match the token".
    /// ModelArts' own refusals come in the v2 shape (no `is_success`) on v2 routes; APIG's are the same on both.
    func authenticate(
        _ request: EmulatorRequest, projectID: String, requestID: String, note: inout Note, v2: Bool = false
    ) -> EmulatorResponse? {
        let refuse = { (status: Int, code: String, message: String) in
            v2 ? EmulatorReply.v2Error(status, code, message) : EmulatorReply.v1Error(status, code, message)
        }
        let identity = configuration.identity
        var tokenProject: String?
        if let authorization = request.header("Authorization") {
            note.auth = .aksk
            note.accessKey = SignatureVerifier.Authorization(authorization)?.accessKey
            let verifier = SignatureVerifier(maxSkewSeconds: Int64(configuration.maxClockSkewSeconds)) { ak in
                ak == identity.accessKey ? identity.secretKey : nil
            }
            let signable = SignableRequest(
                method: request.method, host: request.header("Host") ?? "", path: request.path,
                query: PercentEncoding.parseQuery(request.rawQuery[...]), headers: request.headers, body: request.body)
            do {
                try verifier.verify(signable, nowEpochSeconds: now() / 1000)
                note.signature = "accepted"
            } catch {
                note.signature = error == .expired ? "expired" : "refused"
                let message =
                    error == .expired
                    ? EmulatorReply.signatureExpiredMessage : EmulatorReply.signatureFailMessage
                return EmulatorReply.gatewayError(401, "APIGW.0301", message, requestID: requestID)
            }
            if let headerProject = request.header("X-Project-Id"), headerProject != identity.projectID {
                return refuse(403, "ModelArts.0210", Self.projectMismatchMessage)
            }
        } else if let token = request.header("X-Auth-Token") {
            note.auth = .token
            switch tokens.lookup(token, nowMS: now()) {
            case .unknown: return refuse(401, "ModelArts.0201", "Token doesn't exist")
            case .expired: return refuse(401, "ModelArts.0202", "token expired")
            case .valid(let scope): tokenProject = scope
            }
        } else {
            return refuse(401, "ModelArts.0205", "No authorization request header")
        }
        if projectID != identity.projectID || (tokenProject != nil && tokenProject != projectID) {
            return refuse(403, "ModelArts.0210", Self.projectMismatchMessage)
        }
        return nil
    }

    static let projectMismatchMessage = "project id in the URL does not match the token"

    /// The documented IAM password login body.
    struct TokenRequest: Decodable {
        struct Auth: Decodable {
            var identity: Identity
            var scope: Scope?
        }
        struct Identity: Decodable {
            var methods: [String]
            var password: Password?
        }
        struct Password: Decodable { var user: User }
        struct User: Decodable {
            var name: String
            var password: String
            var domain: Named
        }
        struct Named: Decodable {
            var name: String?
            var id: String?
        }
        struct Scope: Decodable { var project: Named? }
        var auth: Auth
    }

    /// IAM's answer: the token is the `X-Subject-Token` header, the body says when it expires.
    struct TokenBody: Encodable {
        struct Token: Encodable {
            var expiresAt: String
            var issuedAt: String
            var methods: [String]
            var project: Project?
            var user: User
            enum CodingKeys: String, CodingKey {
                case expiresAt = "expires_at", issuedAt = "issued_at", methods, project, user
            }
        }
        struct Project: Encodable {
            var id: String
            var name: String
            var domain: Domain
        }
        struct User: Encodable {
            var id: String
            var name: String
            var domain: Domain
        }
        struct Domain: Encodable {
            var id: String
            var name: String
        }
        var token: Token
    }

    /// `POST /v3/auth/tokens`: 201 for the identity's user/password/domain; 400 for a body that is
    /// not the documented one; 401 for wrong credentials (Keystone-style `error` plus `error_code`/`error_msg`).
    func issueToken(_ request: EmulatorRequest) -> EmulatorResponse {
        let identity = configuration.identity
        guard let body = try? JSONDecoder().decode(TokenRequest.self, from: Data(request.body)),
            body.auth.identity.methods.contains("password"), let user = body.auth.identity.password?.user
        else {
            return iamError(400, "IAM.0011", "Request parameter error")
        }
        guard user.name == identity.userName, user.password == identity.password,
            user.domain.name == identity.domainName
        else {
            return iamError(401, "IAM.0001", "The username or password is wrong.")
        }
        let scopedProject = body.auth.scope?.project?.id
        if let scopedProject, scopedProject != identity.projectID {
            return iamError(404, "IAM.0003", "Could not find project: \(OneLine.clean(scopedProject, limit: 64))")
        }
        let issued = now()
        let expires = issued + Int64(configuration.tokenLifetimeSeconds) * 1000
        let token = tokens.issue(expiresAtMS: expires, projectID: scopedProject)
        let domainID = Self.stableID(identity.domainName)
        let domain = TokenBody.Domain(id: domainID, name: identity.domainName)
        let value = TokenBody(
            token: .init(
                expiresAt: EmulatorTime.iso8601(epochMS: expires), issuedAt: EmulatorTime.iso8601(epochMS: issued),
                methods: ["password"],
                project: scopedProject.map { .init(id: $0, name: "cn-north-4", domain: domain) },
                user: .init(id: Self.stableID("user:" + identity.userName), name: identity.userName, domain: domain)))
        return EmulatorReply.json(201, value, headers: [("X-Subject-Token", token)])
    }

    /// A 32-hex-digit id derived from a name (FNV-1a), the same in every run.
    static func stableID(_ name: String) -> String {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in name.utf8 { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        var rng = SeededRandom(h)
        return String(rng.next(), radix: 16).leftPadded(to: 16) + String(rng.next(), radix: 16).leftPadded(to: 16)
    }

    private func iamError(_ status: Int, _ code: String, _ message: String) -> EmulatorResponse {
        struct Body: Encodable {
            struct Detail: Encodable {
                var code: Int
                var message: String
                var title: String
            }
            var error: Detail
            var errorCode: String
            var errorMsg: String
            enum CodingKeys: String, CodingKey { case error, errorCode = "error_code", errorMsg = "error_msg" }
        }
        let title = status == 401 ? "Unauthorized" : (status == 404 ? "Not Found" : "Bad Request")
        return EmulatorReply.json(
            status,
            Body(error: .init(code: status, message: message, title: title), errorCode: code, errorMsg: message))
    }
}

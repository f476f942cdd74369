import Foundation
import MajobsSettings
import ModelArts
import ModelArtsClient

/// The one real call `majobs configure` makes before writing anything: with AK/SK and no project id,
/// the IAM project lookup (which also finds the id); with AK/SK and a project id, a list of one
/// job (v2, or v1 where v2 is absent); with token auth, the IAM token request. It says in one line
/// what worked or what failed.
enum CredentialCheck {
    /// What the check found.
    enum Outcome: Equatable {
        /// Works; `projectID` is set when IAM found it.
        case passed(line: String, projectID: String?)
        case failed(line: String)
    }

    static func run(_ draft: ConfigureDraft, password: String?) async -> Outcome {
        guard let endpoint = draft.effectiveEndpoint, let iam = draft.effectiveIAMEndpoint else {
            return .failed(line: "no endpoint: give a region or an endpoint")
        }
        switch draft.auth {
        case .aksk:
            guard let ak = draft.accessKey, let sk = draft.secretKey else {
                return .failed(line: "no access key or secret key")
            }
            let credentials = SigningCredentials(accessKey: ak, secretKey: sk)
            guard let projectID = draft.projectID else {
                return await lookUp(draft, credentials: credentials, iam: iam)
            }
            return await list(endpoint: endpoint, projectID: projectID, authentication: .akSk(credentials)) {
                "a signed request as \(SigningCredentials.mask(ak)) listed the jobs of project \(projectID) (\($0) jobs)"
            }
        case .token:
            guard let user = draft.user, let domain = draft.domain, let projectID = draft.projectID else {
                return .failed(line: "token auth needs a user, an account (domain) and a project id")
            }
            let secret = password ?? ""
            let credentials = TokenCredentials(
                userName: user, domainName: domain, password: { secret }, iamEndpoint: iam)
            do {
                let configuration = try ClientConfiguration(
                    endpoint: endpoint, projectID: projectID, authentication: .token(credentials),
                    requestTimeout: .seconds(15))
                let client = ModelArtsHTTPClient(configuration: configuration)
                _ = try await client.tokenProvider?.token()
                return .passed(line: "IAM (\(iam)) issued a token for \(user) (account \(domain))", projectID: nil)
            } catch let error as APIError {
                return .failed(line: "IAM (\(iam)) refused a token for \(user): \(error.message)")
            } catch {
                return .failed(line: OneLine.clean("\(error)", limit: 200))
            }
        }
    }

    static func lookUp(_ draft: ConfigureDraft, credentials: SigningCredentials, iam: ServiceEndpoint) async -> Outcome
    {
        let region = draft.region ?? ""
        let question = ConnectionResolver.ProjectQuestion(
            region: region, iamEndpoint: iam, credentials: credentials, profile: draft.profile)
        do {
            let id = try await ConnectionResolver.lookUpProject(question)
            let line =
                "a signed request as \(SigningCredentials.mask(credentials.accessKey)) found project \(id) "
                + "for \(region) in IAM (\(iam))"
            return .passed(line: line, projectID: id)
        } catch {
            return .failed(line: error.message)
        }
    }

    static func list(
        endpoint: ServiceEndpoint, projectID: String, authentication: ClientConfiguration.Authentication,
        success: (Int) -> String
    ) async -> Outcome {
        do {
            let configuration = try ClientConfiguration(
                endpoint: endpoint, projectID: projectID, authentication: authentication, retry: .none)
            let client = ModelArtsHTTPClient(configuration: configuration)
            // The current (v2) list first; v1 only where the gateway has no v2 route, so an account
            // with either API passes.
            do {
                let page = try await client.listV2Jobs(try V2ListQuery(limit: 1))
                return .passed(line: success(page.totalCount), projectID: nil)
            } catch let error as APIError where error.isRouteAbsent {
                let page = try await client.listJobs(try JobListQuery(perPage: 1))
                return .passed(line: success(page.totalCount), projectID: nil)
            }
        } catch let error as APIError {
            return .failed(line: "listing the jobs of project \(projectID) at \(endpoint) failed: \(error.message)")
        } catch {
            return .failed(line: OneLine.clean("\(error)", limit: 200))
        }
    }
}

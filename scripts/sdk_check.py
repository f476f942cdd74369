#!/usr/bin/env python3
"""Checks a running ModelArts emulator with the official Huawei Cloud Python SDK.

Starts nothing: point it at an emulator (`swift run majobs emulator` prints the endpoint and identity).
It lists training jobs through `huaweicloudsdkcore` + `huaweicloudsdkmodelarts` (SDK-HMAC-SHA256 signing
done by the SDK itself), checks the documented v1 shapes, and checks that a wrong secret key gets 401.

    python3 scripts/sdk_check.py --endpoint http://127.0.0.1:PORT \
        --ak MAJOBSDEMOACCESSKEY0 --project-id a1b2c3d4e5f60718293a4b5c6d7e8f90

The secret key comes from $MAJOBS_EMULATOR_SECRET_KEY, else $HUAWEICLOUD_SDK_SK, else the public demo key;
there is no flag for it, because command-line arguments are visible to other users (ps).
Prints `sdk check: N passed, M failed` last; exits 1 if anything failed, 2 if the SDK is missing.
"""
import argparse
import json
import os
import sys

DEMO_SK = "majobs-demo-secret-key-0000000000000000"
JOB_FIELDS = {
    "job_id": int, "job_name": str, "version_id": int, "status": int,
    "create_time": int, "duration": int, "job_desc": str, "version_count": int,
}

try:
    from huaweicloudsdkcore.auth.credentials import BasicCredentials
    from huaweicloudsdkcore.exceptions import exceptions as sdk_exceptions
    from huaweicloudsdkcore.http.http_config import HttpConfig
    from huaweicloudsdkcore.sdk_response import SdkResponse
    from huaweicloudsdkmodelarts.v1 import ModelArtsClient
except ImportError as error:  # pragma: no cover - depends on the machine
    print(f"sdk check: the official SDK is not installed ({error}); "
          "pip install huaweicloudsdkcore huaweicloudsdkmodelarts", file=sys.stderr)
    sys.exit(2)


class RawResponse(SdkResponse):
    """A response type with no model: the SDK keeps status_code and raw_content for us."""
    openapi_types = {}
    attribute_map = {}


def client(endpoint, ak, sk, project_id):
    config = HttpConfig.get_default_config()
    config.timeout = (5, 30)
    return (ModelArtsClient.new_builder()
            .with_http_config(config)
            .with_credentials(BasicCredentials(ak, sk, project_id))
            .with_endpoint(endpoint)
            .build())


def call(c, resource_path, query, path_params=None):
    """A signed GET through the SDK's own request pipeline; returns (status, parsed JSON body)."""
    response = c.do_http_request(
        method="GET", resource_path=resource_path, path_params=path_params or {},
        query_params=list(query), header_params={}, response_type=RawResponse)
    return response.status_code, json.loads(response.raw_content.decode("utf-8"))


def check_page(status, body, expect_max=None):
    assert status == 200, f"HTTP {status}"
    assert set(body) == {"is_success", "job_total_count", "job_count_limit", "quotas", "jobs"}, sorted(body)
    assert body["is_success"] is True
    for key in ("job_total_count", "job_count_limit", "quotas"):
        assert isinstance(body[key], int) and not isinstance(body[key], bool), f"{key} is not an integer"
    assert isinstance(body["jobs"], list)
    if expect_max is not None:
        assert len(body["jobs"]) <= expect_max, f"{len(body['jobs'])} jobs on a page of {expect_max}"
    assert len(body["jobs"]) <= body["job_total_count"]
    for job in body["jobs"]:
        assert set(job) == set(JOB_FIELDS), f"job fields {sorted(job)}"
        for key, kind in JOB_FIELDS.items():
            assert isinstance(job[key], kind) and not isinstance(job[key], bool), f"{key} is not {kind.__name__}"
    return body


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--endpoint", required=True, help="e.g. http://127.0.0.1:8080")
    parser.add_argument("--ak", required=True, help="access key")
    parser.add_argument("--project-id", required=True)
    args = parser.parse_args()
    sk = os.environ.get("MAJOBS_EMULATOR_SECRET_KEY") or os.environ.get("HUAWEICLOUD_SDK_SK") or DEMO_SK
    good = client(args.endpoint, args.ak, sk, args.project_id)
    jobs_path = "/v1/{project_id}/training-jobs"
    results = []

    def check(name, body):
        try:
            body()
            results.append(True)
            print(f"ok - {name}")
        except sdk_exceptions.SdkException as error:
            results.append(False)
            print(f"FAIL - {name}: {type(error).__name__} {getattr(error, 'status_code', '')} "
                  f"{getattr(error, 'error_code', '')} {getattr(error, 'error_msg', '')}".rstrip())
        except (AssertionError, ValueError, KeyError, TypeError) as error:
            results.append(False)
            print(f"FAIL - {name}: {error}")

    state = {}

    def default_page():
        body = check_page(*call(good, jobs_path, [("per_page", 10), ("page", 1), ("sortBy", "job_name"),
                                                   ("order", "asc")]), expect_max=10)
        assert body["job_total_count"] > 0, "the emulator has no jobs"
        names = [job["job_name"] for job in body["jobs"]]
        assert names == sorted(names, key=lambda n: n.encode("utf-8")), "not sorted by name"
        state["first"] = body["jobs"][0]
    check("signed v1 list has the documented shape", default_page)

    def sorted_search():
        query = [("per_page", 5), ("page", 1), ("sortBy", "create_time"), ("order", "desc"),
                 ("search_content", "安全帽")]
        body = check_page(*call(good, jobs_path, query), expect_max=5)
        times = [job["create_time"] for job in body["jobs"]]
        assert times == sorted(times, reverse=True), "not newest first"
        assert all("安全帽" in job["job_name"] for job in body["jobs"]), "search did not filter"
    check("CJK search, sort and order are signed and honoured", sorted_search)

    def by_status():
        body = check_page(*call(good, jobs_path, [("status", 10), ("per_page", 100)]), expect_max=100)
        assert all(job["status"] == 10 for job in body["jobs"]), "status did not filter"
    check("status filter", by_status)

    def versions():
        job = state.get("first")
        assert job, "no job from the first check"
        status, body = call(good, jobs_path + "/{job_id}/versions", [], {"job_id": job["job_id"]})
        assert status == 200, f"HTTP {status}"
        assert body["job_id"] == job["job_id"] and isinstance(body["versions"], list)
        assert len(body["versions"]) == body["version_count"] == job["version_count"]
        assert body["versions"][0]["version_id"] == job["version_id"]
    check("versions list of the first job", versions)

    def expect_error(c, query, status, code):
        try:
            call(c, jobs_path, query)
        except sdk_exceptions.ClientRequestException as error:
            assert error.status_code == status, f"HTTP {error.status_code}, expected {status}"
            assert error.error_code == code, f"{error.error_code}, expected {code}"
            return
        raise AssertionError(f"expected HTTP {status}, got 200")

    check("a wrong secret key is 401 APIGW.0301",
          lambda: expect_error(client(args.endpoint, args.ak, sk + "-wrong", args.project_id), [], 401, "APIGW.0301"))
    check("per_page out of range is 400 ModelArts.0104",
          lambda: expect_error(good, [("per_page", 0)], 400, "ModelArts.0104"))

    passed, failed = results.count(True), results.count(False)
    print(f"sdk check: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

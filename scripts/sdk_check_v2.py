#!/usr/bin/env python3
"""Checks a running ModelArts emulator's v2 training jobs with the official Huawei Cloud Python SDK.

Starts nothing: point it at an emulator serving v2 (`swift run majobs emulator` prints the endpoint and
identity). Calls the SDK's own operations `list_training_jobs` (POST /v2/{project_id}/training-job-searches,
with filters and paging), `show_training_job_details`, `list_training_job_events`, and where the installed
SDK has them `show_training_job_logs_preview`, `show_training_job_logs_from_aom`, `stop_training_job` and
`delete_training_job` (these terminate one Running job and delete one Failed job), which sign the JSON
body themselves (SDK-HMAC-SHA256), decode the answers into the SDK's models, and checks the documented
errors, including that a wrong secret key gets 401.

    python3 scripts/sdk_check_v2.py --endpoint http://127.0.0.1:PORT \
        --ak MAJOBSDEMOACCESSKEY0 --project-id a1b2c3d4e5f60718293a4b5c6d7e8f90 [--offset page|record]

The secret key comes from $MAJOBS_EMULATOR_SECRET_KEY, else $HUAWEICLOUD_SDK_SK, else the public demo key;
there is no flag for it, because command-line arguments are visible to other users (ps).
Prints `sdk v2 check: N passed, M failed` last; exits 1 if anything failed, 2 if the SDK is missing.
"""
import argparse
import os
import re
import sys

DEMO_SK = "majobs-demo-secret-key-0000000000000000"
PHASES = {"Creating", "Pending", "Running", "Terminating", "Completed", "Failed", "Terminated", "Abnormal"}
UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")
EVENT_TIME = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00$")

try:
    from huaweicloudsdkcore.auth.credentials import BasicCredentials
    from huaweicloudsdkcore.exceptions import exceptions as sdk_exceptions
    from huaweicloudsdkcore.http.http_config import HttpConfig
    from huaweicloudsdkmodelarts.v1 import (
        Filter, JobSearches, ListTrainingJobEventsRequest, ListTrainingJobsRequest, ModelArtsClient,
        ShowTrainingJobDetailsRequest)
except ImportError as error:  # pragma: no cover - depends on the machine
    print(f"sdk v2 check: the official SDK is not installed ({error}); "
          "pip install huaweicloudsdkcore huaweicloudsdkmodelarts", file=sys.stderr)
    sys.exit(2)


def client(endpoint, ak, sk, project_id):
    config = HttpConfig.get_default_config()
    config.timeout = (5, 30)
    return (ModelArtsClient.new_builder()
            .with_http_config(config)
            .with_credentials(BasicCredentials(ak, sk, project_id))
            .with_endpoint(endpoint)
            .build())


def search(c, **body):
    filters = [Filter(key=k, operator=o, value=v) for (k, o, v) in body.pop("filters", [])]
    return c.list_training_jobs(ListTrainingJobsRequest(body=JobSearches(filters=filters or None, **body)))


def check_job(job):
    assert job.kind == "job", f"kind {job.kind}"
    assert UUID.match(job.metadata.id), f"id {job.metadata.id}"
    assert isinstance(job.metadata.create_time, int)
    assert job.status.phase in PHASES, f"phase {job.status.phase}"
    assert job.status.secondary_phase, "no secondary phase"
    assert isinstance(job.status.duration, int) and isinstance(job.status.start_time, int)
    nodes = job.spec.resource.node_count
    assert job.status.tasks == [f"worker-{i}" for i in range(nodes)], f"tasks {job.status.tasks} for {nodes} nodes"
    assert job.spec.resource.flavor_id and job.spec.resource.flavor_detail.flavor_type in {"CPU", "GPU", "Ascend"}
    engine = job.algorithm.engine
    assert engine.image_url or (engine.engine_name and engine.engine_version), "neither engine nor image"


def log_and_write_checks(good, check, expect_error):
    """The log preview, the line-paged log, terminate and delete, where the installed SDK has them (3.1.219 has
    all four); a missing operation prints `skip - …` and counts neither way."""
    from huaweicloudsdkmodelarts import v1 as sdk

    def has(operation):
        if hasattr(good, operation):
            return True
        print(f"skip - {operation}: not in the installed SDK")
        return False

    def jobs_in(phase, limit=5):
        return search(good, offset=0, limit=limit, filters=[("phase", "in", [phase])]).items

    if has("show_training_job_logs_preview"):
        def preview():
            job = next(j for j in jobs_in("Completed") if j.status.start_time)
            r = good.show_training_job_logs_preview(sdk.ShowTrainingJobLogsPreviewRequest(
                training_job_id=job.metadata.id, task_id="worker-0"))
            assert r.status_code == 200, f"HTTP {r.status_code}"
            assert r.content and isinstance(r.current_size, int) and isinstance(r.full_size, int)
            assert 0 < r.current_size <= r.full_size, f"{r.current_size} of {r.full_size}"
            assert "[ModelArts Service Log]" in r.content or r.full_size > r.current_size
        check("show_training_job_logs_preview: content, current_size, full_size", preview)
        check("a task the job does not have is 400 ModelArts.2818",
              lambda: expect_error(lambda: good.show_training_job_logs_preview(sdk.ShowTrainingJobLogsPreviewRequest(
                  training_job_id=jobs_in("Completed")[0].metadata.id, task_id="worker-99")), 400, "ModelArts.2818"))

    if has("show_training_job_logs_from_aom"):
        def aom():
            job = next(j for j in jobs_in("Completed") if j.status.start_time)
            r = good.show_training_job_logs_from_aom(sdk.ShowTrainingJobLogsFromAomRequest(
                training_job_id=job.metadata.id, task_id="worker-0", lines=10, order="desc"))
            assert r.status_code == 200 and r.lines == 10, f"HTTP {r.status_code}, {r.lines} lines"
            assert r.start_line.isdigit() and int(r.start_line) > 2 ** 53, r.start_line
            older = good.show_training_job_logs_from_aom(sdk.ShowTrainingJobLogsFromAomRequest(
                training_job_id=job.metadata.id, task_id="worker-0", base_line=r.start_line, lines=5, order="desc"))
            assert int(older.end_line) < int(r.start_line), f"{older.end_line} not before {r.start_line}"
        check("show_training_job_logs_from_aom: string cursors beyond 2^53, desc reads older lines", aom)

    if has("stop_training_job"):
        running = jobs_in("Running", limit=1)[0].metadata.id

        def stop():
            r = good.stop_training_job(sdk.StopTrainingJobRequest(
                training_job_id=running, body=sdk.JobActionType(action_type="terminate")))
            assert r.status_code == 202, f"HTTP {r.status_code}"
            assert r.status.phase == "Terminating", r.status.phase
        check("stop_training_job: 202 with the job Terminating", stop)
        check("terminating it again is 409 ModelArts.2796",
              lambda: expect_error(lambda: good.stop_training_job(sdk.StopTrainingJobRequest(
                  training_job_id=running, body=sdk.JobActionType(action_type="terminate"))), 409, "ModelArts.2796"))

    if has("delete_training_job"):
        doomed = jobs_in("Failed", limit=1)[0].metadata.id

        def delete():
            r = good.delete_training_job(sdk.DeleteTrainingJobRequest(training_job_id=doomed))
            assert r.status_code == 202, f"HTTP {r.status_code}"
            expect_error(lambda: good.show_training_job_details(sdk.ShowTrainingJobDetailsRequest(
                training_job_id=doomed)), 400, "ModelArts.2775")
        check("delete_training_job: 202, then the job is 400 ModelArts.2775", delete)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--endpoint", required=True, help="e.g. http://127.0.0.1:8080")
    parser.add_argument("--ak", required=True, help="access key")
    parser.add_argument("--project-id", required=True)
    parser.add_argument("--offset", choices=["page", "record"], default="page",
                        help="the emulator's --v2-offset (what the paging check expects)")
    args = parser.parse_args()
    sk = os.environ.get("MAJOBS_EMULATOR_SECRET_KEY") or os.environ.get("HUAWEICLOUD_SDK_SK") or DEMO_SK
    good = client(args.endpoint, args.ak, sk, args.project_id)
    results = []
    state = {}

    def check(name, body):
        try:
            body()
            results.append(True)
            print(f"ok - {name}")
        except sdk_exceptions.SdkException as error:
            results.append(False)
            print(f"FAIL - {name}: {type(error).__name__} {getattr(error, 'status_code', '')} "
                  f"{getattr(error, 'error_code', '')} {getattr(error, 'error_msg', '')}".rstrip())
        except (AssertionError, AttributeError, ValueError, KeyError, TypeError) as error:
            results.append(False)
            print(f"FAIL - {name}: {type(error).__name__} {error}")

    def first_page():
        r = search(good, offset=0, limit=5, sort_by="create_time", order="desc")
        assert r.status_code == 200, f"HTTP {r.status_code}"
        assert len(r.items) == 5 and r.limit == 5 and r.offset == 0, f"{len(r.items)} items"
        assert r.count == r.total > 5, f"count {r.count} total {r.total}"
        assert r.sort_by == "create_time" and r.order == "desc" and r.workspace_id == "0"
        for job in r.items:
            check_job(job)
        times = [job.metadata.create_time for job in r.items]
        assert times == sorted(times, reverse=True), "not newest first"
        state["first"] = r.items
        state["total"] = r.total
    check("list_training_jobs: a signed JSON body, the documented page, newest first", first_page)

    def second_page():
        r = search(good, offset=1, limit=5, order="desc")
        first = [job.metadata.id for job in state["first"]]
        ids = [job.metadata.id for job in r.items]
        if args.offset == "page":
            assert not set(ids) & set(first), "page 1 repeats page 0"
        else:
            assert ids[:4] == first[1:], "record offset 1 does not start at the second job"
    check(f"list_training_jobs: offset is a {args.offset} offset", second_page)

    def filtered():
        needle = state["first"][0].metadata.name[:3]
        r = search(good, offset=0, limit=50, filters=[("phase", "in", ["Failed", "Abnormal", "Running"]),
                                                       ("name", "like", [needle])])
        assert r.total == state["total"] and r.count >= 1, f"count {r.count}"
        for job in r.items:
            assert job.status.phase in {"Failed", "Abnormal", "Running"}, job.status.phase
            assert needle.lower() in job.metadata.name.lower(), job.metadata.name
    check("list_training_jobs: phase in and name like filters", filtered)

    def by_id():
        wanted = [job.metadata.id for job in state["first"][:2]]
        r = search(good, offset=0, limit=10, filters=[("id", "in", wanted)])
        assert sorted(job.metadata.id for job in r.items) == sorted(wanted) and r.count == 2
    check("list_training_jobs: id in filter", by_id)

    def detail():
        job_id = state["first"][0].metadata.id
        r = good.show_training_job_details(ShowTrainingJobDetailsRequest(training_job_id=job_id))
        assert r.status_code == 200 and r.metadata.id == job_id
        check_job(r)
        assert r.algorithm.parameters and r.algorithm.inputs and r.algorithm.outputs, "detail lacks parameters/io"
    check("show_training_job_details: the whole job", detail)

    def events():
        job_id = state["first"][0].metadata.id
        r = good.list_training_job_events(ListTrainingJobEventsRequest(training_job_id=job_id, limit=10,
                                                                        order="desc"))
        assert r.status_code == 200 and r.total >= 1 and r.events, "no events"
        times = [e.time for e in r.events]
        assert all(EVENT_TIME.match(t) for t in times), times
        assert times == sorted(times, reverse=True), "not newest first"
        assert all(e.level in {"Info", "Warning", "Error"} for e in r.events)
    check("list_training_job_events: newest first, ISO times with offset", events)

    def expect_error(call, status, code):
        try:
            call()
        except sdk_exceptions.ClientRequestException as error:
            assert error.status_code == status, f"HTTP {error.status_code}, expected {status}"
            assert error.error_code == code, f"{error.error_code}, expected {code}"
            assert error.request_id, "no request id"
            return
        raise AssertionError(f"expected HTTP {status}, got 200")

    check("an unknown job is 400 ModelArts.2775",
          lambda: expect_error(lambda: good.show_training_job_details(ShowTrainingJobDetailsRequest(
              training_job_id="00000000-0000-4000-8000-000000000000")), 400, "ModelArts.2775"))
    check("sort_by other than create_time is 400 ModelArts.2790",
          lambda: expect_error(lambda: search(good, offset=0, limit=5, sort_by="name"), 400, "ModelArts.2790"))
    check("limit 51 is 400 ModelArts.2816",
          lambda: expect_error(lambda: search(good, offset=0, limit=51), 400, "ModelArts.2816"))
    check("a wrong secret key is 401 APIGW.0301",
          lambda: expect_error(lambda: search(client(args.endpoint, args.ak, sk + "-wrong", args.project_id),
                                              offset=0, limit=1), 401, "APIGW.0301"))

    log_and_write_checks(good, check, expect_error)

    passed, failed = results.count(True), results.count(False)
    print(f"sdk v2 check: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Shows the official Huawei Cloud Python SDK finding the project id by itself against the emulator.

`BasicCredentials(ak, sk)` without a project id, a region, and the emulator as both the ModelArts and the
IAM endpoint: the SDK asks IAM `GET /v3/projects?name={region}` (signed with the same AK/SK) while the
client is built, then lists one job with the id it found.

    python3 scripts/sdk_project_check.py --endpoint http://127.0.0.1:PORT --ak MAJOBSDEMOACCESSKEY0 \
        --region cn-north-4

The secret key comes from $MAJOBS_EMULATOR_SECRET_KEY, else $HUAWEICLOUD_SDK_SK, else the public demo key.
Prints one JSON line: {"project_id": ..., "list_status": ...} or {"error": "..."}; exits 2 if the SDK is missing.
"""
import argparse
import json
import os
import sys

DEMO_SK = "majobs-demo-secret-key-0000000000000000"

try:
    from huaweicloudsdkcore.auth.credentials import BasicCredentials
    from huaweicloudsdkcore.exceptions import exceptions as sdk_exceptions
    from huaweicloudsdkcore.http.http_config import HttpConfig
    from huaweicloudsdkcore.region.region import Region
    from huaweicloudsdkcore.sdk_response import SdkResponse
    from huaweicloudsdkmodelarts.v1 import ModelArtsClient
except ImportError as error:  # pragma: no cover - depends on the machine
    print(f"sdk project check: the official SDK is not installed ({error})", file=sys.stderr)
    sys.exit(2)


class RawResponse(SdkResponse):
    openapi_types = {}
    attribute_map = {}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--endpoint", required=True)
    parser.add_argument("--ak", required=True)
    parser.add_argument("--region", required=True)
    args = parser.parse_args()
    sk = os.environ.get("MAJOBS_EMULATOR_SECRET_KEY") or os.environ.get("HUAWEICLOUD_SDK_SK") or DEMO_SK
    config = HttpConfig.get_default_config()
    config.timeout = (5, 30)
    credentials = BasicCredentials(args.ak, sk).with_iam_endpoint(args.endpoint)
    try:
        client = (ModelArtsClient.new_builder()
                  .with_http_config(config)
                  .with_credentials(credentials)
                  .with_region(Region(args.region, args.endpoint))
                  .build())
        response = client.do_http_request(
            method="GET", resource_path="/v1/{project_id}/training-jobs", path_params={},
            query_params=[("per_page", 1)], header_params={}, response_type=RawResponse)
        print(json.dumps({"project_id": credentials.project_id, "list_status": response.status_code}))
    except sdk_exceptions.SdkException as error:
        print(json.dumps({"error": str(error)}))


if __name__ == "__main__":
    main()

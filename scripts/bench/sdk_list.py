#!/usr/bin/env python3
"""The peer of `majobs list --output json`: one v1 list page through the official Huawei Cloud Python SDK.

Reads the same ~/.huaweicloud/credentials as majobs, signs with the SDK's own signer, prints the page as JSON.
    python3 scripts/bench/sdk_list.py --endpoint http://127.0.0.1:PORT [--per-page 100]
"""
import argparse
import configparser
import json
import os
import sys

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkcore.sdk_response import SdkResponse
from huaweicloudsdkmodelarts.v1 import ModelArtsClient


class RawResponse(SdkResponse):
    """No model for the v1 list in the SDK: keep status_code and raw_content."""
    openapi_types = {}
    attribute_map = {}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--endpoint", required=True)
    parser.add_argument("--per-page", type=int, default=100)
    args = parser.parse_args()
    creds = configparser.ConfigParser()
    creds.read(os.path.expanduser("~/.huaweicloud/credentials"))
    basic = creds["basic"]
    client = (ModelArtsClient.new_builder()
              .with_credentials(BasicCredentials(basic["ak"], basic["sk"], basic["project_id"]))
              .with_endpoint(args.endpoint)
              .build())
    response = client.do_http_request(
        method="GET", resource_path="/v1/{project_id}/training-jobs", path_params={},
        query_params=[("per_page", args.per_page), ("page", 1), ("sortBy", "job_name"), ("order", "asc")],
        header_params={}, response_type=RawResponse)
    page = json.loads(response.raw_content.decode("utf-8"))
    json.dump(page, sys.stdout, ensure_ascii=False, sort_keys=True, indent=2)
    print()
    return 0 if response.status_code == 200 else 1


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""The naive peer of live search: one signed list request per keystroke, through the official SDK."""
import argparse
import configparser
import os
import time

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkcore.sdk_response import SdkResponse
from huaweicloudsdkmodelarts.v1 import ModelArtsClient


class RawResponse(SdkResponse):
    openapi_types = {}
    attribute_map = {}


parser = argparse.ArgumentParser()
parser.add_argument("--endpoint", required=True)
parser.add_argument("--text", required=True)
parser.add_argument("--interval", type=float, default=0.04)
args = parser.parse_args()
creds = configparser.ConfigParser()
creds.read(os.path.expanduser("~/.huaweicloud/credentials"))
basic = creds["basic"]
client = (ModelArtsClient.new_builder()
          .with_credentials(BasicCredentials(basic["ak"], basic["sk"], basic["project_id"]))
          .with_endpoint(args.endpoint).build())
for i in range(1, len(args.text) + 1):
    started = time.perf_counter()
    client.do_http_request(
        method="GET", resource_path="/v1/{project_id}/training-jobs", path_params={},
        query_params=[("search_content", args.text[:i])], header_params={}, response_type=RawResponse)
    time.sleep(max(0.0, args.interval - (time.perf_counter() - started)))

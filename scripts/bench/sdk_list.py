#!/usr/bin/env python3
"""The peer of `majobs list --output json`: one v1 list page through the official Huawei Cloud Python SDK.

Reads the same ~/.huaweicloud/credentials as majobs, signs with the SDK's own signer, prints the page as JSON.
    python3 scripts/bench/sdk_list.py --endpoint http://127.0.0.1:PORT [--per-page 100]
"""
import argparse
import json
import sys

import sdk_peer


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--endpoint", required=True)
    parser.add_argument("--per-page", type=int, default=100)
    args = parser.parse_args()
    client = sdk_peer.client(args.endpoint)
    response = sdk_peer.list_jobs(client, [("per_page", args.per_page), ("page", 1), ("sortBy", "job_name"),
                                           ("order", "asc")])
    page = json.loads(response.raw_content.decode("utf-8"))
    json.dump(page, sys.stdout, ensure_ascii=False, sort_keys=True, indent=2)
    print()
    return 0 if response.status_code == 200 else 1


if __name__ == "__main__":
    sys.exit(main())

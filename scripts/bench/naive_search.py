#!/usr/bin/env python3
"""The naive peer of live search: one signed list request per keystroke, through the official SDK."""
import argparse
import time

import sdk_peer

parser = argparse.ArgumentParser()
parser.add_argument("--endpoint", required=True)
parser.add_argument("--text", required=True)
parser.add_argument("--interval", type=float, default=0.04)
args = parser.parse_args()
client = sdk_peer.client(args.endpoint)
for i in range(1, len(args.text) + 1):
    started = time.perf_counter()
    sdk_peer.list_jobs(client, [("search_content", args.text[:i])])
    time.sleep(max(0.0, args.interval - (time.perf_counter() - started)))

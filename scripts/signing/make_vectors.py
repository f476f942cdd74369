#!/usr/bin/env python3
"""Generates SDK-HMAC-SHA256 test vectors with the official Huawei Cloud Python SDK signer.

The SDK is the referee: every vector is produced by huaweicloudsdkcore's own signing path
(`Credentials.sign_request`, which adds `X-Security-Token` for temporary credentials and then runs
`huaweicloudsdkcore.signer.signer.Signer.sign`). Nothing here re-implements the algorithm; the
canonical request is captured by wrapping `Signer._process_canonical_request`, and the result is
self-checked (sha256 and HMAC recomputed from it) before it is written.

Deterministic: every request carries a fixed `X-Sdk-Date`, so the output depends only on the SDK.

    python3 scripts/signing/make_vectors.py            # rewrite Tests/ModelArtsTests/Fixtures/sdk-vectors.json
    python3 scripts/signing/make_vectors.py --check    # exit 1 if the committed file is stale
    python3 scripts/signing/make_vectors.py --stdout   # print instead of writing

Vector format (read by Tests/ModelArtsTests/SigningVectorTests.swift):
  query    [[key, value], ...] flattened in input order; an SDK list value ("repeated key")
           becomes one pair per element, which is how the Swift SignableRequest holds it.
  headers  the request headers before signing (always including a fixed X-Sdk-Date).
  security_token  null, or the temporary-credential token the SDK adds as X-Security-Token.
  sent_headers    lower-case names of every header the SDK sends after signing.
"""

import argparse
import copy
import hashlib
import hmac
import json
import sys
from importlib import metadata
from pathlib import Path

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkcore.sdk_request import SdkRequest
from huaweicloudsdkcore.signer.signer import Signer

ROOT = Path(__file__).resolve().parents[2]
OUTPUT = ROOT / "Tests" / "ModelArtsTests" / "Fixtures" / "sdk-vectors.json"

AK = "AKTESTEXAMPLE0000001"
SK = "SKtestExampleSecret0000000000000000000001"
TOKEN = "gQpjbi1ub3J0aC00TEMPORARYTOKENEXAMPLE+/=0123456789abcdef"
PROJECT = "0123456789abcdef0123456789abcdef"
HOST = "modelarts.cn-north-4.myhuaweicloud.com"
JOBS = f"/v1/{PROJECT}/training-jobs"
DATE = "20240101T000000Z"

V2 = f"/v2/{PROJECT}/training-job-searches"
V2_JOB = "3faf5c03-aaa1-4cbe-879d-24b05d997347"
# The headers the SDK sends on the v2 search POST (contract §11), before signing.
V2_POST_HEADERS = {"Content-Type": "application/json;charset=utf-8", "X-Project-Id": PROJECT}


def sdk_search_body(**fields):
    """The exact body the SDK's client serialises for list_training_jobs(JobSearches(...))."""
    from huaweicloudsdkcore.client import Client
    from huaweicloudsdkmodelarts.v1.model import Filter, JobSearches

    filters = [Filter(key=k, operator=o, value=v) for k, o, v in fields.pop("filters", [])]
    return Client._parse_body(JobSearches(filters=filters or None, **fields))


# Every printable ASCII character, so one vector pins the encoding of each of them.
PRINTABLE = "".join(chr(c) for c in range(0x20, 0x7F))


def case(name, covers, query=(), headers=None, method="GET", host=HOST, path=JOBS, body="",
         token=None, date=DATE, ak=AK, sk=SK):
    """One request to sign. `query` is SDK-shaped: (key, value) with value a str or a list."""
    all_headers = {"X-Sdk-Date": date}
    all_headers.update(headers or {})
    return {
        "name": name, "covers": covers, "ak": ak, "sk": sk, "token": token, "method": method,
        "host": host, "path": path, "query": list(query), "headers": all_headers, "body": body,
    }


CASES = [
    # Query values: every character class the brief names, alone and together.
    case("query-cjk", "CJK in a query value", [("search_content", "训练任务")]),
    case("query-space-plus", "space and + in a value", [("search_content", "a b+c d")]),
    case("query-ampersand-equals", "& and = in a value", [("search_content", "a&b=c"), ("x", "==&&")]),
    case("query-star-tilde-slash", "*, ~ and / in a value", [("search_content", "*~/"), ("p", "a/b/c")]),
    case("query-mixed-reserved", "every named character in one value",
         [("search_content", "训练 a+b&c=d*e~f/g")]),
    case("query-printable-ascii", "every printable ASCII character in a value",
         [("search_content", PRINTABLE)]),
    case("query-percent-literal", "a literal % and an already-encoded-looking value",
         [("search_content", "100%"), ("raw", "%41%2F%zz")]),
    case("query-emoji", "a 4-byte UTF-8 scalar", [("search_content", "job 🚀 v2")]),
    case("query-cjk-key", "CJK in a query key", [("名字", "值"), ("a", "1")]),
    case("query-canonical-equivalence", "keys equal only under Unicode equivalence sort as code points",
         [("e\u0301", "b"), ("\u00e9", "a"), ("k", "\u00e9"), ("k", "e\u0301")]),
    case("query-upper-keys", "upper-case keys sort before lower-case ones (byte order)",
         [("order", "asc"), ("Zeta", "1"), ("alpha", "2"), ("Beta", "3"), ("sortBy", "job_name"),
          ("sort_by", "status"), ("search_content", "x"), ("_x", "4"), ("ZZ", "5")]),
    case("query-empty-values", "empty values and an empty key",
         [("status", ""), ("search_content", ""), ("page", "1"), ("", "v")]),
    case("query-repeated-list", "a repeated key as an SDK list value, sorted by value",
         [("tag", ["zeta", "Alpha", "beta", "", "训练"]), ("page", "2")]),
    case("query-repeated-pairs", "a repeated key as separate pairs, sorted as strings",
         [("k", "2"), ("k", "10"), ("k", "1"), ("j", "z")]),
    case("query-all-list-params", "the v1 list with every parameter",
         [("status", "8"), ("per_page", "1000"), ("page", "65535"), ("sortBy", "create_time"),
          ("order", "desc"), ("search_content", "ResNet-50 训练"), ("workspace_id", "0")],
         headers={"X-Project-Id": PROJECT, "Content-Type": "application/json"}),
    # Paths.
    case("path-trailing-slash", "a path already ending in /", [("page", "1")], path=JOBS + "/"),
    case("path-root", "the root path", path="/"),
    case("path-encoded-space", "a segment already percent-encoded", path=JOBS + "/a%20b"),
    case("path-raw-space-cjk", "a raw space and CJK in a segment", path=f"/v1/{PROJECT}/任务 一"),
    case("path-encoded-slash", "%2F decodes into a segment separator", path=JOBS + "/a%2Fb"),
    case("path-lower-hex", "lower-case hex escapes", path=JOBS + "/%e4%b8%ad"),
    case("path-malformed-escape", "a malformed escape stays literal", path=JOBS + "/100%/x%zz"),
    case("path-invalid-utf8", "an escape that is not UTF-8 becomes U+FFFD", path=JOBS + "/a%FFb%E4%B8"),
    case("path-reserved", "reserved characters in a segment", path=JOBS + "/a+b*c~d=e&f;g,h"),
    case("path-double-slash", "an empty segment", path=f"/v1//{PROJECT}/training-jobs"),
    # Hosts.
    case("host-port", "host with port", [("page", "1")], host="127.0.0.1:31415"),
    case("host-ipv6-port", "IPv6 literal with port", host="[::1]:8080"),
    case("host-default-port", "explicit default port", host=HOST + ":443"),
    case("host-header-given", "a given host header (any case) wins over the request host",
         host="127.0.0.1:8080", headers={"host": "modelarts.example.com"}),
    # Credentials.
    case("temporary-credentials", "temporary credentials: X-Security-Token is sent and signed",
         [("page", "1"), ("per_page", "10")], headers={"X-Project-Id": PROJECT}, token=TOKEN),
    case("temporary-credentials-post", "temporary credentials with a JSON body", method="POST",
         path=f"/v2/{PROJECT}/training-job-searches", body='{"limit":10,"offset":0}',
         headers={"Content-Type": "application/json;charset=UTF-8"}, token=TOKEN),
    case("temporary-credentials-replace-token", "the credentials' token replaces a stale X-Security-Token",
         headers={"X-Security-Token": "stale-token"}, token=TOKEN),
    # Bodies and content headers.
    case("post-json-body", "a POST with a JSON body (CJK inside)", method="POST",
         path=f"/v2/{PROJECT}/training-job-searches",
         headers={"Content-Type": "application/json", "X-Project-Id": PROJECT},
         body='{"filters":[{"key":"name","operator":"like","value":["训练"]}],"limit":50,"offset":0}'),
    # v2 training-job searches: the SDK's own bodies, and the bytes majobs' V2Wire.searchBody sends.
    case("v2-search-sdk-filters", "the SDK's training-job-searches POST with phase and name filters",
         method="POST", path=V2, headers=V2_POST_HEADERS,
         body=sdk_search_body(offset=0, limit=1, sort_by="create_time", order="desc",
                              filters=[("phase", "in", ["Running", "Pending"]), ("name", "like", ["demo"])])),
    case("v2-search-sdk-cjk-id", "the SDK's search with a CJK name, an id filter and a later page",
         method="POST", path=V2, headers=V2_POST_HEADERS,
         body=sdk_search_body(offset=3, limit=50, sort_by="create_time", order="asc",
                              filters=[("name", "like", ["训练 🚀"]), ("id", "in", [V2_JOB])])),
    case("v2-search-sdk-plain", "the SDK's search without filters", method="POST", path=V2,
         headers=V2_POST_HEADERS, body=sdk_search_body(offset=0, limit=50, sort_by="create_time", order="desc")),
    case("v2-search-majobs-filters", "majobs' compact search body: name, phase and id filters, record offset",
         method="POST", path=V2, headers=V2_POST_HEADERS,
         body='{"filters":[{"key":"name","operator":"like","value":["resnet \\"x\\" 训练"]},'
              '{"key":"phase","operator":"in","value":["Creating","Pending"]},'
              '{"key":"id","operator":"in","value":["3faf5c03-aaa1-4cbe-879d-24b05d997347"]}],'
              '"limit":20,"offset":40,"order":"asc","sort_by":"create_time"}'),
    case("v2-search-majobs-temporary", "majobs' search body signed with temporary credentials",
         method="POST", path=V2, headers=V2_POST_HEADERS, token=TOKEN,
         body='{"limit":2,"offset":1,"order":"asc","sort_by":"create_time"}'),
    case("v2-detail", "the v2 detail GET", path=f"/v2/{PROJECT}/training-jobs/{V2_JOB}",
         headers={"Content-Type": "application/json", "X-Project-Id": PROJECT}),
    case("v2-events", "the v2 events GET with its query", path=f"/v2/{PROJECT}/training-jobs/{V2_JOB}/events",
         query=[("limit", "100"), ("offset", "0"), ("order", "desc")],
         headers={"Content-Type": "application/json", "X-Project-Id": PROJECT}),
    case("post-empty-body", "a POST with an empty body hashes like GET", method="POST",
         path=JOBS + "/1/versions/2/stop", headers={"Content-Type": "application/json"}),
    case("post-text-body", "a non-JSON Content-Type: the SDK signs UNSIGNED-PAYLOAD", method="POST",
         path=JOBS, headers={"Content-Type": "text/plain"}, body="hello"),
    case("post-text-body-lowercase-name", "the UNSIGNED-PAYLOAD rule looks only at 'Content-Type' as spelt",
         method="POST", path=JOBS, headers={"content-type": "text/plain"}, body="hello"),
    case("post-bson-body", "application/bson is hashed like JSON", method="PUT", path=JOBS,
         headers={"Content-Type": "application/bson"}, body="\u0005\u0000\u0000\u0000\u0000"),
    case("post-declared-sha", "a declared X-Sdk-Content-Sha256 replaces the body hash", method="POST",
         path=JOBS, headers={"Content-Type": "application/json", "X-Sdk-Content-Sha256": "UNSIGNED-PAYLOAD"},
         body='{"a":1}'),
    case("post-declared-sha-blank", "a blank declared X-Sdk-Content-Sha256 falls back to the body hash",
         method="POST", path=JOBS, headers={"Content-Type": "application/json", "X-Sdk-Content-Sha256": "  "},
         body='{"a":1}'),
    case("post-text-body-declared", "a non-JSON Content-Type overrides a declared hash", method="POST",
         path=JOBS, headers={"Content-Type": "application/octet-stream", "X-Sdk-Content-Sha256": "abc"},
         body="\u00ff\u0000binary"),
    # Headers.
    case("header-trim", "header values are trimmed, inner spaces kept",
         headers={"X-Custom": "  spaced  value \t", "X-Tab": "\tx"}),
    case("header-trim-python-space", "trimming follows Python's str.strip (U+001F, U+3000 included)",
         headers={"X-Sep": "\u001f\u3000v w\u2003", "X-Nbsp": "\u00a0x\u0085"}),
    case("header-underscore", "names with _ are sent but not signed",
         headers={"X_Trace_Id": "abc", "X-Trace-Id": "def"}),
    case("header-cjk-value", "a CJK header value is signed as UTF-8", headers={"X-Job-Name": "训练任务"}),
    case("header-empty-value", "an empty header value", headers={"X-Empty": ""}),
    case("header-mixed-case-names", "header names of any case sort as lower case",
         headers={"x-b": "1", "X-A": "2", "X-PROJECT-ID": PROJECT, "User-Agent": "huaweicloud-usdk-python/3.0"}),
    # Methods and dates.
    case("method-lower-case", "a lower-case method is upper-cased in the canonical request", method="get"),
    case("method-delete", "DELETE without a query", method="DELETE", path=JOBS + "/1234567890123"),
    case("date-leap-day", "a leap-day date", [("page", "1")], date="20240229T235959Z"),
    case("date-year-end", "the last second of a year", date="20991231T235959Z"),
    case("secret-key-utf8", "a secret key is used as raw UTF-8 bytes", sk="sk-ключ-密钥"),
]


def flatten(query):
    pairs = []
    for key, value in query:
        for v in (value if isinstance(value, list) else [value]):
            pairs.append([key, v])
    return pairs


def sign(spec):
    """Signs through the SDK's own path and returns the vector."""
    captured = []
    original = Signer._process_canonical_request

    def capture(self, request, signed_headers):
        text = original(self, request, signed_headers)
        captured.append(text)
        return text

    request = SdkRequest(
        method=spec["method"], schema="https", host=spec["host"], resource_path=spec["path"],
        query_params=copy.deepcopy(spec["query"]), header_params=dict(spec["headers"]),
        body=spec["body"].encode("utf-8") if spec["body"] else "")
    # No project id on the credentials: the SDK would add X-Project-Id itself, and these vectors
    # want every header spelt out in the input (the Swift client adds X-Project-Id explicitly too).
    credentials = BasicCredentials(spec["ak"], spec["sk"])
    if spec["token"] is not None:
        credentials.with_security_token(spec["token"])
    Signer._process_canonical_request = capture
    try:
        signed = credentials.sign_request(request)
    finally:
        Signer._process_canonical_request = original

    assert len(captured) == 1, spec["name"]
    canonical = captured[0]
    digest = hashlib.sha256(canonical.encode("utf-8")).hexdigest()
    authorization = signed.header_params["Authorization"]
    # Self-check: the captured canonical request is the one the Authorization was made from.
    string_to_sign = "SDK-HMAC-SHA256\n%s\n%s" % (spec["headers"]["X-Sdk-Date"], digest)
    expected = hmac.new(spec["sk"].encode("utf-8"), string_to_sign.encode("utf-8"), hashlib.sha256).hexdigest()
    assert authorization.endswith("Signature=" + expected), spec["name"]

    return {
        "name": spec["name"],
        "covers": spec["covers"],
        "access_key": spec["ak"],
        "secret_key": spec["sk"],
        "security_token": spec["token"],
        "method": spec["method"],
        "host": spec["host"],
        "path": spec["path"],
        "query": flatten(spec["query"]),
        "headers": spec["headers"],
        "body": spec["body"],
        "canonical_request": canonical,
        "canonical_request_sha256": digest,
        "wire_uri": signed.uri,
        "authorization": authorization,
        "sent_headers": sorted(name.lower() for name in signed.header_params),
    }


def render():
    document = {
        "algorithm": "SDK-HMAC-SHA256",
        "source": "huaweicloudsdkcore %s Credentials.sign_request -> signer.Signer.sign (scripts/signing/make_vectors.py)"
                  % metadata.version("huaweicloudsdkcore"),
        "vectors": [sign(spec) for spec in CASES],
    }
    names = [v["name"] for v in document["vectors"]]
    assert len(names) == len(set(names)), "vector names must be unique"
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the committed vectors are stale")
    parser.add_argument("--stdout", action="store_true", help="print the vectors instead of writing them")
    args = parser.parse_args()
    text = render()
    if args.stdout:
        sys.stdout.write(text)
    elif args.check:
        current = OUTPUT.read_text(encoding="utf-8") if OUTPUT.exists() else ""
        if current != text:
            print(f"{OUTPUT.relative_to(ROOT)} is stale: run scripts/signing/make_vectors.py", file=sys.stderr)
            return 1
        print(f"{OUTPUT.relative_to(ROOT)}: {len(CASES)} vectors up to date")
    else:
        OUTPUT.write_text(text, encoding="utf-8")
        print(f"wrote {OUTPUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The official Huawei Cloud Python SDK as the harness's peer: a ModelArts client signed with the same
~/.huaweicloud/credentials as majobs, and the raw v1 list request (the SDK has no model for it)."""
import configparser
import os

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkcore.sdk_response import SdkResponse
from huaweicloudsdkmodelarts.v1 import ModelArtsClient


class RawResponse(SdkResponse):
    """No model for the v1 list in the SDK: keep status_code and raw_content."""
    openapi_types = {}
    attribute_map = {}


def client(endpoint):
    """A ModelArts client for `endpoint`, with the [basic] profile of ~/.huaweicloud/credentials."""
    creds = configparser.ConfigParser()
    creds.read(os.path.expanduser("~/.huaweicloud/credentials"))
    basic = creds["basic"]
    return (ModelArtsClient.new_builder()
            .with_credentials(BasicCredentials(basic["ak"], basic["sk"], basic["project_id"]))
            .with_endpoint(endpoint)
            .build())


def list_jobs(sdk, query):
    """One signed GET of /v1/{project_id}/training-jobs with `query` (a list of pairs)."""
    return sdk.do_http_request(
        method="GET", resource_path="/v1/{project_id}/training-jobs", path_params={},
        query_params=query, header_params={}, response_type=RawResponse)

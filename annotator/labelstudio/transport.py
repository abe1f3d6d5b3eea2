"""The request path under `annotator.labelstudio.client.Backend`: authentication, error mapping
and bounded retries over label-studio-sdk's authenticated HTTP client.

The SDK's client exchanges a personal access token (a JWT refresh token) for short-lived access
tokens by itself; `Transport._raw` calls REST paths directly and returns plain JSON.

Failures become one-line errors: unreachable -> `BackendUnavailable`; 401/403 -> `BackendError`
saying how to get a token; other 4xx -> `BackendError` with the server's message; network
errors and 5xx are retried with exponential backoff (5 tries, under 10 s of waiting), then
`BackendUnavailable`. Requests that create something (POST) are retried only when they surely
did not reach Label Studio (connection refused, 502/503/504), so nothing is created twice.
Tokens never appear in a message, log or repr.
"""

from __future__ import annotations

import time
import warnings
from collections.abc import Callable
from typing import Any, TypeVar

import httpx

from annotator.errors import BackendError, BackendUnavailable, server_message
from annotator.labelstudio import credentials

T = TypeVar("T")

NOT_PROCESSED = {502, 503, 504}  # a proxy answered: the request never reached Label Studio


class _Secret:
    """A token that shows as *** in any repr, vars() or traceback locals."""

    __slots__ = ("_value",)

    def __init__(self, value: str):
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "'***'"

    __str__ = __repr__


class HTTPStatus(Exception):
    """An HTTP error answer of Label Studio, before `Transport._call` maps it."""

    def __init__(self, status: int, body: Any):
        super().__init__(status)
        self.status = status
        self.body = body


class Transport:
    """Authenticated requests to one Label Studio as one user (`Backend` adds the endpoints)."""

    retries = 5
    backoff = 0.5  # seconds before the 2nd try; doubles: 0.5+1+2+4 = 7.5 s at most
    timeout = 60.0

    def __init__(self, url: str, api_key: str, *, user: str | None = None):
        # The SDK's own HTTP layer and token handling (PAT refresh), built as `LabelStudio()`
        # builds it, without importing its ~40 generated sub-clients: 0.2 s instead of 1.5 s
        # at start-up, which is most of an incremental `annotator pull` with nothing new.
        with warnings.catch_warnings():  # google-api-core's Python-version notice
            warnings.simplefilter("ignore", FutureWarning)
            from label_studio_sdk.core.api_error import ApiError
            from label_studio_sdk.core.client_wrapper import SyncClientWrapper

        self.url = url.rstrip("/")
        self.user = user
        self._key = _Secret(api_key)
        try:
            wrapper = SyncClientWrapper(
                base_url=self.url,
                api_key=api_key,
                httpx_client=httpx.Client(timeout=self.timeout, follow_redirects=True),
                timeout=self.timeout,
                max_retries=0,
            )
        except ApiError as exc:  # an expired or malformed JWT
            raise self._auth_error(exc.status_code or 401) from None
        self._http = wrapper.httpx_client

    def __repr__(self) -> str:
        who = f" as {self.user}" if self.user else ""
        return f"<{type(self).__name__} {self.url}{who}>"

    def _auth_error(self, status: int) -> BackendError:
        return BackendError(
            f"Label Studio at {self.url} refused the API token (HTTP {status}); for the local "
            "server run `annotator server start` to get one, for a remote server create a "
            "Personal Access Token under Account & Settings and set LABEL_STUDIO_API_KEY"
        )

    def _unavailable(self, why: str = "") -> BackendUnavailable:
        extra = f" ({why})" if why else ""
        return BackendUnavailable(
            f"Label Studio at {self.url} is not reachable{extra}; "
            "start it with `annotator server start`"
        )

    def _raw(
        self,
        method: str,
        path: str,
        *,
        params: dict[str, Any] | None = None,
        body: Any = None,
        timeout: float | None = None,
    ) -> Any:
        opts: dict[str, Any] = {"max_retries": 0}
        if timeout:
            opts["timeout_in_seconds"] = timeout
        r = self._http.request(
            path.lstrip("/"),
            method=method,
            params=params,
            json=body,
            request_options=opts,  # type: ignore[arg-type]
        )
        if r.status_code >= 400:
            try:
                payload: Any = r.json()
            except ValueError:
                payload = r.text[:300] if r.text else f"HTTP {r.status_code}"
            raise HTTPStatus(r.status_code, payload)
        if r.status_code == 204 or not r.content:
            return None
        try:
            return r.json()
        except ValueError:
            return r.text

    def _call(self, what: str, fn: Callable[[], T], *, creates: bool = False) -> T:
        """Run one request with the error mapping and the bounded retries described above."""
        from label_studio_sdk.core.api_error import ApiError

        delay = self.backoff
        why = ""
        for attempt in range(self.retries):
            if attempt:
                time.sleep(delay)
                delay *= 2
            try:
                return fn()
            except (HTTPStatus, ApiError) as exc:
                status = exc.status if isinstance(exc, HTTPStatus) else (exc.status_code or 500)
                body = exc.body
                if status in (401, 403):
                    raise self._auth_error(status) from None
                if status < 500:
                    msg = credentials.redact(server_message(body), [self._key.reveal()])
                    raise BackendError(
                        f"{what}: Label Studio said (HTTP {status}): {msg}"
                    ) from None
                why = f"HTTP {status}"
                if creates and status not in NOT_PROCESSED:
                    msg = credentials.redact(server_message(body), [self._key.reveal()])
                    raise BackendError(
                        f"{what}: Label Studio failed (HTTP {status}): {msg}"
                    ) from None
            except httpx.ConnectError:
                why = "connection refused"
            except httpx.TimeoutException:
                why = "timed out"
                if creates:
                    raise BackendUnavailable(
                        f"{what}: Label Studio at {self.url} did not answer in time; "
                        "check the server and pull before retrying"
                    ) from None
            except httpx.TransportError as exc:
                why = type(exc).__name__
                if creates:
                    raise self._unavailable(why) from None
        raise self._unavailable(why)

    def _get(self, what: str, path: str, params: dict[str, Any] | None = None) -> Any:
        return self._call(what, lambda: self._raw("GET", path, params=params))

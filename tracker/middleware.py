"""Django's middleware, doing per request only the work a request needs.

Every public page and API answer is an anonymous GET that neither reads nor adds a message
and sends the same security policy: making the message storage and writing the policy out
were some 130 calls of each request (an API record's whole request is some 3,000).
"""

from __future__ import annotations

from functools import partial

from django.conf import settings
from django.contrib.messages.middleware import MessageMiddleware
from django.contrib.messages.storage import default_storage
from django.middleware.csp import ContentSecurityPolicyMiddleware, get_nonce
from django.utils.csp import CSP, build_policy
from django.utils.functional import SimpleLazyObject, empty


class LazyMessageMiddleware(MessageMiddleware):
    """Django's MessageMiddleware, its storage (two backends and a cookie signer) made when a
    view or template first reads or adds a message, and saved only then."""

    def process_request(self, request):
        request._messages = SimpleLazyObject(partial(default_storage, request))

    def process_response(self, request, response):
        messages = getattr(request, "_messages", None)
        if isinstance(messages, SimpleLazyObject) and messages._wrapped is empty:
            return response  # never used: nothing to save
        return super().process_response(request, response)


class WrittenPolicyMiddleware(ContentSecurityPolicyMiddleware):
    """Django's ContentSecurityPolicyMiddleware, the policy of SECURE_CSP written out once
    rather than on each response, unless it asks for a nonce. A view's own policy
    (csp_override) and the report-only header are left to Django's steps."""

    def process_response(self, request, response):
        config = settings.SECURE_CSP
        if config and not hasattr(response, "_csp_config") and CSP.HEADER_ENFORCE not in response:
            # The name as a plain str: the enum member itself reached the WSGI server as the
            # header's name, which wsgiref (runserver, the live test server) refuses.
            response.headers[str(CSP.HEADER_ENFORCE)] = policy_text(config, get_nonce(request))
        return super().process_response(request, response)


_written: tuple[object, str | None] = (None, None)  # the last policy and its text


def policy_text(config: dict, nonce) -> str:
    """build_policy(config, nonce), kept for the policy last asked for (the setting's own
    dict: override_settings puts another in its place) while it names no nonce."""
    global _written
    if _written[0] is not config:
        asks_for_nonce = any(
            CSP.NONCE in values
            for values in config.values()
            if isinstance(values, list | tuple | set)
        )
        _written = (config, None if asks_for_nonce else build_policy(config))
    return _written[1] if _written[1] is not None else build_policy(config, nonce)

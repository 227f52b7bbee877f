"""Map whatever boto3/botocore raises to a KnownError a non-developer can act on."""

from __future__ import annotations

from pixdesk import catalog
from pixdesk.errors import Action, Kind, KnownError

_CONSOLE = "the Amazon Bedrock console"
_SIGN_IN_AGAIN = (
    "Press Sign in again on the toolbar (in a terminal: pixdesk sign-in --profile NAME), "
    "or choose other credentials in Settings."
)


def _where(region: str) -> str:
    try:
        r = catalog.region(region)
        return f"{r.title} ({r.name})"
    except KeyError:
        return region


# Bedrock's words when a model's life ends (seen with ResourceNotFoundException; the exact code
# has varied, so the words decide): "This model version has reached the end of its life. Please
# refer to the AWS documentation for more details." and, for a Legacy model an account has not
# used lately, "Access denied. This Model is marked by provider as Legacy and you have not been
# actively using the model in the last 15 days (or 30). Please upgrade to an active model …".
_RETIRED_WORDS = ("end of its life", "end-of-life", "end of life")
_LEGACY_WORDS = ("marked by provider as legacy", "legacy model", "as legacy")
_LIFECYCLE_CODES = ("resourcenotfoundexception", "validationexception", "accessdeniedexception")
_KEEP_READING = "Your conversations stay readable in pixdesk, and you can export them."


def _lifecycle_error(key: str, message: str, detail: str) -> KnownError | None:
    """The model is retired, or this account lost access to it as a Legacy model; else None."""
    words = message.lower()
    if key not in _LIFECYCLE_CODES:
        return None
    if any(phrase in words for phrase in _RETIRED_WORDS):
        return KnownError(
            Kind.MODEL_RETIRED,
            f"Amazon Bedrock no longer offers {catalog.MODEL_NAME} to this account (it has been retired).",
            Action.NONE,
            f"Ask your AWS admin what to use instead. {_KEEP_READING}",
            detail,
        )
    if any(phrase in words for phrase in _LEGACY_WORDS):
        return KnownError(
            Kind.MODEL_ACCESS_REMOVED,
            f"Amazon Bedrock has removed this account's access to {catalog.MODEL_NAME}: it is now an old "
            "(legacy) model, kept only for accounts that used it recently.",
            Action.NONE,
            f"Ask your AWS admin whether access can be restored, or what to use instead. {_KEEP_READING}",
            detail,
        )
    return None


def _service_error(code: str, message: str, region: str) -> KnownError:
    """A modeled Bedrock error (HTTP status + x-amzn-ErrorType, or a mid-stream exception event)."""
    key = code.lower()
    detail = f"{code}: {message}"
    where = _where(region)
    lifecycle = _lifecycle_error(key, message, detail)
    if lifecycle is not None:
        return lifecycle
    if key == "accessdeniedexception":
        return KnownError(
            Kind.ACCESS_DENIED,
            f"Your AWS account has not been granted access to {catalog.MODEL_NAME} in {where}, "
            "or these credentials are not allowed to use it.",
            Action.REQUEST_ACCESS,
            f"Request model access in {_CONSOLE} (Model access) for this region, "
            "or ask your AWS administrator for bedrock:InvokeModelWithResponseStream permission.",
            detail,
        )
    if key in ("expiredtokenexception", "expiredtoken", "requestexpired"):
        return KnownError(
            Kind.EXPIRED_CREDENTIALS, "Your AWS sign-in has expired.", Action.SIGN_IN, _SIGN_IN_AGAIN, detail
        )
    if key in (
        "unrecognizedclientexception",
        "invalidsignatureexception",
        "incompletesignatureexception",
        "missingauthenticationtokenexception",
        "invalidclienttokenid",
        "signaturedoesnotmatch",
    ):
        return KnownError(
            Kind.INVALID_CREDENTIALS,
            "AWS did not accept these credentials (the key or API key is wrong or was revoked).",
            Action.SIGN_IN,
            "Check the AWS profile or Bedrock API key in Settings.",
            detail,
        )
    if key in ("throttlingexception", "servicequotaexceededexception", "toomanyrequestsexception"):
        return KnownError(
            Kind.THROTTLED,
            "Bedrock is limiting how fast this account can ask questions right now.",
            Action.WAIT_AND_RETRY,
            "Wait a little and try again.",
            detail,
            retry_after_s=5.0,  # a guess (Bedrock sends no Retry-After): the first step; callers back off from it
        )
    if key == "modelnotreadyexception":
        return KnownError(
            Kind.MODEL_NOT_READY,
            f"{catalog.MODEL_NAME} is starting up and not ready yet.",
            Action.WAIT_AND_RETRY,
            "Try again in a minute.",
            detail,
            retry_after_s=30.0,
        )
    if key == "modeltimeoutexception":
        return KnownError(
            Kind.TIMED_OUT,
            f"{catalog.MODEL_NAME} took too long to answer.",
            Action.RETRY,
            "Try again, perhaps with fewer or smaller images.",
            detail,
        )
    if key == "serviceunavailableexception":
        return KnownError(
            Kind.SERVICE_UNAVAILABLE,
            f"Amazon Bedrock is unavailable in {where} right now.",
            Action.RETRY,
            "Try again shortly, or pick another region.",
            detail,
        )
    if key == "resourcenotfoundexception":
        return KnownError(
            Kind.NOT_FOUND,
            f"{catalog.MODEL_NAME} could not be found from {where}.",
            Action.NONE,
            "Pick one of the listed regions; if it persists, update pixdesk.",
            detail,
        )
    if key == "validationexception":
        if any(word in message.lower() for word in ("too long", "context", "too many tokens")):
            return KnownError(
                Kind.CONTEXT_TOO_LONG,
                "The conversation and images are too long for the model to read at once.",
                Action.SHORTEN,
                "Start a new chat or remove some images.",
                detail,
            )
        # AWS's own wording ("1 validation error detected: Value …") is for the details, not people.
        return KnownError(
            Kind.REQUEST_REJECTED,
            "Amazon Bedrock did not accept this question.",
            Action.FIX_INPUT,
            "Check the answer length, temperature and images; the details say what was wrong.",
            detail,
        )
    if key in ("internalserverexception", "modelerrorexception", "modelstreamerrorexception"):
        return KnownError(
            Kind.SERVICE_ERROR,
            f"{catalog.MODEL_NAME} ran into a problem on Amazon's side.",
            Action.RETRY,
            "Try again.",
            detail,
        )
    return KnownError(
        Kind.SERVICE_ERROR,
        "Amazon Bedrock answered with an unexpected error.",
        Action.RETRY,
        "Try again; if it persists, copy the details for support.",
        detail,
    )


def proxy_error(exc: Exception, service: str = "Amazon Bedrock") -> KnownError:
    """botocore's ProxyConnectionError: the proxy refused the sign-in (407) or could not be reached
    (on the way to `service`: Amazon Bedrock, or AWS sign-in).
    Its proxy_url is botocore's masked one (user and password replaced by ***)."""
    from urllib.parse import urlsplit

    kwargs = getattr(exc, "kwargs", {})
    address = urlsplit(str(kwargs.get("proxy_url", "")))
    proxy = f"the proxy server {address.hostname}" if address.hostname else "the proxy server"
    # Rebuilt without the URL's user part: botocore's masking misses a password that also
    # occurs earlier in the URL (a password "p" stays in "htt***://***:p@…").
    detail = f"{type(exc).__name__}: proxy {address.hostname}:{address.port}: {kwargs.get('error', '')}"
    if " 407 " in f" {kwargs.get('error', '')} ":
        return KnownError(
            Kind.INVALID_CREDENTIALS,
            f"{proxy[0].upper()}{proxy[1:]} did not accept the user name and password pixdesk gave it.",
            Action.SIGN_IN,
            "Check the proxy's user name and password in Settings, under Network.",
            detail,
        )
    return KnownError(
        Kind.CONNECTION_FAILED,
        f"pixdesk could not connect to {service} through {proxy}.",
        Action.CHECK_NETWORK,
        "Check the proxy in Settings, under Network, or ask your IT team which proxy to use.",
        detail,
    )


def map_exception(exc: BaseException, region: str, profile: str | None = None) -> KnownError:
    """The KnownError for `exc`. Never raises; an unforeseen exception becomes a generic one."""
    from botocore import exceptions as bx  # (here: importing botocore at start-up slows the window)
    from urllib3 import exceptions as u3

    if isinstance(exc, KnownError):
        return exc
    if isinstance(exc, bx.ClientError):  # includes EventStreamError (mid-stream exception events)
        error = exc.response.get("Error", {}) if isinstance(exc.response, dict) else {}
        return _service_error(str(error.get("Code", "")), str(error.get("Message", "")), region)
    detail = f"{type(exc).__name__}: {exc}"
    who = f"the AWS profile “{profile}”" if profile else "your AWS credentials"
    if isinstance(exc, bx.ProfileNotFound):  # the name may come from AWS_PROFILE, not from us
        missing = exc.kwargs.get("profile") or profile
        return KnownError(
            Kind.NO_CREDENTIALS,
            f"There is no AWS profile called “{missing}”.",
            Action.SIGN_IN,
            "Choose a profile from the list in Settings.",
            detail,
        )
    if isinstance(exc, bx.NoCredentialsError):
        return KnownError(
            Kind.NO_CREDENTIALS,
            "pixdesk has no AWS credentials to call Bedrock with.",
            Action.SIGN_IN,
            "Sign in with an AWS profile (or AWS SSO), or give pixdesk a Bedrock API key.",
            detail,
        )
    if isinstance(exc, (bx.SSOTokenLoadError, bx.UnauthorizedSSOTokenError, bx.SSOError, bx.TokenRetrievalError)):
        return KnownError(
            Kind.EXPIRED_CREDENTIALS,
            f"The AWS SSO sign-in for {who} has expired.",
            Action.SIGN_IN,
            _SIGN_IN_AGAIN,
            detail,
        )
    if isinstance(exc, (bx.PartialCredentialsError, bx.CredentialRetrievalError, bx.InvalidConfigError)):
        return KnownError(
            Kind.INVALID_CREDENTIALS,
            f"pixdesk could not load {who}.",
            Action.SIGN_IN,
            "Check the AWS profile settings, or choose another in Settings.",
            detail,
        )
    if isinstance(exc, bx.InvalidEndpointConfigurationError) and "HTTPS" in str(exc):
        return KnownError(
            Kind.TLS_FAILED,
            "pixdesk will not send a Bedrock API key over an unencrypted connection.",
            Action.SIGN_IN,
            "Use an https:// endpoint, or sign in with an AWS profile instead.",
            detail,
        )
    if isinstance(exc, bx.SSLError):
        if "CERTIFICATE_VERIFY_FAILED" in str(exc) or "certificate verify failed" in str(exc):
            return KnownError(
                Kind.TLS_FAILED,
                "The secure connection to Amazon Bedrock could not be verified: your company's network may "
                "inspect secure connections with a certificate this computer does not trust.",
                Action.CHECK_NETWORK,
                "Ask your IT team to install the company's certificate on this computer, or to give you a "
                "certificate file for AWS_CA_BUNDLE.",
                detail,
            )
        return KnownError(
            Kind.TLS_FAILED,
            "The secure connection to Amazon Bedrock could not be verified.",
            Action.CHECK_NETWORK,
            "A proxy or firewall may be intercepting it; ask your IT team, or check AWS_CA_BUNDLE.",
            detail,
        )
    if isinstance(exc, bx.ProxyConnectionError):
        return proxy_error(exc)
    if isinstance(exc, (bx.ReadTimeoutError, u3.ReadTimeoutError, TimeoutError)):
        return KnownError(
            Kind.TIMED_OUT, "Amazon Bedrock stopped answering for too long.", Action.RETRY, "Try again.", detail
        )
    if isinstance(exc, (bx.ConnectTimeoutError, bx.EndpointConnectionError, bx.ProxyConnectionError)):
        return KnownError(
            Kind.CONNECTION_FAILED,
            "pixdesk could not connect to Amazon Bedrock.",
            Action.CHECK_NETWORK,
            "Check your internet connection and try again.",
            detail,
        )
    if isinstance(
        exc,
        (
            bx.ConnectionClosedError,
            bx.ResponseStreamingError,
            bx.IncompleteReadError,
            bx.HTTPClientError,
            u3.HTTPError,
            ConnectionError,
        ),
    ):
        return KnownError(
            Kind.CONNECTION_LOST,
            "The connection to Amazon Bedrock was lost.",
            Action.RETRY,
            "Check your internet connection and try again.",
            detail,
        )
    if isinstance(exc, bx.ParamValidationError):
        return KnownError(
            Kind.BAD_INPUT,
            "pixdesk built a request Bedrock would not accept.",
            Action.NONE,
            "Please report this.",
            detail,
        )
    return KnownError(
        Kind.SERVICE_ERROR,
        "Something went wrong while talking to Amazon Bedrock.",
        Action.RETRY,
        "Try again; if it persists, copy the details for support.",
        detail,
    )

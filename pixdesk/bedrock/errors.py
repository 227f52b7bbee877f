"""Map whatever boto3/botocore raises to a KnownError a non-developer can act on."""

from __future__ import annotations

from pixdesk import catalog
from pixdesk.errors import Action, Kind, KnownError
from pixdesk.words import Said, joined, translate

_SIGN_IN_AGAIN = translate(
    "errors",
    "Press Sign in again on the toolbar, or choose other credentials in Settings.",
)


def _where(region: str) -> str:
    try:
        r = catalog.region(region)
        return translate("errors", "{region} ({code})").format(region=Said(r.title, "catalog"), code=r.name)
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
_KEEP_READING = translate("errors", "Your conversations stay readable in pixdesk, and you can export them.")


def _lifecycle_error(key: str, message: str, detail: str) -> KnownError | None:
    """The model is retired, or this account lost access to it as a Legacy model; else None."""
    words = message.lower()
    if key not in _LIFECYCLE_CODES:
        return None
    if any(phrase in words for phrase in _RETIRED_WORDS):
        return KnownError(
            Kind.MODEL_RETIRED,
            translate(
                "errors", "Amazon Bedrock no longer offers {model} to this account (it has been retired)."
            ).format(model=catalog.MODEL_NAME),
            Action.NONE,
            joined(translate("errors", "Ask your AWS admin what to use instead."), _KEEP_READING),
            detail,
        )
    if any(phrase in words for phrase in _LEGACY_WORDS):
        return KnownError(
            Kind.MODEL_ACCESS_REMOVED,
            translate(
                "errors",
                "Amazon Bedrock has removed this account's access to {model}: it is now an old "
                "(legacy) model, kept only for accounts that used it recently.",
            ).format(model=catalog.MODEL_NAME),
            Action.NONE,
            joined(
                translate("errors", "Ask your AWS admin whether access can be restored, or what to use instead."),
                _KEEP_READING,
            ),
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
            translate(
                "errors",
                "Your AWS account has not been granted access to {model} in {where}, "
                "or these credentials are not allowed to use it.",
            ).format(model=catalog.MODEL_NAME, where=where),
            Action.REQUEST_ACCESS,
            translate(
                "errors",
                "Request model access in the Amazon Bedrock console (Model access) for this region, "
                "or ask your AWS administrator for bedrock:InvokeModelWithResponseStream permission.",
            ),
            detail,
        )
    if key in ("expiredtokenexception", "expiredtoken", "requestexpired"):
        return KnownError(
            Kind.EXPIRED_CREDENTIALS,
            translate("errors", "Your AWS sign-in has expired."),
            Action.SIGN_IN,
            _SIGN_IN_AGAIN,
            detail,
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
            translate("errors", "AWS did not accept these credentials (the key or API key is wrong or was revoked)."),
            Action.SIGN_IN,
            translate("errors", "Check the AWS profile or Bedrock API key in Settings."),
            detail,
        )
    if key in ("throttlingexception", "servicequotaexceededexception", "toomanyrequestsexception"):
        return KnownError(
            Kind.THROTTLED,
            translate("errors", "Bedrock is limiting how fast this account can ask questions right now."),
            Action.WAIT_AND_RETRY,
            translate("errors", "Wait a little and try again."),
            detail,
            retry_after_s=5.0,  # a guess (Bedrock sends no Retry-After): the first step; callers back off from it
        )
    if key == "modelnotreadyexception":
        return KnownError(
            Kind.MODEL_NOT_READY,
            translate("errors", "{model} is starting up and not ready yet.").format(model=catalog.MODEL_NAME),
            Action.WAIT_AND_RETRY,
            translate("errors", "Try again in a minute."),
            detail,
            retry_after_s=30.0,
        )
    if key == "modeltimeoutexception":
        return KnownError(
            Kind.TIMED_OUT,
            translate("errors", "{model} took too long to answer.").format(model=catalog.MODEL_NAME),
            Action.RETRY,
            translate("errors", "Try again, perhaps with fewer or smaller images."),
            detail,
        )
    if key == "serviceunavailableexception":
        return KnownError(
            Kind.SERVICE_UNAVAILABLE,
            translate("errors", "Amazon Bedrock is unavailable in {where} right now.").format(where=where),
            Action.RETRY,
            translate("errors", "Try again shortly, or pick another region."),
            detail,
        )
    if key == "resourcenotfoundexception":
        return KnownError(
            Kind.NOT_FOUND,
            translate("errors", "{model} could not be found from {where}.").format(
                model=catalog.MODEL_NAME, where=where
            ),
            Action.NONE,
            translate("errors", "Pick one of the listed regions; if it persists, update pixdesk."),
            detail,
        )
    if key == "validationexception":
        if any(word in message.lower() for word in ("too long", "context", "too many tokens")):
            return KnownError(
                Kind.CONTEXT_TOO_LONG,
                translate("errors", "The conversation and images are too long for the model to read at once."),
                Action.SHORTEN,
                translate("errors", "Start a new chat or remove some images."),
                detail,
            )
        # AWS's own wording ("1 validation error detected: Value …") is for the details, not people.
        return KnownError(
            Kind.REQUEST_REJECTED,
            translate("errors", "Amazon Bedrock did not accept this question."),
            Action.FIX_INPUT,
            translate("errors", "Check the answer length, temperature and images; the details say what was wrong."),
            detail,
        )
    if key in ("internalserverexception", "modelerrorexception", "modelstreamerrorexception"):
        return KnownError(
            Kind.SERVICE_ERROR,
            translate("errors", "{model} ran into a problem on Amazon's side.").format(model=catalog.MODEL_NAME),
            Action.RETRY,
            translate("errors", "Try again."),
            detail,
        )
    return KnownError(
        Kind.SERVICE_ERROR,
        translate("errors", "Amazon Bedrock answered with an unexpected error."),
        Action.RETRY,
        translate("errors", "Try again; if it persists, copy the details for support."),
        detail,
    )


def proxy_error(exc: Exception, service: str = "Amazon Bedrock") -> KnownError:
    """botocore's ProxyConnectionError: the proxy refused the sign-in (407) or could not be reached
    (on the way to `service`: Amazon Bedrock, or AWS sign-in).
    Its proxy_url is botocore's masked one (user and password replaced by ***)."""
    from urllib.parse import urlsplit

    kwargs = getattr(exc, "kwargs", {})
    address = urlsplit(str(kwargs.get("proxy_url", "")))
    # Rebuilt without the URL's user part: botocore's masking misses a password that also
    # occurs earlier in the URL (a password "p" stays in "htt***://***:p@…").
    detail = f"{type(exc).__name__}: proxy {address.hostname}:{address.port}: {kwargs.get('error', '')}"
    if " 407 " in f" {kwargs.get('error', '')} ":
        return KnownError(
            Kind.INVALID_CREDENTIALS,
            translate(
                "errors", "The proxy server {proxy} did not accept the user name and password pixdesk gave it."
            ).format(proxy=address.hostname)
            if address.hostname
            else translate("errors", "The proxy server did not accept the user name and password pixdesk gave it."),
            Action.SIGN_IN,
            translate("errors", "Check the proxy's user name and password in Settings, under Network."),
            detail,
        )
    return KnownError(
        Kind.CONNECTION_FAILED,
        translate("errors", "pixdesk could not connect to {service} through the proxy server {proxy}.").format(
            service=service, proxy=address.hostname
        )
        if address.hostname
        else translate("errors", "pixdesk could not connect to {service} through the proxy server.").format(
            service=service
        ),
        Action.CHECK_NETWORK,
        translate("errors", "Check the proxy in Settings, under Network, or ask your IT team which proxy to use."),
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
    if isinstance(exc, bx.ProfileNotFound):  # the name may come from AWS_PROFILE, not from us
        missing = exc.kwargs.get("profile") or profile
        return KnownError(
            Kind.NO_CREDENTIALS,
            translate("errors", "There is no AWS profile called “{profile}”.").format(profile=missing),
            Action.SIGN_IN,
            translate("errors", "Choose a profile from the list in Settings."),
            detail,
        )
    if isinstance(exc, bx.NoCredentialsError):
        return KnownError(
            Kind.NO_CREDENTIALS,
            translate("errors", "pixdesk has no AWS credentials to call Bedrock with."),
            Action.SIGN_IN,
            translate("errors", "Sign in with an AWS profile (or AWS SSO), or give pixdesk a Bedrock API key."),
            detail,
        )
    if isinstance(exc, (bx.SSOTokenLoadError, bx.UnauthorizedSSOTokenError, bx.SSOError, bx.TokenRetrievalError)):
        return KnownError(
            Kind.EXPIRED_CREDENTIALS,
            translate("errors", "The AWS SSO sign-in for the AWS profile “{profile}” has expired.").format(
                profile=profile
            )
            if profile
            else translate("errors", "The AWS SSO sign-in for your AWS credentials has expired."),
            Action.SIGN_IN,
            _SIGN_IN_AGAIN,
            detail,
        )
    if isinstance(exc, (bx.PartialCredentialsError, bx.CredentialRetrievalError, bx.InvalidConfigError)):
        return KnownError(
            Kind.INVALID_CREDENTIALS,
            translate("errors", "pixdesk could not load the AWS profile “{profile}”.").format(profile=profile)
            if profile
            else translate("errors", "pixdesk could not load your AWS credentials."),
            Action.SIGN_IN,
            translate("errors", "Check the AWS profile settings, or choose another in Settings."),
            detail,
        )
    if isinstance(exc, bx.InvalidEndpointConfigurationError) and "HTTPS" in str(exc):
        return KnownError(
            Kind.TLS_FAILED,
            translate("errors", "pixdesk will not send a Bedrock API key over an unencrypted connection."),
            Action.SIGN_IN,
            translate("errors", "Use an https:// endpoint, or sign in with an AWS profile instead."),
            detail,
        )
    if isinstance(exc, bx.SSLError):
        if "CERTIFICATE_VERIFY_FAILED" in str(exc) or "certificate verify failed" in str(exc):
            return KnownError(
                Kind.TLS_FAILED,
                translate(
                    "errors",
                    "The secure connection to Amazon Bedrock could not be verified: your company's network may "
                    "inspect secure connections with a certificate this computer does not trust.",
                ),
                Action.CHECK_NETWORK,
                translate(
                    "errors",
                    "Ask your IT team to install the company's certificate on this computer, or to give you a "
                    "certificate file for AWS_CA_BUNDLE.",
                ),
                detail,
            )
        return KnownError(
            Kind.TLS_FAILED,
            translate("errors", "The secure connection to Amazon Bedrock could not be verified."),
            Action.CHECK_NETWORK,
            translate(
                "errors", "A proxy or firewall may be intercepting it; ask your IT team, or check AWS_CA_BUNDLE."
            ),
            detail,
        )
    if isinstance(exc, bx.ProxyConnectionError):
        return proxy_error(exc)
    if isinstance(exc, (bx.ReadTimeoutError, u3.ReadTimeoutError, TimeoutError)):
        return KnownError(
            Kind.TIMED_OUT,
            translate("errors", "Amazon Bedrock stopped answering for too long."),
            Action.RETRY,
            translate("errors", "Try again."),
            detail,
        )
    if isinstance(exc, (bx.ConnectTimeoutError, bx.EndpointConnectionError, bx.ProxyConnectionError)):
        return KnownError(
            Kind.CONNECTION_FAILED,
            translate("errors", "pixdesk could not connect to Amazon Bedrock."),
            Action.CHECK_NETWORK,
            translate("errors", "Check your internet connection and try again."),
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
            translate("errors", "The connection to Amazon Bedrock was lost."),
            Action.RETRY,
            translate("errors", "Check your internet connection and try again."),
            detail,
        )
    if isinstance(exc, bx.ParamValidationError):
        return KnownError(
            Kind.BAD_INPUT,
            translate("errors", "pixdesk built a request Bedrock would not accept."),
            Action.NONE,
            translate("errors", "Please report this."),
            detail,
        )
    return KnownError(
        Kind.SERVICE_ERROR,
        translate("errors", "Something went wrong while talking to Amazon Bedrock."),
        Action.RETRY,
        translate("errors", "Try again; if it persists, copy the details for support."),
        detail,
    )

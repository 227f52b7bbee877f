"""pixdesk: ask Pixtral Large on Amazon Bedrock about screenshots and scanned documents."""

# The one place the version is written; pyproject.toml reads it from here.
__version__ = "0.1.0"

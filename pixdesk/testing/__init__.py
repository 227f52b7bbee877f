"""A Bedrock-compatible local server, for tests, benchmarks and the app's self-test."""

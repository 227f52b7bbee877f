"""The Bedrock engine: clients, requests, streaming and error mapping (boto3, no Qt)."""

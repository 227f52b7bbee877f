"""Image intake: turn what people drop into Bedrock-ready attachments (Pillow, no Qt)."""

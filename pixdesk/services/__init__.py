"""Async orchestration shared by the window and the CLI (no Qt)."""

"""Conversation history: a crash-safe SQLite store (stdlib sqlite3, no Qt)."""

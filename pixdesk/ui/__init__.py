"""Qt widgets and dialogs. Talks to services through async calls and Qt signals; never imports boto3."""

"""Editing the fact base without programming: add an article, draft facts, accept reviewed drafts.

Platform-neutral on purpose (no Discord imports): the CLI, tests and any future front end share it.
"""

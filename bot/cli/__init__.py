"""Offline front end: one-shot commands, JSON batch and the interactive console."""

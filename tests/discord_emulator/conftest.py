from .fixtures import discord_emulator, start_bot

__all__ = ["discord_emulator", "start_bot"]

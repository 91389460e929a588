"""The daily digest, platform-neutral: schedule maths, content, the scheduler loop and its clock.

Nothing here imports discord.py: the Discord side (the `/digest` commands and the poster) is the
feature package `bot/discord/cogs/digest/`. Everything here can be driven by a fake clock and a fake
poster, which is how the 400-day simulations run in seconds.
"""

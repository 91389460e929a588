"""The daily digest, platform-neutral: schedule maths, content, the scheduler loop and its clock.

Only `discord_poster` touches discord.py; everything else can be driven by a fake clock and a fake
poster, which is how the 400-day simulations run in seconds.
"""

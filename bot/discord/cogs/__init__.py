"""One extension per feature; each module has an `async def setup(bot)`."""

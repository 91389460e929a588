"""The platform-neutral core: corpus, fact base, validator, index and answers. Never imports discord."""

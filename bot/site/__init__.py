"""The fact browser: a static site of every entity, article and fact, built by `python -m bot site`."""

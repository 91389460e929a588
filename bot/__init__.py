"""factdesk: answers from a curated, cited fact base drawn from news articles."""

__version__ = "0.1.0"

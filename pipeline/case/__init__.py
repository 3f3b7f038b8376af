"""The case newsmon watches: its places, leaders, event names and each language's vocabularies, as data."""

"""The demo election: a fictional municipality, generated as EML files and
imported through the real import service, with demo accounts."""

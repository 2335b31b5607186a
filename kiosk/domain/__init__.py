"""Pure election logic: no I/O, and no imports from the rest of the project.

Every rule that protects an election lives here, so that the UI, the CLI and
the services cannot bypass it.
"""

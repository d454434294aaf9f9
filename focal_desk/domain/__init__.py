"""Pure-Python core: the legal rules, the data shapes and the workflow. Standard library only."""

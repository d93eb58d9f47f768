"""The variables of sejour: case facts (inputs) and, per route, its rules."""

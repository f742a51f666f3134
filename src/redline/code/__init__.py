"""Insecure-code detection: parse code with tree-sitter, run rules and taint analysis."""

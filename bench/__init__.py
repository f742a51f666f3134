"""Benchmarks: accuracy on ../shared/data and speed beside peers."""

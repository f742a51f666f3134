"""Python rules that need code to match."""

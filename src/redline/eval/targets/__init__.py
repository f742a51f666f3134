"""Models to evaluate: OpenAI-compatible endpoints, the embedded local model, guarded targets."""

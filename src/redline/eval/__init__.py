"""`redline eval`: measure a model's cyber risk against a versioned red-line standard."""

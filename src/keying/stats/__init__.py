"""Keyer productivity and accuracy, batch quality: pure functions over stored facts."""

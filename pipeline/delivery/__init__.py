"""Delivering alerts to people: the channels (Apprise) and exactly what is sent."""

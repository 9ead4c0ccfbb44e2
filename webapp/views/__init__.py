"""Thin blueprints, one per face: they validate input, ask the domain modules, render."""
